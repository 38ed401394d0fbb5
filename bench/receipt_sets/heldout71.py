"""heldout71: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout71).

Families (8 receipts each), drawn away from heldout2 to heldout69's layouts: digital goods, subscriptions and online
services beside small traders' counter slips, from India, the UK, the US, Ireland and the euro area (German, French,
Dutch and Italian pages beside English ones) in rupees, pounds, dollars and euros with their groupings, marks and
codes. Seven are bought online (a game's credits topped up for a player in Codashop, Midasbuy, Xsolla or Razer Gold,
or a game code bought in Eneba, Gameforge, Ankama Shop, Startselect or Instant Gaming; a domain name's renewal at
BigRock, ZNetLive, 123 Reg, Names.co.uk, Porkbun, Blacknight, INWX, Gandi, TransIP or Aruba.it; an audiobook or
e-book shop's order at Kuku FM, Storytel, Audible, Libro.fm, Kobo, Thalia, Kobo by Fnac, BookBeat or IBS.it; a
security software licence from Quick Heal, K7, Scan Computers, Malwarebytes, ESET Ireland, G DATA, LDLC, Alternate or
TG Soft; a fitness app's renewal at HealthifyMe, Fittr, Runna, Fitbod, Strava, Freeletics, Virtuagym or Sweat; a
creator membership through Cosmofeed, Superprofile, Ko-fi, Patreon, Buy Me a Coffee, Steady, Tipeee or Vriend van
de Show; a freelance marketplace's order at Truelancer, Fiverr, PeoplePerHour, Upwork, Malt or Addlance) and five
are paper from a counter (a street-food stall's printed token, a rubber stamp maker's order slip, a Christmas tree
stall's slip, a luggage repair counter's ticket, a racket stringer's slip). Their pages name people and businesses
that are not the payee (a player and a game's publisher, an account holder and a registrant, authors, narrators and
a gift's recipient, a licensee and the publisher a reseller sells for, a member and a coach, a creator, a freelancer
and a client, a customer's firm on a stamp's text, an airline, a player at a club), print other days (a domain's new
and old expiry, a plan's or a licence's period, an auto-renewal, a trial's end, a next renewal or charge, a retry
after a failure, a gift's delivery or start, a delivery due, a day ready, an earlier advance's day, a delivery day and
a collection after Christmas, a racket's last stringing) and other numbers and amounts (player, customer, member,
patron and subscription ids, redeem codes, licence keys, a device's IMEI, ISBNs, a tree's tag, a bag's tag and an
airline's PIR reference, FSSAI, trading and tax numbers, a club's member number; bonus credits, a list price, RRP
and next year's price, credits and account credit applied, a plan's refund paid apart, a tip, service fees with
their VAT or GST, tax included or added, an order's value and its balance, a refundable stand deposit, cash tendered
and change), and word outcomes as successes, failures and waits (heldout68's outcomes with the families' own: Top-up
successful, Aufladung fehlgeschlagen, Renewal payment failed; a slip's APPROVED / DECLINED / GENEHMIGT / ABGELEHNT
/ ACCEPTE / REFUSE / AKKOORD / GEWEIGERD / AUTORIZZATA / NEGATA).

Truth conventions (README "Receipt fields"):

* amount: the sum paid or attempted, fees, tips, delivery, urgent charges, a stand's deposit and tax added included,
  discounts, promos, credits and account credit taken off, as "1234.50"; on a slip that takes an advance, the
  advance; on one that takes the balance after an advance, the balance. Never a list price, RRP, a member price's
  list price, bonus credits, next year's price, a refund paid apart, tax shown apart from a price that includes it,
  an order's full value beside the advance, tendered cash or change. currency: its ISO code.
* date: the day paid (or tried) as printed, ISO; None where not printed. Never an expiry, a period, an
  auto-renewal, a trial's end, a next renewal or charge, a retry, a gift's delivery or start, a delivery due, a day
  ready, an earlier advance's day, a delivery day, a collection or a last stringing.
* payment_method: "UPI", "card", "wallet", "netbanking", "cash" from the printed way to pay (a slip's masked card
  is a card; a Razer Gold wallet is a wallet); None where none is printed.
* status: only where words state the outcome; None otherwise (terms that funds are held until a client approves
  state none).
* transaction_id: at most one. A paper slip prints one number of its own (a token's number in large type, a bill's,
  an order's, a memo's, a receipt's or a ticket's), the id where printed. An online page prints up to three: the
  payment's reference (Transaction ID / Payment ID / a gateway's ``ch_…`` or ``pay_…`` charge id, kept in its
  printed case), the order's number and the invoice's or receipt's number; the id is the payment's reference where
  printed, else the order's number, else the invoice's. Never a player, customer, member, patron or subscription id,
  a redeem code, a licence key, an IMEI, an ISBN, a tag, a PIR reference, a licence, trading or tax number, a club's
  member number.
* merchant_name: who was paid, as printed on top: the top-up or code shop, the registrar, the audiobook or e-book
  shop, the seller of the licence (a reseller, never the publisher), the fitness app, the membership platform (never
  the creator), the freelance marketplace (never the freelancer), the stall, the stamp maker, the tree stall, the
  luggage repairer, the stringer.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout71_families import (
    audiobook_order,
    christmas_tree_stall,
    creator_membership,
    domain_renewal,
    fitness_app_renewal,
    freelance_order,
    game_credit_topup,
    luggage_repair,
    racket_stringing,
    rubber_stamp_order,
    security_licence,
    street_food_token,
)

SPLIT = "heldout71"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype); the counter slips print in
# monospaced and serif faces, the online pages in sans faces.
GAME_FACES = ["noto/NotoSans-Bold.ttf", "dejavu/DejaVuSans.ttf", "liberation2/LiberationSans-Regular.ttf"]
DOMAIN_FACES = [
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "noto/NotoSans-Regular.ttf",
]
BOOK_FACES = ["noto/NotoSerif-Regular.ttf", "freefont/FreeSans.ttf", "dejavu/DejaVuSans.ttf"]
SECURITY_FACES = [
    "freefont/FreeSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
FITNESS_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans-Bold.ttf",
    "liberation2/LiberationSans-Bold.ttf",
]
CREATOR_FACES = ["dejavu/DejaVuSans.ttf", "noto/NotoSans-Italic.ttf", "freefont/FreeSansBold.ttf"]
FREELANCE_FACES = [
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans-Oblique.ttf",
]
STALL_FACES = ["freefont/FreeMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf", "noto/NotoSansMono-Regular.ttf"]
STAMP_FACES = ["freefont/FreeSerif.ttf", "dejavu/DejaVuSerif.ttf", "liberation/LiberationMono-Regular.ttf"]
TREE_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeMonoBold.ttf",
]
LUGGAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "freefont/FreeSerif.ttf",
]
STRING_FACES = [
    "noto/NotoSansMono-Regular.ttf",
    "dejavu/DejaVuSansCondensed-Bold.ttf",
    "freefont/FreeMono.ttf",
]
FAMILIES: list[Family] = [
    ("game_credit_topup", game_credit_topup, GAME_FACES),
    ("domain_renewal", domain_renewal, DOMAIN_FACES),
    ("audiobook_order", audiobook_order, BOOK_FACES),
    ("security_licence", security_licence, SECURITY_FACES),
    ("fitness_app_renewal", fitness_app_renewal, FITNESS_FACES),
    ("creator_membership", creator_membership, CREATOR_FACES),
    ("freelance_order", freelance_order, FREELANCE_FACES),
    ("street_food_token", street_food_token, STALL_FACES),
    ("rubber_stamp_order", rubber_stamp_order, STAMP_FACES),
    ("christmas_tree_stall", christmas_tree_stall, TREE_FACES),
    ("luggage_repair", luggage_repair, LUGGAGE_FACES),
    ("racket_stringing", racket_stringing, STRING_FACES),
]


def make_heldout71_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout71 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)
