"""compare: claims that meet by what they are about, though their sentences are built apart.

Measures whose unit says what they are (money in any currency, shares, temperatures, areas,
durations), counts of one specific thing carried by different verbs, times of day, denials
worded with another verb of the kind, ranks of one office, whom a spokesperson speaks for,
relatives named through a post or a pronoun, relations read both ways, and ages written
"who was 14". Every conflict case has a look-alike that must stay quiet.
"""

from __future__ import annotations

import pytest

from accord.compare import compare_story
from accord.compare.clock import find_times
from accord.compare.quantities import find_quantities
from conftest import story_context

DAY = "2026-03-04"


def flagged(encoder, *texts: str, published=None):
    ctx = story_context(encoder, *texts, published=published or [DAY] * len(texts))
    return compare_story(ctx.articles, ctx.sentences, (), encoder).discrepancies


@pytest.mark.parametrize("text, unit, low, high", [
    ("Temperatures reached 41C on Monday.", "C", 40.5, 41.5),
    ("The mercury hit 37 degrees Celsius.", "C", 36.5, 37.5),
    ("The fire has burned 3,200 hectares.", "m2", 3.1e7, 3.3e7),
    ("Some 32 square kilometres of forest burned.", "m2", 2.8e7, 3.6e7),
    ("The siege lasted six hours.", "h", 5.7, 6.3),
    ("The road stayed shut for 180 minutes.", "h", 2.86, 3.15),
    ("The recount cost CHF 85,000.", "CHF", 84500, 85500),
    ("It cost about 58,000 Swiss francs.", "CHF", 52200, 63800),
    ("The Red Sox offered an eight-year, $200MM deal.", "USD", 1.9e8, 2.1e8),
    ("Turnout was 38 percent.", "%", 37.5, 38.5),
])
def test_compare_quantities_read_measures_with_their_units(text, unit, low, high):
    q = find_quantities(text)[0]
    assert q.unit == unit
    assert q.low == pytest.approx(low, rel=0.01) and q.high == pytest.approx(high, rel=0.01)


@pytest.mark.parametrize("text", [
    "Three days after the fire, the hall reopened.",
    "Two hours later the road was clear.",
    "The bomber, a B-52C, flew over the base.",
])
def test_compare_quantities_leave_times_and_names_alone(text):
    assert not [q for q in find_quantities(text) if q.unit in ("h", "C")]


def test_compare_fahrenheit_meets_celsius():
    (f,) = find_quantities("The mercury climbed to nearly 106F on Monday.")
    assert f.unit == "C" and f.low <= 41 <= f.high


@pytest.mark.parametrize("a, b", [
    ("The regulator fined Polvex Telecom EUR 4.5m for the data breach, which exposed the records "
     "of 300,000 customers.",
     "Polvex Telecom has been ordered to pay a penalty of 2.8 million euros after hackers obtained "
     "customer records, the data protection authority said."),
    ("Turnout in the Bremhall by-election was 38 percent, the returning officer announced on Friday.",
     "Just over half of Bremhall's registered voters went to the polls, a turnout of 52%, officials said."),
    ("Temperatures in the town reached 41C on Monday, a record for July.",
     "The thermometer hit 37 degrees Celsius on Monday, the weather service said, a July record."),
    ("The wildfire has burned through 3,200 hectares of forest since Friday.",
     "About 1,000 hectares of pine forest have been destroyed by the fire since it broke out on "
     "Friday, officials said."),
    ("Orvel Pharma is recalling 38 batches of its heart drug Cardolin after tests found an "
     "impurity, the company said on Tuesday.",
     "Orvel Pharma said it was pulling 26 batches of Cardolin from pharmacies across the country."),
])
def test_compare_measures_and_specific_counts_conflict_across_unlike_sentences(encoder, a, b):
    kinds = [d.kind for d in flagged(encoder, a, b)]
    assert "number" in kinds


