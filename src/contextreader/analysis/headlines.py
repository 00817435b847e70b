"""Title-case headlines, made readable for the loaded-terms matcher.

A title-case headline ("Harbour Board Faces Firestorm Over Unethical Sham") capitalises every
word, and the small English model then reads most of its words as proper nouns: they get no
lemma ("Liars" stays "Liars"), no adjective or verb tag, and often an entity label, so the
lexicon's matcher and its part-of-speech checks pass them by. The headline is where an outlet's
choice of words shows most, so ``cr_loaded`` reads each such line a second time from a copy
with its title-case words in lower case, which the model tags and parses as ordinary text.

Lower case also hides the names the capitals showed, so the characters that are names all the
same are kept out of that second reading:

* the name of a person the article names ("Savage" in "Orla Savage Wins Vote"), from the
  people component;
* a title in quotation marks that is not someone's quoted words ("'Savage Grace' Opens");
* a word the article writes with a capital in the middle of a sentence elsewhere (the body's
  "the Savage Grace tour" shows the headline's "Savage" is part of a name); not a phrase of
  several words, which writers capitalise for emphasis ("the Deep State").

Lines that only look like headlines are left alone: a post's signature ("Dry Wit (@drywit) May
2, 2018"), a credit line or byline, and lines without a word that could begin a lexicon term (a
cheap test, so that a long list of capitalised lines is not parsed for nothing).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from contextreader.analysis.extensions import text_of
from contextreader.analysis.paragraphs import is_heading

# a word written with a capital and then small letters, as every word of a title-case headline is
_TITLE_WORD = re.compile(r"\b[A-Z][a-z]+\b")
# what shows a capitalised line is a signature or a credit, not a headline: a social-media
# handle ("Dry Wit (@drywit) May 2"), a semicolon ("Reporting by Orla Vell; Editing by Kel
# Roe"), a byline ("By Orla Vell")
_NOT_HEADLINE = re.compile(r"(?<!\w)@\w+|;|^\s*By\s")
# set on the user data of a title-case headline's lower-case copy, so a rule can tell that the
# line it reads is a headline, with a headline's grammar ("Council Slammed Over Cuts")
HEADLINE_COPY_KEY = "cr.headline_copy"
# the words of a lower-cased line, hyphened compounds whole
_WORD = re.compile(r"[a-z]+(?:['’-][a-z]+)*")
# quotation marks that open a quote, and the tokens before a capital that explain it
_OPENERS = frozenset({'"', "“", "‘", "'", ":", "(", "[", "—", "–", "-"})
_SHORTEST_KEY = 3
# the words of three letters or more a title-case headline may leave in lower case
_SMALL_TITLE_WORDS = frozenset(
    {"and", "the", "for", "but", "nor", "via", "yet", "per", "from", "with", "into", "onto"}
    | {"over", "upon"}
)
# small words a title's run of capitalised words may hold: "Thugs of Hindostan"; not "and" or
# "in", which join two names or a name and a place ("Regime and Propaganda", "Hoax in London")
_RUN_LINKS = frozenset({"of", "the", "a", "an"})


@dataclass(frozen=True, slots=True)
class TitleLine:
    """A title-case headline: where it starts, its lower-case copy (the same length, so a
    character of the copy is the same character of the article), and the article characters in
    it that are names and stay unmarked."""

    start: int
    lowered: str
    names: frozenset[int]
    # the characters of words the body writes with a capital mid-sentence: a name for one word,
    # but a set phrase may be capitalised for emphasis ("the Deep State") and is still the phrase
    capitalised: frozenset[int]


def term_keys(terms: Iterable[str]) -> frozenset[str]:
    """What a word must begin with to be worth a second reading: each lexicon term's first word
    without its last letter, which its inflections share ("smear" -> "smea": "smears",
    "smeared"; "bully" -> "bull": "bullied"), or the whole word when it is short ("lie")."""
    keys = set()
    for term in terms:
        first = term.lower().split()[0]
        keys.add(first[:-1] if len(first) > _SHORTEST_KEY else first)
    return frozenset(keys)


class HeadingIndex:
    """A doc's heading lines and the words its body capitalises, each worked out once, when
    first asked for (most articles need neither)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    @cached_property
    def lines(self) -> list[tuple[int, int]]:
        return heading_lines(text_of(self.doc))

    @cached_property
    def capitalised(self) -> set[str]:
        return body_capitalised(self.doc, self.lines)

    @cached_property
    def prose_capitalised(self) -> set[str]:
        """Words capitalised mid-sentence, standing alone, in sentences not in title case: names
        for sure ("the band Hoax"). A capital in a run of them is a title's, a slogan's or
        emphasis's ("signs reading No Thugs Here", "the film Thugs of Hindostan")."""
        return body_capitalised(self.doc, self.lines, prose_only=True)


