"""Storage: SQLite through SQLModel, schema by Alembic. See ``engine.open_store``.

The names below load ``engine`` (and with it SQLAlchemy) on first use, so that importing the light
``store.schema`` does not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .schema import DB_FILENAME

if TYPE_CHECKING:
    from .engine import (
        CorruptDatabaseError,
        NewerDatabaseError,
        Store,
        StoreBusyError,
        StoreError,
        default_data_dir,
        open_store,
    )

_FROM_ENGINE = ("CorruptDatabaseError", "NewerDatabaseError", "Store", "StoreBusyError", "StoreError", "default_data_dir", "open_store")

__all__ = [
    "DB_FILENAME",
    "CorruptDatabaseError",
    "NewerDatabaseError",
    "Store",
    "StoreBusyError",
    "StoreError",
    "default_data_dir",
    "open_store",
]


def __getattr__(name: str) -> Any:
    if name in _FROM_ENGINE:
        from . import engine

        return getattr(engine, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
