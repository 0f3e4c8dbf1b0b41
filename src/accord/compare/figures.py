"""Figures: every quantity of a story's sentences, with what it counts and what of its sentence
bears on comparing it (compare.numbers compares them).

For each sentence, quantities are read as intervals (compare.quantities); what each counts comes
from the dependency parse (compare.counted, only for sentences that hold a figure). A figure
carries whether it is a part or an increment ("nine of them", "four more"), a rate ("per season"),
what a length, share or sum is of (compare.keys), a share's kind (a change or a part), a length of
time as compare.duration_keys reads it, a degree ("badly hit") and a share's pollsters
(compare.figure_scope).

Not read as figures: conversions in brackets ("10 feet (3 metres)", "euro110 billion ($141
billion)"), another's figure named to measure by ("less than the $184 million"), "one" as a
determiner, durations compare.duration_keys does not read as lengths, counts of time nouns
(spans and repetitions), figures in questions, and the figures of a statistics list (more than
NUMBER_MAX_PER_SENTENCE, unless each has a verb of its own, as in a news lead).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from accord import settings
from accord.compare.anchors import anchor_key, anchored
from accord.compare.context import StoryContext
from accord.compare.currency_names import is_money, names_currency
from accord.compare.counted import CURRENCY_NOUN, PEOPLE_LIKE, Counted, counted, same_predicate
from accord.compare.duration_keys import read_as_length
from accord.compare.events import Located
from accord.compare.figure_scope import degree, of_this_time, partitive, pollsters, turnout
from accord.compare.keys import dimension_of, length_key, sum_key
from accord.compare.multiples import multiple_key
from accord.compare.tallies import tally_key
from accord.compare.quantities import Quantity, find_quantities
from accord.compare.quantity_forms import CHANGE_NOUNS, CHANGE_VERBS
from accord.compare.weights import WEIGHTS, in_tonnes
from accord.compare.zero_counts import ZERO_CUE, zero_counts

# after a figure, that the figure is a part of a group the sentence names: "26 injured, nine of
# them seriously", "six of whom", "12 of the 30" (only the first figure is the part; the others
# are wholes). "most of them", "several of them" name a part with no figure, and the sentence's
# figure is then the whole ("51 passengers, most of them retired")
_PART_AFTER = re.compile(r"\s+of\s+(?:(?:them|whom)\b|(?:\S+\s+){0,3}?\d)", re.IGNORECASE)
# Time spans are durations, not counts of the story's things ("in his first three seasons").
# Repetitions ("arrested three times") are counted over periods the sentence rarely states.
_TIME_NOUNS = frozenset(
    "year month week day hour minute second season decade centuri night tim occasion".split()
)
# measures whose unit says what they are (a count's noun says it for counts)
MEASURES = {"km/h": "speed", "h": "duration", "m2": "area", "C": "temperature"}
# nouns that only restate a measure's unit ("six hours", "41 degrees")
_UNIT_NOUNS = frozenset({"hour", "minut", "day", "week", "degre", "hectar", "acre", "kilometr",
                         "mile", "square", "temperatur", None})
# ("for a week", "in a day" tell how long, not how often)
_RATE = re.compile(r"\b(?:per(?! ?cent\b)|each|every|annually|(?<!\bfor )(?<!\bin )(?:a year|a season|a day|a week|a month|an hour))\b",
                   re.IGNORECASE)
_INCREMENT = re.compile(r"\s+(?:more|other|additional|further|extra|remaining|new)\b", re.IGNORECASE)
# "five rounds sooner than in their first fight", "two hours later than planned": a difference
# between two figures, not a count of its own
_DIFFERENCE = re.compile(r"\s+(?:[a-z]+\s+)?(?:sooner|earlier|later|fewer|longer|shorter|faster|slower|"
                         r"more|less|higher|lower|bigger|larger|smaller)\s+than\b", re.IGNORECASE)
# "less than the $184 million reported by X", "compared with the 12 of last year", "surpassing the
# $90 million deal they gave him": a figure after a comparison and a determiner is someone else's figure, named to measure this one by, not a value
_REFERENCE_BEFORE = re.compile(r"\b(?:than|compared (?:with|to)|surpass(?:ing|es|ed)?|exceed(?:ing|s|ed)?|"
                               r"topp(?:ing|ed)|tops|eclips(?:ing|es|ed)|outstripp(?:ing|ed)|dwarf(?:ing|s|ed))"
                               r"\s+(?:the|that|those)\s*$", re.IGNORECASE)
_CONVERSION_BETWEEN = re.compile(r"\s*[(\[]\s*(?:about|around|approximately|roughly|some|or|c\.|ca\.)?\s*")
# a sum alone in brackets right after another figure, whether or not that one is read
# ("euro110 billion ($141 billion)", "a 110 billion euro ($158 billion) loan"): the same sum in
# another currency, at a rate the writer chose, not a value of its own. Not a measure: a length
# converts exactly, and "around 2000ft (609 metres)" is read by its metres only
_RESTATES_BEFORE = re.compile(r"\d(?:\s*(?:hundred|thousand|million|billion|trillion|bn|mn|m|k))?\s*(?:[A-Za-z]+\.?\s*)?"
                              r"[(\[]\s*(?:about|around|approximately|roughly|some|or|c\.|ca\.)?\s*$", re.IGNORECASE)
_INCLUDED_BEFORE = re.compile(r"(?i)\b(?:including|among them|of whom)\s+(?:[a-z]+\s+)?$")
_RESTATES_AFTER = re.compile(r"\s*(?:[A-Za-z]+\s*)?[)\]]")
_BEARING_AFTER = re.compile(r"\s+(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west)(?:ern|ward)?\s+of\b",
                            re.IGNORECASE)


# happenings whose counts are tallies of the confirmed: "at least 38 killed" reports 38 confirmed
TALLIES = ("kill", "injur", "miss", "arrest")
CONTENT_WORD = re.compile(r"[A-Za-z][a-z]{3,}")


@dataclass(frozen=True)
class Figure:
    """A quantity with what it counts, and what of its sentence bears on comparing it."""

    quantity: Quantity
    what: Counted
    partial: bool  # a share of a total, or an increment ("four more", "two other")
    rate: bool  # a rate or a per-item figure ("$22 million per season", "in each of")
    published: object = None  # the article's date (datetime.date), for tallies of one day
    key: str | None = None  # what a length measures (compare.keys.length_key), None if unsaid
    # the whole of a group its sentence splits ("40 pupils, six of them from the village school"):
    # the words that single out the part, which another report's count may carry instead
    split: frozenset[str] = frozenset()
    # a share's kind: "part" of a group the sentence names ("40% of the airline's customers"),
    # "change" of something ("shares fell 8%", "a 6.8 per cent rise"), or "" when unsaid
    share: str = ""
    length: object = None  # a length of time as compare.duration_keys reads it (spans.Length)
    # how badly what is counted was hit ("badly", "hardest", "slightly": compare.figure_scope),
    # "" when unsaid: a count at one degree is a subset of another's, not a rival value
    degree: str = ""
    # for a share, whom the sentence's poll is by or for ("a poll for the Kathimerini newspaper")
    poll: frozenset[str] = frozenset()

    @property
    def noun(self) -> str | None:
        return self.what.noun


def figures(ctx: StoryContext) -> list[Located]:
    """Every figure of the story, located, with what it counts (`Located.value` is a Figure)."""
    found: list[tuple] = []
    for s in ctx.all_sentences():
        qs = find_quantities(s.text)
        if qs or ZERO_CUE.search(s.text):
            found.append((s, qs))
    out = []
    for s, qs, doc, told_before in of_this_time(ctx, found):
        qs = [q for q in qs if not any(start <= q.start < end for start, end in told_before)]
        if "?" not in s.text:  # "none of the tankers leaked": a count of zero, of its noun and verb
            out.extend(Located(s, q.start, q.end, Figure(q, what, False, False, ctx.article(s.article).published), q.text)
                       for q, what in zero_counts(doc)
                       if not any(start <= q.start < end for start, end in told_before))
        if not qs:
            continue
        dense = len(qs) > settings.NUMBER_MAX_PER_SENTENCE
        # a box score or a list of statistics is too dense to tell what is what; but a news lead
        # packs its figures into one sentence too ("17 were killed and 22 injured when a bus
        # carrying 43 passengers plunged 150 metres"): there each figure has a verb of its own
        whats = [counted(doc, q.start, q.end) for q in qs] if dense else None
        own_verb = _own_verbs(whats) if dense else None
        partial = partitive(s.text)
        rates = _rates(s.text, qs)
        parts = [_PART_AFTER.match(s.text, q.end) for q in qs]
        # the part's own words follow "of them" / "of whom"; after "12 of the 30" come the whole's
        # noun and verb, which are no qualifier
        split = frozenset().union(*(_words(s.text[m.end():]) for m in parts if m and m.group(0).rstrip()[-1:].isalpha()))
        seen: list[Counted] = []
        for k, q in enumerate(qs):
            if own_verb is not None and not own_verb[k] and not (q.unit == "m" and dimension_of(doc, q.start, q.end)):
                continue  # a list's figure; not a thing's size ("a slab 200 metres wide", compare.keys)
            if k and q.unit and qs[k - 1].unit and _CONVERSION_BETWEEN.fullmatch(s.text, qs[k - 1].end, q.start):
                continue  # "$US1 million ($1.52 million)", "10 feet (3 metres)": one figure in another unit
            if _restated(s.text, q):
                continue  # "euro110 billion ($141 billion)": the bracketed conversion of a figure
            if _REFERENCE_BEFORE.search(s.text, max(0, q.start - 40), q.start):
                continue  # "less than the $184 million reported by X": another's figure, named to measure by
            what = whats[k] if whats else counted(doc, q.start, q.end)
            if what.noun == "other" and not q.unit:
                # "killing two workers and injuring 17 others": more of the noun counted before
                before = next((w.noun for w in reversed(seen) if w.noun and w.noun != "other"), None)
                what = replace(what, noun=before or "person")
            if k and parts[k - 1] is not None and parts[k - 1].end() > q.start:
                # "only two of the company's 38 routes ran": the whole the part is taken from, met
                # only by its own happening (as "Of the 23 pirates arrested, 12 ...")
                what = replace(what, grouped=True)
            seen.append(what)
            key = None
            if not q.unit and what.noun in WEIGHTS:
                q, what, key = in_tonnes(q, what, s.text)  # "180 tons" / "163 metric tonnes": one load
            if q.text.lower() == "one" and not q.unit and not (
                    what.noun in PEOPLE_LIKE and any(same_predicate(what.predicate, t) for t in TALLIES)):
                # "one of the biggest stars", "one punch": a determiner far more than a count; but
                # "one man was arrested" counts the arrested
                continue
            if q.unit == "%":
                what = replace(what, noun=what.noun or "%", phrase=what.phrase or "share")
                key = sum_key(s.text, q.start, q.end, doc)  # "a 6.8 per cent rise" / "the 7.2% rise"
                if turnout(what, s.text):
                    what, key = replace(what, noun="turnout"), "turnout"
                if (above := _SHARE_ABOVE.match(s.text, q.end)) is not None:
                    # "paid 9% more than they would have" / "left prices 14 per cent dearer than":
                    # how much one thing is above or below another, keyed by the direction
                    key = "less" if above.group(1).lower() in _BELOW else "more"
                    what = replace(what, noun="%", phrase="share")
                if key and what.modal and _glued_key(s.text, q.end, key):
                    # "drivers will receive a 6.8 per cent rise": the verb is to come, the rise's
                    # size is said as a fact of the deal, as "the 7.2% rise" says it
                    what = replace(what, modal=False)
            elif q.unit == "pp":  # a shift of a rate in points: "a quarter of a percentage point", "a 25-basis-point rise"
                what = replace(what, noun="pp" if what.noun in (None, "point") else what.noun, phrase="percentage points")
                key = sum_key(s.text, q.start, q.end, doc)
            elif q.unit == "m":  # what a distance belongs to is not its noun
                # "30 km from Port Mellick", "4 km north of Vessick" (whose bearing is
                # compare.places'): a distance keyed by its anchor (compare.anchors)
                key = length_key(s.text, q.start, q.end, "-" in q.text, what.verb, doc) or anchor_key(s.text, q.end)
                if _BEARING_AFTER.match(s.text, q.end) and not anchored(key):
                    continue
                what = replace(what, noun=None, phrase="distance")
            elif q.unit == "x":  # a multiple ("1.6 times the radius of Earth"), keyed by what it multiplies
                what, key = replace(what, noun=None, phrase="multiple"), multiple_key(s.text, q.end)
            elif q.unit == "tally":  # a vote's or a game's split ("voted 5-2", "by 52 votes to 48")
                key = tally_key(s.text)
                what = replace(what, noun=None, phrase=key)
            elif q.unit in MEASURES:  # the unit says what is measured; its noun is the unit's
                what = replace(what, noun=None if what.noun in _UNIT_NOUNS or not what.beside else what.noun,
                               phrase=MEASURES[q.unit])
            elif q.unit:  # a sum
                key = sum_key(s.text, q.start, q.end, doc)
                if not what.beside or CURRENCY_NOUN.match(what.phrase) or names_currency(
                        what.phrase.rsplit(" ", 1)[-1]):
                    # "put the cost at EUR 40m": the subject is not the thing; "58,000 francs":
                    # the noun is the currency
                    what = replace(what, noun=None, phrase="")
            if not q.unit and (sign := _difference(s.text, q)) is not None:
                # "won 24 seats, down six" / "24 seats, eight fewer than they held": a change of
                # the count before it (or of its own noun), not a count of the thing
                noun = next((w.noun for w in reversed(seen[:-1]) if w.noun), None) or what.noun
                if noun is None:
                    continue
                low, high = sorted((sign * q.low, sign * q.high))
                q = Quantity(q.start, q.end, low, high, "change", q.hedge, q.text)
                what, key = replace(what, noun=None, phrase="change"), noun
            length = read_as_length(doc, s.text, q.start, q.end) if q.unit == "h" else None
            if q.unit == "h" and length is None:
                continue  # what compare.durations does not read as a length ("take effect in 30 days", "39 days left")
            if what.noun in _TIME_NOUNS or "?" in s.text:
                continue  # durations are not counts; a question asserts no figure
            increment = q.unit != "change" and not (q.unit == "%" and key in ("more", "less")) and bool(
                _INCREMENT.match(s.text[q.end:]) or _DIFFERENCE.match(s.text, q.end))
            # "68 per cent ..., including nearly half of those who ...": a share of a share
            included = bool(k and q.unit == "%" and _INCLUDED_BEFORE.search(s.text, max(0, q.start - 25), q.start))
            part = partial or parts[k] is not None
            fig = Figure(q, what, (part and q.unit != "%") or increment or included, rates[k],
                         ctx.article(s.article).published, key, split if not part else frozenset(),
                         _share_kind(s.text, q, key) if q.unit == "%" else "", length,
                         degree(s.text, q.end) if not q.unit else "",
                         pollsters(s.text) if q.unit == "%" else frozenset())
            out.append(Located(s, q.start, q.end, fig, q.text))
    return out


_CHANGES = CHANGE_NOUNS
# a change's word right before a share ("shares fell 8%", "a rise of 3%"); the words are
# compare.quantity_forms' (a change of a rate from one value to another is no range there)
_CHANGE_BEFORE = re.compile(r"(?i)\b(?:" + CHANGE_VERBS + "|" + CHANGE_NOUNS + r")\s+(?:by\s+|of\s+)?$")
_CHANGE_WINDOW = 30  # the longest of those words, "by" and their spaces
_CHANGE_AFTER = re.compile(r"(?i)\s+(?:pay\s+|price\s+)?(?:" + _CHANGES + r"|up|down|higher|lower|more|less)\b")
_SHARE_OF = re.compile(r"(?i)\s+of\s+(?!the\s+(?:vote|total)\b)")


# a share told as a difference between two things ("9% more than", "14 per cent dearer than")
_SHARE_ABOVE = re.compile(r"(?i)\s+(?:[a-z]+\s+)?(more|less|higher|lower|dearer|cheaper|pricier|costlier|bigger|"
                          r"smaller|larger|greater)\b(?:\s+(?!than\b)[\w'’-]+){0,4}?\s+than\b")
_BELOW = frozenset({"less", "lower", "cheaper", "smaller"})


def _share_kind(text: str, q: Quantity, key: str | None = None) -> str:
    """What a percentage is: a "change" of something ("shares fell 8%", "a 6.8 per cent rise",
    "up 3%"), a "part" of a group it names ("hit 40% of the airline's customers"), or "" when the
    sentence does not say ("turnout was 61 per cent"). A change and a part are two claims; a
    difference ("9% more than", key "more" or "less") is a change."""
    if key in ("more", "less"):
        return "change"
    if _CHANGE_BEFORE.search(text, max(0, q.start - _CHANGE_WINDOW), q.start) or _CHANGE_AFTER.match(text, q.end):
        return "change"
    return "part" if _SHARE_OF.match(text, q.end) else ""


# a count's difference: "eight fewer than", "three more seats than"; "down six", "up two" ending
# their clause
# not "than" a length of time or way ("arrested 40 people less than an hour after", "shot five
# people more than a mile from"), unless it dates the other count ("eight fewer than a year ago")
_FEWER_AFTER = re.compile(
    r"(?i)\s+(?:[a-z]+\s+)?(?P<w>fewer|more|less)\s+than\b(?!\s+(?:a|an|one|half|\d[\d,.]*|[a-z]+)\s+(?:hours?|"
    r"minutes?|days?|weeks?|months?|years?|miles?|kilomet\w*|km|met(?:re|er)s?|yards?|feet|foot)\b"
    r"(?!\s+(?:ago|earlier|before|previously)\b))")
# "down" / "up" after a comma or a form of "be" ("24 seats, down six", "is up two"), not a verb's
# particle ("rounded up 12 on Tuesday")
_DOWN_BEFORE = re.compile(r"(?i)(?:,|\b(?:is|are|was|were|be|been|now))\s+(?P<w>down|up)\s+$")
_CLAUSE_END = re.compile(r"\s*(?:[,.;:)]|$|\s+(?:from|on|compared|since|in)\b)")


def _difference(text: str, q: Quantity) -> int | None:
    """-1 or +1 when the count `q` is a difference ("eight fewer than", "down six"), else None."""
    if q.hedge not in ("exact", "approx"):
        return None
    if (m := _FEWER_AFTER.match(text, q.end)) is not None:
        return 1 if m.group("w").lower() == "more" else -1
    if (m := _DOWN_BEFORE.search(text, max(0, q.start - 12), q.start)) and _CLAUSE_END.match(text, q.end):
        return -1 if m.group("w").lower() == "down" else 1
    return None


def _restated(text: str, q: Quantity) -> bool:
    """Is the sum `q` alone in brackets right after another figure ("euro110 billion ($141 billion)")?"""
    return (is_money(q.unit) and _RESTATES_AFTER.match(text, q.end) is not None
            and _RESTATES_BEFORE.search(text, max(0, q.start - 40), q.start) is not None)


def _glued_key(text: str, end: int, key: str) -> bool:
    """Is `key` the noun written right after the figure ending at `end` ("a 6.8 per cent rise")?"""
    m = re.match(r"\s+([A-Za-z]+)", text[end:])
    return bool(m) and m.group(1).lower().startswith(key)


def _rates(text: str, qs: list[Quantity]) -> list[bool]:
    """For each figure of a sentence, is it a rate ("$22 million per season", "earning £34.5k a
    year")? A sentence's rate word belongs to the figures of its own stretch, from the figure
    before to the figure after: "a 6.8 per cent rise over two years, with new starters earning
    £34.5k a year" gives one rate, the salary, and a share that is none."""
    out = []
    for k, q in enumerate(qs):
        start = qs[k - 1].end if k else 0
        end = qs[k + 1].start if k + 1 < len(qs) else len(text)
        # a rate word right before the next figure is that one's ("about 1.6 times the radius of
        # Earth and circles its star every 11.3 days": the period is the rate, not the multiple)
        # ("45 per 100,000" is a rate of 45)
        out.append(any(not (k + 1 < len(qs) and r.group(0).lower() == "every"
                            and not text[r.end():end].strip()) for r in _RATE.finditer(text, start, end)))
    return out


def _own_verbs(whats: list[Counted]) -> list[bool]:
    """For each figure of a sentence holding many: is it told as a lead tells it, each figure
    carried by a content verb that carries no other (all True), or is the sentence a list (all
    False)? A list ("seized 14 rifles, 31 magazines and 923 rounds",
    "hit .358 with 13 homers and 43 RBIs in 54 games") hangs its figures from one verb, or from
    none; a lead tells each figure with its own happening."""
    verbs = [w.verb.lower() if w.verb and w.predicate not in _LIST_VERBS else None for w in whats]
    own = [v is not None and verbs.count(v) == 1 for v in verbs]
    return own if all(own) else [False] * len(own)


# verbs that carry a list's figures as well as a lead's: being, having, including
_LIST_VERBS = frozenset("be is are was were been has have had hav includ including total number".split())


def _words(text: str, limit: int = 6) -> frozenset[str]:
    """The content words (4 letters or more) of `text` up to its first punctuation, lower-cased,
    at most `limit`: what singles out a part ("from the village school", "seriously")."""
    head = re.split(r"[,;:.()]", text, maxsplit=1)[0]
    return frozenset(w.lower() for w in CONTENT_WORD.findall(head)[:limit])
