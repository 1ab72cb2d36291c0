#!/usr/bin/python3
"""Turns the JSON lines of scripts/bench.sh into docs/benchmarks.md (and prints it)."""

import argparse
import datetime
import json
import sys

# Losses count as similar when they are within 0.05 of each other or within a factor of 2: the
# two runs start from different random weights and visit the examples in a different order.
SIMILAR_ABSOLUTE = 0.05
SIMILAR_FACTOR = 2.0
GOAL_RATIO = 50.0  # ours / PyTorch's examples per second at batch 10


def similar(a, b):
    if a is None or b is None:
        return False
    return abs(a - b) <= SIMILAR_ABSOLUTE or max(a, b) <= SIMILAR_FACTOR * min(a, b)


def rate(v):
    if v is None:
        return "–"
    if v >= 1e6:
        return f"{v / 1e6:.2f} M/s"
    return f"{v / 1e3:.1f} k/s"


def ms(v):
    return "–" if v is None else f"{v:.2f}"


def loss(v):
    return "–" if v is None else f"{v:.4f}"


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("results")
    parser.add_argument("output")
    for name in ("cores", "cpu", "qt", "compiler", "load", "quick"):
        parser.add_argument("--" + name, default="")
    args = parser.parse_args()

    lines = []
    with open(args.results) as f:
        for text in f:
            text = text.strip()
            if text.startswith("{"):
                try:
                    lines.append(json.loads(text))
                except json.JSONDecodeError:
                    print(f"bench_report: not JSON, skipped: {text}", file=sys.stderr)

    def of(kind, **match):
        return [r for r in lines if r.get("benchmark") == kind and all(r.get(k) == v for k, v in match.items())]

    out = ["# Benchmarks", ""]
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    out += [
        f"Written by `scripts/bench.sh`{' --quick (short runs: rough numbers)' if args.quick == '1' else ''} "
        f"on {date}.",
        "",
        table(
            ["machine", ""],
            [
                ["cores (`nproc`)", args.cores],
                ["CPU", args.cpu],
                ["Qt", args.qt],
                ["compiler", args.compiler],
                ["load average (1, 5, 15 min) before / after", args.load],
            ],
        ),
        "",
        "Timings on a shared or busy machine are slower and noisier than these programs can be; "
        "compare numbers from quiet runs only (see the load average).",
        "",
    ]

    out += ["## Explorer redraw", "", "`bench_redraw`: from the change (through the state, as a slider, drag or the mouse "
            "does) to the repaint finished, 1280×720 off-screen, ReLU, Leaky ReLU and Maxout with their derivatives "
            "at 2,000 samples.", ""]
    rows = [[r.get("change", "alpha"), ms(r.get("p50_ms")), ms(r.get("p99_ms"))] for r in of("redraw")]
    out += [table(["change", "p50 ms", "p99 ms"], rows) if rows else "Not run.", ""]

    out += ["## Training-view redraw", "", "`bench_training_redraw`: from new weights to pixels, off-screen, the "
            "Training tab at 1600×1000 with every view live (status, network diagram with thumbnails, input space "
            "with the field and the selected unit's off-region, curves, histogram, per-layer sizes). `all` is one "
            "frame on the GUI thread: the snapshot's point on the curves, `TrainingTab::present`, the curves' "
            "redraw (in every frame, the worst case: the app redraws them at most every 50 ms), then the queued "
            "replots and the repaint. `analysis_worker` is the snapshot's analysis, made on the worker's thread in "
            "the app and not part of the frame (it draws the field, the thumbnails, the diagram's links and the "
            "selected unit's off-region).", ""]
    nets = sorted({r["net"] for r in of("training_redraw")}, key=len)
    views = []
    for r in of("training_redraw"):
        if r["view"] not in views:
            views.append(r["view"])
    rows = []
    for view in views:
        row = [view]
        for net in nets:
            found = of("training_redraw", view=view, net=net)
            row += [ms(found[0]["p50_ms"]), ms(found[0]["p99_ms"])] if found else ["–", "–"]
        rows.append(row)
    header = ["view"] + [f"{net} {p}" for net in nets for p in ("p50 ms", "p99 ms")]
    out += [table(header, rows) if rows else "Not run.", ""]
    for r in of("training_redraw_ratio"):
        out += [f"2-8-8-1 frame against the explorer's alpha redraw in the same run: p99 {ms(r['all_p99_ms'])} ms "
                f"/ {ms(r['alpha_p99_ms'])} ms = {r['ratio_p99']:.2f}× (target ≤ 2×); p50 {ms(r['all_p50_ms'])} ms "
                f"/ {ms(r['alpha_p50_ms'])} ms.", ""]

    out += ["## Training throughput", "", "`bench_train`: examples per second (forward, backward and the share of "
            "the update of each), plain SGD, on the 320 training examples of `relulab train`'s default circle set; "
            "one core.", ""]
    rows = []
    for net in sorted({r["net"] for r in of("train")}, key=len):
        for act in [r["activation"] for r in of("train", net=net, batch_kind="mini")]:
            mini = of("train", net=net, activation=act, batch_kind="mini")
            full = of("train", net=net, activation=act, batch_kind="full")
            rows.append([net, act, rate(mini[0]["examples_per_s"]) if mini else "–",
                         rate(full[0]["examples_per_s"]) if full else "–"])
    full_batch = next((r["batch"] for r in of("train", batch_kind="full")), "full")
    out += [table(["net", "activation", "batch 10", f"full batch ({full_batch})"], rows) if rows else "Not run.", ""]

    out += ["## Linear regions", "", "`bench_regions`: the exact activation regions of ReLU nets trained with Adam "
            "(seed 1) on 320 spiral examples, in the box the input-space view is fitted to (the data's bounds), "
            "computed as the worker does for a snapshot into a fresh result: `full` is every polygon, pattern and "
            "affine output (the Regions display), `count` the number alone (the count curve). Target: p99 ≤ 30 ms "
            "for 2-16-16-16-1 (full).", ""]
    rows = [[r["net"], r["mode"], r["train_steps"], f"{r['regions']:,}", f"{r['vertices']:,}",
             f"{r['result_bytes'] / 1024:.0f} KiB", ms(r.get("p50_ms")), ms(r.get("p99_ms"))] for r in of("regions")]
    out += [table(["net", "mode", "training steps", "regions", "vertices", "result", "p50 ms", "p99 ms"], rows)
            if rows else "Not run.", ""]

    out += ["## Against PyTorch", "", "The same network on the same data (the CSV `relulab train --write-data` "
            "wrote) with the same batch, optimizer (SGD), learning rate (0.1) and number of steps: ours is "
            "`relulab train` (its `examples_per_s`, the best of three runs), the peer "
            "`benchmarks/peers/torch_train.py` (PyTorch eager, one thread, float64). Losses are on those "
            f"training examples after the last step; similar means within {SIMILAR_ABSOLUTE} or a factor of "
            f"{SIMILAR_FACTOR:g}.", ""]
    rows, goal = [], {}
    for r in of("peer"):
        ours, peer = r.get("ours") or {}, r.get("peer") or {}
        a, b = ours.get("examples_per_s"), peer.get("examples_per_s")
        ratio = a / b if a and b else None
        if r["batch"] == 10 and ratio is not None:
            goal.setdefault(r["net"], []).append(ratio)
        la, lb = ours.get("loss"), peer.get("loss")
        rows.append([r["net"], r["activation"], r["batch"], r["steps"], rate(a),
                     rate(b) if r.get("peer") else "skipped", "–" if ratio is None else f"{ratio:.0f}×",
                     loss(la), loss(lb), ("yes" if similar(la, lb) else "**no**") if r.get("peer") else "–"])
    out += [table(["net", "activation", "batch", "steps", "ReLU Lab", "PyTorch", "ratio", "loss (ours)",
                   "loss (PyTorch)", "similar loss"], rows) if rows else "Not run.", ""]
    if goal:
        out += [f"Goal ≥ {GOAL_RATIO:.0f}× PyTorch at batch 10:", ""]
        for net, ratios in goal.items():
            verdict = "met" if min(ratios) >= GOAL_RATIO else "**not met**"
            out += [f"- {net}: {verdict} ({sum(r >= GOAL_RATIO for r in ratios)} of {len(ratios)} "
                    f"activations at ≥ {GOAL_RATIO:.0f}×; {min(ratios):.0f}× to {max(ratios):.0f}×)"]
        out += [""]
    elif rows:
        out += ["The peer was skipped: `sudo apt-get install -y python3-torch`, then run `scripts/bench.sh` again.", ""]

    out += ["## GUI while training runs flat out", "", "`bench_training_gui`: the Training tab in front while the "
            "worker trains as fast as it can. *Frame interval*: the time between the app's frames (ticks of the "
            "shared `FrameClock` that drives every live view; the target is p99 ≤ 16.7 ms, one 60 Hz refresh). "
            "*Frame work*: from a tick until the event loop next goes idle. *Paint*: one window repaint. "
            "*Probe*: an independent 16 ms timer, late when the loop is busy or Qt holds timers behind posted "
            "events.", ""]
    rows = [[r.get("net", ""), ms(r.get("frame_interval_p50_ms")), ms(r.get("frame_interval_p99_ms")),
             ms(r.get("frame_work_p99_ms")), ms(r.get("paint_p50_ms")), ms(r.get("paint_p99_ms")),
             ms(r.get("probe_interval_p99_ms")), f"{r.get('field_redraws_per_s', 0):.1f}",
             f"{r.get('snapshots_per_s', 0):.1f}", rate(r.get("examples_per_s"))] for r in of("training_gui")]
    out += [table(["net", "frame interval p50 ms", "p99 ms", "frame work p99 ms", "paint p50 ms", "paint p99 ms",
                   "probe p99 ms", "field redraws/s", "snapshots/s", "training examples/s"], rows)
            if rows else "Not run.", ""]

    out += ["## Start-up and memory", "", "`bench_startup` launches the real binary (`relulab --benchmark-startup`, "
            "offscreen unless `QT_QPA_PLATFORM` says otherwise) and times launch to the first painted frame; the "
            "files are in the page cache after the first launch, as for a user's second start. `bench_memory` "
            "reads the resident memory (VmRSS) after the main window's first frames and after 10⁶ training steps "
            "with the Training tab showing them.", ""]
    rows = []
    for r in of("startup"):
        rows += [["launch to first frame (p50, min of runs)",
                  f"{r['first_frame_ms_p50']:.0f} ms ({r['first_frame_ms_min']:.0f} ms), {r['runs']} runs, "
                  f"{r['platform']}"],
                 ["of which inside main() (p50)", f"{r['in_process_ms_p50']:.0f} ms"],
                 ["resident memory at the first frame", f"{r['rss_after_start_kb'] / 1024:.1f} MiB"]]
    for r in of("memory"):
        rows += [["resident memory after start (window shown, 1 s)", f"{r['rss_after_start_kb'] / 1024:.1f} MiB"],
                 [f"resident memory after {r['steps']:,} steps ({r['net']}, {r['optimizer']}, batch {r['batch']}, "
                  f"{r['seconds']:.1f} s)", f"{r['rss_after_steps_kb'] / 1024:.1f} MiB"]]
    for r in of("history_memory"):
        rows += [[f"the run's history after {r['steps']:,} steps ({r['net']}, {r['optimizer']}: "
                  f"{r['kept']:,} kept steps, {r['checkpoints']:,} checkpoints)",
                  f"{r['history_kb'] / 1024:.1f} MiB held ({r['rss_added_kb'] / 1024:.1f} MiB resident "
                  f"added); a session saving it: {r['session_kb'] / 1024:.1f} MiB"]]
    out += [table(["what", "measured"], rows) if rows else "Not run.", ""]

    text = "\n".join(out)
    with open(args.output, "w") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()
