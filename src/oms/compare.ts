// What the signed manifest is compared with: a file (or byte range) on disk and its digest
// under the signature's hash type. The comparison itself is verify/content.ts, the one every
// report shares (added, removed, renamed, changed).
export interface DiskDigest {
  relPath: string;
  digest: string;
}
