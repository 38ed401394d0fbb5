"""heldout238: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Kolhapuri chappal and leather footwear makers' co-operative's day in 2026 in
Kolhapur, Maharashtra (Panchganga Charmodyog Sahakari Sanstha Maryadit, a society of chappal makers registered
under the Maharashtra Co-operative Societies Act, its karagirs' workshed at Jawahar Nagar, Panchganga Karagir
Workshed, where the vegetable tanned buffalo leather is cut, the uppers hand stitched, the veni braided by
home workers, the soles fitted and the pairs polished and boxed, and its showroom on the Chappal Line of
Mahadwar Road near the Ambabai temple, Panchganga Kolhapuri Chappal Ghar, where pilgrims, tourists and
boutiques buy), told by the proofs of payment it receives (pilgrims', tourists' and boutiques' UPI screens and
the showroom's Zaakpay and Airpay pages, LIDCOM's, LIDKAR's and the Mumbai, Pune, New Delhi, Bengaluru, Goa
and Hyderabad footwear shops' payment advices, importers' inward wires from Austin, Milan, Kyoto, Brighton,
Hong Kong, Kuwait, Oslo and Toronto in US dollars, euros, yen, pounds, Hong Kong dollars, Kuwaiti dinars,
Norwegian kroner and Canadian dollars, two of them through the Xflow and Briskpe export platforms, the
showroom's retail and wholesale bills, the workshed's receipts for leather offcuts sold by the kilo and for
sole stitching job work, the society's share capital receipt to a new member, the accounts desk's
acknowledgements of a groom's family's advance and a Mangaluru shopper's order, cards on the showroom's, the
society's and the workshed's terminals) and those it makes (the Sangli vegetable tannery's, the Athani tanning
bark depot's, the Ichalkaranji thread mill's, the Dharavi buckle works' and the Bhosari shoebox maker's tax
invoices, the corporate net-banking transfers to the parcel carrier, the leather waste lifter, the sewing
machine mechanic, the showroom's landlord, the electrician, the photo studio, the security agency and the
design consultant, the veni braiders', stitchers', cutters', sole fitters' and polishers' majuri vouchers,
Instantpay payouts to a stitcher and a braider and a Mahamobile Plus and an RBL MoBank transfer to two
braiders, Kolhapur Municipal Corporation's property tax and trade licence renewal, the Maharashtra Labour
Welfare Board's contribution, the Maharashtra Pollution Control Board's consent fee, the Council for Leather
Exports' membership renewal, Legal Metrology's verification fee, the Co-operation Department's audit fee
challan and the profession tax through GRAS, the insurers' premium receipts for the workshed and its leather
stock, the showroom, the parcels to stockists, the karagirs' health, the cashier's fidelity, the delivery
pick-up, the home braiders and the stall at the Chennai leather fair, its card at a filling station on NH-48,
a Chennai hotel in the leather fair week, a hardware shop and a misal house, MSEDCL's power and the fibre,
water, DTH and postpaid bills, the banks' SMS and e-mail alerts). One payment per page. Each family: six
successes, one failure, one wait; one page prints no transaction id and one no day (truth None for those
fields), four different pages.

* ``buyer_upi``: six UPI app screens (Google Pay, POP UPI, Tata Neu, Mahamobile Plus, JioFinance, Kotak811) in
  three orders (the status, the sum and the payee; the payee, the sum and the status; the sum and the payee
  with the status at the foot under the references), the day on top under the app's name on some, and two of
  the showroom's payment pages (Zaakpay: the status above an Amount paid row; Airpay: the sum large above the
  status).
* ``buyer_advices``: LIDCOM's, LIDKAR's and the shops' SUPPLIER PAYMENT ADVICE - FOOTWEAR PROCUREMENT /
  PAYMENT RELEASE MEMO TO ARTISAN SOCIETY / Advice of funds transfer to supplier (e-mail, printed, supplier
  portal), in one order the codes, the payee and the payment block above the bills, in the other the payee,
  the codes and the bills above the payment block.
* ``export_wires``: six banks' inward remittance advices (INWARD REMITTANCE - CREDIT TO EXPORTER / Advice of
  foreign inward remittance (MT103) / Export proceeds - credit advice; browser, e-mail, printed), the
  beneficiary above the remitter or under it, the day first or at the foot, the status under the heading or at
  the foot; and two export platforms' receipts (Xflow, Briskpe), the foreign sum large.
* ``own_receipts``: the showroom's RETAIL TAX INVOICE - KOLHAPURI FOOTWEAR / CHAPPAL LINE COUNTER BILL /
  WHOLESALE TAX INVOICE - FOOTWEAR, the workshed's PAVATI - LEATHER OFFCUTS SOLD BY WEIGHT / SCRAP SALE
  RECEIPT - CHINDI / JOB WORK RECEIPT - SOLE STITCHING / MAJURI RECEIPT - JOB WORK, the society's SHARE
  CAPITAL RECEIPT - NEW MEMBER / PAVATI - SHARE MONEY AND ENTRANCE FEE (paper, rubber stamp), the number and
  the day above the party or at the foot, and the accounts desk's Payment acknowledgement - with thanks
  e-mails.
* ``supplier_invoices``: the tannery's, the bark depot's, the thread mill's, the buckle works' and the shoebox
  maker's TAX INVOICE - ORIGINAL (RECIPIENT'S COPY) / GST SALE INVOICE / INVOICE CUM RECEIPT with the payment
  block and a rubber stamp (paper, serif), the number and the day on one row on some.
* ``vendor_transfers``: corporate net banking's pages (Mahabank Corporate Internet Banking, DCB Business Net,
  Cosmos e-Corp), in one order the status under the heading and the references and the day at the foot, in the
  other the references above the payee and the day and the status at the foot.
* ``worker_pay``: printed VENI (BRAID) WORK - HOME WORKER VOUCHER / VENI VINAI MAJURI PAVATI / HAND STITCHING
  WAGES - PER PAIR / SHIVAI MAJURI PAVATI / CUTTING SECTION - PIECE WAGES / KATAI MAJURI SLIP / SOLE FITTING
  (TALA) WAGES VOUCHER / TALA JODNI MAJURI PAVATI / POLISH, FINISH AND PACK - PER PAIR / POLISH MAJURI SLIP,
  the payee first, Instantpay's payout pages, a Mahamobile Plus (UPI) and an RBL MoBank (IMPS) screen.
* ``govt_fees``: Kolhapur Municipal Corporation's property tax receipt and trade licence renewal page, the
  Maharashtra Labour Welfare Board's contribution, the Maharashtra Pollution Control Board's consent fee
  (ECMPCB), the Council for Leather Exports' membership renewal, and three GRAS challans (Legal Metrology's
  verification fee, the Co-operation Department's audit fee, the Maharashtra GST Department's profession tax);
  the status under the rule on some pages and at the foot on the rest (browser).
* ``insurer_receipts``: insurers' PREMIUM RECEIPT (INSURED'S COPY) / Premium payment acknowledgement / RECEIPT
  FOR PREMIUM - ORIGINAL (browser, e-mail, printed at the branch), the status above the sum or under it.
* ``card_slips``: card terminal slips (monospace).
* ``utility_bills``: Bharat Connect in Mahamobile Plus and UPI apps (Airtel Thanks, Tata Neu, Google Pay,
  JioFinance, CRED), the sum above the status, and MSEDCL's own online payment receipt, the status at the
  foot.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Bank of Maharashtra, Kolhapur District
  Central Co-operative Bank, Shri Warana Sahakari Bank, RBL Bank's UPI) and two e-mail transfer alerts (DCB
  Bank, YES Bank), the sum above the payee.

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout235's and heldout234's.

Truth conventions (heldout235's, heldout234's, heldout231's, heldout227's, heldout226's, heldout225's,
heldout224's, heldout223's, heldout222's, heldout219's, heldout215's, heldout211's, heldout210's,
heldout207's, heldout206's, heldout204's, heldout203's, heldout190's, heldout179's and heldout167's, kept
where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to /
  To / Sent to / Paying to (heldout206), Payee / Amount paid to (heldout235), *settled* (new here) Money sent
  to / Received by / You paid / Merchant, and Sending to / Transfer to on the one not yet paid and the one
  that failed (here the showroom, Panchganga Kolhapuri Chappal Ghar / PANCHGANGA KOLHAPURI CHAPPAL GHAR, or
  the society's short name, Panchganga Charmodyog / PANCHGANGA CHARMODYOG, as printed), whether the payee
  block stands above the sum or under it, never the UPI ID or the app, nor the Registered name / Name at bank
  line (heldout235) or *settled* (new here) the Name as per bank: line under the UPI ID; a payment page's
  payee on top (here the showroom, its capitals, the society's short name or its full name), never Paid by
  (heldout206) / Customer name / Buyer (heldout235), *settled* (new here) the Shopper / Paid by (customer),
  the Items / Order details, the Ship to or the gateway's footer (Secured by Zaakpay, a MobiKwik company /
  Payments by Airpay). *settled* (heldout167, heldout175, heldout179, heldout190, heldout202 to heldout235): a
  payer's payment advice pays the one it pays, never the payer on top; here LIDCOM's, LIDKAR's or a shop's
  advice pays the society under *settled* (new here) Supplier name / Payee (supplier) / Paid in favour of /
  Amount released to (its full, capital or short name as printed), printed above the codes or under them,
  never the payer on top (Sant Rohidas Charmodyog va Charmakar Vikas Mahamandal (LIDCOM), Dr. Babu Jagjivan
  Ram Leather Industries Dev. Corp. Ltd (LIDKAR), the shops), its desk line, *settled* (new here) the Supplier
  code (as heldout210's Vendor code), the Purchase order No., the MRN No. (as heldout235's GRN No.) or the
  Society's bank A/c (as heldout235's Vendor bank A/c). *settled* (heldout155, heldout167, heldout190,
  heldout203 to heldout235): a bank's inward remittance advice pays the society under *settled* (new here)
  Beneficiary customer / In favour of / Exporter name / Account credited, printed above the remitter's block
  or under it, never the bank on top, its forex desk line, the Ordering customer (heldout234), *settled* (new
  here) the Remitter name and address / Buyer abroad (remitter) (the importer abroad), the Ordering
  institution / Remitter's bank (as heldout155's Sender's bank) or the Correspondent (intermediary) (as
  heldout235's Intermediary bank); *settled* (new here) an export platform's receipt (Xflow, Briskpe) pays the
  society under Credited to (your account), never the platform on top, its Receivables - line, the Payment
  from / Payer (the importer) or the Settled in account. *settled* (heldout175, heldout179, heldout190,
  heldout203 to heldout235): the society's own receipt pays the trade name on top where that is on top, so
  *settled* (new here) the showroom's bills pay Panchganga Kolhapuri Chappal Ghar and the workshed's receipts
  Panchganga Karagir Workshed (capitals where so printed), and a receipt with the society on top the society
  (here *settled* (new here) its share capital receipt, never its registration line under the name), never the
  "A unit of" line under it (heldout190), the party under Received from (heldout235's Customer or Sold to),
  *settled* (new here) Name of customer / Buyer / Received with thanks from / Member name, printed before the
  number and the day or after them, the goods' line, the signature line or the rubber stamp; *settled* (new
  here) the workshed's receipts for leather offcuts sold by the kilo to a toy maker and for sole stitching job
  work alike (the workshed, never the buyer, as heldout235's cuttings); the accounts desk's e-mail pays the
  society on top (its full, capital or short name as printed, heldout219). A supplier's name on top of its own
  paper (capitals where so printed), never M/s the society under *settled* (new here) Sold to / Name of
  buyer / Buyer's name and address (as heldout235's Billed to), nor the workshed under *settled* (new here)
  Delivery at / Goods sent to (as heldout235's Shipped to). *settled* (heldout179, heldout186, heldout202,
  heldout203, heldout207 to heldout235): a corporate banking page pays the payee under Payee (heldout211),
  *settled* (new here) Beneficiary account name / Transfer to / Name of payee, printed under the status or
  under the references, never the portal (Mahabank Corporate Internet Banking, DCB Business Net, Cosmos
  e-Corp), the bank line, *settled* (new here) the Account debited / Debit A/c (as the Debit account) or the
  Payee ID (as heldout235's Short name). *settled* (heldout150, heldout161, heldout179, heldout203 to
  heldout235): a wage voucher pays the worker, *settled* (new here) a braider under Name of braider / Home
  worker, a stitcher under Name of stitcher / Karagir (stitcher), a cutter under Name of cutter / Karagir
  (cutter), a sole fitter under Name of sole fitter / Karagir (sole fitter) and a polisher under Name of
  polisher / Karagir (polisher), printed first under the heading, never the society on top, the workshed's
  line under it, the Work, the Area or *settled* (new here) the Member No., the Aadhaar (last 4) or the Lot
  No.; *settled* (new here) Instantpay's payout page the Beneficiary name / Paid to (as heldout235's
  Easebuzz), never Instantpay on top, the society under it (Payouts - ...), the Contact ref. (as heldout173's
  Beneficiary ID), the Account No. or the VPA; a transfer screen the payee under *settled* (new here)
  Transferred to / Beneficiary (Mahamobile Plus, RBL MoBank). *settled* (heldout153, heldout167, heldout182,
  heldout202 to heldout235): a fee page pays the authority on top as printed, *settled* (new here for
  Maharashtra) Kolhapur Municipal Corporation / KOLHAPUR MUNICIPAL CORPORATION on both its pages; Maharashtra
  Labour Welfare Board / MAHARASHTRA LABOUR WELFARE BOARD; Maharashtra Pollution Control Board / MAHARASHTRA
  POLLUTION CONTROL BOARD; Council for Leather Exports / CLE; Legal Metrology, Maharashtra / Controller of
  Legal Metrology, Maharashtra State; Co-operation Department, Government of Maharashtra / CO-OPERATION
  DEPARTMENT, MAHARASHTRA; Maharashtra Goods and Services Tax Department / MAHARASHTRA GST DEPARTMENT; never
  the line under it (the Property Tax Department or Licence Department line, the Industries, Energy and Labour
  Department, ECMPCB, the Ministry of Commerce and Industry, GRAS, the District Deputy Registrar, Co-operative
  Societies, Kolhapur or the Profession tax - PTEC line), *settled* (new here) the Assessee name, Name of
  business, Establishment name, Name of unit, Name of member, Name of user, Name of society or Name of
  enrolled person. *settled* (heldout199, heldout202 to heldout235): an insurer's premium receipt pays the
  insurer on top (its full name, capitals where so printed; *settled* (new here) National Insurance Co. Ltd's,
  Shriram General Insurance Co. Ltd's, Liberty General Insurance Ltd's, ManipalCigna Health Insurance Co.
  Ltd's, Magma General Insurance Ltd's, Cholamandalam MS General Insurance Co. Ltd's, Aditya Birla Health
  Insurance Co. Ltd's and Universal Sompo General Insurance Co. Ltd's alike), never the product line, the
  office line or *settled* (new here) the Name of insured / Proposer / Policy holder's name (the society). A
  slip's counter name line in capitals (here the society's own counters, PANCHGANGA KOLHAPURI CHAPPAL GHAR,
  PANCHGANGA CHARMODYOG and PANCHGANGA KARAGIR WORKSHED, on four, a filling station, a Chennai hotel, a
  hardware shop and a misal house on the rest), never the terminal's bank or brand (BANK OF MAHARASHTRA,
  INDIANOIL, RBL BANK, ICICI BANK, PAYSWIFF, INNOVITI, GETEPAY, DCB BANK) or the place line. A Bharat Connect
  page's biller under Biller (heldout234) / Service provider (heldout223), *settled* (new here) Paid towards /
  Utility (short or long as printed), never the app (here Mahamobile Plus, Airtel Thanks, Tata Neu, Google
  Pay, JioFinance, CRED), Bharat Connect or *settled* (new here) the Consumer name (biller) / Bill in the name
  of; *settled* (new here) MSEDCL's own receipt page the discom on top (MSEDCL, Maharashtra State Electricity
  Distribution Co. Ltd or its capitals as printed, as heldout235's PGVCL), never the Mahavitaran line under
  it, the Consumer name, the BU or the PC. An SMS alert's payee as the bank sends it (*settled*, the truncated
  name as printed, without the sentence's full stop), *settled* (new here) Bank of Maharashtra's "for <way> to
  <payee>.", KDCC Bank's "in favour of <payee>.", Warana Bank's "<way> Trf to <payee>." and RBL Bank's UPI "to
  <payee> on <day>.", and the failed and pending transfers' "to <payee> on <day>" (heldout222), never the bank
  or the sender id; the e-mail alert's *settled* (new here) Sent to / Beneficiary account name, printed under
  the sum, never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the
  status or under it, *settled* (new here) or Zaakpay's Amount paid / Total paid row under its status, never
  the POP coins earned (worth Rs x), the NeuCoins earned or the Balance after this payment. *settled*
  (heldout152, heldout186, heldout190, heldout202 to heldout235): a payer's advice counts its net sum,
  *settled* (new here) Net amount released / Net sum transferred / Amount paid (after deductions), Amount
  withheld / Sum on hold on the hold and Amount returned / Remittance returned on the return (the bills less
  TDS u/s 194Q @ 0.1% where the payer deducts it and a Pairs rejected at QC - n (stitching loose), a Rate
  difference - n pairs @ rate, a Trade discount @ 2.5% or a Security deposit retained @ 5%), printed above the
  bills or under them, never a bill's sum, *settled* (new here) the Gross value of bills / Total billed, or a
  cut. *settled* (heldout155, heldout167, heldout179, heldout190, heldout203 to heldout235): an inward wire's
  foreign sum, *settled* (new here) Inward amount / Foreign currency amount / Amount in FCY / Remitted amount,
  in US dollars, euros (*settled* (new here) also 12.345,60 EUR, the Italian way), yen (*settled* (new here)
  whole yen, JPY or the yen sign before the sum), pounds, Hong Kong dollars (*settled* (new here) HKD, HK$),
  Kuwaiti dinars (*settled* (new here) three decimals, KWD 1,234.560 or KD before the sum), Norwegian kroner
  (*settled* (new here) NOK before the sum, grouped by spaces with a decimal comma, NOK 45 678,90, on some)
  and Canadian dollars (*settled* (new here) CAD, C$), never *settled* (new here) the Rupee equivalent (as
  heldout204's Rupee value), the Less: Handling charges + GST (as heldout221's commission) or the Net credit
  to account (INR) (as heldout155's Amount credited (INR)); its Exchange rate applied (1 KWD = INR 284.1) is
  no sum; *settled* (new here) an export platform's foreign sum large, never its fee (incl. GST) or You
  receive (INR). *settled* (heldout175, heldout179, heldout190, heldout203 to heldout235): a receipt counts
  the sum received even where it is part of the order, *settled* (new here) Cash received / Amount paid in
  cash / UPI received / Amount by UPI (QR) / Card swiped for / Paid by card (POS) / Cheque received for /
  Cheque of / Advance booked / Booking amount received, with the sum in words under it, never the *settled*
  (new here) Bill total / Grand total / Net bill, the Order value (heldout202) / Total for the order where
  less was received, the goods' line, the CGST and SGST @ 2.5% or @ 9% or *settled* (new here) the Balance at
  fitting / To be paid on delivery; *settled* (new here) the workshed's sale of offcuts (the kilos x rate with
  CGST and SGST @ 2.5%) counts its bill with the GST, received in full (as heldout234's copper winding scrap);
  *settled* (new here) the share capital receipt counts the shares and the entrance fee together under Total
  received / Cash received, never the share capital line or the fee. *settled* (heldout187, heldout191,
  heldout202 to heldout235): a supplier's invoice counts the sum paid, where an advance is taken off (here
  *settled* (new here) Less: Advance received against P.O.) the *settled* (new here) Balance received by
  RTGS / NEFT (as heldout235's Balance settled by), else *settled* (new here) Paid by buyer through RTGS /
  NEFT / Settled by RTGS / NEFT / Paid via UPI QR / UPI amount (the rounded Invoice value with GST), or
  *settled* (new here) the Cheque received for / Cheque value, never the Taxable value, a line, the GST or the
  Round off. A banking page's *settled* (new here) Txn amount / Payment value / Amount transferred, never
  *settled* (new here) the Charges + GST or the Total debit (the sum with the charges). *settled* (heldout167,
  heldout202 to heldout235): a wage voucher's net sum, *settled* (new here) Net majuri paid / Amount paid to
  home worker / Amount paid to karagir / Take-home paid (the pairs x rate, plus Add: Fine (bareek) veni
  extra / Add: Festival rush extra, less Less: Leather spoilt - n pairs @ rate / Less: Uchal (advance)
  recovered / Less: Share capital deduction @ 2%), never the Gross majuri, the line or a deduction;
  Instantpay's and a screen's sum large. *settled* (new here): the Corporation's property tax Total amount
  paid / Tax collected (the General tax, the Water benefit tax, the Tree cess and the Education cess less the
  Online payment rebate (5% of general tax)), never a head or the rebate; its trade licence's Amount payable /
  Total payable (the Licence renewal fee and the Late fee), never a head; the Labour Welfare Board's Total
  contribution paid / Amount remitted (the Employees' and the Employer's contribution), never a share; the
  Pollution Control Board's Fee paid / Total fee (the Consent to operate - renewal fee and the Scrutiny fee),
  never a head; CLE's Amount received / Total paid (incl. GST) (the Annual subscription and the GST @ 18%),
  never the subscription or the GST; Legal Metrology's Total fee paid / Fees remitted (the platform and
  counter scales' fees), never one fee; the Co-operation Department's Challan amount / Amount (the Audit fee);
  the profession tax's Total amount / Amount paid. *settled* (heldout199, heldout202 to heldout235): an
  insurer's premium with its GST, *settled* (new here) Premium paid (incl. GST) / Total premium collected /
  Amount received, Cheque for on the cheque under realisation, Premium due / Amount to be paid on the failed
  one, printed above the status or under it, never *settled* (new here) the Net premium, an add-on or the
  CGST / SGST / IGST, nor the Own damage premium (heldout223) or the Third party premium (as heldout231's
  Liability premium), nor the IDV (heldout235) or *settled* (new here) the Sum insured - workshed, machines
  and leather stock, the Sum insured - showroom stock and fittings, the Annual turnover declared, the Members
  covered, the Guarantee limit per employee, the Braiders covered or the Sum insured - stall stock and
  fittings. A slip's *settled* (new here) SALE AMOUNT: / AMT: / NET AMOUNT: / AMOUNT INR:, never the
  RATE(RS/L): or the VOLUME(L): (as heldout192's RATE/LTR: and QTY(LTR):) or the XTRAREWARDS PTS:. A Bharat
  Connect page's sum large, never *settled* (new here) the Late fee after due date; MSEDCL's own receipt's
  *settled* (new here) Amount paid / Paid amount (the Bill amount less the Prompt payment discount), never the
  Bill amount or the discount. An alert's sum debited (*settled* (new here) Bank of Maharashtra's "is debited
  with Rs.x", KDCC Bank's "Rs x debited from", Warana Bank's "Dr Rs.x", RBL Bank's "Rs x paid from", the
  failed and pending transfers' "Your <way> of Rs.x"; the e-mail's *settled* (new here) Amount transferred /
  Sum debited), never the Bal: / Avl Bal INR / Clear Bal Rs line or the e-mail's Available balance. Currency
  INR but on the wires.
* status: as printed. *settled* (new here): a UPI screen's Transfer complete - received by the shop, Money
  reached the seller and Payment done - amount credited to the payee successes, Still processing - your bank
  has not replied, wait before paying again pending, Declined - incorrect UPI PIN, no money was taken failed
  (the payment failed, whatever money was taken), printed above the sum, under it or at the foot; a payment
  page's Payment successful - order confirmed, Thank you! Your payment is complete and Paid - the shop will
  dispatch in 2 days successes. *settled* (new here): a payer's Released - credited to the society's account /
  Payment processed - funds sent to your bank successes, Withheld - leather test report (chrome-free) awaited
  from CLRI pending (a payer's hold, as heldout198's to heldout235's), Returned by beneficiary bank - name on
  account does not match failed. *settled* (new here): an inward advice's Credited to the exporter's account -
  IRM generated and reported / Proceeds realised and credited to your current account successes, On hold -
  remitter KYC and purpose details under review pending, Returned to the remitting bank - beneficiary name
  does not match the account failed, printed under the heading or at the foot; an export platform's Received -
  settled to your bank account, e-FIRA issued / Payment settled to your Indian account successes. *settled*
  (heldout167, heldout179, heldout190, heldout203, heldout207, heldout211, heldout215, heldout219, heldout223,
  heldout227, heldout231, heldout235): a cheque received and not yet cleared pending, a cheque returned
  failed, so *settled* (new here) CHEQUE RECEIVED - SUBJECT TO REALISATION, JOB CARD ON HOLD and CHEQUE IN
  CLEARING - BALANCE OPEN TILL CREDIT pending, CHEQUE RETURNED - BILL CANCELLED, PAIRS NOT DISPATCHED and
  CHEQUE RETURNED - FUNDS INSUFFICIENT, PLEASE PAY BY NEFT failed; RECEIVED WITH THANKS, PAID and SETTLED BY
  RTGS / NEFT / UPI (heldout235) successes, *settled* (new here) as are PAID - PAIRS FITTED AND HANDED OVER,
  PAID - OFFCUTS WEIGHED AND TAKEN, SHARES ALLOTTED - MONEY RECEIVED, PAYMENT RECEIVED - NO DUES, PAID IN
  FULL - THANK YOU, PAID IN CASH BEFORE WITNESS, PAID - PAIRS RECEIVED IN STORE and PAID - ENTERED IN MEMBER
  LEDGER. *settled* (new here): a banking page's Executed - credited to the beneficiary's account / Transfer
  successful - UTR issued successes, Authorised by Secretary - awaiting Chairman's approval pending (keyed,
  its second signature not yet given, as heldout191's to heldout235's awaiting approver), Rejected by
  beneficiary bank - account frozen, amount reversed failed, printed under the heading or at the foot;
  Instantpay's Payout successful - credited to beneficiary / Transfer status: Success successes, In queue -
  awaiting bank confirmation, do not re-initiate pending, Payout failed - beneficiary bank declined (account
  inactive) failed; a transfer screen's Transfer successful / Money sent / Sent successes; a fee page's
  *settled* (new here) Payment successful - e-receipt generated, Paid - receipt sent to registered e-mail, Tax
  received - thank you, Contribution received - thank you, Subscription received - thank you, Fee received -
  thank you and Challan paid - GRN verified by the bank successes, the Co-operation Department's Challan
  submitted - awaiting bank scroll, GRN not yet verified pending, the Corporation's Transaction failed -
  amount, if debited, will be reversed by your bank in 5-7 days failed (whatever the reversal), under the rule
  or at the foot; an insurer's *settled* (new here) Premium realised - policy issued / Received - e-policy
  mailed to the insured successes, CHEQUE UNDER REALISATION - COVER FROM DATE OF CREDIT pending (as
  heldout211's cover from realisation), Payment declined by the bank - policy not issued, please pay again
  failed, printed above the sum or under it; a slip's APPROVED successes (heldout210), *settled* (new here) as
  are TXN SUCCESSFUL and APPROVED - THANK YOU, DECLINED - 51 INSUFFICIENT FUNDS failed, NO RESPONSE FROM
  HOST - CHECK STATUS BEFORE RETRY pending; *settled* (new here) a Bharat Connect page's Bill payment
  successful / Biller has confirmed your payment successes, Awaiting confirmation from the biller - please do
  not pay again pending, Payment failed - biller did not respond, refund in 3 working days failed (whatever
  the refund), MSEDCL's Payment successful - thank you for paying on time / Receipt generated - amount
  credited to consumer account successes (printed at the foot); *settled* (new here) an SMS that says the
  transfer "has FAILED; the amount is reversed to your A/c." failed (whatever the reversal), one that "is
  PENDING with the beneficiary bank - do not repeat it." pending, a debit alert a success, whatever its bank's
  wording ("Your A/c XXXX1234 is debited with Rs.x on <day> for <way> to <payee>.", "KDCC Bank: Rs x debited
  from CA ...1234 on <day> via <way> in favour of <payee>.", "WARANA BANK: A/c XX1234 Dr Rs.x on <day>, <way>
  Trf to <payee>.", RBL Bank's "Rs x paid from RBL Bank A/c XX1234 to <payee> on <day>. UPI Ref No <ref>");
  the e-mail's *settled* (new here) Status: Successful - credited to beneficiary / Result: Funds sent to the
  beneficiary bank successes.
* date: the day paid (a UPI screen's Date & time (heldout235), *settled* (new here) Transaction time / Sent
  on / Time of payment, Attempted on / Requested at on the one not yet paid and the one that failed, printed
  on top under the app's name or under the rule; a payment page's *settled* (new here) Transaction date / Paid
  at / Date of transaction; a payer's *settled* (new here) Date of release / Transferred on / Payment dt., the
  held one's Withheld on / Advice date (heldout198) and *settled* (new here) Returned on / Date of reversal on
  the returned one; an inward advice's Value dt. (as Value date), *settled* (new here) Date of credit /
  Proceeds credited on / Settlement date, Date of receipt / On hold since on the held one and Returned on /
  Date of refund to remitter on the returned one, printed first or at the foot; an export platform's *settled*
  (new here) Settled on / Received on / Date of settlement; a receipt's, invoice's or voucher's Date / Dated /
  Bill date (heldout235's Bill dt.), *settled* (new here) Dt., Pavati date, Invoice dt., Paid on, Date of
  payment, printed above the party or at the foot, and *settled* (new here) the "Dated <day>" beside the
  invoice's number on the number's own row; a banking page's Value dt., *settled* (new here) Executed on /
  Transfer date, Created on / Submitted on on the one awaiting its second signature and Rejected on / Reversed
  on on the returned one, printed at the foot; Instantpay's *settled* (new here) Processed at / Credited at,
  Queued at / Created at on the one queued and Failed at (heldout168) / Attempted at on the failed one; a
  transfer screen's Transferred on / Date / Date & time; a fee page's Payment date / Paid on / Transaction
  date, *settled* (new here) Date of challan on a GRAS challan, the licence's Attempted on / Transaction date
  on the failed one and the Co-operation Department's Challan date / Submitted on on the challan not yet
  verified; an insurer's *settled* (new here) Date of receipt / Premium paid on / Collected on, Cheque
  received on / Date of receipt on the cheque not yet cleared and Attempted on / Transaction date on the
  failed one; a slip's DATE: (heldout235), *settled* (new here) DT : / DATE / DATE & TIME:; a Bharat Connect
  page's Paid on (heldout169) / Date & time, *settled* (new here) Transaction date (the latter alone on a bill
  not paid); MSEDCL's *settled* (new here) Payment date & time / Receipt date; the SMS's day; the e-mail
  alert's *settled* (new here) Date of transaction / Value date). *settled*: never a Bill month (heldout167),
  *settled* (new here) a Due by (as the Due date), a Cheque dt. (as heldout198's Cheque date), a Period of
  cover (as heldout199's Period of insurance), an invoice number's, voucher number's or advice's financial
  year or an e-mail's hour; never a Shipping bill date (heldout167), the day inside a UTR (heldout210) or
  *settled* (new here) inside a Batch ID, nor *settled* (new here) the Labour Welfare Board's Half-year, the
  year of the property tax (General tax 2026-27), the licence's year (Trade licence renewal 2026-27), the
  subscription's year or the audited year (Audit fee - accounts of 2025-26).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), *settled* (new
  here) an export platform's receipt (ACH / SEPA / SWIFT into its collection account, settled to the bank), a
  payer's NEFT / RTGS / IMPS, Instantpay's IMPS (as heldout235's Easebuzz's), RBL MoBank's IMPS transfer, a
  Bharat Connect bill from a Current A/c (here in Mahamobile Plus), a fee, a premium or MSEDCL paid by Net
  banking, a banking page's, an e-mail alert's Mode, an SMS's NEFT / IMPS / RTGS, a voucher's NEFT; UPI for
  UPI apps, a payment page's, a receipt's, a voucher's, an invoice's, Instantpay's, Mahamobile Plus's, a
  fee's, a premium's or a bill's UPI and RBL Bank's UPI alert; card on slips, a payment page's card, a
  receipt's Card, a fee, a premium or MSEDCL paid by Debit card; cheque for a cheque received, in clearing or
  returned and a premium paid by Cheque; cash for a voucher or the share capital receipt paid in cash.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout235): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UTR No., RRN, NEFT UTR, RTGS UTR, IMPS RRN, UPI Ref. No.,
  *settled* (new here) UPI reference, UTR number, UPI ref, Bank RRN No., UPI txn ref., RRN No., UPI Ref
  Number, UPI reference number, UPI Ref., RRN number, Zaakpay's Bank RRN and Airpay's RRN (UPI) on a UPI
  payment, a receipt's UTR (UPI), a payer's NEFT UTR No. / UTR ref., an export platform's Settlement UTR, a
  banking page's UTR Number, an IMPS Ref. No., a slip's RRN: / RET REF NO:, an SMS's UTR / IMPS Ref / UPI Ref
  No), then a bank reference (an inward advice's *settled* (new here) IRM reference / Inward ref. No. / Bank's
  reference, an export platform's e-FIRA No., a banking page's CBS ref. No. / Host reference, a fee page's
  Bank ref. No., *settled* (new here) a GRAS challan's Bank CIN, an insurer's Bank txn ref., a Bharat Connect
  page's B-Connect Txn ID / BBPS ref. No. / Bharat Connect ref., MSEDCL's Bank ref. No.), then a transaction /
  payment id (*settled* (new here) the UPI apps' own Google transaction ID, POP txn ID, Neu payment ID,
  Mahamobile txn No., JioFinance txn ID and 811 transaction ID, Zaakpay's Zaakpay txn ID and Airpay's Airpay
  transaction ID, the platforms' Xflow payment ID / Briskpe txn ID, Instantpay's Instantpay txn ID, the
  banking page's Request ref. No. on the one awaiting its second signature, the Corporation's Transaction No.,
  the Labour Welfare Board's Transaction ref. No., ECMPCB payment ID, CLE's Order No. (its payment id, as
  heldout235's EPCH Order ID), a GRAS challan's GRN (GRAS) / GRN, an insurer's Transaction ref. No. / PG ref.
  No., MSEDCL's MSEDCL txn No.), then an approval code (*settled* (new here) Auth ID, Approval No., a slip's
  APPROVAL CODE: / AUTH NO:), then an order's number (*settled* (new here) Zaakpay's Merchant order ID,
  Airpay's Order No., Instantpay's Client ref. ID (as heldout235's Unique request ID), a failed Bharat Connect
  page's Order ID), then a document's own number (*settled* (new here) a payer's Payment advice No. / Voucher
  ref. / Release memo No., a receipt's Bill No. / Cash bill No. / Invoice Sr. No. / Pavati No. / Receipt Sr.
  No. / Acknowledgement No., an invoice's Tax invoice No. / Sale bill No. / Invoice Sr. No. (its number in the
  label's cell where the row reads "Tax invoice No. ... / Dated ..."), a voucher's Majuri pavati No. / Voucher
  Sr. No., the Corporation's Receipt No., the Labour Welfare Board's Challan No. (heldout231), an insurer's
  Premium receipt No. / Receipt Sr. No. / Collection No., MSEDCL's Receipt No., a slip's INVOICE: / BILL NO:
  (heldout235's INVOICE NO: / BILL NO:) or *settled* (new here) ROC NO:). *settled*: never a UETR, MID
  (*settled* (new here) MERCHANT ID:), TID (TERMINAL ID:), BATCH (BATCH:), STAN (heldout202, *settled* (new
  here) TRACE NO:), a card, account or mobile number, a UPI ID or VPA, IFSC, GSTIN (*settled* (new here)
  Buyer's GSTIN), a cheque number, a Purpose code, an Export invoice No. (heldout210, *settled* (new here)
  Invoice ref. / Invoice), a Shipping bill No. (heldout167), an E-way bill No., an LR No. (heldout235), a
  Vehicle No. (heldout205) (so never *settled* (new here) a Lorry No. or a slip's VEHICLE NO:), a Policy No. /
  Proposal No. (heldout235) or *settled* (new here) Cover note No., a Sender's reference (heldout223,
  *settled* (new here) Sender's ref. (field 20)), Maker / Checker (heldout171) (so never the Created by /
  Authorised by), a consumer number (here Consumer No., Customer ID, Connection No., Mobile No., Subscriber ID
  and *settled* (new here) MSEDCL's BU and PC), a Property No. (as heldout222's Property ID), an RCMC No.
  (heldout227), a slip's DISPENSER NO: (as heldout202's NOZZLE NO:), ROOM: (heldout203) or FOLIO:
  (heldout231). *settled* (new here): never a Supplier code (as heldout210's Vendor code), a Purchase order
  No. / P.O. ref., an MRN No. (as heldout235's GRN No.), a supplier's delivery Challan No. (not the Labour
  Welfare Board's), a Batch ID, a Payee ID (as heldout235's Short name), Instantpay's Contact ref. (as
  heldout173's Beneficiary ID), a Member No., a Share certificate No., an Aadhaar (last 4), a Lot No., a
  Licence No., an LWF establishment code, a Consent No., a PTEC No., a society's Regn. No., a slip's TABLE: or
  XTRAREWARDS PTS:.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout238_families import (
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

SPLIT = "heldout238"

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


def make_heldout238_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout238 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
