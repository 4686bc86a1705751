"""Names as entities compare them: a mention's name without owner, honorific or title,
folded and keyed for spelling, and acronyms with the names they abbreviate.

"Germany's Chancellor Angela Merkel" -> angela merkel (role chancellor); "Mrs Calder" -> calder
(sex f); "Moammar Gadhafi" and "Muammar Gaddafi" -> one key; "NGT" abbreviates "Northgate
terminal", "US Navy" is USN and never "UN".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ._grouping import fold

# Words that head a role noun phrase: "the union leader", "a spokesman for Halden".
ROLE_HEADS = frozenset(
    """chancellor president minister secretary spokesman spokeswoman spokesperson leader chief
    director chairman chairwoman chairperson chair mayor governor senator ceo executive official
    commissioner judge prosecutor lawyer attorney general manager premier king queen prince
    princess ambassador envoy negotiator inspector superintendent captain sheriff coach founder
    owner boss treasurer representative congressman congresswoman mp editor mediator
    president-elect head""".split()
)
# A royal's title goes with a given name, never a surname.
ROYAL_TITLES = frozenset({"king", "queen", "prince", "princess", "emperor", "empress", "sultan"})
# Honorifics carry no role; they are only cut from the name. Some say the person's sex,
# which tells "Mrs Calder" from "Mr Calder" where the names alone cannot.
HONORIFICS = frozenset("mr mrs ms miss mx dr prof professor sir dame lord lady rev".split())
_HONORIFIC_SEX = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f",
                  "dame": "f", "lady": "f"}
# Capitalised words that open a title ending in a role head: "Prime Minister", "Foreign
# Secretary", "U.S. Defense Secretary". Only these, so "Martin Luther King" keeps its King.
TITLE_MODIFIERS = frozenset(
    """prime foreign home defence defense interior finance health education justice trade
    deputy vice acting chief former assistant attorney state senior junior first opposition
    shadow culture environment energy transport treasury economy development labour labor
    security intelligence army navy military police supreme high us u.s. uk british american
    federal national regional provincial city county district""".split()
)
# Abbreviated titles that are roles.
TITLE_ABBREVIATIONS = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "gen": "general",
    "capt": "captain",
    "col": "colonel",
    "lt": "lieutenant",
    "sgt": "sergeant",
    "det": "detective",
    "insp": "inspector",
    "supt": "superintendent",
    "pres": "president",
}
# Words that end a role phrase on its left ("said union leader X" -> "union leader").
ARTICLE_WORDS = frozenset({"the", "a", "an"})
_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "&", "de"})
_POSSESSIVE = re.compile(r"^.*[’']s\s+")
_TOKEN = re.compile(r"[\w][\w.&'’-]*")


@dataclass(frozen=True)
class CleanName:
    tokens: tuple[str, ...]  # folded words of the name itself
    surface: str  # the name as written, without owner, honorific or title
    role: str | None  # a leading title that is a role ("chancellor")
    sex: str | None = None  # "m" or "f" where an honorific says ("Mrs Calder")

    @property
    def key(self) -> str:
        return " ".join(self.tokens)


@functools.lru_cache(maxsize=65_536)  # a story names the same few people thousands of times
def clean_name(text: str, *, cut_titles: bool = True) -> CleanName:
    """Cut the owner ("Germany's"), honorifics and titles from the front of a name.

    ``cut_titles=False`` keeps title words, for a name that may merely begin with one
    ("Premier League", "General Assembly"): the caller decides which reading the story backs.
    """
    text = text.strip().split("\n", 1)[0]  # a recogniser's span run over a line break
    text = _POSSESSIVE.sub("", text.strip())
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    elif text.endswith(("s'", "s’")):  # "the United States' envoy"
        text = text[:-1]
    raw = _TOKEN.findall(text)
    role_words: list[str] = []
    sex: str | None = None
    title = _title_length(raw) if cut_titles else 0
    if title:
        role_words.extend(_title_role(raw[:title]))
        raw = raw[title:]
    while len(raw) > 1:
        word = raw[0].rstrip(".").casefold()
        if word in ARTICLE_WORDS or word in HONORIFICS:
            sex = _HONORIFIC_SEX.get(word, sex)
            raw = raw[1:]
        elif cut_titles and (word in ROLE_HEADS or word in TITLE_ABBREVIATIONS):
            role_words.append(TITLE_ABBREVIATIONS.get(word, word))
            raw = raw[1:]
        elif raw[0][:1].islower():  # "harbour minister Daniel Ashworth"
            role_words.append(word)
            raw = raw[1:]
        else:
            break
    tokens = tuple(
        spelling_key(t) for t in (fold(w).strip(".'’").replace(".", "") for w in raw) if t
    )
    if len(tokens) > 1 and all(len(t) == 1 for t in tokens):
        tokens = ("".join(tokens),)  # "U. S." is "U.S."
    role = " ".join(role_words) if role_words and role_words[-1] in ROLE_HEADS else None
    return CleanName(tokens, " ".join(raw), role, sex)


_TITLE_WINDOW = 5  # the most words a title before a name runs to


def _title_length(raw: Sequence[str]) -> int:
    """How many leading words are a title of more than one word ("Prime Minister", "Secretary
    of State"), leaving at least one capitalised name word; 0 when there is none.

    Words before the role head must be title words (``TITLE_MODIFIERS``); an "of"/"for"
    after it takes the capitalised word that follows ("of State"), and more of them while
    two name words stay ("Minister of Foreign Affairs Hoshyar Zebari").
    """
    for i in range(min(len(raw) - 1, _TITLE_WINDOW)):
        word = raw[i].rstrip(".").casefold()
        if word in ROLE_HEADS:
            end = i + 1
            if i == 0 and not (end + 2 < len(raw) and raw[end] in ("of", "for")):
                return 0  # one role word: the caller's loop handles it
            if end + 2 < len(raw) and raw[end] in ("of", "for") and raw[end + 1][:1].isupper():
                end += 2
                while len(raw) - end > 2 and raw[end][:1].isupper():
                    end += 1
            return end if raw[end][:1].isupper() else 0
        if raw[i].casefold() not in TITLE_MODIFIERS:
            return 0
    return 0


def _title_role(title: Sequence[str]) -> list[str]:
    """A title's words up to its role word: "Prime Minister" -> prime minister, "Secretary
    of State" -> secretary."""
    words = [w.casefold() for w in title]
    head = next(i for i, w in enumerate(words) if w.rstrip(".") in ROLE_HEADS)
    return words[: head + 1]


# Transliterated names come spelled several ways across outlets ("Gaddafi", "Gadhafi",
# "Qaddafi"; "Muammar", "Moammar"): long name words compare on a key that drops what
# transliterations vary on. Short words keep their spelling (too many collide).
_DIGRAPH_H = re.compile(r"(?<=[dgk])h")
_DOUBLE = re.compile(r"(.)\1")
SPELLING_KEY_MIN = 5


@functools.lru_cache(maxsize=65_536)
def spelling_key(word: str) -> str:
    """The comparison form of one folded name word (see ``_DIGRAPH_H``)."""
    if len(word) < SPELLING_KEY_MIN or not word.isalpha():
        return word
    key = _DIGRAPH_H.sub("", word.replace("q", "g").replace("o", "u"))
    return _DOUBLE.sub(r"\1", key)


def letters_of(word: str) -> str:
    return fold(word).replace(".", "").replace(" ", "")


def initial(name: CleanName) -> str:
    """The name's first letter as written (its spelling key may change it: "Qatar")."""
    return fold(name.surface)[:1]


def is_acronym(surface: str) -> bool:
    letters = surface.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def abbreviates(acronym: str, name_words: Sequence[str]) -> bool:
    """Does ``acronym`` ("NGT", "ACLU") abbreviate the name ``name_words``?

    Every capitalised word must start a group of the acronym's letters, the group's further
    letters taken in order from within that word ("Northgate" -> "NG"); small words ("of")
    are skipped and lower-case words may be. The name needs two words or more.
    """
    letters = acronym.replace(".", "").lower()
    words = [w for w in name_words if w.lower() not in _ACRONYM_SKIP]
    if len(words) < 2 or len(letters) < 2:
        return False

    def match(li: int, wi: int) -> bool:
        if wi == len(words):
            return li == len(letters)
        word = words[wi].lower()
        if not words[wi][:1].isupper() and match(li, wi + 1):
            return True
        if li >= len(letters) or word[:1] != letters[li]:
            return False
        if is_acronym(words[wi]):  # "US Navy" is USN, never "UN": an acronym gives all of it
            inner = letters_of(words[wi])
            return letters.startswith(inner, li) and match(li + len(inner), wi + 1)
        pos, lj = 1, li + 1
        if match(lj, wi + 1):
            return True
        while lj < len(letters):
            found = word.find(letters[lj], pos)
            if found < 0:
                return False
            pos, lj = found + 1, lj + 1
            if match(lj, wi + 1):
                return True
        return False

    if match(0, 0):
        return True
    # "US" for "United States of America", "UK" for "United Kingdom of Great Britain ...":
    # the acronym may stop at the "of" that opens the name's tail.
    if "of" in name_words:
        head = list(name_words[: list(name_words).index("of")])
        return len(head) >= 2 and abbreviates(acronym, head)
    return False
