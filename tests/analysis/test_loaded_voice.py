"""Loaded terms: whose word a mark is (``loaded/voice.py``): quoted, reported or the outlet's;
labels pinned on someone by another, reported speech, pasted posts, hype lifted into marks,
feelings of others, impersonal frames and words inside a rumour.
Every sentence and name is invented for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from contextreader.analysis.loaded.lexicon import load_lexicon
from contextreader.analysis.loaded.voice import _anothers_label
from tests.analysis.helpers import grouped, mark_voices, marks, scare, unmarked

MARKS = {
    # a speaker telling how they felt is testimony; the same word of others is still marked
    "own_feelings": [
        *unmarked('"I was terrified," said Ona Pell.', '"We are furious," said Ona Pell.'),
        ('"The porters were terrified," said Ona Pell.', [("terrified", "exaggeration")]),
        # in reported speech the speaker's "I" is "she" or "he"; a noun tells of others
        *unmarked(
            'Mrs Ona Pell wrote to the council, saying she was "horrified" by the ruling.',
            'Mrs Ona Pell said she was "furious" about the delay.',
        ),
        ('Ona Pell said the porters were "appalled" by the vote.', [("appalled", "exaggeration")]),
        # a direct quote's "he" or "she" is someone else, and a label is no feeling
        ('"She is furious with the board," her brother said.', [("furious", "exaggeration")]),
        ('"He was terrified," the lawyer said of her client.', [("terrified", "exaggeration")]),
        ('"He is a liar," the widow said.', [("liar", "contentious label")]),
        # the first of two feelings decides ("we are sad and horrified"), and a feeling set
        # after a clause whose subject is "we" with none of its own is theirs too
        *unmarked(
            '"We are weary and horrified," said Ona Pell.',
            '"We were saddened and shocked by the crash," said Ona Pell.',
            '"We are in mourning, horrified," said Ona Pell.',
        ),
        ('"They are weary and horrified," said Ona Pell.', [("horrified", "exaggeration")]),
        # a verb of feeling done to "me" or "us" is the speaker's feeling; done to others, not
        *unmarked(
            '"The closure horrified me, since I had trained there," said Ona Pell.',
            '"Their verdict humiliated us," the coach said.',
            '"The ruling outraged me," said Ona Pell.',
        ),
        ('"The closure horrified the valley," said Ona Pell.', [("horrified", "exaggeration")]),
        # nor a verb of harm done to the speaker, nor "the US"
        (
            '"The guards brutalized us for years," said Ona Pell.',
            [("brutalized", "fear and threat")],
        ),
        ('"The deal humiliated the US," the senator said.', [("humiliated", "exaggeration")]),
        # joined participles of an act are no feeling of the subject's
        (
            "The mayor has angered and shocked voters with his remarks.",
            [("shocked", "exaggeration")],
        ),
        # the pronoun must agree with the speaker
        (
            'Mr Dan Vell said his wife was upset; he said she was "appalled" by the vote.',
            [("appalled", "exaggeration")],
        ),
        (
            'Mr Dan Vell said she was "outraged" by the vote, referring to his sister.',
            [("outraged", "exaggeration")],
        ),
    ],
    # a label another gives in quotation marks is the lexicon's mark, not a scare quote's; the
    # writer's own keeps the scare quote's
    "quoted_label_of_an_object": [
        ('Dock workers nicknamed the foreman a "tyrant".', [("tyrant", "contentious label")]),
        ('I nicknamed the foreman a "tyrant".', [("tyrant", "scare quotes")]),
    ],
}


VOICES = {
    # the source gives a figure, the writer how big to find it: a word grading the figure is
    # the writer's, in "according to", a passive relay or a verb of saying
    "grading_a_figure": [
        (
            "The painting could fetch a staggering £9 million, according to the auction house.",
            [("staggering", "outlet")],
        ),
        (
            "The stadium is said to have cost a whopping 800 million euros.",
            [("whopping", "outlet")],
        ),
        (
            "Council officers said the bridge repairs would cost a staggering £2m.",
            [("staggering", "outlet")],
        ),
        # a word about the thing, not the figure, stays in the report
        (
            "The bid was a staggering blunder, according to rival bosses.",
            [("staggering", "reported"), ("blunder", "reported")],
        ),
        # only a word of size grades a figure: one that judges the measure is the speaker's,
        # and a year is no figure the source gave
        (
            "Nurses said the draconian 15 per cent cut would close wards.",
            [("draconian", "reported")],
        ),
        (
            "Tenants said the brutal 30 per cent rent rises would empty the estate.",
            [("brutal", "reported")],
        ),
        (
            "Dara Vell said the disastrous 2019 vote had split the island.",
            [("disastrous", "reported")],
        ),
        (
            "Dara Vell said the harbour wall had cost a whopping 9 million crowns.",
            [("whopping", "outlet")],
        ),
    ],
    # what "according to X" brings in is the source's, even where the verb parses as a noun
    "according_to_before_the_clause": [
        (
            "According to the dockers' union, the contract reeks of favouritism.",
            [("reeks of", "reported")],
        ),
        ("The contract reeks of favouritism.", [("reeks of", "outlet")]),
    ],
    # "by X's own account" frames the clause as X's, as "according to" does
    "by_an_account": [
        ("The launch was, by her own account, a disaster.", [("disaster", "reported")]),
        ("The launch was a disaster.", [("disaster", "outlet")]),
        # the subject the account is about, and its owner, stay the writer's words
        ("The regime, by its own account, jailed nine editors.", [("regime", "outlet")]),
        ("The tyrant's guards, by their own account, were paid.", [("tyrant", "outlet")]),
        # an opening frame takes the subject into the account
        ("By her own account, the thugs beat her at the gate.", [("thugs", "reported")]),
        ("By all accounts, the regime jailed hundreds of students.", [("regime", "reported")]),
    ],
    # a verb of judging with an object and a label, parsed as two objects or a small clause
    "label_given_to_an_object": [
        ("The admiral judged the coalition a paper tiger.", [("paper tiger", "reported")]),
        ("Rival bosses deemed the merger a fiasco.", [("fiasco", "reported")]),
        ("The union branded the mayor a liar.", [("liar", "reported")]),
        ("I judged the coalition a paper tiger.", [("paper tiger", "outlet")]),
        ("The coalition is a paper tiger.", [("paper tiger", "outlet")]),
    ],
    # what someone agreed to do is the writer's account of the deal, not the party's words
    "terms_of_an_agreement": [
        (
            "The mill agreed to restore the valley that its owners had ravaged.",
            [("ravaged", "outlet")],
        ),
        (
            "The mill said the valley had been ravaged by its owners.",
            [("ravaged", "reported")],
        ),
    ],
    # the narration between the pieces of a quote is the writer's
    "between_quote_pieces": [
        (
            '"She is fearless," he gushed. "She pushes everyone."',
            [("gushed", "outlet")],
        ),
        (
            '"It is a joke," the furious mayor said. "Nobody will ride it."',
            [("furious", "outlet")],
        ),
        ('"It is a shameful joke," she said. "Nobody will ride it."', [("shameful", "quoted")]),
    ],
    # passive hearsay relays unnamed sources: the word is reported, not the outlet's
    "passive_hearsay": [
        ("Club officials are said to be livid.", [("livid", "reported")]),
        ("The minister was reported to be furious with the leak.", [("furious", "reported")]),
        ("The star is rumoured to be furious.", [("furious", "reported")]),
        ("Officials are known to be furious.", [("furious", "outlet")]),
        ("The players were furious.", [("furious", "outlet")]),
        ("The reckless mayor is said to be ill.", [("reckless", "outlet")]),
        ("The plan is seen as a reckless gamble.", [("reckless", "reported")]),
        # a verb of handling labels only in a passive that names no one
        ("In Tokyo the toll debate is treated as a bizarre quirk.", [("bizarre", "reported")]),
        ("The landlord treated his tenants as vermin.", [("vermin", "outlet")]),
        ("The tenants were treated as vermin by the landlord.", [("vermin", "outlet")]),
        # "as" parsed onto the object of the "by" phrase still gives the labeller's label
        (
            "The preacher is denounced by rivals as a hatemonger.",
            [("hatemonger", "reported")],
        ),
        # a word deeper in the "as" phrase may be the writer's own description of someone else
        (
            "The ferry chief is seen as a blow to the embattled harbour board.",
            [("embattled", "outlet")],
        ),
    ],
    # a comma-set noun phrase that sums up the report is the writer's comment on it
    "comment_after_reported_speech": [
        (
            "The mayor said the plan was a historic step, an absurd boast.",
            [("absurd", "outlet")],
        ),
        (
            "The minister said the scheme was a stunning success, a dubious claim.",
            [("stunning", "reported"), ("dubious", "outlet")],
        ),
        (
            "The minister said the ferry was a stunning success, the first in decades.",
            [("stunning", "reported")],
        ),
    ],
    # -- reported speech lends its voice where the words may be the speaker's ----------------
    "speakers_words": [
        ("Roe said the inquiry was a witch hunt.", [("witch hunt", "reported")]),
        ("Roe called the inquiry a witch hunt.", [("witch hunt", "reported")]),
        ("Roe described the plan as a disaster.", [("disaster", "reported")]),
        ('"We can see that the scheme was a farce," Roe said.', [("farce", "quoted")]),
    ],
    # -- the writer's words, though a verb of saying or thinking stands near them -------------
    "writers_words": [
        ("Roe denied the outrageous allegations.", [("outrageous", "outlet")]),
        (
            "The audit criticizes Vell and the reckless clerks who ran the fund.",
            [("reckless", "outlet")],
        ),
        ("The clerks refused to discuss the ridiculous allegations.", [("ridiculous", "outlet")]),
        ("I want to recall the shameful conduct of the board.", [("shameful", "outlet")]),
        ("We can see that the scheme was a farce.", [("farce", "outlet")]),
        # "know" presents its clause as fact: the writer's claim in the writer's words
        ("Everyone knows the mayor is a crook.", [("crook", "outlet")]),
        # how the writer names a speaker is the writer's word, even inside what they thought
        ("That's what Dunmore snowflakes thought was offensive.", [("snowflakes", "outlet")]),
        # ... but a speaker named inside someone else's report is named in that report
        (
            "Roe said the reckless clerks claimed the fund was a sham.",
            [("reckless", "reported"), ("sham", "reported")],
        ),
    ],
    # -- the matter a verb's preposition brings in is the charge or the fear, in the speaker's
    # terms; the object before it is still the writer's naming ------------------------------
    "charges_and_warnings": [
        ("Tull warned of a catastrophic collapse of the fishery.", [("catastrophic", "reported")]),
        ("Tull criticized the board for its reckless spending.", [("reckless", "reported")]),
        (
            "Tull accused the reckless mayor of a shameful cover-up.",
            [("reckless", "outlet"), ("shameful", "reported")],
        ),
        # a report nested in the words that name another speaker stays that report
        (
            "Backers of what the mayor describes as a draconian curfew said crime had fallen.",
            [("draconian", "reported")],
        ),
    ],
    # -- a post pasted into the article is its author's words --------------------------------
    "pasted_post": [
        (
            "The senator posted a reply on Sunday.\n"
            "This inquiry is a witch hunt and a disgrace!\n"
            "— Dana Vell (@danavell) March 3, 2024\n"
            "Aides declined to comment.",
            [("witch hunt", "quoted"), ("disgrace", "quoted")],
        ),
    ],
    # -- a label pinned on someone by the sentence's subject is that subject's word -------------
    "anothers_label": [
        ("The lobby set out to tar Dunmore as an anti-semite.", [("anti-semite", "reported")]),
        ("Vell was criticized as homophobic by the council.", [("homophobic", "reported")]),
        ("The party labels its rivals as bigots.", [("bigots", "reported")]),
        ("The agency hunted people it deemed to be traitors.", [("traitors", "reported")]),
        ("The plan was widely seen as a disaster.", [("disaster", "reported")]),
        # the writer labelling, or a phrasal verb, leaves the word the writer's
        ("I regard him as a fraudster.", [("fraudster", "outlet")]),
        ("The agency called out the mayor's leftist aides.", [("leftist", "outlet")]),
        ("He served as a propagandist for the junta.", [("propagandist", "outlet")]),
        # a passive names who labels, or no one: another's label unless the writer vouches for it
        ("I was criticized as a bigot by the council.", [("bigot", "reported")]),
        (
            "Kell wrote posts that were criticised as lewd and homophobic on the forum.",
            [("homophobic", "reported")],
        ),
        ("This can only be called a disgrace.", [("disgrace", "outlet")]),
        ("The deal is rightly regarded as a humiliating surrender.", [("humiliating", "outlet")]),
        # in a headline the lower-case copy's parse decides
        ("Mayor Calls Critics Liars\n\nThe mayor spoke on Friday.", [("Liars", "reported")]),
    ],
    # what an allegation or accusation charges is the accusers' word
    "charged_in_an_of_phrase": [
        ("The agency is dogged by allegations of cronyism.", [("cronyism", "reported")]),
        # what a verb of alleging takes as its object is the charge too
        ("Dock workers alleged cronyism at the harbour board.", [("cronyism", "reported")]),
        (
            "The board faced accusations of blatant cronyism.",
            [("blatant", "reported"), ("cronyism", "reported")],
        ),
        ("The cronyism at the agency is plain to see.", [("cronyism", "outlet")]),
        # "in charge of" is command, no charge: the word stays the writer's
        ("The warden was in charge of the thugs at the depot.", [("thugs", "outlet")]),
        (
            "Kell faced a charge of blatant cronyism.",
            [("blatant", "reported"), ("cronyism", "reported")],
        ),
        # a gerund after "of", and a headline in title case
        (
            "The mayor's visit to the quay brought allegations of pandering.",
            [("pandering", "reported")],
        ),
        (
            "Mayor's Visit To Quay Brings Allegations Of Pandering.",
            [("Pandering", "reported")],
        ),
    ],
    # -- a feeling that completes "feel" is its subject's, reported by the writer -----------
    "feelings_of_others": [
        (
            "Many residents felt betrayed when the mayor closed the clinic.",
            [("betrayed", "reported")],
        ),
        ("Many dockers felt humiliated by the ruling.", [("humiliated", "reported")]),
        ("The mayor betrayed the residents.", [("betrayed", "outlet")]),
        ("The vote felt rigged.", [("rigged", "outlet")]),
    ],
    # -- an impersonal frame has no speaker but the writer -----------------------------------
    "impersonal_frames": [
        (
            "Though harsh, it is hardly unfair to say that the council is a corrupt regime.",
            [("regime", "outlet")],
        ),
        (
            "It is apparent that the mayor wanted to hide her shady dealings.",
            [("shady", "outlet")],
        ),
        ("It is fair to call them heretics.", [("heretics", "outlet")]),
        (
            "It is clear that the minister said the plan was a disaster.",
            [("disaster", "reported")],
        ),
        ("Critics call their rivals traitors.", [("traitors", "reported")]),
    ],
    # -- "as" after a relative clause on the object belongs to the verb of labelling -------
    "label_across_a_relative_clause": [
        (
            "The union brands landlords, who raised rents this year, as bigots.",
            [("bigots", "reported")],
        ),
        ("Landlords who raised rents this year behaved as bigots.", [("bigots", "outlet")]),
    ],
    # -- an aim worded by the writer: the infinitive of a verb of wanting ------------------
    "aims_are_the_writers_wording": [
        ("He is seeking to smear a decent rival.", [("smear", "outlet")]),
        ("Roe said the clerks would smear a decent rival.", [("smear", "reported")]),
    ],
    # -- "said what ...": a free relative is the writer's description of what was said ----
    "free_relative_after_a_verb_of_saying": [
        ("Tosk said what is plainly a shameful lie.", [("shameful", "outlet"), ("lie", "outlet")]),
        ("Tosk said the claim is a shameful lie.", [("shameful", "reported"), ("lie", "reported")]),
        (
            "Seeing what was coming on the disastrous path, the club sold its ground.",
            [("disastrous", "outlet")],
        ),
    ],
    # -- the writer's asides inside a report: an appositive on a name, a parenthesis --------
    "writers_asides_in_a_report": [
        (
            "The senator confirmed that she knows Dunmore Vell, a notorious racist, and said "
            "she would meet him.",
            [("racist", "outlet")],
        ),
        ("Roe said the levy, a reckless gamble, would fail.", [("reckless", "reported")]),
        (
            'Tosk says the clerk "kept a ledger" of "lies" (a gratuitous charge), and more.',
            [("lies", "quoted"), ("gratuitous", "outlet")],
        ),
        (
            'Tosk said the levy was "a farce" and a reckless "stunt".',
            [("farce", "quoted"), ("reckless", "reported")],
        ),
    ],
    # -- a passive joined to another shares its subject; a modal is the writer vouching -----
    "joined_passive_with_a_modal": [
        (
            "Each number the board offers cannot be believed and should be regarded as propaganda.",
            [("propaganda", "outlet")],
        ),
        (
            "The levy was criticised by unions and later condemned as a disgrace.",
            [("disgrace", "reported")],
        ),
    ],
    # -- labels, likenings, charges and depictions pinned by another -----------------------
    "likened_charged_and_depicted": [
        (
            "The debt would be paid, the auditors wrote, with a relentless purge of the staff.",
            [("relentless", "reported")],
        ),
        ("Tosk likened her to a religious heretic.", [("heretic", "reported")]),
        ("I compared the banker to a heretic.", [("heretic", "outlet")]),
        # a participle with an object still likens for its subject
        (
            "The senator spoke for an hour, likening the inquiry to a witch hunt.",
            [("witch hunt", "reported")],
        ),
        # "compared with" as a preposition: the writer's own comparison
        ("Sales rose compared with the disastrous season before.", [("disastrous", "outlet")]),
        ("There are activists accusing the council of being cruel.", [("cruel", "reported")]),
        ("The council was cruel to tenants.", [("cruel", "outlet")]),
        ("The paper will brand you a liar.", [("liar", "reported")]),
        ("It was a stunt the mayor loves to disparage as phony.", [("phony", "reported")]),
        (
            "The governor painted a grim picture of a lawless city.",
            [("lawless", "reported")],
        ),
        ("The photographer took a picture of the lawless city.", [("lawless", "outlet")]),
    ],
    # -- a likening whose "to" the parse hangs on the object, or on "that of" -------------
    "likening_parsed_onto_the_object": [
        ("The senator compared Vell with a puppet master.", [("puppet master", "reported")]),
        ("The senator compared Tosk to a puppet master.", [("puppet master", "reported")]),
        (
            "The senator compared the banker's reach to that of a puppet master.",
            [("puppet master", "reported")],
        ),
        ("Sales rose 5% compared with the disastrous year.", [("disastrous", "outlet")]),
        (
            "I compared the banker's reach to that of a puppet master.",
            [("puppet master", "outlet")],
        ),
        # a "with" on the object describes it when the verb has its own "to" or "with", or
        # when another "with" or "to" follows it: the second term is that one
        (
            "The survey compared towns with disastrous floods to towns on high ground.",
            [("disastrous", "outlet")],
        ),
        (
            "Nurses compared patients with a brutal strain of flu with healthy adults.",
            [("brutal", "outlet")],
        ),
        (
            "The senator compared Tosk to a puppet master with friends in banks.",
            [("puppet master", "reported")],
        ),
    ],
    # -- what a document or a person purports to show or be is its claim -------------------
    "purported_claim": [
        (
            "The memo, which purports to show the clerk's sinister dealings, was leaked.",
            [("sinister", "reported")],
        ),
        ("The memo is purported to show sinister dealings.", [("sinister", "reported")]),
        # the subject is the writer's naming, and so is an aside set off after the claim
        ("The sinister memo purports to show dealings.", [("sinister", "outlet")]),
        (
            "The memo purports to show a sinister deal, which the reckless clerk ignored.",
            [("sinister", "reported"), ("reckless", "outlet")],
        ),
        ("I profess to be no fan of the reckless levy.", [("reckless", "outlet")]),
    ],
    # -- the "as" phrase of a verb that points at or cites something is a judgement ---------
    "pointed_to_as": [
        (
            "She points to the longer course as absurd, saying it will deter recruits.",
            [("absurd", "reported")],
        ),
        ("The union cited the levy as a disgrace.", [("disgrace", "reported")]),
        ("Moderators flagged the post as hateful.", [("hateful", "reported")]),
        ("The town is cited by critics as a disgrace.", [("disgrace", "reported")]),
        # a particle verb still labels through its "as" phrase
        ("The mayor singled out the levy as a boondoggle.", [("boondoggle", "reported")]),
        ("The senator summed up the governor as spineless.", [("spineless", "reported")]),
        # the writer's own "as", a passive that names no one, the writer pointing
        ("The mayor pointed to the bridge, as absurd as that seems.", [("absurd", "outlet")]),
        ("He is cited as an expert on the disastrous war.", [("disastrous", "outlet")]),
        ("I pointed to the delay as absurd.", [("absurd", "outlet")]),
        (
            "She pointed to the sky as the disastrous storm rolled in.",
            [("disastrous", "outlet")],
        ),
        ("The union called out the radical mayor.", [("radical", "outlet")]),
    ],
    # -- the "that" clause of a claim, a charge or a held view is the holder's ---------------
    # a verb of saying inside a reported clause tells how the speaker spoke, in the writer's
    # choice of verb; the clause's other words stay the speaker's
    "verb_of_saying_in_a_that_clause": [
        (
            "Senator Orr said on Monday that she will table a bill after having slammed a "
            "proposal backed by the harbour board.",
            [("slammed", "outlet")],
        ),
        (
            "An aide said that the reckless levy would be dropped.",
            [("reckless", "reported")],
        ),
        # a noun someone pins on speech, and the charge of an accusation, stay theirs
        ("Jane Roe called the council leader's speech a tirade.", [("tirade", "reported")]),
        (
            "Jane Roe accused the council leader of having ranted at staff.",
            [("ranted", "reported")],
        ),
        # "no" before people is no one; "no fewer than" counts people who did say it
        ("No MPs believe that the vote was a sham.", [("sham", "outlet")]),
        # a request ("called for") and a labelling verb elsewhere in the sentence lay no charge
        (
            "Roe said unions had called for the resignation of the minister who slammed nurses.",
            [("slammed", "outlet")],
        ),
        (
            "Roe described the row as one of several in which the mayor slammed staff.",
            [("slammed", "outlet")],
        ),
        (
            "Roe praised the mayor for ignoring the critics who had slammed him.",
            [("slammed", "outlet")],
        ),
        ("Roe said the minister had sneeringly dismissed the report.", [("sneeringly", "outlet")]),
        ("No fewer than 40 MPs said that the bill was a sham.", [("sham", "reported")]),
    ],
    "that_clause_of_a_held_view": [
        ("He rejected the accusations that the mayor was a crook.", [("crook", "reported")]),
        (
            "Tosk disagrees with the pastor's positions that bankers are evil.",
            [("evil", "reported")],
        ),
        ("I have long held the view that the mayor is a crook.", [("crook", "outlet")]),
        ("The claims that he made were reckless.", [("reckless", "outlet")]),
        (
            "He pushed the notion that the deal was fair, ignoring the fact that the board was "
            "run by thugs.",
            [("thugs", "outlet")],
        ),
    ],
    # -- a scare quote inside what a rumour or claim holds is the rumour's word -------------
    "scare_quote_in_a_rumour": [
        (
            'Officials debunked a rumour that a "rigged" ballot box was found.',
            [("rigged", "reported")],
        ),
        ('Officials inspected the "rigged" ballot box.', [("rigged", "outlet")]),
    ],
    # -- someone's words with no cue in the sentence: a post's lines, a resumed quotation ----
    # an "according to" frame read off the words where the parse loses it: an opening frame
    # with a long name, a closing one after the clause; not the writer's own ("according to
    # me"), a word in the subject before a closing frame, nor a word grading a figure
    "according_to_frame_read_off_the_words": [
        (
            "According to late-night radio host Tam Oduya, the move reeks of "
            '"favouritism" and greed.',
            [("reeks of", "reported"), ("greed", "reported")],
        ),
        (
            "On the set, Vell often belittled the crew with sexist jokes, according to show staff.",
            [("sexist", "reported")],
        ),
        ("On the set, Vell often belittled the crew with sexist jokes.", [("sexist", "outlet")]),
        ("According to me, the move reeks of favouritism.", [("reeks of", "outlet")]),
        # the teller's own name is the writer's
        (
            "The porters slipped out after dark, according to a shocking account in the Gazette.",
            [("shocking", "outlet")],
        ),
    ],
    # the "for" phrase of a verb of saying that labels is the charge as the labeller gave it
    "charge_after_for": [
        (
            "Farmers, meanwhile, blasted the ministers for being sore losers after the vote.",
            [("blasted", "outlet"), ("sore losers", "reported")],
        ),
        ("The ministers were sore losers after the vote.", [("sore losers", "outlet")]),
        # a verb of seeing gives no charge with "for"
        (
            "At last the voters see the governor for what he is: a petty tyrant.",
            [("petty", "outlet"), ("tyrant", "outlet")],
        ),
    ],
    # a "that" clause of a verb of saying, or the "if" question of a verb that asks, is the
    # speaker's even where the quote finder records no quote; not a clause presented as fact
    # ("knows that") nor the writer's impersonal frame
    "clause_of_a_verb_of_saying": [
        (
            "A gossip column ran an item suggesting that Mr. Oduya was hypocritical for "
            "courting the donors.",
            [("hypocritical", "reported")],
        ),
        (
            "Mr. Oduya was hypocritical for courting the donors.",
            [("hypocritical", "outlet")],
        ),
        (
            "Everyone in the valley knows that Mr. Oduya was hypocritical about the donors.",
            [("hypocritical", "outlet")],
        ),
        (
            'The minister said that some ferry fares would rise "a little" next year, an '
            "admission that his rivals quickly trumpeted on the radio.",
            [("trumpeted", "outlet")],
        ),
        (
            "The host also asked the senator if the mayor gains from a double standard, seeing "
            "as his alleged fraudulent deals have bounced off him.",
            [("fraudulent", "reported")],
        ),
        (
            "I begin to suspect that this merger has been a charade all along.",
            [("charade", "outlet")],
        ),
        (
            "If the mayor cannot win through a relentless smear campaign, her aides want to "
            "delay the vote.",
            [("relentless", "outlet"), ("smear campaign", "outlet")],
        ),
        (
            "It is fair to say that Mr. Oduya was hypocritical about the donors.",
            [("hypocritical", "outlet")],
        ),
        # the writer's call to the reader: a noun of time is no one who says it
        (
            "It is time to concede that the toll plan is a reckless gamble.",
            [("reckless", "outlet")],
        ),
        (
            "Now is the moment to say that the ferry board is hypocritical.",
            [("hypocritical", "outlet")],
        ),
        (
            "Vell was the first skipper to say that the ferry board is hypocritical.",
            [("hypocritical", "reported")],
        ),
        # a time someone has to say it is not that it was said
        (
            "The skipper had no time to say that the ferry board is hypocritical.",
            [("hypocritical", "outlet")],
        ),
        (
            "Councillor Ana Ruiz found time to explain that the ferry board is hypocritical.",
            [("hypocritical", "reported")],
        ),
    ],
    # a command to the reader is the writer's: the clause of a bare main verb with no subject
    "clause_of_a_command_to_the_reader": [
        (
            "Remember that the lavish ferry terminal was rebuilt with public money.",
            [("lavish", "outlet")],
        ),
        # a command that opens a line after a heading
        (
            "Ferry news\n\nRemember that the lavish terminal was built with public money.",
            [("lavish", "outlet")],
        ),
        (
            "Go and tell the mayor that the draconian parking rules must end.",
            [("draconian", "outlet")],
        ),
        (
            "Ask yourself whether the reckless borrowing could ever have been repaid.",
            [("reckless", "outlet")],
        ),
        (
            "Simply ask the harbour master whether the draconian berthing fees cover the repairs.",
            [("draconian", "outlet")],
        ),
        # the same verb with a subject reports
        (
            "Fishermen told their councillor that the draconian parking rules must end.",
            [("draconian", "reported")],
        ),
    ],
    # "whether" after a verb that weighs an open question asserts nothing; after a verb that
    # asks or wonders it is the asker's question
    "open_question_of_a_verb_that_weighs": [
        (
            "The islanders must decide whether the draconian ferry timetable stays.",
            [("draconian", "outlet")],
        ),
        (
            "The judges must now consider whether the brutal raid on the camp broke the law.",
            [("brutal", "outlet")],
        ),
        # also where the quote finder records the question
        (
            "The harbour board is considering whether the lavish regatta should go ahead.",
            [("lavish", "outlet")],
        ),
        (
            "The harbour board will decide whether the lavish regatta goes ahead.",
            [("lavish", "outlet")],
        ),
        (
            "Skippers doubt whether the lavish regatta will go ahead.",
            [("lavish", "reported")],
        ),
        # a question word opens such a question too; a clause that is the subject of the view
        # is still the holder's
        ("The islanders will decide who is the coward.", [("coward", "outlet")]),
        (
            "Skippers think what the harbour board did was a sham.",
            [("sham", "reported")],
        ),
        (
            "Skippers believe that if the lavish regatta goes ahead, the harbour will flood.",
            [("lavish", "reported")],
        ),
        (
            "Skippers believe if the lavish regatta goes ahead, the harbour will flood.",
            [("lavish", "reported")],
        ),
        (
            "Tenants wondered whether the brutal eviction had been planned for months.",
            [("brutal", "reported")],
        ),
        (
            "A tenant asked the landlord if the brutal eviction had been planned for months.",
            [("brutal", "reported")],
        ),
    ],
    # a "that" clause after a thinker who is anyone of a kind says who is meant, not a view;
    # after no one, or too few to count, it is no one's view
    "clause_of_a_generic_or_negated_thinker": [
        (
            "Anyone who believes that the reckless captain will sail on time has not met him.",
            [("reckless", "outlet")],
        ),
        (
            "One skipper, who believes that the reckless captain will never sail on time, has "
            "sold his ticket.",
            [("reckless", "reported")],
        ),
        (
            "No one on the island thinks that the reckless captain will sail on time.",
            [("reckless", "outlet")],
        ),
        (
            "Few would have guessed that the lavish regatta would be called off.",
            [("lavish", "outlet")],
        ),
        (
            "Many islanders think that the reckless captain will never sail on time.",
            [("reckless", "reported")],
        ),
        ("No 9 said that the reckless captain would be sacked.", [("reckless", "reported")]),
        # "no" before a count or a capitalised name is no denial of a speaker
        (
            "No fewer than 30 skippers said that the ferry timetable was a sham.",
            [("sham", "reported")],
        ),
        (
            "No More Tolls, a drivers' group, said that the bridge fee was a sham.",
            [("sham", "reported")],
        ),
        ("No skipper said that the ferry timetable was a sham.", [("sham", "outlet")]),
    ],
    # an opening "For X," frame gives the clause to X when X is a person or people known by
    # their role or side; not a frame of time, example or part, nor a place, nor "For all X,",
    # nor a "for" inside the sentence, nor the writer's own "For me,"
    "for_x_frames_a_view": [
        (
            "For Tilda Marsh, the logic of the levy is perverse.",
            [("perverse", "reported")],
        ),
        ("For the mayor, the pier repairs proved disastrous.", [("disastrous", "reported")]),
        (
            "For the critics, the toll remained a shameful sham.",
            [("shameful", "reported"), ("sham", "reported")],
        ),
        (
            "For Tilda Marsh, the levy amounted to a shameful giveaway.",
            [("shameful", "reported"), ("giveaway", "reported")],
        ),
        ("For the senator, the plan seemed like a reckless gamble.", [("reckless", "reported")]),
        (
            "But for many economists, the toll plan is a reckless gamble.",
            [("reckless", "reported")],
        ),
        (
            "For the critics, the harbour deal is a shameful giveaway.",
            [("shameful", "reported"), ("giveaway", "reported")],
        ),
        (
            "For her, the harbour deal is a shameful giveaway.",
            [("shameful", "reported"), ("giveaway", "reported")],
        ),
        ("For the mayor, the pier repairs were a fiasco.", [("fiasco", "reported")]),
        ("For critics, the levy looks reckless.", [("reckless", "reported")]),
        # "To X," frames a view as "For X," does, and many people at once hold one
        (
            "To his critics, the harbour deal is a shameful giveaway.",
            [("shameful", "reported"), ("giveaway", "reported")],
        ),
        ("To many, the pier repairs were a fiasco.", [("fiasco", "reported")]),
        # "For many," says whom it hit; "many of us" counts the writer in
        ("For many, the closure of the pier was a fiasco.", [("fiasco", "outlet")]),
        ("To many of us, the toll plan is a reckless gamble.", [("reckless", "outlet")]),
        ("To be sure, the toll plan is a reckless gamble.", [("reckless", "outlet")]),
        ("To date, the pier repairs have been a fiasco.", [("fiasco", "outlet")]),
        ("To the town, the closure of the pier was a fiasco.", [("fiasco", "outlet")]),
        # "become" tells what happened to X, in the writer's words
        ("For the mayor, the week became a nightmare.", [("nightmare", "outlet")]),
        (
            "For Marsh, who chairs the board, the pier repairs were a fiasco.",
            [("fiasco", "reported")],
        ),
        (
            "For years, the mayor has exposed the perverse logic of the levy.",
            [("perverse", "outlet")],
        ),
        ("For now, the toll plan is a reckless gamble.", [("reckless", "outlet")]),
        (
            "For the first time, the harbour deal looks like a shameful giveaway.",
            [("shameful", "outlet"), ("giveaway", "outlet")],
        ),
        ("For example, the pier repairs were a fiasco.", [("fiasco", "outlet")]),
        ("For the town, the closure of the pier was a fiasco.", [("fiasco", "outlet")]),
        ("For the mayor's office, the pier repairs were a fiasco.", [("fiasco", "outlet")]),
        ("The council voted for Marsh, a reckless choice.", [("reckless", "outlet")]),
        ("For all his bluster, the mayor ran a shameful campaign.", [("shameful", "outlet")]),
        (
            "For Tilda Marsh, a reckless gambler, the vote was a win.",
            [("reckless", "outlet")],
        ),
        ("For me, the toll plan is a reckless gamble.", [("reckless", "outlet")]),
        # only a judgement is the holder's view: what happened to them (an event verb, not a
        # linking one), the subject, a clause joined on, a clause or phrase inside the
        # predicate that names a third party, all stay the writer's
        (
            "For Tilda Marsh, the mayor is exposing the perverse logic of the levy.",
            [("perverse", "outlet")],
        ),
        ("For the mayor, the shameful vote ended on Monday.", [("shameful", "outlet")]),
        ("For Marsh, the month closed with a humiliating loss.", [("humiliating", "outlet")]),
        ("For the skipper, the trouble began when the brutal storm hit.", [("brutal", "outlet")]),
        ("For Marsh, the reckless board was a headache.", [("reckless", "outlet")]),
        (
            "For Marsh, the loss was humiliating, and the radical left cheered.",
            [("humiliating", "reported"), ("radical", "outlet")],
        ),
        ("For Marsh, it was a chance to beat her radical rival.", [("radical", "outlet")]),
        (
            "For the mayor, the levy amounted to a win for the radical left.",
            [("radical", "outlet")],
        ),
    ],
    # words that describe the teller of an opening "according to" frame are the writer's;
    # the frame may follow a conjunction or a sentence adverb
    "description_of_the_teller_after_according_to": [
        (
            "According to the harbour master, who was livid after the storm, the pier lost "
            "two lamps.",
            [("livid", "outlet")],
        ),
        (
            "According to the ferry company's yearly report, published on Friday after a "
            "shameful delay over the audit, ticket sales fell by a third.",
            [("shameful", "outlet")],
        ),
        (
            "According to the harbour master, the pier repairs were a fiasco.",
            [("fiasco", "reported")],
        ),
        (
            "And according to the harbour master, the pier repairs were a fiasco.",
            [("fiasco", "reported")],
        ),
        (
            "Still, according to dock workers, the pier repairs were a fiasco.",
            [("fiasco", "reported")],
        ),
    ],
    # a word or two in quotation marks as the "as" label of another's active verb is theirs
    "quoted_label_after_as": [
        (
            "Mott further summed up the governor as \u201cspineless,\u201d mocked his record "
            "and said he should resign.",
            [("spineless", "quoted")],
        ),
        (
            "I would sum up the governor as \u201cspineless,\u201d and leave it there.",
            [("spineless", "outlet")],
        ),
        # only a verb that labels, says or thinks gives a label with "as"
        (
            'The harbour board served as a "puppet" of the shipping firms for years.',
            [("puppet", "outlet")],
        ),
        (
            'The new terminal doubles as a "lavish" showroom for the ferry line.',
            [("lavish", "outlet")],
        ),
        (
            'Dock workers branded the harbour board as a "puppet" of the shipping firms.',
            [("puppet", "quoted")],
        ),  # framing something "as" a label, or singling it out as one, gives that label
        (
            'The harbour master framed the new fees as a "reckless" gamble.',
            [("reckless", "quoted")],
        ),
        (
            'Dock workers singled out the new fees as "reckless".',
            [("reckless", "quoted")],
        ),
        ("Police framed the ferryman for the brutal robbery.", [("brutal", "outlet")]),
        ("The print was framed in a lavish gilt border.", [("lavish", "outlet")]),
    ],
    # the same for a label in quotation marks that an active verb of labelling makes of its
    # object with no "as", where no speaker was found for the quote; the writer's own keeps
    # the scare quote's mark, and so does a verb that gives no label; a passive of a verb of
    # labelling is another's label (reported without the marks), and the marks cite that
    # other's wording: quoted
    "quoted_label_of_an_object": [
        ('The ferry crews deemed the foreman a "disgrace".', [("disgrace", "quoted")]),
        ('Dock workers nicknamed the foreman a "tyrant".', [("tyrant", "quoted")]),
        ('The crews nicknamed the new toll "crooked".', [("crooked", "quoted")]),
        ('Dock workers nicknamed him "the tyrant".', [("tyrant", "quoted")]),
        ('We deemed the foreman a "disgrace".', [("disgrace", "outlet")]),
        ('I nicknamed the foreman a "tyrant".', [("tyrant", "outlet")]),
        ('The foreman was nicknamed a "tyrant".', [("tyrant", "quoted")]),
        ('The harbour board gave the crews a "lavish" bonus.', [("lavish", "outlet")]),
        ("Dock workers nicknamed the foreman a tyrant.", [("tyrant", "reported")]),
    ],
    # a gerund after "as" is the label too ("condemned as fearmongering")
    "gerund_label_after_as": [
        (
            "The toll rise was widely condemned as fearmongering by the ferry unions.",
            [("fearmongering", "reported")],
        ),
        ("I condemn the toll rise as fearmongering.", [("fearmongering", "outlet")]),
    ],
    # the "to" phrase of "seem" names whose view follows
    "seemed_to_someone": [
        (
            "The mayor's ribbon cutting seemed, to some, a selfish act of pandering.",
            [("pandering", "reported")],
        ),
        (
            "To the dock workers, the new rota seemed a reckless gamble.",
            [("reckless", "reported")],
        ),
        (
            "The mayor's ribbon cutting seemed to me a selfish act of pandering.",
            [("pandering", "outlet")],
        ),
        ("The ribbon cutting seemed a selfish act of pandering.", [("pandering", "outlet")]),
        # the subject is the writer's naming of what seemed so
        ("The reckless rota seemed to some a fair trade.", [("reckless", "outlet")]),
    ],
    # "saw X as Y", "regard X as Y": the object before "as" is the writer's naming of what
    # the view is about, the "as" phrase the holder's view; after a verb of saying or judging
    # ("described", "denounced") the object is the speaker's words as well
    "object_before_as": [
        (
            "Harbour officials saw the tragic sinking as a chance to press for new rules.",
            [("tragic", "outlet")],
        ),
        (
            "The ferry board described the reckless merger as a step forward.",
            [("reckless", "reported")],
        ),
        (
            "Protesters denounced the brutal crackdown as illegal.",
            [("brutal", "reported")],
        ),
        (
            "The ferry board described the merger as a reckless gamble.",
            [("reckless", "reported")],
        ),
        # no "as": the whole content stays the speaker's
        (
            "Dock workers said the merger was a reckless gamble.",
            [("reckless", "reported")],
        ),
        # marks round the words of a report cite its wording: quoted, whoever is behind it
        (
            'In the leaflet, the dockers are portrayed as "thuggish" and "stupid."',
            [("thuggish", "quoted"), ("stupid", "quoted")],
        ),
        (
            'The ferry board described the merger as a "reckless" gamble.',
            [("reckless", "quoted")],
        ),
    ],
    # a passive that presents its "to" clause as established relays nobody's view
    "established_by_a_passive": [
        ("The photograph was revealed to have been a hoax.", [("hoax", "outlet")]),
        ("The photograph was later shown to be a hoax.", [("hoax", "outlet")]),
        # hedged, denied, modal or credited: the finding is not the writer's
        ("The memo was allegedly shown to be a hoax.", [("hoax", "reported")]),
        ("The memo has not been shown to be a hoax.", [("hoax", "reported")]),
        ("The photograph may be shown to be a hoax.", [("hoax", "reported")]),
        ("The claim was shown by critics to be a hoax.", [("hoax", "reported")]),
        ("If the video is shown to be a hoax, the network will apologise.", [("hoax", "reported")]),
        ("The case collapsed after the dossier was shown to be a hoax.", [("hoax", "outlet")]),
        ("The photograph is said to be a hoax.", [("hoax", "reported")]),
        ("Ona Pell revealed that her landlord was a tyrant.", [("tyrant", "reported")]),
    ],
    # quotation marks nobody is quoted behind, around a phrase with more words than the term,
    # hold somebody's wording: the term is borrowed ("quoted"); around the term alone, with or
    # without the writer's comma, they hold the word off (the scare quote's mark)
    "term_inside_a_quoted_phrase": [
        ('The club aims to end "the scourge of litter" on the beach.', [("scourge", "quoted")]),
        (
            'The pundit, who once described the mayor as "a vile sly crook," now backs him.',
            [("vile", "quoted"), ("crook", "quoted")],
        ),
        ('And the harbour master is "even more pompous."', [("pompous", "quoted")]),
        ("The club aims to end the scourge of litter on the beach.", [("scourge", "outlet")]),
    ],
    # a quoted fragment listed in place of the report before its verb: the rest of the
    # clause is still the speaker's claim; before the report it is the writer's
    "clause_around_a_fragment_before_the_verb": [
        (
            'The ferry board\'s "modest" plan is a reckless gamble, the skipper said.',
            [("reckless", "reported")],
        ),
        (
            'The ferry board\'s plan is a "reckless" gamble, said the skipper.',
            [("reckless", "quoted")],
        ),
        (
            'The skipper said the ferry board\'s "modest" plan is a reckless gamble.',
            [("reckless", "reported")],
        ),
        (
            'After a reckless winter, the skipper said the plan was "modest".',
            [("reckless", "outlet")],
        ),
    ],
    "unmarked_lines_of_someone_elses_words": [
        (
            "The ferry was shut on Monday.\nOne captain weighed in…\n"
            "This is a disgraceful day for the island.\nWe want our boats back.\n"
            "pic.twitter.com/Ab12Cd — Ria Mott (@riamott) May 2, 2024\n",
            [("disgraceful", "quoted")],
        ),
        (
            "The ferry was shut on Monday.\nThe closure was a disgraceful blow to the island.\n"
            "One captain was angry.\nWe want our boats back.\n"
            "pic.twitter.com/Ab12Cd — Ria Mott (@riamott) May 2, 2024\n",
            [("disgraceful", "outlet")],
        ),
        (
            "Ria Mott said: “We will keep the ferry running every day.\n"
            "The board calls that a disgraceful waste.\n"
            "[…] “We call it a service,” she said.\n",
            [("disgraceful", "quoted")],
        ),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), grouped(VOICES))
def test_voices(nlp, text, expected):
    assert mark_voices(nlp, text) == expected


def test_a_hype_word_lifted_into_quotation_marks_is_shown_as_quoted(nlp):
    text = 'A memo from the Corvel Trust described the trial as "game-changing".'
    assert mark_voices(nlp, text) == [("game-changing", "quoted")]


def test_hype_in_a_speakers_sentence_is_marked_as_theirs(nlp):
    # hype ([context] hype) in a speaker's quoted words is marked as theirs, like their
    # "incredible"; other praise, their hedges and their verbs of saying are the speaker talking
    assert mark_voices(nlp, '"The trial is game-changing," said Ona Pell.') == [
        ("game-changing", "quoted")
    ]
    assert mark_voices(nlp, '"This is a game-changer," said Ravi Oster of Tarn Phones.') == [
        ("game-changer", "quoted")
    ]
    assert mark_voices(nlp, '"It is an incredible device," said Ravi Oster.') == [
        ("incredible", "quoted")
    ]
    assert mark_voices(nlp, 'Oster called it "the most revolutionary phone ever made".') == [
        ("revolutionary", "quoted")
    ]
    assert mark_voices(nlp, '"He allegedly took the money," said Ona Pell.') == []
    assert mark_voices(nlp, '"It was a wonderful night," said Ona Pell.') == []
    assert mark_voices(nlp, '"She was brave to speak," said Ona Pell.') == []


def test_hype_of_a_person_or_their_work_is_the_speakers_praise(nlp):
    # hype said of a person or of a person's work is praise, as "brave" is, not a claim for a
    # product or a measure
    assert mark_voices(nlp, '"His research was groundbreaking," his former student said.') == []
    assert mark_voices(nlp, '"The chemist\'s work was groundbreaking," a colleague said.') == []
    assert mark_voices(nlp, '"She is a game-changer," the coach said.') == []
    assert mark_voices(nlp, '"Our new headset is revolutionary," the chief executive said.') == [
        ("revolutionary", "quoted")
    ]
    assert mark_voices(nlp, '"The new vaccine is groundbreaking," the company said.') == [
        ("groundbreaking", "quoted")
    ]


def test_hype_of_a_named_firm_or_with_their_is_a_claim(nlp):
    # a company's name is no person, and "their" is as often a firm's own as "our" is
    assert mark_voices(nlp, '"Nokia is a game-changer in this market," the analyst said.') == [
        ("game-changer", "quoted")
    ]
    assert mark_voices(
        nlp, '"Their new inhaler is groundbreaking," a spokeswoman for the drug maker said.'
    ) == [("groundbreaking", "quoted")]
    assert mark_voices(nlp, '"Dr Hale is a game-changer for this ward," the nurse said.') == []


def test_hype_of_a_person_named_in_the_quote_is_praise(nlp):
    # a name inside the quotation is no mention of its own, but a word of a person's name
    text = 'Tom Brandt scored twice on Saturday.\n"Brandt is a game-changer," the coach said.'
    assert mark_voices(nlp, text) == []
    assert mark_voices(nlp, '"Sara Brandt is a game-changer," the coach said.') == []
    # a relative is a person; "their" with a work is a person's when said of people
    assert mark_voices(nlp, '"Their son is a game-changer," the coach said of the Brandts.') == []
    assert (
        mark_voices(nlp, '"Their research is groundbreaking," the dean said of the two chemists.')
        == []
    )
    # a firm's "their" and a firm's name stay a claim
    assert mark_voices(nlp, '"Their new drone is groundbreaking," the firm\'s founder said.') == [
        ("groundbreaking", "quoted")
    ]
    assert mark_voices(
        nlp, '"Brandt Motors is a game-changer," the analyst said of the carmaker.'
    ) == [("game-changer", "quoted")]


def test_the_cause_a_speaker_blames_is_reported(nlp):
    # the object of "blamed" is what the speaker gave, as the quote finder reports it
    assert mark_voices(nlp, "The coach blamed a reckless tackle.") == [("reckless", "reported")]
    assert mark_voices(nlp, "The coach blamed the defeat on a reckless tackle.") == [
        ("reckless", "reported")
    ]
    # with a "for" phrase the object is whom the blame is about, named by the writer as after
    # "accused ... of"
    assert mark_voices(nlp, "The senator blamed the cowardly regime for the raid.") == [
        ("cowardly", "outlet")
    ]
    assert mark_voices(nlp, "The senator accused the cowardly regime of the raid.") == [
        ("cowardly", "outlet")
    ]
    # a date after the object tells when, and is no "on" phrase of the cause
    assert mark_voices(nlp, "The club blamed a reckless challenge on Sunday.") == [
        ("reckless", "reported")
    ]
    assert mark_voices(nlp, "The club blamed a reckless challenge on March 3.") == [
        ("reckless", "reported")
    ]
    assert mark_voices(nlp, "The club blamed the reckless spending on the previous owners.") == [
        ("reckless", "outlet")
    ]
    assert mark_voices(nlp, "The club blamed a reckless challenge on 4 May.") == [
        ("reckless", "reported")
    ]
    assert mark_voices(nlp, "The club blamed a reckless challenge on Sunday afternoon.") == [
        ("reckless", "reported")
    ]
    # a season or a night with words of its own may be the cause given, and is no date
    assert mark_voices(nlp, "Growers blamed the disastrous crop on the dry spring.") == [
        ("disastrous", "outlet")
    ]
    assert mark_voices(nlp, "The mayor blamed the reckless spending on the night of the gala.") == [
        ("reckless", "outlet")
    ]
    assert mark_voices(nlp, "Analysts predicted a catastrophic collapse of the currency.") == [
        ("catastrophic", "reported")
    ]
    # the object a writer picks for a verb of denying or citing stays the writer's
    assert mark_voices(nlp, "The coach denied the outrageous charges.") == [
        ("outrageous", "outlet")
    ]
    assert mark_voices(
        nlp, "Citing an unfounded theory, the senator accused the board of fraud."
    ) == [("unfounded", "outlet")]


def test_a_label_pinned_by_another_is_reported(nlp):
    assert mark_voices(nlp, "Kell called the protesters terrorists.") == [
        ("terrorists", "reported")
    ]


def test_a_label_given_in_a_relative_clause_with_no_pronoun_is_reported(nlp):
    text = (
        "The council sold the old pier to a casino firm on Friday, a deal critics have called "
        "a reckless giveaway."
    )
    assert mark_voices(nlp, text) == [("reckless", "reported"), ("giveaway", "reported")]


def test_the_writers_own_label_after_a_comma_stays_the_outlets(nlp):
    text = "The council sold the old pier to a casino firm on Friday, a reckless giveaway."
    assert mark_voices(nlp, text) == [("reckless", "outlet"), ("giveaway", "outlet")]


def test_grammar_lists_for_the_voice_rules_live_in_the_data_files():
    from contextreader.analysis.quotes.lexicon import cue_lexicon

    assert {"think", "believe"} <= load_lexicon().neg_raisers
    assert {"know", "realize"} <= cue_lexicon().factive
    assert {"wonder", "question"} <= cue_lexicon().wondering
    assert {"nobody", "no", "few"} <= cue_lexicon().no_one
    assert {"sum", "frame", "single"} <= load_lexicon().labelling
    assert {"point", "cite"} <= load_lexicon().presenting
    assert {"purport"} <= load_lexicon().purporting
    # adjectives that forbid a label given by an infinitive (denial._forbidden_label)
    assert {"acceptable", "fair", "permissible"} <= load_lexicon().permitted
    assert {"wrong", "unfair", "misleading"} <= load_lexicon().forbidden


def test_span_lookups_for_the_voice_index():
    from contextreader.analysis.loaded.voice import _Spans

    spans = _Spans([(0, 50), (10, 20), (30, 40), (60, 70)])
    assert spans.holds((12, 18), besides=(10, 20))  # (0, 50) holds it as well
    assert not spans.holds((55, 58), besides=(0, 0))
    assert not _Spans([(10, 20)]).holds((12, 18), besides=(10, 20))
    assert spans.cut_from((5, 45)) == [(5, 10), (20, 30), (40, 45)]
    assert spans.cut_from((52, 58)) == [(52, 58)]


def test_a_label_parsed_onto_the_labelling_verb_is_still_anothers(nlp):
    """The small model sometimes hangs the second of two joined labels on the verb ("criticized
    as racist and homophobic" with "homophobic" a conjunct of "criticized"); the parse is built
    by hand here, since the model's output for a given sentence may change."""
    words = ["posts", "that", "were", "criticized", "as", "crude", "and", "homophobic"]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[0, 3, 3, 0, 3, 4, 3, 3],
        deps=["ROOT", "nsubjpass", "auxpass", "relcl", "prep", "amod", "cc", "conj"],
        pos=["NOUN", "PRON", "AUX", "VERB", "ADP", "ADJ", "CCONJ", "ADJ"],
        lemmas=["post", "that", "be", "criticize", "as", "crude", "and", "homophobic"],
    )
    assert _anothers_label(doc[7], load_lexicon())


