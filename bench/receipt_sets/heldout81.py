"""heldout81: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout81).

Families (8 receipts each), drawn away from heldout2 to heldout80's layouts, in countries, currencies and scripts
none of them drew: a Cambodian bank's or wallet's KHQR payment screen (ABA Mobile, ACLEDA mobile, Wing Bank; US
dollars or riel, the riel printed as KHR or Riel without decimals), a Zimbabwean EcoCash merchant payment SMS (USD,
US$, ZWG, ZiG), a Kuwaiti KNET payment gateway's receipt page or a shop's e-mail quoting it (KD, KWD, K.D. with three
decimals), a zakat body's official receipt (Lembaga Zakat Selangor, Pusat Pungutan Zakat-MAIWP, Zakat Pulau Pinang
in Malay and English with RM or MYR; Majlis Ugama Islam Singapura in English with S$ or SGD), a US smog check or
emissions station's invoice (a till slip or a letter page), an English test's booking e-mail (IDP IELTS, British
Council, Pearson PTE Academic; NPR or Rs. with lakh grouping on a share, LKR, KES or KSh, NGN or ₦, AED or Dhs), an
Icelandic or Finnish public swimming pool's till slip in Icelandic or Finnish (1.330 kr. without decimals; 6,90 €),
a Serbian fiscal receipt (ФИСКАЛНИ РАЧУН in Cyrillic or FISKALNI RAČUN in Latin script; dinars with decimal commas,
RSD, дин. or din.), a Uruguayan restaurant's card voucher in Spanish ($, $U, U$S; MONEDA: PESOS, UYU, DOLARES), a
pay-as-you-go solar kit's payment SMS (Sun King, M-KOPA, d.light, Bboxx, Fenix; UGX or USh, KES or Ksh, RWF or Frw,
ZMW or K, NGN or ₦), an orthodontic practice's instalment receipt (A$, CA$, NZ$, $, S$, AUD, CAD, NZD, SGD, AED,
Dhs) and a medical laboratory's bill (J$, TT$, BDS$, RD$ and their codes; the Dominican pages in Spanish). Their
pages print, besides the truths, people who are not the payee (payers, account holders, candidates, patients,
parents, orthodontists, referring doctors, cashiers, customers named in a message), other days (a kit's unlock
period and next payment, a delivery, flight, show, bill or validity day, a printed-on day, a next smog or
registration due, a test's day, a speaking test's slot, the results' day, a transfer deadline, a ten-visit card's
validity, a treatment's start and a next instalment, a laboratory's results day), other numbers (KHQR and Bakong
ids, wallet and bank accounts, merchant codes, the customer's mobile, NRIC, payer and haul numbers, a station's
licence, VIN, plate, odometer and certificate numbers, passport numbers, a city's kennitala and a Y-tunnus, PIB,
point of sale, ESIR and receipt counter numbers, TID, RUT, COMERCIO, TERMINAL and LOTE numbers, a kit's account and
unlock code, ABN, HST, GST, UEN and TRN numbers, chart, patient and health fund numbers, NCF, policy, affiliate and
the insurer's authorisation numbers) and other amounts (fees of zero, cashback, new wallet balances, charges and
IMTT, an annual income and the year's zakat due, coupons, service charges, promos, VAT added or included, cash
tendered and change, a tax table, a tip added and the law's VAT refund taken off, the balance left to own a kit, a
treatment's whole fee, deposit, sum paid to date and balance, a subtotal and an insurer's share), and word outcomes
as successes, failures and waits on a share (on a line of their own, beside a status or Result label, inside a
message) or none. Dates: one pattern per page (month first on US pages only). Faces: the project's installed faces
(Noto, DejaVu, Liberation, FreeFont): sans faces on screens, messages and e-mails, monospaced ones on slips, sans
and serif on letter pages; marks a face lacks are not printed (the riel's ៛ is printed KHR or Riel). Degradations as
heldout66 (``heldout14_render.degrade``; screens and messages are always photographed off the display,
``_screen_photo``).

Truth conventions (README "Receipt fields"):

* amount: what this page charged (or tried to charge) now, as "1234.50": the sum on a KHQR screen (never a fee or
  the cashback); the sum a message says was paid (never the balance, the charge or IMTT); a KNET page's amount
  (dinars' three decimals are cut to two: "12.250" is "12.25"); the zakat paid (a month's instalment where the
  year's zakat due is printed; never the annual income or the year's due); a smog invoice's test and certificate
  fees less a coupon; a test's fee with a service, admin or late booking charge less a promo, with VAT added on
  dirham pages; a pool's tickets and rentals or a ten-visit card (krónur are whole: "1.330 kr." is "1330.00");
  a Serbian receipt's Укупан износ / Ukupan iznos; a voucher's IMPORTE with its PROPINA less the VAT refund (the
  TOTAL); a kit's payment (never its balance to own); an instalment with a late fee where added (never the
  treatment's fee, the deposit, the sum paid to date or the balance); what a laboratory's patient pays after the
  insurer's share (never the subtotal). Never tax shown apart from a price that includes it, a rate, cash tendered
  or change. currency: the ISO code of the amount ($ on a Uruguayan peso voucher is UYU, U$S USD; ZiG is ZWG; Rs.
  on a Nepali or Sri Lankan page NPR or LKR; K on a Zambian message ZMW; Dhs AED; дин. and din. RSD).
* date: the day paid (or tried) as printed, ISO: Transaction date, Date, Date & time, Date & Time, Transaction Date,
  Payment Date, Tarikh Bayaran / Payment Date, Invoice Date, Date/Time, Payment date, Paid on, Date of payment,
  Dags., Pvm, ПФР време, PFR vreme, FECHA, Date paid, Bill Date, Fecha; a message's "on 14/03/2025 15:32", "received
  on 14/03/2025" or its stamp after the Ref; None where not printed. Never Expected delivery, Delivery slot, Flight
  date, Show date, Next bill date, Valid until, Printed on / Dicetak pada, Next smog due, Registration due, Test
  date, Speaking test, Results available, Transfers and cancellations close on, Gildir til, Voimassa, Exp, until,
  Next payment due, Treatment start, Next instalment due, Results ready, Entrega de resultados.
* payment_method: "card", "wallet", "netbanking", "cash" from the printed way paid: a bank app's Paid from / From
  account (an account's holder and number) is a netbanking, Wing Wallet a wallet; a mobile money message is a
  wallet; a KNET page always names a KNET debit card (a card); FPX, connectIPS, PayNow, eNETS Debit, bank transfer,
  internet banking transfer are netbanking; Visa, Mastercard, Verve, masked cards, EFTPOS, Interac Debit, NETS,
  DEBIT, MAESTRO DEBITO, Pankkikortti, Kort, Платна картица / Platna kartica are a card; Touch 'n Go eWallet,
  eSewa, Khalti, M-PESA, MTN MoMo, Airtel Money, Zamtel Kwacha, OPay, Apple Pay are wallets; Cash, Tunai, CASH,
  Peningar, Käteinen, Готовина / Gotovina, Cash tendered, Efectivo recibido are cash. None where no way is printed.
* status: only where words state the outcome; None otherwise: Success, Payment successful, Paid successfully,
  Your payment was successful, CAPTURED (a KNET Result), Pembayaran Berjaya / Payment Successful, BERJAYA /
  SUCCESSFUL, Thank you, your zakat has been received, APPROVED, ** APPROVED **, Approved - thank you, Payment
  successful - your test is booked, Your booking is confirmed, Payment received, SAMÞYKKT, HYVÄKSYTTY, ODOBRENO,
  TRANSAKCIJA ODOBRENA, APROBADA, TRANSACCION APROBADA, a message's "was successful", "You have successfully paid",
  "Payment of … received", "we have received your payment", PAID - thank you, Payment received with thanks, Paid in
  full, PAGADO, Pagado - gracias (success); Transaction failed, Payment unsuccessful, NOT CAPTURED, CANCELED,
  Pembayaran Gagal / Payment Unsuccessful, DECLINED, CARD DECLINED - please use another form of payment, Payment
  unsuccessful - your seat has not been reserved, HAFNAÐ, HYLÄTTY, RECHAZADA, TRANSACCION RECHAZADA, DENEGADA, a
  message's "has failed", "could not be completed", "was not successful", Payment declined - please contact
  reception, Card declined - please pay by another method, Tarjeta rechazada (failed); Processing, Transaction
  pending, Dalam Proses / Pending, Payment Pending, Payment pending - we will hold your seat for 48 hours, Payment
  processing, a message's "is being processed", "payment request … will be sent once the payment is confirmed"
  (pending). A heading (RESIT RASMI / OFFICIAL RECEIPT, Payment Receipt, KVITTUN, KUITTI, ФИСКАЛНИ РАЧУН, FACTURA,
  Thank you for your order …), a label of a sum paid (Amount Paid, Jumlah Dibayar, Total paid, This payment), a
  smog test's PASS or FAIL, a terse message of sums and a code, or a footer states none.
* transaction_id: at most one, as printed, the strongest printed: a KHQR screen's Reference # or Trx. ID, else its
  APV; a message's Approval Code, Txn ID or Ref (a failed message prints none); a KNET page's Reference ID /
  Reference No., else its Transaction ID or Payment ID, else Authorization / Auth Code / Auth ID, else Track ID /
  Order No. / Order number; a zakat receipt's No. Rujukan FPX / FPX Ref No. or Transaction ID, else its No. Resit /
  Receipt No.; a smog invoice's AUTH CODE / Auth # / APPROVAL, else its Invoice #; a test booking's Transaction ID
  or Payment reference, else its Booking reference / Booking ID / Order number; a pool slip's Heimild or
  Arkistointitunnus, else its Kvittun nr. / Nótunúmer / Kuitti nro / Kuittinumero; a Serbian receipt's POS slip
  Autorizacioni kod / AUT. KOD, else its ПФР број рачуна / PFR broj računa; a voucher's AUT / COD. AUT. /
  AUTORIZACION, else its TICKET; a kit's Ref or Txn ID; an instalment's Transaction ref / Card ref, else its
  Receipt No. / Receipt # / Invoice No.; a laboratory's Invoice No. / Receipt # / Bill No. / Factura No. / No.
  Factura. Never a KHQR or Bakong id, an account, a merchant code, a customer's mobile, an NRIC or payer id, a haul
  year, a station licence, VIN, plate, odometer or certificate number, a passport number, a kennitala or Y-tunnus,
  PIB, point of sale, ESIR number, Бројач рачуна / Brojač računa, Купац ИД, TID, RUT, COMERCIO, TERMINAL, LOTE, a
  kit's account or unlock code, ABN, HST, GST, UEN, TRN, VAT or RNC numbers, an NCF, a patient, chart, record,
  health fund, policy or affiliate number, an insurer's No. autorización ARS.
* merchant_name: the payee as printed: the shop paid to on a KHQR screen (never the bank or wallet app on top); the
  merchant a message names after "to" (never EcoCash); the KNET page's Merchant or the shop atop its e-mail (never
  KNET); the zakat body; the station (in capitals on its slip); the test provider; the pool; the shop's brand atop
  a Serbian receipt (never the company's registered name under the PIB); the restaurant (never the acquirer); the
  solar company; the orthodontic practice; the laboratory (never an insurer). Never a payer, account holder,
  candidate, patient, parent, orthodontist, doctor, cashier or customer.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout81_families import (
    ecocash_sms,
    english_test_booking,
    khqr_payment,
    knet_receipt,
    lab_bill,
    ortho_instalment,
    pool_slip,
    serbian_fiscal,
    smog_check,
    solar_payg,
    uruguay_voucher,
    zakat_receipt,
)

SPLIT = "heldout81"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype): screens, messages and e-mails in sans
# faces, slips in monospaced ones, letter pages in sans and serif faces; every face holds the marks its pages print.
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
MAIL_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSans.ttf",
]
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
LETTER_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSans.ttf",
]
STATION_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
FAMILIES: list[Family] = [
    ("khqr_payment", khqr_payment, SCREEN_FACES),
    ("ecocash_sms", ecocash_sms, SCREEN_FACES),
    ("knet_receipt", knet_receipt, SCREEN_FACES),
    ("zakat_receipt", zakat_receipt, LETTER_FACES),
    ("smog_check", smog_check, STATION_FACES),
    ("english_test_booking", english_test_booking, MAIL_FACES),
    ("pool_slip", pool_slip, SLIP_FACES),
    ("serbian_fiscal", serbian_fiscal, SLIP_FACES),
    ("uruguay_voucher", uruguay_voucher, SLIP_FACES),
    ("solar_payg", solar_payg, SCREEN_FACES),
    ("ortho_instalment", ortho_instalment, LETTER_FACES),
    ("lab_bill", lab_bill, LETTER_FACES),
]


def make_heldout81_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout81 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)
