"""A stated future or conditional action is coded as intent (03x) or threat (13x)."""

from __future__ import annotations

import pytest

from chancery.errors import DataFileError
from chancery.events.intent import load_intent_table


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        ("The rebels said they will release the hostages.", "0353", "REB", None),
        ("Finland will give Tanzania a grant of 580 million shillings.", "0331", "FIN", "TZA"),
        ("Iran said it would attack Israel if provoked.", "138", "IRN", "ISR"),
        ("Nepal will visit Bhutan in May.", "036", "NPL", "BTN"),
        # an adjective of readiness governs the verb and passes its subject down
        ("Chile is ready to help Peru.", "033", "CHL", "PER"),
        ("Morocco would be ready to host a meeting.", "036", "MAR", None),
        # what did happen, or was ruled out, keeps its own code
        ("Nepal visited Bhutan.", "042", "NPL", "BTN"),
        ("Kenya did not attack Uganda.", "190", "KEN", "UGA"),
        # a cooperative action ruled out is a refusal; a violent one keeps its code
        ("Nepal will not visit Bhutan.", "125", "NPL", "BTN"),
        ("The government said it would not release the prisoners.", "1243", "GOV", None),
        ("Kenya will not attack Uganda.", "190", "KEN", "UGA"),
    ],
)
def test_intent_future_actions_become_intent_or_threat(text, cameo, source, target, run_extract):
    record = run_extract(text, published="2020-05-01")
    coded = {
        (e.cameo, e.source[0].code if e.source else None, e.target[0].code if e.target else None)
        for e in record.events
    }
    assert (cameo, source, target) in coded, coded


def test_intent_future_event_keeps_its_modality(run_extract):
    (event,) = run_extract("Nepal will visit Bhutan in May.", published="2020-05-01").events
    assert event.modality.future
    assert "intent:intent.csv:" in event.rule


def _write(tmp_path, body: str, column: str = "intent_code"):
    path = tmp_path / "intent.csv"
    path.write_text(f"action_prefix,{column}\n" + body, encoding="utf-8")
    return path


def test_refusal_table_takes_only_rejections(tmp_path):
    with pytest.raises(DataFileError, match="under 12"):
        load_intent_table(_write(tmp_path, "04,036\n", column="refusal_code"))


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("04,036,9\n", "intent.csv:2: expected 2 cells"),
        ("99,036\n", "intent.csv:2: '99' is not a CAMEO code"),
        ("04,042\n", "intent.csv:2: '042' is not a CAMEO code under 03 or 13"),
        ("04,036\n04,036\n", "intent.csv:3: '04' is listed twice"),
    ],
)
def test_intent_table_errors_name_file_and_line(tmp_path, body, message):
    with pytest.raises(DataFileError, match=message):
        load_intent_table(_write(tmp_path, body))
