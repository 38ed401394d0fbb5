"""heldout221: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a powerloom weaving unit's day in 2026 in Bhiwandi, Thane district, Maharashtra
(Kaneri Weaving Mills Pvt Ltd, its shed of 72 powerlooms, Kaneri Looms, in Sai Baba Compound, Kaneri, its
rapier loom shed at Kamatghar and its cut piece counter, Kaneri Cut Piece Centre, on Mandai Road, Nizampura),
weaving grey poplin, cambric, sheeting, suiting, rayon and lining on job work for cloth traders in Mumbai and
Surat and on its own account, told by the proofs of payment it receives (traders' and counter buyers' UPI
screens and the unit's Cashfree and CCAvenue payment pages, Kalbadevi, Dadar, Mangaldas Market, Ring Road and
Salabatpura traders', a shirt maker's and a home linen exporter's payment advices for weaving charges and grey
cloth, Bangladeshi, Emirati, Sri Lankan, British, German, Singaporean and Egyptian buyers' inward wires in US
dollars, UAE dirhams, pounds, euros and Singapore dollars, its own job charge, cut piece and yarn waste
receipts, cards on the counter's and the office's terminals) and those it makes (the Kalbadevi yarn
merchant's, the Surat filament yarn maker's, the sizing works', the warping centre's and the loom spares
shop's tax invoices, the net-banking transfers to the tempo owner, the process house, the folders, the loom
repairers, the winders, the electrician, the godown owner and the roadlines, the weavers' per-metre, the
jobbers' per-shift, the winders' and the menders' weekly wage vouchers, Cashfree payouts and a PhonePe and a
Paytm screen, Bhiwandi Nizampur City Municipal Corporation's property tax, trade licence and fire NOC pages,
MPCB's consent fee page, GRAS Maharashtra's e-challans for the factory licence and the scales, the Maharashtra
Labour Welfare Board's contribution page and the GST department's PTRC payment, the insurers' premium receipts
for the shed, looms and stock, the grey bales in transit, the weavers and jobbers, the looms' breakdown, the
yarn godown against fire and burglary, the wage cash and the workers' accidents, its card at a filling
station, the loom spares shop, a Surat hotel, a hardware shop and a Kalbadevi bhojanalay, Torrent Power's
electricity and the fibre and landline bills, the banks' SMS and e-mail alerts). One payment per page. Each
family: six successes, one failure, one wait; one page prints no transaction id and one no day (truth None for
those fields).

* ``trader_upi``: six UPI app screens (Google Pay, PhonePe, Paytm, Amazon Pay, BHIM, Navi) paying the shed,
  the company or the counter and two of the unit's payment pages (Cashfree, CCAvenue). ``trader_advices``:
  traders', a shirt maker's and a linen exporter's advice e-mails, printed JOB WORK PAYMENT ADVICE - WEAVING
  CHARGES / Remittance advice - weaving job charges / PAYMENT ADVICE - GREY CLOTH / Supplier remittance advice
  and vendor portal pages. ``export_wires``: eight banks' inward remittance advices (browser, e-mail,
  printed). ``own_receipts``: the shed's JOB CHARGES RECEIPT / RECEIPT / ADVANCE RECEIPT - WEAVING ORDER /
  RECEIPT - YARN WASTE SALE and the counter's CASH MEMO / RECEIPT - CUT PIECES (paper, serif, rubber stamp)
  and the shed's accounts desk's acknowledgement e-mails. ``supplier_invoices``: the yarn, sizing, warping and
  spares suppliers' TAX INVOICE / TAX INVOICE (ORIGINAL FOR BUYER) / TAX INVOICE - JOB WORK CHARGES with the
  payment block and a rubber stamp (paper, monospace or serif). ``vendor_transfers``: corporate net banking's
  transaction pages (Mahabank Corporate Internet Banking, Saraswat Bank Corporate Net Banking, TJSB Corporate
  Net Banking). ``worker_wages``: printed WEEKLY WAGE SLIP - WEAVER (PER METRE) / PRODUCTION WAGES VOUCHER -
  LOOM SHED / JOBBER PAYMENT VOUCHER - SHIFT BASIS / WEEKLY PAYMENT VOUCHER - FITTERS / WEEKLY PAYMENT VOUCHER
  - WINDING & FOLDING / PRODUCTION WAGES VOUCHER - FOLDING (serif), Cashfree Payouts' transfer pages, a
  PhonePe and a Paytm screen. ``govt_fees``: Bhiwandi Nizampur City Municipal Corporation's property tax,
  trade licence and fire NOC pages, MPCB's consent fee page, GRAS Maharashtra's e-challans, the Maharashtra
  Labour Welfare Board's contribution page and the GST department's PTRC acknowledgement (browser).
  ``insurer_receipts``: insurers' premium receipts (browser, e-mail, printed). ``card_slips``: card terminal
  slips (monospace), the bhojanalay's with a tip. ``utility_bills``: Bharat Connect in banking (Vyom, Kotak
  Bank) and UPI apps and Torrent Power's own receipt page. ``bank_alerts``: the banks' SMS alerts in each
  bank's own wording (Bank of Maharashtra, Saraswat Bank, TJSB, Union Bank of India) and two e-mail debit
  alerts. The families' docstrings list each layout's labels.

Truth conventions (heldout211's, heldout210's, heldout207's, heldout206's, heldout204's, heldout203's,
heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Sent to / Paying to / Payment to (heldout206) (here the shed, Kaneri Looms or KANERI LOOMS, the company's
  capitals or its short name, Kaneri Weaving, or the counter, Kaneri Cut Piece Centre or its capitals, as
  printed), never the UPI ID or the app, nor the Banking name line (heldout207) or the Registered name line
  (heldout211) under the UPI ID; a payment page's payee on top (here the shed or the company), never Customer
  name (heldout204) / Billing name (heldout212) / *settled* (new here) Party name, the Payment for line or the
  gateway's footer (Cashfree Payments, CCAvenue). *settled* (heldout167, heldout175, heldout179, heldout186,
  heldout202 to heldout207, heldout210): a payer's payment advice (here a cloth trader's for weaving charges
  on the beams it sent or a buyer's for grey cloth) pays the company under its payee label, *settled* (new
  here) Weaving party / Payee (job weaver) / Party (supplier) / Payee (grey supplier) / Credited to party,
  never the payer on top, its desk line, the Party code, the Beams, the Quality or the Party bank A/c.
  *settled* (heldout155, heldout167, heldout203, heldout204, heldout207, heldout210): a bank's inward
  remittance advice pays the company under its beneficiary label, *settled* (new here) Name of beneficiary /
  Beneficiary (customer) / Credited to (account name), never the bank on top, its desk line, the *settled*
  (new here) Remitter name / Remitting party / Sender (abroad) (the buyer abroad), the Remitting bank
  (heldout167) / Sender's bank (heldout204) or *settled* (new here) the Intermediary bank. *settled*
  (heldout175, heldout179, heldout190, heldout203, heldout207, heldout211): the company's own receipt pays the
  trade name on top where that is on top, so *settled* (new here) the shed's receipts and its accounts desk's
  e-mails pay Kaneri Looms and the counter's pays Kaneri Cut Piece Centre (capitals where so printed), never
  the "A unit of" company line under it (heldout190), the party under Received from / *settled* (new here)
  Party name / Buyer, the signature line or the rubber stamp; a receipt for yarn waste sold to a waste trader
  alike (heldout210's fents). A supplier's name on top of its own paper (capitals where so printed), never M/s
  the company under Billed to (heldout207) / *settled* (new here) Invoice to / Name of recipient, nor the shed
  under Consignee (ship to). *settled* (heldout179, heldout186, heldout202, heldout203, heldout204,
  heldout207, heldout211): a corporate banking page pays the payee under Payee name (heldout179), *settled*
  (new here) or Beneficiary title / Credit account name, never the portal (Mahabank Corporate Internet
  Banking, Saraswat Bank Corporate Net Banking, TJSB Corporate Net Banking), the bank line, the Debit account
  or *settled* (new here) the Payee ID. *settled* (heldout150, heldout161, heldout179, heldout203, heldout204,
  heldout207, heldout211): a wage voucher pays the worker, *settled* (new here) under Name of weaver / Worker
  name / Karigar / Paid to (worker) / Paid to (jobber), never the company on top, the shed's line under it,
  the Token No. or the Section; Cashfree Payouts' transfer page the Beneficiary name (heldout204), never
  Cashfree Payments on top, the company under it (Payouts - ...), the Beneficiary ID or the Bank account /
  VPA; a transfer screen the payee under Paid to / Sent to. *settled* (heldout153, heldout167, heldout174,
  heldout181, heldout203, heldout207, heldout211, new here for Bhiwandi): a fee page pays the authority on top
  as printed: *settled* (new here) Bhiwandi Nizampur City Municipal Corporation / BHIWANDI NIZAMPUR CITY
  MUNICIPAL CORPORATION / Bhiwandi-Nizampur City Municipal Corporation, never its Property tax / Trade licence
  / Fire and Emergency Services line, the Prabhag Samiti, the Property holder, the Name of licensee, the Trade
  name (the shed), the Name of premises or the Occupier; the Maharashtra Pollution Control Board / MPCB
  (heldout174, heldout181; capitals where so printed), never the consent management line or the Name of
  industry; *settled* (new here) the Maharashtra Labour Welfare Board (capitals where so printed, as
  heldout204's and heldout210's boards), never the Government of Maharashtra line or the Name of
  establishment; *settled* (new here) the Goods and Services Tax Department, Maharashtra / Maharashtra GST
  Department (capitals where so printed) on its PTRC acknowledgement, never the profession tax line or the
  Name of employer; a GRAS e-challan the department under Department (heldout203) (here *settled* (new here)
  the Directorate of Industrial Safety and Health and the Controller of Legal Metrology, Maharashtra / LEGAL
  METROLOGY ORGANISATION, MAHARASHTRA, capitals where so printed), never GRAS on top, the Directorate of
  Accounts and Treasuries line, the Type of payment, the Office name or the Remitter name. *settled*
  (heldout199, heldout202, heldout203, heldout206, heldout211): an insurer's premium receipt pays the insurer
  on top (its full name, capitals where so printed), never the product line, the office line or the *settled*
  (new here) Insured name / Name of proposer / Policy issued to (the company). A slip's counter name line in
  capitals (here the cut piece counter on two and the company's office terminal on one, a filling station, the
  loom spares shop, a Surat hotel, a hardware shop and a Kalbadevi bhojanalay on the rest), never the
  terminal's bank or brand (BANK OF MAHARASHTRA, BPCL, SARASWAT BANK, PAYTM, HDFC BANK, KOTAK MAHINDRA BANK,
  EZETAP, YES BANK) or the place line. A Bharat Connect page's biller under Biller / Biller name / Operator /
  Service provider / Electricity board (heldout179) (short or long as printed), never the app (here also Vyom
  and Kotak Bank), Bharat Connect or the Consumer name / Customer name / *settled* (new here) Name on bill;
  *settled* (new here) Torrent Power's own receipt page the company on top (Torrent Power Ltd, TORRENT POWER
  LIMITED or Torrent Power as printed, as heldout156's Torrent Power Ltd), never the MSEDCL franchisee line,
  the Service No., the Tariff or the Consumer name. An SMS alert's payee as the bank sends it ("to SHREE SAI
  TEMPO SERV": *settled*, the truncated name as printed), *settled* (new here) Bank of Maharashtra's "by <way>
  to <payee>", Saraswat Bank's "Receiver: <payee> (<way>)" (the name before the rail in brackets), TJSB's "|
  <way> | Payee <payee>" and Union Bank's "by <way> favouring <payee>", never the bank or the sender id; the
  e-mail alert's Beneficiary name (heldout210) / *settled* (new here) Payee (credited) / Transferred to, never
  the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large. *settled*
  (heldout152, heldout186, heldout195, heldout198, heldout202 to heldout207, heldout210): a payer's advice
  counts its net sum, *settled* (new here) Net amount released to party / Net remitted to party / Net job
  charges credited / Net amount credited, Net amount to be remitted on the hold and Net payable to party / Net
  amount on the return (the delivery challans' metres x rate, Total weaving charges / Gross job charges /
  Total of bills / Gross amount, less Less: TDS u/s 194C @ 2% or Less: TDS u/s 194Q @ 0.1% and a Less:
  Short-length debit - n m @ rate, a Less: Damage debit (fault fabric) - n m, a Less: Cash discount @ 1.5% or
  a Less: Rate difference (grey)), never a challan's sum, the total or a deduction. *settled* (heldout155,
  heldout167, heldout203, heldout205, heldout206, heldout207, heldout210): an inward wire's foreign sum,
  Amount in foreign currency (heldout206), *settled* (new here) or Inward amount (FCY) / Remittance received
  (FCY), in US dollars, pounds, euros, UAE dirhams (AED, printed with its code before or after the figure,
  heldout205) and Singapore dollars (SGD, S$) as SGD (heldout207), never the *settled* (new here) INR value /
  Converted amount (INR), the Less: Commission and GST or the Net credited (INR); its Rate applied (1 AED =
  INR 23.28) is no sum. *settled* (heldout175, heldout179, heldout190, heldout203, heldout207, heldout211): a
  receipt counts the sum received even where it is part of the bill or an advance on the weaving order,
  Advance received / Cash received / Received in cash / Received by card (heldout204) / Received through UPI
  (heldout210) / Cheque amount / Cheque for, *settled* (new here) or Balance received (the Bill amount less
  the Less: Advance received earlier) / Amount received through RTGS / Received vide RTGS / NEFT credit
  received / Received vide NEFT / UPI amount received / Card payment (swipe), never the Order value (incl.
  GST) / Bill amount / Total where less was received, the metres' or kilos' line, the GST, the Less: Advance
  received earlier or the Balance due on delivery; *settled* (new here) a yarn waste sale's sum received is
  its Bill amount (the kilos x rate with CGST and SGST). *settled* (heldout187, heldout191, heldout202,
  heldout203, heldout207, heldout211): a supplier's invoice counts the sum paid, where an advance is taken off
  (here *settled* (new here) Less: Advance adjusted) the Balance paid by RTGS / NEFT, else *settled* (new
  here) Paid by RTGS / NEFT, Amount received through RTGS / NEFT, Payment received via UPI or Paid by UPI (the
  rounded Invoice total with GST), or the Cheque received / Cheque amount, never the Taxable value, a line or
  the GST. A banking page's *settled* (new here) Debited amount / Transfer value (INR) / Amount to debit.
  *settled* (heldout167, heldout202, heldout203, heldout204, heldout206, heldout211): a wage voucher's net
  sum, Net wages paid (heldout202), *settled* (new here) or Net payable to worker / Amount handed over (the
  Metres woven: n m x rate, the Shifts: n x rate, the Pirns wound: n kg x rate or the Metres checked and
  mended: n m x rate, plus Add: Night shift allowance n x rate / Add: Extra shifts n x rate, less Less:
  Advance (uchal) recovered / Less: Fabric damage cut - n m), never the Gross wages, a line or a deduction;
  Cashfree Payouts' (heldout204) and a transfer screen's sum large. *settled* (new here): the corporation's
  Total paid / Net amount paid (the General tax - half year, the Education cess, the Employment guarantee cess
  and the Tree cess, less the Less: Early payment rebate @ 2% where printed), Total amount / Amount (the Trade
  licence fee - powerloom and the Signboard fee) and Total fee paid / Amount paid (the Fire service fee -
  renewal and the Scrutiny fee), never a head or the rebate; MPCB's Total consent fee paid / Amount remitted
  (the Consent fee - CTO renewal and a Late fee), never a head; GRAS's Total amount / Amount (heldout203) (the
  Licence renewal fee and a Late fee, or the scales' verification fees), never a head; the Welfare Board's
  Total contribution / Amount (the Employees' contribution n x 25 and the Employer's contribution n x 75),
  never a share; the GST department's Total amount paid / Amount paid (the Tax deducted from employees and an
  Interest), never a head. *settled* (heldout199, heldout202, heldout203, heldout204, heldout206, heldout211):
  an insurer's premium with its GST, *settled* (new here) Premium collected (incl. GST) / Total premium /
  Gross premium paid, the Cheque amount on the cheque not yet realised (heldout211), Premium due / Amount
  payable on the failed one, never the Basic premium, an add-on or the GST, nor *settled* (new here) the Sum
  insured (building, looms and stock) / Sum insured (looms) / Sum insured (stock), the Annual turnover
  declared (as heldout204's marine Turnover declared), the Wages declared (annual) (heldout211), the Money in
  transit limit (heldout206) or the Workers covered. A slip's SALE AMT: (heldout179) / AMOUNT: / NET AMOUNT:
  (heldout208) / *settled* (new here) TOTAL AMOUNT:, never the RATE(RS/L): (heldout204) or the VOLUME(L):;
  *settled* (heldout176): a tipped slip's TOTAL: (the base with the tip), never the *settled* (new here) BASE
  AMOUNT: or the TIP:. A Bharat Connect page's sum large; Torrent Power's Amount paid / Paid amount
  (heldout210's UHBVN). An alert's sum debited (*settled* (new here) Bank of Maharashtra's "Rs.x debited",
  Saraswat Bank's "Rs.x has been debited", TJSB's "DR INR x", Union Bank's "Debited for Rs:x"; the e-mail's
  *settled* (new here) Amount of transaction / Debited amount), never the Avl Bal. Currency INR but on the
  wires.
* status: as printed. *settled* (new here): a UPI screen's Payment successful / Paid successfully / Money sent
  / Payment completed successes, Payment in progress - waiting for the receiver's bank, do not pay again
  pending, Payment declined by the bank - please try another account failed; a payment page's Payment
  successful / Payment completed / Thank you! Payment received successes. *settled* (new here): a payer's
  Payment released - credited to party's account / Status: Settled successes, On hold - folding report from
  the process house awaited pending (a payer's hold, as heldout198's to heldout211's), Payment bounced back -
  party's account is not KYC compliant failed. *settled* (new here): an inward advice's Remittance credited to
  your account / Status: Settled - credited to account successes, Under compliance review - export invoice and
  shipping bill details to be submitted pending, Sent back to ordering bank - beneficiary account number
  invalid failed. *settled* (heldout167, heldout179, heldout190, heldout203, heldout207, heldout211): a cheque
  received and not yet cleared pending, a cheque returned failed, so *settled* (new here) CHEQUE DEPOSITED -
  RECEIPT VALID ON REALISATION and CHEQUE IN CLEARING - RECEIPT ON REALISATION pending, CHEQUE RETURNED UNPAID
  - ACCOUNT CLOSED and CHEQUE RETURNED - REFER TO DRAWER, BILL OUTSTANDING failed; RECEIVED WITH THANKS, PAID,
  PAID BY NEFT / RTGS / UPI successes, *settled* (new here) as are RECEIVED - JOB BILL SETTLED, ADVANCE
  RECEIVED - LOOMS BOOKED, PAID - GOODS TAKEN, PAYMENT RECEIVED - ACCOUNT SETTLED, PAID - WAGES HANDED OVER
  and PAID - SIGNED BY WORKER. *settled* (new here): a banking page's Transfer executed - amount credited to
  beneficiary / Status: Successful (credited) successes, Pending at checker - awaiting final authorisation
  pending (keyed, not yet authorised, as heldout191's to heldout211's), Rejected - beneficiary account is
  dormant failed; Cashfree Payouts' PENDING - awaiting response from beneficiary bank pending, REVERSED -
  beneficiary account blocked failed (the transfer came back, as heldout204's REVERSED); a transfer screen's
  Payment successful / Paid successfully / Money sent successes; a fee page's Payment successful / Challan
  paid (heldout206) successes, *settled* (new here) as are Payment received by the department and e-Receipt
  generated, the Welfare Board's Payment status pending - awaiting bank confirmation, do not pay again
  pending, Transaction unsuccessful - fee not received by BNCMC failed; an insurer's Premium received - policy
  schedule issued / Payment successful - policy e-mailed successes, CHEQUE UNDER CLEARING - RISK COVERED FROM
  REALISATION pending (as heldout211's cover from the date of realisation), Transaction unsuccessful - premium
  not received, policy not issued failed; a slip's APPROVED / SALE APPROVED / TRANSACTION APPROVED successes,
  DECLINED - 61 EXCEEDS WITHDRAWAL LIMIT failed, TIMEOUT - TXN STATUS UNCERTAIN, DO NOT SWIPE AGAIN pending;
  Bill paid successfully / Payment successful / Bill paid - receipt sent to registered mobile and Torrent
  Power's Payment successful / Payment received - thank you successes, Payment pending with biller - status in
  24 hours pending, Bill payment failed - money will be credited back to source account failed (the payment
  failed, whatever the credit back); an SMS that says the transfer "has been REJECTED by the beneficiary bank;
  amount reversed to your account" failed (whatever the reversal), one that "is AWAITING credit confirmation
  from the beneficiary bank. Please do not repeat." pending, a debit alert a success, whatever its bank's
  wording ("Rs.x debited from A/c XXXXXX1234 on <day> by <way> to <payee>.", "Dear Customer, Rs.x has been
  debited from your A/c **1234 on <day>. Receiver: <payee> (<way>).", "TJSB: A/c XX1234 DR INR x on <day> |
  <way> | Payee <payee>", "A/c *1234 Debited for Rs:x on <day> by <way> favouring <payee>."); the e-mail's
  Transaction status: Successful a success.
* date: the day paid (a UPI screen's Date & time / Paid on / Completed on, Initiated on on one not yet paid
  (heldout203), a payment page's Paid on / Payment date / Transaction time (heldout206), a payer's Payment
  date, *settled* (new here) Remitted on / Settled on, the pending Advice date (heldout198) / Prepared on
  (heldout204), Bounced on (heldout204) / Returned on on the returned one, an inward advice's Value date,
  *settled* (new here) Credit date / Settled on, Received on / Date of receipt (heldout204) on the held one
  and Returned on / *settled* (new here) Sent back on on the returned one, a receipt's, invoice's or voucher's
  Date / Dated / Receipt date / Invoice date / Voucher date / Paid on, a banking page's Value date, *settled*
  (new here) Execution date / Transferred on, Created on / *settled* (new here) Keyed on on the one awaiting
  its checker, Rejected on / Returned on, Cashfree Payouts' Reversed on (heldout204) and *settled* (new here)
  Initiated on on the pending transfer, a fee page's Payment date / Date of payment / Receipt date /
  Transaction date / Challan date (heldout176) and the Welfare Board's Transaction date / Initiated on on the
  pending one, an insurer's Receipt date / Premium received on (heldout204) / *settled* (new here) Date of
  payment, Cheque received on (heldout204) on the cheque in clearing and the failed one's Transaction date /
  Attempted on, a slip's DATE: / DT: / TXN DATE: / DATE/TIME:, Paid on / Transaction date & time (the latter
  alone on a bill not paid), Torrent Power's Payment date / Paid on, the e-mail alert's Transaction date /
  Value date, the SMS's day). *settled*: never a Bill month, a Due date, a Cheque date (heldout198), a Month
  (heldout203), a Period of insurance (heldout199), a Contribution period (heldout167), an invoice number's
  financial year or an e-mail's hour; never the day inside a Bank CIN or a UTR (heldout210); *settled* (new
  here) never a delivery challan's day on an advice, a Wage period, the corporation's Half year, the Welfare
  Board's Contribution for or the PTRC Period.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT /
  RTGS / IMPS, Cashfree Payouts' IMPS (heldout204), a Bharat Connect bill from a Current A/c (here in Vyom and
  Kotak Bank), GRAS's Net banking, a fee, a premium or Torrent Power paid by Net banking, an e-mail alert's
  Channel, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a receipt's, a voucher's, an
  invoice's, Cashfree Payouts', a fee's, a premium's or a bill's UPI; card on slips, a payment page's debit
  card, a receipt's Card / Card payment (swipe), a fee, a premium or Torrent Power paid by Debit card; cheque
  for a cheque received, deposited, in clearing or returned and a premium paid by Cheque; cash for a cash
  receipt, memo or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout211): a UPI
  reference / UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref. No., UPI Ref No., UPI Ref No, UPI
  Reference No., UPI Ref. ID (heldout204), UTR, UTR No., NEFT UTR, RTGS UTR (heldout179), IMPS Ref No., Amazon
  Pay's Bank reference No. (UTR) (heldout212), Cashfree's Bank reference (heldout204) and CCAvenue's Bank Ref.
  No. (heldout212) on a UPI payment, a slip's RRN: / REF NO: (heldout203) / RRN NO: (heldout200), an SMS's UTR
  / UPI Ref / IMPS Ref), then a bank reference (an inward advice's Inward ref. No. / IRM No. (heldout190) /
  *settled* (new here) Transaction ref., a banking page's Reference No. (heldout179) / *settled* (new here)
  System ref. No., a fee page's Bank Ref No., GRAS's and the GST department's Bank CIN (heldout179,
  heldout203), an insurer's Bank Ref. No., Bharat Connect Ref. No. / B-Connect Txn ID), then a transaction /
  payment id (Cashfree's CF Payment ID (heldout206), CCAvenue's Tracking ID (heldout170), PhonePe's, Paytm's,
  Amazon Pay's (heldout207) and Navi's (heldout206) own Transaction ID, Google Pay's Google transaction ID,
  Cashfree Payouts' Reference ID (heldout204), a fee page's Transaction ID / Transaction ref. No., an
  insurer's Transaction ref. No. / Payment ID, Torrent Power's Transaction ID, a failed Bharat Connect page's
  Transaction ID), then an approval code (Auth code, Approval code (heldout210), a slip's APPR CODE: / AUTH
  CODE:), then an order's number (Cashfree's Order ID (heldout204), *settled* (new here) CCAvenue's Order No.,
  Cashfree Payouts' Transfer ID (heldout204)), then a document's own number (Advice No. (heldout204) / PV No.
  (heldout188) on a payer's advice, Receipt No. / Rcpt. No. / Memo No. / *settled* (new here) Cash memo No. on
  a receipt, Invoice No. / Tax Invoice No. / Bill No., Voucher No. / Vr. No. / Wage slip No. (heldout204), a
  fee page's Receipt No. / Challan No., GRAS's and the GST department's GRN (heldout203), Receipt No. /
  Premium collection No. (heldout203), Torrent Power's Receipt No., a slip's INVOICE NO: / BILL NO: / INV
  NO:). *settled*: never a UETR, MID, TID, BATCH NO, TRACE NO: (heldout203), a card, account or mobile number,
  a UPI ID, BIC, GSTIN, IFSC, a cheque number, a consumer number (here Service No., Jio Number, Telephone
  No.), Maker / Checker (heldout171; so never Maker ID / Checker ID), a Purpose code, an Export invoice No., a
  Registration No. / Licence No. / Application ID (heldout203), a Policy No. / Proposal No., a Head of account
  (heldout179), Cashfree Payouts' Beneficiary ID (heldout204), a slip's ROOM NO: (heldout203) or FOLIO NO:
  (heldout211). *settled* (new here): never a Party code, the Beams, a delivery challan (DC n, Delivery
  challan No.), an LR No., a Set No. or the Beam Nos., a Sender's reference, a Payee ID, a Token No., a
  Property No., a PTRC No. or a slip's NOZZLE NO:.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout221_families import (
    bank_alerts,
    card_slips,
    compose,
    export_wires,
    govt_fees,
    insurer_receipts,
    own_receipts,
    supplier_invoices,
    trader_advices,
    trader_upi,
    utility_bills,
    vendor_transfers,
    worker_wages,
)

SPLIT = "heldout221"

FAMILIES: list[Family] = [
    ("trader_upi", trader_upi, SCREEN_FACES),
    ("trader_advices", trader_advices, PAPER_FACES),
    ("export_wires", export_wires, PAGE_FACES),
    ("own_receipts", own_receipts, BILL_FACES),
    ("supplier_invoices", supplier_invoices, PAPER_FACES),
    ("vendor_transfers", vendor_transfers, PAGE_FACES),
    ("worker_wages", worker_wages, BILL_FACES),
    ("govt_fees", govt_fees, PAGE_FACES),
    ("insurer_receipts", insurer_receipts, PAGE_FACES),
    ("card_slips", card_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout221_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout221 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
