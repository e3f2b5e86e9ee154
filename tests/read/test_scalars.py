"""Plain scalars under YAML 1.2 (as ruamel reads them, dates kept as text), and NFC text."""

from __future__ import annotations

import math
import unicodedata

import pytest

from fourgood.read.scalars import nfc, resolve_plain


def test_yaml_1_1_words_are_text() -> None:
    assert resolve_plain("yes") == "yes"
    assert resolve_plain("no") == "no"
    assert resolve_plain("1:20") == "1:20"
    assert resolve_plain("0123") == 123
    assert resolve_plain("true") is True


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("", None),
        ("~", None),
        ("null", None),
        ("Null", None),
        ("NULL", None),
        ("nULL", "nULL"),
        ("true", True),
        ("True", True),
        ("TRUE", True),
        ("false", False),
        ("FALSE", False),
        ("tRUE", "tRUE"),
        ("on", "on"),
        ("off", "off"),
        ("y", "y"),
        ("0", 0),
        ("-3", -3),
        ("+7", 7),
        ("1_000", 1000),
        ("0o17", 15),
        ("017", 17),  # a leading zero alone is decimal in YAML 1.2
        ("0x1F", 31),
        ("-0x10", -16),
        ("0b101", 5),
        ("3.5", 3.5),
        ("-.5", -0.5),
        ("1e3", 1000.0),
        ("6.8523015e+5", 685230.15),
        ("1.", 1.0),
        (".inf", math.inf),
        ("-.Inf", -math.inf),
        ("0b_", "0b_"),  # looks like a number, is not one: kept as the text written
        ("2023-01-05", "2023-01-05"),  # no timestamps: the models parse dates
        ("12/05/2001", "12/05/2001"),
        ("HTXSNV", "HTXSNV"),
        ("Nguyễn Văn An", "Nguyễn Văn An"),
    ],
)
def test_plain_scalars(text: str, value: object) -> None:
    got = resolve_plain(text)
    assert type(got) is type(value)
    assert got == value


def test_not_a_number() -> None:
    assert math.isnan(resolve_plain(".nan"))
    assert math.isnan(resolve_plain(".NaN"))
    assert resolve_plain("-.nan") == "-.nan"


def test_text_becomes_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Nguyễn Văn An")
    assert nfd != "Nguyễn Văn An"
    assert nfc(nfd) == "Nguyễn Văn An"
    assert unicodedata.is_normalized("NFC", nfc(nfd))


def test_text_already_in_nfc_is_returned_as_it_is() -> None:
    ascii_text = "van-phong"
    assert nfc(ascii_text) is ascii_text
    vietnamese = "Chi bộ Văn phòng"
    assert nfc(vietnamese) is vietnamese
    assert nfc("") == ""
