"""Roles: one person given different posts by different articles ("the company's chief executive,
Paul Renner" / "Kessary Hydro's operations manager, Paul Renner").

A role is a title written beside a name, in the forms news uses (a lexico-syntactic reading in
the manner of Hearst 1992, anchored on the story's merged people from compare.entities):

    [ORG's | the] TITLE, NAME         "the company's chief executive, Paul Renner"
    TITLE NAME                        "hospital spokeswoman Irena Vasko", "Chief engineer X"
    NAME, [the | a] [ORG's] TITLE     "Dragan Ostoj, the mine's safety director"
    NAME is [the | a] [ORG's] TITLE   "Ostoj is the mine's safety director"
    the TITLE of|at ORG, NAME         "the head of safety at Morvian Railways, Karel Dusek"

A TITLE is up to four words ending in a post noun (director, manager, engineer, spokeswoman,
officer, head ...). Two posts of one person conflict when their post nouns differ and neither
title contains the other's post noun ("safety director" / "security director" is one post, a
spinner's synonym; "chief executive" / "operations manager" are two; so are two chief officers
of named functions, "chief financial officer" / "chief operating officer"). Posts people commonly hold
together with another (founder, owner, chairman, member, leader) never conflict, nor does a past
post ("former", "then"), except a body's chair and its secretary or treasurer ("commission
chairman" / "the commission's secretary"): those offices are held by two people.

Also read: ", who is [the ORG's] TITLE", ", head of ORG", ", who heads ORG" (the post its verb
stands for), and "She is the bank's chief economist." of the one person the sentence before names.

What it does not do: it does not read roles of unnamed people, nor posts given through a pronoun
anywhere but at a sentence's start; "Ostoj is the mine's safety director" is read.
"""

from __future__ import annotations

import re
from collections import defaultdict

from accord.compare.context import StoryContext
from accord.compare.place_names import SITE_WORDS
from accord.compare.entities import EntityIndex
from accord.compare.events import side_claim
from accord.compare.missed_names import _FULL_NAME
from accord.types import Discrepancy, Mention

POSTS = (
    "director", "manager", "engineer", "executive", "officer", "spokesman", "spokeswoman",
    "spokesperson", "head", "chief", "supervisor", "foreman", "inspector", "superintendent",
    "commissioner", "coordinator", "secretary", "treasurer", "administrator", "controller",
    "conductor", "driver", "passenger", "pilot", "captain", "surgeon", "doctor", "nurse", "teacher",
    "principal", "editor", "lawyer", "prosecutor", "judge", "mayor", "governor", "minister",
    "deputy", "analyst", "adviser", "advisor", "curator", "guard", "warden", "technician",
    "prefect", "councillor", "councilor", "senator", "ambassador", "commander", "colonel",
    "sergeant", "constable", "detective", "professor", "coach", "chancellor", "registrar",
    "chairman", "chairwoman", "founder", "owner",
    # a union's or a campaign's officers
    "organiser", "organizer", "negotiator", "convenor",
    # a club's or a company's president (a head of state's title before a name is one too), and
    # ranks written as titles ("Major Ivan Petrak" / "Colonel Ivan Petrak")
    "president", "major", "lieutenant", "corporal", "brigadier", "admiral",
    # posts of courts, banks, sport and companies, and a company's officers by their initials
    # (not "attorney": a district attorney prosecutes, a defence attorney is a lawyer; ECB+ dev)
    "economist", "barrister", "solicitor", "agent", "physician", "trainer",
    "chairperson", "scientist", "researcher", "auditor", "accountant", "referee",
    "ceo", "cfo", "coo", "cto",
)
# a company's officers by their initials, read as the titles they stand for
_INITIALS = {"ceo": "chief executive officer", "cfo": "chief financial officer",
             "coo": "chief operating officer", "cto": "chief technology officer"}
# posts that often go with another one: never a conflict (a police inspector or a doctor may speak
# for their service: "local police inspector X" / "police spokesman X", ECB+ dev)
_COMBINED = frozenset("founder owner chairman chairwoman chair member leader president spokesman "
                      "spokeswoman spokesperson".split())
