"""Agreed citations: a fact is cited only to articles whose sentence agrees with its wording.

The aligner puts sentences that say one thing in other words into one fact. Most of the time
they agree; when one states a figure, a day, a time, a polarity, a relation, a post or a
direction that another's wording rules out, citing both articles for that wording cites an
article that says otherwise. `compare` raises a discrepancy when it can tell the two values are
about one thing, and `cite.sound_facts` then moves the other side out. This module is the net
under it: whether or not a discrepancy was raised, two aligned sentences are checked against
each other with compare's own readers, the alignment standing for compare's "same thing" tests.
Two sentences disagree when

- values (claims.values): each states a figure of one unit, a day or a time of day that the
  other does not allow;
- polarity: one denies a verb that the other states of the same thing (compare.negation's
  reading: "The road was not closed" / "The road was closed on Monday"), or a happening verb is
  told by one and denied or told by its antonym by the other, of the same one (compare.polarity:
  "Nobody was arrested" / "Police arrested two men"; "admitted" / "denied"); what is said of the
  future, of a part of a kind, or with words of change ("no longer", "yet") never disagrees;
- relation: they give one pair of people two kinds of kin (compare.relation_reading and
  compare.kin_parse: "X, the son of Y" / "Y's nephew X");
- post: they give one person posts that cannot both be held (compare.roles);
- place: they give bearings from one anchor 90 degrees or more apart (compare.places), of the
  same carried thing when a bearing is a drift.
An article also disagrees with a sentence that states a sum of one name ("a budget of ...") when
its cited sentence gives none of that name and its other sentences give only sums of that name
the sentence's does not allow (claims.elsewhere).

A fact keeps the mention whose reading most of its articles agree with (ties: its own wording),
then every other mention that agrees with it, and its wording is chosen among those (mentions of
the article of the kept reading always stay). This is done twice: on values alone first (as
claims.values alone did before), then on every reading over the mentions the first kept. Two kept mentions may still disagree with each
other where each says more than the kept one ("closed the road" / "did not close the road" beside
"met on Tuesday"): the fact is supported by all of them, but a summary sentence quoting one of
them cites only the articles whose mentions agree with it (`support`, for summarize.select).

What it does not do: it does not raise a discrepancy (two aligned sentences may still speak of
two things: "12 people were injured" / "18 people were treated"), and it does not list the
articles it drops in `contradicted_by`, which names the articles of a raised dispute only (the
contract: an article there reports another value "and the point is a discrepancy"). A dropped
mention leaves the fact; its article stays cited by every fact it does agree with. Of the rest
of an article it reads only the named sums of claims.elsewhere.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial

from accord.claims.elsewhere import keyed_sums, sums_apart
from accord.claims.values import Values, clash, values_of
from accord.compare.temporal import Reference, references
from accord.provenance.groups import independent_count, source_groups, spun_articles
from accord.types import Article, Fact, Mention, ProvenanceEdge, Sentence


@dataclass(frozen=True)
class Reading:
    """What compare's readers read in one sentence, as far as two aligned sentences can be checked."""

    values: Values
    said: tuple = ()  # compare.negation.Said
    polar: tuple = ()  # compare.polarity.Polar
    kin: tuple[tuple[int, int, str], ...] = ()  # (person, other person, kind), person < other
    posts: tuple[tuple[int, str], ...] = ()  # (person, title)
    bearings: tuple[tuple[str, int, str | None], ...] = ()  # (anchor, degrees, carried thing)
    sums: tuple = ()  # named sums (claims.elsewhere.keyed_sums)
    # the named sums of the article's other sentences, read when first asked (claims.elsewhere)
    elsewhere: Callable[[], tuple | None] | None = field(default=None, compare=False)


def disagreement(a: Reading, b: Reading, spun: bool = False, values: bool = False) -> str | None:
    """The kind of value on which the two sentences disagree ("value", "polarity", "relation",
    "post", "place"), or None. `spun`: one of the two is a machine-style rewrite, whose synonyms
    ("mine supervisor" for "mine manager") only back the other's words, as compare judges them;
    its figures, days and times are still its own. `values`: figures, days and times only."""
    if clash(a.values, b.values):
        return "value"
    if values:
        return None
    if sums_apart(a.sums, b.sums, b.elsewhere) or sums_apart(b.sums, a.sums, a.elsewhere):
        return "value elsewhere"  # claims.elsewhere
    if spun:
        return None
    if _polarity(a, b) or _polarity(b, a):
        return "polarity"
    if _kin(a, b):
        return "relation"
    if _posts(a, b):
        return "post"
    if _bearings(a, b):
        return "place"
    return None


def _polarity(a: Reading, b: Reading) -> bool:
    from accord.compare.readers import polar_opposed, said_opposed

    return any(said_opposed(d, t) for d in a.said for t in b.said) or any(
        polar_opposed(p, q) for p in a.polar for q in b.polar)


