"""Where the context rule (actors/context.py) may look, and which mentions it must leave.

- a role phrase placed in a first-level region ("police in Tigray region") is placed in
  that region's country, read as the context evidence reads regions (actors/evidence.py);
- a group placed inside a body of many states ("parties within the EU") belongs to none;
- a group marked foreign ("foreign journalists") is another actor than the story's
  "journalists", and keeps no country;
- a group the speaker of a quotation owns ("our soldiers", "we have the most powerful
  military") is the speaker's: it takes the country of the subject of the speech verb in
  its sentence, else none (the story's country is often the speaker's adversary);
- a person titled in a named body the knowledge base does not know ("Mark Lowe, president
  of the Committee for Freedom in Burma") is the body's: only the words that own the body
  ("of the Pakistani army's media wing ...") may give a country, not a place in or after
  the body's name nor the story's country (the body may sit abroad).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from chancery.actors.evidence import REGION_WORDS, region_country
from chancery.actors.kb import INTERNATIONAL, Entry
from chancery.actors.roles import DocIndex, entries_at

if TYPE_CHECKING:  # resolve.py imports context.py, which imports this module
    from chancery.actors.kb import ContextWords
    from chancery.actors.resolve import Ref

__all__ = [
    "IN",
    "in_international_body",
    "named_body_words",
    "own_prepositions",
    "person_words",
    "place_tokens",
    "region_in",
    "split_off",
]

# Prepositions that put a group somewhere (its country if it is local).
IN = {"in", "throughout", "across", "inside"}
WITHIN = {"within"}  # "parties within the EU": inside a body, read only for bodies of states
OWN = {"of"}  # "rebels in the north of Chad": still the place
_FIRST_PERSON_OWNERS = {"our", "my"}
_FIRST_PERSON_SUBJECTS = {"we", "i"}
_HAVING = {"have", "own", "possess"}  # "we have the most powerful military"


def own_prepositions() -> set[str]:
    return OWN


def place_tokens(prep: Token) -> list[int]:
    """The object of a preposition with its modifiers and "of" phrases, not further places."""
    out: list[int] = []
    stack = [c for c in prep.children if c.dep_ == "pobj"]
    while stack:
        tok = stack.pop()
        out.append(tok.i)
        for child in tok.children:
            if child.dep_ in ("relcl", "acl", "appos", "punct"):
                continue
            if child.dep_ == "prep" and child.lower_ not in OWN:
                continue
            stack.append(child)
    return sorted(out)


def region_in(index: DocIndex, place: list[int]) -> tuple[Entry, str] | None:
    """The state of a first-level region named in a place phrase, when the gazetteer puts
    a region of that name in one country only (the same reading as the context evidence)."""
    doc = index.doc
    names = [i for i in place if doc[i].pos_ == "PROPN" and doc[i].is_title]
    if not names or names != list(range(names[0], names[-1] + 1)):
        return None
    for i in names:
        cand = index.cand_at.get(i)
        if i in index.role_at or (
            cand is not None and (cand.source != "ner" or cand.label in ("PERSON", "ORG"))
        ):
            return None  # a name the recogniser read as an actor or a person, not a region
    words = doc[names[0] : names[-1] + 1]
    country = region_country(words) if len(words) <= REGION_WORDS else None
    entry = index.kb.state(country) if country is not None else None
    if entry is None:
        return None
    return entry, f"in {words.text}, a region of"


def marked_foreign(index: DocIndex, ref: Ref, words: ContextWords) -> bool:
    """An unnamed group whose own words mark it foreign ("foreign journalists")."""
    if not ref.key.startswith("group::"):
        return False
    span = index.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    return span is not None and any(
        t.lower_ in words.foreign and t.i not in index.role_at  # "foreign minister" is a role
        for t in span
    )


def in_international_body(index: DocIndex, group: list[Ref]) -> bool:
    """ "political parties within the EU", "lawmakers in the African Union": a group placed
    inside a body of many states belongs to none of them, so the story's country is no
    evidence of its own."""
    for r in group:
        span = index.doc.char_span(r.start, r.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        heads = _enclosing(root)
        for prep in (p for h in heads for p in h.rights if p.i > root.i or h is root):
            if prep.dep_ != "prep" or prep.lower_ not in IN | WITHIN:
                continue
            for i in place_tokens(prep):
                for entry in entries_at(index, i):
                    term, _ = entry.at(index.published)
                    if term is not None and term.country in INTERNATIONAL:
                        return True
    return False


def split_off(
    index: DocIndex, group: list[Ref], refs: list[Ref], words: ContextWords
) -> tuple[list[Ref], dict[int, tuple[Ref, str, str | None]]]:
    """The mentions of one unnamed group the context rule may read, and those it must leave
    apart (by id: the ref, a key suffix, and the speaker's country for a first-person one)."""
    keep: list[Ref] = []
    apart: dict[int, tuple[Ref, str, str | None]] = {}
    for r in group:
        if marked_foreign(index, r, words):
            apart[id(r)] = (r, "foreign", None)
        elif _first_person(index, r):
            apart[id(r)] = (r, "speaker", _speaker_country(index, r, refs))
        else:
            keep.append(r)
    return keep, apart


def _enclosing(root: Token) -> list[Token]:
    """The group's noun and the nouns whose phrase holds it: "member states and political
    parties within the EU" (the parser hangs a shared place phrase on the first conjunct),
    "the forces of member states and parties within the EU" (on the "of" phrase's owner)."""
    heads = [root]
    tok = root
    while True:
        if tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
            tok = tok.head.head
        else:
            return heads
        heads.append(tok)


def _first_person(index: DocIndex, ref: Ref) -> bool:
    """ "our soldiers", "we have the most powerful military": a group the speaker owns."""
    if not ref.key.startswith("group::"):
        return False
    span = index.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if any(c.dep_ == "poss" and c.lower_ in _FIRST_PERSON_OWNERS for c in root.children):
        return True
    if root.dep_ != "dobj" or root.head.lemma_ not in _HAVING:
        return False  # "we urge the police": the object of another verb is not the speaker's
    return any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON_SUBJECTS for c in root.head.children)


