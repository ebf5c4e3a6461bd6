#!/usr/bin/env python3
"""Prints the slowest test classes and tests of a test run from its .trx files.

Usage: build/slowest-tests.py [RESULTS_DIR_OR_TRX ...] [--top N]
./test.sh prints the folder that holds its .trx files on its last lines; `dotnet test --logger trx
--results-directory DIR` writes them too. A class's time is the sum of its tests' durations (what it costs the
run when nothing else runs beside it); the run's wall time is printed from the trx's own start and finish.
"""
import argparse
import glob
import os
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import datetime

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}


def seconds(duration):
    # "00:00:07.9012345": hours, minutes, seconds with a fraction.
    hours, minutes, rest = duration.split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(rest)


def stamp(text):
    # trx times carry seven fractional digits and an offset; Python reads six.
    date, _, tail = text.partition(".")
    digits = "".join(c for c in tail if c.isdigit())[:6]
    offset = tail[len("".join(c for c in tail if c.isdigit())):]
    return datetime.fromisoformat(f"{date}.{digits}{offset}")


def trx_files(paths):
    for path in paths:
        if os.path.isdir(path):
            yield from sorted(glob.glob(os.path.join(path, "**", "*.trx"), recursive=True))
        else:
            yield path


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=["."])
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()

    tests = []
    classes = defaultdict(lambda: [0.0, 0])
    files = list(trx_files(args.paths))
    if not files:
        print("no .trx files found", file=sys.stderr)
        return 1

    for path in files:
        root = ET.parse(path).getroot()
        times = root.find("t:Times", NS)
        if times is not None and times.get("start") and times.get("finish"):
            wall = (stamp(times.get("finish")) - stamp(times.get("start"))).total_seconds()
            print(f"{os.path.basename(path)}: {wall:.1f} s wall")
        class_of = {}
        for definition in root.iterfind("t:TestDefinitions/t:UnitTest", NS):
            method = definition.find("t:TestMethod", NS)
            class_of[definition.get("id")] = method.get("className").split(".")[-1] if method is not None else "?"
        for result in root.iterfind("t:Results/t:UnitTestResult", NS):
            duration = seconds(result.get("duration", "00:00:00"))
            owner = class_of.get(result.get("testId"), "?")
            tests.append((duration, result.get("testName"), result.get("outcome")))
            classes[owner][0] += duration
            classes[owner][1] += 1

    print(f"\n{len(tests)} tests, {sum(t[0] for t in tests):.1f} s summed")
    print(f"\nslowest {args.top} classes (summed seconds, tests):")
    for name, (total, count) in sorted(classes.items(), key=lambda kv: -kv[1][0])[: args.top]:
        print(f"{total:8.1f}  {count:4d}  {name}")
    print(f"\nslowest {args.top} tests (seconds):")
    for duration, name, outcome in sorted(tests, key=lambda t: -t[0])[: args.top]:
        flag = "" if outcome == "Passed" else f"  [{outcome}]"
        print(f"{duration:8.1f}  {name}{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
