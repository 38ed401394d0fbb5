"""Rule-based receipt fields from OCR words: labels, number shapes, keywords and layout.

Every value comes from words on the page and keeps them as evidence; a field with no
supporting words stays ``None``. Hints (currency, locale) only choose between readings
the page already supports. Known Tesseract slips are handled on purpose: ``O``/``o`` for
``0`` and ``l``/``I``/``|`` for ``1`` inside numbers, and the rupee sign (which the
``eng`` model lacks) read as ``%``, ``=``, ``~``, ``¥`` and the like in front of an amount.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from tasks.receipts.schema import (
    Evidence,
    FieldValue,
    PaymentMethod,
    PaymentStatus,
    ReceiptFields,
    ReceiptHints,
)
from workers.engines.ocr import OcrResult, OcrWord

# ---------------------------------------------------------------- page model


@dataclass(frozen=True)
class PageLine:
    """Words on one visual line (left to right) and their text with character offsets."""

    words: tuple[OcrWord, ...]
    text: str
    spans: tuple[tuple[int, int], ...]  # (start, end) of each word in ``text``

    @property
    def height(self) -> float:
        return statistics.median(w.height for w in self.words)

    @property
    def top(self) -> int:
        return min(w.top for w in self.words)

    def words_in(self, start: int, end: int) -> list[OcrWord]:
        return [w for w, (a, b) in zip(self.words, self.spans, strict=True) if a < end and b > start]

    def words_after(self, pos: int) -> list[OcrWord]:
        return [w for w, (a, _) in zip(self.words, self.spans, strict=True) if a >= pos]


def page_lines(ocr: OcrResult) -> list[PageLine]:
    """Group words into visual lines: Tesseract's lines, joined across blocks when they sit side by side.

    Tesseract may split a label and its right-aligned value into separate blocks; those are joined
    when their vertical extents overlap. Within one block Tesseract's own line ids are kept, as they
    survive a deskewed page whose boxes were mapped back onto the tilted original.
    """
    groups: dict[tuple[int, int, int], list[OcrWord]] = {}
    for word in ocr.words:
        if word.text.strip():
            groups.setdefault((word.block, word.paragraph, word.line), []).append(word)
    rows: list[tuple[int, list[OcrWord]]] = []
    for (block, _, _), words in sorted(groups.items(), key=lambda kv: min(w.top for w in kv[1])):
        top = min(w.top for w in words)
        bottom = max(w.top + w.height for w in words)
        best, best_share = None, 0.6
        for row_block, row in rows:
            if row_block == block:
                continue
            r_top = min(w.top for w in row)
            r_bottom = max(w.top + w.height for w in row)
            overlap = min(bottom, r_bottom) - max(top, r_top)
            share = overlap / max(1, min(bottom - top, r_bottom - r_top))
            if share > best_share:  # the row it shares most height with (boxes of a tight layout overlap two)
                best, best_share = row, share
        if best is not None:
            best.extend(words)
        else:
            rows.append((block, list(words)))
    lines = []
    for _, row in sorted(rows, key=lambda r: min(w.top for w in r[1])):
        row.sort(key=lambda w: w.left)
        parts, spans, pos = [], [], 0
        for w in row:
            parts.append(w.text)
            spans.append((pos, pos + len(w.text)))
            pos += len(w.text) + 1
        lines.append(PageLine(tuple(row), " ".join(parts), tuple(spans)))
    return lines


def _evidence(words: Iterable[OcrWord]) -> list[Evidence]:
    return [Evidence(text=w.text, box=w.box, conf=float(w.conf)) for w in words]


def with_rivals(read: FieldValue, rivals: Iterable[object]) -> FieldValue:
    """A field read with more values beside it that may be the one meant (each once, in order): it is then ambiguous."""
    return read.model_copy(update={"alternatives": list(dict.fromkeys([*read.alternatives, *rivals]))})


def _conf(words: Sequence[OcrWord], factor: float = 1.0) -> float:
    if not words:
        return 0.0
    return round(max(0.0, min(1.0, statistics.fmean(w.conf for w in words) / 100.0 * factor)), 3)


# ---------------------------------------------------------------- OCR repairs

_DIGIT_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "D": "0", "Q": "0", "l": "1", "I": "1", "|": "1", "i": "1",
                                   "S": "5", "B": "8"})
_LOOKALIKE_CHARS = set("OoDQlIi|SB")


def fix_digits(token: str) -> str:
    """Read look-alike letters as digits where they sit among digits ("2O25" -> "2025", "l,250" -> "1,250").

    A run of two or more letters ("ORD1234", "Rs") is a word, not a misread digit, and is kept.
    """
    if sum(c.isdigit() for c in token) < 2:
        return token
    out = list(token)
    for i, ch in enumerate(token):
        if ch not in _LOOKALIKE_CHARS:
            continue
        prev_alpha = i > 0 and token[i - 1].isalpha()
        next_alpha = i + 1 < len(token) and token[i + 1].isalpha()
        if prev_alpha or next_alpha:
            continue
        near_digit = any(0 <= j < len(token) and token[j].isdigit() for j in (i - 1, i + 1, i - 2, i + 2))
        if near_digit:
            out[i] = ch.translate(_DIGIT_LOOKALIKES)
    return "".join(out)


# ---------------------------------------------------------------- currency

CURRENCY_CODES = {
    "INR", "USD", "EUR", "GBP", "AED", "SGD", "AUD", "CAD", "JPY", "CNY", "CHF", "SAR", "QAR", "NPR", "LKR",
    "BDT", "PKR", "MYR", "THB", "HKD", "NZD", "ZAR", "KWD", "OMR", "BHD",
    # mobile-money and instant-payment countries' currencies, printed as codes beside the amount
    "GHS", "KES", "NGN", "PHP", "IDR", "MXN", "KRW", "BRL", "VND", "EGP",
    # Europe outside the euro: a total in zloty or crowns is read, and then refused as a currency not taken
    "PLN", "CZK", "HUF", "SEK", "NOK", "DKK", "RON", "ISK",
}
SYMBOL_CURRENCY = {"₹": "INR", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
DOLLAR_CURRENCIES = {"USD", "SGD", "AUD", "CAD", "HKD", "NZD"}
# no US till prints these: Canadian, Australian and Singapore taxes, an ABN, Australia's and New Zealand's EFTPOS,
# Australia's HICAPS (health-fund claims), Canada's Interac
_NON_US_DOLLAR_TAX = re.compile(r"(?<![A-Za-z])(?:GST|HST|PST|QST|ABN|EFTPOS|HICAPS|Interac)(?![A-Za-z])")
# what says a "$" is the US dollar: a US state's code before a ZIP code ("Austin, TX 78701"), or the dollar named
_US_CUE = re.compile(r"\b(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|"
                     r"S[CD]|T[NX]|UT|V[AT]|W[AIVY])\s+\d{5}(?:-\d{4})?\b|\bUSD\b|\bUS\$|\bU\.S\.A?\b|"
                     r"(?i:united\s+states)")
# the letters some issuers print before "$" to say which dollar ("S$", "A$", "HK$"), or its code ("CAD $", "AUD$")
_PREFIXED_DOLLARS = {"S": "SGD", "A": "AUD", "C": "CAD", "NZ": "NZD", "HK": "HKD", "US": "USD",
                     **{code: code for code in DOLLAR_CURRENCIES}}
_PREFIXED_DOLLAR_RE = re.compile(rf"(?<![A-Za-z])({'|'.join(_PREFIXED_DOLLARS)})\s?\$\s*$")
# what Tesseract's eng model prints for a rupee sign it does not know
RUPEE_MISREADS = {"%", "=", "~", "¥", "#", "*", "?", "<", ">", "&", "X", "x", "F", "z", "Z", "¢", "®", "©", "R"}

_RS = r"(?:Rs\.?|Rs\b|INR\b)"
_CODE = r"(?:[A-Z]{3})"
_NUM = r"(?:\d{1,3}(?:,\d{2})*,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2}|,\d{2}(?![\d,]))?"
_NUM_RE = re.compile(rf"(?<![\d,])(?<!\d\.)({_NUM})(?![\d,]|\.\d)")
# (Union Bank of India's alerts print the rupee's letters with a colon: "Debited for Rs:15,500.00")
_MARKER_BEFORE_RE = re.compile(r"(Rs[.:]?|RS[.:]?|INR|[A-Z]{3}|[₹$€£¥%=~#*?<>&¢®©]|(?<![A-Za-z])[XxFzZR])\s*$")
# a currency printed after the amount ("37.48 USD", "167,55€", as euro-area tills print it)
_CODE_AFTER_RE = re.compile(r"^\s*([A-Z]{3}\b|[€£₹])")

# a French total before tax ("Total HT", "hors taxes"), an Indian invoice's "Taxable value", an insurer's "Basic
# premium" under which its GST is added: a subtotal
_BEFORE_TAX = r"\bht\b|hors\s*tax|\btaxable\b|\bbasic\s*premium\b"
# a tax, also where OCR runs it into its rate or a "Sales" before it ("Salestax6%on total")
# (not a tax page's own sum: "Tax paid Rs.5,700" under the road tax and its cess)
_TAX = r"(?:(?<![a-z])|(?<=sales))tax(?![a-z])(?!\s*paid\b)"
# what an amount with a currency marker after a reference ("UPI/6148.../ INR 1,536.00") still is not
# the euro area's VAT words, and a wallet's or account's balance in French, Spanish, Italian, Dutch and German
_VAT_ABROAD = r"mwst|\bust\b|\biva\b|\btva\b|\bbtw\b|steuer"
_BALANCE_ABROAD = r"\bsolde\b|\bsaldo\b|kontostand"
# a cap, never a sum paid: a delegation's or credit line's limit, a mandate's maximum, "payments up to Rs.1,000"
# (never a bare "Max": a brand, "Max Fashion", "Max Life")
# (and a loan's sanctioned sum, of which one disbursement is paid: "Sanctioned Amount Rs 750,000")
_CAP = r"\blimits?\b|\bmaximum\b|\bmax\.?\s*(?:amount|amt|limit|debit)\b|\bup\s*to\b|\bsanction(?:ed)?\b"
# a sum of every payment so far, this one's among them ("Total disbursed till date INR 3,61,300")
_SO_FAR = r"\btill\s*date\b|\bto\s*date\b|\bso\s*far\b|\bcumulative\b"
# what a sum's label may say and still never be this payment's: a cap, or every payment so far
_NOT_THIS_PAYMENT = _CAP + "|" + _SO_FAR
_NOT_AMOUNT_EVEN_MARKED = re.compile(
    r"sub\s*-?\s*total|\bmrp\b|" + _TAX + r"|\bgst\b|\bvat\b|\bcgst\b|\bsgst\b|\bcess\b|discount|balance(?!\s*due)|change|"
    r"tendered|\bavl\b|\bavail\w*|\bbal\b|"
    r"cashback|qty|rate|\bitems?\b|" + _VAT_ABROAD + "|" + _BALANCE_ABROAD + "|" + _BEFORE_TAX + "|" + _NOT_THIS_PAYMENT,
    re.I)


@dataclass
class _Amount:
    value: Decimal
    line: PageLine
    start: int
    end: int
    marker: str | None
    marker_start: int
    score: float
    label: str | None


_RECEIVED_LABEL = r"(?:amount\s*|total\s*|sum\s*)?received"
# an insurer's total: its premium with the GST added, a total label although it names a tax
_PREMIUM_WITH_TAX = r"premium\s*(?:with|incl\w*\.?|including)\s*(?:gst|tax\w*)|gross\s*premium|premium\s*(?:payable|paid)"
_TOTAL_LABELS = [
    (r"grand\s*total", 14), (r"(?:balance|amount|total)\s*due", 14), (r"order\s*total", 13), (r"amount\s*paid|paid\s*amount", 13), (r"kul\s*rashi", 13), (r"net\s*amount", 12),
    # a counter's receipt: the sum taken ("Received Rs 20,400" under "Total Fee Rs 24,000" and a scholarship taken off;
    # not at a till that gives change, where it is the cash handed over: ``_GIVES_CHANGE``)
    (_RECEIVED_LABEL, 13),
    # a transaction's own sum ("TXN AMOUNT", "Transaction Amount", an EMI slip's "EMI TXN AMT"; not a slip's "SALE AMT",
    # which a tip or a surcharge adds to)
    (r"(?:txn|transaction)\s*(?:amount|amt)", 12),
    (r"(?:amount|net)\s*(?:\w+\s*)?payable", 12), (r"total\s*amount", 12), (r"total\s*paid", 12), (r"total", 11),
    (r"to\s*pay", 12),
    # what an order still costs at the door ("To be paid on delivery 3,142" under "Items total 3,014")
    (r"to\s*be\s*paid|(?:pay(?:able)?|collect(?:ed)?)\s*on\s*delivery", 14),
    # (an insurer's or TPA's advice: "Net Paid to Hospital" under the approved amount and the tax deducted)
    (r"net\s*paid", 13),
    # (a platform's weekly payout to a fleet or a seller: "Net payout" under the fares, fees, tax and cash kept)
    (r"net\s*payout", 13),
    # (a payslip's "Net Pay Rs 17,276" under its earnings and the "Total Deductions" taken off them)
    (r"net\s*(?:pay|salary|wages?)\b(?!\s*able)", 13),
    # (a payer's advice: "Net payment released", "Net remittance", "Amount credited to vendor" under the bills and
    # what was taken off them)
    (r"net\s*(?:payment|remittance|credited)|amount\s*credited(?!\s*back)", 13),
    # ("Premium with GST 11,115.56" under the "Basic premium" and its cover add-ons, each marked with a rupee)
    (_PREMIUM_WITH_TAX, 12),
    (r"paid", 9), (r"amount", 10), (r"rashi", 10), (r"amt", 9),
    # the euro area's: German, Italian, French, Spanish
    (r"(?:zu\s*zahlen|gesamtbetrag|endbetrag|importo\s*totale|totale|total\s*ttc|importe\s*total|summe)", 12),
    (r"(?:gesamt|importo|montant|importe|betrag)", 10),
    # French, Dutch: the sum with its taxes, the sum to pay, a till's total
    (r"(?:montant\s*ttc|net\s*[àa]\s*payer|te\s*betalen)", 12), (r"totaal", 11),
]
# the account a payment came from ("Paid from Axis Bank - 6001"): no sum paid; nor is the day it was paid on ("Paid on
# Wed, 28 0ct 2026")
_PAID_FROM_OR_ON = r"(?:paid|debited|pay(?:ing)?)\s*from|\bpaid\s*on\b(?!\s*delivery)"
# a workshop's subtotals by kind ("Parts total", "Labour total"; PP-OCR's "Labourtotal")
_WORKSHOP_SUBTOTAL = r"\bparts|\blabou?r|\bspares"
_NOT_TOTAL = re.compile(
    # (a bill's "Total MRP", its list prices before the discounts under it)
    r"sub\s*-?\s*total|\bmrp\b|" + _TAX + r"|\bgst\b|\bvat\b|\bcgst\b|\bsgst\b|discount|bill\s*no|invoice\s*no|\bref\b|"
    r"\btxn\b(?!\s*(?:amount|amt)\b)|transaction(?!\s*(?:amount|amt)\b)|order|\bid\b|a/c|account|card|auth|\bcode\b|\bno\b[.:]|phone|\bph\b|mob|gstin|"
    r"shop\s+\d|qty|rate|change|tendered|balance|\bavl\b|\bavail\w*|\bbal\b|cashback|\bitems?\b|utr|upi|litres?|\bltr|"
    + _WORKSHOP_SUBTOTAL + r"|\bdeductions\b|"
    + _VAT_ABROAD + "|" + _BALANCE_ABROAD + "|" + _BEFORE_TAX + "|" + _PAID_FROM_OR_ON + "|" + _NOT_THIS_PAYMENT,
    re.I,
)


# what marks a page as Indian besides a rupee sign: Rs/INR, GST, UPI, paise, lakh grouping ("1,23,456")
_RUPEE_CUE = re.compile(r"₹|(?<![A-Za-z])(?:Rs\.?|INR|GST(?:IN)?|UPI|paise)(?![A-Za-z])|\d,\d\d,\d{3}", re.I)


def indian_page(lines: list[PageLine]) -> bool:
    """Whether anything on the page marks it as Indian: a rupee, GST, UPI, paise or lakh grouping."""
    return any(_RUPEE_CUE.search(line.text) for line in lines)


def _places(*names: str) -> str:
    """Place names as a pattern that OCR running them into a number ("Colombo03") still matches."""
    return r"(?<![a-z])(?:" + "|".join(names) + r")(?![a-z])"


# the rupees of Pakistan, Sri Lanka, Nepal and Mauritius are printed "Rs" too: a page naming one of them (its
# code, its country or a large city of it, a Pakistani CNIC or a wallet of its own) does not say the Indian
# rupee for sure
_OTHER_RUPEES = {
    "PKR": re.compile(r"\bPKR\b|pakistan|\bCNIC\b|\bjazz\s*cash\b|\beasy\s*paisa\b|\braast\b|\bPK(?:\d\d|\*\*)|"
                      + _places("karachi", "lahore", "islamabad", "rawalpindi", "faisalabad", "peshawar",
                                "multan"), re.I),
    "LKR": re.compile(r"\bLKR\b|\blanka|\bceylon\b|\bez\s*cash\b|\bm-?cash\b|"
                      + _places("colombo", "kandy", "galle", "jaffna", "negombo", "kurunegala"), re.I),
    "NPR": re.compile(r"\bNPR\b|\bnepal|\besewa\b|\bkhalti\b|"
                      + _places("kathmandu", "lalitpur", "pokhara", "bhaktapur", "biratnagar"), re.I),
    "MUR": re.compile(r"\bMUR\b|mauritius|" + _places(r"port\s*louis", "curepipe"), re.I),
}


def _currency_of_marker(marker: str | None, hints: ReceiptHints | None) -> tuple[str | None, float]:
    """The currency a marker in front of (or after) an amount stands for, and how sure we are."""
    if marker is None:
        return None, 0.0
    m = marker.strip().rstrip(".:")
    if m in {"Rs", "RS", "INR", "₹"}:
        return "INR", 1.0
    if m == "$":
        if hints and hints.currency in DOLLAR_CURRENCIES:
            return hints.currency, 0.9
        return "USD", 0.85
    if m in {"€", "£"}:
        return SYMBOL_CURRENCY[m], 1.0
    if m in CURRENCY_CODES:
        return m, 1.0
    if m in RUPEE_MISREADS:
        if hints and hints.currency and hints.currency != "INR":
            return None, 0.0
        return "INR", 0.7
    return None, 0.0


def amount_text(line: PageLine) -> str:
    """The line with digit look-alikes fixed; same length as ``line.text`` so word offsets still hold."""
    text = " ".join(fix_digits(w.text) for w in line.words)
    # Tesseract sometimes puts a space before the decimal point ("54625 .00", "Rs .54,625")
    text = re.sub(r"(\d) \.(\d{1,2})\b", r"\1.\2 ", text)
    text = re.sub(r"\bRs \.(?=\d)", "Rs. ", text)
    # "70, 944.00": a grouped number split by a stray space (same length: the space moves to the end)
    text = re.sub(r"(?<![\d,])(\d{1,3}), (\d{2,3}(?:,\d{2,3})*(?:\.\d{1,2})?)(?![\d,])", r"\1,\2 ", text)
    return fix_grouping_dots(_EUROPEAN_NUMBER.sub(_western, text))


# "1.234,56" (dots group the thousands, a comma before the cents: most of the euro area) and "1 234,56" (spaces
# group them: France, Poland, the Nordics). Read as "1.234" or "234,56" they would be wrong amounts, so they are
# written the way the rest of the reader takes numbers ("1,234.56", same length). A count before a price ("Qty
# 2 150,00", "x 3 450,00") is not a thousands group.
_EUROPEAN_NUMBER = re.compile(
    r"(?<![\d.,])(?<!\bqty )(?<!\bx )(?<!× )\d{1,3}(?:(?:\.\d{3})+|(?: \d{3})+),\d{2}(?![\d.,])", re.I)


def _western(match: re.Match[str]) -> str:
    """ "1.234,56" or "1 234,56" written "1,234.56" (same length)."""
    return match.group(0).replace(",", "#").replace(".", ",").replace(" ", ",").replace("#", ".")


def decimal_of(number: str) -> Decimal | None:
    """A number as ``amount_text`` writes it ("1,234.56", "43,00") as a sum; None where it is none."""
    if re.search(r"(?<!,\d\d),\d{2}$", number):  # "43,00": a decimal comma (grouping always ends in three digits)
        number = number[:-3] + "." + number[-2:]
    try:
        return Decimal(number.replace(",", ""))
    except InvalidOperation:
        return None


# "6.187.13", "7.95.414.83": grouping commas PP-OCR read as dots on a blurred page. The group before the
# decimals has three digits, which no date ("05.03.25") and no price in cents has.
_DOTTED_GROUPS = re.compile(r"(?<![\d,])(?<!\d\.)\d{1,3}(?:\.\d{2,3})*\.\d{3}(?=\.\d{2}(?![\d.,]))")


def fix_grouping_dots(text: str) -> str:
    """Grouping dots read for commas put back as commas (same length)."""
    return _DOTTED_GROUPS.sub(lambda m: m.group(0).replace(".", ","), text)


# where two words OCR glued together meet, by their capitals ("TotalAmountPaid", "AxisBank", "EMIAmount")
CAMEL_JOIN = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


# a price per period after a sum ("/month", "per month", "a year", "/mo")
_PER_PERIOD = re.compile(r"\s*(?:[A-Z]{3}\s*)?(?:/|\bper\b|\ba\b|\beach\b)\s*(?:month|mo|mth|year|yr|annum|week|wk|day)\b",
                         re.I)


_PAID_VIA = re.compile(r"\bpaid\s*(?:via|by|using|with|through|from)\b", re.I)
_DURATION = re.compile(r"\s*(?:working|business|banking|days?|hours?|hrs?|minutes?|mins?|weeks?)\b", re.I)


# a card sale turned into instalments at the till ("EMI SALE", "BANK EMI", "Brand EMI", "EMI conversion"): the sum
# charged is the sale's; its monthly instalment, interest and total payable are the issuer's loan terms, owed later
_CARD_EMI = re.compile(r"\b(?:emi\s*(?:sale|txn|conversion)|(?:bank|brand|card)\s*emi)\b", re.I)
_EMI_TERMS = re.compile(r"\bemi\b(?!\s*(?:txn|transaction|sale)\b)|payable|interest|\broi\b|monthly|instal+ment", re.I)


def _find_amounts(lines: list[PageLine], median_height: float) -> list[_Amount]:
    found: list[_Amount] = []
    gives_change = any(_GIVES_CHANGE.search(line.text) for line in lines)
    card_emi = any(_CARD_EMI.search(line.text) for line in lines)
    for li, line in enumerate(lines):
        fixed = amount_text(line)
        if re.search(r"\d{1,2}:\d{2}", fixed) and not re.search(r"total|amount|paid|rashi", fixed, re.I):
            time_line = True
        else:
            time_line = False
        for m in _NUM_RE.finditer(fixed):
            raw = m.group(1)
            start, end = m.span(1)
            # drop the digits of dates, times, ids, card masks and percentages
            before, after = fixed[:start], fixed[end:]
            if re.search(r"\d:$", before):
                continue  # the minutes of a time ("Paid on 08.06.26 7:58 AM")
            if re.match(rf"[\s\-/.]*{_MONTH_WORD}[\s\-/.,'’]*\d", after, re.I) or (
                    (len(raw) <= 2 or re.fullmatch(r"(?:19|20)\d\d", raw))
                    and re.search(rf"{_MONTH_WORD}[\s\-/.'’]*$", before, re.I)):
                # the day or year of a date with the month's name ("Paid on 12-Jun-26", "Jun 12", "Jun 2026", PhonePe's
                # "20 Jul '26")
                continue
            if re.search(r"[/\-:.]$", before) and not re.search(r"(R[Ss]\.|[:]\s*)$", before[-3:]):
                # a debit's minus sign opening the line ("-87,86 €") is no date's or range's dash
                if not re.search(r"[:]$", before) and not re.fullmatch(r"\s*-", before):
                    continue
            if re.match(r"^[/\-:]\d|^\s*%|^[A-Za-z]", after) or re.search(r"[A-Za-z@]$", before):
                # a code, or a rupee sign misread as a letter that opens the line ("F10.00", an app's headline)
                if not re.search(r"(Rs\.?|INR|[A-Z]{3})$", before) and not (
                        re.fullmatch(r"\W*[XxFzZR]", before) and re.search(r"[.,]\d{2}$", raw)
                        and not re.match(r"\s*[A-Za-z]", after)):
                    continue
            if re.search(r"\d[,.]\s?$", before):
                continue  # the tail of a number split by OCR: never read it as a whole amount
            if re.match(r"\s+[,.]\s?\d{2}", after):
                continue  # ... or its head, split before a grouping mark ("Rs 29 ,29 {e} 5"): no whole amount either
            digits_only = raw.replace(",", "").split(".")[0]
            if len(digits_only) > 9:
                continue
            if re.search(r"(\*{2,}|X{2,}|[·•…][\s·•.…]*|\.{2,}[\s·•.…]*)\s*$", before):
                # a card's or account's last digits after its mask ("**** 4807", "Credit Card ··.·4807", "icici·3892")
                continue
            if re.search(r"\*\s*$", before) and re.fullmatch(r"\d{4}", raw) and _ACCOUNT_LINE.search(before):
                continue  # an account's last digits after a one-star mask ("From Central Bank *1491"), no sum
            if re.search(r"\b(?:RON|octane)\s*$", before, re.I) and re.fullmatch(r"\d{2,3}", raw):
                continue  # a fuel's grade ("E5 RON 92", "Octane 95"), not a sum in Romanian lei
            if re.search(r"\b(?:plate|vehicle\s*no)\b\W*(?:[A-Z]{1,3}\W*)?$", before, re.I):
                continue  # a vehicle's plate, its letters or a glyph OCR made of them ("PLATE ₹ 48334")
            following = after if after.strip() or li + 1 == len(lines) else " " + lines[li + 1].text
            if _DURATION.match(following) and not re.search(r"(?:Rs\.?|INR|[₹$€£])\s*$", before):
                continue  # a time it takes ("reversed within 5 working days", "check after 2 hrs"), not a sum
            if _PER_PERIOD.match(after):
                continue  # a plan's price per period ("then EUR 8.99/month", "₹199 per month"), not a sum paid
            if re.search(r"\b1\s*[A-Z]{3}\s*=\s*(?:[A-Z]{3}|Rs\.?|[₹$€£])?\s*$", before):
                continue  # an exchange rate's price of one unit ("1 USD = INR 85.6"), not a sum paid
            if re.match(r"\s*[A-Z]{3}\s*=\s*(?:[A-Z]{3}|Rs\.?|[₹$€£])?\s*\d", after):
                continue  # ... nor its unit ("1 USD =")
            value = decimal_of(raw)
            if value is None:
                continue
            marker = None
            marker_start = start
            mb = _MARKER_BEFORE_RE.search(before)
            if mb and mb.group(1) == "#" and re.search(r"[A-Za-z.\d]\s?#\s*$", before):
                # a number sign after its label or another number ("Sale# 684552", "Platform 3 #92404"), not a
                # rupee read as "#"
                mb = None
            if mb and mb.group(1) == "%" and re.search(r"\d\s?%\s*$", before):
                mb = None  # a rate's percent sign ("PDV 20,00% 206,66"), not a rupee read as "%"
            if mb and (mb.group(1) in {"Rs", "Rs.", "Rs:", "RS", "RS.", "RS:", "INR"} or mb.group(1) in CURRENCY_CODES
                       or len(mb.group(1)) == 1):
                # a lone letter counts (as a misread rupee sign) glued to the number, or after a total label
                lone_letter = len(mb.group(1)) == 1 and mb.group(1).isalpha()
                labelled = re.search(r"total|amount|paid|rashi|payable", before[: mb.start(1)], re.I)
                if lone_letter and mb.end(1) != start and not labelled and before[: mb.start(1)].strip():
                    pass
                elif re.fullmatch(r"[A-Z]{3}", mb.group(1)) and mb.group(1) not in CURRENCY_CODES:
                    pass
                else:
                    marker = mb.group(1)
                    marker_start = mb.start(1)
                    # "S$ 18.30": a dollar the page names, not the US one (read on the text as printed: the
                    # digit fix reads the S of "S$" as a 5)
                    prefixed = marker == "$" and _PREFIXED_DOLLAR_RE.search(line.text[:start])
                    if prefixed:
                        marker, marker_start = _PREFIXED_DOLLARS[prefixed.group(1)], prefixed.start(1)
            if marker is None:
                ma = _CODE_AFTER_RE.match(after)
                if ma and (ma.group(1) in CURRENCY_CODES or ma.group(1) in SYMBOL_CURRENCY):
                    marker = ma.group(1)
            # words OCR glued together are split where their capitals show ("TotalAmountPaid", "EMIAmount")
            label_text = CAMEL_JOIN.sub(" ", before[:marker_start] if marker else before)
            if re.search(r"points?\b|\bpts\b|miles\b", label_text, re.I):
                continue  # a loyalty balance ("Total points: 424") is no money, whatever its label
            if _PAID_BEFORE.search(label_text):
                continue  # a part paid before, taken off the total ("Less: Advance paid earlier 29,000"): not paid now
            if card_emi and _EMI_TERMS.search(label_text):
                continue  # an EMI slip's "EMI AMOUNT" or "TOTAL PAYABLE": what the card's loan will cost, not the sale
            if _OWED_AROUND_THE_PAYMENT.search(label_text):
                continue  # what a ledger says was owed before this payment or is owed after it: not this payment
            if _REWARD.search(line.text) or (_OFFER.search(line.text) and not _total_label(label_text)):
                # a reward ("You won ₹35.00 cashback!", "Win up to ₹500") or an offer's terms ("Offer valid on
                # payments above Rs.100", "Min. recharge ₹199"), not what was paid
                continue
            stacked_over = lines[li - 1].text if li and not label_text.strip() else ""
            if stacked_over and not re.search(r"\d", stacked_over) and _NOT_AMOUNT_EVEN_MARKED.search(stacked_over):
                continue  # alone under a label of what is never the amount ("Avl Bal" over "Rs.7,090.58")
            label = None
            score = 0.0
            if (found_label := _total_label(label_text, skip=_RECEIVED_LABEL if gives_change else None)) \
                    and not _PAID_VIA.search(label_text):
                # (not "paid via icici ··3892": a label of the way paid, over an account's or card's last digits)
                label, score = found_label[0], float(found_label[1])
            strong_marker = marker is not None and marker not in RUPEE_MISREADS
            narration_only = strong_marker and not _NOT_AMOUNT_EVEN_MARKED.search(label_text)
            # (a balance paid or received is a payment: "Balance Received Rs 60,000" under the order's total)
            if _NOT_TOTAL.search(label_text) and not narration_only and not _BALANCE_PAID.search(label_text) \
                    and label not in {r"grand\s*total", r"amount\s*paid|paid\s*amount", r"kul\s*rashi", r"(?:balance|amount|total)\s*due",
                                      _PREMIUM_WITH_TAX}:
                # (a limit or a balance is none whatever its label says: "Total Credit Limit INR 2,00,000.00", "Total
                # Avail.bal INR 132,888.75")
                if label is None or re.search(r"sub\s*-?\s*total|\bmrp\b|tax|gst|\bbtw\b|discount|balance|\bavl\b|\bavail\w*|"
                                              r"\bbal\b|" + _WORKSHOP_SUBTOTAL + "|" + _BEFORE_TAX + "|" + _PAID_FROM_OR_ON + "|" + _NOT_THIS_PAYMENT,
                                              label_text, re.I):
                    continue
            if label is None and li > 0 and not before.strip() and re.fullmatch(
                r"\s*(grand\s*total|total(\s*amount)?|amount(\s*paid)?|kul\s*rashi|rashi|net\s*amount)\s*:?\s*",
                lines[li - 1].text, re.I,
            ):
                label, score = "above", 9.0
            if time_line and label is None and marker is None:
                continue
            if marker is not None:
                score += 6.0 if marker not in RUPEE_MISREADS else 4.0
            if "." in raw or "," in raw:
                score += 1.0
            score += 3.0 * min(2.5, line.height / median_height)
            if label is None and marker is None:
                score -= 8.0  # a bare number is most likely a line item
            found.append(_Amount(value, line, start, end, marker, marker_start, score, label))
    return found


# a till's change handed back with a sum ("Change Rs 500.00", "Balance Returned 500"): a sum "received" there is the
# cash tendered, not the sum paid
_GIVES_CHANGE = re.compile(r"\b(?:change(?:\s*due)?|balance\s*returned|returned\s*to\s*customer)\b\W*(?:Rs\.?|INR|₹)?\s*\d",
                           re.I)


# a part of the bill paid before this payment, taken off its total
_PAID_BEFORE = re.compile(r"\bless\s*:|\b(?:paid|received)\s*(?:earlier|before|previously)\b|"
                          r"\b(?:already|previously)\s*(?:paid|received)\b", re.I)
# (a word between too: a transporter's "Balance freight received" after the advance its driver took)
_BALANCE_PAID = re.compile(r"\bbalance\s*(?:(?!not\b)[a-z]+\s+)?(?:paid|received|collected)\b", re.I)
# a supplier's ledger around a payment ("You owe (before)", "Due before payment", "Balance due now", "Remaining
# balance"; a bill's own "Balance due" is its total)
# (not a bill's "Amount due after due date", which may be the sum it is paid with)
_OWED_AROUND_THE_PAYMENT = re.compile(r"\b(?:owe|outstanding)\W*(?:before|after)\b|\b(?:before|after)\s*(?:this\s*)?payment\b|"
                                      r"\bbalance\s*(?:due\s*)?(?:now|after)\b|\b(?:due|outstanding)\s*now\b|"
                                      r"\bremaining\s*(?:balance|due)\b", re.I)
# what a bill still owes after a part payment ("Balance Due Rs 40,000" under the advance's "Amount Rs 8,000")
_STILL_OWED = re.compile(r"\bbalance\s*(?:due|payable|outstanding)\b", re.I)


# a reward the payment earned or may earn: its sum is no sum paid
_REWARD = re.compile(r"\byou\s*(?:have\s*)?(?:won|earned)\b|\bwin\s*(?:up\s*to|upto)|\bscratch\s*card\b|"
                     r"\bcash\s*-?\s*back\s*(?:earned|won|credited|received)\b|\bearn\b.*\bback\b", re.I)


# a line naming the account or card paid from, whose last digits follow a mask
# (an "A/c" Tesseract read with its slash as a letter: "Alc *4352 Debited for …")
_ACCOUNT_LINE = re.compile(r"\bbank\b|\ba[/l1|]?c\b|account|\bcard\b|\bfrom\b|debited", re.I)
_OFFER = re.compile(r"\boffers?\b|\bvalid\s*(?:on|till|until|for)\b|\b(?:payments?|orders?|transactions?|spends?)\s*"
                    r"(?:above|over|of\s*(?:at\s*least|min))\b|\bmin(?:imum)?\.?\s*(?:order|recharge|payment|spend|"
                    r"transaction|purchase)\b", re.I)


# a sum OCR broke with a stray mark between its digits ("INR 8-40.00", "Rs 1 '250.00"), or with a gap before a grouping
# comma ("INR 1,66 ,347.80"), nothing else after its label
_BROKEN_SUM = re.compile(r"^\W*(?:Rs\.?|INR|[A-Z]{3}|[₹$€£])?\s*(\d[\d,]*)(?:[-'`~\s]|\s,)(\d[\d,]*[.,]\d{2})\W*$")


def _broken_sums(lines: list[PageLine], best: _Amount) -> list[Decimal]:
    """Sums OCR broke under a total label stronger than the chosen sum's ("Net Payable INR 8-40.00" below
    "Gross Amount 1,050.00"): what was paid may be that sum, so the chosen one is not sure."""
    chosen = dict(_TOTAL_LABELS).get(best.label or "", 0)
    out = []
    for line in lines:
        text = CAMEL_JOIN.sub(" ", line.text)
        if (found := _total_label(text)) is None:
            continue
        _, weight, m = found
        broken = _BROKEN_SUM.match(text[m.end():])
        # (a balance paid or received is a payment: "Balance received" under the invoice's total)
        if weight > chosen and broken and (not _NOT_TOTAL.search(text[: m.end()]) or _BALANCE_PAID.search(text)):
            out.append(decimal_of(broken.group(1).replace(",", "") + broken.group(2)))
    return [value for value in out if value is not None and value != best.value]


def _total_label(text: str, *, skip: str | None = None) -> tuple[str, int, re.Match[str]] | None:
    """The first total label of ``_TOTAL_LABELS`` in ``text`` (but ``skip``): its pattern, weight and where it is."""
    for pattern, weight in _TOTAL_LABELS:
        if pattern == skip:
            continue
        if m := re.search(rf"\b{pattern}\b", text, re.I):
            return pattern, weight, m
    return None


def _rest_of_line(amount: _Amount) -> str:
    """The text of an amount's line around it and its currency mark."""
    return amount.line.text[: amount.marker_start if amount.marker else amount.start] + amount.line.text[amount.end:]


