"""How news reports word a happening and its denial: the word lists and parse readers that
compare.polarity reads its claims with.

Each outlet tells one happening in its own words, so a claim is read as a plain verb: a figure of
speech ("reduced to ashes": destroyed), a phrasal verb ("burned down"), a state written as an
adjective ("unhurt": not hurt; "found guilty": convicted), "suffered burns" (injured); with what it
is about ("the driver was among those killed": the driver; "litres of acid": the acid). The small
spaCy parser's usual misreadings of such sentences are read back ("The driver, NAME, survived":
survived read as a clause of the noun).

What it does not do: no general paraphrase (the lists are closed and written by hand: word vectors
score antonyms as high as synonyms), and no pairing or judging: compare.polarity does that.
"""

from __future__ import annotations

import re

from accord.cluster.features import stem as noun_stem
from accord.compare.counted import idiom, stem as verb_stem

ANTONYMS = (
    ("pass", "fail"), ("work", "fail"), ("function", "fail"), ("succeed", "fail"),
    ("approv", "reject"), ("accept", "reject"), ("win", "los"),
    # of one named person only (see `_of_one`): "the driver survived" / "the driver was among those killed"
    ("surviv", "kill"), ("surviv", "die"), ("surviv", "dead"),
    ("acquit", "convict"), ("admit", "deni"), ("admit", "deny"), ("confess", "deni"), ("confess", "deny"),
)
PHRASINGS = re.compile(r"\b(?:pass|passed|fail|failed|fails|failing|work|worked|working|"
                            r"functioned|functioning|succeeded|approved|rejected|accepted|won|lost|survived?|survives|surviving)\b"
                            r"|\b(?:reduced|razed|burn(?:ed|t)\s+down|gutted|unhurt|unharmed|uninjured|unscathed|undamaged|intact|open|"
                            r"alive|guilty|acquitted|convicted|suffer(?:ed|s|ing)?|admit(?:s|ted)?|confess(?:es|ed)?|"
                            r"conced(?:es|ed)|den(?:y|ies|ied)|"
                            r"moved|ordered|forced|forcing|copied|downloaded|exfiltrated|siphoned|held|"
                            r"triggered|activated|(?:go|goes|going|gone|went|set)\s+off|"
                            r"(?:continu\w*\s+to|kept|keep\w*|still)\s+us(?:e|ing|ed)|responsibility|liability|blame|"
                            r"(?:come|came|comes|coming)\s+to\s+harm)\b"
                            r"|\binto\s+(?:police\s+)?custody\b",
                            re.I)
# What a denial is checked for: things that happen to people, places and machines, which news
# reports as done or not done ("no arrests", "nobody was hurt", "the pumps failed"). Open verbs
# (have, make, play, show, want ...) are left out: on real news (ECB+ dev) their negations were
# about other things every time ("had no experience" / "had a long career").
HAPPENINGS = (
    "arrest", "detain", "charg", "convict", "acquit", "sentenc", "jail", "releas", "injur", "hurt",
    "wound", "kill", "die", "dead", "rescu", "found", "recover", "stol", "steal", "damag",
    "destroy", "clos", "reopen", "cancel", "suspend", "approv", "reject", "pass", "fail", "work",
    "function", "succeed", "breach", "collaps", "leak", "contaminat", "infect", "warn", "inspect",
    "test", "poison", "fired", "shot", "shoot", "attack", "evacu", "spread", "surviv", "hospitali",
    "divert", "ground", "spill", "admit", "deni", "deny", "confess", "pour", "seep", "shut", "locat",
    "treat", "detect", "sound",
)
# Verbs that tell one happening, beyond compare.counted's groups: a find, a spill, a closure, a
# confession ("have not found the drone" / "recovered the drone"; "no acid leaked" / "acid poured")
KIN = (
    ("found", "find", "recover", "locat", "detect"), ("leak", "spill", "pour", "seep"), ("clos", "shut"),
    ("admit", "confess", "conced"), ("deni", "deny"),
    # "Nobody was killed" / "a woman died": one happening told of the dead
    ("kill", "died", "dies", "dead"),
)
# Verbs whose claim is about the one who does them, whatever their object: a survivor, a
# defendant who admits or denies ("denied all four counts" is said of the defendant)
OF_SUBJECT = ("surviv", "admit", "deni", "deny", "confess")
# Nouns of amount: "litres of acid", "tonnes of grain" are about the acid, the grain
AMOUNTS = frozenset("litre litres liter liters gallon gallons tonne tonnes ton tons barrel barrels "
                     "kilogram kilograms kilo kilos cubic metres quantity quantities amount amounts "
                     "part parts most some much all half trace traces".split())
