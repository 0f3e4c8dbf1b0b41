"""Speech and writing in spaCy's dependency parse: which words report what someone said, and who
the subject of such a word is (compare.speakers reads quotations' speakers with them).

What it does not do: it names nobody (compare.speakers turns a subject token into a person, an
organisation or a description) and it finds no quotation.
"""

from __future__ import annotations

from accord.compare.entities import ROLE_NOUNS
from accord.compare.names import TITLES

# word forms that report speech or writing (the lemmatizer is not loaded: forms, not lemmas)
SPEECH = frozenset(
    """
    say says said saying tell tells told telling add adds added adding write writes wrote writing
    tweet tweets tweeted tweeting state states stated declare declares declared insist insists
    insisted explain explains explained note notes noted warn warns warned ask asks asked asking
    reply replies replied answer answers answered post posts posted announce announces announced
    continue continues continued stress stresses stressed vow vows vowed claim claims claimed
    argue argues argued recall recalls recalled remark remarks remarked urge urges urged admit
    admits admitted confirm confirms confirmed respond responds responded called calling
    describe describes described describing reiterate reiterates reiterated acknowledge
    acknowledged shout shouted shouting scream screamed screaming yell yelled cry cried quip
    quipped joke joked concede conceded agree agreed read reads quote quoted comment commented
    observe observed predict predicted promise promised pledge pledged suggest suggested
    testify testified conclude concluded complain complained lament lamented hint hinted
    counter countered recount recounted email emailed text texted report reports reported
    explaining noting warning insisting adding recalling declaring mention mentions mentioned
    instructed informed advised cautioned affirmed maintained contended assured disclosed
    revealed indicated apologised apologized apologises apologizes fumed blasted praised
    criticised criticized welcomed accused denied condemned slammed hailed protested pleaded
    demanded questioned wondered reporting
    """.split()
)
# forms that report speech only after a quotation ('"...," she continued'); before one they are
# the event itself ('said the search would continue "as long as it takes"')
TAIL_ONLY = frozenset("continue continues continued read reads".split())
_PERSON_NOUNS = frozenset("official officials spokesperson source representative aide adviser advisor".split())
_RELATIVE = ("that", "which", "who")
# nouns for people, with the posts of entities.ROLE_NOUNS and names.TITLES: a description that
# holds one ("a Western diplomat", "a group of women") can be "he", "she" or "they"
PERSON_WORDS = frozenset(
    """
    man men woman women boy boys girl girls person people witness witnesses resident residents
    friend friends neighbor neighbors neighbour neighbours source sources official officials
    diplomat diplomats executive executives worker workers employee employees student students
    teacher parent parents driver juror jurors victim survivor survivors passenger passengers
    visitor visitors fan fans voter voters protester protesters protestors relative relatives
    member members owner owners manager lawyer attorney analyst expert experts officer officers
    spokesman spokeswoman spokesperson pensioner farmer guard nurse doctor insider veteran
    """.split()
) | ROLE_NOUNS | TITLES


def phrase(token) -> str:
    """The words that describe a speaker: 'a Western diplomat', 'a group of women'."""
    lefts = [t for t in token.lefts if t.dep_ in ("det", "amod", "compound", "poss", "nmod", "case", "nummod")]
    first = min([token.i] + [t.left_edge.i for t in lefts])
    last = token.i
    # "a group of women": the noun's "of" phrase is part of what it describes
    of = [c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == token.i + 1]
    if of and (objs := [c for c in of[0].children if c.dep_ == "pobj"]):
        last = objs[0].i
    return token.doc[first: last + 1].text


def is_role(token) -> bool:
    """A noun for a person's post or part ('spokesman', 'official', 'director')."""
    return token.lower_ in TITLES or token.lower_ in ROLE_NOUNS or token.lower_ in _PERSON_NOUNS


def linked(token) -> list:
    """The subject token and the words that name the same one: appositions, conjuncts and
    compounds ('the UN health agency's director, Rick Brennan'), not prepositions or owners ('a
    friend of LuAnn's' is not LuAnn)."""
    out, todo = [], [token]
    while todo and len(out) < 12:
        t = todo.pop(0)
        out.append(t)
        todo += [c for c in t.children if c.dep_ in ("appos", "conj", "compound", "flat", "nmod")]
        # "the owner of Miklas River Lines, Radu Miklas": an apposition the parse hung on the
        # "of" phrase still names the subject (the "of" phrase itself does not: "a friend of X")
        todo += [a for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" for a in o.children if a.dep_ == "appos"]
    return out


def subject_of(verb, inside: set[int]):
    """The token that speaks for a speech verb; False for an agentless passive; None: unknown.

    `inside`: the sentence's tokens within quotation marks, never the speaker nor the clause
    the verb hangs on ('he "claimed it was necessary" - and added' hangs on the tag's verb).
    """
    if verb.lower_ == "according":
        objs = [c for c in verb.doc[verb.i + 1].children if c.dep_ == "pobj"]
        return objs[0] if objs else None
    head = verb
    for _ in range(5):
        children = [c for c in head.children if c.i not in inside]
        subj = [c for c in children if c.dep_ == "nsubj"]
        passive = [c for c in children if c.dep_ in ("nsubjpass", "auxpass")]
        if head.i in inside:
            pass  # a clause of the quotation: its subject did not speak, climb on
        elif subj and all(c.lower_ in _RELATIVE for c in subj):
            # "practices that call for ...": the noun the relative clause is about
            return None if head.head.i in inside or head.head is head else head.head
        elif subj:
            return next(c for c in subj if c.lower_ not in _RELATIVE)
        elif passive:
            agent = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if agent:
                return agent[0]
            if head.lower_ == "quoted":  # "the governor was quoted as saying"
                return next((c for c in children if c.dep_ == "nsubjpass"), None)
            return False
        elif head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN"):
            return head.head  # "a draft resolution asking ...", "an inside source calling it"
        elif head.dep_ == "relcl":
            return head.head  # "Smith, who said ..."
        if head.dep_ in ("advcl", "xcomp", "conj", "ccomp", "pcomp", "acl", "relcl") and head.head is not head:
            head = head.head
            continue
        break
    # inverted order the parser left without a subject: '..." said Mayor Hale'
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.pos_ == "PROPN":
        while nxt.dep_ == "compound" and nxt.head.i > nxt.i:
            nxt = nxt.head
        return nxt
    # a parse that lost the verb's attachment: the main clause's subject before it
    subjects = [t for t in verb.doc if t.i < verb.i and t.i not in inside and t.dep_ == "nsubj"
                and t.head.dep_ == "ROOT"]
    if subjects:
        return subjects[-1]
    # 'the head of the agency, Ana Vlasic, described ...' parsed with no subject at all: the name
    # that closes right before the verb, a comma at most between
    prev = verb.i - 1
    if prev >= 0 and verb.doc[prev].text == ",":
        prev -= 1
    if prev >= 0 and prev not in inside and verb.doc[prev].pos_ == "PROPN" and verb.doc[prev].dep_ != "compound":
        return verb.doc[prev]
    return None
