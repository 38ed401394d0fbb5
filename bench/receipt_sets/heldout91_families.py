"""The twelve heldout91 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: bilingual Indian receipts, English beside
Hindi, Marathi, Tamil, Telugu, Kannada, Bengali or Gujarati, as state boards, shops, temples, transport
corporations, ration shops, government hospitals, India Post, LIC and co-operative banks, panchayats,
schools, UPI apps and petrol pumps print them. heldout14_render draws a page in one face, which holds no
Indic script, so ``render`` here draws each line in runs: the English face for Latin letters, digits and
marks, and the Noto face of the run's script (Noto Sans …, or Noto Serif … beside a serif English face) for
the script's letters and its own digits; ``bilingual_set`` draws a set as ``heldout14_render.family_set``
does (the same seeds, the same ``degrade``) through that renderer. ``Page`` prints a page's labels
(bilingual in one form chosen per page, the script alone on a share), its rupees (heldout88's ``Cash``;
``रु.`` on a share of Devanagari pages, the sum in the script's own digits on a share) and its days;
``done`` states the fields exactly as the page prints them (``None`` where a field is not printed)."""

from __future__ import annotations

import datetime as dt
import random

from PIL import Image, ImageDraw, ImageFont

from bench.receipt_dataset import ReceiptTruth
from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import FONT_DIR, degrade
from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout88_families import (
    IN_BANKS,
    PEOPLE,
    Cash,
    after,
    before,
    done,
    gstin,
    hour,
    indian_plate,
    mobile,
    pattern,
    stamp,
    upi_ref,
)

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LANGS = ("HI", "MR", "TA", "TE", "KN", "BN", "GU")
# the Unicode block of each script, the Noto faces that draw it, and the languages written in it
SCRIPTS = {
    "Devanagari": (0x0900, 0x097F),
    "Bengali": (0x0980, 0x09FF),
    "Gujarati": (0x0A80, 0x0AFF),
    "Tamil": (0x0B80, 0x0BFF),
    "Telugu": (0x0C00, 0x0C7F),
    "Kannada": (0x0C80, 0x0CFF),
}
SCRIPT_OF = {
    "HI": "Devanagari",
    "MR": "Devanagari",
    "TA": "Tamil",
    "TE": "Telugu",
    "KN": "Kannada",
    "BN": "Bengali",
    "GU": "Gujarati",
}
NATIVE_DIGITS = {"HI": "०१२३४५६७८९", "MR": "०१२३४५६७८९", "BN": "০১২৩৪৫৬৭৮৯", "GU": "૦૧૨૩૪૫૬૭૮૯"}


def script_faces() -> list[str]:
    """Every script face a page may use, as paths under FONT_DIR."""
    return [f"noto/Noto{kind}{name}-Regular.ttf" for name in SCRIPTS for kind in ("Sans", "Serif")]


# ---------------------------------------------------------------- words

# a page's words in each language (what its labels and outcome lines print beside or instead of English)
WORDS: dict[str, dict[str, str]] = {
    "HI": {
        "bill_no": "बिल क्र.",
        "bill_month": "बिल माह",
        "bill_date": "बिल दिनांक",
        "receipt": "रसीद",
        "receipt_no": "रसीद सं.",
        "date": "दिनांक",
        "time": "समय",
        "amount": "राशि",
        "total": "कुल",
        "name": "नाम",
        "mode": "भुगतान का माध्यम",
        "cash": "नकद",
        "upi": "यूपीआई",
        "card": "कार्ड",
        "success": "भुगतान सफल",
        "failed": "भुगतान विफल",
        "pending": "भुगतान लंबित",
        "thanks": "धन्यवाद",
        "txn": "लेनदेन आईडी",
        "paid_to": "प्राप्तकर्ता",
        "due": "अंतिम तिथि",
        "consumer": "उपभोक्ता संख्या",
        "donor": "दानदाता का नाम",
        "donation": "दान राशि",
        "fee": "शुल्क",
        "address": "पता",
        "mobile": "मोबाइल",
        "received": "सधन्यवाद प्राप्त",
        "words": "राशि शब्दों में",
        "from": "से",
        "to": "तक",
        "balance": "शेष राशि",
        "purpose": "प्रयोजन",
        "signature": "हस्ताक्षर",
    },
    "MR": {
        "bill_no": "बिल क्र.",
        "bill_month": "बिलाचा महिना",
        "bill_date": "बिल दिनांक",
        "receipt": "पावती",
        "receipt_no": "पावती क्र.",
        "date": "दिनांक",
        "time": "वेळ",
        "amount": "रक्कम",
        "total": "एकूण",
        "name": "नाव",
        "mode": "भरणा पद्धत",
        "cash": "रोख",
        "upi": "यूपीआय",
        "card": "कार्ड",
        "success": "भरणा यशस्वी",
        "failed": "भरणा अयशस्वी",
        "pending": "भरणा प्रलंबित",
        "thanks": "धन्यवाद",
        "txn": "व्यवहार क्रमांक",
        "paid_to": "प्राप्तकर्ता",
        "due": "देय दिनांक",
        "consumer": "ग्राहक क्रमांक",
        "donor": "देणगीदाराचे नाव",
        "donation": "देणगी रक्कम",
        "fee": "शुल्क",
        "address": "पत्ता",
        "mobile": "मोबाईल",
        "received": "सधन्यवाद मिळाले",
        "words": "अक्षरी रक्कम",
        "from": "पासून",
        "to": "पर्यंत",
        "balance": "शिल्लक",
        "purpose": "उद्देश",
        "signature": "सही",
    },
    "TA": {
        "bill_no": "பில் எண்",
        "bill_month": "கட்டண மாதம்",
        "bill_date": "கட்டண தேதி",
        "receipt": "ரசீது",
        "receipt_no": "ரசீது எண்",
        "date": "தேதி",
        "time": "நேரம்",
        "amount": "தொகை",
        "total": "மொத்தம்",
        "name": "பெயர்",
        "mode": "செலுத்தும் முறை",
        "cash": "ரொக்கம்",
        "upi": "யுபிஐ",
        "card": "அட்டை",
        "success": "பணம் செலுத்துதல் வெற்றி",
        "failed": "பணம் செலுத்துதல் தோல்வி",
        "pending": "பணம் செலுத்துதல் நிலுவையில் உள்ளது",
        "thanks": "நன்றி",
        "txn": "பரிவர்த்தனை எண்",
        "paid_to": "பெறுநர்",
        "due": "கடைசி தேதி",
        "consumer": "மின் இணைப்பு எண்",
        "donor": "நன்கொடையாளர் பெயர்",
        "donation": "நன்கொடை தொகை",
        "fee": "கட்டணம்",
        "address": "முகவரி",
        "mobile": "கைபேசி",
        "received": "நன்றியுடன் பெறப்பட்டது",
        "words": "தொகை எழுத்தில்",
        "from": "இருந்து",
        "to": "வரை",
        "balance": "இருப்பு",
        "purpose": "நோக்கம்",
        "signature": "கையொப்பம்",
    },
    "TE": {
        "bill_no": "బిల్లు నం.",
        "bill_month": "బిల్లు నెల",
        "bill_date": "బిల్లు తేదీ",
        "receipt": "రసీదు",
        "receipt_no": "రసీదు సంఖ్య",
        "date": "తేదీ",
        "time": "సమయం",
        "amount": "మొత్తం",
        "total": "మొత్తం",
        "name": "పేరు",
        "mode": "చెల్లింపు విధానం",
        "cash": "నగదు",
        "upi": "యూపీఐ",
        "card": "కార్డు",
        "success": "చెల్లింపు విజయవంతం",
        "failed": "చెల్లింపు విఫలమైంది",
        "pending": "చెల్లింపు ప్రాసెస్‌లో ఉంది",
        "thanks": "ధన్యవాదాలు",
        "txn": "లావాదేవీ ఐడి",
        "paid_to": "స్వీకర్త",
        "due": "చివరి తేదీ",
        "consumer": "సర్వీస్ నంబర్",
        "donor": "దాత పేరు",
        "donation": "విరాళం మొత్తం",
        "fee": "రుసుము",
        "address": "చిరునామా",
        "mobile": "మొబైల్",
        "received": "కృతజ్ఞతలతో స్వీకరించబడింది",
        "words": "అక్షరాలలో",
        "from": "నుండి",
        "to": "వరకు",
        "balance": "నిల్వ",
        "purpose": "ఉద్దేశ్యం",
        "signature": "సంతకం",
    },
    "KN": {
        "bill_no": "ಬಿಲ್ ಸಂಖ್ಯೆ",
        "bill_month": "ಬಿಲ್ ತಿಂಗಳು",
        "bill_date": "ಬಿಲ್ ದಿನಾಂಕ",
        "receipt": "ರಸೀದಿ",
        "receipt_no": "ರಸೀದಿ ಸಂಖ್ಯೆ",
        "date": "ದಿನಾಂಕ",
        "time": "ಸಮಯ",
        "amount": "ಮೊತ್ತ",
        "total": "ಒಟ್ಟು",
        "name": "ಹೆಸರು",
        "mode": "ಪಾವತಿ ವಿಧಾನ",
        "cash": "ನಗದು",
        "upi": "ಯುಪಿಐ",
        "card": "ಕಾರ್ಡ್",
        "success": "ಪಾವತಿ ಯಶಸ್ವಿಯಾಗಿದೆ",
        "failed": "ಪಾವತಿ ವಿಫಲವಾಗಿದೆ",
        "pending": "ಪಾವತಿ ಪ್ರಕ್ರಿಯೆಯಲ್ಲಿದೆ",
        "thanks": "ಧನ್ಯವಾದಗಳು",
        "txn": "ವಹಿವಾಟು ಸಂಖ್ಯೆ",
        "paid_to": "ಸ್ವೀಕರಿಸುವವರು",
        "due": "ಕೊನೆಯ ದಿನಾಂಕ",
        "consumer": "ಖಾತೆ ಸಂಖ್ಯೆ",
        "donor": "ದಾನಿಯ ಹೆಸರು",
        "donation": "ದೇಣಿಗೆ ಮೊತ್ತ",
        "fee": "ಶುಲ್ಕ",
        "address": "ವಿಳಾಸ",
        "mobile": "ಮೊಬೈಲ್",
        "received": "ಕೃತಜ್ಞತೆಯೊಂದಿಗೆ ಸ್ವೀಕರಿಸಲಾಗಿದೆ",
        "words": "ಅಕ್ಷರಗಳಲ್ಲಿ",
        "from": "ಇಂದ",
        "to": "ವರೆಗೆ",
        "balance": "ಬಾಕಿ",
        "purpose": "ಉದ್ದೇಶ",
        "signature": "ಸಹಿ",
    },
    "BN": {
        "bill_no": "বিল নং",
        "bill_month": "বিলের মাস",
        "bill_date": "বিলের তারিখ",
        "receipt": "রসিদ",
        "receipt_no": "রসিদ নং",
        "date": "তারিখ",
        "time": "সময়",
        "amount": "টাকার পরিমাণ",
        "total": "মোট",
        "name": "নাম",
        "mode": "প্রদানের মাধ্যম",
        "cash": "নগদ",
        "upi": "ইউপিআই",
        "card": "কার্ড",
        "success": "পেমেন্ট সফল",
        "failed": "পেমেন্ট ব্যর্থ",
        "pending": "পেমেন্ট প্রক্রিয়াধীন",
        "thanks": "ধন্যবাদ",
        "txn": "লেনদেন আইডি",
        "paid_to": "প্রাপক",
        "due": "শেষ তারিখ",
        "consumer": "গ্রাহক নং",
        "donor": "দাতার নাম",
        "donation": "দানের পরিমাণ",
        "fee": "ফি",
        "address": "ঠিকানা",
        "mobile": "মোবাইল",
        "received": "ধন্যবাদের সহিত প্রাপ্ত",
        "words": "কথায়",
        "from": "থেকে",
        "to": "পর্যন্ত",
        "balance": "অবশিষ্ট",
        "purpose": "উদ্দেশ্য",
        "signature": "স্বাক্ষর",
    },
    "GU": {
        "bill_no": "બિલ નં.",
        "bill_month": "બિલ મહિનો",
        "bill_date": "બિલ તારીખ",
        "receipt": "પાવતી",
        "receipt_no": "પાવતી નં.",
        "date": "તારીખ",
        "time": "સમય",
        "amount": "રકમ",
        "total": "કુલ",
        "name": "નામ",
        "mode": "ચુકવણી પદ્ધતિ",
        "cash": "રોકડ",
        "upi": "યુપીઆઈ",
        "card": "કાર્ડ",
        "success": "ચુકવણી સફળ",
        "failed": "ચુકવણી નિષ્ફળ",
        "pending": "ચુકવણી પ્રક્રિયામાં છે",
        "thanks": "આભાર",
        "txn": "વ્યવહાર નંબર",
        "paid_to": "પ્રાપ્તકર્તા",
        "due": "છેલ્લી તારીખ",
        "consumer": "ગ્રાહક નંબર",
        "donor": "દાતાનું નામ",
        "donation": "દાનની રકમ",
        "fee": "ફી",
        "address": "સરનામું",
        "mobile": "મોબાઇલ",
        "received": "આભાર સહ મળ્યા",
        "words": "અંકે રૂપિયા",
        "from": "થી",
        "to": "સુધી",
        "balance": "બાકી",
        "purpose": "હેતુ",
        "signature": "સહી",
    },
}
# long month names where a page prints its day with a month in the script
MONTHS = {
    "HI": ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"],
    "MR": [
        "जानेवारी",
        "फेब्रुवारी",
        "मार्च",
        "एप्रिल",
        "मे",
        "जून",
        "जुलै",
        "ऑगस्ट",
        "सप्टेंबर",
        "ऑक्टोबर",
        "नोव्हेंबर",
        "डिसेंबर",
    ],
    "TA": [
        "ஜனவரி",
        "பிப்ரவரி",
        "மார்ச்",
        "ஏப்ரல்",
        "மே",
        "ஜூன்",
        "ஜூலை",
        "ஆகஸ்ட்",
        "செப்டம்பர்",
        "அக்டோபர்",
        "நவம்பர்",
        "டிசம்பர்",
    ],
}


