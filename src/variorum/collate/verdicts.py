"""Verdicts on an aligned claim group: do the outlets say the same thing, and if not, how not.

A group of claims (one per article) about the same thing is:

* ``single-source`` when only one article states it;
* ``conflicting`` when the articles cannot all be right: one negates what another words
  the same way, or their numbers for the same quantity are disjoint, or two wordings of the
  same statement give different full dates;
* ``variant`` when they agree in substance but differ in detail: a number given more or less
  precisely ("more than 300" / "312") or revised in later articles (a running count, see
  ``_updates``), a coarser date, another speaker, hedged vs plain;
* ``agreed`` otherwise.

Every variant is backed by evidence: the article and the character span (the quantity, the
date, or the claim's sentence) that shows it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from ..extract._timex_calendar import parse_anchor
from ..extract.claims import NEGATION_WORDS
from ..model import Claim, Span, Timex
from .lexical import content_stems
from .quantities import QuantityRow, judge_in_time

Verdict = Literal["agreed", "variant", "conflicting", "single-source"]
VariantKind = Literal["number", "date", "speaker", "negation", "hedge"]


@dataclass(frozen=True)
class Evidence:
    """One span behind a verdict: which article, where, what kind of difference."""

    article: str
    span: Span
    kind: VariantKind
    text: str


@dataclass(frozen=True)
class GroupVerdict:
    verdict: Verdict
    stated_by: tuple[str, ...]
    variant_by: tuple[str, ...]
    kinds: tuple[VariantKind, ...]
    evidence: tuple[Evidence, ...]


def _speaker_key(name: str | None) -> str | None:
    """Compare speakers by surname-ish last word: "Mayor Ana Ruiz" == "Ruiz"."""
    if not name:
        return None
    words = [w for w in name.replace("’s", "").split() if w[:1].isalpha()]
    return words[-1].lower() if words else None


def _named(source: str | None, outlets: frozenset[str] = frozenset()) -> str | None:
    """A source that is a proper name ("Tomas Reinholt", "Halden"). Unnamed sources ("two
    people familiar with the talks", "a summary of the terms") and news outlets (crediting an
    outlet is a relay, not another speaker) say nothing about who differs."""
    if not source:
        return None
    words = source.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or not all(w[:1].isupper() for w in words):
        return None
    if " ".join(words).casefold() in outlets:
        return None
    return source


CLOSE_WORDING = 0.6  # share of the shorter claim's content words the other has
CLOSE_WORDING_BOTH = 0.4  # share of both claims' words they share: a short claim is no echo
CLOSE_MIN_WORDS = 3  # fewer shared words ("the first time") need a shared name as well
CLOSE_CHECKS = 24  # claims of the other side compared, per claim (a group can be long)


def _close_wording(claims: Sequence[Claim]) -> Callable[[Claim, Sequence[Claim]], bool]:
    """``close(claim, others)``: whether ``claim`` words what one of ``others`` says.

    A negation or a date is a difference between two claims only when they state the same
    thing; a group aligned on shared background words ("Tunisia and Egypt") is no conflict.
    """
    stems = {id(c): frozenset(content_stems(c.text)) for c in claims}
    names = {id(c): frozenset(e.casefold() for e in c.entities) for c in claims}

    def close(claim: Claim, others: Sequence[Claim]) -> bool:
        mine = stems[id(claim)]
        for other in others[:CLOSE_CHECKS]:
            theirs = stems[id(other)]
            if not _same_person_speaking(claim, other):
                continue
            if other is not claim and worded_alike(mine, theirs) and (
                len(mine & theirs) >= CLOSE_MIN_WORDS or names[id(claim)] & names[id(other)]
            ):
                return True
        return False

    return close


# Subjects that name whoever is speaking: "I will sail again" from one docker and "we will
# never sail again" from another are two people's statements, not one disputed.
_SPEAKER_PRONOUNS = frozenset({"i", "we", "you", "me", "us"})
_OTHER_PRONOUNS = frozenset({"he", "she", "they", "it", "him", "her", "them"})


def _same_person_speaking(a: Claim, b: Claim) -> bool:
    """False where a claim's subject is the speaker ("I", "we") and the two claims are not
    credited to the same speaker; True otherwise."""
    if not any((c.subject or "").casefold() in _SPEAKER_PRONOUNS for c in (a, b)):
        return True
    speaker = (a.attributed_to or "").casefold()
    named = speaker and speaker not in _SPEAKER_PRONOUNS | _OTHER_PRONOUNS
    return bool(named) and speaker == (b.attributed_to or "").casefold()


def worded_alike(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two wordings' content words mostly agree (``CLOSE_WORDING`` of the shorter's,
    ``CLOSE_WORDING_BOTH`` of both together)."""
    if not mine or not theirs:
        return False
    shared = len(mine & theirs)
    return (
        shared / min(len(mine), len(theirs)) >= CLOSE_WORDING
        and shared / len(mine | theirs) >= CLOSE_WORDING_BOTH
    )


