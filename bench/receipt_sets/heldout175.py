"""heldout175: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a poultry farm and feed mill's day in 2026 (Kongu Vel Poultry & Feeds Pvt Ltd, its layer
farm and feed plant at Namakkal and its feed mill and broiler integration at Siddipet), told by the proofs of payment
it receives (broiler traders' payments for live birds lifted, on its own money receipts; egg buyers' payment advices;
Gulf and Maldives egg importers' SWIFT wires in US dollars) and those it makes (maize traders and soya DOC plants,
hatcheries for day-old chicks, vet distributors for vaccines and medicines, outward remittances in euros and pounds
for vaccines, feed enzymes and hatchery equipment, diesel and counters by card and UPI, workers' wages and the
catching gangs, generator service and bulk diesel, electricity, the pollution control board's consent fee and FSSAI's
licence fee, FASTag, brooder gas and wallet bill payments, the bank's debit alerts). One payment per page. Each
family: six successes, one failure, one wait; one page prints no transaction id and one no day (truth None for those
fields; the page that prints no day prints no other day either, no financial year in a number, and moves bank money
by IMPS, whose reference does not spell the day).

* ``grain_bills``: maize traders' BILL OF SUPPLY / SALE BILL and soya DOC plants' TAX INVOICE / INVOICE CUM RECEIPT
  with the payment block and a rubber stamp (paper). ``hatchery_pay``: corporate banking payment pages (ICICI Bank
  CIB, yono BUSINESS, Axis Bank CIB, KVB Corporate Net Banking), the bank's beneficiary payment advice e-mails and
  hatcheries' payment acknowledgement e-mails. ``vet_upi``: six UPI app screens (Google Pay, PhonePe, Paytm, BHIM,
  iMobile Pay, YONO SBI) and two distributors' payment links (Razorpay, PayU). ``broiler_receipts``: the company's
  own MONEY RECEIPT / RECEIPT - LIVE BIRD SALES / PAYMENT RECEIPT to broiler traders (paper, rubber stamp) and its
  accounts desk's receipt e-mails. ``egg_advices``: egg buyers' payment advice e-mails, a printed REMITTANCE ADVICE
  and supplier portal pages. ``foreign_wires``: inward remittance advices for egg exports (USD) and outward
  remittance debit advices for imports (EUR, GBP) (browser, e-mail, printed). ``counter_slips``: card and UPI
  terminal slips at fuel outlets and counters (monospace). ``labour_wages``: printed wage vouchers, bulk payout rows
  and catching gangs' labour bills. ``genset_diesel``: genset dealers' service bills (serif, rubber stamp) and
  diesel dealers' HSD bills (paper, e-mail). ``power_govt``: Bharat Connect in business banking apps, the boards'
  own pages (TNPDCL, TGSPDCL), the pollution control boards' consent fee pages and FSSAI's FoSCoS licence fee page.
  ``fastag_gas``: FASTag recharges (PhonePe, Paytm, Amazon Pay), gas distributors' cash memos, an oil company's LPG
  app and wallet bill payments (Paytm Wallet, MobiKwik). ``bank_alerts``: the bank's SMS and e-mail debit alerts.
  The families' docstrings list each layout's labels.

Truth conventions (heldout167's, kept where they say *settled*; heldout171's where this set meets the same papers):

* merchant_name: the one paid, as printed (capitals where so printed). A maize trader's, soya plant's, genset
  dealer's, diesel dealer's, gas distributor's or catching gang's name on top of its own paper or e-mail, never M/s
  the company under Buyer / Bill to / Sold to / Customer / To / Name. A corporate banking page pays the hatchery
  under Beneficiary name / Payee name / Beneficiary / Credit to, never the portal on top or the Debit account name; a
  hatchery's e-mail the hatchery on top, never the Customer / Farm. *settled* (new here): the bank's beneficiary
  payment advice e-mail pays the hatchery under Beneficiary / Beneficiary name, never the bank on top or the
  Remitter. A UPI screen's supplier under Paid to / To / Sent to / Paying to, never the UPI ID or the app; a payment
  link's supplier on top, never Paid by / Customer or the gateway's footer. *settled* (new here): the company's own
  money receipt for live birds pays the company on top (its full or short name as printed), never the trader under
  Received from / Trader / Party or the unit line; its accounts desk's receipt e-mail likewise. *settled*
  (heldout167's brand owner's advice, heldout152's partner school's): a payer's payment advice (here an egg buyer's)
  pays the company under Payee / Vendor / Beneficiary / Supplier, never the payer on top. *settled* (heldout155,
  heldout161): a bank's inward remittance advice pays the company under Beneficiary / Beneficiary name, never the
  bank on top, the Remitter / Ordering customer or the Remitting bank. *settled* (new here): a bank's outward
  remittance advice pays the supplier abroad under Beneficiary / Beneficiary name, never the bank on top, the
  Remitter / Applicant (the company) or the Beneficiary bank. A slip's counter name line in capitals, never the
  terminal's maker or the town line. *settled* (heldout150, heldout161): a wage voucher pays the worker under Paid to
  / Name of worker, never the company on top; a bulk payout the Beneficiary name, never the Debit account name. A
  Bharat Connect page's board under Biller / Electricity board (short or long as printed), never the app, Bharat
  Connect or the Consumer name; a board's own page the board on top. *settled* (new here): the pollution control
  board's consent fee page pays the board on top (Tamil Nadu Pollution Control Board, Telangana State Pollution
  Control Board), never OCMMS, SBIePay or the Industry name / Unit name; FSSAI's FoSCoS page pays the Food Safety and
  Standards Authority of India (or FSSAI as printed) on top, never FoSCoS or the Name of FBO. *settled* (new here): a
  FASTag recharge pays the issuer under Biller / FASTag issuer (IDFC FIRST Bank FASTag as printed), never the app,
  the Vehicle No. or the Customer name; an oil company's LPG app pays the gas distributor under Distributor / Paid
  to, never Indian Oil ONE / HP Pay; a wallet bill payment pays the Biller, never the wallet's app. An SMS alert's
  payee as the bank sends it ("to SRI LAKSHMI NARASIMHA MAI": *settled*, the truncated name as printed), never the
  bank or the sender id; *settled* (heldout171): the bank's e-mail alert likewise ("to <payee>" as printed), never
  the bank in the sender line or the sign-off.
* amount / currency: the sum this payment moved. *settled* (heldout155): a wire counts the Remittance amount /
  Foreign currency amount in the currency remitted (USD, EUR, GBP; $ / US$ / USD, EUR / euro sign, GBP / pound sign),
  never the INR equivalent, the Bank charges or the Amount credited (INR). *settled* (new here): an outward
  remittance counts the Remittance amount / Amount remitted / Foreign currency amount in EUR or GBP, never the INR
  equivalent, the Commission and SWIFT charges, the GST on currency conversion or the Total debited (INR). A maize
  trader's or soya plant's Amount received / Received / Net received (the Bill total or Invoice total less TDS u/s
  194Q @ 0.1% where the buyer deducted it) or its Cheque received / Cheque amount, never the Taxable value, a line,
  the Hamali or the Market fee. A corporate banking page's Amount / Transfer amount / Debit amount / Amount (INR),
  never the Charges (incl. GST); the bank's advice's Amount / Amount credited; a hatchery's Amount received /
  Received (chicks x rate with the vaccination), never a line. A UPI screen's and a link's sum large. *settled* (new
  here): a live-bird money receipt's Amount received / Received / Cash received / Cheque received / Cheque amount,
  never the Bill value, the Previous balance, the Total due, the Balance outstanding or the Rate per kg. *settled*
  (heldout152): a payment advice's Net amount paid / Amount paid / Net payment (after TDS and a breakage claim or
  debit note), never an invoice's sum. A slip's AMOUNT: / TOTAL: / SALE AMT: / NET AMT:, never the RATE: or the
  VOLUME:. A wage voucher's Net wages paid / Net amount paid, never the Gross wages; a bulk row's Amount; a catching
  gang's Net received / Amount received (after TDS u/s 194C @ 1%), never the Total. A genset dealer's Net received /
  Amount received / Cheque received / Balance due (the Total less TDS where deducted), never the Sub total; a diesel
  dealer's Amount received / Received. A Bharat Connect page's sum large; a board's Amount paid / Amount; a pollution
  control board's Fee amount / Amount paid; FSSAI's Amount paid, never the Fee line. A FASTag recharge's, the LPG
  app's and a wallet bill's sum large; a cash memo's Total / Amount paid. An alert's sum debited, never the Avl Bal /
  Available balance. Currency INR everywhere but the wires.
* status: as printed. *settled*: Credited / Credited to your account successes; Received - pending disposal (purpose
  code and invoice awaited) pending; Returned to remitting bank - beneficiary name mismatch failed. A payer's
  advice's Payment status: Paid / Status: Processed successes, On hold - bank details under verification pending,
  Rejected by bank - account closed failed. CHEQUE RECEIVED - SUBJECT TO REALISATION pending; CHEQUE RETURNED - ...
  and UPI DECLINED - BALANCE DUE failed. *settled* (new here): an outward remittance's Remittance processed - MT103
  sent / Status: Remitted successes, Under process - Form A2 and import invoice awaited pending, Returned by
  beneficiary bank - IBAN invalid failed. *settled* (new here): On hold - GRN mismatch under review pending (a
  payer's On hold, as the bank details one); CHEQUE BOUNCED - FUNDS INSUFFICIENT failed. A slip's DECLINED (RESP CODE
  ...) failed, TXN TIMEOUT - STATUS UNKNOWN pending. Transaction in process - awaiting beneficiary bank confirmation,
  Bill payment in process, Payment pending - awaiting bank confirmation and Status: In process pending; Transaction
  failed - beneficiary account frozen, Failed - invalid account, Bill payment failed and Payment failed - amount if
  debited will be refunded failed. *settled* (new here): Recharge successful / FASTag recharged successes, Recharge
  failed - amount will be refunded failed; Payment pending - awaiting confirmation from biller pending; Booking
  confirmed - paid, Fee paid and Bill paid successes. PAID, RECEIVED, RECEIVED WITH THANKS, Payment received, Status:
  Credited on the bank's advice successes. An SMS or e-mail alert that says the payment "has failed" failed, "is
  pending" (or "is pending with the beneficiary bank") pending, a debit alert a success.
* date: the day paid (Date, Bill date, Invoice date, Dated, Receipt date, Memo date, Value date, Transaction date,
  Initiated on, Failed on, Credited on, Received on, Payment date, Paid on, Date & time, Completed, Attempted on,
  Returned on, Remittance date, Debited on, Scheduled on / Rejected on on a payer's advice, a slip's DATE: / DT:,
  Processed on, Date of payment, the alert's day). *settled* (new here): an outward remittance's Request date is the
  pending one's day. Never a Bill date / Due date on a Bharat Connect page, a Bill month, an invoice's "dt." on an
  advice, a Lifting date, a hatchery's Dispatch date, a wage file's month, an invoice number's financial year or an
  e-mail's hour.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a Bharat Connect bill
  from a Current A/c, a board's, a pollution control board's (SBIePay - Net banking) or FSSAI's Net banking, a link's
  Net banking; UPI for UPI apps, a link's UPI, a slip's MODE: UPI, a Bharat Connect bill paid by UPI, the boards'
  UPI, a receipt's, voucher's, bill's or memo's UPI; card on card slips, a link's card, the LPG app's Debit card;
  cheque for a cheque received, returned or bounced; cash for a cash receipt, voucher or memo. *settled*
  (heldout171): wallet for a bill paid from a wallet (Paytm Wallet, MobiKwik Wallet, *settled* (new here) a FASTag
  recharge paid from Paytm Wallet or Amazon Pay balance).
* transaction_id: the highest family printed (heldout152's order, as heldout167): a UPI reference / UTR / RRN / IMPS
  reference (UPI transaction ID, UPI Ref No., UPI Reference No., UPI RRN, UTR, UTR No., NEFT UTR, RTGS UTR, IMPS Ref
  No., IMPS RRN, a slip's RRN: / REF NO: / UPI REF NO:, an alert's UTR / UPI Ref No / IMPS Ref No), then a bank
  reference (*settled* heldout155: a wire advice's Inward ref No. / Our reference / Transaction reference; *settled*
  (new here) an outward advice's Our reference / Remittance ref No. / Transaction reference; Reference No., Txn Ref
  No., Bank Ref No., B-Connect Txn ID / Bharat Connect Ref. No.), then a transaction / payment id (Payment ID
  pay_..., PayU ID, an app's own id (Google transaction ID, Transaction ID), the Transaction ID on Bharat Connect,
  FASTag, pollution control board and FSSAI pages, *settled* (new here) SBIePay Ref No. and a wallet's Wallet Txn
  ID), then an approval code (APPR CODE: / AUTH CODE:, Auth code), then a document's own number (Invoice No. / Inv.
  No., Bill No., Receipt No. / Rcpt. No., Voucher No., Memo No., a slip's INVOICE NO: / ROC NO:, a payment advice's
  Payment document / Payment No., a board's Receipt No.). *settled*: never a UETR (printed here only beside an Inward
  ref No., which outranks it), Against invoice or the invoices listed on an advice, Vendor code, Job No., Shipping
  bill No., BL / HBL No., Container, E-way bill No., ARN, Drawback scroll No., IEC, Port code, Call No. / Ticket No.,
  Machine Sr. No., Establishment ID, Employer code, Consumer No. / Service No., Token No., a bulk File name, MID,
  TID, BATCH NO, a card, account or mobile number, a UPI ID, BIC, GSTIN, IFSC or a cheque number. *settled*
  (heldout171): never Maker / Checker. *settled* (new here): never a Booking No., Trader code, Lifting slip No.,
  Weighbridge slip No., Lot No., Truck / Lorry / Vehicle / Bowser No., Tag ID, Delivery challan No., DAC, Engine Sr.
  No., Hour meter, Bill of entry No., IBAN, USC No., Application No. / Application reference No., Licence No., Worker
  ID or Invoice ref on a payment link.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout175_families import (
    bank_alerts,
    broiler_receipts,
    compose,
    counter_slips,
    egg_advices,
    fastag_gas,
    foreign_wires,
    genset_diesel,
    grain_bills,
    hatchery_pay,
    labour_wages,
    power_govt,
    vet_upi,
)

SPLIT = "heldout175"

FAMILIES: list[Family] = [
    ("grain_bills", grain_bills, PAPER_FACES),
    ("hatchery_pay", hatchery_pay, PAGE_FACES),
    ("vet_upi", vet_upi, SCREEN_FACES),
    ("broiler_receipts", broiler_receipts, PAPER_FACES),
    ("egg_advices", egg_advices, PAGE_FACES),
    ("foreign_wires", foreign_wires, PAGE_FACES),
    ("counter_slips", counter_slips, SLIP_FACES),
    ("labour_wages", labour_wages, PAPER_FACES),
    ("genset_diesel", genset_diesel, BILL_FACES),
    ("power_govt", power_govt, SCREEN_FACES),
    ("fastag_gas", fastag_gas, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout175_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout175 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
