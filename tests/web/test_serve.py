"""`datelines serve`: a real server on loopback, started as a user would, answering over HTTP."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from datelines.cli import app

STARTUP_SECONDS = 30


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(db: Path, port: int, env_token: str | None) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "DATELINES_API_TOKEN"}
    if env_token:
        env["DATELINES_API_TOKEN"] = env_token
    command = [sys.executable, "-m", "datelines.cli", "serve", "--db", str(db), "--port", str(port)]
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_until_up(base: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the server exited with {process.returncode}")
        try:
            httpx.get(base + "/openapi.json", timeout=1.0)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError("the server did not answer in time")


@pytest.fixture(params=[None, "from-env"], ids=["no-token", "env-token"])
def server(request, tmp_path) -> Iterator[tuple[str, str | None]]:
    port = free_port()
    process = serve(tmp_path / "s.db", port, request.param)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, process)
        yield base, request.param
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.slow
def test_a_served_store_answers_reads_and_guards_writes(server):
    base, token = server
    assert httpx.get(base + "/api/articles").json()["total"] == 0
    body = [{"text": "   ", "published": "2020-01-01"}]
    wrong = httpx.post(base + "/api/ingest", json=body, headers={"Authorization": "Bearer wrong"})
    assert wrong.status_code == 403
    if token is None:  # started without a token: no write is accepted, whatever is sent
        assert httpx.post(base + "/api/ingest", json=body, headers={"Authorization": "Bearer x"}).status_code == 403
    else:
        right = httpx.post(base + "/api/ingest", json=body, headers={"Authorization": f"Bearer {token}"})
        assert right.status_code == 200 and right.json()["counts"] == {"skipped:empty": 1}


def test_serve_rejects_a_bad_port(tmp_path):
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "s.db"), "--port", "70000"])
    assert result.exit_code == 2
