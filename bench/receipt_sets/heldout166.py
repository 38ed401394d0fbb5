"""heldout166: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a water-purifier and RO service franchise's day in 2026 (Jalsetu RO Care, the authorised
AquaVeda service franchise at Nashik Road, Nashik, run by Jalsetu Aqua Services Pvt Ltd), told by the proofs of
payment it receives (households' UPI for installations, AMC renewals and service visits, its card terminal's slips
with a bank EMI on some, its technicians' field collection receipts, the brand's incentive and service-claim payouts)
and those it makes (the brand's dealer portal for stock orders, the spare parts distributors' invoices, its transfers
to pressure tank, cartridge and membrane suppliers, water-testing laboratories' fees, the vans' fuel and FASTag, staff
salaries by IMPS / NEFT in the bank's SMS alerts, office and godown rent, GST, TDS and profession tax). One payment
per page; in each family six succeed, one fails and one waits, one page prints no transaction id and one no day.

* ``household_upi``: a household's UPI app paying the franchise (PhonePe, Google Pay, Paytm, BHIM, Amazon Pay, CRED,
  Navi, MobiKwik; dark on some): Payment Successful / Paid successfully / Money sent / Transaction successful /
  Payment Failed / Transaction failed / Payment declined / Payment Pending / Processing payment / Transaction pending,
  the sum large, the franchise (Jalsetu RO Care, Jalsetu RO Care - Nashik Road or Jalsetu Aqua Services Pvt Ltd, in
  capitals on some) under Paid to / To / Sent to (Paying to / To on the failure and the wait), its UPI ID, a Note /
  Message / For (AMC renewal 2026-27, Membrane change), Date & Time / Paid on / Time, Payment method UPI, UPI Ref No /
  UPI Reference No. / UTR / UPI transaction ID and the app's own Txn ID on some, From / Debited from.
* ``card_slip``: the franchise's card terminal slip (Pine Labs, HDFC Bank, Paytm EDC, ICICI Bank, Mswipe, Axis Bank,
  Worldline, Ezetap; monospace): the maker on top on some, the franchise in capitals, NASHIK ROAD, NASHIK, DATE: and
  TIME: or DT:<day>  TM:<hour>, MID:, TID:, BATCH:, INV NO: / INVOICE:, SALE / CARD SALE / BANK EMI SALE, CARD NO:,
  CARD TYPE:, ENTRY:, APPR CODE: / AUTH CODE:, RRN: / RET REF NO:, AMOUNT: / SALE AMT: / TOTAL: (RS., INR or RS;
  western grouping or plain); on the three bank EMI slips ISSUER:, TXN AMOUNT:, TENURE:, ROI:, MONTHLY EMI:, TOTAL
  WITH INTEREST:; APPROVED / TXN APPROVED / DECLINED with RESP CODE: 51 / 55 / TXN PENDING with AWAITING HOST
  RESPONSE - DO NOT RETRY.
* ``field_receipt``: the franchise's own receipt book filled in by its technician (serif; Jalsetu RO Care, its
  capitals or Jalsetu Aqua Services Pvt Ltd on top, "Authorised service franchise - AquaVeda water purifiers", the
  address, GSTIN and phone): SERVICE RECEIPT / AMC RENEWAL RECEIPT / INSTALLATION RECEIPT / CASH RECEIPT / MONEY
  RECEIPT, Receipt No. / Rcpt. No. / No., Date / Dated, Received from (the customer and locality), Complaint No. /
  Job No., Model, the lines (Visit charges, Sediment filter, RO membrane 80 GPD, UV lamp 11W; Installation charges,
  Wall bracket & fittings; AMC charges with CGST and SGST @ 9%), Total / Amount received / Total received or Cheque
  amount, the sum in words, Mode Cash / UPI (UPI Ref No. / UTR) / Cheque (Cheque No. / Chq. No., Drawn on),
  Technician; RECEIVED WITH THANKS / PAID / CHEQUE RETURNED UNPAID / CHEQUE RECEIVED - SUBJECT TO REALISATION.
* ``dealer_portal``: the brand's partner portal in a browser (AquaVeda Partner Connect, partners.aquaveda.in): Order
  payment confirmation / Payment receipt / Stock order - payment, Payment successful / Payment received / Payment
  failed / Payment under process, Paid to / Payee / Beneficiary AquaVeda Purifiers Ltd (capitals on some), Partner /
  Dealer (the franchise's company), Partner code / Dealer code, Order No. / Sales order, the lines (<model> (n x
  rate)), GST @ 18% / IGST @ 18%, Order value, Less: Credit note adjusted on some, Amount paid / Amount, Payment mode
  (Net banking - <bank>, UPI, Corporate card XX<n>), Payment ID (pay_...), Bank Ref No. / UPI Ref No., Paid on /
  Payment date / Attempted on.
* ``incentive_mail``: AquaVeda's payout e-mails (from AquaVeda Partner Payouts; AquaVeda Purifiers Ltd and "Channel
  partner payouts" on top): Paid to / Beneficiary / Partner the franchise (its company, capitals or the trade name),
  Partner code, Scheme (Q1 installation target slab, AMC conversion bonus, Warranty service claims (n=..), Festive
  sales incentive), Period, Gross incentive, Less: TDS u/s 194H @ 2%, Net payout / Net amount, Mode NEFT / IMPS,
  Credited to, Payout ID, UTR / UTR No., Credited on / Value date / Failed on / Scheduled for, Status Credited / Paid
  / Payout failed - account validation / Payout scheduled.
* ``spares_invoice``: the spare parts distributors' paper (Godavari RO Spares, Shree Samarth Water Tech, Nashik Aqua
  Components, Purewave Distributors, Trimbak Filtration Supplies, Omkar RO Parts & Accessories, Deccan Membrane
  House, Sahyadri Water Systems; capitals on some): TAX INVOICE / INVOICE CUM RECEIPT / TAX INVOICE CUM CASH MEMO,
  Invoice No. / Bill No. / Inv. No., Date / Inv. date / Invoice date, Buyer / Bill to M/s <company>, the lines with
  HSN and n x rate, Taxable value / Sub total, CGST and SGST @ 9%, Round off, Invoice total / Grand total, the sum in
  words, Amount received / Paid / Received with Mode Cash / UPI (GPay) / NEFT / RTGS / IMPS / Cheque and UPI Ref No.
  / UTR, or Amount due / Balance payable with "Payment attempted UPI - failed", or Amount payable with "Mode NEFT
  (advised by buyer)"; PAID / RECEIVED WITH THANKS / UPI FAILED - AMOUNT DUE / PAYMENT PENDING - NEFT AWAITED.
* ``supplier_transfer``: the franchise's transfers to its suppliers (HDFC Bank NetBanking, ICICI Bank Corporate, Axis
  Bank Corporate, SBI YONO Business in a browser; Kotak Biz, mahaMobile, IDFC FIRST Bank Business on a phone): <mode>
  transfer successful / Transaction successful / Funds transferred successfully / Transaction failed / <mode> transfer
  failed / Transaction under process / Pending at beneficiary bank, Amount / Transfer amount / Amount (INR),
  Beneficiary / Payee / Beneficiary name (Vardhman Pressure Tanks, KRISHNA FILTER CARTRIDGES, Aquatec Membranes India
  Pvt Ltd, BLUEDROP CYLINDERS & TANKS ...), Beneficiary A/c, IFSC, Mode NEFT / IMPS / RTGS, UTR / UTR Number / UTR No.
  / IMPS Ref No / RRN, Reference No. / Transaction ID, Debit account / From account, Remarks / Narration, Transaction
  date / Value date / Date.
* ``water_test``: the water-testing laboratories' fee receipts (Nashik Municipal Corporation's Public Health
  Laboratory, the District Public Health Laboratory, GSDA's district laboratory, Maharashtra Jeevan Pradhikaran's
  regional laboratory, AquaLab Testing Services LLP, Envirocare Analytical Labs, Shreya Water & Food Testing Lab;
  paper, two online in a browser): SAMPLE TESTING FEE RECEIPT / RECEIPT / Water Analysis - Fee Receipt, Receipt No. /
  Challan No., Lab Ref, Date / Receipt date / Date of payment, Received from / Applicant / Customer, Sample,
  Parameters, Fee per sample n x rate, GST @ 18% on the private labs, Amount paid / Amount / Total, Mode Cash / UPI /
  Net banking / Debit card, UPI Ref No. / RRN / Bank Ref No.; PAID / Payment successful / Payment failed / Payment
  pending.
* ``fuel_fastag``: six fuel stations' slips for the service vans (SAI SAMARTH PETROLEUM, Nashik Road Auto Fuels,
  SHREE GANESH SERVICE STATION, Deolali Highway Fuels, OM SAI FUEL POINT, Panchavati Petro Services; WELCOME,
  the outlet, its oil company's dealer line HPCL DEALER / INDIANOIL DEALER / BPCL DEALER / NAYARA ENERGY RETAIL OUTLET
  / INDIANOIL COCO, BILL NO: / RECEIPT NO: / TXN NO:, DATE:, TIME:, NOZZLE NO:, PRODUCT:, RATE(RS/L):, VOLUME(L):,
  AMOUNT(RS): / SALE: / AMOUNT:, VEHICLE NO:, MODE: CASH / CARD / UPI, RRN: / UPI REF:, PAID) and two FASTag recharges
  through Bharat Connect on a phone (Recharge successful / Recharge failed / Recharge pending, the sum large, Biller
  ICICI Bank FASTag / Paytm Payments FASTag, Vehicle no., Tag ID, Paid using UPI, UPI Ref No., B-Connect Txn No.,
  Date).
* ``salary_sms``: the bank's SMS alerts in a phone's messages app (sender VM- / AD- / JD-HDFCBK, ICICIB, AXISBK,
  KOTAKB, SBIINB, MAHABK) for staff salaries and technicians' advances: "<sum> debited from A/c XX<n> / on <day> to
  <staff> / via IMPS. Ref <n>. / via NEFT. UTR <n>. / Avl Bal ... / Not you? Call ...", "Your IMPS txn of <sum> to
  <staff> / on <day> has failed. Ref <n>. / Amount debited, if any, will be reversed ..." and "IMPS of <sum> to
  <staff> from A/c XX<n> / on <day> is under process. Ref <n>."; the staff member in capitals on some.
* ``rent_receipt``: the rent for the shop-office and the godown (serif): five landlords' RENT RECEIPT / Rent Receipt
  ("Received with thanks from Jalsetu Aqua Services Pvt Ltd", Landlord / Owner / Lessor <name> with Shri / Smt. on
  some) and three landlord companies' RENT INVOICE (Jadhav Estates LLP, Bytco Properties Pvt Ltd, Nashik Road
  Commercial Complex on top, Bill to M/s <company>, CGST and SGST @ 9%, Invoice total): Receipt No. / No. / Invoice
  No. / Inv. No., Date / Dated, Premises, Rent for <month>, Monthly rent, Less: TDS u/s 194-I(b) @ 10% where the rent
  is 50,000 or more, Net amount received / Amount received / Cheque amount, the sum in words, Mode NEFT (UTR) / UPI
  (UPI Ref No.) / Cash / Cheque (Cheque No., Drawn on); RENT RECEIVED / PAID / CHEQUE RETURNED - INSUFFICIENT FUNDS /
  CHEQUE RECEIVED - SUBJECT TO CLEARANCE.
* ``tax_challan``: tax payments in a browser: the GST portal's Payment Receipt (GSTIN, Legal name, CPIN, CIN, BRN,
  Tax period, CGST (Tax), SGST (Tax), IGST (Tax), Total challan amount / Total amount, Mode E-Payment (Net banking) or
  NEFT/RTGS, Date of deposit / Payment date / Initiated on), the income-tax e-Pay Tax receipt for TDS (TAN, Name,
  Assessment Year, Nature of payment 194C / 194H / 194-I, CRN, CIN, BSR Code, Amount (in Rs.), Mode of payment,
  Payment date / Failed on) and MahaGST's profession tax (PTRC) e-Payment receipt (PTRC No., Name of dealer, Period,
  Tax (n employees x 200), Amount, GRN, Bank CIN, Payment mode, Payment date); Payment successful / Paid / Payment
  failed / Awaiting credit from RBI - NEFT.

Faces: heldout119's (SCREEN_FACES for the UPI apps, the fuel and FASTag pages and the SMS alerts, SLIP_FACES for the
card slips, BILL_FACES for the field receipts and the rent, PAPER_FACES for the distributors' invoices, PAGE_FACES for
the portals, mails, transfers, laboratories and challans). Frames: heldout158's ``compose``. Seeds
``heldout166-<i>``.

Truth conventions (README "Receipt fields", as heldout152, heldout156 and heldout158 quote them; *settled* where this
set chose):

* merchant_name: the one paid, as printed: the franchise under Paid to / To / Sent to / Paying to on a household's UPI
  screen (never the UPI ID, the app or the payer's bank), in capitals on its card slip (never the terminal's maker or
  the EMI slip's ISSUER), on top of its own receipt book (never the customer under Received from, the technician or
  the brand in "Authorised service franchise - AquaVeda"); the distributor on top of its invoice (never M/s the
  franchise under Buyer / Bill to); the supplier under Beneficiary / Payee / Beneficiary name as the bank prints it
  (never the Debit account or the bank's title). Never a bank, app, terminal maker, gateway or the payer.
  *settled*: a brand's dealer portal pays the brand's company under Paid to / Payee / Beneficiary (AquaVeda Purifiers
  Ltd), never the portal's title (AquaVeda Partner Connect) nor the franchise under Partner / Dealer. *settled*: the
  brand's incentive or service-claim payout pays the franchise under Paid to / Beneficiary / Partner as printed,
  never AquaVeda Purifiers Ltd on top (heldout158's platform payouts). *settled*: a water-testing laboratory's receipt
  pays the laboratory or authority on top as printed (Nashik Municipal Corporation, Maharashtra Jeevan Pradhikaran,
  Groundwater Surveys & Development Agency: a body that issues its own receipt for its own service, like heldout158's
  pollution control boards), never its department or accreditation line under it nor the franchise under Received
  from / Applicant / Customer. *settled*: a fuel slip pays the outlet on top (SAI SAMARTH PETROLEUM), never the oil
  company's dealer line under it (HPCL DEALER, INDIANOIL COCO) nor WELCOME. *settled*: a FASTag recharge through
  Bharat Connect pays the issuer's FASTag as printed under Biller (ICICI Bank FASTag, Paytm Payments FASTag), as a
  bill payment pays its biller, though a bank's name is part of it. *settled*: a salary or advance in a bank's SMS
  alert pays the staff member after "to" as the bank prints the name (capitals on some), never the bank in the sender
  id or its signature. *settled*: a landlord's rent receipt pays the landlord under Landlord / Owner / Lessor (Shri
  and Smt. are no part of the name, heldout142), the landlord company on top of its rent invoice, never M/s the
  franchise under Bill to nor "Received with thanks from ...". A GST challan, an income-tax (TDS) challan and
  MahaGST's profession tax receipt name no payee (heldout137, heldout144; *settled* for PTRC as for GST).
* amount / currency: the sum this payment moved; INR everywhere. A UPI screen's and a FASTag recharge's sum large; a
  transfer's Amount / Transfer amount / Amount (INR); an SMS's sum debited, failed or under process (never the Avl
  Bal). *settled*: a bank EMI slip's TXN AMOUNT, never the MONTHLY EMI or TOTAL WITH INTEREST (heldout158). A field
  receipt's Total / Amount received / Total received (the AMC charges with CGST and SGST) or Cheque amount; the
  portal's Amount paid / Amount (the Order value less a Credit note adjusted where printed), never the Order value
  when a credit note is adjusted; the payout's Net payout / Net amount (the Gross incentive less TDS u/s 194H), never
  the Gross; a distributor's Amount received / Paid / Received, or Amount due / Balance payable on the failed UPI, or
  Amount payable on the awaited NEFT (the rounded Invoice total / Grand total); a laboratory's Amount paid / Amount /
  Total (with GST on the private labs); a fuel slip's AMOUNT(RS): / SALE: / AMOUNT:, never the RATE or VOLUME; the
  rent's Net amount received / Amount received / Cheque amount (after TDS u/s 194-I(b) where deducted, the Invoice
  total with GST on the companies'), never the Monthly rent or the Invoice total where TDS is deducted; a GST
  challan's Total challan amount / Total amount, a TDS receipt's Amount (in Rs.), the PTRC receipt's Amount.
* status: as printed. Successes: Payment Successful, Paid successfully, Money sent, Transaction successful, APPROVED,
  TXN APPROVED, RECEIVED WITH THANKS, PAID, Payment successful, Payment received, Credited, <mode> transfer
  successful, Funds transferred successfully, Recharge successful, RENT RECEIVED, an SMS's "debited ... to <staff>"
  (*settled*: a debit alert naming the payee is a success). Failures: Payment Failed, Transaction failed, Payment
  declined, DECLINED (RESP CODE ...), CHEQUE RETURNED UNPAID, CHEQUE RETURNED - INSUFFICIENT FUNDS, Payment failed,
  Payout failed - account validation, UPI FAILED - AMOUNT DUE, <mode> transfer failed, Recharge failed, an SMS's
  "has failed". Pending: Payment Pending, Processing payment, Transaction pending, TXN PENDING, CHEQUE RECEIVED -
  SUBJECT TO REALISATION / CLEARANCE, Payment under process, Payout scheduled (*settled*), PAYMENT PENDING - NEFT
  AWAITED (*settled*: the buyer's advice of a NEFT not yet credited is pending), Transaction under process, Pending
  at beneficiary bank, Payment pending, Recharge pending, an SMS's "is under process", Awaiting credit from RBI -
  NEFT. *settled*: a fuel slip's PAID is a success.
* date: the day paid (Date & Time, Paid on, Time with a day, DATE: / DT:, Date / Dated, Inv. date, Invoice date,
  Payment date, Credited on, Value date, Transaction date, Receipt date, Date of payment, Date of deposit, an SMS's
  "on <day>"; Failed on, Attempted on, Initiated on and a payout's Scheduled for on the failures and the waits).
  *settled*: never a Rent for <month>, a Tax period / Period, a Scheme's quarter, an Assessment Year, nor the SMS
  list's own header line (a weekday and hour, or "Today", over the message: the phone's, not the bank's).
* payment_method: UPI, card, cash, cheque, "netbanking" for NEFT / RTGS / IMPS, net banking and a bank account
  debited. *settled*: a bank EMI slip is card; the portal's Corporate card card; the brand's payout by NEFT / IMPS
  and a salary SMS's IMPS / NEFT "netbanking"; a distributor's "Payment attempted UPI - failed" UPI and "Mode NEFT
  (advised by buyer)" netbanking; a laboratory's Debit card card; a FASTag recharge's Paid using UPI; a GST challan's
  NEFT/RTGS mandate and E-Payment "netbanking"; the dishonoured and awaited cheques cheque.
* transaction_id: the highest family printed (heldout152's order): a UPI reference / UTR / RRN / IMPS reference (UPI
  Ref No, UPI Reference No., UPI transaction ID, UTR, UTR No., UTR Number, RRN: / RET REF NO:, IMPS Ref No, an SMS's
  "Ref <n>" after IMPS or "UTR <n>" after NEFT, UPI REF:), then a bank reference (Bank Ref No., BRN, Bank CIN,
  Reference No. on a transfer, a B-Connect Txn No.), then a transaction / payment id (Transaction ID, Payment ID,
  Payout ID, an app's own Txn ID, a challan's CIN, MahaGST's GRN), then an approval code (APPR CODE: / AUTH CODE:),
  then an order's number (the portal's Order No. / Sales order), then a document's own number (Receipt No. / Rcpt. No.
  / No., Invoice No. / Inv. No. / Bill No., Challan No. on a laboratory's receipt, INV NO: / INVOICE: on a slip, BILL
  NO: / RECEIPT NO: / TXN NO: on a fuel slip, a GST challan's CPIN, a TDS receipt's CRN). *settled*: never a Lab Ref
  (the sample's number), a Complaint No. / Job No., a Partner code / Dealer code, a Tag ID or Vehicle no., a PTRC No.,
  a BSR Code, a cheque number, MID, TID, BATCH, a card, account or mobile number, a UPI ID, TAN, GSTIN or IFSC.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout166_families import (
    card_slip,
    compose,
    dealer_portal,
    field_receipt,
    fuel_fastag,
    household_upi,
    incentive_mail,
    rent_receipt,
    salary_sms,
    spares_invoice,
    supplier_transfer,
    tax_challan,
    water_test,
)

SPLIT = "heldout166"

FAMILIES: list[Family] = [
    ("household_upi", household_upi, SCREEN_FACES),
    ("card_slip", card_slip, SLIP_FACES),
    ("field_receipt", field_receipt, BILL_FACES),
    ("dealer_portal", dealer_portal, PAGE_FACES),
    ("incentive_mail", incentive_mail, PAGE_FACES),
    ("spares_invoice", spares_invoice, PAPER_FACES),
    ("supplier_transfer", supplier_transfer, PAGE_FACES),
    ("water_test", water_test, PAGE_FACES),
    ("fuel_fastag", fuel_fastag, SCREEN_FACES),
    ("salary_sms", salary_sms, SCREEN_FACES),
    ("rent_receipt", rent_receipt, BILL_FACES),
    ("tax_challan", tax_challan, PAGE_FACES),
]


def make_heldout166_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout166 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
