"""The twelve heldout83 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: the commonest payment receipts of the US, the UK
and the euro area (Ireland, Germany, the Netherlands, France, Spain, Italy) in new designs: a card terminal's
customer copy with its EMV lines, a supermarket's till receipt with a loyalty scheme, a coffee shop's tablet-POS
e-mailed receipt with a tip, an online order's confirmation e-mail, a money app's transaction screen (PayPal, Venmo,
Cash App, Revolut, Wise, Monzo), a utility or phone bill's payment confirmation, a car park operator's app receipt, a
hotel folio with its payment line, a restaurant bill with a service charge and a split, a pharmacy's till receipt,
a subscription's renewal receipt e-mail and a fuel station's pay-at-pump slip. Dollars, pounds and euros ($, US$,
USD, £, GBP, €, EUR), euro pages grouped with dots or spaces before a decimal comma where the country does so. The
helpers below are this set's own (a page's country, mark, grouping and date pattern are chosen once);
``truth_fields`` states the fields exactly as the page prints them (``None`` where a field is not printed).
"""

from __future__ import annotations

import datetime as dt
import random
import string
import textwrap

from bench.receipt_sets.heldout14_values import code, day, digits, shown, truth_fields

UPPER = "".join(letter for letter in string.ascii_uppercase if letter not in "IO")
ALNUM = UPPER + "23456789"
HEX = "0123456789ABCDEF"

SCREEN = {"screen": True, "paper": (255, 255, 255), "width": 540, "size": 20}
DARK = {
    "screen": True,
    "paper": (16, 18, 24),
    "ink": (238, 238, 240),
    "accent": (130, 190, 255),
    "label_ink": (150, 156, 170),
    "width": 540,
    "size": 20,
}
EMAIL = {"screen": True, "paper": (255, 255, 255), "ink": (34, 34, 40), "width": 660, "size": 18}
WEB = {"screen": True, "paper": (247, 248, 250), "ink": (28, 32, 40), "accent": (0, 90, 150), "width": 720,
       "size": 18}
THERMAL = {"paper": (250, 249, 244), "width": 440, "size": 17}
LETTER = {"paper": (255, 255, 255), "width": 740, "size": 17}
BANDS = [(0, 48, 135), (0, 112, 186), (20, 110, 80), (190, 30, 45), (35, 35, 40), (95, 40, 150), (230, 90, 20)]

EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"]
EN_DAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DE_MONTH = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
            "November", "Dezember"]
NL_MONTH = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
            "november", "december"]
FR_MONTH = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre"]

# a country's currency, marks, groupings and the place of its mark; month first only on US pages
COUNTRIES = {
    "US": {"ccy": "USD", "marks": ["$", "$", "US$", "USD"], "groupings": ["western", "western", "plain"]},
    "UK": {"ccy": "GBP", "marks": ["£", "£", "GBP"], "groupings": ["western", "western", "plain"]},
    "IE": {"ccy": "EUR", "marks": ["€", "€", "EUR"], "groupings": ["western", "western", "plain"]},
    "DE": {"ccy": "EUR", "marks": ["€", "€", "EUR"], "groupings": ["european", "european", "comma"]},
    "NL": {"ccy": "EUR", "marks": ["€", "€", "EUR"], "groupings": ["european", "comma"]},
    "FR": {"ccy": "EUR", "marks": ["€", "€", "EUR"], "groupings": ["space", "space", "comma"]},
    "ES": {"ccy": "EUR", "marks": ["€", "€", "EUR"], "groupings": ["european", "comma"]},
    "IT": {"ccy": "EUR", "marks": ["€", "€", "EUR"], "groupings": ["european", "comma"]},
}
# one of these per page (strftime, {d} a day without its zero, {mon} a short and {month} a long month name)
PATTERNS = {
    "US": ["%m/%d/%Y", "%m/%d/%y", "{mon} {d}, %Y", "{month} {d}, %Y", "%m-%d-%Y", "%Y-%m-%d"],
    "UK": ["%d/%m/%Y", "%d/%m/%y", "{d} {mon} %Y", "{d} {month} %Y", "%d-{mon}-%Y", "%d %b %y"],
    "IE": ["%d/%m/%Y", "%d/%m/%y", "{d} {mon} %Y", "{d} {month} %Y", "%d-%m-%Y"],
    "DE": ["%d.%m.%Y", "%d.%m.%y", "{d}. {month} %Y", "%Y-%m-%d"],
    "NL": ["%d-%m-%Y", "%d-%m-%y", "{d} {month} %Y", "%d/%m/%Y"],
    "FR": ["%d/%m/%Y", "%d/%m/%y", "{d} {month} %Y"],
    "ES": ["%d/%m/%Y", "%d-%m-%Y", "%d/%m/%y"],
    "IT": ["%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y"],
}
PAYERS = {
    "US": ["Jordan Miller", "Alicia Gomez", "Tyler Brooks", "Megan O'Neal", "DeShawn Carter", "Priya Raman",
           "Kevin Nguyen", "Samantha Reyes"],
    "UK": ["Oliver Bennett", "Chloe Hughes", "Harpreet Sandhu", "James Whitfield", "Amelia Clarke", "Tom Okafor",
           "Sophie Turner", "Rhys Morgan"],
    "IE": ["Aoife Byrne", "Cian Murphy", "Niamh Kelly", "Darragh Walsh", "Siobhán Doyle", "Ronan Brennan"],
    "DE": ["Lukas Becker", "Anna Schmidt", "Jonas Wagner", "Lea Hoffmann", "Felix Schäfer", "Mia Krüger"],
    "NL": ["Daan de Vries", "Sanne Jansen", "Bram Visser", "Lotte Bakker", "Thijs Smit", "Eva Mulder"],
    "FR": ["Camille Martin", "Hugo Bernard", "Léa Dubois", "Lucas Moreau", "Manon Laurent", "Théo Girard"],
    "ES": ["Lucía García", "Pablo Fernández", "Marta López", "Javier Ruiz", "Carmen Díaz", "Álvaro Romero"],
    "IT": ["Giulia Rossi", "Marco Bianchi", "Chiara Romano", "Luca Ferrari", "Sara Colombo", "Davide Ricci"],
}
CARDS = [
    ("VISA", "A0000000031010", "Visa"), ("VISA DEBIT", "A0000000031010", "Visa Debit"),
    ("MASTERCARD", "A0000000041010", "Mastercard"), ("DEBIT MASTERCARD", "A0000000041010", "Debit Mastercard"),
    ("AMEX", "A000000025010801", "Amex"), ("MAESTRO", "A0000000043060", "Maestro"),
]


# ---------------------------------------------------------------- values


def num(value: float, grouping: str = "western") -> str:
    """``value`` with two decimals: western 1,234.50, plain 1234.50, european 1.234,50, space 1 234,50, comma
    1234,50."""
    whole, frac = f"{value:.2f}".split(".")
    if grouping == "plain":
        return f"{whole}.{frac}"
    if grouping == "comma":
        return f"{whole},{frac}"
    sep = {"western": ",", "european": ".", "space": " "}[grouping]
    body = f"{int(whole):,}".replace(",", sep)
    return f"{body}{'.' if grouping == 'western' else ','}{frac}"


class Money:
    """A page's way of printing its currency, chosen once: the mark or code, the grouping and the mark's place
    (before the sum on US, UK and Irish pages and on a share of others, after it where the country does so)."""

    def __init__(self, rng: random.Random, country: str, marks: list[str] | None = None):
        info = COUNTRIES[country]
        self.ccy = info["ccy"]
        self.mark = rng.choice(marks or info["marks"])
        self.grouping = rng.choice(info["groupings"])
        if country in ("US", "UK", "IE"):
            self.after = self.mark in ("USD", "GBP", "EUR") and rng.random() < 0.3
        elif country in ("DE", "FR", "ES"):
            self.after = rng.random() < 0.8
        else:
            self.after = rng.random() < 0.3
        self.gap = "" if self.mark in ("$", "£", "US$") or (self.mark == "€" and country == "IE") else " "

    def __call__(self, value: float, sign: str = "") -> str:
        body = num(abs(value), self.grouping)
        if self.after:
            return f"{sign}{body} {self.mark}"
        return f"{sign}{self.mark}{self.gap}{body}"

    def bare(self, value: float) -> str:
        return num(value, self.grouping)


def when_text(date: dt.date, pattern: str, months: list[str] | None = None, upper: bool = False) -> str:
    """``date`` in ``pattern``: strftime codes, ``{d}`` the day without a leading zero, ``{mon}`` an English short
    month, ``{month}`` a long month name in ``months`` (English unless given), ``{dow}`` a short weekday."""
    safe = pattern.replace("%b", "{mon}")
    text = date.strftime(safe)
    text = text.replace("{d}", str(date.day)).replace("{mon}", EN_MON[date.month - 1])
    text = text.replace("{month}", (months or EN_MONTH)[date.month - 1]).replace("{dow}", EN_DAY[date.weekday()])
    return text.upper() if upper else text


def pattern_for(rng: random.Random, country: str) -> str:
    return rng.choice(PATTERNS[country])


def later(date: dt.date, rng: random.Random, low: int, high: int) -> dt.date:
    return date + dt.timedelta(days=rng.randrange(low, high + 1))


def clock(rng: random.Random, country: str = "UK", seconds: bool = False, upper: bool = True) -> str:
    hour, minute, second = rng.randrange(7, 23), rng.randrange(60), rng.randrange(60)
    if country == "US":
        half = "PM" if hour >= 12 else "AM"
        text = f"{(hour - 1) % 12 + 1}:{minute:02d}" + (f":{second:02d}" if seconds else "")
        return f"{text} {half if upper else half.lower()}"
    return f"{hour:02d}:{minute:02d}" + (f":{second:02d}" if seconds else "")


def outcome(rng: random.Random, p_said: float, words: dict[str, list[str]], p_success=0.6, p_failed=0.25):
    """On a share of pages an outcome in the family's words: (status, words) or (None, None)."""
    if rng.random() >= p_said:
        return None, None
    roll = rng.random()
    status = "success" if roll < p_success else ("failed" if roll < p_success + p_failed else "pending")
    if not words.get(status):
        status = "success"
    return status, rng.choice(words[status])


def bar(rng: random.Random, country: str) -> tuple:
    """A phone's status bar."""
    time = clock(rng, country).replace(" AM", "").replace(" PM", "")
    return ("small", f"{time}        {rng.choice(['5G', '4G', 'LTE', 'Wi-Fi', 'EE 4G', 'Vodafone'])}   "
                     f"{rng.randrange(12, 99)}%")


def wrap(rows: list[tuple], text: str, width: int, kind: str = "left") -> None:
    for line in textwrap.wrap(text, width):
        rows.append((kind, line))


def masked(rng: random.Random, style: str = "dots") -> tuple[str, str]:
    """A card's last four and how the page masks the rest."""
    last = digits(rng, 4)
    return last, {
        "dots": f"•••• {last}", "stars": f"************{last}", "x": f"XXXX XXXX XXXX {last}",
        "ending": f"ending in {last}", "short": f"**{last}", "mid": f"··{last}",
    }[style]


def done(name, total, currency, txn, dated, method, status) -> dict:
    return truth_fields(name, round(total, 2), currency, txn, dated, method, status)


def split_cents(total: float, parts: int) -> list[float]:
    """``total`` split into ``parts`` shares in whole cents, the last one taking the odd cents."""
    cents = int(round(total * 100))
    share = cents // parts
    shares = [share] * (parts - 1) + [cents - share * (parts - 1)]
    return [s / 100 for s in shares]


# ---------------------------------------------------------------- 1 a card terminal's customer copy


TERMINAL_SHOPS = {
    "US": [("THE CORNER TAP", "412 N MAIN ST", "ANN ARBOR MI 48104"), ("MESA VERDE TAQUERIA", "1880 E COLFAX AVE",
           "DENVER CO 80218"), ("HARBOR HARDWARE", "77 WATER ST", "PORTLAND ME 04101"),
           ("BLUE RIDGE BIKE CO", "305 W MAIN ST", "CHARLOTTESVILLE VA 22903")],
    "UK": [("THE RED LION", "14 HIGH STREET", "MARLOW SL7 1AX"), ("KIRKGATE NEWS & CARDS", "3 KIRKGATE",
           "WAKEFIELD WF1 1HS"), ("PEDAL & SPOKE", "220 GLOUCESTER RD", "BRISTOL BS7 8NZ"),
           ("MAISON BLOSSOM FLORIST", "9 CHURCH ST", "HARROGATE HG1 1SB")],
    "IE": [("THE HAPPY PEAR", "MAIN STREET", "GREYSTONES CO WICKLOW"), ("O'BRIEN'S BUTCHERS", "12 SHOP ST",
           "GALWAY H91 X2E7"), ("KENNY'S BOOKSHOP", "LISLOUGHREY", "GALWAY")],
    "DE": [("CAFE KANDL", "Bergmannstr. 21", "10961 Berlin"), ("BUCHHANDLUNG LESEZEICHEN", "Lindwurmstr. 88",
           "80337 München"), ("RADHAUS NORD", "Eppendorfer Weg 45", "20259 Hamburg")],
    "NL": [("DE WAAG BRASSERIE", "Nieuwmarkt 4", "1012 CR Amsterdam"), ("FIETSENMAKER VAN DAM", "Vismarkt 9",
           "3511 KK Utrecht"), ("KAASHANDEL DE GRAAF", "Markt 17", "2611 GS Delft")],
    "FR": [("BOULANGERIE DU MARCHE", "12 rue de la Paix", "69002 LYON"), ("LE PETIT ZINC", "8 place du Forum",
           "51100 REIMS"), ("LIBRAIRIE DES QUAIS", "31 quai Voltaire", "75007 PARIS")],
}
TERMINALS = ["Verifone V400m", "Ingenico Move/5000", "SumUp Solo", "Clover Flex", "Worldline Saturn 1000",
             "Adyen AMS1", "Dojo Go", "PAX A920"]
