"""Listing-photo splits written apart from the checks, each scored once (``bench/photo_checks.py --split heldoutN``)."""
