"""What an article says about itself: dateline, byline, dates, outlet, and the outlets it credits.

- Dateline: the wire-style opening of the first paragraph, "PLACE[, Region][, Date] [(Agency)]
  [/Wire/] -" or "Place:", recognised by shape (a capitalised place, optional date and
  parenthesised source, then a dash or colon before a capitalised sentence).
- Byline: "By Name[, role]" -> "Name".
- Dates: dateparser on date spans only (lines.dates_in finds them), never on free text, and
  never a date without a year (dateparser would fill in the current year).
- Credits (the agencies and outlets the text credits): credit verbs and phrases ("told X",
  "X reported", "according to X", "(X) -", "Source: X", "via X") followed or preceded by a
  capitalised name that is an outlet: a known news agency, an acronym, or a name carrying an
  outlet word (News, Times, Post, Radio, Agency ...). A person named after "told" is no credit.

What it does not do: judge whether a credit is honest (accord.provenance compares texts).
"""

from __future__ import annotations

import datetime as dt
import re

from accord.clean import lines as L

# News agencies and broadcasters named in datelines and credits worldwide: world knowledge about
# the news trade (like a list of month names), canonical form first.
AGENCIES = {
    "reuters": "Reuters", "ap": "AP", "associated press": "AP", "the associated press": "AP",
    "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP", "upi": "UPI",
    "dpa": "dpa", "ani": "ANI", "pti": "PTI", "ians": "IANS", "efe": "EFE", "ansa": "ANSA",
    "xinhua": "Xinhua", "tass": "TASS", "kyodo": "Kyodo", "yonhap": "Yonhap", "bernama": "Bernama",
    "anadolu": "Anadolu", "bloomberg": "Bloomberg", "bbc": "BBC", "cnn": "CNN", "al jazeera": "Al Jazeera",
    "sputnik": "Sputnik", "interfax": "Interfax", "ria novosti": "RIA Novosti", "pa": "PA",
    "press association": "PA", "canadian press": "Canadian Press", "aap": "AAP", "nhk": "NHK",
    "prnewswire": "PR Newswire", "pr newswire": "PR Newswire", "business wire": "Business Wire",
    "globe newswire": "GlobeNewswire", "dw": "DW", "deutsche welle": "DW",
}
_OUTLET_WORDS = re.compile(
    r"\b(News|Times|Post|Journal|Herald|Tribune|Gazette|Press|Radio|TV|Television|Broadcasting|"
    r"Agency|Wire|Newswire|Daily|Chronicle|Telegraph|Guardian|Mail|Express|Courier|Observer|"
    r"Standard|Star|Sun|Network|Channel|Media|Magazine|Review|Weekly|Monitor|Insider|Today|Report|"
    r"Record|Bulletin|Dispatch|Examiner|Inquirer|Independent|Globe|Mirror|Register|Sentinel|"
    r"Leader|Argus|Advertiser|Ledger|Citizen|Nation|Gazeta|Zeitung|Tageblatt|Corriere|Le Monde)\b"
)
_NAME = r"(?:[Tt]he +)?(?P<name>[A-Z][\w&'’.-]*(?: +(?:[A-Z][\w&'’.-]*|of|de|du|al|la|el)){0,4})"
_CREDIT_AFTER = re.compile(
    r"\b(?i:told|tells|telling|according to|reported by|cited by|quoted by|quoting|citing|"
    r"(?:said|says|speaking|spoke|confirmed|wrote|writing)\s+(?:to|in|on)|interview with|reports? (?:by|from|in)|"
    r"(?:first\s+)?(?:reported|published|broadcast|aired)\s+(?:by|in|on)|source:|sources:|via|courtesy of|"
    r"syndicated from:?|read (?:the )?full story (?:at|on))\s+" + _NAME
)
# Entered only where a token starts, committed to the token's first capital: tried at every
# capital of a token it backtracked over the rest, cubic on one long upper-case token (5,000
# characters: 15 s; issue 20). A name's first word runs to the token's end whatever capital it
# starts at, so the names are those `_NAME + ...` searched everywhere finds (but for a name
# glued to the end of an earlier match: "Reuters cited-Times cited" finds Reuters only).
_CREDIT_BEFORE = re.compile(
    r"(?<![\w&'’.-])(?>[\w&'’.-]*?(?=[A-Z]|[Tt]he +))" + _NAME
    + r"\s+(?:reported|reports|has reported|had reported|said in a report|quoted|cited|"
    r"could not (?:independently )?(?:verify|confirm)|was unable to (?:verify|confirm)|has learned|learned|"
    r"writer|reporter|correspondent|contributed)\b"
)
_PAREN_SOURCE = re.compile(r"\((?P<name>[A-Z][\w&.' -]{1,40})\)|/(?P<wire>[A-Z][\w ]{2,30})/")
# The dateline: capitalised place words (optionally a region and a date), optional sources,
# then a dash or a colon, then the sentence.
_DATELINE = re.compile(
    r"^(?P<dl>(?P<place>[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,3})"
    r"(?:\s*\([A-Z][\w .'-]{1,30}\))?"
    r"(?:,\s*[A-Z][a-z]{1,12}\.?(?:\s[A-Z][a-z]+\.?)?(?=,|\s*[(/–—-]))?"
    r"(?:,\s*(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?))?"
    r"(?:\s*\((?P<agency>[A-Z][\w&.' -]{1,40})\))*"
    r"(?:\s*/(?P<wire>[A-Z][\w ]{2,30})/)?"
    r"\s*(?:--|—|–|-|:)\s+)(?=[\"“‘'A-Z0-9])"
)


