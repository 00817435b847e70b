"""Direct, partial and scare quotes: what each pair of marks is, its cue and its speaker.

Searches for the cue after the quote, then before it in the same sentence, then in the sentence
that introduces it, then a name and colon opening the line; merges a quote split by an inserted
"X said," and continues a quote across paragraphs; a short quoted phrase with no verb of saying
governing it, or a quoted title in a naming position, is a scare quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from contextreader.analysis.people import first_names, role_lexicon
from contextreader.analysis.quotes.index import _Index
from contextreader.analysis.quotes.lexicon import CueLexicon, cue_lexicon
from contextreader.analysis.quotes.marks import _DOUBLE, INVISIBLE, _Pair
from contextreader.analysis.quotes.modality import prescribed
from contextreader.analysis.quotes.questions import question_clause
from contextreader.analysis.quotes.speakers import (
    _COLON_LEAD,
    _SUBJECT_DEPS,
    _as_aside,
    _cue_speaker,
    _cue_tokens,
    _is_according,
    _reduced_relative_start,
    _Speaker,
    _speaker,
    _subject,
    document_nouns,
    is_agentless_passive,
    joined_act,
)
from contextreader.report import Quote

SCARE_MAX_WORDS = 4


@dataclass(slots=True)
class _Builder:
    doc: Doc
    ix: _Index
    lex: CueLexicon
    quotes: list[Quote]
    # the ids of direct quotes taken as turns of a written dialogue with no cue of their own:
    # each is a speaker's turn as it stands (``_inherit_speakers`` hands them no speaker), and
    # the next such paragraph is the other party's turn (``_dialogue_turn``)
    turns: set[str] = field(default_factory=set)
    # an answer given to the one a question was put to ('I ask him what ... / "Fish."'): its
    # quote's id and the one who asked
    askers: dict[str, _Speaker] = field(default_factory=dict)
    # indirect reports before their verb, listed as the partial quote that gives their words
    # ('The "peaceful" rally was a sham, Roe said' lists "peaceful" only): the rest of their
    # clause is still the speaker's claim, which the voice of loaded terms reads
    # (doc._.cr_framing)
    framing: list[Quote] = field(default_factory=list)

    def add(
        self, kind: str, span: tuple[int, int], cue: Token | None, spk: _Speaker | None
    ) -> Quote:
        q = self.make(kind, span, cue, spk)
        self.quotes.append(q)
        return q

    def make(
        self, kind: str, span: tuple[int, int], cue: Token | None, spk: _Speaker | None
    ) -> Quote:
        """A quote with its cue and speaker, not yet listed."""
        q = Quote(
            id=f"quote{len(self.quotes) + 1}",
            kind=kind,  # type: ignore[arg-type]
            span=span,
            cue_span=(cue.idx, cue.idx + len(cue.text)) if cue is not None else None,
            cue="according to"
            if cue is not None and cue.lower_ == "according"
            else (self.lex.lemma(cue) if cue is not None else None),
            speaker_id=spk.person if spk else None,
            speaker_text=spk.text if spk else None,
            speaker_span=spk.span if spk else None,
        )
        if cue is not None and cue.lower_ == "according":
            q.cue_span = (cue.idx, cue.idx + len("according to"))
        return q


def _tokens_between(ix: _Index, start: int, end: int) -> list[Token]:
    if start >= end:
        return []
    a = bisect_left(ix.tok_starts, start)
    b = bisect_left(ix.tok_starts, end)
    return [ix.doc[i] for i in range(a, b)]


def _outside(tokens: list[Token], pairs: list[tuple[int, int]]) -> list[Token]:
    """Tokens not inside any quoted span (so a cue inside another quote is not taken)."""
    if not tokens:
        return []
    lo, hi = tokens[0].idx, tokens[-1].idx
    near = [(s, e) for s, e in pairs if s <= hi and e > lo]  # one pass, not one per token
    return [t for t in tokens if not any(s <= t.idx < e for s, e in near)]


def _joined_after(cue: Token, p: _Pair, ix: _Index) -> bool:
    """True for a verb joined by "and", "or" or "but" right after the quote's closing mark: it
    tells what the speaker did next ('"..." and promised ...'), not who said the quote."""
    doc = cue.doc
    return (
        cue.i >= 2
        and doc[cue.i - 1].lower_ in ("and", "or", "but")
        and doc[cue.i - 2].is_quote
        and ix.token_at(p.end).i <= cue.i - 2
    )


def _direct_cue(
    p: _Pair, ix: _Index, lex: CueLexicon, spans: list[tuple[int, int]]
) -> tuple[Token | None, _Speaker | None]:
    """The cue and speaker of a direct quote: after it, before it, in the sentence before."""
    text = ix.text
    if p.gap is not None:
        found = _gap_speaker(p, ix, lex)
        if found is not None:
            return found
    label = _label_before(p, ix)
    if label is not None:
        return None, label
    if _after_colon(p, ix) and (_ends_sentence(p, ix) or _colon_before_next(p, ix)):
        # 'The union said in a statement: "..." Its chief did not elaborate.': the verb
        # before the colon introduces a quote that ends its sentence, not the sentence after
        # (a cue after the mark, '...: "...," he said.', still comes first); so it does when
        # the words after the quote introduce the next one ('Roe wrote: "A", while Doe
        # said: "B"': "said" is Doe's cue for "B")
        found_before = _cue_before(p, ix, lex, spans)
        if found_before is not None:
            return found_before
    after = _after_quote(p, ix, spans)
    if after and after[0].text in ("―", "—", "–", "-", "--"):
        m = ix.person_in(after[0].idx, after[min(len(after) - 1, 6)].idx + 1)
        if m is not None and _signs_off(text, m[1]):
            return None, _Speaker((m[0], m[1]), text[m[0] : m[1]], m[2])
    signed = _signature(p, ix) or _inline_signature(p, ix)
    if signed is not None:
        return None, signed
    for cue in _cue_tokens(after[:10], lex):
        if _joined_after(cue, p, ix):
            continue  # '..., saying: "We sail at dawn" and asking for patience': a next act
        if _new_act_after(cue, p, ix):
            continue  # '"..." Her group has asked for an inquiry.': a request of its own
        spk = _cue_speaker(cue, ix, lex)
        if spk is not None and _within_quote(spk, p):
            spk = _subject_outside(cue, p, ix, lex)
        if spk is None:
            spk = _inverted_subject(cue, p, ix, lex)
        if spk is not None and not _within_quote(spk, p):
            return cue, _read_for(cue, p, ix, lex) or spk
    untagged = _untagged_cue(p, after, ix, lex)
    if untagged is not None:
        return untagged
    # '"...," Jan Roe, the long-serving mayor of the town, said.': a long apposition
    if len(after) > 10:
        near = after[min(3, len(after) - 1)].idx
        for cue in _cue_tokens(after[10:40], lex):
            spk = _cue_speaker(cue, ix, lex)
            if spk is not None and (spk.span[0] <= near or _one_phrase(after, cue, spk)):
                return cue, spk
    aside = _name_then_aside(after, ix, lex)
    if aside is not None:
        return aside
    found_before = _cue_before(p, ix, lex, spans)
    if found_before is not None:
        return found_before
    open_sent = _open_sent(p, ix)
    # 'Roe has a new message: "..."': a sentence that introduces its quote with a colon
    if text[open_sent.start_char : p.start - p.w].rstrip().endswith(":"):
        verb = _colon_verb(open_sent, p)
        spk = _person_subject(open_sent, p, ix, lex, verb)
        last_verb = next(
            (t for t in reversed(open_sent) if t.idx < p.start and t.pos_ == "VERB"), None
        )
        # 'Voters received a flyer: "..."', 'Inspectors found a note taped to the door:': the
        # words are the thing's, whichever verb the clause before the colon ends on
        shown = [v for v in (last_verb, verb or open_sent.root) if v is not None]
        thing = next((v for v in shown if _shows_a_thing(v, lex)), None)
        if spk is not None and thing is None:
            return None, spk
        sender = _sender(thing, ix, lex) if thing is not None else None
        if sender is not None:
            return None, sender
    # "X said:" / "X added," ending the sentence before; "X explained:" may end the paragraph
    si = bisect_right(ix.sent_starts, open_sent.start_char)
    if si >= 2 and not text[open_sent.start_char : p.start - p.w].strip():
        prev = ix.sents[si - 2]
        between = text[prev.end_char : open_sent.start_char]
        ending = prev.text.rstrip()[-1:]
        if (ending == ":" and between.count("\n") <= 2) or (ending == "," and "\n" not in between):
            for cue in reversed(_cue_tokens(list(prev), lex)):
                spk = _cue_speaker(cue, ix, lex)
                if spk is not None:
                    return cue, spk
            if ending == ":":
                spk = _sentence_subject(prev, ix, lex)
                if spk is not None:
                    return None, spk
        if ending == "." and "\n" not in between and _no_quote_near(text, prev):
            # 'Roe said in a statement. "..."': a verb of saying with nothing said is completed
            # by the quote that follows it
            for cue in _cue_tokens(list(prev), lex):
                spk = _cue_speaker(cue, ix, lex) if _says_nothing(cue, lex) else None
                if spk is not None:
                    return cue, spk
        if ending == "." and between.count("\n") <= 2 and not _OPEN_MARK.search(prev.text):
            spk = _words_announced(prev, ix, lex)
            if spk is not None:
                return None, spk
    return None, _colon_lead(p.start, ix)


def _sentence_before(p: _Pair, ix: _Index) -> Span | None:
    """The sentence right before a quote that opens its own sentence, when it ends with a full
    stop in the same paragraph or the one before and holds no quotation mark of its own; None
    otherwise."""
    text = ix.text
    open_sent = _open_sent(p, ix)
    si = bisect_right(ix.sent_starts, open_sent.start_char)
    if si < 2 or text[open_sent.start_char : p.start - p.w].strip():
        return None
    prev = ix.sents[si - 2]
    between = text[prev.end_char : open_sent.start_char]
    if prev.text.rstrip()[-1:] != "." or between.count("\n") > 2 or _OPEN_MARK.search(prev.text):
        return None
    return prev


def _narration_before(p: _Pair, ix: _Index, lex: CueLexicon) -> _Speaker | None:
    """The person the sentence right before a quote is about (``_narrated_person``), when the
    quote opens its sentence and that sentence ends with a full stop in the same paragraph or
    the one before. None when a "Name:" lead on the quote's line names its speaker first."""
    text = ix.text
    prev = _sentence_before(p, ix)
    if prev is None:
        return None
    if prev.start_char < (ix.doc._.cr_body_start or 0) or _colon_lead(p.start, ix) is not None:
        return None
    gendered = ("male", "female")
    if any(lex.pronouns.get(w.lower()) in gendered for w in _WORD.findall(text[p.start : p.end])):
        # '"He was the kindest man," ...' after "Roe died at the scene.": words about someone,
        # most likely the person the line was about; a mourner's, not theirs
        return None
    return _narrated_person(prev, ix, lex)


_WORD = re.compile(r"[^\W\d_]+")


