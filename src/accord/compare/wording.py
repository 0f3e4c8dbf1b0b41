"""Do two wordings of one quotation say the same thing?

A word-level diff (difflib's Ratcliff/Obershelp matching) of the two wordings, read as a
fact-checker reads a misquote:

- a negation added or dropped (not, never, no, n't ...) changes the meaning;
- a number that differs (12 -> 21, "three" -> "four") changes the meaning;
- a replaced word or phrase changes the meaning when it is not a spelling or inflection of the
  same word (prevail/prevails, legitimizing/legitimising) and not a clear synonym (start/begin,
  judged by the sentence encoder on the replaced phrases; opposites such as win/lose score
  0.6-0.75 with all-MiniLM-L6-v2, so only a high cosine passes as a synonym);
- a word of modality, obligation or quantity replaced by one of another kind changes the meaning
  ("will" -> "may", "required" -> "asked", "every" -> "some", "most" -> "all"); one of the same
  kind does not ("each" -> "every");
- words only dropped or added (a trimmed quotation, "inside or outside the country" ->
  "inside or outside") do not change the meaning, unless they carry a negation or a number;
- what one wording quotes and the other does not is not compared: a sentence at either end that
  the other left out (a translation of part of a statement), and words beyond the other's end
  where the two quote neighbouring stretches of one speech ("... the rest of his life" / "...
  the rest of his life. I have no regrets").

Every difference is described in `changes`, meaning-changing or not.

What it does not do: it does not judge the whole story (a quotation cut so that it says the
opposite by omission of context is not detected).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

import numpy as np
from rapidfuzz import fuzz

from accord import settings

NEGATIONS = frozenset("not no never none nobody nothing neither nor nowhere without cannot".split())
_NUMBER_WORDS = frozenset(
    """
    zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred thousand million billion dozen half
    """.split()
)
FUNCTION_WORDS = frozenset(
    """
    a an the this that these those it its it's their they them we our us you your i me my he his
    she her him is are was were be been being am do does did have has had will would shall should
    can could may might must of in on at to for from by with as and or but so than then there
    here which who whom what when where while if also just very really even still yet now
    """.split()
)
_CONTRACTIONS = (
    (r"\bwon't\b", "will not"), (r"\bcan't\b", "can not"), (r"\bcannot\b", "can not"),
    (r"n't\b", " not"), (r"'re\b", " are"), (r"'ve\b", " have"), (r"'ll\b", " will"),
    (r"'m\b", " am"), (r"\b(it|that|this|there|what|he|she|who)'s\b", r"\1 is"), (r"'d\b", " would"),
)
# What a sentence asserts about how sure, how binding and how many: words of one kind stand in for
# each other ("each"/"every"), words of two kinds do not ("will"/"may", "most"/"all").
_KINDS = {
    **dict.fromkeys("will shall must definitely certainly surely".split(), "certainty"),
    **dict.fromkeys("may might could can possibly perhaps maybe".split(), "possibility"),
    **dict.fromkeys("likely probably".split(), "likelihood"),
    **dict.fromkeys("required obliged compelled forced ordered mandatory compulsory".split(), "obligation"),
    **dict.fromkeys("asked requested invited encouraged urged advised optional voluntary".split(), "request"),
    **dict.fromkeys("every all each always everyone everybody everything entire whole".split(), "all"),
    **dict.fromkeys("most majority mostly".split(), "most"),
    **dict.fromkeys("many".split(), "many"),
    **dict.fromkeys("some several few sometimes someone somebody part".split(), "some"),
}
_NOT_NEGATIONS = re.compile(r" (?:nothing less than|no less than|not only|no doubt|not least|no matter) ")
_WORD = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*")


# a time of day to the minute, in any of the notations outlets use for one remark ("6:41pm",
# "18:41", "0241 GMT", "7.30 p.m.", "6 p.m." = "6:00 p.m."), written as one token "HHMMh"
_CLOCK_COLON = re.compile(r"\b([01]?\d|2[0-3])\s?:\s?([0-5]\d)(?:\s*([ap])\.?\s?m\b\.?)?", re.IGNORECASE)
_CLOCK_DOT = re.compile(r"\b(1[0-2]|0?\d)\.([0-5]\d)\s*([ap])\.?\s?m\b\.?", re.IGNORECASE)
_CLOCK_HOUR = re.compile(r"\b(1[0-2]|0?[1-9])()\s*([ap])\.?\s?m\b\.?", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_CLOCK_MILITARY = re.compile(r"\b([01]\d|2[0-3])([0-5]\d)(?=\s*(?:gmt|utc|hrs|z)\b)", re.IGNORECASE)


def _clock_token(m: re.Match) -> str:
    hour = int(m.group(1))
    ampm = (m.group(3) or "").lower() if m.re is not _CLOCK_MILITARY else ""
    if ampm:
        hour = hour % 12 + (12 if ampm == "p" else 0)
    return f" {hour:02d}{m.group(2) or '00'}h "


def normalise(text: str) -> str:
    """Lower case, typographic apostrophes made plain, contractions expanded, punctuation gone;
    times of day written one way."""
    if _DIGIT.search(text):  # every clock pattern needs a digit; most texts have none
        for pattern in (_CLOCK_MILITARY, _CLOCK_DOT, _CLOCK_COLON, _CLOCK_HOUR):
            text = pattern.sub(_clock_token, text)
    t = text.lower().replace("’", "'").replace("‘", "'")
    # tokenised corpora split contractions: "do n't", "I ' m", "it ' s"
    t = re.sub(r"\s+n't\b", "n't", t)
    t = re.sub(r"\s*'\s*(s|m|re|ve|ll|d|t)\b", r"'\1", t)
    for pattern, repl in _CONTRACTIONS:
        t = re.sub(pattern, repl, t)
    return " ".join(_WORD.findall(t))


def words(text: str) -> list[str]:
    return normalise(text).split()


def _negations(ws: list[str]) -> int:
    """Negations, less those of intensifiers ("nothing less than", "not only", "no doubt")."""
    text = " " + " ".join(ws) + " "
    text = _NOT_NEGATIONS.sub(" ", text)
    return sum(w in NEGATIONS for w in text.split())


def _numbers(ws: list[str]) -> list[str]:
    """Numbers as values: leading zeros and unit letters off, bare zeros (6:00) dropped."""
    out = []
    for w in ws:
        if _is_number(w):
            value = re.sub(r"[a-z]+$", "", w).lstrip("0") if w[0].isdigit() else w
            if value:
                out.append(value)
    return out


def _is_number(word: str) -> bool:
    return word[0].isdigit() or word in _NUMBER_WORDS


def same_word(a: str, b: str) -> bool:
    """Spelling or inflection of one word: prevail/prevails, legitimizing/legitimising."""
    if a == b:
        return True
    if _is_number(a) or _is_number(b):
        return False
    common = len(_common_prefix(a, b))
    # the start of a word must agree: increase/decrease and possible/impossible are opposites
    return common >= 3 and (fuzz.ratio(a, b) >= 85 or (common >= 4 and common >= min(len(a), len(b)) - 3))


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _aligned(a: list[str], b: list[str]):
    """The stretch of each word list that the other covers, and what lies outside them.

    The two are laid side by side from their first and last matching runs. The longer list's
    words beyond the shorter's are a trim ("The bridge will reopen next week once engineers
    finish their checks" / "The bridge will reopen next week"). The shorter's words beyond an end
    of the longer that the longer has matched to its last word quote the next stretch of the
    speech ("... the rest of his life" / "... the rest of his life. I have no regrets"): said, not
    changed. Words that face unmatched words of the other side stay, to be compared."""
    blocks = [m for m in SequenceMatcher(a=a, b=b, autojunk=False).get_matching_blocks() if m.size]
    if not blocks or len(a) == len(b):
        return a, b, [], []
    first, last = blocks[0], blocks[-1]
    tail_a, tail_b = len(a) - last.a - last.size, len(b) - last.b - last.size
    a_start, a_end = _beyond(first.a, first.b, tail_a, tail_b, len(a), len(a) > len(b))
    b_start, b_end = _beyond(first.b, first.a, tail_b, tail_a, len(b), len(b) > len(a))
    return a[a_start:a_end], b[b_start:b_end], [a[:a_start], a[a_end:]], [b[:b_start], b[b_end:]]


def _beyond(head: int, other_head: int, tail: int, other_tail: int, size: int, longer: bool) -> tuple[int, int]:
    """Where one word list's stretch facing the other starts and ends (see `_aligned`)."""
    start = head - other_head if head > other_head and (longer or other_head == 0) else 0
    end = size - (tail - other_tail) if tail > other_tail and (longer or other_tail == 0) else size
    return start, end


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _kept_sentences(main: str, variant: str) -> tuple[str, str, list[str], list[str]]:
    """The two wordings without the sentences at either end that one quotes and the other does
    not: a sentence of one that shares no content word with the other, while the other's
    sentence at that end does share some, was left out by the other outlet (a trimmed quotation,
    often a translation of the rest: "Our country has reached the edge of the abyss. It is the
    responsibility of us all ..." / "We are all responsible ..."). Two unmatched sentences facing
    each other at one end are one sentence said two ways, and both stay."""
    sa, sb = _SENTENCE_END.split(main.strip()), _SENTENCE_END.split(variant.strip())
    content_a, content_b = _content(main), _content(variant)

    def shares(sentence: str, other: set[str]) -> bool:
        return any(same_word(w, o) for w in _content(sentence) for o in other)

    dropped_a: list[str] = []
    dropped_b: list[str] = []
    for end in (0, -1):
        while len(sa) > 1 and not shares(sa[end], content_b) and shares(sb[end], content_a):
            dropped_a.append(sa.pop(end))
        while len(sb) > 1 and not shares(sb[end], content_a) and shares(sa[end], content_b):
            dropped_b.append(sb.pop(end))
    return " ".join(sa), " ".join(sb), dropped_a, dropped_b


