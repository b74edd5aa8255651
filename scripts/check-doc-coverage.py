#!/usr/bin/env python3
"""Fails when a public symbol of the given modules has no documentation comment.

Usage: scripts/check-doc-coverage.py SYMBOL_GRAPH_DIR MODULE [MODULE ...]

Reads the symbol graphs that `swift package generate-documentation` extracts, and lists every
public or open symbol declared in the module without a `///` comment. Symbols the compiler
synthesizes (memberwise Codable, Equatable and Hashable conformances, enum raw values) and
members that only implement a documented requirement of another module are left out.
"""
import glob, json, os, sys

def main(directory, modules):
    missing = []
    for module in modules:
        paths = glob.glob(os.path.join(directory, "**", module + ".symbols.json"), recursive=True)
        if not paths:
            print(f"no symbol graph for {module} under {directory}", file=sys.stderr)
            return 2
        graph = json.load(open(paths[0], encoding="utf-8"))
        for symbol in graph["symbols"]:
            if symbol.get("accessLevel") not in ("public", "open"):
                continue
            identifier = symbol["identifier"]["precise"]
            if "::SYNTHESIZED::" in identifier:
                continue
            if symbol.get("docComment"):
                continue
            # Implementations of another module's requirement (Codable's init(from:), ...) inherit its docs.
            if symbol["kind"]["identifier"] in ("swift.init", "swift.method", "swift.property", "swift.func.op", "swift.subscript") \
                    and not symbol.get("location"):
                continue
            name = ".".join(symbol["pathComponents"])
            where = symbol.get("location", {}).get("uri", "").split("/Sources/")[-1]
            missing.append(f"{module}: {name} ({where})")
    for line in sorted(set(missing)):
        print("undocumented public symbol: " + line)
    print(f"{len(set(missing))} undocumented public symbols in {', '.join(modules)}")
    return 1 if missing else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