def _dates(claim: Claim, timex: Mapping[tuple[str, Span], Timex]) -> list[Timex]:
    found = (timex.get((claim.article, span)) for span in claim.timex)
    return [t for t in found if t is not None and t.type == "DATE" and t.anchored]


# Two dates whose years the articles leave to their publication dates ("on 25 June", "the
# weekend") compare only between articles published this close: further apart, each names
# its own occurrence (last year's anniversary, another weekend), not a rival date. The same
# words ("this morning") read against two publication dates are one relayed line, not two.
RELATIVE_DATE_DAYS = 7
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b|['’]\d\d\b")


def _comparable(
    a: Claim, ta: Timex, b: Claim, tb: Timex, published: Mapping[str, str]
) -> bool:
    stated = [t for t in (ta, tb) if _YEAR.search(t.text)]
    if len(stated) < 2 and ta.value[4:] == tb.value[4:] and ta.value[:4] != tb.value[:4]:
        return False  # "25 June" and "25 June 2009": the year was only inferred
    if stated:
        return True
    if ta.text.casefold() == tb.text.casefold():
        return False  # "this morning" twice: a relayed line read against two days
    days = _days_apart(published.get(a.article), published.get(b.article))
    return days is None or days <= RELATIVE_DATE_DAYS


def _days_apart(a: str | None, b: str | None) -> int | None:
    first, second = parse_anchor(a), parse_anchor(b)
    return None if first is None or second is None else abs((first - second).days)


_NEGATION = re.compile(
    r"\b(?:" + "|".join(sorted(w for w in NEGATION_WORDS if "'" not in w)) + r")\b|n[’']t\b",
    re.IGNORECASE,
)


def _negations(text: str) -> int:
    """How many negation words a sentence holds ("not" and "n't" alike)."""
    return len(_NEGATION.findall(text))


def _date_relation(a: str, b: str) -> Literal["same", "coarser", "different"]:
    if a == b:
        return "same"
    if a.startswith(b) or b.startswith(a):
        return "coarser"
    return "different"


def judge_group(
    claims: Sequence[Claim],
    rows: Sequence[QuantityRow],
    timex: Mapping[tuple[str, Span], Timex],
    texts: Mapping[str, str],
    outlets: frozenset[str] = frozenset(),
    *,
    published: Mapping[str, str] | None = None,
) -> GroupVerdict:
    """The verdict on one aligned group (``rows``: the quantity rows of its sentences;
    ``outlets``: the story's outlet names, case-folded without "The"; ``published``: each
    article's publication date, which tells a revised figure from a rival one)."""
    articles = sorted({c.article for c in claims})
    if len(articles) < 2:
        return GroupVerdict("single-source", tuple(articles), (), (), ())
    evidence: list[Evidence] = []
    conflict = False

    def note(claim: Claim, span: Span, kind: VariantKind) -> None:
        evidence.append(Evidence(claim.article, span, kind, span.of(texts[claim.article])))

    close = _close_wording(claims)

    # Polarity: the minority polarity contradicts the majority, where a minority claim words
    # what a majority claim says ("It was not the third vote" and "The ballot was the third
    # vote on a pay offer since the merger" only share words).
    # Claims whose sentences hold the same negations differ only in the clause the parse
    # took for the claim ("He told the radio: 'it doesn't compute'" and "It doesn't compute").
    polarity = Counter(c.negated for c in claims)
    if len(polarity) == 2:
        minority = min(polarity, key=lambda k: (polarity[k], k))
        others = [c for c in claims if c.negated != minority]
        for c in claims:
            if c.negated != minority:
                continue
            mine = _negations(c.text)
            if close(c, [o for o in others if _negations(o.text) != mine]):
                conflict = True
                note(c, c.sentence, "negation")

    # Numbers: only the members stated in this group's own sentences are evidence here (a
    # row may reach past the group, to a sentence that aligned elsewhere).
    sentences = {(c.article, c.sentence) for c in claims}
    for row in rows:
        members = [q for q in row.members if (q.article, q.sentence) in sentences]
        if len({q.article for q in members}) < 2:
            continue
        # An update (a running count revised later) is a variant, not a contradiction.
        agreement, _shared, split = judge_in_time(members, published or {}, texts)
        if agreement == "agree" and len({(q.value, q.low, q.high, q.change) for q in members}) < 2:
            continue
        if agreement == "conflict":
            conflict = True
            # The reading more articles give is the main one; ties go to the earliest.
            majority = max(split, key=lambda r: (len({q.article for q in r}), -split.index(r)))
            in_majority = {id(q) for q in majority}  # a set: rows can be long
            odd = [q for q in members if id(q) not in in_majority]
        else:
            common = Counter(q.text.lower() for q in members).most_common(1)[0][0]
            odd = [q for q in members if q.text.lower() != common]
        for q in odd:
            evidence.append(Evidence(q.article, q.span, "number", q.span.of(texts[q.article])))

    # Dates: the most common value is the reading; different full dates conflict.
    dated = [(c, t) for c in claims for t in _dates(c, timex)]
    if dated:
        top = Counter(t.value for _, t in dated).most_common(1)[0][0]
        # A claim that gives the main date dates other things with its other dates.
        giving_top = {id(c) for c, t in dated if t.value == top}
        top_claims = [c for c, t in dated if id(c) in giving_top]
        top_dated = [(c, t) for c, t in dated if t.value == top]
        for c, t in dated:
            if id(c) in giving_top or not close(c, top_claims):
                continue
            if not any(_comparable(c, t, o, u, published or {}) for o, u in top_dated):
                continue
            relation = _date_relation(t.value, top)
            if relation == "different":
                full = len(t.value) >= 10 and len(top) >= 10
                conflict = conflict or full
                note(c, t.span, "date")
            elif relation == "coarser":
                note(c, t.span, "date")

    speakers = Counter(
        k for c in claims if (k := _speaker_key(_named(c.attributed_to, outlets)))
    )
    if len(speakers) > 1:
        top_speaker = speakers.most_common(1)[0][0]
        for c in claims:
            key = _speaker_key(_named(c.attributed_to, outlets))
            if key and key != top_speaker:
                note(c, c.sentence, "speaker")

    hedged = [c for c in claims if c.hedges]
    if hedged and len(hedged) < len(claims):
        for c in hedged:
            note(c, c.sentence, "hedge")

    variant_articles = sorted({e.article for e in evidence} & set(articles))
    kinds = tuple(sorted({e.kind for e in evidence}))
    verdict: Verdict = "conflicting" if conflict else ("variant" if evidence else "agreed")
    return GroupVerdict(
        verdict=verdict,
        stated_by=tuple(a for a in articles if a not in variant_articles),
        variant_by=tuple(variant_articles),
        kinds=kinds,
        evidence=tuple(sorted(evidence, key=lambda e: (e.article, e.span, e.kind))),
    )
