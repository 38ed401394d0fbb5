"""heldout139: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a dairy cooperative and milk-products distributor's day in 2026 (a district milk union
in each of Anand, Kolar, Karnal, Erode, Bhilwara, Sangli, Hajipur and Ongole, a trade name and its registered
union), told by the proofs of payment that pass through it: what retailers, sweet shops, hotels and milk booths pay
it (milk, curd, paneer, ghee by UPI, a month's bill by NEFT / RTGS / IMPS, cash and cheques on the route salesman's
receipt book, a booth's morning settlement), and what it pays (member farmers' ten-day milk bills, its cattle-feed
plant and packaging film supplier, a veterinary camp's fees, a bulk milk cooler's electricity bill, a milk tanker's
freight, a chiller's or a tractor's loan instalment, the cattle insurance premium, refunds of retailers' crate
deposits). One payment per page, no lists or threads.

* ``retailer_upi``: a retailer's or a sweet shop's UPI app (BHIM, Google Pay, Paytm, PhonePe, Amazon Pay, CRED, Navi,
  MobiKwik; dark on CRED and some others): heldout125's result screen, the union (its registered name on some)
  under Paid to / To / Sent to (Paying to / Payment to on a failure or a wait), a note (Paneer 12 kg, Ghee 15 kg
  tin) on most; Payment Successful / Paid successfully / Money sent / Payment Failed / Payment declined / Payment
  Pending / Payment processing.
* ``trade_transfer``: a hotel's or a sweet shop's bank app or net banking after an NEFT, RTGS or IMPS for a month's
  dairy bill (Canara ai1, PNB ONE, Union Bank Vyom, Kotak Net Banking, IDBI Go Mobile+, BOI Star Connect, IndusInd
  Net Banking, SIBerNet): heldout124's page, the union under Beneficiary / Payee Name / Credit to, the account and
  IFSC, the mode, UTR / IMPS Ref No / RRN and the bank's Reference No. / Transaction ID / Txn Ref No on some, the day,
  the debit account, Remarks / Narration ("Bill KD/1184 Jalaram"); Transaction Successful / Funds transferred
  successfully / Returned by beneficiary bank / <mode> transfer failed / Pending at beneficiary bank / <mode> under
  process.
* ``collection_receipt``: the union's MONEY RECEIPT / COLLECTION RECEIPT / RECEIPT from the route salesman's book
  (paper): the union on top, No. / Rcpt No. / Receipt No., Date, Received (with thanks) from M/s a sweet shop or a
  hotel, the sum in words, by cash / UPI / NEFT or by Cheque No. / Chq. No. with dated / Chq. Date and drawn on /
  Bank, against Bill No(s). / towards Bills, Route, Rs. / Amount, Balance outstanding / due, Salesman / Collected by;
  RECEIVED (WITH THANKS) / CHEQUE RETURNED UNPAID - FUNDS INSUFFICIENT / REFER TO DRAWER / CHEQUE RECEIVED - SUBJECT
  TO REALISATION in a row and in the union's rubber stamp.
* ``booth_slip``: a milk booth's morning settlement printed by the union's route handheld (monospace): the union in
  capitals on top, <town> - MILK MARKETING, BOOTH COLLECTION RECEIPT / PARLOUR SETTLEMENT SLIP / DAILY CASH
  COLLECTION, DEVICE ID, SLIP NO / RCPT NO, DATE, TIME, ROUTE, BOOTH / AGENT code and the booth's name, the packs
  (FULL CREAM 500ML, CURD 400G CUP ...; packs x rate), CRATES OUT/IN, PREV DUE, TODAY SUPPLY, TOTAL DUE, CASH RECEIVED
  / CASH RCVD / UPI RECEIVED / UPI AMT / AMOUNT, BALANCE, MODE: CASH / MODE: UPI (DYNAMIC QR), UPI RRN / UPI REF;
  COLLECTED / RECEIVED / UPI FAILED - COLLECT CASH / UPI PENDING - AWAITING CONFIRMATION.
* ``farmer_bill``: a member's ten-day milk bill from the village society (MEMBER MILK BILL / TEN-DAY PAYMENT SLIP /
  DUDH BILL, paper; the society on top, "Affiliated to" the union, its society code) or the union's SMS ("Dear
  Ramanbhai Patel (member 0452), milk bill 01-10/06: 312.5 L, FAT 6.8, Rs.14,260.50 credited to A/c XX4411 on 12-06-26. UTR ...
  -Charotar Dairy"; heldout106's messages screen): Bill / Slip No., Member code / Producer No., Member / Producer /
  Name, Cycle / Period / Bill period, Cow / Buffalo and shifts, Litres, Avg FAT %, Avg SNF %, Rate / L, Milk value /
  Value of milk, Add: Incentive n/L, Less: Cattle feed n bag x rate, Mineral mixture, Share capital, Loan
  instalment, NET PAYABLE / Net amount, NEFT to the member's account or Cash at society, NEFT UTR / Bank Ref, Payment
  date / Credited on / Paid on / Returned on / Initiated on; Status: CREDITED / PAID / NEFT RETURNED - ACCOUNT
  DORMANT / PAYMENT UNDER PROCESS.
* ``supplier_advice``: the union's PAYMENT ADVICE / REMITTANCE ADVICE to its cattle-feed plant or its packaging film
  supplier (its accounts section's e-mail or printed): the union on top, To / Vendor / Payee M/s the supplier,
  Vendor code, Payment Voucher No. / Doc No., Invoices paid (Inv n dt <day>, a sum each), Gross, Less: TDS u/s 194Q
  (0.1%) / 194C (2%), Less: Debit note (short weight / rejected rolls), Net amount paid / Net remitted / Net amount,
  RTGS / NEFT, the beneficiary account and IFSC, UTR, Payment date / Value date / Returned on / Initiated on; Status:
  Remitted / Paid / Returned by beneficiary bank - name mismatch / Under process - awaiting bank confirmation.
* ``vet_camp``: a private veterinarian's FEE RECEIPT / BILL CUM RECEIPT / RECEIPT for a camp held for the union's
  members (paper): the clinic on top, the doctor and his council Reg. No. under it, Rcpt No. / Receipt No., Date,
  Received from the union or a village society, Camp at, Camp held on, animals examined, A.I. done, pregnancy
  diagnosis, deworming, infertility treatment (n x rate), Travel (camp), Total / Total fee, UPI / cash / cheque /
  NEFT and UPI Ref No. / UTR; PAID / RECEIVED / UPI FAILED - FEE DUE / CHEQUE RECEIVED - SUBJECT TO REALISATION.
* ``cooler_power``: a village society's bulk milk cooler's electricity bill paid online to the state's power company
  (MGVCL, BESCOM, UHBVN, TNPDCL, AVVNL, MSEDCL, NBPDCL, APSPDCL; its portal in a browser or its app): the power
  company on top, Bill payment receipt / Payment receipt / e-Receipt, the outcome, the sum large on the app, Consumer
  No. / Service No. / Account ID, Consumer name (<village> Milk Society BMC), Tariff, Bill month, Due date, Units,
  Bill amount on some, Amount paid / Amount, Net Banking / UPI / Debit card, Transaction ID / Txn ID, Bank Ref No /
  UPI Ref No, Receipt No. on some, Payment date / Paid on / Attempted on / Initiated on; Payment Successful / Success
  / Payment Failed / Payment pending - verification with bank.
* ``tanker_freight``: a milk tanker transporter's FREIGHT BILL CUM RECEIPT / TANKER HIRE BILL / TRANSPORT BILL -
  RECEIPT (paper): the transporter on top, Bill No., Date / Bill Date, Billed to M/s the union, Tanker No. (n KL),
  Route (<village> BMC - <town> dairy plant), Trip period / Trips from, n trips x km x rate/km, Detention, Less: Milk
  shortage n L, Less: TDS u/s 194C (1% / 2%), Net received / Amount received / Net payable, NEFT / RTGS / Cheque and
  its UTR or Cheque No.; RECEIVED WITH THANKS / PAID / NEFT RETURNED - BALANCE DUE / CHEQUE RECEIVED - SUBJECT TO
  REALISATION in a row and in the transporter's rubber stamp.
* ``chiller_emi``: a lender's receipt for a chiller's, a tanker's or a tractor's loan instalment (NABKISAN Finance,
  Bank of Baroda, Mahindra Finance, Kotak Mahindra Bank, SIDBI, Tata Capital, HDFC Bank, Sarva Haryana Gramin Bank;
  its app, its e-mail or its branch's paper): the lender on top, Instalment receipt / Repayment acknowledgement /
  Loan repayment advice, Acknowledgement No. / Receipt Ref., Loan No. / Facility, Borrower (the union or a society),
  Asset (Bulk Milk Cooler 5000 L, Tractor Mahindra 575 DI XP Plus ...), Instalment n of 60, Instalment amount /
  Amount, Overdue interest and Total received / paid on some, UPI / NACH / e-NACH / NEFT / Cash at branch, UMRN, NACH
  Ref / UPI Ref No. / UTR, Paid on / Debited on / Received on / Attempted on / Presented on, Next due, Principal
  outstanding; Instalment received / Payment successful / Payment failed / NACH presented (- awaiting clearance).
* ``cattle_insurance``: an insurer's premium receipt for the members' cattle under the union's group policy
  (National, Oriental, United India, New India, IFFCO-Tokio, HDFC ERGO, Universal Sompo, AIC; paper, e-mail or its
  portal in a browser): the insurer on top with its IRDAI Reg. No., PREMIUM RECEIPT / Cattle insurance - premium
  acknowledgement, Receipt No. / Collection No., Policy No. / Proposal No., Insured / Proposer the union, Product
  (Cattle Insurance, Pashudhan Bima (Group)), Animals, Ear tags, Sum insured, Premium @ n%, Less: State subsidy /
  Govt share, Premium paid / Amount / Net premium payable (rounded to the rupee), cheque / NEFT / UPI / card,
  Cheque No., Transaction ID, UPI Ref No. / UTR / Auth Code, Period of insurance / Cover period, Date of receipt /
  Paid on / Attempted on / Initiated on; Premium received / Payment failed - policy not issued / Cheque under
  realisation (- cover on realisation).
* ``crate_refund``: the union's refund of a retailer's crate deposit when its agency closed (RazorpayX, Cashfree
  Payouts, Open in a browser; bob World Business, ICICI Bank InstaBIZ, YONO Business, Kotak FYN on a phone): the
  platform or bank on top, the union and its current account under it, Refund / Payout / Transfer details, Processed
  / Success / Reversed / Failed - invalid account / Queued / Processing, the sum large, Beneficiary / Payee / Agent
  the retailer, its account and IFSC or UPI ID, Mode (IMPS, NEFT, UPI), Agent code, Crates deposited n x rate, Less:
  Crates short, Less: Dues adjusted, Refund amount, Purpose, Payout ID (pout_...) / Transfer ID (TRF...), UTR / IMPS
  Ref, Processed on / at, Reversed on / Failed on, Created on / Initiated on.

Outcomes: six successes, a failed and a pending page in every family (the farmers' SMS are all credits). Absent
fields: each family leaves out the id on one page (no UTR, UPI reference or RRN, IMPS reference, bank, host or NACH
reference, transaction, payment, payout or transfer id, auth code, app's own id, receipt, slip, bill, voucher,
acknowledgement or collection number; member, producer, society, booth, agent, vendor, consumer, service and device
codes, cheque numbers, bill numbers in a remark or a receipt's "against", invoice numbers in an advice, tanker
numbers, policy, proposal, loan and facility numbers, UMRN, ear tags, GSTIN, IFSC and account numbers stay) and the
day on one (no date anywhere: no payment cycle, cheque date, camp day, bill month, due day, trip period, invoice
day, policy period or next due day either, no financial year in a number, no RTGS UTR and no NEFT UTR (both spell
the day; a bank reference stands in for an NEFT UTR there), no app id that carries one; an e-mail's hour and a
slip's TIME at most). Sums: ₹ (faces that draw it), Rs., Rs, INR, /- on counter paper, none on the booth slip; lakh
grouping on most, western and plain on some. Days: dd/mm/yyyy, dd-mm-yyyy, d Month yyyy, dd.mm.yy, dd-Mon-yy, Month
d, yyyy, dd Mon yyyy and yyyy-mm-dd on paper and e-mail, heldout121's PATS with an hour on screens and browsers,
DD/MM/YYYY, DD-MM-YY, DDMONYYYY and DD.MM.YYYY on the booth slip, dd-mm-yy, dd/mm/yyyy and ddMonyy in an SMS. Faces:
heldout119's lists (SLIP_FACES for the booth slip, BILL_FACES for the receipt book and the vet's receipt,
PAPER_FACES for the milk bill and the freight bill, PAGE_FACES for the advice, the lender's and the insurer's pages,
SCREEN_FACES for the rest). Frames: heldout121's ``compose`` (heldout129's rubber stamp on the receipt book and the
freight bill, heldout106's messages screen for the SMS). Seeds ``heldout139-<i>``.

Truth conventions (README "Receipt fields", as heldout134 quotes them; *settled* where this set chose):

* merchant_name: the one paid, as printed: the union (its registered name on some) on retailers' UPI screens and
  hotels' transfers, on top of its own receipt book and booth slip; the clinic on top of the vet's receipt, the
  transporter on top of its freight bill, the power company on top of its receipt, the lender and the insurer on top
  of theirs. Never a bank, app, gateway, payouts platform, portal or the payer. *settled*: a member's milk bill pays
  the member: the payee is the farmer under Member / Producer / Name (never the society on top, nor the union it is
  affiliated to), and the SMS's payee is the member it greets ("Dear <name> (member n)"; heldout138's payout
  convention). *settled*: a booth slip's payee is the union on top (the booth
  under BOOTH / AGENT pays). *settled*: a payment advice pays the supplier under To / Vendor / Payee (the union on top
  is the payer; heldout137's remittance advice). *settled*: a crate refund pays the retailer under Beneficiary /
  Payee / Agent, never the platform on top nor the union under it. *settled*: an electricity receipt's payee is the
  power company on top (its short name where it prints one), never the Consumer name (the society's BMC). Never the
  Borrower / Insured / Proposer / Billed to / Received from (the union or a society paying).
* amount / currency: the sum this payment moved, INR everywhere. *settled*: a milk bill's NET PAYABLE / Net amount
  (after feed, mineral mixture, share capital and loan deductions and the incentive; never the Milk value) and the
  SMS's credited sum. A booth slip's CASH RECEIVED / UPI RECEIVED / AMOUNT (never TODAY SUPPLY, TOTAL DUE or the
  BALANCE; a part of the dues on some). A receipt book's Rs. / Amount (never the Balance outstanding). An advice's
  Net amount paid / Net remitted / Net amount after TDS and the debit note (never an invoice's sum or the Gross). A
  freight bill's Net received / Amount received / Net payable after the shortage and TDS (never the freight). A
  vet's Total / Total fee. A power receipt's Amount paid / Amount (the sum large on the app). A loan receipt's
  Instalment amount / Amount, or its Total received / paid where overdue interest is added (never the principal
  outstanding). A premium receipt's Premium paid / Amount / Net premium payable after the state's subsidy, rounded
  to the rupee (never the premium before it or the sum insured). A refund's Refund amount (the large sum; never the
  deposit or the deductions).
* status: as printed (the words listed with each family above). *settled*: CHEQUE RECEIVED - SUBJECT TO
  REALISATION and Cheque under realisation are pending (nothing credited yet); CHEQUE RETURNED UNPAID - <reason> and
  NEFT RETURNED - <reason> are failed; UPI FAILED - COLLECT CASH and UPI FAILED - FEE DUE failed; UPI PENDING -
  AWAITING CONFIRMATION pending; Remitted, CREDITED, COLLECTED and Instalment received successes; NACH presented
  (- awaiting clearance) pending; a payout Queued / Processing pending and Reversed / Failed - invalid account
  failed.
* date: the day paid (a receipt's, slip's or bill's Date / DATE / Bill Date; Payment date, Value date, Credited on,
  Paid on, Received on, Debited on, Date of receipt, Processed on / at; Attempted on, Returned on, Reversed on,
  Failed on, Initiated on, Created on, Presented on on the failures and the waits; the day an SMS says the bill was
  credited). *settled*: a receipt book's Date is the day even for a cheque (the cheque's own dated / Chq. Date never
  is); a pending vet's or transporter's cheque keeps the receipt's Date. Never a Cycle / Period / Bill period, a
  Camp held on, a Bill month or Due date, a Trip period, an invoice's day in an advice, a Period of insurance /
  Cover period, a Next due, an e-mail's hour or an SMS's day divider alone.
* payment_method: UPI, card, cash, "netbanking" for NEFT / RTGS / IMPS and Net Banking, cheque for a cheque.
  *settled*: a NACH / e-NACH debit is "netbanking"; a milk bill's NEFT to the member's account and the SMS's credit
  are "netbanking", its Cash at society "cash"; a payout's IMPS / NEFT is "netbanking", its UPI "UPI"; a booth
  slip's MODE line names the way (UPI (DYNAMIC QR) is "UPI").
* transaction_id: the highest family printed: UPI reference / UTR / RRN / IMPS reference / UPI RRN, then a bank
  reference (Bank Ref No, Bank Reference, Bank Ref, Reference No., Txn Ref No; *settled*: a NACH Ref), then a
  transaction / payment / payout id (Transaction ID, Txn ID, an app's own id, Payout ID pout_..., Transfer ID TRF...),
  then an approval code (Auth Code, Approval Code), then a document's own number (No. / Rcpt No. / Receipt No., SLIP
  NO / RCPT NO, Bill / Slip No., Payment Voucher No. / Doc No., Acknowledgement No. / Receipt Ref., Collection No.).
  *settled*: never a cheque number, a member / producer code, a society, booth, agent, vendor, device, consumer or
  service number, a bill number after "against" / "towards" or inside a remark, an invoice number in an advice, a
  tanker number, a policy / proposal / loan / facility number, a UMRN, an ear tag, GSTIN, IFSC or an account number.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout139_families import (
    booth_slip,
    cattle_insurance,
    chiller_emi,
    collection_receipt,
    compose,
    cooler_power,
    crate_refund,
    farmer_bill,
    retailer_upi,
    supplier_advice,
    tanker_freight,
    trade_transfer,
    vet_camp,
)

SPLIT = "heldout139"

FAMILIES: list[Family] = [
    ("retailer_upi", retailer_upi, SCREEN_FACES),
    ("trade_transfer", trade_transfer, SCREEN_FACES),
    ("collection_receipt", collection_receipt, BILL_FACES),
    ("booth_slip", booth_slip, SLIP_FACES),
    ("farmer_bill", farmer_bill, PAPER_FACES),
    ("supplier_advice", supplier_advice, PAGE_FACES),
    ("vet_camp", vet_camp, BILL_FACES),
    ("cooler_power", cooler_power, SCREEN_FACES),
    ("tanker_freight", tanker_freight, PAPER_FACES),
    ("chiller_emi", chiller_emi, PAGE_FACES),
    ("cattle_insurance", cattle_insurance, PAGE_FACES),
    ("crate_refund", crate_refund, SCREEN_FACES),
]


def make_heldout139_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout139 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
