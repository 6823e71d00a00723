"""Speakers of quotations, for each way news prose attributes them (hand-made actors)."""

from __future__ import annotations

import pytest

# (name, kind, code, other surface forms)
ACTORS = [
    ("William Ruto", "person", "KENGOV", "Ruto"),
    ("Jacinda Ardern", "person", "NZLGOV", "Ardern"),
    ("Olaf Scholz", "person", "DEUGOV", "Scholz"),
    ("Anwar Ibrahim", "person", "MYSGOV", "Anwar"),
    ("Gustavo Petro", "person", "COLGOV", "Petro"),
    ("Narendra Modi", "person", "INDGOV", "Modi"),
    ("Amina Mohammed", "person", "NGAGOV", "Mohammed"),
    ("Lula", "person", "BRAGOV", None),
    ("Kremlin", "organization", "RUSGOV", None),
    ("Peru", "state", "PER", None),
]


@pytest.mark.parametrize(
    ("text", "words", "speaker", "cue"),
    [
        # attribution before the quotation
        (
            'Lula said: "Brazil is back on the world stage."',
            "Brazil is back on the world stage.",
            "Lula",
            "said",
        ),
        (
            'Scholz added, "Germany stands with its partners."',
            "Germany stands with its partners.",
            "Olaf Scholz",
            "added",
        ),
        (
            "According to Anwar Ibrahim, “the ringgit will recover by the end of the year.”",
            "the ringgit will recover by the end of the year.",
            "Anwar Ibrahim",
            "According to",
        ),
        (
            "The Kremlin said in a statement: “Russia will not accept the ruling of the court.”",
            "Russia will not accept the ruling of the court.",
            "Kremlin",
            "said",
        ),
        (
            'Modi, speaking in Delhi, said: "India will host the games."',
            "India will host the games.",
            "Narendra Modi",
            "said",
        ),
        # attribution after the quotation
        (
            '"We will not back down," said Jacinda Ardern.',
            "We will not back down",
            "Jacinda Ardern",
            "said",
        ),
        (
            "“The election was free and fair,” Ruto told reporters in Nairobi.",
            "The election was free and fair",
            "William Ruto",
            "told",
        ),
        (
            '"Peace is possible," Petro wrote on social media.',
            "Peace is possible",
            "Gustavo Petro",
            "wrote",
        ),
        ('"We are ready," Modi tweeted on Sunday.', "We are ready", "Narendra Modi", "tweeted"),
        (
            '"Stop the shelling now," the Kremlin posted on Telegram.',
            "Stop the shelling now",
            "Kremlin",
            "posted",
        ),
        (
            "‘The ceasefire holds for now,’ Ruto said.",
            "The ceasefire holds for now",
            "William Ruto",
            "said",
        ),
        (
            "«We are ready for talks», said Jacinda Ardern.",
            "We are ready for talks",
            "Jacinda Ardern",
            "said",
        ),
        (
            '"Our crops are failing," Amina Mohammed, the deputy secretary-general, said.',
            "Our crops are failing",
            "Amina Mohammed",
            "said",
        ),
    ],
)
def test_find_quotes_attribution_forms(quotes_of, text, words, speaker, cue) -> None:
    quotes, doc_text = quotes_of(text, ACTORS)
    assert len(quotes) == 1
    q = quotes[0]
    assert (q.text, q.speaker_name, q.cue, q.kind) == (words, speaker, cue, "direct")
    assert doc_text[q.start : q.end] == q.text
    assert q.id == "q1" and q.sentence == 0


def test_find_quotes_attribution_in_the_middle_gives_both_halves(quotes_of) -> None:
    quotes, _ = quotes_of(
        "“The grid is failing,” Scholz said, “and we must act this winter.”", ACTORS
    )
    assert [(q.id, q.text, q.speaker_name) for q in quotes] == [
        ("q1", "The grid is failing", "Olaf Scholz"),
        ("q2", "and we must act this winter.", "Olaf Scholz"),
    ]


def test_find_quotes_speaker_fields_come_from_the_actor(quotes_of) -> None:
    quotes, _ = quotes_of('"The vote was clean," Ruto said.', ACTORS)
    q = quotes[0]
    assert (q.speaker, q.speaker_country, q.speaker_code) == ("a1", "KEN", "KENGOV")


