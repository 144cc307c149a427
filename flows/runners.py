"""Task runners: threads on one machine, or Dask (a local cluster or an existing one).

Dask workers run tasks in other processes, and a worker without `PREFECT_API_URL` would start a
Prefect server of its own (see ../shared/NOTES.md). So before a Dask run the CLI makes sure one
API serves the flow and every worker: the one in `PREFECT_API_URL`, or a local server it starts.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from typing import Iterator

from prefect.logging.handlers import APILogWorker
from prefect.settings import PREFECT_API_URL, temporary_settings
from prefect.task_runners import ThreadPoolTaskRunner

THREADS, DASK = "threads", "dask"


def make_task_runner(kind: str, address: str | None = None, workers: int = 2):
    if kind == THREADS:
        return ThreadPoolTaskRunner(max_workers=workers)
    if kind == DASK:
        from prefect_dask import DaskTaskRunner

        if address:
            return DaskTaskRunner(address=address)
        env = {"PREFECT_API_URL": os.environ.get("PREFECT_API_URL", "")}
        return DaskTaskRunner(
            cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True, "env": env}
        )
    raise ValueError(f"unknown task runner {kind!r}: use {THREADS} or {DASK}")


@contextmanager
def shared_prefect_api(startup_timeout_s: float = 120.0) -> Iterator[str]:
    """Yield an API URL every process can reach: PREFECT_API_URL, else a local `prefect server
    start` (with its scheduler, which the temporary in-process server lacks: cron schedules only
    fire against a full server) on a free loopback port, stopped on exit."""
    existing = os.environ.get("PREFECT_API_URL")
    if existing:
        yield existing
        return
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/api"
    server = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + startup_timeout_s
        while not _healthy(url):
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the local Prefect server did not start on {url}")
            time.sleep(0.5)
        os.environ["PREFECT_API_URL"] = url  # for worker processes
        with temporary_settings(updates={PREFECT_API_URL: url}):  # for this process
            yield url
    finally:
        APILogWorker.drain_all(timeout=5)  # send the run's last log lines before the server goes
        os.environ.pop("PREFECT_API_URL", None)
        server.terminate()
        server.wait(timeout=30)


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False
