"""Shared fixtures: small hand-written articles, and the repository's paths."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLE = REPO / "examples" / "northgate"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data where it exists (CI has it beside the clone); skip where it does not."""
    data = SHARED / "data"
    if not data.is_dir():
        pytest.skip("../shared/data is not beside this checkout")
    return data
