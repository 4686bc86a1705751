"""Bytes to text: encoding detection, binary detection, newline normalisation.

News copied off the web arrives as UTF-8 most of the time, as Windows-1252 / Latin-1 the
rest (old CMS exports, Windows editors). The order of attempts follows that: a byte-order
mark decides outright, then strict UTF-8, then cp1252 when the result reads as Western text,
and only then charset-normalizer's guess. charset-normalizer alone misreads short Western
text ("£2bn" comes out as "Ł2bn" under cp1250), which is why it is the last resort.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control characters other than tab, newline, carriage return and form feed (C0, DEL, C1):
# text has almost none, binary formats are full of them.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_SHARE = 0.02
# Share of non-ASCII letters above which a cp1252 reading is more likely mojibake of some
# other code page (Cyrillic, Greek, ...) than Western text with a few accents.
_MAX_WESTERN_NON_ASCII_SHARE = 0.3


class DecodeError(Exception):
    """The bytes are not text variorum can read; the message says why and what to do."""


def decode_bytes(data: bytes) -> str:
    """Decode ``data`` to text with ``\\n`` newlines and NFC-composed characters.

    Raises ``DecodeError`` for binary content or bytes no encoding reads cleanly.
    """
    text = _decode(data)
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise DecodeError("binary content (control characters), not text: give a text file")
    return normalise_text(text)


def normalise_text(text: str) -> str:
    """Unify newlines to ``\\n`` and compose characters (NFC), so offsets are stable."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _decode(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as err:
                raise DecodeError(
                    f"starts with a {encoding} byte-order mark but is not {encoding}: "
                    "re-save it as UTF-8"
                ) from err
    if b"\x00" in data:
        raise DecodeError("binary content (NUL bytes), not text: give a text file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _reads_as_western(western):
        return western
    guessed = _guess(data)
    if guessed is not None:
        return guessed
    if western is not None:
        return western
    # Latin-1 maps every byte; it is a reading of last resort, kept only when it is text.
    return data.decode("latin-1")


def _guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # deferred: only the rare non-UTF-8 file pays

    best = from_bytes(data).best()
    if best is None:
        return None
    return str(best)


def _reads_as_western(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return True
    non_ascii = sum(1 for c in letters if not c.isascii())
    return non_ascii / len(letters) <= _MAX_WESTERN_NON_ASCII_SHARE


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return sum(1 for _ in _CONTROLS.finditer(text)) / len(text)
