"""bench/meetings: ten years of meetings of a CBO of 400 members.

Builds a CBO with ``--members`` members and ``--years`` years of meetings (about
sixty a year: monthly committee meetings, regular members' meetings, a general
assembly, networking events), each with its attendance list (every active
member, the committee for a committee meeting), agenda results in Markdown,
decisions and action items, all written through ``services.meetings``; and one
long set of minutes (``--agenda`` agenda items with nested lists) in English
and in Khmer. The CBO is cached under ``bench/results/`` (built by the same code
with the same options). Then measures against baselines taken in the same run,
in turns with ours (medians of ``--rounds``):

* the meetings page: the years of its filter, this year's upcoming and past
  meetings with members present by sex, guests and open actions, and the overdue
  action items, against the same figures in hand-written SQL through
  ``sqlite3``; and the same list for all years (``list_meetings``);
* loading one meeting whole (``get_meeting``, the minutes dialog) against the
  rows of its tables read with ``sqlite3``;
* each member's participation over the ten years
  (``meetings_reporting.participation`` and ``meetings.attendance_by_member``)
  against the raw ``GROUP BY`` member; and the ``participation`` report built and
  rendered as a PDF against the raw ``GROUP BY`` plus plain reportlab drawing the
  report's own rows (bench/reports.py ``plain_reportlab``);
* the long minutes built and rendered as a PDF (``registry.build("minutes")``
  and ``render_pdf``) against plain reportlab ``Paragraph``\\ s of the same text,
  line by line, list items indented by level (Helvetica for English; the
  bundled Noto Sans Khmer with reportlab's shaping for Khmer).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling bench modules

from cashbook import print_table  # noqa: E402  bench/cashbook.py: the same table
from common import REPO, cached, connect, in_turns, render_pdf, say  # noqa: E402  bench/common.py
from members import add_register  # noqa: E402  bench/members.py: the same register

from cbodesk.domain import meetings as dmt  # noqa: E402
from cbodesk.domain.profile import OrganisationProfile  # noqa: E402
from cbodesk.domain.roles import Actor  # noqa: E402
from cbodesk.reports import registry  # noqa: E402
from cbodesk.services import demo_meetings as demo  # noqa: E402
from cbodesk.services import meetings as mt  # noqa: E402
from cbodesk.services import meetings_reporting as mr  # noqa: E402
from cbodesk.services.demo_cashbook import _FastWrites  # noqa: E402
from cbodesk.services.setup import new_cbo  # noqa: E402
from cbodesk.services.users import default_actor  # noqa: E402
from cbodesk.storage.database import Cbo, open_cbo  # noqa: E402

# What the cached CBO depends on: if any of these change, it is built again.
SOURCES = ["bench/meetings.py", "bench/members.py", "cbodesk/services/meetings.py", "cbodesk/domain/meetings.py",
           "cbodesk/services/members.py", "cbodesk/storage/models.py", "cbodesk/storage/schema.py"]
SECRETARY = Actor("bench.secretary", "Bench Secretary", frozenset({"secretary"}))
PROFILE = OrganisationProfile(name_km="សហគមន៍នេសាទកោះត្រង់", name_en="Koh Trong Bench Community Fishery",
                              sector="fishery", province="10")
LONG_TITLE = "Annual general assembly (bench: long minutes)"


# --- the CBO -------------------------------------------------------------------------------------


def _schedule(rng: random.Random, first: date, last: date) -> list[tuple[str, date]]:
    """About sixty meetings a year: committee monthly, members twice or more a month, a general
    assembly in March, networking events and the odd extraordinary meeting."""
    found: list[tuple[str, date]] = []
    month = first.replace(day=1)
    while month <= last:
        found.append(("committee", month.replace(day=rng.randint(2, 6))))
        for day in sorted(rng.sample(range(8, 28), 3 if rng.random() < 0.4 else 4)):
            found.append(("regular", month.replace(day=day)))
        if month.month == 3:
            found.append(("general_assembly", month.replace(day=rng.randint(15, 25))))
        if month.month in (5, 11):
            found.append(("networking", month.replace(day=rng.randint(10, 20))))
        if rng.random() < 0.08:
            found.append(("extraordinary", month.replace(day=rng.randint(1, 27))))
        month = (month + timedelta(days=32)).replace(day=1)
    return [(kind, day) for kind, day in sorted(found, key=lambda k: k[1]) if first <= day <= last]


def _draft(rng: random.Random, kind: str, day: date, today: date, active: list[int],
           committee: list[int]) -> dmt.MeetingDraft:
    language = "km" if rng.random() < 0.7 else "en"
    texts = demo._texts(language)
    agenda_specs = demo.AGENDA_KM if language == "km" else demo.AGENDA_EN
    if kind == "extraordinary":
        title = (f"កិច្ចប្រជុំវិសាមញ្ញ {demo._month_km(day)}" if language == "km"
                 else f"Extraordinary meeting, {day:%B %Y}")
    else:
        title = demo._title(demo._Plan(kind, day, language))
    people = committee if kind == "committee" else active
    attendance = tuple(dmt.AttendanceDraft(m, rng.choices(("present", "absent", "excused"), (70, 20, 10))[0])
                       for m in people)
    agenda = tuple(dmt.AgendaItemDraft(t, "Chair", writer(rng, language) if writer else "")
                   for t, _presenter, writer in agenda_specs)
    decisions = tuple(dmt.DecisionDraft(text, rng.randint(5, 40), rng.randint(0, 3), rng.randint(0, 2))
                      for text in rng.sample(demo.DECISIONS_KM if language == "km" else demo.DECISIONS_EN,
                                             rng.randint(1, 3)))
    actions = []
    for what in rng.sample(demo.ACTIONS_KM if language == "km" else demo.ACTIONS_EN, rng.randint(1, 3)):
        due = day + timedelta(days=rng.randint(7, 40))
        if due < today - timedelta(days=60) and rng.random() < 0.9:
            actions.append(dmt.ActionItemDraft(what, "Treasurer", due_on=due, status="done",
                                               done_on=min(due, today)))
        else:
            actions.append(dmt.ActionItemDraft(what, "Treasurer", due_on=due))
    guests: tuple[dmt.GuestsDraft, ...] = ()
    if kind == "networking":
        guests = tuple(dmt.GuestsDraft(c, f, m, f + m) for c, f, m in demo.GUESTS_NETWORK)
    elif kind == "general_assembly":
        guests = tuple(dmt.GuestsDraft(c, f, m, f + m) for c, f, m in demo.GUESTS_ASSEMBLY)
    return dmt.MeetingDraft(
        kind=kind, title=title, date=day, start_time="08:00", end_time="11:30",
        place=rng.choice(demo.PLACES_KM), facilitator="Heng Sokhly", mc="Chan Sophea", minutes_taker="Sok Dara",
        chair="Heng Sokhly", objectives=texts["objectives"], conclusion=texts["conclusion"],
        closing_remark=texts["closing"], closing_by="Heng Sokhly", language=language, attendance=attendance,
        guests=guests, agenda=agenda, decisions=decisions, actions=tuple(actions))


def _long_result(rng: random.Random, i: int, language: str) -> str:
    """An agenda item's result as a secretary writes a long one: paragraphs, nested lists, numbered steps."""
    if language == "km":
        return (f"ប្រធានក្រុមទី {i} បានបង្ហាញ **លទ្ធផលការងារ** និងបញ្ហាប្រឈមនៅក្នុងភូមិរបស់ខ្លួន។ "
                "សមាជិកបានពិភាក្សាយ៉ាងផុលផុស ហើយបានផ្ដល់យោបល់ជាច្រើនដើម្បីកែលម្អការងារនាពេលខាងមុខ។\n\n"
                + demo._finance(rng, language) + "\n" + demo._patrols(rng, language) +
                "\nយោបល់របស់សមាជិក៖\n\n"
                "- ការល្បាត\n  - ពេលយប់\n    - ត្រូវការពិលបន្ថែម\n    - ត្រូវការអាវភ្លៀង\n  - ពេលថ្ងៃ\n"
                "- ការប្រមូលភាគទាន\n  - តាមភូមិ\n  - តាមទូរស័ព្ទ\n\n"
                "កិច្ចការបន្ត៖\n\n1. រៀបចំផែនការ\n2. រាយការណ៍ទៅគណៈកម្មាធិការ\n3. តាមដានលទ្ធផល\n")
    return (f"The leader of group {i} presented the **results of the quarter** and the problems met in "
            "the villages. Members discussed them at length and gave many ideas to do better next time; "
            "the *committee* will take them up at its next meeting.\n\n"
            + demo._finance(rng, language) + "\n" + demo._patrols(rng, language) +
            "\nWhat the members said:\n\n"
            "- Patrols\n  - at night\n    - more torches are needed\n    - rain coats for the team\n"
            "  - in the day\n- Collecting the fees\n  - village by village\n  - by mobile money\n\n"
            "Next steps:\n\n1. Make a plan\n2. Report to the committee\n3. Follow up the results\n")


