"""Events triggered by verbs: match the lexicon on each verb, then read its parties.

For each verb of a sentence:

1. control verbs with an infinitive complement and no direct object ("tried to", "plans
   to", "began to") are transparent: they pass their subject down and lend their mood to
   the verb below; with a direct object ("began a hunger strike to demand ...") the verb
   is an event and its infinitive a purpose clause, coded in its own right;
2. the verb's lexicon patterns are tried, most specific first: particle ("set *up*"),
   target preposition ("meet *with*"), object lemmas ("impose *sanctions*"), negation;
3. a verb whose clause is the content of another coded verb ("threatened to impose",
   "agreed to set up", "denied that it attacked") gives no event of its own: the
   governing verb's event stands for it (reporting verbs such as "say" never govern);
4. the source is the logical subject (the "by" agent of a passive), inherited through
   control, coordination and relative clauses; the target is the pattern's prepositional
   object, else the recipient or direct object (the passive subject), else the objects
   of the clause it governs ("threatened to cut off electricity *to Nakhichevan*");
5. no source actor, no event;
6. a refusal with no target whose refused action is a concession of domestic politics
   ("declined to resign", "refused to lift the curfew") is aimed at its source's own
   country, as the concession itself would be (`implied`);
7. a statement verb whose object is a text with a coded participle clause ("issued a
   declaration *demanding* ...") gives no event of its own: the participle's stands;
8. a visit whose traveller is an armed force ("NATO troops arrived in Estonia") is the
   force's deployment (`forces`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from chancery.events.arguments import Argument
from chancery.events.candidate import Candidate, Context, argument_factor
from chancery.events.clause_rules import load_clause_rules
from chancery.events.clauses import (
    Link,
    direct_object,
    governors,
    is_infinitive,
    is_passive,
    logical_subject,
    particles,
    patient_of,
    prep_objects,
    reporting_subject,
)
from chancery.events.departures import leaving_body_code
from chancery.events.forces import force_trip
from chancery.events.implied import home_country, is_domestic_concession
from chancery.events.intent import intent_code
from chancery.events.lexicon import Pattern
from chancery.events.modality import clause_chain, verb_modality
from chancery.events.objects import match_pattern
from chancery.events.ontology import load_ontology
from chancery.events.reporter_agency import reporter_is_agent
from chancery.events.senses import other_sense
from chancery.events.targets import target_tokens_for_prep, targets_of
from chancery.events.threats import (
    condition_head,
    preparation_posture,
    refine_threat,
    warning_threat,
)
from chancery.events.topics import is_topic_path, without_statement_content
from chancery.model import Modality, Party, Sentence

__all__ = ["match_verb", "verb_candidates"]


def match_verb(verb: Token, patterns: list[Pattern], *, negated: bool) -> Pattern | None:
    """The most specific pattern whose constraints the verb's clause meets."""
    verb_particles = particles(verb)
    obj = patient_of(verb)
    obj_lemmas = _object_lemmas(obj.token) if obj is not None else set()
    for pattern in patterns:
        if pattern.particle:
            if pattern.particle not in verb_particles:
                continue
        elif verb_particles:
            continue  # "call off" is not "call"
        if pattern.prep and not target_tokens_for_prep(verb, pattern.prep):
            continue
        if pattern.objects and not obj_lemmas & pattern.objects:
            continue
        if pattern.negated_only and not negated:
            continue
        return pattern
    return None


def _object_lemmas(obj: Token) -> set[str]:
    """The object's lemma and, for a noun of movement, its "of" object's: "allow the
    return *of inspectors*" allows inspectors."""
    lemmas = {obj.lemma_.lower()}
    if obj.lemma_.lower() in load_clause_rules().transparent_object_nouns:
        lemmas.update(t.lemma_.lower() for t in prep_objects(obj, "of"))
    return lemmas


def _has_infinitive_complement(verb: Token) -> bool:
    return any(c.dep_ == "xcomp" or (c.dep_ == "advcl" and is_infinitive(c)) for c in verb.children)


