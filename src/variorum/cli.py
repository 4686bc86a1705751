"""The command line: parse arguments, call the library, turn errors into one line and an exit code.

Exit codes:
    0  done (inputs that could not be read are listed in the dossier and on stderr)
    1  an unexpected variorum error
    2  bad usage or no usable input (missing path, unreadable manifest, nothing readable)
    3  the spaCy model is not installed
    4  the output cannot be written
    5  done, but some inputs were skipped and --strict was given
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from . import __version__
from .api import Progress, collate, extract_corpus, render
from .errors import OutputError, VariorumError
from .model import Skip
from .report.registry import format_for

EXIT_SKIPPED = 5


class ProgressBar:
    """A one-line progress bar on stderr for long runs; silent when quiet or not a terminal."""

    def __init__(self, stream: TextIO, *, enabled: bool, min_seconds: float = 1.0) -> None:
        self.stream = stream
        self.enabled = enabled
        self.started = time.monotonic()
        self.min_seconds = min_seconds
        self.shown = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled or time.monotonic() - self.started < self.min_seconds:
            return
        if total:
            filled = int(30 * done / total)
            line = f"\r{stage:8} [{'#' * filled}{'.' * (30 - filled)}] {done}/{total}"
        else:
            line = f"\r{stage:8} {done} documents"
        self.stream.write(line)
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()
            self.shown = False


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="variorum",
        description="Collate the news coverage of one story.",
    )
    parser.add_argument("--version", action="version", version=f"variorum {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    col = commands.add_parser(
        "collate",
        help="collate a story's articles into a dossier (JSON, Markdown or HTML)",
        description="Read articles (.txt, .md, .html, .jsonl, or folders of them), extract "
        "who said what, numbers and dates, compare outlets, and write a dossier.",
    )
    col.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of articles")
    col.add_argument(
        "--manifest", metavar="FILE", help="CSV or JSON: file,outlet,published,url,title"
    )
    col.add_argument(
        "-o", "--output", required=True, metavar="OUT",
        help="output file; its suffix picks the format: .json, .md or .html",
    )
    col.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    col.add_argument(
        "--strict", action="store_true",
        help=f"exit with {EXIT_SKIPPED} when any input was skipped",
    )

    ext = commands.add_parser(
        "extract",
        help="per-document findings for a JSONL corpus (the batch interface)",
        description="Read a JSONL corpus of {id, text, published, outlet} documents and write "
        "one line per document: {id, quotes, quantities, timex, entities}.",
    )
    ext.add_argument("corpus", metavar="CORPUS.jsonl")
    ext.add_argument("-o", "--output", required=True, metavar="FINDINGS.jsonl")
    ext.add_argument(
        "--unit-names", choices=("iso", "cqe"), default="iso",
        help="how units are named: ISO codes and 'percent' (default), or CQE's "
        "names ('dollar', 'percentage') as NewsQuant's gold uses",
    )
    ext.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    ext.add_argument(
        "--strict", action="store_true",
        help=f"exit with {EXIT_SKIPPED} when any line was skipped",
    )
    return parser


def _report_skips(skipped: Sequence[Skip], quiet: bool) -> None:
    if quiet:
        return
    for skip in skipped:
        print(f"variorum: skipped {skip.path}: {skip.reason}", file=sys.stderr)


def _write(path: str, text: str) -> None:
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror}); check the folder") from exc


def _collate(args: argparse.Namespace, progress: Progress) -> int:
    fmt = format_for(args.output)
    dossier = collate(args.paths, manifest=args.manifest, progress=progress)
    _write(args.output, render(dossier, fmt))
    _report_skips(dossier.skipped, args.quiet)
    if not args.quiet:
        print(
            f"variorum: {len(dossier.articles)} articles collated into {args.output}",
            file=sys.stderr,
        )
    return EXIT_SKIPPED if args.strict and dossier.skipped else 0


def _extract(args: argparse.Namespace, progress: Progress) -> int:
    skipped = extract_corpus(
        args.corpus, args.output, progress=progress, unit_names=args.unit_names
    )
    _report_skips(skipped, args.quiet)
    return EXIT_SKIPPED if args.strict and skipped else 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    bar = ProgressBar(sys.stderr, enabled=not args.quiet and sys.stderr.isatty())
    try:
        if args.command == "collate":
            return _collate(args, bar)
        return _extract(args, bar)
    except VariorumError as exc:
        bar.close()
        print(f"variorum: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except Exception as exc:  # a bug must still end in one line, not a traceback
        if os.environ.get("VARIORUM_DEBUG"):
            raise
        print(
            f"variorum: internal error: {type(exc).__name__}: {exc}; "
            "rerun with VARIORUM_DEBUG=1 for details and please report it",
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        bar.close()
        print("variorum: interrupted", file=sys.stderr)
        return 130
    finally:
        bar.close()
