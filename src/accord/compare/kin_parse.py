"""Family relations read from the dependency parse, whatever the sentence's word order.

compare.relations reads relations with patterns over the words between two names; writers put
the relative's noun in places those patterns do not list ("Dario Lunt, who is Sandvik's cousin",
"Her coach and father, Marco Velic", "Marco Velic, the sprinter's uncle and long-time coach").
Here each kin noun of a sentence (son, cousin, brother-in-law ...) is read from the parse:

    whom it describes   the person in apposition to it ("X, the rider's uncle" / "His father,
                        X"), the subject of a copula it completes ("X is Y's cousin", "X, who
                        is Y's cousin"), or the name right after it ("Sandvik's cousin Dario")
    whose relative      its possessor ("Y's", "his"/"her": the nearest other person named
                        before it in the sentence, else the one person of the sentence before),
                        or "of Y"; a possessor written as a description ("the rider's") is the
                        one person the story describes so (an apposition, a title or a copula
                        with that noun, or a post compare.roles reads)

A noun coordinated with another ("coach and father", "uncle and long-time coach") shares the
first noun's attachments. The claims join compare.relations' own (`RelationClaim`), so the same
tests decide what conflicts: a pair of people given two kinds of kin by different articles.

What it does not do: it reads no unnamed people ("the boy who died ... with his father"), no
relatives two sentences away, no gender (a "her" may stand for a man the tagger did not sex).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from accord.compare.context import StoryContext
from accord.compare.entities import EntityIndex, NameMention
from accord.compare.missed_names import with_missed
from accord.compare.names import name_tokens
from accord.compare.nlp import parse
from accord.types import Sentence

# (the kin nouns are compare.relations.KIN, imported when called: one list; the in-laws are
# read as "brother" + "-in-law", the way the tokenizer splits them)
_BE = frozenset("is was 's are were be been being".split())
_PRONOUNS = frozenset("his her their its".split())
_RELATIVE_PRONOUNS = frozenset("who that".split())
_INDEFINITE = frozenset("a an another".split())
_PAST = frozenset("former late ex then previous onetime one-time deceased".split())
# nouns that describe a person ("the rider", "the 24-year-old"); a proper noun is a name
_DESCRIPTION_TAGS = frozenset({"NN"})


def parsed_relations(ctx: StoryContext, index: EntityIndex, holders=None) -> list:
    """Relation claims (compare.relations.RelationClaim) read from each sentence's parse."""
    from accord.compare.relation_reading import KIN

    kin = frozenset(w for w in KIN if "-" not in w)
    sentences = list(ctx.all_sentences())
    words = (*kin, *_MUTUAL, *_MARRIED)
    candidates = [s for s in sentences if any(w in s.text.lower() for w in words)]
    if not candidates:
        return []
    described = _descriptions(ctx, index, holders or {})
    docs = dict(zip([s.text for s in candidates], parse([s.text for s in candidates])))
    out = []
    previous: dict[str, list[NameMention]] = {}
    wanted = {id(s) for s in candidates}
    before_pronoun = re.compile(r"\s*(?:He|She)\s")  # "He is Brask's cousin.": of the last sentence's person
    for sent in sentences:
        names = index.within(sent.article, sent.start, sent.end, type=None)
        people = [m for m in names if m.type == "person"]
        if id(sent) in wanted:
            people = _as_people(with_missed(sent, names, index), index)
        if id(sent) in wanted and (people or before_pronoun.match(sent.text)):
            out += _sentence(sent, docs[sent.text], people, previous.get(sent.article, []), described, kin, index)
        if people:
            previous[sent.article] = people
        elif (alone := _surname_alone(sent, index)) is not None:
            # "Vireo denies the charge." with the name unread: the person the next "His" is of
            previous[sent.article] = [alone]
    return out


def _surname_alone(sent: Sentence, index: EntityIndex) -> NameMention | None:
    """The one person a sentence names by a family name alone that the recogniser missed there
    (often at the sentence's start): an entity the story names by that word alone, else the one
    person bearing it. None when the sentence holds other capitalised words, outside the names the
    recogniser read, that may be names."""
    known = [(m.start - sent.start, m.end - sent.start) for m in index.within(sent.article, sent.start, sent.end, type=None)]
    words = [m for m in re.finditer(r"\b[A-Z][a-z][\w'’-]+", sent.text)
             if (m.start() > 0 or not _OPENERS.match(m.group(0))) and not any(a <= m.start() < b for a, b in known)]
    found = []
    for m in words:
        word = re.sub(r"['’]s$", "", m.group(0))
        tokens = name_tokens(word)
        alone = [i for i, t in enumerate(index.tokens) if t == tokens and index.entities[i].type == "person"]
        entity = alone[0] if len(alone) == 1 else index.lookup(word, sent.article)
        if entity is None:
            return None
        found.append(NameMention(sent.article, sent.index, sent.start + m.start(), sent.start + m.start() + len(word),
                                 word, "person", entity))
    return found[0] if len({m.entity for m in found}) == 1 else None