TERMINAL_WORDS = {
    "en": {"copy": ["CUSTOMER COPY", "CARDHOLDER COPY", "** CUSTOMER RECEIPT **"], "sale": ["SALE", "PURCHASE"],
           "amount": ["AMOUNT", "PURCHASE", "SALE AMOUNT"], "tip": ["GRATUITY", "TIP"], "total": ["TOTAL"],
           "auth": ["AUTH CODE", "AUTH NO", "APPROVAL CODE", "APPR CODE"], "ref": ["RRN", "REF NO"],
           "no": ["RECEIPT NO", "TRANS NO", "SEQ NO"], "mid": ["MERCHANT ID", "MID"], "tid": ["TERMINAL ID", "TID"],
           "date": "DATE", "time": "TIME", "keep": ["PLEASE RETAIN FOR YOUR RECORDS", "PLEASE KEEP THIS RECEIPT"],
           "cvm": ["PIN VERIFIED", "NO CARDHOLDER VERIFICATION", "SIGNATURE NOT REQUIRED"],
           "success": ["APPROVED", "AUTHORISED", "APPROVED - THANK YOU"], "failed": ["DECLINED", "NOT AUTHORISED",
                                                                                     "CARD DECLINED"],
           "entry": ["CONTACTLESS", "CHIP", "ICC", "TAP"]},
    "de": {"copy": ["KUNDENBELEG", "Kundenbeleg"], "sale": ["Kartenzahlung", "Zahlung"], "amount": ["Betrag",
           "BETRAG"], "tip": ["Trinkgeld"], "total": ["Gesamt", "GESAMT"], "auth": ["Genehmigungs-Nr.",
           "Autorisierungs-Nr."], "ref": ["Trace-Nr."], "no": ["Beleg-Nr.", "Beleg"], "mid": ["Händler-ID",
           "VU-Nr."], "tid": ["Terminal-ID", "TID"], "date": "Datum", "time": "Uhrzeit",
           "keep": ["Bitte Beleg aufbewahren"], "cvm": ["PIN ok", "Kontaktlos"],
           "success": ["Zahlung erfolgt", "GENEHMIGT"], "failed": ["Zahlung abgelehnt", "ABGELEHNT"],
           "entry": ["kontaktlos", "Chip"]},
    "nl": {"copy": ["KLANTTICKET", "Klantticket"], "sale": ["BETALING", "Betaling"], "amount": ["Bedrag",
           "BEDRAG"], "tip": ["Fooi"], "total": ["Totaal", "TOTAAL"], "auth": ["Autorisatiecode", "Autorisatie"],
           "ref": ["Referentie"], "no": ["Transactienr.", "Volgnr."], "mid": ["Merchant", "Acceptant"],
           "tid": ["Terminal", "POI"], "date": "Datum", "time": "Tijd", "keep": ["Bewaar dit ticket"],
           "cvm": ["Pincode ok", "Contactloos"], "success": ["Akkoord", "BETALING GESLAAGD"],
           "failed": ["Geweigerd", "BETALING MISLUKT"], "entry": ["Contactloos", "Chip"]},
    "fr": {"copy": ["TICKET CLIENT", "TICKET CLIENT A CONSERVER"], "sale": ["DEBIT", "VENTE"],
           "amount": ["MONTANT", "Montant"], "tip": ["Pourboire"], "total": ["TOTAL"], "auth": ["No AUTO",
           "Num. autorisation"], "ref": ["Ref."], "no": ["No ticket", "Ticket n°"], "mid": ["No commerçant",
           "Commerçant"], "tid": ["TPE", "No TPE"], "date": "Date", "time": "Heure",
           "keep": ["A CONSERVER"], "cvm": ["CODE CONFIDENTIEL VERIFIE", "SANS CONTACT"],
           "success": ["PAIEMENT ACCEPTE", "ACCEPTE"], "failed": ["PAIEMENT REFUSE", "REFUSE"],
           "entry": ["SANS CONTACT", "PUCE"]},
}


def terminal_slip(rng: random.Random, font: str):
    """A card terminal's customer copy (Verifone, Ingenico, SumUp, Clover, Worldline, Adyen, Dojo, PAX) in the US,
    the UK, Ireland, Germany, the Netherlands or France, in English or on a share of euro pages in the country's
    words: the shop, its address and city on top (the payee; the terminal's maker only in the footer), MID and TID,
    the date and time, the sale, the card's scheme and masked number, PAN SEQ, the entry mode, AID, TVR, TSI, ATC
    and the application cryptogram, the sum (with a gratuity and a total on a share), the approval code, an RRN and
    the slip's own number on shares, the cardholder verification, APPROVED / DECLINED words on a share. The id is
    the approval code, else the RRN, else the slip's own number."""
    country = rng.choice(sorted(TERMINAL_SHOPS))
    lang = "en" if country in ("US", "UK", "IE") or rng.random() < 0.4 else country.lower()
    w = TERMINAL_WORDS[lang]
    name, street, city = rng.choice(TERMINAL_SHOPS[country])
    m = Money(rng, country)
    when = day(rng)
    pattern = pattern_for(rng, country)
    months = {"de": DE_MONTH, "nl": NL_MONTH, "fr": FR_MONTH}.get(lang)
    rows: list[tuple] = [("title", name), ("center", street), ("center", city)]
    if shown(rng, 0.5):
        rows.append(("small", rng.choice(["TEL ", "Tel. "]) + digits(rng, 3) + " " + digits(rng, 3) + " "
                     + digits(rng, 4)))
    rows.append(("rule",))
    rows.append(("center", rng.choice(w["copy"])))
    rows.append(("pair", rng.choice(w["mid"]), digits(rng, rng.choice([8, 10, 15]))))
    rows.append(("pair", rng.choice(w["tid"]), code(rng, 8, "0123456789")))
    dated = None
    if shown(rng, 0.05):
        stamp = when_text(when, pattern, months, upper=lang == "en" and rng.random() < 0.5)
        if rng.random() < 0.5:
            rows.append(("pair", w["date"], stamp))
            rows.append(("pair", w["time"], clock(rng, country, seconds=True)))
        else:
            rows.append(("left", f"{stamp}   {clock(rng, country)}"))
        dated = when
    rows.append(("rule",))
    scheme, aid, _ = rng.choice(CARDS if country != "FR" else CARDS + [("CB", "A0000000421010", "CB")])
    last, pan = masked(rng, rng.choice(["stars", "x"]))
    rows.append(("title", rng.choice(w["sale"])))
    rows.append(("left", scheme))
    rows.append(("left", pan))
    if shown(rng, 0.5):
        rows.append(("pair", "PAN SEQ", f"0{rng.randrange(0, 3)}"))
    rows.append(("left", rng.choice(w["entry"])))
    rows.append(("pair", "AID", aid))
    if shown(rng, 0.3):
        rows.append(("pair", "TVR", rng.choice(["0000000000", "0000008000", "0080008000", "0000048000"])))
        rows.append(("pair", "TSI", rng.choice(["E800", "6800", "F800", "0000"])))
    if shown(rng, 0.5):
        rows.append(("pair", "ATC", code(rng, 4, HEX)))
        rows.append(("pair", rng.choice(["AC", "ARQC", "TC"]), code(rng, 16, HEX)))
    base = round(rng.uniform(3.5, 240.0), 2)
    total = base
    roll = rng.random()
    status_kind = "failed" if roll < 0.12 else "success"
    rows.append(("rule",))
    if status_kind == "success" and shown(rng, 0.65):
        tip = round(base * rng.choice([0.1, 0.12, 0.15, 0.18, 0.2]), 2)
        total = round(base + tip, 2)
        rows.append(("pair", rng.choice(w["amount"]), m(base)))
        rows.append(("pair", rng.choice(w["tip"]), m(tip)))
        rows.append(("pair", rng.choice(w["total"]), m(total)))
    else:
        rows.append(("pair", rng.choice(w["amount"] + w["total"]), m(total)))
    rows.append(("rule",))
    txn = None
    number = f"{rng.randrange(1, 9999):04d}"
    if shown(rng, 0.5):
        rows.append(("pair", rng.choice(w["no"]), number))
        txn = number
    if shown(rng, 0.7):
        rrn = digits(rng, 12)
        rows.append(("pair", rng.choice(w["ref"]), rrn))
        txn = rrn
    status = None
    if status_kind == "failed":
        status = "failed"
        rows.append(("big", rng.choice(w["failed"])))
        if lang == "en" and shown(rng, 0.5):
            rows.append(("center", rng.choice(["RESPONSE CODE 05", "RESP 51 INSUFFICIENT FUNDS",
                                               "PLEASE USE ANOTHER CARD"])))
    else:
        if shown(rng, 0.15):
            appr = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, "0123456789" + "ABCDEFHJK")
            rows.append(("pair", rng.choice(w["auth"]), appr))
            txn = appr
        rows.append(("center", rng.choice(w["cvm"])))
        if shown(rng, 0.45):
            status = "success"
            rows.append(("big", rng.choice(w["success"])))
    rows.append(("center", rng.choice(w["keep"])))
    rows.append(("small", rng.choice(TERMINALS)))
    return rows, done(name, total, m.ccy, txn, dated, "card", status), dict(THERMAL)


# ---------------------------------------------------------------- 2 a supermarket's till receipt with loyalty


TILL_CHAINS = {
    "UK": [("Tesco", "Tesco Stores Ltd", "Clubcard", "Clubcard Price"), ("Sainsbury's", "Sainsbury's Supermarkets Ltd",
           "Nectar", "Nectar Price"), ("Co-op", "Co-operative Group Food Ltd", "Co-op Membership", "Member Price"),
           ("Morrisons", "Wm Morrison Supermarkets Ltd", "More Card", "More Card Price")],
    "US": [("Kroger", "The Kroger Co.", "Plus Card", "KROGER SAVINGS"), ("Safeway", "Safeway Inc.", "Club Card",
           "CLUB CARD SAVINGS"), ("Target", "Target Corporation", "Target Circle", "CIRCLE OFFER"),
           ("Publix", "Publix Super Markets, Inc.", "Club Publix", "PUBLIX SAVINGS")],
    "IE": [("Dunnes Stores", "Dunnes Stores Unlimited Co.", "Value Club", "Value Club Saving"),
           ("SuperValu", "Musgrave Operating Partners Ireland", "Real Rewards", "Real Rewards Offer")],
    "DE": [("REWE", "REWE Markt GmbH", "PAYBACK", "Bonus-Rabatt"), ("EDEKA", "EDEKA Südwest Stiftung & Co. KG",
           "DeutschlandCard", "Aktionsrabatt"), ("Lidl", "Lidl Vertriebs-GmbH & Co. KG", "Lidl Plus", "Lidl Plus Rabatt")],
    "NL": [("Albert Heijn", "Albert Heijn B.V.", "Bonuskaart", "BONUS"), ("Jumbo", "Jumbo Supermarkten B.V.",
           "Extra's", "Jumbo korting")],
}
TILL_ITEMS = {
    "en": ["Semi Skimmed Milk 2L", "Sourdough Loaf", "Free Range Eggs x6", "Bananas Loose", "Cheddar Mature 400g",
           "Chicken Breast 650g", "Basmati Rice 1kg", "Greek Yoghurt 500g", "Orange Juice 1L", "Baby Spinach",
           "Pasta Fusilli 500g", "Washing Up Liquid", "Coffee Beans 227g", "Tomatoes Vine"],
    "us": ["2% Milk 1 Gal", "Honey Wheat Bread", "Large Eggs 12ct", "Bananas", "Sharp Cheddar 8oz",
           "Chicken Thighs", "Jasmine Rice 2lb", "Greek Yogurt 32oz", "Orange Juice 52oz", "Spring Mix",
           "Spaghetti 16oz", "Dish Soap", "Ground Coffee 12oz", "Roma Tomatoes"],
    "de": ["Vollmilch 1L", "Bio Bananen", "Roggenbrot", "Gouda jung", "Butter 250g", "Äpfel Elstar", "Kaffee 500g",
           "Joghurt Natur", "Mineralwasser", "Nudeln Penne", "Pfand"],
    "nl": ["Halfvolle melk", "Bananen", "Volkoren brood", "Jong belegen kaas", "Roomboter", "Appels Elstar",
           "Koffiebonen", "Yoghurt", "Spa blauw", "Penne", "Statiegeld"],
}
TILL_WORDS = {
    "en": {"sub": "SUBTOTAL", "save": ["TOTAL SAVINGS", "Savings today", "You saved"], "total": ["TOTAL",
           "BALANCE DUE", "TOTAL TO PAY"], "cash": ["CASH", "Cash"], "change": ["CHANGE", "Change due"],
           "no": ["Receipt No", "TRANS #", "Trans No"], "card": ["CARD", "VISA", "DEBIT"],
           "points": ["Points this visit", "Points earned"], "balance": ["Points balance", "Total points"]},
    "de": {"sub": "Zwischensumme", "save": ["Ersparnis", "Sie sparen"], "total": ["SUMME", "Summe", "ZU ZAHLEN"],
           "cash": ["Bar", "BAR"], "change": ["Rückgeld", "Zurück"], "no": ["Bon-Nr.", "Beleg-Nr."],
           "card": ["Girocard", "Kartenzahlung"], "points": ["Punkte heute", "Gesammelte Punkte"],
           "balance": ["Punktestand"]},
    "nl": {"sub": "Subtotaal", "save": ["Uw voordeel", "Bonus voordeel"], "total": ["TOTAAL", "Te betalen"],
           "cash": ["Contant"], "change": ["Wisselgeld", "Terug"], "no": ["Bonnr.", "Transactie"],
           "card": ["PIN", "Pinbetaling"], "points": ["Spaarpunten"], "balance": ["Saldo punten"]},
}


