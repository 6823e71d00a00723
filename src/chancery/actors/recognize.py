"""Recognition: find the spans that may name actors.

Dictionary matches over the knowledge base (a PhraseMatcher on lower case, then case rules:
abbreviations as written, capitalised words capitalised) are merged with spaCy's named
entities. Spans never overlap: longer spans win, and the knowledge base wins a tie.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any, Literal

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from chancery.actors.initials import initials_person
from chancery.actors.kb import Alias, KnowledgeBase, RoleWord, normalize
from chancery.actors.regions import REGION_LABEL, region_end
from chancery.actors.things import name_end, names_a_thing
from chancery.nlp import text_of

__all__ = [
    "Candidate",
    "Matchers",
    "RoleMatch",
    "dictionary_matches",
    "find_candidates",
    "find_role_words",
    "matchers_for",
]

Source = Literal["kb", "ner", "name"]
_NER_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
_REGION_READINGS = {"PERSON", "ORG", "GPE", "FAC"}  # labels the model gives a region's name
_HONORIFICS = {
    "mr",
    "mr.",
    "ms",
    "ms.",
    "mrs",
    "mrs.",
    "dr",
    "dr.",
    "sir",
    "dame",
    "madam",
    "gen.",
    "lt.",
    "col.",
    "sen.",
    "rep.",
    "gov.",
    "pres.",
    "prof.",
}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_PREFIXES = {"pro", "anti", "non", "ex"}
_FORM_RANK = {"name": 0, "abbreviation": 1, "seat": 2, "demonym": 3, "adjective": 4, "nonactor": 5}


@dataclass(slots=True)
class Candidate:
    """A span that may name an actor; `t_start`/`t_end` are the tokens it touches."""

    start: int
    end: int
    t_start: int
    t_end: int
    source: Source
    label: str  # the alias form for "kb", the NER label for "ner", "PERSON" for "name"
    aliases: list[Alias] = field(default_factory=list)

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end

    @property
    def alias(self) -> Alias | None:
        return self.aliases[0] if self.aliases else None


@dataclass(slots=True)
class RoleMatch:
    t_start: int
    t_end: int
    words: list[RoleWord]

    @property
    def word(self) -> RoleWord:
        return self.words[0]


@dataclass(frozen=True, eq=False)
class Matchers:
    aliases: PhraseMatcher
    roles: PhraseMatcher
    by_text: dict[str, list[Alias]]
    tokens_of: dict[str, list[str]]  # alias text -> its tokens, for the case rules


@functools.lru_cache(maxsize=1)
def _tokenizer() -> Any:
    return spacy.blank("en").tokenizer


@functools.lru_cache(maxsize=8)
def matchers_for(kb: KnowledgeBase, vocab: Any) -> Matchers:
    """PhraseMatchers over the knowledge base, built once per (knowledge base, vocabulary)."""
    tokenizer = _tokenizer()
    alias_matcher = PhraseMatcher(vocab, attr="LOWER")
    role_matcher = PhraseMatcher(vocab, attr="LOWER")
    by_text: dict[str, list[Alias]] = {}
    tokens_of: dict[str, list[str]] = {}
    for alias in kb.aliases:
        by_text.setdefault(normalize(alias.text), []).append(alias)
        if alias.text not in tokens_of:
            tokens_of[alias.text] = [t.text for t in tokenizer(alias.text)]
    for key, group in by_text.items():
        group.sort(key=lambda a: _FORM_RANK[a.form])
        texts = dict.fromkeys(a.text for a in group)  # "d'Ivoire" and "d’Ivoire" share a key
        alias_matcher.add(key, [tokenizer(t) for t in texts])
    for key in kb.role_words:
        role_matcher.add(key, [tokenizer(key)])
    for key in kb.nonrole_phrases - kb.role_words.keys():
        role_matcher.add(key, [tokenizer(key)])  # matched only to hide the role word inside
    return Matchers(alias_matcher, role_matcher, by_text, tokens_of)


# --------------------------------------------------------------------------- case rules


def _case_ok(alias: Alias, words: list[str], kb_words: list[str]) -> bool:
    if len(words) != len(kb_words):
        return normalize(" ".join(words)) == normalize(alias.text) and not alias.exact_case
    for got, want in zip(words, kb_words, strict=True):
        if alias.exact_case:
            if got != want:
                return False
        elif len(want) > 1 and want.isupper():
            if not got.isupper():
                return False
        elif want[:1].isupper() and not got[:1].isupper():
            return False
    return True


def _usable(aliases: list[Alias], words: list[str], m: Matchers) -> list[Alias]:
    ok = [a for a in aliases if _case_ok(a, words, m.tokens_of.get(a.text, a.text.split()))]
    return sorted(ok, key=lambda a: _FORM_RANK[a.form])


# --------------------------------------------------------------------------- candidates


def find_role_words(doc: Doc, m: Matchers, kb: KnowledgeBase) -> list[RoleMatch]:
    """Role words in the text, longest first where they overlap ("prime minister" over "minister").

    A listed non-role phrase ("social media") takes its words but is kept as no role word.
    """
    found = [
        RoleMatch(s, e, kb.role_words.get(doc.vocab.strings[k], [])) for k, s, e in m.roles(doc)
    ]
    found.sort(key=lambda r: (-(r.t_end - r.t_start), r.t_start))
    taken: set[int] = set()
    kept = []
    for r in found:
        if taken.isdisjoint(range(r.t_start, r.t_end)):
            if r.words:
                kept.append(r)
            taken.update(range(r.t_start, r.t_end))
    return sorted(kept, key=lambda r: r.t_start)


def dictionary_matches(doc: Doc, m: Matchers) -> list[Candidate]:
    """Every knowledge-base name in the text (they may overlap)."""
    return _kb_matches(doc, m) + _hyphen_matches(doc, m)


def find_candidates(
    doc: Doc, m: Matchers, roles: list[RoleMatch], kb_cands: list[Candidate], kb: KnowledgeBase
) -> list[Candidate]:
    """Non-overlapping actor-name candidates in text order."""
    role_tokens = {i for r in roles for i in range(r.t_start, r.t_end)}
    person_titles = {
        r.t_end - 1
        for r in roles
        if any(w.use == "head" and w.kind == "person" and not w.plural for w in r.words)
    }
    adjective_tokens = {
        i
        for c in kb_cands
        if c.label in ("adjective", "demonym")
        for i in range(c.t_start, c.t_end)
    }
    ner = [
        c
        for c in (_ner_candidate(doc, ent, role_tokens, person_titles, kb) for ent in doc.ents)
        if c is not None and not _modifiers_only(doc, c)
    ]
    known = {i for c in kb_cands for i in range(c.t_start, c.t_end)}
    ner = [initials_person(doc, c, known, role_tokens, kb) or c for c in ner]
    kept_ner = []
    for c in ner:
        if c.label == "nonactor":
            kept_ner.append(c)
            continue
        if c.label != "PERSON" and _covered(doc, c, kb_cands):
            continue  # "the Republic of Korea", "U.S.-North Korea": the dictionary says it better
        content = [i for i in range(c.t_start, c.t_end) if _is_content(doc[i])]
        if (
            c.label != "PERSON"
            and content
            and all(i in role_tokens or i in adjective_tokens for i in content)
        ):
            continue  # "Politburo", "Defense Ministry": a role phrase, read by the role rules
        kept_ner.append(c)
    kb_cands = [c for c in kb_cands if not in_proper_name(doc, c, role_tokens)]
    pool = kb_cands + kept_ner
    pool.sort(key=lambda c: (-c.length, 0 if c.source == "kb" else 1, c.start))
    chosen: list[Candidate] = []
    for c in pool:
        if not any(c.overlaps(o) for o in chosen):
            chosen.append(c)
    return sorted((c for c in chosen if c.label != "nonactor"), key=lambda c: c.start)


_NAMED_WHOLES = frozenset({"LOC", "FAC", "ORG", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT"})


def in_proper_name(doc: Doc, cand: Candidate, role_tokens: set[int]) -> bool:
    """A country named inside another proper name: "the Gulf of Guinea", "the Sea of Japan",
    "the University of Ghana". The "of" hangs on a capitalised noun that is no title
    ("the President of Kenya" names Kenya's president, and Kenya)."""
    root = doc[cand.t_start : cand.t_end].root
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    owner = root.head.head
    return (
        owner.pos_ == "PROPN"
        and owner.is_title
        and owner.i < cand.t_start
        and owner.i not in role_tokens
        # the whole is a named place, body or event, not a person ("Hana Ostrova of Slovakia")
        and owner.ent_type_ in _NAMED_WHOLES
    )


def _kb_matches(doc: Doc, m: Matchers) -> list[Candidate]:
    out = []
    for key, s, e in m.aliases(doc):
        span = doc[s:e]
        aliases = _usable(m.by_text[doc.vocab.strings[key]], [t.text for t in span], m)
        if aliases:
            form = aliases[0].form
            out.append(Candidate(span.start_char, span.end_char, s, e, "kb", form, aliases))
    return out


def _hyphen_matches(doc: Doc, m: Matchers) -> list[Candidate]:
    """Names glued by hyphens inside one token: "U.S.-China", "U.S.-North Korea"."""
    out = []
    for tok in doc:
        if "-" not in tok.text[1:-1] or normalize(tok.text) in m.by_text:
            continue
        offset = 0
        pieces = tok.text.split("-")
        for n, piece in enumerate(pieces):
            start = tok.idx + offset
            offset += len(piece) + 1
            if not piece or (n and pieces[n - 1].lower() in _PREFIXES):
                continue  # "pro-Russian" separatists are not Russian
            options = [(piece, tok.i + 1, start + len(piece))]
            if n == len(pieces) - 1:  # the last piece may go on in the next tokens
                tail_start = tok.idx + len(tok.text)
                for nxt in doc[tok.i + 1 : tok.i + 4]:
                    text = piece + text_of(doc)[tail_start : nxt.idx + len(nxt.text)]
                    options.append((text, nxt.i + 1, nxt.idx + len(nxt.text)))
            for text, t_end, end in reversed(options):
                aliases = _usable(m.by_text.get(normalize(text), []), text.split(), m)
                if aliases:
                    out.append(Candidate(start, end, tok.i, t_end, "kb", aliases[0].form, aliases))
                    break
    return out


def _is_content(tok: Token) -> bool:
    return tok.pos_ not in ("DET", "PUNCT", "CCONJ", "PART", "ADP") and tok.text not in _POSSESSIVE


def _covered(doc: Doc, c: Candidate, kb_cands: list[Candidate]) -> bool:
    inside = [
        k for k in kb_cands if k.start >= c.start and k.end <= c.end and k.label != "nonactor"
    ]
    if not inside:
        return False
    for i in range(c.t_start, c.t_end):
        tok = doc[i]
        if not _is_content(tok):
            continue
        for j, ch in enumerate(tok.text):
            pos = tok.idx + j
            if ch.isalnum() and not any(k.start <= pos < k.end for k in inside):
                return False
    return True


def _modifiers_only(doc: Doc, c: Candidate) -> bool:
    """ "Radical French" in "Radical French farmers": adjectives of a noun after the span,
    not a name (the knowledge base's "French" stays to give the noun its country)."""
    if c.label == "PERSON":
        return False
    span = range(c.t_start, c.t_end)
    return all(
        doc[i].dep_ == "amod" and doc[i].head.i >= c.t_end and doc[i].head.pos_ == "NOUN"
        for i in span
    )


def _ner_candidate(
    doc: Doc, ent: Any, role_tokens: set[int], person_titles: set[int], kb: KnowledgeBase
) -> Candidate | None:
    if ent.label_ not in _NER_LABELS:
        return None
    s, e = ent.start, ent.end
    while e > s and (doc[e - 1].text in _POSSESSIVE or doc[e - 1].is_punct):
        e -= 1
    while s < e and (doc[s].pos_ == "DET" or doc[s].is_punct):
        s += 1
    s = _after_sentence_break(doc, s, e)
    label = ent.label_
    if label in ("PERSON", "ORG"):
        first = s
        while s < e and (doc[s].lower_ in _HONORIFICS or s in role_tokens):
            s += 1
        if label == "ORG" and s > first and _organisation_words(doc, s, e, kb):
            s = first  # "General Statistics Office", "General Motors": the title is the name's
        elif (
            label == "ORG"
            and s > first
            and 1 <= e - s <= 3
            and all(doc[i].pos_ == "PROPN" and doc[i].is_title for i in range(s, e))
        ):
            label = "PERSON"  # "Foreign Minister Wang Yi" read as an organisation
        elif label == "ORG":
            s = first
            if (
                s - 1 in person_titles
                and 2 <= e - s <= 4
                and all(
                    doc[i].pos_ == "PROPN" and doc[i].is_title and i not in role_tokens
                    for i in range(s, e)
                )
            ):
                label = "PERSON"  # "Vice-President Moody Awori": a titled name read as an ORG
    if label == "PERSON":  # "Al-Sharaa's HTS": the person is the possessor
        cut = next((i for i in range(s, e) if doc[i].text in _POSSESSIVE), e)
        e = cut
    if s >= e or any(doc[i].text in (",", ";") for i in range(s, e)):
        return None  # a list read as one name
    if label == "PERSON" and not any(doc[i].text[:1].isupper() for i in range(s, e)):
        return None  # "salami slicing", "hiding in the bush": a lower-case word is no name
    region = region_end(doc, s, e, role_tokens) if label in _REGION_READINGS else None
    if region is not None:  # "Balochistan", "Central Java Province": a place (actors/regions.py)
        span = doc[s:region]
        return Candidate(span.start_char, span.end_char, s, region, "ner", REGION_LABEL)
    if names_a_thing(doc, s, e, label, kb):  # "Dow Jones average": hides the names inside it
        last = name_end(doc, e)
        span = doc[s : last + 1]
        return Candidate(span.start_char, span.end_char, s, last + 1, "ner", "nonactor")
    span = doc[s:e]
    return Candidate(span.start_char, span.end_char, s, e, "ner", label)


def _after_sentence_break(doc: Doc, s: int, e: int) -> int:
    """Where a name starts that the model ran across a full stop: in "his post on X. The
    Taliban ..." the name is "Taliban"; a name does not cross a stop before a capital "The"."""
    for i in range(e - 2, s, -1):
        if doc[i].pos_ == "DET" and doc[i].is_title and doc[i - 1].text.endswith("."):
            return i + 1
    return s


def _organisation_words(doc: Doc, s: int, e: int, kb: KnowledgeBase) -> bool:
    """Words after a title that name an organisation, not a person: a plural proper noun
    ("Motors", "Dynamics") or a word of actors/data/organisation_words.csv ("Office")."""
    words = kb.organisation_words
    return any(doc[i].tag_ == "NNPS" or doc[i].lower_ in words for i in range(s, e))