def _headline(amount: _Amount, median_height: float, *, marked: bool = True) -> bool:
    """An amount printed alone on its line (its currency mark aside) in type well above the body's."""
    return ((amount.marker is not None or not marked) and amount.line.height >= 1.4 * median_height
            and sum(c.isalpha() for c in _rest_of_line(amount)) <= 3)


# what a bill will cost if paid late ("Amount after due date 1,188.00" on a bill payment's screen): the bill's term,
# which may or may not be what was paid
_AFTER_DUE_DATE = re.compile(r"\bafter\s*(?:the\s*)?due\s*date\b|\blate\s*(?:payment\s*)?(?:amount|fee)\b", re.I)


# (and a payer's advice's sum sent after its deductions: "Amount remitted (net)", "Amount transferred" over the "Total
# of bills")
_PAID_WORDING = re.compile(r"(?:amount|sum|advance|balance|deposit)\s*(?:paid|received|collected|remitted|transferred)|"
                           + _BALANCE_PAID.pattern + r"|"
                           r"(?:paid|received|collected)\s*(?:amount|sum)|\badvance\b|"
                           # an instalment of a plan paid now ("This payment (3 of 4)", "Instalment paid", "Paid today")
                           r"\bthis\s*(?:payment|instal+ment)\b|\binstal+ment\s*(?:paid|amount)\b|"
                           r"\bpaid\s*(?:now|today)\b", re.I)


