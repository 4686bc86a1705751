"""The same quote carried by several outlets -> one consolidated quote; misquotes flagged.

Wordings are compared after folding case, quote marks, dashes and ellipses and dropping
punctuation. Quotes are blocked by speaker (a canonical entity, or the speaker's own words
when none resolved) and matched through an inverted index over their words, so no two
quotes of different speakers, and no two quotes without a shared word, are ever compared.

Two wordings are the same quote when one's words mostly appear in the other (overlap
coefficient) or their character trigrams mostly agree. A wording is a possible misquote
when it is the same quote but not the same words as the first outlet's: not equal, and not
a trimmed version (every ellipsis-separated piece of the shorter found, in order, in the
longer). Reported (indirect) speech paraphrases by nature and is never flagged, and in a
partial quote ("the strike was of "historic proportions"") only the words inside the quote
marks are the speaker's: a variant must differ there, and be like the first outlet's
wording itself, not only through others joined to it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from ..model import ArticleFindings, Quote
from ._grouping import ArticleFacts, UnionFind, char_ngrams, fold, jaccard, overlap, similar_pairs
from ._grouping import words as folded_words
from .entities import EntityIndex
from .types import ConsolidatedQuote, Misquote, QuoteWording, SpeakerQuotes

SAME_QUOTE = 0.6  # similarity at which two wordings are one quote
MIN_WORDS_FOR_OVERLAP = 3  # below this, only character trigrams decide
_ELLIPSIS = re.compile(r"\.\s*\.\s*\.|…|\[\s*\.\.\.\s*\]")
# A name after a preposition in a source phrase is its complement, not its head: "the
# senior officer in Carrow", "a spokesman for Halden Maritime".
_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|of|at|from|for|with|on|to|by|near)\s+(?:the\s+)?$", re.IGNORECASE
)
_CAPITALISED = re.compile(r"\b[A-Z]")
_QUOTED = re.compile(r"[\"“”«»„]([^\"“”«»„]+)[\"“”«»„]")


@dataclass(frozen=True)
class _Item:
    wording: QuoteWording
    speaker_key: str
    speaker: str | None
    speaker_name: str
    words: tuple[str, ...]
    word_set: frozenset[str]
    trigrams: frozenset[str]
    pieces: tuple[tuple[str, ...], ...]  # the words between ellipses
    quoted: tuple[tuple[str, ...], ...]  # of a partial quote, the words inside quote marks


def similarity(a: str, b: str) -> float:
    """How alike two wordings are, 0..1 (after folding case, quote marks, punctuation)."""
    return _score(_words(a), _words(b), char_ngrams(a), char_ngrams(b))


def _words(text: str) -> tuple[str, ...]:
    return tuple(folded_words(text))


def _score(
    wa: tuple[str, ...], wb: tuple[str, ...], ta: frozenset[str], tb: frozenset[str]
) -> float:
    return _score_sets(frozenset(wa), frozenset(wb), ta, tb)


def _score_sets(
    sa: frozenset[str], sb: frozenset[str], ta: frozenset[str], tb: frozenset[str]
) -> float:
    """``_score`` from the word sets, for items that keep theirs."""
    tri = jaccard(ta, tb)
    if min(len(sa), len(sb)) < MIN_WORDS_FOR_OVERLAP:
        return tri
    return max(tri, overlap(sa, sb))


def same_words(a: str, b: str) -> bool:
    """Equal after folding, or one a trimmed version ("…") of the other."""
    return _same(_pieces(a), _words(a), _pieces(b), _words(b))


def _pieces(text: str) -> tuple[tuple[str, ...], ...]:
    parts = (_words(p) for p in _ELLIPSIS.split(fold(text)))
    return tuple(p for p in parts if p)


def _same(
    pa: tuple[tuple[str, ...], ...],
    wa: tuple[str, ...],
    pb: tuple[tuple[str, ...], ...],
    wb: tuple[str, ...],
) -> bool:
    if wa == wb:
        return True
    short, long = (pa, wb) if len(wa) <= len(wb) else (pb, wa)
    pos = 0
    for piece in short:
        found = _find(long, piece, pos)
        if found < 0:
            return False
        pos = found + len(piece)
    return True


def _quoted_pieces(text: str) -> tuple[tuple[str, ...], ...]:
    """The words of each stretch inside quote marks, in order."""
    parts = (_words(m.group(1)) for m in _QUOTED.finditer(text))
    return tuple(p for p in parts if p)


def _same_quoted_words(a: _Item, b: _Item) -> bool:
    """Whether the words inside quote marks agree, where a partial quote is involved: each
    quoted stretch of one found in order in the other's quoted words (a direct quote's
    words are all quoted)."""
    if not (a.quoted or b.quoted):
        return False
    if _same(a.quoted or (a.words,), _quoted_words(a), b.quoted or (b.words,), _quoted_words(b)):
        return True
    return _stretches_agree(a, b) or _stretches_agree(b, a)


def _stretches_agree(part: _Item, other: _Item) -> bool:
    """A partial quote of several quoted stretches agrees with another wording when some
    stretch is in it word for word and no other stretch is in it reworded: the stretches
    it lacks quote something else said beside it (a report quotes "clarify some points"
    and "no suspect" in one sentence; another quotes the "no suspect" remark in full)."""
    if len(part.quoted) < 2:
        return False
    words = _quoted_words(other)
    found = False
    for piece in part.quoted:
        if _find(words, piece, 0) >= 0:
            found = True
        elif _words_in_runs(piece, words):
            return False
    return found


def _quoted_words(item: _Item) -> tuple[str, ...]:
    """The words inside quote marks of a partial quote; all the words of any other."""
    return tuple(w for p in item.quoted for w in p) if item.quoted else item.words


MIN_RUN = 2  # words in a row that count towards a shared wording


def _in_order(a: _Item, b: _Item) -> float:
    """Share of the shorter wording's (quoted) words found in the longer in the same order,
    in runs of ``MIN_RUN`` or more: a misquote rewords a few words of one wording; two
    quotes that share common words scattered about are two quotes."""
    wa, wb = _quoted_words(a), _quoted_words(b)
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if not short:
        return 0.0
    return _words_in_runs(short, long) / len(short)


def _words_in_runs(short: tuple[str, ...], long: tuple[str, ...]) -> int:
    """How many of ``short``'s words ``long`` has in the same order, in runs of ``MIN_RUN``
    or more."""
    blocks = SequenceMatcher(None, short, long, autojunk=False).get_matching_blocks()
    return sum(m.size for m in blocks if m.size >= MIN_RUN)


def _find(hay: tuple[str, ...], needle: tuple[str, ...], start: int) -> int:
    n = len(needle)
    for i in range(start, len(hay) - n + 1):
        if hay[i : i + n] == needle:
            return i
    return -1


def _speaker(
    quote: Quote,
    text: str,
    entities: EntityIndex,
    mentions_by_article: dict[str, list[tuple[int, int, str]]],
) -> tuple[str | None, str]:
    """The canonical speaker of a quote, and a name to show when none resolves."""
    if quote.source is not None:
        source_end = quote.source.start + len(quote.source.of(text).rstrip(" ,.;:'’\""))
        for start, end, mentioned in mentions_by_article.get(quote.article, ()):
            # The name must head the source phrase: "spokesman Moussa Ibrahim", "Maria
            # Okafor, the union's head", not the "Libyan" of "a Libyan official".
            if (
                start < quote.source.end
                and quote.source.start < end
                and (end >= source_end or text[end : end + 1] in (",", "("))
                and not _AFTER_PREPOSITION.search(text, quote.source.start, start)
            ):
                return mentioned, ""
    source = quote.source.of(text) if quote.source else ""
    speaker = None if quote.speaker and _modifies(quote.speaker, source) else quote.speaker
    first_name = _CAPITALISED.search(source)
    if first_name and _AFTER_PREPOSITION.search(source, 0, first_name.start()):
        source = ""  # "a spokesman for Halden Maritime": no name heads it
    for name in (speaker, source or None):
        resolved = entities.resolve(quote.article, name)
        if resolved:
            return resolved, ""
    shown = quote.speaker or (quote.source.of(text) if quote.source else "")
    return None, " ".join(shown.split())


def _modifies(name: str, source: str) -> bool:
    """Whether ``name`` stands in the source phrase only as a modifier of another head
    ("Libyan" in "a Libyan official", "U.S." in "U.S. officials"), rather than heading it
    (ending it, or followed by an appositive). A name the phrase does not hold (a pronoun
    the extractor resolved, "he") is not a modifier."""
    if name not in source:
        return False
    if _AFTER_PREPOSITION.search(source, 0, source.index(name)):
        return True
    trimmed = source.rstrip(" ,.;:'’\"")
    return not (trimmed.endswith(name) or f"{name}," in source or f"{name} (" in source)


def consolidate_quotes(
    findings: Sequence[ArticleFindings],
    facts: dict[str, ArticleFacts],
    entities: EntityIndex,
) -> tuple[tuple[ConsolidatedQuote, ...], tuple[Misquote, ...], tuple[SpeakerQuotes, ...]]:
    """Consolidated quotes, possible misquotes, and per speaker what they said where."""
    names = {e.id: e.name for e in entities.entities}
    mentions_by_article: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for (article, span), entity_id in entities.by_mention.items():
        mentions_by_article[article].append((span.start, span.end, entity_id))
    for spans in mentions_by_article.values():
        spans.sort()

    items: list[_Item] = []
    for found in findings:
        fact = facts[found.article.id]
        for q in found.quotes:
            eid, shown = _speaker(q, fact.text, entities, mentions_by_article)
            text = q.content.of(fact.text)
            words = _words(text)
            if not words:
                continue
            wording = QuoteWording(
                published=fact.published,
                order=fact.order,
                article=fact.id,
                outlet=fact.outlet,
                content=q.content,
                sentence=q.sentence,
                text=text,
                kind=q.kind,
                hedges=tuple(q.hedges),
            )
            key = eid or ("?" + fold(shown) if shown else "?")
            items.append(
                _Item(
                    wording,
                    key,
                    eid,
                    names.get(eid or "", shown),
                    words,
                    frozenset(words),
                    char_ngrams(text),
                    _pieces(text),
                    _quoted_pieces(text) if q.kind == "mixed" else (),
                )
            )
    items.sort(key=lambda it: (it.speaker_key, it.wording))

    groups = UnionFind[int]()
    by_speaker: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        groups.add(i)
        by_speaker[it.speaker_key].append(i)
    for key in sorted(by_speaker):
        # Identical wordings join at once; only distinct wordings go through the index (a
        # quote a thousand outlets carry word for word would make every posting list long).
        distinct: dict[tuple[str, ...], int] = {}
        for i in by_speaker[key]:
            groups.union(distinct.setdefault(items[i].words, i), i)
        ids = sorted(distinct.values())
        token_sets = [items[i].word_set for i in ids]

        def score(x: int, y: int, ids: list[int] = ids) -> float:
            a, b = items[ids[x]], items[ids[y]]
            return _score_sets(a.word_set, b.word_set, a.trigrams, b.trigrams)

        for x, y, _s in similar_pairs(token_sets, score, SAME_QUOTE):
            groups.union(ids[x], ids[y])

    clusters = [sorted(g) for g in groups.groups()]
    clusters.sort(key=lambda g: items[g[0]].wording)
    quotes: list[ConsolidatedQuote] = []
    misquotes: list[Misquote] = []
    for n, members in enumerate(clusters, start=1):
        qid = f"q{n}"
        wordings = [items[i] for i in members]
        first = wordings[0]
        flagged = False
        for other in wordings[1:]:
            if other.wording.article == first.wording.article:
                continue
            if "indirect" in (first.wording.kind, other.wording.kind):
                continue
            if _same(first.pieces, first.words, other.pieces, other.words):
                continue
            if _same_quoted_words(first, other):
                continue
            alike = _score(first.words, other.words, first.trigrams, other.trigrams)
            if alike < SAME_QUOTE or _in_order(first, other) < SAME_QUOTE:
                continue  # joined through other wordings, or sharing words, not a wording
            flagged = True
            misquotes.append(Misquote(qid, first.wording, other.wording, round(alike, 3)))
        quotes.append(
            ConsolidatedQuote(
                id=qid,
                speaker=first.speaker,
                speaker_name=first.speaker_name,
                wordings=tuple(w.wording for w in wordings),
                first=first.wording,
                outlets=tuple(sorted({w.wording.outlet for w in wordings})),
                misquoted=flagged,
            )
        )
    return tuple(quotes), tuple(misquotes), _per_speaker(quotes)


def _per_speaker(quotes: Sequence[ConsolidatedQuote]) -> tuple[SpeakerQuotes, ...]:
    said: dict[str, list[ConsolidatedQuote]] = defaultdict(list)
    for q in quotes:
        if q.speaker is not None:
            said[q.speaker].append(q)
    return tuple(
        SpeakerQuotes(
            speaker=sid,
            name=qs[0].speaker_name,
            quotes=tuple(q.id for q in qs),
            outlets=tuple(sorted({o for q in qs for o in q.outlets})),
        )
        for sid, qs in sorted(said.items(), key=lambda kv: (kv[1][0].speaker_name, kv[0]))
    )
