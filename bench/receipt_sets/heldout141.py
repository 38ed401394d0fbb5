"""heldout141: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a gym and fitness studio chain's day in 2026 (one club of Kinetic Republic in each of
Bengaluru, Pune, Hyderabad, Chennai, Gurugram, Kolkata, Ahmedabad and Kochi, a trade name and the company or
franchisee firm that runs it), told by the proofs of payment it receives (members' UPI for plans, personal training
and supplements, a corporate wellness client's bank transfer, the front desk's terminal slips, its own membership
receipt, its supplements counter's till receipt, the class-booking platforms' settlements) and those it makes (the
equipment, flooring and repair suppliers, electricity and broadband through Bharat Connect, software subscriptions,
the freelance trainers' payouts, refunds of cancelled memberships, the municipal trade licence fee and GST). One
payment per page.

* ``member_upi``: a member's UPI app paying the club for a plan, personal training, a day pass or supplements
  (super.money, PhonePe, WhatsApp Pay, Google Pay, Paytm, CRED, BHIM, Navi; dark on CRED and some others):
  heldout125's result screen, the club (its firm on some) under Paid to / To / Sent to (Paying to / Payment to on a
  failure or a wait), the app's own id on some, a Note / Add a note / Purpose (Quarterly renewal, PT 12 sessions,
  Locker rent 3 months) on most; three (one of them the wait) forwarded to the club's WhatsApp and screenshotted
  there as an image in heldout118's chat with the member (the member's text, the image, the desk's reply; no sum in
  any text, the day divider Today / Yesterday or the day); Payment Successful / Money sent / Transaction Successful
  / Payment Failed / Payment declined / Payment Pending / Transaction pending.
* ``corporate_transfer``: a corporate wellness client's bank after an NEFT, RTGS or IMPS for its employees'
  memberships (HDFC Bank NetBanking, bob World, Axis Bank corporate iConnect, FedNet, RBL MoBank, DBS IDEAL, AU
  0101, KVB DLite): heldout124's page, the club (its firm on most) under Pay to / Beneficiary A/c Name / Transferred
  to, the account and IFSC, the mode, UTR / UTR Number / IMPS Ref No / RRN and the bank's Host Ref No. / Bank
  Reference No. / Transaction ID on some, the day, the debit account, Remitter (the client), on a web page
  Transaction charges + GST and Total debit amount, Payment remarks / Narration / Purpose of payment (Employee gym
  memberships (42 staff), or "Inv KR/26-27/311 less TDS 2%"); Transaction Successful / Funds transferred
  successfully / <mode> transfer successful / Returned by beneficiary bank / <mode> transfer failed / Pending at
  beneficiary bank / <mode> under process.
* ``desk_terminal``: the front desk's terminal slip (Razorpay POS, Pine Labs, BharatPe, Mosambee, Innoviti, Yes Bank,
  SBI Payments, Paytm EDC; monospace): the maker, the club in capitals (its firm on some), its locality and city;
  four CARD SALE / SALE slips (the card, AID, TC and TVR on some, APPR CODE / AUTH CODE and RRN / REF NO, TOTAL /
  AMOUNT / SALE AMT), two BANK EMI / BRAND EMI - NO COST slips on an annual plan (ISSUER, the card, TENURE, ROI,
  PLAN PRICE / PRODUCT AMT, INSTANT DISC, TXN AMOUNT, EMI AMT, TOTAL PAYABLE and the issuer's processing fee line)
  and two UPI SALE - DYNAMIC QR / BHARAT QR - UPI SALE slips (PAYER VPA / CUST VPA, MODE: UPI, UPI RRN / RRN, TXN
  ID, AMOUNT); DATE/TIME / DT with the hour, or DATE and TIME, MID, TID, BATCH, INVOICE / BILL NO / TXN NO (INR, RS,
  Rs. or none; western or plain); APPROVED / TXN SUCCESSFUL / APPROVED - EMI BOOKED / PAYMENT RECEIVED / UPI TXN
  SUCCESS / DECLINED with its RESP CODE / STATUS: PENDING (CHECK STATUS BEFORE RETRYING).
* ``membership_receipt``: the club's MEMBERSHIP RECEIPT / FEE RECEIPT / TAX INVOICE CUM RECEIPT / ENROLMENT RECEIPT
  (paper, serif): the club on top (its firm on some), what it offers, its floor and road, GSTIN, Receipt No. / Rcpt.
  No. / Invoice No., Date / Receipt date, Member / Member name / Received from, Member ID, Plan (Annual - Gold (12
  months)), Valid from / Start date and Valid till / Expiry, Fitness consultant / Sales by (a trainer) on some,
  Admission fee, Membership fee, Less: <offer> n%, Add-on: Locker / PT n sessions x rate, Taxable value, CGST @ 9% and
  SGST @ 9% or CGST 9% + SGST 9%, Total / Grand total / Invoice total, then Amount received / Received, or on some
  Paid now - instalment 1 of 2 / Amount received (part) with Balance payable by <a later day>, or Amount payable /
  Amount due; the sum in words on some, Paid by / Mode of payment / Payment mode (UPI, card, cash, NEFT, cheque with
  its number, day and bank) and UPI Txn Ref / UPI RRN / NEFT UTR / Auth Code / RRN; PAID / RECEIVED WITH THANKS / PART
  PAYMENT RECEIVED / CHEQUE RETURNED - MEMBERSHIP ON HOLD / PAYMENT LINK SENT - ACTIVATION ON RECEIPT in a row and in
  the front desk's rubber stamp.
* ``supplement_till``: the club's supplements counter's till receipt (paper): the club on top (in capitals on
  half), FUEL BAR - Supplements & Nutrition / Fuel Bar | Supplements counter and the firm under it, GSTIN, TAX
  INVOICE / RETAIL INVOICE / CASH MEMO, Bill No: / Inv No:, Date:, Time:, Cashier and Counter, Member: an id or
  Walk-in, the items (ON Gold Std Whey 2 lb, MuscleBlaze Creatine 250g, Protein bar (box of 6); qty x MRP), Total
  MRP, Member disc 10%, Round off, NET AMOUNT / TO PAY / BILL AMOUNT, (Incl. GST 18%: CGST + SGST), Paid by Cash with
  Cash tendered / Tendered and Change / Change returned, UPI with UPI Ref No. / UPI RRN, a card with its Auth Code,
  or Charged to Member tab; You saved ... today! and Points earned / Points balance; PAID / THANK YOU - PAID / UPI
  FAILED - ITEMS NOT RELEASED / ADDED TO MEMBER TAB - PAY BY MONTH END.
* ``equipment_bill``: an equipment, flooring or repair supplier's paper to the club (Titan Strength Equipments,
  FlexMat Flooring Solutions, Cardio Care Services, Olympia Barbell Works, Powerline Fitness Systems, ProGrip Rubber
  Floors, Sai Ganesh Gym Repairs, Apex Gym Equipment Co.): five TAX INVOICE / INVOICE CUM RECEIPT / SERVICE INVOICE /
  BILL OF SUPPLY (a composition dealer's, no GST) with the payment at its foot (Invoice No. / Bill No., Invoice Date /
  Date, Buyer / Billed to M/s the club's firm, Site the club, PO No. / Your order, the items qty x rate,
  Installation & commissioning, Freight & handling, Taxable value, CGST @ 9% + SGST @ 9% or IGST @ 18% from another
  state, Invoice total / Total) and three PAYMENT RECEIPT / MONEY RECEIPT (Receipt No. / Rcpt No., Date / Dated,
  Received from M/s the club's firm, Against Invoice No. / Towards Inv. n dt <its day>, Invoice amount); Less:
  Advance paid with PO, Less: TDS u/s 194C @ 2%, Balance received / Net received / Amount received or Balance
  outstanding / Amount due, the sum in words on some, Mode / Paid by / By (cheque with its number, day and bank,
  NEFT, RTGS, UPI, cash) and its UTR / Bank Reference / UPI Ref; PAID / RECEIVED WITH THANKS / FULL & FINAL PAYMENT
  RECEIVED / CHEQUE DISHONOURED - AMOUNT OUTSTANDING / CHEQUE DEPOSITED - UNDER CLEARING.
* ``power_bbps``: the club's electricity or broadband bill through Bharat Connect (BBPS): a business banking or
  payments app (HDFC SmartHub Vyapar, Bajaj Finserv, Axis neo for business, Airtel Thanks, YONO Business), a bank's
  net banking in a browser (ICICI Bank Corporate Internet Banking, Kotak Net Banking), or the Bharat Connect
  Transaction Receipt / Customer Receipt printed at an agent outlet for cash: the app, bank or Bharat Connect on
  top, the outcome, the sum large on a phone, Biller Name / Biller / Service provider (BESCOM, MSEDCL, TGSPDCL, ACT
  Fibernet, DHBVN, CESC, Torrent Power, Airtel Xstream Fiber, or its long name), Category, Account ID / Consumer
  Number / Unique Service No. / Customer ID / Service Number / Account No., Customer Name / Registered name the club's
  firm, Bill Number on some, Bill Date and Due Date or Bill Period, Bill Amount, Customer Convenience Fee / CCF (incl.
  GST) and Total Amount / Total Paid on some, Payment Channel (MOB, INT, AGT) and Agent ID, Payment Mode / Paid using
  (current account, UPI, business credit card, Airtel Payments Bank wallet, cash), B-Connect Txn ID / Bharat Connect
  Txn ID, Approval Ref No / Biller Approval No. and UPI Ref No on some, Transaction Date & Time / Paid on / Attempted
  on / Initiated on; Successful / Bill paid / Payment successful / Payment failed / Bill payment unsuccessful /
  Awaiting biller confirmation / Payment in progress / Status: Successful.
* ``software_receipt``: a software subscription paid by the chain (FitnessForce and Zenoti by card mandate or UPI
  AutoPay, Mindbody and Trainerize billed in US dollars, Interakt, TallyPrime, Canva, Microsoft 365): three
  Stripe-style receipt e-mails (the product on top, Receipt from / Invoice from <company>, the sum large, Paid <day>
  or Payment failed / Your card was declined with Attempted on, Receipt number / Receipt # on a paid one, Invoice
  number / Invoice #, Payment method Visa - 4242, SUMMARY lines with the period, Reverse charge applies or IGST 18%,
  Amount paid / Amount due), two mandate charge e-mails (Subscription charged / Payment failed / Payment pending -
  awaiting bank authorisation, Hi <firm>, Plan, Subscription ID sub_..., GST @ 18%, Amount / Amount charged, Method
  UPI AutoPay / Card mandate, Payment ID pay_..., UPI Ref No. on some, Charged on / Initiated on, Next charge on) and
  three billing portals' invoices in a browser (Paid / Payment received / Overdue - payment failed / Payment
  processing, Invoice No., Bill to the firm, GSTIN, the lines, Taxable value, IGST @ 18% / CGST 9% + SGST 9%, Total /
  Total (INR), Paid via / Payment method, Transaction ID TXN..., Payment date / Attempted on / Initiated on).
* ``trainer_payout``: the chain paying a freelance trainer the month's fee: three payout statement e-mails from the
  chain (Kinetic Republic and its company on top, Trainer payout statement / Professional fee advice, Payee / Trainer
  / Paid to, Trainer code, PAN, Club, For the month / Cycle, PT sessions n x rate, PT revenue share 40% of n, Group
  classes n x 600, Incentive - transformation challenge, Gross fee, Less: TDS u/s 194J @ 10%, Less: Advance
  recovered, Net payable / Net amount paid, Bank account, Mode, UTR / NEFT UTR / IMPS Ref / RRN, Paid on / Credited
  on, Status), three business banking apps (ICICI InstaBIZ, IDFC FIRST Business, Kotak FYN: Transfer successful /
  Payment sent / Transfer failed / Transfer pending / Under process, the sum large, Beneficiary / Paid to, the account
  and IFSC or UPI ID, Mode, Remarks (PT fee Mar - 46 sess), Transaction ID, UTR / IMPS Ref / UPI Ref No, Date & Time
  / Paid on / Attempted on / Initiated on, Debited from the club's firm) and two payouts dashboards (RazorpayX,
  Cashfree Payouts: the club's firm and current account under it, Processed / Success / Failed - account closed /
  Reversed / Queued / Processing, Contact / Beneficiary, Fund account, Purpose, Narration, Fees + GST, Payout ID
  pout_... / Transfer ID TRF..., UTR, Processed at / Failed at / Queued at).
* ``booking_settlement``: a class-booking or corporate-wellness platform settling a cycle's visits to the club
  (cult.fit, FITPASS, ClassPass, Fitternity, Wellhub, Gympik, Playo, Hudle; its e-mail, its partner app or its
  partner portal in a browser): the platform on top, Settlement advice / Partner settlement / Payout statement,
  Partner / Centre / Settled to the club (its firm on many), Centre ID / Partner code / Venue ID, Settlement cycle /
  Visits between, Check-ins / Visits / Sessions attended n x rate, Class bookings n x 300 and No-show fee share on
  some, Gross earnings, Less: Platform fee n%, Less: GST @ 18% on fee, Less: TDS u/s 194-O, Less: TCS under GST on
  some, Net settlement / Amount credited / Net payable, Bank account / Settled to A/c, Mode / Transfer mode (NEFT,
  IMPS), Settlement ID / Payout ref, UTR / IMPS Ref / RRN / Bank Ref, Settled on / Credited on / Failed on /
  Initiated on; Settled / Credited / Failed - bank account inactive / In process (a Status row, or the outcome and
  the sum large on the app).
* ``membership_refund``: the club refunding a cancelled membership pro rata: three member-care e-mails (the club on
  top, Membership cancellation - refund / Refund statement, Dear <name>, Member / Refund to / Member name, Member ID,
  Plan, Plan start / Joined on, Cancelled on, Fee paid, Less: usage n of m months, Less: Cancellation fee, Refund
  amount / Net refund, Refund mode / Refunded to (Original card, Source UPI account, IMPS to A/c), Refund Ref No. /
  Refund ID, ARN / RRN / IMPS Ref No, Refunded on / Processed on / Failed on / Initiated on, Status: Refund processed
  / Refund failed / Refund initiated), four payment gateways' refund pages in a browser (Easebuzz, PayU, CCAvenue,
  PhonePe PG: the club's firm - merchant dashboard, Refunded / Refund processed / Failed / Pending / Refund initiated,
  the sum large, Customer / Customer name, Order ID, Refund type Partial, Original payment ID on some) and the
  member's bank SMS of the IMPS credit ("Dear Customer, A/c XX7353 credited with Rs.10,512.55 on 28Sep26 by IMPS
  from EASTERN FITNESS CLUBS (refund). IMPS Ref No ... Avl Bal Rs... -Kotak Bank"; heldout106's messages screen).
* ``licence_gst``: the club's municipal trade licence fee (Bruhat Bengaluru Mahanagara Palike, Greater Hyderabad
  Municipal Corporation, Greater Chennai Corporation, Kolkata Municipal Corporation, Amdavad Municipal Corporation;
  its portal in a browser or printed) or its GST (two banks' e-payment counterfoils in net banking, the GST portal's
  Payment Receipt printed): the corporation on top (full or short name) with Health Department - Trade Licence /
  Revenue Department - Trade Licence Section, Trade Licence - Payment Receipt / e-Receipt / Trade Licence Renewal -
  Receipt, Receipt No., Application No., Trade Licence No. / Licence No., Trade name / Name of trade, Licensee / Name
  of licensee, Trade category / Trade type (Gymnasium / Fitness centre), Ward / Ward / Zone, Licence year or Valid
  upto, Trade licence fee / Licence fee, SWM cess, Signboard fee, Penalty (late renewal), Total / Amount paid,
  Payment gateway (SBIePay, BillDesk, PayU), Mode / Payment mode, Transaction ID, Bank Ref No. / Bank Txn No. or UPI
  Ref No; or the bank (HDFC Bank NetBanking, Kotak Net Banking) or Goods and Services Tax on top, e-Payment of GST -
  Challan counterfoil / GST payment acknowledgement / Payment Receipt, GSTIN, Taxpayer / Legal name, CPIN, CGST - Tax
  and SGST - Tax (and Interest), Total amount / Total challan amount, Debit account or Mode of payment and Bank name,
  Bank Reference No. / BRN and CIN; Payment date / Paid on / Date of deposit / Attempted on / Initiated on; Payment
  successful / Success / Failed - CPIN expired / Transaction failed / Pending - awaiting confirmation from GSTN /
  Status: Success / Paid / Failed / Pending.

Outcomes: six successes, a failed and a pending page in every family. Absent fields: each family leaves out the id on
one page (no UTR, UPI reference, RRN, IMPS reference, ARN, approval, auth or biller approval code, bank or host
reference, B-Connect or Bharat Connect id, BRN, CIN, CPIN, transaction, payment, payout, transfer, settlement or
refund id, app's own id, receipt, invoice, bill, INVOICE / BILL NO / TXN NO on a slip, nor a refund's Order ID or
original payment id; member ids, plans, MID, TID, batch, AID / TC / TVR, card numbers, VPAs, GSTIN, IFSC, account,
consumer and customer numbers, a board's bill number, subscription ids, centre, venue and trainer codes, PAN, PO
numbers, application and trade licence numbers stay) and the day on one (no date anywhere: no plan validity, start,
expiry or balance-due day, no cheque day, no invoice day in a receipt's "against", no bill, due or billing-period
day, no subscription period or next charge, no month of a payout or settlement cycle, no plan start or cancellation
day, no licence year or validity, no financial year in a number or a remark, no NEFT or RTGS UTR (both spell the day;
a bank reference or an IMPS reference stands in), no app id that carries one, no chat day divider but Today /
Yesterday; an e-mail's hour and a slip's TIME at most). Sums: ₹ (faces that draw it), Rs., Rs, INR, /- on counter
paper, INR / RS / Rs. / none with western or plain grouping on slips, bare figures in a till's item lines, $ / US$ /
USD on the two dollar receipts; lakh grouping on most, western and plain on some; whole rupees on many app screens.
Days: dd/mm/yy, d Mon yyyy, dd-mm-yyyy, dd.mm.yyyy, Month d, yyyy, dd-Mon-yy, dd Month yyyy and yyyy-mm-dd on paper
and e-mails (a till's dd/mm/yy, dd-mm-yyyy, dd.mm.yyyy or dd-Mon-yy; a Stripe receipt's Month d, yyyy or d Month
yyyy after Paid; an agent receipt's day and hh:mm:ss), heldout121's PATS with an hour on screens and browsers,
DD/MM/YYYY, DD-MM-YY, DDMONYYYY and YYYY/MM/DD on slips (with the hour on DATE/TIME / DT), dd-mm-yy, dd/mm/yyyy and
ddMonyy in the SMS. Faces: heldout119's lists (SLIP_FACES for the terminal slips, BILL_FACES for the membership
receipt, PAPER_FACES for the till and the suppliers' papers, PAGE_FACES for the platforms' settlements and the
licence and GST pages, SCREEN_FACES for the rest). Frames: heldout121's ``compose`` (heldout129's rubber stamp on the
membership receipt, heldout118's WhatsApp chat round three UPI screens, heldout106's messages screen for the SMS).
Seeds ``heldout141-<i>``.

Truth conventions (README "Receipt fields", as heldout134 quotes them; *settled* where this set chose):

* merchant_name: the one paid, as printed: the club (its firm on some) on members' UPI screens (Paid to / To / Sent
  to) and on the client's transfer (Pay to / Beneficiary A/c Name / Transferred to; *settled*: never the Remitter,
  the client paying), in capitals on its terminal slips (never the terminal maker or the bank above it, nor the
  PAYER VPA on a UPI slip), on top of its own membership receipt (never the Member / Received from nor the Fitness
  consultant / Sales by, a trainer who is not paid); the supplier on top of its invoice or payment receipt (never
  M/s the club under Buyer / Billed to / Received from, nor the Site); the biller under Biller Name / Biller /
  Service provider (never the app, the bank, Bharat Connect on top of an agent's receipt, or the Customer /
  Registered name). Never a bank, app, terminal maker, gateway, payouts platform, portal or the payer. *settled*:
  the supplements counter's till receipt pays the club on top (never FUEL BAR - the counter's name under it - the
  firm line, the member or an item's brand). *settled*: a subscription's payee is the product on top of its receipt,
  e-mail or billing page (Mindbody, Canva, TallyPrime), never the company line under it ("Receipt from Mindbody,
  Inc.", "Tally Solutions Pvt Ltd") nor the firm under Bill to / Hi <firm>. *settled*: a trainer's payout pays the
  trainer under Payee / Trainer / Paid to / Beneficiary / Contact (never the chain on top of its payout e-mail, the
  bank or platform on top, the club's firm under it or under Debited from, nor the Club row). *settled*: a platform's
  settlement pays the club under Partner / Centre / Settled to, never the platform on top (heldout140's travel
  agency). *settled*: a refund's payee is the member under Member / Refund to / Member name / Customer (heldout137),
  never the club on top of its e-mail, the gateway or the firm under it; the member's bank SMS ("Dear Customer, A/c
  XX.. credited ... by IMPS from <the club's firm>") names no payee (merchant_name null: the firm after "from" is the
  payer and the account holder is not named). *settled*: a municipal trade licence fee's payee is the corporation
  on top of its own receipt (full or short name as printed), never its department line, the Trade name or the
  Licensee; a GST counterfoil or challan receipt names no payee (heldout137: the bank on top is not paid).
* amount / currency: the sum this payment moved. A UPI screen's sum large; a transfer's Amount or sum large, never
  the Total debit amount with its charges and GST (heldout114); a slip's TOTAL / AMOUNT / SALE AMT, an EMI slip's
  TXN AMOUNT after the INSTANT DISC, never the PLAN PRICE / PRODUCT AMT, the EMI AMT, the TOTAL PAYABLE or the
  issuer's processing fee (heldout125, heldout126). *settled*: a membership receipt's Amount received / Received (the
  Total with GST), or on a part payment the Paid now - instalment 1 of 2 / Amount received (part), never the Total /
  Invoice total or the Balance payable; an unpaid one's Amount payable / Amount due. A till's NET AMOUNT / TO PAY /
  BILL AMOUNT after the member discount and round off, never the Total MRP, the GST included, Cash tendered, Change,
  You saved or points (heldout123). *settled*: a supplier's Balance received / Net received / Amount received after
  the advance paid with the PO and TDS u/s 194C, never the Invoice total / Invoice amount or an item; an unpaid one's
  Balance outstanding / Amount due. A Bharat Connect page's Total Amount / Total Paid with its convenience fee where
  one is printed, else the sum large or Bill Amount (heldout113). A subscription's sum large / Amount / Amount
  charged / Total with GST, never a line of the summary; *settled*: Mindbody's and Trainerize's receipts count their
  sum in USD (currency USD; the reverse charge line adds no tax), everything else INR. A trainer's Net payable / Net
  amount paid / sum large after TDS and an advance recovered, never the Gross fee, a session line or a platform's
  Fees + GST. A platform's Net settlement / Amount credited / Net payable after its fee, GST on it, TDS and TCS,
  never the Gross earnings or a per-visit line. A refund's Refund amount / Net refund / sum large (the fee paid less
  usage and the cancellation fee), never the Fee paid; the SMS's credited sum, never the Avl Bal. A licence's Total /
  Amount paid (fee, cess, signboard fee and penalty summed); GST's Total amount / Total challan amount.
* status: as printed (the words listed with each family above). *settled*: PART PAYMENT RECEIVED and APPROVED - EMI
  BOOKED are successes; a Stripe receipt's "Paid <day>" and the SMS's credit are successes; CHEQUE RETURNED -
  MEMBERSHIP ON HOLD, CHEQUE DISHONOURED - AMOUNT OUTSTANDING, UPI FAILED - ITEMS NOT RELEASED, Failed - account
  closed, Reversed, Failed - bank account inactive, Overdue - payment failed and Failed - CPIN expired are failed;
  PAYMENT LINK SENT - ACTIVATION ON RECEIPT, ADDED TO MEMBER TAB - PAY BY MONTH END, CHEQUE DEPOSITED - UNDER
  CLEARING, a UPI slip's STATUS: PENDING, Awaiting biller confirmation, Payment in progress, Payment pending -
  awaiting bank authorisation, Queued, Processing, Under process, In process, Refund initiated and Pending - awaiting
  confirmation from GSTN are pending.
* date: the day paid (a receipt's, bill's, till's or slip's Date / Receipt date / Dated / Invoice Date / DATE /
  DATE/TIME / DT; Paid <day>, Paid on, Charged on, Credited on, Settled on, Refunded on, Processed on / at, Payment
  date, Date of deposit, Transaction Date & Time, Date & Time, Transferred on; Attempted on, Failed on / at,
  Initiated on, Queued at on the failures and the waits; the day an SMS says the account was credited).
  *settled*: an unpaid membership receipt's or supplier's bill's day is its Date / Invoice Date; a supplier's
  payment receipt's day is its Date / Dated, never the invoice's "dt <day>" after Against Invoice No.; a plan's Valid
  from / Start date / Valid till / Expiry and Balance payable by, a cheque's own day, a Bill Date / Due Date / Bill
  Period, a subscription's period and Next charge on, a payout's For the month / Cycle, a Settlement cycle / Visits
  between, a refund's Plan start / Joined on / Cancelled on and a Licence year / Valid upto are never the day; a
  WhatsApp chat's day divider is never the source (the screen inside prints its own day or none).
* payment_method: UPI, card (a slip's card, an EMI on a card, a card on a page, a card mandate, a refund to the
  original card), cash, cheque, "netbanking" for NEFT / RTGS / IMPS, net banking and a current account debited,
  wallet for an app's wallet on a Bharat Connect page. *settled*: UPI AutoPay is UPI; a dynamic-QR slip's MODE: UPI is
  UPI; the agent outlet's Cash is cash; a payout's IMPS / NEFT and a platform's settlement are "netbanking", a payout's
  UPI UPI; a refund's IMPS to A/c and the SMS's IMPS credit are "netbanking"; a GST counterfoil's Debit account and
  the portal's E-Payment (net banking) are "netbanking"; a payment link awaiting payment and a member's tab name no
  way; a till's failed UPI names UPI.
* transaction_id: the highest family printed: UPI reference / UTR / RRN / IMPS reference / UPI RRN (*settled*: a
  card refund's ARN), then a bank reference (Bank Ref No, Bank Reference (No.), Bank Ref, Bank Txn No., BRN;
  *settled*: a Host Ref No.; a B-Connect Txn ID / Bharat Connect Txn ID, heldout137), then a transaction / payment /
  payout id (Transaction ID, TXN ID on a UPI slip, Payment ID pay_..., an app's own id, Payout ID pout_..., Transfer
  ID TRF...; *settled*: a Settlement ID / Payout ref, a Refund Ref No. / Refund ID, a GST challan's CIN), then an
  approval code (APPR CODE, AUTH CODE, Auth Code, Approval Code; *settled*: a biller's Approval Ref No / Biller
  Approval No.), then a document's own number (Receipt No., Rcpt No., Invoice No., Bill No., INVOICE / BILL NO / TXN
  NO on a slip; *settled*: a Stripe receipt's Receipt number / Receipt # over its Invoice number / Invoice # (printed
  first: this payment's receipt, not the bill), the Invoice number where no receipt is printed; a GST CPIN,
  heldout128). *settled*: never an AID, TC or TVR on a slip, a Member ID, a Subscription ID (sub_...: the mandate,
  not the charge), a refund page's Order ID or Original payment ID (the membership's purchase, not this refund), an
  Application No. or Trade Licence No., a Centre ID / Partner code / Venue ID, a Trainer code, PAN, a PO No., an
  invoice number after Against Invoice No. / Towards Inv. or inside a remark, an Agent ID, a consumer, account or
  customer number, a board's Bill Number, a cheque number, MID, TID, BATCH, a card, account or mobile number, a VPA,
  GSTIN or IFSC.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout141_families import (
    booking_settlement,
    compose,
    corporate_transfer,
    desk_terminal,
    equipment_bill,
    licence_gst,
    member_upi,
    membership_receipt,
    membership_refund,
    power_bbps,
    software_receipt,
    supplement_till,
    trainer_payout,
)

SPLIT = "heldout141"

FAMILIES: list[Family] = [
    ("member_upi", member_upi, SCREEN_FACES),
    ("corporate_transfer", corporate_transfer, SCREEN_FACES),
    ("desk_terminal", desk_terminal, SLIP_FACES),
    ("membership_receipt", membership_receipt, BILL_FACES),
    ("supplement_till", supplement_till, PAPER_FACES),
    ("equipment_bill", equipment_bill, PAPER_FACES),
    ("power_bbps", power_bbps, SCREEN_FACES),
    ("software_receipt", software_receipt, SCREEN_FACES),
    ("trainer_payout", trainer_payout, SCREEN_FACES),
    ("booking_settlement", booking_settlement, PAGE_FACES),
    ("membership_refund", membership_refund, SCREEN_FACES),
    ("licence_gst", licence_gst, PAGE_FACES),
]


def make_heldout141_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout141 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