# this payer's part of a bill shared at a table
_SHARE = re.compile(r"\b(?:your|my)\s*(?:share|part|portion)\b|\bper\s*(?:person|head|guest)\b|\bsplit\s*(?:share|amount)\b|"
                    r"\b(?:uw\s*deel|ihr\s*anteil|votre\s*part|la\s*tua\s*quota|tu\s*parte)\b", re.I)


# a sum, its thousands grouped by a mark, a space, or both as OCR spaces them ("5, 437.00"), after a currency's
# abbreviation too ("Rs.12,687.80")
# (in lakhs too, "5,52,998.33", and before a comma OCR put after it, "Rs.0.45,"; not a rate, "10.99% p.a.", nor a
# year run into its hour, "10-10-2026,01:08 PM")
_SUM = re.compile(r"(?<![\d,])(?<!\d\.)(\d{1,3}(?:(?:[,.]\s?|\s)\d{3})*|\d{1,2}(?:,\d{2})+,\d{3}|\d+)[.,](\d{2})(?!\d|[.,]\d|\s?%|:\d)")


# a bill split between payers, in the wordings of the languages the parser reads
_SPLIT_BILL = re.compile(r"\b(?:split|gesplitst|geteilt|aufgeteilt|divis[oa]|partag[ée]e?|dividid[oa]|per\s*persoon|"
                         r"pro\s*person|par\s*personne|a\s*persona|por\s*persona)\b", re.I)
# a button offering to split the bill ("Split this bill | Share receipt", "Pay again | Split with friends"): nothing
# was split yet
_SPLIT_OFFER = re.compile(r"\bsplit\s*(?:(?:this|the)\s*)?(?:bill|expense)\b(?!\s*(?:with|between|among|of)?\s*\d)|"
                          r"\bsplit\s*with\s*(?:friends|others|contacts)\b", re.I)


def _sums_in(lines: list[PageLine]) -> list[Decimal]:
    """Every sum printed with its cents on these lines, in order."""
    return [Decimal(re.sub(r"\D", "", m.group(1)) + "." + m.group(2)) for line in lines for m in _SUM.finditer(line.text)]


# a sum after a rupee's mark, with or without its paise ("INR 150", "Rs.27.50"; the ₹ OCR read as a percent sign, which
# never stands before a number: "By UPI % 59,380")
_MARKED_SUM = re.compile(r"(?:\bRs\.?|\bINR|₹|(?<![\d%])%)\s*(\d{1,3}(?:,\d{2,3})*(?:\.\d{2})?|\d+(?:\.\d{2})?)(?![\d,.]*\d)", re.I)


def _marked_sums_in(lines: list[PageLine]) -> list[Decimal]:
    """Every sum printed after a rupee's mark on these lines, whole rupees too, in order."""
    return [Decimal(m.group(1).replace(",", "")) for line in lines for m in _MARKED_SUM.finditer(line.text)]


def _sums_below(best: _Amount, lines: list[PageLine]) -> list[Decimal]:
    """Every sum printed on the lines below the chosen total, in order (with its cents, or marked in whole rupees on a
    line with none: "Rs. 3,000/-")."""
    after = next((i for i, line in enumerate(lines) if line is best.line), len(lines))
    return [found for line in lines[after + 1:] for found in (_sums_in([line]) or _marked_sums_in([line]))]


def _left_after_a_deduction(best: _Amount, lines: list[PageLine]) -> list[Decimal]:
    """Sums printed below the chosen total that are it less another sum printed between them (a deposit, an
    advance, a credit taken off), or less every sum printed just above them (a payer's "Less: TDS 380.00", "Less:
    Rejection debit note 14,011.09", "Net payment released 4,33,610.02"): the rest may be what was paid."""
    below = _sums_below(best, lines)
    single = [later for i, taken in enumerate(below) for later in below[i + 1:]
              if 0 < taken < best.value and later == best.value - taken]
    runs = [later for j, later in enumerate(below) for i in range(max(0, j - 6), j - 1)
            if all(0 < taken < best.value for taken in below[i:j]) and later == best.value - sum(below[i:j])]
    return single + runs


# a bank's charge for the service and its tax ("Commission INR 450.00", "GST @18% INR 81.00")
CHARGE_WORDS = r"commission|charges?|gst|cess|tax"
_CHARGE_LINE = re.compile(rf"\b(?:{CHARGE_WORDS})\b", re.I)


def _before_charges(best: _Amount, lines: list[PageLine], *, charges_only: bool = False) -> list[Decimal]:
    """Sums printed above the chosen total that are it less the sums printed between them ("Amount INR 5,52,998.33",
    "Charges 45.00", "GST on Charges 8.10", "Total Amount Debited 5,53,051.43"): the sum sent before the bank's charges
    may be the payment's amount. ``charges_only``: only where every line between is a charge or its tax and one names
    the charge (a draft's "Commission", not a bill's items or its tax alone)."""
    at = next((i for i, line in enumerate(lines) if line is best.line), 0)
    out = []
    for i in range(at):
        if not (values := _sums_in(lines[i:i + 1])):
            continue
        between = lines[i + 1:at]
        if charges_only and not (between and all(_CHARGE_LINE.search(line.text) for line in between)
                                 and any(re.search(r"commission|charge", line.text, re.I) for line in between)):
            continue
        # (once per line, not once per sum on it; a charge in whole rupees too: "Commission INR 150")
        charges = sum(sum(_sums_in([line]) or (_marked_sums_in([line]) if _CHARGE_LINE.search(line.text) else []))
                      for line in between)
        out += [value for value in values if charges and 0 < value < best.value and value + charges == best.value]
    return out


def _whole_number_at_end(line: PageLine) -> list[Decimal]:
    """A charge in whole rupees with no mark, ending its line ("Charges 5"), as a list of at most one."""
    m = re.search(r"(?<![\d,.])(\d{1,5})\s*$", line.text)
    return [Decimal(m.group(1))] if m else []


def _sent_before_charges(best: _Amount, candidates: list[_Amount], lines: list[PageLine],
                         median_height: float) -> _Amount | None:
    """The labelled sum, or the sum alone on its line in large type (an app's headline), that is a total debited
    (``best``) less every charge the page prints (its first sum on each line of a charge, a commission or their tax),
    if one is."""
    charges = sum(((_sums_in([line]) or _marked_sums_in([line]) or _whole_number_at_end(line))[:1] for line in lines
                   if line is not best.line and _CHARGE_LINE.search(line.text)), start=[])
    total = sum(charges, Decimal(0))
    if not total:
        return None
    # (a labelled one first: "Amount (INR) INR 2,85,970" under the same sum in large type)
    return next((c for c in sorted(candidates, key=lambda c: c.label is None)
                 if (c.label is not None or _alone_in_large_type(c, median_height))
                 and c.line is not best.line and not _CHARGE_LINE.search(c.line.text) and c.value + total == best.value),
                None)


def _alone_in_large_type(amount: _Amount, median_height: float) -> bool:
    """A sum alone on its line (its mark aside) in type well above the body's ("6,48,000" over "RTGS transfer")."""
    return amount.line.height >= 1.4 * median_height and sum(c.isalnum() for c in _rest_of_line(amount)) <= 1


# cash handed over at a till on the payer's card ("CASHBACK 50.00", "Cash out"): the card's debit is the purchase
# plus it
_CASH_BACK = re.compile(r"\bcash\s*-?\s*back\b|\bcash\s*out\b", re.I)


def _listed_sums(best: _Amount, candidates: list[_Amount], lines: list[PageLine]) -> list[Decimal]:
    """A list of payments (an app's history, "Recent payments to …": three or more marked sums, each over its day):
    which row the receipt is about is a reader's call, so every row's sum is a rival of the one chosen, unless the
    sum chosen stands outside the list and one row prints it too (a row opened into details that repeat its sum)."""
    following = {id(line): lines[i + 1] for i, line in enumerate(lines[:-1])}
    rows = [c for c in candidates if c.marker and id(c.line) in following and _ROW_DAY.search(following[id(c.line)].text)]
    sums = [row.value for row in rows]
    if len(set(sums)) < 3 or (best.value in sums and all(row.line is not best.line for row in rows)):
        return []
    return [value for value in sums if value != best.value]


def _added_up_otherwise(best: _Amount, lines: list[PageLine]) -> list[Decimal]:
    """The sum of the two or three lines just over a labelled total, one sum each, where it differs from the total read
    in one digit alone ("TARIFF : 311.00", "GST 18% : 55.98" over "TOTAL 966.98"): one of them was misread."""
    at = next((i for i, line in enumerate(lines) if line is best.line), None)
    if best.label is None or at is None:
        return []
    read = f"{best.value:.2f}"
    added = []
    for count in (2, 3):
        parts = [_sums_in([line]) for line in lines[max(0, at - count):at]]
        if len(parts) < count or any(len(part) != 1 for part in parts):
            break
        added.append(f"{sum(part[0] for part in parts):.2f}")
    if read in added:
        return []  # (the lines that make it up, three of them where two alone came near: "FREIGHT", "FSC", "GST")
    return [Decimal(total) for total in added
            if len(total) == len(read) and sum(a != b for a, b in zip(total, read, strict=True)) == 1][:1]


def _with_cash_back(best: _Amount, lines: list[PageLine]) -> list[Decimal]:
    """Sums printed that are the chosen total plus or less the cash back a line gives: the purchase and the card's
    debit are both "the" sum paid to someone. (A reward's "₹5 cashback" makes none: no such sum is printed.)"""
    backs = _sums_in([line for line in lines if _CASH_BACK.search(line.text)])
    printed = set(_sums_in(lines))
    return [value for back in backs if back > 0 for value in (best.value + back, best.value - back) if value in printed]


# what was charged now ("Charged today", "Amount charged", "Total charged", "Paid today")
_CHARGED_NOW = re.compile(r"\bcharged\s*(?:today|now)|\b(?:amount|total)\s*charged|\bpaid\s*today|\bdue\s*today", re.I)


# a page converting a payment between currencies prints its rate ("Conversion rate 1 INR = 0.012496 USD", "Exchange
# rate", "FX rate")
_CONVERSION_RATE = re.compile(r"\b(?:conversion|exchange|fx|forex)\s*rate\b|\b1\s*[A-Z]{3}\s*=\s*[\d.,]+\s*[A-Z]{3}\b",
                              re.I)


def converts_currency(lines: list[PageLine]) -> bool:
    """Whether the page converts its payment between currencies (it prints an exchange rate)."""
    return any(_CONVERSION_RATE.search(line.text) for line in lines)


# an Indian party on a page: a company's form, a tax or bank code's label, the country's dialling code
_INDIAN_PARTY = re.compile(r"\b(?:pvt\.?\s*ltd|private\s+limited|gstin|ifsc)\b|\+\s?91|\bindia\b", re.I)


def names_india(lines: list[PageLine]) -> bool:
    """Whether the page names an Indian party: a page in US dollars between India and elsewhere (an American
    vendor's bill to an Indian firm, an Indian bank's wire in dollars) may print its days in either order."""
    return any(_INDIAN_PARTY.search(line.text) for line in lines)


# a total debited from the payer's account, and a transfer's own sum
_DEBITED = re.compile(r"\bdebit(?:ed)?(?:\b|(?=amount))|(?<=[a-z])debit", re.I)  # (PP-OCR: "Total DebitAmount")
_SENT_SUM = re.compile(r"\b(?:payment|transfer|remittance|transaction|txn)\s*amount|"
                       r"\bamount\s*(?:transferred|sent|remitted)", re.I)


