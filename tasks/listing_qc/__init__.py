"""Listing QC: pixel checks, CLIP scores and a policy give a verdict on a product photo; the bulk path for backfills."""