# words that open a sentence with a capital and name nobody
_OPENERS = re.compile(r"(?:The|A|An|In|On|At|After|Before|When|But|And|It|Its|This|That|There|They|We|He|She|His|Her)$")


def _as_people(names: list[NameMention], index: EntityIndex) -> list[NameMention]:
    """The sentence's people, with a name the recogniser tagged otherwise here ("Holt" as an
    organisation) that is the name of one person of the story."""
    out = []
    for m in names:
        if m.type != "person":
            entity = index.lookup(m.text, m.article)
            if entity is None:
                continue
            m = replace(m, type="person", entity=entity)
        out.append(m)
    return out


def _sentence(sent: Sentence, doc, people, before, described, kin, index) -> list:
    from accord.compare.relation_reading import RelationClaim

    base = sent.start
    spans = [(m.start - base, m.end - base, m) for m in people]

    def person_at(token) -> NameMention | None:
        return next((m for a, b, m in spans if a <= token.idx < b), None)

    person_at.begins = lambda mention, token: mention.start - base == token.idx

    out = []
    for k in doc:
        word = k.lower_
        if k.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") and person_at(k) is None:
            for a, b, w in _mutual(k, person_at, sent.text):
                out.append(RelationClaim(a.entity, f"{w} of", b.entity, b.text, True, sent.article, sent))
        if word not in kin or k.pos_ not in ("NOUN", "PROPN") or person_at(k) is not None:
            continue
        if sent.text[k.idx + len(k.text):].startswith("-in-law"):
            word += "-in-law"
        first = k
        while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ == "NOUN":
            first = first.head  # "coach and father": the first noun carries the attachments
        subject = _described_person(first, doc, person_at, before)
        if subject is None:
            subject = _described_subject(first, described, sent, index)
        if subject is None:
            continue
        other, other_text = _possessor(k, first, doc, person_at, subject, spans, before, described, index, sent)
        if other is None or other == subject.entity:
            continue
        dets = {c.lower_ for c in (*k.children, *first.children) if c.dep_ == "det"}
        mods = {c.lower_ for c in (*k.children, *first.children) if c.dep_ == "amod"}
        definite = not (dets & _INDEFINITE) and k.tag_ != "NNS" and not (mods & _PAST)
        out.append(RelationClaim(subject.entity, f"{word} of", other, other_text, definite, sent.article, sent))
    return out


# plural kin nouns two people are to each other ("X and Y are cousins", "X and Y, who are brothers")
_MUTUAL = {"cousins": "cousin", "brothers": "brother", "sisters": "sister", "siblings": "sibling",
           "twins": "sibling", "brothers-in-law": "brother-in-law", "sisters-in-law": "sister-in-law"}
_MARRIED = frozenset("married wed".split())


def _mutual(token, person_at, text: str):
    """(person, person, kin word) for "X and Y are cousins", "X and Y, who are brothers", "X and
    Y are married"; nothing when more or fewer than two people are coordinated."""
    word = token.lower_
    if text[token.idx + len(token.text):].startswith("-in-law"):
        word = "brothers-in-law" if word == "brothers" else "sisters-in-law" if word == "sisters" else word
    if word in _MUTUAL and token.dep_ == "attr" and token.head.lower_ in _BE:
        kin, verb = _MUTUAL[word], token.head
    elif word in _MARRIED and (token.dep_ in ("acomp", "ROOT") or token.head.lower_ in _BE):
        kin, verb = "spouse", token if token.pos_ == "VERB" else token.head
        if any(c.dep_ == "prep" for c in token.children):
            return []  # "married to Y's sister" is compare.relations' reading
    else:
        return []
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subject = verb.head
        if subject.dep_ == "conj":  # "X and Y, who are brothers": the clause hangs from Y
            subject = subject.head
    if subject is None or (first := person_at(subject)) is None:
        return []
    conj = [c for c in subject.children if c.dep_ == "conj"]
    if len(conj) != 1 or any(c.dep_ == "conj" for c in conj[0].children):
        return []
    second = person_at(conj[0])
    if second is None or second.entity == first.entity:
        return []
    return [(first, second, kin), (second, first, kin)]


