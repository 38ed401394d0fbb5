"""heldout91: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout91).

Families (8 receipts each), drawn away from heldout2 to heldout89's layouts, none of which prints an Indian
script: bilingual Indian receipts, English beside Hindi, Marathi, Tamil, Telugu, Kannada, Bengali or
Gujarati, as their issuers print them: a state electricity board's bill payment receipt from a collection
counter or its web portal (MSEDCL, TANGEDCO, BESCOM, TSSPDCL, WBSEDCL, UGVCL, JVVNL: the board's name in the
script over its English name or its short name, consumer / service connection / USC / K number, consumer
name, bill month, bill date, due date, bill amount and arrears, a payment rounded up or part of the bill on
a share, a cashier id, the receipt number or the portal's transaction id), a kirana or sweet shop's thermal
bill (the shop's name in the script, in Latin letters under it on a share, items in the script with Latin
quantities, rates and amounts, the totals in English, round off, tendered and change, You Saved, GSTIN and
mobile), a temple or trust's donation receipt (Rasid / Pavti / ರಸೀದಿ / ரசீது …: the trust in the script and
in English, its registration number and PAN, the 80G approval number with its assessment years and the Form
10BE day, the donor or "Received with thanks from …", the seva, the sum in figures and words), a state
transport bus ticket from a ticket machine (MSRTC, TNSTC, KSRTC, TGSRTC, GSRTC, UPSRTC: ticket number,
waybill, bus number, conductor, route, from and to in both scripts, KM, full and half fares, toll, an
advance ticket's journey day and seat) or a metro smart card top-up (Namma Metro, Mumbai Metro One, Chennai,
Hyderabad, Kolkata and Delhi metros: card number, device id, previous balance, top-up amount, card balance,
a UPI reference on a share), a ration shop's ePoS slip (FPS name and id, ration card number and type, card
holder, masked Aadhaar, members, the allocation month, rice, wheat, sugar in the script by the kilo) or a
dairy's monthly milk card receipt (Aavin, Nandini, Gokul, Amul: card number, booth, the card's month and
validity, litres a day, days, rate), a government hospital's OPD registration slip (UHID / CR No. / MRD No.,
OPD number, patient, age, mobile, the department in both scripts, room and unit, the fee, lab charges on a
share, "Valid for 7 days, upto …"), an India Post counter receipt in Hindi and English (Speed Post with its
article number, weight, PIN, tariff and GST and the expected delivery day; an eMO with its number, the money
order's payee, MO amount and commission; an RD deposit with its account number, denomination, months,
default fee and next due day), an LIC premium receipt (LIC's name in the script over its English name:
policy number, plan and term, mode, FUP and next FUP months, premium, late fee, GST, the total in figures
and words) or a co-operative or gramin bank's loan instalment receipt (scroll number, loan account,
principal, interest, total, outstanding balance), a gram panchayat's or nagar palika's tax receipt (Marathi
Form No. 10, Kannada, Gujarati, Hindi, Telugu: property number, owner, ward, the year, a table of house,
water, light, health or sanitation tax with arrears and current demand, a penalty, the total in figures and
words, the body's name in Latin letters only on a share), a school's fee receipt (the managing society's
name in the script over the school's English name, U-DISE and index numbers, student, standard and division,
G.R. and roll numbers, academic year, fee heads in the script or both, a late fee, a part payment with its
balance and due day on a share, a UPI reference or a UTR), a UPI app's screen (PhonePe, BHIM, Google Pay,
Paytm) set to a regional language (outcome, payee sentence, date, UTR and the app's transaction id labelled
in the script, numbers, UPI ids and names in Latin letters, Hindi, Marathi and Tamil month names on a share,
the debited bank, a refund sentence on a failure, dark or banded on a share) and a petrol pump's slip with a
Hindi header (the oil company in Devanagari, the dealer in Latin letters, receipt number, FCC ID, nozzle,
product, rate, volume, amount, vehicle and masked mobile, a card's TID and APPR CODE, "धन्यवाद, पुनः
पधारें").

Labels: each page chooses one bilingual form (script / English, English / script, script (English) or
English (script)), and on a share of pages (0, 25, 50 or 80 % of its labels) a label is printed ONLY in the
script (दिनांक, तारीख, తేదీ for the date; राशि, रक्कम, कुल, एकूण, மொத்தம், ಒಟ್ಟು for sums; रसीद सं., पावती
क्र., ರಸೀದಿ ಸಂಖ್ಯೆ, ரசீது எண் for receipt numbers; भुगतान का माध्यम, ಪಾವತಿ ವಿಧಾನ … for the way paid), its
value in Latin digits. Rupees as ₹ (only in faces that draw it), Rs., Rs, INR and, on a share of Devanagari
pages, रु. before Latin digits, with lakh, Western or plain grouping and "1,357/-" on a share (heldout88's
``Cash``). On a share of Hindi, Marathi, Bengali and Gujarati pages the sum paid is printed a second time in
the script's own digits (रु. १,२५०.००, ১,২৫০.০০ টাকা, રૂ. ૧,૨૫૦.૦૦), always beside the same sum in Latin
digits elsewhere on the page; the truth is that sum (never a different number). Dates: one pattern per page,
day first (slashes, dashes, dots, two-digit years, English month names, a weekday in front, ISO on a share;
heldout88's ``pattern``), with a month name in Devanagari or Tamil on a share of UPI screens (30 जनवरी
2025). Faces: the English parts in the project's installed faces (sans faces on portals, screens and post
office slips, serif and narrow faces on counter receipts, forms and certificates, monospaced faces on
thermal and ticket-machine slips), each script run in Noto Sans <script> (Noto Serif <script> beside a serif
face), drawn by ``heldout91_families.render`` (heldout14_render draws a page in one face); every glyph
printed is in its face. Degradations as heldout66 (``heldout14_render.degrade``; portals and app screens are
always photographed off the display, ``_screen_photo``).

Truth conventions (README "Receipt fields"):

* amount: what this page paid (or tried to pay) now, as "1234.50" (whole rupees printed as "450" or
  "4,500/-" are "450.00" and "4500.00"; a sum in the script's digits is the same sum printed in Latin
  digits): a power receipt's Amount Paid / Paid Amount / Amount Received (never the Bill Amount or the
  Arrears, even where they differ); a shop bill's Net Amount / TOTAL / Grand Total / Net Amt after round off
  (never Tendered, Change, You Saved or a line); a donation's Amount / Donation Amount; a ticket's TOTAL /
  Total Fare / NET FARE (fares and toll; never one fare line); a top-up's Top-up Amount / Recharge Amount /
  Amount Added (never the previous or the card balance); a ration slip's Total Amount / Total / Amount Paid;
  a milk card's Amount / Card Amount / Amount Paid (never the rate); an OPD slip's fee, or its Total where
  lab charges are added; a post office receipt's Total Amount / Amount Collected / Total (tariff and GST, MO
  amount and commission, instalments and default fee); an LIC receipt's Total Amount / Total Amount Received
  (premium, late fee and GST; never the premium alone); a bank instalment's Total (principal and interest;
  never the outstanding balance); a tax receipt's Total Amount Paid / Total Paid / Total (every head,
  arrears and penalty); a fee receipt's Total Fees, or its Amount Paid / Paid Now where a part is paid
  (never the total or the balance then); a UPI screen's large sum; a fuel slip's AMOUNT / SALE AMT (never
  rate or volume). Labels in the script name the same sums (राशि, रक्कम, ಮೊತ್ತ, மொத்தம் …). currency: always
  INR (₹, Rs., Rs, INR, रु., টাকা or રૂ. beside script digits).
* date: the day paid (or tried), as printed, ISO, under its label in English, the script or both: a power
  receipt's Payment Date / Date of Payment / Paid on (never Bill Date, Due Date or the bill month); a
  shop's, temple's, ration slip's, OPD slip's, post office's, LIC's, bank's, tax and fee receipt's Date /
  दिनांक / तारीख / తేదీ … (a post office's Booking Date / Txn Date, an LIC's Receipt Date, an OPD slip's
  Reg. Date, a milk card's Issue Date); a bus ticket's DATE, or an advance ticket's Booking Date / Issued on
  (never its Journey Date); a top-up's Date/Time / Txn Date; a UPI screen's date and time line (दिनांक और
  समय …, a month name in the script included); a fuel slip's DATE. None where the page leaves that line off,
  even where another day is printed. Never a due date, a bill date or month, Form 10BE's day, 80G's
  assessment years, a journey day, an allocation or card month, a card's validity, an OPD slip's "valid
  upto" day, an expected delivery, a next due day or an FUP month, an academic or financial year.
* payment_method: "UPI", "card", "netbanking", "cash" from the printed way paid, in English or the script
  (UPI is its own way, as the earlier sets count it; no page here pays from a wallet): UPI, BHIM UPI, UPI
  (PhonePe / Google Pay / Paytm), UPI QR and the script's यूपीआई / यूपीआय / யுபிஐ / యూపీఐ / ಯುಪಿಐ / ইউপিআই /
  યુપીઆઈ, and every UPI app screen, are UPI; Debit Card XX1234, Card, RuPay Debit Card, Credit Card xx1234
  and the script's word for card beside (Card) are a card; Net Banking, Net Banking - <bank>, Internet
  Banking and NEFT are netbanking; Cash, CASH and the script's नकद / रोख / ரொக்கம் / నగదు / ನಗದು / নগদ /
  રોકડ are cash. A cheque or a DD (Cheque No. …, Chq. No. …, DD No. …) is none of the five (None, as
  heldout73, heldout88 and heldout89). None where no way is printed (a metro card, a ration card or a milk
  card is no bank card).
* status: only where words state the payment's outcome, in English or the script; None otherwise. Success:
  Payment Successful, Transaction Successful, SUCCESS, Payment Received, Recharge Successful, Top-up
  Successful, Distributed, Success, PAID, ** PAID **, Paid - Thank you, Fee Paid, Amount received, Received
  with thanks, Fees received with thanks, Donation received with thanks, "Received with thanks from …", TXN
  SUCCESS, APPROVED, UPI PAYMENT RECEIVED, and the script's भुगतान सफल, भरणा यशस्वी, பணம் செலுத்துதல்
  வெற்றி, చెల్లింపు విజయవంతం, ಪಾವತಿ ಯಶಸ್ವಿಯಾಗಿದೆ, পেমেন্ট সফল, ચુકવણી સફળ and "received with thanks"
  (सधन्यवाद प्राप्त, सधन्यवाद मिळाले, நன்றியுடன் பெறப்பட்டது, కృతజ్ఞతలతో స్వీకరించబడింది, ಕೃತಜ್ಞತೆಯೊಂದಿಗೆ
  ಸ್ವೀಕರಿಸಲಾಗಿದೆ, ধন্যবাদের সহিত প্রাপ্ত, આભાર સહ મળ્યા). Failed: Payment Failed, Transaction Failed, Failed
  - amount will be refunded, Recharge Failed, Top-up failed - amount will be refunded, FAILED, Aadhaar
  authentication failed - not distributed, TXN DECLINED, DECLINED, UPI TXN FAILED, and भुगतान विफल, भरणा
  अयशस्वी, பணம் செலுத்துதல் தோல்வி, చెల్లింపు విఫలమైంది, ಪಾವತಿ ವಿಫಲವಾಗಿದೆ, পেমেন্ট ব্যর্থ, ચુકવણી નિષ્ફળ.
  Pending: Payment Pending, Transaction under process, Awaiting bank confirmation, Recharge Pending, Top-up
  under process, Pending - retry authentication, Processing, TXN PENDING, AWAITING UPI CONFIRMATION, and
  भुगतान लंबित, भरणा प्रलंबित, பணம் செலுத்துதல் நிலுவையில் உள்ளது, చెల్లింపు ప్రాసెస్‌లో ఉంది, ಪಾವತಿ
  ಪ್ರಕ್ರಿಯೆಯಲ್ಲಿದೆ, পেমেন্ট প্রক্রিয়াধীন, ચુકવણી પ્રક્રિયામાં છે (on a line of their own, or both wordings
  on one line). A heading (Bill Payment Receipt, रसीद, पावती, Donation Receipt, Fee Receipt, OPD
  Registration Slip …), a word of thanks (धन्यवाद, நன்றி, ధన్యవాదాలు, Thank you, Visit Again, Happy Journey,
  पुनः पधारें), a label of a sum (Amount Paid, Amount Received), an app's button (हो गया, Done, Share) and
  the fine print (Subject to realisation of cheque, Fees once paid will not be refunded, Card not
  transferable) state none.
* transaction_id: at most one, in Latin characters as printed, the payment's strongest reference, else the
  page's own number: a power receipt's Transaction ID / Txn ID / Bank Ref. No. on the portal (never the
  Receipt No. beside it), its Receipt No. / Rcpt No. / Receipt Number at a counter; a shop bill's Bill No /
  Bill No. / Inv No / बिल क्र. …; a donation's UPI Ref No., else its Receipt No. / रसीद सं. / ರಸೀದಿ ಸಂಖ್ಯೆ
  …; a bus ticket's TKT NO / Ticket No; a top-up's UPI Ref No, else its Txn No / Transaction ID / TXN ID /
  பரிவர்த்தனை எண் …; a ration slip's Receipt No / Txn ID; a milk card's, an OPD slip's, an LIC receipt's, a
  tax receipt's Receipt No. (its script label included); a bank instalment's Scroll No.; a post office
  receipt's Txn ID / Transaction ID / Receipt No. / लेनदेन आईडी; a fee receipt's UPI Ref No. / UTR No., else
  its Receipt No. / Fee Receipt No.; a UPI screen's UTR (यूटीआर / UTR, UPI लेनदेन आईडी …), else (a failure
  that prints none) the app's transaction id (लेनदेन आईडी …); a fuel slip's APPR CODE, else its RECEIPT NO /
  BILL NO (a declined card prints no approval). None where none is printed. Never a consumer / service
  connection / USC / K / Account ID number, a cashier id, a GSTIN, a PAN, an 80G approval or registration
  number, a mobile, a waybill, a bus or vehicle number, a conductor or route, an ETM number, a metro card
  number or device id, an FPS id, a ration card or Aadhaar number, a milk card or booth number, a UHID / CR
  No. / MRD No. or OPD number, an article number, an eMO number, an RD account, a policy number, a loan
  account, a property or ward number, U-DISE, index, G.R. or roll numbers, a UPI id, a TID or an FCC ID.
* merchant_name: the payee as printed in Latin letters where the page prints it so (names in capitals where
  so printed): the board's English line on top (its full name or its short name, whichever the page prints);
  the shop's Latin line under its name; the trust's English name; the transport corporation's short name
  (MSRTC …) or the metro's English name; a ration slip's FPS Name (never the department on top or the card
  holder); the dairy's name on top (AAVIN, Amul …; never its union under it); the hospital's English line;
  "India Post" / "INDIA POST" / "Department of Posts" as printed (never the eMO's payee or the office);
  LIC's English name or the bank's English line; the panchayat's or palika's Latin line; the school's
  English name (never the society above it, the student); the UPI payee (never the bank debited or the app);
  the fuel dealer (M/S … / M/s …; never the oil company in the header). Where the payee is printed ONLY in a
  local script (a kirana or sweet shop with no Latin line, a panchayat or palika with none) the truth is
  that script text exactly as printed (Unicode, e.g. "શ્રી અંબિકા પ્રોવિઝન સ્ટોર"): the page states the
  payee, so it is not absent, and a reader that cannot read the script has not read it.

"""

