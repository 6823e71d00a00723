"""Three short articles for the export tests, run through the real pipeline.

What the pipeline codes in them (the tests check the exports against the stored records,
and a few of these values by name):
- west-africa: GHA and NGA (compound source) sign with SEN in Dakar on 2 May 2024; KEN
  did NOT sign with TZA (negated, second paragraph); a quote by Senegal's minister (SENGOV).
- pacific: the Japanese prime minister (JPNGOV, named Fumio Kishida) visits AUS and
  NZLGOV (compound target) "last week"; EGY and JOR condemn ISR (second paragraph).
- yangon: no URL and no publication date; IGOUNO criticises MMRMIL, undated.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Article:
    doc_id: str
    text: str
    published: str | None
    url: str | None
    title: str


ARTICLES = (
    Article(
        "west-africa",
        "Ghana and Nigeria signed a fisheries agreement with Senegal in Dakar on 2 May 2024.\n\n"
        "Kenya did not sign the trade agreement with Tanzania on Tuesday.\n\n"
        '"Our waters stay open to honest fishermen," Senegal\'s fisheries minister said.\n',
        "2024-05-10",
        "https://news.example/west-africa",
        "Fisheries pact",
    ),
    Article(
        "pacific",
        "The Japanese prime minister visited Canberra and Wellington last week.\n\n"
        "Egypt and Jordan condemned Israel on Thursday.\n",
        "2024-03-01",
        "https://news.example/pacific",
        "Pacific tour",
    ),
    Article(
        "yangon",
        "The United Nations criticised Myanmar's military.\n",
        None,
        None,
        "UN statement",
    ),
)


def extract_corpus(run_extract: Any) -> dict[str, Any]:
    """doc id -> the record the real pipeline makes of the article."""
    return {
        a.doc_id: run_extract(
            a.text, published=a.published, url=a.url, title=a.title, doc_id=a.doc_id
        )
        for a in ARTICLES
    }


def plain(event: Any) -> bool:
    """An event `chancery events` lists without --all-modalities."""
    m = event.modality
    return not (m.negated or m.hypothetical or m.future or m.attempted)
