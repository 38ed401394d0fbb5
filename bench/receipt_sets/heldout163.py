"""heldout163: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a cinema multiplex and its food court's day in 2026 (Swarnim Screens, a five-screen
multiplex on College Road, Nashik, with the Swarnim Food Court on its top floor; Swarnim Leisure Pvt Ltd runs both),
told by the proofs of payment it receives (moviegoers' UPI at the box office and food court, its own app's and
website's bookings, its card terminals' slips, the food court outlets' bills, BookMyShow's, Paytm's, District's and
Razorpay's settlements, advertisers' payments for on-screen ads) and those it makes (distributors' film-hire shares,
food and beverage suppliers, projection, sound and cooling AMC, electricity, piped gas and water, GST, TDS, the
municipal show tax, staff wages, refunds of cancelled shows). One payment per page; in each family six successes,
one failure and one wait, one page with no id printed and one with no day printed (the families' docstrings in
``heldout163_families`` list each layout's labels).

* ``moviegoer_upi``: a moviegoer's UPI app (PhonePe, Google Pay, Paytm, BHIM, Navi, Amazon Pay, super.money,
  WhatsApp Pay; dark on some) paying the box office's or the food court's QR; "Banking name: SWARNIM LEISURE PVT
  LTD" under the UPI ID on some.
* ``own_booking``: the multiplex's own app, e-mail and website booking confirmations (film, show, seats, tickets,
  convenience fee and GST on it, an F&B combo, Total paid; Booking ID, Payment ID, UPI Ref No / Bank Ref No).
* ``box_card``: the box office's and food court's card terminal slips (Pine Labs, Paytm, PhonePe, HDFC Bank, Mswipe,
  ICICI Bank, Worldline, Razorpay POS; monospace), two of them UPI sales; BASE AMT / GST 5% INCL / TOTAL on some.
* ``food_bills``: the food court outlets' bills (Popcorn Planet, Nashik Misal Co., Wok On, Brew Box Cafe) with
  CGST / SGST @ 2.5%, Round off, Grand Total / Net payable, paid by UPI, card or cash.
* ``platform_payouts``: BookMyShow's, Paytm's and District's weekly settlements (gross ticket sales, commission, GST
  on it, TDS u/s 194-O, net) and Razorpay's settlement of the own site's payments, as e-mails and dashboards.
* ``film_hire``: the distributors' FILM HIRE RECEIPT / SHARE RECEIPT (gross collection, GST, net collection, share
  n%, TDS u/s 194J @ 2%, amount received) and the multiplex's corporate net banking RTGS / NEFT acknowledgements.
* ``fnb_suppliers``: popcorn, soft drink, cheese and packaging suppliers' TAX INVOICE / INVOICE CUM RECEIPT (GST at
  5%, 12%, 18% and a soft drink's 28% with 12% compensation cess).
* ``screen_ads``: the multiplex's on-screen advertising receipts (GST @ 18%, TDS u/s 194C @ 2%, net received) and
  ad agencies' payment advice e-mails.
* ``equipment_amc``: Qube, projector, Dolby and HVAC vendors' AMC invoice cum receipts and the multiplex's business
  banking transfers to them (Kotak FYN, HDFC SmartHub Vyapar).
* ``utilities``: MSEDCL's own HT payment receipt, Bharat Connect in business banking for MSEDCL, MNGL's piped gas
  receipt, Nashik Municipal Corporation's water charges receipt.
* ``tax_wages``: GST PMT-06 receipts, a TDS ITNS 281 challan receipt, the corporation's entertainment (show) tax
  receipt, wage IMPS to staff and a WAGE SLIP CUM PAYMENT VOUCHER.
* ``show_refunds``: refunds of cancelled shows (the multiplex's e-mail, Razorpay's refund page, the box office's
  REFUND VOUCHER, a terminal's REFUND slip). Seeds ``heldout163-<i>``.

Truth conventions (as heldout158 states them; *settled* where this set chose):

* merchant_name: the one paid, as printed. The multiplex or the food court under Paid to / To / Sent to on a UPI
  screen (never the "Banking name" line under it, *settled*: the name the app shows the payer is the payee), on top of
  its own booking page and slips (never the terminal's maker), on top of its own receipts. *settled*: a food court
  outlet's bill pays the outlet on top (WOK ON, Popcorn Planet), never the "Swarnim Food Court, 5th floor" address
  line under it. *settled*: a booking platform's or gateway's settlement pays the multiplex under Cinema / Venue /
  Partner / Paid to as printed (the trade name, with its road or town, or the firm), never BookMyShow, Paytm,
  District or Razorpay on top (heldout158's Practo). A distributor's receipt pays the distributor on top, never M/s
  the firm under Received from; a transfer pays the Beneficiary / Beneficiary name / Payee / To, never the Debit
  account. A supplier's or vendor's paper pays the supplier on top (never Bill to / Buyer / Customer). *settled*: an
  ad agency's payment advice pays the multiplex under Payee / Vendor / Beneficiary, never the agency on top nor the
  Client. A biller under Biller / Paid to (MSEDCL or its long name as printed) and on top of its own page (MSEDCL,
  MAHAVITARAN, Maharashtra Natural Gas Ltd / MNGL, Nashik Municipal Corporation). *settled*: the corporation's show
  tax receipt pays the corporation on top (it issues it in its own name, heldout158's pollution control boards);
  a GST challan and a TDS challan name no payee. *settled*: wages pay the employee (To / Beneficiary on the IMPS,
  Paid to / Employee on the WAGE SLIP CUM PAYMENT VOUCHER, the firm on top being the payer's paper). A refund pays
  the moviegoer under Refund to / Customer / Payee / Refunded to, never the multiplex on top of its voucher or
  e-mail nor Razorpay; *settled*: a terminal's REFUND slip pays the CARD HOLDER: as printed, never the multiplex
  over it. Never a bank, app, terminal maker, gateway or platform.
* amount / currency: the sum this payment moved, INR everywhere. A UPI screen's sum large; a booking's Total paid /
  Amount paid / Order total (tickets, fee, GST on the fee and F&B), never the ticket line; a slip's TOTAL / AMOUNT /
  SALE AMT, never BASE AMT; a bill's Grand Total / Net payable after Round off. *settled*: a platform's Net
  settlement / Amount settled / Net payout and the gateway's Settlement amount, never the gross, the commission,
  GST or TDS. *settled*: a film-hire receipt's Net amount received / Amount received (the share less TDS u/s 194J),
  never the Gross or Net collection or the share; a transfer's Amount / sum large. A supplier's Amount received /
  Paid, or Amount due on the declined UPI, or Cheque received (the rounded Invoice total). An ad receipt's Net
  amount received / Amount received and an agency's Net paid / Amount remitted (after TDS u/s 194C), never the
  Invoice total / Gross. An AMC receipt's Amount received / Received (net of TDS), never the Total. A utility's
  Amount paid / Total paid (after a Prompt payment discount), never the Bill amount where they differ; Bharat
  Connect's sum large. A GST challan's Total challan amount / Total amount, a TDS challan's Amount (in Rs.), the
  show tax's Amount paid. Wages' Net paid / sum large, never the Gross wages. A refund's Refund amount / Amount
  refunded / REFUND AMT, never the Amount paid (the convenience fee is refunded on some and not on others).
* status: as printed. Success: Payment Successful / Paid successfully / Transaction Successful / Payment done,
  Booking confirmed / Your tickets are booked / Booking successful, APPROVED / TXN APPROVED, PAID, Settled / Payout
  credited / Processed, RECEIVED WITH THANKS / PAYMENT RECEIVED, Funds transferred successfully, Transfer successful,
  Bill paid successfully, IMPS transfer successful / Money sent, Refund processed / Refunded / REFUND APPROVED.
  Failed: Payment Failed / Transaction failed / Payment declined by bank, Booking failed - seats released / Payment
  failed - booking not made, DECLINED (RESP CODE), UPI PAYMENT FAILED - PLEASE PAY AT COUNTER, Payout returned -
  beneficiary account frozen, Rejected by beneficiary bank, UPI DECLINED - AMOUNT DUE, Payment returned -
  beneficiary account details mismatch, Transfer failed, Bill payment declined by bank, IMPS transfer failed -
  invalid beneficiary account, Refund failed - original payment instrument closed. Pending: Payment Pending /
  Payment processing / Awaiting bank confirmation, Payment pending - booking on hold, TXN PENDING, UPI PAYMENT
  PENDING - CONFIRM BEFORE SERVING, Payout scheduled / Settlement in process, CHEQUE RECEIVED - SUBJECT TO
  REALISATION, Pending for checker approval, CHEQUE DEPOSITED - SUBJECT TO CLEARANCE, Transfer under process,
  Awaiting biller confirmation / Payment in process, Awaiting credit from RBI - NEFT, Refund initiated / Refund in
  process.
* date: the day paid (Date / Dated / Dt. / Inv. date / DATE: / DT:, Paid on, Date & Time, Completed on, Booked on,
  Transaction date, Value date, Settled on, Credited on, Payment date, Date of deposit, Transferred on, Refunded on,
  Processed on; Returned on / Failed on / Initiated on / Scheduled for on the failures and the waits). *settled*:
  never a Show (the show's day), a Settlement cycle / Sales period / Week / Period, a Campaign period, a Coverage /
  AMC period, a Bill date / Due date / Bill month, a Tax period, a Month / Wage month, a cheque's "dt" or an
  Assessment Year.
* payment_method: UPI, card, cash, cheque, "netbanking" for NEFT / RTGS / IMPS, net banking and a current account
  debited. *settled*: a platform's or gateway's settlement by NEFT / IMPS is "netbanking"; a booking's Paid via is
  its way; a supplier's declined UPI names UPI and a Cheque No. cheque; a refund's source (UPI / card) its way; a
  Bharat Connect payment from a current account "netbanking".
* transaction_id: the highest family printed (heldout152's order): a UPI reference / UTR / RRN / IMPS reference /
  ARN (22-character NEFT UTRs like HDFCN52026070426027388, 16-character SBIN-style UTRs, RTGS UTRs), then a bank
  reference (Bank Ref No / Bank Ref No. / Bank Reference No., BRN, B-Connect Txn No. / Bharat Connect Ref. No.),
  then a transaction / payment id (Transaction ID, Payment ID, Google transaction ID, Settlement ID, Refund ID,
  Reference No. on a transfer, a challan's CIN, MNGL's Transaction ID or Order No. (its own payment id)), then an
  approval code (APPR CODE: / AUTH CODE:, Auth Code / Approval Code / Approval code), then an order's number
  (*settled*: a booking's Booking ID / Booking No., heldout152), then a document's own number (Receipt No. / No.,
  Invoice No. / Inv. No., Bill No., INVOICE: / BILL NO: on a slip, Voucher No. / Refund voucher No., a GST challan's
  CPIN). *settled*: never a refund's original Booking ID or Payment ID, a Token No. / KOT No., a Venue code /
  Partner ID, a Release order No., a Contract No., a Licence No., a Consumer No. / Consumer number / BP No. /
  Connection No., an Employee code, a TDS challan's BSR Code or Challan No., a cheque number, MID, TID, BATCH,
  COUNTER, FSSAI Lic. No., a card or account number, a UPI ID, TAN, GSTIN or IFSC.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout163_families import (
    box_card,
    compose,
    equipment_amc,
    film_hire,
    fnb_suppliers,
    food_bills,
    moviegoer_upi,
    own_booking,
    platform_payouts,
    screen_ads,
    show_refunds,
    tax_wages,
    utilities,
)

SPLIT = "heldout163"

FAMILIES: list[Family] = [
    ("moviegoer_upi", moviegoer_upi, SCREEN_FACES),
    ("own_booking", own_booking, SCREEN_FACES),
    ("box_card", box_card, SLIP_FACES),
    ("food_bills", food_bills, PAPER_FACES),
    ("platform_payouts", platform_payouts, PAGE_FACES),
    ("film_hire", film_hire, PAGE_FACES),
    ("fnb_suppliers", fnb_suppliers, PAPER_FACES),
    ("screen_ads", screen_ads, BILL_FACES),
    ("equipment_amc", equipment_amc, PAGE_FACES),
    ("utilities", utilities, SCREEN_FACES),
    ("tax_wages", tax_wages, PAGE_FACES),
    ("show_refunds", show_refunds, PAGE_FACES),
]


def make_heldout163_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout163 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
