"""heldout161: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a seafood exporter's and its cold-storage unit's day in 2026 (Tarangini Seafoods Pvt Ltd,
with processing plants at Aroor (Kerala), Veraval (Gujarat) and Visakhapatnam (Andhra Pradesh), buying at the
Munambam, Chellanam, Veraval, Visakhapatnam and Thoothukudi harbours; Tarangini Cold Chain LLP, whose Tarangini Cold
Storage runs frozen stores at Aroor and Thoothukudi), told by the proofs of payment it makes (boat owners, auction
agents, ice plants, harbour loading workers and net menders, diesel for the boats and reefer trucks, the export
inspection agency, MPEDA, the port authorities, the container terminal, the shipping line and the customs broker, the
reefer transporters and FASTag, packing materials, workers' wages, labour contractors, EPF and ESI, electricity and
water) and receives (foreign buyers' wires in US dollars and euros, cold storage rent and chamber advances, domestic
sales through payment links, bank collection apps and invoices). One payment per page.

* ``harbour_upi``: the harbour buyers' UPI apps (Google Pay, PhonePe, Paytm, BHIM, FedMobile, Amazon Pay, YONO SBI,
  Navi; dark on some), in three layouts of their own (the payee first with To <payee>, its handle and the sum large;
  the outcome first with the payee and the sum on one row; a bank app's table with Paid to / To / Sent to and UPI ID
  / VPA): a boat owner, an ice plant, the loading workers, a boat works, a fish trader or the net menders (capitals on
  some), Payment successful / Completed / Money sent / Transaction Successful / Paid Successfully / Transaction
  successful / Payment failed / Transaction Failed / Transaction failed / Payment pending / Processing / Transaction
  Pending / Transaction under process, a Note / Message / Remarks (Ice 40 blocks, Catch payment - trip 14), UPI
  transaction ID / UTR / UPI Ref No. / UPI Reference No., the app's own id on some (Google transaction ID, PhonePe's
  and YONO's Transaction ID, Paytm's Order ID, FedMobile's Txn Ref No., Amazon Pay transaction ID, Navi transaction
  ID), the day (in the outcome or as Date & Time / Transaction date / Paid on), Debited from / From / Paid from.
* ``auction_patti``: the harbour sellers' paper (monospace or serif; three photographed into a WhatsApp chat with
  the sender's line and a reply, the day divider Today / Yesterday): five commission agents' AUCTION PURCHASE BILL /
  FISH AUCTION BILL / PATTI - BUYER'S COPY (the agent on top, in capitals on some, its line, auction hall, GSTIN and
  phone: Bill No. / Patti No., Date / Auction date, Buyer M/s Tarangini Seafoods Pvt Ltd, Boat <name>
  (IND-KL-07-MM-4521), the lots (Poovalan prawn 62.5 kg x 380), Gross value, Add: Commission @ 2%, Add: GST @ 18%
  on commission, Add: Loading & icing (hamali), Total / Net payable, Amount received / Received, or Cheque amount
  with Cheque No. / Chq. No., Cheque date / Chq. dt. and Drawn on / Bank; the sum in words, Mode / Paid by and its
  UPI RRN / UTR / IMPS Ref No. / Bank Reference; RECEIVED / PAID / RECEIVED WITH THANKS / CHEQUE RETURNED - FUNDS
  INSUFFICIENT with "Cheque return charges Rs 350 ..."; the agent's rubber stamp on some) and three boat owners'
  CATCH SALE RECEIPT / RECEIPT (the owner on top, capitals on some, "Owner - fishing boat <boat> (<registration>)",
  the harbour, Mob.: No., Date, the lots, Total value, Less: Advance taken (diesel & ice) / Less: Advance taken on
  <day>, Balance received / Balance paid to me or Cheque amount, "Received from M/s Tarangini Seafoods Pvt Ltd, <town>
  the sum of <words> towards the catch of <boat> landed at <harbour>.", the way, CHEQUE RECEIVED - SUBJECT TO
  REALISATION on one, Signature of boat owner / Received - boat owner).
* ``bunk_slips``: card terminal slips at the harbour (monospace; Pine Labs, Worldline, HDFC Bank, Ezetap, SBI, Paytm,
  ICICI Bank, Mosambee, the maker on top on some): five diesel bunks (MATSYAFED FUEL BUNK; IndianOil's BHIDIYA MARINE
  FUELS, Hindustan Petroleum's HARBOUR FILLING STATION, Bharat Petroleum's NEW HARBOUR FUEL POINT and Nayara Energy's
  SAGAR KINARA FUELS with the oil company's line over the outlet's name), the harbour and town, SALE / CARD SALE,
  DATE: and TIME: or DT: TM: on one row or TXN DT/TM:, MID: / MERCHANT ID:, TID:, BATCH NO:, INVOICE NO: / BILL NO:,
  PRODUCT: HSD, NOZZLE:, BOAT NO: IND-TN-13-MM-3549 or VEHICLE NO:, VOLUME(L):, RATE(RS/L):, CARD NO:, CARD TYPE:
  (VISA DEBIT, RUPAY CREDIT, XTRAPOWER FLEET), ENTRY: CHIP / CONTACTLESS / SWIPE, APPR CODE: / AUTH CODE:, RRN: / REF
  NO:; and three ice plants (PEARL CITY ICE WORKS, KAIRALI ICE PLANT, SRI DURGA ICE FACTORY: ITEM: ICE BLOCKS 50 KG /
  CRUSHED ICE (TONNE), QTY: n X rate, by card or UPI QR SALE with MODE: UPI - DYNAMIC QR, PAYER VPA:, QR TXN ID: and
  RRN: / UPI REF NO:); AMOUNT: / SALE AMT: / TOTAL: (INR, RS, Rs. or none; western grouping or plain); APPROVED / TXN
  APPROVED / SALE SUCCESSFUL / DECLINED with RESP CODE: 55 INCORRECT PIN (51, 05, 61) / UPI TXN PENDING with CHECK
  STATUS BEFORE RELEASING ICE; PIN VERIFIED OK / NO SIGNATURE REQUIRED.
* ``export_wires``: foreign buyers paying for the containers: five of the company's banks' inward remittance
  advices (HDFC Bank's and Axis Bank's e-mails, State Bank of India's and ICICI Bank's trade portals in a browser,
  Federal Bank's printed advice: the bank on top and its line, Inward Remittance - Credit Advice / Foreign Inward
  Remittance Advice / Advice of credit - export proceeds, Beneficiary name / Beneficiary (Tarangini Seafoods Pvt Ltd
  or TARANGINI SEAFOODS PRIVATE LIMITED), Beneficiary account (Current or EEFC), IEC, Remitter / Ordering customer
  (a Dubai, Vigo, Tokyo, Amsterdam or Ho Chi Minh City importer), Remitter's country, Remitting bank / Sender's bank,
  BIC, Purpose code P0102 - Realisation of export bills / P0103 - Advance against exports, Goods, Export invoice
  TS/EXP/26-27/123, Remittance amount / Foreign currency amount, and on the credited ones Exchange rate, INR
  equivalent, Less: Bank charges (incl. GST), Less: GST on currency conversion, Amount credited (INR) or Credited to
  EEFC account in USD; Mode SWIFT inward (MT103), Inward ref No. / Transaction reference / Our reference, UETR on
  some, Value date / Credited on / Received on / Returned on, Status on the mails and the paper; Credited / Credited
  to your account / Returned to remitting bank - beneficiary name mismatch / Received - pending disposal (purpose
  code and invoice awaited)) and three buyers' own REMITTANCE ADVICE / PAYMENT ADVICE by e-mail (Pacific Harvest
  Seafood Inc. of Los Angeles in dollars, Pescados Atlantico S.L. of Vigo and Noordzee Visimport B.V. of IJmuiden in
  euros: the buyer on top and its address, "we have remitted the amount below to your account today", Payee /
  Beneficiary / Supplier, Beneficiary bank, SWIFT / BIC, Account, Payment No. / Payment document, Payment date /
  Value date, the invoices paid (Invoice TS/EXP/26-27/352), Less: Quality claim (broken pieces) / Less: Claim - glaze
  shortfall on some, Total remitted / Amount remitted, Charges OUR / SHA, Our bank, Bank reference / SWIFT ref
  (MT103), UETR on some, Status / Payment status Paid / Released / Executed).
* ``boat_transfers``: the company paying boat owners, agents, peeling sheds and ice plants from its corporate net
  banking (Federal Bank's FedCorp, CSB Bank's CSB Corporate, SBI's yono BUSINESS, Indian Overseas Bank's IOB
  Corporate, Kotak FYN, Dhanlaxmi Corporate in a browser; bob World Business and neo by Axis Bank on a phone): the
  bank on top and the product, Fund Transfer - Acknowledgement / Transaction Status / Payment Acknowledgement,
  Transaction successful / Payment processed successfully / <mode> transfer successful / Transaction failed -
  beneficiary account closed / <mode> transfer failed / Pending authorisation - checker / Awaiting approval by
  authoriser, Reference No. / Transaction Ref. No., Debit account / From account and Debit account name (the company)
  on the web, Beneficiary name / Beneficiary / Pay to (as the bank prints it, capitals on most), Beneficiary account
  / Account No., IFSC, Beneficiary bank, Amount / Transfer amount (the sum large on the apps), Charges (incl. GST) and
  Total debit on some, Payment mode / Transfer type NEFT / RTGS / IMPS, UTR / UTR No. / IMPS Ref No. / RRN, Remarks /
  Narration (Catch payment - St. Antony, Peeling charges - wk 24), Maker and Checker / Authoriser, Value date /
  Transaction date / Processed on / Failed on / Initiated on / Created on, From / Debited from on the apps.
* ``port_fees``: the Export Inspection Agency-Kochi's e-payment receipt for its certification fee (the agency on top
  and "Export Inspection Council of India, Ministry of Commerce & Industry" under it: Exporter, Establishment
  approval No., Application No., Consignment, Destination, Health certificate fee, Inspection & sampling fee, Lab
  testing fee (residues), Total amount, Net banking, Transaction ID, Bank Ref No., Payment date), MPEDA's RCMC renewal
  (The Marine Products Export Development Authority on top: Registration No., Category, Renewal fee (5 years), GST @
  18%, Total, Paid through SBIePay - UPI, SBIePay Ref ID, Initiated on; Payment pending - awaiting confirmation from
  bank), the Cochin Port Authority's printed MONEY RECEIPT - FISHERIES HARBOUR for an auction hall stall (Receipt No.,
  Date, Received from, Towards, Period, Licence fee, GST @ 18%, Total, Online (NEFT) and its UTR, Status Paid), the
  V.O. Chidambaranar Port Authority's wharfage e-payment (Shipping bill No., Cargo, Wharfage (4 TEU x rate), GST,
  Total, Payment date), ODeX's receipt of a payment to a shipping line (ODeX on top, Paid to / Shipping line CMA CGM
  Agencies (India) Pvt Ltd, Location, BL No., Invoice No., Ocean freight (USD 2,850 @ 88.13), Terminal handling
  charges, BL fee, Seal charges, GST @ 18% on local charges, Total, ODeX Txn ID, Failed on; Payment failed - declined
  by bank), DP World Cochin's e-mailed payment receipt (India Gateway Terminal Pvt Ltd - ICTT Vallarpadam under it:
  Customer code, Container, Reefer monitoring & plug-in (n days), Lift on / lift off, GST @ 18%, Amount paid, UPI or
  Net banking, Receipt No., Transaction ID, UPI Ref No., Status Paid), a customs broker's BILL CUM RECEIPT / INVOICE
  CUM RECEIPT (Seagate Shipping & Clearing Agency: Client, Bill No. / Invoice No., Date, Shipping bill No., Agency
  charges, Documentation & EDI filing, EIA sample drawing & liaison, GST @ 18%, Total, Less: TDS u/s 194C @ 2%, Net
  received / Received (net of TDS), NEFT and its UTR, the broker's stamp on some) and the Export Inspection
  Agency-Chennai's e-mailed laboratory fee receipt (Sample No., the tests, Amount paid, Paid via UPI, Receipt No.,
  UPI Ref No., Paid on, Status Received); Paid / Payment successful elsewhere.
* ``reefer_freight``: four reefer transporters' FREIGHT BILL CUM RECEIPT / LORRY RECEIPT CUM BILL / TRANSPORT BILL
  (paper; the transporter on top, capitals on some, "Reefer trucks & containers - frozen cargo, -18 C to -25 C",
  address, GSTIN: Bill No. MRL/26-27/286, Date, Consignor M/s <company or LLP>, LR No., Vehicle No., Container on
  some, From / To (Aroor plant to ICTT Vallarpadam, Kochi), Set temperature, Freight (1 trip), Genset / reefer
  running, Detention (n days x 2,500), Toll & parking (at actuals), Total, "GST payable by the recipient under
  reverse charge (GTA).", Less: TDS u/s 194C @ 2%, Net amount received / Received (net of TDS) or Cheque amount, the
  sum in words, the way and its reference or the cheque; PAID / RECEIVED / CHEQUE RECEIVED - SUBJECT TO
  REALISATION), a transporter's e-mail acknowledging payment (Received from, Against bill, Bill amount, Less: TDS,
  Amount received, Mode NEFT, Bank Reference, Receipt No., Status Received) and three FASTag recharges of the LLP's
  reefer trucks (IDFC FIRST Bank FASTag on Bharat Connect in PhonePe, HDFC Bank FASTag in Paytm: Recharge successful
  / Payment successful, the sum large, Biller / FASTag issuer, Vehicle number / Vehicle No., Customer name, Paid via
  UPI, Bharat Connect Ref. No. / B-Connect Txn ID, UPI Ref No., Paid on; ICICI Bank FASTag's own portal: the issuer
  on top, Recharge - payment status, Recharge failed - payment declined by bank, Vehicle No., Tag ID, Wallet ID,
  Recharge amount, Net banking, Transaction ID, Failed on).
* ``packing_invoices``: five packing material suppliers' TAX INVOICE / TAX INVOICE CUM RECEIPT / INVOICE CUM RECEIPT
  (paper; Kuttanad Corrugated Boxes, Saurashtra Polypack, Sivakasi Offset Printers, Kochi Strapping Industries,
  Vizag Thermocol Products on top, capitals on some: Invoice No. / Inv. No., Date / Invoice date, Buyer M/s
  Tarangini Seafoods Pvt Ltd (<town> plant), GSTIN of buyer, Place of supply, the lines with HSN (5-ply master carton
  (printed), LDPE inner bags 10x14 (80 mic), printed duplex inner cartons, PP box strapping, EPS (thermocol) boxes),
  Taxable value, CGST and SGST @ 2.5% / 9% or IGST @ 5%, Round off, Invoice total, Amount received / Received / Paid
  or Cheque amount, the sum in words, the way and its reference or the cheque; PAID / RECEIVED WITH THANKS / CHEQUE
  RETURNED UNPAID - SUPPLY ON HOLD with its Return reason / CHEQUE RECEIVED - SUBJECT TO CLEARANCE; the supplier's
  stamp on some), two suppliers' e-mails acknowledging payment (Sri Sai Labels & Printers, Shree Ganesh Flexi Pack:
  Received from, Against invoice(s), Invoice value, Amount received, Mode, Bank Ref. No. / RTGS UTR, Receipt No.,
  Received on, Balance outstanding Nil, Status Received) and Coastal Packaging Solutions' Razorpay page paid by card
  (Payment successful / Paid, the sum large, Purpose / Payment for, Paid by / Customer, Payment method, Payment ID,
  Auth code / Approval code, Paid on / Payment date, Secured by Razorpay).
* ``wage_vouchers``: the company's WAGES PAYMENT VOUCHER / WAGE SLIP CUM VOUCHER (paper; the company on top with the
  section and unit: Voucher No., Date, Paid to / Name of worker, Token No., Week ending <day> / Wage month, Days
  worked n x rate, Overtime n hrs x rate, Gross wages, Less: EPF (12%), Less: ESI (0.75%) under the wage ceiling,
  Less: Advance on some, Net wages paid / Net amount paid, the sum in words, Mode Cash or UPI with its UPI Ref No.,
  PAID, "Signature / thumb impression of worker"), two labour contractors' BILL CUM RECEIPT / LABOUR BILL (the
  contractor on top with its labour licence: Bill No., Date, To M/s <company or LLP>, Peeling n kg x rate, Grading &
  packing n cartons x rate, Loading / unloading n tonnes x rate, Reefer stuffing n containers x rate, Total, Less: TDS
  u/s 194C @ 1%, Net received / Amount received, NEFT or IMPS and its reference; RECEIVED / RECEIVED WITH THANKS), two
  EPFO ECR challan payment receipts in a browser (Employees' Provident Fund Organisation on top: TRRN, Establishment
  ID, Establishment name, Wage month, Members, A/c 01 (EE + ER share), A/c 02 (admin charges), A/c 10 (EPS), A/c 21
  (EDLI), Total amount, Net banking, Bank Ref No., Payment date / Failed on; Payment successful / Payment failed -
  transaction declined by bank) and an ESIC e-challan (Employees' State Insurance Corporation on top: Employer code,
  Employer name, Contribution period, Challan No., Employees' contribution (0.75%), Employer's contribution (3.25%),
  Total amount, Net banking, Transaction No., Initiated on; Payment pending - awaiting bank confirmation).
* ``bank_sms``: the banks' SMS alerts in a messages app (the sender VM-FEDBNK-S, AD-SBIINB-S, JD-AXISBK-S,
  VK-ICICIT-S, BP-CANBNK-S, AX-SIBSMS-S, VM-UNIONB-S, JM-KOTAKB-S; the day divider): Federal Bank's UPI debit, SBI's
  NEFT debit with its UTR and Avl Bal, Axis Bank's card spend at a diesel bunk or an ice plant with its Avl Limit (no
  reference), ICICI Bank's failed IMPS, Canara Bank's pending UPI ("is pending ... Do not retry"), South Indian Bank's
  ACH DR TATA CAPITAL LTD for a reefer truck's EMI with its UMRN and Txn Ref, Union Bank's RTGS debit with its UTR,
  and Kotak's "Sent Rs ... to <payee>" without a day; the payee in capitals, the sum as Rs / Rs. / Rs: / INR with
  lakh or western grouping, the day as 19-06-2026, 11Apr26, 07-Apr-26, 08-01-26.
* ``plant_power``: the plants', the ice plant's and the cold stores' power and water: the boards' own receipt pages
  in a browser (KSEB / Kerala State Electricity Board Ltd, PGVCL / Paschim Gujarat Vij Company Ltd, APEPDCL / Eastern
  Power Distribution Company of AP Ltd: HT consumer - quick pay / Online bill payment, Payment Receipt / Online
  payment receipt, Consumer No. / Service No., Consumer name, Tariff, Contract demand, Bill month, Bill No., Due
  date, Bill amount, Prompt payment rebate (1%) on some, Amount paid / Amount, Payment mode, Receipt No., Transaction
  ID, Bank Ref No., Payment date / Failed on; Payment successful / Transaction successful / Payment failed), the
  Kerala Water Authority's Quick Pay - e-Receipt (Consumer No. ARR/76940/I, Category Industrial, UPI and its UPI Ref
  No.), GIDC's water charges e-payment (Gujarat Industrial Development Corporation on top: Estate, Plot No.,
  Allottee, Water charges, Drainage cess, Total, Amount paid) and three bills on Bharat Connect (TNPDCL in ICICI
  InstaBIZ, GVMC's water in Google Pay, KSEB in FedMobile: the app on its band, Bill paid successfully / Payment
  successful / Awaiting biller confirmation, the sum large, Biller / Paid to, Consumer number / Service number,
  Consumer name, Bill date, Due date, Bill amount, Paid from (Current A/c or UPI - <bank>), Bharat Connect Ref. No. /
  B-Connect Txn ID, UPI Ref No. or Transaction ID, Paid on / Initiated on).
* ``cold_store_billing``: what the cold store and the exporter collect: the cold store's STORAGE INVOICE CUM RECEIPT
  / TAX INVOICE CUM RECEIPT (paper; Tarangini Cold Storage, Tarangini Cold Storage - <town> or Tarangini Cold Chain
  LLP on top, capitals on some: Invoice No. / Inv. No., Date, Client / Buyer / Billed to M/s <trader>, Client GSTIN,
  Storage month, Frozen storage n pallets x 1 month @ rate, Handling in / out n t x rate, Blast freezing on some,
  Taxable value, CGST and SGST @ 9%, Invoice total, Less: TDS u/s 194C @ 2% and Amount received (net of TDS) /
  Received (net of TDS) on most, or Cheque amount; RECEIVED WITH THANKS / PAID / CHEQUE RETURNED UNPAID - RELEASE OF
  STOCK ON HOLD with its Return reason), its ADVANCE RECEIPT - CHAMBER BOOKING (Receipt No., Date, Received from /
  Client, "Received with thanks from M/s <trader> the sum of <words> as advance for n pallet positions in chamber n
  for the coming season.", Estimated storage charges (3 months), Cheque amount, the cheque; CHEQUE RECEIVED - SUBJECT
  TO REALISATION), the exporter's TAX INVOICE / TAX INVOICE CUM RECEIPT for frozen fish sold at home (Frozen ribbon
  fish (block 10 kg) HSN 0303 n ctn x rate, CGST and SGST @ 2.5%, Invoice total, Amount received, RTGS and its UTR),
  two payment links domestic buyers paid (Razorpay by UPI, Cashfree Payments by card: Tarangini Seafoods Pvt Ltd or
  Tarangini Seafoods on top, Payment successful / Paid, the sum large, Payment for / Description, Paid by / Customer,
  Payment method, Payment ID / Transaction ID, UPI Ref No. / UTR or Auth code, Paid on / Payment date) and two banks'
  collection apps (ICICI Bank InstaBIZ, HDFC Bank SmartHub Vyapar: Payment received / Amount credited, the sum large,
  Received in / Credited to, From / Payer (a client or buyer in capitals, or a handle), Mode UPI - QR, RRN / UPI Ref
  No., Txn ID on some, Received on / Date & time, Settled to).

Outcomes: six successes, a failed and a pending page in every family (the boat owners' and agents' bills but two,
the slips but two, the bank advices but two and the buyers' advices, the transfers but two, the fees but the MPEDA
and ODeX pages, the freight bills, e-mail and FASTag pages but two, the packing pages but two, the vouchers,
contractors' bills and one EPFO page, the SMS but two, the utilities but two and the cold store's pages but two are
successes). Absent fields: each family leaves out the id on one page (no UPI reference, UTR, RRN, IMPS reference,
bank, inward or SWIFT reference, UETR, Bharat Connect reference, transaction, payment, order, QR, SBIePay, ODeX or
app id, approval or auth code, bill, patti, receipt, invoice, voucher, payment document, TRRN or challan number;
boats' registrations, MIDs, TIDs, batch numbers, LR, vehicle, container, shipping bill and BL numbers, UMRNs,
consumer, service, establishment, employer, customer, tag and wallet ids, IECs, BICs, GSTINs, IFSCs, cards, accounts
and handles stay) and the day on one (no date anywhere: no cheque, advance, week ending, wage, bill, due, storage or
licence day or month, no financial year in a document's or an export invoice's number, no NEFT or RTGS UTR (both
spell the day: a bank reference or an IMPS or UPI reference stands in), no PhonePe or YONO id (both spell it), the
chat's and the messages app's divider Today / Yesterday, an e-mail's hour, a slip's TIME: / TM: and a phone's clock
at most). Sums: a seafood business's (a few thousand rupees of ice, lakhs for catch, containers and power bills, tens
of thousands of dollars and euros for a container of shrimp or squid): ₹ (faces that draw it), Rs., Rs, Rs:, INR, /-
on counter paper, INR / RS / Rs. / none on slips, $ / US$ / USD and € / EUR on the wires; lakh grouping on most,
western and plain on some; every UPI sum under Rs 1 lakh, every RTGS at Rs 2 lakh or more, every IMPS under Rs 5 lakh
and every cash payment under Rs 2 lakh. Days: 2026 (heldout116's ``day26``), printed in heldout121's patterns, this
set's DAY_PATS, WEST_PATS on the buyers' advices, the slips' and the banks' SMS own. Faces: heldout119's lists
(SCREEN_FACES for the UPI apps, the SMS and the utilities, PAPER_FACES (monospace and serif) for the harbour sellers'
paper, SLIP_FACES for the terminals, PAGE_FACES for the wires, transfers, fees, freight, packing, wages and the cold
store). Frames: heldout158's ``compose`` (heldout156's: heldout121's frames and marks, heldout129's rubber stamp) with
heldout118's WhatsApp chat round the photographed pattis and receipts. Seeds ``heldout161-<i>``.

Truth conventions (README "Receipt fields", as heldout152 to heldout158 quote them; *settled* where this set chose):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under To / Paid to /
  Sent to / Paying to (a boat owner by his name, an ice plant, the loading workers, a boat works, a fish trader),
  never the handle, the app or the bank debited. An auction agent on top of its bill, never M/s the company under
  Buyer, the Boat or the agent's rubber stamp. *settled*: a boat owner's catch sale receipt pays the owner named on
  top, never the boat's name or registration under it ("Owner - fishing boat St. Antony (IND-KL-07-MM-4521)": a
  vessel is not a payee) nor the company in "Received from M/s ...". *settled*: a diesel bunk's slip pays the outlet
  on its own name line (MATSYAFED FUEL BUNK, BHIDIYA MARINE FUELS, HARBOUR FILLING STATION, NEW HARBOUR FUEL POINT,
  SAGAR KINARA FUELS), never the oil company's line above it (INDIANOIL, HINDUSTAN PETROLEUM, BHARAT PETROLEUM,
  NAYARA ENERGY: the dealer runs the outlet and takes the money), the terminal's maker or bank, nor the harbour and
  town under it; an ice plant's slip its name. *settled* (heldout155): a bank's inward remittance advice pays the
  company under Beneficiary name / Beneficiary (Tarangini Seafoods Pvt Ltd or TARANGINI SEAFOODS PRIVATE LIMITED),
  never the bank on top, the Remitter / Ordering customer or the Remitting / Sender's bank; *settled*: a buyer's own
  remittance advice pays it under Payee / Beneficiary / Supplier, never the buyer on top (the payer, who also sends
  the mail), the Beneficiary bank or Our bank. A corporate transfer pays the beneficiary as the bank prints it under
  Beneficiary name / Beneficiary / Pay to, never the Debit account name / From (the company) or the bank on top.
  *settled*: the Export Inspection Agency-Kochi and the Export Inspection Agency-Chennai issue their receipts in their
  own names for their own fees (as heldout158's pollution control boards): the agency on top, never the "Export
  Inspection Council of India, Ministry of Commerce & Industry" line under it; The Marine Products Export Development
  Authority, the Cochin Port Authority and the V.O. Chidambaranar Port Authority on top, never the Ministry or
  address line, nor the Exporter / Customer / Payer / Received from. *settled*: ODeX's receipt pays the shipping line
  under Paid to / Shipping line (CMA CGM Agencies (India) Pvt Ltd), never ODeX on top (a platform that passes the
  payment on, like a gateway). *settled*: DP World Cochin on top of its receipt is the payee, never India Gateway
  Terminal Pvt Ltd - ICTT Vallarpadam under it (the brand on top, as heldout158's ACT Fibernet over Atria). The
  customs broker, the transporters and the packing suppliers on top of their paper and e-mails, never M/s the company
  under Client / Consignor / Buyer / Received from; Coastal Packaging Solutions on top of its Razorpay page, never the
  Customer / Paid by or "Secured by Razorpay". *settled* (heldout150): a FASTag recharge pays the issuer as printed
  under Biller / FASTag issuer or on top of its own portal (IDFC FIRST Bank FASTag, HDFC Bank FASTag, ICICI Bank
  FASTag), never the app, Bharat Connect or the Customer name. *settled*: a wage voucher is a payment the company
  makes: the worker under Paid to / Name of worker (heldout150's salaries), never the company on top of its voucher;
  a labour contractor on top of its bill, never M/s the company or LLP under To. *settled* (heldout153): the EPFO's
  and ESIC's challans pay the Employees' Provident Fund Organisation and the Employees' State Insurance Corporation
  on top, never the Ministry line or the Establishment / Employer name. An SMS alert's payee as the bank sends it (to
  JOSEPH XAVIER, at KAIRALI ICE PLANT, ACH DR TATA CAPITAL LTD), never the bank. A board's page pays the board on top
  (KSEB or Kerala State Electricity Board Ltd, PGVCL, APEPDCL, as printed), Kerala Water Authority and Gujarat
  Industrial Development Corporation on top of theirs; a Bharat Connect page the biller under Biller / Paid to (short
  or long name as printed), never the app, Bharat Connect, the Consumer name or the Allottee. *settled*: what the
  cold store and the exporter collect pays them: the cold store on top of its invoice and advance receipt (Tarangini
  Cold Storage; Tarangini Cold Storage - Thoothukudi, the town on the same line being part of the name as in
  heldout153; TARANGINI COLD CHAIN LLP), the company on top of its sale invoice and its payment links (Tarangini
  Seafoods Pvt Ltd or Tarangini Seafoods), never M/s the client under Client / Buyer / Billed to / Received from, the
  Paid by / Customer, the gateway's footer or the seal; on a bank's collection app (heldout157) the account under
  Received in / Credited to, never the app's title or the From / Payer.
* amount / currency: the sum this payment moved. A UPI screen's sum large (on the payee's row in one layout). An
  agent's Amount received / Received or Cheque amount (the Total / Net payable: the Gross value with the commission,
  the GST on it and the hamali), never the Gross value, a lot or a charge. *settled*: a boat owner's Balance received
  / Balance paid to me / Cheque amount (the Total value less the Advance taken), never the Total value or the advance.
  A slip's AMOUNT: / SALE AMT: / TOTAL: (VOLUME x RATE, or QTY x rate), never the RATE, VOLUME or QTY. *settled*
  (heldout155): a wire counts the sum in the currency remitted: the Remittance amount / Foreign currency amount (USD,
  EUR; on an EEFC credit too), never the INR equivalent, the charges or the Amount credited (INR); a buyer's advice
  its Total remitted / Amount remitted (the invoices less a quality or glaze claim), never an invoice's sum or the
  claim. A transfer's Amount / Transfer amount or sum large; *settled*: never the Charges (incl. GST) or the Total
  debit (the bank's fee is not paid to the beneficiary). A fee's Total amount / Total / Total paid / Amount paid; the
  broker's Net received / Received (net of TDS), never its Total. A freight bill's Net amount received / Received (net
  of TDS) or Cheque amount (the Total less TDS u/s 194C @ 2%), the transporter's e-mail its Amount received, never the
  Total, the Freight or the Bill amount. A FASTag recharge's sum large / Recharge amount. A supplier's Amount received
  / Received / Paid / Cheque amount (the rounded Invoice total), never the Taxable value; its e-mail's Amount
  received; the Razorpay page's sum large. *settled*: a wage voucher's Net wages paid / Net amount paid (the Gross
  wages less EPF, ESI and an advance), never the Gross wages or a line; a contractor's Net received / Amount received
  (after TDS u/s 194C @ 1%), never the Total; the EPFO's and ESIC's Total amount, never an account or a share. An
  SMS's sum debited, spent or sent, never the Avl Bal or Avl Limit. A Bharat Connect page's sum large; a board's
  Amount paid / Amount (the Bill amount less a Prompt payment rebate where printed), GIDC's Amount paid (its Total).
  The cold store's Amount received (net of TDS) / Received (net of TDS), or Amount received / Cheque amount (the
  Invoice total) where none is deducted, never the Taxable value, or the Invoice total where TDS is deducted;
  *settled*: the chamber booking's Cheque amount (the advance), never the Estimated storage charges; the sale
  invoice's Amount received (with CGST and SGST @ 2.5%); a link's and a collection app's sum large. Currency INR
  everywhere but the wires: USD (US$, $, USD) and EUR (€, EUR).
* status: as printed (the words listed with each family above). *settled*: Pending authorisation - checker and
  Awaiting approval by authoriser are pending (the transfer is not yet with the bank); Transaction failed -
  beneficiary account closed failed. *settled*: Received - pending disposal (purpose code and invoice awaited) is
  pending (the funds are held, not credited) and Returned to remitting bank - beneficiary name mismatch failed; a
  wire's Status Credited / Credited to your account and a buyer's Paid / Released / Executed successes. A slip's
  DECLINED (RESP CODE ...) failed and UPI TXN PENDING (CHECK STATUS BEFORE RELEASING ICE) pending; SALE SUCCESSFUL a
  success. The sellers' CHEQUE RETURNED - FUNDS INSUFFICIENT, CHEQUE RETURNED UNPAID - SUPPLY ON HOLD and CHEQUE
  RETURNED UNPAID - RELEASE OF STOCK ON HOLD failed; CHEQUE RECEIVED - SUBJECT TO REALISATION and CHEQUE RECEIVED -
  SUBJECT TO CLEARANCE pending (heldout110); RECEIVED, PAID, RECEIVED WITH THANKS and a voucher's PAID successes.
  Payment pending - awaiting confirmation from bank, Payment pending - awaiting bank confirmation, Awaiting biller
  confirmation pending; Payment failed - declined by bank, Payment failed - transaction declined by bank, Recharge
  failed - payment declined by bank, Payment failed failed. *settled*: an SMS that says the transfer "has failed" is
  failed and one that says the payment "is pending" pending; a debit, spend or "Sent" alert a success. An e-mail's
  Status Paid / Received a success.
* date: the day paid (a bill's, patti's, receipt's, invoice's, voucher's or slip's Date / Auction date / Invoice
  date / DATE: / DT: / TXN DT/TM:; Paid on, Payment date, Date & Time, Transaction date, Value date, Credited on,
  Processed on, Received on, Date & time, the day in an SMS or under a UPI outcome; Failed on, Returned on, Initiated
  on and Created on on the failures and the waits). *settled*: a held wire's Received on and a returned one's
  Returned on are its day; a transfer awaiting its checker its Initiated on / Created on. *settled*: never a Cheque
  date / Chq. dt., an "Advance taken on <day>", a Week ending, a Wage month / Contribution period / Storage month /
  Bill month, a licence's Period, a Bill date or Due date, an Export invoice's or a document's financial year, the
  chat's divider, an e-mail's hour or a phone's clock; the messages app's day divider, where it prints a day, shows
  the same day as the alert.
* payment_method: UPI, card, cash, cheque, "netbanking" for NEFT / RTGS / IMPS, net banking and a bank account
  debited or credited. *settled*: a fleet card (XTRAPOWER FLEET) is card; a slip's MODE: UPI - DYNAMIC QR and a
  collection app's UPI - QR are UPI; an export buyer's SWIFT wire (Mode SWIFT inward (MT103), Charges OUR / SHA) is
  "netbanking" (heldout155: a bank account credited); a NACH / ACH debit is "netbanking" (heldout110); a Bharat
  Connect bill paid from a Current A/c is "netbanking" and through UPI - <bank> UPI; MPEDA's SBIePay - UPI is UPI;
  the Razorpay and Cashfree pages' card is card; a cheque received, deposited or returned is cheque.
* transaction_id: the highest family printed (heldout152's order): a UPI reference / UTR / RRN / IMPS reference (UPI
  transaction ID, UTR, UTR No., UPI Ref No., UPI Ref No.:, UPI Reference No., UPI RRN, UPI Ref, UPI Txn No., NEFT UTR,
  RTGS UTR, IMPS Ref No., IMPS RRN, RRN, a slip's RRN: / REF NO: / UPI REF NO:, an SMS's UPI Ref No / UTR / IMPS Ref
  No), then a bank reference (Bank Ref No., Bank Ref. No., Bank Reference, Bank reference, SWIFT ref (MT103), a
  corporate banking page's Reference No. / Transaction Ref. No., Bharat Connect Ref. No. / B-Connect Txn ID, an SMS's
  Txn Ref; *settled* (heldout155): a wire advice's Inward ref No. / Transaction reference / Our reference), then a
  transaction / payment id (Transaction ID, Txn ID, Transaction No., Payment ID, SBIePay Ref ID, ODeX Txn ID, a
  slip's QR TXN ID:, the app's own id: Google transaction ID, PhonePe's and YONO's Transaction ID, FedMobile's Txn
  Ref No., Amazon Pay transaction ID, Navi transaction ID; *settled*: a UETR, the SWIFT gpi end-to-end reference, is
  the wire's transaction id below the bank's reference), then an approval code (APPR CODE: / AUTH CODE:, Auth code /
  Auth Code / Approval code), then an order's number (Paytm's Order ID), then a document's own number (Bill No. /
  Patti No. / No., a slip's INVOICE NO: / BILL NO:, Receipt No., Invoice No. / Inv. No., Voucher No., a buyer's
  Payment No. / Payment document; *settled*: the EPFO's TRRN and ESIC's Challan No., each its challan's own number,
  as a GST challan's CPIN). *settled*: never a boat's registration or BOAT NO:, a lot, an LR No., Vehicle No. /
  VEHICLE NO:, Container, Shipping bill No., BL No., ODeX's Invoice No. (the shipping line's bill being paid), an
  Export invoice or the invoices or bill listed on an advice or an e-mail (Invoice TS/EXP/..., Against bill, Against
  invoice(s)), an Establishment approval No., Application No., MPEDA's Registration No., Sample No., Customer code,
  Tag ID, Wallet ID, Token No., Labour licence No., Establishment ID, Employer code, UMRN, IEC, BIC / SWIFT / BIC,
  Consumer No. / Service No. / Consumer number / Service number, a board's Bill No. (the bill paid), Plot No., MID,
  TID, BATCH NO, the Maker or Checker, a card, account or mobile number, a UPI ID / VPA / PAYER VPA, GSTIN, PAN, IFSC
  or a cheque number.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout161_families import (
    auction_patti,
    bank_sms,
    boat_transfers,
    bunk_slips,
    cold_store_billing,
    compose,
    export_wires,
    harbour_upi,
    packing_invoices,
    plant_power,
    port_fees,
    reefer_freight,
    wage_vouchers,
)

SPLIT = "heldout161"

FAMILIES: list[Family] = [
    ("harbour_upi", harbour_upi, SCREEN_FACES),
    ("auction_patti", auction_patti, PAPER_FACES),
    ("bunk_slips", bunk_slips, SLIP_FACES),
    ("export_wires", export_wires, PAGE_FACES),
    ("boat_transfers", boat_transfers, PAGE_FACES),
    ("port_fees", port_fees, PAGE_FACES),
    ("reefer_freight", reefer_freight, PAGE_FACES),
    ("packing_invoices", packing_invoices, PAGE_FACES),
    ("wage_vouchers", wage_vouchers, PAGE_FACES),
    ("bank_sms", bank_sms, SCREEN_FACES),
    ("plant_power", plant_power, SCREEN_FACES),
    ("cold_store_billing", cold_store_billing, PAGE_FACES),
]


def make_heldout161_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout161 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