def supermarket_till(rng: random.Random, font: str):
    """A supermarket chain's till receipt (Tesco, Sainsbury's, Co-op, Morrisons, Kroger, Safeway, Target, Publix,
    Dunnes Stores, SuperValu, REWE, EDEKA, Lidl, Albert Heijn, Jumbo; German and Dutch pages in their words): the
    chain on top (the payee), the store's address and the company's name and VAT number under it (never), items,
    loyalty prices taken off, a subtotal, US sales tax added or a VAT table included, the total, a tender (a card
    with its masked number and on a share its auth code and APPROVED; or cash with change), the loyalty card's
    masked number, points earned and the points balance, the store, till and operator numbers, the receipt's number
    on a share and the date and time. The amount is the total after savings (with US tax); the id the auth code,
    else the receipt number."""
    country = rng.choice(["UK", "UK", "US", "US", "IE", "DE", "NL"])
    lang = {"DE": "de", "NL": "nl"}.get(country, "en")
    w = TILL_WORDS[lang]
    chain, company, scheme, price_word = rng.choice(TILL_CHAINS[country])
    m = Money(rng, country)
    when = day(rng)
    pattern = pattern_for(rng, country)
    upper = country == "US"
    rows: list[tuple] = [("title", chain.upper() if upper else chain)]
    rows.append(("center", rng.choice(["Store", "Filiale", "Winkel"] if lang != "en" else ["Store"]) + " "
                 + str(rng.randrange(100, 9999))))
    if shown(rng, 0.4):
        rows.append(("small", company))
        vat = {"UK": f"VAT No. GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}", "IE": f"VAT IE{digits(rng, 7)}W",
               "DE": f"USt-IdNr. DE{digits(rng, 9)}", "NL": f"BTW NL{digits(rng, 9)}B01",
               "US": f"Store phone ({digits(rng, 3)}) {digits(rng, 3)}-{digits(rng, 4)}"}[country]
        rows.append(("small", vat))
    rows.append(("rule",))
    items = rng.sample(TILL_ITEMS["us" if country == "US" else lang], rng.randrange(4, 8))
    subtotal = 0.0
    saving = 0.0
    for item in items:
        price = round(rng.uniform(0.45, 9.5), 2)
        subtotal += price
        rows.append(("pair", item.upper() if upper else item, m.bare(price) + (" T" if upper and rng.random() < 0.3
                                                                             else "")))
        if rng.random() < 0.25:
            cut = round(min(price * 0.3, rng.choice([0.25, 0.5, 0.75, 1.0])), 2)
            saving += cut
            rows.append(("pair", f"  {price_word}", "-" + m.bare(cut)))
    subtotal = round(subtotal, 2)
    saving = round(saving, 2)
    rows.append(("rule",))
    rows.append(("pair", w["sub"], m(subtotal)))
    if saving:
        rows.append(("pair", rng.choice(w["save"]), m(saving)))
    net = round(subtotal - saving, 2)
    if country == "US":
        tax = round(net * rng.choice([0.0425, 0.06, 0.07, 0.0825]) * rng.uniform(0.2, 0.5), 2)
        rows.append(("pair", "TAX", m(tax)))
        total = round(net + tax, 2)
    else:
        total = net
    rows.append(("pair", rng.choice(w["total"]), m(total)))
    txn = None
    cash = rng.random() < 0.25
    status = None
    if cash:
        tendered = float(next(v for v in (5, 10, 20, 50, 100, 200) if v >= total))
        rows.append(("pair", rng.choice(w["cash"]), m(tendered)))
        rows.append(("pair", rng.choice(w["change"]), m(round(tendered - total, 2))))
        method = "cash"
    else:
        last, pan = masked(rng, rng.choice(["stars", "x", "short"]))
        rows.append(("pair", rng.choice(w["card"]), m(total)))
        rows.append(("left", pan))
        if shown(rng, 0.5):
            rows.append(("left", rng.choice(["CONTACTLESS", "Contactless", "CHIP & PIN" if country != "US" else "CHIP", "kontaktlos" if lang == "de"
                                             else "Contactloos" if lang == "nl" else "TAP"])))
        if shown(rng, 0.5):
            appr = digits(rng, 6)
            rows.append(("pair", {"en": "AUTH CODE", "de": "Genehmigungs-Nr.", "nl": "Autorisatiecode"}[lang], appr))
            txn = appr
        if shown(rng, 0.6):
            status = "success"
            rows.append(("center", {"en": rng.choice(["APPROVED", "AUTHORISED"]), "de": "Zahlung erfolgt",
                                    "nl": "Akkoord"}[lang]))
        method = "card"
    rows.append(("rule",))
    if country != "US" and shown(rng, 0.4):
        rate = {"UK": 20, "IE": 23, "DE": 19, "NL": 21}[country]
        vat = round(total * rate / (100 + rate) * rng.uniform(0.1, 0.4), 2)
        label = {"en": "VAT", "de": "MwSt", "nl": "BTW"}[lang]
        rows.append(("left", f"{label} {rate}% {m.bare(vat)}  incl."))
    last = digits(rng, 4)
    rows.append(("pair", scheme, f"****{last}"))
    if shown(rng, 0.3):
        pts = rng.randrange(1, 60)
        rows.append(("pair", rng.choice(w["points"]), str(pts)))
        rows.append(("pair", rng.choice(w["balance"]), f"{rng.randrange(100, 9000):,}".replace(",", ".")
                     if lang != "en" else f"{rng.randrange(100, 9000):,}"))
    number = str(rng.randrange(1000, 99999))
    if shown(rng, 0.5):
        rows.append(("pair", rng.choice(w["no"]), number))
        txn = txn or number
    stamp = f"{when_text(when, pattern, {'de': DE_MONTH, 'nl': NL_MONTH}.get(lang))}  {clock(rng, country)}"
    dated = None
    if shown(rng, 0.05):
        rows.append(("left", stamp))
        dated = when
    till = {"en": f"ST {rng.randrange(100, 9999)}  TILL {rng.randrange(1, 40):02d}  OP {rng.randrange(100, 999)}",
            "de": f"Markt {rng.randrange(100, 9999)}  Kasse {rng.randrange(1, 12)}  Bed. {rng.randrange(10, 99)}",
            "nl": f"Filiaal {rng.randrange(1000, 9999)}  Kassa {rng.randrange(1, 12)}"}[lang]
    rows.append(("small", till))
    rows.append(("center", {"en": rng.choice(["Thank you for shopping with us", "THANK YOU", "Every little helps"
                                              if chain == "Tesco" else "See you again soon"]),
                            "de": "Vielen Dank für Ihren Einkauf", "nl": "Bedankt en tot ziens"}[lang]))
    name = chain.upper() if upper else chain
    return rows, done(name, total, m.ccy, txn, dated, method, status), dict(THERMAL)


# ---------------------------------------------------------------- 3 a coffee shop's tablet-POS e-mailed receipt


COFFEE_SHOPS = {
    "US": ["Little Owl Coffee", "Ritual Roasters", "Beacon & Bean", "Cafe Solstice", "Odd Fellows Coffee Bar"],
    "UK": ["Grind & Gather", "Kiln Coffee House", "The Daily Grind Leeds", "Two Magpies Bakery", "Hatch Coffee"],
    "IE": ["Bewley's Grafton Street", "Two Boys Brew", "Proper Order Coffee Co."],
    "NL": ["Koffie Lab Utrecht", "Bocca Coffee", "Lot Sixty One"],
    "DE": ["Kaffeerösterei Kiez", "Bonanza Coffee Heroes", "The Barn Café"],
    "ES": ["Nomad Coffee Lab", "Café de la Plaza Sevilla"],
}
POS_SYSTEMS = [("Square", "receipts@messaging.squareup.com"), ("Toast", "no-reply@toasttab.com"),
               ("Clover", "receipts@clover.com"), ("SumUp", "no-reply@sumup.com"),
               ("Lightspeed", "receipts@lightspeedhq.com")]
COFFEE_ITEMS = [("Flat White", 3.6), ("Oat Latte", 4.2), ("Cortado", 3.2), ("Cold Brew", 4.5), ("Chai Latte", 4.0),
                ("Almond Croissant", 3.8), ("Banana Bread", 3.1), ("Avocado Toast", 8.9), ("Filter Coffee", 2.8),
                ("Matcha Latte", 4.6), ("Cinnamon Bun", 3.4)]

DRINKS = {"Flat White", "Oat Latte", "Cortado", "Cold Brew", "Chai Latte", "Filter Coffee", "Matcha Latte"}


def coffee_email(rng: random.Random, font: str):
    """A coffee shop's receipt e-mailed by its tablet POS (Square, Toast, Clover, SumUp, Lightspeed) in the US, the
    UK, Ireland, the Netherlands, Germany or Spain (English pages; euro sums with decimal commas where the country
    writes them): the e-mail's From and Subject lines naming the shop, the sum large, the shop (the payee; never the
    POS), the items with modifiers, a subtotal, US sales tax added or VAT included, a tip, the total, how it was paid
    (a card and its last four, Apple Pay or Google Pay, or cash), the customer's address (never), a stamp card's
    stars, the receipt or order number, an auth code on a share, the day and time, and on a share a line saying it
    was paid. The amount is the total with the tip; the id the auth code, else the receipt's or order's number."""
    country = rng.choice(["US", "US", "UK", "UK", "IE", "NL", "DE", "ES"])
    shop = rng.choice(COFFEE_SHOPS[country])
    pos, sender = rng.choice(POS_SYSTEMS)
    m = Money(rng, country)
    when = day(rng)
    pattern = pattern_for(rng, country)
    if pattern.startswith("%d.") or "{month}" in pattern and country in ("DE", "NL"):
        pattern = "%d/%m/%Y"
    rows: list[tuple] = [("small", f"From: {shop} <{sender}>"), ("small", f"Subject: Your receipt from {shop}"),
                         ("rule",)]
    items = rng.sample(COFFEE_ITEMS, rng.randrange(1, 4))
    subtotal = 0.0
    lines = []
    for item, price in items:
        price = round(price * (1.15 if country == "US" else 1.0) + rng.choice([0, 0.1, 0.2]), 2)
        qty = rng.choice([1, 1, 1, 2])
        lines.append(("pair", f"{item} x {qty}" if qty > 1 else item, m(price * qty)))
        if item in DRINKS and rng.random() < 0.3:
            extra = rng.choice([("Oat milk", 0.6), ("Extra shot", 0.7), ("Decaf", 0.0)])
            lines.append(("small", f"+ {extra[0]}" + (f" {m(extra[1])}" if extra[1] else "")))
            price += extra[1]
        subtotal += price * qty
    subtotal = round(subtotal, 2)
    tax = round(subtotal * rng.choice([0.0725, 0.0875, 0.06, 0.1025]), 2) if country == "US" else 0.0
    tip = round((subtotal + tax) * rng.choice([0.15, 0.18, 0.2, 0.25]), 2) if shown(rng, 0.3) else 0.0
    total = round(subtotal + tax + tip, 2)
    rows.append(("big", m(total)))
    rows.append(("title", shop))
    if shown(rng, 0.5):
        rows.append(("center", rng.choice(["Thanks for stopping by!", "See you tomorrow?", "Have a great day"])))
    rows.append(("rule",))
    rows += lines
    rows.append(("rule",))
    rows.append(("pair", "Subtotal", m(subtotal)))
    if country == "US":
        rows.append(("pair", rng.choice(["Sales Tax", "Tax"]), m(tax)))
    elif shown(rng, 0.5):
        rate = {"UK": 20, "IE": 13.5, "NL": 9, "DE": 19, "ES": 10}[country]
        vat = round(subtotal * rate / (100 + rate), 2)
        rows.append(("pair", f"VAT {rate}% (included)", m(vat)))
    if tip:
        rows.append(("pair", rng.choice(["Tip", "Gratuity", "Tip (20%)" if abs(tip - round((subtotal + tax) * 0.2, 2))
                                         < 0.005 else "Tip"]), m(tip)))
    rows.append(("pair", "Total", m(total)))
    roll = rng.random()
    last = digits(rng, 4)
    if roll < 0.6:
        brand = rng.choice(["Visa", "Mastercard", "Amex", "Discover" if country == "US" else "Maestro"])
        pay, method = rng.choice([f"{brand} {last}", f"{brand} •••• {last}", f"{brand} ending in {last}"]), "card"
    elif roll < 0.85:
        pay, method = rng.choice(["Apple Pay", "Google Pay"]) + rng.choice(["", f" (Visa {last})"]), "wallet"
    else:
        pay, method = "Cash", "cash"
    rows.append(("pair", rng.choice(["Paid with", "Payment", "Tender"]), pay))
    if method == "cash" and shown(rng, 0.5):
        given = float(next(v for v in (5, 10, 20, 50) if v >= total))
        rows.append(("pair", "Cash tendered", m(given)))
        rows.append(("pair", "Change", m(round(given - total, 2))))
    txn = None
    if method != "cash" and shown(rng, 0.6):
        appr = digits(rng, 6)
        rows.append(("pair", rng.choice(["Auth code", "Approval", "Auth #"]), appr))
        txn = appr
    status = None
    if shown(rng, 0.7):
        status = "success"
        rows.append(("center", rng.choice(["Payment complete", "Payment successful", "Paid in full"])))
    rows.append(("rule",))
    stamp = when_text(when, pattern)
    time = clock(rng, country)
    rows.append(("left", rng.choice([f"{stamp} at {time}", f"{stamp}, {time}", f"{stamp} {time}"])))
    dated = when
    number = rng.choice([f"{code(rng, 4, ALNUM)}", f"{rng.randrange(100, 9999)}"])
    if shown(rng, 0.2):
        rows.append(("pair", rng.choice(["Receipt #", "Order #", "Check #", "Ticket #"]), number))
        txn = txn or number
    if pos == "Toast" and shown(rng, 0.5):
        rows.append(("pair", "Server", rng.choice(["Jenna", "Marcus", "Ali", "Rosa"])))
    if shown(rng, 0.5):
        rows.append(("small", f"Receipt sent to {rng.choice(PAYERS[country]).split()[0].lower()}"
                              f"{digits(rng, 2)}@{rng.choice(['gmail.com', 'outlook.com', 'icloud.com'])}"))
    if shown(rng, 0.5):
        stars = rng.randrange(1, 10)
        rows.append(("small", f"You earned 1 star - {stars}/10 to a free drink"))
    rows.append(("small", f"{shop} · {rng.choice(['Order online', 'Find us on Instagram'])}"))
    rows.append(("small", f"Powered by {pos}"))
    return rows, done(shop, total, m.ccy, txn, dated, method, status), dict(EMAIL)


# ---------------------------------------------------------------- 4 an online order's confirmation e-mail


