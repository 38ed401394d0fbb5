"""Receipt fields from OCR words: the parser's readers and the label readers over one page, two engines'
readings compared, confidences calibrated. ``parse_ocr`` is the one entry point.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from decimal import Decimal

from tasks.receipts.agreement import reconcile
from tasks.receipts.alerts import read_alert
from tasks.receipts.calibration import calibrate
from tasks.receipts.labels import (
    INITIAL_AT_END,
    PUBLIC_OFFICE,
    SIGNED_FOR,
    app_screen,
    fold,
    handle_spells_otherwise,
    invoice_title,
    merchant_unsure,
    plausible_name,
    proper_name,
    read_merchant,
    read_status,
    read_transaction_id,
    status_label_printed,
    status_unsure,
)
from tasks.receipts.parser import (
    PageLine,
    amount_unsure,
    converts_currency,
    date_unsure,
    decimal_of,
    marked_sums,
    marked_twice,
    method_unsure,
    names_india,
    page_lines,
    paise_raised,
    parse_amount,
    parse_date,
    parse_payment_method,
    settle_date_order,
    sign_read_as_digit,
    with_rivals,
)
from tasks.receipts.schema import FIELD_NAMES, FieldValue, PaymentStatus, ReceiptFields, ReceiptHints
from tasks.receipts.unknown_labels import could_state, unplaced
from workers.engines.ocr import OcrResult


def parse_ocr(ocr: OcrResult, *, hints: ReceiptHints | None = None, calibrated: bool = True) -> ReceiptFields:
    """Parse receipt fields from OCR words; anything without words to back it stays null.

    With a second engine's reading attached (``ocr.second``) both are parsed and compared
    field by field (``tasks.receipts.agreement``). Confidences are then mapped through the
    tuning split's calibration table (``tasks.receipts.calibration``) unless ``calibrated`` is off.
    """
    # (with two engines, a ranked id holds only where both read it: they are compared below)
    two_engines = ocr.second is not None
    fields = _parse_one(ocr, hints=hints, two_engines=two_engines)
    if ocr.second is not None:
        fields = reconcile(fields, _parse_one(ocr.second, hints=hints, two_engines=True), primary_engine=ocr.engine,
                           other_engine=ocr.second.engine, primary_ocr=ocr, other_ocr=ocr.second)
    lines = page_lines(ocr)
    fields = settle_date_order(fields, hints, converted=converts_currency(lines), india=names_india(lines))
    if not calibrated:
        return fields
    return calibrate(fields, "both" if ocr.second is not None else ocr.engine)


# one to three capitalised words of letters: a person's name ("Chloe Martin", "Gopal"), or as often a place's; with
# a title and initials before it and a role in brackets after it too ("Dr. S. K. Bhadane", "Ravi Ranjan (phlebotomist)")
_PERSON_SHAPED = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Smt|Sri|Shri)\.?\s+)?(?:[A-Z]\.\s?){0,3}[A-Z][A-Za-z'\-]*"
                            r"(?:,?\s+(?:[A-Z]\.\s?)*[A-Z][A-Za-z'\-]*){0,2}(?:\s+\([A-Za-z ]+\))?")
# labels that name who paid ("Received from", a utility's "Consumer name", a landlord's "Tenant", a provident fund's
# "Employer name", a federation's "Member club", an inspection agency's "Exporter") or a thing, a place or a site
# ("Model", "Vehicle class", a courier's "Origin", "Reports online"): the name under one is never the payee
_NOT_THE_PAYEES_LABEL = re.compile(r"(?i:received\s*from|consumer(?:\s*name)?|tenant(?:\s*name)?|employer(?:'?s)?"
                                   r"(?:\s*name)?|establishment(?:\s*name)?|exporter|member\s*club|"
                                   r"health\s*care\s*facility|model|vehicle(?:\s*class)?|origin|destination|tariff|"
                                   # (a haul's route, "From / To  Mormugao - Assagao"; a fee's licence holder, who
                                   # paid it: "Licensee  Siridhanya Haldi Farmer Producer Company Ltd")
                                   r"from\s*/\s*to|route|licen[cs]ee(?:'?s)?(?:\s*name)?|name\s*of\s*(?:the\s*)?licen[cs]ee|"
                                   r"reports?\s*online|"
                                   # (the buyer and where its goods go, on a supplier's invoice: "Details of receiver
                                   # (billed to)", "Details of consignee (shipped to)", "Consignee / buyer"; the
                                   # insured on an insurer's receipt, "Policyholder"; a seller's "Name of customer")
                                   # (never a bare "Receiver": a money transfer's payee)
                                   r"(?:details\s*of\s*(?:the\s*)?(?:consignee|receiver|buyer)|consignee|buyer)(?:'?s)?"
                                   r"(?:\s*/\s*(?:buyer|consignee))?(?:\s*\((?:billed|shipped)\s*to\))?|"
                                   r"receiver\s*\((?:billed|shipped)\s*to\)|consignee(?:'?s)?\s*name|"
                                   r"recipient\s*of\s*supply|"
                                   r"(?:bill(?:ed)?|ship(?:ped)?|sold|invoiced)\s*to(?:\s*\((?:consignee|buyer|recipient)\))?|"
                                   r"policy\s*holder(?:'?s)?(?:\s*name)?|"
                                   r"(?:name\s*of\s*(?:the\s*)?)?(?:insured|proposer|customer)(?:'?s)?(?:\s*name)?|"
                                   # (who pays a fee: a property's "Name of owner", "Owner / occupier", a council's
                                   # "Member firm")
                                   r"(?:name\s*of\s*(?:the\s*)?)?(?:owner|occupier|member(?:\s*firm)?)(?:'?s)?"
                                   r"(?:\s*/\s*(?:owner|occupier))?(?:\s*name)?)")
# ... unless it names an organisation, which may be the one paid whoever is named on top
_ORGANISATION = re.compile(r"(?i:academy|school|college|universit|institut|club|cent(?:re|er)|society|trust|council|"
                           r"association|foundation|church|temple|hospital|clinic|ltd|limited|inc|llc|gmbh|company|"
                           r"\bco\b|corp|group|services|stores?|shop|studio|"
                           # (and a public office or an insurer: "RTO Hubballi" on a transport portal's receipt, an
                           # insurer under a broker's name)
                           r"office|department|\bdept\b|\brto\b|authority|board|municipal|nigam|ministry|directorate|"
                           r"commission|treasury|insurance|assurance)")
# the labels an e-mailed receipt names its sender's customer under ("Received with thanks from", "Dealer Name")
_SENDERS_CUSTOMER = re.compile(r"\bfrom\b|\b(?:dealer|customer|client|member|buyer|student|patient|consignee)\b", re.I)
# under an invoice's or a cash memo's own title, the labels of the customer billed and where its goods went ("Party",
# "Delivery at"; "Ship to" and "Site" name no field anywhere: ``unknown_labels.NEVER_A_FIELD``)
_INVOICED_PARTY = re.compile(r"(?i:party(?:'?s)?(?:\s*name)?|delivery\s*(?:at|address)|shipped\s*to)")
# the label families of a document's own number, weaker than a payment's reference
_DOCUMENT_NUMBER = {"label:order", "label:invoice"}
# a label worded as a number ("Pavti No", "Parchi Nr.", "Chit #", "Token ID"; "PavtiNo" run together)
_NUMBER_WORDING = re.compile(r"(?:(?<![A-Za-z])(?:[Nn][Oo]|[Nn][Rr]|I[Dd])|[Nn]umber|NUMBER|#|(?<=[a-z])(?:No|Nr|ID))"
                             r"\.?\s*$")
_TRACKING = re.compile(r"track(?:ing)?", re.I)
# the label of who a refund went to ("Refunded to Ibasuklang Syiem" under the clinic that refunded her)
_REFUNDED_TO = re.compile(r"refund(?:ed)?\s+to", re.I)
# a name on top that is a payment app's or a platform's, whatever its length ("Arbor Pay", "Barclaycard Payments")
_APP_NAME = re.compile(r"(?:\b|(?<=[a-z]))(?:Pay|Payments?|Wallet|Money|Checkout|Tickets?|Bookings?|Portal|Hub|App)$")


# a label ending in "by" or "to" names who did something or where it went ("Issued by", "Towed to", run together:
# "Refuelledby"), never an outcome (not a word ending in "to": "Esito", "Importo")


# the fewest lines of text a page must give OCR before a field it does not give counts as absent: a receipt prints
# more than its sum
MIN_LINES_READ = 2


def _id_shown(lines: list[PageLine], engine: str) -> bool:
    """Whether the page's lines, faint ones included, show an id or a label of one."""
    found, unreadable = read_transaction_id(lines, engine=engine)
    return found.value is not None or unreadable