def test_find_quotes_pronoun_falls_back_to_the_last_speaker(quotes_of) -> None:
    text = "Ruto said the talks had stalled.\n\n“We cannot wait forever,” he said."
    quotes, _ = quotes_of(text, ACTORS)
    assert [(q.speaker_name, q.cue, q.sentence) for q in quotes] == [("William Ruto", "said", 1)]


def test_find_quotes_pronoun_without_an_earlier_speaker_stays_unknown(quotes_of) -> None:
    # Mohammed is mentioned but never speaks before "she said": no guess.
    text = "Amina Mohammed arrived in Lagos on Monday.\n\n“The roads must be rebuilt,” she said."
    quotes, _ = quotes_of(text, ACTORS)
    assert [(q.text, q.speaker) for q in quotes] == [("The roads must be rebuilt", None)]


def test_find_quotes_pronoun_fallback_does_not_reach_back_two_paragraphs(quotes_of) -> None:
    text = (
        "Ruto said the talks had stalled.\n\nThe rains came early in the Rift Valley.\n\n"
        "Farmers moved their herds to higher ground.\n\n“We cannot wait forever,” he said."
    )
    quotes, _ = quotes_of(text, ACTORS)
    assert quotes[0].speaker is None


def test_find_quotes_pronoun_fallback_keeps_kind(quotes_of) -> None:
    # "it" stands for an organisation, not for the last person who spoke.
    text = "The Kremlin said the ruling was void. Ruto said little.\n\n“It has no force,” it said."
    quotes, _ = quotes_of(text, ACTORS)
    assert quotes[0].speaker_name == "Kremlin"


def test_find_quotes_quote_standing_alone_after_an_attributed_one(quotes_of) -> None:
    text = (
        "“Our farmers are suffering,” Lula said.\n\n"
        "“The drought has lasted two years and the river is at its lowest in a century.”"
    )
    quotes, _ = quotes_of(text, ACTORS)
    assert [(q.speaker_name, q.sentence) for q in quotes] == [("Lula", 0), ("Lula", 1)]


def test_find_quotes_quote_after_narrative_is_not_given_the_earlier_speaker(quotes_of) -> None:
    text = (
        "“Our farmers are suffering,” Lula said.\n\nThe river is at its lowest in a century.\n\n"
        "“We have nothing left to sell.”"
    )
    quotes, _ = quotes_of(text, ACTORS)
    assert [q.speaker_name for q in quotes] == ["Lula", None]


def test_find_quotes_quote_across_paragraphs_is_one_quotation(quotes_of) -> None:
    text = (
        "Petro spoke at the summit in Bogotá.\n\n"
        "“The forest is not a resource to be sold. It is the lungs of the continent.\n\n"
        "… We will defend it with every law we have,” Petro said, to applause."
    )
    quotes, doc_text = quotes_of(text, ACTORS)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.text.startswith("The forest is not a resource")
    assert q.text.endswith("every law we have")
    assert "\n\n" in q.text and doc_text[q.start : q.end] == q.text
    assert (q.speaker_name, q.sentence) == ("Gustavo Petro", 1)


def test_find_quotes_reopened_paragraphs_make_one_quotation(quotes_of) -> None:
    text = '"We will rebuild the port.\n\n"We will rebuild the schools," Ardern said.'
    quotes, _ = quotes_of(text, ACTORS)
    assert [(q.text.split()[-1], q.speaker_name) for q in quotes] == [("schools", "Jacinda Ardern")]


