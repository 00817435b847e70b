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
        "Voters, Mayor Lena Ortiz suggested, do not have to worry that the banks can buy the "
        "council.",
        [
            (
                "indirect",
                "do not have to worry that the banks can buy the council",
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
        'Her press secretary, Tomas Brandt, calls the budget a "blueprint" for how she would '
        "cut costs.",
        [("partial", "blueprint", "call", "Tomas Brandt", "Tomas Brandt")],
    ),
    # "claimed" is parsed as the complement of "asked"; what she claimed is the rest
    "fronted_verb_of_saying_reports_the_clause_after_it": (
        "Wanda Pike claimed at one point, a neighbor asked the crowd to cheer if they agreed "
        "with the plan.",
        [
            (
                "indirect",
                "a neighbor asked the crowd to cheer if they agreed with the plan",
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
    # every clause before a sentence-final "..., the clerk added." is what the clerk added
    "trailing_cue_reports_every_clause_before_it": (
        "The mayor had told the police that she did not want an escort, but the council "
        "overruled that request, the clerk added.",
        [
            (
                "indirect",
                "The mayor had told the police that she did not want an escort, but the council "
                "overruled that request",
                "add",
                None,
                "the clerk",
            )
        ],
    ),
    # the "that" clause is parsed as a relative clause of "time" / "evidence"
    "that_clause_on_the_object_of_a_preposition": (
        "On Sunday, Wanda Pike disclosed for the first time that after the vote, the mayor "
        "called her to apologize.",
        [
            (
                "indirect",
                "after the vote, the mayor called her to apologize",
                "disclose",
                "Wanda Pike",
                "Wanda Pike",
            )
        ],
    ),
    "that_clause_after_without_evidence": (
        "At a rally in Dover, Hal Pruitt was just as blunt, claiming without any evidence that "
        "the governor wanted to close the port.",
        [
            (
                "indirect",
                "the governor wanted to close the port",
                "claim",
                "Hal Pruitt",
                "Hal Pruitt",
            )
        ],
    ),
    # "clear" is parsed as the clause of "made"; the "that" clause after it is what she made clear
    "made_clear_reports_the_that_clause": (
        "Wanda Pike continued to express doubts about his record and made clear that she did "
        "not intend to back down.",
        [
            ("indirect", "doubts about his record", "express", "Wanda Pike", "Wanda Pike"),
            (
                "indirect",
                "she did not intend to back down",
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
        "Tuesday in Salem, while on the campaign trail for his wife, former governor Hal "
        "Pruitt said his wife was qualified because “the town’s in tough shape.”",
        [("partial", "the town’s in tough shape.", "say", "Hal Pruitt", "Hal Pruitt")],
    ),
    # "Ortiz and Pruitt" hung on "spree" as an apposition: the names before "call" speak
    "coordinated_names_before_a_verb_with_no_subject_speak": (
        "When smugglers are caught as part of the second wave of the harbor crime spree, Ortiz "
        'and Pruitt call them "lone sailors" and describe their acts as pranks.',
        [("partial", "lone sailors", "call", "Ortiz", "Ortiz")],
    ),
    # an inserted "X said," speaks for the fragment, whatever the clause's own verb
    "inserted_cue_speaks_for_a_fragment": (
        'Six months ago, the veteran senator said, the papers considered her a "fringe '
        'candidate," making air quotes.',
        [("partial", "fringe candidate,", "say", None, "the veteran senator")],
    ),
    "inserted_cue_in_the_clause_of_a_belief": (
        'Mayor Lena Ortiz sincerely believes, she said, that "the port is a jewel."',
        [("partial", "the port is a jewel.", "say", "Lena Ortiz", "she")],
    ),
    # "which reported" parsed as an adverbial clause: "which" still stands for the office
    "misread_relative_stands_for_the_noun_before_it": (
        "To solve this puzzle, they turned to the Dover Harbor Office which reported “212 "
        "missing crates” in the port between May 1 and June 18.",
        [("partial", "212 missing crates", "report", None, "the Dover Harbor Office which")],
    ),
    # a headline rubric names no one: the verb's own subject speaks
    "rubric_before_a_colon_is_no_speaker": (
        "The Update: Ortiz declares 'victory,' skips the count.",
        [("partial", "victory,", "declare", None, "Ortiz")],
    ),
    "as_aside_in_the_clause_speaks_for_a_fragment": (
        "Mayor Lena Ortiz said the plan failed and that the result, as she later explained, "
        'was an "economic bubble" that could burst.',
        [("partial", "economic bubble", "explain", "Lena Ortiz", "she")],
    ),
    # a fragment in a noun's report ("her remark that ...") is the noun's holder's words
    "fragment_in_a_remark_is_the_remarks": (
        "Wanda Pike drew fire over her remark that “the port is a playground for the rich.”",
        [("partial", "the port is a playground for the rich.", "remark", "Wanda Pike", "her")],
    ),
    # "He added, '...'" introduces the quote after it, not the one before it
    "a_cue_introducing_the_next_quote_is_not_the_last_ones": (
        "When I thanked Hal Pruitt for his work, he replied, “This was one of my finest moments "
        "in court.” He added, “I will never forget it.”",
        [
            ("direct", "This was one of my finest moments in court.", "reply", "Hal Pruitt", "he"),
            ("direct", "I will never forget it.", "add", "Hal Pruitt", "He"),
        ],
    ),
    # a sentence that says "X said in a statement." and nothing else introduces the next quote
    "said_in_a_statement_then_the_quote": (
        "The count was closed on Monday. Lena Ortiz, the spokeswoman for the harbor board said "
        "in a statement. “There are no ballots left to count. The vote is final.”",
        [
            (
                "direct",
                "There are no ballots left to count. The vote is final.",
                "say",
                "Lena Ortiz",
                "Lena Ortiz",
            )
        ],
    ),
    # with no cue of its own, the quote before "He added, ..." is his too
    "quote_before_he_added_is_his_when_nothing_else_names_a_speaker": (
        "Hal Pruitt thanked the jury. “This was one of my finest moments in court.” He added, "
        "“I will never forget it.”",
        [
            ("direct", "This was one of my finest moments in court.", "add", "Hal Pruitt", "He"),
            ("direct", "I will never forget it.", "add", "Hal Pruitt", "He"),
        ],
    ),
    # a verb inside another quote ("You know, ...") is no cue for the fragment after it
    "verb_inside_a_quote_is_no_cue_for_the_next_fragment": (
        'Mayor Lena Ortiz named Hal Pruitt to the board in April. "You know, I love Hal," she '
        'said, but "when it comes to port issues, Hal has a history of representing shipping '
        'firms in big litigation cases."',
        [
            ("direct", "You know, I love Hal,", "say", "Lena Ortiz", "she"),
            (
                "partial",
                "when it comes to port issues, Hal has a history of representing shipping firms "
                "in big litigation cases.",
                "say",
                "Lena Ortiz",
                "she",
            ),
        ],
    ),
    "characterized_as_introduces_the_quote": (
        "However, Tomas Brandt characterized the council as, “a little desperate there, jumping "
        "in all the time.”",
        [
            (
                "direct",
                "a little desperate there, jumping in all the time.",
                "characterize",
                "Tomas Brandt",
                "Tomas Brandt",
            )
        ],
    ),
    # a "she said" right after a quote has said that quote: the next paragraph goes on with it
    "quote_after_a_said_sentence_that_follows_a_quote_goes_on_with_it": (
        'Mayor Lena Ortiz spoke at the pier. "We will build a new pier!" she said to a loud '
        'cheer from the crowd.\n\n"And the state will pay for it."',
        [
            (
                "direct",
                'We will build a new pier!" she said to a loud cheer from the crowd.\n\n"And the '
                "state will pay for it.",
                "say",
                "Lena Ortiz",
                "she",
            )
        ],
    ),
    # rating a claim and referencing a phrase report what the rater or the document says
    "rated_as_reports_the_raters_words": (
        "The fact checkers rated 32% of the council's claims as “false” or “pants on fire,” "
        "compared to 11% of the mayor's claims.",
        [("partial", "false” or “pants on fire,", "rate", None, "The fact checkers")],
    ),
    "referenced_phrase_is_the_documents": (
        "Although the board did not single out the mayor's plan, it referenced \"budget "
        'strains" in the coastal towns.',
        [("partial", "budget strains", "reference", None, "it")],
    ),
    # words quoted in "Pruitt's claim that ..." are Pruitt's, whoever reports the claim
    "fragment_in_a_rejected_claim_is_the_claimants": (
        "The fact checkers rejected Hal Pruitt's claim that there were \"thousands of "
        'break-ins" in Dover.',
        [("partial", "thousands of break-ins", "claim", "Hal Pruitt", "Hal Pruitt")],
    ),
    "fragment_in_a_disputed_claim_is_the_claimants": (
        'Mayor Lena Ortiz disputed Hal Pruitt\'s claim that the port was "a total loss" last year.',
        [("partial", "a total loss", "claim", "Hal Pruitt", "Hal Pruitt")],
    ),
    # a fragment with no speaker of its own goes on with the quote before it in its paragraph;
    # the verb inside it ("call") is its speaker's word, not a report of the outlet's
    "speakerless_fragment_goes_on_with_the_quote_before_it": (
        'The plan raises taxes on the rich. "It is more tinkering at the edges," said Tomas '
        'Brandt, an economist at the Harbor Institute. "I would not call it reform. It is '
        'basically just a tax increase" for the top bracket.',
        [
            ("direct", "It is more tinkering at the edges,", "say", "Tomas Brandt", "Tomas Brandt"),
            (
                "partial",
                "I would not call it reform. It is basically just a tax increase",
                None,
                "Tomas Brandt",
                "Tomas Brandt",
            ),
        ],
    ),
    # -- one statement or two -------------------------------------------------------------
    "second_part_with_a_cue_of_its_own_is_its_own_quote": (
        '"We survey the owners every spring," Tomas Brandt said. "The port ranks first, the '
        'rail line second," he said.',
        [
            ("direct", "We survey the owners every spring,", "say", "Tomas Brandt", "Tomas Brandt"),
            (
                "direct",
                "The port ranks first, the rail line second,",
                "say",
                "Tomas Brandt",
                "he",
            ),
        ],
    ),
    "second_part_without_a_cue_goes_on_with_the_first": (
        '"We survey the owners every spring," Tomas Brandt said. "The port ranks first, the '
        'rail line second."',
        [
            (
                "direct",
                'We survey the owners every spring," Tomas Brandt said. "The port ranks first, '
                "the rail line second.",
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
