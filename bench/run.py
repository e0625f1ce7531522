"""Run every benchmark (`make bench`) and print their tables."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import startup  # noqa: E402

if __name__ == "__main__":
    startup.main()
