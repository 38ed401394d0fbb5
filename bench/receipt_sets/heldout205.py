"""heldout205: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Hyderabad biryani chain's day in 2026 (Degh House Foods Pvt Ltd, its central kitchen
at Kattedan Industrial Area and its three Degh House Biryani outlets at Tolichowki, Kukatpally and Dilsukhnagar,
Hyderabad, Telangana), told by the proofs of payment it receives (the food aggregators' weekly payout advices to the
outlets, diners' UPI screens and the catering desk's payment links, franchisees' royalty wires from Dubai, Sharjah,
Riyadh, Jeddah, London, Leicester, New Jersey and Texas in dirhams, riyals, pounds and US dollars, its own catering
and bulk order receipts, diners' cards on the outlets' terminals) and those it makes (the rice traders' tax invoices,
the mutton and broiler suppliers' bills of supply and a spice house's invoice pages, the LPG distributors' cash
memos, the city gas company's pages and a Paytm screen, corporate net-banking transfers to the cold store, vegetable
and container suppliers, a landlord, the reefer van, the pest control firm, the fit-out contractor and the kitchen
equipment maker and the bank's advice to them, the cooks', helpers', stewards' and riders' vouchers and payouts,
GHMC's, FoSCoS's, the Pollution Control Board's, the fire service's (IFMIS e-challan) and the Labour Department's
fee pages, its card at fuel stations, a wholesale club, a kitchen equipment shop and a hotel, the electricity
(TGSPDCL), water (HMWSSB), fibre and phone bills, the bank's SMS and e-mail alerts). One payment per page. Each
family: six successes, one failure, one wait; one page prints no transaction id and one no day (truth None for
those fields).

* ``aggregator_settlements``: Swiggy's, zomato's and magicpin's payout e-mails and partner portal pages (WEEKLY
  PAYOUT ADVICE / Settlement summary / Payout statement). ``outlet_upi``: six UPI app screens (Google Pay, PhonePe,
  Paytm, Amazon Pay, BHIM, Navi) paying an outlet or the company and two payment links (Razorpay, PayU).
  ``franchise_wires``: banks' inward remittance advices (browser, e-mail, printed INWARD REMITTANCE ADVICE -
  SERVICES / Credit advice - foreign inward remittance / FIRC cum credit advice). ``catering_receipts``: the
  company's own RECEIPT - CATERING ADVANCE / MONEY RECEIPT - OUTDOOR CATERING / ADVANCE RECEIPT - DAWAT ORDER /
  RECEIPT - BULK ORDER (paper, rubber stamp) and the catering desk's acknowledgement e-mails. ``rice_meat_bills``:
  the rice traders' TAX INVOICE / TAX INVOICE - BASMATI RICE, the meat suppliers' BILL OF SUPPLY / BILL OF SUPPLY -
  FRESH MEAT / DELIVERY BILL CUM BILL OF SUPPLY with the payment block and a rubber stamp (paper) and a spice house's
  Vyapar invoice pages. ``gas_supplies``: the LPG distributors' TAX INVOICE - NON-DOMESTIC LPG / CASH MEMO CUM TAX
  INVOICE (COMMERCIAL) (paper, rubber stamp), a Paytm screen, Bhagyanagar Gas's own receipt page and its bill on
  Bharat Connect. ``vendor_transfers``: corporate net banking's transfer pages (IDFC FIRST Business, FedCorp, Indus
  Direct Corporate) and the bank's beneficiary payment advice e-mails. ``staff_payroll``: printed SALARY VOUCHER -
  KITCHEN STAFF / DAILY WAGES VOUCHER - HELPERS / STAFF PAYMENT VOUCHER / OVERTIME AND EID BONUS VOUCHER,
  RazorpayX's payout pages, a Google Pay and a Paytm screen. ``civic_fees``: GHMC's trade licence and property tax
  pages, FoSCoS's receipt, the Telangana Pollution Control Board's consent fee receipt, IFMIS Telangana's e-challan
  for the fire NOC and the Labour Department's Shops and Establishments receipt (browser). ``card_slips``: card
  terminal slips (monospace). ``utility_bills``: Bharat Connect in UPI and banking apps and TGSPDCL's own payment
  receipt page. ``bank_alerts``: the bank's SMS alerts in each bank's own wording and two e-mail debit alerts. The
  families' docstrings list each layout's labels.

Truth conventions (heldout203's, heldout202's, heldout199's, heldout198's, heldout179's and heldout167's, kept where
they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout167, heldout175,
  heldout179, heldout195, heldout198, heldout199, heldout202, heldout203): a payer's payment advice pays the payee
  under its payee label, never the payer on top; *settled* (new here): a food aggregator's payout advice pays the
  outlet under Restaurant / Outlet name / Payout to (restaurant) (Degh House Biryani - Tolichowki, DEGH HOUSE BIRYANI
  KUKATPALLY, as printed), never the aggregator on top (Swiggy, zomato, magicpin), its line or the Restaurant ID /
  Res ID / Merchant ID. A UPI screen's payee under Paid to / To / Sent to / Paying to, *settled* (new here) or Paid
  to merchant (here an outlet or the company, as printed), never the UPI ID or the app; a payment link's payee on
  top (here the brand or the company), never Customer / Paid by / *settled* (new here) Payer or the gateway's footer
  (Razorpay, PayU). *settled* (heldout155, heldout167, heldout198, heldout203): a bank's inward remittance advice
  pays the company under Beneficiary name, *settled* (new here) or Beneficiary customer / Credit to account of, never
  the bank on top, the Remitter / *settled* (new here) Ordering customer or the Ordering bank. *settled* (heldout175,
  heldout179, heldout195, heldout198, heldout199, heldout202, heldout203): the company's own receipt pays the company
  on top (its full, capital or short name as printed), *settled* (new here) or its brand where the paper is headed
  with it (Degh House Biryani), never the party under Received from / Received with thanks from / *settled* (new
  here) Customer (party) / Booked by; its catering desk's e-mail likewise. A supplier's name on top of its own paper
  or invoice page (heldout191, heldout203: a myBillBook invoice's maker on top; *settled* (new here) a Vyapar
  invoice's maker likewise), never M/s the company under Billed to / Buyer (consignee) / Customer / Bill To / Sold
  to; *settled* (new here) an LPG distributor's cash memo pays the distributor on top, never the oil company line
  under it (Indane distributor - IndianOil, HP Gas distributor - HPCL, Bharatgas distributor - BPCL); the city gas
  company's own page the company on top (Bhagyanagar Gas Limited / BGL / capitals as printed), never the city gas
  line or the Customer name; a transfer screen the payee under To / Paying to. *settled* (heldout179, heldout191,
  heldout195, heldout198, heldout199, heldout202, heldout203): a corporate banking page pays the payee under
  Beneficiary name, *settled* (new here) or Payee account name / Credited to (beneficiary), never the portal (IDFC
  FIRST Business, FedCorp, Indus Direct Corporate), the bank or the Debit account; *settled* (heldout175) the bank's
  beneficiary payment advice e-mail pays the beneficiary under Paid to / Beneficiary, never the bank on top or the
  Remitter (the company); the greeting (Dear <vendor>) carries no fact. *settled* (heldout150, heldout161,
  heldout179, heldout198, heldout199, heldout202, heldout203): a voucher pays the worker, *settled* (new here) under
  Name of employee / Paid to (staff) / Employee / Payee, never the company on top, the Emp. code or the Designation;
  RazorpayX's payout page the Contact / Beneficiary name, never RazorpayX on top, the company under it or the Fund
  account; a transfer screen the payee under Paid to / To / Sent to. *settled* (heldout179, heldout191, heldout195,
  heldout198, heldout199, heldout202, heldout203, new here for Telangana): a fee page pays the authority on top
  (Greater Hyderabad Municipal Corporation / GHMC / capitals; Telangana Pollution Control Board / TGPCB / capitals;
  Labour Department, Government of Telangana / LABOUR DEPARTMENT, TELANGANA; FSSAI / Food Safety and Standards
  Authority of India on FoSCoS's receipt, as before), never the line under it (the Circle / Zone, the OCMMS line, the
  Act line), the Name of the trade / Licensee / Owner name, the FBO name / Premises, the Industry name or the
  Establishment name / Employer; *settled* (heldout168, heldout198, heldout202, new here for Telangana) a treasury
  e-challan (IFMIS Telangana's) pays the Department as printed (Telangana State Disaster Response and Fire Services
  Department, capitals where so printed), never Government of Telangana on top, the Treasuries and Accounts
  Department line, the Purpose or the Remitter name. A slip's counter name line in capitals (here the outlets' own
  counters on three, two fuel stations, a wholesale club, a kitchen equipment shop and a hotel), never the terminal's
  bank or brand (PINE LABS, HPCL, INDIANOIL, MSWIPE ...) or the place line. A Bharat Connect page's biller under
  Biller / Biller name / Service provider / Operator (short or long as printed), never the app, Bharat Connect or the
  Customer name / Consumer name; TGSPDCL's own page the company on top (TGSPDCL, short, long or capital as printed),
  never the Circle / ERO or the Consumer name. An SMS alert's payee as the bank sends it ("to SRI SAI RAM BROILER T":
  *settled*, the truncated name as printed; "<payee> credited" in ICICI Bank's wording), never the bank or the sender
  id; the e-mail alert's *settled* (new here) Paid to (beneficiary) / Beneficiary, never the bank on top.
* amount / currency: the sum this payment moved. *settled* (heldout152, heldout195, heldout198, heldout202,
  heldout203): a payer's advice counts its net sum; *settled* (new here): an aggregator's Net payout / Amount settled
  / Net settlement to bank, or Net payout (on hold) on the hold (the Customer payable (order value) / Gross order
  value / Food sales (incl. packaging) less the Service fee / Commission, the GST @ 18% on it, the Payment gateway
  charges, Restaurant-funded discounts and TDS u/s 194-O @ 0.1%, plus a Cancelled order compensation), never the
  order value, the Orders delivered or a deduction. A UPI screen's and a link's sum large. *settled* (heldout155,
  heldout167, heldout198, heldout203): an inward wire's foreign sum, *settled* (new here) Instructed amount / Foreign
  currency received / Remittance amount (FCY), in US dollars, pounds, *settled* (new here) UAE dirhams (AED) and
  Saudi riyals (SAR), each printed as its code before or after the figure, never the INR equivalent, the Charges
  deducted (incl. GST) or the Net amount credited (INR); the Exchange rate's 1 AED = INR x is no sum. *settled*
  (heldout175, heldout179, heldout195, heldout198, heldout199, heldout202, heldout203): a receipt counts the sum
  received even where it is part of the order, *settled* (new here) Advance received / Amount received / Received by
  UPI / Received by NEFT / Received by card / Received in cash / Cheque amount / By cheque, never the Order value
  (covers x rate) or the Balance payable on delivery. *settled* (heldout187, heldout191, heldout195, heldout199,
  heldout202, heldout203): a supplier's paper counts the sum paid, where an advance is taken off (here Less: Advance
  paid with order) the Balance received by NEFT / RTGS, else *settled* (new here) Amount received by NEFT / Paid by
  RTGS / Payment received / Received by UPI / Cash received / Received in cash (the Total / Bill total: with CGST and
  SGST @ 2.5% on basmati, none on fresh meat), or the Cheque received / Cheque amount, never the Taxable value or a
  line of bags or kilograms; a Vyapar invoice's Received / Amount Received (its Balance 0), never the Sub Total or
  the GST lines (as heldout191's myBillBook). *settled* (new here): an LPG cash memo's Amount paid by UPI / Received
  by UPI / Paid in cash / Amount received by NEFT (the rounded Total with CGST and SGST @ 9%), never the Taxable value
  or a cylinders x rate line; the gas company's Amount paid / Payment amount; a Bharat Connect page's sum large. A
  banking page's *settled* (new here) Transfer amount / Debit amount / Amount (INR); the bank's advice e-mail's Amount
  / Payment amount. A voucher's *settled* (new here) Net salary paid / Amount paid / Net payable - paid, never the
  Wages: n days x rate, the Basic wages, the Overtime (hrs x rate), the Eid bonus, the Gross or Less: Advance taken /
  Less: PF @ 12% / Less: ESI @ 0.75%; RazorpayX's and a transfer screen's sum large. *settled* (new here): GHMC's
  Total amount paid / Amount paid (the trade licence fee, Solid waste user charges and a Late fee), or Net amount
  paid / Amount paid on property tax (the Property tax and Library cess @ 8% less Less: Early bird rebate @ 5%),
  never a head; FoSCoS's Amount paid / Total amount paid (the Licence fee); the Pollution Control Board's Total fee
  paid / Amount paid (the Consent for operation fee, Inspection fee, Late fee), never a head; IFMIS's Challan amount
  / Amount; the Labour Department's Amount paid / Total amount (the Renewal fee and a Penalty for late renewal).
  *settled* (heldout179, heldout198, heldout199, heldout202, heldout203): a slip's TOTAL: / AMOUNT: / SALE AMT:,
  *settled* (new here) the TOTAL: where a TIP: is added to the BASE AMT: (the sum the card paid), never the BASE AMT:
  or the TIP: then, nor the RATE/L: or the VOLUME(L):. TGSPDCL's Amount paid. An alert's sum debited (the e-mail's
  *settled* (new here) Amount debited / Debit amount (INR)), never the Avl Bal. Currency INR but on the wires.
* status: as printed. *settled* (new here): an aggregator's Payout settled / Status: Settled to bank successes,
  Payout on hold - FSSAI licence renewal proof pending pending (a payer's hold, as heldout198's to heldout203's),
  Payout failed - bank account details rejected failed; a UPI screen's Payment done / Paid successfully successes,
  Payment failed - daily UPI limit exceeded failed, Payment pending - merchant's bank yet to confirm pending; a
  link's Payment received a success; an inward advice's Funds credited to beneficiary account / Status: Inward
  remittance credited successes, Held - purpose declaration and invoice copy awaited pending, Returned to ordering
  bank - account name mismatch failed. *settled* (heldout167, heldout179, heldout191, heldout195, heldout198,
  heldout199, heldout202, heldout203): a cheque received and not yet cleared pending, a cheque returned failed, so
  *settled* (new here) CHEQUE RECEIVED - ORDER CONFIRMED ON CLEARANCE and CHEQUE RECEIVED - SUBJECT TO REALISATION
  pending, CHEQUE RETURNED - ACCOUNT CLOSED and CHEQUE DISHONOURED - FUNDS INSUFFICIENT failed; RECEIVED WITH THANKS,
  PAID, PAID BY NEFT / RTGS, PAYMENT RECEIVED, Paid, Fully Paid successes, *settled* (new here) as are ADVANCE
  RECEIVED - ORDER CONFIRMED, PAYMENT RECEIVED - THANK YOU, CYLINDERS DELIVERED - PAYMENT RECEIVED and PAID - RECEIVED
  BY EMPLOYEE. *settled* (new here): a Paytm screen's Payment failed - receiver's bank is not responding failed
  (whatever the refund line under it); the gas bill's Payment pending at biller - do not retry pending; a banking
  page's Payment successful - credited to beneficiary / Status: Completed successes, Pending authorisation - checker
  approval awaited pending (keyed, not yet authorised, as heldout191's to heldout202's), Failed - beneficiary account
  frozen failed; the bank's advice e-mail's Status: Paid / Status: Credited successes; RazorpayX's Processed / Payout
  successful successes, Pending approval - awaiting approver's action pending (not yet sent), Reversed - beneficiary
  bank rejected the credit failed (the payout came back, as heldout199's and heldout203's); a transfer screen's Paid
  / Payment successful / Money sent successes; a fee page's Payment successful / Fee paid / Fee received / Receipt
  generated / Challan paid successes, Challan generated - awaiting bank confirmation pending (as heldout168's
  generated challan), Transaction failed - amount not received by GHMC failed; a slip's APPROVED / TRANSACTION
  APPROVED successes, DECLINED - 55 INCORRECT PIN failed, HOST NOT RESPONDING - VERIFY STATUS BEFORE RETRY pending;
  Bill payment successful / Payment successful successes, Payment pending with biller - status in 48 hours pending,
  Bill payment failed - amount will be refunded if debited failed (the payment failed, whatever the refund); an SMS
  that says the transfer "has FAILED - beneficiary account invalid" failed (whatever the credit back), one that "is
  UNDER PROCESS with the beneficiary bank" pending, a debit alert a success, whatever its bank's wording ("Sent Rs.x
  From HDFC Bank A/C *1234 ... To <payee> by <way>", "ICICI Bank Acct XX123 debited for Rs x ...; <payee> credited
  via <way>", "INR x debited from A/c no. XX1234 ... by <way> to <payee>", "Rs x debited from your A/c XX1234 ... to
  <payee> via <way>"); the e-mail's Status: Debited successfully / Transaction status: Successful successes.
* date: the day paid (Payment date, Paid on, Date & time, Completed on, Initiated on on a UPI screen not yet paid
  (heldout203), *settled* (new here) Attempted on on a failed UPI or Paytm screen, an aggregator's Payout date /
  Settled on / Settlement date, *settled* (new here) the held payout's Statement date (as a payer's pending Advice
  date, heldout198) and the failed one's Failed on, a link's Paid on / Payment date / Transaction date, a wire's
  Value date / *settled* (new here) Date of credit / Credit date, Received on on the held inward (heldout203) and
  Returned on, a receipt's, bill's, invoice's, memo's or voucher's Date / Dated / Receipt date / Invoice date /
  Invoice Date / Voucher date / *settled* (new here) Cash memo date / a voucher's Paid on, a banking page's
  Transaction date / *settled* (new here) Executed on / Value date, Created on on the page not yet authorised (as
  heldout202's) and Failed on, the advice e-mail's Payment date / Credited on, RazorpayX's Processed on / Created on
  / Reversed on, a fee page's Payment date / Transaction date / Receipt date / Date of payment, IFMIS's Date of
  payment and Generated on on the pending challan (heldout168), a slip's DATE: / DT: / *settled* (new here)
  DATE/TIME:, Paid on / Transaction date & time (the latter alone on a bill not paid, heldout203), the SMS's day,
  the e-mail alert's Transaction date / Date). *settled*: never a Bill month, a Due date, a Cheque date, a voucher's
  month (here Salary for the month of), an e-mail's hour; *settled* (new here) never an aggregator's Order period /
  Orders dated, a catering order's Event date or the gas company's Bill period.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), an aggregator's NEFT
  payout, a Vyapar page's Bank (as myBillBook's Bank Transfer, heldout203), RazorpayX's IMPS, a Bharat Connect bill
  from a Current A/c, a fee or a gas bill paid by Net banking; UPI for UPI apps, a link's, a receipt's, a bill's, a
  memo's, a voucher's, RazorpayX's, a fee's, a gas bill's or a Vyapar page's UPI; card on slips, a link's card, a
  receipt's card, a fee or a gas bill paid by Debit card; cheque for a cheque received, in clearing, returned or
  dishonoured; cash for a cash receipt, bill, memo or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout203): a UPI reference /
  UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref. No., UPI Ref No., UPI reference No., UTR, UTR No.,
  *settled* (new here) an aggregator's Bank UTR / NEFT UTR No., IMPS Ref No., Razorpay's UPI RRN and PayU's Bank Ref
  No. on a UPI payment (heldout199), a slip's RRN: / REF NO: (heldout167), an SMS's UTR / UPI Ref / IMPS Ref), then
  a bank reference (an inward advice's *settled* (new here) Inward reference No. / Transaction reference (IRM) /
  Bank reference, a banking page's *settled* (new here) Bank reference No. / Transaction ref., a fee page's Bank Ref
  No. / Bank reference No. / *settled* (new here) the gas company's Bank ref. No., IFMIS's Bank CIN (heldout179's
  treasury CIN), BBPS Txn Ref No. / Bharat Connect Ref. No.), then a transaction / payment id (*settled* (new here)
  an aggregator's Payout ID / Settlement ID, Razorpay's Payment ID pay_..., PayU ID (heldout179), PhonePe's and
  Paytm's own Transaction ID, Google Pay's Google transaction ID, RazorpayX's Payout ID pout_..., a fee page's
  Transaction ID (GHMC, FoSCoS, the Pollution Control Board, the Labour Department), *settled* (new here) the gas
  company's Transaction ID, TGSPDCL's Transaction ID, a failed Bharat Connect page's Transaction ID), then an approval
  code (Auth code, Approval code, a slip's APPR CODE: / AUTH CODE:), then an order's number (Razorpay's Order ID
  order_..., PayU's Merchant txn ID), then a document's own number (Receipt No. / *settled* (new here) MR No. / Rcpt
  No. on a receipt, Invoice No. / Bill No. / Bill of supply No., *settled* (new here) Cash memo No., Voucher No. /
  Vr. No. / *settled* (new here) PV No., a fee page's Receipt No., IFMIS's Challan No. (heldout179's treasury
  Challan No.), TGSPDCL's Receipt No., a slip's INVOICE NO: / BILL NO:). *settled*: never a UETR, MID, TID, BATCH NO,
  STAN, a card, account or mobile number, a UPI ID, BIC, GSTIN, IFSC, a cheque number, a consumer number (here USC
  No., CAN No., Account No., Mobile No., *settled* (new here) BP No. and a cash memo's Consumer No.), an Application
  No. / Licence No. / Registration No., a Head of account, Maker / Checker, an Emp. code, a Vehicle No. or a slip's
  TABLE NO: / PUMP NO:. *settled* (new here): never an aggregator's Restaurant ID / Res ID / Merchant ID, an inward
  advice's Sender's reference or Invoice ref., GHMC's PTIN or Trade licence No., or RazorpayX's Fund account.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout205_families import (
    aggregator_settlements,
    bank_alerts,
    card_slips,
    catering_receipts,
    civic_fees,
    compose,
    franchise_wires,
    gas_supplies,
    outlet_upi,
    rice_meat_bills,
    staff_payroll,
    utility_bills,
    vendor_transfers,
)

SPLIT = "heldout205"

FAMILIES: list[Family] = [
    ("aggregator_settlements", aggregator_settlements, PAGE_FACES),
    ("outlet_upi", outlet_upi, SCREEN_FACES),
    ("franchise_wires", franchise_wires, PAGE_FACES),
    ("catering_receipts", catering_receipts, PAPER_FACES),
    ("rice_meat_bills", rice_meat_bills, BILL_FACES),
    ("gas_supplies", gas_supplies, PAGE_FACES),
    ("vendor_transfers", vendor_transfers, PAGE_FACES),
    ("staff_payroll", staff_payroll, PAPER_FACES),
    ("civic_fees", civic_fees, PAGE_FACES),
    ("card_slips", card_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout205_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout205 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