def _long_draft(rng: random.Random, day: date, language: str, agenda: int, active: list[int]) -> dmt.MeetingDraft:
    texts = demo._texts(language)
    presence = ("present", "absent", "excused")
    return dmt.MeetingDraft(
        kind="general_assembly", title=f"{LONG_TITLE} {language}", date=day, start_time="07:30", end_time="16:30",
        place=demo.PLACES_KM[0], facilitator="Heng Sokhly", mc="Chan Sophea", minutes_taker="Sok Dara",
        chair="Heng Sokhly", objectives="\n".join([texts["objectives"]] * 2),
        conclusion=texts["conclusion"] * 3, closing_remark=texts["closing"], closing_by="Heng Sokhly",
        language=language,
        attendance=tuple(dmt.AttendanceDraft(m, rng.choices(presence, (80, 12, 8))[0]) for m in active),
        guests=tuple(dmt.GuestsDraft(c, f, m, f + m) for c, f, m in demo.GUESTS_NETWORK),
        agenda=tuple(dmt.AgendaItemDraft(f"{i}. " + (demo.AGENDA_KM if language == "km" else demo.AGENDA_EN)[
            i % 3][0], "Chan Sophea", _long_result(rng, i, language)) for i in range(1, agenda + 1)),
        groups=tuple(dmt.GroupWorkDraft(f"Group {g}", "What should the CBO do next year?",
                                        _long_result(rng, g, language)) for g in range(1, 4)),
        decisions=tuple(dmt.DecisionDraft(text, rng.randint(100, 300), rng.randint(0, 10), rng.randint(0, 5))
                        for text in (demo.DECISIONS_KM if language == "km" else demo.DECISIONS_EN) * 2),
        actions=tuple(dmt.ActionItemDraft(what, "Chan Sophea", due_on=day + timedelta(days=30 + i))
                      for i, what in enumerate((demo.ACTIONS_KM if language == "km" else demo.ACTIONS_EN) * 2)))


