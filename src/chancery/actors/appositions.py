"""A country for an unknown person from the words around the name, when no title gives one.

- a national adjective on the noun in apposition: "a Russian blogger, NAME", "NAME, an
  Iranian American journalist" (an adjective, not a country name: "a Russia expert" is no
  Russian);
- the state where the apposition's noun is placed: "NAME, a professor at Leiden University
  in the Netherlands", "NAME, a refugee from Syria" (not "a critic of Syria");
- a national adjective on the body the name belongs to: "NAME of the Dutch think tank X";
- the country of a title in apposition: "the spokesperson for Pakistan's Ministry of Foreign
  Affairs, Ambassador NAME";
- the person whose title it is: "Zelenskyy's chief of staff NAME" (a known person's
  country; their aide serves the same state).
"""

from __future__ import annotations

from spacy.tokens import Token

from chancery.actors.recognize import Candidate
from chancery.actors.roles import DocIndex, Title, analyze_title

__all__ = ["apposition_country", "possessor_country"]

_PLACING = {"at", "in", "from", "with"}  # "a professor at ... in the Netherlands"
_POSSESSIVE = {"'s", "’s"}


def apposition_country(index: DocIndex, t_start: int, t_end: int) -> tuple[str, str] | None:
    """(country, basis) the apposition or "of" phrase of the name doc[t_start:t_end] gives."""
    doc = index.doc
    root = doc[t_start:t_end].root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < t_start:
        nouns.append(root.head)
    for noun in nouns:
        found = (
            _adjective_country(index, noun)
            or _title_country(index, noun, t_start, t_end)
            or _placed_in(index, noun, depth=2)
        )
        if found:
            return found
    for prep in root.children:  # "NAME of the Dutch think tank"
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                    found = _adjective_country(index, obj)
                    if found:
                        return found
    return None


def _adjective_country(index: DocIndex, noun: Token) -> tuple[str, str] | None:
    for child in noun.children:
        if child.i > noun.i or child.dep_ not in ("amod", "compound", "nmod"):
            continue
        for cand in index.dict_at.get(child.i, []):
            if cand.label not in ("adjective", "demonym"):
                continue
            state = _state_of(index, cand)
            if state is not None:
                return state, f"rule:apposition ({cand.alias.basis if cand.alias else ''})"
    return None


def _title_country(
    index: DocIndex, noun: Token, t_start: int, t_end: int
) -> tuple[str, str] | None:
    """ "the spokesperson for Pakistan's Ministry of Foreign Affairs, Ambassador NAME": the
    apposition is a title of its own, whose country is the person's."""
    toks = [
        t.i for t in noun.subtree if not t_start <= t.i < t_end and t.dep_ not in ("relcl", "acl")
    ]
    title = analyze_title(index, toks)
    if title is None or title.kind != "person" or title.plural or title.country is None:
        return None
    return title.country, f"rule:apposition title ({title.basis})"


def _placed_in(index: DocIndex, noun: Token, depth: int) -> tuple[str, str] | None:
    """A state named by "at/in/from" phrases under the noun, at most `depth` phrases down."""
    if depth == 0:
        return None
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in _PLACING:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            cand = index.cand_at.get(obj.i)
            if cand is not None and cand.source == "kb" and cand.label in ("name", "abbreviation"):
                state = _state_of(index, cand)
                if state is not None:
                    basis = cand.alias.basis if cand.alias else ""
                    return state, f"rule:apposition place ({basis})"
            found = _placed_in(index, obj, depth - 1)
            if found:
                return found
    return None


def _state_of(index: DocIndex, cand: Candidate) -> str | None:
    entry = index.entry_of(cand)
    if entry is None and cand.alias is not None:
        entry = index.kb.entries.get(cand.alias.entry)
    if entry is None or entry.kind != "state":
        return None
    term, _ = entry.at(index.published)
    return term.country if term is not None else entry.country


def possessor_country(index: DocIndex, title: Title, title_tokens: tuple[int, ...]) -> str | None:
    """ "Zelenskyy's chief of staff": the known person before the title's "'s"."""
    doc = index.doc
    if not title_tokens or doc[title_tokens[0]].text not in _POSSESSIVE or title_tokens[0] == 0:
        return None
    cand = index.cand_at.get(title_tokens[0] - 1)
    if cand is None:
        return None
    entry = index.entry_of(cand)
    if entry is None and cand.t_end - cand.t_start == 1:
        entry = index.kb.person_by_surname(doc[cand.t_start].text, index.published)
    if entry is None or entry.kind != "person":
        return None
    term, _ = entry.at(index.published)
    return term.country if term is not None else entry.country
