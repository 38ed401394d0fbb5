"""heldout228: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a glass bangle and glassware maker's day in 2026 in Firozabad, Uttar Pradesh
(Kanchanjot Glass Industries Pvt Ltd, its works, Kanchanjot Glass Works, on Jalesar Road, where the batch of
glass sand, soda ash, dolomite and colours is melted in gas-fired pot furnaces and a tank furnace under the
Taj Trapezium Zone's rules, the bangle spirals are wound on the belan and cut, and the tumblers and chandelier
shades are blown and pressed, and its bangle sorting and packing godown, Kanchanjot Choori Bhandar, in
Chooriwala Mohalla, Suhag Nagar, where the bangles come back from the jhalai and katai homes, are sorted
(sadai and chhatai), decorated with liquid gold and baked in the pakai bhatti, tied into tora bundles and sold
to the bangle shops), told by the proofs of payment it receives (bangle shops', brides' families', hotels' and
decor shops' UPI screens and the sales desk's Getepay and Atom pages, the Hyderabad, Jaipur, Kolkata, Delhi,
Mumbai and Amritsar bangle traders', a Delhi glassware distributor's and a Bengaluru home decor retailer's
payment advices, importers' inward wires from Southall, New York, Dubai, Mauritius, Jablonec nad Nisou,
Durban, Marseille and Texas in pounds, US dollars, UAE dirhams, Mauritian rupees, Czech koruna, rand and
euros, the godown's cash memos and sale receipts, a hotel's advance for tumblers, the godown's sorting rejects
sold by weight to a bangle shop and the works' cullet sold by the quintal to a remelting works, cards on the
godown's, the company's and the works' terminals) and those it makes (the Shankargarh glass sand supplier's,
the Dhrangadhra soda ash agent's, the Howrah lustre and colour maker's, the Katni fireclay pot maker's and the
Agra box maker's tax invoices, the net-banking transfers to the roadways that carry the bangles to Hyderabad,
the tank furnace builder, the gas pipeline fitter, the testing lab that checks the tumblers for lead and
cadmium, the export packer, the godown's landlady, the catalogue studio and the Hyderabad commission agent,
the belan karigars', gaffers' and pakai bhatti men's piece wage vouchers, Zwitch payouts to a jhalai worker, a
tank furnace teaser and a katai karigar and a Google Pay and a PNB ONE payment to a sorter and a packer, Nagar
Nigam Firozabad's property tax, the Directorate of Factories' licence renewal and the Uttar Pradesh Pollution
Control Board's consent renewal in Nivesh Mitra, the Directorate of Electrical Safety's inspection fee, PESO's
licence renewal through Bharatkosh, the Centre for the Development of Glass Industry's testing charges, the
Firozabad Development Authority's map fee and the Construction Workers Welfare Board's labour cess, the
insurers' premium receipts for the furnaces, sheds and stock, the export consignments, the tempo loader, the
staff's health, the godown's stock against burglary, the furnace and godown workers, the cash in transit and
the employees, its card at a filling station on NH-19, an Agra hotel, a Shikohabad refractory store and an
expressway dhaba, DVVNL's power, GAIL Gas's furnace gas and the postpaid, landline fibre and broadband bills,
the banks' SMS and e-mail alerts). One payment per page. Each family: six successes, one failure, one wait;
one page prints no transaction id and one no day (truth None for those fields).

* ``godown_upi``: six UPI app screens (PhonePe, Google Pay, Paytm, PNB ONE, Jupiter, Tata Neu) paying the
  godown or the company, the payee above the sum and the outcome under it, and two of the sales desk's payment
  pages (Getepay, Atom).
* ``trader_advices``: the bangle traders', the glassware distributor's and the decor retailer's ADVICE OF
  PAYMENT - BANGLE SUPPLIES / PAYMENT ADVICE TO SUPPLIER - GLASS GOODS / Intimation of payment to supplier
  (e-mail, printed, vendor portal), the payee and the day in a summary on top and the status last.
* ``export_wires``: eight banks' inward remittance advices (CREDIT ADVICE - FOREIGN INWARD REMITTANCE
  (EXPORTS) / Export receipt: inward SWIFT credit / Inward remittance credit advice (exporter's copy);
  browser, e-mail, printed), the references, the status and the day above the beneficiary.
* ``own_receipts``: the godown's CASH MEMO - CHOORI BHANDAR / SALE RECEIPT - GODOWN COUNTER / RECEIPT -
  SORTING REJECTS (SOLD BY WEIGHT), the works' RECEIPT - CULLET SALE (TOOTA KAANCH) / WORKS SALE RECEIPT
  (paper, rubber stamp) and the accounts desk's Acknowledgement of money received e-mails.
* ``supplier_invoices``: the glass sand, soda ash, lustre, fireclay pot and box suppliers' GST TAX INVOICE
  (ORIGINAL) / INVOICE UNDER SECTION 31 OF CGST ACT / TAX INVOICE with the payment block and a rubber stamp
  (paper, serif).
* ``vendor_transfers``: corporate net banking's transaction pages (Kotak Biz, ICICI Bank CIB, PNB Corporate
  Internet Banking), the status, the day and the references above the payee.
* ``worker_pay``: printed BELAN KARIGAR PIECE WAGE SLIP (PER 100 SPIRALS) / SPIRAL WINDING WAGES - POT FURNACE
  / GAFFER'S PIECE WAGE VOUCHER - BLOWN WARE / GLASS BLOWING WAGES (PER 100 PIECES) / PAKAI BHATTI WAGES
  VOUCHER (PER BATCH) / DECORATION KILN - BAKING WAGES, Zwitch's payout pages, a Google Pay and a PNB ONE
  screen.
* ``govt_fees``: Nagar Nigam Firozabad's property tax page, the Directorate of Factories' licence renewal and
  the Uttar Pradesh Pollution Control Board's consent renewal (Nivesh Mitra), the Directorate of Electrical
  Safety's inspection fee, PESO's licence renewal (Bharatkosh), the Centre for the Development of Glass
  Industry's testing charges, the Firozabad Development Authority's map fee and the U.P. Building and Other
  Construction Workers Welfare Board's labour cess page (browser).
* ``insurer_receipts``: insurers' PREMIUM RECEIPT - POLICY ISSUANCE / Premium paid - receipt / PREMIUM
  ACKNOWLEDGEMENT SLIP / ACKNOWLEDGEMENT OF PREMIUM CHEQUE / Premium payment status (browser, e-mail, printed
  at the branch), the status under the sum.
* ``card_slips``: card terminal slips (monospace), the sum before the references.
* ``utility_bills``: Bharat Connect in Kotak Biz and UPI apps (Airtel Thanks, Freecharge, Bajaj Finserv,
  Amazon Pay, PhonePe), the biller above the sum, and DVVNL's own receipt page.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Punjab National Bank, Indian Bank, IDBI
  Bank, Bank of India's UPI) and two e-mail debit alerts (Kotak Mahindra Bank, Punjab National Bank).

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout223's, heldout226's and heldout227's.

Truth conventions (heldout227's, heldout226's, heldout223's, heldout222's, heldout220's, heldout219's,
heldout215's, heldout211's, heldout210's, heldout207's, heldout206's, heldout204's, heldout203's,
heldout190's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Paying to (heldout206), *settled* (new here) or Merchant / Receiver, printed above the sum (here the
  godown, Kanchanjot Choori Bhandar / KANCHANJOT CHOORI BHANDAR, the company's capitals, KANCHANJOT GLASS
  INDUSTRIES PVT LTD, or its short name, Kanchanjot Glass, as printed), never the UPI ID or the app, nor the
  Banking name (heldout207) or Verified name (heldout227) line under the UPI ID or, *settled* (new here), a
  Name linked to UPI ID / Name in bank records line there; a payment page's payee on top (here the godown or
  the company, full or short as printed), never Paid by (heldout206) / *settled* (new here) Payment made by,
  the Against order / Items line or the gateway's footer (*settled* (new here) Getepay - Futurepay Pvt Ltd,
  atom - NTT DATA Payment Services India). *settled* (heldout167, heldout175, heldout179, heldout190,
  heldout202 to heldout227): a payer's payment advice pays the one it pays, never the payer on top; here a
  bangle trader's, the glassware distributor's or the decor retailer's advice pays the company under *settled*
  (new here) Supplier paid / Party name (supplier) / Supplier credited / Paid to (M/s) (its full, capital or
  short name as printed), never the payer on top, its desk line, the Ledger code (as heldout210's Vendor
  code), the PO No. (as heldout227's PO ref.), *settled* (new here) the Bilty No. (the transporter's receipt,
  as heldout223's LR No.) or the Credited to your A/c line (the company's own bank account, as heldout227's
  Bank A/c of vendor). *settled* (heldout155, heldout167, heldout190, heldout203 to heldout227): a bank's
  inward remittance advice pays the company under Beneficiary name, *settled* (new here) or Exporter credited
  / Beneficiary (exporter firm), never the bank on top, its forex desk line, the Remitter, *settled* (new
  here) the Overseas payer / Ordering party (buyer) (the importer abroad), the Remitting bank (heldout208),
  *settled* (new here) the Sender's bank (abroad) or the Correspondent bank (as heldout227's Intermediary
  bank). *settled* (heldout175, heldout179, heldout190, heldout203 to heldout227): the company's own receipt
  pays the trade name on top where that is on top, so *settled* (new here) the godown's cash memos, sale
  receipts and rejects receipts pay Kanchanjot Choori Bhandar and the works' receipts Kanchanjot Glass Works
  (capitals where so printed), and a receipt with the company on top the company, never the "A unit of"
  company line under it (heldout190), the party under *settled* (new here) Purchaser / Sold to - party, the
  goods' line, the signature line (For ... - Munim, heldout220) or the rubber stamp; *settled* (new here) the
  godown's sorting rejects sold by weight to a bangle shop and the works' cullet (broken glass) sold by the
  quintal to a remelting works alike (the godown or the works, never the buyer, as heldout227's grog); the
  accounts desk's e-mail pays the company on top (its full, capital or short name as printed, heldout219),
  never the godown's line under it. A supplier's name on top of its own paper (capitals where so printed),
  never M/s the company under *settled* (new here) Invoiced to / Party (buyer) / Receiver of goods (billed
  to), nor the works or the godown under Delivered at / *settled* (new here) Consignee (delivery at).
  *settled* (heldout179, heldout186, heldout202 to heldout227): a corporate banking page pays the payee under
  Beneficiary name / Payee (heldout211), *settled* (new here) or Payee - beneficiary name / Account title
  (beneficiary) / Beneficiary, never the portal (*settled* (new here) Kotak Biz, ICICI Bank CIB, PNB Corporate
  Internet Banking), the bank line, the Debited account (as heldout227's Debit account) or *settled* (new
  here) the Payee tag (as heldout227's Payee alias). *settled* (heldout150, heldout161, heldout179, heldout203
  to heldout227): a wage voucher pays the worker, *settled* (new here) a belan karigar (who winds the bangle
  spirals at the pot furnace) under Karigar's name / Wages paid to (karigar), a gaffer under Gaffer's name /
  Paid to (gaffer) and a pakai bhatti man under Bhatti man's name / Paid to (bhatti man), never the company on
  top, the works' line under it, *settled* (new here) the Work, the Worker ID (as heldout202's Token No.) or
  the Furnace; *settled* (new here) Zwitch's payout page the Recipient name / Paid out to (as Decentro's
  Beneficiary name / Payee name, heldout227), never Zwitch on top, the company's payout account line under it,
  the Beneficiary key or the Bank account (as Decentro's Payee ID and Payee account); a transfer screen the
  payee under Paid to / To. *settled* (heldout153, heldout167, heldout182, heldout202 to heldout227): a fee
  page pays the authority on top as printed, *settled* (new here for Firozabad) Nagar Nigam Firozabad / NAGAR
  NIGAM FIROZABAD / Firozabad Municipal Corporation (as heldout226's Nagar Palika Parishad, Kannauj), never
  the district line, the Occupier (taxpayer), the Property ID or the Zone; *settled* (new here) Directorate of
  Factories, Uttar Pradesh / DIRECTORATE OF FACTORIES, U.P., never the Nivesh Mitra line (heldout207) or the
  Name of the factory; Uttar Pradesh Pollution Control Board / UTTAR PRADESH POLLUTION CONTROL BOARD
  (heldout226, heldout227), never the Nivesh Mitra line or *settled* (new here) the Industry (applicant);
  *settled* (new here) Directorate of Electrical Safety, Uttar Pradesh / Electrical Safety Directorate, U.P.,
  never the Energy Department line or the Installation owner; *settled* (new here) Petroleum and Explosives
  Safety Organisation / PESO on its licence fee receipt paid through Bharatkosh (the Organisation is paid,
  Bharatkosh is only the Government's receipt portal), never the DPIIT and Bharatkosh line or the Licensee;
  *settled* (new here) Centre for the Development of Glass Industry, Firozabad / CDGI, Firozabad on its
  testing charges (as heldout226's Fragrance and Flavour Development Centre), never the laboratory line or the
  Sample sent by; *settled* (new here) Firozabad Development Authority / FIROZABAD DEVELOPMENT AUTHORITY on
  its map fee page, never the Housing and Urban Planning Department line or the Applicant; *settled* (new
  here) U.P. Building and Other Construction Workers Welfare Board / U.P. BOCW Welfare Board on its labour
  cess page, never the Labour Department line, the Employer (builder) or the Work. *settled* (heldout199,
  heldout202 to heldout227): an insurer's premium receipt pays the insurer on top (its full name, capitals
  where so printed; here ICICI Lombard General Insurance Co. Ltd's, Tata AIG General Insurance Co. Ltd's, Go
  Digit General Insurance Ltd's, Star Health and Allied Insurance Co. Ltd's, HDFC ERGO General Insurance Co.
  Ltd's, Cholamandalam MS General Insurance Co. Ltd's, Generali Central Insurance Co. Ltd's and United India
  Insurance Co. Ltd's alike), never the product line, the office line or *settled* (new here) the Insured
  (firm name) / Policy holder (M/s) (the company). A slip's counter name line in capitals (here the company's
  own counters, KANCHANJOT CHOORI BHANDAR, KANCHANJOT GLASS and KANCHANJOT GLASS WORKS, on four, a filling
  station (its name with its brand in brackets, SHIV SHAKTI FUELS (JIO-BP), as printed), an Agra hotel, a
  refractory store and an expressway dhaba on the rest), never the terminal's bank or brand (PUNJAB NATIONAL
  BANK, JIO-BP, KOTAK MAHINDRA BANK, INDIAN BANK, EZETAP, IDBI BANK, RAZORPAY POS, BANK OF INDIA) or the place
  line. A Bharat Connect page's biller under Biller / Biller name / Operator (heldout211), *settled* (new
  here) or Bill issuer / Payment to (biller) (short or long as printed), never the app (here also Kotak Biz,
  Airtel Thanks, Freecharge, Bajaj Finserv and Amazon Pay), Bharat Connect or the Customer name / Consumer
  name, *settled* (new here) nor the Subscriber name; DVVNL's own receipt page the Nigam on top (DVVNL,
  Dakshinanchal Vidyut Vitran Nigam Ltd or its capitals as printed, heldout226), never the "A UPPCL company"
  line under it (as heldout227's PVVNL), the Division or the Consumer name. An SMS alert's payee as the bank
  sends it ("to SHANKARGARH SILICA S": *settled*, the truncated name as printed, without the sentence's full
  stop), *settled* (new here) Punjab National Bank's "by <way>, credited to <payee>.", Indian Bank's "via
  <way>; beneficiary: <payee>.", IDBI Bank's "<way> transfer to a/c of <payee>." and Bank of India's UPI "UPI
  transfer to <payee>." (the name ends before the full stop; the UPI Ref No follows), and the rejected and
  held transfers' "to <payee> on <day>" (heldout222), never the bank or the sender id; the e-mail alert's
  *settled* (new here) Payee name / Paid to account of, never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large (above or below
  the outcome, as printed, heldout226). *settled* (heldout152, heldout186, heldout190, heldout202 to
  heldout227): a payer's advice counts its net sum, *settled* (new here) Net sum paid / Net amount sent to
  your bank, Net amount withheld on the hold and Net amount (heldout210) / *settled* (new here) Amount not
  credited on the return (the Sum of invoices / Bills value (gross) less Less: TDS u/s 194Q @ 0.1% and
  *settled* (new here) a Less: Broken in bundles - n doz or sets @ rate, a Less: Colour and size mismatch
  returned - n tora or a Less: Cash discount @ 2%), never a bill's sum or *settled* (new here) the Sum of
  invoices / Bills value (gross). *settled* (heldout155, heldout167, heldout190, heldout203 to heldout227): an
  inward wire's foreign sum, Remitted amount (heldout204), *settled* (new here) or Inward FCY amount /
  Proceeds in foreign currency, in pounds, US dollars, euros, UAE dirhams (AED, heldout205), South African
  rand (ZAR, the code before the figure, heldout220) and *settled* (new here for an inward wire) Mauritian
  rupees (MUR, printed with its code before or after the sum) as MUR - a Mauritian rupee is never INR - and
  Czech koruna (CZK, printed with its code before or after the sum) as CZK, never the INR value, *settled*
  (new here) the Converted into INR, the Less: Processing charges and GST or the Amount credited to CA (INR);
  its Exchange rate used (1 MUR = INR 1.86) is no sum. *settled* (heldout175, heldout179, heldout190,
  heldout203 to heldout227): a receipt counts the sum received even where it is part of the order, *settled*
  (new here) Cash amount received / Cash collected / UPI money received / Paid via UPI QR / Card amount
  (swipe) / Paid by card / Cheque tendered for / Cheque value / Advance credited by NEFT / Advance for order,
  never the Bill total / *settled* (new here) Goods value / Order total where less was received, the goods'
  line, the GST @ 18%, the GST (glass bangles) Nil line or *settled* (new here) the Balance to be paid on
  dispatch; *settled* (new here) the godown's sale of sorting rejects counts its bill (the kilos x rate) and
  the works' sale of cullet its bill (the quintals x rate), received in full (as heldout227's grog), and a
  bangle sale its bill without GST (glass bangles carry none; the GST row says Nil). *settled* (heldout187,
  heldout191, heldout202 to heldout227): a supplier's invoice counts the sum paid, where an advance is taken
  off (here *settled* (new here) Less: Advance (PO stage)) the *settled* (new here) Balance amount realised by
  RTGS / NEFT, else *settled* (new here) Payment received by RTGS / NEFT, Amount credited via NEFT / RTGS, UPI
  receipt or Received on UPI QR (the rounded Invoice total with GST), or *settled* (new here) the Cheque of /
  By cheque sum, never the Taxable value, a line or the GST. A banking page's Transfer amount (heldout211),
  *settled* (new here) or Sum transferred (INR) / Net transfer value. *settled* (heldout167, heldout202 to
  heldout227): a wage voucher's net sum, *settled* (new here) Amount paid to karigar / Amount paid to gaffer /
  Net wages in hand / Net paid (after deductions) (the spirals wound n hundred x rate, the pieces blown and
  passed n hundred x rate or the batches baked n x rate, plus Add: Furnace heat allowance / Add: Night furnace
  duty / Add: Festival rush bonus, less Less: Broken spirals - n / Less: Rejected pieces - n pcs / Less:
  Peshgi recovered), never the *settled* (new here) Earnings total / Gross wages earned, the line or a
  deduction; Zwitch's and a screen's sum large. *settled* (new here): Nagar Nigam Firozabad's Total deposited
  / Amount paid (the Property tax 2026-27 (non-residential), the Jal kar (water tax) and the Sewer kar), never
  a head; the Directorate of Factories' Total fee paid / Amount paid, Fee amount / Total payable on the page
  not yet confirmed (the Renewal fee - factory licence (1 year) and a Late fee), never a head; the Pollution
  Control Board's Total fee paid (heldout206) / *settled* (new here) Consent fee deposited (the Water Act and
  Air Act consent fees), never a head; the Directorate of Electrical Safety's Total fee paid / Inspection fee
  paid (the Periodical inspection fee - HT installation and a DG set inspection fee), never a head; PESO's
  Licence fee remitted / Amount paid (the Licence renewal fee and a Late fee), never a head; the Centre's
  Testing charges paid / Total charges paid (heldout217) (the Chemical analysis of glass - n samples x rate, a
  Thermal shock test and the GST @ 18%), never a line or the GST; the Firozabad Development Authority's Amount
  / Total payable on the failed page (the Map approval fee, the Development fee and the Malba charges), never
  a head; the Welfare Board's Total cess deposited / Amount paid (the Labour cess @ 1% of the Estimated cost
  of construction and an Interest on delayed cess), never the Estimated cost of construction or a head.
  *settled* (heldout199, heldout202 to heldout227): an insurer's premium with its GST, *settled* (new here)
  Premium received (GST incl.) / Amount of premium received, Premium by cheque on the cheque not yet realised
  and Premium to pay on the failed one, never the Basic premium, an add-on or the GST, nor the Own damage
  premium or the Third party premium (heldout223), nor the IDV (insured declared value), the Estimated annual
  wages (heldout210) or *settled* (new here) the Sum insured - furnaces, buildings and stock, the Annual
  export sendings, the Lives insured (staff and family), the Sum insured - godown stock, the Workers insured
  or the Cash carrying limit per trip. A slip's SALE AMOUNT: (heldout210) / AMOUNT: (heldout179), *settled*
  (new here) or AMT RS: / SALE VALUE:, printed before the references, never the RATE: or the VOLUME(L):. A
  Bharat Connect page's sum large; DVVNL's Amount paid (as heldout223's department's) / *settled* (new here)
  Amount received. An alert's sum debited (*settled* (new here) Punjab National Bank's "is debited with INR
  x", Indian Bank's "Rs.x paid out of your A/c", IDBI Bank's "debited by INR x", Bank of India's UPI "Rs x
  debited from A/c", the rejected and held transfers' "<way> payment of INR x"; the e-mail's *settled* (new
  here) Amount of transfer (INR) / Amount transferred), never the Avl Bal. Currency INR but on the wires.
* status: as printed. A UPI screen's Payment successful / Paid successfully successes (heldout204, heldout207,
  heldout211, heldout219, heldout223), *settled* (new here) as is Money paid - the merchant has received it,
  Payment processing - we are checking with your bank, do not pay again pending, Payment failed - your bank's
  server did not respond, try after some time failed; a payment page's Payment successful / Payment received
  successes (heldout205, heldout219), *settled* (new here) as is Transaction successful - receipt sent to your
  e-mail. *settled* (new here): a payer's Status: Payment sent to supplier's bank / Paid - credit to your
  account confirmed by our bank successes, Payment withheld - broken bundles to be replaced first pending (a
  payer's hold, as heldout198's to heldout227's), Payment bounced - account number does not match the name
  failed. *settled* (new here): an inward advice's Export proceeds credited - IRM generated on EDPMS / Status:
  Realised - e-FIRC issued successes, Under scrutiny - KYC of the remitter and purpose to be confirmed
  pending, Sent back to ordering bank - beneficiary name does not match failed. *settled* (heldout167,
  heldout179, heldout190, heldout203, heldout207, heldout211, heldout215, heldout219, heldout223, heldout227):
  a cheque received and not yet cleared pending, a cheque returned failed, so *settled* (new here) CHEQUE
  TAKEN - SHADES RELEASED AFTER CLEARING and CHEQUE UNDER CLEARING - CREDIT ON REALISATION ONLY pending,
  CHEQUE RETURNED UNPAID - GOODS WITHHELD, DUES PENDING and CHEQUE BOUNCED - SIGNATURE MISMATCH, BILL
  OUTSTANDING failed; RECEIVED WITH THANKS and PAID successes, *settled* (new here) as are RECEIVED - BANGLES
  DELIVERED AT COUNTER, PAID - REJECTS SOLD BY WEIGHT, NO CLAIM, PAID - CULLET WEIGHED AND LIFTED, PAYMENT
  RECEIVED IN FULL - NO DUES, RECEIVED BY NEFT / RTGS / UPI - BILL CLOSED, PAID IN CASH AT FURNACE, PAID -
  KARIGAR SIGNED IN REGISTER and PAID - THUMB MARK ON VOUCHER. *settled* (new here): a banking page's Funds
  credited to beneficiary - transfer closed / Status: Executed - UTR assigned successes, Saved - waiting for
  the second signatory to release pending (keyed, not yet authorised, as heldout191's to heldout227's), Failed
  at beneficiary bank - account is dormant failed; Zwitch's Payout successful - amount credited / Status:
  SETTLED successes, Processing - awaiting confirmation from the beneficiary bank pending (sent, not yet
  confirmed, as heldout179's In process - awaiting beneficiary bank confirmation), Payout failed - money
  returned to your Zwitch balance failed (the payout came back, as heldout227's Decentro Payout reversed); a
  transfer screen's Paid / Payment successful / Transaction successful successes (heldout211); a fee page's
  Payment successful success, *settled* (new here) as are Fee credited to government account - receipt final,
  Fee received - e-receipt issued and Payment confirmed - challan closed, the Directorate of Factories'
  Payment under verification with the bank - licence fee not yet confirmed, do not pay again pending, the
  Firozabad Development Authority's Transaction failed - map fee not received by the Authority, pay again
  failed; an insurer's *settled* (new here) Policy issued - premium credited to our account / Receipt
  confirmed - e-policy sent to registered e-mail successes, CHEQUE UNDER REALISATION - RISK COVERED FROM DATE
  OF CLEARANCE pending (as heldout211's cover from realisation), Payment not received - transaction declined,
  proposal still open failed, printed under the sum; a slip's APPROVED success (heldout210, heldout211),
  *settled* (new here) as is SALE APPROVED - THANK YOU, DECLINED - 65 DAILY LIMIT EXCEEDED, USE ANOTHER CARD
  failed, HOST TIMEOUT - DO NOT REPEAT, CHECK WITH BANK pending; Bill paid successfully / Payment successful
  successes (heldout210, heldout211), *settled* (new here) as is Payment received by biller, Payment is being
  processed by the biller - status in 24 hours, do not pay again pending, Payment could not reach the biller -
  refund, if debited, within 7 days failed (the payment failed, whatever the refund), DVVNL's Payment
  successful success, *settled* (new here) as is Bill payment received - receipt generated; an SMS that says
  the transfer "was REJECTED by the beneficiary bank; the money is back in your A/c." failed (whatever the
  money back), one that "is ON HOLD at the beneficiary bank - wait before sending it again." pending, a debit
  alert a success, whatever its bank's wording ("Dear Customer, your A/c XXXX1234 is debited with INR x on
  <day> by <way>, credited to <payee>.", "Rs.x paid out of your A/c ..1234 on <day> via <way>; beneficiary:
  <payee>.", "IDBI Bank: A/c **1234 debited by INR x on <day>. <way> transfer to a/c of <payee>.", Bank of
  India's "BOI: Rs x debited from A/c XX1234 on <day>, UPI transfer to <payee>. UPI Ref No <ref>."); the
  e-mail's *settled* (new here) Status: Success - amount debited / Transaction status: Debit posted successes.
* date: the day paid (a UPI screen's Date & time / Paid on / Completed on, Initiated on on one not yet paid
  (heldout203), a payment page's *settled* (new here) Paid at / Date of payment, a payer's *settled* (new
  here) Payment sent on / Date of payment, the held one's *settled* (new here) Put on hold on and the bounced
  one's *settled* (new here) Payment bounced on, an inward advice's Value date / Credited on, *settled* (new
  here) Proceeds credited on, Date received on the one under scrutiny (as heldout206's Received on) and
  Returned to sender on on the returned one, a receipt's, invoice's or voucher's Date / Dated / Receipt date /
  Invoice date / Voucher date, a banking page's Value date / Transfer date, *settled* (new here) Credited to
  payee on, Saved on on the one awaiting its second signatory and Failed on on the failed one, Zwitch's
  *settled* (new here) Settled on / Processed at, Initiated on (heldout203) on the one in process and Failed
  on on the failed one, a fee page's Payment date / Date of payment / Receipt date / Date of deposit
  (heldout201), the Directorate of Factories' Initiated on / Transaction date on the page not yet confirmed
  and the Development Authority's Transaction date / Attempted on on the failed one, an insurer's Receipt date
  / *settled* (new here) Premium credited on, Cheque received on (heldout204) on the cheque not yet realised
  and Declined on (heldout227) / *settled* (new here) Tried on on the failed one, a slip's DATE: / *settled*
  (new here) TXN DT: / TXN DATE/TIME:, Paid on / Transaction date & time (the latter alone on a bill not
  paid), DVVNL's Payment date / Paid on, the SMS's day, the e-mail alert's Transaction date / *settled* (new
  here) Debited on (date)). *settled*: never a Bill month, a Due date, a Cheque date (heldout198), a Period of
  insurance (heldout199), an invoice number's or a voucher number's financial year or an e-mail's hour; never
  a Shipping bill's date (heldout167) or the day inside a UTR (heldout210); *settled* (new here) never the
  year of the Property tax 2026-27 (non-residential) head.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT /
  RTGS / IMPS, Zwitch's IMPS (*settled* (new here), as Decentro's, heldout227), a Bharat Connect bill from a
  Current A/c (here in Kotak Biz), a fee, a premium or DVVNL paid by Net banking, an e-mail alert's *settled*
  (new here) Transfer type (as the Channel), an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's,
  a receipt's, a voucher's, an invoice's, Zwitch's, a fee's, a premium's or a bill's UPI and Bank of India's
  UPI alert; card on slips, a payment page's debit card, a receipt's Card, a fee, a premium or DVVNL paid by
  Debit card; cheque for a cheque taken, under clearing, returned unpaid or bounced and a premium paid by
  Cheque; cash for a cash memo, receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout227): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UTR No., UTR number, UPI Ref. No., UPI Reference No., UPI
  transaction ID, UPI Ref No., UPI RRN (heldout179), RRN, UPI Ref ID (heldout227), RTGS UTR No. (heldout210),
  IMPS Ref No., *settled* (new here) Getepay's Bank RRN and Atom's Bank UPI ref. on a UPI payment, Zwitch's
  Bank UTR, a slip's RRN: / *settled* (new here) RRN NUM:, an SMS's UTR No / *settled* (new here) IMPS RRN and
  Bank of India's UPI Ref No), then a bank reference (an inward advice's *settled* (new here) IRM number /
  Inward remittance ref. (bank), a banking page's *settled* (new here) Core ref. No. / CBS ref. No., a fee
  page's Bank ref. No., an insurer's Bank Ref No., *settled* (new here) Bharat Connect reference ID / BBPS
  transaction ref.), then a transaction / payment id (*settled* (new here) Getepay's Getepay txn ID and Atom's
  Atom transaction ID, PhonePe's own Transaction ID, Google Pay's Google transaction ID, *settled* (new here)
  PNB ONE's Transaction No., Jupiter's Jupiter txn ID and Tata Neu's Tata Neu payment ID, *settled* (new here)
  Zwitch's Zwitch transfer ID (as Decentro's Decentro txn ID, heldout227), a fee page's Transaction ID /
  Transaction ref. No. / Payment ID (*settled* (new here) the Directorate of Factories' NM transaction No.,
  the Pollution Control Board's Transaction ref. No., the Directorate of Electrical Safety's, the Development
  Authority's and the Welfare Board's Transaction ID, PESO's Bharatkosh transaction ref. and the Centre's
  Payment ID), an insurer's Payment ref. No. (heldout210) / *settled* (new here) PG transaction No., DVVNL's
  Transaction ID, a failed Bharat Connect page's Transaction ID), then an approval code (Auth code, Approval
  code, a slip's APPR CODE: / *settled* (new here) AUTH NO:), then an order's number (*settled* (new here)
  Getepay's Order ref. (merchant) and Atom's Merchant txn ref. (as PayU's Merchant txn ID, heldout203),
  Zwitch's Merchant ref. ID (the company's own id for the payout, as heldout227's Decentro Reference ID)),
  then a document's own number (a payer's *settled* (new here) Payment advice ref. / Remittance No., Receipt
  No. / Memo No. / M.R. No. on a receipt, Invoice No. / Tax Invoice No. / Bill No., Voucher No. / Vr. No., a
  fee page's Receipt No., *settled* (new here) the Directorate of Electrical Safety's Challan No., the
  Centre's Bill No. and the Welfare Board's GRN (as heldout227's Labour Department GRN), Receipt number /
  Premium receipt No., DVVNL's Receipt No., a slip's RECEIPT NO: (heldout196) / *settled* (new here) INVOICE
  NUM:). *settled*: never a UETR, MID, TID, BATCH NO, STAN: (heldout202), a card, account or mobile number, a
  UPI ID, IFSC, GSTIN, a cheque number, a Purpose code, an Export invoice No. (heldout210), a Shipping bill
  No. (heldout167), an E-way bill No., a Vehicle No. (heldout205) (so never a Registration No. on an insurer's
  page or a slip's VEHICLE NO:), a Licence No. / Application No. (heldout203), a Policy No. / Proposal No., a
  Vendor code (heldout210), a PO ref. (heldout227), a Sender's reference (heldout223), Maker / Checker
  (heldout171) (so never Created by / Released by), a consumer number (here Account No., BP No., Mobile No.,
  Telephone No., Customer ID), a Property ID (heldout222), a slip's ROOM NO: (heldout203) or a Payee alias
  (heldout226, heldout227). *settled* (new here): never a Ledger code, a PO No., a Bilty No., a Factory
  licence No., a Map application No., a Quote ref., a Worker ID, Zwitch's Beneficiary key or Bank account, a
  Payee tag or a slip's DISPENSER NO: (as heldout202's NOZZLE NO:).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout228_families import (
    bank_alerts,
    card_slips,
    compose,
    export_wires,
    godown_upi,
    govt_fees,
    insurer_receipts,
    own_receipts,
    supplier_invoices,
    trader_advices,
    utility_bills,
    vendor_transfers,
    worker_pay,
)

SPLIT = "heldout228"

FAMILIES: list[Family] = [
    ("godown_upi", godown_upi, SCREEN_FACES),
    ("trader_advices", trader_advices, PAGE_FACES),
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


def make_heldout228_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout228 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
