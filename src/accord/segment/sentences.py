"""Split a cleaned article into sentences, each with its character span.

Rules, not a statistical model: news text is regular enough that a splitter which knows news
abbreviations (U.S., Gen., a.m., Jan.), initials, decimal numbers, quotations that run over
several sentences and paragraph breaks beats a general one (spaCy's `senter` splits after
"approx." and "bn."; pysbd is slow, see ../shared/DEPENDENCIES.md), and keeps exact spans.

What it does not do: it does not find quotations' speakers (compare.quotes) and it does not
drop anything but a wire dateline ("KABUL, Sept. 6 (Reuters) -"), which the lead sentence's span
leaves out: the union of the spans covers every other non-blank character of the text.
Tokenised corpora (Penn Treebank style: `` opens and '' closes a quotation, spaces before
punctuation) are read as well as typeset text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from accord import settings
from accord.clean.metadata import split_dateline
from accord.types import Article, Sentence

# Abbreviations after which a period does not end a sentence (lower-cased, without the dot).
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms mx dr prof gen lt col maj capt cmdr adm sgt cpl pvt gov sen rep rev fr sr jr st mt
    ft hon pres supt insp det amb atty vs etc al approx est dept univ assn bros inc corp co ltd
    plc llc jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri
    sat sun no nos vol fig pp op cf ie eg ca bn mn tn km kg cm mm lb lbs oz sq ave blvd rd hwy
    const dep dist asst assoc msgr brig spc pfc adj sup insp cdr
    """.split()
)
# Abbreviations that often do end a sentence ("... in the U.S. The next day ..."): split after
# them only when the next word is a typical sentence opener.
_SOFT_ABBREVIATIONS = frozenset(
    "us uk un eu am pm ad bc dc jr sr co inc corp ltd plc llc etc ave blvd rd hwy".split()
)
_OPENERS = frozenset(
    """
    the a an he she it they we i you his her its their our this that these those there here
    but and so yet however meanwhile still also in on at after before when while as if since
    some many most more one two three four five six seven eight nine ten police officials
    """.split()
)

_FUNCTION_WORD = re.compile(r"(?:^|\s)(?:a|an|the|of|at|to|by|is|was|than|about|from|with)$")
_QUOTE_WHOLE = 300  # characters: a quotation up to this long stays one sentence
_QUOTE_OPEN = "\"“«„"
_QUOTE_CLOSE = "\"”»"
_CLOSERS = "\"'”’»)]"
_TERMINAL = re.compile(r"[.!?…]+")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_NEXT_WORD = re.compile(r"[\"'“‘«(\[]*([A-Za-z]+)")
_BLOCK = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")  # runs of non-blank lines


def split_sentences(text: str, article: str = "") -> list[Sentence]:
    """Sentences of `text` in order, with spans; `article` is the id they cite."""
    out: list[Sentence] = []
    for paragraph, (start, end) in enumerate(_paragraphs(text)):
        if paragraph == 0:
            start = _skip_dateline(text, start, end)
        for s, e in _split_block(text, start, end):
            for s, e in _bounded(text, s, e):
                out.append(Sentence(article, len(out), s, e, text[s:e], paragraph))
    return out


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The span cut into pieces of at most SEGMENT_MAX_SENTENCE_CHARS, at a space where there
    is one: a run-on "sentence" of 20,000 characters (a table, a hostile token) is not prose,
    and every per-sentence comparison after this stage is then bounded (issue 20)."""
    cap = settings.SEGMENT_MAX_SENTENCE_CHARS
    while end - start > cap:
        cut = text.rfind(" ", start + cap // 2, start + cap)
        cut = cut if cut > start else start + cap
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        yield start, piece_end
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end


def segment(article: Article) -> tuple[Sentence, ...]:
    return tuple(split_sentences(article.text, article.id))


def _skip_dateline(text: str, start: int, end: int) -> int:
    """Where the lead sentence starts: after a wire dateline ("KABUL, Sept. 6 (Reuters) -").

    The dateline locates the story, it is not part of the sentence. The cleaner's rule decides
    what is one, so "US - China talks" and "A FIRE - Bomb attack" keep their first words.
    """
    dateline, rest = split_dateline(text[start:end])
    return end - len(rest) if dateline else start


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Blocks separated by blank lines; inside a block, a line that ends a sentence (or a line
    that looks like a heading) also ends the paragraph, while a hard-wrapped line does not."""
    for m in _BLOCK.finditer(text):
        start = m.start()
        pos = m.start()
        lines = m.group(0).split("\n")
        for i, line in enumerate(lines):
            line_end = pos + len(line)
            last = i == len(lines) - 1
            if last or _line_ends_paragraph(line, lines[i + 1]):
                s, e = _strip(text, start, line_end)
                if s < e:
                    yield s, e
                start = line_end + 1
            pos = line_end + 1