def _coordinated(sentences: Sequence[Sentence]) -> list:
    """compare.polarity's claims of the antonym verbs (admit / deny, pass / fail ...) that share
    their subject with the verb before them ("The chief executive, X, apologised but denied
    that ..."): polarity reads a verb with its own subject only."""
    from accord.cluster.features import stem as noun_stem
    from accord.compare.counted import stem as verb_stem
    from accord.compare.happening_words import ANTONYMS
    from accord.compare.nlp import parse
    from accord.compare.polar_words import name_of
    from accord.compare.polarity import Polar

    words = tuple(w for pair in ANTONYMS for w in pair)
    out = []
    for s, doc in zip(sentences, parse([s.text for s in sentences])):
        for v in doc:
            if v.pos_ != "VERB" or v.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
                continue
            stem = verb_stem(v.lower_)
            subj = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
            if not stem.startswith(words) or subj is None or subj.pos_ not in ("NOUN", "PROPN"):
                continue
            out.append(Polar(s, stem, any(c.dep_ == "neg" for c in v.children), noun_stem(subj.lower_), False,
                             v.text, name=name_of(subj), at=v.idx))
    return out


def _kin(a: Reading, b: Reading) -> bool:
    for pair in {(x, y) for x, y, _ in a.kin} & {(x, y) for x, y, _ in b.kin}:
        if not {k for x, y, k in a.kin if (x, y) == pair} & {k for x, y, k in b.kin if (x, y) == pair}:
            return True  # no kind of kin both give the pair
    return False


def _posts(a: Reading, b: Reading) -> bool:
    from accord.compare.readers import posts_disagree

    return any(posts_disagree([t for p, t in a.posts if p == person], [t for p, t in b.posts if p == person])
               for person in {p for p, _ in a.posts} & {p for p, _ in b.posts})


def _bearings(a: Reading, b: Reading) -> bool:
    """Bearings from one anchor (of one carried thing) far apart, neither sentence giving the
    other's direction too."""
    from accord.compare.readers import bearings_apart

    def close(x, ys):
        return any(y[0] == x[0] and y[2] == x[2] and not bearings_apart(x[1], y[1]) for y in ys)

    return any(x[0] == y[0] and x[2] == y[2] and not close(x, b.bearings) and not close(y, a.bearings)
               for x in a.bearings for y in b.bearings)


class Reader:
    """Readings of the story's sentences by position, with compare's readers (its context, merged
    entities and posts from `readings`, compare.Readings; without them only values are read)."""

    def __init__(self, articles: Sequence[Article], readings=None):
        self.refs = references(list(articles))
        self.readings = readings
        self._kin: dict[tuple[str, int], set] = defaultdict(set)
        self._posts: dict[tuple[str, int], set] = defaultdict(set)
        self._bearings: dict[tuple[str, int], set] = defaultdict(set)
        self._sentences: dict[tuple[str, int], Sentence] = {}
        self._starts: dict[str, list[int]] = defaultdict(list)  # article -> its sentences' starts
        self._sums: dict[tuple[str, int], tuple] = {}
        self._rest: dict[tuple[str, int], tuple] = {}  # _elsewhere's, once asked
        self._done: dict[tuple[str, int, bool, bool], Reading] = {}
        self._bearings_read = False
        if readings is not None:
            self._read_story(readings)

    def _read_story(self, readings) -> None:
        from accord.compare.readers import kin_kinds

        ctx = readings.context
        for s in ctx.all_sentences():
            self._sentences[(s.article, s.start)] = s
            self._starts[s.article].append(s.start)
        for article, start, x, y, kind in kin_kinds(readings.relations):
            self._kin[(article, start)].add((x, y, kind))
        for person, found in readings.posts.items():
            for title, _, m in found:
                self._posts[(m.article, m.start)].add((person, title))

    def _read_bearings(self) -> None:
        """compare.places' bearings of the story's sentences, read the first time two mentions of
        one fact carry a bearing's words."""
        from accord.compare.places import bearings
        from accord.compare.placed import mover

        self._bearings_read = True
        for item in bearings(self.readings.context):
            key = (item.sentence.article, item.sentence.start)
            self._bearings[key].add((item.value.anchor, item.value.degrees, mover(item)))

    def _sums_of(self, at: tuple[str, int]) -> tuple:
        if at not in self._sums:
            s = self._sentences.get(at)
            self._sums[at] = keyed_sums(s.text) if s is not None else ()
        return self._sums[at]

    def _elsewhere(self, at: tuple[str, int]) -> tuple | None:
        """The named sums of the other sentences of the article of the sentence `at`."""
        if at not in self._sentences:
            return None
        if at not in self._rest:
            self._rest[at] = tuple(x for start in self._starts[at[0]] if start != at[1]
                                   for x in self._sums_of((at[0], start)))
        return self._rest[at]

    def read(self, mentions: Sequence[Mention]) -> list[Reading]:
        """The reading of each mention (parsed in one batch, when one of them carries a cue of
        denial or of an antonym: without one, no two of them can oppose in polarity)."""
        from accord.compare.readers import may_oppose, may_place, polar_claims, said_claims

        if self.readings is not None and not self._bearings_read and sum(may_place(m.text) for m in mentions) >= 2:
            self._read_bearings()
        opposing = any(may_oppose(m.text) for m in mentions)
        keys = [(m.article, m.start, opposing, self._bearings_read) for m in mentions]
        new = [k for k in dict.fromkeys(keys) if k not in self._done]
        said: dict[tuple, list] = defaultdict(list)
        polar: dict[tuple, list] = defaultdict(list)
        parsed = [self._sentences[k[:2]] for k in new if k[:2] in self._sentences] if opposing else []
        if parsed:
            for c in said_claims(parsed):
                said[(c.sentence.article, c.sentence.start)].append(c)
            for c in [*polar_claims(parsed), *_coordinated(parsed)]:
                polar[(c.sentence.article, c.sentence.start)].append(c)
        by_key = {(m.article, m.start): m for m in mentions}
        values = {k: values_of(by_key[k[:2]].text, self.refs.get(k[0]) or Reference(None, False, None)) for k in new}
        for k in new:
            at = k[:2]  # the sentence; what of it is read follows k[2:]
            self._done[k] = Reading(values[k], tuple(said[at]), tuple(polar[at]),
                                    tuple(sorted(self._kin[at])), tuple(sorted(self._posts[at])),
                                    tuple(sorted(self._bearings[at], key=str)),
                                    self._sums_of(at) if self.readings is not None else (),
                                    partial(self._elsewhere, at) if self.readings is not None else None)
        return [self._done[k] for k in keys]