def native(text: str, lang: str) -> str:
    """``text`` with its Latin digits in the script's own (Devanagari, Bengali, Gujarati)."""
    table = NATIVE_DIGITS.get(lang)
    return text.translate(str.maketrans("0123456789", table)) if table else text


# ---------------------------------------------------------------- drawing in two faces

SCALE = {
    "title": 1.35,
    "big": 1.8,
    "center": 1.0,
    "left": 1.0,
    "right": 1.0,
    "pair": 1.0,
    "small": 0.8,
    "cols": 1.0,
}
MARGIN = 34


def _script(ch: str) -> str | None:
    point = ord(ch)
    for name, (low, high) in SCRIPTS.items():
        if low <= point <= high:
            return name
    return None


def runs(text: str) -> list[tuple[str | None, str]]:
    """``text`` cut into runs of one script (None: the English face); a space or joiner stays in its run."""
    out: list[tuple[str | None, str]] = []
    for ch in text:
        script = _script(ch)
        if script is None and out and (ch in " \u200c\u200d") and out[-1][0] is not None:
            script = out[-1][0]
        if out and out[-1][0] == script:
            out[-1] = (script, out[-1][1] + ch)
        else:
            out.append((script, ch))
    return out


class Faces:
    """The English face and the script faces of one page at each size."""

    def __init__(self, font: str, serif: bool):
        self.font, self.kind, self.cache = font, "Serif" if serif else "Sans", {}

    def path(self, script: str | None) -> str:
        return self.font if script is None else f"noto/Noto{self.kind}{script}-Regular.ttf"

    def get(self, script: str | None, size: int) -> ImageFont.FreeTypeFont:
        key = (script, size)
        if key not in self.cache:
            self.cache[key] = ImageFont.truetype(f"{FONT_DIR}/{self.path(script)}", size)
        return self.cache[key]

    def length(self, text: str, size: int) -> float:
        return sum(self.get(script, size).getlength(chunk) for script, chunk in runs(text))

    def draw(self, draw: ImageDraw.ImageDraw, x: float, baseline: int, text: str, size: int, fill) -> None:
        for script, chunk in runs(text):
            face = self.get(script, size)
            draw.text((x, baseline), chunk, font=face, fill=fill, anchor="ls")
            x += face.getlength(chunk)


def _wrap(faces: Faces, text: str, size: int, room: float) -> list[str]:
    lines: list[str] = []
    for word in text.split(" "):
        if lines and faces.length(f"{lines[-1]} {word}", size) <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return [line for line in lines if line] or [text]


def layout(rows: list[tuple], faces: Faces, width: int, size: int) -> list[tuple]:
    """``rows`` broken to the page: a line too wide goes on two or more lines of its kind, a pair too wide
    puts its value under its label, columns too wide become a left line and a right line."""
    room = width - 2 * MARGIN
    out: list[tuple] = []
    for place, row in enumerate(rows):
        kind = row[0]
        fs = int(size * SCALE.get(kind, 1.0))
        if kind in ("title", "big", "center", "left", "small", "right"):
            out += [(kind, line, place) for line in _wrap(faces, row[1], fs, room)]
        elif kind == "pair":
            if faces.length(row[1], fs) + faces.length(row[2], fs) + 24 > room:
                out += [("left", line, place) for line in _wrap(faces, row[1], fs, room)]
                out += [("right", line, place) for line in _wrap(faces, row[2], fs, room)]
            else:
                out.append(("pair", row[1], row[2], place))
        elif kind == "cols":
            texts, rights = row[1], row[2]
            lefts = [MARGIN] + [MARGIN + r * room - faces.length(t, fs) for t, r in zip(texts[1:], rights)]
            ends = [MARGIN + faces.length(texts[0], fs)] + [MARGIN + r * room for r in rights]
            if any(ends[i] + 10 > lefts[i + 1] for i in range(len(texts) - 1)):
                out.append(("left", texts[0], place))
                out.append(("right", "   ".join(texts[1:]), place))
            else:
                out.append(("cols", texts, rights, place))
        else:
            out.append((kind, place))
    return out


def render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """Draw ``rows`` (heldout14_render's kinds, and ``("cols", texts, right edges)``) in ``font`` and the
    page's script faces, with the colours in ``style``; ``band`` colours the page behind its first
    ``band_rows`` rows."""
    width, size = style.get("width", 620), style.get("size", 20)
    spacing = style.get("spacing", 1.75)
    faces = Faces(font, serif="Serif" in font)
    lines = layout(rows, faces, width, size)

    def step(kind: str) -> int:
        if kind == "rule":
            return int(size * 1.0)
        return int(size * SCALE.get(kind, 1.0) * spacing)

    height = MARGIN * 2 + sum(step(line[0]) for line in lines)
    page = Image.new(
        "RGB", (width, max(height, style.get("min_height", 0))), style.get("paper", (252, 251, 246))
    )
    draw = ImageDraw.Draw(page)
    ink, accent = style.get("ink", (25, 25, 30)), style.get("accent", style.get("ink", (25, 25, 30)))
    band_rows = style.get("band_rows", 0) if style.get("band") else 0
    if band_rows:
        bottom = MARGIN + sum(step(line[0]) for line in lines if line[-1] < band_rows) + size // 2
        draw.rectangle((0, 0, width, bottom), fill=style["band"])
    y = MARGIN
    for line in lines:
        kind = line[0]
        fs = int(size * SCALE.get(kind, 1.0))
        base = y + int(fs * 1.2)
        colour = accent if kind in ("title", "big") else ink
        if band_rows and line[-1] < band_rows:
            colour = style.get("band_ink", (255, 255, 255))
        if kind == "rule":
            mid = y + step(kind) // 2
            for x in range(MARGIN, width - MARGIN, 12):
                draw.line((x, mid, x + 6, mid), fill=ink, width=1)
        elif kind in ("title", "big", "center", "small"):
            faces.draw(draw, (width - faces.length(line[1], fs)) / 2, base, line[1], fs, colour)
        elif kind == "left":
            faces.draw(draw, MARGIN, base, line[1], fs, colour)
        elif kind == "right":
            faces.draw(draw, width - MARGIN - faces.length(line[1], fs), base, line[1], fs, colour)
        elif kind == "pair":
            faces.draw(draw, MARGIN, base, line[1], fs, style.get("label_ink", colour))
            faces.draw(draw, width - MARGIN - faces.length(line[2], fs), base, line[2], fs, colour)
        elif kind == "cols":
            room = width - 2 * MARGIN
            texts, rights = line[1], line[2]
            faces.draw(draw, MARGIN, base, texts[0], fs, colour)
            for text, right in zip(texts[1:], rights):
                faces.draw(draw, MARGIN + right * room - faces.length(text, fs), base, text, fs, colour)
        y += step(kind)
    return page


