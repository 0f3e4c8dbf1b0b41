"""compare.speakers: each article's own speaker for each quotation (written cases, not corpus text).

Attribution reads no encoder: the contexts here carry none (`story_context(None, ...)`).
"""

from __future__ import annotations

import pytest

from accord.compare.entities import find_entities
from accord.compare.quotes import attribute, find_quotes
from conftest import story_context


def speakers(*texts: str) -> dict[str, str | None]:
    """Quoted words (their first five words) -> the speaker their article gives them."""
    ctx = story_context(None, *texts)
    return {" ".join(m.text.split()[:5]): name for m, name in attribute(ctx, find_entities(ctx))}


def speaker_of(text: str, words: str) -> str | None:
    found = speakers(text)
    key = next(k for k in found if words.startswith(k) or k.startswith(words))
    return found[key]


@pytest.mark.parametrize(
    "text, words, expected",
    [
        # a tag after the quotation, the name before or after the verb
        ('Floods cut the valley road on Monday. "We expect the water to fall by Friday," said Rep. '
         'Zoe Lofgren, a Democrat who represents the district.', "We expect the water", "Zoe Lofgren"),
        ('The rally drew thousands. "We are going to win this state easily," campaign manager Brad '
         'Parscale said after the event.', "We are going to win", "Brad Parscale"),
        # a tag before the quotation, with a colon
        ('Harbour master Ingrid Solberg spoke to reporters at dawn. She said: "No ship will leave '
         'the port until the fog lifts."', "No ship will leave", "Ingrid Solberg"),
        # an organisation, and "it" after it
        ('The ministry of health published new figures on Tuesday. "Hospital admissions have fallen '
         'for a third week," the Ministry of Health said in a statement. "The trend is encouraging '
         'but fragile," it added.', "The trend is encouraging", "Ministry of Health"),
        # a follow-on quotation with no tag of its own
        ('"The bridge is safe to cross," city engineer Paolo Ferri said on Monday. "We checked every '
         'cable twice."', "We checked every cable", "Paolo Ferri"),
        # "he said" after a sentence about another person: the one that sentence is about
        ('"Prices will stay high," economist Maria Lind said. Grocer Tomas Varga has raised his '
         'prices twice this year. "I have no choice," he said.', "I have no choice", "Tomas Varga"),
        # "he" with a list of names before it: the subject, not the first name of the list
        ('Coach Henrik Dahl praised Ola Berg, Finn Aas and Jon Moe after the match. "They ran until '
         'the last minute," he said.', "They ran until the", "Henrik Dahl"),
        # a partial quotation inside indirect speech
        ('Mayor Lena Strand said the repairs were "long overdue and badly planned" and promised a '
         'review.', "long overdue and badly", "Lena Strand"),
        # "according to" after words a speech verb introduced names the report's source, not the speaker
        ('Deputy mayor Ruth Amsel told the council that "the levy was never discussed", according to '
         'minutes seen by the paper.', "the levy was never discussed", "Ruth Amsel"),
        # a parse that left the verb without a subject: the name closing right before it speaks
        ('At a briefing for nurses, the head of the health agency, Ivo Marek, described the closure as '
         '"a pause, not a shutdown".', "a pause, not a shutdown", "Ivo Marek"),
        # a title and a scare quote name nobody
        ('The museum lent "The Harbour at Night" to a gallery in Oslo for the winter.',
         "The Harbour at Night", None),
        ('Engineers used a "cut and cover" method to dig the tunnel under the square.',
         "cut and cover", None),
        # an unnamed source is named as the article describes it
        ('"The talks are close to collapse," a senior diplomat said on condition of anonymity.',
         "The talks are close", "a senior diplomat"),
        # the one asked answers; a quoted modifier of a noun is nobody's words
        ('A reporter asked Mayor Karin Olsen whether the bridge would reopen soon. "Not before the '
         'spring thaw," she said.', "Not before the spring", "Karin Olsen"),
        ('Managers rejected a "take it or leave it" offer from the union, a spokesman said.',
         "take it or leave it", None),
        # a role noun resolved to the person the article gave that title
        ('Fire Chief Olga Berg led 40 firefighters at the scene. The fire burned for six hours. '
         '"We saved the houses next door," the chief said.', "We saved the houses next", "Olga Berg"),
    ],
)
def test_compare_speakers_written_cases(text, words, expected):
    got = speaker_of(text, words)
    if expected is None:
        assert got is None
    else:
        assert got is not None and expected.split()[-1].lower() in got.lower(), got


def test_compare_speakers_passive_description_names_nobody():
    # "he has been described as": the words are no one's in the article
    text = ('The striker joined the club in May. He has been described as "the best finisher of his '
            'generation" by fans across the country.')
    assert speaker_of(text, "the best finisher of his") is None


def test_compare_quotes_attributions_per_article():
    # two articles give the same words to different people: each article keeps its own speaker
    found, discrepancies = find_quotes(*_ctx_index(
        '"The dam will hold through the storm," said water board director Karl Nyberg.',
        '"The dam will hold through the storm," said regional governor Anna Holm.',
    ))
    (q,) = [q for q in found if q.text.startswith("The dam will hold")]
    assert {(a.article, a.speaker) for a in q.attributions} == {("a0", "Karl Nyberg"), ("a1", "Anna Holm")}
    assert any(d.kind == "name" and "who said" in d.about for d in discrepancies)


def _ctx_index(*texts):
    ctx = story_context(None, *texts)
    return ctx, find_entities(ctx)