_POST = "|".join(sorted(POSTS, key=len, reverse=True))
_TITLE = (rf"(?P<title>(?:[A-Za-z][\w-]*\s+){{0,3}}(?:(?:vice|co|deputy)-)?(?:{_POST})\b(?:[\s-]general\b)?(?:\s+of\s+(?:[A-Za-z][\w-]*)(?:\s+[a-z][\w-]*)?"
          rf"|\s+for\s+(?:the\s+)?(?:[A-Za-z][\w-]*(?:['’]s)?)(?:\s+[A-Za-z][\w-]*(?:['’]s)?){{0,2}})?)")
_LEAD_POST = re.compile(rf"(?:(?:(?:vice|co|deputy)-)?(?:{_POST})\s+)+", re.I)
_OWNER = r"(?:(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}[\w-]+['’]s?\s+|the\s+|an?\s+)"
# "the company's chief executive, " right before a name
# words of the organisation one split each ("(?:[A-Z][\w-]*\s*)+" tried every split of every
# word when the whole failed: minutes on four long words)
# a courtesy title between the post and the name the recogniser took without it ("the agency's
# director general, Dr Anya Kell")
HONORIFIC = r"(?-i:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Dame)\.?\s+"
_BEFORE = re.compile(rf"{_OWNER}?{_TITLE}(?:\s+(?:at|of)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?\s*,?\s*(?:{HONORIFIC})?", re.I)
# ", the mine's safety director" right after a name
# (or ' is the mine's safety director': a post said of the name; not "was", which may be a past post)
# (", who is the bank's chief economist", " has been the club's manager": said of the name now;
# ", head of the agency": a title with no determiner before its "of")
# (", 47, the company's safety officer": an age apposed before the post, as news writes both)
_AGE = r"(?:\d{1,3}\s*,\s*)?"
_AFTER = re.compile(rf"(?:\s*,\s*{_AGE}(?:who\s+(?:is|has\s+been)\s+)?|\s+(?:is|has\s+been)\s+)"
                    rf"(?:{_OWNER}{_TITLE}|(?P<bare>(?:(?:vice|co|deputy)-)?(?:{_POST})\s+of\s+[\w’' -]+?(?=[,.;]|$)))\b(?!['’]s?\b)",
                    re.I)  # not "the driver's wife"
# a post given by its appointment, written without a determiner (", who was appointed finance
# director in 2021", ", named sporting director last year", ", who became chief executive", "X
# resigned as finance minister": the post held when the news was told)
_APPOINTED = re.compile(rf"(?:\s*,\s*{_AGE}(?:who\s+(?:was|has\s+been|had\s+been)\s+)?(?:appointed|named|elected)\s+(?:as\s+)?"
                        rf"|\s*,\s*{_AGE}who\s+(?:became|took\s+over\s+as)\s+"
                        rf"|\s+(?:was|has\s+been)\s+(?:appointed|named|elected)\s+(?:as\s+)?"
                        rf"|\s+(?:resigned|stepped\s+down|quit)\s+as\s+)"
                        # (not "was named Senator John McCain's running mate": a title before another's name)
                        rf"{_OWNER}?{_TITLE}\b(?!['’]s?\b)(?!\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])|['’]s))", re.I)
# ", finance director at Norland Foods": a post without a determiner, then the body it is held at
_AT_BODY = re.compile(rf"\s*,\s*{_AGE}(?P<title>(?:[A-Za-z][\w-]*\s+){{0,2}}(?:(?:vice|co|deputy)-)?(?:{_POST}))"
                      rf"\s+(?:at|with|of|for)\s+(?:the\s+)?[A-Z]")
# a sentence that gives a post to "he" or "she" ("She is the bank's chief economist")
_PRONOUN_POST = re.compile(r"\s*(?:He|She)(?=\s+(?:is|has\s+been)\s)")
# ", who heads the agency": a post told by its verb, read as the title it stands for
_VERB_POST = re.compile(r"\s*,\s*who\s+(?P<verb>heads|chairs|leads|manages|coaches|directs|edits|captains)\s+"
                        r"(?P<what>(?:the\s+)?[\w’' -]+?)(?=[,.;]|\s+(?:and|since|until|for|in|at)\b|$)")
