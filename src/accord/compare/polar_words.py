"""How a polarity claim is reported, for compare.polarity: whether the clause of a happening hangs
from a denial ("there is no evidence that ...", "denied that ...") or from words that leave it
unsaid ("declined to confirm that ..."), doubt ("it is not clear whether"), whether a verb that
heads it denies it ("declined to return the statue", "stopped short of suspending him", "denied
using the pesticide", "rejected calls to resign": `negated_by`), and who it is about when the
parser reads a person oddly ("The 56-year-old", "His co-defendant, Martin Keel"); and, for
compare.negation, how a claim is written: a verb's forms as one key (`verb_key`), what is said of
the subject (`predicate_of`), the words modifying the verb (`modifiers_of`), the names and owner of
a thing, the posts and names of a doer, and a thing's kind without which-one words (`kind_of`).

What it does not do: pair or judge claims (compare.polarity and compare.negation do).
"""

from __future__ import annotations

import re

from accord.cluster.features import stem as noun_stem
from accord.compare.counted import stem as verb_stem

# doubt is not denial: "there is no evidence that data was stolen", "it is not clear whether"
DOUBT = frozenset("evidence clear known sure certain confirmed indication sign".split())


# verbs whose clause a subject denies ("the company denied that data was stolen", "ruled out that")
DENYING = ("deni", "deny", "dismiss", "reject")
# verbs of declining to say: what they decline to confirm is neither claimed nor denied
_DECLINING = ("declin", "refus", "fail")


def above(v) -> str | None:
    """What the clause `v` heads hangs from: "denied" when a subject denies it ("the firm denied
    that any data was taken", "ruled out that", "there is no evidence that", "found no evidence
    that"); "unsaid" when nobody states it ("refused to confirm that", "it was not confirmed that",
    "did not deny that"); else None. A doubt word without "no" ("not clear whether") is `doubt`'s."""
    node = v
    for _ in range(3):
        if node.dep_ not in ("ccomp", "xcomp", "acl") or node.head.i == node.i:
            return None
        node = node.head
        kids = list(node.children)
        negated = any(c.dep_ == "neg" for c in kids)
        low = node.lower_
        if node.pos_ == "NOUN" and low in DOUBT:
            no = any(c.dep_ == "det" and c.lower_ == "no" for c in kids)
            return "denied" if no else None
        if node.pos_ in ("VERB", "ADJ"):
            stem = verb_stem(low)
            if stem.startswith(_DECLINING) or (negated and stem.startswith(DENYING + ("confirm", "rul"))):
                return "unsaid"
            if low in DOUBT and negated:
                return "unsaid"  # "it was not confirmed that ..."
            if stem.startswith(DENYING) or (stem.startswith("rul") and any(
                    c.dep_ == "prt" and c.lower_ == "out" for c in kids)):
                return "denied"
    return None


def doubt(v) -> bool:
    """"There is no evidence that ...", "it is not clear whether ...": the negation is of knowing."""
    head = v
    for _ in range(3):
        if head.lower_ in DOUBT:
            return True
        if head.head.i == head.i:
            break
        head = head.head
    return False


_AGED = re.compile(r"\d+-year-old")


def aged(head) -> str | None:
    """"The 56-year-old" (a subject the parser reads as the adjective "old"): "56-year-old"."""
    if head.pos_ != "ADJ" or head.lower_ != "old" or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    words = "".join(t.text for t in head.doc[head.left_edge.i: head.i + 1])
    m = _AGED.search(words)
    return m.group(0) if m and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) else None


