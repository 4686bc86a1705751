"""What a quantity counts or measures, read off the dependency parse.

Two questions: which noun a bare number counts ("eight nurses" -> "nurse"), and what the
quantity is about (its concept): the noun it modifies ("a $600 bread mixer" -> "bread mixer"),
the noun whose complement it is ("winds of 120 mph" -> "winds"), the noun it is a share of
("40% of its fleet"), or else the subject of the clause that states it ("Ford has
13,000 workers" -> "Ford"). A noun that is an object or complement in a clause is followed
by the clause's subject, whose thing it is: "fleet, Orla Ferries".

The concept is a short phrase of content words as written ("loan-to-value" stays whole),
without the sentence's other quantities, its dates, or words that grade the amount
("total", "more").
"""

from __future__ import annotations

from typing import Any

from ._concept_phrase import (
    CONTENT,
    NOT_PART_OF_UNIT,
    NOUNS,
    SUBJECT_DEPS,
    ends_a_name,
    is_when,
    phrase,
)

_RELATIVE = frozenset({"which", "who", "that", "whom"})
_QUANTIFIERS = frozenset({"each", "all", "some", "most", "many", "both", "none", "any", "several"})
# "winds of 120 mph", "a rise in fares to 12%", "a crew with six newcomers": the noun the
# amount completes.
_COMPLETES_A_NOUN = frozenset({"of", "at", "for", "to", "with"})
# A noun can hardly be a counted thing when it is one of these ("3 p.m.", "No. 5").
_NOT_COUNTED = frozenset({"percent", "cent", "%", "am", "pm", "a.m.", "p.m."})


def counted_noun(doc: Any, number_index: int, sent_end: int) -> tuple[str, int] | None:
    """The noun a bare number counts, as a lower-cased lemma phrase, and its token index.

    "four different bosses" -> ("different boss", i); "dozens of Kia vehicles" ->
    ("kia vehicle", i). None when the number modifies no noun.
    """
    tok = doc[number_index]
    head = None
    if (
        tok.head.i > tok.i
        and tok.head.pos_ in NOUNS
        and tok.head.i < sent_end
        and tok.dep_ in {"nummod", "quantmod", "compound", "amod", "nmod", "npadvmod"}
    ):
        head = tok.head
    if head is None and number_index + 1 < sent_end:
        nxt = doc[number_index + 1]
        if nxt.lower_ == "of" and number_index + 2 < sent_end:
            # "dozens of vehicles", "one of the people": the object of "of".
            for child in nxt.children:
                if child.dep_ == "pobj" and child.pos_ in NOUNS:
                    head = child
                    break
        elif nxt.pos_ in NOUNS and nxt.tag_ in {"NNS", "NNPS", "NN"}:
            head = nxt
            while (
                head.i + 1 < sent_end
                and doc[head.i + 1].pos_ == "NOUN"
                and (doc[head.i + 1].dep_ == "compound" or head.dep_ == "compound")
            ):
                head = doc[head.i + 1]
    if head is None or head.lower_ in _NOT_COUNTED or head.like_num:
        return None
    while head.dep_ == "compound" and head.head.i == head.i + 1 and head.head.pos_ == "NOUN":
        head = head.head  # "three course meal", "12 storey office block"
    words = []
    for t in doc[number_index + 1 : head.i]:
        attached = t.head.i == head.i or t.head.head.i == head.i
        if t.pos_ in {"ADJ", "NOUN", "PROPN"} and t.lower_ not in NOT_PART_OF_UNIT and attached:
            words.append(t.lemma_.lower())
    lemma = head.lemma_.lower() if head.tag_ != "NNPS" else head.lower_
    words.append(lemma)
    return " ".join(words), head.i


def concept_of(
    doc: Any, first: int, last: int, sent_start: int, sent_end: int, others: frozenset[int]
) -> str | None:
    """What the quantity on tokens ``first..last`` (number, unit, counted noun) is about.

    ``others`` are the tokens of the sentence's other quantities: they are never part of
    the concept, and a quantity listed after another ("3.2 metres, 4.8 metres and 7.5
    metres") hangs where the first of the list hangs.
    """
    if _one_of_a_group(doc, first, sent_end) or _time_frame(doc, first, last, sent_start, sent_end):
        return None
    span = range(first, last + 1)
    concept = _concept_of(doc, span, sent_start, sent_end, others)
    return concept if concept is not None else _possessor(doc, span, sent_end, others)


