"""Files: the format a path's suffix implies, and atomic writes."""

from __future__ import annotations

import contextlib
import os
import stat
from os import PathLike
from pathlib import Path


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


def create_temporary(target: Path) -> tuple[int, str]:
    """Create a new, empty file beside ``target``; permissions follow the umask, as for any new
    file (``tempfile.mkstemp`` would make it readable by its owner only).

    .. versionadded:: 0.1.0
    """
    import secrets  # imported when a file is first written, to keep `import yjinspect` light

    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = os.path.join(target.parent, f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue
        except (FileNotFoundError, NotADirectoryError) as exc:
            # Name the folder the caller gave, not the temporary file they never heard of.
            folder = str(target.parent)
            raise type(exc)(
                exc.errno,
                f"cannot write {str(target)!r}: {exc.strerror or 'no such folder'}",
                folder,
            ) from None
    raise FileExistsError(f"no free temporary name beside {str(target)!r}")  # pragma: no cover


def write_atomic(path: str | PathLike[str], text: str) -> None:
    """Write text to a file atomically.

    The text is written to a temporary file in the same folder, flushed to disk, then renamed
    over the target. On any failure the old file is intact and no temporary file is left. A file
    that is replaced keeps its permissions; a new file gets those the umask gives.

    Raises:
        FileNotFoundError: the folder does not exist (the error names the folder).
        OSError: the file cannot be written (the old file, if any, is left as it was).

    .. versionadded:: 0.1.0
    """
    p = Path(path)
    fd, tmp = create_temporary(p)
    try:
        with contextlib.suppress(FileNotFoundError):
            os.chmod(tmp, stat.S_IMODE(os.stat(p).st_mode))  # keep the permissions it had
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, p)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
