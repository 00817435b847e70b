"""Snapshots of the main screens with the fixture report (review the SVG before updating)."""

from __future__ import annotations

from dataclasses import replace

from contextreader.ui.app import ReaderApp

from .conftest import SIZE, app_for, load_fixture_report


def reader() -> ReaderApp:
    return app_for(load_fixture_report())


class TestMainScreen:
    def test_article_and_sidebar(self, snap_compare) -> None:
        assert snap_compare(reader(), terminal_size=SIZE)

    def test_second_quote_highlighted(self, snap_compare) -> None:
        assert snap_compare(reader(), press=["]", "]"], terminal_size=SIZE)


class TestOutletPanel:
    def test_outlet_notes(self, snap_compare) -> None:
        assert snap_compare(reader(), press=["o"], terminal_size=SIZE)

    def test_unknown_outlet_says_what_was_looked_at(self, snap_compare) -> None:
        report = replace(load_fixture_report(), outlet=None)
        assert snap_compare(app_for(report), press=["o"], terminal_size=SIZE)


class TestHelpScreen:
    def test_keys(self, snap_compare) -> None:
        assert snap_compare(reader(), press=["question_mark"], terminal_size=SIZE)


class TestLightTheme:
    def test_marks_in_the_light_theme(self, snap_compare) -> None:
        assert snap_compare(reader(), press=["t", "]"], terminal_size=SIZE)
