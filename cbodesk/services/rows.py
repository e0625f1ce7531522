"""Raw query results read the same on SQLite and PostgreSQL, shared by the services.

SQLite hands back dates, timestamps and raw aggregates (``MIN``, ``MAX``) as ISO
text, PostgreSQL as ``date``/``datetime``; ``SUM`` of a bigint is a ``Decimal`` on
PostgreSQL and an ``int`` on SQLite, and ``NULL`` when there are no rows.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

import peewee as pw

if TYPE_CHECKING:
    from cbodesk.storage.database import Cbo

__all__ = ["as_date", "as_datetime", "as_int", "first_locked", "last_saved", "month_of", "now",
           "opt_date", "opt_datetime", "tuples", "year_month"]


def now() -> datetime:
    """The time to store: UTC, naive, in whole seconds (so the stored value and the hashed value
    are the same)."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def tuples(query: Any) -> list[tuple[Any, ...]]:
    """The rows of *query* as plain tuples (peewee's stubs type them as model instances)."""
    return list(query.tuples())


def as_int(value: object) -> int:
    """A count or sum as an int: 0 for NULL (no rows)."""
    return int(value) if value is not None else 0  # type: ignore[call-overload]


def as_date(value: object) -> date:
    """A stored date (ISO text on SQLite, a timestamp's date taken) as a date."""
    if type(value) is str:  # SQLite: ISO text, the usual case first
        return date.fromisoformat(value[:10])
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def opt_date(value: object) -> date | None:
    """:func:`as_date`, or None for NULL."""
    return None if value is None else as_date(value)


def month_of(cbo: Cbo, column: pw.Field) -> pw.Node:
    """The SQL expression of the month of the date *column*, to group by; :func:`year_month`
    reads it back.

    Literals rather than parameters: PostgreSQL matches a grouped expression to
    the selected one by its text, and two parameters would not be the same text.
    """
    if cbo.is_postgres:
        return pw.fn.date_trunc(pw.SQL("'month'"), column.cast("timestamp"))
    # ISO text: "2026-03-14" → "2026-03"; no function call per row beyond substr.
    return pw.fn.substr(column, pw.SQL("1"), pw.SQL("7"))


def year_month(value: object) -> tuple[int, int]:
    """(year, month) of a value of :func:`month_of`."""
    if isinstance(value, (date, datetime)):
        return value.year, value.month
    text = str(value)
    return int(text[:4]), int(text[5:7])


def as_datetime(value: object) -> datetime:
    """A stored timestamp (ISO text on SQLite) as a datetime."""
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def opt_datetime(value: object) -> datetime | None:
    """:func:`as_datetime`, or None for NULL."""
    return None if value is None else as_datetime(value)


def first_locked(cbo: Cbo, query: Any) -> Any:
    """The first row of *query* (None when there is none), locked until the transaction ends on
    PostgreSQL; on SQLite the exclusive transaction has the whole file already."""
    return (query.for_update() if cbo.is_postgres else query).first()


def last_saved(row: Any) -> tuple[str, datetime | None]:
    """Who saved *row* last and when (its creator, if nobody changed it since), as a
    :class:`~cbodesk.domain.errors.ChangedMeanwhile` names them."""
    return row.updated_by or row.created_by or "?", opt_datetime(row.updated_at or row.created_at)
