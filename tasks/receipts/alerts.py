"""A bank's transaction alert (an SMS, an e-mail) read as the sentence it is.

Alerts print no labels: "ICICI Bank Acct XX897 debited for Rs.19,179.32 on 24-Jan-25; RITU AGARWAL credited.
UPI:502405582264." The sentence, wrapped over the bubble's lines, says who was paid, the payment's reference, how
it ended and on which day. ``read_alert`` joins the page's lines into one running text and reads those four for the
parser to take where its labels found nothing. A page is an alert when it names a masked account or card and money
moving, or a sum going to someone ("Your UPI transaction of Rs.4,010.00 to HERITAGE HANDICRAFTS … is under process").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from tasks.receipts.labels import STANDING_RULE, WHOLE_UTR, _name, plausible_name, stray_bracket
from tasks.receipts.parser import (CHARGE_WORDS, ENGLISH_MONTH, _OTHER_DATE, PageLine, _conf, _evidence, dates_in_text,
                                   decimal_of)
from tasks.receipts.schema import FieldValue, PaymentStatus
from workers.engines.ocr import OcrWord

# the account or card an alert is about, masked ("A/c XX1234", "Acct XX897", "account **1669", "Card XX1234")
# ("Card ending 8301", "Card Number XXXX XXXX XXXX 8301")
# (masked with dots too: Bank of Baroda's "A/c ...2416"; its slash read as a letter: "Alc no. XX1248")
# (a current or savings account by its letters, after the money's verb: Kolhapur DCC Bank's "debited from CA ...7812";
# or after "from" alone, "IMPS RS 45,930.00 to NAME dt 24/09/2026 from CA..6748"; a banking page's "Debit account
# VARUNA KALEEN EXPORTS PVT LTD - CA XX5618" makes no alert)
_MASKED_ACCOUNT = re.compile(r"\b(?:a/?c|a[l1|]c|acct|account|card)\b\.?\s*(?:no\.?\s*)?(?:[x*•]+|\.{2,}|…)\s?\d{3,6}\b"
                             r"|\b(?:debited|credited|from)\s+(?:from|to|in)?\s*(?:ca|sb)\s*(?:[x*•]+|\.{2,}|…)\s?\d{3,6}\b"
                             r"|\b(?:card|a/?c|acct|account)\s+ending(?:\s+(?:in|with))?\s+\d{4}\b|\bcard\s+number\s+(?:[x*•]{4}\s?){2,3}\d{4}\b", re.I)
# a rupee's mark before a sum ("Rs.", "INR", Union Bank of India's "Rs:")
_RUPEE = r"(?:rs[.:]?|inr|₹)"
_SUM = _RUPEE + r"\s*\d[\d,]*(?:\.\d{1,2})?"  # a sum with its mark ("Rs.19,179.32", "INR 7,660.00", "Rs:15,500.00")
# the nouns of a sum that moved ("UPI txn of Rs.X", "payment of INR X"; a rail's own: ICICI's "NEFT of INR 380011.28 to
# KORA WORKS COWORKING from A/c …")
_TRANSFER_OF = r"(?:txn|transaction|payment|transfer|neft|imps|rtgs)\s+of"
# a rail and its sum going to someone, with no verb: a district co-operative bank's "IMPS RS 45,930.00 to NAME dt
# 24/09/2026 from CA..6748" (money that moved, its outcome unsaid)
_RAIL_SUM_TO = r"\b(?:imps|neft|rtgs)\s+" + _SUM + r"\s+to\b"
# a sum's debit mark, Bank of Baroda's ("Rs.2,05,229.21 Dr. from A/C XXXXXX7049"; PP-OCR: "Rs.205,229.21Dr.fromA/C")
_DEBIT_MARK = r"(?-i:Dr)\b(?=\.?\s*from\b)"
_MONEY_MOVED = re.compile(r"\b(?:debited|credited|pending\s+debit|sent|spent|withdrawn|transferred|deducted|used\s+for|"
                          # (in a sentence's small letters: an app screen's "Paid to" labels its payee under the sum;
                          # Jana Small Finance Bank's "You paid Rs.X to NAME from A/c **9070")
                          r"(?-i:paid)\s+(?:" + _SUM + r"\s+)?to|"
                          # (IndusInd Bank's UPI alert opens with it: "Paid INR X to NAME from A/c *9324")
                          r"(?-i:\bPaid)\s+" + _SUM + r"\s+to|"
                          rf"{_TRANSFER_OF}|request\s+of)(?:\b|(?<=for)a\b)|(?<=\d)\s?" + _DEBIT_MARK + "|" + _RAIL_SUM_TO
                          # (the debit mark before the sum: a district co-operative bank's "A/c XX4862 Dr Rs.64,996.00")
                          + r"|(?-i:\bDr)\.?\s+(?=" + _SUM + ")", re.I)
# ("UPI txn of Rs.X … is pending"; "was used fora transaction": PP-OCR runs an article into the word before it)
# ... or, with no account named, a sentence of a sum going to someone ("Your pending UPI txn of Rs.3,800.27 to
# HARPREET SINGH on 31-May-26 is now successful", "Your NEFT request of INR 38165.00 to Kiran Fashion Hub (A/c …)")
_SUM_GOING_TO = re.compile(rf"\b(?:{_TRANSFER_OF}|request\s+of)\s+(?:rs\.?|inr|₹)\s*\d[\d,.]*\s+to\b", re.I)

# a payee's name in a sentence: up to six words (the words after it say where it ends; whether they are a name,
# ``plausible_name`` says: "AART! DESHMUKH" is a place for a name, read unsure)
# (".-IOB": a sign-off; a word's closing dot stands between words or at the end, so that a sentence's full stop
# before its next words is seen: "for IMPS to BRAHMAPUTRA PHARMA AGENC. IMPS Ref No …")
_WORD = r"[^\s\d@;,](?:[^\s@;,.]|\.(?![-\s]|$))*"
_NAME = rf"{_WORD}(?:\.? {_WORD}){{0,5}}?\.?"
_PAYEE_SHAPES = (
    # ICICI: "debited for Rs.X on <day>; NAME credited" (not money coming back: Punjab & Sind Bank's "was unsuccessful;
    # funds credited back to your A/c")
    re.compile(rf";\s*({_NAME})\s+credited\b(?!\s+back\b)", re.I),
    # SBI: "trf to NAME Refno", "trf to NAME by UPI", "trf to NAME via UPI"
    re.compile(rf"\btrf\s+to\s+({_NAME})\s+(?=(?:ref\s*no|refno|ref|upi|on|(?:by|via)\s+(?:upi|imps|neft|rtgs))\b)",
               re.I),
    re.compile(rf"\bto\s+vpa\s+\S+\s?@\s?\S+\s+({_NAME})\s+on\s+(?=\d)", re.I),  # HDFC mail: "to VPA x@y NAME on 10-05-26"
    # HDFC: "Sent Rs.X From … To NAME On 05/11/26" (its "on" read "0n" too)
    re.compile(rf"\bto\s+({_NAME})\s+[o0]n\s+(?=\d)", re.I),
    # ... and its other wording: "Sent Rs.X From HDFC Bank A/C *3402 on 03-11-26 To TGSPDCL by UPI." (PP-OCR: "UPl")
    # (IDBI Bank's "Rs.X debited from A/c XX6436 on 27-Mar-26 to NAME via UPI.")
    re.compile(rf"\bto\s+({_NAME})\s+(?:by|via)\s+(?:up[il1|]|imps|neft|rtgs)\b", re.I),
    # HDFC's mail: "has been debited for INR X towards SHREE BALAJI HEAVY HA on 13/09/2026 via NEFT"
    re.compile(rf"\btowards\s+({_NAME})\s+on\s+(?=\d)", re.I),
    # a transfer: "to Kiran Fashion Hub (A/c XX2706)", "request of INR X to PINNACLE CAREER INSTITUTE from A/c XX9163"
    # (Capital SFB: "Rs.X paid to NAME from your A/c XX4623"; a bank's name before it: HDFC's notification "Rs.X sent to
    # NAME from HDFC Bank A/c **8527 via UPI")
    re.compile(rf"\bto\s+({_NAME})\s+(?:\(|from\s+(?:your\s+)?(?:[A-Z][A-Za-z]*\s+){{0,3}})(?:a/?c|acct)", re.I),
    # a rural bank's: "debited Rs.X on <day> and transferred to NAME via UPI"
    re.compile(rf"\b(?:transferred|paid|sent)\s+to\s+({_NAME})\s+(?=(?:via|through|using)\b)", re.I),
    # ... or at its sentence's end (Kranti Urban Co-operative Bank's "withdrawn from A/c **2904 on 22.10.2026 via NEFT,
    # paid to PASCHIMANCHAL VIDYUT."), and PNB's "debited INR X thru IMPS; Bene: HASTINAPUR ROADWAYS."
    re.compile(rf"(?:\b(?:transferred|paid|sent)\s+to|\bbene\s*:)\s*({_NAME})(?=\.(?:\s|$)(?!\s*[A-Z][A-Za-z]*[.,]))",
               re.I),
    # "by NEFT in favour of NAME. UTR No …"
    re.compile(rf"\bin\s+favou?r\s+of\s+({_NAME})(?=[.;](?!\s*[A-Z][A-Za-z]*[.,])|\s+(?:utr|ref|on|bal|av[l1i]|avbl)\b)",
               re.I),
    # IDFC FIRST: "towards IMPS transfer to SOWMYA RAGHAVAN. Bal Rs.…"; IndusInd: "towards UPI to KRISHNA ZARI WORKS. UPI
    # Ref …"
    # (a rural bank's "is debited with Rs.X for NEFT to NAME. UTR …"; Bank of Baroda's "by IMPS to NAME.", Ujjivan's
    # "for IMPS payment to NAME.")
    re.compile(rf"(?:\b(?:imps|neft|rtgs|fund)?\s*transfer|\b(?:towards|for|by)\s+(?:upi|imps|neft|rtgs)"
               rf"(?:\s+(?:payment|transfer))?)\s+to\s+({_NAME})\s*"
               # (the sentence's end, not an abbreviation's dot inside the name: "PUNJAB MODEL SR. SEC. SCHO, UTR …";
               # "AvI bal": an "l" read as "I")
               r"(?=[.;](?!\s*[A-Z][A-Za-z]*[.,])|,\s*(?:utr|ref|upi)\b|\s+(?:bal|av[l1i]|avbl|ref|on|upi)\b)", re.I),
    # a card: "… at DMART on 29-08-2026", "Transaction of INR X made on your … Card ending 1210 at NAME on 27/11/26"
    re.compile(rf"\b(?:spent|used\s+for|transaction\s+of)\b.*?\bat\s+({_NAME})\s+on\.?\s+(?=\d)", re.I),
    # ICICI's card: "… has been used for a transaction of INR X on Oct 14, 2026 at 14:50:28. Info: BOMBAY SNEAKER CLUB."
    # (its name up to the sentence's end: no dot inside)
    re.compile(r"\bused\s+for\b.*?\binfo\s*:\s*(?!UPI\b)([^\s\d@;,.][^\s@;,.]*(?: [^\s\d@;,.][^\s@;,.]*){0,5}?)"
               r"(?=\s*[.,;]|\s*$)", re.I),
    # a statement narration: "UPI/P2M/609822204934/BANSAL MOBILE POINT", "Info: UPI-606323408006-VASTRA COLLECTION."
    re.compile(rf"\bUPI[/-](?:P2[MAP][/-])?\d{{12}}[/-]({_NAME})(?=\s*[.,;]|\s*$|\s+(?:Not|Avl|Avbl|Ref|on|Call)\b)"),
)
# the payee named by its UPI handle only ("to VPA 8431826146@ypbl. UPI Ref …"): a handle is an address, not a name
# (also without "VPA", an "on" OCR read "0n": "to laxmifashion.92@okaxis 0n 09/09/2026 is under process")
_HANDLE_ONLY = re.compile(r"\bto\s+(?:vpa\s+)?\S+\s?@\s?\S+?(?:[.,;]?\s+(?:[o0]n|upi|ref|is|has|was)\b|\.\s*$)", re.I)

# the sum the money that moved came to: right after its verb ("debited for Rs.X", "used for a transaction of INR X",
# "Sent Rs.X") or right before it ("Rs.X debited", "INR X paid to"); a balance or a limit beside it is no such sum
_MOVED_SUM = re.compile(
    r"\b(?:debited|credited|sent|spent|withdrawn|transferred|deducted|paid|" + _TRANSFER_OF + ")"
    r"(?:\s+(?:for|by|with|of))?\s*(" + _SUM + r")(?![.,]?\d)"  # (a sum misread "Rs.3.807.94" is none)
    r"|(" + _SUM + r")(?:\s+(?:(?:has|have)\s+been\s+|is\s+|was\s+)?(?:debited|credited|sent|spent|withdrawn|transferred|"
    r"deducted|paid)\b|\s*" + _DEBIT_MARK + ")", re.I)

# money credited to the account the alert is written for: the one paid is its reader, whom it does not name (not money
# "re-credited" to it: a transfer that came back, "has been REVERSED by the beneficiary bank; funds re-credited to your
# A/c")
_CREDITED_TO_ACCOUNT = r"(?<!re-)(?<!re)\bcredited\s+(?:to|in(?:to)?)\s+(?:your\s+)?(?:a/?c|acct|account)\b"
_CREDITED_TO_YOU = re.compile(_CREDITED_TO_ACCOUNT + r"|"
                              + _SUM + r"\s+credited\b|"
                              r"\b(?:a/?c|acct|account)\b\.?\s*(?:no\.?\s*)?[x*•]*\s?\d{3,6}\s+(?:is|has\s+been)\s+credited\b",
                              re.I)
_DEBITED = re.compile(r"\bdebit(?:ed)?\b|\bsent\b|\bspent\b|\bpaid\b", re.I)

# the payment's reference in the sentence: after its wording ("UPI:502405582264", ICICI's "IMPS:608315755744",
# "Refno …", "UPI Ref" wrapped onto the next line, "reference number is …") or in a narration ("UPI/P2M/<ref>/NAME");
# twelve digits, as UPI and IMPS references are; or a NEFT's or RTGS's UTR after its own word, its bank's four letters
# first ("UTR No RGBLN26167370581")
_REFERENCE = re.compile(
    r"(?:\bUPI\s*transaction\s*reference\s*number|\bUPI\s*Ref(?:erence)?(?:\s*No)?|\bRef(?:erence)?(?:\s*(?:No|number))?"
    r"|\bRefno|\bUTR(?:\s*No)?|\bRRN|\bIMPS(?:\s*Ref(?:\s*No)?)?|\bUPI)\.?\s*(?:is\s+)?[:.#\-]?\s*(\d{12})(?!\d)"
    r"|\bUPI[/-](?:P2[MAP][/-])?(\d{12})(?=[/-])"
    r"|\bUTR(?:\s*No)?\.?\s*[:.#\-]?\s*((?-i:[A-Z]{4}[A-Z0-9]{10,18}))(?<=\d)(?![A-Za-z0-9])"
    # (twelve digits OCR broke in two after "UPI:", "UPI:6313021 16594": joined back, as a UTR's rest is)
    r"|\bUPI\s*[:.#\-]\s*((?=(?:\d\s?){12}(?!\d))\d{2,10}\s\d{2,10})(?!\d)", re.I)

# the money left the account, or reached it: stated in the past ("has been debited", "debited for Rs.X", "Rs.X
# debited", "Sent Rs.X" -- its capital opens the message, whatever the thread's day divider before it --, "credited to
# your A/c")
_MOVED_NOW = re.compile(
    r"\b(?:has|have)\s+been\s+(?:debited|credited)\b|\b(?:is|was)\s+(?:debited|credited)\b"
    r"|\bdebited\s+(?:by|for|with|from|to|" + _RUPEE + r")(?!\w)|" + _SUM + r"\s+(?:debited|credited)\b"
    # (Capital SFB's "Rs.X paid to NAME from your A/c …", Bank of Baroda's "Rs.X transferred from A/c ...2416 to:IMPS/…")
    r"|" + _SUM + r"\s+(?-i:paid|transferred)\s+(?:to|from)\b"
    r"|(?:(?:^|[.!?]\s+)sent|(?-i:\bSent))\s+(?:rs\.?|inr|₹)|\byou\s+paid\s+" + _SUM + r"|(?-i:\bPaid)\s+" + _SUM + r"\s+to\b"
    r"|" + _CREDITED_TO_ACCOUNT +
    # (a card: "was used for Rs.X at …", "Rs.X spent on …")
    r"|\b(?:has\s+been|was|is)\s+used\s+fora?\b|\bspent\b|" + _SUM + r"\s+made\s+on\s+your\b"
    # (Federal Bank's "INR 12136.00 sent via UPI from your A/c XX3834 to VPA …")
    r"|" + _SUM + r"\s+sent\s+(?:via|from|by|to)\b"
    # (Kranti Urban Co-operative Bank's "Rs 60,474.00 withdrawn from A/c **2904")
    r"|" + _SUM + r"\s+withdrawn\s+from\b"
    # (the debit mark: a sentence ends at its dot, "Rs.X Dr." then "from A/C …")
    r"|" + _SUM + r"\s*(?-i:Dr)\b\.?(?:\s*from\b|$)"
    r"|(?-i:\bDr)\.?\s+" + _SUM, re.I)
# ... unless the alert speaks of a failure, a payment under way or money coming back, or only of what may happen
# (and a transfer bounced, or still awaiting its checker: "Bounced by the receiving bank - account dormant",
# "Awaiting authorisation by the approver" on a banking page that names its debit account and sum)
_OTHER_OUTCOME = re.compile(r"fail|declin|unsuccess|pending|under\s*process|in\s*process|revers|refund|reject|"
                            r"bounc|await|"
                            r"not\s+(?:been\s+)?(?:debited|processed|completed)|could\s*not|timed?\s*out|on\s*hold",
                            re.I)
# (not a statement's deduction for the items it turned down: "Less: Rejected claims Rs. 700.00")
_FAILED = re.compile(r"\b(?:has|have)\s+failed\b|\bis\s+failed\b|\bdeclined\b|\bunsuccessful\b|\bbounced\b|"
                     r"\brejected\b(?!\s+(?:claims?|items?|amounts?|qty|quantity|units?|lines?|bills?))|"
                     r"\bcould\s*not\s+be\s+(?:completed|processed)\b|\bhas\s+been\s+reversed\b", re.I)
# (and a banking page's transfer still awaiting its checker: "Pending authorisation - checker has not approved yet")
_PENDING = re.compile(r"\b(?:is|remains)\s+(?:pending|under\s+process|in\s+process|on\s+hold)\b|\bpending\s+debit\b|"
                      r"\bpending\s+(?:authori[sz]ation|approval)\b", re.I)
_CONDITIONAL = re.compile(r"\b(?i:if|in\s*case|any|will|would|should)\b|\bmay\b")  # ("May": a month)
_FUTURE = re.compile(r"\b(?:will|would|shall|may|to)\s+be\s+$", re.I)
_SENTENCE = re.compile(r"(?:[^.!?]|[.!?](?=\d))+(?:[.!?]|$)")  # ("Rs.19,179.32" is no sentence's end)


@dataclass(frozen=True)
class _RunningText:
    """The page's lines joined by spaces, and which words stand at which characters."""

    text: str
    lines: tuple[tuple[int, PageLine], ...]  # (offset in ``text``, line)

    @classmethod
    def of(cls, lines: list[PageLine]) -> _RunningText:
        parts, offset = [], 0
        for line in lines:
            parts.append((offset, line))
            offset += len(line.text) + 1
        return cls(" ".join(line.text for line in lines), tuple(parts))

    def words_in(self, start: int, end: int) -> list[OcrWord]:
        return [w for offset, line in self.lines if offset < end and offset + len(line.text) > start
                for w in line.words_in(start - offset, end - offset)]


