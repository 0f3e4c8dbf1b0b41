"""Clock-time discrepancies: one happening put at different times of one day.

"The fire broke out shortly after 2 a.m." and "the blaze started at around 5 in the morning"
cannot both be true; "shortly after 2 a.m." and "at about 02:10" can. Each time of day is read
as an interval of minutes after midnight, with what its words commit to:

    at 2:10 / 02:10      [2:05, 2:15]   (a time to the minute, as newsrooms round it; "0340 GMT"
                                        and "15.42 local time" only with their zone)
    2 a.m. / 2am         [1:45, 2:15]   (a round hour; "at 4 this afternoon" is 4 p.m.)
    shortly after 2 a.m. [2:00, 2:40]   shortly before [1:20, 2:00]
    about / around 5am   [4:30, 5:30]   just after / just before: 20 minutes
    five in the morning  as "5 a.m."    midnight, noon / midday
    half past eleven     11:30 or 23:30 (told in words, no half of the day: compare.clock_words)
    in the morning       [5:00, 12:00]  afternoon [12:00, 18:00], evening [17:00, 23:59] (with
                                        "this", "yesterday", "tomorrow": compare.clock_words),
    in the early hours   [0:00, 6:00]   before dawn [0:00, 7:00]
    Tuesday morning      [0:00, 12:00]  (a weekday's morning holds its small hours)

Two times conflict when their intervals are disjoint, their articles are dated within
CLAIM_KEY_DAYS of each other (or both undated), their sentences do not put them on days further
apart than two in a row (then they are read on one clock: "11.30 p.m. on Monday" and "about 2
a.m. on Tuesday" are two and a half hours apart), and the clauses tell one happening: the same verb or verbs of one kind with subjects that
do not differ (compare.events.happening), and clauses close in meaning. "Under control by
6 a.m." and "broke out at 2 a.m." are two happenings of one fire, never compared.

Or, in reports both dated within CLAIM_KEY_DAYS, the clauses need not be close when each time is
its report's first time of a happening (the earliest sentence holding one, alone in it): news
gives the time of its main event in the lead, so "part of the dam gave way shortly after 4 a.m."
and "the wall burst at around 11 p.m." are one event's, however unlike their clauses, when their
verbs are of one kind, or no list knows them and their doers are not two different common nouns
("the fire broke out" / "firefighters brought the blaze under control" are two happenings). A
state in progress ("the search was continuing this afternoon") and a time in a relative clause
("the ambulance service, which logged its first call at 1.08 a.m.") are no lead's time; an
unnamed "the accident happened" meets any lead but a tally's change ("the toll rose to four").

Time zones: a zone written after a time ("3:30 p.m. ET", "15:00 GMT", "0340 gmt", "local time")
is kept; "10.30 WEST Africa" names a region, no zone. A time alone in brackets with its zone
("early on Sunday (0340 GMT)") is read; after another time, it is that time told again. Two
times in different zones are not compared (no conversion); two times to the minute that differ by
whole hours with the same minutes, one of them or both without a zone ("at 3:30 p.m." / "at 4:30
p.m." of one kickoff), are read as one time in two zones, as outlets in different regions write.

What it does not do: "night" and "overnight" (they straddle two days), durations between two
times, converting between zones.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from accord import settings
from accord.compare.clock_words import HOUR_WORDS as _WORDS, PART as _PART, PARTS as _PARTS, spoken_times
from accord.compare.context import StoryContext
from accord.compare.day_owners import spoken, zoned
from accord.compare.events import (
    Located,
    SameEvent,
    begins_and_ends,
    claims_for,
    clause_of,
    components,
    gist,
    governor,
    happening,
    partition,
    phase_of_infinitive,
    same_happening,
)
from accord.compare.nlp import parse
from accord.compare.quantities import ZONE_WORDS
from accord.compare.undated import nearness
from accord.types import Discrepancy

_HOUR = r"(?:1[0-2]|0?[1-9]|" + "|".join(_WORDS) + r")"
# zones a time without a colon must carry to be read as one ("15.42 local time", "0340 GMT")
_ZONE_AHEAD = r"\s*(?:\(\s*)?" + ZONE_WORDS
_HEDGE = r"(?:(?P<hedge>shortly after|shortly before|just after|just before|soon after|soon before|" \
         r"around|about|approximately|roughly|at around|at about|after|before|by|until|till|since|" \
         r"as of)\s+)?(?:at\s+)?"
_CLOCK = re.compile(
    r"\b" + _HEDGE + r"(?:"
    # 2 a.m., 7.30pm, 10:15 p.m., five in the morning
    rf"(?P<h12>{_HOUR})(?:\s?[:.]\s?(?P<m12>[0-5]\d))?\s*(?P<ampm>a\.\s?m\.|p\.\s?m\.|am\b|pm\b|"
    r"o'clock in the (?:morning|afternoon|evening)|in the (?:morning|afternoon|evening)|"
    # "at 4 this afternoon": the day's half set by the day named (only after "at" or a hedge)
    r"(?P<day>this|yesterday|tomorrow) (?:morning|afternoon|evening))"
    # 02:10, 17:00 (24-hour, with minutes), optionally "hrs" / "GMT"; "15.42 local time" and
    # "0340 GMT" only with their zone (else a decimal, a year or a count)
    r"|(?P<h24>[01]?\d|2[0-3])(?:[:h]|\.(?=[0-5]\d" + _ZONE_AHEAD + r"))(?P<m24>[0-5]\d)\b(?!\s*(?:-|–|to)\s*\d)(?!,\d)"
    r"|(?<![\d.,])(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)(?=" + _ZONE_AHEAD + r"|\s*hrs\b(?!\s+of\b))"
    r"|(?P<named>midnight|noon|midday)\b"
    r")",
    re.IGNORECASE,
)
_SPENT = re.compile(r"\bspen(?:d|t|ds|ding)\s+$", re.IGNORECASE)
# words before a time that make it a bound or the time of a count, not the time of the happening
_NOT_A_TIME_OF = frozenset({"by", "until", "till", "since", "as of"})
_MINUTES_OF = re.compile(r"\d\s*[:.]\s*$")
_SPANS = {"shortly after": (0, 40), "soon after": (0, 40), "just after": (0, 20),
          "shortly before": (-40, 0), "soon before": (-40, 0), "just before": (-20, 0),
          "after": (0, 90), "before": (-90, 0), "around": (-30, 30), "at around": (-30, 30),
          "about": (-30, 30), "at about": (-30, 30), "approximately": (-30, 30), "roughly": (-30, 30)}


# the zone after a time, as compare.quantities.ZONE_WORDS has them, with "ET", "PT" (after a time
# with a colon or a half of the day) and the zones' names
_ZONE = re.compile(
    r"\s*\(?\s*(?P<zone>" + ZONE_WORDS + r"|(?-i:[ECMP]T)\b|"
    r"(?i:(?:eastern|central|mountain|pacific)(?: (?:standard|daylight))?(?: time)?))")
# before a four-digit number of hours, a length: "flown for about 1200 hrs", "more than 1500 hrs"
_LENGTH_BEFORE = re.compile(r"(?i)\b(?:for|than|of|over|nearly|almost|some)\s+$")
# what stands between a time and the same time told again in brackets ("9.40 a.m. local time (")
_RESTATED_BETWEEN = re.compile(r"\s*(?:(?i:local time)|[A-Za-z]{2,4})?\s*\(")


@dataclass(frozen=True)
class ClockTime:
    low: int  # minutes after midnight
    high: int
    text: str
    part: bool  # a part of the day ("in the morning"), not a time
    minute: int | None = None  # the time as written, to the minute ("3:30 p.m." -> 930); None if rounder
    zone: str | None = None  # the zone written after it ("ET", "gmt", "local time"), lower-cased
    twelve: bool = False  # told in words without a half of the day: this time or twelve hours later

    @property
    def label(self) -> str:
        return self.text


def find_times(sentence: str) -> list[tuple[int, int, ClockTime]]:
    """Every time of day in `sentence`: (start, end, ClockTime), left to right."""
    return list(_read_times(sentence))


@lru_cache(maxsize=4096)  # compare reads a story's sentences, then claims reads its facts' again
def _read_times(sentence: str) -> tuple[tuple[int, int, ClockTime], ...]:
    out = []
    for w in spoken_times(sentence):  # "half past eleven", "a quarter to ten in the morning"
        lo, hi = _SPANS.get(w.hedge, (-5, 5))
        out.append((w.start, w.end, ClockTime(w.minute + lo, w.minute + hi, sentence[w.start:w.end].strip(),
                                              False, None, None, w.twelve)))
    for m in _CLOCK.finditer(sentence):
        if any(s < m.end() and m.start() < e for s, e, _ in out):
            continue  # the hour of a time told in words, already read
        if _MINUTES_OF.search(sentence, 0, m.start()) and not m.group("hedge"):
            continue  # "3 : 10 p. m." (tokenised): the minutes of a time read from its hour
        if m.group("h12"):
            h = _WORDS.get(m.group("h12").lower()) or int(m.group("h12"))
            minute = int(m.group("m12") or 0)
            if m.group("day") and not (m.group("hedge") or m.group(0).lower().startswith("at")):
                continue  # "killed 4 this morning": a count
            ampm = m.group("ampm").lower().replace(" ", "").replace(".", "")
            pm = ampm.startswith("p") or "afternoon" in ampm or "evening" in ampm
            h = (h % 12) + (12 if pm else 0)
            exact = m.group("m12") is not None
        elif m.group("h24") or m.group("h4"):
            bracketed = sentence[max(0, m.start() - 1):m.start()] == "("
            zone = _ZONE.match(sentence, m.end())
            alone = bracketed and zone is not None and sentence[zone.end():zone.end() + 1] == ")"
            if m.group("h4") and not (m.group("hedge") or m.group(0).lower().startswith("at") or alone):
                continue  # "the 2015 GMT update": a year as often as a time; not "on Sunday (0340 GMT)"
            if m.group("h4") and not zone and _LENGTH_BEFORE.search(sentence, max(0, m.start() - 8), m.start()):
                continue  # "flown for about 1200 hrs": a length; not "set for about 2200 GMT", a time
            if bracketed and sentence[m.end():m.end() + 1] == ")":
                continue  # "Listen: our reporter at the scene (3:42)": a clip's length, no time
            if bracketed and any(_RESTATED_BETWEEN.fullmatch(sentence, e, m.start()) for _, e, _ in out):
                continue  # "at 9.40 a.m. (0140 GMT)": the time before, told again in another zone
            h, minute, exact = int(m.group("h24") or m.group("h4")), int(m.group("m24") or m.group("m4")), True
        else:
            h, minute, exact = (0, 0, False) if m.group("named").lower() == "midnight" else (12, 0, False)
        t = h * 60 + minute
        hedge = (m.group("hedge") or "").lower()
        if hedge in _NOT_A_TIME_OF:
            continue  # "knocked down by 6:40", "as of 4 p.m.": a bound or a tally's time, not when it happened
        lo, hi = _SPANS.get(hedge, (-5, 5) if exact else (-15, 15))
        zone = _ZONE.match(sentence, m.end())
        out.append((m.start(), m.end(), ClockTime(t + lo, t + hi, m.group(0).strip(), False, t if exact else None,
                                                  zone.group("zone").lower() if zone else None)))
    for m in _PART.finditer(sentence):
        if any(s < m.end() and m.start() < e for s, e, _ in out):
            continue  # "five in the morning" is already a time
        if _SPENT.search(sentence, 0, m.start()):
            continue  # "spent this morning shovelling silt": a stretch of time spent, no moment
        key = "early hours" if m.group("early") else "before dawn" if m.group("dawn") else (
            "weekday morning" if (m.group("part") or "").lower() == "morning" else
            (m.group("part") or m.group("part2")).lower())
        lo, hi = _PARTS[key]
        out.append((m.start(), m.end(), ClockTime(lo, hi, m.group(0).strip(), True)))
    return tuple(sorted(out, key=lambda x: x[0]))


def _unlisted(a: tuple, b: tuple) -> bool:
    """Both clauses name a happening, and no pair of their verbs is known to be two kinds
    ("broke out" / "brought under control" are; "left the road" / "plunged" are not known)."""
    from accord.compare.counted import known_apart, stem

    verbs_a = [v for v, _, _ in a if v != "*"]
    verbs_b = [v for v, _, _ in b if v != "*"]
    return bool(verbs_a and verbs_b) and not any(
        known_apart(stem(x.split()[0]), stem(y.split()[0])) for x in verbs_a for y in verbs_b)


def _one_kind(a: tuple, b: tuple, key: int) -> bool:
    """May two first times be one happening's? Verbs of one kind (`key`; against an unnamed "it
    happened", any verb but a tally's), or verbs no list knows
    ("the system failed" / "screens went dark") whose doers are not two different common nouns:
    "the gunman opened fire" / "police arrested the suspect", "the fire broke out" / "firefighters
    brought the blaze under control" are two happenings."""
    from accord.compare.counted import listed, stem

    def unnamed(h):
        return all(v == "*" for v, _, _ in h)

    if key and (unnamed(a) or unnamed(b)):
        # "the accident happened at 1 a.m." names no kind: any happening but a tally's change
        # ("the death toll rose to four on Wednesday afternoon"), which is no moment of the event
        return not all(v == "*" or s in _TALLIES for v, s, _ in (b if unnamed(a) else a))
    if key:
        return True
    if any(v != "*" and listed(stem(v.split()[0])) for v, _, _ in a + b):
        return False
    pairs = [(sa, sb) for _, sa, _ in a for _, sb, _ in b]
    return not (pairs and all(sa and sb and not sa.startswith("name:") and not sb.startswith("name:")
                              and sa != sb for sa, sb in pairs))


