"""Time expressions: find them in an article and resolve each to an inclusive interval.

`find_time_expressions` is the pipeline stage; `resolve_time_expression` and
`interpret` are the pure resolver; `anniversary_origin` dates what an anniversary marks.
"""

from __future__ import annotations

from chancery.time.durations import anniversary_origin
from chancery.time.expressions import interpret, resolve_time_expression
from chancery.time.finder import find_time_expressions, is_future
from chancery.time.reading import Reading

__all__ = [
    "Reading",
    "anniversary_origin",
    "find_time_expressions",
    "interpret",
    "is_future",
    "resolve_time_expression",
]
