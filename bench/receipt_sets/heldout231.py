"""heldout231: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Kanchipuram silk saree master-weaver firm's day in 2026 in Kanchipuram, Tamil
Nadu (Vegavathi Silk Weaves Pvt Ltd, its zari and silk yarn store, Vegavathi Zari & Yarn Store, on Sali
Street, where the dyed mulberry silk warps and wefts and the half-fine zari are weighed out to the home
weavers of Ayyampettai, Orikkai, Thenambakkam and Thirupparuthikundram, who weave the korvai sarees on pit
looms in their houses and bring them back to be checked, folded and paid for by the saree, and its showroom on
Gandhi Road, Vegavathi Pattu Maaligai, where the temple visitors, the brides' families and the saree shops
buy), told by the proofs of payment it receives (shoppers', brides' families' and saree shops' UPI screens and
the showroom's Paykun and Atom pages, a Chennai, a Bengaluru, a Hyderabad, a Coimbatore, a Madurai, a Mumbai
and a Thrissur saree house's and Co-optex's payment advices, saree importers' inward wires from Singapore,
Kuala Lumpur, London, Toronto, Edison, Sydney, Dubai and Durban in Singapore dollars, ringgit, pounds,
Canadian dollars, US dollars, Australian dollars, UAE dirhams and rand, the showroom's sale bills, the
accounts desk's receipts for a bride's booking advance and a Madurai shopper's saree, the store's receipts for
silk yarn sold to a home weaver, for zari sold to an Arani master weaver and for used zari sold by the gram to
a refiner for its silver, cards on the showroom's, the company's and the store's terminals) and those it makes
(the Kollegal silk twisting mill's, the Surat zari maker's, the Kanchipuram dyeing works', the Arni jacquard
and loom accessories dealer's and the Sivakasi saree box printer's tax invoices, the net-banking transfers to
the parcel service, the graph and card punching centre, the loom works, the zari testing laboratory, the
showroom's landlord, the catalogue studio, the security agency and the air-conditioning mechanic, the weavers'
per-saree kooli vouchers and the winder's, warp maker's and checker's piece rate slips, Zwitch payouts to a
weaver and a warp joiner and a Paytm and an IndOASIS payment to two weavers, Kanchipuram City Municipal
Corporation's property tax and trade licence, the Tamil Nadu Labour Welfare Board's contribution, the Tamil
Nadu Fire and Rescue Services' fire licence renewal, HEPC's RCMC renewal, Legal Metrology's verification of
the zari balances, the Geographical Indications Registry's authorised user renewal and the Transport
Department's Vahan tax, the insurers' premium receipts for the showroom and its saree stock, the yarn and zari
in the store, the saree parcels on the road, the staff's health, the cash carried to the weavers, the delivery
van, the home weavers and the looms and warps in their houses, its card at a filling station on NH-48, a
Chennai hotel in the silk expo week, an electrical shop and a highway tiffin centre, TNPDCL's power and the
broadband, landline, postpaid and DTH bills, the banks' SMS and e-mail alerts). One payment per page. Each
family: six successes, one failure, one wait; one page prints no transaction id and one no day (truth None for
those fields).

* ``buyer_upi``: six UPI app screens (PhonePe, Google Pay, KVB DLite, Paytm, CUB All in One, POP) paying the
  showroom or the company, the payee block above the sum on some and the day first under the rule, and two of
  the showroom's payment pages (Paykun, Atom), the sum above the status.
* ``buyer_advices``: the saree houses' and Co-optex's PAYMENT ADVICE - SILK SAREE PURCHASES / SUPPLIER
  REMITTANCE STATEMENT / Advice of credit to supplier (e-mail, printed, vendor portal), the payee and the
  payment block above the bills.
* ``export_wires``: eight banks' inward remittance advices (INWARD FOREIGN REMITTANCE - CREDIT CONFIRMATION /
  Export realisation advice - inward SWIFT / Advice of foreign currency receipt (exporter); browser, e-mail,
  printed), the day and the remitter's block first, the status at the foot.
* ``own_receipts``: the showroom's SALE BILL - SILK SAREES / CASH BILL - SHOWROOM, the store's RECEIPT - SILK
  YARN SALE / CASH RECEIPT - YARN STORE / RECEIPT - ZARI SALE / RECEIPT - USED ZARI SOLD FOR SILVER RECOVERY /
  SALE RECEIPT - OLD ZARI (paper, rubber stamp), the party first, and the accounts desk's Acknowledgement of
  money received e-mails.
* ``supplier_invoices``: the silk yarn, zari, dyeing, jacquard and saree box suppliers' ORIGINAL TAX INVOICE /
  TAX INVOICE - ORIGINAL FOR RECEIVER / GST TAX INVOICE - ORIGINAL with the payment block and a rubber stamp
  (paper, serif).
* ``vendor_transfers``: corporate net banking's transaction pages (IOB Corporate Online, KVB Corporate
  Connect, Indian Bank Corporate Internet Banking), the references above the payee, the day and the status at
  the foot.
* ``worker_pay``: printed NESAVU KOOLI VOUCHER - PER SAREE / WEAVING WAGES SLIP - KORVAI SAREE / PIRN WINDING
  WAGES VOUCHER (PER KG) / ZARI AND SILK WINDING - PIECE RATE SLIP / PAAVU (WARP) PREPARATION VOUCHER / STREET
  WARPING WAGES SLIP / SAREE CHECKING & FOLDING VOUCHER / FINISHING SECTION - PIECE RATE SLIP, Zwitch's payout
  pages, a Paytm and an IndOASIS screen.
* ``govt_fees``: Kanchipuram City Municipal Corporation's property tax and trade licence pages (TN Urban
  e-Pay), the Tamil Nadu Labour Welfare Board's annual contribution, the Tamil Nadu Fire and Rescue Services'
  fire licence renewal, the Handloom Export Promotion Council's RCMC renewal, Legal Metrology's verification
  fee, the Geographical Indications Registry's authorised user renewal and the Transport Department's Vahan
  tax page (browser).
* ``insurer_receipts``: insurers' PREMIUM REMITTANCE RECEIPT / Receipt - premium collected / OFFICIAL RECEIPT
  FOR PREMIUM (browser, e-mail, printed at the branch), the status under the sum.
* ``card_slips``: card terminal slips (monospace).
* ``utility_bills``: Bharat Connect in KVB DLite and UPI apps (Paytm, Amazon Pay, PhonePe, Google Pay, CRED),
  the sum above the status, and TNPDCL's own quick pay page.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Indian Bank, Karur Vysya Bank, City Union
  Bank, Tamilnad Mercantile Bank's UPI) and two e-mail debit alerts (Indian Overseas Bank, Karur Vysya Bank).

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout223's and heldout227's.

Truth conventions (heldout227's, heldout226's, heldout225's, heldout224's, heldout223's, heldout222's,
heldout219's, heldout215's, heldout211's, heldout210's, heldout207's, heldout206's, heldout204's,
heldout203's, heldout190's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Sent to / Paying to (heldout206), Transferred to (heldout153), *settled* (new here) or Merchant paid (here
  the showroom, Vegavathi Pattu Maaligai / VEGAVATHI PATTU MAALIGAI, the company's capitals, VEGAVATHI SILK
  WEAVES PVT LTD, or its short name, Vegavathi Silks, as printed), whether the payee block stands above the
  sum or under it, never the UPI ID or the app, nor the Banking name line under the UPI ID (heldout207) or the
  Bank account name line there (heldout225); a payment page's payee on top (here the showroom or the company),
  never Paid by (heldout206) / Billing name (heldout193), the Order note (heldout222), *settled* (new here)
  the Product info or the gateway's footer (*settled* (new here) Payments by Paykun, Secured by Atom - NTT
  DATA Payment Services). *settled* (heldout167, heldout175, heldout179, heldout190, heldout202 to
  heldout227): a payer's payment advice pays the one it pays, never the payer on top; here a saree house's or
  Co-optex's advice pays the company under Beneficiary (supplier) (heldout184) / Name of supplier (heldout180)
  / In favour of (heldout191) / Credited to (supplier) (heldout207), *settled* (new here) or Payee (weaver
  firm) (its full, capital or short name as printed), never the payer on top (the saree houses, Co-optex's The
  Tamil Nadu Handloom Weavers' Co-operative Society Ltd), its desk line, the Vendor ID (as heldout210's Vendor
  code), *settled* (new here) the Goods inward No., or the Supplier bank A/c (heldout223). *settled*
  (heldout155, heldout167, heldout190, heldout203 to heldout227): a bank's inward remittance advice pays the
  company under Name of beneficiary (heldout210) / Beneficiary (exporter) (heldout184) / Credit to beneficiary
  (heldout201), *settled* (new here) or Beneficiary customer name, never the bank on top, its forex desk line,
  the Ordering party (heldout157) / *settled* (new here) Remitter name and address (the importer abroad), the
  Ordering institution (heldout198) / Sender's bank (heldout155) or *settled* (new here) the Correspondent
  bank, printed above the beneficiary or not. *settled* (heldout175, heldout179, heldout190, heldout203 to
  heldout227): the company's own receipt pays the trade name on top where that is on top, so *settled* (new
  here) the showroom's sale bills pay Vegavathi Pattu Maaligai and the store's receipts Vegavathi Zari & Yarn
  Store (capitals where so printed), and a receipt with the company on top the company, never the "A unit of"
  company line under it (heldout190), the party under Received from, Name of customer (heldout225) or
  *settled* (new here) Buyer on a receipt, printed first or not, the goods' line, the signature line or the
  rubber stamp; *settled* (new here) the store's receipts for silk yarn sold to a home weaver, for zari sold
  to a master weaver and for used zari sold by the gram to a refiner alike (the store, never the buyer, as
  heldout227's grog and heldout223's rejects); the accounts desk's e-mail pays the company on top (its full,
  capital or short name as printed, heldout219). A supplier's name on top of its own paper (capitals where so
  printed), never M/s the company under Details of receiver (billed to) (heldout195) / Receiver (heldout160) /
  Buyer (heldout227's Buyer (bill to)), nor the store under Consignee (ship to) (heldout194). *settled*
  (heldout179, heldout186, heldout202, heldout203, heldout207 to heldout227): a corporate banking page pays
  the payee under Beneficiary name / Payee (heldout211), Beneficiary account name (heldout189) / Transfer to
  (heldout153), *settled* (new here) or Beneficiary (credit party), printed under the references or not, never
  the portal (IOB Corporate Online, KVB Corporate Connect, Indian Bank Corporate Internet Banking), the bank
  line, the Debit account or *settled* (new here) the Nick name (as heldout227's Payee alias). *settled*
  (heldout150, heldout161, heldout179, heldout203 to heldout227): a wage voucher pays the worker, *settled*
  (new here) a weaver under Name of weaver (heldout186) / Paid to (weaver) (heldout210), a winder under Name
  of winder / Paid to (winder), a warp maker under Name of warp maker / Paid to (warp maker) and a checker
  under Name of checker / Paid to (checker), never the company on top, the store's line under it, the Work,
  the Village or *settled* (new here) the Loom No. or the Design No.; *settled* (new here) Zwitch's payout
  page the Beneficiary name (as Decentro's, heldout227) / Recipient (as Wise's, heldout157), never Zwitch on
  top, the company under it (Payouts - ...), the Beneficiary ID (heldout173), the Account number or the VPA; a
  transfer screen the payee under Paid to / To. *settled* (heldout153, heldout167, heldout182, heldout202 to
  heldout227): a fee page pays the authority on top as printed, *settled* (new here for Tamil Nadu)
  Kanchipuram City Municipal Corporation / KANCHIPURAM CITY MUNICIPAL CORPORATION on both its pages; Tamil
  Nadu Labour Welfare Board / TAMIL NADU LABOUR WELFARE BOARD; Tamil Nadu Fire and Rescue Services / TAMIL
  NADU FIRE & RESCUE SERVICES; Legal Metrology, Labour Department, Tamil Nadu / Controller of Legal Metrology,
  Tamil Nadu; Transport Department, Government of Tamil Nadu / Transport Department, Tamil Nadu on the Vahan
  receipt (as heldout227's Uttar Pradesh department); *settled* (new here) Handloom Export Promotion Council /
  HEPC (as heldout214's EPCH) and Geographical Indications Registry / GEOGRAPHICAL INDICATIONS REGISTRY,
  CHENNAI; never the line under it (TN Urban e-Pay, the Labour Welfare and Skill Development Department, the
  Home (Police - XIII) Department, the Ministry of Textiles, Government of Tamil Nadu, Intellectual Property
  India, Vahan or the Ministry of Road Transport & Highways), the Name of assessee, Name of trade, Name of the
  establishment, Name of occupancy, Name of member, Name of user, Name of authorised user or Owner name.
  *settled* (heldout199, heldout202 to heldout227): an insurer's premium receipt pays the insurer on top (its
  full name, capitals where so printed; *settled* (new here) United India Insurance Co. Ltd's, Royal Sundaram
  General Insurance Co. Ltd's, Cholamandalam MS General Insurance Co. Ltd's, Star Health and Allied Insurance
  Co. Ltd's, Universal Sompo General Insurance Co. Ltd's, Liberty General Insurance Ltd's, Shriram General
  Insurance Co. Ltd's and Magma General Insurance Ltd's alike), never the product line, the office line or the
  Name of insured (heldout201) / Proposer (heldout150) / Insured name (heldout204) (the company). A slip's
  counter name line in capitals (here the company's own counters, VEGAVATHI PATTU MAALIGAI, VEGAVATHI SILK
  WEAVES and VEGAVATHI ZARI & YARN STORE, on four, a filling station, a Chennai hotel, an electrical shop and
  a highway tiffin centre on the rest), never the terminal's bank or brand (INDIAN BANK, IOCL, KARUR VYSYA
  BANK, ICICI BANK, CITY UNION BANK, PINE LABS, HDFC BANK, PAYTM) or the place line. A Bharat Connect page's
  biller under Biller / Operator / Service provider (heldout223), *settled* (new here) or Paid towards (short
  or long as printed), never the app (here also KVB DLite, Amazon Pay and CRED), Bharat Connect or the
  Customer name / Consumer name, nor the Name as per biller (heldout222); *settled* (new here) TNPDCL's own
  quick pay page the discom on top (TNPDCL, Tamil Nadu Power Distribution Corporation Ltd or its capitals as
  printed, as heldout227's PVVNL's), never the "A TNEB Ltd group company" line under it, the Region / Section
  or the Consumer name. An SMS alert's payee as the bank sends it ("to NILA GRAPH & CARD PU": *settled*, the
  truncated name as printed, without the sentence's full stop), *settled* (new here) Indian Bank's "via <way>
  in favour of <payee>.", Karur Vysya Bank's "for <way> to <payee>.", City Union Bank's "through <way> for
  <payee>." and Tamilnad Mercantile Bank's UPI "- UPI payment to <payee>.", and the failed and pending
  payments' "to <payee> on <day>" (heldout222), never the bank or the sender id; the e-mail alert's
  Beneficiary name (heldout206) / Paid to, *settled* (new here) or Payee name (as entered), never the bank on
  top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the
  status or under it. *settled* (heldout152, heldout186, heldout190, heldout202 to heldout227): a payer's
  advice counts its net sum, *settled* (new here) Net amount credited / Amount transferred (net) / Net paid to
  supplier, Amount withheld on the hold and Amount / Amount returned (heldout227) on the return (the bills
  less TDS u/s 194Q @ 0.1% and a Return - n sarees (weaving defect), a Rate difference - n sarees @ rate or a
  Cash discount @ 2%), printed in the payment block above the bills, never a bill's sum, the Gross value of
  bills / Bills total or a cut. *settled* (heldout155, heldout167, heldout179, heldout190, heldout203 to
  heldout227): an inward wire's foreign sum, Instructed amount (heldout173) / Amount of remittance
  (heldout184) / Inward amount (FCY) (heldout191), *settled* (new here) or Remitted sum (FCY), in Singapore
  dollars (SGD, S$, heldout207), Malaysian ringgit (MYR, RM, heldout218), pounds, Canadian dollars (CAD, C$,
  heldout207), US dollars, Australian dollars (AUD, A$, heldout202), UAE dirhams (AED, heldout205) and South
  African rand (ZAR or R before the sum, ZAR after it, heldout220), never the Rupee value (heldout204), the
  Less: Commission and GST (heldout221) or the Amount credited (INR) (heldout155); its Exchange rate applied
  (1 ZAR = INR 4.81) is no sum. *settled* (heldout175, heldout179, heldout190, heldout203 to heldout227): a
  receipt counts the sum received even where it is part of the order, Received in cash / Cash received /
  Received by UPI / Cheque amount / Advance received / Received by card (heldout210), UPI payment received
  (heldout212) / Paid by card (heldout189) / Amount of cheque (heldout206) / Booking advance received
  (heldout216), *settled* (new here) or Amount paid in cash, with the sum in words under it, never the Bill
  amount / Total / Order value (heldout202) / *settled* (new here) Net bill amount where less was received,
  the goods' line, the CGST @ 2.5% and SGST @ 2.5% or the Balance due / Balance payable at delivery
  (heldout199); *settled* (new here) the store's sale of used zari (the grams x rate, no GST) counts its bill,
  received in full (as heldout227's grog). *settled* (heldout187, heldout191, heldout202 to heldout227): a
  supplier's invoice counts the sum paid, where an advance is taken off (here *settled* (new here) Less:
  Advance received on order) the *settled* (new here) Balance paid by RTGS / NEFT (as heldout227's Balance
  credited by), else Paid by RTGS / NEFT, Paid by UPI (heldout154) / UPI amount received (heldout206) or
  *settled* (new here) Received by RTGS / NEFT transfer (the rounded Invoice value with GST), or the Cheque
  amount / *settled* (new here) Amount by cheque, never the Taxable value, a line or the GST. A banking page's
  Transaction amount / Amount transferred (heldout210) / Remittance amount (INR) (heldout219), *settled* (new
  here) or Transfer amount (INR). *settled* (heldout167, heldout202 to heldout227): a wage voucher's net sum,
  *settled* (new here) Net kooli paid / Balance paid to weaver / Amount disbursed (the sarees, kilos or warps
  x rate, plus Add: Korvai extra (contrast border) / Add: Rettai pettu extra / Add: Urgent order extra, less
  Less: Yarn shortage - n g @ rate / Less: Loom advance recovered / Less: Advance recovered), never the Gross
  kooli, the line or a deduction; Zwitch's and a screen's sum large. *settled* (new here): the Corporation's
  property tax Total tax paid (heldout209) / Amount collected (heldout154) (the Property tax for the half
  year, the Education tax and the Library cess), never a head; its trade licence's Total amount / Amount (the
  Licence fee (textile showroom) and the Advertisement tax (name board)), never a head; the Labour Welfare
  Board's Total contribution paid (heldout204) (the Employees' and the Employer's contribution), never a
  share; the Fire and Rescue Services' Total fee remitted (heldout187) / Amount paid (the Fire licence renewal
  fee and the Inspection fee), never a head; HEPC's Total amount paid / Amount received (the Membership fee
  (annual) and the GST @ 18%, as heldout227's EPCH), never the fee or the GST; Legal Metrology's Total fee
  paid / Amount paid (heldout227: the balances' and the scales' verification fees), never a balance's fee; the
  Registry's Total fee / Amount paid / Amount (the Renewal fee (authorised user)); the Transport Department's
  Total amount paid / Amount paid (heldout227: the Quarterly tax and a Green tax), never a head. *settled*
  (heldout199, heldout202 to heldout227): an insurer's premium with its GST, Premium collected (incl. GST)
  (heldout209) / Total premium received (heldout211) / Amount received towards premium (heldout203), the
  Cheque amount (heldout211) on the cheque not yet cleared, Premium due (heldout213) / Amount due (heldout150)
  on the failed one, never *settled* (new here) the Premium (net), an add-on or the GST, nor the Own damage
  premium (heldout223) or *settled* (new here) the Liability premium, nor the IDV (insured declared value),
  the Members covered, the Annual turnover in transit (heldout218) or *settled* (new here) the Sum insured -
  stock and fittings, the Sum insured - yarn and zari, the Limit per carrying, the Weavers covered or the Sum
  insured - looms and warps. A slip's AMOUNT: (heldout179) / TOTAL: (heldout179) / TXN AMT: (heldout173) /
  AMT:, *settled* (new here) or SALE AMT (INR):, never the RATE/LTR: or the QTY(LTR): (heldout192). A Bharat
  Connect page's sum large; TNPDCL's Amount paid / Amount remitted. An alert's sum debited (*settled* (new
  here) Indian Bank's "is debited with Rs.x", Karur Vysya Bank's "INR x debited", City Union Bank's "Rs x
  withdrawn", Tamilnad Mercantile Bank's "debited Rs x", the failed and pending payments' "<way> payment of
  Rs.x"; the e-mail's Debit amount (INR) (heldout204) / Amount), never the Bal:. Currency INR but on the
  wires.
* status: as printed. A UPI screen's Payment successful successes (heldout204, heldout207, heldout211,
  heldout219, heldout223, heldout227), *settled* (new here) as are Money sent to the merchant and Transfer
  successful - money sent, Awaiting confirmation from the payee's bank - check again in a few minutes pending,
  Payment declined - UPI PIN entered was wrong, no money debited failed; a payment page's Payment successful /
  Transaction successful successes (heldout205, heldout219), *settled* (new here) as is Payment done - order
  confirmed. *settled* (new here): a payer's Status: Credited to supplier account / Payment processed - funds
  sent to your bank successes, Withheld - Silk Mark labels for the lot awaited pending (a payer's hold, as
  heldout198's to heldout227's), Payment rejected by bank - IFSC does not match the branch failed. *settled*
  (new here): an inward advice's Proceeds credited to the exporter's account - e-BRC to follow / Status:
  Proceeds realised - rupee credit given successes, On hold for AML screening - remitter details sought from
  the sending bank pending, Remittance returned - name of beneficiary does not match the account failed,
  printed at the foot. *settled* (heldout167, heldout179, heldout190, heldout203, heldout207, heldout211,
  heldout215, heldout219, heldout223, heldout227): a cheque received and not yet cleared pending, a cheque
  returned failed, so *settled* (new here) CHEQUE ACCEPTED - GOODS HELD TILL CLEARANCE and CHEQUE IN CLEARING
  - ACCOUNT OPEN TILL CREDIT pending, CHEQUE RETURNED UNPAID - SALE REVERSED and CHEQUE RETURNED - SIGNATURE
  DIFFERS, RE-PAY BY NEFT failed; RECEIVED WITH THANKS, PAID and PAID IN CASH successes, *settled* (new here)
  as are PAID - SAREE DELIVERED, RECEIVED - YARN WEIGHED AND ISSUED, PAID - OLD ZARI TAKEN BY REFINER, PAID IN
  FULL BY RTGS / NEFT / UPI, RECEIVED IN FULL - NOTHING OUTSTANDING, PAID - SAREE RECEIVED INTO STOCK and PAID
  - ENTERED IN KOOLI BOOK. *settled* (new here): a banking page's Transfer successful - credit confirmed by
  beneficiary bank / Status: Executed - UTR received successes, Pending for approval by second signatory
  pending (keyed, not yet authorised, as heldout191's to heldout227's), Returned - beneficiary account frozen
  by bank failed, printed at the foot; Zwitch's Payout successful - credited to beneficiary account / Payout
  status: Success - credited successes (as Decentro's, heldout227), Queued - payout goes out once the payout
  account is topped up pending (not yet sent, as heldout227's Scheduled), Payout failed - beneficiary name
  mismatch at the bank failed; a transfer screen's Paid / Payment successful / Transaction successful
  successes (heldout211); a fee page's Payment successful successes, *settled* (new here) as are Remittance
  successful - e-receipt generated, Tax paid - thank you and Fee received - acknowledgement issued, the
  Geographical Indications Registry's Payment submitted - awaiting bank reconciliation, e-receipt will follow
  pending, Kanchipuram City Municipal Corporation's Transaction failed - licence fee not received by the
  Corporation failed; an insurer's *settled* (new here) Premium accounted - policy copy sent to your e-mail /
  Payment successful - policy schedule attached successes, CHEQUE UNDER CLEARING - RISK COVERED FROM
  REALISATION DATE pending (as heldout211's cover from realisation), Premium payment unsuccessful - cover not
  granted, please pay again failed, printed under the sum; a slip's APPROVED / TXN APPROVED successes
  (heldout210, heldout211), *settled* (new here) as is APPROVED - TXN COMPLETE, DECLINED - 51 INSUFFICIENT
  FUNDS IN ACCOUNT failed, HOST NOT REACHABLE - CHECK STATUS BEFORE RETRY pending; *settled* (new here) a
  Bharat Connect page's Bill settled with the biller / Paid - biller has received the amount successes,
  Awaiting biller confirmation - status updates within 72 hours pending, Bill payment failed - biller not
  responding, money goes back to source failed (the payment failed, whatever the refund), TNPDCL's Payment
  successful / *settled* (new here) Remittance accepted - thank you successes; an SMS that says the payment
  "FAILED at the beneficiary bank - amount reversed to your A/c." failed (whatever the reversal), one that "is
  AWAITING CREDIT CONFIRMATION from the beneficiary bank; do not repeat it." pending, a debit alert a success,
  whatever its bank's wording ("Your A/c XX1234 is debited with Rs.x on <day> via <way> in favour of
  <payee>.", "KVB: INR x debited from A/c ending 1234 on <day> for <way> to <payee>.", "Dear Customer, Rs x
  withdrawn from your A/c XXX1234 on <day> through <way> for <payee>.", Tamilnad Mercantile Bank's "TMB: A/c
  **1234 debited Rs x on <day> - UPI payment to <payee>. RRN <ref>"); the e-mail's *settled* (new here)
  Transaction status: Debit completed / Status: Debited - transfer sent successes.
* date: the day paid (a UPI screen's Date & time / Paid on / Transaction time (heldout221), *settled* (new
  here) Payment made on, Initiated on on one not yet paid (heldout203), printed first under the rule or not, a
  payment page's Paid on / Payment date (heldout206) / Transaction date, a payer's Date of credit (heldout220)
  / Transfer date / Paid on, *settled* (new here) Date credited, the held one's Withheld on (heldout226) /
  Advice date (heldout198) and Rejected on (heldout222) / Date of return (heldout223) on the returned one, an
  inward advice's Date of credit / Realisation date (heldout203) / Value date, *settled* (new here) Proceeds
  credited on, Date of receipt (heldout173) / Held on on the held one and Returned on / Date of return on the
  returned one, printed above the remitter, a receipt's, invoice's or voucher's Date / Dated / Bill date /
  Invoice date / Date of invoice (heldout215) / Voucher date, *settled* (new here) Date of bill, Dt. of
  invoice and Kooli paid on, a banking page's Executed on (heldout152) / Transaction date / Value date,
  *settled* (new here) Date of execution, Created on (heldout156) / Entered on (heldout204) on the one
  awaiting its second signatory and Returned on / Rejected on on the returned one, printed at the foot,
  Zwitch's Processed at (heldout151) / Completed at (heldout225), Queued at (heldout153) / Created at
  (heldout151) on the one queued and Failed at (heldout168) on the failed one, a fee page's Date of payment /
  Payment date / Receipt date, *settled* (new here) Date of e-payment, the trade licence's Transaction date /
  Attempted on on the failed one and the Registry's Submitted on / Transaction date on the page not yet
  confirmed, an insurer's Date of receipt (heldout221) / Premium paid on (heldout203) / Collected on
  (heldout154), Cheque received on (heldout204) / Date of receipt on the cheque not yet cleared and *settled*
  (new here) Transaction attempted on / Failed on on the failed one, a slip's TXN DATE: (heldout150) / DATE: /
  DATE/TIME:, Paid on / Payment time (heldout169), *settled* (new here) Payment completed on, Transaction date
  & time (the latter alone on a bill not paid), TNPDCL's Date of payment / Paid on, the SMS's day, the e-mail
  alert's Date of transaction (heldout194) / Value date, *settled* (new here) Debit posted on). *settled*:
  never a Bill month / Bill period (heldout167), a Due date, a Cheque date (heldout198), a Period of insurance
  (heldout199) or *settled* (new here) a Policy period, an invoice number's or a voucher number's financial
  year or an e-mail's hour; never a Shipping bill's date (heldout167), the Vahan page's Tax valid upto
  (heldout223) or the day inside a UTR (heldout210); *settled* (new here) never TNPDCL's Assessment date or
  the half year of the property tax (Property tax - 2nd half 2026-27).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT /
  RTGS / IMPS, Zwitch's IMPS (*settled* (new here), as Decentro's, heldout227), a Bharat Connect bill from a
  Current A/c (here in KVB DLite), a fee, a premium or TNPDCL paid by Net banking, an e-mail alert's Channel,
  an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a receipt's, a voucher's, an invoice's,
  Zwitch's, a fee's, a premium's or a bill's UPI and Tamilnad Mercantile Bank's UPI alert; card on slips, a
  payment page's card, a receipt's Card, a fee, a premium or TNPDCL paid by Debit card; cheque for a cheque
  accepted, in clearing or returned and a premium paid by Cheque; cash for a cash bill, receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout227): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref. No., UPI Reference No., UPI transaction ID,
  UPI Ref No., UPI RRN (heldout179), UPI Ref ID (heldout227), RRN, NEFT UTR, NEFT UTR No., RTGS UTR No.
  (heldout210), IMPS Ref No., Bank RRN (heldout227), *settled* (new here) Paykun's Bank RRN and Atom's Bank
  ref. (UTR) on a UPI payment, KVB DLite's UPI RRN / UTR No., CUB All in One's RRN, POP's UPI Ref ID, UPI txn
  ref. on a receipt and Zwitch's Bank reference (RRN), a slip's RRN: / RRN NO: (heldout200), an SMS's UTR /
  IMPS Ref and *settled* (new here) Tamilnad Mercantile Bank's RRN), then a bank reference (an inward advice's
  IRM No. (heldout190) / Transaction reference (heldout155) / Inward reference No. (heldout205), a banking
  page's Host reference No. (heldout195) / *settled* (new here) CBS ref. No., printed above the payee or not,
  a fee page's Bank Ref No., an insurer's Bank Ref No., Bharat Connect Ref. No. / BBPS Ref ID / B-Connect Txn
  ID (heldout150)), then a transaction / payment id (*settled* (new here) Paykun's Paykun txn ID and Atom's
  Atom txn ID, PhonePe's own Transaction ID, Google Pay's Google transaction ID, *settled* (new here) KVB
  DLite's Txn Ref No., CUB All in One's Transaction No., POP's POP txn ID and Paytm's own Transaction ID on a
  weaver's screen (as PhonePe's), *settled* (new here) Zwitch's Zwitch transfer ID (as Decentro's Decentro txn
  ID, heldout227), a fee page's Transaction ID / Payment ID / Transaction No. (*settled* (new here) the
  Corporation's, the Labour Welfare Board's, the Fire and Rescue Services', Legal Metrology's and the
  Registry's Transaction ID, HEPC's Payment ID (as heldout227's EPCH's) and Vahan's Transaction No.), an
  insurer's Gateway txn ID (heldout226) / *settled* (new here) Online payment ref., TNPDCL's Transaction ID, a
  failed Bharat Connect page's Transaction ID), then an approval code (Auth code, Approval code, a slip's AUTH
  CODE: / APPR CODE:), then an order's number (*settled* (new here) Paykun's Order ID and Atom's Merchant txn
  ID (heldout209), Zwitch's Merchant reference ID (heldout226), the company's own id for the payout), then a
  document's own number (a payer's Advice No. (heldout168) / Payment voucher No. (heldout151) / *settled* (new
  here) Remittance statement No., Bill No. / Receipt No. / Receipt Sl. No. (heldout187) on a receipt, Invoice
  No. / Inv. No. / Invoice Sl. No. (heldout195), Voucher No. / *settled* (new here) Kooli slip No., a fee
  page's Receipt No., the Labour Welfare Board's Challan No. (heldout179's treasury Challan No.), Vahan's
  Receipt No., Receipt No. / *settled* (new here) Official receipt No. on an insurer's receipt, TNPDCL's
  Receipt No., a slip's INVOICE NO: / BILL NO: / ROC NO: (heldout179) / *settled* (new here) BILL/INV NO:).
  *settled*: never a UETR, MID, TID, BATCH NO, STAN: (heldout202), a card, account or mobile number, a UPI ID
  or VPA, IFSC, GSTIN, a cheque number, a Purpose code, an Invoice No. (export) (as heldout210's Export
  invoice No.), a Shipping bill No. (heldout167), an E-way bill No., a Docket No. (heldout179), a Vehicle No.
  (heldout205) (so never a Registration No. on the Vahan page or an insurer's page or a slip's VEH NO:), a
  Registration No. / Application No. (heldout203), a Policy No. / Proposal No. / Quotation No., a Vendor ID
  (as heldout210's Vendor code), a Sender's reference (heldout223), Maker / Checker (heldout171) (so never
  Created by / Authorised by), a consumer number (here Service connection No. (heldout173), Account No.,
  Telephone No., Mobile No., Subscriber ID), an Assessment No. (as heldout222's Property ID), an RCMC No.
  (heldout227), a slip's PUMP NO: (as heldout202's NOZZLE NO:) or ROOM NO: (heldout203), Zwitch's Beneficiary
  ID (heldout173) or Account number. *settled* (new here): never a Goods inward No., a Licence No., an
  Authorised user No., a Loom No., a Design No., a Nick name (as heldout227's Payee alias) or a slip's FOLIO
  NO:.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout231_families import (
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

SPLIT = "heldout231"

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


def make_heldout231_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout231 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