def _leads(items: list[Located], happenings: list[tuple], verbs: list | None = None) -> set[int]:
    """Indices of each article's first time of day that belongs to a happening (its first
    sentence holding one; not a statement's or a plan's time, not a sentence with two), when it
    stands in the report's lead (its first settings.CLOCK_LEAD_SENTENCES sentences): deeper in a
    report, the first time given is as often another moment's ("Orozco was arrested around
    midnight" in a story whose shooting the lead put at 3 p.m.).

    With the governing `verbs` (spaCy tokens), a time of a state in progress ("the search was
    continuing this afternoon") or of a relative clause ("the ambulance service, which logged its
    first call at 1.08 a.m.") is no happening's time: the lead's event is a moment the main
    clause asserts. Such a time neither leads nor makes its sentence one with two times."""
    told = [bool(happenings[i]) and not (verbs and _aside(verbs[i])) for i in range(len(items))]
    # a lead that gives only a part of the day ("on Tuesday afternoon") and the time to the hour
    # in a later sentence of the lead ("The blast happened at 2:47 p.m."): the time is the lead's
    timed = {it.article for i, it in enumerate(items)
             if told[i] and not it.value.part and it.sentence.index < settings.CLOCK_LEAD_SENTENCES}

    def rank(i: int) -> tuple[bool, int]:
        return items[i].value.part and items[i].article in timed, items[i].sentence.index

    first: dict[str, int] = {}
    for i, it in enumerate(items):
        if not told[i]:
            continue
        k = first.get(it.article)
        if k is None or rank(i) < rank(k):
            first[it.article] = i
    per_sentence = Counter((it.article, it.sentence.index) for i, it in enumerate(items)
                           if told[i] or not verbs)
    return {i for i in first.values() if per_sentence[(items[i].article, items[i].sentence.index)] == 1
            and items[i].sentence.index < settings.CLOCK_LEAD_SENTENCES}


