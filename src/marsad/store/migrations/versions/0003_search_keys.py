"""articles.search_text: full-text search over clitic-free search keys («الحرس» finds «والحرس»)

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD_TRIGGERS = ("articles_fts_ai", "articles_fts_ad", "articles_fts_au")

_FTS_SQLITE = [
    "CREATE VIRTUAL TABLE articles_fts USING fts5(search_text, content='articles', content_rowid='pk', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, search_text) VALUES (new.pk, new.search_text); END",
    "CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, search_text) VALUES ('delete', old.pk, old.search_text); END",
    "CREATE TRIGGER articles_fts_au AFTER UPDATE OF search_text ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, search_text) VALUES ('delete', old.pk, old.search_text); "
    "INSERT INTO articles_fts(rowid, search_text) VALUES (new.pk, new.search_text); END",
]


def _backfill() -> None:
    from marsad.text.search import index_text

    bind = op.get_bind()
    last = 0
    while True:
        rows = bind.execute(
            sa.text("SELECT pk, title, text FROM articles WHERE pk > :last ORDER BY pk LIMIT 500"),
            {"last": last},
        ).all()
        if not rows:
            break
        bind.execute(
            sa.text("UPDATE articles SET search_text = :s WHERE pk = :pk"),
            [{"s": index_text(r.title, r.text), "pk": r.pk} for r in rows],
        )
        last = rows[-1].pk


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_text", sa.Text(), nullable=True))
    _backfill()
    if dialect == "sqlite":
        for trig in _OLD_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {trig}")
        op.execute("DROP TABLE IF EXISTS articles_fts")
        for stmt in _FTS_SQLITE:
            op.execute(stmt)
        op.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_articles_search")
        op.execute(
            "CREATE INDEX ix_articles_search ON articles USING GIN (to_tsvector('simple', coalesce(search_text, '')))"
        )


def downgrade() -> None:
    from importlib import import_module

    initial = import_module("marsad.store.migrations.versions.0001_initial_schema")
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for trig in _OLD_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {trig}")
        op.execute("DROP TABLE IF EXISTS articles_fts")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_articles_search")
    initial._create_search(dialect)
    if dialect == "sqlite":
        op.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_column("search_text")
