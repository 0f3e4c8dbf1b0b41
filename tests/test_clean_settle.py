"""Ambiguous numeric page dates ("11/03/2024") are read with the story's help (issue 13, point 5).

Regression: a page of a story published on 11 March 2024 that wrote its date "11/03/2024" was
dated 2024-11-03, eight months from its story, and its "on Saturday" landed in October.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import accord
from accord.clean import clean_article
from accord.clean.settle import settle_dates
from accord.types import Article, RawArticle

MAR_11, NOV_3 = dt.date(2024, 3, 11), dt.date(2024, 11, 3)

# A water main burst in an invented town, told by three outlets. Only the dates differ between
# the stories built below.
BURST = (
    "A water main burst under Kellner Street in Orvath, flooding the basements of a dozen "
    "shops and cutting supplies to about 4,000 homes, the town's water company said. Crews "
    "worked through the night to close the valves, and tankers were sent to the old market "
    "square so that residents could fill bottles."
)
REPAIR = (
    "Engineers from the Orvath water company began replacing a 30-metre section of the cast-iron "
    "main under Kellner Street, the company said, and supplies should return to most homes "
    "within two days. Shop owners on the street said the flooding had ruined stock."
)


def page(date_line: str, body: str, head: str = "Orvath Courier") -> str:
    """A scraped page: outlet banner, headline, the date line, then the article."""
    return f"{head}\nWater main bursts under Kellner Street in Orvath\n{date_line}\n\n{body}\n"


def cleaned(date_line: str, body: str = BURST, *, id: str = "a", url: str | None = None) -> Article:
    """An Article through the real cleaner, from a plain-text page."""
    raw = RawArticle(id=id, source=f"{id}.txt", kind="text", body=page(date_line, body), url=url)
    return clean_article(raw)


def load(tmp_path: Path, pages: dict[str, str]) -> tuple[Article, ...]:
    """Articles read from files through accord.load, as a user's run reads them."""
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    loaded = accord.load([str(tmp_path / name) for name in pages])
    assert not loaded.rejected, loaded.rejected
    return loaded.articles


@pytest.mark.parametrize(
    "date_line, published, alternatives",
    [
        ("11/03/2024 19:30", NOV_3, (NOV_3, MAR_11)),  # a date line alone, read month-first today
        ("Updated 11.03.2024", NOV_3, (NOV_3, MAR_11)),
        ("Published 03/11/2024", MAR_11, (MAR_11, NOV_3)),
        ("Published 13/03/2024", dt.date(2024, 3, 13), ()),  # a day over 12 says which is which
        ("Published 2024-03-11", MAR_11, ()),
        ("Published 11 March 2024", MAR_11, ()),
        ("March 11, 2024 at 1:15 pm", MAR_11, ()),
        ("Published 11/11/2024", dt.date(2024, 11, 11), ()),  # both readings are one day
        ("Published 3 November 2024 | Updated 11/03/2024", NOV_3, ()),  # also written plainly
    ],
)
def test_clean_settle_records_both_readings_of_an_ambiguous_date(date_line, published, alternatives):
    article = cleaned(date_line)
    assert article.published == published
    assert article.published_alternatives == alternatives
    assert date_line not in article.text


def test_clean_settle_an_html_page_keeps_htmldate_reading_and_records_both(tmp_path):
    html = (
        "<html><head><title>Water main bursts in Orvath</title></head><body>"
        "<h1>Water main bursts under Kellner Street in Orvath</h1>"
        '<p class="date">05/06/2024</p>'
        f"<p>{BURST}</p></body></html>"
    )
    iso = html.replace("<head>", '<head><meta property="article:published_time" content="2024-06-05T10:00">')
    a, b = load(tmp_path, {"a.html": html, "b.html": iso})
    may_6, june_5 = dt.date(2024, 5, 6), dt.date(2024, 6, 5)
    assert a.published == june_5 and a.published_alternatives == (may_6, june_5)
    # the markup also writes the date in ISO form: nothing is ambiguous
    assert b.published == june_5 and b.published_alternatives == ()


@pytest.mark.parametrize(
    "others, settled",
    [
        (("Published 12 March 2024", "March 12, 2024"), MAR_11),  # the story is in March
        (("Published 4 November 2024", "November 5, 2024"), NOV_3),  # in November
    ],
)
def test_clean_settle_takes_the_reading_nearest_the_story(others, settled):
    ambiguous = cleaned("11/03/2024 19:30", id="c")
    story = [cleaned(others[0], id="a"), cleaned(others[1], REPAIR, id="b"), ambiguous]
    out = settle_dates(story)
    assert [a.id for a in out] == ["a", "b", "c"]
    assert out[2].published == settled
    assert out[2].published_alternatives == (NOV_3, MAR_11)
    assert out[:2] == story[:2]  # unambiguous articles are returned as they are