def build_cbo(path: Path, members: int, years: int, agenda: int, seed: int, today: date) -> None:
    cbo, admin = new_cbo(path, PROFILE, "Bench Administrator")
    rng = random.Random(f"bench-meetings/{seed}")
    with cbo, _FastWrites(cbo):
        ids = add_register(cbo, admin, SECRETARY, members, seed)
        committee = ids[:9]
        first = date(today.year - years, today.month, 1)
        last = today + timedelta(days=45)  # a few planned meetings still to come
        for kind, day in _schedule(rng, first, last):
            active = [line.member_id for line in mt.default_attendance(cbo, SECRETARY, day)]
            mt.create_meeting(cbo, SECRETARY, _draft(rng, kind, day, today, active, committee), today=today)
        day = today - timedelta(days=20)
        active = [line.member_id for line in mt.default_attendance(cbo, SECRETARY, day)]
        for language in ("en", "km"):
            mt.create_meeting(cbo, SECRETARY, _long_draft(rng, day, language, agenda, active), today=today)
    # No ANALYZE: a CBO's file never has SQLite's statistics, and the queries must not need them.


def cached_cbo(members: int, years: int, agenda: int, seed: int, rebuild: bool) -> tuple[Path, float, bool]:
    """(path, seconds it took to write, whether it was reused)."""
    today = date.today()
    return cached(f"meetings-{members}-{years}y-{agenda}a-seed{seed}-{today:%Y%m}", SOURCES,
                  lambda path: build_cbo(path, members, years, agenda, seed, today),
                  f"writing {years} years of meetings of {members:,} members ...",
                  {"members": members, "years": years}, rebuild=rebuild)


