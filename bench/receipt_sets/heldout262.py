"""heldout262: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Kinnal wooden craft house's day in 2026 in Koppal district, Karnataka (Kinhal
Chitragara Kale Pvt Ltd; its carving and lacquer workshop in the Chitragar lane (Chitragar Oni) at Kinnal,
Kinhal Chitragara Karyagara, where the carvers cut Garuda, Hanuman, Nandi, horses, parrots and the Dasara doll
sets (gombe) out of light hale wood, the painters lay the gesso (mitti), the lac colours and the imitation gold
foil, and old temple figures are restored by the figure; its wood seasoning and blank turning unit at
Bhagyanagar, Koppal, Kinhal Mara Hadagu Ghataka, which sells seasoned blanks by the cubic foot to the Kinnal
painters' co-operative and its sawdust and shavings by weight to a Hubballi particle board works; and its
showroom on Hampi Road, Hosapete, Kinhal Kale Mandira, which takes jatra and temple committees' orders for
processional vahanas by the foot of height and keeps a stall at Hampi Utsav at Kamalapura), told by the proofs of
payment it receives (temple visitors', hotels', maths', homestays' and shops' UPI screens in Google Pay, CRED,
MobiKwik, YONO SBI, super.money and Canara ai1 and the web shop's PayU and Easebuzz pages; Cauvery's (the
Karnataka State Handicrafts Development Corporation's), Lepakshi's (the Andhra Pradesh Handicrafts Development
Corporation's), a Mysuru doll house's, a Bengaluru toy company's, a Hampi resort's, a Hyderabad e-shop's, a Goa
museum shop's and the Gavimath trust's payment advices; importers' wires from Kyoto, Melbourne, Toronto (through
Skydo), Gothenburg, Kuwait, Wellington, Penang and Cape Town in yen, Australian dollars, Canadian dollars,
Swedish kronor, Kuwaiti dinars, New Zealand dollars, ringgit and rand; the showroom's cash memos to a Bengaluru
lady and a Japanese tourist and its money receipt for a jatra committee's Nandi vahana, the workshop's wholesale
invoice to a Chennai emporium and its restoration bill to a temple committee, the wood unit's blanks memo to the
co-operative and its sawdust memo to the Hubballi works, the accounts desk's receipt voucher for a Mumbai props
house's advance) and those it makes (the Hosapete timber depot's, the Jhalda lac works', the Jaipur foil house's,
the Mumbai pigment house's and the Hubballi box maker's invoices, yono BUSINESS, HDFC Bank ENet and KBL eCorp
transfers to the tool sharpener, the showroom's landlord, the security agency, the chartered accountants, the
photographer, the Hampi Utsav stall fabricator, the carrier and the charcoal mandi, the carvers', painters' and
sawyer's piece-rate vouchers, Open's payouts to the sander and the wood yard helper, a Google Pay and a Paytm
payment to the packing and polishing helpers, Koppal City Municipal Council's trade licence on Karnataka One, a
GST PMT-06 receipt, an income-tax advance tax challan, Karnataka's professional tax, the Karnataka Forest
Department's timber transit permit fee, the Karnataka State Pollution Control Board's consent renewal, ESIC's
contribution and EPFO's ECR, the insurers' receipts for the workshop and wood stock, the showroom, the export
cargo, the workers' health, the employees' compensation, the home artisans' accidents, the pickup and the Hampi
Utsav stall, card slips at its own counters and at a filling station on NH-67, a Hubballi hotel, a Koppal
hardware shop and a Hosapete dosa house, GESCOM's power and the fibre, postpaid, DTH and gas bills on Bharat
Connect, the banks' SMS and e-mail alerts). One payment per page. Each family: six successes, one failure, one
wait; one page prints no transaction id and one no day (truth None for those fields).

Layouts (every one written for this set; the families' docstrings list each one's labels):

* ``buyer_upi``: Google Pay's conversation (the payee on top of the chat with its UPI ID, the payment as a
  bubble: You paid, the sum large, Paid / Completed / Processing / Failed and the day on one line, then Payment
  details); stacked fields, each label small over its value, all centred (YONO SBI, Canara ai1); a From / To
  card with the sum at its foot (MobiKwik, super.money); the sum large with the payee on the line under it
  ("paid to Kinhal Kale Mandira", CRED, super.money, MobiKwik); the day and the hour with no label in new forms
  (14/10/2026, 16:12 / Oct 14, 2026 | 4:12 PM / 4:12 pm | Wed, 14 Oct 2026 / 2026-10-14 16:12:05); PayU's
  order summary above the outcome and the payment details, Easebuzz's Particulars / Details table with the
  Status and the Amount as its first rows.
* ``buyer_advices``: a letter (To, the payee's name and address, Sir, Sub: Release of payment against your
  supply bills - reg., a sentence with the sum, the way and the day); an ERP remittance advice (Vendor name,
  Payment document, Value date, the bills in columns); the payer's bank's e-mail sent on its behalf ("<payer>
  has made a payment of <sum> to <payee> through <way> on <day>."); a supplier portal.
* ``export_wires``: a full MT103 print (:20:, :23B:, :32A:, :50K:, :52A:, :57A:, :59:, :70:, :71A: and the
  bank's note); a tracker with its steps; e-mails with a sentence ("We have received an inward remittance of
  <sum> from <remitter> for credit to your account."); a FIRA; Skydo's payment page.
* ``own_receipts``: a money receipt book's page (No. and Dinanka on one row, "Received with thanks from
  <party> the sum of Rupees <words> Only by <way> towards <what>", the sum in a box Rs. 18,900/-); bills with
  numbered particulars; a RECEIPT VOUCHER - ADVANCE (Rule 50, CGST Rules); Kannada labels in Latin letters
  (Dinanka (date), Kharidisidavaru (buyer), Rasidi (receipt), Ottu motta (total), Nagadu (cash),
  Kharidisidavaru sahi (buyer's signature)).
* ``supplier_invoices``: Tally's invoice (Invoice No. and Dated, Delivery Note, Mode/Terms of Payment,
  Buyer's Order No., Dispatch Doc No., Dispatched through, Destination, Consignee (Ship to), Buyer (Bill to),
  Sl. lines, Amount Chargeable (in words), Company's Bank Details) with a Payment block, and the e-invoice's
  IRN, Ack No. and Ack Date above it on some.
* ``vendor_transfers``: a TRANSACTION RECEIPT in three groups; a sentence receipt over a table; a timeline of
  the steps with their hours; a bulk file's one record.
* ``worker_pay``: printed piece-rate vouchers (KETTANE KOOLI PAVATI - PRATI GOMBE / CARVER'S PIECE-RATE
  VOUCHER, BANNA KOOLI PAVATI - PRATI GOMBE / PAINTER'S PIECE-RATE VOUCHER, KOYYUVA KOOLI - PRATI CFT /
  SAWING WAGES - BY THE CUBIC FOOT), Open's payout table in a shuffled order, Google Pay's conversation and a
  Paytm screen with To: and From: rows.
* ``govt_fees``: Karnataka One's receipt with a Department row, a GST PMT-06 receipt with the tax table, an
  income-tax challan receipt (ITNS 280), the professional tax, the forest transit permit fee, KSPCB, ESIC, EPFO.
* ``insurer_receipts``: a TAX INVOICE CUM PREMIUM RECEIPT, an e-mail with a sentence and a Transaction summary,
  a web page with the status first and the sum large.
* ``card_slips``: SALE / CHARGE SLIP on top, DATE: <day>  TIME: <hour> on one line or the day in capitals with
  the hour, ROC:, APPR:, RET REF NO: / RRN:, BASE AMT:, TIP: and TOTAL: on the hotel's and the dosa house's.
* ``utility_bills``: Bharat Connect's standard payment receipt (Bill Amount, Customer Convenience Fee, Total
  Amount), a passbook entry opened (<Kind> bill - <biller>), GESCOM's own receipt (RR Number, Account ID).
* ``bank_alerts``: HDFC Bank's, Bank of Baroda's, Axis Bank's, Karnataka Gramin Bank's, Karnataka Bank's and
  Canara Bank's SMS wordings, Karnataka Bank's e-mail table and HDFC Bank's InstaAlert e-mail sentence.

The faces are heldout119's (SCREEN_FACES, PAGE_FACES, PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout261's.
The Hampi Utsav stall's card slip is drawn in the festival's days (6 to 8 February 2026) and its exhibition
floater's premium in the weeks before (its period of cover round the festival); the other days anywhere in
2026. GST is 5% on the toys, dolls, carvings, restoration, blanks and sawdust (the rates since 22 September
2025).

Truth conventions: every convention heldout261's docstring marks *settled* (and those it kept, from heldout259's
back to heldout167's) holds here unchanged. The cases this set adds:

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (new here): Google Pay's
  conversation pays the name on top of the chat (its UPI ID under it, as heldout259's payee on top), never the
  From row (the payer and the payer's bank); a stacked field's Beneficiary Name / Payee Name / Paid To value;
  a From / To card's To (heldout206's To), never its From; the name after "paid to" / "sent to" / "paying" /
  "to" on the line under the sum (paid to KINHAL CHITRAGARA KALE PVT LTD is KINHAL CHITRAGARA KALE PVT LTD),
  never the UPI ID under it. PayU's and Easebuzz's pages pay the shop or the company on top, never the
  Customer / Bill to / Customer name, the Item / Product / Product info or the footer (Payments by PayU
  Payments Pvt Ltd, Powered by Easebuzz). A letter of advice pays its addressee, the name line under To, and
  The Managing Director, (the company, its capitals or its short name), never the payer on top, its desk line
  or the Sir, / Sub: lines; an ERP advice its Vendor name (never the Vendor number); the payer's bank's e-mail
  the name after "to" in its sentence (never the bank on top, the payer before "has made a payment" or the
  Beneficiary account); a supplier portal its Paid to / Supplier (never the "<payer> - Supplier portal" on
  top). A wire pays the company on the line under :59:/<account> of a MT103 print, or under Beneficiary /
  Account name / Name of beneficiary, never the :50K: remitter's lines, the :52A: / :57A: BICs, the Remitter,
  Remitting bank, Remitter's bank or Skydo on top. A receipt book's page pays the unit or the company on top,
  never the party after "Received with thanks from"; the receipt voucher the company on top, never Received
  from; the bills' party under Kharidisidavaru (buyer) / Customer / Committee / Buyer / Party / Sangha
  (society) (no fact). A Tally invoice pays the supplier on top, never Consignee (Ship to), Buyer (Bill to),
  Dispatched through or its stamp. A banking page pays the Account name / Beneficiary of its Credit account
  details, the Payee, the record's Beneficiary or the name after "to" in "Your NEFT of Rs. x to <payee> has
  been processed", never the portal (yono BUSINESS, HDFC Bank ENet, KBL eCorp), the Debit account details'
  Account, the File reference or the Batch No. A voucher pays the worker under Kelasagarara hesaru (artisan)
  / Name of the payee / Paid to (worker), never Kelasa (work), Ooru (village), the company on top or the unit
  under it; Open's page the Payee / Contact name, never Open on top or Payouts | <company>; Paytm's To:. A fee
  page pays the authority: Karnataka One's Department row (Koppal City Municipal Council / KOPPAL CITY
  MUNICIPAL COUNCIL), never Karnataka One on top or the Trade name; Goods and Services Tax / GOODS AND
  SERVICES TAX on the PMT-06 receipt, never the Name (Legal); Income Tax Department / INCOME TAX DEPARTMENT,
  never the Name; Commercial Taxes Department (, Government of Karnataka) for the professional tax, never the
  Employer; Karnataka Forest Department, never the Deputy Conservator's line or the Applicant; Karnataka State
  Pollution Control Board, never the Name of the unit; ESIC / Employees' State Insurance Corporation; EPFO /
  Employees' Provident Fund Organisation. An insurer pays the name on top as printed (the name without "Co.
  Ltd" where the full one does not fit the title, Star Health and Allied Insurance), never Insured / Name of
  the insured or the Cover. A slip pays its counter line, never SALE / CHARGE SLIP or the terminal's brand
  (PINE LABS, INDIAN OIL, HDFC BANK, SBI, MSWIPE, AXIS BANK, CANARA BANK, RAZORPAY POS). A Bharat Connect
  receipt pays its Biller Name, a passbook entry the biller after "<Kind> bill - " (or on the line under
  "<Kind> bill"), GESCOM's receipt the name on top (GESCOM / Gulbarga Electricity Supply Company Ltd), never
  the Customer Name / Consumer name, the RR Number or the Account ID. An SMS pays the name as the bank sends
  it: HDFC Bank's "To <payee>", Bank of Baroda's "Cr. to <payee>." (without the full stop), Axis Bank's last
  part of "UPI/P2M/<ref>/<payee>", Karnataka Gramin Bank's "by UPI to <payee>.", Karnataka Bank's "to <payee>
  is under process", Canara Bank's "to <payee> on <day> has failed"; HDFC Bank's InstaAlert e-mail the name
  after the VPA in "to VPA <vpa> <payee> on <day>.", Karnataka Bank's e-mail its Beneficiary.
* amount / currency: the sum this payment moved. *settled* (new here): a stacked Amount / Transaction Amount;
  a card's Amount / Total at its foot; PayU's Total paid / Amount (INR); Easebuzz's Amount row. A payer's net
  sum: the letter's sentence ("we have released <sum>") and its Net amount released / Amount withheld / Amount
  returned, the ERP's Net payment / Net blocked / Net returned, the bank e-mail's sentence, the portal's sum
  large; never Gross, Gross bill value, Total of bills (incl. GST @ 5%), a bill's row or a deduction (Less:
  TDS under GST - CGST @ 1% / SGST @ 1% / IGST @ 2%, Less: TDS u/s 194Q @ 0.1%, Less: Paint chipped in
  transit - n pcs, Less: Short supply - 1 pc, Less: Late supply deduction @ 1%). A wire's foreign sum in yen
  (whole yen: JPY 1,705,500, the yen sign before it, 1,705,500 JPY, as heldout202's JPY), Australian dollars
  (AUD / A$), Canadian dollars (CAD / C$ / CA$), Swedish kronor (SEK the English way, as heldout204's, or the
  Swedish way: 148 019,78 kr, SEK 148 019,78 and 148 019,78 SEK are 148019.78), Kuwaiti dinars with three
  places (KWD / KD before, KWD after: KD 1,650.000 is 1650.00, as heldout226's), New Zealand dollars (NZD /
  NZ$), ringgit (RM / MYR, as heldout226's MYR) and rand (ZAR 19,265.52, or the South African way R 19 265,52
  and ZAR 19 265,52, both 19265.52, a Currency / Remittance currency row naming the rand on every rand and
  krona page); a MT103 print's :32A: (the value day, the code and the sum: 261128JPY1705500, is 1705500 yen,
  the yen with no places after the comma, the dinar with three); Skydo's sum large; never the INR equivalent,
  INR amount, INR credited, You receive (INR) or the Fee, and the Rate / Rate applied / FX rate / Conversion
  rate is no sum. A receipt book's sum in its box (Rs. 18,900/- is 18900.00; the words in the sentence are the
  same sum); the receipt voucher's Advance received (incl. IGST) by NEFT / RTGS, never the Order value (before
  GST), the Advance (taxable), the IGST @ 5% or the Balance on delivery; a bill's received row (Received by
  UPI / UPI payment received / Nagadu (cash) received / Card payment (POS) / Paid by card / Received by NEFT /
  RTGS received / Cheque received for), the same sum as its Bill total / Ottu motta (total), never the Taxable
  value, the GST, the Less: Dasara offer @ 10% or the lines (the vahana's feet x rate, the blanks' cft x rate,
  the sawdust's gross less sacks = net kg x rate). A Tally invoice's Received vide NEFT / Balance received
  vide NEFT / Paid by NEFT / Paid by RTGS / Received vide RTGS / Settled through UPI / Received on UPI / Cheque
  in hand (to be cleared) / Cheque returned unpaid, less the Less: Advance adjusted (recd. with PO) or the
  Less: TDS (194Q) by buyer @ 0.1% where printed, never the Total, the Taxable value, a line or the GST. A
  banking page's Transaction amount / Amount (INR) / Amount / the sum large or in "Your NEFT of <sum>"
  (Debited amount the same sum). A voucher's Nikara kooli paavati (net paid) / Net wages paid (the pieces x
  rate less Less: Blank spoilt - 1 @ rate and Less: Mungada (advance) recovered), never the Ottu kooli
  (gross) / Gross wages or a line; Open's Amount. Karnataka One's Amount paid (the Trade licence fee and the
  Solid waste cess); the PMT-06 receipt's Total challan amount, never a row of its tax table; the challan's
  Amount (in Rs.), never A Tax, B Surcharge or C Cess; the professional tax's Total tax paid / Amount remitted;
  the forest fee's Total paid (the Transit permit fee and the Forest development tax); KSPCB's Total fee due;
  ESIC's Challan amount; EPFO's Grand total paid. An insurer's Amount received / Cheque amount (subject to
  realisation), the sum in the e-mail's sentence or the sum large, never the Taxable value, Premium (before
  GST) or the GST. A slip's SALE AMOUNT: / AMOUNT INR, or TOTAL: with the tip (never BASE AMT: or TIP:), never
  RATE: or VOL:. A Bharat Connect receipt's Total Amount (the Bill Amount with the Customer Convenience Fee),
  never the Bill Amount where a fee is added; a passbook entry's sum large (its Includes convenience fee row is
  no sum); GESCOM's Amount paid. An SMS's "Sent Rs.x", "Rs.x Dr. from", "INR x debited", "debited for Rs.x",
  "request of Rs.x", "NEFT of INR x"; never the AvlBal or the e-mail's Balance. Currency INR but on the wires.
* status: as printed. *settled* (new here) successes: Paid / Completed (Google Pay's bubble), SUCCESS /
  Completed, Money sent successfully / Payment completed, payment successful / payment complete, Payment
  received / Thank you! Your payment was successful, Success / Payment successful (Easebuzz's Status row),
  Status: Payment released, Cleared - paid to vendor's bank / Payment status: Paid, Credited to beneficiary,
  Paid / Payment credited, Payment received - settled to your bank / Settled, Status: Credited / Remittance
  credited, Completed - credited to your account, Credited / Credited to EEFC account (the MT103 print's
  Status), CREDITED TO BENEFICIARY'S ACCOUNT / Funds credited, PAID / RECEIVED WITH THANKS / DHANYAVADAGALU -
  PAID, ADVANCE RECEIVED - CARVING STARTS ON THE NEXT NEW MOON, PAYMENT RECEIVED - THANK YOU / PAID IN FULL /
  RECEIVED VIDE <way>, Processed / Credited to beneficiary (Transaction status, and the bulk record's Paid),
  PAID - ENTERED IN KOOLI PUSTAKA / PAID IN CASH, Processed / Completed (Open), Paid Successfully / Money sent,
  Payment successful / Paid - receipt generated / Status: Paid / Challan paid, Payment successful - policy
  issued / Premium paid / PREMIUM RECEIVED - COVER IN FORCE and the e-mail's "We acknowledge receipt of",
  TRANSACTION APPROVED / APPROVED - SIGN NOT REQUIRED, Successful / Bill paid / Payment successful - updated in
  your account, a debit SMS and Debited - transfer complete. Pending: Processing, PENDING - awaiting response
  from the payee's bank, Awaiting bank confirmation - do not pay again, payment in progress - check back in 30
  min, Status: Payment on hold / Blocked for payment - quality inspection pending / Pending authorisation / On
  hold - awaiting goods inward check (a payer's hold), Status: Awaiting documents - not credited / Waiting for
  you - upload the export invoice / In review - we need the invoice for this payment / NOT CREDITED - AWAITING
  PURPOSE DECLARATION (funds not credited), CHEQUE RECEIVED - SUBJECT TO REALISATION, CHEQUE IN HAND - RECEIPT
  SUBJECT TO CLEARANCE, CHEQUE UNDER CLEARING - COVER FROM REALISATION (a cheque not yet cleared, heldout261's
  rule), Awaiting authorisation (keyed, not released), Queued - bank yet to respond, Challan submitted -
  awaiting bank confirmation, HOST TIMEOUT - DO NOT RETRY, CHECK WITH BANK, Pending - the biller will confirm
  within 48 hours, the SMS "is under process". Failed: Failed, FAILED - U30 debit declined by your bank,
  Payment unsuccessful - money not debited, payment failed - your bank declined it, Status: Payment returned /
  Payment returned by vendor's bank - re-verify bank details / Returned / Payment failed - bank account
  inactive (a payer's payment returned), Status: Returned to remitter / Returned - beneficiary name does not
  match the account / Returned to payer - purpose not accepted / RETURNED TO REMITTING BANK - ACCOUNT CLOSED,
  CHEQUE RETURNED UNPAID - FUNDS INSUFFICIENT and CHEQUE RETURNED - DRAWER'S SIGNATURE DIFFERS (a cheque
  returned), Rejected by beneficiary bank - account closed / Rejected - account closed, Payment Failed -
  receiver's bank is not responding, Payment not completed - transaction declined by bank, the e-mail's
  "could not be completed", DECLINED 51 - INSUFFICIENT FUNDS, Failed - amount, if debited, is refunded in 3
  days, the SMS "has failed".
* date: the day paid. *settled* (new here): Google Pay's bubble's day after the outcome (Completed - 10 Jan
  2026); a stacked Transaction Date & Time / Date and Time; a card's Date / On or the unlabelled line; the new
  unlabelled forms above (Oct 14, 2026 | 4:12 PM, 4:12 pm | Wed, 14 Oct 2026, 2026-10-14 16:12:05, 14/10/2026,
  16:12); PayU's Date & time / Transaction on, Easebuzz's Paid on / Payment date. A payer's Value date / Paid
  on (value date) / Transfer date / Paid on / Payment date, the day after "on" in the letter's or the bank
  e-mail's sentence, Withheld on / Hold from / Created on / Submitted on on the held one, Returned on / Date of
  return (bank) on the returned one; never a bill's "dt." or the ERP's Doc. date column. A wire's :32A: day
  (261128 is 2026-11-28), Credited on / Date of credit / Value date / Received on / Settled on, Received on
  (not yet credited) / Held since on the one held, Returned on / Sent back on on the one returned. A receipt's
  Dinanka (Kannada for date) / Date / Bill date at the right of the No. row or on its own row, the voucher's
  Date of receipt / Voucher date, never the Cheque date; a Tally invoice's Dated (its Ack Date, the
  e-invoice's registration day, is the same day here and no other), a voucher's Dinanka / Date / Paid on.
  A banking page's Transaction date / Processed on / Payment date, Initiated on / Submitted on, Rejected on /
  Returned on or the day in "has been processed on <day>"; never a timeline step's hour. Open's Processed on /
  Created on / Queued since; Paytm's Date & Time. Karnataka One's Paid on / Date of payment; the PMT-06
  receipt's Date of deposit / Payment date; the challan's Tender date / Date of deposit (never the day inside
  the CIN, the Assessment Year or the Financial Year); the professional tax's Date of payment / Paid on (never
  its Return period); the forest fee's Date of payment / Paid on; KSPCB's Attempted on / Transaction tried on;
  ESIC's Challan submitted on / Sent to bank on (never the Contribution period); EPFO's Paid on / Date of
  payment (never the Wage month). An insurer's Date of receipt / Receipt date / Paid on / Payment date /
  Transaction date, Cheque received on / Cheque accepted on, Attempted on / Date of attempt; never the Policy
  period / Period of cover or the cheque's "dt.". A slip's DATE: <day> TIME: <hour> or the day in capitals
  before the hour (10 APR 26 12:49). A Bharat Connect receipt's Transaction Date & Time, never its Bill Date or
  Due Date; GESCOM's Payment date. Bank of Baroda's SMS day in its balance bracket written year:month:day
  ((2026:03:30 19:27:49) is 2026-03-30), HDFC Bank's "On 30/03/26", Axis Bank's "02-02-26, 19:27:49", the
  other SMS' "on" / "dated" day and the divider's; the e-mails' "on 30-03-26" and Date. All numeric days are
  day first (heldout259).
* payment_method: *settled* (new here): UPI on the UPI screens, the Google Pay conversations and Paytm, the
  SMS and the e-mail with a UPI or VPA wording, a Bharat Connect payment from UPI; PayU's and Easebuzz's
  Payment mode (UPI / UPI (QR) / UPI intent, a card, Net banking - <bank>); "netbanking" for a payer's NEFT /
  RTGS / IMPS, a wire by SWIFT (a MT103 print, a FIRA's Mode of receipt SWIFT, Skydo's Received via), a
  banking page's Mode / Payment type, a voucher's or Open's IMPS, a PMT-06 receipt's E-Payment (Net banking),
  a challan's Net Banking, a Bharat Connect payment from a Current account (yono BUSINESS); card on slips and
  a bill's Card payment (POS) / Paid by card; cheque on a bill, an invoice or a premium paid by cheque; cash
  for a receipt book's "by cash", a bill's Nagadu (cash) received or a voucher's Mode Cash.
* transaction_id: the highest family printed (heldout152's order, as heldout261's). *settled* (new here): a
  UPI reference / UTR: UPI transaction ID, UTR, bank reference no. (CRED's), UPI Ref. No., RRN, UPI Reference
  Number, UPI Reference ID, PayU's Bank Ref No. (UTR) and Easebuzz's Bank Ref. No. on UPI, a payer's NEFT UTR /
  RTGS UTR / IMPS RRN / UTR / UTR No. / IMPS Ref No. / Bank UTR, Skydo's UTR (INR payout), a bill's UPI Ref No
  / UTR / <way> UTR, an invoice's UTR / UPI RRN / UPI Ref. No., a banking page's UTR / <way> UTR / IMPS RRN, a
  slip's RET REF NO: / RRN:, a Bharat Connect receipt's UPI Ref No / UTR, GESCOM's Bank Transaction ID on UPI,
  the SMS' Ref / Ref: / the number in UPI/P2M/<ref>/ / RRN / UTR / Ref No and the e-mail's "Your UPI
  transaction reference number is <ref>"; then a bank reference: PayU's Bank Ref No. and Easebuzz's Bank Ref.
  No. on net banking, the bank e-mail's Payment reference, a wire's Our ref. / Inward ref. No. / Tracking No. /
  FIRA No., a banking page's Bank ref. No. / Transaction ID (bank), the PMT-06 receipt's BRN, the challan's
  Bank Reference Number, a fee's or an insurer's Bank ref. No., Bharat Connect's B-Connect Txn ID / Bharat
  Connect ID, GESCOM's Bank Transaction ID otherwise; then a transaction id: the apps' own (Google transaction
  ID, CRED transaction ID, MobiKwik txn ID, YONO transaction ID, super.money ID, Canara ai1's Transaction Ref.
  No., Paytm's Order ID), PayU ID, Easebuzz ID, Skydo's Payment ID, Open's Payout ID, Karnataka One's
  Transaction ID, the CIN (the PMT-06 receipt's and the challan's, the challan identification number), the
  forest fee's Transaction No., KSPCB's PG transaction ID, EPFO's TRRN (heldout259), an insurer's Payment ID,
  GESCOM's Transaction ID, a failed Bharat Connect payment's Request ID; then an approval code (PayU's and
  Easebuzz's Auth code, a bill's Approval code, a slip's APPR:); then an order's number (PayU's Transaction ID
  and Easebuzz's Merchant txn ID, the store's own id); then a document's own number (a letter's Ref. No., an
  ERP's Payment document, a portal's Payment No., a receipt book's No., a bill's Bill No. / Rasidi No. /
  Invoice No. / Memo No., the Receipt voucher No., a Tally invoice's Invoice No., a voucher's Pavati No. /
  Voucher No., Karnataka One's Receipt No., the PMT-06 receipt's CPIN, the challan's Challan No., the
  professional tax's Challan reference No., ESIC's Challan No., EPFO's CRN, an insurer's Premium receipt No. /
  Receipt No., a slip's ROC:, GESCOM's Receipt No.). *settled* (new here), never: the IRN or Ack No. of an
  e-invoice, Delivery Note, Buyer's Order No., Dispatch Doc No., Weighbridge slip No., Licence No., GSTIN,
  PAN, BSR code, Registration No. (PTRC), Permit application No., Application No., Employer code,
  Establishment code, Policy No. / Proposal No. / Renewal notice No., a vehicle's Registration No., MID: /
  TID: / BATCH NO.: / FOLIO: / KOT NO: / DU NO: / VEH NO:, RR Number, Account ID, Account number, Mobile number,
  Subscriber ID, Consumer number (LPG), File reference, Batch No., the ERP's Vendor, a MT103 print's :20:
  sender's reference or :70: invoice, a BIC, a Purpose code, the bills listed, a Cheque No., Beneficiary
  account, Account No. and IFSC, or a card number."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout262_families import (
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

SPLIT = "heldout262"

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


def make_heldout262_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout262 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