def test_an_impersonal_frame_over_a_belief_leaves_the_belief_reported(nlp):
    """ "It is clear that X believes ...": the writer vouches that X believes it, the words of
    the belief stay X's; only an inferred wish ("it is plain that X wanted to ...") is the
    writer's wording."""
    assert mark_voices(nlp, "It is plain that the warden believes the toll is a scam.") == [
        ("scam", "reported")
    ]
    assert mark_voices(nlp, "The warden believes the toll is a scam.") == [("scam", "reported")]
    assert mark_voices(nlp, "It is plain that the warden wanted to hide his shady deals.") == [
        ("shady", "outlet")
    ]
    assert mark_voices(nlp, "It is plain that the warden decided to hide his shady deals.") == [
        ("shady", "outlet")
    ]


# -- a verb of naming whose object and label the parse takes for one noun phrase ----------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some farmers call the co-op extremists.", [("extremists", "reported")]),
        ("Neighbours call the landlord's agents thugs.", [("thugs", "reported")]),
        ("Tenants branded the agency crooks.", [("crooks", "reported")]),
        ("Tenants call them crooks.", [("crooks", "reported")]),
        # the writer names them so, or the verb does not name: the writer's word
        ("I call the co-op extremists.", [("extremists", "outlet")]),
        ("Tenants condemned the agency crooks.", [("crooks", "outlet")]),
        ("The mayor called the agency thugs to a hearing.", [("thugs", "outlet")]),
    ],
)
def test_a_label_the_parse_joins_to_the_object_of_a_naming_verb_is_anothers(nlp, text, expected):
    assert mark_voices(nlp, text) == expected


