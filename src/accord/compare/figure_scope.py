"""What of a sentence a figure belongs to, for compare.numbers: a part, an aside of another
year, a rise over a past period, a turnout, a degree, a poll.

- A sentence that names a fraction of something tells of a part ("a third of the 2,400
  computers were locked": not 2,400 locked); a fraction word that names a period, a rank or a
  step does not ("third-quarter results", "the first half", "a quarter point", "half a mile").
- A sentence that names another year than its page's tells history when its main clause does
  ("the 2003 quake killed more than 31,000"); when only an aside does (a relative clause, an
  apposition, a figure it is measured against: "The landfill, which opened in 1994, takes in
  1,100 tons a day"; "Turnout was 61.4%, up from 57% in 2022"), only the aside's figures are.
- A rise measured from a past period ("up from 57% in 2022", "from 44 per cent four years ago")
  is a change on another time's figure, not a running count's growth.
- A turnout is also told as the share of voters who took part ("58 per cent of voters cast a
  ballot"), not as a share of the vote ("52% of voters backed her").
- A count at a degree ("five villages were badly hit", "the four hardest-hit villages", "two
  slightly injured") is a subset of the count at none or at another degree.
- A share from a poll named by whom it is for or by ("a poll for the Courier") is that poll's
  answer: another named poll's share is no rival value.
- A change told at a market's close ("stocks closed down 3.9 percent", "ended 2% higher") and
  one not told so ("stocks plunged 5.4 per cent") are two measures: the second may be the day's
  low or a move at any hour of the trading.

What it does not do: no parse of its own (the sentence's parse is given); a year in the main
clause still makes every figure of the sentence history, "since 2014" included (a count since
then is a tally of its own). A month is no other time: tried (issue 13), reading months two or
more from the page as other years are read dropped one real-news background figure ("an earlier
quake in March"), but also a true dispute whose main clause named an earlier step's month
("adopted the plan in May and has since drawn 40,000 letters"), and raised two new look-alikes.
"""

from __future__ import annotations

import datetime as dt
import re

