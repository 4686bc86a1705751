"""Pause Python's cyclic garbage collector while collation builds its indexes.

Collation allocates millions of small containers (tuples, sets, dict entries) that live
until it returns. CPython's collector runs a pass every few hundred container allocations,
and its older generations walk every live object, the story's findings included; on a
story of 1,000 articles those passes took a quarter of collation's time and grew faster
than the story (measured: ``bench/collate.py``). Mercurial pauses the collector around its
large index builds for the same reason (``util.nogc``).

Collation's objects hold no reference cycles that need the collector: refcounting frees
them. The collector is switched back on (if it was on) when the outermost paused call
returns, so any cycle made meanwhile is collected by its next pass.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def collector_paused(func: Callable[P, R]) -> Callable[P, R]:
    """Run ``func`` with the cyclic collector off; restore it afterwards, even on error."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return wrapper
