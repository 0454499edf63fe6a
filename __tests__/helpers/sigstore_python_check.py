"""Verifies one Sigstore bundle with sigstore-python (an independent implementation), nothing of
this project's code involved, and prints what it verified.

  python sigstore_python_check.py BUNDLE TRUSTED_ROOT IDENTITY ISSUER

The bundle's DSSE envelope is checked by `Verifier.verify_dsse` against TRUSTED_ROOT with the
certificate's SAN pinned to IDENTITY and its OIDC issuer to ISSUER. On success it prints one JSON
line: {"payloadType", "sha256" (of the verified payload), "subjects" (of the in-toto statement)}
and exits 0. On refusal it prints "refused: WHY" to stderr and exits 1.
"""
import hashlib
import json
import sys

from sigstore.errors import Error
from sigstore.models import Bundle, TrustedRoot
from sigstore.verify import Verifier, policy


def main(bundle_path, root_path, identity, issuer):
    verifier = Verifier(trusted_root=TrustedRoot.from_file(root_path))
    with open(bundle_path, "rb") as f:
        bundle = Bundle.from_json(f.read())
    pinned = policy.Identity(identity=identity, issuer=issuer)
    payload_type, payload = verifier.verify_dsse(bundle, pinned)
    statement = json.loads(payload)
    return {
        "payloadType": payload_type,
        "sha256": hashlib.sha256(payload).hexdigest(),
        "subjects": statement.get("subject", []),
    }


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    try:
        print(json.dumps(main(*sys.argv[1:])))
    except Error as e:
        # sigstore's own errors (invalid bundle, failed verification, policy mismatch).
        print(f"refused: {type(e).__name__}: {e}", file=sys.stderr)
        sys.exit(1)