def verb_candidates(
    ctx: Context, sentence: Sentence, span: Span
) -> tuple[list[Candidate], set[int]]:
    """Candidates from the verbs of one sentence, and the indices of every verb a pattern
    matched (whether or not it found a source): their objects are their content."""
    grammar = ctx.grammar
    verbs = [t for t in span if t.pos_ == "VERB"]
    matched: dict[int, Pattern | None] = {}
    other_senses: set[int] = set()
    for verb in verbs:
        negated = verb_modality(verb, grammar).negated
        pattern = match_pattern(verb, ctx.lexicon.for_verb(verb.lemma_.lower()), negated=negated)
        sense = other_sense(verb, "verb", pattern) if pattern is not None else None
        if sense is not None:
            # "charging 25% more for power" is a price, not an arrest: no event, and no
            # coded governor for the words below it either
            ctx.decide(sentence, verb, "verb", "other sense", f"used in another sense ({sense})")
            other_senses.add(verb.i)
            pattern = None
        matched[verb.i] = pattern

    ontology = load_ontology()
    out: list[Candidate] = []
    for verb in verbs:
        if _is_transparent(verb, matched, ctx):
            ctx.decide(
                sentence,
                verb,
                "verb",
                "transparent",
                "control verb: its complement carries the event",
            )
            continue
        lemma = verb.lemma_.lower()
        pattern = matched[verb.i]
        if pattern is None and verb.i in other_senses:
            continue
        if pattern is None:
            detail = (
                f"patterns for {lemma!r} exist but their constraints do not hold"
                if ctx.lexicon.for_verb(lemma)
                else f"no lexicon entry for {lemma!r}"
            )
            ctx.decide(sentence, verb, "verb", "no pattern", detail)
            continue
        conditioned = condition_head(verb)
        if conditioned is not None and _is_coded(conditioned, matched, ctx):
            ctx.decide(
                sentence,
                verb,
                "verb",
                "governed",
                f"in the condition of {conditioned.text!r}, which is coded",
                rule=pattern.id,
                cameo=pattern.cameo,
            )
            continue
        if pattern.cameo.startswith("01") and _issues_coded_text(verb, matched):
            ctx.decide(
                sentence,
                verb,
                "verb",
                "governed",
                "its object's participle clause is coded and speaks for it",
                rule=pattern.id,
                cameo=pattern.cameo,
            )
            continue
        governor = _coding_governor(verb, matched, ctx)
        if governor is not None:
            ctx.decide(
                sentence,
                verb,
                "verb",
                "governed",
                f"content of {governor.text!r}, which is coded itself",
                rule=pattern.id,
                cameo=pattern.cameo,
            )
            continue
        candidate = _build(ctx, sentence, verb, pattern, matched)
        if candidate is not None:
            warning_threat(ctx, candidate, matched, ontology)
            preparation_posture(candidate)
            force_trip(ctx, candidate)
            refine_threat(ctx, candidate, ontology)
            out.append(candidate)
    return out, {i for i, p in matched.items() if p is not None}


def _is_transparent(verb: Token, matched: dict[int, Pattern | None], ctx: Context) -> bool:
    """A control verb with an infinitive ("tried to"), or a verb of commitment whose
    promised action is coded itself ("swore to fight": a stated future fight)."""
    lemma = verb.lemma_.lower()
    if lemma in ctx.grammar.control_verbs:
        # "began *to shell*" passes its subject down; "began *a hunger strike* to demand
        # ..." is an event of its own, whose infinitive says what it is for.
        return direct_object(verb) is None and _has_infinitive_complement(verb)
    if lemma in load_clause_rules().commissive_verbs:
        return any(
            _has_stated_code(c, matched.get(c.i), ctx)
            for c in verb.children
            if c.dep_ == "xcomp" or (c.dep_ == "advcl" and is_infinitive(c))
        )
    return False


def _has_stated_code(action: Token, pattern: Pattern | None, ctx: Context) -> bool:
    """Whether a promised action has its own intent, threat or refusal code ("vowed to
    attack" is 138): if not ("pledged to deploy troops"), the promise codes itself."""
    if pattern is None:
        return False
    negated = any(c.dep_ == "neg" for c in action.children)
    stated = Modality(future=True, negated=negated)
    return intent_code(pattern.cameo, stated, load_ontology()) is not None


def _is_coded(verb: Token, matched: dict[int, Pattern | None], ctx: Context) -> bool:
    """Whether the verb or one of its governors codes an event (for a condition clause)."""
    if matched.get(verb.i) is not None:
        return True
    return _coding_governor(verb, matched, ctx) is not None


def _coding_governor(verb: Token, matched: dict[int, Pattern | None], ctx: Context) -> Token | None:
    grammar = ctx.grammar
    for below, governor in zip([verb, *governors(verb)], governors(verb), strict=False):
        lemma = governor.lemma_.lower()
        if lemma in grammar.reporting_verbs:
            continue
        if _is_purpose_clause(below, governor, ctx):
            break  # "began a hunger strike *to demand* ...": the demand is an event too
        if _is_transparent(governor, matched, ctx):
            continue
        if matched.get(governor.i) is not None:
            return governor
    return None


def _is_purpose_clause(clause: Token, governor: Token, ctx: Context) -> bool:
    """Whether an infinitive under a control verb that has a direct object says what the
    verb's act is for ("started a strike *to press* for ...") rather than being the act."""
    return (
        governor.lemma_.lower() in ctx.grammar.control_verbs
        and is_infinitive(clause)
        and clause.dep_ in ("xcomp", "advcl")
        and direct_object(governor) is not None
    )


def _issues_coded_text(verb: Token, matched: dict[int, Pattern | None]) -> bool:
    """ "issued a statement *condemning* ...", the participle being coded."""
    obj = direct_object(verb)
    if obj is None or obj.lemma_.lower() not in load_clause_rules().document_nouns:
        return False
    return any(
        c.dep_ == "acl" and c.tag_ == "VBG" and matched.get(c.i) is not None for c in obj.children
    )


