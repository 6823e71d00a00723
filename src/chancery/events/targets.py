"""Where a verb's target comes from when the pattern does not say.

In order: the pattern's prepositional object; the recipient ("gave *Tanzania* a grant");
the logical object; the objects of a clause the verb governs ("threatened to cut off
electricity *to Nakhichevan*"); the author of its object ("rejected an offer *from*
Kabul"); the subject of a demanded clause ("demanded that *the US* cancel"); a with /
against / to / into phrase. Last, for events that act on a place (attacks, threats), a
place named in a clause the verb governs or in its "when" clause ("threatened to resume
attacks *in Israel*", "killed 23 people when they blew themselves up *in Haifa*").
"""

from __future__ import annotations

from spacy.tokens import Token

from chancery.events.arguments import Argument
from chancery.events.candidate import Context
from chancery.events.clause_rules import load_clause_rules
from chancery.events.clauses import (
    Link,
    dative_of,
    direct_object,
    is_infinitive,
    logical_subject,
    patient_of,
    prep_objects,
)
from chancery.events.destinations import purpose_destination, sent_to
from chancery.events.implied import PLACE_ROOTS
from chancery.events.lexicon import Pattern
from chancery.events.objects import prep_targets

__all__ = ["clause_place_targets", "fallback_targets", "target_tokens_for_prep", "targets_of"]

# Prepositions whose object may stand in for a missing target ("broke relations *with*").
_OBJECT_AUTHOR_PREPS = ("from", "by", "on", "against", "into", "to", "for")
_FALLBACK_PREPS = ("with", "against", "to", "toward", "towards", "into", "at", "on", "from")
# Prepositions of the verb itself that name what it acts on ("hacked *into* the servers").
_OWN_PREPS = ("with", "against", "to", "toward", "into")
# ... of which those whose object is the party even when only a nationality names it
# ("granted asylum *to Bolivian officers*"); not "with", often an instrument ("armed
# with Russian rifles").
_NATIONALITY_PREPS = frozenset({"against", "to", "toward", "into"})
# Adverbs that make an adverbial clause the same occasion as its head ("... *when* they
# blew themselves up in Haifa"), so that its place is the event's place.
_SAME_OCCASION = frozenset({"when", "as", "while"})
# The preposition of what a measure falls on ("restrictions *on* its labour market"), and
# the one naming whom it applies to when that is the source's own thing ("*for* new
# members").
_MEASURE_PREP = "on"
_APPLIES_TO_PREP = "for"
# CAMEO roots of acts done to a thing's owner (sanctions, coercion, attacks): "seized a
# Russian tanker" is aimed at Russia.
_OWNER_IS_TARGET_ROOTS = frozenset({"16", "17", "18", "19", "20"})


def target_tokens_for_prep(verb: Token, prep: str) -> list[Token]:
    return prep_targets(verb, prep)  # on the verb or its object's heads: "sanctions *on* Iran"


def targets_of(ctx: Context, verb: Token, pattern: Pattern) -> tuple[list[Argument], str]:
    found, path = _own_targets(ctx, verb, pattern)
    # "sent experts to Bosnia *to study* the feasibility of a force": Bosnia
    return purpose_destination(ctx, verb, found, path)


def _own_targets(ctx: Context, verb: Token, pattern: Pattern) -> tuple[list[Argument], str]:
    resolver = ctx.resolver
    if pattern.prep:
        for token in target_tokens_for_prep(verb, pattern.prep):
            if pattern.prep == _MEASURE_PREP and _is_own(token, ctx):
                beneficiaries = _applies_to(ctx, verb)
                if beneficiaries:
                    return beneficiaries, f"{pattern.prep}.own.for"
            found = resolver.resolve(token, allow_place=True)
            if found:
                return found, pattern.prep
    else:
        recipient = dative_of(verb)
        if recipient is not None:
            found = resolver.resolve(recipient, allow_place=True)
            if found:
                return found, "dative"
        patient = patient_of(verb)
        if patient is not None:
            sent = sent_to(ctx, verb, pattern, patient.token)
            if sent is not None:
                return sent
            found = _not_origin(
                resolver.resolve(patient.token, allow_place=True), patient.token, pattern.cameo
            )
            if found:
                return found, patient.path
    found, path = fallback_targets(ctx, verb, pattern.cameo)
    if not found and pattern.cameo[:2] in PLACE_ROOTS:
        found, path = clause_place_targets(ctx, verb)
    return found, path


def _is_own(token: Token, ctx: Context) -> bool:
    """ "on *its* labour market", "on *their own* airspace": a thing a possessive pronoun
    gives to its owner, the one who acts."""
    pronouns = ctx.grammar.anaphoric_pronouns | ctx.grammar.speaker_pronouns
    return any(c.dep_ == "poss" and c.lower_ in pronouns for c in token.children)


def _applies_to(ctx: Context, verb: Token) -> list[Argument]:
    """The parties of a "for" phrase on the verb or its object: whom a measure on the
    source's own thing applies to ("restrictions on its labour market *for new members*")."""
    for token in target_tokens_for_prep(verb, _APPLIES_TO_PREP):
        found = ctx.resolver.resolve(token, allow_place=False, allow_nationality=True)
        if found:
            return found
    return []


