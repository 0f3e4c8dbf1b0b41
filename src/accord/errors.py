"""One exception hierarchy. Every user-facing error names the input and what to do about it."""

from __future__ import annotations


class AccordError(Exception):
    """Base of every error accord raises on purpose."""


class InputError(AccordError):
    """An input could not be used. `source` names it, `stage` says where it failed."""

    def __init__(self, source: str, reason: str, stage: str = "ingest"):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
        self.stage = stage


class FetchError(InputError):
    """A URL could not be fetched (refused address, timeout, too large, HTTP error)."""

    def __init__(self, source: str, reason: str):
        super().__init__(source, reason, stage="fetch")


class UsageError(AccordError):
    """The call itself is wrong (bad option value, no inputs): exit status 2."""


class StoreError(AccordError):
    """The story database cannot be used (locked, read-only, full, not a store): names it and why."""

    def __init__(self, db: str, reason: str):
        super().__init__(f"{db}: {reason}")
        self.db = db
        self.reason = reason
