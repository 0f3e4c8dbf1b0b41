"""Strings made safe for every output: no lone surrogate, no control or escape character.

    clean_text("a\\ud800b\\x1b[2J")  -> ("a\\ufffdb[2J", 1 surrogate, 1 control)
    display_name(path)              -> the path as one printable line ("\\\\xff", "\\\\n", "\\\\x1b")

One character can otherwise void a report or take over a terminal (issue 20): a lone surrogate
(a JSON "\\ud800" escape, or a file name that is not UTF-8, which Python holds as surrogate
escapes) cannot be encoded, so writing the output fails; an escape sequence in a title or a
file name sets a window title or clears the screen when the report or an error line is shown.

Article fields (text, title, outlet ...) get `clean_text`: a surrogate becomes U+FFFD and a
control character (C0 but tab, newline, carriage return and form feed; DEL; C1; the bidi
embedding, override and isolate characters that make text read in another order) is dropped;
the caller notes what was replaced (`Article.removed`). Names of inputs (paths, URLs, record
sources) get `display_name`: a name must still say which file it was, so what cannot be shown
is written as a visible escape (\\xff, \\n, \\u202e), the way `ls -b` shows it.

What it does not do: escape for a markup language (the Markdown and HTML writers do that).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_NAME_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")


@dataclass(frozen=True)
class Cleaned:
    text: str
    surrogates: int  # lone surrogates replaced by U+FFFD
    controls: int  # control characters dropped


def clean_text(text: str) -> Cleaned:
    """`text` with lone surrogates replaced by U+FFFD and control characters dropped."""
    surrogates = controls = 0
    if _SURROGATE.search(text):
        text, surrogates = _SURROGATE.subn("\ufffd", text)
    if _CONTROL.search(text):
        text, controls = _CONTROL.subn("", text)
    return Cleaned(text, surrogates, controls)


def safe_text(text: str | None) -> str | None:
    """`text` cleaned (clean_text), for a field whose changes need no note."""
    return None if text is None else clean_text(text).text


def display_name(name: str) -> str:
    """`name` (a path, a URL, "path#line 3") as one printable line, nothing lost: bytes a file
    name held that were not UTF-8 as \\xNN, control and invisible-order characters escaped."""
    if not _NAME_UNSAFE.search(name):
        return name
    return _NAME_UNSAFE.sub(_escape, name)


def _escape(m: re.Match) -> str:
    ch = m.group()
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's surrogateescape: the original byte
        return f"\\x{code - 0xDC00:02x}"
    if ch == "\n":
        return "\\n"
    if ch == "\t":
        return "\\t"
    if ch == "\r":
        return "\\r"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str) -> str:
    """One message line for a terminal or stderr: `display_name` on the whole of it."""
    return display_name(text)


def fs_name(path: str | os.PathLike) -> str:
    """A path as display_name shows it."""
    return display_name(os.fspath(path))