def bilingual_set(split: str, families: list, n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of a set, as ``heldout14_render.family_set`` draws them (receipt ``i`` of the
    family at its position, everything else from its own seed ``<split>-<i>``), drawn by ``render`` here."""
    receipts = []
    for index in range(n):
        rng = random.Random(f"{split}-{index}")
        family, build, fonts = families[index % len(families)]
        font = rng.choice(fonts)
        rows, truth, style = build(rng, font)
        clean = render(rows, font, style)
        degraded, params = degrade(clean, rng, screen=style.get("screen", False))
        receipts.append(
            EvalReceipt(
                split,
                index,
                family,
                font,
                ReceiptTruth(**truth),
                clean,
                degraded,
                params,
                meta={"style": style, "rows": rows},
            )
        )
    return receipts


# ---------------------------------------------------------------- a page's labels, money and days

FORMS = ["{s} / {e}", "{e} / {s}", "{s} ({e})", "{e} ({s})", "{s} / {e}"]


class Page:
    """One page's language, its label form (bilingual, chosen once; the script alone on a share of labels),
    its money and its date pattern."""

    def __init__(
        self,
        rng: random.Random,
        font: str,
        lang: str,
        only: float | None = None,
        dash: float = 0.3,
        rupee_word: float = 0.3,
    ):
        self.rng, self.lang, self.w = rng, lang, WORDS[lang]
        self.form = rng.choice(FORMS)
        self.only = rng.choice([0.0, 0.25, 0.5, 0.8]) if only is None else only
        self.cash = Cash(rng, font, dash=dash)
        if SCRIPT_OF[lang] == "Devanagari" and rng.random() < rupee_word:
            self.cash.mark, self.cash.gap = rng.choice(["रु.", "रु"]), " "
        self.pat = pattern(rng)
        self.native = lang in NATIVE_DIGITS and rng.random() < 0.45

    def lab(self, key: str, english: str | list[str], only: bool | None = None) -> str:
        """A label: the script's word beside the English one, or the script's alone."""
        english = self.rng.choice(english) if isinstance(english, list) else english
        word = self.w[key] if key in self.w else key
        if only if only is not None else self.rng.random() < self.only:
            return word
        return self.form.format(s=word, e=english)

    def both(self, word: str, english: str) -> str:
        return self.form.format(s=word, e=english)

    def day(self, date: dt.date) -> str:
        return stamp(date, self.pat)

    def money(self, value: float) -> str:
        return self.cash(value)

    def in_native(self, value: float) -> str:
        """The sum in the script's digits, behind (or, in Bengali, after) the script's word for rupees."""
        figures = native(self.cash.bare(value), self.lang)
        if self.lang == "BN":
            return f"{figures} টাকা"
        return f"{'રૂ.' if self.lang == 'GU' else 'रु.'} {figures}"


def amount_of(rng: random.Random, low: float, high: float, whole: float = 0.5) -> float:
    value = rng.uniform(low, high)
    return float(round(value)) if rng.random() < whole else round(value, 2)


def outcome(rng: random.Random, shares: tuple[float, float, float]) -> str | None:
    """success, failed, pending or None (no outcome printed) with the family's shares of the first three."""
    roll = rng.random()
    for status, share in zip(("success", "failed", "pending"), shares):
        if roll < share:
            return status
        roll -= share
    return None


def status_words(page: Page, status: str | None, english: dict[str, list[str]]) -> str | None:
    """An outcome as the page prints it: in English, in the script, or both on one line."""
    if status is None:
        return None
    roll = page.rng.random()
    if roll < 0.35:
        return page.rng.choice(english[status])
    if roll < 0.7:
        return page.w[status]
    return f"{page.w[status]} / {page.rng.choice(english[status])}"


ONLINE_WORDS = {
    "success": ["Payment Successful", "Transaction Successful"],
    "failed": ["Payment Failed", "Transaction Failed"],
    "pending": ["Payment Pending", "Awaiting bank confirmation"],
}


def paid_words(page: Page, kind: str | None, p_thanks: float, thanks: str) -> tuple[str | None, str | None]:
    """A counter's outcome line: an online way (UPI, a card, net banking) states success, failure or a wait on
    most pages, cash or a cheque only a "received with thanks" on a share."""
    if kind in ("UPI", "card", "netbanking"):
        status = outcome(page.rng, (0.35, 0.3, 0.3))
        return status, status_words(page, status, ONLINE_WORDS)
    if page.rng.random() < p_thanks:
        return "success", page.rng.choice([thanks, page.w["received"]])
    return None, None


def way(page: Page, kind: str | None) -> tuple[str, str | None]:
    """A way paid as printed (English or the script's word) and its truth; a cheque or DD is none of them."""
    rng = page.rng
    if kind == "cash":
        return rng.choice(["Cash", "CASH", page.w["cash"], f"{page.w['cash']} / Cash"]), "cash"
    if kind == "UPI":
        return rng.choice(
            [
                "UPI",
                "BHIM UPI",
                f"UPI ({rng.choice(['PhonePe', 'Google Pay', 'Paytm'])})",
                page.w["upi"],
                "UPI QR",
            ]
        ), "UPI"
    if kind == "card":
        return rng.choice(
            [
                f"Debit Card XX{digits(rng, 4)}",
                "Card",
                f"RuPay Debit Card ****{digits(rng, 4)}",
                f"{page.w['card']} (Card)",
                f"Credit Card xx{digits(rng, 4)}",
            ]
        ), "card"
    if kind == "netbanking":
        return rng.choice(
            ["Net Banking", f"Net Banking - {rng.choice(IN_BANKS)}", "Internet Banking", "NEFT"]
        ), "netbanking"
    if kind == "cheque":
        return rng.choice(
            [f"Cheque No. {digits(rng, 6)}", f"Chq. No. {digits(rng, 6)}", f"DD No. {digits(rng, 6)}"]
        ), None
    return "", None


SHEET = {"paper": (255, 255, 255), "width": 760, "size": 17}
FORM = {"paper": (250, 248, 240), "ink": (30, 30, 60), "width": 740, "size": 17}
ROLL = {"paper": (250, 249, 244), "width": 500, "size": 17}
SCREEN = {"screen": True, "paper": (255, 255, 255), "width": 560, "size": 20}
DARK = {
    "screen": True,
    "paper": (18, 20, 26),
    "ink": (235, 235, 240),
    "accent": (120, 220, 160),
    "label_ink": (150, 155, 170),
    "width": 560,
    "size": 20,
}
BANDS = [(0, 84, 166), (95, 37, 159), (18, 110, 80), (200, 60, 30)]


def pick_lang(rng: random.Random, langs: list[str] | tuple[str, ...]) -> str:
    return rng.choice(list(langs))


# ---------------------------------------------------------------- 1 a state electricity board's bill receipt

# language: short name, English name, name in the script, the consumer number's label and shape
BOARDS = {
    "MR": (
        "MSEDCL",
        "Maharashtra State Electricity Distribution Co. Ltd.",
        "महाराष्ट्र राज्य विद्युत वितरण कंपनी मर्यादित",
        "Consumer No.",
        "12",
    ),
    "TA": (
        "TANGEDCO",
        "Tamil Nadu Generation and Distribution Corporation Ltd.",
        "தமிழ்நாடு மின் உற்பத்தி மற்றும் பகிர்மானக் கழகம்",
        "Service Connection No.",
        "sc",
    ),
    "KN": (
        "BESCOM",
        "Bangalore Electricity Supply Company Ltd.",
        "ಬೆಂಗಳೂರು ವಿದ್ಯುತ್ ಸರಬರಾಜು ಕಂಪನಿ ನಿಯಮಿತ",
        "Account ID",
        "10",
    ),
    "TE": (
        "TSSPDCL",
        "Southern Power Distribution Company of Telangana Ltd.",
        "తెలంగాణ దక్షిణ ప్రాంత విద్యుత్ పంపిణీ సంస్థ",
        "USC No.",
        "9",
    ),
    "BN": (
        "WBSEDCL",
        "West Bengal State Electricity Distribution Co. Ltd.",
        "পশ্চিমবঙ্গ রাজ্য বিদ্যুৎ বণ্টন কোম্পানি লিমিটেড",
        "Consumer ID",
        "9",
    ),
    "GU": ("UGVCL", "Uttar Gujarat Vij Company Ltd.", "ઉત્તર ગુજરાત વીજ કંપની લિમિટેડ", "Consumer No.", "11"),
    "HI": ("JVVNL", "Jaipur Vidyut Vitran Nigam Ltd.", "जयपुर विद्युत वितरण निगम लिमिटेड", "K No.", "12"),
}
SUBDIVISIONS = ["Kothrud", "Anna Nagar", "Jayanagar", "Kukatpally", "Salt Lake", "Mehsana", "Mansarovar"]
POWER_TITLE = {
    "HI": "बिजली बिल भुगतान रसीद",
    "MR": "वीज बिल भरणा पावती",
    "TA": "மின் கட்டண ரசீது",
    "TE": "విద్యుత్ బిల్లు చెల్లింపు రసీదు",
    "KN": "ವಿದ್ಯುತ್ ಬಿಲ್ ಪಾವತಿ ರಸೀದಿ",
    "BN": "বিদ্যুৎ বিল প্রদানের রসিদ",
    "GU": "વીજ બિલ ચુકવણી પાવતી",
}
POWER_WORDS = {
    "success": ["Payment Successful", "Transaction Successful", "SUCCESS", "Payment Received"],
    "failed": ["Payment Failed", "Transaction Failed", "Failed - amount will be refunded"],
    "pending": ["Payment Pending", "Transaction under process", "Awaiting bank confirmation"],
}


def power_receipt(rng: random.Random, font: str):
    lang = pick_lang(rng, list(BOARDS))
    short, english, script, cons_label, shape = BOARDS[lang]
    page = Page(rng, font, lang)
    online = rng.random() < 0.5
    paid = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 600))
    bill_day = before(paid, rng, 8, 25)
    month = bill_day.replace(day=1) - dt.timedelta(days=1)
    bill = amount_of(rng, 180, 9400, whole=0.3)
    arrears = round(rng.uniform(50, 900), 2) if rng.random() < 0.3 else 0.0
    total = round(bill + arrears, 2)
    roll = rng.random()
    paying = (
        total
        if roll < 0.6
        else (float(round(total + 0.49)) if roll < 0.75 else float(rng.randrange(100, int(total), 50)))
    )
    consumer = (
        f"{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}"
        if shape == "sc"
        else digits(rng, int(shape))
    )
    name_top = rng.choice([english, short, english.upper()])
    rows: list[tuple] = [("title", script), ("center", name_top)]
    rows.append(
        (
            "small",
            rng.choice(
                [
                    f"O&M Sub-Division: {rng.choice(SUBDIVISIONS)}",
                    f"Collection Centre No. {digits(rng, 4)}",
                    f"www.{short.lower()}.in",
                ]
            ),
        )
    )
    rows += [("rule",), ("center", page.both(POWER_TITLE[lang], "Bill Payment Receipt")), ("rule",)]
    status = outcome(rng, (0.4, 0.3, 0.2) if online else (0.35, 0.0, 0.0))
    words = status_words(page, status, POWER_WORDS)
    if status is None and not online and rng.random() < 0.3:
        words = None
    if online:
        ref = rng.choice(["T", "PG", ""]) + digits(rng, rng.choice([12, 14]))
        id_label = page.lab("txn", ["Transaction ID", "Txn ID", "Bank Ref. No."])
        receipt_no = None if status != "success" or rng.random() < 0.5 else digits(rng, 10)
    else:
        ref = f"{digits(rng, 4)}/{digits(rng, 6)}" if rng.random() < 0.5 else digits(rng, 9)
        id_label = page.lab("receipt_no", ["Receipt No.", "Rcpt No.", "Receipt Number"])
        receipt_no = None
    show_id = rng.random() < 0.9
    show_date = rng.random() < 0.9
    pairs = [
        (page.lab("consumer", cons_label), consumer),
        (page.lab("name", "Consumer Name"), rng.choice(PEOPLE).upper()),
        (page.lab("bill_month", "Bill Month"), f"{month:%b-%Y}".upper()),
        (page.lab("bill_date", "Bill Date"), stamp(bill_day, page.pat)),
        (page.lab("due", "Due Date"), stamp(after(bill_day, rng, 14, 21), page.pat)),
        ("Bill Amount", page.money(bill)),
    ]
    if arrears:
        pairs.append(("Arrears", page.money(arrears)))
    if show_id:
        pairs.append((id_label, ref))
    if receipt_no:
        pairs.append(("Receipt No.", receipt_no))
    if show_date:
        pairs.append(
            (
                page.lab("date", ["Payment Date", "Date of Payment", "Paid on"]),
                f"{stamp(paid, page.pat)} {hour(rng, rng.random() < 0.5)}",
            )
        )
    pairs.append((page.lab("amount", ["Amount Paid", "Paid Amount", "Amount Received"]), page.money(paying)))
    kind = (
        rng.choice(["UPI", "netbanking", "card"]) if online else rng.choice(["cash", "cash", "cheque", None])
    )
    printed, method = way(page, kind)
    if printed and rng.random() < 0.85:
        pairs.append((page.lab("mode", ["Payment Mode", "Mode of Payment", "Paid by"]), printed))
    else:
        method = None
    if not online:
        pairs.append(("Cashier ID", f"{code(rng, 2, UPPER)}{digits(rng, 4)}"))
    rows += [("pair", label, value) for label, value in pairs]
    if words:
        rows.insert(5 if rng.random() < 0.5 else len(rows), ("center", words))
    rows += [
        ("rule",),
        ("small", page.both(page.w["thanks"], "Thank you")),
        ("small", f"Helpline {rng.choice(['1912', '1800-233-3435', '1800-425-4890'])}"),
    ]
    if page.native:
        rows.insert(-2, ("right", page.in_native(paying)))
    truth = done(
        name_top,
        paying,
        "INR",
        ref if show_id else None,
        paid if show_date else None,
        method,
        status if words else None,
    )
    style = dict(SCREEN, width=600, size=18) if online else dict(FORM)
    if online and rng.random() < 0.4:
        style.update(band=rng.choice(BANDS), band_rows=2)
    return rows, truth, style


# ---------------------------------------------------------------- 2 a kirana or sweet shop's thermal bill

# language: (name in the script, the same name in Latin letters), items in the script with a price range
SHOPS = {
    "HI": [("शर्मा किराना स्टोर", "Sharma Kirana Store"), ("अग्रवाल मिष्ठान भंडार", "Agarwal Mishthan Bhandar")],
    "MR": [("श्री गणेश मिठाई भांडार", "Shree Ganesh Mithai Bhandar"), ("पाटील किराणा माल", "Patil Kirana Mal")],
    "GU": [
        ("જલારામ સ્વીટ માર્ટ", "Jalaram Sweet Mart"),
        ("શ્રી અંબિકા પ્રોવિઝન સ્ટોર", "Shree Ambika Provision Store"),
    ],
    "BN": [("মা তারা মিষ্টান্ন ভাণ্ডার", "Maa Tara Mishtanna Bhandar"), ("সাহা ভ্যারাইটি স্টোর্স", "Saha Variety Stores")],
    "TA": [("ஸ்ரீ முருகன் மளிகை", "Sri Murugan Maligai"), ("அடையார் ஸ்வீட்ஸ்", "Adyar Sweets")],
    "KN": [("ಶ್ರೀ ಮಂಜುನಾಥ ಜನರಲ್ ಸ್ಟೋರ್ಸ್", "Sri Manjunatha General Stores"), ("ಮೈಸೂರು ಸ್ವೀಟ್ಸ್", "Mysore Sweets")],
    "TE": [("శ్రీ వెంకటేశ్వర కిరాణా", "Sri Venkateswara Kirana"), ("పుల్లారెడ్డి స్వీట్స్", "Pulla Reddy Sweets")],
}
GOODS = {
    "HI": [
        ("चावल", 48, 90, "kg"),
        ("आटा", 38, 55, "kg"),
        ("चीनी", 42, 48, "kg"),
        ("अरहर दाल", 130, 170, "kg"),
        ("सरसों तेल", 150, 190, "L"),
        ("लड्डू", 420, 640, "kg"),
        ("काजू कतली", 900, 1200, "kg"),
        ("नमक", 22, 28, ""),
    ],
    "MR": [
        ("तांदूळ", 50, 95, "kg"),
        ("गव्हाचे पीठ", 38, 56, "kg"),
        ("साखर", 42, 48, "kg"),
        ("तूरडाळ", 130, 170, "kg"),
        ("शेंगदाणा तेल", 170, 210, "L"),
        ("मोदक", 500, 700, "kg"),
        ("पेढे", 480, 620, "kg"),
        ("पोहे", 45, 60, "kg"),
    ],
    "GU": [
        ("ચોખા", 50, 95, "kg"),
        ("ઘઉંનો લોટ", 38, 55, "kg"),
        ("ખાંડ", 42, 48, "kg"),
        ("તુવેર દાળ", 130, 170, "kg"),
        ("સીંગતેલ", 170, 220, "L"),
        ("મોહનથાળ", 480, 650, "kg"),
        ("ઢોકળા", 200, 280, "kg"),
        ("ફાફડા", 300, 420, "kg"),
    ],
    "BN": [
        ("চাল", 48, 90, "kg"),
        ("আটা", 38, 55, "kg"),
        ("চিনি", 42, 48, "kg"),
        ("মসুর ডাল", 100, 130, "kg"),
        ("সর্ষের তেল", 150, 190, "L"),
        ("রসগোল্লা", 15, 25, "pc"),
        ("সন্দেশ", 20, 40, "pc"),
        ("মিষ্টি দই", 180, 260, "kg"),
    ],
    "TA": [
        ("அரிசி", 50, 90, "kg"),
        ("துவரம் பருப்பு", 130, 170, "kg"),
        ("சர்க்கரை", 42, 48, "kg"),
        ("நல்லெண்ணெய்", 280, 380, "L"),
        ("மைசூர் பாக்", 600, 900, "kg"),
        ("முறுக்கு", 300, 420, "kg"),
        ("புளி", 150, 220, "kg"),
        ("ரவை", 45, 60, "kg"),
    ],
    "KN": [
        ("ಅಕ್ಕಿ", 50, 90, "kg"),
        ("ತೊಗರಿ ಬೇಳೆ", 130, 170, "kg"),
        ("ಸಕ್ಕರೆ", 42, 48, "kg"),
        ("ಕಡಲೆಕಾಯಿ ಎಣ್ಣೆ", 170, 220, "L"),
        ("ಮೈಸೂರು ಪಾಕ್", 600, 900, "kg"),
        ("ಚಕ್ಕುಲಿ", 300, 420, "kg"),
        ("ರವೆ", 45, 60, "kg"),
        ("ಬೆಲ್ಲ", 60, 90, "kg"),
    ],
    "TE": [
        ("బియ్యం", 50, 90, "kg"),
        ("కందిపప్పు", 130, 170, "kg"),
        ("చక్కెర", 42, 48, "kg"),
        ("వేరుశెనగ నూనె", 170, 220, "L"),
        ("పూతరేకులు", 600, 900, "kg"),
        ("అరిసెలు", 400, 560, "kg"),
        ("చింతపండు", 150, 220, "kg"),
        ("బెల్లం", 60, 90, "kg"),
    ],
}
SHOP_PAID = ["PAID", "** PAID **", "Paid - Thank you"]


