"""Quotations whose content is an evaluation: the speaker criticises, praises or accuses.

`"That's very much worrisome and frustrating," X said` is X disapproving of what the quote
talks about. The cue is a predicate word from data/statements.csv ("worrisome",
"a provocation") that is not negated; the source is the quote's speaker; the targets are
the actors the quote makes subjects of its clauses ("China and Russia are enablers ..."),
else every actor it names. A quote without a resolved speaker gives nothing.

Verbs inside quotes ("We urge Y to ...") need no special case: the verb extractor reads
them like any other, with "we"/"our" resolved to the speaker.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Token

from chancery.errors import DataFileError
from chancery.events.arguments import Argument, party_of
from chancery.events.candidate import Candidate, Context
from chancery.events.ontology import Ontology
from chancery.events.tables import table_rows
from chancery.model import Modality, Quote, Sentence

__all__ = ["StatementCue", "load_statement_cues", "read_statement_cues", "statement_candidates"]

_HEADER = ("cameo", "lemma", "pos", "confidence", "example")
_PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd", "ROOT"})


@dataclass(frozen=True, slots=True)
class StatementCue:
    id: str  # "statements.csv:12", the provenance
    cameo: str
    lemma: str
    pos: str
    confidence: float


def read_statement_cues(path: Path, ontology: Ontology) -> dict[tuple[str, str], StatementCue]:
    cues: dict[tuple[str, str], StatementCue] = {}
    for where, fields in table_rows(path, _HEADER, label=str(path)):
        cameo, lemma, pos, confidence, _example = fields
        if cameo not in ontology:
            raise DataFileError(where, f"unknown CAMEO code {cameo!r}")
        if not lemma.isalpha() or lemma != lemma.lower():
            raise DataFileError(where, f"lemma {lemma!r} must be one lower-case word")
        if pos not in ("ADJ", "NOUN"):
            raise DataFileError(where, f"pos {pos!r} must be ADJ or NOUN")
        try:
            score = float(confidence)
        except ValueError:
            raise DataFileError(where, f"confidence {confidence!r} is not a number") from None
        if not 0.0 <= score <= 1.0:
            raise DataFileError(where, f"confidence {confidence!r} is outside 0..1")
        if (lemma, pos) in cues:
            raise DataFileError(where, f"{lemma!r} ({pos}) is listed twice")
        cues[(lemma, pos)] = StatementCue(
            f"{path.name}:{where.rsplit(':', 1)[1]}", cameo, lemma, pos, score
        )
    return cues


@lru_cache(maxsize=1)
def load_statement_cues() -> dict[tuple[str, str], StatementCue]:
    from chancery.events.ontology import load_ontology

    path = Path(str(resources.files("chancery.events") / "data" / "statements.csv"))
    return read_statement_cues(path, load_ontology())


def _is_predicate(token: Token) -> bool:
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "worrisome and frustrating"
    if node.dep_ not in _PREDICATE_DEPS:
        return False
    clause = node.head if node.dep_ != "ROOT" else node
    negated = any(c.dep_ == "neg" for c in clause.children) or any(
        c.dep_ == "neg" for c in node.children
    )
    return not negated


def statement_candidates(
    ctx: Context,
    quotes: list[Quote],
    sentence_at: dict[int, Sentence],
    cues: dict[tuple[str, str], StatementCue],
) -> list[Candidate]:
    """`sentence_at` maps a token index to the sentence it belongs to."""
    out: list[Candidate] = []
    resolver = ctx.resolver
    for quote in quotes:
        speaker = resolver.actor(quote.speaker) if quote.speaker else None
        if speaker is None:
            continue
        span = ctx.doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None:
            continue
        for token in span:
            cue = cues.get((token.lemma_.lower(), token.pos_)) or cues.get(
                (token.lower_, token.pos_)
            )
            if cue is None:
                continue
            sentence = sentence_at.get(token.i)
            if sentence is None:
                continue
            if not _is_predicate(token):
                ctx.decide(
                    sentence,
                    token,
                    "statement",
                    "no pattern",
                    "cue word is not a predicate, or negated",
                )
                continue
            source = Argument(
                party_of(speaker, quote.speaker_name or speaker.name),
                "speaker",
                quote.start,
                quote.end,
            )
            targets = _quote_targets(ctx, list(span), speaker.id)
            out.append(
                Candidate(
                    sentence=sentence,
                    kind="statement",
                    trigger=token,
                    pattern_id=cue.id,
                    cameo=cue.cameo,
                    base_confidence=cue.confidence,
                    sources=[source],
                    targets=targets,
                    path="speaker>quote-subjects quote",
                    modality=Modality(),
                    anchors=[token, token.head],
                    tense_token=token.head,
                    penalties=[] if targets else [0.9],
                )
            )
    return out


def _quote_targets(ctx: Context, tokens: list[Token], speaker_id: str) -> list[Argument]:
    resolver = ctx.resolver
    subjects: list[Argument] = []
    named: list[Argument] = []
    for token in tokens:
        if token.lower_ in ctx.grammar.speaker_pronouns:
            continue
        if token.dep_ in ("nsubj", "nsubjpass"):
            subjects += resolver.resolve(token)
        arg = resolver.argument_at(token)
        if arg is not None:
            named.append(arg)
    chosen = subjects or named
    out: list[Argument] = []
    seen = {speaker_id}
    for arg in chosen:
        if arg.key not in seen and arg.quality != "speaker":
            seen.add(arg.key)
            out.append(arg)
    return out
