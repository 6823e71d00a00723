"""Readers, cleaning and de-duplication: everything before NLP.

`iter_inputs` reads files, folders, JSONL and stdin into `ArticleInput`s (or an
`InputError` per bad input); `clean_article` turns raw text into the `CleanedText` that
every later offset points into.
"""

from chancery.ingest.boilerplate import BoilerplatePatterns, load_boilerplate
from chancery.ingest.clean import clean_article
from chancery.ingest.readers import DEFAULT_MAX_MB, ArticleInput, iter_inputs

__all__ = [
    "DEFAULT_MAX_MB",
    "ArticleInput",
    "BoilerplatePatterns",
    "clean_article",
    "iter_inputs",
    "load_boilerplate",
]
