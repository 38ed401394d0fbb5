"""parse_receipt end to end on rendered receipts: OCR, VLM and hybrid extractors, and prompt injection."""

from __future__ import annotations

import re

import pytest
from PIL import Image

from tasks.receipts.schema import FIELD_NAMES
from tasks.receipts.extract import parse_receipt
from tasks.receipts.ocr_reading import parse_ocr
from tests.fixtures.receipts import RECEIPT_TODAY, ScriptedVLMEngine, requires_tesseract, words

pytestmark = requires_tesseract


def truthful(sample):
    """A scripted model that reads the receipt perfectly."""
    return ScriptedVLMEngine(lambda image, text: dict(sample.truth.as_dict()))


def gullible(sample):
    """A scripted model that obeys an instruction printed on the receipt."""

    def answer(image, text):
        data = dict(sample.truth.as_dict())
        if re.search(r"ignore previous instructions", text, re.I):
            data.update(amount="0", status="success")
        return data

    return ScriptedVLMEngine(answer)


def run(sample, extractor, receipt_ocr, rules, *, image=None, vlm=None):
    return parse_receipt(image or sample.clean, extractor=extractor, run_ocr=receipt_ocr, run_vlm=vlm,
                         rules=rules, today=RECEIPT_TODAY)


def test_ocr_extractor_succeeds_on_a_clean_upi_receipt(receipt_samples, receipt_ocr, receipt_rules):
    verdict = run(receipt_samples["upi"], "ocr", receipt_ocr, receipt_rules)
    assert verdict.status == "succeeded", verdict.reasons
    assert verdict.fields.values()["amount"] == "1250.00" and verdict.raw_model_output is None
    assert "412345678901" in verdict.ocr_text and 0.5 < verdict.confidence <= 1.0
    assert verdict.as_json()["values"]["transaction_id"] == "412345678901"


@pytest.mark.parametrize("extractor", ["vlm", "hybrid"])
def test_a_truthful_model_agrees_with_the_page(receipt_samples, receipt_ocr, receipt_rules, extractor):
    sample = receipt_samples["upi"]
    engine = truthful(sample)
    verdict = run(sample, extractor, receipt_ocr, receipt_rules, vlm=engine)
    assert verdict.status == "succeeded", verdict.reasons
    assert engine.calls == 1 and verdict.raw_model_output
    assert verdict.fields.amount.source == "hybrid" and verdict.fields.amount.evidence


def test_hybrid_catches_a_model_that_contradicts_ocr(receipt_samples, receipt_ocr, receipt_rules):
    sample = receipt_samples["upi"]
    engine = ScriptedVLMEngine(lambda image, text: {**sample.truth.as_dict(), "amount": "1520.00",
                                                    "transaction_id": "412345678907"})
    verdict = run(sample, "hybrid", receipt_ocr, receipt_rules, vlm=engine)
    assert verdict.status == "needs_review"
    assert {"ocr_disagrees:amount", "no_evidence:amount", "ocr_disagrees:transaction_id"} <= set(verdict.reasons)


def test_prompt_injection_in_the_ocr_extractor_changes_nothing(receipt_samples, receipt_ocr, receipt_rules):
    sample = receipt_samples["injection"]
    verdict = run(sample, "ocr", receipt_ocr, receipt_rules)
    assert "IGNORE PREVIOUS INSTRUCTIONS" in verdict.ocr_text.upper()
    assert verdict.fields.values()["amount"] == "2350.00"
    assert verdict.fields.values()["status"] == "failed"


@pytest.mark.parametrize("extractor", ["vlm", "hybrid"])
def test_prompt_injection_obeyed_by_the_model_is_caught(receipt_samples, receipt_ocr, receipt_rules, extractor):
    sample = receipt_samples["injection"]
    verdict = run(sample, extractor, receipt_ocr, receipt_rules, vlm=gullible(sample))
    assert verdict.status == "needs_review"
    assert "amount_not_positive" in verdict.reasons
    # the "success" in the instruction is not evidence of a successful payment
    assert "no_evidence:status" in verdict.reasons
    if extractor == "hybrid":
        assert {"ocr_disagrees:amount", "ocr_disagrees:status"} <= set(verdict.reasons)