def _opening_name(sent: Span, ix: _Index) -> Token | None:
    """ "Roe shrugs.", "Roe laughs at the phrase.": a short line the parser left without a
    subject (the name taken for a modifier of the verb, or the "-s" verb for a plural noun)
    that opens with a person's name right before its root; the name is the subject. None
    for any other sentence."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not words:
        return None
    m = ix.person_in(words[0].idx, words[0].idx + 1)
    if m is None or m[0] != words[0].idx:
        return None
    after = next((t for t in words if t.idx >= m[1]), None)
    if after is None or after.i != sent.root.i or after.tag_ not in ("NNS", "VBZ", "VBD"):
        return None
    return ix.token_at(m[1] - 1)


_PERSONAL_OBJECTS = frozenset({"him", "her", "them", "he", "she", "they"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "pobj", "obj", "appos"})


def _narrated_person(sent: Span, ix: _Index, lex: CueLexicon) -> _Speaker | None:
    """The one person a line of narration right before a quote is about, who speaks the quote
    that opens the next sentence or paragraph: 'Roe shrugs. "They would say that."', 'On why
    she left, she was blunt. "Nobody else would."' News style sets a speaker up with such a
    line and lets the quote follow; the quote is theirs, not that of someone quoted earlier.
    The main clause's subject must be a person (named, or a pronoun that stands for one), and
    the line may name or point to no one else (an object "her", "Roe asked Doe ...": the
    quote may be the other person's answer)."""
    root = sent.root
    if lex.is_cue(root):
        # a verb of saying is handled as a cue ('Roe said in a statement.'), or gives no words
        # ('Roe would not say.'), or attributes the quote before it ('"?" Roe asked.')
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None:
        subj = _opening_name(sent, ix)
    if subj is None:
        return None
    spk = _speaker(subj, ix, lex)
    if spk.person is None:
        return None
    gender = lex.pronouns.get(subj.lower_)
    if gender is not None and ix.gender.get(spk.person) != gender:
        return None  # "she" for someone whose gender the text does not tell: a guess
    if any(t.lower_ in _PERSONAL_OBJECTS and t.dep_ in _OBJECT_DEPS for t in sent):
        return None  # 'Roe thanked her.': someone else is in the scene
    words = lex.nouns | document_nouns()
    if any(c.dep_ == "dobj" and c.lemma_.lower() in words for c in root.children):
        # 'Roe read a statement of support.': the quote is that thing's words, whoever wrote
        # them (``_words_announced`` decides when they are the subject's own)
        return None
    i = bisect_left(ix.men_starts, sent.start_char)
    while i < len(ix.mentions) and ix.mentions[i][0] < sent.end_char:
        if ix.mentions[i][2] != spk.person:
            return None
        i += 1
    return spk


def _name_then_aside(
    after: list[Token], ix: _Index, lex: CueLexicon
) -> tuple[Token, _Speaker] | None:
    """'"...," Roe, now 78 and retired to the coast, said.': a person named right after the
    closing mark, then an aside set off by commas, then a finite verb of saying after the
    closing comma with no subject of its own (the parser hung the name on the aside) - the
    name is the verb's subject. Not when the verb has a subject, or nothing stands between
    the name's comma and the verb's."""
    words = [t for t in after if not t.is_space and t.text not in ('"', "”", "’", "'")]
    if len(words) < 5:
        return None
    name = words[0]
    m = ix.person_in(name.idx, name.idx + len(name.text))
    if m is None or m[0] != name.idx:
        return None
    rest = [t for t in words if t.idx >= m[1]]
    if not rest or rest[0].text != ",":
        return None
    for cue in _cue_tokens(rest[2:40], lex):
        if cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.doc[cue.i - 1].text != ",":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
            return None
        return cue, _Speaker((m[0], m[1]), ix.text[m[0] : m[1]], m[2])
    return None


def _one_phrase(after: list[Token], cue: Token, spk: _Speaker) -> bool:
    """True when everything between a quote and its cue is one noun phrase that holds the
    speaker ('"...," the county's deputy director of parks, Jan Roe, told the paper'): no verb
    stands there but inside a clause or participle that describes a noun ("who runs ...",
    "wearing a hat"), so the cue's subject is the whole stretch."""
    between = [t for t in after if t.i < cue.i]
    if not between or not between[0].idx <= spk.span[0] < cue.idx:
        return False
    first, last = between[0].i, cue.i
    for t in between:
        if t.pos_ not in ("VERB", "AUX"):
            continue
        h = t
        while h.dep_ not in ("acl", "relcl") and first <= h.head.i < last and h.head.i != h.i:
            h = h.head
        if h.dep_ not in ("acl", "relcl"):
            return False
    return not any(t.text in (".", ";", ":", "!", "?") for t in between)


def _new_act_after(cue: Token, p: _Pair, ix: _Index) -> bool:
    """True for a verb of saying in the sentence after a quote that ends with a full stop of
    its own, the next sentence opening with a capital, when the verb acts on a noun right after
    it (its object, or the object of a preposition right after it): '"We are against lorries
    at night." Her group has asked for a public inquiry.', '"..." The council rejected the
    plan.' tell of a new act, not who spoke the quote. '"..." He added.', '"..." She told
    reporters.' (``addressing``: the object is the one told) and '"..." Roe said in a
    statement.' (only "for" brings in a new matter) keep their cue, and so does a quote the
    parser split after a question or exclamation mark ('"Why now?" Roe asked the clerk.')."""
    text = ix.text
    inner = text[p.start : p.end].rstrip()
    if not inner.endswith("."):
        return False
    close = ix.sent_at(min(p.end + p.w, len(text) - 1))
    sent = cue.sent
    if (
        sent.start_char < close.end_char
        or not text[sent.start_char : sent.start_char + 1].isupper()
    ):
        return False
    lex = cue_lexicon()
    for c in cue.rights:
        if c.dep_ == "dobj" and c.pos_ == "NOUN" and lex.lemma(cue) not in lex.addressing:
            return True  # not "She told reporters.": the one told
        if (
            c.dep_ == "prep"
            and c.lower_ == "for"  # "asked for an inquiry"; not "said in a statement"
            and c.i == cue.i + 1
            and any(k.dep_ == "pobj" and k.pos_ == "NOUN" for k in c.children)
        ):
            return True
    return False


def _next_quote_cue(
    p: _Pair, ix: _Index, lex: CueLexicon, spans: list[tuple[int, int]]
) -> tuple[Token | None, _Speaker | None]:
    """'"A." He added, "B."' with nothing else to go on: "added" says A was his words too."""
    for cue in _cue_tokens(_after_quote(p, ix, spans, introducing=True)[:10], lex):
        if _new_act_after(cue, p, ix):
            continue
        spk = _cue_speaker(cue, ix, lex)
        if spk is not None and not _within_quote(spk, p):
            return cue, spk
    return None, None


def _no_quote_near(text: str, sent: Span) -> bool:
    """True when a sentence holds no quotation mark and does not follow one ('"A!" she said.'
    is split after the mark by the parser: its "said" has said A already)."""
    before = text[max(0, sent.start_char - 4) : sent.start_char]
    return not any(ch in '"“”«»' for ch in before + sent.text) and "''" not in before + sent.text


def _words_announced(sent: Span, ix: _Index, lex: CueLexicon) -> _Speaker | None:
    """The subject of a sentence that puts words of its own forward without giving them:
    'Roe tweeted a warning.' or 'The group issued a statement.' before a quote. The main verb
    puts a noun of saying forward (``light_verbs``: issue, deliver, tweet, continue ...); its object
    is a noun of saying with no content of its own (no clause) and no one else's (no possessor
    but a pronoun, no "of", "from" or "by"): the quote that follows gives those words. So does
    any main verb that says it acts "in" such a noun ('The family paid tribute to him in a
    statement.'); the noun may be "released" or "issued" through someone, not "by" someone."""
    root = sent.root
    if _negated(root):
        return None  # "Roe did not issue a statement." puts no words forward
    light = root.lemma_.lower() in lex.light_verbs  # "issued a statement", not "read a statement"
    obj = next((c for c in root.children if c.dep_ == "dobj"), None) if light else None
    if obj is None and any(c.dep_ == "nsubj" for c in root.children):
        # only an active subject acts "in a statement" ("Roe was named in a report." does not)
        prep = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "in"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if obj is None or obj.lemma_.lower() not in lex.nouns or obj.tag_ not in ("NN", "NNS"):
        return None
    for c in obj.children:
        if c.dep_ == "acl" and _put_out_through(c, lex):
            continue  # "a statement released through police": still the subject's words
        if c.dep_ in ("relcl", "ccomp") or (c.dep_ == "acl" and c.tag_ != "VBG"):
            return None
        if c.dep_ == "prep" and c.lower_ in ("of", "from", "by"):
            return None
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return None
    subj = _subject(root)
    if subj is None or subj.lower_ in lex.impersonal_subjects:
        return None
    spk = _speaker(subj, ix, lex)
    # "The storm issued a warning.": only one who can speak puts words of its own forward
    return spk if _can_speak(subj, spk, lex) else None


def _put_out_through(participle: Token, lex: CueLexicon) -> bool:
    """True for a past participle of a verb that puts words forward with no agent of its own
    ("released through police", "issued on Monday"; not "released by the council")."""
    return (
        participle.tag_ == "VBN"
        and participle.lemma_.lower() in lex.light_verbs
        and not any(c.dep_ == "agent" or c.lower_ == "by" for c in participle.children)
    )


def _negated(verb: Token) -> bool:
    """True when a verb is denied ("did not respond", "never issued", "would not say")."""
    return any(c.dep_ == "neg" for c in verb.children)


def _says_nothing(cue: Token, lex: CueLexicon) -> bool:
    """True for a verb of saying (not of thinking) with no complement, object or clause of its
    own that ends its sentence: "Roe said in a statement." """
    if lex.lemma(cue) in lex.thought or cue.dep_ not in ("ROOT", "conj"):
        return False
    if any(c.dep_ in ("ccomp", "dobj", "xcomp", "parataxis", "advcl") for c in cue.children):
        return False
    if _negated(cue):
        return False  # "Roe did not respond." says nothing that a quote could complete
    rest = cue.doc[cue.right_edge.i + 1 : cue.sent.end]
    return all(t.is_punct or t.is_space for t in rest)


def _ends_sentence(p: _Pair, ix: _Index) -> bool:
    """True when nothing but punctuation follows the quote's closing mark in its sentence."""
    sent = ix.sent_at(min(p.end + p.w, len(ix.text) - 1))
    tail = ix.text[p.end + p.w : max(sent.end_char, p.end + p.w)]
    return not any(ch.isalnum() for ch in tail) or sent.start_char >= p.end + p.w


def _cue_before(
    p: _Pair, ix: _Index, lex: CueLexicon, spans: list[tuple[int, int]]
) -> tuple[Token, _Speaker] | None:
    """The nearest verb of saying before a quote in its sentence, with a speaker outside it."""
    open_sent = _open_sent(p, ix)
    before = _outside(_tokens_between(ix, open_sent.start_char, p.start - p.w), spans)
    colon = _after_colon(p, ix)
    pending: Token | None = None
    for cue in reversed(_cue_tokens(before, lex)):
        if colon and _shows_a_thing(cue, lex):
            return None  # 'Roe found a note in the drawer: "..."': the note's words
        spk = _cue_speaker(cue, ix, lex)
        if spk is None and pending is None and colon and cue.dep_ == "conj":
            # 'Roe told the court: "A", and later added: "B"': "added" shares the subject of
            # the verb before it, and is the second quote's own cue
            pending = cue
            continue
        if spk is not None and _thing_cannot_say(cue, spk, ix, lex):
            return None  # 'A shop sign read: "..."': the sign shows words no one is named for
        if spk is not None and not _within_quote(spk, p):
            return pending or cue, spk
    return None


def _thing_cannot_say(cue: Token, spk: _Speaker, ix: _Index, lex: CueLexicon) -> bool:
    """True for a verb that things do as well as people ("read", "see") whose subject is a
    thing that cannot speak ("a shop sign read", "the banner read"), or a verb of will or
    refusal ("want", "refuse", "threaten"; [minded]) whose subject is a thing that cannot hold
    a view ("the old engine refused to start", "heavy rain threatens to spoil the fete"): no
    one's words or view that the sentence names."""
    lemma = lex.lemma(cue)
    if lemma in lex.mentions.things_do:
        return not _speaker_can_speak(spk, ix, lex)
    if lemma not in lex.minded or spk.person is not None:
        return False
    head = _speaker_head(spk, ix)
    return head is not None and mindless(head, lex)


def mindless(noun: Token, lex: CueLexicon) -> bool:
    """True for a common noun for a thing that can hold no view or will: a machine, a part of a
    building, weather, a season ([minded] things: "the engine", "heavy rain") or a work that
    speaks for no one ("a quiet novel": [mentions] works that are no [speakers]), but for a
    work that stands for its makers ([minded] makers: "the programme declined to name its
    sources"). Any other noun may be a body or a group ("the hospital", "the club", "dockers")
    and keeps its view."""
    if noun.pos_ != "NOUN":
        return False
    words = {noun.lemma_.lower(), noun.lower_}
    if words & lex.minded_things:
        return True
    return bool(words & lex.mentions.works) and not words & (lex.speakers | lex.minded_works)


def _shows_a_thing(verb: Token, lex: CueLexicon) -> bool:
    """True for a verb of finding, seeing or showing with an object of its own ("found a note
    in the drawer", "saw the banner", "pointed to the sign"): before a colon it introduces the
    words of that object, not the subject's. "We found: ..." has no object and reports."""
    if lex.lemma(verb) not in lex.mentions.shown or _voices_own_words(verb, lex):
        return False
    return any(
        c.dep_ == "dobj"
        or (
            c.dep_ == "prep"
            and c.lower_ in ("to", "at")
            and any(g.dep_ == "pobj" for g in c.children)
        )
        for c in verb.children
    )


def _sender(verb: Token, ix: _Index, lex: CueLexicon) -> _Speaker | None:
    """Who sent the thing a verb of receiving or finding has for its object ('got a letter
    from the council:'): one who can speak, named with "from" on that object or verb."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    heads = [obj, verb] if obj is not None else [verb]  # "from X" hangs on either
    prep = next((c for h in heads for c in h.children if c.lower_ == "from"), None)
    src = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if src is None:
        return None
    spk = _speaker(src, ix, lex)
    return spk if _can_speak(src, spk, lex) else None


def _voices_own_words(verb: Token, lex: CueLexicon) -> bool:
    """True for 'Roe read a statement:' or 'read her remarks:': a verb that voices (``voiced``)
    a noun of saying that is no one else's (no "from", "by" or "of", no possessor but a
    pronoun) gives the subject's own words."""
    if lex.lemma(verb) not in lex.mentions.voiced:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in lex.nouns:
        return False
    return not any(
        (c.dep_ == "prep" and c.lower_ in ("of", "from", "by"))
        or (c.dep_ == "poss" and c.pos_ != "PRON")
        for c in obj.children
    )


