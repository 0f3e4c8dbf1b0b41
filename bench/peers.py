"""Peers side by side with accord, in the same process, on the same input.

- **Clustering**: a plain TF-IDF centroid clustering with Event Registry's published settings
  (Leban et al. 2014, "Event Registry: learning about world events from news", WWW; clustering
  after Brank et al.): each article, in publication order, joins the story whose centroid is
  most similar if the cosine is >= 0.4, else starts a new one; a story not fed for 4 days
  expires. The ECB+ dev data carries no dates, so expiry never triggers here. Scored with
  BCubed F1 against the gold stories, like accord's `accord.group`.
- **Near-duplicates**: a plain datasketch MinHash-LSH pass (Broder 1997 w-shingling, word
  3-grams, 128 permutations, Jaccard threshold 0.8) against accord's duplicate detection
  (`accord.cluster.DuplicateIndex`, which the clustering stage runs on every article).
  Ground truth: a collection with perturbed replicas (bench/workload.py), whose
  (original, replica) pairs are known near-duplicates.
- **Summaries**: LexRank (Erkan and Radev 2004; sumy 0.13.0's `LexRankSummarizer`) on each gold
  dev story against accord's full analysis of that story as one story. sumy's default tokenizer
  needs nltk's punkt data, which is not available offline, so both sides use accord's sentence
  splitter and a plain word regex.
Times are medians over repeats where cheap (clustering, duplicates); the per-story summary loop
runs once. Ratios are accord / peer, from the same run.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence

import numpy as np

from workload import bcubed, median, timed_encoder

ER_THRESHOLD = 0.4  # Event Registry: cosine to the centroid
ER_EXPIRY_DAYS = 4  # Event Registry: a cluster with no new article for 4 days is closed
LSH_THRESHOLD = 0.8
LSH_PERMUTATIONS = 128
_WORD = re.compile(r"\w+")


# --------------------------------------------------------------------------- clustering
def _with_title(article) -> str:
    """The article's words once: its title is usually its first line already."""
    title = article.title or ""
    return article.text if title in article.text else f"{title}\n{article.text}"


def tfidf_centroid_clusters(articles) -> dict[str, str]:
    """Event Registry-style online centroid clustering; article id -> cluster number."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    order = sorted(range(len(articles)), key=lambda i: (articles[i].published is None,
                                                        articles[i].published or 0, i))
    texts = [_with_title(articles[i]) for i in order]
    X = TfidfVectorizer(stop_words="english", sublinear_tf=True, dtype=np.float32).fit_transform(texts)
    sums = np.zeros((len(order), X.shape[1]), dtype=np.float32)  # centroid sums, one row a cluster
    norms = np.zeros(len(order), dtype=np.float32)
    last_date: list = []
    labels: dict[str, str] = {}
    k = 0
    for row, i in enumerate(order):
        x = X.getrow(row)
        date = articles[i].published
        best = -1
        if k:
            sims = sums[:k, x.indices] @ x.data / np.maximum(norms[:k], 1e-12)
            for c in np.argsort(-sims):
                if sims[c] < ER_THRESHOLD:
                    break
                if date and last_date[c] and (date - last_date[c]).days > ER_EXPIRY_DAYS:
                    continue  # expired: never happens on undated input
                best = int(c)
                break
        if best < 0:
            best = k
            k += 1
            last_date.append(None)
        sums[best, x.indices] += x.data
        norms[best] = np.linalg.norm(sums[best])
        last_date[best] = date or last_date[best]
        labels[articles[i].id] = str(best)
    return labels


def compare_clustering(articles, gold: dict[str, str], repeats: int) -> dict:
    import accord

    ours_t, peer_t, ratios = [], [], []
    for _ in range(repeats):
        t0 = time.perf_counter()
        stories = accord.group(articles)
        t1 = time.perf_counter()
        peer = tfidf_centroid_clusters(articles)
        t2 = time.perf_counter()
        ours_t.append(t1 - t0)
        peer_t.append(t2 - t1)
        ratios.append((t1 - t0) / (t2 - t1))
    ours = {a: s.id for s in stories for a in s.articles}
    return {
        "articles": len(articles),
        "accord": {"seconds": median(ours_t), "stories": len(stories), **bcubed(ours, gold)},
        "peer": {"seconds": median(peer_t), "stories": len(set(peer.values())), **bcubed(peer, gold)},
        "time_ratio": median(ratios),
    }


# --------------------------------------------------------------------------- duplicates
def minhash_lsh_pairs(articles) -> set[tuple[str, str]]:
    """Near-duplicate pairs (sorted ids) by MinHash-LSH over word 3-gram shingles."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=LSH_PERMUTATIONS)
    hashes = {}
    for a in articles:
        words = _WORD.findall(a.text.lower())  # the same text accord's index sees
        shingles = {" ".join(words[i:i + 3]).encode() for i in range(max(1, len(words) - 2))}
        m = MinHash(num_perm=LSH_PERMUTATIONS)
        m.update_batch(list(shingles))
        lsh.insert(a.id, m)
        hashes[a.id] = m
    pairs = set()
    for a_id, m in hashes.items():
        for other in lsh.query(m):
            if other != a_id:
                pairs.add(tuple(sorted((a_id, other))))
    return pairs


