// Forgeries and breakages of a valid Sigstore bundle, for the adversarial suite. Each mutation
// is a pure function of the valid bundle (and, for swaps, of another valid signing): it names
// what it attacks and which kinds of violation are an acceptable reason to refuse it. The
// mutations are written from the bundle format (Sigstore bundle v0.3, DSSE, Rekor entries,
// RFC 3161), not from our verifier: they say what a verifier must not accept.
import { createHash } from 'node:crypto';
import type { ViolationKind } from '../../src/verify/types.js';

/** A bundle (or statement) as JSON: the shape is attacked too, so nothing about it is assumed typed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type BundleJson = Record<string, any>;

export interface Mutation {
  /** Unique, says what was changed. */
  name: string;
  /** The layer attacked. */
  target:
    | 'payload'
    | 'signature'
    | 'certificate'
    | 'tlog'
    | 'timestamp'
    | 'bundle'
    | 'statement'
    | 'identity'
    | 'input'
    | 'model'
    | 'trust';
  /** A bundle object to verify... */
  bundle?: unknown;
  /** ...or the bytes of a bundle file (name decides .json / .jsonl handling). */
  file?: { name: string; data: string | Buffer };
  /** Violation kinds that are a right reason to refuse it. */
  reasons: ViolationKind[];
  /**
   * When the kind alone is too broad to tell the right refusal from a lucky one, what a
   * violation of one of those kinds must say.
   */
  because?: RegExp;
}

export const clone = <T>(x: T): T => structuredClone(x);

export const b64 = (s: string): Buffer => Buffer.from(s, 'base64');
export const toB64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');

/** Flip one bit of the byte at `at` (negative counts from the end). */
export function flipByte(bytes: Uint8Array, at: number): Buffer {
  const out = Buffer.from(bytes);
  const i = at < 0 ? out.length + at : at;
  out[i] = out[i]! ^ 0x01;
  return out;
}

export const flipB64 = (s: string, at: number): string => toB64(flipByte(b64(s), at));

/** Replace every occurrence of `from` by `to` (same length) inside DER bytes. */
export function replaceSameLength(der: Uint8Array, from: string, to: string): Buffer {
  if (Buffer.byteLength(from) !== Buffer.byteLength(to)) throw new Error('lengths differ');
  const out = Buffer.from(der);
  const needle = Buffer.from(from);
  let i = out.indexOf(needle);
  if (i < 0) throw new Error(`'${from}' not found in the DER`);
  while (i >= 0) {
    Buffer.from(to).copy(out, i);
    i = out.indexOf(needle, i + needle.length);
  }
  return out;
}

export function decodePayload(bundle: BundleJson): Record<string, unknown> {
  return JSON.parse(b64(bundle.dsseEnvelope.payload).toString('utf8')) as Record<string, unknown>;
}

/** The leaf certificate's base64 DER, whichever way the bundle carries it. */
export function leafCertB64(bundle: BundleJson): string {
  const vm = bundle.verificationMaterial;
  return vm.certificate?.rawBytes ?? vm.x509CertificateChain.certificates[0].rawBytes;
}

function setLeafCert(bundle: BundleJson, rawBytes: string): void {
  const vm = bundle.verificationMaterial;
  if (vm.certificate) vm.certificate.rawBytes = rawBytes;
  else vm.x509CertificateChain.certificates[0].rawBytes = rawBytes;
}

/** A checkpoint (signed note) with one of its body lines changed. */
function editCheckpoint(envelope: string, line: number, edit: (l: string) => string): string {
  const lines = envelope.split('\n');
  lines[line] = edit(lines[line]!);
  return lines.join('\n');
}

// int64 fields are decimal strings; protobuf JSON leaves a zero out altogether.
const bumpDecimal = (s: string | undefined, by: number) => String(BigInt(s ?? '0') + BigInt(by));

/**
 * Structural mutations of one valid bundle, using `other` (another valid signing, ideally of
 * other content by the same signer) for swaps. Mutations that need a field the bundle lacks
 * (a TSA timestamp, an inclusion promise) are left out.
 */
