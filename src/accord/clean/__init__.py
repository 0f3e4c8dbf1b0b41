"""Clean: a RawArticle's scraped text to the Article every later stage cites into.

    clean_article(raw) -> Article(text=body paragraphs joined by "\\n\\n", removed=[...], ...)

Steps, each general (no outlet's phrases):
1. Normalise: newlines, no-break and zero-width spaces, NFC; re-join hard-wrapped lines.
2. Classify every line (accord.clean.lines): page furniture of a "hard" kind (bylines,
   timestamps, captions and credits, share/subscribe prompts, link lists, counters, copyright,
   banners) goes wherever it is; lines that are no sentence (names, labels, short scraps),
   author bios and notes about the page go only in the head (before the first news sentence)
   or the tail (after the last), where pages keep their furniture. A line under a link-list
   label ("Related", "Most read") goes with it; everything after an end marker ("###",
   "-30-", "ENDS") goes. A short sentence in the middle ("No.") always stays. Sentences about
   the author or the outlet and calls to act (accord.clean.notes: "... has reported on courts
   since 2017", "Listen to our podcast", cookie and licensing notices) go too; a line that opens
   with the byline's own name and a verb is an author note.
3. Title: the container's title, else the first headline-like line of the head (no closing
   period), else the headline of a "headline | Outlet" line. Lines repeating the title go;
   a longer sentence that opens with the title (a lede repeating the headline) stays.
4. Metadata (accord.clean.metadata): the dateline is cut from the first paragraph and kept in
   `Article.dateline` (and `removed`), so the first sentence reads as a sentence; byline,
   publication date, outlet and credits come from the lines and the container. A page date
   written only as an ambiguous number ("11/03/2024") keeps both readings in
   `Article.published_alternatives` (accord.clean.settle; the story picks one, pipeline.analyze).

Removed lines are kept in `Article.removed`, in document order. When no news text is left,
InputError(stage="clean") says so. What it does not do: split sentences (accord.segment).
"""

from __future__ import annotations

import re
import unicodedata

from accord import settings
from accord.clean import lines as L
from accord.clean import metadata as M
from accord.clean import notes as N
from accord.clean import settle as S
from accord.errors import InputError
from accord.types import Article, RawArticle

__all__ = ["clean_article", "clean_text", "Cleaned"]

_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_SECTION_KINDS = frozenset({"ui", "link"})  # a label that opens a list of links
_WRAP_MIN, _WRAP_MAX = settings.CLEAN_WRAP_MIN_CHARS, settings.CLEAN_WRAP_MAX_CHARS


