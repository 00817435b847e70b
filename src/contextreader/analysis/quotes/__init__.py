"""Quotes: who says what, with which verb, in which words.

Four kinds (``report.Quote.kind``):

- ``direct``: a whole statement in quotation marks ("...", “...”, or ‘...’ used as speech),
  including quotes that run over sentences and paragraphs (a paragraph that opens a quote without
  closing it continues into the next paragraph when that one opens with a mark again);
- ``partial``: a quoted fragment inside a sentence the outlet writes, attributed to a speaker;
- ``indirect``: reported speech, found on the dependency parse: a verb of saying (or thinking)
  from ``reporting_verbs.toml`` with a subject and a content clause/object (or the object of its
  preposition: "called for a ban", "talked about the budget"; or its object with "as": "sees the
  plan as a trap"), an "as" aside that sources the main clause ("as the Ledger reported, ..."),
  or "according to X" (a report it cites keeps its own source: "Polls show that ..., according
  to X"); a clause before a colon is never what a verb after it reports ("Everyone knows the
  truth: the nurses want ..."); a verb under a modal of obligation, a verb of need or "let us"
  prescribes and reports nothing ("Voters should know that ...", ``modality``); an adjective
  of belief or feeling with a clause ("X was certain that ...", "X is upset
  that ...") and "made clear that ..." report their subject's mind;
- ``scare``: a short quoted word or phrase nobody is saying (no verb of saying governs it, or it
  sits inside another quote), a quoted title in a naming position ('said on "Morning
  Table"', 'the "Clean Rivers" initiative', 'told "Morning Table"'), a title cited with its
  author ('"Old ferry to stop," by Tom Arno'), and a mention of a word or a name rather than
  its use ('the term "budget drift"', 'a rule known as the "fairness rule"', 'a play called
  "..."', 'the so-called "..."', 'the novel "..."'; ``mentions`` in the lexicon); it has no
  speaker. Words a thing shows under a verb of saying ('a shirt that read "..."') are no one's.

Verbs of saying are looked up by lemma and by written form (the forms are generated from the
lexicon's lemmas), as the small model lemmatises some wrongly ("hopes" -> "hop"). "X said:"
with no quotation mark after the colon reports the rest of the line, or the list items after
it; when the colon ends the line, the next paragraph, if it has no quotation mark of its own,
is a block quotation whose markup was lost: a direct quote of X (``blocks``; not for "I
wrote:"). "Asked about X, Roe said ..." is a passive: the asker is not named, and Roe is the
speaker of "said" only.

Speakers: the subject of the cue verb (followed through "who"/"which", conjoined verbs, "...,
saying" and "by saying"), searched after the quote (and in the next sentence when the quote ends
its own, '"...?" she asked'), then before it in the same sentence, then in the sentence before it
that introduces it ("X said:", also across a paragraph break after a colon), then a name and
colon opening the line ("Roe: '...'", as headlines and transcripts write). A pronoun or title
speaker resolves to a person mentioned before it (cr_people) whose gender fits (unknown fits
any), preferring a sentence subject in its own or the previous sentence over a more recent
object; a name that only qualifies the subject ("Roe's aides") is not the speaker, nor is a
dateline, nor a word inside the quote itself; a relative pronoun's mention takes in its
antecedent when they stand together ("critics who say"); a coordinated subject is taken whole
("Current and former officials"); a person named inside quotation marks is not the antecedent
of the pronoun that speaks them; the object of "led X to say" says it (not "promised X to"); an
inserted "X said," speaks for a fragment whose own verb is an agentless passive; "he's said"
is "he has said"; a document "saying" something speaks for its author ("X issued a statement
saying ...": X), and so does one taken up again ("X published a statement. The statement
reads: ...": the speaker is the statement, standing for X); a verb of saying the parser read
as a noun or adjective still names its speaker
('"...," the document states', 'X accused Y of being "soft"'); a fragment with no cue of its
own shares the speaker of an earlier fragment in its sentence. A verb of saying right after a
closing mark with no subject of its own is inverted ('"Why?" asked Mr. Roe', however the parser
read the noun phrase after it); a sentence whose parse found no finite verb makes its verb of
saying, read as a participle ('Roe, an ally, called the fees "steep."'), its own; a day taken
for the subject gives way to the person named before the verb; a fragment whose closing comma
hands over to '..., said Roe' is Roe's; a verb of saying conjoined to another with a subject of
its own is a statement beside it, and a relative clause of a thing that cannot speak reports
nothing. A quote that ends its paragraph and is signed on the next line ("— Jan Roe") is the
signer's. A direct quote with no cue of its own
takes the speaker of the quote or report just before it ('..., Roe said. "..."'), unless the
line of narration right before it is about one person, its subject, with no one else named or
pointed to ('Roe shrugs. "..."', 'On why she quit, she was blunt. "..."'; a "she" only for
someone the text gives that gender): then it is that person's; one
introduced by a colon takes the subject of its sentence ('Roe has a message: "..."'). A
phrase set off between a name and its verb ("Roe, sentencing him, said") leaves the name the
speaker when the parse loses it; a dateline is cut from a speaker's phrase; "what Roe called
'...'" is Roe's words, and the report of the verb above it is listed beside them.

Transcripts: a paragraph that opens with an upper-case speaker label and a colon ("ROE: ...",
also inside an opening mark that never closes) is a direct quote of the rest of the paragraph,
and of the lines up to the next label with no blank line between (an answer printed one
sentence a line; not over a heading, a stage direction or a line naming the speaker, and not
after the last turn),
with the label as its speaker and no cue word (the turns come from cr_people). A "Name:" lead
is a speaker only when it can be one: "See:" or "Watch:" (a verb) and a rubric ("The Latest:",
"Update:") name no one; a second "Name:" later on the line takes over from the first
(``direct._line_lead`` decides which lead a quote belongs to, for every caller); a lead whose
colon stands right before the opening mark labels that quote ahead of any verb earlier on the
line.

One statement, one quote: '"A," X said. "B."' (B has no cue of its own and follows X's cue
sentence, however long, in the paragraph or the next one, with no sentence of the outlet's
between) extends A, and so does a second part that goes on in lower case after a long cue
('"A," said X, director of ..., "but B."'); quoted fragments with the same cue are
one partial quote, as are fragments with no cue and one speaker in one sentence, but never
across a verb of saying of that speaker between them ('described it as "reckless" and warned
that it would "bankrupt" farmers' is two statements, each fragment with its own cue: a verb of
saying conjoined to another, or hung on it as ", warning ...", is a statement beside it, not
part of what it says); and a fragment
in the outlet's sentence, its cue ending that sentence, and a quote of whole sentences after it
('Farms are "barely alive," Roe said. "Farming is ..."') are a partial and a direct quote with
one speaker; speech quoted
inside a quote belongs to the outer quote. A fragment's cue is the outermost verb of saying
above it ("She says he thinks it is 'a fraud'" reports her), or an inner one whose subject is
the same person nearer the quote ("Roe says that, though ..., she thinks it is 'sound'"); a
quote inside the cue's subject is not its content; and a fragment with no cue whose sentence has
a person as subject is that person's partial quote.
Marks: straight, curly, guillemets and two apostrophes ('' ... '') as some archives write
double marks; a mark after "=" is markup (id="..."), not a quote. A text that quotes in curly
single marks first (British style: ‘…,’ said Roe. ‘…’, with “…” inside) has its ‘…’ pairs read
as full quotes, and an apostrophe ("don’t", "the builders’ charter") does not close them.

Modules: ``lexicon`` (the verbs and nouns of saying and their written forms), ``marks``
(quotation-mark pairing and nesting), ``index`` (character-offset lookups over the parsed doc),
``speakers`` (the subject of a cue and who it stands for), ``embedded`` ("victims of what
police said was an arson": an attribution inside a noun phrase, whose host noun, not the thing
it names, speaks the sentence's own verb; its verb reports only "was an arson"), ``direct``
(direct, partial and scare quotes from the mark pairs), ``reported`` (reported speech on the
parse), ``blocks`` (unmarked block quotations after a colon lead), ``transcripts``
(speaker-labelled paragraphs), ``modality`` (verbs that prescribe rather than report) and
``passes`` (whole-document passes once every quote is found);
this module holds the ``cr_quotes`` component and the names other modules import.

Everything is indexed by character offset, so a long article costs little more than the parse.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from contextreader.analysis import extensions  # noqa: F401
from contextreader.analysis.people import LABELS_KEY, TranscriptTurn
from contextreader.analysis.quotes.dashes import _dash_answers
from contextreader.analysis.quotes.direct import (
    CONTINUE_ACROSS_PARAGRAPHS,
    SCARE_MAX_WORDS,
    SUBJECT_KINDS,
    _Builder,
    _direct_and_partial,
    _merge_split,
)
from contextreader.analysis.quotes.headlines import _headline_claims
from contextreader.analysis.quotes.index import _Index
from contextreader.analysis.quotes.lexicon import (
    PREP_FRAMES,
    CueLexicon,
    cue_lexicon,
    form_table,
)
from contextreader.analysis.quotes.marks import _mark_nested, find_pairs
from contextreader.analysis.quotes.passes import (
    _headline_speakers,
    _inherit_speakers,
    _join_partials,
    _joint_speakers,
    _named_after,
    _pieces,
    _possessor_speakers,
    _role_tag_speakers,
    _tagged_speakers,
    _writer_speakers,
)
from contextreader.analysis.quotes.posts import post_quotes
from contextreader.analysis.quotes.reported import _reported
from contextreader.analysis.quotes.speakers import is_agentless_passive, reports_a_named_person
from contextreader.analysis.quotes.transcripts import (
    _nest_in_turns,
    _transcript_quotes,
    _unmark_turns,
)

__all__ = [
    "CONTINUE_ACROSS_PARAGRAPHS",
    "PREP_FRAMES",
    "SCARE_MAX_WORDS",
    "SUBJECT_KINDS",
    "CueLexicon",
    "cue_lexicon",
    "find_pairs",
    "form_table",
    "is_agentless_passive",
    "quotes_component",
]


@Language.component("cr_quotes", assigns=["doc._.cr_quotes", "doc._.cr_framing", "doc.spans"])
def quotes_component(doc: Doc) -> Doc:
    """Direct, partial and reported quotes with cue and speaker; scare quotes apart."""
    lex = cue_lexicon()
    body = doc._.cr_body_start or 0
    b = _Builder(doc, _Index(doc), lex, [])
    text = b.ix.text
    turns: list[TranscriptTurn] = doc.user_data.get(LABELS_KEY, [])
    pairs = find_pairs(
        _unmark_turns(text, turns),
        body,
        lambda s, e: reports_a_named_person(b.ix, lex, s, e),
        lambda s, e: reports_a_named_person(b.ix, lex, s, e, any_name=True),
    )
    b.ix.set_quoted([(p.start, p.end) for p in pairs if not p.single])
    _mark_nested(pairs)
    _nest_in_turns(pairs, turns, text)
    marked = sorted((p.start, p.end) for p in pairs)  # before _merge_split joins any
    pairs = _merge_split(text, pairs, lex, b.ix.sent_starts)
    direct = _direct_and_partial(b, pairs)
    direct = sorted(direct + _transcript_quotes(b, turns) + _dash_answers(b, turns))
    direct = sorted(direct + post_quotes(b, direct))
    _reported(b, direct, body)
    _headline_claims(b, direct)
    _inherit_speakers(b.quotes, text, frozenset(b.turns))
    _possessor_speakers(b.quotes, b.ix)
    _named_after(b.quotes, b.ix)
    _headline_speakers(b.quotes, b.ix)
    _tagged_speakers(b.quotes, b.ix)
    _role_tag_speakers(b.quotes, b.ix)
    doc._.cr_quotes = _join_partials(b.quotes, b.ix)
    doc._.cr_framing = b.framing
    _pieces(doc._.cr_quotes, marked)
    _writer_speakers(doc._.cr_quotes, b.ix)
    _joint_speakers(doc._.cr_quotes, b.ix)
    spans = []
    for q in b.quotes:
        sp = doc.char_span(q.span[0], q.span[1], label=q.kind, alignment_mode="expand")
        if sp is not None:
            spans.append(sp)
    doc.spans["cr_quotes"] = spans
    return doc