# a share of the bill that another party pays: an insurer, an employer, a grant or a subsidy
_OTHER_PAYER = re.compile(r"\b(?:payable|paid|settled|covered|claimed)\s*(?:by|from)\s*(?:the\s*|your\s*)?"
                          r"(?:insurer|insurance|employer|company|scheme|council|government|subsidy|grant)|"
                          r"\binsurer\s*(?:pays|share|portion|payment)|\b(?:insurance|employer)\s*(?:share|portion|"
                          r"payment|contribution)", re.I)


def _page_currency_word_before(sum_: _Amount, lines: list[PageLine]) -> bool:
    """Whether the word right before a sum's mark is the one that marks two or more of the page's other sums, after
    their labels ("Contract fee Dhs 17,000.00"): the page's own currency word."""
    before = re.search(r"(?<![A-Za-z])([A-Za-z]{1,4})\.?\s*$", sum_.line.text[: sum_.marker_start])
    if before is None:
        return False
    marking = re.compile(r"\S\s+" + re.escape(before.group(1)) + r"\.?\s*\d")
    return sum(1 for line in lines if line is not sum_.line and marking.search(line.text)) >= 2


def marked_sums(lines: list[PageLine], median_height: float) -> list[Decimal]:
    """Every sum on these lines with a currency mark or under a label, as the amount reader weighs them."""
    return [c.value for c in _find_amounts(lines, median_height) if c.label is not None or c.marker is not None]


_BARE_TOTAL = re.compile(r"\W*(?:grand\s*|net\s*)?total(?:\s*(?:amount|paid|payable|charged))?\W*", re.I)


def _total_unread(best: _Amount, lines: list[PageLine]) -> bool:
    """Whether a total's label stands alone on a line with the sum chosen on neither line beside it (the sum over its
    "TOTAL", read as two lines, is the total's own)."""
    at = next((i for i, line in enumerate(lines) if line is best.line), None)
    return any(_BARE_TOTAL.fullmatch(line.text) and (at is None or abs(i - at) > 1) for i, line in enumerate(lines))


def parse_amount(lines: list[PageLine], hints: ReceiptHints | None, median_height: float, *, screen: bool = True
                  ) -> tuple[FieldValue[Decimal], FieldValue[str]]:
    """The amount and its currency. ``screen``: the page is a payment app's result screen, whose sum is printed
    alone in large type (``labels.app_screen``; not a bank's alert, whose sum is in its sentence)."""
    found = _find_amounts(lines, median_height)
    candidates = [c for c in found if c.label is not None or c.marker is not None]
    # nothing left to pay ("Balance due $0.00" under the total paid) is not what was paid, but nothing charged is
    # ("Charged today EUR 0.00" as a free trial starts): the rival of any other sum
    zero_charged = any(c.value == 0 and _CHARGED_NOW.search(c.line.text[: c.start]) for c in candidates)
    candidates = [c for c in candidates if c.value > 0] or candidates
    if not candidates:
        return _bare_headline_on_upi(lines, median_height)
    best = max(candidates, key=lambda c: c.score)
    # a transfer's own sum beside the total debited, the bank's charges the page prints adding up to the difference
    # ("Transfer Amount INR 1,65,000", "Charges INR 2.50", "GST on Charges INR 0.45", "Total Debit Amount INR
    # 1,65,002.95"): the sum sent is what the payee got, and the total is accounted for
    accounted: set[Decimal] = set()
    for total in (c for c in candidates if _DEBITED.search(c.line.text[: c.start])):
        if (sent := _sent_before_charges(total, found, lines, median_height)) is not None:
            accounted.add(total.value)
            best = sent if best is total else best
    lost_headline = screen and _small_print_on_upi_screen(best, candidates, lines, median_height)
    if lost_headline:
        # the screen's own sum went unread: a large sum alone whose mark no engine read is it, with the small one its
        # rival; with none, the amount is unread (``amount_unsure``), its currency still the mark's
        headline, currency = _bare_headline_on_upi(lines, median_height)
        if headline.value is not None:
            return with_rivals(headline, (v for v in (best.value,) if v != headline.value)), currency
    # another amount as well placed (same label strength, same marks, same size) may be the total instead
    rivals = [c.value for c in candidates if c.value != best.value and c.score >= best.score - 0.5]
    # an app's headline amount (alone on its line, in large type) that differs from a labelled one chosen
    # over it: one of them is what was paid (a card bill's "Total amount due" under the amount sent)
    rivals += [c.value for c in candidates if c.value != best.value and _headline(c, median_height)]
    if _AFTER_DUE_DATE.search(best.line.text[: best.start]):
        # (the screen's own sum in large type, its mark left off, beside the bill's late sum)
        rivals += [c.value for c in found if c.value != best.value and _headline(c, median_height, marked=False)]
    # a total chosen over an amount the page says changed hands ("Total hall rent" over "Amount received", an
    # invoice total over the "Balance paid" after a deposit): an advance or part payment is what was paid
    if not _PAID_WORDING.search(best.line.text[: best.start]):
        # (its currency mark misread or left off: "Advance Re. 106.00")
        rivals += [c.value for c in found if c.value != best.value and _PAID_WORDING.search(c.line.text[: c.start])]
    # a share someone else pays ("Payable by insurer 483.09" beside the excess): the total is not surely this payer's
    rivals += [c.value for c in found if c.value != best.value and _OTHER_PAYER.search(c.line.text[: c.start])]
    rivals += _broken_sums(lines, best)
    if _STILL_OWED.search(best.line.text[: best.start]):
        # the balance a bill still owes, chosen over another labelled sum: that one may be the part paid now
        rivals += [c.value for c in candidates if c.value != best.value and c.label is not None]
    # this payer's share of a split bill ("Your share $60.43" under "Table total"), and the rest once a sum below the
    # total takes something off ("Booking deposit -11.95" then "Balance 65.05"): either may be what was paid
    rivals += [c.value for c in found if c.value != best.value and _SHARE.search(c.line.text[: c.start])]
    rivals += _left_after_a_deduction(best, lines)
    rivals += _with_cash_back(best, lines)
    rivals += _listed_sums(best, candidates, lines)
    rivals += _added_up_otherwise(best, lines)
    if zero_charged and best.value != 0:
        rivals.append(Decimal("0.00"))
    if converts_currency(lines):
        # the same payment in two currencies ("Amount Rs.23,244.00 INR", "You paid $290.46 USD"): which is "the" sum
        # is the reader's convention (what the payer paid, what the payee got)
        mine = _currency_of_marker(best.marker, hints)[0] if best.marker else None
        rivals += [c.value for c in candidates if c.value != best.value and c.marker
                   and _currency_of_marker(c.marker, hints)[0] != mine]
    # a transfer's own sum beside the total debited with the bank's charges ("Payment Amount" over "Charges" and
    # "Total Debit Amount"): what the payee got and what the payer lost are both the payment's amount to someone
    for own, other in ((_DEBITED, _SENT_SUM), (_SENT_SUM, _DEBITED)):
        if own.search(best.line.text[: best.start]):
            rivals += [c.value for c in found if c.value != best.value and other.search(c.line.text[: c.start])]
    # (and a demand draft's "Total Amount" with the bank's commission, under the draft's own "Amount")
    rivals += _before_charges(best, lines, charges_only=not _DEBITED.search(best.line.text[: best.start]))
    if any(_SPLIT_BILL.search(_SPLIT_OFFER.sub("", line.text)) for line in lines):
        # a bill the page says was split ("Gesplitst 3 van 3" over "Bedrag 40,28"): a smaller sum below the total
        # may be this payer's part
        rivals += [value for value in _sums_below(best, lines) if 0 < value < best.value]
    rivals = [value for value in dict.fromkeys(rivals) if value not in accounted]
    span_start = best.marker_start if best.marker else best.start
    amount_words = best.line.words_in(best.start, best.end)
    marker_words = best.line.words_in(span_start, best.start) if best.marker else []
    factor = 1.0 if best.label else 0.9
    amount = FieldValue[Decimal](value=best.value, confidence=_conf(amount_words, factor),
                                 evidence=_evidence(amount_words), source="ocr", alternatives=rivals,
                                 basis="label:total" if best.label else "marker")
    if lost_headline or (not best.label and _total_unread(best, lines)):
        # (nor a sum by its mark alone where the page prints its total's label with no value read beside or under it,
        # "Total" over nothing on a blurred mail: the total went unread, a line's price is no stand-in)
        amount = FieldValue[Decimal]()
    # the sum's currency: its own mark, else the mark of the same sum printed elsewhere (an app's headline
    # "₹10.00" over "Amount paid 10.00"), else the page's
    marked = best if best.marker else next((c for c in candidates if c.value == best.value and c.marker), best)
    marker = marked.marker
    if marked is not best:
        marker_words = marked.line.words_in(marked.marker_start, marked.start)
    currency, cur_factor = _currency_of_marker(marker, hints)
    if marker == "₹" and _page_currency_word_before(marked, lines):
        # "Dhs ₹80.56" where the page's other sums read "Dhs 755.56": a digit read as a rupee sign after the page's
        # own currency word, which the reader does not know, so the sum's currency is not read (nor the page's)
        return amount, FieldValue[str]()
    if marker in RUPEE_MISREADS and currency == "INR" and not (hints and hints.currency) and not indian_page(lines):
        # a glyph read where a rupee sign may have been ("X2,209", "¥2,209") on a page nothing else marks as
        # Indian: a yen or another sign as likely, so the amount's currency is not read
        currency = None
    if marker and (marker in CURRENCY_CODES or marker in SYMBOL_CURRENCY) and marker != "INR" and not marker_words:
        marker_words = marked.line.words_in(marked.end, marked.end + 5)
    cur_basis = "marker"
    paid_by_upi = _paid_by_upi(lines)
    if marker in RUPEE_MISREADS and currency == "INR" and paid_by_upi and page_currencies(lines) <= {"INR"}:
        # UPI moves rupees only: on a page paid by UPI that prints no other currency, the glyph OCR read before the
        # sum ("=1,067.00", "%450") is the rupee sign, as sure as the page's "UPI"
        evidence = (marker_words or amount_words) + paid_by_upi[:1]
        return amount, FieldValue[str](value="INR", confidence=_conf(paid_by_upi[:1]), evidence=_evidence(evidence),
                                       source="ocr", basis="marker+upi")
    if currency is None:
        currency, cur_words, cur_factor = _page_currency(lines, hints)
        cur_basis = "page"
    else:
        cur_words = marker_words or amount_words
    rail = (paid_by_upi or _upi_handles(lines) or _paid_by_bank_rail(lines) or _rupees_in_words(lines)) \
        if currency is None else []
    if rail and not (hints and hints.currency) and page_currencies(lines) <= {"INR"}:
        # no currency printed at all on a page paid by UPI ("Amount 6,715.35" over "Payment Mode UPI", or a payee's
        # UPI ID on an app's screen) or by India's bank transfers ("Transaction amount 10,73,695.00" over "Payment type
        # RTGS"), or whose sum is written out in rupees ("(Rupees One Lakh Fifty Three Thousand Ninety Only)"): rupees
        return amount, FieldValue[str](value="INR", confidence=_conf(rail[:1]), evidence=_evidence(rail[:1]),
                                       source="ocr", basis="upi" if paid_by_upi else "rail")
    if currency is None:
        return amount, FieldValue[str]()
    # a bare "$" is a dozen countries' dollar or peso: the US dollar only where the page says so (a US address, the
    # dollar named) and nothing non-US is on it (GST, HST, PST or QST, an ABN, EFTPOS), nor is "Rs" on a page naming
    # another rupee's country the Indian rupee: which one it is, the page does not say (the locale hint would)
    other_currencies = []
    if currency == "USD" and marker == "$" and not (hints and hints.currency) and (
            any(_NON_US_DOLLAR_TAX.search(line.text) for line in lines)
            or not any(_US_CUE.search(line.text) for line in lines)):
        other_currencies = sorted(DOLLAR_CURRENCIES - {"USD"})
    if currency == "INR" and (marker or "").rstrip(".").upper() == "RS" and not (hints and hints.currency):
        other_currencies = [code for code, cue in _OTHER_RUPEES.items() if any(cue.search(line.text) for line in lines)]
    upi_screen = paid_by_upi or any(_UPI_ID.search(line.text) for line in lines)
    if currency != "INR" and marker is not None and len(marker) == 1 and upi_screen and not converts_currency(lines):
        # UPI moves rupees only: another currency's sign (a sign, not a code written out) on a UPI screen (its "UPI",
        # or a UPI ID) that converts nothing ("€3,900.06" over "8115017307 @ibl" on PhonePe) may be the rupee's, misread
        other_currencies = [*other_currencies, "INR"]
    return amount, FieldValue[str](value=currency, confidence=_conf(cur_words, cur_factor),
                                   evidence=_evidence(cur_words), source="ocr", basis=cur_basis,
                                   alternatives=other_currencies)


_UPI_WORD = re.compile(r"UPI")
# a UPI ID ("8115017307 @ibl", "rohit@okaxis"), not an e-mail address (its domain has a dot)
_UPI_ID = re.compile(r"[\w.\-]+\s?@\s?[A-Za-z][A-Za-z0-9]{1,20}\b(?!\s?\.\s?[A-Za-z])")
# India's bank transfers, which move rupees only, as UPI does
_BANK_RAIL_WORD = re.compile(r"NEFT|RTGS|IMPS")
# a currency named by its label with no sum beside it ("Currency USD" over "Amount 12,000.00"); a code printed
# elsewhere with no sum beside it ("OMR sheets" on a printer's bill) names none
_NAMED_CURRENCY = re.compile(r"\b(?i:currency|ccy)\b\W*([A-Z]{3})(?![A-Za-z])")


def _paid_by_upi(lines: list[PageLine]) -> list[OcrWord]:
    """The words that say the page was paid by UPI ("UPI", "UPI:")."""
    return [w for line in lines for w in line.words if _UPI_WORD.fullmatch(w.text.strip(".,:;()"))]


def _upi_handles(lines: list[PageLine]) -> list[OcrWord]:
    """A payee's UPI ID printed whole as one word ("varunakaleen@kotak"): the page was paid by UPI."""
    return [w for line in lines for w in line.words if _UPI_ID.fullmatch(w.text.strip(".,:;()"))]


# a sum written out in rupees, as Indian receipts and cheques print it under the figures
_RUPEES_IN_WORDS = re.compile(r"^\W*(?:(?:amount|sum)\s*(?:in\s*words)?\s*[:\-]?\s*)?(Rupees)\s+[A-Za-z][A-Za-z ,\-]*\bonly\W*$",
                              re.I)


def _rupees_in_words(lines: list[PageLine]) -> list[OcrWord]:
    """The "Rupees" of a sum written out in words on its own line ("(Rupees Four Thousand Seven Hundred Only)")."""
    return [words[0] for line in lines
            if (m := _RUPEES_IN_WORDS.match(line.text)) and (words := line.words_in(*m.span(1)))]


def _paid_by_bank_rail(lines: list[PageLine]) -> list[OcrWord]:
    """The words that say the page was paid by NEFT, RTGS or IMPS, on a page that names no currency but the rupee's."""
    if any(code != "INR" for line in lines for code in _NAMED_CURRENCY.findall(line.text)):
        return []
    return [w for line in lines for w in line.words if _BANK_RAIL_WORD.fullmatch(w.text.strip(".,:;()/-"))]


def _small_print_on_upi_screen(best: _Amount, candidates: list[_Amount], lines: list[PageLine],
                               median_height: float) -> bool:
    """A UPI app's result screen prints its sum alone in large type, over body lines that may carry other marked sums
    (a fee, the balance after paying, an offer's threshold). A sum chosen for its mark alone, in body type, on a page
    paid by UPI is one of those where the screen's own sum was lost (its line unread, or read as something else) --
    unless the page prints it on two lines, as a details screen does beside the payee and the account debited
    ("Deepa Nair ₹ 5,334.20" over "State Bank of India XX5675 ₹ 5,334.20"), or on the payee's row."""
    # (body type: not within a fifth of the body's height; PP-OCR's boxes make a large sum as little as 1.37 times it)
    printed_on = {id(c.line) for c in candidates if c.value == best.value}
    return best.label is None and best.line.height < 1.2 * median_height and len(printed_on) < 2 \
        and not _PAYEE_ROW.search(best.line.text) and bool(_paid_by_upi(lines))


# the payee's row of a details screen, which carries the sum ("To Vinod Rawat" over "7444562420@okaxis Rs. 12,480")
_PAYEE_ROW = re.compile(r"^\W*(?:paid\s*to|sent\s*to|paying\s*to|to)\b|\b[\w.\-]+\s?@\s?[A-Za-z][A-Za-z0-9]{1,20}\b", re.I)


