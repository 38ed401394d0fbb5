"""heldout207: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Banarasi silk saree weaving house's day in 2026 (Jaitpura Silk Kothi Pvt Ltd, its
kothi and karkhana at Jaitpura and its showroom, Jaitpura Sarees, on Godowlia, Varanasi, Uttar Pradesh), told by the
proofs of payment it receives (saree showrooms' payment advices from Chennai, Kolkata, Hyderabad, Mumbai, Bengaluru,
Jaipur, Patna and Kochi, the showroom's customers' and tourists' UPI screens and payment links, the online
marketplaces' settlements of its online store, sari boutiques abroad's inward wires in US dollars, pounds, Canadian
and Singapore dollars and euros, its own cash memos and money receipts, cards on the showroom's terminals) and those
it makes (the handloom weavers' piece wage vouchers and their payouts, the silk reelers', zari makers', tussar yarn
house's and dye house's tax invoices, the net-banking transfers to the dyer, the jacquard card puncher, the finisher,
the box maker, the courier, the jacquard stores, the transporter and the naqshband, ESIC's, the GI Registry's, EPFO's,
the Textiles Committee's, Varanasi Nagar Nigam's, the UP Pollution Control Board's and the labour department's fee
pages, its card at a hotel, a filling station, a packaging shop and a restaurant, PuVVNL's electricity, the
broadband, phone and gas bills, the bank's SMS and e-mail alerts). One payment per page. Each family: six
successes, one failure, one wait; one page prints no transaction id and one no day (truth None for those fields).

* ``dealer_advices``: saree showrooms' payment advice e-mails, printed VENDOR PAYMENT ADVICE / PAYMENT ADVICE -
  SAREE PURCHASES and vendor portal pages. ``showroom_upi``: six UPI app screens (Google Pay, PhonePe, Paytm, Amazon
  Pay, BHIM, Navi) paying the showroom or the house and two payment links (Instamojo, Cashfree).
  ``marketplace_settlements``: Amazon Seller Central's, Flipkart Seller Hub's, Myntra Partner Portal's and Tata
  CLiQ Seller Portal's settlement pages and Meesho's and Etsy's e-mails. ``export_wires``: banks' inward remittance
  advices (browser, e-mail, printed). ``own_receipts``: the house's own CASH MEMO CUM RECEIPT / MONEY RECEIPT /
  ADVANCE RECEIPT - BRIDAL ORDER (paper, rubber stamp) and its accounts desk's acknowledgement e-mails.
  ``weaver_wages``: printed WEAVING CHARGES VOUCHER (PER PIECE) / BUNKAR MAZDOORI PARCHI (WAGE SLIP) / KARIGAR
  PAYMENT VOUCHER - HANDLOOM, a bulk upload's record, Cashfree Payouts' transfer page, a Google Pay and a PhonePe
  screen. ``yarn_invoices``: suppliers' TAX INVOICE with the payment block and a rubber stamp (paper, serif).
  ``job_work_transfers``: corporate net banking's transaction pages (PNB Corporate Internet Banking, FedCorp, Union
  Bank Corporate Banking). ``govt_fees``: ESIC's, the GI Registry's, EPFO's, the Textiles Committee's, Varanasi Nagar
  Nigam's, the UP Pollution Control Board's and the UP labour department's payment pages (browser). ``card_slips``:
  card terminal slips (monospace). ``utility_bills``: Bharat Connect in banking and UPI apps and PuVVNL's own receipt
  page. ``bank_alerts``: the bank's SMS alerts in each bank's own wording and two e-mail debit alerts. The families'
  docstrings list each layout's labels.

Truth conventions (heldout203's, heldout202's, heldout186's, heldout179's and heldout167's, kept where they say
*settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout167, heldout175,
  heldout179, heldout186, heldout202, heldout203): a payer's payment advice (here a saree showroom's) pays the
  company under its payee label, *settled* (new here) Vendor name / Credited to (supplier) / Supplier /
  beneficiary, never the showroom on top, its desk line, the Vendor code or the Credited to bank A/c. A UPI
  screen's payee under Paid to / To / Sent to / Paying to (here the showroom, Jaitpura Sarees, or the house, as
  printed), never the UPI ID or the app, *settled* (new here) nor the Banking name line under the UPI ID (the
  registered company behind the trade name); a payment link's payee on top (here the showroom or the house), never
  Buyer name / Paid by / Customer name or the gateway's footer (*settled* (new here) Instamojo, Cashfree).
  *settled* (heldout156, heldout162): a marketplace's settlement pays the seller under Seller / Seller name /
  Supplier / Supplier name / Account holder / Disbursed to, *settled* (new here) or Partner name / Payee (seller) /
  Deposited to (the house, full, capital or short as printed), never the panel on top (amazon seller central,
  Flipkart Seller Hub, Myntra Partner Portal, Meesho Supplier Panel, Tata CLiQ Seller Portal, Etsy) or the Seller
  ID, Partner code, Supplier ID, Merchant token or Shop (Etsy's shop handle). *settled* (heldout155, heldout167,
  heldout186, heldout203): a bank's inward remittance advice pays the company under Beneficiary name, *settled*
  (new here) or Beneficiary customer / Credit to (exporter), never the bank on top, the Ordering customer /
  Remitter or the Remitter's bank. *settled* (heldout175, heldout179, heldout186, heldout202, heldout203): the
  company's own receipt pays the company on top (its full, capital or short name as printed), *settled* (new here)
  or its showroom's trade name where that is on top (Jaitpura Sarees), never the party under Customer / Received
  from Smt./Shri / Party name, the saree's line or the showroom's rubber stamp; its accounts desk's e-mail likewise.
  *settled* (heldout150, heldout161, heldout179, heldout186, heldout202, heldout203): a wage voucher pays the worker,
  here the weaver under Name of weaver (heldout186), *settled* (new here) Bunkar (weaver) / Paid to (karigar),
  never the company on top, the Mohalla, the Loom No. or the Design No.; a bulk record the Beneficiary name, never
  the portal on top or the Debit account; Cashfree Payouts' page the Beneficiary name / Beneficiary (heldout186),
  never Cashfree Payments on top, the house under it (Payouts - ...) or *settled* (new here) the Bene ID; a transfer
  screen the payee under Paid to / To. A supplier's name on top of its own paper (capitals where so printed), never
  M/s the company under *settled* (new here) Details of receiver (billed to) / Buyer / Billed to. *settled*
  (heldout179, heldout186, heldout202, heldout203): a corporate banking page pays the payee under Beneficiary name /
  Counterparty name (heldout186), *settled* (new here) or Pay to (beneficiary), never the portal (PNB Corporate
  Internet Banking, FedCorp, Union Bank Corporate Banking), the bank line or the Debit account. *settled*
  (heldout153, heldout167, heldout186, heldout202, heldout203): a fee page pays the authority on top (Employees'
  State Insurance Corporation / ESIC; Geographical Indications Registry, capitals where so printed; Employees'
  Provident Fund Organisation / EPFO; Textiles Committee), *settled* (new here for Varanasi and Uttar Pradesh)
  Varanasi Municipal Corporation / Nagar Nigam Varanasi / VARANASI NAGAR NIGAM, Uttar Pradesh Pollution Control
  Board / UP Pollution Control Board and Labour Department, Uttar Pradesh / Shram Vibhag, Uttar Pradesh, as printed,
  never the line under it (the Ministry, Intellectual Property India, India Handloom Brand, Nivesh Mitra or the
  Act), the Employer name, Establishment name, Applicant, Name of applicant, Owner name, Name of licensee, Name of
  industry or Name of establishment. A slip's counter name line in capitals (here the showroom's own counters,
  JAITPURA SAREES and the company, on four, a hotel, a filling station, a packaging shop and a restaurant on the
  rest), never the terminal's bank or brand (PNB, PINE LABS, INDIANOIL, PAYTM EDC ...) or the place line. A Bharat
  Connect page's biller under Biller / Biller name / Operator / Service provider (short or long as printed), never
  the app, Bharat Connect or the Customer name / Consumer name; *settled* (new here) PuVVNL's own receipt page the
  company on top (PuVVNL, short, long or capital as printed), never the Uttar Pradesh Power Corporation Ltd line, the
  Division or the Consumer name. An SMS alert's payee as the bank sends it ("to KASHI COURIER & CARG": *settled*,
  the truncated name as printed), *settled* (new here) HDFC Bank's "To <payee>" line, never the bank or the sender
  id; the e-mail alert's Paid to (heldout186) / Beneficiary, never the bank on top.
* amount / currency: the sum this payment moved. *settled* (heldout152, heldout186, heldout202, heldout203): a
  payer's advice counts its net sum, *settled* (new here) Net amount transferred / Amount paid to you / Net settled
  amount, Net amount payable on the hold and Net amount / Net remittance on the return (the Gross bills less TDS u/s
  194Q @ 0.1%, a Cash discount @ 2% (paid in 30 days) and a Debit note for sarees returned), never a bill's sum or
  the Gross bills. A UPI screen's and a link's sum large. *settled* (heldout156, heldout162): a marketplace's net
  sum after its fees, the GST on them, TCS under GST and TDS u/s 194-O, Net settlement / Amount disbursed / Bank
  settlement value / Payment amount, *settled* (new here) or Net payout, and Etsy's Deposit amount / Amount
  deposited (the Sales less the Transaction fees, Payment processing fees, Listing fees and GST on them), never the
  Sale amount / Gross sales (incl. GST) / Sales, a fee or the Returns and RTO charges. *settled* (heldout155,
  heldout167, heldout186, heldout202, heldout203): an inward wire's foreign sum, *settled* (new here) Inward
  remittance amount / Amount in FCY / FCY amount received, in *settled* (new here) Canadian dollars (CAD, C$) as CAD
  and Singapore dollars (SGD, S$) as SGD beside US dollars, pounds and euros, never the Rupee equivalent, the Bank
  charges incl. GST or the Amount credited (INR); its Exchange rate (1 CAD = INR 61.67) is no sum. *settled*
  (heldout175, heldout179, heldout186, heldout202, heldout203): a receipt counts the sum received even where it is
  part of the order, *settled* (new here) Received via UPI QR / Card payment received / By cheque beside Cash
  received / Received in cash / Received by UPI / Received by NEFT / Received by card / Cheque amount / Advance
  received (heldout186), never the Order value / Bill amount / Total, the saree's line or the Balance on delivery /
  Balance due. *settled* (new here): a weaver's voucher counts its Net mazdoori paid / Amount paid to weaver / Net
  payable - paid (the sarees woven n pc x rate or the kilos of pirns filled, plus Add: Meenakari extra, less Less:
  Peshgi (advance) adjusted and Less: Resham short - n g @ rate), never the Gross mazdoori, a line or a deduction; a
  bulk record's Amount; Cashfree Payouts' and a screen's sum large. *settled* (heldout187, heldout191, heldout202,
  heldout203): a supplier's invoice counts the sum paid, where an advance is taken off (here Less: Advance paid with
  order) the Balance received by RTGS / NEFT, else *settled* (new here) Received by RTGS / NEFT, Amount received
  through RTGS / NEFT or Payment received by UPI (the rounded Invoice total with GST), or the Cheque received /
  Cheque amount, never the Taxable value, a line or the GST. A banking page's *settled* (new here) Amount (INR) /
  Debit amount / Transfer amount. *settled* (new here): ESIC's Total amount paid (the Employer's share @ 3.25% and
  the Employees' share @ 0.75%), never a share; the GI Registry's Total fee paid (the Official fee); EPFO's Total
  amount (heldout167), never an A/c line; the Textiles Committee's Total amount paid / Amount paid (the Registration
  fee and GST @ 18%), never the fee or the GST; the Nagar Nigam's Total amount / Amount paid / Amount (the heads,
  less the Rebate @ 10% where printed), never a head or the rebate; the Pollution Control Board's Total fee paid /
  Total amount (the Water Act and Air Act fees), never a head; the labour department's Amount paid. A slip's SALE
  AMT: (heldout202), *settled* (new here) TOTAL AMOUNT: / AMOUNT INR:, never the RATE: or the VOLUME(L):. A Bharat
  Connect page's sum large; PuVVNL's Amount paid. An alert's sum debited (*settled* (new here) HDFC Bank's Sent
  Rs.x, the e-mail's Amount debited / Debit amount (INR)), never the Avl Bal. Currency INR but on the wires.
* status: as printed. *settled* (new here): a payer's Status: Transferred / Payment sent to your bank account
  successes, Held - sarees under quality check at our godown pending (a payer's hold, as heldout198's to
  heldout203's), Returned by bank - beneficiary name does not match failed; a UPI screen's Payment successful / Paid
  successfully / Money sent successes, Payment declined - UPI PIN tries exceeded failed, Payment pending - bank yet
  to confirm, do not pay again pending; a link's Payment successful / Thank you! Payment received / Payment
  completed successes. *settled* (heldout162, new here): a marketplace's Settled / Payment transferred / Status: Paid
  to bank successes, Payment initiated - credit to your bank in 2-3 working days pending, Transfer failed - bank
  account could not be verified failed. *settled* (new here): an inward advice's Inward remittance credited to your
  account / Status: Credited - IRM issued successes, Held - purpose code and invoice copy awaited from beneficiary
  pending, Returned to remitting bank - account name mismatch failed. *settled* (heldout167, heldout179,
  heldout186, heldout202, heldout203): a cheque received and not yet cleared pending, a cheque returned failed, so
  *settled* (new here) CHEQUE RECEIVED - DELIVERY AFTER CLEARANCE and CHEQUE RECEIVED - CREDIT AFTER CLEARANCE
  pending, CHEQUE DISHONOURED - ORDER ON HOLD and CHEQUE RETURNED - FUNDS INSUFFICIENT failed; RECEIVED WITH
  THANKS, PAID, PAID BY RTGS / NEFT / UPI, PAID - THUMB IMPRESSION TAKEN successes, *settled* (new here) as are
  ADVANCE RECEIVED - ORDER BOOKED, PAID - RECEIVED BY BUNKAR and RECEIVED - ACCOUNT CLEARED. *settled* (new here): a
  bulk record's File accepted - credit to beneficiary awaited pending; Cashfree Payouts' Transfer status: REVERSED -
  beneficiary bank rejected failed (the transfer came back, as heldout199's and heldout203's reversals); a banking
  page's Transaction successful - credited to beneficiary / Status: Executed successes, Pending for authorisation -
  checker pending (keyed, not yet authorised, as heldout191's to heldout202's), Failed - beneficiary account frozen
  failed; a fee page's Payment successful / Fee received / Payment received / Challan paid successfully / Payment
  confirmed / Fee deposited successfully / Renewal fee received successes, EPFO's Payment initiated - confirmation
  from bank awaited pending, Transaction failed - amount not received by Nagar Nigam failed; a slip's APPROVED /
  TRANSACTION APPROVED / SALE APPROVED successes, DECLINED - 55 INCORRECT PIN failed, TRANSACTION TIMED OUT - DO NOT
  RE-SWIPE, VERIFY WITH BANK pending; Bill paid successfully / Payment successful / Bill paid successes, Bill
  payment pending - confirmation from biller awaited pending, Bill payment failed - money will be refunded to source
  in 3-5 days failed (the payment failed, whatever the refund); an SMS that says the transfer "could not be credited
  and has been REVERSED to your account" failed (whatever the credit back), one that "is UNDER PROCESS" pending, a
  debit alert a success, whatever its bank's wording ("A/c XX1234 debited for Rs.x ... via <way> to <payee>", "Dear
  Customer, your A/c X1234 has been debited by Rs.x ... - <way> transfer to <payee>", "INR x debited from A/c *1234
  ... towards <way> to <payee>", HDFC Bank's "Sent Rs.x / From HDFC Bank A/C *1234 / To <payee> / On <day>"); the
  e-mail's Status: Debited a success.
* date: the day paid (Transfer date, Settlement date (heldout186), Paid on, a payer's pending Advice date
  (heldout198) or *settled* (new here) Prepared on, Returned on / *settled* (new here) Date of return, Date & time,
  Completed on, Initiated on on a UPI screen not yet paid, a marketplace's Transfer date / Settled on / Deposit date
  (heldout162) / *settled* (new here) Disbursement date and its Initiated on / Failed on, an inward advice's Value
  date / Credited on / *settled* (new here) Date of credit, Received on (heldout167) / *settled* (new here) Held
  since on the held one, Returned on, a receipt's, memo's, voucher's or invoice's Date / Dated / Receipt date /
  Voucher date / *settled* (new here) Parchi date / Invoice date, Uploaded on on a bulk record, Cashfree Payouts'
  Failed on / Reversed on, a banking page's Value date / Executed on / Transaction date / Created on / Failed on, a
  fee page's Challan paid date (heldout167) / Payment date / Date of payment / Receipt date / Transaction date /
  *settled* (new here) CBR date, EPFO's Paid on / Initiated on (the pending one's day), a slip's DATE: / DT: /
  *settled* (new here) DATE/TIME:, Paid on / Transaction date & time (the latter alone on a bill not paid),
  PuVVNL's Payment date / Date of payment, the SMS's day (HDFC Bank's On <day>), the e-mail alert's Transaction
  date / Value date). *settled*: never a Bill month, a Due date, a Cheque date (heldout198), a Wage month or
  Contribution period (heldout167), an invoice number's financial year or an e-mail's hour; *settled* (new here)
  never the Delivery on of an order, a marketplace's Settlement period / Orders delivered between, or an advice's
  bills' or PO's year.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT / RTGS
  / IMPS, a marketplace's NEFT (heldout162), a bulk record's NEFT, Cashfree Payouts' IMPS, a Bharat Connect bill
  from a Current A/c, a fee or a bill paid by Net banking, an e-mail alert's Channel; UPI for UPI apps, a link's, a
  receipt's, a voucher's, an invoice's, a fee's or a bill's UPI; card on slips, a link's card, a receipt's card, a
  fee or a bill paid by Debit card; cheque for a cheque received, in clearing, returned or dishonoured; cash for a
  cash receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout203): a UPI reference /
  UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref. No., UPI Ref No, UPI Reference No. (heldout202), UTR,
  UTR No., Bank UTR (heldout186's UTR Ref. / Bank UTR), IMPS Ref No., *settled* (new here) UPI Reference ID,
  Instamojo's UPI RRN and Cashfree's Bank reference no. on a UPI payment (as Easebuzz's Bank Ref No., heldout199 and
  heldout203), a slip's RRN: / REF NO:, an SMS's UTR / UPI Ref / IMPS Ref and *settled* (new here) HDFC Bank's
  Ref), then a bank reference (an inward advice's Inward ref. No. / Our ref. (heldout167) / *settled* (new here) IRM
  reference, a bulk record's Bank reference No. (heldout202), a banking page's Host reference No. (heldout186's Host
  ref No.), a fee page's Bank Ref. No. / Bank Ref No. / Bank reference No., Bharat Connect Ref. No. / BBPS Ref ID
  (heldout202)), then a transaction / payment id (Google transaction ID, PhonePe's, Paytm's and Amazon Pay's own
  Transaction ID, *settled* (new here) Instamojo's Payment ID MOJO... and Cashfree's CF Payment ID, a marketplace's
  Settlement ID / Payment reference (heldout162) / *settled* (new here) Disbursement ID / Etsy's Deposit ID,
  Cashfree Payouts' Reference ID (heldout186), EPFO's CRN (heldout167), a fee page's Transaction ID / Transaction
  ref. No. (heldout202, and *settled* (new here) the GI Registry's, the Textiles Committee's, the Nagar Nigam's and
  the labour department's), PuVVNL's Transaction ID, a failed Bharat Connect page's Transaction ID), then an
  approval code (Auth code, Approval code, APPR CODE:, *settled* (new here) a slip's AUTH ID:), then an order's
  number (*settled* (new here) Cashfree's Order ID, as Razorpay's Order ID, heldout202), then a document's own
  number (*settled* (new here) Payment advice No. / Payment document No. on a payer's advice, Memo No. (heldout186) /
  Receipt No. / R. No. on a receipt, Voucher No. / Vr. No. / *settled* (new here) Parchi No. on a voucher, Tax
  Invoice No. / Invoice No. / Inv. No., ESIC's Challan No. (heldout161), *settled* (new here) the GI Registry's CBR
  No. (its cash book receipt), EPFO's TRRN (heldout161), a fee page's Receipt No., PuVVNL's Receipt No., a slip's
  BILL NO: / INVOICE NO:). *settled*: never a UETR, the bills listed on an advice, a Vendor code, a PO No., MID,
  TID, BATCH NO, STAN:, a card, account or mobile number, a UPI ID, BIC, GSTIN, IFSC, a cheque number, Maker /
  Authoriser, a bulk upload's Record No., an E-way bill No., a Transport / LR No. on a supplier's invoice
  (heldout202), an Export invoice No., a Purpose code, an Establishment ID, an Employer code, a GI Application No.
  (heldout186), a consumer number (here Account No., Telephone No., Mobile No.), a slip's NOZZLE NO:. *settled* (new
  here): never a Seller ID, Partner code, Supplier ID, Merchant token or Etsy Shop, a CSB-V No. (a courier
  shipping bill's), a Loom No., a Design No., Cashfree's Bene ID, an IHB registration No., a House No., a Licence
  No., a Registration No., an Application ID, an LPG ID or a slip's FOLIO NO:.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout207_families import (
    bank_alerts,
    card_slips,
    compose,
    dealer_advices,
    export_wires,
    govt_fees,
    job_work_transfers,
    marketplace_settlements,
    own_receipts,
    showroom_upi,
    utility_bills,
    weaver_wages,
    yarn_invoices,
)

SPLIT = "heldout207"

FAMILIES: list[Family] = [
    ("dealer_advices", dealer_advices, PAGE_FACES),
    ("showroom_upi", showroom_upi, SCREEN_FACES),
    ("marketplace_settlements", marketplace_settlements, PAGE_FACES),
    ("export_wires", export_wires, PAGE_FACES),
    ("own_receipts", own_receipts, PAPER_FACES),
    ("weaver_wages", weaver_wages, PAPER_FACES),
    ("yarn_invoices", yarn_invoices, BILL_FACES),
    ("job_work_transfers", job_work_transfers, PAGE_FACES),
    ("govt_fees", govt_fees, PAGE_FACES),
    ("card_slips", card_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout207_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout207 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
