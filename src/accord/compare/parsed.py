"""A parsed sentence as plain Python data, read as the compare modules read a spaCy Doc.

What: `from_spacy(doc)` keeps what compare reads of a spaCy parse (each token's text, offset,
lower form, tags, dependency and head, entity type, four lexical flags and left edge; the
entities and noun chunks, each with its root) in tuples, and `Doc`, `Token` and `Span` answer
the same attribute reads as spaCy's (`dep_`, `head`, `children`, `lefts`, `rights`,
`subtree`, `ents`, `noun_chunks`, slicing ...), with spaCy's semantics (a token is a fresh view
on each access, equal by document and position; slices clipped as spaCy clips them).

Why (issue 18): plain data pickles in microseconds and needs no spaCy to be read, so the parse
can run in another process (accord.compare.nlp) while this one encodes, and a process that only
reads parses never imports spaCy (~0.75 s of CPU) nor loads its model.

What not: no spaCy API beyond what compare reads (an attribute it does not have raises
AttributeError, so a module that starts reading more fails loudly in the tests rather than
reading something else); nothing is computed here that spaCy did not decide.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

# lexical flags, one bit each
_ALPHA, _PUNCT, _SPACE, _NUM = 1, 2, 4, 8


def from_spacy(doc) -> Doc:
    """The plain copy of a spaCy Doc."""
    words, idx, lower, pos, tag, dep, head, ent, flags, left = ([] for _ in range(10))
    for t in doc:
        words.append(t.text)
        idx.append(t.idx)
        lower.append(t.lower_)
        pos.append(t.pos_)
        tag.append(t.tag_)
        dep.append(t.dep_)
        head.append(t.head.i)
        ent.append(t.ent_type_)
        flags.append(_ALPHA * t.is_alpha | _PUNCT * t.is_punct | _SPACE * t.is_space | _NUM * t.like_num)
        left.append(t.left_edge.i)
    ents = tuple((e.start, e.end, e.label_, e.root.i) for e in doc.ents)
    chunks = tuple((c.start, c.end, c.label_, c.root.i) for c in doc.noun_chunks)
    return Doc(doc.text, tuple(words), tuple(idx), tuple(lower), tuple(pos), tuple(tag),
               tuple(dep), tuple(head), tuple(ent), tuple(flags), tuple(left), ents, chunks)


class Doc:
    __slots__ = ("text", "_words", "_idx", "_lower", "_pos", "_tag", "_dep", "_head", "_ent",
                 "_flags", "_left", "_ents", "_chunks", "_kids")

    def __init__(self, text, words, idx, lower, pos, tag, dep, head, ent, flags, left, ents, chunks):
        self.text = text
        self._words, self._idx, self._lower, self._pos, self._tag = words, idx, lower, pos, tag
        self._dep, self._head, self._ent, self._flags, self._left = dep, head, ent, flags, left
        self._ents, self._chunks = ents, chunks
        self._kids = None

    def __getstate__(self):
        return tuple(getattr(self, name) for name in self.__slots__[:-1])

    def __setstate__(self, state):
        self.__init__(*state)

    def __len__(self) -> int:
        return len(self._words)

    def __iter__(self):
        return (Token(self, i) for i in range(len(self._words)))

    def __getitem__(self, key):
        n = len(self._words)
        if isinstance(key, slice):
            start, stop = _clip(key, n)
            return Span(self, start, stop)
        if key < 0:
            key += n
        if not 0 <= key < n:
            raise IndexError(f"token index {key} out of range for a document of {n}")
        return Token(self, key)

    @property
    def ents(self) -> tuple[Span, ...]:
        return tuple(Span(self, s, e, label, root) for s, e, label, root in self._ents)

    @property
    def noun_chunks(self):
        return (Span(self, s, e, label, root) for s, e, label, root in self._chunks)

    def starting_in(self, start: int, end: int) -> range:
        """Indices of the tokens that start at a character offset in [start, end), found by
        bisection (not spaCy's API: a scan of every token per expression made reading a long
        sentence's dates quadratic)."""
        return range(bisect_left(self._idx, start), bisect_left(self._idx, end))

    def overlapping(self, start: int, end: int) -> range:
        """Indices of the tokens that share a character with [start, end) (start before `end`, end
        after `start`), found by bisection as `starting_in` (tokens do not overlap, so their ends
        are in order as their starts are)."""
        lo = bisect_right(self._idx, start)
        if lo and self._idx[lo - 1] + len(self._words[lo - 1]) > start:
            lo -= 1
        return range(lo, max(lo, bisect_left(self._idx, end)))

    def _children(self, i: int) -> tuple[int, ...]:
        if self._kids is None:
            kids: list[list[int]] = [[] for _ in self._words]
            for j, h in enumerate(self._head):
                if h != j:
                    kids[h].append(j)
            self._kids = tuple(tuple(k) for k in kids)
        return self._kids[i]

    def __repr__(self) -> str:
        return self.text


def _clip(key: slice, n: int) -> tuple[int, int]:
    """spaCy's slice bounds: negative from the end, clipped to the document, never reversed."""
    if key.step not in (None, 1):
        raise ValueError("a parsed document is sliced with step 1 only")
    start = 0 if key.start is None else key.start
    stop = n if key.stop is None else key.stop
    start = min(n, max(0, start + n if start < 0 else start))
    stop = min(n, max(0, stop + n if stop < 0 else stop))
    return start, max(start, stop)


class Token:
    __slots__ = ("doc", "i")

    def __init__(self, doc: Doc, i: int):
        self.doc = doc
        self.i = i

    text = property(lambda self: self.doc._words[self.i])
    idx = property(lambda self: self.doc._idx[self.i])
    lower_ = property(lambda self: self.doc._lower[self.i])
    pos_ = property(lambda self: self.doc._pos[self.i])
    tag_ = property(lambda self: self.doc._tag[self.i])
    dep_ = property(lambda self: self.doc._dep[self.i])
    ent_type_ = property(lambda self: self.doc._ent[self.i])
    is_alpha = property(lambda self: bool(self.doc._flags[self.i] & _ALPHA))
    is_punct = property(lambda self: bool(self.doc._flags[self.i] & _PUNCT))
    is_space = property(lambda self: bool(self.doc._flags[self.i] & _SPACE))
    like_num = property(lambda self: bool(self.doc._flags[self.i] & _NUM))
    head = property(lambda self: Token(self.doc, self.doc._head[self.i]))
    left_edge = property(lambda self: Token(self.doc, self.doc._left[self.i]))

    @property
    def children(self):
        doc = self.doc
        return (Token(doc, j) for j in doc._children(self.i))

    @property
    def lefts(self):
        doc, i = self.doc, self.i
        return (Token(doc, j) for j in doc._children(i) if j < i)

    @property
    def rights(self):
        doc, i = self.doc, self.i
        return (Token(doc, j) for j in doc._children(i) if j > i)

    @property
    def subtree(self):
        for t in self.lefts:
            yield from t.subtree
        yield self
        for t in self.rights:
            yield from t.subtree

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__

    def __hash__(self) -> int:
        return hash((self.doc, self.i))

    def __eq__(self, other) -> bool:  # spaCy: the same document and offset
        return isinstance(other, Token) and other.doc is self.doc and other.idx == self.idx

    def __ne__(self, other) -> bool:
        return not self == other

    def __lt__(self, other) -> bool:
        return self.idx < other.idx

    def __le__(self, other) -> bool:
        return self.idx <= other.idx

    def __gt__(self, other) -> bool:
        return self.idx > other.idx

    def __ge__(self, other) -> bool:
        return self.idx >= other.idx


class Span:
    __slots__ = ("doc", "start", "end", "label_", "_root")

    def __init__(self, doc: Doc, start: int, end: int, label: str = "", root: int | None = None):
        self.doc, self.start, self.end, self.label_, self._root = doc, start, end, label, root

    @property
    def start_char(self) -> int:
        return self.doc._idx[self.start] if self.start < self.end else self._empty_char()

    @property
    def end_char(self) -> int:
        if self.start == self.end:
            return self._empty_char()
        last = self.end - 1
        return self.doc._idx[last] + len(self.doc._words[last])

    def _empty_char(self) -> int:  # spaCy: an empty span sits where its token would start
        doc = self.doc
        return doc._idx[self.start] if self.start < len(doc) else len(doc.text)

    @property
    def text(self) -> str:
        return self.doc.text[self.start_char:self.end_char]

    @property
    def root(self) -> Token:
        if self._root is None:
            raise AttributeError("the root of a slice is not kept (only of entities and noun chunks)")
        return Token(self.doc, self._root)

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self):
        return (Token(self.doc, i) for i in range(self.start, self.end))

    def __getitem__(self, key):
        n = self.end - self.start
        if isinstance(key, slice):
            start, stop = _clip(key, n)
            return Span(self.doc, self.start + start, self.start + stop)
        if key < 0:
            key += n
        if not 0 <= key < n:
            raise IndexError(f"token index {key} out of range for a span of {n}")
        return Token(self.doc, self.start + key)

    def __hash__(self) -> int:
        return hash((self.doc, self.start_char, self.end_char, self.label_))

    def __eq__(self, other) -> bool:  # spaCy: the same characters, label and document
        return (isinstance(other, Span) and other.doc is self.doc and other.label_ == self.label_
                and (other.start_char, other.end_char) == (self.start_char, self.end_char))

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__