def _concept_of(
    doc: Any, span: range, sent_start: int, sent_end: int, others: frozenset[int]
) -> str | None:
    """``concept_of`` for the quantity on tokens ``span``, before the fallbacks."""
    first, last = span[0], span[-1]
    skip = others.union(span)
    tok = doc[last]
    for i in span:
        if not first <= doc[i].head.i <= last:
            tok = doc[i]  # the token through which the quantity hangs in the parse
    while tok.head.i in others and tok.head.i != tok.i:
        tok = tok.head
    ticker = _name_before_signed(doc, first, sent_start, skip)
    if ticker is None:
        ticker = _name_before_move(doc, first, sent_start, others)
    if ticker is not None:
        return ticker
    circumstance = _with_at(tok, skip)
    if circumstance is not None:
        return phrase(circumstance, skip, sent_start, sent_end)  # not the clause's subject's
    noun = _noun_of(doc, tok, last, span, sent_end)
    if noun is not None and is_when(noun):
        # "reached 6.1 m on 3 March, 5.9 m on 9 April": the parser may hang an amount on
        # a date; a date says when, not what.
        noun = None
    bracket = _open_bracket(doc, first, sent_start)
    if bracket is not None:
        # "a steel pipe (40mm outer diameter)": the noun it measures inside the bracket.
        inside = _noun_after_in_bracket(doc, last, sent_end, skip)
        if inside is not None:
            return phrase(inside, skip, sent_start, sent_end)
        if noun is not None and noun.i > bracket:
            # "(60% of the pipe's bore)": an aside, not the clause's subject's.
            return phrase(noun, skip, sent_start, sent_end)
    if bracket is not None and (noun is None or noun.i < bracket) and bracket > sent_start:
        # "F Dana Whitlock (21.6 ppg, 9.2 rpg)", "three steaks (~2lb)": what the
        # bracket annotates.
        named = doc[bracket - 1]
        if named.pos_ in NOUNS:  # may be another quantity's counted noun: "steaks"
            return phrase(named, skip.difference({named.i}), sent_start, sent_end)
    if noun is None:
        # "Nikkei -0.4%", "FTSE 250 +0.9%": a name the parser hung on the quantity itself.
        for i in span:
            for child in doc[i].lefts:
                if child.i < first and child.pos_ == "PROPN" and child.i not in skip:
                    return phrase(child, skip, sent_start, sent_end)
        return _verb_concept(tok, span, skip, sent_start, sent_end)
    # "Orla Ferries sold 40% of its fleet": the fleet is Orla Ferries'.
    concept = phrase(noun, skip, sent_start, sent_end)
    # "Demand for 40 sq m cabins", "the depth of the 800 sq m berth market": the noun whose
    # complement holds the amount's noun is what it is about too.
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in NOUNS:
        owner = prep.head
        if owner.i < span[0] and owner.i not in skip:  # not "30 days' worth of"
            inner = skip.union(range(prep.i, prep.right_edge.i + 1))
            concept = _with_subject(concept, owner, inner, sent_start, sent_end)
    return _with_subject(concept, _clause_subject_of(noun), skip, sent_start, sent_end)


def _time_frame(doc: Any, first: int, last: int, sent_start: int, sent_end: int) -> bool:
    """ "in the past 12 months", "every 12 years", "three weeks ago", "after 40 minutes": a
    stretch of time that says when, like a date; it measures nothing, so it has no concept."""
    if doc[last].lemma_.lower() not in _TIME_UNITS:
        return False
    before = [t.lower_ for t in doc[max(sent_start, first - 3) : first]]
    if before[-1:] == ["after"]:
        return True
    if before[-1:] == ["every"] and before[-2:-1] != ["for"]:
        return True  # but "rises 2% for every 10 miles travelled" is a rate
    if last + 1 < sent_end and doc[last + 1].lower_ == "ago":
        return True
    return (
        len(before) == 3
        and before[0] in _FRAME_PREPS
        and before[1] == "the"
        and (before[2] in _FRAME_EDGES)
    )


_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})
_FRAME_PREPS = frozenset({"in", "over", "during", "within", "for"})
_FRAME_EDGES = frozenset({"last", "past", "next", "previous", "coming", "first", "final"})


