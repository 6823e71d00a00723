"""Threats read off the structure of a sentence rather than off a threat verb.

- A stated future action on a condition: "X will pull out its troops *unless* Y holds
  elections" threatens Y (table `data/conditional_threat.csv`; actions already coded as
  threats when stated, such as "will attack", only gain the target). A threat naming no
  target is aimed at the subject of its if/unless clause: "threatened to strike unless
  *Ankara* scraps the tax".
- A warning of a coercive action or of a withheld permission: "X warned that police will
  no longer tolerate rallies", "X warned Y that it would cut the gas" is X threatening,
  not commenting (012).
- Getting ready to use force is force posture (152), not a threat: "the army prepared to
  resume shelling" (but "is prepared to lift the ban" is a stated intent).
- The verbs of a condition clause are not events of their own: "unless Israel rescinds
  the annexation" reports no rescinding.

The word lists are in `data/clause_rules.yaml`.
"""

from __future__ import annotations

from spacy.tokens import Token

from chancery.events.arguments import Argument
from chancery.events.candidate import Candidate, Context
from chancery.events.clause_rules import load_clause_rules
from chancery.events.clauses import dative_of, direct_object, is_infinitive, logical_subject
from chancery.events.intent import conditional_threat_code, stated_code
from chancery.events.lexicon import Pattern
from chancery.events.modality import clause_chain, verb_modality
from chancery.events.ontology import Ontology
from chancery.events.targets import fallback_targets, targets_of
from chancery.model import Modality

__all__ = ["condition_head", "preparation_posture", "refine_threat", "warning_threat"]

_THREAT = "130"
_REPRESSION = "137"
_POSTURE = "152"
_FORCE_ROOTS = ("18", "19", "20")
_RULES_FILE = "clause_rules.yaml"


def _marked(clause: Token, marks: frozenset[str]) -> bool:
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in marks for c in clause.children
    )


def condition_head(verb: Token) -> Token | None:
    """The verb whose if/unless clause contains `verb` ("unless Israel *rescinds*" ->
    the verb the condition is attached to), else None."""
    marks = load_clause_rules().target_condition_marks
    node = verb
    while node.head.i != node.i:
        if _marked(node, marks):
            return node.head
        node = node.head
    return None


def _conditions(verb: Token, marks: frozenset[str]) -> list[Token]:
    """The condition clauses of the verb and of the clauses it governs ("threatened to
    strike *unless* ...": the condition hangs on "strike")."""
    out: list[Token] = []
    stack = [verb]
    while stack:
        node = stack.pop()
        for child in node.children:
            if _marked(child, marks):
                out.append(child)
            elif child.pos_ in ("VERB", "AUX") and (
                child.dep_ in ("xcomp", "ccomp") or (child.dep_ == "advcl" and is_infinitive(child))
            ):
                stack.append(child)
    return out


def _condition_targets(ctx: Context, verb: Token, sources: list[Argument]) -> list[Argument]:
    own = {a.key for a in sources}
    for clause in _conditions(verb, load_clause_rules().target_condition_marks):
        subject = logical_subject(clause, ctx.grammar)
        if subject is None or subject.token.lower_ in ctx.grammar.anaphoric_pronouns:
            continue
        found = ctx.resolver.resolve(subject.token, allow_place=False, allow_nationality=True)
        found = [a for a in found if a.key not in own]
        if found:
            return found
    return []


def refine_threat(ctx: Context, cand: Candidate, ontology: Ontology) -> None:
    """Turn a stated action with an "unless" condition into a threat, and aim an
    untargeted threat at its condition's subject (in place)."""
    verb = cand.trigger
    modality = cand.modality
    code = stated_code(cand.cameo, modality, ontology)
    stated = modality.future or modality.hypothetical
    if (
        stated
        and not modality.negated
        and not modality.attempted
        and not code.startswith("13")
        and _conditions(verb, load_clause_rules().threat_condition_marks)
    ):
        hit = conditional_threat_code(cand.cameo)
        if hit is not None:
            cand.cameo, code = hit[0], hit[0]
            cand.pattern_id = f"{cand.pattern_id} unless:{hit[1]}"
            # What is withdrawn ("its peacekeepers") is the threat's means; the one it
            # threatens is who must meet the condition.
            cand.targets = []
    if not code.startswith("13"):
        return
    place_only = all(a.quality == "place" for a in cand.targets)
    if cand.targets and not place_only:
        return
    found = _condition_targets(ctx, verb, cand.sources)
    if found:
        cand.targets = found
        cand.path = _with_target_path(cand.path, "condition.nsubj")


