"""What a quantity counts or measures, read off the dependency parse.

Two questions: which noun a bare number counts ("eight nurses" -> "nurse"), and what the
quantity is about (its concept): the noun it modifies ("a $800 pizza oven" -> "pizza oven"),
the noun whose complement it is ("winds of 155 mph" -> "winds"), the noun it is a share of
("60% of its market cap"), or else the subject of the clause that states it ("Ford has
13,000 workers" -> "Ford"). The concept is a short phrase of content words.
"""

from __future__ import annotations

from typing import Any

_NOUNS = frozenset({"NOUN", "PROPN"})
_CONTENT = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
# Modifiers that grade the number, not the thing counted ("eight more picks").
_NOT_PART_OF_UNIT = frozenset(
    {"more", "less", "fewer", "additional", "extra", "further", "least", "most", "such"}
)
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
_RELATIVE = frozenset({"which", "who", "that", "whom"})
_OF_AT_FOR = frozenset({"of", "at", "for"})
# A noun can hardly be a counted thing when it is one of these ("3 p.m.", "No. 5").
_NOT_COUNTED = frozenset({"percent", "cent", "%", "am", "pm", "a.m.", "p.m."})


def counted_noun(doc: Any, number_index: int, sent_end: int) -> tuple[str, int] | None:
    """The noun a bare number counts, as a lower-cased lemma phrase, and its token index.

    "four different bosses" -> ("different boss", i); "dozens of Kia vehicles" ->
    ("kia vehicle", i). None when the number modifies no noun.
    """
    tok = doc[number_index]
    head = None
    if (
        tok.head.i > tok.i
        and tok.head.pos_ in _NOUNS
        and tok.head.i < sent_end
        and tok.dep_ in {"nummod", "quantmod", "compound", "amod", "nmod", "npadvmod"}
    ):
        head = tok.head
    if head is None and number_index + 1 < sent_end:
        nxt = doc[number_index + 1]
        if nxt.lower_ == "of" and number_index + 2 < sent_end:
            # "dozens of vehicles", "one of the people": the object of "of".
            for child in nxt.children:
                if child.dep_ == "pobj" and child.pos_ in _NOUNS:
                    head = child
                    break
        elif nxt.pos_ in _NOUNS and nxt.tag_ in {"NNS", "NNPS", "NN"}:
            head = nxt
            while (
                head.i + 1 < sent_end
                and doc[head.i + 1].pos_ == "NOUN"
                and (doc[head.i + 1].dep_ == "compound" or head.dep_ == "compound")
            ):
                head = doc[head.i + 1]
    if head is None or head.lower_ in _NOT_COUNTED or head.like_num:
        return None
    while head.dep_ == "compound" and head.head.i == head.i + 1 and head.head.pos_ == "NOUN":
        head = head.head  # "three course meal", "11 member trade agreement"
    words = []
    for t in doc[number_index + 1 : head.i]:
        attached = t.head.i == head.i or t.head.head.i == head.i
        if t.pos_ in {"ADJ", "NOUN", "PROPN"} and t.lower_ not in _NOT_PART_OF_UNIT and attached:
            words.append(t.lemma_.lower())
    lemma = head.lemma_.lower() if head.tag_ != "NNPS" else head.lower_
    words.append(lemma)
    return " ".join(words), head.i


def concept_of(doc: Any, first: int, last: int, sent_start: int, sent_end: int) -> str | None:
    """What the quantity on tokens ``first..last`` (number, unit, counted noun) is about."""
    span = range(first, last + 1)
    tok = doc[last]
    for i in span:
        if not first <= doc[i].head.i <= last:
            tok = doc[i]  # the token through which the quantity hangs in the parse
    # Share-of: "60% of its market cap", "a third of those screened".
    if last + 1 < sent_end and doc[last + 1].lower_ == "of":
        for child in doc[last + 1].children:
            if child.dep_ == "pobj" and child.pos_ in _NOUNS:
                return _phrase(child, span, sent_start, sent_end)
    for _ in range(6):
        head = tok.head
        if head.i == tok.i:
            break
        modifies = tok.dep_ in {"nummod", "compound", "amod", "nmod", "quantmod"}
        if modifies and head.i > tok.i and head.pos_ in _NOUNS and head.i not in span:
            return _phrase(head, span, sent_start, sent_end)  # "a $800 pizza oven"
        complement = tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in _OF_AT_FOR
        if complement and head.head.pos_ in _NOUNS and head.head.i not in span:
            return _phrase(head.head, span, sent_start, sent_end)  # "winds of 155 mph"
        if tok.dep_ == "appos" and head.pos_ in _NOUNS and head.i not in span:
            return _phrase(head, span, sent_start, sent_end)
        if head.pos_ in {"VERB", "AUX"}:
            return _clause_concept(head, tok, span, sent_start, sent_end)
        tok = head
    return None


def _clause_concept(verb: Any, via: Any, span: range, sent_start: int, sent_end: int) -> str | None:
    """The concept of a quantity that hangs off a verb: what changed by it ("boost the
    range by 35 miles"), else the subject ("Ford has 13,000 workers"), else the object
    when the subject is a pronoun ("we cooked each sample for 3 min")."""
    objects = (c for c in verb.children if c.dep_ in {"dobj", "attr"} and c.i != via.i)
    obj = next((c for c in objects if c.i not in span), None)
    if obj is not None and obj.pos_ not in _NOUNS:
        obj = None
    if obj is not None and via.dep_ == "prep" and via.lower_ == "by":
        return _phrase(obj, span, sent_start, sent_end)
    subject = _subject_of(verb)
    if subject is not None and subject.i not in span and subject.pos_ != "PRON":
        return _phrase(subject, span, sent_start, sent_end)
    if obj is not None:
        return _phrase(obj, span, sent_start, sent_end)
    return None


def _subject_of(verb: Any) -> Any:
    """The subject of a verb, looking through relative clauses, conjuncts and xcomps."""
    for _ in range(4):
        for child in verb.children:
            if child.dep_ in _SUBJECT_DEPS:
                if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
                    return verb.head  # "Ford, which has 13,000 workers"
                return child
        if verb.dep_ in {"relcl", "acl"} and verb.head.pos_ in _NOUNS:
            return verb.head
        if verb.dep_ in {"conj", "xcomp", "advcl", "ccomp", "pcomp"} and verb.head.i != verb.i:
            verb = verb.head
            continue
        return None
    return None


def _phrase(head: Any, skip: range, sent_start: int, sent_end: int) -> str | None:
    """The content words of a noun phrase: everything left of the head within its subtree,
    and its "of"/"in"/"for" complements ("sales of VR headsets in Japan"); never the
    quantity's own tokens, relative clauses or numbers."""
    doc = head.doc
    picked = set(range(max(sent_start, head.left_edge.i), head.i + 1))
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in {"of", "in", "for"}:
            picked.update(range(prep.i, min(sent_end, prep.right_edge.i + 1)))
    for child in head.children:
        if child.dep_ in {"relcl", "acl", "appos"}:
            picked.difference_update(range(child.left_edge.i, child.right_edge.i + 1))
    keep = [i for i in sorted(picked) if i not in skip and doc[i].pos_ in _CONTENT]
    # Rebuild the words as written: "P/TSX", "vice-chairman" stay one word.
    out: list[str] = []
    for n, i in enumerate(keep):
        glued = n > 0 and keep[n - 1] == i - 1 and not doc[i - 1].whitespace_
        if glued:
            out[-1] += doc[i].text
        else:
            out.append(doc[i].text)
    return " ".join(out) or None
