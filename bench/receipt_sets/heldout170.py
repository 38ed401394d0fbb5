"""heldout170: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): an electric-vehicle charging network operator's day in 2026 (UrjaGati Charge Networks Pvt
Ltd, trading as UrjaGati Charge, with hubs at Bengaluru, Pune and Jaipur and public chargers at malls, tech parks,
food plazas and highway stops), told by the proofs of payment it receives (drivers' charging sessions by UPI, card,
the operator's own wallet and other wallets, RFID cards and prepaid credits through payment links, fleet customers'
NEFT / RTGS advices and virtual-account credits) and those it makes (charger makers by RTGS and by SWIFT in euros,
pounds and dollars, the site hosts' rent, licence fees and revenue share, the stations' electricity, the electrical
inspectorate's, the fire services' and the cities' fees, the installers' and civil contractors' bills, the bank's
SMS alerts). One payment per page. Each family: six successes, one failure, one wait; one page prints no
transaction id and one no day (truth None for those fields).

* ``driver_upi``: eight UPI apps' result screens (Google Pay, PhonePe, Paytm, BHIM, CRED, Amazon Pay, Navi,
  super.money) of a driver paying a station. ``station_qr``: the same kind of payment in the station's merchant app
  (PhonePe Business, Paytm for Business, BharatPe, Google Pay for Business, HDFC SmartHub Vyapar). ``app_wallet``:
  the operator's app's session receipts (and one e-mailed), its wallet top-ups and three wallet apps (Paytm Wallet,
  Amazon Pay balance, MobiKwik). ``card_slips``: the staffed hubs' terminal slips (monospace; one UPI SALE).
  ``fleet_payments``: fleets' payment advices (e-mail, supplier portal, printed SAP advice) and the bank's
  virtual-account credit advices. ``payment_links``: Razorpay, Cashfree, PayU, CCAvenue, Easebuzz, Instamojo and
  PhonePe PG pages and a Razorpay e-mail. ``charger_makers``: five corporate net-banking acknowledgements and three
  SWIFT outward remittance advices (EUR, GBP, USD). ``site_rent``: landlords' rent / licence fee receipts, hosts'
  money receipts and e-mails, a revenue share statement cum receipt. ``power_bills``: BESCOM's, JVVNL's and
  MSEDCL's own pages and Bharat Connect (a business banking app, a browser receipt). ``gov_fees``: state treasury
  e-challans (Khajane-II, GRAS, eGRAS), the cities' own pages (BBMP, Pune, Jaipur Greater) and two single-window
  portals' fire NOC fees. ``contractor_bills``: installers', electrical, civil and transformer contractors' bills
  with the payment block and a rubber stamp (serif). ``bank_alerts``: five banks' SMS debit alerts. The families'
  docstrings list each layout's labels.

Truth conventions (heldout167's, kept where they say *settled*; heldout167's other *settled* conventions (Wise,
ICEGATE, the GST refund pages, PFMS, EPFO and ESIC, wage vouchers) stand unchanged, no page here prints those
layouts):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout155, heldout161): a bank's
  inward remittance advice pays the company under Beneficiary / Beneficiary name, never the bank on top, the
  Remitter / Ordering customer or the Remitting bank; *settled* (new here): the bank's virtual-account credit advice
  (ICICI eCollect, HDFC e-Collect, YES Smart Collect, Axis VAN) is read the same way: the operator under Beneficiary
  / Beneficiary name, never the bank on top, the Remitter / Remitter name (the fleet) or the Virtual account No.
  *settled*: a brand owner's payment advice pays the company under Payee / Vendor / Beneficiary, never the brand on
  top (the payer); a fleet customer's advice here is read the same way (the operator under Payee / Vendor /
  Beneficiary, never the fleet on top). A UPI screen's payee under To / Paid to / Paying to / Paid Successfully to /
  Payee / paid to / Payment to / Sent to (the station or the operator as printed), never the UPI ID, the Banking name
  line or the app. *settled* (new here): the station's merchant app pays the station's store as printed on top or
  under Store / Outlet / Business name / Received in, never the driver under Received from / From / Customer / Paid
  by, the driver's UPI ID, the app or the settlement account. *settled* (new here): the operator's own app and its
  e-mailed receipt pay the operator as printed on top (UrjaGati Charge, UrjaGati, URJAGATI CHARGE), never the
  Station line or the vehicle; a wallet app pays the name under Paid to / Payment to, never the wallet (Paytm Wallet,
  Amazon Pay balance, MobiKwik wallet). A slip's counter name line in capitals, never the terminal's maker or the
  town line. A payment link's payee on top (under Paying to on some), never Paid by / Customer / Billed to / Name or
  the gateway's footer. *settled* (heldout150, heldout161): a bulk payout the Beneficiary name, never the Debit
  account name; *settled* (new here): a corporate net-banking acknowledgement likewise pays the Beneficiary name /
  Payee / Transfer to, never the Debit account name (the operator) or the portal on top. *settled* (new here): an
  outward remittance advice pays the maker abroad under Beneficiary / Beneficiary name, never the bank on top, the
  Remitter (the operator) or the Beneficiary bank. *settled* (heldout144): a landlord's rent receipt pays the
  landlord under Landlord / Name of landlord / Owner (never M/s the operator in its sentence); Shri / Smt. is no part
  of the name (heldout142). A host's, a contractor's or a board's name on top of its own paper, e-mail or page,
  never M/s the operator under Received from / Licensee / Tenant / Client / To / Bill to / Name. A Bharat Connect
  page's board under Biller / Biller name / Paid to (short or long as printed), never the app, Bharat Connect or the
  Customer / Consumer name. *settled* (heldout140): a licence fee's payee is the department under Department (never
  the treasury portal on top); *settled* (new here): a single-window portal's fee pays the Department too (never
  the portal on top), and a city's own page pays the corporation on top (never the Trade name / Applicant). An SMS
  alert's payee as the bank sends it ("to MARUDHAR TRANSFORMER", "KHALAPUR FOOD PLAZA"; *settled*, the truncated
  name as printed), never the bank or the sender id.
* amount / currency: the sum this payment moved. *settled* (heldout155): a wire counts the Remittance amount /
  Foreign currency amount in the currency remitted (USD, EUR, GBP; $ / US$ / USD, EUR / euro sign, GBP / pound
  sign), never the INR equivalent, the Bank charges or the Amount credited (INR); *settled* (new here): an outward
  wire the same (Remittance amount / Foreign currency amount / Amount remitted), never the INR equivalent, Bank
  charges, GST on currency conversion or Total debited (INR). A fleet's Net amount paid / Amount paid / Net payment
  (the invoices less TDS u/s 194C / 194Q and a downtime credit note), never an invoice's sum; a credit advice's
  Amount / Amount credited. A UPI screen's, a merchant app's, a top-up's and a link's sum large (*settled* (new
  here): never the merchant app's Today's collection, a wallet's Wallet balance / Balance left or a top-up's New
  balance); a link's Amount paid / Total / Amount. *settled* (new here): a session receipt's Total / Amount paid /
  Amount debited (energy, idle fee and GST), never the Energy line, the Sub total, the GST or the Wallet balance. A
  slip's AMOUNT: / TOTAL: / SALE AMT: (never KWH:). An acknowledgement's Amount (INR) / Transfer amount / Amount. A
  rent receipt's Net received / Amount received (the fee, with GST where charged, less TDS u/s 194-I @ 10%), never
  the Licence fee or the Total; a revenue share statement's Host share (Received / Amount received), never the Gross
  charging revenue. A board's Amount paid / Paid amount (the Bill amount, the same sum), Bharat Connect's sum large
  or Amount. A fee page's Total / Total amount / Amount paid (the fee lines summed). A contractor's Net received /
  Amount received / Received / Cheque received / Cheque amount (the Total less TDS u/s 194C @ 2% and, on a running
  bill, the Retention @ 5%), never the Sub total or the Total. An SMS's sum debited (never Avl Bal). Currency INR
  everywhere but the three wires.
* status: as printed. *settled*: Credited / Credited to your account successes; a brand's Paid / Processed
  successes, On hold - bank details under verification pending, Rejected by bank - account closed failed (the
  fleets' advices print these); CHEQUE DEPOSITED - SUBJECT TO CLEARANCE and CHEQUE RECEIVED - SUBJECT TO
  REALISATION pending, CHEQUE RETURNED - ... failed. A slip's DECLINED (RESP CODE ...) failed, TXN TIMEOUT - STATUS
  UNKNOWN pending. *settled* (heldout144): a bulk record's Pending authorisation (checker) pending and Rejected by
  beneficiary bank - account closed failed (here on the acknowledgements); Awaiting biller confirmation and
  (heldout140) Pending with bank pending; a rent receipt's "Received with thanks from" a success. *settled* (new
  here): a credit advice's Credit held - remitter not whitelisted pending and Returned to remitter - invalid virtual
  account failed; a merchant app's Payment in progress - don't start the session yet pending and Payment failed -
  customer's bank declined failed; Top-up pending - will reflect in 30 minutes pending; Payment failed -
  insufficient wallet balance failed; a host's NEFT returned - account dormant - licence fee outstanding failed;
  Session completed - paid, Status: Remitted, Remittance processed and Funds sent - MT103 released successes.
  Payment pending, Processing - do not pay again, Awaiting confirmation from bank and Payment pending confirmation
  pending; Payment failed / Payment Failed, Payment failed - bank declined, Payment failed - amount will be reversed
  and Transaction declined - issuer bank unavailable failed; the rest successes (Completed, Payment successful,
  Paid, Money sent, Money received, Received, Money added, Bill paid successfully, Success, APPROVED, PAID,
  RECEIVED WITH THANKS). An SMS that says the payment "has failed" failed, "is pending" pending, a debit alert a
  success.
* date: the day paid (Completed, Paid on, Date & time, Transaction date, Received on, Paid at, Added on, Charged on,
  Date, Dated, Receipt date, Bill date, Payment date, Value date, Credited on, Processed on, Remitted on, Date of
  remittance, Date of payment, Date of deposit, a slip's DATE: / DT:, the UPI screen's unlabelled day under the sum,
  the SMS's day; Attempted on, Initiated on, Scheduled on, Rejected on, Returned on on the failures and the waits).
  *settled* (new here): never a merchant app's Settlement date / Settles on, a session's Started / Stopped hours, a
  Due date, a Bill month, a Licence period, a rent's Period or month, a cheque's dt., a financial year in an invoice
  or PO number, or an e-mail's hour.
* payment_method: UPI for UPI apps, merchant apps, a slip's UPI SALE with PAYER VPA (heldout144), a link's, a
  board's, a top-up's or a fee page's UPI and the SMS's UPI; card on slips, a saved card, a link's card and a fee
  page's Debit card; "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire (heldout155), a virtual-account credit, net
  banking on a link, board or fee page, a Bharat Connect bill from a Current A/c; cheque for a cheque received,
  deposited or returned. *settled* (new here): wallet for the operator's UrjaGati wallet and for Paytm Wallet, Amazon
  Pay balance and MobiKwik wallet; a top-up of the operator's wallet names the way it was paid (UPI, card, net
  banking), not wallet.
* transaction_id: the highest family printed (heldout152's order): a UPI reference / UTR / RRN / IMPS reference (UPI
  transaction ID, UTR, UTR No., UPI Reference No., UPI Ref No., UPI Ref. No., UPI Ref ID, UPI ref no., UTR number,
  RRN, Bank RRN, UPI RRN, NEFT UTR, RTGS UTR, IMPS Ref No., a slip's RRN: / REF NO:, an SMS's UTR / UPI Ref / IMPS
  Ref No / Ref / UPI: / NEFT/<UTR>/), then a bank reference (Bank Ref No., Bank Ref., BRN, Host Ref No. / Reference
  No. (heldout144), a credit advice's Transaction reference; *settled* (new here) an outward advice's Outward ref No.
  / Our reference / Transaction reference, as heldout155's inward ones; B-Connect Txn ID / Bharat Connect Ref ID /
  BBPS Ref No.), then a transaction / payment id (Transaction ID, Txn ID, Payment ID, pay_..., an app's own id
  (Google transaction ID, CRED txn ID, Amazon Pay txn ID, Paytm's and an app's Order ID), Wallet txn ID, Wallet Txn
  ID, CF Payment ID, PayU ID, *settled* (new here) CCAvenue's Tracking ID and Easebuzz ID; heldout140's treasury GRN
  / Challan Ref No.), then an approval code (APPR CODE: / AUTH CODE:, Auth code, Approval code), then a document's
  own number (Receipt No. / No., Bill No., RA Bill No., Invoice No., a slip's INVOICE NO: / INV NO: / BILL NO:, a
  link's Order ID / Order No., a fleet's Payment document / Payment No., a board's or a city's Receipt No.).
  *settled*: never a UETR (printed here only beside an Outward ref No., which outranks it), Against invoice or the
  invoices listed on an advice, Vendor code, Consumer No. / Service No., MID, TID, BATCH NO, a card, account or
  mobile number, a UPI ID, BIC, GSTIN, IFSC or a cheque number; *settled* (heldout144): a Customer Ref No.;
  (heldout140) a Head of account, a Licence / Registration No.; *settled* (new here): a Session ID, a Charger /
  Charge point / Device, a vehicle's number, a slip's TRACE NO:, a Virtual account No., a PO number in Remarks, a
  Work order No., a Bill of entry No., an Application No. / Application ID, an Account ID / RR No. / K No. /
  Consumer number, a Ward or a PAN.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout170_families import (
    app_wallet,
    bank_alerts,
    card_slips,
    charger_makers,
    compose,
    contractor_bills,
    driver_upi,
    fleet_payments,
    gov_fees,
    payment_links,
    power_bills,
    site_rent,
    station_qr,
)

SPLIT = "heldout170"

FAMILIES: list[Family] = [
    ("driver_upi", driver_upi, SCREEN_FACES),
    ("station_qr", station_qr, SCREEN_FACES),
    ("app_wallet", app_wallet, SCREEN_FACES),
    ("card_slips", card_slips, SLIP_FACES),
    ("fleet_payments", fleet_payments, PAGE_FACES),
    ("payment_links", payment_links, PAGE_FACES),
    ("charger_makers", charger_makers, PAGE_FACES),
    ("site_rent", site_rent, PAPER_FACES),
    ("power_bills", power_bills, SCREEN_FACES),
    ("gov_fees", gov_fees, PAGE_FACES),
    ("contractor_bills", contractor_bills, BILL_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout170_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout170 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
