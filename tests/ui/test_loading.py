"""Loading: the article first, then the annotations when the analysis worker ends (on the real
pipeline); each step named in the status line; a URL fetched inside the reader; a missing model or
a failed fetch said in one line."""

from __future__ import annotations

import threading

from textual.widgets import Static

from contextreader.io.article import Article, article_from_text
from contextreader.report import Source
from contextreader.ui.app import ReaderApp
from contextreader.ui.article_pane import ArticlePane

from .conftest import DENIAL, SIZE, status, until


async def test_seed_is_readable_at_once_then_annotated(nlp, seed_article: Article) -> None:
    app = ReaderApp(seed_article, nlp=nlp)
    async with app.run_test(size=SIZE) as pilot:
        pane = app.query_one(ArticlePane)
        assert pane.line_text(0).startswith("WASHINGTON (Sputnik)")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.report is not None
        assert pane.report is app.report
        assert app.report.quotes  # the seed quotes several people
        await pilot.press("]")
        assert pane.active == app.report.quotes[0].id
        assert "Quote 1 of" in str(app.query_one("#status").render())


async def test_a_missing_model_is_one_line_and_the_article_stays() -> None:
    app = ReaderApp(article_from_text("A short article.\n"), model="no_such_spacy_pipeline_xyz")
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        status = str(app.query_one("#status").render())
        assert status.startswith("Analysis failed: spaCy pipeline 'no_such_spacy_pipeline_xyz'")
        assert "\n" not in status
        assert app.pane.line_text(0) == "A short article."


class TestProgress:
    async def test_each_pipeline_step_is_named_in_the_status_line(
        self, nlp, seed_article: Article
    ) -> None:
        seen: list[str] = []

        class Recording(ReaderApp):
            def on_reader_app_analysis_progress(self, message: ReaderApp.AnalysisProgress) -> None:
                super().on_reader_app_analysis_progress(message)
                seen.append(status(self))

        app = Recording(seed_article, nlp=nlp)
        async with app.run_test(size=SIZE) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            total = len(nlp.pipeline)
            assert len(seen) == total
            assert "parsing sentences (step" in " ".join(seen)
            assert f": loaded terms (step {total} of {total})…" in seen[-1]
            assert status(app).startswith(f"{len(app.report.people)} people")  # type: ignore[union-attr]

    async def test_the_ticker_does_not_overwrite_another_message(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE):
            app._start_progress("Analysing…")
            app._status("Still analysing…")  # e.g. ] pressed before the report
            app._tick()
            assert status(app) == "Still analysing…"
            app._start_progress("Analysing: quotes (step 3 of 4)…")
            app._tick()
            assert status(app).startswith("Analysing: quotes (step 3 of 4)…")
            app._stop_progress()


class TestFetchingInsideTheReader:
    async def test_the_reader_opens_at_once_and_says_it_is_fetching(self, monkeypatch) -> None:
        import contextreader.io.fetch as fetch

        release = threading.Event()
        address = "https://news.example.org/ferry"

        def slow_fetch(url: str) -> Article:
            release.wait(10)
            return article_from_text(DENIAL, Source(url=url, title="Ferry row"))

        monkeypatch.setattr(fetch, "fetch_article", slow_fetch)
        stand_in = Article(text="", source=Source(url=address))
        app = ReaderApp(stand_in, fetch=address, url="https://example.org/saved")
        app.analyse = lambda: None  # type: ignore[method-assign]
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert status(app).startswith(f"Fetching {address}…")
            release.set()
            await until(pilot, lambda: app.fetch_address is None)
            assert app.pane.text == DENIAL
            assert app.article.source.url == "https://example.org/saved"
            assert "Ferry row" in str(app.query_one("#title", Static).render())
            assert status(app).startswith("Loading the language model")

    async def test_a_failed_fetch_closes_the_reader_with_the_error(self, monkeypatch) -> None:
        import contextreader.io.fetch as fetch
        from contextreader.io.article import InputError

        def failing(url: str) -> Article:
            raise InputError(f"{url}: the server answered 404 Not Found")

        monkeypatch.setattr(fetch, "fetch_article", failing)
        address = "https://news.example.org/gone"
        app = ReaderApp(Article(text="", source=Source(url=address)), fetch=address)
        async with app.run_test(size=SIZE) as pilot:
            await until(pilot, lambda: app.fetch_error is not None)
        assert app.return_code == 1
        assert app.fetch_error == f"{address}: the server answered 404 Not Found"


async def test_tab_pressed_while_the_analysis_runs_finds_a_cursor_when_it_ends(make_app) -> None:
    """The sidebar took the focus while it had only pending headings: when the report fills
    it, the cursor is on its first entry (highlighted, its details shown), not on no line."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        report = app.report
        assert report is not None
        app.sidebar.show_pending("Analysing…")
        await pilot.press("tab")
        app.post_message(ReaderApp.ArticleAnalyzed(report, 0))
        await pilot.pause()
        tree = app.sidebar.entries
        assert tree.has_focus and tree.cursor_line == 0
        details = str(app.sidebar.query_one("#details", Static).render())
        assert details.startswith("Outlet") and "tab: to the sidebar" not in details