export function bundleMutations(base: BundleJson, other: BundleJson): Mutation[] {
  const out: Mutation[] = [];
  const add = (
    name: string,
    target: Mutation['target'],
    reasons: ViolationKind[],
    edit: (b: BundleJson) => void,
    because?: RegExp,
  ) => {
    const b = clone(base);
    edit(b);
    out.push({ name, target, reasons, bundle: b, ...(because ? { because } : {}) });
  };
  const SIG: ViolationKind[] = ['signature'];
  const SHAPE: ViolationKind[] = ['bundle'];
  const SHAPE_OR_SIG: ViolationKind[] = ['bundle', 'signature'];
  const env = base.dsseEnvelope;
  const payload = b64(env.payload);
  const vm = base.verificationMaterial;
  const entry = vm.tlogEntries?.[0];
  const tsa = vm.timestampVerificationData?.rfc3161Timestamps ?? [];

  // The DSSE envelope: the signature covers PAE(payloadType, payload).
  add('payload: one bit flipped in the first byte', 'payload', SIG, (b) => {
    b.dsseEnvelope.payload = flipB64(env.payload, 0);
  });
  add('payload: one bit flipped in the last byte', 'payload', SIG, (b) => {
    b.dsseEnvelope.payload = flipB64(env.payload, -1);
  });
  add("payload: another signing's statement", 'payload', SIG, (b) => {
    b.dsseEnvelope.payload = other.dsseEnvelope.payload;
  });
  add('payload: same JSON with a trailing newline', 'payload', SIG, (b) => {
    b.dsseEnvelope.payload = toB64(Buffer.concat([payload, Buffer.from('\n')]));
  });
  add('payload: the same statement serialized differently', 'payload', SIG, (b) => {
    // Compact if it was indented, indented if it was compact: same JSON, other bytes.
    const st = decodePayload(base);
    const compact = Buffer.from(JSON.stringify(st));
    const reserialized = compact.equals(payload)
      ? Buffer.from(JSON.stringify(st, null, 2))
      : compact;
    if (reserialized.equals(payload)) throw new Error('re-serialization did not change the bytes');
    b.dsseEnvelope.payload = toB64(reserialized);
  });
  add('payload: truncated to half', 'payload', SHAPE_OR_SIG, (b) => {
    b.dsseEnvelope.payload = toB64(payload.subarray(0, payload.length >> 1));
  });
  add('payload: hex instead of base64', 'payload', SHAPE_OR_SIG, (b) => {
    b.dsseEnvelope.payload = payload.toString('hex');
  });
  add('payload: empty', 'payload', SHAPE_OR_SIG, (b) => {
    b.dsseEnvelope.payload = '';
  });
  add('payloadType: application/json', 'payload', SIG, (b) => {
    b.dsseEnvelope.payloadType = 'application/json';
  });
  add('payloadType: empty', 'payload', SHAPE_OR_SIG, (b) => {
    b.dsseEnvelope.payloadType = '';
  });
  add('signature: one bit flipped', 'signature', SIG, (b) => {
    b.dsseEnvelope.signatures[0].sig = flipB64(env.signatures[0].sig, -3);
  });
  add("signature: another signing's", 'signature', SIG, (b) => {
    b.dsseEnvelope.signatures[0].sig = other.dsseEnvelope.signatures[0].sig;
  });
  add('signature: truncated', 'signature', SHAPE_OR_SIG, (b) => {
    b.dsseEnvelope.signatures[0].sig = toB64(b64(env.signatures[0].sig).subarray(0, 20));
  });
  add('signature: empty', 'signature', SHAPE_OR_SIG, (b) => {
    b.dsseEnvelope.signatures[0].sig = '';
  });
  add('signatures: none', 'signature', SHAPE_OR_SIG, (b) => {
    b.dsseEnvelope.signatures = [];
  });
  add('signatures: a forged one first, the real one second', 'signature', SHAPE_OR_SIG, (b) => {
    b.dsseEnvelope.signatures = [
      { ...env.signatures[0], sig: flipB64(env.signatures[0].sig, -3) },
      env.signatures[0],
    ];
  });

  // The signing certificate.
  const cert = leafCertB64(base);
  const certDer = b64(cert);
  add("certificate: another signing's (other key, same identity)", 'certificate', SIG, (b) => {
    setLeafCert(b, leafCertB64(other));
  });
  add('certificate: one bit flipped in its signature', 'certificate', SHAPE_OR_SIG, (b) => {
    setLeafCert(b, toB64(flipByte(certDer, -2)));
  });
  add('certificate: one bit flipped in its serial number', 'certificate', SHAPE_OR_SIG, (b) => {
    // tag, length, [0] version, then the INTEGER serial: a byte well inside the TBS.
    setLeafCert(b, toB64(flipByte(certDer, 16)));
  });
  add('certificate: truncated', 'certificate', SHAPE, (b) => {
    setLeafCert(b, toB64(certDer.subarray(0, certDer.length >> 1)));
  });
  add('certificate: random bytes', 'certificate', SHAPE, (b) => {
    setLeafCert(b, toB64(createHash('sha512').update(certDer).digest()));
  });
  // DER that parses as a SEQUENCE with nothing in it: @sigstore/core reads its parts lazily, and
  // reading its extensions threw a TypeError (the sha512 above did so on some runs' certificates).
  add('certificate: an empty SEQUENCE', 'certificate', SHAPE, (b) => {
    setLeafCert(b, toB64(Buffer.from([0x30, 0x00])));
  });
  add('certificate: empty', 'certificate', SHAPE, (b) => {
    setLeafCert(b, '');
  });
  add('certificate: removed', 'certificate', SHAPE, (b) => {
    delete b.verificationMaterial.certificate;
    delete b.verificationMaterial.x509CertificateChain;
  });
  // A key-signed bundle's shape: refused unless the verifier is given that key (and even then it
  // proves no CI identity), so the refusal is at the signature.
  add('certificate: replaced by a public key hint', 'certificate', SHAPE_OR_SIG, (b) => {
    delete b.verificationMaterial.certificate;
    delete b.verificationMaterial.x509CertificateChain;
    b.verificationMaterial.publicKey = { hint: 'attacker-key' };
  });
  add('certificate: source repository extension rewritten in place', 'certificate', SIG, (b) => {
    setLeafCert(b, toB64(rewriteIdentityText(certDer)));
  });

  // The transparency log entry.
  if (entry) {
    const TLOG: ViolationKind[] = ['signature'];
    add('tlog: entry removed', 'tlog', SHAPE_OR_SIG, (b) => {
      b.verificationMaterial.tlogEntries = [];
    });
    add('tlog: tlogEntries field removed', 'tlog', SHAPE_OR_SIG, (b) => {
      delete b.verificationMaterial.tlogEntries;
    });
    add("tlog: another signing's entry", 'tlog', TLOG, (b) => {
      b.verificationMaterial.tlogEntries = other.verificationMaterial.tlogEntries;
    });
    add('tlog: logIndex + 1', 'tlog', TLOG, (b) => {
      b.verificationMaterial.tlogEntries[0].logIndex = bumpDecimal(entry.logIndex, 1);
    });
    add('tlog: logId of another log', 'tlog', TLOG, (b) => {
      b.verificationMaterial.tlogEntries[0].logId = {
        keyId: toB64(createHash('sha256').update('another log').digest()),
      };
    });
    add('tlog: integratedTime + 1 s', 'tlog', TLOG, (b) => {
      b.verificationMaterial.tlogEntries[0].integratedTime = bumpDecimal(entry.integratedTime, 1);
    });
    add('tlog: integratedTime - 1 day', 'tlog', TLOG, (b) => {
      b.verificationMaterial.tlogEntries[0].integratedTime = bumpDecimal(
        entry.integratedTime,
        -86400,
      );
    });
    add('tlog: integratedTime in 2100', 'tlog', TLOG, (b) => {
      b.verificationMaterial.tlogEntries[0].integratedTime = '4102444800';
    });
    add('tlog: canonicalizedBody one bit flipped', 'tlog', TLOG, (b) => {
      b.verificationMaterial.tlogEntries[0].canonicalizedBody = flipB64(
        entry.canonicalizedBody,
        40,
      );
    });
    add("tlog: canonicalizedBody of another signing's entry", 'tlog', TLOG, (b) => {
      b.verificationMaterial.tlogEntries[0].canonicalizedBody =
        other.verificationMaterial.tlogEntries[0].canonicalizedBody;
    });
    add('tlog: kindVersion says hashedrekord', 'tlog', TLOG, (b) => {
      b.verificationMaterial.tlogEntries[0].kindVersion = {
        kind: 'hashedrekord',
        version: '0.0.1',
      };
    });
    add('tlog: kindVersion version 9.9.9', 'tlog', TLOG, (b) => {
      b.verificationMaterial.tlogEntries[0].kindVersion.version = '9.9.9';
    });
    if (entry.inclusionPromise) {
      add('tlog: inclusion promise (SET) one bit flipped', 'tlog', TLOG, (b) => {
        b.verificationMaterial.tlogEntries[0].inclusionPromise.signedEntryTimestamp = flipB64(
          entry.inclusionPromise.signedEntryTimestamp,
          -2,
        );
      });
      add("tlog: another signing's inclusion promise", 'tlog', TLOG, (b) => {
        b.verificationMaterial.tlogEntries[0].inclusionPromise =
          other.verificationMaterial.tlogEntries[0].inclusionPromise;
      });
    }
    if (entry.inclusionProof) {
      const proof = entry.inclusionProof;
      add('inclusion proof: removed', 'tlog', SHAPE_OR_SIG, (b) => {
        delete b.verificationMaterial.tlogEntries[0].inclusionProof;
        // Without a promise either, nothing proves inclusion at all.
        delete b.verificationMaterial.tlogEntries[0].inclusionPromise;
      });
      // The Merkle path is checked against the signed checkpoint, so these two only show
      // when the proof's own fields are compared with the checkpoint.
      const DISAGREES = /inclusion proof disagrees with its checkpoint/;
      add(
        'inclusion proof: root hash one bit flipped',
        'tlog',
        TLOG,
        (b) => {
          b.verificationMaterial.tlogEntries[0].inclusionProof.rootHash = flipB64(
            proof.rootHash,
            0,
          );
        },
        DISAGREES,
      );
      add('inclusion proof: logIndex + 1', 'tlog', TLOG, (b) => {
        b.verificationMaterial.tlogEntries[0].inclusionProof.logIndex = bumpDecimal(
          proof.logIndex,
          1,
        );
      });
      add(
        'inclusion proof: treeSize + 1',
        'tlog',
        TLOG,
        (b) => {
          b.verificationMaterial.tlogEntries[0].inclusionProof.treeSize = bumpDecimal(
            proof.treeSize,
            1,
          );
        },
        DISAGREES,
      );
      add('inclusion proof: an extra audit hash', 'tlog', TLOG, (b) => {
        b.verificationMaterial.tlogEntries[0].inclusionProof.hashes = [
          ...(proof.hashes ?? []),
          toB64(createHash('sha256').update('extra').digest()),
        ];
      });
      if ((proof.hashes ?? []).length > 0) {
        add('inclusion proof: first audit hash flipped', 'tlog', TLOG, (b) => {
          b.verificationMaterial.tlogEntries[0].inclusionProof.hashes[0] = flipB64(
            proof.hashes[0],
            0,
          );
        });
        add('inclusion proof: last audit hash dropped', 'tlog', TLOG, (b) => {
          b.verificationMaterial.tlogEntries[0].inclusionProof.hashes = proof.hashes.slice(0, -1);
        });
      }
      const cp: string = proof.checkpoint.envelope;
      add('checkpoint: origin line changed', 'tlog', TLOG, (b) => {
        b.verificationMaterial.tlogEntries[0].inclusionProof.checkpoint.envelope = editCheckpoint(
          cp,
          0,
          (l) => `evil.example - ${l}`,
        );
      });
      add('checkpoint: tree size line + 1', 'tlog', TLOG, (b) => {
        b.verificationMaterial.tlogEntries[0].inclusionProof.checkpoint.envelope = editCheckpoint(
          cp,
          1,
          (l) => bumpDecimal(l, 1),
        );
      });
      add('checkpoint: root hash line changed', 'tlog', TLOG, (b) => {
        b.verificationMaterial.tlogEntries[0].inclusionProof.checkpoint.envelope = editCheckpoint(
          cp,
          2,
          (l) => flipB64(l, 0),
        );
      });
      add('checkpoint: signature line changed', 'tlog', TLOG, (b) => {
        const lines = cp.split('\n');
        const sigLine = lines.findIndex((l) => l.startsWith('\u2014 '));
        b.verificationMaterial.tlogEntries[0].inclusionProof.checkpoint.envelope = editCheckpoint(
          cp,
          sigLine,
          (l) => {
            const [dash, name, sig] = l.split(' ');
            return `${dash} ${name} ${flipB64(sig!, -2)}`;
          },
        );
      });
      add('checkpoint: empty', 'tlog', SHAPE_OR_SIG, (b) => {
        b.verificationMaterial.tlogEntries[0].inclusionProof.checkpoint.envelope = '';
      });
      add("checkpoint: another signing's", 'tlog', TLOG, (b) => {
        b.verificationMaterial.tlogEntries[0].inclusionProof.checkpoint =
          other.verificationMaterial.tlogEntries[0].inclusionProof.checkpoint;
      });
    }
  }

  // RFC 3161 timestamps.
  if (tsa.length > 0) {
    const ts: string = tsa[0].signedTimestamp;
    const setTs = (b: BundleJson, value: string) => {
      b.verificationMaterial.timestampVerificationData.rfc3161Timestamps[0].signedTimestamp = value;
    };
    add('timestamp: one bit flipped in its signature', 'timestamp', SIG, (b) =>
      setTs(b, flipB64(ts, -2)),
    );
    add('timestamp: one bit flipped in the middle', 'timestamp', SHAPE_OR_SIG, (b) =>
      setTs(b, flipB64(ts, b64(ts).length >> 1)),
    );
    add("timestamp: another signing's (imprint of another signature)", 'timestamp', SIG, (b) =>
      setTs(
        b,
        other.verificationMaterial.timestampVerificationData.rfc3161Timestamps[0].signedTimestamp,
      ),
    );
    add('timestamp: truncated', 'timestamp', SHAPE_OR_SIG, (b) =>
      setTs(b, toB64(b64(ts).subarray(0, 40))),
    );
    add('timestamp: random bytes', 'timestamp', SHAPE_OR_SIG, (b) =>
      setTs(b, toB64(createHash('sha512').update(ts).digest())),
    );
    add(
      'timestamp and tlog entry both removed (no verified time)',
      'timestamp',
      SHAPE_OR_SIG,
      (b) => {
        b.verificationMaterial.timestampVerificationData.rfc3161Timestamps = [];
        b.verificationMaterial.tlogEntries = [];
      },
    );
  }

  // The bundle's own frame.
  add('mediaType: bundle v0.4 (unknown)', 'bundle', SHAPE, (b) => {
    b.mediaType = 'application/vnd.dev.sigstore.bundle.v0.4+json';
  });
  add('mediaType: application/json', 'bundle', SHAPE, (b) => {
    b.mediaType = 'application/json';
  });
  add('mediaType: removed', 'bundle', SHAPE, (b) => {
    delete b.mediaType;
  });
  add('mediaType: a number', 'bundle', SHAPE, (b) => {
    b.mediaType = 3;
  });
  add('dsseEnvelope: removed', 'bundle', SHAPE, (b) => {
    delete b.dsseEnvelope;
  });
  add('dsseEnvelope: replaced by a messageSignature', 'bundle', SHAPE, (b) => {
    delete b.dsseEnvelope;
    b.messageSignature = {
      messageDigest: {
        algorithm: 'SHA2_256',
        digest: toB64(createHash('sha256').update(payload).digest()),
      },
      signature: env.signatures[0].sig,
    };
  });
  add('verificationMaterial: removed', 'bundle', SHAPE, (b) => {
    delete b.verificationMaterial;
  });
  add('verificationMaterial: a string', 'bundle', SHAPE, (b) => {
    b.verificationMaterial = 'trust me';
  });
  return out;
}