@dataclass(frozen=True)
class AlertReading:
    """What an alert's sentence says: its payee (or that it names none), its reference and its outcome."""

    payee: FieldValue[str]
    payee_named: bool  # the sentence has a payee's place, whether or not a name could be read there
    names_no_payee: bool  # the payee is named by its UPI handle only, or is the alert's reader (money credited to them)
    credited_to_reader: bool  # then a name in its narration ("UPI/P2A/<ref>/VIKAS PANDEY") is the payer's
    transaction_id: FieldValue[str]
    status: FieldValue[PaymentStatus]
    date: FieldValue[dt.date]
    sums: tuple[FieldValue[Decimal], ...]  # each sum the page says moved, in order (a thread holds several alerts)


def read_alert(lines: list[PageLine]) -> AlertReading | None:
    """The payee, reference and outcome an alert's sentence states; None when the page is no alert."""
    running = _RunningText.of(lines)
    text = running.text
    moved = _MONEY_MOVED.search(text)  # (a sum going to someone is "… txn of Rs.X to …": money moving too)
    if moved is None or not (_MASKED_ACCOUNT.search(text) or _SUM_GOING_TO.search(text)):
        return None
    payee, named = _payee(running)
    credited = bool(_CREDITED_TO_YOU.search(text) and not _DEBITED.search(text))
    if credited:
        # the one paid is the alert's reader: named where the alert greets them ("Dear BASAVARAJ HIREMATH, your A/c …")
        payee, named = _greeted_reader(running)
    # the day is the money's that moved, not a notice's of money that will ("INR 540.00 will be debited … on 21-Nov")
    done = next((m for m in _MONEY_MOVED.finditer(text) if not _FUTURE.search(text[max(0, m.start() - 16): m.start()])),
                moved)
    return AlertReading(payee=payee, payee_named=named, names_no_payee=credited or bool(_HANDLE_ONLY.search(text)),
                        credited_to_reader=credited,
                        transaction_id=_reference(running), status=_outcome(running), date=_day(running, done),
                        sums=_moved_sums(running))


