"""heldout142: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a small building contractor and construction firm's day in 2026 (one firm in each of
Hubballi, Nanded, Bhilai, Karimnagar, Tiruppur, Udaipur, Kottayam and Bareilly, a trade name and its registered
firm), told by the proofs of payment it receives (homeowners' UPI for stage payments, an institutional client's
NEFT / RTGS / IMPS for a running-account bill or a mobilisation advance, a client's payment advice for an RA bill
net of retention, TDS and labour cess or for the retention money released after the defects liability period, its
own stage-payment receipt) and those it makes (a builders-merchant's card slip, the cement, steel and sand
suppliers' bills, an equipment owner's hire, the labour contractors' wages and the daily wagers', the site's
temporary electricity connection through Bharat Connect, the site-management, drafting and accounting software,
refunds of clients' advances, the municipal building permission fee, the construction workers' welfare cess and
GST). One payment per page.

* ``client_upi``: a homeowner's UPI app paying the firm a stage payment or an advance (BHIM, Google Pay, PhonePe,
  Paytm, CRED, Amazon Pay, Navi, MobiKwik; dark on CRED and some others): heldout125's result screen, the firm (its
  registered firm on some) under Paid to / To / Sent to (Paying to / Payment to on a failure or a wait), the app's
  own id on some, a note (Slab casting 1st floor, Plinth beam advance, Centring advance) on most; Payment
  Successful / Paid successfully / Transaction Successful / Money sent / Payment Failed / Transaction failed /
  Payment declined / Payment Pending / Payment processing / Transaction pending.
* ``client_transfer``: a school trust's, a hospital's or a factory's bank after an NEFT, RTGS or IMPS to the firm
  (bob World, HDFC Bank NetBanking, KBL Mobile Plus, Saraswat Bank NetBanking, IndOASIS, Axis Bank Corporate
  iConnect, Cent Mobile, ICICI Bank CIB): heldout124's page, the firm under Beneficiary Name, Vendor / Payee or Pay
  to, the account and IFSC, the mode, UTR / UTR No. / IMPS Ref No / RRN and the bank's Reference No. / Txn Ref No. /
  Transaction ID on some, the day, the debit account, Purpose / Remarks / Narration (RA Bill 4 - Hostel block,
  Mobilisation advance 10%), Maker and Checker / Authorised by on the corporate pages; Transaction Successful /
  Funds transferred successfully / <mode> transfer successful / Transaction Failed / Returned by beneficiary bank /
  <mode> transfer failed / Pending at beneficiary bank / <mode> under process / Transaction in process.
* ``ra_advice``: the client's PAYMENT ADVICE / CONTRACTOR PAYMENT ADVICE for a running-account bill (five) or its
  RETENTION RELEASE ADVICE (three) (its accounts office's e-mail or a printed voucher): the client on top, Contractor
  / Payee / Pay to M/s the firm, Vendor code, Work order / W.O. No. (dt <day>), Project / Name of work, Payment
  Voucher No. / Doc No., RA Bill No. n (dt <day>), Gross value of work / Gross bill amount / Work done this bill,
  Less: Retention @ 5% / 10%, Less: TDS u/s 194C @ 2% / TDS 194C (2%), Less: BOCW labour cess @ 1% / Labour welfare
  cess 1%, Less: Mobilisation advance recovery, Less: Cement issued (n bags); or Retention held (RA 1 to RA n), DLP
  ended on / Defects liability ended / Defects liability period, Less: Rectification of defects / Seepage repairs
  done by owner; Net amount paid / Net paid / Net payable / Retention released / Net amount released / Retention to
  be released, Mode RTGS / NEFT, Credit / Beneficiary A/c and IFSC, UTR / RTGS UTR / NEFT UTR / UTR No. or Bank Ref
  No. / Bank Reference, Payment date / Value date / Returned on / Initiated on; Status: Paid / Remitted / Released /
  Returned - beneficiary name mismatch / Approved - awaiting bank release.
* ``stage_receipt``: the firm's MONEY RECEIPT / STAGE PAYMENT RECEIPT / ADVANCE RECEIPT / RECEIPT (paper, serif): the
  firm on top, Receipt No. / Rcpt. No. / No., Date, Received (with thanks) from Sri / Smt. / Mr. / Mrs. the
  homeowner, Site (Plot No. n, the layout, the town), Towards (Stage n of 10 - First floor roof slab), Agreement
  dated / As per agreement dt., the sum in words, by Cheque No. / Chq. No. with Chq. date / dated and Drawn on / Bank,
  or by / Mode (UPI, NEFT, RTGS, cash) and UPI Ref No. / UPI RRN / UPI Txn Ref / NEFT UTR / RTGS UTR / UTR No.,
  Amount / Rs., Contract / Agreement value, Received till date and Balance (as per agreement) on a success;
  RECEIVED WITH THANKS / RECEIVED / CHEQUE BOUNCED - AMOUNT OUTSTANDING / SUBJECT TO REALISATION OF CHEQUE in a row
  and in the firm's rubber stamp.
* ``merchant_card``: a builders-merchant's card terminal slip for the firm's fittings, tiles, pipes or paint
  (BharatPe Swipe, Razorpay POS, Getepay, SBI Payments, Axis Bank, Kotak Mahindra Bank, Innoviti, Pine Labs Plutus;
  monospace): the maker, the merchant in capitals, its locality and town, GSTIN on some, SALE / DEBIT SALE / CREDIT
  SALE or UPI SALE / BHARAT QR - UPI, DATE/TIME (the day and the hour on one row) or DATE / TXN DATE and TIME, MID /
  MERCHANT ID, TID / TERMINAL ID, BATCH, STAN, INVOICE NO / BILL NO / ROC, CARD, CARD TYPE, ENTRY, EXP **/**, NAME
  (the cardholder: the firm) on some or PAYER VPA, APPR CODE / AUTH NO / APPROVAL, RRN / REF NO, AMT / SALE AMOUNT /
  TOTAL AMOUNT / NET AMT (INR, Rs, RS. or none; western grouping or plain); APPROVED / TRANSACTION APPROVED /
  DECLINED / TXN DECLINED with RESP CODE n - <reason> / UPI PAYMENT PENDING with AWAITING BANK CONFIRMATION - DO NOT
  RETRY.
* ``material_bill``: the cement stockist's, the steel trader's or the sand and aggregate supplier's bill (paper):
  the supplier on top, TAX INVOICE / DELIVERY CHALLAN CUM BILL / CASH BILL / CREDIT BILL / BILL, Invoice / Bill No.,
  Date / Invoice Date, Buyer / Consignee / Billed to M/s the firm, Deliver at / Site, Vehicle No., the items with
  their HSN (OPC 53 Gr - UltraTech (50 kg) n bags x rate, TMT Fe 500D 12 mm n kg x rate, River sand n brass x rate),
  Unloading / hamali, Freight to site, Transport charges, Taxable value, CGST and SGST @ 14% / 9% / 2.5%, Round off,
  E-way bill No. over Rs 50,000, Invoice total / Grand total / Net amount, Amount received / Payment received or
  Amount due / Balance payable, Mode / Paid by (NEFT, UPI, cash, RTGS, Cheque No. and Drawn on) and its reference,
  Tried UPI on a failure, Terms 15 days credit on a credit bill; PAID / PAYMENT RECEIVED / RECEIVED WITH THANKS /
  UPI TXN FAILED - AMOUNT OUTSTANDING / CREDIT - PAYABLE WITHIN 15 DAYS.
* ``equipment_hire``: the firm paying an equipment owner (a JCB's hours, a concrete mixer's days, a hydra crane's
  hours, shuttering and scaffolding, tipper trips) from its business banking app (SmartHub Vyapar, neo for
  Business, IDFC FIRST Bank Business, Mahamobile Plus, IOB Mobile, mBandhan, RBL MoBank, YES BUSINESS): the app on
  top, the outcome, the sum large, Paid to / Vendor / Beneficiary the owner, the UPI ID or the account and IFSC,
  Mode, Hire details / Bill details (log sheet): Machine (JCB 3DX - KA-25 AY 9540), Hours (log sheet) n x rate, Mixer
  with lift n days x 1,800, Cuplock / props n nos x 30 d x 1.20, Shifting / mobilisation, Operator bata, Gross hire,
  Less: TDS u/s 194C @ 1% / TDS 1%, Net paid / Net payable, UPI Ref No / IMPS Ref No / UTR and Transaction ID / Txn
  Ref No. / Reference No. on some, Paid on / Date & Time / Attempted on / Initiated on, From / Debited from the
  firm's current account; Payment successful / Vendor payment successful / Paid / Payment failed / Vendor payment
  failed / Payment in process / Awaiting bank confirmation.
* ``wage_payout``: a labour contractor's weekly LABOUR PAYMENT VOUCHER / WAGES VOUCHER / DEBIT VOUCHER - LABOUR
  from the site office (five; paper, the firm on top): Voucher No. / V. No., Date, Paid to / Labour contractor /
  Name of payee, Gang / Trade, Muster period / Week (dd/mm to dd/mm/yyyy), the trades (Mason n x 6 days @ 950, Male
  helper, Female helper, Bar bender, Carpenter (centring), Tile layer), Overtime n hrs @ 120, Gross wages, Less:
  Advance paid mid-week / Advance (Wednesday), Less: Rations / room advance, Net paid / Net amount paid / Net
  payable, the amount in words, Mode / Paid by (NEFT, UPI, cheque, cash) and its reference, [ Revenue stamp ],
  PAID / PAID IN FULL / APPROVED - PAYMENT PENDING; or the firm's bank's alert on heldout106's messages screen for a
  daily wager's or a gang's wages (three): Canara Bank's "An amount of INR n has been DEBITED to your account XXXn on
  <day> towards UPI to <NAME>. UPI Ref n. Total Avail.bal INR n", Bank of Baroda's "Rs.n transferred from A/c ...n
  to:IMPS/<ref>/<NAME>. Total Bal:Rs.nCR. (<day> <hour>)", Union Bank of India's "Your IMPS transfer of Rs n to
  <NAME> (A/c XXn) on <day> has failed ... Ref n".
* ``site_power``: the site's temporary electricity connection's bill through Bharat Connect: an app (Bajaj Finserv,
  Airtel Thanks, Kotak 811, BHIM, super.money; the outcome and the sum large) or an agent outlet's printed Bharat
  Connect - Bill Payment Receipt (three: a CSC, Spice Money, PayNearby or Fino point on top, Agent ID, Status):
  Biller / Electricity board / Paid to the board (HESCOM, MSEDCL, CSPDCL, TGNPDCL, TNPDCL, AVVNL, KSEBL, MVVNL or its
  long name), Service No. / Consumer No. / Account ID, Consumer name (<HOMEOWNER> C/O <FIRM>), Tariff (LT-7
  Temporary (construction)), Sanctioned load, Bill month, Due date, Units, Bill amount, Amount paid / Amount
  received / Amount on the agent's receipt, Paid using / Payment mode (UPI, the app's wallet, net banking, cash),
  B-Connect Txn ID / Bharat Connect Ref No., UPI Ref No., Transaction ID, Paid on / Date & Time / Attempted on /
  Initiated on or Time alone; Bill paid / Payment successful / Success / Payment failed / Bill payment failed /
  Failed / Pending - awaiting biller confirmation / Payment pending.
* ``software_plan``: the firm's software (Powerplay, Onsite, TallyPrime, Autodesk AutoCAD LT, SketchUp Pro billed
  in US dollars, Google Workspace, Microsoft 365, Vyapar; an app's result screen, the vendor's e-mail or its billing
  page in a browser): the product on top, its company or a tagline under it, Receipt / Tax invoice & receipt /
  Order summary / Payment confirmation, Billed to / Account the registered firm, GSTIN, Plan, Users / Seats n x
  rate, Coupon BUILD10 (-10%), Subtotal, CGST 9% + SGST 9% / IGST 18% / Tax 0.00 (reverse charge), Amount paid /
  Total paid / Total / Amount due or the sum large on the app, Payment method (a card, UPI AutoPay (<vpa>), Net
  banking - <bank>), Subscription ID / Customer ID, Receipt # / Invoice number, Payment ID (pay_...) / Transaction
  ID (TXN..., ch_...), Auth code, UPI Ref No, Paid on / Payment date / Date / Attempted on / Initiated on, Renews on;
  Paid / Payment successful / Subscription activated / Payment failed / Payment failed - card declined by issuer /
  Processing - awaiting confirmation from your bank.
* ``advance_refund``: the firm refunding a client's advance (a cancelled work order, the excess over the final bill,
  a duplicate payment, a reduced scope): its gateway's refund page in a browser (Razorpay, Cashfree, Easebuzz, PayU;
  the firm's registered firm - Live mode under it) or its printed REFUND VOUCHER / ADVANCE REFUND VOUCHER (three;
  the firm on top): Refund details / Refund summary, the outcome and the refund large on a gateway, Customer /
  Refunded to / Paid to the client, Email / Contact, Payment link / Payment for, Payment amount / Amount paid /
  Advance received, Retained (work done) / Less: Survey & drawings / Less: Soil test charges / Less: Soil test &
  drawings / Less: Site survey charges / Less: Value of work done, Refund amount / Amount refunded, Refund type
  Full / Partial, Reason, Refund to / Source (Source - UPI / card / net banking), Against Receipt No. n (dt <day>),
  Refund ID (rfnd_..., CF..., EZ..., digits), ARN on a card, RRN / UTR otherwise, the original Payment ID on some,
  Processed on / Refunded on / Failed on / Created on or the voucher's Date and its way (NEFT, cheque, UPI);
  Processed / Refund processed / Failed / Pending / Refund pending / REFUNDED / PAID.
* ``permit_cess``: the firm's payments to government (a browser or printed): a municipal building permission fee
  (four: Online Building Plan Approval System for Hubballi-Dharwad, BPMS for Nanded Waghala, TG-bPASS for
  Karimnagar, IBPMS for Kottayam Municipality; Authority / Municipal Corporation, Fee Payment Receipt / e-Receipt,
  Application No. / File No., Applicant / Owner, Plot No. / Survey No., Built-up area, Building use, Scrutiny fee,
  Building permit fee (area x rate), Development charges, Betterment fee, Labour cess (1%)), the construction
  workers' welfare cess (two: the Tamil Nadu and the U.P. boards under Welfare Board, Cess Payment Receipt / e-Challan
  - Cess, Establishment regn. No., Employer, Project, Estimated cost of construction, Cess @ 1%, Less: cess paid
  earlier, Cess payable, Interest @ 2% p.m.) or GST's Payment Receipt / Challan Receipt (GST PMT-06) (two: CPIN,
  GSTIN, Legal name / Name of taxpayer, Return / Tax period, CGST (0005) and SGST (0006) Tax and Interest); Total /
  Amount paid / Total challan amount / Total amount, Mode of payment / Payment mode, Challan No. / Challan Ref No.,
  Receipt No., CIN, Bank Ref No / BRN / UPI Ref No, Paid on / Date of payment / Payment date / Attempted on /
  Initiated on; Payment Successful / Success / Paid / Payment Failed / Pending for verification with bank.

Outcomes: six successes, a failed and a pending page in every family (the refund vouchers and most wage alerts are
successes). Absent fields: each family leaves out the id on one page (no UTR, UPI reference, RRN, IMPS reference,
ARN, approval or auth code, bank, B-Connect or Bharat Connect reference, BRN, transaction, payment, refund or app's
own id, challan number, CIN, CPIN, receipt, invoice, bill, voucher, payment voucher or document number, INVOICE NO /
BILL NO / ROC; vendor codes, work orders, RA bill numbers, application, file and establishment registration
numbers, service, consumer and account ids, subscription and customer ids, agent ids, e-way bills, vehicle and
machine numbers, cheque numbers, the original advance's receipt number, MID, TID, BATCH, STAN, card and account
numbers, UPI IDs, GSTIN and IFSC stay) and the day on one (no date anywhere: no agreement, cheque, work order, RA
bill, defects liability, muster, bill month, due, renewal, return period or original receipt day either, no
financial year or year in a number, no RTGS or NEFT UTR (both spell the day; a bank reference stands in), no app id
that carries one, a message screen's divider "Today"; an e-mail's hour, a slip's TIME and an agent's Time at most).
Sums: ₹ (faces that draw it), Rs., Rs, INR, /- on counter paper, INR / Rs / RS. / none on slips, INR and Rs. in
the alerts, USD / $ ... USD on SketchUp's page; lakh grouping on most, western and plain on some. Days: dd/mm/yyyy,
dd-mm-yyyy, d Month yyyy, dd.mm.yy, dd-Mon-yy, Month d, yyyy, dd Mon yyyy and yyyy-mm-dd on paper and e-mails,
heldout121's PATS with an hour on screens and browsers, DD/MM/YYYY, DD-MM-YY, DD MON YYYY and DDMONYY on slips (the
hour beside it under DATE/TIME), dd/mm/yyyy, dd-Mon-yy and dd-mm-yyyy in the alerts, dd-mm-yyyy and dd/mm/yyyy with
a 24-hour time on the agent's receipt. Faces: heldout119's lists (SLIP_FACES for the builders-merchant's slip,
BILL_FACES for the stage receipt, PAPER_FACES for the suppliers' bills, PAGE_FACES for the advices, the wage
vouchers and alerts, the refunds and the government pages, SCREEN_FACES for the rest). Frames: heldout121's
``compose`` (heldout129's rubber stamp on the stage receipt, heldout106's messages screen for the alerts). Seeds
``heldout142-<i>``.

Truth conventions (README "Receipt fields", as heldout134 quotes them; *settled* where this set chose):

* merchant_name: the one paid, as printed: the firm (its registered firm on some) on homeowners' UPI screens (Paid
  to / To / Sent to) and clients' transfers (Beneficiary Name, Vendor / Payee or Pay to), on top of its own stage
  receipt (never the homeowner under Received from); the builders-merchant in capitals on its slip (never the
  terminal maker above it nor the cardholder's NAME, the firm); the supplier on top of its bill (never M/s the firm
  under Buyer / Consignee / Billed to); the equipment owner under Paid to / Vendor / Beneficiary (never the bank's
  app on top or the firm's account under From); the board under Biller / Electricity board / Paid to (never the
  app, the agent outlet on top, Bharat Connect or the Consumer name); the software product on top (never its company
  line or tagline, the card, or the firm under Billed to / Account). Never a bank, app, terminal maker, gateway,
  portal or the payer. *settled*: a client's payment advice or retention release pays the firm: its payee is the
  firm under Contractor / Payee / Pay to, never the client on top (heldout139's remittance advice), and "M/s " is
  no part of the name (heldout139). *settled*: a labour payment voucher pays the labour contractor under Paid to /
  Labour contractor / Name of payee, never the firm on top of its own voucher; a wage alert pays the name the
  message credits ("towards UPI to <NAME>", "to:IMPS/<ref>/<NAME>", "to <NAME> (A/c ...)"), in capitals as printed.
  *settled*: a refund of an advance is a payment the firm makes: its payee is the client under Customer / Refunded
  to / Paid to (heldout137, heldout140), never the gateway on top, the firm's registered firm under it or the firm on
  top of its voucher; an honorific (Sri / Smt. / Mr.) is no part of the name. *settled*: a building permission fee's
  payee is the municipal corporation or municipality under Authority / Municipal Corporation, a cess's the welfare
  board under Welfare Board (never the portal on top, even where it names the board); a GST challan names no payee
  (heldout137: the Centre and the state are paid; the portal and the bank are not).
* amount / currency: the sum this payment moved. *settled*: an RA bill's Net amount paid / Net paid / Net payable
  (after retention, TDS, labour cess, advance recovery and cement issued), never the Gross value of work / Gross bill
  amount / Work done this bill; a retention release's Retention released / Net amount released / Retention to be
  released (after rectification), never the Retention held. A stage receipt's Amount / Rs., never the Contract /
  Agreement value, the Received till date or the Balance. A slip's AMT / SALE AMOUNT / TOTAL AMOUNT / NET AMT. A
  supplier's Amount received / Payment received, or Amount due / Balance payable where unpaid (the rounded Invoice
  total / Grand total / Net amount, the same sum; never the Taxable value or a line). The hire's sum large (Net paid
  / Net payable after TDS), never the Gross hire or a head. A wage voucher's Net paid / Net amount paid / Net payable
  (after the advance and rations), never the Gross wages; an alert's sum debited or transferred, never its balance. A
  board's sum large on an app (the same as Bill amount), Amount paid / Amount received / Amount on the agent's
  receipt. A subscription's Amount paid / Total paid / Total / Amount due or its sum large (after the coupon, with
  GST). A refund's Refund amount / Amount refunded (the sum large on a gateway), never the Payment amount / Amount
  paid / Advance received. A permission fee's Total / Amount paid (every head summed, a labour cess line included);
  a cess's Total / Amount paid (Cess payable and interest), never the Estimated cost of construction or the Cess @
  1% before an earlier payment; a challan's Total challan amount / Total amount. Currency INR everywhere but on
  SketchUp's page. *settled*: SketchUp's subscription counts its Total paid / Amount paid in USD (USD n / $n USD,
  Tax 0.00 (reverse charge)): currency USD.
* status: as printed (the words listed with each family above). *settled*: SUBJECT TO REALISATION OF CHEQUE (a
  post-dated cheque) is pending and CHEQUE BOUNCED - AMOUNT OUTSTANDING failed; a slip's UPI PAYMENT PENDING
  (AWAITING BANK CONFIRMATION - DO NOT RETRY) is pending; a supplier's UPI TXN FAILED - AMOUNT OUTSTANDING failed and
  CREDIT - PAYABLE WITHIN 15 DAYS pending; an advice's Approved - awaiting bank release pending and Returned -
  beneficiary name mismatch failed; a wage voucher's APPROVED - PAYMENT PENDING pending; an alert's "has failed"
  failed; Pending - awaiting biller confirmation, Processing - awaiting confirmation from your bank, Refund pending
  and Pending for verification with bank pending; a refund voucher's REFUNDED a success.
* date: the day paid (a receipt's, bill's, voucher's or slip's Date / Invoice Date / DATE / TXN DATE / DATE/TIME;
  Payment date, Value date, Paid on, Date & Time, Date of payment, Processed on, Refunded on, the day an alert
  names; Attempted on, Returned on, Failed on, Initiated on, Created on on the failures and the waits). *settled*: a
  stage receipt's Date is the day even for a cheque (its Chq. date / dated never is, even a post-dated one); an
  unpaid supplier's bill's and a pending wage voucher's day is its Date. *settled*: never an Agreement dated / As
  per agreement dt., a W.O. or RA Bill's dt, a DLP ended on / Defects liability ended, a Muster period / Week, a
  Bill month or Due date, a Renews on, a Return / Tax period or the original advance's receipt day (Against Receipt
  No. n dt <day>).
* payment_method: UPI, card (a slip's card, a card on a page, a refund to a card), cash, cheque, "netbanking" for
  NEFT / RTGS / IMPS and net banking, wallet for an app's wallet on a Bharat Connect page. *settled*: a slip's UPI
  SALE / BHARAT QR - UPI with a PAYER VPA is UPI; UPI AutoPay is UPI; a debit card on a permission fee is card; a
  supplier's failed UPI names UPI (Tried UPI); a credit bill and a pending wage voucher name no way; an alert's UPI
  debit is UPI and its IMPS transfer "netbanking"; an agent outlet's Cash is cash; a refund's Source - UPI / card /
  net banking is its way.
* transaction_id: the highest family printed: UPI reference / UTR / RRN / IMPS reference / UPI RRN (a card refund's
  ARN), then a bank reference (Bank Ref No., Bank Reference, Reference No., Txn Ref No., BRN; a B-Connect Txn ID /
  Bharat Connect Ref No., heldout137), then a transaction / payment id (Transaction ID, Payment ID, pay_..., ch_...,
  TXN..., an app's own id, a Refund ID, a GST challan's CIN; *settled*: a building permission's or a cess's Challan
  No. / Challan Ref No., as heldout140's treasury GRN), then an approval code (APPR CODE, AUTH NO, APPROVAL, Auth
  code, Auth Code, Approval Code), then a document's own number (Receipt No. / Rcpt. No. / No., Invoice / Bill No.,
  Payment Voucher No. / Doc No., Voucher No. / V. No., Receipt # / Invoice number, INVOICE NO / BILL NO / ROC on a
  slip, a GST challan's CPIN). *settled*: never a STAN (the terminal's trace number), a Vendor code, a Work order /
  W.O. No., an RA Bill No., an E-way bill No., a Vehicle No. or a machine's number, an Application / File No., an
  Establishment regn. No., a Subscription / Customer ID, a Service / Consumer No. / Account ID, an Agent ID, the
  original Payment ID or the advance's Receipt No. on a refund, a cheque number, MID, TID, BATCH, a card, account or
  mobile number, a UPI ID, GSTIN or IFSC.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout142_families import (
    advance_refund,
    client_transfer,
    client_upi,
    compose,
    equipment_hire,
    material_bill,
    merchant_card,
    permit_cess,
    ra_advice,
    site_power,
    software_plan,
    stage_receipt,
    wage_payout,
)

SPLIT = "heldout142"

FAMILIES: list[Family] = [
    ("client_upi", client_upi, SCREEN_FACES),
    ("client_transfer", client_transfer, SCREEN_FACES),
    ("ra_advice", ra_advice, PAGE_FACES),
    ("stage_receipt", stage_receipt, BILL_FACES),
    ("merchant_card", merchant_card, SLIP_FACES),
    ("material_bill", material_bill, PAPER_FACES),
    ("equipment_hire", equipment_hire, SCREEN_FACES),
    ("wage_payout", wage_payout, PAGE_FACES),
    ("site_power", site_power, SCREEN_FACES),
    ("software_plan", software_plan, SCREEN_FACES),
    ("advance_refund", advance_refund, PAGE_FACES),
    ("permit_cess", permit_cess, PAGE_FACES),
]


def make_heldout142_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout142 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
