"""Lines that speak about the author or the outlet, or ask the reader to act, rather than report.

Pages wrap the news in sentences that read like prose but are not about the event:
- calls to act: an imperative at the start of a sentence ("Listen to ...", "Get ... alerts",
  "Download the app", "Join ...", "Never miss ...") that points at a channel of the outlet (app,
  podcast, newsletter, inbox, episode, membership) or addresses the reader and the outlet
  ("you", "our"), and pleas ("please give what you can");
- consent text: cookies spoken of to the reader or by the site ("This site uses cookies to give
  you ...");
- notes about the outlet or the text's rights: publishing, syndication and licensing
  ("... publishes news from partner agencies", "used under licence", "may not be republished"),
  a sentence opening "Copyright Name";
- author notes: a line that opens with a person's name and says what they cover or write
  ("... has reported on courts for the Courier since 2017", "... covers local government").
These are kinds of line, found by their grammar (imperative mood, second person, the outlet or
the author as subject) and a small vocabulary of what outlets offer, not by any outlet's wording.
A line holding a quotation or a reporting verb ("said", "according to") is a source speaking,
so news prose that merely mentions cookies, podcasts or subscriptions stays. Which kinds apply
anywhere and which only in the head or tail of an article is decided in accord.clean.lines.

What it does not do: promotional sentences with none of these marks ("The new album is out
now."), which read like news.
"""

from __future__ import annotations

import re

# Quoted speech: a sentence holding a quotation is a source talking, never a prompt to the reader.
# Searched as "an opening quote, three characters or more, a closing quote, on one line" by
# has_quotation(): the pattern `["“].{3,}["”]` it replaces backtracked from every opening quote
# to the end of the line (a line of 20,000 quotes: seconds; issue 20).
_OPENING_QUOTES = "\"“"
_CLOSING_QUOTES = "\"”"


def has_quotation(text: str) -> bool:
    """True when a line of `text` holds an opening quote, 3+ characters, then a closing quote."""
    for line in text.split("\n"):
        first = min((i for i in map(line.find, _OPENING_QUOTES) if i >= 0), default=-1)
        if first < 0:
            continue
        last = max(map(line.rfind, _CLOSING_QUOTES))
        if last - first > 3:
            return True
    return False


_REPORTED = re.compile(
    r"\b(said|says|told|according to|found|ruled|warned|argued|claimed|reported|announced|"
    r"wrote|added|insisted|admitted)\b", re.I)
_PERSON = re.compile(r"\b(you|your|you're|you'll|yours|our|us|we|we're|we'll|we've)\b", re.I)
# An imperative opening a sentence: what pages ask readers to do
_CALL = re.compile(
    r"^(?:please\s+|now\s+)?(?:listen|watch|read|catch|hear|stream|get|try|download|install|join|"
    r"become|give|donate|chip in|support|help|subscribe|sign up|follow|discover|explore|check out|"
    r"tune in|register|enter|grab|claim|unlock|upgrade|switch|enable|turn on|allow|accept|manage|"
    r"visit|click|tap|send|share|email|contact|never miss|don't miss|don’t miss|do not miss|"
    r"find out|learn more|see more|keep up|stay up to date|stay informed|stay updated|"
    r"make sure you|be the first)\b(?P<next>\s+\S+)?",
    re.I,
)
# Words after a first word that make it a noun or a subject, not an imperative ("Help arrived")
_NOT_OBJECT = re.compile(r"^(for|of|from|at|by|was|were|is|are|has|had|have|will|would|can|could|"
                         r"and|or|as|\w+ed)$", re.I)
# What an outlet offers its readers
_CHANNEL = re.compile(
    r"\b(apps?|podcasts?|newsletters?|e-?mails?|inbox|episodes?|channel|alerts|updates|members?|"
    r"membership|subscri\w+|streaming|notifications?|website|journalism|briefings?|digest|"
    r"whatsapp|telegram|google news|push)\b", re.I)
_PLEA = re.compile(r"\bplease\s+(give|donate|support|consider|chip|subscribe|help|join|become|"
                   r"contribute)\b", re.I)
