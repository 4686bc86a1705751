"""Publication dates and "Published ..." lines."""

from __future__ import annotations

import pytest

from variorum.ingest.dates import parse_date, parse_published_line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-14", "2026-03-14"),
        ("2026-03-14T08:05:00Z", "2026-03-14T08:05Z"),
        ("2026-03-14T08:05:30+0100", "2026-03-14T08:05:30+01:00"),
        ("14 March 2026", "2026-03-14"),
        ("Saturday 14 March 2026", "2026-03-14"),
        ("Sat, 14 Mar 2026 10:32 GMT", "2026-03-14T10:32Z"),
        ("March 14, 2026", "2026-03-14"),
        ("March 14, 2026 at 3:05 pm", "2026-03-14T15:05"),
        ("Sept. 3, 2025", "2025-09-03"),
        ("14th March 2026 11.47 BST", "2026-03-14T11:47"),
        ("2026/03/14", "2026-03-14"),
        ("31 February 2026", None),
        ("2 hours ago", None),
        ("yesterday", None),
        ("March 14", None),
        ("", None),
    ],
)
def test_parse_date(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published 14 March 2026", ("published", "2026-03-14")),
        ("Published: 2026-03-14", ("published", "2026-03-14")),
        ("• Published 2 hours ago", ("published", None)),
        ("Published", ("published", None)),
        ("Updated 15 March 2026, 09:00 GMT", ("updated", "2026-03-15T09:00Z")),
        ("Last updated on March 15, 2026", ("updated", "2026-03-15")),
        ("Posted at 14 March 2026", ("published", "2026-03-14")),
        ("Published figures show a rise of 4% since 2026-01-01.", None),
        ("Updated guidance was issued to residents.", None),
        ("The report was published on 14 March 2026.", None),
    ],
)
def test_parse_published_line(line: str, expected: tuple[str, str | None] | None) -> None:
    assert parse_published_line(line) == expected
