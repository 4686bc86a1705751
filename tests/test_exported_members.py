"""The public API is what ``__all__`` says: this fails when the two drift apart."""

import variorum


def test_all_is_sorted_and_complete() -> None:
    public = {name for name in dir(variorum) if not name.startswith("_")}
    # Subpackages and modules are importable but are not the public API.
    modules = {name for name in public if type(getattr(variorum, name)).__name__ == "module"}
    assert variorum.__all__ == sorted(variorum.__all__)
    assert set(variorum.__all__) - {"__version__"} == public - modules


def test_version_is_a_string() -> None:
    assert variorum.__version__.count(".") == 2