def kirana_bill(rng: random.Random, font: str):
    lang = pick_lang(rng, list(SHOPS))
    page = Page(rng, font, lang, dash=0.0)
    script, latin = rng.choice(SHOPS[lang])
    latin_shown = rng.random() < 0.6
    paid = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 600))
    rows: list[tuple] = [("title", script)]
    if latin_shown:
        latin = latin.upper() if rng.random() < 0.5 else latin
        rows.append(("center", latin))
    rows.append(
        (
            "small",
            rng.choice(
                ["Main Bazar, Near Bus Stand", "Station Road", "Gandhi Chowk", "Shop No. 4, Market Yard"]
            )
            + f" - {digits(rng, 6)}",
        )
    )
    rows.append(("small", f"{page.w['mobile']}: {mobile(rng)}"))
    if rng.random() < 0.5:
        rows.append(("small", f"GSTIN: {gstin(rng)}"))
    bill_no = (
        str(rng.randrange(100, 99999)) if rng.random() < 0.6 else f"{code(rng, 1, UPPER)}-{digits(rng, 4)}"
    )
    show_id, show_date = rng.random() < 0.9, rng.random() < 0.9
    rows.append(("rule",))
    if show_id:
        rows.append(("pair", page.lab("bill_no", ["Bill No", "Bill No.", "Inv No"]), bill_no))
    if show_date:
        rows.append(("pair", page.lab("date", "Date"), f"{page.day(paid)} {hour(rng, rng.random() < 0.5)}"))
    rows.append(("pair", "Cashier", rng.choice(["Admin", "Counter 1", "RAJU", "S1"])))
    rows += [("rule",), ("cols", ["Item", "Qty", "Rate", "Amt"], [0.5, 0.72, 1.0]), ("rule",)]
    goods = rng.sample(GOODS[lang], rng.randrange(3, 7))
    total, saved = 0.0, 0.0
    for name, low, high, unit in goods:
        qty = rng.choice([0.25, 0.5, 1, 1, 2, 5]) if unit in ("kg", "L") else rng.randrange(1, 12)
        rate = float(rng.randrange(low, high))
        line = round(qty * rate, 2)
        total += line
        saved += round(line * rng.choice([0, 0, 0.05, 0.1]), 2)
        shown_qty = f"{qty:g} {unit}".strip() if unit != "pc" else f"{qty}"
        rows.append(("cols", [name, shown_qty, f"{rate:.2f}", f"{line:.2f}"], [0.5, 0.72, 1.0]))
    total = round(total, 2)
    rows.append(("rule",))
    rows.append(("pair", f"Items: {len(goods)}", f"Qty: {sum(1 for _ in goods)}"))
    final = float(round(total)) if rng.random() < 0.5 else total
    if final != total:
        rows.append(("pair", "Round Off", f"{final - total:+.2f}"))
    rows.append(
        (
            "pair",
            page.lab("total", rng.choice(["Net Amount", "TOTAL", "Grand Total", "Net Amt"])),
            page.money(final),
        )
    )
    if page.native:
        rows.append(("right", f"{page.w['total']} {page.in_native(final)}"))
    kind = rng.choice(["cash", "cash", "UPI", "card", None])
    printed, method = way(page, kind)
    if printed:
        rows.append(("pair", page.lab("mode", ["Paid by", "Payment Mode", "Mode"]), printed))
        if kind == "cash" and rng.random() < 0.6:
            tendered = float(-(-final // 100) * 100)
            rows += [
                ("pair", "Tendered", page.money(tendered)),
                ("pair", "Change", page.money(tendered - final)),
            ]
    if saved and rng.random() < 0.6:
        rows.append(("center", f"You Saved {page.money(saved)} on MRP"))
    status = "success" if rng.random() < 0.2 else None
    if status:
        rows.append(("center", rng.choice(SHOP_PAID)))
    rows += [
        ("rule",),
        (
            "center",
            f"{page.w['thanks']}! {'पुन्हा भेट द्या' if lang == 'MR' and rng.random() < 0.5 else 'Visit Again'}",
        ),
    ]
    merchant = latin if latin_shown else script
    truth = done(
        merchant, final, "INR", bill_no if show_id else None, paid if show_date else None, method, status
    )
    return rows, truth, dict(ROLL, width=rng.choice([480, 520]))


# ---------------------------------------------------------------- 3 a temple or trust's donation receipt

TRUSTS = {
    "HI": ("श्री बांके बिहारी मंदिर न्यास", "Shri Banke Bihari Mandir Nyas", "Vrindavan, Mathura (U.P.)"),
    "MR": (
        "श्री सिद्धिविनायक गणपती मंदिर न्यास",
        "Shree Siddhivinayak Ganapati Mandir Trust",
        "Prabhadevi, Mumbai",
    ),
    "KN": ("ಶ್ರೀ ಚಾಮುಂಡೇಶ್ವರಿ ದೇವಸ್ಥಾನ ಸಮಿತಿ", "Sri Chamundeshwari Temple Committee", "Chamundi Hill, Mysuru"),
    "TA": ("அருள்மிகு கபாலீஸ்வரர் திருக்கோயில்", "Arulmigu Kapaleeswarar Temple", "Mylapore, Chennai"),
    "TE": ("శ్రీ కనకదుర్గ అమ్మవారి దేవస్థానం", "Sri Kanaka Durga Ammavari Devasthanam", "Indrakeeladri, Vijayawada"),
    "BN": ("শ্রী শ্রী দক্ষিণেশ্বর কালীমাতা মন্দির", "Dakshineswar Kali Temple Trust", "Dakshineswar, Kolkata"),
    "GU": ("શ્રી અંબાજી મંદિર ટ્રસ્ટ", "Shree Ambaji Mandir Trust", "Ambaji, Banaskantha"),
}
SEVAS = {
    "HI": ["सामान्य दान", "गौ सेवा", "भंडारा"],
    "MR": ["सर्वसाधारण देणगी", "अभिषेक", "अन्नदान"],
    "KN": ["ಸಾಮಾನ್ಯ ದೇಣಿಗೆ", "ಅನ್ನದಾನ", "ಕುಂಕುಮಾರ್ಚನೆ"],
    "TA": ["பொது நன்கொடை", "அன்னதானம்", "அபிஷேகம்"],
    "TE": ["సాధారణ విరాళం", "అన్నదానం", "కుంకుమార్చన"],
    "BN": ["সাধারণ দান", "ভোগ", "পূজা"],
    "GU": ["સામાન્ય દાન", "અન્નક્ષેત્ર", "ધજા"],
}
SEVA_EN = ["General Donation", "Annadanam", "Pooja / Seva"]
TEMPLE_WORDS = {
    "success": ["Received with thanks", "Donation received with thanks"],
    "failed": [],
    "pending": [],
}


def temple_receipt(rng: random.Random, font: str):
    lang = pick_lang(rng, list(TRUSTS))
    page = Page(rng, font, lang)
    script, latin, place = TRUSTS[lang]
    paid = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 600))
    pan = f"AAAT{code(rng, 1, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}"
    start = rng.choice([2022, 2023, 2024])
    rows: list[tuple] = [
        ("title", script),
        ("center", latin),
        ("small", place),
        ("small", f"Regd. No. {rng.choice(['E', 'A', 'F'])}-{digits(rng, 4)} | PAN: {pan}"),
        ("rule",),
        (
            "center",
            page.both(page.w["receipt"], rng.choice(["DONATION RECEIPT", "Receipt", "Donation Receipt"])),
        ),
        ("rule",),
    ]
    number = rng.choice(
        [f"D/{paid.year}/{digits(rng, 5)}", digits(rng, 6), f"{code(rng, 2, UPPER)}{digits(rng, 6)}"]
    )
    kind = rng.choice(["cash", "cash", "UPI", "cheque", "card"])
    printed, method = way(page, kind)
    ref = upi_ref(rng) if kind == "UPI" and rng.random() < 0.7 else None
    show_date = rng.random() < 0.9
    value = (
        float(rng.choice([101, 251, 501, 1001, 1100, 2100, 5001, 11000, 21000]))
        if rng.random() < 0.7
        else amount_of(rng, 100, 25000)
    )
    donor = rng.choice(PEOPLE)
    rows.append(("pair", page.lab("receipt_no", ["Receipt No.", "Receipt No", "Rasid No."]), number))
    if show_date:
        rows.append(("pair", page.lab("date", "Date"), page.day(paid)))
    if rng.random() < 0.5:
        rows.append(
            (
                "left",
                f"{page.w['received']} / Received with thanks from {rng.choice(['Shri', 'Smt.'])} {donor}",
            )
        )
        status = "success"
    else:
        rows.append(("pair", page.lab("donor", "Donor Name"), donor))
        status = None
    rows.append(
        (
            "pair",
            page.lab("address", "Address"),
            rng.choice(["Pune 411038", "Thane West", "Hubballi", "Tambaram", "Guntur", "Howrah", "Vadodara"]),
        )
    )
    rows.append(("pair", page.lab("mobile", "Mobile"), mobile(rng, masked_mid=rng.random() < 0.5)))
    if rng.random() < 0.5:
        rows.append(("pair", "Donor PAN", f"XXXXX{digits(rng, 4)}{code(rng, 1, UPPER)}"))
    rows.append(
        (
            "pair",
            page.lab("purpose", "Purpose"),
            rng.choice(SEVAS[lang]) if rng.random() < 0.6 else rng.choice(SEVA_EN),
        )
    )
    rows.append(("pair", page.lab("donation", ["Amount", "Donation Amount"]), page.money(value)))
    if page.native:
        rows.append(("pair", page.w["amount"], page.in_native(value)))
    rows.append(("left", f"{page.w['words']}: {words_in_rupees(value)}"))
    if printed:
        rows.append(("pair", page.lab("mode", ["Mode of Payment", "Payment Mode"]), printed))
    else:
        method = None
    if ref:
        rows.append(("pair", "UPI Ref No.", ref))
    rows += [
        ("rule",),
        (
            "small",
            f"Donations are exempt u/s 80G(5)(vi) of the Income Tax Act, 1961 vide approval no. "
            f"{pan}F{start - 1}{digits(rng, 4)} valid from A.Y. {start}-{(start + 1) % 100:02d} "
            f"to A.Y. {start + 4}-{(start + 5) % 100:02d}",
        ),
        ("small", f"Form 10BE will be issued by 31-05-{paid.year + (1 if paid.month > 3 else 0)}"),
        ("right", f"{page.w['signature']} / Authorised Signatory"),
    ]
    truth = done(latin, value, "INR", ref or number, paid if show_date else None, method, status)
    return rows, truth, dict(FORM)


# ---------------------------------------------------------------- 4 a state bus ticket or a metro card top-up

# language: corporation (short, name in the script), towns (script, English)
BUSES = {
    "MR": (
        "MSRTC",
        "महाराष्ट्र राज्य मार्ग परिवहन महामंडळ",
        [("पुणे", "PUNE"), ("सातारा", "SATARA"), ("नाशिक", "NASHIK"), ("कोल्हापूर", "KOLHAPUR")],
    ),
    "TA": (
        "TNSTC",
        "தமிழ்நாடு அரசு போக்குவரத்துக் கழகம்",
        [("மதுரை", "MADURAI"), ("திருச்சி", "TRICHY"), ("சேலம்", "SALEM"), ("கோவை", "COIMBATORE")],
    ),
    "KN": (
        "KSRTC",
        "ಕರ್ನಾಟಕ ರಾಜ್ಯ ರಸ್ತೆ ಸಾರಿಗೆ ನಿಗಮ",
        [("ಮೈಸೂರು", "MYSURU"), ("ಹಾಸನ", "HASSAN"), ("ತುಮಕೂರು", "TUMAKURU"), ("ಮಂಡ್ಯ", "MANDYA")],
    ),
    "TE": (
        "TGSRTC",
        "తెలంగాణ రాష్ట్ర రోడ్డు రవాణా సంస్థ",
        [("వరంగల్", "WARANGAL"), ("కరీంనగర్", "KARIMNAGAR"), ("నిజామాబాద్", "NIZAMABAD"), ("ఖమ్మం", "KHAMMAM")],
    ),
    "GU": (
        "GSRTC",
        "ગુજરાત રાજ્ય માર્ગ વાહન વ્યવહાર નિગમ",
        [("અમદાવાદ", "AHMEDABAD"), ("રાજકોટ", "RAJKOT"), ("વડોદરા", "VADODARA"), ("સુરત", "SURAT")],
    ),
    "HI": (
        "UPSRTC",
        "उत्तर प्रदेश राज्य सड़क परिवहन निगम",
        [("लखनऊ", "LUCKNOW"), ("कानपुर", "KANPUR"), ("आगरा", "AGRA"), ("प्रयागराज", "PRAYAGRAJ")],
    ),
}
METROS = {
    "KN": ("Namma Metro", "ನಮ್ಮ ಮೆಟ್ರೋ", ["Majestic", "Indiranagar", "MG Road", "Yelachenahalli"]),
    "MR": ("Mumbai Metro One", "मुंबई मेट्रो वन", ["Ghatkopar", "Andheri", "Versova", "Marol Naka"]),
    "TA": ("Chennai Metro Rail", "சென்னை மெட்ரோ ரயில்", ["Alandur", "Guindy", "Vadapalani", "Central"]),
    "TE": ("Hyderabad Metro Rail", "హైదరాబాద్ మెట్రో రైల్", ["Ameerpet", "Hitec City", "MGBS", "Uppal"]),
    "BN": ("Kolkata Metro", "কলকাতা মেট্রো", ["Esplanade", "Dum Dum", "Kavi Subhash", "Park Street"]),
    "HI": ("Delhi Metro", "दिल्ली मेट्रो", ["Rajiv Chowk", "Kashmere Gate", "Hauz Khas", "Dwarka Sec-21"]),
}
TOPUP_WORDS = {
    "success": ["Recharge Successful", "Top-up Successful", "SUCCESS"],
    "failed": ["Recharge Failed", "Top-up failed - amount will be refunded", "FAILED"],
    "pending": ["Recharge Pending", "Top-up under process"],
}


