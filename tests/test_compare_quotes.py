"""compare.quotes and compare.wording: speakers, variants, misquotes marked, trims not."""

from __future__ import annotations

import pytest

from accord.compare import compare_story
from accord.compare.context import StoryContext
from accord.compare.entities import find_entities
from accord.compare.quotes import find_quotes
from accord.compare.wording import compare_wordings, replaced_phrases
from accord.segment import segment
from conftest import story_context


def story(encoder, *texts: str) -> StoryContext:
    return story_context(encoder, *texts)


def quotes(encoder, *texts: str):
    ctx = story(encoder, *texts)
    return find_quotes(ctx, find_entities(ctx))


def only(items, **where):
    found = [x for x in items if all(getattr(x, k) == v for k, v in where.items())]
    assert len(found) == 1, (where, items)
    return found[0]


@pytest.mark.parametrize(
    "main, variant, changed",
    [
        ("We will not raise taxes this year", "We will raise taxes this year", True),  # negation
        ("We have sent 40 trucks of food", "We have sent 14 trucks of food", True),  # number
        ("The talks have failed completely", "The talks have succeeded completely", True),  # key word
        ("We will begin repairs at once", "We will start repairs at once", False),  # synonym
        ("The bridge will reopen next week once engineers finish their checks",
         "The bridge will reopen next week", False),  # trim
        ("Our struggle will continue until justice prevails",
         "Our struggle will continue until justice prevail", False),  # inflection
        ("They are legitimizing the junta", "They are legitimising the junta", False),  # spelling
        ("Prices will increase sharply", "Prices will decrease sharply", True),  # opposite word
        # modality, obligation and quantity (issue 14): another kind of word is another claim
        ("Visitors will be required to register", "Visitors may be asked to register", True),
        ("Every sample from the lake was clean", "Some of the samples from the lake were clean", True),
        ("Most of the workers went home early", "All of the workers went home early", True),
        ("Each school will close on Friday", "Every school will close on Friday", False),
    ],
)
def test_compare_wording_meaning_changes(encoder, main, variant, changed):
    result, changes = compare_wordings(main, variant, encoder)
    assert result is changed, changes
    assert changes  # every difference is described


def test_compare_quotes_misquote_is_marked_and_flagged(encoder):
    found, discrepancies = quotes(
        encoder,
        '"We will not raise taxes on working families this year," Finance Minister Clara Novak said.',
        'Finance Minister Clara Novak said: "We will not raise taxes on working families this year."',
        '"We will raise taxes on working families this year," Clara Novak told parliament.',
    )
    q = only(found, speaker="Clara Novak")
    assert q.text == "We will not raise taxes on working families this year"
    assert q.articles == ("a0", "a1", "a2")
    v = only(q.variants)
    assert v.changes_meaning and v.articles == ("a2",) and "negation dropped" in v.changes
    d = only(discrepancies, kind="quote")
    assert {c.articles for c in d.claims} == {("a0", "a1"), ("a2",)}
    assert all(c.text.endswith(".") for c in d.claims)  # whole sentences as evidence


def test_compare_quotes_trimmed_quote_is_not_a_misquote(encoder):
    found, discrepancies = quotes(
        encoder,
        '"The bridge will reopen next week once engineers have finished their checks," '
        "transport official Ivan Petrov said.",
        '"The bridge will reopen next week," Petrov said on Monday.',
        '"The bridge will reopen next week," said Ivan Petrov.',
    )
    q = only(found)
    assert q.speaker == "Ivan Petrov" and q.text == "The bridge will reopen next week"
    assert not only(q.variants).changes_meaning
    assert discrepancies == ()


def test_compare_quotes_one_answer_in_two_wordings(encoder):
    found, discrepancies = quotes(
        encoder,
        "On Friday a reporter asked Governor Elena Ruiz whether she would send in the army. "
        '"That is not on the table," she said.',
        "Governor Elena Ruiz was asked on Friday whether she would deploy the army to the region. "
        '"We are nowhere near that point," she said.',
    )
    q = only(found)
    assert q.speaker == "Elena Ruiz" and q.articles == ("a0", "a1")
    assert only(q.variants).changes_meaning
    assert only(discrepancies).kind == "quote"