def _refused_concession_target(
    verb: Token, matched: dict[int, Pattern | None], sources: list[Argument]
) -> list[Argument]:
    """For a refusal ("declined to resign"), the source's own country when the refused
    action is a domestic concession; else nothing."""
    refused = [
        c for c in verb.children if c.dep_ == "xcomp" or (c.dep_ == "advcl" and is_infinitive(c))
    ]
    if not any(
        (p := matched.get(c.i)) is not None and is_domestic_concession(p.cameo) for c in refused
    ):
        return []
    country = home_country([a.party for a in sources])
    if country is None:
        return []
    first = sources[0]
    party = Party(None, country, None, country, first.party.text)
    return [Argument(party, "modifier", first.start, first.end)]


def _build(
    ctx: Context,
    sentence: Sentence,
    verb: Token,
    pattern: Pattern,
    matched: dict[int, Pattern | None],
) -> Candidate | None:
    grammar, resolver = ctx.grammar, ctx.resolver
    subject = logical_subject(verb, grammar)
    # "Afghan guerillas blew up ...": a subject naming no actor but a nationality is a
    # party of that country.
    sources: list[Argument] = (
        resolver.resolve(subject.token, allow_nationality=True) if subject else []
    )
    source_path = subject.path if subject else ""
    if not sources and (subject is None or subject.token.lower_ in grammar.anaphoric_pronouns):
        reporter = reporting_subject(verb, grammar)
        if reporter is not None:
            sources = resolver.resolve(reporter.token)
            source_path = f"ccomp.pronoun.{reporter.path}"
            # "five people were killed, the lawmaker said": an agentless passive names no
            # doer; only an authority reporting its own kind of act is one.
            passive = subject is None and is_passive(verb)
            if passive and sources and not reporter_is_agent(pattern.cameo, sources, resolver):
                sources = []
    if not sources:
        ctx.decide(
            sentence,
            verb,
            "verb",
            "no source actor",
            f"subject {subject.token.text!r} names no actor" if subject else "no subject found",
            rule=pattern.id,
            cameo=pattern.cameo,
        )
        return None

    targets, target_path = targets_of(ctx, verb, pattern)
    if is_topic_path(pattern.cameo, verb.lemma_.lower(), target_path):
        targets, target_path = [], ""  # "discussed *Venezuela's debt*": a topic
    if ctx.lexicon.verb_lemma(verb.lemma_) not in grammar.light_verbs:
        # a light verb's object is an event of its own, which takes over its parties
        targets = without_statement_content(pattern.cameo, verb, targets, target_path)
    source_keys = {a.key for a in sources}
    targets = [t for t in targets if t.key not in source_keys]
    if not targets and pattern.cameo.startswith("12"):
        targets = _refused_concession_target(verb, matched, sources)
        target_path = "refused.home" if targets else target_path

    lemma = verb.lemma_.lower()
    if lemma in grammar.reporting_verbs and pattern.cameo.startswith("01"):
        # "X said ..." and "X told reporters ..." are how news reports speech, not an
        # interaction between actors: only an addressee that is not the press counts.
        targets = [t for t in targets if t.party.sector != "JRN"]
        if not targets:
            ctx.decide(
                sentence,
                verb,
                "verb",
                "no pattern",
                "a reporting verb without a (non-press) addressee is the vehicle of a quote",
                rule=pattern.id,
                cameo=pattern.cameo,
            )
            return None

    chain = [d for d in source_path.split(".")[:-1] if d != "pronoun"]
    role = source_path.split(".")[-1] if source_path else "-"
    path = f"{role}>{target_path or '-'}" + (f" {'.'.join(chain)}" if chain else "")
    penalties = [argument_factor(source_path)]
    if not targets or "." in target_path:
        penalties.append(0.9)
    marker = _historical_marker(ctx, verb, subject)
    anchors = [verb, *governors(verb)]
    candidate = Candidate(
        sentence=sentence,
        kind="verb",
        trigger=verb,
        pattern_id=pattern.id,
        cameo=leaving_body_code(pattern.cameo, targets, target_path),
        base_confidence=pattern.confidence,
        sources=sources,
        targets=targets,
        path=path,
        modality=verb_modality(verb, grammar, negation_is_meaning=pattern.negated_only),
        anchors=anchors,
        tense_token=clause_chain(verb)[-1],
        historical_marker=marker,
        penalties=penalties,
    )
    return candidate


def _historical_marker(ctx: Context, verb: Token, subject: Link | None) -> bool:
    grammar = ctx.grammar
    if any(c.lower_ in grammar.historical_markers and c.dep_ == "advmod" for c in verb.children):
        return True
    if subject is not None and ctx.resolver.has_historical_marker(subject.token):
        return True
    patient = patient_of(verb)
    return patient is not None and ctx.resolver.has_historical_marker(patient.token)