# --- measuring -----------------------------------------------------------------------------------


def page_services(cbo: Cbo, actor: Actor, year: int | None, today: date) -> int:
    """What the meetings page asks for when it opens (gui/meetings/page.py): the years, the
    upcoming and past meetings of the chosen year, and the overdue action items."""
    mt.meeting_years(cbo, actor)
    upcoming = mt.list_meetings(cbo, actor, year=year, when="upcoming", today=today)
    past = mt.list_meetings(cbo, actor, year=year, when="past", today=today)
    mt.overdue_actions(cbo, actor, today=today)
    return len(upcoming) + len(past)


_RAW_LIST = """
SELECT m.id, m.kind, m.title, m.date, m.start_time, m.end_time, m.place, m.language, m.status,
       a.pf, a.pm, a.absent, a.excused, g.f, g.m, g.t, o.n
FROM meeting m
LEFT JOIN (SELECT ma.meeting_id AS id,
                  SUM(CASE WHEN ma.presence = 'present' AND mb.sex = 'F' THEN 1 ELSE 0 END) AS pf,
                  SUM(CASE WHEN ma.presence = 'present' AND mb.sex != 'F' THEN 1 ELSE 0 END) AS pm,
                  SUM(CASE WHEN ma.presence = 'absent' THEN 1 ELSE 0 END) AS absent,
                  SUM(CASE WHEN ma.presence = 'excused' THEN 1 ELSE 0 END) AS excused
           FROM meeting_attendance ma JOIN member mb ON mb.id = ma.member_id
           JOIN meeting m2 ON m2.id = ma.meeting_id WHERE {inner}
           GROUP BY ma.meeting_id) a ON a.id = m.id
LEFT JOIN (SELECT meeting_id AS id, SUM(female) AS f, SUM(male) AS m, SUM(total) AS t
           FROM meeting_guests GROUP BY meeting_id) g ON g.id = m.id
LEFT JOIN (SELECT meeting_id AS id, COUNT(*) AS n FROM action_item WHERE status = 'open'
           GROUP BY meeting_id) o ON o.id = m.id
WHERE {outer}
ORDER BY m.date {order}, m.start_time {order}, m.id {order}
"""


def page_raw(con: sqlite3.Connection, year: int | None, today: date) -> int:
    con.execute("SELECT substr(date, 1, 4) AS y FROM meeting GROUP BY y").fetchall()
    found = 0
    for when, order in (("m.date >= ?", "ASC"), ("m.date < ?", "DESC")):
        where, params = [when], [today.isoformat()]
        if year is not None:
            where.append("m.date BETWEEN ? AND ?")
            params += [f"{year}-01-01", f"{year}-12-31"]
        outer = " AND ".join(where)
        found += len(con.execute(_RAW_LIST.format(inner=outer.replace("m.", "m2."), outer=outer, order=order),
                                 params * 2).fetchall())
    con.execute("SELECT a.*, m.date, m.title, m.kind FROM action_item a JOIN meeting m ON m.id = a.meeting_id "
                "WHERE a.status = 'open' AND a.due_on < ? ORDER BY a.due_on, a.id", (today.isoformat(),)).fetchall()
    return found


