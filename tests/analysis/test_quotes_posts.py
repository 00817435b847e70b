"""cr_quotes: a social-media post pasted as plain text, signed "— Name (@handle) date", is one
direct quote of its signer, and no verb inside it reports on its own. Every text is invented."""

from __future__ import annotations

from contextreader.analysis.quotes.posts import post_bodies
from tests.analysis.helpers import quote_rows

ROWS = ("kind", "words", "cue", "speaker")


def test_an_unmarked_post_is_one_quote_of_its_signer(nlp):
    text = (
        "The council shut the ferry on Monday. A local skipper, Dana Holt, replied.\n\n"
        "@danaholt\n"
        "So the council now says we should swim to the mainland. Lovely.\n"
        "— Dana Holt (@danaholt) May 2, 2024\n\n"
        "The ferry stays shut until June."
    )
    assert quote_rows(nlp, text, ROWS) == [
        (
            "direct",
            "So the council now says we should swim to the mainland. Lovely.",
            None,
            "Dana Holt",
        )
    ]


def test_a_marked_post_keeps_its_own_quote(nlp):
    text = (
        "A local skipper, Dana Holt, replied.\n\n"
        "“We should swim to the mainland, then.”\n"
        "— Dana Holt (@danaholt) May 2, 2024"
    )
    rows = quote_rows(nlp, text, ROWS)
    assert [r[1] for r in rows] == ["We should swim to the mainland, then."]
    assert rows[0][3] == "Dana Holt"


def test_a_dash_line_with_no_handle_and_date_makes_no_post(nlp):
    text = "The ferry stays shut.\n\nThe council now says we should swim.\n— Dana Holt, Tarsen"
    assert [r[0] for r in quote_rows(nlp, text, ROWS)] == ["indirect"]


def test_links_before_the_signature_are_not_the_posts_words():
    text = (
        "Intro.\n\nCatch the new show.#Tag Out Friday.https://t.co/x1 pic.twitter.com/Ab12"
        "— Harbour Radio (@HarbourRadio) May 2, 2024"
    )
    assert [(text[s:e], text[a:b]) for (s, e), (a, b) in post_bodies(text)] == [
        ("Catch the new show.#Tag Out Friday.", "Harbour Radio")
    ]
