"""heldout69: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout69).

Families (8 receipts each), drawn away from heldout2 to heldout68's layouts: the mixed bag a marketplace's users
upload most, from India, the UK, the US, Ireland and the euro area (German, French, Dutch and Italian pages beside
English ones) in rupees, pounds, dollars and euros with their groupings, marks and codes. Half are everyday payments
(a bank transfer's confirmation in the payer's online banking, a pharmacy's till slip, a fuel station's terminal
slip, a food delivery app's order, a city bus, tram or metro ticket, a supermarket's till slip) and half kinds
rarely seen (a payment app's screen in POP UPI, BharatPe, Zilch, Apple Cash, Bluecode or Wero, a bike share ride, a
gas bottle's or LPG cylinder's refill, a prepaid mobile top-up voucher from a shop's terminal, a water bill's
payment, a second-hand marketplace's order with buyer protection). Their pages name people and businesses that are
not the payee (a payer, a patient and a prescriber, a rider, a restaurant behind a delivery app, a seller and a
buyer, a consumer and a delivery person, an account holder, the payer's bank), print other days (a ticket's
validity, a billing period and a due date, a cylinder's booking, a top-up's validity, an expected credit, a day
the seller ships by) and other numbers and amounts (IBANs, sort codes, IFSC and routing numbers, account, consumer,
booking, meter, bike, listing, machine, terminal and loyalty numbers, a voucher's PIN and serial, a payer's typed
invoice reference; unit prices per litre, tax included, cash tendered and change, a wallet or account balance
after, a cashback, a subsidy credited to a bank account, a bank's charge, arrears inside a total), and word
outcomes as successes, failures and waits (heldout68's outcomes; a slip's APPROVED / DECLINED / GENEHMIGT /
ABGELEHNT / ACCEPTE / REFUSE / AKKOORD / GEWEIGERD / AUTORIZZATA / NEGATA).

Truth conventions (README "Receipt fields"):

* amount: the sum paid or attempted, fees, tips, deposits on bottles and postage included, discounts and promos
  taken off, as "1234.50"; never a unit price, a tax, tendered cash, change, a balance after, a cashback or a
  subsidy. currency: its ISO code.
* date: the day paid (or tried) as printed, ISO; None where not printed. Never a validity, billing period, due
  date, booking day, expected credit or ship-by day.
* payment_method: "UPI", "card", "wallet", "netbanking", "cash" from the printed way to pay (a slip's masked card
  is a card; a bank transfer's IMPS / NEFT / RTGS / Faster Payment / Zelle / ACH / SEPA is net banking); None
  where none is printed.
* status: only where words state the outcome; None otherwise.
* transaction_id: at most one, as printed (a receipt's, order's, ride's, ticket's, cash memo's or transfer's own
  number); never an account, IBAN, meter, consumer, booking, listing, bike, PIN, serial, terminal or invoice
  reference the payer typed.
* merchant_name: who was paid, as printed: the name on top (the pharmacy, station, supermarket, delivery app,
  transit operator, bike scheme, gas distributor, top-up shop line, water utility, marketplace); on a payment app's
  screen the payee under its label, on a bank transfer the beneficiary (never the app or the bank).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout69_families import (
    app_screen,
    bank_transfer,
    bike_share_ride,
    food_delivery,
    fuel_slip,
    gas_bottle,
    mobile_topup,
    pharmacy_till,
    preloved_order,
    supermarket_till,
    transit_ticket,
    water_bill,
)

SPLIT = "heldout69"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype); the monospaced ones draw till and
# terminal slips where a family has both kinds of page.
APP_FACES = ["noto/NotoSans-Regular.ttf", "dejavu/DejaVuSans.ttf", "liberation2/LiberationSans-Regular.ttf"]
BANK_FACES = [
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "freefont/FreeSans.ttf",
]
PHARMACY_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
]
FUEL_FACES = ["freefont/FreeMono.ttf", "noto/NotoSansMono-Regular.ttf", "dejavu/DejaVuSansMono-Bold.ttf"]
DELIVERY_FACES = ["noto/NotoSans-Bold.ttf", "liberation2/LiberationSans-Regular.ttf", "freefont/FreeSans.ttf"]
TRANSIT_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
]
GROCER_FACES = [
    "liberation/LiberationMono-Regular.ttf",
    "freefont/FreeMonoBold.ttf",
    "dejavu/DejaVuSansMono.ttf",
]
BIKE_FACES = [
    "dejavu/DejaVuSansCondensed-Bold.ttf",
    "noto/NotoSans-Italic.ttf",
    "liberation2/LiberationSans-Bold.ttf",
]
GAS_FACES = ["freefont/FreeSerif.ttf", "dejavu/DejaVuSerif.ttf", "noto/NotoSerif-Regular.ttf"]
TOPUP_FACES = [
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "liberation/LiberationMono-Regular.ttf",
]
WATER_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
]
PRELOVED_FACES = ["noto/NotoSans-Regular.ttf", "freefont/FreeSansBold.ttf", "dejavu/DejaVuSans-Oblique.ttf"]
FAMILIES: list[Family] = [
    ("app_screen", app_screen, APP_FACES),
    ("bank_transfer", bank_transfer, BANK_FACES),
    ("pharmacy_till", pharmacy_till, PHARMACY_FACES),
    ("fuel_slip", fuel_slip, FUEL_FACES),
    ("food_delivery", food_delivery, DELIVERY_FACES),
    ("transit_ticket", transit_ticket, TRANSIT_FACES),
    ("supermarket_till", supermarket_till, GROCER_FACES),
    ("bike_share_ride", bike_share_ride, BIKE_FACES),
    ("gas_bottle", gas_bottle, GAS_FACES),
    ("mobile_topup", mobile_topup, TOPUP_FACES),
    ("water_bill", water_bill, WATER_FACES),
    ("preloved_order", preloved_order, PRELOVED_FACES),
]


def make_heldout69_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout69 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)
