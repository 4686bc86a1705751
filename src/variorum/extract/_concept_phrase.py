"""The words of a quantity's concept: a noun phrase read off the parse, as written.

``phrase`` takes a noun, the words left of it in its subtree and its complements ("sales
of VR headsets in Japan"), never a quantity's tokens, relative clauses, dates or words that
grade the amount ("total", "more"), and rebuilds the words as written ("loan-to-value").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

NOUNS = frozenset({"NOUN", "PROPN"})
CONTENT = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
# Modifiers that grade the number, not the thing counted ("eight more picks").
NOT_PART_OF_UNIT = frozenset(
    {"more", "less", "fewer", "additional", "extra", "further", "least", "most", "such"}
)


def phrase(head: Any, skip: frozenset[int], sent_start: int, sent_end: int) -> str | None:
    """The content words of a noun phrase: everything left of the head within its subtree,
    and its "of"/"in"/"for"/"from"/"on"/"between" complements ("sales of VR headsets in
    Japan"); never a quantity's tokens, relative clauses, or the dates and times in it."""
    doc = head.doc
    picked = set(range(max(sent_start, head.left_edge.i), head.i + 1))
    if head.dep_ in SUBJECT_DEPS:
        for other in head.head.lefts:
            if other.dep_ in SUBJECT_DEPS and other.i < head.i and other.pos_ != "PRON":
                picked.update(range(other.left_edge.i, other.i + 1))
        picked.update(_label_before(doc, min(picked), sent_start))
    for prep in head.rights:
        complement = prep.dep_ == "prep" and prep.lower_ in _COMPLEMENT_PREPS
        if complement and not _states_a_value(prep, skip):
            end = prep.right_edge.i
            if prep.lower_ == "between":
                # "the gap between the euro and the krone": the parser often hangs the
                # second of the pair on the noun itself.
                pair = (c.right_edge.i for c in head.rights if c.dep_ == "conj" and c.i > end)
                end = max([end, *pair])
            picked.update(range(prep.i, min(sent_end, end + 1)))
    # "FTSE 250", "Boeing 737": the number that ends a name is part of it
    # (a number that is a quantity is in ``skip``).
    if head.i + 1 < sent_end and ends_a_name(doc[head.i + 1]):
        picked.add(head.i + 1)
    for child in head.children:
        # "between 1850 and 1950 sea levels": a left preposition says when or where.
        if child.dep_ in {"relcl", "acl", "appos"} or (child.dep_ == "prep" and child.i < head.i):
            picked.difference_update(range(child.left_edge.i, child.right_edge.i + 1))
    # "a 12% fall in the port's traffic, a drop which is rare": a complement's own
    # relative clauses and appositives describe it further; they are not the concept.
    for i in sorted(picked):
        tok = doc[i]
        if i != head.i and tok.dep_ in {"relcl", "appos"} and tok.head.i != head.i:
            picked.difference_update(range(tok.left_edge.i, tok.right_edge.i + 1))
    # "Bookings in the half": when is not what. The head always counts ("testing came
    # back at 7 ppm": a gerund subject).
    keep = [
        i
        for i in sorted(picked)
        if i not in skip and (i == head.i or (_is_content(doc[i]) and not is_when(doc[i])))
    ]
    keep = _whole_hyphenated_words(doc, keep, skip, sent_start, sent_end)
    # Rebuild the words as written: "P/TSX", "loan-to-value" stay one word.
    out: list[str] = []
    for n, i in enumerate(keep):
        prev = keep[n - 1] if n else -1
        if (
            prev >= 0
            and not any(t.whitespace_ for t in doc[prev:i])
            and _joinable(doc[prev + 1 : i])
        ):
            # No space between them (checked above): the words in between, then this one.
            out[-1] += "".join(t.text for t in doc[prev + 1 : i + 1])
        else:
            out.append(doc[i].text)
    return " ".join(out) or None


def _label_before(doc: Any, start: int, sent_start: int) -> range:
    """A name that labels the sentence ahead of its subject, as stock round-ups write:
    "Halden — The ferry operator gained 3.1%" -> "Halden"; else an empty range."""
    dash = start - 1
    if dash <= sent_start or doc[dash].text not in _LABEL_DASHES or not doc[dash].whitespace_:
        return range(0)
    if doc[dash].text == "-" and not doc[dash - 1].whitespace_:
        return range(0)  # "Rolls-Royce": a hyphen inside a name
    label = range(sent_start, dash)
    if all(t.pos_ in NOUNS for t in doc[sent_start:dash]):
        return label
    return range(0)


def _states_a_value(prep: Any, skip: frozenset[int]) -> bool:
    """Whether a complement is a quantity's own ("a rent of $9,000, which was higher than the
    going rate", "a list price of 3.1m yen for the long version"): it says how much, not
    what, with all that follows it."""
    return any(c.dep_ == "pobj" and c.i in skip for c in prep.children)


def _whole_hyphenated_words(
    doc: Any, keep: list[int], skip: frozenset[int], sent_start: int, sent_end: int
) -> list[int]:
    """``keep`` with the rest of each hyphenated word a kept token is part of: "one-off
    payment" keeps "off", "so-called assets" keeps "so"."""
    extra: set[int] = set()
    for i in keep:
        lo = hi = i
        while (
            hi + 2 < sent_end
            and doc[hi + 1].text == "-"
            and not doc[hi].whitespace_
            and not doc[hi + 1].whitespace_
            and doc[hi + 2].is_alpha
        ):
            hi += 2
        while (
            lo - 2 >= sent_start
            and doc[lo - 1].text == "-"
            and not doc[lo - 2].whitespace_
            and not doc[lo - 1].whitespace_
            and doc[lo - 2].is_alpha
        ):
            lo -= 2
        if not skip.intersection(range(lo, hi + 1)):
            extra.update(range(lo, hi + 1, 2))
    return sorted(extra.union(keep))


def ends_a_name(tok: Any) -> bool:
    """A number right after the proper noun it names: "FTSE 250", "Boeing 737"."""
    named = tok.head.i == tok.i - 1 and tok.head.pos_ == "PROPN"
    return bool(named and tok.pos_ == "NUM" and tok.dep_ == "nummod")


def _is_content(tok: Any) -> bool:
    if tok.lower_ in _GRADES_THE_AMOUNT:
        return False  # "more than three times the amount", "a total pay package of $11m"
    if tok.lower_ == "one" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].like_num:
        return False  # "just one 40,000 tonne silo": an article
    # "turbocharged engine", "printed samples": participles that describe the noun count.
    return tok.pos_ in CONTENT or (
        tok.pos_ == "VERB" and tok.dep_ in {"amod", "compound", "nsubj", "nmod"}
    )


