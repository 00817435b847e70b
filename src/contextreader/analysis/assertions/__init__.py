"""Assertions: the voice of every sentence, and the claims the outlet makes on its own.

Every body sentence gets a ``report.Sentence`` with one voice:

- ``quoted``: mostly inside a direct quote (a sentence like '"...", X said' counts too), or
  mostly a quoted fragment given to a speaker; inside one pair of quotation marks, speaker
  found or not; or inside a social-media post pasted into the article (a post element, or a
  paragraph signed "— Name (@handle) date"), which is its author's;
- ``reported``: it tells what someone named says, thinks, wants, backs, condemns or decided:
  reported speech from cr_quotes, or a verb, noun or adjective of saying, stance, feeling
  toward a fact, wish or ruling with a holder ("Roe backs the plan", "Roe's support for",
  "aides were confident that", "In a new poll, ...", "Roe leads in the polls", "her plan to");
  what a poll or a record finds ("the survey finds Roe ahead"), what a work tells ("a film
  about the strike"); a feeling someone has about a claim or a decision ("the plan angered
  Roe"; "the noise frightened them" is none); a frame or aside that names whose view it is
  ("To Roe, ...", "..., court records show, ...", "..., per the Gazette", a headline "Roe: ...");
- ``vague``: the claim is given only to a source that names no one ("officials said",
  "critics fear", "claims by some in X"), or to no one at all: an agentless passive ("it is
  believed", "the plan was criticized as", "was billed as"), a decision whose maker is not
  named ("the treaty was signed"; a person's sentence, election or appointment is a recorded
  outcome, not a claim), a noun of stance with no holder ("amid fears that", "the debate
  over"), something said to be known or in doubt by no one named ("it is unclear whether"),
  an act of saying or stance done by no one in particular ("Asking for a raise makes ...",
  "That is a long way from admitting ..."; not a set formula: "saying sorry"), "reportedly",
  an impression ("seems to", "looks doomed"), a question put by no one named ("when asked
  whether ..."), people counted or described but not named ("one of the aides", "those who
  know him"; a body is named by what it is: "the port authority said"); a name given ("an
  app called Beacon") claims nothing; unnamed people beside a named speaker ("Roe and other
  officials said") add a vague assertion to Roe's sentence;
- ``unattributed``: the outlet's own voice.

When a sentence holds several attributions, the one whose cue is highest in the parse gives
the voice: "Roe believes critics are wrong" is Roe's. A vague claim beside the main one
("Roe spoke on Monday, and there were complaints that ...") or outside the marks of a quoted
sentence ('"...," she said when asked about X') becomes a vague assertion of its own over
its clause, as does a hearsay label in any sentence ("the alleged thief") and a reaction that
someone named only answers ("Roe responded to criticism of X"; questions put to someone, as in
"declined to answer questions about X", are no one's claim); a direct quote from an
unnamed speaker ("said a senior official") is a vague assertion over its sentence; views
inside what someone is reported to say are theirs.

Headlines and subheads (``heading=True``) are read the same way: a headline that carries a quote
or a cue is quoted or reported; one that does not is the outlet's own, unattributed claim.

Where the small model's parse fails, the words are read by their written form: verbs are looked
up as cr_quotes looks them up (``VerbForms``: its lemma when it lists the verb, else ours, else
the one the inflected form points to); a verb of saying or stance the tagger read as a noun,
an adjective or "like" as a preposition counts when it follows a subject and the parse has no
main verb ("Roe champions the plan", "voters don't like it"); title-case headlines are read
word by word. The paragraph, or the list items, after a lead that ends its line with a colon
("Roe argued that:") are the lead's speaker's. A report whose cue is an agentless passive
("Roe is expected to sign") does not give the view to its subject. A quotation mark the
sentence splitter left at a sentence's end opens the next one, and is not part of it.

Vague and unattributed assertions come with a note in plain words that says what is missing.
Quotes come from cr_quotes; vague sources from ``vague_sources.toml``; the stance, decree and
noun cues beyond the verbs of saying from ``attribution_cues.toml``.

How the package is laid out:

- ``component``: the spaCy component; walks the body sentences and settles each one's voice;
- ``page_furniture``: lines that are no sentence of the article and get no voice (page
  furniture, photo credits and sign-offs, bylines, a masthead's name lines);
- ``quoted``: what is someone else's words: quotes from cr_quotes, pairs of quotation marks,
  pasted social-media posts, transcript turns, the reported quote that gives a sentence its voice;
- ``verdicts``: the outlet's own verdict on a claim ("Roe's claim is false", "We rate it false");
- ``cues``: the attribution that gives a sentence its voice, trying each word as each kind of cue:
  ``verbs`` (saying, stance, decree, feeling, finding; agentless passives), ``comment_clauses``
  ("..., records show, ..."), ``nouns`` (nouns of saying or stance, works about something),
  ``frames`` ("In a new poll", "per X", "To Roe,", a side taken), ``hedges`` (hearsay adverbs
  and labels, impressions, "it is unclear") and ``headings`` (title-case and "Name: ..." lines);
- ``holders``: who holds the view a cue gives (a subject, a possessor, "by X"), and whether it
  is named; ``sources``: whether a source phrase names no one ("officials", "one of his aides");
- ``no_claim``: what looks like a cue or a claim but gives no one a claim (a name given, a
  question put, a recorded outcome, a forecast) and sentences that claim nothing (questions,
  requests, the outlet's note on what it could not check);
- ``inner_vague``: vague assertions beside a sentence's main voice (an unnamed speaker or
  partner, a vague clause inside someone's sentence);
- ``lexicon``: the word lists, loaded and checked once, and ``VerbForms``;
- ``context``: what the steps share (the per-doc context, a found attribution and its cue, the
  assertion with its note, small parse tests).

Names with a leading underscore are private to the package.
"""

from contextreader.analysis.assertions.component import assertions_component

__all__ = ["assertions_component"]
