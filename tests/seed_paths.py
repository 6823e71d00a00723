"""Where the shared seed material lies, for tests that need the paths at import time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED_ARTICLE = SHARED / "seed" / "article.txt"
SEED_GOLD = SHARED / "seed" / "gold.json"
SEED_PUBLISHED = dt.date(2023, 8, 2)
