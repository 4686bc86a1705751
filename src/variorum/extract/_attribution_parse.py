"""Reading an attribution cue's content and source from the dependency parse.

Given a cue verb, its content is the clause, infinitive or object it governs (or, for an
inserted "he said", the clause it interrupts) and its source is its subject, inherited
along coordinated and subordinate verbs, or the speaker placed after it ("“...,” added a
spokesman"). Ranges are character offsets with edge punctuation trimmed.
"""

from __future__ import annotations

import bisect
from typing import Any

from ._attribution_cues import (
    CHARGING_CUES,
    CLAUSE_ONLY_CUES,
    CUE_LEMMAS,
    INFINITIVE_CUES,
    NAMING_CUES,
    NO_OBJECT_CONTENT,
    PREPOSITION_CUES,
    SPEECH_VERBS,
    SUBJECT_DEPS,
    cue_lemma,
)

Range = tuple[int, int]
VERB_TAGS = frozenset({"VERB", "AUX"})
_NO_OBJECT = NO_OBJECT_CONTENT | CLAUSE_ONLY_CUES  # cues whose object is not their content
_EDGE_PUNCT = frozenset(",;:—–-()[]")
# Where a cue verb hangs off the clause it reports: "X is Y, he said" / "X, she says, is Y".
_INSERTED_DEPS = frozenset({"parataxis", "ccomp", "advcl", "conj"})
_INVERTED_SUBJECT_DEPS = frozenset({"dobj", "npadvmod", "attr", "nsubj", "dative", "appos"})
# Links along which a verb shares the subject of the verb above it.
_SUBJECT_SHARING_DEPS = frozenset({"conj", "xcomp", "advcl", "pcomp", "prep", "advmod", "acomp"})
_NOT_NAMING_DEPS = frozenset({"punct", "cc", "conj", "mark", "advcl", "parataxis"})


def content_of(verb: Any) -> Range | None:
    """What the cue verb attributes, read from its dependents (or its head, if inserted)."""
    lemma = cue_lemma(verb)
    if lemma in NAMING_CUES or lemma in CHARGING_CUES:
        named = _naming_content(verb, lemma in NAMING_CUES)
        if named is not None:
            return named
    parts: list[Any] = []
    # “X,” added a spokesman: a clause before the verb and an "object" after it is the
    # speaker in inverted order, not more content.
    inverted = not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and any(
        c.dep_ == "ccomp" and c.i < verb.i for c in verb.children
    )
    # "urged a court to halt the plan", "told him to leave": the one urged is part of it.
    infinitive = lemma in INFINITIVE_CUES and any(c.dep_ == "xcomp" for c in verb.children)
    misread = misread_subject(verb)
    for child in verb.children:
        dep = child.dep_
        if (inverted and dep == "dobj" and child.i > verb.i) or (
            misread is not None and child.i == misread.i
        ):
            continue
        if (
            dep == "ccomp"
            or (dep == "xcomp" and lemma in INFINITIVE_CUES)
            or (dep == "dobj" and (infinitive or lemma not in _NO_OBJECT))
        ):
            parts.extend(child.subtree)
        elif dep == "prep" and (lemma, child.lower_) in PREPOSITION_CUES:
            parts.extend(t for c in child.children if c.dep_ == "pobj" for t in c.subtree)
    if parts:
        return trimmed(parts)
    return _inserted_content(verb)


def seeming_content(verb: Any) -> Range | None:
    """ "Voters seem to be tired of it": the whole clause is an impression no one is named
    for; with an empty "it" ("it appears that ...") only the that-clause is. A verb of
    saying inside ("seemed to suggest that ...") is the cue there instead."""
    complements = [c for c in verb.children if c.dep_ in ("xcomp", "acomp", "ccomp", "attr")]
    if not complements:
        return None  # "appeared on television", "appeared in court"
    if any(c.pos_ in VERB_TAGS and cue_lemma(c) in CUE_LEMMAS for c in complements):
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS or c.dep_ == "expl"]
    if subjects and subjects[0].lower_ == "it":
        clause = [t for c in complements if c.dep_ == "ccomp" for t in c.subtree]
        return trimmed(clause) if clause else None
    if not subjects:
        return None
    return trimmed([t for t in verb.subtree])


def misread_subject(verb: Any) -> Any | None:
    """"Mara Voss, a rabbi leading the food drive, said she was uneasy": the
    parser sometimes reads a long subject with an appositive as a clause before the verb.
    Such a "clause" that starts with a name, with a comma before the verb and the real
    clause after it, is the subject."""
    if verb.i == 0 or verb.nbor(-1).text != ",":
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    left = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    right = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i]
    if not left or not right:
        return None
    first = min(left[0].subtree, key=lambda t: t.i)
    return left[0] if first.pos_ == "PROPN" else None


