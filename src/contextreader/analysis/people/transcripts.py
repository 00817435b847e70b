"""Transcript labels: the speaker's turns of an interview printed as a transcript.

A paragraph that opens with one to three upper-case words and a colon ("ROE: Well, ...",
'"MR. ROE: ...', "Q: ...") is a speaker's turn, and so is one opened by "Q." or "A." and a space
where the article has two or more "Q." paragraphs (the way many papers print an interview). A
label that spells a person's surname or full name (any case) is a mention of that person; an
"A:" answer is the one person named in the paragraph that tells of the interview before the
question-and-answer section; a label that names no one in the article is no person of its own.
A mixed-case label with a courtesy title ("Mr Jan Roe (Kell Vale): ...", "Mr Speaker: Order.")
is a turn where the article has two or more of them, as a parliament's record prints a debate.
A label's bracketed name ("SPOKESPERSON (Jan Roe):") is its speaker, a role-noun label
("SPOKESPERSON:") is the one person the text gives that role, and a "Q:" question that opens by
naming its asker and outlet ("Q: Jan Roe, Kell Post. Will ...?") is that asker's.
Where every turn is a question, the paragraphs between the questions are the unlabelled
answers (``unlabelled_answers``). The turns (``TranscriptTurn``) are kept in
``doc.user_data["cr_people.labels"]`` for cr_quotes and
cr_assertions.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise

from spacy.tokens import Doc, Span

from contextreader.analysis.inflect import FINITE_TAGS
from contextreader.analysis.paragraphs import (
    BLANK_LINE,
    RUN_ON_LINES,
    is_byline,
    is_heading,
    sentence_a_line,
)
from contextreader.analysis.people._common import _overlaps
from contextreader.analysis.people.clusters import _Cluster
from contextreader.analysis.people.lexicon import RoleLexicon, role_lexicon, third_person_pronouns

LABELS_KEY = "cr_people.labels"
# the "Q." / "A." labels of an explainer that asks and answers its own questions (``is_explainer``)
OWN_LABELS_KEY = "cr_people.own_labels"


# a paragraph that opens (after an optional opening mark) with one to three upper-case words and
# a colon: a speaker's turn in an interview transcript ("ROE: Well, ...", '"MR. DOE: ...', "Q: ...")
# A bracket after the label gives the speaker's name or seat ("SPOKESPERSON (Jan Roe): ...").
_LABEL = re.compile(
    r"^[^\S\n]*(?:[\"“'‘][^\S\n]*)?"
    r"(?P<label>[A-Z][A-Z.'’-]*(?:[^\S\n]+[A-Z][A-Z.'’-]*){0,2})"
    r"(?:[^\S\n]*\((?P<paren>[^()\n:]{1,60})\))?[^\S\n]*:[^\S\n]*(?=\S)",
    re.M,
)


@cache
def _titled_label() -> re.Pattern[str]:
    """A label in mixed case, the way a parliament's record prints its debates: a courtesy title
    (``[honorifics]``, ``[interviews] label_titles``; in any case after "A", "An" or "The": "An
    hon. Member") and one to four capitalised words, with an optional bracketed seat or name,
    then a colon ("Mr Jan Roe (Kell Vale): ...", "Mr Speaker: Order.", "Baroness Roe: ...").
    Such lines are turns only where the article has two or more of them (``_titled_labels``):
    one "Mr Roe: a life" is a title, no turn."""
    lex = role_lexicon()
    titles = sorted({*lex.honorifics, *lex.label_titles}, key=len, reverse=True)
    words = "|".join(re.escape(t[:1].upper() + t[1:].rstrip(".")) for t in titles if t != ".")
    word = r"[A-Z][\w'’.-]*"
    return re.compile(
        r"^[^\S\n]*(?:[\"“'‘][^\S\n]*)?"
        rf"(?P<label>(?:(?:An?|The)[^\S\n]+(?i:(?:{words}))|(?:{words}))\.?"
        rf"(?:[^\S\n]+{word}){{1,4}})"
        r"(?:[^\S\n]*\((?P<paren>[^()\n:]{1,60})\))?[^\S\n]*:[^\S\n]*(?=\S)",
        re.M,
    )


# a paragraph opened by one to three capitalised words and a colon, in any case ("Jan Roe: Yes.",
# "Roe: We disagree."): a transcript's turn only where the words name people of the article and
# they take turns (``_named_labels``)
_NAME_LABEL = re.compile(
    r"^[^\S\n]*(?:[\"“'‘][^\S\n]*)?"
    r"(?P<label>[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,2})"
    r"(?:[^\S\n]*\((?P<paren>[^()\n:]{1,60})\))?[^\S\n]*:[^\S\n]*(?=\S)",
    re.M,
)


# "Q. How did it start?" / "A. Slowly.": a paragraph opened by "Q." or "A." and a space, the way
# many papers print the questions (and sometimes the answers) of an interview
_DOT_LABEL = re.compile(r"^[^\S\n]*(?P<label>[QA])\.[^\S\n]+(?=\S)", re.M)
# a bracketed note inside an answer: a stage direction ("[laughs]") or the editor's aside
_NOTE = re.compile(r"\[[^\]\n]*\]")

_QA = frozenset({"Q", "A"})
# words in quotation marks: someone else's first person, quoted inside an answer
_QUOTED = re.compile(r"[\"“][^\"“”\n]*[\"”]")


@dataclass(frozen=True, slots=True)
class TranscriptTurn:
    """One speaker's turn in a transcript: the label, what follows it, and who the label names.

    ``paragraph`` runs from the paragraph's first character (an opening mark included) to its
    last non-space one; ``content`` is the paragraph after the label and colon.
    """

    label: tuple[int, int]
    content: tuple[int, int]
    paragraph: tuple[int, int]
    person: str | None
    answer: bool = False  # an unlabelled answer: ``label`` is empty, at the content's start
    # the name that tells who speaks, where the label does not: the bracketed name of
    # "SPOKESPERSON (Jan Roe):" or the asker's of "Q: Jan Roe, Kell Post. Will you ...?"
    speaker: tuple[int, int] | None = None


def _label_key(label: str, lex: RoleLexicon) -> str:
    """The label without a courtesy title or role word in front ("MR. DOE" -> "DOE")."""
    words = label.split()
    while len(words) > 1 and (words[0].lower() in lex.honorifics or lex.role_class(words[0])):
        words = words[1:]
    return " ".join(words)


def _dot_labels(text: str, body: int) -> list[re.Match[str]]:
    """The paragraphs opened by "Q." or "A." that are an interview's labels: all of them where
    two or more open with "Q.", otherwise only a lone "Q." question ending in a question mark
    (which still names no one: "Q. Will you stay?")."""
    found = list(_DOT_LABEL.finditer(text, body))
    if sum(m.group("label") == "Q" for m in found) >= 2:
        return found
    out = []
    for m in found:
        nl = text.find("\n", m.end())
        line = text[m.end() : len(text) if nl < 0 else nl].rstrip()
        if m.group("label") == "Q" and line.endswith("?"):
            out.append(m)
    return out


def _label_match(text: str, start: int, end: int) -> re.Match[str] | None:
    """The label ("ROE:", "Mr Roe:", "Q:", "Q.") that opens text[start:end], or None."""
    return (
        _LABEL.match(text, start, end)
        or _titled_label().match(text, start, end)
        or _DOT_LABEL.match(text, start, end)
    )


def _titled_labels(text: str, body: int) -> list[re.Match[str]]:
    """The mixed-case labels ("Mr Jan Roe (Kell Vale): ...") of an article that prints two or
    more of them before words that end a sentence, and takes turns as a debate does: one
    speaker has two turns or more ("Mr Jan Roe:" ... "Mr Roe:"), or two speakers follow one
    another and one of them speaks in the first or second person ("I commend ...", "Will you
    ...?"). A line that speaks of its own label's person in the third person ("Dr Ann Roe: A GP
    for twenty years, she wants ...") is no turn, and a list of people with what is said of
    them ("Dame Ann Roe: Made a dame for services to music.") or a book's title ("Lady Ann
    Roe: The Peer Who Never Sat.") takes no turns."""
    found = []
    said = 0
    labels = list(_titled_label().finditer(text, body))
    counts = Counter(m.group("label").split()[-1] for m in labels)
    for m in labels:
        nl = text.find("\n", m.end())
        raw = text[m.end() : len(text) if nl < 0 else nl].rstrip()
        line = _QUOTED.sub(" ", raw)
        if counts[m.group("label").split()[-1]] < 2 and not _speaks(line) and _told_of(line):
            continue  # "Dr Ann Roe: A GP for twenty years, she wants ...": said of her, even
            # where it names another's office ("He has challenged the Minister ...")
        speaks = _speaks(line) or _names_an_office(line, m, labels)
        found.append((m, speaks))
        said += raw[-1:] in ".?!…\"”’'"
    if said < 2:
        return []
    keys = [m.group("label").split()[-1] for m, _ in found]
    if len(set(keys)) < len(keys):
        return [m for m, _ in found]  # one speaker's second turn
    # every speaker differs, so any two lines in a row are two speakers taking turns
    return [m for m, _ in found] if any(speaks for _, speaks in found) else []


def _speaks(line: str) -> bool:
    """Whether words speak in the first or second person ("I commend", "Will you ...?")."""
    return bool(_first_person().search(line) or _second_person().search(line))


def _names_an_office(line: str, label: re.Match[str], labels: list[re.Match[str]]) -> bool:
    """Whether a line speaks of another speaker by the office their label gives in brackets,
    as a debate's speakers speak of one another ("Ms Ann Roe (Minister for Floods): ..." and
    "Mr Jan Doe: The Minister says ..."): a turn in an exchange."""
    offices = {
        w
        for m in labels
        if m.group("label") != label.group("label") and m.group("paren")
        for w in re.findall(r"\b[A-Z][a-z]{2,}\b", m.group("paren"))
    }
    return any(w in offices for w in re.findall(r"\b[Tt]he ([A-Z][a-z]{2,})\b", line))


def _told_of(line: str) -> bool:
    """Whether a line's first sentence is said of "he" or "she" as its subject - the opening
    word, or the first word after an opening phrase ("A GP for twenty years, she wants ..."):
    words about the label's person, not that person's own. A "his" or "he" further on tells of
    someone else ("Is the Minister aware that his department ...?"), and a question is put."""
    first = re.split(r"(?<=[.?!])\s", line, maxsplit=1)[0].strip()
    if first.endswith("?"):
        return False
    m = re.match(r"(?:[^,;:.?!]*,\s*)?([A-Za-z]+)\b", first)
    return m is not None and m.group(1).lower() in _third_person_subjects()


def _raw_labels(text: str, body: int) -> list[tuple[re.Match[str], int]]:
    """Every paragraph that opens with an upper-case label and a colon (or an interview's "Q."
    or "A.", or a transcript's mixed-case "Mr Roe:"), with its end offset."""
    out = []
    upper = list(_LABEL.finditer(text, body))
    starts = {m.start() for m in upper}
    titled = [m for m in _titled_labels(text, body) if m.start() not in starts]
    found = sorted([*upper, *titled, *_dot_labels(text, body)], key=lambda m: m.start())
    for m in found:
        label = m.group("label")
        if not any(c.isalpha() for c in label):
            continue
        end = _line_text_end(text, m.end())
        if end > m.end():
            out.append((m, end))
    return out


def _line_text_end(text: str, start: int) -> int:
    """Where the text of the line from ``start`` ends, before its line break and any trailing
    space (``start`` when the rest of the line is blank)."""
    nl = text.find("\n", start)
    end = len(text) if nl < 0 else nl
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _named_labels(
    text: str,
    body: int,
    index: dict[str, list[_Cluster]],
    taken: set[int],
    doc: Doc | None = None,
    initials: tuple[list[_Cluster], ...] = (),
) -> list[tuple[re.Match[str], int]]:
    """The mixed-case labels that name people of the article ("Jan Roe: ..." on the first turn,
    "Roe: ..." after), with each paragraph's end offset: turns of a transcript where two or more
    people take turns and one of them has two turns or more ("Ann Doe:" ... "Roe:" ... "Doe:").
    A list of people with a line on each ("Jan Roe: head of sales." / "Ann Doe: ...") names
    each once and takes no turns, and so does any list keyed by names whose lines are no speech
    (``_read_as_speech``); a label already read (``taken``) is left as it is."""
    found = []
    for m in _NAME_LABEL.finditer(text, body):
        label = m.group("label")
        if m.start() in taken or label.isupper():
            continue
        people = _people_named(label, index)
        if len(people) != 1:
            continue
        end = _line_text_end(text, m.end())
        if end > m.end():
            found.append((m, end, people[0]))
    counts = Counter(id(cl) for _, _, cl in found)
    # a label in the initials of one of these people ("JR:" after "Jan Roe:") is a turn too
    counts.update(id(p[0]) for p in initials if len(p) == 1 and id(p[0]) in counts)
    if len(counts) < 2 or max(counts.values()) < 2:
        return []
    turns = [(m.end(), end) for m, end, _ in found]
    if not _read_as_speech(text, turns, [id(cl) for _, _, cl in found], doc):
        return []
    return [(m, end) for m, end, _ in found]


# a turn short enough to be a reply with no verb of its own ("Yes.", "Not at all.", "By May.")
_SHORT_REPLY = re.compile(r"\S+(?:[^\S\n]+\S+){0,3}[.!?…]")


def _read_as_speech(
    text: str, contents: list[tuple[int, int]], speakers: list[int], doc: Doc | None
) -> bool:
    """Whether the lines after the name labels read as people speaking in turns, not as a list
    keyed by their names (a result table "Jan Roe (Labour): 12,034", player ratings "Roe: 8.
    Made three saves", scorers "Roe: 2 goals", captions "Roe: the minister at the launch", an
    agenda "Roe: Welcome and apologies", section headings "Roe: The early years"). Some turn
    speaks in the first or second person or asks ("I disagree.", "Do you agree?"), outside
    quotation marks, or the labels alternate between speakers ("Roe:", "Doe:", "Roe:", "Doe:",
    a debate); and most turns read as sentences: opening with no digit or lower-case letter
    and with a finite verb (``doc``'s tags), or a short reply ("Yes.", "By the spring."). Odd
    answers ("40 libraries stay open", "Busier than ever") do not undo an interview: only a
    list fails on most lines. Where alternation is the only sign, every turn must be a
    sentence with a subject."""
    lines = [_QUOTED.sub(" ", text[a:b]) for a, b in contents]
    alternate = len(speakers) >= _MIN_ALTERNATING and all(x != y for x, y in pairwise(speakers))
    spoken = any(_speaks(line) or "?" in line for line in lines)
    if not alternate and not spoken:
        return False
    odd = 0
    for (a, b), line in zip(contents, lines, strict=True):
        head = line.lstrip()[:1]
        if head.isdigit() or head.islower():
            odd += 1
            continue
        span = doc.char_span(a, b, alignment_mode="expand") if doc is not None else None
        if span is None:
            continue
        if not spoken:
            # turns passing back and forth are the only sign: each must be a sentence with a
            # subject ("The fares are too high."), not a list's line ("Two goals.", "Made
            # three saves.")
            if not any(t.dep_ in _SUBJECTS for t in span):
                odd += 1
            continue
        if _SHORT_REPLY.fullmatch(text[a:b].strip()):
            continue
        if not any(t.tag_ in FINITE_TAGS for t in span):
            odd += 1
    return odd * 2 <= len(contents) if spoken else odd == 0


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


_MIN_ALTERNATING = 4  # turns that pass back and forth: "Roe:", "Doe:", "Roe:", "Doe:"


def _people_named(label: str, index: dict[str, list[_Cluster]]) -> list[_Cluster]:
    """The people a label names: by the whole label ("JAN ROE", "JR") or its last word."""
    return index.get(label.upper()) or index.get(label.split()[-1].upper()) or []


def _initials_index(clusters: list[_Cluster]) -> dict[str, list[_Cluster]]:
    """The initials of each full name of two or three words ("JR" for Jan Roe) -> the people
    who have them: an interview may label its turns so after the first ("Jan Roe: ..." then
    "JR: ..."). Initials are only read so where that person also has a full-name turn
    (``_named_labels``): a lone "US:" or "AP:" line names no one."""
    index: dict[str, list[_Cluster]] = {}
    for cl in clusters:
        for n in cl.names:
            if 2 <= len(n) <= 3 and all(w[:1].isupper() and w.isalpha() for w in n):
                key = "".join(w[0] for w in n).upper()
                if cl not in index.setdefault(key, []):
                    index[key].append(cl)
    return index


def _surname_index(clusters: list[_Cluster]) -> dict[str, list[_Cluster]]:
    """Upper-cased surnames and full names -> the people who have them."""
    index: dict[str, list[_Cluster]] = {}
    for cl in clusters:
        keys = {n[-1].upper() for n in cl.names} | {" ".join(n).upper() for n in cl.names}
        keys |= {f"{n[0]} {n[-1]}".upper() for n in cl.names if len(n) > 1}
        for k in keys:
            if cl not in index.setdefault(k, []):
                index[k].append(cl)
    return index


def _continued(text: str, end: int, opener: str, label_starts: set[int]) -> int:
    """Where a turn that opens with a quotation mark ends: like any quote run over paragraphs,
    it goes on through the next paragraphs that open with the same mark and no label of their
    own, up to a stage direction in parentheses ('"(CROSSTALK)')."""
    if not opener:
        return end
    while True:
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
        if (
            start >= len(text)
            or "\n" not in text[end:start]
            or text[start] != opener
            or text[start + 1 : start + 2] == "("
            or start in label_starts
            or start + 1 in label_starts
        ):
            return end
        nl = text.find("\n", start)
        end = len(text) if nl < 0 else nl
        while text[end - 1].isspace():
            end -= 1


def transcript_turns(
    text: str,
    body: int,
    clusters: list[_Cluster],
    lex: RoleLexicon,
    owner: dict[tuple[int, int], _Cluster] | None = None,
    doc: Doc | None = None,
) -> list[tuple[TranscriptTurn, _Cluster | None]]:
    """The paragraphs that are speaker turns of a transcript, with the person each label names.

    Upper-case words before a colon also open corrections, section tags and shouted headlines
    ("CORRECTION: ...", "VIDEO: ..."), so a label counts only when it names a person of the
    article (surname or full name, any case), is "Q"/"A", carries a courtesy title ("MR. DOE"),
    or - in an article where at least two different labels count - opens two or more turns.
    """
    raw = _raw_labels(text, body)
    index = _surname_index(clusters)
    by_initials = _initials_index(clusters)
    initials = tuple(by_initials.get(m.group("label"), []) for m, _ in raw)
    named = _named_labels(text, body, index, {m.start() for m, _ in raw}, doc, initials)
    # initials name a person only where that person has a full-name turn
    named_people = {id(cl) for m, _ in named for cl in _people_named(m.group("label"), index)}
    # or a full name in capitals ("JAN ROE:" then "JR:")
    named_people.update(
        id(people[0])
        for m, _ in raw
        if " " in m.group("label") and len(people := index.get(m.group("label"), [])) == 1
    )
    for key, people in by_initials.items():
        if len(people) == 1 and id(people[0]) in named_people and key not in index:
            index[key] = people
    raw = sorted(raw + named, key=lambda r: r[0].start())
    if not raw:
        return []
    keys = [_label_key(m.group("label"), lex) for m, _ in raw]
    counts: dict[str, int] = {}
    for k in keys:
        last = k.split()[-1]
        counts[last] = counts.get(last, 0) + 1
    qa = sum(counts.get(k, 0) for k in _QA)
    strong: set[str] = set()
    weak: set[str] = set()
    for (m, _), k in zip(raw, keys, strict=True):
        titled = k != m.group("label") or m.re is _titled_label()
        if k.upper() in index or k.split()[-1].upper() in index or titled or (k in _QA and qa >= 2):
            strong.add(k)
        elif counts[k.split()[-1]] >= 2:
            weak.add(k)
    accepted = strong | weak if len({k.split()[-1] for k in strong | weak}) >= 2 else strong
    out = []
    label_starts = {r[0].start() for r in raw}
    answerer: _Cluster | None = None  # the last "A:" answer's interviewee
    for (m, end), k in zip(raw, keys, strict=True):
        if k not in accepted:
            continue
        people = _people_named(k, index)
        cl = people[0] if len(people) == 1 and k not in _QA else None
        speaker = None
        if k == "A":
            # the paragraph before a later answer may be the answer before it, run over two
            # paragraphs (``_answer_run_on``): then the interviewee is still the one before
            cl = _interviewee(text, m.start(), owner or {}, lex) or answerer
            answerer = cl
        elif k == "Q":
            cl, speaker = _asker(text, m.end(), owner or {})
        elif cl is None and m.group("paren"):
            cl, speaker = _one_named(m.span("paren"), owner or {})  # "SPOKESPERSON (Jan Roe):"
        if cl is None and k not in _QA and " " not in k:
            cl = _role_holder(k, clusters, lex)
        para_start = text.rfind("\n", 0, m.start("label")) + 1
        while text[para_start].isspace():
            para_start += 1
        opener = text[para_start] if para_start < m.start("label") else ""
        end = _continued(text, end, opener, label_starts)
        if opener and text[end - 1] in "\"”’'" and end - 1 > m.end():
            end -= 1  # the mark that closes the turn is not part of the words
        turn = TranscriptTurn(
            label=m.span("label"),
            content=(m.end(), end),
            paragraph=(para_start, end),
            person=cl.id if cl is not None else None,
            speaker=speaker if cl is not None else None,
        )
        out.append((turn, cl))
    out = _press_askers(text, out)
    if out and all(_label_text(text, t) == "Q" for t, _ in out):
        answers = unlabelled_answers(text, [t for t, _ in out], owner or {}, lex)
        if answers:  # the questions end at their paragraph: what follows is the answer
            return sorted(out + [(t, None) for t in answers], key=lambda tc: tc[0].paragraph)
    nexts: list[TranscriptTurn | None] = [t for t, _ in out[1:]] + [None] if out else []
    a_line = bool(out) and sentence_a_line(text)
    return [
        (
            _answer_run_on(text, turn, nxt, out[0][0].paragraph[0], owner or {}, doc, lex)
            or _run_on(text, turn, nxt, a_line=a_line),
            cl,
        )
        for (turn, cl), nxt in zip(out, nexts, strict=True)
    ]


# what follows an asker's name at the head of a press conference's question: the outlet, in
# capitalised words, and a stop ("Q: Jan Roe, Kell Valley Post. Will the ...?")
_OUTLET_AFTER_NAME = re.compile(
    r",[^\S\n]*(?:[A-Z][\w&'’.-]*|of|the|and|for|&)(?:[^\S\n]+(?:[A-Z][\w&'’.-]*|of|the|and|for|&)){0,5}"
    r"[.:][^\S\n]+(?=\S)"
)


def _asker(
    text: str, at: int, owner: dict[tuple[int, int], _Cluster]
) -> tuple[_Cluster | None, tuple[int, int] | None]:
    """Who asks a "Q:" question that opens by naming its asker and outlet, as reporters do at a
    press conference ("Q: Jan Roe, Kell Valley Post. Will the ...?"), and where the name is
    written; a name followed by anything else ("Q: Dr Roe, is it safe?") is whom it asks."""
    for (s, e), cl in owner.items():
        if s == at and _OUTLET_AFTER_NAME.match(text, e):
            return cl, (s, e)
    return None, None


def _press_askers(
    text: str, turns: list[tuple[TranscriptTurn, _Cluster | None]]
) -> list[tuple[TranscriptTurn, _Cluster | None]]:
    """The "Q:" turns that keep the asker their name and outlet give (``_asker``): only where
    two or more questions open that way, as at a press conference, and never the one who gives
    the "A:" answers ("Q: Jan Roe, congratulations. How does it feel?" asks Roe)."""
    answering = {id(cl) for t, cl in turns if cl is not None and _label_text(text, t) == "A"}
    named = [
        i
        for i, (t, cl) in enumerate(turns)
        if t.speaker is not None and _label_text(text, t) == "Q" and id(cl) not in answering
    ]
    keep = set(named) if len(named) >= 2 else set()
    return [
        (replace(t, person=None, speaker=None), None)
        if t.speaker is not None and _label_text(text, t) == "Q" and i not in keep
        else (t, cl)
        for i, (t, cl) in enumerate(turns)
    ]


def _label_text(text: str, turn: TranscriptTurn) -> str:
    return text[turn.label[0] : turn.label[1]]


def _one_named(
    within: tuple[int, int], owner: dict[tuple[int, int], _Cluster]
) -> tuple[_Cluster | None, tuple[int, int] | None]:
    """The one person named between ``within``'s ends, and where (their last mention there):
    in a label's brackets ("SPOKESPERSON (Jan Roe):"; a seat or a party there, "(Kell Vale)",
    names no one), or in the paragraph that introduces an interview. None where two people,
    or none, are named there."""
    start, end = within
    named = {id(cl): ((s, e), cl) for (s, e), cl in owner.items() if start <= s and e <= end}
    if len(named) != 1:
        return None, None
    span, cl = next(iter(named.values()))
    return cl, span


def _role_holder(key: str, clusters: list[_Cluster], lex: RoleLexicon) -> _Cluster | None:
    """The one person whose role is the label's role noun ("SPOKESPERSON:" after "the ministry
    spokesperson, Jan Roe"); none where no one, or two people, hold it."""
    noun = key.lower()
    if lex.role_class(noun) is None:
        return None
    holders = [cl for cl in clusters if noun in cl.role_nouns]
    return holders[0] if len(holders) == 1 else None


def is_explainer(
    text: str,
    turns: list[TranscriptTurn],
    owner: dict[tuple[int, int], _Cluster],
    lex: RoleLexicon,
) -> bool:
    """Whether "Q." / "A." labels mark an explainer's questions and the outlet's own answers
    ("Q. What does the rule change?" / "A. Landlords must ..."), not an interview: both labels
    are used and no other, text comes before the first question (a bare run of turns keeps
    the interview reading), nothing there tells of an interview - neither the title nor the
    paragraph before the questions names a person or uses a word only an interview uses
    (``[interviews] sure``: "interview", "Q&A", "edited and condensed"), and that paragraph
    speaks of no "he" or "she" (a person named further up may be the news, not the one who
    answers) - and no answer
    speaks in the first person outside quotation marks ("A. We start building." is someone's
    answer; pronouns.toml [first_person])."""
    labels = {_label_text(text, t) for t in turns}
    if labels != _QA:
        return False
    first = turns[0].paragraph[0]
    if not any(c.isalnum() for c in text[:first]):
        return False
    cut = max(0, text.find("\n"))
    for a, b in [(0, cut), _intro(text, first) or (0, 0)]:
        if any(a <= s and e <= b for s, e in owner) or not _words(text[a:b]).isdisjoint(
            lex.sure_interview_words
        ):
            return False
    a, b = _intro(text, first) or (0, 0)
    if not third_person_pronouns().isdisjoint(_words(text[a:b])):
        return False  # "Here is what she had to say.": a person the intro tells of
    first_person = _first_person()
    answers = [t for t in turns if _label_text(text, t) == "A"]
    return not any(
        first_person.search(_QUOTED.sub(" ", text[t.content[0] : t.content[1]])) for t in answers
    )


@cache
def _first_person() -> re.Pattern[str]:
    """The speaker speaking of themself (``[first_person]`` in pronouns.toml: "I", "my",
    "ourselves"): an interviewee's answer, never an explainer's."""
    # imported here: the quotes package reads this module's transcript turns when it loads
    from contextreader.analysis.quotes.lexicon import cue_lexicon

    return _pronoun_pattern(cue_lexicon().first_person)


@cache
def _second_person() -> re.Pattern[str]:
    """The one spoken to ("you", "your"; ``[second_person]`` in pronouns.toml)."""
    from contextreader.analysis.quotes.lexicon import cue_lexicon

    return _pronoun_pattern(cue_lexicon().second_person)


def _pronoun_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """Any of ``words`` in lower case or capitalised as a sentence opens ("We", "my", never
    "US", the country); "i" only as "I"."""
    ordered = sorted(words, key=len, reverse=True)
    alts = "|".join(re.escape(f) for w in ordered for f in {w.capitalize(), w} if f != "i")
    return re.compile(rf"\b(?:{alts})\b")


@cache
def _third_person_subjects() -> frozenset[str]:
    """ "he", "she" (pronouns.toml [third_person_subjects])."""
    from contextreader.analysis.quotes.lexicon import cue_lexicon

    return cue_lexicon().third_person_subjects


def unlabelled_answers(
    text: str,
    questions: list[TranscriptTurn],
    owner: dict[tuple[int, int], _Cluster],
    lex: RoleLexicon,
) -> list[TranscriptTurn]:
    """The answers of an interview that labels only its questions ("Q. Are you afraid?" / "Of
    course. I have two daughters."): the paragraphs between one question and the next, when
    the paragraph before the first question tells of an interview, and it or the title does so
    in words only an interview uses (``[interviews] sure``: "interviewed", "edited and
    condensed", "A conversation with ..."); an
    explainer that asks and answers its own questions ("Readers sent us questions") is the
    outlet's voice. Each is a turn of the interviewee (the
    one person that paragraph names, or the interviewee no one names), without its bracketed
    notes ("[laughs]", "[The interpreter adds ...]"), which are the editor's, not its words.

    Only a repeated pattern counts: two or more questions each followed by such a paragraph
    (one "Q." line or a "Q&A" heading in a news story turns no narration into answers). After
    the last question only the one paragraph that follows is the answer (the article's own text
    may come after the interview). An answer stops at a heading, a label, a paragraph opened by
    a quotation mark or a dash (a quote of its own, or a dash answer read elsewhere), and at a
    later paragraph that names the interviewee (the writer's narration: "Roe was freed in May").
    """
    if not _sure_interview(text, questions[0].paragraph[0], lex):
        return []  # an explainer's own questions ("Q. What does the levy cost?"), no interview
    person = _interviewee(text, questions[0].paragraph[0], owner, lex)
    own = sorted(span for span, cl in owner.items() if cl is person) if person else []
    out: list[TranscriptTurn] = []
    answered = 0
    for k, q in enumerate(questions):
        stop = questions[k + 1].paragraph[0] if k + 1 < len(questions) else len(text)
        pos, found = q.paragraph[1], 0
        while pos < stop:
            start = pos
            while start < stop and text[start].isspace():
                start += 1
            nl = text.find("\n", start, stop)
            end = stop if nl < 0 else nl
            pos = end
            end = start + len(text[start:end].rstrip())
            if start >= end:
                break
            line = text[start:end]
            if (
                is_heading(line)
                or _label_match(text, start, end)
                or line[0] in "\"“'‘—–-("
                or (found and any(start <= a < end for a, _ in own))
            ):
                break
            found += 1
            out.extend(_answer_turns(text, start, end, person))
            if k + 1 == len(questions):
                break  # after the last question, one paragraph
        answered += found > 0
    return out if answered >= 2 else []


def _answer_turns(text: str, start: int, end: int, person: _Cluster | None) -> list[TranscriptTurn]:
    """One answer paragraph as turns: its stretches between bracketed notes."""
    out = []
    pos = start
    for m in [*_NOTE.finditer(text, start, end), None]:
        a, b = pos, m.start() if m is not None else end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if any(c.isalnum() for c in text[a:b]):
            pid = person.id if person is not None else None
            out.append(TranscriptTurn((a, a), (a, b), (a, b), pid, answer=True))
        if m is not None:
            pos = m.end()
    return out


def _interview_intro(text: str, at: int, lex: RoleLexicon) -> tuple[int, int] | None:
    """The paragraph that introduces the question-and-answer section at ``at`` (``_intro``),
    when it tells of an interview (``[interviews]`` in role_nouns.toml: "The Gazette asked Roe
    about the vote.")."""
    intro = _intro(text, at)
    if intro is None or _words(text[intro[0] : intro[1]]).isdisjoint(lex.interview_words):
        return None
    return intro


def _intro(text: str, at: int) -> tuple[int, int] | None:
    """The paragraph before the question-and-answer section at ``at`` (the last one before it
    that is no "Q:" or "A:" turn); a byline or a headline introduces nothing."""
    end = at
    while True:
        end = text.rfind("\n", 0, end)
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        label = _label_match(text, start, end)
        if label is None or label.group("label") not in _QA:
            break
    paragraph = text[start:end]
    if is_heading(paragraph) or is_byline(paragraph):
        return None
    return start, end


def _words(paragraph: str) -> set[str]:
    return set(re.findall(r"[a-z&]+", paragraph.lower()))


def _interviewee(
    text: str, at: int, owner: dict[tuple[int, int], _Cluster], lex: RoleLexicon
) -> _Cluster | None:
    """Who gives an "A:" answer: the one person named in the paragraph that introduces its
    question-and-answer section (``_interview_intro``); two people there, or none, leave the
    answers to no one named."""
    intro = _interview_intro(text, at, lex)
    return None if intro is None else _one_named(intro, owner)[0]


def _run_on(
    text: str, turn: TranscriptTurn, nxt: TranscriptTurn | None, *, a_line: bool = False
) -> TranscriptTurn:
    """A turn goes on over the lines between it and the next label, where no blank line comes
    between: archives that print one sentence a line split an answer into lines, only the
    first of which carries the label. A blank line ends the answer (in paragraphed text the
    writer's comment may come between two turns). Not after the last turn (the article's own
    text may follow the interview), not over a heading or a stage direction in parentheses,
    not over a line that names the speaker (the writer's narration: "Roe has led since May"),
    and, in a text laid out a paragraph a line, not over more than ``RUN_ON_LINES`` lines (with
    ``a_line``, a text laid out a sentence a line, a long answer takes as many lines as it has:
    with no blank line anywhere between two labels, nothing there is the writer's paragraph)."""
    if nxt is None:
        return turn
    gap_start, gap_end = turn.paragraph[1], nxt.paragraph[0]
    gap = text[gap_start:gap_end]
    if BLANK_LINE.search(gap):
        return turn  # a blank line ends the answer; the next paragraph may be the writer's
    paragraphs = [p for p in gap.split("\n") if p.strip()]
    if not paragraphs or (len(paragraphs) > RUN_ON_LINES and not a_line):
        return turn
    last = text[turn.label[0] : turn.label[1]].split()[-1]
    name = None if last in _QA else last.lower()  # "Q" and "A" name nobody
    for p in paragraphs:
        if is_heading(p) or _label_match(p, 0, len(p)) or p.strip().lstrip("\"“'‘").startswith("("):
            return turn  # a heading, a label, a stage direction ("(CROSSTALK)")
        if name is not None and name in re.findall(r"[\w'’-]+", p.lower()):
            return turn
    end = gap_end
    while end > gap_start and text[end - 1].isspace():
        end -= 1
    if text[end - 1] in "\"“'‘":
        return turn  # the next turn's opening mark: keep the turns apart as they were
    return replace(turn, content=(turn.content[0], end), paragraph=(turn.paragraph[0], end))


def _answer_run_on(
    text: str,
    turn: TranscriptTurn,
    nxt: TranscriptTurn | None,
    first: int,
    owner: dict[tuple[int, int], _Cluster],
    doc: Doc | None,
    lex: RoleLexicon,
) -> TranscriptTurn | None:
    """An interview's "A:" answer that goes on over the paragraphs between it and the next "Q:"
    question, or None where it does not (``_run_on`` then decides as for any turn).

    Only the first paragraph of a long answer carries the label, while the interviewer's next
    question always does. But the writer may speak between two turns too, so a paragraph joins
    the answer only where the section, whose first turn is at ``first``, is surely an
    interview's (``_sure_interview``) and the paragraph reads as the interviewee
    still talking (``_still_talking``); the answer stops at the first that does not. Not after
    the last answer: the article's own text may follow the interview."""
    if nxt is None or doc is None or _label_text(text, turn) != "A":
        return None
    if _label_text(text, nxt) != "Q":
        return None
    gap_start, gap_end = turn.paragraph[1], nxt.paragraph[0]
    if not BLANK_LINE.search(text[gap_start:gap_end]):
        return None
    if not _sure_interview(text, first, lex):
        return None
    end = gap_start
    for m in re.finditer(r"[^\n]+", text[gap_start:gap_end]):
        if not m.group().strip():
            continue
        start = gap_start + m.start() + len(m.group()) - len(m.group().lstrip())
        stop = gap_start + m.start() + len(m.group().rstrip())
        if not _still_talking(text, start, stop, owner, doc):
            break
        end = stop
    if end == gap_start:
        return None
    return replace(turn, content=(turn.content[0], end), paragraph=(turn.paragraph[0], end))


def _sure_interview(text: str, at: int, lex: RoleLexicon) -> bool:
    """The question-and-answer section whose first turn is at ``at`` is an interview's: the
    paragraph before it tells of one (``_interview_intro``), and it or the title does so in words
    only an interview uses (``[interviews] sure``: "interviewed", "edited and condensed")."""
    intro = _interview_intro(text, at, lex)
    title = text[: max(0, text.find("\n"))]
    return intro is not None and not (_words(text[intro[0] : intro[1]]) | _words(title)).isdisjoint(
        lex.sure_interview_words
    )


def _still_talking(
    text: str, start: int, end: int, owner: dict[tuple[int, int], _Cluster], doc: Doc
) -> bool:
    """Whether the paragraph ``text[start:end]`` after an interview's answer reads as the
    interviewee still talking, not the writer: "I", "we" or "you" is the subject of a verb in the
    present tense or with a modal ("We will bring the money home.", "You see it every day.";
    the writer's own "I asked her about the vote." or "We met in May." tells of the past),
    with no quotation mark (a quote of someone's, which keeps its own speaker), no person's
    name (the writer's narration: "Vale was elected in 2010."), no "he", "she", "him", "her"
    or "his" anywhere in it (the writer speaking of the interviewee: "We are sitting in her
    office."; an answer that speaks of some other man or woman stops the answer too, the safe
    side), no "I" or "we" asking ("I ask her whether ...": the writer's question, told in the
    present), no bracketed note ("(Laughs.)") and no "Word:" lead ("Photo: ...")."""
    line = text[start:end]
    if (
        is_heading(line)
        or is_byline(line)
        or _label_match(text, start, end)
        or _LINE_LEAD.match(line)
        or any(c in line for c in '"“”()[]')
        or any(start <= s < end for s, _ in owner)
        or _told_of(line)
        or not _words(line).isdisjoint(_one_person_pronouns())
    ):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    speaker = _first_person().fullmatch
    you = _second_person().fullmatch
    asking = _asking_verbs()
    if any(
        t.dep_ in _SUBJECTS and speaker(t.text) and t.head.lemma_.lower() in asking for t in span
    ):
        return False  # "I ask her whether ...": the interviewer's question, not an answer
    return any(
        t.dep_ in _SUBJECTS
        and (speaker(t.text) or you(t.text))
        and (t.head.tag_ in _NOW_TAGS or any(c.tag_ == "MD" for c in t.head.children))
        for t in span
    )


@cache
def _one_person_pronouns() -> frozenset[str]:
    """The pronouns for one man or woman in every form ("he", "him", "his", "she", "her",
    "hers": those with a gender in pronouns.toml [pronouns])."""
    from contextreader.analysis.quotes.lexicon import cue_lexicon

    return frozenset(w for w, g in cue_lexicon().pronouns.items() if g in ("male", "female"))


@cache
def _asking_verbs() -> frozenset[str]:
    """The verbs that put a question to someone ("ask", "press": reporting_verbs.toml
    [questions] verbs)."""
    from contextreader.analysis.quotes.lexicon import cue_lexicon

    return cue_lexicon().questions


# a verb in the present tense (or a modal's): the tense an interviewee answers in
_NOW_TAGS = frozenset({"VBP", "VBZ", "MD"})
# a line the page sets before a caption, a link or a note ("Photo:", "Read more:", "Related:"):
# a short run of words and a colon at the line's head
_LINE_LEAD = re.compile(r"[A-Z][\w'’]*(?:[ ]+[\w'’]+){0,3}[ ]*:")


def _is_label(span: Span, labels: list[tuple[int, int]]) -> bool:
    """An all-caps name inside a transcript label ("ROE:"): the label's turn decides who it is,
    and a label that names no one in the article is no person of its own. A name that takes
    an interview's "Q." label as its initial ("Q. Will you stay?") is no one at all."""
    if span.text[1:2] == "." and (span.start_char, span.start_char + 1) in labels:
        return True
    return span.text.isupper() and _overlaps(labels, span.start_char, span.end_char)