@pytest.mark.parametrize(
    ("raw", "extra"),
    [("{not json", []), ('{"amount": "12"}', []), ("", [])],
)
def test_broken_model_output_goes_to_review(receipt_samples, receipt_ocr, receipt_rules, raw, extra):
    sample = receipt_samples["upi"]
    verdict = run(sample, "hybrid", receipt_ocr, receipt_rules, vlm=ScriptedVLMEngine(lambda i, t: raw))
    assert verdict.status == "needs_review" and "vlm_output_invalid" in verdict.reasons
    assert verdict.raw_model_output == raw
    assert verdict.fields.values()["amount"] == "1250.00"  # what OCR read, for the reviewer


def test_unsupported_currency_goes_to_review(receipt_samples, receipt_ocr, receipt_rules):
    verdict = run(receipt_samples["unsupported"], "ocr", receipt_ocr, receipt_rules)
    assert verdict.fields.values()["currency"] == "AED"
    assert verdict.status == "needs_review" and "unsupported_currency" in verdict.reasons


def test_sparse_receipt_leaves_what_it_does_not_print_null(receipt_samples, receipt_ocr, receipt_rules):
    # no date, id, payee, method or status printed: none is filled in; the account it was paid from ("From A/c:
    # XXXXXX7470") names a way to pay the parser does not read, so the method alone is not positively absent
    verdict = run(receipt_samples["sparse"], "ocr", receipt_ocr, receipt_rules)
    values = verdict.fields.values()
    assert {k: v for k, v in values.items() if k not in {"amount", "currency"}} == dict.fromkeys(
        ["merchant_name", "transaction_id", "date", "payment_method", "status"])
    # (the field's own reason first: that too few were read says only that the page may have been read in part)
    assert verdict.status == "needs_review" and verdict.reasons == ["unreadable:payment_method", "too_few_fields:2"]
    # without it, every field but the required amount and currency is positively absent: still more absent fields
    # than the policy's max_absent_fields (3) allows, as a page read only in part would be
    page = words("ICICI Bank", "Transaction Details", "Amount: ₹980")
    verdict = parse_receipt(Image.new("RGB", (8, 8)), extractor="ocr", run_ocr=lambda _img: page, run_vlm=None,
                            rules=receipt_rules, today=RECEIPT_TODAY)
    assert verdict.status == "needs_review" and verdict.reasons == ["too_few_fields:2"]
    # ... and where a deployment's issuers do print that little, its policy lets the receipt stand
    lenient = receipt_rules.model_copy(update={"max_absent_fields": 5})
    verdict = parse_receipt(Image.new("RGB", (8, 8)), extractor="ocr", run_ocr=lambda _img: page, run_vlm=None,
                            rules=lenient, today=RECEIPT_TODAY)
    assert verdict.status == "succeeded" and verdict.reasons == []


def test_a_label_the_parser_cannot_place_proves_no_field_absent(receipt_rules):
    # "Odeme yontemi" is an issuer's own wording of the way to pay: read as nothing, the method and the status
    # would pass as positively absent and the receipt would stand (with a policy that lets five fields be absent: the
    # packaged one sends so sparse a page to review for that alone, too_few_fields)
    receipt_rules = receipt_rules.model_copy(update={"max_absent_fields": 5})
    page = words("ICICI Bank", "Transaction Details", "Amount: ₹980", "Odeme yontemi: Bakiye")
    verdict = parse_receipt(Image.new("RGB", (8, 8)), extractor="ocr", run_ocr=lambda _img: page, run_vlm=None,
                            rules=receipt_rules, today=RECEIPT_TODAY)
    assert verdict.ocr_fields is not None and verdict.ocr_fields.unknown_labels == ("Odeme yontemi",)
    assert verdict.status == "needs_review"
    assert {"unknown_label:payment_method", "unknown_label:status"} <= set(verdict.reasons)
    assert "unknown_label:amount" not in verdict.reasons  # read, so not absent
    # placed: the label of something that is never one of the seven fields, a field's own label whose value was
    # read, and a line that prices something (an item, a tax)
    for line in ("Mobile: 9876543210", "Cashier: Priya", "Total: ₹980", "Masala Chai: 40.00"):
        page = words("ICICI Bank", "Transaction Details", "Amount: ₹980", line)
        verdict = parse_receipt(Image.new("RGB", (8, 8)), extractor="ocr", run_ocr=lambda _img, p=page: p,
                                run_vlm=None, rules=receipt_rules, today=RECEIPT_TODAY)
        assert verdict.status == "succeeded", (line, verdict.reasons)
    # a deployment that measured its issuers' labels may turn the rule off
    page = words("ICICI Bank", "Transaction Details", "Amount: ₹980", "Odeme yontemi: Bakiye")
    verdict = parse_receipt(Image.new("RGB", (8, 8)), extractor="ocr", run_ocr=lambda _img: page, run_vlm=None,
                            rules=receipt_rules.model_copy(update={"unknown_label_review": False}),
                            today=RECEIPT_TODAY)
    assert verdict.status == "succeeded"


