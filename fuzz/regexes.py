"""Every regular expression in accord, timed on long adversarial tokens: none may backtrack.

    python fuzz/regexes.py            # prints each pattern whose time grows faster than linearly

A pattern that backtracks (`[\\w.]+@[\\w-]+\\.` on one 40,000-character token) costs time growing
with the square of the token or worse; one such pattern turns a single hostile article into an
hour of work. This module finds every compiled pattern at module level in src/accord (and in
tuples, lists, dicts and sets there), runs `search`, `finditer` and `sub` on strings built to
make patterns backtrack (long runs of one word character, of word characters with dots or
hyphens, of digits with separators, of spaces, of quotes), at two lengths, and reports those
whose time grows more than LINEAR_SLACK times faster than the length.

What it does not do: prove a pattern linear (an input shape it does not try could still hit a
pattern); patterns built inside functions at run time are not seen.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import signal
import sys
import time
from dataclasses import dataclass

# a pattern on a string twice as long may take up to this many times as long (linear: 2, plus
# noise on a shared 2-core machine)
LINEAR_SLACK = 3.0
# below this many seconds on the longer string, a pattern is not worth suspecting (timer noise)
MIN_SECONDS = 0.02


def adversarial(n: int) -> dict[str, str]:
    """Strings of about `n` characters shaped to make common patterns backtrack."""
    def rep(unit: str) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    return {
        "word": rep("a"), "Word": "A" + rep("a"), "CAPS": rep("A"), "digits": rep("1"),
        "dotted": rep("a."), "hyphen": rep("a-"), "digits,": rep("1,"), "digits.": rep("1."),
        "spaces": "a" + rep(" ") + "!", "words": rep("ab "), "Words": rep("Ab "),
        "quote": '"' + rep("ab "), "curly": "\u201c" + rep("ab "), "emails": rep("a@"),
        "of": rep("1 of "), "tabs": rep("\t a"), "newlines": rep("a\n"), "dashes": rep("-"),
        "dots": rep("."), "dollar": rep("$1"), "names": rep("Ab Cd "), "mixed": rep("a1.,-_ @"),
        "lt": rep("<a "), "url": "http://" + rep("a/"), "apostrophe": rep("a'"),
        "Caps.": rep("A. "), "year": rep("2024 "),
    }


@dataclass(frozen=True)
class Slow:
    where: str
    pattern: str
    shape: str
    seconds: tuple[float, float]


def patterns() -> dict[str, re.Pattern]:
    """Every compiled pattern reachable from a module-level name in the accord package."""
    import accord

    found: dict[str, re.Pattern] = {}
    for info in pkgutil.walk_packages(accord.__path__, "accord."):
        if ".serve" in info.name or ".store" in info.name:
            continue  # built by others today; audited when they land
        try:
            module = importlib.import_module(info.name)
        except Exception:  # an optional dependency missing: its patterns are not audited
            continue
        for name, value in vars(module).items():
            for n, item in enumerate(_members(value)):
                if isinstance(item, re.Pattern):
                    found.setdefault(f"{info.name}.{name}" + (f"[{n}]" if n else ""), item)
    return found


def _members(value, depth: int = 0) -> list:
    """Patterns in `value`, looking two levels into containers ((pattern, flag) tables)."""
    if isinstance(value, re.Pattern):
        return [value]
    if depth < 3 and isinstance(value, (tuple, list, set, frozenset)):
        return [p for v in value for p in _members(v, depth + 1)]
    if depth < 3 and isinstance(value, dict):
        return [p for v in value.values() for p in _members(v, depth + 1)]
    return []


class _Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise _Timeout()


def _time(pattern: re.Pattern, text: str, budget: float) -> float:
    """Seconds for search + finditer of `pattern` over `text`; inf past `budget` (the regex
    engine checks for signals, so an alarm stops a runaway match)."""
    if isinstance(pattern.pattern, bytes):
        text = text.encode("utf-8")
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, budget)
    t0 = time.perf_counter()
    try:
        pattern.search(text)
        for n, _ in enumerate(pattern.finditer(text)):
            if n > 100_000:
                break
    except _Timeout:
        return float("inf")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return time.perf_counter() - t0


def audit(sizes: tuple[int, int] = (20_000, 40_000), budget: float = 1.0,
          verbose: bool = False) -> list[Slow]:
    """The patterns whose time on the longer string grows faster than linearly."""
    small, large = adversarial(sizes[0]), adversarial(sizes[1])
    slow = []
    for where, pattern in sorted(patterns().items()):
        for shape in small:
            t_small = _time(pattern, small[shape], budget)
            if t_small > budget:
                if verbose:
                    print(f"SLOW {where} {shape}: {t_small:.3f}", file=sys.stderr, flush=True)
                slow.append(Slow(where, pattern.pattern, shape, (t_small, float("inf"))))
                break
            if t_small * (sizes[1] / sizes[0]) * LINEAR_SLACK < MIN_SECONDS:
                continue
            t_large = _time(pattern, large[shape], budget)
            if verbose:
                print(f"  {where} {shape}: {t_small:.3f} -> {t_large:.3f}", file=sys.stderr, flush=True)
            if t_large > MIN_SECONDS and t_large > LINEAR_SLACK * max(t_small, 1e-4):
                if verbose:
                    print(f"SLOW {where} {shape}: {t_small:.3f} -> {t_large:.3f}", file=sys.stderr, flush=True)
                slow.append(Slow(where, pattern.pattern, shape, (t_small, t_large)))
                break
    return slow


if __name__ == "__main__":
    sizes = tuple(int(a) for a in sys.argv[1:3]) or (20_000, 40_000)
    print(f"{len(patterns())} patterns, strings of {sizes[0]:,} and {sizes[1]:,} characters")
    found = audit(sizes, verbose=True)  # type: ignore[arg-type]
    for s in found:
        print(f"SLOW {s.where} on {s.shape!r}: {s.seconds[0]:.3f} s -> {s.seconds[1]:.3f} s   {s.pattern[:100]!r}")
    print(f"{len(found)} slow")
