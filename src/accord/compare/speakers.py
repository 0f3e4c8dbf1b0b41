"""Speakers of quotations, article by article: who each article says spoke the quoted words.

A quotation's speaker is read from the structure a careful reader uses, in this order:

1. A speech or writing verb of the quotation's sentence, outside every quotation (compare.speech:
   said, told, added, wrote, tweeted, called, according to ...): a tag right after the quotation
   ('"...," Mr. Parscale said'; '"...," said Rep. Zoe Lofgren, a Democrat'; in the sentence
   where the quotation closes, when the splitter cut it), else the nearest verb before it
   ('Nazary said on Facebook: "..."'; 'the Red Sox said that they "are not going to be a
   factor"'). Its subject in spaCy's dependency parse is the speaker; an agentless passive
   ('he has been described as the "..."') gives nobody.
2. The subject becomes a name: a person of the entity index (the head, an apposition: 'the
   UN agency's director, Rick Brennan'; the name after a title cut by a full stop), an
   organisation (also one qualifying a thing: 'a Defence Ministry statement'), a proper name
   the recogniser missed ('King said'), else the article's own description ('a Western
   diplomat', 'The National Front spokesman', remembered as speaking for its organisation);
   'the chief' is the person the article titled so, one who spoke first; 'the group' the
   organisation that spoke last.
3. A pronoun ('he said', 'it added'): the earlier subject of the same sentence ('Mr. Trump
   alluded to ... when he said'), else the subject of the sentence before (centering), else
   the one person that sentence introduces, else the latest speaker (a speech verb of the
   article's own sentences counts: 'Waldie said there was no way to know.').
4. A quotation that is its whole sentence: a tag left alone in the next sentence ('Williams,
   a critic, said before ...'), else the latest speaker within QUOTE_FOLLOW_SENTENCES sentences
   of the article's own words, else the person the sentence before is about, else the speaker
   tagged on the quotation opening the next sentence.
5. A quotation inside a sentence with no speech verb: a title ("The Big Lebowski") names
   nobody; after a colon, or in a sentence about a named person or organisation ('Palin has
   apologised ... due to "..."'), the words are the subject's; otherwise they are the
   article's own (a scare quote): nobody.

What it does not do: coreference beyond the above ('the officer' with no one titled so before
stays a description); the inner speaker of a quotation within a quotation; grouping across
articles (compare.quotes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from accord import settings
from accord.compare.entities import EntityIndex
from accord.compare.names import TITLES
from accord.compare.nlp import parse
from accord.compare.speech import PERSON_WORDS, SPEECH, TAIL_ONLY, is_role, linked, phrase, subject_of
from accord.types import Sentence

_PERSONAL = frozenset("he she".split())
_GROUP_NOUNS = frozenset("group agency organisation organization company ministry movement front".split())
_SMALL_WORDS = frozenset("a an the of and or in on at to for with from by is".split())
_GROUP = frozenset("it they".split())
_ORG_HEADS = frozenset(
    "agency ministry department company statement police government office council committee "
    "firm team club group spokesman spokeswoman spokesperson".split()
)


@dataclass(frozen=True)
class Speaker:
    """Who one article says spoke one quotation."""

    name: str | None  # as the article names or describes the speaker; None: nobody
    entity: int | None = None  # index into EntityIndex.entities when the speaker is one
    explicit: bool = False  # named in the quotation's own sentence (not a pronoun or follow-on)
    kind: str = "none"  # person | organization | description | none
    org: int | None = None  # the organisation a described speaker speaks for ("the NRF spokesman")
    # a pronoun's speaker ("he said") that the sentence right before introduced as its subject and
    # only person ('Castrel's spokesman, Daniel Kemper, described the company as fortunate.
    # "...," he told reporters'): trusted as if named (compare.quotes)
    introduced: bool = False


_NOBODY = Speaker(None)


def attribute_article(article: str, sentences: tuple[Sentence, ...], quotes: list[tuple[int, int, int]],
                      index: EntityIndex) -> list[Speaker]:
    """The speaker of each quotation of one article.

    `quotes`: (sentence position, start, end) of every quotation with its quote marks, in text
    order (short ones too: their words are not read as the sentence's own).
    """
    reader = _Reader(article, sentences, quotes, index)
    return reader.run()


class _Reader:
    def __init__(self, article, sentences, quotes, index):
        self.article, self.sentences, self.index = article, sentences, index
        self.docs = parse([s.text for s in sentences]) if sentences else []
        # each quotation with the sentence its closing mark is in (a quotation the splitter cut
        # after its first sentence is tagged in the sentence where it closes)
        self.quotes = [(at, next((i for i in range(at, len(sentences)) if end <= sentences[i].end), at),
                        start, end) for at, start, end in quotes]
        self.inside: list[set[int]] = []  # per sentence: its tokens within quotation marks
        for i, (sent, doc) in enumerate(zip(sentences, self.docs)):
            spans = [(s - sent.start, e - sent.start) for _, _, s, e in self.quotes
                     if s < sent.end and e > sent.start]
            self.inside.append({t.i for t in doc if any(a <= t.idx < b for a, b in spans)})
        self.last: tuple[int, Speaker] | None = None  # latest speaker: (sentence, speaker)
        self.spoke: set[int] = set()  # entities given a quotation so far
        self.orgs: list[int] = []  # organisations that spoke so far, themselves or through someone
        # sentences that are quoted words: they open with a quote mark, or a typeset quotation
        # left open (a quotation running over several sentences) holds them
        self.quoted, depth = [], 0
        for sent in sentences:
            self.quoted.append(depth > 0 or sent.text.lstrip()[:1] in "\"“«`")
            for ch in sent.text:
                depth = 1 if ch == "“" else 0 if ch == "”" else depth

    def _spoke(self, at: int, found: Speaker) -> None:
        """Remember a speaker: the latest, the people who spoke, the organisations that spoke."""
        self.last = (at, found)
        if found.entity is not None:
            self.spoke.add(found.entity)
        org = found.entity if found.kind == "organization" else found.org
        if org is not None:
            self.orgs.append(org)

    def _near_last(self, at: int, extra: int = 0) -> Speaker | None:
        """The latest speaker when at most QUOTE_FOLLOW_SENTENCES (+ extra) sentences of the
        article's own words lie between it and sentence `at`."""
        if self.last is None:
            return None
        between = sum(1 for i in range(self.last[0] + 1, at) if not self.quoted[i])
        return self.last[1] if between < settings.QUOTE_FOLLOW_SENTENCES + extra else None

    def run(self) -> list[Speaker]:
        out: list[Speaker | None] = []
        done = -1  # sentences read up to here
        for at, at_end, start, end in self.quotes:
            self._narrative(done + 1, at)
            found = self._tagged(at, at_end, start, end)
            if found is None and self._title(at, start, end):
                found = _NOBODY
            if found is None and self._stands_alone(at, start, end):
                found = self._tag_after(at_end) or self._follow_on(at)
            elif found is None:
                found = self._in_sentence(at, start, end)
            if found is not None and found.name is not None:
                self._spoke(at_end, found)
            out.append(found)
            done = max(done, at_end)
        # a lone quotation whose speaker is tagged on the quotation opening the next sentence
        for k, (at, at_end, start, end) in enumerate(self.quotes):
            if out[k] is None and self._stands_alone(at, start, end):
                nxt = next((j for j, q in enumerate(self.quotes) if q[0] == at_end + 1), None)
                if nxt is not None and out[nxt] is not None and out[nxt].explicit:
                    out[k] = Speaker(out[nxt].name, out[nxt].entity, False, out[nxt].kind)
        return [s if s is not None else _NOBODY for s in out]

    # ------------------------------------------------------------------ the quotation's sentence
    def _verbs(self, i: int) -> list:
        doc, inside = self.docs[i], self.inside[i]
        first = next((t.i for t in doc if not t.is_punct), 0)
        return [t for t in doc if t.i not in inside and (
            t.lower_ in SPEECH and t.pos_ in ("VERB", "AUX") and (t.text[:1].islower() or t.i == first)
            or t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to")]

    def _tagged(self, at: int, at_end: int, start: int, end: int) -> Speaker | None:
        """The speaker named by a speech verb of the quotation's sentence, or None."""
        qs, qe = start - self.sentences[at].start, end - self.sentences[at_end].start
        doc_end, inside_end = self.docs[at_end], self.inside[at_end]
        if self._modifier(at, at_end, start, end):
            return _NOBODY  # the words name a kind of thing: 'a "take it or leave it" scenario'
        # after: verbs before the next quotation opens, close to the quotation; before: nearest first
        opens = [t.idx for t in doc_end if t.i in inside_end and t.idx >= qe]
        next_open = min(opens, default=len(self.sentences[at_end].text))
        after = [t for t in self._verbs(at_end) if qe <= t.idx < next_open]
        before = [t for t in self._verbs(at) if t.idx < qs and t.lower_ not in TAIL_ONLY]
        # a tag: only its speaker between the quotation and the verb ('," Mr. Parscale said'), not
        # another clause ('officers were following "several leads" but would not say ...')
        near = [t for t in after
                if sum(1 for u in doc_end if qe <= u.idx < t.idx and not u.is_punct) <= 8
                and not any(u.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ") for u in doc_end
                            if qe <= u.idx < t.idx and u.i not in inside_end)]
        choice = [(at_end, t) for t in near] + [(at, t) for t in reversed(before)]
        if near and all(t.lower_ == "according" for t in near) and any(t.lower_ != "according" for t in before):
            # 'X told reporters that "...", according to a recording': the verb before introduces
            # the words and names their speaker; "according to" after them names the report's source
            choice = [(at, t) for t in reversed(before)] + [(at_end, t) for t in near]
        choice += [(at_end, t) for t in after if t not in near]
        for i, verb in choice:
            subject = subject_of(verb, self.inside[i])
            if subject is False:
                return _NOBODY  # a passive without agent: words described, nobody quoted
            if subject is None and i == at_end and verb in near:
                # a tag whose subject the parse hung on the quotation ('"...," the deputy's
                # mother, Rosa Ortiz, said'): the head of the words between them
                between = [u for u in doc_end if qe <= u.idx < verb.idx and u.i not in inside_end
                           and u.pos_ in ("NOUN", "PROPN") and not qe <= u.head.idx < verb.idx]
                subject = between[0] if between else None
            named = self._name(subject, i, self.docs[i]) if subject is not None else None
            if named is not None:
                return named
        return None

    def _modifier(self, at: int, at_end: int, start: int, end: int) -> bool:
        """A short quotation used as a noun's modifier ('a "take it or leave it" scenario'): no
        comma or stop closes it, a noun follows it at once, and no speech verb introduces it
        ('what he called the "late-night talk-show" feel')."""
        sent, sent_end = self.sentences[at], self.sentences[at_end]
        inner = sent_end.text[: end - sent_end.start].rstrip().rstrip("\"'”»`").rstrip()
        words = (sent.text[start - sent.start:] if at != at_end else sent.text[start - sent.start: end - sent.start])
        if not inner or inner[-1] in ",.!?;:" or len(words.split()) > 7:
            return False
        doc_end, qe = self.docs[at_end], end - sent_end.start
        first_after = next((t for t in doc_end if t.idx >= qe and not t.is_punct), None)
        if first_after is None or first_after.pos_ != "NOUN" or first_after.idx - qe > 2:
            return False
        doc, qs = self.docs[at], start - sent.start
        lead = [t for t in doc if t.idx < qs and not t.is_punct][-3:]
        return not any(t.lower_ in SPEECH for t in lead)

    def _title(self, at: int, start: int, end: int) -> bool:
        """Words in title case ("The Big Lebowski", "Harbour at Dusk"): a name, nobody's words."""
        sent = self.sentences[at]
        words = re.findall(r"[^\W_][\w'’-]*", sent.text[start - sent.start: end - sent.start])
        content = [w for w in words if w.lower() not in _SMALL_WORDS]
        return bool(content) and len(words) <= 8 and all(w[:1].isupper() or w[:1].isdigit() for w in content)

    def _in_sentence(self, at: int, start: int, end: int) -> Speaker | None:
        """A quotation inside a sentence with no speech verb: a title names nobody ("starred in
        "Van Wilder""); after a colon ('The judge offered advice: "..."') or in a sentence about a
        named person or organisation ('Palin has apologised ... due to "..."') the words are
        theirs; in any other sentence they are the article's own (a scare quote): nobody."""
        sent, doc, inside = self.sentences[at], self.docs[at], self.inside[at]
        before = [t for t in doc if t.i not in inside and sent.start + t.idx < start and not t.is_space]
        root = next((t for t in doc if t.dep_ == "ROOT"), None)
        if root is None or root.i in inside:
            return None
        subject = subject_of(root, inside)
        if not subject:
            return None
        named = self._name(subject, at, doc)
        if named is None:
            return None
        colon = bool(before) and before[-1].text == ":"
        return named if colon or named.kind in ("person", "organization") else None

    def _narrative(self, first: int, stop: int) -> None:
        """The latest speaker after sentences with no quotation: 'Waldie said there was no way to
        know.' makes Waldie the 'he' of the next quotation."""
        for i in range(first, stop):
            if self.inside[i]:
                continue
            for verb in self._verbs(i):
                subject = subject_of(verb, self.inside[i])
                if subject:
                    found = self._name(subject, i, self.docs[i])
                    if found is not None and found.name is not None:
                        self._spoke(i, found)
                        break

    def _tag_after(self, at_end: int) -> Speaker | None:
        """A tag left alone in the next sentence ('Williams, a critic of NYPD policy, said before
        Kelly appeared.'): a speech verb with no quotation and no clause of what was said."""
        i = at_end + 1
        if i >= len(self.sentences) or self.inside[i]:
            return None
        for verb in self._verbs(i):
            if verb.dep_ == "ROOT" and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
                subject = subject_of(verb, self.inside[i])
                if subject:
                    return self._name(subject, i, self.docs[i])
        return None  # (a pronoun's speaker may be None as well: then the follow-on reading)

    def _name(self, token, at: int, doc, depth: int = 0) -> Speaker | None:
        """The speaker a subject token stands for (None: a word that names nobody)."""
        low = token.lower_
        if low in _PERSONAL or low in _GROUP:
            return self._pronoun(low, token, at, doc, depth)
        sent = self.sentences[at]
        if token.lower_.rstrip(".") in TITLES:
            # "said Bloomington Police Sgt. Marty Earley" cut after the abbreviation
            after = [m for t in token.doc[token.i + 1: token.i + 4]
                     if (m := self._mention(sent.start + t.idx)) is not None and m.type == "person"]
            if after:
                return Speaker(self.index.entities[after[0].entity].name, after[0].entity, True, "person")
        chain = linked(token)
        proper = [c for c in chain if c.dep_ == "appos" and c.pos_ == "PROPN"]
        found = [(c, m) for c in chain if (m := self._mention(sent.start + c.idx)) is not None]
        # a person the subject names (itself, an apposition) first; then an organisation, also one
        # that qualifies a role ("a Defence Ministry statement"), never a person doing so ("a Palin
        # spokesman" is not Palin)
        found = [(c, m) for c, m in found if m.type == "person"] + [
            (c, m) for c, m in found if m.type == "organization"]
        for cand, m in found:
            if cand.dep_ == "compound" and m.type == "person" and cand.head.pos_ == "NOUN":
                continue
            if m.type == "organization" and cand.dep_ == "appos" and is_role(token) and cand.pos_ == "PROPN":
                # "A professor of economics, Yanis Varoufakis": a person the recogniser took for
                # an organisation
                return Speaker(m.text, m.entity, True, "person")
            if m.type == "organization" and cand.dep_ in ("compound", "nmod") and is_role(token):
                # "The National Front spokesman": a person who speaks for the organisation
                return Speaker(phrase(token), None, True, "description", org=m.entity)
            if m.type == "organization" and len(m.text.split()) <= 2:
                # a surname the recogniser took for an organisation ("Thompson said in the ring")
                person = self.index.lookup(cand.text, self.article)
                if person is not None:
                    return Speaker(self._entity_name(person), person, True, "person")
                names = [t for t in cand.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
                if any(t.lower_ in TITLES for t in cand.lefts if t.dep_ == "compound") and names:
                    # "City councillor Ana Dobrev": a title and a first name make it a person
                    return Speaker(" ".join(t.text for t in [*names, cand]), None, True, "person")
            return Speaker(self._entity_name(m.entity), m.entity, True, m.type)
        if token.pos_ == "NOUN" and token.text[:1].isupper() and token.text[1:].islower() \
                and (entity := self.index.lookup(token.text, self.article)) is not None:
            # a surname the tagger took for a noun at the start of a sentence ("Davies wrote")
            return Speaker(self._entity_name(entity), entity, True, "person")
        if token.pos_ != "PROPN" and proper and not any(m.type == "person" for _, m in found):
            token = proper[0]  # "A professor of economics, Yanis Varoufakis": the name
        if token.pos_ == "PROPN":
            words = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [token]
            words = [t for t in words if t.lower_.rstrip(".") not in TITLES] or [token]
            name = " ".join(t.text for t in words)
            entity = self.index.lookup(name, self.article)
            if entity is not None:
                return Speaker(self._entity_name(entity), entity, True, self.index.entities[entity].type)
            return Speaker(name, None, True, "person")
        if token.pos_ not in ("NOUN", "PROPN"):
            return None
        described = phrase(token)
        # a role given before with a name: "the chief" after "Troy Police Chief Charles Craft";
        # "the group" after its spokesman spoke: the organisation
        words = described.lower().split()
        if words and words[0] == "the" and (token.lower_ in TITLES or token.lower_ in _ORG_HEADS):
            titled = self._titled(token.lower_, sent.start)
            if titled is not None:
                return titled
            if token.lower_ in _GROUP_NOUNS and self.orgs:
                org = self.orgs[-1]
                return Speaker(self._entity_name(org), org, False, "organization")
        return Speaker(described, None, True, "description")

    # ------------------------------------------------------------------ pronouns and follow-ons
    def _pronoun(self, low: str, token, at: int, doc, depth: int = 0) -> Speaker:
        inside = self.inside[at]
        # the same sentence's nearest earlier subject: "Mr. Trump alluded to ... when he said"
        for t in reversed(doc[: token.i]):
            if (t.dep_ == "nsubj" or t.dep_ == "ROOT" and t.pos_ == "PROPN") \
                    and t.lower_ not in _PERSONAL | _GROUP and t.i not in inside:
                named = self._name(t, at, doc, depth + 1)
                if named is not None and named.name is not None and named.kind != "description" \
                        and _fits(low, named):
                    return _again(named)
        # the one the sentence before is about, its subject (centering: the pronoun continues
        # the preferred centre), else a person it introduces, else the latest speaker
        previous = self._recent_subject(at, low, back=1, depth=depth)
        if previous is not None:
            if depth == 0 and self._introduces(at - 1, previous) and not self._persons_outside(at):
                return replace(previous, introduced=True)
            return previous
        introduced = self._introduced(at, low)
        if introduced is not None:
            return introduced
        speaker = self._near_last(at, extra=1)
        if speaker is not None and _fits(low, speaker):
            return _again(speaker)
        subject = self._recent_subject(at, low, depth=depth)
        if subject is not None:
            return subject
        if low in _PERSONAL:
            # the nearest person named before: the antecedent when nothing closer is ("She became a
            # cult figure ... 'I don't want to be photographed,' she said.")
            before = [m for m in self.index.mentions.get(self.article, ())
                      if m.type == "person" and m.end <= self.sentences[at].start + token.idx]
            if before:
                return Speaker(self._entity_name(before[-1].entity), before[-1].entity, False, "person")
        return _NOBODY

    def _introduces(self, i: int, speaker: Speaker) -> bool:
        """Sentence `i` holds no quotation, names one person only, `speaker`, by a full name,
        and is about that person (its main subject)."""
        if speaker.kind != "person" or speaker.entity is None or self.inside[i]:
            return False
        sent = self.sentences[i]
        persons = {m.entity for m in self.index.mentions.get(self.article, ())
                   if sent.start <= m.start < sent.end and m.type == "person"}
        return persons == {speaker.entity} and len(self.index.tokens[speaker.entity]) >= 2

    def _persons_outside(self, at: int) -> bool:
        """Does sentence `at` name a person outside its quotations?"""
        sent, doc, inside = self.sentences[at], self.docs[at], self.inside[at]
        outside = {sent.start + t.idx for t in doc if t.i not in inside}
        return any(m.type == "person" and m.start in outside
                   for m in self.index.mentions.get(self.article, ()) if sent.start <= m.start < sent.end)

    def _stands_alone(self, at: int, start: int, end: int) -> bool:
        """A quotation that is (nearly) its whole sentence, not a phrase inside one."""
        doc, inside = self.docs[at], self.inside[at]
        sent = self.sentences[at]
        outside = [t for t in doc if t.i not in inside and t.is_alpha and sent.start + t.idx < start]
        outside += [t for t in doc if t.i not in inside and t.is_alpha and sent.start + t.idx >= end]
        return len(outside) <= 4

    def _introduced(self, at: int, low: str) -> Speaker | None:
        """The one person the sentence before introduces (named there first in the article) when
        that person is not the latest speaker: 'The move comes as a surprise to Matthew
        O'Connor, who ... "...," he told E! News.'"""
        if at == 0 or self.inside[at - 1] or low not in _PERSONAL:
            return None
        sent = self.sentences[at - 1]
        mentions = self.index.mentions.get(self.article, ())
        seen = {m.entity for m in mentions if m.start < sent.start}
        new = {m.entity for m in mentions if sent.start <= m.start < sent.end and m.type == "person"} - seen
        if len(new) != 1 or (self.last is not None and self.last[1].entity in new):
            return None
        entity = new.pop()
        return Speaker(self._entity_name(entity), entity, False, "person")

    def _follow_on(self, at: int) -> Speaker | None:
        s = self._near_last(at)
        if s is not None:
            return _again(s)
        found = self._recent_subject(at, "he", back=1)
        return found if found is not None and found.kind == "person" else None

    def _recent_subject(self, at: int, low: str, back: int = 2, depth: int = 0) -> Speaker | None:
        """The subject of the main clause of the latest of the `back` sentences before `at` that a
        pronoun `low` can stand for (a pronoun there resolved in turn, twice at most)."""
        for i in range(at - 1, max(-1, at - 1 - back), -1):
            doc = self.docs[i]
            subject = next((t for t in doc if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
                            and t.i not in self.inside[i]), None)
            if subject is None:
                continue
            asked = [c for c in subject.head.children if c.dep_ == "dobj"
                     and (m := self._mention(self.sentences[i].start + c.idx)) is not None and m.type == "person"]
            if subject.head.lower_ in ("asked", "questioned", "pressed") and asked and low in _PERSONAL:
                # "a reporter asked President Joe Biden whether ...": the one asked answers
                m = self._mention(self.sentences[i].start + asked[0].idx)
                return Speaker(self._entity_name(m.entity), m.entity, False, "person")
            if subject.lower_ in _PERSONAL | _GROUP:
                if depth >= 2 or (subject.lower_ in _PERSONAL) != (low in _PERSONAL):
                    continue
                named = self._pronoun(subject.lower_, subject, i, doc, depth + 1)
            else:
                named = self._name(subject, i, doc, depth + 1)
            if named is not None and named.name is not None and _fits(low, named):
                return _again(named)
        return None

    # ------------------------------------------------------------------ the entity index
    def _mention(self, offset: int):
        for m in self.index.mentions.get(self.article, ()):
            if m.start <= offset < m.end:
                return m
        return None

    def _entity_name(self, entity: int) -> str:
        """An entity's name as this article writes it (its fullest mention here: "Heydar
        Alishbandi" where another article has "Heidar Alishvandi"), else the story's name."""
        here = [m.text for m in self.index.mentions.get(self.article, ()) if m.entity == entity]
        return max(here, key=lambda t: (len(t.split()), len(t))) if here else self.index.entities[entity].name

    def _titled(self, role: str, before: int) -> Speaker | None:
        """The latest person or organisation written with `role` before `before`, one that has
        spoken already first ("the judge offered advice" after the sentencing judge's words, not
        the judge who was a victim)."""
        earlier = [m for m in self.index.mentions.get(self.article, ()) if m.end <= before]
        spoke = [m for m in earlier if m.entity in self.spoke]
        for m in [*reversed(spoke), *reversed(earlier)]:
            if m.type == "organization" and role in m.text.lower().split():
                return Speaker(self._entity_name(m.entity), m.entity, False, m.type)
            if m.type != "person":
                continue
            sent = next((s for s in self.sentences if s.start <= m.start < s.end), None)
            if sent is None:
                continue
            # the role as the name's title ("Superior Court Judge James Bodiford") or in an
            # apposition right after it ("Gerard Benezat, the store's insurer")
            title = sent.text[max(0, m.start - sent.start - 30): m.start - sent.start].lower()
            appos = sent.text[m.end - sent.start: m.end - sent.start + 50].lower()
            if re.search(rf"\b{re.escape(role)}\.?\s+(?:[a-z]\w*\.?\s+)?$", title) or re.match(
                    rf",\s+(?:the|a|an|his|her|its|their)\s+(?:[\w'’-]+\s+){{0,4}}{re.escape(role)}\b", appos):
                return Speaker(self._entity_name(m.entity), m.entity, False, "person")
        return None


def _again(speaker: Speaker) -> Speaker:
    """A speaker found again for another quotation: not named in that quotation's sentence."""
    return Speaker(speaker.name, speaker.entity, False, speaker.kind, speaker.org)


def _fits(pronoun: str, speaker: Speaker) -> bool:
    """Whether a pronoun can stand for a speaker: he/she a person or people described ('a
    witness', 'a group of women'), it an organisation or a thing ('the statement'), they any
    but one named person."""
    personal = speaker.kind == "person" or (
        speaker.kind == "description" and any(w in PERSON_WORDS for w in speaker.name.lower().split()))
    if pronoun in _PERSONAL:
        return personal
    if pronoun == "it":
        return not personal
    return speaker.kind != "person"
