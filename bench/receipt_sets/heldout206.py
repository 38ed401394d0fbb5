"""heldout206: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a cashew processing factory's day in 2026 (Phalguni Cashew Industries Pvt Ltd, its
factory in the Baikampady Industrial Area, its peeling and grading unit at Mulki and its retail shop, Phalguni Cashew
Mart, on Balmatta Road, Hampankatta, Mangaluru, Karnataka), told by the proofs of payment it receives (dry fruit
wholesalers', sweet makers', a bakery's, a snack maker's and an ice cream maker's payment advices for tins of
kernels from Delhi, Chennai, Mumbai, Coimbatore, Indore, Bengaluru, Rajkot and Hyderabad, the shop's customers' UPI
screens and payment links, importers' inward wires for kernels in US dollars, euros, pounds and UAE dirhams, its own
receipts for shell sold to CNSL plants, pieces, gift boxes and wedding orders, customers' cards on the shop's
terminals) and those it makes (outward wires for raw cashew nuts to shippers in Tanzania, Cote d'Ivoire, Ghana,
Benin, Guinea-Bissau, Mozambique, Nigeria and Togo, the tin maker's and the clearing agent's invoices, the carton
maker's Zoho invoice page and the corporate net-banking transfers to them, the transporter and the firewood depot,
the women workers' weekly wage vouchers, bulk wage records and UPI advances, EPFO's, ESIC's, Mangaluru City
Corporation's, the Karnataka State Pollution Control Board's, Khajane-II's and the Cashew Export Promotion Council's
pages, insurers' premium receipts for the nuts at sea, the kernel buyers' credit, the stock, the workers' gratuity
and accident cover, the wage cash in transit and the shop, its card at fuel stations, a hardware store, an auto
spares shop and a hotel, MESCOM's power and the water, phone and broadband bills, the bank's SMS and e-mail alerts).
One payment per page. Each family: six successes, one failure, one wait; one page prints no transaction id and one
no day (truth None for those fields).

* ``buyer_advices``: kernel buyers' remittance e-mails, printed REMITTANCE ADVICE / VENDOR PAYMENT ADVICE - CASHEW
  KERNELS and vendor portal pages. ``shop_upi``: six UPI app screens (PhonePe, Google Pay, Paytm, CRED, Navi, BHIM)
  paying the shop and two payment links (Instamojo, Cashfree). ``export_wires``: six banks' inward remittance
  advices for export proceeds (browser, e-mail, printed). ``rcn_wires``: the bank's outward remittance advices for
  raw cashew nuts (browser, e-mail, printed). ``own_receipts``: the company's own OFFICIAL RECEIPT / RECEIPT -
  SHELL AND HUSK SALES / RECEIPT / ADVANCE RECEIPT - FESTIVAL GIFT PACKS (paper, rubber stamp) and its accounts
  desk's payment acknowledgement e-mails. ``vendor_payments``: the tin maker's TAX INVOICE and the clearing agent's
  BILL FOR CLEARING & FORWARDING with the payment block and a rubber stamp (paper), the carton maker's Zoho invoice
  page and corporate net banking's transfer pages (KBL Corporate Net Banking, FedCorp, Canara ai1 Corporate).
  ``worker_wages``: printed WEEKLY WAGE SLIP CUM PAYMENT VOUCHER / PIECE RATE WAGES - PAYMENT VOUCHER / WAGE PAYMENT
  VOUCHER (WEEKLY), KBL Corporate Net Banking's bulk upload records, a PhonePe and a BHIM screen. ``govt_dues``:
  EPFO's ECR challan receipt, ESIC's challan pages, Mangaluru City Corporation's trade licence and property tax
  pages, the Karnataka State Pollution Control Board's consent fee page, Khajane-II's online challan and the Cashew
  Export Promotion Council's membership receipt (browser). ``insurer_receipts``: insurers' premium receipts
  (browser, e-mail, printed). ``card_slips``: card terminal slips (monospace). ``utility_bills``: Bharat Connect in
  banking and UPI apps and MESCOM's own payment receipt page. ``bank_alerts``: the bank's SMS alerts in each bank's
  own wording and two e-mail debit alerts. The families' docstrings list each layout's labels.

Truth conventions (heldout203's, heldout202's, heldout199's, heldout198's, heldout179's and heldout167's, kept where
they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout167, heldout175,
  heldout179, heldout195, heldout198, heldout199, heldout202, heldout203): a payer's payment advice (here a kernel
  buyer's) pays the company under its payee label, *settled* (new here) Payment in favour of / Vendor name /
  Remitted to, never the buyer on top, its desk line, the Vendor code or the Vendor bank A/c. A UPI screen's payee
  under Paid to / To / Sent to / Paying to, *settled* (new here) or Payment to (here the shop: Phalguni Cashew Mart,
  PHALGUNI CASHEW MART or Phalguni Cashews as printed), never the UPI ID or the app; a payment link's payee on top
  (here the shop), never *settled* (new here) Buyer / Paid by / Customer name or the gateway's footer (Instamojo,
  Cashfree). *settled* (heldout155, heldout167, heldout198, heldout203): a bank's inward remittance advice pays the
  company under Beneficiary name, *settled* (new here) or Credited to (exporter) / Name of exporter / Beneficiary
  customer, never the bank on top, the Ordering customer / Remitter (the importer) or the Sender's bank / Remitting
  bank. *settled* (heldout175, heldout179, heldout187, heldout191, heldout199, heldout202): a bank's outward
  remittance advice pays the seller abroad under Beneficiary name, *settled* (new here) or Beneficiary (shipper) /
  Paid to (overseas supplier), never the bank on top, the Ordering customer / Applicant (the company), the
  Beneficiary's bank or *settled* (new here) the Intermediary bank. *settled* (heldout175, heldout179, heldout195,
  heldout198, heldout199, heldout202, heldout203): the company's own receipt pays the company on top (its full,
  capital or short name as printed), never the party under *settled* (new here) Received from M/s / Customer / Paid
  by (party); its accounts e-mail likewise. A maker's or agent's name on top of its own paper or invoice page (here
  the tin maker and the clearing agent on paper, the carton maker on a Zoho invoice page as heldout191's invoice
  page), never M/s the company under Buyer / Billed to / Bill To / *settled* (new here) Sold to (buyer) / Client /
  Importer. *settled* (heldout179, heldout191, heldout195, heldout198, heldout199, heldout202, heldout203): a
  corporate banking page pays the payee under Beneficiary name, *settled* (new here) or Beneficiary / Credit account
  name, never the portal (KBL Corporate Net Banking, FedCorp, Canara ai1 Corporate) or the bank on top or the Debit
  account. *settled* (heldout150, heldout161, heldout179, heldout198, heldout199, heldout202, heldout203): a wage
  voucher pays the worker, *settled* (new here) under Worker's name / Name of worker / Paid to, never the company on
  top, the Token No., the UAN or the Section; a bulk record the Beneficiary name, *settled* (new here) or Name of
  beneficiary, never the Debit account or the portal on top; a transfer screen the payee under Paid to / To.
  *settled* (heldout153, heldout167, heldout202): EPFO's and ESIC's pages pay the Employees' Provident Fund
  Organisation and the Employees' State Insurance Corporation on top (or EPFO / ESIC, capitals where so printed),
  never the Ministry line or the Establishment name / Employer name. *settled* (heldout148, heldout179, heldout195,
  heldout198, heldout199, heldout202, heldout203, new here for Karnataka): a municipal or board's fee page pays the
  authority on top (Mangaluru City Corporation / MANGALURU CITY CORPORATION / *settled* (new here) Mangaluru
  Mahanagara Palike; Karnataka State Pollution Control Board / KSPCB, capitals where so printed), never the portal
  line under it (Online services, XGN) or the Owner / Name of trader / Name of industry. *settled* (heldout168,
  heldout198, heldout202, heldout203, new here for Karnataka): Khajane-II's online challan pays the Department as
  printed (Department of Factories, Boilers, Industrial Safety and Health, capitals where so printed), never
  Government of Karnataka on top, the Khajane-II line, the DDO / Office, the Purpose or the Remitter name. *settled*
  (new here): the Cashew Export Promotion Council's membership receipt pays the Council on top (The Cashew Export
  Promotion Council of India / CEPCI, capitals where so printed), never the Ministry line or the Member name.
  *settled* (heldout199, heldout202, heldout203): an insurer's premium receipt pays the insurer on top (its full
  name, capitals where so printed; here ECGC Ltd and the Life Insurance Corporation of India as well), never the
  product line or *settled* (new here) the Proposer / Insured name / Name of the insured / Exporter (policyholder).
  A slip's counter name line in capitals (here the shop's own counters on three, two fuel stations, a hardware
  store, a hotel and an auto spares shop on the rest), never the terminal's bank or brand (AXIS BANK, BPCL, MSWIPE
  ...) or the place line. A Bharat Connect page's biller under Biller / Biller name / Operator, *settled* (new here)
  or Billing company (short or long as printed), never the app, Bharat Connect or the Customer name / Consumer name
  / *settled* (new here) Registered name; MESCOM's own page the company on top (MESCOM, short, long or capital as
  printed), *settled* (new here) never the undertaking line under it, the Subdivision or the Consumer name. An SMS
  alert's payee as the bank sends it ("to NETRAVATI SHIPPING &": *settled*, the truncated name as printed), never
  the bank or the sender id; the e-mail alert's *settled* (new here) Beneficiary / Paid to, never the bank on top.
* amount / currency: the sum this payment moved. *settled* (heldout152, heldout195, heldout198, heldout202,
  heldout203): a payer's advice counts its net sum, *settled* (new here) Net amount remitted / Net paid to vendor /
  Amount transferred, or Net amount due / Net payable on the hold (the Invoices total / Gross payable less TDS u/s
  194Q @ 0.1% and a Quality claim - broken kernels, a Short weight or a Cash discount @ 1%), never an invoice's sum
  or the total. A UPI screen's and a link's sum large. *settled* (heldout155, heldout167, heldout198, heldout203):
  an inward wire's foreign sum, *settled* (new here) Inward amount (FCY) / Amount in foreign currency / Remitted
  amount (FCY) in USD, EUR, GBP *settled* (new here) or UAE dirhams (AED, printed with its code), never the INR
  value, the Bank charges (incl. GST) or the Net amount credited (INR). *settled* (heldout167, heldout175,
  heldout179, heldout191, heldout199, heldout202): an outward remittance counts the remittance in its currency
  (here USD and EUR) under Remittance amount / Amount remitted (FCY) / *settled* (new here) Transfer amount (FCY),
  never the INR value / Rupee value, the Commission in lieu of exchange, the SWIFT charges, the GST on FX conversion
  or the Total debited to account (INR) / Total to be debited (INR); *settled* (new here) the KOR (lbs of kernel per
  80 kg bag) and the tonnes on the Goods row are no sums. *settled* (heldout175, heldout179, heldout195, heldout198,
  heldout199, heldout202, heldout203): a receipt counts the sum received even where it is part of the bill or an
  advance on an order, *settled* (new here) Cash received / Received in cash / Received by UPI / UPI amount received
  / Received by NEFT / Amount received through NEFT / Received by RTGS / Amount received through RTGS / Amount
  received / Sum received / Cheque amount / Amount of cheque, never the Invoice value / Order value or the Balance
  due. *settled* (heldout187, heldout191, heldout195, heldout199, heldout202, heldout203): a maker's invoice counts
  the sum paid, where an advance is taken off (here Less: Advance paid with PO) the Balance received by NEFT / RTGS,
  else Received through NEFT / Paid vide RTGS / Amount received (the rounded Invoice total with GST), or the Cheque
  received / Cheque amount, never the Taxable value or a line. *settled* (heldout167): a forwarder's (here the
  clearing agent's) Net received / Amount received (net of TDS) / *settled* (new here) Net received by NEFT (the
  Total less TDS u/s 194C @ 2% on the agency charges), never the Total, the Agency charges or a Reimbursement.
  *settled* (new here): a Zoho invoice page's Payment Made (its Balance Due 0), never the Sub Total or the GST
  lines; a banking page's Txn amount / Amount (INR) / Transfer amount (heldout179). *settled* (heldout167,
  heldout202): a wage voucher's Net wages paid, *settled* (new here) Take-home paid / Amount paid to worker (the
  kilos peeled or cut, or the days worked, x rate plus Add: Attendance incentive less Less: PF @ 12%, Less: ESI @
  0.75% and Less: Advance recovered), never the Gross wages, the line or a deduction; a bulk record's Amount; a
  transfer screen's sum large. EPFO's Total amount (heldout167) / *settled* (new here) Grand total, never an A/c
  line; ESIC's Total amount / Amount paid / Challan amount (the employees' and employer's shares), never a share;
  the corporation's Total amount / Amount paid / Total paid (*settled* (new here) the licence fee, the SWM charges
  and a Late fee, or the Property tax with its Library, Health and Beggary cesses and the SWM cess), never a head;
  the board's Total fee paid (the Water Act and Air Act fees), never a head; Khajane-II's Amount / Total amount /
  Challan amount; the Council's Total paid / Amount received (the Annual subscription, the RCMC renewal fee and
  the GST @ 18%), never a head. *settled* (heldout199, heldout202, heldout203, new here): an insurer's Premium
  received (incl. GST) / Total amount received / Premium amount paid, Premium payable / Total premium due on the
  failed one, never the Basic premium / Life cover premium / Premium @ rate, an add-on, the GST, the Sum insured
  (heldout202) / *settled* (new here) Sum insured (CIF + 10%), Shipment value declared, Money in transit limit or
  Lives covered; *settled* (new here) a group gratuity receipt counts the Contribution to gratuity fund with the
  life cover premium and its GST. *settled* (heldout179, heldout202): a slip's AMOUNT: / *settled* (new here) AMT
  INR: / TOTAL AMOUNT:, never the RATE: or the VOLUME(L):. A Bharat Connect page's sum large; MESCOM's Amount paid.
  An alert's sum debited (*settled* (new here) the e-mail's Transaction amount, or Amount debited as heldout202's),
  never the Avl Bal. Currency INR but on the wires.
* status: as printed. *settled* (new here): a buyer's Status: Remitted to vendor / Payment processed successes,
  Payment blocked - moisture test report awaited pending (a payer's hold, as heldout198's to heldout203's), Payment
  returned - vendor account frozen failed; a UPI screen's Payment failed - bank declined the transaction failed,
  Transaction pending - awaiting bank response pending, Paid successfully / Money sent successes; a link's Payment
  received a success; an inward advice's Export proceeds realised - credited to current account / Status: Credited
  successes, Under compliance review - purpose code confirmation awaited pending, Returned to remitting bank -
  account name differs failed; an outward advice's Remittance sent - MT103 issued to beneficiary bank / Status:
  Funds remitted / Transfer effected successes, Pending - Bill of Lading copy and Form A1 awaited pending (not yet
  sent), Returned by intermediary bank - beneficiary account not found failed. *settled* (heldout167, heldout179,
  heldout191, heldout195, heldout198, heldout199, heldout202, heldout203): a cheque received and not yet cleared
  pending, a cheque returned failed, so *settled* (new here) CHEQUE DEPOSITED - CREDIT AFTER CLEARING, CHEQUE
  ACCEPTED - SUBJECT TO CLEARANCE and Cheque under collection - risk covered after realisation pending, CHEQUE
  DISHONOURED - FUNDS INSUFFICIENT failed; RECEIVED WITH THANKS, PAID, PAID BY NEFT / RTGS, a Zoho page's PAID,
  *settled* (new here) PAYMENT ACKNOWLEDGED, AMOUNT RECEIVED - THANK YOU, PAYMENT RECEIVED - THANK YOU, WAGES
  RECEIVED IN FULL and PAID - LEFT THUMB IMPRESSION TAKEN successes. *settled* (new here): a banking page's Payment
  processed successfully / Status: Executed successes, Returned - beneficiary account closed failed (the transfer
  came back); a bulk record's Submitted to bank - credit confirmation awaited pending, Rejected - account
  inoperative (KYC pending) failed; a fee page's Payment successful / Payment confirmed by bank / Challan paid /
  Payment received / Fee paid successfully / Remittance successful / Subscription received successes, ESIC's
  Challan created - payment confirmation awaited from bank pending (as heldout198's challan generated and
  heldout203's GRN generated), Transaction failed - amount not credited to MCC failed; an insurer's Premium
  received - certificate issued / Receipt generated successes, Transaction failed - premium not received failed; a
  slip's APPROVED / SALE APPROVED successes, DECLINED - 55 INCORRECT PIN failed, HOST NOT RESPONDING - VERIFY
  BEFORE RETRY pending; Bill paid / Payment successful / Bill payment successful successes, Payment pending with
  biller - do not pay again pending, Bill payment failed - debited amount will be refunded failed (the payment
  failed, whatever the refund); an SMS that says the transfer "has FAILED - rejected by beneficiary bank" failed
  (whatever the reversal), one that "is IN PROCESS - beneficiary credit awaited" pending, a debit alert a success,
  whatever its bank's wording ("Your a/c XX1234 debited for INR x on <day> - <way> to <payee>", "Rs.x debited to
  A/c XXXXX1234 on <day> via <way>, beneficiary <payee>", "A/c *1234 Debited for Rs:x on <day> by <way> transfer
  to <payee>", "INR x withdrawn from your A/c XX1234 on <day> by <way> to <payee>"); the e-mail's Status: Completed
  / Status: Success successes.
* date: the day paid (Payment date, Remitted on, Value date, a payer's pending Advice date (heldout198) / *settled*
  (new here) Date of advice, Returned on / Date of return, Date & time, Paid on, Completed on, Initiated on on a UPI
  screen not yet paid (heldout203), a link's Payment date / *settled* (new here) Transaction time, an inward
  advice's Credit date / *settled* (new here) Date of credit and the held one's Received on / *settled* (new here)
  Held on, Return date, an outward advice's Remittance date / *settled* (new here) Date of debit and the pending
  one's Request date / Application date (heldout175, heldout202), a receipt's, invoice's, bill's or voucher's Date /
  Dated / Receipt date / Invoice date / Bill date, a Zoho page's Invoice Date, a banking page's Value date /
  *settled* (new here) Executed on, Returned on / Failed on, a bulk record's Processed on / Uploaded on / *settled*
  (new here) Submitted on and Rejected on, EPFO's Payment date / Paid on / Date of payment, ESIC's Challan paid date
  (heldout167) / Payment date and the pending challan's *settled* (new here) Challan created on (as GRAS's Generated
  on, heldout168), the corporation's Payment date / Receipt date / Transaction date, Khajane-II's *settled* (new
  here) Date of remittance, an insurer's Receipt date / Premium paid on / *settled* (new here) Date of receipt and
  the failed one's Transaction date / *settled* (new here) Attempted on, a slip's DATE: / *settled* (new here)
  DATE/TIME: / TXN DT:, Paid on / Payment date & time / Transaction date & time (the latter alone on a bill not
  paid, heldout203), the SMS's day). *settled*: never a Bill month, a Due date, a Cheque date (heldout198), a Wage
  week (heldout202), a Wage month / Contribution period (heldout167), a Period of insurance (heldout199), an
  Assessment year (heldout202) or an e-mail's hour; *settled* (new here) never the crop year on a wire's Goods or
  a financial year in a fee head.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a bulk record's NEFT /
  IMPS, a Zoho page's Bank Transfer (as myBillBook's, heldout203), a Bharat Connect bill from a Current A/c, EPFO,
  ESIC, a fee, a premium or MESCOM paid by Net banking; UPI for UPI apps, a link's, a receipt's, a voucher's, a
  Zoho page's, a fee's, a premium's or a bill's UPI; card on slips, a link's card, a fee, a premium or MESCOM paid
  by Debit card; cheque for a cheque received, deposited, accepted, under collection or dishonoured; cash for a
  cash receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout203): a UPI reference /
  UTR / RRN / IMPS reference (UPI Ref. No., UPI Ref No., UPI transaction ID, UTR, UTR No., NEFT UTR No. / RTGS UTR
  No., *settled* (new here) Bank UTR and UPI reference ID, IMPS Ref No., Cashfree's *settled* (new here) Bank
  reference (UTR) on a UPI payment (as Easebuzz's Bank Ref No., heldout203), a Zoho page's *settled* (new here)
  Reference#, a slip's RRN: / REF NO:, an SMS's UTR No / UPI Ref No / IMPS Ref), then a bank reference (an inward
  advice's Our reference (heldout155) / *settled* (new here) Inward ref. No. / Inward remittance ref., an outward
  advice's OWR No. (heldout202) / *settled* (new here) Outward ref. No. / Remittance reference, a banking page's and
  a bulk record's Bank reference No. (heldout202) / *settled* (new here) Txn reference No., EPFO's and ESIC's Bank
  reference No., a fee page's Bank Ref. No., Khajane-II's Bank CIN (heldout179), an insurer's Bank Ref No.,
  Bharat Connect Ref. No. / B-Connect Txn ID / BBPS Ref ID), then a transaction / payment id (Instamojo's Payment
  ID MOJO..., Cashfree's *settled* (new here) CF Payment ID, PhonePe's and Paytm's own Transaction ID, *settled*
  (new here) CRED's and Navi's own Transaction ID, EPFO's CRN (heldout167), ESIC's *settled* (new here) Transaction
  No., the corporation's Transaction ID, the board's Transaction ref. No., the Council's Payment ID, an insurer's
  Payment ref. No. / Transaction ID, MESCOM's Transaction ID, a failed Bharat Connect page's Transaction ID), then
  an approval code (Auth code, APPR CODE: / AUTH: (heldout202)), then an order's number (Cashfree's Order ID, as
  Razorpay's Order ID, heldout202), then a document's own number (*settled* (new here) Payment doc. No. /
  Remittance advice No. on a payer's advice, Receipt No. / *settled* (new here) Rect. No. / O.R. No. on a receipt,
  Invoice No. / Tax invoice No. / Bill No., a Zoho page's *settled* (new here) Invoice#, Voucher No. / Vr. No. /
  *settled* (new here) Wage slip No., EPFO's TRRN (heldout161), ESIC's Challan No. (heldout161), a fee page's
  Receipt No. / Challan No., Khajane-II's *settled* (new here) Challan ref. No. (below its Bank CIN, as GRAS's GRN,
  heldout168), the Council's Receipt No., Premium receipt No. / Receipt No., MESCOM's Receipt No., a slip's INV NO:
  / BILL NO:). *settled*: never a UETR, MID, TID, BATCH, STAN, a card, account or mobile number, a UPI ID, BIC /
  SWIFT code, IBAN, GSTIN, IFSC, a cheque number, Maker / Checker (so never Initiated by / Authorised by), a
  consumer number (here Account ID, Landline No., Telephone No., Connection No.), a Vendor code (heldout179), the
  invoices listed on an advice, an Export invoice No., a Shipping bill No., a Purpose code, a Job No., an
  Establishment code / Employer code, an Application No., a Head of account, a Licence No. / Trade licence No., a
  Policy No. / Proposal No., a Token No. or a bulk File name (heldout179). *settled* (new here): never an Our PO
  ref., a Contract No., a Proforma invoice No., a Bill of Lading No., a B/E No., a Towards invoice No. on a
  receipt, a UAN, a PID No., a Membership No. / RCMC No., an RR No., a boiler's IBR No., a slip's PUMP NO: or
  FOLIO NO:.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout206_families import (
    bank_alerts,
    buyer_advices,
    card_slips,
    compose,
    export_wires,
    govt_dues,
    insurer_receipts,
    own_receipts,
    rcn_wires,
    shop_upi,
    utility_bills,
    vendor_payments,
    worker_wages,
)

SPLIT = "heldout206"

FAMILIES: list[Family] = [
    ("buyer_advices", buyer_advices, PAGE_FACES),
    ("shop_upi", shop_upi, SCREEN_FACES),
    ("export_wires", export_wires, PAGE_FACES),
    ("rcn_wires", rcn_wires, PAGE_FACES),
    ("own_receipts", own_receipts, PAPER_FACES),
    ("vendor_payments", vendor_payments, PAGE_FACES),
    ("worker_wages", worker_wages, PAPER_FACES),
    ("govt_dues", govt_dues, PAGE_FACES),
    ("insurer_receipts", insurer_receipts, PAGE_FACES),
    ("card_slips", card_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout206_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout206 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
