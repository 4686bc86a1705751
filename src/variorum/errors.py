"""variorum's exceptions: one base, each message says how to fix the problem.

    VariorumError
    ├── InputError            a path, file or manifest the user gave cannot be used
    │   ├── ManifestError     a manifest line is malformed
    │   └── UnsupportedInput  an extension or content variorum does not read
    ├── ModelError            the spaCy model (or the optional embedding model) is missing
    └── OutputError           the requested output cannot be written

Per-file problems during a collation do not raise: they become ``Skip`` records in the
dossier, so the good files beside a bad one still come through. These exceptions are for
what stops the whole run, and the CLI turns them into one line and an exit code.
"""

from __future__ import annotations


class VariorumError(Exception):
    """Base of every error variorum raises on purpose."""

    exit_code = 1


class InputError(VariorumError):
    exit_code = 2


class ManifestError(InputError):
    pass


class UnsupportedInput(InputError):
    pass


class ModelError(VariorumError):
    exit_code = 3


class OutputError(VariorumError):
    exit_code = 4
