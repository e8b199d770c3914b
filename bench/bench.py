#!/usr/bin/env python3
"""The MissionTracker HTTP benchmark (called by bench/run.sh after the Release build).

Each endpoint is measured side by side with its baseline: the same response bytes served from memory by the same
process (PUT /bench/baseline/{name}, then GET or POST it), so each ratio compares the app with the fastest it could be
on this machine at this moment. Prints a Markdown table, writes bench/results/<time>.{json,md}, and ends with one
summary line; the exit code is 1 when a target is missed.
"""
import argparse
import base64
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CACHE = os.path.join(ROOT, "bench", ".cache")
RESULTS = os.path.join(ROOT, "bench", "results")
APP = os.path.join(CACHE, "app", "MissionTracker.Web.dll")
ARTICLE = os.path.join(ROOT, "bench", "MissionTracker.Benchmarks", "synthetic-article.txt")
WARM_UP_S = 2  # seconds of load before each measurement
WRITE_WARM_UP_S = 20
# A fresh process serves 3-5k requests/s for its first ~10 s of load and 12-15k after (the JIT's tier-1 code arrives
# while both cores are busy), for the baseline as for the app: the first endpoint measured warms the process up longer,
# or its baseline, measured cold, makes the app look twice as fast as serving the same bytes from memory.
PROCESS_WARM_UP_S = 15
TAG = "syn20200212"  # the slug prefix SyntheticData uses with its default seed
WORDS = ["training", "coalition", "handover", "baghdad", "parliament", "consent", "mentoring", "officers",
         "partnership", "protection", "reconfiguration", "daesh", "allies", "ministry", "contingent", "advisory"]

# Targets of issue 7.
REPEATED, FIRST_TIME, SEARCH, DASHBOARD = 0.8, 0.5, 0.3, 0.3
P99_MS, WRITES_PER_S, EXTRACT_MS, RSS_MB = 50.0, 2000.0, 5.0, 300.0


def log(message):
    print(f"==> {message}", file=sys.stderr, flush=True)


def app_env(data_dir, db):
    env = dict(os.environ)
    env.update({
        "ASPNETCORE_ENVIRONMENT": "Production",
        "DOTNET_ENVIRONMENT": "Production",
        "ConnectionStrings__MissionTracker": f"Data Source={db}",
        "MissionTracker__DataDirectory": data_dir,
    })
    return env


