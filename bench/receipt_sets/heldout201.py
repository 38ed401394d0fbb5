"""heldout201: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a coloured-gemstone cutting and jewellery export house's day in 2026 (Pannadhar Gem
Exports Pvt Ltd, its office and sales room on Haldiyon Ka Rasta, Johari Bazaar and its cutting workshop in the
Sitapura Industrial Area, Jaipur, Rajasthan), told by the proofs of payment it receives (overseas jewellers' and
dealers' inward wires in US dollars, Hong Kong dollars, euros and pounds and two buyers' own remittance advices, the
bazaar's jewellers' and walk-in buyers' UPI screens and payment links, a visiting buyer's card in US dollars, its own
receipts against approval memos and invoices, buyers' cards at its sales room and its trade-show stall) and those
it makes (outward wires for rough emeralds, tanzanite, sapphire, ruby and tourmaline and for faceting laps and
gem-testing instruments, rough dealers', bullion dealers', a findings maker's, a gem laboratory's and a box maker's
tax invoices, corporate net-banking transfers to job-work cutters and suppliers and the bank's beneficiary credit
advices, karigars' piece-work vouchers and payouts, the Gem & Jewellery Export Promotion Council's membership and
RCMC receipt, the factory licence through e-GRAS Rajasthan, Jaipur Municipal Corporation Heritage's trade licence
and RIICO's service charges, insurers' jewellers' block, marine cargo, fire and group mediclaim premiums, a lapidary
tools shop, a hotel and the insured courier on its card, JVVNL's power, PHED's water, the phone and broadband bills,
the bank's SMS and e-mail alerts). One payment per page. Each family: six successes, one failure, one wait; one
page prints no transaction id and one no day (truth None for those fields).

* ``buyer_wires``: six banks' INWARD REMITTANCE ADVICE / Export proceeds - credit advice pages, e-mails and printed
  advices (Yes Bank, State Bank of India, HDFC Bank, AU Small Finance Bank, ICICI Bank, Bank of Baroda) and two
  buyers' REMITTANCE ADVICE / Payment advice e-mails. ``trade_upi``: six UPI app screens (Google Pay, PhonePe,
  Paytm, BHIM, MobiKwik, WhatsApp) paying the company and two payment links (Easebuzz; Razorpay, a visiting buyer's
  card in US dollars). ``memo_receipts``: the company's own MONEY RECEIPT / RECEIPT AGAINST APPROVAL MEMO / PAYMENT
  RECEIPT (paper, rubber stamp) and its accounts desk's receipt e-mails. ``rough_wires``: the bank's outward
  remittance advices (browser, e-mail, printed). ``supplier_invoices``: suppliers' TAX INVOICE / TAX INVOICE
  (ORIGINAL FOR RECIPIENT) / INVOICE with the payment block and a rubber stamp (paper). ``bank_transfers``:
  corporate net banking's transaction pages (DBS IDEAL, YES CONNECT, Baroda Connect) and the bank's beneficiary
  credit advice e-mails. ``karigar_wages``: printed PIECE WORK PAYMENT VOUCHER / KARIGAR WAGE VOUCHER - CUTTING
  SECTION / WEEKLY WAGES - POLISHING FLOOR, a RazorpayX payout page, IDFC FIRST Bank's bulk wage records and an
  InstaBIZ screen. ``fee_pages``: GJEPC's payment receipt, e-GRAS Rajasthan's challan for the Factories and Boilers
  Inspection Department, Jaipur Municipal Corporation Heritage's receipt and RIICO's payment page (browser).
  ``insurer_premiums``: insurers' PREMIUM RECEIPT / Payment acknowledgement pages and e-mails.
  ``counter_slips``: card terminal slips (monospace). ``utility_bills``: Bharat Connect in banking and UPI apps
  (AU 0101, PhonePe, CRED, YONO SBI, Paytm, Kotak Bank) and JVVNL's own online payment receipt. ``bank_alerts``:
  the bank's SMS debit alerts in each bank's own wording and two e-mail transaction alerts. The families'
  docstrings list each layout's labels.

Truth conventions (heldout199's, heldout198's, heldout193's, heldout179's and heldout167's, kept where they say
*settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout155, heldout161,
  heldout167, heldout193, heldout198): a bank's inward remittance advice pays the company under Beneficiary name,
  *settled* (new here) or Beneficiary (exporter) / Credit to beneficiary, never the bank on top, the Remitter /
  Remitting customer or the Remitting bank. *settled* (heldout167, heldout175, heldout179, heldout193, heldout198,
  heldout199): a payer's payment advice (here an overseas buyer's) pays the company under its payee label,
  *settled* (new here) Payee / Remit to (supplier) / Vendor, never the buyer on top or the Beneficiary bank. A UPI
  screen's payee under Paid to / To / Sent to / Paying to, *settled* (new here) or WhatsApp's Payment to (here the
  company), never the UPI ID or the app; a payment link's payee on top (here the company), never Paid by /
  Customer or the gateway's footer (Easebuzz, Razorpay). *settled* (heldout175, heldout179, heldout193,
  heldout199): the company's own receipt pays the company on top (its full, capital or short name as printed),
  never the party under Received with thanks from / Received from / *settled* (new here) Party, nor *settled* (new
  here) the approval memo or invoice it settles; its accounts desk's receipt e-mail likewise. *settled* (heldout175,
  heldout193, heldout199): a bank's outward remittance advice pays the seller abroad under Beneficiary name,
  *settled* (new here) or Overseas beneficiary / Name of supplier abroad, never the bank on top, the Remitter or the
  Beneficiary bank. A supplier's name on top of its own paper, never M/s the company under Buyer / Billed to /
  *settled* (new here) Recipient (bill to). *settled* (heldout191, heldout195, heldout199): a corporate banking
  page pays the payee under Beneficiary name / Payee, *settled* (new here) or Transfer to, never the portal (DBS
  IDEAL, YES CONNECT, Baroda Connect) or the bank on top, *settled* (new here) the Beneficiary code, or the Debit
  account; *settled* (heldout175): the bank's beneficiary credit advice e-mail pays the beneficiary (here under
  Beneficiary / Credited to), never the bank on top or the Remitter. *settled* (heldout150, heldout161, heldout179,
  heldout199): a voucher pays the payee, *settled* (new here) a karigar's voucher the karigar under Name of karigar
  / Paid to (karigar) / Worker name, never the company on top or the Karigar No.; *settled* (heldout193)
  RazorpayX's payout page the Contact, never RazorpayX on top or the Fund account; a bulk record the Beneficiary
  name, never the Debit account; *settled* (new here) an InstaBIZ screen the payee under Paid to / Beneficiary,
  never InstaBIZ or ICICI Bank on top. *settled* (heldout179, heldout193, heldout199): a fee page pays the
  authority on top, *settled* (new here) the Gem & Jewellery Export Promotion Council as printed (The Gem &
  Jewellery Export Promotion Council, GEM & JEWELLERY EXPORT PROMOTION COUNCIL, GJEPC), never its Ministry line or
  the Member name; *settled* (new here) the e-GRAS challan the department on top (Factories and Boilers Inspection
  Department, Rajasthan; Department of Factories and Boilers, Rajasthan), never the e-GRAS / Government of
  Rajasthan line, the Remitter name / Name of factory or the Office name; *settled* (new here) Jaipur Municipal
  Corporation Heritage / Nagar Nigam Jaipur Heritage (capitals where so printed), never the Name of firm; RIICO
  Ltd or its long name (heldout193), never the Allottee / Unit name. *settled* (heldout199): an insurer's premium
  receipt pays the insurer on top (its full name, capitals where so printed), never *settled* (new here) the Name
  of insured / Policyholder / Insured (the company) or the Cover. A slip's counter name line in capitals (here the
  company's own counters on five, a lapidary tools shop, a hotel and the courier on three), never the terminal's
  bank or brand or the place line. A Bharat Connect page's biller under Biller / Biller name / Service provider
  (heldout193) / *settled* (new here) Paid to (biller) (short or long as printed), never the app, Bharat Connect or
  the Consumer name; the discom's own page the discom on top (JVVNL, short, long or capital as printed), never its
  Government of Rajasthan undertaking line (heldout193), the Sub-division or the Consumer name. An SMS alert's payee
  as the bank sends it ("to NOOR GEM CUTTING WOR": *settled*, the truncated name as printed), never the bank or the
  sender id; the bank's e-mail alert *settled* (new here) the Paid to / Beneficiary name, never the bank on top.
* amount / currency: the sum this payment moved. *settled* (heldout167, heldout193, heldout198): an inward wire's
  foreign sum, *settled* (new here) Inward amount (FCY) / Amount received / Remitted amount, never the INR
  equivalent, the Bank charges incl. GST or the Net credit (INR); *settled* (heldout112; new here on a wire) Hong
  Kong dollars printed HKD or HK$ are HKD. *settled* (heldout152, heldout193, heldout199): a payer's advice counts
  its net sum, *settled* (new here) Net amount remitted / Payment amount / Amount sent (the invoices less a Credit
  note for stones returned) in the buyer's currency, never an invoice's sum. A UPI screen's and a link's sum large,
  *settled* (new here) in US dollars on the Razorpay page a visiting buyer paid by card. *settled* (heldout175,
  heldout179, heldout193, heldout199): a receipt counts the sum received even where it is part of the bill,
  *settled* (new here) Cash received / By cash / By UPI / Received by UPI / By RTGS / Received by NEFT / Sum
  received / By card / Cheque amount / By cheque, never the Memo value / Invoice value or the Balance on memo /
  Balance due. *settled* (heldout175, heldout193, heldout199): an outward remittance counts the remittance in its
  currency (USD, EUR, GBP), *settled* (new here) Amount remitted (FCY) / Foreign currency amount / Wire amount,
  never the INR equivalent, the Bank charges + GST or the Total debited to current account. A supplier's *settled*
  (new here) Amount received vide RTGS / NEFT / Payment received (NEFT) / Received by UPI (the rounded Invoice
  total with GST), *settled* (heldout187, heldout191, heldout195, heldout199) where an advance is taken off (here
  Less: Advance paid on order) the Balance received vide RTGS / NEFT, or the Cheque received / *settled* (new here)
  Paid by cheque, never the Taxable value or a line. A banking page's *settled* (new here) Amount (INR) / Payment
  amount / Transfer amount; the bank's credit advice's Amount. *settled* (new here): a karigar's voucher's Net paid
  / Net wages paid / Amount paid to karigar (the pieces or carats x rate plus an Attendance bonus less ESI @ 0.75%
  and Advance (uchak)), never the piece or carat line, the bonus, the Gross earnings or a deduction; RazorpayX's and
  InstaBIZ's sum large; a bulk record's Amount. *settled* (heldout187, heldout191, heldout193, heldout199): a fee
  page's total (the heads and GST), here Total amount paid / Amount paid / Challan amount / Total amount, never a
  head. *settled* (heldout199): an insurer's total premium with GST, *settled* (new here) Total premium / Premium
  paid (incl. GST) / Amount received, never a premium head, the GST or the Sum insured. *settled* (new here): a
  slip's AMOUNT: / TOTAL AMT: / NET AMT:. A Bharat Connect page's sum large; the discom's Amount paid. An alert's
  sum debited (*settled* (heldout198) the e-mail's Amount debited, *settled* (new here) or Debit amount), never the
  Avl Bal. Currency INR but on the wires, the buyers' advices and the Razorpay page.
* status: as printed. *settled* (new here): an inward advice's Credited to exporter's account and Inward
  remittance realised successes, Pending - purpose declaration and invoice copy awaited pending (as heldout198's
  Held), Returned to remitting bank - beneficiary details mismatch failed; a buyer's Payment released / Status:
  Remitted successes. *settled* (new here): a UPI screen's Payment failed - payee bank not reachable failed,
  Processing - do not pay again for 30 minutes pending; Money sent and Paid successes. *settled* (heldout167,
  heldout179, heldout191, heldout195, heldout199): a cheque received and not yet cleared pending, a cheque returned
  failed, so *settled* (new here) CHEQUE RECEIVED - GOODS RELEASED ON REALISATION and CHEQUE IN CLEARING - RECEIPT
  PROVISIONAL pending, CHEQUE RETURNED - MEMO PAYMENT CANCELLED and CHEQUE RETURNED - INVOICE UNPAID failed;
  RECEIVED WITH THANKS, PAID, PAYMENT RECEIVED, *settled* (new here) MEMO SETTLED, PAID - THANK YOU and PAID -
  RECEIVED BY KARIGAR successes. *settled* (new here): an outward advice's Remittance effected - SWIFT message sent
  and Status: Remitted successes, Under scrutiny - commercial invoice copy awaited pending, Returned by beneficiary
  bank - account name does not match failed; a banking page's Transfer successful / Status: Processed successes,
  Awaiting approval - 1 of 2 approvers pending pending (keyed, not yet authorised, as heldout191's, heldout195's and
  heldout199's), Rejected by beneficiary bank - account dormant failed; the bank's Credited to beneficiary a
  success; RazorpayX's Processed a success and Reversed failed (heldout193); a bulk record's Record status:
  Credited a success (heldout198), Sent to bank - credit confirmation awaited pending; InstaBIZ's Transaction
  successful / Money sent successes; a fee page's Payment successful / Payment received / Payment received -
  challan verified successes, Payment awaited - bank confirmation pending pending, Transaction failed - GRN not
  verified by bank failed; an insurer's Payment received - policy document e-mailed / Premium paid successes,
  Payment under reconciliation - policy will be issued on receipt pending, Premium payment unsuccessful - cover not
  in force failed; a slip's APPROVED / TRANSACTION APPROVED successes, DECLINED - 05 DO NOT HONOUR failed, HOST
  TIMEOUT - CHECK STATUS BEFORE RETRY pending (as heldout179's TXN TIMEOUT); Bill paid / Payment successful /
  Payment received successes, Payment under process - biller confirmation awaited pending, Bill payment failed -
  refund in 3-5 working days failed (the payment failed, whatever the refund). *settled* (new here): an SMS that
  says an NEFT "has been RETURNED by the beneficiary bank" failed (whatever the credit back), an IMPS that "is ON
  HOLD at the beneficiary bank" pending (as heldout198's "is PENDING at the beneficiary bank"), a debit alert a
  success, whatever its bank's wording ("Rs.x debited from A/c XX1234 on <day> to <payee> via NEFT", "INR x has
  been debited from your YES BANK A/c ... towards NEFT to <payee>", "Rs.x Dr. to A/c ...1234 ... Info:
  NEFT/<payee>", "Your A/C XXX1234 is debited by INR x ... Info: IMPS-<payee>"); Transaction status: Completed a
  success.
* date: the day paid (Value date, Credit date, *settled* (new here) Realised on and the pending inward's Date of
  receipt, Returned on, a buyer's Payment date, Date & time, Paid on, Completed on, Payment date, a receipt's,
  invoice's or voucher's Date / Dated / Receipt date / Invoice date / Voucher date / Paid on, *settled* (new here)
  Date of remittance / Debit date on an outward advice and the pending wire's Request date (heldout175, heldout187,
  heldout191, heldout199), *settled* (new here) Executed on, Created on (the pending one) and Rejected on (the
  failed one) on a banking page, Date of transfer / Transfer date on the bank's credit advice, Processed on /
  Reversed on (heldout193), a bulk record's Credited on / Uploaded on, Receipt date, Date of deposit, Transaction
  date, Date of payment, *settled* (new here) an insurer's Collection date, a slip's DATE: / DT: / *settled* (new
  here) TXN DATE:, Transaction date & time, the e-mail alert's *settled* (new here) Date of transaction, the SMS's
  day). *settled*: never a Bill date, a Due date, a Bill month or an e-mail's hour; *settled* (new here) never a
  karigar's Wage week ending, the year in a fee head (Annual membership fee 2026-27, Factory licence renewal fee
  (2027)), a document number's financial year or a since-year in a heading.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), *settled* (new here)
  a buyer's Wire transfer (SWIFT), RazorpayX's, a bulk record's and InstaBIZ's IMPS, a Bharat Connect bill from a
  Current A/c, a fee (e-GRAS - Net banking, heldout193), a premium or the discom paid by Net banking, *settled* (new
  here) a premium paid by NEFT; UPI for UPI apps, a link's, a receipt's, an invoice's, a voucher's, RazorpayX's, a
  fee's, a premium's, the discom's or a bill's UPI; card on slips (an international card too), a link's card
  (Razorpay in US dollars), a receipt's By card, a fee, a premium or the discom paid by Debit card; cheque for a
  cheque received, in clearing or returned; cash for a cash receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout199): a UPI reference /
  UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref. No., UTR, UTR No., IMPS Ref No., *settled* (new here)
  Bank RRN, InstaBIZ's RRN, Easebuzz's Bank Ref. No. and Razorpay's UPI RRN on a UPI payment, a slip's RRN: /
  RRN NO: (heldout198), an SMS's UTR / IMPS Ref), then a bank reference (*settled* (new here) an inward advice's
  IRM No. / Inward ref No. / Our reference, a buyer's Bank ref., an outward advice's TT ref No. / Outward TT No. /
  Our reference No., a banking page's Bank reference / Host ref No., a bulk record's Record ref No.; e-GRAS's Bank
  CIN (heldout179, heldout193), GJEPC's and an insurer's Bank Ref. No. / Bank Ref No., Bharat Connect Ref ID
  (heldout193) / *settled* (new here) BBPS Txn Ref), then a transaction / payment id (*settled* (new here) the
  Easebuzz ID, Razorpay's Payment ID pay_..., PhonePe's and MobiKwik's own Transaction ID, RazorpayX's Payout ID
  pout_... (heldout193), the fee pages' Transaction ID (GJEPC, Jaipur Municipal Corporation Heritage, RIICO), an
  insurer's *settled* (new here) Payment ref No., JVVNL's Transaction ID, a failed Bharat Connect page's
  Transaction ID), then an approval code (Auth code, Approval code, a slip's AUTH CODE: / APPR:), then an order's
  number (Easebuzz's and Razorpay's Order ID), then a document's own number (*settled* (new here) a buyer's
  Remittance advice No., Receipt No. / Rcpt No. / No. on a receipt, Tax Invoice No. / Invoice No. / Bill No.,
  Voucher No. / V. No. / Vr No., e-GRAS's GRN (below the bank's reference, heldout168, heldout193), a fee page's
  Receipt No., an insurer's Premium receipt No. / Collection No., a slip's *settled* (new here) INVOICE NO:,
  JVVNL's Receipt No.). *settled*: never a UETR, IBAN, BIC / SWIFT code, IEC, GSTIN, IFSC, MID, TID, BATCH, STAN,
  a card, account or mobile number, a UPI ID, a cheque number, Maker / Approver (heldout171, heldout193), a consumer
  number (here K No., Consumer No., Account No., Mobile No.), a Proforma invoice No. on a wire, a Plot No., a Vendor
  No. / Vendor code. *settled* (new here): never an Export invoice No., the invoices or the Credit note listed on a
  buyer's advice, a Shipping bill No. on an inward advice, Against approval memo No. / Against invoice No. on a
  receipt, a lot, a Beneficiary code, a bulk File name, a Karigar No., RazorpayX's Fund account, a Membership No.,
  an RCMC No., a Budget head, a Trade licence No., a Policy No. / Quote No., or a hotel slip's ROOM NO:.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout201_families import (
    bank_alerts,
    bank_transfers,
    buyer_wires,
    compose,
    counter_slips,
    fee_pages,
    insurer_premiums,
    karigar_wages,
    memo_receipts,
    rough_wires,
    supplier_invoices,
    trade_upi,
    utility_bills,
)

SPLIT = "heldout201"

FAMILIES: list[Family] = [
    ("buyer_wires", buyer_wires, PAGE_FACES),
    ("trade_upi", trade_upi, SCREEN_FACES),
    ("memo_receipts", memo_receipts, PAPER_FACES),
    ("rough_wires", rough_wires, PAGE_FACES),
    ("supplier_invoices", supplier_invoices, BILL_FACES),
    ("bank_transfers", bank_transfers, PAGE_FACES),
    ("karigar_wages", karigar_wages, PAPER_FACES),
    ("fee_pages", fee_pages, PAGE_FACES),
    ("insurer_premiums", insurer_premiums, PAGE_FACES),
    ("counter_slips", counter_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout201_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout201 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
