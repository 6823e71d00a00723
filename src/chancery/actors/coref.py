"""Coreference within one document: later, shorter ways of naming an actor already met.

- surnames and short forms ("Kim" -> Kim Jong Un, when he is in the article);
- "the North"/"the South" where a divided pair's context is clear (actors/data/pairs.csv);
- "the council", "the agency": an organisation named earlier that is referred to so;
- a he/she/they that is the subject of a speech verb: the most recent compatible actor;
- an unnamed office ("South Korea's president") and a named holder of it in the same text;
- phrases naming two actors at once ("the two countries", "both sides", "both Koreas"):
  actors/collectives.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from chancery.actors.collectives import collective_refs
from chancery.actors.kb import normalize
from chancery.actors.ref import unnamed_office
from chancery.actors.resolve import Ref, person_from_entry
from chancery.actors.roles import DocIndex
from chancery.nlp import text_of

__all__ = ["resolve_coreference"]

SPEECH_VERBS = {
    "say",
    "tell",
    "add",
    "state",
    "note",
    "claim",
    "insist",
    "argue",
    "warn",
    "explain",
    "write",
    "announce",
    "stress",
    "deny",
    "reply",
    "respond",
    "answer",
    "declare",
    "remark",
    "caution",
    "emphasize",
    "emphasise",
    "urge",
    "continue",
}
_PRONOUN_WINDOW = 3  # sentences back to look for the speaker
_PRONOUNS = {"he": "m", "she": "f", "they": None}


def resolve_coreference(index: DocIndex, refs: list[Ref]) -> list[Ref]:
    refs = _short_names(index, refs)
    refs = _offices(refs)
    backs = _back_references(index, refs)
    # a back reference takes the words of a countryless role phrase over them ("the court")
    refs = [r for r in refs if not any(_overlap(r, b) for b in backs)]
    refs = refs + _pairs(index, refs) + backs
    refs.sort(key=lambda r: r.start)
    refs = refs + _speakers(index.doc, refs)
    refs.sort(key=lambda r: r.start)
    return sorted(collective_refs(index, refs), key=lambda r: r.start)


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", normalize(text)) if w]


def _contains(whole: list[str], part: list[str]) -> bool:
    n = len(part)
    return 0 < n < len(whole) and any(whole[i : i + n] == part for i in range(len(whole) - n + 1))


def _inherit(ref: Ref, src: Ref, basis: str) -> Ref:
    return replace(
        ref,
        key=src.key,
        name=src.name,
        kind=src.kind,
        country=src.country,
        sector=src.sector,
        basis=basis,
        wikidata=src.wikidata,
        entry=src.entry,
        org=src.org,
        gender=ref.gender or src.gender,
    )


def _short_names(index: DocIndex, refs: list[Ref]) -> list[Ref]:
    """ "Kim" after "Kim Jong Un"; "Song Kim" is someone else (its words are not all in his).
    A surname the article never gives in full ("Putin warned ...") is the one person the
    knowledge base knows by it, when only one fits the publication date."""
    doc = index.doc
    full = [
        r for r in refs if r.kind == "person" and len(_words(text_of(doc)[r.start : r.end])) > 1
    ]
    out = []
    for ref in refs:
        text_words = _words(text_of(doc)[ref.start : ref.end])
        is_short_person = (
            ref.kind == "person" and ref.entry is None and not ref.key.startswith("role:")
        )
        is_ambiguous_state = ref.entry is not None and ref.entry.ambiguous
        if _surname_read_as_organization(text_of(doc), ref, text_words):
            is_short_person = True  # "Does Trump see China as a threat?": NER said ORG
        if not (is_short_person or is_ambiguous_state):
            out.append(ref)
            continue
        matches = [
            f
            for f in full
            if (f.key != ref.key and _contains(_words(f.name), text_words))
            or (f.key != ref.key and _contains(_words(text_of(doc)[f.start : f.end]), text_words))
        ]
        before = [f for f in matches if f.start < ref.start]
        pick = before[-1] if before else (matches[0] if matches else None)
        known = (
            index.kb.person_by_surname(text_words[0], index.published)
            if pick is None and is_short_person and len(text_words) == 1
            else None
        )
        if known is not None and ref.country in (None, known.country):
            out.append(person_from_entry(index, known, ref.start, ref.end, None, ref.gender))
        elif pick is None:
            if ref.kind != "person" or not (len(text_words) == 1 and ref.title is None):
                out.append(ref)  # a lone unknown word ("Druze") is no person we can name
        else:
            out.append(_inherit(ref, pick, f"rule:short name of {pick.name}"))
    return out


def _surname_read_as_organization(text: str, ref: Ref, words: list[str]) -> bool:
    """A single capitalised word the parser took for an organisation name, which may be a
    person's surname (acronyms such as "NATO" are not)."""
    word = text[ref.start : ref.end]
    return (
        ref.kind == "organization"
        and ref.entry is None
        and ref.basis == "rule:organisation name"
        and len(words) == 1
        and not word.isupper()
    )


