"""compare.numbers: a figure a machine rewrite changed is disputed, through the spun edge's
sentence pairs (issue 13). Articles written for this test: a wire report and a spinner's copy."""

from __future__ import annotations

import accord

ORIGINAL = """Harbour fire forces hundreds from their homes

GRAVEN, May 3 (NPA) - A fire broke out in a timber yard beside the harbour in Graven on Saturday night, and firefighters battled the flames for more than six hours before bringing them under control, the regional fire service said.

Authorities evacuated roughly 800 residents from the streets around the yard as thick smoke drifted across the old town.

Nobody was seriously hurt, but three firefighters were treated for smoke inhalation at the county hospital and released on Sunday morning.

The yard's owner, Brannick Timber, said the blaze had destroyed most of its stock and two storage sheds, and that it was working with investigators to find the cause.

Residents were allowed back into their homes shortly after noon on Sunday, once air quality readings had returned to normal.

The harbour was closed to shipping overnight and reopened at 9 a.m., the port authority said."""

SPUN = """Harbour blaze drives hundreds out of their houses

A blaze erupted in a lumber yard next to the port in Graven on Saturday evening, and fire crews fought the flames for over six hours before getting them under control, the local fire department stated.

Officials moved approximately 1,400 inhabitants from the roads surrounding the yard as dense smoke floated throughout the old town.

No one was badly injured, yet three fire crew members were handled for smoke breathing at the regional medical facility and discharged on Sunday early morning.

The yard's proprietor, Brannick Timber, stated the fire had wrecked the majority of its inventory and two storage space sheds, which it was functioning with detectives to discover the reason.

Locals were permitted back into their houses soon after midday on Sunday, when air top quality readings had gone back to typical.

The port was shut to delivery over night and resumed at 9 a.m., the harbour authority stated."""


def run(tmp_path, encoder, spun: str):
    (tmp_path / "wire.txt").write_text(ORIGINAL, encoding="utf-8")
    (tmp_path / "spun.txt").write_text(spun, encoding="utf-8")
    loaded = accord.load([str(tmp_path / "wire.txt"), str(tmp_path / "spun.txt")])
    (story,) = accord.analyze(list(loaded.articles), one_story=True, encoder=encoder).stories
    assert [(frozenset((e.source, e.derived)), e.kind) for e in story.provenance] == [
        (frozenset(("wire", "spun")), "spun")]
    return [d for d in story.discrepancies if d.kind == "number"]


def test_compare_numbers_a_figure_the_spinner_changed_is_disputed(tmp_path, encoder):
    (d,) = run(tmp_path, encoder, SPUN)
    assert {(c.value, c.articles) for c in d.claims} == {("roughly 800", ("wire",)),
                                                         ("approximately 1,400", ("spun",))}


def test_compare_numbers_figures_the_spinner_kept_stay_quiet(tmp_path, encoder):
    assert run(tmp_path, encoder, SPUN.replace("approximately 1,400", "approximately 800")) == []
