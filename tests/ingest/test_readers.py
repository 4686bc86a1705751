"""Reading .txt/.md, .html and .jsonl files into articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ingest_helpers import BODY, OTHER_BODY, write

from variorum.ingest import ingest

PAGE = f"""<html><head><title>Storm hits Carrow | Coast Post</title>
<meta name="author" content="Jane Doe">
<meta property="og:site_name" content="Coast Post">
<meta property="article:published_time" content="2026-03-14T08:00:00Z">
</head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article><h1>Storm hits Carrow</h1>
<p>{BODY}</p>
<p>{OTHER_BODY}</p>
<p>"We have never seen anything like it," said the mayor, who toured the streets on Sunday.</p>
</article>
<footer>Copyright Coast Post 2026. All rights reserved. Contact us. Privacy policy.</footer>
</body></html>"""


def test_text_file(tmp_path: Path) -> None:
    write(
        tmp_path, "herald-2026-03-14.txt", f"Storm hits Carrow\nBy Jane Doe, The Herald\n\n{BODY}\n"
    )
    (article,) = ingest([tmp_path]).articles
    assert article.id == "herald-2026-03-14"
    assert article.title == "Storm hits Carrow"
    assert (article.byline, article.outlet) == ("Jane Doe", "The Herald")
    assert article.text.endswith("evening.")
    assert article.file == str(tmp_path / "herald-2026-03-14.txt")


def test_markdown_file(tmp_path: Path) -> None:
    text = f"# Storm hits Carrow\n\nPublished: 2026-03-14\n\n{BODY} [Read the statement](https://c.example/s)\n"
    write(tmp_path, "post.md", text)
    (article,) = ingest([tmp_path / "post.md"]).articles
    assert article.title == "Storm hits Carrow"
    assert article.published == "2026-03-14"
    assert "Read the statement" in article.clean_text
    assert "https://" not in article.clean_text
    assert len(article.clean_text) == len(article.text)


def test_html_file(tmp_path: Path) -> None:
    write(tmp_path, "coast.html", PAGE)
    result = ingest([tmp_path])
    assert result.skipped == ()
    (article,) = result.articles
    assert article.id == "coast"
    assert BODY in article.text
    assert "Privacy policy" not in article.text
    assert "Sport" not in article.text
    assert article.title == "Storm hits Carrow"
    assert article.byline == "Jane Doe"
    assert article.outlet == "Coast Post"
    assert article.published is not None and article.published.startswith("2026-03-14")


def test_html_without_article_text_is_skipped(tmp_path: Path) -> None:
    write(tmp_path, "blank.htm", "<html><head><title>x</title></head><body></body></html>")
    result = ingest([tmp_path])
    assert result.articles == ()
    assert [s.path for s in result.skipped] == [str(tmp_path / "blank.htm")]
    assert "no article text" in result.skipped[0].reason


def test_jsonl_records(tmp_path: Path) -> None:
    lines = [
        {
            "id": "wire-1",
            "text": BODY,
            "outlet": "Meridian Wire",
            "published": "2026-03-14",
            "url": "https://w.example/1",
            "title": "Flood",
            "byline": "Jane Doe",
        },
        {"text": OTHER_BODY, "outlet": "Coast Post", "published": None},
        {
            "id": 7,
            "text": "  Leading spaces stay.\r\nSo do CRLF newlines.  ",
            "published": "2026-03-15T09:00:00Z",
        },
    ]
    write(tmp_path, "feed.jsonl", "\n".join(json.dumps(line) for line in lines) + "\n")
    articles = ingest([tmp_path / "feed.jsonl"]).articles
    assert [a.id for a in articles] == ["wire-1", "feed-2", "7"]
    first = articles[0]
    assert (first.outlet, first.published, first.url, first.title, first.byline) == (
        "Meridian Wire",
        "2026-03-14",
        "https://w.example/1",
        "Flood",
        "Jane Doe",
    )
    assert articles[1].outlet == "Coast Post"
    assert articles[2].text == lines[2]["text"]  # kept byte for byte: annotations index it
    assert articles[2].published == "2026-03-15T09:00Z"
    assert first.file == f"{tmp_path / 'feed.jsonl'}:1"


@pytest.mark.parametrize(
    ("names", "ids"),
    [
        pytest.param(["a.txt", "b.md"], ["a", "b"], id="stems"),
        pytest.param(
            ["herald/storm.txt", "post/storm.txt"], ["herald/storm", "post/storm"], id="nested"
        ),
        pytest.param(["storm.txt", "storm.md"], ["storm.md", "storm.txt"], id="same-stem"),
    ],
)
def test_file_ids(tmp_path: Path, names: list[str], ids: list[str]) -> None:
    for n, name in enumerate(names):
        write(tmp_path, name, f"Story {n}\n\n{BODY} Number {n} of {len(names)}, unique.")
    texts = [f"{BODY} Number {n} of {len(names)}" for n in range(len(names))]
    articles = ingest([tmp_path]).articles
    assert sorted(a.id for a in articles) == sorted(ids)
    assert len(articles) == len(texts)


def test_jsonl_ids_clash_deterministically(tmp_path: Path) -> None:
    write(tmp_path, "a.jsonl", json.dumps({"id": "x", "text": BODY}) + "\n")
    write(tmp_path, "b.jsonl", json.dumps({"id": "x", "text": OTHER_BODY}) + "\n")
    assert [a.id for a in ingest([tmp_path]).articles] == ["x", "x~2"]


def test_order_is_deterministic(tmp_path: Path) -> None:
    for name in ["c.txt", "a/z.txt", "b.md", "a/b.txt"]:
        write(tmp_path, name, f"{name}\n\n{BODY} {name}")
    first = ingest([tmp_path])
    assert [a.id for a in first.articles] == ["a/b", "a/z", "b", "c"]
    assert ingest([tmp_path]) == first


def test_progress_called_per_file(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "b.txt", OTHER_BODY)
    write(tmp_path, "c.bin", b"\x00\x01")
    calls: list[tuple[int, int]] = []
    ingest([tmp_path], on_progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_hidden_files_are_left_out_of_folders(tmp_path: Path) -> None:
    write(tmp_path, ".DS_Store", b"\x00\x00")
    write(tmp_path, ".git/config", "[core]")
    write(tmp_path, "a.txt", BODY)
    result = ingest([tmp_path])
    assert ([a.id for a in result.articles], result.skipped) == (["a"], ())


def test_same_file_twice_is_read_once(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", BODY)
    result = ingest([tmp_path, path])
    assert ([a.id for a in result.articles], result.skipped, result.duplicates) == (["a"], (), ())
