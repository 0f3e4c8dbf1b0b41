"""Story clustering: same-kind events stay apart, rewrites join, duplicates are marked.

The articles are written for these tests (two earthquakes, a rewrite, a football match, a
budget vote); none is taken from ../shared.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from accord.cluster import DuplicateIndex, StoryClusterer, cluster_articles
from accord.ids import story_id
from accord.types import Article

QUAKE_A = [
    (
        "Magnitude 6.1 earthquake strikes Velmora valley, killing 14",
        "A magnitude 6.1 earthquake struck the Velmora valley early on Tuesday, killing at least 14 "
        "people and flattening dozens of stone houses in the village of Ostrik, regional governor "
        "Anja Kestrel said. The quake hit at 4:12 a.m. at a depth of 10 kilometres, according to "
        "the Velmora Seismic Institute. Rescue teams from Draskov were digging through rubble with "
        "their hands. Kestrel said 60 people were injured and the main road to Ostrik was blocked "
        "by a landslide.",
    ),
    (
        "Ostrik villagers dig for survivors after Velmora quake",
        "Villagers in Ostrik spent Tuesday pulling neighbours from collapsed houses after the "
        "magnitude 6.1 quake in the Velmora valley. Governor Anja Kestrel put the death toll at 14 "
        "and said 60 were hurt. The Velmora Seismic Institute recorded more than 30 aftershocks. "
        "Soldiers from the Draskov garrison cleared the landslide on the Ostrik road by evening, "
        "letting ambulances through.",
    ),
    (
        "Velmora earthquake: death toll rises as aftershocks rattle Ostrik",
        "The death toll from Tuesday's earthquake in the Velmora valley has risen to 14, governor "
        "Anja Kestrel told reporters in Ostrik, where most of the stone houses collapsed. Seismologists "
        "at the Velmora Seismic Institute said the 6.1 tremor was the strongest in the valley in 40 "
        "years. Tents were being set up for families whose homes were destroyed, and the Draskov "
        "hospital said it was treating 60 injured.",
    ),
]
QUAKE_B = [
    (
        "Quake of magnitude 5.4 hits Port Selwyn, two dead",
        "An earthquake of magnitude 5.4 shook the coastal city of Port Selwyn on Friday afternoon, "
        "killing two people and damaging the harbour wall, mayor Tobias Grell said. The quake was "
        "centred 8 kilometres offshore under the Marren Strait, the national geological survey "
        "said. Ferries to the island of Hollin were halted while engineers inspected the piers. "
        "Grell said 11 people were treated for cuts and broken bones.",
    ),
    (
        "Port Selwyn counts damage after offshore tremor",
        "Engineers in Port Selwyn inspected the cracked harbour wall on Saturday after Friday's "
        "magnitude 5.4 earthquake under the Marren Strait killed two people. Mayor Tobias Grell said "
        "ferries to Hollin would resume once the piers were declared safe. The geological survey "
        "said the tremor was felt as far away as Hollin, and 11 people needed treatment in hospital.",
    ),
    (
        "Two killed as earthquake rocks Port Selwyn harbour",
        "Two people died when a 5.4 magnitude earthquake struck beneath the Marren Strait near Port "
        "Selwyn on Friday. Mayor Tobias Grell said a wall of the old harbour gave way and 11 people "
        "were hurt. Ferry services to Hollin island were suspended while the piers were checked, "
        "the harbour authority said.",
    ),
]
OTHER = [
    (
        "Carrow Rovers beat Milden 3-1 to reach cup final",
        "Carrow Rovers reached the cup final with a 3-1 win over Milden at Ashgate Park on Sunday. "
        "Striker Dev Okafor scored twice before half-time and captain Piet Laane added a third from "
        "a corner. Milden's late goal came from a penalty. Rovers will meet Easton in the final next "
        "month, manager Carla Voss said she was proud of her squad.",
    ),
    (
        "Brenland parliament passes budget after all-night session",
        "Brenland's parliament approved next year's budget early on Thursday after an all-night "
        "debate, finance minister Ilse Haverkamp said. The budget raises spending on schools by 4 "
        "percent and cuts fuel subsidies. Opposition leader Marco Pell called the cuts unfair to "
        "rural drivers. The vote was 88 to 71.",
    ),
]
# The first Velmora article told again in other words: it must join the Velmora story.
REWRITE = (
    "Deadly Velmora tremor levels Ostrik homes",
    "At least 14 people lost their lives when a 6.1-magnitude tremor hit the Velmora valley before "
    "dawn on Tuesday, governor Anja Kestrel announced, as stone homes in Ostrik village fell in. "
    "Measured by the Velmora Seismic Institute at 10 km deep, the earthquake left 60 injured. "
    "Crews sent from Draskov dug through debris by hand, while a landslide cut the only road into "
    "Ostrik.",
)
BOILERPLATE = "Sign up for our morning newsletter.\nFollow us on social media for live updates."

DAY = dt.date(2031, 3, 4)


def make(prefix: str, items, published=DAY) -> list[Article]:
    return [
        Article(id=f"{prefix}{n}", source=f"test:{prefix}{n}", text=title + "\n\n" + body, title=title,
                published=published)
        for n, (title, body) in enumerate(items)
    ]


def heap() -> list[Article]:
    return make("a", QUAKE_A) + make("b", QUAKE_B, DAY + dt.timedelta(days=3)) + make("x", OTHER)


def story_of(stories, article_id: str):
    (story,) = [s for s in stories if article_id in s.articles]
    return story


def test_cluster_two_events_of_one_kind_stay_apart():
    stories = cluster_articles(heap())
    quake_a = story_of(stories, "a0")
    quake_b = story_of(stories, "b0")
    assert quake_a.id != quake_b.id
    assert set(quake_a.articles) == {"a0", "a1", "a2"}
    assert set(quake_b.articles) == {"b0", "b1", "b2"}
    assert len(stories) == 4  # the match and the budget vote are stories of their own


def test_cluster_two_events_stay_apart_whatever_the_order():
    articles = heap()
    undated = [Article(a.id, a.source, a.text, a.title) for a in articles]  # order alone decides
    for order in (undated, undated[::-1], undated[1::2] + undated[0::2]):
        groups = {frozenset(s.articles) for s in cluster_articles(order)}
        assert frozenset({"a0", "a1", "a2"}) in groups
        assert frozenset({"b0", "b1", "b2"}) in groups


def test_cluster_rewritten_copy_joins_its_story_and_is_no_duplicate():
    articles = heap() + make("r", [REWRITE], DAY + dt.timedelta(days=1))
    stories = cluster_articles(articles)
    story = story_of(stories, "r0")
    assert set(story.articles) == {"a0", "a1", "a2", "r0"}
    assert story.duplicates == ()
    assert story.independent_sources == 4


def test_cluster_exact_and_near_duplicates_are_marked():
    a0 = heap()[0]
    exact = Article("copy", "feed2", a0.text, a0.title, published=DAY)
    near = Article("reprint", "feed3", BOILERPLATE + "\n\n" + a0.text + "\n\n" + BOILERPLATE, a0.title,
                   published=DAY + dt.timedelta(days=1))
    stories = cluster_articles(heap() + [near, exact])
    story = story_of(stories, "a0")
    assert set(story.articles) == {"a0", "a1", "a2", "copy", "reprint"}
    assert set(story.duplicates) == {("a0", "copy"), ("a0", "reprint")}
    assert story.independent_sources == 3
    for other in stories:
        if other is not story:
            assert other.duplicates == ()


def test_cluster_duplicate_index_scores_reprints_high_and_rewrites_low():
    index = DuplicateIndex()
    title, body = QUAKE_A[0]
    assert index.add(title + "\n" + body) is None
    found = index.add(BOILERPLATE + "\n" + title + "\n" + body)
    assert found is not None and found[0] == 0 and 0.8 <= found[1] < 1.0
    assert index.add(REWRITE[0] + "\n" + REWRITE[1]) is None


def test_cluster_undated_articles_cluster_and_come_last():
    articles = heap()
    undated = [Article(a.id + "u", a.source, a.text.replace("Tuesday", "the morning"), a.title)
               for a in articles[1:2]]
    stories = cluster_articles(undated + articles)
    story = story_of(stories, "a0")
    assert story.articles[-1] == "a1u"
    assert set(story.articles) == {"a0", "a1", "a2", "a1u"}


def test_cluster_articles_in_publication_order_and_id_from_the_first():
    articles = make("a", QUAKE_A)
    dated = [Article(a.id, a.source, a.text, a.title, published=DAY + dt.timedelta(days=2 - n))
             for n, a in enumerate(articles)]
    (story,) = cluster_articles(dated)
    assert story.articles == ("a2", "a1", "a0")
    assert story.id == story_id(["a2", "a1", "a0"])
    assert story.title in {t for t, _ in QUAKE_A}


def test_cluster_stories_expire_after_the_window():
    first = make("a", QUAKE_A[:1], DAY)
    later = make("c", QUAKE_A[1:2], DAY + dt.timedelta(days=60))
    assert len(cluster_articles(first + later)) == 2
    soon = make("c", QUAKE_A[1:2], DAY + dt.timedelta(days=2))
    assert len(cluster_articles(first + soon)) == 1


def test_cluster_one_article_alone_and_empty_input():
    assert cluster_articles([]) == []
    (article,) = make("solo", OTHER[:1])
    (story,) = cluster_articles([article])
    assert story.articles == ("solo0",)
    assert story.title == article.title
    assert story.independent_sources == 1 and story.duplicates == ()
    untitled = Article("t", "test", "A line that stands in for a title\n\nand a body below it.")
    assert cluster_articles([untitled])[0].title == "A line that stands in for a title"


def test_cluster_online_clusterer_returns_story_ids_as_articles_arrive():
    clusterer = StoryClusterer()
    a = make("a", QUAKE_A)
    b = make("b", QUAKE_B, DAY + dt.timedelta(days=1))
    ids = [clusterer.add(x) for x in (a[0], b[0], a[1], b[1], a[2], b[2])]
    assert ids[0] == ids[2] == ids[4]
    assert ids[1] == ids[3] == ids[5]
    assert ids[0] != ids[1]
    assert [s.id for s in clusterer.stories()] == [ids[0], ids[1]]


def test_cluster_rejects_bad_parameters_by_name():
    with pytest.raises(ValueError, match="threshold"):
        StoryClusterer(threshold=1.5)
    with pytest.raises(ValueError, match="weights"):
        StoryClusterer(weights={"body": 1.0})
    with pytest.raises(ValueError, match="threshold"):
        DuplicateIndex(threshold=0.0)


def test_cluster_seeds_are_one_story(seed_paths: list[Path]):
    # built from the files directly: one article per file, the first line as its title
    articles = []
    for path in seed_paths:
        text = path.read_text(encoding="utf-8")
        title = next(line.strip() for line in text.splitlines() if line.strip())
        articles.append(Article(id=path.stem, source=str(path), text=text, title=title))
    stories = cluster_articles(articles)
    assert len(stories) == 1
    assert set(stories[0].articles) == {p.stem for p in seed_paths}


def test_cluster_seeds_read_by_accord_load_are_one_story(seed_articles):
    stories = cluster_articles(seed_articles)
    assert len(stories) == 1
    assert set(stories[0].articles) == {a.id for a in seed_articles}
    assert stories[0].title in {a.title for a in seed_articles if a.title}


def test_cluster_threshold_keyword_trades_joins_for_new_stories():
    articles = heap()
    assert len(cluster_articles(articles, threshold=0.99)) == len(articles)  # nothing reaches it
    stories = cluster_articles(articles, threshold=0.3)
    assert {"a0", "a1", "a2"} == set(story_of(stories, "a0").articles)
    with pytest.raises(ValueError, match="threshold"):
        cluster_articles(articles, threshold=0.0)


def test_cluster_size_penalty_raises_the_bar_for_big_stories():
    # one event told four times: no penalty keeps it whole; a steep one makes each further
    # article clear a higher bar as the story grows, so the stream breaks the story up (and the
    # finishing passes' neighbour vote, which has no size penalty, puts it back together)
    articles = make("a", QUAKE_A) + make("r", [REWRITE], DAY)
    assert len(cluster_articles(articles, size_penalty=0.0, threshold=0.2)) == 1
    assert len(cluster_articles(articles, size_penalty=0.5, threshold=0.2, refine_rounds=0)) > 1
    assert len(cluster_articles(articles, size_penalty=0.5, threshold=0.2)) == 1
    with pytest.raises(ValueError, match="size_penalty"):
        StoryClusterer(size_penalty=-0.1)


def _dev_article(r: dict) -> Article:
    return Article(id=r["doc_id"], source="dev#" + r["doc_id"], text=r["title"] + " " + r["text"],
                   title=r["title"])


@pytest.fixture(scope="module")
def dev_df(dev_records):
    """Document frequencies of the whole dev heap, as `cluster_articles` counts them."""
    from accord.cluster.features import DocumentFrequencies
    from accord.cluster.online import article_bag

    df = DocumentFrequencies()
    for r in dev_records:
        df.add(article_bag(_dev_article(r)))
    return df


def _one_story(records: list[dict], df) -> StoryClusterer:
    """A clusterer whose stream put `records` into one story (no penalty, a bar all clear)."""
    clusterer = StoryClusterer(df=df, threshold=0.001, size_penalty=0.0)
    for r in records:
        clusterer.add(_dev_article(r))
    assert len(clusterer.stories()) == 1
    return clusterer


def test_cluster_split_cuts_a_story_holding_two_events_of_one_kind(dev_records, dev_df):
    # ECB+ topic 7: two title fights of one boxer, four years apart, streamed into one story
    topic = [r for r in dev_records if r["topic"] == 7]
    clusterer = _one_story(topic, dev_df)
    assert clusterer.split() == 1
    gold = {r["doc_id"]: r["cluster_label"] for r in topic}
    halves = {frozenset(s.articles) for s in clusterer.stories()}
    assert halves == {frozenset(d for d in gold if gold[d] == e) for e in set(gold.values())}


def test_cluster_split_leaves_every_single_dev_event_whole(dev_records, dev_df):
    # the other side of the test: no gold event of the dev data, alone in a story, is cut
    events = sorted({r["cluster_label"] for r in dev_records})
    cut = [e for e in events
           if _one_story([r for r in dev_records if r["cluster_label"] == e], dev_df).split()]
    assert cut == []


def test_cluster_split_leaves_small_stories_alone():
    articles = make("a", QUAKE_A) + make("b", QUAKE_B, DAY)  # two events, but 6 articles
    clusterer = StoryClusterer(threshold=0.001, size_penalty=0.0)
    for a in articles:
        clusterer.add(a)
    assert clusterer.split(min_size=7) == 0
    assert len(clusterer.stories()) == 1


def test_cluster_split_does_not_cut_a_big_story_along_its_groups_of_reprints(dev_records, dev_df):
    # one event (ECB+ 13_ecbplus, 11 articles) plus three edited reprints of each article (every
    # 7th word dropped): 44 members whose reprint groups are real structure, but one story
    event = [r for r in dev_records if r["cluster_label"] == "13_ecbplus"]
    heap = list(event)
    for k in (1, 2, 3):
        for r in event:
            words = r["text"].split()
            text = " ".join(w for i, w in enumerate(words) if i < k or (i - k) % 7)
            heap.append(dict(r, doc_id=f"{r['doc_id']}-r{k}", text=text))
    assert _one_story(heap, dev_df).split() == 0
    # counted member by member, without families, the groups of reprints read as two events
    assert _one_story(heap, dev_df).split(family=1.01) == 1


def _streamed(records: list[dict], df) -> StoryClusterer:
    """Records streamed, refined and split as `cluster_articles` does, before the vote."""
    clusterer = StoryClusterer(df=df)
    for r in records:
        clusterer.add(_dev_article(r))
    clusterer.refine()
    if clusterer.split():
        clusterer.refine()
    return clusterer


def _partition(stories) -> set[frozenset[str]]:
    return {frozenset(s.articles) for s in stories}


@pytest.mark.parametrize("topic", [4, 5])
def test_cluster_vote_rejoins_a_piece_of_an_event_and_keeps_the_other_event_apart(
        dev_records, dev_df, topic):
    # ECB+ topics 4 (two pin-up stars' deaths) and 5 (two coaches fired): streaming leaves a few
    # articles of one event in a story of their own; their nearest articles are in the event's
    # main story, so the vote moves them there, and the other event of the kind stays apart
    records = [r for r in dev_records if r["topic"] == topic]
    gold = {frozenset(r["doc_id"] for r in records if r["cluster_label"] == e)
            for e in {r["cluster_label"] for r in records}}
    clusterer = _streamed(records, dev_df)
    assert len(clusterer.stories()) == 3
    assert clusterer.vote() > 0
    assert _partition(clusterer.stories()) == gold
    _assert_centroids_follow_members(clusterer)


def _assert_centroids_follow_members(clusterer: StoryClusterer) -> None:
    """Each story's voices and centroids are those of its members that are not duplicates."""
    from accord.cluster.online import FIELDS, Centroid

    placed = sorted(p for state in clusterer.states for p in state.members)
    assert placed == list(range(len(clusterer.articles)))  # each article in exactly one story
    for number, state in enumerate(clusterer.states):
        assert all(clusterer.story_of[p] == number for p in state.members)
        assert all(clusterer.story_of[o] == number for p, o in clusterer.copy_of.items()
                   if p in state.members)  # a copy sits with the article it copies
        if state.members:
            assert clusterer.story_id(number) == story_id(
                [clusterer.articles[min(state.members, key=clusterer._order_key)].id])
        voices = [p for p in state.members if p not in clusterer.copy_of]
        assert state.voices == len(voices)
        for f in FIELDS:
            rebuilt = Centroid()
            for p in voices:
                rebuilt.add(getattr(clusterer.vectors[p], f))
            kept = state.centroids[f]
            assert kept.squared == pytest.approx(rebuilt.squared, abs=1e-9)
            for term in set(kept.sums) | set(rebuilt.sums):
                assert kept.sums.get(term, 0.0) == pytest.approx(rebuilt.sums.get(term, 0.0), abs=1e-9)


