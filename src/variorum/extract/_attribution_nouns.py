"""Attributions whose cue is a noun: "his claim that ...", "a pledge to ...", "her praise for ...".

News reports speech and thought with nouns as often as with verbs, but most such nouns
("plan", "support", "question") are attributions only now and then. The lexicons below
keep the nouns, each with the complement that carries what is attributed, that news copy
uses as attributions more often than not in that construction: a "that"-clause, a
"to"-infinitive, or the object of one preposition. The source is the noun's possessor
("Trump's claim"), else the subject of the verb that has the noun as object ("she
expressed confidence that ..."), else no one.
"""

from __future__ import annotations

from typing import Any

# Nouns whose "that"-clause is attributed content ("the claim that the vote was rigged").
CLAUSE_NOUNS = frozenset(
    """
    claim statement assertion suggestion complaint doubt hope concern warning argument
    insistence allegation accusation promise pledge assurance admission acknowledgment
    acknowledgement prediction contention charge declaration announcement fear
    """.split()
)

# Nouns whose "to"-infinitive is attributed content ("a pledge to cut taxes").
INFINITIVE_NOUNS = frozenset({"pledge", "promise", "vow", "inclination", "threat"})

# Nouns and the preposition whose object is attributed content ("praise for the deal").
PREPOSITION_NOUNS = frozenset(
    {
        ("praise", "for"), ("defense", "of"), ("defence", "of"),
        ("mention", "of"), ("opinion", "of"), ("accusation", "of"), ("allegation", "of"),
        ("doubt", "about"), ("doubts", "about"), ("reference", "to"), ("rejection", "of"),
        ("concern", "about"), ("condemnation", "of"), ("denunciation", "of"),
    }
)

_OWNER_DEPS = frozenset({"poss"})
# Every noun that can be a cue: most nouns are none, and are turned away on their lemma.
CUE_NOUNS = CLAUSE_NOUNS | INFINITIVE_NOUNS | {noun for noun, _ in PREPOSITION_NOUNS}


def noun_attribution(noun: Any) -> tuple[list[Any], list[Any]] | None:
    """(content tokens, source tokens) when ``noun`` is an attribution cue, else None."""
    if noun.pos_ != "NOUN":
        return None
    lemma = noun.lemma_.lower()
    if lemma not in CUE_NOUNS:
        return None
    content: list[Any] = []
    for child in noun.children:
        if child.i < noun.i:
            continue
        that_clause = child.dep_ in ("acl", "ccomp") and _introduced_by(child, "mark", "that")
        infinitive = child.dep_ in ("acl", "relcl") and _introduced_by(child, "aux", "to")
        if (that_clause and lemma in CLAUSE_NOUNS) or (infinitive and lemma in INFINITIVE_NOUNS):
            content = list(child.subtree)
        elif child.dep_ == "prep" and (lemma, child.lower_) in PREPOSITION_NOUNS:
            content = [t for c in child.children if c.dep_ == "pobj" for t in c.subtree]
        if content:
            break
    if not content:
        return None
    return content, _owner(noun)


def _introduced_by(clause: Any, dep: str, word: str) -> bool:
    return any(c.dep_ == dep and c.lower_ == word for c in clause.children)


def _owner(noun: Any) -> list[Any]:
    """The possessor: "Trump's claim", "his pledge"."""
    for child in noun.children:
        if child.dep_ in _OWNER_DEPS:
            return list(child.subtree)
    return []


def verb_above(noun: Any) -> Any | None:
    """The verb whose subject made the noun's claim or promise, when the noun is its object
    or the object of its preposition ("she expressed hope that", "said in a statement that",
    "drew fire with an assertion that")."""
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        return noun.head
    return None
