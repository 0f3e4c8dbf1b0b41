"""Place new articles into stored stories: online clustering that goes on across runs.

`cluster.online.StoryClusterer` decides; this module feeds it from the store and writes back
what it decided. A batch of new articles is counted into the stored document frequencies, then
each article's candidate stories are looked up in the stored inverted index (`story_keys`, the
most weighted terms of each story, as `StoryClusterer.candidates` does in memory) and only those
stories are restored into the clusterer, with their running centroids and date windows. Near
duplicates of stored articles are found through the stored MinHash LSH bands (`duplicate_bands`)
and join their original's story without moving its centroid. The batch is then streamed in
publication order and refined (`StoryClusterer.refine`), which may move only the batch's own
articles: stored articles never move. When no stored story is a candidate (the first batch into
an empty store, or a batch about new events only) the batch also gets `split` and `vote`, so a
heap that fits in one batch is grouped as `accord cluster` groups it; a larger heap is grouped
batch by batch, with document frequencies counted as batches arrive (ECB+ dev, BCubed F1:
`accord cluster` 0.93, the store in batches of 512 0.93, of 64 0.89: settings.STORE_BATCH_ARTICLES).

Work per batch grows with the batch and the stories it touches, never with the store's size
(bench/RESULTS.md). What it does not do: analyse stories (store.core), or revisit stored
articles' placement (a later article can not pull an earlier one into another story).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

import numpy as np
import sqlalchemy as sa

from accord import settings
from accord.cluster.duplicates import DuplicateIndex
from accord.cluster.features import Bag, DocumentFrequencies
from accord.cluster.online import FIELDS, StoryClusterer, Vectors, article_bag, similarity
from accord.store import schema as S
from accord.types import Article


@dataclass
class Placed:
    """Where each new article went: story id per article, and each story's changed state."""

    story_of: dict[str, str]  # article id -> story id
    duplicate_of: dict[str, str]  # article id -> the article it near-duplicates
    new_stories: set[str]
    touched: set[str]


class StoredClusterer(StoryClusterer):
    """A StoryClusterer that also holds stories restored from the store (no member vectors)."""

    def __init__(self, df: DocumentFrequencies) -> None:
        super().__init__(df=df)
        self.stored: dict[int, tuple[str, dt.date | None, dt.date | None]] = {}  # number -> id, dates
        self.number_of: dict[str, int] = {}

    def restore(self, sid: str, centroid: dict, voices: int, first: dt.date | None,
                last: dt.date | None, keys: list[str]) -> int:
        number = self._open()
        state = self.states[number]
        for f in FIELDS:
            state.centroids[f].sums = dict(centroid[f]["sums"])
            state.centroids[f].squared = float(centroid[f]["squared"])
        state.voices, state.first, state.last = voices, first, last
        for key in keys:
            self._indexed[number].add(key)
            self._index[key].append(number)
        self.stored[number] = (sid, first, last)
        self.number_of[sid] = number
        return number

    def sort_index(self) -> None:
        for postings in self._index.values():
            postings.sort()

    def add_copy_of_stored(self, article: Article, vectors: Vectors, number: int) -> None:
        """A near-duplicate of a stored article: it joins that story without moving its centroid.
        It marks itself as its own copy, so `refine`, `split` and `vote` leave it where it is."""
        position = len(self.articles)
        self.articles.append(article)
        self.vectors.append(vectors)
        self.duplicates.add(article.text)  # keep the index's positions aligned with ours
        self.copy_of[position] = position
        self._append(number, position)
        self.story_of.append(number)

    def _remove(self, number: int, position: int) -> None:
        super()._remove(number, position)
        if number in self.stored:  # the stored members' dates still bound the story
            _, first, last = self.stored[number]
            state = self.states[number]
            state.first = min((d for d in (state.first, first) if d), default=None)
            state.last = max((d for d in (state.last, last) if d), default=None)


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _centroid_json(state) -> dict:
    return {f: {"sums": state.centroids[f].sums, "squared": state.centroids[f].squared} for f in FIELDS}


def _signature_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u8").tobytes()


