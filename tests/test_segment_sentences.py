"""Segmentation: news abbreviations, quotations, datelines, tokenised text, exact spans."""

from __future__ import annotations

import pytest

from accord.segment import segment, split_sentences
from accord.types import Article


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Gen. Ada Korr met U.S. envoys at 9 a.m. on Jan. 4 in the capital. The talks lasted an hour.",
            ["Gen. Ada Korr met U.S. envoys at 9 a.m. on Jan. 4 in the capital.", "The talks lasted an hour."],
        ),
        (
            "The plant closed in the U.S. The workers were told on Friday.",
            ["The plant closed in the U.S.", "The workers were told on Friday."],
        ),
        (
            "Sales rose 3.5 per cent to $2.1 bn. last year. Dr. J. Mertens of St. Paul disagreed.",
            ["Sales rose 3.5 per cent to $2.1 bn. last year.", "Dr. J. Mertens of St. Paul disagreed."],
        ),
        (
            "The ferry left at 6 p.m. It never arrived.",
            ["The ferry left at 6 p.m.", "It never arrived."],
        ),
        (  # a temperature's unit is no initial
            "The town baked at 36C. Power came back by 02:30, the grid said.",
            ["The town baked at 36C.", "Power came back by 02:30, the grid said."],
        ),
    ],
)
def test_segment_abbreviations(text, expected):
    assert texts(text) == expected


def test_segment_quotation_spanning_sentences_stays_whole():
    text = 'The captain said: "We saw the wave. We turned the bow into it." Then the radio went silent.'
    assert texts(text) == [
        'The captain said: "We saw the wave. We turned the bow into it."',
        "Then the radio went silent.",
    ]


def test_segment_dateline_left_out_of_the_lead():
    text = "OSLO, Sept. 9 (Wire) - The harbour reopened on Tuesday. Ships queued outside."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["The harbour reopened on Tuesday.", "Ships queued outside."]
    assert text[sentences[0].start : sentences[0].end] == sentences[0].text


def test_segment_capitalised_opening_words_are_no_dateline():
    # the cleaner's dateline rule decides: a two-letter "US" or an article "A" is no place
    for text in ("US - China trade talks resumed on Monday in Geneva after a pause.",
                 "A FIRE - Bomb attack hit the market on Friday, police said in a statement.",
                 "COVID-19 - The number of cases rose again on Monday across the region, officials said."):
        assert texts(text) == [text]


def test_segment_penn_treebank_quotes_close_the_sentence():
    text = "The mayor called it `` a disgrace . '' Crews worked all night . The road reopened ."
    assert texts(text) == ["The mayor called it `` a disgrace . ''", "Crews worked all night .", "The road reopened ."]


def test_segment_unbalanced_quote_does_not_swallow_the_paragraph():
    text = '"The storm hit at dawn. Roofs were torn off. Two schools closed. Power failed in the east.'
    assert len(texts(text)) == 4


def test_segment_paragraphs_counted():
    text = "First block one. First block two.\n\nSecond block."
    assert [s.paragraph for s in split_sentences(text)] == [0, 0, 1]


def test_segment_spans_exact_on_seeds_and_dev(seed_paths, dev_records):
    articles = [Article(id=p.stem, source=str(p), text=p.read_text(encoding="utf-8")) for p in seed_paths]
    articles += [Article(id=r["doc_id"], source="dev", text=r["title"] + "\n\n" + r["text"]) for r in dev_records[:60]]
    for article in articles:
        sentences = segment(article)
        assert sentences, article.id
        for n, s in enumerate(sentences):
            assert s.index == n and s.article == article.id
            assert article.text[s.start : s.end] == s.text
            assert s.text == s.text.strip() and s.text
        starts = [s.start for s in sentences]
        assert starts == sorted(starts)
