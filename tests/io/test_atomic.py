"""dump() writes atomically: on any failure the old file is intact and nothing else is left."""

from __future__ import annotations

import errno
import io
import os
import stat
from pathlib import Path

import pytest

import yjinspect as yj
from yjinspect import documents

OLD = '{"kind": "inspection", "note": "the old content, which must survive"}\n'


@pytest.fixture
def corpus() -> yj.Corpus:
    return yj.examples.bromley()


@pytest.fixture
def inspection(corpus: yj.Corpus) -> yj.Inspection:
    return corpus.get("bromley-2015-fji")


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "bromley.json"
    path.write_text(OLD, encoding="utf-8")
    return path


def _folder(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


# -- success ----------------------------------------------------------------------------------
@pytest.mark.parametrize("suffix", [".json", ".toml", ".JSON", ".Toml"])
def test_dump_replaces_the_content_and_the_format_follows_the_suffix(tmp_path, corpus, suffix):
    path = tmp_path / f"bromley{suffix}"
    path.write_text(OLD, encoding="utf-8")
    documents.dump(corpus, path)
    fmt = suffix.lower().lstrip(".")
    assert path.read_text(encoding="utf-8") == yj.dumps(corpus, fmt)
    assert documents.load(path) == corpus
    assert _folder(path) == [path.name]


def test_dump_creates_a_new_file_with_the_usual_permissions(tmp_path, inspection):
    path = tmp_path / "new.toml"
    documents.dump(inspection, path)
    assert documents.load(path) == inspection
    assert _folder(path) == ["new.toml"]
    if os.name == "posix":
        umask = os.umask(0)
        os.umask(umask)
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask


def test_dump_keeps_the_permissions_of_the_file_it_replaces(target, inspection):
    target.chmod(0o640)
    before = stat.S_IMODE(target.stat().st_mode)
    documents.dump(inspection, target)
    assert documents.load(target) == inspection
    if os.name == "posix":
        assert before == 0o640
    # Elsewhere chmod sets little more than the read-only flag, which is kept the same way.
    assert stat.S_IMODE(target.stat().st_mode) == before


def test_dump_writes_utf8_with_unix_newlines(tmp_path):
    insp = yj.Inspection(
        id="caerdydd-2016",
        service=yj.Service(
            name="Gwasanaeth Troseddau Ieuenctid Caerdydd",
            local_authority="Cyngor Caerdydd",
            authorities=["W06000015"],
        ),
        framework="hmip-fji-2012",
        inspection_kind=yj.InspectionKind.FULL_JOINT,
        notes="Arolygiaeth — “quoted” and accented: café",
    )
    path = tmp_path / "cardiff.json"
    documents.dump(insp, path)
    raw = path.read_bytes()
    assert "café".encode() in raw
    assert b"\r\n" not in raw
    assert documents.load(path) == insp


def test_an_explicit_format_overrides_the_suffix(tmp_path, inspection):
    path = tmp_path / "bromley.txt"
    documents.dump(inspection, path, format="toml")
    assert path.read_text(encoding="utf-8") == yj.dumps(inspection, "toml")
    assert documents.load(path, format="toml") == inspection


def test_dump_accepts_a_string_path(tmp_path, inspection):
    path = tmp_path / "bromley.json"
    documents.dump(inspection, str(path))
    assert documents.load(str(path)) == inspection


# -- refusals before anything is written --------------------------------------------------------
@pytest.mark.parametrize("name", ["bromley.yaml", "bromley", "bromley.json.bak"])
def test_an_unknown_suffix_is_refused_clearly_and_nothing_is_written(tmp_path, inspection, name):
    path = tmp_path / name
    with pytest.raises(
        ValueError,
        match=r"cannot tell the format of .* from its suffix; pass format='json' or format='toml'",
    ):
        documents.dump(inspection, path)
    assert list(tmp_path.iterdir()) == []


def test_load_refuses_an_unknown_suffix_the_same_way(tmp_path):
    path = tmp_path / "bromley.yml"
    path.write_text("kind: inspection\n", encoding="utf-8")
    with pytest.raises(ValueError, match="from its suffix"):
        documents.load(path)


def test_an_unknown_format_argument_is_refused(target, inspection):
    with pytest.raises(ValueError, match="unknown format 'yaml'"):
        documents.dump(inspection, target, format="yaml")
    assert target.read_text(encoding="utf-8") == OLD
    assert _folder(target) == [target.name]


# -- failures leave the old file and no temporary file ------------------------------------------
def test_serialisation_failure_of_a_non_document(target):
    with pytest.raises(TypeError, match="a Judgement is not a yjinspect document"):
        documents.dump(yj.Judgement(area="4.1", rating="good"), target)
    assert target.read_text(encoding="utf-8") == OLD
    assert _folder(target) == [target.name]


def test_serialisation_failure_inside_the_writer(target, inspection, monkeypatch):
    def broken(_doc):
        raise ValueError("$.notes: TOML has no null")

    monkeypatch.setattr(documents, "toml_dumps", broken)
    toml_target = target.with_suffix(".toml")
    toml_target.write_text(OLD, encoding="utf-8")
    with pytest.raises(ValueError, match="TOML has no null"):
        documents.dump(inspection, toml_target)
    assert toml_target.read_text(encoding="utf-8") == OLD
    assert sorted(_folder(target)) == sorted([target.name, toml_target.name])


@pytest.mark.parametrize(
    "error",
    [OSError(errno.ENOSPC, "No space left on device"), KeyboardInterrupt()],
    ids=["disk-full", "interrupted"],
)
def test_a_failing_file_write(target, inspection, monkeypatch, error):
    real_fdopen = os.fdopen
    written: list[str] = []

    class HalfWriter(io.TextIOWrapper):
        def write(self, text: str) -> int:
            n = super().write(text[: len(text) // 2])
            super().flush()
            written.append(text[:n])
            raise error

    def fdopen(fd, *args, **kwargs):
        raw = real_fdopen(fd, "wb")
        return HalfWriter(raw, encoding="utf-8", newline="\n")

    monkeypatch.setattr(os, "fdopen", fdopen)
    with pytest.raises(type(error)):
        documents.dump(inspection, target)
    assert len(written) == 1  # half the document did reach the temporary file
    assert 0 < len(written[0]) < len(yj.dumps(inspection))
    assert target.read_text(encoding="utf-8") == OLD
    assert _folder(target) == [target.name]


@pytest.mark.parametrize(
    "error",
    [OSError(errno.EIO, "Input/output error"), KeyboardInterrupt()],
    ids=["io-error", "interrupted"],
)
def test_a_failing_fsync(target, inspection, monkeypatch, error):
    calls: list[int] = []

    def fsync(fd: int) -> None:
        calls.append(fd)
        raise error

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(type(error)):
        documents.dump(inspection, target)
    assert len(calls) == 1
    assert target.read_text(encoding="utf-8") == OLD
    assert _folder(target) == [target.name]


@pytest.mark.parametrize(
    "error",
    [PermissionError(errno.EACCES, "Permission denied"), KeyboardInterrupt()],
    ids=["permission", "interrupted"],
)
def test_a_failing_rename(target, inspection, monkeypatch, error):
    seen: list[tuple[str, str]] = []

    def replace(src, dst):
        seen.append((str(src), str(dst)))
        # The temporary file is complete and beside the target when the rename is attempted.
        assert Path(src).parent == Path(dst).parent
        assert documents.load(Path(src), format="json") == inspection
        raise error

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(type(error)):
        documents.dump(inspection, target)
    assert [dst for _src, dst in seen] == [str(target)]
    assert Path(seen[0][0]).name.startswith(".bromley.json.")
    assert target.read_text(encoding="utf-8") == OLD
    assert _folder(target) == [target.name]


def test_a_missing_folder_is_an_os_error_and_nothing_is_created(tmp_path, inspection):
    path = tmp_path / "no-such-folder" / "bromley.json"
    with pytest.raises(FileNotFoundError) as info:
        documents.dump(inspection, path)
    assert info.value.errno == errno.ENOENT
    assert info.value.filename == str(tmp_path / "no-such-folder")
    assert str(path) in str(info.value)
    assert ".tmp" not in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_a_file_in_place_of_the_folder_is_named(tmp_path, inspection):
    (tmp_path / "notes").write_text("a file, not a folder", encoding="utf-8")
    path = tmp_path / "notes" / "bromley.json"
    with pytest.raises(NotADirectoryError) as info:
        documents.dump(inspection, path)
    assert info.value.errno == errno.ENOTDIR
    assert info.value.filename == str(tmp_path / "notes")
    assert ".tmp" not in str(info.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes"]


def test_a_dump_after_a_failed_dump_succeeds(target, inspection, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(errno.EIO, "EIO")))
        with pytest.raises(OSError, match="EIO"):
            documents.dump(inspection, target)
    documents.dump(inspection, target)
    assert documents.load(target) == inspection
    assert _folder(target) == [target.name]


@pytest.mark.parametrize("enabled", [True, False])
def test_loads_leaves_the_collector_as_it_was(enabled):
    import gc

    import yjinspect as yj

    text = yj.dumps(yj.examples.bromley())
    assert len(text) > 4096
    was = gc.isenabled()
    seen: list[bool] = []

    def watch(phase: str, info: dict[str, int]) -> None:
        seen.append(gc.isenabled())

    try:
        if enabled:
            gc.enable()
        else:
            gc.disable()
        gc.callbacks.append(watch)
        try:
            assert yj.loads(text) == yj.examples.bromley()
            gc.collect()
        finally:
            gc.callbacks.remove(watch)
        assert gc.isenabled() is enabled
        assert seen
        assert set(seen) == {enabled}
    finally:
        if was:
            gc.enable()
        else:
            gc.disable()


def test_the_collector_stays_on_in_other_threads_during_loads():
    import gc
    import threading

    import yjinspect as yj

    text = yj.dumps(yj.examples.bromley())
    assert gc.isenabled()
    loading = threading.Event()
    done = threading.Event()
    seen: list[bool] = []

    def load() -> None:
        loading.set()
        while not done.is_set():
            yj.loads(text)

    def watch() -> None:
        loading.wait()
        for _ in range(2000):
            seen.append(gc.isenabled())
        done.set()

    threads = [threading.Thread(target=load), threading.Thread(target=watch)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(seen) == 2000
    assert all(seen)
    assert gc.isenabled()


def test_a_cycle_made_in_another_thread_during_a_load_is_collected():
    import gc
    import threading
    import weakref

    import yjinspect as yj

    class Node:
        def __init__(self) -> None:
            self.me = self

    text = yj.dumps(yj.examples.bromley())
    refs: list[weakref.ref[Node]] = []
    started = threading.Event()

    done = threading.Event()
    alive: list[int] = []

    def load() -> None:
        started.set()
        while not done.is_set():
            yj.loads(text)

    def make_cycles() -> None:
        started.wait()
        for _ in range(20_000):
            refs.append(weakref.ref(Node()))
        # No explicit collection: the collector ran on its own while the loads went on.
        alive.append(sum(r() is not None for r in refs))
        done.set()

    threads = [threading.Thread(target=load), threading.Thread(target=make_cycles)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert alive[0] < 5_000
    assert gc.isenabled()


def test_gc_disable_in_another_thread_during_a_load_holds():
    import gc
    import threading

    import yjinspect as yj

    text = yj.dumps(yj.examples.bromley())
    was = gc.isenabled()
    started = threading.Event()

    def load() -> None:
        started.set()
        for _ in range(20):
            yj.loads(text)

    def switch_off() -> None:
        started.wait()
        gc.disable()

    try:
        threads = [threading.Thread(target=load), threading.Thread(target=switch_off)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


# -- bytes ------------------------------------------------------------------------------------
def test_write_atomic_writes_bytes_as_they_are(target: Path) -> None:
    from yjinspect.io import write_atomic

    os.chmod(target, 0o640)
    data = bytes(range(256)) + b"\r\n\n"
    write_atomic(target, data)
    assert target.read_bytes() == data
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640
    assert _folder(target) == [target.name]
    write_atomic(target, "é\n")
    assert target.read_bytes() == "é\n".encode()
