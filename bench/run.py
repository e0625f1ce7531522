"""Run every benchmark (`make bench`) and print their tables."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import audit  # noqa: E402
import cashbook  # noqa: E402
import cashbook_page  # noqa: E402
import meetings  # noqa: E402
import members  # noqa: E402
import plans  # noqa: E402
import reports  # noqa: E402
import startup  # noqa: E402

if __name__ == "__main__":
    startup.main()
    print()
    cashbook_page.main([])
    print()
    cashbook.main([])
    print()
    reports.main([])
    print()
    members.main([])
    print()
    meetings.main([])
    print()
    plans.main([])
    print()
    audit.main([])
