"""Candidates that are no news event of their parties, dropped before coding.

- A relative clause that says who a generic group is ("*Syrians who resisted* the
  regime", "*people who worked* with him for decades") or what an organisation does as a
  rule ("the command, *which oversees* military operations") is background: no event,
  unless the clause carries a date of its own ("rebels who attacked the base *on Monday*").
- A trip of private travellers ("Chinese *tourists* visited Vietnam") is no state visit:
  CAMEO 042/043 need an official party as visitor.
- An act someone relies on someone else to do ("Ankara is *looking to* Trump *to veto*
  the bill") is at most a hope of the relier, no act of anyone's.
"""

from __future__ import annotations

from spacy.tokens import Token

from chancery.events.candidate import Candidate
from chancery.events.clause_rules import load_clause_rules
from chancery.events.clauses import prep_objects
from chancery.events.modality import clause_chain

__all__ = ["background_reason"]

# Entity labels that date a clause; a duration ("for decades") does not.
_DATE_LABELS = frozenset({"DATE", "TIME"})
_DURATION_PREPS = frozenset({"for", "over", "throughout"})
_VISIT_CODES = ("042", "043")
# Dependencies that tie a modifier to the noun it describes ("*German* tourists").
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "nummod"})
# Relative clauses in the simple present: what the head does as a rule.
_HABITUAL_TAGS = frozenset({"VBZ", "VBP"})


def background_reason(cand: Candidate) -> str | None:
    """Why the candidate is no event of its parties, or None when it is one."""
    clause = _clause_of(cand.trigger) if cand.kind != "statement" else None
    if clause is not None:
        reason = _descriptive_relative(clause)
        if reason:
            return reason
        if _relies_on_another(clause):
            return "an act hoped for from someone else ('looking to X to ...')"
    if cand.cameo.startswith(_VISIT_CODES):
        parties = cand.sources if cand.cameo.startswith("042") else cand.targets
        if any(_is_private_traveller(cand, a.start) for a in parties):
            return "private travellers' trip, no state visit"
    return None


def _clause_of(trigger: Token) -> Token | None:
    """The verb of the clause the trigger belongs to (itself for a verb)."""
    node = trigger
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _descriptive_relative(verb: Token) -> str | None:
    if verb.dep_ != "relcl":
        return None
    if _dated(verb):
        return None
    head = verb.head
    if _is_generic_group(head):
        return f"relative clause describing a generic group ({head.text!r})"
    has_aux = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if verb.tag_ in _HABITUAL_TAGS and not has_aux:
        return f"simple-present relative clause describing {head.text!r}"
    return None


def _is_generic_group(head: Token) -> bool:
    if head.lemma_.lower() in load_clause_rules().generic_group_nouns:
        return True
    # "Syrians", "Afghans": a nationality noun in the plural names a people
    return head.ent_type_ == "NORP" and head.tag_ in ("NNS", "NNPS")


def _dated(verb: Token) -> bool:
    """Whether the clause names when it happened (not merely how long: "for years")."""
    for token in verb.subtree:
        if token.ent_type_ not in _DATE_LABELS or token.i == verb.head.i:
            continue
        prep = next((a for a in token.ancestors if a.dep_ == "prep"), None)
        if prep is not None and prep.lower_ in _DURATION_PREPS:
            continue
        return True
    return False


def _relies_on_another(verb: Token) -> bool:
    """ "is looking *to Trump* to veto", "counts *on Washington* to deliver": the verb's
    chain passes a verb of reliance that names someone else to do the act."""
    expecting = load_clause_rules().expectation_verbs
    for governor in clause_chain(verb)[1:]:
        if governor.lemma_.lower() not in expecting:
            continue
        if any(prep_objects(governor, p) for p in ("to", "on", "upon")):
            return True
    # spaCy hangs the infinitive as an adverbial clause, outside the control chain
    head = verb.head
    return (
        verb.dep_ == "advcl"
        and head.lemma_.lower() in expecting
        and any(prep_objects(head, p) for p in ("to", "on", "upon"))
    )


def _is_private_traveller(cand: Candidate, start: int) -> bool:
    doc = cand.trigger.doc
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    token = span[0]
    while token.dep_ in _MODIFIER_DEPS and token.head.i != token.i:
        token = token.head
    travellers = load_clause_rules().private_traveller_nouns
    return token.lemma_.lower() in travellers