def _with_at(tok: Any, skip: frozenset[int]) -> Any:
    """ "with inflation at 3%", "with salt levels at 900 ppm": the noun before "at" in a
    "with" phrase, which the parser often leaves beside the amount rather than over it."""
    at = tok.head
    if tok.dep_ != "pobj" or at.lower_ != "at" or at.i == 0:
        return None
    noun = at.doc[at.i - 1]
    with_ = noun.head
    if noun.pos_ in NOUNS and noun.dep_ == "pobj" and with_.lower_ == "with" and noun.i not in skip:
        return noun
    return None


def _in_a_compound_preposition(noun: Any) -> bool:
    """ "in addition to 900 yards", "in response to 40 complaints": the noun before "to" is
    part of a preposition, not what the amount completes."""
    return noun.dep_ == "pobj" and noun.head.lower_ in {"in", "with"} and noun.pos_ == "NOUN"


def _completes(prep: Any) -> bool:
    """Whether the amount after ``prep`` completes the noun ``prep`` hangs on. Not "to" in
    a compound preposition ("in addition to 900 yards"); "with" only where it says what a
    subject or predicate noun has ("it was a crew with six newcomers"). Elsewhere "with"
    tells whom an action is done with ("placed orders with 3 yards", "a clash with 30
    youths") or when ("a goal with four minutes to play")."""
    if prep.lower_ == "to":
        return not _in_a_compound_preposition(prep.head)
    return prep.lower_ != "with" or prep.head.dep_ in _DESCRIBED


def _one_of_a_group(doc: Any, first: int, sent_end: int) -> bool:
    """ "one of the oldest ferries", "one of its oldest piers": one member picked out of a
    group names a thing, it measures nothing, so it has no concept (a share, "one of four
    bidders", has a number after "of")."""
    if first + 2 >= sent_end or doc[first].lower_ != "one" or doc[first + 1].lower_ != "of":
        return False
    return doc[first + 2].pos_ in {"DET", "PRON"} and not doc[first + 2].like_num


def _possessor(doc: Any, span: range, sent_end: int, others: frozenset[int]) -> str | None:
    """Whose the counted things are, when nothing else says what they are about: "Two of
    Halden's pilots were fired" -> "Halden"."""
    of = doc[span[0] + 1] if span[0] + 1 < sent_end else None
    if of is None or of.lower_ != "of":
        return None
    for tok in (c for c in of.children if c.dep_ == "pobj"):
        for child in tok.children:
            if child.dep_ == "poss" and child.pos_ == "PROPN" and child.i not in others:
                return " ".join(t.text for t in doc[child.left_edge.i : child.i + 1])
    return None


def _name_before_signed(doc: Any, first: int, sent_start: int, skip: frozenset[int]) -> str | None:
    """The name written right before a signed change, as market summaries list them:
    "Dow +0.4% FTSE 100 -0.7% DAX +0.2%" -> "FTSE 100" for "-0.7%"."""
    if doc[first].text[:1] not in _SIGNS or first <= sent_start:
        return None
    i = first - 1
    while (
        i >= sent_start
        and i not in skip
        and (
            doc[i].pos_ == "PROPN"
            or ends_a_name(doc[i])
            or (doc[i].like_num and i > sent_start and doc[i - 1].pos_ == "PROPN")
        )
    ):
        i -= 1
    words = [t.text for t in doc[i + 1 : first]]
    return " ".join(words) if words and not words[0][:1].isdigit() else None


def _name_before_move(doc: Any, first: int, sent_start: int, others: frozenset[int]) -> str | None:
    """The name a round-up gives a move to: "Halden Maritime, down 14p at 212p, Orla
    Ports, down 9p at 88p" -> "Orla Ports" for "9p" and for "88p"."""
    i = first - 1
    if i > sent_start and doc[i].lower_ in {"at", "to"}:
        i -= 1  # the level after the move: "down 14p at 212p"
        while i > sent_start and i in others:
            i -= 1
    if i <= sent_start + 1 or doc[i].lower_ not in _MOVES or doc[i - 1].text != ",":
        return None
    end = i - 1
    i = end - 1
    while i >= sent_start and i not in others and doc[i].pos_ == "PROPN":
        i -= 1
    words = [t.text for t in doc[i + 1 : end]]
    return " ".join(words) or None