_COOKIE = re.compile(r"\bcookies?\b", re.I)
_SITE = re.compile(r"\b(this|our|the) (site|website|page)\b|\bbrows(e|ing)\b", re.I)
_RIGHTS = re.compile(
    r"\b(re-?publish\w*|reproduc\w*|redistribut\w*|syndicat\w*|licen[cs]e[ds]?|partner agencies|"
    r"wire services|content-sharing|content sharing)\b", re.I)
_RIGHTS_OBJECT = re.compile(
    r"\b(content|material|articles?|stories|story|news|permission|consent|agreement|partners?|"
    r"agencies|licen[cs]e)\b", re.I)
_COPYRIGHT_SENTENCE = re.compile(r"(?:^|[.!?]\s+)Copyright\s+(?:©|\(c\)|\d{4}|[A-Z])")
_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|der|da|al|bin|la|le)){1,3}"
# What a reporter's note says they do: "has reported on", "covers", "writes about"
_CAREER = re.compile(
    rf"^{_NAME}\s+(?:has\s+(?:reported|covered|written|worked|been\s+reporting|been\s+covering)"
    r"|covers|writes\s+(?:about|on|for)|reports\s+(?:on|from|for)|is\s+(?:a|an|the)\s+[^.]{0,50}?"
    r"\b(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|producer|"
    r"presenter|photographer|critic))\b")


def kind_of(text: str) -> str | None:
    """The kind of a line of these sorts (see accord.clean.lines.EDGE_KINDS), or None."""
    if is_consent(text):
        return "prompt"
    kind = call_to_act(text)
    if kind:
        return kind
    if is_rights_note(text):
        return "note"
    if is_career_note(text):
        return "bio"
    return None


def reported(text: str) -> bool:
    """A reporting verb and no address to the reader: a source speaking."""
    return bool(_REPORTED.search(text)) and not _PERSON.search(text)


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?:])\s+(?=[\"“A-Z])", text.strip()) if s]


def call_to_act(text: str) -> str | None:
    """ "prompt" for a call to act on a channel of the outlet (furniture anywhere), "pitch" for
    one that only addresses the reader (furniture in the head or tail), else None."""
    if has_quotation(text):
        return None
    person = bool(_PERSON.search(text))
    if _REPORTED.search(text) and not person:
        return None
    imperative = False
    for s in sentences(text):
        m = _CALL.match(s.lstrip("•*-–—>→ "))
        if m and not (m.group("next") and _NOT_OBJECT.match(m.group("next").strip(" ,"))):
            imperative = True
            break
    if imperative and _CHANNEL.search(text):
        return "prompt"
    if imperative and person:
        return "pitch"
    if _PLEA.search(text) and person:
        return "pitch"
    return None


def is_consent(text: str) -> bool:
    """Cookies spoken of to the reader or by the site: a consent notice, not news about them."""
    if not _COOKIE.search(text) or has_quotation(text) or _REPORTED.search(text):
        return False
    return bool(_PERSON.search(text) or _SITE.search(text))


def is_rights_note(text: str) -> bool:
    """Publishing, syndication and licensing notes, and "Copyright Name" sentences."""
    if has_quotation(text) or (_REPORTED.search(text) and not _PERSON.search(text)):
        return False
    if _COPYRIGHT_SENTENCE.search(text):
        return True
    return bool(_RIGHTS.search(text) and _RIGHTS_OBJECT.search(text))


def is_career_note(text: str) -> bool:
    """A line opening with a person's name and what they cover or write: a reporter's note."""
    if has_quotation(text) or _REPORTED.search(text) or len(text.split()) > 60:
        return False  # "Maria Lind covers the cost herself, she told the council"
    return bool(_CAREER.match(text))


def opens_with(text: str, name: str | None) -> bool:
    """`text` opens with the author's `name` followed by a verb-like word ("Hanna Berglund has
    reported ..."): a note about the author. The reporter is not the subject of the news."""
    if not name or len(name.split()) < 2 or not text.startswith(name):
        return False
    rest = text[len(name):]
    return bool(re.match(r"\s+(?:is|was|has|have|had|covers|writes|reports|joined|previously|"
                         r"spent|lives|can|worked|works|began|started|edits|presents|[a-z]+s)\b", rest))
