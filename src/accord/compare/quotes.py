"""Quotations: who said what, in which articles, in which wordings, and which wordings change
what was said.

1. Find: every quotation in double quotes (typeset “”, straight "", guillemets, and Penn
   Treebank `` '' of tokenised corpora) of at least QUOTE_MIN_WORDS words.
2. Attribute: each article's own speaker for each of its quotations (compare.speakers: the
   tag of a speech verb, pronouns and follow-ons resolved, titles and scare quotes to nobody);
   a quote's `attributions` keep them per article, its speaker is the one most articles name.
3. Group across articles: two quotations are one quote when most words of the shorter are found,
   in order, in the longer (a trimmed quotation: all of them), or, for wordings that share few
   words, when the same named speaker answers the same question: the setting (the sentence
   without the quotation, and the one before it) holds a question in both, and the two
   settings' encodings are mutual best matches above QUOTE_CONTEXT_SIMILARITY. A wording is
   only judged against the main wording it was matched with (links do not chain).
4. Compare wordings (see `compare_wordings`): the majority wording is the quote's text; a
   variant changes the meaning when a negation or a number changed or a key word was replaced by
   one that is not a synonym; trims, added filler, inflection and spelling do not.

Discrepancies: "quote" for each quote with a meaning-changing variant, and "name" when one
quote is given to clearly different named speakers: named in the quotation's sentence by a full
name, or by a surname its article gave in full before, or introduced by the sentence right
before as its subject and only person, by full name ("Castrel's spokesman, Daniel Kemper,
described the company as fortunate. '...,' he told reporters": speakers.Speaker.introduced; the
evidence is then both sentences). Other pronoun speakers are not trusted for this: on ECB+ dev a
"he said" in a sentence naming Tara Reid and her representative was the representative's words.

What it does not do: indirect speech ("he said the talks had failed") is not a quotation here;
quotations spread over several paragraphs are read paragraph by paragraph.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher

import numpy as np
from rapidfuzz import fuzz

from accord import settings
from accord.compare.context import StoryContext
from accord.compare.entities import EntityIndex
from accord.compare.events import components
from accord.compare.names import clearly_different, short_form_of
from accord.compare.said import opposite_remarks
from accord.compare.speakers import attribute_article
from accord.compare.wording import (
    FUNCTION_WORDS,
    compare_wordings,
    normalise,
    replaced_phrases,
    same_word,
)
from accord.types import Claim, Discrepancy, Mention, Quote, QuoteAttribution, QuoteVariant, Sentence

# Typeset, straight, guillemets, and tokenised corpora: `` '' (Penn Treebank) or " '' (ECB+).
_QUOTED = re.compile(
    r"[\"“]\s*([^\"“”\n]+?)\s*''|“([^“”\n]+)”|\"([^\"\n]+)\"|«([^«»\n]+)»|``\s*([^\n]+?)\s*''"
)
# a quotation that answers a question: the only kind matched on its setting alone
_QUESTION = re.compile(r"\b(?:asked|questioned|question|questions|whether)\b|\?", re.I)


@dataclass(frozen=True)
class QuoteMention:
    article: str
    start: int  # span of the quoted words (without the quote marks) in the cleaned text
    end: int
    text: str
    sentence: Sentence
    speaker: int | None  # entity index
    # the speaker is named in the quotation's sentence, or is the pronoun's ("he said") one person
    # the sentence right before introduced as its subject (speakers.Speaker.introduced)
    explicit: bool
    setting: str  # the sentence without the quotation, and the sentence before it
    norm: str  # the text normalised (`normalise`): what wordings are told apart and grouped by
    speaker_name: str | None = None  # the speaker as this article names or describes them
    # the sentence that named the speaker when the quotation's own says only "he said": the
    # evidence of who spoke is both sentences
    introduced_by: Sentence | None = None


def find_quotes(ctx: StoryContext, index: EntityIndex) -> tuple[tuple[Quote, ...], tuple[Discrepancy, ...]]:
    """The story's quotes (grouped across articles) and the discrepancies in them."""
    mentions = _quote_mentions(ctx, index)
    groups = _group(mentions, ctx.encoder, _spun_links(mentions, ctx))
    quotes, found = [], []
    # a spun rewrite's wording never stands for a quotation while another article has it
    spun = ctx.spun()
    order = {a.id: i + (len(ctx.articles) if a.id in spun else 0) for i, a in enumerate(ctx.articles)}
    wordings = [_wordings(group, order) for group in groups]
    if ctx.encoder is not None:
        # every phrase the wording comparisons will need, in one batch (the encoder caches them)
        phrases = set()
        for main, *others in wordings:
            for ms in others:
                phrases.update(replaced_phrases(main[0].text, ms[0].text))
        if phrases:
            ctx.encoder.encode(sorted(phrases))
    for group, group_wordings in zip(groups, wordings):
        quote, discrepancies = _quote(group, group_wordings, index, ctx.encoder, order)
        quotes.append(quote)
        found += discrepancies
    found += opposite_remarks(mentions, groups, index)
    quotes.sort(key=lambda q: (-len(q.articles), order[q.mentions[0].article], q.mentions[0].start))
    return tuple(quotes), tuple(found)


