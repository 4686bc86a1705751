"""The public functions the CLI wraps: collate a story, extract a corpus, render a dossier."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from .collate import collate_findings
from .dossier import Dossier
from .errors import InputError, OutputError
from .extract import extract_articles
from .extract.quantities import UnitNames, with_unit_names
from .ingest import ingest
from .model import Article, ArticleFindings, Duplicate, Skip
from .report import registry
from .report.serialize import JSONValue, item

Progress = Callable[[str, int, int], None]
"""Called as ``progress(stage, done, total)`` while a long run goes on."""


def collate(
    paths: Sequence[str | Path],
    *,
    manifest: str | Path | None = None,
    progress: Progress | None = None,
) -> Dossier:
    """Ingest the files and folders in ``paths``, extract every article, collate the story.

    Files that cannot be read are recorded in ``Dossier.skipped``; only when no article at
    all can be read does this raise ``InputError``.
    """
    result = ingest(
        paths,
        manifest=manifest,
        on_progress=(lambda done, total: progress("read", done, total)) if progress else None,
    )
    if not result.articles:
        why = f" ({result.skipped[0].path}: {result.skipped[0].reason})" if result.skipped else ""
        raise InputError(
            f"no readable article in the given paths{why}; "
            "give .txt, .md, .html or .jsonl files, or folders holding them"
        )
    return collate_articles(
        result.articles,
        skipped=result.skipped,
        duplicates=result.duplicates,
        progress=progress,
    )


def collate_articles(
    articles: Sequence[Article],
    *,
    skipped: Sequence[Skip] = (),
    duplicates: Sequence[Duplicate] = (),
    progress: Progress | None = None,
) -> Dossier:
    """Extract and collate articles that are already in memory."""
    findings: list[ArticleFindings] = []
    for found in extract_articles(articles):
        findings.append(found)
        if progress:
            progress("extract", len(findings), len(articles))
    collation = collate_findings(findings, duplicates=duplicates)
    failures = tuple(f for found in findings for f in found.failures)
    return Dossier(
        articles=tuple(articles),
        findings=tuple(findings),
        collation=collation,
        skipped=tuple(skipped) + failures,
        duplicates=tuple(duplicates),
    )


def render(dossier: Dossier, fmt: str) -> str:
    """The dossier as text in a registered format: ``json``, ``md`` or ``html``."""
    return registry.get(fmt)(dossier)


# ----------------------------------------------------------------- batch extraction

EXTRACT_LISTS = ("quotes", "quantities", "timex", "entities")


def findings_line(found: ArticleFindings, *, unit_names: UnitNames = "iso") -> dict[str, JSONValue]:
    """One ``variorum extract`` output line: FORMAT.md item shapes, without ``article``.

    ``unit_names="cqe"`` names units as quantulum3 and CQE do ("dollar", "percentage"),
    the vocabulary of NewsQuant's gold; the default is ISO codes and "percent".
    """
    found = replace(found, quantities=with_unit_names(found.quantities, unit_names))
    line: dict[str, JSONValue] = {"id": found.article.id}
    for name in EXTRACT_LISTS:
        line[name] = [item(f, drop=("article",)) for f in getattr(found, name)]
    return line


def read_corpus(path: str | Path, skipped: list[Skip]) -> Iterator[Article]:
    """Documents shaped like ../shared/data/*.jsonl: ``{id, text, published, outlet}``.

    Lines that are not JSON objects with a string ``id`` and ``text`` are recorded in
    ``skipped`` and passed over; text is used exactly as given, so offsets match the corpus.
    """
    source = Path(path)
    try:
        handle = source.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot open ({exc.strerror}); check the path") from exc
    seen: set[str] = set()
    with handle:
        try:
            for number, line in enumerate(handle, 1):
                where = f"{path}:{number}"
                if not line.strip():
                    continue
                try:
                    doc = json.loads(line)
                except json.JSONDecodeError as exc:
                    skipped.append(Skip(where, f"not JSON ({exc.msg}); fix or remove the line"))
                    continue
                if not isinstance(doc, dict) or not isinstance(doc.get("id"), str):
                    skipped.append(Skip(where, "no string 'id'; every line needs one"))
                    continue
                if not isinstance(doc.get("text"), str):
                    skipped.append(Skip(where, "no string 'text'; every line needs one"))
                    continue
                if doc["id"] in seen:
                    skipped.append(Skip(where, f"duplicate id {doc['id']!r}; ids must be unique"))
                    continue
                seen.add(doc["id"])
                yield Article(
                    id=doc["id"],
                    text=doc["text"],
                    published=_str_or_none(doc.get("published")),
                    outlet=_str_or_none(doc.get("outlet")),
                    url=_str_or_none(doc.get("url")),
                    title=_str_or_none(doc.get("title")),
                )
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{path}: not UTF-8 at byte {exc.start}; re-encode the corpus as UTF-8"
            ) from exc


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def extract_corpus(
    corpus: str | Path,
    out: str | Path,
    *,
    progress: Progress | None = None,
    unit_names: UnitNames = "iso",
) -> list[Skip]:
    """``variorum extract``: one findings line per document of ``corpus``, written to ``out``.

    Returns the lines that were skipped. Streams, so corpora larger than memory work.
    """
    skipped: list[Skip] = []
    if not Path(corpus).is_file():
        raise InputError(f"{corpus}: no such file; give a JSONL corpus, one document a line")
    done = 0
    try:
        with Path(out).open("w", encoding="utf-8") as sink:
            for found in extract_articles(read_corpus(corpus, skipped)):
                skipped.extend(found.failures)
                line = findings_line(found, unit_names=unit_names)
                sink.write(json.dumps(line, ensure_ascii=False) + "\n")
                done += 1
                if progress:
                    progress("extract", done, 0)
    except OSError as exc:
        raise OutputError(f"{out}: cannot write ({exc.strerror}); check the folder") from exc
    return skipped
