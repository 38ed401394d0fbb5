"""heldout226: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Kannauj attar and rose-water distillery's day in 2026 in Uttar Pradesh (Bhramar
Attar Distillers Pvt Ltd, its deg-bhapka distillery, Bhramar Deg Bhapka Distillery, on Tirwa Road at Sarai
Meera, where the rose, kewra, khus and baked-earth charges are fired in copper degs and their vapour is drawn
through bamboo pipes into the sandalwood oil of the bhapkas, and its bottling and sales room, Bhramar Attar
Kothi, in Itr Gali, Bada Bazar, where the attars are filled into crystal bottles and sold by the tola and the
kilo), told by the proofs of payment it receives (perfumers', sweet makers' and shoppers' UPI screens and the
sales room's Plural and PhonePe Payment Gateway pages, a Hyderabad attar trader's, a Kanpur flavour house's, a
Delhi itr house's, a Bengaluru agarbatti maker's, a Lucknow ittar shop's, a Haridwar Ayurvedic pharmacy's, a
Lucknow sweets chain's and the Central Cottage Industries Corporation's payment advices, importers' inward
wires from Jeddah, Dubai, Grasse, Kuwait City, Kuala Lumpur, London, New York and Doha in Saudi riyals, UAE
dirhams, euros, Kuwaiti dinars, ringgit, pounds, US dollars and Qatari riyals, the sales room's sale memos and
receipts, a season booking advance and the distillery's receipts for the spent rose petals sold by the quintal
as manure, cards on the sales room's, the company's and the distillery's terminals) and those it makes (the
Firozabad bottle maker's, the Farrukhabad coppersmith's, the Mysuru sandalwood oil distiller's, the Kanpur
gift box maker's and the Tirwa fuel wood depot's tax invoices, the net-banking transfers to the roadlines, the
cargo movers, the Kanpur testing laboratory, the kuppi maker, the Hyderabad broker, the sales room's landlord,
the pump mechanic and the design studio, the deg masters', bhapka attendants', rose pickers', packers' and
rose growers' groups' vouchers and their Open Money payouts, PhonePe and BHIM payments, Nagar Palika Parishad
Kannauj's trade licence and house tax pages, the Uttar Pradesh Pollution Control Board's, the Krishi Utpadan
Mandi Samiti's, FSSAI's, the Fragrance and Flavour Development Centre's, the Uttar Pradesh Fire and Emergency
Services' and the Ministry of Corporate Affairs' fee pages, the insurers' premium receipts for the distillery
and its stock, the attar on the road, the pickup, the distillery workers, the sales room against burglary, the
staff's health, the cash carried to the rose growers and the employees' compensation, its card at a G.T. Road
filling station, a Lucknow hotel, a Firozabad glass shop and an expressway dhaba, DVVNL's power and the
broadband, gas, phone and DTH bills, the bank's SMS and e-mail alerts). One payment per page. Each family: six
successes, one failure, one wait; one page prints no transaction id and one no day (truth None for those
fields).

* ``buyer_upi``: six UPI app screens (Google Pay, PhonePe, bob World, Paytm, iMobile Pay, Groww) paying the
  sales room or the company and two of the sales room's payment pages (Plural by Pine Labs, PhonePe Payment
  Gateway).
* ``buyer_advices``: the buyers' and the Central Cottage Industries Corporation's PAYMENT ADVICE - VENDOR /
  ADVICE OF PAYMENT TO SUPPLIER / Vendor remittance intimation (e-mail, printed, vendor portal), the status
  and the day on top of the rows.
* ``export_wires``: eight banks' inward remittance advices (INWARD REMITTANCE ADVICE - EXPORT RECEIPT /
  Foreign currency inflow - credit advice / Advice of inward SWIFT transfer; browser, e-mail, printed), the
  status and the foreign sum on top of the rows.
* ``own_receipts``: the sales room's SALE MEMO / RECEIPT - SALES ROOM, the distillery's RECEIPT - SPENT FLOWER
  (KHAD) SALE / SALE RECEIPT - DISTILLERY (paper, rubber stamp) and the accounts desk's Acknowledgement of
  payment e-mails.
* ``supplier_invoices``: the bottle, deg, sandalwood oil, gift box and fuel wood suppliers' TAX INVOICE / TAX
  INVOICE CUM DELIVERY CHALLAN / GST INVOICE (B2B) with the payment block and a rubber stamp (paper, serif).
* ``vendor_transfers``: corporate net banking's transaction pages (Union Bank Corporate Internet Banking,
  Canara Bank Corporate Internet Banking, UPGB Corporate Net Banking), the references above the payee.
* ``worker_pay``: printed DEG CHARGES VOUCHER - PER CHARGE / DISTILLATION WAGES VOUCHER (PER DEG) / ROSE
  PICKING WAGES - PER KG / FLOWER PICKING VOUCHER - GANG / FILLING & PACKING WAGES - PER GROSS / BOTTLING
  SECTION PIECE WAGE VOUCHER / ROSE PETAL PURCHASE VOUCHER (PER KG) / FLOWER PURCHASE VOUCHER - GROWERS'
  GROUP, Open Money's payout pages, a PhonePe and a BHIM screen.
* ``govt_fees``: Nagar Palika Parishad Kannauj's trade licence and house tax pages (e-Nagar Sewa), the Uttar
  Pradesh Pollution Control Board's consent fee and the Uttar Pradesh Fire and Emergency Services' fire NOC
  pages (Nivesh Mitra), the Krishi Utpadan Mandi Samiti's mandi shulk page (e-Mandi), FSSAI's FoSCoS licence
  renewal, the Fragrance and Flavour Development Centre's testing charges and the Ministry of Corporate
  Affairs' e-filing fee receipt (browser).
* ``insurer_receipts``: insurers' PREMIUM RECEIPT / Receipt for premium / PREMIUM DEPOSIT ACKNOWLEDGEMENT
  (browser, e-mail, printed at the branch), the status at the foot.
* ``card_slips``: card terminal slips (monospace).
* ``utility_bills``: Bharat Connect in banking (Canara ai1, bob World) and UPI apps (PhonePe, Google Pay,
  MobiKwik, CRED), the sum above the status, and DVVNL's own receipt page.
* ``bank_alerts``: the bank's SMS alerts in each bank's own wording (Bank of Baroda, Uttar Pradesh Gramin
  Bank, Canara Bank, Union Bank of India's UPI) and two e-mail debit alerts (Bank of Baroda, Canara Bank).

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout223's.

Truth conventions (heldout223's, heldout222's, heldout220's, heldout219's, heldout217's, heldout216's,
heldout215's, heldout211's, heldout210's, heldout207's, heldout206's, heldout203's, heldout179's and
heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Sent to / Paying to (heldout206), *settled* (new here) or You paid (here the sales room, Bhramar Attar
  Kothi / BHRAMAR ATTAR KOTHI, the company's capitals, BHRAMAR ATTAR DISTILLERS PVT LTD, or its short name,
  Bhramar Attar, as printed), never the UPI ID or the app, nor the Registered name line under the UPI ID
  (heldout211) or, *settled* (new here), an Account holder line there; a payment page's payee on top (here the
  sales room or the company, full or short as printed), never Customer name (heldout204), *settled* (new here)
  Billed to / Payer, the Item / Order note / Payment for, the Order details / Payment details line or the
  gateway's footer (*settled* (new here) Plural - Pine Labs, PhonePe PG). *settled* (heldout167, heldout175,
  heldout179, heldout186, heldout202 to heldout223): a payer's payment advice pays the one it pays, never the
  payer on top; here a buyer's or the Central Cottage Industries Corporation's advice pays the company under
  Payment in favour of (heldout206) / Supplier (beneficiary) (heldout193), *settled* (new here) or Remitted to
  supplier (its full, capital or short name as printed), never the payer on top (the attar traders, the
  flavour house, the itr house, the agarbatti maker, the ittar shop, the pharmacy, the sweets chain, The
  Central Cottage Industries Corporation of India Ltd or CCIC - Central Cottage Industries Emporium), its desk
  line, the Vendor No. / Supplier ID (heldout219's Party code / Supplier code), *settled* (new here) the MRN
  No., the Gate entry No. or Your bank A/c (as heldout223's Supplier bank A/c). *settled* (heldout155,
  heldout167, heldout190, heldout203 to heldout223): a bank's inward remittance advice pays the company under
  Beneficiary name, *settled* (new here) or In favour of (exporter) / Beneficiary account holder, never the
  bank on top, its forex or trade desk line, the Remitter, *settled* (new here) the Originator / Sender
  (importer) (the importer abroad), the Remitting bank (heldout208), *settled* (new here) the Originator's
  bank or the Intermediary bank (heldout215). *settled* (heldout175, heldout179, heldout190, heldout203 to
  heldout223): the company's own receipt pays the trade name on top where that is on top, so *settled* (new
  here) the sales room's sale memos and receipts pay Bhramar Attar Kothi and the distillery's receipts Bhramar
  Deg Bhapka Distillery (capitals where so printed), and a memo with the company on top the company, never the
  "A unit of" company line under it (heldout190), the party under Received from / Sold to (heldout211),
  *settled* (new here) Customer (M/s), the goods' line, the signature line (For ... - Munim, heldout220) or
  the rubber stamp; *settled* (new here) the distillery's sale of spent rose petals (khad) to a manure dealer
  alike (the distillery, never the buyer, as heldout223's grading shed's rejects); the accounts desk's e-mail
  pays the company on top (its full, capital or short name as printed, heldout223), never the sales room's
  line under it. A supplier's name on top of its own paper (capitals where so printed), never M/s the company
  under Billed to (heldout207) / Name of buyer (heldout219) / *settled* (new here) Recipient, nor the
  distillery or the sales room under *settled* (new here) Dispatched to. *settled* (heldout179, heldout186,
  heldout202 to heldout223): a corporate banking page pays the payee under Beneficiary name / Counterparty
  name (heldout186, heldout207) / Transfer to (beneficiary) (heldout210), never the portal (*settled* (new
  here) Union Bank Corporate Internet Banking, Canara Bank Corporate Internet Banking, UPGB Corporate Net
  Banking), the bank line, *settled* (new here) the From account (as the Debit account) or the Payee alias (as
  heldout190's Beneficiary nickname). *settled* (heldout150, heldout161, heldout179, heldout203 to
  heldout223): a wage voucher pays the worker, *settled* (new here) a deg charges voucher the distiller under
  Distiller's name / Paid to (deg master), a picking voucher the gang leader under Picker (gang leader) / Paid
  to (picker), a packing voucher the packer under Name of packer / Paid to (packer), and a flower purchase
  voucher the growers' group under Growers' group / Paid to (samooh) (the group is paid for the rose flowers
  it sold, by the kilo, as heldout223's farmers' group by the quintal), never the company on top, the
  distillery's or the sales room's line under it, the Role, the Village or the Samooh reg. No.; *settled* (new
  here) Open Money's payout page the Beneficiary name / Beneficiary (as Cashfree Payouts', heldout204, and
  Easebuzz Payouts', heldout223), never Open Money on top, the company under it (Payouts - ...), the Contact
  ID or the Fund account (as RazorpayX's, heldout222); a transfer screen the payee under Paid to / To.
  *settled* (heldout153, heldout167, heldout182, heldout202 to heldout223): a fee page pays the authority on
  top as printed, *settled* (new here for Kannauj) Nagar Palika Parishad, Kannauj / NAGAR PALIKA PARISHAD
  KANNAUJ (as heldout220's Nagar Palika Ramganj Mandi), never the e-Nagar Sewa line, the Name of licence
  holder / Name of owner, the Trade name (heldout211) or the Ward; Uttar Pradesh Pollution Control Board /
  UTTAR PRADESH POLLUTION CONTROL BOARD / UP Pollution Control Board, never the Nivesh Mitra line (heldout207)
  or the Name of the industry (heldout218); *settled* (new here) Krishi Utpadan Mandi Samiti, Kannauj / KRISHI
  UTPADAN MANDI SAMITI KANNAUJ on the mandi shulk page (the Samiti collects the shulk on the rose flowers the
  company buys), never the Uttar Pradesh Rajya Krishi Utpadan Mandi Parishad line under it or the Name of
  licensee (buyer); Food Safety and Standards Authority of India / FSSAI (as heldout211's FoSCoS page), never
  the FoSCoS line or the Name of FBO; *settled* (new here) Fragrance and Flavour Development Centre, Kannauj /
  FRAGRANCE & FLAVOUR DEVELOPMENT CENTRE / FFDC, Kannauj, never the Ministry of MSME line or the Name of the
  party; Uttar Pradesh Fire and Emergency Services / U.P. FIRE & EMERGENCY SERVICES (as heldout222's Punjab
  Fire and Emergency Services), never the Nivesh Mitra line, the Name of the occupier or the Premises;
  *settled* (new here) Ministry of Corporate Affairs / MINISTRY OF CORPORATE AFFAIRS on the e-filing fee
  receipt, never the MCA21 line or the Company name. *settled* (heldout199, heldout202 to heldout223): an
  insurer's premium receipt pays the insurer on top (its full name, capitals where so printed; The New India
  Assurance Co. Ltd's, IFFCO Tokio General Insurance Co. Ltd's, The Oriental Insurance Co. Ltd's, National
  Insurance Co. Ltd's, Niva Bupa Health Insurance Co. Ltd's and Liberty General Insurance Ltd's as before,
  *settled* (new here) Raheja QBE General Insurance Co. Ltd's and Zuno General Insurance Ltd's alike), never
  the product line, the office line or the Policyholder (heldout210) / Insured (proposer) (heldout211) / Name
  of the proposer (heldout223) (the company). A slip's counter name line in capitals (here the company's own
  counters, BHRAMAR ATTAR KOTHI, BHRAMAR ATTAR DISTILLERS and BHRAMAR DEG DISTILLERY, on four, a filling
  station, a Lucknow hotel, a Firozabad glass shop and an expressway dhaba on the rest), never the terminal's
  bank or brand (BANK OF BARODA, BHARAT PETROLEUM, CANARA BANK, WORLDLINE, MOSAMBEE, UNION BANK OF INDIA,
  BHARATPE, ICICI BANK) or the place line. A Bharat Connect page's biller under Biller / Biller name /
  Operator, *settled* (new here) or Payee biller (short or long as printed), never the app (here also Canara
  ai1, bob World, MobiKwik and CRED), Bharat Connect or the Customer name / Consumer name, *settled* (new
  here) nor the Account holder; DVVNL's own receipt page the Nigam on top (DVVNL, Dakshinanchal Vidyut Vitran
  Nigam Ltd or capitals as printed, heldout174), *settled* (new here) never the Uttar Pradesh Power
  Corporation Ltd line under it, the Distribution sub-division or the Consumer name. An SMS alert's payee as
  the bank sends it ("to KANNAUJ GOLDEN ROADL": *settled*, the truncated name as printed, never the sentence's
  full stop after it), *settled* (new here) Bank of Baroda's "<way> credit to <payee>.", Uttar Pradesh Gramin
  Bank's "<way> transfer; receiver <payee>.", Canara Bank's "<way> remittance, payee <payee>." and Union
  Bank's UPI "to <payee> on <day>." (the name ends before " on"), and the failed and pending transfers' "to
  <payee> on <day>" (heldout222), never the bank or the sender id; the e-mail alert's Beneficiary (heldout206)
  / Credited to (payee) (heldout217), never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large (above or below
  the payee, as printed). *settled* (heldout152, heldout186, heldout190, heldout202 to heldout223): a payer's
  advice counts its net sum, Net amount remitted (heldout206) / Net payment released (heldout198), *settled*
  (new here) or Amount paid (net), Net amount (on hold) on the hold and Net amount (returned) / Net amount
  (heldout210) on the return (the Invoice value total / Gross amount due less Less: TDS u/s 194Q @ 0.1% and
  *settled* (new here) a Less: Rate difference - GC report, n kg @ rate, a Less: Leakage in transit - n ltr @
  rate or a Less: Breakage - n bottles @ rate), never an invoice's sum listed or *settled* (new here) the
  Invoice value total / Gross amount due. *settled* (heldout155, heldout167, heldout190, heldout203 to
  heldout223): an inward wire's foreign sum, Instructed amount (heldout190) / Inward amount (FCY) (heldout217)
  / Amount in FCY (heldout207), in Saudi riyals (SAR, the code before or after the figure, heldout205), UAE
  dirhams (AED, heldout205), euros, Qatari riyals (QAR, heldout213), Malaysian ringgit (RM or MYR, heldout216)
  as MYR, pounds, US dollars and *settled* (new here for an inward wire) Kuwaiti dinars printed as KWD or KD
  with three places ("KD 3,812.450", as heldout217's Omani rials) as KWD, never the Rupee equivalent /
  Converted amount (INR) (heldout196), *settled* (new here) the Less: Inward processing fee incl. GST or the
  Credited to account (INR); its Conversion rate (heldout210) (1 KWD = INR 283.41) is no sum. *settled*
  (heldout175, heldout179, heldout190, heldout203 to heldout223): a receipt counts the sum received even where
  it is part of the order, Cash received / Received by UPI / Cheque amount / Cheque received for (heldout209)
  / Advance received / Paid by card (POS) (heldout219), *settled* (new here) or Received in cash (counter) /
  UPI collection / Card swipe (POS) received / Booking advance received, never the Memo total / Net bill /
  Total where less was received, the kilos', litres', boxes' or tolas' line, the GST @ 18% or the Balance due
  / *settled* (new here) Balance on delivery of the season's lot; *settled* (new here) the distillery's sale
  of spent rose petals counts its bill (the quintals x rate), as heldout223's broom grass rejects, and the
  sales room's tola sale its bill with the GST (the tolas x rate of each attar plus GST @ 18%, received in
  full). *settled* (heldout187, heldout191, heldout202 to heldout223): a supplier's invoice counts the sum
  paid, where an advance is taken off (here *settled* (new here) Less: Advance against PO) the Balance
  received by NEFT / RTGS, else Received by NEFT / RTGS (heldout207) / UPI payment received (heldout223),
  *settled* (new here) or Amount realised by NEFT / RTGS / Payment received via UPI (the rounded Invoice total
  with GST), or the Cheque received / Cheque amount, never the Taxable value, a line or the GST. A banking
  page's Transfer amount (heldout211), *settled* (new here) or Payment amount / Remittance amount (INR).
  *settled* (heldout167, heldout202 to heldout223): a wage voucher's net sum, Net wages paid (heldout202) /
  Net amount paid / Amount paid (heldout211), *settled* (new here) or Net paid to distiller / Net paid to
  picker / Net paid to packer / Net paid to samooh (the degs fired n charges x rate, the rose flowers picked n
  kg x rate, the bottles filled and packed n gross x rate (a gross of 144 bottles is a quantity, no sum) or
  the desi rose flowers bought n kg x rate, plus Add: Night firing allowance / Add: Early picking bonus
  (before 7 am) / Add: Gift box assembly, less Less: Advance recovered (heldout211) / *settled* (new here)
  Less: Wet flower cut @ 3% / Less: Sack advance recovered), never the Gross amount / *settled* (new here)
  Total earned, the quantity's line or a deduction; Open Money's and a screen's sum large. *settled* (new
  here): Nagar Palika Parishad Kannauj's Total amount paid / Amount paid / Total fee, Amount / Total payable
  on the page not yet confirmed (the Trade licence fee - attar distillery, the Trade licence fee - retail
  sales room and the Storage of fuel wood (combustible) fee, or the House tax (grih kar) 2026-27, the Water
  tax (jal kar) and the Sewer and sanitation charges), never a head; the Pollution Control Board's Total fee
  paid (heldout206) / *settled* (new here) Total consent fee deposited (the Water Act and Air Act fees), never
  a head; the Mandi Samiti's Total shulk deposited / Amount paid (the Mandi shulk @ 1% and the Development
  cess @ 0.5% of the Purchase value), never the Purchase value, the Quantity or a head; FSSAI's Total fee paid
  / Amount paid, Amount / Total payable on the failed one (the State licence renewal fee for one or two years,
  the same sum); the FFDC's Total charges paid (heldout217) / Total amount received (the GC analysis - n attar
  samples x rate, a Sensory evaluation and the GST @ 18%), never a line or the GST; the Fire and Emergency
  Services' Total amount paid / Amount deposited (the Fire NOC renewal fee and the Inspection fee), never a
  head; the Ministry of Corporate Affairs' Total fee paid / Amount paid (the Form AOC-4 and Form MGT-7A normal
  fees and the Additional fee - n days delay), never a form's fee. *settled* (heldout199, heldout202 to
  heldout223): an insurer's premium with its GST, Total premium (incl. GST) (heldout202), *settled* (new here)
  or Premium collected (with GST), the Cheque amount (heldout211) / Premium tendered by cheque (heldout213) on
  the cheque not yet realised, Premium payable (heldout211) / *settled* (new here) Premium to be paid on the
  failed one, never the Net premium (heldout172, the premium before GST), an add-on, the GST, the Own damage
  premium or the Third party premium (heldout218), nor the IDV (heldout215), the Estimated annual wages
  (heldout210), the Workers covered (heldout217) or *settled* (new here) the Sum insured - plant, degs and
  stock, the Estimated annual sendings by road, the Capital sum insured per worker, the Sum insured - attar
  stock (first loss), the Members covered, the Floater sum insured, the Cash in transit - single carrying
  limit or the Employees covered. A slip's SALE AMOUNT: (heldout210) / AMOUNT: (heldout179) / TOTAL AMOUNT:
  (heldout207), *settled* (new here) or SALE AMT RS:, never the RATE: or the VOLUME(L):. A Bharat Connect
  page's sum large; DVVNL's Amount paid / Paid amount (as heldout223's Power & Electricity Department's). An
  alert's sum debited (*settled* (new here) Bank of Baroda's "Rs.x has been sent from A/c", Uttar Pradesh
  Gramin Bank's "charged Rs x", Canara Bank's "INR x debited from a/c", Union Bank's UPI "UPI payment of Rs
  x", the failed and pending transfers' "<way> txn of Rs.x" (heldout222); the e-mail's Amount debited
  (heldout210) / Debited amount (as heldout220's Debited amount (INR))), never the Avl Bal. Currency INR but
  on the wires.
* status: as printed. A UPI screen's Payment successful / Paid successfully successes (heldout204, heldout207,
  heldout211, heldout219), *settled* (new here) as is Your payment went through, Payment under process - we
  will update the status within 30 minutes, do not pay again pending, Payment failed - you have crossed the
  daily UPI limit of your bank failed; a payment page's Payment successful success (heldout205, heldout219),
  *settled* (new here) as are Payment captured successfully and Thank you - we have received your payment.
  *settled* (new here): a buyer's or the Corporation's Status: Paid - funds sent to your account / Payment
  credited to supplier's account successes, Payment withheld - GC test report of the lot awaited pending (a
  payer's hold, as heldout198's to heldout223's), Payment rejected by beneficiary bank - account number
  invalid failed. *settled* (new here): an inward advice's Credited - proceeds realised and IRM generated /
  Status: Funds applied to exporter's account successes, Pending credit - documents against the remittance to
  be submitted at the branch pending, Sent back to remitter - beneficiary's account is closed failed.
  *settled* (heldout167, heldout179, heldout190, heldout203 to heldout223): a cheque received and not yet
  cleared pending, a cheque returned failed, so *settled* (new here) CHEQUE IN CLEARING - DRUM HELD AT KOTHI
  and CHEQUE PRESENTED - RECEIPT VALID AFTER CLEARANCE pending, CHEQUE DISHONOURED - ACCOUNT CLOSED, ATTAR NOT
  RELEASED and CHEQUE RETURNED - STALE INSTRUMENT, BILL STILL DUE failed; RECEIVED WITH THANKS, PAID, PAID BY
  NEFT / RTGS / UPI and PAID - RECEIVED IN FULL (heldout203) successes, *settled* (new here) as are RECEIVED -
  GOODS HANDED OVER, RECEIVED - KHAD LIFTED FROM DISTILLERY, ADVANCE RECEIVED - SEASON LOT BOOKED, PAID -
  NOTHING DUE ON THIS BILL, PAID IN CASH AT DISTILLERY, PAID - SAMOOH PRADHAN SIGNED and PAID - GANG LEADER
  RECEIVED. *settled* (new here): a banking page's Transfer executed - funds credited to payee / Status: Funds
  transferred successes, Awaiting release - second authoriser to approve pending (keyed, not yet authorised,
  as heldout191's to heldout223's), Unsuccessful - credit returned, IFSC and account do not match failed; Open
  Money's Payout credited to beneficiary / Status: PROCESSED successes, On queue - low balance in payout
  account, will go out once funded pending (as heldout223's Easebuzz Awaiting approval - payout not yet
  initiated), Failed - beneficiary bank declined the credit, amount back in payout account failed (the payout
  came back, as heldout223's Easebuzz Reversed); a transfer screen's Paid / Payment successful / Transaction
  successful successes (heldout211); a fee page's Payment successful success, *settled* (new here) as are
  Amount received by the department, Challan paid - receipt ready and Deposit confirmed, Nagar Palika Parishad
  Kannauj's Payment status awaited from bank - receipt will be generated on confirmation pending, FSSAI's
  Payment failed - renewal application not submitted, pay again failed; an insurer's *settled* (new here)
  Premium realised - policy document e-mailed / Payment received - policy issued successes, CHEQUE RECEIVED -
  RISK ASSUMED ONLY AFTER CLEARANCE pending (as heldout211's cover from realisation), Payment declined by bank
  - proposal lapsed, pay again to issue policy failed, printed at the foot; a slip's APPROVED / TXN APPROVED
  successes (heldout210, heldout211), *settled* (new here) as is TRANSACTION SUCCESSFUL - APPROVED, DECLINED -
  75 PIN TRIES EXCEEDED failed, RESPONSE TIMEOUT - VERIFY WITH BANK BEFORE REPEATING SALE pending; Bill paid
  successfully / Payment successful successes (heldout210, heldout211), *settled* (new here) as is Bill
  payment confirmed by biller, Awaiting update from biller - check again after 2 days, do not retry pending,
  Bill payment failed - money will be back in your account within 5 working days failed (the payment failed,
  whatever the refund), DVVNL's Payment successful success, *settled* (new here) as is Payment posted -
  receipt issued; an SMS that says the transfer "was SENT BACK by the beneficiary bank; the amount is
  re-credited to your A/c." failed (whatever the re-credit), one that "is UNDER PROCESS at the beneficiary
  bank. Please do not initiate it again." pending, a debit alert a success, whatever its bank's wording ("BOB:
  Rs.x has been sent from A/c XX1234 on <day>; <way> credit to <payee>.", "UPGB: A/c XX1234 charged Rs x on
  <day> <way> transfer; receiver <payee>.", "Canara Bank: INR x debited from a/c XXX1234 on <day> - <way>
  remittance, payee <payee>.", Union Bank's "A/c *1234 used for UPI payment of Rs x to <payee> on <day>. RRN
  <ref>."); the e-mail's Transaction status: Successful success (heldout182), *settled* (new here) as is
  Status: Completed successfully.
* date: the day paid (a UPI screen's Date & time / Paid on / Completed on, Initiated on on one not yet paid
  (heldout203), a payment page's Paid on / Payment date / Transaction date, a buyer's Payment date / Value
  date / Paid on, the held one's Advice date (heldout198) / *settled* (new here) Withheld on and Returned on
  (heldout206) / *settled* (new here) Rejected on on the rejected one, an inward advice's Value date / Credit
  date / Realised on, Received on (heldout206) / Held since (heldout208) on the pending one and Returned on /
  Sent back on (heldout213) on the returned one, a receipt's, invoice's or voucher's Date / Dated / Receipt
  date / Invoice date / Voucher date / Dt. (heldout163), a banking page's Value date / Transaction date /
  Completed on, Created on (heldout211) / Keyed on (heldout221) on the one awaiting release, Returned on /
  Failed on, Open Money's Processed on, Queued on (heldout203) on the queued one and Failed on on the failed
  one, a fee page's Payment date / Date of payment / Receipt date / Date of deposit (heldout201), Nagar Palika
  Parishad Kannauj's Initiated on / Transaction date on the page not yet confirmed and FSSAI's Transaction
  date / Attempted on on the failed one, an insurer's Receipt date / Premium paid on / Date of receipt, Cheque
  received on (heldout204) / *settled* (new here) Cheque tendered on on the cheque not yet realised and
  Transaction date / Attempted on (heldout206) on the failed one, a slip's DATE: / TXN DATE: / DATE/TIME:,
  Paid on / Payment date & time (heldout206) / Transaction date & time (the latter alone on a bill not paid),
  DVVNL's Payment date / Paid on, the SMS's day, the e-mail alert's Debited on (heldout202) / Transaction date
  / Value date). *settled*: never a Bill month, a Bill date / Due date (heldout167), a Cheque date
  (heldout198), a Period of insurance (heldout199), an invoice number's or a voucher number's financial year,
  an e-mail's hour, the day inside a UTR or a Bank CIN (heldout210) or a Shipping bill date (heldout167);
  *settled* (new here) never the Nagar Palika's Financial year (2026-27), the house tax head's year or the
  forms' FY 2025-26 on the Ministry's receipt.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a buyer's or the
  Corporation's NEFT / RTGS / IMPS, Open Money's IMPS (as heldout223's Easebuzz Payouts'), a Bharat Connect
  bill from a Current A/c (here in Canara ai1 and bob World), a fee, a premium or DVVNL paid by Net banking,
  an e-mail alert's Channel, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a receipt's, a
  voucher's, an invoice's, Open Money's, a fee's, a premium's or a bill's UPI and Union Bank's UPI alert; card
  on slips, a payment page's debit card, a receipt's Card, a fee, a premium or DVVNL paid by Debit card;
  cheque for a cheque received, presented, in clearing, dishonoured or returned and a premium paid by Cheque;
  cash for a cash memo, receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout223): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref. No., UPI Reference No., UPI transaction ID,
  UPI Ref No., UPI Ref No, UPI RRN (heldout167), NEFT UTR, RTGS UTR No. (heldout210), IMPS Ref No., *settled*
  (new here) Plural's Bank RRN and PhonePe Payment Gateway's UTR on a UPI payment, a slip's RRN: / RET REF NO:
  (heldout203), an SMS's UTR / IMPS Ref and *settled* (new here) Union Bank's UPI RRN), then a bank reference
  (an inward advice's IRM reference (heldout197) / Inward ref. No. / IRM No. (heldout190), a banking page's
  Core banking ref. No. (heldout219) / Bank reference No. (heldout210), a fee page's Bank Ref No., the Fire
  and Emergency Services' Bank CIN (heldout179's treasury Bank CIN), an insurer's Bank Ref No., Bharat Connect
  Txn ID (heldout184) / Bharat Connect Ref. No.), then a transaction / payment id (*settled* (new here)
  Plural's Transaction ID and PhonePe Payment Gateway's PhonePe transaction ID, PhonePe's, Paytm's and iMobile
  Pay's own Transaction ID, *settled* (new here) bob World's Transaction ID and Groww's Groww txn ID, Google
  Pay's Google transaction ID, *settled* (new here) Open Money's Payout ID (as heldout223's Easebuzz
  Payouts'), a fee page's Transaction ID / Transaction ref. No. / Payment ID / Transaction No. (*settled* (new
  here) Nagar Palika Parishad Kannauj's and FSSAI's Transaction ID, the Pollution Control Board's Nivesh Mitra
  txn No., the Mandi Samiti's and the Ministry's Transaction ref. No., the FFDC's Payment ID and the Fire and
  Emergency Services' Transaction No.), an insurer's Transaction No. (heldout204), *settled* (new here) or
  Gateway txn ID, DVVNL's Transaction ID, a failed Bharat Connect page's Transaction ID), then an approval
  code (Approval code (heldout210), Auth code, a slip's APPROVAL CODE: / AUTH CODE:), then an order's number
  (*settled* (new here) Plural's Merchant order ref., PhonePe Payment Gateway's Merchant transaction ID and
  Open Money's Merchant reference ID (the company's own id for the payout, as heldout223's Easebuzz Unique
  request No.)), then a document's own number (a buyer's Payment advice No. (heldout215) / Remittance advice
  No. (heldout201), Receipt No. / Rasid No. (heldout216) / *settled* (new here) Sale memo No. on a receipt,
  Invoice No. / Tax Invoice No. / Bill No., Voucher No. / Vr. No., a fee page's Receipt No., the Mandi
  Samiti's Receipt No., *settled* (new here) the FFDC's Bill No. and the Ministry of Corporate Affairs' SRN
  (the service request number of its filing, as heldout223's GRN), Receipt No. / Collection receipt No.
  (heldout213), DVVNL's Receipt No., a slip's RECEIPT NO: (heldout196) / BILL NO: / INVOICE NO:). *settled*:
  never a UETR, MID, TID, BATCH NO, STAN: (heldout202), a card, account or mobile number, a UPI ID, IFSC,
  GSTIN, a cheque number, a Purpose code, an Export invoice No. (heldout210), a Shipping bill No.
  (heldout167), an E-way bill No., a GR No., a Vehicle No. (heldout205) (so never a Registration No. on the
  insurer's receipt or a slip's VEHICLE NO:), a Licence No. / Application No. (heldout203), a Policy No. /
  Proposal No., a Vendor No. / Supplier ID (heldout219's Supplier code), Maker / Checker (heldout171) (so
  never Initiated by / Approved by), a consumer number (here Account ID, Account No., LPG ID, Mobile No.,
  Subscriber ID), a slip's NOZZLE NO: (heldout202), ROOM NO: (heldout203) or FOLIO NO: (heldout211), a Fund
  account (heldout222) or a Remitter's reference (heldout223's Sender's reference). *settled* (new here):
  never an Assessment No., an MRN No., a Gate entry No., a Payee alias, a Contact ID, a Samooh reg. No., a
  Mandi licence No., a NOC ref. No., a CIN, a Cover note No. or a slip's EXP:.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout226_families import (
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

SPLIT = "heldout226"

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


def make_heldout226_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout226 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