def title_lines(index: HeadingIndex, keys: frozenset[str]) -> list[TitleLine]:
    """The doc's title-case headlines that hold a word beginning like a lexicon term."""
    doc = index.doc
    text = text_of(doc)
    found: list[tuple[int, str]] = []
    for start, end in index.lines:
        line = text[start:end]
        if _NOT_HEADLINE.search(line):
            continue
        lowered = _TITLE_WORD.sub(lambda m: m.group().lower(), line)
        if lowered != line and _may_hold_term(lowered, keys):
            found.append((start, lowered))
    if not found:
        return []
    named = index.capitalised
    people = _people_chars(doc)
    titles = _quoted_titles(doc)
    lines = []
    for start, lowered in found:
        names: set[int] = set()
        capitalised: set[int] = set()
        for m in _WORD.finditer(lowered):
            chars = range(start + m.start(), start + m.end())
            if any(i in people or i in titles for i in chars):
                names.update(chars)
            if m.group() in named:
                capitalised.update(chars)
        lines.append(TitleLine(start, lowered, frozenset(names), frozenset(capitalised)))
    return lines


def _may_hold_term(lowered: str, keys: frozenset[str]) -> bool:
    """Some word of the line, or a half of a hyphened one, begins like a lexicon term."""
    for word in _WORD.findall(lowered):
        for part in {word, *re.split(r"['’-]", word)}:
            prefixes = (part[:n] for n in range(_SHORTEST_KEY, len(part) + 1))
            if any(p in keys for p in prefixes):
                return True
    return False


def heading_lines(text: str) -> list[tuple[int, int]]:
    """The start and end of every line that reads as a heading, in text order. The article's
    first line is its headline even with one full stop after it, as some archives write it
    ("Harbour Board Faces Firestorm."), if every word but the small ones has a capital (a
    sentence full of names, "The Vell Prize went to Orla Roe.", does not); any other line
    ending in a stop is a sentence."""
    out = []
    offset = 0
    first = True
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        bare = line.rstrip()
        if first and bare.endswith(".") and not bare.endswith("..") and _all_title(bare):
            bare = bare[:-1]
        if line.strip():
            first = False
        if is_heading(bare):
            out.append((start, start + len(line)))
    return out