def _read_for(cue: Token, p: _Pair, ix: _Index, lex: CueLexicon) -> _Speaker | None:
    """Whose words a quote is that someone reads out ('"...," he read.') when the sentence
    before the quote says what was read, and that is someone else's: 'Roe read aloud a
    statement from the council. "We will act," she read.' gives the council's words, not Roe's
    (``voiced``: a reader voices their own statement, not "a letter from her father"). None for
    any other cue, a cue with an object of its own, or a thing read that is the reader's."""
    if lex.lemma(cue) not in lex.mentions.voiced:
        return None
    if any(c.dep_ in ("dobj", "ccomp") and not p.start <= c.idx < p.end for c in cue.children):
        return None  # 'he read the letter' names its own thing read
    prev = _sentence_before(p, ix)
    if prev is None:
        return None
    for verb in prev:
        if verb.pos_ != "VERB" or lex.lemma(verb) not in lex.mentions.voiced:
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in lex.nouns:
            continue
        if _voices_own_words(verb, lex):
            return None
        return _sender(verb, ix, lex)
    return None


def _untagged_cue(
    p: _Pair, after: list[Token], ix: _Index, lex: CueLexicon
) -> tuple[Token, _Speaker] | None:
    """'"...," the document states, ...' or '"...!" the nominee, Jan Roe, tweeted Sunday': a
    quote that ends its clause, then a noun phrase and a past or present form of a verb of
    saying that the parser read as a noun or an adjective ("states", "tweeted"). The words
    between the mark and that form name the speaker (a person named there, else the phrase).
    """
    if ix.text[p.end - 1 : p.end] not in (",", "?", "!") or not after:
        return None
    words = [t for t in after[:12] if not t.is_space]
    for k, tok in enumerate(words):
        if tok.is_punct and tok.text not in (",", "-"):
            return None  # the sentence or clause ended before any verb of saying
        if k == 0 or tok.pos_ in ("VERB", "AUX") or tok.lower_ not in lex.inflections:
            continue
        lead = [t for t in words[:k] if not t.is_punct]
        if not lead or lead[0].pos_ not in ("DET", "PROPN", "NOUN", "PRON", "ADJ"):
            return None
        s, e = lead[0].idx, lead[-1].idx + len(lead[-1].text)
        m = ix.person_in(s, e)
        if m is not None:
            return tok, _Speaker((m[0], m[1]), ix.text[m[0] : m[1]], m[2])
        return tok, _Speaker((s, e), ix.text[s:e], ix.person_named(ix.text[s:e]))
    return None


SUBJECT_KINDS = ("partial", "short")
# a line that signs the quote above it: "— Jan Roe" or "-Jan Roe, Springfield"
_SIGNATURE = re.compile(r"[ \t]*[―—–-]{1,2}[ \t]*(?=[A-Z])")
# the signer's name ends the line, goes on with a role or place ("— Jan Roe, Dover") or with
# a social-media handle in brackets (an embedded post: "— Harbour Police (@HarbourPolice) May
# 3, 2024")
_SIGNED_NAME = re.compile(r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}(?=[,.;:]|[ ]?\(@|\s*$)")


def _signature(p: _Pair, ix: _Index) -> _Speaker | None:
    """A quote that ends its paragraph and is signed by the next line ("— Jan Roe")."""
    text = ix.text
    rest = text[p.end + p.w : p.end + p.w + 4]
    if "\n" not in rest or rest.split("\n", 1)[0].strip(" .,"):
        return None
    line = text.find("\n", p.end + p.w)
    while line < len(text) and text[line] in "\n \t":
        line += 1
    m = _SIGNATURE.match(text, line)
    if m is None:
        return None
    end = text.find("\n", m.end())
    end = len(text) if end < 0 else end
    if end - m.end() > 100:
        return None  # a paragraph of prose, not a signature
    found = ix.person_in(m.end(), min(m.end() + 40, end))
    if found is not None and found[0] == m.end():
        return _Speaker((found[0], found[1]), text[found[0] : found[1]], found[2])
    name = _SIGNED_NAME.match(text, m.end(), end)
    if name is None:
        return None
    return _Speaker(name.span(), name.group(), ix.person_named(name.group()))


# a dash right after a closing mark, then a name that ends the line: '“...” ― Jan Roe'
_SIGNED_INLINE = re.compile(r"[ \t\xa0]*(?:[―—–]|--?)[ \t\xa0]*(?=[A-Z])")


def _inline_signature(p: _Pair, ix: _Index) -> _Speaker | None:
    """A quote signed on its own line: '“...” ― Jan Roe' and the next quote on the next line.

    Collections of readers' or voters' words print each quote with its signer after a dash;
    the name closes the line and belongs to the quote just before it, not to the next one.
    """
    text = ix.text
    m = _SIGNED_INLINE.match(text, p.end + p.w)
    if m is None:
        return None
    end = text.find("\n", m.end())
    end = len(text) if end < 0 else end
    if end - m.end() > 60:
        return None  # prose goes on after the dash: not a signature
    found = ix.person_in(m.end(), end)
    if found is not None and found[0] == m.end() and _signs_off(text, found[1]):
        return _Speaker((found[0], found[1]), text[found[0] : found[1]], found[2])
    name = _SIGNED_NAME.match(text, m.end(), end)
    if name is None:
        return None
    return _Speaker(name.span(), name.group(), ix.person_named(name.group()))


def _signs_off(text: str, end: int) -> bool:
    """True when a name after a dash ends its line or has only a role or place after it ('―
    Jan Roe, Dover'); a name that goes on with a verb opens a sentence of its own ('..." — Roe
    disagreed.') and signs nothing."""
    line = text.find("\n", end)
    rest = text[end : len(text) if line < 0 else line].strip()
    return rest[:1] in ("", ",", ";", "(", ".")


def _subject_outside(cue: Token, p: _Pair, ix: _Index, lex: CueLexicon) -> _Speaker | None:
    """A second subject the parser gave the cue, outside the quote ('"... you do," Roe said'
    parsed with both "Everything" and "Roe" as subjects of "said")."""
    for c in cue.children:
        if c.dep_ in ("nsubj", "nsubjpass") and not p.start <= c.idx < p.end + p.w:
            return _speaker(c, ix, lex)
    return None


# subject pronouns that may follow a verb of saying in quotative inversion ('" asked she')
_INVERTED_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})


def _inverted_subject(cue: Token, p: _Pair, ix: _Index, lex: CueLexicon) -> _Speaker | None:
    """'"Meh," wrote a reader from Dover', '"Why?" asked Mr. Roe': a verb of saying that opens
    the words after a closing mark, with no subject of its own, is inverted; the noun phrase
    right after it is its subject, however the parser read it (an object, an adverb). Not a
    date ('said Monday'), an object pronoun ('asked him') or a phrase after a preposition."""
    text = ix.text
    subj = _subject(cue)
    if text[p.end + p.w : cue.idx].strip(" \t,\"”’'»"):
        return None
    if subj is not None and not p.start <= subj.idx < p.end:
        return None  # a subject of its own outside the quote ('said Roe' parsed well)
    if cue.i + 1 >= len(cue.doc) or cue.tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
        return None
    nxt = cue.doc[cue.i + 1]
    if nxt.idx != cue.idx + len(cue.text) + 1 or nxt.ent_type_ in ("DATE", "TIME"):
        return None  # a line break or a date after the verb
    m = ix.person_in(nxt.idx, nxt.idx + len(nxt.text))
    if m is not None and m[0] == nxt.idx:
        return _Speaker((m[0], m[1]), text[m[0] : m[1]], m[2])
    if nxt.lower_ in _INVERTED_PRONOUNS:
        return _speaker(nxt, ix, lex)
    if nxt.pos_ not in ("DET", "PROPN", "NOUN", "ADJ", "NUM") and not nxt.is_title:
        return None  # a capitalised word is a name whatever its tag ('said Roe' as an adverb)
    head = nxt
    while head.head.i > cue.i and head.head.i != head.i and head.dep_ not in ("relcl", "acl"):
        head = head.head  # up to the top of the phrase after the verb
    return _speaker(head, ix, lex) if head.pos_ in ("PROPN", "NOUN") or head.is_title else None


def _after_colon(p: _Pair, ix: _Index) -> bool:
    """True when the quote follows a colon in its own sentence ('saying: "..."')."""
    sent = _open_sent(p, ix)
    return ix.text[sent.start_char : p.start - p.w].rstrip().endswith(":")


def _colon_before_next(p: _Pair, ix: _Index) -> bool:
    """True when the words after the quote, in its sentence, end with a colon and an opening
    quotation mark: they introduce the next quote ('"A", while Doe said: "B"')."""
    start = p.end + p.w
    sent = ix.sent_at(min(start, len(ix.text) - 1))
    m = _OPEN_MARK.search(ix.text, start, max(sent.end_char, start))
    return m is not None and ix.text[start : m.start()].rstrip().endswith(":")


def _within_quote(spk: _Speaker, p: _Pair) -> bool:
    """True when a speaker found for a quote lies in its quoted words (the parse took a word
    of the quote for the cue's subject); the cue between the parts of a split quote is not."""
    s, e = spk.span
    if p.gap is not None and p.gap[0] <= s and e <= p.gap[1]:
        return False
    return p.start <= s and e <= p.end


def _gap_speaker(p: _Pair, ix: _Index, lex: CueLexicon) -> tuple[Token, _Speaker] | None:
    """The cue and speaker between the parts of a split quote ('"A," X said, "B."').

    When the parse gives the cue a subject inside the quote, the person named in the gap is
    the speaker.
    """
    assert p.gap is not None
    for cue in _cue_tokens(_tokens_between(ix, *p.gap), lex):
        spk = _cue_speaker(cue, ix, lex)
        if spk is not None and not _within_quote(spk, p):
            return cue, _read_for(cue, p, ix, lex) or spk
        m = ix.person_in(*p.gap)
        if m is not None:
            return cue, _Speaker((m[0], m[1]), ix.text[m[0] : m[1]], m[2])
        words = [t for t in _tokens_between(ix, p.gap[0], cue.idx) if not t.is_punct]
        if spk is not None and words:
            # '"A," the former minister said, "B."': the words before the cue name the speaker
            s, e = words[0].idx, words[-1].idx + len(words[-1].text)
            return cue, _Speaker((s, e), ix.text[s:e], None)
    return None


def _person_subject(
    sent: Span,
    p: _Pair,
    ix: _Index,
    lex: CueLexicon,
    verb: Token | None = None,
    phrase: bool = False,
) -> _Speaker | None:
    """The one a sentence is about, when it quotes their words without a verb of saying.

    'Roe called the plan "a disgrace"' or 'Roe pushed her pledge of "cheaper buses"': the
    quoted words are the subject's own when the subject (of ``verb``, else of the sentence's
    root) can speak (``_can_speak``) and stands outside the quote.
    """
    subj = _subject(verb if verb is not None else sent.root)
    if subj is None or p.start <= subj.idx < p.end:
        return None
    if subj.left_edge.idx <= p.start < _right_end(subj):
        # 'the "award-winning" bakery has ...', 'Hundreds of the party's "insiders" have ...':
        # the quote is part of the subject, a label for it, not its words
        return None
    spk = _speaker(subj, ix, lex)
    if phrase and spk.person is None and not _describes_itself(subj, p):
        # a phrase in a group's or a thing's sentence is the writer's word unless the group
        # speaks of itself: 'The court struck down the "stop and frisk" program'
        return None
    return spk if _can_speak(subj, spk, lex) else None


def _describes_itself(subj: Token, p: _Pair) -> bool:
    """True when the subject's verb turns back on it before the quote with a reflexive ("The
    union has positioned itself as a 'steady anchor'", "bills itself as"): the quoted
    words are the subject's account of itself, not the writer's label."""
    return any(
        t.tag_ == "PRP" and t.lower_.endswith(("self", "selves")) and t.idx < p.start
        for t in subj.head.subtree
    )


def _colon_verb(sent: Span, p: _Pair) -> Token | None:
    """The verb of the clause a colon closes before a quote ('a voice celebrated the news: "..."'
    where the parser hung that clause on a verb inside the quote), or None."""
    colon = next((t for t in reversed(sent) if t.text == ":" and t.idx < p.start), None)
    if colon is None:
        return None
    verb = colon.head
    if verb.i < colon.i:
        return verb if verb.pos_ in ("VERB", "AUX") else None
    # 'Roe was blunt: "We are ..."' with the colon on the quote's verb: the verb before the
    # colon that the parse hung on a word after it heads the clause the colon closes
    tops = [
        t
        for t in sent
        if t.i < colon.i < t.head.i and t.pos_ in ("VERB", "AUX") and _subject(t) is not None
    ]
    return tops[-1] if tops else None


# entity types of names that speak for themselves: people, organisations, groups of people
_SPEAKING_ENTITIES = ("PERSON", "ORG", "NORP")
_SPEAKING_PRONOUNS = ("he", "she", "they", "we", "i")


