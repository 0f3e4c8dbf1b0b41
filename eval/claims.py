"""Conflicts found, look-alikes left alone, and citations that stay on their side, on whole collections.

Annotated sets of multi-outlet collections, each article a raw web page (menus, cookie
notices, bylines, related links) and each collection one event told by a wire original, a
credited reprint, a duplicate, a machine-spun rewrite and independent reports:

- ours, eval/data/claims/ (see its truth.json; written for this purpose, fictional events: a dam
  breach, a mine collapse, a ransomware attack on a hospital, a train derailment), with 33 planted
  conflicts of every kind (counts and measures, days and times, relations, roles, places and
  directions, polarity, misquotes, speakers) and 24 compatible look-alikes (bounds, rounding,
  units, parts of a total, running tolls, relative days, a spinner's synonyms);
- fresh, eval/data/claims_fresh/ (see its truth.json, in newsdev's schema): a held-out set written
  later and apart from the extractor and from the set above, fictional events in domains neither
  uses (an acid tanker spill on a motorway, a bank fraud verdict, an airport drone shutdown, a
  food-poisoning outbreak at a festival), 6 articles each, with 37 planted conflicts of the same
  kinds and 30 compatible look-alikes (bounds, rounding, unit conversions, parts of a total,
  running tolls, relative days read against different page dates, words vs digits, times written
  two ways, a spinner's synonyms);
- third, eval/data/claims_c/ (see its truth.json "about", in newsdev's schema): written later
  by a third writer who saw neither the code nor the sets above, fictional events in five more
  domains (a snow-loaded arena roof, a hill wildfire, a drug recall, a mountain bus crash, a
  mayoral recount), 6 articles each, independent reports dated a day apart, with 56 planted
  conflicts (measures in five currencies and units, counts, times of day, relations stated
  through posts and pronouns, posts and whom a spokesperson speaks for, places, polarity,
  misquotes and speakers) and 53 compatible look-alikes. Developed against since it landed
  (issue 13): "fresh" stays the held-out figure;
- blind, eval/data/claims_d/ (see its truth.json "about"): written by a fourth writer who read
  none of the code and none of the other sets' articles (2026-12-06), five more domains (an
  ammonia train derailment, a ransomware attack on hospitals, a mine rescue, a fraud verdict, a
  stadium crowd crush), 43 planted conflicts and 48 compatible look-alikes. Held out while the
  rules of 2026-12-06 afternoon were written; developed against since (its misses read for the
  numbers' same-thing tests, issue 13), so no longer a held-out figure;
- blind2, eval/data/claims_e/ (see its truth.json "about"): written by a fifth writer who read
  none of the code and none of the other sets' articles (2026-12-06 evening), five more domains
  (a flash flood, a fertiliser warehouse explosion, a regional blackout, a coal ship aground
  spilling fuel oil, a bus drivers' strike ending in a pay deal), 45 planted conflicts and 56
  compatible look-alikes. Held out until 2026-12-06 21:40; read as dev data since (its misses
  read for entities, roles, relations, quotes, times and counts, issue 13), so no longer a
  held-out figure;
- blind3, eval/data/claims_f/ (see its truth.json "about"): written by a sixth writer, blind to
  the code and the other sets' articles (2026-12-06, night), five more domains (a gas explosion
  in a block of flats, a light-aircraft crash, a landslide on a mountain highway, a jaguar
  escaped from a zoo, a measles outbreak at two schools), 47 planted conflicts and 57 compatible
  look-alikes. Held out: run it for its four figures only
  (`eval/claims.py blind3 | grep -E "^(planted|blind3_)"`);
- blind4, eval/data/claims_g/ (see its truth.json "about"): written by a seventh writer, blind to
  the code and the other sets' articles (2026-12-06, 21:40), five more domains (a road bridge
  closed after cracks are found, a norovirus outbreak on a cruise ship, an earthquake near a
  mountain town, a factory closure, a hostage standoff at a bank), 45 planted conflicts and 55
  compatible look-alikes. Held out: run it for its four figures only
  (`eval/claims.py blind4 | grep -E "^(planted|blind4_)"`). Its found-per-kind counts were used
  once (2026-12-07) to find which reading of one commit lost a place conflict there;
- blind5, eval/data/claims_h/ (see its truth.json "about"): written by an eighth writer, blind to
  the code and the other sets' articles (2026-12-07, 00:30), five news genres the other sets do
  not use (a minister's resignation and a confidence vote, a takeover bid, a football coach
  sacked, a drug trial's results, a rocket launch failure), 45 planted conflicts and 55
  compatible look-alikes. Held out: run it for its four figures only
  (`eval/claims.py blind5 | grep -E "^(planted|blind5_)"`);
- genres, eval/data/claims_i/ (see its truth.json "about"): written by a ninth writer, blind to
  the code and the other sets' articles (2026-12-07, 01:00), as DEV data in five more news
  genres (a central bank's rate decision, a regional election, a tech company's layoffs and
  results, an athlete's doping ban, a court ruling in a civil suit), 45 planted conflicts and 66
  compatible look-alikes, most of them figures that look alike but are different things;
- blind6, eval/data/claims_j/ (see its truth.json "about"): written by a tenth writer, blind to
  the code and the other sets' articles (2026-12-07, 14:40), five more domains (a cyclone's
  landfall, a prison escape, a river fish kill after an ammonia leak, a record auction sale, a
  teachers' pay deal), 49 planted conflicts and 58 compatible look-alikes. Held out (fresh and
  blind3 were probed by one helper's many runs on 2026-12-07): run it for its four figures only
  (`eval/claims.py blind6 | grep -E "^(planted|blind6_)"`);
- blind7, eval/data/claims_m/ (see its truth.json "about"): written by a thirteenth writer, blind
  to the code and the other sets' articles (2026-12-07, 17:35), five more domains (a dam
  spillway gate failure flooding a village, a bank's customer-data theft and ransom demand, a
  trawler sunk in a storm, a fire gutting a Victorian theatre, a Bronze Age gold hoard put on
  show), 58 planted conflicts and 65 compatible look-alikes. Held out, and read by no one who
  changes the code: run it for its four figures only
  (`eval/claims.py blind7 | grep -E "^(planted|blind7_)"`);
- kinds, eval/data/claims_k/ (see its truth.json "about"): written by an eleventh writer, blind to
  the code and the other sets' articles (2026-12-07, 15:05), as DEV data aimed at the kinds the
  held-out sets find least (polarity, days, places, relations, roles, times of day): an avalanche
  at a ski resort, a hidden hospital waiting list, a cargo plane's emergency landing, a chlorine
  leak at a swimming gala, a marathon runner's collapse; 55 planted conflicts and 63 compatible
  look-alikes;
- public, eval/data/claims_l/ (see its truth.json "about"): written by a twelfth writer, blind to
  the code and the other sets' articles (2026-12-07, 15:05), as DEV data aimed at the same kinds
  in public life, business, science, sport and culture (a state visit, a price-fixing fine, an
  exoplanet finding, a tennis final, a film festival's prize); 50 planted conflicts and 63
  compatible look-alikes;
- newsdev, ../shared/data/newsdev/ (the external dev collections and their truth.json).

accord runs in-process on each collection alone, as `accord report --one-story --format json`
does (one encoder shared by all of them), and the JSON is judged with the matching functions of
../shared/data/newsdev/score.py, loaded from that file, so each figure means exactly what the
external scorer's `discrepancies` and `soundness` checks mean:

    claims_conflicts_found    planted conflicts matched by a reported discrepancy / planted
                              (score.py disc_matches: two opposed claims carry evidence of two sides)
    claims_compatible_quiet   1 - compatible pairs flagged / compatible pairs (score.py compat_flagged)
    claims_summary_sound      1 - summary sentences that state one side of a planted conflict while
                              citing an article of another side / summary sentences (score.py unsound;
                              a sentence unsound on two conflicts counts once here, twice in score.py)
    claims_facts_sound        the same for facts
    fresh_*                   the same four on the fresh set
    third_*                   the same four on the third set
    blind_*                   the same four on the blind set
    blind2_*                  the same four on the second blind set
    blind3_*                  the same four on the third blind set
    blind4_*                  the same four on the fourth blind set
    blind5_*                  the same four on the fifth blind set
    blind6_*                  the same four on the sixth blind set
    blind7_*                  the same four on the seventh blind set
    genres_*                  the same four on the genres dev set
    kinds_*                   the same four on the kinds dev set
    public_*                  the same four on the public dev set
    newsdev_*                 the same four on newsdev

Each set also prints `values named: N of M number and measure conflicts found` (not a gated
figure): score.py credits a planted conflict when two opposed claims carry the sentences of its
two sides, whatever values the discrepancy names, so a conflict is also credited when another
dispute stands in the same two sentences ("up to nine hours" / "more than 14 hours" credits the
2.3 / 3.1 million people who lost power). N counts those found by a discrepancy whose two sides
name quantities that fit the planted values; each other one is listed as "found by other values".
It reads counts only, so it may be run on held-out sets too.

A set with no summary sentence (or no fact) at all scores 0 on that soundness figure: nothing
cited is not sound citing. Every evidence string of the set's truth file is checked to be an exact
substring of its article before anything runs; a stale annotation is an error, not a miss.

    .venv/bin/python eval/claims.py              # every set: prints every miss, then the figures
    .venv/bin/python eval/claims.py fresh        # only the named sets (claims, fresh, third, blind, blind2, blind3, blind4, blind5, blind6, blind7, genres, kinds, public, newsdev)
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OURS = HERE / "data" / "claims"
FRESH = HERE / "data" / "claims_fresh"
THIRD = HERE / "data" / "claims_c"
BLIND = HERE / "data" / "claims_d"
BLIND2 = HERE / "data" / "claims_e"
BLIND3 = HERE / "data" / "claims_f"
BLIND4 = HERE / "data" / "claims_g"
BLIND5 = HERE / "data" / "claims_h"
BLIND6 = HERE / "data" / "claims_j"
BLIND7 = HERE / "data" / "claims_m"
GENRES = HERE / "data" / "claims_i"
KINDS = HERE / "data" / "claims_k"
PUBLIC = HERE / "data" / "claims_l"
NEWSDEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "newsdev"
SCORER = NEWSDEV / "score.py"
# figure prefix -> folder holding truth.json; a truth file names its articles relative to its folder
SETS = {"claims": OURS, "fresh": FRESH, "third": THIRD, "blind": BLIND, "blind2": BLIND2, "blind3": BLIND3, "blind4": BLIND4, "blind5": BLIND5, "blind6": BLIND6, "blind7": BLIND7, "genres": GENRES, "kinds": KINDS, "public": PUBLIC, "newsdev": NEWSDEV}

_ENCODER = None
_SCORE = None


def _encoder():
    global _ENCODER
    if _ENCODER is None:
        from accord.embed import Encoder

        _ENCODER = Encoder()
    return _ENCODER


def scorer():
    """newsdev's score.py as a module (its checks run only from its own main())."""
    global _SCORE
    if _SCORE is None:
        if not SCORER.exists():
            raise FileNotFoundError(f"{SCORER} is missing: the claims eval judges with its matching functions")
        spec = importlib.util.spec_from_file_location("newsdev_score", SCORER)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        _SCORE = module
    return _SCORE


