"""Date discrepancies: articles that put the same event on different days.

Every day-precise date expression of the story is resolved against its own article's reference
date (compare.temporal). Two mentions in different articles are about the same event when their
sentences, with the date expressions masked, are close in meaning and share a name
(compare.events); "on Monday" in a Tuesday paper and "yesterday" in a Tuesday paper are then the
same day, and "on Monday" in a Wednesday paper is too.

In reports dated within CLAIM_KEY_DAYS, a happening is also keyed by its parse
(compare.events.happening with `voice`): its verb or its noun ("Thursday's verdict"), its doer
and the thing done to, read through the passive and relative pronouns, a day on the occasion of
a happening dating the happening ("accepted at a meeting on Saturday"). One verb, or verbs of
one kind, said of one common noun are one happening; a plan ("will start", "is due to open", a
day after the page's own) meets a plan of one thing in another verb of its phase; two deadlines
of one thing ("by 31 March" / "by the end of June") meet at any distance. A beginning, a
resumption and an ending of one thing are never one day.

Two days are compared on the firmest thing both sides give: the calendar date when both rest on
the articles' own dates or on the text; else the stated month and day; else the weekday (what
the text says, so undated articles still compare: "arrived on Monday" vs "arrived on Tuesday").

Not a conflict, by design: "today", "yesterday", "tomorrow" inside a quotation (they count from
when it was said, which another outlet may print a day later), a bound ("until Friday", against
a day that is none) and a day converted to another zone (compare.day_owners), a sentence that carries both days ("On Tuesday,
X reported that ... on Monday"), an article that elsewhere also gives the other article's day
for that event (by its words, its key, or the same figures), a forecast against the same verb
told as done ("is due to be sentenced today" / "was sentenced on Thursday"), and relative days of reports written
weeks apart. A day on a noun after "after" or a possessive day dates that noun only
(events.happening). Months compare too ("launched in September" vs "launched in December"), with a day's month
when one side gives a day; in reports of the story's days, a month and a day (or two months) at
most two months apart meet by their key when one side names the happening by a noun and the other
by its verb, said of one thing ("the room was last inspected in July" / "the last inspection of the
room took place on 3 September": compare.date_nouns.one_thing_key). What it does not do: weeks and vaguer spans, clock times.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from accord import settings
from accord.cluster.features import stem
from accord.compare.context import StoryContext
from accord.compare.counted import COPULAS, known_apart, stem as verb_stem
from accord.compare.events import (
    Located,
    _phase,
    _arg,
    roles,
    SameEvent,
    claims_for,
    clause_of,
    components,
    gist,
    governor,
    happening,
    partition,
    same_happening,
    same_verb,
)
from accord.compare.date_args import occasion, same_argument
from accord.compare.date_nouns import months_near, noun_verb_key, occurrence_noun, one_thing_key
from accord.compare.day_owners import bound, shared_figures, spoken, weeks_apart, yearless, zoned
from accord.compare.nlp import parse
from accord.compare.undated import nearness
from accord.compare.temporal import DESIGNATION, WEEKDAYS, DateMention, find_dates, references
from accord.types import Discrepancy


def date_mentions(ctx: StoryContext) -> list[Located]:
    """Every date expression of the story, resolved (`Located.value` is a DateMention)."""
    refs = references(ctx.articles)
    out = []
    for a in ctx.articles:
        for s in ctx.sentences.get(a.id, ()):
            for d in find_dates(s.text, refs[a.id]):
                out.append(Located(s, d.start, d.end, d, d.text))
    return out


def day_key(a: DateMention, b: DateMention) -> tuple[object, object] | None:
    """The keys on which two date mentions compare, or None when they cannot be compared.

    A month ("in September") compares with a month or with a day's month, on the year and month
    when both are firm, else on the month alone (the year was guessed alike for both)."""
    if a.precision != "day" or b.precision != "day":
        if a.firm and b.firm and a.month and b.month:
            return a.month, b.month
        if a.month_number is None or b.month_number is None:
            return None
        return a.month_number, b.month_number
    if a.firm and b.firm and a.date and b.date:
        if yearless(a) or yearless(b):
            # "on 9 March" without a year, in a report a year or two on, was put in the page's
            # year or the one before: its year is a guess, its month and day are what the text says
            return (a.date.month, a.date.day), (b.date.month, b.date.day)
        return a.date, b.date
    if a.month_day and b.month_day:
        return a.month_day, b.month_day
    if a.weekday is not None and b.weekday is not None:
        return a.weekday, b.weekday
    return None


def _masked_all(item: Located, items_in_sentence: list[Located]) -> Located:
    """The sentence with every date expression masked, not only this one."""
    text = item.sentence.text
    for other in sorted(items_in_sentence, key=lambda x: -x.start):
        text = text[: other.start] + " " + text[other.end :]
    return Located(replace(item.sentence, text=text), 0, 0, item.value, item.label)


def date_discrepancies(
    ctx: StoryContext, items: Sequence[Located] | None = None
) -> tuple[Discrepancy, ...]:
    """Conflicting dates and weekdays of one event; `items` are `date_mentions(ctx)` when known."""
    items = date_mentions(ctx) if items is None else list(items)
    if len({it.article for it in items}) < 2:
        return ()
    per_sentence: dict[tuple[str, int], list[Located]] = defaultdict(list)
    for it in items:
        per_sentence[(it.article, it.sentence.index)].append(it)
    masked = [_masked_all(it, per_sentence[(it.article, it.sentence.index)]) for it in items]
    same = SameEvent(ctx, masked)
    docs = parse([it.sentence.text for it in items])
    clause_texts = [clause_of(d, it.start, it.end, occasion=True) for d, it in zip(docs, items)]
    clauses = SameEvent(ctx, items, clause_texts)
    verbs = [governor(d, it.start, it.end, occasion=True) for d, it in zip(docs, items)]
    happenings = [happening(v, voice=True) for v in verbs]
    named = [designated(d, it.start, it.end) for d, it in zip(docs, items)]
    occasions = [occasion(d, it.start, it.end) for d, it in zip(docs, items)]
    things = [dated_things(v) for v in verbs]
    plans = [planned(v, deadline(it), _ahead(ctx, it)) for v, it in zip(verbs, items)]
    statements = [v is not None and v.lower_ in _STATEMENTS for v in verbs]
    near_days = nearness(ctx)  # dated within CLAIM_KEY_DAYS, an undated page at its story's days

    def same_event(i: int, j: int, strict: bool = False) -> bool:
        a, b = masked[i], masked[j]
        if strict and (forecasts[i] and _done(verbs[j]) or forecasts[j] and _done(verbs[i])) \
                and same_verb(verbs[i], verbs[j]) and not _light(verbs[i]) and not _light(verbs[j]):
            # "is due to be sentenced today" / "was sentenced on Monday": a forecast of a happening
            # is no account of it, and a plan that slipped a day is no rival fact (a day named
            # for something, "declared Monday a day of mourning", is no such happening)
            return False
        keyed = strict and near_days(items[i].article, items[j].article) and _near(
            items[i].value, items[j].value)
        key = same_happening(happenings[i], happenings[j], things=True) if keyed else 0
        if keyed and not key:
            key = noun_verb_key(verbs[i], verbs[j])  # "Monday's announcement" / "announced on Tuesday"
        if strict and not keyed and near_days(items[i].article, items[j].article) and months_near(
                items[i].value, items[j].value) and one_thing_key(verbs[i], verbs[j]):
            # a month against a day or a month, of one noun and its verb said of one thing ("the
            # room was last inspected in July" / "the last inspection of the room took place on 3
            # September"): one happening, whose month the reports give differently
            keyed, key = True, 2
        if keyed and not key and occasions[i] is not None and occasions[i] == occasions[j] \
                and same_argument(happenings[i], happenings[j]):
            key = 1  # "beat the top seed in Saturday's semi-final" / "stunned the top seed in Friday's semi-final"
        # a day named as a day of something and that thing dated by the other report ("has
        # declared Monday a day of mourning" / "will observe a day of mourning tomorrow"), or both
        # days hanging on one noun of a happening ("yesterday evening's blackout" / "the blackout
        # on the evening of 18 August"): one day, whatever the verbs (the naming, the holding, an
        # inquiry ordered into it), when the clauses (for a noun, its phrase) share the topic
        nominal = keyed and _one_noun(occurrence_noun(verbs[i]), occurrence_noun(verbs[j]))
        if not key and strict and near_days(items[i].article, items[j].article):
            # one thing planned ("he would be sentenced on 14 May" / "both men will be sentenced on
            # 21 May"): a plan has one day, which reports of the same days give alike
            key = _one_plan(plans[i], plans[j], items[i].value, items[j].value)
            plan = bool(key)
        else:
            plan = False
        if nominal or keyed and not key and (named[i] and named[i] in things[j] | {named[j]}
                                             or named[j] and named[j] in things[i]):
            key = 2
        if key:
            # the claim's key matches: one happening (the same verb, or verbs of one kind:
            # "stolen" / "escaped with"), its subject and object not clearly others; the clauses
            # need only share the topic, not the wording or the names ("the river ferry Lady
            # Corvina capsized on Saturday evening" / "a crowded river ferry capsized in a sudden
            # storm on the Orlan River on Sunday evening")
            # (the clause of "shortly after 4 a.m. on Tuesday" can be the clock time alone: the
            # whole sentence may stand in for it)
            # Two verbs of one kind ask for closer clauses than one verb: real news retells
            # other events of the kind in its background ("two other climbers fell on Friday").
            short = min(len(clause_texts[i].split()), len(clause_texts[j].split())) < 4 and not nominal
            bar = settings.DATE_SAME_SUBJECT_SIMILARITY + (0.0 if key == 2 else settings.DATE_VERB_KIND_MARGIN)
            if plan:
                # a plan is told whole, its clause often a bare infinitive ("to be vacated"): the
                # clause or the sentence may say it
                return max(same.similarity(a, b), clauses.similarity(items[i], items[j])) >= bar
            return (same.similarity(a, b) if short else clauses.similarity(items[i], items[j])) >= bar
        if same.has_names(a) and same.has_names(b) and same.name_overlap(a, b) == 0:
            return False
        phases_i, phases_j = _phases(happenings[i]) - {None}, _phases(happenings[j]) - {None}
        if strict and phases_i and phases_j and not phases_i & phases_j:
            return False  # "talks began on Monday" / "talks resumed on Saturday": two moments
        # the whole sentence and the clause that holds the date must both say the same thing:
        # the sentence alone confuses two events of one story told in one sentence, the clause
        # alone is too short when it is only "the Taliban said"
        # (the clause first: the sentence is encoded only when a decision reads it)
        clause = clauses.similarity(items[i], items[j])
        if strict and statements[i] and statements[j]:
            # a statement is told apart by what it says, not by its verb and speaker: a source
            # speaks on many days ("prosecutors had said late Thursday that she would be
            # arrested" / "she will not face a violation, a prosecutor said Friday"); the
            # sentences, which carry what was said, must say one thing
            return clause >= settings.DATE_CLAUSE_SIMILARITY and same.similarity(a, b) >= settings.DATE_SAME_SIMILARITY
        if strict and same_verb(verbs[i], verbs[j]) and not _light(verbs[i]) and not _light(verbs[j]) \
                and _subject(verbs[i]) is not None and _subject(verbs[i]) == _subject(verbs[j]):
            # one happening told in other words: the same verb with the same subject ("the fire
            # broke out late on Wednesday at a hall on the quay" / "a fire broke out on Tuesday
            # night in a store at the port"); the clauses differ in their details. A copula is
            # no verb of a happening here: "was on suicide watch Monday" tells a state of the
            # man, "was charged Saturday" a step of his case
            return clause >= settings.DATE_SAME_SUBJECT_SIMILARITY
        if strict and not same_verb(verbs[i], verbs[j]):
            # a conflict needs more than likeness: "appeared in court Monday" and "was charged
            # Saturday" are two steps of one case. Other verbs must be near-paraphrases.
            return (clause >= settings.DATE_OTHER_VERB_SIMILARITY
                    and same.similarity(a, b) >= settings.DATE_OTHER_VERB_SIMILARITY)
        if clause < settings.DATE_CLAUSE_SIMILARITY:
            return False
        return same.shared_fact(a, b) or same.similarity(a, b) >= settings.DATE_SAME_SIMILARITY

    def agrees(i: int, k: int) -> bool:
        key = day_key(items[i].value, items[k].value)
        return key is not None and key[0] == key[1]

    def one_verb(x: int, i: int) -> bool:
        """Do two days of one sentence hang from one verb (or is either's verb unknown)?"""
        return verbs[x] is None or verbs[i] is None or verbs[x].i == verbs[i].i

    def told_too(i: int, k: int) -> bool:
        """Does another report's day `k` tell `i`'s happening, in its words or by its key? Then
        that report gives both days, of two happenings of one kind ("the storm hit the coast on
        Sunday" beside "a second storm struck on Tuesday"); clauses that repeat the same figures
        tell one happening ("Tuesday's 3-1 defeat" / "the 3-1 loss")."""
        return same_event(i, k) or same_event(i, k, strict=True) or shared_figures(clause_texts[i], clause_texts[k])

    said = [spoken(it) or zoned(it) for it in items]
    bounds = [bound(it) for it in items]
    forecasts = [planned(v) is not None for v in verbs]
    by_article: dict[str, list[int]] = defaultdict(list)
    position = {id(it): i for i, it in enumerate(items)}
    for i, it in enumerate(items):
        by_article[it.article].append(i)
    conflicts = []
    for i, a in enumerate(items):
        for j in range(i + 1, len(items)):
            b = items[j]
            if a.article == b.article or said[i] or said[j] or bounds[i] != bounds[j]:
                continue
            key = day_key(a.value, b.value)
            if key is None or key[0] == key[1] or weeks_apart(ctx, a, b):
                continue
            siblings_a = per_sentence[(a.article, a.sentence.index)]
            siblings_b = per_sentence[(b.article, b.sentence.index)]
            # a sentence that carries the other day as well, for the same happening, does not
            # contradict it ("late on Sunday or early on Monday"); a day of another verb does
            # ("was accepted on Saturday, though it was not announced until last night")
            if any(agrees(position[id(x)], j) and one_verb(position[id(x)], i) for x in siblings_a) or any(
                agrees(position[id(x)], i) and one_verb(position[id(x)], j) for x in siblings_b
            ):
                continue
            if not same_event(i, j, strict=True):
                continue
            if any(agrees(i, k) and told_too(i, k) for k in by_article[b.article]) or any(
                agrees(j, k) and told_too(j, k) for k in by_article[a.article]
            ):
                continue
            conflicts.append((i, j))
    return tuple(_discrepancies(ctx, items, conflicts, same_event))


def _phases(h: tuple) -> frozenset:
    """The phases (events._phase: a beginning, a resumption, an ending, none) a happening's verbs
    tell: "talks began" and "talks resumed" are two moments of one thing."""
    return frozenset(_phase(v, o) for v, _, o in h if v != "*")


def designated(doc, start: int, end: int) -> str | None:
    """The thing a bare weekday at [start, end) is named as ("declared Monday a day of mourning":
    "day of mourning"), read from the noun phrase right after it (temporal.DESIGNATION)."""
    if not DESIGNATION.match(doc.text, end):
        return None
    # the first noun after it, by bisection over the parse's offsets (a scan per weekday was quadratic)
    after = next((doc[i] for i in doc.starting_in(end, len(doc.text)) if doc[i].pos_ == "NOUN"), None)
    return _thing(after) if after is not None else None


def dated_things(verb) -> frozenset[str]:
    """What a date's verb acts on or says of ("will observe a day of mourning tomorrow": "day of
    mourning"; "a day of mourning will be held on Tuesday"), or the noun the date hangs from
    ("Tuesday's day of mourning"), each as its head and its 'of' complement."""
    if verb is None:
        return frozenset()
    if verb.pos_ == "NOUN":
        return frozenset({_thing(verb)})
    return frozenset(_thing(c) for c in verb.children
                     if c.dep_ in ("dobj", "nsubjpass", "nsubj", "attr") and c.pos_ == "NOUN")


# nouns of periods, and a clock time's words the parser reads as nouns ("4 a. m. on Monday"), which a
# day hangs from without naming a happening ("the week of 4 May")
_PERIODS = frozenset("day days week weeks weekend month months year years time period date "
                     "season hours m. a.m. p.m. am pm".split())


def _one_noun(a, b) -> bool:
    """Both days hang directly on nouns, the same one (with the same 'of' complement), not a
    period's ("Sunday's ferry accident" / "the accident on Saturday")."""
    if a is None or b is None or a.pos_ != "NOUN" or b.pos_ != "NOUN" or a.lower_ in _PERIODS:
        return False
    return _thing(a) == _thing(b)


def _thing(noun) -> str:
    of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
          for g in c.children if g.dep_ == "pobj"]
    return stem(noun.lower_) + (" of " + stem(of[0].lower_) if of else "")