def meeting_raw(con: sqlite3.Connection, meeting_id: int) -> None:
    """One meeting whole, as the minutes dialog shows it."""
    con.execute("SELECT * FROM meeting WHERE id = ?", (meeting_id,)).fetchone()
    con.execute("SELECT ma.member_id, mb.number, mb.name_km, mb.name_latin, mb.sex, ma.presence "
                "FROM meeting_attendance ma JOIN member mb ON mb.id = ma.member_id WHERE ma.meeting_id = ? "
                "ORDER BY mb.number", (meeting_id,)).fetchall()
    for table in ("meeting_guests", "agenda_item", "group_work", "decision", "action_item"):
        con.execute(f"SELECT * FROM {table} WHERE meeting_id = ? ORDER BY position", (meeting_id,)).fetchall()
    con.execute("SELECT id, title, file_name, media_type, length(data) FROM meeting_annex WHERE meeting_id = ? "
                "ORDER BY position", (meeting_id,)).fetchall()
    con.execute("SELECT * FROM minutes_amendment WHERE meeting_id = ? ORDER BY id", (meeting_id,)).fetchall()


_RAW_PARTICIPATION = """
SELECT mb.id, mb.number, mb.name_km, mb.name_latin, mb.sex, COUNT(ma.id),
       SUM(CASE WHEN ma.presence = 'present' THEN 1 ELSE 0 END),
       SUM(CASE WHEN ma.presence = 'excused' THEN 1 ELSE 0 END),
       SUM(CASE WHEN ma.presence = 'absent' THEN 1 ELSE 0 END)
FROM meeting_attendance ma JOIN meeting m ON m.id = ma.meeting_id JOIN member mb ON mb.id = ma.member_id
WHERE m.date >= ? AND m.date <= ?
GROUP BY mb.id, mb.number, mb.name_km, mb.name_latin, mb.sex ORDER BY mb.number
"""


def participation_raw(con: sqlite3.Connection, first: date, last: date) -> list[Any]:
    return con.execute(_RAW_PARTICIPATION, (first.isoformat(), last.isoformat())).fetchall()


# --- the minutes as plain reportlab ---------------------------------------------------------------

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<!\*)\*(?!\*)(.+?)\*")
_ITEM = re.compile(r"^( *)(?:[-*+]|\d+[.)]) +(.*)$")


