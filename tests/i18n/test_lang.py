"""The reader's language: FOURGOOD_LANG, then the POSIX locale variables, else English."""

from __future__ import annotations

import pytest

from fourgood.i18n.lang import LANGS, detect_lang


def test_the_two_languages() -> None:
    assert LANGS == ("en", "vi")


def test_english_without_any_setting() -> None:
    assert detect_lang({}) == "en"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"FOURGOOD_LANG": "vi"}, "vi"),
        ({"FOURGOOD_LANG": " VI "}, "vi"),  # case and spaces do not matter
        ({"FOURGOOD_LANG": "en", "LANG": "vi_VN.UTF-8"}, "en"),  # it outranks the locale
        ({"FOURGOOD_LANG": "fr", "LANG": "vi_VN.UTF-8"}, "vi"),  # unknown: the locale decides
        ({"FOURGOOD_LANG": "", "LANG": "vi_VN.UTF-8"}, "vi"),
    ],
)
def test_fourgood_lang_comes_first(environ: dict[str, str], expected: str) -> None:
    assert detect_lang(environ) == expected


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "vi_VN.UTF-8"}, "vi"),
        ({"LANG": "vi"}, "vi"),
        ({"LANG": "VI_VN"}, "vi"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),  # neither: English
        ({"LC_MESSAGES": "vi_VN", "LANG": "en_US"}, "vi"),
        ({"LC_ALL": "en_US", "LC_MESSAGES": "vi_VN", "LANG": "vi_VN"}, "en"),
        ({"LC_ALL": "vi_VN", "LC_MESSAGES": "en_US"}, "vi"),
        ({"LANGUAGE": "vi:en", "LC_ALL": "en_US"}, "vi"),  # GNU's list of preferences first
        ({"LANGUAGE": "en:vi", "LANG": "vi_VN"}, "en"),  # only its first entry counts
        ({"LANGUAGE": "", "LC_ALL": "", "LANG": "vi_VN"}, "vi"),  # empty variables are unset
        ({"LANGUAGE": "fr", "LANG": "vi_VN"}, "en"),  # the first set variable decides
    ],
)
def test_the_locale_in_posix_order(environ: dict[str, str], expected: str) -> None:
    assert detect_lang(environ) == expected


def test_the_process_environment_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FOURGOOD_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert detect_lang() == "en"
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")
    assert detect_lang() == "vi"
    monkeypatch.setenv("FOURGOOD_LANG", "en")
    assert detect_lang() == "en"
