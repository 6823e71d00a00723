"""What a verb acts on, as the lexicon's `object` constraint reads it, and which verb
pattern a clause matches.

The `object` column names lemmas of "what the verb acts on". The words that say it are
read in two layers:

- the *head layer*: the head of the direct object (or of the passive subject) and the
  words coordinated with it ("delivered blankets *and food*"); a measure or part in front
  of an "of" phrase stands for what it measures ("two tons *of medicine*", "$5,000 worth
  *of goods*", "part *of* the aid program"), and so does a noun of movement ("the return
  *of inspectors*"). With no object at all, the objects of the verb's (or its particle's)
  argument prepositions ("called *for* talks", "walked out *of* the talks"), not of
  scene-setting ones ("*under* a 2016 agreement") nor dates ("on Tuesday");
- the *modifier layer*: nouns compounded with those heads ("an *aid* program", "*mediation*
  efforts"), and, for a verb with no direct object and an infinitive complement
  ("allowed the opposition *to hold a rally*", "agreed *to hold talks*"), that clause's
  verb and its object heads. Reporting verbs never look into their clause.

Patterns are tried most specific first. An object pattern may match through the modifier
layer only when nothing matched through the head layer, or what matched there was a
pattern without an object list, no more specific than it, whose target preposition it
keeps ("called *on* X to release ..." stays a call on X).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Token

from chancery.events.clause_rules import load_clause_rules
from chancery.events.clauses import (
    is_infinitive,
    particles,
    patient_of,
    prep_objects,
    quantity_object,
)
from chancery.events.grammar import is_figurative, load_grammar
from chancery.events.lexicon import Pattern

__all__ = [
    "ObjectLayers",
    "match_pattern",
    "object_heads",
    "object_layers",
    "prep_targets",
    "verb_particles",
]

# Nouns that measure or take a part of what their "of" phrase names: the object is what
# follows "of". A closed grammatical class (quantity and container nouns).
_MEASURE_HEADS = frozenset(
    {
        "part",
        "portion",
        "half",
        "rest",
        "bulk",
        "share",
        "amount",
        "quantity",
        "worth",
        "lot",
        "lots",
        "number",
        "ton",
        "tonne",
        "kg",
        "kilogram",
        "kilo",
        "pound",
        "dollar",
        "euro",
        "million",
        "billion",
        "thousand",
        "hundred",
        "dozen",
        "score",
        "batch",
        "consignment",
        "load",
        "shipment",
        "round",
        "series",
        "package",
        "set",
        "string",
        "spate",
        "wave",
        "volley",
        "salvo",
    }
)

# Adverbs that spaCy attaches as a preposition in "forced the monitors *out of* the
# country", "pulled *back from* the line": with an "of"/"from" phrase of their own they
# are the verb's particle (LEXICON.md reads particles loosely).
_PREP_PARTICLES = frozenset({"out", "away", "back", "off"})


# Prepositions that introduce what a verb without a direct object acts on ("called *for*
# talks", "walked out *of* the talks", "took part *in* the march"); others ("*under* a 2016
# agreement", "*after* a round of talks") set the scene and say nothing about it.
_OBJECT_PREPS = frozenset(
    {"for", "to", "of", "on", "upon", "against", "with", "into", "in", "from"}
)
# Named entities that are never what a verb acts on ("agreed *on Tuesday*").
_SCENE_ENTITIES = frozenset({"DATE", "TIME"})


class ObjectLayers:
    """The lemmas a clause's object is read as: `heads` first, then `modifiers`."""

    __slots__ = ("heads", "modifiers")

    def __init__(self, heads: frozenset[str], modifiers: frozenset[str]) -> None:
        self.heads = heads
        self.modifiers = modifiers - heads


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _with_conjuncts(token: Token) -> list[Token]:
    out = [token]
    stack = [token]
    while stack:
        for child in stack.pop().children:
            if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
                out.append(child)
                stack.append(child)
    return out


def _measured(token: Token) -> list[Token]:
    """ "two tons of medicine" -> medicine: the thing a measure or part noun measures;
    "the return of inspectors" -> inspectors (clause_rules' transparent object nouns)."""
    lemma = _lemma(token)
    if token.ent_type_ in _SCENE_ENTITIES:
        return []  # "ending half a century of war": a duration, not a quantity of war
    measures = (
        lemma in _MEASURE_HEADS
        or lemma in load_clause_rules().transparent_object_nouns
        or any(c.dep_ == "nummod" and (c.like_num or c.pos_ == "NUM") for c in token.children)
    )
    if not measures:
        return []
    return [t for obj in prep_objects(token, "of") for t in _with_conjuncts(obj)]


