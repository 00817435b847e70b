"""What a saved web page brings to the analysis: a photo credit before the dateline, an embedded
post signed with its author's handle, and a page title that ends with the publisher's name."""

from __future__ import annotations

from contextreader.analysis.outlet import find_dateline
from contextreader.analysis.pipeline import analyze, analyze_text
from contextreader.io.article import article_from_text
from contextreader.outlets.kb import load_kb
from contextreader.report import Source


def test_a_photo_credit_is_no_dateline_and_the_dateline_after_it_is_found():
    text = (
        "The Capitol in Washington, D.C. (AP Photo/Ira Doe, File)\n\n"
        "WASHINGTON (AP) — A Senate committee voted 14-8 on Tuesday to advance the bill.\n"
    )
    found = find_dateline(text, 0, load_kb())
    assert found is not None and found.extent is not None
    assert text[found.extent[0] : found.extent[1]] == "WASHINGTON (AP) —"
    only_caption = "The harbour at dawn (REUTERS/Jan Roe)\n\nThe council met on Monday.\n"
    assert find_dateline(only_caption, 0, load_kb()) is None


def test_a_credit_with_more_words_after_the_outlet_is_still_a_dateline():
    text = "NEW YORK (Reuters Health) - Fewer adults smoke than a decade ago, a survey found.\n"
    found = find_dateline(text, 0, load_kb())
    assert found is not None and found.outlet.name == "Reuters"


def test_an_embedded_post_is_its_signers_words(nlp):
    text = (
        "The agency said on Sunday that 112 flood warnings were in force.\n\n"
        "“Please stay away from swollen rivers and do not drive through flood water.”\n\n"
        "— Tarsen Police (@TarsenPolice) November 3, 2024\n"
    )
    report = analyze_text(text, nlp)
    assert [q.speaker_text for q in report.quotes if q.kind == "direct"] == ["Tarsen Police"]


def test_a_title_loses_the_publishers_name_only(nlp):
    text = "The mill reopened on Monday with 200 workers, its owners said.\n"
    by_title = analyze(article_from_text(text, Source(title="Mill reopens | Reuters")), nlp)
    assert (by_title.outlet and by_title.outlet.name, by_title.source.title) == (
        "Reuters",
        "Mill reopens",
    )
    other = Source(url="https://www.bbc.co.uk/news/1", title="Mill reopens | Reuters")
    assert analyze(article_from_text(text, other), nlp).source.title == "Mill reopens | Reuters"


def test_an_app_promotion_is_no_claim(nlp):
    text = (
        "The ferry resumed on Monday.\n\nCLICK HERE TO GET THE VALLEY GAZETTE APP\n\n"
        "Fares will rise by 5% in May.\n"
    )
    claims = [text[a.span[0] : a.span[1]] for a in analyze_text(text, nlp).assertions]
    assert claims == ["The ferry resumed on Monday.", "Fares will rise by 5% in May."]


def test_a_short_line_after_a_greeting_keeps_its_own_claim(nlp):
    text = "Welcome to our live coverage. The council met at noon.\n"
    claims = [text[a.span[0] : a.span[1]] for a in analyze_text(text, nlp).assertions]
    assert claims == ["The council met at noon."]
