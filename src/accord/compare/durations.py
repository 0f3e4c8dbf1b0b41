"""Durations: how long something lasts, disputed across articles ("was jailed for six years" /
"received an eight-year sentence"; "banned for four years" / "a two-year suspension"; "the first
rise in two years" / "the first increase in 18 months"; "has 30 days to appeal" / "a two-week
window to appeal").

Lengths of time are read in every unit (compare.spans); each is keyed by what it is the length of,
read from the words around it and the dependency parse:

    a compound modifier          "a two-year suspension", "an 11-day strike"   -> ban, strike
    the noun it is "of"          "a sentence of six years"                     -> sentence
    the verb it is governed by   "banned for four years", "closed for six hours" -> ban, close
    a verb of lasting's subject  "the strike lasted 11 days", "a walkout that brought the city
                                 to a standstill for three weeks"              -> strike
    a time to do something       "has 30 days to appeal", "a window to appeal" -> to:appeal
    how long since               "its first rise in 14 months", "for the first time in more than
                                 two years"                                     -> since
                                 "the strongest quake in 30 years", "a 14-month high" -> since:most
    a tenure                     "sacked after 18 months in charge", "a three-year spell" -> tenure
    custody                      "six years in prison", "five years' imprisonment" -> sentence
    what went on meanwhile       "sealed off the street for three hours while they negotiated" -> negoti
    what a doing took            "it took crews 11 hours to clear the road"     -> clear
    where a stay was spent       "spent two weeks in hospital", "was in a coma for a week" -> hospit, coma
    what lasted until "after"    "after 30 hours of talks", "after four days deliberating" -> talks, delibe

Words of one sanction are one key (banned / suspended / suspension; jailed / sentence / prison).
Two lengths from different articles are one claim when a key is shared, both are told as done
(or both as possible), no names tell their bearers apart ("Smith was jailed" / "Jones was
jailed", "a ban on Russia" / "a ban on Belarus"), and their sentences, the lengths masked, say the
same thing (one fact of the aligner, or the encoder's bar: DURATION_KEY_SIMILARITY between
reports of the same days; the count bar when only a verb's own word is shared); they conflict
when their intervals cannot both be true.

Lengths of the news' own days (minutes to weeks) that no shared key names meet as compare.numbers'
measures did (`_meet`): told with the same modality, of bearers not named apart, and in
sentences alike enough (NUMBER_KEY_SIMILARITY), or, for each report's opening length
(`_leads`: its first length in its first DURATION_LEAD_SENTENCES sentences, one of the two
keyed by nothing its sentence says, or both by a verb's own word only), the lead bar: "Twenty-one miners trapped for 52 hours ..."
/ "Nineteen men came up alive after more than three days underground". A time allowed meets
only a time allowed; a time since, a time until ("within a minute the roof was ablaze"), months
and years, and lengths told as still going on ("have been a battleground for more than a
week", which grows from one report to the next) meet by their keys only.

Not a conflict, by design (besides what compare.spans does not read: ages, when-phrases, rates):
- conversions, hedges and bounds ("72 months" = "six years", "up to five years", "more than a
  decade");
- the part of a length: "two years of it suspended", "ten weeks of the ban served", "the
  remaining two years", "two more years" (not read as the length);
- what the law allows or a side asks for against what was imposed: "faces up to 10 years",
  "prosecutors sought eight years" (potential, compared only with potential of its kind: an ask
  with an ask, a risk with a risk, a hope or a plan with its like);
- a length revised in the article ("cut from four years to two");
- a later article's longer length of something that goes on (a strike, a closure), not of a
  sanction, a term or a deadline, which are fixed when told, nor one the earlier article tells
  as over ("was closed for six hours", "ending an 11-day strike");
- the hours of something done in sittings and the days it took ("30 hours of deliberation" /
  "four days deliberating": compare.spans).
What it does not do: common nouns do not tell bearers apart ("the striker's three-year contract"
/ "the coach's five-year contract", "the first win in two years" / "the first title in 12 years"
meet if their sentences are alike): outlets name one bearer or one happening with other nouns
too often ("the rider" / "the cyclist", "its first rise" / "the first increase"). No coreference
("his ban" is keyed "ban", not by whose); a length with no key it can read ("systems could be
down for two weeks") meets none, and one keyed only by a verb ("has worked there for 20 years")
meets only lengths keyed alike.
"""

from __future__ import annotations

from collections import defaultdict

from accord import settings
from accord.compare.context import StoryContext
from accord.compare.duration_keys import FIXED, Told, told_lengths
from accord.compare.events import Located, SameEvent, claims_for, components, contemporaneous, partition
from accord.compare.spans import compatible
from accord.types import Discrepancy


