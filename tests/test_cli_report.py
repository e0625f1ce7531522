"""`cbodesk report`: every report of the registry written as a PDF and a workbook from a terminal.

Runs ``cbodesk.cli.main`` on a small demo CBO (one year of cash book, a closing
of every month, a donor's fund) and reads the files back (pypdf, openpyxl).
Mistakes a person can make on the command line (an unknown report, a missing or
ambiguous option, a bad date, a folder that does not exist) exit 1 with a
plain message that names the option, and write nothing.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from cbodesk.cli import main
from cbodesk.domain.roles import Actor
from cbodesk.reports import registry
from cbodesk.reports.model import Report
from cbodesk.services import cashbook, closing
from cbodesk.services.demo import DemoOptions, write_demo
from cbodesk.storage.database import Cbo

REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Demo:
    path: Path
    closing_id: int  # a closed month of "Cash – riel"
    riel_id: int  # the id of "Cash – riel"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    """One year of a small fishery's cash book, July 2025 to June 2026 (150 lines)."""
    path = tmp_path_factory.mktemp("report") / "ktcf.cbodesk"
    with write_demo(path, DemoOptions(seed=3, entries=150, years=1, until=date(2026, 6, 30))) as cbo:
        riel = next(a for a in cashbook.accounts(cbo) if a.name == "Cash – riel")
        first = closing.closings(cbo, riel.id)[0]
    return Demo(path, first.id, riel.id)


def options_for(kind: registry.ReportKind, demo: Demo) -> list[str]:
    """The options a person gives for *kind* on the demo: what it needs, and nothing more."""
    needs = kind.needs
    given: list[str] = []
    if "period" in needs:
        given += ["--from", "2026-01-01", "--to", "31/03/2026"]
    if "on" in needs:
        given += ["--on", "2026-03-31"]
    if "account" in needs:
        given += ["--account", "Cash – riel"]
    if "fund" in needs:
        given += ["--fund", "grant"]
    if "fiscal_year" in needs:
        given += ["--year", "2026"]
    if "closing" in needs:
        given += ["--closing", str(demo.closing_id)]
    if "entry" in needs:
        given += ["--entry", "R-2026-0001"]
    if "meeting" in needs:
        given += ["--meeting", str(meeting_of(demo))]
    return given


def meeting_of(demo: Demo) -> int:
    """The demo's newest meeting whose minutes are in English (the demo writes most in Khmer);
    one recorded here (with a short set of minutes) when it has none."""
    from datetime import datetime

    from cbodesk.storage.database import Location, open_cbo
    from cbodesk.storage.models import AgendaItem, Meeting, MeetingAttendance, Member

    with open_cbo(Location.parse(str(demo.path)), upgrade=False, lock=False) as cbo:
        with cbo.reading():
            english = (Meeting.select(Meeting.id).where(Meeting.language == "en")
                       .order_by(Meeting.date.desc(), Meeting.id.desc()).first())
        if english is not None:
            return int(english.id)
        with cbo.atomic():
            meeting = Meeting.create(kind="general_assembly", title="General assembly", date=date(2026, 3, 1),
                                     language="en", minutes_taker="Heng Sokhly", chair="Sok Chan",
                                     objectives="Elect the committee", created_at=datetime(2026, 3, 1),
                                     created_by="test")
            AgendaItem.create(meeting=meeting, title="Election", result="- Chair: **elected**\n  - by 12 votes")
            for i, member in enumerate(Member.select(Member.id).order_by(Member.number).limit(5)):
                MeetingAttendance.create(meeting=meeting, member=member, presence="absent" if i else "present")
        return int(meeting.id)


def kind_needing(*needs: str) -> registry.ReportKind:
    """The first report that needs all of *needs* (skips the test if none does)."""
    for kind in registry.kinds():
        if set(needs) <= kind.needs:
            return kind
    pytest.skip(f"no report needs {needs}")


def report(*args: str | Path) -> int:
    return main(["report", *map(str, args)])


CODES = [k.code for k in registry.kinds()]


# --- listing -----------------------------------------------------------------------------