def _found(running: _RunningText, start: int, end: int, value: object) -> FieldValue:
    words = running.words_in(start, end)
    return FieldValue(value=value, confidence=_conf(words), evidence=_evidence(words), basis="alert")


def _payee(running: _RunningText) -> tuple[FieldValue[str], bool]:
    named = False
    for shape in _PAYEE_SHAPES:
        if m := shape.search(running.text):
            named = True
            # (an underscore OCR read at the start of the line the name wraps onto is no word of it: "to SRI SAI" over
            # "_ OFFSET PRINT via IMPS."; a bar between its words still leaves the name unsure)
            name = _name(" ".join(word for word in m.group(1).split() if not re.fullmatch(r"[_~]+", word)))
            if plausible_name(name):
                found = _found(running, m.start(1), m.end(1), name)
                if stray_bracket(name):
                    found = found.model_copy(update={"confidence": round(found.confidence * 0.5, 3)})  # (as labelled)
                return found, True
    return FieldValue[str](), named


# the reader an alert greets by name ("Dear BASAVARAJ HIREMATH,"), not by a role ("Dear Customer", "Dear Sir/Madam")
_GREETED = re.compile(r"\bDear\s+([A-Za-z][^,]{2,40}?)\s*,")
_NO_NAME = re.compile(r"\b(?:customer|client|sir|madam|user|member|cardholder|card\s*holder|account\s*holder|"
                      r"valued|patron|subscriber|investor|depositor|beneficiary|applicant|consumer|team|all|partner|dealer|vendor|"
                      r"supplier|merchant|seller|borrower|policy\s*holder|share\s*holder|employee|student|parent|patient)\b",
                      re.I)