def amount_unsure(lines: list[PageLine], median_height: float) -> bool:
    """With no amount read: does the page still show a sum that may be it? Then the amount is unread, not absent."""
    found = [c for c in _find_amounts(lines, median_height) if c.label is not None or c.marker is not None]
    return any(_small_print_on_upi_screen(c, found, lines, median_height) for c in found if c.value > 0)


# a sum alone on its line: grouped or with its paise, a stray glyph (the rupee sign misread) before it at most
_BARE_SUM = re.compile(r"^\W?\s*(\d{1,3}(?:,\d{2,3})+(?:\.\d{2})?|\d+\.\d{2})\W?$")


# a sum after a rupee code and a rupee sign glued to its digits ("INR ₹1,700.00")
_MARKED_TWICE = re.compile(r"(?<![A-Za-z])(?:Rs\.?|INR)\s*₹(\d[\d,]*(?:\.\d{1,2})?)", re.I)


def marked_twice(value: Decimal, lines: list[PageLine]) -> bool:
    """Whether the sum is printed after a rupee code and a rupee sign glued to it ("INR ₹1,700.00"). Some pages print
    both marks ("Amount in INR ₹8,973.39"), but the sign may as well be the sum's first digit OCR read as one
    ("INR 51,700.00"): a sum read short of a digit."""
    return any(decimal_of(m.group(1)) == value for line in lines for m in _MARKED_TWICE.finditer(amount_text(line)))


# a whole sum with a quote mark glued to its last digit ("Rs. 3,406”"): its paise printed small and raised, read as the
# mark
_PAISE_RAISED = re.compile(r"\d[\"”“'’]+$")


def paise_raised(amount: FieldValue[Decimal]) -> bool:
    """Whether the sum's words end in a quote mark where its raised paise were printed: a sum read short of them."""
    return amount.value is not None and amount.value == amount.value.to_integral_value() and any(
        _PAISE_RAISED.search(e.text) for e in amount.evidence)


def sign_read_as_digit(text: str) -> Decimal | None:
    """A rupee sum of six digits grouped three and three ("742,849", "₹214,678"), which Indian grouping never prints
    ("7,42,849"): its first digit may be the rupee sign OCR read as one, the sum the rest ("42,849")."""
    m = re.fullmatch(r"\W*\d([1-9]\d,\d{3}(?:\.\d{2})?)\W*", text)
    return decimal_of(m.group(1)) if m else None


def _bare_headline_on_upi(lines: list[PageLine], median_height: float) -> tuple[FieldValue[Decimal], FieldValue[str]]:
    """With no sum marked or labelled: a UPI app's large sum whose rupee sign no engine read ("9,166.36" under
    "Paid Successfully"). UPI moves rupees only, so on a page paid by UPI that names no other currency the one sum
    printed alone in large type is the amount, in rupees; two such sums, or none, leave the amount unread."""
    paid_by_upi = _paid_by_upi(lines)
    headlines = [(line, m) for line in lines if line.height >= 1.4 * median_height
                 and (m := _BARE_SUM.match(line.text.strip()))]
    values = {decimal_of(m.group(1)) for _, m in headlines}
    if not paid_by_upi or not page_currencies(lines) <= {"INR"} or len(values) != 1 or None in values:
        return FieldValue[Decimal](), FieldValue[str]()
    line, m = headlines[0]
    start = line.text.index(m.group(1))
    words = line.words_in(start, start + len(m.group(1)))
    rival = sign_read_as_digit(m.group(1))
    amount = FieldValue[Decimal](value=values.pop(), confidence=_conf(words, 0.9), evidence=_evidence(words),
                                 source="ocr", basis="headline+upi", alternatives=[rival] if rival is not None else [])
    currency = FieldValue[str](value="INR", confidence=_conf(paid_by_upi[:1]), evidence=_evidence(words + paid_by_upi[:1]),
                               source="ocr", basis="headline+upi")
    return amount, currency


# (a slip's "AMOUNT INR:" over its sum: the code before its label's colon)
_PAGE_CURRENCY_RE = re.compile(r"(?<![A-Za-z])(Rs\.?|RS\.?|INR|USD|EUR|GBP|AED|SGD|[₹$€£])(?=[\s\d:]|$)")


def page_currencies(ocr_or_lines: OcrResult | list[PageLine]) -> set[str]:
    """Currencies whose symbol or code is printed anywhere on the page ($ counts as any dollar)."""
    lines = page_lines(ocr_or_lines) if isinstance(ocr_or_lines, OcrResult) else ocr_or_lines
    found: set[str] = set()
    for line in lines:
        for m in _PAGE_CURRENCY_RE.finditer(line.text):
            tok = m.group(1).rstrip(".")
            if tok == "$":
                found |= DOLLAR_CURRENCIES
            elif tok in {"Rs", "RS", "₹"}:
                found.add("INR")
            elif tok in SYMBOL_CURRENCY:
                found.add(SYMBOL_CURRENCY[tok])
            else:
                found.add(tok)
        for code in re.findall(r"\b([A-Z]{3})\b", line.text):
            if code in CURRENCY_CODES and re.search(rf"\b{code}\s*\d|\d\s*{code}\b", line.text):
                found.add(code)
    return found


def _page_currency(lines: list[PageLine], hints: ReceiptHints | None) -> tuple[str | None, list[OcrWord], float]:
    hits: dict[str, list[OcrWord]] = {}
    for line in lines:
        # only where the total is: a symbol elsewhere may be a misread digit in a line item
        if not re.search(r"total|amount|paid|rashi|payable|currency", line.text, re.I):
            continue
        for m in _PAGE_CURRENCY_RE.finditer(line.text):
            cur, _ = _currency_of_marker(m.group(1), hints)
            if cur:
                hits.setdefault(cur, []).extend(line.words_in(*m.span(1)))
    if len(hits) == 1:
        cur, words = next(iter(hits.items()))
        return cur, words, 0.8
    return None, [], 0.0


# ---------------------------------------------------------------- dates

MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
# the months as the euro area's pages print them where the English three letters do not read them ("6. Mai 2026",
# "6 mei", "le 6 juin", "6 de mayo de", "3 dic", "12 Okt."), each the whole word or its abbreviation
_FOREIGN_MONTHS = (
    (r"j[äa]n(?:ner)?|ene(?:ro)?|gen(?:naio)?", 1), (r"f[ée]vr?(?:ier)?", 2), (r"m[äa]rz|m[äa]r|maerz|maart|mrt", 3),
    (r"avr(?:il)?|abr(?:il)?", 4), (r"mai|mei|mag(?:gio)?", 5), (r"juin|giu(?:gno)?", 6),
    (r"juil(?:let)?|lug(?:lio)?", 7), (r"ao[uû]t|ago(?:sto)?", 8), (r"set(?:tembre|iembre)?", 9),
    (r"okt(?:ober)?|ott(?:obre)?", 10), (r"d[ée]c(?:embre)?|dez(?:ember)?|dic(?:iembre|embre)?", 12),
)
# (an O that OCR read as a zero too: "28 0ct 2026")
_MON = (r"((?:" + "|".join(p for p, _ in _FOREIGN_MONTHS) + r")(?![^\W\d_])|"
        r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|[o0]ct|n[o0]v|dec)[a-z]*\.?")


def month_number(name: str) -> int:
    """The month a printed name or abbreviation stands for, in English or as the euro area's pages print it."""
    for pattern, number in _FOREIGN_MONTHS:
        if re.fullmatch(pattern, name, re.I):
            return number
    return MONTHS[name[:3].lower().replace("0", "o")]
# a year of four digits is this century's or the last; either may run into the time OCR glued on
# ("28/07/2507:53" is 28/07/25 07:53, not the year 2507; "28/07/20259:53" is 2025, then 9:53)
_YEAR = r"((?:19|20)\d{2}(?:(?!\d)|(?=\d:\d{2}(?!\d)))|\d{2}(?:(?!\d)|(?=\d{2}:\d{2}(?!\d))))"
_FULL_YEAR = r"(\d{4})(?:(?!\d)|(?=\d:\d{2}(?!\d)))"  # "2Sep20269:16PM": 2026, then 9:16
_DATE_PATTERNS = [
    ("ymd", re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")),
    ("dmy_dot", re.compile(rf"(?<!\d)(\d{{1,2}})\.(\d{{1,2}})\.{_YEAR}")),
    # (not where a further group of digits follows: "CK-OCB6-25-26-5102" is an order's code, not 25 June 2026; a time
    # after a dash is no group: "05-10-2026-03:01 pm")
    ("num", re.compile(rf"(?<!\d)(\d{{1,2}})\s?[/-]\s?(\d{{1,2}})\s?[/-]\s?{_YEAR}(?![/-]\d+(?![\d:]))")),
    # (also "6. Mai 2026" and "6 de mayo de 2026")
    ("d_mon_y", re.compile(rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th|\.)?[\s\-]*(?:de\s+)?{_MON}[\s,\-]*(?:de\s+)?"
                           rf"{_FULL_YEAR}", re.I)),
    # a two-digit year straight after the month, as airlines and banks print it ("02-Aug-25", "13SEP25"), or after its
    # apostrophe, as payment apps do ("12 May '26")
    ("d_mon_y", re.compile(rf"(?<!\d)(\d{{1,2}})[\-\s]?{_MON}(?:[\-]?|\s*['’‘])(\d{{2}})(?![\d:])", re.I)),
    ("mon_d_y", re.compile(rf"\b{_MON}\s*(\d{{1,2}})(?:st|nd|rd|th)?[,.]?\s*{_FULL_YEAR}", re.I)),
]
_DATE_LABEL = re.compile(r"\b(date|dinank|dated|on)\b", re.I)
# a label that names the payment's own date wins over a plain "Date"
# (and a loan's disbursement, the money paid out to the payee: "Disbursement Date 29 Jan 2026")
# (and a bank transfer's rail: "RTGS received on 12.09.2026" under an invoice's "Dated 20.08.2026")
_PAYMENT_WORDS = r"payment|paid|payout|transaction|txn|deposit|debit(?:ed)?|value|transfer|disburs(?:ed|ement)|rtgs|neft|imps"
_PAYMENT_DATE = re.compile(rf"\b(?:{_PAYMENT_WORDS}|trans|charged)\b", re.I)
# dates that are not the payment's: what is due, valid or expiring, an offence, a stay or a journey, a delivery,
# the next visit, a German order's, service's or journey's day ("Auftrag vom", "Leistungsdatum", "Reisedatum"), and the valid-from and due
# words of the euro area's receipts ("Gültig ab", "valable", "fällig", "scadenza") (a prefix where OCR glues the
# next word on: "Nextappointment", "Deliveredon"); a campaign's end and a deadline (a "last date" for anything)
_OTHER_DATE = re.compile(r"\b(?:due|expir\w*|valid\w*|offen[cs]e|contravention|arrival|departure|tour|excursion|"
                         r"check[\s\-]?(?:in|out)|birth|dob|travel|journey|show|event|session|lesson|slot|deliver\w*|next\w*|"
                         r"appointment|"
                         # a lab's sample taken in ("Sample received on 26-Mar-2026" over the bill's own "Bill date")
                         r"samples?|"
                         r"till|until|period|cycle|renew\w*|matur\w*|delinquent|overdue|drop[\s\-]*off|pick[\s\-]*up|starts?|starting|begins?|commenc\w*|end(?:s|ing)?|clos(?:es|ing)|deadline|"
                         r"auction|draw|promised|return\s*by|exchange\s*by|repay\w*|"  # (a credit line's "Repay by")
                         # an earlier payment taken off this one's sum ("Less: deposit paid on 12/09/2026"; a bank's
                         # "Date of Deposit" is the payment's own day)
                         r"(?:deposit|advance|retainer|booking\s*fee)\s*(?:paid|received|taken)|"
                         r"ready|auftrag\w*|bestell\w*|liefer\w*|leistung\w*|reise\w*|abfahrt\w*|g[üui]ltig\w*|f[äa]llig\w*|valable|v[áa]lid[oa]|"
                         r"scadenza|vencimiento|vencimento)(?:\b|(?=date|dt\b|on\b|time))|"
                         r"due\b|due(?=date|by|on)|(?<=[a-z])(?:expir(?:es|y|ed)|deadline|maturity|period|renew\w*)|"
                         # a deadline's "last date", run into what it is for too ("Lastdateforrebate")
                         r"\blast\s*-?\s*(?:date|day)|"
                         # an earlier event's day ("Last top-up INR 550 on 01 Jul, 2026", "Last payment received on …")
                         r"\blast\s*(?:top[\s\-]*up|recharge|payment|transaction|txn|debit|login|updated)|"
                         r"(?<=[a-z])(?:start|session|lesson|event|arrival|departure)(?=date)", re.I)
# (glued to the word before or after: "Paymentdue", "Duedate", "Dueby", "Licenceexpires", "Fundingdeadline", "Showtime",
# "Serviceperiod", "Autorenews"; or to both: "BatchStartDate")

# the day something was received with no payment word beside it may be an item's intake ("Received on" on a
# repair job card) as much as the payment's (a chit fund's instalment): not surely the payment date, so a page
# with no other goes to review (``date_unsure``); "Payment received on" is the payment's
_RECEIVED_ITEM = re.compile(r"\breceived(?:\s*on|on)?\b|collect", re.I)  # (and what is collected: "We will collect on")

_RANGE = re.compile(r"\s*(?:to|till|until|[-–~])\s*", re.I)

# a date label that names its event ("Crossing date", "Date of visit"): the payment's own only where that event
# is the payment, the document or the sale; any other event's day ("Crossing", "Collection", "Treatment") is
# not surely the day paid, so with no other date the page goes to review (``date_unsure``)
_NAMED_DATE = re.compile(r"\b([A-Za-z]+)[\s_-]+date\b(?!\s*of\b)|\bdate\s*of\s*([A-Za-z]+)|"
                         # run together ("Testdate", "NAVDate", "SlotDate"), and the euro area's "date de l'examen", "fecha de llegada"
                         r"(?-i:(?<![A-Za-z])(?:([A-Z][a-z]+)(?:date|Date)|([A-Z]{2,})Date)\b)|"
                         r"\b(?:date|fecha|data|datum)\s*(?:de|du|del|di|des)\s*(?:la\s*|[lI]['’]\s*)?([A-Za-z]+)|"
                         # a verb's day ("Emptied on", "Fitted on"): that event's, unless a payment's or the document's
                         r"\b([A-Za-z]{3,})\s+on\W*$", re.I)
# (besides the payment's own words, ``_PAYMENT_DATE``)
_PAYMENT_EVENT = re.compile(
    r"(?:pay|tran|charge|invoice|inv|bill|billing|receipt|issue|issued|purchase|purchased|sale|sales|order|disbursement|"
    r"booking|posting|posted|print|printed|entry|document|doc|voucher|tax|statement|the|and|time|"
    # (a payer's advice's own day: "Advice date")
    r"advice|"
    # (the verbs of a payment's or an order's own day: "Booked on", "Transaction completed on")
    r"booked|ordered|placed|created|generated|made|done|completed|processed|received|credited|debited|settled|"
    r"sent|transferred|submitted|confirmed|dated|recharged|bought|billed|invoiced|authori[sz]ed|approved|executed|"
    r"initiated|started|pledged|donated|donation|contributed|contribution|subscribed|deposited|remitted|funded|"
    # (a payment that did not go through: "Attempted on", a transfer sent back: "Returned on 01.04.2026")
    r"attempted|attempt|tried|returned|reversed|failed|declined|rejected|"
    # (a payment app's "Started on" over a payment still under way, as "Initiated on"; a banking page's "Entered on"
    # for a transfer keyed and awaiting its checker; a wage voucher's own day, "Wage date", "Mazdoori date", and a
    # payout's)
    r"entered|wages?|mazdoori|majuri|salary|payout|"
    r"paiement|pago|pagamento|zahlung|facture|factura|fattura|rechnung|achat|compra|acquisto|kauf|commande|pedido|"
    r"ordine|bestellung|emission|emisi[oó]n|operaci[oó]n|operazione|transacci[oó]n|buchung|beleg)", re.I)


def _unknown_event_date(label: str) -> bool:
    """Whether a date's own label names an event other than the payment, the document or the sale."""
    named = list(_NAMED_DATE.finditer(label))
    if not named:
        return False
    event = next(group for group in named[-1].groups() if group)
    if event.lower() in {"on", "of", "the", "at", "by", "a", "an", "and", "with"}:
        return False  # a sentence's little word before "date" ("debited by Rs.1224.41 on date 31Oct26"), no event
    return not (_PAYMENT_EVENT.fullmatch(event) or _PAYMENT_DATE.fullmatch(event) or _PAYMENT_DATE.search(label))