def _offices(refs: list[Ref]) -> list[Ref]:
    """ "South Korea's president" and "Yoon Suk Yeol, South Korean president": one person
    (the text's own naming of the office-holder wins over the knowledge base's)."""
    holders: dict[tuple[str | None, str], set[str]] = {}
    by_key = {}
    for r in refs:
        if r.kind == "person" and r.title and not unnamed_office(r) and r.sector != "ELI":
            holders.setdefault((r.country, r.title), set()).add(r.key)
            by_key[r.key] = r
    out = []
    for r in refs:
        if unnamed_office(r) and r.title and r.sector != "ELI":
            keys = holders.get((r.country, r.title), set())
            if len(keys) == 1:
                src = by_key[next(iter(keys))]
                out.append(_inherit(r, src, f"rule:holder of the office named ({src.name})"))
                continue
        out.append(r)
    return out


def _free(refs: list[Ref], start: int, end: int) -> bool:
    return not any(r.start < end and start < r.end for r in refs)


def _pairs(index: DocIndex, refs: list[Ref]) -> list[Ref]:
    doc, kb = index.doc, index.kb
    present = {r.country for r in refs if r.kind == "state"}
    out = []
    for pair in {p.phrase for p in kb.pairs}:
        rows = [p for p in kb.pairs if p.phrase == pair and p.context & present]
        if len({p.country for p in rows}) != 1:
            continue  # no context, or two contexts at once: leave it
        entry = kb.state(rows[0].country)
        if entry is None:
            continue
        the, word = pair.split(" ", 1)
        for m in re.finditer(
            rf"\b[{the[0].upper()}{the[0]}]{the[1:]} {re.escape(word)}\b", text_of(doc)
        ):
            span = doc.char_span(m.start(), m.end())
            if span is None or not _free(refs, m.start(), m.end()):
                continue
            after = doc[span.end] if span.end < len(doc) else None
            if after is not None and after.is_title and after.pos_ in ("PROPN", "NOUN"):
                continue  # "the North Atlantic", "the South China Sea"
            out.append(
                Ref(
                    entry.key,
                    entry.name,
                    "state",
                    entry.country,
                    None,
                    f"rule:paired name ({rows[0].basis})",
                    m.start(),
                    m.end(),
                    entry=entry,
                )
            )
    return out


def _back_references(index: DocIndex, refs: list[Ref]) -> list[Ref]:
    """ "the council" after "U.N. Security Council": the latest organisation so called."""
    doc = index.doc
    orgs = [r for r in refs if r.entry is not None and r.entry.refer and r.kind == "organization"]
    out = []
    for tok in doc:
        if tok.lower_ != "the" or tok.i + 1 >= len(doc):
            continue
        for width in (2, 1):
            end = tok.i + 1 + width
            if end > len(doc):
                continue
            words = doc[tok.i + 1 : end]
            if any(not w.is_lower for w in words):
                continue
            if end < len(doc) and doc[end].lower_ == "of":
                continue  # "the council of ministers" names another body
            noun = normalize(words.text)
            earlier = [
                r for r in orgs if r.start < tok.idx and noun in (r.entry.refer if r.entry else ())
            ]
            start, stop = tok.idx, words[-1].idx + len(words[-1].text)
            free = [r for r in refs if r.start < stop and start < r.end]
            if earlier and all(_bare_role(r) for r in free):
                src = earlier[-1]
                out.append(
                    replace(src, start=start, end=stop, basis=f"rule:back reference to {src.name}")
                )
                break
    return out


def _bare_role(ref: Ref) -> bool:
    """An unnamed role-holder whose words gave no country ("the court"): a back reference
    to an organisation named earlier says more."""
    return ref.country is None and ref.basis.startswith("rule:role phrase")


def _overlap(a: Ref, b: Ref) -> bool:
    return a.start < b.end and b.start < a.end


def _speakers(doc: Doc, refs: list[Ref]) -> list[Ref]:
    """ "she said" -> the most recent compatible person before it (within a few sentences)."""
    out = []
    sents = list(doc.sents)
    sent_of = {t.i: n for n, s in enumerate(sents) for t in s}
    for tok in doc:
        if (
            tok.lower_ not in _PRONOUNS
            or tok.dep_ != "nsubj"
            or tok.head.lemma_ not in SPEECH_VERBS
        ):
            continue
        gender = _PRONOUNS[tok.lower_]
        first_sent = sents[max(0, sent_of[tok.i] - _PRONOUN_WINDOW)].start_char
        for r in reversed(refs):
            if r.start >= tok.idx or r.start < first_sent:
                continue
            if tok.lower_ == "they":
                if r.kind in ("group", "organization"):
                    out.append(
                        replace(
                            r,
                            start=tok.idx,
                            end=tok.idx + len(tok.text),
                            basis="rule:speaker pronoun",
                        )
                    )
                    break
                continue
            if r.kind == "person" and (r.gender is None or r.gender == gender):
                out.append(
                    replace(
                        r,
                        start=tok.idx,
                        end=tok.idx + len(tok.text),
                        basis="rule:speaker pronoun",
                        gender=gender,
                    )
                )
                break
    return out
