"""Role phrases: what a title or a noun phrase says about an actor's country and sector.

"the Defense Minister of Russia" -> RUS, MIL; "a former South Korea ambassador to Russia"
-> KOR, ELI (the country after "to" is the host, not the actor's); "Russian troops" -> RUS,
MIL, a group. The words come from the sector vocabulary (actors/data/sectors.csv).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from chancery.actors.kb import Entry, KnowledgeBase, RoleWord
from chancery.actors.recognize import Candidate, RoleMatch
from chancery.model import ActorKind

__all__ = [
    "DocIndex",
    "Title",
    "analyze_title",
    "country_words",
    "entries_at",
    "group_name",
    "is_argument",
    "noun_phrase",
    "role_heads",
]

# After these prepositions a country is someone else's (the host of an ambassador, the
# place of a visit); after "of" it is the role-holder's own ("the president of France").
_OWN_PREPOSITIONS = {"of"}
_BODY_PREPOSITIONS = {"for"}  # own only before an organisation ("spokesman for the ministry")
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "agent", "dative"}


@dataclass(slots=True)
class DocIndex:
    """Per-document lookups shared by the resolution rules."""

    doc: Doc
    kb: KnowledgeBase
    published: dt.date | None
    candidates: list[Candidate]
    roles: list[RoleMatch]
    cand_at: dict[int, Candidate]  # token index -> candidate covering it
    role_at: dict[int, RoleMatch]  # token index -> role word covering it
    dictionary: list[Candidate]  # every knowledge-base match, before overlaps were settled
    dict_at: dict[int, list[Candidate]]  # token index -> dictionary matches over it, longest first

    @classmethod
    def build(
        cls,
        doc: Doc,
        kb: KnowledgeBase,
        published: dt.date | None,
        candidates: list[Candidate],
        roles: list[RoleMatch],
        dictionary: list[Candidate],
    ) -> DocIndex:
        cand_at = {i: c for c in candidates for i in range(c.t_start, c.t_end)}
        role_at = {i: r for r in roles for i in range(r.t_start, r.t_end)}
        dict_at: dict[int, list[Candidate]] = {}
        for c in sorted(dictionary, key=lambda c: -c.length):
            if c.label != "nonactor":
                for i in range(c.t_start, c.t_end):
                    dict_at.setdefault(i, []).append(c)
        return cls(doc, kb, published, candidates, roles, cand_at, role_at, dictionary, dict_at)

    def entry_of(self, cand: Candidate) -> Entry | None:
        alias = cand.alias
        return self.kb.entries.get(alias.entry) if cand.source == "kb" and alias else None


@dataclass(slots=True)
class Title:
    """What a role phrase says: the role's sector and, when the words say it, the country."""

    sector: str | None
    country: str | None
    kind: ActorKind
    plural: bool
    term: str
    former: bool
    then: bool
    head: int  # token index of the role noun
    basis: str
    via: Entry | None = None  # the state or organisation that gave the country
    region: str | None = None  # the region whose official this is ("the Sindh chief minister")


def _head_word(match: RoleMatch, use: str) -> RoleWord | None:
    return next((w for w in match.words if w.use == use), None)


def _syntactic_head(doc: Doc, match: RoleMatch) -> Token:
    inside = range(match.t_start, match.t_end)
    for i in inside:
        if doc[i].head.i not in inside or doc[i].head.i == i:
            return doc[i]
    return doc[match.t_end - 1]


