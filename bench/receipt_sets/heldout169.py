"""heldout169: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a software-as-a-service startup's day in 2026 (Tarangini Labs Pvt Ltd of Koramangala,
Bengaluru, which sells Ledgerline, a GST invoicing and bookkeeping service for small businesses), told by the proofs
of payment it receives (customers' subscriptions through Razorpay, Cashfree, PayU and Stripe, enterprise customers'
NEFT / RTGS payment advices and the bank's credit advice, foreign customers' remittances through Skydo, Payoneer,
Wise and the banks' inward advices and FIRA) and those it makes (cloud and software bills on the company's card in
rupees, dollars and euros, the office's UPI payments, salaries and reimbursements, the office rent, the co-working
floor and the building's maintenance, GST, TDS, professional tax and the trade licence, the team's card slips at
Bengaluru counters, contractors abroad by outward SWIFT remittance, electricity, water and broadband, the bank's card
and SMS alerts). One payment per page. Each family: six successes, one failure, one wait; one page prints no
transaction id and one no day (truth None for those fields).

* ``cloud_bills``: AWS's and Google Cloud's pages in a browser (rupees with IGST), GitHub's, Atlassian's, Figma's,
  Datadog's and Hetzner's e-mails and Slack's billing page (US dollars, euros). ``customer_gateway``: Razorpay's
  e-mails and dashboard, Cashfree's payment links, PayU's phone screen and Stripe's receipts (US dollars, pounds).
  ``enterprise_advice``: customers' payment advice e-mails, a printed SAP remittance advice, a supplier portal page
  and the bank's NEFT / RTGS credit advice. ``export_fira``: Skydo's e-mail and dashboard, Payoneer's e-mail, a
  customer's Wise transfer on a phone, two banks' inward remittance advices and two printed FIRA. ``office_upi``:
  eight UPI apps. ``payroll``: RazorpayX payouts, the bank's bulk salary status page and printed reimbursement
  vouchers. ``rent_office``: landlords' rent receipts, co-working operators' tax invoices cum receipts and the
  building association's maintenance receipts (serif). ``tax_challans``: the GST portal's payment receipts, e-Pay
  Tax's TDS challan receipts, Karnataka's professional tax receipt and BBMP's trade licence renewal receipt.
  ``card_slips``: counter terminals' slips (monospace; a tipped team dinner). ``contractor_wires``: banks' outward
  remittance advices (browser, e-mail, paper, business apps). ``utilities``: Bharat Connect in business banking
  apps, BESCOM's and BWSSB's own pages, ACT Fibernet, JioFiber and Airtel Business. ``bank_alerts``: card transaction
  e-mails and SMS debit alerts. The families' docstrings list each layout's labels.

Faces: heldout119's (PAGE_FACES for pages, e-mails and paper advices, SCREEN_FACES for the UPI apps, the utilities and
the alerts, BILL_FACES for the rent, SLIP_FACES for the slips). Frames: heldout158's ``compose``. Seeds
``heldout169-<i>``.

Truth conventions (heldout167's, kept where they say *settled*; *settled* (new here) where this set chose):

* merchant_name: the one paid, as printed (capitals where so printed); never a bank, app, gateway, platform, portal,
  terminal maker or the payer. *settled* (heldout155, heldout161): a bank's inward remittance advice pays the company
  under Beneficiary / Beneficiary name, never the bank on top, the Remitter / Ordering customer or the Remitting bank;
  *settled* (new here): so do a bank's printed FIRA and its NEFT / RTGS credit advice (never the Remitter name /
  Sender). *settled* (heldout157): Wise's receipt pays the company under To / Recipient, never Wise. *settled* (new
  here): Skydo's and Payoneer's pages pay the company under To / Account holder / Recipient / Received by, never Skydo
  or Payoneer on top nor the customer under From / Payer. *settled*: a brand owner's payment advice pays the company
  under Payee / Vendor / Beneficiary, never the brand on top (the payer); here an enterprise customer's advice,
  remittance advice and supplier portal (Supplier too). *settled* (new here): a gateway's receipt for a customer's
  subscription pays the company: on top of Razorpay's e-mail, Cashfree's link page and Stripe's receipt (Tarangini
  Labs, Tarangini Labs Pvt Ltd or its capitals, as printed), under Merchant / Account name on Razorpay's dashboard
  (never "Razorpay Dashboard" on top) and under Merchant / Paid to on PayU's screen (never PayU); never the Customer /
  Paid by / Billed to, nor the gateway's footer (heldout167: a payment link's supplier on top, never Paid by /
  Customer or the gateway's footer). *settled* (heldout141): a subscription's payee is the product on top of its
  receipt, e-mail or billing page (Amazon Web Services, Google Cloud, GitHub, Atlassian, Figma, Slack, Datadog,
  Hetzner), never the company line under it (Amazon Web Services India Private Limited, GitHub, Inc., Hetzner Online
  GmbH) nor the startup under Bill to / Billed to / Account. A UPI screen's supplier under Paid to / To / Sent to /
  Paying to, never the UPI ID or the app (heldout167), nor the Banking name line (heldout163). *settled* (heldout150,
  heldout161): a wage voucher pays the worker under Paid to / Name of worker, never the company on top; a bulk payout
  the Beneficiary name, never the Debit account name; *settled* (new here): an expense reimbursement or payment
  voucher pays the employee under Paid to / Pay to / Name of employee as a wage voucher pays the worker. *settled*
  (heldout153): a payouts dashboard (RazorpayX) pays the employee under Contact / Beneficiary / Paid to, never
  RazorpayX on top nor the company in "Payouts | <company>". *settled* (heldout166): a landlord's rent receipt pays
  the landlord under Landlord / Owner / Lessor (Shri and Smt. are no part of the name), the landlord company (here the
  co-working operator) on top of its invoice, never M/s the company under Bill to nor "Received with thanks from
  ...". *settled* (new here): a building association's maintenance receipt pays the association on top, never its
  registration line nor M/s the company under Received from. A GST challan and an income-tax (TDS) challan name no
  payee (heldout137, heldout144); *settled* (new here): nor does Karnataka's professional tax receipt (as heldout166's
  PTRC). *settled* (heldout141): a municipal trade licence fee pays the corporation on top (Bruhat Bengaluru
  Mahanagara Palike or BBMP as printed), never its department line nor the Trade name. A slip's counter name line in
  capitals, never the terminal's maker or the street and town lines. *settled* (new here): an outward remittance pays
  the contractor under Beneficiary / Beneficiary name / Payee (capitals on some), never the bank or app on top, the
  Remitter (the company) or the Beneficiary bank. A Bharat Connect page's board under Biller / Biller name (short or
  long as printed), never the app, Bharat Connect or the Consumer name; a board's own page the board on top
  (heldout167). *settled* (heldout153): the broadband provider on top of its receipt (ACT Fibernet, JioFiber, Airtel
  Business), never the company line under it (Atria Convergence Technologies Ltd, Reliance Jio Infocomm Ltd) nor
  "Thanks for Business". *settled* (heldout153): a card's spend alert pays the merchant under Merchant / Merchant
  name as the card network sends it (AMAZON WEB SERVICES, OPENAI *CHATGPT SUBSCR), never the bank on top. An SMS
  alert's payee as the bank sends it ("To BREWBAY COFFEE ROAST": *settled*, the truncated name as printed), never the
  bank or the sender id.
* amount / currency: the sum this payment moved. *settled* (heldout155): a wire counts the Remittance amount /
  Foreign currency amount in the currency remitted (USD, EUR, GBP; $ / US$ / USD, EUR / euro sign, GBP / pound sign),
  never the INR equivalent, the Bank charges or the Amount credited (INR); Wise's sum large / You sent in the buyer's
  currency, never the Wise fee, the Amount converted or Recipient gets (INR). *settled* (new here): a printed FIRA
  likewise (never its INR amount); Skydo's and Payoneer's Amount received / Amount in the customer's currency, never
  the Skydo fee, the FX rate or INR settled; an outward remittance counts the Remittance amount / Amount remitted /
  Foreign currency amount in the currency sent, never the INR equivalent, the Bank charges, GST on currency
  conversion or the Total debit (INR). A brand's Net amount paid / Amount paid / Net payment (the invoices less TDS,
  here u/s 194J @ 10% or 194J(a) @ 2%, and a credit note), never an invoice's sum; Amount remitted too. The bank's
  credit advice's Amount credited. A gateway's sum large / Amount / Amount paid (the plan with GST @ 18%), never the
  Fee or GST on fee; Stripe's receipts in USD and GBP. *settled* (heldout141): a foreign subscription counts its sum
  in the currency billed (USD, EUR), the Tax 0.00 / VAT 0% (reverse charge) line adding nothing; AWS's and Google
  Cloud's Total amount / Payment amount / Amount with IGST, never the Subtotal / Charges or a service line; Slack's
  Amount due on the failure, Datadog's Amount / Amount due on the wait. A UPI screen's sum large. RazorpayX's sum
  large, never its Fees (incl. GST); a bulk row's Amount; a voucher's Total / Amount paid. *settled* (heldout166): the
  rent's Net amount received / Amount received / Cheque amount after TDS u/s 194-I(b), never the Monthly rent; a
  co-working invoice's Net received / Amount received (the Invoice total less TDS), never the Invoice total or the
  Taxable value; the association's Total received / Amount received / Cheque received (maintenance and sinking fund),
  never a line. A GST challan's Total challan amount / Total amount; an income-tax challan's Amount (in Rs.)
  (heldout166; *settled* (new here): tax and interest together, never the A Tax line alone); the PT receipt's Amount;
  BBMP's Total amount paid (fee and penalty). *settled* (heldout143): a tipped card slip's TOTAL (base and tip), never
  the BASE AMT or the TIP AMT; other slips' AMOUNT: / SALE AMOUNT: / TOTAL AMT:. A Bharat Connect page's sum large; a
  board's Amount paid; a provider's Amount paid / Total paid or sum large. *settled* (heldout153): a card's spend alert
  counts the Transaction amount in the currency charged (USD, EUR, INR), never the Approx. INR equivalent or the Forex
  markup; an SMS's sum sent, debited or under process (never Avl Bal). Currency INR everywhere but the foreign cloud
  bills (USD, EUR), Stripe's receipts (USD, GBP), the foreign customers' and the contractors' remittances (USD, EUR,
  GBP) and three card alerts (USD, EUR).
* status: as printed. *settled* (heldout167): Credited / Credited to your account successes, We're processing your
  transfer / Transfer in progress pending; a brand's Paid / Processed successes, On hold - bank details under
  verification pending, Rejected by bank - account closed failed (Executed a success, heldout153); CHEQUE RECEIVED -
  SUBJECT TO REALISATION pending, CHEQUE RETURNED - ... failed; Bill payment in process pending; Failed - invalid
  account failed; an SMS that says the payment "is under process" pending (heldout166), a debit alert a success.
  *settled* (new here): Razorpay's Captured a success; Payment failed - your card was declined failed and Payment
  pending - awaiting e-mandate approval from your bank pending; Skydo's Settled to your bank account a success and
  Returned to payer - invoice not matched failed; RazorpayX's Queued - low balance / Pending pending (heldout141's
  Queued); an outward remittance's Remitted / Processed - funds sent / Completed successes, Pending - awaiting Form
  15CA/15CB pending, Returned by beneficiary bank - account closed failed; Awaiting credit from RBI - NEFT pending
  (heldout166); a slip's HOST NOT RESPONDING / STATUS UNKNOWN - CHECK BEFORE RETRY pending (heldout153's host not
  responding), DECLINED (RESP CODE ...) failed; Payment failed - amount will be refunded failed; a card alert's
  Status: Approved a success and Status: Declined - international usage limit exceeded failed. RENT RECEIVED, PAID,
  RECEIVED, PAYMENT RECEIVED, Payment successful, Transaction successful, Money sent, Paid and the like successes;
  Payment failed, Transaction declined failed; Payment pending, Awaiting bank confirmation pending.
* date: the day paid (Date paid, Paid on, Payment date, Date, Dated, Date & time, Completed on, Value date, Credited
  on, Date of credit, Received on, Settled on, Sent on, Processed at / on, Invoice date, Receipt date, Date of
  deposit, Date of payment, Remitted on, Debited on, DATE: / DT:, the SMS's day; Attempted on, Failed on, Rejected
  on, Returned on, Initiated on, Scheduled on, Queued at on the failures and the waits). *settled* (new here):
  Razorpay's Created on / Captured on, Cashfree's Payment time and Datadog's Created on are their day. Never a
  Billing period / Period, a Tax period, a Return month, a Bill month, an Assessment Year, a Licence year, a rent
  for <month>, a Maintenance for <quarter>, a salary Purpose's month, a Bill date / Due date, an invoice number's
  financial year or an e-mail's hour (heldout167).
* payment_method: card on every cloud bill (*settled* (new here): also on the failed charge and the one awaiting its
  e-mandate, the card on file named), a gateway's card, the slips and the card alerts; UPI for UPI apps, a link's or
  gateway's UPI, BBMP's, a board's and Airtel's UPI, a voucher's UPI and the SMS's UPI debits ("Sent Rs. ... Ref",
  "trf to ... Refno"); "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire inward (heldout155) and outward (*settled*
  (new here)), Wise's Paid with Bank transfer (heldout157), Skydo's and Payoneer's Paid via Local bank transfer (ACH)
  / SEPA / Faster Payments (*settled* (new here)), a gateway's Net banking, RazorpayX's and the bulk page's IMPS /
  NEFT, a Bharat Connect bill Paid from a Current A/c, the GST, TDS and PT net banking and the GST NEFT/RTGS mandate
  (heldout166); cheque for a cheque received or returned; cash on a cash voucher.
* transaction_id: the highest family printed (heldout152's order): a UPI reference / UTR / RRN / IMPS reference (UPI
  transaction ID, UPI Ref No., UPI Reference No., UPI RRN, UTR, UTR No., NEFT UTR, RTGS UTR, IMPS Ref No., RRN on a
  gateway's card payment, a slip's RRN: / RET REF NO:, an SMS's Ref / Refno), then a bank reference (*settled*
  heldout155: a wire advice's Inward ref No. / Our reference / Transaction reference; *settled* (new here): an
  outward remittance's Transaction reference / Our reference / Remittance ref No.; Bank Ref No., Bank reference, Bank
  Reference Number, BRN, B-Connect Txn ID / Bharat Connect Ref. No.), then a transaction / payment id (Wise's Transfer
  #, Payment ID (pay_..., AWS's, Skydo's, Payoneer's), Transaction ID (GitHub's, the apps' own, BBMP's, the
  providers'), CF Payment ID, PayU ID, Payout ID pout_..., a challan's CIN; *settled* (new here): a declined card
  alert's Txn reference), then an approval code (APPR CODE: / AUTH CODE: / APPROVAL CODE:, Authorisation code /
  Approval code), then a document's own number (Invoice ID, Invoice number / Invoice # / Invoice no., Invoice No. /
  Inv. No., Receipt No. / No., Voucher No., a brand's Payment document / Clearing document / Payment No., a GST CPIN
  (heldout128), a TDS receipt's CRN (heldout166), a slip's INVOICE NO: / INV NO: / BILL NO:; *settled* (heldout141): a
  Stripe receipt's Receipt number / Receipt # over its Invoice number / Invoice #; *settled* (new here): a FIRA No.
  and Skydo's FIRA reference, below the bank's or Skydo's own reference). *settled*: never a UETR (printed here only
  beside an Inward ref No. or a Transaction reference, which outrank it), Against invoice or the invoices listed on an
  advice, Vendor code, Job No., Shipping bill No., BL / HBL No., Container, E-way bill No., ARN, Drawback scroll No.,
  IEC, Port code, Call No. / Ticket No., Machine Sr. No., Establishment ID, Employer code, Consumer No. / Service No.,
  Token No., a bulk File name, MID, TID, BATCH NO, a card, account or mobile number, a UPI ID, BIC, GSTIN, IFSC or a
  cheque number; *settled* (new here): nor an Order ID (order_...), an AWS Account ID, a Billing account, a Customer
  number, a Workspace, a Supplier ID, Sender to receiver info, a Reference / Description naming an invoice, a Form
  15CA ack. No., an Invoice ref, an IBAN, an Employee ID, a Trade licence No., an Enrolment No. (PTRC), a TAN, a BSR
  code (heldout166), an RR No. / Account ID / User ID / Service ID on a utility's page, or a Broadband / Postpaid
  number.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout169_families import (
    bank_alerts,
    card_slips,
    cloud_bills,
    compose,
    contractor_wires,
    customer_gateway,
    enterprise_advice,
    export_fira,
    office_upi,
    payroll,
    rent_office,
    tax_challans,
    utilities,
)

SPLIT = "heldout169"

FAMILIES: list[Family] = [
    ("cloud_bills", cloud_bills, PAGE_FACES),
    ("customer_gateway", customer_gateway, PAGE_FACES),
    ("enterprise_advice", enterprise_advice, PAGE_FACES),
    ("export_fira", export_fira, PAGE_FACES),
    ("office_upi", office_upi, SCREEN_FACES),
    ("payroll", payroll, PAGE_FACES),
    ("rent_office", rent_office, BILL_FACES),
    ("tax_challans", tax_challans, PAGE_FACES),
    ("card_slips", card_slips, SLIP_FACES),
    ("contractor_wires", contractor_wires, PAGE_FACES),
    ("utilities", utilities, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout169_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout169 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