def run_command(data_dir, db, *arguments):
    result = subprocess.run(["dotnet", APP, *arguments], env=app_env(data_dir, db), cwd=os.path.dirname(APP),
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"bench: '{' '.join(arguments)}' failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout.strip().splitlines()


def database(statements):
    """The generated database, made once per size and kept in bench/.cache/ (the runs work on a copy)."""
    cached = os.path.join(CACHE, f"statements-{statements}.db")
    if not os.path.exists(cached):
        work = tempfile.mkdtemp(prefix="gen-", dir=CACHE)
        db = os.path.join(work, "bench.db")
        log(f"generating {statements:,} statements (once; cached as {os.path.relpath(cached, ROOT)})")
        started = time.monotonic()
        lines = run_command(work, db, "generate-data", "--statements", str(statements))
        log(f"{lines[-1]} (command: {time.monotonic() - started:.1f} s)")
        subprocess.run(["sqlite3", db, "PRAGMA wal_checkpoint(TRUNCATE);"], capture_output=True) if shutil.which("sqlite3") else None
        for suffix in ("-wal", "-shm"):
            if os.path.exists(db + suffix):
                sys.exit("bench: the generated database still has a WAL file; was the generator stopped?")
        os.replace(db, cached)
        shutil.rmtree(work, ignore_errors=True)
    run_dir = os.path.join(CACHE, "run")
    shutil.rmtree(run_dir, ignore_errors=True)
    os.makedirs(run_dir)
    db = os.path.join(run_dir, "bench.db")
    shutil.copyfile(cached, db)
    key = run_command(run_dir, db, "create-api-key", f"bench-{int(time.time())}", "--scope", "write")[-1].strip()
    return run_dir, db, key


class App:
    def __init__(self, run_dir, db, port):
        self.base = f"http://127.0.0.1:{port}"
        env = app_env(run_dir, db)
        env.update({
            "MissionTracker__Bench__Enabled": "true",
            "MissionTracker__RateLimits__Writes__PermitLimit": "100000000",
            "MissionTracker__RateLimits__Expensive__PermitLimit": "100000000",
        })
        self.log_path = os.path.join(run_dir, "app.log")
        self.log_file = open(self.log_path, "w")
        self.process = subprocess.Popen(["dotnet", APP, "--urls", self.base], env=env, cwd=os.path.dirname(APP),
                                        stdout=self.log_file, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"bench: the app exited with {self.process.returncode}; see {self.log_path}")
            try:
                if self.request("GET", "/health")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        self.stop()
        sys.exit("bench: the app did not answer /health within 60 s")

    def request(self, method, path, body=None, headers=None, timeout=60):
        request = urllib.request.Request(self.base + path, data=body, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status, response.headers.get("Content-Type", "application/octet-stream"), response.read()
        except urllib.error.HTTPError as e:
            return e.code, e.headers.get("Content-Type", ""), e.read()
        except (TimeoutError, urllib.error.URLError) as e:
            return 0, "", f"no answer: {e}".encode()

    def peak_rss_mb(self):
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        return float("nan")

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.log_file.close()


LUA_REPORT = r"""
local counter = 0
local threads = {}
setup = function(thread)
  counter = counter + 1
  thread:set("thread_id", counter)
  table.insert(threads, thread)
end
done = function(summary, latency, requests)
  io.write(string.format('JSON:{"requests":%d,"duration_us":%d,"bytes":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"p50_us":%d,"p99_us":%d,"max_us":%d}\n',
    summary.requests, summary.duration, summary.bytes, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.status, summary.errors.timeout, latency:percentile(50), latency:percentile(99), latency.max))
end
"""


def lua_string(text):
    """A Lua string literal (double-quoted, escaped)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


def fixed_script(method, path, body=None, headers=None):
    """One request, always the same ("repeated reads")."""
    headers = dict(headers or {})
    lines = [LUA_REPORT, f"wrk.method = {lua_string(method)}", f"wrk.path = {lua_string(path)}"]
    if body is not None:
        lines.append(f"wrk.body = {lua_string(body)}")
    for name, value in headers.items():
        lines.append(f"wrk.headers[{lua_string(name)}] = {lua_string(value)}")
    return "\n".join(lines)


def varying_script(body):
    """A different request each time: `body` is Lua defining request() with the thread's own random sequence."""
    return LUA_REPORT + "\ninit = function(args) math.randomseed(thread_id * 7919 + os.time()) end\n" + body


def wrk(base, script, duration, connections, threads=2):
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(script)
        path = f.name
    try:
        result = subprocess.run(["wrk", f"-t{min(threads, connections)}", f"-c{connections}", f"-d{duration}s", "--timeout", "10s",
                                 "-s", path, base + "/"], capture_output=True, text=True)
    finally:
        os.unlink(path)
    match = re.search(r"^JSON:(.*)$", result.stdout, re.MULTILINE)
    if not match:
        sys.exit(f"bench: wrk failed:\n{result.stdout}\n{result.stderr}")
    r = json.loads(match.group(1))
    seconds = r["duration_us"] / 1e6
    errors = r["connect"] + r["read"] + r["write"] + r["status"] + r["timeout"]
    return {"rps": r["requests"] / seconds, "p50_ms": r["p50_us"] / 1000, "p99_ms": r["p99_us"] / 1000,
            "requests": r["requests"], "errors": errors, "mb_per_s": r["bytes"] / seconds / 1e6}


def deep_cursor(day, last_id=2_000_000_000):
    cursor = json.dumps({"sort": "saidOn", "descending": True, "key": day, "id": last_id}, separators=(",", ":"))
    return base64.urlsafe_b64encode(cursor.encode()).decode().rstrip("=")


def endpoints(key, article_body):
    missions = [f"{TAG}-mission-{i}" for i in range(1, 21)]
    write_headers = {"Content-Type": "application/json", "X-Api-Key": key}
    words = "{" + ",".join(f'"{w}"' for w in WORDS) + "}"
    mission_list = "{" + ",".join(f'"{m}"' for m in missions) + "}"
    day_fn = """
local function day(offset)
  local t = os.time({year=2014, month=6, day=1, hour=12}) + offset * 86400
  return os.date("!%Y-%m-%d", t)
end
local function b64url(s)
  local chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  return ((s:gsub('.', function(x)
    local r, b = '', x:byte()
    for i = 8, 1, -1 do r = r .. (b % 2 ^ i - b % 2 ^ (i - 1) > 0 and '1' or '0') end
    return r
  end) .. '0000'):gsub('%d%d%d?%d?%d?%d?', function(x)
    if #x < 6 then return '' end
    local c = 0
    for i = 1, 6 do c = c + (x:sub(i, i) == '1' and 2 ^ (6 - i) or 0) end
    return chars:sub(c + 1, c + 1)
  end))
end
"""
    write_body = ('{"speakerName":"Bench Writer","saidOn":"2026-01-01","text":"Bench write ' + "%d" +
                  ': we will continue to support the training mission in Iraq.","kind":"direct","missions":["nmi"],"sourceIds":[1]}')
    return [
        # name, kind (target class), method, sample path for the baseline bytes, wrk script
        ("statements", "repeated", "GET", "/api/v1/statements?pageSize=50",
         fixed_script("GET", "/api/v1/statements?pageSize=50")),
        ("statements-deep-cursor", "repeated", "GET", f"/api/v1/statements?pageSize=50&cursor={deep_cursor('2015-03-01')}",
         fixed_script("GET", f"/api/v1/statements?pageSize=50&cursor={deep_cursor('2015-03-01')}")),
        ("statements-first-time", "first-time", "GET", f"/api/v1/statements?pageSize=50&cursor={deep_cursor('2019-06-01')}",
         varying_script(day_fn + """
request = function()
  local cursor = b64url(string.format('{"sort":"saidOn","descending":true,"key":"%s","id":%d}', day(math.random(30, 3640)), math.random(1, 2000000000)))
  return wrk.format("GET", "/api/v1/statements?pageSize=" .. math.random(20, 60) .. "&cursor=" .. cursor)
end
""")),
        ("statements-filtered", "first-time", "GET", f"/api/v1/statements?mission={missions[0]}&from=2018-01-01&to=2018-03-31",
         varying_script(day_fn + f"local missions = {mission_list}\n" + """
request = function()
  local start = math.random(0, 3500)
  return wrk.format("GET", "/api/v1/statements?mission=" .. missions[math.random(#missions)] .. "&from=" .. day(start) .. "&to=" .. day(start + math.random(20, 120)) .. "&pageSize=" .. math.random(20, 60))
end
""")),
        ("statements-search", "search", "GET", "/api/v1/statements?q=training%20baghdad",
         fixed_script("GET", "/api/v1/statements?q=training%20baghdad")),
        ("statements-search-first-time", "info", "GET", "/api/v1/statements?q=training%20baghdad",
         varying_script(f"local words = {words}\n" + """
request = function()
  return wrk.format("GET", "/api/v1/statements?q=" .. words[math.random(#words)] .. "%20" .. words[math.random(#words)] .. "&pageSize=" .. math.random(20, 60))
end
""")),
        ("mission-strength", "repeated", "GET", f"/api/v1/missions/{missions[0]}/strength?asOf=2020-01-01",
         fixed_script("GET", f"/api/v1/missions/{missions[0]}/strength?asOf=2020-01-01")),
        ("export-csv-10k", "repeated", "GET", "/api/v1/statements?format=csv&from=2019-01-01&to=2019-12-31",
         fixed_script("GET", "/api/v1/statements?format=csv&from=2019-01-01&to=2019-12-31")),
        ("dashboard", "dashboard", "GET", "/", fixed_script("GET", "/")),
        ("statements-page-search", "search", "GET", "/statements?q=training%20baghdad",
         fixed_script("GET", "/statements?q=training%20baghdad")),
        ("extract-5kb", "extract", "POST", "/api/v1/extract",
         fixed_script("POST", "/api/v1/extract", article_body, {"Content-Type": "application/json"})),
        ("statements-write", "write", "POST", "/api/v1/statements",
         varying_script("local n = 0\n" + f"local template = {lua_string(write_body)}\n" + f"local headers = {{['Content-Type'] = 'application/json', ['X-Api-Key'] = {lua_string(key)}}}\n" + """
request = function()
  n = n + 1
  return wrk.format("POST", "/api/v1/statements", headers, string.format(template, thread_id * 10000000 + n))
end
""")),
    ], write_headers, write_body


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--duration", type=int, default=10, help="seconds per measurement")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--port", type=int, default=5130)
    parser.add_argument("--only", help="comma-separated endpoint names")
    options = parser.parse_args()
    if not 5130 <= options.port <= 5139:
        sys.exit("bench: use a port in 5130-5139")

    os.makedirs(CACHE, exist_ok=True)
    started = time.monotonic()
    run_dir, db, key = database(options.statements)
    with open(ARTICLE) as f:
        article_body = json.dumps({"text": f.read(), "publishedOn": "2020-02-12"})
    plan, write_headers, write_body = endpoints(key, article_body)
    if options.only:
        wanted = set(options.only.split(","))
        plan = [e for e in plan if e[0] in wanted]

    log(f"starting the app on port {options.port}")
    app = App(run_dir, db, options.port)
    rows, checks = [], []
    try:
        for name, kind, method, path, script in plan:
            body = None
            headers = {}
            if method == "POST":
                body = (write_body % 1).encode() if kind == "write" else article_body.encode()
                headers = write_headers if kind == "write" else {"Content-Type": "application/json"}
            status, content_type, sample = app.request(method, path, body, headers)
            if status == 404 and kind != "write" and not path.startswith("/api"):
                log(f"{name}: {path} answers 404 on this branch; skipped")
                rows.append({"name": name, "kind": kind, "skipped": f"{path} is 404"})
                continue
            if status >= 400 or status == 0:
                log(f"{name}: {method} {path} answered {status or 'nothing'}: {sample[:200]!r}; not measured")
                rows.append({"name": name, "kind": kind, "failed": f"{method} {path} -> {status or 'timeout'}"})
                continue
            stored = app.request("PUT", f"/bench/baseline/{name}", sample, {"Content-Type": content_type})[0]
            if stored != 204:
                sys.exit(f"bench: storing the baseline of {name} ({len(sample):,} bytes) answered {stored}")
            baseline_script = fixed_script(method, f"/bench/baseline/{name}", body.decode() if body else None,
                                           {"Content-Type": "application/json"} if body else None)
            # Writes run code no read has run (EF's update pipeline, the history, the write gate): the JIT needs about
            # 20 s of them to reach its optimised code (measured: ~2 ms of CPU per write after 20 s, ~6 ms in the first
            # 8 s), where reads share most of their code with the endpoints measured before them.
            baseline_warm_up = PROCESS_WARM_UP_S if not rows else WARM_UP_S
            warm_up = WRITE_WARM_UP_S if kind == "write" else baseline_warm_up
            log(f"{name}: warm-up ({warm_up} s)")
            wrk(app.base, script, warm_up, options.connections)
            wrk(app.base, baseline_script, baseline_warm_up, options.connections)
            log(f"{name}: baseline, then the app ({options.duration} s each)")
            base = wrk(app.base, baseline_script, options.duration, options.connections)
            measured = wrk(app.base, script, options.duration, options.connections)
            row = {"name": name, "kind": kind, "path": path, "bytes": len(sample), "baseline": base, "app": measured,
                   "ratio": measured["rps"] / base["rps"] if base["rps"] else 0.0}
            if kind == "extract":
                single = wrk(app.base, script, 5, 1, threads=1)
                row["single_p50_ms"] = single["p50_ms"]
            # The peak RSS so far, after each endpoint: which phase grows the process.
            row["peak_rss_mb"] = app.peak_rss_mb()
            rows.append(row)
            log(f"{name}: baseline {base['rps']:,.0f}/s, app {measured['rps']:,.0f}/s, ratio {row['ratio']:.2f}, "
                f"p50 {measured['p50_ms']:.1f} ms, p99 {measured['p99_ms']:.1f} ms, errors {measured['errors']}, "
                f"peak RSS so far {row['peak_rss_mb']:.0f} MB")

        if any(r["name"] == "statements-write" and "app" in r for r in rows):
            checks.append(read_after_write(app, write_headers, write_body))
        rss = app.peak_rss_mb()
    finally:
        app.stop()

    table, failures = report(rows, checks, rss)
    elapsed = time.monotonic() - started
    machine = describe_machine()
    stamp = time.strftime("%Y%m%d-%H%M%S")
    os.makedirs(RESULTS, exist_ok=True)
    with open(os.path.join(RESULTS, f"{stamp}.json"), "w") as f:
        json.dump({"machine": machine, "options": vars(options), "rows": rows, "checks": checks, "peak_rss_mb": rss,
                   "failures": failures, "seconds": elapsed}, f, indent=2)
    with open(os.path.join(RESULTS, f"{stamp}.md"), "w") as f:
        f.write(f"{machine}\n\n{table}\n")
    print(machine)
    print()
    print(table)
    print()
    for failure in failures:
        print(f"MISSED: {failure}")
    measured = [r for r in rows if "app" in r]
    summary = (f"bench: {len(measured)} endpoints in {elapsed:.0f} s, peak RSS {rss:.0f} MB, "
               f"{'all targets met' if not failures else f'{len(failures)} target(s) missed'}")
    print(summary)
    return 1 if failures else 0


def read_after_write(app, write_headers, write_body):
    """A write, then the cached list and the dashboard must show it at once."""
    app.request("GET", "/api/v1/statements?pageSize=50")
    app.request("GET", "/")
    status, _, body = app.request("POST", "/api/v1/statements", (write_body % 999_999_999).encode(), write_headers)
    created = json.loads(body)
    _, _, listed = app.request("GET", "/api/v1/statements?pageSize=50")
    first = json.loads(listed)["items"][0]["id"]
    _, _, page = app.request("GET", "/")
    ok = status == 201 and first == created["id"] and b"Bench write 999999999" in page
    return {"name": "read after write", "ok": ok,
            "detail": f"POST -> {status} id {created.get('id')}; list starts with {first}; dashboard shows it: {b'Bench write 999999999' in page}"}


def report(rows, checks, rss):
    lines = ["| endpoint | kind | bytes | baseline req/s | app req/s | ratio | target | app p50 ms | app p99 ms | errors |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    failures = []
    targets = {"repeated": REPEATED, "first-time": FIRST_TIME, "search": SEARCH, "dashboard": DASHBOARD}
    for r in rows:
        if "skipped" in r:
            lines.append(f"| {r['name']} | {r['kind']} | | | | | | | | skipped: {r['skipped']} |")
            continue
        if "failed" in r:
            lines.append(f"| {r['name']} | {r['kind']} | | | | | | | | FAILED: {r['failed']} |")
            failures.append(f"{r['name']}: {r['failed']}")
            continue
        base, app, kind = r["baseline"], r["app"], r["kind"]
        target = targets.get(kind)
        target_text = f"≥ {target}×" if target else ("none (reported)" if kind == "info" else "")
        if target is not None and r["ratio"] < target:
            failures.append(f"{r['name']}: {r['ratio']:.2f}× of baseline < {target}×")
        if target is not None and app["p99_ms"] > P99_MS:
            failures.append(f"{r['name']}: p99 {app['p99_ms']:.1f} ms > {P99_MS:.0f} ms")
        if kind == "write":
            target_text = f"≥ {WRITES_PER_S:.0f}/s, 0 errors"
            if app["rps"] < WRITES_PER_S:
                failures.append(f"{r['name']}: {app['rps']:.0f} writes/s < {WRITES_PER_S:.0f}")
            if app["errors"]:
                failures.append(f"{r['name']}: {app['errors']} errors")
        if kind == "extract":
            target_text = f"p50 ≤ {EXTRACT_MS:.0f} ms alone ({r['single_p50_ms']:.2f})"
            if r["single_p50_ms"] > EXTRACT_MS:
                failures.append(f"{r['name']}: {r['single_p50_ms']:.2f} ms for one article > {EXTRACT_MS:.0f} ms")
        if kind != "write" and app["errors"]:
            failures.append(f"{r['name']}: {app['errors']} errors")
        lines.append(f"| {r['name']} | {kind} | {r['bytes']:,} | {base['rps']:,.0f} | {app['rps']:,.0f} | {r['ratio']:.2f} | {target_text} | "
                     f"{app['p50_ms']:.2f} | {app['p99_ms']:.2f} | {app['errors']} |")
    for check in checks:
        lines.append(f"\n{check['name']}: {'ok' if check['ok'] else 'FAILED'} ({check['detail']})")
        if not check["ok"]:
            failures.append(f"{check['name']}: {check['detail']}")
    lines.append(f"\npeak RSS (VmHWM): {rss:.0f} MB (target ≤ {RSS_MB:.0f} MB)")
    if rss > RSS_MB:
        failures.append(f"peak RSS {rss:.0f} MB > {RSS_MB:.0f} MB")
    return "\n".join(lines), failures


def describe_machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    memory = ""
    try:
        with open("/proc/meminfo") as f:
            memory = f"{int(f.readline().split()[1]) / 1024 / 1024:.0f} GB RAM"
    except OSError:
        pass
    dotnet = subprocess.run(["dotnet", "--version"], capture_output=True, text=True).stdout.strip()
    wrk_version = subprocess.run(["wrk", "-v"], capture_output=True, text=True)
    wrk_text = (wrk_version.stdout or wrk_version.stderr).splitlines()[0] if (wrk_version.stdout or wrk_version.stderr) else "wrk"
    load = os.getloadavg()
    return (f"Machine: {cpu}, {os.cpu_count()} cores, {memory}; .NET SDK {dotnet}; {wrk_text.split(' [')[0]}; "
            f"load average at the end {load[0]:.1f} (other jobs share the machine)")


if __name__ == "__main__":
    sys.exit(main())
