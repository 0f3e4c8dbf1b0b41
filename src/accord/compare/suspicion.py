"""Suspicion denied against a criminal inquiry opened: "no criminal wrongdoing was suspected",
"police do not suspect foul play", "are not treating the death as suspicious" / "his office had
opened a criminal investigation", "a murder inquiry has been launched".

Reports of an accident word the authorities' view of it in two ways that name no common verb: a
denial of suspicion, and the opening of an investigation of a crime. compare.polarity and
compare.denials pair one verb with its own denial, so this pair is read here, from the parse: the
denial is a noun of wrongdoing ("wrongdoing", "foul play", "crime", "criminality", "sabotage")
denied by "no" or by a negated verb of suspecting or believing, or a negated "treat as suspicious /
criminal"; the inquiry is a noun of inquiry ("investigation", "inquiry", "probe") with a word of
crime before it ("criminal", "murder", "manslaughter"), opened, launched or started, or "treated as
murder / suspicious".

Not a conflict: an inquiry said of the future or the possible ("may open a criminal inquiry"), an
inquiry into another thing than the denial's (both name what, and the names are far apart), a
plain inquiry ("the cause is under investigation"), and an inquiry printed after the denial unless
dated on or before the denial's page day (it may have been opened since, as the suspicion grew).

What it does not do: other paraphrases of suspicion ("police are looking for the driver"), or
suspicion stated against an inquiry closed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from accord import settings
from accord.compare.context import StoryContext
from accord.compare.counted import stem as verb_stem
from accord.compare.denials import happened_since, statements, text_similarity
from accord.compare.events import side_claim
from accord.compare.temporal import references
from accord.types import Discrepancy, Sentence

_CUE = re.compile(r"\b(?:wrongdoing|foul play|crime|criminality|sabotage|suspicious|criminal|murder|"
                  r"manslaughter|homicide)\b", re.I)
_WRONG = frozenset("wrongdoing crime criminality sabotage".split())  # and "foul play"
_SUSPECTING = ("suspect", "believ", "think", "thought")
_INQUIRY = frozenset("investigation investigations inquiry inquiries probe probes enquiry enquiries".split())
_OF_CRIME = frozenset("criminal murder manslaughter homicide".split())
_OPENING = ("open", "launch", "start", "begin", "began", "begun", "initiat")
_AS = frozenset("suspicious criminal murder homicide manslaughter".split())
_MODALS = frozenset("will would could may might can should shall must".split())
_MARKS = frozenset("if whether unless once".split())


@dataclass(frozen=True)
class View:
    sentence: Sentence
    criminal: bool  # True: an inquiry of a crime opened / treated as one; False: suspicion denied
    at: int  # the verb's character offset in the sentence
    into: str  # what it is of as written ("the death of the jockey"), "" when not named
    words: str


def suspicion_discrepancies(ctx: StoryContext) -> tuple[Discrepancy, ...]:
    views = _read([s for s in ctx.all_sentences() if _CUE.search(s.text)])
    denials = [v for v in views if not v.criminal]
    inquiries = [v for v in views if v.criminal]
    if not denials or not inquiries:
        return ()
    spun = ctx.spun()
    refs = references(ctx.articles)
    no, yes = [], []
    for d in denials:
        for q in inquiries:
            if d.sentence.article == q.sentence.article or {d.sentence.article, q.sentence.article} & spun:
                continue
            # what each is of, told by both or by one (against the other's sentence); told by
            # neither, both speak of the story's happening ("no criminal wrongdoing was suspected" /
            # "had opened a criminal investigation": 0.33 as sentences, under the bar of two verbs)
            if d.into and q.into:
                far = text_similarity(ctx, d.into, q.into) < settings.DENIAL_OF_SIMILARITY
            elif d.into or q.into:
                named, text = (d.into, q.sentence.text) if d.into else (q.into, d.sentence.text)
                far = text_similarity(ctx, named, text) < settings.DENIAL_OF_SIMILARITY
            else:
                far = False
            if far:
                continue  # "no foul play in the jockey's death" / "a fraud inquiry into the stables"
            if happened_since([(q.sentence, q.at)], ctx.article(q.sentence.article).published, d.sentence,
                              ctx.article(d.sentence.article).published, refs[q.sentence.article]):
                continue
            no.append(d)
            yes.append(q)
    if not no:
        return ()
    no, yes = list(dict.fromkeys(no)), list(dict.fromkeys(yes))
    if {d.sentence.article for d in no} & {q.sentence.article for q in yes}:
        return ()  # an article that says both tells two moments apart
    claims = (side_claim(yes[0].words, (ctx.mention(q.sentence) for q in yes)),
              side_claim(no[0].words, (ctx.mention(d.sentence) for d in no)))
    return (Discrepancy("other", f"whether: a crime is suspected ({no[0].words} / {yes[0].words})", claims),)


def _read(sentences: list[Sentence]) -> list[View]:
    out = []
    for s, doc, quoted in statements(sentences):
        for v in doc:
            if v.pos_ not in ("VERB", "AUX") or any(a <= v.idx < b for a, b in quoted) or _hedged(v):
                continue
            view = _view(s, v)
            if view is not None:
                out.append(view)
    return out


def _view(s: Sentence, v) -> View | None:
    kids = list(v.children)
    neg = any(c.dep_ == "neg" for c in kids)
    stem = verb_stem(v.lower_)
    args = [c for c in kids if c.dep_ in ("nsubjpass", "dobj", "nsubj")]
    if stem.startswith(_SUSPECTING):
        for a in args:
            if _wrong(a) and (neg or _no(a)):
                return View(s, False, v.idx, _of(a), f"no {_short(a)} suspected")
    if stem.startswith("treat"):
        as_ = next((g for c in kids if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                    if g.lower_ in _AS), None)
        if as_ is None:
            return None
        what = next((c for c in args if c.dep_ in ("dobj", "nsubjpass")), None)
        into = _words(what) if what is not None and what.pos_ == "NOUN" else ""
        return View(s, not neg, v.idx, into, f"{'not ' if neg else ''}treated as {as_.lower_}")
    if stem.startswith(_OPENING) and not neg:
        for a in args:
            if a.dep_ in ("dobj", "nsubjpass") and a.lower_ in _INQUIRY and not _no(a) and any(
                    c.dep_ in ("amod", "compound") and c.lower_ in _OF_CRIME for c in a.children):
                into = next((g for c in list(a.children) + kids if c.dep_ == "prep" and c.lower_ in ("into", "of")
                             for g in c.children if g.dep_ == "pobj"), None)
                return View(s, True, v.idx, "" if into is None else _words(into), f"{_short(a)} {v.text}")
    return None


def _wrong(a) -> bool:
    return a.lower_ in _WRONG or (a.lower_ == "play" and any(c.lower_ == "foul" for c in a.children))


def _no(a) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in a.children)


def _of(a) -> str:
    """What the wrongdoing is denied in ("no foul play in the death of the jockey"), or ""."""
    g = next((g for c in list(a.children) + list(a.head.children) if c.dep_ == "prep" and c.lower_ in ("in", "over")
              for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
    return "" if g is None else _words(g)


def _short(tok) -> str:
    """The noun with the modifiers before it ("criminal wrongdoing", "murder inquiry")."""
    return " ".join([c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i] + [tok.lower_])


def _words(tok) -> str:
    """The noun with its modifiers and what it is of ("the death of the jockey")."""
    return " ".join(t.text for t in tok.subtree if t.dep_ != "det" or t.head is not tok)


def _hedged(v) -> bool:
    node = v
    for _ in range(4):
        kids = list(node.children)
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in kids) or any(
                c.dep_ == "mark" and c.lower_ in _MARKS for c in kids):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False