def names_another_event(label: str) -> bool:
    """Whether a date's own label says it is not surely the payment's (a due, validity, travel or other event's day)."""
    return bool(_OTHER_DATE.search(label) or (_RECEIVED_ITEM.search(label) and not _PAYMENT_DATE.search(label))
                or _unknown_event_date(label))


# a word before a date that is no label of it: a weekday, a time of day
_NOT_A_LABEL = re.compile(r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|am|pm|at|hrs?|ist|utc|gmt", re.I)
_OWN_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]{2,}")


def _names_something_else(label: str, *, stacked: bool, over: str = "") -> bool:
    """Whether a date's own label, which is no date label, names something other than the payment: a lounge's
    "Visit", a bag's "Drop-off" (a row's label of a few words, or one word alone on the line above it, ``over``
    being the line above that)."""
    words = _OWN_WORD.findall(label)
    if not words or len(words) > (1 if stacked else 3) or re.search(r"\d", label) or not label.strip(" :.-\t"):
        return False
    if stacked and label.strip(" :.-").lower() != words[0].lower():
        return False  # a line above that is more than a one-word label (a title, a status) labels nothing
    if stacked and over.strip() and not re.search(r"\d", over) and len(over.split()) <= 3:
        return False  # under a label of its own ("To" over "MedPlus"), the word is a value, not the date's label
    # (nor does a payment's outcome over its day: "Processing" over "07-Sep-2026, 10:37 am")
    return not any(_NOT_A_LABEL.fullmatch(w) or _DATE_OR_PAYMENT_STEM.search(w) or w.lower() in _STATUS_WORDS
                   for w in words)


# what a date's or a payment's label holds in the languages the sets print, run together too ("Rechnungsdatum",
# "Transactiondate", "Bezahlt am")
_DATE_OR_PAYMENT_STEM = re.compile(
    r"dat(?:e|um|a|o)|fecha|tarih|^dt$|^on$|pay|paid|bezahl|zahl|pag|paie|betaal|betal|buch|trans|txn|order|"
    r"bestell|achat|compra|kauf|invoice|inv|rechnung|factur|fattur|bill|receipt|quittung|ricevut|recibo|issue|"
    r"emis|sale|verkauf|vend|book|print|purchase|charge|debit|deposit|value|valuta|made|done|doc|statement|voucher|"
    r"entry|post|time|"
    # (a payment's own verbs before its day: "Initiated at", "Sent at", "Entered on", "Attempt date")
    r"initiat|attempt|sent|enter|"
    # (and a payment's undoing, whose day is the payment's on a failed one: "Reversed at", "Failed at")
    r"revers|fail|declin|reject|return", re.I)


# a row of the bills a payment covers, opening with a bill's number and its date ("HSS/26-27/0103 dt. 18/10/2026
# INR 303,977.43" under "Bills covered by this payment"): that bill's day, not the payment's
_BILL_NUMBER = r"^\W*[A-Z0-9][\w/\-]*\d[\w/\-]*\s+"
_BILL_ROW_DATED = re.compile(_BILL_NUMBER + r"(?:dt|dtd|dated)\.?\s*[:\-]?\s*$", re.I)


# ... or a row of a table of the bills it covers, under its header ("Invoice Number  Invoice Date  Invoice Amount
# Payment Amount" over "HJP/26-27/428  30/08/2026  96,260.00  72,200.00" on a supplier's payment receipt)
_BILL_NUMBER_CELL = re.compile(_BILL_NUMBER + "$", re.I)
# (a table's header names each bill's sum too: an invoice's own "Invoice No.  Invoice date" over its number and day is
# no such table)
_BILLS_TABLE_HEADER = re.compile(r"^\W*(?:invoice|inv|bill)\.?\s*(?:no|number|#)\b.*\bdate\b.*\b(?:amount|amt)\b", re.I)


def _under_bills_header(lines: list[PageLine], index: int) -> bool:
    """Whether a line is a row of a bills table: its header above it, past the rows before it, each opening with a
    bill's number."""
    for above in reversed(lines[:index]):
        if _BILLS_TABLE_HEADER.match(above.text):
            return True
        if not re.match(_BILL_NUMBER, above.text, re.I):
            return False
    return False


# money received by a way of paying ("Balance received by NEFT", "Amount received via UPI"): the words before the way,
# and the bank rails every reader of them names (labels.py's status reads them too)
RECEIVED_BY = r"(?:received|recd\.?|rcvd\.?)\s*(?:by|via|through)\s*"
BANK_RAILS = r"neft|rtgs|imps|upi|bank\s*transfer"
# a bill's note of the rail it was paid by and the payment's reference ("by NEFT, UTR BARBN263053237681"), and of the
# money received by a rail ("NEFT recd. 11.12.2026"): the payment's day after them here, its outcome in labels.py
# (an app named before the rail: "Paid by GPay, UPI Ref 613823505478")
RAIL_PAYMENT_NOTE = r"(?:by|via)\s*(?:[A-Za-z]{2,12}\W+)?(?:neft|rtgs|imps|upi)\W+(?:utr|ref|rrn)\b"
RAIL_RECEIPT_NOTE = r"(?:neft|rtgs|imps|upi)\s*(?:recd|rcvd|received)"
_RECEIVED_BY_RAIL = re.compile(rf"\b{RECEIVED_BY}(?:{BANK_RAILS}|cheque|card)\b", re.I)


# a bill's stamp that it was paid, alone on its line
_PAID_STAMP = re.compile(r"\W*paid\W*", re.I)


# a page whose own heading is the money received ("Payment received" on a merchant app's screen): its "Received on" is
# the payment's day, not an item's intake
_PAYMENT_RECEIVED_HEADING = re.compile(r"\W*(?:payment|money|amount|funds)\s*received(?:\s*successfully)?\W*", re.I)


def _date_candidates(lines: list[PageLine]) -> list[tuple[PageLine, tuple[dt.date, list[dt.date], int, int], str]]:
    """Every date on the page with what its label says: "payment", "label" (a plain date label), "other"
    (a due, validity, offence or travel date) or "none"."""
    out = []
    money_received = any(_PAYMENT_RECEIVED_HEADING.fullmatch(line.text) for line in lines)
    labels_of: list[str] = []  # each date's own label
    for i, line in enumerate(lines):
        labels = [*_DATE_LABEL.finditer(line.text), *_GLUED_DATE.finditer(line.text)]
        prev_end = 0
        # a date alone on its line takes its label from the line above when that line is only a label
        # ("Valid till" stacked over "29/11/2026")
        above = lines[i - 1].text if i and not re.search(r"\d", lines[i - 1].text) else ""
        # its row's label, read as a line of its own under it where the page is skewed, may name another event
        beside = lines[i + 1].text if i + 1 < len(lines) and _label_beside(lines[i + 1], line) else ""
        for found in dates_in_text(line.text):
            start, end = found[2], found[3]
            before = line.text[prev_end:start]  # the text since the previous date: this date's own label
            own = before if before.strip() else above  # ... or the label stacked over it
            # a weekday before the date is no label of it: the label stacked over it may still name another event
            # ("Dueby" over "Sat 21Nov2026")
            weekday_only = bool(before.strip()) and all(_NOT_A_LABEL.fullmatch(w)
                                                        for w in re.findall(r"[A-Za-z]+", before))
            if out and out[-1][0] is line and _RANGE.fullmatch(before):
                kind = out[-1][2]  # the end of a range ("Bill Period 17/03/2024 to 03/05/2024") shares its label
            elif money_received and _RECEIVED_ITEM.search(own) and not _OTHER_DATE.search(own) \
                    and not _unknown_event_date(own):
                kind = "payment"
            elif _INSIDE_A_NUMBER.search(before) or _BILL_ROW_DATED.match(before) or (
                    _BILL_NUMBER_CELL.match(before) and _under_bills_header(lines, i)) or names_another_event(own) or (
                    weekday_only and names_another_event(above)) or (
                    not before.strip() and names_another_event(beside)):
                kind = "other"
            elif _paid_note_day(lines, i, line.text[:start]):
                kind = "payment"
            elif any(prev_end <= m.start() and m.end() <= start for m in labels):
                kind = "payment" if _PAYMENT_DATE.search(before) or _GLUED_PAYMENT_DATE.search(before) else "label"
            elif not before.strip() and len(above.split()) <= 3 and _STACKED_DATE_LABEL.search(above):
                # a label stacked over its date, run together by OCR too ("PaymentDate" over "21-03-2026")
                kind = "payment" if _PAYMENT_DATE.search(above) or _GLUED_PAYMENT_DATE.search(above) else "label"
            elif _names_something_else(own, stacked=not before.strip(),
                                       over=lines[i - 2].text if i >= 2 else ""):
                kind = "other"
            else:
                kind = "none"
            out.append((line, found, kind))
            labels_of.append(own)
            prev_end = end
    if any(_DUE.search(label) for label in labels_of):
        # a bill that fell due after its date was paid on neither (a utility bill's acknowledgement)
        out = [(line, found, "other" if kind == "label" and _ISSUED.search(label) else kind)
               for (line, found, kind), label in zip(out, labels_of, strict=True)]
    return out


# a bill's payment note, a paid stamp alone on its line, and a day's own little label after them ("dt.", "on")
_PAID_NOTE = re.compile(rf"\b{RAIL_PAYMENT_NOTE}", re.I)
_PAID_STAMP_ALONE = re.compile(r"^\W*(?:paid|received)\W*$", re.I)
_DATED = re.compile(r"(?:^|\s)(?:dt|dtd|dated|on)\W*$", re.I)
# ... and a note of the money received by a rail, its day next ("NEFT recd. 11.12.2026, UTR PUNBN263452835389")
_RECEIVED_NOTE = re.compile(rf"\b{RAIL_RECEIPT_NOTE}\.?\s*(?:on\W*)?$", re.I)


def _paid_note_day(lines: list[PageLine], index: int, text_before: str) -> bool:
    """Whether a date is the day a bill's payment note gives: "dt." after the note, on its line or the next ("by NEFT,
    UTR BARBN263053237681" over "dt.01.11.2026"), or alone under a paid stamp ("PAID" over "01 NOV 2026"); the bill's
    own date is the day it was issued."""
    above = lines[index - 1].text if index else ""
    if (_PAID_NOTE.search(text_before) and _DATED.search(text_before)) or _RECEIVED_NOTE.search(text_before):
        return True
    if _DATED.fullmatch(text_before.strip()) and _PAID_NOTE.search(above):
        return True
    return not text_before.strip() and bool(_PAID_STAMP_ALONE.match(above))


# a number's label and the start of its value before a date with no label of its own: the date may be the number's
# end, broken off at a gap ("Policy No. 0301/4671357 1/02/26", printed "0301/46713571/02/26")
_INSIDE_A_NUMBER = re.compile(r"\b(?:no|number|nr)\b\.?\s*[:#.\-]?\s*[A-Za-z0-9]*\d[/\-]\d+\s*$", re.I)
# a date label OCR ran into the word before it ("BillDate 10-03-2026", "PaymentDate")
_GLUED_DATE = re.compile(r"(?<=[a-z])Date\b|(?i:(?<=bill)date|(?<=invoice)date)\b")
# a date label alone on its line, run into the word before it too ("BillDate", "TransactionDate")
_STACKED_DATE_LABEL = re.compile(r"(?:\b|(?<=[a-z]))date\s*(?:&\s*time)?\W*$|^\W*dated?\b", re.I)
_GLUED_PAYMENT_DATE = re.compile(rf"(?:{_PAYMENT_WORDS})(?=date)", re.I)
# a bill's due date (not a check-up's or an MOT's "due"), and the dates a bill or statement was issued on
_DUE = re.compile(r"\bdue\s*-?\s*(?:date|dt|on|by)\b|\bduedate|\bpay(?:ment)?\s*(?:due|by)\b|\blast\s*date\b", re.I)
_ISSUED = re.compile(r"\b(?:bill|billing|invoice|statement)\s*-?\s*(?:date|dt)\b|(?:bill|invoice)date", re.I)


def _label_beside(label: PageLine, value: PageLine) -> bool:
    """Whether ``label`` (letters only) lies left of ``value`` on the same row: one row OCR split in two lines
    where the page is skewed ("Check-in" a few px under "30.06.2025" on its right)."""
    if re.search(r"\d", label.text) or len(label.text.split()) > 3:
        return False
    right = max(w.left + w.width for w in label.words)
    top, bottom = label.top, max(w.top + w.height for w in label.words)
    v_top, v_bottom = value.top, max(w.top + w.height for w in value.words)
    overlap = min(bottom, v_bottom) - max(top, v_top)
    return right < min(w.left for w in value.words) and overlap >= 0.4 * min(bottom - top, v_bottom - v_top)


def _mk_date(y: int, m: int, d: int) -> dt.date | None:
    if y < 100:
        y += 2000
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _month_first_preferred(hints: ReceiptHints | None) -> bool | None:
    """Month first by the producer's locale hint (None: no locale given)."""
    if hints and hints.locale:
        return hints.locale in {"en-US", "en-PH", "es-US"} or hints.locale.endswith("-US")
    return None


# the order issuers in a currency print a numeric date in: US dollars month first; rupees, euros and pounds
# day first. Other currencies (a Canadian or Singapore dollar, a dirham) do not decide it.
DATE_ORDER_BY_CURRENCY = {"USD": "month-first", "INR": "day-first", "EUR": "day-first", "GBP": "day-first"}


def settle_date_order(fields: ReceiptFields, hints: ReceiptHints | None, *, converted: bool = False,
                      india: bool = False) -> ReceiptFields:
    """A date that reads both day-first and month-first, settled by the receipt's currency, or left ambiguous.

    The currency is the one read from the page (or the producer's currency hint when none was read); one
    the OCR engines disagree on decides nothing, nor does one on a page converting between currencies
    (``converted``: a US issuer's receipt of a payment in rupees), nor US dollars on a page naming an Indian party
    (``india``, ``names_india``). The basis names what decided (``day-first:INR``).
    """
    date = fields.date
    alt = date.alternatives[0] if date.ambiguous else None
    if date.value is None or alt is None or (alt.day, alt.month, alt.year) != (date.value.month, date.value.day,
                                                                               date.value.year):
        return fields  # no day/month reading to settle (other dates printed stay alternatives: ambiguous)
    currency = fields.currency.value or (hints.currency if hints else None)
    order = DATE_ORDER_BY_CURRENCY.get(currency or "")
    if order is None or "currency" in fields.disagreements or converted or (india and order == "month-first"):
        return fields.model_copy(update={"date": date.model_copy(
            update={"confidence": round(date.confidence * 0.5, 3)})})
    value = date.alternatives[0] if order == "month-first" else date.value
    return fields.model_copy(update={"date": date.model_copy(update={
        "value": value, "alternatives": date.alternatives[1:], "confidence": round(date.confidence * 0.95, 3),
        "basis": f"{date.basis}+{order}:{currency}" if date.basis else f"{order}:{currency}"})})


# a letter like a 1 glued to the start of a date, at a word's start ("DATE: L1AUG26", Tesseract's 11AUG26)
_GLUED_ONE = re.compile(r"(?:^|(?<=[^A-Za-z]))[lLI|]$")
# ... or a day's first digit split off by a space OCR read into it ("on 1 1/11/26" read off "on 11/11/26")
_SPLIT_DAY = re.compile(r"(?:^|(?<=\s))[0-3]\s$")


def dates_in_text(text: str) -> list[tuple[dt.date, list[dt.date], int, int]]:
    """Every date reading in ``text``: (day-first or only reading, other readings, start, end)."""
    out = []
    taken: list[tuple[int, int]] = []
    # a bar between the year and the time, PP-OCR's space before it lost ("10 April 2026| 07:44 pm", PhonePe's
    # "20Jul '26|05:08 PM"): a separator, not a 1 (same length)
    fixed = fix_digits_text(re.sub(r"(?<=\d{4})\||(?<=['’]\d{2})\|", " ", text))
    # PP-OCR drops the space between a year and the time ("Mar10,202503:21"): put it back (same length)
    fixed = re.sub(r"(?<=[,\s.\-/a-z])(\d{4})(\d{1,2}:\d{2})", lambda m: m.group(1) + " " + m.group(2)[1:]
                   if len(m.group(2)) == 5 else m.group(1) + " " + m.group(2), fixed, flags=re.I)
    for kind, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(fixed):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if _GLUED_ONE.search(fixed[: m.start()]):
                continue  # "L1AUG26": a day's first 1 read as a letter; 1 or 11 August is not surely read
            if _SPLIT_DAY.search(fixed[: m.start()]) and re.match(r"\d\D", m.group(0)):
                continue  # "1 1/11/26": 1 or 11 November is not surely read either
            g = m.groups()
            readings: list[dt.date] = []
            if kind == "ymd":
                d = _mk_date(int(g[0]), int(g[1]), int(g[2]))
                readings = [d] if d else []
            elif kind == "dmy_dot":
                d = _mk_date(int(g[2]), int(g[1]), int(g[0]))
                readings = [d] if d else []
            elif kind == "num":
                a, b, y = int(g[0]), int(g[1]), int(g[2])
                day_first = _mk_date(y, b, a)
                month_first = _mk_date(y, a, b)
                readings = [r for r in (day_first, month_first) if r]
                if day_first and month_first and day_first == month_first:
                    readings = [day_first]
            elif kind == "d_mon_y":
                d = _mk_date(int(g[2]), month_number(g[1]), int(g[0]))
                readings = [d] if d else []
            else:
                d = _mk_date(int(g[2]), month_number(g[0]), int(g[1]))
                readings = [d] if d else []
            if readings:
                taken.append(m.span())
                out.append((readings[0], readings[1:], m.start(), m.end()))
    return sorted(out, key=lambda r: r[2])