def transit_ticket(rng: random.Random, font: str):
    if rng.random() < 0.55:
        return _bus_ticket(rng, font)
    return _metro_topup(rng, font)


def _bus_ticket(rng: random.Random, font: str):
    lang = pick_lang(rng, list(BUSES))
    short, script, towns = BUSES[lang]
    page = Page(rng, font, lang, dash=0.0)
    start, end = rng.sample(towns, 2)
    paid = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 600))
    adults, children = rng.randrange(1, 4), rng.choice([0, 0, 1])
    fare = float(rng.randrange(45, 480))
    extra = float(rng.choice([0, 1, 2, 5]))
    value = round(adults * fare + children * round(fare / 2) + extra, 2)
    ticket = rng.choice(
        [
            f"{code(rng, 1, UPPER)}{digits(rng, 8)}",
            digits(rng, 10),
            f"{digits(rng, 4)}{code(rng, 2, UPPER)}{digits(rng, 4)}",
        ]
    )
    advance = rng.random() < 0.3
    rows: list[tuple] = [("title", script), ("center", short), ("rule",)]
    show_id, show_date = rng.random() < 0.9, rng.random() < 0.9
    if show_id:
        rows.append(("pair", rng.choice(["TKT NO", "Ticket No", "Ticket No."]), ticket))
    rows += [
        ("pair", "WAYBILL", digits(rng, 7)),
        ("pair", "BUS NO", indian_plate(rng)),
        ("pair", "COND ID", digits(rng, 5)),
        ("pair", "ROUTE", f"{digits(rng, 3)}/{code(rng, 1, UPPER)}"),
        ("pair", page.lab("from", "FROM"), f"{start[0]} {start[1]}"),
        ("pair", page.lab("to", "TO"), f"{end[0]} {end[1]}"),
        ("pair", "KM", str(rng.randrange(20, 340))),
    ]
    if show_date:
        label = (
            page.lab("date", ["Booking Date", "Issued on"]) if advance else page.lab("date", ["DATE", "Date"])
        )
        rows.append(("pair", label, f"{page.day(paid)} {hour(rng, False)}"))
    if advance:
        rows.append(("pair", "Journey Date", page.day(after(paid, rng, 1, 20))))
        rows.append(("pair", "Seat No", f"{rng.randrange(1, 44)}"))
    rows.append(("pair", "FULL x " + str(adults), page.money(adults * fare)))
    if children:
        rows.append(("pair", "HALF x 1", page.money(round(fare / 2))))
    if extra:
        rows.append(("pair", rng.choice(["ASN", "Toll", "Reservation"]), page.money(extra)))
    rows.append(("pair", page.lab("total", ["TOTAL", "Total Fare", "NET FARE"]), page.money(value)))
    kind = rng.choice(["cash", "UPI", None, None]) if not advance else rng.choice(["UPI", "card", "cash"])
    printed, method = way(page, kind)
    if printed:
        rows.append(("pair", page.lab("mode", "PAY MODE"), printed.upper() if printed.isascii() else printed))
    rows += [
        ("rule",),
        (
            "center",
            rng.choice(
                [
                    f"{page.w['thanks']} - Happy Journey",
                    "Happy Journey",
                    "Keep the ticket till end of journey",
                ]
            ),
        ),
        (
            "small",
            f"ETM {code(rng, 2, UPPER)}{digits(rng, 6)}  Helpline 1800-{digits(rng, 3)}-{digits(rng, 4)}",
        ),
    ]
    truth = done(short, value, "INR", ticket if show_id else None, paid if show_date else None, method, None)
    return rows, truth, dict(ROLL, width=rng.choice([460, 500]))


def _metro_topup(rng: random.Random, font: str):
    lang = pick_lang(rng, list(METROS))
    name, script, stations = METROS[lang]
    page = Page(rng, font, lang, dash=0.0)
    paid = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 600))
    value = float(rng.choice([100, 200, 300, 500, 1000, 1500, 2000]))
    before_bal = round(rng.uniform(0, 180), 2)
    status = outcome(rng, (0.4, 0.3, 0.2))
    words = status_words(page, status, TOPUP_WORDS)
    txn = rng.choice([digits(rng, 12), f"{code(rng, 3, UPPER)}{digits(rng, 10)}"])
    kind = rng.choice(["cash", "UPI", "card", "UPI"])
    printed, method = way(page, kind)
    rows: list[tuple] = [
        ("title", script),
        ("center", name),
        ("small", f"Station: {rng.choice(stations)}"),
        (
            "center",
            page.both(
                "कार्ड रिचार्ज" if SCRIPT_OF[lang] == "Devanagari" else page.w["receipt"],
                "Smart Card Top-up Receipt",
            ),
        ),
        ("rule",),
    ]
    show_date = rng.random() < 0.9
    rows.append(
        (
            "pair",
            "Card No",
            f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"
            if rng.random() < 0.5
            else digits(rng, 10),
        )
    )
    rows.append(("pair", page.lab("txn", ["Txn No", "Transaction ID", "TXN ID"]), txn))
    rows.append(
        ("pair", "Device ID", f"TOM{digits(rng, 4)}" if rng.random() < 0.5 else f"TVM-{digits(rng, 3)}")
    )
    if show_date:
        rows.append(
            (
                "pair",
                page.lab("date", ["Date/Time", "Txn Date"]),
                f"{page.day(paid)} {hour(rng, False, True)}",
            )
        )
    rows.append(("pair", "Previous Balance", page.money(before_bal)))
    rows.append(
        ("pair", page.lab("amount", ["Top-up Amount", "Recharge Amount", "Amount Added"]), page.money(value))
    )
    if status != "failed":
        rows.append(("pair", page.lab("balance", "Card Balance"), page.money(before_bal + value)))
    rows.append(("pair", page.lab("mode", "Payment Mode"), printed))
    if kind == "UPI" and rng.random() < 0.6:
        ref = upi_ref(rng)
        rows.append(("pair", "UPI Ref No", ref))
        txn = ref
    if words:
        rows.append(("center", words))
    rows += [("rule",), ("small", f"{page.w['thanks']} - Have a safe journey")]
    truth = done(name, value, "INR", txn, paid if show_date else None, method, status if words else None)
    return rows, truth, dict(ROLL, width=500)


# ---------------------------------------------------------------- 5 a ration shop's ePoS slip or a milk card

PDS = {
    "HI": (
        "खाद्य एवं रसद विभाग",
        "Food & Civil Supplies Department, U.P.",
        [("चावल", 3.0), ("गेहूं", 2.0), ("चीनी", 18.0)],
    ),
    "TE": (
        "పౌర సరఫరాల శాఖ",
        "Civil Supplies Department, Telangana",
        [("బియ్యం", 1.0), ("చక్కెర", 13.5), ("కందిపప్పు", 67.0)],
    ),
    "TA": (
        "உணவுப் பொருள் வழங்கல் துறை",
        "Civil Supplies & Consumer Protection Dept., Tamil Nadu",
        [("அரிசி", 1.0), ("சர்க்கரை", 25.0), ("துவரம் பருப்பு", 30.0), ("பாமாயில்", 25.0)],
    ),
    "BN": (
        "খাদ্য ও সরবরাহ বিভাগ",
        "Food & Supplies Department, West Bengal",
        [("চাল", 2.0), ("গম", 2.0), ("চিনি", 13.5), ("আটা", 9.0)],
    ),
}
MILK = {
    "TA": ("AAVIN", "ஆவின் பால் அட்டை", "Tamil Nadu Co-operative Milk Producers' Federation Ltd.", 44.0),
    "KN": ("NANDINI", "ನಂದಿನಿ ಹಾಲಿನ ಕಾರ್ಡ್", "Karnataka Milk Federation", 42.0),
    "MR": ("GOKUL", "गोकुळ दूध कार्ड", "Kolhapur Zilha Sahakari Dudh Utpadak Sangh Ltd.", 56.0),
    "GU": ("AMUL", "અમૂલ દૂધ કાર્ડ", "Kaira District Co-operative Milk Producers' Union Ltd.", 54.0),
}
PDS_WORDS = {
    "success": ["Transaction Successful", "Success", "Distributed"],
    "failed": ["Aadhaar authentication failed - not distributed", "Transaction Failed"],
    "pending": ["Pending - retry authentication"],
}
FPS_NAMES = [
    "Annapurna Fair Price Shop",
    "Jai Kisan Ration Depot",
    "Sri Rama Fair Price Shop",
    "Janata Ration Shop",
    "Maa Durga FPS",
]


def ration_or_milk(rng: random.Random, font: str):
    if rng.random() < 0.5:
        return _milk_card(rng, font)
    lang = pick_lang(rng, list(PDS))
    script, dept, goods = PDS[lang]
    page = Page(rng, font, lang, dash=0.0)
    paid = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 600))
    shop = rng.choice(FPS_NAMES)
    status = outcome(rng, (0.45, 0.3, 0.1))
    words = status_words(page, status, PDS_WORDS)
    rows: list[tuple] = [
        ("title", script),
        ("center", dept),
        ("rule",),
        ("pair", "FPS Name", shop),
        ("pair", "FPS ID", digits(rng, 7)),
        ("pair", "RC No", digits(rng, 12)),
        ("pair", "Card Type", rng.choice(["PHH", "AAY", "NPHH"])),
        ("pair", page.lab("name", "Card Holder"), rng.choice(PEOPLE).upper()),
        ("pair", "Aadhaar", f"XXXX XXXX {digits(rng, 4)}"),
        ("pair", "Members", str(rng.randrange(2, 8))),
    ]
    receipt = rng.choice([digits(rng, 14), f"{digits(rng, 4)}{code(rng, 2, UPPER)}{digits(rng, 8)}"])
    show_date = rng.random() < 0.9
    rows.append(("pair", page.lab("receipt_no", ["Receipt No", "Txn ID"]), receipt))
    if show_date:
        rows.append(("pair", page.lab("date", "Date"), f"{page.day(paid)} {hour(rng, False)}"))
    rows += [
        ("pair", "Alloc Month", f"{paid:%b-%Y}".upper()),
        ("rule",),
        ("cols", ["Item", "Qty(kg)", "Rate", "Amt"], [0.55, 0.75, 1.0]),
    ]
    total = 0.0
    for name, rate in rng.sample(goods, rng.randrange(2, len(goods) + 1)):
        qty = float(rng.choice([1, 2, 5, 10, 15, 20, 35])) if rate < 10 else float(rng.choice([1, 2]))
        line = round(qty * rate, 2)
        total += line
        rows.append(("cols", [name, f"{qty:.3f}", f"{rate:.2f}", f"{line:.2f}"], [0.55, 0.75, 1.0]))
    total = round(total, 2)
    rows += [
        ("rule",),
        ("pair", page.lab("total", ["Total Amount", "Total", "Amount Paid"]), page.money(total)),
    ]
    if page.native:
        rows.append(("right", page.in_native(total)))
    method = None
    if rng.random() < 0.6:
        printed, method = way(page, rng.choice(["cash", "cash", "UPI"]))
        rows.append(("pair", page.lab("mode", "Payment Mode"), printed))
    if words:
        rows.append(("center", words))
    rows += [("rule",), ("small", "Toll free 1967 / 1800-180-0150")]
    truth = done(shop, total, "INR", receipt, paid if show_date else None, method, status if words else None)
    return rows, truth, dict(ROLL, width=520)


