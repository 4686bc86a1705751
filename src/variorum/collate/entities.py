"""Named mentions across articles -> canonical entities.

"Angela Merkel", "Merkel", "Mrs. Merkel" and "Germany's Chancellor Angela Merkel" become one
person; "the Northgate terminal", "Northgate" and "NGT" one facility. The rules, in order:

1. Each mention is cleaned: a possessive owner ("Germany's"), honorifics ("Mrs.") and leading
   titles ("Chancellor") are cut, the title kept as a role of the person.
2. Names that are not a shorter form of another name in the story are *base* names; mentions
   with the same base name are one entity (names compared case- and accent-folded).
3. A shorter form (a surname; a head or tail of a longer name, "Northgate", "the Post"; an
   acronym, "NGT", "ACLU") joins the entity of the one longer name it fits *in the same
   article*; failing that, in the whole story; failing that (none, or several) it stays an
   entity of its own. So a bare "Smith" never joins "John Smith" while "Jane Smith" is also
   in play, but does in an article that names only one of them.
4. Roles from titles ("Chancellor Angela Merkel") and appositions ("Maria Okafor, the union
   leader") make a role -> person map; "the union leader" elsewhere is then a mention of her
   when the map gives one person.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..model import ArticleFindings, EntityMention, Span
from ._grouping import ArticleFacts, slug
from .names import (
    ARTICLE_WORDS,
    ROLE_HEADS,
    ROYAL_TITLES,
    CleanName,
    abbreviates,
    clean_name,
    initial,
    is_acronym,
    letters_of,
)
from .types import CanonicalEntity, EntityRef

_ROLE_STOP = frozenset(
    """said says told tell to by and with from of for as that when while according added on in
    at a an the its their his her our this former then who which also but or""".split()
)
_APPOSITION = re.compile(
    r"^\s*,\s*(?:the|a|an|[A-Z][\w-]*(?:'s|’s))\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\b"
)

# Lower-case nouns that complete a facility's name: "the Northgate (container) terminal".
_FACILITY_TAIL = re.compile(
    r"(?:\s+[a-z]+)?\s+(?:terminal|port|airport|station|plant|refinery|mine|bridge|dam|stadium"
    r"|hospital|prison|harbour|harbor|docks?|pier|tunnel|reactor|factory|shipyard|depot)\b"
)

PERSON = "PERSON"
NORP = "NORP"
PLACE = "PLACE"
PLACE_OWN_MIN = 5  # mentions a place named alone needs before it can stand on its own ...
PLACE_OWN_RATIO = 3  # ... and how many times the longer name's it needs
_FAMILY = {"PERSON": "PERSON", "NORP": "NORP", "GPE": "PLACE", "LOC": "PLACE"}


def family(label: str) -> str:
    """Labels that may name the same thing: places with places, organisations with facilities."""
    return _FAMILY.get(label, "OTHER")



def _is_subname(short: CleanName, long: CleanName, fam: str) -> bool:
    """``short`` is a shorter form of ``long`` ("Merkel" of "Angela Merkel")."""
    s, t = short.tokens, long.tokens
    if len(s) >= len(t) or not s:
        return False
    if fam == PERSON:
        # Surnames, never first names; "John Smith" of "John F. Smith".
        if s[-1] != t[-1] or (len(s) > 1 and s[0] != t[0]):
            return False
    elif s[0] != t[0] and s[-1] != t[-1]:
        return False
    it = iter(t)
    return all(tok in it for tok in s)


@dataclass
class _Cluster:
    base: str  # key of the base name
    fam: str
    refs: list[EntityRef] = field(default_factory=list)
    labels: Counter[str] = field(default_factory=Counter)
    names: set[str] = field(default_factory=set)
    surfaces: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    entity_id: str = ""


@dataclass
class EntityIndex:
    """Canonical entities and how to find one from a mention or a name in an article."""

    entities: tuple[CanonicalEntity, ...]
    by_mention: dict[tuple[str, Span], str]
    by_name: dict[tuple[str, str], str]  # (article, folded key) -> id, as seen in that article
    by_story_name: dict[str, str]  # folded key -> id, where the story gives one
    roles: dict[str, set[str]]  # role phrase or head -> entity ids (whole story)
    article_roles: dict[tuple[str, str], set[str]]
    _resolver: _Resolver | None = None

    def get(self, entity_id: str) -> CanonicalEntity | None:
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def resolve(self, article: str, name: str | None) -> str | None:
        """The entity a name (a speaker, a source) refers to in ``article``, if one is clear."""
        if not name or not name.strip():
            return None
        clean = clean_name(name)
        if clean.tokens:
            hit = self.by_name.get((article, clean.key)) or self.by_story_name.get(clean.key)
            if hit:
                return hit
            if self._resolver is not None:
                for fam in (PERSON, "OTHER", "PLACE", "NORP"):
                    found = self._resolver.resolve_short(article, clean, fam, name)
                    if found is not None:
                        return found
        role = _role_phrase(name)
        if role:
            head = role.split()[-1]
            for ids in (
                self.article_roles.get((article, role)),
                self.roles.get(role),
                self.article_roles.get((article, head)),
                self.roles.get(head),
            ):
                if ids and len(ids) == 1:
                    return next(iter(ids))
        return None


def _role_phrase(text: str) -> str | None:
    """ "the union leader" -> "union leader"; "a spokesman for Halden" -> "spokesman"."""
    words = [w.casefold().strip(",.") for w in text.split()]
    words = [w for w in words if w]
    while words and (words[0] in ARTICLE_WORDS or words[0].endswith(("'s", "’s"))):
        words = words[1:]
    for i, w in enumerate(words):
        if w in ROLE_HEADS and all(x[:1].isalpha() for x in words[:i]):
            return " ".join(words[max(0, i - 2) : i + 1])
    return None


class _Resolver:
    """Base-name clusters and the lookups that tie shorter forms to them."""

    def __init__(self) -> None:
        self.clusters: dict[tuple[str, str], _Cluster] = {}  # (family, base key)
        self.base_names: dict[tuple[str, str], CleanName] = {}  # base (family, key) -> name
        self.by_first: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.by_last: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.by_initial: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.article_bases: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self.mentions_of: Counter[str] = Counter()  # folded key -> mentions in the story
        self.articles_of: dict[str, set[str]] = defaultdict(set)  # folded key -> articles

    def add_base(self, fam: str, name: CleanName) -> None:
        if (fam, name.key) in self.base_names:
            return
        self.base_names[(fam, name.key)] = name
        self.clusters[(fam, name.key)] = _Cluster(name.key, fam)
        self.by_first[(fam, name.tokens[0])].add(name.key)
        self.by_last[(fam, name.tokens[-1])].add(name.key)
        self.by_initial[(fam, initial(name))].add(name.key)

    def candidates(self, clean: CleanName, fam: str, surface: str) -> set[str]:
        if fam == NORP:
            # "British" is not short for "British Muslims", nor "American" for "Latin
            # American": a group named by more words is a narrower group.
            return set()
        keys = self.by_first.get((fam, clean.tokens[0]), set()) | self.by_last.get(
            (fam, clean.tokens[-1]), set()
        )
        found = {k for k in keys if _is_subname(clean, self.base_names[(fam, k)], fam)}
        if fam == PLACE:
            # A place named alone far more often than a longer name that holds it ("Carrow"
            # and a team called "Rescue Carrow", or a recogniser's run-on "Carrow minutes")
            # is a place of its own: the longer name is another thing, or a span that ran on.
            found = {k for k in found if not self.stands_alone(clean.key, k)}
        expansions: set[str] = set()
        if fam != PERSON and is_acronym(surface):
            letters = letters_of(surface)
            for k in self.by_initial.get((fam, initial(clean)), set()):
                long_words = self.base_names[(fam, k)].surface.split()
                if k == clean.key or letters_of(long_words[0]) == letters:
                    continue  # "US refinery" begins with the acronym; it does not spell it out
                if abbreviates(surface, long_words):
                    expansions.add(k)
        if expansions and len(clean.tokens) == 1:
            # An acronym alone stands for what it abbreviates, not for a longer name it
            # happens to begin ("U.N." is the United Nations, not the U.N. Security Council).
            return expansions
        return found | expansions

    def unbacked_acronym(self, acronym: CleanName, fam: str, long: str) -> bool:
        """An acronym no article names beside the longer name it would stand for, and that
        the story names far more often than that name: a broadcaster's acronym used
        throughout does not stand for a blog or a hall whose name happens to fit it."""
        if self.articles_of[acronym.key] & self.articles_of[long]:
            return False
        return self.stands_alone(acronym.key, long)

    def stands_alone(self, short: str, long: str) -> bool:
        """Is ``short`` named far more often than ``long`` (enough to be a thing of its own)?"""
        n = self.mentions_of[short]
        return n >= PLACE_OWN_MIN and n >= PLACE_OWN_RATIO * self.mentions_of[long]

    def not_a_surname(self, clean: CleanName, article: str) -> bool:
        """A one-word name that is no surname here: a royal's name ("King Hassan", "Prince
        Ivor"), or a word the article (failing that, the story) uses as a first name
        more than as a last ("Ivor" beside "Ivor Jones", not "Alun Ivor")."""
        if clean.role and clean.role.split()[-1] in ROYAL_TITLES:
            return True
        word = clean.key
        local = [k.split() for f, k in self.article_bases[article] if f == PERSON]
        if any(len(k) > 1 and k[0] == word for k in local):
            return not any(k[-1] == word for k in local)
        first = len(self.by_first.get((PERSON, word), ()))
        return first > len(self.by_last.get((PERSON, word), ()))

    def resolve_short(self, article: str, clean: CleanName, fam: str, surface: str) -> str | None:
        found = self.candidates(clean, fam, surface)
        if not found:
            return None
        local = {k for k in found if (fam, k) in self.article_bases[article]}
        pick = local if local else found
        if len(pick) != 1:
            return None
        return self.clusters[(fam, next(iter(pick)))].entity_id or None


# "in Misrata", "near Brega", "the city of Zawiyah": a one-word name the recogniser calls a
# person as often as a place gets a place's vote from the words before it.
_PLACE_BEFORE = re.compile(
    r"(?<!shares )(?<!stake )(?<!invested )(?<!investment )"
    r"\b(?:in|near|outside|around|into|(?:city|town|port|village|province) of)\s+$",
    re.IGNORECASE,
)


def _said_as_a_place(text: str, m: EntityMention) -> bool:
    word = m.text.strip()
    if " " in word or text[m.span.end : m.span.end + 2] in ("'s", "’s"):
        return False
    return _PLACE_BEFORE.search(text, max(0, m.span.start - 24), m.span.start) is not None


def _common_noun_at_sentence_start(text: str, m: EntityMention) -> bool:
    """One capitalised word opening its sentence that the article also writes in lower case
    ("Rebels said ..." beside "the rebels"): a common noun the recogniser took for a name."""
    word = m.text.strip()
    if m.span.start != m.sentence.start or " " in word or not word[:1].isupper():
        return False
    lower = word.lower()
    return lower != word and re.search(rf"\b{re.escape(lower)}\b", text) is not None


def _cleaned_mentions(
    findings: Sequence[ArticleFindings],
) -> list[tuple[EntityMention, CleanName]]:
    """Each named mention with its clean name, in reading order.

    A title opening a name that is not a person's is cut only where the story also names
    what follows on its own: "General Petraeus" tagged as an organisation is Petraeus where
    he is named alone, but "Premier League", "General Assembly" and "General Motors" are
    whole names, not a league, an assembly or a motors with a title.
    """
    cleaned: list[tuple[EntityMention, CleanName, CleanName | None]] = []
    for found in findings:
        text = found.article.text
        for m in found.entities:
            if _common_noun_at_sentence_start(text, m):
                continue
            name = m.text + _facility_tail(text, m) if m.label != PERSON else m.text
            clean = clean_name(name)
            if not clean.tokens:
                continue
            whole = clean_name(name, cut_titles=False) if m.label != PERSON else clean
            cleaned.append((m, clean, whole if whole.key != clean.key else None))
    named_alone = {clean.key for _m, clean, whole in cleaned if whole is None}
    return [
        (m, whole if whole is not None and clean.key not in named_alone else clean)
        for m, clean, whole in cleaned
    ]


def collate_entities(
    findings: Sequence[ArticleFindings], facts: dict[str, ArticleFacts]
) -> EntityIndex:
    """Canonical entities over all articles' named mentions (see the module's rules).

    The outlets' own names count as organisation names, so "the Bulletin" finds "Northern
    Bulletin" even where no article spells the outlet out, and an outlet's name the
    recogniser took for a person is an organisation.
    """
    mentions: list[tuple[EntityMention, CleanName]] = []
    labels_of_key: dict[str, Counter[str]] = defaultdict(Counter)
    said_as_places: set[tuple[str, Span]] = set()  # mentions a place's words lead up to
    outlet_names = {n.key: n for n in (clean_name(f.outlet) for f in facts.values()) if n.tokens}
    texts = {found.article.id: found.article.text for found in findings}
    for m, clean in _cleaned_mentions(findings):
        mentions.append((m, clean))
        labels_of_key[clean.key][m.label] += 1
        if _said_as_a_place(texts[m.article], m):
            said_as_places.add((m.article, m.span))
            labels_of_key[clean.key]["GPE"] += 1
    # A name's family is its labels' majority over the story, so uneven tagging agrees.
    for key in outlet_names:
        labels_of_key[key] = Counter({"ORG": 1})
    fam_of_key = {
        key: family(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0])
        for key, c in labels_of_key.items()
    }
    _short_org_names(mentions, fam_of_key, facts)
    names_by_fam: dict[str, dict[str, CleanName]] = defaultdict(dict)
    names_by_fam["OTHER"].update(outlet_names)
    surfaces_of_key: dict[str, set[str]] = defaultdict(set)
    for _m, clean in mentions:
        names_by_fam[fam_of_key[clean.key]].setdefault(clean.key, clean)
        surfaces_of_key[clean.key].add(clean.surface)

    res = _Resolver()
    res.mentions_of.update(clean.key for _m, clean in mentions)
    for m, clean in mentions:
        res.articles_of[clean.key].add(m.article)
    # Base names: not a shorter form of another name of the family, and not an acronym of one.
    for fam, names in sorted(names_by_fam.items()):
        ordered = sorted(names.values(), key=lambda n: (-len(n.tokens), n.key))
        for name in ordered:
            if name.key in outlet_names and fam == "OTHER":
                res.add_base(fam, name)  # an outlet's own name is itself, never short
                continue
            is_short = (fam == PERSON and len(name.tokens) == 1) or bool(
                res.candidates(name, fam, _acronym_surface(surfaces_of_key[name.key]))
            )
            if not is_short:
                res.add_base(fam, name)
    for m, clean in mentions:
        fam = fam_of_key[clean.key]
        if (fam, clean.key) in res.base_names:
            res.article_bases[m.article].add((fam, clean.key))

    # Roles written before each base name itself ("President Omar Hassan").
    base_roles: dict[str, set[str]] = defaultdict(set)
    for _m, clean in mentions:
        if clean.role and (fam_of_key[clean.key], clean.key) in res.base_names:
            base_roles[clean.key].add(clean.role.split()[-1])

    # Assign each mention: its base cluster, or the one longer name it fits, or its own.
    assigned: list[tuple[EntityMention, CleanName, tuple[str, str]]] = []
    for m, clean in mentions:
        fam = fam_of_key[clean.key]
        target: tuple[str, str] | None = None
        if (fam, clean.key) in res.base_names:
            target = (fam, clean.key)
        else:
            fits = res.candidates(clean, fam, _acronym_surface({clean.surface}))
            if fam == PERSON and len(clean.tokens) == 1 and res.not_a_surname(clean, m.article):
                fits = set()
            local = {k for k in fits if (fam, k) in res.article_bases[m.article]}
            if not local and is_acronym(clean.surface):
                fits = {k for k in fits if not res.unbacked_acronym(clean, fam, k)}
            if not local and clean.role:
                # Over the story a title is evidence too: "King Hassan" is not the longer
                # name that is only ever called president.
                head = clean.role.split()[-1]
                fits = {k for k in fits if not base_roles[k] or head in base_roles[k]}
            pick = local if local else fits
            if len(pick) == 1:
                target = (fam, next(iter(pick)))
        if target is None:  # a short form with no single longer name: an entity of its own
            target = (fam, "=" + clean.key)
            res.clusters.setdefault(target, _Cluster(clean.key, fam))
        assigned.append((m, clean, target))
    assigned = _split_by_sex(assigned, res)

    for m, clean, target in assigned:
        cluster = res.clusters[target]
        cluster.refs.append(EntityRef(m.article, m.span, m.sentence, m.text))
        cluster.labels["ORG" if target[1] in outlet_names else m.label] += 1
        if (m.article, m.span) in said_as_places:
            cluster.labels["GPE"] += 1
        cluster.names.add(clean.surface)
        cluster.surfaces.add(m.text)
        if clean.role and cluster.fam == PERSON:
            cluster.roles.add(clean.role)

    for key, name in outlet_names.items():
        if ("OTHER", key) in res.clusters:
            res.clusters[("OTHER", key)].names.add(name.surface)
    _add_context_roles(assigned, res, facts)
    return _finish(res, facts, assigned)


_FULL_NAME_WEIGHT = 3  # "Mrs Ruth Calder" says more about whom a cluster holds than "Mrs Calder"


def _split_by_sex(
    assigned: list[tuple[EntityMention, CleanName, tuple[str, str]]], res: _Resolver
) -> list[tuple[EntityMention, CleanName, tuple[str, str]]]:
    """Mentions whose honorific gives a person's sex against the rest of their cluster
    ("Mrs Calder" in the cluster of Tom Calder, "Mr Calder") become an entity of their own,
    one per surname and sex: sharing a surname is no evidence of being one person."""
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for _m, clean, target in assigned:
        if clean.sex and target[0] == PERSON:
            full = target[1] == clean.key
            votes[target][clean.sex] += _FULL_NAME_WEIGHT if full else 1
    sex_of: dict[tuple[str, str], str] = {}
    for target, counts in votes.items():
        ranked = counts.most_common()
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            sex_of[target] = ranked[0][0]
    out = []
    for m, clean, target in assigned:
        # A bare surname of no single longer name ("=" cluster) has no sex of its own: every
        # "Mr"/"Mrs" form of it is told apart.
        sex = sex_of.get(target) if not target[1].startswith("=") else None
        if clean.sex and target in votes and clean.sex != sex:
            target = (target[0], f"={clean.key}/{clean.sex}")
            res.clusters.setdefault(target, _Cluster(clean.key, PERSON))
        out.append((m, clean, target))
    return out


_SAID_OF_A_PLACE = re.compile(r"\b(?:in|near|outside|across|around|north of|south of)\s+$", re.I)


def _short_org_names(
    mentions: list[tuple[EntityMention, CleanName]],
    fam_of_key: dict[str, str],
    facts: dict[str, ArticleFacts],
) -> None:
    """A one-word name tagged a place ("Halden") that is the first word of exactly one
    longer organisation name of the story ("Halden Maritime"), and is never written as a
    place ("in Halden"), is that organisation's short name: move it to the organisations."""
    orgs_by_first: dict[str, set[str]] = defaultdict(set)
    for key, fam in fam_of_key.items():
        words = key.split()
        if fam == "OTHER" and len(words) > 1:
            orgs_by_first[words[0]].add(key)
    as_place: set[str] = set()
    for m, clean in mentions:
        if len(clean.tokens) != 1 or m.article not in facts:
            continue
        text = facts[m.article].text
        if _SAID_OF_A_PLACE.search(text[max(0, m.span.start - 12) : m.span.start]):
            as_place.add(clean.key)
    for key, fam in list(fam_of_key.items()):
        if (
            fam == "PLACE"
            and " " not in key
            and len(orgs_by_first.get(key, ())) == 1
            and key not in as_place
        ):
            fam_of_key[key] = "OTHER"


