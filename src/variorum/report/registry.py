"""Output formats, registered by name the way a third-party renderer would be.

A renderer is a function ``Dossier -> str``. ``register`` adds one; the built-ins (json,
md, html) are registered on first use, so importing this module loads nothing heavy.
"""

from __future__ import annotations

from collections.abc import Callable

from ..dossier import Dossier
from ..errors import OutputError

Renderer = Callable[[Dossier], str]

_RENDERERS: dict[str, Renderer] = {}
_SUFFIXES = {".json": "json", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


def register(name: str, renderer: Renderer) -> None:
    """Make ``renderer`` available as format ``name`` (replacing any of that name)."""
    _RENDERERS[name] = renderer


def _load_builtins() -> None:
    if _RENDERERS:
        return
    from . import html_report, json_report, markdown_report

    register("json", json_report.render)
    register("md", markdown_report.render)
    register("html", html_report.render)


def formats() -> list[str]:
    _load_builtins()
    return sorted(_RENDERERS)


def get(name: str) -> Renderer:
    _load_builtins()
    try:
        return _RENDERERS[name]
    except KeyError:
        raise OutputError(
            f"unknown output format {name!r}; use one of {', '.join(formats())}"
        ) from None


def format_for(path: str) -> str:
    """The format an output path asks for, by its suffix."""
    for suffix, name in _SUFFIXES.items():
        if path.lower().endswith(suffix):
            return name
    raise OutputError(
        f"cannot tell the format of {path!r}; end it with .json, .md or .html"
    )
