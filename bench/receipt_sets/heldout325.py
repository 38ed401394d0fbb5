"""heldout325: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Mata ni pachedi painters' firm's year of 2026 in Ahmedabad, Gujarat (Chitara
Pachedi Kala Kendra, in Gujarati ચિતારા પછેડી કલા કેન્દ્ર, named for the chitaras, the painters, as the Vaghri
(Devipujak) families who paint the Mother goddess' temple cloth are called, a partnership firm with GSTIN
24AAVFC6291K1Z8 and Udyam UDYAM-GJ-01-0032914, its motto "માતાની પછેડી, માતાના આશીર્વાદ" (the Mother's cloth,
the Mother's blessing), with Dineshbhai Chitara its managing partner, who pays its makers and its bills,
Hasmukhbhai Chitara, who draws its Mothers, Krupa Chitara, who keeps the web shop and the orders from abroad,
Paresh Shah, who keeps its accounts, Nayna Parmar at its counter and Vikram Devipujak, its helper: its makers
(Rameshbhai Chitara, Geetaben Chitara, Sureshbhai Devipujak, Manjuben Chitara, Ashokbhai Chitara, Savitaben
Devipujak, Kanubhai Chitara and Leelaben Chitara among them) draw the Mother (Meldi Ma on her goat, Khodiyar
Ma, the Mothers in their shrines) and her devotees on grey cotton with a bamboo kalam dipped in the black of
iron and jaggery, print the borders with teak blocks, paint the alum where the alizarin red will take, boil
the cloth with alizarin and dhavdi flowers and wash it in the Sabarmati, in the workshop at Chitara Vas,
Vasna, paid by the pachedi painted, the metre printed and the wash (the large and the small Mata ni pachedi,
Meldi Ma's and Khodiyar Ma's panels, the chandarvo, a shrine's canopy, kalamkari dupattas, stoles, cushion
covers and table runners); its showroom at Law Garden, Ellisbridge, the Pachedi Mandap (પછેડી મંડપ, the canopy
a shrine stands under), shut on Mondays as Law Garden's craft shops are; its stall at the Vibrant Navratri
festival on the GMDC ground (11 to 19 October 2026); its web shop pachedimandap.in on Easebuzz and PhonePe's
payment gateway and its Etsy shop; the Tourism Corporation of Gujarat, a Gandhinagar hotel company, a
Bengaluru boutique hotel chain, a Sarkhej temple trust, a Pune gifting firm, a Mumbai interior studio, a Surat
textile house and ONGC's Ahmedabad asset through GeM at home and a folk art gallery in Santa Fe, a textile
arts society in Toronto, an atelier in Utrecht, a folk crafts house in Singapore, a textile studio in London,
a textile collective in Perth, an interiors house in Dubai and an art house in Copenhagen abroad), told by the
proofs of payment it receives (buyers' PhonePe Business on the Mandap's phone with its soundbox, Google Pay
set in Gujarati, Amazon Pay, CRED, Freecharge, Jupiter, Vyom and IDFC FIRST Bank; the tourism corporation's
remittance advice under its Gujarati name, Kotak FYN with a hotel company's RTGS pending its authoriser, a
hotel chain's NetSuite bill payment mail, the temple trust's letter in Gujarati, RazorpayX' payout mail, an
interior studio's Google Chat space, Canara Bank's corporate banking with a textile house's NEFT returned and
GeM's payment status; Mercury, RBC Express, Rabobank, UOB Infinity, Starling, Westpac, Mashreq NEOBiz and
Nordea for buyers in Santa Fe, Toronto, Utrecht, Singapore, London, Perth, Dubai and Copenhagen in US dollars,
Canadian dollars, euros the Dutch way, Singapore dollars, pounds, Australian dollars, dirhams and kroner the
Danish way; the Navratri stall's cash memo in a Gujarati hand lying on a Mata ni pachedi, the Mandap's tax
invoice under a Mata ni pachedi, Easebuzz' failed card, Etsy's deposit mail, the firm's advance receipt book
in boxed fields, OkCredit under "Today", PhonePe's gateway pending and the firm's e-invoice with its IRN) and
those it makes (the Narol cotton mill's invoice with its payment typed under it, a Kalupur gandhi's chit in a
Gujarati hand, a Pethapur block maker's bill book, udaan's failed order, Delhivery's booking, Bizongo's order
awaiting confirmation, the printer's Zoho invoice paid under "Today" and the frame maker's invoice with its QR
code; the Kalupur bank's mobile banking, bob World, HDFC Bank, the Ahmedabad Mercantile bank's application
filled in by hand, Axis Mobile, FedMobile, AU 0101 and Kotak's net banking for the mill, the printer, a
tailor, the frame maker, a carton maker, a transporter and the block maker; a maker's wage account and her
kite-day advance in a Gujarati hand, the printed wage slip, Paytm, Keka's payslip, JioFinance, BHIM to the
washer and a WhatsApp chat under "Today"; Ahmedabad Municipal Corporation's property tax receipt, its Shops
and Establishments renewal under "Today", GPCB's consent fee, the GST portal's challan awaiting the bank, the
Labour Welfare Board's receipt, the Navratri committee's stall letter in Gujarati, the e-challan's failure and
AMC's professional tax receipt; Oriental's, United India's, Reliance General's, Cholamandalam MS', Generali
Central's, Universal Sompo's, LIC's and Magma General's premiums; cards on the Mandap's Axis Bank terminal and
the Navratri stall's PhonePe POS, at a thali house through Swiggy Dineout, at a Relief Road hardware store's
Ezetap machine, on Air India Express, in Axis Bank's SMS, on IDFC FIRST Bank's card app and at a Jio-bp
station's Pine Labs machine; Torrent Power's receipt, Adani Total Gas, JioFiber, AMC's water counter, Amazon
Pay's failed bill, ACT Fibernet's mail, the dhobi ghat's slip in a Gujarati hand and Bharat BillPay; Baroda
Gujarat Gramin Bank's SMS in Gujarati, Kotak's heads-up notification, the SMS of State Bank of India, Bank of
Baroda and Union Bank of India, the Ahmedabad Mercantile bank's WhatsApp banking, ICICI Bank's RCS card and
IDFC FIRST Bank's mail). One payment per page, each drawn from its own seed (heldout325-<i>) in a face the
seed chooses, with its degraded copy made from the same stream by heldout14_render's ``degrade``, so that the
set is drawn the same every time (no set or hash order is read anywhere). Each family: six successes, one
failure, one wait; one page prints no transaction id and one no day (truth None for those fields). Each layout
is a function of its own in ``heldout325_families`` (the family's function picks it by the receipt's place in
its family), written by hand for this set.

Layouts (every one written for this set, and nearly all of its apps, banks and issuers none of heldout322's or
heldout323's; those marked (new) new in their arrangement and labels beside every layout heldout322 and
heldout323 drew, and where one is near a kind of page they drew it is said here): PhonePe Business on the
Mandap's phone with its soundbox's words, a capsule and its details with colons, where heldout323 drew YONO
Merchant's and heldout322 Google Pay for Business' details in a table ruled on every side (new); Google Pay
set in Gujarati in this set's boxed fields, near heldout323's BHIM set in Assamese and heldout322's BHIM set
in Marathi (and heldout320's PhonePe set in Gujarati); Amazon Pay's payment pending with its stages top to
bottom, where heldout323 drew Google Pay's under an hourglass and heldout322 iMobile Pay's over a progress bar
(new); CRED's dark screen under a scalloped badge with its details in read-only fields (new); Freecharge's
failure under a red ribbon in a table ruled on every side, where heldout323 drew Groww's under a tile on
hairline rows and heldout322 SaraswatMobile's under a large round cross in a striped table (new); Jupiter's
payment with no reference on a tinted panel and in a rounded card, where heldout323 drew Navi's in a capsule
and heldout322 bob World's under a badge of initials (new); Vyom's tiles two to a row (new); IDFC FIRST Bank's
"Today" with the sum's paise raised over shaded labels, where heldout322 drew Axis Mobile's "Today" in a
ticket's card (new); the tourism corporation's remittance advice under its Gujarati name with its bills
striped, its net sum in dot leaders and a blind embossed seal, near heldout323's tourism corporation's advice
under its Assamese name and heldout322's handloom corporation's advice under its Marathi name; Kotak FYN's
RTGS pending its authoriser with its stages across the page at the left and the right, where heldout323 drew
neo's RTGS over a progress bar two to a row and heldout322 Axis neo's with its values over their labels (new);
NetSuite's bill payment mail with its bills on hairline rows and its total double ruled, where heldout323 drew
Tally's voucher and heldout322 TallyPrime's advice (new); the temple trust's letter typed in Gujarati with no
reference, near heldout323's Bihu committee's letter in Assamese and heldout322's temple trust's letter in
Marathi; RazorpayX' payout mail two to a row (new); the interior studio's Google Chat space under "Today",
near heldout323's Slack channel and heldout322's Instagram message; Canara Bank's NEFT returned under a large
round cross in shaded labels, where heldout323 drew SBI's under a red ribbon against a gutter and heldout322
Bank of Maharashtra's in a table ruled on every side (new); GeM's payment status with the bill's row in a
table ruled on every side (new); Mercury's wire with colons in a rounded card, where heldout323 drew J.P.
Morgan's and heldout322 Citi's in dot leaders (new); RBC Express' confirmation in a table ruled on every side
(new); Rabobank's rejection under a red ribbon with its values over their labels, where heldout323 drew UBS'
rejection on hairline rows and heldout322 MUFG's in shaded labels (new); UOB Infinity's striped table under a
tinted band (new); Starling's "Today" under a tile on hairline rows, near heldout323's OCBC "Today" and
heldout322's NatWest "Today"; Westpac's payment processing under a spinner with colons, where heldout322 drew
CommBiz' awaiting authorisation over a progress bar and heldout323 HSBCnet's stages left to right (new);
Mashreq NEOBiz' shaded labels (new); Nordea's Danish sentence with no reference in a rounded card, near
heldout323's Deutsche Bank German sentence and heldout322's QNB sentence (and heldout320's Danish labels); the
Navratri stall's memo in a Gujarati hand lying on a Mata ni pachedi, near heldout323's Bihu memo on a bamboo
mat and heldout322's festival memo on a Himroo shawl (and heldout320's Tarnetar memo in a Gujarati hand); the
Mandap's tax invoice under a Mata ni pachedi on hairline rows with its total on a tinted panel and the firm's
block as its mark, near heldout323's tax invoice under a phulam jaapi and heldout322's under a Himroo swatch;
Easebuzz' failed card under a large round cross in shaded labels, where heldout323 drew PayU's on a tinted
band and heldout322 PayU's under a tile's cross in dot leaders (new); Etsy's deposit mail in a table ruled on
every side, where heldout323 drew Amazon's disbursement mail striped and heldout322 Shopify's order mail
(new); the advance receipt book in this set's boxed fields with its number struck in red and a revenue stamp,
near heldout323's money receipt on red tabs and heldout322's receipt book in carbon; OkCredit's entry in a
bubble under "Today", near heldout323's Google Pay for Business under "Today" and heldout322's myBillBook
"Today"; PhonePe's gateway pending with its stages left to right two to a row, where heldout323 drew
Instamojo's over a progress bar and heldout322 Instamojo's under a spinner (new); the firm's e-invoice with
its IRN beside its QR code in a table ruled on every side, where heldout323 drew QueueBuster's roll and
heldout322 a dot-matrix invoice (new); the cotton mill's invoice on hairline rows with its payment typed under
it and its oval stamp, near heldout323's cane dealer's bill with its typed line under its PAID stamp; the
Kalupur gandhi's chit in a Gujarati hand, near heldout323's tokou leaf trader's chit and heldout322's card
puncher's bill; the Pethapur block maker's bill book, near heldout322's dye house's bill book and heldout323's
mirror shop's memo; udaan's failure in an octagon in a striped table, where heldout323 drew Industrybuying's
under a red ribbon and heldout322 Borzo's on a tinted band (new); Delhivery's booking under a tile with a
copyable reference, where heldout323 drew DTDC's typed receipt and heldout322 DTDC's roll (new); Bizongo's
order awaiting confirmation over a progress bar in read-only fields, where heldout323 drew Amazon Business'
stages across the page and heldout322 its stages top to bottom (new); the printer's Zoho invoice paid under
"Today" with PAID across it, near heldout323's Swipe invoice paid under "Today" and heldout322's
Industrybuying "Today"; the frame maker's invoice with its QR code to pay and its payment written under it
(new); the Kalupur bank's NEFT on hairline rows, where heldout322 drew Mahamobile Plus' NEFT ruled and
heldout323 PNB ONE's with colons (new); bob World's failed IMPS on a tinted band with tiles, where heldout323
drew iMobile Pay's failure under a red ribbon and heldout322 Equitas' in an octagon (new); HDFC Bank's "Today"
with the sum's paise raised and colons, where heldout323 drew mBandhan's "Today" with its values over their
labels and heldout322 Navi's with tiles (new); the Mercantile bank's application in this set's boxed fields,
near heldout323's Apex Bank's and heldout322's Deogiri bank's applications; Axis Mobile's NEFT in progress
with its stages top to bottom in shaded labels, where heldout323 drew UCO's stages left to right and
heldout322 Cosmos Bank's under a spinner (new); FedMobile's tinted panel (new); AU 0101's payment with no
reference under a scalloped badge, where heldout323 drew Paytm's under a badge of initials and heldout322 a
WhatsApp card (new); Kotak's acknowledgement in dot leaders, where heldout323 drew BOI Omni Neo's ruled table
(new); the maker's wage account in a Gujarati hand, near heldout323's in an Assamese hand and heldout322's in
a Marathi hand (and heldout320's in a Gujarati hand); the kite-day advance in a Gujarati hand, near
heldout323's advance in an Assamese hand and heldout322's Eid advance (and heldout320's Diwali bonus); the
printed wage slip in boxed fields with a box for the thumb, near heldout323's wage slip on red tabs; Paytm's
payment pending over a progress bar with colons, where heldout323 drew BHIM SBI Pay's under a spinner and
heldout322 Kotak 811's stages top to bottom (new); Keka's payslip ruled with its Net Pay in a box, near both
sets' Zoho Payroll payslips (and heldout320's greytHR's); JioFinance's failure under a red ribbon in dot
leaders, where heldout323 drew Airtel Payments Bank's in an octagon against a gutter and heldout322 PhonePe's
on a tinted band (new); BHIM's payment to the washer under a badge of initials on hairline rows, near
heldout322's Google Pay payment to a weaver; the WhatsApp chat under "Today", near heldout323's Google Pay
chat and heldout322's WhatsApp card; AMC's property tax receipt in boxed fields, near heldout322's municipal
corporation's property tax receipt in bilingual labels; the Shops and Establishments renewal under "Today"
with a copyable id, near heldout323's Sewa Setu "Today"; GPCB's consent fee two to a row (new); the GST
challan awaiting the bank with its stages across the page in a ruled table, where heldout323 drew the GST
portal's receipt in dot leaders and the professional tax over a progress bar (new); the Labour Welfare Board's
receipt ruled with its QR code, near heldout322's Maharashtra board's receipt in dot leaders; the Navratri
committee's stall letter in Gujarati, near heldout322's MTDC letter in Marathi; the e-challan's failure in an
octagon in shaded labels, where heldout323 drew VAHAN's failure under a tile in a ruled table and heldout322
MahaTrafficApp's "Today" (new); AMC's professional tax receipt at the left and the right with its barcode
(new); Oriental's receipt at the left and the right under its sentence with a rectangular stamp, where
heldout323 drew National Insurance's against a gutter and heldout322 National's in a ruled table (new); United
India's mail two to a row, where heldout323 drew ICICI Lombard's and heldout322 Royal Sundaram's mails with
colons (new); Reliance General's failed card under a large round cross in dot leaders, where heldout323 drew
HDFC ERGO's under a red ribbon and heldout322 Niva Bupa's under a scalloped badge (new); Cholamandalam MS'
capsule over shaded labels (new); Generali Central's "Today" with tiles, near heldout323's Niva Bupa "Today"
and heldout322's Shriram "Today"; Universal Sompo's premium under verification under a spinner with colons,
where heldout323 drew Care Health's stages and heldout322 Care Health's progress bar (new); LIC's
acknowledgement with its policy's row in a table ruled on every side (new); Magma General's SMS, near
heldout323's Shriram SMS and heldout322's HDFC Life message; Axis Bank's slip two fields to a line (new);
PhonePe POS' answer not come, near both sets' Razorpay POS; Swiggy Dineout's pay-bill screen in dot leaders,
where heldout323 drew a POSist bill and heldout322 a Posist e-bill (new); Ezetap's declined slip, near
heldout323's Mswipe and heldout322's Worldline declined slips; Air India Express' booking mail striped, where
heldout322 drew IndiGo's itinerary and heldout323 IRCTC's slip (new); Axis Bank's card SMS, near heldout323's
HDFC Bank and heldout322's ICICI Bank card SMS; IDFC FIRST Bank's card app under "Today", near both sets'
OneCard "Today"; the fuel slip boxed in dashes and bars (new); Torrent Power's receipt in boxed fields, near
heldout322's MSEDCL receipt in bilingual labels; Adani Total Gas' "Today" with a copyable id, near
heldout323's Tata Play "Today"; JioFiber's recharge pending over a progress bar with its values over their
labels, where heldout322 drew Hathway's stages on hairline rows and heldout323 Purba Bharati Gas' spinner
(new); AMC's water counter receipt typed with its round seal, near heldout323's Jal Board and heldout322's
water supply counter receipts; Amazon Pay's failed bill under a large round cross, near heldout322's PayZapp
failure; ACT Fibernet's striped mail, where heldout323 drew Airtel's mail on hairline rows and heldout322 Vi's
ruled (new); the dhobi ghat's slip in a Gujarati hand on squared paper, near heldout323's waste collection
slip and heldout322's jar card; Bharat BillPay's receipt in dot leaders, where heldout323 drew MobiKwik's with
its values over their labels (new); Baroda Gujarat Gramin Bank's SMS in Gujarati in a bubble, near
heldout323's Assam Gramin Vikash Bank's and heldout322's Maharashtra Gramin Bank's (and heldout320's Bank of
Baroda's Gujarati SMS); Kotak's heads-up notification over the Mandap's WhatsApp Business chats, where
heldout323 drew the notification history and heldout322 the lock screen (new); the SMS of State Bank of India,
Bank of Baroda and Union Bank of India in their own wordings, near the SMS both drew; the Mercantile bank's
WhatsApp banking chat (new); ICICI Bank's RCS card from a verified sender (new); IDFC FIRST Bank's mail with
no reference ruled, where heldout323 drew Bank of India's mail and heldout322 YES BANK's (new). 56 of the 96
are new in their arrangement and labels. This set draws kinds of row and page heldout322 and heldout323 do
not: Gujarati (the firm's, the Mandap's, a corporation's, a trust's, a committee's, a bank's, a gandhi's, a
samiti's and a power company's names, a motto, headings, an app set in Gujarati, boxed fields' labels, typed
letters, a maker's chat, a bank's SMS) in heldout320's runs of Noto Sans and Noto Serif Gujarati; a Gujarati
hand in Noto Sans Gujarati with its Latin figures in an upright DejaVu Sans, sheared as a sketch pen leans;
this set's boxed field (the Gujarati label in bold with its English small under it, the value in a box ruled
in the alizarin red); a Mata ni pachedi as a letterhead's emblem; a pachedi's border as a divider; the firm's
wooden block printed as its mark; a page photographed lying on a Mata ni pachedi; a soundbox's words
(heldout287's); a blind embossed seal (heldout279's); a PAID printed across a page (heldout289's); a barcode
(heldout269's); an e-invoice's IRN beside its QR code; a QR code to pay; a heads-up notification over a dimmed
app (heldout294's); WhatsApp banking; an RCS card; a Google Chat space; a fuel slip boxed in dashes and bars;
a dark screen; and beside them the rows heldout269's to heldout294's sets share (tables ruled on every side,
striped tables, shaded labels, labels at the left and values at the right, dot leaders, hairline rows, labels
with colons, tinted outcome bands, capsules, tiles two to a row, values over their labels, labels over their
values two to a row, copyable fields, read-only fields, a tinted panel, notice boxes, stages across the page,
left to right and top to bottom, progress bars, spinners, large round marks, octagons, scalloped badges, tile
marks, ribbons, a sum large with its paise raised, a day divider, chat bubbles, a chat's payment card, rounded
cards, round badges of initials, hand-written columns on a ruled page, tick boxes, a sum in a box, round, oval
and rectangular stamps, a red numbering-machine number, a revenue stamp, a thumb's box, signatures, QR codes,
squared paper, a letter's folds).

* ``buyer_upi``: Buyers paying the Pachedi Mandap or the firm by UPI: PhonePe Business on the Mandap's phone
  (the Mandap under the app's bar; the soundbox's words beside its loudspeaker, "PhonePe par <sum> malya"
  (received on PhonePe); Payment received in a capsule, the sum, "from <buyer>"; Transaction ID :, UTR :,
  Received on : and Settles to : with colons); Google Pay set in Gujarati (a large round tick, "ચુકવણી પૂર્ણ
  થઈ" (payment completed), the sum, "<payee> ને" (to <payee>); UPI વ્યવહાર ID / UPI transaction ID, તારીખ અને
  સમય / Date and time and ખાતામાંથી / From account in this set's boxed fields); Amazon Pay's payment pending
  (Payment pending, the sum, "to <payee>"; Debited from your account, Waiting for the payee's bank and
  Credited to the payee top to bottom; a notice; Transaction ID, UPI Ref No. and Initiated on at the left and
  the right); CRED on its dark screen (a scalloped badge, "payment successful", the sum, "paid to <payee>";
  UPI reference ID, paid on and paid from in read-only fields); Freecharge's failure (PAYMENT FAILED on a red
  ribbon, the sum, "to <payee>", the reason in a notice; Transaction ID, Date & Time, Reason and Paid from in
  a table ruled on every side); Jupiter's payment with no reference ("Paid" and the sum on a tinted panel; "to
  <payee>" and the day and hour in a rounded card; From; its Pots round-up); Vyom (a large round tick,
  Transaction Successful, the sum; UPI Ref No. and Date, Paid to and From A/c in tiles two to a row); IDFC
  FIRST Bank under "Today, <hour>" (the sum large with its paise raised, "Money sent to <payee>"; UPI Ref No.,
  To and From in shaded labels; no day).

* ``buyer_advices``: Payers' advices of what they paid the firm: the Tourism Corporation of Gujarat's
  REMITTANCE ADVICE under its Gujarati name for the pachedi that dress its Navratri pavilion (Ref. and Date;
  "To," and the firm; Bill No. | Bill Date | Taxable | TDS 2% | Net striped; Net amount remitted (Rs.) in dot
  leaders; "The above has been remitted to your account by NEFT vide UTR ... on <dd.mm.yyyy>."; a blind
  embossed seal and the Deputy Manager (Accounts)' signature); Kotak FYN with a Gandhinagar hotel company's
  RTGS pending its authoriser (Pending authorisation; Created, Verified, Authorised and Sent across the page;
  a notice; Transaction Ref., Beneficiary, Amount, Value Date, Payment Type and Created by at the left and the
  right); a Bengaluru boutique hotel chain's bill payment mailed from NetSuite (Payment # and Date; Paid to;
  Bill # | Bill Date | Amount on hairline rows; Total paid double ruled; Method and Reference); the Sarkhej
  temple trust's letter typed in Gujarati with no reference in the days before Navratri (its Gujarati name
  over its English and a pachedi's border; જા. નં. (outward no.) and તારીખ (date); "પ્રતિ, ભાગીદારશ્રી," (To,
  the partner,) and the firm in English; વિષય (subject); "... ચંદરવા અને માતાની પછેડીના Rs. x/- <day> ના રોજ
  NEFT દ્વારા આપના ખાતામાં જમા કરવામાં આવ્યા છે." (Rs. x/- for the chandarvo and the Mata ni pachedi has been
  deposited in your account by NEFT on <day>); the secretary's signature over મંત્રી); a Pune gifting firm's
  payout mailed by RazorpayX (Payout processed and its sentence; Payout ID and Amount, Beneficiary and Mode,
  UTR and Processed on two to a row); a Mumbai interior studio's Google Chat space under "Today" (the writer's
  initials in a round badge, her name and hour; "Paid ₹x to <payee> by IMPS for the two Mata ni pachedi panels
  for the Juhu villa. Ref ..."; a colleague's reply; no day); Canara Bank's corporate net banking with a Surat
  textile house's NEFT returned (a large round cross, NEFT returned by the beneficiary bank, the reason in a
  notice; Transaction Ref No., Beneficiary, Amount, Value Date and Return Reason in shaded labels); GeM's
  payment status for ONGC's order of pachedi for its guest house (Contract No., Buyer and Seller; Paid in a
  capsule; Invoice No. | Amount (Rs.) | Paid on | UTR in a table ruled on every side).

* ``export_wires``: Galleries, textile societies, studios and interior houses abroad paying the firm for its
  pachedi: Mercury with a wire in US dollars (Wire sent in a capsule; Amount :, Recipient :, Recipient bank :,
  Send date : (in words, month first), Tracking ID : and Fees : with colons in a rounded card); RBC Express'
  wire payment confirmation in Canadian dollars (Confirmation Number, Beneficiary Name, Beneficiary Bank,
  Payment Amount, Value Date (in words) and Charges in a table ruled on every side); Rabobank with a payment
  in euros the Dutch way rejected (PAYMENT REJECTED on a red ribbon, the reason in a notice; each value over
  its label: Beneficiary, Amount, Execution date (day first with dashes), Reference, Reason); UOB Infinity's
  telegraphic transfer in Singapore dollars (Transaction successful on a tinted band; Transaction Reference,
  Beneficiary, Amount, Value Date and Charges striped); Starling's business app with a payment in pounds under
  "Today, <hour>" (a tick on a rounded tile, International payment sent, the sum, "to <payee>"; Reference, Fee
  and From on hairline rows; no day); Westpac Corporate Online with a payment in Australian dollars processing
  (a spinner, a notice; Payment ID :, Payee :, Amount :, Payment date : and Fees : with colons); Mashreq
  NEOBiz with a transfer in dirhams (a large round tick, Transfer successful; Reference No., Beneficiary,
  Amount, Transfer Date and Charges in shaded labels); Nordea Business with a transfer in kroner the Danish
  way told in a Danish sentence with no reference (a tick and Overførsel gennemført (transfer completed) in a
  rounded card; "Din udenlandske overførsel på <sum> til <payee> er gennemført den <dd.mm.yyyy>." (your
  foreign transfer of <sum> to <payee> was completed on <day>); Fra konto (from account) and Gebyr (charges)).

* ``own_receipts``: The firm's own papers, its Pachedi Mandap or itself on top: the Navratri stall's CASH MEMO
  in the festival's nights, photographed lying on a Mata ni pachedi (the Mandap's Gujarati name over its
  English, "નવરાત્રી મહોત્સવ 2026 | GMDC ગ્રાઉન્ડ, અમદાવાદ", "રોકડ મેમો" (cash memo); તારીખ / Date and નામ /
  Name written in boxed fields; the pieces written in a Gujarati hand with their sums on a ruled page, "કુલ"
  (total); "રોકડા મળ્યા" (received in cash); no reference); the Mandap's TAX INVOICE under a Mata ni pachedi,
  its Gujarati name, the motto and a pachedi's border ("A unit of M/s <firm>"; Invoice No. and Date, Buyer and
  Place of Supply; Description | HSN | Qty | Rate | Amount on hairline rows; Taxable value, CGST @ 2.5% and
  SGST @ 2.5% in dot leaders; the Invoice Total on a tinted panel; "Paid by UPI, UTR ..."; the firm's block as
  its mark; "ફરી પધારજો!" (come again!)); Easebuzz' checkout with a credit card failed (the Mandap on top; a
  large round cross, Payment failed, the reason in a notice; Txn ID, Easebuzz ID, Amount, Payment mode and
  Date in shaded labels); Etsy's deposit mail for the shop PachediMandap (Your deposit is on its way, its
  sentence; Shop name, Deposit amount, Deposit date, Bank account and Reference (UTR) in a table ruled on
  every side); the firm's "અગાઉથી રકમની પહોંચ / ADVANCE RECEIPT" for a temple's chandarvo (No. struck in red;
  તારીખ / Date, કોની પાસેથી / Received from, રકમ / Amount, શા માટે / Towards, રીત / Mode (NEFT) and સંદર્ભ /
  Ref. written in boxed fields; the sum in words; a revenue stamp signed across; સ્વીકારનાર / Receiver);
  OkCredit on the Mandap's phone under "Today" (the Mandap under the app's bar, the customer over her number;
  Payment received, the sum and "via UPI | UPI Ref ..." in a bubble with its hour; Balance due; no day); the
  web shop's order on PhonePe's payment gateway pending (the Mandap on top, Payment pending, the sum;
  Initiated, With your bank and Confirmed left to right; a notice; Order ID and Amount, Transaction ID and
  Method, Initiated on two to a row); the firm's TAX INVOICE (e-Invoice) to a hotel company (its IRN, Ack No.
  and Ack Date beside its QR code; Invoice No. and its earlier Invoice Date; Sl. | Description | HSN | Qty |
  Rate | Amount ruled with its Taxable value; CGST, SGST and Invoice Total at the left and the right; "Payment
  received by NEFT, UTR ... on <dd-mm-yyyy>.").

* ``supplier_invoices``: The firm's suppliers, each on top of its own paper: the Narol cotton mill's TAX
  INVOICE for the grey cotton (Invoice No. and its earlier Invoice Date; Quality | HSN | Metres | Rate |
  Amount on hairline rows; Taxable Value, CGST 2.5%, SGST 2.5% and Invoice Total; "Payment received with
  thanks by NEFT, UTR ..., on <dd.mm.yyyy>" typed under it; its oval stamp); a Kalupur gandhi's (druggist's)
  chit in a Gujarati hand with no reference (his Gujarati name over his English; "તા." and the day, "શ્રી
  દિનેશભાઈ ચિતારા, વાસણા" (to Shri Dineshbhai Chitara, Vasna); the alum, the dhavdi flowers, the myrobalan and
  the madder with their weights and sums on a ruled page, "કુલ"; "રોકડા મળ્યા"); a Pethapur block maker's BILL
  (Bill No. struck in red, Date and M/s written on dotted lines; the border, outline, filler and devotee
  blocks written in its ruled columns, the Total; "Recd. by GPay, Ref ..." written under it); udaan's order of
  natural dyes failed (an octagon's cross, Payment failed, a notice; Order ID, Sold by, Amount, Payment mode
  and Attempted on striped); Delhivery's app with the parcel's booking (Delhivery Ltd. under the app's bar, a
  tick on a rounded tile, Shipment booked, the sum; a copyable UPI Ref No.; AWB, From, To, Weight, Booked on
  and Paid via at the left and the right); Bizongo's order of export cartons awaiting confirmation (a progress
  bar, a notice; Order ID, Sold by, Amount, Payment mode and Placed on in read-only fields); the printer's
  invoice from Zoho Invoice paid under "Today, <hour>" (the printer on top, the invoice's number; the
  catalogues, hang tags and care cards on hairline rows, GST 18% and Total; PAID across it; Payment received,
  Mode and Reference; no day); the Relief Road frame maker's INVOICE (Invoice No. and Date; Item | Qty | Rate
  | Amount ruled with its Total; "Scan to pay (UPI)" and its QR code; "Paid via UPI, Ref ..." written under it
  with a check mark).

* ``vendor_transfers``: The firm paying its suppliers from its banks: the Kalupur Commercial Co-op. Bank's
  mobile banking with a NEFT to the cotton mill (a large round tick, NEFT initiated successfully, the sum; UTR
  No., Beneficiary, Account, IFSC, Date and Remarks on hairline rows); bob World's IMPS to the printer failed
  (Transaction Failed on a tinted band, the sum, "to <payee>", the reason in a notice; IMPS Ref No. and Date,
  To and Reason in tiles); HDFC Bank's IMPS to the tailor under "Today, <hour>" (the sum large with its paise
  raised, "sent to <payee>"; IMPS Ref No :, To A/c : and Remarks : with colons; no day); the Ahmedabad
  Mercantile Co-op. Bank's RTGS / NEFT application under its Gujarati name (NEFT ticked; તારીખ / Date,
  લાભાર્થી / Beneficiary, ખાતા નં. / A/c No., IFSC and રકમ રૂ. / Amount Rs. written in boxed fields; the
  branch's rectangular stamp with its day; "Sent, UTR ..." written by its clerk); Axis Mobile's NEFT to the
  carton maker in progress (In progress, the sum, "to <payee>"; Debited from your account, Sent to the
  beneficiary bank and Credited top to bottom; a notice; Reference No., Initiated on and From in shaded
  labels); FedMobile's NEFT to the transporter (Transfer successful and the sum on a tinted panel; UTR,
  Beneficiary, Date and From A/c at the left and the right); AU 0101's payment to the block maker with no
  reference (a scalloped badge, Payment sent, the sum, "to <payee>", "on <day> at <hour>"; From); Kotak's net
  banking Fund Transfer Acknowledgement for the mill's RTGS or NEFT (Reference No., Beneficiary Name, Account
  No., Amount, Transfer Date and Mode in dot leaders).

* ``worker_pay``: The firm paying its makers (by the pachedi painted, the metre printed and the wash) and its
  staff: a maker's "ચીતરામણ મજૂરી હિસાબ / PAINTING WAGES" (an account of the wages for painting; કારીગર /
  Maker and માસ / Month written in boxed fields; the pachedi painted, the border printed and the bolts washed
  with their counts, rates and sums in a Gujarati hand, "કુલ"; "UPI થી ચૂકવ્યા, Ref ..." (paid by UPI) and
  "તા. <day>" written under it; the partner's signature); a maker's kite-day advance in a Gujarati hand in the
  week before Uttarayan under "ઉત્તરાયણ ઉપાડ" ("ઉત્તરાયણ નિમિત્તે / રૂ. x/- રોકડા / ઉપાડ પેટે મળ્યા છે." (Rs.
  x/- received in cash as an advance for Uttarayan) and "તા. <day>"; her signature and her name written under
  it; no reference); the firm's printed "મજૂરી ચૂકવણી પત્રક / WAGE PAYMENT SLIP" under a Mata ni pachedi (નામ
  / Name, કામ / Work, દર / Rate, કુલ મજૂરી / Total wage, રીત / Mode, UTR and તારીખ / Date in boxed fields,
  their values printed; a box for the maker's signature or thumb); Paytm's payment to a maker pending (Payment
  pending, the sum, "to <maker>" over a progress bar, a notice; UPI Ref No :, Initiated on : and From : with
  colons); Keka's payslip for the Mandap's counter ("Payslip for the month of <month>"; Employee Name,
  Employee ID, Designation and PAN in shaded labels; Earnings | Amount | Deductions | Amount ruled; Net Pay in
  a box and its words; "Credited by NEFT on <dd/mm/yyyy>, UTR ..."); JioFinance's payment to a maker failed
  (PAYMENT FAILED on a red ribbon, Money not sent, the sum, "to <maker>", a notice; Transaction ID, Date,
  Reason and From in dot leaders); BHIM's payment to the washer (his initials in a round badge, "Paid to" over
  his name, the sum, Success; UPI Ref No, Date, From and Note on hairline rows); a WhatsApp chat with a maker
  under "Today" (the maker on top; her "ભાઈ, આ અઠવાડિયાની મજૂરી મોકલશો?" (brother, will you send this week's
  wage?); the partner's payment card with "Payment to <maker>", the sum, "Paid" and the hour, its UPI Ref; her
  reply "મળી ગયા, આભાર" (received, thanks); no day).

* ``govt_fees``: The firm's fees, taxes and dues, the authority paid as printed: Ahmedabad Municipal
  Corporation's property tax e-receipt under its Gujarati name ("ચુકવણી સફળ / Payment Successful"; પહોંચ નં. /
  Receipt No., ટેનામેન્ટ નં. / Tenement No., માલિક / Owner, નાણાકીય વર્ષ / Financial Year, રકમ / Amount, રીત /
  Mode, બેંક સંદર્ભ / Bank Ref. and તારીખ / Date in boxed fields); AMC's app with the Mandap's Shops and
  Establishments renewal under "Today, <hour>" (the corporation under the app's bar, an octagon's tick, Fee
  paid, the sum; a copyable Transaction ID; Application No. and Paid via; Service; no day); the Gujarat
  Pollution Control Board's XGN receipt for the dye and wash unit's consent fee (e-Payment Receipt; Receipt
  No. and Date, Industry and Category, Fee type and Amount, Payment mode and Bank Ref. No. two to a row); the
  GST portal's challan awaiting the bank (Goods and Services Tax on top; Payment status: Awaiting bank
  confirmation; Challan created, Paid at bank and Credited to ledger across the page; a notice; CPIN, GSTIN,
  Amount, Mode and Initiated on ruled); the Gujarat Labour Welfare Board's receipt for the half-year's fund
  early in July or January (Receipt No., Establishment, Period, Employees, Employee and Employer Contribution,
  Total Amount, Payment Mode, Bank Ref. No. and Payment Date ruled; its QR code); the Vibrant Navratri
  Mahotsav Samiti's stall letter typed in Gujarati in the week before Navratri with no reference (its Gujarati
  name over its English and a pachedi's border; જા. નં. and તારીખ; "પ્રતિ, વ્યવસ્થાપક," (To, the manager,) and
  the Mandap; વિષય; "... આપે સ્ટોલ ભાડાના Rs. x/- તા. <day> ના રોજ રોકડેથી જમા કરાવેલ છે." (you have deposited
  Rs. x/- of the stall rent in cash on <day>); the convener's signature over સંયોજક); the e-challan portal
  with the tempo's traffic challan failed (Ahmedabad City Traffic Police under the portal's name, an octagon's
  cross, a notice; Challan No., Vehicle No., Amount, Transaction ID, Payment mode and Date in shaded labels);
  AMC's PROFESSIONAL TAX RECEIPT (Receipt No., PEC No., Period, Amount, Payment mode, UPI Ref. and Payment
  Date at the left and the right; its barcode and number).

* ``insurer_receipts``: The firm's premiums, the insurer on top, under its app's bar or signing its message:
  the Oriental Insurance Company's PREMIUM RECEIPT for the workshop's Bharat Sookshma Udyam Suraksha policy
  (its sentence; Receipt No., Policy No., Premium, CGST @ 9%, SGST @ 9%, Total Premium, Mode, UTR and Receipt
  Date at the left and the right; the divisional office's rectangular stamp); United India Insurance's mail of
  the Mandap's shopkeeper's policy renewed (its sentence; Policy Number and Product, Premium (incl. GST) and
  Payment Mode, UPI Ref No. and Payment Date two to a row); Reliance General's health renewal failed by card
  (a large round cross, Payment unsuccessful, a notice; Proposal No., Premium, Payment Reference, Card,
  Attempted on and Reason in dot leaders); Cholamandalam MS' policy for the tempo (Payment successful in a
  capsule, "Your policy has been issued"; Policy No., Vehicle, Premium (incl. GST), Transaction ID, Payment
  mode and Payment date in shaded labels); Generali Central's app with the makers' group health cover under
  "Today, <hour>" (a scalloped badge, Premium paid, the sum; Policy No. and Transaction ID, Paid via and
  Members in tiles; no day); Universal Sompo's group health premium under verification (a spinner, a notice;
  Proposal No. :, Amount :, Transaction ID :, Payment mode : and Initiated on : with colons); LIC's Premium
  Paid Acknowledgement for the partner's policy (Policy No. | Due Date | Premium | Late Fee | Total ruled;
  Transaction ID, Paid by and Paid on); Magma General's SMS with no reference ("Dear Customer, we have
  received Rs.x on <dd-mm-yyyy> towards your policy ... (Burglary, Pachedi Mandap) by UPI. Thank you. -Magma
  General Insurance").

* ``card_slips``: Cards on the Mandap's and the Navratri stall's terminals and the firm's cards elsewhere:
  Axis Bank's SALE slip at the Mandap two fields to a line (DATE and TIME, MID, TID and BATCH, INV and RRN,
  CARD and its scheme, APPR CODE; AMOUNT; APPROVED, PIN VERIFIED); PhonePe POS at the Navratri stall in the
  festival's nights with the answer not come (CARD SALE; DATE, TIME, TID, TXN ID, CARD, AMOUNT; STATUS : TIMED
  OUT, RESULT PENDING, DO NOT RETRY); Swiggy Dineout's pay-bill screen at a Law Garden thali house (the
  restaurant over its town, Bill paid in a capsule; Bill total, Discount (10%) and Amount paid in dot leaders;
  Paid by, Transaction ID and Paid on); Ezetap's slip at a Relief Road hardware store (SALE; DATE, TIME, MID,
  TID, INV NO, the card, AMOUNT; NOT APPROVED, RESP CODE 05 : DO NOT HONOUR); Air India Express' booking mail
  for the partner's flight to Delhi (Booking confirmed; PNR, Flight, Travel date and Booked on; Base fare,
  Taxes and fees, Convenience fee and Total paid striped; Paid by and Payment reference); Axis Bank's SMS of a
  spend on the firm's credit card with no reference ("Spent INR x on Axis Bank Card XX1234 at <MERCHANT> on
  <dd-mm-yy>. Avl Lmt INR y. ..."); IDFC FIRST Bank's card app under "Today, <hour>" (the merchant over its
  town, a tick on a rounded tile, the sum, Approved; Transaction ID and Card, Reward points and Category in
  tiles; no day); Pine Labs' slip at a Jio-bp station for the tempo's diesel boxed in dashes and bars (DATE,
  TIME, TID, INVOICE NO, CARD, APPR CODE, RRN; VEHICLE NO, PRODUCT, LITRES, RATE, AMOUNT; APPROVED).

* ``utility_bills``: The workshop's and the Mandap's bills: Torrent Power's app with its ONLINE PAYMENT
  RECEIPT (Torrent Power Ltd. under the app's bar and its Gujarati name; સર્વિસ નં. / Service No., ગ્રાહકનું
  નામ / Consumer Name, બિલ માસ / Bill Month, ચૂકવેલ રકમ / Amount Paid, વ્યવહાર નં. / Transaction ID, ચુકવણી
  તારીખ / Payment Date and રીત / Mode in boxed fields); Adani Total Gas' app with the piped gas bill paid
  under "Today, <hour>" (Adani Total Gas Ltd. under the app's bar, a large round tick, Bill paid, the sum; a
  copyable Transaction ID; BP No. and Paid via; no day); MyJio with the Mandap's JioFiber recharge pending
  (JioFiber under the app's bar, Payment pending, the sum over a progress bar, a notice; each value over its
  label: Account No., Plan, Transaction ID, Paid via, Initiated on); AMC's water and drainage charges receipt
  typed at the Vasna civic centre's counter (its Gujarati name over its English; RECEIPT NO, DATE, TENEMENT
  NO, NAME, PERIOD, AMOUNT, MODE : CASH at the two ends of each line; its round seal); Amazon Pay paying
  Torrent Power's bill failed (a large round cross, Bill payment failed, the biller, the sum, a notice;
  Transaction ID, Service No., Paid via and Attempted on); ACT Fibernet's payment mail (its sentence; Account
  ID, Plan, Bill Period, Amount Received, Payment Mode, Transaction Reference and Payment Date striped); the
  Sabarmati dhobi ghat samiti's slip for the washing place in a Gujarati hand on squared paper (its Gujarati
  name over its English, "ધોબીઘાટ ઉપયોગ ફી પહોંચ" (receipt of the fee for using the washing place); "નામ",
  "માસ", "રૂ. x/- રોકડા મળ્યા" and "તા. <day>" written; no reference); Bharat BillPay in bob World paying
  Gujarat Gas (a large round tick, Bill payment successful, the sum; Biller, BP No., B-Connect Txn ID, Payment
  mode and Payment date in dot leaders).

* ``bank_alerts``: The banks' alerts of the firm's payments: Baroda Gujarat Gramin Bank's SMS in Gujarati in a
  bubble under its day divider ("પ્રિય ગ્રાહક, આપના ખાતા XX1234 માંથી <dd-mm-yyyy> ના રોજ UPI દ્વારા રૂ.x
  <PAYEE> ને ચૂકવવામાં આવ્યા છે. સંદર્ભ નં. ... -BGGB" (dear customer, Rs. x has been paid from your account
  XX1234 on <day> by UPI to <PAYEE>)); Kotak's heads-up notification over the Mandap's WhatsApp Business
  chats, dimmed under it ("Kotak Bank • now", "Debit alert", "Rs.x debited from A/c XX1234 to <PAYEE> via
  IMPS. IMPS Ref ... -Kotak Bank"; no day); State Bank of India's SMS ("Dear Customer, INR x debited from A/c
  No. XX1234 on <dd-Mon-yy> for NEFT to <PAYEE>, UTR .... If not done by you, call 1800111109 -SBI"); the
  Ahmedabad Mercantile Co-op. Bank's WhatsApp banking chat under "Today" with a failed IMPS ("Your IMPS of
  Rs.x to <PAYEE> on <dd/mm/yyyy> has failed. Amount, if debited, will be reversed in 2 working days. IMPS Ref
  ..."); Bank of Baroda's SMS ("Rs.x transferred from A/c ...1234 to:<PAYEE> on <dd-mm-yyyy>. UPI Ref:.... Not
  you? Call 18005700 -BOB"); ICICI Bank's RCS card from a verified sender (RTGS in process in bold; "Your RTGS
  of Rs.x to <PAYEE> from A/c XX1234 on <dd-Mon-yyyy> is in process. UTR ...."; View details and Call us);
  IDFC FIRST Bank's alert mail with no reference ("Your account XX1234 has been debited."; Amount, Date, To
  and Mode ruled); Union Bank of India's SMS ("A/c *1234 Debited for Rs:x on <dd-mm-yyyy> by IMPS to <PAYEE>,
  Ref .... Not you? Call 1800222244 -Union Bank of India").

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans Gujarati and Noto Serif
Gujarati (regular and bold, fonts-noto-core; heldout320's runs) for the Gujarati lines, the Gujarati hand in
Noto Sans Gujarati beside an upright DejaVu Sans; italics and obliques for the Latin hand
(``heldout325_families.PENS``) and a fixed-width face of the page's own (``heldout325_families.TYPES``).
Gujarati on the papers: the firm's, the Mandap's, the tourism corporation's, the temple trust's, the gandhi's,
the Mercantile bank's, the municipal corporation's, the Navratri committee's, Torrent Power's and the dhobi
ghat samiti's names over or under their English (ચિતારા પછેડી કલા કેન્દ્ર, પછેડી મંડપ, ટુરિઝમ કોર્પોરેશન ઓફ
ગુજરાત લિમિટેડ, શ્રી મેલડી માતાજી મંદિર ટ્રસ્ટ, સરખેજ, ગાંધી ઇસ્માઇલભાઈ નૂરભાઈ, ધી અમદાવાદ મર્કન્ટાઇલ કો-ઓપ.
બેંક લિ., અમદાવાદ મ્યુનિસિપલ કોર્પોરેશન, વાઇબ્રન્ટ નવરાત્રી મહોત્સવ સમિતિ, ટોરેન્ટ પાવર લિમિટેડ, સાબરમતી
ધોબીઘાટ સમિતિ), the motto, headings (રોકડ મેમો, cash memo; અગાઉથી રકમની પહોંચ, advance receipt; ચીતરામણ મજૂરી
હિસાબ, an account of the wages for painting; ઉત્તરાયણ ઉપાડ, Uttarayan advance; મજૂરી ચૂકવણી પત્રક, wage
payment slip; ચુકવણી સફળ, payment successful; ઓનલાઇન ચુકવણી પહોંચ, online payment receipt; ધોબીઘાટ ઉપયોગ ફી
પહોંચ, receipt of the fee for using the washing place; નવરાત્રી મહોત્સવ, the Navratri festival; GMDC ગ્રાઉન્ડ,
the GMDC ground), boxed fields' labels (તારીખ, date; નામ, name; રકમ and રકમ રૂ., amount; રીત, mode; સંદર્ભ,
reference; કોની પાસેથી, received from; શા માટે, towards; કારીગર, maker; માસ, month; કામ, work; દર, rate; કુલ
મજૂરી, total wage; UPI વ્યવહાર ID, UPI transaction ID; તારીખ અને સમય, date and time; ખાતામાંથી, from account;
લાભાર્થી, beneficiary; ખાતા નં., account no.; પહોંચ નં., receipt no.; ટેનામેન્ટ નં., tenement no.; માલિક,
owner; નાણાકીય વર્ષ, financial year; બેંક સંદર્ભ, bank reference; સર્વિસ નં., service no.; ગ્રાહકનું નામ,
consumer name; બિલ માસ, bill month; ચૂકવેલ રકમ, amount paid; વ્યવહાર નં., transaction no.; ચુકવણી તારીખ,
payment date; સ્વીકારનાર, receiver), a hand's words (કુલ, total; રોકડા મળ્યા, received in cash; UPI થી
ચૂકવ્યા, paid by UPI; તા., dated; નંગ, pieces; મીટર, metres; તાકા, bolts; કિલો, kilos; કિનાર છાપકામ, border
printing; ધોલાઈ, washing; ફટકડી, alum; ધાવડીના ફૂલ, dhavdi flowers; હરડે, myrobalan; મજીઠ, madder; શ્રી, Shri;
નિમિત્તે, for (an occasion); ઉપાડ પેટે, as an advance; the pieces' names: માતાની પછેડી મોટી and નાની, the
large and the small Mata ni pachedi; મેલડી માનો પટ and ખોડિયાર માનો પટ, Meldi Ma's and Khodiyar Ma's panel;
ચંદરવો, a canopy; કલમકારી દુપટ્ટો, a kalamkari dupatta; પછેડી સ્ટોલ, a stole; ગાદી કવર જોડ, a pair of cushion
covers; ટેબલ રનર, a table runner), a letter's words (જા. નં., outward no.; પ્રતિ, to; ભાગીદારશ્રી, the
partner; વ્યવસ્થાપક, manager; વિષય, subject; સાહેબશ્રી, sir; ના રોજ, on the day; દ્વારા, by; આપના ખાતામાં જમા
કરવામાં આવ્યા છે, has been deposited in your account; રોકડેથી જમા કરાવેલ છે, has deposited in cash; આભાર સહ,
with thanks; મંત્રી, secretary; સંયોજક, convener), an app's and a chat's words (ચુકવણી પૂર્ણ થઈ, payment
completed; <payee> ને, to <payee>; ભાઈ, brother; આ અઠવાડિયાની મજૂરી મોકલશો?, will you send this week's wage?;
મળી ગયા, આભાર, received, thanks; ફરી પધારજો, come again) and a bank's SMS (પ્રિય ગ્રાહક, dear customer; આપના
ખાતા ... માંથી, from your account ...; <day> ના રોજ, on <day>; UPI દ્વારા, by UPI; રૂ.x, Rs. x; <PAYEE> ને
ચૂકવવામાં આવ્યા છે, has been paid to <PAYEE>; સંદર્ભ નં., reference no.). The Navratri stall's memo and its
PhonePe POS are drawn in the festival's nights on the GMDC ground (11 to 19 October 2026), the committee's
stall letter in the week before and the temple trust's letter in the twelve days before; the kite-day advance
in the week before Uttarayan (7 to 13 January 2026); the Labour Welfare Board's fund in the first half of July
or of January; the Mandap's counter, its terminal, its tax invoice, its OkCredit and its PhonePe Business
never take a payment on a Monday (one drawn on a Monday moves to the Sunday before, its reference made again
for that day); the other days anywhere in 2026. GST is 5% on the firm's pieces (made-ups of cotton, HSN 6304,
and dupattas and stoles, HSN 6214, of up to Rs. 2,500 a piece, since September 2025; CGST 2.5% and SGST 2.5%
to a Gujarat buyer, the tourism corporation keeping TDS under GST of 2% of each bill's taxable value), 5% on
the mill's cotton (HSN 5208), 18% on the printing and the general insurance premiums (inside the sum but on
the fire policy's CGST 9% and SGST 9%), none on the partner's family health and life policies (an
individual's, exempt since September 2025); the makers' wages, the hand-written chits and bills, the washing
place's fee and the welfare fund carry none.

Truth conventions (heldout323's, heldout322's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): after
  "To" or "to" on Amazon Pay, Freecharge and Jupiter, "paid to" on CRED, Vyom's Paid to, "Money sent to" on
  IDFC FIRST Bank; the Mandap, the firm, the firm as a bank's field cuts it (CHITARA PACHEDI KALA KEN) or its
  short name; never the app, the payer, a UPI ID or the initials in a badge. *settled* (heldout320's Gujarati
  SMS, as heldout322's and heldout323's apps set in Marathi and Assamese): Google Pay set in Gujarati pays the
  name before its "ને" (to), "<payee> ને" under the sum. *settled* (heldout268 to heldout323): a receiving
  business's own app pays the business named under the app, here the Mandap under PhonePe Business' bar and
  under OkCredit's (never the app, "from <buyer>" or the customer). *settled* (heldout167 to heldout323): a
  payer's advice pays the one it pays, never the payer on top or a salutation; here the firm under the tourism
  corporation's "To," (never the corporation or its Gujarati name), Kotak FYN's and Canara Bank's Beneficiary,
  NetSuite's "Paid to:" (never the hotel chain on top), RazorpayX' Beneficiary (never RazorpayX or the gifting
  firm), GeM's Seller (never GeM or its Buyer), the payee in the Google Chat message ("Paid ₹x to <payee> by
  IMPS"; never its writer or the space); *settled* (heldout300): the firm after "M/s" is the firm without its
  "M/s"; *settled* (heldout323's Bihu committee's and heldout322's temple trust's letters): the temple trust's
  letter typed in Gujarati pays the firm named under its "પ્રતિ, ભાગીદારશ્રી," (To, the partner,), because its
  sentence says the sum "આપના ખાતામાં જમા કરવામાં આવ્યા છે" (has been deposited in your account); never the
  trust or its મંત્રી. *settled* (heldout272, heldout277, heldout287 and heldout303 to heldout323): a name's
  line in Gujarati over or under its English (ચિતારા પછેડી કલા કેન્દ્ર, પછેડી મંડપ, અમદાવાદ મ્યુનિસિપલ
  કોર્પોરેશન and the rest) is the name's line in the region's language and never the merchant. *settled*
  (heldout155 to heldout323): an inward wire pays the firm as the bank prints it, here Mercury's Recipient,
  RBC's Beneficiary Name, Rabobank's, UOB's and Mashreq's Beneficiary, Westpac's Payee, the name after "to" on
  Starling and the name after "til" (to) in Nordea's Danish sentence; never the payer, its bank or its town.
  *settled* (heldout175 to heldout323): the firm's own paper pays the Mandap or itself on top, here PACHEDI
  MANDAP on its tax invoice and its Navratri memo (never its Gujarati name, "A unit of", its Buyer or the
  memo's નામ / Name written in), the firm on top of its advance receipt and its e-invoice (never કોની પાસેથી /
  Received from or the Buyer), the Mandap on top of Easebuzz' and PhonePe's gateway pages (never the gateway);
  *settled* (the payout mails of heldout285 to heldout323) Etsy's Shop name as printed (PachediMandap).
  *settled* (heldout187 to heldout323): a supplier's name on top of its own paper, here SHREE AMBICA COTTON
  MILLS (never its Buyer), GANDHI ISMAILBHAI NOORBHAI under his Gujarati name (never "શ્રી દિનેશભાઈ ચિતારા"
  written to the firm), PETHAPUR BLOCK ART (never its M/s written in), KALAPI OFFSET PRINTERS on top of its
  Zoho invoice (never Zoho), NAVRANG FRAME STUDIO (never its To); udaan's and Bizongo's Sold by (*settled*
  heldout305 to heldout323's marketplaces' sellers; never the marketplace). *settled* (new here): Delhivery's
  app pays Delhivery Ltd. named under its bar, because a carrier's own app names the carrier paid as a
  utility's app names its company (Bharat Petroleum under Hello BPCL's bar, *settled* heldout323) and as DTDC
  Express Limited on top of its receipt (*settled* heldout323). *settled* (heldout179 to heldout323): a
  banking page pays the payee, here the Kalupur bank's, FedMobile's and Kotak's Beneficiary (Name), the name
  after "to" on bob World, Axis Mobile and AU 0101, HDFC Bank's "sent to <payee>", the લાભાર્થી / Beneficiary
  written on the Mercantile bank's application (never its Remitter). *settled* (heldout150 to heldout323): a
  pay slip pays the worker, here the કારીગર / Maker written in the wage account's box, the maker's name
  written under her signature on the kite-day advance (*settled* heldout307 to heldout323's names under a
  signature), the નામ / Name on the printed wage slip, the name after "to" on Paytm and JioFinance, BHIM's
  "Paid to" over the washer's name, Keka's Employee Name, the maker on top of the WhatsApp chat (*settled*
  heldout275's and heldout308's to heldout323's chats). *settled* (heldout153 to heldout323): a fee page pays
  the authority as printed, here Ahmedabad Municipal Corporation (never its Gujarati name; under AMC Seva's
  bar, never the app), Gujarat Pollution Control Board, Goods and Services Tax on top of the GST portal's page
  (*settled* heldout315, heldout320 and heldout323), the GUJARAT LABOUR WELFARE BOARD, Ahmedabad City Traffic
  Police printed under the e-challan portal's name (never e-Challan, *settled* heldout323's VAHAN); *settled*
  (heldout322's MTDC letter and heldout321's Kendra) the Vibrant Navratri Mahotsav Samiti on top of its stall
  letter, never the Mandap under its "પ્રતિ, વ્યવસ્થાપક,", because its sentence says "આપે ... જમા કરાવેલ છે"
  (you have deposited), the one written to being the payer. *settled* (heldout199 to heldout323): an insurer's
  receipt pays the insurer on top (full or short as printed), under its app's bar (Generali Central Insurance)
  or signing its message (Magma General Insurance). A slip's counter name line as printed (PACHEDI MANDAP,
  PACHEDI MANDAP - NAVRATRI, JAY AMBE HARDWARE, JIO-BP SARKHEJ), never *settled* the terminal's brand or bank
  over it (AXIS BANK, PhonePe POS, Ezetap, Pine Labs); Air India Express on top of its booking mail
  (*settled*: the carrier's); the name after "at" in Axis Bank's "Spent INR x on Axis Bank Card XX1234 at
  <MERCHANT> on <day>" (*settled* heldout299 to heldout323's card SMS); IDFC FIRST Bank's card app's merchant
  line over its town; *settled* (new here): Swiggy Dineout's pay-bill screen pays the restaurant named over
  its town, never Dineout or Swiggy, because the app only carries the diner's card payment to the restaurant's
  bill, as a terminal's brand over a slip's counter line (*settled*) and heldout322's Posist e-bill's
  restaurant on top. A utility's biller as printed: Torrent Power Ltd. under its app's bar (never its Gujarati
  name), Adani Total Gas Ltd. under its app's bar, JioFiber under MyJio's bar (never MyJio, *settled*
  heldout323's Tata Play under its bar), AHMEDABAD MUNICIPAL CORPORATION on the water counter's receipt (never
  its Gujarati name), Torrent Power Ltd. named under Amazon Pay's Bill payment failed (never Amazon Pay), ACT
  Fibernet on top of its mail, the dhobi ghat samiti's name on top (never its નામ written in), Bharat
  BillPay's Biller (Gujarat Gas Ltd., never Bharat BillPay or bob World). An SMS, mail, notification or
  message's payee as the bank sends it (*settled*, the truncated name as printed): State Bank of India's "for
  NEFT to <PAYEE>, UTR", Bank of Baroda's "to:<PAYEE> on", Union Bank of India's "by IMPS to <PAYEE>, Ref",
  the Mercantile bank's "to <PAYEE> on", ICICI Bank's "to <PAYEE> from A/c", IDFC FIRST Bank's To, Kotak's "to
  <PAYEE> via IMPS"; Baroda Gujarat Gramin Bank's Gujarati SMS the name before its "ને" (*settled*
  heldout320); *settled* (heldout294's and heldout320's heads-up banners) Kotak's heads-up notification reads
  as the SMS it sends, the app dimmed under it carrying no fact; *settled* (heldout320's WhatsApp banking) the
  Mercantile bank's WhatsApp message reads as its SMS; *settled* (new here) ICICI Bank's RCS card from a
  verified sender reads as its SMS, its heading and suggestion chips carrying no fact, because an RCS message
  is the bank's SMS sent as a rich card.

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*; IDFC FIRST Bank's whole
  rupees large with the paise raised after them read as one sum, *settled* heldout275's raised paise);
  Jupiter's sum on its tinted panel (*settled* heldout273's panel); never the soundbox's words, a Pots
  round-up or a cashback. *settled* (heldout152 to heldout323): a payer's advice counts its net sum, here the
  tourism corporation's Net amount remitted (Rs.) (never a bill's Taxable, TDS 2% or Net alone), Kotak FYN's
  and Canara Bank's Amount, NetSuite's Total paid (never a bill's Amount), RazorpayX' Amount, GeM's Amount
  (Rs.) in the bill's row, the ₹x in the Google Chat message, the Rs. x/- in the temple trust's sentence.
  *settled* (heldout155 to heldout323): an inward wire's foreign sum, here US dollars (US$ or USD), Canadian
  dollars (C$ or CAD), Singapore dollars (S$ or SGD), pounds (the pound's sign or GBP), Australian dollars
  (AUD or A$), dirhams (AED) with English grouping; euros the Dutch way (€ 5.192,55 or EUR 5.192,55 is
  5192.55, *settled* heldout273's Dutch euros and heldout294's German ones); *settled* (new here): Danish
  kroner the Danish way, points between the thousands and a comma before the øre (DKK 26.560,00 or 26.560,00
  kr. is 26560.00), because that is how a Danish bank prints a sum, as the German and Dutch euros; never
  Charges, a Fee or Gebyr. *settled* (heldout175 to heldout323): a receipt counts the sum received, here the
  tax invoice's Invoice Total on its panel (never its Taxable value, CGST or SGST or a line's Amount), the
  Navratri memo's "કુલ" (total) written at its line's end, the advance receipt's રકમ / Amount written in its
  box, Easebuzz' Amount, Etsy's Deposit amount, OkCredit's sum (never its Balance due), PhonePe's gateway sum,
  the e-invoice's Invoice Total (never its Taxable value). A whole sum closed with /- is that sum in whole
  rupees (*settled* heldout259). *settled* (heldout187 to heldout323): a supplier's paper counts the sum paid,
  here the mill's Invoice Total (never CGST or SGST), the gandhi's "કુલ" (never a line's sum), the block
  maker's Total, udaan's and Bizongo's Amount, Delhivery's sum, the Zoho invoice's Total (never GST 18%), the
  frame maker's Total. A banking page's sum (the રકમ રૂ. / Amount Rs. written in the Mercantile bank's box).
  *settled* (heldout167 to heldout323): a pay slip's net sum, here the wage account's "કુલ" (never a line's
  count, rate or sum), the kite-day advance's રૂ. x/- written, the wage slip's કુલ મજૂરી / Total wage (never
  its દર / Rate), Keka's Net Pay in its box (never an earning or a deduction), the sums on Paytm, JioFinance
  and BHIM and on the chat's payment card. A fee page's Amount, the sum large, Total Amount (the Labour
  Welfare Board's, never its Employee or Employer Contribution alone, *settled* heldout322), the Rs. x/- in
  the committee's letter. An insurer's premium with its GST where it carries one (*settled*), here Oriental's
  Total Premium (never its Premium, CGST @ 9% or SGST @ 9%), United India's and Cholamandalam MS' Premium
  (incl. GST), Reliance General's Premium, Universal Sompo's Amount, Generali Central's sum, LIC's Total
  (*settled* (new here): never its Premium or Late Fee alone, because the late fee is paid with the premium in
  the one payment), the Rs.x in Magma's SMS. A slip's AMOUNT (never the fuel slip's LITRES or RATE), Air India
  Express' Total paid (never its Base fare, Taxes and fees or Convenience fee), the INR x in Axis Bank's SMS
  (never its Avl Lmt), IDFC FIRST Bank's card app's sum large; *settled* (new here) Swiggy Dineout's Amount
  paid, never its Bill total or its Discount (10%), because the card moved the bill less the app's discount. A
  utility's Amount Paid (Torrent's ચૂકવેલ રકમ / Amount Paid), the sums large, AMOUNT, Amount Received, the
  dhobi ghat's રૂ. x/- written. An alert's sum debited, sent, failed or in process as worded (grouped the
  Indian or the English way or not at all), the રૂ.x in Baroda Gujarat Gramin Bank's Gujarati SMS. Currency
  INR but on the wires.

* status: as printed. PhonePe Business' Payment received, CRED's payment successful, Jupiter's Paid, Vyom's
  Transaction Successful, IDFC FIRST Bank's "Money sent to" successes; *settled* (new here) Google Pay's
  Gujarati "ચુકવણી પૂર્ણ થઈ" (payment completed) a success, because it is the app's own word for a payment
  done in Gujarati, as heldout320's "ચુકવણી સફળ" (payment successful); Amazon Pay's Payment pending pending;
  Freecharge's PAYMENT FAILED failed. A payer's own record of the payment made (*settled*): the tourism
  corporation's "The above has been remitted to your account by NEFT vide UTR ...", NetSuite's Bill Payment
  with its Reference, GeM's Paid, RazorpayX' Payout processed successes; *settled* (heldout286, heldout299,
  heldout301 and heldout303 to heldout323's chats and messages) the Google Chat message's "Paid ₹x ..." a
  success; *settled* (heldout323's Bihu committee's letter) the temple trust's "... NEFT દ્વારા આપના ખાતામાં
  જમા કરવામાં આવ્યા છે" (has been deposited in your account by NEFT) a success; Kotak FYN's Pending
  authorisation pending (*settled*: a transfer not yet sent is a wait); Canara Bank's NEFT returned failed. A
  wire's Mercury Wire sent, RBC's Wire Payment Confirmation, UOB's Transaction successful, Starling's
  International payment sent, Mashreq's Transfer successful successes; *settled* (new here) Nordea's
  "Overførsel gennemført" (transfer completed, the Danish alone) a success, as heldout323's German
  "Auslandsüberweisung ausgeführt" alone; Westpac's Payment processing pending; Rabobank's PAYMENT REJECTED
  failed. A receipt's "Paid by UPI, UTR ...", the advance receipt's રીત / Mode NEFT written with its સંદર્ભ /
  Ref., Etsy's "Your deposit is on its way" (*settled* heldout311 to heldout323's marketplaces' payouts),
  OkCredit's Payment received, the e-invoice's "Payment received by NEFT, UTR ... on <day>" successes;
  *settled* (heldout320's "રોકડા મળ્યા") the Navratri memo's "રોકડા મળ્યા" (received in cash) a success paid
  in cash; PhonePe's gateway Payment pending pending; Easebuzz' Payment failed failed. A supplier's paper: the
  mill's typed "Payment received with thanks by NEFT, UTR ..., on <day>", the gandhi's "રોકડા મળ્યા", the
  block maker's "Recd. by GPay, Ref ..." written, Delhivery's Shipment booked with its sum and UPI Ref
  (*settled* heldout320's Shree Maruti: a carrier's booking printed once its freight is paid), the Zoho
  invoice's Payment received, the frame maker's "Paid via UPI, Ref ..." written successes; Bizongo's Payment
  awaiting confirmation pending; udaan's Payment failed failed. A banking page's HDFC Bank's "sent to", the
  Mercantile bank's "Sent, UTR ..." written by its clerk (*settled* heldout310's to heldout323's co-operative
  banks), FedMobile's Transfer successful, AU 0101's Payment sent, Kotak's "Your transfer request has been
  processed" successes; *settled* (new here) the Kalupur bank's "NEFT initiated successfully" with its UTR No.
  a success, because the bank's own word is that the transfer went out, numbered by its UTR, as a bank's
  "Transfer successful"; Axis Mobile's In progress pending; bob World's Transaction Failed failed. A pay
  slip's "UPI થી ચૂકવ્યા, Ref ..." (paid by UPI) written on the wage account (*settled* heldout320), the
  kite-day advance's "... રોકડા ઉપાડ પેટે મળ્યા છે" (have been received in cash as an advance, *settled*
  heldout320's Diwali bonus' "રોકડા મળ્યા છે"), the wage slip's રીત / Mode NEFT with its UTR, Keka's "Credited
  by NEFT on <day>, UTR ...", BHIM's Success, the chat's Paid card with her reply "મળી ગયા, આભાર" (received,
  thanks) successes; Paytm's Payment pending pending; JioFinance's PAYMENT FAILED (Money not sent) failed. A
  fee page's AMC "ચુકવણી સફળ / Payment Successful", AMC Seva's Fee paid, GPCB's e-Payment Receipt (*settled*:
  a fee's receipt printed once paid), the Labour Welfare Board's receipt with its Payment Mode and Bank Ref.
  No., AMC's PROFESSIONAL TAX RECEIPT with its UPI Ref. successes; *settled* (heldout322's MTDC letter's "रोख
  स्वरूपात भरले आहे") the committee's letter's "... રોકડેથી જમા કરાવેલ છે" (has deposited in cash) a success
  paid in cash; the GST portal's Awaiting bank confirmation pending; the e-challan's Payment failed failed. An
  insurer's Oriental "Received with thanks", United India's "We have received your premium", Cholamandalam MS'
  Payment successful, Generali Central's Premium paid, LIC's Premium Paid Acknowledgement, Magma's "we have
  received" successes; Universal Sompo's Payment under verification pending; Reliance General's Payment
  unsuccessful failed. A slip's APPROVED, Dineout's Bill paid, Air India Express' Booking confirmed, IDFC
  FIRST Bank's card app's Approved, Axis Bank's "Spent INR x" (*settled*) successes; PhonePe POS' STATUS :
  TIMED OUT with RESULT PENDING and DO NOT RETRY pending (*settled* heldout282 and heldout299 to heldout323:
  the terminal got no answer); Ezetap's NOT APPROVED (05 DO NOT HONOUR) failed. A utility's Torrent receipt,
  Adani's Bill paid, the water counter's MODE CASH with its receipt, ACT's "We have received your payment",
  the dhobi ghat's "રોકડા મળ્યા", Bharat BillPay's Bill payment successful successes; JioFiber's Payment
  pending pending; Amazon Pay's Bill payment failed failed. *settled*: an SMS, mail, notification or message's
  debit a success whatever its bank's wording (State Bank of India's "debited", Bank of Baroda's
  "transferred", Union Bank of India's "Debited for", Kotak's "debited from", IDFC FIRST Bank's "has been
  debited"); Baroda Gujarat Gramin Bank's Gujarati "ચૂકવવામાં આવ્યા છે" (has been paid) a success (*settled*
  heldout320); ICICI Bank's "is in process" pending (as heldout280's to heldout323's "in process"); the
  Mercantile bank's "has failed. Amount, if debited, will be reversed" failed.

* date: the day paid. A UPI screen's day and hour: PhonePe Business' Received on, Google Pay's તારીખ અને સમય /
  Date and time, Amazon Pay's Initiated on, CRED's paid on, Freecharge's Date & Time, Jupiter's day and hour
  in its card, Vyom's Date; IDFC FIRST Bank's "Today, <hour>" prints no day (*settled*). The tourism
  corporation's Date on its Ref.'s line and the day in its sentence (the same; never a Bill Date), Kotak FYN's
  Value Date, NetSuite's Date (never a Bill Date), the day the temple trust's sentence names ("<day> ના રોજ",
  on <day>, *settled* heldout320; its જા. નં. line's તારીખ the same day), RazorpayX' Processed on, Canara
  Bank's Value Date, GeM's Paid on; the Google Chat space under its "Today" divider prints no day (*settled*,
  the chats' "Today"). A wire's Mercury Send date in words month first and RBC's Value Date in words
  (*settled* heldout272 to heldout323: month first the American way or in words), Rabobank's Execution date
  day first with dashes, UOB's Value Date, Westpac's Payment date and Mashreq's Transfer Date day first, the
  day in Nordea's sentence ("gennemført den <dd.mm.yyyy>", completed on <day>); Starling's "Today, <hour>"
  prints no day. A receipt's Date on the tax invoice, the તારીખ / Date written in the Navratri memo's and the
  advance receipt's boxes, Easebuzz' Date, Etsy's Deposit date, PhonePe's gateway Initiated on, the
  e-invoice's "on <dd-mm-yyyy>" in its payment's sentence (*settled* (new here): never its Invoice Date or its
  Ack Date, because the Ack Date is the day the invoice was registered with the GST portal, not the day it was
  paid); OkCredit's entry under its "Today" divider prints no day. The mill's typed "on <dd.mm.yyyy>" (never
  its Invoice Date), the gandhi's "તા." written (*settled* heldout320's "તા. <day>"), the block maker's Date
  written, udaan's Attempted on, Delhivery's Booked on, Bizongo's Placed on, the frame maker's Date; the Zoho
  invoice's "Payment received Today, <hour>" prints no day. A banking page's Kalupur Date, bob World's Date,
  the તારીખ / Date written in the Mercantile bank's box (its stamp's day the same), Axis Mobile's Initiated
  on, FedMobile's Date, AU 0101's "on <day> at <hour>", Kotak's Transfer Date; HDFC Bank's "Today, <hour>"
  prints no day. A pay slip's "તા. <day>" written under the wage account (never its માસ / Month, *settled*
  heldout273 and heldout303 to heldout323: never a month or a pay period), the advance's "તા. <day>", the wage
  slip's તારીખ / Date, Paytm's Initiated on, Keka's "Credited by NEFT on <day>" (never the payslip's month),
  JioFinance's and BHIM's Date; the WhatsApp chat under its "Today" divider prints no day. A fee page's AMC
  તારીખ / Date (never its નાણાકીય વર્ષ / Financial Year), GPCB's Date, the GST portal's Initiated on, the
  Labour Welfare Board's Payment Date (never its Period, *settled* heldout322), the day the committee's letter
  names ("તા. <day> ના રોજ", on <day>), the e-challan's Date, the professional tax' Payment Date (never its
  Period); AMC Seva's "Today, <hour>" prints no day. An insurer's Receipt Date, Payment Date, Attempted on,
  Initiated on, LIC's Paid on (never its Due Date), the "on <dd-mm-yyyy>" in Magma's SMS (never the thread's
  divider); Generali Central's "Today, <hour>" prints no day. A slip's DATE (Axis Bank's day first with two
  figures for its year), Dineout's Paid on, Air India Express' Booked on (never its Travel date, *settled*
  heldout302 and heldout305 to heldout323), the "on <dd-mm-yy>" in Axis Bank's SMS, the PhonePe POS' and
  Ezetap's DATE; IDFC FIRST Bank's card app's "Today, <hour>" prints no day. A utility's Torrent ચુકવણી તારીખ
  / Payment Date (never its બિલ માસ / Bill Month), JioFiber's Initiated on, the water counter's DATE (never
  its PERIOD), Amazon Pay's Attempted on, ACT's Payment Date (never its Bill Period), the dhobi ghat's "તા.
  <day>" (never its માસ), Bharat BillPay's Payment date; Adani Total Gas' "Today, <hour>" prints no day. The
  alerts' "<dd-mm-yyyy> ના રોજ" in Baroda Gujarat Gramin Bank's Gujarati SMS (*settled* heldout320), "on
  <dd-Mon-yy>", "on <dd-mm-yyyy>", the Mercantile bank's "on <dd/mm/yyyy>" in its message (never its chat's
  "Today" divider), ICICI Bank's "on <dd-Mon-yyyy>" in its RCS card (never the thread's divider), IDFC FIRST
  Bank's Date; Kotak's heads-up notification "now" prints no day (*settled* heldout294's heads-up banner and
  heldout323's "<n>m ago"). All numeric days here are day first (heldout251, heldout259). *settled*: never a
  Financial Year, a Bill Month, a Month, a માસ, a Period, a Bill Period, an invoice's, a bill's, a due or a
  journey's day, an e-invoice's Ack Date, an e-mail's or a message's hour, the day inside a UTR (heldout210)
  or an app's, a portal's, a bank's or a terminal's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (the tourism corporation's, Kotak FYN's RTGS,
  NetSuite's, the temple trust's, RazorpayX' IMPS, the Google Chat message's IMPS, Canara Bank's NEFT, GeM's
  payment through PFMS; the advance receipt's NEFT, Etsy's deposit by NEFT (*settled* heldout311 to
  heldout323's marketplaces' payouts), the e-invoice's NEFT; the mill's NEFT or RTGS, Bizongo's Net Banking;
  the Kalupur bank's, bob World's, HDFC Bank's, the Mercantile bank's, Axis Mobile's, FedMobile's and Kotak's
  transfers; the wage slip's and Keka's NEFT; AMC's property tax, GPCB's, the GST portal's and the Labour
  Welfare Board's net banking; Oriental's NEFT, Cholamandalam MS' Net Banking, Universal Sompo's NEFT; ACT's
  Net Banking; the NEFT, IMPS and RTGS alerts); a SWIFT transfer either way (*settled*: Mercury's SHA
  (shared), RBC's SHA, Rabobank's transfer, UOB's SHA, Starling's SHA, Westpac's Shared (SHA), Mashreq's SHA,
  Nordea's SHA (delt)). UPI for the UPI screens, the tax invoice's "Paid by UPI", OkCredit's "via UPI",
  PhonePe's gateway Method UPI; the block maker's GPay, udaan's, Delhivery's, the Zoho invoice's and the frame
  maker's UPI; AU 0101's UPI; the wage account's "UPI થી ચૂકવ્યા", Paytm's, JioFinance's, BHIM's and the
  chat's UPI; AMC Seva's and the professional tax' UPI; United India's, Generali Central's, LIC's and Magma's
  UPI; Torrent's, Adani's, JioFiber's, Amazon Pay's and Bharat BillPay's UPI; the UPI alerts. Card for
  Easebuzz' Credit Card, the e-challan's Debit Card, Reliance General's credit card, the slips, Dineout's
  credit card, Air India Express' credit card, Axis Bank's card SMS and IDFC FIRST Bank's card app. Cash for a
  Gujarati hand's "રોકડા મળ્યા" (the Navratri memo, the gandhi's chit, the dhobi ghat's slip, *settled*
  heldout320), the kite-day advance's "રોકડા ઉપાડ" (*settled* heldout320's Diwali bonus), the committee's
  letter's "રોકડેથી" (in cash, *settled* heldout322's MTDC letter), the water counter's MODE : CASH.

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout323): a UPI
  reference / UTR / RRN / IMPS reference (PhonePe Business' UTR (above its Transaction ID), Google Pay's UPI
  વ્યવહાર ID / UPI transaction ID (*settled* heldout321: a bilingual label read as its English), Amazon Pay's
  UPI Ref No. (above its Transaction ID), CRED's UPI reference ID, Vyom's UPI Ref No., IDFC FIRST Bank's UPI
  Ref No.; the tourism corporation's UTR in its sentence, NetSuite's Reference (above its Payment #),
  RazorpayX' UTR (above its Payout ID), the Google Chat message's Ref, GeM's UTR in its row; the tax invoice's
  UTR (above its Invoice No.), the advance receipt's સંદર્ભ / Ref. (above its No. struck in red), Etsy's
  Reference (UTR), OkCredit's UPI Ref, the e-invoice's UTR (above its Invoice No.); the mill's UTR in its
  typed line (above its Invoice No.), the block maker's Ref written (above its Bill No.), Delhivery's UPI Ref
  No. (never its AWB), the Zoho invoice's Reference (above its Invoice#), the frame maker's Ref written (above
  its Invoice No.); the banking pages' UTR No., IMPS Ref No., UTR, Reference No. (Kotak's UTR) and the "Sent,
  UTR ..." the Mercantile bank's clerk wrote; the wage account's Ref written in the Gujarati hand, the wage
  slip's UTR, Paytm's UPI Ref No, Keka's UTR, BHIM's UPI Ref No, the chat card's UPI Ref; the professional
  tax' UPI Ref. (above its Receipt No.); Oriental's UTR (above its Receipt No.), United India's UPI Ref No.; a
  slip's RRN (above its APPR CODE and its INVOICE NO); the alerts' UTR, IMPS Ref, UPI Ref and Ref), then a
  bank reference (Kotak FYN's Transaction Ref. and Axis Mobile's Reference No. (*settled* heldout323's neo: a
  bank's own number for a transfer it has not yet sent), Canara Bank's Transaction Ref No., a wire's own
  reference whatever its label (Mercury's Tracking ID, RBC's Confirmation Number, Rabobank's Reference, UOB's
  Transaction Reference, Starling's Reference, Westpac's Payment ID, Mashreq's Reference No.), AMC's બેંક
  સંદર્ભ / Bank Ref. (above its Receipt No.), GPCB's and the Labour Welfare Board's Bank Ref. No. (above their
  Receipt No.)), then a transaction / payment id (Freecharge's Transaction ID, Easebuzz' Easebuzz ID (above
  its Txn ID, the shop's own number for the order, *settled* heldout323's PayU ID above its Transaction ID),
  PhonePe's gateway Transaction ID (above its Order ID), RazorpayX' Payout ID, JioFinance's Transaction ID,
  AMC Seva's and the e-challan's Transaction ID (above its Challan No.), Reliance General's Payment Reference,
  Cholamandalam MS', Generali Central's, Universal Sompo's and LIC's Transaction ID, PhonePe POS' TXN ID,
  Dineout's Transaction ID, Air India Express' Payment reference (above its PNR), IDFC FIRST Bank's card app's
  Transaction ID, Torrent's વ્યવહાર નં. / Transaction ID, Adani's, JioFiber's and Amazon Pay's Transaction ID,
  ACT's Transaction Reference, Bharat BillPay's B-Connect Txn ID), then an approval code (the slips' APPR
  CODE), then an order's number (udaan's and Bizongo's Order ID, Air India Express' PNR (*settled* heldout126
  to heldout323: a booking's number as an order's)), then a document's own number (NetSuite's Payment # (a
  payer's own number for its payment, *settled* heldout281, heldout295, heldout301 and heldout303 to
  heldout323), the tax invoice's Invoice No., the advance receipt's No. struck in red, the e-invoice's Invoice
  No., the suppliers' Invoice No., Bill No. and Invoice#, the GST portal's CPIN (*settled* heldout304 to
  heldout323: a challan numbered when it is created), the e-challan's Challan No., AMC's, GPCB's, the Labour
  Welfare Board's, the professional tax' and Oriental's Receipt No., Ezetap's INV NO, the fuel slip's INVOICE
  NO, the water counter's RECEIPT NO). *settled*: never a card, account, phone or mobile number, a UPI ID,
  IFSC, GSTIN, PAN, a Udyam number, a Consumer No., a BP No., a Service No. (a connection's number, as a
  Consumer No.), an Account No. or Account ID, a Policy No., a Proposal No., an Application No. (*settled*
  heldout322's Aaple Sarkar Application ID), a Vehicle No., an Employee ID, a Settlement or shop's number of a
  payout mail, a consignment's number (Delhivery's AWB, *settled* heldout274, heldout299 and heldout303 to
  heldout323), a bill of an advice (the tourism corporation's, NetSuite's and GeM's Bill No. and Invoice No.,
  *settled* heldout322), GeM's Contract No. (*settled* heldout322's PO No. of an advice: the buyer's order to
  the seller), a slip's MID / TID / BATCH, a letter's જા. નં. (its file number, *settled* heldout278,
  heldout303, heldout304 and heldout306 to heldout323); *settled* (new here) AMC's ટેનામેન્ટ નં. / Tenement
  No. and the water counter's TENEMENT NO (a property's number in the corporation's books, as a Property No.
  or a Holding No.) and the professional tax' PEC No. (the enrolment certificate's number, as an Enrolment
  No.), because they number the property or the taxpayer and not the payment; *settled* (new here) an
  e-invoice's IRN and Ack No., because they number the invoice's registration with the GST portal, not its
  payment."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout325_families import (
    bank_alerts,
    buyer_advices,
    buyer_upi,
    card_slips,
    check_faces,
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

SPLIT = "heldout325"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout322's and heldout323's: the screens in
# Noto Sans Display, FreeSans, Liberation Sans (liberation2), DejaVu Sans Condensed and Noto Sans; the pages
# in Liberation Serif (liberation2), DejaVu Serif, Noto Serif, FreeSerif, DejaVu Sans and Noto Sans; the
# firm's, its suppliers' and its makers' papers in Noto Serif Display, Liberation Serif, FreeSerif, DejaVu
# Serif Condensed and Liberation Sans; the slips in four monos in another order; the Gujarati runs of every
# page in Noto Sans and Noto Serif Gujarati (``heldout325_families.SCRIPT_FACES``), beside them a pen's
# italic or oblique (``heldout325_families.PENS``) and a page's own fixed-width face
# (``heldout325_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSansDisplay-Regular.ttf",
    "freefont/FreeSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "noto/NotoSans-Regular.ttf",
]
PAGE_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSans.ttf",
    "noto/NotoSans-Regular.ttf",
]
PAPER_FACES = [
    "noto/NotoSerifDisplay-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "liberation2/LiberationSans-Regular.ttf",
]
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
]

FAMILIES: list[Family] = [
    ("buyer_upi", buyer_upi, SCREEN_FACES),
    ("buyer_advices", buyer_advices, PAGE_FACES),
    ("export_wires", export_wires, PAGE_FACES),
    ("own_receipts", own_receipts, PAPER_FACES),
    ("supplier_invoices", supplier_invoices, PAPER_FACES),
    ("vendor_transfers", vendor_transfers, SCREEN_FACES),
    ("worker_pay", worker_pay, PAPER_FACES),
    ("govt_fees", govt_fees, PAGE_FACES),
    ("insurer_receipts", insurer_receipts, PAGE_FACES),
    ("card_slips", card_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout325_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout325 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
