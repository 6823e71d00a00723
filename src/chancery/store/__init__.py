"""The database store: save `chancery.document/1` records and query them.

    store = open_store("sqlite:///chancery.db")      # or postgresql://user@host/db
    store.save(record)                               # "inserted" | "present" | "replaced"
    store.events(EventFilter(dyad="PRK:RUS", since="2023-07"))
    store.close()

The schema is created and migrated by Alembic on open (migrations ship in the package).
"""

from __future__ import annotations

import logging

from chancery.store.database import SaveResult, Store, open_store
from chancery.store.filters import (
    EventFilter,
    parse_actor,
    parse_cameo_prefix,
    parse_country,
    parse_dyad,
    parse_period,
    parse_point,
)

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "EventFilter",
    "SaveResult",
    "Store",
    "open_store",
    "parse_actor",
    "parse_cameo_prefix",
    "parse_country",
    "parse_dyad",
    "parse_period",
    "parse_point",
]
