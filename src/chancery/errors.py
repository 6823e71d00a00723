"""One home for Chancery's errors.

    ChanceryError
    ├── InputError            bad input: a file, line or record that cannot be read
    ├── DataFileError         a lexicon, actor list or code table that fails validation
    ├── ModelMissingError     the spaCy model wheel is not installed
    ├── StoreError            the database cannot be opened, migrated or written
    ├── ExportError           an export file cannot be written
    └── MissingExtraError     an optional extra ([postgres], [web], [dask], [parquet]) is
                              not installed

The library raises these and never prints or exits; the CLI turns them into one line.
"""

from __future__ import annotations


class ChanceryError(Exception):
    """Base class of every error Chancery raises on purpose."""


class InputError(ChanceryError):
    """An input that cannot be read; the message names the file (and line) and what to do."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class ExportError(ChanceryError):
    """An export that cannot be written (the destination is named in the message)."""


class DataFileError(ChanceryError):
    """A data file that fails validation; `where` is `path:line`."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class ModelMissingError(ChanceryError):
    """The English spaCy model is not installed."""


class StoreError(ChanceryError):
    """The database is unusable."""


class MissingExtraError(ChanceryError):
    """An optional dependency group is missing."""

    def __init__(self, extra: str, module: str) -> None:
        super().__init__(
            f"this needs the '{extra}' extra ({module} is not installed): "
            f"pip install 'chancery[{extra}]'"
        )
        self.extra = extra


def require_extra(extra: str, module: str) -> None:
    """Raise MissingExtraError unless `module` can be imported."""
    import importlib.util

    if importlib.util.find_spec(module) is None:
        raise MissingExtraError(extra, module)
