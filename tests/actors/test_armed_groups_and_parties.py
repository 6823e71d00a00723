"""Armed groups, parties and forums of world news: country and sector, by the date of the
text where a group changed role (rebels that became a party, an army of a new state)."""

from __future__ import annotations

import datetime as dt

import pytest
from actor_helpers import ActorsOf, actor_with

CASES = [
    ("UNITA fighters ambushed a convoy near Huambo.", dt.date(1999, 3, 1), "UNITA", "AGOREB"),
    ("UNITA won seats in the parliament.", dt.date(2008, 9, 10), "UNITA", "AGOPTY"),
    ("Renamo gunmen attacked a bus.", dt.date(1988, 5, 1), "Renamo", "MOZREB"),
    ("Renamo boycotted the vote count.", dt.date(2014, 10, 20), "Renamo", "MOZOPP"),
    ("The SPLA shelled a garrison town.", dt.date(1995, 2, 1), "SPLA", "SDNREB"),
    ("The SPLA moved troops to the border.", dt.date(2013, 2, 1), "SPLA", "SSDMIL"),
    ("The RUF freed the hostages.", dt.date(2000, 6, 1), "RUF", "SLEREB"),
    ("The NPFL seized the port.", dt.date(1992, 10, 1), "NPFL", "LBRREB"),
    ("The Tamil Tigers attacked a naval base.", dt.date(2006, 5, 1), "Tamil Tigers", "LKAREB"),
    (
        "The Kosovo Liberation Army ambushed a patrol.",
        dt.date(1998, 7, 1),
        "Kosovo Liberation Army",
        "SRBREB",
    ),
    (
        "The Lord's Resistance Army abducted children.",
        dt.date(2003, 1, 1),
        "Lord's Resistance Army",
        "UGAREB",
    ),
    (
        "The Movement for Democratic Change called a strike.",
        dt.date(2008, 4, 1),
        "Movement for Democratic Change",
        "ZWEOPP",
    ),
    ("Abu Sayyaf kidnapped two tourists.", dt.date(2017, 4, 1), "Abu Sayyaf", "PHLREB"),
    ("The Polisario Front rejected the plan.", dt.date(2007, 4, 1), "Polisario Front", "ESHREB"),
    ("APEC leaders met in Lima.", dt.date(2016, 11, 20), "APEC", "IGO"),
    ("ECOMOG troops entered the capital.", dt.date(1998, 2, 1), "ECOMOG", "IGOWAS"),
]


@pytest.mark.parametrize(("text", "published", "mention", "code"), CASES)
def test_group_code_at_publication_date(
    actors_of: ActorsOf, text: str, published: dt.date, mention: str, code: str
) -> None:
    actor = actor_with(actors_of(text, published), mention)
    assert actor is not None, mention
    assert actor.code == code, actor.basis