@pytest.mark.parametrize(
    ("text", "words", "speaker", "cue"),
    [
        (
            "Petro said the government would “resolutely respond” to the attack.",
            "resolutely respond",
            "Gustavo Petro",
            "said",
        ),
        (
            "The minister said the plan, which Scholz called “a betrayal”, would fail.",
            "a betrayal",
            "Olaf Scholz",
            "called",
        ),
        (
            "Ardern, who said the reforms were “long overdue”, resigned.",
            "long overdue",
            "Jacinda Ardern",
            "said",
        ),
    ],
)
def test_find_quotes_fragment_goes_to_its_own_sentences_speaker(
    quotes_of, text, words, speaker, cue
) -> None:
    quotes, _ = quotes_of(text, ACTORS)
    assert [(q.text, q.speaker_name, q.cue, q.kind) for q in quotes] == [
        (words, speaker, cue, "fragment")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts warned of a “lost decade” for the region.",
        "Peru screened the film “The Long Road” in Lima.",
    ],
)
def test_find_quotes_scare_quotes_without_a_speaker_are_left_out(quotes_of, text) -> None:
    quotes, _ = quotes_of(text, ACTORS)
    assert quotes == []


@pytest.mark.parametrize(
    "text",
    [
        '"Nobody knows what happens next," a diplomat in Lima said.',
        '"The vote was fair." The Kremlin said the count took two days.',
        "“A quotation nobody attributes to anyone at all in this article.”",
    ],
)
def test_find_quotes_unresolvable_speaker_stays_none(quotes_of, text) -> None:
    quotes, _ = quotes_of(text, ACTORS)
    assert len(quotes) == 1 and quotes[0].speaker is None


def test_find_quotes_apostrophes_make_no_quotations(quotes_of) -> None:
    text = (
        "Peru’s envoys and the Koreas’ delegates didn’t meet, Ruto said. 'It was a pity,' he added."
    )
    quotes, _ = quotes_of(text, ACTORS)
    assert [(q.text, q.speaker_name, q.cue) for q in quotes] == [
        ("It was a pity", "William Ruto", "added")
    ]


def test_find_quotes_ids_follow_text_order(quotes_of) -> None:
    text = "“One,” Ruto said.\n\n“Two,” Ardern said.\n\n“Three,” Modi said."
    quotes, _ = quotes_of(text, ACTORS)
    assert [q.id for q in quotes] == ["q1", "q2", "q3"]
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    assert [q.sentence for q in quotes] == [0, 1, 2]


def test_find_quotes_unclosed_quote_stops_with_its_sentence(quotes_of) -> None:
    text = (
        "“The port is closed to all traffic. Ruto said three inquiries would follow.\n\n"
        "The harbour master resigned."
    )
    quotes, _ = quotes_of(text, ACTORS)
    assert [q.text for q in quotes] == ["The port is closed to all traffic."]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "“It was a mistake,” Ardern said. “We should have waited.”",
            ["Jacinda Ardern", "Jacinda Ardern"],
        ),
        (
            "“It was a mistake,” Ardern said. Ruto disagreed. “We should have waited.”",
            ["Jacinda Ardern", None],
        ),
        (
            "The Kremlin said in a statement on Friday:\n\n“The decision of the court has no force in Russia.”",
            ["Kremlin"],
        ),
    ],
)
def test_find_quotes_speaker_carried_to_the_next_quotation(quotes_of, text, speakers) -> None:
    quotes, _ = quotes_of(text, ACTORS)
    assert [q.speaker_name for q in quotes] == speakers


def test_find_quotes_pronoun_after_a_named_non_actor_speaker_stays_unknown(quotes_of) -> None:
    # Kowalczyk spoke last and is not a known actor: "he" is not Ruto.
    text = (
        "“The vote was clean,” Ruto said.\n\n“It was not,” Kowalczyk said.\n\n"
        "“The count took too long,” he added."
    )
    quotes, _ = quotes_of(text, ACTORS)
    assert [q.speaker_name for q in quotes] == ["William Ruto", None, None]


def test_find_quotes_pronoun_fallback_stops_at_another_person_named_in_between(quotes_of) -> None:
    # "he" may be Modi, named after Ruto spoke: no guess.
    text = "“The vote was clean,” Ruto said.\n\nModi hosted Petro for what he called “a historic visit.”"
    quotes, _ = quotes_of(text, ACTORS)
    assert [(q.text, q.speaker) for q in quotes] == [("The vote was clean", "a1")]


def test_find_quotes_titles_in_quotation_marks_are_not_fragments(quotes_of) -> None:
    text = "Ruto told the BBC's “Focus on Africa” programme the vote was clean."
    quotes, _ = quotes_of(text, ACTORS)
    assert quotes == []
