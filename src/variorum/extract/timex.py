"""Temporal expressions normalised to TIMEX3 values against the publication date (issue 5).

Recognition is compiled regexes over the text (``_timex_patterns``); normalisation against the
anchor date is in ``_timex_resolve``. The spaCy parse is used only for the tense of the verb
that governs each expression, which decides the direction of "Friday" or "in March": the
Friday before the publication date in "met on Friday", the one after in "will meet on Friday".
``find_timex_in_text`` runs without a parse (a cheaper, regex-based tense guess) for callers
that have none.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from typing import Any

from ..model import Article, Span, Timex
from ._sentences import SentenceBounds
from ._timex_around import coordinated_days, day_before_after
from ._timex_calendar import parse_anchor
from ._timex_context import Resolved, Tense
from ._timex_narrative import follow_narrative
from ._timex_patterns import Candidate, find_candidates, longest_first
from ._timex_resolve import resolve

# Modals of possibility ("could", "may") say nothing about direction; these point ahead.
_FUTURE_AUX = frozenset(("will", "'ll", "shall", "wo", "would", "'d", "going"))
_HAVE = frozenset(("has", "have", "'ve", "having"))
# Verbs that set an event's date: the date they govern lies ahead of the telling.
_SCHEDULING = frozenset(("schedule", "plan", "slate", "postpone", "reschedule", "delay", "adjourn"))


_FIRST_WORDS = frozenset(("first", "last", "only", "latest", "second", "third"))
_FIRST_TO = re.compile(r"^(?:first|last|only|latest)$", re.IGNORECASE)


def _has_had(verb: Any) -> bool:
    return any(a.lower_ == "had" for a in verb.children if a.dep_ in ("aux", "auxpass"))


def _tense_of_clause(token: Any) -> Tense:
    """The tense of the verb that governs ``token`` (a noun), if one does nearby."""
    for _ in range(4):
        if token.head is token:
            return None
        token = token.head
        if token.tag_.startswith("VB") or token.tag_ == "MD":
            return _verb_tense(token)
    return None


def _verb_tense(verb: Any) -> Tense:
    """Tense of a verb from its tag and its auxiliaries (will/would -> future, did/had -> past)."""
    tag = verb.tag_
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    for aux in auxes:
        low = aux.lower_
        if aux.tag_ == "MD" or low in _FUTURE_AUX:
            return "future" if low in _FUTURE_AUX else "present"
        if aux.tag_ == "TO":
            # "agreed to meet Monday", "is expected to close Friday" point ahead, but not
            # from a pluperfect: "had been due to lapse Monday" is over.
            head = verb.head
            # "had been due to lapse Monday": the pluperfect may sit a word further up.
            if any(_has_had(h) for h in (head, head.head)):
                return "past"
            if verb.dep_ == "advcl" and head is not verb and head.tag_.startswith("VB"):
                # A purpose clause shares its main verb's time: "staged rallies to mark
                # the entry on Friday" is over when "staged" is.
                return _verb_tense(head)
            if verb.dep_ == "csubj" and _verb_tense(head) == "past":
                # "To sail on Friday was a mistake": an infinitive that is the subject of a
                # past clause (as the parser also reads "the first to sail on Friday were").
                return "past"
            if verb.dep_ in ("acl", "relcl") and (
                _FIRST_TO.search(head.text)
                or any(c.lower_ in _FIRST_WORDS for c in head.children if c.dep_ == "amod")
            ):
                # "the first countries to join on Friday were ...": an infinitive after
                # "first", "last" or "only" tells what someone did, at the main verb's time.
                return _tense_of_clause(head)
            if head.tag_ == "JJ" and _tense_of_clause(head) == "past":
                # "was unable to leave on Friday", "made it difficult to meet demand into
                # the summer": an adjective's infinitive happened (or not) back then.
                return "past"
            return "future"
    if verb.lemma_ in _SCHEDULING and not any(a.lower_ == "had" for a in auxes):
        return "future"  # "scheduled a briefing Thursday", "put off until Monday"
    if tag == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if tag == "VBN" and not any(a.dep_ == "auxpass" for a in auxes):
        return "past"  # perfect ("has signed") or a reduced relative ("the plan signed Friday")
    if tag in ("VBZ", "VBP", "VBG", "VB"):
        return "present"
    return None


# Words before a date that say which side of the telling it lies on: "as early as Tuesday"
# can only lie ahead and "since May" only behind. Deadlines and starts ("by March 31", "until
# Jan. 5", "effective July 1") lie ahead in news even after a past verb ("extended the offer
# until Friday", "named her president, effective June 2").
_FUTURE_BEFORE = re.compile(
    r"\b(?:as\s+(?:early|soon)\s+as|by|until|till|effective)\s+(?:on\s+)?$", re.IGNORECASE
)
_PAST_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)


# "had filed", "had not been told", "had already gone": a past participle after "had".
_PLUPERFECT = re.compile(
    r"\b(?:had|'d)\s+(?:not\s+|n't\s+|never\s+|already\s+)?(?:been\s+)?"
    r"\w+(?:ed|en|wn|ne|un|lt|ht|id|ut)\b",
    re.IGNORECASE,
)


def _had_in_clause(text: str, start: int, end: int) -> bool:
    left = max(text.rfind(".", 0, start), text.rfind(";", 0, start), start - 80)
    right = min(x for x in (text.find(".", end), text.find(";", end), end + 60) if x >= 0)
    return bool(_PLUPERFECT.search(text, left + 1, start) or _PLUPERFECT.search(text, end, right))


def _tense_with_cue(text: str, start: int, end: int, tense_of_clause: Callable[[], Tense]) -> Tense:
    if text.startswith(("'s", "’s"), end):
        return tense_of_clause()  # "killed by Friday's blast": the cue governs the noun
    if _FUTURE_BEFORE.search(text, max(0, start - 16), start):
        # A deadline seen from a pluperfect is over: "had filed reports by Wednesday",
        # "until Monday, they had not told her".
        return "past" if _had_in_clause(text, start, end) else "future"
    if _PAST_BEFORE.search(text, max(0, start - 8), start):
        return "past"
    return tense_of_clause()


def _tense_from_doc(doc: Any, text: str, start: int, end: int) -> Tense:
    # ``text`` is passed in: Doc.text re-joins every token of the document on each access.
    return _tense_with_cue(text, start, end, lambda: _tense_of_governor(doc, start, end))


def _tense_of_governor(doc: Any, start: int, end: int) -> Tense:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    if token.dep_ in ("poss", "compound", "nmod"):
        return None  # "Wednesday's ruling", "a June agreement": the clause's verb is unrelated
    for _ in range(8):
        if token.tag_.startswith("VB") or token.tag_ == "MD":
            return _verb_tense(token)
        if token.head is token:
            break
        token = token.head
    # No verb governs it (a headline, a fragment): use the sentence's first verb.
    for tok in token.sent:
        if tok.tag_.startswith("VB"):
            return _verb_tense(tok)
    return None


_FUTURE_CUE = re.compile(
    r"\b(?:will|'ll|shall|would|going\s+to|plans?\s+to|scheduled|expected\s+to|is\s+due|are\s+due"
    r"|to\s+be\s+held|next)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])|\n\s*\n")


def _tense_from_text(text: str, start: int, end: int) -> Tense:
    """Without a parse: a future marker in the clause around the expression, else past."""
    return _tense_with_cue(text, start, end, lambda: _future_cue_before(text, start))


def _future_cue_before(text: str, start: int) -> Tense:
    left = max(text.rfind(".", 0, start), text.rfind(";", 0, start), start - 80)
    return "future" if _FUTURE_CUE.search(text, left + 1, start) else None


def _sentence_bounds(text: str) -> list[int]:
    return [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]


def _resolve_all(
    text: str, published: str | None, tense_at: Callable[[int, int], Tense]
) -> list[tuple[Candidate, Resolved]]:
    anchor = parse_anchor(published)
    resolved: list[tuple[Candidate, Resolved]] = []
    for cand in find_candidates(text):
        got = resolve(cand, text, anchor, functools.partial(tense_at, cand.start, cand.end))
        if got is not None:
            resolved.append((cand, got))
    found = day_before_after(text, coordinated_days(text, longest_first(resolved)))
    return follow_narrative(found, text)


def _timex(article_id: str, text: str, cand: Candidate, got: Resolved, sentence: Span) -> Timex:
    start = cand.start if got.start is None else got.start
    end = cand.end if got.end is None else got.end
    return Timex(
        article=article_id,
        span=Span(start, end),
        text=text[start:end],
        type=got.type,
        value=got.value,
        sentence=sentence,
        anchored=got.anchored,
    )


def find_timex(doc: Any, article: Article) -> tuple[Timex, ...]:
    """Every temporal expression of ``article``; ``doc`` is the spaCy parse of its clean text."""
    text = article.clean_text
    found = _resolve_all(text, article.published, lambda s, e: _tense_from_doc(doc, text, s, e))
    out: list[Timex] = []
    sentences = SentenceBounds(doc) if found else None
    for cand, got in found:
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is not None and len(span) and sentences is not None:
            sentence = Span(*sentences.of_token(span.start))
        else:
            sentence = Span(cand.start, cand.end)
        out.append(_timex(article.id, text, cand, got, sentence))
    return tuple(out)


def find_timex_in_text(text: str, published: str | None, article_id: str = "") -> tuple[Timex, ...]:
    """Like ``find_timex`` but without a parse: tense comes from cue words near the match."""
    found = _resolve_all(text, published, lambda s, e: _tense_from_text(text, s, e))
    bounds = _sentence_bounds(text)
    out: list[Timex] = []
    for cand, got in found:
        i = bisect.bisect_right(bounds, cand.start) - 1
        sentence = Span(bounds[i], bounds[min(i + 1, len(bounds) - 1)])
        out.append(_timex(article_id, text, cand, got, sentence))
    return tuple(out)
