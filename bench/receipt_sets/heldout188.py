"""heldout188: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a rooftop solar EPC installer's day in 2026 (Suryakiran Rooftop Energy Pvt Ltd, its
office at Malviya Nagar, Jaipur and its store at Sitapura), told by the proofs of payment it receives (housing
societies', a school's, a hotel's and trade bodies' NEFT / RTGS payment advices for rooftop plants, banks' rooftop
solar loan disbursements to it as the vendor, homeowners' UPI and payment links, its own money receipts) and those it
makes (the DISCOMs' net metering and meter testing fees, the Chief Electrical Inspector's inspection fee through
e-GRAS and RRECL's vendor registration fee, outward wires for inverters, microinverters, optimisers, EV chargers and
connectors in euros, US dollars and pounds, module, inverter, structure and cable makers' tax invoices, transporters'
freight bills and crane hire, installers' labour vouchers and net-banking payouts, the site crews' card slips, the
office's and store's electricity, broadband, phones and FASTag, the bank's alerts). One payment per page. Each family:
six successes, one failure, one wait; one page prints no transaction id and one no day (truth None for those fields).

* ``society_advices``: societies' and institutions' payment advice e-mails, printed CONTRACTOR'S PAYMENT ADVICE /
  PAYMENT RELEASE NOTE and ERP vendor pages. ``homeowner_upi``: six UPI app screens (Google Pay, PhonePe, Paytm, BHIM,
  Amazon Pay, MobiKwik) paying the installer and two of its payment pages (Easebuzz, CCAvenue). ``money_receipts``:
  the installer's own MONEY RECEIPT / PAYMENT RECEIPT / ADVANCE RECEIPT (paper, rubber stamp) and its accounts desk's
  receipt e-mails. ``discom_fees``: JVVNL's and JdVVNL's fee receipts, the Chief Electrical Inspector's e-GRAS
  challan and RRECL's registration fee page (browser). ``inverter_wires``: outward remittance advices (e-mail,
  printed, browser). ``supplier_invoices``: makers' TAX INVOICE / TAX INVOICE - PAID / INVOICE CUM RECEIPT with the
  payment block and a rubber stamp (paper). ``labour_vouchers``: printed INSTALLER PAYMENT VOUCHER / SITE WORK
  PAYMENT VOUCHER, AU Corporate Banking's and Baroda Connect's payment pages and a bulk payment record.
  ``site_slips``: card terminal slips (monospace). ``bbps_bills``: Bharat Connect in AU 0101, bob World and UPI apps
  and JVVNL's own receipt page. ``loan_disbursals``: banks' rooftop solar loan disbursement advices to the vendor
  (e-mail, printed, portal). ``transport_bills``: transporters' FREIGHT BILL / BILL CUM RECEIPT and a CRANE HIRE
  BILL (paper, rubber stamp). ``bank_alerts``: AU's, Bank of Baroda's and SBI's SMS alerts and two e-mail transaction
  alerts. The families' docstrings list each layout's labels.

Truth conventions (heldout187's, heldout183's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout167, heldout175,
  heldout179, heldout183, heldout187): a payer's payment advice (here a society's, a school's, a hotel's) pays the
  installer under its payee label, *settled* (new here) Contractor / Name of contractor / Pay to (vendor) / Vendor /
  contractor, never the payer on top or the Site. *settled* (new here): a bank's loan disbursement advice pays the
  installer (the vendor) under Vendor / Disbursed in favour of / Vendor name (as per portal), never the bank on top
  (the payer), its processing centre, the Borrower or the Scheme. A UPI screen's payee under Paid to / To / Sent to /
  Paying to, *settled* (new here) or Amazon Pay's Paying (here the installer), never the UPI ID or the app; a payment
  page's payee on top (here the installer), never Customer / Paid by or the gateway's footer (Easebuzz, CCAvenue).
  *settled* (heldout175, heldout179, heldout183, heldout187): the installer's own receipt pays the installer on top
  (its full, capital or short name as printed), never the party under Received from / Received with thanks from /
  Customer name; its accounts desk's receipt e-mail likewise. *settled* (heldout187, kept here): an authority's fee
  page pays the authority on top (Jaipur Vidyut Vitran Nigam Ltd, Jodhpur Vidyut Vitran Nigam Ltd, *settled* (new
  here) Office of the Chief Electrical Inspector, Rajasthan, Rajasthan Renewable Energy Corporation Ltd; capitals
  where so printed), never the platform line under it (e-GRAS, the scheme), the Applicant / Vendor / Paid on behalf
  of (the installer), the Consumer name or the Office line. *settled* (heldout175, heldout187): a bank's outward
  remittance advice pays the maker abroad under its beneficiary label, *settled* (new here) Beneficiary's name /
  Overseas beneficiary / Name of the beneficiary, never the bank on top, the Remitter / Applicant or the Beneficiary
  bank. A maker's, transporter's or crane hirer's name on top of its own paper, never M/s the installer under Buyer /
  Consignee / Bill to / Billed to / Party. *settled* (heldout150, heldout161, heldout179, heldout183, heldout187): a
  voucher pays the payee under Paid to, *settled* (new here) so an installer payment voucher pays the worker under
  Name of installer / Paid to / Payee, never the installer company on top, Prepared by or Passed by; a corporate
  banking page or a bulk record the Beneficiary name, never the Debit account or *settled* (new here) the Payee
  nickname. A slip's counter name line in capitals, never the terminal's maker or the town line. A Bharat Connect
  page's biller under Biller / Biller name, *settled* (new here) or Service provider / Operator / Issuer bank (short
  or long as printed), never the app, Bharat Connect or the Consumer name; JVVNL's own page the board on top. An SMS
  alert's payee as the bank sends it (*settled*, the truncated name as printed: "to JAIPUR VIDYUT VITRAN", *settled*
  (new here) Bank of Baroda's "to:MARUDHAR ROADWAYS" and SBI's "trf to RAMESH KUMAR MEENA"), never the bank or the
  sender id; an e-mail alert's Beneficiary / Transferred to, never the bank on top.
* amount / currency: the sum this payment moved. *settled* (heldout152, heldout183, heldout187): a payment advice's
  net sum, *settled* (new here) Net amount released / Net paid / Amount transferred after Less: TDS u/s 194C @ 2%,
  Less: Retention @ 5% (till commissioning) and Less: BOCW cess @ 1%, never an RA bill's sum. *settled* (new here): a
  loan disbursement's Amount disbursed / Disbursement amount / Loan amount disbursed, never the Project cost or the
  Margin paid by borrower. A UPI screen's and a payment page's sum large. *settled* (heldout175, heldout179,
  heldout183, heldout187): a receipt counts the sum received even where it is part of the job, *settled* (new here)
  Amount received / Cash received / Received by UPI / Cheque amount, never the Project cost (incl. GST) / Order value
  or the Balance payable on commissioning. *settled* (heldout187): a fee page's Total amount paid / Amount paid
  (the heads x plants and GST), *settled* (new here) and e-GRAS's Challan amount, never a head. *settled* (heldout175,
  heldout183, heldout187): an outward remittance counts the remittance in its currency (EUR, USD, GBP), *settled*
  (new here) Remittance amount (FCY) / Amount remitted / FCY amount, never the INR equivalent, the Commission,
  Correspondent charges, GST on currency conversion or the Total debited to A/c. A maker's Amount received / Payment
  received (the rounded Invoice total with GST at 5% or 18%) or, where an advance is taken off, the Balance settled;
  Cheque amount. *settled* (new here): a transporter's Amount received / Net received / Received (cash) (the Total
  less TDS u/s 194C @ 2% where deducted), never the Total, the Freight or the Hire charges. A voucher's Net amount
  paid / Amount paid, never the Gross amount, the kWp installed line, Less: TDS u/s 194C @ 1% or Less: Site advance;
  a banking page's or bulk record's Amount. A slip's TOTAL AMOUNT: / TXN AMT: / AMOUNT:, never the RATE: or the
  VOLUME:. A Bharat Connect page's sum large; JVVNL's Amount paid. An alert's sum debited or transferred, *settled*
  (new here) SBI's bare "debited by 2500.5" too, never the Avl Bal or Total Bal. Currency INR but on the wires.
* status: as printed. *settled* (new here): Released and Payment status: Paid successes on a payer's advice, Pending -
  awaiting second signatory (Treasurer) pending (a payer's hold), Returned - account name does not match failed;
  Disbursed and Disbursement status: Credited to vendor successes, Under process - awaiting vendor bank validation
  pending, Disbursement returned - vendor account inactive failed. *settled* (heldout167, heldout179): CHEQUE RECEIVED
  - SUBJECT TO REALISATION and CHEQUE DEPOSITED - SUBJECT TO CLEARANCE pending, CHEQUE RETURNED - FUNDS INSUFFICIENT
  failed; *settled* (new here) CHEQUE IN CLEARING - CREDIT AWAITED pending, CHEQUE RETURNED UNPAID - SIGNATURE
  DIFFERS and CHEQUE RETURNED - EXCEEDS ARRANGEMENT failed; RECEIVED WITH THANKS, PAYMENT RECEIVED, PAID, PAID IN
  FULL, PAID IN CASH successes. *settled* (new here): Fee paid successfully and Transaction status: SUCCESS successes,
  Payment under verification - GRN not yet reconciled and Transaction status: PENDING pending, Transaction
  unsuccessful (- GRN cancelled) failed; Remittance processed - funds sent via SWIFT and Status: Remitted successes,
  Under process - deal rate to be booked pending, Rejected - purpose code does not match invoice failed; Transaction
  successful and Status: Executed successes, Pending for authorisation - checker pending (an unauthorised transfer
  waits), Rejected - beneficiary account frozen failed; Bill paid successfully / Payment successful / Recharge
  successful successes, Payment in progress (- biller confirmation awaited) pending, Bill payment failed / Payment
  failed failed; a payment page's Transaction successful / Payment received successes, Transaction pending pending,
  Transaction failed failed. A slip's APPROVED / TRANSACTION APPROVED successes, DECLINED - 55 INCORRECT PIN failed,
  *settled* (new here) HOST TIMEOUT - STATUS UNKNOWN pending (as heldout179's TXN TIMEOUT and heldout187's RESPONSE
  TIMED OUT). An SMS that says the payment "has failed" failed, *settled* (new here) "is under process" pending, a
  debit or transfer alert a success; Status: Successful on an e-mail alert a success.
* date: the day paid (Date of release, Payment date, Value date, Initiated on / Returned on on a payer's or lender's
  advice, *settled* (new here) Disbursement date / Date of disbursement, Date & time, Paid on, Completed on,
  Transaction date, a receipt's, invoice's, bill's or voucher's Date / Dated / Receipt date / Invoice date / Bill date
  / Voucher date, Date of payment, Challan paid date, Remittance date, the pending wire's Request date (*settled*
  heldout175), *settled* (new here) the failed wire's Rejected on, a slip's DATE:, the SMS's day, *settled* (new
  here) SBI's "on date 12Mar26"). *settled*: never a Bill month, a Bill date or Due date on a Bharat Connect page, an
  e-mail's hour; *settled* (new here) never a Bill period, a Sanction ref.'s year or an invoice number's financial
  year.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire or telegraphic transfer (heldout155), a loan
  disbursement, a Bharat Connect bill from a Current A/c, a fee or a board paid by Net banking (e-GRAS always), a
  payment page's Net banking; UPI for UPI apps, a page's, a fee's, a board's, a bill's, a receipt's, a voucher's or a
  transporter's UPI; card on slips, a page's debit card, a fee or board paid by Debit card; cheque for a cheque
  received, in clearing, deposited or returned; cash for a cash receipt, voucher or freight bill.
* transaction_id: the highest family printed (heldout152's order, as heldout167, heldout179, heldout183 and
  heldout187): a UPI reference / UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref No., UTR, UTR No., UTR /
  Ref No., NEFT UTR, IMPS Ref No., IMPS RRN, Bank RRN, a slip's RRN:, an SMS's UTR: / IMPS Ref: / Refno / Ref No),
  then a bank reference (an outward advice's *settled* (new here) TT ref No. / Remittance ref No., Bank Ref. No. /
  Bank Ref No., a treasury's Bank CIN (heldout179), a banking page's Reference No., *settled* (new here) a lender's
  Disbursement ref No. and Bharat Connect Ref ID / BBPS Txn Ref ID), then a transaction / payment id (*settled* (new
  here) Easebuzz's Easepay ID and CCAvenue's CCAvenue Reference No., an app's own Transaction ID / Amazon Pay's
  Order ID, an authority's Transaction ID, the Transaction ID on Bharat Connect), then an approval code (a slip's
  AUTH CODE:, Bharat Connect's Approval No.), then an order's number (a payment page's Order ID), then a document's
  own number (Payment advice No. / Voucher ref. on a payer's advice, MR No. / Receipt No. / Rcpt. No., Tax Invoice
  No. / Invoice No. / Bill No., Freight bill No., Voucher No. / PV No., a slip's INVOICE NO:, e-GRAS's GRN
  (heldout179), a board's Receipt No.). *settled*: never a UETR, the bills listed on an advice, Work order No., IEC,
  MID, TID, BATCH NO, a card, account or mobile number, a UPI ID, IBAN, BIC, GSTIN, IFSC, a cheque number, E-way bill
  No., a Vehicle No., a consumer number. *settled* (new here): never a K No. / K Number, a PM Surya Ghar application
  ID, an Application ID on a fee page, a Budget head, an RRECL empanelment number, a Loan A/c No. or Sanction ref., a
  Form A2 ack No., a Deal ID, the beneficiary's Invoice No. on an outward advice, Module serial Nos., a GR No. / LR
  No., a slip's STAN:, a Payee nickname or a bulk file's Record.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout188_families import (
    bank_alerts,
    bbps_bills,
    compose,
    discom_fees,
    homeowner_upi,
    inverter_wires,
    labour_vouchers,
    loan_disbursals,
    money_receipts,
    site_slips,
    society_advices,
    supplier_invoices,
    transport_bills,
)

SPLIT = "heldout188"

FAMILIES: list[Family] = [
    ("society_advices", society_advices, PAGE_FACES),
    ("homeowner_upi", homeowner_upi, SCREEN_FACES),
    ("money_receipts", money_receipts, PAPER_FACES),
    ("discom_fees", discom_fees, PAGE_FACES),
    ("inverter_wires", inverter_wires, PAGE_FACES),
    ("supplier_invoices", supplier_invoices, BILL_FACES),
    ("labour_vouchers", labour_vouchers, PAPER_FACES),
    ("site_slips", site_slips, SLIP_FACES),
    ("bbps_bills", bbps_bills, SCREEN_FACES),
    ("loan_disbursals", loan_disbursals, PAGE_FACES),
    ("transport_bills", transport_bills, BILL_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout188_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout188 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
