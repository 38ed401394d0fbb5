"""heldout173: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): an ayurvedic products maker and direct-to-consumer brand's day in 2026 (Amritvela Herbals
Pvt Ltd, selling as Amritvela Ayurveda, its plant at SIDCUL Haridwar and its office, warehouse and experience store at
Kochi), told by the proofs of payment it receives (marketplace disbursements, the website's gateway settlement and
couriers' COD remittances, export distributors' SWIFT wires and a Wise transfer in US dollars, euros and pounds, its
stores' card slips) and those it makes (herb collectors, farmers' producer companies and mandi traders by UPI, payment
links and on their printed bills, contract manufacturers from corporate net banking and by payment advice, refunds to
the website's customers, influencers' payouts, FSSAI, AYUSH, treasury, legal metrology and trade mark fees, testing
labs, certifiers abroad by outward remittance, electricity, water, phones and broadband, the bank's alerts). One
payment per page. Each family: six successes, one failure, one wait; one page prints no transaction id and one no day
(truth None for those fields; the page that prints no day prints no other day either, no financial year in a number,
and moves its money by IMPS, UPI, card, wallet or SWIFT, whose references do not spell the day).

* ``herb_upi``: six UPI app screens (Google Pay, PhonePe, BHIM, iMobile Pay, Paytm, Navi) and two sellers' payment
  links (PayU, Instamojo). ``herb_invoices``: mandi commission agents' and raw drug dealers' TAX INVOICE / SALE BILL /
  BILL OF SUPPLY with the payment block and a rubber stamp. ``contract_mfg``: corporate net-banking acknowledgements,
  manufacturers' e-mailed receipts and the brand's printed payment advices. ``marketplace_settlements``: Amazon
  Seller Central (page and e-mail), Flipkart Seller Hub, Razorpay's settlement, Shiprocket's and Delhivery's COD
  remittances, Nykaa's vendor payment advice, Tata 1mg's payout. ``customer_refunds``: Razorpay and Cashfree refund
  pages, the brand's refund e-mails and business banking app IMPS screens. ``influencer_payouts``: RazorpayX and
  Cashfree Payouts pages and printed creator payment vouchers. ``licence_fees``: FoSCoS, e-Aushadhi, Uttarakhand's and
  Kerala's treasury e-challans, the Legal Metrology Department's page and the Trade Marks Registry's e-filing receipt.
  ``store_slips``: card terminal slips (monospace) at the brand's stores and at suppliers' counters, a UPI QR slip
  among them. ``testing_labs``: testing laboratories' invoices (serif) with the payment block. ``export_wires``: five
  inward remittance advices, a Wise transfer and two outward remittance advices. ``plant_utilities``: Bharat Connect
  in business banking apps, UPCL's and KSEB's pages, Uttarakhand Jal Sansthan's page, Paytm Wallet and Amazon Pay
  balance bill payments and ACT Fibernet's receipt. ``bank_alerts``: the bank's SMS and e-mail debit alerts. The
  families' docstrings list each layout's labels.

Truth conventions (heldout167's, kept where they say *settled*; heldout171's and heldout152's where this set meets the
same papers):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's seller under Paid to / To /
  Sent to / Payment to / Paying to, never the UPI ID / VPA or the app; a payment link's seller on top, never Paid by /
  Customer / Payer or the gateway's footer. A mandi trader's, raw drug dealer's, manufacturer's or lab's name on top
  of its own paper or e-mail, never M/s the company under Buyer / Bill to / Sold to / Customer / Party / Received
  from. A corporate net-banking page's manufacturer under Beneficiary name / Beneficiary / Payee name / Credit account
  name; *settled* (heldout150, heldout161): a bulk payout the Beneficiary name, never the Debit account name (here
  never the Debit account name / Remitter of a single payment either, nor the bank on top). *settled*: a brand
  owner's payment advice pays the company under Payee / Vendor / Beneficiary, never the brand on top (the payer):
  here Nykaa's advice pays the company under Vendor / Payee, and the company's own advice pays the manufacturer under
  Pay to / Vendor / Payee, never the company on top. *settled* (new here; heldout100's settlements): a marketplace's,
  gateway's or courier's settlement pays the company (or its brand) as printed under Seller / Legal name / Seller name
  / Business name / Business / Merchant / Remitted to / Company / Client name, never Amazon Seller Central, Flipkart
  Seller Hub, Razorpay, Shiprocket, Delhivery One, Nykaa or Tata 1mg on top. *settled* (heldout152, heldout171): a
  refund is a payment the company makes: its payee is the customer under Customer / Customer name / Refund to /
  Refunded to / Paid to / Beneficiary, never the brand on top of its e-mail, the gateway or the app. *settled* (new
  here): a creator's payout pays the creator under Contact / Beneficiary name / Paid to / Creator / Name of payee,
  never the @handle under Handle / Instagram, the Beneficiary ID, RazorpayX / Cashfree Payouts on top or the company
  on top of its voucher. *settled* (new here): a licence or registration fee pays the authority whose fee it is: the
  Food Safety and Standards Authority of India / FSSAI on top of FoSCoS's receipt, the Legal Metrology Department on
  top of its page, the Trade Marks Registry on top of its receipt, the State Licensing Authority / Drugs Control
  Department under Licensing authority / Fee payable to on e-Aushadhi, the department under Department / Payee
  department on a treasury e-challan; never the portal or system (FoSCoS, e-Aushadhi, e-Challan, e-Treasury Kerala),
  the Ministry of Ayush, the Directorate of Treasuries, the Finance Department, the Office of the CGPDTM line, the
  Office, or the company under FBO name / Name of company / Applicant / Remitter name / Depositor name. A slip's
  counter name line in capitals, never the terminal's maker or the area line; *settled* (new here): on the brand's
  own stores' slips that line (AMRITVELA AYURVEDA ...) is the merchant, the customer paying it. *settled* (heldout155,
  heldout161): a bank's inward remittance advice pays the company under Beneficiary / Beneficiary name, never the bank
  on top, the Remitter / Ordering customer or the Remitting bank (here also Beneficiary customer, Sender and Sender's
  bank); *settled* (heldout157): Wise's receipt pays the company under To / Recipient, never Wise. *settled* (new
  here): an outward remittance advice pays the certifier abroad under Beneficiary / Beneficiary name, never the
  Remitter / Applicant (the company), the Beneficiary bank or the bank on top. A Bharat Connect page's board under
  Biller / Electricity board (short or long as printed), never the app, Bharat Connect or the Consumer name; a board's
  own page the board on top (UPCL / Uttarakhand Power Corporation Ltd, KSEB / Kerala State Electricity Board Ltd);
  Uttarakhand Jal Sansthan on top of its page; an internet provider the provider on top (ACT Fibernet), never the
  Account name. *settled* (new here): a wallet's bill payment pays the biller under Paid to / Biller (Airtel Postpaid,
  KSEB), never Paytm, Amazon Pay, the Mobile No. or the Consumer name. An SMS alert's payee as the bank sends it ("to
  TAMIRABHARANI PAPER MIL": *settled*, the truncated name as printed; here "to SHIVALIK HERBAL FORMUL"), never the bank
  or the sender id; *settled* (heldout171): the bank's e-mail alert likewise ("to <payee>" as printed), never the bank
  in the sender line or the sign-off.
* amount / currency: the sum this payment moved. A UPI screen's and a link's sum large. A mandi trader's Amount
  received / Received / Payment received / Net received (after TDS u/s 194Q) / Cash received / Received in cash /
  Cheque received / Cheque amount (the rounded Invoice total / Bill amount / Grand total with GST, or a bill of
  supply's Total with no GST), never the Taxable value, a herb's line, the bags or the loading. A net-banking page's
  Amount / Transfer amount / Amount (INR); a manufacturer's Amount received / Received; the company's advice's Net
  amount paid / Amount paid / Net payment (the invoices less TDS u/s 194C and a QC rejection debit note), never an
  invoice's sum. *settled* (new here; heldout100's settlements): a settlement's net sum (Total disbursed / Net proceeds
  / Disbursement amount / Bank settlement value / Settlement amount / Amount settled / Settled amount / Remittance
  amount / COD remitted / Net remitted / Net amount paid / Net payout), never the Product charges / Sale amount /
  Payments captured / COD collected / Invoices raised / Gross sales, the fees, GST, TCS, TDS, refunds, rebates or
  freight. *settled* (heldout152): a refund's Refund amount / Amount refunded / Net refund / Amount or sum large (the
  Order value less the non-refundable shipping), never the Order value. *settled* (new here): a creator's payout page's
  sum large / Amount / Transfer amount, never RazorpayX's Fees or Tax; a creator's voucher's Net amount paid (after
  TDS u/s 194J @ 10% or 194C @ 1%), never the Content fee / Gross fee. *settled* (new here): a licence fee's Total
  amount / Amount paid / Total fee / Amount / Total, never the Licence fee (n yr x 7,500), Late fee, Inspection fee,
  Additional items or Registration fee line where a total is printed (the Legal Metrology page prints its
  Registration fee and the same Amount paid). A slip's AMOUNT: / TOTAL: / SALE AMT: / TXN AMT:. A lab's Amount
  received / Received / Net received (the Total less TDS u/s 194J @ 2%) / Cheque received / Cheque amount, never the
  Sub total / Taxable value or a test's line. *settled* (heldout155): a wire counts the Remittance amount / Foreign
  currency amount in the currency remitted (USD, EUR, GBP; $ / US$ / USD, EUR / euro sign, GBP / pound sign), never
  the INR equivalent, the Bank charges or the Amount credited (INR) (here also FCY amount / Instructed amount, never the
  Net credit (INR)); Wise's sum large / You sent in the buyer's currency, never the Wise fee, the Amount converted or
  Recipient gets (INR). *settled* (new here): an outward remittance counts its Remittance amount / FCY amount in the
  currency remitted, never the INR equivalent, Bank charges, GST on currency conversion or Total debited (INR). A
  Bharat Connect or wallet page's sum large; a board's, provider's Amount paid; Jal Sansthan's Amount. An alert's sum
  debited, never the Avl Bal / Available balance. Currency INR everywhere but the wires, Wise and the outward
  remittances.
* status: as printed. *settled*: Credited / Credited to your account / Wise's Your transfer is complete / Money sent
  / The money has arrived successes; Received - pending disposal (purpose code and invoice awaited) and We're
  processing your transfer pending; Returned to remitting bank - beneficiary name mismatch and Transfer cancelled -
  refund on its way failed. A brand's Paid / Processed successes. CHEQUE RECEIVED - SUBJECT TO REALISATION pending
  (heldout167); *settled* (new here): CHEQUE BOUNCED - BALANCE OUTSTANDING and CHEQUE DISHONOURED - REPORTS WITHHELD
  failed, RECEIVED - REPORTS RELEASED a success. Payment successful / Paid / Sent successfully / Thank you! Payment
  received successes; Payment failed (- declined by bank) / Transaction failed failed; Payment pending (- awaiting
  bank confirmation) pending. *settled* (new here): Returned by beneficiary bank - account frozen failed and
  Transaction in process - pending at beneficiary bank pending on a net-banking page. *settled* (new here; heldout100):
  a settlement's Disbursed / Transfer successful / Settled / Processed / Remitted / Paid / Payout processed
  successes, Remittance initiated - will be credited within 24 hours pending, Disbursement failed - bank account
  details invalid failed. *settled* (heldout171): Refund initiated - will be credited in 5-7 working days pending;
  Processed / Refund processed / Your refund has been processed / SUCCESS / Refund successful successes, Pending
  pending, Refund failed - UPI ID inactive failed; Transfer successful / Money sent successes, Transfer in process /
  IMPS pending at beneficiary bank pending. *settled* (new here): RazorpayX's Processing / Queued - will be processed
  shortly pending and Reversed - beneficiary bank declined failed. *settled* (new here): a treasury's Challan status:
  Pending - awaiting bank scroll pending, Success - credited to Government account a success; Payment failed - amount
  not received by the treasury failed. A slip's APPROVED / TXN SUCCESSFUL / SALE APPROVED successes, DECLINED (RESP
  CODE ...) failed, TXN TIMEOUT - STATUS UNKNOWN pending. Bill payment in process pending; Payment failed - amount if
  debited will be refunded failed. PAID, PAYMENT RELEASED, PAYMENT RECEIVED, RECEIVED WITH THANKS successes. An SMS or
  e-mail alert that says the payment "has failed" failed, "is pending" (or "is pending with the beneficiary bank")
  pending, a debit alert a success.
* date: the day paid (Paid on, Date & time, Completed on, Transaction date, Attempted on, a bill's or invoice's Date
  / Bill date / Invoice date / Dated, Value date, Initiated on, Failed on, Received on, Credited on, Date of receipt,
  Payment date, Deposit date, Disbursed on, Settlement date, Settled on, Remitted on, Remittance date, Processed on /
  Processed at, Created on / Created at, Refunded on, Reversed at, Transfer date, CBR date, Date of remittance, Date
  of payment, Payment initiated on, a slip's DATE: / DT: / DATE/TIME:, Arrived on, Sent on, Returned on, Debited on,
  the alert's day). *settled* (heldout100): a settlement counts Settled on / Deposit date (paid), Initiated on (a
  remittance not yet credited) or Attempted on (failed), never the Settlement period / Transactions of / Shipments
  delivered. Never a Bill date / Due date, a Bill month, a Sample received on, an order's or invoice's financial year
  in a number, a UETR or an e-mail's hour.
* payment_method: "netbanking" for NEFT / RTGS / IMPS (a net-banking page, an advice's or bill's Mode, a settlement's
  Transfer method / Mode / Paid via, a payout's IMPS / NEFT, an alert's "towards NEFT / via IMPS"), a SWIFT wire
  (heldout155) inward or outward, Wise's Paid with Bank transfer (heldout157), a link's, FoSCoS's, e-Aushadhi's,
  treasury's, registry's, board's or provider's Net banking, a Bharat Connect bill from a Current A/c; UPI for UPI
  apps, a link's UPI, a UPI ID / VPA, a refund to a VPA, a slip's MODE: UPI, a bill's Mode UPI; card on card slips,
  a link's or lab's card, a refund to a card, FoSCoS's or ACT Fibernet's Debit card; cheque for a cheque received,
  returned or bounced; cash for Cash received / Received in cash. *settled* (heldout171): wallet for a bill paid
  using Paytm Wallet; *settled* (new here): and one paid using Amazon Pay balance.
* transaction_id: the highest family printed (heldout152's order, as heldout167): a UPI reference / UTR / RRN / IMPS
  reference (UPI transaction ID, UPI Ref. No., UPI RRN, RRN, UTR, UTR No., NEFT UTR, RTGS UTR No., IMPS Ref No.,
  IMPS RRN, UTR / Trace ID, NEFT ID, Bank ref / UTR, a slip's RRN: / RRN NO: / REF NO: / UPI REF NO:, an alert's
  UTR / IMPS Ref No / UPI Ref No / RRN), then a bank reference (*settled* heldout155: a wire advice's Inward ref No. /
  Our reference / Transaction reference; *settled* (new here): an outward advice's Our ref. No. / Transaction
  reference; Host ref No., Transaction reference No., Ref. No., Bank Ref No., Bank CIN, Bharat Connect Ref. No. /
  B-Connect Txn ID), then a transaction / payment id (an app's own id (Google transaction ID, Transaction ID),
  PayU ID, Payment ID, Wise's Transfer #, *settled* (new here) a Settlement ID / Payment ref /
  Remittance ID / CRF ID / Payout ID / Reference ID, *settled* (heldout171) a Refund ID / Refund ref. and the
  Transaction ID on banking app, FoSCoS, e-Aushadhi, registry, Bharat Connect, wallet, board, Jal Sansthan, Legal
  Metrology and provider pages), then an approval code (APPR CODE: / AUTH CODE: / APPROVAL CODE:, Auth code), then a
  document's own number (Bill No. / Invoice No. / Inv. No., Receipt No., Payment voucher No. / Payment No., Voucher
  No., Nykaa's Payment document No., a slip's INVOICE NO: / INV: / ROC NO: / BILL NO:, *settled* (new here) a
  treasury e-challan's GRN / Challan No. (GRN) and the Trade Marks Registry's CBR No.). *settled*: never a UETR
  (printed here only beside an Inward ref No., which outranks it; on the outward advices beside Our ref. No. /
  Transaction reference), Against invoice or the invoices listed on an advice, Vendor code, Job No., Shipping bill
  No., BL / HBL No., Container, E-way bill No., ARN, Drawback scroll No., IEC, Port code, Call No. / Ticket No.,
  Machine Sr. No., Establishment ID, Employer code, Consumer No. / Service No., Token No., a bulk File name, MID, TID,
  BATCH NO, a card, account or mobile number, a UPI ID, BIC, GSTIN, IFSC or a cheque number. *settled* (new here):
  never a Lot No., Vehicle No., Invoice ref, Order / Order No. (#AV-...), Contact, Beneficiary ID, handle, PAN,
  Application No. / Reference ID on FoSCoS, Head of account, Form, Mark / Class, TRF No., a sample's B.No., ULR No.,
  the PO and batch in Remarks / Narration, Maker / Checker, Consumer ID / Service connection No. / Connection ID,
  Account No. / User ID on a provider's page or an IBAN.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout173_families import (
    bank_alerts,
    compose,
    contract_mfg,
    customer_refunds,
    export_wires,
    herb_invoices,
    herb_upi,
    influencer_payouts,
    licence_fees,
    marketplace_settlements,
    plant_utilities,
    store_slips,
    testing_labs,
)

SPLIT = "heldout173"

FAMILIES: list[Family] = [
    ("herb_upi", herb_upi, SCREEN_FACES),
    ("herb_invoices", herb_invoices, PAPER_FACES),
    ("contract_mfg", contract_mfg, PAGE_FACES),
    ("marketplace_settlements", marketplace_settlements, PAGE_FACES),
    ("customer_refunds", customer_refunds, SCREEN_FACES),
    ("influencer_payouts", influencer_payouts, PAGE_FACES),
    ("licence_fees", licence_fees, PAGE_FACES),
    ("store_slips", store_slips, SLIP_FACES),
    ("testing_labs", testing_labs, BILL_FACES),
    ("export_wires", export_wires, PAGE_FACES),
    ("plant_utilities", plant_utilities, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout173_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout173 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