def test_compare_quotes_same_speaker_different_statements_stay_apart(encoder):
    found, discrepancies = quotes(
        encoder,
        "Mayor Tom Hale opened the new library on Saturday. "
        '"Every child in this city deserves a quiet place to read," Hale said.',
        "Mayor Tom Hale was asked about the cuts to the police budget. "
        '"We will find the money somewhere else," he said.',
    )
    assert len(found) == 2 and all(q.speaker == "Tom Hale" and not q.variants for q in found)
    assert discrepancies == ()


def test_compare_quotes_two_remarks_sharing_a_stock_phrase_stay_apart(encoder):
    # one director, two remarks that share only "from the page to the screen": no misquote
    found, discrepancies = quotes(
        encoder,
        'Director Lena Marsh said she was "deeply thankful to have been given the author\'s blessing '
        'to carry Harbour Lights in its journey from the page to the screen."',
        '"I am proud to have been trusted with bringing Harbour Lights from the page to the screen," '
        "Lena Marsh said.",
    )
    assert not [d for d in discrepancies if d.kind == "quote"]
    assert all(not q.variants for q in found)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Nurse Amaka Eze described the night. "We had no power for six hours," she said.', "Amaka Eze"),
        ('"We had no power for six hours," said nurse Amaka Eze.', "Amaka Eze"),
        ('The hospital director, Amaka Eze, said on Facebook: "We had no power for six hours."', "Amaka Eze"),
        ('"We had no power for six hours," the Red Crescent Society tweeted.', "Red Crescent Society"),
        ('A group of nurses gathered outside. "We had no power for six hours," she said.', None),
    ],
)
def test_compare_quotes_speaker(encoder, text, speaker):
    found, _ = quotes(encoder, text)
    assert only(found).speaker == speaker


def test_compare_quotes_same_words_given_to_another_person_is_a_name_discrepancy(encoder):
    found, discrepancies = quotes(
        encoder,
        '"The water in the eastern districts is safe to drink," health director Paul Mensah said.',
        '"The water in the eastern districts is safe to drink," said Paul Mensa, the health director.',
        '"The water in the eastern districts is safe to drink," Mayor Grace Owusu said on Sunday.',
    )
    d = only(discrepancies, kind="name")
    assert {c.value: c.articles for c in d.claims} == {"Paul Mensah": ("a0", "a1"), "Grace Owusu": ("a2",)}


def test_compare_quotes_seed_president_answer_is_one_quote_with_a_changed_variant(seed_articles, encoder):
    ctx = StoryContext(tuple(seed_articles), {a.id: segment(a) for a in seed_articles}, (), encoder)
    found, discrepancies = find_quotes(ctx, find_entities(ctx))
    biden = only(found, speaker="Joe Biden")
    assert len(biden.articles) == 2 and only(biden.variants).changes_meaning
    assert any(d.kind == "quote" and "Joe Biden" in d.about for d in discrepancies)
    # the uprising call: trimmed ("inside or outside the country") and start/begin, not a misquote
    uprising = only([q for q in found if "national uprising" in q.text])
    assert uprising.speaker == "Ahmad Massoud" and len(uprising.articles) == 3
    assert uprising.variants and not any(v.changes_meaning for v in uprising.variants)


def test_compare_story_on_the_seeds(seed_articles, encoder):
    sentences = {a.id: segment(a) for a in seed_articles}
    result = compare_story(seed_articles, sentences, (), encoder)
    kinds = [d.kind for d in result.discrepancies]
    assert "relation" in kinds and "quote" in kinds
    assert kinds == sorted(kinds, key=["number", "date", "name", "place", "relation", "quote", "other"].index)
    people = {e.name: e for e in result.entities if e.type == "person"}
    assert {"Ahmad Masood", "Ahmed Massoud"} <= set(people["Ahmad Massoud"].variants)
    assert "Anthony Blinken" in people["Antony Blinken"].variants
    assert "Ahmad Shah Massoud" in people
    assert not any(d.kind == "name" for d in result.discrepancies)
    # every cited span is the article's own text
    texts = {a.id: a.text for a in seed_articles}
    spans = [m for q in result.quotes for m in q.mentions]
    spans += [m for d in result.discrepancies for c in d.claims for m in c.mentions]
    assert spans and all(texts[m.article][m.start:m.end] == m.text for m in spans)