# -- the writer's framing inside reported speech -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb of the writer's comment on the reported verb: the teller's framing
        ("Dara Quell has shockingly quit the band, friends claim.", [("shockingly", "outlet")]),
        ("Rangers said the old pier had tragically collapsed.", [("tragically", "outlet")]),
        # on an adjective it grades the speaker's verdict; a manner adverb tells the act
        ("Rangers said the old pier was undeniably unsafe.", [("undeniably", "reported")]),
        ("Police said the man had savagely beaten a porter.", [("savagely", "reported")]),
        ("The coach urged them to lie brazenly.", [("brazenly", "reported")]),
        # an adverb of manner before the reported verb tells how the act was done: the source's
        ("Tenants say the agent recklessly ignored the leaks.", [("recklessly", "reported")]),
        ("The suit claims the firm deceptively sold the lamps.", [("deceptively", "reported")]),
        # a speaker's hedge stays theirs and is not marked
        ("Rangers said the old pier had clearly failed.", []),
    ],
)
def test_the_writers_comment_on_reported_news_stays_the_outlets(nlp, text, expected):
    assert mark_voices(nlp, text) == expected


def test_the_outlets_own_epithet_pointing_back_stays_the_outlets_in_reported_speech(nlp):
    outlet_first = "A vile thug robbed a florist. Locals were furious that the thug went free."
    assert mark_voices(nlp, outlet_first) == [
        ("vile", "outlet"),
        ("thug", "outlet"),
        ("furious", "outlet"),
        ("thug", "outlet"),
    ]
    # not used by the outlet before, or given as a label ("a thug"): the speaker's word
    alone = "Locals were furious that the thug went free."
    assert mark_voices(nlp, alone) == [("furious", "outlet"), ("thug", "reported")]
    labelled = "A thug robbed a florist. Locals said the porter was a thug."
    assert mark_voices(nlp, labelled) == [("thug", "outlet"), ("thug", "reported")]