# an order paid in cash or otherwise at the door
_PAID_AT_THE_DOOR = re.compile(r"(?i:\b(?:paid|pay|cash|payment)\s*(?:on|at)\s*(?:delivery|the\s*door)\b)|\bCOD\b")


def parse_date(lines: list[PageLine], hints: ReceiptHints | None) -> FieldValue[dt.date]:
    """The receipt's date: one under a payment-date label, else under a plain date label, else an unlabelled
    one; a due, validity, offence or travel date never. A numeric date that reads both ways is settled by the
    locale hint; otherwise it is returned day-first with the month-first reading as its alternative
    (``settle_date_order`` then asks the currency)."""
    candidates = _date_candidates(lines)
    pool = ([c for c in candidates if c[2] == "payment"] or [c for c in candidates if c[2] == "label"]
            or [c for c in candidates if c[2] == "none"])
    if not pool:
        return FieldValue[dt.date]()
    line, (first, others, start, end), kind = pool[0]
    labelled = kind != "none"
    # a date printed under another label of the same strength (or, with no label, any other date) may be
    # the receipt's instead: "Order Date" and "Invoice Date" apart, a statement's rows
    competing = list(dict.fromkeys(f[0] for _, f, _ in pool[1:] if f[0] != first and f[0] not in others))
    if any(_PAID_AT_THE_DOOR.search(c.text) for c in lines):
        # an order paid at the door ("Paid on delivery Cash") may have been paid on the day it was delivered
        competing += _other_dates_labelled(candidates, r"deliver", first, competing, lines)
    if any(_RECEIVED_BY_RAIL.search(c.text) or _PAID_STAMP.fullmatch(c.text) for c in lines):
        # a bill that records its balance received by a rail ("Balance received by NEFT Rs.99,720.00"), or stamped
        # paid, may have been paid on the day it says it was received ("Received on 30/4/2026", "Received by UPI on
        # 17/04/2026, UPI Ref …"), not on the bill's own date
        competing += _other_dates_labelled(candidates, rf"\breceived\s*(?:(?:by|via|through)\s*(?:{BANK_RAILS}|cheque|"
                                                       r"card)\s*)?on\W*$", first, competing, lines)
    words = line.words_in(start, end)
    basis = "label:date" if labelled else "format"
    if others:
        month_first = _month_first_preferred(hints)
        if month_first is not None:
            assert hints is not None and hints.locale is not None
            order = "month-first" if month_first else "day-first"
            return FieldValue[dt.date](value=others[0] if month_first else first, confidence=_conf(words, 0.95),
                                       evidence=_evidence(words), alternatives=competing,
                                       basis=f"{basis}+{order}:locale {hints.locale}")
        return FieldValue[dt.date](value=first, confidence=_conf(words), evidence=_evidence(words),
                                   alternatives=[others[0], *competing], basis=basis)
    return FieldValue[dt.date](value=first, confidence=_conf(words), evidence=_evidence(words),
                               alternatives=competing, basis=basis)


def _other_dates_labelled(candidates: list[tuple[PageLine, tuple[dt.date, list[dt.date], int, int], str]], label: str,
                          first: dt.date, competing: list[dt.date], lines: list[PageLine]) -> list[dt.date]:
    """Another event's dates whose text before them on their line (or, alone on it, the line above: a label stacked
    over its value) matches ``label``, not yet among the rivals."""
    index = {id(line): i for i, line in enumerate(lines)}  # (the candidates' lines are these)
    return [f[0] for c, f, k in candidates if k == "other" and f[0] != first
            and re.search(label, text_before(lines, index[id(c)], f[2]), re.I) and f[0] not in competing]


def text_before(lines: list[PageLine], index: int, start: int) -> str:
    """The text before a character of a line, or the end of the line above when nothing precedes it there (a
    wrapped sentence, or a label stacked over its value)."""
    before = lines[index].text[:start]
    return before if before.strip() or not index else lines[index - 1].text[-40:]


ENGLISH_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
                 r"[o0]ct(?:ober)?|n[o0]v(?:ember)?|dec(?:ember)?)")
_MONTH_WORD = r"(?:" + ENGLISH_MONTH + "|" + "|".join(p for p, _ in _FOREIGN_MONTHS) + r")\.?"
# a row's day under its sum in an app's list of payments ("9 Mar", "8Mar Failed", "1 Sep 2025", "Aug 22")
_ROW_DAY = re.compile(r"^\W*(?:\d{1,2}\s?" + ENGLISH_MONTH + r"\b|" + ENGLISH_MONTH + r"\s?\d{1,2}\b)", re.I)
# a phone's status bar on top of a screenshot ("7:38 5G 32%", "11:44"; "0938 5G 27%" with its colon lost, then only
# beside a network's or the battery's mark): the page starts under it
_BAR_MARK = r"am|pm|[2345]g\+?|lte|volte|wi-?fi|\d{1,3}\s?%"
# (its signal and battery icons read as short junk around the battery's level: "09:47 5G al 72% &)", "07:17 4G %06")
_STATUS_BAR = re.compile(rf"^\s*(?:\d{{1,2}}:\d{{2}}(?:\s*(?:{_BAR_MARK}|[^\w\s]+))*|"
                         rf"\d{{3,4}}(?:\s*(?:{_BAR_MARK}))+(?:\s*(?:{_BAR_MARK}|[^\w\s]+))*|"
                         r"\d{1,2}:\d{2}(?:\s+\S{1,3})*?\s+(?:\d{1,3}\s?%|%\s?\d{1,3})(?:\s*\S{1,3})*|"
                         # (or beside a network's mark with a letter or a dot of its icons run on, "9:42 al 5Gc @)",
                         # "17:56 Vo LTE. 86%")
                         rf"\d{{1,2}}:\d{{2}}(?:\s+\S{{1,3}})*?\s+\W?(?:[2345]g\+?|lte|volte)\W?\w?\W?(?:\s+\S{{1,3}})*)\s*$", re.I)


# a browser's address bar over a page ("← receipts.sumup.com/gtkbkmfw", its arrow and lock read "€ i@"; a dot OCR
# lost before the domain's last part, "netbanking.rgb.bank in/retail"): no name
_ADDRESS_BAR = re.compile(r"^\W*(?:\S{1,2}\s+){0,2}(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:\s[a-z]{2,3})?/\S*\s*$|"
                          r"^\W*https?://\S+\s*$", re.I)


def below_status_bar(lines: list[PageLine]) -> list[PageLine]:
    """The page under a phone's status bar and a browser's address bar."""
    lines = lines[1:] if lines and _STATUS_BAR.match(lines[0].text) else lines
    return lines[1:] if lines and _ADDRESS_BAR.match(lines[0].text) else lines


# what a printed date leaves behind when OCR could not read it whole: a date label, a month's name next to
# digits, digits in a date's or a time's shape
# a day in numbers with a date's separators ("2026.03.05", "05-O3-26"), read or not
_NUMERIC_DAY = r"(?<!\d)\d{1,4}\s?[/\-.]\s?\d{1,2}\s?[/\-.]\s?\d{1,4}(?!\d)"
_DATE_RESIDUE = re.compile(
    rf"\b(?:date|dated|dt|dinank|paid\s*on|ordered\s*on|invoice\s*date|bill\s*date|value\s*date|datum|fecha)\b|"
    rf"\b{_MONTH_WORD}\s*[\d,]|\d\s*{_MONTH_WORD}\b|{_NUMERIC_DAY}|"
    # (an hour after a word and a dot too: "Today.05:17pm", its comma read as a dot)
    r"(?<![\d,])(?<!\d\.)\d{1,2}:\d{2}(?![\d.,])|"
    # and an hour as the euro area prints it ("09.09 uur", "9.09 Uhr", "09h09")
    r"(?<![\d.])\d{1,2}\.\d{2}\s*(?:uur|uhr)\b|(?<![\d.,])\d{1,2}h\d{2}(?!\d)|"
    # a moment's label ending its line, its value unread ("Received at _": a table's cell OCR lost)
    r"\b(?:received|credited|debited|sent|transferred|initiated|completed)\s*(?:on|at)[\W_]*$", re.I)


# a day's shape, read or not: a month's name beside digits ("5th March", "Mar 5", "05Mar26"), or in numbers
_DAY_SHAPE = re.compile(rf"\d\s*(?:st|nd|rd|th)?\s*(?:of\s*)?{_MONTH_WORD}(?![a-z])|(?<![a-z]){_MONTH_WORD}\s*\d|"
                        + _NUMERIC_DAY, re.I)


_RUN_OF_DIGITS = re.compile(r"(?<!\d)(\d{6}|\d{8})(?!\d)")


def _compact_day(digits: str) -> bool:
    """Whether six or eight digits read as a day run together ("120325", "20250312"), either way round."""
    if len(digits) == 6:
        readings = [(digits[:2], digits[2:4], "20" + digits[4:]), (digits[4:], digits[2:4], "20" + digits[:2])]
    else:
        readings = [(digits[:2], digits[2:4], digits[4:]), (digits[6:], digits[4:6], digits[:4])]
    return any(1 <= int(d) <= 31 and 1 <= int(m) <= 12 and 1990 <= int(y) <= 2099 for d, m, y in readings)


def may_be_a_day(text: str) -> bool:
    """Whether ``text`` reads as a date or has a date's shape (what a label's value must have to be a day)."""
    fixed = fix_digits_text(text)
    return bool(dates_in_text(text)) or bool(_DAY_SHAPE.search(fixed)) or any(
        _compact_day(m.group(1)) for m in _RUN_OF_DIGITS.finditer(fixed))


def date_unsure(lines: list[PageLine]) -> bool:
    """With no date read: does the page still show something that may be one? Then it is not positively absent."""
    # (not the phone's clock in its status bar)
    return any(_DATE_RESIDUE.search(fix_digits_text(line.text)) for line in below_status_bar(lines))


def fix_digits_text(text: str) -> str:
    """``fix_digits`` on each word of a line that has a digit (same length)."""
    return " ".join(fix_digits(t) if re.search(r"\d", t) else t for t in text.split(" "))


# ---------------------------------------------------------------- transaction id, merchant, status
# are read by label and geometry in tasks/receipts/labels.py


# ---------------------------------------------------------------- payment method

# a bare "Payment" labels a method only with its value on its row ("Payment CASH"): "UPI Payment" over a button is
# a title
_METHOD_LABEL = re.compile(r"\b(paid\s*(?:by|via|using|through|from)|payment\s*(?:mode|method|type|source)|"
                           r"payment\s*received\s*(?:by|via|through)|"
                           r"pay\s*mode|mode(?:\s*of\s*payment)?|method|tender|paid\s*with|funding\s*source|"
                           r"debited\s*from|charged\s*to|"
                           # (not a page's title: "Payment receipt" over BHIM's "Bank transfer")
                           r"payment(?=\s*[:\-]?\s*\w)(?!\s*(?:receipts?|details?|summary|history|confirmation|advice|"
                           r"voucher)\b)|"
                           # German, French, Spanish, Italian
                           r"zahl(?:ungs)?art|zahlweise|bezahlt\s*mit|mode\s*de\s*paiement|forma\s*de\s*pago|"
                           r"m[ée]todo\s*de\s*pago|metodo\s*di\s*pagamento)\b\s*[:\-]?\s*", re.I)
# under a method label, an app's own balance is a wallet ("MobiKwik Balance", "PayPal balance", "Ola Money")
# (its name words with no dash alone between them, and no verb after it: not a status sentence after a "Payment"
# label, "Payment pending - money debited, …")
_WALLET_VALUE = re.compile(r"^\W*[A-Za-z](?:\w|-(?=\w)|\s(?=\w)){1,20}?\s(?:balance|cash|money)\b"
                           r"(?!\s*(?:debited|deducted|sent|received|credited|transferred|refunded|returned|reversed|"
                           r"has|have|is|was|will)\b)", re.I)
# an oil company's fleet card, or a slip's sale by one ("INDIANOIL XTRAPOWER", "FLEET SALE"): a prepaid balance with
# the oil company, a wallet, not a bank's card
_FLEET_CARD = r"\bxtra\s*power\b|\bdrive\s*track\b|\bsmart\s*fleet\b|\bfleet\s*(?:card|sale)\b"
# the card brand Visa, not a travel visa: not named so after the word ("Visa Type", "Visa Fee", "visa photos") or
# before it ("e-visa", "tourist visa"), as a visa centre's or a photo studio's receipt prints it
_VISA_CARD = r"(?<!\be-)(?<!\be–)(?<!\be\s)(?<!tourist\s)(?<!student\s)(?<!work\s)(?<!transit\s)" \
             r"(?<!visitor\s)(?<!schengen\s)\bvisa\b" \
             r"(?![\s\-]*(?:type|category|class|fees?|application|appointment|cent(?:re|er)|stamp|on\s*arrival|" \
             r"processing|services?|photos?|pictures?)\b)"
# a card's or an account's number masked but for its last four ("**** 1000", "XXXX 2416")
_MASKED_FOUR = r"(?:\*{4}|[Xx]{4})\s\d{4}"
# a bank card's network or kind by name, the first of the card keywords (a fleet card's slip prints none)
_CARD_NETWORK = rf"{_VISA_CARD}|master\s*card|\brupay\b|\bamex\b|\bmaestro\b|\bdebit\s*card\b|\bcredit\s*card\b"
_METHOD_KEYWORDS: list[tuple[PaymentMethod, re.Pattern[str]]] = [
    # (UPI Lite's on-device balance is UPI: "Debited from UPI Lite wallet")
    (PaymentMethod.WALLET, re.compile(r"(?<!lite\s)\bwallet\b|\bamazon\s*pay\s*balance\b|\bpaypal\s*balance\b|"
                                      r"\b(?:apple|uber)\s*cash\b|\bcash\s*app\b|\btwint\b|\bmobile\s*pay\b|"
                                      r"\bpay\s*pal\b|\bapple\s*pay\b|"
                                      r"\bpayconiq\b|"
                                      # mobile-money apps
                                      r"\bm-?pesa\b|\bgcash\b|\bjazz\s*cash\b|\beasy\s*paisa\b|\bbkash\b|\bnagad\b|"
                                      # Sri Lanka's ("eZ Cash", "mCash"): a wallet's name, not cash
                                      r"\bez\s*cash\b|\bm-?cash\b|"
                                      rf"\bgrab\s*pay\b|\bpaypay\b|\bmobile\s*money\b|{_FLEET_CARD}", re.I)),
    (PaymentMethod.UPI, re.compile(r"\bupi\b|\bg\s?pay\b|google\s*pay|phone\s?pe|\bbhim\b|"
                                   r"\b[\w.\-]+@(ok\w+|ybl|ibl|axl|upi|paytm|apl|okicici)\b|"
                                   # any payee's UPI handle: a bank's or an app's name after the "@", no domain's dot
                                   # ("9723156165@naviaxis", "goyalpaints@superyes"), as no e-mail address prints it
                                   # (nor a mail's sender in its brackets, its domain's dot read with a space after:
                                   # "<credit.advice@alerts. bank.in>")
                                   r"(?<![<\w.\-])[\w.\-]{2,}@[a-z]{2,15}\b(?![.@\-]?\w|\.\s[a-z]+\.[a-z])", re.I)),
    (PaymentMethod.NETBANKING, re.compile(r"net\s*-?\s*banking|\bneft\b|\bimps\b|\brtgs\b|"
                                          r"(?:internet|online)\s*banking|\bideal\b|"
                                          r"\b(?:wire|bank|bacs|sepa|ach|giro)\s*(?:credit\s*|instant\s*)?transfer\b|"
                                          r"\bsepa\b|\bbacs\b|faster\s*payments?\b|\bchaps\b|\braast\b|"
                                          # a bank debit the payer set up (a direct debit, a standing order)
                                          r"direct\s*debit|\blastschrift|standing\s*order", re.I)),
    (PaymentMethod.CARD, re.compile(rf"{_CARD_NETWORK}|\b(?:debit|credit)\s*tend(?:er)?\b|"
                                    # a job card, a ration card, a travel or loyalty card, a card's balance pay for nothing,
                                    # nor is a shop's own stored-value card a bank's ("Range card **1865" over its balance),
                                    # nor an identity card ("Photos for OCI card", "PAN card", "ID card"), nor a reward's
                                    # scratch card
                                    r"(?<!job\s)(?<!ration\s)(?<!oyster\s)(?<!loyalty\s)(?<!member\s)(?<!membership\s)"
                                    r"(?<!\brange\s)(?<!gift\s)(?<!prepaid\s)(?<!\bstore\s)(?<!arcade\s)"
                                    r"(?<!\boc[il1]\s)(?<!\bpan\s)(?<!aadhaar\s)(?<!aadhar\s)(?<!\bid\s)(?<!identity\s)"
                                    r"(?<!voter\s)(?<!student\s)(?<!scratch\s)(?<!scratch)"
                                    r"\bcard\b(?!\s*balance)|\bcontactless\b|"
                                    r"chip\s*(?:&|and)?\s*pin|"
                                    r"\b(?:kredit|debit|bank|ec-?|giro)?karte\b|\bgirocard\b|\btarjeta\b|\bcarte\s*bancaire\b|"
                                    rf"(?<![A-Za-z/]){_MASKED_FOUR}\b|"
                                    # a brand before its masked number ("DISCOVER XXXX9167", "Discover ending in 5153")
                                    r"\b(?:discover|diners|jcb)\s+(?:[Xx*]{4,}|ending\s*(?:in|with)\s*)\d{4}\b", re.I)),
    # "Cash App", a "Cash balance", a cash-back, a "Cash counter" stamp (a place, where cards pay too) and a "Cash / Credit
    # Bill" (either way) are no cash
    (PaymentMethod.CASH, re.compile(r"\bcash\b(?!\s*(memo|back|bill|balance|app|card|counter)\b)(?!\s*/\s*credit)|"
                                    # French, Spanish, Italian, Dutch, German
                                    r"\besp[eè]ces\b|\befectivo\b|\bcontanti?\b|\bbargeld\b", re.I)),
]


