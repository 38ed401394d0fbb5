"""heldout263: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Sikki grass craft producer company's day in 2026 in Madhubani and Sitamarhi
districts, Bihar (Mithila Sikki Kala Producer Company Ltd, a producer company owned by its member artisans,
most of them women; its common facility centre at Raiyam, Mithila Sikki Shilp Kendra, where the members coil
the golden sikki grass over munj and khar grass into pauti (lidded boxes, the bride's trousseau boxes of
Mithila), dolia (baskets), figures, coasters, wall plates and jewellery, paid by the piece, and weave figures
by the figure on a Muzaffarpur design studio's own grass; its grass store and dyeing yard at Pupri, Sikki Ghas
Bhandar, which buys the sikki cut from the ponds of Sitamarhi by the kilo, dries and dyes it, sells the dyed
sikki by the kilo to the artisans' SHG federation and the trimmings by weight to a broom and mat works; and
its shop on Station Road, Madhubani, Mithila Sikki Haat, which takes wedding orders for pauti sets by the set
and keeps a stall at the Bihar Saras Mela at Gandhi Maidan, Patna), told by the proofs of payment it receives
(buyers' Google Pay, WhatsApp, CRED, PhonePe, MobiKwik and super.money screens and the web shop's PayU and
Easebuzz pages, the Bihar Museum Society's, the Central Cottage Industries Corporation's, a Patna hotel's, a
Kolkata gallery's, a Jaipur marketplace's, a Varanasi wedding planner's, a Hyderabad and a Dehradun store's
payment advices, importers' inward wires from Kyoto, Stockholm, Melbourne, Toronto, Kuwait, Kuala Lumpur,
Amsterdam and Santa Fe in yen, kronor, Australian and Canadian dollars, Kuwaiti dinars, ringgit, euros and US
dollars, the shop's bills to a Patna lady and a Japanese tourist and its wedding order bill to a Darbhanga
family, the centre's wholesale bill by the dozen to a Delhi emporium and its making charges bill by the figure
to a Muzaffarpur studio, the store's dyed sikki bill by the kilo to the SHG federation and its trimmings memo
by weight to a broom and mat works, the accounts desk's e-mail for a Mumbai gifting house's advance, cards on
the shop's (at Station Road and at the Saras Mela), the company's and the centre's terminals) and those it
makes (the Bettiah munj trader's, the Kanpur dye house's, the Muzaffarpur box maker's, the Aligarh tool mart's
and the Darbhanga printer's tax invoices, corporate net banking to the rack maker, the shop's landlord, the
security agency, the chartered accountants, the solar dryer installer, the Saras Mela stall fabricator, the
carrier and the photo studio, the artisans' slips by the piece and the sorter's by the kilo, Paytm for
Business payouts to the harvester and the dyer and a Google Pay and a Paytm payment to the jewellery finisher
and the packing helper, Madhubani Nagar Nigam's holding tax and trade licence, the Bihar State Pollution
Control Board's consent fee, EPFO's challan, the Commercial Taxes Department's profession tax and the Fire
Services' NOC fee on OGRAS, the Ministry of Corporate Affairs' filing fees, EPCH's RCMC renewal and the
Transport Department's road tax on the e-rickshaw, the insurers' receipts for the grass stock, the shop, the
export cartons, the staff's and artisans' health, the wage cash in transit, the e-rickshaw, the artisans'
accidents and the stock at the Saras Mela, its card at a filling station on NH-27 at Darbhanga, a Patna hotel,
a Madhubani hardware shop and a Darbhanga eating house, NBPDCL's power (a prepaid smart meter's recharge among
them) and the fibre, postpaid, DTH and cooking gas bills, the banks' SMS and e-mail alerts). One payment per
page. Each family: six successes, one failure, one wait; one page prints no transaction id and one no day
(truth None for those fields).

* ``buyer_upi``: six UPI screens in four layouts, each new here (a monogram of the payee's initials, the payee
  under it with no label, the UPI ID, the sum large and the status; the status, then a line with the sum and
  the verb, "Rs 11,371.28 being sent to", and the payee alone on the next line; the sum large, the status and
  a Progress / Payment timeline whose steps are "Debited from <bank> XX1234 <hour>" and "Received by /
  Awaiting credit to / Not sent to <payee>"; the status, then a Receipt card of rows: Receiver / Sent to store
  / Recipient, Amount, a Status row (Completed / In process / Failed), UPI ID), the day and the hour with no
  label under the status on some (Oct 14, 2026, 4:12 PM; 4:12 pm | 14 Oct 2026; 14/10/2026 16:12; Wed 14 Oct
  2026, 16:12), else labelled first or last in the details; and two payment gateway pages, new here (PayU,
  Easebuzz: the gateway's line on top, "PayU | Payment status" / "easebuzz | Secure checkout", the outcome,
  the shop under Merchant / Store in the details, the sum in an Amount paid (INR) / Total charged row above
  the shop or under it).
* ``buyer_advices``: four frames: a printed letter with a To, block naming the company (new here), a vendor
  portal with a Payment summary first and the bills under it, an e-mail with the bills first and the Payment
  block under them, and a printed BANK PAYMENT VOUCHER (the status first, Paid to (party ledger), Through, the
  bills and a Narration) (new here); the bills "<bill> dt. <day>" on some; GST at 5% on all the sikki goods;
  the museum's TDS under GST as CGST @ 1% and SGST @ 1%, the emporium's IGST @ 2%, the hotel's and the
  marketplace's TDS u/s 194Q @ 0.1%; the e-mails' day written Wednesday, October 14, 2026 or Oct 14, 2026 on
  some.
* ``export_wires``: an MT103 field view (new here: Incoming SWIFT MT103 - beneficiary copy, the fields by
  their tags, :59: Beneficiary customer with the account on one line and the name on the next, the raw :32A:
  on the two credited ones, :33B: Currency / Instructed amount on the others), a printed CREDIT ADVICE -
  FOREIGN INWARD REMITTANCE (EXPORT) / FOREIGN INWARD REMITTANCE ADVICE (FIRA) with the day and the references
  first and the status at the foot, and an e-mail or browser Inward remittance - credit advice with the status
  first and the day at the end; yen with no decimals, kronor with spaces between the thousands and a decimal
  comma, Australian, Canadian and US dollars, Kuwaiti dinars with three decimals, ringgit and euros the Dutch
  way (all new here but the US dollar).
* ``own_receipts``: the shop's CASH MEMO - SIKKI CRAFT / BIKRI RASID - SIKKI SAMAN and VIVAH ORDER BILL -
  PAUTI SET (BY THE SET) / KOHBAR PAUTI ORDER RASID, the centre's WHOLESALE BILL - SIKKI GOODS BY THE DOZEN /
  THOK BIKRI BILL - DARJAN HISAB SE and MAKING CHARGES BILL - FIGURES ON PARTY'S DESIGN / BANAI MAZDOORI BILL
  - PRATI MURTI, the store's DYED SIKKI BILL - BY THE KILO / RANGAL SIKKI BIKRI RASID and TRIMMINGS MEMO - BY
  WEIGHT / KATRAN BIKRI RASID (Maithili and Hindi labels in Latin letters on some: Tithi (date), Kharidar
  (buyer), Rasid sankhya (receipt No.), Nagad jama (cash received), Kharidarak hastakshar (buyer's
  signature)), the day on a line set to the right (Dated: 07-Oct-2026) above the number or under it on some
  (new here), else as a row; and the accounts desk's Advance received - corporate hamper order e-mail.
* ``supplier_invoices``: the suppliers' TAX INVOICE / TAX INVOICE - PAYMENT RECEIVED / BILL CUM PAYMENT
  RECEIPT, the number and the day in the heading's line on some (TAX INVOICE No. CMT/26-27/4957 dated
  17-07-2026, new here), a Payment details block above the goods on some (new here) or under them; an Uttar
  Pradesh transporter's GR No., a courier's Docket No. or a local van's Vehicle No.; CGST and SGST within
  Bihar, IGST from Uttar Pradesh.
* ``vendor_transfers``: YONO Business, bob World Business and PNB Corporate Internet Banking in four layouts,
  each new here (an e-receipt whose sentence carries the way, the sum and the payee, "NEFT of INR 74,250.00
  from A/c XXXX1234 to / Rajnagar Furniture Works (A/c XXXX5678) has been processed."; a Debit leg / Credit
  leg page; a bulk payment file's record with a Record status row; a stacked list of labels over values).
* ``worker_pay``: printed SHILPI BHUGTAN PARCHI - PRATI NAG / ARTISAN PAYMENT SLIP - PIECE RATE (SIKKI) with
  the pieces line by line and SIKKI KATAI BHUGTAN - PRATI KILO / GRASS WAGES - BY THE KILO; Paytm for Business
  payout pages (new here); a Google Pay screen (the payee on top, the status and the day on one line:
  Completed, 2 Aug 2026, 4:12 pm, new here) and a Paytm screen (To: <name> on one row).
* ``govt_fees``: Madhubani Nagar Nigam, the Bihar State Pollution Control Board, EPFO, the Commercial Taxes
  Department (an OGRAS e-challan with its heads of account), the Ministry of Corporate Affairs, EPCH, the
  Transport Department, Bihar and the Bihar Fire and Emergency Services (OGRAS), a Received from / Depositor /
  Payer name row naming the company, a Payment status row first on some (new here) or the status at the foot,
  the references above the heads or under the total.
* ``insurer_receipts``: PREMIUM RECEIPT / TAX INVOICE CUM PREMIUM RECEIPT / Receipt for premium (Premium
  payment declined / Renewal not completed on the failed one), a Particulars | Amount (Rs.) head over the
  premium rows on some, a Receipt status row or the status line, a sentence on some e-mails ("We acknowledge
  with thanks the receipt of Rs. x towards your policy on <day>.", new here), the stamp duty on the marine
  receipt.
* ``card_slips``: the day and the hour as DATE:03/09/26  TIME:19:04:58 on one line, as SEP 3, 2026  19:04:58
  with no label or on a DATE/TIME: row (the first two new here), the eating house's BASE AMT:, TIP: and TOTAL:
  (new here).
* ``utility_bills``: Bharat Connect in YONO SBI, MobiKwik, bob World, PhonePe and Freecharge with a Bill
  details block over a Payment details block (new here), the sum large and the status first on some; NBPDCL's
  quick pay receipt; the Bihar Bijli Smart Meter app's prepaid recharge (new here).
* ``bank_alerts``: SMS in Bihar Gramin Bank's, Punjab National Bank's, Canara Bank's, Central Bank of India's
  and Bank of Baroda's wordings (all new here), State Bank of India's e-mail sentence and Axis Bank's e-mail
  table.

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout261's. The Saras Mela stall's card slip is drawn in the
mela's days (12 to 26 December 2026) and the mela's floater premium in the weeks before it (its period of
insurance round the mela); the other days anywhere in 2026.

Truth conventions (heldout261's and those it kept, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (here the shop,
  Mithila Sikki Haat / MITHILA SIKKI HAAT, the company's capitals or its short name, Mithila Sikki) *settled*
  (new here) on top under a monogram of its initials with no label (the name, never the monogram "MS"), on the
  line after the sum's line "<sum> paid to / being sent to / could not be sent to" (the name alone on that
  line), after the timeline's step words Received by / Awaiting credit to / Not sent to (never the "Debited
  from <bank>" step), or under Receiver / Sent to store / Recipient in a Receipt card; never the UPI ID, the
  Sender (the payer) or the Debited from account. A payment gateway's page pays the shop under *settled* (new
  here) Merchant / Store in its details, never the gateway's line on top (PayU | Payment status, easebuzz |
  Secure checkout), the Customer / Deliver to / Product info rows or the footer (Payments processed by PayU
  Payments Pvt Ltd, Powered by Easebuzz | Easebuzz Pvt Ltd, Pune). *settled* (heldout167 to heldout261): a
  payer's advice pays the one it pays, never the payer on top; here the company *settled* (new here) on the
  line under "To," and "The Accounts Manager," in a letter's address block, or under Beneficiary (vendor) /
  Account credited / Payment released to / Vendor / beneficiary / Paid to (party ledger) (its full, capital or
  short name as printed), never the payer on top or in the Regards line, its desk line, the Vendor code, PO
  No., the bills listed, the salutation (Hello Mithila Sikki team, / Pranam, / Dear Vendor, / Dear
  Sir/Madam,), the Through row (the payer's bank) or the Narration. *settled* (heldout155 to heldout261): a
  bank's inward advice pays the company, here *settled* (new here) on the line under :59: Beneficiary customer
  after the account line (the name, never "/XXXXXXXX7865" or the address line under it), or under Beneficiary
  account name / Exporter / beneficiary / Credited to (exporter); never the bank on top, its trade desk line,
  the remitter under :50K: Ordering customer / Remitter (ordering customer) / Sent by / Foreign buyer /
  remitter, :52A: Ordering institution / Remitter's bank or :56A: Intermediary / Intermediary bank. *settled*
  (heldout175 to heldout261): the company's own receipt pays the trade name on top, so the shop's bills pay
  Mithila Sikki Haat, the centre's Mithila Sikki Shilp Kendra and the store's Sikki Ghas Bhandar (capitals
  where so printed), a bill with the company on top the company, never the "A unit of" line, the party under
  Kharidar (buyer) / Customer name / Bride's family / Ordered by / Buyer / Studio (grass owner) / Job for /
  Federation / Mill (buyer) / Party, the signature lines (For <unit> - Authorised signatory / For <unit> -
  Counter clerk), the Kharidarak hastakshar (buyer's signature) line or the rubber stamp; *settled* (new here)
  the figures woven on the studio's own grass and the trimmings sold by weight alike (the unit on top, never
  the studio or the mat works); the accounts desk's e-mail pays the company on top, never the Client (gifting
  house) / Client. A supplier's name on top of its own paper, never the company under Billed to / Recipient
  (billed) / Buyer's name, the unit under Ship to / Delivered at, the Transporter or Courier, or its rubber
  stamp. *settled* (heldout179 to heldout261): a corporate banking page pays the payee under *settled* (new
  here) Counterparty / Beneficiary / Credited to (payee) / Payee, in the Credit leg, the file's record or the
  stacked list, or after "to" on the e-receipt's sentence's second line, "<payee> (A/c XXXX5678) has been
  processed." (the name before the bracket), never the portal, the bank's line, the Debit leg's Account (the
  company), the File name, the Batch ref. or the Maker / Authoriser. *settled* (heldout150 to heldout261): a
  pay slip pays the worker under *settled* (new here) Shilpi (artisan) / Member artisan / Didi ka naam
  (artisan) / Harvester / Sorter (by the kilo), first or under the number and the day, never the company on
  top, the centre's or the store's line, Kaam (work), Tola / village, SHG, Member No. or Aadhaar (last 4), nor
  the thumb or signature line; a Paytm for Business payout the *settled* (new here) Payout to / Beneficiary
  name, never Paytm for Business on top, the Payouts | <company> line or the Beneficiary a/c; a Google Pay
  screen the payee on top with no label (*settled* (new here), as the monogram screens') and a Paytm screen
  the name in the *settled* (new here) To: row, never the UPI ID or the From account. *settled* (heldout153 to
  heldout261): a fee page pays the authority on top as printed, *settled* (new here for Madhubani and
  Sitamarhi) Madhubani Nagar Nigam / MADHUBANI NAGAR NIGAM / Nagar Nigam, Madhubani; Bihar State Pollution
  Control Board / its capitals; Employees' Provident Fund Organisation / EPFO; Commercial Taxes Department,
  Government of Bihar / Commercial Taxes Department, Bihar; Ministry of Corporate Affairs / its capitals;
  Export Promotion Council for Handicrafts / EPCH; Transport Department, Government of Bihar / Transport
  Department, Bihar; Bihar Fire and Emergency Services / its capitals; never the line under it (the
  department's or portal's: OGRAS, MCA21 V3, Vahan, the Ministry of Textiles line), nor the company under
  *settled* (new here) Received from / Depositor / Payer name, Name of the holder, Name of the unit,
  Establishment name, Company name, Member firm, Owner name or Premises. *settled* (heldout199 to heldout261):
  an insurer's receipt pays the insurer on top (full name, capitals where so printed; here United India
  Insurance Co. Ltd, National Insurance Co. Ltd, HDFC ERGO General Insurance Co. Ltd, Star Health and Allied
  Insurance Co. Ltd, Tata AIG General Insurance Co. Ltd, Go Digit General Insurance Ltd, Cholamandalam MS
  General Insurance Co. Ltd and Universal Sompo General Insurance Co. Ltd), never the product line, the office
  line or the company under *settled* (new here) Insured name / Proposer / Name of the insured. A slip's
  counter name line in capitals (the house's own counters, MITHILA SIKKI HAAT at Station Road and at the Saras
  Mela, MITHILA SIKKI KALA PRODUCER CO and MITHILA SIKKI SHILP KENDRA, on four; the filling station, the
  hotel, the hardware shop and the eating house on the rest), never the terminal's brand or bank (*settled*
  (new here) PINE LABS, INDIANOIL, SBI PAYMENTS, AXIS BANK, HDFC BANK, MSWIPE, BANK OF BARODA, PAYTM SOUNDBOX
  POS) or the place line. A Bharat Connect page's biller under *settled* (new here) Biller name / Operator /
  Paid towards in its Bill details block (short or long as printed: NBPDCL / North Bihar Power Distribution
  Company Ltd, JioFiber / Reliance Jio Infocomm Ltd, Vi Postpaid / Vodafone Idea Ltd, Tata Play / Tata Play
  Ltd, Indane / Indian Oil Corporation Ltd), never the app, Bharat Connect or the *settled* (new here)
  Customer name; NBPDCL's quick pay receipt the distributor on top as printed, never the "A Government of
  Bihar undertaking" line, the Name (the consumer) or the Supply section; the smart meter app's recharge the
  distributor under *settled* (new here) Recharged for, never the app on top or its "NBPDCL / SBPDCL | Prepaid
  recharge" line. An SMS alert's payee as the bank sends it (*settled*, the truncated name as printed, without
  the sentence's full stop), *settled* (new here) Bihar Gramin Bank's UPI "to VPA <vpa> (<payee>)" (the name
  in the brackets, never the VPA), Punjab National Bank's "thru <way> to <payee>.", Canara Bank's "towards
  <way> / to <payee>.", Central Bank of India's narration "for <way>/<ref>/<payee>." (the narration's last
  part), and the failed and pending transfers' "<way> of Rs.x to <payee>", never the bank or the sender id;
  State Bank of India's e-mail sentence "towards <way> to <payee>." and Axis Bank's *settled* (new here)
  Credited to / Beneficiary row, never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's sum large or *settled* (new here) at the head
  of the line "<sum> paid to" or in the Receipt card's Amount row; a gateway page's *settled* (new here)
  Amount paid (INR) / Total charged. *settled* (heldout152 to heldout261): a payer's advice counts its net
  sum, *settled* (new here) Net amount released / Amount credited / Net payable & paid, Amount held back /
  Payment on hold for on the hold and Amount returned unpaid / Reversed amount on the return (the bills with
  their GST at 5%, less the museum's TDS under GST - CGST @ 1% and SGST @ 1%, the emporium's IGST @ 2%, the
  hotel's and the marketplace's TDS u/s 194Q @ 0.1% on the value before GST, and *settled* (new here) a Less:
  Broken lids - n pcs returned, Less: Short supply - n pcs / sets / hampers, Less: Late delivery @ 2% or Less:
  Early payment discount @ 1%), never a bill's sum, the *settled* (new here) Sum of invoices (incl. GST) /
  Invoices total, or a cut. *settled* (heldout155 to heldout261): an inward wire's foreign sum under *settled*
  (new here) Remitted amount (FCY) / Foreign currency amount / Amount in FCY / Gross remittance, a Currency
  row naming it on some, or *settled* (new here) :33B: Currency / Instructed amount (the sum as instructed),
  or the sum in the raw :32A: field (the day as YYMMDD, the currency and the sum with a decimal comma and no
  grouping; *settled* (new here) the yen's with nothing after the comma, 260619JPY2220000, is 2220000 yen, and
  the dinar's with three places, 260705KWD1354,500 is 1354.50 dinars), in *settled* (new here) yen with no
  decimals (JPY 2,220,000, the yen sign where the face draws it, 2,220,000 JPY), kronor with spaces between
  the thousands and a decimal comma (SEK 39 350,00 and 39 350,00 kr are 39350.00), Australian dollars (AUD /
  A$), Canadian dollars (CAD / C$ before, CAD after on some), Kuwaiti dinars with three decimals (KWD
  1,354.500 and KD 1,354.500 are 1354.50), ringgit (MYR / RM), euros the Dutch way (the sign or EUR before,
  points between the thousands and a decimal comma: EUR 14.513,98 is 14513.98) and US dollars (USD / US$);
  never the *settled* (new here) INR value, Less: Bank charges incl. GST or Net credit (INR); the *settled*
  (new here) Converted at and Card rate (for reference only) are no sums, and a wire sent back prints no rupee
  line (heldout242). *settled* (heldout175 to heldout261): a receipt counts the sum received, *settled* (new
  here) Received by UPI scan / UPI receipt / Card swipe / Paid by card / Cheque tendered for / Cheque recd.
  (subject to realisation) / Received by NEFT / NEFT receipt / Cash received in hand / Nagad jama (cash
  received) / Advance credited by NEFT / RTGS advance credited, with the sum in words (Rupees ... Only) above
  or under it, never the *settled* (new here) Order value with GST where less was received or the Balance on
  dispatch, the goods' lines, the pieces, sets, dozens, figures, kilos, gross weights or sacks, the *settled*
  (new here) Less: Chhath offer @ 5% / Less: Member's discount @ 10%, the CGST @ 2.5% and SGST @ 2.5% or IGST
  @ 5%, or the Round off; the *settled* (new here) Bill total (with GST) / Net bill / Payable is the same sum
  where the whole bill was paid. A whole sum closed with /- (Rs. 12,450/-) is that sum in whole rupees
  (heldout259). *settled* (heldout187 to heldout261): a supplier's invoice counts the sum paid: the *settled*
  (new here) Balance recd. by NEFT / RTGS after a Less: Advance recd. with order, the Net recd. after TDS
  (NEFT) / (RTGS) after a Less: TDS @ 0.1% (194Q) by buyer, else Received via NEFT / RTGS / Payment recd.
  (NEFT) / (RTGS) / UPI collection / Received by UPI (the rounded Invoice value / Grand total (rounded), the
  same sum where nothing is taken off), or Cheque accepted for / By cheque (subject to realisation); never the
  *settled* (new here) Taxable value / Value of supply, a line with its HSN and GST rate or the CGST / SGST /
  IGST. A banking page's *settled* (new here) Amount debited (INR) / Transaction amount / Amount, or the sum
  in the e-receipt's sentence ("NEFT of INR 74,250.00 from A/c ... to"). *settled* (heldout167 to heldout261):
  a pay slip's net sum, *settled* (new here) Haath mein (in hand) / Net payable & paid (the pieces line by
  line, or the kilos, x rate, plus an Add: Fine weave (mahin) bonus, less a Less: Sikki issued on credit - n
  kg @ rate, Less: Lid not fitting - n @ rate, Less: Wet grass - n kg @ rate or Less: Peshgi (advance)
  adjusted), never the *settled* (new here) Kul kamai (gross) / Total earned, a line or a deduction; a payout
  page's Amount row or its sum large; a screen's sum large. *settled* (new here): the Nagar Nigam's Amount
  paid / Total deposited (Holding tax 2026-27, Trade licence fee 2026-27 and the Solid waste user charge where
  printed), the Board's Amount to be paid / Fee due on the failed page (the Consent fee (CTO renewal, 5 years)
  and the Processing charge where printed), EPFO's Challan amount / Total amount (A/c 1, 2, 10 and 21), the
  profession tax's and the fire NOC's Total deposited / Challan amount (the heads with their codes,
  0028-00-107-0001 and 4070-00-800-0001, and the second head where printed), the MCA's Total fee paid / Amount
  paid (the fees for Form MGT-7 and Form AOC-4 and the Additional fee (late filing) where printed), EPCH's
  Total fee paid / Amount paid (the RCMC renewal fee 2026-27 with its GST @ 18%), the Transport Department's
  Total tax paid / Amount paid (the road tax and the Service charge); never a head. *settled* (heldout199 to
  heldout261): an insurer's premium with its GST, *settled* (new here) Total premium received / Gross premium
  (incl. GST) received / Amount received (on the marine receipt with the Stamp duty, the sum received), Cheque
  tendered for / Amount of cheque on the cheque not yet cleared, Premium due (not paid) / Amount to be paid on
  the failed one, or the sum in the e-mail's sentence (the same sum); never the *settled* (new here) Premium
  (taxable value), the add-on (Terrorism cover premium, Plate glass extension, War and SRCC cover, Maternity
  cover, Cash in safe extension, Zero depreciation, Hospital cash, Transit to and from the mela), the CGST and
  SGST @ 9% or IGST @ 18%, the Stamp duty alone, or the sums insured, turnover, members, money per trip, IDV,
  artisans or stock. A slip's *settled* (new here) SALE AMOUNT: / AMOUNT INR: / TOTAL AMOUNT:, and on the
  eating house's slip the *settled* (new here) TOTAL: (the BASE AMT: with the TIP:), never the BASE AMT: or
  the TIP: alone, PRICE/LTR:, LITRES: or LOYALTY PTS:. A Bharat Connect page's sum large or its *settled* (new
  here) Amount paid in the Payment details (the Bill amount in the Bill details the same sum); NBPDCL's Amount
  paid / Amount received; the smart meter's sum large (its Recharge amount the same), never the *settled* (new
  here) Balance after recharge. An alert's sum debited (*settled* (new here) Bihar Gramin Bank's "Rs.x debited
  from", Punjab National Bank's "debited INR x", Canara Bank's "An amount of INR x has been DEBITED", Central
  Bank of India's "is debited with Rs.x", the failed and pending transfers' "<way> of Rs.x", each grouped the
  Indian or the English way or not at all; State Bank of India's e-mail "INR x has been debited", Axis Bank's
  Debited amount / Amount (INR)), never the *settled* (new here) Bal INR, Total Avail.bal INR, Clear Bal Rs.
  or Available balance. Currency INR but on the wires.
* status: as printed. *settled* (new here): a UPI screen's Paid successfully / Payment complete / Money sent -
  receipt below and the card's Status: Completed successes, Processing - do not pay again, status in 2 hours
  (In process) pending, Failed - your bank declined the payment (insufficient balance) (Failed) failed; a
  gateway's Your payment was successful / Payment captured - order confirmed / Success - we will mail your
  tracking number successes. *settled* (new here): a payer's Released - credited to vendor's bank / Status:
  Paid (bank confirmed) successes, Held - goods under quality check at our store pending (a payer's hold),
  Returned by bank - account name does not match failed. *settled* (new here): an inward advice's Credited -
  inward remittance reported to EDPMS / Status: Funds credited successes, Funds parked - purpose code and
  invoice copy awaited from you pending (funds held, not credited), Returned to remitter - beneficiary name
  mismatch failed. *settled* (heldout167 to heldout261): a cheque received and not yet cleared pending, a
  cheque returned failed, so *settled* (new here) CHEQUE RECEIVED - PAUTI SET RELEASED AFTER CLEARANCE and
  CHEQUE UNDER CLEARING - RECEIPT VALID ON REALISATION pending, CHEQUE RETURNED - FUNDS INSUFFICIENT, PAY BY
  NEFT OR UPI and CHEQUE RETURNED UNPAID - INSUFFICIENT FUNDS, KINDLY REMIT BY RTGS failed; RECEIVED -
  DHANYAVAD, PAID, PAID - GOODS PACKED AND HANDED OVER, PAID - DOZENS COUNTED AND BOXED, PAID - FIGURES
  CHECKED AND HANDED OVER, PAID - GRASS WEIGHED AND ISSUED, PAID - TRIMMINGS WEIGHED AND LIFTED, ADVANCE
  RECEIVED - WEAVING OF YOUR HAMPERS HAS BEGUN, PAYMENT RECEIVED IN FULL, PAID - THANK YOU FOR YOUR BUSINESS,
  RECEIVED VIA NEFT / RTGS / UPI, PAID - PIECES CHECKED INTO STORE, PAID - GRASS WEIGHED INTO STORE and PAID
  IN CASH - ENTERED IN MEMBER PASSBOOK successes. *settled* (new here): a banking page's Processed -
  beneficiary credited / Transaction status: Success and the record's Record status: Processed successes,
  Pending for approval - authoriser yet to sign (Awaiting authoriser) pending (keyed, not yet authorised),
  Rejected by beneficiary bank - account closed, funds returned (Rejected) failed, printed first, at the foot
  or under a Status label; a payout's Payout successful / Credited to beneficiary's bank account successes,
  Payout pending at bank - we will update in 24 hours pending; Google Pay's Completed, <day>, <hour> a success
  (the word before the day); Paytm's Payment Successful / Money sent successes, Payment Failed - receiver's
  bank is not responding failed. *settled* (new here): a fee page's Challan paid - e-receipt generated /
  Transaction successful - amount credited to Govt. account / Fee received and a Payment status: Paid /
  Success row successes, the Board's Transaction failed - amount not received by the Board, retry failed,
  EPFO's Payment initiated - confirmation awaited from bank, do not pay again pending. *settled* (new here):
  an insurer's Premium received - policy issued and Receipt status: Realised successes, CHEQUE UNDER
  REALISATION - COVER SUBJECT TO CLEARANCE (Under realisation) pending, Payment declined by bank - policy not
  renewed (Declined) failed. *settled* (new here): a slip's TRANSACTION APPROVED / APPROVED - THANK YOU /
  APPROVED (PIN VERIFIED OK) successes, DECLINED - 51 INSUFFICIENT FUNDS failed, HOST TIMEOUT - TXN STATUS
  UNKNOWN, DO NOT RESWIPE pending. *settled* (new here): a Bharat Connect page's Bill paid successfully /
  Payment successful - biller updated and Status: Successful successes, Payment under process at biller -
  check after 2 days (In process) pending, Transaction failed - refund initiated if debited (Failed) failed
  (whatever the refund); NBPDCL's Payment successful - thank you / Amount posted to your account and the smart
  meter's Recharge successful / Recharge done - balance updated successes. *settled*: an SMS debit alert a
  success whatever its bank's wording; *settled* (new here) one that "could not be processed; the amount is
  credited back to your account." failed, one that "is under process at the beneficiary bank. Do not retry."
  pending; the e-mail's sentence of a debit and Axis Bank's Transaction status: Successful successes.
* date: the day paid. *settled* (new here): a UPI screen's Paid on / Date & time / Time of payment, Started at
  / Initiated at on one not yet paid and Tried at / Attempted at on one failed, first or last in the details,
  or the day and the hour with no label under the status, *settled* (new here) the month's name first (Mar 1,
  2026, 6:48 AM is 2026-03-01), the hour first (4:12 pm | 14 Oct 2026), 14/10/2026 16:12 or Wed 14 Oct 2026,
  16:12; a gateway's Transaction time / Paid on / Date of payment or the unlabelled line under the outcome; a
  payer's *settled* (new here) Released on / Payment released date / Value dt., Held since / Put on hold on on
  the hold, Returned on / Reversal date on the return, the day written *settled* (new here) Wednesday, October
  14, 2026 / Oct 14, 2026 / October 14, 2026 on some e-mails; an inward advice's *settled* (new here) Value
  date (credit) / Date of credit / Credited to your account on, Received on (parked) / Parked since on the one
  parked, Returned on / Date of return to remitter on the one sent back (in capitals on some), or the day in
  the raw :32A: field (260619JPY2220000, is 2026-06-19); a receipt's *settled* (new here) Tithi (date) / Dated
  / Date of sale as a row or on a line set to the right (Dated: 07-Oct-2026), the desk's Received on / Credit
  date; an invoice's *settled* (new here) Dated / Invoice dt. / Date of supply, or the day after "dated" in
  the heading's line (TAX INVOICE No. CMT/26-27/4957 dated 17-07-2026 is 2026-07-17); a banking page's
  *settled* (new here) Processed on / Transaction date / Debit date, Submitted on / Pending approval since on
  the one pending, Rejected on / Returned on on the one rejected; a pay slip's *settled* (new here) Dinank /
  Slip date / Paid on; a payout's *settled* (new here) Payout date / Credited on, Initiated on / Pending since
  on the one pending; Google Pay's day *settled* (new here) after the status word on its line (Completed, 2
  Aug 2026, 4:12 pm), Paytm's Date / Paid at / Tried at; a fee page's *settled* (new here) Date of deposit /
  Payment date & time / Challan paid on / Txn. date, the Board's Attempt failed on / Failed on and EPFO's
  Initiated on / Payment initiated on; an insurer's *settled* (new here) Receipt date / Premium received on /
  Payment realised on, Cheque tendered on / Collected on on the cheque not yet cleared, Payment attempted on /
  Declined on on the failed one, or the day after "on" in the e-mail's sentence; a slip's *settled* (new here)
  DATE:<day>  TIME:<hour> on one line (DATE:03/09/26 is 2026-09-03), the month's name first with no label (SEP
  3, 2026  19:04:58) or a DATE/TIME: row, at the top or under the sum; a Bharat Connect page's *settled* (new
  here) Payment date / Paid on, Submitted on on the one pending, Tried on on the failed one; NBPDCL's Payment
  date / Date of receipt; the smart meter's Recharged on / Date & time; the SMS's day and its divider's (Bihar
  Gramin Bank's "on 14-10-26" is 2026-10-14); the e-mails' sentence "on <day>" and Value date / Date. All
  numeric days here are day first (heldout251, heldout259). *settled*: never a Due date, a Cheque dt., a
  Period of insurance, an invoice number's or a slip number's financial year or an e-mail's hour; never
  *settled* (new here) the day of a bill listed on an advice written "dt. <day>" (heldout246), an AWB date or
  an SB date, a Bill date on a Bharat Connect page, the Wage month or the Tax period (2026-27), the year of a
  head (Holding tax 2026-27), the day inside a UTR (heldout210) or *settled* (new here) inside an OGRAS CIN.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (its *settled* (new here) :23B:
  Bank operation code CRED or its Received through / Channel SWIFT (MT103) / SWIFT gpi), a payer's NEFT / RTGS
  / IMPS, a Paytm payout's IMPS (as heldout261's Cashfree Payouts'), a Bharat Connect bill from a *settled*
  (new here) Savings A/c, a gateway's Net banking - <bank>, a fee, a premium or NBPDCL paid by Net banking
  (EPFO by net banking only), the banking pages' and the e-mail alerts' NEFT / RTGS / IMPS (*settled* (new
  here) the e-receipt's sentence "NEFT of INR x", the stacked Mode "NEFT - <bank>", Axis Bank's "NEFT -
  Internet Banking"), an SMS's NEFT / IMPS / RTGS; UPI for the UPI screens, a gateway's UPI / UPI intent
  (PhonePe) / UPI QR, a receipt's *settled* (new here) UPI (shop QR), a pay slip's, an invoice's, a fee's, a
  premium's or a bill's UPI, the smart meter's Paid using UPI and Bihar Gramin Bank's UPI alert; card on
  slips, a gateway's card, a receipt's Card (POS), a fee, a premium or NBPDCL paid by Debit card; cheque for a
  cheque received or returned and a premium paid by Cheque; cash for a bill or a pay slip paid in cash.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout261): a UPI
  reference / UTR / RRN / IMPS reference (a UPI screen's *settled* (new here) UPI transaction ID / UPI ref.
  No. / UPI Ref. ID / UPI reference / UTR number / bank reference No. (CRED's, its UPI reference) / UTR / UTR
  No. / UPI Reference No. / RRN / UPI RRN, a gateway's *settled* (new here) Bank ref. No. (PayU's) / Bank ref
  num (Easebuzz's) on a UPI payment, a payer's *settled* (new here) UTR (NEFT) / Bank UTR / RTGS ref. (UTR) /
  IMPS ref. (RRN), a receipt's *settled* (new here) UPI RRN / UTR / UTR No. / NEFT UTR / RTGS UTR, an
  invoice's *settled* (new here) UTR / NEFT UTR / RTGS UTR / UPI RRN / UPI ref., a banking page's *settled*
  (new here) NEFT ref. (UTR) / UTR No. / RTGS UTR / IMPS ref. No. / UTR, a pay slip's UPI Ref. No. / *settled*
  (new here) IMPS ref., a payout's *settled* (new here) Bank txn ID (UTR), Google Pay's UPI transaction ID and
  Paytm's UPI Ref. No., an insurer's *settled* (new here) UPI Ref., a Bharat Connect page's *settled* (new
  here) UPI ref. / UTR, NBPDCL's UPI ref. No., the smart meter's UPI ref., a slip's *settled* (new here) RRN:
  / RET REF NO:, an SMS's *settled* (new here) UPI Ref (Bihar Gramin Bank's) / UTR (Punjab National Bank's) /
  Ref No (Canara Bank's) / the narration's middle part (Central Bank of India's "NEFT/<ref>/<payee>") / Ref
  (Bank of Baroda's), the e-mails' UTR / IMPS ref. No.), then a bank reference (an inward advice's *settled*
  (new here) IRM No. / Our reference, a banking page's *settled* (new here) Transaction ref. No. / CBS journal
  No., a gateway's Bank ref. No. / Bank ref num on net banking, a fee page's Bank ref. / Bank ref. No. and
  *settled* (new here) the OGRAS challan's CIN (the bank's challan identification number), an insurer's
  *settled* (new here) Bank reference, NBPDCL's Bank ref. No., a Bharat Connect page's *settled* (new here)
  Bharat Connect ID / BC txn ref.), then a transaction / payment id (*settled* (new here) PayU ID and Easepay
  ID (the gateway's id for the payment), the UPI apps' own Google transaction ID, WhatsApp Pay ID, CRED txn
  ID, Transaction ID (PhonePe's), MobiKwik order ID and super.money txn ID (the app's own id, whatever its
  name, heldout235), a payout's *settled* (new here) Payout ID, Paytm's *settled* (new here) Paytm order ID
  (the app's own id), a fee page's Payment ID / Transaction ID / Transaction No. / EPFO's TRRN and *settled*
  (new here) the OGRAS GRN, an insurer's *settled* (new here) Transaction No., NBPDCL's Transaction ID, the
  smart meter's *settled* (new here) Recharge ID, a failed Bharat Connect page's *settled* (new here) App txn
  ID), then an approval code (a gateway's Auth code, a receipt's *settled* (new here) Approval No., a slip's
  *settled* (new here) APPR CODE: / AUTH CODE:), then an order's number (*settled* (new here) PayU's Merchant
  txn ID and Easebuzz's Txn ID (store) (the store's own id for the order), a payout's Order ID), then a
  document's own number (a payer's *settled* (new here) Advice ref. / Payment voucher No. / Document No. /
  Voucher No. / the letter's Ref., an inward advice's *settled* (new here) FIRA No., a receipt's *settled*
  (new here) Rasid sankhya (receipt No.) / Cash memo No. / Order bill No. / Wholesale bill No. / Bill No. /
  Making bill No. / Grass bill No. / Katran memo No. / Memo No. / Acknowledgement No. / Advance receipt ref.,
  an invoice's *settled* (new here) Invoice No. / Bill No. / Invoice serial and the number after "TAX INVOICE
  No." in the heading's line, a pay slip's *settled* (new here) Bhugtan parchi No. / Pay slip No., a fee
  page's Receipt No. / Challan No. / EPFO's CRN, an insurer's *settled* (new here) Collection receipt No. /
  Receipt No., NBPDCL's Receipt No., a slip's *settled* (new here) ROC NO: / INV:). *settled*: never a UETR, a
  *settled* (new here) :20: Sender's reference (as heldout261's Transaction reference (:20:)), MERCHANT NO: /
  TERMINAL NO: / BATCH NUM: / SEQ NO:, an EXPIRY:, a card, account or mobile number, a UPI ID or VPA, IFSC,
  GSTIN, a cheque number, a Purpose code, an Invoice No. on a wire (the export invoice's), an AWB No. or a
  Shipping bill No., an E-way bill No., a *settled* (new here) GR No. (a transporter's goods receipt, as
  heldout259's LR No.), a Docket No. or a Vehicle No., the *settled* (new here) Your order ref., the Vendor
  code and PO No., the number of a bill listed on an advice, the Maker / Authoriser, the *settled* (new here)
  File name and Batch ref. of a bulk file, a Payee's account, a Member No. or Aadhaar (last 4), a *settled*
  (new here) Holding No., Ward No., Application No., Establishment ID, Membership No., Registration No., the
  company's CIN of the company (its corporate identity number, no payment's id) or a head of account
  (0028-00-107-0001), a Policy No. / *settled* (new here) Proposal No. / Quote No. / Customer ID /
  Intermediary code, a Bharat Connect page's CA Number, Service ID, Mobile No., Subscriber ID or Consumer No.
  (Indane), the *settled* (new here) Meter No., or a slip's *settled* (new here) ROOM: / GUEST BILL NO:,
  TABLE: / PAX:, DISPENSER: / VEH NO: or CUST MOB:."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout263_families import (
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

SPLIT = "heldout263"

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


def make_heldout263_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout263 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
