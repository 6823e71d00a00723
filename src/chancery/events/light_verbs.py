"""A light verb's general sense gives way to the event its object names.

"The envoy *undertook* a mediation mission", "the union *announced* a boycott", "the
president *ordered* a crackdown": the verb adds little beyond "did" or "said"; the noun
says what was done. When the pattern a light verb matched is its general sense -- no
object list, particle, preposition or negation ("undertake" = promise, "announce" = state)
-- and its direct object is an event noun whose pattern holds (or the carrier of one: "a
*mediation* mission"), the verb's event is dropped and the noun is coded instead, with the
verb's subject as its source and the noun's prepositions as its target (see `nouns`).

Patterns with an object list ("lodged a protest", "offered talks", "ended the talks") say
what the verb adds to the noun, and keep the verb's event -- unless the noun, pinned by a
modifier, names a narrower event of the same CAMEO family: "began a *hunger* strike" is
a hunger strike (142), not the strike (143) "began a strike" codes.
"""

from __future__ import annotations

from chancery.events.candidate import Candidate, Context
from chancery.events.clauses import direct_object
from chancery.events.lexicon import Pattern
from chancery.events.nouns import event_noun_of
from chancery.model import Sentence

__all__ = ["defer_to_event_nouns"]


def defer_to_event_nouns(
    ctx: Context, sentence: Sentence, candidates: list[Candidate], matched: set[int]
) -> tuple[list[Candidate], set[int]]:
    """The verb candidates that stand, and the verbs still counted as coded (whose object
    nouns are their content)."""
    kept: list[Candidate] = []
    coded = set(matched)
    for cand in candidates:
        noun = _named_event(ctx, cand)
        if noun is None:
            kept.append(cand)
            continue
        coded.discard(cand.trigger.i)
        ctx.decide(
            sentence,
            cand.trigger,
            "verb",
            "transparent",
            f"light verb: its object {noun!r} names the event",
            rule=cand.rule,
            cameo=cand.cameo,
        )
    return kept, coded


def _named_event(ctx: Context, cand: Candidate) -> str | None:
    verb = cand.trigger
    lemma = ctx.lexicon.verb_lemma(verb.lemma_)
    if cand.kind != "verb" or lemma not in ctx.grammar.light_verbs:
        return None
    pattern = next((p for p in ctx.lexicon.for_verb(lemma) if p.id == cand.pattern_id), None)
    if pattern is None or pattern.particle or pattern.prep or pattern.negated_only:
        return None
    obj = direct_object(verb)
    if obj is None:
        return None
    found = event_noun_of(obj, ctx.lexicon.for_noun, verb)
    if found is None:
        return None
    noun, noun_pattern = found
    if pattern.objects and not _refines(noun_pattern, pattern):
        return None
    return noun.text


def _refines(noun_pattern: Pattern, verb_pattern: Pattern) -> bool:
    """Whether the noun's pattern, pinned by a modifier ("*hunger* strike", "*air*
    strike"), names a more specific event of the same family than the verb's object
    pattern ("began a strike" 143 -> "began a hunger strike" 142)."""
    return (
        bool(noun_pattern.objects)
        and noun_pattern.cameo != verb_pattern.cameo
        and noun_pattern.cameo[:2] == verb_pattern.cameo[:2]
    )