def _milk_card(rng: random.Random, font: str):
    lang = pick_lang(rng, list(MILK))
    brand, script, union, rate = MILK[lang]
    page = Page(rng, font, lang, dash=0.3)
    paid = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 600))
    nxt = (paid.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    litres = rng.choice([0.5, 1.0, 1.5, 2.0])
    days = (((nxt + dt.timedelta(days=32)).replace(day=1)) - nxt).days
    value = round(litres * days * rate, 2)
    top = rng.choice([brand, brand.title()])
    rows: list[tuple] = [
        ("title", top),
        ("center", script),
        ("small", union),
        ("rule",),
        ("center", page.both(page.w["receipt"], "Monthly Milk Card Receipt")),
        ("rule",),
    ]
    number = f"{code(rng, 2, UPPER)}/{digits(rng, 6)}" if rng.random() < 0.5 else digits(rng, 8)
    show_id, show_date = rng.random() < 0.85, rng.random() < 0.9
    if show_id:
        rows.append(("pair", page.lab("receipt_no", ["Receipt No.", "Rcpt No"]), number))
    if show_date:
        rows.append(("pair", page.lab("date", ["Date", "Issue Date"]), page.day(paid)))
    rows += [
        ("pair", "Card No", f"{digits(rng, 2)}-{digits(rng, 6)}"),
        ("pair", "Booth / Zone", f"{digits(rng, 3)} / {rng.randrange(1, 12)}"),
        ("pair", page.lab("name", "Card Holder"), rng.choice(PEOPLE)),
        ("pair", "Card Month", f"{nxt:%B %Y}"),
        ("pair", "Valid", f"{stamp(nxt, page.pat)} - {stamp(nxt.replace(day=days), page.pat)}"),
        (
            "pair",
            "Milk",
            rng.choice(["Toned (Blue)", "Standardised (Green)", "Full Cream (Orange)", "Homogenised"]),
        ),
        ("pair", "Litres / day", f"{litres:g}"),
        ("pair", "Days", str(days)),
        ("pair", "Rate / L", page.money(rate)),
    ]
    rows.append(("pair", page.lab("amount", ["Amount", "Card Amount", "Amount Paid"]), page.money(value)))
    if page.native:
        rows.append(("right", page.in_native(value)))
    kind = rng.choice(["cash", "cash", "UPI", None])
    printed, method = way(page, kind)
    if printed:
        rows.append(("pair", page.lab("mode", "Mode"), printed))
    status, words = paid_words(page, kind, 0.3, "PAID")
    if words:
        rows.append(("center", words))
    rows += [("rule",), ("small", "Card not transferable. Lost cards will not be replaced.")]
    truth = done(top, value, "INR", number if show_id else None, paid if show_date else None, method, status)
    return rows, truth, dict(FORM, width=600)


# ---------------------------------------------------------------- 6 a government hospital's OPD fee slip

HOSPITALS = {
    "HI": ("सफदरजंग अस्पताल", "Safdarjung Hospital", "New Delhi"),
    "MR": ("ससून सर्वोपचार रुग्णालय", "Sassoon General Hospital", "Pune"),
    "TA": ("அரசு ராஜீவ் காந்தி பொது மருத்துவமனை", "Rajiv Gandhi Government General Hospital", "Chennai"),
    "KN": ("ವಿಕ್ಟೋರಿಯಾ ಆಸ್ಪತ್ರೆ", "Victoria Hospital", "Bengaluru"),
    "TE": ("ఉస్మానియా జనరల్ ఆసుపత్రి", "Osmania General Hospital", "Hyderabad"),
    "BN": ("এসএসকেএম হাসপাতাল", "SSKM Hospital", "Kolkata"),
    "GU": ("સિવિલ હોસ્પિટલ", "Civil Hospital", "Ahmedabad"),
}
DEPTS = {
    "HI": ["मेडिसिन", "हड्डी रोग", "नेत्र रोग"],
    "MR": ["औषधवैद्यक", "अस्थिरोग", "नेत्ररोग"],
    "TA": ["பொது மருத்துவம்", "எலும்பு முறிவு", "கண் மருத்துவம்"],
    "KN": ["ಸಾಮಾನ್ಯ ವೈದ್ಯಕೀಯ", "ಮೂಳೆ ಚಿಕಿತ್ಸೆ", "ನೇತ್ರ ವಿಭಾಗ"],
    "TE": ["జనరల్ మెడిసిన్", "ఆర్థోపెడిక్స్", "కంటి విభాగం"],
    "BN": ["মেডিসিন", "অস্থি বিভাগ", "চক্ষু বিভাগ"],
    "GU": ["મેડિસિન", "હાડકાં વિભાગ", "આંખ વિભાગ"],
}
DEPTS_EN = ["Medicine", "Orthopaedics", "Ophthalmology"]
OPD_TITLE = {
    "HI": "ओपीडी पर्ची",
    "MR": "बाह्यरुग्ण विभाग पावती",
    "TA": "புறநோயாளர் சீட்டு",
    "KN": "ಹೊರರೋಗಿ ಚೀಟಿ",
    "TE": "ఓపీ చీటీ",
    "BN": "বহির্বিভাগ টিকিট",
    "GU": "ઓપીડી કેસ પેપર",
}


def opd_slip(rng: random.Random, font: str):
    lang = pick_lang(rng, list(HOSPITALS))
    script, latin, city = HOSPITALS[lang]
    page = Page(rng, font, lang, dash=0.4)
    paid = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 600))
    fee = float(rng.choice([10, 10, 20, 50, 100]))
    extras = [("Lab Charges (CBC)", float(rng.choice([50, 100, 150])))] if rng.random() < 0.3 else []
    value = fee + sum(v for _, v in extras)
    top = rng.choice([latin, latin.upper(), f"{latin}, {city}"])
    rows: list[tuple] = [
        ("title", script),
        ("center", top),
        (
            "small",
            rng.choice(
                [
                    "Government of NCT of Delhi" if lang == "HI" else "Department of Health & Family Welfare",
                    "Dept. of Medical Education",
                ]
            ),
        ),
        ("rule",),
        ("center", page.both(OPD_TITLE[lang], "OPD Registration Slip")),
        ("rule",),
    ]
    uhid = f"{rng.choice(['UHID', 'CR No.', 'MRD No.'])}"
    receipt = rng.choice([digits(rng, 9), f"OPD/{paid.year}/{digits(rng, 6)}", f"R{digits(rng, 8)}"])
    show_id, show_date = rng.random() < 0.85, rng.random() < 0.9
    rows.append(("pair", uhid, digits(rng, rng.choice([10, 12, 14]))))
    rows.append(("pair", "OPD No.", f"{rng.randrange(1, 480)}"))
    if show_id:
        rows.append(("pair", page.lab("receipt_no", ["Receipt No.", "Rcpt. No."]), receipt))
    if show_date:
        rows.append(("pair", page.lab("date", ["Date", "Reg. Date"]), f"{page.day(paid)} {hour(rng, True)}"))
    person = rng.choice(PEOPLE)
    rows += [
        ("pair", page.lab("name", "Patient Name"), person.upper()),
        ("pair", "Age / Sex", f"{rng.randrange(2, 88)} Y / {rng.choice(['M', 'F'])}"),
        ("pair", page.lab("mobile", "Mobile"), mobile(rng, masked_mid=rng.random() < 0.4)),
    ]
    dept = rng.randrange(3)
    rows.append(("pair", "Department", f"{DEPTS[lang][dept]} / {DEPTS_EN[dept]}"))
    rows += [
        ("pair", "Room / Unit", f"{rng.randrange(1, 60)} / Unit {rng.choice(['I', 'II', 'III', 'IV'])}"),
        ("pair", page.lab("fee", ["Registration Fee", "OPD Fee"]), page.money(fee)),
    ]
    for name, v in extras:
        rows.append(("pair", name, page.money(v)))
    if extras:
        rows.append(("pair", page.lab("total", "Total"), page.money(value)))
    kind = rng.choice(["cash", "cash", "UPI", None])
    printed, method = way(page, kind)
    if printed:
        rows.append(("pair", page.lab("mode", "Payment Mode"), printed))
    status, words = paid_words(page, kind, 0.3, "Fee Paid")
    if words:
        rows.append(("center", words))
    rows += [
        ("rule",),
        ("small", f"Valid for 7 days, upto {stamp(after(paid, rng, 6, 6), page.pat)}. Keep this slip."),
        ("small", f"ORS: ors.gov.in  |  Counter {rng.randrange(1, 20)}"),
    ]
    truth = done(top, value, "INR", receipt if show_id else None, paid if show_date else None, method, status)
    return rows, truth, dict(FORM, width=700)


# ---------------------------------------------------------------- 7 an India Post counter receipt

POST_OFFICES = [
    "Pune City H.O. 411002",
    "Lodhi Road H.O. 110003",
    "Jaipur G.P.O. 302001",
    "Lucknow G.P.O. 226001",
    "Bhopal G.P.O. 462001",
    "Patna G.P.O. 800001",
    "Dehradun H.O. 248001",
]


def post_office(rng: random.Random, font: str):
    page = Page(rng, font, "HI", dash=0.0)
    paid = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 600))
    top = rng.choice(["India Post", "INDIA POST", "Department of Posts"])
    rows: list[tuple] = [
        ("title", "भारतीय डाक"),
        ("center", top),
        ("small", rng.choice(POST_OFFICES)),
        ("small", f"Counter No. {rng.randrange(1, 9)}  Operator: {code(rng, 2, UPPER)}{digits(rng, 3)}"),
        ("rule",),
    ]
    service = rng.choice(["speed", "emo", "rd"])
    txn = rng.choice([f"{code(rng, 2, UPPER)}{digits(rng, 10)}", digits(rng, 12)])
    id_label = page.lab("txn", ["Txn ID", "Transaction ID", "Receipt No."])
    if service == "speed":
        article = f"E{code(rng, 1, 'EGLMTUW')}{digits(rng, 9)}IN"
        weight = rng.randrange(20, 2000)
        tariff = float(rng.choice([41, 47, 59, 71, 89, 112, 148, 190]))
        tax = round(tariff * 0.18, 2)
        value = round(tariff + tax, 2)
        rows += [
            ("center", page.both("स्पीड पोस्ट", "Speed Post Booking Receipt")),
            ("rule",),
            ("pair", "Article No.", article),
            ("pair", page.both("वजन", "Weight"), f"{weight} g"),
            ("pair", "To PIN", digits(rng, 6)),
            ("pair", page.both("शुल्क", "Tariff"), page.money(tariff)),
            ("pair", "GST @18%", page.money(tax)),
        ]
        rows.append(("small", f"Expected delivery by {stamp(after(paid, rng, 2, 5), page.pat)}"))
    elif service == "emo":
        sent = float(rng.choice([500, 1000, 2000, 2500, 5000]))
        fee = round(sent * 0.05, 2)
        value = sent + fee
        rows += [
            ("center", page.both("ई-मनीऑर्डर", "eMO Booking Receipt")),
            ("rule",),
            ("pair", "eMO No.", f"{digits(rng, 5)}{code(rng, 1, UPPER)}{digits(rng, 6)}"),
            ("pair", page.both("प्राप्तकर्ता", "Payee"), rng.choice(PEOPLE)),
            ("pair", "Payee PIN", digits(rng, 6)),
            ("pair", page.both("धनादेश राशि", "MO Amount"), page.money(sent)),
            ("pair", page.both("कमीशन", "Commission"), page.money(fee)),
        ]
    else:
        inst = float(rng.choice([100, 200, 500, 1000, 2000]))
        months = rng.choice([1, 1, 2, 3])
        default = round(inst / 100 * (months - 1), 2)
        value = inst * months + default
        rows += [
            ("center", page.both("आवर्ती जमा", "RD Deposit Receipt")),
            ("rule",),
            ("pair", "RD Account No.", digits(rng, 10)),
            ("pair", page.lab("name", "Depositor"), rng.choice(PEOPLE)),
            ("pair", "Denomination", page.money(inst)),
            ("pair", "No. of Months", str(months)),
        ]
        if default:
            rows.append(("pair", "Default Fee", page.money(default)))
        rows.append(("pair", "Next Due Date", stamp(after(paid, rng, 25, 40), page.pat)))
    show_id, show_date = rng.random() < 0.9, rng.random() < 0.9
    rows.append(("rule",))
    if show_id:
        rows.append(("pair", id_label, txn))
    if show_date:
        rows.append(
            (
                "pair",
                page.lab("date", ["Date", "Booking Date", "Txn Date"]),
                f"{page.day(paid)} {hour(rng, False, True)}",
            )
        )
    rows.append(("pair", page.lab("total", ["Total Amount", "Amount Collected", "Total"]), page.money(value)))
    if page.native:
        rows.append(("right", f"{page.w['total']} {page.in_native(value)}"))
    kind = rng.choice(["cash", "cash", "UPI", "card", None])
    printed, method = way(page, kind)
    if printed:
        rows.append(("pair", page.lab("mode", "Payment Mode"), printed))
    status, words = paid_words(page, kind, 0.25, "Transaction Successful")
    if words:
        rows.append(("center", words))
    rows += [
        ("rule",),
        ("small", "Track: www.indiapost.gov.in  |  1800-266-6868"),
        ("center", page.w["thanks"]),
    ]
    truth = done(top, value, "INR", txn if show_id else None, paid if show_date else None, method, status)
    return rows, truth, dict(ROLL, width=540)


# ------------------------------------------------------------- 8 an LIC premium or a bank's counter receipt

BANKS = {
    "MR": ("जनता सहकारी बँक लि.", "Janata Sahakari Bank Ltd., Pune"),
    "GU": ("અમદાવાદ મર્કન્ટાઇલ કો-ઓપ. બેંક લિ.", "Ahmedabad Mercantile Co-op. Bank Ltd."),
    "KN": ("ಕರ್ನಾಟಕ ಗ್ರಾಮೀಣ ಬ್ಯಾಂಕ್", "Karnataka Gramin Bank"),
    "TA": ("தமிழ்நாடு கிராம வங்கி", "Tamil Nadu Grama Bank"),
}
LIC_NAMES = {
    "HI": "भारतीय जीवन बीमा निगम",
    "MR": "भारतीय आयुर्विमा महामंडळ",
    "TA": "இந்திய ஆயுள் காப்பீட்டுக் கழகம்",
    "TE": "భారతీయ జీవిత బీమా సంస్థ",
    "KN": "ಭಾರತೀಯ ಜೀವ ವಿಮಾ ನಿಗಮ",
    "BN": "ভারতীয় জীবন বীমা নিগম",
    "GU": "ભારતીય જીવન વીમા નિગમ",
}