def _facility_tail(text: str, m: EntityMention) -> str:
    """ "Northgate" + " container terminal": the common noun that completes a place's name."""
    match = _FACILITY_TAIL.match(text, m.span.end, min(len(text), m.span.end + 40))
    return match.group(0) if match else ""


def _acronym_surface(surfaces: set[str]) -> str:
    for s in sorted(surfaces):
        if is_acronym(s):
            return s
    return ""


def _add_context_roles(
    assigned: list[tuple[EntityMention, CleanName, tuple[str, str]]],
    res: _Resolver,
    facts: dict[str, ArticleFacts],
) -> None:
    """Roles said around a person's name: "union leader Maria Okafor", "Okafor, the leader"."""
    for m, _clean, target in assigned:
        cluster = res.clusters[target]
        if cluster.fam != PERSON or m.article not in facts:
            continue
        text = facts[m.article].text
        before = text[max(m.sentence.start, m.span.start - 60) : m.span.start]
        role = _role_before(before)
        if role:
            cluster.roles.add(role)
        after = text[m.span.end : min(m.sentence.end, m.span.end + 80)]
        match = _APPOSITION.match(after)
        if match:
            words = match.group(1).split()
            for i, w in enumerate(words):
                if w.casefold() in ROLE_HEADS:
                    cluster.roles.add(" ".join(x.casefold() for x in words[: i + 1]))
                    break