def _capital_i(name: str) -> str:
    """A name in capitals with an "l" among them read as the "I" it is ("SAl RAM BUFFING STORES"); others as read."""
    if re.search(r"[a-km-z]", name) or len(re.findall(r"[A-Z]", name)) < 4:
        return name
    # (not beside an I: "PAIl" is an I read twice, not two)
    return re.sub(r"(?<=[A-HJ-Z])l(?!I)|\bl(?=[A-HJ-Z])", "I", name)


def _signed_sums(amount: FieldValue[Decimal]) -> list[str]:
    """The words that spell the sum whole after a rupee sign glued to it ("₹214,678")."""
    return [e.text for e in amount.evidence
            if (m := re.fullmatch(r"\W*₹(\d[\d,]*(?:\.\d{1,2})?)\W*", e.text)) and decimal_of(m.group(1)) == amount.value]


def _dot_may_end_sentence(merchant: FieldValue[str], lines: list[PageLine]) -> bool:
    """An alert's payee ending in a dot where its line ends: an initial's ("towards UPI to SASIDHARAN K.") or, after the
    bare "to" of its sentence, a word's (Bank of Baroda's "to:NEFT/DASARA EXHIBITION ST." over "UTR …"). The dot may be
    the name's or the sentence's full stop, and the sets write it either way (not a labelled row's "Credited to
    beneficiary Jamnagar Brass Fittings Co.")."""
    name = str(merchant.value)
    ending = [line for line in lines if line.text.rstrip().endswith(name)]
    if INITIAL_AT_END.search(name):
        return bool(ending)
    return (bool((merchant.basis or "").startswith("label")) and bool(re.search(r"\w{2}\.$", name))
            and any(re.match(r"\W*to\b", line.text, re.I) for line in ending))


