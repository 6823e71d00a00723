"""`number_conflict`: the same count given twice in an article with different values.

"The same thing" is read conservatively: the number counts the same noun (by lemma),
under the same verb (by lemma) — "killed 12 people" and "the 15 people killed" both
count people under "kill" — with the same modifiers ("Kenyan troops" and "troops",
"troops from the north" and "troops" are different things), no different subjects
("Russia sent" / "Belarus sent") and no different dates in the two sentences. Hedged
numbers ("at least 12", "more than 3,000"), increments ("15 more people"), running totals
("since January", "in the past six months") and counts of time ("three years") are left
alone: a later, different figure does not contradict them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from chancery.checks.base import CheckContext
from chancery.checks.numbers import parse_count
from chancery.model import Check

__all__ = ["CountedThing", "counted_things", "number_conflict"]

_HEDGES = frozenset(
    {
        "about", "around", "nearly", "almost", "over", "more", "than", "least", "some",
        "roughly", "approximately", "up", "fewer", "less", "under", "estimated", "possibly",
        "perhaps", "many", "only", "just", "another", "additional", "further", "other",
        "extra", "first", "last", "dozens", "hundreds", "thousands", "every", "per", "each",
    }
)  # fmt: skip
_TIME_NOUNS = frozenset(
    {
        "year", "month", "week", "day", "hour", "minute", "second", "decade", "century",
        "time", "percent", "%", "point", "age", "mile", "kilometer", "kilometre", "meter",
        "metre", "dollar", "euro", "pound", "yuan", "ruble", "rouble", "yen", "round",
    }
)  # fmt: skip
# A sentence that counts over a period ("in the past six months", "since January", "in
# total") gives a running total, not the count of the same event.
_TOTALS = re.compile(
    r"\b(?:since|so far|in total|altogether|to date|cumulative|(?:last|past)\s+(?:\w+\s+)?"
    r"(?:days|weeks|months|years|decades?|year|month|week))\b|\bthis year\b",
    re.IGNORECASE,
)
_NOUN_SLOTS = ("dobj", "nsubj", "nsubjpass", "attr", "pobj")


@dataclass(frozen=True, slots=True)
class CountedThing:
    """A number that counts a noun under a verb, with what distinguishes it."""

    sentence: int
    value: int
    noun: str  # lemma
    verb: str  # lemma
    subject: str | None  # lemma of the verb's subject, when it has one
    modifiers: tuple[frozenset[str], frozenset[str]]  # kind words, prepositional phrases
    text: str  # the words as written, for the message


def _hedged(num: Token) -> bool:
    doc = num.doc
    window = doc[max(0, num.i - 3) : num.i]
    if any(t.lower_ in _HEDGES for t in window):
        return True
    noun = num.head
    return any(
        c.lower_ in _HEDGES for c in noun.children if c.dep_ in ("amod", "advmod", "quantmod")
    )


def _governing_verb(noun: Token) -> tuple[Token, Token | None] | None:
    """(verb, subject) for a noun that is the verb's object or subject, or a noun modified
    by a participle ("the 15 people killed")."""
    for child in noun.children:
        if child.dep_ == "acl" and child.pos_ == "VERB":
            return child, None
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "agent":
        head = head.head
    if noun.dep_ in _NOUN_SLOTS and head.pos_ == "VERB":
        subjects = [c for c in head.children if c.dep_ == "nsubj" and c.i != noun.i]
        return head, (subjects[0] if subjects else None)
    return None


def counted_things(ctx: CheckContext) -> list[CountedThing]:
    """Every unhedged count of a noun under a verb, in text order."""
    things: list[CountedThing] = []
    for index, sentence in enumerate(ctx.sentences):
        span = ctx.tokens(sentence)
        if span is None or _TOTALS.search(sentence.text):
            continue
        for tok in span:
            if tok.dep_ != "nummod" or tok.pos_ != "NUM":
                continue
            value = parse_count(tok.text)
            noun = tok.head
            if value is None or noun.pos_ != "NOUN" or noun.lemma_.lower() in _TIME_NOUNS:
                continue
            if 1800 <= value <= 2100 and "," not in tok.text:
                continue  # a year, most likely
            if _hedged(tok):
                continue
            governed = _governing_verb(noun)
            if governed is None:
                continue
            verb, subject = governed
            modifiers = _modifiers(noun)
            lo = min(t.idx for t in (tok, noun, verb))
            hi = max(t.idx + len(t.text) for t in (tok, noun, verb))
            things.append(
                CountedThing(
                    index,
                    value,
                    noun.lemma_.lower(),
                    verb.lemma_.lower(),
                    subject.lemma_.lower() if subject is not None else None,
                    modifiers,
                    ctx.text[lo:hi],
                )
            )
    return things


def _modifiers(noun: Token) -> tuple[frozenset[str], frozenset[str]]:
    """What narrows the noun: its kind ("BLA fighters", "Kenyan troops") and its
    prepositional phrases ("fighters from various groups", "people in Aleppo")."""
    kind: set[str] = set()
    phrases: set[str] = set()
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "nmod", "poss"):
            kind.add(child.lemma_.lower())
        elif child.dep_ == "prep":
            phrases.update(
                f"{child.lower_} {g.lemma_.lower()}" for g in child.children if g.dep_ == "pobj"
            )
    return frozenset(kind), frozenset(phrases)


def _same_thing(a: CountedThing, b: CountedThing) -> bool:
    """Same noun and verb, same kind modifiers, one's phrases among the other's (a later
    mention often drops "in Aleppo"), and subjects alike when both are given."""
    if (a.noun, a.verb, a.modifiers[0]) != (b.noun, b.verb, b.modifiers[0]):
        return False
    pa, pb = a.modifiers[1], b.modifiers[1]
    if not (pa <= pb or pb <= pa):
        return False
    return not (a.subject and b.subject and a.subject != b.subject)


def _dated_apart(ctx: CheckContext, a: int, b: int) -> bool:
    days_a = {(d.start, d.end) for d in ctx.dates_in(ctx.sentences[a]) if not d.is_duration}
    days_b = {(d.start, d.end) for d in ctx.dates_in(ctx.sentences[b]) if not d.is_duration}
    return bool(days_a and days_b and not days_a & days_b)


def number_conflict(ctx: CheckContext) -> list[Check]:
    """Pairs of counts of the same thing with different values, reported at the later one."""
    things = counted_things(ctx)
    out: list[Check] = []
    reported: set[tuple[str, str, int, int]] = set()
    for k, later in enumerate(things):
        for earlier in things[:k]:
            if earlier.sentence == later.sentence or earlier.value == later.value:
                continue
            if not _same_thing(earlier, later) or _dated_apart(
                ctx, earlier.sentence, later.sentence
            ):
                continue
            key = (later.noun, later.verb, earlier.value, later.value)
            if key in reported:
                continue
            reported.add(key)
            out.append(
                Check(
                    "number_conflict",
                    later.sentence,
                    f"'{later.text}' (sentence {later.sentence}) gives {later.value}, but "
                    f"'{earlier.text}' (sentence {earlier.sentence}) gave {earlier.value}",
                    claimed=earlier.value,
                    listed=later.value,
                )
            )
            break
    return out
