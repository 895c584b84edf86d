#!/usr/bin/env python3
"""Turns JMH's JSON results (java -jar benchmarks/target/benchmarks.jar -rf json -rff results/jmh.json) into
the tables of benchmarks/README.md, with the derived figures each benchmark's question asks for (staff-days
per second, the ratio to the bare kernel, growth with size, parallel efficiency) and the targets of issue 22.

    python3 benchmarks/report.py results/jmh.json [more.json ...] [--e2e SECONDS] [--label TEXT]

Several files are read as one run (a later file's result replaces an earlier one's). --e2e adds the
wall-clock time of the default `groundswell compare` from JVM start to report, which JMH cannot measure
(benchmarks/compare-e2e.sh prints it). Only the standard library is used.
"""

import argparse
import json
import sys

# Keep in step with benchmarks/src/main/java/org/groundswell/benchmarks/DefaultHospital.java.
STAFF = 692
DAYS = 820
STAFF_DAYS = STAFF * DAYS

PREFIX = "org.groundswell.benchmarks."


def load(paths):
    """{(benchmark, params): entry}, benchmark without the package."""
    results = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for entry in json.load(f):
                name = entry["benchmark"].removeprefix(PREFIX)
                params = tuple(sorted((entry.get("params") or {}).items()))
                results[(name, params)] = entry
    return results


def find(results, name, **params):
    for (n, p), entry in results.items():
        if n == name and all(dict(p).get(k) == v for k, v in params.items()):
            return entry
    return None


def score(entry):
    return entry["primaryMetric"]["score"]


def error(entry):
    e = entry["primaryMetric"]["scoreError"]
    return e if isinstance(e, (int, float)) else float("nan")


def aux_mean(entry, name):
    """An auxiliary counter's mean over the measurement iterations: JMH sums an EVENTS counter over them, and
    ScalingBenchmark reports each iteration's share, so the sum JMH gives is the mean."""
    metric = (entry.get("secondaryMetrics") or {}).get(name)
    return metric["score"] if metric else None


def fmt(x, digits=3):
    if x is None or x != x:
        return "n/a"
    if abs(x) >= 1000:
        return f"{x:,.0f}"
    return f"{x:.{digits}g}" if abs(x) < 1 else f"{x:,.{max(0, digits - len(str(int(abs(x)))))}f}"


def pm(entry, scale=1.0, digits=3):
    return f"{fmt(score(entry) * scale, digits)} ± {fmt(error(entry) * scale, 2)}"


def table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(out)


def strategies(results, lines):
    rows = []
    for strategy in ["none", "top-down", "frontline", "partnership"]:
        day = find(results, "StrategyBenchmark.day", strategy=strategy)
        run = find(results, "StrategyBenchmark.run", strategy=strategy)
        if not day and not run:
            continue
        rows.append([strategy,
                     f"{pm(day, 1e-6)}" if day else "n/a",
                     f"{pm(run, 1e-6)}" if run else "n/a",
                     fmt(1e9 / score(run)) if run else "n/a",
                     fmt(STAFF_DAYS / score(run) * 1e3) if run else "n/a"])
    if rows:
        lines.append("### A day and a run of the default hospital, per strategy (`StrategyBenchmark`)\n")
        lines.append(table(["strategy", "day: M staff-days/s", "run: M staff-days/s", "run: ns/staff-day",
                            "run: ms"], rows))
        lines.append("")


def bare(results, lines):
    kernel = find(results, "BareKernelBenchmark.bareKernel")
    gs = find(results, "BareKernelBenchmark.groundswell")
    if not kernel:
        return None
    rows = [["bare MASON kernel (baseline)", f"{pm(kernel)} ns/agent-step", "1"]]
    if gs:
        rows.append(["Groundswell, default run (`none`)", f"{pm(gs)} ns/staff-day", fmt(score(gs) / score(kernel))])
    for strategy in ["none", "top-down", "frontline", "partnership"]:
        run = find(results, "StrategyBenchmark.run", strategy=strategy)
        if run:
            rows.append([f"Groundswell, `{strategy}` (StrategyBenchmark.run)", f"{fmt(1e9 / score(run))} ns/staff-day",
                         fmt(1e9 / score(run) / score(kernel))])
    lines.append("### Against the bare kernel (`BareKernelBenchmark`)\n")
    lines.append(table(["model", "cost", "× bare kernel"], rows))
    lines.append("")
    return score(gs) / score(kernel) if gs else None


