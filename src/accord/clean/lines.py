"""Line features and boilerplate rules: is this line of a scraped page news text or furniture?

The rules look at the shape of a line, not at any outlet's wording: length, whether it ends like
a sentence, whether it has a verb, capitalisation, link-list and label patterns ("Word: value",
"Home > News"), dates and counters standing alone, e-mail addresses and handles, and a lexicon
of *page furniture* (share, subscribe, newsletter, cookie, comments, advertisement, photo
credit, copyright ...). This follows the features of boilerplate detectors such as jusText
(Pomikalek 2011, stop-word and link density of blocks) and Kohlschütter et al. 2010
("Boilerplate detection using shallow text features": word counts and position of blocks),
adapted to text that has already lost its markup.

Every rule returns a `kind` (why the line is furniture) or None. Kinds are "hard" (furniture
anywhere in the article) unless listed in `EDGE_KINDS`: those are furniture only in the head
or the tail of the article, where pages put their bylines, bios and notes, and where a line
that does not read like a sentence is never news. What it does not do: decide zones or the
title (accord.clean does that, with the whole article in view).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from accord import settings
from accord.clean import notes as N
from accord.clean.notes import has_quotation

# ---------------------------------------------------------------- lexicon of page furniture
# Words of the page around an article, never of a news sentence *when the line is short*.
_UI = re.compile(
    r"\b(share|shares|shared|tweet|whatsapp|facebook|twitter|linkedin|instagram|youtube|tiktok|reddit|"
    r"telegram|pinterest|subscribe|subscribed|subscriber|subscribers|subscription|unsubscribe|sign[ -]?up|"
    r"sign[ -]?in|log[ -]?in|logged in|register|newsletters?|inbox|notifications?|alerts?|"
    r"comments?|commenting|reply|replies|reactions?|likes?|views|cookies?|consent|privacy|"
    r"advertisement|advertising|advert|ad|ads|sponsored|promoted|related|recommended|recommendations|"
    r"trending|popular|read|reading|watch|listen|live|video|videos|podcast|gallery|photos?|"
    r"photograph|photographs|pictures?|pics?|images?|caption|credits?|illustration|getty|courtesy|"
    r"copyright|rights reserved|tags?|topics?|filed|categories|menu|skip|home|latest|more|print|"
    r"save|saved|bookmark|email|e-mail|contact|enquiries|inquiries|download|app|follow|donate|"
    r"donation|support|feedback|terms|conditions|policy|settings|loading|edition|issue|min|"
    r"newsroom|staff|desk|editor|editors|editing|reporting|disclaimer|notes?|source|via|syndicated)\b",
    re.I,
)
# Address to the reader about the page itself: furniture even in a full sentence.
_READER = re.compile(
    r"\b(you|your|you're|you'll|we'll|our)\b.{0,60}\b(newsletters?|bulletins?|briefings?|digest|inbox|subscri\w*|app|email address|"
    r"comments?|account|cookies?|notifications?|alerts|donation|membership|journalism|offers|"
    r"browser|ad ?blocker|email|e-mail)\b"
    r"|^(sign up|subscribe|follow|download|join|click|tap|share|like|register|log in|support|"
    r"send|email|e-mail|contact|call|visit|leave|write|tell us|got a story|have your say|"
    r"thanks for reading|thank you for reading|get the|get our|read the|watch the|listen to|"
    r"don't miss|do you have|already a|not convinced|please consider|receive)\b",
    re.I,
)
# The outlet speaking of itself to the reader: furniture in any line outside a quotation.
_READER_STRONG = re.compile(
    r"\b(unsubscribe|opt[ -]out|manage your (preferences|subscription))\b"
    r"|\b(we|our|us)\b.*\bcookies?\b|\bcookies?\b.*\b(we|our|us)\b"
    r"|\b(follow|join|contact|email|e-mail|write to|send|tell|message) us\b",
    re.I,
)
# Notes about the article itself: corrections, editing notes, print-edition notes.
_ABOUT_PAGE = re.compile(
    r"^this (page|article|story|post|interview|report|piece|content|material|video|release|"
    r"transcript) (has been|had been|was|is|appears|appeared|contains|first|originally|may)\b"
    r"|^(editor's note|correction|clarification)\s*:"
    # "Update: police have named the man" is news; an update about the page itself is not
    r"|^update\s*:.*\b(this (article|story|page|report|piece|post)|earlier version|amended|corrected)\b"
    r"|\bcontributed (reporting )?to (this|the) (report|story|article)\b"
    r"|\b(is|was) this (page|article|story|information|answer) (useful|helpful)\b"
    r"|^comments? (are|is|have been|has been) (now )?(closed|disabled|switched off|turned off)\b",
    re.I,
)
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(
    rf"\b\d{{4}}-\d{{2}}-\d{{2}}(t[\d:.]+z?)?\b|\b\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}\b"
    rf"|\b\d{{1,2}}(st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}\b|\b{_MONTH}\s+\d{{1,2}}(st|nd|rd|th)?,?(\s+\d{{4}})?\b"
    rf"|\b{_MONTH}\s+\d{{4}}\b",
    re.I,
)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.)?\b|\b\d{1,2}\s*(am|pm)\b|\b\d+\s+(minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\b", re.I)
_STAMP_WORD = re.compile(r"\b(updated|published|posted|modified|created|first published|last updated|date|ago|gmt|bst|utc|est|edt|cdt|pdt|ist|cet)\b", re.I)
# words that join a stamp's date and time ("Published 29 November 2026 at 21:10", "Posted on"),
# and a half of the day ending the line, which _TIME leaves ("at 9:10 p.m.": no word boundary after)
_STAMP_JOINER = re.compile(r"\b(?:at|on)\b|\b[ap]\.m\.", re.I)
_DAYNAME = re.compile(r"\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|sday|nesday|rsday|urday)?\b\.?", re.I)
# tried only where a token starts (the lookbehind): from inside a token it backtracked over the
# rest of it, quadratic on one long token (40,000 characters: 6 s; issue 20)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+")
_URL = re.compile(r"\bhttps?://\S+|\bwww\.[\w-]+\.\w+\S*", re.I)
_HANDLE = re.compile(r"(^|\s)@\w{2,}")
_COPYRIGHT = re.compile(
    r"©|\(c\)\s*\d{4}|\bcopyright\s*(©|\(c\)|\d{4})|\ball rights reserved\b|^\W*\d{4}\s+copyright\b", re.I)
_COPYRIGHT_WORD = re.compile(r"^copyright\b", re.I)  # "Copyright Example Media": when no sentence
_BYLINE = re.compile(
    r"^(?i:(?:written|words|story|text|interview|reporting|reported|compiled|edited|photographs|pictures|additional reporting)\s+)?"
    r"[Bb]y:?\s+(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der|da|al|bin|la|le)){0,4})"
)
_PROCESS_CREDIT = re.compile(r"\b(?i:reporting|writing|editing|additional reporting|compiled|produced|edited|photographs|photos|pictures|video|interview) by [A-Z]")
_MEDIA_LABEL = re.compile(
    r"^\(?\s*(photo|photograph|image|picture|pic|video|media|illustration|graphic|file photo|credit|caption)s?"
    r"(\s+(source|caption|credit|courtesy))?\s*(courtesy)?\s*[,:|]",
    re.I,
)
_TRAILING_CREDIT = re.compile(
    r"\((?i:\s*(?:photo|photograph|image|picture|pic|video|illustration|graphic|credit|file)s?\b)[^)]*\)\s*$"
    r"|\(\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*(?:for|via|/)\s*[A-Z][^()]{1,50}\)\s*$"
    r"|\b(?i:photo|photograph|image|picture|pic)s?\s*(?i:credit)?\s*:\s*[A-Z][^.!?]{0,60}$"
)
_CRUMB_SEP = re.compile(r"\s(?:>|›|»|/|\|)\s")
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+\S")
# Press-release and wire end marks: what follows is about the sender, not the news.
_END_MARKER = re.compile(r"^\s*(#\s*#\s*#|-\s*30\s*-|-?\s*ENDS?\s*-?|—\s*end\s*—)\s*$")
_COUNTER = re.compile(r"^[\W\d.,]*\d[\d.,]*\s*[kKmM]?\s*(comments?|views?|shares?|likes?|reactions?|replies|votes?|min(ute)?s?( read)?)?\W*$", re.I)
_LABEL = re.compile(r"^(?P<label>[^\W\d_][\w'’&. ]{0,30}?)\s*(?::-|:|\||»|›)\s*(?P<rest>.*)$")
# from the start of a run of spaces only (from each of its spaces: quadratic, issue 20)
_HEADLINE_SEP = re.compile(r"(?<!\s)\s+(?:\||–|—|-|::)\s+(?P<outlet>[^|–—]{2,40})$")
_TERMINAL = re.compile(r"[.!?…](?:[\"'”’»)\]]+)?$")
_VERB = re.compile(
    r"\b(is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|can|could|may|might|"
    r"must|shall|should|said|says|say|told|tell|added|according)\b|\b\w{3,}(ed|es)\b",
    re.I,
)
_WORD = re.compile(r"[^\W_][\w'’.-]*")
_LETTER = re.compile(r"[^\W\d_]")

EDGE_KINDS = frozenset({"edge", "bio", "note", "name", "contact_edge", "label", "pitch", "subhead"})
# Furniture that opens an article: its presence marks the end of the page's head.
HEAD_KINDS = frozenset({"byline", "crumb"})


@dataclass(frozen=True)
class Line:
    text: str
    words: int
    terminal: bool  # ends like a sentence: . ! ? or …, maybe followed by closing quotes
    sentence: bool  # reads like a sentence: terminal, a lower-case word, and a verb or several words

    @classmethod
    def of(cls, text: str) -> "Line":
        words = _WORD.findall(text)
        n = len(words)
        terminal = bool(_TERMINAL.search(text.rstrip()))
        lower = any(w[0].islower() for w in words)
        verb = bool(_VERB.search(text))
        opens = bool(re.match(r"^[\"'“‘«(\[]*[A-Z0-9]", text.lstrip("•*-– ")))
        # Terminal, and either very short ("No.", "Not yet.") or with lower-case words and a verb
        # or enough words to carry one ("Call it a comeback.").
        sentence = terminal and opens and n >= 1 and (n <= 3 or (lower and (verb or n >= 4)))
        # A long paragraph is prose even when the scrape cut its closing punctuation.
        sentence = sentence or (n >= 20 and lower and verb)
        return cls(text, n, terminal, sentence)


def classify(line: Line) -> str | None:
    """Why `line` is page furniture, or None when it may be news. See the module docstring."""
    text = line.text.strip()
    if line.sentence and line.words > settings.CLEAN_PROSE_WORDS:
        return None  # a long paragraph of prose: furniture lines are shorter (and this is fast)
    if _END_MARKER.match(text):
        return "end"
    if not _LETTER.search(text):
        return "separator" if not re.fullmatch(r"[\d.,]+%?", text) or line.words <= 1 else None
    if _COUNTER.match(text) and line.words <= 4:
        return "counter"
    if (_COPYRIGHT.search(text) or (_COPYRIGHT_WORD.search(text) and not line.sentence)) and line.words <= 60:
        return "copyright"
    if _MEDIA_LABEL.match(text) or (_TRAILING_CREDIT.search(text) and line.words <= 45):
        return "caption"
    if text.startswith("(") and text.endswith(")") and not line.sentence and line.words <= 15:
        return "caption"
    byline = _BYLINE.match(text)
    if byline and line.words <= 16 and not line.sentence:
        return "byline"
    if _PROCESS_CREDIT.search(text) and line.words <= 30:
        return "byline"
    if is_timestamp(line):
        return "timestamp"
    if _CRUMB_SEP.search(text) and not line.sentence and _short_items(_CRUMB_SEP.split(text), 4):
        return "crumb"
    if _EMAIL.search(text) or _URL.search(text) or _HANDLE.search(text):
        if line.words <= 25 and (not line.sentence or _READER.search(text)):
            return "contact"
        if line.words <= 25:
            return "contact_edge"
    reported = bool(N.reported(text))  # a source speaking of unsubscribing, not the page
    if _READER_STRONG.search(text) and line.words <= 60 and not has_quotation(text) and not reported:
        return "prompt"
    if _READER.search(text) and (line.words <= 40):
        if not line.sentence or (line.words <= 6 and _UI.search(text.split(None, 1)[-1])) or (
                STRONG_UI.search(text) and not has_quotation(text)):
            return "prompt"
    if line.words <= 60:
        kind = N.kind_of(text)
        if kind:
            return kind
    label = _LABEL.match(text)
    if label and not _DATE.match(label.group("label")):
        kind = _label_kind(label.group("label"), label.group("rest"), line)
        if kind:
            return kind
    if not line.sentence:
        cues = len(_UI.findall(text)) if line.words <= 12 else 0
        if cues and line.words <= 6:
            # "Share", "Read more", "Sign up now"; but a subhead whose furniture word is not its
            # first ("A repair with conditions") is furniture only in the head or tail
            first_cue = bool(_UI.match(text.lstrip("•*-–—>→ ")))
            plain = not (line.words <= 3 or first_cue or cues >= 2 or STRONG_UI.search(text))
            return "subhead" if plain else "ui"
        if cues >= 2 and line.words <= 12:
            return "ui"
        if _all_caps(text) and line.words <= 5:
            return "banner"
    if _ABOUT_PAGE.search(text) and line.words <= 40:
        return "note"
    if is_bio(text):
        return "bio"
    if not line.sentence:
        if _is_name(text):
            return "name"
        return "edge"
    return None


def is_timestamp(line: Line) -> bool:
    """A line that is a date or time (with labels like "Updated"), not a sentence with one."""
    text = line.text
    if line.words > 16 or (line.sentence and line.words > 6 and not _STAMP_WORD.search(text)):
        return False
    stamp = bool(_DATE.search(text) or _TIME.search(text))
    rest = _DATE.sub(" ", text)
    rest = _TIME.sub(" ", rest)
    rest = _STAMP_WORD.sub(" ", rest)
    rest = _DAYNAME.sub(" ", rest)
    if _STAMP_WORD.search(text):
        rest = _STAMP_JOINER.sub(" ", rest)  # "Published Nov. 29, 2026 at 9:10 p.m."
    rest_words = [w for w in _WORD.findall(rest) if not w.isdigit() and len(w) > 1]
    if stamp and len(rest_words) <= (0 if line.sentence else 3):
        return True
    # "Updated Date", "Published" alone: a stamp whose date the scraper lost.
    return bool(_STAMP_WORD.search(text)) and line.words <= 3 and not line.sentence


_ROLE = (r"(reporter|correspondent|editor|writer|journalist|columnist|contributor|producer|author|"
         r"photographer|presenter|anchor|lead|engineer|founder|director|manager|analyst|fellow)")
# Words of the page that mark a line at the end of an article as the page's, not the story's.
STRONG_UI = re.compile(
    r"\b(comments?|subscri\w+|newsletters?|bulletins?|briefings?|cookies?|sign[ -]?(up|in)|log[ -]?in|register|advertisement|"
    r"download|privacy|moderated|inbox|notifications?|unsubscribe|donat\w+|journalism)\b", re.I)


def is_bio(text: str) -> bool:
    """ "Jane Doe is a reporter at The Ledger, covering ..." - an author's note."""
    if re.match(r"^(He|She|They|It|This|That|There|The|A|An|Her|His|Their)\b", text):
        return False  # a sentence about someone, not a note naming the author
    if re.match(r"^(Writes|Covers|Reports|Writing|Covering) (about|on)\b", text):
        return True
    if (re.match(rf"^[A-Z][\w'’ -]{{0,40}}\b{_ROLE}s? (at|for|of|with) [A-Z]", text) and len(text.split()) <= 30
            and not re.search(r"\b(said|says|told|announced|added|was|were|will)\b", text)):
        return True
    return bool(re.match(
        r"^[A-Z][\w'’.-]+(\s+[A-Z][\w'’.-]+){0,3}\s+(is|was|has been|covers|writes|reports)\b[^.]{0,80}?"
        r"\b(reporter|correspondent|editor|writer|journalist|columnist|contributor|producer|author|"
        r"freelance\w*|critic|photographer|presenter|anchor|staff|covers|covering|writes|writing)\b",
        text,
    ))


