"""heldout177: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a mobile-app game studio's day in 2026 (Neelgiri Pixel Studios Pvt Ltd, its studio at
Koramangala, Bengaluru and its art team at Baner, Pune), told by the proofs of payment it receives (the app stores'
payouts and the ad networks' payouts in US dollars and euros, by SWIFT into its EEFC and current accounts) and those
it makes (freelance artists and composers abroad by outward remittance in euros, pounds and dollars, Indian artists
by UPI and payment links, cloud and tools bills, office rent, GST, TDS and professional tax, the staff's company
card at counters, electricity, broadband, postpaid and water through Bharat Connect and wallets, vendors' invoices,
contractors' IMPS payouts, the bank's alerts). One payment per page. Each family: six successes, one failure, one
wait; one page prints no transaction id and one no day (truth None for those fields; the page that prints no day
prints no Bill date or Due date either).

* ``store_payouts``: six banks' inward remittance advices for Google Play and App Store proceeds (browser, e-mail,
  printed) and the stores' own payout pages (Google Play Console, App Store Connect). ``adnet_payouts``: ad
  networks' payment e-mails, publisher dashboards and printed remittance advices (AdMob, AppLovin, Unity Ads,
  Mintegral, InMobi, Liftoff, Pangle, Yandex Ads). ``artist_wires``: banks' outward remittance advices to artists
  abroad. ``artist_upi``: six UPI app screens (Google Pay, PhonePe, Paytm, BHIM, CRED, Amazon Pay) and two artists'
  payment links (Razorpay, Instamojo). ``cloud_bills``: AWS India, Google Cloud India, Azure, DigitalOcean, Unity,
  GitHub and Photon bills and receipts (printed, e-mail, billing pages). ``rent_neft``: corporate banking
  acknowledgements (ICICI Bank CIB, HDFC Bank ENet, Axis Bank, Kotak FYN), landlords' rent receipts and a property
  manager's e-mail. ``tax_challans``: GST PMT-06 challan receipts, ITNS 281 TDS challans, the banks' counterfoils and
  Karnataka's professional tax page. ``card_slips``: counter terminals' slips (monospace). ``utility_wallets``:
  Bharat Connect in apps, wallet bill payments (Paytm Wallet, MobiKwik) and the providers' own pages (ACT Fibernet,
  MSEDCL). ``vendor_bills``: localisation, voice-over, QA, mocap, device-lab and audit firms' invoices with the
  payment block (serif). ``contractor_payouts``: RazorpayX and Cashfree payouts, net banking IMPS acknowledgements
  and bank apps' IMPS screens. ``bank_alerts``: the bank's SMS and e-mail debit alerts. The families' docstrings list
  each layout's labels.

Truth conventions (heldout167's, kept where they say *settled*; heldout144's and heldout175's where this set meets
the same papers):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout155, heldout161): a bank's
  inward remittance advice pays the company under Beneficiary / Beneficiary name, never the bank on top, the
  Remitter / Ordering customer or the Remitting bank (here also Beneficiary customer, and Google or Apple as the
  Remitter). *settled* (new here): Google Play Console's payout page pays the studio under Payments profile / Payee
  and App Store Connect's under Paid to, never Google, Apple or the console on top. *settled* (new here): an ad
  network's payment e-mail, dashboard or remittance advice pays the studio under Payee / Publisher / Beneficiary /
  Pay to, never the network on top or its company line (a payer's advice, as heldout167's brand owner's).
  *settled* (heldout175): a bank's outward remittance advice pays the supplier abroad (here the artist) under
  Beneficiary / Beneficiary name / Payee, never the bank on top, the Remitter / Applicant (the company) or the
  Beneficiary bank. A UPI screen's artist under Paid to / To / Sent to / Paying to, never the UPI ID or the app; a
  payment link's artist on top, never Paid by / Customer or the gateway's footer. A cloud or tools provider on top
  of its own invoice, receipt, e-mail or billing page, never the studio under Billed to / Bill to / Customer. A
  corporate banking page pays the landlord under Beneficiary name / Payee name / Credit to, never the portal on top
  or the Debit account. *settled* (heldout144): a landlord's rent receipt pays the landlord under Landlord / Name of
  landlord / Owner (never M/s the studio under Received from); Shri / Smt. is no part of the name (heldout142); a
  property manager's e-mail the landlord on top. *settled* (heldout144): an income-tax challan names no payee (the
  Income Tax Department, Government of India on top is the portal's heading; the bank on a counterfoil is not paid
  either); a GST challan and the bank's GST counterfoil name none (heldout137); professional tax pays the department
  under Department (Commercial Taxes Department, Karnataka), never the portal on top (heldout140). A slip's counter
  name line in capitals, never the terminal's maker or the town line. A Bharat Connect page's provider under Biller
  / Paid to / Operator (short or long as printed), never the app, Bharat Connect, the wallet or the Name; a
  provider's own page the provider on top. A vendor's name on top of its own paper, never M/s the studio under
  Client / Bill to / To. A payout page, IMPS acknowledgement or bank app pays the contractor under Contact /
  Beneficiary / Beneficiary name / Payee name / Transferred to / To, never RazorpayX, Cashfree, the bank or the
  portal on top. An SMS or e-mail alert's payee as the bank sends it ("to LINGUA LOOP LOCALISAT": *settled*, the
  truncated name as printed), never the bank or the sender id; *settled* (heldout171): the bank's e-mail alert
  likewise, never the bank in the sender line or the sign-off.
* amount / currency: the sum this payment moved. *settled* (heldout155): a wire counts the Remittance amount /
  Foreign currency amount in the currency remitted (USD, EUR, GBP; $ / US$ / USD, EUR / euro sign, GBP / pound
  sign), never the INR equivalent, the Bank charges or the Amount credited (INR) (here also Inward amount).
  *settled* (heldout175): an outward remittance counts the Remittance amount / Amount remitted / Foreign currency
  amount in EUR, GBP or USD, never the INR equivalent, the Commission and SWIFT charges, the GST on currency
  conversion or the Total debited (INR). *settled* (new here): a store's payout page counts the Payment amount /
  Amount paid (the sum large) in USD or EUR; an ad network's Payment amount / Net payout / Amount paid (Earnings less
  Adjustments, and less TDS u/s 194J on InMobi's rupee advice), never the Earnings or the Adjustments. A UPI screen's
  and a link's sum large. *settled* (new here): a cloud or tools bill counts the Amount paid / Total paid / Amount
  charged (with GST, after Credits applied), on a pending or failed page the Amount due / Total (the same sum), in
  INR on Indian bills and USD or EUR on foreign ones, never the Subtotal or a line. A corporate banking page's
  Amount / Transfer amount. *settled* (heldout144): a rent receipt's Amount received / Net amount received (the rent
  with maintenance, less TDS u/s 194-I), never the Monthly rent. *settled* (heldout144): an income-tax challan's
  Amount (in Rs.) / Total (A+B+C+D+E+F), never A Tax alone; a GST challan's Total Challan Amount / Total Amount
  (every head); professional tax's Amount paid. A slip's AMOUNT: / TOTAL: / SALE AMT: / NET AMT:. A Bharat Connect
  page's sum large (the Bill amount is the same sum); a provider's Amount paid / Amount. A vendor's Net received /
  Amount received / Cheque received / Balance due (the Total less TDS), never the Sub total or the Total / Invoice
  value. A payout's Payout amount / Transfer amount / Amount (the sum large on an app), never the Fees or Tax on
  fees. An alert's sum debited, never the Avl Bal. Currency INR everywhere but the stores', the ad networks' (but
  InMobi's), the outward remittances and the foreign tools bills.
* status: as printed. *settled*: Credited / Credited to your account successes; Received - pending disposal
  (purpose code and invoice awaited) pending; Returned to remitting bank - beneficiary name mismatch failed.
  *settled* (heldout175): Remittance processed - MT103 sent / Status: Remitted successes, Returned by beneficiary
  bank - IBAN invalid failed; *settled* (new here): Under process - Form 15CA / 15CB awaited pending. *settled* (new
  here): a store's Paid / Payment sent successes, Payment in progress pending, Payment failed failed; an ad
  network's Paid / Payment sent / Status: Paid successes, Processing - expected in 3-5 business days pending,
  Returned by bank - SWIFT code invalid failed; a cloud bill's Paid / Payment successful / Status: Paid successes,
  Payment processing - awaiting bank authorisation (e-mandate) pending, Payment failed - card declined failed;
  Pending for checker approval on a corporate banking page pending, Transaction failed - beneficiary account closed
  failed; Reversed - beneficiary bank declined on a payout failed, Processing pending. Transaction in process -
  awaiting beneficiary bank confirmation, Bill payment in process, Payment under process, Pending - awaiting
  confirmation from bank and Payment pending - awaiting confirmation from bank pending; Transaction failed - invalid
  account, Payment Failed, Tax payment failed and Bill payment failed - money will be refunded failed. PAID,
  RECEIVED WITH THANKS, CHEQUE RECEIVED - SUBJECT TO REALISATION (pending) and UPI DECLINED - BALANCE DUE (failed) on
  a vendor's bill. A slip's DECLINED (RESP CODE ...) failed, TXN TIMEOUT - STATUS UNKNOWN pending. An SMS or e-mail
  alert that says the payment "has failed" failed, "is pending" pending, a debit alert a success.
* date: the day paid (Value date, Credited on, Received on, Returned on, Issued on, Payment date, Paid on, Sent on,
  Initiated on, Remittance date, Debited on, Date paid, Charged on, Attempted on, Failed on, Transaction date, Date,
  Invoice date, Dated, Deposit Date / Date of Deposit, Payment Realisation Date, Date of payment, a slip's DATE: /
  DT:, Date & time, Completed, Processed at / Created at, Processed on, Transfer date, the alert's day). *settled*
  (heldout175): an outward remittance's Request date is the pending one's day. Never an Earnings period / Earnings
  for / Proceeds for, a Billing period / Service period, a Return period, a Period, a Bill date or Due date on a
  Bharat Connect page, an Assessment Year, an invoice number's financial year or an e-mail's hour.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a store's or ad
  network's Wire transfer (*settled*, new here), a cloud bill's Net banking, a challan's E-Payment - Net Banking /
  Net Banking, a provider's Net banking; UPI for UPI apps, a link's UPI, a cloud bill's UPI AutoPay, a Bharat
  Connect bill paid by UPI, a vendor's UPI (a declined one too); card on slips, a link's card, a cloud bill's card
  ending, a provider's Credit card, a Bharat Connect bill paid by credit card; cheque for a cheque received or a rent
  paid by cheque; wallet for a bill paid from Paytm Wallet or MobiKwik Wallet (*settled*, heldout171).
* transaction_id: the highest family printed (heldout152's order, as heldout167): a UPI reference / UTR / RRN / IMPS
  reference (UPI transaction ID, UPI Ref No., UPI reference number, UPI RRN, UTR, UTR No., IMPS Ref No., RRN, a
  slip's RRN: / REF NO:, Cashfree's Reference ID (the UTR it shows), an alert's UTR / UPI Ref No / IMPS Ref No), then
  a bank reference (*settled* heldout155: a wire advice's Inward ref No. / Our reference / Transaction reference, here
  also FIRA No.; *settled* (heldout175) an outward advice's Our reference / Remittance ref No. / Transaction
  reference; an ad network's Bank reference, a corporate page's Reference No. / Txn Ref No., a challan's BRN / Bank
  Reference No. (BRN) / Bank Reference Number, professional tax's Bank ref No., Bharat Connect Ref. No. / B-Connect
  Txn ID), then a transaction / payment id (Payment ID, Payment reference, Payout ID, Remittance ID, pay_...,
  pout_..., Charge ID, Transfer ID, an app's own id (Transaction ID, Amazon Pay's Order ID), a GST or income-tax
  challan's CIN, professional tax's GRN (heldout144), a wallet's Wallet Txn ID), then an approval code (APPR CODE: /
  AUTH CODE:, Auth code), then a document's own number (Invoice No. / Invoice number / Inv. No., Bill No., Receipt
  No. / Receipt number / Rcpt. No., a slip's INVOICE NO: / ROC NO:, a GST challan's CPIN, an income-tax challan's CRN
  (heldout144)). *settled*: never a UETR (printed here only beside an Inward ref No. or Our reference, which outranks
  it), Against invoice or the invoices listed on an advice, Consumer No. / Account No. / Account ID / RR No. /
  Customer ID, MID, TID, BATCH NO, a card, account or mobile number, a UPI ID, BIC, GSTIN, IFSC or a cheque number.
  *settled* (heldout144): never an income-tax page's ITNS No., BSR Code or Challan No., a PAN or TAN, a PTEC / PTRC
  No. *settled* (heldout171): never Maker / Checker. *settled* (new here): never a Billing account ID / Subscription
  ID, a Form 15CA ack No., an IBAN / Account, a Fund account ID (fa_...) or Bene ID, a PO No. or Project, or the
  purpose code.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout177_families import (
    adnet_payouts,
    artist_upi,
    artist_wires,
    bank_alerts,
    card_slips,
    cloud_bills,
    compose,
    contractor_payouts,
    rent_neft,
    store_payouts,
    tax_challans,
    utility_wallets,
    vendor_bills,
)

SPLIT = "heldout177"

FAMILIES: list[Family] = [
    ("store_payouts", store_payouts, PAGE_FACES),
    ("adnet_payouts", adnet_payouts, PAGE_FACES),
    ("artist_wires", artist_wires, PAGE_FACES),
    ("artist_upi", artist_upi, SCREEN_FACES),
    ("cloud_bills", cloud_bills, PAGE_FACES),
    ("rent_neft", rent_neft, PAGE_FACES),
    ("tax_challans", tax_challans, PAGE_FACES),
    ("card_slips", card_slips, SLIP_FACES),
    ("utility_wallets", utility_wallets, SCREEN_FACES),
    ("vendor_bills", vendor_bills, BILL_FACES),
    ("contractor_payouts", contractor_payouts, PAGE_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout177_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout177 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