RETAILERS = {
    "US": [("Best Buy", "BBY01-", "My Best Buy member #"), ("Newegg", "", "Newegg+ ID"),
           ("Etsy", "", None), ("B&H Photo Video", "", "B&H Payboo ID"), ("Target.com", "", "Target Circle #")],
    "UK": [("Currys", "", "Currys Perks #"), ("ASOS", "", "ASOS Premier ID"), ("John Lewis", "", "my John Lewis #"),
           ("Argos", "", "Nectar card"), ("eBay", "", None)],
    "IE": [("Harvey Norman Ireland", "", None), ("Arnotts", "", None)],
    "DE": [("Zalando", "", "Zalando Plus ID"), ("MediaMarkt", "", "myMediaMarkt-Nr.")],
    "NL": [("bol.com", "", "Select-lid"), ("Coolblue", "", None)],
    "FR": [("Fnac", "", "Carte adhérent"), ("Darty", "", None)],
    "ES": [("El Corte Inglés", "", None), ("PcComponentes", "", None)],
    "IT": [("Unieuro", "", None), ("Yoox", "", None)],
}
PRODUCTS = [("Sony WH-1000XM5 Headphones", 329.0, "tech"), ("Logitech MX Master 3S Mouse", 99.0, "tech"),
            ("Samsung 1TB T7 Portable SSD", 119.0, "tech"), ("Linen Shirt - Relaxed Fit, Navy, M", 45.0, "fashion"),
            ("Leather Chelsea Boots, size 43", 120.0, "fashion"), ("Ceramic Planter Set of 3", 34.0, "home"),
            ("Kindle Paperwhite", 149.0, "tech"), ("USB-C Charger 65W", 39.0, "tech"),
            ("Wool Blend Scarf", 29.0, "fashion"), ("Hand-thrown Mug, Sage", 26.0, "home"),
            ("Air Fryer 5.5L", 89.0, "tech"), ("Running Shorts 2-pack", 32.0, "fashion")]
FASHION = {"ASOS", "Zalando", "Yoox", "Arnotts"}
TECH = {"Best Buy", "Newegg", "B&H Photo Video", "Currys", "Harvey Norman Ireland", "MediaMarkt", "Coolblue", "Fnac",
        "Darty", "PcComponentes", "Unieuro"}
ADDRESSES = {"US": ["1418 Oak Ridge Dr, Apt 3B", "77 Linden Ave"], "UK": ["27 Willow Crescent", "Flat 4, 9 Mill Lane"],
             "IE": ["Apartment 5, Grand Canal Dock", "14 Seafield Road"], "DE": ["Hauptstr. 14", "Lindenweg 3a"],
             "NL": ["Keizersgracht 312", "Molenstraat 8"], "FR": ["14 rue des Lilas", "3 allée des Tilleuls"],
             "ES": ["Calle Mayor 21, 3º B", "Avda. de América 40"], "IT": ["Via Roma 18", "Corso Garibaldi 7"]}
SELLERS = ["Northfield Ceramics", "TechDirect Outlet", "Wildthread Studio", "Gadget Warehouse GmbH", "Maison Lin"]
ORDER_WORDS = {
    "success": ["Payment received", "Payment confirmed", "Your payment was successful"],
    "failed": ["Payment declined - please update your payment method within 48 hours", "Payment failed"],
    "pending": ["Payment pending - we'll e-mail you once your bank confirms", "Payment processing"],
}


def order_email(rng: random.Random, font: str):
    """An online order's confirmation e-mail from a marketplace, a fashion or an electronics retailer (Best Buy,
    Newegg, Etsy, B&H, Target.com, Currys, ASOS, John Lewis, Argos, eBay, Harvey Norman, Arnotts, Zalando,
    MediaMarkt, bol.com, Coolblue, Fnac, Darty, El Corte Inglés, PcComponentes, Unieuro, Yoox; English pages, euro
    sums with the country's decimal comma): the retailer on top (the payee; never a seller under Sold by), a greeting
    to the customer and the delivery address (never), the order number, the order date, an estimated delivery day
    (never), the items, a subtotal, delivery, a promo code taken off, US sales tax added or VAT included, the order
    total, the way paid (a card's last four, PayPal, Apple Pay), a member number and points (never), a payment
    outcome on a share. The amount is the order total; the id the order number."""
    country = rng.choice(["US", "US", "UK", "UK", "IE", "DE", "NL", "FR", "ES", "IT"])
    shop, prefix, member_label = rng.choice(RETAILERS[country])
    kind = "fashion" if shop in FASHION else "tech" if shop in TECH else "any"
    m = Money(rng, country)
    when = day(rng)
    pattern = pattern_for(rng, country)
    customer = rng.choice(PAYERS[country])
    style = dict(EMAIL, band=rng.choice(BANDS), band_ink=(255, 255, 255)) if rng.random() < 0.5 else dict(EMAIL)
    rows: list[tuple] = [("title", shop), ("small", f"To: {customer.split()[0].lower()}.{customer.split()[-1].lower()}"
                                                     f"@{rng.choice(['gmail.com', 'outlook.com', 'yahoo.com'])}")]
    status, said = outcome(rng, 0.35, ORDER_WORDS, 0.5, 0.3)
    rows.append(("gap",))
    rows.append(("left", rng.choice([f"Thanks for your order, {customer.split()[0]}!",
                                     f"Hi {customer.split()[0]}, we've got your order.",
                                     f"Hello {customer.split()[0]}, your order is confirmed."])))
    if said and len(said) < 22:
        rows.append(("big", said))
    elif said:
        wrap(rows, said, 52)
    number = prefix + rng.choice([f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}", digits(rng, 10),
                                  f"{code(rng, 2, UPPER)}{digits(rng, 8)}", f"{digits(rng, 4)}-{digits(rng, 4)}"])
    txn = None
    if shown(rng, 0.05):
        rows.append(("pair", rng.choice(["Order number", "Order #", "Order no.", "Order ID"]), number))
        txn = number
    dated = None
    if shown(rng, 0.15):
        rows.append(("pair", rng.choice(["Order date", "Ordered on", "Placed on"]), when_text(when, pattern)))
        dated = when
    arrive = later(when, rng, 2, 9)
    rows.append(("pair", rng.choice(["Estimated delivery", "Arriving", "Expected delivery"]),
                 when_text(arrive, "{dow}, " + pattern.replace("%Y", "%Y").replace("%y", "%y"))))
    rows.append(("rule",))
    subtotal = 0.0
    stock = [p for p in PRODUCTS if kind == "any" or p[2] == kind]
    for item, price, _ in rng.sample(stock, rng.randrange(1, 4)):
        price = round(price * rng.uniform(0.85, 1.15), 2) - 0.01 if rng.random() < 0.5 else round(price, 2)
        price = round(price, 2)
        qty = rng.choice([1, 1, 1, 2])
        rows.append(("left", item))
        rows.append(("pair", f"Qty {qty}", m(price * qty)))
        if shop in ("Etsy", "eBay") or (shop in ("bol.com", "Zalando") and rng.random() < 0.5):
            rows.append(("small", f"Sold by {rng.choice(SELLERS)}"))
        subtotal += price * qty
    subtotal = round(subtotal, 2)
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Subtotal", "Items"]), m(subtotal)))
    delivery = rng.choice([0.0, 0.0, 3.95, 4.99, 5.99])
    rows.append(("pair", rng.choice(["Delivery", "Shipping"]), m(delivery) if delivery else "FREE"))
    promo = 0.0
    if shown(rng, 0.7):
        promo = round(subtotal * rng.choice([0.1, 0.15, 0.2]), 2)
        rows.append(("pair", f"Promo {rng.choice(['WELCOME10', 'SPRING15', 'STUDENT20', 'APP10'])}", m(promo, "-")))
    total = round(subtotal + delivery - promo, 2)
    if country == "US":
        tax = round(total * rng.choice([0.06, 0.0725, 0.0887, 0.1]), 2)
        rows.append(("pair", rng.choice(["Estimated tax", "Sales tax"]), m(tax)))
        total = round(total + tax, 2)
    rows.append(("pair", rng.choice(["Order total", "Total", "Grand total"]), m(total)))
    if country != "US" and shown(rng, 0.4):
        rate = {"UK": 20, "IE": 23, "DE": 19, "NL": 21, "FR": 20, "ES": 21, "IT": 22}[country]
        rows.append(("small", f"Includes VAT ({rate}%) of {m(round(total * rate / (100 + rate), 2))}"))
    last = digits(rng, 4)
    roll = rng.random()
    if roll < 0.6:
        pay = f"{rng.choice(['Visa', 'Mastercard', 'American Express'])} ending in {last}"
        method = "card"
    elif roll < 0.8:
        pay, method = "PayPal", "wallet"
    elif roll < 0.9:
        pay, method = "Apple Pay", "wallet"
    else:
        pay, method = None, None
    if pay:
        rows.append(("pair", rng.choice(["Payment method", "Paid with", "Payment"]), pay))
    rows.append(("rule",))
    rows.append(("left", rng.choice(["Delivering to", "Shipping address"])))
    rows.append(("left", customer))
    rows.append(("left", rng.choice(ADDRESSES[country])))
    if member_label and shown(rng, 0.5):
        rows.append(("pair", member_label, digits(rng, 10)))
    if shown(rng, 0.6):
        rows.append(("small", rng.choice(["You can track your parcel once it ships.",
                                          "Returns are free within 30 days.",
                                          "Questions? Visit our Help Centre."])))
    rows.append(("small", f"© {when.year} {shop}"))
    return rows, done(shop, total, m.ccy, txn, dated, method, status), style


# ---------------------------------------------------------------- 5 a money app's transaction screen


APP_PAYEES = {
    "US": ["Blue Bottle Coffee", "Joe's Pizza on Broadway", "Greenleaf Yoga Studio", "Evergreen Outfitters",
           "Riverside Dog Grooming", "Sweetgreen"],
    "UK": ["Pret A Manger", "Franco Manca", "Waterstones", "Gail's Bakery", "Pedal Power Cycles Ltd",
           "Honest Burgers"],
    "IE": ["Insomnia Coffee", "Eason", "Bunsen Burgers", "Dublin Bikes"],
    "DE": ["Dussmann das KulturKaufhaus", "Five Elephant", "Rossmann", "Mustafa's Gemüse Kebap"],
    "NL": ["Albert Heijn to go", "Hema", "Vlaams Friteshuis Vleminckx", "Pathé Tuschinski"],
    "FR": ["Monoprix", "Fnac Saint-Lazare", "Café de Flore", "Picard"],
    "ES": ["Mercadona", "La Mallorquina", "Casa Labra"],
}
APP_WORDS = {
    "success": ["Completed", "Complete", "Paid", "Payment sent"],
    "failed": ["Declined", "Failed", "Payment failed"],
    "pending": ["Pending", "Processing"],
}


def money_app(rng: random.Random, font: str):
    """A money app's transaction screen: PayPal (US, UK, Germany, Ireland), Venmo or Cash App (US) paying a business,
    or a card payment in Revolut, Wise or Monzo (UK, Ireland, Germany, the Netherlands, France, Spain; euro sums in
    the user's decimal commas): the app on top (never the payee), the payee, the sum large with a minus, a status
    word on a share, the day and time, the funding (PayPal balance, a bank account or a card on PayPal and Venmo;
    Cash balance or the Cash App Card; the app's card and its last four), a category, a note, an exchange rate, a
    spent-this-month or a balance after (never), the app's transaction id or identifier on a share. PayPal and Venmo
    pages are wallets whatever funds them; a Cash App page paid from the Cash balance a wallet, with the Cash App
    Card a card; a Revolut, Wise or Monzo card payment a card."""
    app = rng.choice(["PayPal", "Venmo", "Cash App", "Revolut", "Wise", "Monzo"])
    country = {"PayPal": rng.choice(["US", "UK", "DE", "IE"]), "Venmo": "US", "Cash App": "US",
               "Revolut": rng.choice(["UK", "IE", "FR", "ES", "NL"]), "Wise": rng.choice(["UK", "DE", "NL"]),
               "Monzo": "UK"}[app]
    payee = rng.choice(APP_PAYEES[country])
    m = Money(rng, country, ["$"] if country == "US" else ["£"] if country == "UK" else ["€", "€", "EUR"])
    when = day(rng)
    pattern = pattern_for(rng, country)
    style = dict(DARK) if rng.random() < 0.35 else dict(SCREEN)
    rows: list[tuple] = [bar(rng, country), ("left", rng.choice(["<", "←", "<  Activity", "X"])),
                         ("center", app)]
    total = round(rng.uniform(2.5, 260.0), 2)
    status, said = outcome(rng, 0.6, APP_WORDS, 0.6, 0.25)
    last = digits(rng, 4)
    rows.append(("gap",))
    if app == "PayPal" and rng.random() < 0.5:
        rows.append(("center", f"You sent {m(total)}{'' if m.mark == m.ccy else ' ' + m.ccy} to"))
        rows.append(("title", payee))
    else:
        rows.append(("center", rng.choice(["Payment to", "To"]) if app in ("PayPal", "Venmo", "Cash App")
                     else rng.choice(["Card payment", "Contactless", "Online payment"])))
        rows.append(("title", payee))
        rows.append(("big", m(total, "-")))
    if said:
        rows.append(("center", said))
    rows.append(("rule",))
    stamp = when_text(when, pattern)
    time = clock(rng, country)
    dated = None
    if shown(rng, 0.05):
        if rng.random() < 0.5:
            rows.append(("pair", rng.choice(["Date", "When", "Date and time"]), f"{stamp}, {time}"))
        else:
            rows.append(("center", f"{stamp} at {time}"))
        dated = when
    if app in ("PayPal", "Venmo"):
        fund = rng.choice([f"{app} balance", f"Visa Debit ••{last}", f"Bank account ••{last}",
                           f"Mastercard ••{last}"])
        rows.append(("pair", rng.choice(["Paid with", "Funding source", "Payment method"]), fund))
        method = "wallet"
    elif app == "Cash App":
        if rng.random() < 0.5:
            rows.append(("pair", rng.choice(["From", "Paid from"]), "Cash balance"))
            method = "wallet"
        else:
            rows.append(("pair", "Card", f"Cash App Card ••{last}"))
            method = "card"
    else:
        rows.append(("pair", rng.choice(["Card", "Paid with", "Payment method"]),
                     rng.choice([f"{app} card ••{last}", f"Visa ··{last}", f"Debit card ending {last}",
                                 f"Virtual card ••{last}"])))
        method = "card"
    if app in ("Revolut", "Monzo", "Wise") and shown(rng, 0.5):
        rows.append(("pair", "Category", rng.choice(["Groceries", "Eating out", "Shopping", "Transport",
                                                     "Entertainment"])))
    if app in ("Venmo", "PayPal") and shown(rng, 0.5):
        rows.append(("pair", rng.choice(["Note", "Message"]), rng.choice(["Thanks!", "order 2 lattes", "class pass",
                                                                          "deposit"])))
    if app == "Revolut" and shown(rng, 0.6):
        rows.append(("pair", "Exchange rate", rng.choice(["£1 = €1.1712", "€1 = £0.8538", "No fee"])))
    if app == "Monzo" and shown(rng, 0.5):
        rows.append(("pair", "Balance after", m(round(rng.uniform(20, 1800), 2))))
    if app in ("Revolut", "Wise") and shown(rng, 0.5):
        rows.append(("pair", "Spent this month", m(round(total + rng.uniform(30, 900), 2))))
    if app == "Monzo" and shown(rng, 0.5):
        rows.append(("pair", "Address", rng.choice(["12 Upper St, London N1", "Piccadilly, Manchester M1",
                                                    "Queen St, Cardiff CF10"])))
    txn = None
    if app == "PayPal" and shown(rng, 0.3):
        txn = code(rng, 17, ALNUM)
        rows.append(("pair", "Transaction ID", txn))
    elif app == "Venmo" and shown(rng, 0.3):
        txn = digits(rng, 19)
        rows.append(("pair", "Transaction ID", txn))
    elif app == "Cash App" and shown(rng, 0.3):
        txn = "#" + code(rng, 7, ALNUM)
        rows.append(("pair", "Identifier", txn))
        txn = txn[1:]
    elif app in ("Revolut", "Wise", "Monzo") and shown(rng, 0.6):
        txn = rng.choice([f"{digits(rng, 8)}-{code(rng, 4, 'abcdef0123456789')}",
                          f"tx_{code(rng, 16, 'abcdefghjkmnpqrstuvwxyz0123456789')}"]) if app == "Monzo" else \
            digits(rng, 9)
        rows.append(("pair", rng.choice(["Transaction ID", "Reference"]) if app != "Monzo" else "Transaction ID", txn))
    rows.append(("gap",))
    buttons = {"PayPal": ["Get help", "Send again"], "Venmo": ["Like", "Comment"], "Cash App": ["Need help?",
               "Share receipt"], "Revolut": ["Split bill", "Get receipt", "Report an issue"],
               "Wise": ["Get help", "Download statement"], "Monzo": ["Split the bill", "Add receipt"]}[app]
    for label in rng.sample(buttons, 2):
        rows.append(("center", f"[ {label} ]"))
    return rows, done(payee, total, m.ccy, txn, dated, method, status), style


