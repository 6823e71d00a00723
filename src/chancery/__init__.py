"""Chancery: news articles to a structured, verifiable record of world affairs.

>>> import chancery
>>> record = chancery.extract("Russia's foreign minister met his Chinese counterpart.",
...                           published="2024-05-01")
>>> record.to_dict()["schema"]
'chancery.document/1'
"""

from __future__ import annotations

import logging

from chancery.errors import ChanceryError, DataFileError, InputError, ModelMissingError, StoreError
from chancery.model import DocumentRecord
from chancery.pipeline import extract
from chancery.settings import Settings

__all__ = [
    "ChanceryError",
    "DataFileError",
    "DocumentRecord",
    "InputError",
    "ModelMissingError",
    "Settings",
    "StoreError",
    "extract",
]
__version__ = "0.1.0"

logging.getLogger("chancery").addHandler(logging.NullHandler())