def is_when(tok: Any) -> bool:
    """Whether ``tok`` is part of a temporal expression ("in the quarter", "1600"); but
    "daily limit", "previous estimate" are kinds, not times.

    The expressions are variorum's own timex findings, recorded on the parse by
    ``mark_when`` (not spaCy's NER, so that quantities need no NER pass)."""
    # "last season", "the regular season": a period of sport or trade that no calendar
    # names, which TIMEX3 (and so the timex finder) leaves out
    return tok.i in tok.doc.user_data.get(WHEN_KEY, ()) or tok.lower_ in _PERIOD_NOUNS


def mark_when(doc: Any, spans: Iterable[tuple[int, int]]) -> None:
    """Record on ``doc`` the tokens of the temporal expressions at character ``spans``,
    for ``is_when``."""
    when: set[int] = set()
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        # "daily limit": an adjective alone describes a kind; "the third quarter",
        # "last year" say when, adjectives and all.
        if span is not None and not (len(span) == 1 and span[0].pos_ == "ADJ"):
            when.update(range(span.start, span.end))
    doc.user_data[WHEN_KEY] = frozenset(when)


def _joinable(between: Any) -> bool:
    """Whether the tokens between two content words glued together are part of one word."""
    return all(t.text in _WORD_JOINERS or t.pos_ in {"ADP", "DET", "CCONJ"} for t in between)


_LABEL_DASHES = frozenset({"—", "–", "-", ":"})
_WORD_JOINERS = frozenset({"-", "/", "&", "'", "’", "."})
_COMPLEMENT_PREPS = frozenset({"of", "in", "for", "from", "on", "between"})
WHEN_KEY = "variorum.when_tokens"
_PERIOD_NOUNS = frozenset({"season", "seasons", "preseason", "postseason", "offseason"})
_GRADES_THE_AMOUNT = NOT_PART_OF_UNIT | {"total", "combined", "whole", "entire"}
