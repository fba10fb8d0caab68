"""Where the knowledge base lives and how to open it.

The URL comes from ``--db``, then the ``MARSAD_DB`` environment variable, then the embedded default:
an SQLite file at ``$XDG_DATA_HOME/marsad/marsad.sqlite`` (``~/.local/share/marsad/marsad.sqlite``).
A plain path is an SQLite file; ``postgresql://`` / ``postgres://`` URLs select the server (driver
psycopg 3). Opening a store brings its schema to the newest Alembic revision.

SQLite runs in WAL mode (one writer, readers in parallel), with foreign keys on and a busy timeout so a
reader never fails while an ingest is writing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

__all__ = ["default_url", "resolve_url", "make_engine", "open_engine", "session_scope", "is_sqlite"]

ENV_VAR = "MARSAD_DB"


def default_path() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "marsad" / "marsad.sqlite"


def default_url() -> str:
    return f"sqlite:///{default_path()}"


def resolve_url(db: str | os.PathLike[str] | None = None) -> str:
    """The SQLAlchemy URL for ``db`` (a URL or a file path), ``$MARSAD_DB`` or the embedded default."""
    raw = str(db) if db else os.environ.get(ENV_VAR) or default_url()
    if "://" not in raw:
        return f"sqlite:///{Path(raw).expanduser().resolve()}"
    if raw.startswith("postgres://"):
        raw = "postgresql://" + raw[len("postgres://") :]
    if raw.startswith("postgresql://"):
        raw = "postgresql+psycopg://" + raw[len("postgresql://") :]
    return raw


def is_sqlite(engine_or_url: Engine | str) -> bool:
    url = engine_or_url.url if isinstance(engine_or_url, Engine) else make_url(engine_or_url)
    return url.get_backend_name() == "sqlite"


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001 - DBAPI connection
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def make_engine(url: str) -> Engine:
    """An engine for ``url`` (already resolved), with SQLite's pragmas set on every connection."""
    if is_sqlite(url):
        path = make_url(url).database
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def open_engine(db: str | os.PathLike[str] | None = None, *, migrate: bool = True) -> Engine:
    """Open (creating if needed) the knowledge base at ``db`` and bring its schema up to date."""
    engine = make_engine(resolve_url(db))
    if migrate:
        from marsad.store.migrate import upgrade

        upgrade(engine)
    return engine


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session whose work is committed on success and rolled back on any error."""
    factory = sessionmaker(engine, expire_on_commit=False)
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
