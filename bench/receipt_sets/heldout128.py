"""heldout128: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a fourteenth random day's proofs of payment, as a logistics and courier franchise (a
regional parcel and part-truckload operator with hubs in Nagpur, Indore, Surat, Lucknow, Coimbatore, Vijayawada,
Ludhiana and Guwahati) receives them from its shippers in 2026 and pays its own suppliers. One payment per page, no
lists or threads.

* ``shipper_upi``: a shipper's UPI app (Paytm, PhonePe, Google Pay, BHIM, Amazon Pay, CRED, Navi, WhatsApp Pay;
  dark on some) paying the hub: heldout125's result screen (outcome, sum large, Paid to / To / Sent to / Paying to
  over the hub, its handle, UPI Ref No / UTR and the app's own id on some, the day, Debited from), a freight note.
* ``cod_settlement``: an e-commerce platform's remittance to the hub as its last-mile delivery partner (Shiprocket,
  Meesho, NimbusPost, Shipway, iThink, Ekart, Pickrr, Amazon Shipping; e-mail or portal): Partner Name /
  Beneficiary Name / Remitted to over the hub, the settlement cycle, delivery charges, COD handling fee, Less: COD
  short-deposit recovery, lost / RTO debit, TDS u/s 194C, Net amount remitted, NEFT / IMPS, UTR, Remittance ID /
  Settlement ID / Payout ID, Remittance date / Paid on / Settled on, Status Remitted / Reversed / On hold.
* ``freight_invoice``: the hub's FREIGHT INVOICE / TAX INVOICE (GTA) / FREIGHT BILL on paper: Invoice No / Bill No,
  Invoice Date, Bill To / Consignor, LR No / Docket No / Consignment No / CN No, route, truck, packages and weight,
  freight, docket charges, FOV, fuel surcharge, GST @ 12% or reverse charge, Total, Amount Received (a part on two:
  PART PAID with a Balance Due), the way and its UTR / UPI Ref / approval code, Paid on, the word in a row and in
  the hub's violet rubber stamp; one FREIGHT BILL paid in cash with no number at all.
* ``fuel_slip``: a fuel station's terminal slip for a truck's diesel (IndianOil XTRAPOWER, HPCL DriveTrack Plus,
  BPCL SmartFleet fleet cards; a bank card on one, UPI on one; monospace): the outlet, RO CODE, TID, BATCH, ROC /
  INVOICE NO, TXN ID, the truck, HSD, litres, rate, odometer, card masked, AMOUNT, CARD BAL, RRN / APPR CODE.
* ``toll_fastag``: a toll plaza's printed ticket for a truck without a working tag (cash at twice the fee, UPI at
  1.25 times: TICKET NO / RECEIPT NO, LANE, class, Applicable fee, FEE PAID, UPI REF, STATUS PAID) on four; the
  fleet's FASTag wallet recharge on its issuer's corporate portal (IDFC FIRST, ICICI, Axis, HDFC) on four.
* ``driver_advance``: the franchise's business banking app or net banking after a trip advance to a driver (Kotak
  FYN, ICICI InstaBIZ, HDFC SmartHub Vyapar, Axis neo, SBI YONO Business, IndusInd, bob World, Yes Business):
  heldout124's acknowledgement and heldout122's reference rows, Purpose Trip advance, Remarks naming the truck.
* ``lorry_hire``: the franchise's PAYMENT ADVICE to a fleet owner or broker for a hired lorry (e-mail, paper, its
  bank's bulk-payment page): Lorry Owner / Broker Name / Vendor Name / Beneficiary Name, PAN, Hire Challan No, the
  truck, Lorry hire, Less: Advance paid on <day>, Less: TDS u/s 194C, detention or shortage, Net amount paid, NEFT /
  RTGS, UTR, Advice No / Voucher No, Payment Date / Value Date, Status Paid / Rejected / Pending for authorisation.
* ``warehouse_rent``: the godown's rent: an owner's RENT RECEIPT (Landlord / Landlord's Name / Name of Landlord,
  Rent, Less TDS u/s 194-I, Net received; a cheque returned, one under clearing, one in cash with no number) or a
  warehousing park's receipt (IndoSpace, Welspun One, Horizon, ESR: Receipt No, Lessee, shed, month, rent + GST,
  TDS, Amount received, UTR, Received on).
* ``gst_challan``: the franchise's GST payment: the GST portal's receipt (PMT-06: CPIN, GSTIN, legal name, tax
  heads, Total Challan Amount, Mode E-Payment / NEFT/RTGS, bank, Challan generated on, Date of Deposit, CIN, BRN,
  Payment Status) or its bank's GST e-payment acknowledgement (CPIN, CIN, Bank Reference No., status line).
* ``transit_insurance``: a marine transit premium receipt (ICICI Lombard, New India, Tata AIG, HDFC ERGO, Bajaj,
  United India, Oriental, Future Generali; e-mail, paper, portal): Receipt No, Policy No, the product, the insured,
  turnover declared / sum insured, Period of insurance, Net premium, GST, Total premium, the way, Receipt Date,
  Intermediary, PREMIUM RECEIVED / CHEQUE DISHONOURED - COVER CANCELLED / PAYMENT PENDING REALISATION.
* ``truck_emi``: a truck loan's EMI receipt from its NBFC (Shriram Finance, Tata Motors Finance, Cholamandalam,
  Mahindra Finance, Sundaram Finance, SK Finance, Hinduja Leyland Finance; app, e-mail, site; cash at a branch on
  one): Loan Account No, the borrower, the truck, EMI amount, overdue or bounce charges on some, Amount paid,
  Transaction ID / Payment ID, UPI Ref No, Receipt No, Payment Date, Next EMI due on.
* ``freight_link``: a shipper's page after paying the hub's payment link (Razorpay, PayU, Cashfree, CCAvenue,
  Easebuzz, PhonePe PG, Paytm Payment Links): the hub, the route, LR No / Docket No / AWB No on most, the outcome,
  the sum large, heldout125's gateway ids, UPI Ref No / Bank RRN / Auth Code on some, the day, Secured by.

Outcomes: a failed and a pending page in every family but the toll pages (a recharge failed and one pending, the
plaza tickets all paid) and the fuel slips (two declined, one UPI slip pending). Absent fields: each family leaves
out the id on one page (no UTR, bank reference, transaction, receipt, invoice, ticket, CPIN or LR number; loan,
policy, RO, partner, wallet, customer, vehicle numbers stay) and the day on one (no date anywhere: a month, a
settlement cycle or an e-mail's hour at most). Sums: ₹ (faces that draw it), Rs., Rs, RS., INR; lakh grouping on
most, western on some, none on slips. Faces: heldout119's lists. Frames: heldout121's ``compose`` (its rubber
stamp on the freight invoices). Seeds ``heldout128-<i>``.

Truth conventions (README "Receipt fields"; *settled* where this set chose):

* merchant_name: the one paid, as printed: the hub on its shippers' UPI screens, payment links and a platform's
  settlement (Partner Name / Beneficiary Name / Remitted to), on top of its own freight invoice; the fuel outlet
  under the fleet programme's or terminal's name on a slip; the plaza on top of its ticket; the FASTag issuer after
  Biller / FASTag issuer / Paid to; the driver on a trip advance; the fleet owner or broker on a lorry-hire advice
  (never the franchise on top: the payer); the landlord under Landlord's Name or the park on top of its receipt;
  the insurer and the NBFC on top of their receipts. Never a bank, app, gateway, platform or oil company's card
  programme, nor the payer. *settled*: a GST challan names no payee (the taxpayer is the payer, "Goods and
  Services Tax" on the portal's top names the tax, the bank on its acknowledgement is the channel): None.
* amount / currency: the sum this payment moved, INR everywhere. A settlement's Net amount remitted (after the
  recoveries and TDS); a lorry hire's Net amount paid (the hire less the advance paid before and TDS, with
  detention added); a rent's net received after TDS u/s 194-I (with GST on the park's); a premium's Total with GST;
  an EMI's Amount paid with the overdue charges paid with it; a plaza's FEE PAID (twice or 1.25 times the
  applicable fee), a recharge's sum (never a tag, wallet or card balance); a fuel slip's AMOUNT. *settled*: a
  PART PAID invoice's amount is the part received (Amount Received), never its Total or Balance Due; an UNPAID
  invoice's is the total it asks (Balance Due / Amount Payable).
* status: as printed (Remitted, Settled, PAID, PAID WITH THANKS, PART PAID, APPROVED, SUCCESS, Recharge Successful,
  Transaction Successful, Processed, Paid, PREMIUM RECEIVED, RECEIVED success; Reversed, Failed - invalid account,
  CHEQUE DISHONOURED, DECLINED, Rejected - IFSC invalid, CHEQUE RETURNED UNPAID, CHEQUE DISHONOURED - COVER
  CANCELLED failed; On hold - KYC pending, In process, UNPAID, TXN PENDING, Pending for authorisation, Awaiting
  checker approval, Awaiting Bank Confirmation, CHEQUE UNDER CLEARING, PAYMENT PENDING REALISATION pending).
  *settled*: PART PAID is a success (money moved: the part); a plaza ticket's STATUS: PAID a success.
* date: the day paid or credited (Paid on, Payment Date, Remittance date, Settled on, Value Date, Date of Deposit,
  Receipt Date, Received on, Recharged on, a slip's or ticket's DATE; Initiated on / Scheduled for / Payment
  attempted on / Payment initiated on on the failures and the waits). Never an Invoice Date, Bill Date or Due
  Date (an unpaid invoice carries none), a settlement cycle, a rent month, an advance's earlier day, Challan
  generated on, a Period of insurance, Next EMI due on, an e-mail's hour.
* payment_method: UPI, card, cash; "netbanking" for NEFT / RTGS / IMPS, Net Banking and a GST e-payment by net
  banking; a cheque is None, an unpaid invoice names no way (None). *settled*: an oil company's fleet card
  (XTRAPOWER, DriveTrack Plus, SmartFleet) draws on the fleet's prepaid account with the oil company, a closed
  balance like an app's: "wallet"; a bank's card on the same terminal is "card".
* transaction_id: the highest family printed: UPI reference / UTR / RRN, then a bank reference (BRN, Bank Ref No,
  Reference No.), then a transaction / payment / remittance / settlement id (Transaction ID, TXN ID, Payment ID,
  Remittance ID, Settlement ID, Payout ID, a GST challan's CIN), then an approval code, an order id, then a
  document's own number (Invoice / Bill / Receipt / Advice / Voucher No, ROC NO, TICKET NO, a GST challan's CPIN).
  *settled*: a consignment's own number (LR No, Docket No, Consignment / CN No, AWB No, a lorry Hire Challan No)
  names the goods moved, not the payment: it ranks below every other family, the id only where nothing else is
  printed. Never a loan account, policy, RO code, partner code, customer or wallet id, PAN, GSTIN, TID, batch,
  vehicle number, cheque number or account.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, LOAN_FACES, PAGE_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout128_families import (
    cod_settlement,
    compose,
    driver_advance,
    freight_invoice,
    freight_link,
    fuel_slip,
    gst_challan,
    lorry_hire,
    shipper_upi,
    toll_fastag,
    transit_insurance,
    truck_emi,
    warehouse_rent,
)

SPLIT = "heldout128"

FAMILIES: list[Family] = [
    ("shipper_upi", shipper_upi, SCREEN_FACES),
    ("cod_settlement", cod_settlement, PAGE_FACES),
    ("freight_invoice", freight_invoice, BILL_FACES),
    ("fuel_slip", fuel_slip, SLIP_FACES),
    ("toll_fastag", toll_fastag, SLIP_FACES + SCREEN_FACES[:3]),
    ("driver_advance", driver_advance, SCREEN_FACES),
    ("lorry_hire", lorry_hire, PAGE_FACES),
    ("warehouse_rent", warehouse_rent, PAGE_FACES),
    ("gst_challan", gst_challan, PAGE_FACES),
    ("transit_insurance", transit_insurance, PAGE_FACES),
    ("truck_emi", truck_emi, LOAN_FACES),
    ("freight_link", freight_link, SCREEN_FACES),
]


def make_heldout128_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout128 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
