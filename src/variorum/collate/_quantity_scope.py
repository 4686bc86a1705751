"""Where and when a figure's sentence places it: two figures placed apart count different things.

"Halden has 170 cases" and "Carrow has more than 1,000 cases" share a unit and a toll
word, yet no reader takes them for one count; nor are the "about 2,000" dead of a 1953
flood the "thousands" of a 1911 one. The places a sentence names (GPE mentions) and
the years it writes out (four-digit years of its dates) scope every figure in it. Two
figures whose sentences both name places, or both write years, and share none, are kept
apart. A sentence that names several places or years keeps any figure that shares one.

The whole world is a place too ("9,000 worldwide" and "400 in Carrow" are two counts),
and so is a country left unnamed ("dozens in this country"). A distance is scoped
tighter: in "Zawar, 50 km west of Tobruk" it is Zawar's distance, the place named just
before it, and not Tobruk's, which another town's distance shares."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Sequence

from ..model import ArticleFindings, Quantity
from .names import clean_name

# A figure's scope: the places its sentence names and the years it writes out.
PlacesAndYears = tuple[frozenset[str], frozenset[str]]
# (article, sentence start) -> (start, end, keys) of each place the sentence names
PlaceMentions = dict[tuple[str, int], list[tuple[int, int, frozenset[str]]]]

_LENGTH_UNITS = ("kilomet", "km", "mile", "metre", "meter", "foot", "feet", "yard")
# What may stand between a place and its distance: ", ", or the first unit's figure
# when the distance is given twice ("Zawar, 40 km (25 miles)").
_NEXT_TO = re.compile(r"[\s,]{0,3}(?:[\d.,]+ ?[a-z]+\.? ?\(\s*)?")

_PLACE_LABELS = frozenset({"GPE"})
# Places no entity names: the world, and a country the writer does not name.
_UNNAMED_PLACE = re.compile(
    r"\b(?:(?P<world>worldwide|globally|(?:around|across|throughout|in) the (?:world|globe))"
    r"|(?P<here>(?:in|across|throughout) (?:this|our) country))\b",
    re.IGNORECASE,
)
_UNNAMED_PLACE_WORDS = ("worldwide", "globally", "the world", "the globe", " country")


def _place_keys(text: str) -> set[str]:
    """A place's name keyed as entities key names (folded, without "the"), and, for a name
    of several words, its initials too: "U.S." and "the United States" share "us"."""
    name = clean_name(text, cut_titles=False)
    if not name.tokens:
        return set()
    keys = {name.key}
    if len(name.tokens) > 1:
        keys.add("".join(t[0] for t in name.tokens))
    return keys


class FigureScopes:
    """The scope of every figure of a story, from sentence tables built once.

    Rows are aligned twice when claim groups merge; the tables do not depend on the groups.
    """

    def __init__(self, findings: Sequence[ArticleFindings]) -> None:
        self._texts = {f.article.id: f.article.text for f in findings}
        self._places = _sentence_places(findings)
        self._years = _sentence_years(findings)

    def of(self, q: Quantity) -> PlacesAndYears:
        """The places that scope ``q`` (see ``_places_of``) and the years its sentence writes."""
        where = _places_of(self._places, q, self._texts.get(q.article, ""))
        return where, self._years.get((q.article, q.sentence.start), frozenset())


def _sentence_places(findings: Sequence[ArticleFindings]) -> PlaceMentions:
    """The places each sentence names, by (article, sentence start)."""
    out: PlaceMentions = defaultdict(list)
    for f in findings:
        _unnamed_places(f, out)
        for mention in f.entities:
            if mention.label in _PLACE_LABELS and (keys := _place_keys(mention.text)):
                out[(f.article.id, mention.sentence.start)].append(
                    (mention.span.start, mention.span.end, frozenset(keys))
                )
    return dict(out)


def _unnamed_places(f: ArticleFindings, out: PlaceMentions) -> None:
    """ "worldwide", "in this country": places a sentence names without a proper name."""
    text = f.article.text
    lowered = text.lower()
    if not any(word in lowered for word in _UNNAMED_PLACE_WORDS):
        return  # the case-blind scan is the slow part; most articles hold none
    starts = [s.span.start for s in f.sentences]
    for match in _UNNAMED_PLACE.finditer(text):
        at = bisect.bisect_right(starts, match.start()) - 1
        if at >= 0:
            key = "world" if match["world"] else "this country"
            out[(f.article.id, starts[at])].append((match.start(), match.end(), frozenset({key})))


def _places_of(places: PlaceMentions, q: Quantity, text: str) -> frozenset[str]:
    """The places that scope ``q``: all its sentence names, or the one a distance is of."""
    named = places.get((q.article, q.sentence.start), ())
    if (q.unit or "").lower().startswith(_LENGTH_UNITS):
        for _start, end, keys in named:
            if end <= q.span.start and _NEXT_TO.fullmatch(text, end, q.span.start):
                return keys
    return frozenset().union(*(keys for _, _, keys in named))


def _sentence_years(
    findings: Sequence[ArticleFindings],
) -> dict[tuple[str, int], frozenset[str]]:
    """The years each sentence writes out ("in 1953", "the 1911 flood"), not the ones a
    relative date resolves to ("last year" is read against the article's own date)."""
    out: dict[tuple[str, int], set[str]] = defaultdict(set)
    for f in findings:
        for timex in f.timex:
            year = timex.value[:4]
            if year.isdigit() and year in timex.text:
                out[(f.article.id, timex.sentence.start)].add(year)
    return {key: frozenset(keys) for key, keys in out.items()}


def placed_apart(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Both sentences place their figures, and in nothing they share."""
    return bool(mine) and bool(theirs) and not mine & theirs
