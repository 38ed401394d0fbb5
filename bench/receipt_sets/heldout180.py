"""heldout180: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): an authorised e-waste recycler's and scrap-metal processor's day in 2026 (Punarnava Metal
& E-Waste Recyclers Pvt Ltd, its dismantling and recovery plant at Taloja MIDC and its collection centre at IMT
Manesar), told by the proofs of payment it receives (smelters' and refiners' payment advices for the copper,
aluminium, brass and PCB concentrate it recovers, offices' and hospitals' pickup fees through its payment links, its
own money receipts and cash memos for regrind, scrap and channelisation fees) and those it makes (kabadiwalas paid by
UPI, by the collection centres' purchase vouchers and by bulk payouts; factories' scrap sale invoices and the
net-banking payments to scrap dealers; outward wires for imported scrap, shredder parts and reagents in US dollars,
euros and pounds; transporters and crane hirers; the pollution boards', CPCB's and the municipal corporation's fees;
drivers' and supervisors' card slips; the plant's electricity; the bank's SMS and e-mail debit alerts). One payment
per page. Each family: six successes, one failure, one wait; one page prints no transaction id and one no day (truth
None for those fields).

* ``smelter_advices``: smelters' and refiners' payment advice e-mails, printed VENDOR PAYMENT INTIMATION / PAYMENT
  ADVICE and vendor portal pages. ``collection_upi``: six UPI app screens (PhonePe, Google Pay, Paytm, BHIM) paying
  kabadiwalas and two of the company's pickup-fee payment links (Razorpay, Cashfree). ``factory_scrap``: factories'
  SCRAP SALE INVOICE / TAX INVOICE (SCRAP) with TCS, the payment block and a rubber stamp (paper).
  ``dealer_transfers``: corporate net-banking acknowledgements (Kotak FYN, bob World Business, YES CONNECT, IDFC FIRST
  Business, PNB Corporate Banking) and the bank's payment advice e-mails. ``metal_wires``: foreign outward
  remittance debit advices (e-mail, browser, printed). ``haulage_bills``: transporters' freight bills and a crane
  hirer's hire bills (paper, e-mail, portal). ``board_fees``: the Maharashtra and Haryana pollution control boards',
  CPCB's EPR portal's and Navi Mumbai Municipal Corporation's e-payment receipts. ``terminal_slips``: card terminal
  slips at fuel outlets, a gas agency, a safety store, a hotel, a hardware shop, a weighbridge and a dhaba
  (monospace). ``purchase_vouchers``: the centres' printed SCRAP PURCHASE VOUCHER / PURCHASE SLIP - UNREGISTERED
  SELLER / CASH PURCHASE VOUCHER and bulk payout status rows. ``money_receipts``: the company's own MONEY RECEIPT /
  RECEIPT VOUCHER / CASH MEMO (paper, rubber stamp) and its accounts team's acknowledgement e-mails.
  ``power_bills``: Bharat Connect in business banking apps and the boards' own pages (MSEDCL, DHBVN).
  ``bank_alerts``: the bank's SMS debit alerts and two transaction alert e-mails. The families' docstrings list each
  layout's labels.

Truth conventions (heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout167's brand owner's advice,
  heldout175's, heldout179's dairy union's): a payer's payment advice (here a smelter's or refiner's) pays the
  company under Vendor name / Payee / Paid to / Beneficiary, never the payer on top. A UPI screen's payee under Paid
  to / To / Sent to / Paying to (here a kabadiwala), never the UPI ID or the app; a payment link's payee on top (here
  the company), never Paid by / Customer or the gateway's footer. A factory's, transporter's or crane hirer's name
  on top of its own paper, e-mail or portal, never M/s the company under Buyer / Sold to / Party / Billed to /
  Consignor. A corporate banking page pays the dealer under Beneficiary / Payee / Transfer to, never the portal on
  top or the Debit from account; *settled* (heldout175): the bank's payment advice e-mail pays the beneficiary, never
  the bank on top. *settled* (heldout175): a bank's outward remittance advice pays the supplier abroad under
  Beneficiary / Beneficiary customer / Pay to, never the bank on top, the Ordering customer / Applicant (the
  company) or the Beneficiary bank. *settled* (new here): a pollution board's, CPCB's or municipal corporation's fee
  receipt pays the authority on top (Maharashtra Pollution Control Board, Central Pollution Control Board, Navi
  Mumbai Municipal Corporation; as printed), never the portal line, the gateway line (SBI ePay, PayGov, Bharatkosh,
  BillDesk) or the Name of industry / Unit name / Applicant / Recycler name. A slip's counter name line in capitals,
  never the acquirer's line or the town line. *settled* (heldout150, heldout161, heldout179): a voucher pays the
  one under Paid to, never the company on top; a bulk payout the Beneficiary / Payee name, never the Debit account
  name; *settled* (new here) a scrap purchase voucher likewise pays the seller under Paid to / Seller name / Name of
  supplier. *settled* (heldout175, heldout179): the company's own money receipt (here also a CASH MEMO) pays the
  company on top (its full or short name as printed), never the party under Received from / Party / M/s; its
  accounts team's acknowledgement e-mail likewise. A Bharat Connect page's board under Biller name / Biller / Board
  (short or long as printed), never the app, Bharat Connect or the Registered name; a board's own page the board on
  top. An SMS alert's payee as the bank sends it (*settled*, the truncated name as printed: "to MAHALAXMI METAL
  TRAD"), never the bank or the sender id; *settled* (new here) a transaction alert e-mail's payee after "to" on its
  Towards line, as printed, never the bank.
* amount / currency: the sum this payment moved. *settled* (heldout175): an outward remittance counts the amount in
  the currency remitted (here Amount (FCY) / Remitted amount / Transfer amount, USD, EUR or GBP), never the INR
  debited (principal), the Bank charges + GST or the Total debit to account. *settled* (heldout152): a payment
  advice's net sum (here Net payment / Amount credited / Net remitted, the invoices less a Weighment shortage and an
  Assay difference), never an invoice's sum. A UPI screen's and a link's sum large. *settled* (new here): a
  factory's scrap sale invoice's Amount received / Payment received / Cheque received / Cheque amount is the rounded
  Invoice total with GST and TCS u/s 206C(1), never the Taxable value, the TCS or a lot. A corporate banking page's
  Amount / Payment amount / Txn amount, never the Charges. A transporter's or crane hirer's Net paid / Amount
  received / Received / Amount (the Total less TDS u/s 194C where deducted), never the Total or the Freight / Hire
  charges. A fee receipt's Fee amount / Amount paid / Total fee paid. A slip's SALE AMOUNT: / TOTAL AMT: / AMT:,
  never the RATE/L: or the QTY(L):. *settled* (new here): a scrap purchase voucher's Net amount paid / Amount paid
  (the Value less Dust & moisture), never the Value, a lot or the weights; a bulk row's Amount. *settled*
  (heldout175, heldout179): a money receipt's Amount received / Cash received / Cheque received / Cheque amount /
  Received via UPI / Received by NEFT, RTGS or IMPS, never the Invoice value, the Advance adjusted or the Balance
  payable (which equals it on some pages). A Bharat Connect page's sum large; a board's Amount paid. An alert's sum
  debited, never the Avl Bal / Available balance. Currency INR everywhere but the wires.
* status: as printed. *settled*: a payer's advice's Status: Paid successes; *settled* (new here) Payment status:
  Credited to vendor success, On hold - assay report awaited pending (a payer's hold, as heldout179's Held - pending
  QC clearance) and Returned - beneficiary name mismatch failed. *settled* (new here): CHEQUE UNDER CLEARING and
  CHEQUE ACCEPTED SUBJECT TO CLEARANCE pending; CHEQUE RETURNED UNPAID - SIGNATURE DIFFERS and CHEQUE RETURNED -
  PAYMENT STOPPED BY DRAWER failed; PAYMENT PENDING CONFIRMATION pending and NEFT RETURNED - ACCOUNT NO. MISMATCH
  failed on a transporter's bill. *settled* (heldout175's wires, new wording here): Processed - SWIFT MT103 released /
  Status: Completed successes, Held - sanctions screening in progress pending, Rejected - beneficiary bank BIC
  invalid failed. *settled* (new here): Transaction completed / Status: Executed successes, Sent to beneficiary bank
  - credit confirmation awaited pending, Rejected - beneficiary account frozen failed; Fee paid success, Awaiting
  confirmation from payment gateway pending, Payment failed - gateway timeout, amount if debited will be refunded
  failed; Queued at bank pending and Failed - beneficiary IFSC not found failed on a bulk row; Payment awaiting
  biller confirmation pending and Payment unsuccessful - money will be reversed failed on Bharat Connect; Payment
  processing / Awaiting bank confirmation / Payment in progress pending and Payment declined by bank failed on UPI
  and links. A slip's DECLINED - <code> failed; *settled* (new here) HOST TIMEOUT - STATUS NOT CONFIRMED pending.
  PAID, PAID IN FULL, RECEIVED, RECEIVED WITH THANKS, PAYMENT RECEIVED - THANK YOU, PAID IN CASH - RECEIVED IN
  FULL, APPROVED, Payment successful / received, Sent successfully, Bill payment confirmed successes. An SMS that
  says the payment "has failed" failed, "is pending" pending, a debit alert (SMS or e-mail) a success.
* date: the day paid (Payment date, Value date, Credit date, Scheduled on / Returned on on a payer's advice, Date &
  time, Paid at, Completed on, Paid on, an invoice's, bill's, receipt's or voucher's Invoice date / Date / Dt. /
  Dated / Bill date, Transaction date, Executed on, Initiated on, Rejected on, Processing date, Processed on, Date of
  payment, a slip's DATE/TIME: / TXN DATE:, the SMS's day, an alert e-mail's Date). *settled* (heldout175): an
  outward remittance's Request date is the pending one's day. Never a Bill for month, an invoice number's financial
  year, an e-mail's hour, or a licence year in a purpose line (Trade licence renewal 2026-27).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a Bharat Connect bill
  from a Current A/c, a fee or a board paid by Net banking, a bulk payout's IMPS; UPI for UPI apps, a link's UPI, a
  board's, a fee's, a bill's, a receipt's or voucher's UPI; card on slips (a fleet card too), a link's card, a fee
  paid by Credit card; cheque for a cheque received, under clearing or returned; cash for a cash receipt, cash memo
  or cash purchase voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 and heldout179): a UPI reference /
  UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref No., UPI RRN, Bank reference on a link's UPI, UTR, UTR No.,
  NEFT UTR, RTGS UTR, IMPS Ref No., IMPS RRN, RRN, a slip's RRN: / REF NO:, an SMS's UTR / UPI Ref No / IMPS Ref No,
  an alert e-mail's Transaction reference / UTR), then a bank reference (*settled* (heldout175) an outward advice's
  Transaction reference / ORM No. / Bank reference No.; Transaction ref No., Bank reference, Payment ref on a
  corporate page, Bank Ref No., Bharat Connect Txn Ref / BBPS Ref ID, *settled* (new here) a fee receipt's SBI ePay
  Ref No. / Gateway ref / Bharatkosh Txn Ref), then a transaction / payment id (Payment ID pay_..., *settled* (new here) Cashfree's CF
  Payment ID, an app's own Transaction ID, a bulk row's Payout ID, App Txn ID, a board's Transaction ID), then an
  approval code (APPROVAL CODE:, Auth code), then *settled* (new here) a link's Order ID, then a document's own
  number (Sale invoice No. / Invoice No. / Bill No. / Freight bill No., Receipt No. / Rcpt No. / Memo No., Voucher
  No. / Purchase slip No., Payment document No. / Doc. No. on a payer's advice, a slip's BILL NO:, a fee's Receipt
  No. / Challan No. / GRN, a board's Receipt No.). *settled*: never a UETR, the invoices listed on an advice, Vendor
  code / Supplier code, Consumer No. / Account No. on a power bill, a bulk File name, MID, TID, BATCH, a card,
  account or mobile number, a UPI ID, BIC, IBAN, GSTIN, IFSC, a cheque number, Application No.; *settled* (heldout171)
  never Maker / Checker. *settled* (new here): never MERCHANT ID: / TERMINAL ID: / STAN:, Batch ID, Authoriser,
  Narration, LR No. / GR No., Vehicle No., Manifest No., Work order, Weighbridge slip No., Application ID / Industry
  ID / EPR Reg. No. / Licence application No., E-waste authorisation No., a bulk file's Line, ID proof or Mobile.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout180_families import (
    bank_alerts,
    board_fees,
    collection_upi,
    compose,
    dealer_transfers,
    factory_scrap,
    haulage_bills,
    metal_wires,
    money_receipts,
    power_bills,
    purchase_vouchers,
    smelter_advices,
    terminal_slips,
)

SPLIT = "heldout180"

FAMILIES: list[Family] = [
    ("smelter_advices", smelter_advices, PAGE_FACES),
    ("collection_upi", collection_upi, SCREEN_FACES),
    ("factory_scrap", factory_scrap, PAPER_FACES),
    ("dealer_transfers", dealer_transfers, PAGE_FACES),
    ("metal_wires", metal_wires, PAGE_FACES),
    ("haulage_bills", haulage_bills, BILL_FACES),
    ("board_fees", board_fees, PAGE_FACES),
    ("terminal_slips", terminal_slips, SLIP_FACES),
    ("purchase_vouchers", purchase_vouchers, PAPER_FACES),
    ("money_receipts", money_receipts, PAPER_FACES),
    ("power_bills", power_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout180_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout180 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