def _noun_after_in_bracket(doc: Any, last: int, sent_end: int, skip: frozenset[int]) -> Any:
    """The noun right after a bracketed quantity, before the bracket closes, when the
    bracket holds nothing else: "(2.5cm inner width)" -> "width"."""
    for i in range(last + 1, sent_end):
        t = doc[i]
        if t.text == ")":
            prev = doc[i - 1]
            return prev if prev.pos_ in NOUNS and prev.i not in skip and prev.i > last else None
        if i in skip or not (t.pos_ in CONTENT or t.text == "-"):
            return None
    return None


def _of_after(doc: Any, last: int, sent_end: int) -> Any:
    """The "of" that follows a quantity and says what it is an amount of: "40% of its
    fleet"; also after its restatement in a bracket ("380 Nm (280 lb-ft) of torque") and
    after "worth" ("three weeks' worth of fuel"); or the "for" that says what it is for.
    None when neither follows."""
    i = last + 1
    if i < sent_end and doc[i].text == "(":
        close = next((j for j in range(i + 1, min(i + 8, sent_end)) if doc[j].text == ")"), None)
        i = close + 1 if close is not None else i
    if i < sent_end and doc[i].text in _APOSTROPHES:
        i += 1  # "three weeks' worth"
    if i < sent_end and doc[i].lower_ == "worth":
        i += 1
    if i >= sent_end:
        return None
    if doc[i].lower_ == "for":
        # "an extra 20 miles for the route", "$40 million for repairs": what it is for; not
        # a list that pairs amounts with items ("5 and 8 euros for the day and night sailings"),
        # nor another count ("40 minutes for four fillets").
        within = doc[i : doc[i].right_edge.i + 1]
        listed = any(t.dep_ in {"cc", "conj", "nummod"} or t.like_num for t in within)
        return None if listed else doc[i]
    return doc[i] if doc[i].lower_ == "of" else None


def _open_bracket(doc: Any, first: int, sent_start: int) -> int | None:
    """The index of the "(" the quantity stands in, if it stands in one."""
    for i in range(first - 1, sent_start - 1, -1):
        if doc[i].text == ")" or doc[i].pos_ in {"VERB", "AUX"}:
            return None  # not in a bracket, or in a bracketed clause with its own verb
        if doc[i].text == "(":
            return i
    return None


def _noun_of(doc: Any, tok: Any, last: int, span: range, sent_end: int) -> Any:
    """The noun the quantity describes, or None when it hangs off a verb."""
    # Share-of: "40% of its fleet", "a fifth of those tested".
    of = _of_after(doc, last, sent_end)
    if of is not None and of.lower_ == "for" and tok.dep_ == "pobj" and tok.head.lower_ == "of":
        of = None  # "a depth of 14 metres for the new cranes": the depth's, as below
    if of is not None:
        for child in of.children:
            if child.dep_ == "pobj" and child.pos_ in NOUNS:
                return child
    for _ in range(6):
        head = tok.head
        if head.i == tok.i:
            # A verbless headline or caption: "depths at least 3.5 km".
            return tok if tok.pos_ in NOUNS and tok.i not in span else None
        if head.pos_ in {"VERB", "AUX"} and head.dep_ != "amod":
            return None  # a clause; but "15% fortified wine" is a noun phrase
        modifies = tok.dep_ in {"nummod", "compound", "amod", "nmod", "quantmod"}
        if modifies and head.i > tok.i and head.pos_ in NOUNS and head.i not in span:
            # "a $600 bread mixer"; "a 12-inch display screen": the whole compound
            while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ in NOUNS:
                head = head.head
            return head
        complement = tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in _COMPLETES_A_NOUN
        complement = complement and head.head.pos_ in NOUNS and head.head.i not in span
        if complement and _completes(head):
            return head.head  # "winds of 120 mph"
        if tok.dep_ == "appos" and head.pos_ in NOUNS and head.i not in span:
            return head
        if tok.lower_ in _MOVES and tok.dep_ == "advmod" and head.pos_ in NOUNS:
            return head  # "Halden Maritime, down 14p", "its shares down 4.2%"
        tok = head
    return None


