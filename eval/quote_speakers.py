"""Who said what on real news: the speaker accord gives each quotation, against a person's label.

Data: eval/data/quote_speakers.json, quotation occurrences from ECB+ dev
(../shared/data/ecbplus-dev/ecbplus_dev.jsonl, real news of many outlets), each labelled by hand
with the speaker a careful reader names after reading the sentences around it: the article's
own name or description of the speaker ("Ed Stefanski", "a Western diplomat", "the statement"),
with alternatives where the article allows two readings, or "none" for titles, scare quotes and
words nobody in the article is said to have said. Sampled at random from the quotations
accord's finder reports; split by ECB+ topic into a dev half (odd topics, looked at while
working) and a held-out half (even topics: its misses were read only after it had been scored at
the end of two rounds of work), and "fresh": more quotations of the held-out events, labelled
before those misses were read and scored once, at the end (see `about` in the JSON).

Each event is read as eval/ecb_alarms.py reads it (accord.load of title + " " + text), split into
sentences, its entities found, and `compare.quotes.attribute` gives every quotation its article's
speaker (no encoder: attribution does not use it). A labelled occurrence is found by its words
and occurrence number in the article. A given speaker is right when it names the labelled one:
the same last word (surname, head noun: "Stefanski" for "Ed Stefanski", "diplomat" for "a
Western diplomat"), or one's words all among the other's ("Surrey Police" in "Surrey Police
spokeswoman"); "none" is right when no speaker is given (or the finder did not report it).

Figures, per half (dev_, heldout_, fresh_):
- speaker_right: share of occurrences with the right speaker (or rightly none);
- names_right: of the occurrences given a speaker, the share whose speaker is right.

    /work/main/.venv/bin/python eval/quote_speakers.py            # figures and every miss
    /work/main/.venv/bin/python eval/quote_speakers.py --half dev
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

GOLD = HERE / "data" / "quote_speakers.json"
HALVES = ("dev", "heldout", "fresh")
_DROP = frozenset("a an the one another of".split())


def _words(name: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    folded = re.sub(r"'s\b", "", folded)
    return [w for w in re.findall(r"[a-z0-9]+", folded) if w not in _DROP]


def names_match(given: str, label: str) -> bool:
    """Whether a given speaker names the labelled one (see the module docstring)."""
    a, b = _words(given), _words(label)
    if not a or not b:
        return False
    return a[-1] == b[-1] or set(a) <= set(b) or set(b) <= set(a)


def right(given: str | None, labels: list[str]) -> bool:
    return any((given is None) if lab == "none" else (given is not None and names_match(given, lab))
               for lab in labels)


def predictions(items: list[dict]) -> list[str | None | bool]:
    """The speaker accord gives each item (False: the finder did not report the quotation)."""
    from accord.compare.context import StoryContext
    from accord.compare.entities import find_entities
    from accord.compare.quotes import attribute
    from accord.segment.sentences import segment
    from ecb_alarms import events, load_event

    by_event = defaultdict(list)
    for k, item in enumerate(items):
        by_event[item["event"]].append(k)
    records = events()
    out: list = [False] * len(items)
    for event, ks in by_event.items():
        articles = load_event(records[event])
        ctx = StoryContext(tuple(articles), {a.id: segment(a) for a in articles}, (), None)
        found = attribute(ctx, find_entities(ctx))
        text = {a.id: a.text for a in articles}
        for k in ks:
            item = items[k]
            body = text[item["article"]]
            at, pos = -1, -1
            for _ in range(item["nth"] + 1):
                pos = body.find(item["quote"], pos + 1)
                if pos < 0:
                    break
            at = pos
            for m, speaker in found:
                if m.article == item["article"] and at >= 0 and m.start <= at < m.end + 1 and (
                        m.text == item["quote"] or m.start == at):
                    out[k] = speaker
                    break
    return out


def score(items: list[dict], given: list) -> dict[str, float]:
    oks = [right(None if g is False else g, it["speaker"]) for it, g in zip(items, given)]
    named = [ok for ok, g in zip(oks, given) if g not in (None, False)]
    return {"speaker_right": sum(oks) / len(oks), "names_right": sum(named) / len(named) if named else 0.0,
            "named_share": len(named) / len(oks)}


def _load() -> list[dict]:
    return json.loads(GOLD.read_text(encoding="utf-8"))["items"]


def figures() -> dict[str, float]:
    items = _load()
    given = predictions(items)
    out = {}
    for half in HALVES:
        ks = [k for k, it in enumerate(items) if it["half"] == half]
        s = score([items[k] for k in ks], [given[k] for k in ks])
        out[f"{half}_speaker_right"] = round(s["speaker_right"], 4)
        out[f"{half}_names_right"] = round(s["names_right"], 4)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=HALVES, action="append")
    args = parser.parse_args()
    items = _load()
    halves = args.half or list(HALVES)
    ks = [k for k, it in enumerate(items) if it["half"] in halves]
    items = [items[k] for k in ks]
    given = predictions(items)
    for it, g in zip(items, given):
        if not right(None if g is False else g, it["speaker"]):
            shown = "(not found)" if g is False else repr(g)
            print(f"{it['article']:>14} {it['quote'][:60]!r}: gave {shown}, label {' | '.join(it['speaker'])}")
    for half in halves:
        sel = [(it, g) for it, g in zip(items, given) if it["half"] == half]
        s = score([it for it, _ in sel], [g for _, g in sel])
        print(f"{half}: {len(sel)} occurrences, speaker right {s['speaker_right']:.3f}, "
              f"names given {s['named_share']:.3f}, of them right {s['names_right']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
