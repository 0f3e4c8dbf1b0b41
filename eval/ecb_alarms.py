"""Discrepancy flags on real news (ECB+ dev), each checked against a person's verdict.

Data: ../shared/data/ecbplus-dev/ecbplus_dev.jsonl. Every gold event (`cluster_label`) with at
least two documents is analysed as one story (`accord.analyze(..., one_story=True)`), its
documents read through `accord.load` from a JSON Lines file (id = doc_id, title = the record's
title, text = title + " " + text, as in eval/cluster.py; the records carry no dates). One
Encoder serves every event.

Judged flags: eval/data/ecb_discrepancies.json. Each was judged by reading its claims, sentence by
sentence, and given a verdict: "true" (the articles report incompatible values of the same
thing) or "false_alarm" (different things, a bound and a value, a running toll, two events, a
misread figure, ...), with a one-line reason. A flag raised now matches a judged one when the
event, the kind and the set of its claims' (value, sentence) pairs are the same. Flags that
match none are listed as unjudged, with their claims, so that someone can read them and add
them to the JSON; judged flags no longer raised are listed as gone. The JSON records the commit
whose flags were judged (`commit`) and its totals.

This script has no figures(): it is a list to read, not a gate figure (eval/gate.py skips it,
see NOT_EVALS there). Counts printed at the end: flags raised, judged true, judged false
alarms, unjudged.

    .venv/bin/python eval/ecb_alarms.py              # every event (4-10 min on 2 CPUs; progress on stderr)
    .venv/bin/python eval/ecb_alarms.py --event 1_ecb --event 3_ecbplus
    .venv/bin/python eval/ecb_alarms.py --json new.json   # also write the flags raised (no verdicts)
    .venv/bin/python eval/ecb_alarms.py --dated 2008-06-02   # every document dated that day
    .venv/bin/python eval/ecb_alarms.py --dates eval/data/ecb_dates.json   # each document its own day

Dated (`--dated`): the records carry no dates, and the rules that trust a claim's key over unlike
wording only between reports dated within settings.CLAIM_KEY_DAYS (each report's lead figure, a
count keyed by its noun, a sum by its name ...) never fire on undated reports. Giving every
document of an event one date is a stress test of those rules on real news: an event's reports
come mostly from its first days, so number, place, name and quote flags are what dated pages of
the event could raise. Relative days ("yesterday", "on Saturday") then resolve against a day
that is not their page's, so the date and time flags of such a run say nothing. Its flags are
not in the judged file (which holds the undated run's): judge them in their own,
eval/data/ecb_dated_discrepancies.json (--judged), which records what was judged, on which commit.

Dates (`--dates PATH`): the realistic stress test of the same date-gated rules. Each document is
dated by PATH (eval/data/ecb_dates.json: `{"dates": {doc_id: {"date": "YYYY-MM-DD", ...}}}`, each
date read from its text by a person, with what fixes it and how sure), so that, unlike --dated,
"yesterday" and "on Saturday" resolve against their own page, reports written days apart stand
days apart, and a named month is as near the page as it was. A document of the chosen events that
PATH does not date is an error that names it. Its flags, date and time flags included, are judged in
eval/data/ecb_dates_discrepancies.json, the default --judged of a --dates run.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEV = ROOT.parent / "shared" / "data" / "ecbplus-dev" / "ecbplus_dev.jsonl"
JUDGED = HERE / "data" / "ecb_discrepancies.json"
DATES_JUDGED = HERE / "data" / "ecb_dates_discrepancies.json"


def events(path: Path = DEV) -> dict[str, list[dict]]:
    """The dev records by gold event, in file order; events of one document are left out."""
    by_event: dict[str, list[dict]] = collections.defaultdict(list)
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                record = json.loads(line)
                by_event[record["cluster_label"]].append(record)
    return {k: v for k, v in by_event.items() if len(v) >= 2}


def load_event(records: list[dict], published=None):
    """The event's records as accord reads them: one JSON Lines file through accord.load; every
    article dated `published` when given: a datetime.date (see "Dated" above), or a dict of
    doc_id to date (see "Dates")."""
    import dataclasses

    import accord

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "event.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for r in records:
                row = {"id": r["doc_id"], "title": r["title"], "text": r["title"] + " " + r["text"]}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        loaded = accord.load([str(path)])
    if loaded.rejected:
        for rej in loaded.rejected:
            print(f"ecb_alarms: rejected {rej.source}: {rej.reason}", file=sys.stderr)
    if isinstance(published, dict):
        return [dataclasses.replace(a, published=published[a.id]) for a in loaded.articles]
    if published is not None:
        return [dataclasses.replace(a, published=published) for a in loaded.articles]
    return loaded.articles


def flags(only: list[str] | None = None, progress: bool = True, published=None) -> list[dict]:
    """Every discrepancy accord raises on the dev events, as judged-file entries (no verdict);
    with `published`, every document dated that day, or by its doc_id in that dict."""
    import accord
    from accord.embed import Encoder

    chosen = events()
    if only:
        unknown = sorted(set(only) - set(chosen))
        if unknown:
            raise SystemExit(f"ecb_alarms: no such event (of two documents or more): {', '.join(unknown)}")
        chosen = {k: v for k, v in chosen.items() if k in only}
    if isinstance(published, dict):
        undated = [r["doc_id"] for rs in chosen.values() for r in rs if r["doc_id"] not in published]
        if undated:
            raise SystemExit(f"ecb_alarms: {len(undated)} documents have no date in --dates: "
                             f"{', '.join(undated)}; add them to the file")
    encoder = Encoder()
    out = []
    t0 = time.perf_counter()
    for n, (event, records) in enumerate(chosen.items(), 1):
        articles = load_event(records, published)
        report = accord.analyze(articles, one_story=True, encoder=encoder)
        found = [d for story in report.stories for d in story.discrepancies]
        for d in found:
            out.append({
                "event": event,
                "kind": d.kind,
                "about": d.about,
                "claims": [{"value": c.value, "articles": list(c.articles), "text": c.text}
                           for c in d.claims],
            })
        if progress:
            print(f"ecb_alarms: {n}/{len(chosen)} {event}: {len(records)} documents, {len(found)} flags "
                  f"({time.perf_counter() - t0:.0f} s)", file=sys.stderr, flush=True)
    return out


def key(flag: dict) -> tuple:
    """What identifies a flag across runs: event, kind, and its claims' (value, sentence) pairs."""
    return (flag["event"], flag["kind"], frozenset((c["value"], c["text"]) for c in flag["claims"]))


