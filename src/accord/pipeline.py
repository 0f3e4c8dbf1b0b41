"""Run the stages in order. Per-input failures become recorded rejections; nothing is dropped.

    ingest -> clean -> cluster -> segment -> embed -> provenance -> align -> compare -> summarize

Each stage is a pure function over records from `accord.types`; this module only wires them,
times them (`Report.timings`, read by bench/) and reports progress.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from accord import budget, settings
from accord.errors import InputError
from accord.ids import digest, story_id
from accord.types import Article, Rejection, Report, Sentence, Story, StoryReport

# progress(stage, done, total): called as work advances; total is None when unknown.
Progress = Callable[[str, int, "int | None"], None]


def _no_progress(stage: str, done: int, total: int | None) -> None:
    return None


@dataclass
class Timer:
    """Seconds spent per stage, summed over stories."""

    seconds: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def __call__(self, stage: str):
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - t0


@dataclass(frozen=True)
class Loaded:
    articles: tuple[Article, ...]
    rejected: tuple[Rejection, ...]
    timings: dict[str, float]


def load(
    paths: Sequence[str],
    *,
    fetch: bool = False,
    stdin=None,
    progress: Progress = _no_progress,
    follow_links: bool = settings.INGEST_FOLLOW_LINKS,
) -> Loaded:
    """Read and clean every input. Unusable inputs come back in `rejected`, with the reason.

    Every string is made safe for output (accord.textsafe): lone surrogates replaced, control
    characters dropped (noted in the article's `removed`), input names escaped."""
    from accord.ingest import read_inputs
    from accord.textsafe import display_name

    timer = Timer()
    articles: list[Article] = []
    rejected: list[Rejection] = []
    seen: set[str] = set()
    raws = read_inputs(paths, fetch=fetch, stdin=stdin, follow_links=follow_links)
    done = 0
    while True:
        with timer("ingest"):
            item = next(raws, None)
        if item is None:
            break
        if isinstance(item, Rejection):
            rejected.append(safe_rejection(item))
            continue
        with timer("clean"):
            article = clean_raw(item)
        if isinstance(article, Rejection):
            rejected.append(article)
            continue
        article = settle_id(article, item.kind, display_name(item.source), seen)  # as clean_raw names it
        if isinstance(article, Rejection):
            rejected.append(article)
            continue
        seen.add(article.id)
        articles.append(article)
        done += 1
        progress("read", done, None)
    return Loaded(tuple(articles), tuple(rejected), timer.seconds)


def safe_rejection(r: Rejection) -> Rejection:
    """`r` with its input's name escaped and its reason printable (accord.textsafe)."""
    from accord.textsafe import display_name, printable

    return Rejection(display_name(r.source), r.stage, printable(r.reason))


def safe_raw(raw):
    """`raw` with every string made safe for output, and notes on what was replaced."""
    from accord.textsafe import clean_text, display_name

    changes = {"source": display_name(raw.source), "id": display_name(raw.id)}
    surrogates = controls = 0
    for name in ("body", "html", "title", "url", "outlet", "byline"):
        value = getattr(raw, name)
        if isinstance(value, str):
            cleaned = clean_text(value)
            changes[name] = cleaned.text
            if name != "html":  # the page is read again only for metadata: its count would repeat
                surrogates += cleaned.surrogates
                controls += cleaned.controls
    notes = []
    if surrogates:
        notes.append(f"{surrogates} invalid character(s) (lone surrogates) replaced by U+FFFD")
    if controls:
        notes.append(f"{controls} control or escape character(s) dropped")
    return replace(raw, **changes), notes


def clean_raw(item) -> Article | Rejection:
    """One RawArticle cleaned as `load` cleans it (`load` and the store's reader call this):
    strings made safe (lone surrogates, control characters: noted in `removed`), cleaned within
    the per-record time budget; any failure a Rejection of this record alone (issue 20)."""
    from accord.clean import clean_article

    item, notes = safe_raw(item)
    try:
        with budget.limit(item.source, settings.INGEST_RECORD_SECONDS, "clean"):
            article = clean_article(item)
    except InputError as exc:
        return safe_rejection(Rejection(exc.source, exc.stage, exc.reason))
    except Exception as exc:  # a cleaner bug on one article must not cost the batch
        return safe_rejection(Rejection(item.source, "clean",
                                        f"could not be cleaned ({type(exc).__name__}: {exc})"))
    return capped_fields(article, notes)


def settle_id(article: Article, kind: str, source: str, seen: set[str]) -> Article | Rejection:
    """`article` with an id not in `seen`, or the Rejection of a duplicate. One-article files from
    two folders given apart (a/index.txt, b/index.txt) share an id (the file name) and differ:
    the later one takes its path's hash; any other repeated id is a duplicate, the first kept."""
    from accord.ingest import STDIN_SOURCE

    if article.id in seen and kind in ("text", "html") and source != STDIN_SOURCE:
        article = replace(article, id=f"{article.id}-{digest(source, length=8)}")
    if article.id in seen:
        return safe_rejection(Rejection(source, "ingest", f"duplicate article id {article.id!r}: kept the first"))
    return article


def capped_fields(article: Article, notes: Sequence[str] = ()) -> Article:
    """`article` with a title, outlet or byline longer than settings.INGEST_MAX_FIELD_CHARS cut
    there (a hostile page's 1 MB <title> would fill every listing), each cut and the earlier
    `notes` noted in `removed`."""
    notes = list(notes)
    cut = {}
    for name in ("title", "outlet", "byline"):
        value = getattr(article, name)
        if isinstance(value, str) and len(value) > settings.INGEST_MAX_FIELD_CHARS:
            cut[name] = value[: settings.INGEST_MAX_FIELD_CHARS].rstrip() + "…"
            notes.append(f"{name} cut to {settings.INGEST_MAX_FIELD_CHARS:,} characters (it had {len(value):,})")
    if not notes:
        return article
    return replace(article, **cut, removed=article.removed + tuple(notes))


def group(
    articles: Sequence[Article], *, one_story: bool = False, timer: Timer | None = None
) -> list[Story]:
    """Stories of `articles` (all in one story with `one_story`). An article whose page date is
    ambiguous ("11/03/2024") is placed by its content alone: either reading may be months off,
    and the story settles it (accord.clean.settle, in `analyze`)."""
    from accord.cluster import cluster_articles

    timer = timer or Timer()
    with timer("cluster"):
        if one_story:
            return [single_story(articles)] if articles else []
        return cluster_articles(
            [replace(a, published=None) if a.published_alternatives else a for a in articles]
        )


def analyze(
    articles: Sequence[Article],
    *,
    one_story: bool = False,
    summary_words: int = settings.SUMMARY_WORDS,
    rejected: Iterable[Rejection] = (),
    encoder=None,
    progress: Progress = _no_progress,
    timings: dict[str, float] | None = None,
    parse_process: bool = False,
) -> Report:
    """The full analysis of every story in `articles`. With `parse_process`, stories analysed in
    this process have spaCy parse in a process of its own (accord.compare.nlp.start_helper),
    started here once grouping says they are (the `accord` command asks for it); with as many
    articles as the story workers take, it starts before grouping and parses their sentences
    meanwhile, for the workers (accord.compare.nlp.parse_ahead)."""
    from accord.embed import Encoder

    if summary_words < 1:
        raise ValueError(f"summary_words must be >= 1, got {summary_words!r}")
    from accord import workers

    timer = Timer(dict(timings or {}))
    if parse_process and encoder is None:
        _parse_ahead(articles)
    stories = group(articles, one_story=one_story, timer=timer)
    by_id = {a.id: a for a in articles}
    if workers.worth_it(stories, encoder):  # stories in parallel processes (issue 18)
        from accord.compare import nlp

        nlp.harvest()  # the parses made while grouping, inherited by the workers; it then ends
        return _analyze_in_workers(stories, by_id, summary_words, rejected, progress, timer)
    if parse_process and stories and workers.parse_process_pays():
        from accord.compare import nlp

        nlp.start_helper()  # a no-op when one runs already (the command starts it early on small inputs)
    encoder = encoder if encoder is not None else Encoder()
    reports = []
    for n, story in enumerate(stories, 1):
        with timer("clean"):
            story, members = _settled(story, [by_id[i] for i in story.articles])
        by_id.update((a.id, a) for a in members)
        reports.append(analyze_story(story, members, encoder, summary_words, timer))
        progress("analyse", n, len(stories))
    return Report(tuple(reports), tuple(rejected), timer.seconds)


def _parse_ahead(articles: Sequence[Article]) -> None:
    """Start the parse process on `articles`' sentences while this process groups them, where
    their stories may go to workers (accord.workers: that many articles, two cores); `analyze`
    then harvests its parses before forking them (accord.compare.nlp.parse_ahead). The core it
    runs on is otherwise idle until the fork (~5 s of a 500-article run)."""
    from accord import workers

    if len(articles) >= settings.ANALYZE_PARALLEL_MIN_ARTICLES and workers.parse_process_pays():
        from accord.compare import nlp

        if nlp.start_helper():
            nlp.parse_ahead(articles)


def _analyze_in_workers(stories, by_id, summary_words, rejected, progress, timer) -> Report:
    """`analyze`'s loop, each story in a worker process (accord.workers)."""
    from accord import workers

    jobs = []
    for story in stories:
        with timer("clean"):
            story, members = _settled(story, [by_id[i] for i in story.articles])
        jobs.append((story, members))
    reports, seconds = workers.analyze_stories(
        jobs, summary_words, lambda n: progress("analyse", n, len(stories)))
    for stage, s in seconds.items():  # summed over workers: CPU-like seconds, not wall
        timer.seconds[stage] = timer.seconds.get(stage, 0.0) + s
    return Report(tuple(reports), tuple(rejected), timer.seconds)


def analyze_story(
    story: Story,
    articles: Sequence[Article],
    encoder,
    summary_words: int = settings.SUMMARY_WORDS,
    timer: Timer | None = None,
) -> StoryReport:
    """Facts, summary, discrepancies, quotes, entities, provenance and timeline of one story."""
    from accord.align import align_facts
    from accord.claims import agreed_facts, sound_facts
    from accord.compare import compare_story
    from accord.provenance import detect_provenance
    from accord.segment import segment
    from accord.summarize import exclusive_facts, summary_with_disputes

    timer = timer or Timer()
    if hasattr(encoder, "for_story"):  # the same analysis whatever the encoder did before
        encoder = encoder.for_story()
    with timer("segment"):
        sentences: dict[str, tuple[Sentence, ...]] = {a.id: segment(a) for a in articles}
    _prefetch_parses(sentences)
    with timer("provenance"):
        provenance = detect_provenance(articles, sentences, encoder)
        story = _with_independent_sources(story, provenance)
    with timer("align"):
        facts = align_facts(articles, sentences, encoder, provenance)
    with timer("compare"):
        comparison = compare_story(articles, sentences, facts, encoder, provenance)
    with timer("claims"):
        facts = sound_facts(facts, comparison.discrepancies, story.articles, provenance)
        support: dict = {}  # the articles agreeing with a wording not all of its fact's do
        facts = agreed_facts(facts, articles, provenance, comparison.readings, support=support)
    with timer("summarize"):
        summary, disputes = summary_with_disputes(articles, sentences, facts, encoder, words=summary_words,
                                                  provenance=provenance, discrepancies=comparison.discrepancies,
                                                  support=support)
        exclusive = exclusive_facts(facts, articles)
    return StoryReport(
        story=story,
        articles=tuple(articles),
        facts=tuple(facts),
        summary=tuple(summary),
        exclusive=tuple(exclusive),
        discrepancies=tuple(comparison.discrepancies),
        quotes=tuple(comparison.quotes),
        entities=tuple(comparison.entities),
        provenance=tuple(provenance),
        timeline=tuple(comparison.timeline),
        summary_disputes=disputes,
    )


def _prefetch_parses(sentences: dict[str, tuple[Sentence, ...]]) -> None:
    """Start the parse process (if one runs: accord.compare.nlp) on the story's sentences, which
    compare reads later, so that it parses them while this process encodes."""
    from accord.compare import nlp

    nlp.prefetch(s.text for ss in sentences.values() for s in ss)


def _with_independent_sources(story: Story, provenance) -> Story:
    """The story's count of independent sources, collapsing every reuse edge and duplicate."""
    from accord.provenance import independent_count, source_groups
    from accord.types import ProvenanceEdge

    edges = list(provenance) + [
        ProvenanceEdge(kept, dup, "duplicate", 1.0, False) for kept, dup in story.duplicates
    ]
    groups = source_groups(story.articles, edges)
    return replace(story, independent_sources=independent_count(story.articles, groups))


def _settled(story: Story, articles: list[Article]) -> tuple[Story, list[Article]]:
    """The story with its ambiguous page dates settled, its articles kept in publication order
    (its id, given by grouping, stays: a story keeps its id while its articles are re-dated)."""
    from accord.clean.settle import settle_dates

    settled = settle_dates(articles)
    if all(a.published == b.published for a, b in zip(articles, settled)):
        return story, articles
    position = {a.id: n for n, a in enumerate(settled)}
    settled.sort(key=lambda a: (a.published is None, a.published or dt.date.min, position[a.id]))
    return replace(story, articles=tuple(a.id for a in settled)), settled


def single_story(articles: Sequence[Article]) -> Story:
    """All `articles` as one story, in publication order (undated last)."""
    ordered = sorted(articles, key=lambda a: (a.published is None, a.published or 0, a.id))
    ids = tuple(a.id for a in ordered)
    title = next((a.title for a in ordered if a.title), "") or ""
    return Story(id=story_id(ids), title=title, articles=ids, independent_sources=len(ids))