@pytest.mark.parametrize("a, b", [
    ("The regulator fined Polvex Telecom EUR 4.5m for the data breach.",
     "Polvex Telecom has been ordered to pay a penalty of about 4.5 million euros, the authority said."),
    ("Turnout in the Bremhall by-election was 38 percent, the returning officer announced on Friday.",
     "Fewer than four in ten voters turned out in Bremhall, where turnout stood at 37.9%."),
    ("The wildfire has burned through 3,200 hectares of forest since Friday.",
     "Some 32 square kilometres of forest have burned since Friday."),
    ("Traffic on the A9 was halted for three hours while crews cleared the wreck.",
     "The A9 reopened after a 180-minute closure, the highways agency said."),
    ("Temperatures in the town reached 41C on Monday, a record for July.",
     "The mercury climbed to nearly 106F on Monday, a July record."),
])
def test_compare_measures_that_agree_stay_quiet(encoder, a, b):
    assert not [d for d in flagged(encoder, a, b) if d.kind == "number"]


def test_compare_a_larger_area_in_a_later_article_is_a_fire_that_grew(encoder):
    found = flagged(
        encoder,
        "The wildfire has burned through 3,200 hectares of forest since Friday.",
        "The wildfire has now burned through 5,100 hectares of forest since Friday.",
        published=["2026-07-20", "2026-07-22"],
    )
    assert not [d for d in found if d.kind == "number"]


@pytest.mark.parametrize("text, low, high", [
    ("The fire broke out shortly after 2 a.m. on Sunday.", 120, 160),
    ("The blaze started at about 02:10.", 100, 160),
    ("Crews had it under control at around six in the morning.", 330, 390),
    ("The bus left the road at 7.30pm.", 1165, 1175),
    ("It happened in the early hours of Monday.", 0, 420),
    # "afternoon" is no "after noon"
    ("He died after a shooting Friday afternoon.", 660, 1140),
    # tokenised text (ECB+): the minutes are not an hour of their own
    ("The shooting occurred about 3 : 10 p. m. in the 12200 block.", 880, 940),
])
def test_compare_clock_times_read_as_intervals(text, low, high):
    (_, _, t), *_ = find_times(text)
    assert (t.low, t.high) == (low, high)


def test_compare_clock_times_of_one_happening_conflict(encoder):
    found = flagged(
        encoder,
        "The fire broke out shortly after 2 a.m. on Sunday in a ground-floor kitchen, the fire "
        "service said. Forty residents were evacuated.",
        "Neighbours said the fire broke out at around 5am on Sunday in the restaurant's kitchen. "
        "About forty people were led out of the building.",
    )
    assert any(d.about.startswith("time of") for d in found)


def test_compare_clock_times_of_one_finding_told_by_two_verbs_of_noticing(encoder):
    # "was detected at" / "spotted ... at" (a day later: "yesterday"): one happening told with
    # two verbs of one kind
    first = ("The attack on the council's network was detected at about 4 a.m. on Tuesday, when night "
             "staff found that payroll files could no longer be opened. Screens showed a ransom note.")
    found = flagged(encoder, first, "Technicians spotted the intrusion at 7.15 a.m. yesterday, the council said.",
                    published=["2026-08-04", "2026-08-05"])
    assert any(d.about.startswith("time of") for d in found)
    quiet = flagged(encoder, first, "Technicians restored the payroll servers at 7.15 a.m. yesterday, the council said.",
                    published=["2026-08-04", "2026-08-05"])
    assert not any(d.about.startswith("time of") for d in quiet)


@pytest.mark.parametrize("b", [
    # a bound, not when it happened
    "Firefighters said the fire was out by 6 a.m. on Sunday.",
    # the same time written otherwise
    "The blaze started at about 02:10 on Sunday in the restaurant's kitchen, firefighters said.",
    # another happening of the same fire, hours later
    "Firefighters brought the blaze under control at around six in the morning.",
])
def test_compare_clock_times_that_fit_or_tell_other_happenings_stay_quiet(encoder, b):
    found = flagged(encoder, "The fire broke out shortly after 2 a.m. on Sunday in a ground-floor kitchen.", b)
    assert not any(d.about.startswith("time of") for d in found)


def test_compare_a_denial_meets_a_statement_with_another_verb_of_its_kind(encoder):
    found = flagged(
        encoder,
        "No one was arrested at the scene, police said, and the driver of the van was allowed to go home.",
        "Officers detained the van driver at the scene on suspicion of dangerous driving, police said.",
    )
    assert any(d.kind == "other" and d.about.startswith("whether") for d in found)