def _content(text: str) -> set[str]:
    return {w for w in words(text) if w not in FUNCTION_WORDS and not _is_number(w)}


def _diff(main: str, variant: str):
    """(a, b, changes, meaning, replaced): the aligned word lists, every difference described,
    whether a negation or a number changed, and the (old, new) phrases replaced by other content
    words, which only the encoder can judge."""
    changes: list[str] = []
    main, variant, left_out, more = _kept_sentences(main, variant)
    changes += [f"'{' '.join(words(t))}' dropped" for t in left_out]
    changes += [f"'{' '.join(words(t))}' added" for t in more]
    a, b = words(main), words(variant)
    # a trimmed quotation is judged on the part it kept: what lies outside it was only dropped
    a, b, outside_a, outside_b = _aligned(a, b)
    changes += [f"'{' '.join(part)}' dropped" for part in outside_a if part]
    changes += [f"'{' '.join(part)}' added" for part in outside_b if part]
    meaning = False
    neg_a, neg_b = _negations(a), _negations(b)
    if neg_a != neg_b:
        meaning = True
        changes.append("negation added" if neg_b > neg_a else "negation dropped")
    num_a, num_b = _numbers(a), _numbers(b)
    if num_a and num_b and sorted(num_a) != sorted(num_b):
        meaning = True
        changes.append(f"number '{' '.join(num_a)}' -> '{' '.join(num_b)}'")
    replaced: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        old, new = a[i1:i2], b[j1:j2]
        if op == "delete":
            changes.append(f"'{' '.join(old)}' dropped")
        elif op == "insert":
            changes.append(f"'{' '.join(new)}' added")
        elif op == "replace" and _kinds_differ(old, new):
            meaning = True
            changes.append(f"'{' '.join(old)}' -> '{' '.join(new)}' (what is asserted: "
                           f"{'/'.join(sorted({_KINDS[w] for w in old if w in _KINDS}))} -> "
                           f"{'/'.join(sorted({_KINDS[w] for w in new if w in _KINDS}))})")
        elif op == "replace":
            content_old = [w for w in old if w not in FUNCTION_WORDS]
            content_new = [w for w in new if w not in FUNCTION_WORDS]
            if "".join(old) == "".join(new) or (
                len(content_old) == len(content_new)
                and all(same_word(x, y) for x, y in zip(content_old, content_new))
            ):
                # cease-fire/ceasefire, prevail/prevails, "will continue"/"continues"
                changes.append(f"'{' '.join(old)}' -> '{' '.join(new)}' (spelling or form)")
                continue
            changes.append(f"'{' '.join(old)}' -> '{' '.join(new)}'")
            if content_old and content_new:
                # content on one side only ("of" -> "people") was added or dropped, not changed;
                # what is judged is the content words replaced ("jail, which is what" ->
                # "prison. Now": jail -> prison), as function words are everywhere else here
                replaced.append((" ".join(content_old), " ".join(content_new)))
    return a, b, changes, meaning, replaced