/**
 * Change identity text inside a certificate without re-signing it: the first GitHub URL's
 * repository owner gets one letter changed (same length, so the DER stays well formed).
 */
export function rewriteIdentityText(der: Buffer): Buffer {
  const text = der.toString('latin1');
  const m = /https:\/\/github\.com\/([A-Za-z0-9_.-]+)\//.exec(text);
  if (!m) throw new Error('no GitHub URL in the certificate');
  const owner = m[1]!;
  const forged = (owner[0] === 'x' ? 'y' : 'x') + owner.slice(1);
  return replaceSameLength(der, `https://github.com/${owner}/`, `https://github.com/${forged}/`);
}

/** Broken or hostile bundle files: what arrives when the input is not a bundle at all. */
export function inputMutations(valid: BundleJson): Mutation[] {
  const text = JSON.stringify(valid);
  const SHAPE: ViolationKind[] = ['bundle'];
  const file = (name: string, data: string | Buffer): Pick<Mutation, 'file'> => ({
    file: { name, data },
  });
  let nested = '';
  for (let i = 0; i < 200_000; i++) nested += '[';
  return [
    { name: 'file: empty', target: 'input', reasons: SHAPE, ...file('empty.json', '') },
    {
      name: 'file: whitespace only',
      target: 'input',
      reasons: SHAPE,
      ...file('ws.json', ' \n\t\n'),
    },
    {
      name: 'file: truncated JSON (first half)',
      target: 'input',
      reasons: SHAPE,
      ...file('half.json', text.slice(0, text.length >> 1)),
    },
    {
      name: 'file: truncated by one byte',
      target: 'input',
      reasons: SHAPE,
      ...file('minus1.json', text.slice(0, -1)),
    },
    {
      name: 'file: binary garbage',
      target: 'input',
      reasons: SHAPE,
      ...file('garbage.json', createHash('sha512').update('x').digest()),
    },
    {
      name: 'file: UTF-16LE encoded bundle',
      target: 'input',
      reasons: SHAPE,
      ...file(
        'utf16.json',
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      ),
    },
    {
      name: 'file: the bundle base64-encoded',
      target: 'input',
      reasons: SHAPE,
      ...file('b64.json', Buffer.from(text).toString('base64')),
    },
    { name: 'file: JSON null', target: 'input', reasons: SHAPE, ...file('null.json', 'null') },
    { name: 'file: JSON number', target: 'input', reasons: SHAPE, ...file('num.json', '42') },
    {
      name: 'file: JSON string',
      target: 'input',
      reasons: SHAPE,
      ...file('str.json', JSON.stringify(text)),
    },
    {
      name: 'file: the bundle inside an array',
      target: 'input',
      reasons: SHAPE,
      ...file('array.json', `[${text}]`),
    },
    {
      name: 'file: 200,000 nested arrays',
      target: 'input',
      reasons: SHAPE,
      ...file('nested.json', nested),
    },
    {
      name: 'file: 11 MB bundle (a padded field)',
      target: 'input',
      reasons: SHAPE,
      ...file('huge.json', JSON.stringify({ ...valid, padding: 'A'.repeat(11 * 1024 * 1024) })),
    },
    {
      name: 'file: .jsonl of 2,000 garbage lines',
      target: 'input',
      reasons: SHAPE,
      ...file('many.jsonl', Array.from({ length: 2000 }, (_, i) => `{"n":${i}}`).join('\n')),
    },
    {
      name: 'file: .jsonl whose only line is truncated',
      target: 'input',
      reasons: SHAPE,
      ...file('cut.jsonl', `${text.slice(0, 100)}\n`),
    },
  ];
}