def split_dateline(text: str) -> tuple[str | None, str]:
    """("PLACE, Date (Agency) -", rest) when `text` opens with a dateline, else (None, text)."""
    m = _DATELINE.match(text)
    if not m:
        return None, text
    place = m.group("place")
    words = place.split()
    if words[0].upper() in ("A", "AN"):  # "A FIRE - BOMB attack": a capitalised opening, no place
        return None, text
    if any(c.isdigit() for c in place):  # "COVID-19 -", "G20 -": a topic label, no place
        return None, text
    upper = place.isupper() and len(place) > 2
    # A title-case place needs the rest of a dateline (date, agency or wire) or a colon form
    # with one or two words ("Kabul:"); otherwise "Third:" or "Update -" would pass.
    marked = m.group("date") or m.group("agency") or m.group("wire")
    # "Kabul: The war ..." (a title-case place and a colon) needs a long sentence after it, so
    # that a headline label ("Lawyer: Star checks into rehab.") is not taken for a place.
    colon = len(words) <= 2 and m.group("dl").rstrip().endswith(":") and L.Line.of(text[m.end():]).words >= 10
    if not (upper or marked or colon):
        return None, text
    if L._UI.search(place) or not L.Line.of(text[m.end():]).sentence:
        return None, text
    return m.group("dl").strip(), text[m.end():]


def byline_name(text: str) -> str | None:
    m = L._BYLINE.match(text.strip())
    if not m:
        return None
    name = re.split(r"\s+(?:and|in|at|for)\s+|[,|/•·]", m.group("name"))[0].strip(" .")
    return name or None


def date_of(text: str) -> dt.date | None:
    """The first date with a year in `text` (a timestamp line or a dateline), else None."""
    from accord.ingest.formats import parse_date_span

    for span in L.dates_in(text):
        if not re.search(r"\d{4}", span):
            continue
        found = parse_date_span(span)
        if found and plausible_page_date(found):
            return found
    return None


def plausible_page_date(d: dt.date) -> bool:
    """A page's date: not before the web news era, not after the day after tomorrow."""
    return dt.date(1990, 1, 1) <= d <= dt.date.today() + dt.timedelta(days=2)


def credits_in(text: str, extra: list[str] = (), after: list[str] = ()) -> tuple[str, ...]:
    """Outlets credited by `text` (the body) and by removed lines: `extra` before it (the
    dateline), `after` it ("Source: X" lines), in document order."""
    found: list[str] = []
    extra = [*extra, *after]
    for chunk in [*extra[:1], text, *extra[1:]]:
        hits = [(m.start("name"), m.group("name")) for pattern in (_CREDIT_AFTER, _CREDIT_BEFORE)
                for m in pattern.finditer(chunk)]
        for _, name in sorted(hits):
            name = _outlet(name)
            if name:
                found.append(name)
    if extra and extra[0]:  # the dateline: its last parenthesis and /wire/ name the source
        sources = [m.group("name") or m.group("wire") for m in _PAREN_SOURCE.finditer(extra[0])]
        parens = [m.group("name") for m in _PAREN_SOURCE.finditer(extra[0]) if m.group("name")]
        for name in sources:
            # "Valmont (France) (AFP) -": the first parenthesis is a region, unless an agency.
            if name in parens[:-1] and name.strip().lower() not in AGENCIES:
                continue
            name = _outlet(name, strict=False)
            if name:
                found.append(name)
    for m in _PAREN_SOURCE.finditer(text):  # "(AFP)" in running text: only a known agency
        name = m.group("name") or m.group("wire")
        if name and name.strip().lower() in AGENCIES:
            found.append(AGENCIES[name.strip().lower()])
    out: list[str] = []
    for name in found:
        if name not in out:
            out.append(name)
    return tuple(out)


_SECTION_WORDS = frozenset(
    "the news world local national international breaking latest top business sport sports politics "
    "opinion live home weather region regional community culture entertainment tech science health "
    "today daily weekly more stories headlines".split()
)


def banner_outlet(line: str) -> str | None:
    """The outlet a banner line in the page's head names ("Coastline News", "Harbour Daily |
    Local news"): a part with an outlet word and a name of its own, not a section ("World News")."""
    for part in re.split(r"\s+[|>›»/–—-]\s+", line):
        part = part.strip()
        words = part.split()
        if not 1 <= len(words) <= 5 or not all(w[:1].isupper() or not w[:1].isalpha() for w in words):
            continue
        if not _outlet(part) or (len(words) == 1 and part.lower() not in AGENCIES):
            continue  # one word ("TV", "Times") is a section or a fragment, unless an agency
        if part.startswith("The ") or any(w.lower() not in _SECTION_WORDS for w in words):
            return part
    return None


def _outlet(name: str | None, strict: bool = True) -> str | None:
    """`name` as a credited outlet, or None when it is a person or a place."""
    if not name:
        return None
    name = re.sub(r"^[Tt]he\s+", "", name.strip(" .,'’"))
    name = re.split(r"\s+(?:on|in|that|said|and|but|of the)\b", name)[0].strip(" .,")
    words = name.split()
    for n in range(len(words), 0, -1):  # "BBC Persian" -> BBC, "Reuters news agency" -> Reuters
        key = " ".join(words[:n]).lower()
        if key in AGENCIES:
            return AGENCIES[key]
    if _OUTLET_WORDS.search(name):
        return name
    if not strict and 1 <= len(words) <= 4:
        return name
    return None