def _done(verb) -> bool:
    """A verb told as done: past tense or a participle, no modal of the future."""
    if verb is None or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN"):
        return False
    return planned(verb) is None


def planned(verb, by: bool = False, ahead: bool = False) -> tuple | None:
    """A verb said of the future ("will be sentenced on 21 May", "would start on Tuesday", "is
    due to open on Thursday", "are to be vacated by June"), or any happening's verb dating a day
    after its article's own (`ahead`: "talks open on Thursday" in a Tuesday paper): (its stem
    (five letters), its doer, the thing done to, as events._arg reads them (events.roles),
    whether the day is a deadline (`by`)), else None."""
    if verb is None or verb.pos_ != "VERB":
        return None
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if not aux & {"will", "would", "'ll", "shall"} and not _to_come(verb) and not (
            ahead and happening(verb) != () and verb.lower_ not in _STATEMENTS):
        return None
    doer, thing = roles(verb)
    return verb.lower_[:5], _arg(doer), _arg(thing), by


def _ahead(ctx: StoryContext, item: Located) -> bool:
    """The day lies after its article's own date."""
    page = ctx.article(item.article).published
    return page is not None and item.value.date is not None and item.value.precision == "day" \
        and item.value.date > page


_STATEMENTS = frozenset("say said says tell told announce announced report reported confirm confirmed".split())
# words that put an infinitive in the future: "is due to", "is set to", "is scheduled to", "is
# expected to", and "is to" itself
_SCHEDULED = frozenset("due set scheduled expected slated poised planned".split())