def test_cluster_vote_leaves_a_lone_article_alone():
    # the football match and the budget vote share no story: no neighbour is as similar as the
    # join threshold, so neither joins the earthquakes however few voices those have
    clusterer = StoryClusterer()
    for a in heap():
        clusterer.add(a)
    before = _partition(clusterer.stories())
    assert {frozenset({"x0"}), frozenset({"x1"})} <= before
    assert clusterer.vote() == 0
    assert _partition(clusterer.stories()) == before
    for bad in ({"neighbours": 0}, {"rounds": -1}, {"pool": 0}):
        with pytest.raises(ValueError, match=next(iter(bad))):
            clusterer.vote(**bad)


def _pair_similarity(a, b, weights) -> float:
    """Two articles' similarity as `similarity` defines it, computed from their sub-vectors."""
    total = used = 0.0
    for f, w in weights.items():
        x, y = getattr(a, f), getattr(b, f)
        if w and x and y:
            total += w * sum(v * y.get(t, 0.0) for t, v in x.items())
            used += w
    return total / used if used else 0.0


def test_cluster_vote_finds_the_same_neighbours_as_a_search_over_all_pairs(dev_records, dev_df):
    # the search goes through candidate stories, never the whole heap; on three topics it must
    # still find each article's true nearest articles among the originals (duplicates neither
    # vote nor move), scored as `similarity` scores two articles, and honour the floor and k
    records = [r for r in dev_records if r["topic"] in (1, 2, 3)]
    clusterer = _streamed(records, dev_df)
    assert clusterer.copy_of  # topic 1 holds near-duplicates: they must be left out
    originals = [p for p in range(len(clusterer.articles)) if p not in clusterer.copy_of]
    floor = 0.25
    graph = clusterer._neighbours(4, 200, floor)
    assert set(graph) == set(originals)
    for p in originals:
        scored = sorted(
            ((-_pair_similarity(clusterer.vectors[p], clusterer.vectors[q], clusterer.weights), q)
             for q in originals if q != p),
        )
        expected = [(q, -s) for s, q in scored if -s >= floor][:4]
        assert [q for q, _ in graph[p]] == [q for q, _ in expected]
        assert [s for _, s in graph[p]] == pytest.approx([s for _, s in expected], abs=1e-9)


