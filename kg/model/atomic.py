"""Writing output files atomically: a temp file in the same folder, then a rename, so a
reader never sees half a file and a failure leaves nothing behind."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kg.model.errors import KGError


def atomic_write(path: Path, write) -> Path:
    """Call ``write(tmp_path)`` to fill a temp file, then move it to ``path``.

    Raises :class:`KGError` (one line naming ``path``) when the folder is missing, ``path`` is
    a folder, or the file cannot be written."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise KGError(f"cannot write {path}: it is a folder")
    if not folder.is_dir():
        raise KGError(f"cannot write {path}: folder {folder} does not exist")
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
        os.close(fd)
        write(Path(tmp))
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
        os.chmod(tmp, mode)
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise KGError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
    return path


def atomic_write_text(path: Path, text: str) -> Path:
    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
    return atomic_write(path, write)
