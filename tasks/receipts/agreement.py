"""Two OCR engines' readings of one receipt, field by field: agreement is evidence, disagreement a reason.

``MMJOBS_OCR_ENGINE=both`` reads every receipt with Tesseract and PP-OCRv4. A value both read
the same is more certain than either alone; an id they spell differently (one read ``8``, the
other ``B``) is not guessed: the field is marked as a disagreement and the receipt goes to a
person. Tesseract keeps the spaces PP-OCR drops, so a name both read alike is spelled Tesseract's way.
"""

from __future__ import annotations

import re
from typing import Any

from tasks.receipts.labels import CASE_SENSITIVE, LOST_SPACE, split_word, stray_bracket
from tasks.receipts.parser import page_lines
from tasks.receipts.rules import find_evidence
from tasks.receipts.schema import FIELD_NAMES, FieldValue, ReceiptFields
from tasks.receipts.unknown_labels import still_unknown
from workers.engines.ocr import OcrResult

# fields one engine alone may not carry when the other engine's page does not show the value
STRICT_FIELDS = ("transaction_id", "amount")
DOLLARS = {"USD", "SGD", "AUD", "CAD", "HKD", "NZD"}


def _basis(basis: str | None, how: str) -> str:
    return f"{basis}+{how}" if basis else how


def _compact(value: Any) -> str:
    return re.sub(r"[^0-9a-z]", "", str(value).casefold())


def seen_on(name: str, value: Any, ocr: OcrResult) -> bool:
    """Whether an engine's page shows ``value`` for ``name`` (an id letter for letter)."""
    lines = page_lines(ocr)
    if name == "transaction_id":
        # a case-sensitive id must show in its own case
        fold = (lambda text: text) if CASE_SENSITIVE.search(str(value)) else str.upper
        target = re.sub(r"[^A-Za-z0-9]", "", fold(str(value)))
        return any(target in re.sub(r"[^A-Za-z0-9]", "", fold(line.text)) for line in lines)
    return bool(find_evidence(name, value, lines))


# two words PP-OCR may have run together: a small letter, then a capital and a small one inside one word, or a run of
# capitals longer than most words ("STUDIOSAANJH")
_JOINED = re.compile(r"[a-z][A-Z][a-z]|[A-Z]{10,}")
# a word in a value read as an id ("FreeFire-520Diamonds"): codes are capitals and digits (or lower-case hex)
_WORDS = re.compile(r"[A-Za-z][a-z]{2}")


def _longer_on(name: str, ocr: OcrResult) -> bool:
    """Whether a page prints the name's first two words with more letters run on before the first (not a "to" glued
    to it: "toGODAVARI" is "GODAVARI")."""
    words = re.findall(r"[A-Za-z]{2,}", name)
    if len(words) < 2:
        return False
    pattern = re.compile(rf"([A-Za-z]+){re.escape(words[0])}\W+{re.escape(words[1])}", re.I)
    for line in page_lines(ocr):
        for m in pattern.finditer(line.text):
            if len(re.sub(r"^(?:paid|sent)?to", "", m.group(1), flags=re.I)) >= 2:
                return True
    return False


def _cut_short_on(name: str, ocr: OcrResult) -> bool:
    """Whether a page prints a line that opens with the name on top and runs on in letters: the name's end was lost in
    the reading that gave it ("TAMIL NADU POLLUTION CONTR" where the other engine read "TAMILNADUPOLLUTIONCONTROLBOARD")."""
    own = _compact(name)
    if not own:
        return False
    # (letters straight after it, in the line as printed: "DHBVN" is not cut short by "dhbvn.org.in/online-payment")
    spelled = re.compile(r"[^0-9a-z]*".join(map(re.escape, own)) + r"(?=[a-z]{2})", re.I)
    return any(spelled.match(ln.text.strip()) for ln in page_lines(ocr))


def _case_mended(spelled: str, name: str) -> str:
    """Tesseract's spelling of a name, with PP-OCR's letters in each word whose case Tesseract misread (a small letter
    before a capital: "kHovar HAAT" where PP-OCR read "KHOVAR HAAT")."""
    letters = re.findall(r"[0-9A-Za-z]", name)
    if len(letters) != len(re.findall(r"[0-9A-Za-z]", spelled)):
        return spelled
    out, taken = [], 0
    for word in spelled.split(" "):
        count = len(re.findall(r"[0-9A-Za-z]", word))
        if re.match(r"\W*[a-z][A-Z]", word):
            own = iter(letters[taken:taken + count])
            word = re.sub(r"[0-9A-Za-z]", lambda _m: next(own), word)
        out.append(word)
        taken += count
    return " ".join(out)