def load_truth(folder: Path) -> dict:
    """truth.json of `folder`, after checking that every evidence string is in its article."""
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    stale = []
    for cid, c in truth["clusters"].items():
        texts = {f: (folder / f).read_text(encoding="utf-8") for f in c["files"]}
        for item in c["discrepancies"] + c["compatible_pairs"]:
            for group in item["values"]:
                for f, ev in group["files"].items():
                    if f not in texts or ev not in texts[f]:
                        stale.append(f"{cid} {item.get('id', item['attribute'])}: {f}: {ev!r}")
    if stale:
        raise ValueError(f"{folder / 'truth.json'}: {len(stale)} evidence string(s) not in their article, "
                         f"first: {stale[0]}")
    return truth


def report_json(paths: list[Path]) -> dict:
    """accord's JSON report on `paths` as one story (what `accord report --one-story` writes)."""
    import accord

    loaded = accord.load([str(p) for p in paths])
    if loaded.rejected:
        raise RuntimeError(f"accord rejected {[(r.source, r.reason) for r in loaded.rejected]}")
    report = accord.analyze(loaded.articles, one_story=True, encoder=_encoder())
    return json.loads(accord.render(report, "json"))


@dataclass
class Tally:
    planted: int = 0
    found: int = 0
    compatible: int = 0
    flagged: int = 0
    summary: int = 0
    summary_unsound: int = 0
    facts: int = 0
    facts_unsound: int = 0
    misses: list[str] = field(default_factory=list)
    # planted number and measure conflicts found, and of those, found by a discrepancy whose two
    # sides name the planted values (`values_named`): score.py credits a conflict when two opposed
    # claims carry its two sides' sentences, whatever values the discrepancy names ("spread over
    # two years" / "50-hour weeks" in the two sentences of a planted salary conflict)
    figures_found: int = 0
    figures_named: int = 0

    def figures(self, prefix: str) -> dict[str, float]:
        return {
            f"{prefix}_conflicts_found": self.found / self.planted if self.planted else 1.0,
            f"{prefix}_compatible_quiet": 1 - self.flagged / self.compatible if self.compatible else 1.0,
            f"{prefix}_summary_sound": 1 - self.summary_unsound / self.summary if self.summary else 0.0,
            f"{prefix}_facts_sound": 1 - self.facts_unsound / self.facts if self.facts else 0.0,
        }