def _role_before(before: str) -> str | None:
    if before.rstrip() != before.rstrip(" "):
        return None
    words = before.split()
    if not words or words[-1].casefold() not in ROLE_HEADS:
        return None
    role = [words[-1].casefold()]
    for w in reversed(words[:-1][-2:]):
        low = w.casefold()
        if low in _ROLE_STOP or not w.isalpha() or not w[:1].islower():
            break
        role.insert(0, low)
    return " ".join(role)


def _finish(
    res: _Resolver,
    facts: dict[str, ArticleFacts],
    assigned: list[tuple[EntityMention, CleanName, tuple[str, str]]],
) -> EntityIndex:
    used_ids: set[str] = set()
    id_of: dict[tuple[str, str], str] = {}
    key_of = {id(c): k for k, c in res.clusters.items()}
    ordered = sorted(
        (c for c in res.clusters.values() if c.refs),
        key=lambda c: (min(c.refs), c.base),
    )
    for c in ordered:
        name = _canonical_name(c.names)
        label = sorted(c.labels.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        base_id = f"{label.lower()}:{slug(name)}"
        eid, n = base_id, 1
        while eid in used_ids:
            n += 1
            eid = f"{base_id}-{n}"
        used_ids.add(eid)
        id_of[key_of[id(c)]] = eid
        c.entity_id = eid

    # Roles: role phrase and its head -> people, per article and over the story.
    roles: dict[str, set[str]] = defaultdict(set)
    article_roles: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m, _clean, target in assigned:
        c = res.clusters[target]
        for role in c.roles:
            for phrase in {role, role.split()[-1]}:
                roles[phrase].add(id_of[target])
                article_roles[(m.article, phrase)].add(id_of[target])

    role_refs = _role_mentions(facts, roles, article_roles)
    by_mention: dict[tuple[str, Span], str] = {}
    by_name: dict[tuple[str, str], str] = {}
    story_names: dict[str, set[str]] = defaultdict(set)
    for m, clean, target in assigned:
        eid = id_of[target]
        by_mention[(m.article, m.span)] = eid
        by_name[(m.article, clean.key)] = eid
        story_names[clean.key].add(eid)
    entities: list[CanonicalEntity] = []
    for c in ordered:
        eid = c.entity_id
        refs = sorted(set(c.refs) | set(role_refs.get(eid, ())))
        name = _canonical_name(c.names)
        label = sorted(c.labels.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        aliases = sorted((c.names | c.surfaces) - {name}, key=lambda s: (s.casefold(), s))
        entities.append(
            CanonicalEntity(eid, name, label, tuple(aliases), tuple(refs), tuple(sorted(c.roles)))
        )
    entities.sort(key=lambda e: e.id)
    index = EntityIndex(
        entities=tuple(entities),
        by_mention=by_mention,
        by_name=by_name,
        by_story_name={k: next(iter(v)) for k, v in story_names.items() if len(v) == 1},
        roles=dict(roles),
        article_roles=dict(article_roles),
    )
    index._resolver = res
    return index


def _canonical_name(names: set[str]) -> str:
    """The longest full form: most words, most characters, not in lower case (a feed's
    "bbc"), not in capitals ("CARROW" is a dateline), then alphabetical."""
    return sorted(
        names, key=lambda s: (-len(s.split()), -len(s), s.islower(), s.isupper(), s)
    )[0]


def _role_mentions(
    facts: dict[str, ArticleFacts],
    roles: dict[str, set[str]],
    article_roles: dict[tuple[str, str], set[str]],
) -> dict[str, list[EntityRef]]:
    """ "the union leader" in any article, where the role names one person."""
    if not roles:
        return {}
    phrases = sorted(roles, key=lambda r: (-len(r), r))
    pattern = re.compile(
        r"\b[Tt]he\s+(" + "|".join(re.escape(p) for p in phrases) + r")\b", re.IGNORECASE
    )
    out: dict[str, list[EntityRef]] = defaultdict(list)
    for fact in sorted(facts.values(), key=lambda f: f.order):
        for match in pattern.finditer(fact.text):
            role = match.group(1).casefold()
            role = " ".join(role.split())
            ids = article_roles.get((fact.id, role)) or roles.get(role, set())
            if len(ids) != 1:
                continue
            span = Span(match.start(), match.end())
            out[next(iter(ids))].append(
                EntityRef(fact.id, span, fact.sentence_of(span), match.group(0), "role")
            )
    return out