def _to_come(verb) -> bool:
    """An infinitive of a plan: "is due to open", "are to be vacated", "is set to begin"."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    up = verb.head
    if up.lower_ in _SCHEDULED:
        return True
    return up.lower_ in ("is", "are", "was", "were") and up.pos_ == "AUX"


_DEADLINE = re.compile(r"\b(?:by|no later than|before)\s+(?:the\s+end\s+of\s+)?$", re.I)


def deadline(item: Located) -> bool:
    """The day is a deadline ("by March 31", "by the end of June", "no later than Friday")."""
    text = item.sentence.text
    return bool(_DEADLINE.search(text, 0, item.start)) or item.value.text.lower().startswith(("by ", "before "))


def _one_plan(a, b, da, db) -> int:
    """Two plans of one happening: one verb, or verbs of one kind or one phase said of one thing
    (events.same_happening with `things`), whose doers and things are not two different names,
    for days within PLAN_DAYS (a plan told a week off is one plan misreported or moved, not two);
    two deadlines of one thing at any distance, in verbs not known apart (a thing has one
    deadline: "will close its offices by 31 March" / "the offices are to be vacated by the end of
    June")."""
    if a is None or b is None:
        return 0
    if any(x and y and x.startswith("name:") and y.startswith("name:") and x != y for x, y in ((a[1], b[1]), (a[2], b[2]))):
        return 0  # "Lidia Marsh would be sworn in" / "Tomas Vik would be sworn in"
    key = 2 if a[0] == b[0] else same_happening(((a[0], a[1], a[2]),), ((b[0], b[1], b[2]),), things=True)
    if a[3] and b[3] and a[2] is not None and a[2] == b[2] and not a[2].startswith("name:"):
        # one thing's deadline, whatever the verbs, unless they are known apart or two phases
        if not key and (known_apart(verb_stem(a[0]), verb_stem(b[0])) or _phase(a[0], a[2]) != _phase(b[0], b[2])):
            return 0
        return (key or 1) if da.month_number is not None and db.month_number is not None else 0
    if not key:
        return 0
    if da.date is None or db.date is None or da.precision != "day" or db.precision != "day":
        return 0
    return key if abs((da.date - db.date).days) <= settings.DATE_PLAN_DAYS else 0


def _near(a, b) -> bool:
    """Two resolved days at most CLAIM_KEY_DAYS apart: one happening told as Saturday and as
    Sunday, not September and November."""
    if a.date is None or b.date is None or a.precision != "day" or b.precision != "day":
        return False
    return abs((a.date - b.date).days) <= settings.CLAIM_KEY_DAYS


def _light(verb) -> bool:
    """A copula or auxiliary as a date's verb ("was on suicide watch Monday"): a state or a
    helper, which names no happening of its own."""
    return verb is not None and verb.lower_ in COPULAS


def _subject(verb) -> str | None:
    """The stem of a verb's nominal subject ("fire" in "fires broke out"), when a common noun.

    A stem (the clusterer's: "fires" and "fire" meet), not spaCy's lemma: the lemmatizer is not
    loaded (compare.nlp, it would add ~15% to parsing), and `lemma_` is then empty, which made
    every two noun subjects alike."""
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "NOUN":
            return stem(child.lower_)
    return None


def _label(d: DateMention) -> str:
    if d.firm and d.date:
        return f"{d.text} ({WEEKDAYS[d.date.weekday()].capitalize()} {d.date.isoformat()})"
    return d.text


def _discrepancies(ctx, items, conflicts, same_event):
    linked = list(dict.fromkeys(k for pair in conflicts for k in pair))
    links = list(conflicts)
    # other articles that tell the same event on one of the disputed days back that side
    for k in range(len(items)):
        if k in linked:
            continue
        for m in linked:
            key = day_key(items[k].value, items[m].value)
            if items[k].article != items[m].article and key and key[0] == key[1] and same_event(k, m):
                links.append((k, m))
                linked.append(k)
                break

    def same_day(group: list[int], k: int) -> bool:
        key = day_key(items[group[0]].value, items[k].value)
        return key is not None and key[0] == key[1]

    out = []
    for members in components(links):
        groups = partition(members, same_day)
        if len(groups) < 2:
            continue
        sentence = min((items[k] for k in members), key=lambda it: len(it.sentence.text))
        about = "date of: " + gist(sentence)
        claims = claims_for(ctx, [(_label(items[g[0]].value), [items[k] for k in g]) for g in groups])
        out.append(Discrepancy(kind="date", about=about, claims=claims))
    return out
