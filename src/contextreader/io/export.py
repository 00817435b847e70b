"""Reports out: JSON (the schema), and Markdown for reading or handing out in class."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from contextreader.report import (
    OTHERS_VOICES,
    LoadedTerm,
    Outlet,
    OutletNote,
    Quote,
    Report,
    in_marks,
    place_of,
    text_lines,
)
from contextreader.wording import count, visible

# the outlet notes in groups, as the reader's outlet panel and the Markdown report both give them
NOTE_GROUPS = (("fact", "Facts"), ("classification", "Classifications"), ("context", "Context"))
NOT_RECORDED = "not recorded"
RECOGNISED_FROM = {
    "dateline": "the dateline credit",
    "byline": "the byline",
    "credit": "a closing credit",
    "url": "the article's web address",
    "metadata": "the page metadata",
}


# -- the outlet's notes, worded once for the reader's panel and the Markdown report -----------
def header_rows(outlet: Outlet) -> list[tuple[str, str]]:
    """The facts at the head of the outlet notes, leaving out any a sourced note gives (an
    "Ownership" note under Facts says it once, with its source, instead of twice)."""
    noted = {n.label.casefold() for n in outlet.notes}
    rows = (
        ("Kind", outlet.kind),
        ("Country", outlet.country),
        ("Founded", outlet.founded),
        ("Ownership", outlet.ownership),
    )
    return [
        (label, value or NOT_RECORDED) for label, value in rows if label.casefold() not in noted
    ]


def note_groups(outlet: Outlet) -> list[tuple[str, list[OutletNote]]]:
    """The outlet's notes under their headings (Facts, Classifications, Context), in order,
    leaving out a heading with no note."""
    groups = [
        (heading, [n for n in outlet.notes if n.kind == kind]) for kind, heading in NOTE_GROUPS
    ]
    return [(heading, notes) for heading, notes in groups if notes]


def note_source(note: OutletNote) -> str:
    """Where a note comes from and when it held: "Source: Wikipedia: X, as of 2024"."""
    return f"Source: {note.source_name}, as of {note.as_of}"


def recognised_from(report: Report, outlet: Outlet) -> str:
    """How the publisher was recognised, with the words that named it (safe to display)."""
    how = RECOGNISED_FROM.get(outlet.matched_by or "", "the text")
    evidence = f" “{report.excerpt(outlet.evidence_span, 60)}”" if outlet.evidence_span else ""
    return f"Recognised from {how}{evidence}."


def headline(report: Report) -> str | None:
    """The article's headline: its first paragraph, when the analysis found it a heading."""
    for s in report.sentences:
        if s.heading and place_of(report, s.span[0]) == "headline":
            return " ".join(report.text[s.span[0] : s.span[1]].split()) or None
        if not s.heading:
            return None
    return None


def report_title(report: Report) -> str:
    """What the report is headed with: the page's title, else the headline, else the bare
    file name (never a folder path), else the address."""
    src = report.source
    name = Path(src.path).name if src.path else None
    return src.title or headline(report) or name or src.url or "Article"


def to_json(report: Report, indent: int | None = 2) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=indent)


# what Markdown (CommonMark, and its extensions: strikethrough, math, bare links) would act on
# in article text: marks of emphasis, code, links, HTML and tables, a character reference
# ("&amp;"), and what makes a bare link (the dot of a domain, "https://", an e-mail's "@"); each
# gets a backslash
_ACTS = re.compile(r"[\\`*_{}\[\]<>#|~$]|&(?=#?\w+;)|(?<=\w)\.(?=[A-Za-z]{2})|:(?=//)|@")


def _escape(text: str) -> str:
    """Text kept literal in Markdown: nothing in it becomes formatting or a link."""
    return _ACTS.sub(lambda m: "\\" + m.group(), text)


def _md(text: str) -> str:
    """Article text as literal Markdown, on one line (``_escape``)."""
    return _escape(visible(" ".join(text.split())))