def _verb_concept(
    tok: Any, span: range, skip: frozenset[int], sent_start: int, sent_end: int
) -> str | None:
    """The concept of a quantity that hangs off a verb. Through a preposition, the verb's
    object and whose it is ("Kestrel Audio hiked licence fees by £18", "Tidewell has the
    Aria Remote for $45"); else the subject ("Ford has 13,000 workers"); else the object
    when the subject is a pronoun ("we cooked each sample for 3 min"). The object also
    when the amount is said of the verb ("chilled the catch to -20 C") or sits inside the
    object ("made fare cuts on 25 routes"), but not in a "with" aside ("placed orders
    with 3 yards")."""
    through = None  # the last preposition on the way up to the verb
    for _ in range(6):
        if tok.head.i == tok.i or tok.head.pos_ in {"VERB", "AUX"}:
            break
        if tok.dep_ == "prep":
            through = tok
        tok = tok.head
    verb = tok.head
    if verb.i == tok.i or verb.pos_ not in {"VERB", "AUX"}:
        return None
    objects = (c for c in verb.children if c.dep_ in {"dobj", "attr"} and c.i != tok.i)
    obj = next((c for c in objects if c.i not in skip and c.pos_ in NOUNS), None)
    subject = _named_subject_of(verb)
    if subject is not None and subject.i in span:
        subject = None
    inside = through is not None and through.lower_ != "with"
    if inside and tok.dep_ == "dobj" and tok.pos_ in NOUNS and tok.i not in skip:
        concept = phrase(tok, skip, sent_start, sent_end)
        return _with_subject(concept, subject, skip, sent_start, sent_end)
    if obj is not None and tok.dep_ in {"prep", "npadvmod"}:
        concept = phrase(obj, skip, sent_start, sent_end)
        return _with_subject(concept, subject, skip, sent_start, sent_end)
    said = phrase(subject, skip, sent_start, sent_end) if subject is not None else None
    if said is None and tok.dep_ == "acomp" and tok.pos_ == "ADJ" and tok.i < span[0]:
        # "400 sailors who have been idle for two years": the state it measures, when
        # the subject is another quantity's (not "52 years old": a measure's adjective)
        return str(tok.text)
    if subject is not None:
        return said
    if obj is not None and tok.dep_ not in SUBJECT_DEPS:
        return phrase(obj, skip, sent_start, sent_end)
    if tok.i in span and tok.dep_ == "attr" and any(c.dep_ == "expl" for c in verb.children):
        # "There are 12 ferries in the fleet": the clause only says they exist, so they
        # are counted by what they are or where they are.
        state = _state_of(tok)
        return state if state is not None else phrase(tok, skip, sent_start, sent_end)
    return None  # "Five launches offer 435 homes": the quantity is what the clause is about


