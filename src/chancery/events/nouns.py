"""Events named by nouns: "Russia's visit to North Korea", "the attack on the convoy",
"held talks with", "mounted an invasion of".

The source of a noun event is, in order: its possessor ("Russia's visit"; but for nouns of
an act done to someone, `patient_possessor_nouns`, the possessor is the target: "Lai's
release"), a nationality
or name modifying it ("the Russian visit"), its "by" phrase ("a visit by the premier"), or
-- when the noun is the object of a light verb ("held talks", "launched an attack") -- the
subject of that verb. The target is the pattern's prepositional object ("visit *to*"),
else a phrase of direction on the noun or its light verb ("investigations *against*
Chilean officials", "an appeal *to* Uganda"), else the "of" phrase ("the invasion *of*
Kuwait").

A noun that is the object of a verb coded in its own right is that verb's content ("
rejected the U.S. request") and gives no event of its own.

A noun compounded with a *carrier* noun ("a *mediation* effort", "a mediation mission")
names the event the carrier only carries: the carrier's possessor, "by" phrase, light verb
and prepositions ("an effort *between* Syria and the PLO") are the noun's.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from chancery.events.arguments import Argument
from chancery.events.candidate import Candidate, Context, argument_factor
from chancery.events.clause_rules import load_clause_rules
from chancery.events.clauses import governors, logical_subject, prep_objects, reporting_subject
from chancery.events.grammar import is_figurative
from chancery.events.lexicon import Pattern
from chancery.events.modality import clause_chain, noun_modality
from chancery.events.proper_names import inside_a_name
from chancery.events.senses import other_sense
from chancery.events.topics import is_topic_path
from chancery.model import Sentence

__all__ = ["carrier_of", "event_noun_of", "noun_candidates"]

# Nouns that only carry the event their compound names ("a mediation *effort*"). A closed
# class: nouns of attempt and undertaking.
_CARRIER_NOUNS = frozenset(
    {"effort", "mission", "bid", "attempt", "initiative", "campaign", "drive", "process"}
)


# Prepositions whose object is what a noun event is aimed at when its pattern names none
# ("sanctions *on*", "an appeal *to*", "talks *with*"), and those of them whose object is
# the party even when only a nationality names it ("*against* Chilean officials"; not
# "with", often an instrument).
_DIRECTED_PREPS = ("against", "into", "to", "toward", "towards", "on", "with")
_NATIONALITY_PREPS = frozenset({"against", "into", "to", "toward", "towards", "on"})


def carrier_of(noun: Token) -> Token | None:
    """The carrier noun this one is compounded with: "*mediation* effort" -> effort."""
    head = noun.head
    if (
        noun.dep_ == "compound"
        and head.i != noun.i
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in _CARRIER_NOUNS
    ):
        return head
    return None


def _names_a_period(noun: Token) -> bool:
    """ "a *Vietnam War* veteran", "the *Cold War* era": a capitalised event noun inside a
    name that itself only modifies another noun names a time or a kind, not an event. A
    carrier ("the *Peace* Mission") is handled by `carrier_of`."""
    head = noun.head
    return (
        noun.dep_ == "compound"
        and noun.text[:1].isupper()
        and noun.i != noun.sent.start
        and head.i > noun.i
        and head.pos_ == "NOUN"
        and not head.text[:1].isupper()
        and carrier_of(noun) is None
    )


def _phrase(noun: Token) -> list[Token]:
    """The noun and, if it has one, its carrier: the words whose dependents are its own."""
    carrier = carrier_of(noun)
    return [noun] if carrier is None else [noun, carrier]


def event_noun_of(
    obj: Token, patterns_of: Callable[[str], list[Pattern]], light: Token
) -> tuple[Token, Pattern] | None:
    """The event a light verb's object names, and its pattern: the object itself ("held
    *talks*") or the noun its carrier carries ("undertook a *mediation* mission")."""
    nouns = [obj] + [c for c in obj.children if c.dep_ == "compound" and carrier_of(c) == obj]
    for noun in nouns:
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        pattern = _match(noun, patterns_of(noun.lemma_.lower()), light)
        if pattern is not None:
            return noun, pattern
    return None


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose object (direct or prepositional) the noun, or its carrier, is."""
    carrier = carrier_of(noun)
    if carrier is not None:
        return _governing_verb(carrier)
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and head.pos_ in ("VERB", "AUX"):
        return head
    if noun.dep_ == "pobj" and head.pos_ == "ADP" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    if noun.dep_ == "conj":
        return _governing_verb(head)
    return None


def _match(noun: Token, patterns: list[Pattern], light: Token | None) -> Pattern | None:
    for pattern in patterns:
        if pattern.particle or pattern.negated_only:
            continue  # noun patterns carry neither; ignore malformed rows defensively
        if pattern.prep and not _prep_targets(noun, pattern.prep, light):
            continue
        if pattern.objects and not any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in pattern.objects
            for c in noun.children
        ):
            continue  # "hunger strike", "air strike"
        return pattern
    return None


def _prep_targets(noun: Token, prep: str, light: Token | None) -> list[Token]:
    found = [t for word in _phrase(noun) for t in prep_objects(word, prep)]
    if not found and light is not None:
        found = prep_objects(light, prep)  # "held talks *with* Peru"
    return found


def noun_candidates(
    ctx: Context, sentence: Sentence, span: Span, coded_verbs: set[int]
) -> list[Candidate]:
    grammar = ctx.grammar
    out: list[Candidate] = []
    for noun in span:
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        lemma = noun.lemma_.lower()
        patterns = ctx.lexicon.for_noun(lemma)
        if not patterns:
            if noun.pos_ == "NOUN" and ctx.resolver.argument_at(noun) is None:
                ctx.decide(sentence, noun, "noun", "no pattern", f"no lexicon entry for {lemma!r}")
            continue
        if is_figurative(noun):
            ctx.decide(sentence, noun, "noun", "figurative", f"{lemma!r} is meant figuratively")
            continue
        if _names_a_period(noun):
            ctx.decide(sentence, noun, "noun", "figurative", f"{noun.text!r} names a period")
            continue
        if inside_a_name(noun, ctx.resolver, ctx.lexicon):
            ctx.decide(sentence, noun, "noun", "figurative", f"{noun.text!r} is part of a name")
            continue
        carrier = carrier_of(noun)
        if carrier is not None and _match(carrier, ctx.lexicon.for_noun(carrier.lemma_), None):
            continue  # "an assassination attempt": the carrier names the event itself
        verb = _governing_verb(noun)
        light = (
            verb
            if verb is not None and ctx.lexicon.verb_lemma(verb.lemma_) in grammar.light_verbs
            else None
        )
        if verb is not None and verb.i in coded_verbs:
            ctx.decide(
                sentence,
                noun,
                "noun",
                "governed",
                f"object of {verb.text!r}, which is coded itself",
            )
            continue
        pattern = _match(noun, patterns, light)
        if pattern is None:
            ctx.decide(
                sentence,
                noun,
                "noun",
                "no pattern",
                f"patterns for {lemma!r} need a preposition it lacks",
            )
            continue
        sense = other_sense(noun, "noun", pattern)
        if sense is not None:
            ctx.decide(sentence, noun, "noun", "other sense", f"used in another sense ({sense})")
            continue
        sources, source_path = _sources(ctx, noun, light)
        if not sources:
            ctx.decide(
                sentence,
                noun,
                "noun",
                "no source actor",
                "no possessor, modifier, 'by' phrase or light-verb subject names an actor",
                rule=pattern.id,
                cameo=pattern.cameo,
            )
            continue
        keys = {a.key for a in sources}
        targets, target_path = _targets(ctx, noun, pattern, light)
        if is_topic_path(pattern.cameo, lemma, target_path):
            targets, target_path = [], ""  # "a meeting *on Libya*": what it is about
        if not targets and pattern.cameo.startswith("14"):
            targets, target_path = _repressor(ctx, noun)
        targets = [t for t in targets if t.key not in keys]
        anchors = [noun]
        if verb is not None:
            anchors += [verb, *governors(verb)]
        tense = clause_chain(verb)[-1] if verb is not None else noun.sent.root
        penalties = [argument_factor(source_path), 0.95]
        if not targets:
            penalties.append(0.9)
        out.append(
            Candidate(
                sentence=sentence,
                kind="noun",
                trigger=noun,
                pattern_id=pattern.id,
                cameo=pattern.cameo,
                base_confidence=pattern.confidence,
                sources=sources,
                targets=targets,
                path=f"{source_path}>{target_path or '-'} noun",
                modality=noun_modality(noun, verb, grammar),
                anchors=anchors,
                tense_token=tense,
                historical_marker=ctx.resolver.has_historical_marker(noun),
                penalties=penalties,
                home_target=bool(targets) or not _aims_at_a_thing(noun, pattern),
            )
        )
    return out


def _sources(ctx: Context, noun: Token, light: Token | None) -> tuple[list[Argument], str]:
    resolver = ctx.resolver
    phrase = _phrase(noun)
    for child in (c for word in phrase for c in word.children):
        if child.dep_ == "poss" and not _possessor_is_patient(noun):
            found = resolver.resolve(child)
            if found:
                return found, "poss"
    modifiers = [
        c
        for word in phrase
        for c in word.children
        if c.dep_ in ("compound", "amod", "nmod") and c.i != noun.i
    ]
    found = []
    for child in modifiers:
        for token in (child, *[c for c in child.children if c.dep_ == "conj"]):
            arg = resolver.argument_at(token)
            if arg is not None and arg.key not in {a.key for a in found}:
                found.append(arg)
    if found and not ctx.resolver.names_venue(noun, modifiers):
        return found, "compound"
    for token in (t for word in phrase for t in prep_objects(word, "by")):
        found = resolver.resolve(token)
        if found:
            return found, "by"
    if light is not None and phrase[-1].dep_ in ("dobj", "conj"):
        subject = logical_subject(light, ctx.grammar)
        if subject is not None:
            # "Algerian landowners began a hunger strike": as for a verb's subject, a
            # nationality names the party when no actor does.
            found = resolver.resolve(subject.token, allow_nationality=True)
            if found:
                return found, f"light.{subject.path}"
        if subject is None or _is_anaphoric(subject.token, ctx):
            # "the Serbs said *their forces* had completed their withdrawal": the
            # reporter's own people.
            reporter = reporting_subject(light, ctx.grammar)
            if reporter is not None:
                found = resolver.resolve(reporter.token)
                if found:
                    return found, f"light.pronoun.{reporter.path}"
    return [], ""


def _aims_at_a_thing(noun: Token, pattern: Pattern) -> bool:
    """ "a US ban *on advanced chips*", "Chinese sanctions *against* the firm's products":
    the measure names what it falls on, and that is no actor -- so it is not the
    owner's own country either. (A measure's possessor is its source.)"""
    preps = (pattern.prep,) if pattern.prep else _DIRECTED_PREPS
    return any(prep_objects(word, prep) for word in _phrase(noun) for prep in preps)


def _repressor(ctx: Context, noun: Token) -> tuple[list[Argument], str]:
    """ "Peru's *crackdown on* protests by miners", "soldiers *dispersed* the protest": a
    protest that is put down was aimed at the one who puts it down (the owner of the
    repression noun, the subject of the repression verb)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.pos_ == "ADP" and head.lower_ in ("on", "of", "against"):
        head = head.head
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return [], ""
    if head.lemma_.lower() not in load_clause_rules().repression_words:
        return [], ""
    if head.pos_ in ("NOUN", "PROPN"):
        owners = [c for c in head.children if c.dep_ in ("poss", "compound", "amod")]
    else:
        subject = logical_subject(head, ctx.grammar)
        owners = [subject.token] if subject is not None else []
    for owner in owners:
        found = ctx.resolver.resolve(owner, allow_place=False)
        if found:
            return found, "repressor"
    return [], ""


