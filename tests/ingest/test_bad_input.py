"""Bad input: each becomes a one-line Skip with a reason, never a traceback, and the good
file beside it still comes through."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ingest_helpers import BODY, OTHER_BODY, write

from variorum.ingest import ingest

GOOD = f"Storm hits Carrow\n\n{BODY}\n"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        pytest.param("empty.txt", b"", "empty file", id="empty"),
        pytest.param("blank.md", b"  \n\n\t\n", "empty file", id="whitespace-only"),
        pytest.param(
            "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01", "binary", id="nul"
        ),
        pytest.param("noise.txt", bytes(range(1, 9)) * 50 + b"abc", "binary", id="controls"),
        pytest.param("report.pdf", b"%PDF-1.7", "unknown extension '.pdf'", id="extension"),
        pytest.param("README", b"hello", "unknown extension '(none)'", id="no-extension"),
        pytest.param("broken.html", b"\x00\x00\x00", "binary", id="binary-html"),
        pytest.param(
            "feed.jsonl", "\xff\xfe{}".encode("latin-1"), "must be UTF-8", id="jsonl-not-utf8"
        ),
        pytest.param("nothing.jsonl", b"\n\n", "empty file", id="jsonl-blank"),
    ],
)
def test_bad_file_is_skipped(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    write(tmp_path, "good.txt", GOOD)
    write(tmp_path, name, content)
    result = ingest([tmp_path])
    assert [a.id for a in result.articles] == ["good"]
    (skip,) = result.skipped
    assert skip.path == str(tmp_path / name)
    assert reason in skip.reason
    assert "\n" not in skip.reason


def test_missing_path(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", GOOD)
    result = ingest([tmp_path / "nope.txt", good])
    assert [a.id for a in result.articles] == ["good"]
    assert [(s.path, s.reason.split(":")[0]) for s in result.skipped] == [
        (str(tmp_path / "nope.txt"), "no such file or folder")
    ]


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_latin1_news_keeps_its_characters(tmp_path: Path, encoding: str) -> None:
    text = "Café owners in Carrow said the flood would cost £2bn to repair.\n"
    write(tmp_path, "old.txt", text.encode(encoding))
    (article,) = ingest([tmp_path]).articles
    assert article.text == text.strip()


def test_file_over_the_size_cap(tmp_path: Path) -> None:
    write(tmp_path, "good.txt", GOOD)
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:  # sparse: 50 MB on paper, nothing on disk
        handle.truncate(50 * 1024 * 1024)
    result = ingest([tmp_path])
    assert [a.id for a in result.articles] == ["good"]
    (skip,) = result.skipped
    assert skip.path == str(big)
    assert "52.4 MB is over the 20 MB cap" in skip.reason
    assert "max_bytes" in skip.reason


def test_size_cap_is_settable(tmp_path: Path) -> None:
    write(tmp_path, "good.txt", GOOD)
    result = ingest([tmp_path], max_bytes=10)
    assert result.articles == ()
    assert "cap" in result.skipped[0].reason
    assert len(ingest([tmp_path], max_bytes=len(GOOD.encode())).articles) == 1


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        pytest.param("{not json", "not JSON", id="not-json"),
        pytest.param('{"id": "x", "text": "ok"', "not JSON", id="truncated"),
        pytest.param('["a list"]', "not a JSON object", id="list"),
        pytest.param('{"id": "x"}', 'no "text" field', id="no-text"),
        pytest.param('{"id": "x", "text": "   "}', '"text" is empty', id="blank-text"),
        pytest.param('{"id": "x", "text": 42}', '"text" is empty or not a string', id="number"),
    ],
)
def test_malformed_jsonl_line(tmp_path: Path, line: str, reason: str) -> None:
    good = json.dumps({"id": "good", "text": BODY, "outlet": "Coast Post"})
    fine = json.dumps({"id": "fine", "text": OTHER_BODY})
    write(tmp_path, "feed.jsonl", f"{good}\n{line}\n{fine}\n")
    result = ingest([tmp_path])
    assert [a.id for a in result.articles] == ["good", "fine"]
    (skip,) = result.skipped
    assert skip.path == f"{tmp_path / 'feed.jsonl'}:2"
    assert reason in skip.reason


def test_jsonl_with_bom_and_crlf(tmp_path: Path) -> None:
    line = json.dumps({"id": "a", "text": BODY})
    write(tmp_path, "feed.jsonl", b"\xef\xbb\xbf" + f"{line}\r\n".encode())
    (article,) = ingest([tmp_path]).articles
    assert article.text == BODY


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "good.txt", GOOD)
    locked = write(tmp_path, "locked.txt", GOOD + " locked")
    original = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self == locked:
            raise PermissionError(13, "Permission denied")
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    result = ingest([tmp_path])
    assert [a.id for a in result.articles] == ["good"]
    assert "Permission denied" in result.skipped[0].reason


def test_nothing_given() -> None:
    assert ingest([]) == type(ingest([]))(articles=())
