"""heldout216: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a fly-ash and clay brick maker's day in 2026 near Bihta, Patna district, Bihar (Kanak
Bhumi Bricks Pvt Ltd, its zig-zag clay brick kiln, Kanak Eent Bhatta, at village Amhara, its fly ash brick plant,
Kanak Fly Ash Bricks, in the BIADA industrial area, Bihta, and its sales yard, Kanak Brick Depot, on the
Bihta-Danapur road), told by the proofs of payment it receives (builders', contractors' and house-builders' UPI
screens and the yard's Paytm and PhonePe payment gateway pages, builders', road and building contractors' and
Infra.Market's payment advices for the bricks sent to their sites, Bihari workers in Dubai, Riyadh, Doha, Kuala
Lumpur, Singapore and Houston paying for the bricks of their families' houses, a Birgunj builder's advance for fly
ash bricks and a London trust's kiln retrofit grant by inward wires in UAE dirhams, Saudi riyals, Qatari riyals, US
dollars, Malaysian ringgit, pounds and Singapore dollars, its own money receipts, cash memos, booking advances and
rora and jhama sales at the kiln gate, builders' cards on its terminals) and those it makes (the coal trader's, the
Sone sand supplier's, the fly ash carrier's, the lime and gypsum works' and the earthmover's tax invoices, the
net-banking transfers to the tractor transporter, the JCB owner, the chimney mason, the tarpaulin shop, the
weighbridge firm, the tipper owner, the tractor mechanic and the borewell firm, the moulders' (pathera), firemen's
(jalai mistri) and loaders' (nikasi) vouchers paid per thousand bricks less their advances (peshgi) and khuraki,
their Cashfree Payouts, a sardar's peshgi by PhonePe and a fireman's advance by Paytm, the Mines and Geology
Department's brick earth royalty challans through OGRAS, the Bihar State Pollution Control Board's, Nagar Parishad
Bihta's, the Labour Resources Department's, the Revenue and Land Reforms Department's and Legal Metrology's pages,
the insurers' premium receipts for the kiln sheds and brick stock, the yard's liability, the kiln workers, the wage
cash in transit, the JCB, the moulders and firemen, the bricks on the road and the fly ash brick press, its card at
a filling station, a tyre shop, a hardware shop and an auto parts shop, SBPDCL's power and the fibre, postpaid,
landline and FASTag bills, the bank's SMS and e-mail alerts). One payment per page. Each family: six successes, one
failure, one wait; one page prints no transaction id and one no day (truth None for those fields).

* ``buyer_upi``: six UPI app screens (PhonePe, Google Pay, BHIM, WhatsApp Payments, Paytm, super.money) paying the
  depot, the fly ash plant or the company and two of the yard's payment gateway pages (Paytm Payment Gateway,
  PhonePe Payment Gateway; browser).
* ``builder_advices``: builders', road and building contractors' and Infra.Market's PAYMENT ADVICE / SUPPLIER
  PAYMENT ADVICE / Remittance advice - bricks (e-mail, printed, supplier portal).
* ``nri_wires``: eight banks' inward remittance advices (INWARD REMITTANCE - CREDIT ADVICE / Foreign inward
  remittance advice / Advice of SWIFT inward credit; browser, e-mail, printed).
* ``own_receipts``: the depot's MONEY RECEIPT / CASH MEMO / ADVANCE RECEIPT - EENT BOOKING, the kiln's RECEIPT -
  RORA & JHAMA SALE / KILN GATE SALE RECEIPT and the fly ash plant's MONEY RECEIPT - FLY ASH BRICKS / CASH MEMO
  (paper, rubber stamp), and the depot's payment acknowledgement e-mails.
* ``supplier_invoices``: the coal, sand, fly ash carriage, lime and gypsum and earthmoving suppliers' TAX INVOICE /
  TAX INVOICE (ORIGINAL FOR RECIPIENT) / TAX INVOICE CUM RECEIPT with the payment block and a rubber stamp (paper,
  serif).
* ``vendor_transfers``: corporate net banking's transaction pages (BOI StarConnect, Canara Corporate Net Banking,
  Cent Corporate Internet Banking).
* ``worker_pay``: the kiln's printed PATHERA PAYMENT VOUCHER - RATE PER THOUSAND / PATHERA WEEKLY MAZDOORI VOUCHER /
  MOULDING WAGES - HISAB VOUCHER (PATHERA) / JALAI MISTRI PAYMENT VOUCHER / NIKASI & LOADING MAZDOORI VOUCHER,
  Cashfree Payouts' transfer pages, a PhonePe and a Paytm screen.
* ``govt_fees``: OGRAS Bihar's challan pages for the Mines and Geology Department's brick earth royalty, the Bihar
  State Pollution Control Board's OCMMS consent fee receipt, Nagar Parishad Bihta's trade licence and holding tax
  pages, the Labour Resources Department's registration receipt under the OSH Code, Bihar Bhumi's land rent (lagan)
  receipt and Legal Metrology's weighbridge verification fee receipt (browser).
* ``insurer_receipts``: insurers' PREMIUM RECEIPT / Premium payment acknowledgement / RECEIPT (browser, e-mail,
  printed).
* ``card_slips``: card terminal slips (monospace).
* ``utility_bills``: Bharat Connect in banking apps (Union Vyom, BOI Omni Neo) and UPI apps (PhonePe, Paytm, Google
  Pay) and SBPDCL's own receipt page.
* ``bank_alerts``: the bank's SMS alerts in each bank's own wording (SBI, PNB, Bank of India, Union Bank of India)
  and two e-mail debit alerts.

The families' docstrings list each layout's labels.

Truth conventions (heldout211's, heldout210's, heldout207's, heldout206's, heldout203's, heldout194's, heldout179's
and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To /
  Sent to / Payment to / Paying to (heldout206) (here the depot, Kanak Brick Depot or KANAK BRICK DEPOT, the fly ash
  plant, Kanak Fly Ash Bricks or KANAK FLY ASH BRICKS, or the company's KANAK BHUMI BRICKS PVT LTD, as printed),
  never the UPI ID or the app (*settled* (new here) WhatsApp Payments and super.money alike), nor the Banking name
  line under the UPI ID (heldout207); a payment gateway page's payee on top (here the depot or the company, full or
  short as printed), never Customer name / Paid by / Payer name (heldout208, heldout213), the Order details /
  Purpose or the gateway's footer (*settled* (new here) Paytm Payment Gateway, PhonePe Payment Gateway). *settled*
  (heldout167, heldout175, heldout179, heldout186, heldout202 to heldout207, heldout210): a payer's payment advice
  (here a builder's, a road or building contractor's or Infra.Market's) pays the company under its payee label,
  Supplier name (heldout162, heldout207's Supplier), *settled* (new here) or Payee (supplier) / Vendor / payee (the
  company, full, capital or short as printed), never the payer on top (on Infra.Market's portal Infra.Market or
  Hella Infra Market Pvt Ltd), its desk line, the Vendor code / Supplier code, the Work order No. / PO No.,
  *settled* (new here) the Site, the challans listed or the Vendor bank A/c. *settled* (heldout155, heldout167,
  heldout190, heldout203, heldout207, heldout210, heldout211): a bank's inward remittance advice pays the company
  under Beneficiary name, Credit account name (heldout197's, here on a wire) or *settled* (new here) Beneficiary
  (payee), never the bank on top, its forex desk line, the Remitting party / By order of (heldout214) (the worker
  abroad, the Birgunj builder or the trust) or the Remitting bank. *settled* (heldout175, heldout179, heldout190,
  heldout203, heldout207, heldout211): the company's own receipt pays the trade name on top where that is on top, so
  the depot's receipt pays Kanak Brick Depot, *settled* (new here) the kiln's rora and jhama receipt Kanak Eent
  Bhatta and the plant's Kanak Fly Ash Bricks (capitals where so printed), never the "A unit of" company line under
  it (heldout190), the party under Received from / Party / Buyer, the bricks' line, the signature line (For ... -
  Munshi) or the rubber stamp; the depot's e-mail likewise. A supplier's name on top of its own paper (capitals
  where so printed), never M/s the company under Bill to party (heldout214) / Billed to / Buyer / *settled* (new
  here) Recipient (bill to), nor the kiln or the plant under Ship to (heldout215). *settled* (heldout179,
  heldout186, heldout202, heldout203, heldout207, heldout211): a corporate banking page pays the payee under
  Beneficiary account name (heldout214) / Credit party name (heldout202), *settled* (new here) or Payee
  (beneficiary), never the portal (BOI StarConnect, Canara Corporate Net Banking, Cent Corporate Internet Banking),
  the bank line, the Debit account or *settled* (new here) the Beneficiary short name (as heldout190's Beneficiary
  nickname). *settled* (heldout150, heldout161, heldout179, heldout203, heldout205, heldout207, heldout210,
  heldout211): a wage voucher pays the worker, *settled* (new here) and the kiln's per-thousand voucher the moulder,
  the fireman or the loader under Name of pathera / Paid to (mistri) beside Worker's name (heldout206) / Paid to
  (worker) (heldout200), never the company on top, the kiln's line under it, *settled* (new here) the Jodi No. /
  Worker card No., the Home village or the Through (sardar) line (the sardar who brought the gang); Cashfree
  Payouts' page the Beneficiary name / Beneficiary (heldout186, heldout204, heldout207), never Cashfree Payments on
  top, the company under it (Payouts - ...) or the Bene ID (heldout207); a transfer screen the payee under Paid to /
  To / Sent to (*settled* (new here) the sardar taking his gang's peshgi alike). *settled* (heldout153, heldout167,
  heldout194, heldout202, heldout203, heldout207, heldout211, new here for these): a fee page pays the authority on
  top as printed: OGRAS Bihar's challan the department (as heldout194's OGRAS page and heldout210's e-GRAS challan),
  *settled* (new here) Department of Mines and Geology, Government of Bihar / Mines and Geology Department, Bihar /
  MINES AND GEOLOGY DEPARTMENT, BIHAR; Bihar State Pollution Control Board / BSPCB (capitals where so printed);
  Nagar Parishad Bihta / NAGAR PARISHAD BIHTA; Labour Resources Department, Government of Bihar (heldout194's Labour
  Resources Department, Bihar) / Shram Sansadhan Vibhag, Bihar; Revenue and Land Reforms Department, Government of
  Bihar / REVENUE AND LAND REFORMS DEPARTMENT, BIHAR; Legal Metrology, Bihar / Controller of Legal Metrology, Bihar;
  never the line under it (the OGRAS line (heldout194), OCMMS, the Urban Development and Housing Department, the OSH
  Code, Bihar Bhumi, the Department of Food and Consumer Protection), the Name of depositor (heldout202), *settled*
  (new here) the Name of brick kiln, the Treasury, the Name of the industry, the Name of owner, the Name of trade,
  the Name of establishment, the Raiyat name or the Name of user. *settled* (heldout199, heldout202, heldout203,
  heldout206, heldout211): an insurer's premium receipt pays the insurer on top (its full name, capitals where so
  printed), never the product line, the office line or the Insured name / Name of proposer (heldout213) / *settled*
  (new here) Proposer / insured (the company). A slip's counter name line in capitals (here the depot, the company
  and the fly ash plant on four, a filling station, a tyre shop, a hardware shop and an auto parts shop on the
  rest), never the terminal's bank or brand (STATE BANK OF INDIA, BANK OF INDIA, UNION BANK OF INDIA, CANARA BANK,
  MOSAMBEE, PUNJAB NATIONAL BANK, YES BANK, PHONEPE POS) or the place line. A Bharat Connect page's biller under
  Biller / Biller name / Operator / Service provider (heldout194) / *settled* (new here) Paid to (biller) (short or
  long as printed), never the app (here also Union Vyom and BOI Omni Neo), Bharat Connect or the Customer name /
  Consumer name; SBPDCL's own receipt page the company on top (heldout194: SBPDCL, short, long or capital as
  printed), never the A Government of Bihar Undertaking line, *settled* (new here) the Subdivision or the Consumer
  name. An SMS alert's payee as the bank sends it ("to JHARIA COAL & COKE T": *settled*, the truncated name as
  printed), *settled* (new here) SBI's "trf to <payee>", PNB's "paid to <payee>", Bank of India's "Beneficiary:
  <payee>" and Union Bank's "to <payee>", never the bank or the sender id; the e-mail alert's Beneficiary account
  name (heldout194) / Paid to (heldout186), never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large. *settled*
  (heldout152, heldout186, heldout202 to heldout207, heldout210): a payer's advice counts its net sum, *settled*
  (new here) Net payment / Net amount credited / Amount transferred to vendor, Net amount to be paid on the hold and
  Net amount / Net payment on the return (the Gross bill value / Total of challans less Less: TDS u/s 194Q @ 0.1%
  and a Less: Breakage at site - n bricks @ rate, a Less: Short supply - n bricks @ rate or a Less: Retention @ 5%
  (till completion)), never a challan's sum, the Gross bill value / Total of challans, the TDS or a debit. *settled*
  (heldout155, heldout167, heldout190, heldout203, heldout207, heldout210, heldout211): an inward wire's foreign
  sum, Remitted amount (FCY) (heldout204) / FCY amount (heldout210), *settled* (new here) or Amount in foreign
  currency, in UAE dirhams (AED) and Saudi riyals (SAR), the code before or after the figure (heldout205), Qatari
  riyals (QAR) as QAR (heldout213), Singapore dollars (SGD or S$) as SGD (heldout207), US dollars, pounds and
  *settled* (new here for an inward wire) Malaysian ringgit (RM or MYR) as MYR, never the Rupee equivalent / INR
  value, the Charges deducted (incl. GST) or the Net amount credited (INR); its Rate applied (1 MYR = INR 19.62) is
  no sum. *settled* (heldout175, heldout179, heldout190, heldout203, heldout207, heldout211): a receipt counts the
  sum received even where it is part of the order or an advance on it, Cash received / Received by UPI / Received by
  NEFT / Received by card / Cheque amount (heldout186), Amount received in cash / UPI payment received / Amount
  received through NEFT (heldout206) / Received by cheque (heldout190), *settled* (new here) or Booking advance
  received / Balance received on delivery (the Bill amount / Total less the Less: Advance paid on booking) / Card
  swipe received, never the Order value / Bill amount / Total where less was received, the bricks' line (n nos @
  rate per thousand), the Delivery by tractor line, the GST @ 6% / 5%, the Less: Advance paid on booking or the
  Balance due / *settled* (new here) Balance on dispatch; *settled* (new here) a rora and jhama sale at the kiln
  gate counts the sum received for the trolleys and bricks with the GST. *settled* (heldout187, heldout191,
  heldout202, heldout203, heldout207, heldout211): a supplier's invoice counts the sum paid, where an advance is
  taken off (here *settled* (new here) Less: Advance adjusted (paid on order)) the *settled* (new here) Balance
  received through NEFT / RTGS, else Received through NEFT / RTGS (heldout202) / Settled by NEFT / RTGS
  (heldout213), Received via UPI (heldout207) / Paid through UPI (heldout211) (the rounded Invoice total with GST),
  or the Cheque received / *settled* (new here) Received by cheque, never the Taxable value, a line (tonnes, cft,
  bags or hours x rate) or the GST. A banking page's Debit amount (heldout207) / Amount transferred (heldout213),
  *settled* (new here) or Transfer value (INR). *settled* (heldout167, heldout202, heldout203, heldout206,
  heldout207, heldout211): a wage voucher's net sum, *settled* (new here) the kiln's Net paid to worker / Net amount
  paid in hand / Balance paid (the bricks passed for the kiln, fired or drawn and loaded, n @ rate per thousand,
  plus Add: Season bonus (full attendance) or Add: Night firing allowance n x rate, less Less: Peshgi (advance)
  recovered and Less: Khuraki paid (n weeks x rate)), never the Total mazdoori, the Green bricks moulded or the
  Less: rejected in drying count, a line or a deduction; Cashfree Payouts' and a transfer screen's sum large.
  *settled* (new here): OGRAS's Challan amount (heldout194) / Total amount (the Brick earth royalty instalment and a
  Late fee), never the royalty line; BSPCB's Total fee paid (the Water Act and Air Act fees, heldout190, heldout207,
  heldout211), never a head; Nagar Parishad Bihta's Total amount / Amount paid / Amount (the Trade licence fee -
  building material yard and the Licence processing fee, or the Holding tax, the Water tax and the Solid waste user
  charge less the Less: Rebate @ 5% (paid by 30 June) where printed), never a head or the rebate; the Labour
  Resources Department's Amount paid (the Registration fee, the same sum); the lagan receipt's Total amount paid
  (the Lagan and the Cess), never either; Legal Metrology's Total fee (the Verification fee - weighbridge and an
  Additional fee (late verification)), never a head. *settled* (heldout199, heldout202, heldout203, heldout206,
  heldout211): an insurer's premium with its GST, Premium paid (incl. GST) (heldout203), *settled* (new here) Total
  premium collected / Gross premium (incl. GST), the Cheque amount on the cheque not yet realised, Premium due
  (heldout213) / *settled* (new here) Total premium payable on the failed one, never the Basic premium, an add-on,
  the GST or the Sum insured / Limit of indemnity / Wages declared / Lives covered (heldout211) / Annual turnover
  declared (heldout210), *settled* (new here) nor the Cash in transit limit (per trip). A slip's SALE AMT:
  (heldout202) / AMOUNT: / TOTAL AMOUNT: (heldout207), *settled* (new here) or TXN AMOUNT:, never the RATE: or the
  VOLUME(L):. A Bharat Connect page's sum large; SBPDCL's Amount paid / Paid amount (heldout210). An alert's sum
  debited (*settled* (new here) SBI's "debited by Rs.x", PNB's "debited INR x", Bank of India's "debited for Rs.x",
  Union Bank's "Debited for Rs:x"; the e-mail's Debit amount (INR) (heldout207) / Transaction value (heldout213)),
  never the Avl Bal. Currency INR but on the wires.
* status: as printed. *settled* (new here): a UPI screen's Payment successful / Paid successfully (heldout204) /
  Payment sent successfully successes, Payment pending - awaiting confirmation from receiver's bank pending, Payment
  failed - UPI limit for the day exceeded failed; a payment gateway page's Payment successful / Paid - order
  confirmed successes. *settled* (new here): a payer's Status: Payment done / Paid to your account - please
  acknowledge successes, On hold - bricks at site under measurement by our engineer pending (a payer's hold, as
  heldout198's to heldout211's), Payment rejected by bank - account number not valid failed. *settled* (new here):
  an inward advice's Inward credit effected - e-FIRC can be downloaded / Status: Funds applied to beneficiary
  account successes, Kept in suspense - remitter's relationship and purpose awaited pending, Sent back to remitting
  bank - name of beneficiary does not tally failed. *settled* (heldout167, heldout179, heldout190, heldout203,
  heldout207, heldout211): a cheque received and not yet cleared pending, a cheque returned failed, so *settled*
  (new here) CHEQUE RECEIVED - DISPATCH AFTER CLEARANCE and CHEQUE IN CLEARING - RECEIPT SUBJECT TO REALISATION
  pending, CHEQUE RETURNED UNPAID - BOOKING CANCELLED and CHEQUE RETURNED UNPAID - ACCOUNT FROZEN failed; RECEIVED
  WITH THANKS, PAID, PAID BY NEFT / RTGS / UPI, PAID - THUMB IMPRESSION TAKEN (heldout207) successes, *settled* (new
  here) as are ADVANCE RECEIVED - BRICKS BOOKED, PAID - BRICKS DELIVERED AT SITE, PAYMENT RECEIVED - NOTHING DUE and
  PAID - HISAB CLEARED. *settled* (new here): a banking page's Transaction posted - beneficiary account credited /
  Status: Posted to beneficiary successes, Pending with authoriser - second approval due pending (keyed, not yet
  authorised, as heldout191's to heldout211's), Failed - beneficiary IFSC merged, account not found failed; Cashfree
  Payouts' SUCCESS / Transfer successful successes (heldout204), *settled* (new here) Transfer status: PENDING -
  bank confirmation awaited pending and Transfer status: REVERSED - account closed at beneficiary bank failed (the
  transfer came back, as heldout207's REVERSED); a transfer screen's Payment successful / Paid successfully / Money
  sent successes; a fee page's Payment successful / Challan paid successfully (heldout203) / Fee received / Payment
  received successes, *settled* (new here) OGRAS's Challan generated - awaiting scroll from bank, do not pay twice
  pending (the challan made, its money not yet confirmed), Transaction failed - amount not credited to Nagar
  Parishad failed; an insurer's Premium received - policy issued and e-mailed / Receipt issued - premium realised
  successes, CHEQUE UNDER CLEARING - RISK COVERED FROM REALISATION pending (as heldout211's cover from realisation),
  Transaction unsuccessful - policy not generated failed; a slip's APPROVED / TXN APPROVED / APPROVED - PIN OK
  successes, DECLINED - 61 EXCEEDS WITHDRAWAL LIMIT failed, NO REPLY FROM BANK - STATUS UNKNOWN, DO NOT RETRY
  pending; Bill paid successfully / Payment successful / FASTag wallet recharged successes, Sent to biller -
  confirmation in up to 3 working days pending, Payment failed - any amount debited will be refunded within 7 days
  failed (the payment failed, whatever the refund); an SMS that says the transfer "was SENT BACK by the beneficiary
  bank; money credited back to your A/c" failed (whatever the credit back), one that "is QUEUED with the beneficiary
  bank; do not send it again" pending, a debit alert a success, whatever its bank's wording ("Dear Customer, A/C
  X1234 debited by Rs.x on <day> trf to <payee> via <way>.", "A/c XX1234 debited INR x on <day> thru <way>; paid to
  <payee>.", "BOI: Your A/c XX1234 is debited for Rs.x on <day> (<way>). Beneficiary: <payee>.", "A/c *1234 Debited
  for Rs:x on <day> by <way> to <payee>."); the e-mail's Status: Debited (heldout207) a success.
* date: the day paid (a UPI screen's Date & time / Paid on / Completed on, Initiated on on one not yet paid
  (heldout203) or refused, a payment page's Paid on / Payment date / Transaction time (heldout206), a payer's
  Payment date / Value date / Remittance date (heldout179's remittance), Advice date (heldout198) / Prepared on
  (heldout207) on the hold and Returned on / Date of return (heldout207) on the return, an inward advice's Value
  date / Credited on / *settled* (new here) Funds applied on, Received on (heldout167) / *settled* (new here) Kept
  in suspense since on the held one and Returned on / Sent back on (heldout213) on the returned one, a receipt's,
  invoice's or voucher's Date / Dated / Receipt date / Invoice date / Voucher date / Paid on, a banking page's Value
  date / Executed on (heldout207) / Posted on (heldout213), Created on / Initiated on on the one awaiting its
  authoriser, Failed on / Rejected on, Cashfree Payouts' Processed on / Transfer date / Reversed on (heldout204) and
  *settled* (new here) Initiated on on the pending one, OGRAS's Date of deposit / Payment date / Challan date
  (heldout176; the Challan date alone on the pending one), a fee page's Payment date / Date of payment / Receipt
  date, Nagar Parishad's Transaction date on the failed one, an insurer's Receipt date / Premium paid on / Date of
  receipt and the failed one's Transaction date / Attempted on, a slip's DATE: / TXN DATE: / DATE/TIME:, Paid on /
  Transaction date & time (the latter alone on a bill not paid), SBPDCL's Payment date / Date of payment, the SMS's
  day, the e-mail alert's Transaction date / Value date). *settled*: never a Bill month, a Due date, a Cheque date
  (heldout198), a Period of insurance (heldout199), an invoice number's financial year, an e-mail's hour or the day
  inside a UTR or a Bank CIN (heldout210); *settled* (new here) never a supplier's Work period, the royalty's or the
  lagan's year (26-27) or the Holding tax year.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT / RTGS /
  IMPS, a payment page's Net banking, Cashfree Payouts' IMPS, a Bharat Connect bill from a Current A/c (here in
  Union Vyom and BOI Omni Neo), a fee, a premium or SBPDCL paid by Net banking, an e-mail alert's Channel, an SMS's
  NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a receipt's, a voucher's, an invoice's, Cashfree Payouts',
  a fee's, a premium's or a bill's UPI, an SMS's UPI; card on slips, a payment page's debit card, a receipt's Card
  (POS), a fee, a premium or SBPDCL paid by Debit card; cheque for a cheque received, in clearing or returned and a
  premium paid by Cheque (heldout203); cash for a cash receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout211): a UPI reference /
  UTR / RRN / IMPS reference (UTR, UTR No., NEFT UTR, RTGS UTR No. (heldout204), UPI Ref. No., UPI Ref No, UPI Ref
  No., UPI Reference No., UPI transaction ID, IMPS Ref No., *settled* (new here) Paytm Payment Gateway's Bank Txn ID
  and PhonePe Payment Gateway's UTR on a UPI payment (as Razorpay's UPI RRN and PayU's Bank Ref No., heldout199), a
  slip's RRN: / RRN NO: (heldout200) / RET REF NO: (heldout203), an SMS's UTR / UPI Ref / IMPS Ref), then a bank
  reference (an inward advice's IRM No. (heldout210) / Inward ref. No. / *settled* (new here) Inward reference, a
  banking page's Host reference No. (heldout207) / Bank reference No. (heldout210), a payment page's Bank Ref No. on
  net banking, OGRAS's Bank CIN (heldout194), a fee page's Bank Ref No., an insurer's Bank Ref. No., Bharat Connect
  Ref. No. / BBPS Ref ID / B-Connect Txn ID), then a transaction / payment id (*settled* (new here) Paytm Payment
  Gateway's Transaction ID and PhonePe Payment Gateway's Transaction ID OM..., PhonePe's and Paytm's own Transaction
  ID, Google Pay's Google transaction ID, Cashfree Payouts' Reference ID (heldout186), the Pollution Control Board's
  Transaction ref. No. (heldout207), *settled* (new here) Nagar Parishad Bihta's, the Labour Resources Department's,
  the lagan receipt's and Legal Metrology's Transaction ID, an insurer's Transaction ref. No. / Payment ID, SBPDCL's
  Transaction ID, a failed Bharat Connect page's Transaction ID), then an approval code (Auth code, Approval code, a
  slip's APPR CODE: / AUTH CODE:), then an order's number (*settled* (new here) Paytm Payment Gateway's Order ID and
  PhonePe Payment Gateway's Merchant order ID, as Razorpay's Order ID, heldout202), then a document's own number (a
  payer's Advice No. (heldout204) / Payment voucher No. (heldout210), Receipt No. / M.R. No. (heldout204) / Memo No.
  (heldout186) / *settled* (new here) Rasid No. on a receipt, Voucher No. / Vr. No. / Parchi No. (heldout207) on a
  voucher, Invoice No. / Tax Invoice No. / Bill No., OGRAS's GRN (heldout188, heldout194), a fee page's Receipt No.,
  *settled* (new here) the lagan receipt's Lagan receipt No., Receipt No. / Premium receipt No., SBPDCL's Receipt
  No., a slip's INVOICE NO: / BILL NO: / INV NO:). *settled*: never a UETR, the challans listed on an advice, a
  Vendor code / Supplier code, a Work order No. / PO No. (heldout204), MID, TID, BATCH NO, a card, account or mobile
  number, a UPI ID, GSTIN, IFSC, a cheque number, Maker / Checker (so never Initiated by / Authorised by,
  heldout210), a Purpose code, an E-way bill No. or a Vehicle No. (heldout205, heldout210), a Head of account
  (heldout210), an Application ID, a Registration No., a Holding No., a Policy No. / Proposal No., Cashfree's Bene
  ID (heldout207), a consumer number (here CA Number, Account No., Mobile No., Telephone No.), a slip's TRACE NO:
  (heldout203) or NOZZLE NO: (heldout207). *settled* (new here): never a Kiln registration No., a Khata No. / Khesra
  No., a Mauza / Thana No., a Ward No., a Weighbridge's Sr. No., a Jodi No. / Worker card No. or a FASTag's Vehicle
  No.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout216_families import (
    bank_alerts,
    builder_advices,
    buyer_upi,
    card_slips,
    compose,
    govt_fees,
    insurer_receipts,
    nri_wires,
    own_receipts,
    supplier_invoices,
    utility_bills,
    vendor_transfers,
    worker_pay,
)

SPLIT = "heldout216"

FAMILIES: list[Family] = [
    ("buyer_upi", buyer_upi, SCREEN_FACES),
    ("builder_advices", builder_advices, PAGE_FACES),
    ("nri_wires", nri_wires, PAGE_FACES),
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


def make_heldout216_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout216 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
