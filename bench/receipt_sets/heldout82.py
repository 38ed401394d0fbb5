"""heldout82: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout82).

Families (8 receipts each), drawn away from heldout2 to heldout81's layouts: the commonest uploads of the product's
main market, India, in new designs, all in rupees (₹, Rs., Rs, INR; lakh grouping on most pages, Western or plain
grouping on the rest, whole rupees without paise on a share of app screens): a newer UPI app's payment screen (Navi,
super.money, Kiwi, MobiKwik, Jupiter; the sum or the payee first), a UPI payment's status tracker after it failed or
stuck (Google Pay, PhonePe, BHIM, iMobile Pay, YONO SBI, Paytm; a timeline of steps, an error code, a complaint's
ticket), a UPI debit's detail in a bank app's account statement (Canara ai1, Union Vyom, PNB ONE, IndusMobile, IDFC
FIRST Bank, FedMobile, bob World; the UPI/DR/... narration), an Android smart terminal's charge slip (Razorpay POS /
Ezetap, Mswipe, Pine Labs Plutus Smart, PayU POS on an acquiring bank's slip; a card SALE or a UPI / BHARAT QR SALE),
a net banking IMPS / NEFT / RTGS acknowledgement page under a browser's address bar (Kotak, IDFC FIRST, Yes Bank,
IndusInd, Bank of Baroda, Union Bank, Federal Bank), a Bharat BillPay agent outlet's thermal slip (Spice Money,
PayNearby, Fino, CSC, Airtel Payments Bank outlets paying electricity, water, gas, DTH, broadband and FASTag billers),
a wallet's add-money screen (Amazon Pay, MobiKwik, PhonePe, Airtel Thanks, Freecharge), a fuel station's automation
slip (jio-bp, Shell, Nayara, IndianOil, BPCL, HPCL), a supermarket's or generic pharmacy's till bill with a GST
breakup table (Vishal Mega Mart, Ratnadeep, LuLu Hypermarket, Nilgiris, Heritage Fresh, Nature's Basket, Davaindia,
Janaushadhi Kendra), a marketplace's A4 tax invoice (Nykaa, AJIO, Meesho, Tata CLiQ, JioMart, FirstCry, Pepperfry),
a restaurant chain's own delivery app order (Domino's, McDelivery, EatSure, Box8, KFC, Burger King, magicpin) and a
cab company's ride receipt as a screen or an e-mail (Namma Yatri, inDrive, Meru, Savaari, Mega Cabs). Their pages
print, besides the truths, people who are not the payee (payers, senders, account holders, remitters, customers,
buyers, cashiers, attendants, drivers), the payer's UPI id, masked accounts and cards, IFSCs, other days (a refund
or resolution day, the day a complaint was raised, a value day on the same day, a bill's date, due date and period,
an invoice date after the order), other numbers (complaint and ticket ids, the app's reference beside a UPI one,
MID, TID, batch numbers, AID and TC, agent and biller ids, consumer, CA, K, BP, subscriber and account numbers,
vehicle plates, mobiles, GSTINs, PANs, FSSAI and drug licence numbers, HSN codes, FIP and nozzle numbers) and other
amounts (cashback, SuperCash, Kiwis and Jewels, balances after a debit, new wallet balances, monthly limits left,
transfer charges with GST, convenience fees, tips, rates per litre and volumes, gross totals, discounts, round offs,
You Saved, cash tendered and change, GST breakup tables, line totals, delivery and packaging charges, taxes, coupons,
fare lines), and word outcomes as successes, failures and waits on a share (as a heading, beside a status label, on a
slip's line of its own) or none. Dates: one pattern per page, day first (or ISO, or a month name first on a share of
screens and slips). Faces: the project's installed faces (Noto, DejaVu, Liberation, FreeFont): sans faces on screens
and e-mails, monospaced ones on slips, sans and serif on web and A4 pages; ₹ only in faces that hold it (Noto Sans,
Noto Serif, Noto Sans Mono, DejaVu), else Rs. or INR. Degradations as heldout66 (``heldout14_render.degrade``;
screens are always photographed off the display, ``_screen_photo``).

Truth conventions (README "Receipt fields"):

* amount: what this page charged (or tried to charge) now, as "1234.50" (whole rupees printed without paise are
  "450.00"): a UPI app's large sum (never a cashback or reward); a status tracker's sum tried; a statement's debit
  (never the balance); a slip's TOTAL / TOTAL AMOUNT with its TIP, else its AMOUNT / SALE AMOUNT (never the BASE
  AMOUNT where a tip is added); a transfer's Amount / Transfer amount (never the charges, their GST or the available
  balance); a BillPay slip's Total Amount with the convenience fee, else its Bill Amount / Recharge Amount; the sum
  added to a wallet, or the Total debited / Amount paid where a card fee is added (never the new balance or a limit);
  a fuel slip's AMOUNT / SALE AMT (never the rate or the volume); a till's Net Amount / NET PAYABLE / Bill Amount /
  NET AMT after discount and round off (never the gross or MRP total, You Saved, the GST table, cash tendered or
  change); an invoice's Grand Total / Invoice Total / Total Amount (never a line's gross or taxable value); an
  order's Grand total / To pay / Total paid / Bill total (charges and taxes in, a coupon off; never the Item total); a
  ride's Total fare / Total / Amount paid (never a fare line). currency: always INR.
* date: the day paid (or tried) as printed, ISO: a UPI screen's "9:41 PM on 14 Mar 2025" line or its Date & time /
  Paid on / Transaction date / Date; a tracker's Date & time / Date / Initiated on; a statement's Transaction date /
  Txn date / Date (a Value date on the same day beside it); a slip's DATE, DT: or DATE: line; a transfer's
  Transaction date / Date & time / Transfer date; a BillPay slip's Txn Date / Transaction Date & Time / Date; Added
  on; a till's Date / Bill Dt / Dt; an invoice's Order Date / Ordered on; an order's Ordered on / Order placed on /
  Date; a ride's Date / Paid on / Receipt date. None where not printed. Never Refund by, Expected by, Raised on, Bill
  Date, Due Date, Bill Period, Invoice Date.
* payment_method: "UPI", "card", "netbanking", "wallet", "cash" from the printed way paid: a UPI app's, tracker's or
  statement's page always names UPI; a slip's card SALE is a card, its UPI / BHARAT QR SALE UPI; a net banking
  transfer (IMPS, NEFT, RTGS) is netbanking; a BillPay slip's Payment Mode (Cash, CASH, UPI, Debit Card); a wallet
  top-up's Paid using / Source / Funded from / Paid via (a card, UPI with an id, Net Banking - bank), never the
  wallet topped up; a fuel slip's PAYMENT MODE / MODE / PAID BY (CASH, CARD, UPI); a till's tender (CASH, CARD,
  UPI); an invoice's mode (Prepaid - UPI, UPI, Prepaid - Credit Card, Debit Card, Cash on Delivery, COD, Net Banking;
  a bare Prepaid names no way: None); an order's Paid via (UPI, Paytm UPI, GPay UPI, a card, Cash on Delivery, Net
  Banking, Amazon Pay Balance a wallet); a ride's Paid by (Cash, UPI, UPI (to driver), Card ending, Meru Wallet a
  wallet). None where no way is printed.
* status: only where words state the outcome; None otherwise: Payment successful, Paid successfully, Payment done,
  Payment Successful, Payment completed after re-check, Status Success / Successful / Completed, APPROVED, TXN
  APPROVED, TRANSACTION SUCCESSFUL, PAYMENT SUCCESSFUL, Transaction successful, Your fund transfer request has been
  processed successfully, Funds transferred successfully, Txn Status SUCCESS / Successful / PAID, Money added
  successfully, Top-up successful, Added successfully, Paid, Payment received - thank you! (success); Payment failed,
  Transaction failed, Payment declined by your bank, Payment declined by bank, Payment Failed, TXN DECLINED,
  DECLINED, TRANSACTION FAILED, Transfer rejected by beneficiary bank, Transaction could not be processed, FAILED,
  Failure, Add money failed, Top-up failed, Payment failed - order not placed (failed); Payment pending, Payment
  processing, Waiting for bank confirmation, Transaction pending, Awaiting bank confirmation, TXN PENDING, UPI TXN
  PENDING - VERIFY ON APP, Transaction pending with beneficiary bank, Your request is under process, PENDING, Under
  Process, Top-up pending, Adding money - this may take a few minutes, Payment pending - we'll confirm your order
  shortly, Payment in progress (pending). A heading (Transaction details, Fund Transfer - Acknowledgement, PAYMENT
  RECEIPT, TAX INVOICE, CHARGE SLIP …), PIN VERIFIED OK, SIGNATURE NOT REQUIRED, Order delivered, Delivered - enjoy
  your meal!, a till's or an invoice's thanks, or a timeline's steps state none.
* transaction_id: at most one, as printed, the strongest printed: on a UPI app's screen the UPI reference (UPI Ref
  No., UPI transaction ID, UTR, UPI Ref. ID, RRN), else the app's Transaction ID / Txn ID; on a tracker the UPI Ref
  No. / UTR / RRN / Bank reference no., else the app's ref / Transaction ID / Txn ID; on a statement the UTR (under
  UTR / RRN / Reference no. / Chq/Ref No., else inside the narration); on a slip a UPI sale's RRN / UPI REF NO, a
  card's APPR CODE / AUTH CODE / APPROVAL CODE, else the RRN, else the TXN ID, else the INVOICE NO / INV NO / BILL
  NO; on a transfer the UTR No. / UTR Number / IMPS Ref No. / RRN, else the Reference No. / Transaction Ref No. /
  Request ID; on a BillPay slip the B-Connect Txn ID / BBPS Txn Ref ID / Transaction ID; on a top-up the UPI Ref No.
  / UTR, else the Transaction ID / Top-up ID / Order ID; on a fuel slip the UPI REF / RRN / UPI REF NO, else the
  APPR CODE / AUTH CODE, else the RECEIPT NO / BILL NO / TXN NO; on a till the UPI Ref No / UPI RRN, else the Appr
  Code / Auth Code, else the Bill No / Inv No / Receipt No; on an invoice the Order ID / Order No. / Order Number,
  else the Invoice No. / Invoice Number; on an order the UPI Ref No. / UTR, else the Payment ID / Transaction ID
  (a pay_ id keeps its case), else the Order No. / Order ID / Order #; on a ride the UPI Ref No. / Transaction ID,
  else the Ride ID / Booking ID / CRN / Invoice No. Never a complaint or ticket id, an account, card or UPI id, MID,
  TID, BATCH NO, AID, TC, an Agent ID or Biller ID, a consumer, CA, K, BP, subscriber, service or account number, a
  bill number, a vehicle plate, a mobile, a GSTIN, PAN, FSSAI or DL number, an HSN code, FIP or nozzle number.
* merchant_name: the payee as printed: the shop paid on a UPI app's screen, a tracker or under a statement's To /
  Paid to / Beneficiary (never the app or bank on top, the payer, the sender or the account holder); the shop on a
  slip (never the bank or the terminal's vendor); the transfer's beneficiary (never the bank or the remitter); the
  biller under Biller Name (never Bharat BillPay, the agent network or the outlet); the wallet's app for a top-up;
  the fuel brand on top (never the dealer under it); the chain or store on top of a till (never the company under
  it); the marketplace on top of an invoice (never the seller under Sold by); the chain or app on top of an order
  (never the store under it); the cab company (never the driver).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout82_families import (
    bank_statement_upi,
    bbps_agent_slip,
    cab_receipt,
    food_order,
    fuel_slip,
    gst_till_bill,
    marketplace_invoice,
    netbanking_transfer,
    pos_charge_slip,
    upi_app_payment,
    upi_status_tracker,
    wallet_topup,
)

SPLIT = "heldout82"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype): screens and e-mails in sans faces,
# slips in monospaced ones, web and A4 pages in sans and serif faces; pages print ₹ only in faces that hold it.
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSans.ttf",
]
FAMILIES: list[Family] = [
    ("upi_app_payment", upi_app_payment, SCREEN_FACES),
    ("upi_status_tracker", upi_status_tracker, SCREEN_FACES),
    ("bank_statement_upi", bank_statement_upi, SCREEN_FACES),
    ("pos_charge_slip", pos_charge_slip, SLIP_FACES),
    ("netbanking_transfer", netbanking_transfer, PAGE_FACES),
    ("bbps_agent_slip", bbps_agent_slip, SLIP_FACES),
    ("wallet_topup", wallet_topup, SCREEN_FACES),
    ("fuel_slip", fuel_slip, SLIP_FACES),
    ("gst_till_bill", gst_till_bill, SLIP_FACES),
    ("marketplace_invoice", marketplace_invoice, PAGE_FACES),
    ("food_order", food_order, SCREEN_FACES),
    ("cab_receipt", cab_receipt, SCREEN_FACES),
]


def make_heldout82_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout82 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)
