"""heldout212: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a pashmina shawl and papier-mache handicraft exporter's day in 2026 in Srinagar, Jammu
and Kashmir (Zaffran Handicraft Exports Pvt Ltd, its karkhana at Zaina Kadal in the old city and its showroom,
Nishat Pashmina House, on Boulevard Road by the Dal Lake), told by the proofs of payment it receives (tourists' UPI
screens and the web shop's CCAvenue and Easebuzz pages, Etsy's, amazon seller central's, iTokri's and Flipkart
Seller Hub's payouts, the Central Cottage Industries Corporation's, Fabindia's, a Delhi boutique's and a Mumbai home
store's payment advices, buyers abroad's inward wires from New York, London, Paris, Kyoto, Dubai, Toronto, Stockholm
and Munich in US dollars, pounds, euros, yen, dirhams, Canadian dollars and Swedish kronor, its own cash memos, sale
receipts, trade supply and custom Kani order receipts, tourists' and buyers' cards on the showroom's terminals) and
those it makes (the raw pashmina trader's in Leh, the hand-spun yarn house's, the dyer's, the gold leaf and colours
dealer's and the carton maker's tax invoices, the net-banking transfers to the Kani weavers' group, the shawl
washers, the naqash, the air cargo agent, the customs broker, the khatamband carpenters, the photo studio and the
walnut woodcraft unit, the embroiderers', Kani and shawl weavers', naqash's, spinners' and sakhtasaz's piece rate
vouchers and their Cashfree, bulk and PhonePe payouts, the Directorate of Tourism's, Srinagar Municipal
Corporation's, the J&K Pollution Control Committee's, EPCH's, the Labour Department's, the Directorate of
Handicrafts and Handloom's and the Fire and Emergency Services' pages, insurers' premium receipts, its card at a
filling station, a hotel at the Greater Noida fair, a colours shop and a wazwan restaurant, KPDCL's electricity and
the broadband, LPG and phone bills, the bank's SMS and e-mail alerts). One payment per page. Each family: six
successes, one failure, one wait; one page prints no transaction id and one no day (truth None for those fields).

* ``tourist_upi``: six UPI app screens (Google Pay, PhonePe, Paytm, WhatsApp Payments, BHIM, Amazon Pay) paying the
  showroom or the company and the web shop's two payment pages (CCAvenue, Easebuzz) in a browser.
* ``buyer_payouts``: Etsy's deposit e-mail, amazon seller central's and Flipkart Seller Hub's settlement pages and
  iTokri's payout e-mail; the Central Cottage Industries Corporation's and a Mumbai home store's printed PAYMENT
  ADVICE / VENDOR PAYMENT ADVICE, Fabindia's vendor portal page and a Delhi boutique's advice e-mail.
* ``buyer_wires``: banks' inward remittance advices (J&K Bank, HDFC Bank, State Bank of India, ICICI Bank, Punjab
  National Bank, Axis Bank, Yes Bank; browser, e-mail, printed ADVICE OF INWARD REMITTANCE - EXPORT PROCEEDS).
* ``own_receipts``: the showroom's CASH MEMO / SALE RECEIPT and the karkhana's MONEY RECEIPT - TRADE SUPPLY /
  ADVANCE RECEIPT - CUSTOM KANI ORDER (paper, rubber stamp) and the showroom's payment acknowledgement e-mails.
* ``supplier_invoices``: suppliers' TAX INVOICE / TAX INVOICE (ORIGINAL FOR BUYER) / TAX INVOICE - CUM - RECEIPT
  with the payment block and a rubber stamp (paper, serif).
* ``vendor_transfers``: corporate net banking's transaction pages (J&K Bank Corporate Internet Banking, YES CONNECT,
  Baroda Connect).
* ``artisan_pay``: printed PIECE RATE PAYMENT VOUCHER - SOZNI EMBROIDERY / KANI WEAVING - MAZDOORI VOUCHER / KARIGAR
  PAYMENT VOUCHER - PAPIER-MACHE NAQASHI / SPINNING WAGES - PAYMENT SLIP and their kin, Cashfree Payments' payout
  pages, J&K Bank's bulk payment record and a PhonePe screen.
* ``govt_fees``: the Directorate of Tourism's Tourist Trade Act renewal, Srinagar Municipal Corporation's trade
  licence and property tax pages, the J&K Pollution Control Committee's consent fee, EPCH's membership and RCMC
  renewal, the Labour Department's registration renewal, the Directorate of Handicrafts and Handloom's GI labelling
  fee and the Fire and Emergency Services' certificate renewal (browser).
* ``insurer_receipts``: insurers' premium receipts (browser, e-mail, printed at the branch).
* ``card_slips``: card terminal slips (monospace), the restaurant's with a tip.
* ``utility_bills``: Bharat Connect in J&K Bank's mPay Delight+ and UPI apps and KPDCL's own receipt page.
* ``bank_alerts``: the bank's SMS alerts in each bank's own wording (J&K Bank, PNB, Axis Bank, Yes Bank) and two
  e-mail debit alerts. The families' docstrings list each layout's labels.

Truth conventions (heldout211's, heldout210's, heldout207's, heldout206's, heldout203's, heldout179's and
heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To /
  Sent to / Payment to / Paying to (heldout206) (here the showroom, Nishat Pashmina House or NISHAT PASHMINA HOUSE,
  or the company's ZAFFRAN HANDICRAFT EXPORTS, as printed), never the UPI ID or the app, nor the Banking name line
  under the UPI ID (heldout207); a payment page's payee on top (here the showroom or the company, as printed), never
  Customer name (heldout204), *settled* (new here) Billing name / Buyer name, the Order details, the Ship to or the
  gateway's footer (*settled* (new here) CCAvenue, Easebuzz). *settled* (heldout156, heldout162, heldout207): a
  marketplace's payout pays the seller under Seller name / Deposited to / Payee (seller), *settled* (new here) or
  Seller (legal name) / Registered business name / Vendor (artisan brand) (the company, full, capital or short as
  printed), never the panel on top (Etsy, amazon seller central, Flipkart Seller Hub, *settled* (new here) iTokri),
  its desk line, the Seller ID or the Shop (Etsy's shop handle). *settled* (heldout167, heldout175, heldout179,
  heldout186, heldout202 to heldout207, heldout210): a payer's payment advice (here a store's) pays the company
  under its payee label, Vendor name / Supplier (heldout207), *settled* (new here) or Paid to vendor, never the
  payer on top (Central Cottage Industries Corporation of India Ltd, Fabindia Ltd, Ambrai Luxe Boutique, Kasba
  Living Pvt Ltd), its desk line, the Vendor code / Supplier code or the PO No. *settled* (heldout155, heldout167,
  heldout190, heldout203, heldout207, heldout210, heldout211): a bank's inward remittance advice pays the company
  under Beneficiary name, *settled* (new here) or Name of beneficiary / Payee (exporter), never the bank on top, its
  forex desk line, the Ordering customer / *settled* (new here) Remitter (buyer) (the buyer abroad) or the Ordering
  institution (heldout210) / *settled* (new here) Remitting bank. *settled* (heldout175, heldout179, heldout186,
  heldout202 to heldout207, heldout210, heldout211): the company's own receipt pays its showroom's trade name where
  that is on top (heldout207's showroom: here Nishat Pashmina House, capitals where so printed), never the "A unit
  of" company line under it (heldout190), and the karkhana's receipt the company on top (full or capital as
  printed); never the party under Customer / Received from / *settled* (new here) Sold to, the Courier to, the
  signature line or the rubber stamp; the showroom's e-mail likewise. A supplier's name on top of its own paper
  (capitals where so printed), never M/s the company under Billed to (heldout207) / *settled* (new here) Bill to
  party / Buyer's name. *settled* (heldout179, heldout186, heldout202, heldout203, heldout207, heldout211): a
  corporate banking page pays the payee under Payee name (heldout179), *settled* (new here) or Beneficiary account
  name / Credit to (payee), never the portal (*settled* (new here) J&K Bank Corporate Internet Banking, YES CONNECT,
  Baroda Connect), the bank line, the Debit account or the Beneficiary nickname (heldout190). *settled* (heldout150,
  heldout161, heldout179, heldout186, heldout202 to heldout207, heldout210): a piece rate voucher pays the karigar
  under Paid to (karigar) (heldout207), *settled* (new here) or Name of karigar / Artisan, never the company on top,
  the karkhana's line under it, the Mohalla / Village, the Design or *settled* (new here) the Karigar card No.;
  Cashfree Payments' payout page the Beneficiary name / Beneficiary (heldout186, heldout204, heldout207), never
  Cashfree Payments on top, the company under it (Payouts - ...), the Bene ID or the Bank account / VPA; a bulk
  record the Beneficiary name / Name of beneficiary (heldout206), never the portal on top (here J&K Bank Corporate
  Internet Banking), the Debit account or the File name; a transfer screen the payee under Paid to / Sent to.
  *settled* (heldout153, heldout167, heldout202, heldout203, heldout206, heldout207, heldout210, heldout211, new
  here for Jammu and Kashmir): a fee page pays the authority on top as printed: *settled* (new here) Directorate of
  Tourism, Kashmir / DIRECTORATE OF TOURISM, KASHMIR / Department of Tourism, Government of Jammu and Kashmir;
  Srinagar Municipal Corporation / SRINAGAR MUNICIPAL CORPORATION; J&K Pollution Control Committee / Jammu and
  Kashmir Pollution Control Committee / J&K POLLUTION CONTROL COMMITTEE; the Export Promotion Council for
  Handicrafts / EPCH (capitals where so printed, as heldout206's CEPCI and heldout210's CEPC); Labour Department,
  Jammu and Kashmir / Labour and Employment Department, J&K; Directorate of Handicrafts and Handloom, Kashmir
  (capitals where so printed); Fire and Emergency Services, Jammu and Kashmir / J&K FIRE AND EMERGENCY SERVICES;
  never the line under it (the J&K Registration of Tourist Trade Act, the Housing and Urban Development Department,
  the Forest, Ecology and Environment Department, the Ministry of Textiles, the Shops and Establishments
  registration line, the Pashmina Testing and Quality Certification Centre, the Government of Jammu and Kashmir),
  the Trade name, Name of licensee, Owner name, Name of the unit, Member name, Name of establishment, Name of
  premises or Occupier, *settled* (new here) nor the Name of the dealer or the Name of the exporter. *settled*
  (heldout199, heldout202, heldout203, heldout206, heldout210, heldout211): an insurer's premium receipt pays the
  insurer on top (its full name, capitals where so printed; ECGC Ltd's alike), never the product line, the office
  line or the Proposer / Name of insured / Policyholder / Exporter (policyholder) / *settled* (new here) Insured
  name (the company). A slip's counter name line in capitals (here the showroom, NISHAT PASHMINA HOUSE, on three,
  the company's ZAFFRAN HANDICRAFT EXPORTS at the karkhana on one, a filling station, a hotel at the Greater Noida
  fair, a colours shop and a restaurant on the rest), never the terminal's bank or brand (J&K BANK, HDFC BANK,
  EZETAP, INDIANOIL, ICICI BANK, INNOVITI, SBI) or the place line. A Bharat Connect page's biller under Biller /
  Biller name / Electricity board (heldout179) / Operator, *settled* (new here) or Provider (short or long as
  printed), never the app (*settled* (new here) here also mPay Delight+), Bharat Connect or the Customer name /
  Consumer name; *settled* (new here) KPDCL's own receipt page the corporation on top (Kashmir Power Distribution
  Corporation Ltd, KPDCL or capitals as printed), never the Government of Jammu and Kashmir undertaking line, the
  Sub division or the Consumer name. An SMS alert's payee as the bank sends it ("to RAINAWARI RANGREZ DY":
  *settled*, the truncated name as printed), *settled* (new here) J&K Bank's "through <way> to <payee>", PNB's "thru
  <way> to <payee>", Axis Bank's "<way>/<ref>/<payee>" (the name after the reference, or after the rail where no
  reference is printed) and Yes Bank's "to <payee> via <way>", never the bank or the sender id; the e-mail alert's
  Beneficiary name (heldout210), *settled* (new here) or Transferred to, never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large. *settled*
  (heldout156, heldout162, heldout207): a marketplace's net sum after its fees, the GST on them, TCS under GST and
  TDS u/s 194-O, Net settlement / Net payout and Etsy's Deposit amount (the Sales less the Transaction fees, Payment
  processing fees, Listing fees and GST on them), *settled* (new here) or Amount credited to your bank / Net amount
  transferred, never the Sales / Gross sales, an order's sum, a fee (Less: Commission @ n%, *settled* (new here)
  Less: Fixed closing fee, Less: Shipping fee), the Less: GST on fees @ 18%, the TCS or the TDS. *settled*
  (heldout152, heldout186, heldout202, heldout203, heldout207, heldout210): a payer's advice counts its net sum, Net
  amount paid (heldout210), *settled* (new here) or Amount credited / Net payment released, Net amount to be
  released on the hold (heldout210) and Net amount (heldout210) / *settled* (new here) Net payment on the return
  (the Bills total / *settled* (new here) Gross amount of bills less TDS u/s 194Q @ 0.1% and a *settled* (new here)
  Less: Debit note - n stoles returned or Less: Trade discount @ 5%), never a bill's sum or the Bills total.
  *settled* (heldout155, heldout167, heldout190, heldout203, heldout207, heldout210, heldout211): an inward wire's
  foreign sum, *settled* (new here) Remittance amount / Amount (FCY) / FCY received, in US dollars, pounds, euros,
  UAE dirhams (AED, heldout205), Canadian dollars (CAD, C$, heldout207), Swedish kronor (SEK, heldout204) and
  *settled* (new here for an inward wire) yen (JPY or the yen sign, whole yen on most pages, as heldout202's
  outward) as JPY, never the INR equivalent, *settled* (new here) the Less: Bank charges and GST or the Net INR
  credited (heldout211); its Exchange rate (1 CAD = INR 61.21, or per 100 JPY on the yen, heldout202) is no sum.
  *settled* (heldout175, heldout179, heldout186, heldout190, heldout202 to heldout207, heldout210, heldout211): a
  receipt counts the sum received even where it is part of the order, Advance received / Cash received / UPI
  received / Received by NEFT / Card (POS) / Cheque amount / Cheque for, *settled* (new here) or Paid in cash /
  Amount received (UPI) / Paid by card (swipe) / Received through NEFT, never the Bill amount / Order value / Total,
  an item's line, the Taxable value, the CGST / SGST or the Balance due / Balance on delivery. *settled*
  (heldout187, heldout191, heldout202, heldout203, heldout207, heldout210, heldout211): a supplier's invoice counts
  the sum paid, where an advance is taken off (Less: Advance paid with order) the Balance received by RTGS / NEFT,
  else *settled* (new here) Received through RTGS / NEFT, Amount received by RTGS / NEFT, UPI payment received or
  Paid via UPI (the rounded Invoice total with GST), or the Cheque received / Cheque amount, never the Taxable
  value, a line or the GST. A banking page's Debit amount (heldout207, heldout210), *settled* (new here) or Amount
  transferred / Payment value. *settled* (heldout167, heldout202, heldout203, heldout206, heldout207, heldout210,
  heldout211): a voucher's net sum, Amount paid (heldout211), *settled* (new here) or Net paid to karigar / Net
  mazdoori paid (the pieces x rate or the 10 g of yarn spun x rate, plus Add: Extra for jaal work, less Less:
  Advance (peshgi) recovered and Less: Yarn issued short - n g @ rate), never the Gross mazdoori (heldout207), a
  line or a deduction; Cashfree Payments' and a screen's sum large; a bulk record's Amount. *settled* (new here):
  the Directorate of Tourism's Total fee paid / Amount remitted (the Renewal fee (3 years) and a Late fee), never a
  head; Srinagar Municipal Corporation's Total amount / Amount paid / Amount (the Trade licence fee, Signboard fee
  and Sanitation fee, or the Property tax (commercial) and the Solid waste user charges less the Less: Rebate @ 10%
  (paid in time) where printed), never a head or the rebate; the Committee's Total fee paid (the Water Act and Air
  Act fees, heldout190, heldout207, heldout211), never a head; EPCH's Total paid / Amount received, Total amount on
  the pending one (the Annual subscription, the RCMC renewal fee and GST @ 18%, as heldout210's CEPC), never a head
  or the GST; the Labour Department's Amount paid (the Renewal fee, the same sum); the Directorate of Handicrafts
  and Handloom's Total amount paid (the Testing and GI labelling fee, shawls x rate); the Fire and Emergency
  Services' Total amount paid (the certificate renewal fee and the Inspection charges), never a head. *settled*
  (heldout199, heldout202, heldout203, heldout206, heldout210, heldout211): an insurer's premium with its GST,
  Premium received (incl. GST) / Amount collected, *settled* (new here) or Gross premium paid, the Cheque amount /
  Premium amount (incl. GST) on the cheque not yet realised, Premium payable / Total premium due on the failed one,
  never the Basic premium / Premium @ rate, an add-on or the GST, nor the Annual turnover declared (exports), the
  Value of shipments declared, the Lives covered, the Money in transit limit or *settled* (new here) the Sum insured
  (stock and looms) / Sum insured (showroom contents) / Sum insured (stock) or the Persons covered. A slip's AMOUNT:
  (heldout203) / SALE AMT: (heldout202) / TOTAL AMOUNT: (heldout207), *settled* (new here) or TXN AMOUNT:, never the
  RATE: or the VOLUME(L):; *settled* (heldout176): a tipped slip's TOTAL: (the base with the tip), never *settled*
  (new here) the BASE AMOUNT: or the TIP:. A Bharat Connect page's sum large; KPDCL's Amount paid, *settled* (new
  here) or Amount received. An alert's sum debited (*settled* (new here) J&K Bank's "is debited by Rs.x", PNB's
  "debited INR x", Axis Bank's "INR x debited", Yes Bank's "INR x paid from A/c"; the e-mail's Amount debited
  (heldout210) / Transaction amount (heldout206)), never the Avl Bal. Currency INR but on the wires.
* status: as printed. *settled* (new here): a UPI screen's Payment done / Payment successful / Money sent successes,
  Payment pending - we will update you within 2 hours, do not pay again pending, Payment failed - bank server
  unreachable, money not debited failed (whatever the money); a payment page's Order status: Successful / Payment
  received - thank you for shopping / Payment successful successes. *settled* (new here): a marketplace's Deposit
  sent to your bank / Settled (heldout207) / Payout completed (heldout211) successes and a store's Status: Paid
  (heldout179) / Amount credited to vendor account successes, Disbursement scheduled - funds on the way to your bank
  pending (a payer's hold, as heldout198's to heldout211's), Payment bounced back - beneficiary account is dormant
  failed. *settled* (new here): an inward advice's Export proceeds realised - funds credited / Status: Credited -
  FIRC ready successes, Held - invoice and shipping bill copy awaited from exporter pending, Returned to remitting
  bank - beneficiary name differs from account title failed. *settled* (heldout167, heldout179, heldout190,
  heldout203, heldout207, heldout210, heldout211): a cheque received and not yet cleared pending, a cheque returned
  failed, so *settled* (new here) CHEQUE RECEIVED - GOODS SENT AFTER CLEARANCE and CHEQUE RECEIVED - CREDIT ON
  REALISATION pending, CHEQUE BOUNCED - ORDER CANCELLED and CHEQUE RETURNED - EXCEEDS ARRANGEMENT failed; RECEIVED
  WITH THANKS, PAID, PAID BY RTGS / NEFT / UPI and PAID - THUMB IMPRESSION TAKEN successes, *settled* (new here) as
  are SOLD - PAYMENT RECEIVED, ADVANCE RECEIVED - LOOM BOOKED, RECEIVED - ACCOUNT SETTLED, PAID - RECEIVED BY
  KARIGAR and PAID - SIGNED BY ARTISAN. *settled* (new here): a banking page's Payment executed - beneficiary
  account credited / Status: Success successes, Saved - awaiting release by authoriser pending (keyed, not yet
  authorised, as heldout191's to heldout211's), Rejected - beneficiary account does not exist failed; Cashfree
  Payments' Transfer status: SUCCESS / Transfer successful successes, Transfer status: REVERSED - beneficiary bank
  returned the credit failed (the transfer came back, as heldout207's); a bulk record's Uploaded - awaiting release
  by the authoriser pending; a transfer screen's Paid / Transaction successful successes (heldout211); a fee page's
  Payment successful / Receipt generated / Payment received successes, *settled* (new here) as are Fee paid
  successfully and Payment confirmed - e-receipt issued, EPCH's Payment pending - confirmation from the gateway
  awaited pending, Transaction failed - property tax not received by SMC failed; an insurer's Premium received -
  policy issued / Payment successful - e-receipt sent successes, CHEQUE UNDER CLEARING - COVER STARTS ON REALISATION
  pending, Payment unsuccessful - premium not received, policy not issued failed; a slip's APPROVED / TXN APPROVED /
  SALE APPROVED (heldout207) successes, DECLINED - 54 EXPIRED CARD failed, HOST NOT REACHABLE - STATUS UNKNOWN, DO
  NOT RESWIPE pending; Bill paid successfully / Payment successful / Bill payment done successes, Payment pending -
  biller confirmation awaited, do not pay again pending, Bill payment failed - debited amount will be refunded
  within 7 days failed (the payment failed, whatever the refund); an SMS that says the transfer "has FAILED at the
  beneficiary bank; the amount is reversed to your A/c" failed (whatever the reversal), one that "is IN PROCESS -
  wait for credit confirmation before you retry" pending, a debit alert a success, whatever its bank's wording
  ("Your A/c XX1234 is debited by Rs.x on <day> through <way> to <payee>.", "A/c XX1234 debited INR x on <day> thru
  <way> to <payee>.", "INR x debited / A/c no. XX1234 / <day>, <time> / <way>/<ref>/<payee>", "YES BANK: INR x paid
  from A/c XX1234 to <payee> via <way> on <day>."); the e-mail's Transaction status: Success a success.
* date: the day paid (a UPI screen's Date & time / Paid on / Completed on, Initiated on on one not yet paid
  (heldout203), a payment page's Paid on / Payment date / Transaction time (heldout206), a marketplace's Settled on
  / Disbursement date (heldout207) / Transfer date / Deposit date (heldout162), Initiated on on the scheduled one
  and Failed on / Returned on on the returned one, a store's Payment date / Value date, Advice date (heldout198) /
  Date of advice (heldout206) on the hold, Returned on / Return date (heldout206), an inward advice's Value date /
  Date of credit (heldout207) / *settled* (new here) Credit date, Received on / Held on (heldout206) on the held one
  and Returned on / Date of return on the returned one, a receipt's, invoice's or voucher's Date / Dated / Receipt
  date / Invoice date / Voucher date / Paid on, a banking page's Value date / Executed on (heldout207) / Transaction
  date, Created on on the one awaiting release, *settled* (new here) Saved on, Rejected on / Failed on, Cashfree
  Payments' Processed on / Transfer date / Reversed on / Failed on, a bulk record's Uploaded on / Submitted on
  (heldout206), a fee page's Payment date / Date of payment / Receipt date / Transaction date / Challan date
  (heldout176) and EPCH's Initiated on on the pending one, an insurer's Receipt date / Premium paid on / Date of
  receipt, Cheque received on (heldout204) on the cheque in clearing, Transaction date / Attempted on (heldout206)
  on the failed one, a slip's DATE: / DT: / TXN DATE: / DATE/TIME:, Paid on / Transaction date & time (the latter
  alone on a bill not paid), KPDCL's Payment date / Date of payment, the SMS's day, the e-mail alert's Transaction
  date / Value date). *settled*: never a Bill month, a Due date, a Cheque date (heldout198), a Period of insurance
  (heldout199), an invoice number's financial year or an e-mail's hour; never a marketplace's Settlement period
  (heldout207), a bulk File name's day or the day inside a UTR (heldout210); *settled* (new here) never the
  financial year in a property tax head.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a marketplace's NEFT
  (heldout162), a store's NEFT / RTGS / IMPS, Cashfree Payments' IMPS (heldout207), a bulk record's NEFT, a Bharat
  Connect bill from a Current A/c (*settled* (new here) here in mPay Delight+), a fee, a premium or KPDCL paid by
  Net banking, an e-mail alert's Channel, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a
  receipt's, a voucher's, an invoice's, Cashfree Payments', a fee's, a premium's or a bill's UPI, an SMS's UPI; card
  on slips, a payment page's credit card, a receipt's Card / Card (POS) / *settled* (new here) Paid by card (swipe),
  a fee, a premium or KPDCL paid by Debit card; cheque for a cheque received, bounced or returned and a premium paid
  by Cheque (heldout203); cash for a cash receipt, memo or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout211): a UPI reference /
  UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref. No., UPI Ref No., UPI Ref No, UPI Reference No., UTR, UTR
  No., NEFT UTR (heldout179), RTGS UTR No. (heldout204), Bank UTR (heldout186), IMPS Ref No., *settled* (new here)
  Amazon Pay's Bank reference No. (UTR) (as heldout176's Bank reference (UTR)), CCAvenue's and Easebuzz's Bank Ref.
  No. / Bank Ref No. on a UPI payment (as PayU's and Easebuzz's, heldout199, heldout203), Cashfree Payments' UTR, a
  slip's RRN: / REF NO: (heldout203) / RRN NO: (heldout200), an SMS's UTR / UPI Ref / IMPS Ref and *settled* (new
  here) the reference in Axis Bank's "<way>/<ref>/<payee>"), then a bank reference (an inward advice's IRM No. /
  Inward ref. No. / Our reference (heldout155, heldout190), a banking page's Host ref. No. (heldout207) / *settled*
  (new here) Reference No., a bulk record's Bank reference No. (heldout202), a fee page's Bank Ref No., an insurer's
  Bank Ref No., Bharat Connect Ref. No. / B-Connect Txn ID / Bharat Connect Txn ID (heldout204)), then a transaction
  / payment id (Google transaction ID, PhonePe's, Paytm's and Amazon Pay's own Transaction ID (heldout207),
  CCAvenue's Tracking ID (heldout118), Easebuzz's Easepay ID (heldout116), a marketplace's Settlement ID / Payment
  reference (heldout162) / Etsy's Deposit ID (heldout207) / *settled* (new here) iTokri's Payout ID, Cashfree
  Payments' Reference ID (heldout186), a fee page's Transaction ID / Transaction ref. No. and EPCH's Payment ID (as
  heldout210's CEPC), an insurer's Payment ref. No. / Transaction No. (heldout204), KPDCL's Transaction ID, a failed
  Bharat Connect page's Transaction ID), then an approval code (Auth code, a slip's AUTH CODE: / APPR CODE: / AUTH
  ID: (heldout207)), then an order's number (CCAvenue's Order No. (heldout118), *settled* (new here) Easebuzz's
  Merchant order ID, Cashfree Payments' Transfer ID (heldout199, heldout204)), then a document's own number (a
  store's Payment advice No. / Payment document No. (heldout207), Cash Memo No. / Receipt No. / Memo No. / M.R. No.
  (heldout204) on a receipt, Tax Invoice No. / Invoice No. / Bill No., Voucher No. / Vr. No. / Slip No.
  (heldout210), a fee page's Receipt No. / e-Receipt No. (heldout211), *settled* (new here) the Fire and Emergency
  Services' Challan No. (as heldout211's Fire Service), Premium receipt No. / Receipt No., KPDCL's Receipt No., a
  slip's INVOICE NO: / BILL NO: / INV NO:). *settled*: never a UETR, the orders or bills listed on a payout or an
  advice, a Seller ID or Etsy Shop (heldout207), a Vendor code, a PO No., an Export invoice No., a Shipping bill
  No., a Purpose code, MID, TID, BATCH NO, STAN:, a card, account or mobile number, a UPI ID, IFSC, GSTIN, a cheque
  number, Maker / Checker (so never Initiator / Authoriser), a Beneficiary nickname (heldout190), a bulk upload's
  Record No. or File name, Cashfree's Bene ID (heldout207) or Bank account / VPA (heldout204), a Registration No., a
  Licence No., an Application ID, a Membership No. or RCMC No. (heldout206), a Policy No. / Proposal No., a consumer
  number (here Consumer ID, Account No., LPG ID, Mobile No.), a Vehicle No. (heldout205), a Supplier code or a
  Property ID (heldout210), a slip's ROOM NO: (heldout203) or NOZZLE NO: (heldout207). *settled* (new here): never
  an Exporter registration No., a Karigar card No. or a Lot No.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout212_families import (
    artisan_pay,
    bank_alerts,
    buyer_payouts,
    buyer_wires,
    card_slips,
    compose,
    govt_fees,
    insurer_receipts,
    own_receipts,
    supplier_invoices,
    tourist_upi,
    utility_bills,
    vendor_transfers,
)

SPLIT = "heldout212"

FAMILIES: list[Family] = [
    ("tourist_upi", tourist_upi, SCREEN_FACES),
    ("buyer_payouts", buyer_payouts, PAGE_FACES),
    ("buyer_wires", buyer_wires, PAGE_FACES),
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


def make_heldout212_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout212 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
