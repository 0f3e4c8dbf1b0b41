"""How a polarity claim is reported, for compare.polarity: whether the clause of a happening hangs
from a denial ("there is no evidence that ...", "denied that ...") or from words that leave it
unsaid ("declined to confirm that ..."), doubt ("it is not clear whether"), and who it is about
when the parser reads a person oddly ("The 56-year-old", "His co-defendant, Martin Keel").

What it does not do: pair or judge claims (compare.polarity does).
"""

from __future__ import annotations

import re

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
