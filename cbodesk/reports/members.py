"""The member reports (guideline chapter 3, and the committee of chapter 1): their data
builders and kinds.

Member list, membership statistics, committee list with terms, contributions
paid and due, and a member's statement. They are printed for the general
assembly, for partner NGOs and for members themselves, so none of them carries
a member's personal details (phone, national ID card, IDPoor status): the
service functions they read (``members.read_*``) never hand them out.

Figures come from the services, which count in SQL; each builder runs inside
the one read snapshot :func:`cbodesk.reports.common.builder` opens. Riel and
dollars stay apart: contributions and statements have a table per currency.

Importing this module registers its kinds (``registry._AREAS`` names it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from cbodesk.domain import members as dm
from cbodesk.domain.errors import InvalidInput, Problem
from cbodesk.domain.money import Currency, Money
from cbodesk.i18n import N_, by_language
from cbodesk.reports.common import (
    ReportContext,
    make_report,
    name_columns,
    on_text,
    report_kind,
    require,
)
from cbodesk.reports.model import (
    Block,
    Cell,
    Chart,
    Column,
    KeyFigure,
    KeyFigures,
    PageBreak,
    Paragraph,
    Report,
    Row,
    Section,
    Series,
    Table,
)
from cbodesk.reports.registry import Progress
from cbodesk.services import members as ms

CHAPTER_INSTITUTION = 1
CHAPTER_MEMBERSHIP = 3

_PROGRESS_EVERY = 500


# --- shared pieces -------------------------------------------------------------------


def _label(ctx: ReportContext, labels: dict[str, str], code: str) -> str:
    return ctx.label("members", labels, code)


def _sex(ctx: ReportContext, sex: str) -> str:
    return _label(ctx, dm.SEXES, sex)


def _status(ctx: ReportContext, status: str) -> str:
    return _label(ctx, dm.STATUSES, status)


def _position(ctx: ReportContext, code: str, title: str = "") -> str:
    if code == "other" and title:
        return title
    label = _label(ctx, {p.code: p.label for p in dm.POSITIONS}, code)
    return f"{label} ({title})" if title else label


def _village(ctx: ReportContext, km: str, en: str) -> str:
    return by_language(ctx.language, km, en)


def _privacy_note(ctx: ReportContext) -> Paragraph:
    return Paragraph(ctx.tr(N_("reports", "Members' phone numbers, ID cards and IDPoor status are not "
                                          "printed in reports.")), "note")


def _currencies(*amounts: Iterable[dict[Currency, Money]]) -> list[Currency]:
    """The currencies that occur in any of *amounts*, riel first."""
    found = {c for group in amounts for money in group for c in money}
    return [c for c in Currency if c in found]


def _money_col(title: str, currency: Currency, *, summed: bool = True) -> Column:
    return Column(title, "money", 1.5, currency, summed=summed)


def _sex_table(ctx: ReportContext, title: str, first_title: str, rows: Sequence[tuple[str, int, int]],
               sheet: str) -> Table:
    """Women | Men | Total for each row, with the totals."""
    women = sum(r[1] for r in rows)
    men = sum(r[2] for r in rows)
    total_label = ctx.tr(N_("reports", "Total"))
    return Table(
        columns=(Column(first_title, "text", 3.0),
                 Column(ctx.tr(N_("reports", "Women")), "number", 1.0, summed=True),
                 Column(ctx.tr(N_("reports", "Men")), "number", 1.0, summed=True),
                 Column(ctx.tr(N_("reports", "Total")), "number", 1.0, summed=True)),
        rows=[(label, f, m, f + m) for label, f, m in rows],
        title=title, totals=(total_label, women, men, women + men), totals_label=total_label,
        sheet_name=sheet)


# --- member list ---------------------------------------------------------------------------


def _member_list(ctx: ReportContext, progress: Progress) -> Report:
    today = ctx.generated_at.date()
    rows = ms.read_register(ctx.cbo, ms.MemberFilter(statuses=ms.CURRENT), today=today)
    tr = ctx.tr
    cells: list[Sequence[Cell]] = []
    for done, row in enumerate(rows):
        if done % _PROGRESS_EVERY == 0:
            progress.step(done, len(rows))
        first, second = ctx.names(row.name_km, row.name_latin)
        cells.append((row.number, first, second, _sex(ctx, row.sex), row.age,
                      _village(ctx, row.village_km, row.village_en), row.joined_on,
                      _status(ctx, row.status), ", ".join(_position(ctx, p) for p in row.positions)))
    progress.step(len(rows), len(rows))
    first_col, second_col = name_columns(ctx)
    table = Table(
        columns=(Column(tr(N_("reports", "No.")), "number", 0.7), first_col, second_col,
                 Column(tr(N_("reports", "Sex")), "text", 0.9), Column(tr(N_("reports", "Age")), "number", 0.6),
                 Column(tr(N_("reports", "Village")), "text", 1.8),
                 Column(tr(N_("reports", "Joined")), "date", 1.2),
                 Column(tr(N_("reports", "Status")), "text", 1.0),
                 Column(tr(N_("reports", "Committee")), "text", 1.6)),
        rows=cells, sheet_name=tr(N_("reports", "Members")))
    women = sum(1 for r in rows if r.sex == "F")
    figures = KeyFigures((
        KeyFigure(tr(N_("reports", "Members")), len(rows), emphasis=True),
        KeyFigure(tr(N_("reports", "Women")), women),
        KeyFigure(tr(N_("reports", "Men")), len(rows) - women),
        KeyFigure(tr(N_("reports", "Active")), sum(1 for r in rows if r.status == "active")),
    ))
    intro = Paragraph(tr(N_("reports", "Every member who has not left the CBO, by member number. Members "
                                       "who left or died are in the register but not on this list.")),
                      "note")
    return make_report(ctx, [Section("", (figures, intro, table, _privacy_note(ctx)))],
                       period=on_text(ctx, today), orientation="landscape")


# --- membership statistics ---------------------------------------------------------------


def _member_stats(ctx: ReportContext, progress: Progress) -> Report:
    p = ctx.params
    require(p, "on")
    assert p.on is not None
    tr = ctx.tr
    stats = ms.read_statistics(ctx.cbo, p.on)
    progress.step(1, 2)
    members = stats.by_village
    figures = KeyFigures((
        KeyFigure(tr(N_("reports", "Members")), members.women + members.men, emphasis=True),
        KeyFigure(tr(N_("reports", "Women")), members.women),
        KeyFigure(tr(N_("reports", "Men")), members.men),
        KeyFigure(tr(N_("reports", "Joined this year")),
                  sum(f + m for y, f, m in stats.by_year_joined.rows if y == str(p.on.year))),
    ), title=tr(N_("reports", "Members (active and inactive)")))
    age_rows = [(ctx.translate("members", dm.AGE_UNKNOWN if key == "" else dm.AGE_GROUPS[int(key)][2]), f, m)
                for key, f, m in stats.by_age.rows]
    village_rows = [(stats.villages[int(key)].label(ctx.language) if int(key) in stats.villages else key, f, m)
                    for key, f, m in stats.by_village.rows]
    status_rows = [(_status(ctx, key), f, m) for key, f, m in stats.by_status.rows]
    year_rows = [(key, f, m) for key, f, m in stats.by_year_joined.rows]
    women, men = tr(N_("reports", "Women")), tr(N_("reports", "Men"))
    blocks: list[Block] = [
        figures,
        _sex_table(ctx, tr(N_("reports", "By age group")), tr(N_("reports", "Age group")), age_rows,
                   tr(N_("reports", "Age"))),
        Chart("bar", [r[0] for r in age_rows],
              (Series(women, [Decimal(r[1]) for r in age_rows]), Series(men, [Decimal(r[2]) for r in age_rows])),
              title=tr(N_("reports", "Members by age group"))),
        _sex_table(ctx, tr(N_("reports", "By village")), tr(N_("reports", "Village")), village_rows,
                   tr(N_("reports", "Villages"))),
        Chart("bar", [r[0] for r in village_rows],
              (Series(women, [Decimal(r[1]) for r in village_rows]),
               Series(men, [Decimal(r[2]) for r in village_rows])),
              title=tr(N_("reports", "Members by village"))),
        _sex_table(ctx, tr(N_("reports", "By status (everyone who has joined)")), tr(N_("reports", "Status")),
                   status_rows, tr(N_("reports", "Status"))),
        _sex_table(ctx, tr(N_("reports", "By year joined (everyone who has joined)")),
                   tr(N_("reports", "Year joined")), year_rows, tr(N_("reports", "Year joined"))),
        Paragraph(tr(N_("reports", "Ages are counted on the day of the report; a member whose date of "
                                   "birth is not known is counted by the year of birth.")), "note"),
    ]
    progress.step(2, 2)
    return make_report(ctx, [Section("", blocks)], period=on_text(ctx, p.on))


# --- committee list ------------------------------------------------------------------------


def _committee_list(ctx: ReportContext, progress: Progress) -> Report:
    tr = ctx.tr
    today = ctx.generated_at.date()
    current = ms.read_committee(ctx.cbo, today)
    history = ms.read_committee_history(ctx.cbo)
    progress.step(1, 2)
    name_title = tr(N_("reports", "Name"))
    current_table = Table(
        columns=(Column(tr(N_("reports", "Position")), "text", 2.0), Column(name_title, "text", 2.5),
                 Column(tr(N_("reports", "No.")), "number", 0.7), Column(tr(N_("reports", "Sex")), "text", 0.9),
                 Column(tr(N_("reports", "Since")), "date", 1.2), Column(tr(N_("reports", "Until")), "date", 1.2),
                 Column(tr(N_("reports", "Note")), "text", 2.5)),
        rows=[(_position(ctx, t.position, t.title), " · ".join(n for n in ctx.names(t.name_km, t.name_latin) if n),
               t.number, _sex(ctx, t.sex), t.started_on, t.ended_on, t.note) for t in current],
        title=tr(N_("reports", "The committee today")), sheet_name=tr(N_("reports", "Committee")))
    women = sum(1 for t in {t.member_id: t for t in current}.values() if t.sex == "F")
    people = len({t.member_id for t in current})
    figures = KeyFigures((
        KeyFigure(tr(N_("reports", "Committee members")), people, emphasis=True),
        KeyFigure(tr(N_("reports", "Women")), women),
        KeyFigure(tr(N_("reports", "Men")), people - women),
    ))
    rows: list[Row | Sequence[Cell]] = []
    last_position = None
    for t in history:
        key = (t.position, t.title)
        if key != last_position:
            rows.append(Row((_position(ctx, t.position, t.title), None, None, None, None, None), "heading"))
            last_position = key
        cells = ("", " · ".join(n for n in ctx.names(t.name_km, t.name_latin) if n), t.number,
                 t.started_on, t.ended_on, t.end_reason)
        rows.append(cells if t.holds_on(today) else Row(cells, "muted"))
    history_table = Table(
        columns=(Column(tr(N_("reports", "Position")), "text", 1.8), Column(name_title, "text", 2.5),
                 Column(tr(N_("reports", "No.")), "number", 0.7), Column(tr(N_("reports", "From")), "date", 1.2),
                 Column(tr(N_("reports", "To")), "date", 1.2),
                 Column(tr(N_("reports", "Why it ended")), "text", 2.5)),
        rows=rows, title=tr(N_("reports", "Every term since the first committee")),
        sheet_name=tr(N_("reports", "Terms")))
    progress.step(2, 2)
    blocks: list[Block] = [figures, current_table]
    if not current:
        blocks.append(Paragraph(tr(N_("reports", "No committee is recorded for today.")), "body"))
    return make_report(ctx, [Section("", blocks), Section(tr(N_("reports", "History")), (history_table,))],
                       period=on_text(ctx, today), orientation="landscape")


# --- contributions ------------------------------------------------------------------------------


def _fee_text(ctx: ReportContext, rates: Sequence[dm.FeeRate]) -> str:
    if not rates:
        return ctx.tr(N_("reports", "No membership fee is set: nothing is due."))
    parts = [ctx.tr(N_("reports", "{amount} {period} from {date}"), amount=ctx.money(r.amount),
                    period=ctx.translate("members", dm.FEE_PERIODS[r.period]), date=ctx.day(r.valid_from))
             for r in rates]
    return ctx.tr(N_("reports", "Membership fee: {rates}."), rates="; ".join(parts))


def _contributions(ctx: ReportContext, progress: Progress) -> Report:
    p = ctx.params
    require(p, "date_from", "date_to")
    assert p.date_from is not None and p.date_to is not None
    tr = ctx.tr
    data = ms.read_contributions(ctx.cbo, until=p.date_to, since=p.date_from)
    progress.step(1, 2)
    sections: list[Section] = []
    intro = Paragraph(tr(N_("reports", "Due: the fee of every period in which the member was active. Paid: "
                                       "the membership fees received from the member in the cash book. "
                                       "Still owed: everything due since the first fee, less everything "
                                       "paid (a minus sign: paid ahead).")), "note")
    sections.append(Section("", (Paragraph(_fee_text(ctx, data.rates), "body"), intro)))
    for currency in _currencies(*[(c.due, c.paid, c.owed) for c in data.members]):
        zero = Money.zero(currency)
        rows: list[Sequence[Cell]] = []
        sums = [0, 0, 0]
        owing = 0
        for c in data.members:
            due = c.due_in_period.get(currency, zero)
            paid = c.paid_in_period.get(currency, zero)
            owed = c.owed.get(currency, zero)
            if due.is_zero() and paid.is_zero() and owed.is_zero():
                continue
            first, second = ctx.names(c.name_km, c.name_latin)
            rows.append((c.number, first or second, _village(ctx, c.village_km, c.village_en),
                         _status(ctx, c.status), due, paid, owed))
            for i, amount in enumerate((due, paid, owed)):
                sums[i] += amount.to_minor()
            owing += owed.amount > 0
        totals = [Money.from_minor(m, currency) for m in sums]
        total_label = tr(N_("reports", "Total"))
        table = Table(
            columns=(Column(tr(N_("reports", "No.")), "number", 0.7), Column(tr(N_("reports", "Name")), "text", 2.6),
                     Column(tr(N_("reports", "Village")), "text", 1.8), Column(tr(N_("reports", "Status")), "text", 1.0),
                     _money_col(tr(N_("reports", "Due in the period")), currency),
                     _money_col(tr(N_("reports", "Paid in the period")), currency),
                     _money_col(tr(N_("reports", "Still owed")), currency)),
            rows=rows, totals=(total_label, None, None, None, *totals), totals_label=total_label,
            sheet_name=f"{tr(N_('reports', 'Contributions'))} {currency.code}")
        figures = KeyFigures((
            KeyFigure(tr(N_("reports", "Paid in the period")), totals[1]),
            KeyFigure(tr(N_("reports", "Members who owe")), owing),
            KeyFigure(tr(N_("reports", "Still owed")), totals[2], emphasis=True),
        ))
        sections.append(Section(ctx.currency_name(currency), (figures, table)))
    if len(sections) == 1:
        sections[0] = Section("", (*sections[0].blocks,
                                   Paragraph(tr(N_("reports", "No fees were due or paid.")), "body")))
    progress.step(2, 2)
    return make_report(ctx, sections, period=ctx.period(p.date_from, p.date_to), orientation="landscape")


# --- a member's statement ---------------------------------------------------------------------------


def _statement_blocks(ctx: ReportContext, statement: ms.MemberStatement) -> list[Block]:
    tr = ctx.tr
    member = statement.member
    first, second = ctx.names(member.name_km, member.name_latin)
    facts = KeyFigures((
        KeyFigure(tr(N_("reports", "Member number")), member.number, emphasis=True),
        KeyFigure(tr(N_("reports", "Village")), _village(ctx, member.village_km, member.village_en)),
        KeyFigure(tr(N_("reports", "Joined")), statement.joined_on),
        KeyFigure(tr(N_("reports", "Status")), _status(ctx, statement.status)),
    ), title=" · ".join(n for n in (first, second) if n))
    blocks: list[Block] = [facts]
    kinds = {"receipt": N_("reports", "Received"), "payment": N_("reports", "Paid out"),
             "reversal": N_("reports", "Correction")}
    for currency in _currencies((statement.received, statement.paid_out, statement.fees_due,
                                 statement.fees_paid, statement.fees_owed),
                                ({line.amount.currency: line.amount} for line in statement.lines)):
        lines = [line for line in statement.lines if line.amount.currency is currency]
        rows: list[Row | Sequence[Cell]] = []
        for line in lines:
            received = line.amount if line.from_member else None
            paid = None if line.from_member else -line.amount
            text = line.description
            if line.kind == "reversal":
                text = tr(N_("reports", "Correction: {reason}"), reason=line.reason)
            cells = (line.date, line.number, tr(kinds.get(line.kind, line.kind)), line.category(ctx.language),
                     text, received, paid)
            rows.append(Row(cells, "muted") if line.kind == "reversal" else cells)
        zero = Money.zero(currency)
        total_label = tr(N_("reports", "Total"))
        if rows:
            blocks.append(Table(
                columns=(Column(tr(N_("reports", "Date")), "date", 1.2),
                         Column(tr(N_("reports", "Number")), "text", 1.4),
                         Column(tr(N_("reports", "Kind")), "text", 1.1),
                         Column(tr(N_("reports", "Category")), "text", 1.8),
                         Column(tr(N_("reports", "Description")), "text", 3.0),
                         _money_col(tr(N_("reports", "From the member")), currency),
                         _money_col(tr(N_("reports", "To the member")), currency)),
                rows=rows, title=ctx.currency_name(currency),
                totals=(total_label, None, None, None, None, statement.received.get(currency, zero),
                        statement.paid_out.get(currency, zero)),
                totals_label=total_label,
                sheet_name=f"{member.number} {currency.code}"))
        if currency in statement.fees_due or currency in statement.fees_paid:
            owed = statement.fees_owed.get(currency, zero)
            blocks.append(KeyFigures((
                KeyFigure(tr(N_("reports", "Fees due")), statement.fees_due.get(currency, zero)),
                KeyFigure(tr(N_("reports", "Fees paid")), statement.fees_paid.get(currency, zero)),
                KeyFigure(tr(N_("reports", "Fees still owed")) if owed.amount >= 0
                          else tr(N_("reports", "Fees paid ahead")), abs(owed), emphasis=True),
            ), title=tr(N_("reports", "Membership fees on {date}"), date=ctx.day(statement.date_to))))
    if not statement.lines:
        blocks.append(Paragraph(tr(N_("reports", "No money was received from or paid to this member in "
                                                 "the period.")), "body"))
    return blocks


def _member_statement(ctx: ReportContext, progress: Progress) -> Report:
    p = ctx.params
    require(p, "date_from", "date_to")
    assert p.date_from is not None and p.date_to is not None
    if p.member_id is not None:
        wanted = [p.member_id]
    else:
        wanted = ms.members_with_entries(ctx.cbo, p.date_from, p.date_to)
    sections: list[Section] = []
    for done, member_id in enumerate(wanted):
        progress.step(done, len(wanted))
        try:
            statement = ms.read_statement(ctx.cbo, member_id, date_from=p.date_from, date_to=p.date_to)
        except ms.MemberNotFound:
            raise InvalidInput([Problem("member_id", N_("errors", "Choose the member from the list."))]) from None
        blocks = _statement_blocks(ctx, statement)
        if sections:
            blocks.insert(0, PageBreak())
        sections.append(Section("", blocks))
    progress.step(len(wanted), len(wanted))
    if not sections:
        sections.append(Section("", (Paragraph(ctx.tr(N_("reports", "No money was received from or paid to "
                                                                    "members in the period.")), "body"),)))
    title = None
    if p.member_id is not None and len(wanted) == 1:
        member = ms.read_statement(ctx.cbo, wanted[0], date_from=p.date_from, date_to=p.date_to).member
        title = ctx.tr(N_("reports", "Statement of member {number}: {name}"), number=member.number,
                       name=member.name(ctx.language))
    return make_report(ctx, sections, period=ctx.period(p.date_from, p.date_to), title=title,
                       orientation="landscape")


# --- the kinds -----------------------------------------------------------------------------------------


MEMBER_LIST = report_kind(
    "member_list", CHAPTER_MEMBERSHIP, N_("reports", "Member list"),
    N_("reports", "Every member who has not left, with sex, age, village, join date, status and committee "
                  "position; without personal details."),
    (), _member_list)
MEMBER_STATS = report_kind(
    "member_stats", CHAPTER_MEMBERSHIP, N_("reports", "Membership statistics"),
    N_("reports", "Members on a day by sex, age group, village, status and year joined."),
    ("on",), _member_stats)
CONTRIBUTIONS = report_kind(
    "contributions", CHAPTER_MEMBERSHIP, N_("reports", "Contributions paid and due"),
    N_("reports", "Membership fees due and paid in a period by each member, and what each still owes."),
    ("period",), _contributions, action="members.view")
MEMBER_STATEMENT = report_kind(
    "member_statement", CHAPTER_MEMBERSHIP, N_("reports", "Member's statement"),
    N_("reports", "Every cash-book entry linked to a member in a period, and their membership fees; without "
                  "a member, the statement of every member with entries in the period."),
    ("period", "member_opt"), _member_statement, action="members.view")
COMMITTEE_LIST = report_kind(
    "committee_list", CHAPTER_INSTITUTION, N_("reports", "Committee list"),
    N_("reports", "The committee today with its positions and terms, and every term before."),
    (), _committee_list)
