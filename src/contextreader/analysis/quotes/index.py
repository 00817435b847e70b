"""The doc index: character offsets to tokens, sentences and person mentions, by bisection.

Built once per doc and shared by every part, so a long article costs little more than the parse.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span, Token

from contextreader.analysis.people import GENDER_KEY


class _Index:
    """Offsets to tokens, sentences and person mentions, by bisection."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text is rebuilt on every access: read it once
        self.tok_starts = [t.idx for t in doc]
        self.sents = list(doc.sents)
        self.sent_starts = [s.start_char for s in self.sents]
        people = doc.spans.get("cr_people", [])
        ms = sorted((s.start_char, s.end_char, s._.cr_person_id) for s in people)
        self.men_starts = [m[0] for m in ms]
        self.mentions = ms
        self.gender: dict[str, str] = doc.user_data.get(GENDER_KEY, {})
        self.names = [(w, p.id) for p in doc._.cr_people or [] for w in p.name.split()]
        self.quoted: list[tuple[int, int]] = []  # the quoted stretches, each part on its own
        self.quoted_starts: list[int] = []

    def set_quoted(self, spans: list[tuple[int, int]]) -> None:
        self.quoted = sorted(spans)
        self.quoted_starts = [s for s, _ in self.quoted]

    def in_quote(self, char: int) -> bool:
        """True when text[char] lies between quotation marks."""
        i = bisect_right(self.quoted_starts, char) - 1
        return i >= 0 and char < self.quoted[i][1]

    def token_at(self, char: int) -> Token:
        return self.doc[max(0, bisect_right(self.tok_starts, char) - 1)]

    def sent_at(self, char: int) -> Span:
        return self.sents[max(0, bisect_right(self.sent_starts, char) - 1)]

    def person_in(self, start: int, end: int) -> tuple[int, int, str] | None:
        """The first person mention inside [start, end)."""
        i = bisect_left(self.men_starts, start)
        while i < len(self.mentions) and self.mentions[i][0] < end:
            if self.mentions[i][1] <= end:
                return self.mentions[i]
            i += 1
        # a mention that covers the range ("the ambassador" for the head "ambassador")
        i = bisect_right(self.men_starts, start) - 1
        if i >= 0 and self.mentions[i][1] >= end:
            return self.mentions[i]
        return None

    def last_person_in(self, start: int, end: int) -> tuple[int, int, str] | None:
        """The last person mention that lies wholly inside [start, end)."""
        i = bisect_left(self.men_starts, end) - 1
        while i >= 0 and self.mentions[i][0] >= start:
            if self.mentions[i][1] <= end:
                return self.mentions[i]
            i -= 1
        return None

    def person_named(self, name: str) -> str | None:
        """The one person whose name holds the last word of ``name`` ("Roe" -> Jan Roe)."""
        last = name.split()[-1]
        ids = {pid for key, pid in self.names if key == last}
        return ids.pop() if len(ids) == 1 else None

    def person_before(self, char: int, gender: str) -> str | None:
        """The person a pronoun at ``char`` most likely stands for.

        Gender is a soft constraint (a person of unknown gender fits any pronoun). Among the
        fitting mentions in the pronoun's sentence and the one before it, a sentence subject
        wins over a more recent object ("Roe met Doe; she said" is usually Roe), and failing
        a subject the most recent fitting mention there. When nothing fits in that window, the
        most recent fitting subject before it is taken ("Roe announced ... Doe ... She further
        announced": a topic is carried by subjects), and only when none fits the most recent
        fitting mention. A person named inside quotation marks is someone the speaker talks
        about ('"Doe will lose," he said'), not the speaker, unless the pronoun itself is
        quoted.
        """
        i = bisect_left(self.men_starts, char) - 1
        si = bisect_right(self.sent_starts, char) - 1
        floor = self.sent_starts[max(0, si - 1)] if si >= 0 else 0
        first: str | None = None
        past = False  # past the window: only a subject is taken at once
        outside = not self.in_quote(char)
        while i >= 0 and char - self.mentions[i][0] < 3000:
            start, end, pid = self.mentions[i]
            if outside and self.in_quote(start):
                i -= 1
                continue
            g = self.gender.get(pid, "")
            if gender in ("any", "") or not g or g == gender:
                if start < floor and not past:
                    if first is not None:
                        return first  # the window's own object, before anyone farther back
                    past = True
                if self.is_subject(start, end):
                    return pid
                first = first or pid
            i -= 1
        return first

    def is_subject(self, start: int, end: int) -> bool:
        """True when the mention text[start:end] is (part of) a clause's subject."""
        tok = self.token_at(max(start, end - 1))
        seen = 0
        while tok.dep_ in ("compound", "flat", "appos") and tok.head is not tok and seen < 4:
            tok = tok.head
            seen += 1
        # the subject of an infinitive ("called for Doe to resign") is the main verb's object
        return tok.dep_ in ("nsubj", "nsubjpass") and not any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in tok.head.children
        )
