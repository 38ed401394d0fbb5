"""heldout213: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a salt works' day in 2026 in Kutch, Gujarat (Ratnakar Salt Industries Pvt Ltd, its salt
pans on the Tuna-Vandi road near Kandla, its refinery and iodisation plant in the GIDC estate at Gandhidham and its
sales counter there, Ratnakar Salt Depot, with its iodised salt sold as Ratnakar Moti), told by the proofs of
payment it receives (traders', ice plants', cattle feed makers', dye houses' and fish curers' UPI screens and the
sales desk's Cashfree and CCAvenue pages, the chlor-alkali plant's, the salt packer's, the merchant exporter's, the
tannery's, the dye house's and the seafood processor's payment advices and Amazon's and udaan's settlements, buyers'
inward wires from Bangladesh, the UAE, Japan, Singapore, Indonesia, Vietnam and Qatar in US dollars, UAE dirhams,
yen, Singapore dollars and Qatari riyals for salt shipped from Kandla and Mundra, its own receipts for crude,
washed, refined and iodised salt, bittern and gypsum, cards on the depot's terminals) and those it makes (the iodate
maker's, the sack maker's, the pouch printer's, the pump dealer's and the lab supplier's tax invoices, the
net-banking transfers to the brine tanker, dumper, loader, bund, rake handling, clearing, weighbridge and truck
contractors, the agariyas' harvest, upad and season vouchers, the loading gangs' slips and their Cashfree payouts
and UPI, the Deendayal Port Authority's lease rent and wharfage, the Gujarat Pollution Control Board's, the
Directorate of Industrial Safety and Health's, Legal Metrology's, the Salt Commissioner's, Gandhidham Municipal
Corporation's and the Gujarat Labour Welfare Board's pages, the insurers' premium receipts for the refinery, the
salt shipments, a dumper, the agariya families, the iodisation plant, the loading gangs, the salt heaped at the pans
and the refinery's liability, its card at a filling station, a tyre shop, an auto spares shop, a hotel and a
hardware shop, PGVCL's power and the broadband, gas and phone bills, the banks' SMS and e-mail alerts). One payment
per page. Each family: six successes, one failure, one wait; one page prints no transaction id and one no day (truth
None for those fields). Faces: heldout119's, with a narrow, condensed or bold face among them on some families.

* ``buyer_upi``: six UPI app screens (Google Pay, PhonePe, Amazon Pay, Paytm, Navi, BHIM) paying the depot or the
  company and the sales desk's two payment pages (Cashfree Payments, CCAvenue).

* ``buyer_advices``: the chlor-alkali plant's, the salt packer's, the merchant exporter's, the tannery's, the dye
  house's and the seafood processor's REMITTANCE ADVICE - RAW MATERIAL SUPPLIER / Payment advice - salt purchases /
  VENDOR PAYMENT INTIMATION (e-mail, printed, supplier portal), Amazon Seller Central's settlement page and udaan's
  seller app settlement screen.

* ``export_wires``: eight banks' inward remittance advices for export proceeds (browser, e-mail, printed EXPORT
  PROCEEDS - INWARD CREDIT ADVICE / Advice of foreign inward remittance / SWIFT MT103 - inward payment advice).

* ``own_receipts``: the company's own RECEIPT - SALT SALES (PAN SITE) / RECEIPT - BY-PRODUCT SALES / MONEY RECEIPT /
  ADVANCE RECEIPT - DISPATCH BOOKING and the depot's CASH MEMO - DEPOT SALES / RECEIPT (paper, rubber stamp) and two
  of the accounts desk's receipt e-mails.

* ``supplier_invoices``: the iodate maker's, the sack maker's, the pouch printer's, the pump dealer's and the lab
  supplier's TAX INVOICE / TAX INVOICE - ORIGINAL FOR BUYER / TAX INVOICE CUM PAYMENT RECEIPT with the payment block
  and a rubber stamp (paper, serif).

* ``contractor_transfers``: corporate net banking's transaction pages (Baroda Connect, YES CONNECT, SBI CINB) paying
  the brine tanker, dumper, loader, bund, rake handling, clearing, weighbridge and truck contractors.

* ``agariya_wages``: printed AGARIYA WAGE VOUCHER - SALT HARVEST / UPAD (ADVANCE) PAYMENT VOUCHER / SEASON
  SETTLEMENT - AGARIYA ACCOUNT / LOADING GANG WAGE SLIP, Cashfree Payments' payout pages, a PhonePe and a Paytm
  screen.

* ``govt_fees``: the Deendayal Port Authority's lease rent and wharfage pages, the Gujarat Pollution Control Board's
  consent fee page on XGN, the Directorate of Industrial Safety and Health's factory licence challan on Cyber
  Treasury, Legal Metrology's weighbridge verification page, the Salt Commissioner's ground rent page, Gandhidham
  Municipal Corporation's property tax page and the Gujarat Labour Welfare Board's contribution page (browser).

* ``insurer_receipts``: insurers' premium receipts (browser, e-mail, printed PREMIUM RECEIPT / Premium collection
  receipt / RECEIPT).

* ``card_slips``: card terminal slips (monospace) at the depot's and the company's counters, a filling station (with
  its fuel lines), a tyre shop, an auto spares shop, a hotel and a hardware shop.

* ``utility_bills``: Bharat Connect in bob World, Kotak Mobile Banking and UPI apps (Paytm, PhonePe, Amazon Pay,
  Google Pay) and PGVCL's own receipt page.

* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (State Bank of India, Kotak Mahindra Bank, YES
  Bank, IDBI Bank) and two e-mail debit alerts. The families' docstrings list each layout's labels.

Truth conventions (heldout211's, heldout210's, heldout207's, heldout206's, heldout203's, heldout179's and
heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To /
  Sent to / Paying to / Payment to (heldout206), *settled* (new here) or Payment made to (here the depot: Ratnakar
  Salt Depot, RATNAKAR SALT DEPOT, or the company's Ratnakar Salt or RATNAKAR SALT INDUSTRIES PVT LTD, as printed),
  never the UPI ID or the app, nor the Banking name / Registered name line under the UPI ID (heldout207,
  heldout211), *settled* (new here) nor a Name as per bank line there; a payment page's payee on top (here the
  company as printed), never Paid by (heldout205), *settled* (new here) Buyer name / Payer name, the invoice under
  Towards or the gateway's footer (Cashfree, CCAvenue). *settled* (heldout152, heldout167, heldout179, heldout202 to
  heldout207, heldout210): a payer's payment advice (here the chlor-alkali plant's, the salt packer's, the merchant
  exporter's, the tannery's, the dye house's or the seafood processor's) pays the company under its payee label,
  *settled* (new here) Vendor name / Supplier (payee) / Remit to, never the payer on top, its desk line, the Vendor
  No. (as heldout179's Vendor code), the PO No. or the Vendor bank A/c; *settled* (new here) a marketplace's
  settlement (Amazon Seller Central's page, udaan's seller app) pays the company under Seller name / Business name /
  Seller, never the platform on top, its Payments / Settlements line, the Merchant token or the Seller ID (as
  heldout211's platforms pay the hotel, never the Property ID). *settled* (heldout155, heldout167, heldout190,
  heldout203, heldout207, heldout210, heldout211): a bank's inward remittance advice pays the company under
  Beneficiary name, *settled* (new here) or Beneficiary customer / Credited to (exporter), never the bank on top,
  its forex desk line, the *settled* (new here) Applicant (buyer abroad) / Remitted by (the buyer abroad) or the
  Remitter's bank (heldout207) / *settled* (new here) Remitting institution. *settled* (heldout175, heldout179,
  heldout190, heldout203, heldout207, heldout210, heldout211): the company's own receipt pays the company on top
  (its full, capital or short name as printed) or its counter's trade name where that is on top (here Ratnakar Salt
  Depot, capitals where so printed), never the "A unit of" company line under it (heldout190), the party under
  Received from / *settled* (new here) Party / Buyer, the goods' line or the rubber stamp; *settled* (new here) a
  receipt for bittern or gypsum sold to a bromine works or a gypsum maker alike (the company, as heldout210's
  fents); its accounts desk's e-mail likewise. A supplier's name on top of its own paper (capitals where so
  printed), never M/s the company under Billed to (heldout207) / Buyer (heldout211) / *settled* (new here) Receiver
  (billed to), nor *settled* (new here) the company under Consignee (ship to) (as heldout211's Delivered at) or the
  Transporter. *settled* (heldout179, heldout186, heldout202, heldout203, heldout207, heldout210, heldout211): a
  corporate banking page pays the payee under its beneficiary label, *settled* (new here) Beneficiary / Credit party
  name / Payee account name, never the portal (here Baroda Connect, YES CONNECT, SBI CINB), the bank line, the Debit
  account, the Beneficiary nickname (heldout190) or *settled* (new here) the Beneficiary code. *settled*
  (heldout150, heldout161, heldout179, heldout203, heldout205, heldout207, heldout210, heldout211): a wage voucher
  pays the worker, *settled* (new here) an agariya's harvest, upad or season voucher the agariya under Agariya's
  name / Paid to (agariya) / Head of family (agariya) and a loading gang's slip its leader under Gang leader
  (mukadam) / Paid to, never the company on top, the works line under it, the Pan No. (a salt pan's), the Khata No.
  or the Village; Cashfree Payments' payout page the Beneficiary / Beneficiary name (heldout159), never Cashfree
  Payments on top, the company under it (Payouts - ...), the Account or *settled* (new here) the Bene ID; a transfer
  screen the payee under Paid to / To / Sent to. *settled* (heldout153, heldout167, heldout179, heldout202,
  heldout203, heldout207, heldout210, heldout211, new here for Gujarat and the port): a fee page pays the authority
  on top as printed: *settled* (new here) Deendayal Port Authority / DEENDAYAL PORT AUTHORITY, never its (formerly
  Kandla Port Trust) line, the Lessee or the Exporter; Gujarat Pollution Control Board / GPCB (capitals where so
  printed), never the XGN line, the Name of unit or the XGN unit ID; on the Cyber Treasury challan the department on
  top (Directorate of Industrial Safety and Health, Gujarat / DISH, Gujarat, as heldout179's drug control
  authority), never the Cyber Treasury line or the Name of factory; Controller of Legal Metrology, Gujarat / LEGAL
  METROLOGY, GUJARAT, never the Government of Gujarat line or the Name of user; the Salt Commissioner's Organisation
  (capitals where so printed), never the Office of the Deputy Salt Commissioner, Gandhidham line or the Lessee;
  Gandhidham Municipal Corporation (capitals where so printed), never the Owner / occupier; the Gujarat Labour
  Welfare Board (capitals where so printed, as heldout210's Haryana board), never the Government of Gujarat line or
  the Name of establishment. *settled* (heldout199, heldout202, heldout203, heldout204, heldout206, heldout210,
  heldout211): an insurer's premium receipt pays the insurer on top (its full name, capitals where so printed),
  never the product line, the office line or the *settled* (new here) Insured name / Name of proposer / Proposer /
  insured (the company). A slip's counter name line in capitals (here the depot and the company on three, a filling
  station, a tyre shop, an auto spares shop, a hotel and a hardware shop on the rest), never the terminal's bank or
  brand (STATE BANK OF INDIA, NAYARA ENERGY, BANK OF BARODA, KOTAK MAHINDRA BANK, PAYTM EDC, YES BANK, PHONEPE POS,
  HDFC BANK) or the place line. A Bharat Connect page's biller under Biller / Biller name / Operator / Service
  provider (heldout206, heldout211), *settled* (new here) or Utility (short or long as printed), never the app (here
  also bob World and Kotak Mobile Banking), Bharat Connect or the Customer name / Consumer name; *settled* (new
  here) PGVCL's own receipt page the company on top (PGVCL, Paschim Gujarat Vij Company Ltd or its capitals as
  printed, as heldout210's UHBVN), never the GUVNL line, the Sub division, the Tariff or the Consumer name. An SMS
  alert's payee as the bank sends it ("BHACHAU DUMPER SERVI": *settled*, the truncated name as printed), *settled*
  (new here) SBI's "Beneficiary: <payee>", Kotak's "to <payee>", YES BANK's "Paid to: <payee>" and IDBI Bank's
  "payment to beneficiary <payee>", never the bank or the sender id; the e-mail alert's *settled* (new here) Paid to
  (beneficiary) / Beneficiary account name, never the bank on top.

* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large. *settled*
  (heldout152, heldout186, heldout195, heldout198, heldout202 to heldout207, heldout210): a payer's advice counts
  its net sum, *settled* (new here) Net amount remitted / Amount credited to vendor / Net payment, Net amount
  proposed / Amount to be remitted on the parked one and Net amount / Net payment on the return (the Total of bills
  / Gross bill value less Less: TDS u/s 194Q @ 0.1% and a Less: Moisture deduction (n% above 3% norm), a Less:
  Quality claim - NaCl below 98.5% or a Less: Short weight - n MT at our weighbridge), never a bill's sum, the Total
  of bills / Gross bill value or a deduction; *settled* (new here) a marketplace's Net proceeds / Deposit total /
  Amount transferred / Net settlement (the Product sales / Orders delivered less Less: Amazon fees (referral +
  closing), Less: Easy Ship weight handling fees or Less: udaan commission @ 4%, Less: GST on fees @ 18%, Less: TCS
  u/s 52 CGST Act @ 0.5% and Less: TDS u/s 194-O @ 0.1%, as heldout211's payouts), never the sales, a fee or a tax.
  *settled* (heldout155, heldout167, heldout190, heldout203, heldout205, heldout207, heldout210, heldout211): an
  inward wire's foreign sum, *settled* (new here) Remitted amount (FCY) / Inward amount / Amount in foreign
  currency, in US dollars, UAE dirhams (AED, the code before or after the figure, heldout205), *settled* (new here
  for an inward wire) yen as JPY (heldout202's yen sign or code, whole yen on most pages), *settled* (new here)
  Singapore dollars (SGD or S$) as SGD and Qatari riyals (QAR) as QAR, never the INR value, the Charges and GST
  recovered or the Net amount credited (INR); its Converted at (1 AED = INR 23.66, 100 JPY = INR 57.85) is no sum,
  nor are the tonnes under Goods. *settled* (heldout175, heldout179, heldout190, heldout203, heldout207, heldout210,
  heldout211): a receipt counts the sum received even where it is part of the bill, Cash received / Received by UPI
  / Received by NEFT / Cheque amount / Paid by card (EDC), *settled* (new here) or Amount received in cash /
  Received by UPI (QR) / Paid by UPI / Received through RTGS / Card swipe (POS) / Cheque tendered / Advance received
  against booking, never the Bill value / Total value where less was received, the tonnes', bags', bales' or
  kilolitres' line, the GST or the *settled* (new here) Balance payable before lifting; *settled* (new here) salt's
  GST Nil (HSN 2501) and a Round off are no sums. *settled* (heldout187, heldout191, heldout202, heldout203,
  heldout207, heldout210, heldout211): a supplier's invoice counts the sum paid, where an advance is taken off (here
  *settled* (new here) Less: Advance paid against PO) the Balance received by NEFT / RTGS, else *settled* (new here)
  Payment received by RTGS / NEFT, Settled by NEFT / RTGS or Received via UPI (the rounded Invoice total with GST),
  or the Cheque received / Cheque amount, never the Taxable value, a line or the GST. A banking page's Transfer
  amount (heldout211), *settled* (new here) or Transaction value / Debit value. *settled* (heldout167, heldout202,
  heldout203, heldout206, heldout207, heldout210, heldout211): a voucher counts the sum paid, *settled* (new here)
  an agariya's or a gang's Net amount handed over / Amount disbursed / Net wages paid (the Salt harvested n MT x
  rate plus Add: Rain-loss allowance, or the Bags loaded n x rate plus Add: Night loading allowance, less Less: Upad
  (advance) adjusted, Less: Diesel for brine pump recovered or Less: Canteen advance recovered), never the Gross, a
  line or a deduction; an upad voucher's Upad paid / Amount disbursed, never the Upad outstanding before this or the
  Advance outstanding after this; Cashfree Payments' and a transfer screen's sum large. *settled* (new here): the
  Deendayal Port Authority's Total dues paid / Amount deposited (the Lease rent or the Wharfage on salt (export) n
  MT x rate with GST @ 18%), never a head or the GST; GPCB's Total fee paid (the CC&A renewal fee and a Late fee),
  never a head; DISH's Challan amount (the renewal fee, the same sum, as heldout188's challans); Legal Metrology's
  Total amount paid (the Verification and stamping fee and the Inspection charges), never a head; the Salt
  Commissioner's Amount paid (the Ground rent, the same sum); the Municipal Corporation's Total amount paid / Amount
  (the General tax, the Water charges, the Conservancy tax and the Education cess, less the Less: Rebate @ 10%
  (advance payment) where printed), never a head or the rebate; the Welfare Board's Total contribution paid (the
  employees' and employer's contributions), never a share. *settled* (heldout199, heldout202, heldout203,
  heldout206, heldout210, heldout211): an insurer's premium with its GST, *settled* (new here) Premium collected
  (incl. GST) / Gross premium received / Total amount realised, the Cheque amount / Premium tendered by cheque on
  the cheque not yet realised, Premium due / Amount due (not received) on the declined one, never the Basic premium,
  an add-on, the GST, the Sum insured, the Wages declared, the Lives covered or the Limit of indemnity, nor
  *settled* (new here) the Annual turnover declared (exports), the IDV (insured declared value), the Sum insured per
  person or the Sum insured (machinery) / (salt stock at pans). A slip's SALE AMT: / AMOUNT: / TOTAL: (heldout179,
  heldout210), *settled* (new here) or AMOUNT RS:, never the RATE: or the VOLUME(L):. A Bharat Connect page's sum
  large; PGVCL's Amount paid / Paid amount (as heldout210's UHBVN). An alert's sum debited (*settled* (new here)
  SBI's "Rs.x debited", Kotak's "Sent Rs.x", YES BANK's "INR x debited", IDBI Bank's "debited INR x", the reversed
  or held transfer's "Your <way> of Rs.x"; the e-mail's *settled* (new here) Debit amount / Amount (Dr)), never the
  Avl Bal. Currency INR but on the wires.

* status: as printed. *settled* (new here): a UPI screen's Payment completed / Amount paid successfully / Transfer
  successful successes, Awaiting confirmation from the merchant's bank - check again in 30 minutes pending, Payment
  unsuccessful - debit reversed by your bank failed (whatever the money); a payment page's Payment received
  successes (heldout205, heldout211), *settled* (new here) as are Payment success - receipt e-mailed and Order paid.
  *settled* (new here): a payer's Status: Payment made / Funds remitted to vendor bank successes, Payment parked -
  weighbridge and lab reports awaited pending (a payer's hold, as heldout198's to heldout211's), Remittance returned
  - beneficiary name differs from bank records failed; a marketplace's Settlement paid to bank account / Deposit
  successful successes. *settled* (new here): an inward advice's Proceeds credited - export realisation recorded on
  EDPMS / Status: Funds applied to account successes, Parked in nostro - shipping bill reference awaited from
  exporter pending, Sent back to ordering bank - beneficiary account frozen failed. *settled* (heldout167,
  heldout179, heldout190, heldout203, heldout207, heldout210, heldout211): a cheque received and not yet cleared
  pending, a cheque returned failed, so *settled* (new here) CHEQUE IN HAND - DISPATCH ON CLEARANCE and CHEQUE
  LODGED - CREDIT ON REALISATION pending, CHEQUE RETURNED - FUNDS INSUFFICIENT, LIFTING STOPPED and CHEQUE UNPAID -
  REFER TO DRAWER failed; RECEIVED WITH THANKS, PAID, PAID BY NEFT / RTGS / UPI successes, *settled* (new here) as
  are RECEIVED - LIFTING ALLOWED, PAID - TRUCK RELEASED, PAYMENT RECEIVED - ACCOUNT SETTLED, PAID IN PRESENCE OF PAN
  SUPERVISOR, PAID - LEFT THUMB IMPRESSION AFFIXED and DISBURSED - SEASON ACCOUNT SETTLED. *settled* (new here): a
  banking page's Payment executed - credit confirmed by beneficiary bank / Status: Executed successes, Pending with
  checker - not yet released to bank pending (keyed, not yet authorised, as heldout191's to heldout211's), Returned
  - beneficiary account is dormant failed; Cashfree Payments' Transfer completed / Payout successful successes,
  Transfer pending - queued for bank processing pending, Transfer failed - beneficiary bank offline, amount returned
  to balance failed (the payout failed, whatever the return); a transfer screen's Payment completed / Amount paid
  successfully / Transfer successful successes; a fee page's Payment realised / Dues paid successfully / e-Receipt
  issued / Fee accepted successes, the Cyber Treasury challan's Payment initiated - awaiting bank scroll pending,
  Payment unsuccessful - dues remain outstanding failed; an insurer's Premium received - policy in force / Receipt
  issued - premium credited successes, Cheque under collection - cover starts on realisation pending, Payment
  declined by bank - cover not granted failed; a slip's APPROVED / TXN APPROVED (heldout210, heldout211) / *settled*
  (new here) SALE APPROVED successes, DECLINED - 55 INCORRECT PIN failed, HOST NOT REACHABLE - VERIFY WITH BANK
  BEFORE RE-SWIPE pending; Bill payment completed / Paid to biller / Payment done successes, Awaiting biller
  confirmation - check after 24 hours pending, Bill payment unsuccessful - any debit will be refunded failed (the
  payment failed, whatever the refund); an SMS that says the transfer "has been REVERSED by the beneficiary bank;
  funds re-credited to your A/c" failed (whatever the credit back), one that "is ON HOLD at the beneficiary bank -
  do not repeat the transfer" pending, a debit alert a success, whatever its bank's wording ("Dear Customer, Rs.x
  debited from A/c X1234 on <day> via <way>. Beneficiary: <payee>.", "Sent Rs.x from Kotak Bank AC X1234 to <payee>
  on <day> via <way>.", "YES BANK: INR x debited from A/c XX1234 on <day>. <way> | Paid to: <payee>", "IDBI Bank:
  A/c NN1234 debited INR x on <day> for <way> payment to beneficiary <payee>."); the e-mail's Transaction status:
  Success a success.

* date: the day paid (a UPI screen's Date & time / Paid on / Completed on, Initiated on on one not yet paid
  (heldout203), a payment page's Payment time (Cashfree's, heldout161) / Transaction date, *settled* (new here) Date
  of transaction; a payer's Payment date / Value date, *settled* (new here) Remitted on, Advice date (heldout198) /
  *settled* (new here) Parked on on the parked one, Returned on / Return date (heldout206) on the return; a
  marketplace's Transfer date (heldout211), *settled* (new here) Deposit date / Settled on; an inward advice's Value
  date, *settled* (new here) Credit date / Date of realisation, Received on (heldout206) / *settled* (new here)
  Parked on on the parked one, Returned on / *settled* (new here) Sent back on on the one sent back; a receipt's,
  invoice's or voucher's Date / Dated / Receipt date / Invoice date / Voucher date; a banking page's Value date,
  *settled* (new here) Execution date / Posted on, Created on (heldout207) / *settled* (new here) Entered on on the
  one awaiting its checker, Returned on / Failed on; Cashfree Payments' Processed at (heldout159) / Processed on,
  Queued at / Created on on the queued one, *settled* (new here) Failed at; a fee page's Payment date / Date of
  payment / Receipt date / Transaction date, the challan's Challan date (heldout176) / Date of payment and Initiated
  on on the pending one; an insurer's Receipt date / Premium paid on, *settled* (new here) Date of collection,
  Cheque received on (heldout204) on the cheque under collection, Transaction date / Attempted on (heldout206) on
  the declined one; a slip's DATE: / DT: / TXN DATE: / DATE/TIME:; Paid on / Transaction date & time (the latter
  alone on a bill not paid), PGVCL's Payment date, *settled* (new here) Date of receipt; the SMS's day, the e-mail
  alert's Transaction date / Value date). *settled*: never a Bill month, a Due date, a Cheque date (heldout198), a
  Contribution period (heldout167), a Period of insurance (heldout199), an invoice number's financial year, an
  e-mail's hour or the day inside a Bank CIN or a UTR (heldout210); *settled* (new here) never a marketplace's
  Settlement period, an agariya's Season or the year of a lease rent or a ground rent.

* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT / RTGS /
  IMPS, *settled* (new here) a marketplace's Transferred to <bank> (NEFT), Cashfree Payments' IMPS (heldout159), a
  Bharat Connect bill from a Current A/c (here in bob World and Kotak Mobile Banking), a fee, a premium or PGVCL
  paid by Net banking, an e-mail alert's Channel, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a
  receipt's, a voucher's, an invoice's, Cashfree Payments', a fee's, a premium's or a bill's UPI, an SMS's UPI; card
  on slips, a payment page's card, a receipt's Card swipe (POS) / Paid by card (EDC), a fee, a premium or PGVCL paid
  by Debit card; cheque for a cheque tendered, lodged, returned or unpaid and a premium paid by Cheque (heldout203);
  cash for a cash receipt or voucher.

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout211): a UPI reference /
  UTR / RRN / IMPS reference (UTR, UTR No., RTGS UTR No. (heldout204), UPI Ref. No., UPI Ref No., UPI Ref No, UPI
  Reference No., UPI transaction ID, IMPS Ref No., CCAvenue's Bank Ref. No. on a UPI payment (heldout195), a slip's
  RRN: / RRN NO: (heldout200) / RET REF NO: (heldout203), an SMS's UTR / UPI Ref / IMPS Ref), then a bank reference
  (an inward advice's IRM No. (heldout190) / Our reference (heldout155), *settled* (new here) Inward remittance No.,
  a banking page's *settled* (new here) Bank transaction No. / CBS reference No., a fee page's Bank Ref No. / Bank
  Ref. No., the Cyber Treasury challan's Bank CIN (heldout179), an insurer's Bank Ref. No., Bharat Connect Ref. No.
  / BBPS Ref ID / B-Connect Txn ID), then a transaction / payment id (Cashfree's CF Payment ID and CCAvenue's
  Tracking ID (heldout170), PhonePe's and Paytm's (heldout206), Navi's (heldout159) and *settled* (new here) Amazon
  Pay's own Transaction ID, Google Pay's Google transaction ID, Amazon's Settlement ID (heldout176), *settled* (new
  here) udaan's Settlement reference, Cashfree Payments' Transfer ID (heldout159), a fee page's Transaction ID /
  Transaction No., an insurer's Payment ref. No. / Transaction No. (heldout204), PGVCL's Transaction ID, a failed
  Bharat Connect page's Transaction ID), then an approval code (Auth code, a slip's AUTH CODE: / APPR CODE:,
  *settled* (new here) AUTH NO:), then an order's number (Cashfree's Order ID and CCAvenue's Order No., heldout193),
  then a document's own number (*settled* (new here) a payer's Remittance advice No. / Payment document No., Receipt
  No. / M.R. No. (heldout204) / Memo No. on a receipt, Invoice No. / Bill No., *settled* (new here) Invoice Sr. No.,
  Voucher No. / Vr. No., *settled* (new here) Slip Sr. No., a fee page's Receipt No., the treasury's Challan No.
  (heldout179), Receipt No. / Premium receipt No., *settled* (new here) Collection receipt No., PGVCL's Receipt No.,
  a slip's INVOICE NO: / BILL NO: / ROC NO: (heldout179)). *settled*: never a UETR, MID, TID, BATCH NO, STAN, a
  card, account or mobile number, a UPI ID, IFSC, GSTIN, a cheque number, Maker / Checker (so never Created by /
  Authorised by), a Beneficiary nickname (heldout190), a Purpose code, a Vendor code (heldout179), a PO No.
  (heldout204), the bills listed on an advice, a Shipping bill No., a BL (heldout179), a Port code, an E-way bill
  No., a Head of account, a Registration No. / Licence No. (heldout203), a Policy No. / Proposal No., a Vehicle No.
  (heldout205), a slip's ROOM NO: (heldout203) or a consumer number (here Consumer No., Customer ID, BP No., Mobile
  No.). *settled* (new here): never a Vendor No., a Merchant token, a Seller ID, the invoice under Towards, a
  Weighbridge slip No., a Truck No. / Tanker No., an LR No., a Beneficiary code, a Bene ID, a Pan No., a Khata No.,
  a Plot No., a Lease No., an XGN unit ID, a Tenement No. or a slip's NOZZLE NO: / VEHICLE NO:.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout213_families import (
    agariya_wages,
    bank_alerts,
    buyer_advices,
    buyer_upi,
    card_slips,
    compose,
    contractor_transfers,
    export_wires,
    govt_fees,
    insurer_receipts,
    own_receipts,
    supplier_invoices,
    utility_bills,
)

SPLIT = "heldout213"

# heldout119's faces, and on some pages a narrow, condensed or bold face as well
SCREENS = SCREEN_FACES + ["liberation/LiberationSansNarrow-Regular.ttf"]
PAGES = PAGE_FACES + ["dejavu/DejaVuSerifCondensed.ttf", "liberation/LiberationSansNarrow-Regular.ttf"]
PAPERS = PAPER_FACES + ["dejavu/DejaVuSerifCondensed.ttf", "freefont/FreeMonoBold.ttf"]
BILLS = BILL_FACES + ["dejavu/DejaVuSerifCondensed.ttf"]
SLIPS = SLIP_FACES + ["freefont/FreeMonoBold.ttf", "dejavu/DejaVuSansMono-Bold.ttf"]

FAMILIES: list[Family] = [
    ("buyer_upi", buyer_upi, SCREENS),
    ("buyer_advices", buyer_advices, PAGES),
    ("export_wires", export_wires, PAGES),
    ("own_receipts", own_receipts, PAPERS),
    ("supplier_invoices", supplier_invoices, BILLS),
    ("contractor_transfers", contractor_transfers, PAGES),
    ("agariya_wages", agariya_wages, PAPERS),
    ("govt_fees", govt_fees, PAGES),
    ("insurer_receipts", insurer_receipts, PAGES),
    ("card_slips", card_slips, SLIPS),
    ("utility_bills", utility_bills, SCREENS),
    ("bank_alerts", bank_alerts, SCREENS),
]


def make_heldout213_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout213 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
