"""Writing output files atomically: a temp file in the same folder, then a rename, so a
reader never sees half a file and a failure leaves nothing behind.

Only a regular file (or a new name) is replaced that way. A special file -- a character device
such as /dev/null, /dev/full or a terminal, a FIFO, /dev/stdout -- is never replaced by a
regular file: the output is written into it directly, and a write error (``/dev/full``: no
space) is an error. A block device or a socket is refused. A symbolic link to a regular file
keeps its link: the file it points to is replaced.
"""
from __future__ import annotations

import os
import shutil
import stat
import tempfile
from pathlib import Path

from kg.model.errors import KGError


def atomic_write(path: Path, write) -> Path:
    """Call ``write(tmp_path)`` to fill a temp file, then move it to ``path``.

    Raises :class:`KGError` (one line naming ``path``) when the folder is missing, ``path`` is
    a folder, or the file cannot be written."""
    path = Path(path)
    shown = path
    target = write_target(path)
    if target is None:
        return _write_special(path, write)
    path = target                     # (a link stays; the file it points to is replaced)
    folder = path.parent if str(path.parent) else Path(".")
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
        raise KGError(f"cannot write {shown}: {exc.strerror or exc}") from None
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
    return shown


def _write_special(path: Path, write) -> Path:
    """Fill a private temp file, then copy it into the device or FIFO ``path`` (no rename)."""
    folder = tempfile.mkdtemp(prefix="kg-out-")
    try:
        tmp = Path(folder) / "out"
        write(tmp)
        with open(tmp, "rb") as src, open(path, "wb", buffering=0) as dst:
            shutil.copyfileobj(src, dst, 1 << 16)
    except OSError as exc:
        raise KGError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return path


def atomic_write_text(path: Path, text: str) -> Path:
    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
    return atomic_write(path, write)


def replace_files(contents: dict, remove=()) -> None:
    """Write several regular files and remove others as one change: all or nothing.

    ``contents`` maps a path to the bytes it should hold; ``remove`` lists paths to delete. Every
    new content is first written to a temp file beside its target; only when all are written are
    the targets swapped in (each old file kept aside until the end), and a failure at any step
    puts every file back as it was. Raises :class:`KGError` naming the file that failed."""
    staged: list[tuple[Path, Path]] = []
    moved: list[tuple[Path, Path | None]] = []      # (target, backup or None if it was new)
    current = None
    try:
        for path, data in contents.items():
            current = path = Path(path)
            if path.exists() and not path.is_file():
                raise KGError(f"cannot write {path}: not a regular file")
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            staged.append((path, Path(tmp)))
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        targets = [(p, t) for p, t in staged] + [(Path(p), None) for p in remove]
        for path, tmp in targets:
            current = path
            backup = None
            if path.exists():
                fd, bak = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".bak")
                os.close(fd)
                backup = Path(bak)
                os.replace(path, backup)
            moved.append((path, backup))
            if tmp is not None:
                os.replace(tmp, path)
    except (OSError, KGError) as exc:
        for path, backup in reversed(moved):        # put every file back as it was
            try:
                if backup is not None:
                    os.replace(backup, path)
                else:
                    path.unlink(missing_ok=True)
            except OSError:
                pass
        for _, tmp in staged:
            tmp.unlink(missing_ok=True)
        if isinstance(exc, KGError):
            raise
        raise KGError(f"cannot write {current}: {exc.strerror or exc}") from None
    for _, backup in moved:
        if backup is not None:
            backup.unlink(missing_ok=True)


class folder_lock:
    """An exclusive lock on a folder for one read-modify-write (``with folder_lock(d): ...``):
    a second writer waits for the first (up to ``timeout`` seconds, then an error), so two
    runs never both read a file and the last one's write drops the other's change. The lock is
    ``fcntl.flock`` on a hidden file ``.kg-write.lock`` in the folder, made on entry and removed
    on exit, so the folder is left as it was.

    The file is removed only while it is held, and only when the name still points to the file
    this lock holds (the same inode), so a lock file of another run is never removed. A waiter
    that gets the lock on a file removed meanwhile sees that its name now points elsewhere (or
    nowhere) and takes the lock again on the current file, so two writers never both hold it."""

    NAME = ".kg-write.lock"

    def __init__(self, folder: Path, timeout: float = 60.0):
        self.path = Path(folder) / self.NAME
        self.timeout = timeout
        self.fd = None

    def __enter__(self):
        import fcntl
        import time
        if not self.path.parent.is_dir():
            raise KGError(f"{self.path.parent}: folder not found")
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
            except OSError as exc:
                raise KGError(f"cannot lock {self.path.parent}: {exc.strerror or exc}") from None
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        os.close(fd)
                        raise KGError(f"{self.path.parent}: another kg command is writing there "
                                      f"(waited {self.timeout:.0f} s); try again") from None
                    time.sleep(0.05)
            if self._names_ours(fd):
                self.fd = fd
                return self
            os.close(fd)            # removed by the run before us: lock the current file

    def _names_ours(self, fd) -> bool:
        """Whether the lock file's name still points to the file open as ``fd``."""
        try:
            st = os.stat(self.path, follow_symlinks=False)
        except OSError:
            return False
        mine = os.fstat(fd)
        return (st.st_dev, st.st_ino) == (mine.st_dev, mine.st_ino)

    def __exit__(self, *exc):
        import fcntl
        try:
            if self._names_ours(self.fd):
                self.path.unlink(missing_ok=True)
        except OSError:
            pass                    # a read-only folder: the empty lock file stays
        finally:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None
        return False


def write_target(path: Path) -> Path | None:
    """The regular file a write of ``path`` replaces: ``path`` itself (or a new name), the file
    a symbolic link points to (the link stays), or None for a character device or a FIFO,
    written into directly. Raises :class:`KGError` (one line naming ``path``) for a folder, a
    block device or socket, a link to something else, or a path that cannot be looked at."""
    try:
        st = os.stat(path)          # follows links: what a write would reach
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise KGError(f"cannot write {path}: {exc.strerror or exc}") from None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise KGError(f"cannot write {path}: it is a folder")
    if st is not None and (stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode)):
        return None
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise KGError(f"cannot write {path}: not a regular file (a device or socket)")
    if path.is_symlink():
        real = Path(os.path.realpath(path))
        if st is None or str(real).startswith(("/proc/", "/dev/")):
            raise KGError(f"cannot write {path}: a link to {real}, which is not a regular file")
        return real
    return path
