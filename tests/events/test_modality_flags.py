"""Modality: negated, hypothetical, future and attempted events are kept and flagged."""

from __future__ import annotations

import pytest
from event_builders import A, code_text

NPL = A("npl", ("Nepal",), "NPL")
BTN = A("btn", ("Bhutan",), "BTN")


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("Nepal attacked Bhutan.", set()),
        ("Nepal did not attack Bhutan.", {"negated"}),
        ("Nepal never attacked Bhutan.", {"negated"}),
        ("Nepal failed to attack Bhutan.", {"negated"}),
        ("Nepal would attack Bhutan.", {"hypothetical"}),
        ("Nepal could attack Bhutan within days.", {"hypothetical"}),
        ("If Nepal attacks Bhutan, the talks end.", {"hypothetical"}),
        ("Nepal will visit Bhutan in May.", {"future"}),
        ("Nepal is going to visit Bhutan.", {"future"}),
        ("Nepal plans to visit Bhutan.", {"future"}),
        ("Nepal tried to undermine Bhutan.", {"attempted"}),
        ("Nepal sought to undermine Bhutan.", {"attempted"}),
        ("Nepal did not try to undermine Bhutan.", {"negated", "attempted"}),
        ("Nepal will not visit Bhutan.", {"negated", "future"}),
    ],
)
def test_modality(nlp, text, flags):
    events, _ = code_text(nlp, text, (NPL, BTN))
    assert len(events) == 1, [(e.cameo, e.rule) for e in events]
    modality = events[0].modality
    found = {
        name
        for name in ("negated", "hypothetical", "future", "attempted")
        if getattr(modality, name)
    }
    assert found == flags


def test_refusal_is_its_own_code_not_a_negation(nlp):
    events, _ = code_text(nlp, "Nepal refused to visit Bhutan.", (NPL, BTN))
    assert [e.cameo for e in events] == ["120"]
    assert events[0].modality.is_plain


def test_negation_required_pattern_consumes_the_negation(nlp):
    events, _ = code_text(nlp, "Nepal did not accept Bhutan's offer.", (NPL, BTN))
    assert [e.cameo for e in events] == ["125"]
    assert not events[0].modality.negated
    assert code_text(nlp, "Nepal accepted Bhutan's offer.", (NPL, BTN))[0] == []
