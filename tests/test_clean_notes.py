"""Cleaning: lines about the author or the outlet, and calls to act, go; news prose that merely
mentions cookies, podcasts, apps or subscriptions stays (accord.clean.notes)."""

from __future__ import annotations

import pytest

from accord.clean import clean_text

HEAD = (
    "Harbour wall to be rebuilt after storm damage\n\n"
    "The sea wall at Ardel harbour will be rebuilt at a cost of 2 million euros after last "
    "week's storm tore a 40-metre gap in it, the port authority said on Tuesday.\n\n"
    "Work is due to start in the spring and last about five months.\n\n"
)


def kept(line: str, at: str = "tail") -> bool:
    title, first, second, _ = HEAD.split("\n\n")
    parts = [title, first, second, line] if at == "tail" else [title, first, line, second]
    text = "\n\n".join(parts)
    return any(line in p for p in clean_text(text).paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "Tune in to Harbour Talk, our weekly shipping podcast, every Thursday.",
        "Get the Ardel Post app for alerts on the storms as they happen.",
        "Never miss a story: our morning briefing lands in your inbox at 6am.",
        "Independent reporting costs money. If you can, please support us with a gift.",
        "We use cookies to understand how you use this site and to show you relevant offers.",
        "By continuing to browse this website you consent to cookies.",
        "Ardel Post carries reports from partner agencies under licence. Copyright Ardel Post Ltd.",
        "This material may not be reproduced without permission.",
        "Rosa Keane covers shipping and the coast for the Ardel Post.",
        "Comments are closed on this article.",
        "Update: This article was amended on 3 May to correct the cost of the wall.",
    ],
)
def test_clean_notes_remove_pitches_consent_rights_and_bios(line):
    assert not kept(line)


def test_clean_notes_remove_a_bio_that_opens_with_the_bylines_name():
    text = (
        "Harbour wall to be rebuilt after storm damage\n\nBy Rosa Keane\n\n"
        + HEAD.split("\n\n", 1)[1]
        + "Rosa Keane spent ten years on the night desk before moving to the coast in 2020."
    )
    c = clean_text(text)
    assert c.byline == "Rosa Keane"
    assert not any("night desk" in p for p in c.paragraphs)


@pytest.mark.parametrize("at", ["tail", "middle"])
@pytest.mark.parametrize(
    "line",
    [
        "The bakery's cookie sales doubled after the festival, its owner said.",
        "Help arrived within an hour of the first call.",
        "Support for the plan has grown among farmers.",
        "Listeners have complained that the station's podcast was cancelled without notice.",
        "The charity, which relies on donations, will close two shops.",
        "Subscribers to the water company's alert service received a warning at 6am.",
        "Fans are urged to download the club's app before travelling, as paper tickets will not be accepted.",
        "Join the queue early, organisers advised, as tickets are limited.",
        "The newspaper is published by Halden Media, which bought it in 2019.",
        "Copyright lawyers say the ruling could affect thousands of songwriters.",
        "Maria Lind covers the cost of the repairs herself, she told the council.",
        "Get vaccinated, the health minister urged people over 65 on Monday.",
        "The app, which lets users accept or reject cookies, was downloaded two million times.",
        "Consumer groups said many sites still make it harder to unsubscribe than to subscribe.",
        "Try as they might, rescuers could not reach the cabin before dark.",
        "Visit numbers at the museum fell by a third in the first month.",
        "Update: Police have since named the man as Jonas Veer, 34.",
    ],
)
def test_clean_notes_keep_news_prose_that_mentions_page_words(line, at):
    assert kept(line, at)


def test_clean_keeps_a_subhead_that_holds_a_page_word_mid_article():
    # regression: "conditions" is a word of page furniture ("terms and conditions"), so a 4-word
    # subhead holding it was dropped as a UI line in the middle of the news
    title, first, second, _ = HEAD.split("\n\n")
    c = clean_text("\n\n".join([title, first, "A repair with conditions", second]))
    assert "A repair with conditions" in c.paragraphs
    c = clean_text("\n\n".join([title, first, "Story continues below advertisement", second]))
    assert "Story continues below advertisement" not in c.paragraphs