_VERB_TITLE = {"heads": "head", "chairs": "chairman", "leads": "leader", "manages": "manager",
               "coaches": "coach", "directs": "director", "edits": "editor", "captains": "captain"}
_ANY_POST = re.compile(rf"\b(?:{_POST})\b", re.I)
_PAST = re.compile(r"\b(?:former|ex|then|late|previous|one-time|onetime|acting|interim)\b", re.I)
# a surname alone right before a post said of it ("Ekdahl is the festival's director", "Ekdahl, the
# festival's director,"), which the recogniser may miss at a sentence's start
_SURNAME_TOLD = re.compile(r"\b[A-Z][a-z][\w'’-]+(?=\s*,\s*(?:the|a|an)\s|\s+is\s+(?:the|a|an)\s)")


def role_discrepancies(ctx: StoryContext, index: EntityIndex, posts=None) -> tuple[Discrepancy, ...]:
    """People given posts with different post nouns by different articles (`posts`: `posts_of`)."""
    return _disputes(ctx, index, posts_of(ctx, index) if posts is None else posts)


def post_holders(posts: dict[int, list[tuple[str, str, Mention]]]) -> dict[str, set[int]]:
    """Post noun -> the people the story gives it ("driver" -> {Tomas Veller}), past posts left out."""
    out: dict[str, set[int]] = defaultdict(set)
    for entity, found in posts.items():
        for title, _, _ in found:
            post = _post_of(title)
            if post is not None and not _rank(title):
                out[_POST_ALIKE.get(post, post)].add(entity)
    return out


_AT_PLACE = re.compile(r"\b(?:at|in|near|outside|inside)\s+(?:the\s+)?$", re.I)


def posts_of(ctx: StoryContext, index: EntityIndex) -> dict[int, list[tuple[str, str, Mention]]]:
    """Every post written beside a person's name: entity -> [(title, article, sentence mention)]."""
    posts: dict[int, list[tuple[str, str, Mention]]] = defaultdict(list)

    def add(entity: int, s, start: int, end: int) -> None:
        for title in _titles(s.text, start, end):
            posts[entity].append((title, s.article, ctx.mention(s)))

    last: dict[str, set[int]] = {}  # article -> the people of its last sentence naming any
    for s in ctx.all_sentences():
        # the small NER model takes some unfamiliar people for organisations ("Dragan Ostoj"): a
        # title written beside a name says it is a person
        mentions = index.within(s.article, s.start, s.end, type=None)
        people = {m.entity for m in mentions if m.type == "person"}
        pronoun = _PRONOUN_POST.match(s.text)
        if pronoun and not people and len(last.get(s.article, ())) == 1:
            # "She is the bank's chief economist.": of the one person the sentence before names
            add(next(iter(last[s.article])), s, pronoun.end(), pronoun.end())
        if people:
            last[s.article] = people
        for m in mentions:
            if m.type not in ("person", "organization"):
                continue
            if m.text.lower().rsplit(None, 1)[-1].endswith(SITE_WORDS) and (
                    m.type == "organization" or _AT_PLACE.search(s.text, 0, m.start - s.start)):
                continue  # "at Vell Palace, the president ...": a building holds no post
            if m.type == "organization" and re.search(r"\b(?:at|of|for|with|from|by)\s*$", s.text[:m.start - s.start]):
                continue  # "the head of safety at Morvian Railways": the post is at the organisation
            start = m.start - s.start
            # "Major Ilse Varga" taken whole by the recogniser: the title inside the name
            lead = _LEAD_POST.match(s.text, start, m.end - s.start)
            add(m.entity, s, lead.end() if lead and lead.end() < m.end - s.start else start, m.end - s.start)
        known = [(m.start - s.start, m.end - s.start) for m in mentions]
        for found in [*_FULL_NAME.finditer(s.text), *_SURNAME_TOLD.finditer(s.text)]:
            # a name the recogniser missed ("Lars Wenning, the chief executive, apologised"):
            # the one person of the story it can stand for
            if any(a < found.end() and found.start() < b for a, b in known):
                continue
            entity, at = index.lookup(found.group(0), s.article), found.start()
            lead = _LEAD_POST.match(s.text, at, found.end())
            if entity is None and lead and lead.end() < found.end():
                # "Referee Eva Lund confirmed": a post written as a title, taken into the name
                entity, at = index.lookup(s.text[lead.end():found.end()], s.article), lead.end()
            if entity is not None:
                add(entity, s, at, found.end())
                known.append((found.start(), found.end()))  # "Lars Wenning" then "Wenning": one name
    return posts