def _tesseract_spelling(name: str, ocr: OcrResult) -> str | None:
    """A name the other engine read, as Tesseract's page spells it (its word spaces), where its words hold the same
    letters; None where they differ."""
    words = find_evidence("merchant_name", name, page_lines(ocr))
    spelled = " ".join(w.text for w in words).strip(" :-|,.;_\"'“”‘’")
    if stray_bracket(spelled):
        # a bracket without its partner that PP-OCR, reading the same letters, did not see: Tesseract's mark, not the
        # name's ("ICICI] BANK FASTAG")
        spelled = " ".join(re.sub(r"[()\[\]]", "", spelled).split())
    if stray := "".join(mark for mark in "!|©®•·*°✓✔@" if mark in spelled and mark not in name):
        # ... and so is a "!" or a bar glued to a word that PP-OCR did not read ("TARAKASI! GOLD LOAN DESK"), or a sign
        # made of an avatar or a badge before the name ("© Punjab Hardware Store", "@ kHovar HAAT")
        spelled = " ".join(re.sub(f"[{re.escape(stray)}]", "", spelled).split())
    if "-" not in name:
        # ... and a hyphen it read at a word's end inside the name ("RUDRAKSHI SEERE- MANE")
        spelled = re.sub(r"(?<=\w)-(?=\s)", "", spelled)
    if name.endswith(".") and not spelled.endswith("."):
        spelled += "."  # (the name's own closing dot, which the marks stripped off its words' ends took: "Transport Co.")
    # (not where Tesseract's words leave out an ampersand PP-OCR read: an alert's payee cut after it, "DECCAN WIRE
    # ROPES &")
    if _compact(spelled) == _compact(name) and spelled.count("&") == name.count("&"):
        return _case_mended(spelled, name)
    return None


