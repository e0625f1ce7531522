"""Writing a file the person asked for so that it is complete or not there at all.

An export, a report or a template is written under a temporary name in the
target folder and renamed over the target only once it is whole: a power cut,
a full USB stick or a cancelled job never leaves half a file under the name
the person chose, nor replaces a good file with a broken one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from cbodesk.domain.errors import UserError
from cbodesk.i18n import N_

NO_FOLDER = N_("errors", "The folder {folder} does not exist. Choose another place for the file.")


def check_folder(target: Path) -> None:
    folder = target.absolute().parent
    if not folder.is_dir():
        raise UserError(NO_FOLDER, folder=str(folder))


@contextlib.contextmanager
def written_atomically(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside *path*; on success it becomes *path*.

    If the block raises (including a cancellation), the temporary file is
    removed and *path* is left as it was.
    """
    target = Path(path)
    check_folder(target)
    handle, temp_name = tempfile.mkstemp(prefix=".cbodesk-", suffix=target.suffix + ".tmp",
                                         dir=target.absolute().parent)
    os.close(handle)
    try:
        yield Path(temp_name)
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
