"""Cluster features: words and names that tell one event from another of the same kind."""

from __future__ import annotations

from accord.cluster.features import DocumentFrequencies, bag, entities, weigh, words


def test_cluster_names_are_capitalised_words_split_at_common_words():
    names = entities(
        "Saints Place Pierre Thomas On Injured Reserve Wednesday. The mayor of Port Selwyn said 11 were hurt."
    )
    assert {"e:saints", "e:pierre", "e:thomas", "e:port", "e:selwyn", "n:11"} <= set(names)
    assert not {"e:on", "e:wednesday", "e:the"} & set(names)


def test_cluster_words_drop_stop_words_and_meet_inflections():
    counts = words("The earthquakes killed villagers; an earthquake kills.")
    assert counts["earthquak"] == 2 and counts["kill"] == 2
    assert "the" not in counts and "an" not in counts


def test_cluster_rare_terms_weigh_more_and_vectors_are_unit_length():
    df = DocumentFrequencies()
    for text in ("Velmora quake toll rises", "quake hits coast", "quake felt inland"):
        df.add(bag("", text))
    vec = weigh(words("Velmora quake"), df)
    assert vec["velmora"] > vec["quak"]
    assert abs(sum(v * v for v in vec.values()) - 1.0) < 1e-9
