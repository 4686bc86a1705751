"""Debris: the junk that comes along when news is copied off a web page.

Debris is never cut out of an article's text (that would move every offset after it). It is
found here as spans; ``Article.clean_text`` blanks them. Two kinds:

* whole lines: image captions and credits, "Published 2 hours ago", share and subscribe
  prompts, "Advertisement", markdown image lines, bare URLs;
* marks inside a line: the "[" and "](target)" of a markdown link (its text stays), a
  markdown image, "#" heading marks and "**" bold marks ("__" stays: text uses it as a rule);
* a reader-comment thread copied with the page: from the first comment byline ("May 2,
  2026 at 9:15 am | Reply") to the end. Readers' comments are not the outlet's reporting;
* page furniture run into a paragraph, a sentence at a time: a plug-in prompt ("enable
  JavaScript and install the player to watch this video"), a print-edition note ("This
  story appeared on page 9 of the weekend edition"), a contact or order line with an e-mail
  address or a phone number ("To buy the book call 0800 ..."). Every outlet repeats these
  under every story, so kept they would be the best-corroborated "claims" of a dossier.

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
# A reader comment's byline as blog software prints it ("May 2, 2026 at 9:15 am | Reply",
# "At 9:15 am on 2 May 2026, harbourwatcher wrote:"): the page's comment thread was copied
# along, and it runs to the end of the page.
_COMMENT_META = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4},?"
    r" at \d{1,2}:\d{2} ?[ap]\.?m\.?\s*\|\s*Reply\b"
    r"|\bAt \d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?(?: on)? \d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+\.? \d{4},"
    r" \S+ wrote:",
    re.IGNORECASE,
)
# A moderator's note left where a comment was.
_REMOVED_COMMENT = re.compile(r"\bThis comment (?:was|has been) removed\b[^.\n]*\.?")


# Page furniture inside a paragraph (see the module docstring), found by a cue and blanked
# with the sentence around it; a phone number is furniture only beside a verb to use it.
_PLUGIN = re.compile(r"\b(?:javascript|flash player|adobe flash|your browser|cookies)\b", re.I)
_PRINT_NOTE = re.compile(
    r"\bthis (?:article|story) (?:appeared|appears) (?:on p(?:age)? ?\d|in (?:the )?print)"
    r"|\ba version of this (?:article|story) (?:appeared|appears) in print",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[\w.+-]+@[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}\b", re.IGNORECASE)
_PHONE = re.compile(r"[+(\d][\d ()+-]{7,}\d")
_PHONE_DIGITS = (9, 15)  # fewer digits than a phone number has is a list of figures
# What the sentence around a cue must also say for the cue to be furniture.
_PLUGIN_VERB = re.compile(
    r"\b(?:enabled?|turned on|turn on|installed|install|upgrade|update|support|accept)\b",
    re.IGNORECASE,
)
_PHONE_VERB = re.compile(
    r"\b(?:call|calling|phone|telephone|telephoning|ring|dial|text|order|contact)\b",
    re.IGNORECASE,
)
_EMAIL_VERB = re.compile(
    r"\b(?:e-?mail(?:ing)? (?:us|me|the|them|him|her|your)|contact(?:ed|ing)?|send|should be"
    r" sent|write to|if you|for more information|feedback|quer(?:y|ies)|tel|phone|call)\b",
    re.IGNORECASE,
)
# Furniture starts with words like these; where a paragraph runs the article's last
# sentence into it without a full stop, the blanking starts at the last such opener.
_OPENER = re.compile(
    r"\b(?:Letters for publication|If you|To (?:order|contact|play|see)|In order to see"
    r"|For (?:more|further) information|Send|Contact|E-?mail|Call|Tel|Box [Oo]ffice)\b"
)
_SENTENCE_END = re.compile(r"[.!?](?=[\s\"”’')]|$)|\n")
# A page's time stamp run into its text: "Page last updated at 07:51 GMT, Monday, 2
# March 2026 08:51 UK", "updated: Tue Mar 03 2026 10:15:07", "Updated: March 3, 2026,
# 9:41 PM ET". Only with a clock time, so reporting ("the list was updated on Friday") stays.
_MONTH_WORD = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_STAMP_WORD = (
    r"(?:\d{1,4}(?::\d\d){0,2}|" + _MONTH_WORD + r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*"
    r"|GMT|UTC|BST|UK|ET|EST|EDT|CET|IST|PT|PST|PDT|AM|PM|[ap]\.m\.)"
)
_STAMP = re.compile(
    r"(?:\b\d{1,2} " + _MONTH_WORD + r" \d{4} )?(?:\bPage last updated|\bLast updated"
    r"|\b[Uu]pdated:)(?: at)?(?P<when>(?:[ ,/]+" + _STAMP_WORD + r"(?!\w))+)"
)
_CLOCK = re.compile(r"\d:\d\d")
# A live blog's entry stamp, in brackets, in one or two time zones: "(Updated: 2:14 a.m.
# Friday, Carrow; 7:14 p.m. Thursday ET):", "(10:52 p.m. Friday ET, 4:52 a.m. Saturday in Carrow)".
_ZONED_CLOCK = (
    r"\d{1,2}:\d\d\s?[ap]\.?m\.?(?:\s(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*)?"
    r"(?:,?\s(?:in\s)?[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)?(?:\slocal time)?"
)
_LIVE_STAMP = re.compile(
    r"\((?:Updated:?\s)?" + _ZONED_CLOCK + r"(?:[,;]\s" + _ZONED_CLOCK + r")*\):?"
)
# A link list's age stamp after a headline ("... gathers pace - 2 hrs ago").
_AGE_STAMP = re.compile(r"\s[-–—]\s\d{1,2} (?:hrs?|hours?|mins?|minutes?|days?) ago\b")


def _furniture_spans(text: str) -> Iterable[Span]:
    # Cheap tests first: the case-blind patterns run only on a text that has their words.
    lowered = text.lower()
    if any(w in lowered for w in ("javascript", "flash", "browser", "cookies")):
        for cue in _PLUGIN.finditer(text):
            yield from _sentence_if(text, cue.start(), cue.end(), _PLUGIN_VERB)
    if "this article" in lowered or "this story" in lowered:
        for cue in _PRINT_NOTE.finditer(text):  # the note opens its sentence
            yield from _sentence_if(text, cue.start(), cue.end(), None, own_start=True)
    if "@" in text:
        for cue in _EMAIL.finditer(text):
            yield from _sentence_if(text, cue.start(), cue.end(), _EMAIL_VERB)
    if " ago" in lowered:
        for stamp in _AGE_STAMP.finditer(text):
            yield Span(stamp.start(), stamp.end())
    if "comment" in lowered:
        for note in _REMOVED_COMMENT.finditer(text):
            yield Span(note.start(), note.end())
    for stamp in _LIVE_STAMP.finditer(text):  # its opening "(" and digit keep it fast
        yield Span(stamp.start(), stamp.end())
    if "updated" in lowered:
        for stamp in _STAMP.finditer(text):
            if _CLOCK.search(stamp["when"]):
                yield Span(stamp.start(), stamp.end())
    for cue in _PHONE.finditer(text):
        digits = sum(c.isdigit() for c in cue.group(0))
        if _PHONE_DIGITS[0] <= digits <= _PHONE_DIGITS[1]:
            yield from _sentence_if(text, cue.start(), cue.end(), _PHONE_VERB)


def _sentence_if(
    text: str, start: int, end: int, confirm: re.Pattern[str] | None, *, own_start: bool = False
) -> Iterable[Span]:
    """The sentence around ``text[start:end]``, if ``confirm`` (when given) is found in it."""
    cue = start
    if not own_start:
        start = _sentence_start(text, cue)
    end_mark = _SENTENCE_END.search(text, end)
    end = end_mark.end() if end_mark is not None else len(text)
    if confirm is not None and not confirm.search(text, start, end):
        return
    if not own_start:
        openers = list(_OPENER.finditer(text, start, cue))
        start = openers[-1].start() if openers else start
    yield Span(start, end)


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` begins: after the last sentence end before it."""
    start = 0
    for mark in _SENTENCE_END.finditer(text, max(0, at - 600), at):
        start = mark.end()
    while start < at and text[start].isspace():
        start += 1
    return start


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
    spans.extend(_furniture_spans(text))
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