def test_cluster_vote_search_is_bounded_by_the_pool(dev_records, dev_df):
    # each story offers at most `pool` members and blocks of members are searched together: with
    # a pool of 3 the search sees fewer articles, but what it finds is real, above the floor and
    # the same from run to run, and every original article still gets its search
    records = [r for r in dev_records if r["topic"] in (12, 13)]  # stories of up to 22 members
    clusterer = _streamed(records, dev_df)
    assert max(s.voices for s in clusterer.states) > 3
    originals = [p for p in range(len(clusterer.articles)) if p not in clusterer.copy_of]
    full = clusterer._neighbours(5, 200, 0.2)
    small = clusterer._neighbours(5, 3, 0.2)
    assert small == clusterer._neighbours(5, 3, 0.2)
    assert set(small) == set(originals)
    assert small != full
    for p, near in small.items():
        for q, sim in near:
            assert sim >= 0.2
            assert sim == pytest.approx(
                _pair_similarity(clusterer.vectors[p], clusterer.vectors[q], clusterer.weights), abs=1e-9)
        # the i-th best of a subset is never better than the i-th best of all
        assert len(near) <= len(full[p])
        assert all(a <= b + 1e-12 for (_, a), (_, b) in zip(near, full[p]))


def test_cluster_finishing_passes_search_stories_pruned_from_the_index():
    # a feed prunes stories past the time window from its index; on a finished heap refine and
    # the vote put them back, so early articles still find their own and neighbouring stories
    clusterer = StoryClusterer()
    for a in make("a", QUAKE_A) + make("b", QUAKE_B, DAY + dt.timedelta(days=60)):
        clusterer.add(a)
    first = clusterer.vectors[0]
    assert clusterer.candidates(first, DAY) == [clusterer.story_of[0]]
    clusterer._prune()
    assert clusterer.candidates(first, DAY) == []
    clusterer.refine()
    assert clusterer.candidates(first, DAY) == [clusterer.story_of[0]]
    assert clusterer.vote() == 0
    assert len(clusterer.stories()) == 2