def scaling(results, lines):
    base_run = find(results, "ScalingBenchmark.run", hospital="1")
    rows = []
    ratios = {}
    linear = {}
    labels = {"regional": "regional care system (4 hospitals)", "system20": "health system (20 hospitals)",
              "academic": "academic medical center", "rural": "rural hospital"}
    for hospital in ["1", "5", "25", "100", "academic", "rural", "regional", "system20"]:
        run = find(results, "ScalingBenchmark.run", hospital=hospital)
        build = find(results, "ScalingBenchmark.build", hospital=hospital)
        if not run:
            continue
        heap = aux_mean(run, "retainedMegabytes")
        staff = aux_mean(run, "staff")
        ties = aux_mean(run, "ties")
        staff_days = aux_mean(run, "staffDays")
        patient_days = aux_mean(run, "patientDays")
        row = [labels.get(hospital, f"{hospital}×"), fmt(staff), fmt(ties),
               fmt(patient_days), pm(run), pm(build) if build else "n/a", fmt(heap),
               fmt(score(run) * 1e6 / staff_days) if staff_days else "n/a",
               fmt(score(run) * 1e6 / patient_days) if patient_days else "n/a"]
        if base_run and hospital != "1":
            base_staff = aux_mean(base_run, "staff")
            base_heap = aux_mean(base_run, "retainedMegabytes")
            base_patient_days = aux_mean(base_run, "patientDays")
            time_ratio = score(run) / score(base_run)
            heap_ratio = heap / base_heap if heap and base_heap else None
            base_staff_days = aux_mean(base_run, "staffDays")
            per_staff_day = (score(run) / staff_days) / (score(base_run) / base_staff_days) \
                if staff_days and base_staff_days else None
            heap_per_staff = heap / staff / (base_heap / base_staff) \
                if heap and heap > 0 and base_heap and base_heap > 0 and staff else None
            row += [fmt(staff / base_staff),
                    fmt(patient_days / base_patient_days) if patient_days and base_patient_days else "n/a",
                    fmt(time_ratio), fmt(heap_ratio), fmt(per_staff_day), fmt(heap_per_staff)]
            ratios[hospital] = (time_ratio, heap_ratio)
            linear[hospital] = (per_staff_day, heap_per_staff)
        else:
            row += ["1", "1", "1", "1", "1", "1"]
        rows.append(row)
    if rows:
        lines.append("### Growth with size (`ScalingBenchmark`)\n")
        lines.append(table(["hospital", "staff", "ties", "patient-days", "run: ms", "build: ms",
                            "retained heap: MiB", "ns/staff-day", "ns/patient-day", "staff ×", "patient-days ×",
                            "time ×", "heap ×", "time per staff-day ×", "heap per staff ×"], rows))
        lines.append("")
    return ratios, linear


def sweep(results, lines):
    rows = []
    efficiency = {}
    for warm_up in ["branched", "separate"]:
        one = find(results, "SweepBenchmark.runs", threads="1", warmUp=warm_up)
        two = find(results, "SweepBenchmark.runs", threads="2", warmUp=warm_up)
        if not one and not two:
            continue
        eff = score(two) / (2 * score(one)) if one and two else None
        efficiency[warm_up] = eff
        rows.append([warm_up, pm(one) if one else "n/a", pm(two) if two else "n/a", fmt(eff)])
    if rows:
        lines.append("### Sweep throughput through the local backend (`SweepBenchmark`)\n")
        lines.append(table(["warm-up", "1 thread: runs/s", "2 threads: runs/s", "parallel efficiency"], rows))
        for threads in ["1", "2"]:
            b = find(results, "SweepBenchmark.runs", threads=threads, warmUp="branched")
            s = find(results, "SweepBenchmark.runs", threads=threads, warmUp="separate")
            if b and s:
                lines.append(f"\nBranching each replication's warm-up into its strategies: {fmt(score(b) / score(s))}× "
                             f"the runs per second of warming every run up, on {threads} thread"
                             f"{'' if threads == '1' else 's'}.")
        lines.append("")
    return efficiency.get("branched")