# ---------------------------------------------------------------- 6 a utility or phone bill's payment confirmation


BILLERS = {
    "US": [("Con Edison", "Electric & Gas"), ("PG&E", "Electric"), ("Duke Energy", "Electric"),
           ("Verizon", "Wireless"), ("AT&T", "Wireless"), ("Xfinity", "Internet"), ("T-Mobile", "Wireless")],
    "UK": [("British Gas", "Energy"), ("Octopus Energy", "Energy"), ("EDF", "Energy"), ("Thames Water", "Water"),
           ("EE", "Mobile"), ("Vodafone UK", "Mobile"), ("BT", "Broadband"), ("Virgin Media", "Broadband")],
    "IE": [("Electric Ireland", "Electricity"), ("Bord Gáis Energy", "Gas"), ("Eir", "Broadband"),
           ("Vodafone Ireland", "Mobile"), ("SSE Airtricity", "Electricity")],
}
BILL_WORDS = {
    "success": ["Payment successful", "Thank you - your payment has been received", "Your payment was successful",
                "Payment complete"],
    "failed": ["Payment unsuccessful - your card was declined", "Payment failed", "We couldn't take your payment"],
    "pending": ["Payment processing", "Your payment is being processed", "Payment pending"],
}


def bill_payment(rng: random.Random, font: str):
    """A utility or phone bill's payment confirmation page (Con Edison, PG&E, Duke Energy, Verizon, AT&T, Xfinity,
    T-Mobile, British Gas, Octopus Energy, EDF, Thames Water, EE, Vodafone, BT, Virgin Media, Electric Ireland, Bord
    Gáis Energy, Eir, SSE Airtricity) under a browser's address bar: the biller on top (the payee; a payment
    processor only in the footer), the account holder and the account number (never), the bill's amount due and due
    date (never), the sum paid (part of the bill on a share), a US card's service fee and the total charged, the
    way paid (a card's last four, a checking or bank account, a direct debit), the payment date, a confirmation
    number or reference, the balance left, the next bill's day, an outcome in words on a share."""
    country = rng.choice(["US", "US", "UK", "UK", "IE"])
    biller, kind = rng.choice(BILLERS[country])
    m = Money(rng, country)
    when = day(rng)
    pattern = pattern_for(rng, country)
    style = dict(WEB, band=rng.choice(BANDS), band_ink=(255, 255, 255)) if rng.random() < 0.5 else dict(WEB)
    slug = "".join(ch for ch in biller.lower() if ch.isalnum())
    rows: list[tuple] = [("small", f"https://www.{slug}.{'com' if country == 'US' else 'co.uk' if country == 'UK' else 'ie'}"
                                   f"/account/pay/confirmation"), ("title", biller)]
    if "band" in style:
        rows.append(("gap",))
    status, said = outcome(rng, 0.65, BILL_WORDS, 0.65, 0.2)
    rows.append(("big" if said and len(said) < 24 else "center", said or rng.choice(["Payment confirmation",
                                                                                     "Payment summary"])))
    holder = rng.choice(PAYERS[country])
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Account holder", "Name on account", "Customer"]), holder))
    rows.append(("pair", rng.choice(["Account number", "Account no.", "Customer account"]),
                 rng.choice([digits(rng, 10), f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}",
                             f"A-{code(rng, 8, 'ABCDEF0123456789')}"])))
    if shown(rng, 0.5):
        rows.append(("pair", "Service", kind))
    due = round(rng.uniform(28.0, 390.0), 2)
    paid = due if rng.random() < 0.7 else round(rng.choice([50.0, 75.0, 100.0, due * 0.5]), 2)
    if shown(rng, 0.4):
        rows.append(("pair", rng.choice(["Bill amount", "Amount due", "Statement balance"]), m(due)))
        rows.append(("pair", "Due date", when_text(later(when, rng, 2, 20), pattern)))
    rows.append(("pair", rng.choice(["Payment amount", "Amount paid", "You paid"] if status != "failed" else
                                    ["Payment amount", "Amount"]), m(paid)))
    total = paid
    last = digits(rng, 4)
    roll = rng.random()
    if roll < 0.55:
        pay, method = rng.choice([f"Visa ending {last}", f"Mastercard ****{last}", f"Debit card ending in {last}"]), \
            "card"
        if country == "US" and shown(rng, 0.5):
            fee = rng.choice([1.95, 2.35, 2.95, 3.50])
            total = round(paid + fee, 2)
            rows.append(("pair", rng.choice(["Convenience fee", "Service fee"]), m(fee)))
            rows.append(("pair", rng.choice(["Total charged", "Total payment"]), m(total)))
    elif roll < 0.85:
        pay = {"US": f"Checking account ****{last} (ACH)", "UK": f"Bank account ending {last}",
               "IE": f"Bank account (SEPA) ending {last}"}[country]
        method = "netbanking"
    else:
        pay, method = rng.choice(["Apple Pay", "PayPal"]), "wallet"
    rows.append(("pair", rng.choice(["Payment method", "Paid with", "Paid by"]), pay))
    dated = None
    if shown(rng, 0.1):
        rows.append(("pair", rng.choice(["Payment date", "Date", "Date paid"] if status in (None, "success") else
                                        ["Payment date", "Submitted on", "Date"]), when_text(when, pattern)))
        dated = when
    txn = None
    if status != "failed" and shown(rng, 0.15):
        txn = rng.choice([digits(rng, 10), f"{code(rng, 3, UPPER)}{digits(rng, 9)}", f"P{digits(rng, 11)}"])
        rows.append(("pair", rng.choice(["Confirmation number", "Confirmation #", "Payment reference",
                                         "Reference", "Transaction ID"]), txn))
    if status != "failed" and shown(rng, 0.5):
        left = round(max(0.0, due - paid), 2)
        rows.append(("pair", rng.choice(["Remaining balance", "Balance after payment", "New balance"]), m(left)))
    if shown(rng, 0.5):
        rows.append(("pair", rng.choice(["Next bill", "Next bill date", "Next statement"]),
                     when_text(later(when, rng, 15, 35), pattern)))
    rows.append(("rule",))
    if status == "pending":
        rows.append(("small", "It can take up to 3 working days to show on your account."))
    elif status == "failed":
        rows.append(("small", "Please try again or contact your card issuer."))
    else:
        rows.append(("small", "A confirmation has been e-mailed to you."))
    if shown(rng, 0.5):
        rows.append(("small", rng.choice(["Payments processed by Paymentus", "Powered by Speedpay",
                                          "Secure payments by Worldpay", "Payments by Stripe"])))
    return rows, done(biller, total, m.ccy, txn, dated, method, status), style


# ---------------------------------------------------------------- 7 a car park operator's app receipt


PARK_OPERATORS = {
    "UK": [("NCP", "National Car Parks Ltd", ["Manchester Piccadilly", "Leeds Albion Street", "London Soho"]),
           ("Q-Park", "Q-Park Ltd", ["Leeds Trinity", "London Oxford Street", "Bristol Broadmead"]),
           ("APCOA", "APCOA Parking (UK) Ltd", ["Birmingham New Street", "Reading Station"])],
    "US": [("SP+ Parking", "SP Plus Corporation", ["Millennium Garage Chicago", "Logan Airport Central"]),
           ("LAZ Parking", "LAZ Parking Ltd, LLC", ["1 Financial Center Boston", "Union Station Denver"]),
           ("ParkWhiz", "ParkWhiz, Inc.", ["Navy Pier East Garage", "Fenway Lot 4"])],
    "IE": [("Q-Park Ireland", "Q-Park Ireland Ltd", ["Dublin Christchurch", "Cork Paul Street"]),
           ("Park Rite", "Park Rite Ltd", ["Drury Street Dublin", "Galway Dock Road"])],
    "DE": [("APCOA", "APCOA Parking Deutschland GmbH", ["Hamburg Hauptbahnhof", "Köln Dom"]),
           ("Contipark", "Contipark Parkgaragengesellschaft mbH", ["Berlin Alexanderplatz", "Leipzig Höfe"])],
    "NL": [("Q-Park", "Q-Park Nederland B.V.", ["Amsterdam De Bijenkorf", "Utrecht Stadhuis"]),
           ("Interparking", "Interparking Nederland B.V.", ["Rotterdam Markthal", "Den Haag Malieveld"])],
    "FR": [("Indigo", "Indigo Infra SA", ["Lyon Bellecour", "Paris Gare de Lyon"]),
           ("Effia", "Effia Stationnement SAS", ["Lille Flandres", "Bordeaux Saint-Jean"])],
}
PARK_WORDS = {
    "success": ["Payment successful", "Payment confirmed", "Booking confirmed and paid"],
    "failed": ["Payment failed", "Card declined"],
    "pending": ["Payment pending"],
}


