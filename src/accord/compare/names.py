"""Name matching: when two written names can be the same person, and when they cannot.

Used by compare.entities (merging spelling variants) and compare.relations / compare.quotes
(deciding that two people are clearly different before anything is flagged).

Two names are the same person when their surnames match and their given names align token by
token. A token matches another when the folded spellings are equal, when their
transliteration-aware keys are equal (doubled letters collapsed, ou/oo -> u, ph -> f, th -> t,
kh -> k, q -> k, vowels dropped after the first letter: Masood/Massoud, Ahmed/Ahmad,
Anthony/Antony, Muhammad/Mohammed), or when the folded spellings are within a small edit
distance (a name garbled by a paraphrasing tool: Zabihullah/Zabiullah). The key follows the
spirit of Soundex / NYSIIS (Taft 1970): spelling variation in transliterated names lives mostly
in vowels and doubled consonants.

Initials ("E. Haugland") fit a full name whose given names they begin (`initials_fit`); the
entity index merges them only when one person of the story fits.

What it does not do: nicknames (Bill/William) are not matched; an extra
full middle name keeps two names apart ("Ahmad Shah Massoud" is not "Ahmad Massoud"), which
favours precision: a wrong merge hides a conflict, a missed merge only lists a name twice.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

from accord import settings

# Titles and honorifics written before a name; they are not part of it.
TITLES = frozenset(
    """
    mr mrs ms miss mx dr prof sir dame lord lady president vice prime minister secretary general
    gen lt col colonel maj major capt captain sgt sergeant gov governor sen senator rep
    representative judge justice king queen prince princess sheikh shaikh mullah maulvi imam
    rev reverend father pope chancellor mayor chief commander officer inspector detective agent
    deputy ambassador spokesman spokeswoman spokesperson leader former late us u.s. uk
    nurse doctor professor coach pastor bishop cardinal constable superintendent councillor
    councilman councilwoman congressman congresswoman lawmaker mp minister director
    """.split()
)
# Particles inside names that are not given names or surnames on their own.
PARTICLES = frozenset("al el bin ibn bint van von der de del della da di la le du dos das abu".split())

_DIGRAPHS = (("ph", "f"), ("th", "t"), ("kh", "k"), ("gh", "g"), ("ck", "k"), ("dh", "d"),
             ("sh", "s"), ("ch", "c"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("q", "k"),
             ("w", "v"), ("v", "f"), ("y", "i"), ("z", "s"), ("x", "ks"), ("j", "j"))
_VOWELS = set("aeiou")
_NON_ALPHA = re.compile(r"[^a-z\s]+")


def fold(text: str) -> str:
    """Lower case, diacritics removed, punctuation turned into spaces, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    plain = plain.replace("’s", "").replace("'s", "")
    return " ".join(_NON_ALPHA.sub(" ", plain).split())


@lru_cache(maxsize=65536)
def spelled(token: str) -> str:
    """A folded name token with digraphs unified and doubled letters collapsed (Nouri -> nuri)."""
    t = token
    for a, b in _DIGRAPHS:
        t = t.replace(a, b)
    t = re.sub(r"([aeiou])h$", r"\1", t)  # a silent final h: Mensah/Mensa, Abdullah/Abdulla
    t = re.sub(r"c(?=[aoulrt]|$)", "k", t)  # a hard c: Oscar/Oskar, Victor/Viktor, Carl/Karl
    return re.sub(r"(.)\1+", r"\1", t)


@lru_cache(maxsize=65536)
def token_key(token: str) -> str:
    """A transliteration-aware key of one folded name token (see module docstring)."""
    t = spelled(token)
    if not t:
        return t
    first = "a" if t[0] in _VOWELS else t[0]
    rest = "".join(c for c in t[1:] if c not in _VOWELS and c != "h")
    # a final vowel often marks gender or a different name (Maria/Mario, Alexandra/Alexander)
    last = t[-1] if len(t) > 1 and t[-1] in _VOWELS else ""
    return re.sub(r"(.)\1+", r"\1", first + rest) + last


def name_tokens(name: str) -> tuple[str, ...]:
    """Folded tokens of a person's name without titles; particles stay attached to nothing."""
    tokens = [t for t in fold(name).split() if t]
    while tokens and tokens[0] in TITLES and len(tokens) > 1:
        tokens = tokens[1:]
    return tuple(tokens)


def tokens_match(a: str, b: str) -> bool:
    """True when two folded name tokens can be spellings of the same name."""
    if a == b or spelled(a) == spelled(b):
        return True
    if min(len(a), len(b)) < settings.NAME_MIN_KEY_LENGTH:
        return False  # Dan/Don, Jean/Joan: too short to tell a variant from another name
    if token_key(a) == token_key(b):
        return True
    if a[-1] != b[-1] and (a[-1] in _VOWELS or b[-1] in _VOWELS):
        return False  # Alexander/Alexandra, Petrov/Petrova: another person
    return fuzz.ratio(a, b) >= settings.NAME_TOKEN_RATIO


def _core(tokens: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(t for t in tokens if t not in PARTICLES)


def same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """True when two full names (>= 2 tokens each) can be the same person.

    Surnames must match, given names must align one to one; a middle initial may be missing on
    one side, a full middle name may not (Ahmad Shah Massoud is not Ahmad Massoud).
    """
    a, b = _core(a), _core(b)
    if len(a) < 2 or len(b) < 2:
        return False
    if not tokens_match(a[-1], b[-1]):
        return False
    ga = [t for t in a[:-1] if len(t) > 1]
    gb = [t for t in b[:-1] if len(t) > 1]
    if len(ga) != len(gb):
        return False
    return all(tokens_match(x, y) for x, y in zip(ga, gb))


def short_form_of(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """True when a one-token mention ("Mujahid") can stand for a full name (its surname)."""
    short, full = _core(short), _core(full)
    if len(short) != 1 or len(full) < 2:
        return False
    return tokens_match(short[0], full[-1])


def clearly_different(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """True when two names cannot be the same person: no token of one matches one of the other.

    Stricter than `not same_person`: "Ahmad Massoud" and "Ahmad Shah Massoud" are different
    entities but not *clearly* different, so nothing is flagged on their difference alone.
    """
    a, b = _core(a), _core(b)
    return not any(tokens_match(x, y) for x in a for y in b if len(x) > 1 and len(y) > 1)


def initials_fit(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """True when a name whose given names are initials only ("E. Haugland", "J. R. Hale") can
    be `full` ("Eirik Haugland"): the surnames match and each initial begins the given name in
    its place. Whether it *is* that person depends on who else the story names (entities)."""
    short, full = _core(short), _core(full)
    if len(short) < 2 or len(full) < 2 or not tokens_match(short[-1], full[-1]):
        return False
    given_s, given_f = short[:-1], [t for t in full[:-1] if len(t) > 1]
    if not all(len(t) == 1 for t in given_s) or not given_f or len(given_s) > len(given_f):
        return False
    return all(i == g[0] for i, g in zip(given_s, given_f))
