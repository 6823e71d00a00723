"""Reported obligations are demands: "X said Y must withdraw its troops" is X demanding
something of Y (CAMEO 10, PLOVER REQUEST), whatever the withdrawal would be coded as.

The trigger is the obligated verb; the source is the reporting verb's subject, the target
the obligated clause's subject. Both must name actors, and different ones: "we must" in
a speaker's own words is a resolve, not a demand.
"""

from __future__ import annotations

from spacy.tokens import Span

from chancery.events.candidate import Candidate, Context
from chancery.events.clauses import logical_subject
from chancery.events.modality import verb_modality
from chancery.model import Sentence

__all__ = ["DEMAND_CODE", "demand_candidates"]

DEMAND_CODE = "100"
_RULE = "grammar.yaml:obligation_auxiliaries"


def demand_candidates(ctx: Context, sentence: Sentence, span: Span) -> list[Candidate]:
    grammar = ctx.grammar
    out: list[Candidate] = []
    for verb in span:
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "ccomp":
            continue
        if not any(
            c.dep_ == "aux" and c.lower_ in grammar.obligation_auxiliaries for c in verb.children
        ):
            continue
        reporter = verb.head
        if reporter.lemma_.lower() not in grammar.reporting_verbs:
            continue
        said_by = logical_subject(reporter, grammar)
        obliged = logical_subject(verb, grammar)
        if said_by is None or obliged is None:
            continue
        sources = ctx.resolver.resolve(said_by.token)
        targets = ctx.resolver.resolve(obliged.token)
        if not sources or not targets:
            continue
        if {a.key for a in sources} & {a.key for a in targets}:
            continue
        modality = verb_modality(reporter, grammar)
        out.append(
            Candidate(
                sentence=sentence,
                kind="verb",
                trigger=verb,
                pattern_id=_RULE,
                cameo=DEMAND_CODE,
                base_confidence=0.6,
                sources=sources,
                targets=targets,
                path=f"reporter.{said_by.path}>obliged.{obliged.path}",
                modality=modality,
                anchors=[verb, reporter],
                tense_token=reporter,
            )
        )
    return out
