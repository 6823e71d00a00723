"""What a consultation is about is no party to it.

"G7 ministers discussed *China's role*" consults nobody called China, and "a Security
Council meeting *on Afghanistan*" is held about Afghanistan, not with it: for a consult
event (CAMEO 04) a target found as the object of a topic verb (`discuss`, `debate`) or
through a topic preposition (on, about, over) is dropped; the consulted party is the one
named with "with" ("discussed the harvest *with farmers*").
"""

from __future__ import annotations

from spacy.tokens import Token

from chancery.events.arguments import Argument
from chancery.events.clause_rules import load_clause_rules
from chancery.events.clauses import direct_object

__all__ = ["is_topic_path", "without_statement_content"]

_CONSULT_ROOT = "04"
_STATEMENT = "010"
# Target paths that are a verb's direct object ("dobj", or the passive subject).
_OBJECT_PATHS = frozenset({"dobj", "nsubjpass", "dobj.conj"})


def is_topic_path(cameo: str, trigger_lemma: str, target_path: str) -> bool:
    """Whether a consult event's target, found by `target_path`, is its topic."""
    if not cameo.startswith(_CONSULT_ROOT) or not target_path:
        return False
    rules = load_clause_rules()
    last = target_path.split(".")[-1]
    if last in rules.topic_prepositions:
        return True
    return trigger_lemma in rules.topic_verbs and target_path in _OBJECT_PATHS


def without_statement_content(
    cameo: str, verb: Token, targets: list[Argument], target_path: str
) -> list[Argument]:
    """A statement's targets without the parties only named inside what it says."""
    if cameo != _STATEMENT or target_path not in _OBJECT_PATHS:
        return targets
    obj = direct_object(verb)
    if obj is None:
        return targets
    head = obj.idx
    return [t for t in targets if t.start <= head < t.end]