def _markup(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _ITALIC.sub(r"<i>\1</i>", _BOLD.sub(r"<b>\1</b>", text))


def minutes_texts(meeting: dmt.MeetingView) -> list[tuple[str, str, int]]:
    """The minutes' words as (style, text, list level) lines, in the order they are printed."""
    lines: list[tuple[str, str, int]] = [("title", meeting.title, 0)]
    for label, value in (("Date", meeting.date.isoformat()), ("Place", meeting.place),
                         ("Facilitator", meeting.facilitator), ("MC", meeting.mc),
                         ("Minutes taker", meeting.minutes_taker)):
        lines.append(("body", f"<b>{label}:</b> {_markup(value)}", 0))
    lines.append(("heading", "Objectives", 0))
    lines += [("item", _markup(o), 1) for o in meeting.objectives.splitlines() if o.strip()]

    def rich(markdown: str) -> None:
        for raw in markdown.splitlines():
            if not raw.strip():
                continue
            item = _ITEM.match(raw)
            if item:
                lines.append(("item", _markup(item.group(2)), len(item.group(1)) // 2 + 1))
            else:
                lines.append(("body", _markup(raw), 0))

    for i, a in enumerate(meeting.agenda, start=1):
        lines.append(("heading", f"{i}. {_markup(a.title)} ({_markup(a.presenter)})", 0))
        rich(a.result)
    for g in meeting.groups:
        lines.append(("heading", _markup(g.name), 0))
        lines.append(("body", _markup(g.question), 0))
        rich(g.answer)
    lines.append(("heading", "Decisions", 0))
    lines += [("item", f"{_markup(d.text)} ({d.votes_for} / {d.votes_against} / {d.votes_abstain})", 1)
              for d in meeting.decisions]
    lines.append(("heading", "Action items", 0))
    lines += [("item", f"{_markup(a.what)}: {_markup(a.who)}, {a.due_on}", 1) for a in meeting.actions]
    lines.append(("heading", "Conclusion", 0))
    rich(meeting.conclusion)
    rich(meeting.closing_remark)
    return lines


def plain_minutes(lines: list[tuple[str, str, int]], out: Path, khmer: bool) -> int:
    """The lines as plain reportlab Paragraphs on A4: (pages)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    regular, bold = "Helvetica", "Helvetica-Bold"
    extra: dict[str, Any] = {}
    if khmer:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.lib.fonts import addMapping

        fonts = REPO / "resources" / "fonts"
        regular, bold = "BenchKhmer", "BenchKhmer-Bold"
        if regular not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(regular, str(fonts / "NotoSansKhmer-Regular.ttf")))
            pdfmetrics.registerFont(TTFont(bold, str(fonts / "NotoSansKhmer-Bold.ttf")))
            for italic in (0, 1):
                addMapping(regular, 0, italic, regular)
                addMapping(regular, 1, italic, bold)
        extra = {"shaping": 1}
    styles = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=14, leading=20, spaceAfter=6, **extra),
        "heading": ParagraphStyle("heading", fontName=bold, fontSize=11, leading=16, spaceBefore=6, **extra),
        "body": ParagraphStyle("body", fontName=regular, fontSize=10, leading=15, spaceAfter=3, **extra),
    }
    items = {level: ParagraphStyle(f"item{level}", styles["body"], leftIndent=6 * mm * level,
                                   bulletIndent=6 * mm * level - 4 * mm) for level in range(1, 5)}
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm)
    story = [Paragraph(text, items[min(level, 4)], bulletText="•") if style == "item"
             else Paragraph(text, styles[style]) for style, text, level in lines]
    doc.build(story)
    return int(doc.page)


def run(members: int, years: int, agenda: int, seed: int, rebuild: bool, rounds: int) -> None:
    from reports import page_size, plain_reportlab, plain_tables, plain_text  # bench/reports.py

    load_before = os.getloadavg()[0]
    path, write_seconds, reused = cached_cbo(members, years, agenda, seed, rebuild)
    today = date.today()
    rows: list[tuple[str, float, str, float | None, str]] = []
    with open_cbo(path) as cbo, contextlib.closing(connect(path)) as con, \
            tempfile.TemporaryDirectory(prefix="cbodesk-bench-") as tmp:
        folder = Path(tmp)
        actor = default_actor(cbo)
        meetings = con.execute("SELECT COUNT(*) FROM meeting").fetchone()[0]
        attendance = con.execute("SELECT COUNT(*) FROM meeting_attendance").fetchone()[0]
        first = date.fromisoformat(con.execute("SELECT MIN(date) FROM meeting").fetchone()[0])
        last = date.fromisoformat(con.execute("SELECT MAX(date) FROM meeting").fetchone()[0])

        say("the meetings page ...")
        counts: list[tuple[int, int]] = []
        ours, raw = in_turns(lambda: counts.append((page_services(cbo, actor, today.year, today), 0)),
                             lambda: counts.append((0, page_raw(con, today.year, today))), rounds)
        assert counts[-2][0] == counts[-1][1], counts[-2:]
        rows.append((f"open the meetings page, this year ({counts[-1][1]})", ours, "raw SQL", raw, "≤ 200 ms"))
        ours, raw = in_turns(lambda: counts.append((page_services(cbo, actor, None, today), 0)),
                             lambda: counts.append((0, page_raw(con, None, today))), rounds)
        assert counts[-2][0] == counts[-1][1], counts[-2:]
        rows.append((f"the page for all years ({counts[-1][1]} meetings)", ours, "raw SQL", raw, "≤ 200 ms"))

        long_ids = {language: con.execute("SELECT id FROM meeting WHERE title = ?",
                                          (f"{LONG_TITLE} {language}",)).fetchone()[0] for language in ("en", "km")}
        ours, raw = in_turns(lambda: mt.get_meeting(cbo, actor, long_ids["en"]),
                             lambda: meeting_raw(con, long_ids["en"]), rounds)
        rows.append((f"load one meeting ({agenda} agenda items, {members} on the list)", ours, "raw SQL", raw,
                     "≤ 100 ms"))

        say("participation over the years ...")
        found: list[int] = []
        ours, raw = in_turns(lambda: found.append(len(mr.participation(cbo, first, last))),
                             lambda: found.append(len(participation_raw(con, first, last))), rounds)
        assert found[-2] == found[-1], found[-2:]
        rows.append((f"participation per member, {years} years", ours, "raw SQL GROUP BY", raw, "≤ 1.30x"))
        ours, raw = in_turns(lambda: mt.attendance_by_member(cbo, actor, first, last),
                             lambda: participation_raw(con, first, last), rounds)
        rows.append(("  the same through attendance_by_member", ours, "raw SQL GROUP BY", raw, "≤ 1.30x"))

        params = registry.ReportParams(language="en", date_from=first, date_to=last)
        report = registry.build(cbo, actor, "participation", params)
        tables, size = plain_tables(report, plain_text), page_size(report)
        pages: list[int] = []
        ours, raw = in_turns(
            lambda: pages.append(render_pdf(registry.build(cbo, actor, "participation", params),
                                            folder / "participation.pdf")),
            lambda: (participation_raw(con, first, last), plain_reportlab(tables, folder / "plain.pdf", size)),
            rounds)
        rows.append((f"participation report PDF ({pages[-1]} p.)", ours, "raw SQL + plain reportlab", raw,
                     "≤ 1.50x"))

        say("the long minutes ...")
        for language, name, goal in (("en", "English", "≤ 1.50x"), ("km", "Khmer", "≤ 3.00x")):
            meeting = mt.get_meeting(cbo, actor, long_ids[language])
            lines = minutes_texts(meeting)
            params = registry.ReportParams(language="en", meeting_id=meeting.id)
            build_times, render_times, base_times = [], [], []
            for round_ in range(rounds + 1):
                start = time.perf_counter()
                report = registry.build(cbo, actor, "minutes", params)
                built = time.perf_counter()
                ours_pages = render_pdf(report, folder / f"minutes-{language}.pdf")
                rendered = time.perf_counter()
                base_pages = plain_minutes(lines, folder / f"plain-{language}.pdf", language == "km")
                done = time.perf_counter()
                if round_:
                    build_times.append(built - start)
                    render_times.append(rendered - built)
                    base_times.append(done - rendered)
            build_, render_ = statistics.median(build_times), statistics.median(render_times)
            base = statistics.median(base_times)
            rows.append((f"minutes PDF, {name}: build", build_, "", None, ""))
            rows.append((f"minutes PDF, {name}: build + render ({ours_pages} p.)", build_ + render_,
                         f"plain reportlab ({base_pages} p.)", base, goal))
    rows.append((f"write the CBO ({'cached' if reused else 'this run'})", write_seconds, "", None, ""))

    print_table(f"{meetings:,} meetings over {years} years, {attendance:,} attendance lines, {members:,} members; "
                f"medians of {rounds}; {os.cpu_count()} CPUs, load {load_before:.1f} before and "
                f"{os.getloadavg()[0]:.1f} after", rows, 52, 36)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--members", type=int, default=400, help="members in the register (default 400)")
    parser.add_argument("--years", type=int, default=10, help="years of meetings (default 10)")
    parser.add_argument("--agenda", type=int, default=20, help="agenda items of the long minutes (default 20)")
    parser.add_argument("--rounds", type=int, default=3, help="times each measure is taken (default 3)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rebuild", action="store_true", help="write the CBO again even if cached")
    args = parser.parse_args(argv)
    run(args.members, args.years, args.agenda, args.seed, args.rebuild, args.rounds)


if __name__ == "__main__":
    main()