def _alert_reference(read: FieldValue[str], alert: FieldValue[str]) -> FieldValue[str]:
    """An alert's reference over what the labels read: its sentence wraps over the bubble's lines, so the value of a
    label ending a line is the next line's first words ("UPI Ref" / "609622706508. Not you? Call 18002586161"), not
    what stands under the label. A code taken by its shape alone (a phone number to text for help, "SMS BLOCKUPI") is
    no rival, as it is none to a labelled reference; another reference-shaped number the labels gave is."""
    if alert.value is None or (read.value == alert.value and read.basis not in (None, "format")):
        return read
    rival = [read.value] if read.basis not in (None, "format") and read.value and _REFERENCE_SHAPE.fullmatch(read.value) \
        else []
    return alert.model_copy(update={"alternatives": list(dict.fromkeys([*alert.alternatives, *rival]))})


_REFERENCE_SHAPE = re.compile(r"\d{12}")


def _alert_sum(read: FieldValue[Decimal], currency: FieldValue[str],
               stated: tuple[FieldValue[Decimal], ...]) -> FieldValue[Decimal]:
    """The sum an alert's sentence says moved over a sum the amount reader chose elsewhere on the page (a balance or a
    loan offer in an older message of the thread, where the alert's own "Rs." ends a line). Several sums said to have
    moved (a thread of alerts, a purchase and its cash back) are each the payment's as likely: a reader's call. A
    labelled sum the sentence contradicts stays, the sentence's sum its rival."""
    sums = list(dict.fromkeys(found.value for found in stated))
    if not sums or (sums == [read.value]):
        return read
    if len(sums) > 1:
        return with_rivals(read, (value for value in sums if value != read.value))
    if read.value is None or (read.basis == "marker" and currency.value == "INR"):
        return stated[0].model_copy(update={"alternatives": []})  # (the sentence's marks are the rupee's)
    return with_rivals(read, sums)