def _head_tokens(verb: Token) -> list[Token]:
    patient = patient_of(verb)
    if patient is not None:
        roots = [patient.token]
    else:
        holders = [verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod"))]
        roots = [
            obj
            for holder in holders
            for prep in holder.children
            # A phrase before the verb sets the scene ("In a post on X, he called ..."); the
            # object of "called for talks" follows it.
            if prep.dep_ == "prep" and prep.lower_ in _OBJECT_PREPS and prep.i > verb.i
            for obj in prep.children
            if obj.dep_ in ("pobj", "pcomp") and obj.ent_type_ not in _SCENE_ENTITIES
        ]
    heads: list[Token] = []
    for root in roots:
        for token in _with_conjuncts(root):
            heads.append(token)
            heads += _measured(token)
    return heads


def _compounds(tokens: Iterable[Token]) -> list[Token]:
    return [
        child
        for token in tokens
        if token.pos_ in ("NOUN", "PROPN")
        for child in token.children
        if child.dep_ in ("compound", "nmod") and child.pos_ in ("NOUN", "PROPN")
    ]


def _complement_tokens(verb: Token) -> list[Token]:
    """ "allowed the opposition to hold a rally" -> hold, rally."""
    if _lemma(verb) in load_grammar().reporting_verbs:
        return []
    out: list[Token] = []
    for clause in verb.children:
        if clause.dep_ in ("xcomp", "ccomp") and clause.pos_ == "VERB" and is_infinitive(clause):
            heads = _head_tokens(clause)
            out += [clause, *heads, *_compounds(heads)]
    return out


def object_layers(verb: Token) -> ObjectLayers:
    heads = [h for h in _head_tokens(verb) if not is_figurative(h)]  # "a charm offensive"
    modifiers = _compounds(heads)
    if patient_of(verb) is None:
        modifiers += _complement_tokens(verb)
    return ObjectLayers(frozenset(map(_lemma, heads)), frozenset(map(_lemma, modifiers)))


def _fits(
    pattern: Pattern,
    objects: frozenset[str],
    verb_particles: set[str],
    verb: Token,
    negated: bool,
) -> bool:
    if pattern.particle:
        if pattern.particle not in verb_particles:
            return False
    elif verb_particles:
        return False  # "call off" is not "call"
    if pattern.prep and not _has_prep_target(verb, pattern.prep, pattern.objects):
        return False
    if pattern.objects and not (pattern.objects & objects):
        return False
    return not (pattern.negated_only and not negated)


def object_heads(verb: Token) -> list[Token]:
    """The head layer's words: the object and its conjuncts, what a measure noun measures,
    or with no object the objects of the verb's prepositions."""
    return _head_tokens(verb)


def prep_targets(verb: Token, prep: str, objects: frozenset[str] | None = None) -> list[Token]:
    """Objects of `prep` on the verb or on its object's head words: "imposed sanctions
    *on* Iran", "called for sanctions *against* Iran", "part of an aid program *for* Chad".

    When a pattern is being matched (`objects` given), a preposition on the object of
    another preposition counts only for a pattern about that object: "called for sanctions
    against X" fits "call ... sanction ... against", but "voted on measures against X" is
    no "vote against"."""
    found = prep_objects(verb, prep)
    through_prep = patient_of(verb) is None
    for head in _head_tokens(verb):
        if through_prep and objects is not None and _lemma(head) not in objects:
            continue
        found += [t for t in prep_objects(head, prep) if t not in found]
    return found


def _has_prep_target(verb: Token, prep: str, objects: frozenset[str]) -> bool:
    return bool(prep_targets(verb, prep, objects))


def verb_particles(verb: Token) -> set[str]:
    """The verb's particles as the lexicon reads them: spaCy's `prt` words, except the
    "up" of a quantity ("kidnapped *up to* 16 advisers" is not "kidnap up"), plus an
    adverb of direction with its own "of"/"from" phrase ("forced them *out of* the country")."""
    found = {p for p in particles(verb) if not _is_quantity_particle(verb, p)}
    for child in verb.children:
        if (
            child.dep_ in ("prep", "advmod")
            and child.lower_ in _PREP_PARTICLES
            and not any(c.dep_ == "pobj" for c in child.children)
            and any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in child.children)
        ):
            found.add(child.lower_)
    return found


def _is_quantity_particle(verb: Token, particle: str) -> bool:
    """ "up to 16 advisers": an "up" whose "to" phrase is a number of things."""
    return particle == "up" and quantity_object(verb) is not None


def match_pattern(verb: Token, patterns: Sequence[Pattern], *, negated: bool) -> Pattern | None:
    """The most specific pattern whose constraints the verb's clause meets."""
    found_particles = verb_particles(verb)
    layers = object_layers(verb)
    found = None
    for pattern in patterns:
        if _fits(pattern, layers.heads, found_particles, verb, negated):
            found = pattern
            break
    if (found is not None and found.objects) or not layers.modifiers:
        return found
    for pattern in patterns:
        if found is not None and pattern.specificity < found.specificity:
            break
        if found is not None and found.prep and pattern.prep != found.prep:
            continue  # keep the preposition that names the target
        if pattern.objects and _fits(pattern, layers.modifiers, found_particles, verb, negated):
            return pattern
    return found