def _disputes(ctx: StoryContext, index: EntityIndex, posts) -> tuple[Discrepancy, ...]:
    spun = ctx.spun()
    out = []
    for entity, found in posts.items():
        sides: dict[str, list[tuple[str, str, Mention]]] = {}
        # a machine rewrite's synonyms ("mine supervisor" for "mine manager") only back a post
        # another article gives; they never open a side of their own
        for title, art, mention in sorted(found, key=lambda f: f[1] in spun):
            key = next((k for k in sides if _same_post(k, title)), None)
            if key is None and art in spun:
                continue
            sides.setdefault(key or title, []).append((title, art, mention))
        if len(sides) < 2:
            continue
        # an article that gives two posts says the person holds both: they make one side
        # ("Major X, head of the rescue service" against "Colonel X": major and head one side)
        groups = _held_together(sides)
        if len(groups) < 2 or len({a for g in groups for k in g for _, a, _ in sides[k]}) < 2:
            continue
        groups.sort(key=lambda g: -sum(len(sides[k]) for k in g))
        claims = tuple(side_claim("; ".join(g), (m for k in g for _, _, m in sides[k])) for g in groups)
        out.append(Discrepancy("name", f"post of {index.entities[entity].name}", claims))
    return tuple(out)


def _held_together(sides: dict[str, list]) -> list[list[str]]:
    """The posts (keys of `sides`) grouped so that posts one article gives together are one group."""
    group_of = {k: [k] for k in sides}
    by_article: dict[str, list[str]] = defaultdict(list)
    for key, items in sides.items():
        for _, art, _ in items:
            by_article[art].append(key)
    for keys in by_article.values():
        for k in keys[1:]:
            a, b = group_of[keys[0]], group_of[k]
            if a is not b:
                a.extend(b)
                for x in b:
                    group_of[x] = a
    return [list(g) for g in {id(g): g for g in group_of.values()}.values()]


def _titles(text: str, start: int, end: int) -> list[str]:
    """The titles written right before or right after the name at [start, end) of `text`."""
    found = []
    if not _ANY_POST.search(text, max(0, start - 80), min(len(text), end + 80)) and not _VERB_POST.match(text, end):
        return found  # no post noun near the name: skip the costlier patterns (most names)
    before = _before(text[max(0, start - 80):start])
    if before and not _PAST.search(before.group(0)):
        found.append(before.group("title"))
    after = _AFTER.match(text, end)
    if after and not _PAST.search(after.group(0)):
        found.append(after.group("title") or after.group("bare"))
    else:
        after = _APPOINTED.match(text, end) or _AT_BODY.match(text, end)
        if after and not _PAST.search(after.group(0)):
            found.append(after.group("title"))
    verb = _VERB_POST.match(text, end)
    if verb:
        found.append(f"{_VERB_TITLE[verb.group('verb').lower()]} of {verb.group('what')}")
    return [_clean(t) for t in found if _post_of(_clean(t))]


_FILLER = frozenset("the a an its his her their and or but as while who".split())
# speech verbs a title may follow in a tag ('," said commission chairman X')
_TAGS = frozenset("said says told tells stated added wrote explained noted warned confirmed announced "
                  "insisted replied".split())


def _before(window: str):
    """`_BEFORE` matched whole from one of the last nine word starts of `window`, nearest first:
    the same answer as a search, without trying every character of the window."""
    starts = [m.start() for m in re.finditer(r"(?<![\w’'-])[\w’'-]", window)][-9:]
    for k in sorted(starts):
        found = _BEFORE.fullmatch(window, k)
        if found and _post_of(_clean(found.group("title"))):
            # the longest title that names a post: "a cousin of farm owner" names none, its
            # last words "farm owner" do
            return found
    return None