# Light verbs a nominal denial hangs from: "no arrests have been made", "no injuries were reported"
LIGHT_VERBS = frozenset("made make reported report recorded record carried filed brought been were was are is "
                        "have has had".split())
# Verbs of a need a nobody-subject denies by its object: "Nobody needed hospital treatment"
NEEDS = frozenset("need needed needs require required requires received receive".split())
# How reports word a happening in a figure of speech or a phrasal verb: each read as the plain verb
# ("a dozen houses were reduced to ashes" is "destroyed", as "No homes have been destroyed" denies)
_RUIN = frozenset("ashes ash rubble ruins cinders".split())
_DESTROYED_WORDS = frozenset("razed gutted flattened".split())
_HARMS = frozenset("harm injuries injury burns wounds fractures fracture cuts bites bite bruises bruising concussion "
                   "lacerations inhalation".split())
# "suffered a broken leg", "a fractured skull": a harm named by its body part
_BROKEN = frozenset("broken fractured dislocated crushed".split())
# A state written as an adjective of its subject, read as the happening it affirms or denies
# ("the driver was unhurt": not hurt; "found guilty": convicted; "pleaded guilty": admitted)
STATES = {
    "unhurt": ("hurt", True), "unharmed": ("hurt", True), "uninjured": ("hurt", True),
    "unscathed": ("hurt", True), "undamaged": ("damaged", True), "intact": ("damaged", True),
    "alive": ("survived", False), "guilty": ("convicted", False),
    # "the bridge remained open": not closed
    "open": ("closed", True),
}


def plain_verb(v) -> str:
    """The verb as the plain word its figure of speech or adjective stands for (see _RUIN and
    STATES), else as written."""
    low = v.lower_
    if low == "open" and not v.head.lower_.startswith(("remain", "stay", "kept", "keep", "left", "leav")):
        return v.text  # "is open every day": its hours; "remained open", "had left the run open"
        # through the story's days
    if low in STATES and v.pos_ == "ADJ" and v.dep_ in ("acomp", "oprd", "advmod", "xcomp"):
        if low == "guilty" and v.head.lower_.startswith("plead"):
            return "admitted"
        return STATES[low][0]
    kids = list(v.children)
    if low.startswith("reduc") and any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.lower_ in _RUIN for g in c.children) for c in kids):
        return "destroyed"
    if low.startswith("burn") and any(c.dep_ == "prt" and c.lower_ == "down" for c in kids):
        return "destroyed"
    if low.startswith("suffer") and any(c.dep_ == "dobj" and (c.lower_ in _HARMS or any(
            m.dep_ == "amod" and m.lower_ in _BROKEN for m in c.children)) for c in kids):
        return "injured"  # "suffered burns", "suffered serious injuries"
    if low in ("come", "came", "comes", "coming") and any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.lower_ == "harm" for g in c.children) for c in kids):
        return "hurt"  # "no patient had come to harm"
    if low.startswith("admit") and any(c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
            g.lower_ in _CARE for g in c.children) for c in kids):
        return "hospitalised"  # "admitted to hospital": not the confession "admitted" stands for here
    if low.startswith(("mov", "order", "forc", "driv")) and _out_of_homes(v):
        return "evacuated"  # "were moved out of their homes", "forcing 6,000 residents from their homes"
    if low.startswith(("copi", "copy", "download", "exfiltrat", "siphon")) and any(
            c.dep_ == "dobj" and c.lower_ in _DATA for c in kids) and any(
            c.dep_ == "nsubj" and c.lower_ in _TAKERS for c in kids):
        # "the attackers had copied the records of 310,000 patients"; not "engineers copied the
        # records to a backup server"
        return "stolen"
    if _alarm_sounded(low, kids):
        return "sounded"  # "the alarm did not go off", "the detector triggered an alarm"
    owned = _fault_owned(low, kids)
    if owned is not None:
        return owned  # "accepted responsibility for the mix-up", "rejected any suggestion it was to blame"
    if low.startswith("conced") and any(c.dep_ == "ccomp" for c in kids):
        return "admitted"  # "conceded that staff had exchanged prices" (not "conceded two goals")
    if low == "held" and _held_by_police(kids):
        return "detained"  # "a 34-year-old man was held on suspicion of arson"
    if idiom(v) is not None:
        return idiom(v)  # "two men were taken into custody", "no one lost their life"
    return "destroyed" if low in _DESTROYED_WORDS else v.text