def loose_key(flag: dict) -> tuple:
    return (flag["event"], flag["kind"], frozenset(c["value"] for c in flag["claims"]))


def read_dates(path: str) -> dict:
    """--dates PATH: doc_id to datetime.date."""
    return {doc: dt.date.fromisoformat(entry["date"])
            for doc, entry in json.loads(Path(path).read_text(encoding="utf-8"))["dates"].items()}


def judged(path: Path = JUDGED) -> list[dict]:
    if not path.exists():
        return []
    return json.loads(path.read_text(encoding="utf-8"))["discrepancies"]


def _claims(flag: dict) -> list[str]:
    return [f"      {c['value']!r} [{', '.join(c['articles'])}]: {c['text']}" for c in flag["claims"]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="accord's discrepancy flags on ECB+ dev, against judged verdicts.")
    parser.add_argument("--event", action="append", metavar="LABEL", help="only this gold event (repeatable)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the flags raised to PATH")
    dating = parser.add_mutually_exclusive_group()
    dating.add_argument("--dated", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                        help="date every document that day (a stress test of the date-gated rules)")
    dating.add_argument("--dates", type=read_dates, metavar="PATH",
                        help="date each document by PATH, e.g. eval/data/ecb_dates.json (the realistic "
                             "stress test of the date-gated rules)")
    parser.add_argument("--judged", type=Path,
                        help="the judged flags (default: eval/data/ecb_discrepancies.json; with --dates, "
                             "eval/data/ecb_dates_discrepancies.json)")
    args = parser.parse_args(argv)
    if args.judged is None:
        args.judged = DATES_JUDGED if args.dates is not None else JUDGED
    t0 = time.perf_counter()
    raised = flags(args.event, published=args.dates if args.dates is not None else args.dated)
    known = judged(args.judged)
    exact = {key(j): j for j in known}
    loose = collections.defaultdict(list)
    for j in known:
        loose[loose_key(j)].append(j)
    counts = collections.Counter()
    by_kind: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    unjudged = []
    print(f"{len(raised)} flags raised on {len({f['event'] for f in raised})} events")
    for n, flag in enumerate(raised, 1):
        j = exact.get(key(flag))
        verdict = j["verdict"] if j else "unjudged"
        counts[verdict] += 1
        by_kind[flag["kind"]][verdict] += 1
        values = " | ".join(repr(c["value"]) for c in flag["claims"])
        print(f"{n:3} {flag['event']:<12} {flag['kind']:<8} {verdict:<12} {flag['about']}: {values}")
        if j:
            print(f"      reason: {j['reason']}")
        else:
            unjudged.append(flag)
    if unjudged:
        print(f"\nunjudged ({len(unjudged)}): read the sentences and add each to {args.judged.name} "
              f"with a verdict and a reason")
        for flag in unjudged:
            print(f"  {flag['event']} {flag['kind']} {flag['about']!r}")
            for similar in loose.get(loose_key(flag), []):
                print(f"      (same values as a judged flag, other sentences: {similar['verdict']}: "
                      f"{similar['reason']})")
            print("\n".join(_claims(flag)))
    raised_keys = {key(f) for f in raised}
    scope = set(args.event) if args.event else None
    gone = [j for j in known if key(j) not in raised_keys and (scope is None or j["event"] in scope)]
    if gone:
        print(f"\njudged flags no longer raised ({len(gone)}):")
        for j in gone:
            values = " | ".join(repr(c["value"]) for c in j["claims"])
            print(f"  {j['event']} {j['kind']} {j['verdict']}: {j['about']}: {values}")
    if args.json:
        args.json.write_text(json.dumps(raised, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("\nby kind: " + "; ".join(
        f"{kind} {sum(c.values())} (true {c['true']}, false alarm {c['false_alarm']}, "
        f"unjudged {c['unjudged']})"
        for kind, c in sorted(by_kind.items())))
    print(f"flags raised {len(raised)}, judged true {counts['true']}, judged false alarms "
          f"{counts['false_alarm']}, unjudged {counts['unjudged']}, judged no longer raised {len(gone)} "
          f"({time.perf_counter() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