class Cleaned:
    """The outcome of cleaning one text: kept paragraphs, removed lines, what was found."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.removed: list[str] = []
        self.title: str | None = None
        self.byline: str | None = None
        self.dateline: str | None = None
        self.outlet: str | None = None
        self.stamps: list[str] = []  # timestamp lines, for the publication date
        self.sources: list[str] = []  # removed lines that may credit a source ("Source: X")


def clean_article(raw: RawArticle) -> Article:
    """The cleaned Article of `raw`; InputError(stage="clean") when no news text is left."""
    c = clean_text(raw.body, title=raw.title)
    if not c.paragraphs:
        why = "no body text left after removing page furniture" if raw.body.strip() else "no body text"
        raise InputError(raw.source, why, stage="clean")
    text = "\n\n".join(c.paragraphs)
    published = raw.published or _first_date(c.stamps) or (M.date_of(c.dateline) if c.dateline else None)
    alternatives = S.page_date_readings(raw, published, [*c.stamps, c.dateline or ""])
    return Article(
        id=raw.id,
        source=raw.source,
        text=text,
        title=c.title,
        outlet=raw.outlet or c.outlet,
        published=published,
        byline=raw.byline or c.byline,
        credits=M.credits_in(text, [c.dateline or ""], c.sources),
        removed=tuple(c.removed),
        url=raw.url,
        dateline=c.dateline,
        kind=raw.kind,
        published_alternatives=alternatives,
    )


def clean_text(body: str, title: str | None = None) -> Cleaned:
    """Clean one scraped text; `title` is the headline when the container gave one."""
    c = Cleaned()
    units = _units(body)
    lines = [L.Line.of(u) for u in units]
    kinds = [L.classify(line) for line in lines]
    _after_end_marker(kinds)
    _link_lists(lines, kinds)
    _tail_notes(lines, kinds)
    _pull_quotes(units, kinds)
    _author_notes(units, kinds)
    title_at = _title_index(lines, kinds) if not title else None
    if title_at is not None:
        title = units[title_at]
        kinds[title_at] = "title"
    c.title = _tidy_title(title) if title else None
    if c.title:
        for i, u in enumerate(units):
            if kinds[i] != "title" and _repeats(u, c.title):
                kinds[i] = "title-repeat"
        if all(k is not None for k in kinds):
            # The body only repeats the headline (a one-sentence item whose headline is its first
            # sentence): that sentence is the news, not a repeat to drop.
            for i, k in enumerate(kinds):
                if k == "title-repeat":
                    kinds[i] = None
    first, last = _body_bounds(kinds)
    removed_before_body = None
    for i, (unit, kind) in enumerate(zip(units, kinds)):
        keep = kind is None or (kind in L.EDGE_KINDS and first <= i <= last)
        if keep:
            if removed_before_body is None:
                removed_before_body = len(c.removed)
            c.paragraphs.append(unit)
            continue
        _note(c, unit, kind)
        if removed_before_body is None and not c.outlet and kind in ("name", "banner", "edge", "crumb", "ui"):
            c.outlet = M.banner_outlet(unit)
    _take_dateline(c, removed_before_body or 0)
    if not c.title:
        c.title = next((ho[0] for u in c.removed if (ho := L.headline_outlet(u))), None)
    return c


def _units(body: str) -> list[str]:
    """Non-blank lines of `body`, normalised, with hard-wrapped lines joined back."""
    text = unicodedata.normalize("NFC", body.replace("\r\n", "\n").replace("\r", "\n"))
    text = _INVISIBLE.sub("", text)
    out: list[str] = []
    wrapped = _is_hard_wrapped(text)
    prev_blank = True
    for raw_line in text.split("\n"):
        line = _SPACES.sub(" ", raw_line).strip()
        if not line:
            prev_blank = True
            continue
        if wrapped and out and not prev_blank and _continues(out[-1], line, wrapped):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        prev_blank = False
    return out


def _is_hard_wrapped(text: str) -> int:
    """The wrap width when `text` is hard-wrapped, else 0: no line much longer than the usual
    60-80 columns, and several lines near that width stop mid-sentence with text below."""
    lines = [line.strip() for line in text.split("\n")]
    lengths = sorted(len(line) for line in lines if line)
    if not lengths or lengths[-1] > _WRAP_MAX:
        return 0
    width = lengths[-1]
    breaks = sum(
        1 for a, b in zip(lines, lines[1:])
        if b and len(a) >= max(_WRAP_MIN, 0.75 * width) and not L._TERMINAL.search(a)
    )
    return width if breaks >= 2 else 0


def _continues(prev: str, line: str, width: int) -> bool:
    return (len(prev) >= max(_WRAP_MIN, 0.75 * width) and not L._TERMINAL.search(prev)
            and not prev.endswith(":") and not L.numbered(line) and not line.startswith(("•", "*", "- ")))


def _after_end_marker(kinds: list[str | None]) -> None:
    for i, kind in enumerate(kinds):
        if kind == "end":
            for j in range(i + 1, len(kinds)):
                kinds[j] = "after-end"
            return


def _link_lists(lines: list[L.Line], kinds: list[str | None]) -> None:
    """Lines under a section label ("Related", "Most read", "Tags") that are no sentence."""
    # Only after the news has begun: in the head, menus are furniture anyway, and the headline
    # that follows a menu must stay a candidate for the title.
    start = next((i for i, k in enumerate(kinds) if k is None), len(kinds))
    in_list = False
    for i in range(start, len(kinds)):
        line, kind = lines[i], kinds[i]
        if kind in _SECTION_KINDS and not line.sentence and line.words <= 5:
            in_list = True
            continue
        if kind is None and in_list and line.text.endswith("?") and line.words <= 12:
            kinds[i] = "list"  # a linked headline that asks a question
        elif kind is None:
            in_list = False
        elif in_list and kind in L.EDGE_KINDS:
            kinds[i] = "list"


def _tail_notes(lines: list[L.Line], kinds: list[str | None]) -> None:
    """The last sentences, when set apart from the story by furniture and speaking of the page
    ("The comments below are not moderated."), are the page's."""
    while True:
        news = [i for i, k in enumerate(kinds) if k is None]
        if len(news) < 2:
            return
        last = news[-1]
        gap = last - news[-2] - 1
        if gap < 2 or not L.STRONG_UI.search(lines[last].text) or lines[last].words > 30:
            return
        kinds[last] = "tail-note"