def warning_threat(
    ctx: Context, cand: Candidate, matched: dict[int, Pattern | None], ontology: Ontology
) -> None:
    """Recode a warning of a coercive future action as a threat (in place)."""
    rules = load_clause_rules()
    verb = cand.trigger
    if verb.lemma_.lower() not in rules.warning_verbs:
        return
    for content in verb.children:
        if content.dep_ != "ccomp" or content.pos_ not in ("VERB", "AUX"):
            continue
        modality = verb_modality(content, ctx.grammar)
        if not (modality.future or modality.hypothetical) or modality.attempted:
            continue
        if not _warner_acts(ctx, cand, content):
            continue  # "warned that Israel will attack": a warning, not a threat
        pattern = matched.get(content.i)
        threat = _threat_of(ctx, content, pattern, modality, ontology)
        if threat is None:
            continue
        code, provenance = threat
        cand.cameo = code
        cand.pattern_id = f"{cand.pattern_id} warning:{provenance}"
        targets, path = _warning_targets(ctx, verb, content, pattern)
        own = {a.key for a in cand.sources}
        cand.targets = [a for a in targets if a.key not in own]
        cand.path = _with_target_path(cand.path, path if cand.targets else "-")
        return


def preparation_posture(cand: Candidate) -> None:
    """Recode a use of force the source is getting ready for as force posture (in place)."""
    if not cand.cameo.startswith(_FORCE_ROOTS) or cand.modality.negated:
        return
    preparing = load_clause_rules().preparation_verbs
    for governor in clause_chain(cand.trigger)[1:]:
        if governor.pos_ == "VERB" and governor.lemma_.lower() in preparing:
            cand.cameo = _POSTURE
            cand.pattern_id = f"{cand.pattern_id} posture:{_RULES_FILE}:preparation_verbs"
            return


def _warner_acts(ctx: Context, cand: Candidate, content: Token) -> bool:
    """Whether the warned-of action is the warner's own: a pronoun, the warner's own
    country ("Cairo's police chief warned that police will ..."), or an unnamed force."""
    subject = logical_subject(content, ctx.grammar)
    if subject is None or subject.token.lower_ in ctx.grammar.anaphoric_pronouns:
        return True
    if subject.token.lower_ in ctx.grammar.speaker_pronouns:
        return True
    doers = ctx.resolver.resolve(subject.token)
    own = {a.key for a in cand.sources}
    countries = {a.party.country for a in cand.sources if a.party.country}
    return all(a.key in own or not a.party.country or a.party.country in countries for a in doers)


def _threat_of(
    ctx: Context,
    content: Token,
    pattern: Pattern | None,
    modality: Modality,
    ontology: Ontology,
) -> tuple[str, str] | None:
    rules = load_clause_rules()
    negated = modality.negated
    if negated and content.lemma_.lower() in rules.permission_verbs:
        # Withholding permission for a protest ("will no longer tolerate rallies") is a
        # threat of repression; for anything else, a threat.
        obj = direct_object(content)
        protest = obj is not None and any(
            p.cameo.startswith("14") for p in ctx.lexicon.for_noun(obj.lemma_.lower())
        )
        return _REPRESSION if protest else _THREAT, f"{_RULES_FILE}:permission_verbs"
    if pattern is None:
        return None
    code = stated_code(pattern.cameo, modality, ontology)
    if code.startswith("13"):
        return code, pattern.id
    if negated and code.startswith("12"):  # "warned it would not renew the accord"
        return _THREAT, pattern.id
    return None


def _warning_targets(
    ctx: Context, verb: Token, content: Token, pattern: Pattern | None
) -> tuple[list[Argument], str]:
    """The one warned ("warned *Kyiv* that ..."), else the target of the warned-of action."""
    for token, path in ((dative_of(verb), "dative"), (direct_object(verb), "dobj")):
        if token is not None:
            found = ctx.resolver.resolve(token, allow_place=False)
            found = [a for a in found if a.party.sector != "JRN"]
            if found:
                return found, path
    if pattern is not None:
        found, path = targets_of(ctx, content, pattern)
    else:
        found, path = fallback_targets(ctx, content)
    return found, f"ccomp.{path}" if found else ""


def _with_target_path(path: str, target_path: str) -> str:
    """ "nsubj>- xcomp" with the target part replaced: "nsubj>condition.nsubj xcomp"."""
    head, _, chain = path.partition(" ")
    source_role = head.split(">")[0]
    return f"{source_role}>{target_path}" + (f" {chain}" if chain else "")
