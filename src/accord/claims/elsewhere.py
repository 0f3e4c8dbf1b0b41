"""What a cited article says elsewhere: its other sentences' named sums, against a fact's wording.

The aligner puts one sentence of each article into a fact; claims.agree checks those sentences
against each other. An article may state the fact's point in one sentence and give another value
of it in another ("It was made on a budget of 1.2 million euros" / "The film premiered on
Tuesday." in an article that said "The film was made with a budget of just 900,000 euros." two
sentences before): the sentence cited agrees with the wording, the article does not. An article
is not cited for a wording that states a sum of one currency named by one noun or verb
(compare.keys.sum_key: "a budget of", "fined") when its cited sentence gives no sum of that
name and its other sentences give only sums of that name that the wording's does not allow
(compare.quantities.compatible). An article that elsewhere gives a sum that agrees as well (a
correction, "first put at ...") contradicts nothing: it is on both sides, as in claims.cite.

What it does not do: posts and kin are not read here: compare.roles and compare.relations key
them by person across whole articles, so an article whose other sentences give another post or
kind of kin is already a side of a raised discrepancy, and claims.cite moves it out; reading
them here too would drop articles compare judges to agree ("director general" in one article,
"principal scientist" in another, both in a third: posts held together). Counts, lengths, days
and places of other sentences are not read (what those are of is read too loosely to tell two of
them are one thing without the alignment).
"""

from __future__ import annotations

from collections.abc import Callable

from accord.compare.currency_names import is_money
from accord.compare.keys import sum_key
from accord.compare.quantities import Quantity, compatible, find_quantities


def keyed_sums(text: str) -> tuple[tuple[str, str, Quantity], ...]:
    """The sums of `text` that carry a currency and a name (compare.keys.sum_key, without a
    parse): (currency, name, amount)."""
    out = []
    for q in find_quantities(text):
        if q.unit and is_money(q.unit):  # a currency code, or a name several currencies share
            key = sum_key(text, q.start, q.end)
            if key:
                out.append((q.unit, key, q))
    return tuple(out)


def sums_apart(own: tuple, other_own: tuple, elsewhere: Callable[[], tuple | None] | None) -> bool:
    """Does an article disagree with a sentence's named sums (`own`) in its other sentences
    (`elsewhere()`, read only when `own` names a sum its cited sentence, `other_own`, leaves
    unsaid: most facts name none, and the rest of an article is not read for them)?"""
    unsaid = [(unit, key, q) for unit, key, q in own if not any(u == unit and k == key for u, k, _ in other_own)]
    if not unsaid or elsewhere is None:
        return False
    rest = elsewhere()
    if rest is None:
        return False
    for unit, key, q in unsaid:
        theirs = [x for u, k, x in rest if u == unit and k == key]
        if theirs and not any(compatible(q, x) for x in theirs):
            return True
    return False
