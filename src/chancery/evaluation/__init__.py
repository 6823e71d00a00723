"""Evaluation: score the pipeline on gold sets and hold it to a committed baseline.

    evaluate(paths, baseline=load_baseline()) -> EvalReport

Gold sets are hand-annotated articles (`chancery-gold/1`) or PLOVER gold-standard
sentence records; see `document` and `plover` for how each is scored.
"""

from __future__ import annotations

from chancery.evaluation.baseline import Baseline, Breach, default_baseline_path, load_baseline
from chancery.evaluation.document import score_document
from chancery.evaluation.gold import GoldDocument, GoldSet, PloverItem, load_gold
from chancery.evaluation.plover import PloverScore, score_plover
from chancery.evaluation.runner import EvalReport, SetResult, evaluate, evaluate_set

__all__ = [
    "Baseline",
    "Breach",
    "EvalReport",
    "GoldDocument",
    "GoldSet",
    "PloverItem",
    "PloverScore",
    "SetResult",
    "default_baseline_path",
    "evaluate",
    "evaluate_set",
    "load_baseline",
    "load_gold",
    "score_document",
    "score_plover",
]