# Warnings that sound, and verbs that set them off: "the alarm did not go off" / "the detector
# triggered an alarm" tell one happening (not "raised the alarm": alerted someone)
ALARMS = frozenset("alarm alarms siren sirens alert alerts bell bells".split())
_GO = frozenset("go goes going gone went".split())


def _alarm_sounded(low: str, kids) -> bool:
    off = any(c.dep_ == "prt" and c.lower_ == "off" for c in kids)
    if low in _GO and off:
        return any(c.dep_ == "nsubj" and c.lower_ in ALARMS for c in kids)
    if low.startswith(("trigger", "activat")) or (low.startswith("set") and off):
        return any(c.dep_ == "dobj" and c.lower_ in ALARMS for c in kids)
    return False


def still_used(v) -> bool:
    """"Flights continued to use the main runway", "trains kept using the bridge", "were still
    using the road": a thing in use, so not closed (a state by its use, as "remained open")."""
    if v.lower_ not in ("use", "using", "used") or not any(c.dep_ == "dobj" for c in v.children):
        return False
    if any(c.dep_ == "neg" for c in v.children):
        return False
    head = v.head
    if v.dep_ == "xcomp" and head.lower_.startswith(("continu", "kept", "keep")) and not any(
            c.dep_ == "neg" for c in head.children):
        return True
    return v.tag_ in ("VBG", "VBD") and any(c.dep_ == "advmod" and c.lower_ == "still" for c in v.children)


# Nouns of fault, and of a charge of it: taking one on is admitting it, turning it down denying it
_FAULT = frozenset("responsibility blame liability fault wrongdoing guilt culpability".split())
_CHARGES = frozenset("suggestion suggestions claim claims allegation allegations accusation accusations".split())
# not "bears" / "bore" / "shoulders": "the regulator ruled that the airline bears responsibility"
# lays fault on its subject, said by another (review16)
_OWNING = ("accept", "acknowledg", "took", "take", "tak")
_DISOWNING = ("reject", "deni", "deny", "dismiss", "disput", "refut")


def _fault_owned(low: str, kids) -> str | None:
    """"Accepted responsibility", "took the blame": admitted; "rejected any suggestion that its
    driver was to blame", "disputed liability": denied; else None."""
    for c in kids:
        if c.dep_ != "dobj":
            continue
        if c.lower_ in _FAULT and low.startswith(_OWNING):
            return "admitted"
        if low.startswith(_DISOWNING) and (c.lower_ in _FAULT or (c.lower_ in _CHARGES and any(
                t.lower_ in _FAULT or t.lower_.startswith(("blam", "responsib", "fault", "guilt"))
                for t in c.subtree if t is not c))):
            return "denied"
    return None


# who a spokesperson speaks for: "a FreshWay spokeswoman conceded": FreshWay
_SPEAKERS = frozenset("spokesman spokeswoman spokesperson representative".split())


