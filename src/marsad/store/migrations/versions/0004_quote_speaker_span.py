"""quotes.speaker_start/end/text: the words that name a quote's speaker, kept even without an entity

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("speaker_start", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("speaker_end", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("speaker_text", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.drop_column("speaker_text")
        batch_op.drop_column("speaker_end")
        batch_op.drop_column("speaker_start")
