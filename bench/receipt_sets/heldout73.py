"""heldout73: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout73).

Families (8 receipts each), drawn away from heldout2 to heldout72's layouts: money moved between people and through
apps, banks, counters and platforms, as screens, e-mails, advices and paper slips from India, the UK, the US, Ireland
and the euro area (German, French, Dutch, Italian and Spanish pages beside English ones) in rupees, pounds, dollars
and euros with their groupings, marks and codes; two families print the sum again in another currency (rupees,
pesos, naira, dirhams, Pakistani rupees, Colombian pesos, Canadian and Australian dollars, Swiss francs) beside an
exchange rate. The kinds: a bill-split app's settlement between friends (Splitwise, Tricount, Settle Up), a cheque
deposit's acknowledgement (an Indian bank's kiosk slip, a UK or US bank app's mobile deposit, an Irish lodgement, a
French bordereau de remise de chèques, an Italian ATM's versamento assegni, a Spanish ingreso de cheques), cash
handed over a counter to send to someone (an Indian retailer's domestic money transfer through Spice Money,
PayNearby or Airtel Payments Bank, Walmart2Walmart, An Post's lodgement, Poste Italiane's Ricarica Postepay, Correos'
giro nacional), a bank's standing order, Dauerauftrag, virement permanent, periodieke overboeking, bonifico
periodico, transferencia periódica, US recurring transfer or Indian standing instruction, an international money
transfer app's receipt (Remitly, Xoom, WorldRemit, TapTap Send, Ria Money Transfer, Paysend), a buy-now-pay-later
instalment or bill paid (Simpl, LazyPay, Snapmint, Clearpay, Klarna, Afterpay, Affirm, humm, Alma, Scalapay,
Aplazame), a term, recurring or savings deposit placed with a bank or a post office (State Bank of India, HDFC Bank,
India Post, Nationwide, Zopa, Ally Bank, Capital One, PTSB, Consorsbank, La Banque Postale, Rabobank, Banca Ifis,
Openbank), a rented home's deposit received by a letting agent or a landlord, a gift card bought online for someone
(Woohoo, GyFTR, Love2shop, One4all, GiftCards.com, Giftly, Wunschgutschein, Illicado, VVV Cadeaukaarten, Smartbox,
El Corte Inglés), a tuition fee paid to a university abroad through Flywire, Convera or PayMyTuition, a business's
remittance advice to a supplier it paid, and a contribution to a collection pot or a personal fundraiser (Milaap,
Ketto, Collection Pot, Whip-round, GoFundMe, Leetchi). Their pages name a sender and a recipient, and people and
businesses that are not the payee (the app user who paid, a group's other members, a cheque's drawer, a shop's
agent, a beneficiary's bank, a store a pick-up is made at, the shop a BNPL purchase was made at, a depositor and a
nominee, tenants, a deposit scheme, a gift's recipient and the card's brand, a student and a payer, the business
that sent a remittance advice, a pot's organiser and the person it is for, a contributor); print other days (a
cheque's own date, funds available later, an expected credit, a standing order's first, next and last payments, a
money transfer's availability, a BNPL plan's next instalment, a bill's period and due day, a retry, a deposit's
maturity, a tenancy's start, a gift's delivery and a card's validity, a deadline to pay by and the day an
institution got the money, invoices' days, a pot's closing day, a date of birth) and other numbers (accounts, sort
codes, IBANs, IFSCs, NSCs, routing numbers, a kiosk's number, MICR and cheque numbers, agent IDs and mobiles, card
numbers, standing order and SI numbers, student IDs, a deposit's account or TDR number, deposit scheme, RTB and
INCASÒL numbers, supplier numbers and invoice numbers, group codes) and amounts (the sum received in another
currency and the rate, fees shown apart, funds available today, balances after, an order's total and a BNPL balance
left, a maturity value, a monthly rent, a deposit's whole sum beside its first instalment, a holding deposit taken
off, a card's face value beside an Indian discount, invoices' gross beside TDS, a retention, Skonto or a credit note,
a pot's total and goal, the group's spending and the user's share, a failed standing order's charge), and word
outcomes as successes, failures, waits and schedules (Payment sent, Cheque accepted, SUCCESS, Ausgeführt, Delivered,
Instalment paid, Deposit opened successfully, Pour acquit, Recibí, Delivered to institution, Payment released;
Cheque rejected, Nicht ausgeführt - keine Deckung, Transfer cancelled, Payment declined - we'll try again, Booking
failed; Sent for clearing, PENDING, Scheduled, Programmé, On hold, Ready for pickup, Initiated - awaiting your
transfer, Awaiting clearance of funds), on a line of their own or beside a status label, and print none on many.
Dates: one pattern per page as heldout66, Spanish pages day first with Spanish months and weekdays. Faces: every
family in faces the project installs (Liberation, FreeFont, Noto, DejaVu); counter slips in monospaced faces; the
rupee pages print ₹ only in faces that hold it (``heldout14_values.rupee``), else Rs. (or INR). Light and dark app
screens. Degradations as heldout66 (``heldout14_render.degrade``; a photo of the screen for the screens).

Truth conventions (README "Receipt fields"):

* amount: what the payer paid (or tried to pay) on this page, as "1234.50": a settlement's sum; the cheques
  deposited together; the sum handed to a counter agent with its charges (transfer amount + fee = the total
  collected); each payment of a standing order; a money transfer app's total paid in the sender's currency (the
  sum sent + the transfer fee; where no fee is charged, the sum sent); the BNPL instalment (or bill) paid now with a
  late fee charged; the sum placed on deposit or a recurring deposit's instalment; the tenancy money received now
  (a deposit with a first month's rent where taken with it, less a holding deposit already paid; Germany's first
  instalment where one is taken, never the deposit's whole sum; Spain's fianza with its extra guarantee); a gift
  card order's total (face values + purchase fees + postage + a greeting card, less an offer); the sum the payer
  pays a tuition platform in their own currency (with a card's fee); a remittance advice's net payment (invoices
  less credit notes, TDS, retention or Skonto); a pot contribution with a tip to the platform or a card fee. Never
  the sum received in another currency, a rate, funds available today, a balance, an order's total, a balance left
  or a next instalment, a maturity value, a rent, a deposit's whole sum beside an instalment, a face value, an
  invoices' gross, a pot's total or goal, a group's spending or a share of it, a total over a standing order's term
  or the charge for a payment not made. currency: the ISO code of the amount (the sender's or payer's currency).
* date: the day paid, deposited, sent, placed or received as printed (on a standing order's new order, the day it
  was set up; a failed or waiting payment's page prints the day tried under a plain Date label), ISO; a French
  receipt's "Fait à Lyon, le …" is the day received; None where not printed. Never a cheque's own date, an
  availability or expected credit, a first, next or last payment, a retry, a bill's period or due day, a maturity,
  a tenancy's start, a gift's delivery, a card's validity, a deadline, the day an institution got the money, an
  invoice's day, a pot's closing day or a date of birth. Day first on Indian, UK, Irish and euro pages, month first
  on US pages; a two-digit year is in this century.
* payment_method: "UPI", "card", "wallet", "netbanking", "cash" from the printed way the payer paid, as heldout66
  maps the wordings (a masked card, a Carta Postamat and a card processing fee's card are a card; Venmo, PayPal,
  Lydia, Satispay, Revolut, Apple Pay, Google Pay, Paytm Wallet are wallets; a bank transfer, NEFT, RTGS, IMPS, BACS,
  CHAPS, Faster Payment, ACH, EFT, SEPA, Zelle, iDEAL, Sofortüberweisung, a direct debit, Net Banking and an account
  a deposit is funded from are net banking; cash, Bar, Contanti, Efectivo, Contant are cash). Every standing order
  is net banking (the page names the bank's repeated transfer), and so is a remittance advice whose heading names
  the transfer (BACS Remittance Advice, EFT Remittance Advice, Avis de virement, Avviso di bonifico, Aviso de
  transferencia). A counter agent's slip in India that prints only the transfer's mode (IMPS, NEFT) is net banking,
  one that prints the cash received is cash. A recipient's side is never the way paid (a money transfer app's
  delivery by bank deposit, UPI, wallet or cash pick-up; the Postepay card topped up). A cheque, a cashier's check,
  a bank draft is none of the five: None; so is every cheque deposit. None where no way is printed.
* status: only where words state the outcome; None otherwise. Success: Payment sent, Settled up, Remboursement
  effectué, Cheque accepted, Deposit received, Remise enregistrée, Versamento eseguito, SUCCESS, Money transfer sent,
  Lodgement accepted, Operazione eseguita, Giro admitido, Payment made, Executed successfully, Ausgeführt, Exécuté,
  Uitgevoerd, Eseguito, Realizada, Delivered, Funds deposited, Zugestellt, Livré, Entregado, Instalment paid, Rata
  pagata, Deposit opened successfully, Money added, Received with thanks, Paid in full, Pour acquit, Voldaan, Per
  quietanza, Recibí, Delivered to institution, Funds received, Paid, Payment released, Contribution received and
  the like. Pending: a wait or a schedule (Sent for clearing, Deposit under review, PENDING, Under process,
  Scheduled, First payment scheduled, Geplant, Programmé, Ingepland, Programmato, Programada, In progress, On hold -
  we need more information, Ready for pickup, Processing, Awaiting clearance of funds, Initiated - awaiting your
  transfer, Scheduled for payment). Failed: Cheque rejected, FAILED, Transaction declined, Not paid - insufficient
  funds, Nicht ausgeführt, Transfer cancelled, Payment declined - we'll try again, Booking failed, Cancelled,
  Payment returned, Payment returned by your bank and the like. A heading (Settle up, Lodgement receipt, Standing
  order details, Deposit confirmation, Order confirmation, Remittance advice), a sentence of terms (Credit subject
  to realisation, Salvo buon fine, sous réserve d'encaissement) or a paid label (Amount paid) states none.
* transaction_id: at most one, as printed. A settlement prints a UPI reference or a PayPal transaction ID only
  where it was paid so (a group's code or link never). A cheque deposit: the deposit's own number (Txn No, Ack No,
  Confirmation number, Reference, N° de remise, Numero operazione, Nº de operación); cheque numbers, MICR, kiosk
  and account numbers never. A counter agent's slip: the bank's UTR / RRN / IMPS reference where printed, else the
  service's transaction id, Walmart2Walmart's reference number, An Post's transaction number, the Postepay
  operation's number, the giro's code; agent IDs, till numbers (ST#, TR#) and card numbers never. A standing order:
  the payment's reference where printed, else the order's own number (SI No., Standing order ID, Auftragsnummer,
  Opdrachtnummer, Numero disposizione, Nº de orden). A money transfer app: its reference, transaction, transfer
  or order number. A BNPL page: the payment's own ID; the shop's order number never. A deposit: the transaction's
  reference; the deposit's account or TDR number never. A tenancy deposit: the transfer's reference where
  printed, else the receipt's number; a scheme's ID, the bank account holding the deposit and an RTB or INCASÒL
  number never. A gift card order: the payment's reference where printed, else the order's number; the card's
  number never. A tuition platform: the Payment ID (the reference the payer quotes); a student ID never. A
  remittance advice: the payment's reference (UTR, BACS reference, trace number, Zahlungsreferenz, CRO/TRN …)
  where printed, else the advice's own number; invoices' numbers, credit notes' and the supplier's number never.
  A pot: the payment's ID (a Razorpay ``pay_…`` id keeps its printed case) where printed, else the receipt's
  number.
* merchant_name: who was paid, as printed. The friend a settlement paid (never the app, the payer or the group's
  other members). The account holder a cheque deposit credits where a holder is named (None where only an
  account's product is printed; never the bank or the drawer). The beneficiary, receiver, account name, card
  holder or destinatario a counter agent sent the cash to (never the service, the shop or the sender). A standing
  order's payee (in capitals where the page prints it so; never the bank). A money transfer app's recipient
  (never the app, the sender or the delivery partner). The BNPL provider on top (never the shop). The bank or
  post office a deposit is placed with (on top). The letting agent on top, or the landlord named under Landlord /
  Received by / Owner beneath a receipt's heading (never the tenants). The gift card shop on top (never the
  recipient, the buyer or the card's brand). The university a tuition platform pays (never the platform, the
  student or the payer). The supplier a remittance advice pays (never the business on top that sent it). The
  collection or fundraising platform on top (never the organiser, the beneficiary or the contributor).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout73_families import (
    agent_money_transfer,
    bill_split_settlement,
    bnpl_instalment,
    cheque_deposit,
    collection_pot,
    gift_card_purchase,
    remittance_advice,
    remittance_app,
    standing_order,
    tenancy_deposit,
    term_deposit,
    tuition_abroad,
)

SPLIT = "heldout73"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype); counter slips print in monospaced
# faces, a landlord's or an agent's receipt in serif ones, the app screens and e-mails in sans faces.
SPLIT_FACES = ["noto/NotoSans-Regular.ttf", "dejavu/DejaVuSans.ttf", "liberation2/LiberationSans-Regular.ttf"]
CHEQUE_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSerif-Regular.ttf",
]
AGENT_FACES = [
    "freefont/FreeMono.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
ORDER_FACES = [
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "noto/NotoSans-Regular.ttf",
]
REMIT_FACES = ["noto/NotoSans-Regular.ttf", "freefont/FreeSans.ttf", "dejavu/DejaVuSans.ttf"]
BNPL_FACES = ["dejavu/DejaVuSans.ttf", "liberation2/LiberationSans-Bold.ttf", "noto/NotoSans-Regular.ttf"]
DEPOSIT_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "freefont/FreeSans.ttf",
]
TENANCY_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
]
GIFT_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSans-Oblique.ttf",
]
TUITION_FACES = [
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
]
ADVICE_FACES = [
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSans-Regular.ttf",
]
POT_FACES = ["freefont/FreeSans.ttf", "noto/NotoSans-Regular.ttf", "dejavu/DejaVuSans.ttf"]
FAMILIES: list[Family] = [
    ("bill_split_settlement", bill_split_settlement, SPLIT_FACES),
    ("cheque_deposit", cheque_deposit, CHEQUE_FACES),
    ("agent_money_transfer", agent_money_transfer, AGENT_FACES),
    ("standing_order", standing_order, ORDER_FACES),
    ("remittance_app", remittance_app, REMIT_FACES),
    ("bnpl_instalment", bnpl_instalment, BNPL_FACES),
    ("term_deposit", term_deposit, DEPOSIT_FACES),
    ("tenancy_deposit", tenancy_deposit, TENANCY_FACES),
    ("gift_card_purchase", gift_card_purchase, GIFT_FACES),
    ("tuition_abroad", tuition_abroad, TUITION_FACES),
    ("remittance_advice", remittance_advice, ADVICE_FACES),
    ("collection_pot", collection_pot, POT_FACES),
]


def make_heldout73_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout73 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)
