"""Encoding and binary detection for input files."""

from __future__ import annotations

import codecs

import pytest

from variorum.ingest.decode import DecodeError, decode_bytes

WESTERN = "The café cost £2bn – “a bargain”, said Zoë.\n"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(WESTERN.encode("utf-8"), WESTERN, id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + WESTERN.encode("utf-8"), WESTERN, id="utf-8-bom"),
        pytest.param(WESTERN.encode("cp1252"), WESTERN, id="cp1252"),
        pytest.param("The café cost £2bn.".encode("latin-1"), "The café cost £2bn.", id="latin-1"),
        pytest.param(WESTERN.encode("utf-16"), WESTERN, id="utf-16-bom"),
        pytest.param(
            b"line one\r\nline two\rline three", "line one\nline two\nline three", id="crlf"
        ),
        pytest.param("Cafe\u0301".encode(), "Café", id="nfc"),
    ],
)
def test_decodes(data: bytes, expected: str) -> None:
    assert decode_bytes(data) == expected


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "NUL", id="png"),
        pytest.param(bytes(range(1, 32)) * 20, "control", id="controls"),
        pytest.param(b"text\x00with nul", "NUL", id="nul"),
    ],
)
def test_binary_is_refused(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(data)


def test_non_western_encoding_is_guessed() -> None:
    text = "Правительство заявило, что наводнение затронуло более трёхсот домов в городе. " * 3
    assert decode_bytes(text.encode("cp1251")) == text
