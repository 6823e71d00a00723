"""The packaged CAMEO root labels load, and a broken file names its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from chancery.errors import DataFileError
from chancery.store.labels import load_root_labels


def test_load_root_labels_has_the_twenty_roots() -> None:
    labels = load_root_labels()
    assert list(labels) == [f"{i:02d}" for i in range(1, 21)]
    assert labels["04"] == "Consult" and labels["19"] == "Fight"


@pytest.mark.parametrize(
    ("content", "line", "reason"),
    [
        ("# note\nroot,name\n01,Make public statement\n", 2, "header"),
        ("root,label\n\n01,Make public statement\n1,Appeal\n", 4, "two-digit"),
        ("root,label\n01,Make public statement\n01,Again\n", 3, "twice"),
        ("root,label\n02,\n", 2, "label"),
        ("# only a comment\n", 1, "no CAMEO roots"),
    ],
)
def test_load_root_labels_names_the_bad_line(tmp_path: Path, content, line, reason) -> None:
    path = tmp_path / "roots.csv"
    path.write_text(content)
    with pytest.raises(DataFileError, match=reason) as caught:
        load_root_labels(path)
    assert caught.value.where == f"{path}:{line}"


def test_store_all_names_exist() -> None:
    import chancery.store

    for name in chancery.store.__all__:
        assert hasattr(chancery.store, name), name
