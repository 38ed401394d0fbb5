"""Receipt sets written apart from the parser, each scored once (``bench/receipts_eval.py --split heldoutN``)."""
