"""Person names and the titles that go with them.

Three shapes are read: "NAME, a TITLE" and "a TITLE, NAME" (appositions between commas;
in a list of several the alternation decides which title goes with which name) and
"TITLE NAME" ("spokeswoman Mao Ning", "Chinese President Xi Jinping").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from chancery.actors.appositions import apposition_country, possessor_country
from chancery.actors.kb import Entry
from chancery.actors.recognize import Candidate
from chancery.actors.roles import DocIndex, Title, analyze_title, country_words

__all__ = ["PersonName", "person_names"]

_BOUNDARIES = {",", ";", "(", ")", "[", "]", "“", "”", '"', "—", "–", ":", "…", "‘"}
_NAME_TAIL_MAX = 4  # "Wi Sung lac": a lower-case last syllable of a romanised name
_TITLE_GLUE = {"-", "'s", "’s", "ex", "then"}


@dataclass(slots=True)
class PersonName:
    """A person's name in the text, with the title the text gives it, if any."""

    start: int
    end: int
    t_start: int
    t_end: int
    cand: Candidate | None
    title: Title | None = None
    title_tokens: tuple[int, ...] = ()
    gender: str | None = None


def _segments(doc: Doc, sent_start: int, sent_end: int) -> list[list[int]]:
    segs: list[list[int]] = [[]]
    for i in range(sent_start, sent_end):
        if doc[i].text in _BOUNDARIES:
            segs.append([])
        else:
            segs[-1].append(i)
    out = []
    for seg in segs:
        while seg and (doc[seg[0]].pos_ == "CCONJ" or doc[seg[0]].is_punct):
            seg = seg[1:]
        while seg and doc[seg[-1]].is_punct:
            seg = seg[:-1]
        if seg:
            out.append(seg)
    return out


def _is_person(index: DocIndex, cand: Candidate) -> bool:
    if cand.source == "ner" or cand.source == "name":
        return cand.label == "PERSON"
    entry = index.entry_of(cand)
    return entry is not None and entry.kind == "person"


def _name_in(index: DocIndex, seg: list[int]) -> tuple[int, int, Candidate | None] | None:
    """The segment as a name: a person candidate, maybe with a lower-case tail, or bare PROPNs."""
    doc = index.doc
    first, last = seg[0], seg[-1] + 1
    cand = index.cand_at.get(first)
    if (
        cand is not None
        and cand.source == "ner"
        and cand.label != "PERSON"
        and (cand.t_start, cand.t_end) == (first, last)
        and _looks_like_name(doc, first, last)
    ):
        return first, last, None  # the model took a name for an organisation or a place
    if cand is not None and _is_person(index, cand) and cand.t_start == first:
        if cand.t_end == last:
            return first, last, cand
        tail = doc[cand.t_end]
        if (
            cand.t_end + 1 == last
            and tail.is_alpha
            and tail.is_lower
            and len(tail.text) <= _NAME_TAIL_MAX
            and not tail.is_stop
        ):
            return first, last, cand
        return None
    if 2 <= last - first <= 4 and all(
        doc[i].pos_ == "PROPN"
        and doc[i].is_title
        and i not in index.role_at
        and index.cand_at.get(i) is None
        for i in range(first, last)
    ):
        return first, last, None
    return None


def _leading_subject(index: DocIndex, title_seg: list[int], seg: list[int]) -> NameSpan | None:
    """ "Qatar's emir, Sheikh Hamad launched ...": a title opening the sentence before the
    name of the subject, the apposition's closing comma left out. The title is a bare
    noun phrase (no preposition: "From the president, Smith heard" is no title of Smith);
    one capitalised word may stand before the name ("Sheikh")."""
    doc = index.doc
    if any(doc[i].pos_ == "ADP" and doc[i].lower_ != "of" for i in title_seg):
        return None
    for first in seg[:2]:
        cand = index.cand_at.get(first)
        if cand is None or cand.t_start != first or not _is_person(index, cand):
            continue
        if first != seg[0] and not (doc[seg[0]].is_title and doc[seg[0]].pos_ == "PROPN"):
            return None
        root = doc[cand.t_start : cand.t_end].root
        return (cand.t_start, cand.t_end, cand) if root.dep_ == "nsubj" else None
    return None


