"""The command line: the same services as the app, from a terminal.

No Qt is loaded except by ``cbodesk`` alone and ``cbodesk open``. Errors a
person can act on are printed in plain words on stderr with exit status 1;
wrong arguments exit 2 (argparse).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Callable, Sequence

from cbodesk import __version__
from cbodesk.domain.errors import UserError

log = logging.getLogger(__name__)

CBO_HELP = "a .cbodesk file or a postgresql:// URL"


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

    p = sub.add_parser("verify", help="check that a CBO's file and cash book were not damaged or changed",
                       description="Check the file (SQLite's integrity check) and recompute the chain "
                                   "of hashes of the cash book. Prints the book's fingerprint and exits "
                                   "0, or names the first entry that does not fit and exits 1.")
    p.add_argument("cbo", help=CBO_HELP)
    p.set_defaults(func=cmd_verify)

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


def cmd_verify(args: argparse.Namespace) -> int:
    from cbodesk.services.cashbook_io import check_book
    from cbodesk.storage.database import open_cbo

    with open_cbo(args.cbo, upgrade=False, lock=False) as cbo:
        check = check_book(cbo)
    if check.file_problems:
        print("The file is damaged (SQLite integrity check):", file=sys.stderr)
        for line in check.file_problems:
            print(f"  {line}", file=sys.stderr)
    book = check.book
    if not book.ok:
        print(f"Book NOT verified: entry {book.entry_number} (id {book.entry_id}): {book.problem}. "
              f"{book.entries} entries checked.", file=sys.stderr)
    if not check.ok:
        return 1
    print(f"Book verified: {book.entries} entries, fingerprint {check.fingerprint}")
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


if __name__ == "__main__":
    sys.exit(main())
