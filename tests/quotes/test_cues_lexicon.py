"""The cue lexicon is a validated data file; bad lines name file:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from chancery.errors import DataFileError
from chancery.quotes.cues import load_cues


def test_cues_packaged_lexicon_has_the_common_cues() -> None:
    lexicon = load_cues()
    assert lexicon.kind_of("say") == "speech"
    assert lexicon.kind_of("tweet") == "speech"
    assert lexicon.kind_of("call") == "naming"
    assert ("according", "to") in lexicon.phrases
    assert lexicon.kind_of("eat") is None


def test_cues_user_file_extends_the_lexicon(tmp_path: Path) -> None:
    extra = tmp_path / "cues.tsv"
    extra.write_text("# mine\n\nmurmur\tspeech\nas told by\tphrase\n", encoding="utf-8")
    lexicon = load_cues((extra,))
    assert lexicon.kind_of("murmur") == "speech"
    assert ("as", "told", "by") in lexicon.phrases


@pytest.mark.parametrize(
    ("content", "line", "reason"),
    [
        ("# c\nmurmur speech\n", 2, "expected"),
        ("\n\nMurmur\tspeech\n", 3, "lower-case"),
        ("murmur\tshout\n", 1, "unknown cue kind"),
        ("as per\tspeech\n", 1, "only a 'phrase'"),
        ("murmur\tspeech\nmurmur\tspeech\n", 2, "twice"),
        ("say\tspeech\n", 1, "twice"),
    ],
)
def test_cues_bad_line_raises_with_file_and_line(
    tmp_path: Path, content: str, line: int, reason: str
) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_cues((bad,))
    assert err.value.where == f"{bad}:{line}"
    assert reason in err.value.reason
