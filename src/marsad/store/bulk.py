"""Multi-row inserts through SQLAlchemy Core, storing exactly what ORM inserts would store.

The writer inserts thousands of small rows per second (mentions, times, quotes, bands, event reports).
ORM bulk inserts spend most of their time in bookkeeping; Core ``executemany`` (or one
``INSERT … RETURNING`` with ``insertmanyvalues``) is several times cheaper. The one difference in what
gets stored: the ORM leaves out a ``None`` value of a column that has a default, so the default applies,
whereas Core would store NULL. `insert_rows` replaces such ``None`` values with the column's default first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Column, Integer, Table, func, insert, select
from sqlalchemy.orm import Session

__all__ = ["insert_rows"]

_FILLS: dict[str, list[tuple[str, Callable[[], object]]]] = {}


def _fills(table: Table) -> list[tuple[str, Callable[[], object]]]:
    """``(column, default)`` for the columns whose ``None`` the ORM would replace by their default."""
    found = _FILLS.get(table.name)
    if found is None:
        found = []
        for c in table.c:
            d = c.default
            # JSON columns store None as JSON null either way; callable defaults (timestamps) are for
            # columns the writer never passes, which Core fills in itself
            if d is None or c.type.should_evaluate_none or not d.is_scalar:
                continue
            found.append((c.key, (lambda arg=d.arg: arg)))
        _FILLS[table.name] = found
    return found


def insert_rows(
    session: Session, table: Table, rows: Sequence[dict[str, Any]], returning: Sequence[str] = ()
) -> list[tuple[Any, ...]]:
    """Insert ``rows`` in order; with ``returning``, those columns of each inserted row, in row order."""
    if not rows:
        return []
    fills = _fills(table)
    if fills:
        for r in rows:
            for key, default in fills:
                if key in r and r[key] is None:
                    r[key] = default()
    if (
        returning
        and len(rows) > 2
        and session.get_bind().dialect.name == "sqlite"
        and _integer_pk(table) is not None
    ):
        return _insert_sqlite(session, table, rows, returning)
    if returning:
        stmt = insert(table).returning(*(table.c[k] for k in returning), sort_by_parameter_order=True)
        return [tuple(r) for r in session.connection().execute(stmt, list(rows))]
    session.connection().execute(insert(table), list(rows))
    return []


def _integer_pk(table: Table) -> Column[Any] | None:
    pk = list(table.primary_key.columns)
    return pk[0] if len(pk) == 1 and isinstance(pk[0].type, Integer) else None


def _insert_sqlite(
    session: Session, table: Table, rows: Sequence[dict[str, Any]], returning: Sequence[str]
) -> list[tuple[Any, ...]]:
    """SQLite cannot order ``RETURNING`` rows, so SQLAlchemy would send one INSERT per row. One
    ``executemany`` instead: it writes, so this connection holds SQLite's only write lock until the
    transaction ends, and each row takes the largest rowid plus one (SQLite's rule below the largest
    64-bit integer): the new ids are the ``len(rows)`` integers ending at the largest id afterwards."""
    pk = _integer_pk(table)
    assert pk is not None
    session.connection().execute(insert(table), list(rows))
    after = session.connection().execute(select(func.max(pk))).scalar() or 0
    if after >= 2**63 - 1 or after < len(rows):
        raise RuntimeError(
            f"{table.name}: cannot tell the ids of {len(rows)} rows inserted (largest id {after})"
        )
    before = after - len(rows)
    out = []
    for i, r in enumerate(rows, start=before + 1):
        out.append(tuple(i if k == pk.key else r[k] for k in returning))
    return out
