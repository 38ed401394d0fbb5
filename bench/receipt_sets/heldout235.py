"""heldout235: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Bhuj bandhani tie-dye and ajrakh textile house's day in 2026 in Kutch, Gujarat
(Sindhurang Textiles Pvt Ltd, its dyeing and printing unit at Ajrakhpur, Sindhurang Ajrakh Print Works, where
the cotton mulmul and the gajji silk are mordanted with harde and alum, block printed, resist pasted with
dabu, dyed in the indigo and madder vats and washed, and where the bandhani is handed out to the home tiers
of Ajrakhpur, Mundra, Bhujodi and Kera and taken back tied, and its sales shop in the Bhuj old market,
Sindhurang Bandhani Bhandar on Vaniyawad, where the shoppers, the brides' families, the craft stalls and the
boutiques buy), told by the proofs of payment it receives (shoppers', brides' families', craft stalls' and
boutiques' UPI screens and the shop's Cashfree and Instamojo pages, a Mumbai, a New Delhi, a Jaipur, a
Bengaluru, an Ahmedabad, a Kolkata and a Panaji craft house's and the Gujarat State Handicrafts Development
Corporation's payment intimations, craft importers' inward wires from Santa Fe, Amsterdam, Leicester,
Fitzroy, Zurich, Dubai, Auckland and Singapore in US dollars, euros, pounds, Australian dollars, Swiss
francs, UAE dirhams, New Zealand dollars and Singapore dollars, the shop's retail invoices, the accounts
desk's receipts for a bride's family's gharchola advance and a Hyderabad shopper's order, the print works'
receipts for mordanted cloth sold to a block printer, for indigo cake sold to a printers' group and for
printed cuttings (katran) sold by the kilo to a quilt makers' group, cards on the shop's, the company's and
the print works' terminals) and those it makes (the Ahmedabad greige cloth trader's, the Tirunelveli natural
indigo works', the Anjar alum and mordant supplier's, the Pethapur block carvers' and the Bhiwandi packaging
maker's tax invoices, the net-banking transfers to the parcel service, the effluent services firm, the water
tanker supplier, the boiler service firm, the shop's landlord, the catalogue studio, the security agency and
the electrician, the tiers' tying wage vouchers and the block printer's, dyer's and washer's wage slips,
Easebuzz payouts to a tier and a dabu printer and a PhonePe and a bob World payment to two tiers, Bhuj
Nagarpalika's property tax and shop registration renewal, the Gujarat Labour Welfare Board's contribution,
the Gujarat Pollution Control Board's consent fee, EPCH's membership renewal, Legal Metrology's verification
of the dye balances and the cloth measuring table, the Geographical Indications Registry's authorised user
application fee for Kachchh Ajrakh and the Ports and Transport Department's Vahan tax, the insurers' premium
receipts for the print works and its stock, the shop's stock, the parcels on the road, the workers' health,
the wages carried to the tiers' villages, the pick-up van, the home tiers and the blocks, vats and tables
at the printers' homes, its card at a filling station on NH-41, an Ahmedabad hotel in the craft fair week,
a hardware shop and a highway dabeli stall, PGVCL's power and the fibre, landline, postpaid and DTH bills,
the banks' SMS and e-mail alerts). One payment per page. Each family: six successes, one failure, one wait;
one page prints no transaction id and one no day (truth None for those fields).

* ``buyer_upi``: six UPI app screens (PhonePe, BHIM, bob World, Paytm, Slice, Navi) paying the shop or the
  company, the payee block above the sum on some and the day first under the rule, and two of the shop's
  payment pages (Cashfree, Instamojo), the sum above the status and the day above the buyer.
* ``buyer_advices``: the craft houses' and the Gujarat State Handicrafts Development Corporation's VENDOR
  PAYMENT INTIMATION - CRAFT PURCHASES / STATEMENT OF PAYMENT TO ARTISAN SUPPLIER / Remittance note to vendor
  (e-mail, printed, vendor portal), the Vendor code and GRN No. above the payee and the payment block above
  the bills.
* ``export_wires``: eight banks' inward remittance advices (FOREIGN INWARD REMITTANCE ADVICE - EXPORTER COPY
  / Intimation of export proceeds - SWIFT credit / Inward remittance - beneficiary credit note; browser,
  e-mail, printed), the day and the remitter's block first, the status at the foot.
* ``own_receipts``: the shop's RETAIL INVOICE - BANDHANI AND AJRAKH / COUNTER BILL - VANIYAWAD SHOP, the
  print works' MONEY RECEIPT - MORDANTED CLOTH / CASH MEMO - PRINT WORKS / MONEY RECEIPT - INDIGO CAKE SALE /
  MONEY RECEIPT - KATRAN SOLD BY WEIGHT / SALE MEMO - CLOTH CUTTINGS (paper, rubber stamp), the number and the
  day above the party, and the accounts desk's Receipt of payment - thank you e-mails.
* ``supplier_invoices``: the greige cloth, indigo, mordant, block and packaging suppliers' TAX INVOICE
  (ORIGINAL FOR RECIPIENT) / INVOICE - TAX PAID GOODS / B2B TAX INVOICE with the payment block and a rubber
  stamp (paper, serif), the day above the invoice number.
* ``vendor_transfers``: corporate net banking's payment pages (bob World Business, Kotak Fyn, Union Digital
  Corporate), the references above the payee, the day and the status at the foot.
* ``worker_pay``: printed BANDHANI TYING WAGES - PER THOUSAND KNOTS / BANDHEJ BANDHAI VOUCHER (HOME WORK) /
  BLOCK PRINTING WAGES - PER METRE / CHHAPAI MAJURI VOUCHER / DYEING WAGES - PER VAT BATCH / RANGAI MAJURI
  SLIP / WASHING AND DRYING WAGES - PER PIECE / DHULAI MAJURI VOUCHER, the payee first, Easebuzz's payout
  pages, a PhonePe and a bob World screen.
* ``govt_fees``: Bhuj Nagarpalika's property tax and shop registration renewal pages (ENagar Gujarat, the
  status at the foot), the Gujarat Labour Welfare Board's contribution, the Gujarat Pollution Control Board's
  consent fee (XGN), EPCH's membership renewal, Legal Metrology's verification fee, the Geographical
  Indications Registry's authorised user application fee and the Ports and Transport Department's Vahan tax
  page (browser).
* ``insurer_receipts``: insurers' PREMIUM RECEIPT - CUSTOMER COPY / Acknowledgement of premium / CASH /
  CHEQUE / ONLINE RECEIPT (browser, e-mail, printed at the branch), the status under the sum.
* ``card_slips``: card terminal slips (monospace).
* ``utility_bills``: Bharat Connect in bob World and UPI apps (Paytm, Amazon Pay, PhonePe, Google Pay,
  MobiKwik), the sum above the status, and PGVCL's own online payment receipt, the status at the foot.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Bank of Baroda, Union Bank of India, Bhuj
  Mercantile Co-operative Bank, Kotak Mahindra Bank's UPI) and two e-mail debit alerts (Federal Bank, IDFC
  FIRST Bank), the sum above the payee.

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout223's, heldout227's and heldout231's.

Truth conventions (heldout231's, heldout227's, heldout226's, heldout225's, heldout224's, heldout223's,
heldout222's, heldout219's, heldout215's, heldout211's, heldout210's, heldout207's, heldout206's,
heldout204's, heldout203's, heldout190's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Sent to / Paying to (heldout206), *settled* (new here) Payee or Amount paid to (here the shop, Sindhurang
  Bandhani Bhandar / SINDHURANG BANDHANI BHANDAR, the company's capitals, SINDHURANG TEXTILES PVT LTD, or its
  short name, Sindhurang Textiles, as printed), whether the payee block stands above the sum or under it,
  never the UPI ID or the app, nor the Banking name (heldout207) / Bank account name (heldout225) line under
  the UPI ID or *settled* (new here) the Registered name / Name at bank line there; a payment page's payee on
  top (here the shop or the company), never Paid by (heldout206) / Billing name (heldout193), *settled* (new
  here) the Customer name / Buyer or the Item / Purpose of payment, or the gateway's footer (*settled* (new
  here) Powered by Cashfree Payments, Payments processed by Instamojo). *settled* (heldout167, heldout175,
  heldout179, heldout190, heldout202 to heldout231): a payer's payment advice pays the one it pays, never the
  payer on top; here a craft house's or the Corporation's intimation pays the company under *settled* (new
  here) Vendor name / Paid to (vendor) / Name of artisan supplier / Remitted to / Payment credited to (its
  full, capital or short name as printed), printed under the Vendor code and the GRN No. or not, never the
  payer on top (the craft houses, the Gujarat State Handicrafts Development Corporation Ltd), its desk line,
  the Vendor code (heldout210), *settled* (new here) the GRN No. (as heldout231's Goods inward No.) or the
  Vendor bank A/c (as heldout223's Supplier bank A/c). *settled* (heldout155, heldout167, heldout190,
  heldout203 to heldout231): a bank's inward remittance advice pays the company under Name of beneficiary
  (heldout210), *settled* (new here) Beneficiary / Exporter (beneficiary) / Credited to customer, never the
  bank on top, its forex desk line, the remitter (*settled* (new here) Remitter / Overseas remitter, the
  importer abroad), the Sender's bank (heldout155) or *settled* (new here) the Remitting bank or the
  Intermediary bank (as heldout231's Correspondent bank), printed above the beneficiary or not. *settled*
  (heldout175, heldout179, heldout190, heldout203 to heldout231): the company's own receipt pays the trade name
  on top where that is on top, so *settled* (new here) the shop's retail invoices pay Sindhurang Bandhani
  Bhandar and the print works' receipts Sindhurang Ajrakh Print Works (capitals where so printed), and a
  receipt with the company on top the company, never the "A unit of" company line under it (heldout190), the
  party under Received from, *settled* (new here) Customer or Sold to, printed after the number and the day
  or not, the goods' line, the signature line or the rubber stamp; *settled* (new here) the print works'
  receipts for mordanted cloth sold to a block printer, for indigo cake sold to a printers' group and for
  cuttings sold by the kilo to a quilt makers' group alike (the print works, never the buyer, as heldout231's
  used zari); the accounts desk's e-mail pays the company on top (its full, capital or short name as printed,
  heldout219). A supplier's name on top of its own paper (capitals where so printed), never M/s the company
  under *settled* (new here) Billed to / Recipient / Bill to party (as heldout195's Details of receiver
  (billed to)), nor the print works under *settled* (new here) Shipped to (as heldout194's Consignee (ship
  to)). *settled* (heldout179, heldout186, heldout202, heldout203, heldout207 to heldout231): a corporate
  banking page pays the payee under Beneficiary name (heldout211), *settled* (new here) Beneficiary /
  Paid to / Payee name / Credit party name, printed under the references or not, never the portal (bob
  World Business, Kotak Fyn, Union Digital Corporate), the bank line, *settled* (new here) the From account
  (as the Debit account) or the Short name (as heldout231's Nick name). *settled* (heldout150, heldout161,
  heldout179, heldout203 to heldout231): a wage voucher pays the worker, *settled* (new here) a tier under
  Name of tier / Wages paid to (tier), a printer under Name of printer / Wages paid to (printer), a dyer under
  Name of dyer / Wages paid to (dyer) and a washer under Name of washer / Wages paid to (washer), printed
  first under the heading, never the company on top, the print works' line under it, the Work, the Village or
  *settled* (new here) the Card No. or the Design code; *settled* (new here) Easebuzz's payout page the
  Beneficiary / Payee name (as heldout231's Zwitch), never Easebuzz on top, the company under it (Payouts -
  ...), the Beneficiary code (as heldout173's Beneficiary ID), the Bank account or the UPI ID; a transfer
  screen the payee under Paid to / Sent to. *settled* (heldout153, heldout167, heldout182, heldout202 to
  heldout231): a fee page pays the authority on top as printed, *settled* (new here for Gujarat) Bhuj
  Nagarpalika / BHUJ NAGARPALIKA on both its pages; Gujarat Labour Welfare Board / GUJARAT LABOUR WELFARE
  BOARD; Gujarat Pollution Control Board / GUJARAT POLLUTION CONTROL BOARD; Export Promotion Council for
  Handicrafts / EPCH (heldout214); Legal Metrology, Gujarat State / Controller of Legal Metrology, Gujarat;
  Geographical Indications Registry / GEOGRAPHICAL INDICATIONS REGISTRY (heldout231); Ports and Transport
  Department, Government of Gujarat / Transport Department, Gujarat on the Vahan receipt (as heldout227's and
  heldout231's); never the line under it (ENagar Gujarat, the Labour, Skill Development and Employment
  Department, XGN - Extended Green Node, the Ministry of Textiles, Government of Gujarat, Intellectual
  Property India, Vahan or the Ministry of Road Transport & Highways), *settled* (new here) the Name of owner /
  occupier, Name of shop, Name of employer, Name of industry, Name of member exporter, Name of trader, Name of
  applicant or Registered owner. *settled* (heldout199, heldout202 to heldout231): an insurer's premium
  receipt pays the insurer on top (its full name, capitals where so printed; *settled* (new here) The New
  India Assurance Co. Ltd's, IFFCO Tokio General Insurance Co. Ltd's, The Oriental Insurance Co. Ltd's, Niva
  Bupa Health Insurance Co. Ltd's, Zuno General Insurance Ltd's, Reliance General Insurance Co. Ltd's, Kshema
  General Insurance Ltd's and Raheja QBE General Insurance Co. Ltd's alike), never the product line, the
  office line or *settled* (new here) the Insured / Policyholder / Name of proposer (the company). A slip's
  counter name line in capitals (here the company's own counters, SINDHURANG BANDHANI BHANDAR, SINDHURANG
  TEXTILES and SINDHURANG AJRAKH PRINT WORKS, on four, a filling station, an Ahmedabad hotel, a hardware shop
  and a highway dabeli stall on the rest), never the terminal's bank or brand (BANK OF BARODA, BPCL, KOTAK
  MAHINDRA BANK, AXIS BANK, UNION BANK OF INDIA, MOSAMBEE, SBI, PHONEPE) or the place line. A Bharat Connect
  page's biller under Operator (heldout223), *settled* (new here) Biller name / Billing company / Bill paid to
  / Telecom operator (short or long as printed), never the app (here also bob World and MobiKwik), Bharat
  Connect or *settled* (new here) the Account holder / Registered name / Name on the bill; *settled* (new
  here) PGVCL's own receipt page the discom on top (PGVCL, Paschim Gujarat Vij Company Ltd or its capitals as
  printed, as heldout231's TNPDCL), never the "A Gujarat Urja Vikas Nigam Ltd company" line under it, the Sub
  division or the Name of consumer. An SMS alert's payee as the bank sends it ("to KUTCH ROADLINES PARC":
  *settled*, the truncated name as printed, without the sentence's full stop), *settled* (new here) Bank of
  Baroda's "by <way> to <payee>.", Union Bank of India's "(<way>) towards <payee>.", Bhuj Mercantile
  Co-operative Bank's "beneficiary <payee>." and Kotak Mahindra Bank's UPI "to <payee> on <day> by UPI.", and
  the failed and pending payments' "to <payee> on <day>" (heldout222), never the bank or the sender id; the
  e-mail alert's *settled* (new here) Transferred to / Payee / Beneficiary (as added), printed under the sum,
  never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the
  status or under it. *settled* (heldout152, heldout186, heldout190, heldout202 to heldout231): a payer's
  advice counts its net sum, *settled* (new here) Net payment / Amount remitted (net) / Net sum paid to
  vendor, Amount on hold on the hold and Amount (heldout227) / Amount bounced back on the return (the bills
  less TDS u/s 194Q @ 0.1% and a Goods returned - n pcs (colour bleeding), a Price correction - n pcs @ rate
  or an Early payment discount @ 2%), printed in the payment block above the bills, never a bill's sum,
  *settled* (new here) the Total of invoices / Gross bills, or a cut. *settled* (heldout155, heldout167,
  heldout179, heldout190, heldout203 to heldout231): an inward wire's foreign sum, *settled* (new here)
  Remittance amount / Amount received (FCY) / FCY amount / Inward sum in foreign currency, in US dollars,
  euros, pounds, Australian dollars (AUD, A$, heldout202), Swiss francs (*settled* (new here) CHF before the
  sum or after it), UAE dirhams (AED, heldout205), New Zealand dollars (*settled* (new here) NZD, NZ$) and
  Singapore dollars (SGD, S$, heldout207), never *settled* (new here) the INR equivalent (as heldout204's
  Rupee value), the Less: Bank charges incl. GST (as heldout221's commission) or the Net INR credited (as
  heldout155's Amount credited (INR)); its Conversion rate (1 CHF = INR 98.4) is no sum. *settled*
  (heldout175, heldout179, heldout190, heldout203 to heldout231): a receipt counts the sum received even where
  it is part of the order, Received in cash / Received by UPI / Cheque amount / Advance received / Paid by
  card (heldout189), *settled* (new here) or Cash tendered / Amount received (cash) / Paid through UPI / Card
  payment / Cheque for / Advance paid by customer, with the sum in words under it, never the Total, *settled*
  (new here) the Memo total / Invoice total / Order total where less was received, the goods' line, the CGST
  @ 2.5% and SGST @ 2.5% or the Balance due (heldout199) / *settled* (new here) Balance on delivery;
  *settled* (new here) the print works' sale of cuttings (the kilos x rate, no GST) counts its bill, received
  in full (as heldout231's used zari). *settled* (heldout187, heldout191, heldout202 to heldout231): a
  supplier's invoice counts the sum paid, where an advance is taken off (here *settled* (new here) Less:
  Advance paid with order) the *settled* (new here) Balance settled by RTGS / NEFT (as heldout231's Balance
  paid by), else *settled* (new here) Received by RTGS / NEFT / Amount received through RTGS / NEFT /
  Received via UPI / UPI payment (the rounded Invoice value with GST), or the Cheque amount / *settled* (new
  here) Received by cheque, never the Taxable value, a line or the GST. A banking page's *settled* (new here)
  Payment amount / Amount (INR) / Debit amount / Transfer value (INR). *settled* (heldout167, heldout202 to
  heldout231): a wage voucher's net sum, *settled* (new here) Net wages paid / Amount handed to tier / Amount
  handed over (the knots in thousands, metres, batches or pieces x rate, plus Add: Fine dots (ekdali) extra /
  Add: Rush order extra, less Less: Cloth spoilt - n pcs @ rate / Less: Advance adjusted), never the Gross
  wages, the line or a deduction; Easebuzz's and a screen's sum large. *settled* (new here): the
  Nagarpalika's property tax Total tax received / Net amount paid (the General tax, the Water tax, the
  Sanitation tax and the Education cess), never a head; its shop registration's Amount payable / Amount (the
  Registration renewal fee and the Signboard fee), never a head; the Labour Welfare Board's Total
  contribution (the Workers' and the Employer's share), never a share; the Pollution Control Board's Fee
  remitted / Total paid (the Consent fee (CCA renewal) and a Late fee), never a head; EPCH's Subscription
  received / Total received (the Annual subscription and the GST @ 18%), never the subscription or the GST;
  Legal Metrology's Total fees / Amount paid (the balances' and the table's verification fees), never one
  fee; the Registry's Fee / Amount paid / Amount (the Fee for authorised user (Form GI-3A)); the Transport
  Department's Total tax paid / Amount paid (the Motor vehicle tax and a Cess), never a head. *settled*
  (heldout199, heldout202 to heldout231): an insurer's premium with its GST, *settled* (new here) Total
  premium (incl. GST) / Premium received / Amount received, the Cheque amount (heldout211) on the cheque not
  yet cleared, Premium payable / Amount payable on the failed one, never *settled* (new here) the Basic
  premium, an add-on or the GST, nor the OD premium or the TP premium (as heldout223's Own damage premium and
  heldout231's Liability premium), nor the IDV (insured declared value) or *settled* (new here) the Sum
  insured - building, plant and stock, the Sum insured - shop stock, the Estimated annual dispatches, the
  Lives covered, the Single carrying limit, the Tiers insured or the Sum insured - blocks, vats and tables. A
  slip's AMOUNT: (heldout179) / TOTAL: (heldout179) / TXN AMT: (heldout173), *settled* (new here) or BASE AMT:
  / AMOUNT (RS):, never the RATE/LTR: or the QTY(LTR): (heldout192). A Bharat Connect page's sum large;
  PGVCL's *settled* (new here) Bill amount paid / Amount received. An alert's sum debited (*settled* (new
  here) Bank of Baroda's "Rs.x transferred from", Union Bank of India's "Debited for Rs:x", Bhuj Mercantile
  Co-operative Bank's "has been debited INR x", Kotak Mahindra Bank's "Sent Rs.x", the failed and pending
  payments' "Your <way> transfer of Rs.x"; the e-mail's *settled* (new here) Amount debited / Debit of), never
  the Avl Bal:. Currency INR but on the wires.
* status: as printed. *settled* (new here): a UPI screen's Payment done, Paid to the shop - money received by
  the payee and Sent - amount credited to the shop's account successes, Payment in process - bank has not
  confirmed yet, do not pay again pending, Payment could not be completed - daily UPI limit reached failed; a
  payment page's Payment captured, Payment received - thank you and Order paid - we are packing your parcel
  successes. *settled* (new here): a payer's Status: Paid - credited to vendor / Remitted - amount sent to
  your bank account successes, On hold - craft mark certificate for the lot awaited pending (a payer's hold,
  as heldout198's to heldout231's), Bounced - vendor account closed at the bank failed. *settled* (new here):
  an inward advice's Credited to your account - IRM reported to EDPMS / Status: Realised and credited in
  rupees successes, Parked - purpose code and invoice copy awaited from the exporter pending, Sent back to
  remitter - beneficiary account number invalid failed, printed at the foot. *settled* (heldout167,
  heldout179, heldout190, heldout203, heldout207, heldout211, heldout215, heldout219, heldout223, heldout227,
  heldout231): a cheque received and not yet cleared pending, a cheque returned failed, so *settled* (new
  here) CHEQUE TAKEN - DELIVERY AFTER CREDIT and CHEQUE DEPOSITED - AWAITING REALISATION pending, CHEQUE
  BOUNCED - INVOICE CANCELLED and CHEQUE DISHONOURED - FUNDS INSUFFICIENT, PAY BY RTGS failed; RECEIVED WITH
  THANKS, PAID and PAID IN CASH successes, *settled* (new here) as are PAID - GOODS HANDED OVER, RECEIVED -
  CLOTH MEASURED AND HANDED OVER, PAID - INDIGO WEIGHED AND HANDED OVER, PAID - CUTTINGS WEIGHED AND LIFTED,
  SETTLED BY RTGS / NEFT / UPI, FULL PAYMENT RECEIVED - ACCOUNT CLEARED, PAID - PIECES TAKEN BACK TIED and
  PAID - ENTERED IN MAJURI REGISTER. *settled* (new here): a banking page's Processed - beneficiary bank has
  credited the payee / Status: Completed - UTR generated successes, Awaiting approver - payment not yet
  released to the bank pending (keyed, not yet authorised, as heldout191's to heldout231's), Failed -
  beneficiary account closed, amount credited back failed, printed at the foot; Easebuzz's Payout completed -
  amount credited to payee / Payout status: Paid successes, Scheduled - goes out when the payout wallet has
  balance pending (not yet sent, as heldout227's Scheduled), Payout failed - payee account is dormant failed;
  a transfer screen's Paid / Payment done / Money sent successes; a fee page's *settled* (new here) Payment
  received, Amount received - receipt generated, Tax credited - thank you for paying and Fee paid - challan
  verified successes, the Registry's Payment initiated - confirmation from the bank pending, check after 24
  hours pending, the Nagarpalika's Payment not received by the Nagarpalika - transaction unsuccessful failed
  (printed at the foot); an insurer's *settled* (new here) Premium received - policy issued / Paid - policy
  document sent by e-mail successes, CHEQUE SENT FOR COLLECTION - POLICY ISSUED ON REALISATION pending (as
  heldout211's cover from realisation), Payment failed - policy not issued, retry the payment failed, printed
  under the sum; a slip's APPROVED successes (heldout210), *settled* (new here) as are SALE APPROVED and
  TRANSACTION APPROVED - 00, NOT APPROVED - 55 INCORRECT PIN failed, RESPONSE TIMED OUT - VERIFY WITH BANK
  BEFORE RE-SWIPE pending; *settled* (new here) a Bharat Connect page's Bill paid successfully / Payment
  confirmed by the biller successes, Processing - biller yet to confirm, we will notify you pending, Bill not
  paid - biller system down, refund in 3 to 5 days failed (the payment failed, whatever the refund), PGVCL's
  Payment received / Bill paid - receipt generated successes (printed at the foot); *settled* (new here) an
  SMS that says the transfer "could NOT be credited - money is back in your A/c." failed (whatever the
  return), one that "is UNDER PROCESS at the payee bank; please wait before retrying." pending, a debit alert
  a success, whatever its bank's wording ("Rs.x transferred from A/c ...1234 on <day> by <way> to <payee>.",
  "A/c *1234 Debited for Rs:x on <day> (<way>) towards <payee>.", "BMCB: Your A/c XX1234 has been debited INR
  x on <day> by <way>, beneficiary <payee>.", Kotak Mahindra Bank's "Sent Rs.x from Kotak A/c X1234 to
  <payee> on <day> by UPI. UPI Ref <ref>"); the e-mail's *settled* (new here) Status: Transfer completed /
  Result: Debited and sent to the payee's bank successes.
* date: the day paid (a UPI screen's Date & time / Paid on, *settled* (new here) Completed on / Debited on,
  Started on on one not yet paid or failed (as heldout203's Initiated on), printed first under the rule or
  not, a payment page's Paid on / Payment date (heldout206), *settled* (new here) Payment time, printed above
  the buyer, a payer's Paid on / Value date, *settled* (new here) Payment date / Remitted on, the held one's
  Held on / Intimation date (as heldout226's Withheld on and heldout198's Advice date) and *settled* (new
  here) Bounced on / Date of return (heldout223) on the returned one, an inward advice's Realisation date
  (heldout203) / Value date, *settled* (new here) Credit date / Funds credited on, Received on / Parked on on
  the parked one and Sent back on / Date of return on the returned one, printed above the remitter, a
  receipt's, invoice's or voucher's Date / Dated / Invoice date / Date of invoice (heldout215), *settled* (new
  here) Memo date, Receipt date, Bill dt., Paid on and Wages paid on, a banking page's Value date, *settled*
  (new here) Processed on / Payment date / Debited on, Initiated on / Keyed on on the one awaiting its
  approver and Returned on / Failed on on the returned one, printed at the foot, Easebuzz's *settled* (new
  here) Paid at / Settled at, Scheduled at / Requested at on the one scheduled and Failed at (heldout168) on
  the failed one, a fee page's Date of payment / Receipt date, *settled* (new here) Paid on / Date of
  remittance, the shop registration's Payment attempted on / Attempted at on the failed one and the
  Registry's Initiated on / Transaction date on the page not yet confirmed, an insurer's *settled* (new here)
  Receipt date / Paid on / Premium received on, Cheque deposited on / Receipt date on the cheque not yet
  cleared and Payment tried on / Failed on on the failed one, a slip's TXN DATE: (heldout150) / DATE: /
  DATE/TIME:, a Bharat Connect page's Paid on / Payment time (heldout169), *settled* (new here) Paid at, Date &
  time (the latter alone on a bill not paid), PGVCL's *settled* (new here) Payment date / Received on, the
  SMS's day, the e-mail alert's *settled* (new here) Transaction date / Posted on / Debited on). *settled*:
  never a Bill month / Bill period (heldout167), *settled* (new here) a Billing month, a Due date, a Cheque
  date (heldout198), a Period of insurance (heldout199) / Policy period (heldout231) or *settled* (new here) a
  Cover starts, an invoice number's or a voucher number's financial year or an e-mail's hour; never a
  Shipping bill's date (heldout167), the Vahan page's Tax valid upto (heldout223) or *settled* (new here) Tax
  upto, or the day inside a UTR (heldout210); *settled* (new here) never PGVCL's Bill date (as heldout231's
  Assessment date) or the year of the property tax (General tax 2026-27).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT /
  RTGS / IMPS, Easebuzz's IMPS (*settled* (new here), as heldout231's Zwitch's), a Bharat Connect bill from a
  Current A/c (here in bob World), a fee, a premium or PGVCL paid by Net banking, an e-mail alert's Mode, an
  SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a receipt's, a voucher's, an invoice's,
  Easebuzz's, a fee's, a premium's or a bill's UPI and Kotak Mahindra Bank's UPI alert; card on slips, a
  payment page's card, a receipt's Card, a fee, a premium or PGVCL paid by Debit card; cheque for a cheque
  accepted, in clearing or returned and a premium paid by Cheque; cash for a cash memo, receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout231): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref. No., UPI Reference No., UPI transaction ID,
  UPI Ref No., UPI RRN (heldout179), UPI Ref ID (heldout227), RRN, NEFT UTR, RTGS UTR No. (heldout210), IMPS
  Ref No., *settled* (new here) Cashfree's Bank reference (UTR) and Instamojo's UPI UTR on a UPI payment, a
  receipt's UPI UTR, Easebuzz's UTR / RRN, the e-mail alert's IMPS RRN, a slip's RRN: / RRN NO: (heldout200),
  an SMS's UTR No / IMPS RRN and *settled* (new here) Kotak Mahindra Bank's UPI Ref), then a bank reference
  (an inward advice's IRM No. (heldout190), *settled* (new here) Inward remittance No. / Bank reference, a
  banking page's *settled* (new here) Bank reference No. / Core banking ref., printed above the payee or not,
  a fee page's Bank Ref No. / *settled* (new here) Bank transaction No., an insurer's Bank Ref No., *settled*
  (new here) Bharat Connect ID / BBPS Txn Ref / B-Connect Ref. No.), then a transaction / payment id
  (*settled* (new here) Cashfree's Cashfree payment ID and Instamojo's Payment ID, PhonePe's own Transaction
  ID, BHIM's BHIM txn ID, bob World's Baroda txn ref., Slice's Slice txn ID and Navi's Navi order ID (the
  app's own id, whatever its name), *settled* (new here) Easebuzz's Easebuzz payout ID (as heldout231's
  Zwitch transfer ID), a fee page's Transaction ID, *settled* (new here) the Nagarpalika's Payment reference
  ID, the Labour Welfare Board's Transaction reference, the Pollution Control Board's XGN payment ID, EPCH's
  Order ID (its payment id, as heldout231's HEPC's Payment ID), Legal Metrology's Cyber treasury ref. and
  Vahan's Vahan transaction No., an insurer's *settled* (new here) Payment gateway ref. / Online txn No.,
  PGVCL's *settled* (new here) Payment ID, a failed Bharat Connect page's *settled* (new here) Txn ID), then
  an approval code (Auth code, Approval code, a slip's AUTH CODE: / APPR CODE:), then an order's number
  (*settled* (new here) Cashfree's Order ID and Instamojo's Instamojo order ref., Easebuzz's Unique request
  ID (as heldout226's Merchant reference ID), the company's own id for the payout), then a document's own
  number (a payer's Payment voucher No. (heldout151), *settled* (new here) Payment document No. / Intimation
  No., Receipt No. / Invoice No. on a receipt, *settled* (new here) Memo No., Invoice No. / Inv. No. / Bill
  No. on an invoice, *settled* (new here) Wage voucher No. / Majuri slip No., a fee page's Receipt No., the
  Labour Welfare Board's Challan No. (heldout231), Vahan's Receipt No., an insurer's Receipt No. / *settled*
  (new here) Premium receipt No., PGVCL's Receipt No., a slip's INVOICE NO: / BILL NO:, *settled* (new here)
  INV NO: / RECEIPT NO:). *settled*: never a UETR, MID, TID, BATCH NO, STAN: (heldout202), a card, account or
  mobile number, a UPI ID or VPA, IFSC, GSTIN, a cheque number, a Purpose code, an Export invoice No.
  (heldout210), a Shipping bill No. (heldout167), an E-way bill No., a Docket No. (heldout179) or *settled*
  (new here) an LR No., a Vehicle No. (heldout205) (so never a Registration No. on the Vahan page or an
  insurer's page or a slip's VEH NO:), a Registration No. / Application No. (heldout203), a Policy No. /
  Proposal No. / Quotation No., a Vendor code (heldout210), a Sender's reference (heldout223), Maker / Checker
  (heldout171) (so never the Initiator / Approver), a consumer number (here Consumer No., Service ID,
  Telephone No., Mobile No., VC No.), an Assessment No. (as heldout222's Property ID), a membership number (as
  heldout227's RCMC No.), a slip's PUMP NO: (as heldout202's NOZZLE NO:) or ROOM NO: (heldout203), a
  Beneficiary ID (heldout173). *settled* (new here): never a GRN No., a Tenement No., a Shop registration No.,
  an Employer code, a Consent order No., a Membership No., a Card No. or Design code on a wage voucher, a
  Short name (as heldout231's Nick name), Easebuzz's Beneficiary code or a slip's GUEST FOLIO: (as
  heldout231's FOLIO NO:).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout235_families import (
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

SPLIT = "heldout235"

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


def make_heldout235_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout235 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
