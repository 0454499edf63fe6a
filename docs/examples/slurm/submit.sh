#!/bin/bash
# Submits the shard array (SHARDS tasks, default 8) and the merge that waits for all of them;
# prints the merge job's id. `sbatch --wait` on it, or poll squeue, before attesting.
#   DATASET=/lustre/acme/train OUT=/lustre/acme/manifests/run-42 bash submit.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
shards=${SHARDS:-8}
array=$(sbatch --parsable --export=ALL --array="0-$((shards - 1))" "$here/manifest-shards.sbatch")
sbatch --parsable --export=ALL --dependency="afterok:${array%%;*}" "$here/merge.sbatch"
