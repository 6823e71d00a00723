"""Saving is repeatable and atomic: a document is stored whole or not at all."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from chancery.store import open_store, schema

EVENTS = [
    {"cameo": "036", "source": ["CHNGOV"], "target": ["BRA"], "date": ("2024-02-01", "2024-02-01")},
    {"cameo": "112", "source": ["UKR"], "target": ["RUSMIL"]},
]


def _row_counts(store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in schema.metadata.sorted_tables
        }


def test_save_twice_reports_present_and_keeps_one_copy(store, make_record) -> None:
    record = make_record("twice", EVENTS)
    assert store.save(record) == "inserted"
    before = _row_counts(store)
    assert store.save(record) == "present"
    assert _row_counts(store) == before
    assert before["documents"] == 1 and before["events"] == 2 and before["event_parties"] == 4


def test_save_same_text_under_another_id_is_present(store, make_record) -> None:
    store.save(make_record("first-id", EVENTS))
    assert store.save(make_record("second-id", EVENTS)) == "present"
    assert store.get("second-id") is None


def test_save_with_replace_swaps_the_stored_document(store, make_record) -> None:
    store.save(make_record("story", EVENTS))
    revised = make_record(
        "story", [*EVENTS, {"cameo": "051", "source": ["KEN"], "target": ["UKR"]}]
    )
    assert store.save(revised, replace=True) == "replaced"
    assert store.get("story").to_dict() == revised.to_dict()
    counts = _row_counts(store)
    assert counts["documents"] == 1 and counts["events"] == 3


def test_save_with_replace_of_a_new_document_inserts(store, make_record) -> None:
    assert store.save(make_record("fresh", EVENTS), replace=True) == "inserted"


def test_has_document_looks_up_the_content_hash(store, make_record) -> None:
    record = make_record("hashed", EVENTS)
    assert not store.has_document(record.document.content_hash)
    store.save(record)
    assert store.has_document(record.document.content_hash)
    assert not store.has_document("0" * 64)


def test_save_computes_a_missing_content_hash(store, make_record) -> None:
    record = make_record("nohash", EVENTS)
    expected = record.document.content_hash
    record.document.content_hash = ""
    store.save(record)
    assert store.has_document(expected)


def test_delete_cascades_to_every_child_row(store, make_record) -> None:
    store.save(make_record("gone", EVENTS, quotes=[{"speaker": "BRA", "text": "No comment."}]))
    assert store.delete("gone")
    assert set(_row_counts(store).values()) == {0}
    assert not store.delete("gone")


def test_save_error_mid_document_leaves_nothing(store, make_record) -> None:
    """An exception while the parties of the second event are written rolls it all back."""
    record = make_record("broken", EVENTS, quotes=[{"speaker": "BRA", "text": "Fine."}])

    def explode(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("INSERT INTO EVENT_PARTIES"):
            raise RuntimeError("injected failure")

    event.listen(store.engine, "before_cursor_execute", explode)
    try:
        with pytest.raises(RuntimeError, match="injected failure"):
            store.save(record)
    finally:
        event.remove(store.engine, "before_cursor_execute", explode)
    assert set(_row_counts(store).values()) == {0}
    assert not store.has_document(record.document.content_hash)
    assert store.save(record) == "inserted"


# A process that saves a record and stops (sleeping) right after its events are inserted,
# inside the still-open transaction, so the test can SIGKILL it there.
_KILLED_WRITER = """
import json, sys, time
from pathlib import Path
from sqlalchemy import event
from chancery.model import DocumentRecord
from chancery.store import open_store

url, record_path, marker = sys.argv[1:4]
record = DocumentRecord.from_dict(json.loads(Path(record_path).read_text()))
store = open_store(url)

def pause(conn, cursor, statement, parameters, context, executemany):
    if statement.lstrip().upper().startswith("INSERT INTO EVENTS"):
        Path(marker).write_text("inside the transaction")
        time.sleep(120)

event.listen(store.engine, "after_cursor_execute", pause)
store.save(record)
"""


def test_save_killed_mid_transaction_leaves_no_partial_document(
    store, make_record, tmp_path: Path
) -> None:
    record = make_record("killed", EVENTS)
    record_path, marker = tmp_path / "record.json", tmp_path / "marker"
    record_path.write_text(json.dumps(record.to_dict()))
    url = str(store.engine.url.render_as_string(hide_password=False))
    writer = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WRITER, url, str(record_path), str(marker)],
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            if writer.poll() is not None:
                pytest.fail(f"the writer ended early: {writer.stderr.read().decode()[-500:]}")
            if time.monotonic() > deadline:
                pytest.fail("the writer never reached its transaction")
            time.sleep(0.05)
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=30)
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
    assert writer.returncode == -signal.SIGKILL
    # A fresh connection (as after a crash) sees neither the document nor any of its rows.
    with open_store(url) as reopened:
        assert set(_row_counts(reopened).values()) == {0}
        assert reopened.get("killed") is None
        assert reopened.save(record) == "inserted"
