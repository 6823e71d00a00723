"""Reported obligations are demands: "X said Y must withdraw its troops" is X demanding
something of Y (CAMEO 10, PLOVER REQUEST), whatever the withdrawal would be coded as.

Three shapes, all coded 100 with the obliged (or pressed) verb as trigger:

- a reporting verb, or another verb that can carry an obligation ("concluded", "reminded",
  `obligation_reporters` in data/clause_rules.yaml), with a "Y must / should" clause;
- a noun that carries one ("issued a reminder to Iraq that it must cooperate",
  `obligation_nouns`), its author being the subject of the verb that governs it;
- a verb of pressing with a "for Y to ..." clause ("is pushing for Poland to accept the
  plan", `pressing_verbs`);
- a noun of asking with a content clause ("reiterated its demand that Peru free the
  hostages", "renewed its call for Iraq to comply", `demand_nouns`), no "must" needed:
  its author is its possessor, else the subject of the verb that voices it
  (`authoring_verbs`). The asked clause is wanted, not done (see `modality`).

The source is the reporter (author, presser); the target the obliged clause's subject, or,
when that is a pronoun, the one addressed ("reminded *Peru* that it must ..."). Both must
name actors, and different ones: "we must" in a speaker's own words is a resolve, not a
demand.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from chancery.events.arguments import Argument
from chancery.events.candidate import Candidate, Context
from chancery.events.clause_rules import load_clause_rules
from chancery.events.clauses import (
    Link,
    asked_clauses,
    asked_subject,
    dative_of,
    direct_object,
    logical_subject,
    prep_objects,
)
from chancery.events.modality import verb_modality
from chancery.model import Sentence

__all__ = ["DEMAND_CODE", "demand_candidates"]

DEMAND_CODE = "100"
_RULE = "grammar.yaml:obligation_auxiliaries"
_PRESSING_RULE = "clause_rules.yaml:pressing_verbs"
_NOUN_RULE = "clause_rules.yaml:demand_nouns"


def demand_candidates(ctx: Context, sentence: Sentence, span: Span) -> list[Candidate]:
    out: list[Candidate] = []
    for verb in span:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        found = _obligation(ctx, verb) or _pressing(ctx, verb)
        if found is None:
            continue
        out += _candidates(ctx, sentence, verb, found)
    for noun in span:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in load_clause_rules().demand_nouns:
            continue
        for asked in asked_clauses(noun):
            found = _demand_noun(ctx, noun, asked)
            subject = asked_subject(asked)
            if found is not None and subject is not None:
                # the asked verb, also where the parser hung the clause on "that"
                out += _candidates(ctx, sentence, subject.head, found)
    return out


def _candidates(ctx: Context, sentence: Sentence, verb: Token, found: _Found) -> list[Candidate]:
    """The demand candidate (none if a party is missing or both are the same)."""
    reporter, said_by, sources, obliged, targets, rule = found
    if not sources or not targets or {a.key for a in sources} & {a.key for a in targets}:
        return []
    said_at = reporter if reporter.pos_ in ("VERB", "AUX") else reporter.head
    return [
        Candidate(
            sentence=sentence,
            kind="verb",
            trigger=verb,
            pattern_id=rule,
            cameo=DEMAND_CODE,
            base_confidence=0.6,
            sources=sources,
            targets=targets,
            path=f"reporter.{said_by.path}>obliged.{obliged}",
            modality=verb_modality(said_at, ctx.grammar),
            anchors=[verb, reporter],
            tense_token=said_at,
        )
    ]


_Found = tuple[Token, Link, list[Argument], str, list[Argument], str]


def _obligation(ctx: Context, verb: Token) -> _Found | None:
    """ "X said / concluded / reminded Y that Z must ..." and "X issued a reminder that
    Z must ..."."""
    grammar, rules = ctx.grammar, load_clause_rules()
    if not any(
        c.dep_ == "aux" and c.lower_ in grammar.obligation_auxiliaries for c in verb.children
    ):
        return None
    reporter = verb.head
    lemma = reporter.lemma_.lower()
    if verb.dep_ == "ccomp" and reporter.pos_ in ("VERB", "AUX"):
        if lemma not in grammar.reporting_verbs and lemma not in rules.obligation_reporters:
            return None
        said_by = logical_subject(reporter, grammar)
        addressees = [t for t in (dative_of(reporter), direct_object(reporter)) if t is not None]
    elif verb.dep_ in ("acl", "ccomp") and lemma in rules.obligation_nouns:
        author_verb = reporter.head
        if reporter.dep_ not in ("dobj", "nsubjpass") or author_verb.pos_ != "VERB":
            return None
        said_by = logical_subject(author_verb, grammar)
        addressees = prep_objects(reporter, "to") + prep_objects(author_verb, "to")
        recipient = dative_of(author_verb)
        if recipient is not None:
            addressees.append(recipient)
    else:
        return None
    obliged = logical_subject(verb, grammar)
    if said_by is None or obliged is None:
        return None
    sources = ctx.resolver.resolve(said_by.token)
    targets = ctx.resolver.resolve(obliged.token)
    path = obliged.path
    if not targets and obliged.token.lower_ in grammar.anaphoric_pronouns:
        # "reminded Peru that *it* must respect the ruling": the one addressed
        for addressee in addressees:
            targets = ctx.resolver.resolve(addressee)
            if targets:
                path = "pronoun.addressee"
                break
    return reporter, said_by, sources, path, targets, _RULE