def speaks_for(head):
    """The organisation a spokesperson named by it speaks for ("a FreshWay spokeswoman",
    "FreshWay's spokesman"), else `head`."""
    if head is None or head.lower_ not in _SPEAKERS:
        return head
    return next((c for c in head.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"), head)


def state_holder(v):
    """The one a state is of when a verb puts it on its object ("police kept the road open", "the
    run, which staff had left open"): the verb's object, or the noun its relative clause hangs
    on; None for a state of the verb's subject ("the road remained open")."""
    if v.dep_ != "oprd":
        return None
    obj = next((c for c in v.head.children if c.dep_ == "dobj" and c.lower_ not in ("which", "that")), None)
    if obj is not None:
        return obj
    if v.head.dep_ == "relcl" and v.head.head.pos_ in ("NOUN", "PROPN"):
        return v.head.head
    return None


_DATA = frozenset("data records files details information documents emails".split())
# who takes data when they copy it
_TAKERS = frozenset("attackers attacker hackers hacker thieves thief criminals criminal gang intruders intruder "
                    "they".split())
_CARE = frozenset("hospital hospitals clinic care ward unit".split())
_HOMES = frozenset("home homes house houses flat flats apartment apartments building buildings".split())


# what a person is held on or for by police: "held on suspicion of arson", "held for questioning"
_HELD_ON = frozenset("suspicion questioning charges charge remand".split())


def _held_by_police(kids) -> bool:
    """"was held on suspicion of ...", "held for questioning": a person detained, not a meeting
    held or a title held (a passive subject and what it is held on)."""
    return any(c.dep_ == "nsubjpass" for c in kids) and any(
        c.dep_ == "prep" and c.lower_ in ("on", "for") and any(g.lower_ in _HELD_ON for g in c.children)
        for c in kids)


def _out_of_homes(v) -> bool:
    """"moved out of their homes", "forced from their houses": a prep out of / from a home."""
    for c in v.children:
        if c.dep_ in ("prep", "prt") and c.lower_ in ("out", "from"):
            objs = [g for g in c.children if g.dep_ == "pobj"] + [
                g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
            if any(g.lower_ in _HOMES for g in objs):
                return True
    return False


def whole_of(head):
    """"Several hundred litres of acid": the acid."""
    if head is None or head.lower_ not in AMOUNTS:
        return head
    return next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), head)



def among(v):
    """The person a report counts among a group: "The driver was among those killed", "... among
    the dead": the subject of the "was" that "among" hangs from, else None."""
    node = v.head if v.dep_ == "acl" and v.head.lower_ in ("those", "them") else v
    if node.dep_ != "pobj" or node.head.lower_ != "among" or node is v and v.pos_ != "ADJ":
        return None
    verb = node.head.head
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


# Verbs done to things, not people: their "no X" denies it of X only ("No homes were destroyed"
# says nothing of barns), where "no one was arrested" denies it of anybody
DONE_TO_THINGS = ("destroy", "damag", "collaps", "breach", "leak", "contaminat", "stol", "steal")


def names_a_thing(v, plain: str, arg) -> bool:
    """"No homes were destroyed", "no paintings were stolen": the denial is about that thing."""
    return (arg.pos_ == "NOUN" and verb_stem(plain).startswith(DONE_TO_THINGS)
            and noun_stem(arg.lower_)[:4] != verb_stem(plain)[:4])


def misread_main_verb(v) -> bool:
    """The small parser takes a sentence's past-tense verb for a clause of its subject when an
    apposition comes between ("The driver, Davit Orbeli, survived ...": driver ROOT, survived acl)."""
    if v.dep_ != "acl" or v.head.pos_ not in ("NOUN", "PROPN"):
        return False
    # or a verb right after "no X" ("No acid leaked from the tanker": acid read as a noun phrase)
    return (v.tag_ == "VBD" and v.head.dep_ == "ROOT") or (
        v.i == v.head.i + 1 and any(c.dep_ == "det" and c.lower_ == "no" for c in v.head.children))


def thing_of(head) -> str:
    """A noun with the compound or adjective just before it, as written ("structural inspection")."""
    mods = [c for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i]
    # the nearest modifier says which kind ("most recent structural inspection": structural)
    return " ".join([c.lower_ for c in mods[-1:]] + [head.lower_])