def _aside(verb) -> bool:
    """A verb in the progressive ("was continuing", "are searching": a state going on at that
    time, not a moment that happened) or inside a relative clause (a detail of a participant)."""
    if verb is None:
        return False
    if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in _BE for c in verb.children):
        return True
    node = verb
    while node.head.i != node.i:
        if node.dep_ == "relcl":  # not "acl": the parser reads "a deluge ripped through" as one
            return True
        node = node.head
    return False


# subjects of a tally's change: "the death toll rose", "the number of injured climbed"
_TALLIES = frozenset("toll number total tally count figure".split())
_BE = frozenset("is are was were be been am 's 're".split())


def _disjoint(a: ClockTime, b: ClockTime) -> bool:
    """No reading of the two can be one time (a time told in words without its half of the day
    is read both ways, compare.clock_words)."""
    if a.twelve or b.twelve:
        return all(a.high < b.low + k or b.high + k < a.low for k in (-720, 0, 720))
    return a.high < b.low or b.high < a.low


def _zones_apart(a: ClockTime, b: ClockTime) -> bool:
    """Maybe one time told in two zones: zones written and different, or times to the minute
    whose minutes agree (not on the hour) and whose hours differ, a zone missing on one side."""
    if a.zone and b.zone:
        return a.zone != b.zone
    return (a.minute is not None and b.minute is not None and a.minute % 60 == b.minute % 60 != 0)


