"""Where a party is sent, and what is done there.

- "dispatched inspectors *to* the plant in Iran", "deployed peacekeepers *in* Somalia":
  when a pattern's object is a party sent somewhere, the place it goes to is the target,
  not the party sent (`sent_to`).
- "sent monitors to Chad *to observe* the vote", "sent experts to Bosnia *to study* the
  feasibility of a force": an infinitive purpose clause of a verb of sending acts on the
  destination when it finds no target of its own, or when its object is a prospect
  whose "of" phrase names what does not exist yet ("the feasibility *of a force*"); a
  party it names itself stays its target ("sent troops to Mali *to fight the rebels*",
  "to investigate the conduct *of the army*") (`purpose_destination`). The word lists
  are `sending_verbs` and `prospect_nouns` in `data/clause_rules.yaml`.
"""

from __future__ import annotations

from spacy.tokens import Token

from chancery.events.arguments import Argument, core_tokens
from chancery.events.candidate import Context
from chancery.events.clause_rules import load_clause_rules
from chancery.events.clauses import direct_object, is_infinitive, patient_of, prep_objects
from chancery.events.lexicon import Pattern
from chancery.events.objects import prep_targets

__all__ = ["destination_of", "purpose_destination", "sent_to"]

# Prepositions of the place a sent thing goes to ("sent troops *to* the border").
_DESTINATION_PREPS = ("to", "into", "in")


def sent_to(
    ctx: Context, verb: Token, pattern: Pattern, patient: Token
) -> tuple[list[Argument], str] | None:
    """The destination of a party the pattern's object names ("dispatched *inspectors*
    to the plant in Iran"); None when the object is no party sent ("conducting operations
    in Somalia"). A destination of no known country gives way to a place after it ("to
    the Esfahan plant *in central Iran*")."""
    if patient.lemma_.lower() not in pattern.objects or not ctx.resolver.resolve(patient):
        return None
    destinations = [
        (found, f"destination.{prep}")
        for prep in _DESTINATION_PREPS
        for token in prep_targets(verb, prep)
        if (found := destination_of(ctx, token))
    ]
    destinations.sort(key=lambda d: not any(a.party.country for a in d[0]))
    return destinations[0] if destinations else None


def destination_of(ctx: Context, token: Token) -> list[Argument]:
    """The parties a place of destination names; for one of no known country, the place
    it lies in ("to the camps *in Chad*", "to the Esfahan plant *in central Iran*")."""
    found = ctx.resolver.resolve(token, allow_place=True)
    if any(a.party.country for a in found):
        return found
    for inner in (t for word in core_tokens(token) for t in prep_objects(word, "in")):
        placed = ctx.resolver.resolve(inner, allow_place=True)
        if any(a.party.country for a in placed):
            return placed
    return found


def purpose_destination(
    ctx: Context, verb: Token, found: list[Argument], path: str
) -> tuple[list[Argument], str]:
    """The targets of a purpose clause of a verb of sending: the destination when the
    clause found none of its own or its object is a prospect ("the feasibility of a
    force": `prospect_nouns`); else `found` unchanged."""
    if not (verb.dep_ in ("advcl", "xcomp") and is_infinitive(verb)):
        return found, path
    sender = verb.head
    rules = load_clause_rules()
    if sender.lemma_.lower() not in rules.sending_verbs:
        return found, path
    patient = patient_of(verb)
    prospect = patient is not None and patient.token.lemma_.lower() in rules.prospect_nouns
    if found and not prospect:
        return found, path
    for prep in _DESTINATION_PREPS:
        for token in _destination_tokens(sender, prep, rules.group_nouns):
            destination = destination_of(ctx, token)
            if any(a.party.country for a in destination):
                return destination, f"purpose.destination.{prep}"
    return found, path


def _destination_tokens(sender: Token, prep: str, group_nouns: frozenset[str]) -> list[Token]:
    """Objects of `prep` on the verb of sending or its object, or on the members of a
    group it sends ("sent a team of experts *to Burundi*")."""
    found = prep_targets(sender, prep)
    sent = direct_object(sender)
    if sent is not None and sent.lemma_.lower() in group_nouns:
        for member in prep_objects(sent, "of"):
            found += [t for t in prep_objects(member, prep) if t not in found]
    return found