def agreed_facts(
    facts: Sequence[Fact],
    articles: Sequence[Article],
    provenance: Sequence[ProvenanceEdge] = (),
    readings=None,
    dropped: list | None = None,
    support: dict | None = None,
) -> tuple[Fact, ...]:
    """`facts` with the mentions that disagree with the kept wording left out (see module
    docstring); `readings`: compare.Comparison.readings. Each mention left out is appended to
    `dropped`, when given, as (fact id, kind of disagreement, mention, the mention it disagrees
    with). `support`, when given, receives for each kept mention that another kept mention
    disagrees with the articles that support its own wording (summarize.select cites those)."""
    from accord.align.facts import representative

    reader = Reader(articles, readings)
    reuse = source_groups([a.id for a in articles], provenance)
    spun = spun_articles(provenance)
    out = []
    for fact in facts:
        if len(fact.articles) < 2:
            out.append(fact)
            continue
        for values in (True, False):  # the values first, as claims.values always checked them
            kept = _kept(fact, reader.read(fact.mentions), spun, dropped, None if values else support, values)
            if len(kept) == len(fact.mentions):
                continue
            arts = tuple(dict.fromkeys(m.article for m in kept))
            text = fact.text if any(m.text == fact.text for m in kept) else representative(list(kept), spun).text
            fact = replace(fact, text=text, mentions=kept, articles=arts,
                           independent_sources=independent_count(arts, reuse))
        out.append(fact)
    return tuple(out)


def _kept(fact: Fact, reads: list[Reading], spun: frozenset[str], dropped: list | None,
          support: dict | None, values: bool = False) -> tuple[Mention, ...]:
    mentions = fact.mentions
    # a wire story's copies read alike: judge each reading once (with whether it is a rewrite's)
    distinct = list(dict.fromkeys(zip(reads, (m.article in spun for m in mentions))))
    apart: dict[tuple[Reading, Reading], str] = {}
    for i, (x, sx) in enumerate(distinct):
        for y, sy in distinct[i + 1:]:
            kind = disagreement(x, y, sx or sy, values)
            if kind is not None and (x, y) not in apart:
                apart[(x, y)] = apart[(y, x)] = kind
    if not apart:
        return mentions
    # the articles whose mentions agree with each mention
    support_of = [len({m.article for m, w in zip(mentions, reads) if (v, w) not in apart}) for v in reads]
    own = {i for i, m in enumerate(mentions) if m.text == fact.text}
    # a rewrite's wording stands last: its synonyms agree with every side, and would keep them all
    # (its values are its own: on values alone it may be kept)
    best = max(range(len(mentions)), key=lambda i: (
        values or mentions[i].article not in spun, support_of[i], i in own, -i))
    kept = []
    for i, (m, w) in enumerate(zip(mentions, reads)):
        if m.article == mentions[best].article or (reads[best], w) not in apart:
            kept.append(i)
        elif dropped is not None:
            dropped.append((fact.id, apart[(reads[best], w)], m, mentions[best]))
    if support is not None and any((reads[i], reads[j]) in apart for i in kept for j in kept):
        # two kept mentions say more than the wording, and otherwise: each one's wording, which the
        # summary may quote, is supported by the articles of the kept mentions it agrees with
        for i in kept:
            support[mentions[i]] = tuple(dict.fromkeys(
                mentions[j].article for j in kept if (reads[i], reads[j]) not in apart))
    return tuple(mentions[i] for i in kept)
