"""A question put to someone, which the quotes leave out.

"The mayor was asked about the cost", "Pressed on whether he would sell", "when asked, she
declined": an agentless passive of a verb that puts a question (``reporting_verbs.toml``
[questions]) tells that a question was put to the subject, most often by the writer. It reports
no one's words, so it is no quote. (The assertions still give the sentence a vague mark, since
who asked is not said.) A "to" clause or a "for" phrase makes it a request ("was asked to
resign", "was pressed for a date"), and a "that" clause a report: those are quotes still.
"""

from __future__ import annotations

from spacy.tokens import Token

# words that open a question clause ("whether he will run", "when it will decide")
QUESTION_WORDS = frozenset(
    {"whether", "if", "when", "why", "how", "who", "whom", "what", "where", "which"}
)
# what a question put to someone may be about ("asked about the cost", "pressed on the delay")
_QUESTION_PREPS = frozenset({"about", "on", "over", "regarding", "concerning"})


def question_put(verb: Token, asked: frozenset[str]) -> bool:
    """Whether ``verb``, an agentless passive of a verb of [questions] (the callers check both),
    puts a question: its only complement is what the question is about (a preposition, a
    question clause, or a noun of ``asked``, "was asked a question about it"), or there is none.
    False for a request or a report (a "to" clause, a "for" phrase, a "that" clause, any other
    object)."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "oprd") or (c.dep_ == "prep" and c.lower_ == "for"):
            return False
        if c.dep_ == "ccomp" and not question_clause(c):
            return False
        if c.dep_ == "dobj" and c.lemma_.lower() not in asked:
            return False
        if c.dep_ == "prep" and c.lower_ in _QUESTION_PREPS:
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and obj.dep_ == "pcomp" and not question_clause(obj):
                return False
    return True


def question_clause(clause: Token) -> bool:
    """A clause that asks: it opens with a question word ("whether he would sell", "how the
    council would pay", "what he thought")."""
    return clause.left_edge.lower_ in QUESTION_WORDS
