"""Alembic migration environment and versions for the knowledge base (see `marsad.store.migrate`)."""