def compare(results, lines):
    one = find(results, "CompareBenchmark.compare", threads="1")
    two = find(results, "CompareBenchmark.compare", threads="2")
    if not one and not two:
        return None, None
    eff = score(one) / (2 * score(two)) if one and two else None
    lines.append("### The default compare, in-process (`CompareBenchmark`)\n")
    lines.append(table(["threads", "s per compare (4 strategies × 30 replications)", "parallel efficiency"],
                       [["1", pm(one) if one else "n/a", "1"], ["2", pm(two) if two else "n/a", fmt(eff)]]))
    lines.append("")
    return eff, score(two) if two else None


def region(results, lines):
    """The twenty-hospital health system's whole run on one core (RegionBenchmark), in seconds."""
    rows = []
    seconds = {}
    for strategy in ["none", "partnership"]:
        run = find(results, "RegionBenchmark.run", strategy=strategy)
        if run:
            seconds[strategy] = score(run) / 1e3
            rows.append([f"`{strategy}` in every hospital", f"{fmt(score(run) / 1e3)} ± {fmt(error(run) / 1e3)} s"])
    if rows:
        lines.append("### A whole run of the twenty-hospital health system, one core (`RegionBenchmark`)\n")
        lines.append(table(["strategy", "90-day warm-up and two years"], rows))
        lines.append("")
    return seconds


def targets(lines, results, ratio, scale, linear, region_seconds, sweep_eff, compare_eff, e2e):
    def row(what, target, value, ok):
        return [what, target, value, "n/a" if ok is None else ("met" if ok else "**missed**")]

    rows = [row("per staff-day, against the bare kernel", "≤ 1.5×", f"{fmt(ratio)}×" if ratio else "n/a",
                None if ratio is None else ratio <= 1.5)]
    for hospital, label in [("25", "25× hospital"), ("100", "100× hospital"), ("system20", "20-hospital region")]:
        t, h = linear.get(hospital, (None, None))
        rows.append(row(f"{label}: time per staff-day, × the default's", "≤ 1.15×", f"{fmt(t)}×" if t else "n/a",
                        None if t is None else t <= 1.15))
        rows.append(row(f"{label}: retained heap per staff, × the default's", "≤ 1.15×",
                        f"{fmt(h)}×" if h else "n/a", None if h is None else h <= 1.15))
    p = region_seconds.get("partnership")
    rows.append(row("20-hospital region, two years under partnership, one core", "< 3 s",
                    f"{fmt(p)} s" if p else "n/a", None if p is None else p < 3))
    rows.append(row("parallel efficiency at 2 threads: sweep", "≥ 0.95", fmt(sweep_eff),
                    None if sweep_eff is None else sweep_eff >= 0.95))
    rows.append(row("parallel efficiency at 2 threads: compare", "≥ 0.95", fmt(compare_eff),
                    None if compare_eff is None else compare_eff >= 0.95))
    rows.append(row("default compare, JVM start to report, 2 cores", "≤ 6 s", f"{fmt(e2e)} s" if e2e else "n/a",
                    None if e2e is None else e2e <= 6))
    lines.append("### Targets\n")
    lines.append(table(["target", "goal", "measured", ""], rows))
    lines.append("")


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", help="JMH JSON result files")
    parser.add_argument("--e2e", type=float, help="seconds of the default compare, JVM start to report")
    parser.add_argument("--label", help="a line saying where and when the figures were measured")
    args = parser.parse_args(argv)
    results = load(args.files)
    lines = []
    if args.label:
        lines += [args.label, ""]
    strategies(results, lines)
    ratio = bare(results, lines)
    scale, linear = scaling(results, lines)
    region_seconds = region(results, lines)
    sweep_eff = sweep(results, lines)
    compare_eff, _ = compare(results, lines)
    targets(lines, results, ratio, scale, linear, region_seconds, sweep_eff, compare_eff, args.e2e)
    print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1:])