def analyze_title(index: DocIndex, tokens: Iterable[int]) -> Title | None:
    """The role a phrase names, from its role words, modifiers and country words."""
    doc = index.doc
    toks = sorted(set(tokens))
    matches: list[RoleMatch] = []
    for i in toks:
        r = index.role_at.get(i)
        if r is not None and r not in matches:
            matches.append(r)
    heads = [r for r in matches if _head_word(r, "head")]
    if not heads:
        return None
    first_prep = next((i for i in toks if doc[i].pos_ == "ADP"), None)
    before = [r for r in heads if first_prep is None or r.t_start < first_prep]
    head_match = (before or heads)[-1]
    head = _head_word(head_match, "head")
    assert head is not None
    former = then = False
    modifier_sector = None
    for r in matches:
        if r.t_start >= head_match.t_start:
            continue
        mod = _head_word(r, "modifier")
        if mod is None or any(
            doc[i].dep_ == "case" or doc[i].text in ("'s", "’s")
            for i in range(r.t_end, head_match.t_start)
        ):
            continue  # "former President X's government": "former" is the possessor's
        if mod.sector == "ELI":
            if head.kind == "person":  # a former official, not a former government
                former = True
        elif modifier_sector is None:
            modifier_sector = mod.sector
    if modifier_sector is None:
        modifier_sector = _of_modifier(index, matches, head_match)
    then = any(doc[i].lower_ == "then" and i < head_match.t_start for i in toks)
    country, via_sector, via = country_words(index, toks, holders=head.kind != "person")
    sector = "ELI" if former else modifier_sector or via_sector or head.sector
    if head.country:  # peacekeepers are international whoever sends them
        country, sector, via = head.country, head.sector, None
    kind: ActorKind = head.kind or "person"
    if head.plural and kind == "person":
        kind = "group"
    return Title(
        sector,
        country,
        kind,
        head.plural,
        head.term,
        former,
        then,
        _syntactic_head(doc, head_match).i,
        head.basis,
        via,
    )


def _of_modifier(index: DocIndex, matches: list[RoleMatch], head_match: RoleMatch) -> str | None:
    """The sector of a modifier written after the head with "of": "Ministry of Defense" is the
    "Defense Ministry", "Secretary of Defence" the "Defence Secretary" (MIL, not GOV)."""
    after = head_match.t_end
    if after >= len(index.doc) or index.doc[after].lower_ != "of":
        return None
    for r in matches:
        if r.t_start == after + 1:
            mod = _head_word(r, "modifier")
            if mod is not None and mod.sector != "ELI":
                return mod.sector
    return None


def country_words(
    index: DocIndex, toks: list[int], *, holders: bool = False
) -> tuple[str | None, str | None, Entry | None]:
    """The country (and, for an organisation, its sector) the words name before any "to"/"in".

    A word inside an unknown name still counts by the dictionary match under it ("Montenegro"
    in "Montenegro Municipality Association officials"). With `holders`, a known person
    names the country of the body they lead ("the Bush administration", "Assad forces");
    the person is no `via` (the phrase names their government, not them).
    """
    doc = index.doc
    blocked = False
    for i in toks:
        tok = doc[i]
        if tok.pos_ == "ADP" or tok.dep_ == "prep":
            blocked = tok.lower_ not in _OWN_PREPOSITIONS and not (
                tok.lower_ in _BODY_PREPOSITIONS and _names_a_body(index, tok)
            )
            continue
        if blocked:
            continue
        for entry in entries_at(index, i, holders=holders):
            if entry.kind == "person":
                if holders and entry.country is not None:
                    return entry.country, None, None
                continue
            term, _ = entry.at(index.published)
            if term is None:
                continue
            if entry.kind == "state":
                body = _possessed_body(index, i, toks)
                if body is not None:  # "Syria's YPG militia": the body's, not the state's
                    return body[0] or term.country, body[1], body[2] or entry
                return term.country, None, entry
            return term.country, term.sector, entry
    return None, None, None


def _body_at(index: DocIndex, tok: Token) -> tuple[str | None, str | None, Entry | None] | None:
    """(country, sector, entry) of the organisation the noun `tok` names: a non-state entry
    under it, or a role word for a body ("ministry") with no country of its own."""
    # the noun and the words of its name, not its conjuncts ("Colombia's government and the ELN")
    for i in [c.i for c in tok.lefts if c.dep_ in ("compound", "amod")] + [tok.i]:
        for entry in entries_at(index, i):
            if entry.kind in ("state", "person"):
                continue
            term, _ = entry.at(index.published)
            if term is not None:
                return term.country, term.sector, entry
    role = index.role_at.get(tok.i)
    word = _head_word(role, "head") if role is not None else None
    if word is not None and word.kind == "organization" and not word.plural:
        return None, word.sector, None
    return None