def _whole(report: Report, span: tuple[int, int]) -> str:
    """The text at ``span`` in full (``_md`` puts it on one line and makes it safe)."""
    return report.text[span[0] : span[1]]


def to_markdown(report: Report, *, outlet_voice_only: bool = False, article: bool = True) -> str:
    """A readable summary: outlet, people, quotes, assertions and loaded terms with their notes,
    then (``article``) the article itself, marked up (``article_lines``).

    ``outlet_voice_only``: the loaded terms in the outlet's own words only, as the reader shows
    them after ``v`` (the section says so, and how many in others' words it leaves out).
    """
    src = report.source
    title = report_title(report)
    lines = [f"# {_md(title)}", ""]
    name = Path(src.path).name if src.path else None
    file = name if name and name != title else None
    meta = [
        f"{k}: {_md(v)}" for k, v in (("Date", src.date), ("File", file), ("URL", src.url)) if v
    ]
    if meta:
        lines += [" · ".join(meta), ""]
    genre = report.genre_line()
    if genre:
        lines += [_md(genre), ""]

    lines += ["## Outlet", ""]
    o = report.outlet
    if o is None:
        lines.append(
            "Not recognised (no URL, metadata, dateline, byline or closing credit named a known"
            " outlet)."
        )
        if report.dateline is not None and report.dateline.credit:
            lines.append(
                f"The dateline credits {_md(report.dateline.credit)}, which names no single"
                " outlet contextreader has notes on."
            )
        elif report.dateline is not None:
            written = _whole(report, report.dateline.span).strip()
            lines.append(f"The dateline “{_md(written)}” credits no outlet.")
        lines.append("")
    else:
        # as the reader's outlet panel words it (the same functions build both)
        lines += [f"**{_md(o.name)}**", ""]
        lines += [f"- {label}: {_md(value)}" for label, value in header_rows(o)]
        lines += ["", f"_{_md(recognised_from(report, o))}_", ""]
        for heading, notes in note_groups(o):
            lines += [f"### {heading}", ""]
            for n in notes:
                lines.append(
                    f"- **{_md(n.label)}:** {_md(n.text)}  \n"
                    f"  _{_md(note_source(n))}_  \n  <{n.source}>"
                )
            lines.append("")
        if not o.notes:
            lines += ["_No sourced notes are recorded for this outlet yet._", ""]
    if report.cited_outlets:
        cited = Counter(c.name for c in report.cited_outlets)
        lines += [
            "Outlets the text cites: " + ", ".join(f"{_md(n)} ({c}×)" for n, c in cited.items()),
            "",
        ]

    lines += [f"## People ({len(report.people)})", ""]
    for p in report.people:
        role = f", {_md(p.role)}" if p.role else ""
        counts = f"{count(p.mention_count, 'mention')}, {count(p.quote_count, 'quote')}"
        lines.append(f"- **{_md(p.name)}**{role}: {counts}")
    lines.append("")

    lines += [f"## Quotes ({len(report.quotes)})", ""]
    for q in report.quotes:
        who = _speaker(report, q)
        if q.kind == "scare":
            who = "in quotation marks, nobody is speaking (a title, a name or scare quotes)"
        # whole: a file for reading has room, and a quote cut short misquotes its speaker
        words = " … ".join(report.quote_words(q, p) for p in q.pieces)
        cue = report.cue_words(q, len(report.text))
        said = f"{_md(who)} — {_md(cue)}" if cue else _md(who)
        lines.append(f"- [{q.kind}] {said}: {in_marks(q, _md(words))}")
    lines.append("")

    lines += [f"## Assertions in the outlet's voice ({len(report.assertions)})", ""]
    for a in report.assertions:
        lines.append(f"- [{a.status}] {_md(_whole(report, a.span))}  \n  _{_md(a.note)}_")
    lines.append("")

    terms = report.loaded_terms
    if outlet_voice_only:
        terms = [t for t in terms if t.voice not in OTHERS_VOICES]
        left_out = len(report.loaded_terms) - len(terms)
        own = report.voice_name("outlet", "phrase")
        lines += [
            f"## Loaded terms in the {own} ({len(terms)} of {len(report.loaded_terms)})",
            "",
            f"Only the terms in the {own} are listed, as the reader was showing them; "
            + (
                f"{count(left_out, 'term')} in quoted or reported speech "
                f"{'is' if left_out == 1 else 'are'} left out."
                if left_out
                else "none was in quoted or reported speech."
            ),
            "",
        ]
    else:
        lines += [f"## Loaded terms ({len(terms)})", ""]
    by_cat: dict[str, dict[tuple[str, str], list[LoadedTerm]]] = {}
    for t in terms:  # one line per entry of a category, however often the article uses it
        # two entries may share a word ("smear" the noun and the verb), each with its own note
        by_cat.setdefault(t.category, {}).setdefault((t.term.casefold(), t.note), []).append(t)
    for cat, by_word in by_cat.items():
        lines += [f"### {_md(cat)} ({sum(map(len, by_word.values()))})", ""]
        lines += [_term_line(report, uses) for uses in by_word.values()]
        lines.append("")
    if article:
        lines += article_lines(report, terms, outlet_voice_only=outlet_voice_only)
    return "\n".join(lines).rstrip() + "\n"