# --------------------------------------------------------------------------- find and attribute
def attribute(ctx: StoryContext, index: EntityIndex) -> list[tuple[QuoteMention, str | None]]:
    """Every quotation of every article with the speaker that article gives it (None: nobody)."""
    return [(m, m.speaker_name) for m in _quote_mentions(ctx, index)]


def _quote_mentions(ctx: StoryContext, index: EntityIndex) -> list[QuoteMention]:
    out = []
    for article in ctx.articles:
        sentences = ctx.sentences.get(article.id, ())
        found = []  # (match, sentence position, quoted words' start, end)
        for match in _QUOTED.finditer(article.text):
            group = next(g for g in range(1, 6) if match.group(g) is not None)
            start, end = match.start(group), match.end(group)
            inner = article.text[start:end].strip(" ,.;:")
            start = article.text.index(inner, start) if inner else start
            at = next((i for i, s in enumerate(sentences) if s.start <= start < s.end), None)
            if at is not None:
                found.append((match, at, start, start + len(inner)))
        speakers = attribute_article(article.id, sentences, [(at, m.start(), m.end()) for m, at, _, _ in found],
                                     index)
        for (match, at, start, end), speaker in zip(found, speakers):
            inner = article.text[start:end]
            norm = normalise(inner)
            if len(norm.split()) < settings.QUOTE_MIN_WORDS:
                continue
            sent = sentences[at]
            outside = (sent.text[: match.start() - sent.start] + " " + sent.text[match.end() - sent.start:]).strip()
            previous = sentences[at - 1].text if at > 0 else ""
            out.append(QuoteMention(article.id, start, end, inner, sent, speaker.entity,
                                    speaker.explicit or speaker.introduced,
                                    f"{_QUOTED.sub(' ', previous)} {_QUOTED.sub(' ', outside)}".strip(),
                                    norm, speaker.name, sentences[at - 1] if speaker.introduced else None))
    return out


# --------------------------------------------------------------------------- group
def _spun_links(mentions: list[QuoteMention], ctx: StoryContext) -> frozenset[tuple[int, int]]:
    """Pairs of quotations a machine rewrite made of one (indices into `mentions`): in a spun
    sentence and its source sentence (StoryContext.spun_counterparts), the n-th quotations, when
    both sentences hold as many. A spinner swaps a quotation's words as it swaps the rest ("We will
    not let anybody back into the region" for "... anyone back into the area"): too few words
    are left for the wordings to be matched, but the spin itself says they are one quotation,
    and the change of a quotation's words is what a reader must be shown."""
    by_sentence: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_sentence[(m.article, m.sentence.index)].append(i)
    links = set()
    for s, d in ctx.spun_counterparts:
        xs, ys = by_sentence.get((s.article, s.index), []), by_sentence.get((d.article, d.index), [])
        if len(xs) == len(ys):
            links.update((min(i, j), max(i, j)) for i, j in zip(xs, ys))
    return frozenset(links)