def _can_speak(subj: Token, spk: _Speaker, lex: CueLexicon) -> bool:
    """True for a subject that can say or write words: a person (named, or a pronoun or title
    that refers back to one), an organisation or group by name, a personal pronoun, or a noun
    for a group, a body, a spokesperson or a document (``speakers`` in the lexicon); not a
    thing that only shows words ("banners", "signs") nor "it"."""
    if spk.person is not None or subj.lower_ in _SPEAKING_PRONOUNS:
        return True
    if subj.ent_type_ in _SPEAKING_ENTITIES:
        return True
    # an office or a job names a person even before the name is given ("The mayor was blunt:")
    lemma = subj.lemma_.lower()
    return subj.pos_ == "NOUN" and (lemma in lex.speakers or lemma in role_lexicon().roles)


def _misread_main_cue(
    sent: Span, p: _Pair, ix: _Index, lex: CueLexicon
) -> tuple[Token, _Speaker] | None:
    """ "Roe accused Doe of being "soft"", parsed as a noun phrase: "Roe" a compound, "accused"
    an adjective of "Doe", the root. A past form of a verb of saying or stance ("accused",
    "blasted") right after a named person and before the quote, read as a modifier of the
    noun after it, is the verb of that person, who says the quoted words."""
    for tok in sent:
        if tok.idx >= p.start - p.w:
            return None
        if tok.dep_ != "amod" or tok.head.i <= tok.i or tok.i == sent.start:
            continue
        if not tok.lower_.endswith("ed") or lex.forms.get(tok.lower_) not in lex.verbs:
            continue
        prev = tok.doc[tok.i - 1]
        end = prev.idx + len(prev.text)
        m = ix.person_in(prev.idx, end)
        if m is not None and m[1] == end:
            return tok, _Speaker((m[0], m[1]), ix.text[m[0] : m[1]], m[2])
    return None


def _open_sent(p: _Pair, ix: _Index) -> Span:
    """The sentence a quote opens in; a mark the parser left at the end of the one before it
    ('... way. "It is' split after the mark) opens the next sentence, not that one."""
    mark = ix.sent_at(p.start - p.w)
    inner = ix.sent_at(p.start)
    if inner.start_char == mark.start_char:
        return mark
    # 'Roe added: "It is' keeps its introduction; '... way. "It is' starts afresh
    before = ix.text[mark.start_char : p.start - p.w].rstrip()
    return inner if before.endswith((".", "?", "!", "…", '"', "”", "'", "’")) else mark


def _after_quote(
    p: _Pair, ix: _Index, spans: list[tuple[int, int]], introducing: bool = False
) -> list[Token]:
    """Tokens after the closing mark to the end of its sentence, outside other quotes.

    When the quote ends its sentence ('"... now?" Roe asked.' is often split there) the next
    sentence of the same paragraph is read instead, unless it introduces a quote of its own
    ('"..." He added, "..."'; with ``introducing``, it is read all the same).
    """
    text = ix.text
    close_sent = ix.sent_at(min(p.end + p.w, len(text) - 1))
    after = _outside(_tokens_between(ix, p.end + p.w, close_sent.end_char), spans)
    if not [t for t in after if not (t.is_punct or t.is_space)]:
        i = bisect_right(ix.sent_starts, close_sent.start_char)
        nxt = ix.sents[i] if i < len(ix.sents) else None
        if nxt is not None and "\n" not in text[p.end : nxt.start_char]:
            lower = text[nxt.start_char : nxt.start_char + 1].islower()
            if not (introducing or lower) and _introduces_a_quote(
                text, nxt.start_char, nxt.end_char
            ):
                # '"..." He added, "..."': that cue is the next quote's; a part in lower case
                # goes on with the quote's own sentence ('"Out!" she wrote, adding, "..."')
                return []
            after = _outside(_tokens_between(ix, nxt.start_char, nxt.end_char), spans)
    return after


_OPEN_MARK = re.compile("''|[\"“‘«]")


def _introduces_a_quote(text: str, start: int, end: int) -> bool:
    """True when text[start:end] opens a quote after a comma or colon ('He added, "...').
    A sentence that introduces its own quote is not the cue of the quote before it."""
    m = _OPEN_MARK.search(text, start, end)
    return m is not None and text[start : m.start()].rstrip().endswith((",", ":"))


def _sentence_subject(sent: Span, ix: _Index, lex: CueLexicon) -> _Speaker | None:
    """The speaker a sentence introducing a quote names: its subject or source, a person."""
    root = sent.root
    subj = _subject(root)
    if subj is not None and subj.lower_ not in lex.impersonal_subjects:
        return _speaker(subj, ix, lex)
    m = ix.person_in(sent.start_char, sent.end_char)
    if m is not None:
        return _Speaker((m[0], m[1]), ix.text[m[0] : m[1]], m[2])
    return None


@dataclass(slots=True)
class _Lead:
    """A "Name:" lead on a line: the name (without a headline verb) and the end of its colon."""

    name: tuple[int, int]
    end: int


def _line_lead(start: int, ix: _Index) -> _Lead | None:
    """The "Name:" lead that speaks for a quote opening at ``start``, or None.

    The one place that decides which lead on a line is a quote's: the lead nearest the quote
    first (a later turn after an earlier quote, 'Roe: "A." Doe: "B."', or a dash-led part,
    "... - Name: '...'"), else the lead that opens the line; a lead that names no one ("See:",
    "The Latest:") is passed over.
    """
    text = ix.text
    line_start = text.rfind("\n", 0, start) + 1
    leads = [_last_turn(ix, line_start, start), _after_dash(text, line_start, start)]
    for lead in [*sorted((x for x in leads if x is not None), reverse=True), line_start]:
        m = _COLON_LEAD.match(text, lead, start)
        if m is not None and _lead_names_someone(ix, *m.span(1)):
            return _Lead(_without_headline_verb(text, *m.span(1)), m.end())
    return None


def _label_before(p: _Pair, ix: _Index) -> _Speaker | None:
    """'Polls in review - Jan Roe: "..."': a "Name:" lead whose colon stands right before the
    opening mark is the quote's label, as digests and transcripts print a speaker; it names
    the speaker before any verb earlier on the line does ("review" above is no one's cue)."""
    lead = _line_lead(p.start, ix)
    if lead is None or ix.text[lead.end : p.start - p.w].strip():
        return None
    return _lead_speaker(lead, ix)


def _lead_speaker(lead: _Lead, ix: _Index) -> _Speaker:
    """The speaker a "Name:" lead names: the person it mentions, else the name as written."""
    s, e = lead.name
    found = ix.person_in(s, e)
    pid = found[2] if found is not None else ix.person_named(ix.text[s:e])
    return _Speaker((s, e), ix.text[s:e], pid)


def _colon_lead(start: int, ix: _Index) -> _Speaker | None:
    """ "Name: ... 'quote'" on one line: the name before the colon is the speaker.

    The name is the line's lead (``_line_lead``), or a person named right before the colon
    that opens the quote ("More from Jan Roe: '...'").
    """
    text = ix.text
    lead = _line_lead(start, ix)
    if lead is not None:
        return _lead_speaker(lead, ix)
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start : start - 1].rstrip()
    if before.endswith(":"):
        colon = line_start + len(before) - 1
        men = ix.person_in(max(line_start, colon - 60), colon)
        if men is not None and not text[men[1] : colon].strip():
            return _Speaker((men[0], men[1]), text[men[0] : men[1]], men[2])
    return None


def _without_headline_verb(text: str, start: int, end: int) -> tuple[int, int]:
    """A "Name:" lead without the capitalised verb a headline ends it with ("Roe Tweeted:",
    "Mayor Warns:"): the name is the words before that verb."""
    head, _, last = text[start:end].rpartition(" ")
    if head and cue_lexicon().headline_form(last) is not None:
        return start, start + len(head)
    return start, end


def _lead_names_someone(ix: _Index, start: int, end: int) -> bool:
    """True when the words before a line's colon can be a speaker's label: a person, or a name
    that does not open with a verb or an article and is not a lone common noun. "See:",
    "Watch:" or "Find:" point the reader to something, and a rubric ("The Latest:", "Update:",
    "FACT CHECK:") names no one; a label in capitals names someone only as a person of the
    article or with a known first name ("JAN ROE:")."""
    if ix.person_in(start, end) is not None:
        return True
    tokens = _tokens_between(ix, start, end)
    if not tokens or tokens[0].pos_ in ("VERB", "AUX", "DET"):
        return False
    if all(t.text.isupper() for t in tokens) and tokens[0].text.title() not in first_names():
        return False  # a kicker in capitals ("FACT CHECK:", "EXCLUSIVE:") names no one
    return len(tokens) > 1 or tokens[0].pos_ == "PROPN"


# the end of a sentence or of a quote on a line, before the next "Name:" lead
_TURN_END = re.compile(r"[.!?][\"”’']?[ \t]+|[\"”’][ \t]+")


_LEAD_REACH = 400  # characters: longer than any "Name (party) on topic:" lead


def _last_turn(ix: _Index, line_start: int, start: int) -> int | None:
    """Where a second "Name:" lead starts on a line that already had one ('Roe: "A." Doe:
    "B."'): after the last sentence end or closing mark before the quote's mark, when a
    "Name:" lead runs from there to the mark. None when there is no such lead. The full stop
    of an abbreviation ("Dr. Roe:"), or one inside the line's own lead ("MR. ROE:"), ends no
    turn."""
    text = ix.text
    first = _COLON_LEAD.match(text, line_start, start)  # the line's own lead, if any
    # a lead is a few words long: only the line's last stretch before the quote can hold one
    # (scanning the whole line for each quote made a long one-line text quadratic)
    scan = max(line_start, start - _LEAD_REACH)
    ends = [
        m.end()
        for m in _TURN_END.finditer(text, scan, max(scan, start - 1))
        if (text[m.start()] != "." or ix.token_at(m.start()).text == ".")
        and (first is None or m.end() > first.end())
    ]
    if not ends or ends[-1] <= line_start:
        return None
    lead = _COLON_LEAD.match(text, ends[-1], start)
    if lead is None or text[lead.end() : start].strip(" \t\"“‘'«") != "":
        return None
    return ends[-1]


def _after_dash(text: str, start: int, end: int) -> int | None:
    """Offset after the last spaced dash (" - ", " — ") in text[start:end], or None."""
    best = max(text.rfind(d, start, end) for d in (" - ", " – ", " — "))
    return best + 3 if best >= 0 else None


def _words(text: str) -> int:
    return len(text.split())


# a sentence that ends before a quote the parser did not split off: a word (not an initial or
# a title such as "Mr.") and a full stop, or a question or exclamation mark
_SENTENCE_END = re.compile(r"(?:[a-z]{3,}\.|[?!])$")


# words that open a clause which cannot stand alone: a subordinator or a relative
_DEPENDENT_OPENERS = frozenset(
    {
        "when",
        "where",
        "which",
        "who",
        "whom",
        "whose",
        "because",
        "although",
        "though",
        "while",
        "unless",
        "since",
        "whereas",
    }
)


def _runs_on(before: str, content: str) -> bool:
    """True for quoted words after a comma that open, in lower case, with a subordinator or
    a relative ('Roe said it was held in winter, "when nobody is out shopping."'): they
    finish the writer's sentence and are a fragment of what was said, not a whole
    statement. A question ('she asked, "when will it end?"') stands alone."""
    first = content.lstrip(" \t\"“‘'«").split(" ", 1)[0]
    return (
        before.endswith(",")
        and first in _DEPENDENT_OPENERS
        and not content.rstrip(" \t\"”’'»").endswith("?")
    )


def _whole_paragraph(text: str, p: _Pair) -> bool:
    """True when a pair of marks and what they hold is the whole of its paragraph (line)."""
    line_start = text.rfind("\n", 0, p.start - p.w) + 1
    line_end = text.find("\n", p.end + p.w)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start : p.start - p.w].strip() and not text[p.end + p.w : line_end].strip()


def _classify(p: _Pair, ix: _Index) -> str:
    """direct / partial / scare for a quoted span, from where it sits in its sentence."""
    text = ix.text
    content = text[p.start : p.end]
    n = _words(content)
    if p.nested:
        return "scare" if n <= SCARE_MAX_WORDS else "direct"
    open_sent = _open_sent(p, ix)
    close_sent = ix.sent_at(p.end)
    # a direction mark or zero-width space left before the mark is no word of the sentence
    before = text[open_sent.start_char : p.start - p.w].strip().strip(INVISIBLE).strip()
    after = text[p.end + p.w : close_sent.end_char].strip()
    starts_clause = (
        not before
        or before.endswith((":", ",", "—", "–", "-"))
        or "\n" in content
        or _SENTENCE_END.search(before) is not None
    ) and not _runs_on(before, content)
    # a quote inside the quote may end it: '"... is 'She knows,'" Roe said.'
    tail = content.rstrip().rstrip("’'\"”»")
    ends_clause = not after or after[:1] in ",.;?!—–-:" or tail.endswith((".", ",", "?", "!", "…"))
    if starts_clause and ends_clause and n >= 3:
        return "direct"
    if (
        before.endswith(":")
        and any(ch in _DOUBLE for ch in before)  # an earlier quote in the sentence
        and not after
        and tail.endswith((".", "!", "?"))
    ):
        # 'Roe said: "A", while Doe replied: "Not yet."': a whole answer, however short
        return "direct"
    if not before and content.rstrip()[-1:] in ",?!" and not p.single:
        return "utterance"  # '"Too late?" she asked.': a whole (short) turn of speech
    if n <= SCARE_MAX_WORDS:
        return "short"
    return "partial"


