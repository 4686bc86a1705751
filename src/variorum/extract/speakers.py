"""Who a source is: a name, or the person a pronoun or a description points back to.

A source is often "he", "she" or "the government spokesman". The article names that
person somewhere else: before, as the subject of an earlier sentence, or in an appositive
that gives the role ("spokesman Jonas Weller", "Weller, the government spokesman").
This module indexes the article's person names once, with what gender their title or
first name shows and what roles stand beside them, then answers per source.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from ..model import EntityMention

_MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "father"})
_FEMALE_TITLES = frozenset(
    {"ms", "ms.", "mrs", "mrs.", "miss", "madam", "lady", "queen", "princess", "dame"}
)
# A short list of common first names: enough to break ties in news copy, not a census.
_MALE_FIRST = frozenset(
    """
    donald barack joe bill mike michael john james robert david richard thomas charles
    george paul mark steven steve kevin brian jeff jeffrey tim timothy ted marco chris
    jeb rand ben bernie tom jim bob peter andrew daniel matthew anthony vladimir emmanuel
    justin boris xi narendra recep benjamin reince rudy newt corey eric
    harry mitch chuck scott ron rick gary jason adam sean ryan jack
    """.split()
)
_FEMALE_FIRST = frozenset(
    """
    hillary angela theresa nancy elizabeth kellyanne melania ivanka michelle sarah susan
    mary jennifer jessica karen lisa linda patricia barbara margaret jill nikki condoleezza
    marine christine ursula kamala ruth sonia elena amy maxine debbie donna huma chelsea
    alicia emily emma anna maria sandra laura julie katie megyn jane carly
    """.split()
)

_MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
_FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
_GROUP_PRONOUNS = frozenset({"they", "them", "it", "we", "i", "you", "who", "that", "which"})
_ROLE_DEPS = frozenset({"compound", "appos", "amod", "nmod"})


@dataclass(frozen=True)
class _Person:
    start: int
    end: int
    name: str
    gender: str | None  # "m", "f" or unknown
    subject: bool


@dataclass
class SpeakerIndex:
    """The article's people in text order, with their genders, roles and full names."""

    people: list[_Person] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    roles: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # surname -> fullest name seen
    genders: dict[str, str] = field(default_factory=dict)  # full name -> gender


def build_speaker_index(doc: Any, entities: tuple[EntityMention, ...]) -> SpeakerIndex:
    index = SpeakerIndex()
    people = [e for e in entities if e.label == "PERSON"]
    for mention in people:
        parts = mention.text.split()
        surname = parts[-1]
        known = index.names.get(surname)
        if known is None or len(known) < len(mention.text):
            index.names[surname] = mention.text
    for mention in people:
        name = index.names.get(mention.text.split()[-1], mention.text)
        gender = _gender(doc, mention) or index.genders.get(name)
        if gender:
            index.genders.setdefault(name, gender)
        span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        root = span.root if span is not None else None
        subject = root is not None and root.dep_ in ("nsubj", "nsubjpass")
        index.people.append(_Person(mention.span.start, mention.span.end, name, gender, subject))
        if root is not None:
            for role in _roles_beside(root):
                index.roles.setdefault(role, []).append((mention.span.start, name))
    index.people.sort(key=lambda p: p.start)
    index.starts = [p.start for p in index.people]
    return index


def _gender(doc: Any, mention: EntityMention) -> str | None:
    first = mention.text.split()[0].lower()
    if first in _MALE_FIRST:
        return "m"
    if first in _FEMALE_FIRST:
        return "f"
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    before = doc[span.start - 1].lower_
    if before in _MALE_TITLES:
        return "m"
    if before in _FEMALE_TITLES:
        return "f"
    return None


def _roles_beside(root: Any) -> list[str]:
    """Nouns that name the role of the person at ``root``: compounds, appositives."""
    roles = [
        t.lemma_.lower()
        for t in root.children
        if t.dep_ in _ROLE_DEPS and t.pos_ in ("NOUN", "PROPN") and t.ent_type_ != "PERSON"
    ]
    for child in root.children:
        if child.dep_ == "appos":
            roles.extend(
                t.lemma_.lower() for t in child.subtree if t.pos_ == "NOUN" and t.dep_ != "pobj"
            )
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        roles.append(root.head.lemma_.lower())
    return roles


def resolve_speaker(
    index: SpeakerIndex,
    source_tokens: Any,
    entities_in_source: list[EntityMention],
) -> str | None:
    """The name behind a source: its own name, or the person it refers back to."""
    for mention in entities_in_source:
        if mention.label == "PERSON":
            return index.names.get(mention.text.split()[-1], mention.text)
    if len(source_tokens) == 0:
        return None
    root = source_tokens.root
    unlabelled = _unlabelled_name(root)
    if unlabelled is not None:
        # A name the entity recogniser missed ("Tomas Reinholt, a spokesman, said"): its
        # full form is remembered so that a later "Reinholt said" resolves to it.
        surname = unlabelled.split()[-1]
        if " " in unlabelled:
            index.names.setdefault(surname, unlabelled)
        return index.names.get(surname, unlabelled)
    for label in ("ORG", "GPE", "NORP"):
        for mention in entities_in_source:
            if mention.label == label:
                return mention.text
    start = source_tokens.start_char
    word = root.lower_
    if word in _MALE_PRONOUNS or word in _FEMALE_PRONOUNS:
        gender = "m" if word in _MALE_PRONOUNS else "f"
        return _last_person_before(index, start, gender)
    if word in _GROUP_PRONOUNS or root.pos_ == "PRON":
        return None
    if root.pos_ == "NOUN":
        return _person_with_role(index, root.lemma_.lower(), start)
    return None


def _unlabelled_name(root: Any) -> str | None:
    """"Tomas Reinholt" when the source's head is a proper noun no entity label claims."""
    if root.pos_ != "PROPN" or root.ent_type_ or not root.text[:1].isupper():
        return None
    start = root.i
    while start > 0 and root.doc[start - 1].pos_ == "PROPN" and root.doc[start - 1].dep_ == (
        "compound"
    ):
        start -= 1
    if root.doc[start].ent_type_:
        return None
    return " ".join(t.text for t in root.doc[start : root.i + 1])


def _last_person_before(index: SpeakerIndex, at: int, gender: str) -> str | None:
    """The most recent gender-compatible person named before ``at``, subjects first."""
    upto = bisect.bisect_left(index.starts, at)
    fallback: str | None = None
    # Look back over the last few mentions; a subject wins over a nearer object.
    for person in reversed(index.people[max(0, upto - 8) : upto]):
        known = person.gender or index.genders.get(person.name)
        if known is not None and known != gender:
            continue
        if person.subject:
            return person.name
        if fallback is None:
            fallback = person.name
    return fallback


def _person_with_role(index: SpeakerIndex, role: str, at: int) -> str | None:
    """The person the article names with this role, nearest before ``at`` (else first after)."""
    named = index.roles.get(role)
    if not named:
        return None
    before = [name for start, name in named if start < at]
    return before[-1] if before else named[0][1]