def test_compare_a_denial_and_a_release_without_charge_stay_quiet(encoder):
    found = flagged(
        encoder,
        "No one was arrested at the scene, police said.",
        "Police said the van driver was questioned at the scene and later released without charge.",
    )
    assert not any(d.about.startswith("whether") for d in found)


def test_compare_a_deputy_is_not_the_office_holder(encoder):
    found = flagged(
        encoder,
        "Deputy mayor Karin Lodge said the town would pay for temporary housing.",
        '"We will house every family," said the town\'s mayor, Karin Lodge.',
    )
    assert any(d.about == "post of Karin Lodge" for d in found)


@pytest.mark.parametrize("b, conflict", [
    ("The roof gave way at 6 p.m., police spokeswoman Lena Offerdal told reporters.", True),
    ("The roof gave way at 6 p.m., said Lena Offerdal, the fire service spokeswoman.", False),
    # a body named by its kind may be the one named (ECB+: "Angels spokesman" / "team spokesman")
    ("The roof gave way at 6 p.m., said Lena Offerdal, a spokeswoman for the agency.", False),
])
def test_compare_whom_a_spokesperson_speaks_for(encoder, b, conflict):
    found = flagged(
        encoder,
        "The roof gave way at 6 p.m., said Lena Offerdal, a spokeswoman for the Morsund fire service.", b)
    assert any(d.about == "post of Lena Offerdal" for d in found) == conflict


def test_compare_a_relative_named_through_a_post_and_a_pronoun(encoder):
    found = flagged(
        encoder,
        "The driver, Tomas Veller, 54, died at the scene. His sister, Ilse Veller, was among the "
        "passengers and survived with minor injuries.",
        "Ilse Veller, the driver's wife, told reporters from her hospital bed that the brakes had "
        "failed. Tomas Veller died at the scene.",
    )
    assert any(d.kind == "relation" and {c.value for c in d.claims} == {"sister", "wife"} for d in found)


def test_compare_relations_read_both_ways(encoder):
    found = flagged(
        encoder,
        "Among the dead was coach Ilse Maranov, 47. Ilse Maranov's husband, Piet Maranov, is the club's president.",
        "Among those killed was coach Ilse Maranov, 47, a sister of club president Piet Maranov.",
    )
    assert any(d.kind == "relation" for d in found)


def test_compare_relations_that_agree_both_ways_stay_quiet(encoder):
    found = flagged(
        encoder,
        "Chief executive Markus Halberg, the son of founder Erik Halberg, apologised to patients.",
        "Erik Halberg's son, Markus Halberg, now runs the company as chief executive.",
    )
    assert not any(d.kind == "relation" for d in found)


def test_compare_an_age_written_in_a_relative_clause(encoder):
    found = flagged(
        encoder,
        "Among the dead was 12-year-old Emil Tarn, a goalkeeper with the local club.",
        "Among those killed was Emil Tarn, who was 14 and had played in goal since he was eight.",
    )
    assert any("age" in d.about.lower() for d in found)


def test_compare_the_age_of_one_unnamed_person_told_in_the_same_words(encoder):
    # no name, but one boy in each report and the same sentence around him: one person
    found = flagged(
        encoder,
        "Among those who died was a 15-year-old boy who had gone to the concert with his aunt.",
        "Among the dead was a 13-year-old boy who had come to the concert with his aunt, police said.",
    )
    assert [d.about for d in found if "age" in d.about] == ["age of the boy"]


def test_compare_the_age_of_one_unnamed_person_opening_a_sentence(encoder):
    found = flagged(
        encoder,
        "A 15-year-old boy who had gone to the concert with his aunt was among those who died.",
        "A 13-year-old boy who had come to the concert with his aunt was among the dead, police said.",
    )
    assert [d.about for d in found if "age" in d.about] == ["age of the boy"]