def _all_title(line: str) -> bool:
    """Every word of three letters or more in the line begins with a capital, but the
    conjunctions, articles and prepositions title case leaves small ("and", "for", "with")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    return all(w[:1].isupper() or w in _SMALL_TITLE_WORDS for w in words if len(w) >= 3)


def body_capitalised(
    doc: Doc, headings: list[tuple[int, int]], prose_only: bool = False
) -> set[str]:
    """Words the article writes with a capital in the middle of a sentence, outside headings
    (``headings`` in text order): names, or words of names ("the Savage Grace tour").
    ``prose_only`` leaves out sentences in title case, which capitalise ordinary words too (a
    headline the line finder missed: 'Lemon: "We Have To Stop Demonizing People"')."""
    starts = [start for start, _ in headings]
    named = set()
    for tok in doc:
        if tok.is_sent_start or not tok.text[:1].isupper() or tok.is_upper:
            continue
        if prose_only and _title_case_sentence(tok.sent):
            continue
        if doc[tok.i - 1].text in _OPENERS or doc[tok.i - 1].is_quote:
            continue  # a quotation or a list item may begin with a capital
        i = bisect_right(starts, tok.idx) - 1
        if i >= 0 and tok.idx < headings[i][1]:
            continue
        if not prose_only:
            named.add(tok.lower_)
        elif not _before_a_quote(tok):  # in quotation marks it may be anything
            run = _capital_run(tok)
            named.add(run)
            if run.endswith(f" {tok.lower_}"):
                named.add(tok.lower_)  # a name's last word: "Mr Crooks", "On Friday Hoax"
    return named


def _before_a_quote(tok: Token) -> bool:
    """A quotation mark follows the word; not the apostrophe of a plural's possessive, which
    spaCy also calls a quote ("Savages' next show")."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or not doc[tok.i + 1].is_quote:
        return False
    mark = doc[tok.i + 1]
    possessive = mark.text in ("'", "’") and tok.lower_.endswith("s") and not tok.whitespace_
    return not (mark.tag_ == "POS" or possessive)


def _capital_run(tok: Token) -> str:
    """The run of capitalised words ``tok`` stands in, in lower case ("thugs of hindostan", a
    title's; "no thugs here", a slogan's), or the word alone: a run shows a name of several
    words, of which a sentence opening on one word says nothing. The run keeps to the sentence,
    not counting its first word (whose capital is the sentence's), and may hold one small word
    of a title between two capitals ("of", "the")."""
    doc, sent = tok.doc, tok.sent
    start = end = tok.i

    def capital(i: int) -> bool:
        word = doc[i]
        return word.is_alpha and word.text[:1].isupper() and not word.is_sent_start

    while True:
        if start - 1 > sent.start and capital(start - 1):
            start -= 1
        elif start - 2 > sent.start and doc[start - 1].lower_ in _RUN_LINKS and capital(start - 2):
            start -= 2
        else:
            break
    while True:
        if end + 1 < sent.end and capital(end + 1):
            end += 1
        elif end + 2 < sent.end and doc[end + 1].lower_ in _RUN_LINKS and capital(end + 2):
            end += 2
        else:
            break
    return " ".join(t.lower_ for t in doc[start : end + 1])


def _title_case_sentence(sent: Span) -> bool:
    """Most of the sentence's words of four letters or more open with a capital, leaving out
    its first word and the names of people and places, which any prose capitalises ("Critics
    loved Liars.", "Natalie Merchant left Maniacs in 1993." are no titles). A line with no
    other word ("Defining the Wicked…", where the tagger calls "Wicked" a person) counts them
    all."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    plain = [t for t in words if t.i > sent.start and t.ent_type_ not in ("PERSON", "GPE")]
    if not plain:
        plain = words if len(words) > 1 else []
    return bool(plain) and sum(t.text[0].isupper() for t in plain) * 2 > len(plain)


def _people_chars(doc: Doc) -> set[int]:
    """The characters of every named person's name: the people component's mentions that spell
    it (a capital first: "Orla Vell", not "the pastor"). The entity recogniser's own person
    spans are no help here: in a title-case line it calls "Temper Tantrum" a person."""
    text = text_of(doc)
    chars: set[int] = set()
    for person in doc._.cr_people or []:
        for start, end in person.mentions:
            if text[start : start + 1].isupper():
                chars.update(range(start, end))
    return chars


def _quoted_titles(doc: Doc) -> set[int]:
    """The characters inside quotation marks that are not someone's words: the quotes component
    calls them scare quotes, and in a headline they are most often a title ("'Savage Grace'
    Opens in Vell")."""
    chars: set[int] = set()
    for quote in doc._.cr_quotes or []:
        if quote.kind == "scare":
            chars.update(range(*quote.span))
    return chars