def place(conn: sa.Connection, articles: list[Article]) -> Placed:
    """Cluster `articles` (new to the store) into stored or new stories and write the clustering
    state (features, index, frequencies, membership, centroids). Stories' analysis is not run."""
    order = sorted(range(len(articles)), key=lambda i: (
        articles[i].published is None, articles[i].published or dt.date.min, i))
    # an ambiguous page date is left out of clustering, as pipeline.group does
    seen = [replace(articles[i], published=None) if articles[i].published_alternatives else articles[i]
            for i in order]
    bags = [article_bag(a) for a in seen]
    df = _frequencies(conn, bags)
    clusterer = StoredClusterer(df)
    vectors = [clusterer.vectorize(b) for b in bags]
    dups = DuplicateIndex()
    signatures = [dups.signature(a.text) for a in seen]
    exacts = [_exact(a.text) for a in seen]
    stored_copy = _stored_duplicates(conn, dups, signatures, exacts)
    restored = _restore_candidates(conn, clusterer, seen, vectors, stored_copy)
    for i, (article, vec) in enumerate(zip(seen, vectors)):
        if i in stored_copy:
            original, sid = stored_copy[i]
            if sid not in clusterer.number_of:
                _restore(conn, clusterer, [sid])
            clusterer.add_copy_of_stored(article, vec, clusterer.number_of[sid])
        else:
            clusterer.add(article, bags[i])  # vectorised again with the same frequencies
    clusterer.refine(settings.CLUSTER_REFINE_ROUNDS)
    if not restored and len(seen) > 1:
        if clusterer.split():
            clusterer.refine(settings.CLUSTER_REFINE_ROUNDS)
        clusterer.vote()
    return _write(conn, clusterer, seen, signatures, exacts, stored_copy, dups)


def _exact(text: str) -> bytes:
    import hashlib
    import re

    words = re.findall(r"\w+", text.lower())
    return hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=16).digest()


def _frequencies(conn: sa.Connection, bags: list[Bag]) -> DocumentFrequencies:
    """Stored document frequencies of the batch's terms, with the batch counted in (written)."""
    df = DocumentFrequencies()
    row = conn.execute(sa.select(S.store_meta.c.value).where(S.store_meta.c.key == "documents")).first()
    df.documents = int(row[0]) if row else 0
    terms = set()
    for b in bags:
        terms.update(b.title, b.body, b.names)
    stored: Counter = Counter()
    terms_list = sorted(terms)
    for start in range(0, len(terms_list), 500):
        chunk = terms_list[start:start + 500]
        stored.update(dict(conn.execute(
            sa.select(S.term_documents.c.term, S.term_documents.c.documents)
            .where(S.term_documents.c.term.in_(chunk))).all()))
    df.counts = Counter(stored)
    for b in bags:
        df.add(b)
    updated = [{"term": t, "documents": df.counts[t]} for t in terms_list if df.counts[t]]
    existing = [u for u in updated if u["term"] in stored]
    fresh = [u for u in updated if u["term"] not in stored]
    if fresh:
        conn.execute(S.term_documents.insert(), fresh)
    if existing:
        conn.execute(S.term_documents.update().where(S.term_documents.c.term == sa.bindparam("t"))
                     .values(documents=sa.bindparam("d")),
                     [{"t": u["term"], "d": u["documents"]} for u in existing])
    _set_meta(conn, "documents", str(df.documents))
    return df


def _set_meta(conn: sa.Connection, key: str, value: str) -> None:
    if conn.execute(S.store_meta.update().where(S.store_meta.c.key == key).values(value=value)).rowcount == 0:
        conn.execute(S.store_meta.insert().values(key=key, value=value))


