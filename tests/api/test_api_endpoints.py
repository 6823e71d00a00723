"""The HTTP API answers from a real SQLite store holding real pipeline records."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from chancery.api import create_app
from chancery.store import open_store

ARTICLE = (
    "Brazil's foreign minister met his Argentine counterpart in Brasilia on Thursday.\n\n"
    "Kenyan police arrested dozens of protesters in Nairobi on Friday."
)


@pytest.fixture(scope="module")
def client(tmp_path_factory, run_extract):
    url = f"sqlite:///{tmp_path_factory.mktemp('api') / 'api.db'}"
    record = run_extract(ARTICLE, published="2024-03-09", doc_id="wire-api-1")
    with open_store(url) as store:
        store.save(record)
    with TestClient(create_app(url)) as test_client:
        yield test_client


def test_api_document_by_id_and_prefix(client):
    whole = client.get("/api/documents/wire-api-1")
    assert whole.status_code == 200
    data = whole.json()
    assert data["schema"] == "chancery.document/1"
    assert data["document"]["id"] == "wire-api-1"
    assert client.get("/api/documents/wire-api").json()["document"]["id"] == "wire-api-1"


def test_api_unknown_document_is_404(client):
    assert client.get("/api/documents/nothing-here").status_code == 404


def test_api_events_match_the_store_and_filter(client):
    rows = client.get("/api/events", params={"all_modalities": True}).json()
    assert rows, "the article has events"
    assert all(r["document_id"] == "wire-api-1" for r in rows)
    brazil = client.get("/api/events", params={"actor": "BRA", "all_modalities": True}).json()
    assert brazil and all("BRA" in (r["source"] + r["target"]) for r in brazil)
    assert client.get("/api/events", params={"actor": "JPN"}).json() == []


def test_api_bad_filter_is_400(client):
    answer = client.get("/api/events", params={"dyad": "not-a-dyad"})
    assert answer.status_code == 400


def test_api_actors_and_summary(client):
    names = {a["name"] for a in client.get("/api/actors").json()}
    assert "Brazil" in names or any("Brazil" in n for n in names)
    assert client.get("/api/summary").json()["documents"] == 1
