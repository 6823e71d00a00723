"""Country from context: for role-holders whose own words name no country.

Two rules, tried after a role phrase's own words (roles.py) and the knowledge base:

1. Place of a role phrase. "Security forces in Guinea", "rebels in the Ivory Coast",
   "students throughout Indonesia": a group of a *local* sector (actors/data/context.csv)
   takes the country of the state or capital named in an "in"/"throughout"/"across"/
   "inside" phrase on its noun. "Activists from the Fatah Party", "diplomats from Japan":
   "from" gives origin, so any sector takes the country (or the organisation) it names.
   Roles served abroad ("ambassador", "envoy") and groups marked foreign ("foreign
   journalists") never take the country they are *in*; "ambassador to Russia" is a host
   (the "to" rule of roles.py) and is not read here.

2. The document's country. A titled person the knowledge base does not know ("President
   Levy Mwanawasa") or an unnamed group of a local sector ("rebels", "the police"; not a
   generic "all parties", "both sides") whose
   country is still empty takes the country the text names most, counting every
   knowledge-base mention of a state (name, adjective, demonym, capital) or of a national
   organisation. Not counted: the actor's own host phrases ("to"/"in"/... phrases on its
   noun or title), the other arguments of the actor's own verb ("Spokeswoman Zhao urged
   Manila ..."), the other side of an "against"/"with" phrase ("sanctions against
   Nigeria"), and another named person's name and title ("welcomed South African leader
   de Klerk": a nationality written on a named person marks the foreign one). The sentence of the actor's first mention decides when it names any
   country: a unique maximum there wins; a tie there is settled by the whole document's
   counts of the tied countries. A sentence that names no country leaves the decision to
   the whole document, whose leader must hold a majority of its country mentions (a long
   article about Turkey and the EU does not make the EU's spokeswoman Turkish). No unique
   maximum (a tie, or no country at all): the country stays empty. Basis "rule:context country (<scope>: <country> xN)".

Why the sentence first: in a long article about several countries the sentence is the
nearest and best evidence; a one-sentence story reads the same either way.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from chancery.actors.context_scope import (
    IN,
    in_international_body,
    named_body_words,
    own_prepositions,
    person_words,
    place_tokens,
    region_in,
    split_off,
)
from chancery.actors.evidence import CountryMention, country_mentions
from chancery.actors.kb import ContextWords, Entry
from chancery.actors.ref import unnamed_office
from chancery.actors.roles import DocIndex, Title, entries_at, group_name

if TYPE_CHECKING:  # resolve.py imports this module
    from chancery.actors.resolve import Ref

__all__ = ["fill_from_context", "located"]

# Prepositions that put a group somewhere (its country if it is local) or give its origin.
_FROM = {"from"}
_ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "dative", "iobj", "attr", "oprd"}
_GENERIC = {"all", "both", "either", "neither", "each", "any"}  # "all parties": the sides


# --------------------------------------------------------------------------- rule 1


def located(index: DocIndex, title: Title, phrase: list[int]) -> tuple[Entry, str] | None:
    """The state or organisation a place phrase on the role noun names, and the preposition."""
    doc = index.doc
    words = index.kb.context
    head = doc[title.head]
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ not in IN | _FROM:
            continue
        if prep.lower_ in IN and not _may_be_local(index, title, phrase, words):
            continue
        for i in place_tokens(prep):
            for entry in entries_at(index, i):
                if entry.kind == "person":
                    continue
                if entry.kind != "state" and prep.lower_ in IN:
                    continue  # "rebels in the Fatah party" is not a place
                term, _ = entry.at(index.published)
                if term is not None and term.country is not None:
                    return entry, prep.lower_
        if prep.lower_ in IN and title.kind != "person":
            region = region_in(index, place_tokens(prep))  # "police in Tigray region"
            if region is not None:
                return region
    return None


def _may_be_local(index: DocIndex, title: Title, phrase: list[int], words: ContextWords) -> bool:
    return (
        title.sector in words.local
        and title.term not in words.abroad
        and not any(index.doc[i].lower_ in words.foreign for i in phrase)
    )


# --------------------------------------------------------------------------- rule 2


def fill_from_context(index: DocIndex, refs: list[Ref]) -> list[Ref]:
    """Refs of eligible actors with no country take the document's context country."""
    words = index.kb.context
    by_key: dict[str, list[Ref]] = {}
    for r in refs:
        by_key.setdefault(r.key, []).append(r)
    evidence = country_mentions(index)
    if not evidence:
        return refs
    changed: dict[int, Ref] = {}
    for whole in by_key.values():
        group, apart = split_off(index, whole, refs, words)
        for r, _, country in apart.values():
            if country is not None:  # "we have the most powerful military", X said
                basis = f"rule:speaker's own group (first person: {country})"
                changed[id(r)] = _with_country(index, r, country, basis)
        found = _context_country(index, refs, group, evidence, words)
        if found is None:
            continue
        country, scope, count = found
        basis = f"rule:context country ({scope}: {country} x{count})"
        for r in group:
            changed[id(r)] = _with_country(index, r, country, basis)
        for r, suffix, speaker in apart.values():
            if speaker is None:  # the rest took the story's country; these are others
                changed[id(r)] = replace(r, key=f"{r.key}:{suffix}")
    return [changed.get(id(r), r) for r in refs]