def test_compare_quotes_excerpt_sharing_a_name_is_another_quote(encoder):
    # regression: a short quotation that only shares a proper name with a long one was its "variant"
    found, discrepancies = quotes(
        encoder,
        '"The new rules weaken the scientific basis of the Clean Water Act and let politics decide '
        'what science should," environmental lawyer Dana Whitfield said.',
        'Whitfield said the change ran against "the purposes of the Clean Water Act" and would be challenged.',
    )
    assert len(found) == 2 and not any(q.variants for q in found)
    assert discrepancies == ()


def test_compare_quotes_excerpt_of_a_longer_quote_is_a_trim(encoder):
    found, discrepancies = quotes(
        encoder,
        '"Our forces remain in every strategic position across the valley and will keep fighting," '
        "commander Idris Karimi said.",
        'Karimi insisted his men held "every strategic position across the valley".',
    )
    q = only(found)
    assert q.articles == ("a0", "a1") and not only(q.variants).changes_meaning
    assert discrepancies == ()


def test_compare_quotes_pronoun_speaker_is_the_subject_not_an_appositive(encoder):
    # regression: "he told reporters" went to the father named in an appositive
    found, _ = quotes(
        encoder,
        "Harbour master Lisa Okafor, the daughter of former mayor Piet Okafor, said ten ships were waiting. "
        '"Nobody sails until the channel is clear," she told reporters.',
    )
    assert only(found, text="Nobody sails until the channel is clear").speaker == "Lisa Okafor"


class _Asked:
    """An encoder that records the texts it is asked about."""

    def __init__(self, encoder):
        self.encoder, self.texts = encoder, set()

    def encode(self, texts):
        self.texts.update(texts)
        return self.encoder.encode(texts)


@pytest.mark.parametrize(
    "main, variant, asks",
    [
        ("We will not raise taxes this year", "We will raise taxes this year", False),  # negation
        ("They are legitimizing the junta", "They are legitimising the junta", False),  # spelling
        ("The bridge will reopen next week once engineers finish their checks",
         "The bridge will reopen next week", False),  # trim
        ("The talks have failed completely", "The talks have succeeded completely", True),  # key word
        ("We will begin repairs at once", "We will start repairs at once", True),  # synonym
    ],
)
def test_replaced_phrases_are_what_compare_wordings_encodes(encoder, main, variant, asks):
    phrases = replaced_phrases(main, variant)
    asked = _Asked(encoder)
    compare_wordings(main, variant, asked)
    assert bool(phrases) is asks
    assert asked.texts <= set(phrases)
    assert bool(asked.texts) is asks


def test_compare_wording_a_time_in_another_notation_is_the_same_remark():
    changed, changes = compare_wordings(
        "The last train left at 6:41pm PST on Friday (0241 GMT Saturday), the operator said.",
        "The last train left at 18:41 on Friday (02:41 GMT Saturday), the operator said.",
        None,
    )
    assert not changed, changes
    changed, _ = compare_wordings("The last train left at 6:41pm on Friday.", "The last train left at 7:41pm on Friday.", None)
    assert changed
    changed, changes = compare_wordings("He gave himself up just after 6 : 00 p.m.", "He gave himself up just after 6 p.m.", None)
    assert not changed, changes


def test_compare_quotes_one_speaker_quoted_both_ways_in_own_words(encoder):
    _, discrepancies = quotes(
        encoder,
        "The harbour master, Ines Doyle, spoke to reporters on the quay. "
        '"The ferry\'s engines did not fail at any point," Doyle said.',
        "Harbour master Ines Doyle gave a different account on Thursday. "
        '"The engines failed twice before the ferry reached the breakwater," said Doyle.',
    )
    found = [d for d in discrepancies if d.kind == "quote"]
    assert len(found) == 1 and "Ines Doyle" in found[0].about