def parking_receipt(rng: random.Random, font: str):
    """A car park operator's own app or e-mail receipt (NCP, Q-Park, APCOA, SP+, LAZ, ParkWhiz, Park Rite,
    Contipark, Interparking, Indigo, Effia; English pages, euro sums with the country's decimal comma): the
    operator on top (the payee; its company name in the footer never), the car park's site under Car park /
    Location (never), the vehicle's plate (never), a pay-on-exit stay's entry and exit times or a pre-booked
    parking's start day (never the day paid), the tariff and a booking or convenience fee, VAT included or US tax
    added, the total paid, the way paid (a card's last four, Apple Pay or Google Pay), the day paid (Paid on,
    Booked on, Date), a receipt or booking reference, an outcome on a share."""
    country = rng.choice(["UK", "UK", "US", "US", "IE", "DE", "NL", "FR"])
    operator, company, sites = rng.choice(PARK_OPERATORS[country])
    m = Money(rng, country)
    when = day(rng)
    pattern = pattern_for(rng, country)
    style = dict(SCREEN, band=rng.choice(BANDS), band_ink=(255, 255, 255)) if rng.random() < 0.5 else dict(SCREEN)
    rows: list[tuple] = [bar(rng, country), ("title", operator)]
    if "band" in style:
        rows.append(("gap",))
    status, said = outcome(rng, 0.5, PARK_WORDS, 0.75, 0.2)
    prebooked = rng.random() < 0.45
    rows.append(("center", said or rng.choice(["Parking receipt", "Your receipt"] + (["Booking receipt"] if prebooked
                                                                                     else []))))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Car park", "Location"]), rng.choice(sites)))
    plate = {"UK": f"{code(rng, 2, UPPER)}{digits(rng, 2)} {code(rng, 3, UPPER)}",
             "US": f"{code(rng, 3, UPPER)}-{digits(rng, 4)}", "IE": f"{rng.randrange(161, 252)}-D-{digits(rng, 5)}",
             "DE": f"{rng.choice(['HH', 'K', 'B', 'L'])}-{code(rng, 2, UPPER)} {digits(rng, 3)}",
             "NL": f"{code(rng, 2, UPPER)}-{digits(rng, 3)}-{code(rng, 1, UPPER)}",
             "FR": f"{code(rng, 2, UPPER)}-{digits(rng, 3)}-{code(rng, 2, UPPER)}"}[country]
    rows.append(("pair", rng.choice(["Vehicle", "Registration", "Plate"]), plate))
    hours = rng.choice([1, 2, 3, 4, 6, 9, 24])
    dated = None
    stamp = when_text(when, pattern)
    if prebooked:
        start = later(when, rng, 1, 20)
        rows.append(("pair", rng.choice(["Parking from", "Arrive", "Start"]),
                     f"{when_text(start, pattern)} {clock(rng, country)}"))
        rows.append(("pair", "Duration", f"{hours} hours" if hours > 1 else "1 hour"))
        if shown(rng, 0.05):
            rows.append(("pair", rng.choice(["Booked on", "Paid on", "Purchase date"]), stamp))
            dated = when
    else:
        start_min = rng.randrange(7 * 60, 18 * 60)
        end_min = min(start_min + rng.randrange(20, 300), 23 * 60 + 50)
        a, b = (f"{t // 60:02d}:{t % 60:02d}" if country != "US" else
                f"{(t // 60 - 1) % 12 + 1}:{t % 60:02d} {'PM' if t >= 720 else 'AM'}" for t in (start_min, end_min))
        if shown(rng, 0.05):
            rows.append(("pair", "Date", stamp))
            dated = when
        rows.append(("pair", rng.choice(["Entry", "Entered"]), a))
        rows.append(("pair", rng.choice(["Exit", "Exited"]), b))
    tariff = round(rng.uniform(2.5, 38.0), 1) + rng.choice([0.0, 0.05, 0.09])
    tariff = round(tariff, 2)
    total = tariff
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Parking", "Tariff", "Parking charge"]), m(tariff)))
    if shown(rng, 0.5):
        fee = rng.choice([0.2, 0.35, 0.5, 1.0, 1.5])
        rows.append(("pair", rng.choice(["Booking fee", "Convenience fee", "Service fee"]), m(fee)))
        total = round(total + fee, 2)
    if shown(rng, 0.6):
        code_ = rng.choice(["SAVE10", "EARLYBIRD", "WEEKEND15"])
        cut = round(total * 0.1, 2)
        rows.append(("pair", f"Discount ({code_})", m(cut, "-")))
        total = round(total - cut, 2)
    if country == "US" and shown(rng, 0.4):
        tax = round(total * rng.choice([0.06, 0.1, 0.125]), 2)
        rows.append(("pair", "Parking tax", m(tax)))
        total = round(total + tax, 2)
    rows.append(("pair", rng.choice(["Total", "Total paid", "Amount charged"]), m(total)))
    if country != "US" and shown(rng, 0.5):
        rate = {"UK": 20, "IE": 23, "DE": 19, "NL": 21, "FR": 20}[country]
        rows.append(("small", f"Includes VAT @ {rate}%: {m(round(total * rate / (100 + rate), 2))}"))
    last = digits(rng, 4)
    roll = rng.random()
    if roll < 0.7:
        pay, method = rng.choice([f"Visa •••• {last}", f"Mastercard ending {last}", f"Amex ••{last}"]), "card"
    elif roll < 0.9:
        pay, method = rng.choice(["Apple Pay", "Google Pay"]), "wallet"
    else:
        pay, method = None, None
    if pay:
        rows.append(("pair", rng.choice(["Payment method", "Paid with", "Payment"]), pay))
    txn = None
    if shown(rng, 0.1):
        txn = rng.choice([f"{code(rng, 2, UPPER)}{digits(rng, 8)}", digits(rng, 9), f"{code(rng, 6, ALNUM)}"])
        rows.append(("pair", rng.choice(["Booking reference", "Receipt number", "Receipt No.", "Booking ref",
                                         "Transaction ID"]), txn))
    if prebooked and shown(rng, 0.5):
        rows.append(("small", "Your number plate will open the barrier on arrival."))
    rows.append(("gap",))
    rows.append(("small", company))
    if shown(rng, 0.5):
        rows.append(("small", rng.choice([f"VAT reg. no. {digits(rng, 9)}", "Help centre", "Manage your bookings"])))
    return rows, done(operator, total, m.ccy, txn, dated, method, status), style


# ---------------------------------------------------------------- 8 a hotel folio with its payment line


HOTELS = {
    "US": [("Courtyard by Marriott Boston Downtown", "Marriott Bonvoy #", "Occupancy Tax"),
           ("Hampton Inn & Suites Austin Downtown", "Hilton Honors #", "State Occupancy Tax"),
           ("Hyatt Place Chicago/River North", "World of Hyatt #", "City Hotel Tax")],
    "UK": [("Premier Inn London County Hall", None, None), ("Travelodge Edinburgh Central", None, None),
           ("Holiday Inn Manchester - City Centre", "IHG One Rewards #", None)],
    "IE": [("Maldron Hotel Cork", None, None), ("The Address Dublin", None, None)],
    "DE": [("Motel One Berlin-Alexanderplatz", None, "City Tax"), ("NH Hamburg Altona", "NH Rewards", "Kulturförderabgabe")],
    "NL": [("Hotel V Nesplein", None, "Toeristenbelasting"), ("ibis Amsterdam Centre", "ALL Accor #", "City tax")],
    "ES": [("NH Collection Madrid Eurobuilding", "NH Rewards", None), ("Hotel Arts Barcelona", None, "Tasa turística")],
    "IT": [("NH Collection Roma Centro", "NH Rewards", "Tassa di soggiorno"), ("Hotel Milano Scala", None,
                                                                             "Imposta di soggiorno")],
}
OPERATORS = {"Premier Inn London County Hall": "Whitbread Group PLC", "Travelodge Edinburgh Central":
             "Travelodge Hotels Ltd", "Motel One Berlin-Alexanderplatz": "Motel One Germany Betriebs GmbH",
             "Courtyard by Marriott Boston Downtown": "Operated under a license from Marriott International, Inc."}


def hotel_folio(rng: random.Random, font: str):
    """A hotel folio at check-out (Courtyard, Hampton Inn, Hyatt Place, Premier Inn, Travelodge, Holiday Inn,
    Maldron, Motel One, NH, Hotel V, ibis, Hotel Arts, Hotel Milano Scala; English pages, euro sums with the
    country's decimal comma): the hotel on top (the payee; the company operating it, the guest and a booking site
    never), the guest, room, the arrival day (never) and the departure day (the day paid), the confirmation or reservation number and a
    loyalty number (never), the folio or invoice number, dated charge lines (room, breakfast, parking, a bar, US
    occupancy taxes or a city tax), the payment line (a card's last four, cash or a bank transfer, on the departure
    day; its approval code on a share), the balance of zero, VAT included on a share, PAID IN FULL on a share. The
    amount is the payment line's sum; the date its day; the id its approval code, else the folio's own number."""
    country = rng.choice(["US", "US", "UK", "UK", "IE", "DE", "NL", "ES", "IT"])
    hotel, loyalty, city_tax = rng.choice(HOTELS[country])
    m = Money(rng, country)
    pattern = rng.choice([p for p in PATTERNS[country] if "{month}" not in p])
    depart = day(rng)
    nights = rng.randrange(1, 5)
    arrive = depart - dt.timedelta(days=nights)
    guest = rng.choice(PAYERS[country])
    rows: list[tuple] = [("title", hotel)]
    if hotel in OPERATORS and shown(rng, 0.4):
        rows.append(("small", OPERATORS[hotel]))
    rows.append(("center", rng.choice(["GUEST FOLIO", "Invoice", "Folio", "Guest Receipt"])))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Guest", "Guest name", "Name"]), guest))
    rows.append(("pair", "Room", str(rng.randrange(101, 1450))))
    rows.append(("pair", rng.choice(["Arrival", "Check-in"]), when_text(arrive, pattern)))
    rows.append(("pair", rng.choice(["Departure", "Check-out"]), when_text(depart, pattern)))
    rows.append(("pair", rng.choice(["Confirmation No.", "Reservation No.", "Booking ref"]),
                 rng.choice([digits(rng, 8), f"{code(rng, 3, UPPER)}{digits(rng, 7)}"])))
    if loyalty and shown(rng, 0.4):
        rows.append(("pair", loyalty, f"XXXXX{digits(rng, 4)}"))
    folio = rng.choice([digits(rng, 6), f"{rng.randrange(1, 9)}{digits(rng, 5)}", f"INV-{digits(rng, 7)}"])
    txn = None
    if shown(rng, 0.15):
        rows.append(("pair", rng.choice(["Folio No.", "Invoice No.", "Folio #", "Bill No."]), folio))
        txn = folio
    if shown(rng, 0.7):
        rows.append(("small", rng.choice(["Booked via Booking.com", "Booked via Expedia", "Company: Acme Consulting Ltd",
                                          "Rate: Best Flexible"])))
    rows.append(("rule",))
    rows.append(("pair", "Date   Description", "Amount"))
    total = 0.0
    short = "%d/%m" if country != "US" else "%m/%d"
    rate = round(rng.uniform(79, 320), 2)
    for i in range(nights):
        night = arrive + dt.timedelta(days=i)
        rows.append(("pair", f"{night.strftime(short)}  Room charge", m.bare(rate)))
        total += rate
        if city_tax:
            tax = round(rate * 0.06, 2) if country == "US" else round(rng.choice([2.5, 3.0, 4.0, 5.0]), 2)
            rows.append(("pair", f"{night.strftime(short)}  {city_tax}", m.bare(tax)))
            total += tax
    extras = rng.sample([("Breakfast", 14.5), ("Parking", 25.0), ("Bar", 18.4), ("Room service", 32.0),
                         ("Laundry", 12.0)], rng.randrange(0, 3))
    offsets = sorted(rng.randrange(0, nights) for _ in extras)
    for (label, price), offset in zip(extras, offsets):
        when_extra = arrive + dt.timedelta(days=offset)
        rows.append(("pair", f"{when_extra.strftime(short)}  {label}", m.bare(price)))
        total += price
    total = round(total, 2)
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Total charges", "Total"]), m(total)))
    last = digits(rng, 4)
    roll = rng.random()
    if roll < 0.75:
        brand = rng.choice(["Visa", "Mastercard", "Amex"])
        pay, method = rng.choice([f"{brand} XXXX{last}", f"{brand.upper()} ************{last}", f"{brand} ..{last}"]), \
            "card"
    elif roll < 0.9:
        pay, method = "Cash", "cash"
    else:
        pay, method = "Bank transfer", "netbanking"
    rows.append(("pair", f"{when_text(depart, pattern)}  {pay}", "-" + m.bare(total)))
    dated = depart
    if method == "card" and shown(rng, 0.6):
        appr = digits(rng, 6)
        rows.append(("small", f"Approval code {appr}"))
        txn = appr
    rows.append(("pair", rng.choice(["Balance", "Balance due"]), m(0.0)))
    if country != "US" and shown(rng, 0.4):
        vat_rate = {"UK": 20, "IE": 13.5, "DE": 7, "NL": 9, "ES": 10, "IT": 10}[country]
        rows.append(("small", f"VAT {vat_rate}% included: {m(round(total * vat_rate / (100 + vat_rate), 2))}"))
    status = None
    if shown(rng, 0.6):
        status = "success"
        rows.append(("big", rng.choice(["PAID IN FULL", "Paid", "PAID"])))
    rows.append(("small", rng.choice(["Thank you for staying with us", "We hope to welcome you back soon"])))
    return rows, done(hotel, total, m.ccy, txn, dated, method, status), dict(LETTER)


# ---------------------------------------------------------------- 9 a restaurant bill with a service charge and a split


RESTAURANTS = {
    "UK": [("Dishoom Carnaby", "Dishoom Ltd"), ("The Ivy Café Marylebone", "Caprice Holdings Ltd"),
           ("Hawksmoor Manchester", "Hawksmoor Group Ltd"), ("Rosa's Thai Soho", "Rosa's Thai Cafe Ltd")],
    "US": [("Carmine's Times Square", "Carmine's Broadway Feast Inc."), ("The Smith Lincoln Square",
           "The Smith Restaurant Group LLC"), ("Lou Malnati's Pizzeria", "Lou Malnati's Pizzeria Inc.")],
    "IE": [("The Woollen Mills", "Woollen Mills Eating House Ltd"), ("Cornucopia", "Cornucopia Restaurant Ltd")],
    "NL": [("Café de Klos", "De Klos B.V."), ("Restaurant Moeders", "Moeders B.V.")],
    "DE": [("Brauhaus Lemke", "Lemke Gastro GmbH"), ("Zur letzten Instanz", "Letzte Instanz GmbH")],
}
DISHES = [("Chicken Ruby", 14.9), ("House Black Dal", 8.5), ("Garlic Naan", 3.9), ("Ribeye 300g", 34.0),
          ("Caesar Salad", 11.5), ("Fish & Chips", 17.5), ("Margherita", 12.0), ("Pad Thai", 13.5),
          ("Sparkling Water 750ml", 4.5), ("House Red 175ml", 8.2), ("IPA Pint", 6.8), ("Sticky Toffee Pudding", 7.5),
          ("Schnitzel", 18.9), ("Bitterballen", 7.5)]