def test_tabloid_hype_before_a_reported_verb_is_the_writers(nlp) -> None:
    """ "sensationally" is the writer's hype even inside what insiders are said to claim."""
    text = "The singer has sensationally quit the band, friends claim.\n"
    assert marks(nlp, text) == [("sensationally", "editorializing")]
    assert mark_voices(nlp, text) == [("sensationally", "outlet")]


def test_a_lexicon_word_alone_in_scare_quotes_is_the_scare_quotes_mark(nlp):
    # quotation marks nobody is quoted behind hold the word off: the word is not stated as
    # description, so the mark is the scare quote's, not the entry's
    text = "The harbour master was 'furious' on Friday."
    assert marks(nlp, text, scare(text, "furious")) == [("furious", "scare quotes")]
    # the writer's comma or an ellipsis inside the marks leaves the word alone in them
    text = "The harbour master was 'furious,' the porters said."
    assert marks(nlp, text, scare(text, "furious,")) == [("furious", "scare quotes")]
    text = "The harbour master was 'furious…' on Friday."
    assert marks(nlp, text, scare(text, "furious…")) == [("furious", "scare quotes")]
    plain = "The harbour master was furious on Friday."
    assert marks(nlp, plain, []) == [("furious", "exaggeration")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # spaces between the words of the frame do not stretch the teller past its comma
        ("According  to  plan, the lavish gala went ahead.", False),
        ("According  to  the  coach, the lavish gala went ahead.", True),
    ],
)
def test_the_teller_of_an_opening_frame_ends_at_its_comma(nlp, text, expected):
    from contextreader.analysis.loaded.voice import _according_sentence

    doc = nlp(text)
    assert _according_sentence(next(t for t in doc if t.text == "lavish")) is expected