_GOOGLE_PAY = re.compile(r"g\s?pay|google\s*pay", re.I)
# a masked number right after a bank's name ("State Bank of India **** 1000", "Axis Bank XXXX 2416") is its account
_ENDS_WITH_BANK = re.compile(r"\bbank\b(?:\s+of\s+[A-Za-z]+)?[\s·•:,\-]*$", re.I)
# German cash, the whole value of a method label ("Zahlart: Bar"); anywhere else "Bar" is a bar's
_CASH_VALUE = re.compile(r"\W*bar(?:zahlung|\s*bezahlt)?\W*$", re.I)
# an app's footer about the services it offers, not the way this payment went (its cue still keeps the method unproven)
_SERVICE_FOOTER = re.compile(r"\bin\s*partnership\s*with\b|\bpowered\s*by\b|^\W*upi\s*by\b", re.I)
_FOREIGN_MONEY = re.compile(r"[$€£]|\b(?:USD|EUR|GBP)\b")


# (a bank's savings account by its kind: "PNB Savings **** 2878")
_ACCOUNT_WORD = re.compile(r"\ba/c\b|account|\bsavings\b|\biban\b|konto|rekening|\bcompte\b|\bcuenta\b|\bconto\b",
                           re.I)


def parse_payment_method(lines: list[PageLine]) -> FieldValue[PaymentMethod]:
    # "Nagad" is Bangladesh's mobile wallet, and in Hindi and Marathi the word for cash; Google Pay is UPI in India
    indian = indian_page(lines)
    abroad = not indian and not any("upi" in line.text.lower() for line in lines) and any(
        _FOREIGN_MONEY.search(line.text) for line in lines)

    def match(text: str) -> tuple[PaymentMethod, re.Match[str]] | None:
        for method, pattern in _METHOD_KEYWORDS:
            m = pattern.search(text)
            if m and method == PaymentMethod.CARD and re.fullmatch(_MASKED_FOUR, m.group(0)) \
                    and (_ENDS_WITH_BANK.search(text[:m.start()]) or _ACCOUNT_WORD.search(text[:m.start()])):
                # "Paid from State Bank of India **** 1000", "Debited from" over "PNB Savings **** 2878": the bank
                # account debited, not a card
                continue
            if m:
                cash_word = indian and m.group(0).lower() == "nagad"
                if method == PaymentMethod.UPI and abroad and _GOOGLE_PAY.fullmatch(m.group(0)):
                    method = PaymentMethod.WALLET  # Google Pay outside India pays with a stored card
                return (PaymentMethod.CASH if cash_word else method), m
        return None

    def labelled(value: str) -> tuple[PaymentMethod, re.Match[str]] | None:
        """What a method label's value names: German cash as the whole value, a keyword, an app's balance (a wallet)."""
        cash = _CASH_VALUE.match(value)
        if cash:
            return PaymentMethod.CASH, cash
        hit = match(value)
        if hit:
            return hit
        wallet = _WALLET_VALUE.search(value)
        return (PaymentMethod.WALLET, wallet) if wallet else None

    # a labelled line ("Paid by: Card") decides; otherwise the first keyword on the page
    found_labelled: list[tuple[PaymentMethod, list[OcrWord]]] = []
    cheque = False  # a label names a cheque or a draft, none of the ways a receipt's method can be
    for li, line in enumerate(lines):
        lm = _METHOD_LABEL.search(line.text)
        if not lm:
            continue
        # the value after the label on its row, or on the next line when the label ends its row (stacked), or when
        # the label's row names who paid and the next line is only the way ("Paid by customer" over "Cash")
        value_line, offset = line, lm.end()
        found = labelled(line.text[lm.end():])
        below = lines[li + 1] if li + 1 < len(lines) else None
        if below is not None and not line.text[lm.end():].strip():
            value_line, offset = below, 0
            found = labelled(below.text)
        elif below is not None and found is None and (alone := match(below.text)) \
                and not below.text[: alone[1].start()].strip(" :-") and not below.text[alone[1].end():].strip(" .:-"):
            value_line, offset, found = below, 0, alone
        if found:
            method, m = found
            found_labelled.append((method, value_line.words_in(offset + m.start(), offset + m.end())))
        elif _CHEQUE_VALUE.match(value_line.text[offset:]):
            cheque = True
    if found_labelled:
        method, words = found_labelled[0]
        # two labels naming different ways (a counter's "Paid by customer: Cash" beside its "Transfer mode: NEFT"):
        # which one the payer used is the page's doubt
        others = [other for other in dict.fromkeys(f[0] for f in found_labelled) if other != method]
        if method == PaymentMethod.CARD and any(re.fullmatch(r"rupay", w.text, re.I) for w in words) and any(
                re.search(r"\bupi\b", other.text, re.I) for other in lines) and PaymentMethod.UPI not in others:
            # a RuPay credit card paid through UPI ("Credit on UPI", "Paid using Kiwi RuPay Credit Card", its UPI
            # reference): a card to some readers, UPI to others (heldout317)
            others.append(PaymentMethod.UPI)
        return FieldValue[PaymentMethod](value=method, confidence=_conf(words, 0.6 if others else 1.0),
                                         evidence=_evidence(words), basis="label:method", alternatives=others)
    if cheque or any(_CHEQUE_LINE.match(line.text) for line in lines):
        # "Payment mode Cheque", a receipt's "Cheque No." or "Cheque amount": the way is stated, and it is none of
        # ours; a keyword elsewhere ("visa services" in a travel agent's letterhead) says nothing of this payment
        return FieldValue[PaymentMethod]()
    hits = []
    fleet = any(re.search(_FLEET_CARD, line.text, re.I) for line in lines)
    for line in _not_the_card_paid(lines):
        if _ADDRESS_BAR.match(line.text):
            continue  # where the page is shown ("netbanking.ucobank.com/corp/ChequeStatus"), not how this payment went
        if _SERVICE_FOOTER.search(line.text):
            continue  # an app's footer names its service ("UPI services in partnership with Axis Bank"), not this payment's way
        if _REWARD_TO_WALLET.search(line.text):
            continue  # where a reward goes ("You won Rs 120 cashback!" over "Credited to your wallet"), not the way paid
        if _PAY_INSTRUCTION.search(line.text):
            continue  # how to pay what is still owed ("Please pay the balance by NEFT or UPI"), not how this was paid
        hit = match(line.text)
        if hit and hit[0] == PaymentMethod.CARD and _ACCOUNT_WORD.search(line.text):
            continue  # a masked account number ("IBAN DE81 6869 **** 4907", "Von Konto **** 4159") is no card
        if hit and hit[0] == PaymentMethod.CARD and fleet and not re.search(_CARD_NETWORK, line.text, re.I):
            continue  # on a fleet sale, a "CARD NO" with no bank's network is the fleet card's (a wallet, read above)
        if hit:
            hits.append((line, *hit))
    if not hits:
        return FieldValue[PaymentMethod]()
    line, method, m = hits[0]
    words = line.words_in(m.start(), m.end())
    # the page names other ways to pay too: which one paid is the page's doubt, which a second engine reading the
    # same page does not settle
    others = [other for other in dict.fromkeys(h[1] for h in hits) if other != method]
    if fleet and method == PaymentMethod.WALLET and PaymentMethod.CARD not in others:
        # a fleet card's balance is the oil company's (a wallet), but it is a card to its holder: the sets written apart
        # from the parser count it either way (heldout172: card), so which one is a reader's call
        others.append(PaymentMethod.CARD)
    return FieldValue[PaymentMethod](value=method, confidence=_conf(words, 0.6 if others else 1.0),
                                     evidence=_evidence(words), basis="keyword", alternatives=others)


# a receipt's line for the cheque it took ("Cheque No. 357313", "Cheque amount Rs 70,110.00")
_CHEQUE_LINE = re.compile(r"\W*(?:cheque|chq)\.?\s*(?:no|number|amount|date)\b", re.I)
# a sentence telling the payer how to pay ("Please pay the balance by NEFT or UPI", "You can also pay by card")
_PAY_INSTRUCTION = re.compile(r"\bplease\s+pay\b|\bpay\s+the\s+balance\b|\b(?:can|may)\s+(?:also\s+)?pay\b", re.I)
# a method label's value that is a cheque or a demand draft ("Payment mode Cheque", "Mode: DD")
_CHEQUE_VALUE = re.compile(r"\W*(?:cheque|chq|check|demand\s*draft|dd)\b", re.I)
_REWARD_TO_WALLET = re.compile(r"\b(?:credited|added)\s*(?:to|in(?:to)?)\s*your\s*(?:\w+\s*)?wallet\b", re.I)


# wordings of a way to pay, wider than the keywords read above: with no method read, a page that prints one
# has a method we could not read ("Debited from MobiKwik Balance", "SEPA Credit Transfer")
_METHOD_CUE = re.compile(
    rf"\b(?:card|{_VISA_CARD}|master\s*card|amex|american\s*express|rupay|maestro|discover|debited|credited|upi|vpa|"
    r"wallet|net\s*-?\s*banking|internet\s*banking|online\s*banking|(?:bank|wire)\s*transfer|neft|imps|rtgs|"
    r"sepa|bacs|ach|chaps|faster\s*payments?|giro|raast|cash|coins?|notes|contactless|chip|apple\s*pay|google\s*pay|"
    # a wire's rail ("International payment (SWIFT)" under a "Type" label): a bank transfer to some sets, unread here
    r"swift|"
    r"paypal|cheque|check\s*no|paid\s*(?:by|via|using|with|through|from)|pay(?:ing)?\s*from|from\s*(?:a/c|account)|"
    # (a bank app's "From Canara Bank XX1143" under the payee: the account a rail moved the money from)
    r"from\s*(?:[a-z]+\s+){0,3}bank\s*(?:a/c\s*)?(?:x{2,}|\*{2,})\d{2,4}|"
    # a card's or a lender's instalments ("HDFC CC EMI") under a payment section's heading; a payee's UPI handle,
    # also split after its "@" by OCR ("techfixsolut.9558@ yescred")
    r"payment\s*(?:mode|method|type|details?)|mode|tender|funding|source|emi|"
    # a bank's reference for the money moved (a UTR: UPI, IMPS or NEFT; an RRN: UPI or a card), whatever named the way
    r"utr|rrn)\b|[\w.\-]+@\s?[a-z]{2,}\b(?![.\w\-])|"
    # "UPI" with its "I" misread before what it names ("UP! payment receipt")
    r"\bup[!|1l](?=\s*(?:payment|ref|transaction|txn|id)\b)",
    re.I)


def method_unsure(lines: list[PageLine]) -> bool:
    """With no method read: does the page still name a way to pay? Then the method is not positively absent.

    So does a network's reference alone on its line (twelve digits, a UPI or IMPS reference whose label OCR lost: the
    rail it names went unread with it), or under a bare "Ref" that names no rail (a bank's SMS: "Ref 629414195601"); so
    does a chat's payment bubble, its state and time alone ("√ Paid · 5:35 pm": a payment made inside a chat app)."""
    return any(_METHOD_CUE.search(text) for text in spelled_apart(_not_the_card_paid(lines))) or any(
        re.fullmatch(r"\W*(?:ref(?:erence)?\.?\s*(?:no\.?|number|#)?\s*[:.\-]?\s*)?\d{12}\W*", line.text, re.I)
        or _CHAT_PAYMENT_STATE.fullmatch(line.text) for line in lines)


# (or with a space alone between: WhatsApp's "Paid 11:55 am" under the sum)
_CHAT_PAYMENT_STATE = re.compile(r"\W*(?:[v√✓]\s+)?(?:paid|sent|received)\s*(?:[·•*.\-]\s*)?\d{1,2}[:.]\d{2}\s*(?:am|pm)?\W*",
                                 re.I)


# an outcome word OCR ran into the small letters before it, ending its line ("Scheduledtransferexecuted")
_OUTCOME_JOIN = re.compile(r"(?<=[a-z]{3})(?=(?:executed|successful(?:ly)?|completed|failed|declined|rejected|"
                           r"processed|pending)\W*$)")


def spelled_apart(lines: list[PageLine]) -> list[str]:
    """Each line's text, and again with the words OCR ran together split apart ("ReceivedSuccessfully",
    "Scheduledtransferexecuted")."""
    return [text for line in lines
            for text in dict.fromkeys((line.text, _OUTCOME_JOIN.sub(" ", CAMEL_JOIN.sub(" ", line.text))))]


# a credit card's bill being paid: its minimum due, "Paid to … Credit Card", a bank's "Credit Card Payment" notice
_CARD_BILL = re.compile(r"minimum\s*(?:amount\s*)?due|card\s*bill|paid\s*to\b.*\bcredit\s*card|"
                        r"credit\s*card\s*payment", re.I)


def _not_the_card_paid(lines: list[PageLine]) -> list[PageLine]:
    """The lines that may name the way to pay: on a card bill's payment, the card's own lines name what was paid
    ("Card XXXX XXXX XXXX 7766", "Paid to American Express Credit Card"), not what it was paid with."""
    if not any(_CARD_BILL.search(line.text) for line in lines):
        return lines
    # (the bill's own title too: "Credit Card Payment Acknowledgement" names what was paid)
    card = [bool(re.search(r"card", line.text, re.I))
            and (not _METHOD_LABEL.search(line.text) or bool(_CARD_BILL.search(line.text))) for line in lines]
    # ... and the number stacked under a card's label ("Card Number" over "XXXXXXXXXXXX3936")
    under = [False, *(above and bool(re.fullmatch(r"[\sXx*•·\d-]+", line.text)) for above, line in zip(card, lines[1:]))]
    return [line for line, is_card, below in zip(lines, card, under) if not (is_card or below)]


# ---------------------------------------------------------------- status

_STATUS_WORDS: dict[str, PaymentStatus] = {
    "successful": PaymentStatus.SUCCESS, "success": PaymentStatus.SUCCESS, "completed": PaymentStatus.SUCCESS,
    "complete": PaymentStatus.SUCCESS, "approved": PaymentStatus.SUCCESS, "paid": PaymentStatus.SUCCESS,
    "safal": PaymentStatus.SUCCESS, "successfully": PaymentStatus.SUCCESS,
    "failed": PaymentStatus.FAILED, "failure": PaymentStatus.FAILED, "declined": PaymentStatus.FAILED,
    "unsuccessful": PaymentStatus.FAILED, "asafal": PaymentStatus.FAILED, "rejected": PaymentStatus.FAILED,
    "pending": PaymentStatus.PENDING, "processing": PaymentStatus.PENDING, "in progress": PaymentStatus.PENDING,
}
def describe(fields: ReceiptFields) -> dict[str, Any]:
    """The flat values plus confidences, for logs and the benchmark."""
    return {name: (value, fields.field(name).confidence) for name, value in fields.values().items()}
