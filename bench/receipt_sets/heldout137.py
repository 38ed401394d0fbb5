"""heldout137: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a printing press and signage shop's day in 2026 (offset and digital printing, flex
banners, visiting and wedding cards, election and festival posters, school diaries, packaging cartons; in Sivakasi,
Meerut, Kottayam, Belagavi, Jalandhar, Nanded, Cuttack and Bhilai: a trade name, its firm and an online print desk in
each), told by the proofs of payment that pass through it: what customers, corporate clients, schools and party and
festival committees pay it (advances and balances for print jobs, remittances against purchase and work orders,
online design-and-print orders), what it pays (paper merchants and a paper mill, ink and plate suppliers, the
offset machine's finance EMI, the electricity bill, a courier for dispatch, a freelance designer, its GST) and the
advances it refunds for cancelled jobs. One payment per page, no lists or threads.

* ``advance_upi``: a customer's UPI app paying an advance or a balance (PhonePe, Google Pay, Navi, Paytm, MobiKwik,
  BHIM, WhatsApp Pay, Amazon Pay; dark on Navi and some others): heldout125's result screen, the press (its firm on
  some) under Paid to / To / Sent to (Paying to / Payment to on a failure or a wait), a Note / Message / Added note
  on most (Wedding card advance, Flex banner balance, Poster printing adv); Payment Successful / Paid successfully /
  Transaction Successful / Money sent / Payment Failed / Transaction failed / Payment declined / Payment Pending /
  Payment processing / Transaction pending.
* ``po_remittance``: a corporate client's, a school's or a party committee's PAYMENT ADVICE / REMITTANCE ADVICE /
  VENDOR PAYMENT INTIMATION (its accounts payable e-mail or a printed advice): the payer on top, Payment Doc No. /
  Advice No. / Document No., Vendor / Payee / Beneficiary / Paid to the press, Vendor / Supplier Code, PO No. /
  Purchase Order / Work Order No. on most, Your Invoice No. / Your Bill No. / Vendor Invoice and Invoice date / Bill
  Dt., Towards (cracker box labels, school diaries and ID cards, election posters and flex banners), Invoice / Gross
  / Bill amount, Less: TDS u/s 194C @ 2% / TDS 194C (2%) on most, Net amount paid / Amount remitted / Net paid (Net
  amount / Net payable on a failure or a wait), NEFT / RTGS / IMPS, Debited from / Our bank, the press's account and
  IFSC, UTR / UTR No. / UTR Ref / IMPS RRN, Payment date / Value date / Credit date / Returned on / Initiated on;
  Paid / Remitted / Credited to beneficiary / Returned - beneficiary account invalid / <mode> returned - name
  mismatch / Under process with bank / Sent to bank - awaiting UTR.
* ``job_card``: the press's JOB CARD CUM RECEIPT / ESTIMATE & ADVANCE RECEIPT / CASH MEMO - PRINTING (paper): Job No.
  / Job Card No., Receipt No. / Rcpt. No., Date / Dt., Customer / Party / Ordered by (a person, a party's or festival
  committee, a school, a business), Mob., the work with quantity x rate (wedding cards, visiting cards by the box,
  posters 18x23 in, star flex by the sq ft, school diaries, mono cartons 350 GSM duplex), CTP plates (4 colour),
  design and proof, gold foil, die making, eyelets, framing and fitting, lamination, Sub total and CGST / SGST @ 9% on
  some, then one of: Job value / Estimate / Estimated amount with Advance received (n%) / Advance paid and Balance on
  delivery / Balance due; Total / Job value with Less: Advance received and Balance received now / Paid now / Balance
  paid and Balance due Nil; Total / Net amount with Amount received / Received; Advance payable (n%) on the failure
  and the wait; Delivery on / Ready by, cash / UPI / card / NEFT with UPI Txn Ref / UPI RRN / UPI Ref. No. / UTR No. /
  NEFT UTR / Auth Code / Approval Code / RRN; ADVANCE RECEIVED / RECEIVED WITH THANKS / FULL & FINAL RECEIVED / PAID
  / CARD DECLINED - JOB ON HOLD / ADVANCE AWAITED - JOB NOT STARTED / PAYMENT AWAITED - PROOF APPROVED in a row and in
  the press's rubber stamp.
* ``card_slip``: the press counter's card terminal slip (Axis Bank, Bank of Baroda, Canara Bank, IndusInd Bank, AU
  Small Finance Bank, PhonePe Smart POS, Getepay, Innoviti; monospace): the press in capitals, its locality and town,
  MER ID / M.ID, TER ID / T.ID, DATE and TIME or TXN DATE and TXN TIME, BATCH NO / BATCH, ROC NO / TRACE NO / INVOICE,
  SALE / SALE TRANSACTION, CARD TYPE, CARD NO masked, the issuer and CHIP / CONTACTLESS, AMOUNT / SALE AMOUNT / TOTAL
  AMT, AUTH ID / APPR NO, RET REF NO / RREF; APPROVED / TXN APPROVED / DECLINED / TXN DECLINED (05-DO NOT HONOUR,
  61-EXCEEDS LIMIT) / TRANSACTION PENDING (HOST NOT REACHABLE).
* ``supplier_bill``: a paper merchant's, a paper mill's, a board merchant's, an ink or a CTP plate supplier's TAX
  INVOICE CUM RECEIPT / BILL CUM PAYMENT RECEIPT / CASH & CREDIT MEMO for the press (paper): the supplier on top,
  Bill / Invoice / Inv. No., Bill Date / Inv. Date / Dated, Buyer / Bill to / Sold to M/s the press and its GSTIN,
  lines with HSN and reams, kg or nos x rate (Maplitho 70 GSM 58.5x91 cm, Art paper 130 GSM, Duplex board 350 GSM,
  Process ink - Cyan, CTP plates 0.30 mm), Taxable value / Sub total, CGST / SGST @ 6% or 9% or IGST @ 12% or 18%,
  Freight / cartage on some, Bill total / Grand total / Total (rounded), Amount received / Received / Paid (a part
  with Balance on credit / Balance due on one), Amount payable / Net payable on the failure and on the credit bill,
  Terms (Credit 30 days) on the credit bill, cash / UPI / NEFT / RTGS / IMPS and its reference; RECEIVED WITH THANKS /
  PAID / PART PAYMENT RECEIVED / UPI FAILED - BILL UNPAID / <mode> RETURNED - BILL UNPAID / ON CREDIT - PAYMENT DUE
  in a row and in the supplier's stamp.
* ``machine_emi``: a financier's receipt for the press's equipment loan instalment (Sundaram Finance, Hinduja Leyland
  Finance, Poonawalla Fincorp, SMFG India Credit, Aditya Birla Finance, IndoStar Capital, Kotak Mahindra Bank, Clix
  Capital; its e-mail, its branch's INSTALMENT RECEIPT - EQUIPMENT LOAN / EMI COLLECTION RECEIPT on paper, or its
  app's Repayment receipt with the outcome and the sum large): Receipt No. / Rcpt No., Agreement No. / Contract No.
  / Loan A/c, Borrower / Hirer / Customer M/s the press, Asset financed / Equipment (Heidelberg SM 52-4, Komori
  L-528, a 10 ft solvent flex printer, a die-cutter) and Machine Sr. No., Instalment no. / EMI no. n / 48, EMI amount
  / Instalment, Add: Delayed payment charges / Overdue charges and Total received / Total paid on some, UPI / NEFT /
  e-NACH / debit card / cash, UMRN on NACH, NACH Txn Ref / Presentation Ref, UPI Txn Ref / UTR No. / Auth Code / RRN,
  Collected by / Executive on cash, Receipt date / Credited on / Collected on / Date / Bounced on / Presented on /
  Initiated on, Instalment due on / EMI due date, Principal outstanding / Loan balance, Next instalment on / Next EMI
  due; EMI received / Paid / Received with thanks / NACH bounced - insufficient funds / NACH presented - awaiting
  confirmation / Payment under process (Payment received / EMI paid / NACH bounced / Payment failed / Payment under
  process / NACH presented on the app).
* ``power_bbps``: the press's electricity bill paid through Bharat Connect (BBPS) in an app (PhonePe, Paytm, Amazon
  Pay, Google Pay, bob World, Airtel Thanks, CRED, MobiKwik; dark on CRED and some others): the app on top, the
  outcome, the sum large, Biller / Biller name / Paid to / Board the DISCOM (TNPDCL, PVVNL, KSEB, HESCOM, PSPCL,
  MSEDCL, TPCODL, CSPDCL; its long or short name), Consumer No. / Service Connection No. / Account ID, Consumer name /
  Name the press's firm, Tariff, Bill No. / Bill number, Bill date / Bill generated on and Due date, Units consumed,
  Bill amount, Convenience / Platform fee and Total debited / Total amount on some, Paid via / Payment mode / Paid
  using (UPI, the app's wallet, net banking, a card), Bharat Connect Ref. ID / B-Connect Txn Ref / BBPS Reference No.,
  UPI RRN / UPI Ref No and the app's Transaction ID on some, Paid on / Payment date / Attempted on / Initiated on /
  Date & Time; Bill paid successfully / Payment Successful / Paid to biller / Payment Failed / Bill payment failed /
  Payment Pending / Awaiting confirmation from biller.
* ``courier_booking``: a courier's counter BOOKING RECEIPT / CASH RECEIPT - BOOKING / CUSTOMER COPY for the press's
  dispatch (DTDC, Professional Couriers, Shree Maruti, Blue Dart, Delhivery, Trackon, Shree Anjani, Tirupati; paper,
  monospace or serif): the courier on top and its franchisee, AWB No. / Consignment No. / Docket No., Receipt No. /
  Bill No., Booking date / Date, Sender / Consignor the press, Consignee / Receiver, Destination / To with its PIN,
  Contents, Pcs, Actual wt. / Weight, Chargeable / Charged wt., Declared / Invoice value, Freight, Fuel surcharge /
  FSC, Docket charges / FOV / docket, GST @ 18%, Total / Net amount / Total (rounded), cash / UPI / card with its
  reference, Expected delivery / EDD; PAID / BOOKED - PAID / UPI FAILED - NOT BOOKED / UPI PENDING - HOLD DISPATCH.
* ``design_payout``: the press paying a freelance designer from a payouts dashboard (RazorpayX, Cashfree Payouts,
  Open, Zwitch, Easebuzz Payouts; a browser) or the provider's payout e-mail: the provider on top and the press's
  firm and account under it, Payout details / Transfer details / Payout summary, Status / State, Amount / Payout
  amount / Transfer amount, Beneficiary / Contact / Payee the designer, Fund account / Bank account and IFSC or a
  VPA, Mode IMPS / NEFT / UPI, Purpose, Narration / Remarks (Wedding card layouts, Carton dieline & artwork), Gross
  fee / Invoice amount and TDS u/s 194J @ 10% on some, Fees / Payout fee and GST on fees / Tax, Payout ID (pout_…,
  OPN…, EBP…) / CF Reference ID / Transfer ID (tr_…), UTR / Bank reference (UTR) on a processed one, Processed at /
  Reversed at / Failed at / Created at; Processed / Success / Reversed / Failed / Queued / Processing / Pending.
* ``gst_challan``: the press paying its GST: the GST portal's Payment Receipt / Challan Receipt (GST PMT-06) (a
  browser: CPIN, GSTIN, Legal name / Name of taxpayer, Tax period / Return period, CGST (0005) / SGST (0006) / IGST
  (0008) - Tax and Interest, Total Challan Amount / Total amount / Challan amount, Mode of Payment E-Payment (Net
  Banking / Debit Card / UPI) / NEFT/RTGS, Bank, BRN / Bank Reference No. / Transaction Reference, CIN, UTR on NEFT,
  Challan generated on / CPIN created on, Date of Deposit / Payment Date / Payment attempted on / Payment initiated
  on, Payment Status / Status) or its bank's GST e-Payment Receipt / Tax Payment - GST Challan (Indian Overseas Bank,
  Bank of Baroda, Canara Bank, Union Bank of India: the outcome, CPIN, GSTIN, the name, the amount, the mode, Debit
  account, Transaction Reference / BRN, CIN / Challan Identification Number, the day); Paid / Success / Failed /
  Payment Failed / Awaiting Bank Confirmation / Payment successful / Transaction completed / Transaction failed /
  Transaction under process.
* ``print_link``: a customer paying the press's online design-and-print order through a payment link (Razorpay,
  Instamojo, PayU, Cashfree, Easebuzz, CCAvenue, PhonePe PG, Paytm Payment Links; browser or phone, dark on some):
  the online desk (its firm on some) on top or under Paying to / Merchant, the outcome, the sum large, Order # / Your
  order no., the products (visiting cards, sticker labels, certificates, a roll-up standee, a vinyl banner, wedding
  cards with an e-invite), Design charges on some, Shipping / Delivery, GST @ 18%, Total / Amount payable, Dispatch by
  / Expected delivery, Payment method / Paid using / Mode (UPI, a card, net banking, a wallet), the gateway's ids
  (pay_… and order_…, MOJO… Payment ID and Payment Request ID, PayU ID / Transaction ID, Order ID and CF Payment ID,
  Easebuzz ID, Tracking ID and Order No, Transaction ID OM…, Order ID and Txn ID), UPI Ref No / UPI RRN / Bank Ref No
  on some, Paid on / Payment date / Date & Time / Attempted on; Payment Successful / Order placed - payment received /
  Paid / Payment Failed / Payment failed - order not placed / Payment Pending / Confirming your payment.
* ``refund_voucher``: the press refunding a cancelled job's advance (paper or e-mail): JOB CANCELLATION - REFUND
  VOUCHER / REFUND NOTE - CANCELLED PRINT ORDER / ADVANCE REFUND VOUCHER, the press on top (the payer), RV No. /
  Refund Voucher No., Refund Txn ID / Refund ID on the e-mail, Refund date / Paid on / Date / Attempted on /
  Initiated on, Refunded to / Pay to / Customer the customer (a person or a committee or school), Job No. / Job Card
  No., Advance Rcpt No. / Against receipt, Advance paid on / Order date, Reason for cancellation / Reason, Advance
  received / Amount paid as advance, Less: Design & proof charges / Plates made / CTP plates / Paper already cut on
  some, Net refund / Refund amount, UPI / NEFT / IMPS / reversal to card / cash with UPI Txn Ref / UTR No. / IMPS RRN
  / ARN / Reversal RRN; REFUNDED / REFUND PAID / REFUND FAILED - A/C FROZEN / REFUND IN PROCESS / REFUND INITIATED -
  CREDIT IN 3-5 DAYS.

Outcomes: a failed and a pending page in every family. Absent fields: each family leaves out the id on one page (no
UPI reference, UTR, RRN, IMPS RRN, RET REF NO, ARN, auth or approval code, Bharat Connect reference, NACH or bank
reference, BRN, CIN or CPIN, the app's, payout provider's or gateway's transaction, payout, transfer, payment, order
or refund id, PO or work order number, the press's order number, payment document, advice, receipt, bill, invoice,
ROC / trace or voucher number; job and job card numbers, AWB, consignment and docket numbers, vendor and supplier
codes, the press's own invoice number on a client's advice, consumer, service connection and account ids, electricity
bill numbers, agreement, contract and loan account numbers, UMRN, machine serial numbers, advance receipt numbers,
GSTIN, HSN, IFSC, account and mobile numbers, MID, TID and batch stay) and the day on one (no date anywhere: no
delivery, ready-by, invoice, bill, due, instalment due, next instalment, expected delivery, dispatch, tax period,
challan generation, advance or order day either, no financial year in a number, no RTGS UTR (it carries the day),
no CPIN or CIN (they carry the year: the challan page with no day prints its bank's Transaction Reference alone), no
gateway id that carries one; an e-mail's hour, a slip's TIME and a phone's clock at most). Sums: ₹ (faces that draw
it), Rs., Rs, INR, /- on counter paper, INR / RS. / Rs / none on slips; lakh grouping on most, western and plain on
some. Days: dd/mm/yyyy, dd-mm-yyyy, dd.mm.yy, d Month yyyy, dd-Mon-yyyy, Mon d, yyyy, yyyy-mm-dd, dd/mm/yy and
Weekday, d Month yyyy on paper and e-mail, heldout121's PATS with an hour on screens, DD/MM/YYYY, DD-MON-YY,
YYYY-MM-DD and DD.MM.YYYY on slips, dd/mm/yyyy, dd-mm-yy, dd-Mon-yyyy and dd.mm.yyyy on the courier's receipt,
dd/mm/yyyy, dd-mm-yyyy, dd Mon yyyy and yyyy-mm-dd with a 24-hour time on the challan. Faces: heldout119's lists
(SLIP_FACES for the card slip, PAPER_FACES for the courier's receipt, BILL_FACES for the job card and the
supplier's bill, PAGE_FACES for the advices, the EMI receipts, the challan and the refunds, SCREEN_FACES for the
apps, the payouts dashboard and the payment links). Frames: heldout121's ``compose`` (heldout129's rubber stamp on
the job card and the supplier's bill). Seeds ``heldout137-<i>``.

Truth conventions (README "Receipt fields", as heldout134 quotes them; *settled* where this set chose):

* merchant_name: the one paid, as printed: the press (its firm or its online desk on some) on customers' UPI screens
  (Paid to / To / Sent to), under Vendor / Payee / Beneficiary / Paid to on a client's remittance advice (never the
  client on top), on top of its job cards, under the terminal's name on a card slip, on top of or under Paying to /
  Merchant on its payment link; the supplier on top of its bill (never M/s the press under Buyer / Bill to / Sold
  to); the financier on top of its EMI receipt (never M/s the press under Borrower / Hirer / Customer); the DISCOM
  under Biller / Biller name / Paid to / Board (never the press's firm under Consumer name / Name, the app or Bharat
  Connect); the courier on top of its booking receipt (never the press under Sender / Consignor, nor the
  Consignee). Never a bank, app, terminal maker, gateway, payouts provider, portal or the payer. *settled*: a
  designer's payout pays the designer under Beneficiary / Contact / Payee, never the payouts provider on top nor the
  press's firm under it. *settled*: a GST challan names no payee (the Centre and the state are paid; the portal and
  the bank are not payees, the press's firm under Legal name is the payer): merchant_name is null (heldout128).
  *settled*: a refund of a cancelled job's advance is a payment the press makes: its payee is the customer under
  Refunded to / Pay to / Customer, and the name on top is the payer.
* amount / currency: the sum this payment moved, INR everywhere. *settled*: a remittance advice's Net amount paid /
  Amount remitted / Net paid / Net amount / Net payable after TDS (never the Invoice / Gross / Bill amount or the
  TDS); a job card's Advance received / Advance paid (never the Job value / Estimate or the Balance on delivery), its
  Balance received now / Paid now / Balance paid where an advance came earlier (never the Total or the Less: Advance
  line), its Amount received / Received on a job paid in full, and its Advance payable on the failure and the wait
  (what was tried or is asked; heldout120); a supplier's bill's Amount received / Received / Paid (a PART PAYMENT
  RECEIVED bill's part, never the Bill total or the Balance on credit) and its Amount payable / Net payable where
  nothing was paid; a slip's AMOUNT / SALE AMOUNT / TOTAL AMT; an EMI receipt's EMI amount, or its Total received /
  Total paid where delayed payment charges are added (never the principal outstanding); a Bharat Connect page's
  large sum, the Total debited with the convenience fee where one is added (never the Bill amount alone); a courier's
  Total / Net amount with fuel surcharge, docket charges and GST (never the Freight or the Declared value); a payout's
  Amount after TDS (never the Gross fee, the TDS, the payout fee or its GST); a challan's Total Challan Amount / Total
  amount / Challan amount with interest (never one head); a payment link's large sum with design charges, shipping
  and GST (never a product's line); a refund's Net refund / Refund amount after the deductions (never the advance
  received).
* status: as printed (the words listed with each family above). *settled*: PART PAYMENT RECEIVED a success (money
  moved: the part); a supplier's ON CREDIT - PAYMENT DUE is pending (goods billed, nothing paid yet; heldout120's
  PAYMENT DUE); a job card's ADVANCE AWAITED - JOB NOT STARTED / PAYMENT AWAITED - PROOF APPROVED is pending; a NACH
  debit bounced is failed and one presented and not yet confirmed is pending; a payout Queued / Processing / Pending
  is pending and one Reversed / Failed is failed; a courier's UPI PENDING - HOLD DISPATCH is pending; a challan
  Awaiting Bank Confirmation / Transaction under process is pending; a refund IN PROCESS / INITIATED is pending.
* date: the day paid (a job card's, bill's, slip's, receipt's, voucher's Date / Dt. / Bill Date / Inv. Date / Dated
  / DATE / TXN DATE / Booking date / Receipt date; Payment date, Value date, Credit date, Credited on, Collected on,
  Paid on, Processed at, Date of Deposit, Payment Date, Refund date; Attempted on, Returned on, Bounced on, Reversed
  at, Failed at, Payment attempted on on the failures; Initiated on, Presented on, Created at, Payment initiated on,
  Date & Time on the waits). *settled*: a job card awaiting its advance and a credit bill awaiting payment keep their
  Date / Bill Date as the day. *settled*: a NACH debit's Bounced on / Presented on is its day. Never Delivery on /
  Ready by, a client's Invoice date / Bill Dt. (the press's own bill), a Bharat Connect page's Bill date / Bill
  generated on / Due date, Instalment due on / EMI due date, Next instalment on / Next EMI due, Expected delivery /
  EDD / Dispatch by, Tax period / Return period, Challan generated on / CPIN created on, Advance paid on / Order date
  on a refund, an e-mail's hour or a slip's TIME.
* payment_method: UPI, card (a slip, a card on a page, a reversal to card), cash, "netbanking" for NEFT / RTGS / IMPS
  and Net Banking, wallet (an app's wallet on a Bharat Connect page, a wallet on a payment link). *settled*: a NACH /
  e-NACH debit is "netbanking"; a challan's E-Payment (Net Banking) and NEFT/RTGS are "netbanking", E-Payment (Debit
  Card) is card and E-Payment (UPI) is UPI; a payout over IMPS or NEFT is "netbanking" and one over UPI is UPI; a
  job card awaiting its advance and a credit bill name no way to pay.
* transaction_id: the highest family printed: UPI reference / UTR / RRN / IMPS RRN / RET REF NO / RREF / ARN /
  Reversal RRN, then a bank reference (Bank Ref No; *settled*: a Bharat Connect Ref. ID / B-Connect Txn Ref / BBPS
  Reference No. (heldout116), a NACH Txn Ref / Presentation Ref, a challan's BRN / Bank Reference No. / Transaction
  Reference), then a transaction / payment / payout / refund id (the app's Transaction ID, Google transaction ID,
  pay_…, MOJO…, PayU ID, CF Payment ID, Tracking ID, Easebuzz ID, Txn ID; *settled*: a payout's Payout ID / CF
  Reference ID / Transfer ID; a challan's CIN (heldout128); a refund's Refund Txn ID / Refund ID), then an approval
  code (Auth Code / Approval Code / AUTH ID / APPR NO), then an order's number (Order ID, Order No, Payment Request
  ID; *settled*: a client's PO No. / Purchase Order / Work Order No. names the order its remittance pays for, and the
  press's Order # / Your order no. on a payment link names the online order), then a document's own number (Receipt
  No. / Rcpt. No. / Rcpt No., Payment Doc No. / Advice No. / Document No., Bill / Invoice / Inv. No., ROC NO / TRACE
  NO / INVOICE on a slip, a courier's Receipt No. / Bill No., RV No. / Refund Voucher No.; *settled*: a challan's
  CPIN (heldout128)). Never, *settled*: a Job No. / Job Card No. (the shop floor's docket for the work, not the
  payment's; it stays on the job card with no id and beside a refund), an AWB No. / Consignment No. / Docket No.
  (the parcel's tracking number beside the counter's own receipt number), the press's own invoice number on a
  client's advice (Your Invoice No. / Your Bill No. / Vendor Invoice: the bill paid, not this payment), an
  electricity Bill No. / Bill number (the bill's, not this payment's), an Advance Rcpt No. / Against receipt on a
  refund (the advance's document, not this refund's); nor a Vendor / Supplier Code, Consumer No. / Service Connection
  No. / Account ID, Agreement / Contract No. / Loan A/c, UMRN, Machine Sr. No., GSTIN, HSN, IFSC, account or mobile
  number, MID / M.ID, TID / T.ID or batch.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout137_families import (
    advance_upi,
    card_slip,
    compose,
    courier_booking,
    design_payout,
    gst_challan,
    job_card,
    machine_emi,
    po_remittance,
    power_bbps,
    print_link,
    refund_voucher,
    supplier_bill,
)

SPLIT = "heldout137"

FAMILIES: list[Family] = [
    ("advance_upi", advance_upi, SCREEN_FACES),
    ("po_remittance", po_remittance, PAGE_FACES),
    ("job_card", job_card, BILL_FACES),
    ("card_slip", card_slip, SLIP_FACES),
    ("supplier_bill", supplier_bill, BILL_FACES),
    ("machine_emi", machine_emi, PAGE_FACES),
    ("power_bbps", power_bbps, SCREEN_FACES),
    ("courier_booking", courier_booking, PAPER_FACES),
    ("design_payout", design_payout, SCREEN_FACES),
    ("gst_challan", gst_challan, PAGE_FACES),
    ("print_link", print_link, SCREEN_FACES),
    ("refund_voucher", refund_voucher, PAGE_FACES),
]


def make_heldout137_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout137 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
