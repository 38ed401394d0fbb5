"""heldout164: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a computer hardware reseller and repair shop's day in 2026 (Kirti Computer World of
Nashik, counters at College Road, Nashik Road and CIDCO; Kirti Infosystems Pvt Ltd runs it and is an authorised
service provider for laptop and printer brands), told by the proofs of payment it receives (walk-in customers' UPI on
its merchant apps, its card terminals' slips with a brand EMI and a bank EMI, corporate, school and GeM orders paid by
NEFT and RTGS, marketplace and ONDC settlements, brands' warranty claim payments, its own invoices, service bills and
receipts) and those it makes (the distributors' receipts and invoices, the couriers' booking receipts for repair
parts, the technicians' pay, the shop's rent, power and broadband, its software licences in US dollars and rupees,
GST, TDS and Maharashtra's professional tax). One payment per page.

* ``counter_qr``: a walk-in customer's UPI to the shop's QR as the shop's merchant app shows it (PhonePe Business,
  Paytm for Business, BharatPe, Google Pay for Business, HDFC Bank SmartHub Vyapar; dark on some): the app's band,
  Payment received / Received / Money received / Payment failed / Customer's payment failed / Payment pending /
  Awaiting customer's bank, the sum large, "Received from <customer>" and the customer's handle, Received in /
  Credited to / Business / Store the shop (trade name, with its counter, or the company; capitals on some),
  Settlement account / Bank account, Payment mode / Paid via UPI, UPI Ref No / UTR / RRN / UPI Ref. No. and the app's
  own Transaction ID / Order ID / Txn ID / Txn Ref No on some, Received on / Date & time / Date (Time alone on one),
  Customer note / Note / Message (SSD 512GB + install).
* ``counter_card``: the shop's card terminal slip (Pine Labs, Paytm EDC, Razorpay POS, ICICI Bank, Mswipe, HDFC Bank,
  Axis Bank, BharatPe; monospace): the maker on top on some, the shop in capitals (KIRTI COMPUTER WORLD, with NASHIK,
  or KIRTI INFOSYSTEMS PVT LTD), its counter, CHARGE SLIP / SALE / BRAND EMI / BANK EMI / UPI SALE, DATE/TIME: on one
  row or DATE: and TIME:, MID:, TID:, BATCH:, INVOICE: / BILL NO:, ITEM:, SERIAL NO: on the EMI slips, CARD:, TYPE:,
  ENTRY: CHIP / TAP / SWIPE, APPR CODE: / AUTH NO:, RRN: / REF NO:, or PAYMENT: UPI with VPA: and UPI TXN ID:; the
  brand EMI slip's PRODUCT PRICE:, INSTANT DISCOUNT (<brand>):, TXN AMOUNT:, TENURE:, EMI/MONTH:, INTEREST: 0% (NO
  COST); the bank EMI slip's TXN AMOUNT:, TENURE:, INTEREST RATE:, EMI/MONTH:, TOTAL PAYABLE:; AMOUNT: / TOTAL AMT: /
  BASE AMT: on the rest (INR, RS, Rs. or none; western grouping or plain); APPROVED / TRANSACTION APPROVED / DECLINED
  with RESP: 51 INSUFFICIENT FUNDS (55, 05, 54) / PENDING - CHECK STATUS BEFORE RETRY.
* ``order_pay``: customers paying corporate, school and government orders: companies' payment advice e-mails from
  their ERP (the payer on top, Payment advice / Remittance advice, Vendor / Payee / Beneficiary the company or the
  shop as their vendor master spells it, Vendor code, Payment document no. / Payment voucher no., Against / Order /
  Particulars (Desktop PCs (i5, 16GB, 512GB SSD) x 12, Computer lab AMC - Q2), Invoice / Bill No. KIS/26-27/nnnn dt
  <day>, Gross amount / Invoice amount / Bill amount, Less: TDS u/s 194Q @ 0.1% or 194C @ 2%, Net amount paid /
  Amount remitted, Mode NEFT / RTGS, Beneficiary bank / Credited to, UTR / UTR No. / NEFT UTR / RTGS UTR or Bank Ref.
  No., Value date / Payment date / Returned on / Initiated on, the status in a row), two schools' printed PAYMENT
  ADVICE letters (the school on top, Ref. No. / Our Ref., Date, "To, M/s <payee>, Nashik.", the same lines, Net amount
  paid, the Principal / Accounts Officer) and GeM's order payment page in a browser (GeM, Government e-Marketplace,
  Payment status, Contract No. GEMC-…, Buyer organisation, Seller the company, Less: TDS u/s 51 (GST) @ 2%, Amount paid
  by buyer (PFMS), PFMS payment ID, UTR); Paid / Payment released / Payment successful / Payment returned - beneficiary
  account details mismatch / Payment initiated - awaiting bank confirmation / Payment under process.
* ``distributor_bills``: the distributors' paper for the stock the shop bought (Redington Ltd, Ingram Micro India Pvt
  Ltd, Rashi Peripherals Ltd, Savex Technologies Pvt Ltd, Supertron Electronics Pvt Ltd, Om Sai Computer Distributors,
  Shree Ganesh Infotech Distributors; on top, in capitals on some, with its line, address and GSTIN): RECEIPT VOUCHER /
  PAYMENT RECEIPT ("Received with thanks from M/s <company> (Kirti Computer World) the sum of <words> against our n
  invoices", the invoices with their days, Amount received / Received or Cheque amount), TAX INVOICE / INVOICE CUM
  RECEIPT (Invoice No. / Inv. No., Date, Buyer / Bill to M/s …, GSTIN of buyer, the stock n x rate, Taxable value,
  CGST @ 9%, SGST @ 9%, Round off, Invoice total, Amount received / Paid, Amount due / Balance payable with Payment
  attempted UPI - declined, Cheque received with Cheque No. and Bank), Mode / By NEFT, IMPS or UPI and UTR / NEFT UTR
  / Bank Ref. No. / IMPS Ref No. / UPI Ref No. / UPI RRN; RECEIVED WITH THANKS / PAID / PAYMENT RECEIVED / UPI
  DECLINED - AMOUNT DUE / CHEQUE RECEIVED - SUBJECT TO REALISATION; and two partner portal pages in a browser (Ingram
  Micro's, Redington's: Payment successful / Paid / Payment failed / Payment under verification, the sum large,
  Partner / Reseller the company, Partner code / Dealer code, Paid against <invoice numbers>, Paid by / Payment mode
  Net banking - <bank> or UPI, Payment ID, Bank Ref No. / UPI Ref No., Paid on / Payment date / Attempted on).
* ``marketplace_settle``: marketplaces' and ONDC seller apps' settlements of the shop's online orders (Amazon Seller
  Central in a browser and the Amazon Seller app, Flipkart Seller Hub's e-mail and page, mystore on a phone, SellerApp's
  and eSamudaay's e-mails): the platform on top and its line, Disbursed / Settled / Paid / Settlement failed - bank
  account returned the credit / Scheduled / Disbursement in progress (Status on the mails), the sum large on the apps,
  Seller / Seller name / Settled to the shop (the company on most), Seller ID / Merchant token / Provider ID, Collected
  by <buyer app> (buyer app) on the ONDC pages, Settlement period, Orders, Order value, Less: Referral fee /
  Commission, Less: Closing fee / Fixed fee, Less: Shipping / Easy Ship fee / Delivery fee, Less: GST @ 18% on fees,
  Less: TCS u/s 52 (0.5%), Less: TDS u/s 194-O (0.1%), Net settlement / Amount disbursed / Net payout, Bank account /
  Credited to, Settlement ID / Disbursement ID / Payout ID, UTR / UTR No. / Bank UTR, Disbursed on / Settled on /
  Credited on / Scheduled for / Failed on.
* ``courier_parts``: the couriers' booking receipts for repair parts sent to brands' RMA centres and repaired devices
  sent back (DTDC's, India Post's SPEED POST, Shree Maruti's and Trackon's counter slips in monospace, Blue Dart's and
  the Professional Couriers' printed receipts, Delhivery's app, Shiprocket's page in a browser): the courier on top,
  Booking centre: <counter>, Nashik, BOOKING RECEIPT / CASH RECEIPT, Booked / Payment successful / Payment failed -
  booking not confirmed / Payment pending - UPI request sent on the app and the page, TXN NO: / RECEIPT NO: / Txn No. /
  Receipt No. / Booking ID, AWB No. / Consignment No. / CN No. / Article No. (EM…IN), Booked on / Date / BKG DATE: /
  Booking date, From the shop, To the consignee and town, Contents, Weight, Freight / Basic charges / Tariff, Fuel
  surcharge, Docket / Risk charges, GST @ 18% or CGST and SGST @ 9%, ROUND OFF on the slips, Total / Amount paid /
  Grand total, Paid by Cash, Card (Auth code) or UPI (UPI Ref No. / UPI Txn Ref); PAID / BOOKED - PAID / PAYMENT
  FAILED - NOT BOOKED / PAYMENT PENDING - UPI REQUEST SENT on paper.
* ``warranty_claims``: laptop and printer brands paying the shop's warranty service claims (Lenovo's, Dell's and
  Canon's e-mails, HP's, ASUS's and Lenovo's partner portals in a browser, Acer's and Epson's printed letters): the
  brand on top (its full name or its first word where that would not fit), ASP claim settlement / Service claim payment
  advice / Claim payment intimation, Ref. on the letters, Service partner / ASP name / Payee the shop (the company on
  most), ASP code / Partner ID, Claim month, Claims (n), Labour / Onsite visit charges n x rate = sum, Parts handling,
  Travel (beyond 25 km), Less: Rejected claims on some, Gross claim, GST @ 18%, Invoice value, Less: TDS u/s 194C @ 2%
  (on the gross), Net amount paid / Amount credited / Net payable, Mode NEFT, Bank, UTR / UTR No. or Bank Ref. No. on
  the returned one, Payment document no. / Payment ref, Payment date / Value date / Credited on / Returned on /
  Scheduled for, Status (outcome row on the portals); Paid / Payment released / Payment returned - account closed /
  Approved - payment scheduled.
* ``tech_pay``: the shop paying its technicians: its business banking after an IMPS or NEFT (ICICI Bank's and Kotak
  Mahindra Bank's apps, HDFC Bank's and Axis Bank's web pages: Transfer successful / Funds transferred / <mode> payment
  successful / Transfer failed / Rejected by beneficiary bank / <mode> payment failed / Transfer in process / <mode>
  under process / Pending with beneficiary bank, the sum large or Amount / Transfer amount / Amount (INR), the
  technician under Beneficiary / Payee / Beneficiary name (capitals on some), Account No., IFSC, Mode / Payment type,
  IMPS Ref No. / RRN / IMPS Reference No. or UTR / UTR No. with Reference No. / Bank Ref No. on some, Date & time /
  Transaction date / Value date, Debit account, Remarks / Narration (Salary + incentive March 2026)), its own SALARY
  PAYMENT VOUCHER / PAYMENT VOUCHER on paper (the shop or the company on top: the payer's paper; Voucher No. / No.,
  Date, Paid to / Payee the technician, Designation, For the month of, Basic, Incentive (n jobs x rate), Less: Advance
  adjusted, Less: Professional tax, Net paid, the sum in words, Mode Cash or UPI and UPI Ref No., PAID, the receiver's
  and proprietor's lines) and the payroll services' pay advice e-mails (RazorpayX Payroll, Zoho Payroll: "on behalf of
  Kirti Infosystems Pvt Ltd", Employee / Paid to, Employee ID, Designation, Pay period, Gross earnings, Deductions,
  Net pay, Credited to, Mode, Payout ID, UTR / IMPS Ref No., Paid on / Credited on, Status Paid).
* ``rent_utilities``: the shop's rent, power and broadband: two landlords' RENT RECEIPTs (Receipt No. / No., Date,
  "Received with thanks from M/s <company> (Kirti Computer World) the rent of shop no. n, <locality>, Nashik for
  <month>", Monthly rent / Rent, Less: TDS u/s 194-I(b) @ 10% where the rent is over Rs 50,000 a month, Net amount
  received / Amount received, the sum in words, Mode / Paid by NEFT or UPI and UTR / Bank Ref. No. / UPI Ref No.,
  RECEIVED WITH THANKS / RENT RECEIVED, [ Revenue stamp ], Landlord / Owner / Lessor: (Shri on some) <name>, PAN),
  the rent by NEFT from ICICI Bank's corporate web banking (the landlord under Beneficiary / Payee / Beneficiary name,
  capitals on some), MSEDCL's electricity through Bharat Connect (PhonePe, Paytm: Bill paid successfully / Payment
  successful / Bill payment declined by bank / Payment failed / Awaiting biller confirmation, the sum large, Biller /
  Paid to MSEDCL / Maharashtra State Electricity Distribution Co. Ltd / MSEDCL - Mahavitaran, Consumer No., Billing
  unit, Bill month, Due date, Bill amount, Prompt payment discount on some, Paid via UPI or a credit card, B-Connect
  Txn ID / Bharat Connect Ref. No., UPI Ref No., Paid on / Declined on / Initiated on), MSEDCL's own Payment Receipt
  in a browser (the board on top, its long or short name, Consumer No., Consumer name, Bill month, Amount paid,
  Payment mode, Payment date; no reference) and Airtel Xstream Fiber's and JioFiber's e-mailed receipts (the brand
  on top, its company under it, Account name, Account No. / Service ID, Plan, Amount paid, Payment mode, Transaction
  ID, UPI Ref No., Paid on, Payment status Successful).
* ``software_licences``: the shop's software (Stellar Data Recovery Technician and TallyPrime Gold in rupees, EaseUS
  Data Recovery Wizard Technician, TeamViewer Business, Acronis Cyber Protect Home Office, R-Studio Technician,
  Malwarebytes Teams and AnyDesk Standard in US dollars; the vendor's e-mail, its store page in a browser or its app):
  the product on top (in capitals on some) and its company line, Receipt / Order confirmation / Payment receipt /
  Invoice paid, Paid / Payment successful / Payment declined - card not enabled for international use / Payment
  declined - insufficient funds / Payment processing - awaiting issuer authentication, Billed to / Customer / Licensed
  to the company, GSTIN on the rupee pages, Order # / Invoice number / Order ID, the licence line (n x price),
  Subtotal, Tax $0.00 with "Reverse charge: the recipient pays IGST on this import of services." or IGST / GST @ 18%,
  Total / Amount paid / Total charged / Amount due, Paid with / Payment method Visa or Mastercard ending n,
  Transaction ID / Charge ID (ch_…), Auth code on some, Paid on / Charged on / Date / Declined on / Attempted on (US
  day patterns on the dollar pages), Renews on.
* ``tax_challans``: the company's taxes: the GST portal's Challan Payment Receipt (GST PMT-06) (in a browser or
  printed: CPIN, Challan created on, GSTIN, Legal name, Trade name, Tax period, CGST (0005) Tax, SGST (0006) Tax,
  interest on some, Total challan amount, Mode of payment E-Payment (Net Banking) / UPI, Bank, CIN, BRN / Bank
  Reference Number or UPI Ref No., Date of deposit / Payment date / Initiated on; Payment successful / Paid / Awaiting
  confirmation from bank), the e-filing portal's e-Pay Tax Challan Receipt - ITNS 281 for TDS (TAN, Name of deductor,
  Assessment Year, Nature of payment (194C, 194-I(b), 192, 194Q), Amount (in Rs.), CRN, Payment mode, Bank, BSR Code,
  Challan No., CIN, BRN, Date of deposit / Attempted on; Challan paid / Payment successful / Payment failed) and
  Maharashtra's GRAS e-challan (MTR Form Number 6) for professional tax (GRN, Department Sales Tax (Professional Tax),
  Type of payment PTRC / PTEC, TIN / PT No., Name, Period, Amount, Payment mode, Bank CIN, Bank Ref. No., Date /
  Payment date; Success / Paid).
* ``shop_paper``: the shop's own paper (serif; the shop, the shop with its counter or the company on top, in capitals
  on some, its line, address, GSTIN and phone; the rubber stamp KIRTI COMPUTER WORLD / ACCOUNTS or SALES COUNTER /
  day / PAID, AMOUNT DUE or CHEQUE RECD): TAX INVOICE / TAX INVOICE CUM RECEIPT for a laptop (Invoice No. / Inv. No.,
  Date / Dated, Customer / Bill to, the laptop, HSN 8471 | S/N …, Taxable value, CGST @ 9%, SGST @ 9%, Invoice total,
  Amount received / Received or Amount due), SERVICE BILL / REPAIR BILL CUM RECEIPT (Bill No., Customer / Received
  from, Job No. JS-nnnn, Device, the repairs, "SAC 998713 - maintenance and repair of computers", Taxable value, CGST,
  SGST, Total, Amount received / Amount paid), ADVANCE RECEIPT for a custom PC build ("Received with thanks from
  <customer> the sum of <words> as advance towards a custom gaming PC (…)", Build order BO-nnn, Estimated value,
  Advance received, Balance on delivery), DOWN PAYMENT RECEIPT for a laptop on a consumer loan (Product, Product price,
  Financed by Bajaj Finance Ltd - loan <sum> (n EMIs), Down payment received), AMC INVOICE CUM RECEIPT to a school
  (Bill to, Contract period, Desktop AMC n x rate, CGST, SGST, Total, Less: TDS u/s 194C @ 2%, Cheque amount, Cheque
  No., Drawn on) and CASH MEMO for accessories ("Prices inclusive of GST @ 18%", Total): the sum in words, Mode /
  Received by / Paid by Cash, UPI / UPI (shop QR), NEFT or a card and UPI Ref No. / UPI Txn Ref, NEFT UTR or Auth Code
  and RRN; PAID / RECEIVED WITH THANKS / PAYMENT RECEIVED / UPI PAYMENT FAILED - AMOUNT DUE / CHEQUE RECEIVED - SUBJECT
  TO REALISATION.

Outcomes: six successes, a failed and a pending page in every family (the distributors' vouchers and invoices but
two, the couriers' paper, the rent receipts, MSEDCL's, Airtel's and JioFiber's receipts, the salary vouchers and pay
advices, and the shop's paper but two are successes). Absent fields: each family leaves out the id on one page (no
UPI reference, UTR, RRN, IMPS reference, bank reference, BRN, Bharat Connect id, CIN, approval or auth code,
transaction, payment, payout, settlement, disbursement, PFMS, charge or app id, booking id, receipt, voucher, invoice,
bill, order, payment document or letter reference number, CPIN, CRN or GRN; MID, TID, batch, card, account and
consumer numbers, handles, GSTIN, IFSC, PAN, TAN, seller, vendor, partner, ASP, provider and employee codes, job,
build order, AWB and article numbers, GeM contract numbers and serial numbers stay) and the day on one (no date
anywhere: no invoice, bill, due, challan or renewal day, no settlement, claim, pay, tax or contract period or month,
no assessment year, no year in a document's number, no NEFT or RTGS UTR (both spell the day: a bank reference or an
IMPS or UPI reference stands in), no PhonePe id (it spells the day), no date in a CIN; a phone's clock, an e-mail's
hour, a slip's TIME: and a screen's Time at most). Sums: a computer shop's sums (a few hundred rupees for a courier or
a cable, lakhs for corporate orders and distributors' stock): ₹ (faces that draw it), Rs., Rs, INR, /- on counter
paper, INR / RS / Rs. / none on slips, $ / US$ / USD on the dollar licences; lakh grouping on most, western and plain
on some. Days: 2026 (heldout116's ``day26``), printed in heldout121's patterns, this set's DAY_PATS and US_PATS and the
slips' own. Faces: heldout119's lists (SCREEN_FACES for the merchant apps and the software, SLIP_FACES for the card
slips, PAPER_FACES for the distributors' and couriers' paper, BILL_FACES for the shop's own paper, PAGE_FACES for the
rest). Frames: heldout158's ``compose`` (heldout121's frames and marks, heldout129's rubber stamp on the shop's own
paper). Seeds ``heldout164-<i>``.

Truth conventions (README "Receipt fields", as heldout152, heldout156 and heldout158 quote them; *settled* where this
set chose):

* merchant_name: the one paid, as printed. *settled*: a merchant app's received screen pays the shop under Received
  in / Credited to / Business / Store (trade name, with its counter, or the company, capitals where so printed), never
  the app on its band nor the customer after "Received from" or the customer's handle (the receiving side's page of a
  UPI payment, like heldout158's payment links). The shop in capitals on its slips (never the terminal's maker or the
  VPA). *settled*: a customer's payment advice, letter or GeM page pays the shop under Vendor / Payee / Beneficiary /
  Seller or after "To, M/s" as the payer's vendor master spells it (the company or the trade name, capitals on some),
  never the payer on top (the company, the school, GeM), the Buyer organisation nor the ERP. The distributor on top of
  its receipt, invoice or partner portal page, never M/s the shop under Received from / Buyer / Bill to nor the
  Partner / Reseller line. *settled*: a marketplace's or ONDC seller app's settlement pays the shop under Seller /
  Seller name / Settled to as registered (the company on most), never the platform on top (amazon seller central,
  Flipkart Seller Hub, mystore, SellerApp, eSamudaay) nor the ONDC buyer app under Collected by (heldout158's OPD
  platforms). *settled*: a courier's booking receipt pays the courier on top (DTDC, Blue Dart Express Ltd, Delhivery,
  India Post, SHREE MARUTI COURIER SERVICES PVT LTD, Shiprocket as printed; an aggregator's page pays the aggregator
  whose page it is), never the Booking centre line, the From (the shop) or the To (the consignee), nor SPEED POST.
  *settled*: a brand's warranty claim payment pays the shop under Service partner / ASP name / Payee, never the brand
  on top (heldout158's TPAs). *settled*: a technician's pay pays the technician as printed: under Beneficiary / Payee /
  Beneficiary name on a transfer (capitals on some), under Paid to / Payee on the shop's own voucher (the voucher is
  the payer's paper: never the shop or the company on top), under Employee / Paid to on a pay advice (never the
  payroll service on top nor the employer after "on behalf of"). A landlord's receipt pays the landlord after
  Landlord: / Owner: / Lessor: (Shri is no part of the name, heldout142), a rent transfer the landlord under
  Beneficiary / Payee / Beneficiary name. MSEDCL under Biller / Paid to as printed (MSEDCL, Maharashtra State
  Electricity Distribution Co. Ltd, MSEDCL - Mahavitaran) and on top of its own receipt; Airtel Xstream Fiber and
  JioFiber on top (never Bharti Airtel Ltd or Reliance Jio Infocomm Ltd under them, nor the Account name). The
  software product on top (never its company line, nor the company under Billed to / Customer / Licensed to). The
  shop on top of its own paper (never the Customer / Bill to / Received from, "For Kirti Computer World", Financed by
  Bajaj Finance Ltd, or the rubber stamp). A GST challan, an income-tax (TDS) challan and *settled* a GRAS e-challan
  for professional tax name no payee (heldout137, heldout144: a government's own tax). Never a bank, app, terminal
  maker, gateway, marketplace or the payer.
* amount / currency: the sum this payment moved. A merchant app's sum large; a transfer's Amount / Transfer amount /
  Amount (INR) or sum large. *settled*: a brand EMI slip's TXN AMOUNT (the PRODUCT PRICE less the brand's INSTANT
  DISCOUNT), never the PRODUCT PRICE or EMI/MONTH; a bank EMI slip's TXN AMOUNT, never the EMI/MONTH or TOTAL PAYABLE
  (heldout158). *settled*: a payment advice's Net amount paid / Amount remitted and GeM's Amount paid by buyer (PFMS)
  (the gross less TDS u/s 194Q, 194C or GST's section 51), never the Gross / Invoice / Bill amount. A distributor's
  Amount received / Received / Paid / Cheque amount / Cheque received, or Amount due / Balance payable on the declined
  UPI (the rounded Invoice total), the portal's sum large. *settled*: a settlement's Net settlement / Amount disbursed
  / Net payout or sum large (the Order value less the fees, GST on them, TCS u/s 52 and TDS u/s 194-O), never the
  Order value. A courier's Total / Amount paid / Grand total (with GST, rounded on the slips). *settled*: a warranty
  claim's Net amount paid / Amount credited / Net payable (the Invoice value less TDS u/s 194C on the gross), never
  the Gross claim or the Invoice value. A technician's Net paid / Net pay or the transfer's sum, never the Basic, the
  Gross earnings or a deduction. A rent receipt's Net amount received / Amount received (after TDS u/s 194-I(b) where
  deducted), never the Monthly rent / Rent. A Bharat Connect page's sum large (the Bill amount less a Prompt payment
  discount where printed), MSEDCL's, Airtel's and JioFiber's Amount paid. A licence's Total / Amount paid / Total
  charged / Amount due. A GST challan's Total challan amount, a TDS challan's Amount (in Rs.), a GRAS challan's
  Amount. *settled*: the shop's laptop invoice its Amount received / Received (the Invoice total) or Amount due on the
  failed UPI; its service bill its Amount received / Amount paid (the Total with GST); the advance receipt its Advance
  received, never the Estimated value or Balance on delivery; the down payment receipt its Down payment received,
  never the Product price or the loan; the AMC invoice its Cheque amount (the Total less TDS u/s 194C), never the
  Total; the cash memo its Total. Currency INR everywhere but on six licence pages: *settled*: EaseUS, TeamViewer,
  Acronis, R-Studio, Malwarebytes and AnyDesk bill in US dollars: USD ($, US$, USD), the Tax $0.00 and the reverse
  charge line adding nothing; the bank's foreign currency markup note is no sum.
* status: as printed (the words listed with each family above). *settled*: Payment received / Received / Money
  received successes, Payment failed / Customer's payment failed failed, Payment pending / Awaiting customer's bank
  pending; a slip's PENDING - CHECK STATUS BEFORE RETRY pending and DECLINED failed; Payment released / Paid / Payment
  successful successes, Payment returned - beneficiary account details mismatch failed, Payment initiated - awaiting
  bank confirmation / Payment under process pending; UPI DECLINED - AMOUNT DUE and UPI PAYMENT FAILED - AMOUNT DUE
  failed, CHEQUE RECEIVED - SUBJECT TO REALISATION and Payment under verification pending; Disbursed / Settled / Paid
  successes, Settlement failed - bank account returned the credit failed, Scheduled / Disbursement in progress
  pending; BOOKED - PAID / Booked successes, PAYMENT FAILED - NOT BOOKED / Payment failed - booking not confirmed
  failed, PAYMENT PENDING - UPI REQUEST SENT pending; Payment returned - account closed failed, Approved - payment
  scheduled pending; Rejected by beneficiary bank failed, Pending with beneficiary bank pending; RENT RECEIVED a
  success; Bill payment declined by bank failed, Awaiting biller confirmation pending; Payment declined - card not
  enabled for international use failed, Payment processing - awaiting issuer authentication pending; Awaiting
  confirmation from bank pending; GRAS's Success / Paid successes.
* date: the day paid (a receipt's, invoice's, bill's, voucher's, letter's or slip's Date / Dated / DATE: / DATE/TIME:
  / BKG DATE:; Received on, Date & time, Paid on, Payment date, Value date, Settled on, Disbursed on, Credited on,
  Transaction date, Booked on, Booking date, Charged on, Date of deposit; Returned on, Failed on, Declined on,
  Attempted on, Initiated on and Scheduled for on the failures and the waits). *settled*: never an invoice's or
  bill's "dt" in a payment advice or the invoices listed on a distributor's voucher, a Due date, a Bill month, a
  Claim month, a Pay period / For the month of, a Settlement period, a Contract period, a Tax period, a Period, a
  Challan created on, an Assessment Year, a Renews on, nor the rent's month.
* payment_method: UPI, card, cash, cheque, "netbanking" for NEFT / RTGS / IMPS, net banking and a bank account
  credited or debited. *settled*: a merchant app's UPI payment is UPI; a slip's PAYMENT: UPI UPI and a brand or bank
  EMI slip card; a payment advice's and GeM's NEFT / RTGS, a marketplace's or a brand's bank credit and a payroll's
  NEFT / IMPS "netbanking"; a distributor's declined UPI names UPI and its Cheque No. cheque; a Bharat Connect page's
  UPI UPI and its credit card card; MSEDCL's Net banking - <bank> "netbanking"; a licence's Visa / Mastercard ending n
  card; a challan's E-Payment (Net Banking) / Net Banking "netbanking" and UPI UPI; the shop's AMC cheque cheque and
  its cash memo cash.
* transaction_id: the highest family printed (heldout152's order): a UPI reference / UTR / RRN / IMPS reference (UPI
  Ref No, UPI Ref. No., UPI Ref No., UPI Txn Ref, UPI RRN, UTR, UTR No., NEFT UTR, RTGS UTR, Bank UTR, RRN / RRN: /
  REF NO:, UPI TXN ID:, IMPS Ref No. / IMPS Reference No.), then a bank reference (Bank Ref No., Bank Ref. No., BRN,
  Bank Reference Number, Reference No. on a transfer, B-Connect Txn ID / Bharat Connect Ref. No., HDFC Bank SmartHub's
  Txn Ref No), then a transaction / payment id (Transaction ID, Txn ID, Payment ID, Charge ID, Payout ID, PFMS payment
  ID, Settlement ID, Disbursement ID, Payment ref, a challan's CIN / Bank CIN, the app's own id (PhonePe's
  Transaction ID, BharatPe's Txn ID, Google Pay's)), then an approval code (APPR CODE: / AUTH NO: / Auth code / Auth
  Code), then an order's number (Paytm for Business's Order ID, a courier's Booking ID), then a document's own number
  (Receipt No. / No. / Voucher No., Invoice No. / Inv. No., Bill No., INVOICE: / BILL NO: / TXN NO: / RECEIPT NO: on a
  slip, Order # / Invoice number / Order ID on a licence, a payer's Payment document no. / Payment voucher no. and
  *settled* a school's Ref. No. / Our Ref. and a brand letter's Ref., a GST challan's CPIN, a TDS challan's CRN and
  *settled* a GRAS challan's GRN). *settled*: never a GeM Contract No. (the purchase contract's, like heldout158's AMC
  Contract No.), an AWB No. / Consignment No. / CN No. / Article No. (the shipment's), a Job No. or Build order (the
  job's), a SERIAL NO: or S/N, a Seller ID / Merchant token / Provider ID / Vendor code / Partner code / Dealer code /
  ASP code / Partner ID / Employee ID, the invoices listed under Paid against or on a voucher, a Consumer No. /
  Billing unit / Account No. / Service ID, a TIN / PT No., a TDS challan's BSR Code or Challan No., a cheque number,
  MID, TID, BATCH, a card or mobile number, a UPI ID, PAN, TAN, GSTIN or IFSC.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout164_families import (
    compose,
    counter_card,
    counter_qr,
    courier_parts,
    distributor_bills,
    marketplace_settle,
    order_pay,
    rent_utilities,
    shop_paper,
    software_licences,
    tax_challans,
    tech_pay,
    warranty_claims,
)

SPLIT = "heldout164"

FAMILIES: list[Family] = [
    ("counter_qr", counter_qr, SCREEN_FACES),
    ("counter_card", counter_card, SLIP_FACES),
    ("order_pay", order_pay, PAGE_FACES),
    ("distributor_bills", distributor_bills, PAPER_FACES),
    ("marketplace_settle", marketplace_settle, PAGE_FACES),
    ("courier_parts", courier_parts, PAPER_FACES),
    ("warranty_claims", warranty_claims, PAGE_FACES),
    ("tech_pay", tech_pay, PAGE_FACES),
    ("rent_utilities", rent_utilities, PAGE_FACES),
    ("software_licences", software_licences, SCREEN_FACES),
    ("tax_challans", tax_challans, PAGE_FACES),
    ("shop_paper", shop_paper, BILL_FACES),
]


def make_heldout164_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout164 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