def _context_country(
    index: DocIndex,
    refs: list[Ref],
    group: list[Ref],
    evidence: list[CountryMention],
    words: ContextWords,
) -> tuple[str, str, int] | None:
    if not group or any(r.country is not None for r in group):
        return None
    if not _eligible(index, group, words) or in_international_body(index, group):
        return None
    body = named_body_words(index, group)
    if body is not None:  # a title in a named body: only the body's own owner words count
        best = _unique_max(Counter(m.country for m in evidence if m.token in body))
        n = sum(1 for m in evidence if m.token in body and m.country == best)
        return (best, "title's body", n) if best is not None else None
    first = min(group, key=lambda r: r.start)
    ignored = set().union(*(_own_phrases(index, r) | _co_arguments(index, r) for r in group))
    for other in refs:
        if other.kind == "person" and other.key != first.key and not unnamed_office(other):
            ignored |= person_words(index, other)
    return (
        _title_body(index, refs, group)
        or _own_words(index, evidence, group)
        or _leader(index, evidence, first, ignored)
    )


def _eligible(index: DocIndex, group: list[Ref], words: ContextWords) -> bool:
    first = min(group, key=lambda r: r.start)
    if first.sector not in words.local or first.entry is not None:
        return False
    if first.kind == "person":
        return first.basis.startswith("rule:title") and first.title not in words.abroad
    if not (first.key.startswith("group::") and first.basis.startswith("rule:role phrase")):
        return False
    span = index.doc.char_span(first.start, first.end, alignment_mode="expand")
    if span is None:
        return False
    for tok in span:
        role = index.role_at.get(tok.i)
        if tok.lower_ in words.foreign or (role is not None and role.word.term in words.abroad):
            return False
    return not any(c.lower_ in _GENERIC for c in span.root.children if c.dep_ in ("det", "predet"))


def _own_phrases(index: DocIndex, ref: Ref) -> set[int]:
    """Tokens of the place phrases on the actor's own noun, title or apposition
    ("ambassador to Russia", "the envoy in Moscow"): a host, not the actor's country."""
    doc = index.doc
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return set()
    root = span.root
    nodes = [root, *(c for c in root.children if c.dep_ == "appos")]
    nodes += [t for t in root.subtree if t.i in index.role_at]
    out: set[int] = set()
    for node in nodes:
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ not in own_prepositions():
                out.update(t.i for t in child.subtree)
    return out