def _greeted_reader(running: _RunningText) -> tuple[FieldValue[str], bool]:
    """The reader's name and whether the alert greets one (a name misread, "BASAVARA] HIREMATH", is then unread)."""
    m = _GREETED.search(running.text)
    if m is None or _NO_NAME.search(m.group(1)):
        return FieldValue[str](), False
    if not re.fullmatch(r"[A-Za-z][A-Za-z.' ]+", m.group(1)) or not plausible_name(name := _name(m.group(1))):
        return FieldValue[str](), True
    return _found(running, m.start(1), m.end(1), name), True


# a fee's or a charge's label just before a sum: what the service cost, not the money moved
_FEE_BEFORE = re.compile(rf"\b(?:fees?|{CHARGE_WORDS})\W*$", re.I)


def _moved_sums(running: _RunningText) -> tuple[FieldValue[Decimal], ...]:
    found = []
    for m in _MOVED_SUM.finditer(running.text):
        group = 1 if m.group(1) else 2
        value = decimal_of(re.sub(rf"^{_RUPEE}\s*", "", m.group(group), flags=re.I))
        if _FEE_BEFORE.search(running.text[max(0, m.start(group) - 24):m.start(group)]):
            continue  # a fee's sum, the next line's verb run into it ("Fee Rs. 335.20" / "Credited to INR wallet …")
        if value is not None and value > 0:
            found.append(_found(running, m.start(group), m.end(group), value))
    return tuple(found)


