"""A hand-built Report for the renderer tests (every section filled), and tests of the view.

The articles are invented for these tests (a harbour bridge closure in a made-up town), so the
renderers can be exercised on every section before the analysis stages fill them in real runs.
`sample_report()` and `hostile_report()` are imported by the other test_report_* modules, and so
is `fire_report()`: a warehouse fire (also invented) analysed by the real pipeline, where one
outlet gives another death toll and another relation than the two others, so its summary and
facts carry `contradicted_by`; `fire_report(disputed=False)` is the two agreeing outlets alone.
"""

from __future__ import annotations

import datetime as dt
import functools

from accord.report.view import StoryView, safe_url, word_diff
from accord.types import (
    Article,
    Claim,
    Discrepancy,
    DisputeSide,
    Entity,
    Exclusive,
    Fact,
    Mention,
    ProvenanceEdge,
    Quote,
    QuoteAttribution,
    QuoteVariant,
    Rejection,
    Report,
    Story,
    StoryReport,
    SummaryDispute,
    SummarySentence,
    TimelineEvent,
    TimelineMention,
)

TEXTS = {
    "harbour-gazette": (
        "The Kessel Harbour bridge was closed on Tuesday after inspectors found cracks in two "
        "support columns, the town council said.\n\n"
        "About 14,000 vehicles cross the bridge every day. Mayor Ilse Brandt said: \"We will not "
        "reopen it until every column has been checked.\"\n\n"
        "Repairs are expected to take six weeks, according to the council."
    ),
    "coast-wire": (
        "Inspectors closed the Kessel Harbour bridge on Tuesday, having found cracks in two "
        "support columns, the council said.\n\n"
        "Some 12,000 vehicles use the crossing daily. \"We will reopen it once every column has "
        "been checked,\" Mayor Ilse Brant told reporters.\n\n"
        "Ferries will run every twenty minutes while the bridge is shut."
    ),
    "daily-echo": (
        "Kessel Harbour bridge was closed on Tuesday after inspectors found cracks in two support "
        "columns, the town council said.\n\n"
        "About 14,000 vehicles cross the bridge every day, and repairs could last two months."
    ),
}

META = {
    "harbour-gazette": ("Harbour Gazette", "Bridge shut after cracks found", dt.date(2024, 3, 5),
                        "https://gazette.example/bridge"),
    "coast-wire": ("Coast Wire", "Inspectors close Kessel bridge", dt.date(2024, 3, 6), None),
    "daily-echo": (None, "Kessel bridge closed", None, "https://www.daily-echo.example/news/1"),
}


def _article(aid: str, text: str, **kw) -> Article:
    return Article(id=aid, source=f"tests/{aid}.txt", text=text, **kw)


def articles() -> dict[str, Article]:
    out = {}
    for aid, text in TEXTS.items():
        outlet, title, date, url = META[aid]
        out[aid] = _article(aid, text, outlet=outlet, title=title, published=date, url=url,
                            removed=("Share this article", "Advertisement"))
    return out


def m(arts: dict[str, Article], aid: str, phrase: str) -> Mention:
    start = arts[aid].text.index(phrase)
    return Mention(aid, start, start + len(phrase), phrase)