def _clean(title: str) -> str:
    words = " ".join(_INITIALS.get(w, w) for w in title.lower().split()).split()
    while words and (words[0] in _FILLER or words[0] in _TAGS):  # "said commission chairman X"
        words = words[1:]
    while words and words[-1] in ("at", "of", "for", "in", "and"):
        words = words[:-1]
    # the title window ran over the words before it: "led by jury president", "King Osric and
    # Foreign Minister": the title is what follows "by", or an "and" after words that name no post
    # ("chairman and chief executive" is two posts of one person and stays whole)
    if "by" in words:
        words = words[len(words) - words[::-1].index("by"):]
    if "and" in words:
        cut = words.index("and")
        if _post_of(" ".join(words[:cut])) is None and _post_of(" ".join(words[cut + 1:])):
            words = words[cut + 1:]
    return " ".join(words)


def _post_of(title: str) -> str | None:
    """The post noun: "head" in "head of safety", "director" in "operations director"."""
    words = title.split()
    for cut in ("of", "for"):
        if cut in words:
            words = words[: words.index(cut)]
    if len(words) > 1 and words[-1] == "general":  # "director general", "secretary general"
        words = words[:-1]
    last = re.sub(r"-general$", "", words[-1]).rsplit("-", 1)[-1] if words else None  # "vice-president" -> "president"
    return last if last in POSTS else None


_POST_ALIKE = {"spokeswoman": "spokesman", "spokesperson": "spokesman", "advisor": "adviser",
               # one profession under its several names ("attorney" / "the family's lawyer")
               "barrister": "lawyer", "solicitor": "lawyer",
               "physician": "doctor", "trainer": "coach", "chairperson": "chairman", "chairwoman": "chairman"}


# words that make a post a rank below (or beside) the one named: "deputy mayor" is not "mayor"
_RANKS = frozenset("deputy assistant vice vice- associate under-secretary junior".split())


def _rank(title: str) -> frozenset[str]:
    return frozenset(w for w in re.split(r"[\s-]+", title) if w in _RANKS)


_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# the chair of a body and its officers: one person does not hold both ("chairman" otherwise goes
# with any post, see _COMBINED)
_CHAIRS = frozenset({"chairman", "chairwoman"})
_OFFICERS = frozenset({"secretary", "treasurer"})
# words that grade a spokesperson, not whom they speak for ("chief spokesman", "a senior official")
# words that name a body only by its kind: "the team spokesman" may be the Angels' spokesman
_GENERIC_BODIES = frozenset("team club company firm group agency department office organisation "
                            "organization where when who which that whose".split())
_GRADES = frozenset("chief senior principal lead head main official top acting new longtime veteran "
                    "regional local national international federal".split())


def _speaks_for(title: str) -> frozenset[str]:
    """Whom a spokesperson speaks for, as words: "police spokeswoman" -> {police};
    "spokeswoman for the morsund fire service" -> {morsund, fire, service}."""
    words = [re.sub(r"['’]s$", "", w) for w in title.split()]  # "for the ship's owner"
    if "for" in words:
        return frozenset(w for w in words[words.index("for") + 1:] if w not in _FILLER and w not in _GENERIC_BODIES)
    return frozenset(w for w in words if w not in _SPOKES and w not in _FILLER and w not in _RANKS
                     and w not in _GRADES and w not in _GENERIC_BODIES)


# what a company's chief officer runs: "chief financial officer" and "chief operating officer"
# are two posts, though both end in "officer" (a word not listed here, such as a spinner's
# "chief monetary officer", names no function and opens no conflict)
_FUNCTIONS = {
    "executive": "executive", "financial": "finance", "finance": "finance", "operating": "operations",
    "operations": "operations", "technology": "technology", "technical": "technology",
    "information": "information", "marketing": "marketing", "legal": "legal", "medical": "medical",
    "commercial": "commercial", "investment": "investment", "risk": "risk", "people": "people",
    "product": "product", "revenue": "revenue", "data": "data", "security": "security",
    "compliance": "compliance", "scientific": "science", "science": "science", "strategy": "strategy",
    "digital": "digital", "communications": "communications", "nursing": "nursing",
}
_CHIEF_OF = re.compile(r"\bchief\s+(\w+)\s+officer\b|\bchief\s+(executive)\b")


