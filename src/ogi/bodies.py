"""Which reports come from the same body (docs/across.md, "Bodies across years").

A body is identified by

1. its **organization key** (:func:`organization_key`): the printed organization name,
   NFKC-normalised, without spaces and punctuation, with the suffix rules of
   ``labels.ORG_KEY_SUFFIXES`` (青禾县人民政府 = 青禾县政府 = 青禾县; 青禾县人民政府办公室 is
   another body);
2. a user **alias file** for renamed or differently spelled bodies (:func:`load_aliases`);
3. the **索引号 prefix** (:func:`index_code`), the body's code in the disclosure catalogue,
   often its 统一社会信用代码: two name groups that share a code are one body when they
   never report for the same year (two bodies that share a portal's code would).

This module is the one place for that rule; ``meta.organization_key`` and every command that
works across reports use it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ogi.errors import OgiError
from ogi.interpret import labels as L

_MIN_CODE_LENGTH = 6
_MIN_CODE_DIGITS = 4


def organization_key(name: str | None) -> str | None:
    """The normalised identity of a printed organization name, or None when there is none.

    >>> organization_key("青禾县 人民政府"), organization_key("青禾县政府办")
    ('青禾县', '青禾县人民政府办公室')
    """
    if not name:
        return None
    key = _bare(name)
    for pattern, replacement in L.ORG_KEY_SUFFIXES:
        key, count = pattern.subn(replacement, key)
        if count:
            break
    return key or None


def local_body(name: str | None) -> bool:
    """Whether a printed organization is a body of a county or below (a township, a street,
    a county or district government or one of its departments), which makes no 规章.

    >>> local_body("青禾市东城区住房和城乡建设局"), local_body("青禾市住房和城乡建设局")
    (True, False)
    """
    if not name:
        return False
    return L.LOCAL_BODY_RE.search(_bare(name)) is not None


def _bare(name: str) -> str:
    """A printed name NFKC-normalised, without spaces and punctuation."""
    return L.ORG_KEY_DROP.sub("", L.nfkc(name))


def index_code(index_no: str | None) -> str | None:
    """The body code at the head of a 索引号, or None when it is too weak to identify a body.

    ``11341702486344515H/202110-00013`` → ``uscc:11341702486344515H``;
    ``4311030021/2023-05993`` → ``index:4311030021``; ``bgs01/2023-00011`` → None (a
    local abbreviation that many portals reuse)."""
    if not index_no:
        return None
    text = L.nfkc(index_no).strip()
    head = text.split("/", 1)[0] if "/" in text else text[:18]
    head = head.strip().strip("-").upper()
    if L.USCC_RE.match(head):
        return f"uscc:{head}"
    if "/" not in text or len(head) < _MIN_CODE_LENGTH:
        return None
    if sum(ch.isdigit() for ch in head) < _MIN_CODE_DIGITS:
        return None
    return f"index:{head}"


def load_aliases(path: str | Path) -> dict[str, str]:
    """Read an alias file: one ``old name = new name`` per line (``#`` starts a comment;
    a tab or a comma also separates). Both sides are normalised with
    :func:`organization_key`, so any printed spelling works. Returns old key → new key."""
    aliases: dict[str, str] = {}
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise OgiError(f"cannot read the alias file: {exc.strerror}", path=str(path)) from None
    for number, line in enumerate(lines, start=1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        parts = [p.strip() for p in re.split(r"\s*[=\t,]\s*", text, maxsplit=1)]
        old, new = (organization_key(p) for p in (parts + [""])[:2])
        if not old or not new:
            raise OgiError(
                f"line {number}: expected 'old name = new name', got {line!r}", path=str(path)
            )
        aliases[old] = new
    return aliases


def canonical_key(key: str | None, aliases: Mapping[str, str]) -> str | None:
    """Follow the alias chain from ``key`` (renamed twice is fine; a cycle stops)."""
    seen: set[str] = set()
    while key is not None and key in aliases and key not in seen:
        seen.add(key)
        key = aliases[key]
    return key


@dataclass(frozen=True)
class BodyRef:
    """What identifies the body of one report."""

    ref: str
    organization_key: str | None
    index_no: str | None
    year: int | None


def resolve_bodies(refs: Iterable[BodyRef], aliases: Mapping[str, str]) -> dict[str, str | None]:
    """The body of every report (``ref`` → body id; None when nothing identifies it).

    The body id is the (aliased) organization key of the body's latest report."""
    refs = list(refs)
    group_of = {r.ref: _group_key(r, aliases) for r in refs}
    groups = _Groups(refs, group_of)
    for members in _code_groups(refs, group_of).values():
        groups.link_disjoint(sorted(members))
    best = groups.latest_names()
    return {r.ref: _body(group_of[r.ref], groups, best) for r in refs}


def _body(group: str | None, groups: _Groups, best: dict[str, str]) -> str | None:
    return None if group is None else best[groups.find(group)]


def _group_key(ref: BodyRef, aliases: Mapping[str, str]) -> str | None:
    """A report's name group: its aliased organization key, else its 索引号 code."""
    return canonical_key(ref.organization_key, aliases) or index_code(ref.index_no)


def _code_groups(refs: list[BodyRef], group_of: dict[str, str | None]) -> dict[str, set[str]]:
    by_code: dict[str, set[str]] = defaultdict(set)
    for r in refs:
        code, group = index_code(r.index_no), group_of[r.ref]
        if code is not None and group is not None:
            by_code[code].add(group)
    return by_code


class _Groups:
    """Union-find over name groups, keeping each root's report years."""

    def __init__(self, refs: list[BodyRef], group_of: dict[str, str | None]) -> None:
        self.parent: dict[str, str] = {}
        self.years: dict[str, set[int]] = defaultdict(set)
        self.latest: dict[str, tuple[int, str]] = {}
        for r in refs:
            group = group_of[r.ref]
            if group is None:
                continue
            self.parent.setdefault(group, group)
            if r.year is not None:
                self.years[group].add(r.year)
            self.latest[group] = max(self.latest.get(group, (0, group)), (r.year or 0, group))

    def find(self, g: str) -> str:
        """The root of ``g``'s set."""
        while self.parent[g] != g:
            self.parent[g] = self.parent[self.parent[g]]
            g = self.parent[g]
        return g

    def link_disjoint(self, members: list[str]) -> None:
        """Join groups sharing a code, unless two of them report for the same year."""
        for other in members[1:]:
            a, b = self.find(members[0]), self.find(other)
            if a != b and not (self.years[a] & self.years[b]):
                self.parent[b] = a
                self.years[a] |= self.years.pop(b)
                self.latest[a] = max(self.latest[a], self.latest.pop(b))

    def latest_names(self) -> dict[str, str]:
        """Root → the group name of its latest report (the body id)."""
        return {root: name for root, (_year, name) in self.latest.items()}
