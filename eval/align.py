"""Alignment quality: do sentences that state the same thing become one fact, and only those?

Two measurements:

1. **Annotated mini-stories** (written for this script, not taken from any corpus): each story
   has three short articles; the gold lists which sentences across articles state the same
   thing. They mix independent paraphrases, machine-spun rewrites with odd synonyms, sentences
   that share only the topic, and near-misses that differ in a figure or a name (which must stay
   apart: they are discrepancies). Precision and recall are over cross-article sentence pairs
   (a pair is predicted when both sentences are mentions of one fact).
2. **Seeds** (../shared/seeds): the facts the issue requires: the call for a national uprising,
   the flag raising, "all strategic positions", the Taliban taking Kabul on 15 August. For each,
   the share of the articles that state it that end up in a single fact (1.0 = one fact with all
   of them), averaged.

    /work/main/.venv/bin/python eval/align.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from accord.types import Article, Sentence  # noqa: E402

# Each story: article id -> sentences; gold: groups of (article, sentence index) stating one thing.
STORIES = [
    {
        "articles": {
            "a1": [
                "A road bridge over the Tessel River in Marrowfield collapsed on Thursday evening, killing at least seven people.",
                "Rescue teams pulled 23 survivors from the water overnight, the city fire service said.",
                "The 60-year-old bridge had been due for repairs next spring, according to council records.",
                "Mayor Ellen Harrow declared three days of mourning.",
                "Engineers will inspect four other bridges of the same design this week.",
                "Traffic in the city centre was diverted through the northern ring road.",
            ],
            "a2": [
                "At least seven people died when a bridge across the Tessel River in Marrowfield gave way on Thursday night.",
                "Firefighters rescued 23 people from the river during the night.",
                "Mayor Ellen Harrow announced a three-day period of mourning for the victims.",
                "Council documents show the bridge had been scheduled for repair work next spring.",
                "The collapse is the worst accident in the region since a train derailment in 2004.",
                "Residents said the bridge had shaken badly whenever lorries crossed it.",
            ],
            "a3": [
                "A street span over the Tessel Stream in Marrowfield fell down on Thursday night, slaying at least nine individuals.",
                "Salvage groups hauled 23 survivors out of the water short-term, the city fire administration stated.",
                "Mayor Ellen Harrow proclaimed three days of grieving.",
                "Specialists will examine four other spans of a similar plan this week.",
                "The city council met on Friday to discuss the budget for road maintenance.",
                "Deputy mayor Tom Brask said the city would pay for the funerals.",
            ],
        },
        "gold": [
            [("a1", 0), ("a2", 0)],
            [("a1", 1), ("a2", 1), ("a3", 1)],
            [("a1", 2), ("a2", 3)],
            [("a1", 3), ("a2", 2), ("a3", 2)],
            [("a1", 4), ("a3", 3)],
        ],
    },
    {
        "articles": {
            "b1": [
                "The central bank of Norland raised its main interest rate by half a point to 4.5 percent on Wednesday.",
                "Governor Lena Ostrow said inflation remained far above the bank's target.",
                "Consumer prices rose 6.1 percent in the year to March.",
                "The decision was backed by six of the nine board members.",
                "Economists had expected a smaller increase.",
            ],
            "b2": [
                "Norland's central bank lifted its key rate to 4.5 percent on Wednesday, a rise of half a percentage point.",
                "Inflation is still well above target, Governor Lena Ostrow told reporters.",
                "Annual inflation reached 6.1 percent in March.",
                "Seven of the nine board members voted for the move.",
                "The bank will publish its next forecast in June.",
            ],
            "b3": [
                "Norland's central bank raised its benchmark rate to 4.75 percent on Wednesday.",
                "Deputy governor Paul Wendt said inflation remained far above the bank's target.",
                "Most analysts had forecast a more modest rise.",
                "The currency gained against the euro after the announcement.",
                "Mortgage holders will face higher monthly payments.",
            ],
        },
        "gold": [
            [("b1", 0), ("b2", 0)],
            [("b1", 1), ("b2", 1)],
            [("b1", 2), ("b2", 2)],
            [("b1", 4), ("b3", 2)],
        ],
    },
    {
        "articles": {
            "c1": [
                "A fire destroyed a furniture warehouse in the port town of Gellick early on Sunday.",
                "About 80 firefighters fought the blaze for six hours.",
                "No one was injured, the regional fire brigade said.",
                "The cause of the fire is not yet known.",
                "Smoke from the fire could be seen from neighbouring villages.",
            ],
            "c2": [
                "Flames tore through a furniture warehouse in Gellick in the early hours of Sunday, leaving it in ruins.",
                "It took some 80 firefighters six hours to bring the fire under control.",
                "Investigators have not yet determined what started the fire.",
                "The warehouse had been inspected by fire safety officers last year.",
                "Nobody was hurt in the blaze, according to the fire brigade.",
            ],
            "c3": [
                "The fire brigade said the warehouse fire in Gellick was the largest in the town for a decade.",
                "Firefighters from three neighbouring towns were called in to help.",
                "The owner of the warehouse, Marta Solvik, said she would rebuild.",
                "Police said they were treating the fire as suspicious.",
                "Thick smoke could be seen from villages nearby.",
            ],
        },
        "gold": [
            [("c1", 0), ("c2", 0)],
            [("c1", 1), ("c2", 1)],
            [("c1", 2), ("c2", 4)],
            [("c1", 3), ("c2", 2)],
            [("c1", 4), ("c3", 4)],
        ],
    },
    {
        "articles": {
            "d1": [
                "Researchers at the University of Kelmar have found a new species of frog in the Ardent Mountains.",
                "The frog, which is smaller than a fingernail, lives only in moss near mountain streams.",
                '"We were amazed to find it so high up," said lead author Rana Vell.',
                "The team published its findings in the journal Amphibian Biology on Tuesday.",
            ],
            "d2": [
                "A new frog species has been discovered in the Ardent Mountains by a team from the University of Kelmar.",
                "The findings appeared in the journal Amphibian Biology on Tuesday.",
                "Lead author Rana Vell said the team was amazed to find the frog at such altitude.",
                "Frogs around the world are threatened by a fungal disease.",
            ],
            "d3": [
                "Scientists from Kelmar uncovered a previously unknown frog species in the Ardent range.",
                "The tiny animal, no bigger than a fingernail, is found only in moss beside mountain streams.",
                "The Ardent Mountains are a popular destination for hikers in summer.",
                "Rana Vell has studied amphibians in the region for over a decade.",
            ],
        },
        "gold": [
            [("d1", 0), ("d2", 0), ("d3", 0)],
            [("d1", 1), ("d3", 1)],
            [("d1", 2), ("d2", 2)],
            [("d1", 3), ("d2", 1)],
        ],
    },
]

# The facts the issue requires on the seeds: a pattern that finds the sentence stating it in
# each article that states it (lower-cased text).
SEED_FACTS = {
    "national uprising call": r"called for a .national uprising",
    "flag raising": r"flag-raising fighters|fighters raising their flag",
    "all strategic positions": r"strategic positions",
    "Kabul on 15 August": r"(15 august|august 15) .*kabul|kabul on (15 august|august 15)",
}


def _story_articles(story: dict) -> tuple[list[Article], dict[str, tuple[Sentence, ...]]]:
    """Articles whose text is the sentences joined by spaces, and those sentences with spans."""
    from accord.segment import segment

    articles, sentences = [], {}
    for aid, sents in story["articles"].items():
        art = Article(id=aid, source=f"eval:{aid}", text=" ".join(sents))
        segs = segment(art)
        assert [s.text for s in segs] == sents, f"segmentation of {aid} changed the test sentences"
        articles.append(art)
        sentences[aid] = segs
    return articles, sentences


def _pairs(groups) -> set[tuple]:
    out = set()
    for g in groups:
        for x in g:
            for y in g:
                if x < y and x[0] != y[0]:
                    out.add((x, y))
    return out


def annotated_figures(encoder) -> dict[str, float]:
    from accord.align import align_facts

    tp = fp = fn = 0
    for story in STORIES:
        articles, sentences = _story_articles(story)
        index = {(s.article, s.start): (s.article, s.index) for ss in sentences.values() for s in ss}
        facts = align_facts(articles, sentences, encoder, ())
        predicted = _pairs([[index[(m.article, m.start)] for m in f.mentions] for f in facts])
        gold = _pairs(story["gold"])
        tp += len(predicted & gold)
        fp += len(predicted - gold)
        fn += len(gold - predicted)
    return {
        "align_precision": tp / (tp + fp) if tp + fp else 1.0,
        "align_recall": tp / (tp + fn) if tp + fn else 1.0,
    }


def seed_articles() -> list[Article]:
    seeds = ROOT.parent / "shared" / "seeds"
    paths = sorted(seeds.glob("*.txt"))
    try:
        import accord

        loaded = accord.load([str(p) for p in paths])
        if loaded.articles:
            return list(loaded.articles)
    except Exception:  # the loader is another stage's work; fall back to the raw files
        pass
    return [Article(id=p.stem, source=str(p), text=p.read_text(encoding="utf-8")) for p in paths]


def seed_figures(encoder) -> dict[str, float]:
    from accord.align import align_facts
    from accord.segment import segment

    articles = seed_articles()
    sentences = {a.id: segment(a) for a in articles}
    facts = align_facts(articles, sentences, encoder, ())
    scores = []
    for pattern in SEED_FACTS.values():
        stating = {
            a.id for a in articles for s in sentences[a.id] if re.search(pattern, s.text.lower())
        }
        best = max(
            len({m.article for m in f.mentions if re.search(pattern, m.text.lower())} & stating)
            for f in facts
        )
        scores.append(best / len(stating) if stating else 0.0)
    return {"align_seed_required": sum(scores) / len(scores)}


def figures() -> dict[str, float]:
    from accord.embed import Encoder

    encoder = Encoder()
    return annotated_figures(encoder) | seed_figures(encoder)


if __name__ == "__main__":
    for name, value in figures().items():
        print(f"{name}: {value:.3f}")