def sample_report(rejected: bool = True) -> Report:
    a = articles()
    ids = tuple(a)
    closed = {
        "harbour-gazette": "The Kessel Harbour bridge was closed on Tuesday after inspectors found cracks in two support columns, the town council said.",
        "coast-wire": "Inspectors closed the Kessel Harbour bridge on Tuesday, having found cracks in two support columns, the council said.",
        "daily-echo": "Kessel Harbour bridge was closed on Tuesday after inspectors found cracks in two support columns, the town council said.",
    }
    f1 = Fact("f1", closed["harbour-gazette"], tuple(m(a, k, v) for k, v in closed.items()), ids, 2)
    f2 = Fact("f2", "Repairs are expected to take six weeks, according to the council.",
              (m(a, "harbour-gazette", "Repairs are expected to take six weeks, according to the council."),),
              ("harbour-gazette",), 1)
    f3 = Fact("f3", "Ferries will run every twenty minutes while the bridge is shut.",
              (m(a, "coast-wire", "Ferries will run every twenty minutes while the bridge is shut."),),
              ("coast-wire",), 1)
    summary = (
        SummarySentence(f1.text, ("f1",), ids, mention=f1.mentions[0]),
        SummarySentence(f3.text, ("f3",), ("coast-wire",), mention=f3.mentions[0]),
    )
    veh = Discrepancy("number", "vehicles crossing the bridge each day", (
        Claim("14,000", ("harbour-gazette", "daily-echo"),
              "About 14,000 vehicles cross the bridge every day.",
              (m(a, "harbour-gazette", "About 14,000 vehicles cross the bridge every day."),
               m(a, "daily-echo", "About 14,000 vehicles cross the bridge every day"))),
        Claim("12,000", ("coast-wire",), "Some 12,000 vehicles use the crossing daily.",
              (m(a, "coast-wire", "Some 12,000 vehicles use the crossing daily."),)),
    ))
    name = Discrepancy("name", "the mayor's surname", (
        Claim("Brandt", ("harbour-gazette",), "Mayor Ilse Brandt said.", (m(a, "harbour-gazette", "Mayor Ilse Brandt"),)),
        Claim("Brant", ("coast-wire",), "Mayor Ilse Brant told reporters.", (m(a, "coast-wire", "Mayor Ilse Brant"),)),
    ))
    q_text = "We will not reopen it until every column has been checked."
    v_text = "We will reopen it once every column has been checked,"
    quote = Quote("Ilse Brandt", q_text, ("harbour-gazette",),
                  (QuoteVariant(v_text, ("coast-wire",), True, (m(a, "coast-wire", v_text),),
                                ("negation dropped",)),),
                  (m(a, "harbour-gazette", q_text),))
    prov = (
        ProvenanceEdge("harbour-gazette", "daily-echo", "copy", 0.91, False, share=0.62),
        ProvenanceEdge("harbour-gazette", "coast-wire", "shared", 0.55, True, origin="Kessel Council", share=0.2),
    )
    timeline = (
        TimelineEvent("2024-03-05", "The bridge was closed.", ("harbour-gazette", "coast-wire"),
                      (TimelineMention("harbour-gazette", "The Kessel Harbour bridge was closed on Tuesday",
                                       0, len("The Kessel Harbour bridge was closed on Tuesday")),
                       TimelineMention("coast-wire", "Inspectors closed the Kessel Harbour bridge on Tuesday"))),
        TimelineEvent("2024-04", "Repairs are due to end.", ("harbour-gazette",)),
    )
    entities = (Entity("Ilse Brandt", "person", ("Ilse Brandt", "Ilse Brant"), ("harbour-gazette", "coast-wire")),)
    story = Story("story-sample", "Kessel Harbour bridge closed after cracks found", ids, (), 2)
    sr = StoryReport(story, tuple(a.values()), (f1, f2, f3), summary,
                     (Exclusive("harbour-gazette", "f2"), Exclusive("coast-wire", "f3")),
                     (veh, name), (quote,), entities, prov, timeline)
    rej = (Rejection("tests/empty.html", "clean", "no article text found"),) if rejected else ()
    return Report((sr,), rej)


HOSTILE = (
    "<script>window.__pwned = 1; document.title = 'PWNED';</script>\n\n"
    "<img src=x onerror=\"window.__pwned=2\"> and <a href=\"javascript:window.__pwned=3\">click me</a>\n\n"
    "</style><style>body{display:none}</style> a template probe {{ 7*7 }} {% raw %} ${7*7}\n\n"
    "</textarea><svg onload=window.__pwned=4> \"'><b onmouseover=window.__pwned=5>quote break</b>"
)


