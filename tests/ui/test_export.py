"""Saving the report from the reader: ``e`` (or the palette) writes the Markdown beside the article
and never over a file."""

from __future__ import annotations

from dataclasses import replace

import pytest

from contextreader.io.article import article_from_text
from contextreader.io.export import to_markdown
from contextreader.report import (
    Source,
)
from contextreader.ui.app import ReaderApp, write_new

from .conftest import (
    SIZE,
    analysed,
    load_fixture_report,
    status,
)


class TestSaveTheReport:
    async def test_e_writes_the_markdown_beside_the_article_and_never_over_a_file(
        self, tmp_path
    ) -> None:
        report = replace(load_fixture_report(), source=Source(path=str(tmp_path / "port.txt")))
        app = ReaderApp(article_from_text(report.text, report.source), report=report)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("e")
            saved = tmp_path / "port.contextreader.md"
            assert saved.read_text(encoding="utf-8") == to_markdown(report)
            assert status(app) == f"Report saved: {saved}"
            await pilot.press("e")
            again = tmp_path / "port.contextreader-2.md"
            assert again.exists() and status(app) == f"Report saved: {again}"
            assert saved.read_text(encoding="utf-8") == to_markdown(report)

    def test_write_new_never_overwrites(self, tmp_path) -> None:
        (tmp_path / "r.md").write_text("mine", encoding="utf-8")
        assert write_new(tmp_path, "r", ".md", "new") == tmp_path / "r-2.md"
        assert (tmp_path / "r.md").read_text(encoding="utf-8") == "mine"
        with pytest.raises(FileExistsError):
            write_new(tmp_path, "r", ".md", "new", tries=2)

    async def test_before_the_report_there_is_nothing_to_save(self, tmp_path) -> None:
        article = article_from_text("A short article.\n")
        app = ReaderApp(article, model="no_such_spacy_pipeline_xyz")
        async with app.run_test(size=SIZE) as pilot:
            await analysed(app, pilot)
            await pilot.press("e")
            assert status(app) == "No report to save: the analysis did not run"
            assert list(tmp_path.iterdir()) == []

    async def test_the_palette_offers_it(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE):
            commands = {c.title: c for c in app.get_system_commands(app.screen)}
            assert commands["Save report"].callback == app.action_export_report


class TestWhatTheExportFollows:
    async def test_with_v_on_the_file_lists_the_outlets_own_terms_and_the_status_says_so(
        self, tmp_path
    ) -> None:
        report = replace(load_fixture_report(), source=Source(path=str(tmp_path / "port.txt")))
        app = ReaderApp(article_from_text(report.text, report.source), report=report)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("v", "e")
            saved = tmp_path / "port.contextreader.md"
            assert saved.read_text(encoding="utf-8") == to_markdown(report, outlet_voice_only=True)
            terms = saved.read_text(encoding="utf-8").split("## Loaded")[1].split("## Article")
            assert "land grab" not in terms[0]
            assert "*land grab*" not in terms[1]  # in the article, unmarked as well
            assert status(app) == (
                f"Report saved: {saved} (loaded terms: the outlet's own only, as shown)"
            )
            await pilot.press("v", "e")  # off again: every voice
            again = tmp_path / "port.contextreader-2.md"
            assert again.read_text(encoding="utf-8") == to_markdown(report)
            assert status(app) == f"Report saved: {again}"

    async def test_the_bundled_samples_report_goes_to_the_current_folder(
        self, tmp_path, monkeypatch
    ) -> None:
        from contextreader.io.article import sample_path

        sample = sample_path()
        before = set(sample.parent.iterdir())
        monkeypatch.chdir(tmp_path)
        report = replace(load_fixture_report(), source=Source(path=str(sample)))
        app = ReaderApp(article_from_text(report.text, report.source), report=report)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("e")
        assert set(sample.parent.iterdir()) == before
        saved = tmp_path / f"{sample.stem}.contextreader.md"
        assert saved.exists()

    def test_an_article_of_ones_own_is_not_bundled(self, tmp_path) -> None:
        from contextreader.io.article import sample_path
        from contextreader.ui.app import is_bundled

        assert is_bundled(sample_path())
        assert not is_bundled(tmp_path / sample_path().name)