def test_cluster_bcubed_scores_a_worked_example_and_names_left_out_items():
    from accord.cluster.metrics import bcubed

    gold = {"a": 1, "b": 1, "c": 2}
    # a alone; b with c: precision (1 + 1/2 + 1/2) / 3, recall (1/2 + 1/2 + 1) / 3
    assert bcubed({"a": "x", "b": "y", "c": "y"}, gold) == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert bcubed({"a": "x", "b": "x", "c": "z"}, gold) == (1.0, 1.0, 1.0)
    everything = bcubed({"a": 0, "b": 0, "c": 0}, gold)
    assert everything[1] == 1.0 and everything[0] == pytest.approx(5 / 9)
    with pytest.raises(ValueError, match="left out 1 items, e.g. \\['c'\\]"):
        bcubed({"a": 0, "b": 0}, gold)


def test_cluster_vote_counts_only_neighbours_in_stories_within_the_article_s_time_window():
    # p (day 30) shares a story with an undated article u; p's most similar articles are in a
    # story from day 0, out of p's window, and must not crowd out the day-30 articles it can join
    import random

    rng = random.Random(3)
    vocabulary = ["".join(rng.choice("bcdfgklmnprstvz") + rng.choice("aeiou") for _ in range(4))
                  for _ in range(60)]
    names = " and ".join(w.capitalize() for w in vocabulary[:3])
    core = vocabulary[:20]

    def article(id_, words, published):
        return Article(id=id_, source="test:" + id_, text=" ".join(words) + ". " + names + " said.",
                       published=published)

    later = DAY + dt.timedelta(days=30)
    clusterer = StoryClusterer(size_penalty=0.0, threshold=0.3)
    for i in range(3):
        clusterer.add(article(f"old{i}", core + rng.sample(vocabulary[20:30], 4), DAY))
    for i in range(3):
        clusterer.add(article(f"new{i}", core[:12] + rng.sample(vocabulary[30:60], 14), later))
    clusterer.add(article("p", core + rng.sample(vocabulary[20:30], 4), later))
    clusterer.add(article("u", core[:15] + rng.sample(vocabulary[20:30], 5), None))
    p, u = 6, 7
    apart = clusterer._open()  # as a stream might leave them: p and u in a story of their own
    clusterer._relocate(p, clusterer.story_of[p], apart)
    clusterer._relocate(u, clusterer.story_of[u], apart)
    near = clusterer._neighbours(3, 200, 0.3)[p]
    assert [clusterer.articles[q].id for q, _ in near] == ["u", "new0", "new1"]
    assert clusterer.vote(neighbours=3) > 0
    stories = _partition(clusterer.stories())
    assert frozenset({"new0", "new1", "new2", "p"}) in stories
    _assert_centroids_follow_members(clusterer)