def hostile_report() -> Report:
    """A story whose article text, title, outlet and URL are all hostile markup."""
    bad = _article(
        "hostile", HOSTILE, outlet="<b onclick=alert(1)>Evil</b>", title="\"><script>document.title='PWNED'</script>",
        url="javascript:window.__pwned=6", published=dt.date(2024, 1, 1),
        removed=("<iframe src=\"javascript:window.__pwned=7\"></iframe>",),
    )
    good = _article("plain", "A plain article that says nothing much at all.", outlet="Plain Post")
    sc = "<script>window.__pwned = 1; document.title = 'PWNED';</script>"
    mention = Mention("hostile", 0, len(sc), sc)
    fact = Fact("h1", sc, (mention,), ("hostile",), 1, contradicted_by=("plain",))
    story = Story("story-hostile", "</title><script>window.__pwned=8</script>", ("hostile", "plain"), (), 2)
    sr = StoryReport(
        story, (bad, good), (fact,), (SummarySentence(sc, ("h1",), ("hostile",), mention, ("plain",)),),
        (Exclusive("hostile", "h1"),),
        (Discrepancy("other", "<img src=x onerror=window.__pwned=9>", (
            Claim("<u>x</u>", ("hostile",), HOSTILE[:80], (mention,)),
            Claim("{{ 7*7 }}", ("plain",), "A plain article", (Mention("plain", 0, 15, "A plain article"),))),),),
        (Quote("<i>speaker</i>", "</textarea>\"quoted\" <script>x</script>", ("hostile",),
               (QuoteVariant("{{ 7*7 }} <script>y</script>", ("plain",), True),), (),
               (QuoteAttribution("hostile", "<i>speaker</i>"),
                QuoteAttribution("plain", "<b onclick=window.__pwned=13>Other</b>"))),),
        (Entity("<b>E</b>", "other", ("<b>E</b>",), ("hostile",)),),
        (ProvenanceEdge("plain", "hostile", "copy", 0.5, False, origin="<svg onload=x>", share=0.3),),
        (TimelineEvent("2024-01-01", "<script>window.__pwned=10</script>", ("hostile",)),),
        summary_disputes=(SummaryDispute(
            "Reports differ on <svg onload=window.__pwned=11>: <u>x</u> or {{ 7*7 }}.",
            "<svg onload=window.__pwned=11>", 0, 0,
            (DisputeSide("<u>x</u>", ("hostile",), (mention,)),
             DisputeSide("{{ 7*7 }}<script>window.__pwned=12</script>", ("plain",),
                         (Mention("plain", 0, 15, "A plain article"),)))),),
    )
    return Report((sr,), (Rejection("<script>x</script>.html", "ingest", "</pre><b>bad</b>"),))


FIRE = {
    "ledger": ("Bay Ledger",
               "Fire destroyed a timber warehouse in the port of Marrow Bay on Monday night, killing 9 workers, "
               "the regional fire service said.\n\n"
               "The night manager, Piet Varga, the brother of the warehouse owner Lajos Varga, was questioned "
               "by police on Tuesday.\n\n"
               "Crews fought the blaze for six hours before it was brought under control."),
    "post": ("Valley Post",
             "A blaze tore through a timber warehouse at Marrow Bay port late on Monday, killing 9 workers, "
             "according to the fire service.\n\n"
             "Police on Tuesday questioned the night manager, Piet Varga, the brother of the owner Lajos Varga.\n\n"
             "Neighbours said the smoke could be seen across the bay."),
    "echo": ("Coast Echo",
             "Fire swept through a Marrow Bay timber warehouse on Monday night, killing 12 workers, the fire "
             "service said.\n\n"
             "The night manager, Piet Varga, the son of the warehouse owner Lajos Varga, was questioned by "
             "police on Tuesday.\n\n"
             "Dock workers gathered outside the gates on Tuesday morning."),
}


@functools.cache
def fire_report(encoder, disputed: bool = True) -> Report:
    """The warehouse fire through accord.analyze (once per run): with the disputing outlet
    (Coast Echo: 12 dead, the owner's son) or, with `disputed=False`, without it."""
    import accord

    day = dt.date(2025, 6, 3)
    arts = [_article(aid, text, outlet=outlet, published=day) for aid, (outlet, text) in FIRE.items()
            if disputed or aid != "echo"]
    return accord.analyze(arts, one_story=True, encoder=encoder)


def contradicted(report: Report) -> list:
    """The summary sentences and facts of the report's only story that some article contradicts."""
    (story,) = report.stories
    return [x for x in (*story.summary, *story.facts) if x.contradicted_by]


