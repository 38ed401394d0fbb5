"""heldout265: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Longpi black stone pottery workshop's and its co-operative's day in 2026 in
Ukhrul district, Manipur (Longpi Kajui Potters' Co-operative Society Ltd, a society of Tangkhul potters of
Longpi Kajui and Longpi Khullen; its workshop at Longpi Kajui, Lishon Ham Workshop, where the potters grind
the lishon (black serpentine stone) and the ham-ngalei (weathered brown clay), shape the hampai by hand
without a wheel (ham with lids, duck kettles, casseroles, frying pans, rice pots, cane-laced cups, serving
bowls and trays), fire them in an open bonfire and polish them with machee leaves, paid by the piece with the
cane lacer, and takes tour groups for pottery sessions; the carriers who bring the stone, dig the clay, gather
the leaves and carry the firewood, paid by the load; and the society's outlet on Thangal Bazar Road, Paona
Bazar, Imphal, Hampai House, which sells to Imphal families, visitors, hotels and restaurants, keeps a stall
at the Manipur Sangai Festival at Hapta Kangjeibung and runs the web shop hampaihouse.in for orders across
India), told by the proofs of payment it receives (buyers' Amazon Pay, BHIM, Navi, Paytm, POP and Airtel
Thanks screens, two of them forwarded to the outlet in a WhatsApp chat, the web shop's Razorpay e-mail receipt
and Cashfree order page, TRIFED's PFMS payment status, the Manipur Handloom & Handicrafts Development
Corporation's and a Kohima hotel's printed payment advices, the North Eastern Council's bill on GeM, a
Bengaluru cookware brand's, a Mumbai restaurant group's and a Kolkata concept store's e-mails, a Guwahati
marketplace's settlement statement, importers' remittances from London, Zurich, Singapore, Lyon, Seoul, Oslo,
Dubai and Portland in pounds, Swiss francs, Singapore dollars, euros, won, Norwegian kroner, dirhams and US
dollars through the banks at Imphal and PayPal, the outlet's billing app invoices to an Imphal lady and a
Korean visitor, its serving sets bill to an Imphal hotel, the workshop's wholesale invoices to a Delhi craft
corner and a Kolkata restaurant and its receipt for a Guwahati tour group's pottery session, the society's
money receipt for a new member's admission fee and share money, the web shop's order e-mail, cards and a UPI
sale on the outlet's, the festival stall's, the workshop's and the society's terminals) and those it makes (an
Ukhrul firewood depot's cash memo, an Imphal cane works', a Coimbatore pulveriser maker's and a Guwahati jute
packer's payment receipts, a Guwahati carton maker's, a Dimapur tool house's, an Imphal printer's and a
Thoubal bamboo works' tax invoices, UCO eBanking, Axis Bank neo and ICICI Bank CIB transfers to the outlet's
landlord, the workshed builder, the carrier, the auditors, the Sangai Festival stall fabricator, the web
studio, the photographer and the guard agency, the potters' and the cane lacer's wage cards, the stone and
firewood carriers' cash vouchers, RazorpayX payouts to the clay digger and a home potter, PhonePe payments to
the leaf collector and the outlet's helper, the Ukhrul Autonomous District Council's trade licence, Imphal
Municipal Corporation's trade licence, the Registrar of Co-operative Societies' audit fee, the Forest
Department's transit pass, the Pollution Control Board's consent fee, Legal Metrology's scale verification,
the GI Registry's authorised user fee and the Fire and Emergency Services' fee, the insurers' receipts for the
workshop shed and stock, the outlet, the export cargo, the staff's and potters' health, the pickup, the
outlet's stock against burglary, the potters' accidents and the festival stall, its card at a filling station
on NH-202 at Litan, an Imphal hotel, a Dimapur tool house and an Ukhrul eating house, MSPDCL's power (a
prepaid meter's recharge among them), BSNL's fibre, Airtel's postpaid, Dish TV, Bharatgas and PHED's water,
the banks' SMS and e-mail alerts). One payment per page. Each family: six successes, one failure, one wait;
one page prints no transaction id and one no day (truth None for those fields).

Layouts (every one written for this set; the families' docstrings list each one's labels). This set draws
three kinds of row the earlier sets do not: a table's cells at set places under a ruled heading (Item | Qty |
Amount), labels over their values two to a row (Payment ID | Paid on over pay_... | 14 Oct 2026), and two
"Label: value" fields to a row (Invoice No.: x | Date: y); and a value with its label small under it.

* ``buyer_upi``: a sentence that holds the sum and the payee ("You paid INR 6,114 to HAMPAI HOUSE", "Paying
  ... to ...", "Could not pay ... to ...") over a status chip (Amazon Pay, POP); each value with its label
  small under it (BHIM, Paytm); a history row with the payee at the left and the sum at the right and "UPI |
  <day and hour>" under it (Navi, Airtel Thanks); two of them as a picture in the outlet's WhatsApp chat;
  Razorpay's e-mailed receipt (the shop on top, the sum large with "Amount paid" under it, then the fields two
  by two) and Cashfree's order page (the pots in an Item | Qty | Amount table, Order total, the fields two by
  two); the day and the hour unlabelled in this set's forms (14 Oct 2026 at 4:12 pm, 14-10-2026 | 16:12:05,
  Oct 14 2026, 4:12 PM, Wednesday 14 October 2026 16:12). All new here.
* ``buyer_advices``: PFMS's e-payment status as a Field | Details table (the value at the middle); a printed
  PAYMENT ADVICE with Advice No. and Date in two columns and the bills in a Bill No. | Bill date | Amount
  table; GeM's bill page; an e-mail from the payer's books with the fields two by two and the bills in a table
  under them; a marketplace's settlement statement. All new here.
* ``export_wires``: a bank's inward remittance page with its short fields two to a row ("Inward ref.: x |
  Value date: y"); an MT910 confirmation of credit (:25: Account identification with the Account name under
  it, the raw :32A:); a printed FOREIGN INWARD REMITTANCE CERTIFICATE with a Date | Currency | Amount (FCY) |
  Rate | INR table; PayPal's "You've got money" e-mail; in pounds, Swiss francs with an apostrophe between the
  thousands, Singapore dollars, euros the French way, won, Norwegian kroner the Norwegian way, dirhams and US
  dollars. All new here.
* ``own_receipts``: the outlet's billing app invoices (a Bill To | Invoice Details block in two columns, the
  pots in a # | Item name | Qty | Price/Unit | Amount table, Total, Received, Balance, Payment status); the
  outlet's and the workshop's tax invoices with Invoice No. and Date in two columns, a Description | HSN | Qty
  | Rate | Amount table and a Payment block; the session receipt (Date | Time, a Particulars | Persons | Rate
  | Amount table); the society's money receipt (Receipt No. | Member No., a Particulars | Amount (Rs.) table,
  Treasurer | Secretary); the web shop's order e-mail. All new here.
* ``supplier_invoices``: a PAYMENT RECEIPT from the supplier's books (the sum large under Amount Received, a
  Payment for table of Invoice Number | Invoice Date | Invoice Amount | Payment Amount, the payment less than
  the invoice on some); a TAX INVOICE with its heading fields two to a row, a Bill to | Ship to block, the
  goods in a table and a PAYMENT RECEIVED block with Mode | UTR on one row; a firewood depot's CASH MEMO
  without a GSTIN. All new here.
* ``vendor_transfers``: UCO eBanking's page with a From | To block in two columns; Axis Bank neo's Field |
  Details table with Charges (incl. GST) and Total debit; ICICI Bank CIB's e-mail with a one-row Payee |
  Amount | Status table. All new here.
* ``worker_pay``: a PIECE-RATE WAGE CARD (Wage card No. | Paid on, Name | Village, an Item | Pcs | Rate |
  Amount table); a CASH / DEBIT VOUCHER (Voucher No. | Date, Paid to, the sum in words, Rs., On account of,
  Prepared by | Passed by | Receiver's signature); RazorpayX's payout page (the fields two by two); PhonePe's
  screen (the status on its band with the hour and day, the payee and the sum on one row under Paid to). All
  new here.
* ``govt_fees``: a printed MONEY RECEIPT (Receipt No. | Date, a Head | Amount table, the stamp) from the
  district council and Legal Metrology; web receipts with the fields two by two from the city and the GI
  Registry; Manipur's e-Payment challans with a Head of account | Amount table (the Registrar, the Fire
  Services); each value over its small label (the Forest Department, the Pollution Control Board). All new
  here.
* ``insurer_receipts``: a printed PREMIUM RECEIPT with Receipt No. | Receipt date in two columns and a
  Particulars | Amount (Rs.) table; the insurer's SMS; an e-mail with the fields two by two over the table;
  the insurer's app with each value over its small label; BillDesk's Field | Details page. All new here.
* ``card_slips``: paper slips with two fields to a row (TID: | MID:, BATCH: | INV:, DATE: | TIME:, CHIP |
  <scheme>, RRN: | AUTH:, ROOM: | FOLIO:, RATE: | VOL:, TABLE: | COVERS:); a UPI SALE slip from a card
  terminal; the e-charge slip a terminal sends by a link. All new here.
* ``utility_bills``: MSPDCL's smart prepaid portal (with a keypad meter's 20-digit token) and PHED's water
  portal with the fields two by two; Paytm's Bharat Connect screen with each value over its small label; BSNL
  Selfcare's Field | Details receipt; Airtel's e-mail sentence over a Payment mode | Transaction ID | Amount
  table; Amazon Pay's history row; BHIM's and PhonePe's Bharat Connect receipts with Bill details two to a
  row. All new here.
* ``bank_alerts``: SMS in a messages app in Manipur Rural Bank's, State Bank of India's, UCO Bank's, ICICI
  Bank's, Union Bank of India's and Indian Overseas Bank's wordings; Kotak Mahindra Bank's e-mail sentence and
  IDFC FIRST Bank's e-mail table. All new here.

The faces are heldout119's kinds drawn from another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES, BILL_FACES and
SLIP_FACES below: the condensed and narrow sans, the display and condensed serifs, Noto Mono and a bold mono
on the slips). The Sangai Festival stall's e-charge slip is drawn in the festival's days (21 to 30 November
2026) and its exhibition floater's premium in the weeks before; the other days anywhere in 2026. GST is 5% on
the pots (HSN 6912).

Truth conventions (heldout263's and those it kept, kept where they say *settled*; the cases this set adds are
marked *settled* (new here)):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee *settled* (new
  here) after "You paid <sum> to" / "Paying <sum> to" / "Could not pay <sum> to" on the sentence's line, on
  the value line over its small label Paid to / Sent to / Paying to / To (the label under the name names it),
  or the left cell of a history row whose right cell is the sum; never the UPI ID (To UPI ID, the value over
  UPI ID), the From / Debited from / Paid from account, the app on top, the WhatsApp chat's contact (the
  buyer) or its bubbles. Razorpay's e-mail and Cashfree's page pay the shop on top *settled* (new here), never
  Razorpay in the sender or the footer (Payments are processed by Razorpay Software Pvt Ltd), Secured by
  Cashfree Payments, the buyer in the Order # line, the E-mail or the Mobile. *settled* (heldout167 to
  heldout263): a payer's advice pays the one it pays, never the payer on top; here the society *settled* (new
  here) under Beneficiary name (PFMS), Seller name (GeM), Seller (a settlement statement), on the line under
  "To," (a printed advice) or under Paid to / Vendor among an e-mail's fields; never PFMS, GeM or the Seller
  Hub on top, the Agency, the Buyer, the payer on top or in the Regards line, the salutation or the bills.
  *settled* (heldout155 to heldout263): a bank's inward advice pays the society, here *settled* (new here)
  under Beneficiary (the two-to-a-row page), Account name under an MT910's :25: Account identification, Name
  of the exporter / Beneficiary (exporter) on a FIRC, and PayPal's Received by; never the bank on top, its
  desk line, the Remitter / Remitting bank / Remitter's bank, the :50K: Ordering customer, the :52A: BIC,
  PayPal on top, the remitter after "from" or the Buyer: line. *settled* (heldout175 to heldout263): the
  society's own receipt pays the trade name on top, so the outlet's bills pay Hampai House, the workshop's
  Lishon Ham Workshop, the society's money receipt the society (capitals where so printed) and the web shop's
  order e-mail Hampai House; never the "A unit of" line, the party under Bill To / Buyer / Billed to / Group /
  Received from, the customer named in "Thank you for your purchase, <name>!", Ships to, the signature lines
  (For: <unit>, Authorized Signatory, For <unit> - Authorised signatory, Treasurer, Secretary) or the rubber
  stamp. A supplier's name on top of its own paper, never the society under Received From / Bill to / To, the
  unit under Ship to, Dispatched: <carrier>, the Prop. line or its stamp. *settled* (heldout179 to
  heldout263): a corporate banking page pays the payee, here *settled* (new here) the To column's name of a
  From | To block (never the From column's society), the Beneficiary name of a Field | Details table or the
  Payee column of a Payee | Amount | Status table; never the portal (UCO eBanking - Corporate, neo for
  Corporates), the bank, the Debit account or the Maker / Checker. *settled* (heldout150 to heldout263): a pay
  slip pays the worker, here *settled* (new here) "Name: <worker>" on a wage card (never the Village beside
  it), Paid to on a voucher (never the Debit head), RazorpayX's Contact (never RazorpayX on top or its Payouts
  line) and the name at the left of the row under PhonePe's Paid to (never the phone number under it).
  *settled* (heldout153 to heldout263): a fee page pays the authority on top as printed, here *settled* (new
  here) Ukhrul Autonomous District Council / UKHRUL AUTONOMOUS DISTRICT COUNCIL, Imphal Municipal Corporation
  / its capitals, Registrar of Co-operative Societies, Manipur / Registrar of Co-operative Societies, Manipur
  Forest Department / Forest Department, Government of Manipur, Manipur Pollution Control Board / its
  capitals, Legal Metrology, Manipur / Controller of Legal Metrology, Manipur, Geographical Indications
  Registry / its capitals and Manipur Fire and Emergency Services / its capitals; never the line under it
  (e-Payment of Government dues - Government of Manipur, Intellectual Property India | ...), the society under
  Received from / Depositor / Applicant, the Trade name or the stamp. *settled* (heldout199 to heldout263): an
  insurer's receipt pays the insurer on top (full name, capitals where so printed; here The New India
  Assurance Co. Ltd, ICICI Lombard General Insurance Co. Ltd, Care Health Insurance Ltd (Care Health Insurance
  where the full one does not fit the title), IFFCO-Tokio General Insurance Co. Ltd and Reliance General
  Insurance Co. Ltd), *settled* (new here) BillDesk's Merchant name (Bajaj General Insurance Ltd, SBI General
  Insurance Co. Ltd; never BillDesk on top) and the insurer named before the colon at the head of its SMS (The
  Oriental Insurance Co. Ltd; never the sender id); never the product line, the office line or Received from /
  Insured. A slip's counter name line in capitals (the society's own counters, HAMPAI HOUSE at Paona Bazar and
  at the Sangai Festival, LONGPI KAJUI POTTERS CO-OP and LISHON HAM WORKSHOP, on four; the filling station,
  the hotel, the tool house and the eating house on the rest) or an e-charge slip's Merchant, never the
  terminal's brand or bank (*settled* (new here) WORLDLINE, ICICI MERCHANT SERVICES, BHARATPE SWIPE, UCO BANK
  POS, EZETAP, RAZORPAY POS), the place line or the Location. A utility's biller *settled* (new here) on top
  of its own portal or e-mail (MSPDCL, BSNL Bharat Fiber, Public Health Engineering Department, Manipur,
  Airtel Postpaid; never Bharti Airtel Ltd in the footer), on the value line over Paid to (short or long as
  printed: MSPDCL / Manipur State Power Distribution Company Ltd), under Biller, or a history row's left cell
  (Dish TV); never the app, Bharat Connect, Customer name or the consumer's numbers. An SMS alert's payee as
  the bank sends it (*settled*, the truncated name as printed, without the sentence's full stop), *settled*
  (new here) Manipur Rural Bank's "for UPI txn to <payee>,", State Bank of India's "trf to <payee> Refno", UCO
  Bank's "by NEFT to <payee>,", ICICI Bank's "IMPS of Rs x to <payee> on", Union Bank of India's "towards RTGS
  to <payee>.", Indian Overseas Bank's "NEFT of Rs.x to <payee> dated"; Kotak Mahindra Bank's e-mail "towards
  NEFT to <payee>." and IDFC FIRST Bank's Beneficiary column; never the bank or the sender id.
* amount / currency: the sum this payment moved. A UPI screen's *settled* (new here) sum in the sentence, the
  value over Amount, the right cell of a history row; Razorpay's sum large over Amount paid / Total paid,
  Cashfree's Order total / Amount paid (the pots' rows and the Shipping are no sum). *settled* (heldout152 to
  heldout263): a payer's advice counts its net sum, *settled* (new here) PFMS's Net amount paid, GeM's Net
  payable / Amount due to seller, a settlement's Net settlement / Amount settled (the Sale value (incl. GST)
  less Commission (incl. GST @ 18%), Shipping fee, TCS under GST @ 0.5% and TDS u/s 194-O @ 0.1%), a printed
  advice's Net amount paid / Net amount sent, an e-mail's Amount paid / Amount on hold; never the Gross
  amount, the Bill amount, the Total of bills (incl. GST @ 5%) / Bills total, a bill's row, Less: TDS under
  GST - IGST @ 2% / CGST @ 1% / SGST @ 1%, Less: TDS u/s 194Q @ 0.1% or Less: Breakage in transit - n pcs.
  *settled* (heldout155 to heldout263): an inward wire's foreign sum, *settled* (new here) under Amount in FCY
  / Remittance amount, in the raw :32A: of an MT910 (the value day as YYMMDD, the currency, the sum with a
  decimal comma: 260217CHF12782,28 is 12782.28 francs), in a FIRC table's Amount (FCY) column (the Currency
  column naming it), or PayPal's "You received <sum> from" (the sum the buyer sent); in pounds (£ / GBP),
  Swiss francs with an apostrophe between the thousands (CHF 12'450.50 and 12'450.50 CHF are 12450.50),
  Singapore dollars (S$ / SGD), euros the French way (12 450,50 €, 12 450,50 EUR and EUR 12 450,50 are
  12450.50), Korean won with no decimals (KRW 3,628,000, the won sign where the face draws it, 3,628,000 KRW),
  Norwegian kroner the Norwegian way (kr 64 026,79 and NOK 64 026,79 are 64026.79), UAE dirhams (AED / Dhs)
  and US dollars (USD / US$); never the INR credited, the FIRC's INR column, the PayPal fee or the Net amount;
  the Converted at and Rate are no sums. *settled* (heldout175 to heldout263): a receipt counts the sum
  received, *settled* (new here) the billing app's Received (the same sum as its Total, with Balance 0.00),
  Amount received / Received by NEFT, Cheque received for / Cheque returned for, Received in cash / Cash
  received, the share money receipt's Total received (the Admission fee, the Share money and a Building fund
  where printed), the order e-mail's Total (the Subtotal and the Shipping; the Taxes (included) are in it);
  never Sub Total, Taxable value, a table's row, Discount (Sangai offer 5%), CGST@2.5% / SGST@2.5% / IGST @ 5%
  or Round off. A whole sum closed with /- (Rs. 1,100/-) is that sum in whole rupees (heldout259). *settled*
  (heldout187 to heldout263): a supplier's paper counts the sum paid, *settled* (new here) a payment receipt's
  Amount Received (the sum large; its Payment Amount column the same sum), never its Invoice Amount where less
  was paid; an invoice's Amount received / Cheque received (subject to realisation) / Cheque returned unpaid
  (its Grand total (rounded) / Invoice total the same sum); a cash memo's Received with thanks in cash / Cash
  received (its Total the same sum); never Taxable value, a line, CGST / SGST / IGST or Round off. A banking
  page's Amount or the Amount column of its one-row table, never *settled* (new here) the Charges (incl. GST)
  or the Total debit (the sum with the bank's charges). *settled* (heldout167 to heldout263): a pay slip's net
  sum, *settled* (new here) a wage card's Net paid / Net wages paid (the pieces x rate, Gross, less Less:
  Cracked in firing - n pcs @ rate and Less: Advance adjusted), never the Gross or a row; a voucher's Rs. row
  (the loads x rate of On account of); RazorpayX's sum large; PhonePe's sum on the payee's row (Debited from
  repeats it). A fee page's Total / Total paid / Amount paid / Amount (the heads with their codes on the
  challans), never a head. *settled* (heldout199 to heldout263): an insurer's premium with its GST, *settled*
  (new here) Total premium / Cheque amount, Amount received, the sum large over Total premium paid, BillDesk's
  Amount, the SMS's "premium of Rs.x"; never a Particulars row (Premium, Earthquake cover, War and SRCC, Own
  damage, Third party, Transit to and from the festival) or CGST @ 9% / SGST @ 9% / IGST @ 18%. A slip's AMT:
  / SALE AMT: / AMOUNT: / Sale amount, and at the eating house the TOTAL: (the BASE AMT: with the TIP:), never
  the BASE AMT: or the TIP: alone, RATE: or VOL:. A utility's Recharge amount / Amount paid, the sum large, a
  history row's right cell, Airtel's "payment of <sum>" (its Amount column and Amount due the same sum); never
  *settled* (new here) the Energy charges (a part of the recharge). An alert's sum debited as worded, grouped
  the Indian or the English way or not at all, *settled* (new here) State Bank of India's "debited by 3210.0"
  (one place after the point) is 3210.00; never the Avl Bal or Available balance. Currency INR but on the
  wires.
* status: as printed. *settled* (new here): a UPI screen's Payment successful / Completed / Transaction
  successful / Money sent / Successful / Paid successes, In progress - do not pay again for 48 hours /
  Transaction pending - waiting for the bank / Pending pending, Failed - the receiver's bank did not respond /
  Failed - the amount was not debited / Transaction declined by your bank failed; Razorpay's Paid successfully
  / Payment received by the merchant and Cashfree's Payment successful / Your order is confirmed successes. A
  payer's PFMS Payment status: Credited to beneficiary / Paid - credited by bank, Status: Paid / Payment sent
  to your bank, Settled to your bank account / Settlement complete and PAID - NET AMOUNT CREDITED TO YOUR
  ACCOUNT successes, GeM's Bill under processing with the paying authority - not yet paid and On hold -
  awaiting your revised invoice with HSN codes pending (a payer's hold), PAYMENT RETURNED - ACCOUNT DORMANT,
  SEND A CANCELLED CHEQUE failed. An inward advice's Credited to beneficiary account / Status: Credited /
  Credited to your account / Funds credited - IRM generated / CERTIFIED - PROCEEDS REALISED successes,
  Returned to remitting bank - beneficiary details incomplete failed; PayPal's Completed - the money is in
  your PayPal balance / Payment completed successes, On hold - available in your balance in up to 21 days
  pending (funds held, not yet the payee's). *settled* (heldout167 to heldout263): a cheque received and not
  yet cleared pending, a cheque returned failed, so CHEQUE RECEIVED - SETS DELIVERED ON CLEARANCE, CHEQUE IN
  CLEARING - GOODS SENT, RECEIPT ON REALISATION and CHEQUE RECEIVED - COVER ON REALISATION pending, CHEQUE
  DISHONOURED - INSUFFICIENT FUNDS, PLEASE PAY BY NEFT and CHEQUE RETURNED - FUNDS INSUFFICIENT, PLEASE PAY BY
  NEFT failed; Payment status: Paid, PAYMENT RECEIVED - GOODS SENT BY AIR CARGO, RECEIVED WITH THANKS - YOUR
  PIECES ARE POSTED 10 DAYS AFTER FIRING, RECEIVED - ENTERED IN THE SHARE REGISTER, Payment received - we are
  packing your order, PAID IN CASH - RECEIVED WITH THANKS, Payment received - thank you / Received with
  thanks, PAID - THANK YOU FOR YOUR BUSINESS / RECEIVED BY <way> / PAYMENT RECEIVED IN FULL successes. A
  banking page's Transaction successful - credited to beneficiary / Status: Executed / Executed successes,
  Awaiting authorisation - checker yet to approve / Pending authorisation / Pending pending (keyed, not yet
  authorised), Returned by beneficiary bank - invalid account number / Returned failed. A pay slip's PAID -
  ENTERED IN THE WAGE REGISTER and PAID IN CASH and PhonePe's Transaction Successful successes; RazorpayX's
  Processing - the bank has not confirmed yet pending, Reversed - beneficiary account is closed, amount back
  in your balance failed. A fee page's FEE RECEIVED - LICENCE RENEWED / FEE RECEIVED - SCALE STAMPED /
  RECEIVED, Payment successful - challan paid / Status: Paid, Payment successful / Fee paid - receipt
  generated, Fee received - application forwarded successes, Challan generated - confirmation awaited from the
  bank, do not pay again pending, Payment failed - transit pass not issued, pay again failed. An insurer's
  PREMIUM RECEIVED - POLICY IN FORCE, Premium received - policy issued / Payment successful, Premium paid -
  policy renewed, the SMS "we have received premium" and BillDesk's Status: Success successes, Status: Failed
  - declined by your bank failed. A slip's APPROVED / TXN APPROVED - THANK YOU / SALE APPROVED / UPI TXN
  SUCCESSFUL / PAYMENT RECEIVED - UPI successes, HOST NOT RESPONDING - DO NOT RETRY pending, DECLINED 55 -
  INCORRECT PIN failed. A utility's Payment successful / Recharge successful - balance updated / Payment
  received / Bill paid / Paid / Recharge successful and Airtel's "We have received your payment" successes,
  Payment pending - biller confirmation awaited pending, Payment failed - money will be refunded if debited
  failed. *settled*: an SMS debit alert a success whatever its bank's wording; *settled* (new here) ICICI
  Bank's "is pending; the status will be updated in 24 hours" pending, Indian Overseas Bank's "could not be
  credited and has been returned to your A/c" failed; the e-mails' "has been debited" and Status: Successful
  successes.
* date: the day paid. *settled* (new here): a UPI screen's Date & time / Paid at / Completed on, Started on on
  the one pending, Attempted on on the one failed, the value over such a label, the day after "UPI |" on a
  history row, or the day and the hour with no label in this set's forms (14 Oct 2026 at 4:12 pm is
  2026-10-14, as are 14-10-2026 | 16:12:05, Oct 14 2026, 4:12 PM and Wednesday 14 October 2026 16:12); a cell
  under Paid on / Payment date / Payment time among fields two by two (the chat's day divider, where it prints
  a day, is the same day). A payer's Credited on / Payment date / Value date, On hold since / Held on / Bill
  submitted on / Pending since on the one held, Returned on / Date of return on the one returned, a printed
  advice's Date: / Dated: in its heading's two-column row, a settlement's Settled to bank on / Settlement
  date; never *settled* the Bill date of a bill listed (heldout246), or *settled* (new here) a Settlement
  period. An inward advice's Value date / Returned on in its two-to-a-row fields, the day in an MT910's raw
  :32A: (260217CHF12782,28 is 2026-02-17), the Date column of a FIRC's table, PayPal's Transaction date. A
  receipt's *settled* (new here) Date: under Invoice Details, Date: / Dated: beside the number in a two-column
  row, Date: beside Time: on the session receipt, the order e-mail's Order placed on / Paid on; never the
  Time:. A supplier's Payment Date, Invoice Date beside the number, the cash memo's Date: beside the Vehicle
  No.; never *settled* (new here) the Invoice Date in a payment receipt's Payment for table. A banking page's
  Value date / Transaction date / Executed on, Created on / Initiated on on the one pending, Returned on /
  Reversed on on the one returned. A pay slip's Paid on (a wage card) / Date (a voucher), RazorpayX's
  Processed at / Created at / Reversed at, PhonePe's "<hour> on <day>" under the status; never *settled* (new
  here) the Work period. A fee page's Date: on a money receipt, Date of payment / Paid on / Transaction date,
  Challan generated on / Initiated on on the one pending, Attempted on / Failed on on the one failed; never
  the Year (2026-27) or *settled* (new here) the day inside the e-Payment challan's CIN (bank) (as
  heldout263's OGRAS CIN). An insurer's Receipt date / Premium received on / Date of payment / Cheque received
  on, the SMS's "on <day>", the app's value over Premium received on, BillDesk's Date & time; never the Period
  of insurance or the Policy period. A slip's DATE: beside TIME: (DATE:04/08/26 is 2026-08-04), an e-charge
  slip's Date & time. A utility's Paid on / Date & time, Initiated on, Attempted on, the day on a history row,
  Airtel's "on <day>" in its sentence; never a Bill date, a Due date, a Bill period or a Billing period. The
  SMS's day (Manipur Rural Bank's "on 25/09/26" is 2026-09-25, *settled* (new here) State Bank of India's "on
  date 10Jul26" is 2026-07-10, ICICI Bank's "on 28-Apr-26", Union Bank of India's "on 20-04-2026 13:08:16",
  Indian Overseas Bank's "dated 16/11/2026") and its divider's; the e-mails' "on <day>" and Date / Transaction
  date. All numeric days here are day first (heldout251, heldout259). *settled*: never a Due date, a Cheque
  dt., a Period of insurance, an invoice number's or a slip number's financial year or an e-mail's hour, the
  day inside a UTR (heldout210) or *settled* (new here) inside an app's or a terminal's transaction id
  (PhonePe's T260825..., Amazon Pay's P260225..., an e-charge slip's Txn ID 261124...).
* payment_method: "netbanking" for NEFT / RTGS / IMPS (a payer's advice, PFMS's e-Payment (NEFT), GeM's PFMS
  e-payment, a settlement's NEFT, an invoice's or a bill's NEFT / RTGS, a supplier's Bank Transfer (NEFT) /
  (RTGS), the banking pages, RazorpayX's IMPS, the alerts' NEFT / RTGS / IMPS), a SWIFT remittance either way
  (*settled* (new here) the Channel: SWIFT field, an MT910 (a SWIFT message), a FIRC's "received by SWIFT"),
  Cashfree's Netbanking - <bank>, a fee, a premium or a bill paid by Net banking; *settled* (new here)
  "wallet" for PayPal (Payment type: Goods and services; as heldout24's to heldout28's wallets); UPI for the
  UPI screens, a web payment by UPI, the outlet's UPI, the web order's UPI (Razorpay), PhonePe, a fee, a
  premium or a bill paid by UPI, the Bharat Connect screens paid from UPI, Manipur Rural Bank's and State Bank
  of India's UPI alerts, and *settled* (new here) a card terminal's UPI SALE slip (the terminal's, not a
  card); card on slips and the e-charge slips, Razorpay's card, the outlet's Card - VISA, a fee, a premium or
  a bill paid by Debit card; cheque for a cheque received or returned and a premium paid by cheque; cash for a
  receipt, a memo, a wage card, a voucher or a fee paid in cash.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout263): a UPI
  reference / UTR / RRN / IMPS reference (*settled* (new here) a UPI screen's UPI transaction ID / Bank
  reference number (Amazon Pay's, its UPI reference) / UPI Ref. No. / RRN / UTR / UPI Ref No / UPI reference
  number / UTR No. / UPI RRN / RRN No. / UPI ref. ID, Razorpay's UPI RRN / Bank RRN, Cashfree's Bank reference
  on UPI, PFMS's Bank transaction ref. (UTR), a settlement's Bank UTR, an advice's UTR / Reference #, a
  receipt's UPI Ref. / UTR / UPI ref. / Payment ref. (the web order's, its UPI reference), a supplier's
  Reference Number (a payment receipt's, the UTR) / UTR: / UPI RRN: beside the Mode, a banking page's UTR /
  UTR No. / IMPS RRN / Reference No. (UTR), a wage card's UPI ref., RazorpayX's UTR, PhonePe's UTR, a fee's
  UPI ref. / UPI ref. No., an insurer's UPI ref. / UPI ref. No. / Bank ref. No. (UTR) / the SMS's "UPI ref", a
  slip's RRN: / CUST REF NO: / RRN, a utility's UPI ref. No. / UPI Ref. No., the alerts' UPI Ref No / Refno /
  UTR / RRN / Ref / UTR: / IMPS RRN), then a bank reference (*settled* (new here) Cashfree's Bank reference on
  net banking, an inward advice's Inward ref. / IRM No., a banking page's Transaction ID / Bank reference No.
  (the bank's), a fee's, an insurer's or a utility's Bank ref. No., the e-Payment challan's CIN (bank), a
  Bharat Connect Ref. No.), then a transaction / payment id (*settled* (new here) the payer's app's own Amazon
  Pay transaction ID / BHIM txn ID / Navi transaction ID / Paytm txn ID / POP transaction ID / Airtel txn ID,
  Razorpay's Payment ID (pay_...), Cashfree's CF payment ID, PFMS payment ID, GeM's Payment request ID,
  PayPal's Transaction ID, RazorpayX's Payout ID (pout_...), PhonePe's Transaction ID, a fee's Transaction ID
  and the challan's GRN (as heldout263's OGRAS GRN), BillDesk's Transaction ref. No., a UPI SALE slip's TXN
  ID:, an e-charge slip's Txn ID, a utility's Transaction ID), then an approval code (Razorpay's Auth code,
  the outlet's Approval code, a slip's AUTH: / Auth code), then an order's number (Razorpay's Order ID,
  order_...), then a document's own number (*settled* (new here) a printed advice's Advice No., an e-mail's
  Payment #, a settlement's Settlement ID, a FIRC No., an invoice's Invoice No. (the billing app's and the
  heading row's), the society's Receipt No., a supplier's Receipt No. (PR-...), a Wage card No. / Voucher No.,
  a fee's Receipt No., an insurer's Receipt No. (the SMS's where it prints no UPI ref), a slip's INV:).
  *settled*: never a card, account or mobile number, a UPI ID or VPA (*settled* (new here) a slip's PAYER
  VPA:), IFSC, GSTIN, a Cheque No., a Purpose code, the number of a bill listed on an advice or in a Payment
  for table, a Policy No. / Proposal No., a Customer ID / Policy No., *settled* (new here) a Sanction No.,
  Contract No., CRAC No., Party code, Order ref., Buyer's Order No., an MT910's :20: Transaction reference,
  :21: Related reference and :25: Account identification (as heldout263's :20: Sender's reference), a Member
  No., Regd. No., Licence No., Scale No., Book No. (a receipt book's) or Cash book folio, a Consumer No.,
  Meter No., the Token (key in) (a keypad meter's 20 digits), Account No., Connection No., VC No., LPG ID or
  Mobile No., a GI application No., a slip's TID: / MID: / BATCH: / ROOM: / FOLIO: / TABLE: / COVERS: / PUMP:
  / VEH:, a Vehicle No., or the Maker / Checker."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout265_families import (
    bank_alerts,
    buyer_advices,
    buyer_upi,
    card_slips,
    compose,
    export_wires,
    govt_fees,
    insurer_receipts,
    own_receipts,
    supplier_invoices,
    utility_bills,
    vendor_transfers,
    worker_pay,
)

SPLIT = "heldout265"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages: heldout119's kinds of face drawn from another mix (the condensed and narrow sans, the display and
# condensed serifs, Noto Mono and a bold mono on the slips).
SCREEN_FACES = [
    "noto/NotoSansDisplay-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
]
PAGE_FACES = SCREEN_FACES[:4] + [
    "noto/NotoSerifDisplay-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
]
PAPER_FACES = [
    "dejavu/DejaVuSerifCondensed.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoMono-Regular.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
BILL_FACES = [
    "noto/NotoSerifDisplay-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSerif-Regular.ttf",
]
SLIP_FACES = [
    "dejavu/DejaVuSansMono-Bold.ttf",
    "noto/NotoMono-Regular.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]

FAMILIES: list[Family] = [
    ("buyer_upi", buyer_upi, SCREEN_FACES),
    ("buyer_advices", buyer_advices, PAGE_FACES),
    ("export_wires", export_wires, PAGE_FACES),
    ("own_receipts", own_receipts, PAPER_FACES),
    ("supplier_invoices", supplier_invoices, BILL_FACES),
    ("vendor_transfers", vendor_transfers, PAGE_FACES),
    ("worker_pay", worker_pay, PAPER_FACES),
    ("govt_fees", govt_fees, PAGE_FACES),
    ("insurer_receipts", insurer_receipts, PAGE_FACES),
    ("card_slips", card_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout265_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout265 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
