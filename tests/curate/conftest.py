"""Real text for the curation tests (drug reviews and HPO terms from PyPI packages)."""

from __future__ import annotations

import itertools

import pytest


@pytest.fixture(scope="session")
def real_docs() -> list[dict]:
    """400 real documents with at least 40 words: drug reviews and HPO definitions, interleaved."""
    from megatron_med.data.corpora import iter_documents

    def long(source: str):
        return (d for d in iter_documents(source) if len(d["text"].split()) >= 40)

    pairs = zip(itertools.islice(long("drugreviews"), 200), itertools.islice(long("hpo"), 200), strict=True)
    return [doc for pair in pairs for doc in pair]
