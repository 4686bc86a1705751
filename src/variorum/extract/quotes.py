"""Attributions: direct and reported speech, "according to", with the speaker resolved.

Two passes over the parse. The first walks the tokens once and, for every attribution cue
(a verb of saying, thinking or finding, or "according to"), reads its content from the
dependency parse (the clause complement, an infinitive or an object) and its source from
the subject. The second pairs the article's quotation marks and gives every quote to an
attribution: a quote the cue's content touches is taken whole (marks included, as news
annotation does); a quote that stands alone continues the attribution before it in the
paragraph ("“X,” he said. “Y.”" is one attribution), or the one after it, or one left open
by a colon, or the quote that ran on from the previous paragraph.

The lexicons are in ``_attribution_cues`` (verbs) and ``_attribution_nouns`` (nouns), the
reading of a cue's content and source from the parse in ``_attribution_parse``, and
attributions marked by layout (transcripts, headline sources) in ``_quote_layouts``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any, cast

from ..model import Article, EntityMention, Quote, QuoteKind, Span
from ._attribution_cues import (
    CUE_LEMMAS,
    HEDGE_WORDS,
    QUOTE_ONLY_CUES,
    SEEMING_CUES,
    SPEECH_VERBS,
    SUBJECT_DEPS,
    cue_lemma,
    hedges_in,
)
from ._attribution_nouns import CUE_NOUNS, noun_attribution, verb_above
from ._attribution_parse import (
    VERB_TAGS,
    content_of,
    inside_run,
    inverted_subject,
    seeming_content,
    source_of,
    trimmed,
)
from ._quote_layouts import headline_source, transcript_turns
from ._quote_marks import (
    alnum_count,
    has_alnum,
    join_paragraph_runs,
    kind_of,
    quoted_stretches,
)
from ._timex_scan import fold
from ._word_index import WordIndex
from .speakers import build_speaker_index, resolve_speaker

_CLOSING = frozenset("”»\"'")
# Cues that report what their infinitive would have said ("declined to say", "refused to
# comment", "promised to explain"): they are the attribution, not the verb they govern.
_GOVERNING_CUES = frozenset({"decline", "refuse", "promise", "pledge", "vow", "threaten"})
_SPEAKER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
_OPENING_MARKS = frozenset("“„«\"'")

Range = tuple[int, int]
_NO_CUE: Range = (-1, -1)  # the cue of a quote no verb introduces
# A quote signed after a dash, to the end of its line: "“...” ― Ana Ruiz".
_SIGNATURE = re.compile(r"[ \t\xa0]*(?P<dash>[―—–])[ \t\xa0]*(?P<name>[^\n,.]*[^\s,.])")


@dataclass
class _Draft:
    content: Range | None
    source: Range | None
    cue: Range
    sentence: Range
    colon: bool = False  # the cue ends with ":", so the quote after it is its content
    # A cue of thought, wish or stance ("wants", "believes", "plans"), which news
    # annotation does not count when it sits inside another attribution's content.
    weak: bool = False


def find_quotes(
    doc: Any, article: Article, entities: tuple[EntityMention, ...]
) -> tuple[Quote, ...]:
    # The parse is of the clean text; Doc.text would rebuild it from every token.
    text: str = article.clean_text
    stretches = quoted_stretches(text)
    runs = join_paragraph_runs(text, stretches)
    run_starts = [start for start, _ in runs]
    run_ends = sorted(end for _, end in runs)
    drafts: list[_Draft] = []
    candidates = _cue_candidates(doc)
    for sent in doc.sents:
        lo = bisect.bisect_left(candidates, sent.start)
        hi = bisect.bisect_left(candidates, sent.end, lo)
        cues = [doc[i] for i in candidates[lo:hi]]
        drafts.extend(_cue_drafts(text, sent, cues, runs, run_starts, run_ends))
    taken = [d.content for d in drafts if d.content is not None]
    drafts.extend(_Draft(*found) for found in transcript_turns(text, taken))
    drafts.extend(_Draft(*found) for found in headline_source(text))
    drafts = _attach_quotes(text, doc, drafts, runs)
    drafts = _without_nested_weak_cues(drafts)
    index = build_speaker_index(doc, entities)
    hedge_words = WordIndex(fold(text), HEDGE_WORDS)
    quotes: list[Quote] = []
    seen: set[Range] = set()
    for draft in sorted(drafts, key=lambda d: d.content or (0, 0)):
        if draft.content is None or draft.content in seen:
            continue
        if not has_alnum(text, *draft.content):
            continue
        seen.add(draft.content)
        quotes.append(
            _to_quote(text, doc, article, entities, index, stretches, hedge_words, draft)
        )
    return tuple(quotes)


# ---------------------------------------------------------------- cues and their content


def _cue_candidates(doc: Any) -> list[int]:
    """The positions of the tokens ``_cue_drafts`` has anything to do with, in order: every
    verb or auxiliary, "according", and the nouns of ``_attribution_nouns``' lexicons.

    Read from the parse's arrays in one step: making a Token of every word of the article
    and asking its part of speech in Python cost more than all the cues found.
    """
    from spacy.attrs import LEMMA, LOWER, POS
    from spacy.parts_of_speech import AUX, NOUN, VERB

    table = doc.to_array([POS, LOWER, LEMMA])
    pos = table[:, 0]
    wanted = (pos == VERB) | (pos == AUX) | (table[:, 1] == doc.vocab.strings["according"])
    strings = doc.vocab.strings
    is_cue_noun: dict[int, bool] = {}
    for i in (pos == NOUN).nonzero()[0].tolist():
        lemma = int(table[i, 2])
        if lemma not in is_cue_noun:
            is_cue_noun[lemma] = strings[lemma].lower() in CUE_NOUNS
        if is_cue_noun[lemma]:
            wanted[i] = True
    return [int(i) for i in wanted.nonzero()[0].tolist()]


def _cue_drafts(
    text: str,
    sent: Any,
    cues: list[Any],
    runs: list[Range],
    run_starts: list[int],
    run_ends: list[int],
) -> list[_Draft]:
    """The attributions whose cues are among ``cues`` (the sentence's ``_cue_candidates``)."""
    drafts: list[_Draft] = []
    bounds = (sent.start_char, sent.end_char)
    for tok in cues:
        if tok.lower_ == "according":
            draft = _according_to(tok, sent, bounds)
            if draft is not None:
                para = _paragraph_of(text, tok.idx)
                draft.content = _clipped(draft.content, para)
                draft.source = _clipped(draft.source, para)
                drafts.append(draft)
            continue
        if tok.pos_ == "NOUN":
            drafts.extend(_noun_draft(text, tok, bounds, runs, run_starts))
            continue
        if tok.pos_ not in VERB_TAGS or cue_lemma(tok) not in CUE_LEMMAS:
            if tok.pos_ == "VERB" and not inside_run(tok.idx, runs, run_starts):
                drafts.extend(_dialogue_tag(text, tok, bounds, runs, run_starts, run_ends))
            continue
        if inside_run(tok.idx, runs, run_starts):
            continue  # a cue inside a quote belongs to the quoted speaker's own words
        if tok.dep_ == "xcomp" and cue_lemma(tok.head) in _GOVERNING_CUES:
            continue  # "declined to say whether ...": the refusal is the attribution
        para = _paragraph_of(text, tok.idx)
        if cue_lemma(tok) in SEEMING_CUES:
            seeming = seeming_content(tok)
            if seeming is not None:
                cue = (tok.idx, tok.idx + len(tok.text))
                drafts.append(_Draft(_clipped(seeming, para), None, cue, bounds))
            continue
        content = _clipped(content_of(tok), para)
        if cue_lemma(tok) in QUOTE_ONLY_CUES and not _holds_quote(content, runs, run_starts):
            content = None
        cue = (tok.idx, tok.idx + len(tok.text))
        source = _clipped(source_of(tok, content, runs, run_starts), para)
        if source is not None and source == content:
            content = None  # “...,” added a spokesman: the object read is the speaker
        colon = tok.i + 1 < len(tok.doc) and tok.nbor(1).text == ":"
        if (content is None and not colon) and (
            source is None
            or not (
                _followed_by_quote(tok, sent, runs, run_starts)
                or _preceded_by_quote(text, tok, source, runs, run_starts)
            )
        ):
            continue
        weak = cue_lemma(tok) not in SPEECH_VERBS
        drafts.append(
            _Draft(content, source, cue, bounds, colon=colon or content is None, weak=weak)
        )
    return drafts


def _dialogue_tag(
    text: str,
    verb: Any,
    bounds: Range,
    runs: list[Range],
    run_starts: list[int],
    run_ends: list[int],
) -> list[_Draft]:
    """Any verb with its speaker can tag a quote: "“Go back to your seat,” the mayor
    barked", "“What a night!” beamed a delegate", "As the professor put it: “...”". The
    quote must end in a comma, "?" or "!" with the tag right after it, or follow the tag's
    closing colon."""
    colons = [t for t in verb.doc[verb.i + 1 : verb.i + 3] if t.text == ":"]
    if not colons and not _quote_ends_before(text, verb.idx, run_ends):
        return []  # what most verbs meet: neither test below can pass, so the speaker is not read
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if subjects:
        if inside_run(subjects[0].idx, runs, run_starts):
            return []
        source = trimmed(list(subjects[0].subtree))
    else:
        source = inverted_subject(verb, any_verb=True)
    if source is None:
        return []
    cue = (verb.idx, verb.idx + len(verb.text))
    if colons:
        after = text[colons[0].idx + 1 :].lstrip()
        if after[:1] in _OPENING_MARKS:  # "As the professor put it: “...”"
            return [_Draft(None, source, cue, bounds, colon=True)]
        return []
    i = bisect.bisect_left(run_starts, verb.idx) - 1
    while i >= 0 and source[0] <= runs[i][0]:
        i -= 1
    if i < 0 or not _preceded_by_quote(text, verb, source, runs, run_starts):
        return []
    if text[runs[i][0] : runs[i][1]].rstrip("”\"' ")[-1:] not in (",", "?", "!"):
        return []
    return [_Draft(None, source, cue, bounds, colon=True)]


def _quote_ends_before(text: str, at: int, run_ends: list[int]) -> bool:
    """Whether a quote ends in ``at``'s paragraph at or before ``at`` (``run_ends`` sorted):
    what ``_preceded_by_quote`` needs before it reads anything else."""
    i = bisect.bisect_left(run_ends, text.rfind("\n", 0, at) + 1)
    return i < len(run_ends) and run_ends[i] <= at


def _noun_draft(
    text: str, noun: Any, bounds: Range, runs: list[Range], run_starts: list[int]
) -> list[_Draft]:
    found = noun_attribution(noun)
    if found is None or inside_run(noun.idx, runs, run_starts):
        return []
    para = _paragraph_of(text, noun.idx)
    content, source = (_clipped(trimmed(tokens), para) for tokens in found)
    above = verb_above(noun)
    if source is None and above is not None:
        source = _clipped(source_of(above, content, runs, run_starts), para)
    cue = (noun.idx, noun.idx + len(noun.text))
    return [_Draft(content, source, cue, bounds, weak=True)] if content else []


def _according_to(tok: Any, sent: Any, bounds: Range) -> _Draft | None:
    if tok.i + 1 >= len(tok.doc) or tok.nbor(1).lower_ != "to":
        return None
    to = tok.nbor(1)
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if not objects:
        return None
    source = trimmed(list(objects[0].subtree))
    phrase = list(tok.subtree) if tok.head.i != tok.i else [tok, to, *objects[0].subtree]
    phrase_start = min(t.i for t in [*phrase, tok])
    phrase_end = max(t.i for t in [*phrase, to, *objects[0].subtree]) + 1
    before = trimmed(list(sent.doc[sent.start : phrase_start]))
    after = trimmed(list(sent.doc[phrase_end : sent.end]))
    if before and after:
        content: Range | None = (before[0], after[1])
    else:
        content = before or after
    cue = (tok.idx, to.idx + len(to.text))
    return _Draft(content, source, cue, bounds)


def _paragraph_of(text: str, at: int) -> Range:
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end == -1 else end


def _clipped(found: Range | None, para: Range) -> Range | None:
    """The part of a parse-given range inside the cue's paragraph (the parser's sentences
    sometimes run across a blank line; an attribution does not)."""
    if found is None:
        return None
    start, end = max(found[0], para[0]), min(found[1], para[1])
    return (start, end) if start < end else None


def _holds_quote(content: Range | None, runs: list[Range], run_starts: list[int]) -> bool:
    if content is None:
        return False
    i = bisect.bisect_left(run_starts, content[0])
    return i < len(runs) and runs[i][0] < content[1]


def _followed_by_quote(tok: Any, sent: Any, runs: list[Range], run_starts: list[int]) -> bool:
    """Whether a quote opens in this sentence after the cue ("said, “...”")."""
    i = bisect.bisect_left(run_starts, tok.idx)
    return i < len(runs) and runs[i][0] < sent.end_char


def _preceded_by_quote(
    text: str, tok: Any, source: Range, runs: list[Range], run_starts: list[int]
) -> bool:
    """Whether a quote ends just before the cue, with only its source between.

    "“...?” Clinton said." is parsed as a sentence of its own with nothing for "said" to
    govern; the quote before it is what it attributes.
    """
    i = bisect.bisect_left(run_starts, tok.idx) - 1
    while i >= 0 and source[0] <= runs[i][0]:
        i -= 1  # a quoted nickname inside the source ("Marcia “Cia” Price") is not the quote
    if i < 0 or runs[i][1] > tok.idx or text.find("\n", runs[i][1], tok.idx) != -1:
        return False
    if runs[i][1] <= source[0] and source[1] <= tok.idx:  # the source may sit between
        return not has_alnum(text, runs[i][1], source[0]) and not has_alnum(
            text, source[1], tok.idx
        )
    return not has_alnum(text, runs[i][1], tok.idx)


# ---------------------------------------------------------------- quotes to attributions


def _attach_quotes(text: str, doc: Any, drafts: list[_Draft], runs: list[Range]) -> list[_Draft]:
    """Widen contents to the quotes they touch; give each free-standing quote an owner."""
    for draft in drafts:
        if draft.content is not None:
            draft.content = _widen(draft.content, runs)
        elif draft.cue != _NO_CUE:
            draft.content = _quote_after_cue(text, draft, runs)
    drafts.sort(key=lambda d: d.cue)
    cue_starts = [d.cue[0] for d in drafts]
    floating: list[_Draft] = []
    for run in runs:
        if any(d.content and d.content[0] <= run[0] < d.content[1] for d in drafts):
            continue
        if not _stands_alone(text, doc, run):
            continue
        owner = _owner_of(text, drafts, cue_starts, run, runs)
        if owner is None:
            sent = doc.char_span(run[0], run[0] + 1, alignment_mode="expand")
            bounds = (sent.sent.start_char, sent.sent.end_char) if sent is not None else run
            signed = _signed_quote(text, run, bounds)
            if signed.source is None and sent is not None:
                signed.source = _previous_subject(text, sent.sent, runs)
            floating.append(signed)
            continue
        if owner.content is None:
            owner.content = run
        elif _opens_with_quote(owner.content, runs):
            owner.content = (min(owner.content[0], run[0]), max(owner.content[1], run[1]))
        else:
            # "X said Y was “...,” she said. “Z.”": Z is a quote of its own by the same source.
            floating.append(_Draft(run, owner.source, owner.cue, owner.sentence))
    return drafts + floating


def _quote_after_cue(text: str, draft: _Draft, runs: list[Range]) -> Range | None:
    """The quote a contentless cue introduces in its own sentence ("Trump said, “...”").

    The parser often hangs a quote that follows "said," or "said:" off the verb as
    punctuation or a stray clause, so the verb gets no content from the parse; the quote
    that opens after it, with only punctuation between, is its content.
    """
    for start, end in runs:
        if start < draft.cue[1]:
            continue
        if start >= draft.sentence[1] or "\n" in text[draft.cue[1] : start]:
            return None
        if not has_alnum(text, draft.cue[1], start):
            return (start, end)
        return None
    return None


def _previous_subject(text: str, sent: Any, runs: list[Range]) -> Range | None:
    """The speaker a quote no verb introduces most likely belongs to: the named subject of
    the sentence just before it ("Olsen singled out young voters. “They are tired of waiting.”"),
    in its paragraph or closing the one before."""
    doc = sent.doc
    i = sent.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or text.count("\n", doc[i].idx, sent.start_char) > 2:
        return None
    before = doc[i].sent
    if any(start <= before.root.idx < end for start, end in runs):
        return None  # the sentence before is itself a quote
    for child in before.root.children:
        if child.dep_ == "nsubj" and (
            child.ent_type_ in _SPEAKER_ENTITIES or child.lower_ in _SPEAKER_PRONOUNS
        ):
            return trimmed(list(child.subtree))
    return None


def _signed_quote(text: str, run: Range, bounds: Range) -> _Draft:
    """A quote no verb introduces, signed with a dash ("“...” ― Ana Ruiz") or not at all."""
    signature = _SIGNATURE.match(text, run[1])
    if signature is None:
        return _Draft(run, None, _NO_CUE, bounds)
    name = signature.span("name")
    return _Draft(run, name, signature.span("dash"), bounds)


def _opens_with_quote(content: Range, runs: list[Range]) -> bool:
    return any(start == content[0] for start, _ in runs)


def _widen(content: Range, runs: list[Range]) -> Range:
    start, end = content
    for run_start, run_end in runs:
        if run_start >= end:
            break
        if run_end > start:
            start, end = min(start, run_start), max(end, run_end)
    return start, end


def _stands_alone(text: str, doc: Any, run: Range) -> bool:
    """A quote that opens its sentence (not a phrase quoted inside someone's clause)."""
    if alnum_count(text, *run) < 3:
        return False
    para_start = text.rfind("\n", 0, run[0]) + 1
    before = text[para_start : run[0]].rstrip()
    # A sentence ended just before the quote: "“X,” he said. “Y.”" (the parser often
    # glues the opening mark of Y to the sentence before it, so punctuation decides).
    if not before or before[-1] in ".!?:" or (before[-1] in _CLOSING and before[-2:-1] in ".!?"):
        return True
    token = doc.char_span(run[0], run[0] + 1, alignment_mode="expand")
    if token is None:
        return False
    return not has_alnum(text, max(token.sent.start_char, para_start), run[0])


def _owner_of(
    text: str, drafts: list[_Draft], cue_starts: list[int], run: Range, runs: list[Range]
) -> _Draft | None:
    para_start = text.rfind("\n", 0, run[0]) + 1
    para_end = text.find("\n", run[1])
    para_end = len(text) if para_end == -1 else para_end
    i = bisect.bisect_left(cue_starts, run[0])
    before = drafts[i - 1] if i > 0 else None
    after = drafts[i] if i < len(drafts) else None
    if before is not None and before.cue[0] >= para_start:
        # "“X,” he said after hinting that .... “Y.”": Y continues the attribution whose
        # content is a quote, not a reported clause that came later in the sentence.
        for j in range(i - 1, -1, -1):
            earlier = drafts[j]
            if earlier.cue[0] < para_start:
                break
            if earlier.content is not None and _opens_with_quote(earlier.content, runs):
                return earlier
        return before  # "“X,” he said. “Y.”": Y continues the same attribution
    if after is not None and after.cue[0] < para_end:
        return after  # "“X.” “Y,” she said.": the cue comes later in the paragraph
    if before is not None and before.colon and before.content is None:
        return before  # "He said:" then the quote in the next paragraph
    return None


def _without_nested_weak_cues(drafts: list[_Draft]) -> list[_Draft]:
    """Drop attributions of thought or stance reported inside another attribution.

    In "Clinton said she wants the bill to pass" the attribution is Clinton's saying; the
    wish inside it is part of what she said, not an attribution of its own.
    """
    contents = sorted(
        (d.content, d.cue) for d in drafts if d.content is not None and d.cue != _NO_CUE
    )
    starts = [c[0] for c, _ in contents]
    kept: list[_Draft] = []
    for draft in drafts:
        if draft.weak and draft.content is not None:
            upto = bisect.bisect_right(starts, draft.cue[0])
            if any(
                content[0] <= draft.cue[0] and draft.cue[1] <= content[1] and cue != draft.cue
                for content, cue in contents[:upto]
            ):
                continue
        kept.append(draft)
    return kept


# ---------------------------------------------------------------- the finding


def _to_quote(
    text: str,
    doc: Any,
    article: Article,
    entities: tuple[EntityMention, ...],
    index: Any,
    stretches: Any,
    hedge_words: WordIndex,
    draft: _Draft,
) -> Quote:
    assert draft.content is not None
    cue = None if draft.cue == _NO_CUE else draft.cue
    speaker: str | None = None
    if draft.source is not None:
        tokens = doc.char_span(*draft.source, alignment_mode="expand")
        inside = [
            e for e in entities if draft.source[0] <= e.span.start and e.span.end <= draft.source[1]
        ]
        if tokens is not None:
            speaker = resolve_speaker(index, tokens, inside)
    kind = cast(QuoteKind | None, kind_of(text, stretches, draft.content, (draft.source, cue)))
    # Stance can sit anywhere in the attributing sentence ("X reportedly said", "the
    # alleged plot"), so the whole sentence and the content are searched.
    low = min(draft.content[0], draft.sentence[0])
    high = max(draft.content[1], draft.sentence[1])
    return Quote(
        article=article.id,
        content=Span(*draft.content),
        source=Span(*draft.source) if draft.source else None,
        cue=Span(*cue) if cue else None,
        speaker=speaker,
        kind=kind,
        sentence=Span(*draft.sentence),
        hedges=hedges_in(text, low, high) if hedge_words.may_match(low, high) else (),
    )