def test_a_label_over_a_number_cannot_be_a_status(receipt_rules):
    # a status and a way to pay are worded: an unplaced label over a number ("Kart No: 7") may still be an id's own
    # wording, but not a status's or a method's, so only the id stays unproven
    def judge(line):
        page = words("Meco Kartopia", "Race Ticket", line, "Total ₹1,200.00", "Bill No 4471", "Date 12/03/2025")
        return parse_receipt(Image.new("RGB", (8, 8)), extractor="ocr", run_ocr=lambda _img: page, run_vlm=None,
                             rules=receipt_rules, today=RECEIPT_TODAY)

    verdict = judge("Kart No: 7")
    assert not {"unknown_label:payment_method", "unknown_label:status"} & set(verdict.reasons)
    # a worded value may be an issuer's own wording of the outcome ("Esito: positivo")
    assert "unknown_label:status" in judge("Esito: positivo").reasons


@pytest.mark.parametrize(("line", "unproven"), [
    ("PAO code: 241618", {"transaction_id", "amount"}),
    ("Voucher: 120325", {"transaction_id", "date", "amount"}),
    ("NOC Application No.: FS/464918/2025", {"transaction_id", "amount"}),
    ("Continue listening: The Night Circus", {"payment_method", "status"}),
    ("Recheck: 12/10/2025 10:30", {"date"}),
    ("Buchungscode: QXKZTM", {"transaction_id", "payment_method", "status"}),
    ("Zahlart: ****1234", {"transaction_id", "amount", "payment_method"}),
    ("IFSC Code: HDFC0001234", {"transaction_id", "amount"}),
])
def test_an_unplaced_label_keeps_unproven_only_the_fields_its_value_could_be(line, unproven):
    # heldout70 to heldout72: a code, a plain number or a day cannot word a way to pay or a status, a day is no
    # reference or sum, and a book's title no reference, day or sum; a code in capitals may be a booking's
    # reference, and a card's masked digits may sit under the way to pay's own wording (the name and the currency:
    # any value). heldout114 to heldout117: only a value with a day's shape, or six or eight digits that read as one,
    # may be a day (not a handle's, an IFSC's or a balance's digits)
    fields = parse_ocr(words("ICICI Bank", "Transaction Details", "Amount: ₹980", line))
    assert set(fields.unknown_labels_for) - {"merchant_name", "currency"} == unproven


def test_a_label_over_its_value_counts_as_a_label(receipt_rules):
    # PP-OCR splits a row "Imv No: 6499" (a misread "Inv") into the label over its value: still a label
    page = words("Sai Photo & Xerox", "ImvNo:", "6499", "Grand Total", "Rs.250.00")
    verdict = parse_receipt(Image.new("RGB", (8, 8)), extractor="ocr", run_ocr=lambda _img: page, run_vlm=None,
                            rules=receipt_rules, today=RECEIPT_TODAY)
    assert verdict.ocr_fields is not None and verdict.ocr_fields.unknown_labels == ("ImvNo",)
    assert "unknown_label:transaction_id" in verdict.reasons
    # a stacked label whose value was read is placed
    page = words("Sai Photo & Xerox", "Grand Total:", "Rs.250.00")
    verdict = parse_receipt(Image.new("RGB", (8, 8)), extractor="ocr", run_ocr=lambda _img: page, run_vlm=None,
                            rules=receipt_rules, today=RECEIPT_TODAY)
    assert verdict.ocr_fields is not None and verdict.ocr_fields.unknown_labels == ()


def test_a_tender_line_repeating_the_sum_paid_is_no_item(receipt_rules):
    # "Bar" is German for cash: a one-word label pricing the very sum paid names the way it was paid
    page = words("Deutsche Post DHL", "Kundenbeleg", "Beleg-Nr. 61190", "Summe: 10,49 EUR", "Bar: 10,49")
    verdict = parse_receipt(Image.new("RGB", (8, 8)), extractor="ocr", run_ocr=lambda _img: page, run_vlm=None,
                            rules=receipt_rules, today=RECEIPT_TODAY)
    assert verdict.fields.amount.value is not None and verdict.fields.payment_method.value is None
    assert "unknown_label:payment_method" in verdict.reasons
    # an item priced below the sum, and a change line, are still items and money
    page = words("Deutsche Post DHL", "Kundenbeleg", "Beleg-Nr. 61190", "Paket: 8,49", "Summe: 10,49 EUR",
                 "Rueckgeld: 9,51")
    verdict = parse_receipt(Image.new("RGB", (8, 8)), extractor="ocr", run_ocr=lambda _img: page, run_vlm=None,
                            rules=receipt_rules, today=RECEIPT_TODAY)
    assert verdict.ocr_fields is not None and verdict.ocr_fields.unknown_labels == ()


