"""Names a spinner bent: the same entity written two ways in the two sides of a spin.

A spinner runs every word, names included, through its thesaurus: "Lady Corvina" comes out as
"Woman Corvina", "Greta Marsh" as "Greta Swamp", "the Fire Brigade" as "the Hearth Brigade",
"Port Authority" as "Harbour Authority". No spelling rule can tie those together, but the spin
itself does: provenance (accord.provenance) pairs the spin's sentences with its source's, and
the two word sequences align word for word. A name of the source whose words land, one for
one, on a capitalised stretch of the spin is the same entity under its bent name.

So, for each spun edge's passages: the two passages' words are aligned (difflib), a source
mention is carried over through equal and same-length replaced stretches, and it is linked to
the spin's mention there (one is made when the recogniser found none) when the two names keep
at least one word and every word that changed is an ordinary English word on both sides
(wordfreq Zipf >= SPUN_NAME_MIN_ZIPF): a thesaurus swap, not another person's name.

What it does not do: copies edited by hand are not used (a changed name there is a correction
or a dispute, which a merge would hide), nor are spelling variants (compare.names).
"""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import replace
from functools import lru_cache

from accord.compare.context import StoryContext
from accord.compare.names import fold, name_tokens

# Ordinary English words only (Zipf 3 = once per million words): "marsh" 3.9, "hearth" 3.1,
# "affiliation" 3.6; given names and surnames of the sets' people 1.5-2.8 ("Lindqvist" 0).
SPUN_NAME_MIN_ZIPF = 3.0
_WORD = re.compile(r"\w+(?:['’]\w+)*")


def aligned_names(ctx: StoryContext, raws: list) -> tuple[list[tuple[object, object]], dict[int, set[str]]]:
    """(pairs of mentions of one entity written two ways by a spin and its source, {id(mention):
    longer surfaces it is also written as}); mentions the recogniser missed on either side are
    appended to `raws`. Mentions themselves keep their spans."""
    by_article: dict[str, list] = {}
    for r in raws:
        by_article.setdefault(r.article, []).append(r)
    texts = {a.id: a.text for a in ctx.articles}
    links = []
    aka: dict[int, set[str]] = {}
    for edge in ctx.provenance:
        if edge.kind != "spun":
            continue
        for p in edge.passages:
            # both ways: the recogniser may know the name on one side only
            for src, der in ((p.source, p.derived), (p.derived, p.source)):
                if src.article not in texts or der.article not in texts:
                    continue
                ws = _words(texts[src.article], src.start, src.end)
                wd = _words(texts[der.article], der.start, der.end)
                mapping = _word_map(ws, wd)
                for r in list(by_article.get(src.article, ())):
                    if not (src.start <= r.start and r.end <= src.end):
                        continue
                    link = _carry(
                        r, ws, wd, mapping, der.article, texts[src.article], texts[der.article], by_article, raws, ctx, aka
                    )
                    if link is not None:
                        links.append((r, link))
    return links, aka


def _words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(0), start + m.start(), start + m.end()) for m in _WORD.finditer(text[start:end])]


def _word_map(ws: list, wd: list) -> dict[int, int]:
    """Source word index -> spin word index, through equal and same-length replaced stretches."""
    sm = difflib.SequenceMatcher(None, [w.lower() for w, _, _ in ws], [w.lower() for w, _, _ in wd], autojunk=False)
    out: dict[int, int] = {}
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op in ("equal", "replace") and i2 - i1 == j2 - j1:
            out.update((i1 + k, j1 + k) for k in range(i2 - i1))
    return out


def _carry(r, ws, wd, mapping, article, src_text, der_text, by_article, raws, ctx, aka):
    """The spin's mention of what source mention `r` names, if the spinner bent its name."""
    idx = [i for i, (_, s, e) in enumerate(ws) if r.start <= s and e <= r.end]
    if not idx or any(i not in mapping for i in idx):
        return None
    js = [mapping[i] for i in idx]
    if js != list(range(js[0], js[0] + len(js))):
        return None
    if _bent_before(ws, wd, idx[0], js[0], mapping):
        # "the Lady Corvina" / "the Woman Corvina": the recogniser took the bent word for a
        # title and kept "Corvina" on both sides; the name is the two words (the mentions keep
        # their spans: a post before a name is read there by compare.roles)
        idx, js = [idx[0] - 1, *idx], [js[0] - 1, *js]
        aka.setdefault(id(r), set()).add(src_text[ws[idx[0]][1] : r.end])
    src_words = [ws[i][0] for i in idx]
    der_words = [wd[j][0] for j in js]
    if not _bent(src_words, der_words):
        return None
    start, end = wd[js[0]][1], wd[js[-1]][2]
    here = [m for m in by_article.get(article, ()) if m.start < end and start < m.end]
    if here:
        if len(here) != 1:
            return None
        if here[0].start > start and here[0].end == end:
            aka.setdefault(id(here[0]), set()).add(der_text[start:end])
        return here[0]
    if not all(w[:1].isupper() for w in der_words):
        return None
    text = der_text[start:end]
    made = replace(
        r, article=article, sentence=_sentence_index(ctx, article, start), start=start, end=end, text=text,
        tokens=name_tokens(text) if r.label == "person" else tuple(fold(text).split()),
    )
    raws.append(made)
    by_article.setdefault(article, []).append(made)
    return made


def _bent_before(ws, wd, i: int, j: int, mapping: dict[int, int]) -> bool:
    """Whether the words right before a name are a capitalised word bent into another one, inside
    the sentence on both sides (not a sentence's first word)."""
    if i < 2 or j < 2 or mapping.get(i - 1) != j - 1:
        return False
    a, b = ws[i - 1][0], wd[j - 1][0]
    return (
        a[:1].isupper() and b[:1].isupper() and a.lower() != b.lower()
        and ws[i - 2][0][:1].islower() and wd[j - 2][0][:1].islower()
        and _zipf(a.lower()) >= SPUN_NAME_MIN_ZIPF and _zipf(b.lower()) >= SPUN_NAME_MIN_ZIPF
    )


def _bent(src: list[str], der: list[str]) -> bool:
    """Some word kept, some changed, and every change an ordinary word for an ordinary word."""
    changed = [(a, b) for a, b in zip(src, der) if a.lower() != b.lower()]
    if not changed or len(changed) == len(src):
        return False
    return all(_zipf(a.lower()) >= SPUN_NAME_MIN_ZIPF and _zipf(b.lower()) >= SPUN_NAME_MIN_ZIPF for a, b in changed)


def _sentence_index(ctx: StoryContext, article: str, offset: int) -> int:
    sents = ctx.sentences.get(article, ())
    k = bisect.bisect_right([s.start for s in sents], offset) - 1
    return sents[k].index if k >= 0 else 0


@lru_cache(maxsize=8192)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")