from __future__ import annotations

from pathlib import Path

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import FONT_DIR, Family, check_fonts
from bench.receipt_sets.heldout91_families import (
    bilingual_set,
    counter_receipt,
    fuel_slip,
    kirana_bill,
    local_tax,
    opd_slip,
    post_office,
    power_receipt,
    ration_or_milk,
    school_fee,
    script_faces,
    temple_receipt,
    transit_ticket,
    upi_regional,
)

SPLIT = "heldout91"

# English faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), each page's script
# drawn beside them in Noto Sans <script> (Noto Serif <script> beside a serif face): app screens and online
# receipts in sans faces, counter receipts, forms and certificates in serif and narrow faces, thermal and
# ticket-machine slips in monospaced ones; pages print ₹ only in faces that hold it (heldout88_families.Cash).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "dejavu/DejaVuSans.ttf",
]
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
SHEET_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
FAMILIES: list[Family] = [
    ("power_receipt", power_receipt, SCREEN_FACES + SHEET_FACES[:3]),
    ("kirana_bill", kirana_bill, SLIP_FACES),
    ("temple_receipt", temple_receipt, SHEET_FACES),
    ("transit_ticket", transit_ticket, SLIP_FACES),
    ("ration_or_milk", ration_or_milk, SLIP_FACES),
    ("opd_slip", opd_slip, SHEET_FACES),
    ("post_office", post_office, SLIP_FACES + SCREEN_FACES[:2]),
    ("counter_receipt", counter_receipt, SHEET_FACES),
    ("local_tax", local_tax, SHEET_FACES),
    ("school_fee", school_fee, SHEET_FACES),
    ("upi_regional", upi_regional, SCREEN_FACES),
    ("fuel_slip", fuel_slip, SLIP_FACES),
]


def make_heldout91_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout91 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    missing = [face for face in script_faces() if not Path(FONT_DIR, face).is_file()]
    if missing:
        raise FileNotFoundError(
            f"{SPLIT} draws its scripts in Noto faces this machine lacks (fonts-noto-core): "
            + ", ".join(missing)
        )
    return bilingual_set(SPLIT, FAMILIES, n)
