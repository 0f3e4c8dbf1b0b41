"""Cheap lexical features for story clustering: title words, body words, names; online TF-IDF.

Following Miranda et al. 2018 ("Multilingual Clustering of Streaming News", EMNLP), an article
is represented by separate sparse TF-IDF sub-vectors: its title words, its body words and its
named entities. Words are lower-cased, stop words dropped and plural/verb endings stripped by a
small suffix rule (a full stemmer buys little for news and costs speed). Names are capitalised
words that are not common words ("Teixeira", "Angels", "Qeshm"): spaCy NER runs at ~7.5k
words/s here, far below the 200 articles/s this stage needs, and for telling one event from
another of the same kind these cheap names carry the signal that matters (who, where). Numbers
join the name vector too, because two events of the same kind differ in them ("6.1", "2008").

What it does not do: no semantic similarity (the sentence encoder was measured and left out,
see settings.CLUSTER_WEIGHTS) and no disambiguation (two people called "Smith" are one feature).

Document frequencies are counted online (`DocumentFrequencies.add`), so a never-ending feed
needs no fitted vocabulary; a one-off heap can be counted first and then clustered.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from accord.startup import ENGLISH_STOP_WORDS  # scikit-learn's list, without importing it (issue 18)

from accord import settings

# Words that open sentences or decorate news prose but name nobody: never entities on their own.
_NOT_NAMES = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december mr mrs ms dr sir lord according
    update updated reuters ap afp photo video read more share said says today yesterday
    """.split()
) | ENGLISH_STOP_WORDS
_STOP = ENGLISH_STOP_WORDS | frozenset("said says told just like year years new percent".split())

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z]|\d+(?:[.,]\d+)*")
# A capitalised word ("Teixeira", "McCain", "al-Masri" is not: particles stay lower-case) or an
# abbreviation with dots ("U.N.").
_NAME = re.compile(r"(?<![\w'’\-])(?:[A-Z][A-Za-z'’\-]*[A-Za-z]|[A-Z]\.(?:[A-Z]\.)+)")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?(?![\w])")


def stem(word: str) -> str:
    """Strip the commonest inflections ("earthquakes" -> "earthquake", "killed" -> "kill")."""
    if len(word) <= 4 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 5:
        return word[:-3] + "y"
    if word.endswith("ing") and len(word) > 6:
        return word[:-3]
    if word.endswith("ed") and len(word) > 5:
        return word[:-2]
    if word.endswith("es") and word[-3] in "sxz":
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return _drop_e(word[:-1])
    return _drop_e(word)


def _drop_e(word: str) -> str:
    # "believe" and "believed" meet at "believ"
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def words(text: str) -> Counter:
    """Counts of content-word stems in `text`."""
    out: Counter = Counter()
    cache = _STEMS
    for w in _WORD.findall(text.lower()):
        term = cache.get(w)
        if term is None:
            term = _term(w)
            if len(cache) < 200_000:  # bounded: a feed's vocabulary keeps growing
                cache[w] = term
                if term:
                    _remember_prior(term, w)
        if term:
            out[term] += 1
    return out


_STEMS: dict[str, str] = {}  # word -> its stem ("" for stop words): each word stemmed once
_PRIOR: dict[str, float] = {}  # term -> share of general English documents that hold it


def _remember_prior(term: str, word: str) -> None:
    """P(a news article of ~300 words holds `word`), from its frequency in general English."""
    from wordfreq import word_frequency

    share = min(1.0, settings.CLUSTER_PRIOR_WORDS * word_frequency(word, "en"))
    if share > _PRIOR.get(term, 0.0):
        _PRIOR[term] = share


def _term(word: str) -> str:
    w = word.replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) < 2 or w in _STOP:
        return ""
    return stem(w)


def entities(text: str) -> Counter:
    """Counts of capitalised words that are not common words (names), and of numbers.

    Each word of a name counts on its own: "Teixeira" later in a text then matches "Mark
    Teixeira", and the capitals of a title-case headline ("Saints Place Thomas On IR") do not
    glue names to verbs. On the dev data single words beat whole capitalised phrases (pairwise
    AUC within a topic 0.916 vs 0.879).
    """
    out: Counter = Counter()
    for match in _NAME.finditer(text):
        token = match.group().replace("’", "'")
        if token.endswith("'s"):
            token = token[:-2]
        low = token.lower()
        if low not in _NOT_NAMES and len(low) > 1:
            out["e:" + low] += 1
            if "e:" + low not in _PRIOR:
                _remember_prior("e:" + low, low)
    for match in _NUMBER.finditer(text):
        out["n:" + match.group().replace(",", "")] += 1
    return out


FIELDS = ("title", "body", "names")  # the fields of a Bag: one sub-vector each in clustering


@dataclass(frozen=True)
class Bag:
    """Term counts of one article, per field (`FIELDS`)."""

    title: Counter
    body: Counter
    names: Counter


def bag(title: str, text: str) -> Bag:
    return Bag(title=words(title), body=words(text), names=entities(text))


class DocumentFrequencies:
    """Document frequencies counted online: each article counts once per term and field."""

    def __init__(self) -> None:
        self.documents = 0
        self.counts: Counter = Counter()

    def add(self, b: Bag) -> None:
        self.documents += 1
        self.counts.update(set(b.body) | set(b.title))
        self.counts.update(set(b.names))

    def idf(self, term: str) -> float:
        # smoothed idf (as scikit-learn's TfidfVectorizer), with the heap's counts topped up by
        # CLUSTER_PRIOR_DOCUMENTS pseudo-documents drawn from general English word frequencies
        # (wordfreq): a heap of five articles on one event otherwise rates "the port" and
        # "Castellmar" alike (both in every article) and every word of one article's own as the
        # rarest; a heap of thousands is barely moved by the prior.
        prior = settings.CLUSTER_PRIOR_DOCUMENTS
        expected = prior * _PRIOR.get(term, 0.0)
        return math.log((1 + self.documents + prior) / (1 + self.counts.get(term, 0) + expected)) + 1.0


def weigh(counts: Counter, df: DocumentFrequencies) -> dict[str, float]:
    """Unit-length sublinear TF-IDF vector of `counts`."""
    vec = {t: (1.0 + math.log(c)) * df.idf(t) for t, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values()))
    if norm == 0.0:
        return {}
    return {t: v / norm for t, v in vec.items()}
