"""Loaded terms: words that colour the text, each with a note, a neutral alternative and a voice.

``cr_loaded`` (``component.py``) matches the curated lexicon (``data/loaded_terms.toml``, read and
checked by ``lexicon.py``) with spaCy's ``PhraseMatcher`` on lemmas and lower-case words
(``matching.py``), so "smears", "smeared" and "smearing" all find the entry "smear", and
multi-word phrases match on their lower-cased or lemmatised words. Matches then pass the context
checks that keep marks trustworthy: the checks every match passes (``names.py``,
``mentions.py``, ``denial.py``), then the context rule its entry names (``rules/``, one module
per kind of test), and for scare quotes ``scare_quotes.py``:

* a word inside a proper name is not loaded ("Regime Change Films", "the Reckless Hearts", an
  ORG/PERSON/WORK_OF_ART... entity), nor in a technical sense the entry excludes ("tax regime",
  also across a hyphen: "regime-change", and with words between: "the most devastating Kavarian
  airstrike", "the tax and customs regime"; ``names.py``);
* a verdict the sentence denies is applied to nobody ("the mayor is not brilliant", "this is no
  disaster"), and a term that is named or defined is mentioned, not used ("the word 'sheeple'",
  "'zealotry' means ..."; ``denial.py``, ``mentions.py``);
* "regime" and "meddling" are the conventional news words for a named government or a named
  country's interference ("the regime in Kavaria", "Ostrevian meddling", and later bare mentions
  of the same), so only the unnamed, verdict use is marked; a bare "the regime" after "the tax
  regime" refers back to that system and is not marked either (``rules/unnamed.py``);
* a verb of attack ("slam", "blast", "bash") is a verb of saying only where it attacks a
  person, a body or what they said or did ("slammed the mayor", "blasted the decision as
  reckless"), not a door, the brakes or rock (rule "attacking", ``rules/saying.py``);
* capitalised words in quotation marks after a noun of a work ('the documentary "Witch
  Hunt"') are its title, not the writer's label (``mentions.py``);
* "so-called X" marks "so-called" together with the noun phrase it distances the writer from,
  but not where it only introduces a name or a coined compound ("the so-called Harwick Group",
  "so-called ghost guns"): that is the "commonly named" sense, not doubt. A compound of a
  benefit and a plain measure ("the so-called peace plan") is still marked: it questions the
  benefit claimed (``[context] claimed_goods`` and ``measures``), however many words the
  measure's name runs to and whether or not it is quoted ('the so-called "harbour renewal
  plan"'; ``rules/so_called.py``);
* "alleged"/"allegedly" (and "purported(ly)") is the standard legal caution in crime and court
  reporting, so it is only marked as doubt where nothing in the sentence (or the one before) is
  about courts or police and the sentence frames the matter as disputed;
* "claim" is marked only where it frames a statement ("claimed that ...", "claims by critics",
  "claims that ..."), not as a right or demand ("insurance claims", "claimed responsibility"),
  and only where words outside the claim dispute it ("falsely claimed" carries its verdict on
  the adverb; "claimed there was no evidence" is not disputed by its own content), not where
  the dispute is the word it hangs from ("rejected the claim that ...", "lied by claiming ...")
  and not by a phrase that affirms ("no doubt") (``rules/doubt.py``);
* group words and labels with a neutral use ("neocon", "illegals", "fanatic", "swamp") are
  name-calling only when said of a person or group: predicated ("X is a globalist"), in
  apposition, as a title before a name ("the fanatic Kell"), qualified by whose they
  are ("his lackeys"; an adjective of faith or nation, "Islamic jihadis", does not count),
  followed by "who", or pointed at in a body of people ("those parasites in city hall"); not
  where speakers label themselves or the sentence denies it ("we were sheep", "he is no
  fool"). A label that also names a kept animal ("dog", "pig") is the animal where someone
  owns, walks or feeds it ("walks her dog", "fed the pigs"; ``[context] animals`` and
  ``animal_care``). Threat words cast people as a mass when they are the ones doing it ("migrants
  swarmed the post"), and "the woman's killer" or "the senator's cancer" names a victim
  (``rules/labels.py``);
* a word that is also a legal term ("fraudulent") is loaded only outside court and crime
  reporting, where it is the writer's verdict rather than the charge;
* a word of ruin ("ravaged", "havoc", "a disaster") is the plain word for the damage done, and
  is not marked, where a storm, flood, fire or disease did it: its own subject ("the storm
  ravaged the coast"), or, when it has none, the sentence or the one before in its paragraph
  names the hazard (``rules/hazards.py``); a word of spilt blood ("carnage", "bloodshed") is
  the plain word beside a report of deaths or injuries, a figure elsewhere ("a bloodbath in the
  markets");
* a label may be the second half of a hyphened compound ("Trump-hating", "rumour-monger");
* "lie" is marked where the writer amplifies or piles it up ("a blatant lie", "a web of lies"),
  not where it names a charge plainly ("the lie about the budget"; ``rules/senses.py``);
* capitalised set phrases ("this Rigged Witch Hunt", "the Deep State") are still the phrase
  unless the parser found a name around them or a longer capitalised name goes on;
* a title-case headline ("Harbour Board Faces Firestorm Over Unethical Sham") is matched once
  more on a lower-case copy, since the small model reads its words as names and misses them;
  the names in it are worked out on the article (see ``headlines.py``);
* puffery inside a speaker's quoted words is the speaker talking, not the outlet promoting,
  and is not marked, except hype ([context] hype: '"This is a game-changer," the chief
  executive said', "the most revolutionary phone ever made"), a company's or campaign's claim
  for its own product or measure, marked with voice "quoted" as a speaker's "incredible" is
  (not said of a person or a person's work: '"Her research was groundbreaking"' is praise);
  an adjective standing for a class of people ("the righteous") praises nobody; and a word
  or two the outlet lifts into quotation marks as the label a verb of describing gives
  ('described the results as "game-changing"') is marked, in the voice "quoted";
* a speaker telling how they themselves felt ('"I was terrified," she said', '"It horrified
  me"') is testimony about their own state, not wording that colours how others are seen,
  and is not marked;
* a scare quote the quotes component found (``Quote.kind == "scare"``) becomes a mark only where
  it holds one word (or two around a loaded word) at a distance inside the writer's phrase: not
  a title, a capitalised name, a foreign term, a term being named ('known as a "reference"'),
  one of a list of quoted terms, or a word a speaker is quoted using elsewhere in the article;
  and only where it passes a verdict: around a loaded word or a word for people or a camp ('the
  "journalists"', 'the "progressives"'). Other scare quotes stay in the quotes list only; see
  ``scare_quotes.distancing``, ``scare_quotes._echoes_speaker`` and
  ``LoadedTerms._passes_verdict``.

Each mark gets a voice from where it sits: "quoted" inside a direct or partial quote or a
sentence the article pastes in from someone's post, "reported" inside reported speech, otherwise
"outlet" (see ``voice.py``). Reported speech lends its voice only where the words may be the
speaker's: a clause ("Roe said the plan was a farce"), a label ("Roe called the plan a farce",
"described it as a farce") or an intention ("vowed to ..."). The object a writer picks for a verb
("Roe denied the outrageous charges", "criticized the reckless agents") is the writer's
description of what was said, though the charge or fear a preposition of the verb brings in
("accused the board of a shameful cover-up", "warned of a catastrophic collapse") is the
speaker's; words after "declined to" or "refused to" were never said; and a
first-person source outside quotation marks ("I want to recall ...", "we can see that ...") is
the writer. A writer's comment set after reported speech ("said the plan was a breakthrough,
an absurd boast") is the writer's, and what a passive verb of saying relays ("bosses are said
to be furious") is "reported" though no one is named. A label the sentence pins on someone
through another's verb ("tarred the mayor as an anti-semite", "criticised as homophobic",
"deemed to be traitors") is that other's word, so it is "reported" even where no speech was
found (see ``voice._anothers_label``). Overlapping matches keep the one "so-called" or a
scare quote made, else the longer one. A mark's alternative is fitted to the form of the word
it replaces ("cronies" -> "associates", "slamming" -> "criticizing"; see ``alternatives.py``).
"""

from contextreader.analysis.loaded.component import LoadedTerms, make_loaded_terms
from contextreader.analysis.loaded.rules import RULES, Rule
from contextreader.analysis.loaded.voice import VoiceIndex, voice_of

__all__ = ["RULES", "LoadedTerms", "Rule", "VoiceIndex", "make_loaded_terms", "voice_of"]
