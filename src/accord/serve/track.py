"""An outlet's track record, read off the evidence of the stories it took part in.

For one outlet, over the stored stories that hold at least one of its articles:
- articles it published, and in how many stories;
- copies and duplicates it ran of other outlets' articles, credited or not (provenance edges
  whose derived article is its own), and spun rewrites it published (kind "spun");
- its articles that others copied;
- claims where it stood alone: a discrepancy side whose articles are all its own while another
  side has other outlets' articles; and how that ended: "outvoted" when the story's consensus
  (summary or facts) lists its article under `contradicted_by`, "unsettled" otherwise;
- facts it had alone (the story's `exclusive` facts of its articles) and facts it had first
  (its article is strictly the earliest dated of those supporting the fact, and others followed).

Everything is a count of records the pipeline wrote, each with the story it comes from, so a
reader can open the evidence. What it does not do: it judges nothing beyond those records (no
"accuracy score"), and an article with no outlet belongs to no outlet's record.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Item:
    """One piece of evidence: what, in which story, with a pointer into the story page."""

    story: str
    story_title: str
    text: str
    detail: str = ""
    anchor: str = ""  # a DOM id on the story page (s1-d2 for a discrepancy, s1-a3 for an article)


@dataclass
class TrackRecord:
    outlet: str
    articles: int = 0
    stories: int = 0
    copied_credited: list[Item] = field(default_factory=list)
    copied_uncredited: list[Item] = field(default_factory=list)
    duplicates: list[Item] = field(default_factory=list)
    spun: list[Item] = field(default_factory=list)
    copied_by_others: list[Item] = field(default_factory=list)
    alone: list[Item] = field(default_factory=list)
    alone_outvoted: int = 0
    first: list[Item] = field(default_factory=list)
    exclusive: list[Item] = field(default_factory=list)
    capped: bool = False  # only the most recent stories were read (settings.SERVE_OUTLET_STORIES)

    def counts(self) -> list[tuple[str, int]]:
        """(label, count) for the chart, in reading order (articles are in the text: their count
        would dwarf the evidence bars)."""
        return [
            ("copies, credited", len(self.copied_credited)),
            ("copies, uncredited", len(self.copied_uncredited)),
            ("spun rewrites", len(self.spun)),
            ("copied by others", len(self.copied_by_others)),
            ("stood alone", len(self.alone)),
            ("facts first", len(self.first)),
            ("facts alone", len(self.exclusive)),
        ]

    def as_dict(self) -> dict[str, Any]:
        def items(xs):
            return [vars(x) for x in xs]

        return {
            "outlet": self.outlet, "articles": self.articles, "stories": self.stories,
            "copied_credited": items(self.copied_credited), "copied_uncredited": items(self.copied_uncredited),
            "duplicates": items(self.duplicates), "spun": items(self.spun),
            "copied_by_others": items(self.copied_by_others), "alone": items(self.alone),
            "alone_outvoted": self.alone_outvoted, "first": items(self.first), "exclusive": items(self.exclusive),
            "capped": self.capped,
        }


def _label(a: dict[str, Any] | None) -> str:
    if not a:
        return "?"
    return a.get("outlet") or a.get("title") or a["id"]


def _add_story(rec: TrackRecord, s: dict[str, Any]) -> None:
    arts = {a["id"]: a for a in s.get("articles") or ()}
    order = {aid: n for n, aid in enumerate(arts, 1)}
    own = {aid for aid, a in arts.items() if a.get("outlet") == rec.outlet}
    if not own:
        return
    sid, title = s["id"], s.get("title") or ""
    rec.stories += 1
    rec.articles += len(own)

    def item(text: str, detail: str = "", anchor: str = "") -> Item:
        return Item(sid, title, text, detail, anchor)

    for p in s.get("provenance") or ():
        src, der = arts.get(p["source"]), arts.get(p["derived"])
        share = f"{round(100 * p['share'])}% of its text" if p.get("share") else ""
        if p["derived"] in own and p["source"] not in own and p["kind"] != "shared":
            credit = "credited" if p.get("credited") else "uncredited"
            x = item(f"{p['kind']} of {_label(src)}", f"{credit}; {share}".strip("; "),
                     f"s1-a{order.get(p['derived'], 1)}")
            if p["kind"] == "duplicate":
                rec.duplicates.append(x)
            elif p["kind"] == "spun":
                rec.spun.append(x)
            else:
                (rec.copied_credited if p.get("credited") else rec.copied_uncredited).append(x)
        elif p["source"] in own and p["derived"] not in own and p["kind"] != "shared":
            credit = "credited" if p.get("credited") else "uncredited"
            rec.copied_by_others.append(item(f"{p['kind']} by {_label(der)}", f"{credit}; {share}".strip("; "),
                                             f"s1-a{order.get(p['derived'], 1)}"))

    contradicted = {aid for x in [*(s.get("summary") or ()), *(s.get("facts") or ())]
                    for aid in x.get("contradicted_by") or ()}
    for i, d in enumerate(s.get("discrepancies") or ()):
        claims = d.get("claims") or ()
        for c in claims:
            mine = set(c.get("articles") or ())
            others = {a for o in claims if o is not c for a in o.get("articles") or () if a not in own}
            if mine and mine <= own and others:
                outvoted = bool(mine & contradicted)
                rec.alone_outvoted += outvoted
                vs = "; ".join(o["value"] for o in claims if o is not c)
                rec.alone.append(item(f"{d.get('about') or d['kind']}: {c['value']} (others: {vs})",
                                      "outvoted" if outvoted else "unsettled", f"s1-d{i + 1}"))

    facts = {f["id"]: f for f in s.get("facts") or ()}
    for e in s.get("exclusive") or ():
        if e["article"] in own and e["fact"] in facts:
            rec.exclusive.append(item(facts[e["fact"]]["text"], anchor=f"s1-a{order.get(e['article'], 1)}"))
    for f in facts.values():
        dated = sorted((arts[a]["published"], a) for a in f.get("articles") or ()
                       if a in arts and arts[a].get("published"))
        if len(dated) > 1 and dated[0][1] in own and dated[0][0] < dated[1][0] \
                and any(a not in own for _, a in dated[1:]):
            rec.first.append(item(f["text"], f"{dated[0][0]}, others from {dated[1][0]}",
                                  f"s1-a{order.get(dated[0][1], 1)}"))


def track_record(outlet: str, stories: Iterable[dict[str, Any]]) -> TrackRecord:
    """`outlet`'s record over `stories` (story JSON; stories without its articles are skipped)."""
    rec = TrackRecord(outlet)
    for s in stories:
        _add_story(rec, s)
    return rec
