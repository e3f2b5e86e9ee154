"""``--redact``: stable pseudonyms, keyed by FOURGOOD_REDACT_KEY, shown in place of names."""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterator
from datetime import date

import pytest

from fourgood.i18n.message import Person, msg
from fourgood.i18n.redaction import pseudonym, redacting, set_redaction
from fourgood.i18n.render import render


@pytest.fixture(autouse=True)
def _not_redacting(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("FOURGOOD_REDACT_KEY", raising=False)
    yield
    set_redaction(False)


def test_a_pseudonym_in_each_language() -> None:
    # HMAC-SHA256 of the id under the default key, first six hex digits, upper case
    expected = hmac.new(b"fourgood", b"TP-001", hashlib.sha256).hexdigest()[:6].upper()
    assert expected == "5970C1"
    assert pseudonym("TP-001", "en") == "Member #5970C1"
    assert pseudonym("TP-001", "vi") == "Đảng viên #5970C1"


def test_the_same_member_always_gets_the_same_pseudonym() -> None:
    first = pseudonym("TP-002", "en")
    assert pseudonym("TP-002", "en") == first
    assert re.fullmatch(r"Member #[0-9A-F]{6}", first)
    assert first != pseudonym("TP-001", "en")
    assert pseudonym("TP-002", "vi").removeprefix("Đảng viên ") == first.removeprefix("Member ")


def test_the_key_changes_every_pseudonym(monkeypatch: pytest.MonkeyPatch) -> None:
    default = [pseudonym(f"TP-00{i}", "en") for i in range(1, 6)]
    monkeypatch.setenv("FOURGOOD_REDACT_KEY", "bloc secret")
    keyed = [pseudonym(f"TP-00{i}", "en") for i in range(1, 6)]
    assert not set(default) & set(keyed)
    code = hmac.new(b"bloc secret", b"TP-001", hashlib.sha256).hexdigest()[:6].upper()
    assert keyed[0] == f"Member #{code}"
    assert [pseudonym(f"TP-00{i}", "en") for i in range(1, 6)] == keyed  # stable under the key


def test_redaction_is_off_until_asked_for() -> None:
    assert redacting() is False
    set_redaction(True)
    assert redacting() is True
    set_redaction(False)
    assert redacting() is False


def test_people_in_messages_are_named_or_pseudonymous() -> None:
    message = msg("why.unexcused", name=Person("TP-001", "Nguyễn Văn An"), day=date(2023, 10, 12))
    named = render(message, "vi")
    assert "Nguyễn Văn An" in named
    set_redaction(True)
    hidden = render(message, "vi")
    assert "Nguyễn Văn An" not in hidden
    assert hidden == named.replace("Nguyễn Văn An", "Đảng viên #5970C1")
    assert "Member #5970C1" in render(message, "en")
