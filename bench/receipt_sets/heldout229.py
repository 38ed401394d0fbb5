"""heldout229: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a fireworks factory's day in 2026 in Sivakasi, Virudhunagar district, Tamil Nadu
(Kathiroli Pyrotechnics Pvt Ltd, its factory, Kathiroli Fireworks Factory, licensed by PESO, at Thayilpatti on
the Vembakottai road, where the chemicals are mixed in the mixing shed, the paper tubes rolled, the flower
pots, chakkars and shots filled, fused, dried in the sun and wrapped and labelled, and the finished cases kept
in its magazines, and its sales depot, Mayil Crackers Sales Depot, on the Sattur road in Sivakasi, where the
stockists, the cracker shops, the temple festival committees, the wedding decorators and the Diwali buyers buy
sparklers, flower pots, chakkars, shots, garlands and gift boxes), told by the proofs of payment it receives
(buyers' UPI screens and the depot's Juspay and NTT DATA (atom) pages, the Chennai, Attibele, Trichy and
Vijayawada stockists', a Hyderabad Diwali mart's, a Thrissur fireworks agency's, a Mumbai distributor's and a
Coimbatore supermarket chain's payment advices, importers' inward wires from Lautoka, Port Louis, Durban,
Chaguanas, Wembley, The Hague, Auckland and Georgetown in Fiji dollars, Mauritian rupees, South African rand,
US dollars, pounds, euros and New Zealand dollars, the depot's own sale memos and cash bills, the factory's
sale receipts and its receipts for waste paper, tube cuttings and carton scrap sold by the tonne, cards on the
depot's, the company's and the factory's terminals) and those it makes (the Virudhunagar chemical dealer's,
the Kovilpatti paper tube maker's, the Thiruthangal wrapper and label printer's, the Vembakottai safety fuse
works' and the Vapi nitrate maker's tax invoices, the net-banking transfers to the explosive van carriers, the
magazine builder, the lightning arrester servicer, the emission testing lab, the fire safety firm, the depot's
landlord, the chemical lorry and the tax consultants, the fillers', mixers', tube rollers', fuse cutters',
wrappers' and packers' piece rate vouchers, Bulkpe payouts to two chemical mixers and a Google Pay and a Paytm
payment, PESO's licence renewal, DISH's factory licence renewal, TNPCB's consent fee, Thayilpatti Village
Panchayat's property tax, Sivakasi City Municipal Corporation's trade licence, the Tamil Nadu Fire and Rescue
Services' NOC renewal, the Tamil Nadu Labour Welfare Board's contribution and the Transport Department's Vahan
tax, the insurers' premium receipts for the sheds, magazines and stock, the staff's health, the public
liability under the Act, the explosives van, the factory workers, the consignments in transit, the depot's
stock and the shed workers, its card at a filling station on the Sattur road, a Madurai hotel, a Virudhunagar
chemical store and a Sattur parotta stall, TNPDCL's power and the fibre, postpaid, LPG and DTH bills, the
banks' SMS and e-mail alerts). One payment per page. Each family: six successes, one failure, one wait; one
page prints no transaction id and one no day (truth None for those fields).

* ``depot_upi``: six UPI app screens (PhonePe, Google Pay, Paytm, super.money, BHIM, KVB DLite) paying the
  depot or the company, the sum above the status, and two of the depot's payment pages (Juspay, NTT DATA
  Payment Services (atom)).
* ``stockist_advices``: the stockists', the Diwali mart's, the agency's, the distributor's and the supermarket
  chain's PAYMENT ADVICE - FIREWORKS PURCHASE / SUPPLIER REMITTANCE ADVICE / Intimation of payment to supplier
  (e-mail, printed, vendor portal), the status and the day on top of the rows.
* ``export_wires``: eight banks' inward remittance advices (INWARD FOREIGN REMITTANCE - CREDIT ADVICE TO
  EXPORTER / Advice of export proceeds received (SWIFT) / Foreign inward remittance - customer copy; browser,
  e-mail, printed), the status and the foreign sum on top of the rows.
* ``own_receipts``: the depot's RETAIL SALE MEMO / CASH BILL - SALES DEPOT, the factory's FACTORY SALE RECEIPT
  / FACTORY GATE SALE RECEIPT / RECEIPT - SCRAP PAPER SALE / SCRAP SALE MEMO (paper, rubber stamp) and the
  accounts desk's Acknowledgement of payment received e-mails.
* ``supplier_invoices``: the chemical, paper tube, label, fuse and nitrate suppliers' TAX INVOICE (RECIPIENT'S
  COPY) / INVOICE (GST) - BUYER'S COPY / SALES INVOICE (GST) with the payment block and a rubber stamp (paper,
  serif).
* ``vendor_transfers``: corporate net banking's transaction pages (TMB Corporate Net Banking, KVB Corporate
  Internet Banking, CUB Corporate Net Banking), the status and the references above the payee.
* ``worker_pay``: printed FILLING SECTION - PIECE WAGES (PER GROSS) / ANAR FILLING WAGES VOUCHER / TUBE
  ROLLING PIECE RATE SLIP (PER 1000) / PAPER TUBE ROLLING WAGES VOUCHER / WRAPPING & LABELLING WAGES (PER
  GROSS) / LABELLING SECTION PIECE WAGE SLIP, Bulkpe's payout pages, a Google Pay and a Paytm screen.
* ``govt_fees``: PESO's licence renewal, DISH's factory licence renewal, TNPCB's consent fee (OCMMS),
  Thayilpatti Village Panchayat's property tax page, Sivakasi City Municipal Corporation's trade licence page,
  the Tamil Nadu Fire and Rescue Services' NOC renewal, the Tamil Nadu Labour Welfare Board's contribution and
  the Transport Department's Vahan tax page (browser).
* ``insurer_receipts``: insurers' PREMIUM RECEIPT / RECEIPT FOR PREMIUM PAID / Premium paid - e-receipt
  (browser, e-mail, printed at the branch), the status under the sum.
* ``card_slips``: card terminal slips (monospace).
* ``utility_bills``: Bharat Connect in KVB DLite and UPI apps (PhonePe, Google Pay, Amazon Pay, CRED, Paytm),
  the sum above the status, and TNPDCL's own receipt page.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Tamilnad Mercantile Bank, Karur Vysya
  Bank, Indian Bank, City Union Bank's UPI) and two e-mail debit alerts (Tamilnad Mercantile Bank, Karur Vysya
  Bank).

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout210's, heldout211's, heldout223's and heldout227's.

Truth conventions (heldout227's, heldout223's, heldout222's, heldout219's, heldout215's, heldout214's,
heldout211's, heldout210's, heldout209's, heldout207's, heldout206's, heldout204's, heldout203's,
heldout190's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Sent to / Paying to / Payment to (heldout206), *settled* (new here on a UPI screen) or Transferred to
  (here the depot, Mayil Crackers Sales Depot / MAYIL CRACKERS SALES DEPOT, the company's capitals, KATHIROLI
  PYROTECHNICS PVT LTD, or its short name, Kathiroli Pyrotechnics, as printed), never the UPI ID or the app,
  nor the Banking name line under the UPI ID (heldout207) or the Bank account name line there (heldout225); a
  payment page's payee on top (here the depot or the company), never Customer name / Paid by (heldout204,
  heldout206) / *settled* (new here) Buyer, the Order for / Description line or the gateway's footer
  (*settled* (new here) Juspay, NTT DATA Payment Services India (atom)). *settled* (heldout167, heldout175,
  heldout179, heldout190, heldout202 to heldout227): a payer's payment advice pays the one it pays, never the
  payer on top; here a stockist's, the Diwali mart's, the agency's, the distributor's or the supermarket
  chain's advice pays the company under Paid to supplier (heldout210), Credited to (supplier) (heldout207),
  Beneficiary (supplier) (heldout184), *settled* (new here) or Name of supplier (payee) (its full, capital or
  short name as printed), never the payer on top, its desk line, the Supplier ID (heldout214), *settled* (new
  here) Our order No. (as heldout227's PO ref.), the Lorry receipt No. (as heldout223's LR No.) or the
  Supplier's bank account (as heldout227's Bank A/c of vendor). *settled* (heldout155, heldout167, heldout190,
  heldout203 to heldout227): a bank's inward remittance advice pays the company under Beneficiary name
  (heldout210) / Beneficiary (exporter) (heldout201) / Credited to (exporter) (heldout206), never the bank on
  top, its forex desk line, the Remitter (heldout211) / Remitter name / Ordering party (heldout210) (the
  importer abroad), the Remitter's bank (heldout207) / Ordering institution (heldout210), *settled* (new here)
  the Sending institution or the Correspondent bank (as heldout227's Intermediary bank). *settled*
  (heldout175, heldout179, heldout190, heldout203 to heldout227): the company's own receipt pays the trade
  name on top where that is on top, so *settled* (new here) the depot's memos and cash bills pay Mayil
  Crackers Sales Depot and the factory's receipts Kathiroli Fireworks Factory (capitals where so printed), and
  a receipt with the company on top the company, never the "A unit of" company line under it (heldout190), the
  party under Received from, Name of buyer (heldout219), *settled* (new here) Customer, the goods' line, the
  signature line or the rubber stamp; *settled* (new here) the factory's receipt for waste paper, tube
  cuttings and carton scrap sold by the tonne to a paper waste mart alike (the factory, never the buyer, as
  heldout222's scrap, heldout223's rejects and heldout227's grog); the accounts desk's e-mail pays the company
  on top (its full, capital or short name as printed, heldout219), never the factory's line under it. A
  supplier's name on top of its own paper (capitals where so printed), never M/s the company under Buyer /
  Bill to (heldout167) / Sold to (buyer) (heldout206), nor the factory under Delivered at (heldout211),
  *settled* (new here) nor the PESO licence of buyer. *settled* (heldout179, heldout186, heldout202,
  heldout203, heldout207 to heldout227): a corporate banking page pays the payee under Beneficiary name /
  Credit to (heldout179) / Transfer to (heldout214), *settled* (new here) or Payee (account holder), never the
  portal (*settled* (new here) TMB Corporate Net Banking, KVB Corporate Internet Banking, CUB Corporate Net
  Banking), the bank line, the Debit from (heldout203, the company) or the Beneficiary nickname (heldout190).
  *settled* (heldout150, heldout161, heldout179, heldout203 to heldout227): a wage voucher pays the worker,
  *settled* (new here) a filler under Name of filler / Paid to (filler), a tube roller under Name of roller /
  Paid to (roller) and a wrapper under Name of wrapper / Paid to (wrapper), never the company on top, the
  factory's line under it, the Role, the Worker ID (heldout215, as heldout202's Token No.) or *settled* (new
  here) the Shed No.; *settled* (new here) Bulkpe's payout page the Beneficiary name / Payee (as Decentro's,
  heldout227, and Easebuzz Payouts', heldout223), never Bulkpe on top, the company under it (Payout account -
  ...), the Beneficiary ID (heldout219) or the Account / VPA (heldout223); a transfer screen the payee under
  Paid to / To. *settled* (heldout153, heldout167, heldout182, heldout202 to heldout227): a fee page pays the
  authority on top as printed, *settled* (new here for Tamil Nadu) Petroleum and Explosives Safety
  Organisation / PESO (the explosives licensing authority, whatever DPIIT line is under it); Directorate of
  Industrial Safety and Health, Tamil Nadu / its capitals; Tamil Nadu Pollution Control Board / its capitals;
  Thayilpatti Village Panchayat / THAYILPATTI VILLAGE PANCHAYAT (the panchayat, never the Vembakottai
  Panchayat Union line under it); Sivakasi City Municipal Corporation / its capitals; Tamil Nadu Fire and
  Rescue Services / TAMIL NADU FIRE & RESCUE SERVICES; Tamil Nadu Labour Welfare Board / its capitals;
  Transport Department, Tamil Nadu / Transport Department, Government of Tamil Nadu on the Vahan receipt (as
  heldout227's Uttar Pradesh department); never the line under it (DPIIT and the Ministry of Commerce &
  Industry, the Labour Welfare and Skill Development Department, OCMMS, the Panchayat Union, the single window
  portal, Vahan or the Ministry of Road Transport & Highways), the Name of licensee, Name of factory, Name of
  the unit, *settled* (new here) Name of assessee, Name of trader, Name of premises, Name of employer or Owner
  name. *settled* (heldout199, heldout202 to heldout227): an insurer's premium receipt pays the insurer on top
  (its full name, capitals where so printed; *settled* (new here) IndusInd General Insurance Co. Ltd's, Galaxy
  Health Insurance Co. Ltd's, Tata AIG General Insurance Co. Ltd's, Chola MS General Insurance Co. Ltd's, The
  New India Assurance Co. Ltd's, Bajaj General Insurance Ltd's, United India Insurance Co. Ltd's and Aditya
  Birla Health Insurance Co. Ltd's alike), never the product line, the office line or the Insured (heldout227)
  / Name of insured (heldout202) / *settled* (new here) Policy holder (the company). A slip's counter name
  line in capitals (here the company's own counters, MAYIL CRACKERS SALES DEPOT, KATHIROLI PYROTECHNICS and
  KATHIROLI FIREWORKS FACTORY, on four, a filling station, a Madurai hotel, a chemical store and a parotta
  stall on the rest), never the terminal's bank or brand (TAMILNAD MERCANTILE BANK, BPCL, KARUR VYSYA BANK,
  INDIAN BANK, CITY UNION BANK, PINE LABS, RAZORPAY POS, INDIAN OVERSEAS BANK) or the place line. A Bharat
  Connect page's biller under Biller / Biller name / Operator / Service provider / Billed by (heldout223) /
  Paid to biller (heldout153), *settled* (new here) or Biller (provider) (short or long as printed), never the
  app (here also KVB DLite and Amazon Pay), Bharat Connect or the Customer name / Consumer name / Name as per
  bill (heldout218); *settled* (new here) TNPDCL's own receipt page the discom on top (TNPDCL, Tamil Nadu
  Power Distribution Corporation Ltd or its capitals as printed, as heldout227's PVVNL's), never the "A TNEB
  Ltd company" line under it, the Circle or the Consumer name. An SMS alert's payee as the bank sends it ("to
  THAYILPATTI PANCHAYA": *settled*, the truncated name as printed, without the sentence's full stop),
  *settled* (new here) Tamilnad Mercantile Bank's "for <way> to <payee>.", Karur Vysya Bank's "favouring
  <payee>.", Indian Bank's "; <way> to <payee>." and City Union Bank's UPI "through UPI to <payee>." (the name
  ends before UPI Ref No), and the rejected and pending transfers' "to <payee> on <day>" (heldout222,
  heldout227), never the bank or the sender id; the e-mail alert's Beneficiary (heldout206) / *settled* (new
  here) Transferred in favour of, never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large. *settled*
  (heldout152, heldout186, heldout190, heldout202 to heldout227): a payer's advice counts its net sum,
  *settled* (new here) Net remitted to supplier / Net sum paid / Amount released to supplier, Net amount
  withheld on the hold and Net amount (heldout210) / *settled* (new here) Amount bounced back on the return
  (the Gross bills / Total invoices less Less: TDS u/s 194Q @ 0.1% and *settled* (new here) a Less: Damp
  cartons in transit - n cases, a Less: Short receipt - n cases or a Less: Cash discount @ 2% (paid within 7
  days)), never a bill's sum or the Gross bills / Total invoices. *settled* (heldout155, heldout167,
  heldout190, heldout203 to heldout227): an inward wire's foreign sum, Remitted amount (heldout204), Amount in
  foreign currency (heldout181), Remittance amount (FCY) (heldout188), in US dollars, pounds, euros, New
  Zealand dollars (NZD, heldout215; NZ$), *settled* (new here for an inward wire) Fiji dollars (FJD, printed
  FJD or FJ$ before the sum) as FJD, Mauritian rupees (MUR, printed with its code before or after the sum,
  never read as rupees) as MUR and South African rand (ZAR, printed ZAR or R before the sum) as ZAR, never the
  INR value (heldout187), the Less: Commission and GST or the Net amount credited (INR) (heldout205); its
  Exchange rate (1 MUR = INR 1.8786) is no sum. *settled* (heldout175, heldout179, heldout190, heldout203 to
  heldout227): a receipt counts the sum received even where it is part of the order, Cash received / Received
  by UPI / Cheque amount / Advance received / Received by card (heldout210) / Amount of cheque (heldout206) /
  UPI amount received (heldout206) / Paid by card (swipe) (heldout212) / Booking advance received
  (heldout225), *settled* (new here) or Amount paid in cash, never the Bill amount / Total / Order value
  (heldout202) where less was received, the goods' line, the GST @ 18% or the Balance due / Balance on
  delivery (heldout164); *settled* (new here) the factory's sale of waste paper, tube cuttings and carton
  scrap (the tonnes x rate, no GST) counts its bill, received in full (as heldout227's grog). *settled*
  (heldout187, heldout191, heldout202 to heldout227): a supplier's invoice counts the sum paid, where an
  advance is taken off (here *settled* (new here) Less: Advance paid against proforma) the Balance paid by
  RTGS / NEFT (heldout221), else Amount credited by RTGS / NEFT (heldout204), Amount received via UPI
  (heldout224) / UPI payment (heldout225), *settled* (new here) or Payment by NEFT (the rounded Invoice total
  with GST), or the Cheque received / Amount of cheque (heldout206), never the Taxable value, a line or the
  GST; *settled* (new here) a line priced per 1000 (pieces @ rate per 1000) is no sum of its own. A banking
  page's Amount (INR) (heldout210) / Transfer amount (heldout211) / Debit amount (heldout174). *settled*
  (heldout167, heldout202 to heldout227): a wage voucher's net sum, Net wages handed over (heldout219) / Net
  paid to worker (heldout216), *settled* (new here) or Net wages disbursed (the gross, thousands or batches x
  rate, plus Add: Attendance bonus (full week) / Add: Diwali season incentive, less Less: ESI @ 0.75%
  (heldout204) / Less: Festival advance recovered), never the Gross wages, the line or a deduction; Bulkpe's
  and a screen's sum large. *settled* (new here): PESO's Total fee paid / Amount paid (the Licence fee
  (renewal, 1 year) and the Fee for magazines (n)), never a head; DISH's Total fee paid / Amount remitted (the
  Licence renewal fee and a Late fee), never a head; TNPCB's Total fee paid (the Water Act and Air Act fees,
  heldout206), never a head; Thayilpatti Village Panchayat's Total amount paid / Amount paid (the Property tax
  (first half 2026-27), the Water charges and the Library cess, as heldout204's and heldout211's), never a
  head; Sivakasi City Municipal Corporation's Total amount / Amount paid / Amount (the Trade licence fee
  (hazardous trade - fireworks storage) and the Advertisement board fee), never a head; the Fire and Rescue
  Services' Total amount / Amount paid, Amount / Total amount on the page not yet confirmed (the NOC renewal
  fee and the Inspection fee), never a head; the Labour Welfare Board's Total contribution paid / Amount paid
  (the Employees' contribution n x Rs 20 and the Employer's contribution n x Rs 40, as heldout209's), never a
  share; the Transport Department's Total amount paid / Amount paid (the Motor vehicle tax (quarterly)).
  *settled* (heldout199, heldout202 to heldout227): an insurer's premium with its GST, Total premium received
  (heldout211) / Premium collected (incl. GST) (heldout215) / Amount received towards premium (heldout203),
  *settled* (new here) or Premium realised (incl. GST), the Cheque amount (heldout211) on the cheque not yet
  cleared, Premium due (heldout213) / Total payable (heldout214) on the failed one, never the Basic premium,
  an add-on or the GST, nor the Own damage premium or the Third party premium (heldout223), nor the IDV
  (insured declared value), the Lives covered, the Persons covered (heldout223), the Estimated annual wages
  (heldout210), the Annual turnover in transit (heldout215) or *settled* (new here) the Sum insured - sheds,
  magazines and stock, the Limit of indemnity (Act) or the Sum insured - depot stock; the public liability
  receipt counts the premium, its GST and the Contribution to Environment Relief Fund together (heldout209). A
  slip's SALE AMOUNT: (heldout210) / AMOUNT: (heldout179) / TOTAL: (heldout200), *settled* (new here) or NET
  SALE AMT:, never the RATE/L: or the VOLUME(L):. A Bharat Connect page's sum large; TNPDCL's Amount paid /
  Paid amount (as heldout227's PVVNL's). An alert's sum debited (*settled* (new here) Tamilnad Mercantile
  Bank's "is debited with INR x", Karur Vysya Bank's "Rs.x has been debited", Indian Bank's "debited Rs. x",
  City Union Bank's UPI "Rs.x debited", the rejected and pending transfers' "<way> transfer of Rs.x"
  (heldout227); the e-mail's Amount (INR) (heldout227) / Amount transferred (heldout155)), never the Avl Bal.
  Currency INR but on the wires.
* status: as printed. A UPI screen's Payment successful / Paid successfully successes (heldout204, heldout207,
  heldout211, heldout219, heldout223), *settled* (new here) as is Money sent - payment complete, Awaiting
  confirmation from your bank - the amount may show as debited, please do not pay twice pending, Transaction
  failed - the payee bank did not respond in time failed; a payment page's Payment successful successes
  (heldout205, heldout219), *settled* (new here) as is Your payment has been received - order confirmed.
  *settled* (new here): a payer's Status: Paid to supplier's bank account / Remittance sent - please
  acknowledge receipt successes, Withheld - transit damage claim under survey pending (a payer's hold, as
  heldout198's to heldout227's), Remittance bounced - account number and IFSC do not match failed. *settled*
  (new here): an inward advice's Export proceeds credited to current account - IRM generated / Status:
  Proceeds realised - IRM lodged in EDPMS successes, Under scrutiny - purpose code and export invoice to be
  confirmed by the exporter pending, Returned to sender - beneficiary account name mismatch failed. *settled*
  (heldout167, heldout179, heldout190, heldout203, heldout207, heldout211, heldout215, heldout219, heldout223,
  heldout227): a cheque received and not yet cleared pending, a cheque returned failed, so *settled* (new
  here) CHEQUE ACCEPTED - CASES RELEASED ON CREDIT TO OUR ACCOUNT and CHEQUE DEPOSITED - SUBJECT TO
  REALISATION pending, CHEQUE BOUNCED - BOOKING CANCELLED, CASES NOT RELEASED and CHEQUE RETURNED -
  INSUFFICIENT FUNDS, PLEASE REMIT AGAIN failed; RECEIVED WITH THANKS, PAID and PAID IN CASH (heldout227)
  successes, *settled* (new here) as are RECEIVED BY NEFT / RTGS / UPI, PAID - GOODS DELIVERED AT COUNTER,
  RECEIVED - SCRAP LIFTED BY BUYER, PAYMENT RECEIVED IN FULL - NO DUES, PAID - WORKER SIGNED and PAID -
  WORKER'S THUMB MARK TAKEN. *settled* (new here): a banking page's Funds transferred - beneficiary credited /
  Status: Success - UTR received successes, Pending with checker - not yet released to the bank pending
  (keyed, not yet authorised, as heldout191's to heldout227's), Failed - beneficiary bank returned the credit
  (invalid account) failed; Bulkpe's Payout successful - amount credited / Payout status: CREDITED successes,
  Queued - payout will be sent in the next batch pending (not yet sent, as heldout227's Scheduled), Payout
  failed - beneficiary bank declined, amount refunded to wallet failed (the payout came back, whatever the
  refund, as heldout227's Payout reversed); a transfer screen's Paid / Payment successful / Transaction
  successful successes (heldout211); a fee page's Payment successful successes, *settled* (new here) as are
  Fee received - e-receipt issued, Payment realised by the department and Fee remitted - challan closed, the
  Fire and Rescue Services' Awaiting bank confirmation - NOC application moves after the fee is confirmed, do
  not pay again pending, Sivakasi City Municipal Corporation's Payment unsuccessful - trade licence fee not
  received by the Corporation failed; an insurer's *settled* (new here) Premium received - policy issued and
  mailed to you / Payment successful - e-policy ready to download successes, CHEQUE UNDER CLEARING - RISK
  COVERED FROM DATE OF REALISATION pending (as heldout211's cover from realisation), Payment not completed -
  proposal lapses if unpaid in 15 days failed; a slip's APPROVED / TXN APPROVED successes (heldout210,
  heldout211), *settled* (new here) as is TXN SUCCESSFUL - APPROVED, DECLINED - 51 INSUFFICIENT FUNDS IN
  ACCOUNT failed, TIMEOUT - NO REPLY FROM ISSUER, CHECK BEFORE RETRY pending; Bill paid successfully / Payment
  successful successes (heldout210, heldout211), *settled* (new here) as is Bill payment successful - biller
  notified, Bill payment in progress - biller confirmation awaited, do not pay again pending, Bill payment
  failed - money, if deducted, returns to your account in 3-5 days failed (the payment failed, whatever the
  refund), TNPDCL's Payment successful / *settled* (new here) Payment posted - thank you for paying online
  successes; an SMS that says the transfer "was REJECTED by the beneficiary bank; the amount is refunded to
  your A/c." failed (whatever the refund), one that "is PENDING with the beneficiary bank - please wait before
  retrying." pending, a debit alert a success, whatever its bank's wording ("TMB: Your A/c XX1234 is debited
  with INR x on <day> for <way> to <payee>.", "Dear Customer, Rs.x has been debited from your KVB A/c **1234
  on <day> via <way> favouring <payee>.", "Indian Bank: A/c *1234 debited Rs. x on <day>; <way> to <payee>.",
  City Union Bank's "CUB: Rs.x debited from A/c XX1234 on <day> through UPI to <payee>. UPI Ref No <ref>.");
  the e-mail's *settled* (new here) Status: Successful - debited / Transaction status: Debit completed
  successes.
* date: the day paid (a UPI screen's Date & time / Paid on / Completed on / Sent on (heldout177), Initiated on
  on one not yet paid (heldout203), a payment page's Paid on / Payment date (heldout206) / Txn date
  (heldout182), a payer's Paid on / Date of payment / Remittance date (heldout199), the held one's Advice date
  (heldout198) / Withheld on (heldout226) and Bounced on (heldout204) / Returned on on the bounced one, an
  inward advice's Value date / Realisation date (heldout203) / Credited on, Received on (heldout206) /
  *settled* (new here) Under scrutiny since on the one under scrutiny and Returned on / *settled* (new here)
  Return value date on the returned one, a receipt's, invoice's or voucher's Date / Dated / Bill date /
  Invoice date / Inv. date / Date of invoice / Voucher date, a banking page's Value date / Transaction date /
  Processed on, Created on (heldout211) / Saved on (heldout212) on the one awaiting its checker and Returned
  on / Failed on on the returned one, Bulkpe's Processed on / Credited on, Queued on (heldout227) and Failed
  on (as heldout223's Reversed on), a fee page's Payment date / Date of payment / Receipt date, the Fire and
  Rescue Services' Initiated on / Transaction date on the page not yet confirmed and Sivakasi City Municipal
  Corporation's Transaction date / Attempted on on the failed one, an insurer's Receipt date / Date of receipt
  (heldout202) / Premium paid on (heldout223), Cheque received on (heldout204) on the cheque not yet cleared
  and Attempted on (heldout206) / *settled* (new here) Payment tried on on the failed one, a slip's DATE: /
  DT: (heldout210) / TXN DT: (heldout204), Paid on / Transaction date & time (the latter alone on a bill not
  paid), TNPDCL's Payment date / Paid on, the SMS's day, the e-mail alert's Transaction date / Debit date
  (heldout174)). *settled*: never a Bill month, a Due date, a Cheque date (heldout198), a Period of insurance
  (heldout199), an invoice number's or a voucher number's financial year or an e-mail's hour; never a Shipping
  bill's date (heldout167), the Vahan page's Tax valid upto (heldout223) or the day inside a UTR (heldout210);
  *settled* (new here) never the year of the Property tax (first half 2026-27) (as heldout227's House tax
  2026-27).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT /
  RTGS / IMPS, Bulkpe's IMPS (*settled* (new here), as Decentro's, heldout227), a Bharat Connect bill from a
  Current A/c (here in KVB DLite), a fee, a premium or TNPDCL paid by Net banking, an e-mail alert's Channel,
  an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a receipt's, a voucher's, an invoice's,
  Bulkpe's, a fee's, a premium's or a bill's UPI and City Union Bank's UPI alert; card on slips, a payment
  page's card, a receipt's Card, a fee, a premium or TNPDCL paid by Debit card; cheque for a cheque received,
  accepted, deposited, bounced or returned and a premium paid by Cheque; cash for a cash memo, bill, receipt
  or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout227): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref. No., UPI Reference No., UPI transaction ID,
  UPI Ref No., UPI RRN (heldout179), NEFT UTR, RTGS UTR No. (heldout210), IMPS Ref No., *settled* (new here)
  Juspay's UTR No. and atom's Bank RRN (as heldout227's Decentro's) on a UPI payment, a slip's RRN: / REF NO:
  (heldout223), an SMS's UTR / IMPS Ref and *settled* (new here) City Union Bank's UPI Ref No), then a bank
  reference (an inward advice's IRM No. (heldout190) / Inward ref. No. (heldout223) / *settled* (new here)
  FIRM reference No., a banking page's Host reference No. (heldout207) / *settled* (new here) CBS ref. No., a
  fee page's Bank Ref No., an insurer's Bank Ref No., Bharat Connect Ref. No. / BBPS Ref ID / B-Connect ref.
  (heldout152)), then a transaction / payment id (*settled* (new here) Juspay's Juspay txn ID and atom's Atom
  txn ID, PhonePe's own Transaction ID, Google Pay's Google transaction ID, *settled* (new here) KVB DLite's
  DLite Ref. No. and Bulkpe's Bulkpe txn ID (as Decentro's Decentro txn ID, heldout227), a fee page's
  Transaction ID / Transaction ref. No. / Transaction No. (*settled* (new here) PESO's, DISH's, Thayilpatti
  Village Panchayat's, Sivakasi City Municipal Corporation's, the Fire and Rescue Services' and the Labour
  Welfare Board's Transaction ID, TNPCB's Transaction ref. No. and Vahan's Transaction No.), an insurer's
  Payment ref. No. (heldout210) / *settled* (new here) Online payment ID, TNPDCL's Transaction ID, a failed
  Bharat Connect page's Transaction ID), then an approval code (Auth code, Approval code, a slip's APPR CODE:
  / AUTH CODE: / APPROVAL CODE: (heldout226)), then an order's number (*settled* (new here) Juspay's Juspay
  order ID and atom's Merchant txn ID (as PayU's, heldout203), Bulkpe's Client ref. ID (the company's own id
  for the payout, as heldout227's Decentro Reference ID)), then a document's own number (a payer's Payment
  advice No. (heldout215) / Remittance ref. No. (heldout199), Receipt No. / Memo No. / Bill No. on a receipt,
  Invoice No. / Inv. No. / Bill No., Voucher No. / Vr. No., a fee page's Receipt No., *settled* (new here)
  PESO's Bharatkosh receipt No. and the Labour Welfare Board's Challan No. (as heldout223's e-Challan No.),
  Vahan's Receipt No., Premium receipt No. / Receipt No., TNPDCL's Receipt No. (as heldout223's department's),
  a slip's INVOICE NO: / BILL NO: / INV NO: (heldout223)). *settled*: never a UETR, MID, TID, BATCH NO, STAN:
  (heldout202), a card, account or mobile number, a UPI ID, IFSC, GSTIN, a cheque number, a Purpose code, an
  Export invoice No. (heldout210), a Shipping bill No. (heldout167), an E-way bill No., a Vehicle No.
  (heldout205) (so never a Lorry No., a Registration No. on the Vahan page or an insurer's page or a slip's
  VEHICLE NO:), a Registration No. / Application No. (heldout203), a Policy No. / Proposal No. / Quote No.
  (heldout227), a Supplier ID (as heldout219's Supplier code), an LR No. (heldout223) (so never a Lorry
  receipt No.), a Sender's reference (heldout223), Maker / Checker (heldout171), a consumer number (here
  Service connection No., Telephone No., Mobile No., LPG ID, Subscriber ID), a Worker ID (as heldout202's
  Token No.), an Assessment No. or a Trade licence No. (heldout203's Licence No.), a slip's PUMP NO:
  (heldout206) or ROOM NO: (heldout203), an Order ref. (heldout202) (so never Our order No.), the Beneficiary
  nickname (heldout190). *settled* (new here): never a PESO Licence No., a Factory licence No., a Shed No., an
  Employer code, a PESO licence of buyer, Bulkpe's Beneficiary ID or Account / VPA.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout229_families import (
    bank_alerts,
    card_slips,
    compose,
    depot_upi,
    export_wires,
    govt_fees,
    insurer_receipts,
    own_receipts,
    stockist_advices,
    supplier_invoices,
    utility_bills,
    vendor_transfers,
    worker_pay,
)

SPLIT = "heldout229"

FAMILIES: list[Family] = [
    ("depot_upi", depot_upi, SCREEN_FACES),
    ("stockist_advices", stockist_advices, PAGE_FACES),
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


def make_heldout229_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout229 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
