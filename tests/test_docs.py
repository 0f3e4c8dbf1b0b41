"""The docs stay true: every command option is in the README, every setting says how it was set."""

from __future__ import annotations

import re

import click
import pytest

from accord.cli import main
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_docs_readme_opens_with_the_two_setup_commands():
    block = re.search(r"```sh\n(.*?)```", README, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]
    assert commands == ["make demo", "make test"]
    assert "make test" in (ROOT / ".ci" / "run").read_text()


@pytest.mark.parametrize("command", sorted(main.commands))
def test_docs_every_option_is_in_the_readme(command):
    for param in main.commands[command].params:
        if isinstance(param, click.Option) and "--help" not in param.opts:
            assert any(opt in README for opt in param.opts), (command, param.opts)


def test_docs_every_setting_says_how_it_was_set():
    lines = (ROOT / "src" / "accord" / "settings.py").read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if not re.match(r"^[A-Z][A-Z0-9_]* = ", line):
            continue
        j, documented = i - 1, "#" in line
        while j >= 0 and not documented and lines[j].strip() and not lines[j].startswith("# ---"):
            documented = lines[j].lstrip().startswith("#")
            j -= 1
        assert documented, f"settings.py: {line.split('=')[0].strip()} has no calibration comment"
