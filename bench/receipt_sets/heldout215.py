"""heldout215: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): an apple orchard and packhouse with a controlled-atmosphere store, its day in 2026 near
Kotkhai, Shimla district, Himachal Pradesh (Giriganga Orchards & Cold Chain Pvt Ltd, its orchard of Royal Delicious,
Gala and Scarlet Spur at Village Kiari, its packhouse and 1,200-tonne CA store, Giriganga CA Store, and its farm
shop, Giriganga Farm Shop, at Gumma on the Theog-Hatkoti road), told by the proofs of payment it receives (tourists'
and growers' UPI screens and the online shop's CCAvenue and Easebuzz pages, the commission agents' sale pattis from
Azadpur, Parala, Bhattakuffar, Yeshwanthpur and Jamalpur, a retail chain's vendor advice and HPMC's market
intervention advice, fruit importers' inward wires from Dubai, Dhaka, Singapore, Riyadh, Male and Leicester in
dirhams, US dollars, Singapore dollars, riyals and pounds and a New Zealand and an Italian nursery's refunds in New
Zealand dollars and euros, its own CA rent, grading and packing, chamber booking, orchard gate sale and farm shop
receipts, cards on the shop's, the store's and the orchard office's terminals) and those it makes (the carton
maker's, the pulp tray maker's, the CA plant service firm's, the crate maker's and the spray shop's tax invoices and
the plant nursery's bill of supply, the net-banking transfers to the truck union, the beekeeper, the refrigeration
mechanics, the electrician, the reefer carrier, the road builder, the hail net installers and the labour supplier,
the Nepali pickers', the graders', packers' and loaders' wage vouchers and their Paytm Payouts, PhonePe and YONO SBI
payments, the APMC's, the HP State Pollution Control Board's, the Labour & Employment Department's, Legal
Metrology's, HIMKOSH's (the Department of Horticulture's), Nagar Panchayat Kotkhai's, the Fire Services' and the
Transport Department's fee pages, the insurers' premium receipts for the crop (AIC's weather-based scheme), the
packhouse, store and stock, the refrigeration plant, the boxes in transit, the pickers, the staff, the pick-up van
and the wages carried, its card at a filling station at Theog, a hotel near Azadpur and the hardware, agro-chemical
and tyre shops, HPSEBL's power and the fibre, water and phone bills, the bank's SMS and e-mail alerts). One payment
per page. Each family: six successes, one failure, one wait; one page prints no transaction id and one no day (truth
None for those fields).

* ``buyer_upi``: six UPI app screens (Google Pay, PhonePe, Paytm, Amazon Pay, YONO SBI, Navi) paying the farm shop,
  the CA store or the company, and two of the online shop's payment pages (CCAvenue, Easebuzz) paying the orchard or
  the company for boxes sent to the cities.
* ``mandi_payouts``: the commission agents' SALE PATTI / BIKRI PATTI (ACCOUNT SALES) / Sale account - apples
  (e-mail, printed), Northfield Fresh Retail's vendor portal payment advice and HPMC's printed PAYMENT ADVICE - MIS
  PROCUREMENT / MIS PAYMENT ADVICE.
* ``export_wires``: eight banks' inward remittance advices (INWARD REMITTANCE ADVICE / Advice of foreign inward
  remittance / SWIFT inward credit - advice; browser, e-mail, printed).
* ``own_receipts``: the CA store's CA STORAGE RENT RECEIPT / RECEIPT - CA STORAGE CHARGES / GRADING & PACKING
  CHARGES RECEIPT / ADVANCE RECEIPT - CA CHAMBER BOOKING, the orchard's RECEIPT - ORCHARD GATE SALE / MONEY RECEIPT
  and the farm shop's CASH MEMO / CASH MEMO - FARM SHOP (paper, rubber stamp), and the accounts desk's payment
  acknowledgement e-mails.
* ``supplier_invoices``: the carton, pulp tray, CA plant service, crate and spray suppliers' TAX INVOICE / TAX
  INVOICE (ORIGINAL FOR RECIPIENT) / TAX INVOICE CUM RECEIPT and the nursery's BILL OF SUPPLY / BILL OF SUPPLY
  (EXEMPT GOODS), with the payment block and a rubber stamp (paper, serif).
* ``vendor_transfers``: corporate net banking's transaction pages (UCO Corporate eBanking, HPSCB CorpNet, J&K Bank
  Corporate Internet Banking).
* ``picker_pay``: printed PICKING WAGES - PAYMENT VOUCHER / DAILY WAGES VOUCHER - ORCHARD LABOUR / GRADING & PACKING
  - PIECE RATE VOUCHER / PACKHOUSE LABOUR PAYMENT VOUCHER, Paytm Payouts' pages (Paytm for Business), a PhonePe and
  a YONO SBI screen.
* ``govt_fees``: the APMC Shimla & Kinnaur's licence renewal receipt, the HP State Pollution Control Board's OCMMS
  consent fee page, the Labour & Employment Department's migrant workmen registration receipt, Legal Metrology's
  verification fee receipt, HIMKOSH's e-challan for the Department of Horticulture, Nagar Panchayat Kotkhai's
  property tax receipt, the Fire Services' NOC renewal and the Transport Department's Vahan token tax page
  (browser).
* ``insurer_receipts``: insurers' PREMIUM RECEIPT / Premium payment acknowledgement / RECEIPT (browser, e-mail,
  printed).
* ``card_slips``: card terminal slips (monospace).
* ``utility_bills``: Bharat Connect in banking apps (PNB ONE, UCO mBanking Plus) and UPI apps (PhonePe, Paytm, Amazon
  Pay, Google Pay) and HPSEBL's own receipt page.
* ``bank_alerts``: the bank's SMS alerts in each bank's own wording (PNB, UCO Bank, SBI's UPI, J&K Bank) and two
  e-mail debit alerts (PNB, UCO Bank).

The families' docstrings list each layout's labels. The faces are heldout119's, with heldout13's narrow sans
(Liberation Sans Narrow) beside the screens' and DejaVu Serif Condensed beside the pages', papers' and bills'.

Truth conventions (heldout211's, heldout210's, heldout207's, heldout204's, heldout193's, heldout190's, heldout179's
and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To /
  Sent to / Paying to, or YONO SBI's Payee name (heldout193) (here the farm shop, Giriganga Farm Shop / GIRIGANGA
  FARM SHOP, the store, Giriganga CA Store / GIRIGANGA CA STORE, or the company's GIRIGANGA ORCHARDS & COLD CHAIN PVT
  LTD, as printed), never the UPI ID or the app, nor the Banking name line under the UPI ID (heldout207); a payment
  page's payee on top (here the orchard, Giriganga Orchards, or the company), never CCAvenue's Billing name
  (heldout193), the Customer name / Name (heldout211) or the gateway's footer (CCAvenue, Easebuzz). *settled*
  (heldout167, heldout175, heldout179, heldout190, heldout202 to heldout211): a payer's payment advice pays the one it
  pays, never the payer on top; *settled* (new here) a commission agent's sale patti pays the company under
  Consignor (grower) / Sold on account of / Grower (its full, capital or short name as printed, as heldout190's
  grower payment advice), never the agent on top, its mandi line, the Grower code / Party code, the Truck No., the
  Bilty No. / GR No. or the lots; the retail chain's advice under Vendor name (heldout207) / *settled* (new here)
  Supplier (grower), never the Vendor code; HPMC's advice under Name of grower / Grower, never HPMC on top or the
  Grower card No. *settled* (heldout155, heldout167, heldout190, heldout203, heldout207, heldout211): a bank's inward
  remittance advice pays the company under Beneficiary name / Beneficiary customer (heldout207), *settled* (new
  here) or Name of beneficiary, never the bank on top, its forex desk line, the Remitter / Ordering customer /
  *settled* (new here) Remitting party, the Remitting bank / Ordering institution (heldout210) / Remitter's bank or
  *settled* (new here) the Intermediary bank. *settled* (heldout175, heldout179, heldout190, heldout203, heldout207,
  heldout211): the company's own receipt pays the trade name on top where that is on top, so *settled* (new here) the
  store's receipts pay Giriganga CA Store and the shop's memo Giriganga Farm Shop (capitals where so printed), never
  the "A unit of" company line under it (heldout190), and the orchard's gate sale receipt pays the company's short
  name on top (Giriganga Orchards, capitals where so printed), never the party under Received from / Customer /
  Name (heldout211) / Buyer / Grower / *settled* (new here) Depositor (grower), the signature line or the rubber
  stamp; the accounts desk's e-mail likewise. A supplier's name on top of its own paper (capitals where so printed;
  *settled* (new here) the nursery's on its bill of supply alike), never M/s the company under Buyer / Details of
  recipient (heldout211), *settled* (new here) Consignee (ship to) / Bill to party, nor the Ship to line. *settled*
  (heldout179, heldout186, heldout202, heldout203, heldout207, heldout211): a corporate banking page pays the payee
  under Beneficiary name / Pay to (beneficiary) (heldout207) / Credit account name (heldout173), never the portal
  (UCO Corporate eBanking, HPSCB CorpNet, J&K Bank Corporate Internet Banking), the bank line, the Debit account or
  the Beneficiary nickname (heldout190). *settled* (heldout150, heldout161, heldout179, heldout203 to heldout211): a
  wage voucher pays the worker under Name of worker (heldout204) / Received by (heldout211), *settled* (new here) or
  Paid to (worker) / Labourer's name, never the company on top, the unit line under it, *settled* (new here) the
  Worker ID, the Gang, the Native place or the Work; *settled* (new here) Paytm Payouts' page the Beneficiary name /
  Bene name (as RazorpayX's Contact / Beneficiary and Cashfree Payouts' Beneficiary name, heldout204), never Paytm
  for Business on top, the company under it (Payouts - ...) or the Bank account / VPA; a transfer screen the payee
  under Paid to / To, YONO SBI's Payee name. *settled* (heldout153, heldout167, heldout182, heldout202 to heldout211):
  a fee page pays the authority on top as printed, *settled* (new here for Himachal Pradesh) Agricultural Produce
  Market Committee, Shimla & Kinnaur / APMC SHIMLA & KINNAUR (as heldout182's market committees); Himachal Pradesh
  State Pollution Control Board / HP State Pollution Control Board (capitals where so printed); Labour & Employment
  Department, Himachal Pradesh / Department of Labour and Employment, H.P.; Legal Metrology Department, Himachal
  Pradesh / LEGAL METROLOGY, HIMACHAL PRADESH; on HIMKOSH's e-challan the department on top, Department of
  Horticulture, Himachal Pradesh / DEPARTMENT OF HORTICULTURE, H.P. (as heldout210's e-GRAS challan); Nagar Panchayat
  Kotkhai / NAGAR PANCHAYAT KOTKHAI; Himachal Pradesh Fire Services / HP FIRE SERVICES; Transport Department,
  Himachal Pradesh / HIMACHAL PRADESH TRANSPORT DEPARTMENT; never the line under it (the H.P. State Agricultural
  Marketing Board, OCMMS, the Act, the Department of Food, Civil Supplies & Consumer Affairs, HIMKOSH, the Urban
  Development Department, the Directorate of Fire Services, Vahan), the Name of licensee, Firm name, Name of the
  industry, Name of establishment, Name of user, Depositor's name, Office, Owner name, Name of premises, Occupier or
  Registered owner. *settled* (heldout199, heldout202 to heldout211): an insurer's premium receipt pays the insurer
  on top (its full name, capitals where so printed; *settled* (new here) the Agriculture Insurance Company of India
  Ltd's for the weather-based crop scheme alike), never the product line, the office line or the Name of insured /
  *settled* (new here) Name of proposer / Insured name / Farmer / grower (insured) (the company). A slip's counter
  name line in capitals (here the company's own counters, GIRIGANGA FARM SHOP, GIRIGANGA CA STORE and GIRIGANGA
  ORCHARDS, on three, a filling station, a hotel, a hardware shop, an agro-chemical shop and a tyre shop on the rest),
  never the terminal's bank or brand (UCO BANK, INDIANOIL, PNB, SBI, EZETAP, HDFC BANK, J&K BANK, PAYTM EDC) or the
  place line. A Bharat Connect page's biller under Biller / Biller name / Operator / Service provider (heldout211),
  *settled* (new here) or Utility (short or long as printed), never the app (here also PNB ONE and UCO mBanking Plus),
  Bharat Connect or the Customer name / Consumer name; *settled* (new here) HPSEBL's own receipt page the company on
  top (HPSEBL, short, long or capital as printed, as heldout210's UHBVN), never the Government of Himachal Pradesh
  undertaking line, the Electrical sub-division or the Consumer name. An SMS alert's payee as the bank sends it ("to
  SHIVALIK CORRUGATORS": *settled*, the truncated name as printed), *settled* (new here) PNB's "thru <way> to
  <payee>", UCO Bank's "via <way>, beneficiary <payee>", SBI's UPI "trf to <payee>" and J&K Bank's "for <way>
  payment to <payee>", never the bank or the sender id; the e-mail alert's Beneficiary name (heldout210) / *settled*
  (new here) Payee (beneficiary), never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large. *settled*
  (heldout152, heldout186, heldout190, heldout202 to heldout211): a payer's advice counts its net sum; *settled* (new
  here) a sale patti's Net amount remitted / Net proceeds paid / Net payable to consignor, Net amount payable on the
  hold and Net amount on the return (the Gross sale value / Total sale of the lots less Less: Commission @ n%, Less:
  Palledari and unloading @ Rs n per box, Less: Truck bhada advanced and Less: Advance (peshgi) adjusted), never the
  Gross sale value / Total sale, a lot's sum, the commission or a deduction; the retail chain's Net amount paid
  (heldout210) / *settled* (new here) Amount credited to vendor (the Bills total less Less: TDS u/s 194Q @ 0.1% and
  Less: Quality rejection (debit note)), never the Bills total or an inward's sum; *settled* (new here) HPMC's Amount
  paid to grower / Amount payable (the culled apples accepted, kilos x rate, the same sum). *settled* (heldout155,
  heldout167, heldout190, heldout203, heldout205, heldout207, heldout211): an inward wire's foreign sum, Instructed
  amount (heldout190) / FCY amount received (heldout207), *settled* (new here) or Remitted amount (FCY), in UAE
  dirhams (AED) and Saudi riyals (SAR) printed as their code before or after the figure (heldout205), US dollars,
  pounds, euros, Singapore dollars (SGD, S$) as SGD (heldout207) and *settled* (new here) New Zealand dollars (NZD,
  NZ$) as NZD, never the INR equivalent / Rupee value, the Less: Bank charges incl. GST or the Net credited (INR); its
  Exchange rate (1 NZD = INR 50.42) is no sum. *settled* (heldout175, heldout179, heldout190, heldout203, heldout207,
  heldout211): a receipt counts the sum received even where it is part of the bill or an advance on the season, Cash
  received / Received in cash / Received by UPI / Received by NEFT / Received by card (heldout186) / Paid by card
  (EDC) / Cheque amount / Cheque for / Advance received, *settled* (new here) or Amount received (UPI) / Received
  through bank (NEFT) / Rent received / Balance received (the Total rent less the Less: Advance paid at booking),
  never the Total rent / Total charges / Bill amount / Total / Estimated rent for the season where less was received,
  the crates', boxes' or goods' lines, the GST or the Balance due / *settled* (new here) Balance due on lifting /
  Balance payable at release of crates. *settled* (heldout187, heldout191, heldout202 to heldout211): a supplier's
  invoice counts the sum paid, where an advance is taken off (here *settled* (new here) Less: Advance received
  against PO) the Balance received by RTGS / NEFT, else Received by RTGS / NEFT, Amount received through RTGS / NEFT
  (heldout207), Payment received by UPI, *settled* (new here) Amount credited via RTGS / NEFT or Received through UPI
  QR (the rounded Invoice total with GST, *settled* (new here) or a bill of supply's Total value (GST exempt)), or the
  Cheque received / Cheque amount, never the Taxable value, a line or the GST. A banking page's Transfer amount /
  Amount debited (heldout211) / Amount (INR) (heldout210), *settled* (new here) or Amount transferred (INR).
  *settled* (heldout167, heldout202 to heldout211): a wage voucher's net sum, Net wages paid (heldout202) / Net amount
  paid (heldout211), *settled* (new here) or Amount paid to worker (the Days worked n x rate plus Add: Overtime n h x
  rate and Add: Ration allowance, or the Boxes graded and packed n x rate plus Add: Night shift allowance, less Less:
  Advance (peshgi) recovered / Less: Labour quarter electricity), never the Gross wages, a line or a deduction; Paytm
  Payouts' and a screen's sum large. *settled* (new here): the APMC's Total fee paid / Amount received (the Licence
  renewal fee and a Late fee), never a head; the Pollution Control Board's Total consent fee paid (the Water Act and
  Air Act fees), never a head; the Labour & Employment Department's Amount paid (the Registration fee, the same sum);
  Legal Metrology's Total verification fee (the platform scales and the weighbridge), never a line; HIMKOSH's Total
  amount (the fee, the same sum); the Nagar Panchayat's Total amount paid / Net amount paid (the Property tax
  (commercial) and the Garbage collection charges, less the Less: Rebate @ 10% (paid by 30 June) where printed),
  never a head or the rebate; the Fire Services' Total amount paid (the NOC renewal fee and the Inspection charges),
  never a head; the Transport Department's Total amount / Amount (the Token tax (annual) and the Service charge),
  never a head. *settled* (heldout199, heldout202 to heldout211): an insurer's premium with its GST, Total premium
  received (heldout211) / Total premium paid (heldout210), *settled* (new here) or Premium collected (incl. GST), the
  Cheque amount on the cheque not yet realised, Premium payable / Total premium due (heldout210) on the failed one,
  never the Basic premium, an add-on or the GST, nor *settled* (new here) the Own damage premium, the Third party
  premium, the IDV, the Sum insured (building, plant and stock), the Sum insured (machinery), the Annual turnover in
  transit, the Lives covered, the Estimated annual wages or the Money in transit limit; *settled* (new here) the
  weather-based crop scheme's Grower's share of premium paid (the Grower's share @ 5% of the sum insured, no GST, the
  same sum), never the Premium subsidy (Centre + State), the Sum insured per hectare or the Area insured. A slip's
  TOTAL AMOUNT: (heldout207) / SALE AMT: (heldout202), *settled* (new here) or AMT:, never the RATE: or the
  VOLUME(L):. A Bharat Connect page's sum large; HPSEBL's Amount paid / Paid amount (as heldout210's UHBVN). An
  alert's sum debited (*settled* (new here) PNB's "debited INR x", UCO Bank's "Rs x debited", SBI's "debited by Rs
  x", J&K Bank's "debited with INR x"; the e-mail's Amount debited (heldout210) / *settled* (new here) Debited
  amount), never the Avl Bal. Currency INR but on the wires.
* status: as printed. A UPI screen's Payment successful / Paid successfully / Money sent / Transaction successful
  successes (heldout204, heldout207, heldout211), *settled* (new here) Payment in progress - we will update you
  within 2 hours pending, Transaction failed - UPI daily limit exceeded failed; a payment page's Order status: Success
  (CCAvenue's, heldout193) / Payment successful successes, *settled* (new here) as are Thank you, your order is
  confirmed and Transaction successful. *settled* (new here): a sale patti's or advice's Status: Remitted / Sale
  proceeds sent to your bank successes, On hold - buyer's payment for the lots not yet received pending (a payer's
  hold, as heldout198's to heldout211's), Payment returned - beneficiary account dormant failed. *settled* (new
  here): an inward advice's Inward remittance processed - credited to beneficiary / Status: Funds credited successes,
  On hold - sanctions screening of remitter in progress pending, Returned to remitting bank - beneficiary name does
  not match account failed. *settled* (heldout167, heldout179, heldout190, heldout203, heldout207, heldout211): a
  cheque received and not yet cleared pending, a cheque returned failed, so *settled* (new here) CHEQUE RECEIVED -
  CRATES RELEASED ON CLEARANCE and CHEQUE LODGED - CREDIT AWAITED pending, CHEQUE DISHONOURED - LIFTING STOPPED and
  CHEQUE DISHONOURED - REFER TO DRAWER failed; RECEIVED WITH THANKS, PAID, PAID BY RTGS / NEFT / UPI successes,
  *settled* (new here) as are RENT RECEIVED - GATE PASS ISSUED, CHARGES RECEIVED - LOT PACKED, RECEIVED - THANK YOU,
  VISIT AGAIN, ADVANCE RECEIVED - CHAMBER BOOKED, PAYMENT RECEIVED - BALANCE NIL, PAID - RECEIVED BY WORKER and WAGES
  PAID - THUMB IMPRESSION TAKEN. *settled* (new here): a banking page's Transaction successful - amount sent to
  beneficiary bank / Status: Success - credited successes, Saved - pending for release by authoriser pending (keyed,
  not yet authorised, as heldout191's to heldout211's), Failed - beneficiary account does not exist failed; Paytm
  Payouts' Payout successful / SUCCESS successes, Payout in process - bank response awaited pending; a transfer
  screen's Payment successful / Transaction successful / Paid successes (heldout211), *settled* (new here) Payment
  failed - receiver's bank not reachable failed; a fee page's Payment successful / Challan status: Success
  (heldout193) successes, *settled* (new here) as are Fee received, Payment received - receipt generated and Tax
  received - receipt generated, HIMKOSH's Challan status: Pending - payment not yet confirmed by bank pending,
  Transaction failed - tax not credited to Government account failed; an insurer's Premium received - policy issued
  and e-mailed / Payment successful - policy schedule generated successes, CHEQUE RECEIVED - RISK COVERED FROM
  REALISATION pending (as heldout211's cover from realisation), Payment unsuccessful - premium not received, policy
  not issued failed; a slip's APPROVED / TXN APPROVED / SALE APPROVED (heldout207) successes, DECLINED - 61 EXCEEDS
  WITHDRAWAL LIMIT failed, HOST NOT REACHABLE - CONFIRM WITH BANK BEFORE NEW SWIPE pending; Bill paid successfully /
  Payment successful / Bill paid successes, Payment pending - biller confirmation awaited (up to 48 hrs) pending, Bill
  payment failed - debited amount will be auto-reversed failed (the payment failed, whatever the reversal); an SMS
  that says the transfer "has been REVERSED by the beneficiary bank; amount restored to your A/c" failed (whatever
  the credit back), one that "is under PROCESS at the beneficiary bank - please do not repeat the transfer" pending, a
  debit alert a success, whatever its bank's wording ("A/c XX1234 debited INR x on <day> thru <way> to <payee>.", "Rs
  x debited from a/c no. XX1234 on <day> via <way>, beneficiary <payee>.", "Dear UPI user A/C X1234 debited by Rs x
  on date <day> trf to <payee> Refno <ref>.", "Your a/c XXXX1234 has been debited with INR x on <day> for <way>
  payment to <payee>."); the e-mail's Status: Debited (heldout210) / *settled* (new here) Transaction status: Success
  a success.
* date: the day paid (a UPI screen's Date & time / Paid on / Completed on, Initiated on on one not yet paid
  (heldout203), a payment page's Paid on / Transaction date / Payment date, a patti's or advice's Remitted on
  (heldout190) / Payment date / *settled* (new here) Date of remittance, *settled* (new here) the held patti's Patti
  date / Date of patti (as heldout198's Advice date) and Returned on / Date of return on the returned one, an inward
  advice's Value date / Credited on / Date of credit, Received on / Held since (heldout207) on the held one and
  Returned on / Date of return on the returned one, a receipt's, invoice's or voucher's Date / Dated / Receipt date /
  Invoice date / Voucher date / *settled* (new here) Date of invoice, a banking page's Executed on / Value date /
  Transaction date, Entered on (heldout204) / Initiated on on the one awaiting its authoriser, Failed on / Rejected
  on, Paytm Payouts' Processed on and *settled* (new here) Initiated on on the one in process, a fee page's Payment
  date / Receipt date / Date of payment / Challan date (heldout176), *settled* (new here) HIMKOSH's Initiated on on
  the pending challan and the Transport Department's Transaction date on the failed one, an insurer's Receipt date /
  Premium paid on / Date of receipt, Cheque received on (heldout204) on the cheque in clearing and Transaction date /
  Attempted on on the failed one, a slip's DATE: / DT: / DATE/TIME:, Paid on / Transaction date & time (the latter
  alone on a bill not paid), HPSEBL's Payment date / Paid on, the SMS's day (SBI's "on date <day>"), the e-mail
  alert's Transaction date / Value date). *settled*: never a Bill month, a Due date, a Cheque date (heldout198), a
  Period of insurance (heldout199), an invoice number's financial year or an e-mail's hour; *settled* (new here)
  never a patti's Auction date / Sold on, a rent receipt's Stored from or a Bharat Connect page's Bill date.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a patti's or advice's
  NEFT / RTGS / IMPS, a payment page's Net banking, *settled* (new here) Paytm Payouts' IMPS (as RazorpayX's), a
  Bharat Connect bill from a Current A/c (here in PNB ONE and UCO mBanking Plus), a fee, a premium or HPSEBL paid by
  Net banking (HIMKOSH's too), an e-mail alert's Channel, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment
  page's, a receipt's, a voucher's, an invoice's, Paytm Payouts', a fee's, a premium's or a bill's UPI and SBI's UPI
  alert; card on slips, a payment page's card, a receipt's Card / Paid by card (EDC), a fee, a premium or a bill paid
  by Debit card; cheque for a cheque received, lodged, returned or dishonoured and a premium paid by Cheque; cash for
  a cash receipt, memo or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout211): a UPI reference /
  UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref. No., UPI Ref No., UPI Reference No., UTR, UTR No., NEFT
  UTR, RTGS UTR No. (heldout210), IMPS Ref No., CCAvenue's and Easebuzz's Bank Ref No. on a UPI payment (heldout193,
  heldout199), a slip's RRN: / RRN NO: / REF NO:, an SMS's UTR / IMPS Ref and *settled* (new here) SBI's Refno), then
  a bank reference (an inward advice's Inward ref. No. / IRM No. / Our reference, a banking page's Host reference No.
  (heldout207) / *settled* (new here) CBS reference No., *settled* (new here) CCAvenue's Bank Ref No. on a net-banking
  payment, a fee page's Bank Ref No., HIMKOSH's Bank CIN (as heldout210's e-GRAS Bank CIN), an insurer's Bank Ref.
  No., Bharat Connect Ref. No. / BBPS Ref ID), then a transaction / payment id (CCAvenue's Tracking ID (heldout193),
  Easebuzz ID (heldout190), Google Pay's Google transaction ID, PhonePe's and Amazon Pay's own Transaction ID,
  *settled* (new here) Paytm Payouts' Payout ID (as RazorpayX's Payout ID), a fee page's Transaction ID / Transaction
  ref. No. (*settled* (new here) the APMC's, the Pollution Control Board's, the Labour & Employment Department's,
  Legal Metrology's, the Nagar Panchayat's, the Fire Services' and the Transport Department's), an insurer's
  Transaction ref. No. / Payment ID, HPSEBL's Transaction ID, a failed Bharat Connect page's Transaction ID), then an
  approval code (Auth code, Approval code, a slip's APPR CODE: / AUTH CODE: / AUTH ID: (heldout207)), then an order's
  number (CCAvenue's Order No. (heldout193), *settled* (new here) Easebuzz's Order ID and Paytm Payouts' Order ID, the
  company's own id for the payout, as heldout204's Cashfree Payouts' Transfer ID), then a document's own number
  (*settled* (new here) a sale patti's Patti No. / Sale patti No., a payer's Payment advice No. / Payment document No.
  (heldout207) / Advice No. (heldout204), Receipt No. / Rcpt. No. / M.R. No. / Memo No. / *settled* (new here) Cash
  memo No. on a receipt, Invoice No. / Inv. No. / Tax Invoice No. / Bill No. / *settled* (new here) Bill of Supply
  No., Voucher No. / Vr. No., a fee page's Receipt No., the Fire Services' Challan No. (heldout211), *settled* (new
  here) HIMKOSH's e-Challan No., Receipt No. / Premium receipt No., HPSEBL's Receipt No., a slip's INVOICE NO: / BILL
  NO: / INV NO:). *settled*: never a UETR, MID, TID, BATCH NO, STAN:, a card, account or mobile number, a UPI ID,
  IFSC, GSTIN, a cheque number, Maker / Authoriser, a Beneficiary nickname (heldout190), a Purpose code, a Shipping
  bill No., a PO No., a Vendor code, an E-way bill No., a Vehicle No. (heldout205), a Registration No. / Licence No. /
  Application ID / Application No. (heldout203), a Policy No. / Proposal No., a Property ID, a Head of account, a
  consumer number (here Consumer ID, Consumer No., Telephone No., Mobile No.), a slip's PUMP NO: or ROOM NO:.
  *settled* (new here): never a Grower code / Party code, a Truck No., a Bilty No. / GR No., a Grower card No., the
  inwards listed on an advice, a lot, a Chamber No., a Gate pass No., a Worker ID, an AMC contract No., Paytm
  Payouts' Bank account / VPA or a slip's VEHICLE NO:.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout215_families import (
    bank_alerts,
    buyer_upi,
    card_slips,
    compose,
    export_wires,
    govt_fees,
    insurer_receipts,
    mandi_payouts,
    own_receipts,
    picker_pay,
    supplier_invoices,
    utility_bills,
    vendor_transfers,
)

SPLIT = "heldout215"

# heldout119's faces, with heldout13's narrow sans beside the screens' and a condensed serif beside the pages'
NARROW = "liberation/LiberationSansNarrow-Regular.ttf"
CONDENSED = "dejavu/DejaVuSerifCondensed.ttf"
SCREENS = SCREEN_FACES + [NARROW]
PAGES = PAGE_FACES + [CONDENSED]
PAPERS = PAPER_FACES + [CONDENSED]
BILLS = BILL_FACES + [CONDENSED]

FAMILIES: list[Family] = [
    ("buyer_upi", buyer_upi, SCREENS),
    ("mandi_payouts", mandi_payouts, PAGES),
    ("export_wires", export_wires, PAGES),
    ("own_receipts", own_receipts, PAPERS),
    ("supplier_invoices", supplier_invoices, BILLS),
    ("vendor_transfers", vendor_transfers, PAGES),
    ("picker_pay", picker_pay, PAPERS),
    ("govt_fees", govt_fees, PAGES),
    ("insurer_receipts", insurer_receipts, PAGES),
    ("card_slips", card_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREENS),
    ("bank_alerts", bank_alerts, SCREENS),
]


def make_heldout215_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout215 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
