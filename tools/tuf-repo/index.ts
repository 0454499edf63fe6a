// A real TUF repository on loopback, for tests: root, targets, snapshot and timestamp metadata
// made and signed with @tufjs/models (ed25519 keys of its own), and served by a small HTTP server
// with consistent snapshots, as Sigstore's own repository serves them (its root.json sets
// consistent_snapshot: sigstore/root-signing): a client fetches `N.root.json`, `timestamp.json`,
// `N.snapshot.json`, `N.targets.json` and `targets/SHA256.trusted_root.json` (the TUF
// specification's detailed client workflow, §5.3–5.7), and anything else is a 404. It publishes
// Sigstore trusted roots as the `trusted_root.json` target, as Sigstore's repository does, and can
// be made to misbehave: tampered, rolled back or expired metadata.
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Key,
  Metadata,
  MetaFile,
  Root,
  Signature,
  Snapshot,
  TargetFile,
  Targets,
  Timestamp,
} from '@tufjs/models';

type Role = 'root' | 'targets' | 'snapshot' | 'timestamp';
const ROLES: readonly Role[] = ['root', 'targets', 'snapshot', 'timestamp'];
const SPEC = '1.0.31';
const inDays = (d: number) =>
  new Date(Date.now() + d * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');

interface RoleKey {
  key: Key;
  privateKey: KeyObject;
}

function newKey(): RoleKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const keyVal = { public: pem };
  const keyID = createHash('sha256')
    .update(JSON.stringify({ keytype: 'ed25519', scheme: 'ed25519', keyval: keyVal }))
    .digest('hex');
  return { key: new Key({ keyID, keyType: 'ed25519', scheme: 'ed25519', keyVal }), privateKey };
}

export interface TufRepo {
  url: string;
  /** The root.json (version 1) a client starts from. */
  rootPath: string;
  /** Publish a trusted_root.json: a new targets, snapshot and timestamp version. */
  publish(trustedRoot: unknown): void;
  /** Serve `name` with its signed content changed and its signatures kept. */
  tamper(name: 'timestamp.json' | 'snapshot.json' | 'targets.json'): void;
  /** Serve the timestamp of an earlier publication again: validly signed, but older. */
  rollBackTimestamp(): void;
  /** Publish again with the timestamp already expired. */
  expireTimestamp(): void;
  /** Paths the client asked for. */
  requests: string[];
  close(): Promise<void>;
}

export async function startTufRepo(trustedRoot: unknown): Promise<TufRepo> {
  const keys = Object.fromEntries(ROLES.map((r) => [r, newKey()])) as Record<Role, RoleKey>;
  const files = new Map<string, Buffer>();
  const served = new Map<string, Buffer>();
  const history: Buffer[] = [];
  const signed = <T extends Root | Targets | Snapshot | Timestamp>(role: Role, body: T): Buffer => {
    const md = new Metadata(body);
    md.sign(
      (data) =>
        new Signature({
          keyID: keys[role].key.keyID,
          sig: sign(null, data, keys[role].privateKey).toString('hex'),
        }),
    );
    return Buffer.from(JSON.stringify(md.toJSON()));
  };
  const root = new Root({
    version: 1,
    specVersion: SPEC,
    expires: inDays(365),
    consistentSnapshot: true,
  });
  for (const r of ROLES) root.addKey(keys[r].key, r);
  files.set('1.root.json', signed('root', root));
  files.set('root.json', files.get('1.root.json')!);
  let version = 0;
  let current: unknown;
  const publishWith = (target: unknown, timestampDays: number) => {
    version += 1;
    current = target;
    const bytes = Buffer.from(JSON.stringify(target));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    files.set(`targets/${sha256}.trusted_root.json`, bytes);
    const targets = new Targets({
      version,
      specVersion: SPEC,
      expires: inDays(90),
      targets: {
        'trusted_root.json': new TargetFile({
          path: 'trusted_root.json',
          length: bytes.length,
          hashes: { sha256 },
        }),
      },
    });
    files.set(`${version}.targets.json`, signed('targets', targets));
    const snapshot = new Snapshot({
      version,
      specVersion: SPEC,
      expires: inDays(30),
      meta: { 'targets.json': new MetaFile({ version }) },
    });
    files.set(`${version}.snapshot.json`, signed('snapshot', snapshot));
    const timestamp = new Timestamp({
      version,
      specVersion: SPEC,
      expires: inDays(timestampDays),
      snapshotMeta: new MetaFile({ version }),
    });
    files.set('timestamp.json', signed('timestamp', timestamp));
    history.push(files.get('timestamp.json')!);
    served.clear();
  };
  publishWith(trustedRoot, 7);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').replace(/^\/+/, '').split('?')[0]!);
    requests.push(path);
    const body = served.get(path) ?? files.get(path);
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': 'application/json', 'content-length': body.length })
      .end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const dir = await mkdtemp(join(tmpdir(), 'tp-tuf-'));
  const rootPath = join(dir, 'root.json');
  await writeFile(rootPath, files.get('1.root.json')!);
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    rootPath,
    publish: (t) => publishWith(t, 7),
    tamper: (name) => {
      const path = name === 'timestamp.json' ? name : `${version}.${name}`;
      const json = JSON.parse(files.get(path)!.toString());
      json.signed.expires = inDays(400);
      served.set(path, Buffer.from(JSON.stringify(json)));
    },
    rollBackTimestamp: () => served.set('timestamp.json', history[history.length - 2]!),
    expireTimestamp: () => {
      publishWith(current, -1);
    },
    requests,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