def test_cluster_vote_searches_stories_pruned_from_the_index():
    # a feed prunes stories past the time window; the vote puts them back before its search: a
    # piece of the first earthquake's story, pruned, still finds its neighbours in the other
    # pruned piece
    clusterer = StoryClusterer()
    for a in make("a", QUAKE_A) + make("b", QUAKE_B, DAY + dt.timedelta(days=60)):
        clusterer.add(a)
    piece = clusterer._open()
    clusterer._relocate(2, clusterer.story_of[2], piece)  # the third Velmora report alone
    clusterer._prune()
    assert clusterer.candidates(clusterer.vectors[2], DAY) == []
    assert clusterer.vote() == 1
    assert frozenset({"a0", "a1", "a2"}) in _partition(clusterer.stories())
    _assert_centroids_follow_members(clusterer)


def test_cluster_candidates_look_only_at_stories_opened_near_the_article_s_own(monkeypatch):
    # per index term, at most CLUSTER_INDEX_REACH stories on either side of `around` (the newest
    # while streaming) are looked at: the work per article stays bounded on a long heap
    from accord import settings

    clusterer = StoryClusterer(threshold=0.99)  # every article opens a story of its own
    for a in make("a", QUAKE_A) + make("r", [REWRITE]):
        clusterer.add(a)
    from accord.cluster.online import Vectors

    assert clusterer._index["n:e:velmora"] == [0, 1, 2, 3]
    velmora = Vectors(title={}, body={}, names={"e:velmora": 1.0}, keys=("n:e:velmora",))
    assert set(clusterer.candidates(velmora, DAY)) == {0, 1, 2, 3}
    monkeypatch.setattr(settings, "CLUSTER_INDEX_REACH", 1)
    assert set(clusterer.candidates(velmora, DAY, around=0)) == {0}
    assert set(clusterer.candidates(velmora, DAY, around=3)) == {2, 3}
    assert set(clusterer.candidates(velmora, DAY)) == {3}  # the newest


def test_cluster_a_story_s_dates_follow_its_members_when_one_moves_out():
    clusterer = StoryClusterer()
    for a in make("a", QUAKE_A[:2]) + make("r", [REWRITE], DAY + dt.timedelta(days=5)):
        clusterer.add(a)
    (number,) = {clusterer.story_of[p] for p in range(3)}
    state = clusterer.states[number]
    assert (state.first, state.last) == (DAY, DAY + dt.timedelta(days=5))
    clusterer._relocate(2, number, clusterer._open())
    assert (state.first, state.last) == (DAY, DAY)
    clusterer._relocate(0, number, clusterer._open())
    clusterer._relocate(1, number, clusterer._open())
    assert (state.first, state.last) == (None, None)