def _speaker(report: Report, q: Quote) -> str:
    """Who a quote is by, as the Markdown names them: the person, else the words that name the
    speaker, else "no speaker"; a joint speaker as written with the people it names ("Roe and
    Doe (Jan Roe, Sam Doe)")."""
    person = report.person(q.speaker_id)
    who = person.name if person else (q.speaker_text or "no speaker")
    joint = [p.name for p in report.speakers_of(q)] if q.joint_ids else []
    if joint and q.speaker_text:
        who = f"{q.speaker_text} ({', '.join(joint)})"
    return who


# -- the article, marked up ---------------------------------------------------------------------
# a quotation mark that closes a quote: a quote's speaker is named after it, not inside it
_CLOSING_MARKS = "\"”’'»"
_OPENING_MARKS = "\"“‘'«"


def _punct(ch: str) -> bool:
    return not ch.isalnum() and not ch.isspace()


def _can_mark(text: str, start: int, end: int) -> bool:
    """Whether "*" (or "**") around ``text[start:end]`` is read as emphasis: CommonMark opens
    it only before a word or after a space or a punctuation mark, and closes it likewise;
    where it would not (a mark in the middle of a word, after a letter), it is left out and
    the bracket after the words says what they are."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    first, last = text[start], text[end - 1]
    opens = not first.isspace() and (not _punct(first) or before.isspace() or _punct(before))
    closes = not last.isspace() and (not _punct(last) or after.isspace() or _punct(after))
    return opens and closes


def article_lines(
    report: Report, terms: list[LoadedTerm], *, outlet_voice_only: bool = False
) -> list[str]:
    """The article, paragraph by paragraph, each headed with its place as the lists give it
    ("¶4"): quoted and reported words in bold with their speaker in brackets after the quote,
    and each loaded term of ``terms`` in italics with its category in brackets after it. The
    article's own text is escaped (``_escape``): nothing in it becomes formatting or a link.

    Bold and italics need a quote or a term in one paragraph and nested in each other; a
    stretch that is not (a quote over several paragraphs is marked in each; a term across a
    quote's edge is not) keeps only its bracket."""
    text = visible(report.text)  # one character per character: the offsets hold
    paragraphs = list(text_lines(report.text, report.body_start))
    marks: list[tuple[int, int, str]] = []  # (start, end, "**" or "*"), nested
    tags: list[tuple[int, int, str]] = []  # (offset, start of what it names, bracket)

    def mark(span: tuple[int, int], delimiter: str) -> None:
        for p_start, p_end in paragraphs:
            start, end = max(span[0], p_start), min(span[1], p_end)
            if span[0] < start and text[start] in _OPENING_MARKS:
                start += 1  # a quote that runs on marks each paragraph: not its words
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            crossing = any(s < start < e < end or start < s < end < e for s, e, _ in marks)
            if start < end and not crossing and _can_mark(text, start, end):
                marks.append((start, end, delimiter))

    for q in report.quotes:
        pieces = q.pieces
        if q.kind != "scare":  # held at a distance, nobody's speech: the bracket says so
            for piece in pieces:
                mark(piece, "**")
        end = pieces[-1][1]
        if end < len(text) and text[end] in _CLOSING_MARKS:
            end += 1
        who = "in quotation marks" if q.kind == "scare" else _speaker(report, q)
        tags.append((end, pieces[0][0], f" \\[{_md(who)}\\]"))
    for t in terms:
        mark(t.span, "*")
        tags.append(
            (_past_possessive(text, t.span[1]), t.span[0], f" \\[loaded: {_md(t.category)}\\]")
        )

    own = report.voice_name("outlet", "phrase")
    lines = [
        "## Article",
        "",
        "_Quoted and reported words are in bold, with their speaker in brackets after them; "
        + ("loaded terms in the " + own if outlet_voice_only else "loaded terms")
        + " are in italics, with their category in brackets. Paragraphs are numbered as in "
        "the lists above._",
        "",
    ]
    for p_start, p_end in paragraphs:
        # what goes in at each offset, in order: the marks closing there, innermost first,
        # each followed by the bracket of what it marked (a term's inside the quote's bold);
        # then the marks opening there, outermost first
        events: dict[int, list[tuple[tuple[int, int, int], str]]] = {}
        for start, end, delimiter in marks:
            if p_start <= start and end <= p_end:
                events.setdefault(end, []).append(((0, -start, 0), delimiter))
                events.setdefault(start, []).append(((1, -end, 0), delimiter))
        for offset, start, tag in tags:
            if p_start < offset <= p_end:
                events.setdefault(offset, []).append(((0, -start, 1), tag))
        out, at = [], p_start
        for offset in sorted(events):
            out += [_escape(text[at:offset]), *(piece for _, piece in sorted(events[offset]))]
            at = offset
        out.append(_escape(text[at:p_end]))
        lines += [f"{place_of(report, p_start)} · {''.join(out)}", ""]
    return lines


def _past_possessive(text: str, end: int) -> int:
    """``end``, past a possessive "'s" or "’s" that closes the word there ("the regime's"):
    a bracket after a term stands after the whole word, not inside it."""
    after = end + 2
    if text[end:after] in ("'s", "’s") and (after == len(text) or not text[after].isalnum()):
        return after
    return end


def _times(places: list[str]) -> list[str]:
    """Each place once, in order, with how often it holds the word: ["¶2", "¶4 ×2"]."""
    return [p if n == 1 else f"{p} ×{n}" for p, n in Counter(places).items()]


def _term_line(report: Report, uses: list[LoadedTerm]) -> str:
    """One entry of a category in the Markdown: its words as the article writes them ("smears,
    smeared"), where each use is ("¶4", as the sidebar says) and in whose voice, grouped by
    voice in the order met ("¶2, ¶5, outlet's own words; ¶9, in reported speech"; "¶3 ×2" for
    two in one paragraph), then the note and the alternative of its first use, once."""
    first = uses[0]
    places: dict[str, list[str]] = {}
    for t in uses:
        places.setdefault(t.voice, []).append(place_of(report, t.span[0]))
    where = "; ".join(
        f"{', '.join(_times(p))}, {report.voice_name(v, 'phrase')}" for v, p in places.items()
    )
    note = _md(first.note).rstrip(".") + "."
    alt = f" Instead: {_md(first.alternative)}." if first.alternative else ""  # as the reader says
    words: dict[str, str] = {}  # each spelling once, case aside, as first written
    for t in uses:
        word = " ".join(report.text[t.span[0] : t.span[1]].split())
        words.setdefault(word.casefold(), word)
    shown = ", ".join(f"**{_md(w)}**" for w in words.values())
    return f"- {shown} ({where}): {note}{alt}"
