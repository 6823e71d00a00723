"""Bytes -> text: refuse binary content, decode UTF-8 or guess the encoding, sniff the format.

Text that is not UTF-8 is not an error: the encoding is guessed with charset-normalizer,
the text decoded, and a warning logged naming the file and the encoding.
"""

from __future__ import annotations

import codecs
import logging
import re
from typing import Literal

from charset_normalizer import CharsetMatch, from_bytes

from chancery.errors import InputError

__all__ = ["Format", "decode_bytes", "format_size", "sniff_format"]

log = logging.getLogger(__name__)

Format = Literal["text", "html", "jsonl"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Share of control characters (other than tab, newline, carriage return, form feed)
# above which decoded "text" is taken for binary data.
_MAX_CONTROL_SHARE = 0.01

_NOT_TEXT = "not a text file (binary content); pass .txt, .md, .html or .jsonl files"

_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)


def format_size(n_bytes: int) -> str:
    return f"{n_bytes / (1024 * 1024):.1f} MB"


def decode_bytes(data: bytes, where: str) -> str:
    """Decode `data`; raise InputError when it is binary. Warn when it is not UTF-8."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data.decode(encoding), where)
            except UnicodeDecodeError as exc:
                raise InputError(where, _NOT_TEXT) from exc
    if b"\x00" in data:
        raise InputError(where, _NOT_TEXT)
    try:
        return _check_text(data.decode("utf-8"), where)
    except UnicodeDecodeError:
        pass
    guess = _likely_encoding(data)
    if guess is None:
        raise InputError(where, _NOT_TEXT)
    text = str(guess)
    log.warning("%s: not UTF-8; decoded as %s", where, guess.encoding)
    return _check_text(text, where)


# Encodings news text is actually published in. On short texts charset-normalizer
# often ranks an exotic code page (hp_roman8, cp037...) first; one of these, when it is
# among its candidates, is the better reading.
_COMMON_ENCODINGS = (
    "cp1252",
    "latin_1",
    "iso8859_15",
    "cp1250",
    "cp1251",
    "koi8_r",
    "iso8859_7",
    "cp1256",
    "shift_jis",
    "euc_jp",
    "gb18030",
    "gb2312",
    "big5",
    "euc_kr",
    "cp949",
)


def _likely_encoding(data: bytes) -> CharsetMatch | None:
    matches = list(from_bytes(data))
    for encoding in _COMMON_ENCODINGS:
        for match in matches:
            if match.encoding == encoding:
                return match
    return matches[0] if matches else None


def _check_text(text: str, where: str) -> str:
    if text:
        controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\x0c")
        if controls / len(text) > _MAX_CONTROL_SHARE:
            raise InputError(where, _NOT_TEXT)
    return text


def sniff_format(text: str) -> Format:
    """JSONL when the first non-blank line is a JSON object, HTML when it opens a page."""
    stripped = text.lstrip()
    if stripped.startswith("{"):
        return "jsonl"
    if _HTML_START.match(stripped[:4096]):
        return "html"
    return "text"
