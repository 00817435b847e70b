"""HTML pages as sites write them: text in <div>s, a page in a <form>, furniture inside the
article, a live blog's headline before its posts, dates in <time> and JSON-LD, a declared
character set, a byte-order mark, and a title that ends with the site's name; an HTML file reduced
to its article text, and block quotations kept as the speaker's words."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from contextreader.analysis.pipeline import analyze_text
from contextreader.io.article import InputError, decode, read_article
from contextreader.io.html import extract, looks_like_html


def page(body: str, head: str = "") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"


# Each case: a page and the text extracted from it.
EXTRACTED = {
    # -- 1. text in <div>s, paragraphs made with <br><br>
    "text_directly_in_divs_is_kept_and_two_breaks_end_a_paragraph": (
        page(
            "<article><div class='story-body'>"
            "<div class='para'>The ferry to Tarsen resumed on Monday.</div>"
            "<div class='para'>Its owners said demand was high.<br><br>Fares will not rise.</div>"
            "<div>A line<br>broken once stays one paragraph.</div></div></article>"
        ),
        "The ferry to Tarsen resumed on Monday.\n\nIts owners said demand was high.\n\n"
        "Fares will not rise.\n\nA line broken once stays one paragraph.\n",
    ),
    "inline_markup_does_not_split_a_word_or_a_paragraph": (
        page(
            "<main><div>The vote is on <b>Mon</b>day, <a href='#'>the clerk</a> said.</div>"
            "<div>Turnout was low.</div></main>"
        ),
        "The vote is on Monday, the clerk said.\n\nTurnout was low.\n",
    ),
    "a_page_without_article_drops_cookie_menu_and_newsletter_boxes": (
        page(
            "<div id='gdpr-consent'><p>We use cookies.</p>"
            "<p><a>Accept</a> <a>Settings</a></p></div>"
            "<div class='menu'><a>World</a> <a>Sport</a></div>"
            "<div class='story'><div>Mill reopens</div>"
            "<div>The mill reopened on Monday.</div></div>"
            "<div class='newsletter'><p>Sign up for our daily email.</p></div>"
            "<div class='footer-links'><p>© 2024 Valley Gazette</p></div>"
        ),
        "Mill reopens\n\nThe mill reopened on Monday.\n",
    ),
    # -- 2. a page wrapped in a <form>
    "a_page_inside_a_form_keeps_its_text_and_drops_the_controls": (
        page(
            "<form id='mainForm' method='post'><input type='hidden' name='state' value='x'>"
            "<label for='q'>Search</label><select><option>All</option></select>"
            "<article><h1>Mill reopens</h1><p>The mill reopened on Monday.</p></article></form>"
        ),
        "Mill reopens\n\nThe mill reopened on Monday.\n",
    ),
    # -- 4. furniture inside <article>
    "share_buttons_and_related_links_inside_the_article_are_dropped": (
        page(
            "<article><h1>Pier to close</h1><p>The council voted to close the pier.</p>"
            "<ul class='tools'><li><a href='#'>Share on Facebook</a></li>"
            "<li><a href='#'>Email</a></li></ul>"
            "<p>Repairs could cost £2m.</p>"
            "<section data-component='links-block'><h2>Related topics</h2>"
            "<ul><li><a href='/t/1'>Tarsen Council</a></li><li><a href='/t/2'>Storms</a></li></ul>"
            "</section>"
            "<section class='related'><h2>More on this story</h2><ul><li><a>Pier shut</a></li></ul>"
            "</section><div class='promo'><p><strong>GET OUR APP</strong></p></div></article>"
        ),
        "Pier to close\n\nThe council voted to close the pier.\n\nRepairs could cost £2m.\n",
    ),
    "a_list_of_links_is_dropped_but_a_list_with_words_of_its_own_is_kept": (
        page(
            "<article><p>The plan has three parts.</p><h2>What changes</h2><ul>"
            "<li><a href='/fares'>Fares</a> rise by 5% in May.</li>"
            "<li>Two routes close, <a href='/map'>the map</a> shows.</li></ul>"
            "<ul><li><a href='/t'>Tarsen</a></li><li><a href='/f'>Ferries</a></li></ul>"
            "<ul><li><a name='a1'>Anchors</a> mark places,</li>"
            "<li><a id='a2'>not links.</a></li></ul>"
            "</article>"
        ),
        "The plan has three parts.\n\nWhat changes\n\nFares rise by 5% in May.\n\n"
        "Two routes close, the map shows.\n\nAnchors mark places,\n\nnot links.\n",
    ),
    "a_class_that_names_a_state_not_furniture_keeps_the_text": (
        page(
            "<article class='story'><div class='story-body has-ads share-enabled'>"
            "<p>The mill reopened.</p><p>It employs 200.</p></div></article>"
        ),
        "The mill reopened.\n\nIt employs 200.\n",
    ),
    "a_wrapper_a_class_word_calls_a_sidebar_is_kept_when_it_holds_the_article": (
        page(
            "<div class='layout sidebar-right'><article><h1>Mill reopens</h1>"
            "<p>The mill reopened.</p></article></div><div class='sidebar'><p>Most read</p></div>"
        ),
        "Mill reopens\n\nThe mill reopened.\n",
    ),
    "amp_menus_ads_and_photo_captions_are_dropped": (
        page(
            "<amp-sidebar id='s'><ul><li>Politics</li><li>Opinion</li></ul></amp-sidebar>"
            "<article><figure><img src='a.jpg'><figcaption>The quay at dawn (Photo/Jan Roe)"
            "</figcaption></figure><p class='caption'>The Capitol (AP Photo/Ira Doe)</p>"
            "<p>WASHINGTON (AP) — The Senate voted.</p>"
            "<amp-ad type='x'><div fallback><p>Advertisement</p></div></amp-ad>"
            "<p>The House is next.</p></article>"
        ),
        "WASHINGTON (AP) — The Senate voted.\n\nThe House is next.\n",
    ),
    "the_site_banner_keeps_only_its_headline": (
        page(
            "<header class='site-header'><div class='logo'>Valley Gazette</div>"
            "<h1>Mill reopens</h1></header><div class='body'><p>The mill reopened.</p></div>"
        ),
        "Mill reopens\n\nThe mill reopened.\n",
    ),
    # -- 6. an embedded post's sign-off
    "a_block_quotations_sign_off_is_kept_outside_its_marks": (
        page(
            "<article><p>Police posted a warning.</p><blockquote class='twitter-tweet'>"
            "<p>Stay away from the river.</p>&mdash; Tarsen Police (@TarsenPolice) "
            "<a href='#'>May 3, 2024</a></blockquote>"
            "<figure><blockquote><p>We will rebuild.</p></blockquote>"
            "<figcaption>Mayor Ana Roe</figcaption></figure>"
            "<blockquote><p>Never again.</p><footer>Jan Roe, a fisherman</footer></blockquote>"
            "</article>"
        ),
        "Police posted a warning.\n\n“Stay away from the river.”\n\n"
        "— Tarsen Police (@TarsenPolice) May 3, 2024\n\n“We will rebuild.”\n\n"
        "Mayor Ana Roe\n\n“Never again.”\n\nJan Roe, a fisherman\n",
    ),
    "a_citation_inside_a_quoted_paragraph_stays_in_it": (
        page("<blockquote><p>I read <cite>Dune</cite> twice.</p></blockquote>"),
        "“I read Dune twice.”\n",
    ),
    # -- 8. a live blog's headline and standfirst before its posts
    "a_headline_and_standfirst_before_the_posts_are_kept": (
        page(
            "<main><div class='headline'><h1>Floods – live</h1></div>"
            "<div class='standfirst'><p>Rivers burst their banks.</p></div>"
            "<div class='key-events'><h2>Key events</h2><ul><li><a href='#b2'>Line shut</a></li>"
            "<li><a href='#b1'>Warning</a></li></ul></div>"
            "<article><p>9.41am</p><p>The line is shut.</p></article>"
            "<article><p>6.30am</p><p>A warning was issued.</p></article></main>"
        ),
        "Floods – live\n\nRivers burst their banks.\n\n9.41am\n\nThe line is shut.\n\n"
        "6.30am\n\nA warning was issued.\n",
    ),
    "with_a_headline_inside_the_article_nothing_before_it_is_added": (
        page(
            "<div><h1>Site of the week</h1><p>Promo.</p></div>"
            "<article><h1>Mill reopens</h1><p>The mill reopened.</p></article>"
        ),
        "Mill reopens\n\nThe mill reopened.\n",
    ),
}


@pytest.mark.parametrize(("html", "text"), list(EXTRACTED.values()), ids=list(EXTRACTED))
def test_the_text_extracted_from_a_page(html: str, text: str):
    assert extract(html).text == text


# -- 3. a character set declared in <meta>, and 13. a byte-order mark ----------------------------

CAFE = "<p>The café on Quay Street charges €4 for tea.</p><p>Its owner agrees.</p>"


@pytest.mark.parametrize(
    "meta",
    [
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
        "<meta charset='ISO-8859-1'>",  # read as windows-1252, as browsers do (the € sign)
    ],
    ids=["http_equiv_windows_1252", "meta_charset_latin1"],
)
def test_a_page_in_its_declared_character_set_is_read(tmp_path: Path, meta: str):
    path = tmp_path / "cafe.html"
    path.write_bytes(page(CAFE, meta).encode("cp1252"))
    assert read_article(path).text.startswith("The café on Quay Street charges €4 for tea.")


def test_a_utf8_page_is_read_as_utf8_whatever_it_declares(tmp_path: Path):
    path = tmp_path / "cafe.html"
    path.write_bytes(page(CAFE, '<meta charset="windows-1252">').encode("utf-8"))
    assert read_article(path).text.startswith("The café on Quay Street")


@pytest.mark.parametrize(
    "data",
    [
        "The café on Quay Street.".encode("cp1252"),  # plain text: nothing declares a charset
        page(CAFE).encode("cp1252"),  # a page that declares none
        page(CAFE, '<meta charset="utf-8">').encode("cp1252"),  # one that declares UTF-8
    ],
    ids=["plain_text", "a_page_declaring_none", "a_page_declaring_utf8"],
)
def test_text_in_an_undeclared_character_set_is_still_refused(data: bytes):
    with pytest.raises(InputError, match="not valid UTF-8 text"):
        decode(data, "a.txt")


def test_a_utf8_byte_order_mark_is_kept_and_the_dateline_still_found(nlp):
    text = "\ufeffWASHINGTON (AP) — The Senate voted on Tuesday.\n"
    assert decode(text.encode(), "a.txt") == text  # offsets count the file's characters
    assert decode(codecs.BOM_UTF16_LE + text[1:].encode("utf-16-le"), "a.txt") == text[1:]
    report = analyze_text(text, nlp)
    assert report.outlet is not None and report.outlet.matched_by == "dateline"


# -- 7. the date from <time> and JSON-LD ---------------------------------------------------------


def test_the_date_from_json_ld_then_from_time_in_the_article():
    ld = (
        '<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, '
        '{"@type": "NewsArticle", "datePublished": "2024-02-14T09:12:00Z"}]}</script>'
    )
    body = "<article><time datetime='2024-02-15'>15 Feb</time><p>A.</p><p>B.</p></article>"
    assert extract(page(body, ld)).date == "2024-02-14"
    assert extract(page(body)).date == "2024-02-15"


def test_a_time_outside_the_article_is_not_its_date():
    body = "<div class='top'><time datetime='2025-01-01'>Today</time></div><p>A.</p><p>B.</p>"
    assert extract(page(body)).date is None
    broken = '<script type="application/ld+json">{"datePublished": </script>'
    assert extract(page("<p>A.</p>", broken)).date is None


# -- 15. the site's name after the title ----------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "site", "shown"),
    [
        ("Mill reopens | Valley Gazette", "Valley Gazette", "Mill reopens"),
        ("Mill reopens - VALLEY GAZETTE", "Valley Gazette", "Mill reopens"),
        ("Mill reopens - Analysis", "Valley Gazette", "Mill reopens - Analysis"),
        ("Mill reopens | Valley Gazette", None, "Mill reopens | Valley Gazette"),
    ],
    ids=[
        "bar_and_site_name",
        "dash_and_site_name_in_capitals",
        "dash_and_other_words",
        "no_site_name",
    ],
)
def test_a_title_loses_the_site_name_it_ends_with(title, site, shown):
    head = f"<title>{title}</title>"
    if site:
        head += f'<meta property="og:site_name" content="{site}">'
    assert extract(page("<p>The mill reopened.</p>", head)).title == shown


def test_html_file_is_reduced_to_its_article_text(tmp_path):
    page = """<!DOCTYPE html><html><head><title>Bridge opens | Example News</title>
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2024-05-06T10:00:00Z">
    <script>var x = "<p>not text</p>";</script></head>
    <body><nav><p>Home</p></nav><article><h1>Bridge opens</h1>
    <p>The bridge opened on <b>Monday</b>.</p><p>&ldquo;It is done,&rdquo; the mayor said.</p>
    </article><footer><p>Copyright</p></footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    article = read_article(path)
    quote = "\u201cIt is done,\u201d the mayor said.\n"
    assert article.text == "Bridge opens\n\nThe bridge opened on Monday.\n\n" + quote
    assert article.source.title == "Bridge opens"  # the site's name is said once, beside it
    assert article.source.site_name == "Example News"
    assert article.source.date == "2024-05-06"


