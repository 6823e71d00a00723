"""Resolution: each recognised span to one actor reference with country and sector.

Known names take their entry in the knowledge base (a person's role at the publication
date); unknown names take what their own words and titles say; role phrases without a
name ("Russian troops", "South Korea's president") become actors of their own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from chancery.actors.context import located
from chancery.actors.kb import Entry, normalize
from chancery.actors.names import PersonName, person_names
from chancery.actors.namesakes import LOCATIVE
from chancery.actors.owners import inner_country, other_owner, owner_country
from chancery.actors.recognize import Candidate
from chancery.actors.ref import Ref
from chancery.actors.regions import REGION_LABEL, acting_region, title_region
from chancery.actors.residence import residences
from chancery.actors.role_readings import past_office, stance_idiom
from chancery.actors.roles import (
    DocIndex,
    Title,
    analyze_title,
    group_name,
    is_argument,
    noun_phrase,
    role_heads,
)
from chancery.model import ActorKind
from chancery.nlp import text_of

__all__ = ["Ref", "resolve_mentions"]


def resolve_mentions(index: DocIndex) -> list[Ref]:
    refs: list[Ref] = []
    names = person_names(index)
    person_tokens = {i for pn in names for i in range(pn.t_start, pn.t_end)}
    used_roles = {
        index.role_at[i].t_start for pn in names for i in pn.title_tokens if i in index.role_at
    }
    resident: set[int] = set()  # "Bosnian Serbs": a group of Bosnia, not Bosnia and Serbs
    for res in residences(index):
        span = set(range(res.t_start, res.t_end))
        if any(span & set(range(pn.t_start, pn.t_end)) and not _bare_name(pn) for pn in names):
            continue
        resident |= span
        start, end = index.doc[res.t_start].idx, index.doc[res.t_end - 1].idx
        end += len(index.doc[res.t_end - 1].text)
        refs.append(group_ref(index, res.country, "CVL", "group", start, end, res.basis))
    for pn in names:
        if not (_bare_name(pn) and pn.t_start in resident):
            refs.append(_person_ref(index, pn))
    for cand in index.candidates:
        if cand.t_start in person_tokens or cand.t_start in resident:
            continue
        ref = _candidate_ref(index, cand)
        if ref is not None:
            refs.append(ref)
    taken = {
        i
        for c in index.candidates
        for i in range(c.t_start, c.t_end)
        if not (c.source == "kb" and c.label in ("adjective", "demonym"))
    }
    for r, head in role_heads(index):
        if r.t_start in used_roles or head.i in taken or head.i in person_tokens:
            continue
        ref = _role_holder_ref(index, head)
        if ref is not None:
            refs.append(ref)
    return sorted(refs, key=lambda x: x.start)


# --------------------------------------------------------------------------- people


def _bare_name(pn: PersonName) -> bool:
    """Capitalised words read as a name with no title and no known person ("Kenyan
    Somalis"): a people after its state says more."""
    return pn.title is None and (pn.cand is None or pn.cand.source != "kb")


def _person_ref(index: DocIndex, pn: PersonName) -> Ref:
    doc = index.doc
    entry = index.entry_of(pn.cand) if pn.cand else None
    title = pn.title
    text = text_of(doc)[pn.start : pn.end]
    country = title.country if title else None
    sector = title.sector if title else None
    basis = f"rule:title ({title.basis})" if title else "rule:named person"
    if entry is not None:
        return person_from_entry(index, entry, pn.start, pn.end, title, pn.gender)
    key = f"person:{normalize(text)}"
    return Ref(
        key,
        text,
        "person",
        country,
        sector,
        basis,
        pn.start,
        pn.end,
        title=title.term if title else None,
        gender=pn.gender,
    )


def person_from_entry(
    index: DocIndex,
    entry: Entry,
    start: int,
    end: int,
    title: Title | None,
    gender: str | None,
) -> Ref:
    """A mention of a known person, coded by the office held on the publication date."""
    country = title.country if title else None
    sector = title.sector if title else None
    basis = f"rule:title ({title.basis})" if title else "rule:named person"
    term, current = entry.at(index.published)
    if term is not None and current:
        country, sector, basis = term.country, term.sector, term.basis
    elif term is not None:
        country = country or term.country
        if title is None or title.sector is None or not title.then:
            # out of office at publication: a former office-holder unless not yet in one
            ended = (
                term.end is not None and index.published is not None and term.end < index.published
            )
            sector = "ELI" if ended else None
            basis = term.basis
    return Ref(
        entry.key,
        entry.name,
        "person",
        country,
        sector,
        basis,
        start,
        end,
        wikidata=entry.wikidata,
        title=title.term if title else None,
        gender=gender,
        entry=entry,
    )


# --------------------------------------------------------------------------- names


def _root(index: DocIndex, cand: Candidate) -> Token:
    doc = index.doc
    span = range(cand.t_start, cand.t_end)
    for i in span:
        if doc[i].head.i not in span or doc[i].head.i == i:
            return doc[i]
    return doc[cand.t_end - 1]


def _entry_ref(index: DocIndex, entry: Entry, cand: Candidate, basis: str | None = None) -> Ref:
    term, _ = entry.at(index.published)
    country = term.country if term else None
    sector = term.sector if term else None
    return Ref(
        entry.key,
        entry.name,
        entry.kind,
        country,
        sector,
        basis or (term.basis if term else entry.basis),
        cand.start,
        cand.end,
        org=entry.org,
        wikidata=entry.wikidata,
        entry=entry,
    )


def group_ref(
    index: DocIndex,
    country: str | None,
    sector: str | None,
    kind: ActorKind,
    start: int,
    end: int,
    basis: str,
) -> Ref:
    """An unnamed group of a country and role: "Chinese officials" -> the Chinese government."""
    name = group_name(index.kb, country, sector)
    return Ref(
        f"group:{country or ''}:{sector or ''}", name, kind, country, sector, basis, start, end
    )


def _rule_basis(cand: Candidate) -> str | None:
    """The rule that matched a name not written as the data file writes it ("Afganistan")."""
    alias = cand.alias
    return alias.basis if alias is not None and alias.basis.startswith("rule:") else None


def _candidate_ref(index: DocIndex, cand: Candidate) -> Ref | None:
    doc = index.doc
    if cand.label == REGION_LABEL:
        acting = acting_region(doc, cand)
        if acting is None:
            return None  # a region named as a place
        state, basis = acting
        return group_ref(index, state, "GOV", "organization", cand.start, cand.end, basis)
    if cand.source != "kb":
        if cand.label != "ORG":
            return None  # places and nationalities not in the knowledge base are not actors
        text = text_of(doc)[cand.start : cand.end]
        title = analyze_title(index, range(cand.t_start, cand.t_end))
        country, via_sector = inner_country(index, cand)
        owner = owner_country(index, cand) if country is None else None
        if owner is not None:  # "Thailand's People's Empowerment Foundation"
            country = owner[0]
        if title is not None and title.kind == "person" and title.head == cand.t_start:
            title = None  # "General Motors": a title word opening a name is part of the name
        sector = title.sector if title else via_sector
        return Ref(
            f"org:{normalize(text)}" + (f":{owner[0]}" if owner else ""),
            text,
            "organization",
            country,
            sector,
            owner[1] if owner else "rule:organisation name",
            cand.start,
            cand.end,
        )
    entry = index.entry_of(cand)
    if entry is None:
        return None
    form = cand.label
    root = _root(index, cand)
    if form in ("name", "abbreviation"):
        other = other_owner(index, entry, cand)
        if other is not None:
            return other
        return _entry_ref(index, entry, cand, _rule_basis(cand))
    if form == "seat":
        if (
            (root.dep_ == "pobj" and root.head.lower_ in LOCATIVE)
            or (root.dep_ == "dobj" and root.head.lemma_ == "visit")
            or _based_in(doc, cand)
        ):
            return _entry_ref(index, entry, cand, _rule_basis(cand) or "rule:capital as place")
        return group_ref(
            index,
            entry.country,
            "GOV",
            "organization",
            cand.start,
            cand.end,
            f"rule:seat of government ({cand.alias.basis if cand.alias else entry.basis})",
        )
    # adjectives and demonyms: actors only when they stand as nouns ("The Chinese have ...")
    prev = doc[cand.t_start - 1] if cand.t_start > 0 else None
    as_noun = root.pos_ in ("NOUN", "PROPN") or root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    if not as_noun or root.dep_ in ("amod", "compound"):
        return None
    if prev is not None and prev.lower_ == "the":
        return Ref(
            entry.key,
            entry.name,
            "state",
            entry.country,
            None,
            "rule:collective demonym",
            prev.idx,
            cand.end,
            entry=entry,
        )
    if form == "demonym":
        return group_ref(
            index, entry.country, "CVL", "group", cand.start, cand.end, "rule:demonym as people"
        )
    return None


def _based_in(doc: Doc, cand: Candidate) -> bool:
    """ "The Hague-based court", "a Beijing-based analyst": the city is where, not who."""
    after = [t.lower_ for t in doc[cand.t_end : cand.t_end + 2]]
    return after == ["-", "based"] or (
        after[:1] == ["based"] and doc[cand.t_end - 1].whitespace_ == ""
    )


# --------------------------------------------------------------------------- role holders


def _role_holder_ref(index: DocIndex, head: Token) -> Ref | None:
    doc = index.doc
    if stance_idiom(head):
        return None
    phrase = noun_phrase(doc, head)
    title = analyze_title(index, phrase)
    if title is None:
        return None
    while phrase and (doc[phrase[0]].pos_ == "DET" or doc[phrase[0]].is_punct):
        phrase = phrase[1:]
    if not phrase:
        return None
    start = doc[phrase[0]].idx
    end = doc[phrase[-1]].idx + len(doc[phrase[-1]].text)
    basis = f"rule:role phrase ({title.basis})"
    if title.country is None:
        place = located(index, title, phrase)  # "security forces in Guinea"
        if place is not None:
            entry, prep = place
            term, _ = entry.at(index.published)
            title.country = term.country if term else entry.country
            title.via = entry
            basis = f"rule:role phrase {prep} {entry.name} ({title.basis})"
    if title.country is None and title.kind == "person":
        region = title_region(index, phrase, title.head)  # "the Sindh chief minister"
        if region is not None:
            title.country, title.region = region
            basis = f"rule:role phrase of {title.region}, a region of ({title.basis})"
    if title.country is None and (title.kind == "person" or not is_argument(head)):
        return None  # no country and not an argument: nothing worth an actor
    if (
        title.via is not None
        and title.via.kind != "state"
        and title.kind != "person"
        and not title.former
    ):
        return _entry_ref(index, title.via, _span(start, end, phrase), basis)  # "NATO troops"
    if title.kind == "person":
        if not title.former and past_office(head):
            title.former, title.sector = True, "ELI"  # no current holder: "was a prime minister"
        return _office_holder(index, title, start, end, basis)
    return group_ref(index, title.country, title.sector, title.kind, start, end, basis)


def _span(start: int, end: int, phrase: list[int]) -> Candidate:
    return Candidate(start, end, phrase[0], phrase[-1] + 1, "kb", "name")


def _office_holder(index: DocIndex, title: Title, start: int, end: int, basis: str) -> Ref:
    """ "South Korea's president": the person in that office at publication, when known."""
    assert title.country is not None
    if not (title.former or title.then or title.region):
        role = title.term  # a body's office is held under its name ("Taliban leader")
        if title.via is not None and title.via.kind != "state":
            role = f"{title.via.name} {role}"
        holders = index.kb.people_in_role(title.country, role, index.published)
        if len(holders) == 1:
            entry = holders[0]
            term, _ = entry.at(index.published)
            assert term is not None
            return Ref(
                entry.key,
                entry.name,
                "person",
                term.country,
                term.sector,
                f"rule:office holder ({term.basis})",
                start,
                end,
                wikidata=entry.wikidata,
                title=title.term,
                entry=entry,
            )
    via = title.via
    owner = title.region or (via.name if via else title.country)
    label = title.term if not title.former else f"former {title.term}"
    return Ref(
        f"role:{title.country}:{title.sector}:{label}" + (f":{owner}" if title.region else ""),
        f"{label[:1].upper()}{label[1:]} of {owner}",
        "person",
        title.country,
        title.sector,
        basis,
        start,
        end,
        title=title.term,
    )