def _not_origin(found: list[Argument], head: Token, cameo: str) -> list[Argument]:
    """Drop the nationality of a made thing's origin ("testing a *Russian* missile system")
    unless the act is done to its owner (an attack, ban or seizure: CAMEO 16-20)."""
    if cameo[:2] in _OWNER_IS_TARGET_ROOTS:
        return found
    if head.lemma_.lower() not in load_clause_rules().artefact_nouns:
        return found
    left = head.left_edge.idx
    return [
        a
        for a in found
        if not (a.party.actor is None and a.quality == "modifier" and left <= a.start < head.idx)
    ]


def fallback_targets(ctx: Context, verb: Token, cameo: str = "") -> tuple[list[Argument], str]:
    """Objects of the clause below ("threatened to shell *Iraqi towns*"), a shared object
    of a conjoined verb when the verb has none ("donated and delivered *goods*"), or a
    with/against phrase that is not a clause ("with Sullivan speaking")."""
    resolver = ctx.resolver
    own_object = direct_object(verb)
    # a later conjunct lends its object and phrases only to a verb with no complement of
    # its own ("donated and delivered *tents to Nepal*"): "rescued 40 hostages and killed
    # 12 *smugglers*" did not rescue the smugglers, nor is "did not say ..., but Mali
    # borders *Niger*" said to Niger
    self_contained = own_object is not None or any(
        c.dep_ in ("ccomp", "xcomp") for c in verb.children
    )
    for clause in _governed_clauses(verb, with_conj=True):
        if clause.dep_ == "conj" and self_contained:
            continue
        links: list[Link | None] = [patient_of(clause)]
        recipient = dative_of(clause)
        if recipient is not None:
            links.insert(0, Link(recipient, "dative"))
        # "refused to allow Red Cross trucks to enter": the one (not) let act
        links += [Link(subject, "ccomp.nsubj") for subject in _infinitive_subjects(clause)]
        for link in links:
            if link is not None:
                found = resolver.resolve(link.token, allow_place=False, allow_nationality=True)
                found = _not_origin(found, link.token, cameo) if cameo else found
                if found:
                    return found, f"{clause.dep_}.{link.path}"
        for prep in _FALLBACK_PREPS:
            for token in target_tokens_for_prep(clause, prep):
                found = resolver.resolve(token, allow_place=False, allow_nationality=True)
                if found:
                    return found, f"{clause.dep_}.{prep}"
    obj = own_object
    if obj is not None:
        # "rejected a fresh offer *from* Kabul", "rejected calls *by* Minsk"
        for prep in _OBJECT_AUTHOR_PREPS:
            for token in prep_objects(obj, prep):
                found = resolver.resolve(token, allow_place=False, allow_nationality=True)
                if found:
                    return found, f"dobj.{prep}"
    for clause in verb.children:
        # "demanded that the US cancel ...": the one asked is the reported clause's subject
        if clause.dep_ == "ccomp" and verb.lemma_.lower() not in ctx.grammar.reporting_verbs:
            subject = logical_subject(clause, ctx.grammar)
            if subject is not None and subject.token.lower_ not in ctx.grammar.anaphoric_pronouns:
                found = resolver.resolve(subject.token, allow_place=False)
                if found:
                    return found, "ccomp.nsubj"
    for prep in _OWN_PREPS:
        for token in prep_objects(verb, prep):
            if token.pos_ in ("VERB", "AUX"):
                continue  # "..., *with* Sullivan speaking by phone": a clause, not a party
            # "hacked into the computers *of Korean officers*": whose computers they are
            found = resolver.resolve(
                token, allow_place=False, allow_nationality=prep in _NATIONALITY_PREPS
            )
            if found:
                return found, f"fallback.{prep}"
    return [], ""


def clause_place_targets(ctx: Context, verb: Token) -> tuple[list[Argument], str]:
    """The country of a place named in a clause the verb governs, or in its "when"
    clause: the place an attack or a threat is aimed at."""
    clauses = _governed_clauses(verb, with_conj=False)
    clauses += [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.pos_ == "VERB"
        and any(m.dep_ in ("advmod", "mark") and m.lower_ in _SAME_OCCASION for m in c.children)
    ]
    preps = ctx.grammar.locative_prepositions - {"from", "to"}
    for clause in clauses:
        hosts = [clause]
        obj = direct_object(clause)
        if obj is not None:
            hosts.append(obj)  # "resume attacks in Israel"
        for host in hosts:
            for child in host.children:
                if child.dep_ != "prep" or child.lower_ not in preps:
                    continue
                for token in prep_objects(host, child.lower_):
                    found = ctx.resolver.resolve(token, allow_place=True, allow_nationality=False)
                    if found:
                        return found, f"{clause.dep_}.{child.lower_}"
    return [], ""


def _infinitive_subjects(verb: Token) -> list[Token]:
    """Subjects of infinitive clauses a verb takes as complement ("allow *trucks* to
    enter")."""
    return [
        s
        for c in verb.children
        if c.dep_ == "ccomp" and is_infinitive(c)
        for s in c.children
        if s.dep_ == "nsubj"
    ]


def _governed_clauses(verb: Token, *, with_conj: bool) -> list[Token]:
    deps = ("xcomp", "conj") if with_conj else ("xcomp",)
    return [
        c
        for c in verb.children
        if c.pos_ == "VERB" and (c.dep_ in deps or (c.dep_ == "advcl" and is_infinitive(c)))
    ]
