"""A read-only story source over a JSON report file (`accord report --format json -o FILE`).

`accord serve --report FILE` serves a report someone already wrote, with no database: the same
pages and read API as over the store (accord.store.Store), from the same story JSON. It offers
the store's read methods with the same arguments and the same shapes of result: stories(),
story(), search(), outlets(), discrepancies(), article().

What it does not do: it never writes (POST /api/articles answers that ingest needs a store), and
it keeps the whole report in memory, which suits a report file, not a news archive.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from accord.errors import UsageError

SORTS = ("newest", "sources", "disputed")
_WORD = re.compile(r"\w+", re.UNICODE)


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text or "")}


def story_outlets(story: dict[str, Any]) -> list[str]:
    """The outlets of a story's articles, in article order, each once."""
    return list(dict.fromkeys(a["outlet"] for a in story.get("articles") or () if a.get("outlet")))


def story_dates(story: dict[str, Any]) -> list[str]:
    return sorted(a["published"] for a in story.get("articles") or () if a.get("published"))


def story_row(story: dict[str, Any]) -> dict[str, Any]:
    """A story's line in a list: what Store.stories() gives for it."""
    dates = story_dates(story)
    return {
        "id": story["id"],
        "title": story.get("title") or "",
        "articles": len(story.get("articles") or ()),
        "outlets": story_outlets(story),
        "published_first": dates[0] if dates else None,
        "published_last": dates[-1] if dates else None,
        "discrepancies": len(story.get("discrepancies") or ()),
        "updated": dates[-1] if dates else None,
    }


class ReportFile:
    """The stories of one JSON report, answering the store's read queries."""

    writable = False

    def __init__(self, path: str | Path):
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise UsageError(f"{path}: cannot read the report ({exc.strerror or exc})") from exc
        except ValueError as exc:
            raise UsageError(f"{path}: not a JSON report ({exc})") from exc
        if not isinstance(data, dict) or not isinstance(data.get("stories"), list):
            raise UsageError(f"{path}: not an accord JSON report (no 'stories' list); "
                             "write one with `accord report ... --format json -o FILE`")
        self.path = path
        self._stories = {s["id"]: s for s in data["stories"]}
        self._rows = {sid: story_row(s) for sid, s in self._stories.items()}
        self._text = {sid: _words(s.get("title", "") + " " + " ".join(
            (a.get("title") or "") + " " + (a.get("text") or "") for a in s.get("articles") or ()))
            for sid, s in self._stories.items()}
        self._articles = {a["id"]: (a, sid) for sid, s in self._stories.items() for a in s.get("articles") or ()}

    # the store's context-manager protocol, so both open and close the same way
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:
        pass

    def stories(self, sort: str = "newest", outlet: str | None = None, since: dt.date | str | None = None,
                until: dt.date | str | None = None, query: str | None = None, limit: int = 50,
                offset: int = 0) -> list[dict[str, Any]]:
        if sort not in SORTS:
            raise ValueError(f"sort must be one of {', '.join(SORTS)}; got {sort!r}")
        since, until = (str(x) if x else None for x in (since, until))
        wanted = _words(query) if query else set()
        rows = []
        for sid, row in self._rows.items():
            if outlet and outlet not in row["outlets"]:
                continue
            if since and (row["published_last"] or "") < since:
                continue
            if until and (row["published_first"] or "9999") > until:
                continue
            if wanted and not wanted <= self._text[sid]:
                continue
            rows.append(row)
        key = {"newest": lambda r: (r["published_last"] or "", r["id"]),
               "sources": lambda r: (len(r["outlets"]), r["articles"], r["published_last"] or ""),
               "disputed": lambda r: (r["discrepancies"], r["published_last"] or "")}[sort]
        rows.sort(key=key, reverse=True)
        return rows[offset: offset + limit]

    def story(self, story_id: str) -> dict[str, Any]:
        return self._stories[story_id]

    def search(self, query: str, limit: int = 50) -> list[dict[str, Any]]:
        """Articles holding every word of `query`, as the store's search gives them."""
        wanted = _words(query)
        if not wanted:
            return []
        out = []
        for a, sid in self._articles.values():
            text = (a.get("title") or "") + " " + (a.get("text") or "")
            if wanted <= _words(text):
                first = min((m.start() for w in wanted for m in [re.search(rf"\b{re.escape(w)}\b", text, re.I)] if m),
                            default=0)
                out.append({"article_id": a["id"], "story_id": sid, "title": a.get("title"), "outlet": a.get("outlet"),
                            "published": a.get("published"), "snippet": " ".join(text[max(0, first - 60): first + 100].split())})
        return out[:limit]

    def outlets(self) -> list[dict[str, Any]]:
        counts: dict[str, dict[str, Any]] = {}
        for s in self._stories.values():
            for a in s.get("articles") or ():
                if a.get("outlet"):
                    c = counts.setdefault(a["outlet"], {"outlet": a["outlet"], "articles": 0, "stories": set(),
                                                        "published_last": None})
                    c["articles"] += 1
                    c["stories"].add(s["id"])
                    c["published_last"] = max(filter(None, [c["published_last"], a.get("published")]), default=None)
        out = [{**c, "stories": len(c["stories"])} for c in counts.values()]
        return sorted(out, key=lambda c: (-c["articles"], c["outlet"]))

    def discrepancies(self, limit: int = 100) -> list[dict[str, Any]]:
        out = []
        for sid, s in self._stories.items():
            for d in s.get("discrepancies") or ():
                out.append({
                    "story_id": sid, "story_title": s.get("title") or "",
                    "published_last": self._rows[sid]["published_last"], "kind": d["kind"],
                    "about": d.get("about") or "",
                    "claims": [{"value": c["value"], "articles": c["articles"], "text": c["text"]}
                               for c in d.get("claims") or ()],
                })
        out.sort(key=lambda x: (x["published_last"] is not None, x["published_last"] or ""), reverse=True)
        return out[:limit]

    def article(self, article_id: str) -> dict[str, Any]:
        a, sid = self._articles[article_id]
        return {**a, "story_id": sid}