def _booking(rules, labelled: str, top: str = "Hudle"):
    """A booking screen with a name on top and one labelled line under it, judged with ``rules``."""
    lines = (top, "Booking details", "Payment successful", labelled, "Booking ID: HD60661857",
             "Amount paid: Rs.2,456.64", "Payment mode: Paytm Wallet", "Paid on 14 Sep 2025")
    return parse_receipt(Image.new("RGB", (8, 8)), extractor="ocr", run_ocr=lambda _img: words(*lines, first_height=28),
                         run_vlm=None, rules=rules, today=RECEIPT_TODAY)


def test_a_name_under_a_label_the_parser_cannot_place_rivals_the_name_on_top(receipt_rules):
    # a booking app's name on top, the venue paid under "Venue": which one was paid is a person's call
    verdict = _booking(receipt_rules, "Venue: Turf Park Andheri")
    assert verdict.fields.merchant_name.value == "Hudle" and "Turf Park Andheri" in verdict.fields.merchant_name.alternatives
    assert verdict.status == "needs_review" and "ambiguous:merchant_name" in verdict.reasons
    # a label of what is never the payee (the cashier; the customer's side: a student, a pet's owner, a runner,
    # an applicant, whom an order is delivered to; the shop's staff) does not
    for person in ("Cashier: Priya Shah", "Student: Priya Shah", "Owner: Priya Shah", "Runner: Priya Shah",
                   "Applicant Name: Priya Shah", "Deliver to: Priya Shah", "Technician: Priya Shah",
                   "Devotee: Priya Shah"):
        verdict = _booking(receipt_rules, person)
        assert verdict.status == "succeeded", (person, verdict.reasons)
    # ... but a tutor on a marketplace's receipt may be the one paid, and so may a school or a venue, also with the
    # label's words run together
    for payee in ("Tutor: Priya Shah", "School: Oakfield Academy", "VenueName: Turf Park Andheri",
                  "Schoolname: Oakfield Academy", "Beneficiario: Universita degli Studi di Torino"):
        assert "ambiguous:merchant_name" in _booking(receipt_rules, payee, top="UrbanPro").reasons, payee
    # heldout58 and heldout59: a berth-booking app over the marina paid, a tour app over its operator, a ticket app
    # over the rink, a pet-care app over the one who walked the dog: any label no list places may name the payee
    for payee in ("Marina: Premier Marinas Brighton", "Activityprovider: Wendella Boats",
                  "Rink: Arctic Ice Rink Gurugram", "Walker: Tyler Grant", "Audiologist: Priya Shah"):
        assert "ambiguous:merchant_name" in _booking(receipt_rules, payee, top="Dockwa").reasons, payee


def test_a_name_under_a_label_that_names_no_payee_leaves_the_name_on_top(receipt_rules):
    # heldout56 and heldout57: labels of the customer's side or of what was booked ("Lead passenger", "Climber",
    # "Class", "Boat"), also run together: the business on top is the payee
    for label in ("Lead passenger: Priya Shah", "Leadpassenger: Priya Shah", "Climber: Priya Shah",
                  "Ticket holder: Priya Shah", "Class: Sourdough Basics", "Boat: Kettuvallam Deluxe",
                  "Condition: Neck strain", "Booked by: Priya Shah"):
        verdict = _booking(receipt_rules, label, top="Sky Waltz Jaipur")
        assert verdict.fields.merchant_name.value == "Sky Waltz Jaipur"
        assert "ambiguous:merchant_name" not in verdict.reasons, (label, verdict.reasons)



