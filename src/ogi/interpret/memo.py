"""Memoised one-argument functions that cost a dictionary lookup to call.

The interpreter asks the same questions of the same texts many times per report (the
matching form of a label, the cells of a ``0 |`` line, whether a cell is a value): a few
thousand calls per report. ``functools.lru_cache`` answers each in about 170 ns on this
project's machine, most of it building the key and keeping the recency order; a dictionary
subclass whose ``__missing__`` computes the answer, called through ``functools.partial``,
answers in about 45 ns. The answers are pure functions of the argument, so when a table is
full it is simply emptied (no recency order to keep): results never change, only what is
remembered.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable
from typing import Any, Generic, Protocol, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
K_contra = TypeVar("K_contra", bound=Hashable, contravariant=True)
V_co = TypeVar("V_co", covariant=True)


class Memoised(Protocol[K_contra, V_co]):
    """A memoised one-argument function (:func:`memoised`)."""

    def __call__(self, key: K_contra, /) -> V_co:
        """The answer for ``key``, computed once."""

    def cache_clear(self) -> None:
        """Forget every answer."""

    def cache_size(self) -> int:
        """How many answers are remembered."""


class _Answers(dict, Generic[K, V]):  # type: ignore[type-arg]
    """The answers of one function, computed on first lookup (bounded)."""

    __slots__ = ("fn", "maxsize")

    def __init__(self, fn: Callable[[K], V], maxsize: int) -> None:
        super().__init__()
        self.fn = fn
        self.maxsize = maxsize

    def __missing__(self, key: K) -> V:
        if len(self) >= self.maxsize:
            self.clear()
        value = self[key] = self.fn(key)
        return value


#: Every memoised function's answers, for :func:`clear_all`.
_TABLES: list[_Answers[Any, Any]] = []


def clear_all() -> None:
    """Forget the answers of every memoised function."""
    for table in _TABLES:
        table.clear()


def memoised(maxsize: int) -> Callable[[Callable[[K], V]], Memoised[K, V]]:
    """Decorator: ``fn`` memoised on its one (hashable) argument, at most ``maxsize``
    answers kept. The memoised function keeps ``fn``'s name and docstring, has
    ``cache_clear()`` (forget every answer) and ``cache_size()``, and ``__wrapped__`` is
    ``fn`` itself."""

    def wrap(fn: Callable[[K], V]) -> Memoised[K, V]:
        answers: _Answers[K, V] = _Answers(fn, maxsize)
        _TABLES.append(answers)
        call: Any = functools.partial(_Answers.__getitem__, answers)
        functools.update_wrapper(call, fn)
        call.cache_clear = answers.clear
        call.cache_size = answers.__len__
        return call  # type: ignore[no-any-return]

    return wrap
