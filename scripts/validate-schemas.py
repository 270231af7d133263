#!/usr/bin/env python3
"""Validate real encoded output against the published JSON Schemas.

Every `*.jsonl` file under fixtures/ whose name ends in `items.jsonl` or `.expected.jsonl` holds canonical
items (one per line) written by the Swift encoder and checked by the Swift tests; every line must validate
against schema/disclosure-item.schema.json. Reports (`*.report.json`) validate against
schema/annual-report.schema.json when that schema exists. Exits 1 naming file, line and the failing path.
"""
import json
import pathlib
import sys

import jsonschema

root = pathlib.Path(__file__).resolve().parent.parent


def load(name):
    path = root / "schema" / name
    if not path.exists():
        return None
    schema = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


item_validator = load("disclosure-item.schema.json")
report_validator = load("annual-report.schema.json")
failures = 0
checked = 0

for path in sorted((root / "fixtures").rglob("*.jsonl")):
    if not (path.name.endswith("items.jsonl") or path.name.endswith(".expected.jsonl")):
        continue
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        checked += 1
        for error in item_validator.iter_errors(json.loads(line)):
            failures += 1
            where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
            print(f"{path.relative_to(root)}:{number}: {where}: {error.message}")

if report_validator is not None:
    for path in sorted((root / "fixtures").rglob("*.report.json")):
        checked += 1
        for error in report_validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))):
            failures += 1
            where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
            print(f"{path.relative_to(root)}: {where}: {error.message}")

if checked == 0:
    print("no encoded items found under fixtures/: nothing was validated")
    sys.exit(1)
print(f"schema validation: {checked} documents checked, {failures} problems")
sys.exit(1 if failures else 0)
