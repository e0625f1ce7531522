"""Which reports exist, what each needs to be made, and making one.

A :class:`ReportKind` names a report, the guideline chapter it belongs to, the
parameters it asks for and its builder. Areas register their kinds when their
module is imported (``cbodesk.reports.financial`` for the cash book; members,
meetings and plans add theirs); :func:`kinds` imports them all. The Reports
page, the command line and the tests all go through :func:`build`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from cbodesk.domain.errors import UserCancelled
from cbodesk.domain.roles import Actor
from cbodesk.reports.model import Report
from cbodesk.storage.database import Cbo

# The modules that register report kinds, in the order the Reports page lists them.
_AREAS = ("cbodesk.reports.financial", "cbodesk.reports.members", "cbodesk.reports.plans",
          "cbodesk.reports.meetings")

# What a report can ask for before it is made.
Need = Literal[
    "period",       # date_from, date_to
    "on",           # one date (cash position)
    "account",      # account_id (required)
    "account_opt",  # account_id (optional: all accounts)
    "fund",         # fund_id (required)
    "fund_opt",     # fund_id (optional)
    "fiscal_year",  # fiscal_year
    "closing",      # closing_id: a monthly closing of an account
    "entry",        # entry_id: one cash-book entry (vouchers)
    "rate",         # optional exchange rate (riel per dollar) and its date
    "member_opt",   # member_id (optional: every member with entries in the period)
    "meeting",      # meeting_id: one meeting (its minutes, its attendance list)
    "activity_opt", # activity_id (optional: every activity of the plan)
    "meeting_kind_opt",  # meeting_kind (optional: meetings of every kind)
]


@dataclass(frozen=True)
class ReportParams:
    """Everything a person can choose before a report is made."""

    language: str = "en"
    khmer_digits: bool = False
    date_from: date | None = None
    date_to: date | None = None
    on: date | None = None
    account_id: int | None = None
    fund_id: int | None = None
    fiscal_year: int | None = None
    closing_id: int | None = None
    entry_id: int | None = None
    rate: Decimal | None = None  # riel per dollar, for a combined total
    rate_date: date | None = None
    member_id: int | None = None  # a member's statement
    meeting_id: int | None = None  # the minutes of one meeting
    activity_id: int | None = None  # one activity of a plan (M&E form)
    meeting_kind: str | None = None  # only meetings of this kind (domain.meetings.KINDS)


class Progress:
    """Reports how far a long report has got, and stops it when cancelled.

    *callback* receives (done, total); *cancelled* is checked at each step and
    a cancelled report raises :class:`UserCancelled` so nothing is written.
    """

    def __init__(self, callback: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> None:
        self._callback = callback
        self._cancelled = cancelled

    def step(self, done: int, total: int) -> None:
        if self._cancelled is not None and self._cancelled():
            raise UserCancelled()
        if self._callback is not None:
            self._callback(done, total)


NO_PROGRESS = Progress()

Builder = Callable[[Cbo, Actor, ReportParams, Progress], Report]


@dataclass(frozen=True)
class ReportKind:
    code: str  # "register", used by the command line: cbodesk report register …
    chapter: int  # the guideline chapter the report belongs to
    title: str  # N_("reports", …): translate for display
    description: str  # N_("reports", …)
    needs: frozenset[Need]
    builder: Builder
    financial: bool = False  # carries the book fingerprint and signature blocks
    default_language: str | None = None  # "km" for the notice-board summary
    action: str = "reports.view"  # the permission it needs


_KINDS: dict[str, ReportKind] = {}


def register(kind: ReportKind) -> ReportKind:
    if kind.code in _KINDS and _KINDS[kind.code] is not kind:
        raise ValueError(f"report kind {kind.code!r} registered twice")
    _KINDS[kind.code] = kind
    return kind


def kinds() -> list[ReportKind]:
    """Every report, ordered by chapter then as its area registered them."""
    for module in _AREAS:
        importlib.import_module(module)
    order = {code: i for i, code in enumerate(_KINDS)}
    return sorted(_KINDS.values(), key=lambda k: (k.chapter, order[k.code]))


def kind(code: str) -> ReportKind:
    for k in kinds():
        if k.code == code:
            return k
    raise UnknownReport(code)


class UnknownReport(LookupError):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def build(cbo: Cbo, actor: Actor, code: str, params: ReportParams,
          progress: Progress = NO_PROGRESS) -> Report:
    """Make the report *code*: checks the actor may see it, then runs its builder."""
    report_kind = kind(code)
    actor.require(report_kind.action)
    return report_kind.builder(cbo, actor, params, progress)

