"""The canonical key layout of the three standard tables (SCHEMA.md §2) — one place.

Which rows and columns each table has in each template, so that the interpreter, the checks,
the completeness report, the writers and the tests all agree. Chinese labels live in
:mod:`ogi.interpret.labels`; this module knows only keys.
"""

from __future__ import annotations

from functools import lru_cache

TABLES = ("active_disclosure", "applications", "review_litigation")
LEGACY_TABLE = "legacy"

# ---------------------------------------------------------------- table 1 (主动公开)

#: Items and their columns, by template (the official 2019 and 2021 forms).
T1_COLUMNS_BY_TEMPLATE: dict[str, dict[str, tuple[str, ...]]] = {
    "2021": {
        "regulations": ("made", "repealed", "in_force"),
        "normative_documents": ("made", "repealed", "in_force"),
        "licensing": ("decisions",),
        "punishment": ("decisions",),
        "coercion": ("decisions",),
        "fees": ("amount_wan_yuan",),
    },
    "2019": {
        "regulations": ("made", "published", "total_published"),
        "normative_documents": ("made", "published", "total_published"),
        "licensing": ("prev_items", "change", "decisions"),
        "other_services": ("prev_items", "change", "decisions"),
        "punishment": ("prev_items", "change", "decisions"),
        "coercion": ("prev_items", "change", "decisions"),
        "fees": ("prev_items", "change"),
        "procurement": ("items", "amount_wan_yuan"),
    },
}

#: Items that exist only in the 2019 table 1.
T1_ITEMS_2019_ONLY = frozenset({"other_services", "procurement"})

# ---------------------------------------------------------------- table 2 (申请)

T2_COLUMNS = (
    "natural_person",
    "commercial",
    "research",
    "public_interest",
    "legal_service",
    "other_org",
    "total",
)
APPLICANT_COLUMNS = T2_COLUMNS[:-1]

#: Sub-rows of each result group, in printed order.
T2_GROUP_ROWS: dict[str, tuple[str, ...]] = {
    "results.denied": (
        "state_secret",
        "law_prohibited",
        "security_stability",
        "third_party",
        "internal_affairs",
        "process_info",
        "enforcement_file",
        "admin_query",
    ),
    "results.unable": ("not_held", "needs_creation", "unclear"),
    "results.not_processed": ("petition", "repeat", "publication", "excessive", "confirm_reissue"),
    "results.other": ("no_correction", "unpaid_fee", "misc"),
}

# ---------------------------------------------------------------- table 3 (复议、诉讼)

T3_GROUPS = ("review", "litigation_direct", "litigation_after_review")
T3_COLUMNS = ("maintained", "corrected", "other", "pending", "total")


# ---------------------------------------------------------------- expected keys


@lru_cache(maxsize=None)
def t1_keys(template: str) -> tuple[str, ...]:
    """Every key of table 1 in ``template`` ('2019' or '2021')."""
    return tuple(
        f"active_disclosure.{item}.{col}"
        for item, cols in T1_COLUMNS_BY_TEMPLATE[template].items()
        for col in cols
    )


@lru_cache(maxsize=None)
def t2_rows(template: str, other_as_rows: bool | None = None) -> tuple[str, ...]:
    """The leaf rows of table 2. (六)其他处理 is one row (``results.other.subtotal``) in the
    2019 form and three sub-rows in the 2021 form; ``other_as_rows`` overrides the template
    when the report shows which way it printed it."""
    if other_as_rows is None:
        other_as_rows = template == "2021"
    rows = ["new_received", "carried_over", "results.granted", "results.partial"]
    for group, subs in T2_GROUP_ROWS.items():
        if group == "results.other" and not other_as_rows:
            rows.append("results.other.subtotal")
            continue
        rows.extend(f"{group}.{s}" for s in subs)
    rows += ["results.total", "carried_forward"]
    return tuple(rows)


@lru_cache(maxsize=None)
def t2_keys(template: str, other_as_rows: bool | None = None) -> tuple[str, ...]:
    """Every key of table 2: each leaf row × the seven columns."""
    return tuple(
        f"applications.{row}.{col}"
        for row in t2_rows(template, other_as_rows)
        for col in T2_COLUMNS
    )


@lru_cache(maxsize=None)
def t3_keys() -> tuple[str, ...]:
    """The 15 keys of table 3 (the same in every template)."""
    return tuple(f"review_litigation.{g}.{c}" for g in T3_GROUPS for c in T3_COLUMNS)


def expected_keys(
    table: str, template: str, present: frozenset[str] = frozenset()
) -> tuple[str, ...]:
    """The keys ``table`` has in ``template``; ``present`` (the keys read) decides how
    (六)其他处理 was printed when the report shows it."""
    if table == "active_disclosure":
        return t1_keys(template)
    if table == "applications":
        return t2_keys(template, _other_as_rows(present))
    if table == "review_litigation":
        return t3_keys()
    raise ValueError(f"not a standard table: {table!r}")


_OTHER_SUB_ROWS = tuple(f"applications.results.other.{s}." for s in T2_GROUP_ROWS["results.other"])


def _other_as_rows(present: frozenset[str]) -> bool | None:
    if any(k.startswith(_OTHER_SUB_ROWS) for k in present):
        return True
    if any(k.startswith("applications.results.other.subtotal.") for k in present):
        return False
    return None


@lru_cache(maxsize=1)
def canonical_keys() -> frozenset[str]:
    """Every canonical statistic key of the standard tables, in any template, including the
    optional group subtotals."""
    keys: set[str] = set()
    for template in ("2019", "2021"):
        keys.update(t1_keys(template))
        keys.update(t2_keys(template, True))
        keys.update(t2_keys(template, False))
    for group in T2_GROUP_ROWS:
        keys.update(f"applications.{group}.subtotal.{c}" for c in T2_COLUMNS)
    keys.update(t3_keys())
    return frozenset(keys)


@lru_cache(maxsize=1)
def canonical_prefixes() -> frozenset[str]:
    """Every dotted prefix of a canonical key (``applications``, ``applications.results``…)."""
    out: set[str] = set()
    for key in canonical_keys():
        parts = key.split(".")
        out.update(".".join(parts[:i]) for i in range(1, len(parts)))
    return frozenset(out)


def is_known_key(key: str) -> bool:
    """Whether ``key`` names a canonical statistic or a group of them. Keys under
    ``legacy.`` (prose and 统计表 figures, including local extra rows) are all accepted."""
    return (
        key in canonical_keys()
        or key in canonical_prefixes()
        or key == LEGACY_TABLE
        or key.startswith(LEGACY_TABLE + ".")
    )