def _described_person(noun, doc, person_at, before) -> NameMention | None:
    """The person `noun` describes: apposition either way, the subject of "X is / who is NOUN"
    ("He is NOUN": the one person of the sentence before), or the name written right after the
    noun phrase ("Sandvik's cousin Dario Lunt")."""
    if noun.dep_ == "appos" and (found := person_at(noun.head)) is not None:
        return found
    for child in noun.children:
        if child.dep_ == "appos" and (found := person_at(child)) is not None:
            return found
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lower_ in _BE:
        # "His father is Alain Ferrand", "X, whose husband is Y": the name completing the copula
        for child in verb.children:
            if child.dep_ == "attr" and (found := person_at(child)) is not None:
                return found
    if noun.dep_ == "attr" and verb.lower_ in _BE:
        for child in verb.children:
            if child.dep_ != "nsubj":
                continue
            if (found := person_at(child)) is not None:
                return found
            # "Its leader, Piet Dorsan, is Kellan's cousin": the name in apposition to the subject
            named = [found for c in child.children if c.dep_ == "appos" and (found := person_at(c)) is not None]
            if len(named) == 1:
                return named[0]
            if child.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return person_at(verb.head)
            if child.lower_ in ("he", "she") and child.i == 0 and len({m.entity for m in before}) == 1:
                return before[0]
    # "Sandvik's cousin Dario Lunt", "the rider's uncle, Marco Velic": the name right after the phrase
    end = max(t.i for t in noun.subtree if t.i <= noun.i + 1) + 1
    if end < len(doc) and doc[end].text == ",":
        end += 1
    if end < len(doc) and (found := person_at(doc[end])) is not None and person_at.begins(found, doc[end]):
        return found
    return None


def _described_subject(noun, described, sent: Sentence, index: EntityIndex) -> NameMention | None:
    """The person a relative noun describes when the sentence names them by a description the
    story gives one person: "The contractor is Sandvik's cousin", "the firm's owner, Sandvik's
    cousin," (never the story's main person by default: a description must name them)."""
    head = None
    if noun.dep_ == "appos":
        head = noun.head
    elif noun.dep_ == "attr" and noun.head.lower_ in _BE:
        head = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if head is None or head.tag_ not in _DESCRIPTION_TAGS or head.lower_ in _NOT_PEOPLE:
        return None
    if not any(c.dep_ in ("det", "poss") and c.lower_ not in _INDEFINITE for c in head.children):
        return None  # "a contractor": somebody, not the one
    people = described.get(head.lower_, set())
    if len(people) != 1:
        return None
    entity = next(iter(people))
    start = sent.start + head.idx
    return NameMention(sent.article, sent.index, start, start + len(head.text), head.text, "person", entity)


def _possessor(k, first, doc, person_at, subject, spans, before, described, index, sent):
    """The person whose relative `k` is, and the words naming them."""
    for noun in dict.fromkeys((k, first)):
        for child in noun.children:
            if child.dep_ == "poss":
                return _owner(child, person_at, subject, spans, before, described, index, sent)
            if child.dep_ == "prep" and child.lower_ == "of":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return _owner(obj, person_at, subject, spans, before, described, index, sent)
    return None, ""


def _owner(token, person_at, subject, spans, before, described, index, sent):
    found = person_at(token)
    if found is None:
        for child in token.children:  # "of the airline's owner, Nils Berg": the name in the phrase
            if child.dep_ == "appos" and (found := person_at(child)) is not None:
                if _clause_subject(found, token.doc, spans):
                    found = None  # "daughter of the court reporter Nichols murdered": not Nichols
                break
    if found is not None:
        return _namesake(found.entity, subject.entity, index), found.text
    if token.tag_ == "NNP" and (named := index.lookup(token.text, sent.article)) is not None:
        return named, token.text  # "Brask's cousin" with Brask tagged a place: the one person so named
    word = token.lower_
    if word == "whose":  # "X, whose husband is Y": the person the relative clause is about
        verb = token.head
        while verb.dep_ != "relcl" and verb.head.i != verb.i and verb.i - token.i < 6:
            verb = verb.head
        found = person_at(verb.head) if verb.dep_ == "relcl" else None
        return (found.entity, found.text) if found is not None else (None, "")
    if word in _PRONOUNS:
        # the nearest other person named before the pronoun, else the one person of the last sentence
        earlier = [m for a, b, m in spans if b <= token.idx and m.entity != subject.entity
                   and not _modifier(m, token.doc, spans)]
        if earlier:
            return _namesake(earlier[-1].entity, subject.entity, index), word
        others = {m.entity for m in before} - {subject.entity}
        # the sentence before only for a pronoun opening the sentence ("Her coach and father, X"):
        # after other words ("The Diamond Bar resident ... his wife") those words name its owner
        if token.i == 0 and len({m.entity for m in before}) == 1 and others:
            return _namesake(next(iter(others)), subject.entity, index), word
        return None, ""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    if token.tag_ in _DESCRIPTION_TAGS and word not in _NOT_PEOPLE and definite:  # not "of a former mayor"
        people = described.get(word, set())
        if not people and described.get(_MAIN):
            # a description the story gives no one by name ("the rider's uncle" in a story that
            # calls him a cyclist): the person the story is about
            people = described[_MAIN]
        if len(people) == 1 and subject.entity not in people:
            return next(iter(people)), f"the {word}"
    return None, ""


