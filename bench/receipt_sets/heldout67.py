"""heldout67: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout67).

Families (8 receipts each), drawn away from heldout2 to heldout66's layouts, in everyday retail and food, home and
car, and payments through apps and banks: half ordinary everyday payments (a pizza chain's own order, a fishmonger's
counter ticket, a shoe shop's till, a pet shop's online order, a windscreen repair, a home appliance repair visit)
and half kinds rarely seen (a bank's safe deposit locker rent, a number plate maker's order, a pay-by-bank open
banking payment, a vehicle history check, a home EV charger's installation, a bullion dealer's coins and bars).
Their pages name people under many roles (a customer, a driver or rider, a cashier, a seller, a pet, a vet, a
technician, an engineer, a hirer, a joint hirer and a nominee, an owner or applicant, a payer and account holder, an
electrician) and businesses that are not the payee (a branch's place under Store, a prescribing vet practice, a
courier, an insurer, a fitment dealer, a payment provider and the payer's bank, a finance company, a utility paying
a rebate, a registration office), print other days (a pre-order's delivery, an estimated or next delivery, an
exchange-by day, an incident and a fitting, a visit and a parts warranty, a locker's rent period and its due day,
an appointment, a first registration and MOT, NCT or inspection readings, an expected arrival, an installation and a
deposit's day, a trade and a dispatch) and numbers and amounts that are not the payment's (GSTIN, VAT, Tax ID,
St.-Nr., USt-IdNr., SIRET, NIF, an ATCUD, a terminal's id and an AID, an EAN, loyalty and customer numbers, a CIF,
a locker's and key's numbers, an IFSC, sort code, routing number, BIC or IBAN, a TDR, a job, service request, policy
and claim number, a vehicle's registration, VIN, chassis and engine digits, a V5C reference, a carte grise's
formula number, a DVLA RNPS number, a report's code, an MPAN, MPRN, PDL, CUPS or CPE code, a charger's or bar's
serial, a courier's tracking number, a lot, a PAN; a coupon and a discount, cash handed over and the change, GST,
VAT, MwSt., TVA, IVA or Imposto do Selo, a subtotal or net, an invoice's total beside an insurer's share and the
excess, a visit charge paid at booking or a deposit taken off, a grant taken off or one claimed, labour costs a
German household may claim, outstanding finance, a valuation, a guarantee's cover, a spot price, a buy-back price,
a term deposit held as security, an insurance cover, a personalised registration's fee paid elsewhere), in rupees
(in Indian and western grouping, ₹ / Rs. / a whole-rupee ``Rs. 1,250/-`` / INR), pounds, US dollars and euros (Irish
pages with €1,234.50, German with 1.234,50 €, French with 1 234,50 €, Spanish with 1234,50 € or 1.234,50 €,
Portuguese with 1 234,50 €, € 1.234,50 or EUR), marked by symbol or ISO code before or after:
a pizza chain's own order for delivery or collection (Domino's Pizza, La Pino'z Pizza, Papa John's, Little Caesars,
Papa Johns, Apache Pizza, Smiley's Pizza Profis, Speed Rabbit Pizza, Telepizza, Pizza Hut: Order type / Bestellart /
Mode / Tipo de pedido, Store / Outlet / Filiale / Restaurant / Tienda / Loja with a branch's place, Name / Customer /
Deliver to / Kunde / Client / Cliente, the address, Your driver / Delivery partner / Fahrer/in / Livreur /
Repartidor / Estafeta, pizzas by size and crust, a coupon, a delivery charge, a driver's tip, GST added, VAT /
MwSt. / TVA / IVA included, sales tax on New York or Texas pages, reward points, an estimated delivery's time or a
pre-order's day, Cash on Delivery / Barzahlung bei Lieferung / Espèces à la livraison / Efectivo al repartidor /
Dinheiro na entrega, Order ID / Bestellnummer / N° de commande / Nº de pedido / N.º da encomenda, Order date /
Bestelldatum / Date de commande / Fecha del pedido / Data da encomenda, an app's screen (dark in a share) or an
e-mail with the chain's colour band), a fishmonger's or fish market's counter ticket (Sea Catch Fish Mart, Matsya
Fresh Fish Stall, Harbour Fresh Fishmongers, Blue Harbor Seafood Market, Galway Bay Fish Shop, Fischhandel
Godeffroy, Poissonnerie du Port, Pescadería Hermanos Lozano, Peixaria Mar Azul: CASH MEMO / RECEIPT / Kassenbon /
TICKET / FACTURA SIMPLIFICADA / FATURA SIMPLIFICADA, Served by / Bed. / Vendeur / Le atendió / Atendido por, fish by
weight at a price per kg or lb, the FAO catch area or farming and a lot, cleaning and cutting, the food rate of
MwSt. / TVA / IVA included, Cash / Bar / Espèces / Efectivo / Numerário with Change / Rückgeld / Rendu monnaie /
Cambio / Troco, a card slip with TID, AID, AMOUNT / BETRAG / MONTANT / IMPORTE / MONTANTE and AUTH CODE / RRN /
Genehmigungs-Nr. / N° autorisation / Nº autorización / Cód. autorização, UPI Ref No / UPI Txn ID / UTR, Bill No /
Receipt No / Bon-Nr. / Ticket n° / Nº ticket / Fatura simplificada n.º with an ATCUD and a certified program's number,
the date and time bare or under Date / Datum / Fecha / Data), a shoe shop's till (Bata, Metro Shoes, Clarks, Schuh,
Famous Footwear, Korky's Shoes, Deichmann, Éram, Calzados Marypaz, Sapataria Lusitana: store and till, Served by /
Cashier / Es bediente Sie / Caissier / Le atendió / Operador, shoes by size and colour with an EAN, 2nd pair half
price or a member discount, the items' count, GST or VAT / MwSt. / TVA / IVA included with children's shoes at 0% on
UK and Irish pages, sales tax added on US pages, Tender / Paid by / Zahlart / Règlement / Forma de pago / Pago com,
a card slip, a loyalty card and points, Receipt No / Trans No / Bill No / Invoice No / Bon-Nr. / N° de transaction /
Nº ticket / N.º documento, Exchange or refund by / Return by / Umtausch bis / Échange jusqu'au / Cambios hasta /
Trocas até and the exchange terms), a pet shop's online order (Supertails, Zigly, Pets at Home, Jollyes, Chewy,
PetSmart, Petstop, Fressnapf, zooplus, Maxi Zoo, Animalis, Kiwoko, Tiendanimal: a greeting by name, Pet / Tier /
Animal / Mascota / Animal de estimação, a prescription approved by a vet practice, food, litter, treats and a flea
treatment, a repeat delivery's or Autoship's saving, delivery free or charged, GST, VAT / MwSt. (7% and 19% on
German pages) / TVA / IVA included, sales tax, points, Courier / Versand mit / Transporteur / Transportista /
Transportadora and a tracking number, Estimated delivery and Next repeat delivery days, Order number /
Bestellnummer / N° de commande / Nº de pedido / N.º da encomenda, Order date / Bestelldatum / Date de commande /
Fecha del pedido / Data da encomenda), a windscreen repair or replacement (ClearView Auto Glass, Autoglass, National
Windscreens, Safelite AutoGlass, Glasstech Windscreens Cork, Carglass, Junited Autoglas, France Pare-Brise, Mondial
Pare-Brise, ExpressGlass: the customer, the vehicle, its registration, VIN and mileage, Job no / Auftrags-Nr. / N°
d'intervention / Nº de orden de trabajo / N.º de serviço, Insurer / Versicherung / Assureur / Aseguradora /
Seguradora with the policy and claim numbers, Date of incident / Schadendatum / Date du sinistre / Fecha del
siniestro / Data do sinistro, Fitted on / Einbaudatum / Date d'intervention / Fecha de intervención / Data da
intervenção, the technician, glass, calibration, gel pad and moulding, tax added, Invoice total beside Claimed from
insurer / Anteil Versicherung / Pris en charge par l'assureur / A cargo de la aseguradora / A cargo da seguradora and
Excess paid / Deductible paid / Selbstbeteiligung / Franchise réglée / Franquicia abonada / Franquia paga, a zero
balance due, Invoice No / Rechnungs-Nr. / Facture n° / Nº de factura / Fatura-Recibo n.º, Payment date / Date paid /
Bezahlt am / Date de paiement / Réglé le / Fecha de pago / Data de pagamento; PAID / Bezahlt / Acquittée / Pagado /
Pago in a share), a home appliance repair visit (Sai Cool Care Services, Om Sai Electronics & Appliance Repairs,
ApplianceFix Leeds, Whitegoods Doctor, Mr. Appliance of North Austin, Lakeside Appliance Service, Cork Domestic
Appliance Repairs, Hausgeräte-Service Becker, Dépannage Électroménager Martin, SAT Electrodomésticos Ruiz, Frio Lar:
Job no / Service request no / Call ID / Auftrag Nr. / Bon n° / Nº de aviso / N.º do serviço, the customer and a
phone, the appliance, model, serial number, year and warranty, Visit / Termin / Date de passage / Fecha de visita /
Data da visita with a slot, Engineer / Techniker / Technicien / Técnico, the fault and the work, call-out, labour and
a part, tax added (sales tax on the part on US pages, "Not VAT registered" on some UK pages), Invoice total, the
§ 35a labour costs, Less: visit charge paid at booking / Diagnostic fee credited / Less: deposit paid online and
Balance paid / Amount received, UPI Ref No / Receipt No / Invoice # / Rechnungsnummer / Facture n° / Nº de factura /
Fatura-Recibo n.º, Payment date / Bezahlt am / Date de paiement / Fecha de pago / Data de pagamento, Parts warranty
until / Gewährleistung bis / Pièces garanties jusqu'au / Garantía de la reparación hasta / Garantia da reparação
até), a bank's safe deposit locker rent (State Bank of India, Canara Bank, Punjab National Bank, Bank of Baroda,
Metro Bank, Birmingham Safe Deposit Vaults, Wells Fargo, First Citizens Bank, Dublin Safe Deposit Vaults, Sparkasse
KölnBonn, Volksbank Mittelhessen, Crédit Agricole Centre-Est, Caisse d'Epargne Île-de-France, CaixaBank, Banco
Sabadell, Caixa Geral de Depósitos, Millennium bcp: the branch and its code, Hirer(s) / Box holder / Mieter/in /
Titulaire(s) / Titular(es) / Locatário, Nominee, CIF No / Customer ID / Kundennummer / N° client / Nº de cliente,
Locker no / Box no / Schließfach-Nr. / N° de coffre / Nº de caja / N.º do cofre and its size, Key no, Rent period /
Mietzeitraum / Période / Periodo / Período, Due date / Fällig am / Échéance / Vencimiento / Data de vencimento,
Annual rent / Jahresmiete / Loyer annuel / Cuota anual / Aluguer anual, a late fee, GST or VAT added, MwSt. / TVA /
IVA included, Imposto do Selo 4%, a term deposit held as security or an insurance cover, Debited from SB A/c /
Direct Debit / Lastschrift / Prélèvement / Cargo en cuenta / Débito em conta / cash at the counter / a debit card,
Journal No / Receipt No / Confirmation # / Buchungsreferenz / Référence de l'opération / Nº de operación / N.º de
operação, Date of debit / Value date / Date paid / Buchungsdatum / Prélevé le / Fecha de cargo / Data do débito), a
number plate maker's order (Rosmerta Safety Systems, Real Mazon India, Halfords, Plates4Less, Reg Plates Direct,
Schilder Kühn am Straßenverkehrsamt, Schilderprägung Bergmann, Plaques Express Immat, Matrículas Express Madrid,
Chapas Lusa: DVLA RNPS Reg. No., the owner or applicant, the registration, a V5C document reference, a VLC, a
Zulassungsbescheinigung's or carte grise's number, ID seen, chassis and engine digits, the vehicle's class, the
fitment dealer and the appointment's slot, plates front and rear, fixings, a holder, an Umweltplakette, fitting, a
convenience fee, tax added or included, a personalised registration's fee not included, Order No / Booking ID /
Payment ID (pay_…) / Trans / Receipt No / Order number / Bon-Nr. / Ticket n° / Nº ticket / Fatura simplificada n.º,
Booking date / Date / Date of purchase / Datum / Fecha / Data, a till's slip or a booking page or e-mail), a
pay-by-bank open banking payment (to Octopus Energy, Wickes, Currys, Ocado Retail, Bord Gáis Energy, Harvey Norman
Ireland, Woodie's, Xfinity, Wayfair, Lowe's, OTTO, MediaMarkt, Tchibo, Boulanger, Leroy Merlin, Cdiscount, El Corte
Inglés, PcComponentes, Iberdrola, Worten, EDP Comercial, Continente Online; shown in the payer's bank app under the
bank's name (Monzo, Barclays, NatWest, Lloyds Bank, AIB, Bank of Ireland, PTSB, Chase, Bank of America, Sparkasse,
DKB, Commerzbank, BNP Paribas, Crédit Mutuel, BoursoBank, BBVA, CaixaBank, Santander, Millennium bcp, Caixa Geral de
Depósitos, novobanco) with the payee under To / Paid to / Payee / Empfänger / An / Bénéficiaire / À /
Beneficiario / Para / Beneficiário, or on the shop's return page under its name with Your bank / Ihre Bank / Votre
banque / Tu banco / O seu banco: the payee's sort code and account or IBAN, the payer's name and masked account, a
customer account number, Payment type / Zahlungsart / Type de paiement / Tipo / Tipo de pagamento (Pay by bank,
Faster Payment, SEPA Instant, Pay by Bank (ACH/RTP), Echtzeitüberweisung, Virement instantané, Transferencia
inmediata, Transferência imediata), Reference / Verwendungszweck / Concepto / Descritivo with an order's number or
Payment ID / Transaction ID / Transaktions-ID / ID de transaction / ID de la operación / ID da transação (a
lower-case UUID on some UK and Irish pages), Date / Paid on / Ausgeführt am / Date d'exécution / Fecha de
ejecución / Data de execução, Expected to arrive on ACH pages, the provider (TrueLayer, Token.io, Yapily, Plaid,
Trustly, Tink, Fintecture, Bridge, SIBS) and its regulator's line), a vehicle history check (CarInfo, HPI Check,
Total Car Check, CARFAX, AutoCheck, Cartell.ie, Motorcheck.ie, carVertical, Autorigin: the vehicle, registration,
VIN, First registered / Erstzulassung / 1re mise en circulation / Primera matriculación / Primeira matrícula,
outstanding finance with a lender and a sum, MOT / NCT test and mileage readings with days and PASS, previous
keepers, a valuation range, a guarantee's cover, Certificate no / Report ID / Berichts-ID / Code du rapport /
Código de informe, the product, a discount code, tax included, checks remaining, Order number / Order ID /
Transaction ID / Bestellnummer / N° de commande / Referencia de pago / Referência de pagamento, Date of purchase /
Purchased / Kaufdatum / Date d'achat / Fecha de compra / Data de compra), a home EV charger's installation (Tata
Power EZ Charge, Zeon Home Charging, Pod Point, Spark EV Installations, Qmerit, Lone Star EV Electric, ePower,
Emerald EV Chargers, The Mobility House, Elektro Wallbox Profi, Beev, Zeplug, Instalaciones Voltio Verde, Carregar
Já: NICEIC and OZEV, TECL, RECI and SEAI, Qualifelec IRVE, an authorised installer's or an Alvará number, the
customer, MPAN / MPRN / Zählernummer / PDL / CUPS / CPE / Consumer No., the charger and its serial, Installed on /
Installiert am / Date d'installation / Fecha de instalación / Data de instalação, the electrician, the unit, the
installation and extras, tax added, a grant taken off (OZEV, Prime Advenir) or to be claimed (SEAI, KfW, MOVES III,
Fundo Ambiental, a tax credit, a utility's rebate), Less: deposit paid on a day / Abzgl. Anzahlung vom / Acompte
versé le / Anticipo abonado el / Sinal pago em and Balance paid / Restbetrag bezahlt / Solde réglé / Resto abonado
/ Remanescente pago, Invoice No / Rechnungsnummer / Facture n° / Nº de factura / Fatura-Recibo n.º, Payment date /
Zahlungseingang / Réglé le / Fecha de pago / Data de pagamento; PAID / Bezahlt / Acquittée / Pagada / Paga in a
share) and a bullion dealer's coins and bars (Shree Ganesh Bullion, The Royal Mint, Chards, APMEX, JM Bullion,
GoldCore, Degussa Goldhandel, pro aurum, Godot & Fils, AuCOFFRE, Andorrano Joyería, Lusometais: the customer, a
customer number and a PAN, the gold rate per 10 g or the spot per ounce at a time, coins and bars with serials,
investment gold exempt, silver with VAT / IVA added or under § 25a / the margin scheme, GST 3%, US sales tax
exempt, insured delivery, the dealer's bank details, a buy-back price, Order number / Invoice No / Trade ref /
Rechnungsnummer / Facture n° / Nº de pedido / Fatura n.º, Payment date / Zahlungseingang / Date de paiement / Fecha
de pago / Data de pagamento, Trade date / Handelstag / Date de la transaction, Dispatch by / Versand bis /
Expédition prévue). Outcomes: in a share of every family's pages except the tills and counter tickets (whose card
slips alone say APPROVED / AUTHORISED / AUTHORIZED / Zahlung erfolgt / GENEHMIGT / PAIEMENT ACCEPTÉ / TRANSACTION
ACCEPTÉE / OPERACIÓN APROBADA / AUTORIZADA / TRANSAÇÃO APROVADA or DECLINED / CARD DECLINED / NOT AUTHORIZED /
Zahlung abgelehnt / ABGELEHNT / PAIEMENT REFUSÉ / TRANSACTION REFUSÉE / OPERACIÓN DENEGADA / DENEGADA / TRANSAÇÃO
RECUSADA / RECUSADA), success, failure and waiting each in their language (OUTCOMES in heldout67_families and each
family's own: Payment successful / received / complete / confirmed, PAID, Paid in full, Paid with thanks, Zahlung
erfolgreich / eingegangen / bestätigt / ausgeführt, Bezahlt, Betrag dankend erhalten, Lastschrift ausgeführt,
Paiement accepté / effectué / réussi / reçu, Acquittée, Payée, Prélèvement effectué, Pago realizado / aceptado /
completado / confirmado / recibido, Pagado, Pagada, Cargo realizado, Pagamento efetuado / aceite / confirmado /
concluído / recebido, Pago, Paga, Liquidada, Débito efetuado; Payment failed / declined / unsuccessful, Debit failed,
Card declined, Zahlung fehlgeschlagen / abgelehnt, Lastschrift nicht eingelöst, Paiement refusé, Échec du paiement,
Prélèvement rejeté, Pago rechazado / fallido / denegado, Cargo rechazado, Transferencia rechazada, Pagamento recusado
/ falhou / não efetuado, Débito recusado, Transferência recusada; Payment pending / processing / in progress,
Awaiting payment / funds, Debit scheduled, Zahlung ausstehend / in Bearbeitung, Lastschrift angekündigt, Warten auf
Zahlungseingang, Paiement en attente / en cours (de traitement), En attente de règlement / de votre virement,
Prélèvement à venir, Pago pendiente / en proceso, Pendiente de confirmación / de pago / de transferencia, Cargo
pendiente, Pagamento pendente / em processamento, A aguardar pagamento / transferência, Débito agendado), on a line
of their own or beside Status / Payment status / Transaction status / Zahlungsstatus / Statut / État du paiement /
Estado / Estado del pago / Estado do pagamento / Situação. Ways to pay are worded as heldout62 and heldout64 word
them on English and German pages, and as CB, Carte bancaire, CB sans contact, Visa ****1234, Mastercard ****1234,
Apple Pay, PayPal, Google Pay, Virement, Virement bancaire, Prélèvement SEPA, Espèces; Tarjeta, Tarjeta de crédito,
Tarjeta débito ****1234, Visa, Tarjeta contactless, Transferencia, Transferencia bancaria, Domiciliación bancaria,
Efectivo, Metálico; Cartão de débito, Cartão de crédito, Cartão Multibanco, Visa ****1234, Cartão ****1234,
Transferência bancária, Transferência imediata, Débito direto, Numerário, Dinheiro on French, Spanish and
Portuguese pages, under Payment method / Paid by / Paid with / Payment mode / Payment type / Mode of payment /
Tender / Zahlungsart / Zahlart / Bezahlt mit / Zahlungsmittel / Zahlweise / Mode de paiement / Moyen de paiement /
Réglé par / Règlement / Payé par / Forma de pago / Medio de pago / Pagado con / Método de pago / Forma de
pagamento / Meio de pagamento / Pago com / Método de pagamento / Modo de pagamento; a slip's masked card states a
card; cash handed over states cash. Dates: one pattern per page, day first on Indian, UK, Irish and euro pages,
month first on US pages, among them two-digit years, weekdays, ordinals, ISO, German, French (``1er mars 2026``),
Spanish (``12 de marzo de 2026``) and Portuguese (``12 de março de 2026``) month and day names. Faces: every family
in faces the project installs (``make system-deps``), DejaVu among them (listed below per family); the rupee pages
print ₹ only in faces that hold it (``heldout14_values.rupee``), else Rs. (or INR). Long names on top set a page only
just wider than the name, and a longer line under it widens the page to hold it (``heldout62_families._page``).
Degradations as heldout66 (``heldout14_render.degrade``; a photo of the screen for the screens).

Truth conventions (README "Receipt fields", with each family's specifics):

* amount: the amount paid, taxes, fees, delivery and a tip included, discounts, coupons and grants taken off, as
  "1234.50"; currency its ISO code. The order's, ticket's, till's, invoice's, receipt's, debit's, check's or
  payment's total (never an item, a rate, a subtotal or net before tax, a tax, VAT, MwSt., TVA or IVA included, a
  discount, the cash handed over or the change, the items' count, an invoice's total beside an insurer's share, a
  visit charge, diagnostic fee or deposit paid earlier, a grant to be claimed, German labour costs, outstanding
  finance, a valuation, a guarantee's cover, a spot or buy-back price, a term deposit held as security, an insurance
  cover, a fee paid elsewhere). Where an insurer pays part, the excess or deductible the customer paid; where a visit
  charge, diagnostic fee or deposit paid earlier is taken off, the balance paid. For a failed or pending payment the
  amount attempted (under a total's or an amount's wording, never Amount paid / Total paid / Bezahlt / Montant payé
  / Importe pagado / Valor pago).
* date: the payment date, ISO, only where printed, one per page: under Order date / Ordered on / Placed on / Date
  placed / Date of purchase / Purchased / Booking date / Payment date / Date paid / Paid on / Payment received on /
  Transaction date / Date of debit / Value date / Date posted / Date / Date & time and their German, French, Spanish
  and Portuguese wordings (Bestelldatum, Bestellt am, Kaufdatum, Bezahlt am, Zahlungsdatum, Zahlungseingang,
  Buchungsdatum, Belastet am, Ausgeführt am, Datum; Date de commande, Commandé le, Date d'achat, Date de paiement,
  Réglé le, Payé le, Date de l'opération, Prélevé le, Date d'exécution; Fecha del pedido, Pedido realizado el, Fecha
  de compra, Fecha de pago, Fecha de cobro, Fecha de cargo, Fecha de la operación, Fecha de ejecución, Fecha; Data
  da encomenda, Data do pedido, Data de compra, Data de pagamento, Data do recebimento, Data de recebimento, Data do
  débito, Data-valor, Data de execução, Data de emissão, Data), or a till's bare date line; where the payment failed
  or waits, the day it was tried under Date / Date & time / Datum / Fecha / Data. Never a pre-order's day, an
  estimated or next delivery, an exchange-by day, an incident, a fitting or a service, a visit, a parts warranty, a
  rent period or its due day, an appointment, a first registration, a reading or test, an expected arrival, an
  installation, a deposit's day, a trade or a dispatch. Day first on Indian, UK, Irish and euro pages, month first
  on US pages; a two-digit year is in this century.
* payment_method: "UPI", "card", "wallet", "netbanking", "cash" as heldout62 and heldout64 and the list above map
  the wordings (a bank transfer, a SEPA transfer or direct debit, a Faster Payment, a pay-by-bank payment, ACH,
  NEFT, IMPS, RTGS and a debit to the hirer's account are net banking; PayPal, Apple Pay and Google Pay outside
  India are wallets; Cash on Delivery and its wordings are cash; Cartão Multibanco and a carte bancaire are cards);
  None where no way to pay is printed.
* status: only where words state the outcome: success, failed or pending in the wordings above; None otherwise (a
  heading such as Order details, Your order, Order confirmation, Receipt, Invoice, Rechnung, Facture, Factura,
  Fatura-Recibo, Payment details, Trade confirmation, a label such as Amount paid, Payment date, Balance paid, a zero
  balance due, an MOT's PASS, a cash-on-delivery order, or a till without a slip's outcome is none).
* transaction_id: as printed; at most one per receipt (the order's, ticket's, till's, invoice's, receipt's or
  booking's own number, a slip's approval code or RRN, a UPI reference, a bank's journal number or the payment's
  reference or id). Never a tax or registration number (GSTIN, VAT, Tax ID, St.-Nr., USt-IdNr., SIRET, NIF, an
  ATCUD, DVLA RNPS, NICEIC, OZEV, TECL, RECI, Qualifelec, an installer's or Alvará number), a terminal's id or AID,
  an EAN, a loyalty, customer, CIF, account, locker or key number, an IFSC, sort code, routing number, BIC or IBAN, a
  TDR, a job, service request, policy or claim number, a registration, VIN, chassis or engine number, a V5C, VLC,
  Zulassungsbescheinigung or carte grise number, a report's or certificate's code, a supply point's code, a charger's
  or bar's serial, a courier's tracking number, a lot, a PAN, a coupon's code, a regulator's firm reference. None
  when none is printed.
* merchant_name: who was paid, the name on top (the chain, the fishmonger, the shop, the installer, the bank or
  vault, the plate maker, the check's provider, the dealer), or, on a bank app's page, the payee under To / Paid to
  / Payee / Empfänger / An / Bénéficiaire / À / Beneficiario / Para / Beneficiário; a customer, driver, rider,
  cashier, seller, pet, vet or practice, technician, engineer, hirer, nominee, owner, applicant, payer, electrician,
  a branch's place, courier, insurer, fitment dealer, payment provider, the payer's bank, a lender or a utility is
  never the payee.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout67_families import (
    appliance_repair,
    bullion_purchase,
    ev_charger_install,
    fish_counter,
    locker_rent,
    number_plates,
    pay_by_bank,
    pet_supplies_order,
    pizza_order,
    shoe_shop_till,
    vehicle_history_check,
    windscreen_repair,
)

SPLIT = "heldout67"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), as ``load_font`` opens them.
PIZZA_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Bold.ttf",
]
FISH_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "freefont/FreeMonoBold.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
SHOE_FACES = [
    "liberation/LiberationSansNarrow-Regular.ttf",
    "dejavu/DejaVuSansMono-Bold.ttf",
    "freefont/FreeMono.ttf",
]
PET_FACES = [
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
GLASS_FACES = [
    "dejavu/DejaVuSansCondensed.ttf",
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
]
APPLIANCE_FACES = [
    "freefont/FreeSans.ttf",
    "dejavu/DejaVuSans.ttf",
    "noto/NotoSans-Italic.ttf",
]
LOCKER_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "freefont/FreeSerif.ttf",
]
PLATE_FACES = [
    "liberation2/LiberationSans-Bold.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "noto/NotoSans-Regular.ttf",
]
PAYBANK_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "liberation2/LiberationSans-Regular.ttf",
]
HISTORY_FACES = [
    "freefont/FreeSans.ttf",
    "liberation2/LiberationSans-Italic.ttf",
    "dejavu/DejaVuSans.ttf",
]
EV_FACES = [
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
]
BULLION_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "liberation2/LiberationSerif-Bold.ttf",
    "freefont/FreeSerif.ttf",
]
FAMILIES: list[Family] = [
    ("pizza_order", pizza_order, PIZZA_FACES),
    ("fish_counter", fish_counter, FISH_FACES),
    ("shoe_shop_till", shoe_shop_till, SHOE_FACES),
    ("pet_supplies_order", pet_supplies_order, PET_FACES),
    ("windscreen_repair", windscreen_repair, GLASS_FACES),
    ("appliance_repair", appliance_repair, APPLIANCE_FACES),
    ("locker_rent", locker_rent, LOCKER_FACES),
    ("number_plates", number_plates, PLATE_FACES),
    ("pay_by_bank", pay_by_bank, PAYBANK_FACES),
    ("vehicle_history_check", vehicle_history_check, HISTORY_FACES),
    ("ev_charger_install", ev_charger_install, EV_FACES),
    ("bullion_purchase", bullion_purchase, BULLION_FACES),
]


def make_heldout67_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout67 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)