def reconcile(primary: ReceiptFields, other: ReceiptFields, *, primary_engine: str = "rapidocr",
              other_engine: str = "tesseract", primary_ocr: OcrResult | None = None,
              other_ocr: OcrResult | None = None) -> ReceiptFields:
    """One set of fields from two engines' parses.

    Both read the same value: it stands, surer. They read different values: the field is a
    disagreement (review). Only one read a value: it stands if the other engine's page shows
    it too; an id, amount or date the other page does not show is a disagreement.
    """
    merged: dict[str, FieldValue[Any]] = {}
    disagreements: list[str] = []
    unsure: list[str] = []
    for name in FIELD_NAMES:
        a, b = primary.field(name), other.field(name)
        if a.value is None and b.value is None:
            merged[name] = a
            continue
        if a.value is not None and b.value is not None:
            same = a.value == b.value
            if name == "merchant_name" and not same and _compact(a.value) == _compact(b.value):
                # the same letters: keep the spelling of the engine that keeps word spaces, unless its space splits
                # a word the other reads whole ("Calloway Ridge Wine ry" beside "Calloway Ridge Winery"), or the
                # engine that drops spaces kept one the other lost ("M R Packaging" beside "MR Packaging"): then
                # neither spelling is surely the name
                kept_more = primary_engine == "rapidocr" and str(a.value).count(" ") > str(b.value).count(" ")
                # (nor where one ends the name with a dot the other did not read: a speck read as a truncated name's
                # initial, "NAKSHATRA AVIATION S." beside "NAKSHATRAAVIATIONS", or as an abbreviation's, "RASAYAN
                # IODATES PVT." beside "RASAYANIODATESPVT"; not where both read the name's other dots and one lost
                # the last at the line's end, "PVT. LTD." beside "PVT.LTD")
                one_dot = str(a.value).endswith(".") != str(b.value).endswith(".") and not all(
                    "." in str(value).rstrip(".") for value in (a.value, b.value))
                a = b if primary_engine == "rapidocr" else a
                same = not split_word(str(a.value)) and not kept_more and not one_dot
            if same:
                conf = 1.0 - (1.0 - a.confidence) * (1.0 - b.confidence)
                if name == "merchant_name" and LOST_SPACE.search(str(a.value)):
                    # both spell it alike, but a space may be lost in both ("PretA Manger"): no surer for that
                    conf = min(a.confidence, b.confidence)
                merged[name] = a.model_copy(update={
                    "confidence": round(conf, 3), "evidence": a.evidence + b.evidence,
                    # a rival either engine saw (a second code, date or amount) keeps the field ambiguous
                    "alternatives": list(dict.fromkeys(a.alternatives + b.alternatives)),
                    "basis": _basis(a.basis or b.basis, "engines")})
                continue
            disagreements.append(name)
            merged[name] = a if a.confidence >= b.confidence else b
            continue
        # one engine read a value, the other none: does the other's page show it anyway?
        one, page = (a, other_ocr) if a.value is not None else (b, primary_ocr)
        if name == "currency" and page is not None and page.engine == "rapidocr" and one.value in DOLLARS:
            # PP-OCR reads "$" (it has no ₹, € or £): a dollar it does not see may be a misread rupee sign
            if not seen_on(name, one.value, page):
                disagreements.append(name)
                merged[name] = one.model_copy(update={"confidence": round(one.confidence * 0.85, 3)})
                continue
        reader = primary_engine if a.value is not None else other_engine
        if name == "merchant_name" and one.basis == "header" and reader != "tesseract":
            # a first line taken for the name for its larger type by PP-OCR only: its boxes are detection
            # regions, not glyph extents, so the size it measured is less sure than Tesseract's, which read
            # the same line and did not take it (a city, a heading)
            merged[name] = type(one)()
            unsure.append(name)
            continue
        silent = other if a.value is not None else primary  # the engine that read no value
        # the other engine found the id's label with nothing id-shaped under it, and this value is words, not a code:
        # seeing it elsewhere on the page (an item's name under a stacked "Order number") settles nothing; or it read
        # the name's first word as the end of a longer one ("toGODAVARI SCIENTIFIC DIST" where Tesseract read "VARI |
        # SCIENTIFIC DIST"): its start was lost, whatever else the page shows (or its end: ``_cut_short_on``)
        name_cut = name == "merchant_name" and page is not None and (
            _longer_on(str(one.value), page) or (one.basis == "header" and _cut_short_on(str(one.value), page)))
        if (name == "transaction_id" and name in silent.unreadable and _WORDS.search(str(one.value))) or name_cut:
            disagreements.append(name)
            merged[name] = one.model_copy(update={"confidence": round(one.confidence * 0.85, 3)})
            continue
        seen = page is not None and seen_on(name, one.value, page)
        spelled = _tesseract_spelling(str(one.value), page) if (
            seen and name == "merchant_name" and page is not None and page.engine == "tesseract") else None
        if name == "merchant_name" and reader == "rapidocr" and page is not None and _JOINED.search(str(one.value)) \
                and spelled is None:
            # PP-OCR drops spaces ("KalaKriti Crafts"), and Tesseract, which keeps them, did not read the name, or read
            # it a letter otherwise ("SHRI BALAJ!| EARTHMOV" beside "SHRIBALAJIEARTHMOV"): where its spaces go is unread
            merged[name] = type(one)()
            unsure.append(name)
        elif seen:
            update: dict[str, Any] = {"basis": _basis(one.basis, "seen")}
            if spelled is not None:
                update["value"] = spelled  # the name as Tesseract spells it, with the word spaces PP-OCR drops
            merged[name] = one.model_copy(update=update)
        elif page is not None and name in STRICT_FIELDS:
            disagreements.append(name)
            merged[name] = one.model_copy(update={"confidence": round(one.confidence * 0.85, 3)})
        else:
            merged[name] = one.model_copy(update={"confidence": round(one.confidence * 0.85, 3)})
    unreadable = tuple(n for n in dict.fromkeys(primary.unreadable + other.unreadable + tuple(unsure))
                       if merged[n].value is None)
    settled = ReceiptFields(**merged, unreadable=unreadable, disagreements=tuple(disagreements))
    # a label either engine could not place, unless it is the label of a field the other read (spelled as the
    # primary reads it where both read it)
    def either(one: tuple[str, ...], two: tuple[str, ...]) -> tuple[str, ...]:
        return still_unknown(tuple({_compact(label): label for label in one + two}.values()), settled)

    return settled.model_copy(update={
        "unknown_labels": either(other.unknown_labels, primary.unknown_labels),
        "unknown_labels_for": {name: labels for name in FIELD_NAMES
                               if (labels := either(other.unknown_labels_for.get(name, ()),
                                                    primary.unknown_labels_for.get(name, ())))}})
