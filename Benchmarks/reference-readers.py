#!/usr/bin/env python3
"""Reference readers for Micromance's benchmark, timed on the very files it reads.

    python3 Benchmarks/reference-readers.py [--runs N] JOURNAL.json MOMENTS.csv
    python3 Benchmarks/reference-readers.py --once orjson|polars FILE

For the JSON journal: orjson reading the file's bytes and parsing them into Python objects.
For the moments table: polars reading the CSV into a data frame, with its default threads.
Each figure is the median of N timed runs after one untimed run (page cache, imports), so it
is measured the way the Swift side measures a load: file read and parse together.

Prints one line per reader, tab-separated: the reader, the file, the median in seconds
("0.123 s") and the throughput. `scripts/bench` installs orjson and polars with pip when they
are missing.

With --once, one reader reads one file once, in this new process, and prints its seconds: the
first read a program makes, which is what a command-line tool does. The benchmark starts it
several times, alternating with its own first load, beside the medians above (polars keeps
the memory of a read for the next one, so a second read in the same process skips most of the
page faults the first one pays).
"""
import argparse
import os
import statistics
import sys
import time


def median_seconds(work, runs):
    work()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def read_once(reader, path):
    if reader == "orjson":
        import orjson

        started = time.perf_counter()
        with open(path, "rb") as handle:
            orjson.loads(handle.read())
    else:
        import polars

        started = time.perf_counter()
        polars.read_csv(path)
    print(f"{time.perf_counter() - started:.4f}")


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--once" and sys.argv[2] in ("orjson", "polars"):
        read_once(sys.argv[2], sys.argv[3])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("json_file")
    parser.add_argument("csv_file")
    options = parser.parse_args()

    import orjson
    import polars

    def read_json():
        with open(options.json_file, "rb") as handle:
            return orjson.loads(handle.read())

    def read_csv():
        return polars.read_csv(options.csv_file)

    for reader, path, work in (("orjson.loads", options.json_file, read_json),
                               ("polars.read_csv", options.csv_file, read_csv)):
        seconds = median_seconds(work, options.runs)
        megabytes = os.path.getsize(path) / 1_000_000
        print(f"{reader}\t{os.path.basename(path)}\t{seconds:.3f} s\t{megabytes / seconds:.0f} MB/s")


if __name__ == "__main__":
    main()
