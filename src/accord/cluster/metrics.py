"""BCubed precision, recall and F1 of a clustering against gold clusters.

BCubed (Bagga and Baldwin 1998; Amigo, Gonzalo, Artiles and Verdejo 2009, "A comparison of
extrinsic clustering evaluation metrics based on formal constraints"): per item, precision is
the share of its predicted cluster that shares its gold cluster and recall the share of its gold
cluster that shares its predicted cluster; both are averaged over items and F1 is their harmonic
mean. eval/cluster.py and the benchmarks score story clustering with it; a user with gold
stories can too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping


def bcubed(predicted: Mapping[Hashable, Hashable], gold: Mapping[Hashable, Hashable]) -> tuple[float, float, float]:
    """BCubed (precision, recall, F1) of `predicted` (item -> cluster) against `gold`.

    Every gold item must have a predicted cluster (ValueError otherwise, naming a few); items
    only in `predicted` are not scored. An empty `gold` scores (0, 0, 0).
    """
    missing = [i for i in gold if i not in predicted]
    if missing:
        raise ValueError(f"the clustering left out {len(missing)} items, e.g. {missing[:3]}")
    if not gold:
        return 0.0, 0.0, 0.0
    pair = Counter((predicted[i], gold[i]) for i in gold)
    size_pred = Counter(predicted[i] for i in gold)
    size_gold = Counter(gold.values())
    n = len(gold)
    precision = sum(pair[predicted[i], gold[i]] / size_pred[predicted[i]] for i in gold) / n
    recall = sum(pair[predicted[i], gold[i]] / size_gold[gold[i]] for i in gold) / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
