"""cr_quotes: reports the small parser gets wrong, repaired from the shape of the sentence.

Inserted "X said," with the clause's own subject taken for a second subject; a verb of saying
hung as the complement of the verb after it; a "that" clause hung on the object of the verb's
preposition; the adjective of "made clear that"; "calls X a Y"; and the outer verb of one
report ("told the crowd that she wants ...") as the cue of a fragment.
"""

from __future__ import annotations

import pytest

from tests.analysis.helpers import named, quote_rows

# Each case: a short article and every quote found in it, as
# (kind, quoted text, cue, person's name, speaker mention).
CASES = {
    # "Voters" and "Ortiz" are both parsed as subjects of "suggested": the one next to it speaks
    "inserted_cue_takes_the_subject_next_to_it": (
        "Voters, Mayor Lena Ortiz suggested, should not worry that the ferry will stop running.",
        [
            (
                "indirect",
                "should not worry that the ferry will stop running",
                "suggest",
                "Lena Ortiz",
                "Lena Ortiz",
            )
        ],
    ),
    # "calls X a Y": what the speaker calls it is reported, and the quoted word is hers
    "object_predicate_is_part_of_the_report": (
        "Councilman Hal Pruitt called the levy a disgrace.",
        [("indirect", "the levy a disgrace", "call", "Hal Pruitt", "Hal Pruitt")],
    ),
    "quoted_object_predicate_is_the_speakers_fragment": (
        'His chief of staff, Tomas Brandt, calls the report a "roadmap" for how he would '
        "fix the port.",
        [("partial", "roadmap", "call", "Tomas Brandt", "Tomas Brandt")],
    ),
    # "claimed" is parsed as the complement of "asked"; what she claimed is the rest
    "fronted_verb_of_saying_reports_the_clause_after_it": (
        "Wanda Pike claimed at some stage, a farmer urged the hall to clap if they backed "
        "the levy.",
        [
            (
                "indirect",
                "a farmer urged the hall to clap if they backed the levy",
                "claim",
                "Wanda Pike",
                "Wanda Pike",
            )
        ],
    ),
    # "say" is parsed as the complement of "wants": two reports, each with its own subject
    "a_report_before_a_semicolon_is_its_own": (
        "Tenants say that the landlord's repairs have been delayed to push them out; the "
        "landlord wants to sell the building.",
        [
            (
                "indirect",
                "the landlord's repairs have been delayed to push them out",
                "say",
                None,
                "Tenants",
            ),
            ("indirect", "to sell the building", "want", None, "the landlord"),
        ],
    ),
    # the statement before ", a survey found" stays what the survey found
    "statement_before_its_verb_is_still_its_content": (
        "Rents have risen sharply in the district, a city survey found.",
        [
            (
                "indirect",
                "Rents have risen sharply in the district",
                "find",
                None,
                "a city survey",
            )
        ],
    ),
    # every clause before a sentence-final "..., the treasurer added." is what the treasurer
    # added
    "trailing_cue_reports_every_clause_before_it": (
        "The coach had told the board that he did not need a new stadium, but the owners "
        "ignored that advice, the treasurer added.",
        [
            (
                "indirect",
                "The coach had told the board that he did not need a new stadium, but the owners "
                "ignored that advice",
                "add",
                None,
                "the treasurer",
            )
        ],
    ),
    # the "that" clause is parsed as a relative clause of "time" / "evidence"
    "that_clause_on_the_object_of_a_preposition": (
        "Wanda Pike admitted for the first time that before the hearing, the judge had "
        "phoned her at home.",
        [
            (
                "indirect",
                "before the hearing, the judge had phoned her at home",
                "admit",
                "Wanda Pike",
                "Wanda Pike",
            )
        ],
    ),
    "that_clause_after_without_evidence": (
        "At a fair in Tarrow, Hal Pruitt went further, claiming without evidence that the "
        "council had sold the pier.",
        [
            (
                "indirect",
                "the council had sold the pier",
                "claim",
                "Hal Pruitt",
                "Hal Pruitt",
            )
        ],
    ),
    # "clear" is parsed as the clause of "made"; the "that" clause after it is what she made clear
    "made_clear_reports_the_that_clause": (
        "Wanda Pike went on to express concern about the lease and made clear that she would "
        "not sign it.",
        [
            ("indirect", "concern about the lease", "express", "Wanda Pike", "Wanda Pike"),
            (
                "indirect",
                "she would not sign it",
                "make",
                "Wanda Pike",
                "Wanda Pike",
            ),
        ],
    ),
    # one report: the outer verb tells what she wants, and is the fragment's cue
    "outer_verb_of_one_report_is_the_fragments_cue": (
        'Mayor Lena Ortiz told an audience in Dover that she wants a budget "built on trust and '
        'thrift."',
        [("partial", "built on trust and thrift.", "tell", "Lena Ortiz", "Lena Ortiz")],
    ),
    # -- speakers the parse leaves out -------------------------------------------------------
    # the name is hung on "wife" as an apposition and "said" is left with no subject
    "name_right_before_a_verb_with_no_subject_speaks": (
        "Friday in Tarrow, while out canvassing for his sister, former mayor Hal "
        "Pruitt said his sister was ready because “the harbour’s in a sorry state.”",
        [("partial", "the harbour’s in a sorry state.", "say", "Hal Pruitt", "Hal Pruitt")],
    ),
    # "Ortiz and Pruitt" hung on "crackdown" as an apposition: the names before "call" speak,
    # both of them (one person id cannot hold two, so the speaker is the phrase as written)
    "coordinated_names_before_a_verb_with_no_subject_speak": (
        "When trawlers are fined in the third round of the bay fishing crackdown, Ortiz and "
        'Pruitt call them "honest skippers" and describe the fines as theft.',
        [("partial", "honest skippers", "call", None, "Ortiz and Pruitt")],
    ),
    # an inserted "X said," speaks for the fragment, whatever the clause's own verb
    "inserted_cue_speaks_for_a_fragment": (
        'A year ago, the retired judge said, the critics thought her a "lost '
        'cause," rolling her eyes.',
        [("partial", "lost cause,", "say", None, "the retired judge")],
    ),
    "inserted_cue_in_the_clause_of_a_belief": (
        'Mayor Lena Ortiz truly thinks, she said, that "the old pier is worth saving."',
        [("partial", "the old pier is worth saving.", "say", "Lena Ortiz", "she")],
    ),
    # "which reported" parsed as an adverbial clause: "which" still stands for the office
    "misread_relative_stands_for_the_noun_before_it": (
        "For answers, they turned to the Kent Port Authority which reported “37 stolen "
        "engines” in the yard between June 2 and July 30.",
        [("partial", "37 stolen engines", "report", None, "the Kent Port Authority which")],
    ),
    # a headline rubric names no one: the verb's own subject speaks
    "rubric_before_a_colon_is_no_speaker": (
        "Week In Brief: Ortiz declares 'success,' dodges the audit.",
        [("partial", "success,", "declare", None, "Ortiz")],
    ),
    "as_aside_in_the_clause_speaks_for_a_fragment": (
        "Mayor Lena Ortiz said the levy failed and that the result, as she later explained, "
        'was a "costly mirage" for the town.',
        [("partial", "costly mirage", "explain", "Lena Ortiz", "she")],
    ),
    # a fragment in a noun's report ("her remark that ...") is the noun's holder's words
    "fragment_in_a_remark_is_the_remarks": (
        "Wanda Pike faced anger over her remark that “the marina only serves yacht owners.”",
        [("partial", "the marina only serves yacht owners.", "remark", "Wanda Pike", "her")],
    ),
    # "He added, '...'" introduces the quote after it, not the one before it
    "a_cue_introducing_the_next_quote_is_not_the_last_ones": (
        "When I wrote to Hal Pruitt after the rescue, he replied, “That night on the water "
        "changed my life.” He added, “I would do it again.”",
        [
            ("direct", "That night on the water changed my life.", "reply", "Hal Pruitt", "he"),
            ("direct", "I would do it again.", "add", "Hal Pruitt", "He"),
        ],
    ),
    # a sentence that says "X said in a statement." and nothing else introduces the next quote
    "said_in_a_statement_then_the_quote": (
        "The pier was shut on Monday. Lena Ortiz, the spokeswoman for the harbor board said "
        "in a statement. “The pier is unsafe. Repairs begin in June.”",
        [
            (
                "direct",
                "The pier is unsafe. Repairs begin in June.",
                "say",
                "Lena Ortiz",
                "Lena Ortiz",
            )
        ],
    ),
    # with no cue of its own, the quote before "He added, ..." is his too
    "quote_before_he_added_is_his_when_nothing_else_names_a_speaker": (
        "Hal Pruitt greeted the crew. “That night on the water changed my life.” He added, "
        "“I would do it again.”",
        [
            ("direct", "That night on the water changed my life.", "add", "Hal Pruitt", "He"),
            ("direct", "I would do it again.", "add", "Hal Pruitt", "He"),
        ],
    ),
    # a verb inside another quote ("You know, ...") is no cue for the fragment after it
    "verb_inside_a_quote_is_no_cue_for_the_next_fragment": (
        'Mayor Lena Ortiz hired Hal Pruitt as an adviser in June. "You know, I admire Hal," she '
        'said, but "on fishing quotas, Hal has long spoken for the big trawler fleets."',
        [
            ("direct", "You know, I admire Hal,", "say", "Lena Ortiz", "she"),
            (
                "partial",
                "on fishing quotas, Hal has long spoken for the big trawler fleets.",
                "say",
                "Lena Ortiz",
                "she",
            ),
        ],
    ),
    "characterized_as_introduces_the_quote": (
        "Still, Tomas Brandt characterized the board as, “rather nervous lately, changing its "
        "mind every week.”",
        [
            (
                "direct",
                "rather nervous lately, changing its mind every week.",
                "characterize",
                "Tomas Brandt",
                "Tomas Brandt",
            )
        ],
    ),
    # a "she said" right after a quote has said that quote: the next paragraph goes on with it
    "quote_after_a_said_sentence_that_follows_a_quote_goes_on_with_it": (
        'Mayor Lena Ortiz spoke at the pier. "We will open a night market!" she said to loud '
        'applause from the crowd.\n\n"And the traders will run it."',
        [
            (
                "direct",
                'We will open a night market!" she said to loud applause from the crowd.\n\n"And '
                "the traders will run it.",
                "say",
                "Lena Ortiz",
                "she",
            )
        ],
    ),
    # rating a claim and referencing a phrase report what the rater or the document says
    "rated_as_reports_the_raters_words": (
        "The review panel rated 40% of the mayor's figures as “wrong” or “badly off,” "
        "against 9% of the council's figures.",
        [("partial", "wrong” or “badly off,", "rate", None, "The review panel")],
    ),
    "referenced_phrase_is_the_documents": (
        'While the audit did not name the harbour fund, it referenced "loose '
        'controls" at several depots.',
        [("partial", "loose controls", "reference", None, "it")],
    ),
    # words quoted in "Pruitt's claim that ..." are Pruitt's, whoever reports the claim
    "fragment_in_a_rejected_claim_is_the_claimants": (
        "The inspectors dismissed Hal Pruitt's claim that the pier had \"rotted "
        'through" in places.',
        [("partial", "rotted through", "claim", "Hal Pruitt", "Hal Pruitt")],
    ),
    "fragment_in_a_disputed_claim_is_the_claimants": (
        'Mayor Lena Ortiz disputed Hal Pruitt\'s claim that the port was "a total loss" last year.',
        [("partial", "a total loss", "claim", "Hal Pruitt", "Hal Pruitt")],
    ),
    # a fragment with no speaker of its own goes on with the quote before it in its paragraph;
    # the verb inside it ("call") is its speaker's word, not a report of the outlet's
    "speakerless_fragment_goes_on_with_the_quote_before_it": (
        'The plan trims the port budget. "It is a small patch on a big hole," said Tomas '
        'Brandt, a planner at the Tarrow Institute. "I would not call it a rescue. It is '
        'mostly a delay" for the dredging work.',
        [
            ("direct", "It is a small patch on a big hole,", "say", "Tomas Brandt", "Tomas Brandt"),
            (
                "partial",
                "I would not call it a rescue. It is mostly a delay",
                None,
                "Tomas Brandt",
                "Tomas Brandt",
            ),
        ],
    ),
    # -- one statement or two -------------------------------------------------------------
    "second_part_with_a_cue_of_its_own_is_its_own_quote": (
        '"We ask the skippers every autumn," Tomas Brandt said. "The north quay scores best, '
        'the east quay worst," he said.',
        [
            ("direct", "We ask the skippers every autumn,", "say", "Tomas Brandt", "Tomas Brandt"),
            (
                "direct",
                "The north quay scores best, the east quay worst,",
                "say",
                "Tomas Brandt",
                "he",
            ),
        ],
    ),
    "second_part_without_a_cue_goes_on_with_the_first": (
        '"We ask the skippers every autumn," Tomas Brandt said. "The north quay scores best, '
        'the east quay worst."',
        [
            (
                "direct",
                'We ask the skippers every autumn," Tomas Brandt said. "The north quay scores '
                "best, the east quay worst.",
                "say",
                "Tomas Brandt",
                "Tomas Brandt",
            )
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(CASES))
def test_quotes(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


def test_signatures_on_the_line_of_their_quote(nlp):
    # signed quotes one to a line: each name signs the quote before it, not the one after
    text = (
        "Readers wrote in.\n\n"
        "“The port is the heart of this town. We cannot let it go.” ― Lena Ortiz\n"
        "“I grew up on these docks and I want my children to work here too.”― Hal Pruitt\n"
        "“Nobody asked us what we wanted.” ― Wanda Pike"
    )
    assert quote_rows(nlp, text, ("kind", "words", "mention")) == [
        ("direct", "The port is the heart of this town. We cannot let it go.", "Lena Ortiz"),
        (
            "direct",
            "I grew up on these docks and I want my children to work here too.",
            "Hal Pruitt",
        ),
        ("direct", "Nobody asked us what we wanted.", "Wanda Pike"),
    ]


REPAIRED = {
    # "..., the companies announced on Monday" parsed as a noun phrase with a modifier
    "a_trailing_announced_reports_the_clause_before_it": (
        "Two regional bus firms have agreed to merge in a $40m deal, the firms announced on "
        "Tuesday.",
        [
            (
                "indirect",
                "Two regional bus firms have agreed to merge in a $40m deal",
                "the firms",
            )
        ],
    ),
    # "She paused, then said ...": the first verb hung on the verb of saying as its clause
    "a_pause_then_said_reports_what_follows": (
        "She paused, then said she would have to read the report.",
        [("indirect", "she would have to read the report", "She")],
    ),
    "smiled_and_said_reports_what_follows": (
        "The mayor smiled, and said the plan was dead.",
        [("indirect", "the plan was dead", "The mayor")],
    ),
    # a report's clause cut by the parse inside quoted words runs on to the closing mark: one
    # quote, not a second copy with a stray mark
    "a_clause_cut_inside_a_quotation_runs_to_its_end": (
        'The minister, Ana Reyes, said the letter had come "two days after the ships sailed, '
        'which is not a warning, it is a fait accompli".',
        [
            (
                "partial",
                "two days after the ships sailed, which is not a warning, it is a fait accompli",
                "Ana Reyes",
            )
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(REPAIRED))
def test_repaired_reports(nlp, text, expected):
    assert quote_rows(nlp, text, ("kind", "words", "mention")) == expected


def test_a_quotation_cut_at_a_word_is_not_run_on(nlp):
    # the clause ends at a word inside the quotation: the parse may have hung the quotation on
    # another verb, so the report is not run on to the closing mark
    text = (
        'The coach told a player who argued that some fans may stay home that "this is not the '
        'first season to be hard and staying home is no answer."'
    )
    rows = quote_rows(nlp, text, ("kind", "words", "mention"))
    assert not any(r[1].endswith('answer."') for r in rows)


def test_a_fronted_object_before_a_comma_is_not_a_trailing_report(nlp):
    # "Some letters to the mayor, her aides sent to the archive.": the aides sent the letters,
    # they said nothing
    text = "Some letters to the mayor, her aides sent to the archive."
    assert quote_rows(nlp, text, ("kind", "words", "mention")) == []
