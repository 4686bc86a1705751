"""Canonical entities across articles: names, short forms, acronyms, roles."""

from __future__ import annotations

import pytest
from collate_helpers import Builder

from variorum.collate._grouping import article_facts
from variorum.collate.entities import collate_entities
from variorum.model import ArticleFindings


def _index(*found: ArticleFindings):  # type: ignore[no-untyped-def]
    findings = list(found)
    return collate_entities(findings, article_facts(findings))


def _name_of(index, article: str, text: str) -> str:  # type: ignore[no-untyped-def]
    for e in index.entities:
        if any(m.article == article and m.text == text for m in e.mentions):
            return str(e.name)
    raise AssertionError(f"{text!r} in {article} belongs to no entity")


def test_merkel_forms_are_one_person() -> None:
    a = Builder("a", "Germany's Chancellor Angela Merkel spoke. Merkel left.", "P")
    a.entity("Angela Merkel").entity("Merkel", nth=1)
    b = Builder("b", "Mrs. Merkel arrived. The chancellor smiled.", "Q").entity("Mrs. Merkel")
    index = _index(a.build(), b.build())
    people = [e for e in index.entities if e.type == "PERSON"]
    assert len(people) == 1
    merkel = people[0]
    assert merkel.name == "Angela Merkel"
    assert {"Merkel", "Mrs. Merkel"} <= set(merkel.aliases)
    assert "chancellor" in merkel.roles
    # "The chancellor" in article b is a role mention of her.
    assert any(m.via == "role" and m.article == "b" for m in merkel.mentions)
    assert index.resolve("b", "the chancellor") == merkel.id


def test_transliterated_spellings_are_one_person() -> None:
    a = Builder("a", "Muammar Gaddafi spoke. Gaddafi left.", "P")
    a.entity("Muammar Gaddafi").entity("Gaddafi", nth=1)
    b = Builder("b", "Moammar Gadhafi arrived. Qaddafi waved.", "Q")
    b.entity("Moammar Gadhafi").entity("Qaddafi")
    people = [e for e in _index(a.build(), b.build()).entities if e.type == "PERSON"]
    assert len(people) == 1
    forms = {people[0].name, *people[0].aliases}
    assert {"Muammar Gaddafi", "Gaddafi", "Moammar Gadhafi", "Qaddafi"} <= forms


@pytest.mark.parametrize(("one", "other"), [("Ana Jonson", "Ana Johnson"), ("Ed Berg", "Ed Burg")])
def test_names_that_differ_in_more_than_spelling_stay_apart(one: str, other: str) -> None:
    a = Builder("a", f"{one} spoke.", "P").entity(one)
    b = Builder("b", f"{other} spoke.", "Q").entity(other)
    people = [e for e in _index(a.build(), b.build()).entities if e.type == "PERSON"]
    assert len(people) == 2


def test_shared_surname_needs_evidence() -> None:
    a = Builder("a", "John Smith and Jane Smith met. Smith spoke.", "P")
    a.entity("John Smith").entity("Jane Smith").entity("Smith", nth=2)
    b = Builder("b", "John Smith arrived. Smith left.", "Q")
    b.entity("John Smith").entity("Smith", nth=1)
    index = _index(a.build(), b.build())
    names = sorted(e.name for e in index.entities)
    assert names == ["Jane Smith", "John Smith", "Smith"]  # the bare Smith of a stays apart
    assert _name_of(index, "b", "Smith") == "John Smith"  # b names one Smith only


def test_mrs_and_mr_of_one_surname_are_two_people() -> None:
    a = Builder("a", "Tom Calder spoke. Mr Calder left. Mr Calder came back.", "P")
    a.entity("Tom Calder").entity("Mr Calder").entity("Mr Calder", nth=1)
    b = Builder("b", "Tom Calder arrived. Mrs Calder waved.", "Q")
    b.entity("Tom Calder").entity("Mrs Calder")
    c = Builder("c", "Mr Okoro spoke. Mrs Okoro spoke. Okoro left.", "R")
    c.entity("Mr Okoro").entity("Mrs Okoro").entity("Okoro", nth=2)
    index = _index(a.build(), b.build(), c.build())
    tom = _name_of(index, "a", "Mr Calder")
    assert tom == "Tom Calder"
    assert _name_of(index, "b", "Mrs Calder") != tom
    people = [e for e in index.entities if {"Mr Okoro", "Mrs Okoro"} & {*e.aliases}]
    assert len(people) == 2  # a bare surname's Mr and Mrs are told apart too


