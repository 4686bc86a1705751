"""Attributions that layout marks rather than a verb: transcript turns and headline sources.

"HOLLOWAY: Let's begin ..." in an interview transcript, and "Okafor: Bridge Will Reopen
by Spring." as an article's headline, attribute what follows the colon to the name before
it. Each finding is returned as (content, source, cue, sentence) character ranges.
"""

from __future__ import annotations

import re

Range = tuple[int, int]
Found = tuple[Range, Range, Range, Range]

# A transcript line: a speaker's name in capitals, a colon, what they said.
_TRANSCRIPT_TURN = re.compile(
    r"^[ \t]*\"?(?P<name>[A-Z][A-Z.'\- ]{1,40}[A-Z.]):[ \t]+(?P<said>[^\n]*[^\s])", re.MULTILINE
)
# A headline that gives a source and what it said: "Okafor: Bridge Will Reopen by Spring."
_HEADLINE_SOURCE = re.compile(
    r"\A[ \t\"]*(?P<name>(?:[A-Z][\w.'’-]*[ \t]){0,3}[A-Z][\w.'’-]*):[ \t]+(?P<said>[^\n]*[^\s.;])"
)
# Headline kickers that are labels, not sources ("Breaking: ...", "The Latest: ...").
_KICKERS = frozenset(
    """
    breaking look watch revealed wow bombshell just the exclusive update byline boom busted
    video photos live opinion editorial analysis correction contributing paid big new
    """.split()
)
_KICKER_ENDS = frozenset({"email", "update", "daily", "notice", "brief", "briefing"})


def transcript_turns(text: str, taken: list[Range]) -> list[Found]:
    """Interview transcripts: "HOLLOWAY: Let's begin ..." attributes the line to HOLLOWAY."""
    turns: list[Found] = []
    for match in _TRANSCRIPT_TURN.finditer(text):
        content = match.span("said")
        if any(c[0] <= match.start("name") < c[1] for c in taken):
            continue  # the line is itself inside someone's quoted words
        if _is_kicker(match.group("name")):
            continue  # "EXCLUSIVE:", "UPDATE:": a label, not a speaker
        colon = match.end("name")
        turns.append((content, match.span("name"), (colon, colon + 1), content))
    return turns


def _is_kicker(name: str) -> bool:
    words = name.lower().split()
    return words[0] in _KICKERS or words[-1] in _KICKER_ENDS


def headline_source(text: str) -> list[Found]:
    """ "Poll: Trump leads in Ohio." as the article's headline attributes the rest to "Poll"."""
    match = _HEADLINE_SOURCE.match(text)
    if match is None:
        return []
    name = match.group("name")
    if _is_kicker(name):
        return []
    if name.isupper() and len(name) > 3:
        return []  # "BOOM:", "EXCLUSIVE:": shouted labels, not speakers
    colon = match.end("name")
    content = match.span("said")
    return [(content, match.span("name"), (colon, colon + 1), (0, content[1]))]