def _apart(a: Told, b: Told) -> bool:
    """Two bearers named apart: names on both sides that share no word ("Smith was jailed" /
    "Jones was jailed")."""
    return bool(a.names and b.names and not a.names & b.names)


def _fixed(keys: frozenset[str]) -> bool:
    return any(k in FIXED or k.startswith(("since", "to:")) for k in keys)


def _one_claim(a: Located, b: Located, same: SameEvent, lead: bool = False) -> bool:
    """Two lengths with a key in common; `lead`: each is its report's opening length (`_leads`)."""
    ta, tb = a.value, b.value
    if not ta.keys & tb.keys or ta.potential != tb.potential or ta.wish != tb.wish or _apart(ta, tb):
        return False  # what was, what may be; a side's ask, a risk, a hope ("asking for eight years" / "could attract ten")
    if not ta.keys & tb.keys - ta.plain - tb.plain and ta.at and tb.at and not ta.at & tb.at:
        return False  # "worked with the gang team for five years" / "worked for the Sheriff's Department for 15 years"
    if same.shared_fact(a, b):
        return True
    if not contemporaneous(same.ctx, a.article, b.article):
        bar = settings.NUMBER_SAME_SIMILARITY
    elif ta.keys & tb.keys - ta.plain - tb.plain:
        bar = settings.DURATION_KEY_SIMILARITY  # a kind, a noun, a time since or to do: what is measured
    else:
        bar = settings.NUMBER_KEY_SIMILARITY  # met by a verb's own word only ("worked for", "trapped for")
    if lead and contemporaneous(same.ctx, a.article, b.article):
        bar = min(bar, settings.NUMBER_LEAD_MEASURE_SIMILARITY)
    return same.similarity(a, b) >= bar


def _unkeyed(t: Told) -> str | None:
    """What kind of length `t` is, for meeting lengths its keys do not name: "allowed" for a time
    to do something and nothing else ("had 20 minutes to leave", "has 30 days to appeal"), which
    meets only other times allowed; "lasted" for any other length of the news' own days, told
    by the clock or in days and weeks. None for months and years (tenures, careers, terms, met
    by their keys only), a time since, and a time until ("within a minute the roof was ablaze")."""
    if t.length.calendar or t.length.text.lower().startswith("within") or any(k.startswith("since") for k in t.keys):
        return None
    return "allowed" if t.keys and all(k.startswith("to:") for k in t.keys) else "lasted"


def _leads(items: list[Located]) -> frozenset[int]:
    """The ids of each article's first length that may be its event's, told in its opening
    sentences (DURATION_LEAD_SENTENCES): news gives the main event's figures first
    ("Twenty-one miners trapped for 52 hours ..." / "Nineteen men came up alive after more than
    three days underground"), so two reports' opening lengths may be one even when neither says
    what it is the length of. Not a length that may be (a plan, a maximum), nor one `_unkeyed`
    leaves to its keys."""
    first: dict[str, Located] = {}
    for it in sorted(items, key=lambda it: (it.article, it.sentence.index, it.start)):
        if it.sentence.index < settings.DURATION_LEAD_SENTENCES and not it.value.potential and _unkeyed(it.value) == "lasted":
            first.setdefault(it.article, it)
    return frozenset(id(it) for it in first.values())


def _meet(a: Located, b: Located, same: SameEvent, leads: frozenset[int]) -> bool:
    """Are `a` and `b` one length? Keyed alike: `_one_claim`. Else two lengths of the news' own
    days (`_unkeyed`) that no key tells apart, of bearers not named apart, from reports of the same
    days: when the aligner put them in one fact, their sentences say enough alike (the measure bar
    of compare.numbers, which read them before), or each is its report's opening length (the
    lead bar)."""
    ta, tb = a.value, b.value
    lead = id(a) in leads and id(b) in leads
    if ta.keys & tb.keys:
        return _one_claim(a, b, same, lead)
    kind = _unkeyed(ta)
    if ta.modal != tb.modal or _apart(ta, tb) or kind is None or kind != _unkeyed(tb):
        return False
    if ta.running or tb.running:
        # a length told as going on ("for more than a week, the streets have been a battleground"):
        # how long so far, which grows from one report to the next; met by its key only
        return False
    if same.shared_fact(a, b):
        return True
    if not contemporaneous(same.ctx, a.article, b.article):
        return same.similarity(a, b) >= settings.NUMBER_SAME_SIMILARITY
    # the lead bar for opening lengths of which one at least is of nothing its sentence says, or
    # both only by a verb's or an adjective's own word ("left without water for" / "were dry for");
    # two that name what they are of, differently ("deliberated for two days" / "a six-week
    # trial"), need the measure bar
    lead = lead and (not ta.keys or not tb.keys or not (ta.keys - ta.plain or tb.keys - tb.plain))
    return same.similarity(a, b) >= (settings.NUMBER_LEAD_MEASURE_SIMILARITY if lead else settings.NUMBER_KEY_SIMILARITY)