def _co_arguments(index: DocIndex, ref: Ref) -> set[int]:
    """The other arguments of the actor's own verb ("Spokeswoman Zhao urged Manila to ...",
    "rebels attacked Chad"): the other side of what the actor does, not its setting."""
    span = index.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return set()
    root = span.root
    while root.dep_ in ("appos", "compound") and root.head.i != root.i:
        root = root.head
    if root.dep_ not in _ARGUMENTS:
        return set()
    out: set[int] = set()
    for child in root.head.children:
        if child.i != root.i and child.dep_ in _ARGUMENTS and child.pos_ != "ADP":
            out |= _bare_phrase(child)
        elif child.dep_ == "agent":
            out.update(i for c in child.children if c.dep_ == "pobj" for i in _bare(c))
    return out


def _bare_phrase(tok: Token) -> set[int]:
    """A noun with its modifiers, without its own prepositional phrases and clauses
    ("his promise", not "to the Zambian people")."""
    return set(_bare(tok))


def _bare(tok: Token) -> list[int]:
    out = [tok.i]
    for child in tok.children:
        if child.dep_ not in ("prep", "relcl", "acl", "appos", "punct", "cc", "conj"):
            out.extend(_bare(child))
    return out


def _title_body(index: DocIndex, refs: list[Ref], group: list[Ref]) -> tuple[str, str, int] | None:
    """The known body a person's title belongs to, when the text names it:
    "The court's president, Judge Joan Donoghue" after "the International Court of Justice"
    (the back reference makes "The court" the ICJ): she is of the ICJ, not of the story."""
    own: set[int] = set()
    for r in group:
        if r.kind == "person":
            own |= person_words(index, r)
    bodies = set()
    for other in refs:
        if other.kind != "organization" or other.country is None or other.entry is None:
            continue  # a body the knowledge base knows, not a name's own words ("Chinese Studies")
        span = index.doc.char_span(other.start, other.end, alignment_mode="expand")
        if span is not None and own & set(range(span.start, span.end)):
            bodies.add(other.country)
    if len(bodies) != 1:
        return None
    return bodies.pop(), "title of a named body", 1


def _own_words(
    index: DocIndex, evidence: list[CountryMention], group: list[Ref]
) -> tuple[str, str, int] | None:
    """A country the actor's own name and title words name through a region the knowledge
    base does not know ("Doug Ford, Ontario's provincial leader", "Central Java Governor
    Ganjar Pranowo"): the actor's own words beat the rest of the text."""
    own: set[int] = set()
    for r in group:
        if r.kind == "person":
            own |= person_words(index, r)
        else:
            span = index.doc.char_span(r.start, r.end, alignment_mode="expand")
            own |= set(range(span.start, span.end)) if span is not None else set()
    best = _unique_max(Counter(m.country for m in evidence if m.token in own))
    if best is None:
        return None
    return best, "own words", sum(1 for m in evidence if m.token in own and m.country == best)


def _leader(
    index: DocIndex, evidence: list[CountryMention], first: Ref, hosts: set[int]
) -> tuple[str, str, int] | None:
    doc = index.doc
    span = doc.char_span(first.start, first.end, alignment_mode="expand")
    sentence = span.sent.start if span is not None else 0
    usable = [m for m in evidence if m.token not in hosts]
    document = Counter(m.country for m in usable)
    here = Counter(m.country for m in usable if m.sentence == sentence)
    if here:
        best = _unique_max(here)
        if best is not None:
            return best, "sentence", here[best]
        top = max(here.values())
        tied = {c: document[c] for c, n in here.items() if n == top}
        best = _unique_max(Counter(tied))
        return (best, "document", document[best]) if best is not None else None
    best = _unique_max(document)
    if best is None or 2 * document[best] <= sum(document.values()):
        return None  # the document's leader must hold a majority of its country mentions
    return best, "document", document[best]


def _unique_max(counts: Counter[str]) -> str | None:
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _with_country(index: DocIndex, ref: Ref, country: str, basis: str) -> Ref:
    if ref.kind == "person":
        return replace(ref, country=country, basis=basis)
    return replace(
        ref,
        key=f"group:{country}:{ref.sector or ''}",
        name=group_name(index.kb, country, ref.sector),
        country=country,
        basis=basis,
    )