def test_list_names_every_report_and_what_it_needs(capsys: pytest.CaptureFixture[str]) -> None:
    assert report("--list") == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split() == ["KIND", "CHAPTER", "TITLE", "NEEDS"]
    for kind in registry.kinds():
        [line] = [x for x in lines if x.split()[0] == kind.code]
        assert f" {kind.chapter} " in line
        assert kind.title in line
        if "period" in kind.needs:
            assert "--from --to" in line
        if "account" in kind.needs:
            assert "--account" in line and "[--account]" not in line
        if "account_opt" in kind.needs:
            assert "[--account]" in line
        if "entry" in kind.needs:
            assert "--entry" in line


def test_list_in_khmer_translates_the_titles(capsys: pytest.CaptureFixture[str]) -> None:
    from cbodesk.i18n import catalogue

    assert report("--list", "--lang", "km") == 0
    out = capsys.readouterr().out
    khmer = catalogue("km")
    for kind in registry.kinds():
        assert khmer("reports", kind.title) in out


# --- every report, both formats ---------------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_every_report_as_pdf(code: str, demo: Demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"{code}.pdf"
    assert report(code, demo.path, *options_for(registry.kind(code), demo), "--out", out) == 0, \
        capsys.readouterr().err
    pages = len(PdfReader(out).pages)
    assert pages > 0
    printed = capsys.readouterr()
    assert printed.out == f"Report written to {out} ({pages} page{'' if pages == 1 else 's'})\n"
    assert printed.err == ""


