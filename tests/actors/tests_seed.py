"""Where the shared seed lives, for the actor tests (read-only data beside the checkout)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEED_ARTICLE = SHARED / "seed" / "article.txt"
SEED_GOLD = SHARED / "seed" / "gold.json"
SEED_PUBLISHED = dt.date(2023, 8, 2)


def gold_actors() -> list[dict[str, Any]]:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))["actors"]
