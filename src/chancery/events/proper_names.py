"""Event nouns that are only words of a proper name: "the Democratic *Alliance*" (a party),
"the Quadrilateral Security *Dialogue*" (a forum), "the North Atlantic *Treaty*
Organization". Such a noun names an organisation, not an alliance formed or talks held.

A named meeting keeps its event: "the NATO *Summit*", "the Camp David *Summit*", "the
Ukraine Peace *Summit*" -- the name's words there are actors, places or events, which is
how a meeting is named; an organisation's name is made of descriptive words instead."""

from __future__ import annotations

from spacy.tokens import Token

from chancery.events.arguments import ArgumentResolver
from chancery.events.lexicon import Lexicon

# Entity types whose words name where or who, as in a meeting's name ("the *Camp David*
# Summit"), so a name containing them is read as naming an event.
_PLACE_OR_PEOPLE_ENTITIES = frozenset({"GPE", "LOC", "FAC", "NORP"})


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and token.i != token.sent.start


def _is_name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and _capitalised(token)


def _names_an_actor(word: Token, noun: Token, resolver: ArgumentResolver) -> bool:
    """Whether the word names a known actor by itself ("the *NATO* Summit"). A mention
    that only covers the whole name, event noun included, with no code, is the name read as
    one unknown organisation ("the Democratic Alliance") and tells nothing."""
    named = resolver.argument_at(word)
    if named is None:
        return False
    return named.end <= noun.idx or named.party.code is not None


def _names_who_or_where(
    word: Token, noun: Token, resolver: ArgumentResolver, lexicon: Lexicon
) -> bool:
    return (
        _names_an_actor(word, noun, resolver)
        or resolver.place_at(word) is not None
        or word.ent_type_ in _PLACE_OR_PEOPLE_ENTITIES
        or any(not c.isalpha() for c in word.text)  # "G-7", "G20"
        or bool(lexicon.for_noun(word.lemma_.lower()))  # "Peace Summit"
    )


def inside_a_name(noun: Token, resolver: ArgumentResolver, lexicon: Lexicon) -> bool:
    """Whether the event noun is a word of an organisation's proper name."""
    if not _is_name_word(noun):
        return False
    head = noun.head
    if (
        noun.dep_ == "compound"
        and head.i > noun.i
        and _is_name_word(head)
        and not lexicon.for_noun(head.lemma_.lower())
    ):
        return True  # "the North Atlantic *Treaty* Organization"
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    name_words = [c for c in modifiers if _is_name_word(c)]
    return bool(name_words) and not any(
        _names_who_or_where(w, noun, resolver, lexicon) for w in name_words
    )