def _kinds_differ(old: list[str], new: list[str]) -> bool:
    """A word of modality, obligation or quantity replaced by one of another kind."""
    kinds_old = {_KINDS[w] for w in old if w in _KINDS}
    kinds_new = {_KINDS[w] for w in new if w in _KINDS}
    return bool(kinds_old) and bool(kinds_new) and kinds_old != kinds_new


def replaced_phrases(main: str, variant: str) -> list[str]:
    """The texts `compare_wordings` may ask the encoder about, to encode many pairs at once: none
    when it asks nothing (a negation or number changed, or nothing was replaced by other content
    words), else the replaced phrases and the two whole wordings (asked for only when a phrase
    is no clear synonym)."""
    a, b, _, meaning, replaced = _diff(main, variant)
    if meaning or not replaced:
        return []
    return [p for pair in replaced for p in pair] + [" ".join(a), " ".join(b)]


def compare_wordings(main: str, variant: str, encoder) -> tuple[bool, list[str]]:
    """(changes_meaning, changes) of `variant` against `main` (see the module docstring)."""
    a, b, changes, meaning, replaced = _diff(main, variant)
    if meaning or not replaced or encoder is None:
        return meaning, changes
    # A replaced phrase passes as a clear synonym on its own; otherwise the whole wordings must be
    # near-identical ("a sad time" / "a sad day"). Opposites keep a high whole-sentence cosine
    # ("failed" / "succeeded" 0.87), so that bar is set above them.
    phrases = encoder.encode([p for pair in replaced for p in pair])
    if all(float(np.dot(phrases[2 * k], phrases[2 * k + 1])) >= settings.QUOTE_SYNONYM_SIMILARITY
           for k in range(len(replaced))):
        return False, changes
    whole = encoder.encode([" ".join(a), " ".join(b)])
    return float(np.dot(whole[0], whole[1])) < settings.QUOTE_SAME_MEANING, changes
