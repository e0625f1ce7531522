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
    from cbodesk.services.demo import DemoOptions, write_demo

    with write_demo(args.file, DemoOptions(seed=args.seed)) as cbo:
        print(f"Demo CBO written to {cbo.location.display()}")
    return 0


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


if __name__ == "__main__":
    sys.exit(main())