def _speaker_country(index: DocIndex, ref: Ref, refs: list[Ref]) -> str | None:
    """The country of the subject of the speech verb the group's clause depends on."""
    from chancery.actors.coref import SPEECH_VERBS  # coref imports resolve, which imports us

    span = index.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return None
    verb: Token | None = span.root
    while verb is not None and verb.lemma_ not in SPEECH_VERBS:
        verb = verb.head if verb.head.i != verb.i else None
    if verb is None:
        return None
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        for r in refs:
            if r.start <= subject.idx < r.end and r.country is not None:
                return r.country
    return None


def person_words(index: DocIndex, ref: Ref) -> set[int]:
    """Another person's name and title ("South African leader F.W. de Klerk"): a nationality
    written on a person marks them as the foreign one, not the story's country."""
    span = index.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return set()
    out = set(range(span.start, span.end))
    root = span.root
    while root.head.i in index.role_at and (
        root.dep_ in ("appos", "compound") or (root.dep_ == "conj" and root.head.i < root.i)
    ):
        # "Niger's ambassador Brah Mohamane": the title heads the name; "the Iranian
        # American journalist and VOA host Masih Alinejad": a title the parser coordinated
        root = root.head
        out.add(root.i)
    for child in root.children:
        if child.i < root.i or child.dep_ == "appos":
            out.update(t.i for t in child.subtree)
    return out


def named_body_words(index: DocIndex, group: list[Ref]) -> set[int] | None:
    """ "Mark Lowe, president of the Committee for Freedom in Burma": a title held in an
    organisation the text names and the knowledge base does not know. The person is the
    body's: a country in or after the body's name says where the body works or what it is
    about, and the story's country says nothing of a body that may sit elsewhere. Only the
    words that own the body count ("of the Pakistani military's media wing ISPR"). None
    when no person of the group holds such a title."""
    doc = index.doc
    for ref in group:
        if ref.kind != "person":
            continue
        for i in person_words(index, ref):
            if i not in index.role_at:
                continue
            for prep in doc[i].children:
                if prep.dep_ != "prep" or prep.lower_ not in ("of", "at"):
                    continue
                for obj in prep.children:
                    cand = index.cand_at.get(obj.i)
                    if cand is not None and cand.source == "ner" and cand.label == "ORG":
                        return _owner_words(obj, range(cand.t_start, cand.t_end))
    return None


def _owner_words(tok: Token, name: range) -> set[int]:
    """The possessors and modifiers of a body's noun outside its name, no place phrases."""
    out: set[int] = set()
    for child in tok.children:
        if child.dep_ in ("prep", "relcl", "acl", "appos", "punct", "cc", "conj"):
            continue
        if child.i not in name:
            out.add(child.i)
        out |= _owner_words(child, name)
    return out
