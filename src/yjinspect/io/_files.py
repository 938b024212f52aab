"""Files: the format a path's suffix implies, and atomic writes."""

from __future__ import annotations

import contextlib
import os
import stat
from os import PathLike
from pathlib import Path
from typing import IO, Any


def format_for(path: Path, fmt: str | None) -> str:
    """The format given, else the one the suffix names (``.json``, ``.toml``).

    .. versionadded:: 0.1.0
    """
    if fmt is not None:
        return fmt
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix == ".toml":
        return "toml"
    raise ValueError(
        f"cannot tell the format of {str(path)!r} from its suffix; "
        "pass format='json' or format='toml'"
    )


def _missing_folder(exc: OSError, target: Path) -> OSError:
    """The error for a folder that is missing (or a file), naming the folder the caller gave,
    not the temporary file they never heard of."""
    folder = str(target.parent)
    return type(exc)(
        exc.errno, f"cannot write {str(target)!r}: {exc.strerror or 'no such folder'}", folder
    )


def _temporary_name(target: Path) -> str:
    import secrets

    return os.path.join(target.parent, f".{target.name}.{secrets.token_hex(4)}.tmp")


def create_temporary(target: Path) -> tuple[int, str]:
    """Create a new, empty file beside ``target``; permissions follow the umask, as for any new
    file (``tempfile.mkstemp`` would make it readable by its owner only).

    .. versionadded:: 0.1.0
    """

    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = _temporary_name(target)
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue
        except (FileNotFoundError, NotADirectoryError) as exc:
            raise _missing_folder(exc, target) from None
    raise FileExistsError(f"no free temporary name beside {str(target)!r}")  # pragma: no cover


unnamed_files_work = True
"""False once naming an unnamed file has failed (a kernel or sandbox without the support)."""


def unnamed_temporary(target: Path) -> int | None:
    """An unnamed file in ``target``'s folder (Linux ``O_TMPFILE``): a process killed while
    writing it leaves nothing behind. ``None`` where the platform or file system has none."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or not unnamed_files_work or not os.path.isdir("/proc/self/fd"):
        return None
    try:
        return os.open(target.parent, flag | os.O_WRONLY, 0o666)
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise _missing_folder(exc, target) from None
    except OSError:  # the file system has no unnamed files (EOPNOTSUPP, EISDIR, EINVAL)
        return None


def _name_unnamed(fd: int, target: Path) -> str:
    """Give the unnamed file open at ``fd`` a temporary name beside ``target``."""
    for _ in range(100):
        tmp = _temporary_name(target)
        try:
            os.link(f"/proc/self/fd/{fd}", tmp, follow_symlinks=True)
            return tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {str(target)!r}")  # pragma: no cover


def write_atomic(path: str | PathLike[str], text: str | bytes) -> None:
    """Write text (as UTF-8), or bytes as they are (an Excel workbook), to a file atomically.

    The text is written to a temporary file in the same folder, flushed to disk, then renamed
    over the target. On any failure the old file is intact and no temporary file is left.
    Where the platform allows (Linux), the temporary file has no name until it is complete, so a
    process killed while writing leaves nothing; elsewhere, and in the instant between naming it
    and the rename, a kill can leave a file ``.<name>.<8 hex digits>.tmp`` beside the target,
    which is safe to delete. A file that is replaced keeps its permissions; a new file gets
    those the umask gives. Writing through a symbolic link writes the file it points to, and the
    link stays a link.

    Raises:
        FileNotFoundError: the folder does not exist (the error names the folder).
        OSError: the file cannot be written (the old file, if any, is left as it was).

    .. versionadded:: 0.1.0
    """
    global unnamed_files_work
    p = Path(path)
    if p.is_symlink():
        p = Path(os.path.realpath(p))
    fd = unnamed_temporary(p)
    tmp: str | None = None
    if fd is None:
        fd, tmp = create_temporary(p)
    try:
        opened: IO[Any] = (
            os.fdopen(fd, "wb")
            if isinstance(text, bytes)
            else os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        )
        with opened as fh:
            with contextlib.suppress(FileNotFoundError):
                os.chmod(fh.fileno(), stat.S_IMODE(os.stat(p).st_mode))  # keep its permissions
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
            if tmp is None:
                try:
                    tmp = _name_unnamed(fh.fileno(), p)
                except OSError:
                    unnamed_files_work = False
        if tmp is None:  # the unnamed file could not be named: write a named one instead
            write_atomic(p, text)
            return
        os.replace(tmp, p)
    except BaseException:
        if tmp is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        raise
