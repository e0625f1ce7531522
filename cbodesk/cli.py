"""The command line: the same services as the app, from a terminal.

No Qt is loaded except by ``cbodesk`` alone and ``cbodesk open``. Errors a
person can act on are printed in plain words on stderr with exit status 1;
wrong arguments exit 2 (argparse).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from cbodesk import __version__
from cbodesk.domain.errors import UserError

if TYPE_CHECKING:
    from cbodesk.domain.roles import Actor
    from cbodesk.storage.database import Cbo

log = logging.getLogger(__name__)

CBO_HELP = "a .cbodesk file or a postgresql:// URL"

_REPORT_USAGE = """%(prog)s KIND CBO [--from DATE --to DATE] [--on DATE] [--account A]
                      [--fund F] [--year Y] [--closing ID] [--entry NUMBER]
                      [--rate R --rate-date DATE] [--lang en|km] [--khmer-digits]
                      [--format pdf|xlsx] --out FILE
       %(prog)s --list [--lang en|km]"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cbodesk",
        description="CBO Desk: members, meetings, cash book and plans of a community-based "
                    "organisation. Without a command, opens the app on the last CBO (or the "
                    "first-run wizard).",
    )
    parser.add_argument("--version", action="version", version=f"CBO Desk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("open", help="open a CBO in the app",
                       description="Open a CBO in the app window.")
    p.add_argument("cbo", help=CBO_HELP)
    p.add_argument("--check", action="store_true",
                   help="self-test: open the main window, visit every page, exit 0 if all is well")
    p.set_defaults(func=cmd_open)

    p = sub.add_parser("demo", help="write the demo CBO to a new file",
                       description="Write a realistic demo CBO (a community fishery in Kratie). "
                                   "The same seed gives the same data.")
    p.add_argument("file", help="the new .cbodesk file (or an empty postgresql:// database)")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument("--entries", type=_at_least(0), default=None, metavar="N",
                   help="cash-book lines (default 600); above 5,000 they are written straight "
                        "into the tables instead of through the app's services")
    p.add_argument("--years", type=_at_least(1), default=2, metavar="N",
                   help="years of cash book, ending last month (default 2)")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("info", help="show a CBO's profile, data version and counts",
                       description="Show a CBO's profile, data version and record counts.")
    p.add_argument("cbo", help=CBO_HELP)
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("backup", help="write a backup file of a CBO into a folder",
                       description="Write one backup file (the data and a manifest with its "
                                   "checksum) of a CBO into a folder, e.g. a USB stick.")
    p.add_argument("cbo", help=CBO_HELP)
    p.add_argument("--to", required=True, type=Path, metavar="DIR", help="folder to write into")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="restore a backup file to a CBO file",
                       description="Check a backup file, then write its CBO to FILE. An existing "
                                   "FILE is kept beside it under a '.before-restore-…' name.")
    p.add_argument("backup", type=Path, help="a .cbobackup file")
    p.add_argument("--to", required=True, type=Path, metavar="FILE", help="the .cbodesk file to write")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("copy", help="copy a CBO between its file and a shared PostgreSQL database",
                       description="Copy a whole CBO from a .cbodesk file into an empty PostgreSQL "
                                   "database, back into a new file, or into another file; then check "
                                   "that every table has as many rows, that the cash book's and the "
                                   "audit log's chains verify and that the CBO id is the same. On any "
                                   "failure nothing is left at the target. The password of a "
                                   "postgresql:// URL may be in it, in PGPASSWORD or in the keyring.")
    p.add_argument("source", help=CBO_HELP + " (at the current data version)")
    p.add_argument("target", help="a new .cbodesk file or an empty postgresql:// database")
    p.set_defaults(func=cmd_copy)

    p = sub.add_parser("verify", help="check that a CBO's file and cash book were not damaged or changed",
                       description="Check the file (SQLite's integrity check) and recompute the chains "
                                   "of hashes of the cash book and of the audit log. Prints the book's "
                                   "fingerprint and exits 0, or names the first entry that does not fit "
                                   "and exits 1.")
    p.add_argument("cbo", help=CBO_HELP)
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("users", help="list a CBO's users, or set a forgotten password",
                       description="List the users of a CBO (name, roles, active, last login). With "
                                   "--reset NAME, set a new password for NAME (asked twice, not shown): "
                                   "the way back in when the administrator forgot their password. "
                                   "The audit log records it as done from the terminal.")
    p.add_argument("cbo", help=CBO_HELP)
    p.add_argument("--reset", metavar="NAME", help="the user name whose password to set")
    p.set_defaults(func=cmd_users)

    p = sub.add_parser("export", help="write the cash book in another program's format",
                       description="Write the cash book in another program's format.")
    formats = p.add_subparsers(dest="format", metavar="FORMAT", required=True)
    f = formats.add_parser("hledger", help="a plain-text journal that hledger and ledger read",
                           description="Write the whole cash book as a plain-text journal that "
                                       "hledger and ledger read (accounts, opening balances, every "
                                       "entry with its number). Replaces FILE if it exists.")
    f.add_argument("cbo", help=CBO_HELP)
    f.add_argument("--out", required=True, type=Path, metavar="FILE", help="the journal file to write")
    f.set_defaults(func=cmd_export_hledger)

    p = sub.add_parser("template", help="write the Excel template for importing past entries",
                       description="Write the Excel workbook to fill in with past receipts, payments "
                                   "and opening balances, for `cbodesk import-entries`.")
    p.add_argument("file", type=Path, help="the new .xlsx file")
    p.add_argument("--lang", choices=["en", "km"], default="en",
                   help="language of the column names and instructions (default en)")
    p.add_argument("--cbo", metavar="CBO",
                   help="list this CBO's accounts, categories and funds (" + CBO_HELP + ")")
    p.set_defaults(func=cmd_template)

    p = sub.add_parser("import-entries", help="import past entries and opening balances from Excel",
                       description="Import past receipts, payments and opening balances from an "
                                   "Excel workbook made from `cbodesk template`. Every row is checked "
                                   "first; if anything is wrong, every problem is listed and nothing "
                                   "is imported. Importing the same file again records nothing twice.")
    p.add_argument("cbo", help=CBO_HELP)
    p.add_argument("file", type=Path, help="the filled-in .xlsx file")
    p.set_defaults(func=cmd_import_entries)

    p = sub.add_parser("report", help="write a report as a PDF or an Excel workbook",
                       usage=_REPORT_USAGE,
                       description="Make one of the CBO's reports and write it as a PDF or an Excel "
                                   "workbook. `cbodesk report --list` shows every report and the "
                                   "options it needs. Dates are 2026-03-14 or 14/03/2026; an "
                                   "account or a fund is given by its name (or part of it) or its "
                                   "id. Replaces FILE if it exists.")
    p.add_argument("kind", nargs="?", metavar="KIND", help="which report, e.g. register (see --list)")
    p.add_argument("cbo", nargs="?", metavar="CBO", help=CBO_HELP)
    p.add_argument("--list", action="store_true", help="list the reports and what each needs, then exit")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="the first day of the period")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="the last day of the period")
    p.add_argument("--on", metavar="DATE", help="the day of a report on one day (cash position)")
    p.add_argument("--account", metavar="ACCOUNT", help="an account, by name or id")
    p.add_argument("--fund", metavar="FUND", help="a fund, by name or id")
    p.add_argument("--year", metavar="YEAR", help="a fiscal year, e.g. 2026")
    p.add_argument("--closing", metavar="ID",
                   help="a monthly closing, by id (an unknown id lists the newest closings)")
    p.add_argument("--entry", metavar="NUMBER", help="a cash-book entry, by number (R-2026-0001) or id")
    p.add_argument("--member", metavar="MEMBER", help="a member, by number or name (or part of it)")
    p.add_argument("--activity", metavar="ACTIVITY",
                   help="an activity of the plan of --year, by code (1.1), id or part of its title")
    p.add_argument("--meeting", metavar="ID",
                   help="a meeting, by id (an unknown id lists the newest meetings)")
    p.add_argument("--meeting-kind", metavar="KIND",
                   help="only meetings of this kind: general_assembly, committee, regular, "
                        "extraordinary or networking")
    p.add_argument("--rate", metavar="R", help="riel per dollar, to add riel and dollars in one total "
                                               "(with --rate-date)")
    p.add_argument("--rate-date", metavar="DATE", help="the day of that exchange rate")
    p.add_argument("--lang", choices=["en", "km"], default=None,
                   help="language of the report (default: the report's own, else en)")
    p.add_argument("--khmer-digits", action="store_true", help="write numbers with Khmer digits")
    p.add_argument("--format", choices=["pdf", "xlsx"], default=None,
                   help="pdf or xlsx (default: from the suffix of --out)")
    p.add_argument("--out", type=Path, metavar="FILE", help="the file to write")
    p.set_defaults(func=cmd_report, report_parser=p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func is None:
        return _run_gui(None, check=False)
    from cbodesk.logsetup import setup_logging

    setup_logging(console=False)
    try:
        return func(args)
    except UserError as exc:
        print(f"cbodesk: {exc.text()}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _run_gui(location: str | None, *, check: bool) -> int:
    from cbodesk.gui.app import run

    return run(location, check=check)


def cmd_open(args: argparse.Namespace) -> int:
    return _run_gui(args.cbo, check=args.check)


def cmd_demo(args: argparse.Namespace) -> int:
    from cbodesk.services.demo import DEFAULT_ENTRIES, DemoOptions, write_demo

    entries = DEFAULT_ENTRIES if args.entries is None else args.entries
    with write_demo(args.file, DemoOptions(seed=args.seed, entries=entries, years=args.years)) as cbo:
        print(f"Demo CBO written to {cbo.location.display()} ({entries:,} cash-book lines)")
    return 0


def _at_least(low: int) -> Callable[[str], int]:
    def number(text: str) -> int:
        value = int(text.replace(",", "").replace("_", ""))
        if value < low:
            raise argparse.ArgumentTypeError(f"must be {low} or more")
        return value

    return number


def cmd_info(args: argparse.Namespace) -> int:
    from cbodesk.domain.catalogue import PROVINCE_BY_CODE
    from cbodesk.services.info import cbo_info
    from cbodesk.storage.database import open_cbo

    with open_cbo(args.cbo, upgrade=False, lock=False) as cbo:
        info = cbo_info(cbo)
    p = info.profile
    province = PROVINCE_BY_CODE.get(p.province)
    lines = [
        ("CBO", p.name_en or p.name_km),
        ("Khmer name", p.name_km),
        ("Acronym", p.acronym),
        ("Sector", p.sector),
        ("Address", ", ".join(x for x in (p.village, p.commune, p.district,
                                          province.name_en if province else "") if x)),
        ("Registration", f"{p.registration_authority} {p.registration_number} "
                         f"{p.registration_date or ''}".strip()),
        ("Location", info.location),
        ("Data version", str(info.schema_version)),
        ("CBO id", info.cbo_id),
        ("Created", info.created_at),
    ]
    lines += [(f"{name} rows", str(count)) for name, count in info.counts.items()]
    width = max(len(k) for k, _ in lines)
    for key, value in lines:
        print(f"{key:<{width}}  {value}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from cbodesk.storage.database import open_cbo
    from cbodesk.storage.snapshots import backup_cbo

    with open_cbo(args.cbo, upgrade=False) as cbo:
        written = backup_cbo(cbo, args.to, reason="manual")
    print(f"Backup written to {written}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from cbodesk.storage.snapshots import restore_to_file

    kept = restore_to_file(args.backup, args.to)
    print(f"Restored to {args.to}")
    if kept is not None:
        print(f"The file it replaced was kept as {kept}")
    return 0


def cmd_copy(args: argparse.Namespace) -> int:
    from cbodesk.services.copying import copy_cbo, format_counts, progress_printer
    from cbodesk.services.shared import with_stored_password
    from cbodesk.storage.database import Location

    source, target = (with_stored_password(Location.parse(x)) for x in (args.source, args.target))
    result = copy_cbo(source, target, on_rows=progress_printer(print))
    for line in format_counts(result):
        print(line)
    print(f"Copied {result.source} to {result.target}: CBO id {result.cbo_id}; cash book "
          f"({result.book_entries} entries) and audit log ({result.audit_entries} entries) verified.")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from cbodesk.services.cashbook_io import check_book
    from cbodesk.storage.database import open_cbo

    from cbodesk.services.audit import AuditCheck, check_log

    with open_cbo(args.cbo, upgrade=False, lock=False) as cbo:
        check = check_book(cbo)
        chained = "row_hash" in {c.name for c in cbo.db.get_columns("audit_entry")}  # schema 4 on
        log_check = check_log(cbo) if chained and not check.file_problems else AuditCheck(0)
    if not log_check.ok:
        print(f"Audit log NOT verified: {log_check.text()}", file=sys.stderr)
    if check.file_problems:
        print("The file is damaged (SQLite integrity check):", file=sys.stderr)
        for line in check.file_problems:
            print(f"  {line}", file=sys.stderr)
    book = check.book
    if not book.ok:
        print(f"Book NOT verified: entry {book.entry_number} (id {book.entry_id}): {book.problem}. "
              f"{book.entries} entries checked.", file=sys.stderr)
    if not check.ok or not log_check.ok:
        return 1
    print(f"Book verified: {book.entries} entries, fingerprint {check.fingerprint}")
    if chained:
        print(f"Audit log verified: {log_check.entries} entries")
    return 0


def cmd_users(args: argparse.Namespace) -> int:
    import getpass

    from cbodesk.domain.errors import InvalidInput
    from cbodesk.services import users
    from cbodesk.storage.database import open_cbo

    with open_cbo(args.cbo) as cbo:
        if args.reset:
            for _attempt in range(3):
                first = getpass.getpass(f"New password for {args.reset}: ")
                second = getpass.getpass("The same password again: ")
                if first != second:
                    print("The two passwords are not the same. Try again.", file=sys.stderr)
                    continue
                try:
                    users.reset_password_from_terminal(cbo, args.reset, first)
                except InvalidInput as exc:
                    print("\n".join(p.text() for p in exc.problems), file=sys.stderr)
                    continue
                print(f"The password of {args.reset} is set. They can log in with it now.")
                return 0
            return 1
        admin = users.actor_without_login(cbo, via=users.TERMINAL_MARK)
        login = "on" if users.login_required(cbo) else "off"
        print(f"Login is {login}.")
        for user in users.list_users(cbo, admin):
            last = user.last_login_at.isoformat(sep=" ") if user.last_login_at else "never"
            state = "active" if user.active else "disabled"
            print(f"{user.username:<24} {user.full_name:<28} {','.join(sorted(user.roles)):<32} {state:<9} "
                  f"last login: {last}")
    return 0


def cmd_export_hledger(args: argparse.Namespace) -> int:
    from cbodesk.services.cashbook_io import write_hledger_journal
    from cbodesk.storage.database import Location, open_cbo

    location = Location.parse(args.cbo)
    if not location.is_postgres and args.out.absolute() in (
            location.path, location.path.with_name(location.path.name + "-wal")):
        raise UserError(_OUT_IS_THE_CBO, path=str(args.out))
    with open_cbo(location, upgrade=False, lock=False) as cbo:
        written = write_hledger_journal(cbo, args.out)
    print(f"Journal written to {written.path}: {written.transactions} transactions "
          f"({written.entries} entries), fingerprint {written.fingerprint}")
    return 0


# Only the command line says these, in English (the app's file dialogs prevent both).
_OUT_IS_THE_CBO = "{path} is the CBO file itself. Write the journal to another file."


def cmd_template(args: argparse.Namespace) -> int:
    from cbodesk.services.cashbook_io import write_import_template
    from cbodesk.storage.database import open_cbo

    if args.file.exists():
        raise UserError(_TEMPLATE_EXISTS, path=str(args.file))
    if args.cbo:
        with open_cbo(args.cbo, upgrade=False, lock=False) as cbo:
            write_import_template(args.file, args.lang, cbo)
    else:
        write_import_template(args.file, args.lang)
    print(f"Template written to {args.file}")
    return 0


_TEMPLATE_EXISTS = ("A file named {path} already exists. Choose another name: the template never "
                    "replaces a file, which may hold entries typed in already.")


def cmd_import_entries(args: argparse.Namespace) -> int:
    from cbodesk.services.cashbook_io import import_entries
    from cbodesk.services.users import default_actor
    from cbodesk.storage.database import open_cbo

    with open_cbo(args.cbo, upgrade=False) as cbo:
        actor = default_actor(cbo)
        result = import_entries(cbo, actor, args.file)
    print(f"Imported {result.recorded} entries from {args.file.name}.")
    if result.already_imported:
        print(f"{result.already_imported} entries of this file were imported before and were "
              "not recorded again.")
    if result.accounts_created:
        print("New accounts: " + ", ".join(result.accounts_created))
    if result.openings_set:
        print("Opening balances set: " + ", ".join(result.openings_set))
    if result.needing_approval:
        print(f"{result.needing_approval} payments are above the financial policy's limit and "
              "wait for the committee's approval.")
    return 0



# --- report ---------------------------------------------------------------------------

# The options that give each need of a report kind: (option, argparse destination, required),
# in the order `--list` shows them.
_NEED_OPTIONS: dict[str, tuple[tuple[str, str, bool], ...]] = {
    "period": (("--from", "date_from", True), ("--to", "date_to", True)),
    "on": (("--on", "on", True),),
    "account": (("--account", "account", True),),
    "account_opt": (("--account", "account", False),),
    "fund": (("--fund", "fund", True),),
    "fund_opt": (("--fund", "fund", False),),
    "fiscal_year": (("--year", "year", True),),
    "closing": (("--closing", "closing", True),),
    "entry": (("--entry", "entry", True),),
    "rate": (("--rate", "rate", False), ("--rate-date", "rate_date", False)),
    "member_opt": (("--member", "member", False),),
    "activity_opt": (("--activity", "activity", False),),
    "meeting": (("--meeting", "meeting", True),),
    "meeting_kind_opt": (("--meeting-kind", "meeting_kind", False),),
}

_FORMATS = {".pdf": "pdf", ".xlsx": "xlsx"}

# The option that gives each field of ReportParams, to name it when a builder refuses a value.
_PARAM_OPTIONS = {"date_from": "--from", "date_to": "--to", "on": "--on", "account_id": "--account",
                  "fund_id": "--fund", "fiscal_year": "--year", "closing_id": "--closing",
                  "entry_id": "--entry", "rate": "--rate", "rate_date": "--rate-date",
                  "member_id": "--member", "meeting_id": "--meeting", "meeting_kind": "--meeting-kind"}


_PARAM_OPTIONS["activity_id"] = "--activity"


def _options(needs: frozenset[str]) -> list[tuple[str, str, bool]]:
    return [option for need, options in _NEED_OPTIONS.items() if need in needs for option in options]


def _needs_text(needs: frozenset[str]) -> str:
    return " ".join(name if required else f"[{name}]" for name, _, required in _options(needs))


def cmd_report(args: argparse.Namespace) -> int:
    from cbodesk.files import check_folder
    from cbodesk.reports import registry
    from cbodesk.storage.database import Location

    if args.list:
        return _list_reports(args.lang or "en")
    if args.kind is None or args.cbo is None:
        args.report_parser.error("name a report and a CBO: cbodesk report KIND CBO … "
                                 "(cbodesk report --list shows the reports)")
    if args.out is None:
        args.report_parser.error("the following arguments are required: --out")
    try:
        kind = registry.kind(args.kind)
    except registry.UnknownReport:
        codes = ", ".join(k.code for k in registry.kinds())
        raise UserError(_UNKNOWN_REPORT, code=args.kind, codes=codes) from None

    # Everything that can be checked without the CBO is checked before it is opened.
    out: Path = args.out
    fmt = args.format or _FORMATS.get(out.suffix.lower())
    if fmt is None:
        raise UserError(_NO_FORMAT, path=str(out))
    check_folder(out)
    location = Location.parse(args.cbo)
    if not location.is_postgres and out.absolute() in (
            location.path, location.path.with_name(location.path.name + "-wal")):
        raise UserError(_REPORT_IS_THE_CBO, path=str(out))
    # An option the report does not use would be silently ignored: say so instead.
    used = {dest for _, dest, _ in _options(kind.needs)}
    for name, dest, _ in _options(frozenset(_NEED_OPTIONS)):
        if getattr(args, dest) is not None and dest not in used:
            raise UserError(_UNUSED_OPTION, option=name, code=kind.code,
                            needs=_needs_text(kind.needs) or "nothing more")
    missing = [name for name, dest, required in _options(kind.needs)
               if required and getattr(args, dest) is None]
    if missing:
        raise UserError(_MISSING_OPTION, code=kind.code, options=" and ".join(dict.fromkeys(missing)))
    date_from, date_to, on = _day("--from", args.date_from), _day("--to", args.date_to), _day("--on", args.on)
    if date_from is not None and date_to is not None and date_from > date_to:
        raise UserError(_BACKWARD_PERIOD, date_from=args.date_from, date_to=args.date_to)
    rate, rate_date = _rate(args.rate), _day("--rate-date", args.rate_date)
    if (rate is None) != (rate_date is None):
        raise UserError(_RATE_ALONE)
    year = _whole_number("--year", args.year)
    closing_id = _whole_number("--closing", args.closing)
    language = args.lang or kind.default_language or "en"

    from cbodesk.domain.errors import InvalidInput
    from cbodesk.services.users import default_actor
    from cbodesk.storage.database import open_cbo

    with open_cbo(location, upgrade=False, lock=False) as cbo:
        actor = default_actor(cbo)
        params = registry.ReportParams(
            language=language, khmer_digits=args.khmer_digits, date_from=date_from, date_to=date_to,
            on=on, account_id=_account_id(cbo, args.account), fund_id=_fund_id(cbo, args.fund),
            fiscal_year=year, closing_id=_closing_id(cbo, closing_id),
            entry_id=_entry_id(cbo, args.entry), rate=rate, rate_date=rate_date,
            member_id=_member_id(cbo, actor, args.member),
            activity_id=_activity_id(cbo, year, args.activity),
            meeting_id=_meeting_id(cbo, _whole_number("--meeting", args.meeting)),
            meeting_kind=_meeting_kind(args.meeting_kind))
        try:
            report = registry.build(cbo, actor, kind.code, params)
        except InvalidInput as exc:  # the builder's own checks, said with the options' names
            problems = " ".join(f"{_PARAM_OPTIONS.get(p.field, p.field)}: {p.text()}" for p in exc.problems)
            raise UserError(_CANNOT_MAKE, code=kind.code, problems=problems) from None
    if fmt == "pdf":
        from cbodesk.reports.pdf import render_pdf

        pages = render_pdf(report, out, registry.NO_PROGRESS)
        print(f"Report written to {out} ({pages} {'page' if pages == 1 else 'pages'})")
    else:
        from cbodesk.reports.xlsx import render_xlsx

        render_xlsx(report, out, registry.NO_PROGRESS)
        print(f"Report written to {out}")
    return 0


def _list_reports(language: str) -> int:
    from cbodesk.i18n import catalogue
    from cbodesk.reports import registry

    translate = catalogue(language)
    rows = [(k.code, str(k.chapter), translate("reports", k.title), _needs_text(k.needs))
            for k in registry.kinds()]
    header = ("KIND", "CHAPTER", "TITLE", "NEEDS")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(3)]
    for row in [header, *rows]:
        print(f"{row[0]:<{widths[0]}}  {row[1]:>{widths[1]}}  {row[2]:<{widths[2]}}  {row[3]}".rstrip())
    return 0


def _day(option: str, text: str | None) -> date | None:
    from cbodesk.domain.formatting import DateError, LocaleSettings, parse_date

    if text is None:
        return None
    try:
        return parse_date(text, LocaleSettings())
    except DateError as exc:
        raise UserError(_BAD_OPTION, option=option, problem=exc.text()) from None


def _whole_number(option: str, text: str | None) -> int | None:
    from cbodesk.domain.formatting import from_khmer_digits

    if text is None:
        return None
    digits = from_khmer_digits(text).strip()
    if not (digits.isascii() and digits.isdigit()):
        raise UserError(_BAD_OPTION, option=option, problem=f"“{text}” is not a whole number.")
    return int(digits)


def _rate(text: str | None) -> Decimal | None:
    from cbodesk.domain.formatting import from_khmer_digits

    if text is None:
        return None
    try:
        rate = Decimal(from_khmer_digits(text).replace(",", "").strip())
    except ArithmeticError:
        rate = Decimal(0)
    if not rate.is_finite() or rate <= 0:
        raise UserError(_BAD_OPTION, option="--rate",
                        problem=f"“{text}” is not an exchange rate. Give the riel paid for one dollar, "
                                "for example 4100.")
    return rate


def _fold(text: str) -> str:
    """Names as a person types them: any case, any dash, spaces squeezed."""
    return " ".join(text.replace("–", "-").replace("—", "-").casefold().split())


def _choose(what: str, option: str, typed: str | None, choices: Sequence[tuple[int, str]]) -> int | None:
    """The id of the one choice *typed* names: its id, its whole name, or a part of its name
    only it has."""
    if typed is None:
        return None
    wanted = _fold(typed)
    if wanted.isdigit():
        by_id = [i for i, _ in choices if i == int(wanted)]
        if by_id:
            return by_id[0]
    found = ([i for i, name in choices if _fold(name) == wanted]
             or [i for i, name in choices if wanted and wanted in _fold(name)])
    listed = "; ".join(f"{name} (id {i})" for i, name in choices) or "none"
    if not found:
        raise UserError(_NO_SUCH_CHOICE, what=what, option=option, typed=typed, choices=listed)
    if len(found) > 1:
        names = "; ".join(f"{name} (id {i})" for i, name in choices if i in found)
        raise UserError(_AMBIGUOUS_CHOICE, what=what, option=option, typed=typed, choices=names)
    return found[0]


def _account_id(cbo: Cbo, typed: str | None) -> int | None:
    from cbodesk.services import cashbook

    if typed is None:
        return None
    return _choose("account", "--account", typed, [(a.id, a.name) for a in cashbook.accounts(cbo)])


def _fund_id(cbo: Cbo, typed: str | None) -> int | None:
    from cbodesk.services import cashbook

    if typed is None:
        return None
    return _choose("fund", "--fund", typed,
                   [(f.id, f.name) for f in cashbook.funds(cbo, include_retired=True)])


def _member_id(cbo: Cbo, actor: Actor, typed: str | None) -> int | None:
    from cbodesk.services import members

    if typed is None:
        return None
    found = members.member_choices(cbo, actor, typed, limit=50, include_gone=True)
    # Chosen by member number (what people know), then the number is turned into the member.
    number = _choose("member", "--member", typed, [(m.number, m.label()) for m in found])
    return next(m.id for m in found if m.number == number)


def _meeting_id(cbo: Cbo, meeting_id: int | None) -> int | None:
    from cbodesk.services.meetings_reporting import meeting_choices

    if meeting_id is None:
        return None
    choices = meeting_choices(cbo)  # newest first
    if any(m.id == meeting_id for m in choices):
        return meeting_id
    listed = "; ".join(f"{m.label()} (id {m.id})" for m in choices[:10]) or "none"
    raise UserError(_NO_SUCH_CHOICE, what="meeting", option="--meeting", typed=str(meeting_id), choices=listed)


def _meeting_kind(typed: str | None) -> str | None:
    from cbodesk.domain.meetings import KINDS

    if typed is None:
        return None
    kind = typed.strip().lower().replace("-", "_").replace(" ", "_")
    if kind not in KINDS:
        raise UserError(_BAD_OPTION, option="--meeting-kind",
                        problem=f"“{typed}” is not a kind of meeting. Give one of {', '.join(KINDS)}.")
    return kind


def _activity_id(cbo: Cbo, fiscal_year: int | None, typed: str | None) -> int | None:
    """An activity of the plan of *fiscal_year*: by its code (what people write on paper),
    else by id or by (part of) its title."""
    from cbodesk.services.plans_reporting import activity_choices

    if typed is None or fiscal_year is None:
        return None
    choices = activity_choices(cbo, fiscal_year)
    wanted = _fold(typed)
    found = ([c.id for c in choices if c.code and _fold(c.code) == wanted]
             or [c.id for c in choices if wanted.isdigit() and c.id == int(wanted)]
             or [c.id for c in choices if wanted and wanted in _fold(c.label)])
    if len(found) == 1:
        return found[0]
    listed = "; ".join(f"{c.label} (id {c.id})" for c in choices if not found or c.id in found) or "none"
    raise UserError(_AMBIGUOUS_ACTIVITY if found else _NO_SUCH_ACTIVITY, typed=typed, year=fiscal_year,
                    choices=listed)


def _closing_id(cbo: Cbo, closing_id: int | None) -> int | None:
    from cbodesk.services.reporting import closing_choices

    if closing_id is None:
        return None
    choices = closing_choices(cbo)  # newest first
    if any(i == closing_id for i, _ in choices):
        return closing_id
    # A book of ten years has hundreds of closings: the newest are the ones asked for.
    listed = "; ".join(f"{i} ({label})" for i, label in choices[:_CLOSINGS_SHOWN]) or "none yet"
    if len(choices) > _CLOSINGS_SHOWN:
        listed += "; and older ones"
    raise UserError(_NO_SUCH_CLOSING, closing_id=closing_id, choices=listed)


def _entry_id(cbo: Cbo, typed: str | None) -> int | None:
    """An entry by its number (R-2026-0001) or its id; a transfer's number names its first line."""
    from cbodesk.services.cashbook_list import EntryFilter, entry_rows

    if typed is None:
        return None
    wanted = typed.strip()
    if wanted.isascii() and wanted.isdigit():
        import peewee

        from cbodesk.services import cashbook

        try:
            return cashbook.entry(cbo, int(wanted)).id
        except peewee.DoesNotExist:
            raise UserError(_NO_SUCH_ENTRY_ID, typed=typed) from None
    # The search matches numbers, payers and descriptions that contain the text; keep exact numbers.
    rows = entry_rows(cbo, EntryFilter(search=wanted), 0, 1000)
    ids = sorted(r.id for r in rows if r.number.casefold() == wanted.casefold())
    if not ids:
        raise UserError(_NO_SUCH_ENTRY, typed=typed)
    return ids[0]


_UNKNOWN_REPORT = ("There is no report “{code}”. The reports are: {codes}. "
                   "`cbodesk report --list` says what each needs.")
_NO_FORMAT = ("Say which kind of file to write: give {path} the suffix .pdf or .xlsx, or add "
              "--format pdf or --format xlsx.")
_REPORT_IS_THE_CBO = "{path} is the CBO file itself. Write the report to another file."
_UNUSED_OPTION = "The report {code} does not use {option}; it needs {needs}. Leave {option} out."
_MISSING_OPTION = "The report {code} needs {options}."
_CANNOT_MAKE = "The report {code} cannot be made: {problems}"
_BACKWARD_PERIOD = "The period ends before it begins: --from {date_from} is after --to {date_to}."
_RATE_ALONE = "Give --rate and --rate-date together: the rate, and the day it was the rate."
_BAD_OPTION = "{option}: {problem}"
_NO_SUCH_CHOICE = "No {what} is named “{typed}” ({option}). The {what}s are: {choices}."
_AMBIGUOUS_CHOICE = ("“{typed}” ({option}) could be more than one {what}: {choices}. Give more of "
                     "the name, or the id.")
_NO_SUCH_ACTIVITY = "The plan of {year} has no activity “{typed}” (--activity). Its activities are: {choices}."
_AMBIGUOUS_ACTIVITY = ("“{typed}” (--activity) could be more than one activity of the plan of {year}: "
                       "{choices}. Give its code or its id.")
_CLOSINGS_SHOWN = 12
_NO_SUCH_CLOSING = ("There is no monthly closing {closing_id} (--closing). The newest closings are: "
                    "{choices}.")
_NO_SUCH_ENTRY_ID = "There is no entry with the id {typed} (--entry)."
_NO_SUCH_ENTRY = ("There is no entry numbered “{typed}” (--entry). Give the number as printed on "
                  "the receipt or payment voucher, e.g. R-2026-0001.")


if __name__ == "__main__":
    sys.exit(main())
