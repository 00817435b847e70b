"""Social-media posts pasted into an article as text: the post is its signer's words.

A post copied from a page keeps its text and its signature line, "— Jan Roe (@janroe) March
3, 2026", and often the poster's handle on a line of its own above the text ("@janroe"). The
text is the signer's, word for word, as a quote is, though no quotation mark sets it off; the
handle line is part of the post, not a sentence of the outlet's. The assertions pass keeps the
post out of the outlet's claims (``assertions.quoted._embedded_posts``); here the post's text
becomes one direct quote of the signer with no cue word, so no verb inside it is read as a
report of its own ("So @Air now wants €18" is the poster's jibe, not a report of the airline).
"""

from __future__ import annotations

import re

from contextreader.analysis.paragraphs import RUN_ON_LINES, is_heading
from contextreader.analysis.quotes.direct import _Builder
from contextreader.analysis.quotes.marks import has_mark
from contextreader.analysis.quotes.speakers import _Speaker

# the signature a pasted post ends with: a dash, the poster's name, "(@handle)" and a date;
# a copy that puts a sentence a line may break it before the handle ("— Roe ??\n(@roe) ...")
POST_SIGNATURE = re.compile(r"[—–-]{1,2} ?[^\n—–()]{1,80}\n?\(@\w{1,30}\) ?\w+\.? \d{1,2},? \d{4}")
# what may stand before a signature on its line with no words of the post: links, tags and
# handles (``bare_line`` reads the line word by word)
_BARE_WORD = re.compile(r"pic\.twitter\.com/\S+|https?://\S+|(?:[#@]\w+)+")
# a line that hands over what follows ("Roe posted on Friday:", "... weighed in…")
_LEAD_LINE = re.compile(r"(?::|…|\.\.\.)[^\S\n]*$")
# a link at the end of a post's text, glued to the word before it or not
_TRAILING_LINK = re.compile(r"(?:pic\.twitter\.com/|https?://)\S*$")
# a line that is nothing but one handle: the poster's name printed above the post's text
_HANDLE_LINE = re.compile(r"[ \t]*@\w{1,30}[ \t]*")
# the signer's name after the dash, up to the handle in brackets
_SIGNER = re.compile(r"[—–-]{1,2} ?([^\n—–()]{1,80}?)\s*\n?\(@")


def bare_line(text: str, start: int, end: int) -> bool:
    """True when text[start:end] holds nothing but links, tags and handles (or nothing). Read
    word by word: one pattern over the whole line backtracks without end on links glued
    together."""
    return all(_BARE_WORD.fullmatch(w) for w in text[start:end].split())


def post_start(text: str, start: int) -> int:
    """Where a post whose last line starts at ``start`` begins. A post of several sentences
    laid out a sentence a line goes up over the lines above it, with no blank line between, to
    the line that hands it over (one that ends with a colon or an ellipsis: "Roe weighed
    in…"), when that line comes within ``RUN_ON_LINES`` lines; with none in reach (or a
    post's signature first: the writer may speak between two posts), the lines above may be
    the writer's and the post stays where it was. A line of nothing but a handle ("@janroe")
    right above the post's lines heads the post: the post starts there."""
    lines: list[int] = []
    pos = start
    while pos > 0 and len(lines) < RUN_ON_LINES:
        above = text.rfind("\n", 0, pos - 1) + 1
        line = text[above : pos - 1]
        if not line.strip() or POST_SIGNATURE.search(line) or line.lstrip().startswith("(@"):
            break
        if _HANDLE_LINE.fullmatch(line):
            return above  # the poster's handle over the post
        lead = _LEAD_LINE.search(line)
        if lead is not None and not is_heading(line[: lead.start()]):
            return lines[-1] if lines else start  # the lead's line is the writer's
        if lead is not None:
            break  # a heading cut short ("The Mayor's Plan…") hands nothing over
        lines.append(above)
        pos = above
    return start


def signed_post_start(text: str, signature: re.Match[str]) -> int:
    """Where the post that a signature ("— Name (@handle) date") closes starts: its own line,
    or the line above when the signature stands on a line of its own (or after nothing but a
    link or tags), and up from there as ``post_start`` allows (a handle line heading it)."""
    start = text.rfind("\n", 0, signature.start()) + 1
    if bare_line(text, start, signature.start()) and start > 0:
        start = text.rfind("\n", 0, start - 1) + 1  # the signature's own line: the post above
    return post_start(text, start)


def post_bodies(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The text of each post signed "— Name (@handle) date", with the signer's name: pairs of
    (text span, name span). The text runs from the post's start (``post_start``, past a handle
    line heading it) to the signature's dash, without links or tags right before the dash."""
    found = []
    for m in POST_SIGNATURE.finditer(text):
        start = signed_post_start(text, m)
        head = _HANDLE_LINE.match(text, start)
        if head is not None and text[head.end() : head.end() + 1] == "\n":
            start = head.end() + 1
        end = m.start()
        while True:  # links and tags before the dash, also glued to the last word ("2pm.https:")
            while end > start and text[end - 1].isspace():
                end -= 1
            tail = _TRAILING_LINK.search(text, start, end)
            words = text[start:end].split()
            if tail is not None and tail.start() > start:
                end = tail.start()
            elif words and _BARE_WORD.fullmatch(words[-1]):
                end = text.rindex(words[-1], start, end)
            else:
                break
        signer = _SIGNER.match(text, m.start())
        if signer is None or end <= start or not re.search(r"\w", text[start:end]):
            continue
        name = signer.span(1)
        found.append(((start, end), (name[0], name[0] + len(signer.group(1).rstrip()))))
    return found


def post_quotes(b: _Builder, direct: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A direct quote, with no cue, of each post pasted as unmarked text, spoken by its signer
    (a person named there, else the name as written); returns the spans added. A post whose
    text holds a quotation mark, or overlaps a quote already found, is left as it is."""
    text = b.ix.text
    added = []
    for (s, e), (ns, ne) in post_bodies(text):
        if has_mark(text, s, e) or any(a < e and s < z for a, z in direct):
            continue
        found = b.ix.person_in(ns, ne)
        if found is not None and found[0] == ns:
            spk = _Speaker((found[0], found[1]), text[found[0] : found[1]], found[2])
        else:
            spk = _Speaker((ns, ne), text[ns:ne], b.ix.person_named(text[ns:ne]))
        b.add("direct", (s, e), None, spk)
        added.append((s, e))
    return added
