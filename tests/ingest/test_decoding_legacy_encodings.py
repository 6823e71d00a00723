"""Short texts in legacy encodings decode to what was written, not to an exotic code page."""

from __future__ import annotations

import pytest

from chancery.ingest.decoding import decode_bytes

CASES = [
    (
        "Der Minister sagte, äöü Berlin werde helfen. Russia criticized Ukraine on Monday.",
        "latin-1",
    ),
    ("Le président a déclaré à Paris que la France «soutiendra» l’Ukraine.", "cp1252"),
    ("Министр иностранных дел России Сергей Лавров заявил в понедельник", "cp1251"),
]


@pytest.mark.parametrize(("text", "encoding"), CASES)
def test_decoding_short_legacy_text_round_trips(text, encoding):
    assert decode_bytes(text.encode(encoding), "article.txt") == text
