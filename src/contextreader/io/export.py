"""Reports out: JSON (the schema), and Markdown for reading or handing out in class."""

from __future__ import annotations

import json
from collections import Counter

from contextreader.report import Report
from contextreader.wording import count, visible

VOICE_NAMES = {"outlet": "outlet's own words", "reported": "in reported speech", "quoted": "quoted"}


def to_json(report: Report, indent: int | None = 2) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=indent)


def _md(text: str) -> str:
    """Article text as literal Markdown: escape the characters Markdown would act on."""
    out = []
    for ch in visible(" ".join(text.split())):
        if ch in "\\`*_{}[]<>#|":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def _whole(report: Report, span: tuple[int, int]) -> str:
    """The text at ``span`` in full (``_md`` puts it on one line and makes it safe)."""
    return report.text[span[0] : span[1]]


def to_markdown(report: Report) -> str:
    """A readable summary: outlet, people, quotes, assertions and loaded terms with their notes."""
    src = report.source
    title = src.title or src.path or src.url or "Article"
    lines = [f"# {_md(title)}", ""]
    meta = [f"{k}: {_md(v)}" for k, v in (("Date", src.date), ("URL", src.url)) if v]
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
                f"The dateline credits {_md(report.dateline.credit)}, an outlet contextreader"
                " has no notes on."
            )
        elif report.dateline is not None:
            written = _whole(report, report.dateline.span).strip()
            lines.append(f"The dateline “{_md(written)}” credits no outlet.")
        lines.append("")
    else:
        how = {
            "dateline": "dateline credit",
            "byline": "byline",
            "credit": "closing credit",
            "url": "URL",
            "metadata": "page metadata",
        }
        lines.append(
            f"**{_md(o.name)}** (recognised from the {how.get(o.matched_by or '', 'text')})"
        )
        # a fact a sourced note gives ("Ownership: ...") is said once, by the note
        noted = {n.label.casefold() for n in o.notes}
        facts = [
            f"{k}: {_md(v)}"
            for k, v in (
                ("Kind", o.kind),
                ("Country", o.country),
                ("Founded", o.founded),
                ("Ownership", o.ownership),
            )
            if v and k.casefold() not in noted
        ]
        lines += [f"- {f}" for f in facts]
        for n in o.notes:
            lines.append(
                f"- {_md(n.label)}: {_md(n.text)} ({_md(n.source_name)}, {n.as_of}; {n.source})"
            )
        lines.append("")
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
        person = report.person(q.speaker_id)
        who = person.name if person else (q.speaker_text or "no speaker")
        joint = [p.name for p in report.speakers_of(q)] if q.joint_ids else []
        if joint and q.speaker_text:
            # "Roe and Doe (Jan Roe, Sam Doe)": the phrase as written, then who it names
            who = f"{q.speaker_text} ({', '.join(joint)})"
        if q.kind == "scare":
            who = "scare quotes, nobody is speaking"
        # whole: a file for reading has room, and a quote cut short misquotes its speaker
        words = " … ".join(report.quote_words(q, p) for p in q.pieces)
        cue = report.cue_words(q, len(report.text))
        said = f"{_md(who)} — {_md(cue)}" if cue else _md(who)
        lines.append(f"- [{q.kind}] {said}: “{_md(words)}”")
    lines.append("")

    lines += [f"## Assertions in the outlet's voice ({len(report.assertions)})", ""]
    for a in report.assertions:
        lines.append(f"- [{a.status}] {_md(_whole(report, a.span))}  \n  _{_md(a.note)}_")
    lines.append("")

    lines += [f"## Loaded terms ({len(report.loaded_terms)})", ""]
    by_cat: dict[str, list[str]] = {}
    for t in report.loaded_terms:
        note = _md(t.note).rstrip(".") + "."
        alt = f" More neutral: “{_md(t.alternative)}”." if t.alternative else ""
        word = _md(report.text[t.span[0] : t.span[1]])
        by_cat.setdefault(t.category, []).append(
            f"- **{word}** ({VOICE_NAMES.get(t.voice, t.voice)}): {note}{alt}"
        )
    for cat, items in by_cat.items():
        lines += [f"### {_md(cat)} ({len(items)})", "", *items, ""]
    return "\n".join(lines).rstrip() + "\n"
