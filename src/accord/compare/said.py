"""One speaker quoted as saying a thing and its opposite, in two articles' own wordings.

Outlets that paraphrase a remark rather than copy it share too few words for `compare.quotes` to
group the two wordings as one quotation, so a misquote made that way ("We had no warning that
the roof was at risk" / "We were warned that the roof could be at risk"; "I will not challenge
this result in court" / "... take this result to court if the report is confirmed") goes unseen
there. Here each quotation is cut into clauses (at punctuation and at "and", "but", "so",
"because", "while"); a clause is negated when it holds a negation (not, no, never, n't ...; not
"without", and not the intensifiers "not only", "no doubt" ...). Two quotations conflict when:

- the same speaker (one entity of the story) is given both, in two different articles, and the
  two are not already one quote;
- a negated clause of one and a plain clause of the other share at least
  SAID_SHARED_WORDS content words (inflection and spelling allowed: warning/warned,
  fail/failed), one of which is the word the negation governs (the first content word after it);
- both are whole quotations (they open with a capital, as a sentence does), or fragments woven
  into the writer's words whose frame, from the clause's start to the quote mark, holds no
  negation, denial, condition or question ("told reporters that "the brakes failed""): a
  fragment framed so (she did not "need to do any of that anymore", he denied "taking the money")
  may have its polarity outside the quote marks;
- neither article also quotes the speaker the other way (then both sides were reported).
A plain clause with "than" ("it rose faster than anyone expected") is a comparison and takes no
side.

What it does not do: antonyms without a negation ("passed" / "failed"), conditions ("if the
report is confirmed" is taken as said), irony, or quotations of two different occasions that
really do differ (a speaker who changed their mind between two days is reported as a conflict:
the user reads both sentences).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from accord import settings
from accord.compare.wording import FUNCTION_WORDS, NEGATIONS, normalise, same_word
from accord.types import Claim, Discrepancy, Mention

if TYPE_CHECKING:
    from accord.compare.entities import EntityIndex
    from accord.compare.quotes import QuoteMention

_CLAUSE_BREAK = re.compile(r"[,;:.!?()\u2013\u2014]|\s-\s|\b(?:and|but|so|because|while|although|though)\b",
                           re.IGNORECASE)
# negation words that do not deny the clause they stand in
_NOT_DENIALS = frozenset({"without"})
_INTENSIFIERS = re.compile(r"\b(?:nothing less than|no less than|not only|no doubt|not least|no matter|"
                           r"no longer than|not just)\b")


def _clauses(text: str) -> list[tuple[bool, list[str], str | None]]:
    """(negated, content words, the word the negation governs) of each clause of a quotation."""
    out = []
    for part in _CLAUSE_BREAK.split(text):
        ws = _INTENSIFIERS.sub(" ", normalise(part)).split()
        negations = [i for i, w in enumerate(ws) if w in NEGATIONS and w not in _NOT_DENIALS]
        content = [w for w in ws if w not in FUNCTION_WORDS and w not in NEGATIONS and len(w) > 2
                   and not w[0].isdigit()]
        if not content:
            continue
        governed = None
        if negations:
            governed = next((w for w in ws[negations[0] + 1:]
                             if w not in FUNCTION_WORDS and w not in NEGATIONS and len(w) > 2), None)
        if "than" in ws and not negations:
            continue  # "faster than anyone expected": a comparison, neither said nor denied
        out.append((len(negations) % 2 == 1, content, governed))
    return out


def _whole(m: QuoteMention) -> bool:
    """A quotation that opens as a sentence does ("No homes were lost"), not a fragment woven into
    the writer's own words (she did not "need to do any of that anymore"), whose polarity may lie
    outside the quote marks."""
    first = m.text.lstrip(" '\"“‘(")[:1]
    return first.isupper() or first.isdigit()


# what, in the writer's words before a fragment, may turn its polarity: a negation, a denial,
# a condition or a question ("did not say she would "resign"", "denied "taking the money"",
# "asked whether he would "step down"")
_FRAME_TURNS = re.compile(
    r"\b(?:not|no|never|nobody|nothing|neither|nor|without|cannot|n't|den(?:y|ied|ies|ying)|"
    r"reject\w*|refus\w*|dismiss\w*|ruled? out|disput\w*|contradict\w*|instead|rather|"
    r"if|whether|unless|asked|question\w*|false\w*|wrong\w*)\b|n't\b",  # (a question: no frame read)
    re.IGNORECASE)
# where the writer's frame of a fragment begins: the sentence start, or a clause break
_FRAME_START = re.compile(r".*[;:()\u2013\u2014]|.*\s-\s", re.DOTALL)


def _plainly_framed(m: QuoteMention) -> bool:
    """A fragment woven into the writer's words ("told reporters that "the brakes failed"", "who
    said patients "should stop taking their medicine"") whose frame, from its clause's start to
    the quote mark, neither negates, denies, questions nor makes a condition: its polarity is
    then its own, and it is compared as a whole quotation is."""
    sent = m.sentence
    before = sent.text[:max(0, m.start - sent.start)]
    if not before.strip() or "?" in sent.text:
        return False
    frame = _FRAME_START.sub("", before)
    return _FRAME_TURNS.search(frame) is None


def _shared(a: list[str], b: list[str]) -> list[str]:
    return [x for x in dict.fromkeys(a) if any(same_word(x, y) for y in b)]


def _opposed(neg: tuple[bool, list[str], str | None], plain: tuple[bool, list[str], str | None]) -> bool:
    # the denied word first: one comparison per word, before the shared words' all-pairs one
    return (neg[2] is not None and any(same_word(neg[2], y) for y in plain[1])
            and len(_shared(neg[1], plain[1])) >= settings.SAID_SHARED_WORDS)


def _clauses_conflict(ca: list, cb: list) -> bool:
    """Does a negated clause of one quotation meet a plain clause of the other (their `_clauses`)
    on the same words?"""
    return any(_opposed(x, y) for x in ca if x[0] for y in cb if not y[0]) or any(
        _opposed(y, x) for y in cb if y[0] for x in ca if not x[0])


def opposite_remarks(mentions: list[QuoteMention], groups: list[list[QuoteMention]],
                     index: EntityIndex) -> list[Discrepancy]:
    """Discrepancies of kind "quote": one speaker quoted both ways by two articles."""
    group_of = {id(m): g for g, members in enumerate(groups) for m in members}
    by_speaker: dict[int, list[QuoteMention]] = defaultdict(list)
    for m in mentions:
        if m.speaker is not None:
            by_speaker[m.speaker].append(m)
    found = []
    for speaker, ms in by_speaker.items():
        ms = [m for m in ms if _whole(m) or _plainly_framed(m)]
        clauses = {id(m): _clauses(m.text) for m in ms}  # each quotation cut once, however many pairs

        def _conflict(a: QuoteMention, b: QuoteMention) -> bool:
            return _clauses_conflict(clauses[id(a)], clauses[id(b)])

        pairs = [(a, b) for i, a in enumerate(ms) for b in ms[i + 1:]
                 if a.article != b.article and group_of.get(id(a)) != group_of.get(id(b)) and _conflict(a, b)]
        if not pairs:
            continue
        both_ways: dict[int, bool] = {}

        def _quoted_both_ways(m: QuoteMention) -> bool:
            """Does m's own article also quote the speaker the other way (once per quotation)?"""
            if id(m) not in both_ways:
                both_ways[id(m)] = any(_conflict(m, c) for c in ms if c.article == m.article and c is not m)
            return both_ways[id(m)]

        seen: set[tuple[int, int]] = set()
        for a, b in pairs:
            # an article that quotes the speaker both ways reported both: no dispute between outlets
            if _quoted_both_ways(a) or _quoted_both_ways(b):
                continue
            key = tuple(sorted((group_of.get(id(a), -1), group_of.get(id(b), -1))))  # one dispute, either order
            if key in seen:
                continue
            seen.add(key)
            name = index.entities[speaker].name
            claims = tuple(_claim(m, groups[group_of[id(m)]] if id(m) in group_of else [m]) for m in (a, b))
            found.append(Discrepancy("quote", f"what {name} said", claims))
    return found


def _claim(m: QuoteMention, group: list[QuoteMention]) -> Claim:
    """The wording `m`, with every article of its quote that words it the same way."""
    same = [x for x in group if x.norm == m.norm] or [m]
    return Claim(m.text, tuple(dict.fromkeys(x.article for x in same)), m.sentence.text,
                 tuple(Mention(x.article, x.start, x.end, x.text) for x in same))