def _last_token(mention: NameMention, doc, spans):
    start, end = next((a, b) for a, b, m in spans if m is mention)
    inside = doc.starting_in(start, end)  # by bisection: a scan per name was quadratic
    return doc[inside[-1]] if inside else None


def _clause_subject(mention: NameMention, doc, spans) -> bool:
    """The name is followed by its verb, with no comma: the subject of a relative clause."""
    last = _last_token(mention, doc, spans)
    return last is not None and last.i + 1 < len(doc) and doc[last.i + 1].pos_ in ("VERB", "AUX")


def _modifier(mention: NameMention, doc, spans) -> bool:
    """The name modifies a noun after it ("the Diamond Bar resident"): no person there."""
    last = _last_token(mention, doc, spans)
    return last is not None and last.dep_ == "compound" and last.head.i > last.i


def _namesake(entity: int, subject: int, index: EntityIndex) -> int:
    """A family name alone that the story's people share ("Oberg" of Lena and Piet Oberg) stands,
    beside one of them, for the other: the one other person of the story bearing it."""
    tokens = index.tokens[entity]
    if len(tokens) != 1 or len(index.tokens[subject]) < 2 or index.tokens[subject][-1] != tokens[0]:
        return entity
    bearers = [i for i, t in enumerate(index.tokens) if i not in (entity, subject) and len(t) >= 2
               and t[-1] == tokens[0] and index.entities[i].type == "person"]
    return bearers[0] if len(bearers) == 1 else entity


# nouns of bodies and things, which own posts and property but have no relatives
_NOT_PEOPLE = frozenset("company firm club team bank party court government ministry agency council "
                        "board union group business family city town country state league federation "
                        "commission committee department office school hospital church".split())
_MAIN = ""  # descriptions' key of the story's main person


def _descriptions(ctx: StoryContext, index: EntityIndex, holders: dict[str, set[int]]) -> dict[str, set[int]]:
    """Common noun -> the people the story describes with it: "the rider, Sandvik Brask", "Sandvik
    Brask, a 24-year-old rider", "Brask is a rider", "rider Sandvik Brask", and compare.roles' posts."""
    out: dict[str, set[int]] = defaultdict(set)
    for post, people in holders.items():
        out[post] |= people
    sentences = [s for s in ctx.all_sentences()]
    docs = parse([s.text for s in sentences])
    for sent, doc in zip(sentences, docs):
        people = index.within(sent.article, sent.start, sent.end)
        if not people:
            continue
        for m in people:
            a, b = m.start - sent.start, m.end - sent.start
            tokens = [doc[i] for i in doc.starting_in(a, b)]
            if not tokens:
                continue
            root = next((t for t in tokens if not (a <= t.head.idx < b) or t.head.i == t.i), tokens[-1])
            nouns = [c for c in root.children if c.dep_ in ("compound", "appos") and c.tag_ == "NN"]
            if root.dep_ == "appos" and root.head.tag_ == "NN":
                nouns.append(root.head)
            if root.dep_ == "nsubj" and root.head.lower_ in _BE:
                nouns += [c for c in root.head.children if c.dep_ == "attr" and c.tag_ == "NN"]
            if tokens[0].i == 0 and len(tokens) >= 3 and tokens[0].text.lower() not in index.tokens[m.entity][-1:]:
                nouns.append(tokens[0])  # "Sprinter Ana Velic" taken whole at a sentence's start
            for n in nouns:
                out[n.lower_].add(m.entity)
    main = _main_person(index)
    if main is not None:
        out[_MAIN] = {main}
    return out


def _main_person(index: EntityIndex) -> int | None:
    """The person the story is about: named in the most articles, then in the most articles'
    opening two sentences, then most often; None when two people tie, or nobody is named in two
    articles. A family name alone that several people share counts for none of them."""
    times: dict[int, int] = defaultdict(int)
    leads: dict[int, set[str]] = defaultdict(set)
    for article, mentions in index.mentions.items():
        for m in mentions:
            times[m.entity] += 1
            if m.sentence <= 1:
                leads[m.entity].add(article)
    counts = sorted(((len(e.articles), len(leads[i]), times[i], i) for i, e in enumerate(index.entities)
                     if e.type == "person" and len(index.tokens[i]) >= 2), reverse=True)  # a full name
    if not counts or counts[0][0] < 2 or (len(counts) > 1 and counts[1][:3] == counts[0][:3]):
        return None
    return counts[0][3]
