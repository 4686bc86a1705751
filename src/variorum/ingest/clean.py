"""Debris: the junk that comes along when news is copied off a web page.

Debris is never cut out of an article's text (that would move every offset after it). It is
found here as spans; ``Article.clean_text`` blanks them. Two kinds:

* whole lines: image captions and credits, "Published 2 hours ago", share and subscribe
  prompts, "Advertisement", markdown image lines, bare URLs;
* marks inside a line: the "[" and "](target)" of a markdown link (its text stays), a
  markdown image, "#" heading marks and "**" bold marks ("__" stays: text uses it as a rule);
* a reader-comment thread copied with the page: from the first comment byline ("March 23,
  2026 at 4:24 pm | Reply") to the end. Readers' comments are not the outlet's reporting.

Line rules only fire on short lines that do not read as a sentence, so a body sentence that
happens to start with "Share" or end with "Reuters" is kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Span
from .dates import parse_published_line
from .lines import iter_lines

# Debris lines are short; a line longer than this is body text whatever it starts with.
_MAX_DEBRIS_LINE_WORDS = 16

_CAPTION = re.compile(
    r"^(?:image|photo|picture|video|media)\s+(?:source|caption|copyright|credit)s?\b",
    re.IGNORECASE,
)
_CREDIT_LABEL = re.compile(
    r"^(?:photo(?:graph)?s?|pictures?|images?|credits?|illustration|video|source)"
    r"(?:\s+by)?\s*[:|]",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)\s|copyright\b)", re.IGNORECASE)
_AGENCIES = (
    "getty images",
    "shutterstock",
    "alamy",
    "ap photo",
    "associated press",
    "afp",
    "epa",
    "epa-efe",
    "reuters",
    "pa media",
    "pa wire",
    "bloomberg",
    "anadolu",
    "xinhua",
)
_AGENCY_AT_END = re.compile(
    r"(?:" + "|".join(re.escape(a) for a in _AGENCIES) + r")\s*\)?\s*$", re.IGNORECASE
)
# What makes a short line ending in an agency's name a credit rather than a headline.
_CREDIT_MARKERS = ("/", " via ", "photo", "©", "credit", "getty", "(")
_PROMPT = re.compile(
    r"^(?:"
    r"share(?:\s+(?:this|the|on|via|to)\b.*)?"
    r"|shares?|tweet|e-?mail|print|save|saved|save article|copy link(?:\s+to clipboard)?"
    r"|link copied|advertisement|advert|skip advert|sponsored(?: content)?|promoted"
    r"|related topics|related(?:\s+(?:articles?|stories|content|coverage|links))?"
    r"|more on this story|most read|top stories|read more\b.*|see also\b.*"
    r"|subscribe\b.*|sign up\b.*|newsletter\b.*|follow us\b.*|follow (?:the|our)\b.*\bon\b.*"
    r"|click here\b.*|listen to this article.*|view comments|comments?|\d+\s+comments?"
    r"|(?:facebook|twitter|x|whatsapp|linkedin|reddit|messenger|email|telegram)"
    r"(?:\s*[,|/·•]?\s*(?:facebook|twitter|x|whatsapp|linkedin|reddit|messenger|email|telegram))*"
    r")[.!:]?$",
    re.IGNORECASE,
)
# A prompt pattern like "Share ..." also fits a short sentence ("Share the cost, he said.").
_SENTENCE_HINT = re.compile(
    r"\b(?:said|says|told|according|would|will|was|were|has|had|is|are)\b", re.IGNORECASE
)
_BARE_URL = re.compile(r"^<?(?:https?://|www\.)\S+>?$", re.IGNORECASE)
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_IMAGES_ONLY = re.compile(r"^(?:!\[[^\]\n]*\]\([^)\n]*\)\s*)+$")
_MD_LINK = re.compile(r"(?<!!)\[(?P<text>[^\]\n]*)\](?P<target>\([^)\n]*\))")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.MULTILINE)
_MD_BOLD = re.compile(r"\*\*")
# A reader comment's byline as blog software prints it ("March 23, 2026 at 4:24 pm | Reply"):
# the page's comment thread was copied along, and it runs to the end of the page.
_COMMENT_META = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4},?"
    r" at \d{1,2}:\d{2} ?[ap]\.?m\.?\s*\|\s*Reply\b",
    re.IGNORECASE,
)


def is_debris_line(line: str) -> bool:
    """Whether a whole (trimmed) line is copied-page junk rather than article text."""
    if len(line.split()) > _MAX_DEBRIS_LINE_WORDS:
        return False
    bare = line.strip("*_ \t")
    if not bare:
        return False
    if _MD_IMAGES_ONLY.match(bare) or _BARE_URL.match(bare):
        return True
    if _CAPTION.match(bare) or _CREDIT_LABEL.match(bare) or _COPYRIGHT.match(bare):
        return True
    if _PROMPT.match(bare) and not _SENTENCE_HINT.search(bare):
        return True
    if parse_published_line(bare) is not None:
        return True
    return _is_agency_credit(bare)


def _is_agency_credit(line: str) -> bool:
    if line.endswith(".") or not _AGENCY_AT_END.search(line):
        return False
    lowered = line.lower().strip("() ")
    return lowered in _AGENCIES or any(marker in lowered for marker in _CREDIT_MARKERS)


def find_debris(text: str) -> tuple[Span, ...]:
    """Every debris span in ``text``, sorted and merged."""
    spans: list[Span] = [line.span for line in iter_lines(text) if is_debris_line(line.text)]
    spans.extend(_markup_spans(text))
    comments = _COMMENT_META.search(text)
    if comments is not None:
        spans.append(Span(comments.start(), len(text)))
    return merge_spans(spans)


def _markup_spans(text: str) -> Iterable[Span]:
    for match in _MD_IMAGE.finditer(text):
        yield Span(match.start(), match.end())
    for match in _MD_LINK.finditer(text):
        if not match["text"].strip():
            yield Span(match.start(), match.end())
            continue
        yield Span(match.start(), match.start() + 1)
        yield Span(match.end("text"), match.end())
    for match in _MD_HEADING.finditer(text):
        yield Span(match.start(), match.end())
    for match in _MD_BOLD.finditer(text):
        yield Span(match.start(), match.end())


def merge_spans(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Sort spans and fuse the overlapping or touching ones."""
    merged: list[Span] = []
    for span in sorted(spans):
        if merged and span.start <= merged[-1].end:
            if span.end > merged[-1].end:
                merged[-1] = Span(merged[-1].start, span.end)
        else:
            merged.append(span)
    return tuple(merged)