def accord_duplicate_pairs(articles) -> tuple[set[tuple[str, str]], str]:
    """accord's near-duplicate pairs (each article with the earlier one it repeats), and what was
    timed: the duplicate index the clustering stage runs on every article."""
    from accord.cluster import DuplicateIndex

    index = DuplicateIndex()
    pairs = set()
    for a in articles:
        found = index.add(a.text)
        if found is not None:
            pairs.add(tuple(sorted((articles[found[0]].id, a.id))))
    return pairs, "accord.cluster.DuplicateIndex.add over every article"


def _known_pairs(ids: Sequence[str]) -> set[tuple[str, str]]:
    """Pairs that are replicas of one dev document (`<doc>` and `<doc>-r<k>`)."""
    by_doc: dict[str, list[str]] = {}
    for i in ids:
        by_doc.setdefault(i.split("-r")[0], []).append(i)
    return {tuple(sorted((a, b))) for group in by_doc.values() for a in group for b in group if a < b}


def compare_duplicates(articles, repeats: int) -> dict:
    ours_t, peer_t, ratios = [], [], []
    for _ in range(repeats):
        t0 = time.perf_counter()
        ours, what = accord_duplicate_pairs(articles)
        t1 = time.perf_counter()
        peer = minhash_lsh_pairs(articles)
        t2 = time.perf_counter()
        ours_t.append(t1 - t0)
        peer_t.append(t2 - t1)
        ratios.append((t1 - t0) / (t2 - t1))
    known = _known_pairs([a.id for a in articles])

    def score(pairs):
        found = len(pairs & known)
        return {"pairs": len(pairs), "known_found": found,
                "recall_known": found / len(known) if known else float("nan"),
                "other_pairs": len(pairs - known)}

    return {"articles": len(articles), "known_pairs": len(known), "accord_timed": what,
            "accord": {"seconds": median(ours_t), **score(ours)},
            "peer": {"seconds": median(peer_t), **score(peer)},
            "time_ratio": median(ratios)}


# --------------------------------------------------------------------------- summaries
class _Tokenizer:
    """sumy's tokenizer interface over accord's sentence splitter (no nltk data needed)."""

    language = "english"

    def to_sentences(self, paragraph: str):
        from accord.segment import split_sentences

        return [s.text for s in split_sentences(paragraph)]

    def to_words(self, sentence: str):
        return _WORD.findall(sentence)


def lexrank_summary(articles, words: int) -> list[str]:
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    text = "\n\n".join(a.text for a in articles)
    document = PlaintextParser.from_string(text, _Tokenizer()).document
    lengths = [len(s.words) for s in document.sentences] or [1]
    count = max(1, round(words / max(1.0, float(np.mean(lengths)))))
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    return [str(s) for s in summarizer(document, count)]


def compare_summaries(stories: dict[str, list], limit: int | None = None,
                      seconds: float | None = None) -> dict:
    """accord's one-story analysis vs LexRank, story by story (one run), in the stories' order.

    With `seconds`, stops after the story that crosses that time: both sides are then compared
    on the same stories, the ones done.
    """
    import accord
    from accord import settings

    words = settings.SUMMARY_WORDS
    ours_whole = ours_summarize = peer = 0.0
    ours_words = peer_words = 0
    labels = list(stories)[:limit]
    n_articles = 0
    started = time.perf_counter()
    done = []
    for label in labels:
        if seconds and time.perf_counter() - started > seconds:
            break
        done.append(label)
        arts = stories[label]
        n_articles += len(arts)
        t0 = time.perf_counter()
        report = accord.analyze(arts, one_story=True, encoder=timed_encoder(), summary_words=words)
        t1 = time.perf_counter()
        lex = lexrank_summary(arts, words)
        t2 = time.perf_counter()
        ours_whole += t1 - t0
        ours_summarize += report.timings.get("summarize", 0.0)
        peer += t2 - t1
        ours_words += sum(len(s.text.split()) for r in report.stories for s in r.summary)
        peer_words += sum(len(s.split()) for s in lex)
    n = len(done)
    return {
        "stories": n, "of_stories": len(stories), "articles": n_articles, "summary_words": words,
        "accord": {"seconds": ours_whole, "summarize_seconds": ours_summarize,
                   "mean_words": ours_words / n if n else 0.0},
        "peer": {"seconds": peer, "mean_words": peer_words / n if n else 0.0},
        "time_ratio": ours_whole / peer if peer else float("nan"),
        "summarize_ratio": ours_summarize / peer if peer else float("nan"),
    }