def _possessor_is_patient(noun: Token) -> bool:
    """ "Lai's *release*", "his *extradition*": the possessor undergoes the act -- unless
    an "of" phrase names who does ("Argentina's release *of* the prisoners")."""
    return noun.lemma_.lower() in load_clause_rules().patient_possessor_nouns and not any(
        prep_objects(word, "of") for word in _phrase(noun)
    )


def _is_anaphoric(token: Token, ctx: Context) -> bool:
    """A pronoun ("they") or a phrase owned by one ("their forces")."""
    pronouns = ctx.grammar.anaphoric_pronouns
    return token.lower_ in pronouns or any(
        c.dep_ == "poss" and c.lower_ in pronouns for c in token.children
    )


def _targets(
    ctx: Context, noun: Token, pattern: Pattern, light: Token | None
) -> tuple[list[Argument], str]:
    resolver = ctx.resolver
    if _possessor_is_patient(noun):
        for child in (c for word in _phrase(noun) for c in word.children if c.dep_ == "poss"):
            found = resolver.resolve(child, allow_place=False)
            if found:
                return found, "poss"
    if pattern.prep:
        for token in _prep_targets(noun, pattern.prep, light):
            found = resolver.resolve(token, allow_place=True)
            if found:
                return found, pattern.prep
        return [], ""
    # "investigations *against* 28 Chilean officials", "an appeal *to* Uganda": the
    # noun's own prepositions of direction, then its light verb's ("opened investigations
    # against ..." may hang the phrase on the verb).
    hosts = _phrase(noun) + ([light] if light is not None else [])
    for host in hosts:
        for prep in _DIRECTED_PREPS:
            for token in prep_objects(host, prep):
                found = resolver.resolve(
                    token, allow_place=False, allow_nationality=prep in _NATIONALITY_PREPS
                )
                if found:
                    return found, prep if host is not light else f"light.{prep}"
    for token in (t for word in _phrase(noun) for t in prep_objects(word, "of")):
        found = resolver.resolve(token, allow_place=True)
        if found:
            return found, "of"
    return [], ""
