"""The model's attribute rules (part of speech from tag, word and dependency), as table look-ups.

What: en_core_web_sm's `attribute_ruler` sets each token's coarse part of speech (`pos_`) from
its fine tag, lower form and dependency (`{"TAG": "NNS"} -> NOUN`, `{"LOWER": "but", "TAG":
"CC", "DEP": "advmod"} -> ADV`, `{"DEP": "expl"}, {"LOWER": "is"} -> VERB` ...), and the tag and
dependency of whitespace tokens. `compile_rules(ruler)` reads that component's own patterns and
returns `TagRules`, which gives every token the part of speech, tag and dependency the component
gives it: every pattern is tried against the token's values before any rule applies, and where
several rules match, the one added last wins, as the component does (AttributeRuler.match sorts
by rule, set_annotations applies in that order).

Why (issue 18): spaCy runs those rules through its general Matcher, which tries each of the
179 patterns at each token: 0.87 s of CPU for 1,382 dev sentences, a sixth of their whole parse
once the matrix products are on numpy (accord.compare.nlp). Here each token looks its values
up in a few dictionaries.

What not: lemmas and morphological features (the component also sets them) are not set: no
compare module reads them (accord.compare.parsed keeps neither). A pattern of another shape
(other attributes, other operators, a token with no value to look up) makes `compile_rules`
return None, and the model keeps spaCy's component.
"""

from __future__ import annotations

from collections import defaultdict

_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")  # what a token's values are looked up by
_SET = ("POS", "TAG", "DEP")  # what a rule may set that a parse is read for


class TagRules:
    """The compiled rules; `apply(doc)` sets a spaCy Doc's part of speech, tag and dependency."""

    def __init__(self, by_value, pos_ids):
        # (key, value hash) -> [(rule number, pattern, which token it sets, {attr: value},
        # whether finding it there is its whole test)]
        self._by_value = by_value
        self._pos = pos_ids  # part of speech name -> spaCy's number for it

    def __call__(self, doc):
        self.apply(doc)
        return doc

    def apply(self, doc) -> None:
        from spacy.attrs import DEP, IS_SPACE, LOWER, POS, TAG

        n = len(doc)
        if not n:
            return
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        chosen: dict[tuple[int, str], tuple[int, str]] = {}  # (token, attr) -> (rule, value)
        by_value = self._by_value
        for i, row in enumerate(rows):
            seen = set()
            for key, value in zip(_KEYS, row):
                for number, pattern, index, attrs, sure in by_value.get((key, value), ()):
                    if number in seen or i + len(pattern) > n:
                        continue
                    if sure or all(_holds(p, rows[i + k]) for k, p in enumerate(pattern)):
                        seen.add(number)
                        target = i + index
                        for attr, v in attrs.items():
                            if chosen.get((target, attr), (-1,))[0] < number:
                                chosen[(target, attr)] = (number, v)
        if not chosen:
            return
        pos = doc.to_array([POS])
        others = []
        for (i, attr), (_, value) in chosen.items():
            if attr == "POS":
                pos[i] = self._pos[value]
            else:
                others.append((i, attr, value))
        doc.from_array([POS], pos)
        for i, attr, value in others:
            setattr(doc[i], attr.lower() + "_", value)


def _holds(pattern: tuple, row: list) -> bool:
    """Does a token with `row`'s values match one token `pattern`: ((key index, op, values) ...)."""
    for k, op, values in pattern:
        if (row[k] in values) != (op == "IN"):
            return False
    return True


def compile_rules(ruler) -> TagRules | None:
    """`ruler`'s (spaCy AttributeRuler) rules as TagRules, or None when a pattern is of a shape
    this does not read (see the module docstring)."""
    from spacy.parts_of_speech import IDS as POS_IDS

    strings = ruler.vocab.strings

    def h(value) -> int:
        if isinstance(value, bool):
            return int(value)
        return 0 if value == "" else strings.add(value)

    by_value: dict[tuple[str, int], list] = defaultdict(list)
    pos_ids: dict[str, int] = {}
    for number, rule in enumerate(ruler.patterns):
        attrs = {a: v for a, v in rule["attrs"].items() if a in _SET}
        unknown = set(rule["attrs"]) - set(_SET) - {"LEMMA", "MORPH"}
        if unknown:
            return None
        if not attrs:
            continue  # lemma and features only: nothing read
        for a, v in attrs.items():
            if not isinstance(v, str) or a == "POS" and v not in POS_IDS:
                return None
            if a == "POS":
                pos_ids[v] = POS_IDS[v]
        for pattern in rule["patterns"]:
            compiled = []
            for token in pattern:
                tests = []
                for key, cond in token.items():
                    if key not in _KEYS:
                        return None
                    if isinstance(cond, dict):
                        if len(cond) != 1 or next(iter(cond)) not in ("IN", "NOT_IN"):
                            return None
                        op, values = next(iter(cond.items()))
                    else:
                        op, values = "IN", [cond]
                    tests.append((_KEYS.index(key), op, frozenset(h(v) for v in values)))
                compiled.append(tuple(tests))
            index = rule.get("index", 0)
            index = index + len(compiled) if index < 0 else index
            if not 0 <= index < len(compiled):
                return None
            # the rule is found through one value of its first token that must be IN a set
            first = [t for t in compiled[0] if t[1] == "IN"]
            if not first:
                return None
            k, _, values = first[0]
            sure = len(compiled) == 1 and len(compiled[0]) == 1  # found by its one test
            for v in values:
                by_value[(_KEYS[k], v)].append((number, tuple(compiled), index, attrs, sure))
    return TagRules(dict(by_value), pos_ids)


def install(nlp) -> bool:
    """Put the compiled rules in place of `nlp`'s attribute_ruler (same place in the pipeline);
    False, and the model unchanged, when they do not compile."""
    if "attribute_ruler" not in nlp.pipe_names or compile_rules(nlp.get_pipe("attribute_ruler")) is None:
        return False
    nlp.add_pipe(_FACTORY, before="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    return True


_FACTORY = "accord_tag_rules"


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(_FACTORY):
        # made from the model's own ruler, which install() removes just after
        Language.factory(_FACTORY, func=lambda nlp, name: compile_rules(nlp.get_pipe("attribute_ruler")))


_register()