@pytest.mark.parametrize(
    "date_line, body, settled",
    [
        # 11 March 2024 was a Monday, 3 November a Sunday: "on Monday" is the day itself under
        # the first reading, six days back under the second
        ("11/03/2024 19:30", "The main burst on Sunday evening, and engineers began repairs on "
         "Monday. " + BURST, MAR_11),
        # 5 June 2024 was a Wednesday, 6 May a Monday: Tuesday and Wednesday are the days just
        # before the first, five and six days back from the second
        ("05/06/2024 08:10", "The main burst on Tuesday night. Tankers reached the market square "
         "on Wednesday morning. " + BURST, dt.date(2024, 6, 5)),
    ],
)
def test_clean_settle_reads_the_weekdays_the_text_names(date_line, body, settled):
    article = cleaned(date_line, body)
    assert article.published != settled  # today's reading is the other one
    (out,) = settle_dates([article])
    assert out.published == settled


def test_clean_settle_ignores_weekdays_of_sentences_about_the_future():
    body = "Engineers will begin repairs on Monday, and the street will reopen on Monday evening. " + BURST
    (out,) = settle_dates([cleaned("11/03/2024 19:30", body)])
    assert out.published == NOV_3


@pytest.mark.parametrize(
    "date_line, body, url",
    [
        ("11/03/2024 19:30", "ORVATH, March 11 (Courier) - " + BURST, None),  # a month name
        ("Mon 11/03/2024 19:30", BURST, None),  # the weekday beside the date
        ("Published 11/03/2024 | Updated 13/03/2024", BURST, None),  # the page writes day-first
        ("11/03/2024 19:30", BURST, "https://orvath.example/news/2024/03/11/water-main"),
    ],
)
def test_clean_settle_what_the_page_states_is_decisive(date_line, body, url):
    ambiguous = cleaned(date_line, body, id="c", url=url)
    assert ambiguous.published == NOV_3 and ambiguous.published_alternatives == (NOV_3, MAR_11)
    # even against a story dated in November
    story = [cleaned("Published 4 November 2024", id="a"), ambiguous]
    assert settle_dates(story)[1].published == MAR_11


@pytest.mark.parametrize(
    "url, settled",
    [
        ("https://www.orvath-courier.co.uk/news/water-main", MAR_11),  # a day-first country
        ("https://www.orvathcourier.com/news/water-main", NOV_3),  # .com tells nothing
    ],
)
def test_clean_settle_takes_the_outlet_country_from_its_address(url, settled):
    (out,) = settle_dates([cleaned("11/03/2024 19:30", url=url)])
    assert out.published == settled


def test_clean_settle_keeps_a_lone_ambiguous_article_on_today_reading():
    article = cleaned("11/03/2024 19:30")
    (out,) = settle_dates([article])
    assert out is article and out.published == NOV_3


def test_clean_settle_leaves_unambiguous_dates_alone():
    story = [
        cleaned("Published 13/03/2024", id="a"),
        cleaned("Published 2024-11-04", REPAIR, id="b"),
        cleaned("November 5, 2024", id="c"),
    ]
    assert settle_dates(story) == story


def test_clean_settle_end_to_end_the_timeline_lands_on_the_story_days(tmp_path, encoder):
    late = (
        "Prosecutors in Orvath opened an investigation into the water company after the main under "
        "Kellner Street burst on Saturday evening, the prosecutor's office said on Monday. "
        "Inspectors seized the company's maintenance logs for the street, which show the cast-iron "
        "main was last checked nine years ago."
    )
    pages = {
        "courier.txt": page("Published 12 March 2024, 09:40", BURST),
        "herald.txt": page("March 12, 2024 at 2:05 pm", REPAIR, head="Orvath Herald"),
        "radio.txt": page("11/03/2024 19:30", late + "\n\n" + BURST, head="Radio Orvath"),
    }
    articles = load(tmp_path, pages)
    radio = next(a for a in articles if a.id == "radio")
    assert radio.published == NOV_3  # today's reading, before the story is seen
    for one_story in (True, False):  # the clusterer must keep it in its story too
        report = accord.analyze(articles, one_story=one_story, encoder=encoder)
        (story,) = report.stories
        assert {a.id: a.published for a in story.articles}["radio"] == MAR_11
        # publication order: the settled page, a day before the others, comes first
        assert list(story.story.articles) == [a.id for a in story.articles]
        assert story.story.articles[0] == "radio"
        days = {e.date for e in story.timeline if "radio" in e.articles}
        assert "2024-03-09" in days  # "on Saturday evening"
        assert not any(d.startswith("2024-1") for d in days)
        data = json.loads(accord.render(report, "json"))
        published = {a["id"]: a["published"] for a in data["stories"][0]["articles"]}
        assert published["radio"] == "2024-03-11"