def _group(mentions: list[QuoteMention], encoder, spun: frozenset[tuple[int, int]] = frozenset()) -> list[list[QuoteMention]]:
    """The mentions in groups of one quote each; `spun`: pairs a machine rewrite made (`_spun_links`)."""
    n = len(mentions)
    norms = [m.norm for m in mentions]
    linked_to_article: set[tuple[int, str]] = set()
    links: set[tuple[int, int]] = set(spun)
    for i, j in spun:
        linked_to_article.add((i, mentions[j].article))
        linked_to_article.add((j, mentions[i].article))
    vocab = [set(t.split()) for t in norms]
    for i in range(n):
        for j in range(i + 1, n):
            # cheap test first: quotations sharing under half the words of the smaller never match
            if len(vocab[i] & vocab[j]) < 0.5 * min(len(vocab[i]), len(vocab[j])):
                continue
            if norms[i] == norms[j] or _same_words(norms[i], norms[j], mentions[i], mentions[j]):
                links.add((i, j))
                linked_to_article.add((i, mentions[j].article))
                linked_to_article.add((j, mentions[i].article))
    # different wordings of one answer: same named speaker, both answering a question in the same
    # setting, nothing else matched
    answers = [bool(_QUESTION.search(m.setting)) for m in mentions]
    pairs = [
        (i, j) for i in range(n) for j in range(i + 1, n)
        if answers[i] and answers[j] and mentions[i].article != mentions[j].article
        and mentions[i].speaker is not None and mentions[i].speaker == mentions[j].speaker
        and (i, mentions[j].article) not in linked_to_article
        and (j, mentions[i].article) not in linked_to_article
    ]
    if pairs and encoder is not None:
        settings_text = sorted({mentions[k].setting for pair in pairs for k in pair})
        vectors = dict(zip(settings_text, encoder.encode(settings_text)))
        best: dict[tuple[int, str], tuple[float, int]] = {}
        for i, j in pairs:
            sim = float(np.dot(vectors[mentions[i].setting], vectors[mentions[j].setting]))
            if sim >= settings.QUOTE_CONTEXT_SIMILARITY:
                for a, b in ((i, j), (j, i)):
                    key = (a, mentions[b].article)
                    if key not in best or best[key][0] < sim:
                        best[key] = (sim, b)
        for (i, _), (_, j) in best.items():
            if best.get((j, mentions[i].article), (0, -1))[1] == i:  # mutual best match only
                links.add((min(i, j), max(i, j)))
    # linked groups and lone mentions, each in index order, by their first mention
    linked = components(links)
    alone = set(range(n)).difference(*linked)
    groups = sorted(linked + [[i] for i in alone], key=lambda members: members[0])
    out: list[list[QuoteMention]] = []
    for members in groups:
        out += _around_main(members, mentions, links)
    return out


def _around_main(members: list[int], mentions: list[QuoteMention], links: set[tuple[int, int]]):
    """Split a linked group so that every wording is linked to its quote's main wording itself.

    Links chain (a long quotation overlaps two short fragments of it that share no word); a
    wording is only judged against the main wording it was matched with.
    """
    out = []
    left = list(members)
    while left:
        by_wording: dict[str, list[int]] = defaultdict(list)
        for i in left:
            by_wording[mentions[i].norm].append(i)
        main = max(by_wording.values(), key=lambda ms: (len({mentions[i].article for i in ms}),
                                                       len(mentions[ms[0]].text), -ms[0]))
        keep = [i for i in left if i in main or any((min(i, j), max(i, j)) in links for j in main)]
        out.append([mentions[i] for i in keep])
        left = [i for i in left if i not in keep]
    return out


