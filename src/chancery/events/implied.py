"""Targets an event implies when no target actor is named.

Some events act on a place or a population rather than on a named actor. CAMEO's coding
conventions fill the target for them:

- an attack, threat, blockade or coercive measure carried out *in* a place is aimed at
  that place's country ("shelled positions in Bosnia" -> Bosnia; "imposed a curfew in
  the town of Cizre" -> Turkey);
- a protest without a named target is addressed to the authorities at home, and a
  coercive measure without a target (a ban, a curfew, arrests), or the threat of one,
  falls on the actor's own country: "Egyptian demonstrators rioted" and "the Ugandan
  president banned rallies" are coded with their own country as target;
- so does a concession of domestic politics without a target (easing a curfew, a state
  of emergency or a ban, acceding to reform demands, a leader stepping down): "the
  president lifted the curfew" yields to the president's own country; and so does
  refusing one ("the vice-president declined to resign", `events.extract`). Not so a
  measure named by a noun that says what it falls on ("a US ban *on chips*"): its owner
  is its source, and what it hits is no actor (`events.nouns`).

Only the country is implied: such a party has no actor.

`nationality_countries` maps the adjectives and demonyms of states ("Mexican",
"Panamanians") to their country, so that a target phrase naming no actor but a
nationality ("rejected an *Australian* ultimatum") still gives the target's country.
Multi-word adjectives ("South Korean", "Sierra Leonean") are keyed by their words joined
with one space, so that readers can match the longest phrase first.
"""

from __future__ import annotations

import functools

from chancery.actors.kb import INTERNATIONAL
from chancery.events.ontology import CameoCode
from chancery.model import Location, Party

__all__ = [
    "PLACE_ROOTS",
    "home_country",
    "implied_targets",
    "is_domestic_concession",
    "nationality_countries",
    "seat_countries",
]

# CAMEO roots whose events act on the place where they happen: threaten (13), protest
# (14), force posture (15), reduce relations (16), coerce (17), assault (18), fight (19),
# mass violence (20) and material aid delivered somewhere (07).
PLACE_ROOTS = frozenset({"07", "13", "14", "15", "16", "17", "18", "19", "20"})
# CAMEO roots whose untargeted events are domestic by convention: protest and coerce.
_DOMESTIC_ROOTS = frozenset({"14", "17"})
# Threats of the same measures (repression 137, administrative sanctions 132x) likewise.
_DOMESTIC_THREATS = ("132", "137")
# Concessions of domestic politics: ease restrictions (081x), ease dissent (082), accede
# to demands for reform, leadership change, policy, rights or institutions (083x).
# Releases (084), sanctions (085) and military de-escalation (087) are often foreign.
_DOMESTIC_CONCESSIONS = ("081", "082", "083")


def is_domestic_concession(code: str) -> bool:
    """Whether a CAMEO code is a concession of domestic politics (081x, 082x, 083x)."""
    return code.startswith(_DOMESTIC_CONCESSIONS)


def home_country(sources: list[Party]) -> str | None:
    """The one country of the sources, unless it is an international body's."""
    countries = {p.country for p in sources if p.country}
    if len(countries) == 1 and not countries & INTERNATIONAL:
        return countries.pop()
    return None


def implied_targets(
    code: CameoCode, sources: list[Party], location: Location | None, *, domestic: bool = True
) -> list[Party]:
    """The target an untargeted event implies: its place's country, else (for protest and
    coercion, unless `domestic` is False) the source's own country; empty when nothing is
    implied."""
    if code.root in PLACE_ROOTS and location is not None and location.country:
        place_country = location.country
        return [Party(None, place_country, None, place_country, location.name)]
    if not domestic:
        return []
    if code.root in _DOMESTIC_ROOTS or code.code.startswith(
        _DOMESTIC_THREATS + _DOMESTIC_CONCESSIONS
    ):
        # International bodies ("IGO", "NGO") have no home population to coerce.
        home = home_country(sources)
        if home is not None:
            return [Party(None, home, None, home, sources[0].text)]
    return []


@functools.lru_cache(maxsize=1)
def nationality_countries() -> dict[str, str]:
    """Lower-cased state adjectives and demonyms -> country code (packaged states);
    a multi-word one ("south korean") has its words joined by single spaces."""
    from chancery.actors import load_knowledge_base

    kb = load_knowledge_base()
    out: dict[str, str] = {}
    for alias in kb.aliases:
        if alias.form not in ("adjective", "demonym"):
            continue
        entry = kb.entries.get(alias.entry)
        if entry is not None and entry.country:
            out.setdefault(" ".join(alias.text.lower().split()), entry.country)
    return out


@functools.lru_cache(maxsize=1)
def seat_countries() -> dict[str, str]:
    """Lower-cased seats of government ("paris", "kremlin", "white house") -> country
    code (packaged states)."""
    from chancery.actors import load_knowledge_base

    kb = load_knowledge_base()
    out: dict[str, str] = {}
    for alias in kb.aliases:
        entry = kb.entries.get(alias.entry)
        if alias.form == "seat" and entry is not None and entry.country:
            out.setdefault(" ".join(alias.text.lower().split()), entry.country)
    return out