# ------------------------------------------------------------------------------- view tests
def test_report_view_summary_citations_point_at_their_spans():
    view = StoryView(sample_report().stories[0])
    first = view.report.summary[0]
    cites = view.summary_cites(first)
    assert [c.number for c in cites] == [1, 2, 3]
    for c in cites:
        text = view.source(c.article).article.text
        assert text[c.start:c.end].startswith(("The Kessel", "Inspectors", "Kessel"))


def test_report_view_summary_cites_only_the_sentences_articles():
    """A fact's other articles may not carry the wording a summary sentence quotes
    (summarize.cited): the markers are the sentence's articles, not its fact's."""
    import dataclasses

    story = sample_report().stories[0]
    first = story.summary[0]
    assert len(first.articles) > 1
    one = dataclasses.replace(first, articles=first.articles[:1])
    view = StoryView(dataclasses.replace(story, summary=(one, *story.summary[1:])))
    assert [c.article for c in view.summary_cites(one)] == [first.articles[0]]


def test_report_view_drops_out_of_range_spans_and_unknown_articles():
    view = StoryView(sample_report().stories[0])
    cites = view.cites(["nope", "coast-wire"], [Mention("coast-wire", 5, 10**6, "x")])
    assert [(c.article, c.start) for c in cites] == [("coast-wire", None)]


def test_report_view_word_diff_marks_changed_words():
    parts = word_diff("We will not reopen it until checked.", "We will reopen it once checked,")
    assert [(p.op, p.text) for p in parts] == [
        ("same", "We will"), ("del", "not"), ("same", "reopen it"), ("del", "until"),
        ("ins", "once"), ("same", "checked"), ("del", "."), ("ins", ","),
    ]
    # a word gaining punctuation is the same word plus an added mark; spacing is kept
    parts = word_diff("inside or outside, I call", "inside or outside the country, I call")
    assert [(p.op, p.text, p.after) for p in parts] == [
        ("same", "inside or outside", " "), ("ins", "the country", ""), ("same", ", I call", "")]


def test_report_view_only_http_urls_are_safe():
    assert safe_url("https://x.example/a?b=1") == "https://x.example/a?b=1"
    for bad in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "/etc/passwd",
                "https://x.example/\"onmouseover=1", "http://", " vbscript:x"):
        assert safe_url(bad) is None, bad


def test_report_view_uncredited_copy_gets_a_note():
    view = StoryView(sample_report().stories[0])
    notes = view.uncredited()
    assert list(notes) == ["daily-echo"]
    assert "does not credit" in notes["daily-echo"][0].text
    assert "62%" in notes["daily-echo"][0].text


def test_report_view_contradictions_point_at_the_other_value(encoder):
    report = fire_report(encoder)
    (story,) = report.stories
    view = StoryView(story)
    assert contradicted(report), "the invented dispute was not found: nothing to show"
    for x in contradicted(report):
        xs = view.summary_contradictions(x) if isinstance(x, SummarySentence) else view.fact_contradictions(x)
        assert [c.cite.article for c in xs] == list(x.contradicted_by)
        for c in xs:
            # the marker opens the contradicting article's own sentence, in the discrepancy that lists it
            disc = story.discrepancies[c.discrepancy]
            claim = next(k for k in disc.claims if k.value == c.value)
            assert c.cite.article in claim.articles
            assert view.source(c.cite.article).article.text[c.cite.start:c.cite.end] in {m.text for m in claim.mentions}
    echo = next(s for s in view.sources if s.article.id == "echo")
    nine = next(s for s in story.summary if "9 workers" in s.text)
    (c,) = view.summary_contradictions(nine)
    assert (c.cite.number, c.value) == (echo.number, "12")
    assert "killing 12 workers" in echo.article.text[c.cite.start:c.cite.end]


def test_report_view_no_contradictions_without_a_dispute(encoder):
    report = fire_report(encoder, disputed=False)
    view = StoryView(report.stories[0])
    assert not contradicted(report)
    assert not any(view.summary_contradictions(s) for s in report.stories[0].summary)
    assert not any(view.fact_contradictions(f) for f in report.stories[0].facts)