def _stored_duplicates(conn, dups: DuplicateIndex, signatures, exacts) -> dict[int, tuple[str, str]]:
    """Batch position -> (stored article id, its story id) for near-duplicates of stored articles."""
    found: dict[int, tuple[str, str]] = {}
    rows = conn.execute(
        sa.select(S.article_features.c.exact, S.article_features.c.article_id)
        .where(S.article_features.c.exact.in_(set(exacts)))).all()
    exact_of = {bytes(e): a for e, a in rows}
    band_hashes: dict[bytes, list[tuple[int, int]]] = defaultdict(list)
    for i, sig in enumerate(signatures):
        if exacts[i] in exact_of:
            continue
        for band, h in _bands(dups, sig):
            band_hashes[h].append((i, band))
    candidates: dict[int, set[str]] = defaultdict(set)
    keys = list(band_hashes)
    for start in range(0, len(keys), 500):
        for band, h, aid in conn.execute(
                sa.select(S.duplicate_bands.c.band, S.duplicate_bands.c.hash, S.duplicate_bands.c.article_id)
                .where(S.duplicate_bands.c.hash.in_(keys[start:start + 500]))):
            for i, b in band_hashes[bytes(h)]:
                if b == band:
                    candidates[i].add(aid)
    stored_sigs = _load_signatures(conn, {a for c in candidates.values() for a in c})
    original: dict[int, str] = {}
    for i, exact in enumerate(exacts):
        if exact in exact_of:
            original[i] = exact_of[exact]
            continue
        best, best_j = None, dups.threshold
        for aid in sorted(candidates.get(i, ())):
            jaccard = float(np.mean(stored_sigs[aid] == signatures[i]))
            if jaccard >= best_j and (best is None or jaccard > best_j):
                best, best_j = aid, jaccard
        if best is not None:
            original[i] = best
    if original:
        story_of = dict(conn.execute(
            sa.select(S.story_articles.c.article_id, S.story_articles.c.story_id)
            .where(S.story_articles.c.article_id.in_(set(original.values())))).all())
        dup_of = dict(conn.execute(
            sa.select(S.story_articles.c.article_id, S.story_articles.c.duplicate_of)
            .where(S.story_articles.c.article_id.in_(set(original.values())))).all())
        for i, aid in original.items():
            if aid in story_of:  # the copy of a copy points at the first original
                found[i] = (dup_of.get(aid) or aid, story_of[aid])
    return found


def _bands(dups: DuplicateIndex, sig: np.ndarray):
    for band in range(dups.bands):
        yield band, sig[band * dups.rows:(band + 1) * dups.rows].astype("<u8").tobytes()


def _load_signatures(conn, ids: set[str]) -> dict[str, np.ndarray]:
    out = {}
    ids_list = sorted(ids)
    for start in range(0, len(ids_list), 500):
        for aid, blob in conn.execute(
                sa.select(S.article_features.c.article_id, S.article_features.c.signature)
                .where(S.article_features.c.article_id.in_(ids_list[start:start + 500]))):
            out[aid] = np.frombuffer(blob, dtype="<u8").astype(np.uint64)
    return out


def _restore_candidates(conn, clusterer: StoredClusterer, seen, vectors, stored_copy) -> bool:
    """Restore each batch article's best stored candidate stories (as `candidates` ranks them:
    most shared index weight, alive in the article's date window). True when any was restored."""
    keys = sorted({k for v in vectors for k in v.keys})
    postings: dict[str, list[str]] = defaultdict(list)
    dates: dict[str, tuple[dt.date | None, dt.date | None]] = {}
    window = clusterer.window
    alive = sa.true()
    if all(a.published is not None for a in seen):  # stories closed before the batch's window: out
        horizon = (min(a.published for a in seen) - window).isoformat()
        alive = sa.or_(S.stories.c.cluster_last.is_(None), S.stories.c.cluster_last >= horizon)
    for start in range(0, len(keys), 500):
        rows = conn.execute(
            sa.select(S.story_keys.c.key, S.story_keys.c.story_id, S.stories.c.cluster_first,
                      S.stories.c.cluster_last)
            .join(S.stories, S.stories.c.id == S.story_keys.c.story_id)
            .where(S.story_keys.c.key.in_(keys[start:start + 500]), alive))
        for key, sid, first, last in rows:
            postings[key].append(sid)
            dates[sid] = (_date(first), _date(last))
    wanted: set[str] = set()
    for article, vec in zip(seen, vectors):
        overlap: dict[str, float] = defaultdict(float)
        for key in vec.keys:
            weight = getattr(vec, "body" if key[0] == "b" else "names")[key[2:]]
            for sid in postings.get(key, ()):
                overlap[sid] += weight
        published = article.published

        def alive(sid: str) -> bool:
            first, last = dates[sid]
            if published is None or last is None:
                return True
            return first - window <= published <= last + window

        live = sorted((s for s in overlap if alive(s)), key=lambda s: (-overlap[s], s))
        wanted.update(live[: clusterer.max_candidates])
    wanted.update(sid for _, sid in stored_copy.values())
    _restore(conn, clusterer, sorted(wanted))
    return bool(wanted)