def clock_discrepancies(ctx: StoryContext, dates=()) -> tuple[Discrepancy, ...]:
    """Times of day of one happening that cannot both be true; `dates` are the story's located
    date mentions (compare.dates.date_mentions), to keep times of different days apart."""
    items: list[Located] = []
    for s in ctx.all_sentences():
        for start, end, t in find_times(s.text):
            items.append(Located(s, start, end, t, t.text))
    if len({it.article for it in items}) < 2:
        return ()
    day_of: dict[tuple[str, int], set] = defaultdict(set)
    for d in dates:
        # a day inside a quotation ("not going to lecture too much this morning") is the
        # speaker's, which another outlet may print a day later: it sets no time on a day
        if d.value.precision == "day" and d.value.date is not None and not spoken(d) and not zoned(d):
            day_of[(d.article, d.sentence.index)].add(d.value.date)
    docs = parse([it.sentence.text for it in items])
    clause_texts = [clause_of(doc, it.start, it.end) for doc, it in zip(docs, items)]
    clauses = SameEvent(ctx, items, clause_texts)
    governors = [governor(doc, it.start, it.end) for doc, it in zip(docs, items)]
    happenings = [happening(v) for v in governors]
    # with the beginning or the ending an infinitive hangs from ("crews started to clear the road")
    phased = [h + ((v.head.lower_, None, None),) if phase_of_infinitive(v) else h
              for v, h in zip(governors, happenings)]

    def day_shift(a: Located, b: Located) -> int | None:
        """Minutes to add to b's time to set it on a's clock: 0 on one day (or days not said),
        +-1440 when the sentences name two days in a row ("11.30 p.m. on Monday" / "2 a.m. on
        Tuesday" may be one crash), None for days further apart."""
        da, db = day_of.get((a.article, a.sentence.index)), day_of.get((b.article, b.sentence.index))
        if not da or not db or da & db:
            return 0
        if len(da) == 1 and len(db) == 1:
            days = (next(iter(db)) - next(iter(da))).days
            if abs(days) == 1:
                return 1440 * days
        return None

    def days_apart(a: Located, b: Located) -> bool:
        return day_shift(a, b) is None

    def disjoint(a: Located, b: Located) -> bool:
        shift = day_shift(a, b) or 0
        vb = b.value if not shift else ClockTime(b.value.low + shift, b.value.high + shift, b.value.text,
                                                   b.value.part, None, b.value.zone, b.value.twelve)
        return _disjoint(a.value, vb)

    def dated_apart(a: Located, b: Located) -> bool:
        pa, pb = ctx.article(a.article).published, ctx.article(b.article).published
        if pa is None and pb is None:
            return False
        if pa is None or pb is None:
            # an undated page against a dated one: apart unless the story dates it (undated.py)
            return not near_days(a.article, b.article)
        return abs((pa - pb).days) > settings.CLAIM_KEY_DAYS

    def same_event(i: int, j: int) -> bool:
        a, b = items[i], items[j]
        if a.article == b.article or days_apart(a, b) or dated_apart(a, b):
            return False
        key = same_happening(happenings[i], happenings[j])
        if not key and begins_and_ends(phased[i], phased[j]):
            return False  # also "crews started to clear the road" / "the clearing ended"
        if key:
            bar = settings.CLOCK_SAME_SIMILARITY + (0.0 if key == 2 else settings.DATE_VERB_KIND_MARGIN)
        elif _unlisted(happenings[i], happenings[j]):
            # verbs no list relates ("the bus left the road" / "the coach plunged into a
            # ravine"): the clauses alone must say one happening, with a higher bar
            bar = settings.CLOCK_SAME_SIMILARITY + settings.CLOCK_UNLISTED_MARGIN
        else:
            return False
        if i in leads and j in leads and both_dated(a, b) and _one_kind(happenings[i], happenings[j], key):
            # each report's first time of a happening: a news report gives the time of its main
            # event first (the lead), so two first times of happenings not known apart, told in
            # reports of the same days, are one event's, however its clauses are worded ("part of
            # the dam gave way shortly after 4 a.m." / "the wall burst at around 11 p.m.")
            return True
        return clauses.similarity(a, b) >= bar

    def both_dated(a: Located, b: Located) -> bool:
        if ctx.article(a.article).published is not None and ctx.article(b.article).published is not None:
            return True
        return near_days(a.article, b.article)  # one page undated, at its story's days

    leads = _leads(items, happenings, governors)
    near_days = nearness(ctx)

    by_article: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        by_article[it.article].append(i)
    conflicts = []
    for i, a in enumerate(items):
        for j in range(i + 1, len(items)):
            b = items[j]
            if a.article == b.article or not disjoint(a, b) or _zones_apart(a.value, b.value):
                continue
            if not same_event(i, j):
                continue
            # the other article also gives a time that fits: it tells both (a start and an end);
            # against two times to the hour, a part of the day ("yesterday evening's blackout")
            # fits too much to tell anything
            vague = a.value.part or b.value.part
            if any((vague or not items[k].value.part) and not disjoint(a, items[k]) and same_event(i, k)
                   for k in by_article[b.article]) or any(
                    (vague or not items[k].value.part) and not disjoint(b, items[k]) and same_event(j, k)
                    for k in by_article[a.article]):
                continue
            conflicts.append((i, j))
    out = []
    for members in components(conflicts):
        members.sort(key=lambda k: (items[k].value.low, k))
        groups = partition(members, lambda g, k: all(not disjoint(items[k], items[m]) for m in g))
        if len(groups) < 2:
            continue
        sentence = min((items[k] for k in members), key=lambda it: len(it.sentence.text))
        claims = claims_for(ctx, [(items[g[0]].label, [items[k] for k in g]) for g in groups])
        out.append(Discrepancy(kind="date", about="time of: " + gist(sentence), claims=claims))
    return tuple(out)