def _line_ends_paragraph(line: str, nxt: str) -> bool:
    stripped = line.rstrip()
    if not stripped:
        return True
    if stripped[-1] in ".!?…:" or stripped[-1] in _CLOSERS:
        return True
    nxt = nxt.lstrip()
    # a short line with no final punctuation followed by a capitalised line: a heading/title
    if nxt[:1].isupper() and len(stripped) < 120:
        return True
    return not nxt[:1].islower()


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_block(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    depth = 0  # inside a double quotation?
    sent_start = start
    i = start
    while i < end:
        ch = text[i]
        if ch in _QUOTE_OPEN or ch in _QUOTE_CLOSE:
            depth = _quote_depth(text, i, depth)
        elif text.startswith("''", i) or text.startswith("``", i):
            depth = 1 if ch == "`" else 0  # Penn Treebank quotation marks
            i += 2
            continue
        m = _TERMINAL.match(text, i) if ch in ".!?…" else None
        if m is None:
            i += 1
            continue
        j = m.end()
        while j < end and text[j] in _CLOSERS:
            if text[j] in _QUOTE_CLOSE:
                depth = 0
            j += 1
        # a detached closing quote ("her . '' Then", 'factor. " Henry') belongs to this sentence
        if text.startswith(" ''", j) and (j + 3 >= end or text[j + 3].isspace()):
            depth = 0
            j += 3
        elif depth and text[j : j + 1] == " " and text[j + 1 : j + 2] in ('"', "”", "»") and (
            j + 2 >= end or text[j + 2].isspace()
        ):
            depth = 0
            j += 2
        if j >= end:
            break
        if text[j].isspace() and _ends_sentence(text, sent_start, i, m.group(0), j, end, depth):
            s, e = _strip(text, sent_start, j)
            if s < e:
                yield s, e
            sent_start = j
        i = j
    s, e = _strip(text, sent_start, end)
    if s < e:
        yield s, e


def _quote_depth(text: str, i: int, depth: int) -> int:
    ch = text[i]
    if ch in "“«„":
        return 1
    if ch in "”»":
        return 0
    # a straight double quote opens when it follows space/start and closes otherwise
    prev = text[i - 1] if i > 0 else " "
    return 1 if (prev.isspace() or prev in "([—–-") and depth == 0 else 0


def _ends_sentence(text: str, sent_start: int, i: int, punct: str, j: int, end: int, depth: int) -> bool:
    k = j
    while k < end and text[k].isspace():
        k += 1
    if k >= end:
        return True
    nxt = text[k]
    # the next sentence must open with a capital, a digit or an opening quote/bracket
    if not (nxt.isupper() or nxt.isdigit() or nxt in _QUOTE_OPEN + "'‘(["):
        return False
    if depth and len(text[sent_start:i]) < _QUOTE_WHOLE:
        # inside a short quotation that closes soon: keep it whole with its attribution ("He
        # said: "We will fight. We will win.""); a long one is split like running text
        if _closes_later(text, j, min(end, j + _QUOTE_WHOLE)):
            return False
    if text[k].isdigit() and (text[i - 1 : i] == " " or _FUNCTION_WORD.search(text, max(0, i - 6), i)):
        return False  # a tokenised decimal: "a level of . 08 percent", "grabbed a. 357 Magnum"
    if punct != ".":
        return True
    before = _WORD_BEFORE.search(text, max(sent_start, i - 40), i)
    if before is None:
        return True  # "... 2021." or '..."' : a number or symbol before the period
    word = before.group(1)
    key = word.replace(".", "").lower()
    next_word = _NEXT_WORD.match(text, k)
    opener = next_word is not None and next_word.group(1).lower() in _OPENERS
    if len(word) == 1 and word.isupper():
        # an initial: "J. Smith"; not a unit glued to its figure ("reaching 36C. Power was ...")
        return before.start(1) > 0 and text[before.start(1) - 1].isdigit()
    if "." in word:  # dotted acronym: U.S., a.m., e.g.
        return opener or key not in _SOFT_ABBREVIATIONS and len(key) > 3
    if key in _SOFT_ABBREVIATIONS and word.isupper() is False and key in {"am", "pm"}:
        return opener
    if key in _ABBREVIATIONS:
        if key == "no" and not text[k].isdigit():
            return True  # "He said no." then a new sentence
        return key in _SOFT_ABBREVIATIONS and opener
    return True


def _closes_later(text: str, j: int, end: int) -> bool:
    """Does the open quotation close before another one opens? (An unbalanced quotation mark
    must not glue the rest of the paragraph into one sentence.)"""
    for n in range(j, end):
        ch = text[n]
        if ch in "”»" or text.startswith("''", n):
            return True
        if ch in "“«„" or text.startswith("``", n):
            return False
        if ch == '"':
            before = text[n - 1] if n > 0 else " "
            after = text[n + 1] if n + 1 < len(text) else " "
            # a straight quote after a space and before a word opens a new quotation
            return not (before.isspace() and (after.isalnum() or after in "'‘"))
    return False
