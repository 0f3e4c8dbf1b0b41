"""Disputed points stated as disputed: "Reports differ on the death toll: 38 or 41."

When a sentence the summary states is on one side of a discrepancy (the sources report another
value of what it says), the summary follows it with a note that states the point as disputed:
each side with its value and the articles that report it, the side the summary states first.
Such a note asserts only that reports differ, so it is sound whatever the truth is: every article
cited for a side carries that side's value in a sentence of its own (the discrepancy's claim
mentions, which the note keeps as its spans).

The note's words come from the discrepancy (compare's `about` and claim values), not from
rewriting any article: `about` is turned into a topic a sentence can carry ("number of deaths
confirmed" -> "the number of deaths confirmed"; "date of: <the sentence>" -> "the date", since
the note follows the sentence it is about). Sides whose values read the same are one side.

What it does not do: it does not judge which side is right, and it does not choose which
disputes matter (summarize.select notes those that its chosen sentences take a side of).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accord.types import Claim, Discrepancy, DisputeSide, Mention

QUOTE_WORDS = 12  # a quoted value is cut to this many words: the note points at the discrepancy
_WH = re.compile(r"^(?:who|whom|whose|what|how|when|where|which|whether|why)\b", re.I)
_WHETHER = re.compile(r"^whether:\s*(?P<thing>[^()]+?)\s*(?:\(.*\))?$", re.I)
_TOKEN = re.compile(r"[\w'’-]+")
_OTHER_SIDE = re.compile(r"\s*\(the other is [^()]*\)$", re.I)
_PREPOSITION = re.compile(r"^(?:on|at|in)\s+(?=\S)", re.I)


def topic(d: Discrepancy) -> str:
    """What reports differ on, as words that follow "Reports differ on"."""
    about = " ".join(d.about.split()).strip(" .:")
    low = about.lower()
    if low.startswith("time of:"):
        return "the time"
    if low.startswith("date of:"):
        return "the date"
    m = _WHETHER.match(about)
    if m:
        return "the " + _surface(m.group("thing"), d.claims)
    if not about:
        return "this point"
    if _WH.match(about) or low.startswith("the "):
        return about
    return "the " + about


def _surface(stems: str, claims: Sequence[Claim]) -> str:
    """Stemmed words ("evidenc of tamper") as the claims' sentences spell them ("evidence of
    tampering"); a stem no sentence carries stays as it is."""
    words = [w for c in claims for w in _TOKEN.findall(c.text)]
    out = []
    for s in stems.split():
        full = next((w for w in words if w.lower().startswith(s.lower()) and len(w) >= len(s)), s)
        out.append(full.lower() if full[:1].isupper() and not s[:1].isupper() else full)
    return " ".join(out)


def shown_value(value: str, quoted: bool, when: bool = False) -> str:
    """A claim's value as the note shows it: one line; quotations in quotation marks, cut; a
    day or time without the preposition the sentence gave it ("on Monday" -> "Monday")."""
    v = " ".join(value.split()).strip()
    if when:
        v = _PREPOSITION.sub("", v)
    v = _OTHER_SIDE.sub("", v)  # "sibling (the other is the brother)": the topic names both people
    if quoted:
        words = v.strip("\"“”'‘’").split()
        v = "“" + " ".join(words[:QUOTE_WORDS]) + ("…" if len(words) > QUOTE_WORDS else "") + "”"
    return v


def _key(value: str) -> str:
    return re.sub(r"[^\w%.,]+", " ", value.lower()).strip()


def dispute_sides(d: Discrepancy, first: int | None = None) -> tuple[DisputeSide, ...]:
    """The discrepancy's sides, one per value as shown (claims that read the same merge), the
    claim at index `first` (the side the summary states) first, then by articles, most first."""
    quoted = d.kind == "quote" or d.about.lower().startswith("what ")
    merged: dict[str, tuple[str, list[str], list[Mention], int]] = {}
    for k, c in enumerate(d.claims):
        shown = shown_value(c.value, quoted, when=d.kind == "date")
        if not shown:
            continue
        arts = list(dict.fromkeys([*c.articles, *(m.article for m in c.mentions)]))
        key = _key(shown)
        if key in merged:
            v, a, ms, rank = merged[key]
            merged[key] = (v, list(dict.fromkeys(a + arts)), ms + list(c.mentions), min(rank, k))
        else:
            merged[key] = (shown, arts, list(c.mentions), k)
    ordered = sorted(merged.values(), key=lambda s: (s[3] != first, -len(s[1]), s[3]))
    return tuple(DisputeSide(v, tuple(a), tuple(ms)) for v, a, ms, _ in ordered if a)


def dispute_text(topic_words: str, sides: Sequence[DisputeSide]) -> str:
    """"Reports differ on the death toll: 38 or 41." (citations are drawn by each format)."""
    values = [s.value for s in sides]
    listed = values[0] if len(values) == 1 else ", ".join(values[:-1]) + " or " + values[-1]
    return f"Reports differ on {topic_words}: {listed}."
