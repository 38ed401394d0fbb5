"""heldout72: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout72).

Families (8 receipts each), drawn away from heldout2 to heldout71's layouts: payments in farming, trades and
business-to-business life from India, the UK, the US, Ireland and the euro area (German, French, Dutch, Italian and,
new in these sets, Spanish pages beside English ones) in rupees, pounds, dollars and euros with their groupings
(lakh and crore, Western, European, French spaces), marks and codes. Six are a farm's: an agricultural market's bill
to a buyer (an Indian commission agent's sale bill at a grain market: Gurdev Singh & Sons at Khanna, Shree Balaji
Trading Co. at Latur; a livestock mart's buyer's invoice: Tanat Valley Livestock Mart, Red Oak Livestock Auction,
Ballinamore Co-operative Mart, Viehvermarktung Oberland, Marché au Cadran du Haut-Bocage, Veemarkt De
Noorderkempen, Mercato Zootecnico Val Padana, Subasta Ganadera del Bierzo), an animal feed store's bill (Kamdhenu
Cattle Feed Centre, Sri Lakshmi Feeds & Agro Agencies, Hollins Farm & Country Stores, Tri-County Feed & Farm
Supply, Carrigbeg Agri Store, Landhandel Brandl, Magasin Agricole du Val d'Orne, Agrarische Handel Van der Veen,
Agraria Bertolini, Piensos y Suministros Ebro), a farm vet's visit (Dr. Sandhu's Large Animal Clinic, Kisan
Veterinary Services, Penrhos Farm Vets, Prairie Creek Large Animal Veterinary, Slaney Valley Veterinary, a
Tierarztpraxis, a clinique vétérinaire rurale, a dierenartsenpraktijk, a studio buiatrico, a clínica rural), a cattle
breeder's insemination slip (Gopal Pashu Prajanan Seva Kendra, Sahyadri Cattle Breeding Centre, Wyvern Breeding
Services, Heartland Sires Cooperative, Suir Valley AI Services, a Besamungsstation, a coopérative d'insémination, a
KI-station, a centro di fecondazione, a centro de inseminación), farm machinery hired with or without a driver (a
custom hiring centre, a harvester service, agricultural contractors in the UK and Ireland, a US ag equipment rental,
Maschinenring Ammersee, a CUMA, a loonbedrijf, a contoterzista, a Spanish servicios agrícolas) and a hatchery's order
of chicks or pullets (Kaveri Hatcheries & Farms, Green Valley Poultry Hatchery, Meadowcroft Poultry, Prairie Sun
Hatchery, Kilcullen Hatchery, a Brüterei, a couvoir, a broederij, an incubatoio, an incubadora). Six are a trade's
or a business's: a wholesale cash-and-carry's invoice (METRO Cash & Carry, Best Price Wholesale, Booker Wholesale,
Restaurant Depot, Musgrave MarketPlace, METRO Großmarkt, Promocash, Sligro, METRO Italia, Makro), a printing press's
job receipt (Shree Ganesh Offset Printers, Anmol Printing Press, Harbour Print & Design, Liberty Press & Graphics,
Corrib Print & Design, a Druckerei, an imprimerie, a drukkerij, a tipografia, Gráficas Levante), a goods carrier's
freight receipt (Punjab Golden Transport Co., Sharma Roadlines, Pennine Pallet Express, Lone Star Freight Lines,
Midland Haulage & Pallets, a Spedition, a transporteur, a transportbedrijf, an autotrasportatore, Transportes
Hermanos Gil), a customs import duty payment (the Commissioner of Customs at JNCH Nhava Sheva and Mumbai's Air
Cargo Complex, on ICEGATE in a share; HM Revenue & Customs; U.S. Customs and Border Protection, on Pay.gov in a
share; Revenue; Hauptzollamt Hamburg; the douane at Le Havre; Douane Rotterdam; the Agenzia delle Dogane at Genova;
the Aduana de Valencia), a welding and fabrication shop's job bill (Vishwakarma Steel Fabrication Works, New Bharat
Welding Works, Marsh Lane Fabrications, Ironside Welding & Fabrication, Ballinrobe Steel Fabricators, a Metallbau, a
métallerie, a constructiebedrijf, a carpenteria metallica, a cerrajería) and a weights and measures office's fee for
verifying scales, weighbridges and fuel pumps (the Legal Metrology offices of Maharashtra and Karnataka, on GRAS or
Khajane-II in a share; Kent Trading Standards; the Texas Department of Agriculture; Legal Metrology Ireland; Eichamt
Mannheim; a French and a Dutch approved verifier; the Camera di Commercio di Bergamo's ufficio metrico; Aragón's
metrology service). Their pages name people and businesses that are not the payee (farmers who sold, buyers and
vendors, a market committee's licence, the feed maker a store stocks, a vet, an AI technician and a bull, an
operator and the member farm that did a ring's work, a customer's firm and its contact, consignors and consignees,
importers and their customs brokers, a store's branch, traders and repairers), print other days (an auction's or
a sale's day, a delivery day, milk and meat withdrawal ends, a TB test's reading, a recheck, a previous service, a
next heat and a pregnancy check, a hire's or a job's days, a hatch, a collection or a ship week, a proof's
approval, a fitting, a bill of entry's, entry's or declaration's date, an expected delivery, a day verified, a next
verification or a registration's expiry, an earlier advance's day) and other numbers and amounts (APMC licences,
gate-entry, arrival, lot and J-form numbers, weights in quintals, kg and lb at rates per quintal, kg or cwt, buyer,
customer, account, member, herd, CPH, premises, UBN, EDE and REGA numbers, ear tags and bulls' codes, khasra and
field references, vehicle registrations and hour meters, batch, flock, job and quote numbers, lorry receipts', G.R.,
bilty, consignment, CMR, DDT, PRO, bill of lading and e-way bill numbers, IEC, EORI and importer numbers, BE, entry
and MRN numbers, assessable, customs, entered and declared values and an invoice value of goods, registration,
certificate and Eichschein numbers, a head of account; GSTIN, VAT, EIN, SIRET, KvK, P.IVA and CIF numbers; a
balance brought and carried forward, a part received and a balance left, an order's full value beside an advance,
an advance taken off, extra chicks free, a security deposit held on a card, empties returned, tax in an analysis
table or included, GST payable by a consignee under reverse charge, cash tendered and change, a sum in words), and
word outcomes as successes, failures and waits (heldout68's outcomes, Spanish ones such as Pago realizado, Pago
denegado, Pendiente de confirmación del banco, public bodies' such as Payment realised, Duty paid successfully,
Transaction rejected by bank, Zahlung verbucht, Paiement rejeté, Pagamento in verifica, and card terminals'
APPROVED / DECLINED / GENEHMIGT / ABGELEHNT / ACCEPTE / REFUSE / AKKOORD / GEWEIGERD / AUTORIZZATA / NEGATA /
APROBADA / DENEGADA), on a line of their own or beside a status label; where the payment failed or waits, the
page's heading calls it no receipt; many pages print no outcome at all. Dates: one pattern per page as heldout66
(Spanish: 5 de marzo de 2026, jueves, 5 de marzo de 2026, 05/03/26 ...). Faces: every family in faces the project
installs, monospaced ones for slips in a share; the rupee pages print ₹ only in faces that hold it
(``heldout14_values.rupee``), else Rs. (or INR). Degradations as heldout66 (``heldout14_render.degrade``; a photo of
the screen for the screens).

Truth conventions (README "Receipt fields"):

* amount: the sum paid or attempted now, as "1234.50": a market's fee, commission, labour and weighing, a buyer's
  commission and levy, delivery, mileage, an out-of-hours surcharge, a straw and an insemination's charge, fuel
  surcharges, delivery and a damage waiver, boxes, vaccination and shipping, a bottle deposit, design charges,
  loading, collection, risk, docket and tail-lift charges, duty, a surcharge, import VAT or IGST, interest and late
  fees, tax added (GST, VAT, MwSt., TVA, btw, IVA, sales tax) included; discounts, empties returned and an advance
  paid earlier taken off. On a page that takes an advance, the advance; on one that takes the balance after an
  advance, the balance; on a bill on account, the sum paid today; on a sale bill with a part received, the part.
  Never an order's or a bill's full value beside an advance or a part, a balance brought forward, carried forward
  or left, tax shown apart from a price that includes it, GST payable by a consignee, a rate, a weight, the goods'
  assessable, customs, entered, declared or invoice value, extra chicks free, a security deposit held on a card,
  tendered cash or change. currency: its ISO code.
* date: the day paid (or tried) as printed, ISO (a slip's date on top or under Date, a bill's, invoice's or
  payment's date); None where not printed. Never an auction's or sale's day, a delivery, a withdrawal's end, a TB
  test's reading, a recheck or next visit, a previous service, a next heat or pregnancy check, a hire's or job's
  days, a hatch, a collection, a ship week, a proof, a fitting, a bill of entry's, entry's or declaration's date, an
  expected delivery, a day verified, a next verification or an expiry, or an earlier advance's day. Day first on
  Indian, UK, Irish and euro pages, month first on US pages; a two-digit year is in this century.
* payment_method: "UPI", "card", "wallet", "netbanking", "cash" from the printed way to pay as heldout66 maps the
  wordings (a masked card and a terminal's card line are a card; RTGS, NEFT, IMPS, net banking, a bank transfer,
  iDEAL, ACH, a duty deferment account's direct debit, Transferencia and Domiciliación bancaria are net banking;
  Nagad is cash); None where none is printed.
* status: only where words state the outcome; None otherwise (a heading, a label such as Amount received, Paid
  today or Balance paid, a way to pay, an earlier advance's "Less: advance paid", or a sentence of the business's
  terms such as "Material remains our property until paid in full." states none).
* transaction_id: at most one. A paper page prints one number of its own (a bill's, a memo's, a slip's, an
  invoice's, a money receipt's, a contract's, an order's or a docket's; a cash-and-carry's invoice number, else
  its till and transaction number) as the id where printed. An online page prints up to two: the payment's
  reference (Bank Ref. No., CIN, a Challan Ref. No., a charge reference, a Pay.gov Tracking ID or confirmation number, a
  Kassenzeichen, a Référence de paiement, a Betalingskenmerk, an IUV, an NRC, a GRN) and a challan's, receipt's,
  quittance's, bolletta's, notice's or justificante's number; the id is the payment's reference where printed,
  else the other. Never a licence, a tax or company number, a customer, account, member, buyer, herd or holding
  number, an ear tag, a bull's code, a lot, gate-entry, arrival or J-form number, a batch, flock, job or quote
  number, a lorry receipt's, G.R., bilty, consignment, CMR, DDT, PRO, bill of lading or e-way bill number, a BE,
  entry, MRN or declaration number, an IEC, EORI or importer number, a registration, Aktenzeichen or certificate
  number, a head of account, a vehicle's registration or an hour meter.
* merchant_name: who was paid, as printed on top: the commission agent or the mart, the feed store (never the maker
  it stocks), the practice (never the vet), the breeding service, the hire firm, ring or CUMA (never the member farm
  that did the work), the hatchery, the wholesaler (never its branch under Store), the press, the carrier, the
  customs body (on ICEGATE's or Pay.gov's page, the body under Payee / Customs station / Agency / Paid to, never the
  portal), the fabricator, the weights and measures office (on GRAS's or Khajane-II's page, the office under
  Department / Payee / Paid to); never a farmer, buyer, vendor, importer, broker, consignor, consignee, customer,
  trader or repairer.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout72_families import (
    breeding_service,
    cash_and_carry,
    customs_duty,
    fabrication_job,
    farm_vet_visit,
    feed_store_bill,
    freight_booking,
    hatchery_order,
    machinery_hire,
    market_sale_bill,
    print_job,
    scale_verification,
)

SPLIT = "heldout72"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), as ``load_font`` opens them; the
# slips (a market's bill, a feed store's, an insemination slip, a wholesaler's till invoice) print in monospaced
# faces in a share, the online pages (customs, a weights and measures portal) in sans faces.
MARKET_FACES = [
    "liberation/LiberationMono-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
]
FEED_FACES = [
    "freefont/FreeMono.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
]
VET_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
]
BREEDING_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
MACHINE_FACES = [
    "liberation2/LiberationSans-Bold.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
HATCHERY_FACES = [
    "dejavu/DejaVuSans-Oblique.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSans-Italic.ttf",
]
WHOLESALE_FACES = [
    "noto/NotoSansMono-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "dejavu/DejaVuSansMono-Bold.ttf",
]
PRINT_FACES = [
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "noto/NotoSerif-Italic.ttf",
]
FREIGHT_FACES = [
    "liberation/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansCondensed-Bold.ttf",
    "noto/NotoSans-Regular.ttf",
]
CUSTOMS_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
]
FABRICATION_FACES = [
    "freefont/FreeSansBold.ttf",
    "dejavu/DejaVuSerif.ttf",
    "liberation2/LiberationSerif-Bold.ttf",
]
METROLOGY_FACES = [
    "dejavu/DejaVuSansCondensed.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSans.ttf",
]
FAMILIES: list[Family] = [
    ("market_sale_bill", market_sale_bill, MARKET_FACES),
    ("feed_store_bill", feed_store_bill, FEED_FACES),
    ("farm_vet_visit", farm_vet_visit, VET_FACES),
    ("breeding_service", breeding_service, BREEDING_FACES),
    ("machinery_hire", machinery_hire, MACHINE_FACES),
    ("hatchery_order", hatchery_order, HATCHERY_FACES),
    ("cash_and_carry", cash_and_carry, WHOLESALE_FACES),
    ("print_job", print_job, PRINT_FACES),
    ("freight_booking", freight_booking, FREIGHT_FACES),
    ("customs_duty", customs_duty, CUSTOMS_FACES),
    ("fabrication_job", fabrication_job, FABRICATION_FACES),
    ("scale_verification", scale_verification, METROLOGY_FACES),
]


def make_heldout72_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout72 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)
