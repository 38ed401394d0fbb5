"""heldout77: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout77).

Families (8 receipts each), drawn away from heldout2 to heldout76's layouts: India-first everyday payments with Gulf,
Singapore and UK pages, in English with Hindi words romanised where natural (Grahak, Pichhla baki, Baki, Karyakram
tithi, Pavti, Dinank, Parchi, pisai, safai), in rupees (₹, Rs., INR; lakh grouping on most pages), dirhams (AED,
Dhs), Singapore dollars (S$, SGD) and pounds. The kinds: a local cable operator's monthly bill (Nagpur, Delhi, Pune),
a tent house's booking advance (Sikar, Karnal), a drinking-water tanker's trip slip to a housing society (Pune,
Bengaluru), a school van's fee receipt (Pune, Jaipur), a student bus pass at a depot counter or its app (Pune,
Bengaluru), a festival idol maker's booking or collection (Mumbai, Pen), a wedding invitation printer's tax invoice
(Jaipur, Surat), an atta chakki's grinding slip (Indore, Bhagalpur), a Gulf typing centre's receipt (Dubai,
Sharjah), an aircon servicing invoice (Singapore, Dubai), a domestic helper agency's placement receipt (Singapore,
Dubai) and a girls' uniformed unit's term subs (Harrow, Manchester, Tampines). Their pages name people who are not
the payee (a subscriber, a collection boy, a host, a society and a tanker's driver, a student and a parent, a
devotee or mandal, a party, a customer, an applicant and a sponsor, a technician, an employer and a helper, a member
and a parent), print other days (a month billed, a function's day, months paid for, a next due day, a pass's
validity, a pickup day, an earlier advance's or deposit's day, a proof's approval, a next servicing) and other
numbers (subscriber IDs, set-top box and VC numbers, booking numbers, vehicle numbers, roll numbers, college ID and
pass numbers, tokens, application and Emirates ID numbers, job sheets, EA licence, FIN and passport numbers,
membership numbers) and other amounts (arrears, a booking's total beside its advance and balance, an advance taken
off, a late fee, a sibling's or sister's discount, government fees beside a service charge, GST in halves, GST 9%
and VAT 5%, a round-off, cash tendered and change), and word outcomes as successes, failures and waits on a share,
on a line of their own or beside a status label, or print none. Faces: the project's installed faces (Liberation,
FreeFont, Noto, DejaVu); slips in monospaced faces in a share; rupee pages print ₹ only in faces that hold it, else
Rs. (or INR). Degradations as heldout66 (``heldout14_render.degrade``).

Truth conventions (README "Receipt fields"):

* amount: what this page took (or tried to take) now, as "1234.50": a cable bill's total with GST and arrears; a
  tent house's, an idol booking's advance (never the booking's total or the balance due); an idol's collection: the
  balance paid after the earlier advance (never the total); an invitation printer's Grand Total after discount,
  GST and round-off; a tanker's, a van's, a pass's, a chakki's, a typing centre's (government fees included), an
  aircon's and a unit's total; a helper agency's total, or where a deposit paid earlier is taken off, the balance
  paid. Never tax shown apart, a subtotal, a rate, cash tendered or change. currency: the ISO code of the amount.
* date: the day paid (or tried) as printed, ISO: Date, Bill Date, Collection Date, Booking Date, Delivery date,
  Paid on, Receipt Date, Issue Date, Txn Date, Dinank, Dt., Invoice Date, Transaction Date, Payment date; None where
  not printed. Never a month billed, a function's, a pickup's or a delivery's day, a Next due date, a pass's Valid
  range, an earlier advance's or deposit's day, a proof's approval, a next servicing. Day first on all pages.
* payment_method: "UPI", "card", "wallet", "netbanking", "cash" from the printed way paid as heldout74 (UPI,
  PhonePe, Google Pay on rupee pages are UPI; NETS and masked cards are a card; Paytm Wallet, GrabPay, Apple Pay are
  wallets; Net Banking is net banking; Cash or a cash tendered line with change is cash); None where none is
  printed.
* status: only where words state the outcome; None otherwise: heldout74's wordings and Payment received - thank
  you, Advance received - booking confirmed, Fees received with thanks, Pass issued - payment successful, Received
  with thanks - Ganpati Bappa Morya!, Paid in full - shubh vivah!, Transaction successful, Subs paid - thank you!
  (success); UPI payment failed, UPI failed - booking not confirmed, Payment failed - pass not issued, Payment
  declined - please try another card, Payment failed - placement on hold (failed); Payment pending, Advance
  pending, Payment pending - society to pay, Payment processing, Awaiting PayNow confirmation, Pending bank
  confirmation (pending). A heading, a label of a sum paid or a line of terms states none.
* transaction_id: at most one, as printed. On rupee pages paid by UPI, a UTR (UTR, UTR No, UPI Ref No, UPI Txn ID)
  where printed; else the page's own number (Receipt No, Bill No, Rcpt No., Booking No on a tent house's slip,
  Sr. No., Slip No, Challan No, Counter Rcpt No, Order ID, Txn No, Pavti No, Invoice No, Parchi No, Transaction No,
  Inv #, OR No., Receipt #). A unit's subs: its Payment ref (a pi_… id keeps its printed case) where printed, else
  the receipt's number. Never a subscriber ID, an STB or VC number, an idol's booking number, a vehicle, roll,
  college ID, pass, token, application, Emirates ID, job sheet, licence, FIN, passport or membership number.
* merchant_name: the business on top, as printed: the cable operator, the tent house, the tanker supplier, the van
  service, the bus operator's counter, the idol workshop, the press, the chakki, the typing centre, the aircon
  company, the agency, the unit; never a subscriber, collection boy, host, driver, student, parent, devotee,
  customer, applicant, sponsor, technician, employer, helper or member.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout77_families import (
    aircon_servicing,
    atta_chakki,
    cable_tv_bill,
    guides_subs,
    helper_agency,
    idol_booking,
    invitation_printing,
    school_van_fees,
    student_bus_pass,
    tent_house_booking,
    typing_centre,
    water_tanker,
)

SPLIT = "heldout77"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype); slips print in monospaced faces in a
# share, invoices in serif ones in a share, screens and e-mails in sans faces.
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
PAPER_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeMono.ttf",
]
FAMILIES: list[Family] = [
    ("cable_tv_bill", cable_tv_bill, SLIP_FACES),
    ("tent_house_booking", tent_house_booking, PAPER_FACES),
    ("water_tanker", water_tanker, SLIP_FACES),
    ("school_van_fees", school_van_fees, PAPER_FACES),
    ("student_bus_pass", student_bus_pass, SCREEN_FACES),
    ("idol_booking", idol_booking, PAPER_FACES),
    ("invitation_printing", invitation_printing, PAPER_FACES),
    ("atta_chakki", atta_chakki, SLIP_FACES),
    ("typing_centre", typing_centre, SLIP_FACES),
    ("aircon_servicing", aircon_servicing, SCREEN_FACES),
    ("helper_agency", helper_agency, PAPER_FACES),
    ("guides_subs", guides_subs, SCREEN_FACES),
]


def make_heldout77_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout77 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)
