"""The collector pause around collation: off inside, restored after, even on error."""

from __future__ import annotations

import gc

import pytest

from variorum.collate._gc import collector_paused


@collector_paused
def _seen_state() -> bool:
    return gc.isenabled()


@collector_paused
def _fails() -> None:
    raise ValueError("boom")


@pytest.mark.parametrize("enabled_before", [True, False])
def test_collector_is_off_inside_and_restored_after(enabled_before: bool) -> None:
    was = gc.isenabled()
    try:
        if enabled_before:
            gc.enable()
        else:
            gc.disable()
        assert _seen_state() is False
        assert gc.isenabled() is enabled_before
    finally:
        if was:
            gc.enable()
        else:
            gc.disable()


def test_collector_is_restored_when_the_call_raises() -> None:
    assert gc.isenabled()
    with pytest.raises(ValueError, match="boom"):
        _fails()
    assert gc.isenabled()


def test_nested_pauses_restore_only_at_the_outermost() -> None:
    @collector_paused
    def outer() -> tuple[bool, bool]:
        inner_state = _seen_state()
        return inner_state, gc.isenabled()

    assert outer() == (False, False)
    assert gc.isenabled()