def _alert_day(read: FieldValue[dt.date], stated: FieldValue[dt.date]) -> FieldValue[dt.date]:
    """The day an alert's sentence says the money moved over a bare date elsewhere on the page (a chat's day divider
    over a forwarded alert); a labelled date it contradicts stays, the sentence's day its rival."""
    if stated.value is None or read.value == stated.value:
        return read
    if read.value is None or read.basis == "format":
        return stated
    return with_rivals(read, [stated.value])


# a messages app's thread: a bank's sender id on top ("VM-IOBCHN", "JD-AIRBNK"), each bubble closed by its hour
_SENDER_ID = re.compile(r"(?<![\w-])[A-Z]{2}-[A-Z0-9]{5,6}$")  # (after the back arrow, read or misread)
_BUBBLE_HOUR = re.compile(r"^\d{1,2}[:.]\d{2}\s?(?:am|pm)?$", re.I)
_SELECTED = re.compile(r"\b\d+\s*selected\b", re.I)  # a bubble long-pressed ("1 selected", Copy / Forward)


def _bubbles(lines: list[PageLine]) -> list[list[PageLine]]:
    """A conversation's bubbles, each closed by its hour (what follows the last hour is the box to write in)."""
    bubbles: list[list[PageLine]] = [[]]
    for line in lines:
        if _BUBBLE_HOUR.match(line.text.strip()):
            bubbles.append([])
        else:
            bubbles[-1].append(line)
    return [bubble for bubble in bubbles[:-1] if bubble]


def _among_a_conversation(read: FieldValue[Decimal], lines: list[PageLine], median_height: float) -> FieldValue[Decimal]:
    """On a conversation (three or more bubbles, a chat with a receipt pasted or forwarded into it), the sums its
    people write ("Total Rs22,909 hoga", "baaki Rs99 COD pe") are each as likely the one a reader means: rivals of
    the sum chosen, unless an alert's sentence said that sum moved."""
    bubbles = _bubbles(lines)
    if read.value is None or len(bubbles) < 3:
        return read
    others = [value for bubble in bubbles for value in marked_sums(bubble, median_height) if value != read.value]
    if not others:
        return read
    return with_rivals(read, others)


def _newest_alert(lines: list[PageLine]) -> list[PageLine]:
    """In a bank's thread of several alerts, the newest (the last bubble) is the page's: its sum, day and reference are
    the payment's, the older bubbles' other payments'. A bubble selected among them, which OCR cannot place, leaves
    the whole page to be read (and its several sums to a person)."""
    if not any(_SENDER_ID.search(line.text.strip()) for line in lines[:4]) or any(_SELECTED.search(line.text)
                                                                                for line in lines):
        return lines
    closed = _bubbles(lines)
    alerts = [bubble for bubble in closed if read_alert(bubble) is not None]
    # the newest bubble must itself read as an alert: one that does not (a wording the reader lacks) is still newer
    return alerts[-1] if len(alerts) >= 2 and alerts[-1] is closed[-1] else lines


