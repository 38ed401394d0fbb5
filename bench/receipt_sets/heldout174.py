"""heldout174: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a cold-storage and warehousing operator's day in 2026 (Sheetal Agro Cold Chain Pvt Ltd,
its potato cold store Sheetal Cold Storage at Etmadpur near Agra and its onion, grape and raisin store Sheetal Cold
Storage & Warehouse at Lasalgaon near Nashik), told by the proofs of payment it receives (farmers' and traders'
storage rent by UPI, payment pages, net banking and IMPS, traders' payment advices, its own rent receipts, card and
UPI QR slips at its gate counters, lenders' payments of the warehouse charges on stock pledged under its e-NWRs) and
those it makes (the e-NWR repositories' and WDRA's fees, the ammonia refrigeration contractors and the ammonia gas
supplier, the forklift lessors (NACH collections among them), HT electricity, hamali contractors, wages and bulk
payouts, licence and local tax fees, imported refrigeration spares by SWIFT, diesel and supplies at counters, the
bank's alerts). One payment per page. Each family: six successes, one failure, one wait; one page prints no
transaction id and one no day (truth None for those fields; the page that prints no day prints no other day either,
no month, season or financial year, and moves bank money by IMPS or UPI, whose reference does not spell the day).

* ``farmer_upi``: six UPI app screens (PhonePe, Google Pay, Paytm, BHIM, YONO SBI, bob World) and two of the store's
  payment pages (PayU, Instamojo). ``trader_transfers``: four net-banking acknowledgements (OnlineSBI, HDFC Bank
  NetBanking, PNB Internet Banking, Bank of Maharashtra - MahaNet), two banks' apps' IMPS screens (bob World, Vyom -
  Union Bank) and two traders' payment advice e-mails. ``rent_receipts``: the store's STORAGE RENT RECEIPT / MONEY
  RECEIPT / BILL OF SUPPLY CUM RECEIPT (serif, rubber stamp). ``pledge_finance``: five lenders' payments of
  warehouse charges on pledged stock (SBI's and an NBFC's e-mails, HDFC Bank's portal, Bank of Baroda's and PNB's
  paper), two e-NWR repositories' billing pages (NERL, CCRL) and Bharatkosh's e-Receipt for WDRA's fee.
  ``counter_slips``: card terminal slips at the store's gate counters and at suppliers' counters, one a UPI QR sale
  (monospace). ``ammonia_service``: ammonia refrigeration contractors' bills, the gas supplier's invoices and their
  e-mails. ``forklift_leases``: lessors' rental invoices, NACH collection e-mails and customer portal receipts.
  ``power_bills``: Bharat Connect in business banking apps, DVVNL's and MSEDCL's own pages and MSEDCL's SMS.
  ``hamali_wages``: hamali contractors' bills, wage vouchers and bulk payout rows. ``licence_fees``: FSSAI, the U.P.
  horticulture directorate, MPCB, Legal Metrology, the U.P. fire service, DISH, the U.P. Labour Department and the
  Nagar Panchayat's property tax. ``equipment_imports``: six banks' outward remittance advices and two suppliers'
  e-mails (EUR, USD, GBP). ``bank_alerts``: the bank's SMS, ACH and e-mail debit alerts. The families' docstrings
  list each layout's labels.

Truth conventions (heldout167's, kept where they say *settled*; heldout161's and heldout171's where this set meets
the same papers):

* merchant_name: the one paid, as printed (capitals where so printed). A farmer's or trader's UPI screen pays the
  store (its trade name, with its town on some, or its company, as printed) under Paid to / To / Sent to / Payment
  to / Paying to / Payee name / Beneficiary name, never the UPI ID / Payee VPA or the app; a payment page's store on
  top, never the Depositor name / Farmer name / Paid by or the gateway's footer. A trader's net-banking page or
  banking app pays the store under Beneficiary name / Payee / Credit to / Beneficiary / Transfer to / To, never the
  portal on top or the Remitter name / Debit account holder / From. *settled*: a brand owner's payment advice pays
  the company under Payee / Vendor / Beneficiary, never the brand on top (the payer); here a trader's payment advice
  pays the store under Paid to / Payee / Beneficiary, never the trader on top. *settled* (heldout161): what the cold
  store collects pays it: the cold store on top of its receipt (Sheetal Cold Storage; Sheetal Cold Storage &
  Warehouse, Lasalgaon, the town on the same line being part of the name), never the "A unit of" company line
  (heldout171), the farmer or trader under Received from / Depositor / Party name, the "For <store>" line or the
  seal. *settled* (new here): a lender's payment of the warehouse charges on pledged stock pays the store under
  Warehouse / Warehouse service provider / Beneficiary / Pay to, never the lender on top or its branch line, nor the
  Borrower / Depositor / Pledgor whose loan it is. *settled* (new here): an e-NWR repository's billing page pays the
  repository on top (National E-Repository Limited or NERL, CDSL Commodity Repository Ltd or CCRL, as printed),
  never the store under Participant / Client name. *settled* (heldout153): Bharatkosh's e-Receipt pays the authority
  under Department (here Warehousing Development and Regulatory Authority or WDRA), never Bharatkosh on top, the
  Ministry or the PAO / DDO, nor the Depositor name. A slip's counter name line in capitals, never the terminal's
  maker or the area line; *settled* (new here): at the store's own gate counter the slip's name line as printed
  (SHEETAL COLD STORAGE, SHEETAL COLD STORAGE & WH, SHEETAL AGRO COLD CHAIN), never the LOT NO: / GATE PASS NO:
  lines or the PAYER VPA:. An ammonia contractor's, the gas supplier's, a forklift lessor's or a hamali contractor's
  name on top of its own paper, e-mail or portal, never M/s the store or the company under Customer / Buyer / Site /
  To / Received from / Lessee / Bill to / Party; *settled* (new here): a lessor's NACH collection e-mail pays the
  lessor on top, never the Debit bank or the Lessee. A Bharat Connect page's board under Biller / Electricity board
  / Biller name (short or long as printed), never the app, Bharat Connect or the Consumer name; a board's own page
  the board on top (DVVNL, Maharashtra State Electricity Distribution Co. Ltd, MSEDCL, as printed); *settled* (new
  here): the board's own SMS acknowledging a payment pays the board in its sign-off ("- MSEDCL"), never the sender
  id (VM-MSEDCL). *settled* (heldout150, heldout161): a wage voucher pays the worker under Paid to / Name of worker
  (here Name of employee), never the company on top; a bulk payout the Beneficiary name, never the Debit account
  name. *settled* (new here): the licence and tax pages pay the authority on top (Food Safety and Standards
  Authority of India or FSSAI, Directorate of Horticulture & Food Processing, U.P., Maharashtra Pollution Control
  Board, Legal Metrology Organisation, Maharashtra, Uttar Pradesh Fire and Emergency Services, Directorate of
  Industrial Safety and Health, Labour Department, Uttar Pradesh, NAGAR PANCHAYAT ETMADPUR), never the line under it
  (FoSCoS, e-GRAS), nor the store under Licensee / Applicant / Industry name / Establishment / Owner / Occupier /
  Assessee. *settled* (new here): an outward remittance advice pays the supplier abroad under Beneficiary /
  Beneficiary name, never the bank on top, the Remitter / Applicant / Ordering customer (the company) or the
  Beneficiary bank; a supplier's e-mail confirming the payment pays the supplier on top, never the Customer. An SMS
  alert's payee as the bank sends it ("to FROSTLINE REFRIGERATIO": *settled*, the truncated name as printed), never
  the bank or the sender id; *settled* (heldout171): the bank's e-mail alert likewise, never the bank in the sender
  line or the sign-off; *settled* (heldout161): an ACH debit's payee is the name after ACH D- (LIFTWELL EQUIPMENT
  REN), never the UMRN.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large. A net-banking page's
  Amount / Transfer amount / Amount (INR) / Amount (Rs.), an app's sum large; *settled* (heldout161): never the
  Charges (incl. GST) or the Total debit. A trader's advice's Net amount paid / Amount transferred (the storage
  bills less TDS u/s 194C @ 1%), never a bill's sum. *settled* (new here): the store's receipt counts the Balance
  received / Amount received / Net received, or the Cheque received / Cheque amount (the Total of rent, hamali,
  bardana and insurance less an Advance received earlier, as heldout161's boat owner's Balance received), never the
  Total, the advance or a line. *settled* (new here): a lender's Amount paid to warehouse / Net amount paid / Amount
  released (the storage charges with handling and insurance; the Total charges, where printed, is the same sum),
  never the Drawing power or the Storage charges line; a repository's Amount paid / Total (with GST @ 18%), never a
  line; Bharatkosh's Amount. A slip's AMOUNT: / TOTAL: / SALE AMT: / BASE AMT: (at the filling station VOLUME(L): x
  RATE(RS/L):), never the RATE, VOLUME or BAGS. A contractor's Net received / Amount received / Received (net of
  TDS) (the Total less TDS u/s 194C @ 2% on services) or Cheque received / Cheque amount; the gas supplier's Amount
  received / Received (the rounded Total, no TDS on goods), never the Sub total / Taxable value; the e-mail's Amount
  received, never the Invoice value. *settled* (new here): a lessor's invoice Amount received / Net received /
  Received (net of TDS) (the Invoice total less TDS u/s 194-I @ 2%), never the Monthly rental or the Invoice total;
  a NACH e-mail's Amount collected / NACH amount / Debit amount (the rental with GST), never the Monthly rental or
  the bounce charges; a portal's Amount paid. A Bharat Connect page's sum large; a board's Amount paid (the Bill
  amount less a Prompt payment discount where printed, heldout161); MSEDCL's SMS's "Payment of Rs. X". A hamali
  bill's Net received / Amount received (the Total less TDS u/s 194C @ 1%), never the Total; *settled*: a wage
  voucher's Net wages paid / Net amount paid, never the Gross wages; a bulk row's Amount. A licence or tax page's
  Total amount / Total / Amount paid (the Licence fee with the Late fee), the property tax receipt's Amount received
  / Received (house tax and water tax). *settled* (heldout155): a wire counts the Remittance amount / Foreign
  currency amount in the currency remitted (USD, EUR, GBP; $ / US$ / USD, EUR / euro sign, GBP / pound sign), never
  the INR equivalent, the Bank charges or the Amount credited (INR); *settled* (new here): an outward remittance
  likewise (Remittance amount / Amount remitted / Foreign currency amount), never the INR equivalent, the Bank
  charges (incl. GST), the GST on currency conversion or the Total debit (INR) / Amount debited (INR); a supplier's
  e-mail its Amount received in its currency, never the Bank charges deducted (SHA). An alert's sum debited, never
  the Avl Bal / Available balance. Currency INR everywhere but the imports.
* status: as printed. *settled*: a brand's (here a trader's or a lender's) Paid / Processed successes (Status: Paid,
  Payment released, Payment processed). CHEQUE RECEIVED - SUBJECT TO REALISATION pending. A slip's DECLINED (RESP
  CODE ...) failed. Bill payment in process and IMPS IN PROCESS pending; *settled* (heldout161): Payment pending -
  awaiting bank confirmation pending; *settled* (heldout171): Payment failed - amount if debited will be refunded
  and Transaction declined by bank failed. *settled* (new here): CHEQUE RECEIVED - STOCK RELEASE AFTER CLEARANCE
  pending and CHEQUE RETURNED - STOCK RELEASE STOPPED failed (the store's receipts); CHEQUE DISHONOURED - AMOUNT
  OUTSTANDING failed; Payment initiated - pending checker approval pending (as heldout161's Pending authorisation -
  checker); UPI TXN PENDING (DO NOT ISSUE GATE PASS TILL CREDIT) pending; NACH presented - awaiting bank
  confirmation pending, NACH returned - insufficient funds failed (with its bounce charges), Status: Collected /
  Rental collected successfully successes; Pending - awaiting Form A2 and invoice verification pending, Returned by
  correspondent bank - beneficiary IBAN invalid failed, Status: Processed / Remitted / Funds remitted - MT103 sent
  successes; Failed - beneficiary name mismatch, Transaction failed - beneficiary account frozen, Transaction failed
  - invalid account, Transfer failed, Payment Failed / Payment failed, Payment declined by bank and Transaction
  failed - declined by bank failed; Transaction in process - awaiting credit confirmation, Transaction under
  process, IMPS transfer pending, Transaction pending, Payment under process - do not pay again, Processing and
  Payment pending pending. PAID, RECEIVED, RECEIVED WITH THANKS, PAYMENT RECEIVED - THANK YOU, TXN APPROVED, SALE
  SUCCESSFUL, Paid in full, Payment received, Status: Success / Processed successes; *settled* (new here): MSEDCL's
  SMS "Payment of Rs. X received ... Thank you for the payment" a success. *settled*: an SMS that says the payment
  "has failed" failed, "is pending" pending, a debit alert (an ACH debit too) a success.
* date: the day paid (Date & time, Paid on, Completed, Attempted on, Payment date, Transaction date, Value date,
  Transferred on, Initiated on, Failed on, a receipt's, bill's, invoice's or voucher's Date / Receipt date / Dated /
  Invoice date / Bill date, a slip's DATE: / DT: / TXN DATE:, Received on, Debit date / Collected on / Presented on
  / Returned on on a NACH e-mail, Remitted on / Debited on, Date of payment, Processed on, the alert's day).
  *settled* (new here): a pending NACH's Presented on and a returned one's Returned on are its day; a remittance
  awaiting Form A2 its Initiated on. Never a Bill date / Due date, a Bill month, a Season, Rental for <month>, a
  lender's Charges from, a Period, "Less: Advance received on <day>", a Financial year, an invoice number's
  financial year or an e-mail's hour; the messages app's day divider, where it prints a day, shows the same day as
  the alert (heldout161).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire (heldout155; *settled* (new here): an outward
  SWIFT remittance and a supplier's Paid by Bank transfer (SWIFT) too), a lender's NEFT / RTGS / IMPS, a Bharat
  Connect bill from a Current A/c, a page's Net banking / Net banking - <bank> / e-GRAS - net banking, MSEDCL's
  "through Net Banking", a NACH / ACH debit (heldout110, heldout161); UPI for UPI apps, a page's UPI, a slip's MODE:
  UPI - DYNAMIC QR (heldout161); card on card slips, a payment page's and a portal's Debit / Credit card; cheque for
  a cheque received, returned or paid; cash for a cash receipt, voucher, bill or property tax receipt.
* transaction_id: the highest family printed (heldout152's order, as heldout167): a UPI reference / UTR / RRN / IMPS
  reference (UPI transaction ID, UPI Ref No., UPI Reference No., UPI RRN, UTR, UTR No., NEFT UTR, RTGS UTR, IMPS Ref
  No., IMPS RRN, RRN, a slip's RRN: / REF NO: / UPI REF NO:, an alert's UTR / IMPS Ref No / UPI Ref No / "Your UPI
  transaction reference number is"), then a bank reference (*settled* heldout155: a wire advice's Inward ref No. /
  Our reference / Transaction reference, here an outward advice's Transaction reference / Our reference / Outward
  ref No.; a net-banking page's Reference No. / Txn Ref No., a bulk row's Reference No. / Record ref., a lender's
  Our ref. / Payment ref. No., Bank Ref No. / Bank Ref. No. / Bank reference, NACH Txn Ref, an ACH alert's Txn Ref,
  B-Connect Txn ID / Bharat Connect Ref. No.), then a transaction / payment id (PayU ID, Payment ID MOJO..., an
  app's own id (Transaction ID, Google transaction ID, Txn ID), the Transaction ID / Txn ID on banking apps,
  portals, repositories, boards and fee pages, SBIePay Ref ID, Bharatkosh's Transaction Ref. No. and an e-GRAS Bank
  CIN (heldout160), MSEDCL's SMS's Txn ID), then an approval code (APPR CODE: / AUTH CODE: / AUTH NO:, Auth code),
  then a document's own number (Receipt No. / Rcpt. No., Invoice No. / Inv. No. / Bill No., a slip's INVOICE NO: /
  INV NO: / BILL NO:, Voucher No., a trader's Payment voucher No., an e-GRAS GRN (heldout160), a board's Receipt
  No.). *settled*: never a UETR (printed here only beside the bank's Transaction reference / Our reference / Outward
  ref No., which outranks it), Against invoice or the invoices listed on an advice, Vendor code, Job No., Shipping
  bill No., BL / HBL No., Container, E-way bill No., ARN, Drawback scroll No., IEC, Port code, Call No. / Ticket
  No., Machine Sr. No., Establishment ID, Employer code, Consumer No. / Service No., Token No., a bulk File name,
  MID, TID, BATCH NO, a card, account or mobile number, a UPI ID, BIC, GSTIN, IFSC or a cheque number. *settled*
  (heldout161): never a UMRN. *settled* (new here): never a Lot No. / Rack No. / Chamber No. / Gate pass No. (LOT
  NO: / GATE PASS NO: on a slip), a Loan account No., an e-NWR No., a WDRA Regn. No., a Participant ID, an Agreement
  No., a Sr. No., a Job card No., Cylinder Nos., a VEHICLE NO:, a licence's number (Licence No., Cold storage
  licence No., Factory licence No.), an Application ID / Application No. / NOC application No., a Property ID /
  Holding No., a BU, a Customer No., a Proforma invoice, a Bill of entry No., an IBAN, a portal's Paid against (the
  invoice paid) or the storage bills listed on a trader's advice.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout174_families import (
    ammonia_service,
    bank_alerts,
    compose,
    counter_slips,
    equipment_imports,
    farmer_upi,
    forklift_leases,
    hamali_wages,
    licence_fees,
    pledge_finance,
    power_bills,
    rent_receipts,
    trader_transfers,
)

SPLIT = "heldout174"

FAMILIES: list[Family] = [
    ("farmer_upi", farmer_upi, SCREEN_FACES),
    ("trader_transfers", trader_transfers, PAGE_FACES),
    ("rent_receipts", rent_receipts, BILL_FACES),
    ("pledge_finance", pledge_finance, PAGE_FACES),
    ("counter_slips", counter_slips, SLIP_FACES),
    ("ammonia_service", ammonia_service, PAPER_FACES),
    ("forklift_leases", forklift_leases, PAGE_FACES),
    ("power_bills", power_bills, SCREEN_FACES),
    ("hamali_wages", hamali_wages, PAPER_FACES),
    ("licence_fees", licence_fees, PAGE_FACES),
    ("equipment_imports", equipment_imports, PAGE_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout174_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout174 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
