"""Sentence-level claims: subject, predicate, object, with the findings they carry.

One claim per asserting sentence. For reported speech ("X said the strike would end") the
claim is the content clause, attributed to X; a denial ("X denied the strike had ended")
is the content clause negated. Questions, fragments and headlines without a verb are not
assertions and give no claim.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any

from ..model import Article, Claim, EntityMention, Quantity, Quote, Span, Timex
from ._timex_scan import fold
from ._word_index import WordIndex

MIN_WORDS = 4  # fewer words than this is a fragment, not an assertion
MAX_PHRASE_WORDS = 12  # longer subject/object subtrees are cut to their head phrase

SPEECH_VERBS = frozenset(
    """say tell announce claim report state add note insist deny allege confirm warn argue
    explain believe think write testify acknowledge admit assert contend maintain suggest
    reveal disclose estimate predict promise vow declare indicate show find conclude
    dispute reject""".split()
)
DENIAL_VERBS = frozenset({"deny", "dispute", "reject"})
HEDGE_VERBS = frozenset({"claim", "allege"})  # the reporter keeps distance from the content
NEGATION_WORDS = frozenset(
    {"not", "n't", "never", "no", "neither", "nor", "none", "nobody", "nothing"}
)
MODAL_HEDGES = frozenset({"may", "might", "could"})
# Where a sentence can hold a modal hedge, and whether it can hold "according to" at all,
# before its tokens are read.
_MODAL_HEDGE_WORDS = re.compile("|".join(sorted(MODAL_HEDGES)), re.IGNORECASE)
_ACCORDING = re.compile("according", re.IGNORECASE)

_HEDGE_PHRASES = re.compile(
    r"\b(allegedly|alleged|reportedly|apparently|purportedly|supposedly|unconfirmed|"
    r"unverified|claimed|rumou?red|citing no evidence|without (?:providing |offering )?"
    r"(?:any )?evidence|(?:is|are|was|were) said to|(?:is|are|was|were) believed to|"
    r"it is unclear|could not be (?:independently )?(?:verified|confirmed))\b",
    re.IGNORECASE,
)

# Adverbs spaCy often attaches as advmod that are really particles ("turned away").
_PARTICLE_ADVERBS = frozenset({"away", "off", "out", "up", "down", "back", "in", "over"})
_PRONOUNS = frozenset("he she they it we i you".split())
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
_OBJECT_DEPS = ("dobj", "attr", "acomp", "oprd", "xcomp")
_CONTENT_DEPS = ("ccomp", "xcomp", "advcl", "parataxis")
# Clauses hung on a claim's words that state background, not what the claim asserts:
# "the storm, which sank two ferries", "a fund meant to pay 900 crew", "With estimates
# running from 40 to 90 berths, the harbour board met ...".
_BACKGROUND_DEPS = frozenset({"relcl", "acl", "advcl", "appos", "parataxis"})


def find_claims(
    doc: Any,
    article: Article,
    entities: tuple[EntityMention, ...],
    quotes: tuple[Quote, ...],
    quantities: tuple[Quantity, ...],
    timex: tuple[Timex, ...],
) -> tuple[Claim, ...]:
    """The claims of one parsed article, in text order."""
    found = _Carried(entities, quantities, timex)
    words = _WordsLookedFor(article.clean_text)
    claims: list[Claim] = []
    for sent in doc.sents:
        claims.extend(_claim_of(sent, article, found, quotes, words))
    return tuple(claims)


# A word every match of each sentence regex holds, lower-cased: a sentence none of them
# occurs in is not searched ("rumo" for "rumored" and "rumoured", "evidence" for the
# "citing no evidence" and "without ... evidence" forms).
_HEDGE_WORDS = (
    "alleg", "reportedly", "apparently", "purportedly", "supposedly", "unconfirmed",
    "unverified", "claimed", "rumo", "evidence", "said to", "believed to", "unclear",
    "could not be",
)


class _WordsLookedFor:
    """Which sentences can hold a hedge, a modal verb or "according to" (``WordIndex``)."""

    def __init__(self, text: str) -> None:
        folded = fold(text)
        self.hedges = WordIndex(folded, _HEDGE_WORDS)
        self.modals = WordIndex(folded, MODAL_HEDGES)
        self.according = WordIndex(folded, ("according",))


class _Carried:
    """The article's entities, quantities and dates, looked up by the span that holds them.

    Bisection over spans sorted by start instead of a scan of every finding per claim (that
    scan was quadratic in the article's length); results keep the findings' own order.
    """

    def __init__(
        self,
        entities: tuple[EntityMention, ...],
        quantities: tuple[Quantity, ...],
        timex: tuple[Timex, ...],
    ) -> None:
        self.entities = entities
        self.quantities = quantities
        self.timex = timex
        self._entities = _SpanIndex([e.span for e in entities])
        self._quantities = _SpanIndex([q.span for q in quantities])
        self._timex = _SpanIndex([t.span for t in timex])

    def entities_in(self, scope: Span) -> list[EntityMention]:
        return [self.entities[i] for i in self._entities.inside(scope)]

    def quantities_in(self, scope: Span) -> list[Quantity]:
        return [self.quantities[i] for i in self._quantities.inside(scope)]

    def timex_in(self, scope: Span) -> list[Timex]:
        return [self.timex[i] for i in self._timex.inside(scope)]


class _SpanIndex:
    def __init__(self, spans: Sequence[Span]) -> None:
        self._order = sorted(range(len(spans)), key=lambda i: spans[i].start)
        self._starts = [spans[i].start for i in self._order]
        self._spans = spans

    def inside(self, scope: Span) -> list[int]:
        """Positions (in the original order) of the spans ``scope`` contains."""
        lo = bisect.bisect_left(self._starts, scope.start)
        hi = bisect.bisect_right(self._starts, scope.end)
        return sorted(i for i in self._order[lo:hi] if scope.contains(self._spans[i]))


def _is_assertion(sent: Any, text: str) -> bool:
    words = 0
    for token in sent:  # counting stops at MIN_WORDS: long sentences need not be read whole
        if not token.is_punct and not token.is_space:
            words += 1
            if words == MIN_WORDS:
                break
    if words < MIN_WORDS:
        return False
    if text.rstrip().rstrip("\"'”’").endswith("?"):
        return False
    root = sent.root
    if root.tag_ in ("VBN", "VBG") and not any(c.dep_ in _SUBJECT_DEPS for c in root.children):
        return False  # a dateline or caption: "Published 13 March 2026", "Updated at 9am"
    return any(t.pos_ in ("VERB", "AUX") and not _meridiem(t) for t in sent)


_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d{2})?")


def _meridiem(token: Any) -> bool:
    """ "am" after a clock time ("6:42 am EDT (Wirenet) -"): a dateline, not a verb."""
    return bool(
        token.lower_ in ("am", "a.m.", "pm", "p.m.")
        and token.i > 0
        and _CLOCK.fullmatch(token.doc[token.i - 1].text) is not None
    )


def _modal_hedges(sent: Any, sent_text: str) -> list[str]:
    """The sentence's modal hedges ("may", "might", "could" tagged as modals), in order.

    Only the tokens that begin where the text spells one are read: a token whose lower
    case is one of the words starts at such a match and ends where it ends, and the words
    cannot overlap one another, so no token is missed.
    """
    found: list[str] = []
    for match in _MODAL_HEDGE_WORDS.finditer(sent_text):
        start = sent.start_char + match.start()
        words = sent.doc.char_span(start, start + len(match.group(0)))
        if words is not None and len(words) == 1:
            token = words[0]
            if token.lower_ in MODAL_HEDGES and token.tag_ == "MD":
                found.append(token.lower_)
    return found


def _phrase(head: Any) -> str:
    """The subtree text of ``head``, cut to its head phrase when long."""
    tokens = list(head.subtree)
    if len(tokens) > MAX_PHRASE_WORDS:
        tokens = [t for t in head.lefts if t.dep_ not in ("punct", "cc")] + [head]
        tokens += [t for t in head.rights if t.dep_ in ("compound", "prt")]
    tokens = [t for t in tokens if not t.is_space]
    while tokens and (tokens[0].is_punct or tokens[0].dep_ in ("det", "cc")):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens:
        return head.text  # type: ignore[no-any-return]
    # A span's text, not ``doc.text[...]``: Doc.text joins every token of the document.
    return head.doc[tokens[0].i : tokens[-1].i + 1].text.strip()  # type: ignore[no-any-return]


def _child(head: Any, deps: tuple[str, ...]) -> Any:
    for child in head.children:
        if child.dep_ in deps:
            return child
    return None


def _content_clause(root: Any) -> Any:
    """The clause a speech verb reports, or None when ``root`` does not report one."""
    if root.lemma_.lower() not in SPEECH_VERBS:
        return None
    for child in root.children:
        if child.dep_ in ("ccomp", "parataxis") and child.pos_ in ("VERB", "AUX"):
            return child
    # "X claimed, citing no evidence, that ...": the parser may hang the clause on the aside.
    for child in root.children:
        if child.dep_ == "advcl" and child.tag_ == "VBG":
            for grandchild in child.children:
                if grandchild.dep_ == "ccomp" and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in grandchild.children
                ):
                    return grandchild
    return None


def _object_of(head: Any) -> str | None:
    obj = _child(head, _OBJECT_DEPS)
    if obj is not None:
        return _phrase(obj)
    for prep in head.children:
        if prep.dep_ in ("prep", "agent"):
            pobj = _child(prep, ("pobj",))
            if pobj is not None:
                return f"{prep.lower_} {_phrase(pobj)}"
    return None


# "was unable to verify", "failed to confirm": the clause asserts that the thing did not happen.
_NEGATIVE_IMPLICATIVES = frozenset({"fail", "unable"})


def _negated(head: Any) -> bool:
    if head.lemma_.lower() in _NEGATIVE_IMPLICATIVES and any(
        c.dep_ == "xcomp" for c in head.children
    ):
        return True
    for child in head.children:
        if child.dep_ == "neg" or child.lower_ in ("never",):
            return True
        if child.dep_ == "preconj" and child.lower_ == "neither":  # "neither paid nor ..."
            return True
        if child.dep_ == "xcomp" and any(c.dep_ == "neg" for c in child.children):
            return True  # "decided not to attend", "chose not to renew"
        if child.dep_ == "acomp" and child.lower_ == "unable":
            return True
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
            gc.dep_ == "det" and gc.lower_ == "no" for gc in child.children
        ):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in ("nobody", "nothing", "none"):
            return True
    return False


def _predicate(head: Any) -> str:
    lemma: str = head.lemma_.lower()
    particles = [
        c.lower_
        for c in head.children
        if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in _PARTICLE_ADVERBS)
    ]
    return " ".join([lemma, *particles])


def _according_to_token(tokens: list[Any]) -> Any:
    """The "according" of "according to X" among ``tokens``, when it has an object."""
    for token in tokens:
        if token.lower_ == "according" and token.i + 1 < len(token.doc):
            to = token.doc[token.i + 1]
            if to.lower_ == "to" and _child(to, ("pobj",)) is not None:
                return token
    return None


def _source_phrase(head: Any) -> str:
    """Who a claim is credited to: ``head``'s noun phrase up to its first comma or relative
    clause ("two people familiar with the talks, which were chaired by ..." -> "two people
    familiar with the talks")."""
    cut: set[int] = set()
    for token in head.subtree:
        if token.dep_ in ("relcl", "appos") or (token.is_punct and token.i > head.i):
            cut.update(t.i for t in token.subtree)
            if token.is_punct:
                cut.update(range(token.i, head.right_edge.i + 1))
    tokens = sorted((t for t in head.subtree if t.i not in cut and not t.is_space), key=_index)
    return _text_of(tokens) or str(head.text)


def _index(token: Any) -> int:
    return int(token.i)


def _independent_conjuncts(head: Any) -> list[Any]:
    """Clauses coordinated with ``head`` that have a subject of their own ("the terminal
    closed, and 23 ships were turned away"): each asserts something else."""
    out = []
    for child in head.children:
        if (
            child.dep_ == "conj"
            and child.pos_ in ("VERB", "AUX")
            and any(c.dep_ in _SUBJECT_DEPS for c in child.children)
        ):
            out.append(child)
            out.extend(_independent_conjuncts(child))
    return out


def _clause_tokens(head: Any, cut: list[Any]) -> list[Any]:
    """The words of ``head``'s clause without the subtrees in ``cut`` (coordinated clauses,
    "according to" credits), the conjunction that joined them, and edge punctuation or
    complementisers ("that")."""
    skip: set[int] = set()
    for token in cut:
        skip.update(t.i for t in token.subtree)
    for conj in cut:
        if conj.dep_ != "conj":
            continue
        for sib in conj.head.children:  # the "and" / "," before the cut conjunct
            if sib.dep_ in ("cc", "punct") and sib.i < conj.left_edge.i and sib.i > head.i:
                skip.add(sib.i)
    tokens = sorted((t for t in head.subtree if t.i not in skip and not t.is_space), key=_index)
    while tokens and (
        tokens[0].is_punct or (tokens[0].dep_ in ("mark", "cc") and tokens[0].head.i == head.i)
    ):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    return tokens


def _text_of(tokens: list[Any]) -> str:
    out = "".join(t.text_with_ws for t in tokens)
    return " ".join(out.split()).strip()


def _claim_of(
    sent: Any,
    article: Article,
    found: _Carried,
    quotes: tuple[Quote, ...],
    words: _WordsLookedFor,
) -> list[Claim]:
    """The claims of one sentence: its main clause, or the clause a speech verb reports, and
    each coordinated clause with a subject of its own ("..., and 23 ships were turned away")."""
    sentence = Span(sent.start_char, sent.end_char)
    # The parse is of the clean text; Span.text would re-join the sentence's tokens.
    sent_text = article.clean_text[sentence.start : sentence.end]
    if not _is_assertion(sent, sent_text):
        return []
    root = sent.root
    head = root
    negated = False
    hedges: list[str] = []
    attributed_to: str | None = None
    content = _content_clause(root)
    if content is not None:
        speaker = _child(root, ("nsubj", "nsubjpass"))
        attributed_to = _source_phrase(speaker) if speaker is not None else None
        verb = root.lemma_.lower()
        negated = verb in DENIAL_VERBS
        if verb in DENIAL_VERBS:
            hedges.append("denied")
        elif verb in HEDGE_VERBS:
            hedges.append("claimed" if verb == "claim" else "alleged")
        if _negated(root):  # "X did not say ..." leaves the content unasserted
            hedges.append("not said")
        head = content
    # The words looked for are searched in the text first: most sentences have none.
    according = None
    if words.according.may_match(sentence.start, sentence.end) and _ACCORDING.search(sent_text):
        according = _according_to_token(list(sent))
    if attributed_to is None and according is not None:
        attributed_to = _source_phrase(_child(according.doc[according.i + 1], ("pobj",)))
    if words.hedges.may_match(sentence.start, sentence.end):
        hedges.extend(m.group(0).lower() for m in _HEDGE_PHRASES.finditer(sent_text))
    if words.modals.may_match(sentence.start, sentence.end):
        hedges.extend(_modal_hedges(sent, sent_text))
    heads = [head, *_independent_conjuncts(head)]
    claims: list[Claim] = []
    cuts = []
    for clause in heads:
        cut = [h for h in heads if h is not clause and clause.is_ancestor(h)]
        if according is not None and clause.is_ancestor(according):
            cut.append(according)
        cuts.append(cut)
    parts = [_clause_tokens(clause, cut) for clause, cut in zip(heads, cuts, strict=True)]
    if len(heads) > 1 and any(len(p) < MIN_WORDS for p in parts):
        # A clause too short to assert anything alone ("people are tired"): keep one claim.
        heads = heads[:1]
        parts = [_clause_tokens(head, [according] if according is not None else [])]
    for clause, tokens in zip(heads, parts, strict=True):
        if not tokens:
            continue
        span = Span(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
        claims.append(
            _claim(
                article,
                sentence,
                span,
                _text_of(tokens),
                clause,
                negated,
                hedges,
                attributed_to,
                found,
                quotes,
                single=len(heads) == 1,
            )
        )
    return claims


def _claim(
    article: Article,
    sentence: Span,
    span: Span,
    text: str,
    head: Any,
    negated: bool,
    hedges: list[str],
    attributed_to: str | None,
    found: _Carried,
    quotes: tuple[Quote, ...],
    *,
    single: bool,
) -> Claim:
    # What the clause carries: the whole sentence's findings when it is the only clause,
    # else those inside the clause's words.
    scope = sentence if single else span
    hedges = list(hedges)
    for quote in quotes:
        if quote.content.overlaps(span) or (single and quote.sentence.overlaps(sentence)):
            pronoun = attributed_to is not None and attributed_to.lower() in _PRONOUNS
            if (attributed_to is None or pronoun) and (quote.speaker or quote.source):
                attributed_to = quote.speaker or (
                    quote.source.of(article.text) if quote.source else None
                )
            hedges.extend(quote.hedges)
            break
    subject = _child(head, _SUBJECT_DEPS)
    carried = tuple(q.span for q in found.quantities_in(scope))
    return Claim(
        article=article.id,
        sentence=sentence,
        text=text,
        subject=_phrase(subject) if subject is not None else None,
        predicate=_predicate(head),
        object=_object_of(head),
        negated=negated != _negated(head),
        hedges=tuple(dict.fromkeys(hedges)),
        attributed_to=attributed_to,
        entities=tuple(dict.fromkeys(e.text for e in found.entities_in(scope))),
        quantities=carried,
        timex=tuple(t.span for t in found.timex_in(scope)),
        figures=tuple(span for span in carried if _asserted_by(head, span)),
    )


def _asserted_by(head: Any, span: Span) -> bool:
    """Whether the quantity at ``span`` is an argument of the clause headed by ``head``:
    its words hang from ``head`` without passing through a background clause."""
    words = head.doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None or not len(words):
        return False
    token = words.root
    while token.i != head.i:
        if token.dep_ in _BACKGROUND_DEPS or token.head.i == token.i:
            return False
        token = token.head
    return True