def _looks_like_name(doc: Doc, first: int, last: int) -> bool:
    return 2 <= last - first <= 4 and all(
        doc[i].pos_ == "PROPN" and doc[i].is_title for i in range(first, last)
    )


def _title_in(index: DocIndex, seg: list[int]) -> Title | None:
    doc = index.doc
    if any(doc[i].pos_ in ("VERB", "AUX") and i not in index.role_at for i in seg):
        return None
    if any((c := index.cand_at.get(i)) is not None and _is_person(index, c) for i in seg):
        return None
    title = analyze_title(index, seg)
    if title is None or title.plural or title.kind != "person":
        return None
    return title


def person_names(index: DocIndex) -> list[PersonName]:
    """Every person name, titled where the text gives a title."""
    doc = index.doc
    names: dict[int, PersonName] = {}
    for sent in doc.sents:
        segs = _segments(doc, sent.start, sent.end)
        found_names = [_name_in(index, seg) for seg in segs]
        titles = [
            None if n else _title_in(index, seg) for n, seg in zip(found_names, segs, strict=True)
        ]
        i = 0
        while i + 1 < len(segs):
            pair = _pair(found_names[i], titles[i], found_names[i + 1], titles[i + 1])
            if pair is None and i == 0 and titles[0] is not None and found_names[1] is None:
                lead = _leading_subject(index, segs[0], segs[1])
                pair = (lead, titles[0], 0) if lead is not None else None
            if pair is None:
                i += 1
                continue
            (s, e, cand), title, title_seg = pair[0], pair[1], segs[i + pair[2]]
            end_char = doc[e - 1].idx + len(doc[e - 1].text)
            names[s] = PersonName(doc[s].idx, end_char, s, e, cand, title, tuple(title_seg))
            i += 2
    for cand in index.candidates:
        if not _is_person(index, cand) or cand.t_start in names:
            continue
        pn = PersonName(cand.start, cand.end, cand.t_start, cand.t_end, cand)
        tokens = _title_before(index, cand.t_start, cand.t_end)
        if tokens:
            pn.title = analyze_title(index, tokens) or _country_only(index, tokens)
            pn.title_tokens = tuple(tokens) if pn.title else ()
        if pn.title is not None and pn.title.country is None:
            after = _of_country(index, cand.t_end)  # "Ex-President Olu Adeyemi of Nigeria"
            if after is not None:
                pn.title.country, pn.title.via = after.country, after
        names[cand.t_start] = pn
    for pn in names.values():
        pn.gender = _gender(doc, pn)
        _country_from_context_words(index, pn)
    return sorted(names.values(), key=lambda p: p.start)


def _country_from_context_words(index: DocIndex, pn: PersonName) -> None:
    """An unknown person whose title says no country: the possessor of the title, an
    apposition or an "of" phrase may (actors/appositions.py)."""
    if pn.cand is not None and index.entry_of(pn.cand) is not None:
        return
    if pn.title is not None and pn.title.country is None:
        owner = possessor_country(index, pn.title, pn.title_tokens)
        if owner is not None:
            pn.title.country = owner
            pn.title.basis = f"{pn.title.basis}; rule:possessor's country"
            return
    if pn.title is not None and pn.title.country is not None:
        return
    found = apposition_country(index, pn.t_start, pn.t_end)
    if found is None:
        return
    if pn.title is not None:
        pn.title.country = found[0]
        pn.title.basis = f"{pn.title.basis}; {found[1]}"
    else:
        pn.title = Title(None, found[0], "person", False, "", False, False, pn.t_start, found[1])