def _names_a_body(index: DocIndex, prep: Token) -> bool:
    """ "the spokesperson for Pakistan's Ministry of Foreign Affairs": a "for" phrase naming
    an organisation is the role-holder's own (a state after "for" is a host: "envoy for Syria")."""
    return any(c.dep_ == "pobj" and _body_at(index, c) is not None for c in prep.children)


def _possessed_body(
    index: DocIndex, i: int, toks: list[int]
) -> tuple[str | None, str | None, Entry | None] | None:
    """The organisation a state possesses inside the phrase ("Afghanistan's Taliban insurgency",
    "Pakistan's Ministry of Foreign Affairs"), which speaks for the role-holder."""
    doc = index.doc
    tok = doc[i]
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head  # "South Korea's": the state's last word
    if tok.dep_ != "poss" or tok.head.i not in toks:
        return None
    return _body_at(index, tok.head)


def entries_at(index: DocIndex, i: int, *, holders: bool = False) -> list[Entry]:
    """The knowledge-base entry of the chosen candidate over token i, else of the longest
    dictionary match over it (the candidate may be an unknown name the model found). With
    `holders`, a lone surname the model found is the one person the base knows by it."""
    cand = index.cand_at.get(i)
    entry = index.entry_of(cand) if cand else None
    if entry is not None:
        return [entry]
    if cand is not None and cand.label == "PERSON":
        if holders and cand.t_end - cand.t_start == 1:
            known = index.kb.person_by_surname(index.doc[cand.t_start].text, index.published)
            return [known] if known is not None else []
        return []  # "Chad" in "Chad Evans" is no country
    for c in index.dict_at.get(i, []):
        e = index.entry_of(c)
        if e is not None:
            return [e]
    return []


def group_name(kb: KnowledgeBase, country: str | None, sector: str | None) -> str:
    """How an unnamed group is named: "Chinese government", "rebels"."""
    state = kb.state(country)
    owner = (state.adjective or state.name) if state else country
    label = kb.group_label(sector)
    return f"{owner} {label}" if owner else label


def noun_phrase(doc: Doc, head: Token) -> list[int]:
    """The head's pre-modifiers (with possessors) and its "of" complement, within its sentence."""
    out = {head.i}
    for child in head.lefts:
        if child.dep_ in ("punct", "cc", "relcl", "acl"):
            continue
        out.update(t.i for t in child.subtree)
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in _OWN_PREPOSITIONS:
            out.add(child.i)
            for obj in child.children:
                if obj.dep_ == "pobj":
                    out.update(t.i for t in obj.subtree if t.dep_ not in ("relcl", "acl", "punct"))
    start = head.sent.start
    return sorted(i for i in out if i >= start and i < head.sent.end)


def role_heads(index: DocIndex) -> list[tuple[RoleMatch, Token]]:
    """Role words that head a noun phrase (not "military" in "military parade")."""
    doc = index.doc
    out = []
    for r in index.roles:
        if _head_word(r, "head") is None:
            continue
        tok = _syntactic_head(doc, r)
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if (
            tok.dep_ in ("compound", "amod", "nmod")
            and tok.head.i > tok.i
            and tok.head.pos_ in ("NOUN", "PROPN")
        ):
            # a modifier of another noun: "police station", "government officials"
            continue
        if any(
            index.cand_at.get(i) is not None
            and index.cand_at[i].source == "kb"
            and index.cand_at[i].label == "name"
            for i in range(r.t_start, r.t_end)
        ):
            continue  # inside a known name ("Communist Party of China")
        out.append((r, tok))
    return out


def is_argument(tok: Token) -> bool:
    """A noun that fills a role of a verb (subject, object) rather than a description."""
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
        return False  # "our two parties": the speaker's own, said about no one
    return tok.dep_ in _ARGUMENT_DEPS or tok.dep_ == "ROOT"
