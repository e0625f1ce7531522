"""The meeting reports (guideline chapter 2 and its Annex 2, Organizing Meeting): their data
builders and kinds.

* ``minutes``: the minutes of one meeting as a formal record a CBO signs and files:
  the header table (facilitated by, MC, minutes taker, who took part, when, where),
  numbered sections (objectives, results of each agenda item, group work, decisions,
  action items, conclusion and ways forward, closing remark), the annexes, the
  status of the minutes, the signatures of the minutes taker and the chair, and the
  amendments. Its labels are in the language the minutes are written in
  (``Meeting.language``), whatever the screen's: the text is printed as written,
  its Markdown as rich text (:mod:`cbodesk.reports.markdown`).
* ``attendance_list``: the members on one meeting's attendance list, with a column
  to sign, printed as an annex of the minutes.
* ``participation``: each member's attendance over a period (optionally one kind of
  meeting) and the participation rate, by sex.
* ``actions``: open action items, the overdue ones first.

Figures come from :mod:`cbodesk.services.meetings_reporting`, which counts in
SQL. Importing this module registers its kinds (``registry._AREAS`` names it).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from decimal import Decimal

from cbodesk.domain import meetings as dmt
from cbodesk.domain import members as dm
from cbodesk.domain.errors import InvalidInput, Problem
from cbodesk.domain.formatting import LocaleSettings
from cbodesk.i18n import N_, catalogue
from cbodesk.reports.common import (
    ReportContext,
    make_report,
    name_columns,
    on_text,
    report_kind,
    require,
)
from cbodesk.reports.markdown import rich_text
from cbodesk.reports.model import (
    Block,
    Cell,
    Column,
    KeyFigure,
    KeyFigures,
    Paragraph,
    Report,
    RichList,
    RichParagraph,
    RichText,
    Row,
    Section,
    Signature,
    Signatures,
    Table,
    TextRun,
)
from cbodesk.reports.registry import Progress
from cbodesk.services import meetings_reporting as mr

CHAPTER_MEETINGS = 2


# --- shared pieces ----------------------------------------------------------------


def _meeting_label(ctx: ReportContext, labels: dict[str, str], code: str) -> str:
    return ctx.label(dmt.CONTEXT, labels, code)


def _sex(ctx: ReportContext, sex: str) -> str:
    return ctx.label("members", dm.SEXES, sex)


def _the_meeting(ctx: ReportContext) -> dmt.MeetingView:
    require_meeting = ctx.params.meeting_id
    view = mr.read_minutes(ctx.cbo, require_meeting) if require_meeting is not None else None
    if view is None:
        raise InvalidInput([Problem("meeting_id", N_("errors", "Choose the meeting from the list."))])
    return view


def _in_language(ctx: ReportContext, language: str) -> ReportContext:
    """*ctx* with its labels in *language* (the minutes' own)."""
    if language == ctx.language or language not in dmt.LANGUAGES:
        return ctx
    return dataclasses.replace(ctx, settings=LocaleSettings(language, ctx.settings.khmer_digits),
                               translate=catalogue(language))


def _when(ctx: ReportContext, meeting: dmt.MeetingView) -> str:
    day = ctx.day(meeting.date, "long")
    span = dmt.time_span(meeting.start_time, meeting.end_time)
    return ctx.tr(N_("reports", "{date}, {time}"), date=day, time=span) if span else day


def _bold_label(label: str, text: str) -> RichParagraph:
    """"**Label:** text" as a paragraph."""
    return RichParagraph((TextRun(label + " ", bold=True), TextRun(text)))


def _rich(markdown: str) -> list[Block]:
    text = rich_text(markdown)
    return [text] if text.blocks else []


# --- the minutes -------------------------------------------------------------------------


def _participants(ctx: ReportContext, meeting: dmt.MeetingView) -> str:
    """Members present by sex, each category of outside participants, and the total."""
    tr = ctx.tr
    c = meeting.counts
    lines = [tr(N_("reports", "Members: {total} (women {women}, men {men})"), total=ctx.number(c.present),
                women=ctx.number(c.present_female), men=ctx.number(c.present_male))]
    for g in meeting.guests:
        if g.female or g.male:
            lines.append(tr(N_("reports", "{category}: {total} (women {women}, men {men})"), category=g.category,
                            total=ctx.number(g.total), women=ctx.number(g.female), men=ctx.number(g.male)))
        else:
            lines.append(tr(N_("reports", "{category}: {total}"), category=g.category, total=ctx.number(g.total)))
    lines.append(tr(N_("reports", "Total: {total} (women {women})"), total=ctx.number(c.participants),
                    women=ctx.number(c.participants_female)))
    return "\n".join(lines)


def _header_table(ctx: ReportContext, meeting: dmt.MeetingView) -> Table:
    tr = ctx.tr
    rows: list[Sequence[Cell]] = [
        (tr(N_("reports", "Facilitated by")), meeting.facilitator or "—"),
        (tr(N_("reports", "MC")), meeting.mc or "—"),
        (tr(N_("reports", "Minutes taker")), meeting.minutes_taker or "—"),
        (tr(N_("reports", "Participated by")), _participants(ctx, meeting)),
        (tr(N_("reports", "Date and time")), _when(ctx, meeting)),
        (tr(N_("reports", "Location")), meeting.place or "—"),
    ]
    return Table(columns=(Column(tr(N_("reports", "Kind of meeting")), "text", 1.3),
                          Column(_meeting_label(ctx, dmt.KINDS, meeting.kind), "text", 4.0)),
                 rows=rows, sheet_name=tr(N_("reports", "Meeting")))


def _status_line(ctx: ReportContext, meeting: dmt.MeetingView) -> Paragraph:
    tr = ctx.tr
    if meeting.status == "draft" or meeting.approved_on is None:
        return Paragraph(tr(N_("reports", "Draft minutes — not yet approved.")), "body")
    if meeting.approved_at_title:
        at = meeting.approved_at_title
        if meeting.approved_at_date is not None:
            at = f"{at} ({ctx.day(meeting.approved_at_date)})"
        text = tr(N_("reports", "Approved on {date} at the meeting “{meeting}”."),
                  date=ctx.day(meeting.approved_on), meeting=at)
    else:
        text = tr(N_("reports", "Approved on {date}."), date=ctx.day(meeting.approved_on))
    if meeting.status == "locked":
        text += " " + tr(N_("reports", "Locked: corrections are made as amendments."))
    return Paragraph(text, "body")


def _minutes_sections(ctx: ReportContext, meeting: dmt.MeetingView) -> list[Section]:
    tr = ctx.tr
    sections: list[Section] = [Section("", (Paragraph(meeting.title, "heading"), _header_table(ctx, meeting)))]
    number = 0

    def section(title: str, blocks: Sequence[Block]) -> None:
        nonlocal number
        number += 1
        sections.append(Section(f"{number}. {title}", tuple(blocks)))

    objectives = meeting.objective_list
    if objectives:
        section(tr(N_("reports", "Objectives")), [RichText((RichList(
            True, tuple((RichParagraph((TextRun(o),)),) for o in objectives)),))])
    results: list[Block] = []
    for i, item in enumerate(meeting.agenda, 1):
        results.append(Paragraph(f"{number + 1}.{i} {item.title}", "heading"))
        if item.presenter:
            results.append(RichText((_bold_label(tr(N_("reports", "Presented by:")), item.presenter),)))
        results.extend(_rich(item.result))
    if not results:
        results.append(Paragraph(tr(N_("reports", "No agenda item was recorded.")), "body"))
    section(tr(N_("reports", "Results of the meeting")), results)
    if meeting.groups:
        groups: list[Block] = []
        for i, group in enumerate(meeting.groups, 1):
            groups.append(Paragraph(f"{number + 1}.{i} {group.name}", "heading"))
            if group.question:
                groups.append(RichText((_bold_label(tr(N_("reports", "Question:")), group.question),)))
            if group.answer.strip():
                groups.append(RichText((RichParagraph((TextRun(tr(N_("reports", "Answer:")), bold=True),)),)))
                groups.extend(_rich(group.answer))
        section(tr(N_("reports", "Group work")), groups)
    if meeting.decisions:
        rows: list[Sequence[Cell]] = [
            (i, d.text, d.votes_for, d.votes_against, d.votes_abstain) if d.counted
            else (i, d.text + "\n" + tr(N_("reports", "Decided by consensus, without a count.")), None, None, None)
            for i, d in enumerate(meeting.decisions, 1)]
        section(tr(N_("reports", "Decisions")), [Table(
            columns=(Column(tr(N_("reports", "No.")), "number", 0.5), Column(tr(N_("reports", "Decision")), "text", 5.0),
                     Column(tr(N_("reports", "For")), "number", 1.0),
                     Column(tr(N_("reports", "Against")), "number", 1.0),
                     Column(tr(N_("reports", "Abstaining")), "number", 1.0)),
            rows=rows, sheet_name=tr(N_("reports", "Decisions")))])
    if meeting.actions:
        rows = [(i, a.what, a.who, a.due_on, _meeting_label(ctx, dmt.ACTION_STATUSES, a.status))
                for i, a in enumerate(meeting.actions, 1)]
        section(tr(N_("reports", "Action items")), [Table(
            columns=(Column(tr(N_("reports", "No.")), "number", 0.5), Column(tr(N_("reports", "What")), "text", 4.0),
                     Column(tr(N_("reports", "Who")), "text", 2.0), Column(tr(N_("reports", "By when")), "date", 1.3),
                     Column(tr(N_("reports", "Status")), "text", 1.0)),
            rows=rows, sheet_name=tr(N_("reports", "Action items")))])
    if meeting.conclusion.strip():
        section(tr(N_("reports", "Conclusion and ways forward")), _rich(meeting.conclusion))
    if meeting.closing_remark.strip() or meeting.closing_by:
        closing: list[Block] = []
        if meeting.closing_by:
            closing.append(RichText((_bold_label(tr(N_("reports", "By:")), meeting.closing_by),)))
        closing.extend(_rich(meeting.closing_remark))
        section(tr(N_("reports", "Closing remark")), closing)
    end: list[Block] = []
    if meeting.annexes:
        end.append(Paragraph(tr(N_("reports", "Annexes")), "heading"))
        end.append(RichText((RichList(True, tuple(
            (RichParagraph((TextRun(a.title),)),) for a in meeting.annexes)),)))
    end.append(_status_line(ctx, meeting))
    end.append(Signatures((
        Signature(tr(N_("reports", "Minutes taker")), meeting.minutes_taker),
        Signature(tr(N_("reports", "Chair")), meeting.chair),
    )))
    sections.append(Section("", tuple(end)))
    if meeting.amendments:
        amendments: list[Block] = []
        for a in meeting.amendments:
            amendments.append(RichText((_bold_label(
                tr(N_("reports", "{date}, {name}:"), date=ctx.day(a.made_on), name=a.made_by), ""),)))
            amendments.extend(_rich(a.text))
        sections.append(Section(tr(N_("reports", "Amendments")), tuple(amendments)))
    return sections


def _minutes(ctx: ReportContext, progress: Progress) -> Report:
    meeting = _the_meeting(ctx)
    ctx = _in_language(ctx, meeting.language)
    progress.step(1, 2)
    sections = _minutes_sections(ctx, meeting)
    progress.step(2, 2)
    return make_report(ctx, sections, period=ctx.day(meeting.date, "long"),
                       title=ctx.tr(N_("reports", "Minutes of the meeting")))


# --- the attendance list ----------------------------------------------------------------


def _attendance_list(ctx: ReportContext, progress: Progress) -> Report:
    meeting = _the_meeting(ctx)
    ctx = _in_language(ctx, meeting.language)
    tr = ctx.tr
    lines = mr.attendance_sheet(ctx.cbo, meeting.id)
    progress.step(1, 2)
    rows: list[Sequence[Cell]] = []
    for i, line in enumerate(lines, 1):
        rows.append((i, line.number, *ctx.names(line.name_km, line.name_latin), _sex(ctx, line.sex), line.village(ctx.language),
                     _meeting_label(ctx, dmt.PRESENCE, line.presence), None))
    table = Table(
        columns=(Column(tr(N_("reports", "No.")), "number", 0.5),
                 Column(tr(N_("reports", "Member number")), "number", 0.9),
                 *name_columns(ctx),
                 Column(tr(N_("reports", "Sex")), "text", 0.8), Column(tr(N_("reports", "Village")), "text", 1.6),
                 Column(tr(N_("reports", "Attendance")), "text", 1.1),
                 Column(tr(N_("reports", "Signature")), "text", 1.8)),
        rows=rows, sheet_name=tr(N_("reports", "Attendance")))

    def by_sex(presence: str, sex: str) -> int:
        return sum(1 for line in lines if line.presence == presence and (line.sex == "F") == (sex == "F"))

    totals = Table(
        columns=(Column(tr(N_("reports", "Attendance")), "text", 2.0),
                 Column(tr(N_("reports", "Women")), "number", 1.0, summed=True),
                 Column(tr(N_("reports", "Men")), "number", 1.0, summed=True),
                 Column(tr(N_("reports", "Total")), "number", 1.0, summed=True)),
        rows=[(_meeting_label(ctx, dmt.PRESENCE, p), by_sex(p, "F"), by_sex(p, "M"),
               by_sex(p, "F") + by_sex(p, "M")) for p in dmt.PRESENCE],
        totals=(tr(N_("reports", "On the list")), sum(1 for x in lines if x.sex == "F"),
                sum(1 for x in lines if x.sex != "F"), len(lines)),
        title=tr(N_("reports", "Totals by sex")), sheet_name=tr(N_("reports", "Totals")))
    blocks: list[Block] = [
        Paragraph(meeting.title, "heading"),
        Paragraph(f"{_meeting_label(ctx, dmt.KINDS, meeting.kind)} · {_when(ctx, meeting)}"
                  + (f" · {meeting.place}" if meeting.place else ""), "body"),
        table, totals]
    if meeting.guests:
        blocks.append(Table(
            columns=(Column(tr(N_("reports", "Outside participants")), "text", 2.0),
                     Column(tr(N_("reports", "Women")), "number", 1.0, summed=True),
                     Column(tr(N_("reports", "Men")), "number", 1.0, summed=True),
                     Column(tr(N_("reports", "Total")), "number", 1.0, summed=True)),
            rows=[(g.category, g.female, g.male, g.total) for g in meeting.guests],
            totals=(tr(N_("reports", "Total")), meeting.counts.guests_female, meeting.counts.guests_male,
                    meeting.counts.guests_total),
            sheet_name=tr(N_("reports", "Guests"))))
    progress.step(2, 2)
    return make_report(ctx, [Section("", blocks)], period=ctx.day(meeting.date, "long"),
                       title=tr(N_("reports", "Attendance list")), orientation="landscape")


# --- participation -------------------------------------------------------------------------


def _percent(present: int, expected: int) -> Decimal | None:
    if not expected:
        return None
    return (Decimal(present * 100) / Decimal(expected)).quantize(Decimal("0.1"))


def _presence_columns(ctx: ReportContext) -> tuple[Column, ...]:
    """The participation columns: meetings expected, present, excused, absent (summed) and the rate."""
    tr = ctx.tr
    return (Column(tr(N_("reports", "Meetings expected")), "number", 1.0, summed=True),
            Column(tr(N_("reports", "Present")), "number", 1.0, summed=True),
            Column(tr(N_("reports", "Excused")), "number", 1.0, summed=True),
            Column(tr(N_("reports", "Absent")), "number", 1.0, summed=True),
            Column(tr(N_("reports", "Participation rate")), "percent", 1.1, decimals=1))


def _presence_figures(group: Sequence[dmt.MemberAttendance]) -> tuple[int, int, int, int, Decimal | None]:
    """The figures under :func:`_presence_columns` for *group*, added up."""
    expected = sum(m.expected for m in group)
    present = sum(m.present for m in group)
    return (expected, present, sum(m.excused for m in group), sum(m.absent for m in group),
            _percent(present, expected))


def _participation(ctx: ReportContext, progress: Progress) -> Report:
    p = ctx.params
    require(p, "date_from", "date_to")
    assert p.date_from is not None and p.date_to is not None
    tr = ctx.tr
    kind = p.meeting_kind if p.meeting_kind in dmt.KINDS else None
    held = mr.meetings_held(ctx.cbo, p.date_from, p.date_to, kind)
    members = mr.participation(ctx.cbo, p.date_from, p.date_to, kind)
    progress.step(1, 2)
    rows: list[Sequence[Cell]] = []
    for m in members:
        rows.append((m.number, m.name(ctx.language), _sex(ctx, m.sex), *_presence_figures((m,))))
    totals = _presence_figures(members)
    total_label = tr(N_("reports", "Total"))
    table = Table(
        columns=(Column(tr(N_("reports", "No.")), "number", 0.6), Column(tr(N_("reports", "Name")), "text", 2.6),
                 Column(tr(N_("reports", "Sex")), "text", 0.8),
                 *_presence_columns(ctx)),
        rows=rows,
        totals=(total_label, None, None, *totals),
        totals_label=total_label, sheet_name=tr(N_("reports", "Participation")))
    by_sex: list[Sequence[Cell]] = []
    for sex in ("F", "M"):
        group = [m for m in members if (m.sex == "F") == (sex == "F")]
        by_sex.append((_sex(ctx, sex), len(group), *_presence_figures(group)))
    sex_table = Table(
        columns=(Column(tr(N_("reports", "Sex")), "text", 1.6),
                 Column(tr(N_("reports", "Members")), "number", 1.0, summed=True),
                 *_presence_columns(ctx)),
        rows=by_sex,
        totals=(total_label, len(members), *totals),
        totals_label=total_label, title=tr(N_("reports", "By sex")), sheet_name=tr(N_("reports", "By sex")))
    rate = totals[-1]
    figures = KeyFigures((
        KeyFigure(tr(N_("reports", "Meetings held")), held, emphasis=True),
        KeyFigure(tr(N_("reports", "Members on the lists")), len(members)),
        KeyFigure(tr(N_("reports", "Participation rate")),
                  f"{ctx.number(rate, 1)}%" if rate is not None else "—"),
    ))
    what = (tr(N_("reports", "Meetings of every kind.")) if kind is None
            else tr(N_("reports", "Only: {kind}."), kind=_meeting_label(ctx, dmt.KINDS, kind)))
    note = Paragraph(what + " " + tr(N_("reports", "Expected: the meetings where the member was on the "
                                                   "attendance list. Rate: present ÷ expected.")), "note")
    blocks: list[Block] = [figures, note, sex_table, table]
    if not members:
        blocks.append(Paragraph(tr(N_("reports", "No attendance was recorded in the period.")), "body"))
    progress.step(2, 2)
    return make_report(ctx, [Section("", blocks)], period=ctx.period(p.date_from, p.date_to))


# --- action items --------------------------------------------------------------------------


def _actions(ctx: ReportContext, progress: Progress) -> Report:
    tr = ctx.tr
    today = ctx.generated_at.date()
    items = mr.action_items(ctx.cbo)
    progress.step(1, 2)
    overdue = [a for a in items if a.overdue(today)]
    rest = [a for a in items if not a.overdue(today)]
    rows: list[Row | Sequence[Cell]] = []
    for title, group in ((tr(N_("reports", "Overdue")), overdue), (tr(N_("reports", "Open")), rest)):
        if not group:
            continue
        rows.append(Row((title, None, None, None, None, None), "heading"))
        for a in group:
            rows.append((a.meeting_date, a.meeting_title, a.what, a.who, a.due_on,
                         _meeting_label(ctx, dmt.ACTION_STATUSES, a.status)))
    table = Table(
        columns=(Column(tr(N_("reports", "Meeting date")), "date", 1.1), Column(tr(N_("reports", "Meeting")), "text", 2.2),
                 Column(tr(N_("reports", "What")), "text", 3.5), Column(tr(N_("reports", "Who")), "text", 1.8),
                 Column(tr(N_("reports", "By when")), "date", 1.1), Column(tr(N_("reports", "Status")), "text", 0.9)),
        rows=rows, sheet_name=tr(N_("reports", "Action items")))
    figures = KeyFigures((
        KeyFigure(tr(N_("reports", "Open action items")), len(items), emphasis=True),
        KeyFigure(tr(N_("reports", "Overdue")), len(overdue)),
    ))
    blocks: list[Block] = [figures, table]
    if not items:
        blocks.append(Paragraph(tr(N_("reports", "No action item is open.")), "body"))
    progress.step(2, 2)
    return make_report(ctx, [Section("", blocks)], period=on_text(ctx, today), orientation="landscape")


# --- the kinds --------------------------------------------------------------------------------


MINUTES = report_kind(
    "minutes", CHAPTER_MEETINGS, N_("reports", "Minutes of a meeting"),
    N_("reports", "The minutes of one meeting as a record to sign and file: who took part, the results "
                  "of each agenda item, decisions, action items, conclusion, annexes and signatures."),
    ("meeting",), _minutes, action="meetings.view")
ATTENDANCE_LIST = report_kind(
    "attendance_list", CHAPTER_MEETINGS, N_("reports", "Attendance list of a meeting"),
    N_("reports", "The members on one meeting's attendance list, present, absent or excused, with a "
                  "column to sign and the totals by sex: an annex of the minutes."),
    ("meeting",), _attendance_list, action="meetings.view")
PARTICIPATION = report_kind(
    "participation", CHAPTER_MEETINGS, N_("reports", "Participation in meetings"),
    N_("reports", "For each member, the meetings of a period where they were expected, present, excused "
                  "or absent, and the participation rate; totals by sex."),
    ("period", "meeting_kind_opt"), _participation)
ACTIONS = report_kind(
    "actions", CHAPTER_MEETINGS, N_("reports", "Open action items"),
    N_("reports", "The action items meetings decided that are still open, the overdue ones first, with "
                  "the meeting, who and by when."),
    (), _actions, action="meetings.view")