def restaurant_split(rng: random.Random, font: str):
    """A restaurant's bill with a service charge and a split (Dishoom, The Ivy Café, Hawksmoor, Rosa's Thai,
    Carmine's, The Smith, Lou Malnati's, The Woollen Mills, Cornucopia, Café de Klos, Moeders, Brauhaus Lemke, Zur
    letzten Instanz; English pages, euro sums with the country's decimal comma): the restaurant on top (the payee;
    its company under it never), table, covers, server and check number, the dishes, a subtotal, a discretionary
    service charge (UK, Ireland) or sales tax and suggested gratuities (US, never charged), the bill's total; then
    either the whole bill paid on one card (with a tip added on a share) or a split: each guest's share, the one
    payment this receipt is for (its card and last four), the amount paid and the balance left (never). VAT
    included on a share. The amount is the payment taken: the whole bill with its tip, or the one guest's share;
    the id the payment's auth code, else the check's or bill's own number."""
    country = rng.choice(["UK", "UK", "US", "US", "IE", "NL", "DE"])
    name, company = rng.choice(RESTAURANTS[country])
    m = Money(rng, country)
    when = day(rng)
    pattern = pattern_for(rng, country)
    rows: list[tuple] = [("title", name)]
    if shown(rng, 0.5):
        rows.append(("small", company))
    covers = rng.randrange(2, 7)
    check = str(rng.randrange(1000, 99999))
    txn = None
    rows.append(("pair", f"Table {rng.randrange(1, 60)}", f"Covers {covers}"))
    rows.append(("pair", rng.choice(["Server", "Served by"]), rng.choice(["Marta", "Jake", "Priya", "Tomás", "Lena"])))
    if shown(rng, 0.2):
        rows.append(("pair", rng.choice(["Check #", "Bill No.", "Receipt No.", "Chk"]), check))
        txn = check
    dated = None
    if shown(rng, 0.05):
        rows.append(("pair", "Date", f"{when_text(when, pattern)} {clock(rng, country)}"))
        dated = when
    rows.append(("rule",))
    subtotal = 0.0
    for dish, price in rng.sample(DISHES, rng.randrange(3, 7)):
        qty = rng.choice([1, 1, 2, 3])
        price = round(price * (1.2 if country == "US" else 1.0), 2)
        rows.append(("pair", f"{qty} {dish}", m.bare(price * qty)))
        subtotal += price * qty
    subtotal = round(subtotal, 2)
    rows.append(("rule",))
    rows.append(("pair", "Subtotal", m(subtotal)))
    bill = subtotal
    if country == "US":
        tax = round(subtotal * rng.choice([0.08875, 0.1025, 0.0625]), 2)
        rows.append(("pair", "Sales Tax", m(tax)))
        bill = round(subtotal + tax, 2)
    elif country in ("UK", "IE") or shown(rng, 0.5):
        pct = rng.choice([10, 12.5, 12.5, 15])
        service = round(subtotal * pct / 100, 2)
        rows.append(("pair", f"{rng.choice(['Discretionary service', 'Optional service charge', 'Service'])} "
                             f"{pct}%", m(service)))
        bill = round(subtotal + service, 2)
    rows.append(("pair", rng.choice(["Total", "Bill total", "TOTAL DUE"]), m(bill)))
    if country == "US" and shown(rng, 0.4):
        rows.append(("small", "Suggested gratuity:"))
        for pct in (18, 20, 22):
            rows.append(("small", f"{pct}% = {m(round(subtotal * pct / 100, 2))}"))
    rows.append(("rule",))
    last = digits(rng, 4)
    roll = rng.random()
    brand = rng.choice(["Visa", "Mastercard", "Amex"])
    if roll < 0.8:
        pay, method = rng.choice([f"{brand} ****{last}", f"{brand.upper()} XXXX{last}", f"{brand} contactless ..{last}"]), \
            "card"
    elif roll < 0.9:
        pay, method = "Apple Pay", "wallet"
    else:
        pay, method = "Cash", "cash"
    split = rng.random() < 0.55
    if split:
        parts = rng.choice([p for p in (2, 3, 4) if p <= covers] or [2])
        shares = split_cents(bill, parts)
        which = rng.randrange(parts)
        total = shares[which]
        rows.append(("left", f"Split {parts} ways" + rng.choice(["", f" - {m(shares[0])} each"])))
        rows.append(("pair", rng.choice(["Payment", "Guest"]) + f" {which + 1} of {parts}", pay))
        rows.append(("pair", rng.choice(["Amount paid", "Paid", "This payment"]), m(total)))
        paid_so_far = round(sum(shares[: which + 1]), 2)
        rows.append(("pair", rng.choice(["Balance remaining", "Remaining", "Left to pay"]),
                     m(round(bill - paid_so_far, 2))))
    else:
        total = bill
        rows.append(("pair", rng.choice(["Paid by", "Payment", "Tender"]), pay))
        if method == "card" and country in ("US", "UK") and shown(rng, 0.5):
            tip = round(bill * rng.choice([0.1, 0.15, 0.18, 0.2]), 0)
            total = round(bill + tip, 2)
            rows.append(("pair", rng.choice(["Tip", "Gratuity"]), m(tip)))
            rows.append(("pair", rng.choice(["Total charged", "Total paid"]), m(total)))
        else:
            rows.append(("pair", rng.choice(["Amount paid", "Paid"]), m(total)))
    if method == "card" and shown(rng, 0.3):
        appr = digits(rng, 6)
        rows.append(("pair", rng.choice(["Auth code", "Auth", "Approval"]), appr))
        txn = appr
    status = None
    if shown(rng, 0.75):
        status = "success"
        rows.append(("center", rng.choice(["APPROVED", "Payment accepted", "Thank you - paid"] if method != "cash"
                                          else ["Thank you - paid"])))
    if country != "US" and shown(rng, 0.5):
        rate = {"UK": 20, "IE": 13.5, "NL": 9, "DE": 19}[country]
        rows.append(("small", f"VAT {rate}% incl. {m.bare(round(bill * rate / (100 + rate), 2))}"))
    if country in ("UK", "IE") and shown(rng, 0.5):
        rows.append(("small", "Service is discretionary and goes 100% to our team"))
    rows.append(("center", rng.choice(["Thank you!", "See you soon", "Thanks for dining with us"])))
    return rows, done(name, total, m.ccy, txn, dated, method, status), dict(THERMAL, width=470)


# ---------------------------------------------------------------- 10 a pharmacy's till receipt


PHARMACIES = {
    "US": [("CVS pharmacy", "ExtraCare Card #", "ExtraBucks Rewards"), ("Walgreens", "myWalgreens #",
           "Walgreens Cash rewards"), ("Rite Aid", "Rite Aid Rewards #", "Bonus points")],
    "UK": [("Boots", "Advantage Card", "Points earned"), ("Superdrug", "Health & Beautycard", "Points earned"),
           ("Well Pharmacy", None, None)],
    "IE": [("Boots Ireland", "Advantage Card", "Points earned"), ("McCabes Pharmacy", "Club Card", "Points")],
    "DE": [("Apotheke am Markt", None, None), ("Löwen-Apotheke", "Kundenkarte", "Bonuspunkte")],
}
OTC = {
    "en": [("Ibuprofen 200mg 24s", 3.49), ("Vitamin D3 1000IU", 6.99), ("Hand Cream 75ml", 4.5),
           ("Cold & Flu Capsules", 5.29), ("Plasters Assorted 40", 2.99), ("Sun Cream SPF50", 9.99),
           ("Toothpaste Sensitive", 3.75), ("Allergy Relief 30 tabs", 7.49)],
    "de": [("Ibuprofen 400 akut 20 St.", 5.95), ("Nasenspray 10 ml", 4.49), ("Vitamin C Brause", 3.95),
           ("Pflaster Sortiment", 3.49), ("Handcreme 50 ml", 6.9)],
}


def pharmacy_receipt(rng: random.Random, font: str):
    """A pharmacy's till receipt (CVS, Walgreens, Rite Aid, Boots, Superdrug, Well Pharmacy, Boots Ireland, McCabes,
    and German Apotheken in German): the pharmacy on top (the payee), the store's number and address, prescriptions
    with their Rx numbers and copays after insurance (US), NHS prescription charges (UK), a co-payment (Zuzahlung,
    Germany), over-the-counter items, US sales tax added on taxable items or VAT included (MwSt), a loyalty card's
    number, points earned and the rewards balance (never), a next refill's day (never), the total, the tender (a
    card's last four with its auth code and APPROVED on shares, or cash with change), the transaction number on a
    share and the date and time. The amount is the total (never the insurance's saving, VAT, points or change); the
    id the auth code, else the transaction's or receipt's number (never an Rx number or a card number)."""
    country = rng.choice(["US", "US", "UK", "UK", "IE", "DE"])
    lang = "de" if country == "DE" else "en"
    name, card_label, points_label = rng.choice(PHARMACIES[country])
    m = Money(rng, country)
    when = day(rng)
    pattern = pattern_for(rng, country)
    upper = country == "US"
    rows: list[tuple] = [("title", name)]
    rows.append(("center", {"US": f"Store #{rng.randrange(1000, 19999)}  ({digits(rng, 3)}) {digits(rng, 3)}-"
                                  f"{digits(rng, 4)}",
                            "UK": rng.choice(["88 High St, Guildford GU1 3HE", "12 Bold St, Liverpool L1 4DS"]),
                            "IE": rng.choice(["Henry St, Dublin 1", "Patrick St, Cork"]),
                            "DE": rng.choice(["Marktplatz 3, 72070 Tübingen", "Hauptstr. 41, 69117 Heidelberg"])}
                 [country]))
    rows.append(("rule",))
    total = 0.0
    taxable = 0.0
    if country == "US" and shown(rng, 0.3):
        for _ in range(rng.randrange(1, 3)):
            retail = round(rng.uniform(18, 160), 2)
            copay = rng.choice([0.0, 5.0, 10.0, 15.0, 25.0])
            rows.append(("left", f"RX #{digits(rng, 7)}"))
            rows.append(("pair", "  RETAIL PRICE", m.bare(retail)))
            rows.append(("pair", "  INSURANCE PAID", "-" + m.bare(round(retail - copay, 2))))
            rows.append(("pair", "  YOUR COPAY", m.bare(copay)))
            total += copay
        rows.append(("small", f"NEXT REFILL AFTER {when_text(later(when, rng, 20, 30), pattern, upper=True)}"))
    elif country == "UK" and shown(rng, 0.4):
        items = rng.randrange(1, 3)
        rows.append(("pair", f"NHS Prescription x{items}", m.bare(9.9 * items)))
        total += 9.9 * items
    elif country == "DE" and shown(rng, 0.3):
        rows.append(("pair", "Rezept Zuzahlung", m.bare(5.0)))
        rows.append(("small", f"PZN {digits(rng, 8)}"))
        total += 5.0
    for item, price in rng.sample(OTC[lang], rng.randrange(1, 4)):
        flag = " T" if upper and rng.random() < 0.7 else ""
        rows.append(("pair", item.upper() if upper else item, m.bare(price) + flag))
        total += price
        if flag:
            taxable += price
    if card_label and shown(rng, 0.6):
        cut = round(min(rng.choice([1.0, 2.0, 3.0]), total * 0.3), 2)
        rows.append(("pair", {"en": "REWARD SAVINGS" if upper else "Offer saving", "de": "Rabatt"}[lang], "-" + m.bare(cut)))
        total -= cut
    total = round(total, 2)
    rows.append(("rule",))
    if country == "US" and taxable:
        tax = round(taxable * rng.choice([0.06, 0.07, 0.0825]), 2)
        rows.append(("pair", "SUBTOTAL", m.bare(total)))
        rows.append(("pair", "TAX", m.bare(tax)))
        total = round(total + tax, 2)
    rows.append(("pair", {"en": rng.choice(["TOTAL", "BALANCE DUE", "Total"]), "de": "SUMME"}[lang], m(total)))
    last = digits(rng, 4)
    txn = None
    status = None
    if rng.random() < 0.75:
        label = {"en": rng.choice(["VISA", "MASTERCARD", "DEBIT", "Contactless"]), "de": "Girocard"}[lang]
        rows.append(("pair", label, m(total)))
        rows.append(("left", f"{'Karte' if lang == 'de' else 'CARD'} ************{last}"))
        if shown(rng, 0.4):
            appr = digits(rng, 6)
            rows.append(("pair", {"en": "AUTH CODE", "de": "Genehmigungs-Nr."}[lang], appr))
            txn = appr
        if shown(rng, 0.5):
            status = "success"
            rows.append(("center", {"en": "APPROVED", "de": "Zahlung erfolgt"}[lang]))
        method = "card"
    else:
        given = float(next(v for v in (5, 10, 20, 50, 100) if v >= total))
        rows.append(("pair", {"en": "CASH", "de": "Bar"}[lang], m(given)))
        rows.append(("pair", {"en": "CHANGE", "de": "Rückgeld"}[lang], m(round(given - total, 2))))
        method = "cash"
    if country != "US" and shown(rng, 0.4):
        rate = {"UK": 20, "IE": 23, "DE": 19}[country]
        rows.append(("small", f"{'MwSt' if lang == 'de' else 'VAT'} {rate}% {m.bare(round(total * 0.1, 2))} incl."))
    if card_label and shown(rng, 0.4):
        rows.append(("pair", card_label, f"****{digits(rng, 4)}"))
        if points_label:
            rows.append(("pair", points_label, str(rng.randrange(4, 120))))
    number = str(rng.randrange(1000, 99999))
    if shown(rng, 0.5):
        rows.append(("pair", {"en": rng.choice(["TRANS #", "Receipt No", "Transaction"]), "de": "Beleg-Nr."}[lang],
                     number))
        txn = txn or number
    dated = None
    if shown(rng, 0.05):
        rows.append(("left", f"{when_text(when, pattern, DE_MONTH if lang == 'de' else None, upper)} "
                             f"{clock(rng, country)}"))
        dated = when
    rows.append(("center", {"en": rng.choice(["Thank you for shopping with us", "Get well soon!"]),
                            "de": "Gute Besserung!"}[lang]))
    return rows, done(name, total, m.ccy, txn, dated, method, status), dict(THERMAL)


# ---------------------------------------------------------------- 11 a subscription's renewal receipt e-mail


SUBSCRIPTIONS = [
    ("Spotify", "Spotify AB, Regeringsgatan 19, Stockholm", ["Premium Individual", "Premium Duo", "Premium Family"],
     (10.99, 17.99)),
    ("Netflix", "Netflix International B.V.", ["Standard", "Premium", "Standard with ads"], (5.99, 22.99)),
    ("Disney+", "The Walt Disney Company Ltd", ["Standard", "Premium", "Annual Premium"], (7.99, 119.9)),
    ("Adobe", "Adobe Systems Software Ireland Ltd", ["Photography Plan 20GB", "Acrobat Pro", "Creative Cloud All Apps"],
     (11.99, 69.99)),
    ("Microsoft 365", "Microsoft Ireland Operations Ltd", ["Personal", "Family"], (69.99, 129.99)),
    ("The New York Times", "The New York Times Company", ["All Access", "Digital News"], (4.0, 25.0)),
    ("The Economist", "The Economist Newspaper Ltd", ["Digital", "Print + Digital"], (19.9, 99.0)),
    ("Dropbox", "Dropbox International Unlimited Co.", ["Plus", "Essentials"], (11.99, 199.0)),
    ("Duolingo", "Duolingo, Inc.", ["Super Duolingo", "Max"], (12.99, 83.99)),
]
SUB_WORDS = {
    "success": ["Payment successful", "Thanks - your payment went through", "Your subscription has been renewed"],
    "failed": ["We couldn't process your payment", "Payment failed", "Your payment was declined"],
    "pending": ["Payment pending"],
}


