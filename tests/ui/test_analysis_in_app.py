"""The reader with the real analysis: the article first, the annotations when the worker ends."""

from __future__ import annotations

from contextreader.io.article import Article, article_from_text
from contextreader.ui.app import ReaderApp
from contextreader.ui.article_pane import ArticlePane

from .conftest import SIZE


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