def _same_words(a: str, b: str, ma: QuoteMention, mb: QuoteMention) -> bool:
    """One quotation in two wordings: most words of the shorter found, in order, in the longer."""
    wa, wb = a.split(), b.split()
    if len(wa) == len(wb) and all(same_word(x, y) for x, y in zip(wa, wb)):
        return True  # inflection or spelling only: "continuing to fight" / "continue to fight"
    short, long = sorted((wa, wb), key=len)
    if len(short) < settings.QUOTE_MIN_WORDS:
        return False
    blocks = [m for m in SequenceMatcher(a=short, b=long, autojunk=False).get_matching_blocks() if m.size]
    # coverage counts content words: "the model of the century" shares only "the", "of the" with a
    # long quotation that mentions "the 20th century"
    content = [i for i, w in enumerate(short) if w not in FUNCTION_WORDS]
    if len(content) < 3:  # "what do you have in your hands": too few content words to go by
        content = list(range(len(short)))
    found = {i for m in blocks for i in range(m.a, m.a + m.size)}
    coverage = sum(i in found for i in content) / len(content)
    # a short fragment must be there whole; one article repeats a quotation, it does not reword it
    need = settings.QUOTE_SAME_COVERAGE if len(short) >= 5 else 1.0
    if len(short) < 0.6 * len(long):
        # an excerpt of a longer quotation: nearly all its words, mostly in one run
        if max((m.size for m in blocks), default=0) < settings.QUOTE_FRAGMENT_RUN * len(short):
            return False
        need = max(need, 0.85)
    if ma.article == mb.article:
        need = max(need, 0.9)
    if coverage < need:
        # one speaker, two articles, one long run of words in common and the rest swapped: one
        # quotation reworded ("carried out by professionals who knew the building" / "carried
        # out by someone who worked in the building"), which is what a misquote looks like
        return (ma.article != mb.article and ma.speaker is not None and ma.speaker == mb.speaker
                and coverage >= settings.QUOTE_REWORDED_COVERAGE and len(short) >= 0.6 * len(long)
                and max((m.size for m in blocks), default=0) >= settings.QUOTE_REWORDED_RUN
                and max((sum(w not in FUNCTION_WORDS for w in short[m.a:m.a + m.size]) for m in blocks),
                        default=0) >= settings.QUOTE_REWORDED_CONTENT)
    # a partial overlap given to two different speakers is two statements, not one quote
    return coverage >= 0.9 or ma.speaker is None or mb.speaker is None or ma.speaker == mb.speaker


# --------------------------------------------------------------------------- one quote
def _quote(group: list[QuoteMention], wordings: list[list[QuoteMention]], index: EntityIndex, encoder,
           order) -> tuple[Quote, list[Discrepancy]]:
    """The quote of one group, whose `_wordings` are given."""
    group = sorted(group, key=lambda m: (order[m.article], m.start))
    main = wordings[0]
    speakers = Counter(m.speaker for m in group if m.speaker is not None and m.explicit) or Counter(
        m.speaker for m in group if m.speaker is not None)
    described = Counter(m.speaker_name for m in group if m.speaker_name is not None)
    speaker = (index.entities[speakers.most_common(1)[0][0]].name if speakers
               else described.most_common(1)[0][0] if described else None)
    variants, found = [], []
    meaning_changed = []
    for ms in wordings[1:]:
        changed, changes = compare_wordings(main[0].text, ms[0].text, encoder)
        variants.append(QuoteVariant(ms[0].text, _articles(ms), changed, _mentions(ms), tuple(changes)))
        if changed:
            meaning_changed.append(ms)
    if meaning_changed:
        about = f"what {speaker or 'the speaker'} said"
        claims = tuple(Claim(ms[0].text, _articles(ms), ms[0].sentence.text, _mentions(ms))
                       for ms in [main, *meaning_changed])
        found.append(Discrepancy("quote", about, claims))
    misattributed = _speaker_conflict(group, index)
    if misattributed is not None:
        found.append(misattributed)
    quote = Quote(speaker, main[0].text, _articles(group), tuple(variants), _mentions(group),
                  _attributions(group))
    return quote, found