# what a minister (or a British secretary of state) is minister of: "transport minister" and
# "the interior minister" are two posts; "foreign minister" / "minister for foreign affairs" one.
# A word not listed (a nationality, "senior", a spinner's "inside minister") names no portfolio
# and opens no conflict.
_PORTFOLIOS = {
    "prime": "prime", "finance": "finance", "financial": "finance", "treasury": "finance", "foreign": "foreign",
    "interior": "interior", "home": "interior", "defence": "defence", "defense": "defence", "health": "health",
    "education": "education", "transport": "transport", "transportation": "transport", "justice": "justice",
    "energy": "energy", "environment": "environment", "agriculture": "agriculture", "labour": "labour",
    "labor": "labour", "employment": "labour", "economy": "economy", "economic": "economy", "trade": "trade",
    "culture": "culture", "sport": "sport", "sports": "sport", "housing": "housing", "tourism": "tourism",
    "immigration": "immigration", "industry": "industry", "infrastructure": "infrastructure",
    "fisheries": "fisheries", "welfare": "welfare", "communications": "communications",
}
_MINISTERS = frozenset({"minister", "secretary"})


def _portfolios(title: str) -> frozenset[str]:
    return frozenset(_PORTFOLIOS[w] for w in re.split(r"[\s-]+", title) if w in _PORTFOLIOS)


def _function(title: str) -> str | None:
    m = _CHIEF_OF.search(title)
    return _FUNCTIONS.get(m.group(1) or m.group(2)) if m else None


# a passenger is a place in the happening that anyone, of any occupation, may hold: at odds only
# with the vehicle's crew
_ABOARD = frozenset({"passenger"})
_CREW = frozenset("driver pilot captain conductor".split())
# posts that run a body, one post when they name one body
_HEADS = frozenset("head director chief leader".split())


def _of_body(title: str) -> set[str]:
    """The words of the body a title names after "of" ("head of the seismic center" -> {seismic,
    center}); a function after "of" ("head of safety") is a body of one word too."""
    words = [re.sub(r"['’]s$", "", w) for w in title.split()]
    if "of" not in words:
        return set()
    return {w for w in words[words.index("of") + 1:] if len(w) > 3 and w not in _FILLER}


def _same_post(a: str, b: str) -> bool:
    fa, fb = _function(a), _function(b)
    if fa and fb:
        return fa == fb  # "chief financial officer" / "chief operating officer"
    if _post_of(a) in _SPOKES and _post_of(b) in _SPOKES:
        fa, fb = _speaks_for(a), _speaks_for(b)
        return not (fa and fb) or bool(fa & fb)  # a police spokeswoman does not speak for the fire service
    if _rank(a) != _rank(b) and _post_of(a) == _post_of(b) and _post_of(a) not in _SPOKES:
        # "deputy mayor" / "the town's mayor", "club vice-president" / "the club's president": two
        # posts of one office (a post held beside others, a chairman's, is still held once)
        return False
    pa, pb = _post_of(a), _post_of(b)
    pa, pb = _POST_ALIKE.get(pa, pa), _POST_ALIKE.get(pb, pb)
    if {pa, pb} <= _HEADS and ("head" in (a, b) or _of_body(a) & _of_body(b)):
        # "the head" (of what, unread) / "director of the seismological center": one post; not
        # "head of safety" / "operations director", nor "the festival's director" / "head of security"
        return True
    if pa == pb and pa in _MINISTERS and _portfolios(a) and _portfolios(b):
        return bool(_portfolios(a) & _portfolios(b))  # "transport minister" / "the interior minister"
    if {pa, pb} & _ABOARD:
        return not {pa, pb} & _CREW  # "Driver X" / "X, a passenger in the van"; a passenger may be a nurse
    if {pa, pb} & _CHAIRS and {pa, pb} & _OFFICERS and not (_rank(a) or _rank(b)):
        return False  # "commission chairman" / "the commission's secretary": one body's two offices
    if pa is None or pb is None or pa == pb or pa in _COMBINED or pb in _COMBINED:
        return True
    return pa in b.split() or pb in a.split()  # "chief executive" / "executive"; "head" / "head of"
