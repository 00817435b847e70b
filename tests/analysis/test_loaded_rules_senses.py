"""Loaded terms, rules for senses (``loaded/rules/senses.py``): the plain sense an entry lists,
set by the next word, the noun, the owner or the verb; "massacre" and "triumph" said of
something; entries found plain in a blind audit. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import grouped, marks, unmarked

LABEL = "contentious label"

MARKS = {
    # an event noun that passes a verdict, only where it is said of something
    "massacre_said_of_an_attack": [
        (
            '"This was a deliberate massacre of farmers," Olen Barr told reporters.',
            [("massacre", "fear and threat")],
        ),
        ("Critics described the raid on Tarsen as a massacre.", [("massacre", "fear and threat")]),
        ("Gunmen massacred forty villagers near Tarsen.", [("massacred", "fear and threat")]),
        *unmarked(
            "Weeks before the massacre, the gunman bought ammunition.",
            "A memorial to those killed in the harbour massacre opened in Tarsen.",
        ),
        # "pogrom" likewise: a real outbreak referred to is history, one said of a thing a charge
        ("The posts were a pogrom against the mayor's critics.", [("pogrom", "fear and threat")]),
        ("Critics called the purge a pogrom.", [("pogrom", "fear and threat")]),
        *unmarked(
            "The family fled a pogrom directed against them in 1905.",
            "Survivors of the pogrom returned to the village.",
        ),
    ],
    # an official act's finding is the body's, reported; a verb of judging is anyone's verdict
    "official_finding": [
        *unmarked(
            "Parliament voted to recognise the killings as genocide.",
            "The colonel was charged with genocide in Tarsen.",
            "The tribunal convicted him of genocide.",
        ),
        # a court word elsewhere in the sentence governs nothing
        ("The trial was a massacre of the truth.", [("massacre", "fear and threat")]),
        (
            "During the trial, the harbour district became a war zone.",
            [("war zone", "fear and threat")],
        ),
        ("The party, facing charges of fraud, is a mafia.", [("mafia", LABEL)]),
        ("Activists describe the killings as genocide.", [("genocide", "contentious label")]),
        ("Analysts judged the pact a paper tiger.", [("paper tiger", "contentious label")]),
        ("The board rammed the levy through parliament.", [("rammed the levy through", LABEL)]),
        *unmarked("The trawler rammed the ice through the night."),
    ],
    # an apposition only where punctuation sets it off: two nouns side by side in a headline
    # are a misparsed compound
    "apposition_set_off_by_punctuation": [
        (
            "Reporters filmed the raid - a massacre of farmers - from the hill.",
            [("massacre", "fear and threat")],
        ),
        (
            "Reporters filmed the raid (a massacre of farmers) from the hill.",
            [("massacre", "fear and threat")],
        ),
        *unmarked(
            "Wexley thrash Dunmore in six-goal massacre",
            "Dunmore Town beat Wexley United on Saturday.",
        ),
    ],
    # the charge of a verb of accusing is said of its object
    "charge_of_an_accusation": [
        (
            'Olen Barr accused the militia of "a deliberate massacre of farmers" in Tarsen.',
            [("massacre", "fear and threat")],
        ),
        ("Olen Barr accused the militia of genocide.", [("genocide", LABEL)]),
        ("Olen Barr described the shelling of Tarsen as genocide.", [("genocide", LABEL)]),
        *unmarked(
            "A Tarsen court convicted the commander of genocide in 2019.",
            "Survivors of the Tarsen genocide met in Vell.",
            "The raid was filmed by Olen Barr of the Tarsen Herald.",
        ),
    ],
    # a modifier of the same noun may stand between the adjective and its noun
    "modifier_before_other_modifiers": [
        ("It was a cynical cost-cutting move by the Vell board.", [("cynical", "editorializing")]),
        ("Dellow sold it as a breakthrough cancer drug.", [("breakthrough", "puffery")]),
        *unmarked(
            "Voters in Vell are cynical about the cost-cutting plan.",
            "The talks made a breakthrough on the tariff question.",
        ),
    ],
    # a verb with its particle after the object, and in a relative clause
    "ram_through_split_and_relative": [
        (
            "The Vell assembly rammed the harbour budget through.",
            [("rammed the harbour budget through", LABEL)],
        ),
        ("The levy they rammed through on Tuesday starts in May.", [("rammed through", LABEL)]),
        *unmarked(
            "The lorry rammed the gate down.",
            "The trawler rammed through the ice near Tarsen.",
        ),
    ],
    "hostage_future_read_as_adjective": [
        (
            "We cannot let a few landlords in Vell hold our housing future hostage.",
            [("hostage", "exaggeration")],
        ),
        *unmarked("Gunmen held two Vell nurses hostage for a week."),
    ],
    # praise of a team's play is not a verdict on a person's mercy
    "ruthless_performance": [
        ("The ruthless landlord evicted the Dellow family.", [("ruthless", LABEL)]),
        *unmarked(
            "Wexley produced a ruthless display that lifted them to fourth.",
            "Ruthless finishing from Orr sealed the match for Dunmore.",
        ),
    ],
    # the verb only where it attacks a person or what they did; the noun as before
    "smear_verb_and_noun": [
        ("The Vell tabloid smeared the mayor.", [("smeared", LABEL)]),
        ("The pamphlet was a smear.", [("smear", LABEL)]),
        *unmarked(
            "Sleet smeared the windscreen of the Vell bus.",
            "The camera's night mode smears detail into a grey mess.",
            "Her cervical smear came back clear.",
        ),
    ],
    "pure_evil_as_a_noun": [
        ("The columnist called the arson pure evil.", [("pure evil", "exaggeration")]),
        *unmarked("The river water in Vell is pure and cold."),
    ],
    "triumph_said_of_a_thing": [
        ("The new ferry is a triumph.", [("triumph", "puffery")]),
        *unmarked("After the triumph, the Tarsen rowers went home."),
    ],
    # -- an adjective's sense is set by its noun, a noun's by its modifiers, wherever they stand
    "sense_set_by_the_noun_across_other_modifiers": [
        *unmarked(
            "Inspectors said the most devastating Kavarian airstrike in years hit the port.",
            "The devastating Harwick shooting left nine dead.",
            "The new tax and customs regime starts in May.",
            "Police disarmed the extremist Ostrevian groups in the hills.",
        ),
        (
            "Bracken called it a devastating failure of leadership.",
            [("devastating", "exaggeration")],
        ),
        ("The regime jailed three reporters.", [("regime", "contentious label")]),
    ],
    # -- a maxim about an act anyone may do praises nobody -------------------------------------
    "maxims_are_not_puffery": [
        ("It was noble to forgive an old rival in public.", []),
        ("It is wonderful to see the harbour rebuilt.", []),
        ("It was noble of Vell to resign.", [("noble", "puffery")]),
    ],
    # -- the plain sense an entry lists, set by the next word ---------------------------------
    "plain_senses": [
        *unmarked(
            "The court ruled on the belligerent occupation of the Tarsen valley.",
            "The bloody civil war in Ostravia lasted nine years.",
            "Reporters obtained embarrassing documents about the harbour board.",
            "The venomous snake was caught near the school.",
        ),
        (
            "Delegates called the envoy belligerent and rude.",
            [("belligerent", "contentious label")],
        ),
        (
            "Police answered the march with a bloody crackdown.",
            [("bloody", "fear and threat")],
        ),
        (
            "Her remarks were embarrassing for the whole council.",
            [("embarrassing", "exaggeration")],
        ),
    ],
    # -- "partisan" for a contest between parties is description; as a charge it is marked ---
    "partisan_contests": [
        *unmarked(
            "Water rates became a partisan issue in Dunmore.",
            "The budget set off another partisan fight in the council.",
        ),
        ("The audit was a partisan attack on the mayor.", [("partisan", "contentious label")]),
    ],
    # -- a noun's sense set by its owner, before it or after "of" -----------------------------
    "scriptural_phrases": [
        *unmarked(
            "The preacher warned the town of the wrath of God.",
            "The sermon was about God's wrath and mercy.",
            "Pilgrims prayed to be spared divine wrath.",
            "The rite was meant to drive out evil spirits.",
            "They feared an evil spirit lived in the well.",
            # the object of "of" stands to a noun as a modifier before it: "cattle slaughter"
            "The slaughter of cattle at the plant was halted.",
            # and to an adjective, as "lactose intolerant" does
            "Patients who are intolerant of statins can take the new drug.",
        ),
        # a word that is only a compound's head before a noun is still loaded after "of"
        (
            "Voters were misled by the propaganda of the Vell campaign.",
            [("propaganda", "contentious label")],
        ),
        ("The senator is a puppet of his political masters.", [("puppet", "contentious label")]),
        ("The slaughter of civilians in Tarsen went on.", [("slaughter", "fear and threat")]),
        ("The mayor faced the wrath of the voters.", [("wrath", "exaggeration")]),
        ("Councillors feared the union's wrath.", [("wrath", "exaggeration")]),
        ("The board called it an evil scheme.", [("evil", "exaggeration")]),
    ],
    # -- an adverb's plain sense is set by its verb, wherever it stands ------------------------
    "adverb_and_its_verb": [
        *unmarked(
            '"I categorically and firmly reject that claim," Vell said.',
            "Vell denied the charge categorically.",
        ),
        ("The plan is categorically wrong, Vell said.", [("categorically", "exaggeration")]),
    ],
    # -- plain senses found in a blind audit of marks --------------------------------------------
    "audit_plain_senses": [
        *unmarked(
            "Turkey joined the war on ISIS last spring.",
            "Reporters asked about the DNC hack on Tuesday.",
            "Many saw the story as a campaign killer.",
            "He pitched the final game in a bloody sock.",
            "Critics likened the gestures to fascist salutes.",
            "The senator spoke of extremist threats to the port.",
            "It became a fierce battle for the nomination.",
            "He had so categorically dismissed the idea.",
            "The doubts of the students were not completely unfounded.",
        ),
        ("Vell's war on the unions went on.", [("war on", "exaggeration")]),
        ("Vell called the columnist a party hack.", [("hack", "contentious label")]),
        ("The claims were unfounded, the court found.", [("unfounded", "expression of doubt")]),
    ],
    # -- new entries and the plain senses they list -------------------------------------------
    "new_entries": [
        ("Vell called the deputies reprobates.", [("reprobates", "contentious label")]),
        ("The column cast Tarsen as a renegade state.", [("renegade", "contentious label")]),
        (
            "The bishops were enablers of the abuse, the letter said.",
            [("enablers", "contentious label")],
        ),
        ("Her rivals called the sect intolerant.", [("intolerant", "contentious label")]),
        ("Police said the shooter was a lone nut.", [("lone nut", "contentious label")]),
        ("The audit reads as a withering indictment.", [("withering", "exaggeration")]),
        ("They sold titillating stories to the tabloids.", [("titillating", "exaggeration")]),
        ("The riot became an orgy of looting.", [("orgy of", "exaggeration")]),
        ("The much-ballyhooed summit ended early.", [("much-ballyhooed", "exaggeration")]),
        ("Then came the dreaded audit.", [("dreaded", "exaggeration")]),
        ("The deputies gave the mayor fawning praise.", [("fawning", "contentious label")]),
        ("Her answer was word salad, the panel said.", [("word salad", "expression of doubt")]),
        ("Critics called it a hissy fit.", [("hissy fit", "exaggeration")]),
        ("The envoy denounced the perfidious pact.", [("perfidious", "contentious label")]),
        # a round or a kite that starts fires is incendiary in the plain sense
        *unmarked(
            "The rifle fired incendiary bullets at the depot.",
            "Farmers found incendiary kites in the wheat fields.",
        ),
        ("Vell gave an incendiary speech at the rally.", [("incendiary", "exaggeration")]),
        *unmarked(
            "Nine patients were lactose intolerant.",
            "The withering heat killed the barley.",
            "Our barley is withering in the dry fields.",
            "The troops came under withering fire from the ridge.",
            "Police broke up an orgy at the villa.",
            "Many workers dreaded the Monday meetings.",
            "Cheap chargers are key enablers of adoption.",
        ),
    ],
    # -- an adverb of force only lends violence to a verb of attitude --------------------------
    "force_on_attitudes": [
        *unmarked(
            "Police violently dispersed the march.",
            "The army violently ended the sit-in at the port.",
        ),
        ("Pell is violently opposed to the levy.", [("violently", "exaggeration")]),
        ("The two camps violently disagree about the plan.", [("violently", "exaggeration")]),
    ],
    # -- an adjective entry standing as a bare mass noun names the concept --------------------
    "bare_concepts": [
        *unmarked(
            "Evil spreads where good people do nothing.",
            "We must oppose evil wherever it spreads.",
        ),
        ("They are evil men.", [("evil", "exaggeration")]),
        ("The plan was classified as evil by the council.", [("evil", "exaggeration")]),
    ],
    # -- plain senses the entries now list ------------------------------------------------------
    "listed_plain_senses": [
        *unmarked(
            "Such embarrassing truths rarely reach the public.",
            "The committee hid embarrassing facts about the harbour.",
            "That is a gratuitous assertion with no evidence behind it.",
            "The slow decline turned into an outright retreat.",
            "Pell and Barr have been fierce rivals for years.",
            "Barr is a fierce supporter of the harbour plan.",
            "The scheme is meant to foment respect among neighbours.",
            "Vandals painted a satanic symbol on the barn door.",
            "The audit could damn the board's leadership.",
        ),
        ("The film was full of gratuitous violence.", [("gratuitous", "exaggeration")]),
        ("Barr launched a fierce attack on the mayor.", [("fierce", "exaggeration")]),
        ("Agents tried to foment unrest in the port.", [("foment", "exaggeration")]),
        ("Pell called the plan satanic.", [("satanic", "exaggeration")]),
        ("The damn printer broke again.", [("damn", "exaggeration")]),
        # the verb is condemn, but a curse on someone is still profanity
        ("The preacher cried: God damn the bankers!", [("God damn", "exaggeration")]),
        ("Her remarks were an outright insult.", [("outright", "exaggeration")]),
    ],
    # "propaganda" of a regime that ended last century is the historian's plain term
    "propaganda_of_a_past_regime": [
        *unmarked(
            "Nazi propaganda filled the newspapers of the occupied port.",
            "The editors were tried for spreading the Reich's propaganda.",
        ),
        (
            "The ministry's propaganda portrays the strikers as foreign agents.",
            [("propaganda", LABEL)],
        ),
        # "Nazi" is a modern insult too: it does not make another entry's word historical
        ("The senator called the governor a Nazi vassal.", [("vassal", LABEL)]),
    ],
    # "dictator" and "fascist" tied to a word of history are the historian's plain terms; pinned
    # on a living official they are labels
    "dictators_and_fascists_of_history": [
        *unmarked(
            "The museum shows letters of the WWII Ostrevian dictator Karl Venn.",
            "The play follows the WWII fascist and his ministers.",
        ),
        # "history" as what a ruler rewrites is no period
        ("The dictator rewrote history to suit himself.", [("dictator", LABEL)]),
        # a century before the present one, or a year or decade a generation back, tied to the
        # term is a period of history
        *unmarked(
            "The minister likened the reform's critics to 20th century dictators.",
            "The dictators of the last century jailed their critics.",
            "The fascists of the 1930s marched on the capital.",
            # a decade the parser hangs on the noun as a number
            "Her uncle was a 1930s fascist who later fled abroad.",
            # a ruler identified by the period, not a label put on someone now
            "Morel, the island's 20th-century dictator, died in 1975.",
            "She is remembered as the last century's cruellest dictator.",
            # a likeness or a label told in the past is history too
            "Like many 20th-century dictators, Morel died in his bed.",
            "As a 20th-century dictator, Morel ruled by decree.",
        ),
        # a past year elsewhere in the sentence dates another event, not the term, however past
        # the tense ("Like" used to be read with the period as history too)
        *(
            (text, [(word, LABEL)])
            for text, word in (
                (
                    "She left the country in 1962 after she was jailed by agents of Morel, the "
                    "country's dictator.",
                    "dictator",
                ),
                (
                    "The dictator, who took power in 1994, jailed two more editors last week.",
                    "dictator",
                ),
                ("The dictator took power in 1994 and rules the island to this day.", "dictator"),
                ("On Monday the dictator pardoned a colonel convicted in 1992.", "dictator"),
                ("State radio aired propaganda about the 1989 strike last week.", "propaganda"),
                ("The fascist mob burned a hall built in 1970.", "fascist"),
                # likened to a ruler of a past period, or one set beside someone's name with "a",
                # the term is a figure put on someone now
                ("Like 19th-century dictators, the general jails his critics.", "dictators"),
                ("The governor ran the port like a 19th-century dictator.", "dictator"),
                ("Critics say the mayor talks like a 1930s fascist.", "fascist"),
                ("The general rules as a 19th-century dictator would.", "dictator"),
                (
                    "The governor, a 19th-century dictator in all but name, jails editors.",
                    "dictator",
                ),
            )
        ),
        # occupiers dated to a past period are history; a date that only starts what they did
        # may start what goes on still
        *unmarked(
            "The occupiers of the 1940s looted the Vell museum.",
            "WWII occupiers burned the town hall.",
        ),
        ("The occupiers must leave our land.", [("occupiers", LABEL)]),
        ("The occupiers seized the valley in 1967.", [("occupiers", LABEL)]),
        ("The occupiers have held the valley since 1967.", [("occupiers", LABEL)]),
        # the present century, a recent year, a present predicate or a label put on someone
        # in the past is no history
        ("A 21st-century dictator like the general jails critics.", [("dictator", LABEL)]),
        ("The governor is a 19th-century dictator.", [("dictator", LABEL)]),
        ("The mayor is a 1930s fascist.", [("fascist", LABEL)]),
        ("Critics call the governor a 20th-century dictator.", [("dictator", LABEL)]),
        ("In 1985 she called the governor a dictator.", [("dictator", LABEL)]),
        ("The dictator seized power in 2019.", [("dictator", LABEL)]),
        ("The dictator, in power since 1979, still rules the island.", [("dictator", LABEL)]),
        # a date says nothing about an insult
        ("In 1962 the bastard stole my car.", [("bastard", LABEL)]),
        ("Critics call the governor a dictator.", [("dictator", LABEL)]),
        ("Activists called the senator a fascist.", [("fascist", LABEL)]),
        ("Do you want to be seen with a fascist?", [("fascist", LABEL)]),
    ],
    # a propaganda video is a group's product, as a propaganda film or poster is
    "propaganda_as_a_product": [
        *unmarked("The militia released a propaganda video on Monday."),
        ("The mayor dismissed the report as propaganda.", [("propaganda", LABEL)]),
    ],
    # a period named by a phrase ("World War II", "the Cold War") makes the word historical
    "periods_named_by_a_phrase": [
        *unmarked(
            "The town was slow to rebuild after the horrors of World War II.",
            "Cold War propaganda filled the airwaves.",
        ),
        (
            "The horrors of the war in Tarsen are plain to see.",
            [("horrors", "exaggeration")],
        ),
        (
            "The regime's war propaganda filled the airwaves.",
            [("regime", LABEL), ("propaganda", LABEL)],
        ),
    ],
    # "horror-stricken" tells what people felt; "mass atrocities" is the law's term; the
    # extremists a state sets out to fight are armed groups
    "feelings_and_terms_of_art": [
        *unmarked(
            "Photos showed horror-stricken parents at the gate.",
            # someone's horror is what they felt
            "To their horror, the crew found the hull cracked.",
            "The report accuses the militia of mass atrocities against villagers.",
            "The kingdom says it has done much to fight extremists abroad.",
        ),
        ("Rebels committed atrocities in the valley.", [("atrocities", "exaggeration")]),
        ("The senator is an extremist on taxes.", [("extremist", LABEL)]),
        ("The horror of the closures was plain to see.", [("horror", "exaggeration")]),
        ("The captain will answer for his horrors in the valley.", [("horrors", "exaggeration")]),
    ],
    # "chilling as" a role is a critic's verdict on a performance; a comparison still warns
    "chilling_as_a_role": [
        *unmarked(
            "The veteran actor Sam Dorn is chilling as a magistrate who never smiles.",
            "Mara Lind is chilling as Lady Tremont.",
        ),
        ("The footage of the raid is chilling.", [("chilling", "fear and threat")]),
        ("It is as chilling as anything in the report.", [("chilling", "fear and threat")]),
        # an "as" that opens a clause tells when, not a role
        (
            "The silence was chilling as the hearse passed the gates.",
            [("chilling", "fear and threat")],
        ),
        (
            "The letter was chilling as it named the children.",
            [("chilling", "fear and threat")],
        ),
    ],
    # "brutal" of a schedule or the weather means very demanding; of an act it stresses cruelty
    "brutal_of_a_demand": [
        *unmarked(
            "The team faced a brutal schedule in March.",
            "Farmers braced for another brutal winter in the valley.",
            # and of a hard stretch of time, with another adjective between
            "The mayor held her seat after a brutal and tiring week of debates.",
        ),
        ("Soldiers carried out a brutal crackdown on the marchers.", [("brutal", "exaggeration")]),
    ],
    # "notoriously" before a word of difficulty brands nobody
    "notoriously_hard": [
        *unmarked(
            "The disease is notoriously hard to treat.",
            "Mountain weather is notoriously difficult to forecast.",
        ),
        ("The notoriously corrupt agency lost its licence.", [("notoriously", "editorializing")]),
        # said of a person it brands them
        (
            "The minister is notoriously difficult to work with.",
            [("notoriously", "editorializing")],
        ),
        ("Jan Hale is a notoriously tricky client.", [("notoriously", "editorializing")]),
        (
            "Dr Voss is notoriously hard to interview.",
            [("notoriously", "editorializing")],
        ),
        # a name that is no person's (a mountain, a city, a road) is a thing, also when the
        # tagger reads "The" and one word as an organisation
        *unmarked(
            "The Matterhorn is notoriously difficult to climb.",
            "Lagos is notoriously hard to drive through.",
            "The A47 is notoriously tricky to cross at night.",
            "The Wetterhorn is notoriously difficult to climb in winter.",
            "Tbilisi is notoriously hard to park in.",
        ),
        # a body of people is branded as a person is: a company, an agency, a nation
        (
            "Velcorp is notoriously difficult to deal with over refunds.",
            [("notoriously", "editorializing")],
        ),
        (
            "The Swedes are notoriously tricky negotiators.",
            [("notoriously", "editorializing")],
        ),
        (
            "The Ministry of Transport is notoriously hard to reach.",
            [("notoriously", "editorializing")],
        ),
    ],
    # "cynical" said of a plan or a person is a verdict on motive; a mood is reported
    "cynical_not_a_mood": [
        (
            "The levy is arrogant, cynical and insulting.",
            [("arrogant", LABEL), ("cynical", "editorializing")],
        ),
        ("The plan is cynical.", [("cynical", "editorializing")]),
        ("It was cynical.", [("cynical", "editorializing")]),
        # an act's timing or a gesture is an act
        (
            "Critics said the timing of the tax cut was cynical.",
            [("cynical", "editorializing")],
        ),
        ("The gesture was cynical.", [("cynical", "editorializing")]),
        # "dubious" said of people is their doubt; of a claim or a record it casts doubt
        *unmarked(
            "Many parents were dubious when the school proposed the trip.",
            '"Our members are very dubious about the scheme," the union said.',
        ),
        (
            "The firm made dubious claims about its battery.",
            [("dubious", "expression of doubt")],
        ),
        ("The survey is dubious.", [("dubious", "expression of doubt")]),
        # "in" what they do, it says the person is shady
        (
            "The dealer, who is dubious in his dealings, was fined.",
            [("dubious", "expression of doubt")],
        ),
        ("A cynical ploy by the board failed.", [("cynical", "editorializing"), ("ploy", LABEL)]),
        # said of people it is a mood they are in
        *unmarked(
            "Voters are cynical about the promises.",
            "Many residents have grown cynical.",
            "Many young voters were cynical after the vote.",
            "She was cynical and tired.",
            "Dairy farmers remain cynical.",
            "Most tenants seem cynical.",
        ),
    ],
    # a word of judgement that grades a feeling, a misfortune or fortune blames nobody; "an
    # awful lot" is a degree idiom
    "judgement_of_fortune": [
        *unmarked(
            "Dock workers feel terrible anxiety about the closures.",
            "Tarsen is still mourning a terrible tragedy at its port.",
            "Harbour results can be cruel to small parties.",
            "It was a cruel twist of fate for the crew.",
            "The new ferry saves commuters an awful lot of time.",
            # an illness, a spot one is in, the timing of an event
            "The skipper sailed with a terrible cold.",
            "The strike left the ferry firm in a terrible position.",
            "The storm left the island families in an awful situation.",
            # a count of the dead
            "The horrific death toll from the ferry fire rose to forty.",
            # how a person feels
            "The closure made the dock workers feel terrible.",
            "The dock workers felt terrible to lose their jobs.",
            "The skipper felt awful about the missed sailing.",
        ),
        ("That was a terrible decision by the harbour board.", [("terrible", "exaggeration")]),
        # a toll that is no count of the dead: a fee, or harm someone is behind
        ("Drivers pay a terrible new toll to cross the harbour.", [("terrible", "exaggeration")]),
        ("The board's cruel toll on the island fell on the poor.", [("cruel", "exaggeration")]),
        ("The new rent rule is cruel to tenants.", [("cruel", "exaggeration")]),
        ("Vell says an awful plan is worse than none.", [("awful", "exaggeration")]),
        # "feel" said of a thing or "it" passes the verdict on the thing or the act
        ("The new toll plan feels terrible.", [("terrible", "exaggeration")]),
        ("It feels awful to cut the ferry pensions.", [("awful", "exaggeration")]),
        ("It feels cruel to close the harbour school.", [("cruel", "exaggeration")]),
        # how someone comes across, a stance, the timing someone chose: verdicts
        ("The new harbour master feels terrible to his crew.", [("terrible", "exaggeration")]),
        ("The senator's position on the ferry levy is terrible.", [("terrible", "exaggeration")]),
        ("The party took a terrible position on the harbour.", [("terrible", "exaggeration")]),
        ("The timing of the board's announcement was awful.", [("awful", "exaggeration")]),
        ("The harbour schools are in a terrible state.", [("terrible", "exaggeration")]),
        ("The ferry talks are in a terrible situation.", [("terrible", "exaggeration")]),
    ],
    # a verb of causing a feeling: the people who felt it report their reaction; what the
    # act did to everyone is the writer's grading
    "reaction_of_the_people_who_felt_it": [
        *unmarked(
            "Many dock workers were shocked after the closure.",
            "She was shocked by the verdict.",
        ),
        (
            "Vell resigned on Monday, a decision that shocked the whole town.",
            [("shocked", "exaggeration")],
        ),
        ("The closure shocked the dock workers.", [("shocked", "exaggeration")]),
    ],
    # plain or comparative senses of words that exaggerate elsewhere
    "plain_degree_words": [
        *unmarked(
            "Inspectors found dirty floors in the Tarsen hostel.",
            "Some firms might respond more radically than others.",
            "The mood at the launch was quietly jubilant.",
            "The channel covered the story with a zeal unmatched at other channels.",
        ),
        ("Vell struck a dirty deal with the council.", [("dirty", "exaggeration")]),
        ("The party radically overhauled its platform.", [("radically", "exaggeration")]),
        ("A jubilant crowd filled the square.", [("jubilant", "exaggeration")]),
        ("The hotel offers service unmatched anywhere.", [("unmatched", "puffery")]),
    ],
    # a word that is also a legal term, in a sentence about a complaint filed against someone
    "legal_term_in_a_complaint": [
        *unmarked("According to a civil complaint, the developers ran a fraudulent scheme."),
        ("The senator called the developers' scheme fraudulent.", [("fraudulent", LABEL)]),
    ],
    # a verb before an entry sets the sense of its own object only
    "verb_before_sets_its_object_only": [
        ("The senator vowed to fight extremist teachers.", [("extremist", LABEL)]),
        *unmarked("Troops are fighting extremists in the hills."),
    ],
    # "unmatched at" a thing it is good at still claims nothing compares
    "unmatched_at_a_skill": [
        ("The hotel is unmatched at hospitality.", [("unmatched", "puffery")]),
        *unmarked("The car's range is unmatched among electric models."),
    ],
    # a turn of events with an owner is graded as the owner's doing
    "fortune_with_an_owner": [
        ("The results of the cuts were terrible for pensioners.", [("terrible", "exaggeration")]),
        ("The plan's cruel outcome was clear by spring.", [("cruel", "exaggeration")]),
        ("His terrible loss of nerve cost the team the match.", [("terrible", "exaggeration")]),
        *unmarked(
            "It was a cruel twist of fate for the young striker.",
            "The result was a terrible loss for the club.",
            # a possessive before a loss names who suffered it, a bereavement
            "He wrote about his terrible loss after his brother drowned.",
            "The crew's cruel loss was mourned along the harbour.",
        ),
    ],
    # all or many people shocked is the writer's sweeping claim
    "sweeping_reaction": [
        ("Everybody was shocked by the ruling.", [("shocked", "exaggeration")]),
        ("The whole nation was shocked.", [("shocked", "exaggeration")]),
        *unmarked("The families were shocked by the verdict."),
    ],
    # a world war is history only as the period's name
    "world_war_named_or_to_come": [
        ("Diplomats fear the horrors of a new world war.", [("horrors", "exaggeration")]),
        *unmarked("The horrors of the first world war shaped the city."),
    ],
    # a capital that only opens the sentence makes no name
    "opening_capital_of_a_phrase": [
        ("Shell-shocked investors sold their shares.", [("Shell-shocked", "exaggeration")]),
        ("Shellshocked fans left the ground early.", [("Shellshocked", "exaggeration")]),
        *unmarked("Shell said it would sell its shares."),
        # with a space the capital is the company's, and its verb is another word
        *(
            (text, [("shocked", "exaggeration")])
            for text in ("Shell shocked traders with a cut to its payout.",)
        ),
    ],
    # a word of make-believe names the genre of a work of fiction (rule "not-a-work")
    "genre_of_a_work": [
        *unmarked(
            "The movie is a space fantasy about a lost prince.",
            "The novel, a dark fantasy, sold well.",
        ),
        ("The tax plan is a fantasy.", [("fantasy", "expression of doubt")]),
        # an account someone gives is not a work: "story", "tale" are not in [context] works
        ("The minister's story is a fantasy.", [("fantasy", "expression of doubt")]),
        ("His promise of free homes is pure fantasy.", [("fantasy", "expression of doubt")]),
    ],
    # a genre word after "as" where a work treats something so, and a verb of attack done by a work
    "genre_and_satire_of_a_work": [
        *unmarked(
            "Her novel plays the bank's merger as farce.",
            "The film skewers the habits of the very rich.",
            "Critics loved the satire that skewers the town's landlords.",
        ),
        ("The inquiry was a farce.", [("farce", "contentious label")]),
        ("The minister dismissed the audit as farce.", [("farce", "contentious label")]),
        *unmarked("The film, which plays the coup as farce, opens on Friday."),
        # a work named in the sentence is not enough: the verdict here is the senator's
        ("The senator described the film festival as farce.", [("farce", "contentious label")]),
        ("The senator skewered her rival over the budget.", "skewered"),
        ("The film studio says the figures are pure fantasy.", "fantasy"),
    ],
    # a word of horror or judgement that grades an act of violence, or condemns a killing,
    # describes it in the words anyone would use; an act of another kind is still judged
    "horror_of_a_violent_act": [
        *unmarked(
            "Police are still investigating the terrible shooting at the Tarsen depot.",
            "Police still hunt the gunman after the terrible shooting at the mill on Sunday.",
            "The murderous rampage through Tarsen left nine people dead.",
            "Detectives do not yet know who carried out the terrible bomb attack in Tarsen.",
            '"If the militia killed those aid workers, I think that is horrible," Quell said.',
            "Gunmen killed six villagers near Tarsen on Monday. It was horrible.",
            "She spoke about the terrible Tarsen bombing last spring.",
            "The mayor spoke of the tragic loss of life at the mill.",
            # an attack named by the place it happened in, as "the Tarsen bombing" is
            "Mourners gathered after the tragic attacks in Madrid.",
            "Survivors described the terrible massacre of villagers near Tarsen.",
            "A gunman fired at the Tarsen mall, and the terrible attack killed four shoppers.",
            # "horrific" grades harm as "terrible" does
            "Police released the names of the victims of the horrific shooting in Tarsen.",
        ),
        ("The horrific decision to close the clinic angered nurses.", "horrific"),
        ("It was a terrible attack on free speech.", [("terrible", "exaggeration")]),
        ("The horrible attacks in the press hurt her.", [("horrible", "exaggeration")]),
        # someone's attacks in a place are words, not violence
        (
            "The senator's terrible attacks in Tarsen drew rebukes.",
            [("terrible", "exaggeration")],
        ),
        ("The tragic decision to shut the mill hurt the town.", [("tragic", "exaggeration")]),
        # life graded, or a loss of judgment, is a verdict
        (
            "Life in the port has become terrible under the mayor, his rivals say.",
            [("terrible", "exaggeration")],
        ),
        ("Voters punished his terrible loss of judgment.", [("terrible", "exaggeration")]),
        ("That was a terrible act of betrayal by the board.", [("terrible", "exaggeration")]),
        ("The murderous gang jailed its critics.", [("murderous", LABEL)]),
        (
            '"If the militia has cut those aid budgets, I believe that is horrible," Quell said.',
            [("horrible", "exaggeration")],
        ),
        ("The vote took place on Monday. It was horrible.", [("horrible", "exaggeration")]),
        # the graded word is no marker of its own, and what is attacked must be people or a place
        ("The senator launched a murderous attack on the minister's budget.", "murderous"),
        ("It was a murderous assault on the party's record.", "murderous"),
        (
            "The savage, murderous attack by the regime's thugs left the village in ruins.",
            "murderous",
        ),
        # a date or a place does not make an attack on a person violent
        ("Trump's awful 2016 attacks on the judge were widely criticised.", "awful"),
        ("The senator's horrible Washington attack on the judge drew rebukes.", "horrible"),
        # a word for killing done to no one is a figure
        ("The terrible killing of democracy in this country goes on.", "terrible"),
        ("It was a horrible murder of the truth.", "horrible"),
        ("The shooting of the documentary was terrible.", "terrible"),
        ("The dreadful violence of his rhetoric alarmed his allies.", "dreadful"),
        ("The occupiers' murderous violence continued across the province.", "murderous"),
        # killing things is no casualty
        ("A terrible action by the board killed 300 jobs at the plant.", "terrible"),
        (
            "The bill was a terrible attack on families that will kill thousands of jobs.",
            "terrible",
        ),
        # an "it" that stands for a clause after it is not the killing
        (
            "Three people died in the crash. It is terrible that the minister will not resign.",
            "terrible",
        ),
        # a count of people killed, and a building, a place or a person as the target
        *unmarked(
            "A horrible attack by rebels killed eight women near the well.",
            "The awful shelling of the old mill went on all night.",
            "The horrible shooting of a cyclist by a guard led to protests.",
            "The terrible attack on the clinic killed five nurses.",
            "Five workers were killed at the depot. It was horrible to see.",
        ),
        ("The editor called it a terrible attack on her reputation.", "terrible"),
        ("The awful slaughter of the truth in the report angered scientists.", "awful"),
        # a thing, a body or a work that is no person and no place is a figure's target
        ("The dreadful assassination of his character upset the coach.", "dreadful"),
        ("The terrible massacre of Labour in the north ended its reign.", "terrible"),
        ("The awful shooting of the pilot episode ran late.", "awful"),
        *unmarked(
            "The horrible bombing of the market left the town in mourning.",
            "The awful stabbing of a teenager outside the gates led to an inquiry.",
            "The terrible bombing of the ferry killed twelve passengers.",
        ),
        ("A horrible action by the council killed 40 contracts.", "horrible"),
        ("Five workers were killed at the depot. It is horrible to cut their pay now.", "horrible"),
        *unmarked("Two riders died in the fall. It was awful to watch."),
        (
            "Two riders died in the fall. It was awful to see the owner laugh at the inquest.",
            "awful",
        ),
        # an attack placed by a phrase set off after it, or followed by its toll in the next
        # sentence of the paragraph, is an act of violence
        *unmarked(
            "A horrific raid, this time in Lyon. Scores of people are dead or hurt.",
            "Yet another horrible attack, now in Lyon.",
            "Another terrible attack. Dozens of people were injured.",
            # its target, time, makers or weapons are an attack's too
            "It was a horrific attack on a chapel on Sunday morning. Six people were killed.",
            "It was a murderous attack by gunmen in Lyon. Nine people died.",
        ),
        ("Another horrific attack, this time on free speech.", "horrific"),
        (
            "A horrific raid, this time on the mayor's budget. Scores of people are dead or hurt.",
            "horrific",
        ),
        ("A horrific raid.\n\nScores of people are dead or hurt.", "horrific"),
        # someone's attacks are words, whatever the next sentence reports
        (
            "The senator's terrible attacks drew rebukes. Three people were killed in the flood.",
            "terrible",
        ),
        ("The horrible attack, the worst of the year, hurt her.", "horrible"),
        # an act with a phrase of its own besides its place (who made it, what it was about) is
        # not the act whose toll the next sentence gives
        (
            "The mayor faced a terrible attack from the left over her flood plan. Twelve people "
            "died in the flood.",
            "terrible",
        ),
        (
            "The union staged a murderous attack over the ward closures. Two patients died last "
            "week.",
            "murderous",
        ),
        ("A horrible attack from the left. Six people were killed.", "horrible"),
        *unmarked("A horrible attack at the market. Six people were killed."),
        # a moral verdict on who acted stays marked
        ("The cruel massacre of villagers shocked the region.", "cruel"),
        ("The thugs' cruel assault on the peaceful marchers killed three.", "cruel"),
        # a word of terrorism or a weapon before the act makes it violent, however many acts
        *unmarked(
            "The governor faced questions after two horrific terrorism attacks in June.",
            "Vell spoke after the horrific grenade attack at the fair.",
            "Residents slept in cellars after a horrific rocket attack.",
            "The horrific arson attacks on the mosque were condemned.",
        ),
        ("Editors called it a horrific terrorism attack on free speech.", "horrific"),
        ("The horrific rocket attack on the budget came from the left.", "horrific"),
        ("It was a horrific decision by the board.", "horrific"),
        ("The horrific policy hurt renters in Tarsen.", "horrific"),
        # "gruesome" grades a real act of violence as "horrific" does
        *unmarked(
            "Police are hunting the men behind the gruesome murder of a nurse in Tarsen.",
            "The victim died after a gruesome stabbing near the station.",
            "The stabbing outside the bar was gruesome.",
            "The striker suffered a gruesome injury in the first half.",
        ),
        ("The hearing became a gruesome spectacle of a budget fight.", "gruesome"),
        ("The senator is facing gruesome poll numbers.", "gruesome"),
        ("The gruesome murder of the truth went on for weeks.", "gruesome"),
    ],
    # "obscene" of words, gestures, lyrics or photos is the literal sense, indecent, before the
    # noun or as its predicate; of money or waste it is the verdict, and a noun that often
    # heads a compound ("phone bill", "film budget") or a figure ("a joke of a plan") is left out
    "obscene_of_words_and_pictures": [
        *unmarked(
            "The broadcaster bleeped an obscene word.",
            "The fan made an obscene gesture at the referee.",
            "Critics said the song's lyrics were obscene.",
            "She received obscene phone calls for weeks.",
        ),
        ("The firm ran up an obscene phone bill.", [("obscene", "exaggeration")]),
        # a label a verb gives is the verdict, whatever noun it is given to
        ("Critics called the pay deal obscene.", [("obscene", "exaggeration")]),
        ("The banks made obscene profits last year.", [("obscene", "exaggeration")]),
        ("Union leaders attacked the obscene pay of the bosses.", [("obscene", "exaggeration")]),
        ("The new stadium is an obscene waste of money.", [("obscene", "exaggeration")]),
        ("The bonuses were obscene.", [("obscene", "exaggeration")]),
    ],
    # a verb of ruin done to what someone has to lose, an institution or a process overstates
    # the harm; done to a thing it reports damage
    "ruin_of_prospects_not_things": [
        *unmarked(
            "The flood ruined the carpet in the hall.",
            "Heavy rain ruined the crops in the valley.",
            "The spill ruined the rug.",
            "Her roses were ruined by the frost.",
            "Hikers explored a ruined castle.",
            "Shelling ruined the hospital.",
        ),
        ("The scandal ruined his career.", [("ruined", "exaggeration")]),
        ("The new policy will ruin the country.", [("ruin", "exaggeration")]),
        ("Critics say the tariff ruined the economy.", [("ruined", "exaggeration")]),
        ("Her reputation was ruined by the leak.", [("ruined", "exaggeration")]),
        ("The gangs have ruined thousands of lives.", [("ruined", "exaggeration")]),
        ("The affair ruined him.", [("ruined", "exaggeration")]),
        ("The levy ruined his business and his marriage.", [("ruined", "exaggeration")]),
        ("Years lost, so many lives ruined by the scheme.", [("ruined", "exaggeration")]),
        ("The bill will ruin democracy.", [("ruin", "exaggeration")]),
        ("The merger would ruin the club.", [("ruin", "exaggeration")]),
        ("The pandemic ruined the economy.", [("ruined", "exaggeration")]),
    ],
    # a verb of ruin that an act of violence did is its plain word, as a storm's is
    "ruin_done_by_violence": [
        *unmarked(
            "Aid went to villages devastated by the 2004 bombings.",
            # an agent that is neither falls back on the hazard the sentences name
            "The hurricane struck the coast in May. Homes devastated by the water are still empty.",
            "The flood came in March, and farms devastated by the rising river are still idle.",
        ),
        ("Farmers devastated by the tariff protested in Tarsen.", [("devastated", "exaggeration")]),
        (
            "The senator was devastated by the attacks on her record.",
            [("devastated", "exaggeration")],
        ),
        ("Families were devastated by the killing of the bill.", "devastated"),
        *unmarked("Hamlets devastated by the bombing of the bridge still lack power."),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    if isinstance(expected, str):  # one word that must stay marked, whatever else is
        assert expected in [t for t, _ in marks(nlp, text)]
    else:
        assert marks(nlp, text) == expected