# what may stand between the quoted items of a list of titles ("“A,” “B” and “C”")
_LIST_GLUE = re.compile(r"[\s,]*(?:(?:and|or|&)\s+)?")


def _title_case(tokens: list[Token], small: frozenset[str]) -> bool:
    """Every word capitalised but the small ones a title leaves in lower case."""
    words = [t for t in tokens if t.is_alpha or t.like_num]
    if not words or not (words[0].text[:1].isupper() or words[0].like_num):
        return False
    return all(t.text[:1].isupper() or t.like_num or t.lower_ in small for t in words)


def _naming_position(prev: Token, before: list[Token], lex: CueLexicon) -> bool:
    """True when the word before a quoted title puts a name there: a preposition ("on 'X'"),
    a possessive ("the Ledger's 'X'", "their 'X'"), a common noun the title names ("the book
    'X'", unless it is the object of a verb of saying: 'called the plan "A Disgrace"'), a verb
    of telling (the show or outlet told: 'told "Morning Table"'), or "the" after a
    preposition ("a seat on the 'Committee of Five'")."""
    if prev.pos_ == "ADP" and prev.lower_ not in ("as", "like"):
        return True
    if prev.tag_ in ("POS", "PRP$"):
        return True
    if prev.pos_ == "NOUN":
        return prev.dep_ != "dobj" or not lex.is_cue(prev.head)
    if prev.pos_ == "VERB" and lex.lemma(prev) in lex.mentions.addressed:
        return True  # 'Roe told "Morning Table"': the show she spoke to
    if prev.lower_ == "the" and len(before) >= 2:
        ahead = before[-2]
        return ahead.pos_ == "ADP" and ahead.lower_ not in ("as", "like")
    return False


def _names_a_title(p: _Pair, ix: _Index, lex: CueLexicon, title_end: int) -> bool:
    """Quoted words in title case that name a work, a show, a slogan or a campaign.

    'said on "Sunday Table"', 'the Ledger's "Morning Desk"', 'the documentary "Harbour Lights"',
    'the "Clean Rivers" initiative': nobody is saying these words, they are a name. Only a name in a
    naming position counts: after a preposition, a possessive or a common noun it names, before a
    noun it modifies, or in a list right after another such title. In a headline written in title
    case the test says nothing (every word is capitalised there), so the sentence around the quote
    must have a lower-case word of its own.
    """
    inner = _tokens_between(ix, p.start, p.end)
    if not _title_case(inner, lex.title_small) or len([t for t in inner if t.is_alpha]) > 12:
        return False
    sent = ix.sent_at(p.start)
    outside = [t for t in sent if not p.start - p.w <= t.idx < p.end + p.w and t.is_alpha]
    if not any(t.text[:1].islower() and t.lower_ not in lex.title_small for t in outside):
        return False
    text = ix.text
    if title_end >= 0 and p.start - p.w >= title_end:
        glue = _LIST_GLUE.match(text, title_end, p.start - p.w)
        if glue is not None and glue.end() == p.start - p.w:
            return True  # the next title of a list
    before = [t for t in _tokens_between(ix, sent.start_char, p.start - p.w) if t.text != ","]
    prev = before[-1] if before else None
    if prev is not None and _naming_position(prev, before, lex):
        return True
    after = _tokens_between(ix, p.end + p.w, sent.end_char)
    nxt = after[0] if after else None
    last = inner[-1] if inner else None
    return (
        nxt is not None
        and last is not None
        and nxt.pos_ == "NOUN"
        and last.head.i == nxt.i
        and not text[p.end : p.end + p.w + 1].strip(" \"”’'»")
    )


def _right_end(tok: Token) -> int:
    """Offset just after the last character of a token's subtree."""
    last = tok.right_edge
    return last.idx + len(last.text)


def _speaker_can_speak(spk: _Speaker, ix: _Index, lex: CueLexicon) -> bool:
    """True unless the mention a cue gave as speaker is a common noun for a thing that cannot
    say or write words (``_can_speak`` on its head: "a shirt", "the numbers"); names, pronouns
    and quantifiers ("some", "many") get the benefit of the doubt."""
    if spk.person is not None:
        return True
    head = _speaker_head(spk, ix)
    if head is None or head.pos_ != "NOUN":
        return True  # a name, a pronoun or a quantifier ("some", "many") may speak
    return _can_speak(head, spk, lex)


def _speaker_head(spk: _Speaker, ix: _Index) -> Token | None:
    """The head word of a speaker's phrase ("engine" in "The old engine"), or None."""
    tokens = _tokens_between(ix, *spk.span)
    heads = [t for t in tokens if not spk.span[0] <= t.head.idx < spk.span[1] or t.head.i == t.i]
    return heads[0] if heads else None


# a citation after a quoted title: '"Old ferry to stop," by the Ledger's Tom Arno: ...' or
# '... by Jan Roe' closing the line, or a link after the name
_BYLINE = re.compile(
    r"[ \t]*,?[ \t]*by[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.&'’-]*[ \t]+){0,5}[A-Z][\w.'’-]*"
    r"[ \t]*(?=$|:|\(|https?://)",
    re.MULTILINE,
)


def _cites_a_work(p: _Pair, text: str) -> bool:
    """A quoted title followed by its author, as digests and reviews cite a piece ('"Old
    ferry to stop running," by the Ledger's Tom Arno: ...'): the title is the piece's name,
    not anyone's words. Only a byline that ends its line, or is closed by a colon, a
    parenthesis or a link, counts ('"..." by Friday, she said' is a deadline)."""
    return _BYLINE.match(text, p.end + p.w) is not None and _words(text[p.start : p.end]) <= 20


def bracketed_title(ix: _Index, lex: CueLexicon, start: int, end: int) -> bool:
    """Whether the quote text[start:end] opens a bracket right after the phrase of a work
    ([mentions] works: "your report on the bypass ("Council backs new road", March 2)", "the
    article ("Ferry to stop")"): the work's title or headline, cited as letters and reviews
    cite a piece, not anyone's words, nor its owner's ("your report" does not say it). 'She
    told reporters ("We will win") ...' has no work before the bracket and stays a quote.
    Three passes ask about the same quote: the answer is kept on ``ix``."""
    if (start, end) not in ix.titles:
        ix.titles[start, end] = _bracketed_title(ix, lex, start, end)
    return ix.titles[start, end]


def _bracketed_title(ix: _Index, lex: CueLexicon, start: int, end: int) -> bool:
    text = ix.text
    before = text[:start].rstrip("\"“‘'«").rstrip(" \t")
    if not before.endswith("(") or _words(text[start:end]) > 20:
        return False
    tok = ix.token_at(len(before[:-1].rstrip()) - 1)
    for _ in range(4):
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.mentions.works:
            return True
        if tok.dep_ not in ("pobj", "prep", "compound", "amod") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _set_off_title(work: Token, p: _Pair) -> bool:
    """A title set off by commas after the noun for its work, which is the subject of a verb
    after the title ('The paper, "Early Detection of Blight", appears in a journal'): the
    title is the work's name. 'Asked about the book, "It was fine," she said' has the noun in
    a phrase of its own, and the quote is someone's words."""
    return work.dep_ in ("nsubj", "nsubjpass") and work.head.idx >= p.end + p.w


# what may stand between a naming participle and the name ("known as the 'fairness rule'")
_NAMING_GLUE = frozenset({"as", "to", "a", "an", "the"})


def _is_mention(p: _Pair, ix: _Index, lex: CueLexicon) -> bool:
    """Quoted words that name a word, a thing or a work rather than report anyone's words.

    'coined the term "budget drift"', 'a levy known as the "fairness rule"', 'a play called
    "Sons of the Mayor"', 'the so-called "quiet period"', 'the novel "Orange is the New Sky"':
    the words right before the quote say it is a name (``mentions`` in the lexicon). A naming
    participle counts in a reduced relative with no "by X" only ('Roe called the plan "a
    disgrace"' is Roe's word, and 'Roe was called "a liar"' says someone called her that).
    """
    content = ix.text[p.start : p.end]
    n = _words(content)
    if n > 12 or not content.strip():
        return False
    m = lex.mentions
    sent = ix.sent_at(p.start)
    before = [t for t in _tokens_between(ix, sent.start_char, p.start - p.w) if t.text != ","]
    if not before:
        return False
    prev = before[-1]
    if prev.lower_ in m.modifiers:
        return True
    first = _tokens_between(ix, p.start, p.end)[:1]
    if prev.tag_ == "NN" and prev.lemma_.lower() in m.nouns:
        # "the term 'X'", but not "his name 'was dragged through the mud'", and not "Roe's
        # phrase 'X'" (a possessor holds the words: they are Roe's)
        if any(c.dep_ == "poss" for c in prev.children):
            return False
        return n <= 6 and not (first and first[0].pos_ in ("VERB", "AUX"))
    if prev.pos_ == "NOUN" and prev.lemma_.lower() in m.works and content[:1].isupper():
        gap = ix.text[prev.idx + len(prev.text) : p.start - p.w].strip()
        if gap == "":
            return True  # 'the novel "Orange is the New Sky"': a title that keeps small words low
        if gap == "," and _set_off_title(prev, p):
            return True  # 'The paper, "Early Detection of Blight", appears in ...'
    k = len(before) - 1
    while k > 0 and before[k].lower_ in _NAMING_GLUE:
        k -= 1
    verb = before[k]
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in m.participles:
        return False
    if verb.lemma_.lower() in m.with_as and k == len(before) - 1:
        return False  # "known" names only with "as": "the widely known 'X'" is no name
    # a reduced relative with no "by X" ("a play called ...", "a rule known as ..."); a
    # passive with a subject of its own ("Roe was called 'a liar'") says someone called her so
    return verb.dep_ in ("acl", "amod") and not any(c.dep_ == "agent" for c in verb.children)


def _captioned(p: _Pair, ix: _Index, lex: CueLexicon) -> tuple[Token, _Speaker] | None:
    """The verb of posting and its subject when the quote is the caption or message posted
    with something ('Roe posted a photo with the caption "Home."', [mentions] captions and
    posting): the poster's own words, a partial quote. Only right after the noun, when the
    noun hangs on "with" of that verb and the verb has a subject."""
    before = _tokens_between(ix, ix.sent_at(p.start).start_char, p.start - p.w)
    if not before or p.nested:
        return None
    noun = before[-1]
    if noun.lower_ not in lex.mentions.captions or noun.dep_ != "pobj":
        return None
    prep = noun.head
    verb = prep.head
    if prep.lower_ != "with" or verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() not in lex.mentions.posting:
        return None
    subj = _subject(verb)
    if subj is None:
        return None
    return verb, _speaker(subj, ix, lex)