LETTERS_PAGE = (
    "Letters to the Editor\n\n"
    "Stop the scam at the toll booths\n\n"
    "Our bridge tolls went up twice this year. The toll board is run by crooks for its own "
    "staff.\n\n"
    "Priya Daventry, Oakhurst\n\n"
    "Editor's note: The board's accounts are audited each spring and show no scam.\n\n"
    "How to write to us: short letters are welcome. We do not print hateful letters.\n"
)


def test_a_readers_letter_is_the_readers_words_and_the_rest_the_outlets(nlp):
    # the heading, the editor's note and the outlet's own note after the letter stay its own
    assert mark_voices(nlp, LETTERS_PAGE) == [
        ("scam", "outlet"),
        ("crooks", "quoted"),
        ("scam", "outlet"),
        ("hateful", "outlet"),
    ]


def test_a_sign_off_with_stops_closes_a_letter(nlp):
    text = LETTERS_PAGE.replace("Priya Daventry, Oakhurst", "Priya Daventry.\n\nOakhurst, Kent.")
    assert [v for _, v in mark_voices(nlp, text)] == ["outlet", "quoted", "outlet", "outlet"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Letters to the Editor", "OPINION"),  # a column: the outlet publishes it as its own
        ("Letters to the Editor", "Home\nSport\nLetters\nWeather"),  # a menu of sections
        ("Letters to the Editor", "Letters: the bridge board answers its critics"),  # a kicker
        ("Letters to the Editor\n\n", "Letters\n\nBy Owen Marchetti\n\n"),  # a reporter's
        ("Priya Daventry, Oakhurst\n\n", ""),  # no reader signs it
    ],
)
def test_no_letters_page_keeps_the_outlets_voice(nlp, old, new):
    from contextreader.analysis.furniture import furniture_lexicon

    assert "letters" in furniture_lexicon().reader_genres
    assert "opinion" not in furniture_lexicon().reader_genres
    text = LETTERS_PAGE.replace(old, new)
    assert [v for _, v in mark_voices(nlp, text)] == ["outlet"] * 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer's claim put through a someone who would find it so
        ("It was a mess any visitor would find disgraceful.", [("disgraceful", "outlet")]),
        ("The tone is one most listeners would find hateful.", [("hateful", "outlet")]),
        ("I find the plan toxic.", [("toxic", "outlet")]),
    ],
)
def test_what_a_generic_someone_would_find_stays_the_writers(nlp, text, expected):
    assert mark_voices(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The club put out a notice on Monday, saying the pitch would stay shut until the "
            "reckless parking stopped.",
            [("reckless", "reported")],
        ),
        # a clause of a verb that is no verb of saying stays the writer's
        ("The mayor made sure the senseless feud ended.", [("senseless", "outlet")]),
        # a noun the parse hangs on the verb of saying is the writer's comment, not a clause
        (
            "The coach brushed off the booing, saying fans were free to shout, a swipe at the "
            "rival club's owners.",
            [("a swipe at", "outlet")],
        ),
        # a sentence before the verb, which the parse may take for its clause, is not one
        (
            "With a grin, Pell jokingly handed out spare keys; she says the hall will stay open.",
            [("jokingly", "outlet")],
        ),
    ],
)
def test_a_clause_of_saying_without_that_is_reported(nlp, text, expected):
    assert mark_voices(nlp, text) == expected