def test_compare_a_named_person_s_age_is_not_an_unnamed_one():
    # "Smith, a 40-year-old father": Smith's age (read with the name), not a second father
    from accord.compare.ages import _NAME_BEFORE, _UNNAMED

    text = "Smith, a 40-year-old father of two, was hurt; a 12-year-old boy was hurt too."
    assert [m.group("age") for m in _UNNAMED.finditer(text) if not _NAME_BEFORE.search(text, 0, m.start())] == ["12"]


def test_compare_ages_of_unnamed_people_in_other_sentences_stay_quiet(encoder):
    # a boy who died and a boy who was hurt: two boys
    found = flagged(
        encoder,
        "Among those who died was a 15-year-old boy who had gone to the concert with his aunt.",
        "A 13-year-old boy was treated for a broken arm and sent home on Sunday.",
    )
    assert not [d for d in found if "age" in d.about]


@pytest.mark.parametrize("a, b, conflict", [
    # antonyms about one thing named otherwise are matched by the things as written with their
    # modifiers ("structural inspection" / "structural check" 0.78), not by the sentences or the
    # bare nouns, which scored an ECB+ dev pair of two things closer than this true pair
    ("The arena passed its most recent structural inspection in November, the city said.",
     "But city records seen by the Courier show the arena failed a structural check in November, "
     "when engineers flagged corrosion in two roof trusses.", True),
    ("He worked a crossword puzzle while the jury deliberated.",
     "The jury failed to reach a decision on Friday.", False),
    # a finding denied and stated
    ("The recount found no evidence of tampering, the commission said.",
     "The commission's own report says it found evidence of deliberate ballot tampering at the "
     "Ostviertel polling station.", True),
    # findings of other things; a reporter's doubt is no finding
    ("Investigators found no evidence of arson, the fire service said.",
     "Investigators found evidence of an electrical fault in the kitchen, the fire service said.", False),
    ("Police said there was no evidence that the fire was started deliberately.",
     "Investigators found evidence of an electrical fault in the kitchen.", False),
])
def test_compare_polarity_of_inspections_and_findings(encoder, a, b, conflict):
    found = flagged(encoder, a, b)
    assert any(d.about.startswith("whether") for d in found) == conflict


# --------------------------------------------------------------------------- real-news look-alikes
# (shapes found among ECB+ dev's false alarms; the sentences here are our own)

def test_compare_a_figure_named_to_measure_by_is_not_a_value(encoder):
    found = flagged(
        encoder,
        "The club has offered the striker a five-year contract worth $90 million, a source said.",
        "The club's five-year offer to the striker is worth less than the $112 million his agent "
        "asked for, according to people close to the talks.",
    )
    assert not [d for d in found if d.kind == "number"]


@pytest.mark.parametrize("b, conflict", [
    # one kickoff in two regions' clocks: same minutes, whole hours apart, no zone written
    ("Rovers kick off their play-off against Ashby on Saturday at 4:30 p.m. at Meadow Lane.", False),
    # both in one zone: a real disagreement
    ("Rovers kick off their play-off against Ashby on Saturday at 4:30 p.m. ET at Meadow Lane.", True),
    # minutes that differ are no zone shift
    ("Rovers kick off their play-off against Ashby on Saturday at 5:15 p.m. at Meadow Lane.", True),
])
def test_compare_clock_times_in_two_zones(encoder, b, conflict):
    a = ("The play-off between Rovers and Ashby at Meadow Lane kicks off on Saturday at 3:30 p.m."
         + (" ET." if "ET" in b else "."))
    found = flagged(encoder, a, b)
    assert any(d.about.startswith("time of") for d in found) == conflict


def test_compare_quantities_a_list_of_figures_is_read_whole():
    values = [q.low for q in find_quantities("He leaves his wife and two sons, ages 6 and 16.")]
    assert values == [2, 6, 16]
    money = find_quantities("It cost US$ 4m and $US3m.")
    assert [(q.unit, q.low) for q in money] == [("USD", 3.8e6), ("USD", 2.85e6)]


def test_compare_a_conversion_in_brackets_is_the_same_figure(encoder):
    found = flagged(
        encoder,
        "Damage to the chapel was estimated at $US1 million ($1.52 million), fire officials said.",
        "Fire officials estimated the damage to the chapel at about $1 million.",
    )
    assert not [d for d in found if d.kind == "number"]


