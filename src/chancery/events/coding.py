"""Coding a document: run the verb, noun and statement extractors sentence by sentence,
then date, place, de-duplicate and number the events.

`code_document` is the one entry point; `chancery.events.code_events` (the pipeline stage)
and `explain_sentence` both call it, the latter with a trace callback.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from spacy.tokens import Doc

from chancery.events.arguments import ArgumentResolver
from chancery.events.background import background_reason
from chancery.events.candidate import Candidate, Context
from chancery.events.clauses import within_asked_clause
from chancery.events.dating import DocumentTime
from chancery.events.demands import DEMAND_CODE, demand_candidates
from chancery.events.extract import verb_candidates
from chancery.events.grammar import load_eras, load_grammar
from chancery.events.implied import implied_targets, nationality_countries
from chancery.events.intent import intent_code
from chancery.events.lexicon import Lexicon
from chancery.events.light_verbs import defer_to_event_nouns
from chancery.events.location import place_of_event
from chancery.events.modality import is_commissioned
from chancery.events.nouns import noun_candidates
from chancery.events.ontology import Ontology
from chancery.events.statements import load_statement_cues, statement_candidates
from chancery.events.trace import Trace
from chancery.model import (
    Actor,
    Event,
    Party,
    PlaceMention,
    Plover,
    Quote,
    Sentence,
    TimeExpression,
    Trigger,
)

__all__ = ["code_document"]

logger = logging.getLogger(__name__)


def code_document(
    doc: Doc,
    sentences: list[Sentence],
    actors: list[Actor],
    *,
    dates: list[TimeExpression],
    places: list[PlaceMention],
    quotes: list[Quote],
    published: dt.date | None,
    lexicon: Lexicon,
    ontology: Ontology,
    gazetteer: Any = None,
    trace: Trace | None = None,
) -> list[Event]:
    """Every event of the document, in text order, one per (sentence, code, parties)."""
    grammar = load_grammar()
    eras = load_eras()
    resolver = ArgumentResolver(actors, quotes, places, grammar, nationality_countries())
    ctx = Context(doc, resolver, lexicon, grammar, eras, trace)
    time = DocumentTime(doc, sentences, dates, published=published, grammar=grammar, eras=eras)

    candidates: list[Candidate] = []
    sentence_at: dict[int, Sentence] = {}
    for sentence in sentences:
        span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        for token in span:
            sentence_at[token.i] = sentence
        from_verbs, matched = verb_candidates(ctx, sentence, span)
        from_verbs, matched = defer_to_event_nouns(ctx, sentence, from_verbs, matched)
        candidates += from_verbs
        candidates += noun_candidates(ctx, sentence, span, matched)
        candidates += demand_candidates(ctx, sentence, span)
    candidates += statement_candidates(ctx, quotes, sentence_at, load_statement_cues())
    candidates = _drop_background(ctx, candidates)
    candidates.sort(key=lambda c: (c.sentence.index, c.trigger.i))
    # An obligation someone else imposes ("Y must withdraw", X said) is X's demand, not Y's
    # stated intent: such verbs keep their own code (flagged hypothetical), and so does
    # anything inside what a demand asks for ("demanded that Peru's attacks stop").
    demanded = {c.trigger.i for c in candidates if c.cameo == DEMAND_CODE and c.kind == "verb"}

    best: dict[tuple[int, str, frozenset[str], frozenset[str]], Candidate] = {}
    order: list[tuple[int, str, frozenset[str], frozenset[str]]] = []
    for cand in candidates:
        key = cand.key()
        kept = best.get(key)
        if kept is None:
            best[key] = cand
            order.append(key)
            continue
        loser = cand
        if cand.confidence > kept.confidence:
            best[key], loser = cand, kept
        ctx.decide(
            loser.sentence,
            loser.trigger,
            loser.kind,
            "duplicate",
            f"same sentence, code and parties as {best[key].trigger.text!r}",
            rule=loser.rule,
            cameo=loser.cameo,
        )

    events: list[Event] = []
    for key in order:
        cand = best[key]
        event = _event(
            cand,
            f"e{len(events) + 1}",
            ctx,
            time,
            places,
            ontology,
            as_intent=cand.trigger.i not in demanded
            and not within_asked_clause(cand.trigger)
            and not is_commissioned(cand.trigger, grammar),
        )
        if event is None:
            continue
        events.append(event)
        ctx.decide(
            cand.sentence,
            cand.trigger,
            cand.kind,
            "event",
            f"{event.id}: {event.cameo} {event.cameo_label}",
            rule=event.rule,
            cameo=event.cameo,
        )
    logger.debug("coded %d events from %d candidates", len(events), len(candidates))
    return events


def _drop_background(ctx: Context, candidates: list[Candidate]) -> list[Candidate]:
    kept = []
    for cand in candidates:
        reason = background_reason(cand)
        if reason is None:
            kept.append(cand)
            continue
        ctx.decide(
            cand.sentence,
            cand.trigger,
            cand.kind,
            "background",
            reason,
            rule=cand.rule,
            cameo=cand.cameo,
        )
    return kept


def _event(
    cand: Candidate,
    event_id: str,
    ctx: Context,
    time: DocumentTime,
    places: list[PlaceMention],
    ontology: Ontology,
    *,
    as_intent: bool = True,
) -> Event | None:
    try:
        code = ontology.get(cand.cameo)
    except KeyError:
        logger.warning("pattern %s names unknown CAMEO code %s", cand.pattern_id, cand.cameo)
        return None
    rule = cand.rule
    intent = intent_code(code.code, cand.modality, ontology) if as_intent else None
    if intent is not None:
        code = ontology.get(intent[0])
        rule = f"{rule} intent:{intent[1]}"
    grammar = ctx.grammar
    parties = [*cand.sources, *cand.targets]
    historic_party = any(a.party.country in grammar.historic_states for a in parties)
    timing = time.date_event(
        cand.sentence,
        cand.anchors,
        tense_token=cand.tense_token,
        marked_historical=cand.historical_marker or historic_party,
    )
    trigger = cand.trigger
    location = place_of_event(ctx.doc, places, cand.anchors, grammar)
    sources = [_copy(a.party) for a in cand.sources]
    targets = [_copy(a.party) for a in cand.targets] or implied_targets(
        code, sources, location, domestic=cand.home_target
    )
    return Event(
        id=event_id,
        sentence=cand.sentence.index,
        trigger=Trigger(trigger.idx, trigger.idx + len(trigger.text), trigger.text),
        source=sources,
        target=targets,
        cameo=code.code,
        cameo_label=code.label,
        root=code.root,
        quad_class=code.quad_class,
        goldstein=code.goldstein,
        plover=Plover(code.plover_event, code.plover_mode, list(code.plover_context)),
        modality=cand.modality,
        historical=timing.historical,
        date=timing.date,
        location=location,
        confidence=cand.confidence,
        rule=rule,
    )


def _copy(party: Party) -> Party:
    return Party(party.actor, party.country, party.sector, party.code, party.text)
