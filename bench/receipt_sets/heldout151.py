"""heldout151: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a pest-control and facility hygiene services company's day in 2026 (branches in Nagpur,
Coimbatore, Lucknow, Visakhapatnam, Ludhiana, Rajkot, Guwahati and Dehradun; the trade name SafeNest Pest Control and
Suraksha Environmental Hygiene Services Pvt Ltd that runs it), told by the proofs of payment it receives (households'
UPI for treatments, the technicians' card terminals, its own service, cash and AMC cheque receipts, housing
societies' and offices' AMC transfers and payment advices net of TDS u/s 194C, restaurants' and hospitals' monthly
service invoices and payment links) and those it makes (chemical, equipment and PPE suppliers, fuel and two-wheeler
servicing, technicians' wages and incentives, branch rent and electricity, software, refunds for cancelled services,
the state agriculture department's licence and registration fees, GST and TDS). One payment per page.

* ``home_upi``: a household's UPI app paying the company after a treatment (PhonePe, Google Pay, Paytm, BHIM, CRED,
  Amazon Pay, Navi, super.money; heldout125's result screen): the company (trade name, its company's on some, in
  capitals on some) under Paid to / To / Sent to (Paying to / Payment to on a failure or a wait), the app's own id on
  some, a Note / Message / For / Remarks (Cockroach gel - 2BHK, Anti-termite drill-fill-seal) on most.
* ``amc_transfer``: a housing society or an office paying its annual maintenance contract: its bank after an NEFT,
  RTGS or IMPS (five: SBI CINB, Union Bank Vyom, bob World Business, YES BIZ, Canara ai1 Business; heldout124's page,
  the company under Beneficiary / Vendor name / Pay to / Credit to, Remarks / Narration / Purpose ("AMC Q1
  instalment", "SN/NGP/26-27/0412 less TDS"), Debit account name / Remitter, Maker / Checker) or an office's PAYMENT
  ADVICE / Remittance Advice / Vendor Payment Intimation e-mail (three: the office on top, Vendor / Payee /
  Beneficiary the company, Vendor code, the AMC invoices with their numbers and days, Gross amount / Total invoice
  amount, Less: TDS u/s 194C @ 2% (or @ 1%), Net amount paid / Amount remitted / Net payment, UTR / IMPS Ref No. and
  Payment doc No. / Payment voucher No., Payment date / Value date, Status Paid / Processed / Remitted).
* ``field_card``: the technician's mobile card terminal at the customer's door (Mosambee, Ezetap, Paytm, PhonePe
  Smart POS, Mswipe, HDFC Bank, ICICI Bank, Worldline; monospace): the company in capitals, JOB: / SERVICE: (COCKROACH
  GEL 2BHK), the usual slip rows, BASE AMT / CONV FEE n% / SURCHARGE and TOTAL AMT / TOTAL on two, a dynamic UPI QR on
  the wait (PAYMENT PENDING, CONFIRM ON APP BEFORE CLOSING JOB), DECLINED with its RC.
* ``service_receipt``: the company's own paper (serif, its rubber stamp): four households' SERVICE RECEIPT / CASH
  RECEIPT / MONEY RECEIPT / PAYMENT RECEIPT (Customer name, Address, Technician, the treatments, Sub total / Service
  charges, CGST and SGST @ 9% or IGST @ 18%, Less: Discount / Festive offer on some, Amount received / Total received
  / Total paid, Mode / Paid by, Warranty, Next service due / Follow-up visit on) and four societies' or offices' AMC
  RECEIPT / MONEY RECEIPT ("Received with thanks from M/s <society> the sum of <words> by cheque / by NEFT towards the
  annual maintenance contract for <scope>, instalment n of 4", Contract period, AMC value (incl. GST) / Contract
  value, Instalment due, Less: TDS u/s 194C @ 2% on some, Net amount received / Amount received / Received, or Cheque
  amount / Amount (subject to realisation), Cheque No. / Chq. No. with its day and bank); PAID / RECEIVED WITH THANKS /
  PAYMENT RECEIVED / CHEQUE DISHONOURED - AMC SERVICES ON HOLD (Return reason) / CHEQUE RECEIVED - SUBJECT TO
  REALISATION.
* ``monthly_invoice``: restaurants' and hospitals' monthly service invoices: five of the company's TAX INVOICE - PAID
  / SERVICE INVOICE CUM RECEIPT / TAX INVOICE (Bill to / Client / Billed to M/s the restaurant or hospital, GSTIN of
  client, Service month / For the month of, Monthly pest management - kitchen & dining (4 visits), Rodent bait
  stations n x rate, Fly catcher machine - rental, Disinfection fogging - OT & ICU, Taxable value, CGST and SGST,
  Invoice total / Total, Less: TDS u/s 194C @ 2% on a hospital's, Net received / Amount received (net of TDS) /
  Amount received / Received, Mode; PAID / PAYMENT RECEIVED - THANK YOU) and three payment links paid by the client
  (Razorpay, Cashfree Payments, PayU in a browser: the company on top, Powered by <gateway> at the foot, Payment for /
  Purpose "Invoice SN/... - <month> service", Customer / Billed to, the sum large, Payment ID / Transaction ID, UPI
  RRN / Bank Ref No. / Auth code, Paid on / Payment date / Attempted on / Initiated on; Payment successful / Paid /
  Payment failed / Payment processing).
* ``chem_ppe``: six suppliers' TAX INVOICE / CREDIT BILL / INVOICE (public-health insecticide distributors, a spray
  equipment dealer, PPE traders; the supplier on top: Invoice No. / Bill No., Date / Bill date, Buyer / Bill to M/s
  the company, Buyer's PCO licence No., Imidacloprid 30.5% SC (1 L) n x rate, Knapsack sprayer 16 L, PPE kit
  (coverall, goggles, gloves, mask), Taxable value / Sub total, GST, Round off, Total / Bill total / Grand total,
  Amount received / Received / Paid and Mode / Paid by, or Cheque received (PDC) with Cheque No., Cheque date and
  Bank; PAID / RECEIVED WITH THANKS / PDC RECEIVED - PAYMENT ON CLEARANCE) and two online B2B orders (Moglix's e-mail,
  Industrybuying's order page: the store on top, Ship to, the items, Sub total, GST (18%), Shipping, Order total /
  Amount paid, Order ID, Payment ID / Transaction ID, UPI Ref No. / Auth code, Paid on / Attempted on, Expected
  delivery; Payment received / Order confirmed - paid / Payment failed - order not placed).
* ``fleet_fuel``: six fuel station slips (monospace; INDIANOIL / HP / BHARAT PETROLEUM on top and the outlet M/S
  <dealer> under it, DATE / TIME, BILL NO / TXN NO, PRODUCT, RATE /L, VOLUME, VEHICLE NO, MID, TID, MODE CARD / HP
  DRIVETRACK PLUS / XTRAPOWER FLEET CARD / UPI QR, APPR CODE, RRN, QR TXN ID, AMOUNT / SALE AMT; APPROVED / DECLINED
  with its RC / PAYMENT PENDING) and two authorised two-wheeler dealers' SERVICE INVOICE (the dealer on top in
  capitals: INVOICE NO, DATE, JOB CARD NO, REG NO, MODEL, KMS, CUSTOMER, labour and parts, TAXABLE, CGST 9%, SGST 9%,
  NET AMOUNT / TOTAL, PAID BY, UPI REF; PAID).
* ``wages_incentives``: the technicians' wages and incentives: RazorpayX payouts in a browser (two: RazorpayX and the
  company | Current account on top, Payout details, Processed / Payout processed / Queued / Processing, the sum large,
  Payout to / Beneficiary / Contact the technician, Fund account, Mode, Purpose, Payout ID pout_..., UTR, Processed
  at / Created at), the business banking app's IMPS (two: HDFC Bank SmartHub Vyapar, ICICI InstaBIZ; Remarks "Salary
  + incentive Mar-26"; a frozen account's failure), the branch's WAGES & INCENTIVE PAYMENT VOUCHER / CASH PAYMENT
  VOUCHER paid in cash (two) and the payslip e-mail (two): Paid to / Employee the technician, Employee code,
  Designation, Wage month / Pay period, Basic wages (n days), Incentive - AMC renewals (n x 250), Incentive - termite
  jobs (n x 400), Fuel allowance (km x 3.5), Less: PF (12% of basic), Less: ESI (0.75%), Less: Advance recovered, Net
  paid / Amount paid / Net pay credited / Net pay, Credited to, UTR, Credited on / Payment date; PAID / Credited.
* ``rent_power``: two landlords' RENT RECEIPT / RECEIPT (title only on top: Receipt No. / No., Date, "Received from
  M/s <company> (<trade name>) the sum of <words> towards the monthly rent of the branch office & chemical store at
  <address> for <month>", Monthly rent / Rent, Less: TDS u/s 194-I(b) @ 10% where the rent is 50,000 or more, Net
  amount received / Amount received, Paid by / Mode of payment, RECEIVED WITH THANKS, [ Revenue stamp ], the landlord
  under Landlord / Owner / Lessor at the foot, PAN), one IMPS to a landlord from Axis neo for business, and five
  electricity bills through Bharat Connect (PhonePe, Paytm wallet, Google Pay, CRED on a phone with the sum large,
  Kotak Biz's bill payment receipt in a browser: Biller / Electricity board / Billed by MSEDCL, TNPDCL, MVVNL, APEPDCL,
  PSPCL, PGVCL, APDCL, UPCL or the long name, the consumer / service / account number, Consumer name / Customer name
  the company, Bill month / Billing month, Due date, Bill amount, Paid using / Payment mode, B-Connect Txn ID / BBPS
  Ref No., UPI Ref No., Paid on / Payment date / Attempted on / Initiated on; Bill paid / Payment successful / Paid to
  biller / Bill payment failed / Biller confirmation pending / Bill payment pending).
* ``software_subs``: Jobber (US dollars), ServiceM8 (Australian dollars), Zoho FSM, TallyPrime's TSS renewal, Google
  Workspace, Exotel, Interakt and Fieldproxy (rupees); heldout146's subscription page (the product on top and its
  company line, Bill to / Account / Customer the company, Account ID / Customer ID, Plan, Billing period, the lines,
  Subtotal, GST @ 18% or Tax 0.00 and the reverse-charge note, Amount paid / Total charged / Total / Amount due or the
  sum large, Payment method / Paid with, Invoice # / Invoice No., Payment ID / Transaction ID, Bank Ref No., Auth
  code, UPI Ref No, Charged on / Paid on / Attempted on / Initiated on, Next charge on; Paid / Payment successful /
  Charge failed - card declined / Payment processing - awaiting bank confirmation).
* ``cancel_refund``: the company refunding a cancelled service: its REFUND VOUCHER / CANCELLATION REFUND VOUCHER
  (two, paper: the company on top, Voucher No. / Refund voucher No., Date, Refund to / Customer), its e-mail (two: Dear
  <name>, Refunded to / Beneficiary, Refunded on, Status Refund processed), its business banking app (two: Kotak Biz,
  HDFC Bank SmartHub Vyapar: Paid to / Beneficiary, UPI ID or A/c No. and IFSC, Mode, Remarks, IMPS Ref No / UPI Ref
  No and Transaction ID, Date & Time / Attempted on, Debited from; Transfer successful / Money sent / Transfer failed
  - beneficiary account closed) or its gateway's refund page (two: Razorpay, PayU: the company | Live under the
  gateway, Refund details / Refund status, the refund large, Customer / Refunded to, Booking, Payment amount /
  Original amount, Cancellation charge (n%), Refund to Source - card / UPI, Refund ID, ARN / RRN, the original Payment
  ID, Processed on / Refunded on / Initiated on; Refund processed / Refunded / Refund in progress); Booking
  (Termite treatment - 3BHK (cancelled by customer)), Advance paid / Amount paid, Less: Visit charge / Inspection
  charge, Refund amount / Amount refunded; REFUNDED / REFUND PAID.
* ``govt_tax``: four licence and pesticide-operation fees to the state agriculture department on the state treasury's
  e-challan in a browser (Maharashtra's GRAS, UP's e-Kosh, AP's CFMS, eGRAS Assam: the portal on top, e-Challan
  Receipt / Challan Payment Status, Success / Payment successful / Payment failed, Department / Payable to the
  department, Office (District Agriculture Officer, <town>), Remitter / Name of the party, Purpose (Licence for
  commercial pest control operations (Insecticides Rules, 1971), Renewal, Additional premises - insecticide storage,
  Pesticide stock licence fee), Application No., Licence No., Head of account, Licence fee, Late fee, Total / Total
  amount, Payment mode, Bank, GRN / Challan No., Bank Ref No., Payment date / Attempted on), two GST challans (Form
  GST PMT-06 in a browser or printed: CPIN, GSTIN, Legal name, Trade name, Return period / Tax period, CGST (0005) /
  SGST (0006) / IGST (0008) Tax, Total challan amount, Payment mode (NEFT / RTGS, E-Payment (Net Banking)), Bank, CIN,
  BRN, Date of deposit / Initiated on; Paid / Payment Successful / Awaiting credit from RBI - NEFT / RTGS) and two TDS
  challans (ITNS 281 in a browser or printed: TAN, Name, Assessment Year, Major Head, Minor Head, Nature of Payment
  (194C, 194-I(b), 192), Tax, Interest, Amount (in Rs.), Payment mode, Bank, CRN, BSR Code, Challan Sr. No., CIN, BRN,
  UPI Ref No., Date of deposit; Paid / Payment Successful).

Outcomes: six successes, a failed and a pending page in every family (the payment advices, the households' receipts,
the restaurants' and hospitals' invoices, the online orders' successes, the service invoices, the vouchers and
payslips, the rent receipts and the refund vouchers and e-mails are successes). Absent fields: each family leaves out
the id on one page (no UTR, UPI reference, RRN, IMPS reference, ARN, approval or auth code, bank reference, B-Connect
/ BBPS reference, BRN, transaction, payment, payout, order, QR or refund id, CIN, CPIN, CRN, GRN or challan number,
the app's own id, receipt, invoice, bill, voucher, ROC or payment document number, no invoice number in a payment
advice; MID, TID, BATCH, card, account, vehicle, job card, cheque, consumer, application and licence numbers, UPI IDs,
GSTIN, IFSC, PAN, TAN, BSR codes, vendor, employee, account and customer ids stay) and the day on one (no date
anywhere: no invoice, cheque, next-service, contract, due, delivery or next-charge day, no bill, service, wage or
rent month, no billing or contract period, no assessment year or return period, no year in a document's number, no
NEFT or RTGS UTR (both spell the day: a bank reference or an IMPS or UPI reference stands in), no CIN or CPIN; an
e-mail's hour, a slip's TIME and a phone's clock at most). Sums: ₹ (faces that draw it), Rs., Rs, INR, /- on counter
paper, INR / RS. / Rs / none on slips, $ / US$ / USD on Jobber's, A$ / AU$ / AUD on ServiceM8's; lakh grouping on
most, western and plain on some. Days as heldout146 prints them. Faces: heldout119's lists (SCREEN_FACES for the UPI,
transfer and software screens, SLIP_FACES for the card terminals and the fuel and service slips, BILL_FACES for the
company's own receipts, PAPER_FACES for the suppliers' bills, PAGE_FACES for the invoices and links, wages, rent and
power, refunds and government pages). Frames: heldout121's ``compose`` (heldout129's rubber stamp on the company's
receipts and invoices). Seeds ``heldout151-<i>``.

Truth conventions (README "Receipt fields", as heldout134 quotes them; *settled* where this set chose):

* merchant_name: the one paid, as printed: the company (SafeNest Pest Control, or Suraksha Environmental Hygiene
  Services Pvt Ltd on some, in capitals on some) on households' UPI screens (Paid to / To / Sent to) and the
  societies' and offices' transfers (Beneficiary / Vendor name / Pay to / Credit to; never the Debit account name /
  Remitter), in capitals on the technicians' slips (never the terminal maker or the CARDHOLDER), on top of its own
  receipts and invoices (never the Customer name, Bill to / Client or the society in "Received with thanks from");
  the supplier on top of its bill and the store on top of an online order (never M/s the company under Buyer / Bill
  to or Ship to); the board under Biller / Electricity board / Billed by (never the app, the bank, Bharat Connect or
  the Consumer name); the software product on top (never the company line under it or the company under Bill to).
  Never a bank, app, terminal maker, gateway, portal or the payer. *settled*: an office's payment advice pays the
  company under Vendor / Payee / Beneficiary, never the office on top of its advice nor its mail's sender.
  *settled*: a payment link paid by a restaurant or hospital pays the company on top of the link's page, never the
  gateway named in Powered by <gateway> at the foot or the Customer / Billed to. *settled*: a fuel slip pays the
  outlet under the oil company's brand (M/S SHREE SAI FUELS as printed, "M/S " and all), never INDIANOIL / HP / BHARAT
  PETROLEUM on top; a two-wheeler service invoice pays the dealer on top (in capitals), never the maker in its
  "Authorised dealer - <maker>" line. *settled*: a technician's wages and incentives are a payment the company makes:
  the payee is the technician under Payout to / Beneficiary / Contact / Paid to / Employee / To, never RazorpayX, the
  company on top of its voucher or payslip, nor the company under the RazorpayX heading. *settled*: a landlord's rent
  receipt pays the landlord under Landlord / Owner / Lessor at its foot (the receipt has no name on top), never M/s
  the company in "Received from"; the IMPS to a landlord pays the landlord under Beneficiary / Pay to. *settled*: a
  refund for a cancelled service pays the customer under Refund to / Customer / Refunded to / Beneficiary / Paid to
  (heldout137, heldout140), never the company on top of its voucher or e-mail, the gateway or the company under it.
  *settled*: a licence or registration fee to the agriculture department pays the department under Department /
  Payable to (Commissionerate of Agriculture, Maharashtra, Directorate of Agriculture, Uttar Pradesh ...), never the
  treasury portal on top (GRAS, e-Kosh, AP CFMS, eGRAS Assam), the Office line or the Remitter; a GST challan and a
  TDS challan name no payee (heldout137, heldout144).
* amount / currency: the sum this payment moved. A UPI screen's sum large; a transfer's Amount / Transfer Amount or
  sum large. *settled*: a payment advice's Net amount paid / Amount remitted / Net payment (the invoices less TDS u/s
  194C), never an invoice's sum or the Gross amount / Total invoice amount. *settled*: a surcharged slip's TOTAL AMT /
  TOTAL (heldout146), never the BASE AMT / BASE AMOUNT. *settled*: a household's receipt counts the Amount received /
  Total received / Total paid (the treatments with GST, less the Discount / Festive offer), never the Sub total or a
  treatment; an AMC receipt counts the Net amount received / Amount received / Received (the instalment less TDS u/s
  194C where deducted), or the Cheque amount / Amount (subject to realisation) on the dishonoured and the uncleared
  cheque, never the AMC value / Contract value or the Instalment due when TDS is deducted. *settled*: a monthly
  invoice counts the Net received / Amount received (net of TDS) where the hospital deducted TDS u/s 194C, else the
  Amount received / Received; a payment link its sum large (the invoice total). A supplier's Amount received /
  Received / Paid or Cheque received (PDC) (the rounded Total); an online order's Order total / Amount paid (items,
  GST and shipping). A fuel slip's AMOUNT / SALE AMT; a service invoice's NET AMOUNT / TOTAL (rounded), never TAXABLE.
  *settled*: wages count the net the technician was paid (Net paid / Amount paid / Net pay credited / Net pay, the
  sum large on RazorpayX and the bank app: wages, incentives and allowance less PF, ESI and advance), never the Basic
  wages or an incentive. *settled*: a rent receipt's Net amount received / Amount received (after TDS u/s 194-I(b)),
  never the Monthly rent. A Bharat Connect page's sum large on a phone, Bill amount in the browser. A subscription's
  Amount paid / Total charged / Total / Amount due or sum large. *settled*: a refund's Refund amount / Amount refunded
  or sum large (the Advance paid / Payment amount less the Visit / Inspection / Cancellation charge), never the sum
  first paid. A licence challan's Total / Total amount (fee and late fee); a GST challan's Total challan amount; a TDS
  challan's Amount (in Rs.). Currency INR everywhere but on two software pages. *settled*: Jobber's in US dollars
  ($ / US$ / USD): USD; ServiceM8's in Australian dollars (A$ / AU$ / AUD): AUD; Tax 0.00 and the reverse-charge note
  adding nothing.
* status: as printed (the words listed with each family above). *settled*: a payment advice's Status Paid / Processed
  / Remitted a success; a slip's PAYMENT PENDING (CONFIRM ON APP BEFORE CLOSING JOB / CHECK WITH CASHIER BEFORE
  LEAVING) pending; CHEQUE DISHONOURED - AMC SERVICES ON HOLD failed and CHEQUE RECEIVED - SUBJECT TO REALISATION
  pending (the cheque taken, not yet cleared); a supplier's PDC RECEIVED - PAYMENT ON CLEARANCE pending; Payment failed
  - order not placed failed; RazorpayX's Queued / Processing pending; Transfer failed - beneficiary account closed
  failed; Biller confirmation pending and Bill payment pending pending; Charge failed - card declined failed and
  Payment processing - awaiting bank confirmation pending; Refund in progress pending; a treasury challan's Success a
  success and Payment failed failed; Awaiting credit from RBI - NEFT / RTGS pending; a payslip's Credited a success.
* date: the day paid (a receipt's, invoice's, voucher's, bill's or slip's Date / Invoice date / Bill date / DATE / TXN
  DATE / DATE/TIME; Paid on, Payment date, Value date, Date & Time, Credited on, Processed at, Charged on, Refunded on,
  Processed on, Date of deposit; Attempted on, Created at and Initiated on on the failures and the waits).
  *settled*: the pending supplier bill's and AMC receipt's Date (the day the post-dated or uncleared cheque was taken)
  is its day, never the Cheque date / Chq. dt.; never an invoice's day in a payment advice or a remark, a Next service
  due / Follow-up visit on, an Expected delivery, a Contract period, a Next charge on, a Due date, a Bill month /
  Billing month, a Service month / For the month of, a Wage month / Pay period, a Billing period (even where it starts
  on the day paid), an Assessment Year or a Return period / Tax period.
* payment_method: UPI, card (a slip's card, a fleet card (HP DRIVETRACK PLUS, XTRAPOWER FLEET CARD), a card on a page,
  a refund to a card, a debit card on a challan), cash, cheque, "netbanking" for NEFT / RTGS / IMPS, net banking and a
  bank account debited (Current A/c <masked>), wallet for Paytm Wallet. *settled*: a slip's MODE: UPI - DYNAMIC QR /
  UPI QR is UPI; UPI AutoPay on a subscription is UPI; a payment advice's, a payslip's and a RazorpayX payout's NEFT /
  IMPS are "netbanking" (a RazorpayX payout by UPI is UPI); a GST challan's NEFT / RTGS mandate is "netbanking"; a
  supplier's Cheque received (PDC) names cheque; a refund's Source - card / UPI is its way.
* transaction_id: the highest family printed: UPI reference / UTR / RRN / IMPS reference / UPI RRN (a card refund's
  ARN), then a bank reference (Bank Ref No., Bank Ref. No., Bank Reference, Reference No., BRN; a B-Connect Txn ID /
  BBPS Ref No., heldout137), then a transaction / payment id (Transaction ID, Payment ID pay_... / ch_..., TXN..., an
  app's own id, a Payout ID pout_..., a Refund ID, a slip's QR TXN ID, a treasury challan's GRN / Challan No., a GST
  or TDS challan's CIN), then an approval code (APPR CODE / AUTH NO on a slip, Auth code), then an order's number (an
  online order's Order ID), then a document's own number (Invoice No. / Inv. No. / Bill No., Receipt No. / Rcpt. No. /
  No., Voucher No. / V. No. / Refund voucher No., Invoice # on a subscription, ROC / INVOICE / BILL NO / TXN NO on a
  slip, INVOICE NO on a service invoice, a GST challan's CPIN, a TDS challan's CRN; *settled*: a payment advice's
  Payment doc No. / Payment voucher No.). *settled*: never an invoice number in a payment advice, a remark or a link's
  Payment for / Purpose, the original Payment ID on a refund page, a slip's TC, a JOB CARD NO, a VEHICLE NO / REG NO,
  an Application No. or Licence No., a Head of account, a BSR Code or Challan Sr. No., a PAN or TAN, an Employee
  code, an Account ID / Customer ID, a Vendor code / Supplier code, a consumer, service or account number, a cheque
  number, MID, TID, BATCH, a card or mobile number, a UPI ID, GSTIN or IFSC.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout151_families import (
    amc_transfer,
    cancel_refund,
    chem_ppe,
    compose,
    field_card,
    fleet_fuel,
    govt_tax,
    home_upi,
    monthly_invoice,
    rent_power,
    service_receipt,
    software_subs,
    wages_incentives,
)

SPLIT = "heldout151"

FAMILIES: list[Family] = [
    ("home_upi", home_upi, SCREEN_FACES),
    ("amc_transfer", amc_transfer, SCREEN_FACES),
    ("field_card", field_card, SLIP_FACES),
    ("service_receipt", service_receipt, BILL_FACES),
    ("monthly_invoice", monthly_invoice, PAGE_FACES),
    ("chem_ppe", chem_ppe, PAPER_FACES),
    ("fleet_fuel", fleet_fuel, SLIP_FACES),
    ("wages_incentives", wages_incentives, PAGE_FACES),
    ("rent_power", rent_power, PAGE_FACES),
    ("software_subs", software_subs, SCREEN_FACES),
    ("cancel_refund", cancel_refund, PAGE_FACES),
    ("govt_tax", govt_tax, PAGE_FACES),
]


def make_heldout151_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout151 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
