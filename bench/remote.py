"""Benchmark talking to FlyteAdmin: fetching and listing tasks against a local stand-in.

    pip install -e '.[test]' && python bench/remote.py          # about a minute
    python bench/remote.py --quick

The server is tests/remote/admin/server.py (FlyteAdmin's gateway, answers encoded by
flyteidl on upb), run in its own process on 127.0.0.1 so that it does not share this
process's interpreter lock. Measured, medians of repeated runs taken in turns:

- decode: ``FlyteTask.from_bytes`` on the admin ``Task`` bytes the server sends;
- HTTP only: the same GET on the client's kept-alive connection, body not decoded;
- fetch_task: ``Remote.fetch_task`` (HTTP, then decode);
- a new connection per call: ``urllib.request`` with a fresh connection each time, then
  flyteidl's (upb) parse, as a script without the client would do it.

The overhead of fetching over decoding is fetch_task minus decode. Then 10,000 task
versions are listed through ``Remote.list_tasks`` in pages of 100 (and of 1,000) over
one connection: wall time, tasks per second, requests and connections.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from run import Timer, measure  # noqa: E402  (bench/run.py: the shared timing rules)

SERVER = """
import sys, time
from pathlib import Path
from flyteidl.admin import task_pb2
from tests.remote.admin.server import FakeAdmin
admin = FakeAdmin()
root = Path(sys.argv[1]) / "tests" / "fixtures" / "tasks"
admin.add_task(task_pb2.TaskSpec.FromString((root / "realistic.pb").read_bytes()), version="v1")
many = task_pb2.TaskSpec.FromString((root / "add_one.pb").read_bytes())
for i in range(10_000):
    admin.add_task(many, version=f"v{i:05d}")
print(admin.start(), flush=True)
sys.stdin.read()  # until the benchmark closes our input
admin.stop()
"""

NAME = "workflows.typed.realistic"
MANY = "workflows.typed.add_one"


def fmt(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.1f} µs"


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats (noisier)")
    args = parser.parse_args(argv)
    repeats = 5 if args.quick else 25

    from flyteidl.admin import task_pb2

    from flyte_lite import FlyteTask
    from flyte_lite.remote import Remote
    from flyte_lite.remote.admin import Config, Timeout

    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env["PYTHONPATH"] = str(ROOT)
    server = subprocess.Popen([sys.executable, "-c", SERVER, str(ROOT)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert server.stdout is not None
        base = server.stdout.readline().strip()
        endpoint = base.split("://", 1)[1]
        remote = Remote(Config.for_endpoint(endpoint, insecure=True, http_proxy_url=""),
                        default_project="flytesnacks", default_domain="development",
                        timeout=Timeout(read=120))
        target = f"/api/v1/tasks/flytesnacks/development/{NAME}/v1?id.resource_type=TASK"
        accept = {"Accept": "application/octet-stream"}
        raw = remote.client.transport.request("GET", target, accept).body
        no_proxy = urllib.request.build_opener(urllib.request.ProxyHandler({}))

        def fresh_connection() -> object:
            request = urllib.request.Request(base + target, headers=accept)
            with no_proxy.open(request) as answer:
                return task_pb2.Task.FromString(answer.read())

        timers = {
            "decode": Timer(lambda: FlyteTask.from_bytes(raw, kind="task")),
            "HTTP only": Timer(lambda: remote.client.transport.request("GET", target, accept)),
            "fetch_task": Timer(lambda: remote.fetch_task(name=NAME, version="v1")),
            "new connection + upb": Timer(fresh_connection),
        }
        medians = measure({"bench": timers}, repeats)["bench"]
        print(f"fetching one task ({len(raw)} bytes of admin Task), medians of {repeats} runs:")
        print("| operation | time per call |")
        print("|---|---|")
        for case, seconds in medians.items():
            print(f"| {case} | {fmt(seconds)} |")
        overhead = medians["fetch_task"] - medians["decode"]
        print(f"\noverhead of fetch_task over decoding alone: {fmt(overhead)} wall "
              f"({medians['fetch_task'] / medians['decode']:.1f}x decode), most of it the "
              "stand-in server's time")
        calls = 300
        before = os.times()
        for _ in range(calls):
            remote.fetch_task(name=NAME, version="v1")
        after = os.times()
        user = (after.user - before.user) / calls
        system = (after.system - before.system) / calls
        print(f"client CPU per fetch_task: {fmt(user)} in Python (decoding {fmt(medians['decode'])}"
              f", HTTP and the rest {fmt(user - medians['decode'])}), {fmt(system)} in the "
              "kernel (sending on loopback runs the receiving side's TCP work too)")

        print("\nlisting 10,000 task versions over one connection (client CPU: this process's"
              " time in Python; the server runs in another):")
        print("| page size | wall | tasks/s | client CPU | per task | requests |"
              " new connections |")
        print("|---|---|---|---|---|---|---|")
        for page_size in (100, 1000):
            before = remote.client.transport.connections_opened
            start, cpu = time.perf_counter(), os.times().user
            count = sum(1 for _ in remote.list_tasks(name=MANY, page_size=page_size))
            wall, cpu = time.perf_counter() - start, os.times().user - cpu
            assert count == 10_000, count
            opened = remote.client.transport.connections_opened - before
            print(f"| {page_size} | {fmt(wall)} | {count / wall:,.0f} | {fmt(cpu)} | "
                  f"{fmt(cpu / count)} | {-(-count // page_size)} | {opened} |")
        remote.close()
    finally:
        if server.stdin is not None:
            server.stdin.close()
        server.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