def _wordings(group: list[QuoteMention], order) -> list[list[QuoteMention]]:
    """Mentions by wording, the main wording first: the majority, on a tie one not only in spun
    rewrites, then the fuller one."""
    by_wording: dict[str, list[QuoteMention]] = defaultdict(list)
    for m in sorted(group, key=lambda m: (order[m.article], m.start)):
        by_wording[m.norm].append(m)
    only_spun = lambda ms: min(order[m.article] for m in ms) >= len(order)  # noqa: E731 (see find_quotes)
    return sorted(by_wording.values(), key=lambda ms: (-len({m.article for m in ms}), only_spun(ms),
                                                       -len(ms[0].text), order[ms[0].article], ms[0].start))


def _speaker_conflict(group: list[QuoteMention], index: EntityIndex) -> Discrepancy | None:
    """One quote, with the same words, given to clearly different named people."""
    by_speaker: dict[int, list[QuoteMention]] = defaultdict(list)
    for m in group:
        # full names, or a surname its own article gives a full name ("Chief executive Markus Halberg
        # ... Halberg said", the surname kept apart when the story has two Halbergs): a bare
        # "Twitter" may be a misreading
        if (m.explicit and m.speaker is not None and index.entities[m.speaker].type == "person"
                and (len(index.tokens[m.speaker]) >= 2 or _surname_of_named(m, index))):
            by_speaker[m.speaker].append(m)
    ids = list(by_speaker)
    for i, x in enumerate(ids):
        for y in ids[i + 1:]:
            ax = {m.article for m in by_speaker[x]}
            ay = {m.article for m in by_speaker[y]}
            if ax & ay or not clearly_different(index.tokens[x], index.tokens[y]):
                continue
            if max(fuzz.token_set_ratio(a.norm, b.norm)
                   for a in by_speaker[x] for b in by_speaker[y]) < 90:
                continue
            text = group[0].text
            about = f"who said “{text if len(text) <= 80 else text[:77] + '...'}”"
            claims = tuple(
                Claim(index.entities[s].name, _articles(ms), _who_evidence(ms[0]), _mentions(ms))
                for s, ms in by_speaker.items()
            )
            return Discrepancy("name", about, claims)
    return None


def _who_evidence(m: QuoteMention) -> str:
    """The sentence that says who spoke: the quotation's, after the one that named the speaker
    when the quotation's says only "he said"."""
    if m.introduced_by is None:
        return m.sentence.text
    return f"{m.introduced_by.text} {m.sentence.text}"


def _surname_of_named(m: QuoteMention, index: EntityIndex) -> bool:
    """A one-token speaker that its own article writes, before the quotation, as the surname of
    a full name."""
    tokens = index.tokens[m.speaker]
    return len(tokens) == 1 and any(
        len(index.tokens[n.entity]) >= 2 and index.entities[n.entity].type == "person"
        and short_form_of(tokens, index.tokens[n.entity])
        for n in index.before(m.article, m.start))


def _attributions(group: list[QuoteMention]) -> tuple[QuoteAttribution, ...]:
    """Each article's own speaker for the quote: the one it gives most often (named over none)."""
    by_article: dict[str, Counter] = defaultdict(Counter)
    for m in group:
        by_article[m.article][m.speaker_name] += 1 if m.speaker_name is None else 2
    return tuple(QuoteAttribution(a, names.most_common(1)[0][0]) for a, names in by_article.items())


def _articles(ms: list[QuoteMention]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.article for m in ms))


def _mentions(ms: list[QuoteMention]) -> tuple[Mention, ...]:
    return tuple(Mention(m.article, m.start, m.end, m.text) for m in ms)
