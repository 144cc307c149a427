"""One run at a time per curated folder: two runs publishing at once could interleave their swaps
and leave a state table that matches neither."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import filelock

LOCK_FILE = ".pipeline.lock"


class CuratedFolderBusy(RuntimeError):
    """Another run holds the curated folder."""


@contextmanager
def curated_lock(
    curated_dir: Path, wait_s: float, on_wait: Callable[[str], None] | None = None
) -> Iterator[None]:
    """Hold the folder's lock for the whole run; wait up to `wait_s` seconds for another run."""
    curated_dir.mkdir(parents=True, exist_ok=True)
    path = curated_dir / LOCK_FILE
    lock = filelock.FileLock(str(path))
    try:
        lock.acquire(timeout=0)
    except filelock.Timeout:
        if on_wait is not None:
            on_wait(f"{curated_dir} is being published by another run; waiting up to {wait_s:.0f} s for it")
        try:
            lock.acquire(timeout=wait_s)
        except filelock.Timeout as exc:
            raise CuratedFolderBusy(
                f"{curated_dir} is locked by another pipeline run (lock file {path}); it did not finish "
                f"within {wait_s:.0f} s. Wait for it, or raise --lock-wait"
            ) from exc
    try:
        yield
    finally:
        lock.release()