def _governing_cue(p: _Pair, ix: _Index, lex: CueLexicon) -> Token | None:
    """A verb of saying whose subtree holds the quoted fragment, or one in its sentence."""
    tok = ix.token_at(p.start)
    seen = 0
    found: Token | None = None
    chain: list[Token] = []  # the cues above the fragment, innermost first
    path: list[Token] = []  # every head above the fragment, up to the last cue found
    in_apposition = False
    free: Token | None = None  # the subject of a "what X called" clause just found
    while tok.head.i != tok.i and seen < 12:
        if _as_of_the_verb_above(tok, lex):
            # 'described the men who attacked police as "thugs"': the "as" goes with the
            # verb whose frame takes it, not the relative clause's, where the parse hung it
            tok = tok.head.head
            path.append(tok)
            seen += 1
            continue
        if found is not None and tok.dep_ == "relcl" and _thing_relative(found, ix, lex):
            # 'Roe said the rebates are "mischief" that shows their "disconnect"': the clause
            # of a thing that cannot speak reports nothing; the verb above it may
            found, chain = None, []
        if (
            found is not None
            and tok.i == found.i
            and tok.dep_ == "conj"
            and (_own_subject(tok) or _statement_beside(tok, lex) or joined_act(tok) is not None)
        ):
            # "Ames has warned that ..., and Roe said the 'measures' were unsustainable": a
            # verb of saying with a subject of its own, joined to another by "and", is a
            # statement beside that one, not part of what it says; so is one that shares the
            # subject of a verb of saying before it ('described the bill as "reckless" and
            # warned that it would "bankrupt" farmers': two statements, each with its cue)
            break
        if found is not None and (
            tok.dep_ in ("relcl", "acl", "appos")
            or (tok.dep_ == "advcl" and any(c.dep_ == "nsubj" for c in found.children))
        ):
            # "X, who said ...", "Y said, even as X claimed that ...": the clause's own cue,
            # not the sentence's; an adverbial clause with a subject of its own is no part of
            # what the verb above says (", saying ..." has none and goes on with that verb)
            break
        via = tok.dep_
        in_apposition = in_apposition or via == "appos"
        tok = tok.head
        seen += 1
        path.append(tok)
        # the outermost verb of saying is the statement the outlet reports ("She says he
        # thinks it is 'a fraud'" reports her); inner ones are part of its content. A quote in
        # the cue's subject names who speaks ('Some in the "Stop It" camp say'), not what.
        if (
            # a quote in an apposition to the subject describes the speaker in the speaker's
            # words ('Tom Ruiz, the self-described "fixer," said ...'); elsewhere in the
            # subject it is a label for who speaks
            (via not in _SUBJECT_DEPS or in_apposition)
            and (lex.is_cue(tok) or _is_according(tok))
            and not prescribed(tok)  # "Readers should call it 'a farce'": no one called it so
            and lex.lemma(tok) not in lex.unvoiced  # "plans a 'read-in'": no words of theirs
            and not _adds_a_thing(tok, p, lex)
            and not p.start <= tok.idx < p.end
            and not ix.in_quote(tok.idx)  # a verb inside quoted words is no report of ours
            and (_subject(tok) is not None or _is_according(tok) or found is None)
        ):
            if free is not None and not _own_subject(tok):
                # 'praised the fans for what she called "..."': the verb above borrows its
                # subject through "and" from a clause of its own; the one who calls it so is
                # the relative's subject
                break
            chain.append(tok)
            found = tok
            if _clause_of_a_noun(tok):
                break  # ', a move critics called "..."': the clause describes a noun
            free = _free_relative(tok, ix, lex)
            if free is not None and free.pos_ != "PRON":
                break  # 'denounced what Roe called "..."': the words are Roe's
    if found is not None:
        hosts = path[: path.index(found) + 1]
        aside = _parenthetical_cue(
            found, lex, inserted=not is_agentless_passive(found), hosts=hosts
        )
        if aside is not None and aside.idx < p.start:
            return aside
        return _nearest_same_speaker(chain, ix, lex)
    sent = ix.sent_at(p.start)
    for t in sent:
        if (
            (lex.is_cue(t) or _is_according(t))
            and not prescribed(t)
            and lex.lemma(t) not in lex.unvoiced
            and not _adds_a_thing(t, p, lex)
            and not (p.start <= t.idx < p.end)
            and not ix.in_quote(t.idx)
        ):
            subj = _subject(t)
            if subj is not None and subj.left_edge.idx <= p.start < _right_end(subj):
                continue  # 'Some in the "Stop It" camp say ...': the quote names the speakers
            if _comparison(t):
                # 'a report from the "experts" at X, a think tank whose board reads like ...':
                # a likeness, not a statement that could hold the quoted words
                continue
            return t
    return None


def _as_of_the_verb_above(tok: Token, lex: CueLexicon) -> bool:
    """True for an "as" phrase the parse hung on the verb of a relative clause on the object
    of a verb of saying ("described the men who attacked police as 'thugs'") when that verb
    takes no "as" complement and the one above does ("describe", "see", "brand"): the
    phrase is what the verb above calls its object."""
    verb = tok.head
    if tok.lower_ != "as" or tok.dep_ != "prep" or verb.dep_ != "relcl":
        return False
    obj = verb.head
    above = obj.head
    if obj.dep_ != "dobj" or above.i > obj.i or not lex.is_cue(above):
        return False
    return "as" not in lex.frames(verb) and bool(lex.frames(above) & {"as", "object"})


def _adds_a_thing(verb: Token, p: _Pair, lex: CueLexicon) -> bool:
    """True for a verb that reports only as it introduces a quote ("add": 'she added: "..."')
    whose direct object is a noun phrase headed inside the quoted words: 'the plant is adding
    "extra chlorine" to the water' puts a thing in, and says nothing."""
    if lex.frames(verb) != {"quote"}:
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in kids):
        return False
    return any(
        c.dep_ == "dobj"
        and c.pos_ in ("NOUN", "PROPN")
        and c.left_edge.idx <= p.start
        and p.start <= c.right_edge.idx
        for c in kids
    )


def _added_thing(p: _Pair, ix: _Index, lex: CueLexicon) -> bool:
    """True when the quoted words are the object of a verb that adds a thing (``_adds_a_thing``:
    'adding "secret enzymes" to the bread'), or a word inside that object ('adding "fresh"
    ideas to the menu'), which says nothing."""
    for t in _tokens_between(ix, p.start, p.end):
        head = t.head
        if head.dep_ == "dobj" and not p.start <= head.idx < p.end:
            head = head.head  # 'adding "fresh" ideas': the quote qualifies the object
        if not p.start <= head.idx < p.end and _adds_a_thing(head, p, lex):
            return True
    return False


def _own_subject(verb: Token) -> bool:
    """True when a verb has a subject of its own among its children."""
    return any(c.dep_ in _SUBJECT_DEPS for c in verb.children)


def _statement_beside(verb: Token, lex: CueLexicon) -> bool:
    """True for a verb of saying conjoined after another verb of saying: "described X as ...
    and warned that ..." makes two statements side by side, the second no part of what the
    first says, whether or not it repeats the subject."""
    head = verb.head
    return head.i < verb.i and head.pos_ in ("VERB", "AUX") and lex.is_cue(head)


def _thing_relative(cue: Token, ix: _Index, lex: CueLexicon) -> bool:
    """True for a verb of saying in a relative clause whose antecedent is a thing that cannot
    say words ("mischief that shows ...", "a rule that requires ..."), not a person, a group,
    a body or a document."""
    subj = _subject(cue)
    if subj is None or subj.lower_ not in ("that", "which"):
        return False
    spk = _cue_speaker(cue, ix, lex)
    return spk is not None and spk.person is None and not _speaker_can_speak(spk, ix, lex)


def _free_relative(verb: Token, ix: _Index, lex: CueLexicon) -> Token | None:
    """The subject of a verb of saying opening a clause with "what" ("for what she called
    ...", "what critics describe as ..."): the clause names a thing in that subject's words.
    A pronoun counts only when it stands for a person. None for any other verb."""
    first = verb.left_edge
    if first.lower_ != "what" or first.head.i != verb.i or first.dep_ not in ("dobj", "oprd"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > first.i), None)
    if subj is None or (subj.pos_ == "PRON" and _speaker(subj, ix, lex).person is None):
        return None  # "what it calls ...": "it" is whoever the verb above names
    return subj


def _comparison(verb: Token) -> bool:
    """True for a verb of saying that compares rather than says: "whose board reads like a
    guest list", "it sounds like a threat" (a "like" phrase and no words of its own)."""
    kids = list(verb.children)
    return any(c.dep_ == "prep" and c.lower_ == "like" for c in kids) and not any(
        c.dep_ in ("ccomp", "dobj") for c in kids
    )


