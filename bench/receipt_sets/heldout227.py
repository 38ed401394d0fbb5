"""heldout227: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a pottery and ceramic tableware works' day in 2026 in Khurja, Bulandshahr
district, Uttar Pradesh (Gangnahar Ceramics Pvt Ltd, its works, Gangnahar Pottery Works, in the UPSIDA Pottery
Industrial Estate on Jewar Road, where the body and glaze slips are ground, the plates, mugs, bowls and
planters jiggered, cast and thrown, dried, glazed and decorated in the glazing shed and fired in a gas-fired
shuttle kiln and a tunnel kiln, and its showroom on the highway, Mrittika Pottery Showroom, on NH-34 at the
Khurja bypass, where the highway's shoppers, hotels and dhabas buy dinner sets, mugs, planters and pickle
jars), told by the proofs of payment it receives (highway shoppers', hotels', dhabas' and crockery shops' UPI
screens and the sales desk's Plural and SabPaisa pages, the Delhi, Kanpur and Varanasi crockery wholesalers',
the Lucknow, Jaipur and Pune horeca suppliers', a Dehradun resort group's and a Noida gift chain's payment
advices, importers' inward wires from London, New Jersey, Amsterdam, Dubai, Melbourne, Oslo, Toronto and
Frankfurt in pounds, US dollars, euros, UAE dirhams, Australian dollars, Norwegian kroner and Canadian
dollars, its own cash memos and money receipts, the works' receipts for seconds sold as is to a crockery shop
and for broken ware sold as grog by the tonne to a tile maker, cards on the showroom's and the works'
terminals) and those it makes (the Bikaner clay merchant's, the Thangadh frit and glaze maker's, the Delhi
decal printer's, the Vadodara kiln furniture maker's and the Sahibabad carton maker's tax invoices, the
net-banking transfers to the roadlines that carry the ware to the fair at Greater Noida, the ball mill
grinder, the plaster mould maker, the kiln builder, the testing lab that checks the glazes for lead and
cadmium, the export packer, the showroom's landlord and the buying agent, the potters', firemen's, kiln car
loaders' and decorators' piece rate vouchers, Decentro payouts to a glaze dipper and a potter and a PhonePe
and a BHIM payment, UPSIDA's maintenance charges, Nagar Palika Parishad Khurja's house tax, the Uttar Pradesh
Pollution Control Board's and the Fire and Emergency Services' fees in Nivesh Mitra, EPCH's RCMC renewal,
Legal Metrology's verification fee, the Labour Department's shops and establishments renewal and the Transport
Department's Vahan tax, the insurers' premium receipts for the kilns, shed and stock, the export buyers'
credit, the consignments at sea, the pickup truck, the staff's health, the showroom's plate glass and neon
sign, the potters and kiln workers and the employees, its card at a filling station on NH-34, a Greater Noida
hotel in the fair week, a gas and welding shop and a highway dhaba, PVVNL's power, the kilns' piped gas and
the broadband, postpaid and AirFiber bills, the banks' SMS and e-mail alerts). One payment per page. Each
family: six successes, one failure, one wait; one page prints no transaction id and one no day (truth None for
those fields).

* ``showroom_upi``: six UPI app screens (Google Pay, PhonePe, Paytm, Groww, Kiwi, bob World) paying the
  showroom or the company, and two of the sales desk's payment pages (Plural, SabPaisa).
* ``dealer_advices``: crockery wholesalers', horeca suppliers', a resort group's and a gift chain's PAYMENT
  ADVICE - CROCKERY SUPPLIES / VENDOR PAYMENT INTIMATION / Remittance advice to supplier (e-mail, printed,
  vendor portal).
* ``export_wires``: eight banks' inward remittance advices (FOREIGN INWARD REMITTANCE ADVICE - EXPORT BILL /
  Credit advice: inward SWIFT remittance / Inward remittance - exporter's copy; browser, e-mail, printed).
* ``own_receipts``: the works' MONEY RECEIPT / CASH MEMO - FACTORY SALE / RECEIPT - SECONDS SALE (AS IS) /
  RECEIPT - GROG SALE, the showroom's RETAIL CASH MEMO / RECEIPT - SHOWROOM (paper, rubber stamp) and the
  accounts desk's acknowledgement e-mails.
* ``supplier_invoices``: the clay, frit, decal, kiln furniture and carton suppliers' TAX INVOICE (BUYER'S
  COPY) / GST INVOICE - ORIGINAL FOR RECIPIENT / TAX INVOICE with the payment block and a rubber stamp (paper,
  serif).
* ``vendor_transfers``: corporate net banking's transaction pages (Baroda Connect, HDFC Bank CBX, Union
  Digital Corporate).
* ``worker_pay``: printed JIGGER-JOLLY PIECE RATE VOUCHER (PER DOZEN) / POTTER'S PIECE WORK SLIP - MAKING
  SECTION / KILN FIREMAN PAYMENT VOUCHER (PER FIRING) / BHATTI WAGES VOUCHER - SHUTTLE KILN / DECORATION
  SECTION - DECAL WORK VOUCHER / HAND PAINTING PIECE RATE VOUCHER / KILN CAR LOADING VOUCHER - TUNNEL KILN /
  SETTING AND DRAWING WAGES VOUCHER, Decentro's payout pages, a PhonePe and a BHIM screen.
* ``govt_fees``: UPSIDA's maintenance charges, Nagar Palika Parishad Khurja's house tax page, the Uttar
  Pradesh Pollution Control Board's consent fee and the Fire and Emergency Services' NOC renewal in Nivesh
  Mitra, EPCH's RCMC renewal, Legal Metrology's verification fee, the Labour Department's shops and
  establishments renewal and the Transport Department's Vahan tax page (browser).
* ``insurer_receipts``: insurers' PREMIUM RECEIPT / Receipt of premium / ACKNOWLEDGEMENT OF PREMIUM (browser,
  e-mail, printed).
* ``card_slips``: card terminal slips (monospace).
* ``utility_bills``: Bharat Connect in Baroda Connect and UPI apps (PhonePe, CRED, Google Pay, MobiKwik,
  Paytm) and PVVNL's own receipt page.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Bank of Baroda, Canara Bank, Uttar
  Pradesh Gramin Bank, Union Bank of India's UPI) and two e-mail debit alerts (Bank of Baroda, HDFC Bank).

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout210's, heldout211's and heldout223's.

Truth conventions (heldout223's, heldout222's, heldout219's, heldout215's, heldout214's, heldout211's,
heldout210's, heldout207's, heldout206's, heldout204's, heldout203's, heldout190's, heldout179's and
heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Sent to / Paying to (heldout206), *settled* (new here) or Payee (here the showroom, Mrittika Pottery
  Showroom / MRITTIKA POTTERY SHOWROOM, the company's capitals, GANGNAHAR CERAMICS PVT LTD, or its short name,
  Gangnahar Ceramics, as printed), never the UPI ID or the app, nor the Banking name line under the UPI ID
  (heldout207) or, *settled* (new here), a Verified name line there; a payment page's payee on top (here the
  showroom or the company), never Paid by (heldout206) / *settled* (new here) Buyer name, the Order details /
  Purpose line or the gateway's footer (*settled* (new here) Plural - Pine Labs, SabPaisa). *settled*
  (heldout167, heldout175, heldout179, heldout190, heldout202 to heldout223): a payer's payment advice pays
  the one it pays, never the payer on top; here a wholesaler's, a horeca supplier's, the resort group's or the
  gift chain's advice pays the company under Supplier name (payee) (heldout223), *settled* (new here) or
  Vendor name (beneficiary) / Payee (supplier) / Remitted to (vendor) (its full, capital or short name as
  printed), never the payer on top, its desk line, the Vendor code (heldout210), *settled* (new here) the
  Dealer code or the PO ref. (as heldout204's PO No.), the LR No. (heldout223) or the Bank A/c of vendor (as
  heldout223's Supplier bank A/c). *settled* (heldout155, heldout167, heldout190, heldout203 to heldout223): a
  bank's inward remittance advice pays the company under Beneficiary name / Name of beneficiary (heldout210),
  *settled* (new here) or Exporter (beneficiary), never the bank on top, its forex desk line, the Remitter /
  Ordering customer (heldout211) / *settled* (new here) Remitted by (the importer abroad), the Remitter's bank
  (heldout207), *settled* (new here) the Remitting institution or the Intermediary bank. *settled*
  (heldout175, heldout179, heldout190, heldout203 to heldout223): the company's own receipt pays the trade
  name on top where that is on top, so *settled* (new here) the showroom's cash memos and receipts pay
  Mrittika Pottery Showroom and the works' receipts Gangnahar Pottery Works (capitals where so printed), and a
  receipt with the company on top the company, never the "A unit of" company line under it (heldout190), the
  party under Received from, *settled* (new here) Customer name / Sold to, the ware's line, the signature line
  or the rubber stamp; *settled* (new here) the works' receipts for seconds sold as is to a crockery shop and
  for broken ware sold as grog to a tile maker alike (the works, never the buyer, as heldout222's scrap and
  heldout223's rejects); the accounts desk's e-mail pays the company on top (its full, capital or short name
  as printed, heldout219), never the works' line under it. A supplier's name on top of its own paper (capitals
  where so printed), never M/s the company under *settled* (new here) Billed to / Recipient / Buyer (bill to),
  nor the works under *settled* (new here) Place of delivery. *settled* (heldout179, heldout186, heldout202,
  heldout203, heldout207 to heldout223): a corporate banking page pays the payee under Beneficiary name /
  Payee (heldout211), *settled* (new here) or Pay to / Credit account name, never the portal (Baroda Connect,
  HDFC Bank CBX, Union Digital Corporate), the bank line, the Debit account or *settled* (new here) the Payee
  alias (as heldout223's Beneficiary short name). *settled* (heldout150, heldout161, heldout179, heldout203 to
  heldout223): a wage voucher pays the worker, *settled* (new here) a potter under Name of potter / Paid to
  (potter), a fireman under Fireman / Paid to (fireman), a decorator under Name of decorator / Paid to
  (decorator) and a kiln car loader under Name of loader / Paid to (loader), never the company on top, the
  works' line under it, the Role, the Token No. (heldout202) or *settled* (new here) the Section; *settled*
  (new here) Decentro's payout page the Beneficiary name (as Easebuzz Payouts', heldout223) / Payee name,
  never Decentro on top, the company under it (Payouts - ...), the Payee ID or the Payee account; a transfer
  screen the payee under Paid to / To. *settled* (heldout153, heldout167, heldout182, heldout202 to
  heldout223): a fee page pays the authority on top as printed, *settled* (new here for Uttar Pradesh) Uttar
  Pradesh State Industrial Development Authority / UPSIDA; Nagar Palika Parishad Khurja / NAGAR PALIKA
  PARISHAD KHURJA; Uttar Pradesh Pollution Control Board / UTTAR PRADESH POLLUTION CONTROL BOARD; Uttar
  Pradesh Fire and Emergency Services / U.P. FIRE & EMERGENCY SERVICES; Legal Metrology Department, Uttar
  Pradesh / Controller of Legal Metrology, U.P.; Labour Department, Uttar Pradesh / Office of the Labour
  Commissioner, Uttar Pradesh; Transport Department, Uttar Pradesh / Transport Department, Government of U.P.
  on the Vahan receipt (as heldout223's Mizoram department); Export Promotion Council for Handicrafts / EPCH
  (heldout214); never the line under it (the Regional Office, the District Bulandshahr line, Nivesh Mitra, the
  Ministry of Textiles, the Food and Civil Supplies Department, the Act's line, Vahan or the Ministry of Road
  Transport & Highways), the Name of allottee, Name of owner, Name of the industry, Name of premises, Name of
  member exporter, Name of user, Name of establishment or Owner name. *settled* (heldout199, heldout202 to
  heldout223): an insurer's premium receipt pays the insurer on top (its full name, capitals where so printed;
  *settled* (new here) IFFCO-Tokio General Insurance Co. Ltd's, ECGC Ltd's, Raheja QBE General Insurance Co.
  Ltd's, Navi General Insurance Ltd's, ManipalCigna Health Insurance Co. Ltd's, Zuno General Insurance Ltd's,
  Acko General Insurance Ltd's and The Oriental Insurance Co. Ltd's alike), never the product line, the office
  line or the Name of the proposer (heldout223) / *settled* (new here) Insured / Policyholder (the company). A
  slip's counter name line in capitals (here the company's own counters, MRITTIKA POTTERY SHOWROOM, GANGNAHAR
  CERAMICS and GANGNAHAR POTTERY WORKS, on four, a filling station, a Greater Noida hotel, a gas and welding
  shop and a highway dhaba on the rest), never the terminal's bank or brand (BANK OF BARODA, HPCL, ICICI BANK,
  CANARA BANK, UNION BANK OF INDIA, BHARATPE, MSWIPE, HDFC BANK) or the place line. A Bharat Connect page's
  biller under Biller / Biller name / Operator / Service provider / Billed by (heldout223), *settled* (new
  here) or Provider (short or long as printed), never the app (here also Baroda Connect, CRED and MobiKwik),
  Bharat Connect or the Customer name / Consumer name, *settled* (new here) nor the Registered name; *settled*
  (new here) PVVNL's own receipt page the discom on top (PVVNL, Paschimanchal Vidyut Vitran Nigam Ltd or its
  capitals as printed, as heldout223's Power & Electricity Department's), never the "A UPPCL company" line
  under it, the Division or the Consumer name. An SMS alert's payee as the bank sends it ("to THANGADH FRITS &
  GLA": *settled*, the truncated name as printed, without the sentence's full stop), *settled* (new here) Bank
  of Baroda's "by <way> towards <payee>.", Canara Bank's "towards <way> transfer to <payee>.", Uttar Pradesh
  Gramin Bank's "<way> to <payee>." and Union Bank of India's UPI "by UPI to <payee>." (the name ends before
  UPI Ref), and the returned and pending transfers' "to <payee> on <day>" (heldout222), never the bank or the
  sender id; the e-mail alert's Beneficiary (heldout206) / *settled* (new here) Credited to, never the bank on
  top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large. *settled*
  (heldout152, heldout186, heldout190, heldout202 to heldout223): a payer's advice counts its net sum,
  *settled* (new here) Net amount remitted / Net payment released / Amount paid to vendor, Net amount on hold
  on the hold and Net amount (heldout210) / *settled* (new here) Amount returned on the return (the Total of
  bills / Invoices total (heldout222) less Less: TDS u/s 194Q @ 0.1% and *settled* (new here) a Less: Breakage
  in transit - n pcs @ rate, a Less: Short supply - n sets or dozens or a Less: Credit note - chipped glaze (n
  pcs)), never a bill's sum or the Total of bills / Invoices total. *settled* (heldout155, heldout167,
  heldout190, heldout203 to heldout223): an inward wire's foreign sum, Remitted amount (heldout204), *settled*
  (new here) or FCY amount received / Foreign currency amount, in pounds, US dollars, euros, UAE dirhams (AED,
  heldout205), Australian dollars (AUD, A$, heldout202), Canadian dollars (CAD, C$, heldout207) and *settled*
  (new here for an inward wire) Norwegian kroner (NOK, printed with its code before or after the sum) as NOK,
  never the INR equivalent, *settled* (new here) the Less: Bank charges and GST or the Net credit (INR); its
  Conversion rate (1 NOK = INR 8.0258) is no sum. *settled* (heldout175, heldout179, heldout190, heldout203 to
  heldout223): a receipt counts the sum received even where it is part of the order, Cash received / Received
  by UPI / Cheque amount / Cheque received / Advance received / Received by card (heldout210), *settled* (new
  here) or Amount received in cash / Received via UPI / Card swipe amount / Advance against order, never the
  Bill amount / Total / Order value (heldout202) where less was received, the ware's line, the GST @ 12% or
  the Balance due / *settled* (new here) Balance payable before dispatch; *settled* (new here) the works' sale
  of seconds (the dozens x rate, no GST) and of grog (the tonnes x rate) counts its bill, received in full (as
  heldout223's rejects). *settled* (heldout187, heldout191, heldout202 to heldout223): a supplier's invoice
  counts the sum paid, where an advance is taken off (here *settled* (new here) Less: Advance paid with PO
  (order confirmation)) the *settled* (new here) Balance credited by RTGS / NEFT, else *settled* (new here)
  Received through RTGS / NEFT, Amount received by NEFT / RTGS, UPI credit received or Received by UPI (the
  rounded Invoice total with GST), or the Cheque received / *settled* (new here) Cheque for, never the Taxable
  value, a line or the GST. A banking page's Transaction amount / Amount (INR) (heldout210) / Transfer amount
  (heldout211), *settled* (new here) or Payment amount (INR). *settled* (heldout167, heldout202 to
  heldout223): a wage voucher's net sum, *settled* (new here) Net payable - paid / Net amount handed over /
  Paid to worker (the dozens, hundreds, firings or kiln cars x rate, plus Add: Attendance incentive / Add:
  Sunday firing allowance / Add: Overtime - kiln unloading, less Less: Breakage above allowance - n pcs /
  Less: Advance adjusted), never the Gross earnings, the line or a deduction; Decentro's and a screen's sum
  large. *settled* (new here): UPSIDA's Total amount paid / Amount deposited (as heldout222's PSIEC: the
  Maintenance charges (area x rate), an Interest on delayed payment and the GST @ 18%), never a head or the
  GST; Nagar Palika Parishad Khurja's Total amount / Amount paid / Amount (the House tax, Water tax and Sewer
  tax), never a head; the Pollution Control Board's Total fee paid (the Water Act and Air Act fees,
  heldout206), never a head; the Fire and Emergency Services' Total amount / Amount paid, Amount / Total
  amount on the page not yet confirmed (the Fire NOC renewal fee and the Inspection fee), never a head; EPCH's
  Total amount received (heldout214) / Total paid (the RCMC renewal and membership fee and the GST @ 18%),
  never the fee or the GST; Legal Metrology's Total fee paid / Amount paid (heldout223: the scales'
  verification fees), never a scale's fee; the Labour Department's Total fee paid / Amount paid (the Renewal
  fee (5 years) and a Late fee), never a head; the Transport Department's Total amount paid / Amount paid
  (heldout223: the Road tax (quarterly) and a Green tax), never a head. *settled* (heldout199, heldout202 to
  heldout223): an insurer's premium with its GST, *settled* (new here) Total premium paid (incl. GST) /
  Premium amount received / Gross premium received, the Cheque amount (heldout211) on the cheque not yet
  cleared, *settled* (new here) Premium to be paid / Amount payable on the failed one, never the Basic
  premium, an add-on or the GST, nor the Own damage premium or the Third party premium (heldout223), nor the
  IDV (insured declared value), the Lives covered, the Persons covered (heldout223), the Estimated annual
  wages (heldout210) or *settled* (new here) the Sum insured - plant, building and stock, the Maximum
  liability (buyers), the Annual export turnover or the Sum insured - glass and sign. A slip's SALE AMOUNT:
  (heldout210) / AMOUNT: (heldout179) / NET AMOUNT: (heldout208), *settled* (new here) or TOTAL AMT:, never
  the RATE: or the VOLUME(L):. A Bharat Connect page's sum large; PVVNL's Amount paid / Paid amount (as
  heldout223's department's). An alert's sum debited (*settled* (new here) Bank of Baroda's "Rs.x debited",
  Canara Bank's "An amount of INR x has been DEBITED", Uttar Pradesh Gramin Bank's "is debited INR x", Union
  Bank's UPI "Debited for Rs:x", the returned and pending transfers' "<way> transfer of Rs.x"; the e-mail's
  Amount debited (heldout210) / *settled* (new here) Amount (INR)), never the Avl Bal. Currency INR but on the
  wires.
* status: as printed. A UPI screen's Payment successful / Paid successfully successes (heldout204, heldout207,
  heldout211, heldout219, heldout223), *settled* (new here) as is Payment completed successfully, Payment
  under process - your bank is yet to confirm, please do not pay again pending, Payment declined - daily UPI
  limit exceeded for this bank account failed; a payment page's Payment successful / Payment received
  successes (heldout205, heldout219), *settled* (new here) as is Payment captured - thank you for shopping
  with us. *settled* (new here): a payer's Status: Remitted to vendor's bank / Payment released - credited to
  your account successes, On hold - breakage claim pending your credit note pending (a payer's hold, as
  heldout198's to heldout223's), Payment returned - vendor's account closed by bank failed. *settled* (new
  here): an inward advice's Credited to exporter's current account - IRM reported / Status: Proceeds credited
  - IRM issued successes, Held for compliance - purpose of remittance and invoice copy awaited pending,
  Returned to remitting bank - beneficiary current account closed failed. *settled* (heldout167, heldout179,
  heldout190, heldout203, heldout207, heldout211, heldout215, heldout219, heldout223): a cheque received and
  not yet cleared pending, a cheque returned failed, so *settled* (new here) CHEQUE RECEIVED - GOODS TO BE
  DISPATCHED ON CLEARANCE and CHEQUE SENT FOR COLLECTION - RECEIPT VALID ON REALISATION pending, CHEQUE
  BOUNCED - ORDER CANCELLED, PLEASE PAY AGAIN and CHEQUE DISHONOURED - PAYMENT STOPPED BY DRAWER failed;
  RECEIVED WITH THANKS and PAID successes, *settled* (new here) as are RECEIVED - GOODS HANDED OVER, PAID -
  SECONDS SOLD AS IS, NO RETURN, RECEIVED - GROG LIFTED FROM YARD, SETTLED BY NEFT / RTGS / UPI, FULL PAYMENT
  RECEIVED - ACCOUNT CLEARED, PAID IN CASH, PAID - POTTER SIGNED and PAID - RECEIVED BY HAND AT KILN.
  *settled* (new here): a banking page's Transfer completed - amount credited to beneficiary / Status:
  Processed - UTR generated successes, Awaiting authoriser approval - not yet sent to bank pending (keyed, not
  yet authorised, as heldout191's to heldout223's), Rejected by beneficiary bank - account no longer in
  operation failed; Decentro's Payout completed - credited to beneficiary / Status: COMPLETED successes (as
  Easebuzz Payouts' Status: SUCCESS, heldout223), Scheduled - payout waits for the next IMPS window pending
  (not yet sent, as heldout223's Awaiting approval), Payout reversed - beneficiary bank rejected the credit
  failed (the payout came back, as heldout223's Reversed); a transfer screen's Paid / Payment successful /
  Transaction successful successes (heldout211); a fee page's Payment successful successes, *settled* (new
  here) as are Fee paid - receipt generated, Fee payment confirmed and e-Challan paid - receipt ready, the
  Fire and Emergency Services' Verification pending with treasury - NOC fee not yet confirmed, do not pay
  again pending, Nagar Palika Parishad Khurja's Payment failed - house tax not credited to Nagar Palika
  failed; an insurer's *settled* (new here) Premium realised - policy document issued online / Payment
  received - certificate of insurance e-mailed successes, CHEQUE RECEIVED - COVER ONLY AFTER CHEQUE IS CLEARED
  pending (as heldout211's cover from realisation), Premium payment declined - proposal not converted to
  policy failed; a slip's APPROVED / TXN APPROVED successes (heldout210, heldout211), *settled* (new here) as
  is APPROVED - 00, DECLINED - 57 TXN NOT PERMITTED TO CARDHOLDER failed, NO RESPONSE FROM HOST - VERIFY
  STATUS BEFORE REPEATING pending; Bill paid successfully / Payment successful successes (heldout210,
  heldout211), *settled* (new here) as is Bill payment confirmed by biller, Payment pending with the biller -
  receipt in 48 hours, do not pay again pending, Bill payment could not be completed - any debit is
  auto-reversed in 5 working days failed (the payment failed, whatever the reversal), PVVNL's Payment
  successful / *settled* (new here) Bill paid - thank you for paying online successes; an SMS that says the
  transfer "has been RETURNED by the beneficiary bank; the amount is credited back to your A/c." failed
  (whatever the credit back), one that "is UNDER PROCESS at the beneficiary bank - do not initiate it again."
  pending, a debit alert a success, whatever its bank's wording ("Rs.x debited from A/c ...1234 on <day> by
  <way> towards <payee>.", "An amount of INR x has been DEBITED to your account XXX1234 on <day> towards <way>
  transfer to <payee>.", "UPGB: Your A/c XX1234 is debited INR x on <day>, <way> to <payee>.", Union Bank of
  India's "A/c *1234 Debited for Rs:x on <day> by UPI to <payee>. UPI Ref <ref>."); the e-mail's *settled*
  (new here) Status: Completed / Transaction status: Debited successfully successes.
* date: the day paid (a UPI screen's Date & time / Paid on / Completed on, Initiated on on one not yet paid
  (heldout203), a payment page's Paid on / Payment date (heldout206) / Date of transaction (heldout209), a
  payer's Payment date (heldout223) / *settled* (new here) Remitted on / Date of remittance, the held one's
  Advice date (heldout198) / *settled* (new here) Held on and Returned on / Return date (heldout206) on the
  returned one, an inward advice's Value date, *settled* (new here) Date of realisation / Credit value date,
  Received on (heldout206) / Held on on the held one and Returned on / Date of return (heldout223) on the
  returned one, a receipt's, invoice's or voucher's Date / Dated / Receipt date / Invoice date / Voucher date,
  a banking page's Value date / Payment date / *settled* (new here) Posted on, *settled* (new here) Submitted
  on / Initiated on on the one awaiting its authoriser and Rejected on (heldout222) / Failed on on the
  rejected one, Decentro's Processed on (heldout223) / *settled* (new here) Completed on, Queued on and
  Reversed on (as Easebuzz's, heldout223), a fee page's Payment date / Date of payment / Receipt date, the
  Fire and Emergency Services' Initiated on / Transaction date on the page not yet confirmed and Nagar Palika
  Parishad Khurja's Transaction date / Attempted on on the failed one, an insurer's Receipt date / *settled*
  (new here) Premium received on / Receipt dated, Cheque received on (heldout204) on the cheque not yet
  cleared and Attempted on (heldout206) / *settled* (new here) Declined on on the failed one, a slip's DATE: /
  DT: (heldout210) / DATE/TIME:, Paid on / Transaction date & time (the latter alone on a bill not paid),
  PVVNL's Payment date / Paid on, the SMS's day, the e-mail alert's Transaction date / *settled* (new here)
  Posting date). *settled*: never a Bill month, a Due date, a Cheque date (heldout198), a Period of insurance
  (heldout199), an invoice number's or a voucher number's financial year or an e-mail's hour; never a Shipping
  bill's date (heldout167), the Vahan page's Tax valid upto (heldout223) or the day inside a UTR (heldout210);
  *settled* (new here) never the year of UPSIDA's Maintenance charges 2026-27 or of the House tax 2026-27.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT /
  RTGS / IMPS, Decentro's IMPS (*settled* (new here), as Easebuzz Payouts', heldout223), a Bharat Connect bill
  from a Current A/c (here in Baroda Connect), a fee, a premium or PVVNL paid by Net banking, an e-mail
  alert's Channel, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a receipt's, a voucher's,
  an invoice's, Decentro's, a fee's, a premium's or a bill's UPI and Union Bank of India's UPI alert; card on
  slips, a payment page's card, a receipt's Card, a fee, a premium or PVVNL paid by Debit card; cheque for a
  cheque received, sent for collection, bounced or dishonoured and a premium paid by Cheque; cash for a cash
  memo, receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout223): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref. No., UPI Reference No., UPI transaction ID,
  UPI Ref No., UPI RRN (heldout179), NEFT UTR, RTGS UTR No. (heldout210), IMPS Ref No., *settled* (new here)
  Plural's UTR and SabPaisa's Bank txn ID on a UPI payment, Groww's UPI Ref ID, Kiwi's Bank Reference No. and
  Decentro's Bank RRN, a slip's RRN: / RRN NO: (heldout200), an SMS's UTR / IMPS Ref and *settled* (new here)
  Union Bank of India's UPI Ref), then a bank reference (an inward advice's IRM No. (heldout190) / Our ref.
  No. (heldout222) / *settled* (new here) IRM reference No., a banking page's Bank reference No. (heldout210)
  / *settled* (new here) Core banking ref., a fee page's Bank Ref No., an insurer's Bank Ref No., Bharat
  Connect Ref. No. / BBPS Ref ID / *settled* (new here) Bharat Connect Txn ID), then a transaction / payment
  id (*settled* (new here) Plural's Payment ID and SabPaisa's SabPaisa txn ID, PhonePe's own Transaction ID,
  Google Pay's Google transaction ID, *settled* (new here) Groww's Groww transaction ID, Kiwi's Kiwi txn ID
  and bob World's Transaction Ref No. (as YONO SBI's, heldout223), *settled* (new here) Decentro's Decentro
  txn ID (as Easebuzz Payouts' Payout ID), a fee page's Transaction ID / Transaction ref. No. / Payment ID /
  Transaction No. (*settled* (new here) UPSIDA's, Nagar Palika Parishad Khurja's, the Fire and Emergency
  Services', Legal Metrology's and the Labour Department's Transaction ID, the Pollution Control Board's
  Transaction ref. No., EPCH's Payment ID (heldout214) and Vahan's Transaction No.), an insurer's Payment ref.
  No. (heldout210) / *settled* (new here) Payment gateway ref., PVVNL's Transaction ID, a failed Bharat
  Connect page's Transaction ID), then an approval code (Auth code, Approval code, a slip's APPR CODE: / AUTH
  CODE:), then an order's number (*settled* (new here) Plural's Plural order ID and SabPaisa's Client txn ID
  (as PayU's Merchant txn ID, heldout203), Decentro's Reference ID (the company's own id for the payout, as
  heldout223's Easebuzz Unique request No.)), then a document's own number (a payer's Payment advice No.
  (heldout215) / *settled* (new here) Remittance advice No., Receipt No. / Memo No. / M.R. No. on a receipt,
  Invoice No. / Tax Invoice No. / Bill No., Voucher No. / Vr. No., a fee page's Receipt No., the Labour
  Department's GRN (as heldout223's Taxation GRN), Vahan's Receipt No., Premium receipt No. / Receipt No.,
  *settled* (new here) PVVNL's Bill receipt No., a slip's INVOICE NO: / BILL NO: / RECEIPT NO: (heldout214)).
  *settled*: never a UETR, MID, TID, BATCH NO, STAN: (heldout202), a card, account or mobile number, a UPI ID,
  IFSC, GSTIN, a cheque number, a Purpose code, an Export invoice No. (heldout210), a Shipping bill No.
  (heldout167), an E-way bill No., a Vehicle No. (heldout205) (so never a Registration No. on the Vahan page
  or an insurer's page or a slip's VEHICLE NO:), a Registration No. / Application No. (heldout203), a Policy
  No. / Proposal No., a Vendor code (heldout210), an LR No. (heldout223), a Sender's reference (heldout223),
  Maker / Checker (heldout171) (so never Initiated by / Approved by), a consumer number (here Account ID,
  Customer ID, Account No., Mobile No., Service ID), a Token No. (heldout202), a Plot No. or a Property ID
  (heldout222), a slip's NOZZLE NO: (heldout202) or ROOM NO: (heldout203). *settled* (new here): never a
  Dealer code, a PO ref., an RCMC No., a Quote No., Decentro's Payee ID or Payee account, or a Payee alias (as
  heldout223's Beneficiary short name).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout227_families import (
    bank_alerts,
    card_slips,
    compose,
    dealer_advices,
    export_wires,
    govt_fees,
    insurer_receipts,
    own_receipts,
    showroom_upi,
    supplier_invoices,
    utility_bills,
    vendor_transfers,
    worker_pay,
)

SPLIT = "heldout227"

FAMILIES: list[Family] = [
    ("showroom_upi", showroom_upi, SCREEN_FACES),
    ("dealer_advices", dealer_advices, PAGE_FACES),
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


def make_heldout227_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout227 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
