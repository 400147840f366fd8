#!/usr/bin/env python3
"""Checks that each module's folders ("floors") use only the floors below them.

A floor is a top-level folder of a module's sources. For every floor, the names declared
at the top level of its Swift files (types, functions, constants) are collected; a file
that mentions a name declared in a higher floor is an upward use, and the check fails
listing each one. Comments and string literals are ignored. The floors, lowest first, are
the ones the module's DocC overview documents.

    scripts/check-floors.py             check Sources/
    scripts/check-floors.py --self-test plant an upward use in a copy and expect a failure
"""
import os
import re
import shutil
import sys
import tempfile

# Lowest floor first. Each floor may use the floors before it, never those after it.
FLOORS = {
    "DigitAudio": ["Support", "Audio", "Features", "Dataset", "Model", "Persistence", "Training", "Evaluation"],
    "DigitPlot": ["Geometry", "Style", "Output", "Backend", "Plot", "Marks", "Charts", "Pipeline"],
}

DECLARATION = re.compile(
    r"(?:@\w+(?:\([^)]*\))?\s+)*"
    r"(?:(?:public|internal|private|fileprivate|package|final|indirect|nonisolated|static)\s+)*"
    r"(?:struct|class|enum|protocol|typealias|actor|func|let|var)\s+([A-Za-z_]\w*)")


def code_only(text):
    """The source without comments and string literals."""
    text = re.sub(r'"""(?:.|\n)*?"""', '""', text)
    text = re.sub(r"/\*(?:.|\n)*?\*/", "", text)
    text = re.sub(r"//[^\n]*", "", text)
    return re.sub(r'"(?:\\.|[^"\\\n])*"', '""', text)


def violations(sources):
    found = []
    for module, floors in FLOORS.items():
        root = os.path.join(sources, module)
        files = {}
        for folder, _, names in os.walk(root):
            for name in names:
                if name.endswith(".swift"):
                    path = os.path.join(folder, name)
                    floor = os.path.relpath(path, root).split(os.sep)[0]
                    if floor not in floors:
                        found.append(f"{os.path.relpath(path, sources)}: not in a floor of {module} ({', '.join(floors)})")
                        continue
                    files[path] = (floor, code_only(open(path, encoding="utf-8").read()))
        declared = {}
        for path, (floor, code) in files.items():
            for line in code.split("\n"):
                match = DECLARATION.match(line)  # top level: no indentation
                if match:
                    declared.setdefault(match.group(1), floor)
        for path, (floor, code) in sorted(files.items()):
            level = floors.index(floor)
            for name in sorted(set(re.findall(r"\b[A-Za-z_]\w*\b", code))):
                owner = declared.get(name)
                if owner is not None and floors.index(owner) > level:
                    found.append(f"{os.path.relpath(path, sources)}: {floor}/ uses {name} from the floor above, {owner}/")
    return found


def self_test(sources):
    with tempfile.TemporaryDirectory() as temporary:
        copy = os.path.join(temporary, "Sources")
        shutil.copytree(sources, copy)
        planted = os.path.join(copy, "DigitAudio", "Support", "Planted.swift")
        with open(planted, "w") as file:
            file.write("func planted(_ report: EvaluationReport) {}\n")
        found = violations(copy)
        if not any("Planted.swift" in line and "EvaluationReport" in line for line in found):
            print("check-floors: self-test failed: a planted upward use was not found", file=sys.stderr)
            return 1
    print("check-floors: self-test ok (a planted upward use is reported)")
    return 0


def main():
    sources = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources")
    if "--self-test" in sys.argv[1:]:
        return self_test(sources)
    found = violations(sources)
    for line in found:
        print(line, file=sys.stderr)
    if found:
        print(f"check-floors: {len(found)} upward use(s)", file=sys.stderr)
        return 1
    print("check-floors: every floor uses only the floors below it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