def _state_of(noun: Any) -> str | None:
    """ "There are 900 workers who are idle": what a relative clause says the counted
    things are (an adjective or a passive participle: "idle", "injured"), which is what
    a bare existential clause counts them by."""
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        if clause.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in clause.children):
            return str(clause.text)
        state = next((c for c in clause.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
        if state is not None:
            return str(state.text)
    return None


def _with_subject(
    concept: str | None, subject: Any, skip: frozenset[int], sent_start: int, sent_end: int
) -> str | None:
    """ "fleet, Orla Ferries": a concept and the subject it belongs to."""
    if subject is None or not concept:
        return concept
    about = phrase(subject, skip, sent_start, sent_end)
    return f"{concept}, {about}" if about and about != concept else concept


def _clause_subject_of(noun: Any) -> Any:
    """The subject of the clause a noun is an object or complement in ("The council can
    borrow at a rate of 2.9pc" -> "council"); None when the noun is in the
    subject itself, or the subject is a pronoun."""
    tok = noun
    for _ in range(8):
        if tok.dep_ in SUBJECT_DEPS:
            return None
        head = tok.head
        if head.i == tok.i:
            return None
        if head.pos_ in {"VERB", "AUX"}:
            if _in_participle(head):
                return None  # "shops offering 20 per cent discounts": about the discounts
            subject = _named_subject_of(head)
            if subject is None or subject.i == noun.i:
                return None
            if tok.dep_ == "prep" and tok.i < subject.i < head.i:
                # "In a survey of 900 firms, analysts found ...": a phrase set before the
                # subject says where or when the clause holds; it is not the subject's.
                return None
            return subject
        tok = head
    return None


def _in_participle(verb: Any) -> bool:
    """Whether a verb is a participle that describes a noun ("shops offering discounts"),
    or a clause that depends on one ("an engine tuned to deliver 380 Nm")."""
    for _ in range(4):
        if verb.dep_ == "acl":
            return True
        if verb.dep_ not in {"advcl", "xcomp"} or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _named_subject_of(verb: Any) -> Any:
    """The verb's subject; when that is a third-person pronoun, the subject of the clause
    its clause is embedded in, if it can be what the pronoun stands for: "Harbour Rail is
    set to reveal it will axe 850 roles" -> "Harbour Rail"; "Okafor runs a blog,
    where she has 40,000 readers" -> "Okafor"; but not "engineers say it will reach 90
    knots" ("it" is singular). None when no such clause names one."""
    subject = _subject_of(verb)
    if subject is None or subject.pos_ != "PRON":
        return subject
    pronoun = subject.lower_
    if pronoun not in _THIRD_PERSON:
        return None  # "we cooked each sample": the speaker is not what is measured
    for _ in range(3):
        up = verb.head
        if verb.dep_ == "relcl" and up.pos_ in NOUNS:
            up = up.head  # "runs a blog, where she has ...": the clause the noun is in
        if up.i == verb.i or up.pos_ not in {"VERB", "AUX"}:
            return None
        if verb.dep_ not in _EMBEDDED:
            return None
        verb = up
        subject = _subject_of(verb)
        if subject is None:
            continue
        if subject.pos_ != "PRON":
            return subject if _may_stand_for(pronoun, subject) else None
        if subject.lower_ not in _THIRD_PERSON:
            return None
    return None


_DESCRIBED = frozenset({"attr", "nsubj", "nsubjpass", "appos", "ROOT"})
_THIRD_PERSON = frozenset({"it", "he", "she", "they"})
_EMBEDDED = frozenset({"ccomp", "xcomp", "conj", "relcl"})


def _may_stand_for(pronoun: str, noun: Any) -> bool:
    """Number agreement: "it", "he", "she" stand for a singular noun; "they" for a plural
    one or an organisation's name ("NASA ... they", "Halden Freight Ltd ... they"), told
    by its letters, not by NER, which quantities do not use."""
    if noun.pos_ not in NOUNS:
        return False
    plural = noun.tag_ in {"NNS", "NNPS"}
    return plural or _names_an_organisation(noun) if pronoun == "they" else not plural


def _names_an_organisation(noun: Any) -> bool:
    """An acronym, or a proper name ending in a corporate or institutional word."""
    if noun.pos_ != "PROPN":
        return False
    return (len(noun.text) > 1 and noun.text.isupper()) or (
        noun.lower_.rstrip(".") in _ORGANISATION_ENDINGS
    )


_ORGANISATION_ENDINGS = frozenset(
    {
        "inc", "corp", "corporation", "co", "ltd", "plc", "llc", "ag", "sa", "group",
        "holdings", "bank", "company", "university", "ministry", "agency", "council",
        "party", "association", "union", "committee", "fund", "club", "airlines",
    }
)  # fmt: skip


def _subject_of(verb: Any) -> Any:
    """The subject of a verb, looking through relative clauses, conjuncts and xcomps."""
    for _ in range(4):
        # The subject nearest the verb: the parser sometimes splits one subject in two
        # ("VR headset sales rose" -> "VR headset" + "sales"); ``_phrase`` joins them.
        before = [c for c in verb.lefts if c.dep_ in SUBJECT_DEPS]
        after = [c for c in verb.rights if c.dep_ in SUBJECT_DEPS]
        for child in before[-1:] or after[:1]:
            if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
                return verb.head  # "Ford, which has 13,000 workers"
            if child.lower_ in _QUANTIFIERS:
                # "Each of the buildings costs $40 million": the buildings.
                of = next((c for c in child.rights if c.lower_ == "of"), None)
                pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
                if pobj is not None:
                    return pobj
                if verb.dep_ == "conj" and verb.head.i != verb.i:
                    # "The oil slick spread for 9 miles, but most settled 20 feet deep":
                    # most of what the clause before is about.
                    earlier = _subject_of(verb.head)
                    return earlier if earlier is not None else child
                return child
            return child
        # "The share sells at 9.5 times profits": a subject misread as a compound.
        for child in verb.lefts:
            if child.dep_ == "compound" and child.pos_ in NOUNS:
                return child
        if verb.dep_ in {"relcl", "acl"} and verb.head.pos_ in NOUNS:
            return verb.head
        if verb.dep_ in {"conj", "xcomp", "advcl", "ccomp", "pcomp"} and verb.head.i != verb.i:
            verb = verb.head
            continue
        return None
    return None


_SIGNS = frozenset("+-−")
_APOSTROPHES = frozenset({"'", "’", "'s", "’s"})
_MOVES = frozenset({"up", "down", "higher", "lower"})
