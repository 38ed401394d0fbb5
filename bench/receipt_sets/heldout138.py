"""heldout138: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a cab and taxi fleet operator's day in 2026 (forty cars, some of them electric; an
operator in each of Pune, Lucknow, Visakhapatnam, Coimbatore, Nashik, Ranchi, Vadodara and Mangaluru, a trade name
and its registered company), told by the proofs of payment that pass through it: what riders, corporate clients and
an aggregator pay it (trips by UPI, a month's cab bill by NEFT / RTGS / IMPS, its own duty slips, a weekly payout),
and what it pays (fuel and CNG pumps, EV charging, FASTag recharges and tolls, vehicle loan EMIs, motor insurance,
drivers' salaries and incentives, riders' refunds of cancelled trips, service centres, traffic fines, road tax and
permits). One payment per page, no lists or threads.

* ``rider_upi``: a rider's UPI app paying the operator for an airport transfer, a local package or an outstation
  trip's advance (Paytm, BHIM, Navi, Google Pay, CRED, PhonePe, MobiKwik, Amazon Pay; dark on CRED and some others):
  heldout125's result screen, the operator (its company on some) under Paid to / To / Sent to (Paying to / Payment
  to on a failure or a wait), the app's own id on some, a note (Airport drop, Outstation advance, Taxi fare incl
  toll) on most; Payment Successful / Paid successfully / Transaction Successful / Money sent / Payment Failed /
  Transaction failed / Payment declined / Payment Pending / Payment processing / Transaction pending.
* ``corporate_neft``: a corporate client's corporate banking after an NEFT, RTGS or IMPS for a month's cab bill
  (ICICI Bank CIB, HDFC Bank ENet, Kotak FYN, Axis Bank iConnect, YONO Business, bob World Business, FedCorp, RBL
  Bank Corporate): heldout124's page, the operator under Payee Name / Vendor Name / Beneficiary, the account and
  IFSC, the mode, UTR / UTR No. / IMPS Ref No / RRN and the bank's Host Ref No. / Payment Ref No. / Transaction ID on
  some, the day, the debit account, Purpose / Remarks / Payment narration (Cab hire charges - monthly bill, "Inv
  SAH-1184 cab bill"), a maker and checker on some; Transaction Successful / Funds transferred successfully / <mode>
  transfer successful / Transaction Failed / Returned by beneficiary bank / <mode> transfer failed / Pending at
  beneficiary bank / <mode> under process / Transaction in process.
* ``trip_invoice``: the operator's DUTY SLIP CUM INVOICE / TRIP INVOICE / TAXI BILL - RECEIPT / TOUR INVOICE
  (paper): Invoice / Bill / Duty Slip No., Date / Bill Date / Invoice Dt., Guest / Passenger / Booked by (a rider or
  M/s a client), Vehicle / Car and its Reg. No., Driver / Chauffeur, Trip / Route / Duty type (an outstation round
  trip, a local 8 hrs / 80 km package, an airport transfer), Journey date / Trip started / Reporting date on some,
  Opening / Start and Closing / End km, n km x rate/km (min 250 km a day), Package, Extra km, Extra hr, Driver
  allowance, Night charges, GST @ 5% / CGST 2.5% + SGST 2.5%, Toll, Parking, Total / Bill amount / Grand Total, Less:
  Advance paid / received on some, Balance received / Amount received / Received, Balance payable / due, Amount
  payable / due, the amount in words on some, cash / UPI / card / NEFT and UPI Ref No. / UPI Txn Ref / UTR (UPI) /
  Auth Code / RRN / NEFT UTR; PAID / RECEIVED WITH THANKS / PAID - THANK YOU / <way> FAILED - BALANCE DUE / PAYMENT
  DUE (- BILL TO COMPANY) in a row and in the operator's rubber stamp.
* ``aggregator_payout``: an aggregator's weekly payout to the fleet (Uber, Ola Fleet, Rapido Cab, Savaari Partner,
  Gozo Cabs, MakeMyTrip Cabs; its fleet app, its e-mail or its partner portal in a browser): the aggregator on top,
  Weekly payout statement / Payout summary / Settlement advice - fleet partner, Paid / Payout sent / Payout failed
  / Payout on hold / Processing and the net payout large on the app, Fleet partner / Paid to / Beneficiary the
  operator, Partner ID / Fleet ID / Vendor code, Week / Payout period / Cycle, trips and cars active, Trip fares /
  Gross fare, Tolls & airport fees, Incentives / Quest bonus, Less: Commission / Service fee / Platform fee (n%),
  GST on it @ 18%, TDS u/s 194-O (0.1%), Cash collected by drivers / Cash trips, Net payout / Net amount settled /
  Amount payable, the bank account, NEFT / IMPS, Payout ID / Settlement ID, UTR, Paid on / Settled on / Payout date
  / Attempted on / Initiated on; Status: Paid / Settled / Payout failed - bank account inactive / Payout on hold -
  processing.
* ``fuel_slip``: a fuel or CNG pump's terminal slip for a fleet car (IndianOil, MNGL, HP, Bharat Petroleum, Green
  Gas, GAIL Gas; monospace): the brand, the outlet under it in capitals, its locality and town, TID, RECEIPT NO /
  BILL NO, DATE, TIME, NOZZLE NO / DU/NOZ, PRODUCT (CNG, DIESEL, PETROL), RATE(RS/KG) / RATE(RS/L), VOLUME,
  AMOUNT(RS) / AMOUNT / SALE AMT (a round preset or a full tank), VEH NO, the way: an oil company's fleet card
  (XTRAPOWER, SMARTFLEET, DRIVETRACK PLUS) with its CARD NO, TXN ID and BAL, a bank card with APPR CODE and RRN, UPI
  (DYNAMIC QR) with its RRN / UPI REF, MODE: CASH; TXN APPROVED / APPROVED / PAID - CASH / DECLINED (51-INSUFFICIENT
  FUNDS) / TXN PENDING (AWAITING UPI CONFIRMATION).
* ``ev_charging``: an EV charging network's receipt for a fleet car's session (Tata Power EZ Charge, Statiq,
  ChargeZone, Jio-bp pulse, Zeon Charging, GLIDA, Kazam, ElectreeFi; its app or its e-mail): the network on top,
  Charging session receipt / Session summary / Payment receipt, the outcome and the total large on the app, Station
  / Charging hub, Charger / Charge point (DC n kW CCS2 - Gun n), the car and its Reg. No., Session ID / Session No.,
  Start and End (hours), Duration, SoC, Energy delivered / consumed (kWh), Energy n kWh x rate, Idle fee, Service
  fee, GST @ 18%, Total / Total amount / Total paid / Amount paid, Paid via / Payment method (the app's wallet, UPI,
  UPI AutoPay, a card), Payment ID (pay_...) / Transaction ID (TXN...), UPI Ref No, Invoice No. on some, Paid on /
  Date / Attempted on / Initiated on; Payment successful / Paid / Payment failed (- low wallet balance) / Payment
  pending / Payment processing.
* ``fastag_toll``: the fleet's FASTag wallet recharge on its issuer's portal in a browser or its app (ICICI Bank,
  IDFC FIRST Bank, Airtel Payments Bank, Kotak Mahindra Bank, Axis Bank; five pages): the issuer on top, FASTag /
  FASTag - Corporate / Fleet / NETC FASTag, FASTag Recharge / Tag wallet top-up / Recharge receipt, Recharge
  successful / Recharge failed / Recharge pending / Recharge in process, Customer ID / Wallet ID, Account name /
  Fleet, Tags linked / Active tags or a car's Vehicle No. and Tag ID / Tag Serial No., Recharge amount / Amount,
  Paid using / Payment mode, Transaction ID / Txn ID, Bank Ref No / UPI Ref No, Recharged on / Date & Time /
  Attempted on / Initiated on, Available / Wallet balance. A toll plaza's printed ticket (three pages): NATIONAL
  HIGHWAYS AUTHORITY OF INDIA, the plaza, its highway and chainage, Operated by <concessionaire>, TOLL RECEIPT / TOLL
  TICKET / USER FEE RECEIPT, TICKET NO / RECEIPT NO, BOOTH / LANE, DATE & TIME / DT/TM, VEHICLE NO, CLASS:
  CAR/JEEP/VAN, JOURNEY: SINGLE, FEE with PAID BY FASTAG, TAG ID, FASTAG TXN ID / TXN ID and AMOUNT, or APPLICABLE
  FEE, NO VALID FASTAG - 2 X FEE IN CASH / 1.25 X FEE BY UPI, FEE PAID, PAID BY: CASH / UPI with UPI RRN; STATUS:
  PAID.
* ``vehicle_emi``: a vehicle financier's receipt for a fleet car's loan EMI (Mahindra Finance, Shriram Finance,
  Cholamandalam, Sundaram Finance, Kotak Mahindra Prime, AU Small Finance Bank, Hinduja Leyland Finance, IndusInd
  Bank): its SMS ("Dear Customer, we have received your EMI of Rs.21,360.00 for Loan A/c XXXX7650 (MH12 AB 4186) on
  10May26 through NACH. Ref No JXB161611227. Thank you. -Mahindra Finance", or "... by NEFT UTR ..."; heldout106's
  messages screen), its branch's RECEIPT CUM ACKNOWLEDGEMENT / EMI COLLECTION RECEIPT (paper), its app (Instalment
  receipt / EMI payment / Repayment receipt, the outcome and the sum large) or its e-mail: the lender on top,
  Receipt No. / Receipt Number, Loan Agreement No. / Contract No. / Loan A/c No., Hirer / Borrower / Customer the
  operator's company, Asset / Vehicle and Reg. No., Instalment No. n of 48, EMI / Instalment amount, Additional
  finance charges / Cheque/NACH bounce charges and Total collected / received on some, cash / UPI / NACH / e-NACH
  auto-debit / NEFT, UMRN, NACH Ref No. / Debit Ref / UPI Ref No. / NEFT UTR, Collection executive / Collected by on
  cash, Received on / Collected on / Paid on / Attempted on / Presented on / Initiated on, Future principal /
  Principal outstanding, Next instalment due / Next EMI on; Status: EMI RECEIVED / Received with thanks / Payment
  failed / UPI payment failed / NACH presented - awaiting clearance.
* ``motor_insurance``: an insurer's premium receipt for a taxi's Commercial Vehicle Package Policy (Go Digit, ICICI
  Lombard, New India Assurance, United India, Tata AIG, Bajaj Allianz, SBI General, Royal Sundaram; its PDF on
  paper, its e-mail or its portal in a browser): the insurer on top with its IRDAI Reg. No., PREMIUM RECEIPT /
  Payment acknowledgement / Receipt cum policy schedule, Receipt No. / Premium Receipt No., Policy No. / Proposal
  No., Insured / Proposer / Insured name the operator's company, Vehicle (its fuel), Reg. No., Class (Taxi 4+1),
  Period of insurance / Cover period, IDV / Insured declared value, Own damage and Third party premium (incl. 4
  passengers), LL to paid driver, Zero depreciation / Nil dep, Roadside assistance, Net premium / Total premium
  (before tax), GST @ 18% / IGST 18%, Total premium / Premium paid / Amount (rounded to the rupee), net banking /
  UPI / card, Transaction ID / Payment ID, Bank Ref No / Bank Reference / UPI Ref No / Auth Code, Date of receipt /
  Paid on / Payment date / Attempted on / Initiated on; Premium received / Payment successful / Payment failed -
  policy not issued / Payment pending - policy on realisation.
* ``fleet_payout``: the operator's payout from its business account (RazorpayX, Cashfree Payouts, Open, PayU
  Payouts; the dashboard in a browser or its app) to a driver (a month's salary, a week's incentive) or to a rider
  (a cancelled trip's refund): the platform on top and the operator's company and current account under it,
  Payout details / Transfer details / Payout summary, Processed / Payout processed / Success / Reversed / Failed -
  invalid account / Failed - beneficiary bank declined / Queued / Processing / Pending, the sum large, Beneficiary /
  Contact / Payee the driver or the rider, Fund account / Bank account / UPI ID, Mode (IMPS, NEFT, UPI), Purpose,
  Booking ID / Trip ID and Reason on a refund, the heads (Fixed pay / Basic salary, Trip incentive (n trips), Night
  allowance, Less: Advance recovered, Less: Traffic challan recovered; Weekly incentive, Rating bonus; Advance paid
  / Amount paid at booking, Less: Cancellation charge), Net pay / Total incentive / Refund amount, Payout ID
  (pout_..., OPN...) / Transfer ID / CF Transfer ID, UTR / Bank Ref (UTR), Processed on / at, Reversed on / Failed
  on, Created on / Initiated on, Narration / Note.
* ``service_bill``: an authorised service centre's workshop invoice for a fleet car (a Maruti Suzuki, Hyundai,
  Toyota, Tata Motors EV or MG dealer; paper, monospace on some): the dealer on top with its brand line, TAX INVOICE
  - SERVICE / WORKSHOP INVOICE / SERVICE INVOICE CUM RECEIPT, Invoice / Bill No., Invoice / Bill Date, RO / Job Card
  No., Customer / Billed to M/s the operator, Reg. / Vehicle No., Model, VIN, Odometer / Km reading, Service / Repair
  type (Paid service, Running repair, Periodic maintenance, Accidental repair), the parts (x n on some) and labour,
  Denting & painting on an accident, Parts total / Spares, Labour total / Labour, CGST and SGST @ 9%, Invoice total
  / Total (rounded) / Grand total, Less: Payable by insurer / Insurance claim (cashless) on an accident, Amount
  received / Customer paid, Amount / Customer payable, the amount in words on some, card / UPI / NEFT / cash with
  Auth Code / RRN / UPI Ref No. / UPI Txn Ref / UTR (UPI) / NEFT UTR / UTR No. / Bank UTR, Next service due (km or a
  day); PAID / RECEIVED WITH THANKS / CARD DECLINED - VEHICLE ON HOLD / PAYMENT FAILED - VEHICLE ON HOLD / PAYMENT
  PENDING - FLEET CREDIT.
* ``transport_challan``: a fleet car's traffic e-challan paid online (the e-Challan portal's e-Challan Payment
  Receipt / Payment Receipt, in a browser or printed) or the transport department's road-tax or permit receipt
  (Vahan 4.0's Tax Receipt / e-Receipt - Tax / Fee Receipt - Permit / e-Receipt - Permit Fee): the portal on top
  (e-Challan - Digital Traffic/Transport Enforcement Solution; Vahan 4.0 - Citizen Services - Ministry of Road
  Transport & Highways), the city's traffic police or the state's transport department under it, the outcome on a
  browser, Receipt No. / Receipt Number, Registration / Vehicle No., Challan No., Owner name / Registered owner (the
  operator's company) or Violator / Driver name (its driver), Challan / Offence date, Place / Location, the offences
  (Over speeding (Sec 183), Jumping red signal (Sec 184), No parking (Sec 177) ...) with their fines; or Owner, Vehicle
  class (Motor Cab (LPV)), Tax mode / type, Tax from - upto / Tax period, Motor vehicle tax, Penalty (late payment),
  Permit (All India Tourist Permit, Contract carriage permit), Permit valid upto / Valid till, Permit fee,
  Authorisation fee, Service charge; Total amount / Total / Amount paid, UPI / net banking / card, Transaction ID /
  Txn ID / GRN, UPI Ref No / Bank Ref No / Auth Code, Payment date / Paid on / Attempted on / Initiated on; Payment
  Successful / Success / Paid / Challan disposed - paid / Payment Failed / Payment failed / Payment pending -
  verification with bank.

Outcomes: six successes, a failed and a pending page in every family (the toll tickets are all paid: fastag_toll's
failure and wait are recharges). Absent fields: each family leaves out the id on one page (no UTR, UPI reference,
RRN, IMPS reference, approval or auth code, bank, host, payment, NACH or debit reference, payment, transaction,
payout, transfer, settlement or fleet-card txn id, GRN, app's own id, invoice, bill, duty slip, receipt, premium
receipt or ticket number; registration numbers, challan, session, booking and trip ids, job card / RO numbers,
policy and proposal numbers, loan agreement, contract and loan account numbers, UMRN, partner and fleet ids, vendor
codes, customer and wallet ids, tag ids and serials, VIN, TID, card numbers, GSTIN, IFSC and account numbers stay)
and the day on one (no date anywhere: no journey, payout week, session, policy period, offence, tax period, permit
validity, next EMI or next service day either, no financial year in a number, no RTGS UTR (it carries the day), no
app id that carries one; an e-mail's hour, a slip's TIME and a session's Start and End at most). Sums: ₹ (faces
that draw it), Rs., Rs, INR, /- on counter paper, none on the slips and tickets; lakh grouping on most, western and
plain on some. Days: dd/mm/yyyy, dd-Mon-yyyy, d Month yyyy, dd.mm.yyyy, Mon dd, yyyy, dd-mm-yyyy, dd Mon yy and
yyyy/mm/dd on paper, heldout121's PATS with an hour on screens and browsers (without one on a charging receipt),
DD/MM/YYYY, DD-MM-YY, DDMONYYYY and YYYY-MM-DD on fuel slips, DD/MM/YYYY, DD-MM-YYYY and DD-MON-YY with the time on
toll tickets, dd-mm-yy, dd/mm/yyyy, ddMonyy and dd-Mon-yyyy in an SMS. Faces: heldout119's lists (SLIP_FACES for the
fuel slips, SCREEN_FACES and two monospace faces for the FASTag and toll pages, BILL_FACES for the duty slip,
PAPER_FACES for the workshop invoice, PAGE_FACES for the lender's, the insurer's and the transport pages,
SCREEN_FACES for the rest). Frames: heldout121's ``compose`` (heldout129's rubber stamp on the duty slip, heldout106's
messages screen for the SMS). Seeds ``heldout138-<i>``.

Truth conventions (README "Receipt fields", as heldout134 quotes them; *settled* where this set chose):

* merchant_name: the one paid, as printed: the operator (its company on some) on riders' UPI screens (Paid to / To
  / Sent to) and corporate clients' transfers (Payee Name / Vendor Name / Beneficiary), on top of its own duty
  slip; the lender on top of its EMI receipt and the insurer on top of its premium receipt (never the operator's
  company under Hirer / Borrower / Insured / Proposer); the dealer on top of its workshop invoice (never M/s the
  operator under Customer, nor the brand's line under the name, nor the insurer paying a claim's share). Never a
  bank, app, terminal maker, gateway, portal or the payer. *settled*: an aggregator's payout pays the operator: the
  payee is the operator under Fleet partner / Paid to / Beneficiary, never the aggregator on top. *settled*: a fuel
  or CNG slip's payee is the outlet printed under the brand (never the oil or gas company's name on top, nor the
  fleet card programme; heldout128). *settled*: a charging receipt's payee is the charging network on top, whose
  charger it is (never the station's hub name, the UPI app or the card). *settled*: a FASTag recharge pays the tag's
  issuer, the bank on top of its own FASTag page (the tag's prepaid wallet is its; heldout125, heldout128); a toll
  ticket's payee is the plaza on top (never NHAI above it nor the concessionaire under Operated by; heldout128).
  *settled*: an EMI SMS names its lender in its signature ("-Mahindra Finance"). *settled*: a payout platform's page
  pays the driver or the rider under Beneficiary / Contact / Payee, never the platform on top nor the operator's
  company and account under it (the payer). *settled*: an e-challan's payee is the city's traffic police printed
  under the portal's name, a tax or permit receipt's the state's transport department under Vahan 4.0; never the
  portal (e-Challan, Vahan 4.0, the Ministry), the gateway or the bank.
* amount / currency: the sum this payment moved, INR everywhere. *settled*: a paid duty slip's Balance received /
  Amount received / Received (after the advance where one is deducted; never the Total / Bill amount / Grand Total
  then, nor a fare, allowance, toll or GST line); an unpaid one's Balance payable / due or Amount payable / due
  (what was tried or is due; heldout120). An aggregator's Net payout / Net amount settled / Amount payable (after
  commission, GST on it, TDS and the cash its drivers collected), never the gross fares. A fuel slip's AMOUNT (never
  the rate, the volume or the fleet card's BAL). A charging receipt's Total with GST (never the energy charges or
  the kWh). A recharge's amount (never the balance after it); a toll ticket's AMOUNT or FEE PAID (twice the fee in
  cash, 1.25 times by UPI), never the APPLICABLE FEE. An EMI receipt's EMI, or its Total collected / received where
  charges are added (never the principal outstanding). A premium receipt's Total premium / Premium paid / Amount
  with GST, rounded to the rupee as printed (never the net premium, a head or the IDV). A payout's Net pay / Total
  incentive / Refund amount, the large sum (never a head or the advance paid at booking). *settled*: a workshop
  invoice's Amount received / Customer paid, the customer's share after an accident's claim (never the Invoice
  total where the insurer's share is deducted); a declined or credit one's Amount / Customer payable. A challan's or
  a tax or permit receipt's Total amount / Total / Amount paid (the fines or the tax with its penalty summed).
* status: as printed (the words listed with each family above). *settled*: a duty slip's PAYMENT DUE (- BILL TO
  COMPANY) is pending (the trip billed, nothing paid yet; heldout120's PAYMENT DUE) and <way> FAILED - BALANCE DUE
  failed; a workshop's PAYMENT PENDING - FLEET CREDIT is pending; an aggregator's Payout on hold / Processing is
  pending; a payout Queued / Processing / Pending is pending and a Reversed one failed; a NACH debit presented and
  not yet cleared is pending; a recharge in process is pending; a toll ticket's STATUS: PAID is a success; a fuel
  slip's PAID - CASH a success.
* date: the day paid (a duty slip's, invoice's, slip's, ticket's Date / Bill Date / Invoice Dt. / Invoice Date /
  DATE / DATE & TIME / DT/TM; Paid on, Settled on, Payout date, Transaction Date, Value Date, Transferred on,
  Recharged on, Received on, Collected on, Date of receipt, Payment date, Processed on / at; Attempted on, Failed on,
  Reversed on, Returned on, Initiated on, Created on, Presented on on the failures and the waits; the day an SMS
  says the EMI was received). *settled*: an unpaid duty slip's or workshop invoice's day is its bill date.
  *settled*: a payout's Created on / Initiated on is its day while it waits, its Reversed on / Failed on when it
  failed. Never a Journey date / Trip started / Reporting date, a Week / Payout period / Cycle, a session's Start /
  End (hours), a Period of insurance / Cover period, a Challan / Offence date, a Tax period / Tax from - upto, a
  Permit valid upto / Valid till, a Next instalment due / Next EMI on, a Next service due, an e-mail's hour or an
  SMS's day divider alone.
* payment_method: UPI, card (a slip's card, a card on a page), cash, "netbanking" for NEFT / RTGS / IMPS and Net
  Banking, wallet for a wallet. *settled*: an oil company's fleet card (XTRAPOWER, SMARTFLEET, DRIVETRACK PLUS) is
  "wallet" (a prepaid account with the oil company; heldout128); a toll PAID BY FASTAG is "wallet" (the tag's
  prepaid balance; heldout110); a charging app's wallet is "wallet" and its UPI AutoPay "UPI"; an aggregator's NEFT /
  IMPS payout and a payout platform's IMPS / NEFT are "netbanking", its UPI payout "UPI"; a NACH / e-NACH debit is
  "netbanking"; an EMI SMS's NACH or NEFT is "netbanking"; a due duty slip and a workshop's fleet credit name no way.
* transaction_id: the highest family printed: UPI reference / UTR / RRN / IMPS reference / UPI RRN, then a bank
  reference (Bank Ref No, Bank Reference, Host Ref No., Payment Ref No.; *settled*: a NACH debit's NACH Ref No. /
  Debit Ref and an EMI SMS's Ref No), then a transaction / payment / payout id (Transaction ID, Txn ID, Payment ID,
  pay_..., TXN..., an app's own Transaction ID, Payout ID, pout_..., OPN..., Transfer ID / CF Transfer ID,
  Settlement ID; *settled*: a fleet card's TXN ID on a fuel slip, a FASTAG TXN ID on a toll ticket, a treasury's GRN
  on a tax receipt), then an approval code (Auth Code, Approval Code, APPR CODE), then an order's number (Paytm's
  Order ID; heldout125), then a document's own number (Invoice / Bill / Duty Slip No., RECEIPT NO / BILL NO, TICKET NO, Receipt No. / Receipt
  Number, Premium Receipt No.). *settled*: never a Challan No. (the offence notice's number, not the payment's), a
  Session ID / Session No. (the charging session's), a Booking ID / Trip ID (the cancelled trip's), a Job Card / RO
  No., a Policy / Proposal No., a Loan Agreement / Contract / Loan A/c No., a UMRN, a Partner / Fleet ID / Vendor
  code, a Customer / Wallet ID, a Tag ID / Tag Serial No., a VIN, a registration number, an invoice number written
  inside a transfer's remark, TID, a card, account or mobile number, GSTIN or IFSC.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout138_families import (
    aggregator_payout,
    compose,
    corporate_neft,
    ev_charging,
    fastag_toll,
    fleet_payout,
    fuel_slip,
    motor_insurance,
    rider_upi,
    service_bill,
    transport_challan,
    trip_invoice,
    vehicle_emi,
)

SPLIT = "heldout138"

FAMILIES: list[Family] = [
    ("rider_upi", rider_upi, SCREEN_FACES),
    ("corporate_neft", corporate_neft, SCREEN_FACES),
    ("trip_invoice", trip_invoice, BILL_FACES),
    ("aggregator_payout", aggregator_payout, SCREEN_FACES),
    ("fuel_slip", fuel_slip, SLIP_FACES),
    ("ev_charging", ev_charging, SCREEN_FACES),
    ("fastag_toll", fastag_toll, SCREEN_FACES + SLIP_FACES[:2]),
    ("vehicle_emi", vehicle_emi, PAGE_FACES),
    ("motor_insurance", motor_insurance, PAGE_FACES),
    ("fleet_payout", fleet_payout, SCREEN_FACES),
    ("service_bill", service_bill, PAPER_FACES),
    ("transport_challan", transport_challan, PAGE_FACES),
]


def make_heldout138_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout138 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
