"""Regression on the canonical seeds: exactly these lines are removed, and no news sentence.

The seeds are a fixed example, so the expected removals are written out in full; the rules that
produce them are general (see accord/clean/lines.py) and no seed phrase appears in them.
"""

from __future__ import annotations

import pytest

from accord.clean import clean_article
from accord.ingest import read_inputs

EXPECTED_REMOVED = {
    "000": [
        "Taliban claim to have full control of Afghanistan, including Panjshir | DW News",
        "You may also like",
        "0 comment",
        "Write the first comment for this!",
    ],
    "001": [],
    "002": [
        "Also read: Taliban invite China, others to attend government formation ceremony: Report",
        "Also read: No wrangling over government formation, only technical things left: Taliban",
    ],
    "003": [
        "(Photograph:AFP)",
        "(Photo Courtesy: Twitter)",
        "(Photograph:Others)",
        "(Picture Courtesy: Twitter)",
        "(Photograph:Others)",
        "(Photograph:Others)",
    ],
    "004": [
        "1. Home",
        "2. World",
        "3. Taliban claims “Victory over Panjshir”, Opposition,”resistance will continue”",
        "By Ruchi Upadhyay",
        "Updated Date",
        "Kabul:",
        "Also Read :- Kabul Blast: Bomb blast in mosque near Ministry of Interior in Kabul, Afghanistan",
        "Also Read :- Afghanistan: Massive explosion outside Kabul mosque after Friday prayers; 4 Killed, 10 injured",
        "Also Read :- Watch video: Afghanistan fans clash after Asia cup loss to Pakistan in Sharjah, Shoaib Akhtar reacts",
        "Also Read :- Afghanistan: Suicide bomb blast outside Russian embassy in Kabul, 2 diplomats among 20 dead",
        "Further reading:",
        "For the latest news and reviews, follow us on Facebook, YouTube and Twitter पर फॉलो करे...",
    ],
}


@pytest.fixture(scope="module")
def cleaned(seed_paths):
    return {raw.id[:3]: clean_article(raw) for raw in read_inputs([str(p) for p in seed_paths])}


def test_clean_seeds_removed_exactly(cleaned):
    assert {k: list(a.removed) for k, a in cleaned.items()} == EXPECTED_REMOVED


def test_clean_seeds_keep_every_sentence(cleaned, seed_paths):
    # Every line of a seed that is kept, the title, or removed, and nothing else.
    for path in seed_paths:
        art = cleaned[path.name[:3]]
        for line in path.read_text(encoding="utf-8").splitlines():
            line = " ".join(line.split())  # the cleaner turns no-break spaces into spaces
            if not line:
                continue
            assert line in art.text or line in art.removed or line == art.title or (
                art.dateline and line.startswith(art.dateline) and line[len(art.dateline):].strip() in art.text
            ), (path.name, line)


def test_clean_seeds_metadata(cleaned):
    assert cleaned["000"].outlet == "DW News"
    assert cleaned["000"].title == "Taliban claim to have full control of Afghanistan, including Panjshir"
    assert cleaned["001"].title.startswith("Afghanistan: Taliban claims to have seized Panjshir Valley")
    assert cleaned["002"].title is None  # it opens straight with its lede
    # 003 repeats its headline as the start of its first sentence: title taken, sentence kept.
    assert cleaned["003"].title.endswith("in Afghanistan - Panjshir Valley")
    assert cleaned["003"].text.startswith(cleaned["003"].title + " - even as")
    assert cleaned["004"].byline == "Ruchi Upadhyay" and cleaned["004"].dateline == "Kabul:"
    assert cleaned["004"].text.startswith("The war might not have been over")
    assert cleaned["000"].credits == ("BBC",) and cleaned["002"].credits == ("BBC",)
    assert cleaned["004"].credits == ("Reuters",)


def test_clean_seeds_paragraphs(cleaned):
    for art in cleaned.values():
        assert "\n\n\n" not in art.text and not art.text.startswith("\n")
        assert all(p.strip() == p and p for p in art.text.split("\n\n"))
