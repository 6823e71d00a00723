"""`Store.find` takes a whole id or an unambiguous prefix, as `show` and `explain` do."""

from __future__ import annotations

import pytest
from store_records import build_record

from chancery.errors import StoreError


def test_database_find_by_unique_prefix(store):
    store.save(
        build_record("abc123-first", [{"cameo": "042", "source": ["FRA"], "target": ["DEU"]}])
    )
    store.save(
        build_record("xyz789-second", [{"cameo": "042", "source": ["ESP"], "target": ["PRT"]}])
    )
    assert store.find("abc123-first").document.id == "abc123-first"
    assert store.find("xyz").document.id == "xyz789-second"
    assert store.find("nothing-like-it") is None


def test_database_find_ambiguous_prefix_says_so(store):
    store.save(build_record("dup-one", [{"cameo": "042", "source": ["FRA"], "target": ["DEU"]}]))
    store.save(build_record("dup-two", [{"cameo": "043", "source": ["ITA"], "target": ["GRC"]}]))
    with pytest.raises(StoreError, match="several stored documents"):
        store.find("dup-")