def test_a_royal_name_or_a_first_name_is_no_surname() -> None:
    a = Builder("a", "Omar Hassan spoke in the capital.", "P").entity("Omar Hassan")
    b = Builder("b", "King Hassan opened the port.", "Q").entity("King Hassan")
    c = Builder("c", "Alun Ivor spoke.", "R").entity("Alun Ivor")
    d = Builder("d", "Ivor Jones sang. Ivor waved.", "S").entity("Ivor Jones").entity("Ivor", nth=1)
    e = Builder("e", "Alun Ivor spoke. Ivor Jones sang. Ivor waved.", "T")
    e.entity("Alun Ivor").entity("Ivor Jones").entity("Ivor", nth=2)
    index = _index(a.build(), b.build(), c.build(), d.build(), e.build())
    assert _name_of(index, "b", "King Hassan") != "Omar Hassan"
    # where the article uses it only as a first name it is not Alun Ivor's surname ...
    assert _name_of(index, "d", "Ivor") != "Alun Ivor"
    # ... but beside his full name a bare surname is his, as news writes it
    assert _name_of(index, "e", "Ivor") == "Alun Ivor"


def test_a_title_over_the_story_is_evidence() -> None:
    a = Builder("a", "President Omar Hassan spoke.", "P").entity("President Omar Hassan")
    b = Builder("b", "General Hassan led the march.", "Q").entity("General Hassan")
    c = Builder("c", "President Hassan left.", "R").entity("President Hassan")
    index = _index(a.build(), b.build(), c.build())
    assert _name_of(index, "b", "General Hassan") != "Omar Hassan"
    assert _name_of(index, "c", "President Hassan") == "Omar Hassan"


@pytest.mark.parametrize(
    ("named_alone", "expected"), [(True, "Ostrava"), (False, "General Ostrava")]
)
def test_a_title_opening_an_organisation_is_cut_only_where_the_rest_is_named_alone(
    named_alone: bool, expected: str
) -> None:
    a = Builder("a", "General Ostrava signed the deal.", "P")
    a.entity("General Ostrava", label="ORG")
    b = Builder("b", "Ostrava signed. Shares rose.", "Q")
    if named_alone:
        b.entity("Ostrava", label="ORG")
    c = Builder("c", "The Premier Harbour League met.", "R").entity("Premier Harbour League", "ORG")
    index = _index(a.build(), b.build(), c.build())
    assert _name_of(index, "a", "General Ostrava") == expected
    assert _name_of(index, "c", "Premier Harbour League") == "Premier Harbour League"


def test_a_group_named_by_more_words_is_a_narrower_group() -> None:
    a = Builder("a", "Carrowan dockers marched. Carrowan voters stayed home.", "P")
    a.entity("Carrowan dockers", label="NORP").entity("Carrowan", label="NORP", nth=1)
    index = _index(a.build())
    assert _name_of(index, "a", "Carrowan") == "Carrowan"


def test_a_place_named_alone_far_more_often_is_not_a_longer_names_short_form() -> None:
    text = "Rescue Carrow flew in. " + "Carrow sent aid. " * 6
    a = Builder("a", text, "P").entity("Rescue Carrow", label="GPE")
    for n in range(6):
        a.entity("Carrow", label="GPE", nth=n + 1)
    b = Builder("b", "Eastmoor harbour reopened. Eastmoor cheered.", "Q")
    b.entity("Eastmoor harbour", label="GPE").entity("Eastmoor", label="GPE", nth=1)
    index = _index(a.build(), b.build())
    assert _name_of(index, "a", "Carrow") == "Carrow"
    assert _name_of(index, "b", "Eastmoor") == "Eastmoor harbour"  # too few to stand alone


def test_place_short_forms_and_acronym() -> None:
    a = Builder("a", "Ships left the Northgate terminal. Northgate is shut.", "P")
    a.entity("Northgate", "FAC").entity("Northgate", "FAC", nth=1)
    b = Builder("b", "NGT reopened. The ACLU sued. The American Civil Liberties Union won.", "Q")
    b.entity("NGT", "ORG").entity("ACLU", "ORG").entity("American Civil Liberties Union", "ORG")
    index = _index(a.build(), b.build())
    assert _name_of(index, "b", "NGT") == "Northgate terminal"
    assert _name_of(index, "a", "Northgate") == "Northgate terminal"
    assert _name_of(index, "b", "ACLU") == "American Civil Liberties Union"


def test_an_acronym_joins_what_it_abbreviates_not_a_name_it_begins() -> None:
    text = "Ferry aid: the United Nations wrote to the U.N. Security Council."
    a = Builder("a", text, "P")
    a.entity("U.N. Security Council", label="ORG").entity("United Nations", label="ORG")
    b = Builder("b", "The U.N. sent aid.", "Q").entity("U.N.", label="ORG")
    index = _index(a.build(), b.build())
    assert _name_of(index, "b", "U.N.") == "United Nations"


@pytest.mark.parametrize(("long", "short"), [("Qatar Airways", "QA"), ("Oxford Union", "OU")])
def test_an_acronym_finds_a_name_whose_spelling_key_changes_its_first_letter(
    long: str, short: str
) -> None:
    a = Builder("a", f"{long} said so.", "P").entity(long, label="ORG")
    b = Builder("b", f"{short} agreed.", "Q").entity(short, label="ORG")
    assert _name_of(_index(a.build(), b.build()), "b", short) == long


