"""The CLI: commands, outputs, one-line errors and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from variorum import __version__
from variorum.cli import EXIT_SKIPPED, main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"variorum {__version__}"


def test_extract_writes_one_line_per_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    docs = [
        {"id": "d1", "text": "Merkel said on Monday that 40 people had died.",
         "published": "2026-03-16", "outlet": "Wire"},
        {"id": "d2", "text": "Nothing happened.", "published": None, "outlet": None},
    ]
    corpus.write_text(
        "\n".join(json.dumps(d) for d in docs) + "\n{not json\n" + '{"id": "d3"}\n',
        encoding="utf-8",
    )
    out = tmp_path / "findings.jsonl"
    assert main(["extract", str(corpus), "-o", str(out)]) == 0
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["d1", "d2"]
    assert set(lines[0]) == {"id", "quotes", "quantities", "timex", "entities"}
    err = capsys.readouterr().err
    assert "corpus.jsonl:3: not JSON" in err
    assert "corpus.jsonl:4: no string 'text'" in err
    assert main(["extract", str(corpus), "-o", str(out), "--strict", "-q"]) == EXIT_SKIPPED
    assert capsys.readouterr().err == ""


def test_extract_missing_corpus_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["extract", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "o.jsonl")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("variorum: error:")


def test_collate_unknown_output_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    art = tmp_path / "a.txt"
    art.write_text("Officials said 40 workers struck.", encoding="utf-8")
    assert main(["collate", str(art), "-o", str(tmp_path / "out.pdf")]) == 4
    assert "end it with .json, .md or .html" in capsys.readouterr().err


@pytest.mark.parametrize("suffix", [".json", ".md", ".html"])
def test_collate_writes_each_format(tmp_path: Path, suffix: str) -> None:
    art = tmp_path / "a.txt"
    art.write_text(
        "Strike at Northgate\n\nMore than 300 dockworkers walked out on Saturday, "
        "the union said.\n",
        encoding="utf-8",
    )
    out = tmp_path / f"dossier{suffix}"
    assert main(["collate", str(art), "-o", str(out), "-q"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "dockworkers" in text


def test_collate_nothing_readable_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code = main(["collate", str(empty), "-o", str(tmp_path / "o.json")])
    err = capsys.readouterr().err
    assert code == 2
    assert "no readable article" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(("names", "unit"), [("iso", "USD"), ("cqe", "dollar")])
def test_extract_unit_names(tmp_path: Path, names: str, unit: str) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"id": "d1", "text": "The deal is worth $40 million.", "published": None})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "f.jsonl"
    assert main(["extract", str(corpus), "-o", str(out), "--unit-names", names, "-q"]) == 0
    [line] = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [q["unit"] for q in line["quantities"]] == [unit]