def counter_receipt(rng: random.Random, font: str):
    paid = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 600))
    if rng.random() < 0.6:
        lang = pick_lang(rng, list(LIC_NAMES))
        page = Page(rng, font, lang)
        top = rng.choice(["Life Insurance Corporation of India", "LIFE INSURANCE CORPORATION OF INDIA"])
        premium = amount_of(rng, 1200, 60000, whole=0.2)
        late = round(premium * 0.015, 2) if rng.random() < 0.3 else 0.0
        tax = round(premium * 0.045, 2)
        value = round(premium + late + tax, 2)
        due = before(paid, rng, 0, 40)
        rows: list[tuple] = [
            ("title", LIC_NAMES[lang]),
            ("center", top),
            ("small", f"Branch Office {rng.choice(['8B', '92D', '61C', '7A'])} - Code {digits(rng, 3)}"),
            ("rule",),
            ("center", page.both(page.w["receipt"], "Premium Receipt")),
            ("rule",),
        ]
        number = digits(rng, rng.choice([8, 10]))
        rows += [
            ("pair", page.lab("receipt_no", ["Receipt No.", "Receipt Number"]), number),
            ("pair", "Policy No.", digits(rng, 9)),
            ("pair", page.lab("name", "Name of Assured"), rng.choice(PEOPLE)),
            (
                "pair",
                "Plan / Term",
                f"{rng.choice([914, 936, 945, 814, 736])} / {rng.choice([15, 20, 21, 25])}",
            ),
            ("pair", "Mode", rng.choice(["Yly", "Hly", "Qly", "Mly"])),
            ("pair", "Due (FUP)", f"{due:%m/%Y}"),
            ("pair", "Next FUP", f"{after(due, rng, 90, 365):%m/%Y}"),
            ("pair", "Premium", page.money(premium)),
        ]
        if late:
            rows.append(("pair", "Late Fee", page.money(late)))
        rows.append(("pair", "GST", page.money(tax)))
        rows.append(("pair", page.lab("total", ["Total Amount", "Total Amount Received"]), page.money(value)))
        merchant = top
    else:
        lang = pick_lang(rng, list(BANKS))
        page = Page(rng, font, lang)
        script, latin = BANKS[lang]
        top = latin
        inst = amount_of(rng, 1500, 40000, whole=0.6)
        interest = round(inst * rng.uniform(0.2, 0.5), 2)
        value = round(inst + interest, 2)
        rows = [
            ("title", script),
            ("center", latin),
            ("small", f"Branch: {rng.choice(['Kothrud', 'Navrangpura', 'Dharwad', 'Madurai'])}"),
            ("rule",),
            ("center", page.both(page.w["receipt"], "Loan Instalment Receipt")),
            ("rule",),
        ]
        number = f"{digits(rng, 6)}"
        rows += [
            ("pair", "Scroll No.", number),
            ("pair", "Loan A/c No.", digits(rng, 15)),
            ("pair", page.lab("name", "Borrower"), rng.choice(PEOPLE)),
            ("pair", "Principal", page.money(inst)),
            ("pair", "Interest", page.money(interest)),
            ("pair", page.lab("total", ["Total Amount", "Total"]), page.money(value)),
            ("pair", "Outstanding Balance", page.money(round(inst * rng.uniform(8, 40), 2))),
        ]
        merchant = top
    show_date = rng.random() < 0.9
    if show_date:
        rows.append(("pair", page.lab("date", ["Date", "Receipt Date"]), page.day(paid)))
    if page.native:
        rows.append(("right", page.in_native(value)))
    rows.append(("left", f"{words_in_rupees(value)}"))
    kind = rng.choice(["cash", "cheque", "UPI", "card"])
    printed, method = way(page, kind)
    rows.append(("pair", page.lab("mode", ["Mode of Payment", "Paid by"]), printed))
    status, words = paid_words(page, kind, 0.4, "Received with thanks")
    if words:
        rows.append(("center", words))
    rows += [
        ("rule",),
        ("small", "Subject to realisation of cheque, if any."),
        ("right", f"{page.w['signature']} / Cashier"),
    ]
    truth = done(merchant, value, "INR", number, paid if show_date else None, method, status)
    return rows, truth, dict(SHEET, width=720)


# ------------------------------------------------------------- 9 a panchayat's or municipality's tax receipt

# language: body in the script, in Latin letters, the form's title, tax heads (script, English)
LOCAL_BODIES = {
    "MR": [
        ("ग्रामपंचायत कार्यालय, वाघोली", "Gram Panchayat Wagholi", "Tal. Haveli, Dist. Pune"),
        ("ग्रामपंचायत कार्यालय, शिरोली", "Gram Panchayat Shiroli", "Tal. Hatkanangale, Dist. Kolhapur"),
    ],
    "KN": [("ಗ್ರಾಮ ಪಂಚಾಯಿತಿ ಕಾರ್ಯಾಲಯ, ಹೊಸಕೋಟೆ", "Grama Panchayat Hoskote", "Bengaluru Rural Dist.")],
    "GU": [("ગ્રામ પંચાયત કચેરી, સાણંદ", "Gram Panchayat Sanand", "Ta. Sanand, Dist. Ahmedabad")],
    "HI": [("नगर पालिका परिषद, सीहोर", "Nagar Palika Parishad Sehore", "Dist. Sehore (M.P.)")],
    "TE": [("గ్రామ పంచాయతీ కార్యాలయం, శంషాబాద్", "Gram Panchayat Shamshabad", "Rangareddy Dist.")],
}
TAX_HEADS = {
    "MR": [
        ("घरपट्टी", "House Tax"),
        ("पाणीपट्टी", "Water Tax"),
        ("दिवाबत्ती कर", "Light Tax"),
        ("आरोग्य कर", "Health Tax"),
    ],
    "KN": [("ಆಸ್ತಿ ತೆರಿಗೆ", "Property Tax"), ("ನೀರಿನ ಕರ", "Water Charges"), ("ಬೀದಿ ದೀಪ ಕರ", "Street Light Tax")],
    "GU": [("ઘરવેરો", "House Tax"), ("પાણી વેરો", "Water Tax"), ("સફાઈ વેરો", "Sanitation Tax")],
    "HI": [("संपत्ति कर", "Property Tax"), ("जल कर", "Water Tax"), ("स्वच्छता कर", "Sanitation Tax")],
    "TE": [("ఇంటి పన్ను", "House Tax"), ("నీటి పన్ను", "Water Tax"), ("వీధి దీపాల పన్ను", "Street Light Tax")],
}
TAX_TITLE = {
    "MR": "कर वसुली पावती (नमुना नं. १०)",
    "KN": "ತೆರಿಗೆ ಪಾವತಿ ರಸೀದಿ",
    "GU": "વેરા વસૂલાત પાવતી",
    "HI": "कर जमा रसीद",
    "TE": "పన్ను వసూలు రసీదు",
}
ARREARS = {"MR": "मागील थकबाकी", "KN": "ಹಿಂದಿನ ಬಾಕಿ", "GU": "પાછલી બાકી", "HI": "पिछला बकाया", "TE": "పాత బకాయి"}
CURRENT = {"MR": "चालू मागणी", "KN": "ಪ್ರಸಕ್ತ ಬೇಡಿಕೆ", "GU": "ચાલુ માંગણું", "HI": "चालू मांग", "TE": "ప్రస్తుత డిమాండ్"}


def local_tax(rng: random.Random, font: str):
    lang = pick_lang(rng, list(LOCAL_BODIES))
    script, latin, place = rng.choice(LOCAL_BODIES[lang])
    page = Page(rng, font, lang)
    paid = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 600))
    start = paid.year if paid.month >= 4 else paid.year - 1
    latin_shown = rng.random() < 0.65
    rows: list[tuple] = [("title", script)]
    if latin_shown:
        rows.append(("center", latin))
    rows += [("small", place), ("rule",), ("center", page.both(TAX_TITLE[lang], "Tax Receipt")), ("rule",)]
    number = rng.choice(
        [
            digits(rng, 4),
            f"{rng.randrange(1, 60)}/{digits(rng, 4)}",
            f"{'NP' if lang == 'HI' else 'GP'}/{start}-{(start + 1) % 100:02d}/{digits(rng, 4)}",
        ]
    )
    show_id, show_date = rng.random() < 0.9, rng.random() < 0.9
    if show_id:
        rows.append(("pair", page.lab("receipt_no", ["Receipt No.", "Receipt No"]), number))
    if show_date:
        rows.append(("pair", page.lab("date", "Date"), page.day(paid)))
    rows += [
        (
            "pair",
            page.both(
                "मालमत्ता क्र." if SCRIPT_OF[lang] == "Devanagari" else page.w["consumer"], "Property No."
            ),
            f"{rng.randrange(1, 999)}/{rng.randrange(1, 40)}",
        ),
        ("pair", page.lab("name", "Owner Name"), rng.choice(PEOPLE)),
        ("pair", "Ward No.", str(rng.randrange(1, 18))),
        ("pair", "Year", f"{start}-{(start + 1) % 100:02d}"),
        ("rule",),
        ("cols", ["Head", "Arrears", "Current", "Total"], [0.55, 0.78, 1.0]),
    ]
    total = 0.0
    for word, english in rng.sample(TAX_HEADS[lang], rng.randrange(2, len(TAX_HEADS[lang]) + 1)):
        arrear = float(rng.choice([0, 0, rng.randrange(50, 900)]))
        current = float(rng.randrange(80, 2400))
        total += arrear + current
        name = word if rng.random() < 0.5 else f"{word} / {english}"
        rows.append(
            ("cols", [name, f"{arrear:.2f}", f"{current:.2f}", f"{arrear + current:.2f}"], [0.55, 0.78, 1.0])
        )
    penalty = float(rng.choice([0, 0, round(total * 0.05)]))
    if penalty:
        rows.append(
            ("pair", "Penalty / दंड" if SCRIPT_OF[lang] == "Devanagari" else "Penalty", page.money(penalty))
        )
    total = round(total + penalty, 2)
    rows.append(("rule",))
    rows.append(("pair", page.lab("total", ["Total Amount Paid", "Total Paid", "Total"]), page.money(total)))
    if page.native:
        rows.append(("pair", page.w["amount"], page.in_native(total)))
    rows.append(("left", f"{page.w['words']}: {words_in_rupees(total)}"))
    rows.append(
        (
            "small",
            f"{ARREARS[lang]} / {CURRENT[lang]} {start}-{(start + 1) % 100:02d}: "
            f"{page.w['balance']} {page.money(0.0)}",
        )
    )
    kind = rng.choice(["cash", "cash", "UPI", "cheque", None])
    printed, method = way(page, kind)
    if printed:
        rows.append(("pair", page.lab("mode", "Payment Mode"), printed))
    status, words = paid_words(page, kind, 0.35, "Received with thanks")
    if words:
        rows.append(("center", words))
    rows += [
        ("rule",),
        ("pair", page.both(page.w["signature"], "Tax Clerk" if lang == "HI" else "Gram Sevak / Clerk"), " "),
    ]
    truth = done(
        latin if latin_shown else script,
        total,
        "INR",
        number if show_id else None,
        paid if show_date else None,
        method,
        status,
    )
    return rows, truth, dict(FORM, width=720)


# ---------------------------------------------------------------- 10 a school's fee receipt

SCHOOLS = {
    "MR": [
        ("श्री शिवाजी शिक्षण प्रसारक मंडळ संचलित", "New English School, Kothrud"),
        ("महाराष्ट्र एज्युकेशन सोसायटी संचलित", "Renuka Swaroop Memorial Girls' High School"),
    ],
    "HI": [("सरस्वती शिक्षा समिति द्वारा संचालित", "Saraswati Vidya Mandir Inter College")],
    "GU": [("શ્રી કેળવણી મંડળ સંચાલિત", "Sheth C. N. Vidyalaya")],
    "KN": [("ವಿದ್ಯಾವರ್ಧಕ ಸಂಘ", "Vidyavardhaka Sangha High School")],
    "TA": [("இந்து கல்விச் சங்கம்", "Hindu Higher Secondary School")],
    "BN": [("রামকৃষ্ণ মিশন বিদ্যালয়", "Ramakrishna Mission Vidyalaya")],
}
FEE_HEADS = {
    "MR": [
        ("शिक्षण शुल्क", "Tuition Fee"),
        ("सत्र शुल्क", "Term Fee"),
        ("परीक्षा शुल्क", "Exam Fee"),
        ("संगणक शुल्क", "Computer Fee"),
    ],
    "HI": [("शिक्षण शुल्क", "Tuition Fee"), ("परीक्षा शुल्क", "Exam Fee"), ("विकास शुल्क", "Development Fee")],
    "GU": [("શિક્ષણ ફી", "Tuition Fee"), ("પરીક્ષા ફી", "Exam Fee"), ("કમ્પ્યુટર ફી", "Computer Fee")],
    "KN": [("ಬೋಧನಾ ಶುಲ್ಕ", "Tuition Fee"), ("ಪರೀಕ್ಷಾ ಶುಲ್ಕ", "Exam Fee"), ("ಕ್ರೀಡಾ ಶುಲ್ಕ", "Sports Fee")],
    "TA": [("கல்வி கட்டணம்", "Tuition Fee"), ("தேர்வு கட்டணம்", "Exam Fee"), ("நூலக கட்டணம்", "Library Fee")],
    "BN": [("বেতন", "Tuition Fee"), ("পরীক্ষার ফি", "Exam Fee"), ("উন্নয়ন ফি", "Development Fee")],
}


