"""heldout50: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout50).

Families (8 receipts each), drawn away from heldout48 and heldout49, in Mexican pesos, won, Philippine pesos, pounds,
US and Australian dollars, euros, rand, rupees, Turkish lira and dirhams: an OXXO / 7-Eleven / Circle K ticket in
Mexico ("$" amounts, RFC, CAJA, FECHA / HORA day first or "12-MAR-2025", IVA INCLUIDO, TOTAL / TOTAL A PAGAR / TOTAL
M.N., EFECTIVO and CAMBIO or TARJETA DEBITO / TARJETA CREDITO / VISA / MASTERCARD with AUTORIZACION / AUT. and APROBADA
in a share, else FOLIO / TICKET / No. TICKET), a CU / GS25 / emart24 convenience-store slip in won in English
(Business Reg. No., a year-first date line, 1+1 Event discounts, Taxable amount / VAT, Total as ₩ or KRW, Credit Card
/ Check Card / an issuer's card / Apple Pay with Installment and Approval No. / Auth No. and Approved in a share, or
Cash and Change, else Receipt No.), a Mercury Drug / Watsons / Rose Pharmacy / The Generics Pharmacy receipt in ₱ or
PHP (VAT REG TIN, OFFICIAL RECEIPT / SALES INVOICE, a date with the month named or year first, qty @ price, VATable
Sales / VAT Amount or a senior citizen's LESS: VAT 12% and LESS: SC DISC 20%, TOTAL / AMOUNT DUE / TOTAL AMOUNT DUE,
CASH and CHANGE or a card with APPR CODE / APPROVAL CODE, else OR No. / SI No. / Invoice No.), an ODEON / Vue /
Cineworld booking in pounds or an AMC / Regal one in dollars (Showtime / Screening / Performance (never the day
paid), Screen, Seats, tickets, Booking fee / Convenience fee, Total / Order total / Amount paid / Total paid, Paid
with / Payment method, Booking reference / Booking ref / Confirmation number, Booked on / Booking date / Purchased
on, Payment successful / Payment status Paid in a share), a water bill paid online (Thames Water / Severn Trent /
Anglian Water / Yorkshire Water in pounds, Sydney Water / Yarra Valley Water in Australian dollars with an ABN:
outcome in a share, Account number / Customer account, Due date (never the day paid), Amount paid / Payment amount /
Total paid with a card payment fee in a share, Paid with / Payment method, Payment reference / Confirmation number /
Transaction reference / Receipt number, Payment date / Date paid / Date of payment), a B&Q / Screwfix / Wickes /
Toolstation card-terminal slip in pounds or a Woodie's one in euros (MERCHANT COPY / CUSTOMER COPY / CARDHOLDER COPY,
TID, MID, AID, PAN SEQ NO, a day-first date, the scheme and masked card, CONTACTLESS, SALE, AMOUNT / SALE AMOUNT /
TOTAL, PIN VERIFIED or a signature line, AUTH CODE / AUTH NO, AUTHORISED / APPROVED / DECLINED in a share), a Pick n
Pay / Checkers / Shoprite / Woolworths till in rand (VAT NO, TAX INVOICE, a date year first or day first, a loyalty
saving and YOU SAVED, TOTAL / TOTAL DUE / AMOUNT DUE as "R 1 234.56" or "R1,234.56", VAT 15% INCL, CASH and CHANGE or
a card with AUTH CODE / APPROVAL CODE and APPROVED in a share, else SLIP NO / RECEIPT NO / TRANS NO), a charity
donation receipt (British Red Cross / Oxfam GB / Cancer Research UK / Macmillan with a registered charity number and
Gift Aid, American Red Cross / UNICEF USA / St. Jude with an EIN, HelpAge India / CRY / Akshaya Patra with a PAN and
80G: Donation amount / Amount donated / Total donation / Amount, One-off / Single / Monthly and Next payment date
(never the day paid), Donation ID / Donation reference / Receipt No. / Transaction ID, Payment method / Paid by /
Payment mode, Donation date / Date of donation / Payment date / Date, Payment successful / Donation successful in a
share), a Spotify / Netflix / Disney+ subscription receipt e-mail in dollars, pounds, euros or rupees (Paid / Payment
successful / Payment failed / Payment declined in a share, Plan, Billing period / Service period and Next billing
date / Renews on (never the day paid), Subtotal and Tax in a share, Total / Total charged / Amount charged / Total
paid, VAT or GST included, Payment method / Paid with / Charged to, Order ID / Invoice number / Receipt number /
Transaction ID, Date / Payment date / Date paid / Billed on, a dark screen in a share), a Migros / BİM / A101 / ŞOK
fiş in Turkish lira (V.D. and VKN, TARİH / SAAT, items with their KDV rate and a star before each sum, TOPKDV, TOPLAM
as "*1.234,56 TL" / "1.234,56 TL" / "TL 1.234,56", NAKİT and PARA ÜSTÜ or KREDİ KARTI / BANKA KARTI with ONAY KODU /
ONAY NO / PROVİZYON NO, else FİŞ NO / BELGE NO, a Migros Money line), a LuLu Hypermarket / Spinneys / Union Coop /
Choithrams till in dirhams (TRN, TAX INVOICE, Date day first, Sub Total (Excl. VAT), VAT 5%, Total / Net Total / Total
Amount as AED / Dhs or bare under Total (AED), CASH and CHANGE or a card or APPLE PAY with APPROVAL CODE / AUTH CODE /
APPR. CODE and APPROVED in a share, else Invoice No / Bill No / Receipt No, a loyalty line) and a Hertz / Avis /
Enterprise / Sixt rental receipt in dollars, pounds or euros (Renter, Vehicle, Pick-up / Pickup and Return /
Drop-off with their dates (never the day paid), daily rate, airport fees and sales tax or VAT / MwSt. included, Total
charges / Total / Amount charged / Total paid, Paid by / Payment method / Charged to, Rental agreement no. / RA
number / Confirmation no., Payment date / Date charged / Charged on, PAID / Paid in full in a share).
Faces: every family is drawn, at least in part, in the faces the project installs besides DejaVu (``make
system-deps``: fonts-liberation, fonts-liberation2, fonts-freefont-ttf, fonts-noto-core, fonts-noto-mono): the
Mexican ticket in Liberation Mono, FreeMono and Noto Sans Mono, the Korean slip in Noto Sans Mono, Liberation Mono and
DejaVu Sans Mono, the pharmacy receipt in FreeMono Bold and Noto Sans Mono Bold, the cinema booking in Liberation Sans
Narrow, FreeSans and Noto Sans, the water bill payment in Liberation Sans and Noto Sans, the card slip in FreeMono,
Noto Sans Mono and DejaVu Sans Mono, the South African till in Liberation Mono and FreeMono Bold, the donation receipt
in Liberation Serif, Noto Serif and FreeSerif, the subscription receipt in Noto Sans, FreeSans and DejaVu Sans, the
Turkish fiş in DejaVu Sans Mono, Liberation Mono and FreeMono, the UAE till in Noto Sans Mono and FreeMono, the rental
receipt in Liberation Sans, DejaVu Sans Condensed and Noto Sans Bold. The rupee pages print ₹ only in faces that hold
it (``heldout14_values.rupee``), ₩ and ₱ only in faces that hold them (else KRW, PHP); a face missing from the
machine stops the set with its package named, never a fallback.
Degradations as heldout49 (``heldout14_render.degrade``: JPEG quality, blur, rotation, perspective, low contrast,
noise, uneven light, a photo of the screen for screens).

Truth conventions (README "Receipt fields", with each family's specifics):

* amount: the amount paid, fees, taxes and booking fees included, discounts, loyalty savings and a senior
  citizen's VAT and discount taken off, as "1234.50" (whole won as "8550.00"); currency its ISO code (a Mexican
  till's "$" is MXN, an Australian water utility's "$" AUD, "R" ZAR, "TL" TRY, "Dhs" AED). The tills' TOTAL /
  TOPLAM / AMOUNT DUE (never a Subtotal, VAT, TOPKDV, IVA, VATable Sales, YOU SAVED, the cash handed over or the
  change); the card slip's AMOUNT; the cinema's Total (never a ticket line or fee); the water payment's Amount paid,
  or Total paid with a card fee (never the payment before the fee); the donation amount; the subscription's Total
  (never the Subtotal before tax); the rental's Total charges (never the daily rate or a fee). For a declined or
  failed payment the amount attempted.
* date: the payment date, ISO, only where printed: the tills' and slip's date line; the cinema's Booked on (never
  the Showtime); the water Payment date (never the Due date); the donation date (never a Next payment date); the
  subscription's Date / Payment date / Billed on (never the Billing period or the Next billing date); the rental's
  Payment date / Date charged (never the Pick-up or Return date). Day first on Mexican, UK, Irish, Australian,
  Turkish, German, UAE, South African and Indian pages, month first on US pages; the Korean tills print year first,
  the Philippine ones year first or with the month's name (never in numbers that read both ways), the South African
  ones year first in a share.
* payment_method: "card" (TARJETA DEBITO / CREDITO, VISA, MASTERCARD, Credit Card, Check Card, a Korean issuer's
  card, CREDIT CARD, DEBIT CARD, VISA DEBIT, MAESTRO, KREDİ KARTI, BANKA KARTI, a card ending in digits, Debit
  card), "wallet" (Apple Pay, PayPal), "UPI", "netbanking" (Net Banking), "cash" (EFECTIVO, Cash, CASH, NAKİT);
  None where no tender or method line is printed. The card slip always prints its card.
* status: only where words state the outcome. Success: APROBADA / APROBADO, Approved / APPROVED, TRANSACTION
  APPROVED, AUTHORISED, Payment successful, Your payment was successful, Donation successful, Status / Payment status
  Successful / Paid, Paid, PAID, Paid in full. Failed: DECLINED, Payment failed, Payment declined, Status Failed.
  Pending: Payment pending, Processing, Status Pending. None otherwise (the Turkish fiş never prints one; no page
  prints a thank-you sentence about the payment).
* transaction_id: as printed; each receipt prints at most one: a card approval (AUTORIZACION, Approval No., APPR
  CODE, AUTH CODE, ONAY KODU, APPROVAL CODE), a reference (Payment reference, Confirmation number, Transaction
  reference, Transaction ID, Donation ID / reference), or the document's own number (FOLIO, Receipt No., OR No., SLIP
  NO, FİŞ NO, Invoice No, Booking reference, Order ID, Rental agreement no.). Never an RFC, VAT REG TIN, Business Reg.
  No., VAT NO, VKN, TRN, ABN, EIN, PAN, charity number, TID, MID, AID, PAN SEQ NO, account number, a masked card, a
  phone. None when none is printed.
* merchant_name: who was paid, as printed on top: the chain ("OXXO", "CU", "MERCURY DRUG", "B&Q", "Pick n Pay",
  "BİM", "LuLu Hypermarket" …), the cinema chain, the water company, the charity, the streaming service, the rental
  company; no page names another party as payee (no marketplace, platform or seller line).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout50_families import (
    car_rental_receipt,
    cinema_booking,
    diy_card_slip,
    donation_receipt,
    kr_convenience_slip,
    mx_convenience_ticket,
    ph_pharmacy_receipt,
    streaming_receipt,
    tr_market_fis,
    uae_hypermarket_till,
    water_bill_payment,
    za_supermarket_till,
)

SPLIT = "heldout50"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), as ``load_font`` opens them.
MX_TILL_MONO = ["liberation2/LiberationMono-Regular.ttf", "freefont/FreeMono.ttf", "noto/NotoSansMono-Regular.ttf"]
KR_TILL_MONO = ["noto/NotoSansMono-Regular.ttf", "liberation2/LiberationMono-Regular.ttf", "dejavu/DejaVuSansMono.ttf"]
PHARMACY_MONO = ["freefont/FreeMonoBold.ttf", "noto/NotoSansMono-Bold.ttf"]
CINEMA_SANS = ["liberation/LiberationSansNarrow-Regular.ttf", "freefont/FreeSans.ttf", "noto/NotoSans-Regular.ttf"]
WATER_SANS = ["liberation2/LiberationSans-Regular.ttf", "noto/NotoSans-Regular.ttf"]
SLIP_MONO = ["freefont/FreeMono.ttf", "noto/NotoSansMono-Regular.ttf", "dejavu/DejaVuSansMono.ttf"]
ZA_TILL_MONO = ["liberation2/LiberationMono-Regular.ttf", "freefont/FreeMonoBold.ttf"]
DONATION_SERIF = ["liberation2/LiberationSerif-Regular.ttf", "noto/NotoSerif-Regular.ttf", "freefont/FreeSerif.ttf"]
STREAMING_SANS = ["noto/NotoSans-Regular.ttf", "freefont/FreeSans.ttf", "dejavu/DejaVuSans.ttf"]
TR_TILL_MONO = ["dejavu/DejaVuSansMono.ttf", "liberation2/LiberationMono-Regular.ttf", "freefont/FreeMono.ttf"]
UAE_TILL_MONO = ["noto/NotoSansMono-Regular.ttf", "freefont/FreeMono.ttf"]
RENTAL_SANS = ["liberation2/LiberationSans-Regular.ttf", "dejavu/DejaVuSansCondensed.ttf", "noto/NotoSans-Bold.ttf"]
FAMILIES: list[Family] = [
    ("mx_convenience_ticket", mx_convenience_ticket, MX_TILL_MONO),
    ("kr_convenience_slip", kr_convenience_slip, KR_TILL_MONO),
    ("ph_pharmacy_receipt", ph_pharmacy_receipt, PHARMACY_MONO),
    ("cinema_booking", cinema_booking, CINEMA_SANS),
    ("water_bill_payment", water_bill_payment, WATER_SANS),
    ("diy_card_slip", diy_card_slip, SLIP_MONO),
    ("za_supermarket_till", za_supermarket_till, ZA_TILL_MONO),
    ("donation_receipt", donation_receipt, DONATION_SERIF),
    ("streaming_receipt", streaming_receipt, STREAMING_SANS),
    ("tr_market_fis", tr_market_fis, TR_TILL_MONO),
    ("uae_hypermarket_till", uae_hypermarket_till, UAE_TILL_MONO),
    ("car_rental_receipt", car_rental_receipt, RENTAL_SANS),
]


def make_heldout50_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout50 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)