def _author_notes(units: list[str], kinds: list[str | None]) -> None:
    """Sentences that open with the byline's name and a verb ("Hanna Berglund has reported on
    courts since 2017"): a note about the author, furniture in the head or tail (accord.clean.notes)."""
    names = {M.byline_name(u) for u, k in zip(units, kinds) if k == "byline"} - {None}
    for i, unit in enumerate(units):
        if kinds[i] is None and any(N.opens_with(unit, name) for name in names):
            kinds[i] = "bio"


def _pull_quotes(units: list[str], kinds: list[str | None]) -> None:
    """A quotation standing alone that repeats words of another paragraph: a pull quote."""
    for i, unit in enumerate(units):
        m = re.fullmatch(r"[\"“‘'«]\s*(.+?)\s*[\"”’'»]", unit)
        if kinds[i] is not None or not m or len(m.group(1).split()) < 3:
            continue
        inner = m.group(1).rstrip(".,!?")
        if any(j != i and inner in other for j, other in enumerate(units)):
            kinds[i] = "pull-quote"


def _title_index(lines: list[L.Line], kinds: list[str | None]) -> int | None:
    """The headline among the first lines: headline-like (no closing period), the first of at
    least four words (three-word lines are mostly section names); None if the text opens
    straight with a news sentence."""
    short = None
    for i, (line, kind) in enumerate(zip(lines[:12], kinds[:12])):
        text = line.text
        if kind not in (None, "edge", "name", "label", "banner") or L.numbered(text):
            continue
        if (kind == "banner" and line.words < 4) or (kind == "name" and line.words <= 3):
            continue
        if line.words > settings.CLEAN_TITLE_MAX_WORDS or (line.sentence and line.words >= 8 and re.search(r"\.[\"'”’)\]]*$", text)):
            break  # a sentence opens the text: no headline line (a Title Case line may end in ".")
        if line.sentence and text.endswith("."):
            continue  # a short sentence in the head: a tagline, not the headline
        if len(re.findall(r"\b[^\W\d_]{2,}", text)) < 3:
            continue  # tickers, prices, counters: too few words to be a headline
        if line.words >= 4:
            return i
        if line.words == 3 and short is None:
            short = i
    return short


def _body_bounds(kinds: list[str | None]) -> tuple[int, int]:
    """Indexes of the first and last news line. A sentence followed within a few lines by a
    byline or a crumb is a standfirst: part of the head, not of the news."""
    news = [i for i, k in enumerate(kinds) if k is None]
    if not news:
        return 0, -1
    first = news[0]
    while True:
        head = [j for j in range(first + 1, min(first + 5, len(kinds))) if kinds[j] in L.HEAD_KINDS]
        later = [i for i in news if head and i > head[-1]]
        if not later or any(first < i < head[-1] for i in news):
            break
        kinds[first] = "standfirst"
        first = later[0]
    return first, news[-1]


def _repeats(unit: str, title: str) -> bool:
    a, b = _key(unit), _key(title)
    return bool(a) and (a == b or (a in b and len(a) >= 0.8 * len(b)) or (b in a and len(b) >= 0.8 * len(a) and not L.Line.of(unit).sentence))


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def _tidy_title(title: str) -> str:
    title = _SPACES.sub(" ", title).strip()
    split = L.headline_outlet(title)
    return split[0] if split else title


def _note(c: Cleaned, unit: str, kind: str | None) -> None:
    """Record a removed line and what it tells about the article."""
    if kind not in ("title",):
        c.removed.append(unit)
    if kind == "byline" and not c.byline:
        c.byline = M.byline_name(unit)
    if kind in ("timestamp", "byline") or L.dates_in(unit) and kind in ("edge", "label", "ui", "separator"):
        c.stamps.append(unit)
    if kind in ("link", "label", "ui", "list", "edge", "contact", "byline"):
        c.sources.append(unit)
    ho = L.headline_outlet(unit) if kind in ("edge", "title-repeat", "label", "name", "list") else None
    if ho and not c.outlet:
        c.outlet = ho[1]


def _take_dateline(c: Cleaned, at: int) -> None:
    if not c.paragraphs:
        return
    dateline, rest = M.split_dateline(c.paragraphs[0])
    if dateline:
        c.dateline = dateline
        c.paragraphs[0] = rest
        c.removed.insert(at, dateline)  # document order: after the head, before the tail


def _first_date(stamps: list[str]):
    """The publication date among timestamp lines: a "Published" date before an "Updated" one."""
    parts = [p for stamp in stamps for p in re.split(r"\s+\|\s+|\s{2,}", stamp)]
    updated = re.compile(r"(?i)\b(updated|modified|edited)\b")
    for part in [p for p in parts if not updated.search(p)] + [p for p in parts if updated.search(p)]:
        found = M.date_of(part)
        if found:
            return found
    return None
