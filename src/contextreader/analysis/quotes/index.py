"""The doc index: character offsets to tokens, sentences and person mentions, by bisection.

Built once per doc and shared by every part, so a long article costs little more than the parse.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span, Token

from contextreader.analysis.paragraphs import byline_names, sign_off_names
from contextreader.analysis.people import GENDER_KEY, role_lexicon
from contextreader.analysis.quotes.lexicon import CueLexicon, cue_lexicon

# a clause a verb of saying or thinking takes: its subject is not the sentence's topic
_EMBEDDED = frozenset({"ccomp"})


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
        self.titles: dict[tuple[int, int], bool] = {}  # ``bracketed_title``, by quote span
        # the mentions of the writers a byline names ("By Jan Roe"), never "he" or "she"
        body = doc._.cr_body_start or 0  # or the sign-off that closes a letter
        authors = byline_names(self.text, body) + sign_off_names(self.text, body, doc)
        self.bylined = {m[0] for m in ms if any(s <= m[0] < e for s, e in authors)}
        self.unnamed = self._unnamed_subjects()
        self.unnamed_starts = [u[0] for u in self.unnamed]

    def _unnamed_subjects(self) -> list[tuple[int, str, int]]:
        """Subjects that are one person the text does not name ("A neighbour, who asked not to
        be named, said ...", "One worker said ...", "my mother said"), main clauses' subjects,
        as start, the gender the noun tells (or "") and the end of the noun. A noun phrase
        holding a name ("The spokesman, Jan Roe,") or standing for a named person (a mention
        of its own) is no such subject, nor is "the" with a role ("The former governor is a
        triathlete") or after a fitting name in its paragraph ("Greta Holm won. The woman
        ..."), which point back to someone named."""
        lex = cue_lexicon()
        ante = lex.antecedents
        roles = role_lexicon()
        out = []
        for tok in self.doc:
            name = self._unknown_name_speaker(tok, lex)
            if name is not None:
                out.append(name)
                continue
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ != "NN":
                continue
            if tok.head.dep_ not in ("ROOT", "conj"):
                continue  # a clause's own subject ("saying the person would not ...")
            word = tok.lower_
            det = next((c for c in tok.children if c.dep_ in ("det", "poss", "nummod")), None)
            if det is None:
                continue
            if det.lower_ in ("a", "an", "one", "another"):
                if word not in ante and roles.role_class(word) is None:
                    continue
            elif det.lower_ in ("my", "our"):
                # the writer's own kin; "his brother" may be someone the text has named
                if word not in ante and word not in roles.kinship:
                    continue
            elif det.lower_ != "the" or word not in ante or roles.role_class(word) is not None:
                continue
            left, right = tok.left_edge, tok.right_edge
            if self.person_in(left.idx, right.idx + len(right.text)) is not None:
                continue
            gender = ante.get(word) or roles.gendered.get(word, "")
            if det.lower_ == "the" and self._named_earlier(left.idx, gender):
                continue  # "Greta Holm won. The woman has not collected it": Holm herself
            out.append((left.idx, gender, tok.idx + len(tok.text)))
        return out

    def _unknown_name_speaker(self, tok: Token, lex: CueLexicon) -> tuple[int, str, int] | None:
        """A full name the people component did not take for a person ("Priyanka Desrosiers
        of Marlowe Securities wrote ..."), untagged by NER, as the subject of a main clause's
        verb of saying: someone who speaks whom the text names though no person was found, so
        a "he" or "she" after it must not jump past them to someone named earlier. As start,
        "" (no gender known) and the name's end."""
        if tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or tok.ent_type_ or not tok.is_title:
            return None
        if tok.head.dep_ not in ("ROOT", "conj") or not lex.is_cue(tok.head):
            return None
        first = tok.doc[tok.i - 1] if tok.i > 0 else None
        if first is None or first.dep_ != "compound" or first.head.i != tok.i:
            return None
        if not first.is_title or first.ent_type_ or first.pos_ != "PROPN":
            return None
        if self.person_in(first.idx, tok.idx + len(tok.text)) is not None:
            return None
        return first.idx, "", tok.idx + len(tok.text)

    def _named_earlier(self, char: int, gender: str) -> bool:
        """Whether someone named who fits ``gender`` is mentioned earlier in the paragraph of
        ``char``: "the woman" there most likely means her."""
        start = self.text.rfind("\n", 0, char) + 1
        i = bisect_left(self.men_starts, start)
        while i < len(self.mentions) and self.mentions[i][0] < char:
            m_start, _, pid = self.mentions[i]
            g = self.gender.get(pid, "")
            if m_start not in self.bylined and (not gender or not g or g == gender):
                return True
            i += 1
        return False

    def _unnamed_after(self, start: int, char: int, gender: str) -> bool:
        """Whether an unnamed person who fits ``gender`` is a subject in [start, char)."""
        return self.unnamed_before(char, gender, start) is not None

    def unnamed_before(self, char: int, gender: str, start: int | None = None) -> str | None:
        """The last unnamed person who fits ``gender`` as a subject in [start, char) (by
        default the pronoun's sentence and the one before), as written: "One worker"."""
        if start is None:
            si = bisect_right(self.sent_starts, char) - 1
            start = self.sent_starts[max(0, si - 1)] if si >= 0 else 0
        i = bisect_left(self.unnamed_starts, char) - 1
        outside = not self.in_quote(char)
        while i >= 0 and self.unnamed[i][0] >= start:
            at, g, end = self.unnamed[i]
            if (not g or g == gender) and not (outside and self.in_quote(at)):
                return self.text[at:end]
            i -= 1
        return None

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

    def person_by_surname(self, word: str) -> str | None:
        """The one person whose name ends with ``word`` ("Roe" -> Jan Roe), or None when no
        one or several do (a "Roe" of their own among them)."""
        ids = {p.id for p in self.doc._.cr_people or [] if p.name.split()[-1:] == [word]}
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
        quoted. An unnamed person who is a subject in the window after every fitting named
        subject ("One worker said ... she said") takes the pronoun, so no one named does
        (None; ``unnamed_before`` gives how the text describes them), and the writer a byline
        names is never "he" or "she".
        """
        i = bisect_left(self.men_starts, char) - 1
        si = bisect_right(self.sent_starts, char) - 1
        floor = self.sent_starts[max(0, si - 1)] if si >= 0 else 0
        first: str | None = None
        past = False  # past the window: only a subject is taken at once
        outside = not self.in_quote(char)
        # an unnamed person as subject in the window ("One worker said ... she said") is whom
        # the pronoun stands for, unless a named subject comes after them
        unnamed = self._unnamed_after(floor, char, gender)
        while i >= 0 and char - self.mentions[i][0] < 3000:
            start, end, pid = self.mentions[i]
            if (outside and self.in_quote(start)) or start in self.bylined:
                i -= 1  # the writer a byline names is never "he" or "she" in the story
                continue
            g = self.gender.get(pid, "")
            if gender in ("any", "") or not g or g == gender:
                if unnamed and not self._named_first(start, end, char, gender):
                    return None
                if start < floor and not past:
                    if first is not None:
                        return first  # the window's own object, before anyone farther back
                    past = True
                if self.is_subject(start, end):
                    # in the window, a main clause's subject outranks one it reports on
                    main = None if past else self._main_subject_before(i, char, gender, outside)
                    return main or pid
                first = first or pid
            i -= 1
        return None if unnamed else first

    def _main_subject_before(self, i: int, char: int, gender: str, outside: bool) -> str | None:
        """When the subject at mention ``i`` heads a clause inside another ("Roe insists Doe is
        right", "Roe insists that the striker is not for sale"), a subject of the sentence's
        main clause before it ("Roe") whom the text gives the pronoun's gender, or no gender,
        which carries the topic; None when there is none, or when the pronoun at ``char`` is
        inside that clause ("Roe said Doe was right when he said ...": Doe's own clause)."""
        start, end, _ = self.mentions[i]
        verb = self._subject_verb(start, end)
        if verb.dep_ not in _EMBEDDED:
            return None
        if verb.left_edge.idx <= char <= verb.right_edge.idx:
            return None
        sent_start = self.sent_starts[bisect_right(self.sent_starts, start) - 1]
        # the clause's own subject, when the pronoun is in the same sentence and has its gender
        near = char < self.sent_at(start).end_char
        own = self.gender.get(self.mentions[i][2], "") if near else ""
        j = i - 1
        while j >= 0 and self.mentions[j][0] >= sent_start:
            s, e, pid = self.mentions[j]
            # someone the text gives the pronoun's gender, or no gender at all ("Monteiro
            # insisted that the striker ...": the subject who speaks carries the topic) unless
            # the clause's own subject has the pronoun's gender in the same sentence ("Monteiro
            # insisted that Anna Lindqvist would stay, and she said ...": she is Lindqvist; in
            # the next sentence the main subject carries the topic on)
            known = self.gender.get(pid, "")
            fits = gender in ("male", "female") and (
                known == gender or (known == "" and own != gender)
            )
            if (
                fits
                and not (outside and self.in_quote(s))
                and s not in self.bylined
                and self.is_subject(s, e)
                and self._subject_verb(s, e).dep_ not in _EMBEDDED
            ):
                return pid
            j -= 1
        return None

    def _name_walk(self, start: int, end: int) -> list[Token]:
        """The last word of the mention text[start:end] and the words it hangs on as part of a
        name or an apposition (at most four steps): its last item stands for the mention."""
        tok = self.token_at(max(start, end - 1))
        walk = [tok]
        while tok.dep_ in ("compound", "flat", "appos") and tok.head is not tok and len(walk) <= 4:
            tok = tok.head
            walk.append(tok)
        return walk

    def _subject_verb(self, start: int, end: int) -> Token:
        """The verb whose subject the mention text[start:end] is (past the words of a name or
        apposition, as ``is_subject`` reads it): "said" for "Jan Roe said"."""
        return self._name_walk(start, end)[-1].head

    def _named_first(self, start: int, end: int, char: int, gender: str) -> bool:
        """Whether a named subject at [start, end) comes after every unnamed one before ``char``
        ("A guard called Roe. She said ..." is Roe's only when Roe is the later subject)."""
        return self.is_subject(start, end) and not self._unnamed_after(start, char, gender)

    def is_subject(self, start: int, end: int) -> bool:
        """True when the mention text[start:end] is (part of) a clause's subject."""
        walk = self._name_walk(start, end)
        if any(t.dep_ == "compound" and t.head.pos_ == "NOUN" for t in walk[:-1]):
            return False  # "the Roe campaign": the name only says whose campaign
        tok = walk[-1]
        # the subject of an infinitive ("called for Doe to resign") is the main verb's object
        return tok.dep_ in ("nsubj", "nsubjpass") and not any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in tok.head.children
        )
