"""heldout209: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a ship-breaking yard's steel scrap trading arm's day in 2026 (Piram Ship Recycling Pvt
Ltd, its yard and plate depot on Plot V-41 of the Alang-Sosiya ship recycling yard and its steel scrap trading arm,
Piram Steel Scrap Traders, at its sales office on Waghawadi Road, Bhavnagar, Gujarat), told by the proofs of payment
it receives (re-rolling mills' and induction furnaces' payment advices for lots of ship plates and melting scrap
from Sihor, Mandi Gobindgarh, Jalna, Raipur, Vartej, Gandhidham, Durgapur and Kanpur, small traders', fabricators'
and ship furniture dealers' UPI screens and payment links, its own money receipts and earnest money receipts for
lots, traders' cards on its terminals) and those it makes (outward wires in US dollars to the cash buyers who sell
it ships and in euros, pounds, Singapore dollars and dirhams to the surveyors, consultants and agents abroad, the
crane hire firm's, the gas supplier's, the safety store's, the wire rope maker's and the torch maker's tax invoices,
the corporate net-banking transfers to the transporter, the cranes, the hazardous waste facility, the weighbridge,
the guards, the marine agents, the fabricators and the gas cutting contractor, the gas cutters' and helpers' weekly
wage vouchers and payouts, the Gujarat Maritime Board's plot rent and vessel fees, ICEGATE's customs duty, EPFO's,
ESIC's, Bhavnagar Municipal Corporation's and the Gujarat Labour Welfare Board's pages, insurers' premium receipts,
its card at a filling station, a hotel, the safety store, a restaurant and a hardware shop, PGVCL's power, the
landline, postpaid and piped gas bills, the bank's SMS and e-mail alerts). One payment per page. Each family: six
successes, one failure, one wait; one page prints no transaction id and one no day (truth None for those fields).

* ``mill_advices``: mills' payment advice e-mails, printed PAYMENT ADVICE - SCRAP PURCHASE / SUPPLIER PAYMENT ADVICE
  / Remittance intimation and supplier portal pages. ``depot_upi``: six UPI app screens (PhonePe, Google Pay, Paytm,
  CRED, BHIM, super.money) paying the trading arm or the company and two payment links (Razorpay, PayU).
  ``vessel_wires``: the banks' outward remittance advices (browser, e-mail, printed). ``own_receipts``: the trading
  arm's own MONEY RECEIPT / LIFTING ORDER CUM RECEIPT / EARNEST MONEY RECEIPT - SCRAP LOT (paper, rubber stamp) and
  its accounts desk's acknowledgement e-mails. ``yard_invoices``: suppliers' TAX INVOICE / INVOICE with the payment
  block and a rubber stamp (paper, serif). ``contractor_transfers``: corporate net banking's transaction pages
  (IndusDirect, Kotak FYN, Baroda Connect). ``gang_wages``: printed WEEKLY MAJURI VOUCHER - CUTTING GANG / KAMDAR
  PAYMENT VOUCHER / WAGE SLIP CUM RECEIPT (WEEKLY), a RazorpayX payout page, Kotak FYN's bulk record, a PhonePe and
  a Google Pay screen. ``port_dues``: the Gujarat Maritime Board's, ICEGATE's, EPFO's, ESIC's, Bhavnagar Municipal
  Corporation's and the Gujarat Labour Welfare Board's payment pages (browser). ``insurer_receipts``: insurers'
  premium receipts (browser, e-mail, printed). ``card_slips``: card terminal slips (monospace). ``utility_bills``:
  Bharat Connect in banking and UPI apps and PGVCL's own receipt page. ``bank_alerts``: the bank's SMS alerts in
  each bank's own wording and two e-mail debit alerts. The families' docstrings list each layout's labels.

Truth conventions (heldout207's, heldout206's, heldout200's, heldout179's, heldout167's and heldout156's, kept where
they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout167, heldout175,
  heldout179, heldout200, heldout206, heldout207): a payer's payment advice (here a re-rolling mill's or a
  furnace's) pays the company under its payee label, *settled* (new here) Beneficiary (seller) / Payment to /
  Supplier name (the company or its trading arm, Piram Steel Scrap Traders, as printed), never the mill on top, its
  desk line, the Vendor code or the Beneficiary bank A/c. A UPI screen's payee under Paid to / To / Sent to / Paying
  to (here the trading arm or the company, as printed), never the UPI ID, the app or the Banking name line
  (heldout207); a payment link's payee on top, never Paid by / Customer name / Buyer name or the gateway's footer
  (Razorpay, *settled* (new here) PayU). *settled* (heldout175, heldout179, heldout206): a bank's outward remittance
  advice pays the party abroad under Beneficiary name, *settled* (new here) or Beneficiary (seller) / Pay to
  (overseas party) (a cash buyer selling a ship, a surveyor, a consultant or a port agent), never the bank on top,
  the Applicant / Remitter (the company), the Beneficiary's bank or the Vessel. *settled* (heldout175, heldout179,
  heldout200, heldout206, heldout207): the company's own receipt pays the company on top (its full, capital or short
  name, *settled* (new here) or its trading arm's name, Piram Steel Scrap Traders, as printed), never the party
  under Received from M/s / *settled* (new here) Received from Shri / Buyer (M/s) / Buyer / Party, the lot's line or
  the rubber stamp; its accounts desk's e-mail likewise. A supplier's name on top of its own paper (here a crane
  hire firm, a gas supplier, a safety store, a wire rope maker, a torch maker), never M/s the company under Billed
  to / *settled* (new here) Buyer (bill to) / Recipient or the Site. *settled* (heldout179, heldout200, heldout206,
  heldout207): a corporate banking page pays the payee under Beneficiary name, *settled* (new here) or Transfer to /
  Beneficiary account name, never the portal (IndusDirect, Kotak FYN, Baroda Connect), the bank line, the Debit
  account or the Purpose. *settled* (heldout150, heldout161, heldout179, heldout200, heldout206, heldout207): a wage
  voucher pays the worker, *settled* (new here) under Name of kamdar / Kamdar (worker) / Worker name, never the
  company on top, the Gate pass No., the Mukadam (the gang's leader) or the Native place; RazorpayX's payout page
  the payee under Payout to / Contact / Beneficiary (heldout151, heldout200), never RazorpayX or the company under
  its heading; a bulk record the Beneficiary name, never the Debit account or the portal on top; a transfer screen
  the payee under Paid to / To. *settled* (new here): the Gujarat Maritime Board's receipt pays the Board on top
  (Gujarat Maritime Board / GUJARAT MARITIME BOARD / GMB, as printed), never the Alang-Sosiya line, the Name of plot
  holder / Recycler or the Vessel. *settled* (heldout156): ICEGATE's customs duty receipt names no payee
  (merchant_name null), never ICEGATE on top, its line or the Importer name. *settled* (heldout153, heldout167,
  heldout206, heldout207): EPFO's and ESIC's pages pay the Employees' Provident Fund Organisation / EPFO and the
  Employees' State Insurance Corporation / ESIC on top, never the Ministry line or the Establishment name / Employer
  name. *settled* (new here for Bhavnagar, as heldout200's Rajkot Municipal Corporation): Bhavnagar Municipal
  Corporation's property tax and profession tax pages pay the corporation on top (Bhavnagar Municipal Corporation /
  BHAVNAGAR MUNICIPAL CORPORATION / Bhavnagar Mahanagarpalika, as printed), never the Owner / occupier or the Name
  of employer. *settled* (new here): the Gujarat Labour Welfare Board's receipt pays the Board on top (capitals
  where so printed), never the department line or the Name of establishment. *settled* (heldout199, heldout200,
  heldout206): an insurer's premium receipt pays the insurer on top (its full name, capitals where so printed),
  never the cover's line, the office line or the Insured / Proposer / Policyholder. A slip's counter name line in
  capitals (here the trading arm's and the company's own counters on three, a filling station, a hotel, a safety
  store, a restaurant and a hardware shop on the rest), never the terminal's bank or brand (BANK OF BARODA, HPCL,
  PINE LABS, MSWIPE, PAYTM EDC ...) or the place line. A Bharat Connect page's biller under Biller / Biller name /
  Operator / Service provider (short or long as printed), never the app, Bharat Connect or the Customer name /
  *settled* (heldout206) Registered name; *settled* (heldout161, heldout200) PGVCL's own page the company on top
  (PGVCL, Paschim Gujarat Vij Company Ltd or in capitals, as printed), never *settled* (new here) the Gujarat Urja
  Vikas Nigam Ltd group line, the Sub-division or the Consumer name. An SMS alert's payee as the bank sends it ("to
  GUJARAT MARITIME BOA": *settled*, the truncated name as printed), *settled* (new here) ICICI Bank's "<payee>
  credited." and SBI's "trf to <payee>", never the bank or the sender id; the e-mail alert's *settled* (new here)
  Credited to (beneficiary) / Beneficiary name, never the bank on top.
* amount / currency: the sum this payment moved. *settled* (heldout152, heldout200, heldout206, heldout207): a
  payer's advice counts its net sum, *settled* (new here) Net amount released / Amount remitted to you / Net paid to
  supplier, Amount to be released on the hold and Net payment / Payment amount on the return (the Gross invoice
  value less TDS u/s 194Q @ 0.1%, a Weighment difference - n MT @ rate and the Earnest money paid on booking), never
  an invoice's lot line, the Gross invoice value or a deduction. A UPI screen's and a link's sum large. *settled*
  (heldout175, heldout179, heldout206): an outward remittance counts the remittance in its currency, *settled* (new
  here) Remittance amount (FCY) / Amount remitted / Outward amount (FCY), in US dollars, euros, pounds, *settled*
  (new here) Singapore dollars (SGD, S$) as SGD and UAE dirhams (AED) as AED, never the INR equivalent, the
  Commission in lieu of exchange, the SWIFT / cable charges, the GST on currency conversion or the Total debit to
  account (INR) / Amount to be debited (INR); *settled* (new here) a ship's remittance is the balance after the
  deposit, never the Contract price or the Less: Deposit paid on MOA (10%), and the Light displacement (LDT @ USD
  per LDT) is no sum. *settled* (heldout175, heldout179, heldout200, heldout206, heldout207): a receipt counts the
  sum received even where it is part of the lot, *settled* (new here) Received by RTGS / Amount received (RTGS) /
  Received by NEFT / NEFT amount received / Cash received / Received in cash / Received by UPI / UPI amount received
  / Cheque amount / Cheque received for / Earnest money received, never the lot's line, the GST, the Lot value /
  Bill amount / Total value or the Balance before lifting / Balance payable. *settled* (heldout187, heldout200,
  heldout206, heldout207): a supplier's invoice counts the sum paid, where an advance is taken off (here Less:
  Advance paid with order) the Balance received by NEFT / RTGS, else *settled* (new here) Payment received vide NEFT
  / RTGS or Received by UPI (the rounded Invoice total with GST), or the Cheque received / Cheque amount, never the
  Taxable value, a line or the GST; *settled* (new here, as heldout167's forwarder) the crane hire firm's Net amount
  received (after TDS) (the Invoice total less TDS u/s 194C @ 2% on the taxable value), never the Invoice total. A
  banking page's *settled* (new here) Payment amount / Amount (INR) / Debit amount. *settled* (heldout167,
  heldout200, heldout206, heldout207): a wage voucher's net sum, *settled* (new here) Net majuri paid / Amount
  handed over (net) / Net wages paid (the Days worked n x rate or the Tonnes cut n MT x rate, plus Add: Night shift,
  less Less: Upad (advance) adjusted and Less: Mess / canteen), never the Gross wages, a line or a deduction;
  RazorpayX's and a screen's sum large; a bulk record's Amount. *settled* (new here): the Gujarat Maritime Board's
  Total amount paid / Amount paid / Total amount (the Plot rent (quarter) and GST @ 18%, or the Beaching permission
  fee and the Ship recycling fee - n LDT @ rate with GST @ 18%), never a head or the GST. *settled* (heldout156):
  ICEGATE's Total duty / Amount paid (the Basic customs duty @ 2.5%, the Social welfare surcharge @ 10% and IGST @
  18%), never the Assessable value. EPFO's Total amount / Grand total (heldout167, heldout206), never an A/c line;
  ESIC's Total amount paid / Challan amount (heldout206), never a share. *settled* (new here): Bhavnagar Municipal
  Corporation's Amount paid / Total tax paid / Total amount (the property tax's General tax, Water charges,
  Conservancy tax and Education cess, less the Less: Early payment rebate @ 10% where printed, or the profession tax
  of the Employees n x Rs 200), never a head or the rebate; the Labour Welfare Board's Total contribution paid /
  Amount paid (the Employees' contribution n x Rs 6 and the Employer's contribution n x Rs 12), never a share.
  *settled* (heldout199, heldout200, heldout206): an insurer's *settled* (new here) Total received / Premium
  collected (incl. GST) / Amount received, Premium payable / Amount due on the failed one (the Premium @ rate /
  Basic premium / Premium / Own damage with an add-on and GST @ 18%), never the Wages declared (annual), the Sum
  insured, the Annual dispatches declared, the Indemnity limit, the Machinery insured, the basic premium, an add-on
  or the GST; *settled* (new here) the public liability receipt counts the premium, its GST and the Contribution to
  Environment Relief Fund together (the insurer collects the fund's share with the premium). A slip's AMOUNT: /
  TOTAL: (heldout200), *settled* (new here) SALE AMOUNT:, never the RATE/L: or the VOLUME(L):. A Bharat Connect
  page's sum large; PGVCL's Amount paid (the Bill amount less the Less: Prompt payment rebate where printed,
  heldout161, heldout200). An alert's sum debited (*settled* (new here) SBI's "debited by x", the e-mail's Debited
  amount / Amount (INR)), never the Avl Bal. Currency INR but on the wires.
* status: as printed. *settled* (new here): a payer's Payment status: Released / Funds transferred to your account
  successes, On hold - weighment slip and e-way bill copy awaited pending (a payer's hold, as heldout198's to
  heldout207's), Bounced back by your bank - name and account do not match failed; a UPI screen's Payment successful
  / Paid successfully / Transaction successful successes, Payment failed - receiver's bank not reachable failed,
  Processing - awaiting confirmation from bank, do not retry pending; a link's Payment successful / Payment received
  / Paid successes; an outward advice's Funds remitted - SWIFT confirmation received / Transfer executed successes,
  Under processing - Form A1 and MOA copy under scrutiny pending (not yet sent, as heldout206's), Returned -
  beneficiary bank could not apply funds (account closed) failed. *settled* (heldout167, heldout179, heldout200,
  heldout206, heldout207): a cheque received and not yet cleared pending, a cheque returned failed, so *settled*
  (new here) CHEQUE RECEIVED - LIFTING AFTER CLEARANCE and CHEQUE LODGED - CREDIT ON REALISATION pending, CHEQUE
  RETURNED UNPAID - LOT CANCELLED and CHEQUE BOUNCED - REFER TO DRAWER failed; RECEIVED WITH THANKS, PAID, PAID BY
  NEFT / RTGS / UPI, PAYMENT RECEIVED - THANK YOU, WAGES RECEIVED IN FULL, PAID - THUMB IMPRESSION TAKEN successes,
  *settled* (new here) as are RECEIVED - LIFTING ALLOWED, EARNEST MONEY RECEIVED - LOT RESERVED and FULLY PAID.
  *settled* (new here): a banking page's Payment processed - credited to beneficiary / Status: Completed successes,
  Pending with authoriser - not yet sent to bank pending (keyed, not yet authorised, as heldout191's to
  heldout207's), Failed - beneficiary account blocked failed; RazorpayX's Reversed failed (heldout148, heldout200);
  a bulk record's Processing at bank - beneficiary credit awaited pending; a fee page's Payment successful / Payment
  received / Fee paid / Duty paid (heldout156) / Payment confirmed / Challan paid successfully / Contribution
  received / Tax paid successes, the Maritime Board's Payment initiated - confirmation from bank awaited pending,
  Transaction failed - amount not received by BMC failed; an insurer's Premium realised - policy issued / Receipt
  issued successes, Cheque received - cover subject to realisation pending, Payment declined by bank - policy not
  issued failed; a slip's APPROVED / APPROVED - THANK YOU successes, DECLINED - 05 DO NOT HONOUR failed, NO RESPONSE
  FROM BANK - CHECK STATUS BEFORE RETRY pending; Bill paid / Payment successful successes, Bill payment in progress
  - confirmation from biller awaited pending, Payment failed - amount, if debited, will be returned in 3-5 days
  failed (the payment failed, whatever the refund); an SMS that says the transfer "has been DECLINED by the
  beneficiary bank" failed (whatever the credit back), one that "is PENDING at the beneficiary bank" pending, a
  debit alert a success, whatever its bank's wording ("Rs.x debited from A/c XX1234 on <day> to <payee> via <way>.",
  "ICICI Bank Acct XX123 debited for Rs x on <day>; <payee> credited.", "Your A/C 2XXXXX1234 has been debited with
  INR x on <day> towards <way> to <payee>.", "Dear UPI user A/C X1234 debited by x on date <day> trf to <payee>
  Refno <ref>"); the e-mail's Status: Successful a success.
* date: the day paid (Payment date, a payer's *settled* (new here) Released on / Date of transfer, its pending
  Advice date (heldout198) / *settled* (new here) Generated on, Returned on / *settled* (new here) Bounced on; Date
  & time, Paid on, Completed on, Initiated on on a UPI screen not yet paid (heldout203), a link's Payment date; an
  outward advice's *settled* (new here) Date of remittance / Value date / Debited on and the pending one's
  Application date (heldout175) / *settled* (new here) Submitted on, Returned on / Date of return; a receipt's,
  invoice's or voucher's Date / Dated / Receipt date / Invoice date / *settled* (new here) Date of invoice / Voucher
  date / Paid on; a banking page's Value date / *settled* (new here) Processed on / Posting date and its Initiated
  on (the pending one's) / Rejected on; RazorpayX's Created on (heldout148), a bulk record's Uploaded on; a fee
  page's Payment date / Date of payment / Paid on / Challan paid date / Receipt date / Transaction date, the pending
  Maritime Board page's Initiated on; an insurer's Receipt date / Premium paid on / Date of receipt and the failed
  one's Transaction date / Attempted on; a slip's DATE : / DATE/TIME: / *settled* (new here) TXN DATE:; Paid on /
  Transaction date & time (the latter alone on a bill not paid); the SMS's day (SBI's "on date 12Mar26"); the e-mail
  alert's *settled* (new here) Date of transaction / Value date). *settled*: never a Bill month, a Due date, a
  Cheque date (heldout198), a Wage month / Contribution period (heldout167), a BE date (heldout156), a Period of
  insurance (heldout199), an e-mail's hour or an invoice number's financial year; *settled* (new here) never a MOA
  dated, a Lift by, a Rent period, a Tax year, a Return month, a Week or a Log sheet's run.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT / RTGS /
  IMPS, a banking page's, a bulk record's or RazorpayX's IMPS, a Bharat Connect bill from a Current A/c, a fee, a
  duty, a premium or PGVCL paid by Net banking, an e-mail alert's Channel; UPI for UPI apps, a link's, a receipt's,
  a voucher's, an invoice's, a fee's, a premium's or a bill's UPI; card on slips, a link's card, a fee, a premium or
  PGVCL paid by Debit card; cheque for a cheque received, lodged, returned or bounced; cash for a cash receipt or
  voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout207): a UPI reference /
  UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref. No., UPI Ref No, UPI Reference No., UPI reference ID
  (heldout206), UTR, UTR No., *settled* (new here) NEFT UTR No. / RTGS UTR No. and super.money's UPI Ref ID, IMPS
  Ref No., Razorpay's UPI RRN (heldout200) and *settled* (new here) PayU's Bank ref. no. on a UPI payment (as
  Easebuzz's Bank Ref No., heldout199 and heldout203), a slip's RRN: / RRN NO:, an SMS's UTR / UPI Ref / IMPS Ref,
  *settled* (new here) ICICI Bank's "<way>:<ref>" and SBI's Refno), then a bank reference (an outward advice's
  Outward ref. No. (heldout206) / *settled* (new here) OWRM No. / Our ref., a banking page's Bank reference No. /
  Txn reference No. (heldout206), a bulk record's Txn reference No., a fee page's Bank Ref. No. / Bank Ref No. /
  Bank reference No., ICEGATE's Bank Transaction No. (heldout156), PGVCL's and an insurer's Bank Ref No., Bharat
  Connect Ref. No. / B-Connect Txn ID), then a transaction / payment id (Google transaction ID, PhonePe's, Paytm's,
  CRED's and *settled* (new here) super.money's own Transaction ID, Razorpay's Payment ID pay_..., PayU's PayU ID
  (heldout179), RazorpayX's Payout ID pout_..., EPFO's CRN (heldout167), ESIC's Transaction No. (heldout206), a fee
  page's Transaction ID (*settled* (new here) the Maritime Board's, the corporation's and the Labour Welfare
  Board's), PGVCL's Transaction ID, an insurer's Payment ref. No. / Transaction ID, a failed Bharat Connect page's
  Transaction ID), then an approval code (Auth code, a slip's APPR CODE: / AUTH CODE:), then an order's number
  (Razorpay's Order ID, *settled* (new here) PayU's Merchant txn ID, as Easebuzz's, heldout200), then a document's
  own number (*settled* (new here) Advice No. (heldout200) / Bank payment voucher No. on a payer's advice, Receipt
  No. / M.R. No. / *settled* (new here) Receipt Sr. No. on a receipt, Tax Invoice No. / Invoice No. / Bill No.,
  Voucher No. / *settled* (new here) Chitthi No. / Pay slip No. on a voucher, ESIC's Challan No. and EPFO's TRRN
  (heldout161), ICEGATE's Challan No. (heldout156), a fee page's Receipt No., PGVCL's Receipt No., Premium receipt
  No. / Receipt No., a slip's INV NO: / BILL NO:). *settled*: never a UETR, the invoices listed on an advice, a
  Vendor code, a PO No., MID, TID, BATCH, STAN, a card, account or mobile number, a UPI ID, BIC, IBAN, GSTIN, IFSC,
  a cheque number, Maker / Checker (so never Initiated by / Approved by), a bulk Batch ref., RazorpayX's Reference
  ID (heldout148), an E-way bill No., a Weighbridge slip No. (heldout200), a Purpose code, an Establishment ID /
  Employer code, a BE No. (heldout156), a Tenement No. (heldout200), a Policy No. / Proposal No., a consumer number
  (here Consumer No., Telephone No., Mobile No., BP No.), a Week No. (heldout200), a slip's PUMP NO: or FOLIO NO:
  (heldout206). *settled* (new here): never a vessel's IMO No., a service's Invoice No. on an outward advice (the
  payee's bill the wire pays), a lot number, a Work order No., a Log sheet No., a Gate pass No., an IEC, a PT RC
  No., an LWF registration No., a Plot No., a slip's TRACE NO: or ROOM NO:."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout209_families import (
    bank_alerts,
    card_slips,
    compose,
    contractor_transfers,
    depot_upi,
    gang_wages,
    insurer_receipts,
    mill_advices,
    own_receipts,
    port_dues,
    utility_bills,
    vessel_wires,
    yard_invoices,
)

SPLIT = "heldout209"

FAMILIES: list[Family] = [
    ("mill_advices", mill_advices, PAGE_FACES),
    ("depot_upi", depot_upi, SCREEN_FACES),
    ("vessel_wires", vessel_wires, PAGE_FACES),
    ("own_receipts", own_receipts, PAPER_FACES),
    ("yard_invoices", yard_invoices, BILL_FACES),
    ("contractor_transfers", contractor_transfers, PAGE_FACES),
    ("gang_wages", gang_wages, PAPER_FACES),
    ("port_dues", port_dues, PAGE_FACES),
    ("insurer_receipts", insurer_receipts, PAGE_FACES),
    ("card_slips", card_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout209_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout209 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
