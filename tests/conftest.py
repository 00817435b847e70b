"""Shared fixtures: one spaCy pipeline for the whole test session, a cr_outlet-only pipeline,
the bundled seed article."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from contextreader.analysis.pipeline import load_pipeline
from contextreader.io.article import Article, read_article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_1431d573fd9e81ef.txt"


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="module")
def outlet_nlp() -> Language:
    """A tokenizer-only pipeline with cr_outlet alone: the outlet rules need nothing else, so
    their tests stay fast and exact."""
    nlp = spacy.blank("en")
    nlp.add_pipe("cr_outlet")
    return nlp


@pytest.fixture(scope="session")
def seed_article() -> Article:
    return read_article(SEED)