def _parse_one(ocr: OcrResult, *, hints: ReceiptHints | None, two_engines: bool = False) -> ReceiptFields:
    # lines of speckle (a noisy margin, a rotated edge) are not text; PP-OCR scores a word by its
    # least sure glyph, so a real line can score lower there than in Tesseract
    floor = 40 if ocr.engine == "tesseract" else 20
    texts = _newest_alert([ln for ln in page_lines(ocr) if re.search(r"[A-Za-z0-9₹$€£]{2}", ln.text)])
    lines = [ln for ln in texts if max(w.conf for w in ln.words) >= floor]
    if not lines:
        return ReceiptFields()
    # a faint line gives no value, but may still show an id or its label: the id is absent only when nothing on
    # the page, however faintly read, may be one (the other fields' absence checks, which weigh a page's layout,
    # read the lines kept)
    faint = len(texts) > len(lines)
    median_height = statistics.median(ln.height for ln in lines)
    alert = read_alert(lines)
    screen = alert is None and app_screen(lines)
    amount, currency = parse_amount(lines, hints, median_height, screen=screen)
    transaction_id, id_unreadable = read_transaction_id(lines, engine=ocr.engine, ranked=two_engines)
    if faint and transaction_id.value is not None:
        # a faint line may hold a stronger label over another id ("UTR No." read at a third of Tesseract's confidence
        # over "KKBKN26291650055", the page's "Payment Ref No." read surely): that id is a rival, not nothing
        faintly, _ = read_transaction_id(texts, engine=ocr.engine)
        if faintly.value is not None and faintly.value != transaction_id.value:
            transaction_id = with_rivals(transaction_id, [faintly.value])
    merchant = read_merchant(lines, median_height)
    if merchant.value is not None and (handle := handle_spells_otherwise(merchant.value, lines)):
        merchant = with_rivals(merchant, [handle])
    status = read_status(lines)
    if alert is not None:
        # a bank's alert names its payee, reference and outcome in a sentence, not under labels
        if alert.credited_to_reader and merchant.basis in ("narration", "alert"):
            merchant = FieldValue[str]()  # the payer's name in a credit's narration: the one paid is the reader
        elif merchant.basis == "narration" and alert.payee.value and len(alert.payee.value) > len(merchant.value or "") \
                and alert.payee.value.startswith(merchant.value or ""):
            merchant = alert.payee  # a narration's name wrapped onto the next line ("…/BHARAT" / "HARDWARE STOR")
        elif merchant.basis == "header" and alert.payee.value:
            merchant = alert.payee  # the alert's own heading or sender on top ("Debit alert"), not the one it paid
        merchant = merchant if merchant.value is not None else alert.payee
        # (under a label of the alert's too: "Beneficiary: JHARIA COAL & COKE T.", the line's last words)
        if _dot_may_end_sentence(merchant, lines):
            merchant = with_rivals(merchant, [merchant.value[:-1]])
        if status.value is None and not status_label_printed(lines):
            # (a status label whose value was not read, "Payment status NEFT returmed", outweighs a debit's sentence)
            status = alert.status
        elif alert.status.value not in (None, status.value, PaymentStatus.SUCCESS) and status.basis == "sentence":
            # the sentence read whole says the money did not go through, a verb read on one of its lines that it did
            # ("could not be processed; the amount is credited" / "back to your A/c."): which is a reader's call
            status = with_rivals(alert.status, [status.value])
        transaction_id = _alert_reference(transaction_id, alert.transaction_id)
        amount = _alert_sum(amount, currency, alert.sums)
    if alert is None or amount.value not in {found.value for found in alert.sums}:
        amount = _among_a_conversation(amount, lines, median_height)
    if amount.value is not None and (marked_twice(amount.value, lines) or paise_raised(amount)):
        amount = amount.model_copy(update={"confidence": round(amount.confidence * 0.5, 3)})
    if merchant.value is not None and (mended := _capital_i(merchant.value)) != merchant.value:
        merchant = merchant.model_copy(update={"value": mended})  # "SAl RAM BUFFING STORES": Tesseract's l for an I
    if rival := next(filter(None, map(sign_read_as_digit, _signed_sums(amount))), None):
        amount = with_rivals(amount, [rival])  # a rupee sign read twice, once as a digit ("₹214,678" for "₹14,678")
    unreadable = []
    # an alert is about money that moved: who got it (unless it names nobody, and has no place for a name) and how it
    # ended are stated in its sentence, so a payee or an outcome the reader did not read is unread, never absent
    if merchant.value is None and (merchant_unsure(lines, median_height) if alert is None
                                   else alert.payee_named or not alert.names_no_payee):
        unreadable.append("merchant_name")
    if amount.value is None and screen and amount_unsure(lines, median_height):
        unreadable.append("amount")
    if transaction_id.value is None and (id_unreadable or (faint and _id_shown(texts, ocr.engine))):
        unreadable.append("transaction_id")
    date = parse_date(lines, hints)
    if alert is not None:
        date = _alert_day(date, alert.date)
    if date.value is None and date_unsure(lines):
        unreadable.append("date")
    payment_method = parse_payment_method(lines)
    if payment_method.value is None and method_unsure(lines):
        unreadable.append("payment_method")
    # (read on every line, the faint ones too: an outcome's stamp too faint to give a value, "** PAID" at a third of
    # Tesseract's confidence, still says one is printed)
    if status.value is None and (alert is not None or status_unsure(texts)):
        unreadable.append("status")
    if len(texts) < MIN_LINES_READ:
        # a page read to one line (a dark or blurred copy of which OCR caught only the sum) was not read: no
        # field it did not give is shown absent
        found = {"merchant_name": merchant, "transaction_id": transaction_id, "date": date,
                 "payment_method": payment_method, "status": status}
        unreadable += [name for name, field in found.items() if field.value is None and name not in unreadable]
    fields = ReceiptFields(
        merchant_name=merchant,
        amount=amount,
        currency=currency,
        transaction_id=transaction_id,
        date=date,
        payment_method=payment_method,
        status=status,
        unreadable=tuple(unreadable),
    )
    labelled = unplaced(lines, fields)
    transaction_id = _numbers_over_a_document_number(transaction_id, lines, labelled)
    if merchant.basis in ("header", "sender") and (rivals := _names_under_unplaced_labels(
            merchant, labelled, invoice=invoice_title(lines))):
        merchant = merchant.model_copy(update={"alternatives": [*merchant.alternatives, *rivals]})
    return fields.model_copy(update={
        "merchant_name": merchant,
        "transaction_id": transaction_id,
        "unknown_labels": tuple(dict.fromkeys(label for label, _, staff in labelled if not staff)),
        "unknown_labels_for": {name: labels for name in FIELD_NAMES
                               if (labels := tuple(dict.fromkeys(label for label, value, staff in labelled
                                                                 if not staff and could_state(name, label, value))))},
    })