def _clause_of_a_noun(verb: Token) -> bool:
    """True for a verb whose subject the parser fused with the noun its clause describes ("the
    deal, a move critics called a 'giveaway'"): a relative clause without "that", whose
    words are its own subject's and no part of a report above it."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and _reduced_relative_start(subj) is not None


def _parenthetical_cue(
    verb: Token, lex: CueLexicon, inserted: bool = False, hosts: list[Token] | None = None
) -> Token | None:
    """ "Roe said, Doe is seen as 'a loner'": a verb of saying inserted in the clause (parsed
    as parataxis) names who says it; the agentless passive it reports speaks for no one.

    With ``inserted``, only a verb set off by commas on both sides counts ("A year ago, the
    judge said, the critics called her a 'lost cause'"; "He believes, he said, that
    ..."): the outlet reports what the inserted speaker says, whatever the clause's own verb.
    """
    doc = verb.doc
    # the inserted verb hangs on the clause it interrupts: any clause between the fragment and
    # the verb (``hosts``), or the verb's own
    for host in (hosts or [verb]) if inserted else [verb]:
        for c in host.children:
            aside = inserted and c.dep_ == "advcl" and _as_aside(c, lex)
            if (c.dep_ == "parataxis" or aside) and lex.is_cue(c) and _subject(c) is not None:
                if inserted and not _set_off(doc, c.left_edge.i, c.right_edge.i):
                    continue
                return c
    return None


def _set_off(doc: Doc, start: int, end: int) -> bool:
    """True when doc[start:end + 1] stands between two commas (its own or the next ones)."""
    left = doc[start].text == "," or (start > 0 and doc[start - 1].text == ",")
    right = doc[end].text == "," or (end + 1 < len(doc) and doc[end + 1].text == ",")
    return left and right


def _nearest_same_speaker(chain: list[Token], ix: _Index, lex: CueLexicon) -> Token:
    """The outermost cue, or an inner one that names the same person nearer the quote.

    'Roe says that, although costs rose, she still thinks the plan is "sound"': Roe and "she"
    are one person, and the inner "she thinks" is the mention nearest the quoted words, the one
    a reader looks for. An inner cue whose subject is someone else stays part of the outer
    report ("She says he thinks it is 'a fraud'" reports her), and so does one that merely
    opens the outer verb's clause ("Roe said she wants 'a fair deal'").
    """
    outer = chain[-1]
    if len(chain) == 1:
        return outer
    who = _cue_speaker(outer, ix, lex)
    if who is None or who.person is None:
        # "The video shows him saying '...'": the one a thing shows saying the words, named or
        # referred to, is who says them ("Roe recalled him saying ..." stays Roe's report)
        for k, cue in enumerate(chain[:-1]):
            if _shown_saying(cue, chain[k + 1]):
                inner = _cue_speaker(cue, ix, lex)
                if inner is not None and inner.person is not None:
                    return cue
        return outer
    for k, cue in enumerate(chain[:-1]):
        subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and _participle_beside(cue, chain[k + 1]):
            # 'described it as "reckless," warning that it would "bankrupt" farmers': the
            # participle makes a second statement of the same speaker beside the first
            return cue
        if subj is None:
            continue  # a subject inherited through "and" or "saying" is the outer one
        above = chain[k + 1]
        if cue.dep_ == "ccomp" and cue.head.i == above.i and _opens_clause(subj, cue):
            # "Roe said she wants ...", "Roe told the crowd that she wants ...": one report,
            # told by the outer verb
            continue
        spk = _cue_speaker(cue, ix, lex)
        if spk is not None and spk.person == who.person:
            return cue
    return outer


def _shown_saying(cue: Token, above: Token) -> bool:
    """True for a bare verb of saying whose subject stands after the verb above it, as the
    one that verb shows or hears ("shows him saying", "heard her say"); not an infinitive
    with "to" ("told him to say")."""
    if cue.head.i != above.i or cue.dep_ != "ccomp" or cue.tag_ not in ("VBG", "VB"):
        return False
    if any(c.dep_ in ("aux", "mark") for c in cue.children):
        return False
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return subj is not None and above.i < subj.i < cue.i


def _participle_beside(cue: Token, above: Token) -> bool:
    """True for a verb of saying in "-ing" hung on the one above it (", warning that ..."):
    the same speaker's second statement, not part of what the first says."""
    return cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.head.i == above.i


def _opens_clause(subj: Token, verb: Token) -> bool:
    """True when a clause's subject opens it, after "that", "whether" or a wh-word at most
    ("that she wants ...", "what she called ..."), with nothing set off between the report's
    verb and the one it reports ("Roe says that, though costs rose, she thinks ..." sets a
    clause between them)."""
    start = verb.left_edge
    if start.dep_ == "mark" or start.tag_ in ("WP", "WDT", "WRB"):
        start = verb.doc[start.i + 1]
    return subj.left_edge.i == start.i


def _merge_split(
    text: str, pairs: list[_Pair], lex: CueLexicon, sent_starts: list[int]
) -> list[_Pair]:
    """'"First part," she said, "second part."' is one quote: join the parts around the cue."""
    out: list[_Pair] = []
    for p in pairs:
        prev = out[-1] if out else None
        if prev is not None and not p.nested and not prev.nested and not p.single:
            gap = text[prev.end + prev.w : p.start - p.w]
            words = gap.split()
            if (
                "\n" not in gap
                and 1 < len(words) <= _gap_limit(text, p, gap)
                and (gap.lstrip()[:1] in ",—–-" or text[prev.end - 1 : prev.end] in ",—–-")
                and gap.rstrip()[-1:] in ",:.—–-"
                and any(w.strip(",.:").lower() in lex.inflections for w in words)
                and not _sentence_starts_within(sent_starts, prev.end + 2, p.start - p.w)
                and not _fragment_then_sentence(text, prev, gap, sent_starts)
                and not _each_introduced(text, prev, gap, sent_starts)
                and not (gap.rstrip().endswith(".") and _own_cue_after(text, p, lex))
            ):
                prev.gap = (prev.end + prev.w, p.start - p.w)
                prev.end = p.end
                continue
        out.append(p)
    return out


def _gap_limit(text: str, p: _Pair, gap: str) -> int:
    """How many words the cue between two parts of a quote may have: a few ('" she said, "'),
    or a long apposition ('" said Jan Roe, director of the harbor board in Dover, "') when the
    second part goes on with the same sentence in lower case after a comma."""
    if gap.rstrip().endswith(",") and text[p.start : p.start + 1].islower():
        return 30
    return 8


_CLAUSE_END = re.compile(r"[,.!?;:\n]")
_SENTENCE_STOP = re.compile(r"[.!?\n]")
_OWN_CUE_WORDS = 10  # how far into the sentence after a quote its own verb of saying may stand


def _own_cue_after(text: str, p: _Pair, lex: CueLexicon) -> bool:
    """'"A," Roe said. "B," she said.': the second part has a cue of its own right after it
    (a few words before its clause ends, one of them a form of a verb of saying; or one of the
    first words of its sentence, past a name's apposition or a date: '"B," Mark Bell, the
    mayor, said.', '"B," Mark Bell said in an interview.'), so it is a statement of its own,
    not the rest of the first."""
    start = p.end + p.w
    while start < len(text) and text[start] in ", ":
        start += 1
    stop = _CLAUSE_END.search(text, start, start + 80)
    words = text[start : stop.start() if stop else start + 80].split()
    if 0 < len(words) <= 5 and any(w.lower() in lex.inflections for w in words):
        return True
    last = text[p.end - 1 : p.end]
    if last not in (",", "—", "–", "-") and not (
        last in "?!" and text[start : start + 1].islower()
    ):
        return False  # the quote ended its sentence: a verb further on is the writer's next one
    stop = _SENTENCE_STOP.search(text, start, start + 120)
    words = text[start : stop.start() if stop else start + 120].split()[:_OWN_CUE_WORDS]
    return any(w.strip(",;:").lower() in lex.inflections for w in words) and not any(
        ch in _DOUBLE for w in words for ch in w
    )


def _fragment_then_sentence(text: str, prev: _Pair, gap: str, sent_starts: list[int]) -> bool:
    """'Farms are "barely making money," Roe said. "Farming is a thin business. ..."': the first
    part is a fragment in the outlet's sentence, and the cue's sentence ends before the second
    part, which is a statement of its own (a direct quote, not more of the fragment); so does a
    colon that introduces it ('the plan was "dead on arrival," and she added: "We ..."')."""
    if not gap.rstrip().endswith((".", ":")):
        return False
    before = _sentence_so_far(text, prev, sent_starts).strip()
    return bool(before) and not before.endswith((":", ",", "—", "–", "-"))


def _each_introduced(text: str, prev: _Pair, gap: str, sent_starts: list[int]) -> bool:
    """'Roe wrote: "A", while Doe said: "B"': a colon introduces each part, so the words between
    them are the second part's own cue and speaker, and the two are separate quotes."""
    if not gap.rstrip().endswith(":"):
        return False
    return _sentence_so_far(text, prev, sent_starts).rstrip().endswith(":")


def _sentence_so_far(text: str, prev: _Pair, sent_starts: list[int]) -> str:
    """The words of the sentence before the opening mark of the quote ``prev``."""
    opening = prev.start - prev.w
    i = bisect_right(sent_starts, opening) - 1
    return text[sent_starts[i] if i >= 0 else 0 : opening]


def _sentence_starts_within(sent_starts: list[int], start: int, end: int) -> bool:
    """True when a sentence starts inside text[start:end] ('..." she said. Then she added: "')."""
    i = bisect_right(sent_starts, start)
    return i < len(sent_starts) and sent_starts[i] < end


def _direct_and_partial(b: _Builder, pairs: list[_Pair]) -> list[tuple[int, int]]:
    """Quotes from quotation marks; returns the spans of direct quotes."""
    spans = [(p.start, p.end) for p in pairs if not p.nested]
    direct: list[tuple[int, int]] = []
    last: Quote | None = None
    last_end = -1
    title_end = -1
    frag: Quote | None = None  # the last quoted fragment with a speaker
    for p in pairs:
        captioned = _captioned(p, b.ix, b.lex)
        if captioned is not None:
            b.add("partial", (p.start, p.end), *captioned)
            continue
        kind = _classify(p, b.ix)
        if kind != "scare" and (
            _names_a_title(p, b.ix, b.lex, title_end)
            or _cites_a_work(p, b.ix.text)
            or bracketed_title(b.ix, b.lex, p.start, p.end)
        ):
            kind = "scare"
            title_end = p.end + p.w
        elif kind != "scare" and _is_mention(p, b.ix, b.lex):
            kind = "scare"
            title_end = p.end + p.w  # 'a play called "A," or "B"': the next name of a list
        if kind == "scare":
            b.add("scare", (p.start, p.end), None, None)
            continue
        if kind == "utterance":
            cue, spk = _direct_cue(p, b.ix, b.lex, spans)
            if spk is not None:
                q = b.add("direct", (p.start, p.end), cue, spk)
                last, last_end = q, p.end
                direct.append((p.start, p.end))
                continue
            kind = "short"
        if kind == "short" and last is not None and _reply(b.ix.text, p, last_end):
            kind = "direct"
        if kind == "direct":
            if p.nested:
                continue  # speech inside a quote belongs to the quote around it
            cue, spk = _direct_cue(p, b.ix, b.lex, spans)
            if spk is None and frag is not None and _after_fragment(b.ix.text, frag, last_end, p):
                # 'Farms are "barely making money," Roe said. "Farming is ..."': the fragment's
                # cue and speaker introduce the statement that follows
                q = b.add("direct", (p.start, p.end), None, None)
                q.cue, q.cue_span = frag.cue, frag.cue_span
                _same_speaker(q, frag)
                last, last_end = q, p.end
                direct.append((p.start, p.end))
                continue
            turn = _dialogue_turn(b, p) if spk is None else None
            if turn is not None:
                # the turns of an exchange: the speaker of the turn before the last again
                q = b.add("direct", (p.start, p.end), None, None)
                if isinstance(turn.source, Quote):
                    _same_speaker(q, turn.source)
                elif turn.source is not None:
                    q.speaker_id, q.speaker_text = turn.source.person, turn.source.text
                    q.speaker_span = turn.source.span
                if turn.written:
                    b.turns.add(q.id)
                last, last_end = q, p.end
                direct.append((p.start, p.end))
                continue
            asked = _answer_to_asked(p, b.ix, b.lex) if spk is None else None
            if asked is not None:
                # 'I ask him what he will do. / "Fish, maybe."': the answer of the one asked
                q = b.add("direct", (p.start, p.end), None, asked[1])
                b.askers[q.id] = asked[0]
                last, last_end = q, p.end
                direct.append((p.start, p.end))
                continue
            if (
                spk is None
                and last is not None
                # '"A," said Roe, adding: "B."': a colon introduces a statement of its own
                and not _after_colon(p, b.ix)
                and (
                    (
                        _continues(b.ix.text, last_end, p.start)
                        and not _sentence_between(b.ix, last, last_end, p)
                    )
                    or _after_cue_sentence(b.ix, last, last_end, p)
                )
            ):
                # '"A," X said. "B."': B goes on with the same statement, one attribution
                last.span = (last.span[0], p.end)
                direct[-1] = last.span
                last_end = p.end
                continue
            narrated = _narration_before(p, b.ix, b.lex) if spk is None else None
            if (
                spk is None
                and narrated is None
                and last is not None
                and _near(b.ix.text, last_end, p.start)
            ):
                q = b.add("direct", (p.start, p.end), None, None)
                _same_speaker(q, last)
            else:
                if spk is None:
                    # 'Roe greeted the crew. "A." He added, "B."': the cue after the quote
                    # names its speaker ahead of a line of narration before it
                    cue, spk = _next_quote_cue(p, b.ix, b.lex, spans)
                if spk is None:
                    # 'Roe shrugs. "They would say that."': the one the line before is about
                    spk = narrated
                q = b.add("direct", (p.start, p.end), cue, spk)
            last, last_end = q, p.end
            direct.append((p.start, p.end))
            continue
        gap = _gap_speaker(p, b.ix, b.lex) if p.gap is not None else None
        if gap is None and _after_colon(p, b.ix):
            # 'X sent a note to the crew, saying: "We sail at dawn" and ...': the words after the
            # colon are what the verb before it introduces, whatever the parse made of them
            found = _direct_cue(p, b.ix, b.lex, spans)
            gap = (found[0], found[1]) if found[0] is not None and found[1] is not None else None
        cue = gap[0] if gap is not None else _governing_cue(p, b.ix, b.lex)
        spk = gap[1] if gap is not None else None
        if gap is None and cue is not None and _after_colon(p, b.ix) and _shows_a_thing(cue, b.lex):
            cue = None  # 'Roe found a note on the desk: "We quit."': the note's words
        if spk is None and cue is not None:
            spk = _cue_speaker(cue, b.ix, b.lex)
            if spk is not None and _thing_cannot_say(cue, spk, b.ix, b.lex):
                # 'a shirt that read "Vote Them Out"', 'a crash would see a "sharp fall"': a
                # thing shows the words; whoever wrote them is not named
                cue, spk = None, None
        if spk is None:
            spk = _colon_lead(p.start, b.ix)
        if spk is None and kind in SUBJECT_KINDS and not _added_thing(p, b.ix, b.lex):
            # a few words with no verb of saying may be the writer's label; a longer stretch,
            # or words a verb of saying governs, are the subject's own (not a thing put in:
            # 'Roe is adding "secret enzymes" to the bread', whoever the subject is)
            label = kind == "short" and cue is None
            spk = _person_subject(b.ix.sent_at(p.start), p, b.ix, b.lex, phrase=label)
        if spk is None:
            misread = _misread_main_cue(b.ix.sent_at(p.start), p, b.ix, b.lex)
            if misread is not None:
                cue, spk = misread
        if spk is None and _ends_with_comma(p, b.ix.text):
            # 'The deal "was too early. Nobody knew him," said Roe.': a fragment whose comma
            # hands over to the verb of saying right after it is that verb's subject's
            after_cue = _next_cue(p, b.ix, b.lex, spans)
            if after_cue is not None:
                cue, spk = after_cue
        if spk is None and frag is not None and _same_sentence(frag, p, b.ix):
            # 'Roe backs "fair pay," opposes "pay freezes"': a fragment with no cue of its own
            # in the sentence of another one is that speaker's too
            q = b.add("partial", (p.start, p.end), None, None)
            _same_speaker(q, frag)
            continue
        if spk is None:
            pledged = _pledge_holder(p, b.ix, b.lex)
            if pledged is not None:
                cue, spk = pledged
        if spk is None:
            b.add("scare" if kind == "short" else "partial", (p.start, p.end), None, None)
        else:
            frag = b.add("partial", (p.start, p.end), cue, spk)
    return direct


def _pledge_holder(p: _Pair, ix: _Index, lex: CueLexicon) -> tuple[Token, _Speaker] | None:
    """ "Roe, who ran on a promise to 'clean house', ...", "her pledge to 'fix the roads'": a
    quote inside the infinitive a noun of saying takes (``nouns``: promise, pledge, vow, call
    ...) is the words of the noun's holder: its possessor, the subject of a verb that carries
    it ("ran on", "won on", "campaigned on" a promise) or of a verb that puts it forward
    (``light_verbs``: made, issued a pledge). Someone who only mentions the noun ("critics
    mocked the promise to ...") is not its holder. Returns the noun (the cue) and the holder,
    or None."""
    tok = ix.token_at(p.start)
    if tok.is_quote and tok.i + 1 < len(tok.doc):
        tok = tok.doc[tok.i + 1]
    verb: Token | None = None
    for _ in range(4):
        if tok.head is tok:
            return None
        if verb is None and tok.pos_ in ("VERB", "NOUN", "PROPN") and _infinitive(tok):
            verb = tok
        if verb is not None and verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN":
            break
        tok = tok.head
    if verb is None or verb.dep_ not in ("acl", "relcl"):
        return None
    noun = verb.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.nouns:
        return None
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is None and noun.dep_ == "pobj" and noun.head.lower_ == "on":
        holder = _subject(noun.head.head) if noun.head.head.pos_ == "VERB" else None
    if holder is None and noun.dep_ == "dobj" and lex.lemma(noun.head) in lex.light_verbs:
        holder = _subject(noun.head)
    if holder is None or holder.lower_ in lex.impersonal_subjects:
        return None
    spk = _speaker(holder, ix, lex)
    if _within_quote(spk, p) or not _speaker_can_speak(spk, ix, lex):
        return None
    return noun, spk


def _infinitive(tok: Token) -> bool:
    """True for a word with "to" as its infinitive marker ("to clean", "to 'clean house'",
    where the parser may take the quoted words for a name)."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)


_LINE_BREAKS = re.compile(r"\n\s*")


def _reply(text: str, p: _Pair, last_end: int) -> bool:
    """'"Did you sign it?" Roe asked. / "I did."': a short quote that is a whole sentence
    (closed by a full stop, a question or an exclamation mark) and the whole of its paragraph,
    right after a paragraph with a direct quote, is a turn of speech, not a scare quote."""
    tail = text[p.start : p.end].rstrip().rstrip("\"”’'»")
    return (
        not p.nested
        and tail.endswith((".", "?", "!", "…"))
        and _whole_paragraph(text, p)
        and len(_LINE_BREAKS.findall(text, last_end, p.start)) == 1
    )


def _same_speaker(q: Quote, source: Quote) -> None:
    """Give ``q`` the speaker of ``source`` (its id, text and span)."""
    q.speaker_id, q.speaker_text, q.speaker_span = (
        source.speaker_id,
        source.speaker_text,
        source.speaker_span,
    )


@dataclass(slots=True)
class _Turn:
    """A paragraph that is a turn of an exchange, and whose turn it is: an earlier turn's
    quote (its speaker again), the one who asked a question, or None (the turn stands with no
    speaker: who the other party is, the text does not say). ``written`` when the turn is
    taken by the convention of written dialogue (a reply cut to its auxiliary, or a paragraph
    after such a turn), which the next paragraph then follows too."""

    source: Quote | _Speaker | None
    written: bool = False


def _dialogue_turn(b: _Builder, p: _Pair) -> _Turn | None:
    """The turn a paragraph that is only a quote, with no cue, takes in an exchange, or None
    when it goes on with the quote before it.

    '"Were you there?" Doe asked. / "I was," Roe said. / "And you saw him?" / "I did."': when
    the two quotes before it are whole paragraphs with different speakers, one a question and
    the other not, a cue-less question after an answer is the asker's again, and a cue-less
    answer after a question is the one who answered before. A question after an answer is
    never the answerer's going on.

    '"You're the one from the port," Roe says. / "I am."': a reply that leaves out all but its
    subject and auxiliary (``_elliptical_reply``) answers the quote before it, so it is the
    other party's turn; and once such a turn stands, each paragraph that is only a quote after
    it is the next turn, the speaker of the turn before the last again (the convention of
    written dialogue: a new paragraph for each speaker). After an answer to a
    question put in the narration ('I ask him what ... / "Fish."'), a question is the asker's.
    News copy's '"A," Roe said. / "B."' with none of these goes on with Roe's statement."""
    text = b.ix.text
    if p.gap is not None or not _whole_paragraph(text, p):
        return None  # a quote split around a cue has a cue of its own
    turns = [q for q in b.quotes if q.kind == "direct"]
    if not turns:
        return None
    last = turns[-1]
    # one paragraph after another: nothing but the cues between the turns
    if len(_LINE_BREAKS.findall(text, last.span[1], p.start)) != 1:
        return None
    before = turns[-2] if len(turns) >= 2 else None
    if before is not None and len(_LINE_BREAKS.findall(text, before.span[1], last.span[0])) != 1:
        before = None
    new = _asks(text, (p.start, p.end))
    if last.id in b.askers:
        return _Turn(b.askers[last.id]) if new else None
    if last.id in b.turns:
        return _Turn(before, written=True)
    if (
        before is not None
        and _differ(before, last)
        and _asks(text, before.span) == new
        and _asks(text, last.span) != new
    ):
        return _Turn(before)
    if _elliptical_reply(text[p.start : p.end]) and _echoes(b.ix, (p.start, p.end), last.span):
        return _Turn(before if before is not None and _differ(before, last) else None, True)
    return None


def _asks(text: str, span: tuple[int, int]) -> bool:
    """True when the quoted words end with a question mark."""
    return text[span[0] : span[1]].rstrip().rstrip("\"”’'»").endswith("?")


# first-person speakers: the article's own "I", never a person it names in the third person
_SELF = frozenset({"i", "me"})


def _differ(a: Quote, b: Quote) -> bool:
    """True when two quotes have speakers that are surely not one person: two people, or two
    speakers the text does not tie to people with neither a pronoun ('the host' and 'he' may be
    one), or the writer's "I" and a person."""
    if a.speaker_text is None or b.speaker_text is None:
        return False
    if (a.speaker_id or a.speaker_text) == (b.speaker_id or b.speaker_text):
        return False
    if a.speaker_id is not None and b.speaker_id is not None:
        return True
    texts = (a.speaker_text.lower(), b.speaker_text.lower())
    if (a.speaker_id is not None or b.speaker_id is not None) and any(t in _SELF for t in texts):
        return True
    words = cue_lexicon().pronouns
    return not any(t in words for t in texts)


def _echoes(ix: _Index, reply: tuple[int, int], said: tuple[int, int]) -> bool:
    """True when a reply cut down to its auxiliary takes up an auxiliary of what was said
    before ('"You're the one," ... / "I am."', '"He'll be under my feet" / "I won't."'). A
    speaker who goes on with their own statement ('"Nobody thought we would finish it." / "We
    did."') leaves out no words of it."""

    def auxiliaries(span: tuple[int, int]) -> dict[str, set[int]]:
        """Each auxiliary's lemma with the grammatical persons of its subjects."""
        found: dict[str, set[int]] = {}
        for t in _tokens_between(ix, *span):
            if t.lower_ in _AUX_FORMS:
                found.setdefault(t.lemma_.lower(), set()).add(_person(t))
        return found

    mine, theirs = auxiliaries(reply), auxiliaries(said)
    # the reply turns the person round ("You're the one" / "I am."; "He'll be in the way" /
    # "I won't."): the same person again ('"Some think we will fail." / "We will."') is the
    # speaker going on
    return any(mine[a] - theirs[a] for a in mine.keys() & theirs.keys())


def _person(aux: Token) -> int:
    """The grammatical person of an auxiliary's subject: 1 for "I" and "we", 2 for "you", 3 for
    anything else (or no subject found)."""
    verb = aux if aux.dep_ == "ROOT" or aux.head.i == aux.i else aux.head
    subject = next((c for c in (*aux.children, *verb.children) if c.dep_ == "nsubj"), None)
    if subject is None:
        return 3
    return {"i": 1, "we": 1, "you": 2}.get(subject.lower_, 3)


_AUXILIARIES = (
    "am|are|is|was|were|do|does|did|have|has|had|will|would|can|could|shall|should|may|might|must"
)
_NEGATED = "won|can|don|doesn|didn|haven|hasn|isn|aren|wasn|weren|wouldn|couldn|shouldn|mustn"
# the written forms of auxiliaries, with the pieces contractions leave ("'re", "wo" of "won't")
_AUX_FORMS = frozenset(
    _AUXILIARIES.split("|")
    + _NEGATED.split("|")
    + [f"{a}{m}" for a in "'’" for m in ("m", "re", "s", "ll", "ve", "d")]
    + ["wo", "ca", "sha"]
)
# a reply cut down to its subject and auxiliary, perhaps after "yes" or "no": "I am.", "No, I
# won't.", "You will!" (the rest of the clause is what the other speaker said)
_ELLIPTICAL = re.compile(
    r"(?:(?:yes|no|yeah|nope)[,.!]?\s+)?(?:i|you|we|he|she|they|it)\s+"
    rf"(?:(?:{_AUXILIARIES})(?:\s+not)?|(?:{_NEGATED})[’']t)[.!]",
    re.IGNORECASE,
)


def _elliptical_reply(words: str) -> bool:
    """True when quoted words are only a reply cut down to its subject and auxiliary ("I am.",
    "You will.", "No, I won't."): they answer what was said before, so they are another
    speaker's."""
    return _ELLIPTICAL.fullmatch(words.strip().rstrip("\"”’'»").strip()) is not None


def _answer_to_asked(p: _Pair, ix: _Index, lex: CueLexicon) -> tuple[_Speaker, _Speaker] | None:
    """'I ask him what he will do. / "Fish, maybe."': a quote that opens the paragraph or
    sentence right after a sentence whose main verb puts a question (``questions``: ask,
    press) to a person (a name or a personal pronoun as its object), with what is asked as a
    question clause or an "about" phrase, is the answer of the one asked. Returns (the one who
    asked, the one asked), or None. Not when the quote is itself a question (the asker's own
    words), nor for a request ("asked him to leave", "asked her for a date")."""
    text = ix.text
    if _asks(text, (p.start, p.end)):
        return None
    prev = _sentence_before(p, ix)
    if prev is None:
        return None
    verb = prev.root
    if verb.pos_ != "VERB" or lex.lemma(verb) not in lex.questions:
        return None
    asker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    asked = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    if asker is None or asked is None:
        return None
    what = False
    for c in verb.children:
        if c.dep_ in ("xcomp", "oprd") or (c.dep_ == "prep" and c.lower_ == "for"):
            return None
        if c.dep_ == "ccomp":
            if not question_clause(c):
                return None
            what = True
        if c.dep_ == "prep" and c.lower_ in ("about", "on", "over"):
            what = True
    if not what:
        return None
    one = _speaker(asked, ix, lex)
    if one.person is None and asked.lower_ not in ("him", "her", "them"):
        return None
    return _speaker(asker, ix, lex), one


def _ends_with_comma(p: _Pair, text: str) -> bool:
    """True when a comma closes the quoted words, inside or right after the closing mark."""
    return text[p.end - 1 : p.end] == "," or text[p.end + p.w : p.end + p.w + 1] == ","


def _next_cue(
    p: _Pair, ix: _Index, lex: CueLexicon, spans: list[tuple[int, int]]
) -> tuple[Token, _Speaker] | None:
    """The verb of saying in the few words after a quote ('," said Roe', '," Roe said') with
    a speaker outside the quote, or None. A verb in a relative clause describes the noun
    after the quote ('"B," slogans that Roe said were ...') and hands nothing over."""
    for cue in _cue_tokens(_after_quote(p, ix, spans)[:6], lex):
        if cue.dep_ == "relcl":
            continue
        spk = _cue_speaker(cue, ix, lex)
        if spk is None or _within_quote(spk, p):
            spk = _inverted_subject(cue, p, ix, lex)
        if spk is not None and not _within_quote(spk, p):
            return cue, spk
    return None


def _same_sentence(frag: Quote, p: _Pair, ix: _Index) -> bool:
    """True when a quoted fragment with a speaker stands earlier in ``p``'s sentence, with no
    other person named between them (who might be the one speaking)."""
    if ix.sent_at(frag.span[0]).start_char != ix.sent_at(p.start).start_char:
        return False
    return ix.person_in(frag.span[1], p.start) is None


def _after_fragment(text: str, frag: Quote, last_end: int, p: _Pair) -> bool:
    """A quote that follows a quoted fragment's cue sentence in the same paragraph, with no
    direct quote between them."""
    if frag.span[1] < last_end or frag.cue_span is None:
        return False
    between = text[frag.span[1] : p.start]
    return "\n" not in between and len(between) < 160


CONTINUE_ACROSS_PARAGRAPHS = True


def _sentence_between(ix: _Index, last: Quote, last_end: int, p: _Pair) -> bool:
    """True when a sentence of the outlet's own stands between a quote (with its cue) and the
    next one ('"A," Roe said. She left early. "B."'): B is a new statement, not the rest of A
    (it may still be hers, as the next quote near her)."""
    anchor = last_end
    if last.cue_span is not None and last.cue_span[0] >= last_end:
        anchor = last.cue_span[1]
    end = ix.sent_at(anchor).end_char
    text = ix.text
    while end < p.start and text[end].isspace():
        end += 1
    return end < p.start - p.w and _sentence_starts_within(ix.sent_starts, end - 1, p.start - p.w)


def _after_cue_sentence(ix: _Index, last: Quote, last_end: int, p: _Pair) -> bool:
    """'"A," said Jan Roe, <a long apposition>. "B."': B opens the sentence right after the one
    that holds A's cue, in the same paragraph. However long the cue's sentence, nothing but it
    stands between the two parts, so B goes on with A's statement."""
    if last.cue_span is None or last.cue_span[0] < last_end:
        return False
    text = ix.text
    cue_end = last.cue_span[1]
    if "\n" in text[last_end : p.start] or p.start - last_end > 600:
        return False
    return not _sentence_starts_within(ix.sent_starts, cue_end, p.start - p.w)


def _continues(text: str, prev_end: int, start: int) -> bool:
    """A quote with no cue of its own right after the last one's cue sentence goes on with it.

    In the same paragraph the words between must be one short stretch ('," she said. "');
    across a paragraph break, the new paragraph must open with the quote and nothing but the
    previous quote's cue may stand between them.
    """
    between = text[prev_end + 1 : start - 1]
    if len(between) > 160:
        return False
    if "\n" not in between:
        return True
    if not CONTINUE_ACROSS_PARAGRAPHS or between.count("\n\n") > 1:
        return False
    head, _, tail = between.rpartition("\n")
    return not tail.strip() and "\n" not in head.strip()


def _near(text: str, prev_end: int, start: int) -> bool:
    """A quote that follows the previous one within a paragraph or two continues it."""
    return start - prev_end < 600 and text.count("\n\n", prev_end, start) <= 1
