#!/usr/bin/env python3
"""Writes __tests__/fixtures/pep440/packaging-cases.json: what Python's `packaging` (the
library pip vendors) answers for each (specifier set, version) pair with pre-releases
allowed (prereleases=True), which is how pip judges an installed distribution (`pip check`)
and how a policy judges a recorded one.

Run: python3 scripts/pep440-fixture.py > __tests__/fixtures/pep440/packaging-cases.json
"""
import json
import packaging
from packaging.specifiers import SpecifierSet
from packaging.version import Version

CASES = [
    (">=2.0,<2.6", ["1.13.0", "2.0.0", "2.5.1", "2.5.1+cu121", "2.6.0", "2.6.0rc1", "2.5.0rc1", "2.0.0.dev1"]),
    ("~=2.1", ["2.0.9", "2.1", "2.1.5", "2.9.0", "3.0", "2.2.0rc1"]),
    ("~=2.1.0", ["2.1.0", "2.1.9", "2.2.0", "2.1.0.post1"]),
    ("!=2.0.*", ["2.0", "2.0.3", "2.0.3+cpu", "2.1.0", "1.9"]),
    ("==2.0.*", ["2.0", "2.0.3", "2.1.0", "2.0.1rc1"]),
    ("===2.5.1", ["2.5.1", "2.5.1.0", "2.5.1+cu121"]),
    ("==2.5.1", ["2.5.1", "2.5.1.0", "2.5.1+cu121", "2.5.1.post1"]),
    ("<2.6", ["2.6.0rc1", "2.5.9", "2.6.0.dev0", "2.6"]),
    ("<2.6rc1", ["2.6.0a1", "2.6.0rc1", "2.5.0", "2.6.0.dev0"]),
    (">2.0", ["2.0.post1", "2.0.1", "2.0", "2.1.0rc1"]),
    (">2.0.post1", ["2.0.post2", "2.0.post1", "2.0.1"]),
    ("<=2.4.1", ["2.4.1", "2.4.1+cu118", "2.4.2", "2.4.1.post1"]),
    (">=3.0.0rc1", ["3.0.0rc1", "3.0.0rc2", "3.0.0", "2.9"]),
    ("", ["1.0", "1.0rc1"]),
    (">=1.0,!=1.5.*,<2", ["1.4", "1.5.2", "1.6", "2.0", "2.0rc1"]),
    ("==1!2.0", ["2.0", "1!2.0"]),
    (">=1!1.0", ["9.0", "1!1.0", "1!0.9"]),
    ("<2.0.0", ["2.0.0b1", "1.99", "2.0.0.dev1"]),
]


def main() -> None:
    rows = []
    for spec, versions in CASES:
        s = SpecifierSet(spec)
        for v in versions:
            version = Version(v)
            rows.append({
                "specifier": spec,
                "version": v,
                "contains": s.contains(version, prereleases=True),
            })
    print(json.dumps({
        "source": "Python packaging " + packaging.__version__ + " (SpecifierSet.contains, prereleases=True)",
        "command": "python3 scripts/pep440-fixture.py > __tests__/fixtures/pep440/packaging-cases.json",
        "cases": rows,
    }, indent=1))


main()