LETTERS_TWO = (
    "LETTERS\n\n"
    "Mend the old lido\n\n"
    "The lido has been shut for years. The leisure trust is run by crooks.\n\n"
    "Hal Brennick, Dunmere\n\n"
    "REPLY\n\n"
    "Bus fares rose again this spring. It is a scam.\n\n"
    "Tess Orrin, Lowfold\n"
)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # an intro of the outlet's before the first letter's heading
        (
            "LETTERS\n\n",
            "LETTERS\n\nMany of you wrote about our hateful lido story. Some replies.\n\n",
        ),
        # an editor's reply between letters, however it is signed
        (
            "REPLY",
            "The lido closed for repairs, and the talk of a hateful trust is wrong.\n\n— Ed.",
        ),
        ("REPLY", "[Editor's note: the talk of a hateful trust is wrong.]"),
        ("REPLY", "The talk of a hateful trust is wrong, writes the editor."),
        ("REPLY", "The talk of a hateful trust is wrong.\n\nMina Sall, Letters Editor"),
        # headings that end in a question mark or a stop
        ("REPLY", "Is the fare rise hateful?"),
        ("REPLY", "The fare rise is hateful."),
        # a Title-Case heading that opens with a first name, after an intro
        (
            "LETTERS\n\nMend the old lido",
            "LETTERS\n\nOur hateful lido story drew many replies.\n\nBill Shock For Swimmers",
        ),
    ],
)
def test_the_outlets_words_on_a_letters_page_stay_its_own(nlp, old, new):
    voices = mark_voices(nlp, LETTERS_TWO.replace(old, new))
    assert ("crooks", "quoted") in voices and ("scam", "quoted") in voices
    # the outlet's (or its editor's, "writes the editor"), never a reader's
    assert [v for t, v in voices if t == "hateful"] in (["outlet"], ["reported"])


