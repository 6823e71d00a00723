"""Places: an offline gazetteer and the place mentions of an article.

`load_gazetteer()` builds the gazetteer once per process; `find_places` is the pipeline
stage; `Gazetteer.lookup` / `Gazetteer.country` resolve names and ISO3 codes.
"""

from __future__ import annotations

from chancery.places.gazetteer import Entry, Gazetteer, load_gazetteer, name_key
from chancery.places.mentions import context_countries, find_places

__all__ = [
    "Entry",
    "Gazetteer",
    "context_countries",
    "find_places",
    "load_gazetteer",
    "name_key",
]
