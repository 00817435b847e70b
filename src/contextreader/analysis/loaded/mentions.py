"""Checks that a matched word is used, not talked about: a term that is named or defined
('the word "traitor"', '"Zealotry" means ...') is mentioned (``_mentioned``), and capitalised
words in quotation marks after a noun of a work ('the documentary "Witch Hunt"') are its title
(``_title_of_work``). Either way the word loads nothing and the match is dropped.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from contextreader.analysis.loaded.lexicon import Lexicon
from contextreader.analysis.loaded.tokens import POINTING, QUOTE_CHARS, _lemma, _title
from contextreader.analysis.quotes.lexicon import cue_lexicon


def _mentioned(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """'the word "traitor"', 'the label extremist', '"Zealotry" means blind devotion',
    '"zealots", a word the board used': a term that is named or defined is talked about, not
    used, so it loads nothing (the use/mention distinction). The naming nouns and defining
    verbs are the lexicon's ``mention`` list, the verbs of meaning its ``signify`` list."""
    i = start - 1
    while i >= 0 and doc[i].text in QUOTE_CHARS:
        i -= 1
    if i >= 0 and _lemma(doc[i]) in lexicon.mention:
        # 'the term extremist', or a quoted word after a verb that defines it ('translated
        # "detestable"'); a bare verb before a word is its object ("mean people")
        noun = doc[i].pos_ == "NOUN" and doc[i].dep_ != "amod"  # not "mean bullies"
        if noun or (i < start - 1 and doc[i].pos_ == "VERB"):
            return True
    root = doc[start:end].root
    if _who_counts_as(root, lexicon):
        return True  # "the two parties disagree about who is a terrorist"
    if _names_a_prejudice(root, lexicon):
        return True  # "the stereotype that bankers are greedy"
    if any(c.dep_ == "appos" and _lemma(c) in lexicon.mention for c in root.children):
        return True  # '"extremists", a term applied to ...'
    if not _bare_word(root, start):
        return False  # "The fiasco means higher taxes", "the regime was defined by fear": used
    verb = _lemma(root.head)
    if root.dep_ == "nsubj":
        if verb == "be" and any(
            c.dep_ == "attr" and c.pos_ == "NOUN" and _lemma(c) in lexicon.mention
            for c in root.head.children
        ):
            return True  # '"Collateral damage" is a euphemism for ...', 'X is a term for ...'
        return verb in lexicon.signify  # '"Zealotry" means ...'
    return root.dep_ == "nsubjpass" and verb in lexicon.mention  # '"Zealotry" is defined as'


def _who_counts_as(root: Token, lexicon: Lexicon) -> bool:
    """'the two parties disagree about who is a terrorist', 'the board must decide who counts as a
    traitor', 'the question of who is an extremist': a label said of "who" in a question that a
    word of settling or disputing governs (``[context] deciding``) asks who deserves it and
    applies it to no one. A relative clause ("the man who is a terrorist") or a question a
    speaker answers ("we know who the traitors are") uses it, and so does a definite label
    ("will decide who is the liar"), which presumes someone is one."""
    dets = [c.lower_ for c in root.children if c.dep_ in ("det", "poss")]
    if dets != ["a"] and dets != ["an"] and (dets or root.tag_ != "NNS"):
        return False  # "decide who is the liar" presumes there is one: only "a liar", "liars"
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "as":
        verb = verb.head  # "who counts as a traitor"
    elif root.dep_ != "attr":
        return False
    if verb.dep_ not in ("ccomp", "pcomp", "xcomp") or not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "whom") for c in verb.children
    ):
        return False
    governor = verb.head
    if verb.dep_ == "pcomp" and governor.dep_ == "prep":
        governor = governor.head  # "agrees on who ...", "the question of who ..."
    return _lemma(governor) in lexicon.deciding