# the rest of a NEFT or RTGS UTR that OCR broke at a gap ("UTR No. KKBKN320260505 12923983")
_UTR_REST = re.compile(r"\s(\d{3,16})(?![A-Za-z0-9])")


def _whole(text: str, start: int, end: int, value: str) -> tuple[int, int, str]:
    """A reference with the rest of a UTR OCR broke off it joined back on."""
    if (rest := _UTR_REST.match(text, end)) and WHOLE_UTR.fullmatch(value + rest.group(1)):
        return start, rest.end(), value + rest.group(1)
    return start, end, value


# digits after a gap that are no day ("02. If not done by you", not "30 Nov 2026")
_DIGITS_AFTER = re.compile(rf"\s(\d{{2,16}})(?![A-Za-z0-9])(?!\s*{ENGLISH_MONTH}\b)", re.I)


def _reference(running: _RunningText) -> FieldValue[str]:
    found = [_whole(running.text, m.start(), m.end(), "".join(next(g for g in m.groups() if g).split()))
             for m in _REFERENCE.finditer(running.text)]
    if len({value for *_, value in found}) != 1:
        return FieldValue[str]()  # none, or two references: which is the payment's is a reader's call
    start, end, value = found[0]
    reference = _found(running, start, end, value)
    if re.match(r"[A-Z]{4}[NR]\d", value) and not WHOLE_UTR.fullmatch(value) and (
            rest := _DIGITS_AFTER.match(running.text, end)):
        # a UTR's head short of a whole one with digits after a gap ("UTR SBINN2633424431 02."): they may be its rest
        reference = reference.model_copy(update={"alternatives": [value + rest.group(1)]})
    return reference