def _numbers_over_a_document_number(transaction_id: FieldValue[str], lines: list[PageLine],
                                     labelled: list[tuple[str, str, bool]]) -> FieldValue[str]:
    """A document's own number taken for the id, with the numbers that may be the payment's instead as its rivals."""
    if transaction_id.basis not in _DOCUMENT_NUMBER or transaction_id.value is None or not transaction_id.evidence:
        return transaction_id
    # a document's own number (an order's, a receipt's) is the id only where no number under a wording the lexicon
    # lacks heads the page above it ("Pavti No 4121" over "Booking No G-102"): the page's own number comes first,
    # and which of the two is the payment's is then a reader's call. Numbers printed below it are the particulars
    # of what was paid for (a pass's, a student's)
    own = fold(transaction_id.value)
    id_top = min(e.box[1] for e in transaction_id.evidence)
    above = {line.text.strip() for line in lines if line.top + line.height <= id_top}
    # ... nor where a gateway's "Tracking ID" is printed anywhere (CCAvenue's reference for the payment, a
    # courier's for the parcel)
    numbers = [value.split()[0] for label, value, staff in labelled
               if not staff and value.split() and _NUMBER_WORDING.search(label)
               and (any(text.startswith(label) for text in above) or _TRACKING.search(label))
               and could_state("transaction_id", label, value.split()[0])
               and fold(value.split()[0]) != own]
    return with_rivals(transaction_id, numbers) if numbers else transaction_id


