"""heldout89: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout89).

Families (8 receipts each), drawn away from heldout2 to heldout88's layouts: business and statutory payments
made by small Indian firms, and what their banks and the government's portals print about them, on pages full
of numbers that are not the payment's id and of days that are not the day paid: a corporate net banking
payment advice for a vendor paid by RTGS, NEFT or IMPS (HDFC Bank ENet, SBI's CINB, ICICI's CIB, Axis, Kotak,
Bank of Baroda …: Generated on day, debit account and remitter, beneficiary name, account, IFSC and bank,
transfer type, amount in figures and words, charges with GST and a total debit on a share, UTR, the bank's
transaction reference, customer reference, batch id, initiated and value dates, an invoice named with its day
in the remarks), a GST challan's payment receipt (Form GST PMT-06: CPIN, its generation and expiry days,
GSTIN, legal name, reason and return period, CGST 0005 / SGST 0006 / IGST 0008 / Cess 0009 with tax, interest,
penalty and fee, the total challan amount in figures and words, mode of payment, bank, CIN, BRN, the day
deposited), an income tax challan's receipt (ITNS 280 or 281 on e-Pay Tax with its CRN, creation and validity
days, BSR code, CIN, bank reference number and payment realisation day; or a taxpayer's counterfoil from net
banking or a bank's counter with BSR code, challan serial number and the day of deposit or tender; PAN or TAN,
assessment and financial years, major and minor heads, nature of payment, tax, surcharge, cess, interest,
penalty and a 234E fee), an EPF ECR payment confirmation (TRRN, establishment code, wage month, challan
generated on and due date, challan type, members, A/C 01, 02, 10, 21 and 22, the total, bank, CRN), an ESIC
challan (employer's 17-digit code, challan period and number, IPs, wages, employees' and employer's shares,
the bank's transaction number, challan created day, transaction day, due date), professional tax through
Maharashtra's GRAS (GRN, department, PTRC / PTEC number, the year's period, Bank CIN, bank reference),
Karnataka's or West Bengal's professional tax e-payment (enrolment or registration number, challan number) or
a municipal corporation's trade licence fee receipt (BBMP, GHMC, PMC, KMC, MCD, AMC: receipt, application and
licence numbers, ward, the licence's validity, licence fee, solid waste cess, a late-renewal penalty, the
gateway's transaction id), an ICEGATE customs duty e-payment receipt (IEC, importer, customs station and
location code, challan number, bill of entry number and day, invoice value in USD, EUR or CNY, assessable
value, BCD, SWS, IGST, interest, total duty, ICEGATE's reference, the bank's transaction number), a transport
company's freight money receipt (M.R. number, "Received with thanks from M/s …", the sum in words, the freight
bill and its day, LR / G.R. numbers with their days, routes, vehicle numbers, weights and 12-digit e-way bill
numbers, hamali, door delivery, the bill amount, TDS under 194C kept back, the sum received, a cheque, UTR or
UPI reference, the reverse-charge note), a wholesaler's cash or credit memo (memo number, the buying firm and
its GSTIN, lines with quantity and rate, GST, round off, the bill amount, the previous balance, total due, the
sum received now, the balance carried forward, a PAID stamp on a share), a supplier's B2B tax invoice with its
payment ledger (invoice number, invoice and due dates, PO number, Bill To with the buyer's GSTIN, HSN / SAC
lines, CGST + SGST or IGST, the invoice total in figures and words, an advance with its day and UTR before the
last payment, the amount paid, the balance due, the seller's own bank account and IFSC for payments), a
payment gateway's settlement or payout (Razorpay's setl_ id in mixed case, Cashfree's numeric settlement id,
PayU's payout id and merchant ID: the transactions' period and count, gross, refunds, fees, GST on fees, the
net settled, the account holder, masked account and IFSC, UTR, created, settled and expected days) and a
bank's counterfoil for a cheque deposit (pay-in slip: account credited and its holder, cheques with their
numbers, own dates, drawee banks and MICR codes, total in figures and words, journal or transaction number) or
a demand draft (in favour of, payable at, DD number, MICR, the DD amount, commission, its GST and the total
debited, the applicant and the account debited, the DD's validity). Rupees only, as ₹ (only in faces that draw
it, ``heldout85_families.has_glyph``), Rs., Rs or INR, with lakh grouping on most pages, Western or plain on a
share, whole rupees as "4,500/-" on a share of printed sheets (heldout88's ``Cash``); amounts in words the
Indian way (lakh, crore, paise); an invoice's foreign currency (USD, EUR, CNY) only on the ICEGATE page's
Invoice Value. Dates: one pattern per page, day first (slashes, dashes, dots, two-digit years, month names, a
weekday in front, ISO on a share; ``heldout88_families.pattern``), with short forms (15.06.25, 15/06/25) in
remarks and lines. Every page prints at least one day that is not the day paid. Faces: the project's installed
faces (Noto, DejaVu, Liberation, FreeFont): sans faces (Noto Sans, Noto Sans Display, Liberation Sans,
FreeSans, DejaVu Sans) on bank advices, GST, EPF and ICEGATE pages and gateway dashboards; serif and narrow
faces (Noto Serif, DejaVu Serif, Liberation Serif, FreeSerif, Liberation Sans Narrow) on tax counterfoils,
ESIC, fee receipts, freight receipts and invoices; monospaced faces (DejaVu Sans Mono, Liberation Mono,
FreeMono, Noto Sans Mono) on wholesalers' memos and bank counterfoils. A line too wide for its page is broken
onto the next (``heldout88_families.fitted``). Degradations as heldout66 (``heldout14_render.degrade``; portal
pages, PDFs on screen and dashboards are always photographed off the display, ``_screen_photo``).

Truth conventions (README "Receipt fields"):

* amount: what this payment paid (or tried to pay) now, as "1234.50" (whole rupees printed as "450" or
  "4,500/-" are "450.00" and "4500.00"): an advice's Amount / Transaction Amount / Amount (INR) / Payment
  Amount (never its Charges, GST on Charges or Total Debit Amount); a GST challan's Total Challan Amount
  (every head's tax, interest, penalty and fee; never one head); an income tax challan's Total (A+B+C+D+E+F) /
  Total / Amount (never Tax alone); an EPF page's Total Amount / Grand Total / Total Amount (Rs.) (never an
  account's line); an ESIC challan's Amount Paid / Total Amount / Amount (both shares; never Total Wages or
  one share); a professional tax page's Total / Total Amount / Amount Paid (tax, interest or penalty in), a
  trade licence's Total Amount Paid / Total / Amount Paid / Total Amount (licence fee, cess, penalty and a
  convenience fee in); ICEGATE's Total Duty / Total Amount / Duty Amount (never the Invoice Value, the
  Assessable Value or one duty); a freight receipt's Amount Received / Received Amount / Net Received (the
  bill less TDS kept back; never the Bill Amount / Total Freight, the TDS or an LR's freight); a memo's
  Received / Amount Received / Paid / Cash Received, the part paid now (never the Bill Amount / Net Amount /
  Total, the Previous Balance, Total Due or the Balance carried); an invoice's last ledger payment (the row
  dated latest; never the Invoice Total, an advance's row, the Amount Paid / Total Paid summing the ledger or
  the Balance Due); a settlement's Amount Settled / Net Settlement Amount / Settlement Amount / Net Payout
  (never the gross under Payments, refunds, fees or their GST); a cheque deposit's Total (the cheques
  deposited together); a demand draft's DD Amount / Amount (the sum the payee gets; never the Commission, its
  GST or the Total Debited). currency: always INR.
* date: the day paid (or tried), as printed, ISO: an advice's Value Date / Transaction Date / Payment Date; a
  GST challan's Date of Deposit / Payment Date / Deposit Date; an income tax page's Payment Realisation Date /
  Date of Deposit, or a counter counterfoil's Tender Date (the day the cash or cheque was handed in); EPF's
  Payment Date / Date of Payment / Payment Confirmation Date; ESIC's Transaction Date / Date of Payment;
  GRAS's Bank Date / Payment Date / Date of Payment, a professional tax or licence page's Payment Date / Date
  of Payment / Transaction Date / Receipt Date / Date; ICEGATE's Payment Date / Transaction Date / Date of
  Payment; a freight receipt's and a memo's Date; an invoice's last ledger row's day; a settlement's Settled
  on / Settlement Date / Processed on (a failed one's Failed on / Date); a counterfoil's Date / Date of
  Deposit / Deposit Date / Date of Issue / Issue Date. None where the page leaves that line off (every page
  prints other days). Never a Generated on day, Initiated on / Created on / Maker Date, an invoice's day in a
  remark or at its head (Invoice Date), a Due Date, Challan Generated on / Date of Generation, Challan Expiry
  Date, a Return / Tax Period or a Wage Month / Challan Period (a month), CRN Created on / Date of CRN
  Generation, CRN Valid till, the Assessment Year or Financial Year, Challan Created Date, a Period From … To
  …, Licence Valid upto / Valid till, a BE / Bill of Entry / Document Date, a freight bill's day or an LR's,
  an advance's day in a ledger, Transactions from / Transaction Period, Created on / Created At, Expected by /
  Expected Settlement Date, a cheque's own date, a DD's validity.
* payment_method: "UPI", "card", "netbanking", "cash" from the printed way paid (UPI is its own way, as the
  earlier sets count it; no family here pays from a wallet): every payment advice is netbanking (its portal,
  transfer type RTGS / NEFT / IMPS); E-Payment (Net Banking), Net Banking, Internet Banking, NEFT/RTGS, NEFT,
  RTGS, IMPS, SBI Internet Banking and Other Banks (Net Banking) are netbanking; UPI, GPay and PhonePe are
  UPI; Credit Card, Debit Card and Payment Gateway (Credit Card) are a card; Cash, Over the Counter (Cash),
  Cash Received and a ledger's Cash row are cash; a settlement's Settled via / Transfer Mode / Mode IMPS or
  NEFT is netbanking. A cheque (Over the Counter (Cheque), Cheque under a mode, By Cheque No. …, By Chq No. …,
  a ledger's Cheque No. …) or a demand draft is none of the five: None, as heldout73, heldout84 and heldout88
  count it; so is every cheque deposit and DD counterfoil. None where no way is printed (a bank's name alone,
  a settlement's bank account alone names none).
* status: only where words state the payment's outcome; None otherwise. Success: Credited to beneficiary
  account, Success, Processed successfully, Executed, Payment Successful, Paid, Transaction Successful, Tax
  paid successfully, Payment Confirmed, Challan paid, Duty paid successfully, Processed, Settled, SUCCESS,
  Paid out, PAID, ** PAID **, PAID IN FULL, Received with thanks, Payment received - thank you, Credited,
  Cheque realised - credited to account, Realised, DD issued, Issued successfully; and every freight money
  receipt, whose "Received with thanks from M/s …" acknowledges the sum. Failed: Rejected by beneficiary bank,
  Returned by beneficiary bank, Transaction failed, Returned - beneficiary account closed, Payment Failed,
  Rejected by bank, Payment Failed - tax not paid, Transaction failed - challan not paid, Transaction Failed,
  Transaction declined by bank, Failed, FAILED, Failed - returned by bank, Returned, Cheque returned, Payment
  failed, Cheque returned unpaid - funds insufficient, Returned - signature differs, Rejected. Pending:
  Pending for authorisation, Awaiting bank confirmation, In process, Sent to RBI - awaiting credit
  confirmation, Payment in process, Pending with bank, Pending at bank, Transaction Pending, Payment pending,
  Scheduled, PENDING, Under clearing, Sent for clearing (on a line of their own, or beside Status /
  Transaction Status / Payment Status / Challan Status / Settlement Status / Payout Status / Clearing Status,
  or an invoice ledger's Status:). A heading (Payment Advice, Challan Receipt, Taxpayer's Counterfoil,
  e-Challan, MONEY RECEIPT, CASH MEMO, TAX INVOICE, Settlement Details, PAY-IN-SLIP …), a label of a sum
  (Amount Received, Amount Paid, Received), a Return Reason, a note of terms (Credit subject to realisation,
  Cheque subject to realisation, Interest @18% on bills unpaid …, Damages u/s 14B …) or a validity line states
  none.
* transaction_id: at most one, as printed (Razorpay's setl_ id keeps its case), the payment's reference where
  printed, else the page's own number, as each family states: an advice's UTR No. / UTR / UTR Number (IMPS:
  UTR / IMPS Ref No. / RRN), else its Transaction Reference No. / Reference No. / Bank Reference No. (a "UTR
  No. -" prints none; None where neither is printed); a GST challan's BRN / Bank Reference Number (BRN) / Bank
  Ref. No., else its CIN, else its CPIN; an income tax page's Bank Reference Number / BRN / Bank Ref. No.,
  else its CIN, else e-Pay Tax's CRN, else a counterfoil's Challan Serial No. / Challan No. (a failed or
  waiting counterfoil that prints none of them: None); EPF's CRN / CRN No. / Challan Reference Number, else
  its TRRN; ESIC's Transaction Number / Transaction No. / Transaction ID, else its Challan Number / Challan
  No.; GRAS's Bank Ref. No., else its Bank CIN, else its GRN; a professional tax e-payment's Bank Reference
  No. / Bank Ref No / Transaction ID, else its Challan No.; a trade licence's Transaction ID / Bank Ref. No. /
  Gateway Ref. No., else its Receipt No. / Receipt Number (a failed or waiting page prints no receipt number:
  None); ICEGATE's Bank Transaction No. / Bank Ref. No., else its ICEGATE Ref. No. / ICEGATE Reference No.; a
  freight receipt's UTR No. / UTR / UPI Ref No., else its M.R. No. / Receipt No. / MR No; a memo's UPI Ref No.
  / UTR, else its Memo No. / Bill No.; an invoice's last ledger row's UTR / UPI Ref, else the Invoice No. /
  Invoice Number / Inv No; a settlement's UTR / UTR No. / Bank Reference (UTR), else its Settlement ID /
  Settlement Id / Payout ID / Payout Reference; a counterfoil's Journal No. / Txn No. / Acknowledgement No.
  (None where not printed). Never a debit or beneficiary account, an IFSC, a Customer Reference No. / Cust Ref
  No / Your Reference, a Batch ID / Batch No. / File Reference, a remark's invoice number, a GSTIN, PAN, TAN,
  a mobile, a BSR code on its own, an establishment or employer's code, a PTRC / PTEC, enrolment or
  registration number, an application or trade licence number, an IEC, a location code, a customs Challan No.,
  a BE / Document No., an LR / G.R. number, a vehicle number, an e-way bill number, a freight bill's number,
  an advance's UTR in a ledger, a PO number, HSN / SAC, a Merchant ID, a cheque's or a DD's number, a MICR
  code.
* merchant_name: the payee as printed: an advice's Beneficiary Name / Payee Name / Beneficiary (in capitals
  where so printed; never the remitter, the checker or either bank); "Goods and Services Tax" on top of a GST
  challan; "Income Tax Department" on top of an income tax page; the Employees' Provident Fund Organisation
  and the Employees' State Insurance Corporation on top of their pages (in capitals where so printed; never
  the establishment or the ministry); GRAS's Department (never the Government of Maharashtra on top or the
  office); the commercial taxes department on top of a professional tax e-payment; the corporation on top of a
  trade licence receipt (never its department line or the trade name); ICEGATE's Customs Station / Payee /
  Paid to (the commissionerate; never ICEGATE or the importer); the carrier on top of a freight receipt; the
  wholesaler on top of a memo; the seller on top of an invoice (never the Bill To buyer); a settlement's
  Account Holder / Beneficiary Name / Settled to (the firm the gateway pays; never Razorpay, Cashfree or PayU
  on top); a cheque deposit's Account Name / Name of Account Holder / Credit to (never the bank or the drawee
  banks); a demand draft's In favour of / Favouring / Payee (never the bank or the Applicant).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout89_families import (
    b2b_invoice,
    bank_counterfoil,
    epf_ecr,
    esic_challan,
    freight_receipt,
    gateway_settlement,
    gst_challan,
    icegate_duty,
    income_tax_challan,
    state_fee,
    vendor_advice,
    wholesale_memo,
)

SPLIT = "heldout89"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype): bank advices, portal pages and
# dashboards in sans faces, counterfoils, challans, receipts and invoices in serif and narrow faces,
# wholesalers' memos and bank counterfoils in monospaced ones; pages print ₹ only in faces that hold it
# (heldout85_families.has_glyph, through heldout88_families.Cash).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "dejavu/DejaVuSans.ttf",
]
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
SHEET_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
FAMILIES: list[Family] = [
    ("vendor_advice", vendor_advice, SCREEN_FACES),
    ("gst_challan", gst_challan, SCREEN_FACES),
    ("income_tax_challan", income_tax_challan, SHEET_FACES),
    ("epf_ecr", epf_ecr, SCREEN_FACES),
    ("esic_challan", esic_challan, SHEET_FACES),
    ("state_fee", state_fee, SHEET_FACES),
    ("icegate_duty", icegate_duty, SCREEN_FACES),
    ("freight_receipt", freight_receipt, SHEET_FACES),
    ("wholesale_memo", wholesale_memo, SLIP_FACES),
    ("b2b_invoice", b2b_invoice, SHEET_FACES),
    ("gateway_settlement", gateway_settlement, SCREEN_FACES),
    ("bank_counterfoil", bank_counterfoil, SLIP_FACES),
]


def make_heldout89_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout89 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)
