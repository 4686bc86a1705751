"""The README stays true: its commands, the CLI it documents, and CI's use of it."""

from __future__ import annotations

import re
from pathlib import Path

from variorum.cli import build_parser

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


def _command(marker: str) -> str:
    match = re.search(rf"<!-- {marker} -->\s*```sh\n(.+?)\n```", README, re.S)
    assert match, f"README has no {marker}"
    return match.group(1)


def test_readme_opens_with_the_two_commands() -> None:
    first = README.split("\n## ", 1)[0]
    assert "<!-- demo-command -->" in first and "<!-- test-command -->" in first


def test_both_commands_build_their_own_venv_and_pin_the_model() -> None:
    for marker in ("demo-command", "test-command"):
        cmd = _command(marker)
        assert cmd.startswith("python3 -m venv ")
        assert "--require-hashes" in cmd and "requirements/models.txt" in cmd
    assert "variorum collate examples/northgate" in _command("demo-command")
    assert "pytest" in _command("test-command")


def test_ci_runs_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "test-command" in ci and "README.md" in ci


def test_every_cli_command_and_option_is_documented() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, command in sub.choices.items():  # type: ignore[union-attr]
        assert f"variorum {name}" in README
        for action in command._actions:
            for flag in action.option_strings:
                if flag in ("-h", "--help", "--output"):
                    continue
                assert flag in README, f"{name} {flag} is not in the README"


def test_model_wheels_are_pinned_by_the_documented_hashes() -> None:
    pins = (REPO / "requirements" / "models.txt").read_text(encoding="utf-8")
    assert "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779" in pins
    emb = (REPO / "requirements" / "embeddings.txt").read_text(encoding="utf-8")
    assert "ec69288383455a95c45a341d4e2f243333a4016b83b55a87fcfab235ae5e4f2e" in emb
    assert "a49ad1d21a1183093a224001dc5b429bd2801b575947b6a5579eff4b74be3cc8" in emb