def _label_kind(label: str, rest: str, line: Line) -> str | None:
    """ "Also read: ...", "Source: X", "Tags: a, b" - a short label, then a value that is no sentence."""
    words = label.split()
    if len(words) > 4:
        return None
    rest_line = Line.of(rest) if rest else None
    if _UI.search(label):
        if not rest or not rest_line.sentence or len(words) <= 2 and rest_line.words <= 25 and not rest_line.terminal:
            return "link"
        # "Disclaimer: This story ...": a note of the page, furniture at the head or tail only.
        return "link" if re.search(r"\b(read|related|watch|listen|more|see|also)\b", label, re.I) else "note"
    # The value reads as prose ("Third: it was never about the water."), even uncapitalised.
    if rest_line is not None and (rest_line.sentence or rest_line.words > 12 or (
            rest_line.terminal and rest_line.words >= 4 and _VERB.search(rest))):
        return None
    return "label"


def headline_outlet(text: str) -> tuple[str, str] | None:
    """ "Some headline | Outlet" -> ("Some headline", "Outlet") when the line looks like one.

    After a pipe any short capitalised name is the outlet; after a dash (which headlines also
    use inside themselves) only a name that looks like an outlet: an acronym, a domain, or a
    name with an outlet word ("News", "Times") or of a known agency.
    """
    m = _HEADLINE_SEP.search(text)
    if not m:
        return None
    outlet = m.group("outlet").strip()
    head = text[: m.start()].strip()
    if len(outlet.split()) > 4 or not outlet[:1].isupper() or len(head.split()) < 3 or " by " in outlet:
        return None
    if _TERMINAL.search(outlet) and not outlet.endswith(")"):
        return None
    pipe = text[m.start():m.start("outlet")].strip() in ("|", "::")
    if not pipe:
        from accord.clean.metadata import _outlet

        if not (re.fullmatch(r"[A-Z]{2,6}", outlet) or re.search(r"\.[a-z]{2,4}$", outlet) or _outlet(outlet)):
            return None
    return head, outlet


def _short_items(items: list[str], max_words: int) -> bool:
    items = [i.strip() for i in items if i.strip()]
    return len(items) >= 2 and all(len(i.split()) <= max_words for i in items)


def _all_caps(text: str) -> bool:
    letters = _LETTER.findall(text)
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.9


def _is_name(text: str) -> bool:
    """Two to four capitalised words alone on a line: an author's name, a section or a desk."""
    words = text.split()
    return 1 <= len(words) <= 5 and all(w[:1].isupper() or w.lower() in ("at", "of", "de", "and", "for") for w in words)


def numbered(text: str) -> bool:
    return bool(_NUMBERED.match(text))


def dates_in(text: str) -> list[str]:
    return [m.group(0) for m in _DATE.finditer(text)]
