"""Readings of a role noun that name no current role-holder.

- a stance: "in opposition to China";
- whose move it is: "the ball is in Russia's court";
- a role held in the past: "a two-term Danish prime minister", "he was a prime minister".
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["past_office", "stance_idiom"]


def stance_idiom(head: Token) -> bool:
    """ "India is reluctant to join an alliance in opposition to China": a bare role noun
    between "in" and "to" names a stance, not a group."""
    return (
        head.dep_ == "pobj"
        and head.head.lower_ == "in"
        and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in head.children)
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in head.children)
    ) or _ball_in_court(head)


_COURT_IDIOM_VERBS = {"be", "remain", "lie", "rest", "put", "leave", "place", "throw", "toss"}


def _ball_in_court(head: Token) -> bool:
    """ "The ball is now in Russia's court": whose move it is, not a judiciary. The bare
    possessed "court" after "in", on a verb of being or placing ("a case in Russia's
    constitutional court" has a modifier; "tried in Russia's court" another verb)."""
    return (
        head.lower_ == "court"
        and head.dep_ == "pobj"
        and head.head.lower_ == "in"
        and head.head.head.lemma_ in _COURT_IDIOM_VERBS
        and any(c.dep_ == "poss" for c in head.children)
        and not any(c.dep_ in ("det", "amod", "compound", "nmod") for c in head.children)
    )


_TERM_COUNTS = {"one", "two", "three", "four", "five", "six"}
_TERM_WORDS = {"term", "time"}
_PAST_ROLE_VERBS = {"be", "serve", "work"}


def past_office(head: Token) -> bool:
    """A role the text gives as held in the past, so not the holder at publication:
    "a two-term Danish prime minister", "a one-time foreign minister" (a count of terms
    says the holding is over or counted, not current), or a predicate in the simple past:
    "he was a prime minister", "she served as foreign minister"."""
    for child in head.children:
        if (
            child.i < head.i
            and child.lower_ in _TERM_WORDS
            and any(c.lower_ in _TERM_COUNTS or c.like_num for c in child.children)
        ):
            return True
    verb = None
    if head.dep_ == "attr":
        verb = head.head
    elif head.dep_ == "pobj" and head.head.lower_ == "as":
        verb = head.head.head
    if verb is None or verb.lemma_ not in _PAST_ROLE_VERBS:
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ != "VBD" for c in verb.children)
    return verb.tag_ == "VBD" and not perfect
