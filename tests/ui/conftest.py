"""Reader fixtures: a hand-written report for a short invented article, so UI tests never depend
on how good the analysis currently is."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from contextreader.io.article import article_from_text
from contextreader.report import Report, report_from_dict
from contextreader.ui.app import ReaderApp

FIXTURES = Path(__file__).parent / "fixtures"
SIZE = (120, 40)


def load_fixture_report() -> Report:
    return report_from_dict(json.loads((FIXTURES / "report.json").read_text(encoding="utf-8")))


def app_for(report: Report) -> ReaderApp:
    return ReaderApp(article_from_text(report.text, report.source), report=report)


@pytest.fixture
def report() -> Report:
    return load_fixture_report()


@pytest.fixture
def make_app() -> Callable[..., ReaderApp]:
    """A reader on the fixture report (or on another report given)."""

    def make(report: Report | None = None) -> ReaderApp:
        return app_for(report or load_fixture_report())

    return make
