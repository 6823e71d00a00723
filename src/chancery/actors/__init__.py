"""The actor stage: who the article is about, each with a country and a role (sector).

    load_knowledge_base(extra_files) -> KnowledgeBase     (data files, validated, cached)
    find_actors(doc, sentences, published=..., kb=...) -> list[Actor]

The stage recognises names (knowledge-base dictionary + spaCy entities), resolves each to
a country and sector (knowledge base at the publication date, titles, appositions, role
phrases), links later references to earlier actors (surnames, "the North", "the council",
speakers' pronouns) and returns one Actor per real-world actor, ids in order of first
mention. Every Actor says in `basis` which data line or rule gave its code.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
from typing import Any

from chancery.actors.context import fill_from_context
from chancery.actors.coref import resolve_coreference
from chancery.actors.kb import KnowledgeBase
from chancery.actors.loader import load_knowledge_base
from chancery.actors.namesakes import relocate_namesakes
from chancery.actors.recognize import (
    dictionary_matches,
    find_candidates,
    find_role_words,
    matchers_for,
)
from chancery.actors.resolve import Ref, resolve_mentions
from chancery.actors.roles import DocIndex
from chancery.actors.spelling import near_spelling_matches
from chancery.model import Actor, Mention, Sentence, actor_code
from chancery.nlp import text_of

__all__ = ["KnowledgeBase", "find_actors", "load_knowledge_base"]

log = logging.getLogger(__name__)
logging.getLogger(__name__).addHandler(logging.NullHandler())


def find_actors(
    doc: Any, sentences: list[Sentence], *, published: dt.date | None, kb: KnowledgeBase
) -> list[Actor]:
    """Every actor the document names, with its mentions (offsets into `doc.text`)."""
    matchers = matchers_for(kb, doc.vocab)
    roles = find_role_words(doc, matchers, kb)
    dictionary = dictionary_matches(doc, matchers)
    dictionary += near_spelling_matches(doc, kb, dictionary)
    relocate_namesakes(doc, kb, dictionary)
    candidates = find_candidates(doc, matchers, roles, dictionary, kb)
    index = DocIndex.build(doc, kb, published, candidates, roles, dictionary)
    refs = resolve_coreference(index, resolve_mentions(index))
    refs = fill_from_context(index, refs)  # last: a country the text itself gives comes first
    return _assemble(text_of(doc), sentences, refs)


def _assemble(text: str, sentences: list[Sentence], refs: list[Ref]) -> list[Actor]:
    starts = [s.start for s in sentences]
    actors: dict[str, Actor] = {}
    seen: set[tuple[str, int, int]] = set()
    for ref in sorted(refs, key=lambda r: (r.start, -r.end)):
        if (ref.key, ref.start, ref.end) in seen or ref.end <= ref.start:
            continue
        seen.add((ref.key, ref.start, ref.end))
        actor = actors.get(ref.key)
        if actor is None:
            actor = Actor(
                id="",
                name=ref.name,
                kind=ref.kind,
                country=ref.country,
                sector=ref.sector,
                wikidata=ref.wikidata,
                org=ref.org,
                basis=ref.basis,
            )
            actors[ref.key] = actor
        else:
            _fill(actor, ref)
        n = max(0, bisect.bisect_right(starts, ref.start) - 1)
        sentence = sentences[n].index if sentences else 0
        actor.mentions.append(Mention(sentence, ref.start, ref.end, text[ref.start : ref.end]))
    out = sorted(actors.values(), key=lambda a: a.mentions[0].start)
    for n, actor in enumerate(out, start=1):
        actor.id = f"a{n}"
        actor.code = actor_code(actor.country, actor.sector)
    return out


def _fill(actor: Actor, ref: Ref) -> None:
    """A later mention may know what the first did not ("Kim ..., the leader of ...")."""
    changed = False
    if actor.country is None and ref.country is not None:
        actor.country, changed = ref.country, True
    if actor.sector is None and ref.sector is not None:
        actor.sector, changed = ref.sector, True
    if changed:
        actor.basis = ref.basis
    actor.wikidata = actor.wikidata or ref.wikidata
