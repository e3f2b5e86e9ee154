"""The shared files' models made to hold one object for each equal part.

The organisation, the programmes and the rubrics are held for a whole run, and a national
bloc's hold an entry for each of some 90,000 cells, twice (the tree and the programme). Each
entry validated by pydantic brings its own set of the names of the fields it was given
(216 bytes) and its own copy of each word it repeats: the cell's type, its parent's id, its
programme basis. Models are frozen (``models.common.Model``), so nothing changes these sets
or values after validation, and a copy (``model_copy``) makes its own set: one object for
all equal ones is safe, and 13 MB less at 30,000 cells (traced, ``benchmarks/memory.py``).
"""

from __future__ import annotations

from pydantic import BaseModel

_WORD_MAX = 64
"""Texts up to this long are shared: ids, types and bases repeat, names and notes rarely do."""


def compact(root: BaseModel) -> None:
    """Make the models under ``root`` share their equal sets of given fields and short texts."""
    sets: dict[frozenset[str], set[str]] = {}
    words: dict[str, str] = {}
    stack: list[BaseModel] = [root]
    while stack:
        model = stack.pop()
        given = model.__pydantic_fields_set__
        shared = sets.setdefault(frozenset(given), given)
        if shared is not given:
            object.__setattr__(model, "__pydantic_fields_set__", shared)
        values = model.__dict__
        for name, value in values.items():
            if type(value) is str:
                if len(value) <= _WORD_MAX:
                    # the same text, one object: the frozen model's value does not change
                    values[name] = words.setdefault(value, value)
            elif isinstance(value, BaseModel):
                stack.append(value)
            elif isinstance(value, (list, tuple)):
                stack.extend(item for item in value if isinstance(item, BaseModel))
            elif isinstance(value, dict):
                stack.extend(item for item in value.values() if isinstance(item, BaseModel))