/** A validly signed statement that lies about one thing: its edit, and what its refusal must say. */
export interface StatementLie {
  name: string;
  edit: (statement: BundleJson) => void;
  because: RegExp;
}

/**
 * Statements that sign a model directory's contents and order (its OMS root, unchanged) but
 * other names, or no names at all: a file's name is part of what was signed, so each must be
 * refused. `dir` is the directory subject's name; it must hold `config.json` and `tokenizer.json`.
 */
export function nameBindingLies(dir: string): StatementLie[] {
  const subject = (st: BundleJson, name: string) =>
    st.subject.find((s: { name: string }) => s.name === name);
  const dirSubject = (st: BundleJson) => subject(st, dir);
  const filesOnly = (st: BundleJson) => {
    st.subject = st.subject.filter((s: { name: string }) => s.name === dir);
  };
  const otherListing = `sha256:${createHash('sha256').update('another listing').digest('hex')}`;
  return [
    {
      name: 'names: a file subject renamed, its digest kept',
      edit: (st) => {
        subject(st, `${dir}/config.json`).name = `${dir}/adapter_config.json`;
      },
      because: /renamed \S*adapter_config\.json → \S*\/config\.json/,
    },
    {
      name: 'names: a file subject moved into a folder, its digest kept',
      edit: (st) => {
        subject(st, `${dir}/tokenizer.json`).name = `${dir}/tok/tokenizer.json`;
      },
      because: /renamed \S*tok\/tokenizer\.json → /,
    },
    {
      name: 'names: a file subject respelt in another case',
      edit: (st) => {
        subject(st, `${dir}/config.json`).name = `${dir}/Config.json`;
      },
      because: /renamed \S*Config\.json → /,
    },
    {
      name: 'names: the listing digest of other names, per-file subjects kept',
      edit: (st) => {
        dirSubject(st).annotations = { ...dirSubject(st).annotations, listing: otherListing };
      },
      because: /signed listing/,
    },
    {
      name: 'names: no per-file subjects, and the listing digest of other names',
      edit: (st) => {
        filesOnly(st);
        dirSubject(st).annotations = { ...dirSubject(st).annotations, listing: otherListing };
      },
      because: /signed listing/,
    },
    {
      name: 'names: no per-file subjects and no listing digest (the OMS root alone)',
      edit: (st) => {
        filesOnly(st);
        delete dirSubject(st).annotations;
      },
      because: /names are not bound/,
    },
  ];
}