def _outcome(running: _RunningText) -> FieldValue[PaymentStatus]:
    # (a standing rule's sentence blanked out, its words' places kept; and its line, where the sentence before it on
    # a banking page ran on into it: "Batch ID B28177419 A rejected transfer is credited back to the debited account")
    text = running.text
    for offset, line in running.lines:
        if STANDING_RULE.search(line.text):
            text = text[:offset] + " " * len(line.text) + text[offset + len(line.text):]
    text = _SENTENCE.sub(lambda m: " " * len(m.group()) if STANDING_RULE.search(m.group()) else m.group(), text)
    if _OTHER_OUTCOME.search(text):
        # a failure or a payment under way, in words a line-by-line reader may miss ("is under" / "process.")
        failed = list(_FAILED.finditer(text))
        pending = list(_PENDING.finditer(text))
        if bool(failed) != bool(pending):
            m = (failed or pending)[0]
            return _found(running, m.start(), m.end(), PaymentStatus.FAILED if failed else PaymentStatus.PENDING)
        return FieldValue[PaymentStatus]()
    for sentence in _SENTENCE.finditer(text):  # (the standing rules blanked: "is credited back" is no success)
        if (m := _MOVED_NOW.search(sentence.group())) and not _CONDITIONAL.search(sentence.group()):
            start = sentence.start() + m.start()
            return _found(running, start, sentence.start() + m.end(), PaymentStatus.SUCCESS)
    return FieldValue[PaymentStatus]()


def _day(running: _RunningText, moved: re.Match[str]) -> FieldValue[dt.date]:
    """The first day printed after the money moved ("debited … on 10-05-26", "on date 31Oct26"), within the
    sentence's reach and named as no other event's (an available balance's "as on" day comes later)."""
    tail = running.text[moved.start(): moved.start() + 160]
    for first, others, start, end in dates_in_text(tail):
        if _OTHER_DATE.search(tail[:start]):
            break
        offset = moved.start()
        found = _found(running, offset + start, offset + end, first)
        return found.model_copy(update={"alternatives": others[:1]})
    return FieldValue[dt.date]()
