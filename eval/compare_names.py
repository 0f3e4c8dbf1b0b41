"""Quality of compare's names, relations and quotes: merged when they should be, flagged only
when they should be.

Annotated cases written for this script (not taken from any corpus, and not the cases of the
tests):

1. **Name pairs**: two written names and whether they are one person (spelling variants,
   transliterations, misspelt or garbled first names) or two (same surname and another first
   name, father and son, similar short names). Precision and recall of "same person".
2. **Relation mini-stories**: two or three articles each; gold says whether a relation conflict
   must be flagged (a relation given to another person, two different fathers) or not (spelling
   variants, unnamed relatives, siblings named together, "a son of"). Precision and recall of
   the flag, per story.
3. **Quote wordings**: a quotation and a variant; gold says whether the variant changes what
   was said (negation, number, key word) or not (trim, filler, synonym, spelling). Precision and
   recall of `changes_meaning`.
4. **Seeds** (../shared/seeds): the share of the issue's seed requirements met (the president's
   answer is one quote with a meaning-changing variant, the Saleh/Massoud relation is flagged,
   Masood/Massoud and Anthony/Antony merged, Ahmad Shah Massoud kept apart).

    /work/main/.venv/bin/python eval/compare_names.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

# (name, name, same person?)
NAME_PAIRS = [
    ("Mohamed Salah", "Mohammed Salah", True),
    ("Yevgeny Prigozhin", "Yevgeniy Prigozhin", True),
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy", True),
    ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", True),
    ("Hassan Nasrallah", "Hasan Nasrallah", True),
    ("Abdul Rashid Dostum", "Abdul Rashid Dostam", True),
    ("Gulbuddin Hekmatyar", "Gulbudin Hekmatyar", True),
    ("Stephen Okoro", "Steven Okoro", True),
    ("Jonathon Price", "Jonathan Price", True),
    ("Catherine Walsh", "Katherine Walsh", True),
    ("Sergei Lavrov", "Sergey Lavrov", True),
    ("Muammar Gaddafi", "Moammar Gadhafi", True),
    ("François Hollande", "Francois Hollande", True),
    ("Ali Khamenei", "Ali Khamenei", True),
    ("Ashraf Ghani", "Ashraf Ghani Ahmadzai", False),  # an extra full name: kept apart
    ("Hamid Karzai", "Ahmed Wali Karzai", False),
    ("Ahmed Wali Karzai", "Mahmud Karzai", False),
    ("Jean Dupont", "Joan Dupont", False),
    ("Paula Grant", "Paulo Grant", False),
    ("Ivan Petrov", "Ivana Petrova", False),
    ("Tim Hart", "Tom Hart", False),
    ("Alexander Novak", "Alexandra Novak", False),
    ("Michael Jordan", "Michael B. Jordan", True),  # a middle initial alone: one name
    ("Robert Kennedy", "Robert F. Kennedy", True),
    ("Laura Bush", "George Bush", False),
    ("Kim Jong Un", "Kim Jong Il", False),
    ("Bashar al-Assad", "Hafez al-Assad", False),
    ("Bashar al-Assad", "Bashar Assad", True),
    ("Nuri al-Maliki", "Nouri al-Maliki", True),
    ("Andrei Kovalenko", "Andriy Kovalenko", True),
    # written after the thresholds were set, not tuned on:
    ("Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi", True),
    ("Mikhail Gorbachev", "Mikhail Gorbatchev", True),
    ("Osama bin Laden", "Usama bin Ladin", True),
    ("Khalid Sheikh Mohammed", "Khalid Shaikh Mohammad", True),
    ("Benjamin Netanyahu", "Binyamin Netanyahu", True),
    ("Daniel Ortega", "Daniela Ortega", False),
    ("Raul Castro", "Fidel Castro", False),
    ("Jorge Ramos", "Jose Ramos", False),
    ("Hillary Clinton", "Bill Clinton", False),
    ("Sean Connolly", "Shaun Connolly", True),
]

# (articles, a relation conflict must be flagged?)
RELATION_STORIES = [
    (["Lina Haddad, the daughter of former minister Samir Haddad, was sworn in as mayor.",
      "Nour Khalil is the daughter of former minister Samir Haddad and was sworn in as mayor."], True),
    (["Lina Haddad, the daughter of former minister Samir Haddad, was sworn in as mayor.",
      "Lina Hadad, daughter of the former minister Sameer Haddad, took the oath as mayor."], False),
    (["Lina Haddad, the daughter of former minister Samir Haddad, was sworn in as mayor.",
      "Lina Haddad, the daughter of banker Omar Farouk, was sworn in as mayor."], True),
    (["Lina Haddad, the daughter of a former minister, was sworn in as mayor.",
      "Nour Khalil, the daughter of a famous singer, congratulated her."], False),
    (["Samir Haddad's daughter Lina Haddad was sworn in as mayor.",
      "Samir Haddad's son Karim Haddad attended the ceremony."], False),
    (["Ruth Abebe, the widow of the slain journalist Dawit Abebe, spoke at the memorial.",
      "Hana Tesfaye, the widow of the slain journalist Dawit Abebe, spoke at the memorial."], True),
    (["Ruth Abebe, the wife of Dawit Abebe, spoke at the memorial.",
      "Ruth Abebe, the sister of Dawit Abebe, spoke at the memorial."], False),
    (["Army spokesman Colonel Idris Bello said the convoy had been ambushed.",
      "Army spokesman Colonel Idris Bello said 12 soldiers were missing."], False),
    (["Army spokesman Idris Bello said the convoy had been ambushed near Maiduguri.",
      "Army spokesman Musa Danjuma said the convoy had been ambushed near Maiduguri."], True),
    (["Pedro Alves, one of the sons of the ranch owner Rui Alves, was arrested.",
      "Tiago Alves, a son of Rui Alves, was also questioned by police."], False),
    (["The group's leader, Omar Sheikh, said the strike would go on.",
      "Dock workers' leader Omar Sheikh said the strike would continue."], False),
    (["Kofi Mensah, the brother of the missing pilot Yaw Mensah, appealed for help.",
      "Kwame Boateng, the brother of the missing pilot Yaw Mensah, appealed for help."], True),
    # written after the thresholds were set, not tuned on:
    (["Elif Sahin is the wife of opposition leader Kerem Sahin.",
      "Zeynep Aydin is the wife of opposition leader Kerem Sahin."], True),
    (["Elif Sahin, wife of opposition leader Kerem Sahin, was detained at the airport.",
      "Elif Şahin, the wife of opposition leader Kerem Şahin, was held at the airport."], False),
    (["Police spokeswoman Anne Keller said two suspects were in custody.",
      "Anne Keller, a police spokeswoman, said two people had been arrested."], False),
    (["Tomas Novak, son of the former president, was elected on Sunday.",
      "Tomas Novak, the son of former president Pavel Novak, won the vote on Sunday."], False),
    (["Tomas Novak, the son of former president Pavel Novak, won the vote on Sunday.",
      "Jan Dvorak, the son of former president Pavel Novak, won the vote on Sunday."], True),
]

# (quotation, variant, does the variant change what was said?)
QUOTE_PAIRS = [
    ("We did not order the strike", "We ordered the strike", True),
    ("Nobody was hurt in the blast", "Somebody was hurt in the blast", True),
    ("Three officers were injured", "Four officers were injured", True),
    ("We will reopen the border on 12 March", "We will reopen the border on 21 March", True),
    ("The ceasefire is holding", "The ceasefire is collapsing", True),
    ("The government has accepted the offer", "The government has rejected the offer", True),
    ("Our troops will withdraw", "Our troops will advance", True),
    ("I never met him", "I met him", True),
    ("The situation is under control", "The situation is out of control", True),
    ("We are ready to talk", "We are ready to fight", True),
    ("This election was free and fair", "This election was rigged", True),
    ("We will rebuild every school", "We will rebuild every hospital", True),
    ("We will rebuild every school that was destroyed in the floods",
     "We will rebuild every school", False),
    ("Frankly, we are ready to talk", "We are ready to talk", False),
    ("We are ready to talk to anyone, anywhere", "We are ready to talk to anyone", False),
    ("The ceasefire is holding", "The cease-fire is holding", False),
    ("We will begin talks tomorrow", "We will start talks tomorrow", False),
    ("Our soldiers fought bravely", "Our troops fought bravely", False),
    ("The damage is enormous", "The damage is huge", False),
    ("We are organising help", "We are organizing help", False),
    ("They'll pay for this", "They will pay for this", False),
    ("We can't accept this", "We cannot accept this", False),
    ("The people have spoken, and we will listen",
     "The people have spoken and we will listen", False),
    ("Our fight will continue until victory", "Our fight continues until victory", False),
    # written after the thresholds were set, not tuned on:
    ("We have evacuated 300 families", "We have evacuated 30 families", True),
    ("The army will never negotiate with them", "The army will negotiate with them", True),
    ("The hospital is running out of fuel", "The hospital is running low on fuel", False),
    ("I am innocent", "I am guilty", True),
    ("Everyone must leave the area immediately", "Everyone must leave the area now", False),
    ("We will respond at a time of our choosing", "We will respond at a time and place of our choosing", False),
    # modality, obligation and quantity (issue 14), written for eval/quote_speakers' round:
    ("Drivers will be required to show a permit", "Drivers may be asked to show a permit", True),
    ("Each of the wells was tested", "Some of the wells were tested", True),
    ("Most of the residents have returned", "All of the residents have returned", True),
    ("The council will have the final say", "The council might have the final say", True),
    ("Every ward must close by noon", "Each ward must close by noon", False),
    ("All of the pupils were sent home", "All the pupils were sent home", False),

    ("The vaccine is safe", "The vaccine is dangerous", True),
    ("This is a dark day for our country", "This is a sad day for our country", False),
    ("We lost contact with the ship at dawn", "We lost contact with the plane at dawn", True),
    ("They were all killed", "They were all wounded", True),
]


def _prf(pairs: list[tuple[bool, bool]]) -> tuple[float, float]:
    """Precision and recall of the positive class over (predicted, gold) pairs."""
    tp = sum(p and g for p, g in pairs)
    fp = sum(p and not g for p, g in pairs)
    fn = sum(g and not p for p, g in pairs)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall


def _context(texts: list[str], encoder=None):
    from accord.compare.context import StoryContext
    from accord.segment import segment
    from accord.types import Article

    articles = tuple(Article(id=f"a{i}", source=f"a{i}.txt", text=t) for i, t in enumerate(texts))
    return StoryContext(articles, {a.id: segment(a) for a in articles}, (), encoder)


def _seed_checks(encoder) -> float:
    import accord
    from accord.compare.entities import find_entities
    from accord.compare.quotes import find_quotes
    from accord.compare.relations import relation_discrepancies

    seeds = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    if not seeds:
        return 0.0
    loaded = accord.load([str(p) for p in seeds])
    ctx = _context([a.text for a in loaded.articles], encoder)
    index = find_entities(ctx)
    quotes, _ = find_quotes(ctx, index)
    relations = relation_discrepancies(ctx, index)
    people = {e.name: e for e in index.entities if e.type == "person"}
    forms = {n: {n, *e.variants} for n, e in people.items()}
    checks = [
        any(q.speaker == "Joe Biden" and len(q.articles) >= 2 and any(v.changes_meaning for v in q.variants)
            for q in quotes),
        any({c.value for c in d.claims} >= {"Amrullah Saleh", "Ahmad Massoud"} for d in relations),
        any({"Ahmad Masood", "Ahmad Massoud"} <= f for f in forms.values()),
        any({"Anthony Blinken", "Antony Blinken"} <= f for f in forms.values()),
        not any({"Ahmad Shah Massoud", "Ahmad Massoud"} <= f for f in forms.values()),
    ]
    return sum(checks) / len(checks)


def figures() -> dict[str, float]:
    from accord.compare.entities import find_entities
    from accord.compare.names import name_tokens, same_person
    from accord.compare.relations import relation_discrepancies
    from accord.compare.wording import compare_wordings
    from accord.embed import Encoder

    encoder = Encoder()
    names = [(same_person(name_tokens(a), name_tokens(b)), gold) for a, b, gold in NAME_PAIRS]
    relations = []
    for texts, gold in RELATION_STORIES:
        ctx = _context(texts)
        relations.append((bool(relation_discrepancies(ctx, find_entities(ctx))), gold))
    quotes = [(compare_wordings(a, b, encoder)[0], gold) for a, b, gold in QUOTE_PAIRS]
    out: dict[str, float] = {}
    for key, pairs in (("name_merge", names), ("relation_flag", relations), ("quote_meaning", quotes)):
        precision, recall = _prf(pairs)
        out[f"{key}_precision"] = round(precision, 3)
        out[f"{key}_recall"] = round(recall, 3)
    out["seed_checks"] = round(_seed_checks(encoder), 3)
    return out


if __name__ == "__main__":
    for name, value in figures().items():
        print(f"{name:28s} {value:.3f}")
