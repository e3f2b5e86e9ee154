"""The registry of rule kinds: every module is one kind, and the rubric reads every kind."""

from __future__ import annotations

import pkgutil

from fourgood.scoring import rules
from fourgood.scoring.rules import KINDS

from .kit import rule


def test_every_module_is_one_kind_named_by_its_tag() -> None:
    modules = sorted(m.name for m in pkgutil.iter_modules(rules.__path__) if m.name != "base")
    assert sorted(cls.__module__.rsplit(".", 1)[1] for cls in KINDS.values()) == modules
    assert sorted(KINDS) == [
        "assessed", "bands", "deadline", "deduct", "levels", "proportion", "yes_no"
    ]  # fmt: skip


def test_the_tag_selects_the_kind() -> None:
    for name, cls in KINDS.items():
        assert cls.kind_name() == name
    assert type(rule({"kind": "deduct", "fact": "incidents", "per": 10})) is KINDS["deduct"]
