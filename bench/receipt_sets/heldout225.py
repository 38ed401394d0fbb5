"""heldout225: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Ratnagiri Alphonso mango orchard and pulp-canning unit's day in 2026 in Maharashtra
(Sathye Hapus Agro Foods Pvt Ltd, its orchard of some 1,100 Alphonso (hapus) trees with its packing shed, Sathye
Amrai, at Sadavali Wadi, Pawas, where the fruit is plucked by the crate, graded and packed in two-dozen boxes and
sold at the orchard gate, and its pulp-canning unit, Sathye Pulp Works, on Plot D-27 in the MIDC at Zadgaon,
Ratnagiri, where its own and the Pawas growers' fruit is peeled, pulped and canned in A10 and 850 g tins), told by
the proofs of payment it receives (Ratnagiri households', Mumbai and Pune families', a hotel's and a sweet shop's UPI
screens and the sales desk's Pine Labs Plural and BillDesk pages, the Vashi commission agent's settlement, the
Crawford Market fruit traders', an Ahmedabad aamras caterer's, a Pune ice cream maker's and sweet maker's, a
Bengaluru grocery chain's, a Taloja beverage maker's and a Turbhe exporter's payment advices, importers' inward wires
from London, Doha, Sharjah, Houston, Jeddah, Kuala Lumpur, Amsterdam and Singapore in pounds, Qatari riyals, UAE
dirhams, US dollars, Saudi riyals, Malaysian ringgit, euros and Singapore dollars, the orchard's cash bills for boxes
and its receipts for raw mangoes sold by the kilo to pickle makers, the pulp unit's counter receipts for cans and the
accounts desk's e-mails for a season's pulp booking advance and an online order, buyers' cards on the orchard's, the
pulp unit's and the company's terminals) and those it makes (the Sangameshwar carton maker's, the Kolhapur tin can
maker's, the Rajapur agro input dealer's, the Belagavi food machinery works' and the Vasai ripening chamber firm's
tax invoices, the net-banking transfers to the reefer trucker, the Turbhe ripening chamber and cold store, the
sprayer, the harvesting contractor, the drip contractor, the food testing laboratory, the landowner of the leased
(khand) plot and the boiler firm, the pluckers' and their mukadam's crate-rate, the packers' box-rate, the peelers'
crate-rate, the watchman's (rakhandar's) day-rate and the growers' kilo-rate vouchers and their Decentro payouts,
BHIM and PhonePe payments, the Maharashtra State Agricultural Marketing Board's vapour heat treatment charges, Gram
Panchayat Pawas's taxes, MIDC's service charges, the Ratnagiri APMC's trader licence and market fee, the Export
Inspection Agency's certification fee, the Directorate of Marketing & Inspection's AGMARK charges, the Directorate of
Industrial Safety and Health's factory licence and the Geographical Indications Registry's authorised user fee for
Alphonso, the insurers' premium receipts for the orchard's crop, the trees under the weather based scheme, the pulp
by sea, the pulp unit and its stock, the reefer pickup, the staff's health, the pluckers and packers and the pulper,
kettle and retort, its card at a filling station on NH-66, a Vashi hotel, a Lanja farm equipment shop and a Kashedi
highway hotel, MSEDCL's power and the fibre, gas, phone and MIDC water bills, the banks' SMS and e-mail alerts). One
payment per page. Each family: six successes, one failure, one wait; one page prints no transaction id and one no day
(truth None for those fields).

* ``box_upi``: six UPI app screens (PhonePe, Google Pay, Paytm, bob World, Airtel Thanks, Kotak811: the payee block
  above the sum and the outcome) paying the orchard or the company, and two of the sales desk's payment pages (Pine
  Labs Plural, BillDesk).
* ``pulp_advices``: the buyers' SUPPLIER CREDIT ADVICE / Payment release note / BILL SETTLEMENT ADVICE (e-mail,
  printed, vendor portal; the outcome first).
* ``export_wires``: eight banks' inward remittance advices (INTIMATION OF EXPORT REALISATION / Inward foreign
  exchange credit memo / Notice of inward remittance received; browser, e-mail, printed; the sums block before the
  parties).
* ``own_receipts``: the orchard's SALE RECEIPT - ORCHARD GATE / CASH BILL - MANGO BOXES / RECEIPT - RAW MANGO FOR
  PICKLE / CASH BILL - RAW MANGO (KG) and the pulp unit's COUNTER RECEIPT - PULP CANS / SALE RECEIPT - FACTORY
  COUNTER (paper, rubber stamp), and the accounts desk's Receipt of payment e-mails.
* ``supplier_invoices``: the carton, tin can, agro input, food machinery and ripening chamber suppliers' GST TAX
  INVOICE / TAX INVOICE - RECIPIENT'S COPY / TAX INVOICE / DELIVERY MEMO with the payment block and a rubber stamp
  (paper, serif).
* ``vendor_transfers``: corporate net banking's transaction pages (BOI Star Connect - Corporate, DBS IDEAL, RDCC Bank
  Corporate e-Banking).
* ``orchard_pay``: printed PLUCKING CHARGES VOUCHER (PER CRATE) / HARVESTING WAGES - CRATE RATE / PACKING WAGES
  VOUCHER - BOX RATE / GRADING & PACKING - PIECE RATE SLIP / FRUIT PURCHASE VOUCHER - GROWER / MANGO PURCHASE PATTI -
  PULP UNIT / RAKHANDAR PAYMENT VOUCHER - MONTHLY / WATCH AND WARD VOUCHER - ORCHARD / PULPING SECTION - CRATE RATE
  VOUCHER / PEELING WAGES VOUCHER - PER CRATE, Decentro's payout pages, a BHIM and a PhonePe screen.
* ``govt_fees``: MSAMB's VHT facility charges, Gram Panchayat Pawas's tax page, MIDC's service charges, the Ratnagiri
  APMC's licence and market fee, the Export Inspection Agency - Mumbai's certification fee, the Directorate of
  Marketing & Inspection's AGMARK charges, the Directorate of Industrial Safety and Health's factory licence renewal
  and the Geographical Indications Registry's Form GI-3A fee (browser).
* ``insurer_receipts``: insurers' ACKNOWLEDGEMENT OF PREMIUM / Premium deposit receipt / RECEIPT FOR PREMIUM
  (browser, e-mail, printed at the branch).
* ``card_slips``: card terminal slips (monospace).
* ``utility_bills``: Bharat Connect in BOI Omni Neo and UPI apps (PhonePe, Google Pay, Paytm, Airtel Thanks, CRED)
  and MSEDCL's own receipt page.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Bank of India, the Ratnagiri District Central
  Co-operative Bank, DBS Bank India, IDFC FIRST Bank's UPI) and two e-mail debit alerts (Bank of India, DBS Bank
  India).

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout223's.

Truth conventions (heldout223's, heldout222's, heldout219's, heldout211's, heldout210's, heldout207's, heldout206's,
heldout204's, heldout203's, heldout190's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To / Sent
  to / Payment to (heldout206), Payment made to (heldout213), Paid successfully to (heldout194), *settled* (new here)
  or Sending to on the failure and the wait (here the orchard, Sathye Amrai / SATHYE AMRAI, the company's capitals,
  SATHYE HAPUS AGRO FOODS PVT LTD, or its short name, Sathye Hapus, as printed), never the UPI ID or the app, nor the
  Banking name (heldout207) / Name as per bank (heldout223) / Registered name (heldout206) line under the UPI ID or,
  *settled* (new here), a Bank account name line there; a payment page's payee on top (here the orchard or the
  company), never Customer name / Paid by (heldout204, heldout206) / Payer name (heldout223), *settled* (new here)
  Payer / Name of customer / Customer, the Particulars / Order details or the gateway's footer (BillDesk
  (heldout218), *settled* (new here) Pine Labs Plural). *settled* (heldout167, heldout175, heldout179, heldout190,
  heldout202 to heldout223): a payer's payment advice pays the one it pays, never the payer on top; here a buyer's
  advice pays the company under Name of supplier (heldout220), *settled* (new here) or Supplier / beneficiary /
  Released to (supplier) (its full, capital or short name as printed), never the payer on top (the fruit traders, the
  caterer, the ice cream, sweet and beverage makers, the grocery chain, the exporter), its desk line, the Vendor No.
  (heldout213) / *settled* (new here) Supplier ID, QC lot No., Delivery challan No. or Bank A/c of supplier;
  *settled* (new here) the Vashi commission agent's advice, which settles the boxes it sold for the company net of
  its commission, alike (the company, never the agent on top). *settled* (heldout155, heldout167, heldout190,
  heldout203 to heldout223): a bank's inward remittance advice pays the company under Beneficiary name / Credited to
  (exporter) (heldout204), *settled* (new here) or Exporter / beneficiary, never the bank on top, its forex desk
  line, the Remitter / Remitted by (heldout213), *settled* (new here) Sender (importer) (the importer abroad), the
  Remitter's bank (heldout207) or *settled* (new here) the Originating bank. *settled* (heldout175, heldout179,
  heldout190, heldout203 to heldout223): the company's own receipt pays the trade name on top where that is on top,
  so *settled* (new here) the orchard's cash bills and receipts pay Sathye Amrai and the pulp unit's Sathye Pulp
  Works (capitals where so printed), and a receipt with the company on top the company, never the "A unit of" company
  line under it (heldout190), the party under Received from / Customer (buyer) (heldout222), *settled* (new here)
  Sold to, the goods' line, the signature line or the rubber stamp; *settled* (new here) the orchard's receipt for
  raw mangoes sold by the kilo to a pickle maker alike (the orchard, never the pickle maker); the accounts desk's
  e-mail pays the company on top (its full, capital or short name as printed, heldout219), never the pulp unit's line
  under it. A supplier's name on top of its own paper (capitals where so printed), never M/s the company under
  Details of receiver (heldout195) / Billed to, *settled* (new here) Recipient (billed to), nor the orchard or the
  pulp unit under Place of delivery (heldout217) / Delivered to, nor *settled* (new here) the Transporter. *settled*
  (heldout179, heldout186, heldout202, heldout203, heldout207 to heldout223): a corporate banking page pays the payee
  under Beneficiary name / Counterparty (heldout186), *settled* (new here) or Beneficiary / payee, never the portal
  (BOI Star Connect - Corporate, DBS IDEAL, RDCC Bank Corporate e-Banking), the bank line, the From account (as the
  Debit account) or *settled* (new here) the Beneficiary alias (as heldout223's Beneficiary short name). *settled*
  (heldout150, heldout161, heldout179, heldout203 to heldout223): a wage voucher pays the worker, *settled* (new
  here) a plucking voucher the gang's mukadam or the plucker under Paid to (mukadam) / Name of plucker, a packing
  voucher the packer under Name of packer / Packer's name, a pulping voucher the peeler under Worker (peeler) / Paid
  to (peeler), a watch voucher the rakhandar under Name of rakhandar / Paid to (watchman), and a fruit purchase
  voucher or patti the grower or the growers' association under Grower's name / Paid to (grower) (paid for the pulp
  fruit it sold, by the kilo), never the company on top, the orchard's or the pulp unit's line under it, the Role,
  the Gang size, the Packing shed, the Survey No. of orchard, the Plot or the Shift; *settled* (new here) Decentro's
  payout page the Payee name / Beneficiary (as Easebuzz Payouts' Beneficiary name, heldout223), never Decentro on
  top, the Payouts | company line under it, the Payee ID or the Destination; a transfer screen the payee under Paid
  to / To. *settled* (heldout153, heldout167, heldout182, heldout202 to heldout223): a fee page pays the authority on
  top as printed, *settled* (new here): Maharashtra State Agricultural Marketing Board / MSAMB / MAHARASHTRA STATE
  AGRICULTURAL MARKETING BOARD for the vapour heat treatment of export mangoes; Gram Panchayat Pawas / GRAM PANCHAYAT
  PAWAS; Maharashtra Industrial Development Corporation / MIDC (capitals where so printed); Agricultural Produce
  Market Committee, Ratnagiri / Krishi Utpanna Bazar Samiti, Ratnagiri (the same committee by its Marathi name, as
  printed); Export Inspection Agency - Mumbai (capitals where so printed); Directorate of Marketing & Inspection
  (capitals where so printed); Directorate of Industrial Safety and Health, Maharashtra / DISH, Maharashtra;
  Geographical Indications Registry (capitals where so printed); never the line under it (the Export Facility Centre
  (VHT), Vashi, the Panchayat Samiti and Zilla Parishad, MIDC's Regional Office, the APMC Act, the Export Inspection
  Council of India and the Ministry of Commerce & Industry, the Ministry of Agriculture & Farmers Welfare, the
  Industries, Energy and Labour Department, Intellectual Property India), the Name of exporter, Property holder
  (heldout221), Name of allottee (heldout222), *settled* (new here) Name of licence holder or Authorised packer, the
  Name of factory (heldout222) or the Name of applicant (heldout207). *settled* (heldout199, heldout202 to
  heldout223): an insurer's premium receipt pays the insurer on top (its full name, capitals where so printed; the
  Agriculture Insurance Company of India Ltd's (heldout215) and *settled* (new here) Kshema General Insurance Ltd's,
  The New India Assurance Co. Ltd's, Raheja QBE General Insurance Co. Ltd's, Acko General Insurance Ltd's,
  ManipalCigna Health Insurance Co. Ltd's, Navi General Insurance Ltd's and Zuno General Insurance Ltd's alike),
  never the product line, the office line or the Policyholder (heldout210) / Insured / proposer (heldout217) / Name
  of insured (heldout202) (the company). A slip's counter name line in capitals (here the company's own counters,
  SATHYE AMRAI, SATHYE PULP WORKS and SATHYE HAPUS, on four, a filling station, a Vashi hotel, a farm equipment shop
  and a highway hotel on the rest), never the terminal's bank or brand (BANK OF INDIA, HP PAY, ICICI BANK, MOSAMBEE,
  DBS BANK, WORLDLINE, BHARATPE, KOTAK MAHINDRA BANK) or the place line. A Bharat Connect page's biller under Biller
  / Biller name / Operator (heldout211) / Utility (heldout219) / Provider (heldout212) (short or long as printed),
  never the app (here BOI Omni Neo, Airtel Thanks and CRED too), Bharat Connect or the Consumer name / Account holder
  (heldout219); *settled* (new here) MSEDCL's own receipt page the distribution company on top (MSEDCL, Maharashtra
  State Electricity Distribution Co. Ltd or its brand, MAHAVITARAN, as printed), never the Government of Maharashtra
  undertaking line, the Billing unit or the Consumer name. An SMS alert's payee as the bank sends it (*settled*, the
  truncated name as printed, without the sentence's full stop: "to KONKAN REEFER LOGIST."), *settled* (new here) Bank
  of India's "towards <way> to <payee>.", RDCC Bank's "by <way>, beneficiary <payee>.", DBS Bank's "via <way> to
  <payee>." and IDFC FIRST Bank's UPI "for UPI txn to <payee>.", and the failed and pending transfers' "to <payee> on
  <day>", never the bank or the sender id; the e-mail alert's *settled* (new here) Paid to / Beneficiary name, never
  the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large. *settled*
  (heldout152, heldout186, heldout190, heldout202 to heldout223): a payer's advice counts its net sum, *settled* (new
  here) Net amount released / Amount sent to your account / Net settled, Net amount on hold on the hold and Net
  amount returned / Amount returned by bank on the return (the Total of bills / Gross amount less Less: TDS u/s 194Q
  @ 0.1% and *settled* (new here) the agent's Less: Commission @ 6% and Less: Hamali and market fee, a Less: Rate
  difference - n cans @ Rs x, a Less: Swollen cans rejected - n or a Less: Crates not returned - n @ Rs 150), never a
  bill's sum or the Total of bills / Gross amount. *settled* (heldout155, heldout167, heldout190, heldout203 to
  heldout223): an inward wire's foreign sum, Instructed amount (heldout190) / FCY amount received (heldout207),
  *settled* (new here) or Amount in remitted currency, in pounds, Qatari riyals (QAR, heldout213), UAE dirhams (AED,
  heldout205), US dollars, Saudi riyals (SAR, heldout205), *settled* (new here for an inward wire) Malaysian ringgit
  (MYR, printed with its code or RM before the figure) as MYR, euros and Singapore dollars (SGD, S$, heldout207),
  never *settled* (new here) the INR amount (before charges) / Converted amount (INR), the Less: Bank charges and GST
  on conversion or the Net amount credited to your account (INR); its Conversion rate / Card rate applied (1 MYR =
  INR 20.18) is no sum. *settled* (heldout175, heldout179, heldout190, heldout203 to heldout223): a receipt counts
  the sum received even where it is part of the order, Amount of cheque (heldout206), *settled* (new here) or Amount
  received in cash / Cash paid / Amount received by UPI / Paid by UPI (GPay / PhonePe) / Swiped on card / Card
  payment received / Cheque for / Advance paid towards booking / Booking advance received, never *settled* (new here)
  the Value of goods / Bill value or the Total where less was received, the boxes', kilos' or cans' line, the GST @
  5% or the Balance due / *settled* (new here) Balance payable at delivery; *settled* (new here) the orchard's sale
  of raw mangoes by the kilo counts its bill (the kilos x rate), as heldout223's broom grass rejects. *settled*
  (heldout187, heldout191, heldout202 to heldout223): a supplier's invoice counts the sum paid, where an advance is
  taken off (here *settled* (new here) Less: Advance against proforma) the Balance received vide NEFT / RTGS, else
  *settled* (new here) Amount received vide NEFT / RTGS / NEFT credit received / UPI collection received / Received
  through UPI (the rounded Invoice value with GST), or the *settled* (new here) By cheque / Cheque tendered, never
  the Taxable value, a line or the GST. A banking page's Transfer amount (heldout211) / Amount remitted, *settled*
  (new here) or Payment amount (INR). *settled* (heldout167, heldout202 to heldout223): a wage voucher's net sum, Net
  wages paid (heldout202) / Net amount paid (heldout211), *settled* (new here) or Net plucking charges paid / Net
  packing wages / Net amount paid to grower / Net paid (the crates plucked or peeled, boxes packed, kilos bought or
  days on watch x rate, plus Add: Zela (plucking pole) allowance / Add: Sunday packing allowance / Add: Night round
  allowance / Add: Overtime - 3 hours, less Less: Uchal (advance) recovered / Less: Spongy tissue fruit rejected - n
  kg / Less: Transport to pulp unit), never the Gross amount, the line or a deduction; Decentro's and a screen's sum
  large. *settled* (new here): MSAMB's Total amount paid / Amount received (the VHT charges @ Rs n per kg, the
  Packing house charges and the GST @ 18%), never a head, the GST or the Quantity treated; the Gram Panchayat's Total
  tax paid / Amount paid, Total amount / Amount on the failed one (the House tax (gharpatti), Water tax (panipatti),
  Street light tax (divabatti) and Sanitation tax), never a head; MIDC's Total amount paid / Amount paid (the Service
  charges, an Interest on arrears and the GST @ 18%), never a head, the GST or the Plot area; the APMC's Total amount
  paid / Amount paid (the Trader's licence renewal fee and the Market fee on mango arrivals), never a head; the
  Export Inspection Agency's Total fee paid / Amount paid (the Inspection and certification fee, the Laboratory
  testing charges and the GST @ 18%), never a head or the GST; the Directorate of Marketing & Inspection's Total fee
  paid / Amount paid, Amount / Total amount on the page not yet confirmed (the Grading and marking charges - n
  cartons and the Certificate fee), never a head; DISH's Total fee paid / Amount paid (the Licence renewal fee and a
  Late fee), never a head; the Geographical Indications Registry's Total fee paid / Amount paid (the one Official fee
  - Form GI-3A, the same sum). *settled* (heldout199, heldout202 to heldout223): an insurer's premium with its GST,
  Total premium collected (heldout223), *settled* (new here) or Total premium paid / Premium remitted (incl. GST),
  the Cheque amount / *settled* (new here) Amount of cheque on the cheque not yet realised, Premium payable
  (heldout210) / *settled* (new here) Premium to be paid on the failed one; *settled* (new here) the weather based
  crop insurance's Total premium paid / Total premium collected is its Premium - farmer's share @ 5%, its GST printed
  Exempt (no tax added); never the Basic premium, an add-on, the GST or the Own damage premium and Third party
  premium (heldout223), nor *settled* (new here) the Sum insured - orchard (1,100 trees), the Sum insured per
  hectare, the Area insured, the Annual export turnover declared, the Total sum insured (building, machinery, stock),
  the Insured declared value (IDV), the Members covered, the Sum insured per member, the Persons insured, the Capital
  sum insured per person (heldout222) or the Sum insured - machinery (new replacement value). A slip's SALE AMOUNT:
  (heldout210), *settled* (new here) or TOTAL AMT: / AMT (INR):, never *settled* (new here) the PRICE/L: or the
  QTY(L): (as the RATE: and the VOLUME(L):). A Bharat Connect page's sum large; MSEDCL's Amount paid, *settled* (new
  here) or Amount received. An alert's sum debited (*settled* (new here) Bank of India's "is debited with Rs.x", RDCC
  Bank's "Rs x withdrawn", DBS Bank's "INR x paid", IDFC FIRST Bank's "Rs x debited", the failed and pending
  transfers' "<way> of Rs.x"; the e-mail's *settled* (new here) Amount (INR) / Debited amount), never the Avl Bal.
  Currency INR but on the wires.
* status: as printed. *settled* (new here): a UPI screen's Payment done / Sent successfully / Money sent successfully
  / Payment completed successfully successes, Payment under process - the payee's bank has not confirmed yet, please
  wait pending, Payment declined - UPI daily limit for this account exhausted failed; a payment page's Transaction
  successful / Your payment has been received successes, *settled* (new here) as is Payment complete - receipt sent
  to your e-mail. *settled* (new here): a buyer's Status: Released to bank / Amount remitted to your account
  successes, On hold - Brix and acidity report of the lot awaited pending (a payer's hold, as heldout198's to
  heldout223's), Payment rejected by bank - account number and IFSC do not match failed. *settled* (new here): an
  inward advice's Export proceeds realised and IRM generated / Status: Proceeds credited successes, Held -
  beneficiary to confirm the purpose of remittance pending, Sent back to ordering bank - beneficiary account under
  debit freeze failed. *settled* (heldout167, heldout179, heldout190, heldout203, heldout207, heldout211, heldout215,
  heldout219, heldout223): a cheque received and not yet cleared pending, a cheque returned failed, so *settled* (new
  here) CHEQUE IN CLEARING - GOODS ON REALISATION and CHEQUE PRESENTED - CREDIT AWAITED, BILL OPEN pending, CHEQUE
  BOUNCED - STOP PAYMENT BY DRAWER, GOODS WITHHELD and CHEQUE DISHONOURED - ACCOUNT CLOSED, BILL UNPAID failed;
  RECEIVED WITH THANKS and PAID (heldout203) successes, *settled* (new here) as are RECEIVED - BOXES HANDED OVER,
  PAID - GOODS DELIVERED, ADVANCE RECEIVED - SEASON BOOKING CONFIRMED, PAYMENT RECEIVED - THANK YOU, FULLY PAID, PAID
  VIDE NEFT / RTGS / UPI, PAID - AMOUNT RECEIVED, PAID - MUKADAM SIGNED, PAID - GROWER SIGNED PATTI, PAID IN CASH AT
  ORCHARD and PAID IN CASH AT PULP UNIT. *settled* (new here): a banking page's Transaction completed - funds sent to
  beneficiary bank / Status: Completed - UTR received successes, Awaiting release - second authoriser's approval
  pending pending (keyed, not yet authorised, as heldout191's to heldout223's), Rejected by beneficiary bank - no
  such account failed; Decentro's Payout credited to beneficiary / Status: COMPLETED successes, Scheduled - will be
  sent in the next payout batch pending (not yet sent, as heldout223's Easebuzz Awaiting approval), Failed -
  beneficiary bank declined the credit, amount returned to balance failed (the payout came back, as heldout223's
  Easebuzz Reversed); a transfer screen's Paid / Payment successful successes (heldout211), *settled* (new here) as
  is Payment sent; a fee page's Payment successful successes, *settled* (new here) as are Payment confirmed -
  e-receipt generated and Amount credited to the department's account, the Directorate of Marketing & Inspection's
  Payment initiated - confirmation from bank awaited, certificate not yet issued pending, the Gram Panchayat's
  Payment failed - tax not credited to the Gram Panchayat failed; an insurer's *settled* (new here) Premium realised
  - policy schedule issued / Premium received - policy PDF sent to your e-mail successes, CHEQUE RECEIVED - RISK
  ATTACHES ONLY AFTER CLEARANCE pending (cover from realisation, as heldout211's and heldout223's), Payment could not
  be completed - no cover has been issued failed; a slip's APPROVED (heldout210) successes, *settled* (new here) as
  are SALE APPROVED and TRANSACTION OK - APPROVED, DECLINED - 57 TXN NOT PERMITTED TO CARD failed, NO RESPONSE FROM
  ISSUER - VERIFY BEFORE RETRY pending; a bill's Bill paid successfully (heldout210) successes, *settled* (new here)
  as are Biller has confirmed the payment and Paid - biller has received the payment, Payment submitted to biller -
  status will update within 48 hours pending, Bill payment failed - your money will be back in your account in 5
  working days failed (the payment failed, whatever the refund), MSEDCL's Payment successful successes, *settled*
  (new here) as is Payment received - thank you; an SMS that says the transfer "has FAILED at the beneficiary bank;
  the amount is credited back to your A/c." failed (whatever the credit back), one that "is PENDING with the
  beneficiary bank. Do not initiate it again." pending, a debit alert a success, whatever its bank's wording ("BOI -
  Your A/c XX1234 is debited with Rs.x on <day> towards <way> to <payee>.", "RDCC Bank: Rs x withdrawn from CA XX1234
  on <day> by <way>, beneficiary <payee>.", "DBS: INR x paid from your account ending 1234 on <day> via <way> to
  <payee>.", IDFC FIRST Bank's "Rs x debited from your IDFC FIRST Bank A/c XX1234 on <day> for UPI txn to <payee>.
  RRN <ref>"); the e-mail's *settled* (new here) Status: Completed successfully / Transaction status: Debited
  successfully successes.
* date: the day paid (a UPI screen's Date & time, *settled* (new here) Done on / Completed at, and Started on on one
  not yet paid or failed (as heldout203's Initiated on), a payment page's Paid on / Payment date / Transaction date,
  a buyer's *settled* (new here) Released on / Date of release / Payment date, the held one's Advice date
  (heldout198) / Prepared on and Rejected on / Date of rejection on the rejected one, an inward advice's Value date /
  Credited on / *settled* (new here) Date of realisation, Received on (heldout206) / *settled* (new here) Held on on
  the held one and Returned on / *settled* (new here) Sent back on on the returned one, a receipt's, invoice's or
  voucher's Date / Bill date / *settled* (new here) Date of sale, Invoice date / Date of invoice / Date of issue,
  Voucher date / Date of payment, a banking page's Value date / Processed on / Posting date, Initiated on / *settled*
  (new here) Submitted on on the one awaiting its release, Rejected on / *settled* (new here) Date of rejection,
  Decentro's Completed on / Queued on / Failed on, a fee page's Payment date / Date of payment / Paid on, the Gram
  Panchayat's Transaction date / Attempted on on the failed one and the Directorate of Marketing & Inspection's
  Initiated on / Transaction date on the one not yet confirmed, an insurer's Receipt date / Date of receipt /
  *settled* (new here) Premium received on, Cheque received on (heldout204) on the cheque not yet realised and
  Attempted on / Transaction date on the failed one, a slip's DATE: / DATE & TIME: / *settled* (new here) TRANS
  DATE:, a bill's Paid on / Payment date & time and Attempted on on a bill not paid, MSEDCL's Paid on / Payment
  received on, the SMS's day, the e-mail alert's Date of transaction / Posting date). *settled*: never a Bill month,
  a Due date, a Cheque date (heldout198), a Period of insurance (heldout199), an invoice number's or a voucher
  number's financial year, an e-mail's hour or a Shipping bill's date (heldout167), so *settled* (new here) never the
  day after dt. in the Shipping bill No. / date; *settled* (new here) never the year of a head (House tax (gharpatti)
  2026-27, Service charges 2026-27, Trader's licence renewal fee 2026-27).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a buyer's NEFT / RTGS /
  IMPS, *settled* (new here) Decentro's IMPS (as Easebuzz Payouts', heldout223), a Bharat Connect bill from a Current
  A/c (here in BOI Omni Neo), a fee, a premium or MSEDCL paid by Net banking, an e-mail alert's Mode, an SMS's NEFT /
  IMPS / RTGS; UPI for UPI apps, a payment page's, a receipt's, a voucher's, an invoice's, Decentro's, a fee's, a
  premium's or a bill's UPI and IDFC FIRST Bank's UPI alert; card on slips, a payment page's debit card, a receipt's
  Card, a fee, a premium or MSEDCL paid by Debit card; cheque for a cheque received, in clearing, presented, bounced
  or dishonoured and a premium paid by Cheque; cash for a cash bill, receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout223): a UPI reference / UTR
  / RRN / IMPS reference (UTR, UTR No., UPI transaction ID, UPI Ref. No., UPI Ref No., UPI Ref No, RTGS UTR No.
  (heldout210), IMPS RRN (heldout179), UPI RRN (heldout167), UTR / RRN, *settled* (new here) UTR number, UPI Ref
  number, UTR ref. and UTR reference, Pine Labs Plural's UTR and BillDesk's Bank Ref No. on a UPI payment (as
  CCAvenue's Bank Ref. No., heldout222), a slip's RRN: / RET REF NO:, an SMS's UTR / IMPS RRN and *settled* (new
  here) IDFC FIRST Bank's UPI RRN), then a bank reference (an inward advice's IRM No. (heldout190), *settled* (new
  here) Inward serial No. / Bank's IRM ref., a banking page's CBS reference (heldout213), *settled* (new here) Bank
  txn ref., a fee page's Bank Ref No., an insurer's Bank ref. No., Bharat Connect Txn ID (heldout184) / B-Connect Ref
  No. (heldout204)), then a transaction / payment id (*settled* (new here) Pine Labs Plural's Plural payment ID and
  BillDesk's BillDesk Txn ID, PhonePe's and Paytm's own Transaction ID, Google Pay's Google transaction ID, *settled*
  (new here) bob World's bob World txn ref., Airtel Thanks' Airtel txn ID and Kotak811's Kotak txn ref., *settled*
  (new here) Decentro's Decentro txn ID (as Easebuzz Payouts' Payout ID, heldout223), a fee page's Transaction ID /
  Transaction ref. No. / Payment ID (*settled* (new here) MSAMB's, the Gram Panchayat's, the APMC's, the Directorate
  of Marketing & Inspection's, DISH's and the Geographical Indications Registry's Transaction ID, MIDC's Transaction
  ref. No. and the Export Inspection Agency's Payment ID), an insurer's *settled* (new here) Collection ref. No. /
  Payment txn No., MSEDCL's Transaction ID, a failed Bharat Connect page's Transaction ID), then an approval code
  (Auth code, *settled* (new here) a payment page's Auth ID, a slip's AUTH CODE: / *settled* (new here) APPROVAL:),
  then an order's number (*settled* (new here) Pine Labs Plural's Plural order ID, BillDesk's Merchant ref. No.,
  Decentro's Client reference ID (the company's own id for the payout, as heldout223's Unique request No.) and a
  banking page's Customer ref. No. (the company's own id for the transfer)), then a document's own number (*settled*
  (new here) a buyer's Release note No. / Settlement No. (as heldout223's Payment advice No.), Receipt No. /
  *settled* (new here) Cash bill No. / Receipt Sr. No. on a receipt, Invoice No. / *settled* (new here) Invoice
  serial No. / Document No., Voucher No. / V. No., a fee page's Receipt No. / Challan No. (MIDC's), DISH's GRN (as
  heldout223's Taxation GRN), *settled* (new here) the Geographical Indications Registry's CBR No. (its cash book
  receipt), Receipt No. / *settled* (new here) Premium deposit No., MSEDCL's Receipt No., a slip's BILL NO: /
  *settled* (new here) INVOICE: / INV:). *settled*: never a UETR, MID, TID, BATCH NO, TRACE NO: (heldout203), a card,
  account or mobile number (so never a Credit account No.), a UPI ID, IFSC, GSTIN, a cheque number, a Purpose code,
  an Export invoice No. (heldout210) (so *settled* (new here) never a Commercial invoice No.), a Shipping bill No.
  (heldout167), an AWB No. (heldout179), an E-way bill No., a Vehicle No. (heldout205) (so never a Registration No.
  on the vehicle's premium receipt or a slip's VEH NO:), a Registration No. / Licence No. / Application ID
  (heldout203), a Policy No. / Proposal No. and *settled* (new here) a Cover note No., a Vendor No. (heldout213) /
  Supplier ID, Maker / Checker (heldout171) (so never Initiated by / Released by), a consumer number (here Consumer
  No., Account No., LPG ID, Mobile No., Consumer ID), a slip's PUMP NO: (heldout206) (so *settled* (new here) never
  an FP NO:) or ROOM NO: (heldout203) (so never a ROOM:), a wire's Sender's reference (heldout223) (so *settled* (new
  here) never a Remitter's reference), a Beneficiary short name (heldout223) (so *settled* (new here) never a
  Beneficiary alias), Easebuzz Payouts' Beneficiary code (heldout223) (so *settled* (new here) never Decentro's Payee
  ID or Destination). *settled* (new here): never a QC lot No., a Delivery challan No., a Survey No. of orchard, a
  Treatment batch No., a Property No., a Plot No., a C.A. No., a GI application No. or a Billing unit.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout225_families import (
    bank_alerts,
    box_upi,
    card_slips,
    compose,
    export_wires,
    govt_fees,
    insurer_receipts,
    orchard_pay,
    own_receipts,
    pulp_advices,
    supplier_invoices,
    utility_bills,
    vendor_transfers,
)

SPLIT = "heldout225"

FAMILIES: list[Family] = [
    ("box_upi", box_upi, SCREEN_FACES),
    ("pulp_advices", pulp_advices, PAGE_FACES),
    ("export_wires", export_wires, PAGE_FACES),
    ("own_receipts", own_receipts, PAPER_FACES),
    ("supplier_invoices", supplier_invoices, BILL_FACES),
    ("vendor_transfers", vendor_transfers, PAGE_FACES),
    ("orchard_pay", orchard_pay, PAPER_FACES),
    ("govt_fees", govt_fees, PAGE_FACES),
    ("insurer_receipts", insurer_receipts, PAGE_FACES),
    ("card_slips", card_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout225_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout225 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