def judge_cluster(cid: str, c: dict, rep: dict, tally: Tally) -> None:
    """score.py's discrepancies and soundness checks on one collection's report, into `tally`."""
    s = scorer()
    stories = s.all_stories(rep)
    discs = [d for st in stories for d in st.get("discrepancies", [])]
    for item in c["discrepancies"]:
        tally.planted += 1
        matching = [d for d in discs if s.disc_matches(d, item["values"])]
        if matching:
            tally.found += 1
            if item["kind"].split("/")[0].split(" ")[0] in ("number", "measure"):
                tally.figures_found += 1
                if any(values_named(d, item["values"]) for d in matching):
                    tally.figures_named += 1
                else:
                    tally.misses.append(f"found by other values {item['id']}: {item['attribute']}")
        else:
            tally.misses.append(f"missed {item['id']}: {item['attribute']}")
    for item in c["compatible_pairs"]:
        tally.compatible += 1
        if any(s.compat_flagged(d, item, c["discrepancies"]) for d in discs):
            tally.flagged += 1
            tally.misses.append(f"false flag in {cid}: {item['attribute']} ({item['why'][:60]})")
    for st in stories:
        for kind, records in (("summary", st.get("summary", [])), ("fact", st.get("facts", []))):
            bad = 0
            for rec in records:
                wrong_any = False
                for item in c["discrepancies"]:
                    wrong = s.unsound(rec.get("text", ""), rec.get("articles", []), item)
                    if wrong:
                        wrong_any = True
                        tally.misses.append(f"{cid} {kind} cites {wrong} for '{item['attribute']}': "
                                            f"{rec.get('text', '')[:90]}")
                bad += wrong_any
            if kind == "summary":
                tally.summary += len(records)
                tally.summary_unsound += bad
            else:
                tally.facts += len(records)
                tally.facts_unsound += bad
        summary = st.get("summary", [])
        for item in c["discrepancies"]:
            sides = set()
            for sent in summary:
                sides |= s.stated_groups(sent.get("text", ""), item)
            if len(sides) > 1:  # told, not counted: a summary may report a conflict as a conflict
                tally.misses.append(f"{cid} summary states both sides of '{item['attribute']}'")


