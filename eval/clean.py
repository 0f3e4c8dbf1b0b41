"""Cleaning quality on the annotated set in tests/data/cleaning/ (see its README.md).

    clean_boilerplate_recall  share of annotated boilerplate lines absent from the cleaned text
    clean_body_retention      share of annotated body lines present in the cleaned text
    clean_title_accuracy      share of articles whose title is the annotated headline
    clean_holdout_*           the same on holdout/: articles written after the rules were built
                              and never tuned on (the honest estimate for unseen outlets)
    clean_dev3_*, clean_holdout3_* pages with boilerplate of kinds the first rules had not seen
                              (bios, pitches, consent, rights notes): dev3/ was used to build
                              accord.clean.notes, holdout3/ written with it and scored at the end

A line counts as present when its text (less the dateline the cleaner cut from the first
paragraph) is a substring of `Article.text`; hard-wrapped body lines still count, since the
cleaner joins them with a space. Run: `.venv/bin/python eval/clean.py [-v]`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "tests" / "data" / "cleaning"


@dataclass(frozen=True)
class Annotated:
    name: str
    style: str
    raw: str  # the text as scraped: markers stripped
    title: str | None
    body: tuple[str, ...]
    boilerplate: tuple[str, ...]


def load_set(folder: Path = SET) -> list[Annotated]:
    out = []
    for path in sorted(folder.glob("*.txt")):
        style, title, raw, body, boiler = "", None, [], [], []
        for n, line in enumerate(path.read_text(encoding="utf-8").split("\n")):
            if n == 0 and line.startswith("# "):
                style = line[2:].strip()
                continue
            if line.startswith("T| "):
                title = line[3:]
                raw.append(title)
            elif line.startswith("B| "):
                text = line[3:]
                raw.append(text)
                if text.strip():
                    boiler.append(text.strip())
            else:
                raw.append(line)
                if line.strip():
                    body.append(line.strip())
        out.append(Annotated(path.stem, style, "\n".join(raw), title, tuple(body), tuple(boiler)))
    return out


def _boilerplate_kept(line: str, text: str) -> bool:
    # Short lines ("TV", "2") are kept only as whole paragraphs, not as parts of words.
    paragraphs = text.split("\n\n")
    return line in paragraphs or (len(line) >= 25 and line in text)


def _present(line: str, text: str, dateline: str | None) -> bool:
    if line in text:
        return True
    return bool(dateline and line.startswith(dateline) and line[len(dateline):].strip() in text)


def score(verbose: bool = False, folder: Path = SET) -> dict[str, float]:
    from accord.clean import clean_article
    from accord.errors import InputError
    from accord.types import RawArticle

    b_total = b_gone = k_total = k_kept = t_ok = 0
    articles = load_set(folder)
    for a in articles:
        raw = RawArticle(id=a.name, source=a.name, kind="text", body=a.raw)
        try:
            art = clean_article(raw)
            text, dateline, title = art.text, art.dateline, art.title
        except InputError:
            text, dateline, title = "", None, None
        for line in a.boilerplate:
            b_total += 1
            if not _boilerplate_kept(line, text):
                b_gone += 1
            elif verbose:
                print(f"{a.name}: KEPT boilerplate: {line}")
        for line in a.body:
            k_total += 1
            if _present(line, text, dateline):
                k_kept += 1
            elif verbose:
                print(f"{a.name}: LOST body: {line}")
        t_ok += title == a.title
        if verbose and title != a.title:
            print(f"{a.name}: title {title!r} != {a.title!r}")
    return {
        "clean_boilerplate_recall": b_gone / b_total,
        "clean_body_retention": k_kept / k_total,
        "clean_title_accuracy": t_ok / len(articles),
    }


def figures() -> dict[str, float]:
    out = score()
    for name in ("holdout", "holdout2", "dev3", "holdout3"):
        held = score(folder=SET / name)
        out.update({k.replace("clean_", f"clean_{name}_"): v for k, v in held.items()})
    return out


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    for folder in (SET, SET / "holdout", SET / "holdout2", SET / "dev3", SET / "holdout3"):
        print(f"-- {folder.relative_to(ROOT)}")
        for name, value in score(verbose, folder).items():
            print(f"{name}: {value:.4f}")
