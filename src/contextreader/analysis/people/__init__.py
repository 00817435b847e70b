"""People: PERSON mentions merged per person, with the role the text gives them.

A reader wants one entry per person, not one per way of writing the name: "Jane Roe", "Roe",
"Ms. Roe" and "the senator" (when it clearly points back to her) are one person. The component
(``people_component``, below) works in four passes over the doc, each linear in its size:

1. candidate names (``candidates``) from the tagger's PERSON entities (and names it calls an
   organisation that open with a known first name and act as a person), cleaned of honorifics,
   titles, stray words in front ("Follow", "See"), verbs and possessive endings, and dropped
   when they overlap an outlet mention (``doc.spans["cr_outlets"]``), sit on a headline or
   title-case line, or look like an organisation, a family, an acronym or a dateline credit, or
   when the text uses the name for a thing, a place or a company ("Roe & Co.", "shares of Jan
   Roe", "Jan Roe reported higher profits"; ``not_people``);
2. clustering (``clusters``): full names whose first name and surname agree and whose middle
   parts do not differ are one person ("George W. Roe" and "George H. Roe" are two); a given
   name before "and" shares the surname after it ("Jan and Dana Roe"); roles of full names;
3. more mentions (``mentions``): every token that spells a surname or first name of a person
   (the tagger often misses a bare surname, or calls it an ORG) goes to the person it most
   likely means, by position, honorific or gendered-title gender, title and kinship
   (``_resolve_word``; a title that none of several namesakes was given names someone else:
   "Captain Roe" beside Jan and Dana Roe); then "the <role noun>" points back to the most
   recent person the text gave that noun or another form of the office ("the senator" for
   "Sen. Roe"; a generic noun such as "the lawmaker" to any role of its class, and otherwise no
   one), when the place, party and rank words before it agree ("the Ohio governor", "the
   deputy minister");
4. roles (``roles``) from titles before the name ("Deputy Foreign Minister Jan Roe") and
   appositions on either side of it ("the city's mayor, Jan Roe," / "Jan Roe, the under
   secretary of state for ...").

After pass 3, a person known by one word only that is the name, or the first word of the name,
of an outlet cr_outlet found in the document ("Bloomberg" beside Bloomberg News) is dropped
(``not_people``).

Transcript labels (``transcripts``: "ROE: Well, ...", '"MR. ROE: ...', "Q: ...") name a speaker
in capitals: a label that spells a person's surname or full name (any case) is a mention of that
person; one that names no one in the article is no person of its own. The turns are kept in
``doc.user_data["cr_people.labels"]`` (``TranscriptTurn`` list) for cr_quotes and cr_assertions.
"Q." / "A." labels of an explainer that asks and answers its own questions (``is_explainer``)
are no turns: they are kept in ``doc.user_data["cr_people.own_labels"]`` for cr_assertions, which
reads the answers as the outlet's own text.

Results: ``doc._.cr_people`` (report.Person list), ``doc.spans["cr_people"]`` (one span per mention
with ``span._.cr_person_id``), and ``doc.user_data["cr_people.gender"]`` ({person id: "male" |
"female"}) for the pronoun resolution in cr_quotes: from an honorific, a gendered role or title
or a kinship noun beside the name ("her husband, Jan Roe") when the text gives one, else from
the first name (``first_names.toml``, a soft hint: unknown otherwise).

The word lists every pass reads (``role_nouns.toml``, ``first_names.toml``) are loaded in
``lexicon``; small helpers more than one pass needs (headline lines, outlet spans, the words of
a name) live in ``_common``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from contextreader.analysis.extensions import text_of
from contextreader.analysis.inflect import common_nouns
from contextreader.analysis.people._common import in_heading
from contextreader.analysis.people.candidates import _candidates
from contextreader.analysis.people.clusters import _cluster, _merge_name_variants, _name_gender
from contextreader.analysis.people.lexicon import (
    NAME_NOUNS,
    NAMES_FILE,
    ROLE_FILE,
    RoleLexicon,
    first_name_genders,
    first_names,
    parse_first_names,
    parse_role_lexicon,
    role_lexicon,
)
from contextreader.analysis.people.mentions import _add_mentions, _kin_mentions, _role_noun_mentions
from contextreader.analysis.people.not_people import _drop_outlet_names, outlet_words
from contextreader.analysis.people.roles import (
    BYLINE_ROLE,
    CREDIT_ROLE,
    _assign_affiliations,
    _assign_bylines,
    _assign_roles,
)
from contextreader.analysis.people.transcripts import (
    LABELS_KEY,
    OWN_LABELS_KEY,
    TranscriptTurn,
    _is_label,
    _raw_labels,
    is_explainer,
    transcript_turns,
)
from contextreader.report import Person

# what the other components and the tests use: the component, its word lists, the keys it writes
__all__ = [
    "BYLINE_ROLE",
    "CREDIT_ROLE",
    "GENDER_KEY",
    "LABELS_KEY",
    "NAMES_FILE",
    "NAME_NOUNS",
    "OWN_LABELS_KEY",
    "ROLE_FILE",
    "PeopleFinder",
    "RoleLexicon",
    "TranscriptTurn",
    "first_name_genders",
    "first_names",
    "in_heading",
    "make_people_finder",
    "outlet_words",
    "parse_first_names",
    "parse_role_lexicon",
    "people_component",
    "role_lexicon",
    "transcript_turns",
]

GENDER_KEY = "cr_people.gender"


@Language.factory("cr_people", assigns=["doc._.cr_people", "doc.spans"])
def make_people_finder(nlp: Language, name: str) -> PeopleFinder:
    return PeopleFinder(common_nouns(nlp))


class PeopleFinder:
    """Finds the people a news text names and every mention of each; built once per pipeline
    with the lemmatizer's common nouns, which tell a capitalised "Turnout" from a surname."""

    def __init__(self, nouns: frozenset[str]) -> None:
        self.nouns = nouns

    def __call__(self, doc: Doc) -> Doc:
        return people_component(doc, self.nouns)