def values_named(d: dict, groups: list[dict]) -> bool:
    """Do two opposed claims of discrepancy `d` carry two value groups' evidence and name values
    that fit those groups' values? A value fits when a quantity read in it and one read in the
    group's value (accord.compare.quantities) are in one unit and can both be true."""
    s = scorer()
    for ca, cb in s.opposed_claims(d):
        for ga in groups:
            for gb in groups:
                if ga is not gb and s.claim_hits(ca, ga["files"]) and s.claim_hits(cb, gb["files"]) \
                        and _fits(str(ca.get("value", "")), ga["value"]) and _fits(str(cb.get("value", "")), gb["value"]):
                    return True
    return False


def _fits(claimed: str, planted: str) -> bool:
    from accord.compare.quantities import compatible, find_quantities, parse_number

    def read(text: str) -> list:
        # truth files write "41 C", "80 m" and "500 ft" where articles write "41C", "80 metres", "500 feet"
        text = re.sub(r"\bft\b", "feet", re.sub(r"(\d)\s+([CF])\b", r"\1\2", text))
        text = re.sub(r"(\d)\s+m\b", r"\1 metres", text)  # "EUR 40m" is money
        found = find_quantities(text)
        if not found and parse_number(text.strip()) is not None:  # a bare "Nine"
            found = find_quantities(f"{text.strip()} things")
        return found

    return any(a.unit == b.unit and compatible(a, b) for a in read(claimed) for b in read(planted))


def judge_set(folder: Path) -> Tally:
    """Every collection of the set in `folder`, each run alone, judged into one tally."""
    truth = load_truth(folder)
    tally = Tally()
    for cid, c in truth["clusters"].items():
        rep = report_json([folder / f for f in c["files"]])
        judge_cluster(cid, c, rep, tally)
    return tally


def evaluate(verbose: bool = False, sets: list[str] | None = None) -> dict[str, float]:
    """The four figures of each named set (all of SETS when None), prefixed by the set's name."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    out: dict[str, float] = {}
    for prefix in sets or list(SETS):
        folder = SETS[prefix]
        tally = judge_set(folder)
        if verbose:
            print(f"== {prefix} ({folder})")
            for line in tally.misses:
                print(line)
            print(f"planted conflicts found {tally.found}/{tally.planted}; compatible pairs flagged "
                  f"{tally.flagged}/{tally.compatible}; unsound summary sentences "
                  f"{tally.summary_unsound}/{tally.summary}, facts {tally.facts_unsound}/{tally.facts}")
            print(f"values named: {tally.figures_named} of {tally.figures_found} number and measure conflicts found")
        out.update(tally.figures(prefix))
    return out


def figures() -> dict[str, float]:
    return evaluate(verbose=False)


def main() -> int:
    sys.path.insert(0, str(ROOT / "src"))
    chosen = sys.argv[1:] or None
    unknown = sorted(set(chosen or []) - set(SETS))
    if unknown:
        print(f"unknown set(s) {unknown}; choose from {sorted(SETS)}", file=sys.stderr)
        return 2
    for name, value in evaluate(verbose=True, sets=chosen).items():
        print(f"{name}\t{value:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
