"""Title, byline, outlet and date read from an article's own header lines."""

from __future__ import annotations

import pytest

from variorum.ingest.metadata import parse_byline, parse_dateline, read_header

BODY = (
    "The river burst its banks on Saturday, flooding more than three hundred homes in the "
    "low town, the council said in a statement issued late in the evening."
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Jane Doe / Meridian Wire", ("Jane Doe", "Meridian Wire")),
        ("By Jane Doe, The Herald", ("Jane Doe", "The Herald")),
        ("By Jane Doe | Coast Post", ("Jane Doe", "Coast Post")),
        ("By Jane Doe", ("Jane Doe", None)),
        ("BY JANE DOE", ("JANE DOE", None)),
        ("By Jane Doe and Tom de Vries, Herald", ("Jane Doe and Tom de Vries", "Herald")),
        ("By Jane Doe, Political Correspondent", ("Jane Doe", None)),
        ("By Jane Doe in Carrow", ("Jane Doe", None)),
        ("Written by Jane Doe", ("Jane Doe", None)),
        ("By Tuesday, the water had gone", None),
        ("By the end of the week officials had counted 300 homes", None),
        ("Bystanders filmed the flood", None),
        ("By Jane Doe, Carrow Residents gathered outside the town hall to watch it rise", None),
    ],
)
def test_parse_byline(line: str, expected: tuple[str, str | None] | None) -> None:
    assert parse_byline(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("CARROW, March 14 (Meridian Wire) - The river rose.", ("Meridian Wire", None)),
        (
            "CARROW, March 14, 2026 (Meridian Wire) — The river rose.",
            ("Meridian Wire", "2026-03-14"),
        ),
        ("NEW CARROW, Westshire (Coast Post) - The river rose.", ("Coast Post", None)),
        ("CARROW (Reuters) - The river rose.", ("Reuters", None)),
        ("Carrow was flooded (again) - residents said.", None),
        ("The river rose (again) - residents said.", None),
    ],
)
def test_parse_dateline(line: str, expected: tuple[str, str | None] | None) -> None:
    assert parse_dateline(line) == expected


@pytest.mark.parametrize(
    ("text", "title", "byline", "outlet", "published", "debris_lines"),
    [
        pytest.param(
            f"Storm hits Carrow\nBy Jane Doe / Meridian Wire\nPublished 14 March 2026\n\n{BODY}",
            "Storm hits Carrow",
            "Jane Doe",
            "Meridian Wire",
            "2026-03-14",
            ["By Jane Doe / Meridian Wire", "Published 14 March 2026"],
            id="full-header",
        ),
        pytest.param(
            f"# Storm hits Carrow\n\nPublished: 2026-03-14\n\n{BODY}",
            "Storm hits Carrow",
            None,
            None,
            "2026-03-14",
            ["Published: 2026-03-14"],
            id="markdown-title",
        ),
        pytest.param(
            f"Storm hits Carrow\n\nCARROW, March 14 (Meridian Wire) - {BODY}",
            "Storm hits Carrow",
            None,
            "Meridian Wire",
            None,
            [],
            id="dateline-outlet",
        ),
        pytest.param(
            f"Storm hits Carrow\nBy Jane Doe, The Herald\n\nCARROW (Meridian Wire) - {BODY}",
            "Storm hits Carrow",
            "Jane Doe",
            "The Herald",
            None,
            ["By Jane Doe, The Herald"],
            id="byline-outlet-wins-over-dateline",
        ),
        pytest.param(
            f"Updated 15 March 2026\nPublished 14 March 2026\n\n{BODY}",
            None,
            None,
            None,
            "2026-03-14",
            ["Updated 15 March 2026", "Published 14 March 2026"],
            id="published-wins-over-updated",
        ),
        pytest.param(
            f"Image source, Getty Images\nStorm hits Carrow\n\n{BODY}",
            "Storm hits Carrow",
            None,
            None,
            None,
            [],
            id="title-after-caption",
        ),
        pytest.param(
            f"The flood came at night.\nStorm hits Carrow\n\n{BODY}",
            None,
            None,
            None,
            None,
            [],
            id="sentence-first-is-no-title",
        ),
        pytest.param(BODY, None, None, None, None, [], id="body-only"),
        pytest.param(
            f"By Jane Doe, Coast Post {BODY}", None, None, None, None, [], id="byline-run-into-body"
        ),
    ],
)
def test_read_header(
    text: str,
    title: str | None,
    byline: str | None,
    outlet: str | None,
    published: str | None,
    debris_lines: list[str],
) -> None:
    header = read_header(text)
    assert (header.title, header.byline, header.outlet, header.published) == (
        title,
        byline,
        outlet,
        published,
    )
    assert [span.of(text) for span in header.debris] == debris_lines
