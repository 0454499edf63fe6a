"""An independent check of dataset commitments and proof files, written from
docs/commitments.md alone with Python's standard library (no code of the project).

  python3 commitment_check.py root < HEXES           -> prints "ROOT LEAVES" (one hex a line)
  python3 commitment_check.py check PROOF ROOT N     -> prints "member", "absent" or "invalid: why"
"""
import hashlib
import json
import sys


def h(data):
    return hashlib.sha256(data).digest()


def mth(leaves):
    """RFC 6962 section 2.1, recursively."""
    n = len(leaves)
    if n == 0:
        return h(b"")
    if n == 1:
        return h(b"\x00" + leaves[0])
    k = 1
    while k * 2 < n:
        k *= 2
    return h(b"\x01" + mth(leaves[:k]) + mth(leaves[k:]))


def root_from_path(leaf, index, size, path):
    """RFC 9162 section 2.1.3.2."""
    if index < 0 or index >= size:
        return None
    fn, sn, r = index, size - 1, h(b"\x00" + leaf)
    for p in path:
        if sn == 0:
            return None
        if fn & 1 or fn == sn:
            r = h(b"\x01" + p + r)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = h(b"\x01" + r + p)
        fn >>= 1
        sn >>= 1
    return r if sn == 0 else None


def check(proof, root, size):
    if proof["commitment"]["root"] != root or proof["commitment"]["leaves"] != size:
        return "invalid: another commitment"
    want = bytes.fromhex(root)
    leaves = proof["leaves"]
    for l in leaves:
        got = root_from_path(
            bytes.fromhex(l["leaf"][7:]), l["index"], size, [bytes.fromhex(p) for p in l["path"]]
        )
        if got != want:
            return "invalid: path of leaf %d" % l["index"]
    d = proof["digest"][7:]
    if proof["member"]:
        ok = len(leaves) == 1 and leaves[0]["leaf"][7:] == d
        return "member" if ok else "invalid: member leaf"
    if size == 0 and not leaves:
        return "absent"
    if len(leaves) == 2:
        a, b = leaves
        ok = b["index"] == a["index"] + 1 and a["leaf"][7:] < d < b["leaf"][7:]
        return "absent" if ok else "invalid: neighbours"
    if len(leaves) == 1:
        a = leaves[0]
        if a["index"] == 0 and a["leaf"][7:] > d:
            return "absent"
        if a["index"] == size - 1 and a["leaf"][7:] < d:
            return "absent"
    return "invalid: neighbours"


if __name__ == "__main__":
    if sys.argv[1] == "root":
        digests = sorted(set(bytes.fromhex(x) for x in sys.stdin.read().split()))
        print(mth(digests).hex(), len(digests))
    else:
        with open(sys.argv[2]) as f:
            print(check(json.load(f), sys.argv[3], int(sys.argv[4])))
