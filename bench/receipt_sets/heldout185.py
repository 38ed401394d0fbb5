"""heldout185: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a private inter-state sleeper bus operator's day in 2026 (Kaveri Nightrider Travels Pvt
Ltd, AC sleeper coaches on All India Tourist Permits between Karnataka, Maharashtra, Goa, Telangana and Andhra
Pradesh, its head office at Hubballi and its depot at Pune), told by the proofs of payment it receives (booking
platforms' weekly settlements, passengers' and charter groups' UPI and payment links, its own deposit receipts to
its ticket agents, foreign tour operators' wires for coach charters) and those it makes (net-banking payments to
the diesel dealer, tyre retreaders, linen laundry, body builders and AC and GPS vendors, FASTag tolls and tag
recharges, Vahan's check post tax, road tax and permit fees, the workshops' and the diesel dealer's bills, crew trip
bata and settlements, wires for imported parts and software, the crews' card and fleet card slips on the highway,
the depots' power, broadband and crew phones, the bank's alerts). One payment per page. Each family: six successes,
one failure, one wait; one page prints no transaction id and one no day (truth None for those fields).

* ``platform_settlements``: booking platforms' (redBus, AbhiBus, MakeMyTrip, ixigo, Paytm Travel, Goibibo) weekly
  settlement advice e-mails and operator dashboard pages. ``passenger_upi``: six UPI app screens (PhonePe, Google
  Pay, Paytm, BHIM, CRED, Amazon Pay) paying the operator and two of its payment links (Razorpay, PayU).
  ``agent_deposits``: the operator's own AGENT DEPOSIT RECEIPT / TOP-UP RECEIPT / COLLECTION RECEIPT to ticket
  agents topping up their booking wallets (paper, rubber stamp) and its agent accounts desk's receipt e-mails.
  ``vendor_transfers``: corporate net-banking pages (ENet, KBL Corporate, ICICI CIB, Canara, FedCorp, Union Bank)
  and the bank's beneficiary credit advice e-mails. ``fastag_tolls``: FASTag toll SMS from the tag's issuer, the My
  FASTag app's toll page and the fleet's tag recharges (Bharat Connect in business banking, the issuer's fleet
  portal). ``road_taxes``: Vahan 4.0's check post (border) tax, quarterly motor vehicle tax and permit authorisation
  receipts. ``workshop_bills``: workshops' JOB CARD CUM TAX INVOICE / TAX INVOICE / RETREADING INVOICE and the diesel
  dealer's FORTNIGHTLY CREDIT STATEMENT CUM RECEIPT with the payment block and a rubber stamp (paper).
  ``crew_payouts``: printed CREW TRIP SETTLEMENT / DRIVER BATA / CREW PAYMENT VOUCHERs, Cashfree Payouts pages and
  a bank's salary upload row. ``forex_wires``: outward remittance advices for parts and software (EUR, USD, GBP) and
  inward remittance credit advices for coach charters (e-mail, browser, printed). ``highway_slips``: card and fleet
  card terminal slips (monospace) at pumps, a highway hotel, a dhaba, a tyre house and a spares shop.
  ``depot_utilities``: Bharat Connect in business banking and UPI apps and the billers' own pages (HESCOM, MSEDCL,
  ACT Fibernet, Airtel Postpaid). ``bank_alerts``: four banks' SMS debit alerts in their own wordings and two e-mail
  alerts. The families' docstrings list each layout's labels.

Truth conventions (heldout183's, heldout179's, heldout167's and heldout165's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout167's brand owner's advice,
  heldout175, heldout179, heldout183): a payer's payment advice pays the payee under Payee / Beneficiary; *settled*
  (new here) a booking platform's settlement advice pays the operator under Operator / Travels name / Settled to /
  Payee operator, never the platform on top (the payer) or its desk line. A UPI screen's payee under Paid to / To /
  Sent to / Paying to, *settled* (new here) or Transferred to (here the operator), never the UPI ID or the app; a
  payment link's payee on top (here the operator), never Paid by / Booked by or the gateway's footer. *settled*
  (heldout175, heldout179, heldout183): the operator's own receipt pays the operator on top (its full, capital or
  short name as printed), never the party under Received from; *settled* (new here) so does its agent deposit
  receipt, never the agent under Received from; its accounts desk's receipt e-mail likewise. A corporate banking
  page pays the vendor under Beneficiary / Payee name, *settled* (new here) or Pay to, never the portal on top, the
  Beneficiary nickname or the Debit account; *settled* (heldout175): the bank's beneficiary credit advice e-mail pays
  the beneficiary, never the bank on top. *settled* (heldout165, heldout110): a FASTag toll pays the toll plaza as
  printed (HIREBAGEWADI TOLL PLAZA), never the tag's issuer, the SMS sender or the bus; *settled* (new here) the My
  FASTag app's toll page the Toll plaza likewise. *settled* (heldout150, heldout161): a FASTag recharge pays the
  issuer as printed under Biller / FASTag issuer or on top of its own portal (IDFC FIRST Bank FASTag, ICICI Bank
  FASTag), never the app, Bharat Connect or the Customer name / Fleet owner. *settled* (heldout156): Vahan's fee
  receipt names no payee (Parivahan Sewa / Vahan 4.0 on top is the ministry's portal): merchant_name null;
  *settled* (new here) Vahan's check post tax, motor vehicle tax and permit authorisation receipts likewise, never
  the Check post, the Office, the State or the Owner name. A workshop's, retreader's or diesel dealer's name on top
  of its own paper, never M/s the operator under Customer / Bill to / Fleet owner; *settled* (heldout165) never the
  oil company (a dealer's "Dealer: Indian Oil Corporation Ltd" line, a slip's "<OIL> - WELCOMES YOU"). *settled*
  (heldout150, heldout161, heldout179, heldout183): a wage voucher pays the worker under Paid to; *settled* (new
  here) a crew voucher pays the crew member under Paid to / Crew member / Driver / Co-driver / Cleaner / Cabin
  attendant, never the operator on top or the Depot manager; a Cashfree Payouts page the Beneficiary / Bene name,
  never Cashfree on top or the operator under it; a salary upload row the Employee name, never the bank on top.
  *settled* (heldout175, heldout183): a bank's outward remittance advice pays the maker abroad under Beneficiary /
  Beneficiary name, *settled* (new here) or Payee abroad, never the bank on top, the Remitter or the Beneficiary
  bank; *settled* (heldout155, heldout161, heldout167): an inward remittance advice pays the operator under
  Beneficiary / Beneficiary name, never the bank on top, the Remitter / Ordering customer or the Remitting bank. A
  slip's counter name line in capitals, never the terminal's maker, the oil company's welcome line or the town
  line. A Bharat Connect page's biller under Biller, *settled* (new here) or Billed by / Operator (HESCOM, MSEDCL, ACT
  Fibernet, Airtel Postpaid; short or long as printed), never the app, Bharat Connect or the Customer name; a biller's
  own page the biller on top. An SMS alert's payee as the bank sends it (*settled*: the truncated name as printed,
  "to SHREE LAXMI LINEN LAUN"), never the bank or the sender id; *settled* (heldout183) an e-mail alert's Beneficiary,
  *settled* (new here) or Paid to, never the bank on top.
* amount / currency: the sum this payment moved. *settled* (heldout152, heldout183): a payment advice's net sum;
  *settled* (new here) a booking platform's Net settlement amount / Amount credited / Net payable to operator (the
  Gross fare collected less the Platform commission, the GST on commission, the Refunds on cancellations and the TDS
  u/s 194-O), never the Gross fare collected, a deduction or the Seats sold. A UPI screen's and a link's sum large.
  *settled* (heldout175, heldout179, heldout183): a receipt's Amount received / Cash received / Cheque received /
  Received by UPI / Cheque amount; *settled* (new here) an agent deposit receipt's Deposit received likewise, never
  the Wallet balance before / Opening wallet balance or the Wallet balance after credit. A corporate banking page's
  Amount / Payment amount / Amount (INR), never the Charges (incl. GST). *settled* (heldout165): a FASTag toll's fee
  (Rs. / INR <fee>; *settled* (new here) the My FASTag page's sum large), never the Avl Bal / Tag balance; a FASTag
  recharge's sum large / Recharge amount. *settled* (heldout156): Vahan's Total amount / Amount paid (every head);
  *settled* (new here) or Grand total, never a head (Border tax, Motor vehicle tax, Authorisation fee, Service
  charge, Cess, Penalty). A workshop's Amount received / Received (the rounded Invoice total with GST), *settled*
  (heldout165, heldout183) Received (net of TDS) where TDS u/s 194C is taken off (here @ 2% on labour), never the
  Taxable value, the Invoice total then or a line; *settled* (new here) the diesel dealer's Amount received is the
  Statement total, never an indent's line. A voucher's Net paid, *settled* (new here) or Amount handed over, never
  the Bata (trips x rate), the Night halt allowance, the Less: Trip advance taken or the Less: Diesel shortage
  recovery; a payout's or an upload row's Amount. *settled* (heldout155, heldout167, heldout175, heldout183): a wire
  counts the Remittance amount / Foreign currency amount, *settled* (new here) or Amount in FCY, in EUR, USD or GBP,
  never the INR equivalent, the INR credited, the Commission and SWIFT charges, the GST on currency conversion or
  the Total debited (INR). A slip's AMOUNT: / SALE AMT: / NET AMT:, never the RATE:, the VOLUME: or the DENSITY:. A
  Bharat Connect page's sum large; a biller's Amount paid. An alert's sum debited (or attempted), never the Avl bal /
  Total Avail.bal. Currency INR everywhere but the wires.
* status: as printed. *settled* (heldout183): Settled / Status: Credited successes on a payer's advice; *settled*
  (new here) Settlement withheld - operator GST invoice awaited pending (a payer's hold) and Transfer bounced -
  beneficiary account dormant failed. Payment successful / Paid successfully / Transfer complete / Thank you! We
  have received your payment successes; Payment Pending, Processing - do not pay again, Payment is being confirmed
  by your bank pending (*settled* (new here)); Payment Failed, Transaction declined, Payment could not be completed
  failed. *settled* (heldout175, heldout179, heldout183): RECEIVED WITH THANKS success, CHEQUE RECEIVED - ...
  SUBJECT TO REALISATION pending, CHEQUE RETURNED / BOUNCED / DISHONOURED ... failed; *settled* (new here) CREDITED
  TO AGENT WALLET, ACCOUNT SETTLED and PAID - THANK YOU successes, CHEQUE RECEIVED - WALLET CREDIT ON REALISATION and
  CHEQUE TAKEN FOR COLLECTION - SUBJECT TO REALISATION pending, CHEQUE DISHONOURED - CREDIT REVERSED and CHEQUE
  BOUNCED - PAYMENT STILL DUE failed. *settled* (new here): a corporate banking page's Transaction completed /
  Status: Credited to beneficiary successes, Awaiting authoriser approval pending (not yet sent), Failed -
  beneficiary bank offline, amount reversed failed. *settled* (heldout165): a FASTag toll "debited" a success and
  "declined due to low balance" failed; *settled* (new here) the My FASTag page's Toll paid / Debited from tag
  successes, Recharge successful / Wallet credited successes and Recharge in process - wallet credit awaited pending.
  *settled* (new here): Vahan's Payment successful / Tax paid successes, Bank status awaited - do not pay again
  pending, Transaction failed - amount not received by Vahan failed. *settled* (new here): Cashfree's Transfer
  successful / SUCCESS success and Transfer pending - awaiting beneficiary bank pending; a salary upload's Rejected -
  invalid IFSC failed; PAID / PAID - RECEIVED BY CREW successes. *settled* (heldout175, heldout183): an outward
  remittance's Remittance processed - MT103 sent success; *settled* (new here) Transfer effected - MT103 released
  success, Awaiting Form A2 and invoice - not yet remitted pending, Rejected by intermediary bank - sanctions
  screening query failed; an inward remittance's Credited to your account success and *settled* (heldout167's
  Received - pending disposal) Received - purpose code confirmation awaited pending. A slip's APPROVED / TXN
  SUCCESSFUL successes and DECLINED (RESP CODE ...) failed; *settled* (new here) NO RESPONSE FROM HOST - CHECK STATUS
  BEFORE RETRY pending (as heldout179's TXN TIMEOUT, heldout183's HOST NOT RESPONDING). Bill paid / Payment
  successful / Thank you, payment received successes, Bill payment in process pending, Bill payment failed failed. An
  SMS debit alert ("Sent", "DEBITED", "is debited") a success; *settled* (new here) a UPI payment that "could not be
  completed" failed and an IMPS transfer that "is under process" pending (as "has failed" and "is pending").
* date: the day paid (Settlement date, Credited on, Paid out on, Scheduled for / Returned on on a payer's advice,
  Date & time, Paid on, Completed, Date, a receipt's, invoice's, statement's or voucher's Date / Dated / Invoice date
  / Statement date, Transaction date, Value date, Initiated on, Failed on, *settled* (new here) the My FASTag page's
  Reader time / Toll time, a recharge's Recharged on, Vahan's Payment date / Receipt date / Initiated on / Attempted
  on, Cashfree's Processed on / Added on, Remittance date, Request date (*settled*, heldout175, the pending one's),
  Rejected on, Received on, a slip's DATE: / DT:, a toll SMS's "on <day>", the SMS's day divider, an e-mail alert's
  Date). *settled*: never a Bill month / Bill period or a Due date; *settled* (new here) never a settlement cycle's
  Journeys days or Vahan's Tax from / Tax upto days (the tax's validity, not the payment's day).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a Bharat Connect bill or
  a recharge from a Current A/c, a tax or a biller paid by Net banking, a payout by IMPS; UPI for UPI apps, a link's
  UPI, a biller's, a tax's, a bill's, a receipt's, a voucher's or a payout's UPI; card on slips, a link's card, a tax
  paid by Debit card; cheque for a cheque received, taken for collection, bounced or dishonoured; cash for a cash
  receipt or voucher. *settled* (heldout110, heldout165): a FASTag toll is "wallet" (the tag's prepaid balance);
  *settled* (heldout150, heldout165): an oil company's fleet card (XTRAPOWER FLEET CARD, HP DRIVETRACK PLUS,
  SMARTFLEET) is "wallet".
* transaction_id: the highest family printed (heldout152's order, as heldout167, heldout179 and heldout183): a UPI
  reference / UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref No., UPI RRN, UTR, UTR No., NEFT UTR, Bank
  UTR, IMPS Ref No., RRN, a payment link's Bank reference beside UPI, a slip's RRN:, an SMS's UTR / UPI Ref / IMPS
  Ref No, HDFC's "Ref <n>"), then a bank reference (an outward advice's Our reference / Remittance ref No.; an
  inward advice's Inward ref No. / Transaction reference; *settled* (new here) a corporate banking page's Host
  reference / Bank reference No.; Bank Ref No., B-Connect Txn ID / Bharat Connect Ref. No.), then a transaction /
  payment id (Razorpay's Payment ID pay_..., *settled* (new here) PayU ID, a platform's Settlement ID / Payout ref,
  Cashfree's Transfer ID, a salary row's Transaction ID; an app's own Transaction ID, the Transaction ID on Bharat
  Connect, *settled* (heldout165) a FASTag Txn ID / Txn Id and a fleet card's TXN ID:, *settled* (heldout156)
  Vahan's Transaction No.), then an approval code (APPR CODE: / AUTH CODE:, Auth code), then a document's own number
  (Invoice No. / Inv. No., Bill No., Receipt No., *settled* (new here) Deposit receipt No. / No., Statement No.,
  Vahan's GRN (heldout179's treasury GRN), Voucher No. / V. No., a slip's INVOICE NO: / BILL NO:, a biller's Receipt
  No.). *settled*: never a UETR, Vendor / Partner code, Job card No. / JC No., Consumer No. / Account ID, Maker /
  Checker, MID, TID, BATCH, a bulk File name or Record, IBAN, BIC, GSTIN, IFSC, Emp. code, DL No., Vehicle No. / VEH
  NO:, Application No., a card, account, mobile or cheque number or a UPI ID. *settled* (new here): never an Operator
  ID, a PNR / Booking ref, an Agent code / Sub-agent ID, a Beneficiary nickname, a Wallet ID, a Lane, a Permit No., a
  Chassis No., a Trip sheet No., an Indent number, a KM reading / ODOMETER:, a Bene ID, the maker's Invoice No.
  (beneficiary) on an outward advice or a NOZZLE:.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout185_families import (
    agent_deposits,
    bank_alerts,
    compose,
    crew_payouts,
    depot_utilities,
    fastag_tolls,
    forex_wires,
    highway_slips,
    passenger_upi,
    platform_settlements,
    road_taxes,
    vendor_transfers,
    workshop_bills,
)

SPLIT = "heldout185"

FAMILIES: list[Family] = [
    ("platform_settlements", platform_settlements, PAGE_FACES),
    ("passenger_upi", passenger_upi, SCREEN_FACES),
    ("agent_deposits", agent_deposits, PAPER_FACES),
    ("vendor_transfers", vendor_transfers, PAGE_FACES),
    ("fastag_tolls", fastag_tolls, SCREEN_FACES),
    ("road_taxes", road_taxes, PAGE_FACES),
    ("workshop_bills", workshop_bills, BILL_FACES),
    ("crew_payouts", crew_payouts, PAPER_FACES),
    ("forex_wires", forex_wires, PAGE_FACES),
    ("highway_slips", highway_slips, SLIP_FACES),
    ("depot_utilities", depot_utilities, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout185_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout185 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
