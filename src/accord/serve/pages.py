"""The server-rendered pages: story list, story, disputed, outlets and an outlet's record.

jinja2 with autoescape on and StrictUndefined; the story page draws the story with the HTML
report's own section template (report/templates/_story.html.j2) and view classes, so the
report file and the served page show the same evidence the same way. Pages link only to this
site, to their own static CSS and JS, and to article URLs that view.safe_url lets through.

What it does not do: query anything itself (accord.serve.app passes rows in, except for the
outlet record, which reads its stories here) or hold any state between requests.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import jinja2
from fastapi import HTTPException

from accord import __version__, settings
from accord.report.html import StoryPage
from accord.report.view import StoryView, plural, short, word_diff
from accord.serve.chart import bar_chart
from accord.store.records import story_report
from accord.serve.track import TrackRecord, track_record

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
REPORT_TEMPLATES = HERE.parent / "report" / "templates"


@lru_cache(maxsize=4096)  # outlet names repeat on every row of a list page
def _path(segment: Any) -> str:
    """A URL path segment: quoted whole (slashes too), so input never escapes its segment."""
    return quote(str(segment), safe="")


def _query(params: dict[str, Any], **changes: Any) -> str:
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})


@cache
def env() -> jinja2.Environment:
    e = jinja2.Environment(
        loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(TEMPLATES), jinja2.FileSystemLoader(REPORT_TEMPLATES)]),
        autoescape=True,  # every {{ }} is escaped; no template uses |safe
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    e.globals.update(word_diff=word_diff, plural=plural, short=short, version=__version__, query=_query)
    e.filters["path"] = _path
    return e


def render(template: str, **ctx: Any) -> str:
    return env().get_template(template).render(**ctx)


def error(status: int, message: str) -> str:
    return render("error.html.j2", status=status, message=message, title=f"{status}")


def story_list(rows: list[dict], *, more: bool, page: int, outlets: list[dict], filters: dict,
               hits: list[dict] = ()) -> str:
    names = [o.get("outlet") or o.get("name") for o in outlets]
    return render("list.html.j2", rows=rows, more=more, page=page, outlets=[n for n in names if n], hits=hits,
                  filters={k: str(v) for k, v in filters.items()}, title="Stories",
                  page_size=settings.SERVE_PAGE_SIZE)


def story_page(story: dict) -> str:
    p = StoryPage(StoryView(story_report(story)), 1)
    outlets = list(dict.fromkeys(s.article.outlet for s in p.v.sources if s.article.outlet))
    return render("story.html.j2", p=p, v=p.v, outlets=outlets, pending=bool(story.get("pending")),
                  title=p.v.story.title or "(untitled story)")


def disputed(source, items: list[dict]) -> str:
    by_day: dict[str, list[dict]] = {}
    for x in with_outlets(source, items):
        by_day.setdefault(str(x.get("published_last") or "undated"), []).append(x)
    return render("disputed.html.j2", days=list(by_day.items()), n=len(items), title="Disputed")


def _label(a: dict) -> str:
    """An article's name, as the report names it: outlet, else web site, else title, else id."""
    host = urlsplit(a.get("url") or "").netloc
    return a.get("outlet") or host.removeprefix("www.") or short(a.get("title") or a["id"])


def with_outlets(source, items: list[dict]) -> list[dict]:
    """Each discrepancy of `items` (source.discrepancies()) with the outlets on each side and its
    position in its story (for the link to it on the story page): one story read per story."""
    stories: dict[str, dict | None] = {}
    taken: dict[str, set[int]] = {}
    out = []
    for x in items:
        sid = x["story_id"]
        if sid not in stories:
            try:
                stories[sid] = source.story(sid)
            except KeyError:  # removed since the list was read
                stories[sid] = None
        s = stories[sid] or {}
        names = {a["id"]: _label(a) for a in s.get("articles") or ()}
        index, used = None, taken.setdefault(sid, set())
        for i, d in enumerate(s.get("discrepancies") or ()):
            if i not in used and d["kind"] == x["kind"] and (d.get("about") or "") == (x.get("about") or ""):
                index = i
                used.add(i)
                break
        claims = [{**c, "outlets": list(dict.fromkeys(names.get(a, a) for a in c.get("articles") or ()))}
                  for c in x.get("claims") or ()]
        out.append({**x, "index": index, "claims": claims})
    return out


def outlets(rows: list[dict]) -> str:
    rows = [{"name": r.get("outlet") or r.get("name"), **r} for r in rows]
    return render("outlets.html.j2", rows=[r for r in rows if r["name"]], title="Outlets")


def outlet_record(source, name: str) -> TrackRecord:
    """`name`'s track record over its most recent stories; 404 when the store has none."""
    rows = source.stories(outlet=name, limit=settings.SERVE_OUTLET_STORIES) if name.strip() else []
    if not rows:
        raise HTTPException(404, f"no outlet named {name!r} in the store")
    stories = []
    for r in rows:
        try:
            stories.append(source.story(r["id"]))
        except KeyError:  # removed between the two reads
            continue
    rec = track_record(name, stories)
    rec.capped = len(rows) >= settings.SERVE_OUTLET_STORIES
    return rec


def outlet_page(rec: TrackRecord) -> str:
    chart = bar_chart(rec.counts(), f"{rec.outlet}: track record",
                      warn=frozenset({"copies, uncredited", "spun rewrites"}))
    return render("outlet.html.j2", rec=rec, chart=chart, limit=settings.SERVE_OUTLET_STORIES, title=rec.outlet)
