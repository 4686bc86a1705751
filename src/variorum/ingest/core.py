"""The ingest entry point: paths (and a manifest) in, articles, skips and duplicates out.

Order is deterministic: the paths in the order given, each folder's files sorted by their
path inside it, a JSON Lines file's lines in file order. Metadata precedence: the manifest,
then what the container states (JSON Lines fields, HTML metadata), then the article's own
header lines (see ``metadata``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..model import Article, IngestResult, Skip
from .clean import find_debris, merge_spans
from .dates import parse_date
from .dedupe import dedupe
from .manifest import MANIFEST_NAMES, Manifest, load_manifest
from .metadata import read_header
from .readers import DEFAULT_MAX_BYTES, FIELDS, Draft, read_file


@dataclass(frozen=True)
class _Input:
    path: Path
    shown: str


def ingest(
    paths: Sequence[str | Path],
    *,
    manifest: str | Path | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> IngestResult:
    """Read every path (files or folders, recursively) into articles.

    Without ``manifest``, a ``manifest.csv`` or ``manifest.json`` at the top of a folder
    given in ``paths`` is used. Files the manifest names are read even when ``paths`` does
    not list them. Files above ``max_bytes`` are skipped.
    """
    manifests = _manifests(paths, manifest)
    skipped: list[Skip] = [skip for m in manifests for skip in m.skipped]
    inputs, missing = _collect(paths, manifests)
    skipped.extend(missing)
    root = _common_root([item.path for item in inputs])
    described: dict[Path, Mapping[str, str]] = {}
    for m in manifests:
        described.update(m.entries)

    drafts: list[Draft] = []
    for done, item in enumerate(inputs, start=1):
        result = read_file(item.path, item.shown, max_bytes=max_bytes)
        drafts.extend(result.drafts)
        skipped.extend(result.skipped)
        if on_progress is not None:
            on_progress(done, len(inputs))

    ids = _assign_ids(drafts, root)
    articles = [
        _build(draft, article_id, described.get(draft.path.resolve(), {}))
        for draft, article_id in zip(drafts, ids, strict=True)
    ]
    deduped = dedupe(articles, [draft.source for draft in drafts])
    return IngestResult(
        articles=deduped.articles,
        skipped=(*skipped, *deduped.skipped),
        duplicates=deduped.duplicates,
    )


def _manifests(paths: Sequence[str | Path], manifest: str | Path | None) -> list[Manifest]:
    if manifest is not None:
        return [load_manifest(Path(manifest), str(manifest))]
    found: list[Manifest] = []
    for given in paths:
        folder = Path(given)
        if not folder.is_dir():
            continue
        for name in MANIFEST_NAMES:
            candidate = folder / name
            if candidate.is_file():
                found.append(load_manifest(candidate, str(candidate)))
                break
    return found


def _collect(
    paths: Iterable[str | Path], manifests: Sequence[Manifest]
) -> tuple[list[_Input], list[Skip]]:
    """The files to read, each once, and a skip for each path that does not exist."""
    manifest_files = {m.path.resolve() for m in manifests}
    seen: set[Path] = set()
    inputs: list[_Input] = []
    missing: list[Skip] = []

    def add(path: Path, shown: str) -> None:
        resolved = path.resolve()
        if resolved not in seen and resolved not in manifest_files:
            seen.add(resolved)
            inputs.append(_Input(path, shown))

    for given in paths:
        path = Path(given)
        if path.is_dir():
            for found in _walk(path):
                add(found, str(found))
        elif path.is_file():
            add(path, str(given))
        else:
            missing.append(Skip(str(given), "no such file or folder: check the path"))
    for m in manifests:
        for described in m.entries:
            add(described, str(described))
    return inputs, missing


def _walk(folder: Path) -> list[Path]:
    """Files under ``folder``, sorted; hidden files and folders (".git", ".DS_Store") left out."""
    found: list[Path] = []
    for here, folders, files in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        found.extend(Path(here) / name for name in files if not name.startswith("."))
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def _common_root(paths: Sequence[Path]) -> Path | None:
    if not paths:
        return None
    try:
        return Path(os.path.commonpath([p.resolve().parent for p in paths]))
    except ValueError:  # different drives
        return None


def _file_key(path: Path, root: Path | None, with_suffix: bool) -> str:
    resolved = path.resolve()
    try:
        relative = resolved.relative_to(root) if root is not None else Path(resolved.name)
    except ValueError:
        relative = Path(resolved.name)
    if not with_suffix:
        relative = relative.with_suffix("")
    return relative.as_posix()


def _assign_ids(drafts: Sequence[Draft], root: Path | None) -> list[str]:
    """Deterministic unique ids: the "id" of a JSON Lines record, else the file's path from
    the common root without its extension ("herald-2026-03-14", "wires/meridian"); files that
    differ only by extension keep it; any clash left gets "~2", "~3", ... in input order."""
    by_stem: dict[str, set[Path]] = {}
    for draft in drafts:
        by_stem.setdefault(_file_key(draft.path, root, False), set()).add(draft.path.resolve())
    ids: list[str] = []
    used: set[str] = set()
    for draft in drafts:
        stem = _file_key(draft.path, root, False)
        file_id = stem if len(by_stem[stem]) == 1 else _file_key(draft.path, root, True)
        if draft.id is not None:
            wanted = draft.id
        elif draft.line is not None:
            wanted = f"{file_id}-{draft.line}"
        else:
            wanted = file_id
        unique, n = wanted, 1
        while unique in used:
            n += 1
            unique = f"{wanted}~{n}"
        used.add(unique)
        ids.append(unique)
    return ids


def _build(draft: Draft, article_id: str, described: Mapping[str, str]) -> Article:
    header = read_header(draft.text)
    from_header = {
        "title": header.title,
        "byline": header.byline,
        "outlet": header.outlet,
        "published": header.published,
    }
    values: dict[str, str | None] = {}
    for name in FIELDS:
        values[name] = described.get(name) or draft.fields.get(name) or from_header.get(name)
    published = values["published"]
    if published is not None:
        # A stated date that is not one is dropped rather than passed on unread.
        values["published"] = parse_date(published)
    debris = merge_spans((*find_debris(draft.text), *header.debris))
    return Article(
        id=article_id,
        text=draft.text,
        file=draft.file,
        outlet=values["outlet"],
        url=values["url"],
        title=values["title"],
        byline=values["byline"],
        published=values["published"],
        debris=debris,
    )
