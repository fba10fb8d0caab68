"""Event coding: ACLED event types + Diplomacy with PLOVER/CAMEO codes, arguments, status and evidence."""