def subscription_receipt(rng: random.Random, font: str):
    """A subscription's renewal receipt e-mail (Spotify, Netflix, Disney+, Adobe, Microsoft 365, The New York Times,
    The Economist, Dropbox, Duolingo) to a US, UK, Irish, German, Dutch, French or Spanish customer (English pages,
    euro sums with the country's decimal comma): the service on top (the payee; its legal entity in the footer
    never, the customer never), the plan, the billing period (never), the next billing or renewal day (never), the
    price, a discount, US sales tax added or VAT included, the total charged, the way paid (a card's last four,
    PayPal, Apple Pay, a SEPA direct debit), the charge's day, an order, invoice or receipt number, a price change
    notice with a future price (never), an outcome in words on a share (a failed renewal asks to update the card).
    The amount is the total charged (or tried)."""
    service, entity, plans, (low, high) = rng.choice(SUBSCRIPTIONS)
    country = rng.choice(["US", "US", "UK", "UK", "IE", "DE", "NL", "FR", "ES"])
    m = Money(rng, country)
    when = day(rng)
    pattern = pattern_for(rng, country)
    customer = rng.choice(PAYERS[country])
    rows: list[tuple] = [("small", f"From: {service} <no-reply@{''.join(c for c in service.lower() if c.isalnum())}"
                                   f".com>"), ("title", service)]
    status, said = outcome(rng, 0.55, SUB_WORDS, 0.6, 0.35)
    rows.append(("center", said or rng.choice(["Your receipt", "Receipt for your subscription", "Thanks for renewing"])))
    rows.append(("left", f"Hi {customer.split()[0]},"))
    rows.append(("rule",))
    rows.append(("pair", "Plan", rng.choice(plans)))
    price = round(rng.uniform(low, high), 0) - 0.01
    annual = price > 50
    end = later(when, rng, 364, 364) if annual else later(when, rng, 29, 30)
    rows.append(("pair", rng.choice(["Billing period", "Period"]), f"{when_text(when, pattern)} - "
                                                                    f"{when_text(end, pattern)}"))
    rows.append(("pair", "Price", m(price)))
    total = price
    if shown(rng, 0.7):
        cut = round(price * rng.choice([0.2, 0.25, 0.5]), 2)
        rows.append(("pair", rng.choice(["Discount", "Student discount", "Promo"]), m(cut, "-")))
        total = round(price - cut, 2)
    if country == "US":
        if shown(rng, 0.4):
            tax = round(total * rng.choice([0.06, 0.0725, 0.08875]), 2)
            rows.append(("pair", "Sales tax", m(tax)))
            total = round(total + tax, 2)
    elif shown(rng, 0.5):
        rate = {"UK": 20, "IE": 23, "DE": 19, "NL": 21, "FR": 20, "ES": 21}[country]
        rows.append(("pair", f"VAT ({rate}%, included)", m(round(total * rate / (100 + rate), 2))))
    rows.append(("pair", rng.choice(["Total", "Total charged", "Amount charged", "Total paid"] if status != "failed"
                                    else ["Total", "Amount due"]), m(total)))
    last = digits(rng, 4)
    roll = rng.random()
    if roll < 0.6:
        pay, method = rng.choice([f"Visa •••• {last}", f"Mastercard ending in {last}", f"Amex ****{last}"]), "card"
    elif roll < 0.75:
        pay, method = "PayPal", "wallet"
    elif roll < 0.85 and country in ("DE", "NL", "FR", "ES", "IE"):
        pay, method = f"SEPA Direct Debit ••{last}", "netbanking"
    elif roll < 0.92:
        pay, method = "Apple Pay", "wallet"
    else:
        pay, method = None, None
    if pay:
        rows.append(("pair", rng.choice(["Payment method", "Paid with", "Charged to"]), pay))
    dated = None
    if shown(rng, 0.1):
        rows.append(("pair", rng.choice(["Date", "Payment date", "Charged on", "Date paid"]), when_text(when, pattern)))
        dated = when
    txn = None
    if shown(rng, 0.15):
        txn = rng.choice([f"{code(rng, 2, UPPER)}-{digits(rng, 8)}", f"P{digits(rng, 10)}", code(rng, 12, ALNUM)])
        rows.append(("pair", rng.choice(["Order ID", "Invoice number", "Receipt number", "Order number"]), txn))
    rows.append(("rule",))
    if status == "failed":
        rows.append(("left", "Please update your payment details to keep your plan."))
    elif shown(rng, 0.3):
        rows.append(("pair", rng.choice(["Next billing date", "Renews on", "Next payment"]),
                     when_text(end + dt.timedelta(days=1), pattern)))
    if shown(rng, 0.7):
        new_price = round(price + rng.choice([1.0, 2.0, 3.0]), 2)
        wrap(rows, f"From your next bill your price will be {m(new_price)}.", 60, "small")
    if shown(rng, 0.5):
        rows.append(("small", f"Account: {customer.split()[0].lower()}{digits(rng, 2)}@gmail.com"))
    rows.append(("small", entity))
    return rows, done(service, total, m.ccy, txn, dated, method, status), dict(EMAIL)


# ---------------------------------------------------------------- 12 a fuel station's pay-at-pump slip


PUMP_BRANDS = {
    "US": [("SHELL", "Fuel Rewards"), ("CHEVRON", "Chevron Techron Rewards"), ("EXXON", "Exxon Mobil Rewards+"),
           ("MARATHON", "Make It Count"), ("SUNOCO", None)],
    "UK": [("SHELL", "Shell Go+"), ("BP", "BPme Rewards"), ("ESSO", "Nectar"), ("TEXACO", None)],
    "IE": [("CIRCLE K", "Circle K Extra"), ("APPLEGREEN", None), ("MAXOL", "Maxol Rewards")],
    "DE": [("ARAL", "PAYBACK"), ("SHELL", "Shell ClubSmart"), ("JET", None), ("TotalEnergies", "Club")],
    "NL": [("TANGO", None), ("SHELL", "Shell Go+"), ("TINQ", None)],
}
PUMP_SITES = {
    "US": ["1520 ROUTE 9  CLIFTON PARK NY", "4401 S LAMAR BLVD  AUSTIN TX", "88 E STATE ST  COLUMBUS OH"],
    "UK": ["A34 NORTHBOUND  OXFORD OX2 8JR", "LONDON RD  SEVENOAKS TN13 2JD", "M6 J16 SANDBACH CW11 2FZ"],
    "IE": ["N11 KILMACANOGUE  CO WICKLOW", "DUBLIN RD  ATHLONE"],
    "DE": ["Berliner Str. 112  14467 Potsdam", "A9 Rastanlage Fürholzen West"],
    "NL": ["Overtoom 400  Amsterdam", "A12 Bodegraven-Noord"],
}
PUMP_WORDS = {
    "en": {"head": ["PAY AT PUMP", "OUTDOOR SALE", "PAY AT THE PUMP RECEIPT", "CRIND RECEIPT"], "pump": "PUMP",
           "grade": ["UNLEADED", "REGULAR", "DIESEL", "SUPER UNLEADED", "PREMIUM"], "volume": "VOLUME",
           "price": "PRICE", "preauth": ["PRE-AUTH", "PRE-AUTH AMOUNT", "PREAUTH HOLD"],
           "total": ["TOTAL", "FUEL SALE", "AMOUNT"], "auth": ["AUTH CODE", "APPROVAL", "AUTH #"],
           "ref": ["REF #", "RRN"], "no": ["RECEIPT #", "TRANS #", "INVOICE"], "ok": ["APPROVED", "AUTHORISED"],
           "thanks": "THANK YOU - DRIVE SAFELY"},
    "de": {"head": ["SB-ZAHLUNG AN DER SÄULE", "Zahlung an der Säule", "OUTDOOR-ZAHLUNG"], "pump": "Säule",
           "grade": ["Super E10", "Super E5", "Diesel", "SuperPlus"], "volume": "Menge", "price": "Preis",
           "preauth": ["Reservierter Betrag", "Vorautorisierung"], "total": ["Betrag", "SUMME", "Gesamt"],
           "auth": ["Genehmigungs-Nr.", "Autorisierungs-Nr."], "ref": ["Trace-Nr."], "no": ["Beleg-Nr.", "Bon-Nr."],
           "ok": ["Zahlung erfolgt", "GENEHMIGT"], "thanks": "Gute Fahrt!"},
    "nl": {"head": ["BETALEN AAN DE POMP", "Buitenbetaling"], "pump": "Pomp", "grade": ["Euro 95 E10", "Diesel",
           "Super Plus 98"], "volume": "Liters", "price": "Prijs", "preauth": ["Gereserveerd bedrag"],
           "total": ["Bedrag", "TOTAAL"], "auth": ["Autorisatiecode"], "ref": ["Referentie"],
           "no": ["Bonnr.", "Transactie"], "ok": ["Akkoord", "BETALING GESLAAGD"], "thanks": "Goede reis!"},
}


def pump_slip(rng: random.Random, font: str):
    """A fuel station's pay-at-pump slip (Shell, Chevron, Exxon, Marathon, Sunoco, BP, Esso, Texaco, Circle K,
    Applegreen, Maxol, Aral, JET, TotalEnergies, Tango, TinQ; German and Dutch pages in their words on a share):
    the brand on top (the payee; the site's address under it never), the pump's number, the grade, the volume in
    gallons or litres, the price per unit, the pre-authorised hold (never), a loyalty scheme's member number and
    a cents-off saving, the fuel sale's total, US tax included or VAT included, the card's scheme and masked number,
    AID, the auth code, a reference and a receipt number on shares, TID, APPROVED words on a share, the date and
    time. The amount is the fuel sale's total (never the hold, the price or the volume); the id the auth code, else
    the reference, else the receipt number (never the pump, TID, AID or a member number)."""
    country = rng.choice(["US", "US", "UK", "UK", "IE", "DE", "NL"])
    lang = "en" if country in ("US", "UK", "IE") or rng.random() < 0.3 else country.lower()
    w = PUMP_WORDS[lang]
    brand, scheme = rng.choice(PUMP_BRANDS[country])
    m = Money(rng, country)
    when = day(rng)
    pattern = pattern_for(rng, country)
    rows: list[tuple] = [("title", brand), ("center", rng.choice(PUMP_SITES[country]))]
    rows.append(("center", rng.choice(w["head"])))
    rows.append(("rule",))
    dated = None
    if shown(rng, 0.05):
        rows.append(("left", f"{when_text(when, pattern, DE_MONTH if lang == 'de' else NL_MONTH if lang == 'nl' else None, lang == 'en')}"
                             f"  {clock(rng, country)}"))
        dated = when
    rows.append(("pair", w["pump"], str(rng.randrange(1, 17))))
    rows.append(("pair", "TID", code(rng, 8, "0123456789")))
    grade = rng.choice(w["grade"])
    unit_price = round(rng.uniform(2.89, 4.99), 3) if country == "US" else round(rng.uniform(1.39, 1.99), 3)
    target = round(rng.uniform(18, 95), 2)
    volume = round(target / unit_price, 3)
    total = round(volume * unit_price, 2)
    unit = "G" if country == "US" else ("L" if lang == "en" else "l")
    hold = rng.choice([75.0, 100.0, 125.0, 150.0]) if country == "US" else rng.choice([90.0, 99.0, 100.0, 120.0, 150.0])
    hold = max(hold, float(int(total) + 10))
    if shown(rng, 0.4):
        rows.append(("pair", rng.choice(w["preauth"]), m(hold)))
    rows.append(("rule",))
    rows.append(("left", grade))
    price_text = f"{unit_price:.3f}"
    if m.grouping in ("european", "space", "comma"):
        price_text = price_text.replace(".", ",")
    rows.append(("pair", w["volume"], f"{volume:.3f} {unit}".replace(".", "," if "," in price_text else ".")))
    rows.append(("pair", w["price"], f"{price_text}/{unit}"))
    saving = 0.0
    if scheme and country == "US" and shown(rng, 0.6):
        cents = rng.choice([5, 10, 15])
        saving = round(volume * cents / 100, 2)
        rows.append(("pair", f"{scheme} {cents}c/gal", m(saving, "-")))
    total = round(total - saving, 2)
    rows.append(("pair", rng.choice(w["total"]), m(total)))
    if country != "US" and shown(rng, 0.5):
        rate = {"UK": 20, "IE": 23, "DE": 19, "NL": 21}[country]
        vat = m.bare(round(total * rate / (100 + rate), 2))
        rows.append(("small", {"en": f"INCL VAT {rate}% {vat}", "de": f"inkl. MwSt {rate}% {vat}",
                               "nl": f"incl. BTW {rate}% {vat}"}[lang]))
    rows.append(("rule",))
    scheme_card, aid, _ = rng.choice(CARDS)
    last, pan = masked(rng, rng.choice(["stars", "x"]))
    rows.append(("left", scheme_card))
    rows.append(("left", pan))
    rows.append(("pair", "AID", aid))
    txn = None
    number = str(rng.randrange(1000, 999999))
    if shown(rng, 0.5):
        rows.append(("pair", rng.choice(w["no"]), number))
        txn = number
    if shown(rng, 0.5):
        ref = digits(rng, 12)
        rows.append(("pair", rng.choice(w["ref"]), ref))
        txn = ref
    if shown(rng, 0.25):
        appr = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, "0123456789ABCDEF")
        rows.append(("pair", rng.choice(w["auth"]), appr))
        txn = appr
    status = None
    if shown(rng, 0.5):
        status = "success"
        rows.append(("center", rng.choice(w["ok"])))
    if scheme and shown(rng, 0.5):
        rows.append(("pair", scheme, f"****{digits(rng, 4)}"))
    rows.append(("center", w["thanks"]))
    return rows, done(brand, total, m.ccy, txn, dated, "card", status), dict(THERMAL)