def name_of(head) -> str:
    """The person a noun names: itself when a proper noun, else its apposition ("His brother-in-law
    and co-defendant, Martin Keel, ..."; "The pilot, Jonas Berg, ..."), in lower case."""
    if head.pos_ == "PROPN":
        return _full(head)
    # the words of one noun phrase the parser split ("co-defendant": co, -, defendant as three
    # subjects) or joined ("brother-in-law and co-defendant") carry it too
    words = [head] + [c for c in head.children if c.dep_ == "conj"] + [
        t for t in head.head.children if t.dep_ == head.dep_ and t is not head and head.head is not head]
    names = [c for w in words for c in w.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    return _full(names[0]) if names else ""


def _full(name) -> str:
    return " ".join([c.lower_ for c in name.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < name.i]
                    + [name.lower_])


def same_name(a: str, b: str) -> bool:
    """"martin keel" and "keel" are one person; "rolf imming" and "anton imming" two."""
    if not a or not b:
        return False
    return a == b or (" " not in a and b.endswith(" " + a)) or (" " not in b and a.endswith(" " + b))


# Irregular forms of verbs news reports use, as their plain form (the parse carries no lemma)
IRREGULAR = dict(w.split(":") for w in (
    "made:make gave:give given:give took:take taken:take held:hold upheld:uphold left:leave paid:pay "
    "sold:sell bought:buy told:tell said:say kept:keep won:win lost:lose met:meet laid:lay led:lead "
    "brought:bring caught:catch sought:seek taught:teach fought:fight built:build sent:send spent:spend "
    "lent:lend struck:strike stood:stand began:begin begun:begin chose:choose chosen:choose drove:drive "
    "driven:drive wrote:write written:write rose:rise risen:rise fell:fall fallen:fall broke:break "
    "broken:break spoke:speak spoken:speak froze:freeze frozen:freeze stole:steal stolen:steal hid:hide "
    "hidden:hide withdrew:withdraw withdrawn:withdraw drew:draw drawn:draw grew:grow grown:grow "
    "knew:know known:know threw:throw thrown:throw flew:fly flown:fly saw:see seen:see went:go gone:go "
    "did:do done:do ran:run came:come became:become found:find hung:hang shot:shoot fed:feed fled:flee "
    "forbade:forbid forbidden:forbid forgave:forgive forgiven:forgive overtook:overtake overtaken:overtake "
    "undertook:undertake undertaken:undertake swore:swear sworn:swear wore:wear worn:wear bore:bear "
    "borne:bear tore:tear torn:tear woke:wake woken:wake sank:sink sunk:sink rang:ring rung:ring").split())


def verb_key(word: str) -> str:
    """One key for a verb's forms, for comparing two verbs (the parse carries no lemma): "ruled",
    "rules", "rule" -> "rul"; "stopped", "stop" -> "stop"; "denied", "deny" -> "deni"; "fined",
    "fine" -> "fin"; irregular forms by their plain form ("sold" -> "sell")."""
    w = IRREGULAR.get(word.lower(), word.lower())
    for suffix in ("ing", "ied", "ies", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 2 and not w.endswith("ss"):
            w = w[: -len(suffix)] + ("i" if suffix in ("ied", "ies") else "")
            break
    if len(w) >= 4 and w[-1] == w[-2] and w[-1] not in "aeiou":
        w = w[:-1]  # "stopp" -> "stop", "expell" -> "expel"
    if w.endswith("y"):
        w = w[:-1] + "i"
    return w[:-1] if len(w) >= 3 and w.endswith("e") else w


# Verbs that deny the verb they govern, read by the parse, not by phrase: "declined to return",
# "refused to pay", "failed to approve", "neglected to file", "avoided naming", "denied using",
# "ruled out raising" (with its particle), "refrained from naming", "stopped / fell short of
# suspending"; and the nouns of a proposal such a verb turns down ("rejected calls to resign",
# "dismissed demands to close the plant", "ruled out plans to sell the site").
_NEGATING = frozenset(map(verb_key, "decline refuse fail neglect avoid deny rule refrain abstain resist".split()))
_SHORT_OF = frozenset(map(verb_key, "stop fall".split()))
_PROPOSALS = frozenset("call calls demand demands plan plans proposal proposals request requests suggestion "
                       "suggestions idea bid bids pressure".split())
_TURNING_DOWN = frozenset(map(verb_key, "reject dismiss refuse deny rule resist".split()))
# what "declined to confirm", "refused to comment" govern is saying, not the happening
_SAYING = frozenset(map(verb_key, "say confirm comment deny discuss disclose reveal specify elaborate "
                                  "speculate answer respond explain name identify".split()))


def negated_by(v):
    """The verb that denies the verb `v` by governing it ("declined" of "declined to return the
    statue"), else None. Not when that verb is itself negated ("did not rule out raising": neither
    said nor denied), nor when `v` is a verb of saying ("declined to confirm": no claim)."""
    if verb_key(v.lower_) in _SAYING:
        return None
    head = v.head
    if head.i == v.i:
        return None
    gov = None
    if v.dep_ in ("xcomp", "pcomp") and head.pos_ == "VERB" and _turns_down(head, _NEGATING):
        gov = head  # "declined to return", "denied using", "ruled out raising"
    elif v.dep_ == "advcl" and v.tag_ == "VBG" and head.pos_ == "VERB" and _turns_down(head, _NEGATING) and not any(
            c.dep_ == "mark" for c in v.children):
        gov = head  # "has ruled out joining, its leader said": the gerund the parser hangs as a clause
    elif v.dep_ == "pcomp" and head.dep_ == "prep":
        up = head.head  # "refrained from naming"; "stopped short of suspending"
        if up.pos_ == "VERB" and head.lower_ == "from" and _turns_down(up, _NEGATING):
            gov = up
        elif head.lower_ == "of" and up.lower_ == "short" and verb_key(up.head.lower_) in _SHORT_OF:
            gov = up.head
    elif v.dep_ in ("acl", "relcl") and head.lower_ in _PROPOSALS and head.dep_ == "dobj" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and _turns_down(head.head, _TURNING_DOWN):
        gov = head.head  # "rejected calls to resign"
    if gov is None or any(c.dep_ == "neg" for c in gov.children):
        return None
    return gov


def _turns_down(verb, lemmas) -> bool:
    lemma = verb_key(verb.lower_)
    if lemma == "rul":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    return lemma in lemmas


# How a claim is written, read from the parse for compare.negation

# adjectives that say which one or how many, not what kind ("a new contract", "further cuts")
WHICH = frozenset("new further more another latest recent fresh last next previous additional extra "
                   "second first third final current existing initial planned proposed possible".split())


def kind_of(tok) -> str:
    """thing_of without a modifier that says which one or how many ("new contract": "contract";
    "two-year contract": "contract") or a name ("the Orrin project": "project"; names are compared
    apart), so only kinds are compared ("distress call" / "phone call")."""
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i and c.pos_ != "PROPN"
            and c.lower_ not in WHICH and not any(g.dep_ == "nummod" or g.like_num for g in c.children)
            and not c.like_num]
    return " ".join([c.lower_ for c in mods[-1:]] + [tok.lower_])


def predicate_of(v, patient) -> str:
    """The verb with the one it is done to and its complements, in the order written, leaving out
    the one who does it (its subject, its agent), its negation and auxiliaries: what is said of the
    subject, the same in either voice ("did not fine the supplier over the errors" / "the supplier
    was fined by the ombudsman over the errors": "fine(d) ... supplier ... over the errors")."""
    keep = {v.i}
    if patient is not None:
        keep |= {t.i for t in patient.subtree}
    for c in v.children:
        if c.dep_ in ("dobj", "dative", "prep", "prt", "xcomp", "ccomp", "oprd", "acomp", "attr", "advmod", "npadvmod"):
            keep |= {t.i for t in c.subtree}
    doc = v.doc
    return " ".join(doc[i].text for i in sorted(keep)
                    if doc[i].pos_ != "PUNCT" and doc[i].dep_ not in ("neg", "aux", "auxpass"))


def names_in(tok) -> frozenset:
    """The proper nouns written in a noun phrase, in lower case ("the Marrow quarry": marrow)."""
    return frozenset() if tok is None else frozenset(t.lower_ for t in tok.subtree if t.pos_ == "PROPN")


def called(tok) -> frozenset:
    """A doer's head noun and the nouns and names before it or in apposition, as stems ("Judge
    Anna Ruiz": judg, anna, ruiz; "the judge": judg)."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return frozenset()
    words = [tok] + [c for c in tok.children if c.dep_ in ("compound", "appos") and c.pos_ in ("NOUN", "PROPN")]
    return frozenset(noun_stem(w.lower_) for w in words)


def modifiers_of(v, gov) -> str:
    """The words that modify the verb `v` and the verb denying it, as written: adverbs, auxiliaries,
    prepositional phrases, the conjunction of an adverbial clause ("since", "until"), "used to"."""
    words = []
    for node in (v, gov):
        if node is None:
            continue
        for c in node.children:
            if c.dep_ in ("advmod", "npadvmod", "prep", "aux", "auxpass", "neg", "prt"):
                words += phrase(c)
            elif c.dep_ == "advcl":
                words += [m.text for m in c.children if m.dep_ == "mark"]
        if node.dep_ == "xcomp" and node.head.lower_ == "used":
            words += ["used", "to"]
    return " ".join(words)


def phrase(tok) -> list[str]:
    """The words of a phrase without what is said of its nouns ("about the water supply, the first
    outage since 2003": about the water supply)."""
    out = []
    for c in tok.children:
        if c.dep_ not in ("appos", "relcl", "acl", "punct"):
            out += phrase(c) if c.i > tok.i else []
    left = [w for c in tok.children if c.i < tok.i and c.dep_ not in ("appos", "relcl", "acl", "punct")
            for w in phrase(c)]
    return left + [tok.text] + out


def owner_of(tok) -> str:
    """The noun a thing is said to be of by a possessive ("the cooperative's lease"), else ""."""
    if tok is None:
        return ""
    return next((noun_stem(c.lower_) for c in tok.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), "")
