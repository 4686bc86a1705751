"""Names as entities compare them: titles, honorifics, spelling keys, acronyms."""

from __future__ import annotations

import pytest

from variorum.collate.names import abbreviates, clean_name


@pytest.mark.parametrize(
    ("raw", "tokens", "role"),
    [
        ("Angela Merkel", ("angela", "merkel"), None),
        ("Mrs. Merkel", ("merkel",), None),
        ("Germany's Chancellor Angela Merkel", ("angela", "merkel"), "chancellor"),
        ("Sen. John Smith", ("john", "smith"), "senator"),
        # long words compare on their spelling key (transliterations vary on these letters)
        ("the Northgate terminal", ("nurthgate", "terminal"), None),
        ("Moammar Gadhafi", ("muamar", "gadafi"), None),
        ("U. S.", ("us",), None),
        # a title of several words, up to its role word
        ("Prime Minister Ruth Calder", ("ruth", "calder"), "prime minister"),
        ("Deputy Prime Minister Ruth Calder", ("ruth", "calder"), "deputy prime minister"),
        ("Secretary of State Ivo Brandt", ("ivo", "brandt"), "secretary"),
        ("Minister of Harbour Affairs Ivo Brandt", ("ivo", "brandt"), "minister"),
        # a role word inside a name is no title
        ("Martin Luther King Jr", ("martin", "luther", "king", "jr"), None),
    ],
)
def test_clean_name(raw: str, tokens: tuple[str, ...], role: str | None) -> None:
    clean = clean_name(raw)
    assert clean.tokens == tokens
    assert clean.role == role


@pytest.mark.parametrize(
    ("acronym", "name", "expected"),
    [
        ("ACLU", "American Civil Liberties Union", True),
        ("NGT", "Northgate terminal", True),
        ("NCT", "Northgate container terminal", True),
        ("CDU", "Carrow Dockworkers' Union", True),
        ("ACLU", "American Union", False),
        ("ACLU", "Civil Liberties Union", False),
        ("NY", "Northgate", False),
        ("BBC", "British Broadcasting Corporation", True),
        ("US", "United States of America", True),
        ("USA", "United States of America", True),
        ("BA", "Bank of America", True),
        ("BO", "Bank of Ottawa", True),
        ("UK", "University of Kent", True),
        ("BK", "Bank of Kent Trust", False),
        # an acronym inside a name gives all its letters
        ("UN", "US Navy", False),
        ("USN", "US Navy", True),
    ],
)
def test_abbreviates(acronym: str, name: str, expected: bool) -> None:
    assert abbreviates(acronym, name.split()) is expected


@pytest.mark.parametrize(("honorific", "sex"), [("Mrs", "f"), ("Mr.", "m"), ("Dr", None)])
def test_an_honorific_records_sex(honorific: str, sex: str | None) -> None:
    assert clean_name(f"{honorific} Calder").sex == sex


@pytest.mark.parametrize(
    ("raw", "tokens"),
    [
        ("Premier Harbour League", ("premier", "harbur", "league")),  # spelling keys
        ("the General Assembly", ("general", "asembly")),
        ("Prime Minister Ruth Calder", ("prime", "minister", "ruth", "calder")),
        ("Mrs Calder", ("calder",)),  # honorifics still go
        ("harbour minister Ivo Brandt", ("ivo", "brandt")),  # a lower-case role still goes
    ],
)
def test_a_name_may_keep_its_title_words(raw: str, tokens: tuple[str, ...]) -> None:
    assert clean_name(raw, cut_titles=False).tokens == tokens