@pytest.mark.parametrize("b", [
    # another person says the opposite: two views, not a misquote
    "Engineer Paul Reno disagreed. "
    '"The engines failed twice before the ferry reached the breakwater," said Reno.',
    # a comparison takes no side
    "Harbour master Ines Doyle spoke on Thursday. "
    '"The weather turned far faster than any engine failure could explain," said Doyle.',
])
def test_compare_quotes_opposite_remarks_of_others_or_comparisons_stay_quiet(encoder, b):
    _, discrepancies = quotes(
        encoder,
        "The harbour master, Ines Doyle, spoke to reporters on the quay. "
        '"The ferry\'s engines did not fail at any point," Doyle said.',
        b,
    )
    assert not [d for d in discrepancies if d.kind == "quote"]


def test_compare_quotes_a_fragment_in_the_writers_words_takes_no_side(encoder):
    # the negation of a woven-in fragment lies outside its quote marks
    _, discrepancies = quotes(
        encoder,
        'Harbour master Ines Doyle spoke on the quay. "The engines did not fail at any point," Doyle said.',
        'Harbour master Ines Doyle said the engines had not "failed at any point on the crossing."',
    )
    assert not [d for d in discrepancies if d.kind == "quote"]


def test_compare_quotes_a_plainly_framed_fragment_is_compared(encoder):
    # the writer's frame before the fragment ("told reporters that") turns nothing: the fragment's
    # polarity is its own, and it disputes the whole quotation of another outlet (issue 13)
    _, discrepancies = quotes(
        encoder,
        'Harbour master Ines Doyle spoke on the quay. "The engines did not fail at any point," Doyle said.',
        'Harbour master Ines Doyle told reporters on Thursday that "the engines failed twice before the breakwater".',
    )
    found = [d for d in discrepancies if d.kind == "quote"]
    assert len(found) == 1 and "Ines Doyle" in found[0].about


@pytest.mark.parametrize("frame", [
    "denied that",  # a denial outside the quote marks
    "would not confirm that",  # a negation
    "was asked whether",  # a question
])
def test_compare_quotes_a_fragment_framed_by_a_denial_or_question_takes_no_side(encoder, frame):
    _, discrepancies = quotes(
        encoder,
        'Harbour master Ines Doyle spoke on the quay. "The engines did not fail at any point," Doyle said.',
        f'Harbour master Ines Doyle {frame} "the engines failed twice before the breakwater".',
    )
    assert not [d for d in discrepancies if d.kind == "quote"]


def test_compare_quotes_one_remark_given_to_a_spectator_and_to_the_driver(encoder):
    # "The driver, Kaja Lindqvist, ...": a name after a noun only people are called by is a
    # person's, whatever the recogniser labelled it, so the two speakers of one remark are told apart
    _, discrepancies = quotes(
        encoder,
        '"It was like a bomb going off under the stand," said Tore Hammar, a father of two who was watching.',
        'The driver, Kaja Lindqvist, told the radio that the noise "was like a bomb going off under the stand".',
    )
    found = [d for d in discrepancies if d.kind == "name"]
    assert len(found) == 1
    assert {c.value for c in found[0].claims} == {"Tore Hammar", "Kaja Lindqvist"}


def test_compare_quotes_surname_speaker_of_a_named_person_against_another_person(encoder):
    # the story names two Lindqvists, so a bare "Lindqvist" stays its own entity; its article gives
    # the full name first, so the remark given to Greta Sund elsewhere is another speaker
    _, discrepancies = quotes(
        encoder,
        'Finance chief Oskar Lindqvist, a nephew of founder Per Lindqvist, met staff on Friday. '
        '"The merger is off for now, and nobody will lose their job," Lindqvist told them.',
        'At the shareholders\' meeting, board member Greta Sund said that "the merger is off for now, '
        'and nobody will lose their job".',
    )
    (d,) = [d for d in discrepancies if d.kind == "name"]
    assert {c.articles for c in d.claims} == {("a0",), ("a1",)}