def _update(a: Located, b: Located, ctx: StoryContext) -> bool:
    """A length of something that goes on (a strike, a closure, a search), longer in a later
    article: the same length, grown. A sanction, a term, a deadline or a time since are fixed,
    and so is a length the earlier article tells as over ("was closed for six hours")."""
    if _fixed(a.value.keys & b.value.keys):
        return False
    long, short = (a, b) if a.value.length.point >= b.value.length.point else (b, a)
    pl, ps = ctx.article(long.article).published, ctx.article(short.article).published
    return pl is not None and ps is not None and pl > ps and not short.value.done


def _known_pairs(known) -> set[tuple[str, int, str, int]]:
    """The sentence pairs already on two sides of a discrepancy found by another check (the
    number check compares hours, days and weeks): not raised twice."""
    out = set()
    for d in known:
        for i, x in enumerate(d.claims):
            for y in d.claims[i + 1:]:
                for mx in x.mentions:
                    for my in y.mentions:
                        out.add((mx.article, mx.start, my.article, my.start))
                        out.add((my.article, my.start, mx.article, mx.start))
    return out


def _raised(seen: set, ctx: StoryContext, a: Located, b: Located) -> bool:
    ma, mb = ctx.mention(a.sentence), ctx.mention(b.sentence)
    return (ma.article, ma.start, mb.article, mb.start) in seen


def duration_discrepancies(ctx: StoryContext, known=()) -> tuple[Discrepancy, ...]:
    """Lengths of one thing that different articles tell apart (see the module's docstring);
    `known`: discrepancies already raised, whose sentence pairs are not raised again."""
    items = told_lengths(ctx)
    if len({it.article for it in items}) < 2:
        return ()
    # an article that tells two lengths of one key that cannot both be true tells a change or
    # two things ("cut from four years to two"): its lengths of that key dispute nothing
    by_key: dict[tuple[str, str], list[Located]] = defaultdict(list)
    for it in items:
        for k in it.value.keys:
            by_key[(it.article, k)].append(it)
    mixed = {key for key, its in by_key.items()
             if any(not compatible(x.value.length, y.value.length) for x in its for y in its)}
    same = SameEvent(ctx, items)
    leads = _leads(items)
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        by_article[it.article].append(i)
    met: dict[tuple[int, int], bool] = {}

    def meets(i: int, j: int) -> bool:
        pair = (min(i, j), max(i, j))
        if pair not in met:
            met[pair] = items[i].article != items[j].article and _meet(items[i], items[j], same, leads)
        return met[pair]

    seen = _known_pairs(known)
    conflicts = []
    for i, a in enumerate(items):
        for j in range(i + 1, len(items)):
            b = items[j]
            if a.article == b.article or compatible(a.value.length, b.value.length):
                continue
            shared = a.value.keys & b.value.keys
            if shared and all((a.article, k) in mixed or (b.article, k) in mixed for k in shared):
                continue
            if not meets(i, j) or _raised(seen, ctx, a, b) or _update(a, b, ctx):
                continue
            # the other article also tells a length of this key, or one it meets, that fits: it reports both
            if any(compatible(a.value.length, c.value.length) for k in shared for c in by_key[(b.article, k)]) or any(
                    compatible(b.value.length, c.value.length) for k in shared for c in by_key[(a.article, k)]):
                continue
            if not shared and (any(compatible(a.value.length, items[k].value.length) and meets(i, k) for k in by_article[b.article])
                               or any(compatible(b.value.length, items[k].value.length) and meets(j, k) for k in by_article[a.article])):
                continue
            conflicts.append((i, j))
    out = []
    for members in components(conflicts):
        groups = partition(sorted(members, key=lambda k: items[k].value.length.point),
                           lambda g, k: all(compatible(items[k].value.length, items[m].value.length) for m in g))
        if len(groups) < 2:
            continue
        keys = frozenset.intersection(*(items[m].value.keys for m in members)) or items[members[0]].value.keys
        claims = claims_for(ctx, [(items[g[0]].label, [items[k] for k in g])
                                  for g in sorted(groups, key=lambda g: -len({items[k].article for k in g}))])
        out.append(Discrepancy("number", _about(keys), claims))
    return tuple(out)


def _about(keys: frozenset[str]) -> str:
    if not keys:
        return "duration"  # reports' first lengths, neither keyed
    key = min(keys, key=lambda k: (k not in FIXED and not k.startswith(("since", "to:")), len(k), k))
    if key.startswith("since:"):
        return f"time since the last one this {'large' if key == 'since:most' else 'small'}"
    if key == "since":
        return "time since it last happened"
    if key.startswith("to:"):
        return f"time allowed to {key[3:]}"
    return f"length of the {key}"