def _demand_noun(ctx: Context, noun: Token, asked: Token) -> _Found | None:
    """ "X reiterated its demand that Y ..." / "X's call for Y to ..."."""
    grammar, rules = ctx.grammar, load_clause_rules()
    sources: list[Argument] = []
    said_by: Link | None = None
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in grammar.anaphoric_pronouns:
            sources = ctx.resolver.resolve(child)
            said_by = Link(child, "poss")
            break
    voicing = noun.head if noun.dep_ in ("dobj", "obj") else None
    if not sources:
        if voicing is None or voicing.lemma_.lower() not in rules.authoring_verbs:
            return None
        said_by = logical_subject(voicing, grammar)
        if said_by is None:
            return None
        sources = ctx.resolver.resolve(said_by.token, allow_nationality=True)
    assert said_by is not None
    subject = asked_subject(asked)
    if subject is None:
        return None
    targets = ctx.resolver.resolve(subject, allow_nationality=True)
    path = "nsubj"
    if not targets and subject.lower_ in grammar.anaphoric_pronouns:
        for addressee in prep_objects(noun, "to"):
            targets = ctx.resolver.resolve(addressee)
            if targets:
                path = "pronoun.addressee"
                break
    reporter = voicing if voicing is not None else noun
    return reporter, said_by, sources, path, targets, _NOUN_RULE


def _pressing(ctx: Context, verb: Token) -> _Found | None:
    """ "X is pushing for Y to adopt the plan" (also "for Y adopt", a common slip)."""
    grammar = ctx.grammar
    if verb.dep_ != "advcl":
        return None
    presser = verb.head
    if presser.lemma_.lower() not in load_clause_rules().pressing_verbs:
        return None
    marked = any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)
    obliged: Token | None = None
    if marked:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        obliged = subject
    else:  # "pressing for Poland to accept": "for Poland" parsed as the presser's phrase
        pressed = prep_objects(presser, "for")
        obliged = pressed[0] if pressed and pressed[0].i < verb.i else None
    said_by = logical_subject(presser, grammar)
    if obliged is None or said_by is None:
        return None
    sources = ctx.resolver.resolve(said_by.token)
    targets = ctx.resolver.resolve(obliged)
    return presser, said_by, sources, "for.nsubj", targets, _PRESSING_RULE