def test_a_staff_members_name_rivals_only_an_apps_one_word_name(receipt_rules):
    # heldout57-heldout61: a business's name of several words on top, its instructor, podiatrist or engineer
    # named lower: the business is the payee (its staff are not), and the staff label is no field's own wording
    for label in ("Instructor: Priya Shah", "Podiatrist: Priya Shah", "Engineer: Priya Shah", "Seen by: Priya Shah",
                  "Tutor: Priya Shah"):
        verdict = _booking(receipt_rules, label, top="Lea Valley Archery Centre")
        assert verdict.fields.merchant_name.value == "Lea Valley Archery Centre"
        assert verdict.status == "succeeded", (label, verdict.reasons)
    # heldout62: a certificate's place of birth, a child's name (its apostrophe read or not), a pilot, an occasion
    for label in ("Place of birth: Apollo Hospitals Greams Road", "Child's name: Aarav Shah",
                  "Child’s name: Aarav Shah", "Tandem pilot: Priya Shah", "Occasion: Karva Chauth"):
        verdict = _booking(receipt_rules, label, top="Lea Valley Archery Centre")
        assert "ambiguous:merchant_name" not in verdict.reasons, (label, verdict.reasons)
    # under a marketplace's one-word name the professional it booked may be the one paid
    for label in ("Tutor: Priya Shah", "Instructor: Priya Shah"):
        assert "ambiguous:merchant_name" in _booking(receipt_rules, label, top="UrbanPro").reasons, label


def test_a_value_that_reaches_the_edge_of_the_image_may_be_cut_off(receipt_rules):
    # heldout57: a long name on top printed past the page's right edge, read "... Little Portland Stree" by both
    # engines: the word that touches the edge may have lost its end
    lines = ("The Cookery School at Little Portland Stree", "Payment successful", "Booking ID: CS60661857",
             "Amount paid: GBP 180.00", "Payment mode: Visa card", "Paid on 14 Sep 2025")
    page = words(*lines, first_height=28)
    right = max(w.left + w.width for w in page.words)
    cut = parse_receipt(Image.new("RGB", (right, 400)), extractor="ocr", run_ocr=lambda _img: page, run_vlm=None,
                        rules=receipt_rules, today=RECEIPT_TODAY)
    assert cut.status == "needs_review" and cut.reasons == ["cut_off:merchant_name"]
    # ... also a box that crosses the edge (a deskewed reading's box of a word cut at a tilted photo's edge)
    crossing = parse_receipt(Image.new("RGB", (right - 6, 400)), extractor="ocr", run_ocr=lambda _img: page,
                             run_vlm=None, rules=receipt_rules, today=RECEIPT_TODAY)
    assert crossing.reasons == ["cut_off:merchant_name"]
    whole = parse_receipt(Image.new("RGB", (right + 20, 400)), extractor="ocr", run_ocr=lambda _img: page,
                          run_vlm=None, rules=receipt_rules, today=RECEIPT_TODAY)
    assert whole.status == "succeeded", whole.reasons


def test_a_required_field_missing_is_named(receipt_rules):
    page = words("Transaction Details", "Paid to Anand Sweets", "Date: 14 Mar 2025")
    verdict = parse_receipt(Image.new("RGB", (8, 8)), extractor="ocr", run_ocr=lambda _img: page, run_vlm=None,
                            rules=receipt_rules, today=RECEIPT_TODAY)
    assert verdict.fields.amount.value is None
    assert verdict.status == "needs_review" and {"missing:amount", "missing:currency"} <= set(verdict.reasons)


@pytest.mark.parametrize("colour", ["white", "black"])
def test_blank_or_black_image_is_no_text(receipt_ocr, receipt_rules, colour):
    image = Image.new("RGB", (500, 700), colour)
    for extractor, vlm in (("ocr", None), ("hybrid", ScriptedVLMEngine(lambda i, t: dict.fromkeys(FIELD_NAMES)))):
        verdict = parse_receipt(image, extractor=extractor, run_ocr=receipt_ocr, run_vlm=vlm, rules=receipt_rules,
                                today=RECEIPT_TODAY)
        assert verdict.status == "needs_review" and verdict.reasons[0] == "no_text"
        assert all(v is None for v in verdict.fields.values().values())


def test_vlm_without_ocr_is_never_trusted_silently(receipt_samples, receipt_rules):
    sample = receipt_samples["upi"]
    verdict = parse_receipt(sample.clean, extractor="vlm", run_ocr=None, run_vlm=truthful(sample), rules=receipt_rules,
                            today=RECEIPT_TODAY)
    assert verdict.status == "needs_review" and "no_evidence:amount" in verdict.reasons


def test_degraded_render_still_reads_the_amount(receipt_samples, receipt_ocr, receipt_rules):
    sample = receipt_samples["shop_indian"]
    verdict = run(sample, "ocr", receipt_ocr, receipt_rules, image=sample.degraded)
    assert verdict.fields.values()["amount"] == "123456.00"
