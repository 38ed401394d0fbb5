"""heldout264: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Bastar craft house's day in 2026 in Kondagaon district, Chhattisgarh (Ghadwa
Kala Bastar Producer Company Ltd, a producer company owned by its member artisans of the Ghadwa casters, the
Lohar smiths and the Kumhar potters; its dhokra casting yard at Bhelwapadar Para, Bhelwapadar Dhokra
Karyashala, where the casters build a clay core, wind threads of bee wax and dhuna (sal resin) over it, coat
it in clay, melt scrap brass in the bhatti and pour it by the lost-wax way into Nandi bulls, elephants, horse
riders, Madiya dancers, Ghotul musicians, deer, lamps and trees of life, paid by the kilo of castings weighed
into the store, its wax thread makers by the kilo of thread; the yard casts by the kilo on a Jagdalpur
designer's own brass and sells its brass ash and dross by weight to a Raipur refiner; its wrought iron forge
at Umargaon, Umargaon Loha Shilp Kendra, where the smiths beat lamp trees, Bastar horses, tree of life panels
and candle stands out of iron bar, paid by the piece; its terracotta kiln at Kumharpara, Kumharpara Mati Shilp
Kendra, where the potters throw and fire the long-necked Bastar horses, elephants, lamps and plaques, paid by
the piece; and its showroom on G.E. Road, Telibandha, Raipur, Bastar Kala Griha, which sells to the town and
to tourists, takes hotels' lobby orders for dhokra by the kilo and keeps a stall in the Chhattisgarh pavilion
of the India International Trade Fair at Bharat Mandapam, New Delhi), told by the proofs of payment it
receives (buyers' BHIM, Navi, Amazon Pay (forwarded on WhatsApp) and Paytm screens, the showroom's own PhonePe
Business and BharatPe screens of money received, the web shop's Razorpay page and Cashfree's e-mailed receipt,
the Chhattisgarh Hastshilp Vikas Board's and the Bhopal tribal museum's letters in Hindi, TRIFED's and a
Kolkata gallery's ERP advices, a Raipur hotel's and a Bengaluru interiors studio's bank pages forwarded on
WhatsApp, two marketplaces' settlements, importers' wires from Lyon, Zurich, London, Singapore, Dubai, Oslo,
Tokyo and Taos in euros, Swiss francs, pounds, Singapore dollars, dirhams, Norwegian kroner, yen and US
dollars, the showroom's counter bills to a Raipur lady and a French tourist and its lobby order bill to a
Raipur hotel, the yard's wholesale bill by the kilo to a Delhi emporium, its job work bill on a Jagdalpur
designer's brass and its dross memo to a Raipur refiner, the forge's payment receipt to a Chitrakote resort,
the accounts desk's receipt for a Bengaluru gifting house's advance, buyers' cards on the showroom's (at
Telibandha and at the trade fair), the company's and the yard's terminals) and those it makes (the Raipur
brass scrap dealer's, the Jagdalpur wax and resin trader's, the Bhilai steel stockist's, the Moradabad polish
house's, the Raipur box maker's and the Jabalpur refractory's invoices, memos and e-mails, corporate net
banking to the furnace mason, the showroom's landlord, the security agency, the chartered accountants, the
solar installer, the trade fair stall fabricator, the carrier and the photo studio, the casters' and the wax
thread maker's slips by the kilo and the smiths' and potters' by the piece, RazorpayX payouts to a smith and
the kiln fireman, a PhonePe and a BHIM payment to the polisher and the packing helper, the Nagar Palika
Parishad's property tax and trade licence, the Environment Conservation Board's consent fee, ESIC's
contribution, the Legal Metrology Department's verification of the scales, the GI Registry's authorised user
fees, DGFT's IEC fee, the Labour Department's shop registration and the Forest Division's transit pass fee for
charcoal, the insurers' receipts for the yard and its stock, the showroom, the export cargo, the staff's and
artisans' health, the employees' compensation, the Tata Ace, the artisans' accidents and the stock at the
trade fair, its card at a filling station on NH-30 at Keshkal, a Jagdalpur hotel, a Raipur hardware shop and a
Kondagaon dhaba, CSPDCL's power and the fibre, postpaid, DTH and gas bills, the banks' SMS and e-mail alerts).
One payment per page. Each family: six successes, one failure, one wait; one page prints no transaction id and
one no day (truth None for those fields).

Layouts (the families' docstrings list each one's labels; "new" is new against heldout262 and heldout263):

* ``buyer_upi``: BHIM's and Navi's receipt as a table, each label above its value two to a row (Paid to /
  Payee / To over the payee beside Amount / Amount (INR) over the sum; Date beside Time; Payee UPI ID beside
  Paid from) (new); Amazon Pay's and Paytm's receipt as captions, each value first with its caption small
  under it (Receiver / Paid to / Sent to / Paying to under the payee, an unlabelled day and hour over Date &
  time / Paid on / Started on), Amazon Pay's forwarded as an image in a WhatsApp chat (new); the showroom's
  own PhonePe Business and BharatPe screens of a payment received, Received from <payer> above Credited to /
  Received in / Store <showroom> (new); the web shop's Razorpay payment page, the shop's name on top (new);
  and Cashfree's e-mailed receipt whose sentence tells the payment ("Your payment of <sum> to <shop> was
  successful.") (new).
* ``buyer_advices``: a letter in Hindi in Latin letters (Kramank beside Dinank on one row, Prati, over the
  managing director's line and the payee, Vishay, Mahoday, Bill kr. rows, Kul bill rashi (GST sahit),
  Ghatayen: TDS (GST) rows, Bhugtan rashi (net paid) / Lautayi gayi rashi (amount returned), Madhyam (mode))
  (new); an ERP PAYMENT ADVICE / VENDOR PAYMENT ADVICE in two columns ("Payee: <payee>" beside "Payment doc.:
  <no.>", Vendor code beside Posting date, Bank beside Mode, A/c beside UTR / IMPS ref.) (new); the payer's
  bank page forwarded by its accountant in a WhatsApp chat (new); and a marketplace's settlement page (Seller,
  Settlement ID, Bank UTR, the orders, commission, GST on it, TCS under GST @ 0.5%, TDS u/s 194-O @ 0.1%, Net
  settlement amount) (new). GST at 5% on the goods; TDS under GST (CGST and SGST @ 1% within Chhattisgarh,
  IGST @ 2% from Bhopal and Delhi).
* ``export_wires``: a printed INWARD REMITTANCE ADVICE with the parties in two columns (REMITTER | BENEFICIARY
  over their names, towns and banks) (new); an EXPORT BILL REALISATION ADVICE / MEMO OF REALISATION (Drawee
  (buyer), Drawer (exporter), Bill amount (FCY), Less: Overseas bank charges, Amount realised (FCY) / Amount
  received (FCY)) (new); the remitter's own bank's confirmation page (Barclays, Mizuho Direct: the sum large,
  Payee name / Beneficiary name / Paid to, Our fee / Remittance fee, Confirmation number / Payment reference)
  (new); and the bank's e-mail whose sentence leads with the sum ("<sum> from <remitter> has been credited to
  your account XXXX1234 on <day>.") with a Beneficiary row. Euros the French way, Swiss francs with
  apostrophes, pounds, Singapore dollars, dirhams, Norwegian kroner the Norwegian way, yen whole (the word yen
  after on some) and US dollars.
* ``own_receipts``: the showroom's counter bill from its billing software (Bill No: beside Date:, Counter:
  beside Time:, each piece's name over its quantity x rate, NET AMOUNT, then the tender: Paid by UPI / Tender
  - UPI / Tender - Card / Paid by card) (new); the lobby order bill, the wholesale bill by the kilo, the job
  work bill on the designer's brass and the dross memo by weight with their number, day, place of supply and
  an order, transport, challan or vehicle box, each label above its value two to a row, the castings by pieces
  and kilos @ a rate a kilo, the designer's brass account (received, castings delivered, melting loss allowed,
  returned), the dross by gross less the sacks (new); and the books' PAYMENT RECEIPT (Receipt No., Payment
  Date, Reference Number, Payment Mode, Amount Received In Words, Amount Received small over the sum large,
  Received From, the invoices paid or the order the advance is for) (new). Hindi labels in Latin letters on
  some: Tarikh (date), Kharidar (buyer), Nagad prapt (cash received). PAYMENT RECEIVED - JOHAR (Johar,
  Bastar's greeting), the unit's rubber stamp.
* ``supplier_invoices``: a TAX INVOICE / GST INVOICE / TAX INVOICE CUM CHALLAN whose heads sit in boxes, each
  label above its value two to a row, the payment under Payment received at the foot (new); an invoice with a
  PAYMENT RECEIPT sentence at its foot ("Received with thanks <sum> from M/s <company> by <way>, UTR <ref>, on
  <day> against this invoice.", or the cheque "returned unpaid by the bank on <day>"), its own Invoice date
  above (new); the supplier's e-mail thanking for the payment ("We thank you for your payment of <sum>
  received by <way> on <day> against our invoice <no.>.") (new); and a CASH / CREDIT MEMO / BILL CUM RECEIPT
  whose way is ticked in a row of boxes ("Payment:  [X] UPI  [ ] NEFT  [ ] Cash  [ ] Credit") (new). CGST and
  SGST within Chhattisgarh, IGST from Uttar Pradesh and Madhya Pradesh; the e-mails and bills in sans faces
  too.
* ``vendor_transfers``: ICICI Bank CIB, Union Bank Corporate NetBanking and Kotak FYN in four layouts, each
  new: the parties in two columns (From | To over the company's account and the payee, their banks, the
  account and IFSC); a FUND TRANSFER ACKNOWLEDGEMENT of numbered rows (1. Transaction type ... 6. Transaction
  status); the approver's queue (Transactions pending your authorisation, Approvals 1 of 2 received, Approve |
  Reject | Send back); a statement line opened (Txn date, Value date, Narration <way>/<UTR>/<PAYEE>,
  Withdrawal (Dr), Deposit (Cr), Balance, Status: Posted).
* ``worker_pay``: the yard's slips by the kilo (DHALAI BHUGTAN PARCHI - WAJAN SE / CASTERS' PAYMENT SLIP - BY
  WEIGHT OF CASTINGS / MOM DHAGA BHUGTAN PARCHI - PRATI KILO / WAX THREAD WAGES - BY THE KILO: Parchi kr.
  beside Dinank, the kilos @ a rate a kilo, and the payee only at the foot: "Rakam prapt ki (received by):
  <name>") (new); the forge's and the kiln's piece-rate slips with boxes two to a row, each label above its
  value (Karigar (artisan) and Sadasya kr. (member No.), Parchi kr. and Dinank, Gaon and Hafta (week)) (new);
  RazorpayX payout pages with boxes (Contact and Mode, Fund account and Purpose, Payout ID and UTR, Created at
  and Reference ID) (new); PhonePe's screen (Paid to over the name with the sum on its right, after
  heldout106's) and BHIM's table (as ``buyer_upi``'s).
* ``govt_fees``: printed counter receipts in Hindi in Latin letters (Nagar Palika Parishad, Kondagaon;
  Kondagaon Forest Division: RASID / RECEIPT, Rasid kr. beside Dinank, Kul prapt rashi (total received),
  BHUGTAN PRAPT (PAYMENT RECEIVED), the office's rubber stamp) (new); SBIePay and PayGov India pages naming
  the department under Merchant / Department (the Environment Conservation Board, ESIC, DGFT) (new); e-Kosh's
  Cyber Treasury e-challan (the department on top, GRN beside CIN and Challan date beside Bank in boxes, the
  heads with their codes) (new); and the GI Registry's E-RECEIPT (CBR No., CBR date, the forms).
* ``insurer_receipts``: a POLICY SCHEDULE CUM PREMIUM RECEIPT / SCHEDULE AND PREMIUM RECEIPT whose receipt
  sits at its foot under PREMIUM RECEIPT (new); the insurer's payment page with the sum large and boxes two to
  a row (new); and the insurer's SMS (ICICI Lombard's, Royal Sundaram's) in a messages app (new).
* ``card_slips``: each field on its own line with its key padded to a colon (DATE      : 14/10/2026, TIME,
  MID, TID, BATCH NO, INVOICE NO, CARD NO, CARD TYPE, ENTRY, APPR CODE, RRN, AMOUNT    : Rs. x) (new); or two
  fields to a line with no key or the key run into the value (<day> beside <hour>, TID:<no.> beside MID:<no.>,
  BATCH:<no.> beside INV:<no.>, AUTH:<code> beside RRN:<ref>), then AMOUNT small over the sum large (new).
* ``utility_bills``: CSPDCL's Mor Bijli app receipt (the distributor on top under the app's line); a Bharat
  Connect receipt in Google Pay, Amazon Pay, PhonePe and Paytm with boxes two to a row (Biller beside Amount
  paid / Amount) (new); and the biller's SMS (CSPDCL's, Dish TV's) (new).
* ``bank_alerts``: SMS in a messages app in Chhattisgarh Rajya Gramin Bank's, Union Bank of India's, IDBI
  Bank's, Kotak's, State Bank of India's and Bank of Maharashtra's wordings (all new); ICICI Bank's e-mail
  with boxes two to a row (new) and Indian Bank's e-mail sentence ending in its narration ("towards
  <way>/<UTR>/<payee>.") (new).

The faces are heldout119's with a few more that earlier sets draw in: the screens' in Liberation Sans Narrow
too, the pages' in DejaVu Serif Condensed and FreeSerif too (the suppliers' bills and e-mails among them, in
sans faces as well as serif), the slips' in FreeMono Bold and DejaVu Sans Mono Bold too, the paper's in
FreeMono Bold and DejaVu Serif Condensed too. The trade fair stall's card slip is drawn in the fair's days (14
to 27 November 2026) and its floater premium in the weeks before it; the other days anywhere in 2026.

Truth conventions (heldout263's and those it kept, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (new here): a UPI receipt
  laid out as a table pays the name in the box under Paid to / Payee / To (never the Payee UPI ID or Paid
  from); a receipt of captions pays the name over its caption Receiver / Paid to / Sent to / Paying to (the
  value first; never the UPI ID over Receiver's UPI ID or the bank over Paid from); the showroom's own PhonePe
  Business or BharatPe screen of money received pays the showroom under Credited to / Received in / Store,
  never the payer under Received from, its UPI ID, the app on top, Settled to, the QR or the soundbox; a
  Razorpay payment page pays the business on top, never Razorpay's footer; Cashfree's e-mail pays the one
  named after "to" in its sentence ("Your payment of <sum> to <shop> was successful."), never Cashfree or the
  sender; a WhatsApp chat's contact, bubbles and divider are never the payee. *settled* (heldout167 to
  heldout263): a payer's advice pays the one it pays, never the payer on top; here *settled* (new here) the
  line under Prati, (To,) and the managing director's line in a Hindi letter, the name after "Payee:" in an
  ERP advice's left column (never the Payment doc., Vendor code, Bank or Mode beside or under it), the
  Beneficiary name on a payer's bank page (never the bank on top or From A/c), and a marketplace's Seller /
  Seller name / Settled to (seller) (never the seller hub on top, the marketplace's line or the orders).
  *settled* (heldout155 to heldout263): a wire pays the company, here *settled* (new here) under BENEFICIARY
  in the right column of an advice's parties (never the REMITTER column), under Drawer (exporter) on a
  realisation (never Drawee (buyer)), under Payee name / Beneficiary name / Paid to on the remitter's own
  bank's page (never the remitter's bank on top, its line or the From account), under Beneficiary on the
  bank's e-mail (never the remitter named in its sentence or Remitter's bank). *settled* (heldout175 to
  heldout263): the company's own receipt pays the trade name on top, so the showroom's bills pay Bastar Kala
  Griha, the yard's Bhelwapadar Dhokra Karyashala, the forge's Umargaon Loha Shilp Kendra (capitals where so
  printed), a bill or receipt with the company on top the company, never the "A unit of" line, the party under
  Customer / Hotel / Buyer / Kharidar (buyer) / Job for (designer) / Party (metal owner) / Refiner (buyer) /
  Party / Received From, the signature lines or the rubber stamp. A supplier's name on top of its own paper,
  *settled* (new here) and on top of the body of its e-mail, never the company under Bill to / Buyer (bill
  to), the unit under Ship to (consignee), the payer named in a receipt sentence ("from M/s <company>"), or
  its rubber stamp. *settled* (heldout179 to heldout263): a corporate banking page pays the payee, here
  *settled* (new here) under To in the From | To columns, in the numbered row 3. Beneficiary name, under Payee
  in the approver's queue, or the narration's third part on a statement line (<way>/<UTR>/<PAYEE>, truncated
  as the bank prints it, as an SMS's), never the portal on top, the bank's line, the From column, 2. Debit
  account or Initiated by. *settled* (heldout150 to heldout263): a pay slip pays the worker, here *settled*
  (new here) the name after "Rakam prapt ki (received by):" at the slip's foot, or in the box under Karigar
  (artisan); never the company on top, the yard's, forge's or kiln's line, Karigar kod (artisan code), Sadasya
  kr. (member No.) or Gaon; a RazorpayX payout the Contact (as heldout259's), never RazorpayX or its Payouts
  line; PhonePe's screen the name on the line under Paid to, beside the sum. *settled* (heldout153 to
  heldout263): a fee page pays the authority on top as printed, *settled* (new here) Nagar Palika Parishad,
  Kondagaon / its capitals, Kondagaon Forest Division / Van Mandal Kondagaon (Forest Division), Controller,
  Legal Metrology, Chhattisgarh / Legal Metrology Department, Chhattisgarh, Labour Department, Chhattisgarh /
  Office of the Labour Commissioner, Chhattisgarh, Geographical Indications Registry; never the line under it
  (the e-challan's "Cyber Treasury e-Challan | e-Kosh" line, the Controller General's line), nor the company
  under Dhaarak ka naam (holder) / Dharak (holder) / Remitter / Applicant / Paid by / Customer name; *settled*
  (new here) a payment aggregator's page pays the department under Merchant / Department, never SBIePay or
  PayGov India on top. *settled* (heldout199 to heldout263): an insurer's receipt pays the insurer on top
  (full name, capitals where so printed), never the product line, the office line or the company under
  Insured; *settled* (new here) an insurer's SMS the insurer as it names itself (ICICI Lombard, Royal
  Sundaram), never the sender id. A slip's counter name line in capitals (the house's own counters, BASTAR
  KALA GRIHA at Telibandha and at the trade fair, GHADWA KALA BASTAR PRODUCER CO and BHELWAPADAR DHOKRA
  KARYASHALA, on four; the filling station, the hotel, the hardware shop and the dhaba on the rest), never the
  terminal's brand or bank (*settled* (new here) WORLDLINE, HP PAY, UNION BANK OF INDIA, ICICI MERCHANT
  SERVICES, EZETAP BY RAZORPAY, KOTAK BANK, PHONEPE POS, PAYTM EDC) or the place line. *settled* (new here): a
  Bharat Connect receipt in boxes pays the name in the box under Biller (short or long as printed: BSNL Bharat
  Fibre / Bharat Sanchar Nigam Ltd, Airtel Postpaid / Bharti Airtel Ltd, CSPDCL / Chhattisgarh State Power
  Distribution Company Ltd, Bharat Gas / Bharat Petroleum Corporation Ltd), never the app or Customer name;
  CSPDCL's Mor Bijli receipt the distributor on top (CSPDCL or its full name), never the app's line or
  Consumer name; a biller's SMS the biller as it signs (CSPDCL, Dish TV). An SMS alert's payee as the bank
  sends it (*settled*, the truncated name as printed, without the sentence's full stop), *settled* (new here)
  Chhattisgarh Rajya Gramin Bank's "for UPI to <payee>.", Union Bank of India's "by <way> to <payee> Ref no",
  IDBI Bank's "to <payee> (A/c XX5678)", Kotak's "to <payee> via IMPS", Bank of Maharashtra's "to <payee> from
  A/c"; *settled* (new here) State Bank of India's "debited from your A/C ... by transfer" names no payee
  (None); ICICI Bank's e-mail the box under Beneficiary and Indian Bank's e-mail the narration's last part
  (<way>/<UTR>/<payee>), never the bank on top.
* amount / currency: the sum this payment moved. *settled* (new here): a UPI table's Amount / Amount (INR)
  box; a caption receipt's, a received screen's and a Razorpay page's sum large; Cashfree's sentence's sum.
  *settled* (heldout152 to heldout263): a payer's advice counts its net sum, *settled* (new here) Bhugtan
  rashi (net paid) / Lautayi gayi rashi (amount returned) (the bills with their GST at 5% under Kul bill rashi
  (GST sahit), less Ghatayen: TDS (GST) - CGST @ 1% and SGST @ 1% or IGST @ 2% and a Ghatayen: Toot-phoot
  (broken in transit) - n nag), an ERP advice's Amount paid / Net amount (less TDS (GST) - IGST @ 2% or a
  Less: Cash discount @ 1.5% (paid in 10 days)), a payer's bank page's sum large, a marketplace's Net
  settlement amount / Amount settled, never the bills, the Total order value, a *settled* (new here) Less:
  Commission @ n%, Less: GST @ 18% on commission, Less: TCS under GST @ 0.5% or Less: TDS u/s 194-O @ 0.1%.
  *settled* (heldout155 to heldout263): an inward wire's foreign sum, *settled* (new here) Amount of
  remittance / Amount returned to remitter, Amount realised (FCY) / Amount received (FCY) (net of the overseas
  bank's charges), the remitter's page's sum large, the e-mail sentence's sum; never the *settled* (new here)
  Bill amount (FCY), Less: Overseas bank charges, Our fee / Remittance fee or INR credited, the INR
  equivalent, Less: Commission and GST or Net credit to your account (INR) (as heldout261's INR equivalent and
  Less: Commission and GST), the Exchange rate / Rate / Rate of exchange no sum; in euros the French way (as
  heldout261's: spaces between the thousands and a decimal comma, the euro sign or EUR after the sum, or EUR
  before it: 18 500,00 EUR is 18500.00), Swiss francs with apostrophes (as heldout261's: CHF 3'502.76 and
  3'502.76 CHF are 3502.76), pounds (heldout152's marks), Singapore dollars (S$ / SGD) and dirhams (AED before
  or after) as heldout261's, *settled* (new here) Norwegian kroner the Norwegian way (NOK 12 450,50 and
  kr 12 450,50 are 12450.50), yen whole (JPY 1,245,000, the yen sign where the face draws it, and *settled*
  (new here) the word after the sum: 1,245,000 yen) and US dollars (USD / US$). *settled* (heldout175 to
  heldout263): a receipt counts the sum received, *settled* (new here) the counter bill's tender (Paid by UPI
  / Tender - UPI / Tender - Card / Paid by card, its NET AMOUNT the same), a bill's Received by NEFT / NEFT
  receipt / Cash received / Nagad prapt (cash received) / Cheque received for / Cheque recd. (subject to
  realisation) (its Bill total (with GST) / Grand total the same), the PAYMENT RECEIPT's Amount Received
  (small over the sum large); never the pieces, kilos, rates, the brass account's kilos, the sacks, the Sub
  total, a Less: Festive offer 10% / Less: Member discount 5%, the GST, the Round off, an invoice's Payment
  Amount under Invoice Number / Date | Payment Amount where two are paid, the *settled* (new here) Order value
  (incl. IGST @ 5%) or the Balance payable on dispatch. A whole sum closed with /- (Rs. 12,450/-) is that sum
  in whole rupees (heldout259). *settled* (heldout187 to heldout263): a supplier's invoice counts the sum
  paid, *settled* (new here) Received by NEFT / RTGS / Cheque received (subject to realisation) under Payment
  received, the sum in the receipt sentence, the sum in the e-mail's sentence (its Amount received the same,
  after a Less: TDS u/s 194Q @ 0.1%), the memo's Amount paid; never the Taxable value, a goods line, the GST
  or the Invoice value / Total invoice value where less was paid. A banking page's *settled* (new here) Amount
  debited / Transfer amount / Amount / 5. Amount or a statement line's Withdrawal (Dr), never its Balance.
  *settled* (heldout167 to heldout263): a pay slip's net sum, *settled* (new here) Shuddh bhugtan (net paid) /
  Dey rashi (net paid) (the kilos @ a rate a kilo or the pieces x rate, plus an Add: Fine thread (jaali)
  bonus, less a Less: Brass short-returned / Wax wasted - n kg @ rate, Less: Cracked in firing - n @ rate or
  Less: Peshgi (advance) adjusted), never the Kul (gross); a payout's sum large; PhonePe's sum beside the
  payee. *settled* (new here): a counter receipt's Kul prapt rashi (total received), an aggregator's Amount
  (INR) / Transaction amount, an e-challan's Total, the GI e-receipt's Total amount; never a head. *settled*
  (heldout199 to heldout263): an insurer's premium with its GST, *settled* (new here) the schedule's Amount
  received / Cheque amount under PREMIUM RECEIPT (its Total premium (incl. GST) the same), the payment page's
  sum large, the SMS's sum; never the Premium (net) / Premium (before GST), the add-on, the CGST and SGST @ 9%
  / GST @ 18%, or the sums insured, wages, members, IDV or artisans. A slip's *settled* (new here) AMOUNT :
  <sum> or AMOUNT small over the sum large, never RATE/LTR or VOLUME. A Bharat Connect receipt's Amount paid /
  Amount box, Mor Bijli's sum large, a biller's SMS's sum (never Dish TV's Balance). An alert's sum debited
  (each bank's wording, grouped the Indian or the English way or not at all), ICICI Bank's Amount box, Indian
  Bank's sentence's sum; never Avl Bal or Available balance. Currency INR but on the wires.
* status: as printed. *settled* (new here): a UPI table's Transaction successful / Payment sent successfully
  successes, Transaction failed - declined by the payee's bank failed; a caption receipt's Payment successful
  / Money sent successes, Payment pending - awaiting confirmation from the bank pending; a received screen's
  Payment received / Received successfully / Money received - settled to your bank, Razorpay's Payment
  successful / Thank you! Your payment was successful and Cashfree's sentence "... was successful." successes.
  *settled* (new here): a Hindi letter's Bhugtan jaari - aapke khate mein jama (payment released) success and
  Bhugtan vaapas - khate ka naam mel nahin khata (returned by bank) failed; an ERP advice's Payment executed -
  credited to your account / Status: Paid, a payer's bank page's Transaction successful / Funds transferred
  successfully successes and Scheduled - will go in the next NEFT batch pending; a marketplace's Settled to
  your bank account / Settlement completed successes. *settled* (new here): a wire's Credited to your account
  / Status: Credited, Bill realised - proceeds credited to your account, Payment sent / Your international
  payment has been sent and the e-mail's "has been credited" successes, Proceeds held - give the purpose code
  and invoice copy to realise the bill pending, Recalled by the remitter's bank - funds returned, not credited
  failed. *settled* (heldout167 to heldout263): a cheque received and not yet cleared pending, a cheque
  returned failed, so *settled* (new here) CHEQUE IN CLEARING - PIECES RELEASED ON REALISATION and CHEQUE IN
  CLEARING - RECEIPT VALID ON REALISATION pending, CHEQUE DISHONOURED - PAY BY NEFT OR UPI, CHEQUE RETURNED -
  PLEASE PAY BY RTGS and the sentence "Cheque for <sum> ... was returned unpaid by the bank on <day>" failed;
  PAID - JOHAR, VISIT AGAIN, PAYMENT RECEIVED - JOHAR, PAID - THANK YOU, PAID IN FULL - GOODS WEIGHED AND
  PACKED, PAID IN FULL - DROSS WEIGHED AND LIFTED, RECEIVED - THANK YOU, ADVANCE RECEIVED - CASTING OF YOUR
  ORDER HAS BEGUN, PAID, RECEIVED IN FULL, PAYMENT RECEIVED - THANK YOU, a receipt sentence "Received with
  thanks ..." and a supplier's "We thank you for your payment ..." successes. *settled* (new here): a banking
  page's Transaction successful - beneficiary credited / Funds transferred / 6. Transaction status: Successful
  and a statement line's Status: Posted successes, Pending authorisation - awaiting the second approver
  pending, Failed - beneficiary account frozen, amount reversed to your account (6. Transaction status:
  Failed) failed; a slip's PAID / PAID - CASTINGS WEIGHED INTO STORE / PAID - THREAD WEIGHED INTO STORE / PAID
  - PIECES CHECKED INTO STORE / PAID IN CASH - ENTERED IN SHILPI PASSBOOK successes; RazorpayX's Payout
  processed / Processed - credited to the contact's bank successes, Payout queued - the beneficiary bank is
  slow, retrying pending; PhonePe's Transaction Successful / Payment successful successes. *settled* (new
  here): a counter receipt's BHUGTAN PRAPT (PAYMENT RECEIVED), an aggregator's Transaction successful /
  Payment successful - the department has been informed, an e-challan's Challan paid - credited to the
  treasury / Status: Success and the GI Registry's Payment received - e-receipt generated successes,
  Transaction failed - amount not debited, please try again failed, Transaction pending - awaiting your bank's
  confirmation, do not pay again pending. *settled* (new here): an insurer's Premium received - cover in
  force, Payment successful - policy issued / Premium paid and its SMS of a premium received successes, Cover
  held subject to realisation of the cheque pending, Payment failed - policy not renewed, retry within 30 days
  failed. *settled* (new here): a slip's APPROVED / TXN APPROVED - PIN VERIFIED / APPROVED - THANK YOU, VISIT
  AGAIN successes, DECLINED - 55 INCORRECT PIN failed, NO RESPONSE FROM HOST - CHECK STATUS BEFORE RETRY
  pending. *settled* (new here): a Bharat Connect receipt's Bill paid successfully / Paid - biller confirmed,
  Mor Bijli's Payment successful / Bill paid - thank you and a biller's SMS successes, Payment in progress -
  biller confirmation awaited (up to 48 hours) pending, Payment failed - money will be refunded in 3-5 days
  failed (whatever the refund). *settled*: an SMS debit alert a success whatever its bank's wording; *settled*
  (new here) IDBI Bank's "is accepted and under process" pending, Bank of Maharashtra's "failed - invalid
  beneficiary account. Amount credited back." failed; ICICI Bank's Status: Debited successfully and Indian
  Bank's "has been debited" successes.
* date: the day paid. *settled* (new here): a UPI table's Date box; a caption receipt's unlabelled day and
  hour over Date & time / Paid on / Started on, and the other unlabelled days and hours here (14 Oct 2026 at
  4:12 PM, 14-10-2026 | 16:12:05, Wednesday, 14 October 2026, 4:12 pm, 14.10.2026, 16:12); a received screen's
  Received on / Date & time; Razorpay's Paid on / Date of payment; Cashfree's Transaction time / Paid on.
  *settled* (new here): a Hindi letter's Dinank beside Kramank, an ERP advice's Posting date, a payer's bank
  page's Transaction date / Date & time / Scheduled on / Submitted on, a marketplace's Settlement date / Paid
  on; a wire's Value date / Returned on beside the Advice No., Realised on / Date of realisation / Funds
  received on, the remitter's Payment date / Date sent, the day in the e-mail's sentence; a counter bill's
  Date: beside Bill No:, a bill's Bill date / Tarikh (date) box, a PAYMENT RECEIPT's Payment Date; an
  invoice's Invoice date box, the day in a receipt sentence (never the Invoice date above it, nor the cheque's
  "dt." day), the day in a supplier's e-mail sentence, a memo's Date beside its No.; a banking page's
  Transaction date and time / Processed on / Value date / Initiated on / Created on / Failed on / Reversed on,
  a statement line's Txn date (its Value date the same); a slip's Dinank beside Parchi kr. or in its box;
  RazorpayX's Created at; a counter receipt's Dinank, an aggregator's Transaction date / Date & time /
  Attempted on / Initiated on, an e-challan's Challan date, the GI Registry's CBR date; an insurer's Receipt
  date / Cheque tendered on under PREMIUM RECEIPT, its page's Payment date / Attempted on, the day in its SMS;
  a slip's DATE      : <day> or the unlabelled day beside the hour; Mor Bijli's Paid on / Payment date, a
  Bharat Connect box's Date & time, the day in a biller's SMS; the SMS's day (Chhattisgarh Rajya Gramin Bank's
  "on 14-10-26" is 2026-10-14, State Bank of India's "on 14Oct26" is 2026-10-14) and IDBI Bank's "dated
  <day>", ICICI Bank's Date box, Indian Bank's sentence. All numeric days here are day first (heldout251,
  heldout259). *settled*: never a Due date, a Cheque dt., a Period of insurance, an invoice number's or a slip
  number's financial year or an e-mail's hour; never the day of a bill listed on an advice written "dt. <day>"
  (heldout246), the day inside a UTR (heldout210); never *settled* (new here) an invoice's own date where a
  receipt sentence tells the payment, an SB date, a Bill month, the chat's hours, the year of a head (Samekit
  sampatti kar (property tax) 2026-27) or the day inside an e-challan's CIN.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a wire either way (*settled* (new here) Mode: SWIFT
  MT103, Received through SWIFT MT103, Payment type International payment (SWIFT), Channel SWIFT gpi (MT103)),
  a payer's NEFT / RTGS / IMPS (Madhyam (mode), Mode:), a marketplace's Mode "NEFT to current A/c", a
  receipt's *settled* (new here) Bank Transfer (NEFT) / (RTGS) and Received by NEFT, a supplier's NEFT / RTGS,
  the banking pages', a slip's or a payout's IMPS, a fee, a premium or a bill paid by Net banking, the alerts'
  NEFT / IMPS / RTGS; UPI for the UPI screens (the payee's or the payer's UPI ID), a received screen's From
  UPI ID, a receipt's Paid by UPI / Tender - UPI, a memo ticked [X] UPI, a slip's, a fee's, a premium's
  ("received by UPI") or a bill's UPI and Chhattisgarh Rajya Gramin Bank's UPI alert; card on slips (CARD NO),
  a counter bill's Tender - Card / Paid by card, a page's card, a fee or a premium by Debit card; cheque for a
  cheque received, returned or tendered; cash for a bill, a slip or a counter receipt paid in cash. *settled*
  (new here): None where the page names no way (an insurer's or a biller's SMS that does not, State Bank of
  India's "by transfer").
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout263): a UPI
  reference / UTR / RRN / IMPS reference (*settled* (new here) a UPI table's or caption's UPI transaction ID /
  UPI Ref. No. / UTR / UPI reference No. / Bank reference No. (Amazon Pay's UPI reference), a received
  screen's UTR / UPI Ref. No. / UPI reference No., Razorpay's UPI RRN, Cashfree's Bank reference No. on a UPI
  payment, a Hindi letter's UTR / IMPS ref., an ERP advice's UTR: / IMPS ref.:, a payer's bank page's UTR No.
  / UTR / IMPS ref. No. / RRN, a marketplace's Bank UTR, a counter bill's UPI RRN, a bill's NEFT UTR / RTGS
  UTR, a PAYMENT RECEIPT's Reference Number, a supplier's NEFT UTR / RTGS UTR / UTR / UPI ref. and the UTR in
  its receipt sentence, a banking page's UTR / NEFT UTR / RTGS UTR / IMPS RRN and the UTR in a statement's
  narration, a slip's UPI Ref. No. / IMPS RRN, RazorpayX's UTR, PhonePe's UTR, a counter receipt's UPI ref.,
  an aggregator's Bank reference No. on a UPI payment, an insurer's UPI ref., a slip's RRN / RRN:, Mor Bijli's
  and a Bharat Connect box's UPI ref., the alerts' UPI Ref / Ref no / Ref No / UTR and ICICI Bank's UTR box),
  then a bank reference (*settled* (new here) a wire's Advice No. / IRM No. / Our bill ref., a payer's bank
  page's Transaction ref. No., a banking page's Bank reference No., Razorpay's and Cashfree's Bank reference
  on net banking, an aggregator's Bank reference No., an e-challan's CIN, the GI Registry's Bank transaction
  ID, an insurer's Bank ref. / Bank ref. No., Mor Bijli's Bank ref. No., a Bharat Connect box's Bharat Connect
  ref.), then a transaction / payment id (*settled* (new here) the UPI apps' own BHIM order ID, Navi
  transaction ID, Amazon Pay transaction ID, Paytm transaction ID, PhonePe's Transaction ID and BharatPe txn
  ID, Razorpay payment ID, Cashfree's CF payment ID, a marketplace's Settlement ID, the remitter's
  Confirmation number / Payment reference, the approver's queue's Request ID, RazorpayX's Payout ID, an
  aggregator's SBIePay ref. ID / PayGov txn ID, an e-challan's GRN, an insurer's Transaction ID / the Txn ID
  in ICICI Lombard's SMS, Mor Bijli's Transaction ID, a failed Bharat Connect receipt's App txn ID, Dish TV's
  Txn ID), then an approval code (Razorpay's and Cashfree's Auth code, a counter bill's *settled* (new here)
  Approval code, a slip's APPR CODE / AUTH:), then an order's number (*settled* (new here) Cashfree's Order
  ID, RazorpayX's Reference ID, an aggregator's Merchant order No.), then a document's own number (*settled*
  (new here) a Hindi letter's Kramank, an ERP advice's Payment doc., a counter bill's Bill No:, a bill's Order
  bill No. / Wholesale bill No. / Bill No. / Job bill No. / Memo No., a PAYMENT RECEIPT's Receipt No., a
  supplier's Invoice No. / No., a slip's Parchi kr., a counter receipt's Rasid kr., the GI Registry's CBR No.,
  an insurer's Receipt No. and Royal Sundaram's Receipt No. in its SMS, a slip's INVOICE NO / INV:, Mor
  Bijli's Receipt No., CSPDCL's SMS's Receipt No.). *settled*: never a UETR, MID / TID / BATCH NO / BATCH:, a
  card, account or mobile number, a UPI ID or VPA, IFSC, GSTIN, a cheque number, a Purpose code, an E-way bill
  No., the Vendor code and a bill listed on an advice; never *settled* (new here) an order listed on a
  settlement, Your invoice and Invoice No. on a wire, the Shipping bill No., a SWIFT / BIC, a Buyer's order
  No. / Order ref., a Brass challan No., a Vehicle No. / VEHICLE / VEH:, Karigar kod, Sadasya kr. (member
  No.), Hafta (week), Bhavan kr. (holding No.), Ward kr., Anugya patra kr. (transit pass No.), Application
  No., Employer code, IEC, GI application No., a Policy No. / Cover note No. / Renewal notice No. / Proposal
  No., a vehicle's Registration No., RES NO, BILL NO / BILL:, STEWARD, BP Number, Account No., Mobile No., VC
  No. or LPG ID."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout264_families import (
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

SPLIT = "heldout264"

# heldout119's faces with a few more that earlier sets draw in
SCREENS = SCREEN_FACES + ["liberation/LiberationSansNarrow-Regular.ttf"]
PAGES = PAGE_FACES + ["dejavu/DejaVuSerifCondensed.ttf", "freefont/FreeSerif.ttf"]
SLIPS = SLIP_FACES + ["freefont/FreeMonoBold.ttf", "dejavu/DejaVuSansMono-Bold.ttf"]
PAPERS = PAPER_FACES + ["freefont/FreeMonoBold.ttf", "dejavu/DejaVuSerifCondensed.ttf"]

FAMILIES: list[Family] = [
    ("buyer_upi", buyer_upi, SCREENS),
    ("buyer_advices", buyer_advices, PAGES),
    ("export_wires", export_wires, PAGES),
    ("own_receipts", own_receipts, PAPERS),
    ("supplier_invoices", supplier_invoices, PAGES),
    ("vendor_transfers", vendor_transfers, PAGES),
    ("worker_pay", worker_pay, PAPERS),
    ("govt_fees", govt_fees, PAGES),
    ("insurer_receipts", insurer_receipts, PAGES),
    ("card_slips", card_slips, SLIPS),
    ("utility_bills", utility_bills, SCREENS),
    ("bank_alerts", bank_alerts, SCREENS),
]


def make_heldout264_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout264 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