def test_html_without_text_is_an_input_error(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>x()</script></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="no article text"):
        read_article(path)


def test_plain_text_mentioning_tags_is_not_html():
    assert not looks_like_html("The <html> tag starts a page, the teacher said.")
    assert looks_like_html("  <!doctype html><html></html>")


def test_extract_prefers_the_article_element():
    page = extract("<html><body><p>Menu</p><article><p>One.</p><p>Two.</p></article></body></html>")
    assert page.text == "One.\n\nTwo.\n"


def test_a_block_quotation_keeps_marks_so_its_words_stay_the_speakers():
    page = extract(
        "<html><body><article><p>Mayor Dana Vell wrote on Tuesday:</p>"
        "<blockquote><p>The levy is a disgrace.</p><p>We will repeal it.</p></blockquote>"
        "<p>Aides declined to comment.</p></article></body></html>"
    )
    assert page.text == (
        "Mayor Dana Vell wrote on Tuesday:\n\n“The levy is a disgrace.\n\n"
        "“We will repeal it.”\n\nAides declined to comment.\n"
    )


def test_a_block_quotation_with_marks_of_its_own_is_left_as_it_is():
    page = extract(
        '<html><body><blockquote><p>He said "no" twice.</p></blockquote>'
        "<blockquote>Never closed</body></html>"
    )
    assert page.text == 'He said "no" twice.\n\n“Never closed”\n'


def test_the_words_of_a_block_quotation_are_quoted(nlp):
    from contextreader.analysis.pipeline import analyze_text

    # no "X wrote:" lead: only the block's layout says these are someone else's words
    text = extract(
        "<html><body><article><p>The mayor posted a reply on Sunday.</p>"
        "<blockquote><p>The levy is a disgrace.</p></blockquote>"
        "<p>Aides declined to comment.</p></article></body></html>"
    ).text
    report = analyze_text(text, nlp)
    assert [(t.term, t.voice) for t in report.loaded_terms] == [("disgrace", "quoted")]
