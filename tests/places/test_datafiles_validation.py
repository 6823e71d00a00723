"""The gazetteer's data files are validated with file:line errors, and users can add their own."""

from __future__ import annotations

import pytest

from chancery.errors import DataFileError
from chancery.places.datafiles import (
    COUNTRIES_FILE,
    EXONYMS_FILE,
    REGIONS_FILE,
    read_countries,
    read_exonyms,
    read_regions,
)
from chancery.places.gazetteer import build_gazetteer


def test_shipped_files_are_valid():
    assert len(read_countries(COUNTRIES_FILE)) > 190
    assert len(read_regions(REGIONS_FILE)) > 50
    assert any(r.other_name == "Kiev" for r in read_exonyms(EXONYMS_FILE))


@pytest.mark.parametrize(
    ("reader", "content", "line", "reason"),
    [
        (read_regions, "# c\n\nCrimea | UKR | 95 | 34 |\n", 3, "latitude"),
        (read_regions, "Crimea | Ukraine | 45 | 34 |\n", 1, "alpha-3"),
        (read_regions, "Crimea | UKR | 45\n", 1, "columns"),
        (read_regions, "Crimea | UKR | 45 | east |\n", 1, "not a number"),
        (read_regions, "Crimea | UKR | 45 | 34 | | a;;b\n", 1, "empty name"),
        (read_exonyms, "\nKiev | | UKR\n", 2, "needed"),
        (read_countries, "FRA | 46 | 2 | Gaul\nfra | 1 | 1\n", 2, "alpha-3"),
    ],
)
def test_bad_line_names_file_and_line(tmp_path, reader, content, line, reason):
    path = tmp_path / "data.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        reader(path)
    assert caught.value.where == f"{path}:{line}"
    assert reason in caught.value.reason


def test_missing_file_is_a_data_file_error(tmp_path):
    with pytest.raises(DataFileError):
        read_regions(tmp_path / "absent.txt")


def test_user_files_extend_the_gazetteer(tmp_path):
    regions = tmp_path / "regions.txt"
    regions.write_text("Zeta Valley | KEN | 0.5 | 37.5 | | the Zeta\n", encoding="utf-8")
    exonyms = tmp_path / "exonyms.txt"
    exonyms.write_text("Old Nairobi Town | Nairobi | KEN\n", encoding="utf-8")
    gazetteer = build_gazetteer((regions,), (exonyms,))
    zeta = gazetteer.lookup("the Zeta")
    assert zeta is not None and (zeta.name, zeta.precision) == ("Zeta Valley", "admin1")
    nairobi = gazetteer.lookup("Old Nairobi Town")
    assert nairobi is not None and nairobi.name == "Nairobi"


def test_exonym_to_unknown_city_is_rejected(tmp_path):
    exonyms = tmp_path / "exonyms.txt"
    exonyms.write_text("Atlantis Old | Atlantis | GRC\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"exonyms\.txt:1"):
        build_gazetteer((), (exonyms,))
