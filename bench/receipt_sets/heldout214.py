"""heldout214: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a bamboo and cane furniture and handicraft maker's day in 2026 in Agartala, Tripura (Muli
Bamboo & Cane Crafts Pvt Ltd, its workshop on Plot 14 of the Arundhutinagar Industrial Estate and its showroom, Bansh
Kutir, at Post Office Chowmuhani on H.G.B. Road), told by the proofs of payment it receives (the showroom's
customers' UPI screens and the company's Cashfree and Instamojo payment pages, Amazon's, Flipkart's, Meesho's and
GeM's settlements and a crafts retailer's, a decor house's and a hotel chain's payment advices, buyers' inward wires
from Japan, the Netherlands, Singapore, Sweden, Canada, the Emirates, the United States and Britain in yen, euros,
Singapore dollars, kronor, Canadian dollars, dirhams, US dollars and pounds, its own cash memos, custom order
advances and the receipts for bamboo offcuts sold by the kilo to an agarbatti stick maker and a charcoal unit,
customers' cards on the showroom's and the workshop's terminals) and those it makes (the Jampui hills bamboo
trader's, the Ambassa cane supplier's, the Guwahati lacquer house's, the Radhanagar packaging maker's and the
Kolkata hardware dealer's tax invoices, the net-banking transfers to the carrier, the bamboo treatment plant, the
design studio, the carting agent, the carpentry workshop, the electrician, the crafts fair organiser and the sign
maker, the artisans' piece rate vouchers and the showroom salesgirl's salary voucher and their Cashfree Payouts,
PhonePe and Paytm payments, Agartala Municipal Corporation's, the Tripura State Pollution Control Board's, the Forest
Department's, TIDC's, the Commissioner of Taxes', EPCH's and Legal Metrology's fee pages, the insurers' premium
receipts for the workshop and bamboo stock, the goods in transit, the artisans' accidents, the showroom, the pickup
truck, burglary, the employees' compensation and the staff's lives, its card at a filling station, a Guwahati hotel,
a hardware shop and a paint shop, TSECL's power and the broadband, piped gas and phone bills, the banks' SMS and
e-mail alerts). One payment per page. Each family: six successes, one failure, one wait; one page prints no
transaction id and one no day (truth None for those fields).

* ``showroom_upi``: six UPI app screens (Google Pay, PhonePe, Paytm, Amazon Pay, Navi, super.money) paying the
  showroom or the company and two of the company's payment pages (Cashfree, Instamojo).

* ``market_payouts``: Amazon Seller Central's settlement page and app screen, Flipkart Seller Hub's, Meesho Supplier
  Panel's and the Government e-Marketplace's pages, a crafts retailer's and a hotel chain's payment advice e-mails
  and a decor house's printed REMITTANCE ADVICE / Vendor payment advice.

* ``export_wires``: eight banks' inward remittance advices (browser, e-mail, printed CREDIT ADVICE - FOREIGN INWARD
  REMITTANCE / Inward remittance - beneficiary advice / Export proceeds - advice of credit).

* ``own_receipts``: the showroom's CASH MEMO / MONEY RECEIPT / ADVANCE RECEIPT - CUSTOM ORDER and the workshop's
  RECEIPT - SALE OF BAMBOO OFFCUTS (paper, rubber stamp) and the accounts desk's Payment acknowledgement / Advance
  acknowledgement e-mails.

* ``supplier_invoices``: the bamboo trader's, the cane supplier's, the lacquer house's, the packaging maker's and the
  hardware dealer's TAX INVOICE / TAX INVOICE - ORIGINAL FOR BUYER / TAX INVOICE CUM CHALLAN with the payment block
  and a rubber stamp (paper, serif).

* ``vendor_transfers``: corporate net banking's transaction pages (IDBI Bank Corporate Internet Banking, Central Bank
  of India Corporate Net Banking, Bandhan Bank Corporate NetBanking).

* ``artisan_pay``: printed ARTISAN PAYMENT VOUCHER - PIECE RATE / PIECE RATE BILL - CANE WEAVING / PIECE RATE BILL -
  BASKETRY / SALARY PAYMENT VOUCHER - SHOWROOM, Cashfree Payouts' pages, a PhonePe and a Paytm screen.

* ``govt_fees``: Agartala Municipal Corporation's trade licence and holding tax pages, the Tripura State Pollution
  Control Board's consent fee page, the Forest Department's e-transit pass page, TIDC's estate dues page, the
  Commissioner of Taxes' professional tax e-payment, EPCH's membership receipt and Legal Metrology's verification fee
  page (browser).

* ``insurer_receipts``: insurers' premium receipts (browser, e-mail, printed at the branch).

* ``card_slips``: card terminal slips (monospace).

* ``utility_bills``: Bharat Connect in PNB ONE and UPI apps (Amazon Pay, PhonePe, Paytm, Google Pay, super.money) and
  TSECL's own receipt page.

* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (SBI, PNB, UCO Bank, Tripura Gramin Bank) and two
  e-mail debit alerts. The families' docstrings list each layout's labels.

Truth conventions (heldout211's, heldout210's, heldout207's, heldout206's, heldout203's, heldout190's, heldout179's and
heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To / Sent
  to / Payment to (heldout206) / Paying to (here the showroom: Bansh Kutir, BANSH KUTIR, or the company's MULI BAMBOO
  & CANE CRAFTS PVT LTD, as printed), never the UPI ID or the app, nor the Banking name line (heldout207) or a
  Registered name line (heldout211) under the UPI ID, *settled* (new here) nor an A/c holder name line there; a
  payment page's payee on top (here the showroom or the company, as printed), never Customer name / Paid by / Buyer
  name (heldout207) or the gateway's footer (Cashfree, Instamojo, heldout207). *settled* (heldout156, heldout162,
  heldout207): a marketplace's settlement pays the seller under Seller name / Payee (seller) / Supplier / Supplier
  name, *settled* (new here) or Business name (the company, full, capital or short as printed), never the panel on
  top (Amazon Seller Central, Flipkart Seller Hub, Meesho Supplier Panel), its payments line or the Merchant token /
  Seller ID / Supplier ID (heldout207); *settled* (heldout162, heldout164): GeM's page pays the Seller name,
  *settled* (new here) or Seller (payee), never the Government e-Marketplace on top, the Buyer (organisation) or the
  paying authority. *settled* (heldout167, heldout175, heldout179, heldout186, heldout202 to heldout210): a payer's
  payment advice (here a crafts retailer's, a decor house's or a hotel chain's) pays the company under its payee
  label, Payee (heldout167) / Vendor name (heldout207), *settled* (new here) or Paid to (vendor) / Beneficiary
  (vendor), never the payer on top, its desk line, the Vendor code or the Bank account. *settled* (heldout155,
  heldout167, heldout190, heldout203, heldout207, heldout210, heldout211): a bank's inward remittance advice pays the
  company under Beneficiary customer (heldout207), *settled* (new here) or For credit of / Payee (beneficiary), never
  the bank on top, its forex desk line, the *settled* (new here) Remitting party / By order of / Applicant (remitter)
  (the buyer abroad), the Remitting bank or the Intermediary bank. *settled* (heldout175, heldout179, heldout190,
  heldout203, heldout207, heldout210, heldout211): the company's own receipt pays the trade name on top where that is
  on top, so the showroom's pays Bansh Kutir (capitals where so printed), never the "A unit of" company line under it
  (heldout190, heldout211), and the workshop's the company on top (full, capital or short as printed), never the
  party under Received from / Customer / Party (heldout207), *settled* (new here) Customer's name, the goods' line,
  the signature line or the rubber stamp; a receipt for offcuts sold by the kilo to an agarbatti stick maker or a
  charcoal unit alike (the company, never the buyer, as heldout210's fents); the accounts desk's e-mail likewise
  (Bansh Kutir on top). A supplier's name on top of its own paper (capitals where so printed), never M/s the company
  under Details of receiver (billed to) (heldout207) / Buyer, *settled* (new here) Bill to party / Name of buyer, nor
  the workshop under Consignee (shipped to) / Ship to. *settled* (heldout179, heldout186, heldout202, heldout203,
  heldout207, heldout211): a corporate banking page pays the payee under Beneficiary name, *settled* (new here) or
  Beneficiary account name / Credit account name, never the portal (IDBI Bank Corporate Internet Banking, Central
  Bank of India Corporate Net Banking, Bandhan Bank Corporate NetBanking), the bank line or the Debit account.
  *settled* (heldout150, heldout161, heldout179, heldout186, heldout203, heldout207, heldout210, heldout211): a wage
  voucher pays the worker, so *settled* (new here) a piece rate voucher the artisan under Artisan's name / Name of
  artisan / Payee (artisan) and the salary voucher the employee under Employee name / Paid to (employee), never the
  company on top, the unit line under it, the Village, the Artisan card (Pehchan) No. or the Designation; Cashfree
  Payouts' page the Beneficiary name (heldout186, heldout207), *settled* (new here) or Bene name / Transfer to, never
  Cashfree Payments on top, the company under it (Payouts - ...) or the Bene ID (heldout207); a transfer screen the
  payee under Paid to / To / Sent to. *settled* (heldout153, heldout167, heldout202, heldout203, heldout207,
  heldout211, new here for Tripura): a fee page pays the authority on top as printed: *settled* (new here) Agartala
  Municipal Corporation / AGARTALA MUNICIPAL CORPORATION; Tripura State Pollution Control Board (capitals where so
  printed); Forest Department, Government of Tripura / Forest Department, Tripura / FOREST DEPARTMENT, TRIPURA;
  Tripura Industrial Development Corporation Ltd / TIDC; Commissioner of Taxes, Tripura / Taxes Department, Government
  of Tripura; Export Promotion Council for Handicrafts / EPCH (as heldout206's CEPCI and heldout210's CEPC); Legal
  Metrology Department, Tripura / Controller of Legal Metrology, Tripura; never the line under it (Government of
  Tripura, the consent management line, the e-transit pass line, the undertaking line, Professional tax, the Ministry
  of Textiles line), the Name of trader, Trade / business name, Name of owner, Name of the industry, Name of
  applicant, Name of allottee, Name of employer, Member name or Name of user. *settled* (heldout199, heldout202,
  heldout203, heldout206, heldout210, heldout211): an insurer's premium receipt pays the insurer on top (its full
  name, capitals where so printed; here the Life Insurance Corporation of India too), never the product line, the
  office line or *settled* (new here) the Insured name / Name of policyholder / Proposer name (the company). A slip's
  counter name line in capitals (here the showroom, BANSH KUTIR, on three, the company's MULI BAMBOO & CANE CRAFTS on
  the workshop's terminal, a filling station, a Guwahati hotel, a hardware shop and a paint shop on the rest), never
  the terminal's bank or brand (STATE BANK OF INDIA, PUNJAB NATIONAL BANK, INDIANOIL, UCO BANK, HDFC BANK, BANDHAN
  BANK, PAYTM, AXIS BANK), the place line or *settled* (new here) a hotel slip's GUEST:. A Bharat Connect page's
  biller under Biller / Biller name / Operator (heldout179, heldout206, heldout210), *settled* (new here) or Bill
  paid to / Utility provider (short or long as printed), never the app (here also PNB ONE, Amazon Pay, super.money),
  Bharat Connect or the Customer name / Consumer name / *settled* (new here) Name on bill; *settled* (new here)
  TSECL's own receipt page the corporation on top (TSECL, Tripura State Electricity Corporation Ltd or capitals as
  printed), never the Government of Tripura enterprise line, the Electrical sub-division or the Consumer name. An SMS
  alert's payee as the bank sends it ("to DHALAI CANE & RATTAN": *settled*, the truncated name as printed),
  *settled* (new here) SBI's "to <payee>" line, PNB's "Beneficiary: <payee>", UCO Bank's "<way> to <payee>" and
  TGB's "towards <way> payment to <payee>", never the bank or the sender id; the e-mail alert's Beneficiary
  (heldout206) / *settled* (new here) Paid to (beneficiary), never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large. *settled*
  (heldout156, heldout162, heldout207): a marketplace's net sum after its fees, the GST on them, TCS under GST and
  TDS u/s 194-O, Net settlement (heldout162), *settled* (new here) or Amount deposited to bank / Disbursed amount /
  Settlement value (the Gross sales / Total order value less Less: Referral fee @ n% and Less: Closing fee, or Less:
  Commission fee @ n% and Less: Shipping fee, or Meesho's Less: Return shipping charges, and Less: GST on fees @ 18%,
  Less: TCS u/s 52 CGST Act @ 0.5% and Less: TDS u/s 194-O @ 0.1%), never the Gross sales / Total order value, an
  order's line, a fee or a tax line; *settled* (heldout162, heldout164): GeM's net sum, *settled* (new here) Net
  amount paid to seller / Disbursed amount (the Bill amount (incl. GST) less Less: TDS under GST @ 2% (sec 51) and
  Less: Liquidated damages (late delivery) where printed), never the Bill amount. *settled* (heldout152, heldout186,
  heldout202 to heldout210): a payer's advice counts its net sum, *settled* (new here) Net amount remitted / Amount
  credited to vendor / Net payment, Net amount to be remitted on the hold and Net amount / Net payment on the return
  (the Bills total / Gross amount less Less: TDS u/s 194Q @ 0.1% and a Less: Breakage in transit - n pcs or a Less:
  Cash discount @ 2%), never a bill's sum or the Bills total / Gross amount. *settled* (heldout155, heldout167,
  heldout190, heldout203, heldout207, heldout210, heldout211): an inward wire's foreign sum, *settled* (new here)
  Remitted amount (FCY) / Amount in foreign currency / Currency and amount, in euros, US dollars and pounds,
  Singapore dollars (SGD, S$) as SGD and Canadian dollars (CAD, C$) as CAD (heldout207), *settled* (new here for an
  inward wire) yen (JPY or its sign, whole) as JPY (heldout202's outward), and *settled* (new here) Swedish kronor
  (SEK before or after the sum) as SEK and UAE dirhams (AED before or after the sum) as AED, never the Rupee
  equivalent / INR value, the Less: Handling charges incl. GST or the Amount credited (INR); its Rate applied / TT
  buying rate (100 JPY = INR 57.00, 1 SEK = INR 8.20) is no sum. *settled* (heldout175, heldout179, heldout190,
  heldout203, heldout207, heldout210, heldout211): a receipt counts the sum received even where it is part of the
  order, Advance received / Cash received / Received by UPI / Received by NEFT / Card (POS) / Cheque amount / Cheque
  for, *settled* (new here) or Amount received in cash / Received via UPI (QR) / Paid by card (swipe) / Received
  through NEFT, never the Total (incl. GST) / Order value / Bill amount where less was received, the goods' line, the
  GST @ 5% or the Balance payable on delivery (heldout210) / *settled* (new here) Balance to pay at delivery; an
  offcut sale's sum received is the kilos x rate as printed (heldout210's fent sale). *settled* (heldout187,
  heldout191, heldout202, heldout203, heldout207, heldout210, heldout211): a supplier's invoice counts the sum paid,
  where an advance is taken off (*settled* (new here) Less: Advance adjusted) the Balance received by NEFT / RTGS,
  else Received by NEFT / RTGS (heldout207), *settled* (new here) Payment received via NEFT / RTGS, Settled by NEFT /
  RTGS, Received by UPI or UPI payment received (the rounded Invoice total with GST), or the Cheque received / Cheque
  amount, never the Taxable value, a line or the GST. A banking page's *settled* (new here) Amount (Rs.) /
  Transaction value / Transferred amount. *settled* (heldout167, heldout202, heldout203, heldout206, heldout207,
  heldout210, heldout211): a voucher's net sum, *settled* (new here) a piece rate voucher's Net payable to artisan /
  Amount handed over / Net amount disbursed (the pieces x rate plus Add: Finishing bonus / Add: Rush-order extra,
  less Less: Cane advance adjusted, Less: Rejected pieces - n x rate and Less: Advance taken) and the salary
  voucher's Net salary paid / Amount handed over (the Basic salary plus Add: Sales incentive @ 1% on the month's
  sales, less Less: Professional tax and Less: Advance taken), never the Gross, a line or a deduction; Cashfree
  Payouts' and a transfer screen's sum large. *settled* (new here): AMC's Total amount / Amount paid / Amount (the
  Trade licence fee, the Signboard fee and a Late fine, or the Holding tax - half year, the Conservancy charges and
  the Lighting and water rate, less the Less: Rebate @ 10% (paid before due date) where printed), never a head or the
  rebate; the Pollution Control Board's Total fee paid (the Water Act and Air Act fees, heldout207, heldout211),
  never a head; the Forest Department's Amount deposited / Total payable (the Transit fee and the Royalty on bamboo),
  never a head; TIDC's Total amount paid (the Lease rent, the Maintenance charges and the Water charges), never a
  head; the professional tax's Total tax paid (the Tax deducted from n employees and the Employer's own tax), never a
  head; EPCH's Total amount received (the Annual membership subscription, the RCMC renewal fee and GST @ 18%, as
  heldout210's CEPC), never a head or the GST; Legal Metrology's Fee paid (the Verification and stamping fee and a
  Late fee), never a head. *settled* (heldout199, heldout202, heldout203, heldout206, heldout210, heldout211): an
  insurer's premium with its GST, Total premium (incl. GST) (heldout211), *settled* (new here) Premium collected /
  Amount received towards premium, the Cheque amount / Total premium (incl. GST) on the cheque not yet realised,
  *settled* (new here) Premium due / Amount payable on the failed one, never the Basic premium / Own damage premium /
  Group term premium, an add-on (the Third party premium on the vehicle's), the GST or *settled* (new here) the Sum
  insured (building, machinery and stock), the Annual turnover in transit, the Capital sum insured, the Sum insured
  (contents), the Insured declared value (IDV), the Sum insured (stock and cash), the Wages declared (heldout211) or
  the Lives covered (heldout211). A slip's SALE AMT: (heldout202) / TOTAL AMOUNT: (heldout207), *settled* (new here)
  AMT: / PURCHASE AMT:, never the RATE: or the VOLUME(L):. A Bharat Connect page's sum large; TSECL's *settled* (new
  here) Payment amount / Amount received. An alert's sum debited (*settled* (new here) SBI's "has a debit by <way>
  transfer of Rs x", PNB's "debited INR x", UCO Bank's "Rs x debited", TGB's "debited for Rs.x"; the e-mail's Amount
  (INR) (heldout211) / *settled* (new here) Transaction value (INR)), never the Avl Bal. Currency INR but on the
  wires.
* status: as printed. *settled* (new here): a UPI screen's Payment completed / Paid successfully / Payment successful
  successes, Payment pending - we will confirm within 72 hours, please do not pay again pending, Payment declined by
  your bank - any money debited will be refunded failed (whatever the refund); a payment page's Payment successful /
  Payment completed / Thank you! Payment received successes (heldout207). *settled* (new here): a marketplace's
  Settlement completed / Deposited to your bank account / Status: Disbursed successes, GeM's Payment released -
  credited to seller account a success; a payer's Status: Remitted / Payment credited to your account successes, On
  hold - QC report on damaged lot awaited pending (a payer's hold, as heldout198's to heldout211's), Payment bounced
  back - beneficiary account dormant failed. *settled* (new here): an inward advice's Credited to beneficiary account
  - FIRC available / Status: Funds realised successes, Pending - awaiting export invoice and purpose declaration
  pending, Returned to remitting bank - incomplete beneficiary details failed. *settled* (heldout167, heldout179,
  heldout190, heldout203, heldout207, heldout210, heldout211): a cheque received and not yet cleared pending, a
  cheque returned failed, so *settled* (new here) CHEQUE TAKEN - DELIVERY AFTER CLEARANCE and CHEQUE RECEIVED -
  CREDIT ON REALISATION pending, CHEQUE RETURNED - FUNDS INSUFFICIENT, ORDER HELD BACK and CHEQUE BOUNCED - AMOUNT
  OUTSTANDING failed; RECEIVED WITH THANKS and PAID successes, *settled* (new here) as are DELIVERED - FULL PAYMENT
  RECEIVED, ADVANCE RECEIVED - ORDER IN WORKSHOP, PAID - MATERIAL LIFTED, PAID - ACCOUNT SETTLED, PAYMENT RECEIVED BY
  NEFT / RTGS / UPI, PAID - ARTISAN SIGNED, PAID IN FULL - PIECES COUNTED and PAID - SALARY RECEIVED. *settled* (new
  here): a banking page's Funds transferred - UTR generated / Status: Executed (heldout207) successes, Pending with
  authoriser (level 2) pending (keyed, not yet authorised, as heldout191's to heldout211's), Returned - beneficiary
  name does not match account failed; Cashfree Payouts' SUCCESS - transfer completed / Transfer successful
  successes, Queued - payout account balance low, transfer not yet sent pending, Reversed - beneficiary account is
  frozen failed (the transfer came back, as heldout207's REVERSED); a transfer screen's Paid / Payment successful /
  Money sent successes; a fee page's Payment successful / Fee paid successfully / Transaction successful - receipt
  generated / Payment confirmed successes, the Forest Department's Awaiting confirmation from bank - transit pass not
  yet issued pending, AMC's Payment unsuccessful - tax not credited to AMC failed; an insurer's Premium received -
  policy issued / Payment received - cover confirmed successes, CHEQUE UNDER CLEARING - COVER FROM REALISATION DATE
  pending (as heldout211's cover from realisation), Transaction unsuccessful - premium not collected failed; a slip's
  APPROVED / TRANSACTION APPROVED (heldout207) / APPROVED - PIN VERIFIED successes, DECLINED - 55 INCORRECT PIN
  failed (heldout207), NO RESPONSE FROM BANK - VERIFY STATUS BEFORE RETRY pending; Bill paid successfully / Payment
  successful / Bill payment confirmed successes, Payment pending with biller - do not pay again pending, Bill payment
  failed - refund, if debited, in 3 working days failed (the payment failed, whatever the refund); an SMS that says
  the transfer "was REJECTED by the beneficiary bank; amount reversed to your A/c" failed (whatever the reversal),
  one that "is AWAITING confirmation from the beneficiary bank" pending, a debit alert a success, whatever its bank's
  wording ("Your A/C XXXXX1234 has a debit by <way> transfer of Rs x on <day> to <payee>. Ref No <ref>. -SBI", "A/c
  XX1234 debited INR x on <day> thru <way>. Beneficiary: <payee>. -PNB", "UCO Bank: Rs x debited to A/c ...1234 on
  <day>, <way> to <payee>.", "TGB: A/c XX1234 debited for Rs.x on <day> towards <way> payment to <payee>."); the
  e-mail's Status: Successful (heldout211) / *settled* (new here) Transaction status: Success a success.
* date: the day paid (a UPI screen's Date & time / Paid on / Completed on / *settled* (new here) Transaction time,
  Initiated on on one not yet paid (heldout203), a payment page's Paid on / Payment date / Transaction date, a
  marketplace's Settlement date (heldout186) / Deposit date (heldout162) / *settled* (new here) Disbursed on, a
  payer's Payment date / Remitted on / Value date, its pending Advice date (heldout198) and its Returned on, an inward
  advice's Value date / Date of credit (heldout207) / *settled* (new here) Realised on, Received on (heldout167) /
  *settled* (new here) Date of receipt on the held one and Returned on / Date of return on the returned one, a
  receipt's, invoice's or voucher's Date / Dated / Receipt date / Invoice date / Voucher date, a banking page's Value
  date / Executed on (heldout207) / Transaction date, *settled* (new here) Entered on / Created on on the one
  awaiting its authoriser and Returned on / Failed on, Cashfree Payouts' Processed on, *settled* (new here) Requested
  on / Added on on the queued one and Reversed on (heldout207), a fee page's Payment date / Date of payment /
  Transaction date / Challan date (heldout176), the Forest Department's Transaction date / Initiated on on the
  pending one, an insurer's Receipt date / Premium paid on / Date of receipt, Cheque received on (heldout204) on the
  cheque in clearing and Transaction date / Attempted on on the failed one, a slip's DATE: / DT: (heldout179) /
  *settled* (new here) DATE & TIME:, Paid on / Transaction date & time (the latter alone on a bill not paid), TSECL's
  Payment date / Paid on, the SMS's day, the e-mail alert's Transaction date / Value date). *settled*: never a Bill
  month, a Due date, a Cheque date (heldout198), a Month (heldout203), a Period of insurance (heldout199), an invoice
  number's financial year, the day inside a UTR (heldout210) or an e-mail's hour; never a marketplace's Settlement
  period (heldout207); *settled* (new here) never a professional tax Return period.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a marketplace's NEFT
  (heldout162), GeM's NEFT (heldout162's PFMS e-payment), a payer's NEFT / RTGS / IMPS, Cashfree Payouts' IMPS
  (heldout207), a Bharat Connect bill from a Current A/c (here in PNB ONE), a fee, a premium or TSECL paid by Net
  banking, an e-mail alert's Channel, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a receipt's, a
  voucher's, an invoice's, Cashfree Payouts', a fee's, a premium's or a bill's UPI, an SMS's UPI; card on slips, a
  payment page's card, a receipt's Card (POS) / Paid by card (swipe), a fee, a premium or TSECL paid by Debit card;
  cheque for a cheque received, in clearing, returned or bounced and a premium paid by Cheque (heldout203); cash for
  a cash receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout211): a UPI reference /
  UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref. No., UPI Ref No., UPI Reference No., UTR, UTR No., IMPS
  Ref No., Cashfree's UTR / Bank reference No. and Instamojo's UPI Ref No. on a UPI payment (heldout207's Bank
  reference no. and UPI RRN), *settled* (new here) Amazon Pay's Bank reference ID, Navi's and super.money's UPI Ref
  ID and a supplier's NEFT/RTGS ref., a slip's RRN: / REF NO: / RRN NO: (heldout200), an SMS's UTR / UPI Ref / IMPS
  Ref and *settled* (new here) SBI's Ref No), then a bank reference (an inward advice's *settled* (new here) IRM
  reference No. / Inward remittance No. / Bank reference, a banking page's Reference No. (heldout177) / *settled*
  (new here) Bank transaction ID, a fee page's Bank Ref No., an insurer's Bank Ref. No., Bharat Connect Ref. No. /
  *settled* (new here) BBPS Txn Ref), then a transaction / payment id (Cashfree's CF payment ID and Instamojo's
  Payment ID MOJO... (heldout207), Google Pay's Google transaction ID, PhonePe's and Paytm's own Transaction ID,
  *settled* (new here) Navi's and super.money's, Amazon Pay's Order ID (heldout176), a marketplace's Settlement ID
  (heldout162), *settled* (new here) Flipkart's Settlement reference No. and Meesho's Payment reference ID, Cashfree
  Payouts' Cashfree reference ID (heldout186's Reference ID), a fee page's Transaction ID / Transaction ref. No.,
  EPCH's Payment ID (as heldout210's CEPC), TSECL's Transaction ID, an insurer's Transaction No. (heldout204) /
  *settled* (new here) Payment reference No., a failed Bharat Connect page's Transaction ID), then an approval code
  (Auth code, a slip's APPR CODE: / *settled* (new here) AUTH NO:), then an order's number (Cashfree's Order ID
  (heldout207), Cashfree Payouts' Transfer ID, the company's own id for the transfer (heldout196)), then a document's
  own number (GeM's Payment advice No. (heldout207's on a payer's advice), a payer's Payment voucher No.
  (heldout162) / *settled* (new here) Remittance advice No., Receipt No. / Memo No. / M.R. No. on a receipt, Invoice
  No. / Tax Invoice No. / Bill No., Voucher No. / Vr. No. / *settled* (new here) Bill No. on a piece rate voucher, a
  fee page's Receipt No., *settled* (new here) the professional tax's Challan No. (as ESIC's, heldout161), Receipt
  No. / Premium receipt No., TSECL's Receipt No., a slip's INVOICE NO: / INV NO: / BILL NO: / *settled* (new here)
  RECEIPT NO:). *settled*: never a UETR, the orders or bills listed on a settlement or an advice, a PO No., a GeM
  Contract No. (heldout164), a Merchant token / Seller ID / Supplier ID (heldout207), a Vendor code, MID, TID, BATCH
  NO, TRACE NO: (heldout203), a card, account or mobile number, a UPI ID, IFSC, GSTIN, a cheque number, an Export
  invoice No., a Purpose code, an E-way bill No. (heldout162), a Vehicle No. (heldout205), the entering and the
  authorising user (Maker / Checker), Cashfree's Bene ID (heldout207), a Licence No. / Registration No.
  (heldout207), a Policy No. / Proposal No., a consumer number (here Consumer No., Account No., Customer ID, Mobile
  No.), a slip's PUMP NO: (heldout206) or ROOM NO: (heldout203). *settled* (new here): never a Sender's reference
  (the remitter's own, SWIFT field 20), an Artisan card (Pehchan) No., a Holding No., an Application No. (as
  heldout203's Application ID), a PT Enrolment No., a Membership No. / RCMC No. (heldout206) or a slip's GUEST:.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout214_families import (
    artisan_pay,
    bank_alerts,
    card_slips,
    compose,
    export_wires,
    govt_fees,
    insurer_receipts,
    market_payouts,
    own_receipts,
    showroom_upi,
    supplier_invoices,
    utility_bills,
    vendor_transfers,
)

SPLIT = "heldout214"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font packages:
# heldout119's kinds of face, drawn from a different mix (a narrow sans, the display serif, a bold mono).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
]
PAGE_FACES = SCREEN_FACES[:4] + [
    "noto/NotoSerifDisplay-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
]
PAPER_FACES = [
    "noto/NotoSerifDisplay-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSerif.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
BILL_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
]
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "dejavu/DejaVuSansMono-Bold.ttf",
]

FAMILIES: list[Family] = [
    ("showroom_upi", showroom_upi, SCREEN_FACES),
    ("market_payouts", market_payouts, PAGE_FACES),
    ("export_wires", export_wires, PAGE_FACES),
    ("own_receipts", own_receipts, PAPER_FACES),
    ("supplier_invoices", supplier_invoices, BILL_FACES),
    ("vendor_transfers", vendor_transfers, PAGE_FACES),
    ("artisan_pay", artisan_pay, PAPER_FACES),
    ("govt_fees", govt_fees, PAGE_FACES),
    ("insurer_receipts", insurer_receipts, PAGE_FACES),
    ("card_slips", card_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout214_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout214 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
