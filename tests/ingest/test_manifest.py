"""The optional manifest: CSV or JSON, values win over the text, bad rows skipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ingest_helpers import BODY, OTHER_BODY, write

from variorum.errors import ManifestError
from variorum.ingest import ingest

HEADER_TEXT = f"Storm hits Carrow\nBy Jane Doe, The Herald\nPublished 14 March 2026\n\n{BODY}"


def _folder(tmp_path: Path) -> Path:
    write(tmp_path, "news/herald.txt", HEADER_TEXT)
    write(tmp_path, "news/post.txt", OTHER_BODY)
    return tmp_path / "news"


def test_csv_manifest_wins_over_text(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    write(
        folder,
        "manifest.csv",
        "file,outlet,published,url,title\n"
        "herald.txt,Carrow Herald,2026-03-15,https://h.example/1,Flood in Carrow\n"
        'post.txt,"Post, The",,,\n',
    )
    result = ingest([folder])
    assert result.skipped == ()
    herald, post = result.articles
    assert (herald.outlet, herald.published, herald.url, herald.title) == (
        "Carrow Herald",
        "2026-03-15",
        "https://h.example/1",
        "Flood in Carrow",
    )
    assert herald.byline == "Jane Doe"  # not in the manifest: the text's byline stays
    assert (post.outlet, post.published, post.url) == ("Post, The", None, None)


def test_explicit_manifest_elsewhere_names_the_files(tmp_path: Path) -> None:
    _folder(tmp_path)
    manifest = write(
        tmp_path,
        "meta/list.json",
        json.dumps(
            [
                {
                    "file": "../news/herald.txt",
                    "outlet": "Carrow Herald",
                    "published": "14 March 2026",
                }
            ]
        ),
    )
    result = ingest([], manifest=manifest)
    (article,) = result.articles
    assert (article.id, article.outlet, article.published) == (
        "herald",
        "Carrow Herald",
        "2026-03-14",
    )


def test_json_manifest_keyed_by_file(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    write(folder, "manifest.json", json.dumps({"post.txt": {"outlet": "Coast Post", "url": None}}))
    articles = {a.id: a for a in ingest([folder]).articles}
    assert articles["post"].outlet == "Coast Post"
    assert articles["herald"].outlet == "The Herald"


@pytest.mark.parametrize(
    ("rows", "where", "reason"),
    [
        pytest.param("missing.txt,X,,,\n", 2, "no such file 'missing.txt'", id="missing-file"),
        pytest.param("herald.txt,X,,\n", 2, "4 fields where the header has 5", id="too-few"),
        pytest.param("herald.txt,X,,,,extra\n", 2, "6 fields", id="too-many"),
        pytest.param("herald.txt,X,not a date,,\n", 2, "is not a date", id="bad-date"),
        pytest.param(",X,,,\n", 2, "no file named", id="no-file"),
        pytest.param("post.txt,X,,,\npost.txt,Y,,,\n", 3, "already listed at", id="listed-twice"),
    ],
)
def test_bad_csv_rows_are_skipped(tmp_path: Path, rows: str, where: int, reason: str) -> None:
    folder = _folder(tmp_path)
    write(folder, "manifest.csv", "file,outlet,published,url,title\n" + rows)
    result = ingest([folder])
    assert len(result.articles) == 2  # the files still come through
    (skip,) = result.skipped
    assert skip.path == f"{folder / 'manifest.csv'}:{where}"
    assert reason in skip.reason


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        pytest.param("m.csv", "outlet,title\nX,Y\n", "no 'file' column", id="no-file-column"),
        pytest.param("m.csv", "file,colour\na.txt,red\n", "unknown column", id="unknown-column"),
        pytest.param("m.csv", "\n\n", "is empty", id="empty"),
        pytest.param("m.json", "{not json", "is not JSON", id="bad-json"),
        pytest.param("m.json", '"a string"', "must be a JSON list or object", id="json-scalar"),
        pytest.param("m.csv", b"file\x00\x01\x02", "cannot read", id="binary"),
    ],
)
def test_unreadable_manifest_raises(
    tmp_path: Path, name: str, content: str | bytes, message: str
) -> None:
    folder = _folder(tmp_path)
    manifest = write(tmp_path, name, content)
    with pytest.raises(ManifestError, match=message) as caught:
        ingest([folder], manifest=manifest)
    assert "file,outlet,published,url,title" in str(caught.value) or "header" in str(caught.value)


def test_missing_manifest_raises(tmp_path: Path) -> None:
    with pytest.raises(ManifestError, match="no such file"):
        ingest([_folder(tmp_path)], manifest=tmp_path / "nope.csv")


def test_bad_json_items_are_skipped(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    write(
        folder,
        "manifest.json",
        json.dumps(
            [
                {"file": "post.txt", "outlet": "Coast Post"},
                "post.txt",
                {"file": "herald.txt", "colour": "red"},
            ]
        ),
    )
    result = ingest([folder])
    assert [(s.path.rsplit(":", 1)[1], s.reason.split(":")[0]) for s in result.skipped] == [
        ("2", "not a JSON object"),
        ("3", "unknown key(s) 'colour'"),
    ]
    assert {a.id: a.outlet for a in result.articles}["post"] == "Coast Post"
