"""heldout165: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a tyre, battery and roadside-assistance dealer's day in 2026 (Pathik Tyres & Batteries,
an outlet with a 24x7 roadside van in each of Hubballi, Nashik, Siliguri, Rajkot, Tiruchirappalli, Ranchi, Jalandhar
and Kozhikode; Pathik Auto Care LLP runs five of them and Pathik Roadside Services Pvt Ltd the Siliguri, Ranchi and
Kozhikode outlets), told by the proofs of payment it receives (motorists' UPI and its own business apps, its
counters' card slips with a bank EMI on four tyres, stranded motorists' payment links for roadside call-outs, its own
invoices, exchange bills, cash memos, pro-rata warranty bills and advances, fleet owners' payments of their credit
accounts, the makers' warranty and scheme settlements, roadside-assistance providers' and insurers' payouts, scrap
battery buyers' payments) and those it makes (the tyre and battery makers' dealer portals, tow truck partners'
vouchers and payouts, FASTag tolls and fuel for the service vans, rent, power through Bharat Connect, GST, TDS and a
trade licence). One payment per page.

* ``motorist_upi``: five of a motorist's UPI app paying an outlet (Google Pay, PhonePe, Paytm, BHIM, CRED; dark on
  some): heldout125's result screen, the outlet (Pathik Tyres & Batteries, the same with - <town>, or the firm; in
  capitals on some) under Paid to / To / Sent to (To / Paying to / Payment to on the failure and the wait), its
  handle, the app's own id on some, a Note / Message / Remarks (Puncture + nitrogen, 2 tyres KA25AB1234); and three
  of the outlet's own business app (PhonePe Business, Paytm for Business, BharatPe: Payment received / Money received
  / Received successfully, the sum large, Received from / From the motorist in capitals and a handle, Received in /
  Business / Credited to the outlet, Mode UPI - QR / UPI (Soundbox) / UPI - counter QR, UPI Ref No. / RRN / UPI RRN
  and Txn ID / Order ID on some, Received on / Date & time, Settles to / Settlement A/c, Settlement expected another
  day on some).
* ``counter_card``: the counter's card terminal slip (Pine Labs, HDFC Bank, Mswipe, ICICI Bank, Paytm, Worldline,
  Axis Bank, Razorpay POS; monospace): the maker on top on some, the outlet in capitals (trade name, trade name with
  town, or the firm), road and town, SALE / CARD SALE / EMI SALE / UPI SALE, DT:<day>  TM:<hour> or DATE: and TIME:,
  MID: / MERCHANT ID:, TID:, BATCH: / BATCH NO:, INV NO: / BILL NO:, ITEM: (TYRE 185/65 R15 X4, BATTERY 12V 45AH),
  VEH NO: on some, CARD NO:, CARD TYPE:, ENTRY: CHIP / CONTACTLESS / SWIPE, APPR CODE: / AUTH CODE:, RRN: / REF NO:,
  or MODE: UPI - BHARAT QR with PAYER VPA: and QR TXN ID:; the EMI slip's ISSUER:, TENURE:, ROI:, TXN AMOUNT:,
  MONTHLY EMI:, TOTAL WITH INTEREST:; AMOUNT: / SALE AMT: / TOTAL: on the rest (INR, RS, Rs. or none; western
  grouping or plain); APPROVED / TXN SUCCESSFUL / DECLINED with RESP CODE: 51 INSUFFICIENT FUNDS (55, 05, 54) / UPI
  TXN PENDING with CHECK STATUS BEFORE RELEASING VEHICLE; SIGN ____ on the swiped slip.
* ``roadside_links``: a stranded motorist paying an outlet's roadside van by a payment link (Razorpay, PayU, Cashfree
  Payments, Instamojo, Paytm, CCAvenue, Easebuzz, PhonePe PG; in a browser): the outlet on top (capitals on some) with
  "24x7 roadside assistance - <town>", Payment successful / Paid / Thank you! Payment received / Payment failed /
  Transaction declined by bank / Payment could not be completed / Payment pending / Payment under processing /
  Awaiting confirmation from bank, the sum large, Service / Purpose (Jump start at site, Towing to workshop), Ticket
  No. / Job card No. (RSA-HBL-41277), Vehicle No., Customer / Paid by, the breakdown (Call-out charge or Towing
  (first 10 km), Extra km n x rate, GST @ 18% on service, Amaron 12V 35Ah (incl. GST) or a tube), Total / Amount
  payable, Payment method / Paid using (UPI or a card), Payment ID / Transaction ID / CCAvenue's Tracking ID, UPI Ref
  No. / Bank Ref No. / RRN or Auth code / Approval code, Paid on / Transaction date / Failed on / Initiated on, the
  gateway's footer.
* ``shop_invoice``: the outlet's own paper (serif; the outlet on top, its line, address, GSTIN and phone): a TAX
  INVOICE CUM RECEIPT / TAX INVOICE for tyres (Apollo Amazer 4G Life 165/80 R14 (HSN 4011) n x rate, Alignment +
  balancing (SAC 9987) on some, Taxable value, CGST @ 9%, SGST @ 9%, Round off, Invoice total), a BATTERY SALE - EXCHANGE BILL /
  TAX INVOICE - BATTERY (EXCHANGE) (the battery (HSN 8507), Taxable value, CGST 9% + SGST 9%, Round off, Battery price, Less:
  Old battery exchange / Less: Buy-back (old battery), Net payable, Warranty), a CASH MEMO / SERVICE BILL (Wheel
  alignment (3D), Nitrogen filling, Total (incl. GST)), a WARRANTY REPLACEMENT - PRO-RATA BILL (Replacement battery,
  Battery price (MRP), Warranty used n of 48 months, Old battery serial, Pro-rata charge payable) and an ADVANCE
  RECEIPT - TYRES ON ORDER (Order 4 x <tyre>, Estimated value / Order value (approx.), Cheque amount, Cheque No. /
  Chq. No., Drawn on): Invoice No. / Bill No. / Receipt No. / No., Date / Dated / Inv. date, Customer / Name, Vehicle
  No. / Veh. Regn., Odometer on some, Amount received / Received / Advance received / Cheque amount or Amount due with
  Payment attempted UPI - declined by payer's bank, the sum in words, Mode / Paid by and its UPI Ref No. / UPI Txn
  Ref / UPI RRN, NEFT UTR / UTR No. / UTR or Auth Code and RRN; PAID / RECEIVED WITH THANKS / UPI PAYMENT FAILED -
  BALANCE DUE / CHEQUE RECEIVED - SUBJECT TO REALISATION in a row and in the rubber stamp (COUNTER / ACCOUNTS).
* ``fleet_credit``: fleet owners paying their credit accounts: the outlet's PAYMENT RECEIPT - CREDIT ACCOUNT /
  RECEIPT - FLEET ACCOUNT (paper: Receipt No. / Rcpt. No., Date, Received from M/s <fleet>, Account code, Bills
  adjusted (the outlet's invoice numbers with their days), Total of bills, Less: TDS u/s 194Q @ 0.1% on some, Amount
  received or Cheque amount, the sum in words, Balance outstanding, Mode NEFT / RTGS / UPI and its reference or Cheque
  No. and Drawn on; RECEIVED WITH THANKS / PAYMENT RECEIVED / CHEQUE RECEIVED - SUBJECT TO REALISATION and the
  stamp), the fleet's e-mailed Payment advice / Remittance advice (the fleet on top, Vendor / Beneficiary / Payee name
  the outlet, Vendor code, Invoices paid, Gross amount, Less: TDS u/s 194Q @ 0.1%, Net amount paid, Payment mode NEFT
  / RTGS, Credited to, UTR / UTR No. or Bank Ref No., Payment doc No., Payment date / Value date, Status Paid /
  Processed) and its bank's transfer (HDFC Bank NetBanking's RTGS and Federal Bank FedNet's NEFT in a browser, Canara
  ai1's IMPS on a phone; heldout124's page, the outlet under Beneficiary / Payee / Beneficiary name, UTR / UTR No. /
  UTR Number / IMPS Ref No / RRN and Reference No. / Transaction ID on some, Remarks / Narration, Debit account name
  on the web pages; Transaction Successful / Funds transferred successfully / <mode> transfer successful /
  Transaction Failed / Returned by beneficiary bank / <mode> transfer failed).
* ``maker_portal``: five of the outlet paying a maker for stock (Apollo Dealer Connect, JK Tyre Dealer Portal and
  Exide's EDMS in a browser, Amara Raja's and MRF's e-mailed receipts: the maker on top (Apollo Tyres Ltd, Amara Raja
  Energy & Mobility Ltd, JK Tyre & Industries Ltd, Exide Industries Ltd, MRF Ltd) and its line, Dealer payment -
  acknowledgement / Collection receipt, Payment successful / Payment received / Credited to dealer account / Payment
  failed - debit not confirmed / Payment returned by bank / Payment initiated - awaiting bank confirmation / Under
  reconciliation, Dealer (the firm or the outlet), Dealer code, Virtual A/c No. on some, Invoices paid (the maker's
  invoice numbers and products), Invoice value, Less: Cash discount (n%), Amount paid / Amount received, Mode NEFT /
  RTGS / Net banking - <bank>, Payment ref / Collection ID, UTR or Bank Ref No., Paid on / Received on / Failed on /
  Initiated on, Status on the mails) and three makers' claim settlements to the outlet (CEAT's e-mail, Amaron's
  partner portal, Apollo's printed letter with "To, The Proprietor / Partner, Pathik Tyres & Batteries, <town>": the
  maker on top, Claim settlement advice / Credit advice - claims & schemes, Dealer / Paid to / Beneficiary the outlet,
  Dealer code, Claim period / Period, the claims (CLM<n>  SN <serial>), Warranty claims, Scheme incentive (Q4 volume)
  and Less: TDS u/s 194H @ 2% on some, Net amount paid / Amount credited, Mode NEFT, Bank account, Settlement No., UTR,
  Credited on / Paid on / Returned on / Scheduled for, Status Paid / Credited / Returned - account closed / Approved -
  in next payment run).
* ``rsa_payouts``: roadside-assistance providers and motor insurers paying an outlet for the cases its vans attended
  (Europ Assistance India's, Global Assure's and Roadzen's e-mails, TVS Auto Assist's, Allianz Partners India's and
  Bajaj General Insurance's vendor portals in a browser, ICICI Lombard's and Tata AIG's printed letters): the payer on
  top and its line, Vendor payout advice / Remittance advice, Service partner / Vendor / Payee the outlet, Vendor
  code, Billing period, the cases (Jump start n x rate, Towing up to 25 km, Extra km (towing)), Sub total, GST @ 18%,
  Invoice value, Less: TDS u/s 194C @ 2% (on the sub total), Net payable / Net amount paid, Mode NEFT, Bank account,
  IFSC, Payment batch No. / Payment document No., UTR / UTR No., Paid on / Value date / Returned on / Scheduled for,
  Status (the outcome line on the portals); Paid / Processed / Payment returned - IFSC invalid / Approved - in next
  payment run.
* ``tow_payouts``: the outlets paying their tow truck partners: the outlet's TOW PARTNER PAYMENT VOUCHER / DEBIT
  VOUCHER (paper: the outlet or firm on top, Voucher No. / V. No., Date, Paid to the partner (Sri Siddharoodha Towing
  Services, in capitals on some), PAN, the tows (RSA-<outlet>-<n>  base + km x rate), Total, Less: TDS u/s 194C @ 1%,
  Net paid, the sum in words, Mode Cash / UPI / NEFT and its reference, PAID, Receiver's signature), RazorpayX
  payouts in a browser (RazorpayX, Payouts > Payout details, Payout processed / Processed / Payout reversed / Payout
  processing / Queued - processing, the sum large, Beneficiary / Contact the partner, Fund account, Mode IMPS / NEFT,
  Purpose, Narration, Payout ID, UTR, Processed on / Reversed on / Initiated on, Debited from) and two business
  banking transfers (ICICI Bank InstaBIZ on a phone, Axis Bank neo for business in a browser; heldout124's page, the
  partner under Beneficiary / Payee / Beneficiary name; Transaction in process / <mode> under process / Pending at
  beneficiary bank on the wait).
* ``van_running``: the service vans' tolls and fuel: four FASTag alerts by SMS from the tag's issuer ("Rs.125.00
  deducted from your ICICI Bank FASTag for vehicle KA25AB1234 at HATTARGI TOLL PLAZA on 12-06-2026 14:22. Txn ID
  <id>. Avl bal Rs.<n>.", "Toll of INR 95.00 paid at <PLAZA> on <day> from <issuer> FASTag (<van>). Txn ID <id>.
  Balance INR <n>.", "Toll txn of Rs.<fee> for vehicle <van> at <PLAZA> on <day> declined due to low balance in your
  <issuer> FASTag. Txn ID <id>. Recharge now to avoid double toll.") and four fuel pumps' printed slips (<OIL> -
  WELCOMES YOU, the pump's dealer (Sri Durga Fuels, in capitals on some), the town, BILL / CASH MEMO / RECEIPT, BILL
  NO: / RECEIPT NO:, DATE:, TIME:, NOZZLE NO:, PRODUCT: DIESEL / PETROL, DENSITY:, RATE (RS/L):, VOLUME (L):, AMOUNT
  (RS):, VEHICLE NO:, MODE: UPI / CASH / XTRAPOWER FLEET CARD / HP DRIVETRACK PLUS / SMARTFLEET with CARD NO: and TXN
  ID:, UPI RRN: / RRN:; THANK YOU. VISIT AGAIN / PAID - THANK YOU / UPI PENDING with CONFIRM CREDIT WITH CASHIER).
* ``scrap_battery``: used lead-acid batteries sold to registered recyclers: the outlet's TAX INVOICE - SCRAP
  BATTERIES / INVOICE CUM RECEIPT (paper: the outlet on top, Invoice No. / Inv. No., Date, Buyer M/s <recycler>, EPR
  regn., Used lead-acid batteries (HSN 8548) n kg x rate, Taxable value, CGST @ 9%, SGST @ 9%, TCS u/s 206C(1) @ 1%,
  Invoice total, Amount received or Amount due, Mode and its reference; RECEIVED WITH THANKS / PAID / PAYMENT AWAITED
  - MATERIAL RELEASED ON CREDIT), the recycler's e-mailed Supplier payment advice / Payment advice (Gravita India Ltd,
  Teesta Metal Recyclers, Pondy Oxides & Chemicals Ltd, Kerala Enviro Recyclers on top: Supplier / Paid to the
  outlet, Supplier code, Weighbridge gross / tare, the same lines, Total, Amount paid, Mode, Payment ref / Payment
  ID, UTR, Payment date /
  Returned on, Status Paid / Returned with "Payment returned - beneficiary account name mismatch") and the
  recycler's PURCHASE VOUCHER - USED BATTERIES at its collection centre (the recycler on top, Voucher No., Date,
  Supplier the outlet, the lines without TCS, Total, Amount paid, Cash or UPI).
* ``rent_power``: four outlets' electricity on Bharat Connect in an app (Google Pay for HESCOM, PhonePe for PGVCL,
  Paytm for JBVNL, Amazon Pay for KSEB: Bharat Connect - Electricity, Bill paid to biller / Electricity bill payment
  successful / Bill payment failed / Payment declined by bank / Awaiting biller confirmation / Bill payment in process,
  the sum large, Biller / Paid to / Electricity board the board (short or long name), Account ID / Consumer No.,
  Consumer name (the firm), Bill date, Due date, Bill amount, Paid using UPI, Bharat Connect Ref. No. / B-Connect Txn
  ID, UPI Ref No., Paid on / Transaction date / Failed on / Initiated on), two landlords' RENT RECEIPT (Receipt No.,
  Date, "Received with thanks from M/s <firm> (Pathik Tyres & Batteries) the rent of the shop and yard at <road>,
  <town> for <month>.", Monthly rent, Less: TDS u/s 194-I(b) @ 10% over Rs 50,000, Amount received, the sum in words,
  Paid by / Mode NEFT / UPI and its reference, RECEIVED WITH THANKS / RENT RECEIVED, Landlord / Owner (Shri on some),
  PAN, [ Revenue stamp ]) and two bank SMS alerts of the rent's NEFT ("INR 45,000.00 debited from A/c XX1234 on
  05-06-26 towards NEFT to <LANDLORD>. UTR <utr>. Avl Bal INR <n>.", "Dear Customer, Rs.45000.00 has been debited from
  your a/c XX1234 on <day> for NEFT to <LANDLORD> (Ref <utr>). -SBI").
* ``gst_tax``: four GST PMT-06 receipts on the GST portal (Goods and Services Tax, Payment Receipt (Form GST PMT-06),
  Payment successful / Paid / Payment failed / Awaiting bank confirmation, GSTIN, Legal name, IGST, CGST, SGST,
  Interest on some, Total challan amount / Total amount, CPIN, Mode of payment E-Payment - net banking / NEFT/RTGS,
  Bank, CIN and BRN on the paid ones, Payment date / Date of deposit / Attempted on / Initiated on), three TDS
  challans on the e-Filing portal (e-Pay Tax - Challan Receipt (ITNS 281), TAN, Name of deductor, Assessment Year,
  Nature of Payment (194C, 194H), Amount (in Rs.) and in words, CRN, Payment mode Net Banking, Bank, BSR Code,
  Challan No., CIN, Date of deposit) and Rajkot Municipal Corporation's trade licence renewal receipt (the corporation
  on top, Trade licence - online renewal, Payment receipt, Payment successful / Paid, Name of establishment, Trade
  licence No., Trade, Licence fee, Advertisement board fee, Total / Amount paid, Payment mode UPI, Receipt No.,
  Transaction ID, Payment date).

Outcomes: a failed and a pending page in every family but ``fleet_credit`` (a failed transfer and a cheque subject to
realisation) and ``tow_payouts`` (a reversed payout and a transfer in process), which have them too, and ``gst_tax``
(a failed and a pending GST payment); one page in each family prints no transaction id and one prints no day. Faces:
heldout119's lists (SLIP_FACES for the slips and the pumps, BILL_FACES and PAPER_FACES for the outlets' paper,
PAGE_FACES for the fleet, maker and payout pages, SCREEN_FACES for the apps, links, SMS and portals). Frames:
heldout158's ``compose``. Seeds ``heldout165-<i>``.

Truth conventions (README "Receipt fields", as heldout152, heldout156 and heldout158 quote them; *settled* where this
set chose):

* merchant_name: the one paid, as printed: the outlet (the trade name, the trade name with its town or the firm that
  runs it, capitals where so printed) on a motorist's UPI screen (Paid to / To / Sent to), in capitals on its slips
  (never the terminal's maker, the EMI slip's ISSUER or the VPA), on top of a payment link's page (never the gateway's
  footer nor the Customer / Paid by) and on top of its own paper (never the Customer, Received from or Buyer, nor the
  "For <trade name>" line or the rubber stamp). *settled*: on the outlet's own business app's "Payment received"
  screen the payee is the business under Received in / Business / Credited to, never the app's title nor the
  motorist under Received from. *settled*: a fleet's remittance advice pays the outlet under Vendor / Beneficiary /
  Payee name, never the fleet on top (it sends the advice) nor the bank account; a fleet's transfer pays the
  outlet under Beneficiary / Payee / Beneficiary name, never the Debit account name. *settled*: a maker's dealer
  portal or collection receipt pays the maker on top (Apollo Tyres Ltd, Exide Industries Ltd, as printed), never the
  Dealer under it; a maker's claim settlement pays the outlet under Dealer / Paid to / Beneficiary, never the maker on
  top nor the addressee line "To, The Proprietor / Partner, Pathik Tyres & Batteries, <town>" (heldout158's TPA
  letters). *settled*: a roadside-assistance provider's or insurer's payout pays the outlet under Service partner /
  Vendor / Payee, never the payer on top. *settled*: a tow partner's voucher pays the partner under Paid to (never
  the outlet on top of the voucher, which is the payer); a RazorpayX payout pays the partner under Beneficiary /
  Contact, never RazorpayX, the Fund account or the outlet's account under Debited from; a business banking transfer
  pays the partner under Beneficiary / Payee / Beneficiary name. A FASTag toll alert's payee is the toll plaza as
  printed (HATTARGI TOLL PLAZA), never the tag's issuer, the SMS sender or the van (heldout110). *settled*: a fuel
  slip pays the pump's dealer (Sri Durga Fuels, as printed), never the oil company in "<OIL> - WELCOMES YOU".
  *settled*: a scrap battery sale pays the outlet: on top of its own invoice (never the Buyer M/s <recycler>), under
  Supplier / Paid to on the recycler's advice and under Supplier on the recycler's purchase voucher, never the
  recycler on top. A Bharat Connect page's payee is the board under Biller / Paid to / Electricity board (short or long
  name as printed), never the app. *settled*: a rent receipt pays the landlord under Landlord / Owner (Shri is no
  part of the name, heldout142), never M/s the firm in the sentence; a rent NEFT alert pays the landlord after "NEFT
  to" as printed in capitals. A GST challan and an income-tax (TDS) challan name no payee (heldout137, heldout144).
  *settled*: the municipal corporation's trade licence receipt pays the corporation on top (heldout158's pollution
  control boards), never the Name of establishment.
* amount / currency: the sum this payment moved, INR everywhere. A UPI or business app screen's, a payment link's
  and a payout's sum large; a transfer's Amount / sum. *settled*: a bank EMI slip's TXN AMOUNT, never the MONTHLY EMI
  or TOTAL WITH INTEREST (heldout158). *settled*: a payment link's sum large, which is its Total / Amount payable (the
  call-out or towing charge, extra km, GST on the service and a part's GST-inclusive price), never a line. *settled*:
  a tyre invoice's Amount received (the Invoice total); an exchange bill's Amount received / Received (the Net
  payable: the Battery price less the old battery's exchange value), never the Battery price, the Taxable value or the
  exchange value; a cash memo's Amount received (its Total (incl. GST)); a pro-rata bill's Amount received (the
  Pro-rata charge payable), never the Battery price (MRP); an advance receipt's Advance received or Cheque amount,
  never the Estimated value; an unpaid bill's Amount due. *settled*: a fleet receipt's Amount received / Cheque amount
  (the Total of bills less TDS u/s 194Q where deducted), never the Total of bills, a bill's own sum or the Balance
  outstanding; a remittance advice's Net amount paid, never the Gross amount or the TDS. *settled*: a maker's
  collection receipt's Amount paid / Amount received (the Invoice value less the Cash discount), never the Invoice
  value; a claim settlement's Net amount paid / Amount credited (the claims and the incentive less TDS u/s 194H),
  never a claim's value or the Warranty claims line. *settled*: a roadside payout's Net payable / Net amount paid (the
  Invoice value less TDS u/s 194C on the Sub total), never the Sub total, the GST or the Invoice value. *settled*: a
  tow voucher's Net paid (the Total less TDS u/s 194C @ 1%) and a payout's sum large, never the Total or a tow's
  line. A FASTag alert's toll fee (Rs. / INR <fee>), never the Avl bal / Balance. A fuel slip's AMOUNT (RS), never the
  RATE or the VOLUME. *settled*: a scrap invoice's Amount received / Amount due and an advice's Amount paid (the
  Invoice total / Total with CGST, SGST and TCS u/s 206C(1) the seller collects), never the Taxable value; the
  purchase voucher's Amount paid (with GST, no TCS). A Bharat Connect page's sum large (the Bill amount). A rent
  receipt's Amount received (after TDS u/s 194-I(b) where deducted), never the Monthly rent; a rent alert's INR /
  Rs. sum, never the Avl Bal. A GST challan's Total challan amount / Total amount; a TDS challan's Amount (in Rs.);
  the trade licence's Total / Amount paid.
* status: as printed (the words listed with each family above). *settled*: a business app's Payment received / Money
  received / Received successfully, a payment link's Paid / Thank you! Payment received, a slip's APPROVED / TXN
  SUCCESSFUL, a receipt's PAID / RECEIVED WITH THANKS / PAYMENT RECEIVED / RENT RECEIVED, a pump's THANK YOU. VISIT
  AGAIN / PAID - THANK YOU, a remittance advice's and a payout advice's Paid / Processed, a claim's Credited and a
  payout's Processed / Payout processed are successes; a slip's DECLINED (RESP CODE) failed and UPI TXN PENDING
  pending; UPI PAYMENT FAILED - BALANCE DUE failed and CHEQUE RECEIVED - SUBJECT TO REALISATION pending (heldout110);
  Payment failed - debit not confirmed / Payment returned by bank failed and Payment initiated - awaiting bank
  confirmation / Under reconciliation pending; Returned - account closed, Payment returned - IFSC invalid, Payout
  reversed and a scrap advice's Returned failed; Approved - in next payment run, Payout processing / Queued -
  processing and a scrap advice's Processing pending; PAYMENT AWAITED - MATERIAL RELEASED ON CREDIT pending; a FASTag
  toll "declined due to low balance" failed and a "deducted" / "paid" toll a success; a pump's UPI PENDING pending; a
  rent NEFT alert's "debited" a success; Awaiting bank confirmation on a GST page pending.
* date: the day paid (a receipt's, invoice's, voucher's or slip's Date / Dated / Inv. date / DT: / DATE:; Paid on,
  Payment date, Date & Time, Transaction Date, Transferred on, Value Date, Completed on, Received on, Date & time,
  Transaction date, Credited on, Value date, Processed on, Date of deposit; a FASTag or rent alert's "on <day>";
  Failed on, Returned on, Reversed on, Attempted on, Initiated on and a payout's Scheduled for on the failures and
  the waits, heldout158). *settled*: never a bill's day under Bills adjusted or Invoices paid, a Settlement expected
  day, a Bill date / Due date, a Billing period / Claim period / Period, a rent's month, an Assessment Year or a
  cheque's day.
* payment_method: UPI, card, cash, cheque, "netbanking" for NEFT / RTGS / IMPS, net banking and a bank account
  debited, wallet. *settled*: a business app's Mode UPI - QR / UPI (Soundbox) is UPI; a slip's EMI SALE card and MODE:
  UPI - BHARAT QR UPI; a payment link's Paid using UPI / <card> its way; an unpaid bill's Payment attempted UPI -
  declined names UPI; a fleet's, a maker's, a provider's, a recycler's and RazorpayX's NEFT / RTGS / IMPS / Net
  banking - <bank> are "netbanking"; a FASTag toll is "wallet" (the tag's prepaid balance, heldout110) and an oil
  company's fleet card (XTRAPOWER FLEET CARD, HP DRIVETRACK PLUS, SMARTFLEET) "wallet" (heldout150); a pump's MODE:
  UPI UPI and MODE: CASH cash; a Bharat Connect page's Paid using UPI UPI; a GST challan's E-Payment - net banking /
  NEFT/RTGS and a TDS challan's Net Banking "netbanking"; a cheque under realisation cheque.
* transaction_id: the highest family printed (heldout152's order): a UPI reference / UTR / RRN / IMPS reference (UPI
  Ref No, UPI Ref No., UPI Reference No., UPI Transaction ID, UPI Txn Ref, UPI RRN, RRN, RRN: / REF NO:, UTR, UTR
  No., UTR Number, NEFT UTR, IMPS Ref No / IMPS Reference No., a rent alert's UTR / Ref), then a bank reference (Bank
  Ref No., Bank Ref. No., Bank Reference, Reference No. on a transfer, BRN, Bharat Connect Ref. No. / B-Connect Txn
  ID), then a transaction / payment id (Transaction ID, Payment ID, Tracking ID, Txn ID, Order ID, Payment ref,
  Collection ID, Settlement No., Payout ID, a recycler's Payment ref / Payment ID, a slip's QR TXN ID:, a fleet card's TXN ID:, a FASTag alert's Txn ID, the
  app's own id, a challan's CIN), then an approval code (APPR CODE: / AUTH CODE:, Auth code / Approval code / Auth
  Code / Approval Code), then a document's own number (Receipt No. / Rcpt. No. / No., Invoice No. / Inv. No., Bill
  No., Voucher No. / V. No., BILL NO: / INV NO: / RECEIPT NO: on a slip, *settled*: a remittance advice's Payment doc
  No. and a payout advice's Payment batch No. / Payment document No. (heldout158's TPA vouchers), a GST challan's
  CPIN, a TDS challan's CRN, the trade licence's Receipt No.). *settled*: never a Ticket No. / Job card No. (RSA-...),
  a Vehicle No. / VEH NO: / VEHICLE NO:, an Account code, a Vendor code / Supplier code / Dealer code, a Virtual A/c
  No., a maker's invoice number under Invoices paid or the outlet's under Bills adjusted, a claim's CLM number or a
  serial (SN, Old battery serial), an EPR regn., a Trade licence No., an Account ID / Consumer No., a Fund account, a
  TDS challan's BSR Code or Challan No., a cheque number, MID, TID, BATCH, NOZZLE NO, a card or mobile number, a UPI
  ID, PAN, TAN, GSTIN or IFSC.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout165_families import (
    compose,
    counter_card,
    fleet_credit,
    gst_tax,
    maker_portal,
    motorist_upi,
    rent_power,
    roadside_links,
    rsa_payouts,
    scrap_battery,
    shop_invoice,
    tow_payouts,
    van_running,
)

SPLIT = "heldout165"

FAMILIES: list[Family] = [
    ("motorist_upi", motorist_upi, SCREEN_FACES),
    ("counter_card", counter_card, SLIP_FACES),
    ("roadside_links", roadside_links, SCREEN_FACES),
    ("shop_invoice", shop_invoice, BILL_FACES),
    ("fleet_credit", fleet_credit, PAGE_FACES),
    ("maker_portal", maker_portal, PAGE_FACES),
    ("rsa_payouts", rsa_payouts, PAGE_FACES),
    ("tow_payouts", tow_payouts, PAGE_FACES),
    ("van_running", van_running, SCREEN_FACES),
    ("scrap_battery", scrap_battery, PAPER_FACES),
    ("rent_power", rent_power, SCREEN_FACES),
    ("gst_tax", gst_tax, PAGE_FACES),
]


def make_heldout165_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout165 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
