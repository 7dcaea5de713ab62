#!/usr/bin/env python3
"""`make bench`: measures ddlint against the parse floor (libpg_query alone), squawk and sqlfluff,
and its scaling on synthetic multi-tenant schemas; writes docs/performance.md.

Ratios are taken within one run (interleaved repetitions), never across runs: absolute times on
this kind of machine vary up to 2x between runs. CPU is whole-process user+sys time of each
command (from wait4/rusage), peak RSS is ru_maxrss.

Usage: bench/run_bench.py [--build build/release] [--runs 5] [--corpus ../shared/corpus]
"""
import argparse
import datetime
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(cmd, stdin=None, env=None):
    """Runs cmd, returns (cpu_seconds, wall_seconds, peak_rss_kb, returncode, stdout_bytes)."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        p = subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL, stdin=stdin, env=env)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - start
        out.seek(0, os.SEEK_END)
        size = out.tell()
    code = os.waitstatus_to_exitcode(status)
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss, code, size


def out_lines(cmd):
    """Findings of a --format text run: its lines that end in "[rule-id]"."""
    res = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=False)
    return sum(1 for line in res.stdout.splitlines() if line.rstrip().endswith(b"]"))


def stats(values):
    return min(values), statistics.median(values), max(values)


def verdict(ok):
    return "**met**" if ok else "**NOT MET**"


def fmt3(values, unit="s", digits=3):
    lo, med, hi = stats(values)
    return f"{med:.{digits}f} {unit} ({lo:.{digits}f}–{hi:.{digits}f})"


def machine():
    cpu = "unknown"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GiB, {platform.platform()}"


def ensure_squawk(bench_js):
    exe = os.path.join(bench_js, "node_modules", ".bin", "squawk")
    if os.path.exists(exe):
        return exe
    if shutil.which("npm") is None:
        return None
    subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--loglevel=error"], cwd=bench_js,
                   check=False)
    return exe if os.path.exists(exe) else None


def pg_bindir():
    """The directory of PostgreSQL 15's initdb and pg_ctl (Debian's layout), or None."""
    for d in ("/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin",
              "/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/14/bin",
              "/usr/lib/postgresql/13/bin"):
        if os.access(os.path.join(d, "initdb"), os.X_OK):
            return d
    return None


class Cluster:
    """A throwaway PostgreSQL cluster on 127.0.0.1 (like tests/support/pg_cluster): initdb in a
    temporary directory, a free port, trust authentication, stopped and removed on exit. initdb
    refuses to run as root, so as root it runs as `postgres` through runuser."""

    def __init__(self, bindir):
        import socket
        self.bindir = bindir
        self.dir = tempfile.mkdtemp(prefix="ddlint-bench-pg-")
        self.data = os.path.join(self.dir, "data")
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_user:
            shutil.chown(self.dir, "postgres")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        subprocess.run(self.as_user + [os.path.join(bindir, "initdb"), "-D", self.data, "-U",
                                       "postgres", "-A", "trust", "-E", "UTF8", "--locale=C",
                                       "-N"], check=True, stdout=subprocess.DEVNULL)
        with open(os.path.join(self.data, "postgresql.conf"), "a") as conf:
            conf.write(f"\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '{self.dir}'\n"
                       "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
                       "max_locks_per_transaction = 1024\n")
        subprocess.run(self.as_user + [os.path.join(bindir, "pg_ctl"), "start", "-D", self.data,
                                       "-l", os.path.join(self.dir, "server.log"), "-w", "-o",
                                       f"-p {self.port}"], check=True, stdout=subprocess.DEVNULL)
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def psql(self, stdin_path):
        with open(stdin_path, "rb") as f:
            return subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", self.url],
                                  stdin=f, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def stop(self):
        subprocess.run(self.as_user + [os.path.join(self.bindir, "pg_ctl"), "stop", "-D",
                                       self.data, "-m", "immediate"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(self.dir, ignore_errors=True)


def natural_key(name):
    import re
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", name)]


def live_section(ddlint, gen, runs, tables):
    """`ddlint check --db` on the synthetic schema loaded into a throwaway PostgreSQL."""
    bindir = pg_bindir()
    if bindir is None or shutil.which("psql") is None:
        return ["## Live database", "", "Skipped: PostgreSQL (Debian `postgresql`) is not "
                "installed.", ""]
    workdir = tempfile.mkdtemp(prefix="ddlint-bench-live-")
    cluster = None
    try:
        d = os.path.join(workdir, "schema")
        subprocess.run([gen, str(tables), d], check=True, stdout=subprocess.DEVNULL)
        script = os.path.join(workdir, "all.sql")
        with open(script, "wb") as out:
            out.write(b"SET check_function_bodies = off;\n")
            for name in sorted(os.listdir(d), key=natural_key):
                with open(os.path.join(d, name), "rb") as f:
                    out.write(f.read())
                out.write(b"\n")
        cluster = Cluster(bindir)
        t0 = time.perf_counter()
        r = cluster.psql(script)
        load = time.perf_counter() - t0
        if r.returncode != 0:
            return ["## Live database", "", "Skipped: the synthetic schema did not load: " +
                    r.stderr.decode(errors="replace")[:500], ""]
        cpus, walls, rss = [], [], []
        for _ in range(runs):
            c, w, m, _, _ = run([ddlint, "check", "--db", cluster.url, "--jobs", "1", "--quiet",
                                 "--fail-on", "never"])
            cpus.append(c)
            walls.append(w)
            rss.append(m)
        return ["## Live database", "",
                f"`bench/gen_schema {tables}` loaded into a throwaway PostgreSQL "
                f"{os.path.basename(os.path.dirname(bindir))} cluster on 127.0.0.1 (one psql "
                f"session, {load:.0f} s), then `ddlint check --db URL --jobs 1`, recommended rules "
                "(target: under 10 s of wall time).", "",
                "| tables | wall | CPU (ddlint only) | peak RSS |", "|---:|---|---|---:|",
                f"| {tables:,} | {fmt3(walls)} | {fmt3(cpus)} | {max(rss) / 1024:.0f} MB |", "",
                f"- Under 10 s of wall time: {verdict(statistics.median(walls) < 10)}.", ""]
    finally:
        if cluster is not None:
            cluster.stop()
        shutil.rmtree(workdir, ignore_errors=True)


def report_section(ddlint, gitlab, runs):
    """`ddlint report` and `ddlint fix` on GitLab's schema; the HTML opened in Chromium."""
    import json
    workdir = tempfile.mkdtemp(prefix="ddlint-bench-report-")
    try:
        html = os.path.join(workdir, "gitlab.html")
        md = os.path.join(workdir, "gitlab.md")
        fix = os.path.join(workdir, "gitlab.fix.sql")
        cases = {
            "ddlint report --format html": [ddlint, "report", gitlab, "--format", "html",
                                            "--output", html],
            "ddlint report --format markdown": [ddlint, "report", gitlab, "--format", "markdown",
                                                "--output", md],
            "ddlint fix": [ddlint, "fix", gitlab, "--output", fix],
        }
        wall = {k: [] for k in cases}
        rss = {k: [] for k in cases}
        for _ in range(runs):
            for name, cmd in cases.items():
                _, w, m, _, _ = run(cmd)
                wall[name].append(w)
                rss[name].append(m)
        sizes = {"ddlint report --format html": html, "ddlint report --format markdown": md,
                 "ddlint fix": fix}
        lines = ["## Compliance report and fix migration", "",
                 "On GitLab's structure.sql, recommended rules.", "",
                 "| command | wall | peak RSS | output |", "|---|---|---:|---:|"]
        for name in cases:
            size = os.path.getsize(sizes[name]) if os.path.exists(sizes[name]) else 0
            lines.append(f"| {name} | {fmt3(wall[name])} | {max(rss[name]) / 1024:.0f} MB | "
                         f"{size / 2**20:.1f} MB |")
        lines.append("")
        script = os.path.join(ROOT, "tests", "js", "browser_report.mjs")
        chromium = "/usr/bin/chromium"
        modules = os.path.join(ROOT, "tests", "js", "node_modules", "playwright-core")
        if os.path.exists(chromium) and os.path.isdir(modules) and shutil.which("node"):
            loads = []
            for _ in range(runs):
                r = subprocess.run(["node", script, "--open", html], cwd=os.path.dirname(script),
                                   capture_output=True, text=True)
                try:
                    loads.append(json.loads(r.stdout.strip().splitlines()[-1])["loadMs"] / 1000)
                except (ValueError, IndexError, KeyError):
                    pass
            if loads:
                lines += [f"- Chromium (headless) opens the HTML report until its `load` event in "
                          f"{fmt3(loads)} {verdict(statistics.median(loads) < 5)} (target: a few "
                          "seconds).", ""]
        else:
            lines += ["- Chromium load time: skipped (needs Debian's `chromium` and "
                      "`tests/js` npm packages; `make test` installs both).", ""]
        return lines
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build/release"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    ap.add_argument("--scale", default="1000,10000,100000")
    ap.add_argument("--output", default=os.path.join(ROOT, "docs", "performance.md"))
    ap.add_argument("--live-tables", type=int, default=10000,
                    help="tables of the synthetic schema checked with --db (0: skip)")
    args = ap.parse_args()
    ddlint = os.path.join(args.build, "src", "ddlint")
    floor = os.path.join(args.build, "bench", "parse_floor")
    gen = os.path.join(args.build, "bench", "gen_schema")
    for exe in (ddlint, floor, gen):
        if not os.path.exists(exe):
            sys.exit(f"missing {exe}: run `make bench`")
    lines = ["# Performance", "",
             "Generated by `make bench` (bench/run_bench.py) on " +
             datetime.date.today().isoformat() + ".", "",
             f"Machine: {machine()}.", "",
             "Each figure is the median of several interleaved runs with (min–max). CPU is the "
             "whole process's user+system time; ratios compare medians taken in the same run. "
             "Each target is marked **met** or **NOT MET**; where the time and the memory go, "
             "and what closing the open gaps takes, is in "
             "[performance-notes.md](performance-notes.md).", ""]

    gitlab = os.path.join(args.corpus, "gitlab", "db", "structure.sql")
    if os.path.exists(gitlab):
        size = os.path.getsize(gitlab)
        squawk = ensure_squawk(os.path.join(ROOT, "bench", "js"))
        cases = {
            "parse floor (split + parse each statement, libpg_query only)":
                [floor, "split", gitlab],
            "ddlint check, recommended rules, --format json, --jobs 1":
                [ddlint, "check", gitlab, "--format", "json", "--jobs", "1", "--fail-on", "never"],
            "ddlint check, recommended rules, --format text, --jobs 1":
                [ddlint, "check", gitlab, "--format", "text", "--jobs", "1", "--fail-on", "never"],
            "ddlint check, every rule (strict), --format text, --jobs 1":
                [ddlint, "check", gitlab, "--config", os.path.join(ROOT, "rules", "strict.json"),
                 "--format", "text", "--jobs", "1", "--fail-on", "never"],
            "ddlint check, recommended rules, --format json, --jobs 2":
                [ddlint, "check", gitlab, "--format", "json", "--jobs", "2", "--fail-on", "never"],
        }
        if squawk:
            cases["squawk 2.66 --reporter json"] = [squawk, "--reporter", "json", gitlab]
        cpu = {k: [] for k in cases}
        wall = {k: [] for k in cases}
        out_bytes = {}
        for _ in range(args.runs):
            for name, cmd in cases.items():
                c, w, _, code, n = run(cmd)
                cpu[name].append(c)
                wall[name].append(w)
                out_bytes[name] = n
        fl = statistics.median(cpu[list(cases)[0]])
        fl_wall = statistics.median(wall[list(cases)[0]])
        lines += ["## GitLab's structure.sql", "",
                  f"`../shared/corpus/gitlab/db/structure.sql`: {size:,} bytes, 14,583 statements.",
                  "", "| command | CPU | ratio to the floor | wall | output |",
                  "|---|---|---:|---|---:|"]
        for name in cases:
            ratio = statistics.median(cpu[name]) / fl
            lines.append(f"| {name} | {fmt3(cpu[name])} | {ratio:.2f} | {fmt3(wall[name])} | "
                         f"{out_bytes[name]:,} B |")
        lines.append("")
        j1 = "ddlint check, recommended rules, --format json, --jobs 1"
        j2 = "ddlint check, recommended rules, --format json, --jobs 2"
        r1 = statistics.median(cpu[j1]) / fl
        lines.append(f"- Target CPU ≤ 1.6× the floor: {r1:.2f}× {verdict(r1 <= 1.6)}.")
        t1 = "ddlint check, recommended rules, --format text, --jobs 1"
        t2 = "ddlint check, every rule (strict), --format text, --jobs 1"
        rt1 = statistics.median(cpu[t1]) / fl
        rt2 = statistics.median(cpu[t2]) / fl
        lines.append(f"- The same with --format text ({out_lines(cases[t1]):,} findings): "
                     f"{rt1:.2f}× {verdict(rt1 <= 1.6)}; with every rule (strict, "
                     f"{out_lines(cases[t2]):,} findings): {rt2:.2f}× {verdict(rt2 <= 1.6)}.")
        if squawk:
            sq = "squawk 2.66 --reporter json"
            rs = statistics.median(cpu[sq]) / statistics.median(cpu[j1])
            lines.append(f"- squawk CPU / ddlint CPU (target ≥ 1.4): {rs:.2f} {verdict(rs >= 1.4)}.")
        w2 = statistics.median(wall[j2])
        lines.append(f"- Wall time with --jobs 2 vs the single-threaded floor's wall time "
                     f"(target: below): {w2:.3f} s vs {fl_wall:.3f} s {verdict(w2 < fl_wall)}.")
        lines.append("")

        lines += report_section(ddlint, gitlab, args.runs)

        sqlfluff = shutil.which("sqlfluff")
        small = os.path.join(args.corpus, "chatbot-ui")
        if sqlfluff and os.path.isdir(small):
            files = sorted(os.path.join(dp, f) for dp, _, fs in os.walk(small) for f in fs
                           if f.endswith(".sql"))
            biggest = max(files, key=os.path.getsize)
            c1, _, _, _, _ = run([sqlfluff, "lint", "--dialect", "postgres", biggest])
            c2, _, _, _, _ = run([floor, "split", biggest])
            c3, _, _, _, _ = run([ddlint, "check", biggest, "--jobs", "1", "--fail-on", "never"])
            lines += ["## sqlfluff", "",
                      f"sqlfluff (Debian) on `{os.path.relpath(biggest, args.corpus)}` "
                      f"({os.path.getsize(biggest):,} bytes; its default 20 kB file limit applies "
                      "to larger files): "
                      f"{c1:.2f} s CPU; ddlint {c3:.3f} s; parse floor {c2:.3f} s "
                      f"(process start-up dominates at this size).", ""]

    lines += ["## Scale: synthetic multi-tenant schemas", "",
              "`bench/gen_schema N`: N tables in groups of 100 per migration file, FKs inline and "
              "added by ALTER in later files, indexes and RLS policies in separate files, about 5% "
              "planted violations. `ddlint check DIR --jobs 1`, recommended rules.", "",
              "| tables | input | CPU | wall | peak RSS | RSS limit (4× input + 50 MB) |",
              "|---:|---:|---|---|---:|---:|"]
    scale_cpu = {}
    workdir = tempfile.mkdtemp(prefix="ddlint-bench-")
    for n in [int(x) for x in args.scale.split(",") if x]:
        d = os.path.join(workdir, str(n))
        subprocess.run([gen, str(n), d], check=True, stdout=subprocess.DEVNULL)
        size = sum(os.path.getsize(os.path.join(d, f)) for f in os.listdir(d))
        cpus, walls, rss = [], [], []
        for _ in range(max(1, args.runs // 2 if n >= 100000 else args.runs)):
            c, w, m, _, _ = run([ddlint, "check", d, "--jobs", "1", "--quiet", "--fail-on",
                                 "never"])
            cpus.append(c)
            walls.append(w)
            rss.append(m)
        scale_cpu[n] = statistics.median(cpus)
        limit = 4 * size / 1024 + 50 * 1024
        lines.append(f"| {n:,} | {size / 2**20:.1f} MB | {fmt3(cpus)} | {fmt3(walls)} | "
                     f"{max(rss) / 1024:.0f} MB | {limit / 1024:.0f} MB "
                     f"{verdict(max(rss) <= limit)} |")
    shutil.rmtree(workdir, ignore_errors=True)
    if 10000 in scale_cpu and 100000 in scale_cpu:
        rt = scale_cpu[100000] / scale_cpu[10000]
        lines += ["", f"- t(100k) / t(10k) = {rt:.2f} (target ≤ 11) {verdict(rt <= 11)}."]
    lines.append("")
    if args.live_tables > 0:
        lines += live_section(ddlint, gen, args.runs, args.live_tables)
    with open(args.output, "w") as f:
        f.write("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