def test_an_acronym_is_not_spelled_out_by_a_name_that_begins_with_it() -> None:
    a = Builder("a", "The United States of America acted. A US refinery shut.", "P")
    a.entity("United States of America", label="GPE").entity("US refinery", label="GPE")
    b = Builder("b", "The U.S. agreed.", "Q").entity("U.S.", label="GPE")
    assert _name_of(_index(a.build(), b.build()), "b", "U.S.") == "United States of America"


def test_a_common_noun_opening_a_sentence_is_no_name() -> None:
    text = "Dockers blocked the gate. The dockers left at noon. Halden Maritime paid."
    a = Builder("a", text, "P").entity("Dockers", label="ORG")
    a.entity("Halden Maritime", label="ORG")
    names = {e.name for e in _index(a.build()).entities}
    assert names == {"Halden Maritime"}


def test_a_one_word_name_said_as_a_place_is_a_place() -> None:
    text = (
        "Ardale held. Ardale waited. Shells fell in Ardale. The city of Ardale burned. "
        "Boats waited near Ardale."
    )
    a = Builder("a", text, "P")
    for nth, label in enumerate(("PERSON", "PERSON", "GPE", "GPE", "PERSON")):
        a.entity("Ardale", label=label, nth=nth)
    (entity,) = _index(a.build()).entities
    assert entity.type == "GPE"


def test_the_post_joins_the_one_longer_name() -> None:
    a = Builder("a", "The Washington Post said so. The Post added more.", "X")
    a.entity("Washington Post", "ORG").entity("Post", "ORG", nth=1)
    index = _index(a.build())
    assert _name_of(index, "a", "Post") == "Washington Post"


def test_appositive_role_links_person() -> None:
    a = Builder("a", "Maria Okafor, the union leader, spoke. The union leader left.", "P")
    a.entity("Maria Okafor")
    index = _index(a.build())
    (okafor,) = index.entities
    assert "union leader" in okafor.roles
    assert sum(m.via == "role" for m in okafor.mentions) == 2


def test_outlet_name_is_an_organisation() -> None:
    a = Builder("a", "The Bulletin reported it first.", "Northern Bulletin").entity(
        "Bulletin", "ORG"
    )
    index = _index(a.build())
    assert _name_of(index, "a", "Bulletin") == "Northern Bulletin"


def test_an_outlets_own_acronym_is_the_outlet_not_a_name_that_fits_it() -> None:
    a = Builder("a", "KBC heard the Kelso Bridge Club vote.", "KBC").entity("KBC", "ORG")
    a.entity("Kelso Bridge Club", "ORG")
    index = _index(a.build())
    assert _name_of(index, "a", "KBC") == "KBC"


@pytest.mark.parametrize(
    ("named_together", "expected"), [(False, "KBC"), (True, "Kelso Bridge Club")]
)
def test_a_frequent_acronym_never_named_beside_a_rare_fit_stands_alone(
    named_together: bool, expected: str
) -> None:
    text = "KBC aired it. KBC aired it. KBC aired it. KBC aired it. KBC aired it. KBC aired it."
    a = Builder("a", text, "P")
    for n in range(6):
        a.entity("KBC", "ORG", nth=n)
    b = Builder("b", "The Kelso Bridge Club met. Members played.", "Q")
    b.entity("Kelso Bridge Club", "ORG")
    if named_together:
        b = Builder("b", "The Kelso Bridge Club met. KBC members played.", "Q")
        b.entity("Kelso Bridge Club", "ORG").entity("KBC", "ORG")
    index = _index(a.build(), b.build())
    assert _name_of(index, "a", "KBC") == expected


def test_a_lower_case_form_never_names_an_entity() -> None:
    a = Builder("a", "Write to kbc at the desk. Then KBC replied.", "P")
    a.entity("kbc", "ORG").entity("KBC", "ORG")
    assert _name_of(_index(a.build()), "a", "kbc") == "KBC"


def test_a_plural_possessive_is_cut_from_the_name() -> None:
    a = Builder("a", "The Carrow Isles' envoy spoke.", "P").entity("Carrow Isles'", "GPE")
    assert _name_of(_index(a.build()), "a", "Carrow Isles'") == "Carrow Isles"


def test_entities_are_deterministic() -> None:
    a = Builder("a", "Angela Merkel spoke. Merkel left.", "P").entity("Angela Merkel")
    b = Builder("b", "Merkel arrived.", "Q").entity("Merkel")
    one = _index(a.build(), b.build()).entities
    two = _index(b.build(), a.build()).entities
    assert [e.id for e in one] == [e.id for e in two] == ["person:angela-merkel"]


@pytest.mark.parametrize(
    ("second", "joined"),
    [
        ("Halden said the cranes would be fixed.", True),  # the company's short name
        ("Dockers in Halden cheered the deal.", False),  # written as a place: a place
    ],
)
def test_a_short_name_tagged_a_place_joins_its_one_organisation(second: str, joined: bool) -> None:
    a = Builder("a", "Halden Maritime runs the port.", "A").entity("Halden Maritime", "ORG")
    b = Builder("b", second, "B").entity("Halden", "GPE")
    index = _index(a.build(), b.build())
    assert (_name_of(index, "b", "Halden") == "Halden Maritime") == joined
