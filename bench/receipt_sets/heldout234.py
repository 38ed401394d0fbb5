"""heldout234: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Coimbatore wet grinder and mixer grinder maker's day in 2026 in Coimbatore,
Tamil Nadu (Siruvani Kitchen Machines Pvt Ltd, trading as Siruvani Grinders, its assembly plant at the SIDCO
Industrial Estate, Kurichi, Siruvani Grinders Assembly Unit, where the black granite roller and base stones
are dressed, the motors wound and the table-top, tilting and commercial wet grinders and the mixer grinders
put together, packed and sent to the dealers, and its service centre and showroom on Dr. Nanjappa Road,
Gandhipuram, Siruvani Service & Showroom, where the households buy and bring their grinders for repair), told
by the proofs of payment it receives (households', hotels' and dealers' UPI screens and the showroom's Ippopay
and Easebuzz pages, a Chennai, a Madurai, a Bengaluru, a Kochi, a Hyderabad, a Tiruchirappalli and a Salem
dealer's and the Canteen Stores Department's payment advices, kitchen equipment importers' inward wires from
Singapore, Sharjah, Doha, Penang, Leicester, Houston, Melbourne and Paris in Singapore dollars, UAE dirhams,
Qatari riyals, ringgit, pounds, US dollars, Australian dollars and euros, the showroom's counter bills and
service bill, the plant's dealer sale receipt, its spares counter receipt to a mechanic and its receipt for
copper winding scrap sold by the kilo to a scrap dealer, the accounts desk's acknowledgements of a hotel's
advance and a Tiruppur shopper's mixer, cards on the showroom's, the company's and the plant's terminals) and
those it makes (the Namakkal granite stone works', the Coimbatore motor winder's, the Bengaluru steel drum
maker's, the Hosur body moulder's and the Tiruppur carton maker's tax invoices, the net-banking transfers to
the lorry service, the electrical testing laboratory, the die maker, the showroom's landlord, the powder
coater, the housekeeping agency, the generator mechanic and the FM radio station, the assemblers', the
winder's and the packer's piece wage vouchers, Open payouts to two stone dressers and a BHIM and a Canara ai1
payment to two field technicians, Coimbatore City Municipal Corporation's property tax and trade licence, the
Tamil Nadu Pollution Control Board's consent renewal, the Directorate of Industrial Safety and Health's
factory licence renewal, the Transport Department's Vahan tax for the service van, Legal Metrology's packer
registration renewal, the Bureau of Indian Standards' annual licence fee and the Electrical Inspectorate's
inspection fee, the insurers' premium receipts for the plant, machinery and stock, the showroom's stock, the
dispatches to dealers, the staff's health, the wage cash carried from the bank, the service van, the workers'
compensation and the machinery's breakdown, its card at a filling station on Pollachi Road, a Madurai hotel in
the dealers' meet week, a hardware shop at Ukkadam and a mess on Avinashi Road, TNPDCL's power and the
broadband, landline, postpaid and DTH bills, the banks' SMS and e-mail alerts). One payment per page. Each
family: six successes, one failure, one wait; one page prints no transaction id and one no day (truth None for
those fields).

* ``buyer_upi``: six UPI app screens (PhonePe, Google Pay, BHIM, Canara ai1, iMobile Pay, Paytm) paying the
  showroom or the company, the payee block above the sum on some and the day first under the rule, and two of
  the showroom's payment pages (Ippopay, Easebuzz), the sum above the status.
* ``buyer_advices``: the dealers' and the Canteen Stores Department's REMITTANCE ADVICE - APPLIANCE PURCHASES
  / VENDOR PAYMENT INTIMATION / Payment note to supplier (e-mail, printed, supplier portal), the payee and the
  payment block above the bills.
* ``export_wires``: eight banks' inward remittance advices (FOREIGN INWARD REMITTANCE - CREDIT ADVICE / Inward
  remittance - export proceeds credited / Advice of inward SWIFT credit (exporter copy); browser, e-mail,
  printed), the day and the remitter's block first, the status at the foot.
* ``own_receipts``: the showroom's SALES INVOICE - COUNTER SALE / COUNTER BILL - SHOWROOM / SERVICE BILL -
  REPAIR & SPARES / SERVICE CENTRE - JOB BILL, the plant's DEALER SALE RECEIPT / RECEIPT - FACTORY SALE /
  RECEIPT - SPARES COUNTER / CASH RECEIPT - SPARES / RECEIPT - SCRAP SALE (COPPER WINDING) / SCRAP SALE
  RECEIPT (paper, rubber stamp), the party first, and the accounts desk's Acknowledgement of payment received
  e-mails.
* ``supplier_invoices``: the stone, motor, drum, body moulding and carton suppliers' TAX INVOICE (ORIGINAL) /
  INVOICE - ORIGINAL FOR BUYER / GST INVOICE - ORIGINAL COPY with the payment block and a rubber stamp (paper,
  serif).
* ``vendor_transfers``: corporate net banking's transaction pages (Canara Bank Corporate Net Banking, TMB
  Corporate e-Banking, FedCorp), the references above the payee, the day and the status at the foot.
* ``worker_pay``: printed PIECE RATE WAGES VOUCHER - ASSEMBLY LINE / ASSEMBLY PIECE-WORK SLIP / MOTOR WINDING
  - PIECE WAGES VOUCHER / WINDING SECTION PIECE RATE SLIP / PACKING SECTION WAGES VOUCHER / DISPATCH BAY -
  PIECE RATE SLIP, Open's payout pages, a BHIM and a Canara ai1 screen.
* ``govt_fees``: Coimbatore City Municipal Corporation's property tax and trade licence pages, the Tamil Nadu
  Pollution Control Board's consent to operate renewal (OCMMS), the Directorate of Industrial Safety and
  Health's factory licence renewal, the Transport Department's Vahan tax page, Legal Metrology's packer
  registration renewal, the Bureau of Indian Standards' annual licence fee (Manakonline) and the Electrical
  Inspectorate's periodical inspection fee (browser).
* ``insurer_receipts``: insurers' PREMIUM RECEIPT CUM ACKNOWLEDGEMENT / Receipt for premium received / PREMIUM
  PAYMENT RECEIPT - ORIGINAL (browser, e-mail, printed at the branch), the status under the sum.
* ``card_slips``: card terminal slips (monospace).
* ``utility_bills``: Bharat Connect in Canara ai1 and UPI apps (PhonePe, Google Pay, Amazon Pay, MobiKwik,
  Paytm), the sum above the status, and TNPDCL's own online payment page.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Canara Bank, Federal Bank, South Indian
  Bank, Equitas Small Finance Bank's UPI) and two e-mail debit alerts (Canara Bank, Federal Bank).

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout223's, heldout227's and heldout231's.

Truth conventions (heldout231's, heldout227's, heldout226's, heldout225's, heldout224's, heldout223's,
heldout222's, heldout219's, heldout215's, heldout211's, heldout210's, heldout207's, heldout206's,
heldout204's, heldout203's, heldout190's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  (heldout206), *settled* (new here) or Payment made to / Merchant name, and Paying on one not yet paid (here
  the showroom, Siruvani Service & Showroom / SIRUVANI SERVICE & SHOWROOM, the company's capitals, SIRUVANI
  KITCHEN MACHINES PVT LTD, or its trade name, Siruvani Grinders, as printed), whether the payee block stands
  above the sum or under it, never the UPI ID or the app, nor *settled* (new here) the Registered name line
  under the UPI ID (as heldout207's Banking name); a payment page's payee on top (here the showroom, the
  company or its trade name), never Paid by (heldout206) / *settled* (new here) Customer name, the Order for /
  Description or the gateway's footer (*settled* (new here) Powered by Ippopay, Payments secured by Easebuzz).
  *settled* (heldout167, heldout190, heldout202 to heldout231): a payer's payment advice pays the one it pays,
  never the payer on top; here a dealer's or the Canteen Stores Department's advice pays the company under
  Beneficiary (supplier) (heldout184), *settled* (new here) or Vendor name / Remitted to (vendor) / Paid to
  (vendor) (its full, capital or trade name as printed), never the payer on top, its desk line, the Vendor
  code (heldout210), *settled* (new here) the GRN No. (as heldout231's Goods inward No.) or the Vendor bank
  A/c (as heldout223's Supplier bank A/c). *settled* (heldout155, heldout167, heldout190, heldout203 to
  heldout231): a bank's inward remittance advice pays the company under Name of beneficiary (heldout210),
  *settled* (new here) or Beneficiary (account holder) / Credited to (beneficiary), never the bank on top, its
  forex desk line, *settled* (new here) the Remitter / Ordering customer (the importer abroad), the Remitting
  bank / Sender's bank (heldout155) or *settled* (new here) the Intermediary bank (as heldout231's
  Correspondent bank), printed above the beneficiary or not. *settled* (heldout175, heldout179, heldout190,
  heldout203 to heldout231): the company's own receipt pays the trade name on top where that is on top, so
  *settled* (new here) the showroom's bills pay Siruvani Service & Showroom and the plant's receipts Siruvani
  Grinders Assembly Unit (capitals where so printed), and a receipt with the company on top the company, never
  the "A unit of" company line under it (heldout190), the party under Received from, *settled* (new here)
  Customer or Sold to, printed first or not, the goods' line, the signature line or the rubber stamp;
  *settled* (new here) the plant's receipt for copper winding scrap sold by the kilo to a scrap dealer alike
  (the plant, never the buyer, as heldout231's used zari); the accounts desk's e-mail pays the company on top
  (its full, capital or trade name as printed, heldout219). A supplier's name on top of its own paper
  (capitals where so printed), never the company under Receiver (heldout160), *settled* (new here) Bill to
  (buyer) / Billed to (as heldout227's Buyer (bill to)), nor the plant under *settled* (new here) Ship to
  (consignee) (as heldout194's Consignee (ship to)). *settled* (heldout179, heldout202, heldout203, heldout207
  to heldout231): a corporate banking page pays the payee under Beneficiary name / Payee (heldout211),
  *settled* (new here) or Credit account name / Paid to beneficiary, printed under the references or not,
  never the portal (Canara Bank Corporate Net Banking, TMB Corporate e-Banking, FedCorp), the bank line, the
  Debit account or *settled* (new here) the Beneficiary short name (as heldout231's Nick name). *settled*
  (heldout150, heldout161, heldout179, heldout203 to heldout231): a wage voucher pays the worker, *settled*
  (new here) an assembler under Name of worker / Paid to (assembler), a winder under Winder's name / Paid to
  (winder) (as heldout231's Name of winder) and a packer under Packer's name / Paid to (packer), never the
  company on top, the plant's line under it, the Job, the Section or *settled* (new here) the Token No.;
  *settled* (new here) Open's payout page the Payee name / Beneficiary (as heldout231's Zwitch), never Open on
  top, the company under it (Payouts - ...), the Contact ID (as heldout173's Beneficiary ID), the Bank account
  or the UPI ID; a transfer screen the payee under Paid to / To. *settled* (heldout153, heldout167,
  heldout182, heldout202 to heldout231): a fee page pays the authority on top as printed, *settled* (new here)
  Coimbatore City Municipal Corporation / COIMBATORE CITY MUNICIPAL CORPORATION on both its pages (as
  heldout231's Kanchipuram corporation); Tamil Nadu Pollution Control Board / TAMIL NADU POLLUTION CONTROL
  BOARD; Directorate of Industrial Safety and Health, Tamil Nadu / DIRECTORATE OF INDUSTRIAL SAFETY AND
  HEALTH; Transport Department, Government of Tamil Nadu / Transport Department, Tamil Nadu (heldout231);
  Legal Metrology, Labour Department, Tamil Nadu / Controller of Legal Metrology, Tamil Nadu (heldout231);
  Bureau of Indian Standards / BUREAU OF INDIAN STANDARDS; Electrical Inspectorate, Government of Tamil Nadu /
  ELECTRICAL INSPECTORATE, TAMIL NADU; never the line under it (Online payment of taxes and fees, OCMMS, the
  Labour Welfare and Skill Development Department, Vahan, Manakonline - Ministry of Consumer Affairs or the
  Chief Electrical Inspector to Government), the Name of owner, Name of trade, Name of the unit, Name of the
  factory, Owner name, Name of the packer, Name of the licensee or Name of consumer. *settled* (heldout199,
  heldout202 to heldout231): an insurer's premium receipt pays the insurer on top (its full name, capitals
  where so printed; *settled* (new here) The New India Assurance Co. Ltd's, ICICI Lombard General Insurance
  Co. Ltd's, Future Generali India Insurance Co. Ltd's, Niva Bupa Health Insurance Co. Ltd's, IFFCO-Tokio
  General Insurance Co. Ltd's, Bajaj General Insurance Ltd's, SBI General Insurance Co. Ltd's and Zuno General
  Insurance Ltd's alike), never the product line, the office line or *settled* (new here) the Insured / Name
  of proposer / Policyholder (the company). A slip's counter name line in capitals (here the company's own
  counters, SIRUVANI SERVICE & SHOWROOM, SIRUVANI KITCHEN MACHINES and SIRUVANI GRINDERS ASSEMBLY UNIT, on
  four, a filling station, a Madurai hotel, a hardware shop and a mess on the rest), never the terminal's bank
  or brand (CANARA BANK, HPCL, FEDERAL BANK, AXIS BANK, TMB, MSWIPE, SBI, PHONEPE) or the place line. A Bharat
  Connect page's biller under Biller / Operator / Service provider (heldout223), *settled* (new here) or Bill
  paid to (short or long as printed), never the app (here also Canara ai1 and MobiKwik), Bharat Connect or the
  Customer name / Name as per biller (heldout222) or *settled* (new here) the Registered name; TNPDCL's own
  payment page the discom on top (TNPDCL, Tamil Nadu Power Distribution Corporation Ltd or its capitals as
  printed, heldout231), never the "A TNEB Ltd group company" line under it, *settled* (new here) the Circle /
  Section or the Consumer name. An SMS alert's payee as the bank sends it (*settled*, the truncated name as
  printed, without the sentence's full stop), *settled* (new here) Canara Bank's "towards <way> to <payee>.",
  Federal Bank's "for <way> transfer to <payee>.", South Indian Bank's "; <way> credit to <payee>." and
  Equitas Small Finance Bank's UPI "to <payee> on <day> via UPI.", and the failed and pending transfers' "to
  <payee> on <day>" (heldout222), never the bank or the sender id; the e-mail alert's Beneficiary name
  (heldout206), *settled* (new here) or Transferred to / Payee, never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the
  status or under it. *settled* (heldout152, heldout186, heldout190, heldout202 to heldout231): a payer's
  advice counts its net sum, *settled* (new here) Net amount remitted / Amount paid (net of deductions) / Net
  payable - released, Amount on hold on the hold and Amount (heldout227) / Amount bounced back on the return
  (the bills less TDS u/s 194Q @ 0.1% and a Short supply - n units, a Price difference - n units @ rate or a
  Scheme discount @ 3%), printed in the payment block above the bills, never a bill's sum, the Gross bill
  value / Total of bills or a cut. *settled* (heldout155, heldout167, heldout179, heldout190, heldout203 to
  heldout231): an inward wire's foreign sum, Instructed amount (heldout173), *settled* (new here) or
  Remittance amount (FCY) / FCY amount received, in Singapore dollars (SGD, S$, heldout207), UAE dirhams (AED,
  heldout205), *settled* (new here) Qatari riyals (QAR or QR before the sum, QAR after it, as heldout220's
  rand), Malaysian ringgit (MYR, RM, heldout218), pounds, US dollars, Australian dollars (AUD, A$, heldout202)
  and euros, never *settled* (new here) the INR equivalent (as heldout204's Rupee value), the Less: Bank
  charges incl. GST (as heldout221's Less: Commission and GST) or the Net INR credited (as heldout155's Amount
  credited (INR)); its Conversion rate (1 QAR = INR 23.9) is no sum. *settled* (heldout175, heldout179,
  heldout190, heldout203 to heldout231): a receipt counts the sum received even where it is part of the order,
  Received in cash / Cash received / UPI payment received (heldout212) / Received by card (heldout210) /
  Cheque amount / Amount of cheque (heldout206) / Advance received, *settled* (new here) or Amount received by
  UPI / Card payment received / Advance taken by NEFT, with the sum in words under it, never the Bill amount /
  Total / Order value (heldout202) / *settled* (new here) Grand total where less was received, the goods'
  line, the CGST and SGST or the Balance due / *settled* (new here) Balance payable on installation; *settled*
  (new here) the plant's sale of copper winding scrap (the kilos x rate with CGST and SGST @ 9%) counts its
  bill with the GST, received in full. *settled* (heldout187, heldout191, heldout202 to heldout231): a
  supplier's invoice counts the sum paid, where an advance is taken off (here *settled* (new here) Less:
  Advance paid against PO) the *settled* (new here) Balance remitted by RTGS / NEFT (as heldout231's Balance
  paid by), else Paid by RTGS / NEFT, Paid by UPI (heldout154) / UPI amount received (heldout206) or *settled*
  (new here) Amount received by RTGS / NEFT (the rounded Invoice value with GST), or the Cheque amount /
  Amount by cheque (heldout231), never the Taxable value, a line or the GST. A banking page's Transaction
  amount / *settled* (new here) Transfer amount / Amount debited. *settled* (heldout167, heldout202 to
  heldout231): a wage voucher's net sum, *settled* (new here) Net wages paid / Amount handed over / Net
  payable - paid (the grinders, motors or cartons x rate, plus Add: Night shift allowance / Add: Attendance
  bonus, less Less: Rework deducted - n units @ rate / Less: Canteen recovery / Less: Salary advance
  recovered), never the Gross piece wages, the line or a deduction; Open's and a screen's sum large. *settled*
  (new here): the Corporation's property tax Total tax remitted / Amount collected (heldout154) (the Property
  tax for the half year, the Education tax and the Library cess, as heldout231's), never a head; its trade
  licence's Total amount / Amount (the Trade licence fee (showroom and service) and the Signboard fee), never
  a head; the Pollution Control Board's Total fee paid / Amount paid (the Consent fee for the year); the
  Directorate's Total fee paid / Amount paid (the Licence renewal fee); the Transport Department's Total
  amount paid / Amount paid (heldout227: the Quarterly tax and a Green tax), never a head; Legal Metrology's
  Total fee paid / Amount paid (the Renewal fee (5 years)); the Bureau of Indian Standards' Total amount /
  Amount (the Annual minimum marking fee, the Licence fee and the GST @ 18%, as heldout231's HEPC), never the
  fee or the GST; the Electrical Inspectorate's Total fee paid / Amount paid (the Inspection fee), never the
  Connected load. *settled* (heldout199, heldout202 to heldout231): an insurer's premium with its GST,
  *settled* (new here) Total premium paid (incl. GST) / Premium received / Gross premium collected, the Amount
  of cheque on the cheque not yet cleared (as heldout211's Cheque amount), Amount due (heldout150) / *settled*
  (new here) Premium payable on the failed one, never *settled* (new here) the Net premium (as heldout231's
  Premium (net)), an add-on or the GST, nor the Own damage premium (heldout223) or *settled* (new here) the
  Third party premium, nor the IDV (insured declared value) or *settled* (new here) the Sum insured - plant,
  machinery and stock, the Sum insured - showroom stock, the Estimated annual dispatches, the Lives covered,
  the Limit per transit, the Annual wages declared or the Sum insured - machinery. A slip's AMOUNT:
  (heldout179) / TOTAL: (heldout179), *settled* (new here) or AMOUNT(INR): / NET AMT:, never the RATE/LTR: or
  the QTY(LTR): (heldout192). A Bharat Connect page's sum large; TNPDCL's Amount paid / *settled* (new here)
  Amount received. An alert's sum debited (*settled* (new here) Canara Bank's "An amount of INR x has been
  DEBITED", Federal Bank's "Rs x debited", South Indian Bank's "is debited for Rs.x", Equitas Small Finance
  Bank's "Rs.x sent", the failed and pending transfers' "<way> transfer of Rs.x"; the e-mail's *settled* (new
  here) Amount debited (INR) / Transaction amount), never the Avl Bal:. Currency INR but on the wires.
* status: as printed. A UPI screen's Payment successful successes (heldout204 to heldout231), *settled* (new
  here) as are Paid - merchant has received the money and Completed - amount sent, In progress - waiting for
  your bank to confirm, do not pay again pending, Payment failed - amount exceeds your UPI limit for the day
  failed; a payment page's Payment successful successes (heldout205, heldout219), *settled* (new here) as are
  Payment captured - thank you for your order and Order paid - invoice on its way. *settled* (new here): a
  payer's Status: Remitted to vendor bank / Payment completed - credit sent to your account successes, On hold
  - BIS certificate copy for the model awaited pending (a payer's hold, as heldout198's to heldout231's),
  Payment returned by bank - account closed at beneficiary branch failed. *settled* (new here): an inward
  advice's Proceeds credited - FIRC / e-BRC will be issued / Status: Proceeds realised - INR credited to
  current account successes, Pending - purpose code and invoice copy required from the beneficiary pending,
  Remittance sent back - account currency mismatch failed, printed at the foot. *settled* (heldout167,
  heldout179, heldout190, heldout203 to heldout231): a cheque received and not yet cleared pending, a cheque
  returned failed, so *settled* (new here) CHEQUE RECEIVED - DISPATCH AFTER CREDIT and CHEQUE DEPOSITED -
  AWAITING REALISATION pending, CHEQUE BOUNCED - INVOICE CANCELLED and CHEQUE DISHONOURED - FUNDS
  INSUFFICIENT, PAY BY RTGS failed; RECEIVED WITH THANKS, PAID and PAID IN CASH successes, *settled* (new
  here) as are PAID - GRINDER HANDED OVER, PAID - REPAIRED SET DELIVERED, PAID - SPARES ISSUED, PAID - SCRAP
  WEIGHED AND LIFTED, PAYMENT RECEIVED IN FULL, SETTLED - NO DUES, PAID - ENTERED IN WAGE REGISTER and PAID -
  TOKEN CLOSED. *settled* (new here): a banking page's Completed - amount credited to beneficiary / Status:
  Paid out - UTR allotted successes, Awaiting authorisation - approver yet to act pending (keyed, not yet
  authorised, as heldout191's to heldout231's), Bounced by the receiving bank - account dormant, funds back in
  debit account failed, printed at the foot; Open's Payout completed - amount credited / Payout status:
  Credited successes (as Zwitch's, heldout231), Processing with the beneficiary bank - final status by end of
  day pending, Payout reversed - IFSC not valid for the account failed; a transfer screen's Paid / Payment
  successful / Transaction successful successes (heldout211); a fee page's Payment successful successes,
  *settled* (new here) as are Paid - e-receipt issued, Transaction completed - fee accounted and Fee credited
  to the department - e-receipt below, the Bureau of Indian Standards' Payment initiated - bank confirmation
  awaited, licence status updates after reconciliation pending, Coimbatore City Municipal Corporation's
  Payment unsuccessful - amount not credited to the Corporation account failed; an insurer's *settled* (new
  here) Premium realised - policy number allotted / Payment successful - policy document e-mailed successes,
  CHEQUE RECEIVED - COVER STARTS ON CLEARANCE pending (as heldout211's cover from realisation), Premium not
  received - transaction declined by bank, policy not issued failed, printed under the sum; a slip's APPROVED
  / TXN APPROVED successes (heldout210, heldout211), *settled* (new here) as is APPROVED - TXN OK, DECLINED -
  75 PIN TRIES EXCEEDED failed, NO RESPONSE FROM BANK - VERIFY BEFORE RETRYING pending; *settled* (new here) a
  Bharat Connect page's Bill paid - biller confirmed / Payment received by the biller successes, Confirmation
  from biller pending - check again after 48 hours pending, Bill payment failed - refund initiated to your
  account failed (the payment failed, whatever the refund), TNPDCL's Payment successful / *settled* (new here)
  Amount received - receipt generated successes; an SMS that says the transfer "was NOT CREDITED - beneficiary
  bank rejected it; money back in your A/c." failed (whatever the money back), one that "is UNDER PROCESS at
  the beneficiary bank; please wait before you retry." pending, a debit alert a success, whatever its bank's
  wording ("An amount of INR x has been DEBITED to your A/c XXX1234 on <day> towards <way> to <payee>.", "Rs x
  debited from your A/c XX1234 on <day> for <way> transfer to <payee>.", "Your a/c XX1234 is debited for Rs.x
  on <day>; <way> credit to <payee>.", Equitas Small Finance Bank's "Equitas: Rs.x sent from A/c *1234 to
  <payee> on <day> via UPI. Ref <ref>"); the e-mail's *settled* (new here) Status: Successful - amount debited
  / Transaction status: Debited and sent successes.
* date: the day paid (a UPI screen's Date & time / Paid on, *settled* (new here) Completed on, Started on on
  one not yet paid (as heldout203's Initiated on), printed first under the rule or not, a payment page's Paid
  on / Payment date (heldout206) / Date of payment, a payer's Payment date / Credited on / *settled* (new
  here) Date of remittance, the held one's Advice date (heldout198) / *settled* (new here) On hold since and
  Returned on / *settled* (new here) Bounced on on the returned one, an inward advice's Value date / *settled*
  (new here) Credit date / Date of realisation, Held on (heldout231) / *settled* (new here) Received on on the
  held one and Returned on / *settled* (new here) Date returned on the returned one, printed above the
  remitter, a receipt's, invoice's or voucher's Date / Bill date / Invoice date / Voucher date, *settled* (new
  here) Billed on, Bill dt. and Wages paid on, a banking page's Transaction date / Value date, *settled* (new
  here) Processed on, Initiated on / Saved on on the one awaiting its approver and Failed on / Returned on on
  the returned one, printed at the foot, Open's *settled* (new here) Paid at / Credited at, Initiated at on
  the one processing and Reversed at on the reversed one, a fee page's Date of payment / Payment date /
  Receipt date / Paid on, the trade licence's Transaction date / Attempted on on the failed one and the Bureau
  of Indian Standards' *settled* (new here) Initiated on / Transaction date on the page not yet confirmed, an
  insurer's Date of receipt (heldout221) / *settled* (new here) Receipt date / Premium received on, Cheque
  received on (heldout204) / *settled* (new here) Cheque deposited on on the cheque not yet cleared and Failed
  on / *settled* (new here) Attempted on on the failed one, a slip's DATE: / TXN DATE: (heldout150) /
  *settled* (new here) DATE & TIME:, a Bharat Connect page's Paid on / Transaction date & time (the latter
  alone on a bill not paid), *settled* (new here) Payment date & time / Completed at, TNPDCL's Date of payment
  / Paid on, the SMS's day, the e-mail alert's Transaction date / *settled* (new here) Posted on / Date of
  debit). *settled*: never a Bill month (heldout167), a Due date, a Cheque date (heldout198), a Policy period
  (heldout231), an invoice number's or a voucher number's financial year or an e-mail's hour; never a Shipping
  bill's date (heldout167), the Vahan page's Tax valid upto (heldout223) or the day inside a UTR (heldout210);
  *settled* (new here) never TNPDCL's Bill date (as heldout231's Assessment date) or the half year of the
  property tax (Property tax - 1st half 2026-27).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT /
  RTGS / IMPS, Open's IMPS (*settled* (new here), as Zwitch's, heldout231), a Bharat Connect bill from a
  Current A/c (here in Canara ai1), a fee, a premium or TNPDCL paid by Net banking, an e-mail alert's Channel,
  an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a receipt's, a voucher's, an invoice's,
  Open's, a fee's, a premium's or a bill's UPI and Equitas Small Finance Bank's UPI alert; card on slips, a
  payment page's card, a receipt's Card, a fee, a premium or TNPDCL paid by Debit card; cheque for a cheque
  received, deposited, bounced or dishonoured and a premium paid by Cheque; cash for a cash receipt or
  voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout231): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref. No., UPI Reference No., UPI transaction ID,
  UPI Ref No., UPI RRN (heldout179), RRN, NEFT UTR, RTGS UTR No. (heldout210), IMPS Ref No., Bank RRN
  (heldout227), UPI txn ref. (heldout231), *settled* (new here) Ippopay's UTR and Easebuzz's Bank ref. no. on
  a UPI payment, BHIM's UPI Ref No. / RRN, Canara ai1's UPI RRN / UTR, iMobile Pay's UPI Ref. No. / Bank RRN,
  Open's UTR / RRN, a slip's RRN: / RRN NO: (heldout200), an SMS's UTR / IMPS Ref and *settled* (new here)
  Equitas Small Finance Bank's Ref), then a bank reference (*settled* (new here) an inward advice's Inward
  remittance No. / IRM ref. / Bank reference (as heldout190's IRM No.), a banking page's *settled* (new here)
  Bank reference No. / Core banking ref. (as heldout195's Host reference No.), printed above the payee or not,
  a fee page's Bank Ref No., an insurer's Bank Ref No., Bharat Connect Ref. No. / *settled* (new here) BBPS
  Txn Ref. / B-Connect ID), then a transaction / payment id (*settled* (new here) Ippopay's Ippopay txn ID and
  Easebuzz's Easebuzz ID, PhonePe's own Transaction ID, Google Pay's Google transaction ID, *settled* (new
  here) BHIM's BHIM txn ID (on a customer's screen and on a technician's), Canara ai1's Canara ref. No. and
  iMobile Pay's iMobile txn ID, *settled* (new here) Open's Open payout ID (as Zwitch's Zwitch transfer ID,
  heldout231), a fee page's Transaction ID / Transaction No. (*settled* (new here) the Corporation's, the
  Pollution Control Board's, the Directorate's, Legal Metrology's, the Bureau of Indian Standards' and the
  Electrical Inspectorate's Transaction ID and Vahan's Transaction No.), an insurer's *settled* (new here)
  Payment gateway ref. / Transaction ref. No. (as heldout226's Gateway txn ID), TNPDCL's Transaction ID, a
  failed Bharat Connect page's Transaction ID), then an approval code (Auth code, Approval code, a slip's APPR
  CODE: / *settled* (new here) AUTH NO:), then an order's number (*settled* (new here) Ippopay's Order ref.
  and Easebuzz's Merchant txn ID (heldout209), Open's Reference ID (as heldout226's Merchant reference ID),
  the company's own id for the payout), then a document's own number (a payer's Advice No. (heldout168) /
  *settled* (new here) Remittance advice No. / Payment document No., Bill No. / Receipt No. / *settled* (new
  here) Counter bill No. on a receipt, Invoice No. / Inv. No. / *settled* (new here) Tax invoice No., Voucher
  No. / *settled* (new here) Wage voucher No., a fee page's Receipt No., the Electrical Inspectorate's Challan
  No. (heldout179's treasury Challan No.), Vahan's Receipt No., Receipt No. / *settled* (new here) Premium
  receipt No. on an insurer's receipt, TNPDCL's Receipt No., a slip's INVOICE NO: / BILL NO: / *settled* (new
  here) INV NO:). *settled*: never a UETR, MID, TID, BATCH NO, STAN: (heldout202), a card, account or mobile
  number, a UPI ID or VPA, IFSC, GSTIN, a cheque number, a Purpose code, an Invoice No. (export) (heldout231),
  a Shipping bill No. (heldout167), an E-way bill No., a Vehicle No. (heldout205) (so never a Registration No.
  on the Vahan page or an insurer's page or a slip's VEH NO:), a Registration No. / Application No.
  (heldout203), a Policy No. / Proposal No. / Quotation No., a Vendor code (heldout210), a Sender's reference
  (heldout223), Maker / Checker (heldout171) (so never Initiated by / Approved by), a consumer number (here
  Service connection No. (heldout173), Account No., Telephone No., Mobile No., Subscriber ID), an Assessment
  No. (heldout231), a Licence No. (heldout231), a slip's FOLIO NO: (heldout231) or ROOM NO: (heldout203),
  Open's Contact ID (as heldout173's Beneficiary ID) or Bank account. *settled* (new here): never a GRN No.
  (as heldout231's Goods inward No.), an LR No. (as heldout179's Docket No.), a Token No., a Consent order
  No., a CM/L No. or a Beneficiary short name (as heldout231's Nick name).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout234_families import (
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

SPLIT = "heldout234"

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


def make_heldout234_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout234 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