from accord.compare.counted import Counted

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a sentence that names a fraction tells of a part: its counts are parts ("a third of the 2,400
# computers were locked": not 2,400 locked)
_PARTITIVE = re.compile(
    r"\b(?:half|thirds?|quarters?|fifths?|tenths?|of the total|of all|"
    r"(?:majority|minority) of|share|proportion|fraction)\b",
    re.IGNORECASE,
)
# "the first half", "the fiscal third quarter": a period, not a part
_ORDINAL_BEFORE = re.compile(r"(?i)\b(?:first|second|third|fourth|final|last|latest|same|previous|"
                             r"prior|next|fiscal|financial)[- ]$")


def partitive(text: str) -> bool:
    """Does the sentence name a fraction of something ("a third of the 2,400 computers were
    locked", "nearly half the total")? Not a fraction word that names a period, a rank or a step
    ("third-quarter results", "the first half", "a quarter point", "the fifth day", "a quarter of
    a percentage point"), nor a majority with nothing it is of ("six short of an outright
    majority"): a third, a quarter, a fifth or a tenth is a part when it is "of" something; a half
    unless it is a period's."""
    for m in _PARTITIVE.finditer(text):
        word = m.group(0).lower()
        if _ORDINAL_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "the first half", "the third quarter of the year"
        if word == "half" and re.match(r"\s+an?\s", text[m.end():]):
            continue  # "half a mile", "half an hour": a measure, not a part
        if word.rstrip("s") in ("third", "quarter", "fifth", "tenth") and not re.match(
                r"\s+(?:of|the)\b", text[m.end():], re.IGNORECASE):
            continue
        if re.match(r"\s+of\s+an?\s+(?:percentage|basis)[- ]point", text[m.end():], re.IGNORECASE):
            continue  # "a quarter of a percentage point": a shift's size (compare.quantity_forms)
        return True
    return False


def other_years(text: str, own: dt.date | None) -> bool | list[str] | None:
    """The years `text` names other than its page's year `own` (None: none; True: any year, on
    an undated page)."""
    years = _YEAR.findall(text)
    if not years:
        return None
    if own is None:
        return True
    return [y for y in years if int(y) != own.year] or None


def of_this_time(ctx, found: list[tuple], years_of=other_years):
    """Each (sentence, values) of `found` whose sentence tells the story's own time, parsed, as
    (sentence, values, doc, spans of its asides that tell another year: `history`). Left out:
    sentences of an undated page that name a year, and those whose main clause tells another
    year. `years_of(text, page date)` reads the other years (default `other_years`)."""
    from accord.compare.nlp import parse

    kept = [(s, x, years) for s, x in found
            if (years := years_of(s.text, ctx.article(s.article).published)) is not True]
    docs = parse([s.text for s, _, _ in kept]) if kept else []
    for (s, x, years), doc in zip(kept, docs):
        told_before = history(doc, years) if years else frozenset()
        if told_before is not None:  # None: the sentence tells another year's event
            yield s, x, doc, told_before


# words that open a clause of a thing's past told beside the news ("the landfill, which opened in
# 1994, ...") or an earlier value it is measured against ("up from 57% in 2022", "than in 2019")
_ASIDE_DEPS = frozenset({"relcl", "appos", "acl"})
_AGAINST = frozenset({"from", "than"})


def history(doc, years: list[str]) -> frozenset[tuple[int, int]] | None:
    """Where the sentence tells another year: None when its main clause does ("the 2003 Bam quake
    killed more than 31,000": its figures are history, not this story's claims), else the
    character spans of the asides that do, whose figures only are history ("Turnout was 61.4%,
    up from 57% in 2022": the 57% is 2022's; "The landfill, which opened in 1994, takes in 1,100
    tons a day": the tonnage is today's). "since 2014" is the main clause's: a count since then
    is a tally of its own."""
    spans = set()
    for tok in doc:
        if tok.text not in years:
            continue
        node, aside = tok, None
        for _ in range(12):
            if (node.dep_ in _ASIDE_DEPS and node.i != tok.i) or (
                    node.lower_ in _AGAINST and node.dep_ == "prep") or (
                    # "eight fewer than they held after the 2022 election": a clause opened by "than"
                    node.i != tok.i and any(c.lower_ == "than" and c.dep_ == "mark" for c in node.children)):
                aside = node
                break
            if node.head.i == node.i:
                break
            node = node.head
        if aside is None:
            return None
        sub = list(aside.subtree)
        spans.add((sub[0].idx, sub[-1].idx + len(sub[-1].text)))
    return frozenset(spans)


# after a rise, the earlier time it is measured from: "up from 57% in 2022", "from 44 per cent
# four years ago", "up 6% on a year earlier", "since the last election"
_OVER_PERIOD = re.compile(
    r"(?i)(?:(?![.;]\s).){0,90}?\b(?:in (?:19|20)\d\d|(?:a|one|two|three|four|five|\d+) years? (?:earlier|ago|before)|"
    r"last year|the previous year|the year before|a year-earlier|the last election|the previous election)\b")


def over_past_period(text: str, end: int) -> bool:
    """Does the rise word ending at `end` of `text` measure from a past period ("up from 57% in
    2022")?"""
    return _OVER_PERIOD.match(text, end) is not None


# the voters who took part: "58 per cent of voters cast a ballot", "turned out", "went to the polls"
_TOOK_PART = ("cast", "took", "tak", "turn", "went", "go", "participat", "vot")
_VOTED_HOW = re.compile(r"(?i)\b(?:vot\w*|cast\w*)\s+(?:\w+\s+){0,2}?(?:for|against|in favou?r|to)\b|"
                        r"\b(?:backed|supported|opposed|rejected|approved|chose)\b")


def turnout(what: Counted, text: str) -> bool:
    """Is a percentage a turnout: "Turnout was 61.4%", or the share of voters that took part
    ("58 per cent of the town's voters took part", "of eligible voters cast a ballot")? Not a
    share of the vote: "52% of voters backed her", "voted 78% in favour"."""
    if what.noun == "turnout":
        return True
    return (what.noun in ("voter", "elector", "electorat") and what.predicate is not None
            and what.predicate.startswith(_TOOK_PART) and not _VOTED_HOW.search(text))


# how badly something befell what a figure counts ("five villages were badly hit", "the four
# hardest-hit villages", "two villagers slightly injured"), by kind: a count at one degree is a
# subset of the count at none, not another account of it
_DEGREES = {"hardest": "most", "worst": "most",
            "badly": "high", "severely": "high", "seriously": "high", "critically": "high",
            "gravely": "high", "heavily": "high",
            "slightly": "low", "lightly": "low", "moderately": "low",
            "completely": "all", "totally": "all", "entirely": "all",
            "partially": "part", "partly": "part"}
_DEGREE = re.compile(r"(?i)\b(" + "|".join(_DEGREES) + r")\b")
# the figure's own stretch: up to a punctuation mark, a conjunction or the next figure ("killed
# 5 people and seriously injured 20": the degree is the 20's)
_STRETCH_END = re.compile(r"(?i)[,;:.()\"“”]|\s(?:and|but|while|as|or|after|before|when)\s|\d")


def degree(text: str, end: int) -> str:
    """The degree the words after a figure ending at `end` give what it counts ("badly hit",
    "hardest - hit", "seriously injured"): "most", "high", "low", "all", "part", or "" when
    none is said."""
    stop = _STRETCH_END.search(text, end)
    m = _DEGREE.search(text, end, min(stop.start() if stop else len(text), end + 60))
    return _DEGREES[m.group(1).lower()] if m else ""


_POLL = re.compile(r"(?i)\b(?:poll|survey)\b")
_NAME = re.compile(r"\b[A-Z][A-Za-z&.-]+")
_NOT_NAMES = frozenset("The A An Another Its Their Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
                       "January February March April May June July August September October November "
                       "December".split())


def pollsters(text: str) -> frozenset[str]:
    """The names of whom a sentence says its poll is by or for ("a poll for the Kathimerini
    newspaper", "the Focus poll", "a survey by Harlow Research"): two shares from polls named
    apart are two polls' answers, not two accounts of one. Empty when no poll is named."""
    names = set()
    for m in _POLL.finditer(text):
        after = text[m.end():m.end() + 60]
        after = after[:next((i for i, c in enumerate(after) if c.isdigit()), len(after))]
        before = text[max(0, m.start() - 30):m.start()].split()[-2:]
        for w in [*_NAME.findall(after), *(w for w in before if _NAME.fullmatch(w))]:
            if w not in _NOT_NAMES and text.find(w) > 0:
                names.add(w.lower())
    return frozenset(names)


# a change said at the close of trading: "closed down 3.9 percent", "ended the day 2% higher",
# "finished 1.2 per cent lower", "at the close"
_AT_CLOSE = re.compile(r"(?i)\b(?:closed|closing|ended|ending|finished|finishing|settled)\b(?:\s+(?!and\b|but\b)\S+){0,3}\s*$")
_CLOSE_PHRASE = re.compile(r"(?i)\b(?:at|by)\s+the\s+(?:close|end of (?:the )?(?:day|trading|session))\b")


# what is traded: "closed" / "ended" / "settled" tell a close only of these ("the strike ended with a
# 5% pay rise", "the union settled for a 4% rise" are no market's close)
_TRADED = re.compile(r"(?i)\b(?:stocks?|shares?|equities|index|indices|indexes|markets?|bourse|exchange|trading|"
                     r"session|futures|bonds?|yields?|currenc(?:y|ies)|dollar|euro|yen|sterling|crude|brent|oil|"
                     r"gold|dow|ftse|nasdaq|nikkei|dax|cac|s&p)\b")


def at_close(text: str, start: int) -> bool:
    """Is the change whose figure starts at `start` of `text` told at the close of trading
    ("Greek stocks closed down 3.9 percent", "the index ended the day 2% higher", "at the
    close")? Only of a thing traded (`_TRADED`)."""
    return bool((_AT_CLOSE.search(text, max(0, start - 40), start) or _CLOSE_PHRASE.search(text))
                and _TRADED.search(text))
