"""heldout249: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Pochampally ikat silk and cotton weaving house's day in 2026 in Yadadri
Bhuvanagiri district, Telangana (Vennela Ikat Handlooms Pvt Ltd, its tie-dye and loom shed in Padmashali
Colony, Bhoodan Pochampally, Vennela Maggam Shala, where the silk and cotton yarn is stretched on the asu
frame, marked, tied in tight bundles with rubber strips, dyed, untied and tied again for each colour and woven
on frame and pit looms into the double ikat silk sarees, the sico sarees, the telia rumals and the cotton
dress material, its silk yarn and zari depot on the Main Road at Koyalagudem, Vennela Silk Yarn Depot, which
sells twisted mulberry silk by the kilo and zari by the marc to the weavers of Koyalagudem, Puttapaka,
Gattuppal and Siripuram, its asu winders working at home in those villages, and its Hyderabad showroom on
Himayatnagar Main Road, Vennela Ikat House, where the families, the brides, the boutiques and the tourists
buy), told by the proofs of payment it receives (buyers', brides' families' and boutiques' UPI screens and the
web shop's Cashfree and PayU pages, a Chennai, a Pune, a Kolkata, a Bengaluru, a Mumbai, a Vijayawada and a
Delhi saree house's and the Telangana State Handloom Weavers' Co-operative Society's payment advices, ikat
importers' inward wires from Irving, London, Singapore, Kuala Lumpur, Zurich, Doha, Amsterdam and Muscat in
US dollars, pounds, Singapore dollars, ringgit, Swiss francs, Qatari riyals, euros and Omani rials, the
showroom's cash bills and retail invoices to a Banjara Hills housewife, a Kothapet family's wedding order and
a Secunderabad doctor, the depot's memos for silk sold by the kilo to a Koyalagudem weaver and zari sold by
the marc to a Puttapaka weaver, the loom shed's receipt for silk waste sold by the kilo to a Dharmavaram
waste trader, the accounts desk's acknowledgements of a Chennai boutique's advance and a Kochi buyer's saree,
cards on the showroom's, the company's and the depot's terminals) and those it makes (the Sidlaghatta silk
reeler's, the Coimbatore spinning mill's, the Jeedimetla dye maker's, the Sircilla asu frame and loom parts
maker's and the Surat zari maker's tax invoices, the net-banking transfers to the goods carrier, the silk
dyer, the showroom's landlady, the security agency, the loom works, the catalogue studio, the solar installer
and the courier, the weavers', tiers' and asu winders' wage slips, Cashfree payouts to an asu winder and the
dyer and a BHIM and a PhonePe payment to an asu winder and a weaver, Pochampally Municipality's property tax,
the Telangana Pollution Control Board's consent fee for the tie-dye shed, the Silk Mark Organisation of
India's authorised user renewal, the Commercial Taxes Department's profession tax challan, GHMC's trade
licence renewal for the showroom, Legal Metrology's verification of the depot's scales, ESIC's monthly
contribution and the Fire Services Department's NOC renewal for the showroom, the insurers' premium receipts
for the loom shed, looms and silk stock, the showroom's sarees, an export consignment, the staff's health,
the kooli cash carried to the weavers, the workmen, the Tata Ace and the silk yarn depot, its card at a
filling station on NH 65 at Choutuppal, an Abids hotel in the handloom expo week, a Bhongir computer shop and
a Bhongir biryani house, TGSPDCL's power and the fibre, postpaid, DTH, water and cooking gas bills, the
banks' SMS and e-mail alerts). One payment per page. Each family: six successes, one failure, one wait; one
page prints no transaction id and one no day (truth None for those fields).

* ``buyer_upi``: six UPI app screens (PhonePe, Google Pay, BHIM, Vyom, Paytm, Navi) paying the showroom or
  the company, the status, the sum and the payee block in one of four orders (the payee, the sum and the
  status; the status, the sum and the payee; the sum, the status and the payee; the payee, the status and the
  sum) and the day on a line of its own under the app's name, first under the rule or after the references,
  and two of the web shop's payment pages (Cashfree, PayU), the status and the sum large in either order or
  the status alone and the sum in an Amount charged / Order total paid row after the cart, the day under the
  status, after the buyer or at the foot.
* ``buyer_advices``: the saree houses' and TSCO's REMITTANCE ADVICE - IKAT PURCHASE BILLS / Intimation of
  payment to weaver supplier / VENDOR PAYMENT VOUCHER (COPY TO SUPPLIER) (e-mail, printed, vendor portal), the
  status under the heading or at the end of the payment block, the payee at the head of the body or of the
  payment block, the bills (their days on some) above the payment block or under it; the bills with their
  GST, the TDS on the value before it (TSCO's TDS under GST split into CGST and SGST).
* ``export_wires``: eight banks' inward remittance advices (INWARD SWIFT REMITTANCE - CREDIT NOTE / Foreign
  inward remittance - credit intimation / EXPORT PROCEEDS - INWARD REMITTANCE ADVICE; browser, e-mail,
  printed), the status under the heading or at the foot, the day first, after the sums or after the
  references, the remitter's block above the beneficiary's or under it; Swiss francs with an apostrophe
  between the thousands on some (CHF 20'040.81), euros the Dutch way on some (EUR 14.800,00 / 17.475,98 EUR),
  Omani rials with three decimals; the rupee lines only on the credited ones, the TT buying rate marked
  indicative on the held one.
* ``own_receipts``: the showroom's CASH BILL - POCHAMPALLY IKAT / RETAIL INVOICE - IKAT HOUSE, HIMAYATNAGAR,
  the depot's SILK YARN SALE BILL (PER KG) / DEPOT MEMO - MULBERRY SILK BY WEIGHT / ZARI SALE BILL - BY THE
  MARC / DEPOT MEMO - ZARI (MARC), the loom shed's SILK WASTE SALE RECEIPT (BY WEIGHT) / DISPOSAL RECEIPT -
  KORA SILK WASTE AND THRUMS (paper, rubber stamp, the manager's signature line), the number and the day in
  either order above the party, and the accounts desk's Your payment has reached us e-mails (IGST on both).
* ``supplier_invoices``: the silk reeler's, spinning mill's, dye maker's, loom parts maker's and zari
  maker's TAX INVOICE - ORIGINAL FOR RECIPIENT / INVOICE (GST) / TAX INVOICE AND CASH RECEIPT with the payment
  block (an advance or the buyer's TDS taken off on some) and a rubber stamp (paper, serif), the number and
  the day on one row (Sl. No. ... / Dt. ...) on some, else in either order; a transporter's LR No. or a
  courier's AWB No.
* ``vendor_transfers``: corporate net banking's pages (ICICI Bank CIB, neo for corporates, Kotak Fyn) in four
  orders (the day and the status under the heading; both at the foot; the status under the heading and the
  day at the foot; the day under the heading and the status at the foot), the references above the payee or
  at the end of the details.
* ``worker_pay``: printed NEYATA KOOLI CHITTI - PER SAREE (IKAT) / WEAVING WAGES - DOUBLE IKAT, PER SAREE /
  ASU WINDING WAGES - PER SET (HOME WORK) / ASU KOOLI CHITTI - INTI PANI / TYING WAGES - PER DESIGN (CHITIKI)
  / KATTU KOOLI CHITTI, the payee first; Cashfree Payouts' pages, the payee above the sum and the status or
  under them; a BHIM and a PhonePe screen.
* ``govt_fees``: Pochampally Municipality's property tax page, the Telangana Pollution Control Board's
  consent fee (TG-iPASS), the Silk Mark Organisation of India's authorised user renewal, the Commercial Taxes
  Department's profession tax challan, GHMC's trade licence renewal, Legal Metrology's verification fee,
  ESIC's monthly contribution and the Fire Services Department's NOC renewal (browser), the status under the
  authority's line or at the foot.
* ``insurer_receipts``: insurers' PREMIUM RECEIPT (CUSTOMER COPY) / Acknowledgement of premium / RECEIPT OF
  PREMIUM - POLICYHOLDER'S COPY (Premium payment unsuccessful / PAYMENT NOT RECEIVED on the failed one;
  browser, e-mail, printed at the branch), the status under the heading or under the sum, CGST and SGST @ 9%
  or IGST @ 18%.
* ``card_slips``: card terminal slips (monospace), the day at the top or under the sum (DATE: and TIME:, TXN
  DATE: and TXN TIME: or DATE/TIME:), the sum above the card or under the references.
* ``utility_bills``: Bharat Connect in iMobile Pay and other apps (PhonePe, Paytm, Google Pay, Amazon Pay),
  the sum above the status or under it, the biller's line stacked where it would not fit, and TGSPDCL's own
  online payment receipt, the status at the foot.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Union Bank of India, ICICI Bank's UPI,
  Telangana Grameena Bank, the Nalgonda District Co-operative Central Bank) in a messages app and two e-mail
  debit alerts (Axis Bank, Union Bank of India), the sum above the payee or under it.

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout247's and heldout246's.

Truth conventions (heldout247's, heldout246's, heldout243's, heldout242's, heldout239's, heldout235's,
heldout234's, heldout231's, heldout227's, heldout225's, heldout222's, heldout211's, heldout210's,
heldout207's, heldout206's, heldout203's, heldout190's, heldout179's and heldout167's, kept where they say
*settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Sent to / Paying to (heldout206, heldout235), Money paid to / Payee shop (heldout247) or *settled* (new
  here) Payee (merchant) / Sent to store / Money transferred to / Merchant paid, and Paying merchant / Payment
  in progress to on one not yet paid or failed (as heldout247's Paying to shop), here the showroom, Vennela
  Ikat House / VENNELA IKAT HOUSE, the company's capitals, VENNELA IKAT HANDLOOMS PVT LTD, or its short name,
  Vennela Ikat, as printed, whether the payee block stands on top of both (heldout247), under the sum and the
  status, or between them (heldout243, heldout247), never the UPI ID or the app, nor the *settled* (new here)
  Bank-verified name / Registered as line under the UPI ID (as heldout247's Banking name), nor the payer under
  Paid by (heldout239); a payment page's payee on top (the showroom, its capitals, the company or its short
  name), never *settled* (new here) the Shopper / Name on order / Customer details, the Cart / Order summary
  (as heldout247's Order placed by and Order items) or the gateway's footer (*settled* (new here) Secured by
  Cashfree Payments | Cashfree Payments India Pvt Ltd, PayU - 100% secure payments | PayU Payments Pvt Ltd).
  *settled* (heldout167, heldout190, heldout202 to heldout247): a payer's payment advice pays the one it pays,
  never the payer on top; here a saree house's or TSCO's advice pays the company under *settled* (new here)
  Name of supplier / Payee (vendor) / Remittance in favour of / Vendor / payee / Amount released to (its full,
  capital or short name as printed), at the head of the body or at the head of the payment block, above the
  bills or under them, never the payer on top (the saree houses, the Telangana State Handloom Weavers'
  Co-operative Society Ltd), its desk line, the *settled* (new here) Vendor No. (as heldout247's Supplier
  code), Our indent No. / Procurement order No. (as heldout247's Our PO No.), Material inward No. (as
  heldout247's Goods receipt ref.), Depot receipt No. (as heldout247's Store receipt No.) or Vendor bank
  details (as heldout247's Supplier bank A/c). *settled* (heldout155, heldout167, heldout190, heldout203 to
  heldout247): a bank's inward remittance advice pays the company under *settled* (new here) Beneficiary
  (exporter) / Credit to account of / Name of exporter / 59: Beneficiary customer, never the bank on top, its
  forex desk line, the remitter under *settled* (new here) Ordering party (50K) / Remitter / buyer abroad /
  Sender (importer) (as heldout247's Applicant (field 50K)), the *settled* (new here) Ordering institution
  (52A) / Remitter bank (as heldout247's Remitter's bank (field 52A)) or the Correspondent bank (56A) (as
  heldout247's Intermediary (field 56A)), printed above the beneficiary or under it. *settled* (heldout175,
  heldout179, heldout190, heldout203 to heldout247): the company's own receipt pays the trade name on top
  where that is on top, so *settled* (new here) the showroom's bills pay Vennela Ikat House, the depot's memos
  Vennela Silk Yarn Depot and the loom shed's receipts Vennela Maggam Shala (capitals where so printed), and a
  receipt with the company on top the company, never the "A unit of" company line under it (heldout190), the
  party under *settled* (new here) Customer's name / Party / Buyer (as heldout247's Purchaser), printed after
  the number and the day, the goods' line, the signature line (*settled* (new here) For <unit> - Manager /
  Authorised signature, as heldout247's For <unit> - Munim) or the rubber stamp (*settled* (new here) VENNELA
  IKAT HOUSE, VENNELA SILK YARN DEPOT, VENNELA MAGGAM SHALA); the loom shed's receipt for silk waste sold by
  the kilo to a Dharmavaram waste trader alike (the shed or the company on top, never the buyer, as
  heldout247's yarn waste); the accounts desk's e-mail pays the company on top (its full, capital or short
  name as printed, heldout219). A supplier's name on top of its own paper (capitals where so printed), never
  the company under *settled* (new here) Billed to / Name of recipient / Buyer's name (as heldout247's Sold to
  (buyer)), nor the shed or the depot under *settled* (new here) Consignee / Shipped to (as heldout247's Ship
  to (consignee)), nor the transporter or the courier under *settled* (new here) Lorry / transporter (as
  heldout247's Transport) / Courier (heldout247). *settled* (heldout179, heldout202, heldout203, heldout207 to
  heldout247): a corporate banking page pays the payee under *settled* (new here) Payee (registered) /
  Beneficiary / Paid to beneficiary / Credited to A/c of, printed under the references or above them, never
  the portal (ICICI Bank CIB, neo for corporates, Kotak Fyn), the bank line, the *settled* (new here) Debited
  A/c (as heldout247's From account), the Login ID (as heldout247's Corporate user) or the Short name (as
  heldout247's Nickname). *settled* (heldout150, heldout161, heldout179, heldout203 to heldout247): a wage
  slip pays the worker, *settled* (new here) a weaver under Name of weaver / Neyata kooli paid to (weaver), an
  asu winder under Asu winder / Kooli paid to (asu) and a tier under Tier's name / Kattu kooli paid to,
  printed first under the heading, never the company on top, the shed's line under it, the *settled* (new
  here) Pani (work) (as heldout247's Kaam (work)), Village / colony (as heldout247's Mohalla / gaon) or
  Pehchan card No. (as heldout247's Bunkar card No.); *settled* (new here) Cashfree Payouts' page the
  Beneficiary (payee) / Paid out to (as heldout247's RazorpayX Contact name), printed above the sum and the
  status or under them, never Cashfree Payouts on top, the <company> - payout balance line under it (as
  heldout247's Current account - <company>), the Bene ID (as heldout247's Contact ID), the Bank account or the
  VPA (as heldout247's Fund account); a transfer screen the payee under Paid to (heldout235) / Sent to
  (heldout206), above the sum or under the status. *settled* (heldout153, heldout167, heldout182, heldout202
  to heldout247): a fee page pays the authority on top as printed, *settled* (new here for Telangana)
  Pochampally Municipality / POCHAMPALLY MUNICIPALITY; Telangana Pollution Control Board / TELANGANA POLLUTION
  CONTROL BOARD; Silk Mark Organisation of India / SILK MARK ORGANISATION OF INDIA; Commercial Taxes
  Department, Telangana / Commercial Taxes Department, Govt. of Telangana; Greater Hyderabad Municipal
  Corporation / GHMC; Legal Metrology Department, Telangana / Controller of Legal Metrology, Telangana;
  Employees' State Insurance Corporation / ESIC; Fire Services Department, Telangana / TELANGANA STATE FIRE
  SERVICES; never the line under it (Commissioner & Director of Municipal Administration, Telangana, TG-iPASS
  online consent management, Set up by the Central Silk Board, Ministry of Textiles, Telangana Tax on
  Professions, Trades, Callings and Employments Act, Trade licence renewal | Online payment, Consumer Affairs,
  Food & Civil Supplies Department, Ministry of Labour & Employment, Government of India or Telangana State
  Disaster Response & Fire Services), nor the *settled* (new here) Owner / occupier (as heldout235's Name of
  owner), Applicant unit (as heldout235's Name of industry), Authorised user (as heldout247's Member
  exporter), Name of employer, Trade name (as heldout247's Name of establishment), Dealer / user (as
  heldout247's Trader's name), Employer's name (as heldout247's Establishment name) or Premises (as
  heldout233's Name of premises). *settled* (heldout199, heldout202 to heldout247): an insurer's premium
  receipt pays the insurer on top (its full name, capitals where so printed; *settled* (new here) The New
  India Assurance Co. Ltd's, The Oriental Insurance Co. Ltd's, ICICI Lombard General Insurance Co. Ltd's, Niva
  Bupa Health Insurance Co. Ltd's, IFFCO-Tokio General Insurance Co. Ltd's, Royal Sundaram General Insurance
  Co. Ltd's, SBI General Insurance Co. Ltd's and Go Digit General Insurance Ltd's alike), never the product
  line, the office line or the insured (the company) under *settled* (new here) Policyholder name / Insured /
  proposer / Name of the policyholder (as heldout237's Policyholder). A slip's counter name line in capitals
  (here the house's own counters, VENNELA IKAT HOUSE, VENNELA SILK YARN DEPOT and VENNELA IKAT, on four, a
  filling station on NH 65, an Abids hotel, a Bhongir computer shop and a Bhongir biryani house on the rest),
  never the terminal's bank or brand (UNION BANK OF INDIA, HP PAY, CANARA BANK, ICICI BANK, STATE BANK OF
  INDIA, MSWIPE, KOTAK MAHINDRA BANK, PINE LABS) or the place line. A Bharat Connect page's biller under
  Biller (heldout239) or *settled* (new here) Bill paid to / Service provider / Billed by (short or long as
  printed: TGSPDCL / Southern Power Distribution Company of Telangana Ltd, ACT Fibernet / Atria Convergence
  Technologies Ltd, Vi Postpaid / Vodafone Idea Ltd, Dish TV / Dish TV India Ltd, HMWSSB / Hyderabad
  Metropolitan Water Supply & Sewerage Board, Bharatgas / Bharat Petroleum Corporation Ltd), never the app
  (here iMobile Pay, PhonePe, Paytm, Google Pay and Amazon Pay), Bharat Connect or *settled* (new here) the
  Registered consumer / Bill in the name of (as heldout247's Consumer name); *settled* (new here) TGSPDCL's
  own e-receipt page the discom on top (TGSPDCL, Southern Power Distribution Company of Telangana Ltd or its
  capitals as printed, as heldout247's KEDL), never the "A Government of Telangana undertaking" line under it,
  the ERO (as heldout247's Division) or the Name (heldout243). An SMS alert's payee as the bank sends it
  (*settled*, the truncated name as printed, without the sentence's full stop), *settled* (new here) Union
  Bank of India's "by <way> to <payee>.", ICICI Bank's UPI "; <payee> credited.", Telangana Grameena Bank's
  "for <way> txn to <payee>. -TGB" (the payee without the full stop and the bank's sign-off) and the Nalgonda
  District Co-operative Central Bank's "<way> fav. <payee>." (fav., favouring), and the failed and pending
  transfers' "to <payee> on <day>" (heldout222), never the bank or the sender id; the e-mail alert's *settled*
  (new here) Beneficiary / Sent to / Payee name (as heldout247's Beneficiary name / Transferred to), printed
  above the sum or under it, never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the
  status or under it, above the payee block or under it (heldout239, heldout243, heldout247); *settled* (new
  here) a payment page's sum in an Amount charged / Order total paid row after the cart (as heldout246's Total
  paid row after the order). *settled* (heldout152, heldout186, heldout190, heldout202 to heldout247): a
  payer's advice counts its net sum, *settled* (new here) Net amount paid / Net transferred to vendor / Amount
  of remittance (net), Amount held back on the hold and Remittance bounced back / Amount returned on the
  return (the bills with their GST less TDS u/s 194Q @ 0.1% (heldout235) on the value before GST or TSCO's
  *settled* (new here) Less: TDS under GST @ 2% (CGST 1% + SGST 1%) (as heldout243's (IGST), within the
  state), and *settled* (new here) a Less: Colour run in ikat pattern - n pcs, a Less: Short length - n m or a
  Less: Rate revision - n @ rate (as heldout247's Weaving defect, Colour bleeding and Rate difference) or a
  Less: Early payment rebate @ 2.5% (as heldout247's Trade discount @ 3%)), printed in the payment block above
  the bills or under them, never a bill's sum, the *settled* (new here) Gross of bills / Bills value (incl.
  GST) (as heldout247's Value of bills), or a cut. *settled* (heldout155, heldout167, heldout179, heldout190,
  heldout203 to heldout247): an inward wire's foreign sum, *settled* (new here) Amount (FCY) received / FCY
  remitted / Value of remittance (FCY), in US dollars and pounds (heldout152's marks), Singapore dollars (SGD,
  S$, heldout207), ringgit (MYR, RM, heldout216), Swiss francs (CHF before the sum, heldout211; *settled* (new
  here) with an apostrophe between the thousands on some: CHF 20'040.81 is 20040.81), Qatari riyals (QAR
  before or after the sum, heldout242), euros the Dutch way on some (dots between the thousands and a decimal
  comma, EUR or the euro sign before or after: EUR 14.800,00 is 14800.00, 17.475,98 EUR is 17475.98, as
  heldout242's euros the German way) and Omani rials (OMR or RO before the sum, three decimals: RO 4,515.730
  is 4515.73, as heldout242's), never the *settled* (new here) Rupee value (as heldout247's INR equivalent),
  the Less: Handling charges + GST (as heldout247's Less: Commission and GST) or the Amount credited to A/c
  (INR) (as heldout247's Net credit (INR)); its *settled* (new here) TT buying rate (1 OMR = 230.98 INR;
  indicative on the held one, as heldout247's Exchange rate) is no sum, and a wire sent back prints no rupee
  line (heldout242). *settled* (heldout175, heldout179, heldout190, heldout203 to heldout247): a receipt
  counts the sum received even where it is part of the order, Cheque amount (heldout211) or *settled* (new
  here) UPI collected / Amount received (UPI) / Swiped on card / Paid by card / Cheque tendered for / Cash
  received (counter) / Amount paid in cash / Advance paid with order / Booking advance, with the sum in words
  under it, never the *settled* (new here) Total order value (as heldout247's Order value) where less was
  received, the goods' line, the *settled* (new here) Less: Bathukamma offer @ 15% (as heldout247's Less:
  Festival discount @ 10%), the CGST and SGST @ 2.5% or the IGST @ 5%, the Round off or the *settled* (new
  here) Balance due before dispatch (as heldout247's Balance payable at dispatch); *settled* (new here) the
  Net amount / Invoice value (the rounded bill with its GST) is the same sum where the whole bill was paid (as
  heldout247's Bill amount / Net bill), and the loom shed's sale of silk waste (the kilos x rate with IGST @
  5% to an Andhra Pradesh buyer) counts its Invoice value, received in full. *settled* (heldout187,
  heldout191, heldout202 to heldout247): a supplier's invoice counts the sum paid, where an advance is taken
  off (*settled* (new here) Less: Advance already received) the *settled* (new here) Balance received by NEFT
  / RTGS, where the buyer's TDS is taken off (*settled* (new here) Less: TDS 194Q by buyer (0.1%)) the
  *settled* (new here) Net amount received (NEFT) / (RTGS), else *settled* (new here) Received in full by NEFT
  / RTGS / Payment received via NEFT / RTGS / Paid through UPI / UPI amount received (the rounded Invoice
  amount with GST), or *settled* (new here) the Cheque amount received / Paid by cheque, never the Taxable
  amount, a line or the GST (CGST and SGST @ 9% on the loom parts). A banking page's *settled* (new here)
  Amount (Rs.) / Payment value / Txn value, never the *settled* (new here) Closing balance (as heldout247's
  Balance after transfer). *settled* (heldout167, heldout202 to heldout247): a wage slip's net sum, *settled*
  (new here) Net kooli paid / Amount paid to weaver (net) / Net paid to winder / Kooli handed over / Amount
  paid (net) (the sarees, asu sets, designs or kilos x rate, plus *settled* (new here) Add: Double ikat extra
  / Add: Zari pallu extra / Add: Extra colour allowance, less *settled* (new here) Less: Pattern mismatch - n
  @ rate / Less: Baki (advance) recovered (as heldout247's Less: Weaving faults and Less: Peshgi (advance)
  adjusted)), never the *settled* (new here) Total kooli (as heldout247's Gross mazdoori), the line or a
  deduction; Cashfree Payouts' and a screen's sum large. *settled* (new here): Pochampally Municipality's
  Total amount paid / Amount collected (the Property tax 2026-27 (first half) and the Library cess, with the
  Arrears and the Interest @ 2% p.m. where printed), never a head; the Pollution Control Board's Consent fee
  paid / Total fee (the CFO fee (water and air) and an Inspection fee), never a head; the Silk Mark
  Organisation's Total amount remitted / Amount paid (the Authorised user renewal fee and the GST @ 18%),
  never the fee or the GST; the Commercial Taxes Department's Challan amount / Amount payable on the page not
  yet confirmed (the Profession tax deducted - employees and the Enrolment tax (firm)), never a head; GHMC's
  Total due / Amount to be paid on the failed page (the Trade licence fee and a Penalty (late renewal)), never
  a head; Legal Metrology's Total fee paid / Verification fee (total) (the electronic scales' and the counter
  balances' fees), never one fee; ESIC's Total contribution paid / Challan amount (the Employees' share @
  0.75% and the Employer's share @ 3.25%), never one share; the Fire Services Department's Total fee paid /
  Amount remitted (the Fire NOC renewal fee and the Inspection fee), never a head. *settled* (heldout199,
  heldout202 to heldout247): an insurer's premium with its GST, *settled* (new here) Total premium (incl.
  taxes) / Premium collected / Amount paid (incl. GST), the Cheque amount (heldout211) or *settled* (new here)
  Cheque for premium on the cheque not yet cleared, Premium payable (heldout235) or *settled* (new here) Total
  due on the failed one, never the *settled* (new here) Premium (before tax) / Taxable premium (the Net
  premium, heldout247), an add-on, the CGST @ 9% and SGST @ 9% or the IGST @ 18%, nor the OD premium / TP
  premium (as heldout247's Own damage (OD) premium and Third party (TP) premium), nor the IDV (heldout235) or
  the *settled* (new here) Sum insured - building, looms and silk stock, Sum insured - saree stock,
  Consignment value (CIF + 10%), Lives covered, Carrying limit per trip, Estimated annual wages or Sum insured
  - depot stock and fittings (as heldout247's sums insured, turnover, lives, limit and wages). A slip's
  AMOUNT: (heldout247) / TOTAL: (heldout246) / *settled* (new here) TXN AMOUNT: / SALE TOTAL: / AMT(INR):,
  printed above the card or under the references, never the *settled* (new here) RATE: or QTY(LTR): (as
  heldout247's UNIT PRICE: and VOLUME(L):) or the HP PAY POINTS: (as heldout247's PETRO POINTS:). A Bharat
  Connect page's sum large, never *settled* (new here) the Late payment amount (as heldout247's Amount after
  due date); TGSPDCL's *settled* (new here) Amount remitted / Payment amount (the Amount due above it is the
  same sum). An alert's sum debited (*settled* (new here) Union Bank of India's "Debited for Rs:x", the sum
  bare after the colon, without grouping: Rs:148240.00 is 148240.00, ICICI Bank's "debited for Rs x",
  Telangana Grameena Bank's "debited with INR x", the Nalgonda District Co-operative Central Bank's "Rs.x
  debited", the failed and pending transfers' "Your <way> [transfer] of Rs.x"; the e-mail's *settled* (new
  here) Amount (INR) / Debited amount), never the *settled* (new here) Avl Bal Rs:, Clear Bal INR or Bal: (as
  heldout247's Avl Bal and Bal), or the e-mail's *settled* (new here) Balance after transaction (as
  heldout247's Available balance). Currency INR but on the wires.
* status: as printed. *settled* (new here): a UPI screen's Successful, Payment done - store has been credited
  and Money reached the merchant successes, Processing - bank yet to confirm, wait 30 minutes before retrying
  pending, Failed - daily UPI limit exceeded at your bank failed; a payment page's Transaction successful -
  receipt e-mailed to you, Payment received - your ikat order is confirmed and Success - ships from
  Pochampally in 2 days successes. *settled* (new here): a payer's Payment status: Credited to vendor account
  / Amount released - please confirm receipt successes, On hold - awaiting the colour-fastness test of the lot
  pending (a payer's hold, as heldout247's Payment parked), Returned by beneficiary bank - account closed
  failed, printed under the heading or at the end of the payment block. *settled* (new here): an inward
  advice's Credited to exporter's account - FIRA generated / Status: Realised - proceeds credited successes,
  Under scrutiny - purpose code and invoice copy awaited pending, Returned to remitter - beneficiary account
  number invalid failed, printed under the heading or at the foot. *settled* (heldout167, heldout179,
  heldout190, heldout203 to heldout247): a cheque received and not yet cleared pending, a cheque returned
  failed, so *settled* (new here) CHEQUE DEPOSITED - SAREES RELEASED ON CLEARANCE and CHEQUE DEPOSITED -
  SUBJECT TO REALISATION pending, CHEQUE BOUNCED - INSUFFICIENT FUNDS, BILL CANCELLED and CHEQUE DISHONOURED -
  FUNDS INSUFFICIENT failed; RECEIVED WITH THANKS, PAID and PAID IN CASH successes, as are *settled* (new
  here) PAID - SAREE PACKED AND HANDED OVER, PAID - SILK WEIGHED AND GIVEN, PAID - ZARI MARCS COUNTED AND
  GIVEN, PAID - WASTE WEIGHED AND LOADED, ADVANCE RECEIVED - WARP SET ON THE LOOM (as heldout247's ADVANCE
  RECEIVED - ORDER PUT ON THE LOOM), PAYMENT RECEIVED - PARCEL LEAVES POCHAMPALLY TOMORROW, FULLY PAID,
  PAYMENT RECEIVED - THANK YOU, SETTLED - NO BALANCE, RECEIVED VIA NEFT / RTGS / UPI, PAID - ENTERED IN KOOLI
  REGISTER, PAID - SAREE CHECKED AND CUT FROM THE LOOM, PAID - ASU SETS COUNTED AND TAKEN and PAID - TIED
  HANKS CHECKED AND TAKEN. *settled* (new here): a banking page's Successful - credited to beneficiary /
  Status: Completed (UTR generated) successes, Awaiting checker approval - not yet sent to bank pending
  (keyed, not yet authorised, as heldout247's Pending authorisation), Failed - beneficiary name and account
  mismatch, amount refunded failed (whatever the refund), printed under the heading or at the foot; Cashfree
  Payouts' SUCCESS - credited to beneficiary / Transfer successful (UTR received) successes, PENDING - low
  payout balance, will retry automatically pending (not yet sent, as heldout247's Queued), REVERSED -
  beneficiary bank rejected the transfer failed (whatever the reversal); a transfer screen's Payment
  successful / Sent successfully / Transfer complete successes; a fee page's Transaction success - download
  your receipt, Fee received - e-receipt sent to registered mobile, Paid - thank you and Amount credited to
  Government account - challan closed successes, the Commercial Taxes Department's Under verification - bank
  confirmation awaited, do not pay again pending, GHMC's Transaction failed - trade licence fee not received
  failed, printed under the authority's line or at the foot; an insurer's Premium received - policy issued /
  Payment received - policy document sent by e-mail successes, CHEQUE UNDER CLEARING - POLICY ON REALISATION
  OF CHEQUE pending (as heldout247's CHEQUE RECEIVED - POLICY ISSUED ON REALISATION), Transaction unsuccessful
  - proposal valid for 15 days failed, printed under the heading or under the sum; a slip's APPROVED
  (heldout210) and TRANSACTION APPROVED (heldout235) successes, as is *settled* (new here) APPROVED - PIN
  VERIFIED, *settled* (new here) DECLINED - 55 INCORRECT PIN failed, TXN TIMED OUT - DO NOT SWIPE AGAIN, CHECK
  WITH BANK pending (as heldout247's HOST TIMEOUT - STATUS UNKNOWN, DO NOT RETRY); a Bharat Connect page's
  *settled* (new here) Bill payment successful - biller has the payment / Paid - confirmation sent to biller
  successes, Pending with biller - status in 48 hours, don't pay again pending, Bill payment failed - refund
  to source in 3-5 days failed (the payment failed, whatever the refund), TGSPDCL's *settled* (new here)
  Payment successful - will reflect in your account in 2 days / Receipt generated - keep it for your records
  successes (printed at the foot); *settled* (new here) an SMS that says the transfer "has failed; the amount
  is credited back to your A/c." failed (whatever the credit back), one that "is pending with the beneficiary
  bank. Please check before retrying." pending, a debit alert a success, whatever its bank's wording (Union
  Bank of India's "A/c *1234 Debited for Rs:x on <day> by <way> to <payee>.", ICICI Bank's UPI "ICICI Bank
  Acct XX123 debited for Rs x on <day>; <payee> credited. UPI:<ref>.", Telangana Grameena Bank's "Dear
  Customer, your A/c XX1234 is debited with INR x on <day> for <way> txn to <payee>. -TGB", the Nalgonda
  District Co-operative Central Bank's "NDCCB: Rs.x debited from CA No ...1234 on <day>, <way> fav.
  <payee>."); the e-mail's *settled* (new here) Status: Success / Transaction successful - debited from your
  account successes.
* date: the day paid (a UPI screen's *settled* (new here) day and hour on a line of their own under the app's
  name (as heldout246's line of its own under the status), Payment time / Debited at / Done on, *settled* (new
  here) Tried at / Initiated on on one not yet paid or failed (as heldout247's Attempted at), printed first
  under the rule or after the references, a payment page's *settled* (new here) Transaction date / Payment
  time (IST) / Charged on, printed under the status, after the buyer or at the foot, a payer's *settled* (new
  here) Transfer date / Credit value date, the held one's Put on hold on / Advice issued on (as heldout247's
  Parked on / Advice dated) and the returned one's Return date / Bounced on (as heldout247's Rejected on), an
  inward advice's *settled* (new here) Date of realisation / Value dt. / Credit value date, Under review since
  / Date received on the held one (as heldout247's Held since) and Return date / Returned to remitter on on
  the returned one, printed first, after the sums or after the references (in capitals on some), a receipt's,
  invoice's or wage slip's Dated (heldout234, heldout235) or *settled* (new here) Bill dt. / Date of sale /
  Sold on / Date of invoice / Doc. date / Dt. / Paid on / Kooli date / Date of payment, the invoice's number
  and day on one row (*settled* (new here) Sl. No. ... / Dt. ..., as heldout247's No. ... / Date ...), the
  accounts desk's *settled* (new here) Amount received on / Date of receipt, printed above the number or under
  it, a banking page's *settled* (new here) Processed on / Txn date / Value dt., Saved on / Maker entry on on
  the one awaiting its checker (as heldout247's Created on) and Returned on / Failed on on the returned one,
  printed under the heading or at the foot, Cashfree Payouts' *settled* (new here) Processed on / Transfer
  completed at, Added on / Queued on on the one pending (as heldout247's Queued at) and Reversed on / Failed
  on on the failed one, a transfer screen's *settled* (new here) Paid on / Sent at / Date & time, a fee page's
  *settled* (new here) Transaction date / Date of payment / Fee paid on / Receipt dt., GHMC's Attempted on
  (heldout247) / *settled* (new here) Date of attempt on the failed one and the Commercial Taxes Department's
  *settled* (new here) Requested on / Challan raised on on the page not yet confirmed (as heldout247's Challan
  generated on), an insurer's *settled* (new here) Date of receipt / Premium paid on / Collection date, Cheque
  collected on / Date of deposit on the cheque not yet cleared (as heldout247's Cheque received on) and
  Transaction attempted on / Date of attempt on the failed one, a slip's DATE: (with TIME:) / *settled* (new
  here) TXN DATE: (with TXN TIME:) / DATE/TIME:, printed at the top or under the sum, a Bharat Connect page's
  *settled* (new here) Payment on / Paid at / Txn date & time / Date & time (the latter alone on a bill not
  paid, heldout235), TGSPDCL's *settled* (new here) Date of payment / Paid on, the SMS's day (the day divider
  and the body's day; *settled* (new here) ICICI Bank's "on 08-Apr-26"), the e-mail alert's Value date /
  Transaction date or *settled* (new here) Date). *settled* (new here): a day written d/m/yyyy without the
  zeros (11/8/2026) is the Indian order, day first (2026-08-11). *settled*: never a Bill month (heldout167), a
  Due date, a Cheque date (heldout198) or *settled* (new here) Cheque dt. (as heldout247's Date on cheque), a
  bill's day on an advice (*settled* (new here) the dt. dd.mm.yy after a bill's number), a Policy period
  (heldout231) or *settled* (new here) Period of insurance from (as heldout247's Risk commences), an invoice
  number's or a slip number's financial year or an e-mail's hour; never a Shipping bill's date (heldout167) or
  *settled* (new here) SB date, the day inside a UTR (heldout210) or inside the PhonePe Transaction ID
  (T260809...); never a Bharat Connect page's Bill date (as heldout239's) or Bill month, TGSPDCL's Bill month
  (heldout167), ESIC's *settled* (new here) Contribution period (as heldout247's Wage month), or the year of a
  head (Property tax 2026-27 (first half), Arrears 2025-26, Authorised user renewal fee 2026-27, Enrolment tax
  (firm) 2026-27, Trade licence fee 2026-27).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT /
  RTGS / IMPS, Cashfree Payouts' IMPS (as heldout247's RazorpayX's), a Bharat Connect bill from a Current A/c
  (here in iMobile Pay), a payment page's net banking, a fee, a premium or TGSPDCL paid by Net banking, an
  e-mail alert's Channel, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a receipt's, a wage
  slip's, an invoice's, Cashfree Payouts', a fee's, a premium's or a bill's UPI and ICICI Bank's UPI alert;
  card on slips, a payment page's card, a receipt's Card, a fee, a premium or TGSPDCL paid by Debit card;
  cheque for a cheque received, deposited or returned and a premium paid by Cheque; cash for a cash bill,
  memo or wage slip.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout247): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref No., UPI Ref No, UPI RRN (heldout179), RRN,
  NEFT UTR, RTGS UTR (heldout238), UPI transaction ID / UPI UTR (heldout247), *settled* (new here) UTR number
  / UPI Ref. No. / RRN No. / Reference No. (RRN) / UPI Reference No. / UPI Ref. ID on a UPI screen, Cashfree's
  UTR (UPI) and PayU's Bank ref. No. (UPI RRN) on a UPI payment, a payer's NEFT UTR No. / UTR (NEFT) / RTGS
  UTR / UTR (RTGS) / IMPS ref. (RRN), a receipt's UTR (UPI) / NEFT ref. No., an invoice's UTR Ref. / UPI Ref.
  No., a banking page's NEFT UTR No. / RTGS UTR No. / IMPS ref. No., Cashfree Payouts' UTR / Bank UTR, a wage
  slip's UPI Ref. No. / IMPS RRN, a slip's RRN: / RRN NO: / REF NO:, an SMS's UTR / IMPS Ref and ICICI Bank's
  UPI:<ref>), then a bank reference (an inward advice's *settled* (new here) Inward remittance No. / FIRA ref.
  No. / Bank ref. (IRM) (as heldout247's IRM No.), a banking page's *settled* (new here) Transaction ref. ID /
  Bank ref. No. (as heldout247's Reference No.), printed above the payee or under it, Cashfree's *settled*
  (new here) Bank txn ID and PayU's Bank ref. No. on net banking, a fee page's Bank ref. No., an insurer's
  *settled* (new here) Bank reference (as heldout247's Bank txn No.), a Bharat Connect page's *settled* (new
  here) BBPS txn ID / B-Connect ref. No. / Bharat Connect ID (as heldout247's BBPS ref. No.)), then a
  transaction / payment id (*settled* (new here) Cashfree's CF payment ID and PayU's PayU ID, the UPI apps'
  own Transaction ID, Google transaction ID, BHIM txn ID, Vyom txn No., Paytm txn ID and Navi txn ID (the
  app's own id, whatever its name, heldout235), Cashfree Payouts' Cashfree ref. ID (as heldout247's Payout
  ID), a fee page's Transaction ID (heldout234), *settled* (new here) the Pollution Control Board's Payment
  ref. No., the Silk Mark Organisation's and ESIC's Transaction No. and the Commercial Taxes Department's and
  Legal Metrology's Challan ref. No. (as heldout247's e-GRAS GRN), an insurer's *settled* (new here) Gateway
  txn ID / Online payment ref., TGSPDCL's *settled* (new here) Transaction ref. No. (as heldout247's KEDL
  Gateway ref. No.), a failed Bharat Connect page's *settled* (new here) Txn ID), then an approval code
  (Approval code, Auth code, *settled* (new here) Cashfree's Card auth code and PayU's Approval No., a slip's
  APPR CODE: / AUTH CODE: / APPROVAL CODE: (heldout116)), then an order's number (*settled* (new here)
  Cashfree's Order reference and PayU's Your order ref., Cashfree Payouts' Transfer ID (the company's own id
  for the transfer, as heldout247's RazorpayX Reference ID)), then a document's own number (a payer's
  *settled* (new here) Payment voucher No. / Advice ref. / Remittance No., *settled* (new here) Cash bill No.
  / Retail invoice No. / Yarn bill No. / Zari bill No. / Depot memo No. / Waste receipt No. / Disposal receipt
  No. / Acknowledgement ref. / Receipt ref. No. on a receipt, *settled* (new here) Invoice Sl. No. / Document
  No. / Bill Sl. No. / Sl. No. on an invoice, *settled* (new here) Kooli chitti No. / Slip No. on a wage slip,
  a fee page's Receipt No., an insurer's *settled* (new here) Premium receipt No. / Collection receipt No.,
  TGSPDCL's Receipt No., a slip's INV NO: / BILL NO: (heldout116) / *settled* (new here) RECEIPT NO:).
  *settled*: never a UETR, a MID: / TID:, a BATCH NO: (as BATCH:), a STAN: (heldout202), a card, account or
  mobile number, a UPI ID or VPA, IFSC, GSTIN, an IEC, a cheque number, a Purpose code, the *settled* (new
  here) Commercial invoice No. on a wire (as heldout210's Export invoice No.), a Shipping bill No.
  (heldout167), an E-way bill No., an LR No. (heldout235), *settled* (new here) an AWB No. (as heldout247's
  Docket No.), a Vehicle No. (heldout205) (so never a Registration No. on an insurer's page or a slip's VEH
  NO:), *settled* (new here) a Your PO ref. (as heldout247's Your order No.), a Vendor No. (as heldout247's
  Supplier code), an Our indent No. or a Procurement order No. (as heldout247's Our PO No.), a Material inward
  No. or a Depot receipt No. (as heldout247's Goods receipt ref. and Store receipt No.), a Remitter's ref.
  (20) (as heldout247's Sender's ref. (field 20)), the Maker / Checker (as heldout247's Created by /
  Authorised by), the Login ID (as heldout247's Corporate user), a Short name (as heldout247's Nickname), a
  Bene ID (as heldout247's Contact ID), a Pehchan card No. (as heldout247's Bunkar card No.), a PTIN (as
  heldout222's Property ID), a CFO order No. (as heldout247's Consent order No.), an AU registration No. (as
  heldout247's Membership No.), an Enrolment No., a Trade licence No. (as heldout231's Licence No.), an
  Employer code No. (as heldout247's Establishment ID), a Fire NOC No., a Policy No. / Proposal No. /
  Quotation No., a consumer number (here Unique Service No., Customer ID, Mobile No., VC No., CAN No.,
  Consumer No.), or a slip's ROOM: (as heldout203's ROOM NO:) / *settled* (new here) FOLIO NO: / ORDER NO: /
  TABLE: / STEWARD: (as heldout247's KOT NO:, TABLE NO: and CAPTAIN:) / MOBILE NO: (as heldout247's CUST MOB:)
  / NOZ NO: (as heldout247's NOZZLE NO:).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout249_families import (
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

SPLIT = "heldout249"

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


def make_heldout249_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout249 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