@pytest.mark.parametrize("code", CODES)
def test_every_report_as_a_workbook(code: str, demo: Demo, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"{code}.xlsx"
    assert report(code, demo.path, *options_for(registry.kind(code), demo), "--out", out) == 0, \
        capsys.readouterr().err
    book = openpyxl.load_workbook(out)
    assert book.sheetnames
    assert any(sheet.max_row > 1 for sheet in book.worksheets)
    assert capsys.readouterr().out == f"Report written to {out}\n"


def test_the_register_holds_the_entries_of_the_account_and_period(demo: Demo, tmp_path: Path) -> None:
    """Options reach the builder: the workbook's register lists exactly the entry numbers of
    the account and the period that were asked for."""
    kind = kind_needing("period", "account")
    out = tmp_path / "register.xlsx"
    assert report(kind.code, demo.path, "--from", "2026-01-01", "--to", "2026-03-31",
                  "--account", "cash - RIEL", "--out", out) == 0
    with contextlib.closing(sqlite3.connect(demo.path)) as con:
        numbers = {n for (n,) in con.execute(
            "SELECT number FROM entry WHERE account_id = ? AND date BETWEEN '2026-01-01' AND '2026-03-31'",
            (demo.riel_id,))}
    assert numbers
    written = {str(v) for sheet in openpyxl.load_workbook(out).worksheets
               for row in sheet.iter_rows(values_only=True) for v in row if v is not None}
    assert numbers <= written


def test_format_from_the_option_when_the_suffix_says_nothing(demo: Demo, tmp_path: Path) -> None:
    kind = registry.kinds()[0]
    out = tmp_path / "report.bin"
    assert report(kind.code, demo.path, *options_for(kind, demo), "--format", "pdf", "--out", out) == 0
    assert out.read_bytes().startswith(b"%PDF")


class Spy:
    """Wraps registry.build to see the parameters the command line gave it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.params: list[registry.ReportParams] = []
        real = registry.build

        def build(cbo: Cbo, actor: Actor, code: str, params: registry.ReportParams,
                  progress: registry.Progress = registry.NO_PROGRESS) -> Report:
            self.params.append(params)
            return real(cbo, actor, code, params, progress)

        monkeypatch.setattr(registry, "build", build)


def test_language_digits_and_rate_reach_the_report(demo: Demo, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    spy = Spy(monkeypatch)
    kind = kind_needing("rate")
    assert report(kind.code, demo.path, *options_for(kind, demo), "--lang", "km", "--khmer-digits",
                  "--rate", "4,100", "--rate-date", "២០២៦-០៣-៣១", "--out", tmp_path / "r.pdf") == 0
    [params] = spy.params
    assert (params.language, params.khmer_digits) == ("km", True)
    assert params.rate is not None and params.rate == 4100
    assert params.rate_date == date(2026, 3, 31)


def test_language_defaults_to_the_reports_own(demo: Demo, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    spy = Spy(monkeypatch)
    for kind in registry.kinds():
        assert report(kind.code, demo.path, *options_for(kind, demo), "--out", tmp_path / "r.pdf") == 0
    assert [p.language for p in spy.params] == [k.default_language or "en" for k in registry.kinds()]


def test_an_account_by_id_a_fund_by_part_of_its_name(demo: Demo, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    spy = Spy(monkeypatch)
    kind = kind_needing("account")
    args = [a if a != "Cash – riel" else str(demo.riel_id) for a in options_for(kind, demo)]
    assert report(kind.code, demo.path, *args, "--out", tmp_path / "r.pdf") == 0
    assert spy.params[-1].account_id == demo.riel_id
    kind = kind_needing("fund")
    assert report(kind.code, demo.path, *options_for(kind, demo), "--out", tmp_path / "f.pdf") == 0
    assert spy.params[-1].fund_id == 1


def test_an_entry_by_its_number(demo: Demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spy = Spy(monkeypatch)
    kind = kind_needing("entry")
    assert report(kind.code, demo.path, "--entry", "r-2026-0001", "--out", tmp_path / "v.pdf") == 0
    with contextlib.closing(sqlite3.connect(demo.path)) as con:
        [(entry_id,)] = con.execute("SELECT id FROM entry WHERE number = 'R-2026-0001'").fetchall()
    assert spy.params[-1].entry_id == entry_id


def test_a_member_by_number_or_by_name(demo: Demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    spy = Spy(monkeypatch)
    kind = kind_needing("member_opt")
    with contextlib.closing(sqlite3.connect(demo.path)) as con:
        [(member_id, name)] = con.execute("SELECT id, name_latin FROM member WHERE number = 2").fetchall()
    assert report(kind.code, demo.path, *options_for(kind, demo), "--member", "2",
                  "--out", tmp_path / "m.pdf") == 0
    assert spy.params[-1].member_id == member_id
    assert report(kind.code, demo.path, *options_for(kind, demo), "--member", name.upper(),
                  "--out", tmp_path / "m.pdf") == 0
    assert spy.params[-1].member_id == member_id
    assert report(kind.code, demo.path, *options_for(kind, demo), "--member", "Nobody Atall",
                  "--out", tmp_path / "n.pdf") == 1
    assert "--member" in capsys.readouterr().err and not (tmp_path / "n.pdf").exists()


def test_the_command_loads_no_qt(demo: Demo, tmp_path: Path) -> None:
    """A report from a terminal (a server, a cron job) needs no Qt."""
    kind = registry.kinds()[0]
    args = ["report", kind.code, str(demo.path), *options_for(kind, demo), "--out", str(tmp_path / "r.pdf")]
    code = ("import sys\nfrom cbodesk.cli import main\n"
            f"assert main({args!r}) == 0\n"
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'\n")
    env = dict(os.environ, PYTHONPATH=str(REPO), CBODESK_HOME=str(tmp_path / "home"))
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr


# --- mistakes ---------------------------------------------------------------------------


def _register(demo: Demo) -> list[str]:
    """A report of one account over a period (the register), without --account."""
    kind = kind_needing("period", "account")
    return [kind.code, str(demo.path), "--from", "2026-01-01", "--to", "2026-03-31"]


def _lacking(need: str) -> Callable[[Demo], list[str]]:
    """A report that needs *need*, with every option it needs except the one for *need*."""
    option = {"rate": "--rate", "entry": "--entry", "closing": "--closing"}[need]

    def args(demo: Demo) -> list[str]:
        kind = kind_needing(need)
        return [kind.code, str(demo.path), *_without(options_for(kind, demo), option)]

    return args


def _without(args: list[str], option: str) -> list[str]:
    """*args* less *option* and its value."""
    if option not in args:
        return args
    i = args.index(option)
    return args[:i] + args[i + 2:]


MISTAKES: dict[str, tuple[Callable[[Demo], list[str]], list[str], str]] = {
    "unknown report": (lambda demo: ["payroll", str(demo.path)], [],
                       "There is no report “payroll”. The reports are: "),
    "missing account": (_register, [], "needs --account."),
    "ambiguous account": (_register, ["--account", "riel"],
                          ("“riel” (--account) could be more than one account: Cash – riel (id 1); "
                           "Mobile money – riel (id 4).")),
    "unknown account": (_register, ["--account", "Savings"],
                        "No account is named “Savings” (--account). The accounts are: Cash – riel (id 1);"),
    "bad date": (_register, ["--account", "1", "--to", "2026-02-30"],
                 "--to: “2026-02-30” is not a day of the calendar."),
    "not a date": (_register, ["--account", "1", "--from", "last month"], "--from: “last month” is not a date."),
    "backward period": (_register, ["--account", "1", "--from", "2026-04-01"],
                        "--from 2026-04-01 is after --to 2026-03-31."),
    "unused option": (_register, ["--account", "1", "--entry", "R-2026-0001"], "does not use --entry"),
    "rate without its day": (_lacking("rate"), ["--rate", "4100"], "Give --rate and --rate-date together"),
    "bad rate": (_lacking("rate"), ["--rate", "-5", "--rate-date", "2026-03-31"],
                 "--rate: “-5” is not an exchange rate."),
    "unknown entry": (_lacking("entry"), ["--entry", "R-2026-9999"],
                      "There is no entry numbered “R-2026-9999” (--entry)."),
    "unknown closing": (_lacking("closing"), ["--closing", "9999"], "There is no monthly closing 9999 (--closing)."),
    "no suffix, no format": (_register, ["--account", "1", "--out", "report.doc"],
                             "give report.doc the suffix .pdf or .xlsx, or add --format pdf"),
}


@pytest.mark.parametrize("mistake", list(MISTAKES))
def test_a_mistake_says_what_is_wrong_and_writes_nothing(
        mistake: str, demo: Demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    command, extra, message = MISTAKES[mistake]
    monkeypatch.chdir(tmp_path)
    assert report(*command(demo), "--out", "report.pdf", *extra) == 1
    printed = capsys.readouterr()
    assert printed.out == ""
    assert printed.err.startswith("cbodesk: ")
    assert message in printed.err
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_folder_that_does_not_exist(demo: Demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "usb" / "report.pdf"
    assert report(*_register(demo), "--account", "1", "--out", out) == 1
    assert f"The folder {out.parent} does not exist." in capsys.readouterr().err
    assert not out.parent.exists()


def test_the_cbo_file_itself_is_never_the_report(demo: Demo, capsys: pytest.CaptureFixture[str]) -> None:
    before = demo.path.read_bytes()
    assert report(*_register(demo), "--account", "1", "--format", "pdf", "--out", demo.path) == 1
    assert "is the CBO file itself" in capsys.readouterr().err
    assert demo.path.read_bytes() == before


def test_an_existing_report_is_replaced(demo: Demo, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"old")
    assert report(*_register(demo), "--account", "1", "--out", out) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_no_report_named_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        report("--out", "x.pdf")
    assert exit_.value.code == 2
    assert "cbodesk report --list" in capsys.readouterr().err


def test_the_minutes_of_a_meeting(demo: Demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    meeting = meeting_of(demo)
    out = tmp_path / "x.pdf"
    assert report("minutes", demo.path, "--meeting", str(meeting), "--out", out) == 0, capsys.readouterr().err
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())
    assert "Minutes taker" in text and "Chair" in text
    capsys.readouterr()
    assert report("minutes", demo.path, "--meeting", "99999", "--out", tmp_path / "y.pdf") == 1
    err = capsys.readouterr().err
    assert "--meeting" in err and f"(id {meeting})" in err
    assert not (tmp_path / "y.pdf").exists()
    assert report("minutes", demo.path, "--out", tmp_path / "z.pdf") == 1
    assert "--meeting" in capsys.readouterr().err


def test_participation_of_one_kind_of_meeting(demo: Demo, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    meeting_of(demo)
    out = tmp_path / "p.xlsx"
    assert report("participation", demo.path, "--from", "2025-07-01", "--to", "2026-06-30",
                  "--meeting-kind", "committee", "--out", out) == 0, capsys.readouterr().err
    cover = openpyxl.load_workbook(out).worksheets[0]
    assert "Only: Committee meeting." in " ".join(str(c.value) for row in cover.iter_rows() for c in row)
    assert report("participation", demo.path, "--from", "2025-07-01", "--to", "2026-06-30",
                  "--meeting-kind", "picnic", "--out", tmp_path / "q.xlsx") == 1
    assert "--meeting-kind" in capsys.readouterr().err


# --- the activity plan and M&E reports: an activity by code, id or title ---------------------------


@pytest.fixture(scope="module")
def planned(demo: Demo, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """A copy of the demo with a plan for 2031 (a year no demo plan has): activities 1.1 and 1.2."""
    import shutil
    from datetime import datetime

    from cbodesk.storage.database import open_cbo
    from cbodesk.storage.models import Activity, Plan

    path = tmp_path_factory.mktemp("planned") / "planned.cbodesk"
    shutil.copy(demo.path, path)
    now = datetime(2031, 1, 2, 8, 0)
    with open_cbo(path, upgrade=False, lock=False) as cbo, cbo.atomic():
        plan = Plan.create(fiscal_year=2031, created_at=now, created_by="test")
        ids = {code: int(Activity.create(plan=plan, code=code, title=title, start_month=date(2031, m, 1),
                                         end_month=date(2031, m, 1), budget_minor=100000, currency="KHR",
                                         created_at=now, created_by="test", sort_order=m).id)
               for code, title, m in (("1.1", "General assembly", 3), ("1.2", "General meeting of the "
                                                                      "committee", 4))}
    return path, ids


def test_an_activity_by_code_id_or_part_of_its_title(planned: tuple[Path, dict[str, int]], tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path, ids = planned
    spy = Spy(monkeypatch)
    for typed, expected in (("1.2", ids["1.2"]), (str(ids["1.1"]), ids["1.1"]), ("ASSEMBLY", ids["1.1"])):
        assert report("me_form", path, "--year", "2031", "--activity", typed, "--out", tmp_path / "f.pdf") == 0
        assert spy.params[-1].activity_id == expected and spy.params[-1].fiscal_year == 2031
    assert report("indicators", path, "--year", "2031", "--out", tmp_path / "i.pdf") == 0
    assert spy.params[-1].activity_id is None


def test_the_me_form_of_one_activity_from_the_command_line(planned: tuple[Path, dict[str, int]],
                                                            tmp_path: Path) -> None:
    path, _ids = planned
    every, one = tmp_path / "every.pdf", tmp_path / "one.xlsx"
    assert report("me_form", path, "--year", "2031", "--out", every) == 0
    assert len(PdfReader(every).pages) == 2  # each activity on its own page
    assert report("me_form", path, "--year", "2031", "--activity", "1.2", "--out", one) == 0
    headers = {str(sheet.cell(1, 2).value) for sheet in openpyxl.load_workbook(one).worksheets}
    assert "1.2 — General meeting of the committee" in headers
    assert "1.1 — General assembly" not in headers


ACTIVITY_MISTAKES = {
    "unknown activity": (["me_form", "--year", "2031", "--activity", "Savings"],
                         "The plan of 2031 has no activity “Savings” (--activity). Its activities are: "
                         "1.1 — General assembly (id "),
    "ambiguous activity": (["me_form", "--year", "2031", "--activity", "general"],
                           "“general” (--activity) could be more than one activity of the plan of 2031"),
    "activity of the grid": (["activity_plan", "--year", "2031", "--activity", "1.1"],
                             "The report activity_plan does not use --activity"),
    "no year": (["me_form", "--activity", "1.1"], "The report me_form needs --year."),
}


@pytest.mark.parametrize("mistake", list(ACTIVITY_MISTAKES))
def test_an_activity_mistake_says_what_is_wrong(mistake: str, planned: tuple[Path, dict[str, int]],
                                                tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, _ids = planned
    args, message = ACTIVITY_MISTAKES[mistake]
    out = tmp_path / "report.pdf"
    assert report(args[0], path, *args[1:], "--out", out) == 1
    err = capsys.readouterr().err
    assert message in err, err
    assert not out.exists()