def test_a_letters_page_with_no_headings_gives_the_first_letter_to_its_reader(nlp):
    # the first letter often follows the label straight away: what its writer signs is theirs
    text = LETTERS_TWO.replace("Mend the old lido\n\n", "").replace("REPLY\n\n", "")
    assert mark_voices(nlp, text) == [("crooks", "quoted"), ("scam", "quoted")]


def test_a_one_line_letter_its_writer_signs_is_no_heading(nlp):
    text = LETTERS_TWO.replace(
        "REPLY\n\nBus fares rose again this spring. It is a scam.\n\n",
        "The fare rise is a hateful scam.\n\n",
    )
    voices = mark_voices(nlp, text)
    assert ("hateful", "quoted") in voices and ("scam", "quoted") in voices


def test_a_question_inside_a_letter_does_not_cut_it(nlp):
    text = LETTERS_TWO.replace("It is a scam.\n\n", "It is a scam.\n\nIs that fair?\n\n")
    assert ("scam", "quoted") in mark_voices(nlp, text)


def test_a_letters_short_last_line_is_no_heading_while_the_letter_is_unsigned(nlp):
    # a short paragraph ending in a stop inside a letter does not cut it
    text = LETTERS_TWO.replace("It is a scam.\n\n", "It is a scam.\n\nEnough is enough.\n\n")
    assert ("scam", "quoted") in mark_voices(nlp, text)


def test_an_interview_s_answers_over_several_paragraphs_are_quoted(nlp):
    text = (
        "Talking tolls with the mayor\n\n"
        "In an interview, Mayor Tilda Marsh spoke about the bridge toll.\n\n"
        "Q: Is the toll fair?\n\n"
        "A: The old toll was a shameful giveaway.\n\n"
        "We will end the giveaway. I think the board is reckless.\n\n"
        "Q: What comes next?\n\n"
        "A: A vote.\n\n"
        "The board's reckless spending is under review.\n"
    )
    assert mark_voices(nlp, text) == [
        ("shameful", "quoted"),
        ("giveaway", "quoted"),
        ("giveaway", "quoted"),
        ("reckless", "quoted"),
        ("reckless", "outlet"),
    ]