def _names_under_unplaced_labels(merchant: FieldValue[str], labelled: list[tuple[str, str, bool]], *,
                                 invoice: bool = False) -> list[str]:
    """Names under labels the parser cannot place that may be the payee instead of the name on top (or the sender).

    The name on top may be the app's or the platform's, and the payee printed under a label the parser does not
    know ("Venue", "School", "Rink", "Marina"). (Rivals from payee-like labels only were tried: every new set printed
    a payee under a label no such list held, and one was accepted wrong.)
    """
    name = merchant.value or ""
    # under a business's name of several words, the one to three capitalised words a role's label names ("Issued by
    # Isabel Moreau", "Socio Javier Morales", "Refuelled by Gopal") are its customer or its staff, as the business's
    # own staff labels are (``unknown_labels.STAFF``); under an app's name (one word, or "Arbor Pay") they may be the
    # one paid, and an organisation's name ("School Oakfield Academy") may be the payee under any name
    app = len(name.split()) == 1 or bool(_APP_NAME.search(name))
    # under a public office on top, the business or person its other labels name is who paid its fee ("Name of
    # business Nukkad Daily Needs": no rival), unless that name is an office too ("RTO Hubballi" under a portal);
    # where the page names another office under any label ("Department  Commercial Tax Department" under a
    # treasury's portal, "Local body  Mysuru City Corporation"), which of them was paid is a reader's call
    header_office = merchant.basis == "header" and bool(PUBLIC_OFFICE.search(name))
    offices = [value for label, value, _ in labelled
               if re.search(r"[A-Za-z]{3}", value) and not re.search(r"\d", value) and fold(value) != fold(name)
               and (PUBLIC_OFFICE.search(value) or (header_office and PUBLIC_OFFICE.search(label)))
               ] if merchant.basis == "header" else []
    office = header_office and not offices

    def may_be_payee(label: str, value: str, staff: bool) -> bool:
        if not (plausible_name(value) and proper_name(value)) or re.search(r"\d", value):
            return False
        if _NOT_THE_PAYEES_LABEL.fullmatch(label.strip(" .:")) or re.fullmatch(r"[\w\-]+(?:\.[\w\-]+)+", value):
            return False  # (a web address is no payee's name either: "reports.nidaandiagnostics.in")
        if merchant.basis == "sender" and _SENDERS_CUSTOMER.search(label):
            return False  # an e-mailed receipt's "Received with thanks from M/s …": who paid the sender
        if invoice and _INVOICED_PARTY.fullmatch(label.strip(" .:")):
            return False  # an invoice's "Party M/s Dihing Valley Tea Company Ltd": the customer billed
        if (signed := SIGNED_FOR.match(value)) and fold(signed.group(1)) == fold(name):
            return False  # a bill's sign-off for the name on top ("For Meenakshi Digital Lab & Albums") confirms it
        if office and not PUBLIC_OFFICE.search(value):
            return False
        if _REFUNDED_TO.fullmatch(label):
            return True  # a refund's receiver, a person too: the sets count it as the one paid, or the business on top
        return app or not (staff or (_PERSON_SHAPED.fullmatch(value) and not _ORGANISATION.search(value)))

    rivals = [value for label, value, staff in labelled if may_be_payee(label, value, staff)]
    return rivals + [value for value in offices if value not in rivals]
