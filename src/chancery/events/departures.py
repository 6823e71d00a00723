"""Leaving an international body is no military retreat: "Mali withdrew from ECOWAS" and
"Russia pulled out of the Council of Europe" match the retreat patterns of "withdraw from"
and "pull out of" (CAMEO 087, "the brigade withdrew from the town"), but when what is left
is an intergovernmental organisation the act cuts formal relations with its members:
CAMEO 161, reduce or break diplomatic relations."""

from __future__ import annotations

from chancery.events.arguments import Argument

# The retreat code the "withdraw from" patterns give, and the code of leaving a body.
_RETREAT = "087"
_BREAK_RELATIONS = "161"
# The country field of an intergovernmental organisation's party ("IGOWAS" -> IGO).
_INTERGOVERNMENTAL = "IGO"
# Target paths that name what is left ("withdrew *from* X", "pulled out *of* X").
_LEFT_PLACE_PATHS = frozenset({"from", "of"})


def leaving_body_code(cameo: str, targets: list[Argument], target_path: str) -> str:
    """`cameo`, or CAMEO 161 when a retreat's targets are all international bodies left."""
    if (
        cameo == _RETREAT
        and target_path in _LEFT_PLACE_PATHS
        and targets
        and all(t.party.country == _INTERGOVERNMENTAL for t in targets)
    ):
        return _BREAK_RELATIONS
    return cameo
