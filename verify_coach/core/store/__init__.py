"""Storage: SQLite through SQLModel, schema by Alembic. See ``engine.open_store``."""

from .engine import (
    DB_FILENAME,
    CorruptDatabaseError,
    NewerDatabaseError,
    Store,
    StoreError,
    default_data_dir,
    open_store,
)

__all__ = [
    "DB_FILENAME",
    "CorruptDatabaseError",
    "NewerDatabaseError",
    "Store",
    "StoreError",
    "default_data_dir",
    "open_store",
]
