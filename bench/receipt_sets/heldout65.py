"""heldout65: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout65).

Families (8 receipts each), drawn away from heldout2 to heldout64's layouts, half ordinary everyday payments (goods,
food, transport, utilities, telecoms) and half of kinds rarely seen (fuel for a light aircraft or a stove, a
breakdown, a call shop, refills by weight, pressing a grower's own crop), from India, the UK, the US, Ireland,
Germany, France, the Netherlands and Spain, with pages in English, German, French, Dutch and Spanish; they name
people under many roles (a seller or cashier, a child in a birthday club, a season ticket's holder, a box's
customer, a SIM's customer and the sales executive, an account holder, a pilot and the refueller, a customer, a
driver and the lorry's driver, a car's driver and the recovery operator, a grower) and businesses that are not the
payee (the railway a ticket is also valid on, a booking app, a courier, the operator a number moves from, a
network operator, a fuel brand, a garage towed to, an insurer, the networks dialled and topped up, a
money-transfer agent, a pub or a GAA club supplied, an employer subsidising a Jobticket), print other days (a
ticket's validity, a delivery and its slot, a next box and the day to skip it by, a SIM's activation, a day
ordered, a crop's delivery to a mill and its collection) and numbers and amounts that are not the payment's (FSSAI,
SIRET, KvK, NIF, CIF, St.-Nr., GSTIN, VAT, BTW and USt-Id numbers, EAN and UPC barcodes, an AID, an ICCID, IMSI and
PUK, a CAF number, a porting code (UPC, PAC, RIO, Overstapcode), a photocard, Navigo, OV-chipkaart, Leap,
CharlieCard or TTP card number, an Aadhaar or DNI number, an Abo- or customer number, a member, loyalty or club
card, a meter's serial, MPAN, MPRN, CA number or Marktlokation, an aircraft's registration, a pilot's licence, a
lorry's or car's registration, a job number, an insurer's claim reference, a delivery note's number, dialled phone
numbers, a cabin or booth, weights, tares and yields, meter readings, pulses and minutes, a subtotal or a net, tax
included, a discount or credit taken off, an employer's subsidy, a debt recovered and an emergency credit repaid, the
credit added to a meter and its new balance, an R-Wallet's balance, cash tendered and the change, a jar deposit
and jars returned, a balance on account), in rupees (Indian and western grouping, ₹ / Rs. / a whole-rupee
``Rs. 1,250/-`` / INR before or after), pounds, US dollars and euros (Irish pages with €1,234.50, German and Spanish
pages with 1.234,50 €, French pages with 1 234,50 € or 12,50 EUR, Dutch pages with € 1.234,50), marked by symbol or
ISO code before or after:
a greengrocer's scale ticket (Sri Sai Fruits & Vegetables, Fresh Basket Fruit & Veg Mart, Pickering's
Greengrocers, Green Valley Produce Market, Hegarty's Fruit & Veg, Obst & Gemüse Yilmaz, Primeur Le Panier de
Marie, Groentehandel Van der Meer, Frutería La Huerta de Pepa: FSSAI / SIRET / KvK / NIF / St.-Nr. / VAT No, CASH
MEMO / BILL / KASSABON / TICKET / FACTURA SIMPLIFICADA / Kassenbon / Beleg, Scale / Waage / Balance / Weegschaal /
Balanza with Served by / Counter / Bed. / Vendeur / Verkoper / Le atendió, produce by the kg (lb on US pages) at a
price a kg or by the piece, Items / Artikel / Nb articles / Aantal artikelen / Nº artículos, TVA 5,5 % / BTW 9% /
IVA 4% / MwSt. 7% included, Round off, Net Amt / TOTAL / To pay / Summe / Zu zahlen / Net à payer / Te betalen /
Total a pagar, Paid by / Tender / Zahlart / Réglé par / Betaald met / Forma de pago with Cash / Bar / Espèces /
Contant / Efectivo / PIN / girocard / a card / UPI, Tendered / Gegeben / Espèces remises / Ontvangen / Entregado
and the change, a stamp card, Bill No / Memo No / Receipt # / Trans No / Bon-Nr. / Ticket n° / Bonnr. / Nº ticket,
the date under Date / Dt / Datum / Le / Fecha or bare; no outcome), a toy shop's till receipt (Khilona Ghar Toy
Store, Little Champs Toy World, Tinker & Twig Toyshop, Bright Sprout Toy Co., Puddleducks Toys Kinsale,
Spielwaren Kunterbunt, Le Petit Manège Jouets, Speelgoedwinkel De Draaimolen, Juguetería El Trompo: GSTIN / VAT
Reg / USt-IdNr. / SIRET / BTW / CIF, the cashier, EAN or UPC barcodes under the items, a birthday club or
multi-buy discount, gift wrap, CGST and SGST (incl.) / VAT / MwSt. / TVA / BTW / IVA included or sales tax added,
TOTAL / Balance due / Summe / TOTAL TTC / Te betalen / Total a pagar, a card section with the scheme, masked number
and AID, a club card and the child's name and age, Invoice No / Receipt No / Bon-Nr. / N° ticket / Bonnummer / Nº
ticket or an approval code instead (AUTH CODE / Genehmigungs-Nr. / N° autorisation / Autorisatiecode / Cód.
autorización); APPROVED / Payment accepted / ** PAID ** / Zahlung erfolgt / *** BEZAHLT *** / Paiement accepté /
PAYÉ / Betaling geslaagd / BETAALD / Operación aprobada / PAGADO in a share), a rail or transit season ticket
(Central Railway and Western Railway through UTS, Southeastern, Northern, NJ TRANSIT, MBTA, Iarnród Éireann,
Rheinbahn and Kölner Verkehrs-Betriebe's Deutschlandticket, Île-de-France Mobilités' Navigo, NS, Renfe Cercanías;
an app's screen (light or dark), an e-mail or a ticket office's receipt: Passenger / Holder / Inhaber/in /
Titulaire / Houder / Titular, Age and an Aadhaar number, the product, Source and Destination or the route or the
zones, Valid From / Valid Upto / Gültig ab / Validité du … au … / Ingangsdatum / Válido del … al …, a photocard,
pass, Leap, CharlieCard, Navigo, OV-chipkaart or TTP number, an Abo-Nummer, the railway also valid on, an
employer's subsidy and a Jobticket rebate under Eigenanteil, Fare / Total Fare / Total / Amount / Gesamtbetrag /
Montant / Totaal / Importe with Base fare / Ticket price / Preis / Prix / Prijs / Precio, R-Wallet (a wallet) and
its balance, UPI, a card, SEPA-Lastschrift or iDEAL (netbanking), UTS No. / Ticket No. / Booking reference /
Transaction no. / Order # / Confirmation # / Rechnungsnummer / N° de transaction / Ordernummer / Nº operación,
Booking Date / Purchased / Date of issue / Kaufdatum / Date d'achat / Aankoopdatum / Fecha de compra; Purchase
complete / Payment processing / Card declined / Pago rechazado / In afwachting van betaling … on most online pages,
PAID / PAGADO at a few ticket offices), a meal-kit box order (Rasoi Box Meal Kits, Gousto, HelloFresh, Blue Apron,
Marley Spoon, Quitoque, Ekomenu, La Cesta del Chef; an e-mail or an app: the customer's greeting, the delivery day
and slot, the courier, the week's recipes, 3 recipes for 2 people, a premium recipe or dessert, delivery or FREE /
kostenlos / offerte / gratis, a discount code, credit applied, GST added (IGST or CGST and SGST) or MwSt. / TVA /
BTW / IVA included, Order total / Box total / Total charged / Gesamtbetrag / Abgebucht / Total TTC / Montant débité
/ Totaal / Afgeschreven / Importe cobrado, Order number / Order # / Bestellnummer / N° de commande / Bestelnummer /
Nº de pedido, Charged on / Order date / Bestelldatum / Belastet am / Débité le / Besteldatum / Afgeschreven op /
Fecha del pedido / Cobrado el, a customer number, the next box and the day to skip by; Payment successful / We
couldn't take payment / Payment pending / Zahlung erfolgreich / Paiement refusé / In afwachting van betaling / Pago
pendiente … in a share), a mobile operator store's SIM receipt (Airtel, Jio, EE, Three, T-Mobile, Verizon, Three
Ireland, eir, Telekom, Orange, Bouygues Telecom, KPN, Movistar: the store and its code, a new connection, a port-in
or a replacement, the customer with POI / CAF No / DNI, the number, ICCID / SIM serial, IMSI, PUK, Moving from and
UPC / PAC / RIO / Overstapcode, the SIM and the plan, CGST and SGST (incl.) / VAT / MwSt. / TVA / BTW / IVA included
or a regulatory fee and sales tax added, Net Payable / Total / Amount due / Gesamt / Total TTC / Totaal / Total a
pagar, Receipt No / Invoice No / Transaction ID / Belegnummer / N° de facture / Bonnummer / Nº ticket, Date / Datum
/ Fecha, the sales executive, SIM active by and Activation in progress beside a payment received; Payment
successful / Paid / Payment declined / Payment pending / Payé / Betaald / Pago aceptado … in a share), a
prepayment energy meter's top-up (Tata Power-DDL, Torrent Power, E.ON Next, OVO Energy, Salt River Project,
PrePay Power, Flogas, Stadtwerke Talheim; no French, Dutch or Spanish pages; an app's screen (light or dark) or an
e-mail, the sum topped up as a headline in a share: CA No. / MPAN / MPRN / Account # / Marktlokation, Meter No. /
Meter serial / Zählernummer, Top-up amount, Arrears adjusted / Debt recovery / Ratenabzug, Emergency credit repaid,
Credited to meter / Credit added, Available balance / New balance / Neues Guthaben, a daily standing or fixed
charge, a convenience fee under Total / Total charged on US pages, Recharge amount / Amount / You paid / Amount
paid / Betrag / Bezahlt, Transaction ID / Txn Ref No / Payment reference / Transaktionsnummer, Recharge Date /
Topped up on / Paid on / Aufgeladen am, the network operator; Top-up successful / Recharge failed / Top-up pending /
Payment processing / Aufladung erfolgreich … in most), an airfield's fuel uplift ticket (Sahyadri Flying Club, Bhoj
Aero Club, Marlow Vale Aerodrome Ltd, Skyline Aviation FBO, Shannonside Aero Services, Flugplatz Hohenmoor GmbH,
Aéroclub du Vexin, Aeroclub Zeeland Vliegveld, Aeródromo La Dehesa: the ICAO code, UTC time, the aircraft's
registration and type, PIC / Pilot / Pilote / Gezagvoerder / Piloto and a licence or certificate number, meter
readings, AVGAS 100LL / UL91 / Jet A-1 in litres or US gallons at a price, a landing fee, VAT on ATF @ 25% on Indian
pages, VAT / MwSt. / TVA / BTW / IVA added or included, federal excise tax included, TOTAL / Amount / Gesamt / Total
TTC / Totaal / Total a pagar, Fuel ticket no / Uplift no / Beleg-Nr. / Bon n° / Tankbon nr. / Nº vale, the fuel's
brand and the refueller; APPROVED / DECLINED / NOT AUTHORISED / Zahlung abgelehnt / Paiement refusé / Geweigerd /
Operación denegada … on some card pages), a coal, briquette and firewood merchant's delivery docket (Shree Ganesh
Lakdi Taal & Coal Depot, Hearth & Home Fuels Ltd, Timberline Firewood Co., Lakeside Coal & Fuels, Brennstoffhandel
Köhler, Bois de Chauffage du Morvan, Haardhouthandel De Veluwe, Leñas y Carbones Prieto: the customer (a person, a
dhaba, an inn, a gîte, a B&B, a GAA club), an account number, Ordered / Bestellt am / Commandé le / Besteld op /
Pedido el, driver and lorry, quintals, kilos, bags, bales, nets, cords, face cords, SRM, stères and m³ at a price,
moisture, carrying in or stacking, empty bags returned, GST 5% / VAT 5% / VAT 13.5% / sales tax / MwSt. 7% / TVA
10 % / BTW 21% / IVA 21% added or included, the Irish solid fuel carbon tax included, Total / Amount due / Amount
received / Rechnungsbetrag / Net à payer / Montant reçu / Totaal / Total factura, a zero balance on account, Bill
No. / Memo No. / Docket no / Delivery no / Ticket # / Invoice # / Lieferschein-Nr. / Facture n° / Bonnummer / Nº
albarán, Date / Delivered / Geliefert am / Livré le / Geleverd op / Entregado el; PAID / PAID WITH THANKS / BEZAHLT
/ Betrag dankend erhalten / PAYÉ / Pour acquit / BETAALD / Voldaan / PAGADO / Recibí in a share), a breakdown and
recovery call-out receipt (Highway Rescue Towing Services, Sai Krupa Crane & Towing, M62 Vehicle Recovery Ltd, Big
Sky Towing & Recovery, Midland Motor Recovery, Abschleppdienst Krüger GmbH, Dépannage Auto Martin, Bergingsbedrijf
Van Dijk, Grúas Hermanos Ortega: Job no / Einsatz-Nr. / N° d'intervention / Meldingsnr. / Nº servicio, the driver
or customer, the car and its registration, the location, Called / Arrived, Towed to a garage, Insurer / Claim
ref, the operator, a call-out fee, miles or km towed at a rate, winching, a night surcharge, storage days, Subtotal
/ Netto / Total HT / Subtotaal / Base imponible, GST / VAT / MwSt. / TVA / BTW / IVA added, Total / Amount due /
Amount paid / Rechnungsbetrag / Total TTC / Totaal / Total factura, Invoice no / Rechnungs-Nr. / Facture n° /
Factuurnummer / Nº factura, Date / Invoice date / Rechnungsdatum / Date de facture / Factuurdatum / Fecha factura;
PAID / Paid with thanks / Card payment approved / Betrag dankend erhalten / Acquitté / Voldaan / PAGADO or Card
declined / Karte abgelehnt / Carte refusée / Betaling geweigerd / Tarjeta denegada in a share), a call shop's slip
(Sai Ram STD ISD PCO & Xerox, Globe Call Centre & Internet, Worldwide Calls & Cyber Corner, Parnell Call Shop &
Net, Callshop Weltweit, Téléboutique Barbès Connect, Belwinkel Wereldwijd, Locutorio Latinoamérica: a PCO
registration, Booth / Cabin / Kabine / Cabine / Cel / Cabina with the dialled number, the country and network, the
start, minutes and seconds or pulses at a rate, internet time, prints or Xerox copies, a foreign network's top-up,
Round off, Total Amt / TOTAL / Gesamt / À payer / Te betalen / Total a pagar, cash tendered and the change, Slip No /
Receipt # / Ticket no / Beleg-Nr. / Ticket n° / Bonnr. / Nº ticket, a money-transfer agent's line; PAID / BEZAHLT /
PAYÉ / BETAALD / PAGADO in a share), a zero-waste refill shop's till receipt (Khula Bazaar Refill Store, Fill Good
Refill Pantry, The Fillery Bulk & Refill, Refill Room Galway, Unverpackt Füllhorn, La Bocalerie Épicerie Vrac,
Verpakkingsvrij De Weegschaal, Granel y Más: goods weighed into the customer's jars with gross and tare, kg, L, lb
or fl oz at a price, a jar deposit, jars returned, a bring-your-own discount, GST / MwSt. / TVA / BTW / IVA included,
Round off, TOTAL / To pay / Summe / Total TTC / Te betalen / Total a pagar, a loyalty card, Bill No / Receipt no /
Sale # / Bon-Nr. / Ticket n° / Bonnr. / Nº ticket, packaging saved; PAID / BEZAHLT / PAYÉ / BETAALD / PAGADO in a
share) and a pressing mill's receipt for a grower's own crop (Sri Murugan Marachekku Oil Mill, Kachi Ghani Tel
Mill, Wyre Forest Apple Pressing, Sierra Foothills Olive Mill, Boyne Valley Apple Pressing, Lohnmosterei Schäfer,
Moulin à Huile du Vieux Pressoir, Sapperij De Boomgaard, Almazara La Esperanza: the grower or socio and a member
number, Crop received / Anlieferung / Apport du / Aangeleverd op / Entrada, a delivery note's number, the crop, the
weight in (gross, tare, net), the yield, acidity and oil yield, the oil cake returned, the pressing fee a kg or a
pound, tins, bag-in-boxes, bidons, garrafas or bottles, pasteurising, crates on deposit (Pfand), GST / VAT / MwSt.
/ TVA / BTW / IVA added or included, Total / Amount due / Amount received / Gesamt / Net à payer / Totaal / Total
factura / Recibido, Bill No / Invoice no / Invoice # / Rechnungs-Nr. / Facture n° / Factuurnummer / Factura nº,
Date / Invoice date / Rechnungsdatum / Fecha factura, Ready to collect / Abholung ab / À retirer le / Ophalen vanaf
/ Recoger el; PAID / Paid with thanks / Received with thanks / Bezahlt / Betrag erhalten / Payé / Acquitté /
Betaald / Voldaan / Pagado / Cobrado or Payment pending / Awaiting payment / Zahlung ausstehend / En attente de
paiement / Pendiente de pago in a share).
The season ticket, meal-kit and meter pages print an outcome on most online pages (success, failed or pending),
the SIM pages in a share (success, failed or pending), the toy, solid fuel, call shop, refill and breakdown pages a
success in a share (a decline on some breakdown card pages), the avgas tickets an approval or a decline on some
card pages, the pressing mills a success or a wait in a share; the greengrocer's tickets none. Ways to pay: cash
(Cash, CASH, Cash received, Bar, Barzahlung, Espèces, ESPECES, Contant, CONTANT, Efectivo, Metálico, EFECTIVO),
card (a masked card, Contactless, Chip & PIN, Debit card, girocard, EC-Karte, Kreditkarte, CB, Carte bancaire, CB
sans contact, Carte bleue, PIN, Pinbetaling, Maestro, V PAY, Contactloos pinnen, Creditcard, Tarjeta, Tarjeta de
crédito, Tarjeta débito, Tarjeta contactless, RuPay Debit), UPI (UPI, UPI - PhonePe, Google Pay UPI, BHIM UPI,
Paytm UPI, UPI QR), wallet (Paytm Wallet, Amazon Pay balance, MobiKwik Wallet, R-Wallet, Apple Pay, Google Pay off
India, PayPal, Lydia), netbanking (Net Banking, NetBanking - HDFC, IMPS, Bank transfer, Faster Payment, ACH
transfer, Bank transfer (SEPA), Überweisung, SEPA-Lastschrift, Virement, Virement bancaire, Prélèvement SEPA,
iDEAL, Overboeking, Automatische incasso, Transferencia, Transferencia bancaria, Domiciliación bancaria: a bank
transfer or direct debit is net banking, the product's documented convention), under Payment method / Paid by /
Payment mode / Paid with / Tender / Payment type / Payment / Method / Zahlart / Zahlungsart / Bezahlt mit /
Zahlungsmittel / Zahlweise / Mode de paiement / Moyen de paiement / Réglé par / Règlement / Betaalwijze /
Betaalmethode / Betaald met / Betaling / Forma de pago / Medio de pago / Pagado con / Pago; online pages name no
card tapped or inserted and no tender. Dates: one pattern per page, day first on Indian, UK, Irish, German, French,
Dutch and Spanish pages, month first on US pages, among them two-digit years, weekdays (lun., di, mié.), ordinals,
ISO, ``1er mars 2026``, ``12 maart 2026``, ``12 de marzo de 2026`` and German month names; times as 14:32, 2:32 PM,
14h32 or 14:32 Uhr. Faces: every family in faces the project installs (``make system-deps``), DejaVu among them in
most (listed below per family); the rupee pages print ₹ only in faces that hold it (``heldout14_values.rupee``),
else Rs. (or INR). Long names on top set a page only just wider than the name, and a longer line under it widens
the page to hold it (``heldout62_families._page``). Degradations as heldout64 (``heldout14_render.degrade``; a photo
of the screen for the screens).

Truth conventions (README "Receipt fields", with each family's specifics):

* amount: the amount paid, taxes, fees, surcharges, deposits charged and a round-off included, discounts, credits,
  subsidies, jars returned and empty bags taken back taken off, as "1234.50"; currency its ISO code. The ticket's,
  till's, order's, receipt's, docket's, slip's or invoice's total (never an item, a rate, a subtotal or net, a tax,
  VAT, MwSt., TVA, BTW, IVA or carbon tax included, a discount, the cash tendered or the change, a base fare or a
  price before an employer's subsidy, a debt recovered, the credit added to a meter, a balance, a weight, a yield
  or a reading). On a meter top-up the sum charged (the top-up and any convenience fee). For a
  failed or pending payment the amount attempted (under a total's or an amount's wording, never Amount paid /
  Total charged / You paid / Bezahlt / Abgebucht / Montant payé / Betaald / Importe pagado / Amount received).
* date: the payment date, ISO, only where printed, one per page: the till's, slip's or docket's Date / Dt /
  Date/Time / Datum / Le / Fecha or its bare date line; Booking Date / Purchased / Date of issue / Order date /
  Purchase date / Kaufdatum / Rechnungsdatum / Date d'achat / Payé le / Aankoopdatum / Betaald op / Fecha de compra
  / Fecha de pago; Charged on / Payment date / Order date / Bestelldatum / Belastet am / Date de commande / Débité le
  / Besteldatum / Afgeschreven op / Fecha del pedido / Cobrado el; Recharge Date / Topped up on / Paid on /
  Aufgeladen am; Delivered / Geliefert am / Livré le / Geleverd op / Entregado el; Invoice date / Factuurdatum /
  Date de facture / Fecha factura; where the payment failed or waits, the day it was tried under Date / Datum /
  Fecha. Never a ticket's validity, a delivery day or slot, a next box, a day to skip by, a SIM's activation, a day
  ordered, a crop's delivery to a mill or its collection. Day first except on US pages; a two-digit year is in this
  century.
* payment_method: "UPI", "card", "wallet", "netbanking", "cash" as the list above maps the wordings; None where no
  way to pay is printed.
* status: only where words state the outcome: success (PAID, ** PAID **, PAID WITH THANKS, Paid with thanks,
  Received with thanks, Card payment approved, APPROVED, Approved - thank you, Transaction approved, Payment
  accepted, Payment successful, Payment received, Payment confirmed, Payment complete, Paid, Purchase complete,
  Top-up successful, Recharge successful, Zahlung erfolgt, Zahlung erfolgreich, Zahlung eingegangen, Bezahlt,
  BEZAHLT, *** BEZAHLT ***, Betrag dankend erhalten, Betrag erhalten, Aufladung erfolgreich, PAYÉ, Payé, Paiement
  accepté, Paiement effectué, Paiement réussi, Acquitté, Pour acquit, BETAALD, Betaald, Betaling geslaagd, Betaling
  ontvangen, Voldaan, PAGADO, Pagado, Cobrado, Recibí, Pago realizado, Pago aceptado, Operación aprobada), failed
  (DECLINED, NOT AUTHORISED, Card declined, Payment failed, Payment declined, Payment unsuccessful, Transaction
  declined, We couldn't take payment, Top-up failed, Recharge failed, Zahlung fehlgeschlagen, Zahlung abgelehnt,
  Karte abgelehnt, Aufladung fehlgeschlagen, Paiement refusé, Carte refusée, Échec du paiement, Transaction refusée,
  Betaling mislukt, Betaling geweigerd, Geweigerd, Pago rechazado, Pago fallido, Tarjeta denegada, Operación
  denegada), pending (Payment pending, Payment processing, Payment in progress, Awaiting payment, Top-up pending,
  Recharge pending, Zahlung ausstehend, Zahlung in Bearbeitung, Paiement en attente, Paiement en cours de
  traitement, En attente de paiement, In afwachting van betaling, Betaling in behandeling, Openstaand - betaling in
  behandeling, Pago pendiente, Pendiente de pago, Pago en proceso, Pendiente de confirmación); None otherwise (a
  heading such as CASH MEMO, KASSABON, FACTURA SIMPLIFICADA, Order confirmation, Your box is confirmed, Top-up
  receipt, FUEL SALE or DELIVERY DOCKET beside no outcome line is none, and so is a SIM's "Activation in progress",
  which speaks of the line, not the payment).
* transaction_id: as printed; at most one per receipt (the ticket's, bill's, memo's, order's, receipt's, docket's,
  slip's or invoice's own number or the payment's reference under the labels above, or a card's approval code where
  no other number is printed). Never a registration or tax number, a barcode, an AID, an ICCID, IMSI, PUK, CAF or
  porting code, a card, pass or photocard number, an Aadhaar or DNI, a customer, member, club, loyalty, account or
  Abo number, a meter number, MPAN, MPRN or CA number, a registration of an aircraft, lorry or car, a licence, a job
  number, a claim reference, a delivery note, a dialled number. None when none is printed.
* merchant_name: who was paid: the name on top (the shop, the railway or transport authority, the meal-kit brand,
  the operator, the energy supplier, the airfield, the fuel merchant, the recovery firm, the call shop, the refill
  shop, the mill); a seller, cashier, holder, customer, child, sales executive, account holder, pilot, refueller,
  driver, operator, grower, courier, donor operator, network operator, fuel brand, garage, insurer, employer,
  network dialled, money-transfer agent or other railway is never the payee.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout65_families import (
    avgas_uplift,
    breakdown_callout,
    call_shop_slip,
    greengrocer_scale,
    meal_kit_order,
    meter_topup,
    pressing_mill,
    refill_shop_till,
    season_ticket,
    sim_store_purchase,
    solid_fuel_docket,
    toy_shop_till,
)

SPLIT = "heldout65"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), as ``load_font`` opens them.
GREENGROCER_FACES = [
    "liberation2/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "dejavu/DejaVuSansMono.ttf",
]
TOY_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "freefont/FreeSans.ttf",
]
SEASON_FACES = [
    "liberation/LiberationSansNarrow-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeSans.ttf",
]
MEAL_KIT_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSerif.ttf",
]
SIM_FACES = [
    "liberation2/LiberationSans-Bold.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans-Bold.ttf",
]
METER_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSansBold.ttf",
]
AVGAS_FACES = [
    "liberation/LiberationMono-Bold.ttf",
    "noto/NotoSansMono-Bold.ttf",
    "freefont/FreeMonoBold.ttf",
    "dejavu/DejaVuSansMono-Bold.ttf",
]
SOLID_FUEL_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "freefont/FreeSerif.ttf",
]
BREAKDOWN_FACES = [
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
CALL_SHOP_FACES = [
    "freefont/FreeMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
REFILL_FACES = [
    "noto/NotoSansMono-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeSans.ttf",
]
PRESSING_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
]
FAMILIES: list[Family] = [
    ("greengrocer_scale", greengrocer_scale, GREENGROCER_FACES),
    ("toy_shop_till", toy_shop_till, TOY_FACES),
    ("season_ticket", season_ticket, SEASON_FACES),
    ("meal_kit_order", meal_kit_order, MEAL_KIT_FACES),
    ("sim_store_purchase", sim_store_purchase, SIM_FACES),
    ("meter_topup", meter_topup, METER_FACES),
    ("avgas_uplift", avgas_uplift, AVGAS_FACES),
    ("solid_fuel_docket", solid_fuel_docket, SOLID_FUEL_FACES),
    ("breakdown_callout", breakdown_callout, BREAKDOWN_FACES),
    ("call_shop_slip", call_shop_slip, CALL_SHOP_FACES),
    ("refill_shop_till", refill_shop_till, REFILL_FACES),
    ("pressing_mill", pressing_mill, PRESSING_FACES),
]


def make_heldout65_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout65 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)
