"""Names of things the parser tags as organisations: "the Dow Jones average", "the S-400",
"the Senkaku/Diaoyu islands", "Anti-Dumping Tariff", "Suffice to say".

Signals, each general (a shape or a grammatical position; vocabulary in
actors/data/thing_words.csv and thing_name_ends.csv), each only for model entities the
knowledge base does not know:
- the name's last word is a thing word or a law's or plan's last word ("... Tariff",
  "... Act"), or the name modifies a thing word ("Dow Jones average", "S-400 system");
  a name that runs on through a possessive ("Congress's Countering America's Adversaries ... Act") is read to
  its real end;
- a model code: letters, a hyphen and digits in one word ("S-400", "COVID-19", "Su-35");
- a verb that opens a sentence and was capitalised only for that ("Suffice to say").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from chancery.actors.kb import KnowledgeBase

__all__ = ["name_end", "names_a_thing"]

_MODEL_CODE = re.compile(r"^[A-Za-z]{1,6}-\d+[A-Za-z]*$")
_VERB_TAGS = {"VB", "VBP", "VBZ", "VBD", "VBG", "VBN"}
_POSSESSIVE = {"'s", "’s"}
_NAME_LINKS = {"of", "for", "through", "and", "on", "against", "the", "to"}


def names_a_thing(doc: Doc, s: int, e: int, label: str, kb: KnowledgeBase) -> bool:
    """Whether the model entity doc[s:e] (label ORG, FAC, ...) names a thing, not an actor."""
    if label == "PERSON" or e <= s:
        return False
    words = kb.thing_words
    last = doc[name_end(doc, e)]
    if last.pos_ in ("PROPN", "NOUN") and (
        last.lower_ in words or last.lower_ in kb.thing_name_ends
    ):
        return True
    modified = _modified_noun(doc, s, e)
    if modified is not None and modified.lower_ in words:
        return True
    if e - s == 1 and _MODEL_CODE.match(doc[s].text):
        return True
    return _opening_verb(doc, s, e)


def name_end(doc: Doc, e: int) -> int:
    """The last capitalised word of a name that runs on through "'s" and linking words:
    "U.S. Congress's Countering America's Adversaries Through Sanctions Act" ends at "Act"."""
    last = e - 1
    i = e
    while i < len(doc) and doc[i].text in _POSSESSIVE:
        j = i + 1
        while j < len(doc) and (doc[j].is_title or doc[j].lower_ in _NAME_LINKS):
            if doc[j].is_title:
                last = j
            j += 1
        if j == i + 1:
            break
        i = j
    return last


def _modified_noun(doc: Doc, s: int, e: int) -> Token | None:
    """The lower-case common noun right after the name that the name modifies."""
    if e >= len(doc):
        return None
    nxt = doc[e]
    if nxt.pos_ != "NOUN" or not nxt.is_lower:
        return None
    root = doc[s:e].root
    return nxt if root.head.i == nxt.i or (root.head.i >= e and nxt.head.i == root.head.i) else None


def _opening_verb(doc: Doc, s: int, e: int) -> bool:
    """One capitalised verb at the start of a sentence ("Suffice to say")."""
    if e - s != 1 or doc[s].tag_ not in _VERB_TAGS:
        return False
    before = [t for t in doc[doc[s].sent.start : s] if not (t.is_punct or t.is_quote)]
    return not before