def test_compare_quotes_surname_speaker_and_the_full_name_are_one_speaker(encoder):
    _, discrepancies = quotes(
        encoder,
        'Finance chief Oskar Lindqvist, a nephew of founder Per Lindqvist, met staff on Friday. '
        '"The merger is off for now, and nobody will lose their job," Lindqvist told them.',
        '"The merger is off for now, and nobody will lose their job," Oskar Lindqvist told the staff.',
    )
    assert not [d for d in discrepancies if d.kind == "name"]



def test_compare_quotes_a_remark_tagged_by_a_pronoun_after_its_speaker_is_introduced(encoder):
    # the sentence before has one person, by full name, as its subject, and the quotation's own
    # names nobody: "she said" is hers, as in news everywhere, and the evidence is both sentences
    _, discrepancies = quotes(
        encoder,
        'Marta Lenz, the airport\'s chief executive, apologised to passengers on Sunday. '
        '"Safety comes first and we are sorry for every delay," she said.',
        '"Safety comes first and we are sorry for every delay," said transport minister Olaf Brenner.',
    )
    (d,) = [d for d in discrepancies if d.kind == "name"]
    assert {c.value for c in d.claims} == {"Marta Lenz", "Olaf Brenner"}
    lenz = next(c for c in d.claims if c.value == "Marta Lenz")
    assert lenz.text.startswith("Marta Lenz, the airport's chief executive") and "she said" in lenz.text


def test_compare_quotes_a_pronoun_beside_other_names_gives_no_speaker_conflict(encoder):
    # "he said" in a sentence naming two people was another person's words on ECB+ dev (a
    # representative's statement): the pronoun's speaker is not trusted there
    _, discrepancies = quotes(
        encoder,
        'Marta Lenz was not at the airport on Sunday. '
        'According to reports, her deputy Jonas Vik issued a statement, and he said "Safety comes first and '
        'we are sorry for every delay".',
        '"Safety comes first and we are sorry for every delay," said transport minister Olaf Brenner.',
    )
    assert not [d for d in discrepancies if d.kind == "name"]


def test_compare_quotes_a_pronoun_after_two_people_gives_no_speaker_conflict(encoder):
    # two people named just before: "she" may be either, so the remark is nobody's to dispute
    _, discrepancies = quotes(
        encoder,
        'Marta Lenz, the airport\'s chief executive, met transport minister Olga Brenner on Sunday. '
        '"Safety comes first and we are sorry for every delay," she said.',
        '"Safety comes first and we are sorry for every delay," said Olga Brenner.',
    )
    assert not [d for d in discrepancies if d.kind == "name"]


# Regressions from ECB+ dev (the story's own wordings are not used here): a quotation that runs
# on past the other's end quotes more of the speech, and what lies beyond is not a change of it;
# a sentence one outlet leaves out of a translated quotation is a trim; a replaced phrase is judged
# on its content words ("jail, which" -> "prison. That": jail -> prison). Each look-alike has a
# true change of the same shape beside it.
@pytest.mark.parametrize(
    "main, variant, changed",
    [
        ("The council has let this town down. It promised a new bridge and gave us nothing, which is "
         "why we are marching today",
         "Which is why we are marching today. We are not going home until they listen", False),
        ("The council has let this town down. It promised a new bridge and gave us nothing, which is "
         "why we are marching today",
         "Which is why we are not marching today. We will wait for their answer", True),
        ("Our harbour has become a graveyard for old ships. It is the duty of us all to clear the wrecks "
         "before winter",
         "We all have a duty to clear the wrecks before winter", False),
        ("Our harbour has become a graveyard for old ships. It is the duty of us all to clear the wrecks "
         "before winter",
         "None of us has the duty to clear the wrecks before winter", True),
        ("He swore he would never go back to jail, which is exactly where he will spend his days",
         "He swore he would never go back to prison. Now that is exactly where he will spend his days", False),
        ("He swore he would never go back to jail, which is exactly where he will spend his days",
         "He swore he would never go back to school. Now that is exactly where he will spend his days", True),
    ],
)
def test_compare_wording_other_stretches_and_translations(encoder, main, variant, changed):
    result, changes = compare_wordings(main, variant, encoder)
    assert result is changed, changes