def _country_only(index: DocIndex, tokens: list[int]) -> Title | None:
    """ "Russia's Sergei Lavrov": a country before a name, without a title."""
    country, sector, via = country_words(index, tokens)
    if country is None:
        return None
    return Title(
        sector, country, "person", False, "", False, False, tokens[-1], "rule:possessor", via
    )


def _of_country(index: DocIndex, t_end: int) -> Entry | None:
    doc = index.doc
    if t_end + 1 >= len(doc) or doc[t_end].lower_ != "of":
        return None
    cand = index.cand_at.get(t_end + 1)
    entry = index.entry_of(cand) if cand is not None and cand.t_start == t_end + 1 else None
    return entry if entry is not None and entry.kind == "state" else None


NameSpan = tuple[int, int, Candidate | None]


def _pair(
    name1: NameSpan | None, title1: Title | None, name2: NameSpan | None, title2: Title | None
) -> tuple[NameSpan, Title, int] | None:
    """A name and a title side by side, in either order (the int: which segment is the title)."""
    if name1 is not None and title2 is not None:
        return name1, title2, 1
    if title1 is not None and name2 is not None:
        return name2, title1, 0
    return None


def _title_before(index: DocIndex, t_start: int, t_end: int) -> list[int]:
    """Title words right before a name: "Chinese President", "spokeswoman", "Russia's"."""
    doc = index.doc
    sent_start = doc[t_start].sent.start
    out: list[int] = []
    modifiers: set[int] = set()
    i = t_start - 1
    while i >= sent_start:
        tok = doc[i]
        cand = index.cand_at.get(i)
        if (
            i in index.role_at
            or tok.lower_ in _TITLE_GLUE
            or (cand is not None and cand.source == "kb" and not _is_person(index, cand))
        ):
            out.append(i)
        elif out and _modifies_title(tok, [*out, *range(t_start, t_end)]):
            out.append(i)
            modifiers.add(i)
        elif not out and _portfolio(index, i, sent_start):
            out += [i, i - 1]  # "Minister for Interior X": the role word comes next
            i -= 2
            continue
        else:
            break
        i -= 1
    while out and out[-1] in modifiers:
        out.pop()  # "newly appointed" with no title or country before it says nothing
    return sorted(out)


def _portfolio(index: DocIndex, i: int, sent_start: int) -> bool:
    """ "Justice" in "the Federal Minister for Justice Omar Khan": a capitalised portfolio
    after "for"/"of" and a role word, right before the name."""
    doc = index.doc
    return (
        i - 2 >= sent_start
        and doc[i].is_title
        and doc[i].pos_ in ("PROPN", "NOUN")
        and index.cand_at.get(i) is None
        and doc[i - 1].lower_ in ("for", "of")
        and i - 2 in index.role_at
    )


def _modifies_title(tok: Token, title: list[int]) -> bool:
    """A word between a country and a role ("Nigerian junior foreign minister", "Peruvian
    newly appointed interior minister"): an adjective or adverb on the title's or the name's
    words (the parser often hangs them on the name), or an adverb on such an adjective
    (already in the title: the walk goes right to left). A common noun compounded on the
    title counts too ("EU foreign policy chief", "UN human rights chief"): the walk goes
    on to the organisation or country before it."""
    if tok.pos_ == "NOUN" and tok.dep_ == "compound" and tok.is_lower:
        return tok.head.i in title
    return (
        tok.pos_ in ("ADJ", "ADV", "VERB")
        and tok.dep_ in ("amod", "advmod", "compound")
        and tok.head.i in title
    )


def _gender(doc: Doc, pn: PersonName) -> str | None:
    words: list[Token] = [doc[i] for i in pn.title_tokens]
    if pn.t_start > 0:
        words.append(doc[pn.t_start - 1])
    for tok in words:
        w = tok.lower_.rstrip(".")
        if w in ("ms", "mrs", "madam", "dame", "queen") or w.endswith("woman"):
            return "f"
        if w in ("mr", "sir", "king") or (w.endswith("man") and not w.endswith("woman")):
            return "m"
    return None