def _names_a_prejudice(root: Token, lexicon: Lexicon) -> bool:
    """'the stereotype that bankers are greedy', 'old tropes, such as the belief that bankers are
    greedy': a label said in the "that" clause of a noun of prejudice (``[context]
    stereotypes``), or of a belief given as an example of one ("such as", "like"), names the
    prejudice and applies it to no one. Said in the clause of a plain belief ("the belief that
    the mayor is corrupt") it is the believers' charge, and is kept; so is a prejudice someone
    endorses (``_endorsed``: "he defended the stereotype that ...")."""
    if root.dep_ not in ("acomp", "attr"):
        return False
    clause = root.head
    if clause.dep_ not in ("acl", "ccomp", "relcl") or not any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
    ):
        return False
    noun = clause.head
    if _lemma(noun) in lexicon.stereotypes:
        return not _endorsed(noun, lexicon)
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("as", "like"):
        return False
    return _lemma(prep.head) in lexicon.stereotypes and not _endorsed(prep.head, lexicon)


def _endorsed(noun: Token, lexicon: Lexicon) -> bool:
    """The prejudice is held, not named (``[context] upholding``): the verb it is the object of
    takes it up ("defended the stereotype that ...", "embraced"; not "does not confirm", "refused
    to defend"), or it (or an "it" in its sentence that is no dummy subject) is said to be so
    ("the stereotype that ... is true", "..., saying it was accurate"; not "is not true", "it is
    true that ...")."""
    taking = noun.head
    if (
        noun.dep_ == "dobj"
        and _lemma(taking) in lexicon.upholding
        and taking.dep_ != "xcomp"  # "refused to defend", "wants to defend": not done
        and not any(c.dep_ == "neg" for c in taking.children)  # "does not confirm"
    ):
        return True
    for tok in noun.sent:
        if tok.dep_ != "acomp" or _lemma(tok) not in lexicon.upholding:
            continue
        verb = tok.head
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        if subject.i == noun.i:
            return True
        if subject.lower_ in POINTING and not any(
            c.dep_ in ("ccomp", "xcomp", "csubj") for c in (*verb.children, *tok.children)
        ):
            return True  # not a dummy "it" ("it is true that ...", "it is fair to say ...")
    return False


def _title_of_work(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """'the documentary "Witch Hunt"', 'her hit "Liar"', '"Spin Doctors", a talk show about
    ...': capitalised words in quotation marks right after a noun of a work, or with one set
    beside them, are the work's title, not the writer's label for anything (the nouns of works
    are the quote finder's, ``[mentions] works`` in reporting_verbs.toml)."""
    works = cue_lexicon().mentions.works
    sent = doc[start].sent
    i = start - 1
    while i >= sent.start and _title_word(doc[i]):
        i -= 1
    j = end
    while j < sent.end and _title_word(doc[j]):
        j += 1
    if i < sent.start or doc[i].text not in QUOTE_CHARS:
        return False
    if j < sent.end and doc[j].text == ",":
        j += 1  # '"Witch Hunt," a film about ...'
    if j >= sent.end or doc[j].text not in QUOTE_CHARS:
        return False
    words = [t for t in doc[i + 1 : j] if t.is_alpha]
    if not words or not all(_title(t) or t.is_stop for t in words) or not _title(words[0]):
        return False
    before = doc[i - 1] if i > sent.start else None
    if before is not None and _lemma(before) in works:
        return True
    # set beside the title: '"Lies We Tell", a documentary about the mills'
    after = [t for t in doc[j + 1 : min(j + 5, sent.end)] if not t.is_punct]
    comma = (j + 1 < sent.end and doc[j + 1].text == ",") or doc[j - 1].text == ","
    noun = next((t for t in after if t.pos_ == "NOUN"), None)
    return comma and noun is not None and _lemma(noun) in works


def _title_word(tok: Token) -> bool:
    """A word that may stand in a title: capitalised, or a small word between capitalised ones
    ("A Nest of Vipers")."""
    return (tok.is_alpha and (_title(tok) or tok.is_stop)) or tok.text in ("-", "'s", ":")


def _bare_word(tok: Token, start: int) -> bool:
    """A word standing for itself has nothing before it that picks out a thing ('"Zealotry"
    means', 'Zealotry is defined as', '"Collateral damage" is a euphemism': the words of the
    term itself, from ``start``, do not count); a determiner, possessive or modifier makes it a
    use ("the fiasco means higher taxes", "this regime was defined by fear", "blind zealotry")."""
    return not any(c.i < start and c.dep_ not in ("punct", "cc") for c in tok.children)
