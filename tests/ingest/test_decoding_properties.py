"""Decoding arbitrary bytes: a text or an InputError, never another exception."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chancery.errors import InputError
from chancery.ingest.decoding import decode_bytes, sniff_format


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_decode_bytes_gives_text_or_input_error(data: bytes) -> None:
    try:
        text = decode_bytes(data, "x.txt")
    except InputError as exc:
        assert exc.where == "x.txt"
    else:
        assert isinstance(text, str)
        assert sniff_format(text) in ("text", "html", "jsonl")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_decode_bytes_round_trips_utf8(text: str) -> None:
    if "\x00" in text or sum(ord(c) < 32 and c not in "\t\n\r\x0c" for c in text) > len(text) / 100:
        return
    assert decode_bytes(text.encode("utf-8"), "x.txt") == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"text": "a"}\n', "jsonl"),
        ("  <!DOCTYPE html><html></html>", "html"),
        ("<?xml version='1.0'?>\n<html><body>x</body></html>", "html"),
        ("<!-- saved page --><html>", "html"),
        ("<b>bold</b> is not a page", "text"),
        ("The envoy arrived.", "text"),
    ],
)
def test_sniff_format_table(text: str, expected: str) -> None:
    assert sniff_format(text) == expected