def _naming_content(verb: Any, naming: bool) -> Range | None:
    """ "called the charges baseless", "accused him of lying": the object and what it is
    called or charged with, up to the clause end."""
    right = [c for c in verb.rights if c.dep_ not in _NOT_NAMING_DEPS]
    wh_object = [c for c in verb.lefts if c.dep_ == "dobj" and c.tag_ in ("WP", "WDT")]
    if naming and wh_object and right:
        # "what she calls the harbour cartel", "which the mayor had called a fiasco"
        return trimmed([t for t in verb.subtree if t.i >= wh_object[0].i])
    if not right or right[0].dep_ != "dobj" or len(right) < 2:
        return None
    if naming and right[1].dep_ == "prep" and right[1].lower_ in ("for", "on", "off", "up"):
        return None  # "called for", "called on": PREPOSITION_CUES reads those
    return trimmed([t for c in right for t in c.subtree])


def _inserted_content(verb: Any) -> Range | None:
    """Content for "X is Y, he said" and "X, she says, is Y": the head clause minus the cue."""
    head = verb.head
    if verb.dep_ not in _INSERTED_DEPS or head.i == verb.i or head.pos_ not in VERB_TAGS:
        return None
    if not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    cue_clause = {t.i for t in verb.subtree}
    rest = [t for t in head.subtree if t.i not in cue_clause]
    if not rest or min(t.i for t in rest) > verb.i:
        return None  # nothing before the cue: "He said, ..." is not an inserted cue
    if verb.dep_ == "conj" and not any(t.i < verb.i and t.dep_ in SUBJECT_DEPS for t in rest):
        return None
    return trimmed(rest)


def source_of(
    verb: Any, content: Range | None, runs: list[Range], run_starts: list[int]
) -> Range | None:
    """The subject of the cue (inherited along "said ... and added"), never inside the content.

    A "subject" inside quotation marks is the quote's own words misread by the parser
    ("“... Total chaos,” said Ana Ruiz" with "chaos" as a second subject).
    """
    misread = misread_subject(verb)
    if misread is not None:
        return trimmed([t for t in misread.subtree if t.i < verb.i])
    node = verb
    for _ in range(5):
        for child in node.children:
            if child.dep_ == "nsubjpass" and node is verb:
                continue  # "Trump was asked ...": the one asked, not the asker
            if child.dep_ in SUBJECT_DEPS:
                span = trimmed(list(child.subtree))
                # A subject inside the content is the content's own, unless the cue sits
                # inside too ("X, he said, is Y").
                if inside_run(child.idx, runs, run_starts):
                    continue
                if span and not (
                    content
                    and content[0] <= span[0]
                    and span[1] <= content[1]
                    and not content[0] <= verb.idx < content[1]
                ):
                    return span
            if child.dep_ == "agent":
                agent = [t for c in child.children if c.dep_ == "pobj" for t in c.subtree]
                if agent:
                    return trimmed(agent)
        if node.head.i == node.i:
            break
        if node.dep_ == "acl" and node.i > node.head.i and node.head.pos_ in ("NOUN", "PROPN"):
            # "new polls showing Ortega ahead": the noun the participle describes
            return trimmed([t for t in node.head.subtree if t.i <= node.head.i])
        # "responded by calling the ruling a disgrace", "stopped short of backing": a participle
        # after a preposition is done by the subject of the verb that preposition hangs on.
        if node.dep_ not in _SUBJECT_SHARING_DEPS:
            break
        node = node.head
    return inverted_subject(verb)


def inverted_subject(verb: Any, any_verb: bool = False) -> Range | None:
    """“...,” added another Democrat: after a quote the speaker may follow the verb, and the
    parser then reads it as an object or adverbial."""
    if verb.i == 0 or not (any_verb or cue_lemma(verb) in SPEECH_VERBS):
        return None
    before = verb.nbor(-1)
    if before.text not in (",", "”", '"', "''") and not before.is_quote:
        return None
    for child in verb.rights:
        if child.dep_ in _INVERTED_SUBJECT_DEPS and child.pos_ in ("PROPN", "NOUN"):
            return trimmed(list(child.subtree))
        if child.dep_ not in ("npadvmod", "advmod"):
            break
    return None


def trimmed(tokens: list[Any]) -> Range | None:
    """Character range of the tokens with edge punctuation and spaces cut (quote marks kept)."""
    if not tokens:
        return None
    tokens = sorted(tokens, key=lambda t: t.i)
    lo, hi = 0, len(tokens)
    while lo < hi and (tokens[lo].is_space or tokens[lo].text in _EDGE_PUNCT):
        lo += 1
    while lo < hi and (
        tokens[hi - 1].is_space or tokens[hi - 1].text in _EDGE_PUNCT or tokens[hi - 1].text == "."
    ):
        hi -= 1
    if lo >= hi:
        return None
    last = tokens[hi - 1]
    return (tokens[lo].idx, last.idx + len(last.text))


def inside_run(at: int, runs: list[Range], run_starts: list[int]) -> bool:
    i = bisect.bisect_right(run_starts, at) - 1
    return i >= 0 and runs[i][0] < at < runs[i][1]
