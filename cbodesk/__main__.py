"""``python -m cbodesk``: the same as the ``cbodesk`` command."""

import sys

from cbodesk.cli import main

sys.exit(main())