def _restore(conn, clusterer: StoredClusterer, sids: list[str]) -> None:
    sids = [s for s in sids if s not in clusterer.number_of]
    keys_of: dict[str, list[str]] = defaultdict(list)
    for start in range(0, len(sids), 500):
        chunk = sids[start:start + 500]
        for key, sid in conn.execute(sa.select(S.story_keys.c.key, S.story_keys.c.story_id)
                                     .where(S.story_keys.c.story_id.in_(chunk))):
            keys_of[sid].append(key)
        # restored in code-point order of id, whatever the database's collation (PostgreSQL's
        # may be a locale's): the clusterer's story numbers break ties, so both back ends agree
        for sid, centroid, voices, first, last in sorted(conn.execute(
                sa.select(S.stories.c.id, S.stories.c.centroid, S.stories.c.voices,
                          S.stories.c.cluster_first, S.stories.c.cluster_last)
                .where(S.stories.c.id.in_(chunk))).all(), key=lambda r: r[0]):
            clusterer.restore(sid, centroid, voices, _date(first), _date(last), keys_of[sid])
    clusterer.sort_index()


def _write(conn, clusterer: StoredClusterer, seen, signatures, exacts, stored_copy, dups) -> Placed:
    """Write the batch's features, bands and membership, and every touched story's state."""
    story_of: dict[str, str] = {}
    duplicate_of: dict[str, str] = {}
    sid_of_number: dict[int, str] = {n: sid for n, (sid, _, _) in clusterer.stored.items()}
    new_stories: set[str] = set()
    for number, state in enumerate(clusterer.states):
        if number in sid_of_number or not state.members:
            continue
        sid_of_number[number] = clusterer.story_id(number)
        new_stories.add(sid_of_number[number])
    for position, article in enumerate(seen):
        story_of[article.id] = sid_of_number[clusterer.story_of[position]]
        if position in stored_copy:
            duplicate_of[article.id] = stored_copy[position][0]
        elif position in clusterer.copy_of:
            duplicate_of[article.id] = seen[clusterer.copy_of[position]].id
    conn.execute(S.article_features.insert(), [
        {"article_id": a.id,
         "vectors": {"title": v.title, "body": v.body, "names": v.names},
         "keys": list(v.keys), "signature": _signature_bytes(sig), "exact": exact}
        for a, v, sig, exact in zip(seen, clusterer.vectors, signatures, exacts)])
    conn.execute(S.duplicate_bands.insert(), [
        {"band": band, "hash": h, "article_id": a.id}
        for a, sig in zip(seen, signatures) for band, h in _bands(dups, sig)])
    touched = {sid_of_number[clusterer.story_of[p]] for p in range(len(seen))}
    ts = S.now()
    for number, sid in sid_of_number.items():
        if sid not in touched:
            continue
        state = clusterer.states[number]
        values = {
            "centroid": _centroid_json(state), "voices": state.voices,
            "cluster_first": state.first.isoformat() if state.first else None,
            "cluster_last": state.last.isoformat() if state.last else None,
            "updated": ts,
        }
        if sid in new_stories:
            conn.execute(S.stories.insert().values(
                id=sid, title="", articles=0, independent_sources=0, outlets=[], outlets_count=0,
                discrepancies=0, analysis_due=False, **values))
        else:
            conn.execute(S.stories.update().where(S.stories.c.id == sid).values(**values))
        present = {k for (k,) in conn.execute(
            sa.select(S.story_keys.c.key).where(S.story_keys.c.story_id == sid))}
        fresh = sorted(clusterer._indexed[number] - present)
        if fresh:
            conn.execute(S.story_keys.insert(), [{"key": k, "story_id": sid} for k in fresh])
    return Placed(story_of, duplicate_of, new_stories, touched)


def central_title(members: list[tuple[str | None, dict]], centroid: dict, text: str = "") -> str:
    """The title of the member closest to the story's centroid (as StoryClusterer._title)."""
    from accord.cluster.online import Centroid, StoryState, _lead

    state = StoryState()
    for f in FIELDS:
        state.centroids[f] = Centroid(dict(centroid[f]["sums"]), float(centroid[f]["squared"]))
    weights = settings.CLUSTER_WEIGHTS
    best, best_score = None, -math.inf
    for title, vec in members:
        if not title:
            continue
        score = similarity(Vectors(vec["title"], vec["body"], vec["names"], ()), state, weights)
        if score > best_score:
            best, best_score = title, score
    return best if best is not None else _lead(text)