def school_fee(rng: random.Random, font: str):
    lang = pick_lang(rng, list(SCHOOLS))
    society, school = rng.choice(SCHOOLS[lang])
    page = Page(rng, font, lang)
    paid = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 600))
    start = paid.year if paid.month >= 6 else paid.year - 1
    top = school.upper() if rng.random() < 0.4 else school
    rows: list[tuple] = [
        ("small", society),
        ("title", top),
        (
            "small",
            f"U-DISE No. {digits(rng, 11)}  |  Index No. {digits(rng, 2)}.{digits(rng, 2)}.{digits(rng, 3)}",
        ),
        ("rule",),
        ("center", page.both("फी पावती" if lang == "MR" else page.w["receipt"], "Fee Receipt")),
        ("rule",),
    ]
    number = rng.choice(
        [
            digits(rng, 4),
            f"FR/{start}-{(start + 1) % 100:02d}/{digits(rng, 4)}",
            f"{digits(rng, 2)}{digits(rng, 4)}",
        ]
    )
    show_date = rng.random() < 0.9
    rows.append(("pair", page.lab("receipt_no", ["Receipt No.", "Fee Receipt No."]), number))
    if show_date:
        rows.append(("pair", page.lab("date", "Date"), page.day(paid)))
    rows += [
        ("pair", page.lab("name", "Student Name"), rng.choice(PEOPLE)),
        (
            "pair",
            "Std. / Div.",
            f"{rng.choice(['V', 'VI', 'VII', 'VIII', 'IX', 'X'])} / {rng.choice('ABCD')}",
        ),
        ("pair", "G.R. No.", digits(rng, 5)),
        ("pair", "Roll No.", str(rng.randrange(1, 70))),
        ("pair", "Academic Year", f"{start}-{(start + 1) % 100:02d}"),
        ("rule",),
    ]
    total = 0.0
    for word, english in rng.sample(FEE_HEADS[lang], rng.randrange(2, len(FEE_HEADS[lang]) + 1)):
        v = float(rng.randrange(2, 90) * 50)
        total += v
        rows.append(("pair", word if rng.random() < 0.4 else f"{word} / {english}", page.money(v)))
    late = float(rng.choice([0, 0, 0, 50, 100]))
    if late:
        rows.append(("pair", "Late Fee", page.money(late)))
        total += late
    total = round(total, 2)
    paying = total if rng.random() < 0.7 else float(round(total / 2, -1))
    rows.append(("rule",))
    rows.append(("pair", page.lab("total", "Total Fees"), page.money(total)))
    if paying != total:
        rows.append(("pair", page.lab("amount", ["Amount Paid", "Paid Now"]), page.money(paying)))
        rows.append(("pair", page.lab("balance", "Balance Due"), page.money(total - paying)))
        rows.append(("pair", page.lab("due", "Due Date"), stamp(after(paid, rng, 30, 90), page.pat)))
    if page.native:
        rows.append(("right", page.in_native(paying)))
    rows.append(("left", words_in_rupees(paying)))
    kind = rng.choice(["cash", "UPI", "cheque", "netbanking", None])
    printed, method = way(page, kind)
    ref = None
    if printed:
        rows.append(("pair", page.lab("mode", "Mode of Payment"), printed))
        if kind in ("UPI", "netbanking") and rng.random() < 0.7:
            ref = (
                upi_ref(rng) if kind == "UPI" else f"{rng.choice(['HDFC', 'SBIN', 'ICIC'])}N{digits(rng, 12)}"
            )
            label = "UPI Ref No." if kind == "UPI" else "UTR No."
            rows.append(("pair", label, ref))
    status, words = paid_words(page, kind, 0.35, "Fees received with thanks")
    if words:
        rows.append(("center", words))
    rows += [
        ("rule",),
        ("small", "Fees once paid will not be refunded."),
        ("right", f"{page.w['signature']} / Clerk"),
    ]
    truth = done(top, paying, "INR", ref or number, paid if show_date else None, method, status)
    return rows, truth, dict(SHEET, width=720)


# ------------------------------------------------------------- 11 a UPI app's screen in a regional language

UPI_TEXT = {  # paid to, debited from, UTR label, app's transaction id label, date label, done
    "HI": ("को भुगतान किया", "से डेबिट किया गया", "यूटीआर", "लेनदेन आईडी", "दिनांक और समय", "हो गया"),
    "MR": ("यांना पैसे पाठवले", "खात्यातून वजा", "यूटीआर", "व्यवहार आयडी", "दिनांक आणि वेळ", "पूर्ण"),
    "TA": (
        "க்கு செலுத்தப்பட்டது",
        "இருந்து பற்று வைக்கப்பட்டது",
        "யுடிஆர்",
        "பரிவர்த்தனை ஐடி",
        "தேதி மற்றும் நேரம்",
        "முடிந்தது",
    ),
    "TE": ("కి చెల్లించారు", "నుండి డెబిట్ అయింది", "యూటీఆర్", "లావాదేవీ ఐడి", "తేదీ మరియు సమయం", "పూర్తయింది"),
    "KN": ("ಗೆ ಪಾವತಿಸಲಾಗಿದೆ", "ಇಂದ ಡೆಬಿಟ್ ಆಗಿದೆ", "ಯುಟಿಆರ್", "ವಹಿವಾಟು ಐಡಿ", "ದಿನಾಂಕ ಮತ್ತು ಸಮಯ", "ಮುಗಿದಿದೆ"),
    "BN": ("কে পেমেন্ট করা হয়েছে", "থেকে ডেবিট হয়েছে", "ইউটিআর", "লেনদেন আইডি", "তারিখ ও সময়", "সম্পন্ন"),
    "GU": ("ને ચૂકવણી કરી", "માંથી ડેબિટ થયા", "યુટીઆર", "વ્યવહાર આઈડી", "તારીખ અને સમય", "પૂર્ણ"),
}
UPI_PAYEES = [
    "Sharma Medical Stores",
    "Hotel Annapoorna",
    "Ramesh Kirana",
    "BESCOM",
    "Kumar Auto Works",
    "Sai Krupa Dairy",
    "Lakshmi Tiffin Centre",
    "Anjali Fashions",
    "Ravi Vegetable Vendor",
    "Balaji Mobile Point",
    "Om Sai Xerox",
    "New Bombay Bakery",
]
UPI_EN = {
    "success": ["Payment Successful", "Transaction Successful"],
    "failed": ["Payment Failed", "Transaction Failed"],
    "pending": ["Payment Pending", "Processing"],
}


def upi_regional(rng: random.Random, font: str):
    lang = pick_lang(rng, list(UPI_TEXT))
    page = Page(rng, font, lang, dash=0.0, rupee_word=0.0)
    paid_to, debited, utr_label, app_label, when_label, done_word = UPI_TEXT[lang]
    app = rng.choice(["PhonePe", "BHIM", "Google Pay", "Paytm"])
    paid = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 600))
    value = amount_of(rng, 20, 25000, whole=0.6)
    payee = rng.choice(UPI_PAYEES + PEOPLE)
    bank_handle = rng.choice(["ybl", "okaxis", "oksbi", "paytm", "upi"])
    handle = f"{payee.split()[0].lower()}{rng.randrange(1, 99)}@{bank_handle}"
    status = outcome(rng, (0.45, 0.3, 0.25))
    rows: list[tuple] = [
        ("small", f"{hour(rng, False)}    4G   {rng.randrange(12, 99)}%"),
        ("title", app),
        ("gap",),
        ("center", page.w[status]),
    ]
    if rng.random() < 0.4:
        rows.append(("small", rng.choice(UPI_EN[status])))
    rows.append(("big", page.money(value)))
    rows += [("center", f"{payee} {paid_to}"), ("small", handle), ("rule",)]
    if lang in MONTHS and rng.random() < 0.5:
        when = f"{paid.day} {MONTHS[lang][paid.month - 1]} {paid.year}, {hour(rng, True)}"
    else:
        when = f"{page.day(paid)}, {hour(rng, True)}"
    show_date = rng.random() < 0.9
    if show_date:
        rows.append(("pair", when_label, when))
    utr = upi_ref(rng)
    app_id = rng.choice(
        [
            f"T{paid:%y%m%d}{digits(rng, 15)}",
            f"{code(rng, 4, 'ABCDEFGHJKMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz')}{digits(rng, 8)}",
            f"AXI{code(rng, 29, '0123456789abcdef')}",
        ]
    )
    show_utr = status != "failed" or rng.random() < 0.5
    if show_utr:
        rows.append(("pair", rng.choice([f"{utr_label} / UTR", utr_label, f"UPI {page.w['txn']}"]), utr))
    rows.append(("pair", app_label, app_id))
    bank = rng.choice(IN_BANKS)
    rows += [
        ("left", f"{bank} XX{digits(rng, 4)} {debited}" if rng.random() < 0.5 else f"{bank} {debited}"),
        ("rule",),
        ("center", rng.choice([done_word, "Share", f"{done_word}   |   Share"])),
    ]
    if status == "failed":
        rows.insert(
            -1,
            (
                "small",
                {"HI": "पैसे 3-5 दिनों में वापस आ जाएंगे", "MR": "रक्कम 3-5 दिवसांत परत मिळेल"}.get(
                    lang, "Money will be refunded in 3-5 working days"
                ),
            ),
        )
    truth = done(payee, value, "INR", utr if show_utr else app_id, paid if show_date else None, "UPI", status)
    style = dict(DARK) if rng.random() < 0.25 else dict(SCREEN)
    if style["paper"] == (255, 255, 255) and rng.random() < 0.4:
        style.update(band=rng.choice(BANDS), band_rows=2)
    return rows, truth, style


# ---------------------------------------------------------------- 12 a petrol pump's slip with a Hindi header

FUEL_BRANDS = [
    ("इंडियन ऑयल", "IndianOil"),
    ("भारत पेट्रोलियम", "Bharat Petroleum"),
    ("हिंदुस्तान पेट्रोलियम", "HP"),
    ("नायरा एनर्जी", "Nayara Energy"),
]
DEALERS = [
    "M/S SHREE SAI SERVICE STATION",
    "M/S GURU NANAK FILLING STATION",
    "M/S JAI AMBE PETROLEUM",
    "M/S KRISHNA AUTO FUELS",
    "M/S BALAJI FUEL POINT",
    "M/S NEW HIGHWAY SERVICE CENTRE",
    "M/S MAHALAXMI PETROLEUM",
    "M/S RAJDHANI FILLING STATION",
]
FUEL_WORDS = {
    "success": ["TXN SUCCESS", "APPROVED", "UPI PAYMENT RECEIVED"],
    "failed": ["TXN DECLINED", "DECLINED", "UPI TXN FAILED"],
    "pending": ["TXN PENDING", "AWAITING UPI CONFIRMATION"],
}


def fuel_slip(rng: random.Random, font: str):
    page = Page(rng, font, "HI", dash=0.0, rupee_word=0.2)
    script, brand = rng.choice(FUEL_BRANDS)
    dealer = rng.choice(DEALERS)
    if rng.random() < 0.4:
        dealer = dealer.title().replace("M/S", "M/s").replace("M/S", "M/s")
    paid = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 600))
    product, hindi, rate = rng.choice(
        [
            ("PETROL", "पेट्रोल", rng.uniform(94.5, 108.9)),
            ("DIESEL", "डीजल", rng.uniform(87.5, 95.9)),
            ("XP95", "एक्सपी95", rng.uniform(101.0, 115.0)),
        ]
    )
    rate = round(rate, 2)
    if rng.random() < 0.6:
        value = float(rng.choice([100, 200, 300, 500, 1000, 1500, 2000]))
        volume = round(value / rate, 2)
    else:
        volume = round(rng.uniform(3, 45), 2)
        value = round(volume * rate, 2)
    rows: list[tuple] = [
        ("title", script),
        ("center", rng.choice(["स्वागत है", "आपका स्वागत है"])),
        ("center", dealer),
        ("small", rng.choice(["NH-48, Near Toll Plaza", "Station Road", "Ring Road, Sector 9"])),
        ("small", f"GSTIN {gstin(rng)}"),
        ("rule",),
    ]
    bill = digits(rng, rng.choice([5, 6, 8]))
    show_id, show_date = rng.random() < 0.9, rng.random() < 0.9
    if show_id:
        rows.append(("pair", rng.choice(["RECEIPT NO", "BILL NO", "Receipt No."]), bill))
    rows += [
        ("pair", "FCC ID", f"{digits(rng, 8)}"),
        ("pair", "NOZZLE NO", str(rng.randrange(1, 9))),
        ("pair", page.lab("उत्पाद", "PRODUCT"), f"{product}" if rng.random() < 0.6 else f"{hindi} {product}"),
        ("pair", "RATE (Rs/L)", f"{rate:.2f}"),
        ("pair", "VOLUME (L)", f"{volume:.2f}"),
    ]
    rows.append(("pair", page.lab("amount", ["AMOUNT", "SALE AMT", "AMOUNT (Rs)"]), page.money(value)))
    if page.native:
        rows.append(("right", page.in_native(value)))
    rows.append(("pair", "VEH NO", indian_plate(rng) if rng.random() < 0.7 else "NOT ENTERED"))
    rows.append(("pair", "MOBILE", mobile(rng, masked_mid=True)))
    if show_date:
        rows.append(("pair", page.lab("date", "DATE"), page.day(paid)))
        rows.append(("pair", page.lab("time", "TIME"), hour(rng, False, True)))
    kind = rng.choice(["cash", "cash", "card", "UPI", None])
    printed, method = way(page, kind)
    status = None
    if printed:
        rows.append(("pair", page.lab("mode", "MODE"), printed.upper() if printed.isascii() else printed))
        if kind == "card":
            status = outcome(rng, (0.3, 0.25, 0.0))
            rows.append(("pair", "TID", digits(rng, 8)))
            if status != "failed":
                rows.append(("pair", "APPR CODE", code(rng, 6, ALNUM)))
        elif kind == "UPI":
            status = outcome(rng, (0.35, 0.25, 0.2))
        if status:
            rows.append(("center", rng.choice(FUEL_WORDS[status])))
    rows += [
        ("rule",),
        ("center", "धन्यवाद, पुनः पधारें"),
        ("small", f"Save fuel - {brand} customer care 1800-2333-555"),
    ]
    approval = next((row[2] for row in rows if row[0] == "pair" and row[1] == "APPR CODE"), None)
    txn = approval or (bill if show_id else None)
    truth = done(dealer, value, "INR", txn, paid if show_date else None, method, status)
    return rows, truth, dict(ROLL, width=rng.choice([460, 500]))