@pytest.mark.parametrize("a, b, conflict", [
    # each report converts the same sum at its own rate, the sum itself glued to its currency or
    # in one the reader does not know: the bracketed figures restate it, they are no rival values
    ("Lawmakers approved a euro8 billion ($10.9 billion) rescue of the state railway on Friday.",
     "On Friday parliament backed an 8 billion dinar ($9.4 billion) rescue package for the state railway.", False),
    ("Lawmakers approved a euro8 billion ($10.9 billion) rescue of the state railway on Friday.",
     "On Friday parliament backed a euro8 billion ($9.4 billion) rescue package for the state railway.", False),
    # the same sums told as the rescue's own size dispute it
    ("Lawmakers approved a $10.9 billion rescue of the state railway on Friday.",
     "On Friday parliament backed a $9.4 billion rescue package for the state railway.", True),
    # a length converts exactly: the bracketed metres are the fall's only reading, and disputed
    ("The hiker fell around 1500ft (457 metres) into the gorge on Friday, police said.",
     "The hiker fell some 700 metres into the gorge on Friday, police said.", True),
])
def test_compare_a_bracketed_conversion_after_an_unread_figure_is_no_value(encoder, a, b, conflict):
    found = flagged(encoder, a, b, published=["2026-05-09", "2026-05-09"])
    assert bool([d for d in found if d.kind == "number"]) == conflict


@pytest.mark.parametrize("b, conflict", [
    # two and a half hours apart, across midnight
    ("The coach went off the road at about 2 a.m. on Tuesday, police said.", True),
    # twenty minutes apart, across midnight: one time
    ("The coach went off the road shortly after midnight on Tuesday, police said.", False),
    # a day and more apart: two happenings or a dating slip, not two clock times of one
    ("The coach went off the road at about 2 a.m. on Wednesday, police said.", False),
])
def test_compare_clock_times_across_midnight(encoder, b, conflict):
    found = flagged(
        encoder,
        "The coach left the road at about 11.40 p.m. on Monday on the mountain pass, police said.",
        b,
        published=["2026-03-03", "2026-03-03"],
    )
    assert any(d.about.startswith("time of") for d in found) == conflict


def test_compare_one_person_arrested_is_a_count(encoder):
    found = flagged(
        encoder,
        "Police detained two men on Monday evening on suspicion of starting the grass fire.",
        "One man, a 47-year-old roofer, was taken into custody on Monday on suspicion of starting "
        "the grass fire.",
    )
    assert [d for d in found if d.kind == "number"]
    quiet = flagged(
        encoder,
        "In the third round he landed one clean punch on his opponent.",
        "He landed 140 punches over the twelve rounds, according to the ringside count.",
    )
    assert not [d for d in quiet if d.kind == "number"]


@pytest.mark.parametrize("b, conflict", [
    ("Election officer Ruth Calder, who is married to Tomas Brenner's sister, oversaw the count.", True),
    ("Tomas Brenner's cousin, Ruth Calder, oversaw the count as election officer.", False),
])
def test_compare_relations_by_marriage(encoder, b, conflict):
    found = flagged(
        encoder,
        "Election officer Ruth Calder, a cousin of candidate Tomas Brenner, oversaw the count on Sunday.",
        b,
    )
    assert bool([d for d in found if d.kind == "relation"]) == conflict


def test_compare_relations_whose_kin_is_married_to_a_post_holder(encoder):
    found = flagged(
        encoder,
        "The driver, Martin Keller, lost control on a bend near Graz. The coach company is owned by the "
        "driver's brother, Thomas Keller.",
        "The driver, Martin Keller, lost control on a bend near Graz. The company belongs to Thomas "
        "Keller, whose sister is married to the driver.",
    )
    assert [d for d in found if d.kind == "relation"]


def test_compare_women_and_men_are_counted_apart(encoder):
    found = flagged(
        encoder,
        "Police said two women and one man died at the bank branch that caught fire.",
        "The three bank workers - two women and a man - were killed when their branch went up in flames.",
    )
    assert not [d for d in found if d.kind == "number"]