def people_component(doc: Doc, nouns: frozenset[str] = frozenset()) -> Doc:
    """Find the people a news text names and every mention of each."""
    lex = role_lexicon()
    text = text_of(doc)
    body = doc._.cr_body_start or 0
    labels = [m.span("label") for m, _ in _raw_labels(text, body)]
    cands = [c for c in _candidates(doc, lex, nouns) if not _is_label(c[0], labels)]
    people = _cluster(cands, lex)
    # roles of full names first: a title tells which of two Roes "President Roe" is
    _assign_roles(
        [(s, t, people.by_cand[i]) for i, (s, t, _) in enumerate(cands) if i in people.by_cand], lex
    )
    # short and full given names ("Danny Roe", "Daniel Roe"), once roles can tell them apart
    _merge_name_variants(people, cands, lex)
    owner = _add_mentions(doc, cands, people, lex)
    _drop_outlet_names(people, owner, outlet_words(doc))
    clusters = [cl for cl in people.clusters if cl.names]
    turns = transcript_turns(text, body, clusters, lex, owner, doc)
    if is_explainer(text, [t for t, _ in turns], owner, lex):
        # the outlet's own questions and answers: no one's turns, the labels no one's words
        doc.user_data[OWN_LABELS_KEY] = [t.label for t, _ in turns]
        turns = []
    for turn, cl in turns:
        # the label is a mention of its speaker, unless a name elsewhere tells who speaks
        # ("SPOKESPERSON (Jan Roe):") or the label's own name already is one ("Mr Jan Roe:")
        (a, b) = turn.label
        if cl is not None and turn.speaker is None and not any(s < b and a < e for s, e in owner):
            owner[turn.label] = cl
    doc.user_data[LABELS_KEY] = [t for t, _ in turns]
    singles = []
    for i, (name, title, _) in enumerate(cands):
        cl = owner.get((name.start_char, name.end_char))
        if i not in people.by_cand and cl is not None:
            singles.append((name, title, cl))
    _assign_roles(singles, lex)
    _assign_affiliations(cands, people.by_cand, owner, lex)
    _assign_bylines(text, body, owner, doc)
    _role_noun_mentions(doc, owner, lex)
    _kin_mentions(doc, owner, lex)
    for cl in clusters:
        cl.gender = cl.gender or _name_gender(cl)
    spans: list[Span] = []
    for (s, e), cl in sorted(owner.items()):
        cl.mentions.append((s, e))
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            span._.cr_person_id = cl.id
            spans.append(span)
    found = [
        Person(id=cl.id, name=cl.name, role=cl.role, mentions=cl.mentions)
        for cl in clusters
        if cl.mentions
    ]
    doc._.cr_people = found
    doc.spans["cr_people"] = spans
    doc.user_data[GENDER_KEY] = {cl.id: cl.gender for cl in clusters if cl.gender}
    return doc
