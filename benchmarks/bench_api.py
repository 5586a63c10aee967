"""A bounded load test of the REST API on loopback.

Builds a SQLite store from the demo corpus (`datelines ingest examples/corpus`), starts `datelines
serve` on a free port of 127.0.0.1, waits until it answers, then sends
GET /api/timeline?actor=TUR&actor=RUS from a few threads (one httpx client each) for at most
--seconds or --requests in all, whichever comes first, and prints one JSON object: requests per
second and the median and 95th-percentile latency in milliseconds. The server is stopped at the end.

    python benchmarks/bench_api.py [--threads 4] [--requests 2000] [--seconds 30]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"
HOST = "127.0.0.1"
PATH = "/api/timeline"
PARAMS = [("actor", "TUR"), ("actor", "RUS")]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _wait_ready(base: str, server: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with code {server.returncode}")
        try:
            if httpx.get(f"{base}/openapi.json", timeout=1.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"the server did not answer within {timeout:.0f} s")


def _load(base: str, threads: int, requests: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    remaining = [requests]
    stop_at = time.monotonic() + seconds

    def take() -> bool:
        with lock:
            if remaining[0] <= 0 or time.monotonic() >= stop_at:
                return False
            remaining[0] -= 1
            return True

    def worker() -> None:
        with httpx.Client(base_url=base, timeout=10.0) as client:
            while take():
                start = time.perf_counter()
                try:
                    ok = client.get(PATH, params=PARAMS).status_code == 200
                except httpx.HTTPError:
                    ok = False
                elapsed = time.perf_counter() - start
                with lock:
                    latencies.append(elapsed)
                    errors[0] += not ok

    workers = [threading.Thread(target=worker) for _ in range(threads)]
    start = time.perf_counter()
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    wall = time.perf_counter() - start
    ms = sorted(x * 1000 for x in latencies)
    return {
        "endpoint": f"GET {PATH}?actor=TUR&actor=RUS",
        "threads": threads,
        "requests": len(ms),
        "errors": errors[0],
        "seconds": round(wall, 2),
        "requests_per_s": round(len(ms) / wall, 1) if wall else 0.0,
        "p50_ms": round(statistics.median(ms), 2) if ms else None,
        "p95_ms": round(ms[max(0, int(len(ms) * 0.95) - 1)], 2) if ms else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--requests", type=int, default=2000, help="At most this many requests in all.")
    parser.add_argument("--seconds", type=float, default=30.0, help="At most this long sending requests.")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        subprocess.run([sys.executable, "-m", "datelines.cli", "ingest", str(CORPUS), "--db", db],
                       check=True, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port = _free_port()
        env = {k: v for k, v in os.environ.items() if k != "DATELINES_API_TOKEN"}
        server = subprocess.Popen(
            [sys.executable, "-m", "datelines.cli", "serve", "--db", db, "--host", HOST, "--port", str(port)],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            base = f"http://{HOST}:{port}"
            _wait_ready(base, server)
            answer = httpx.get(f"{base}{PATH}", params=PARAMS, timeout=10.0).json()
            result = _load(base, max(1, args.threads), max(1, args.requests), max(0.1, args.seconds))
            result["timeline_total"] = answer.get("total")  # the answer is not empty
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
