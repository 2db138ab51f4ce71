#!/usr/bin/env bash
# Run one align-jax command on every worker of a Cloud TPU VM pod slice (v5e, v5p, ...).
#
#   launch/tpu_pod.sh TPU_NAME ZONE -- .venv/bin/python launch/train_sft.py \
#       --config=configs/sft_llama31_8b_en.py --workdir=gs://bucket/runs/sft_en
#
# Every worker runs the same command in the same checkout path ($ALIGN_JAX_DIR, default
# ~/align-jax, which must exist there with `make test`'s .venv or your own environment);
# jax.distributed.initialize() discovers the pod from the TPU metadata, so no process
# counts are passed. Use a shared --workdir (a GCS bucket or NFS) for checkpoints.
set -euo pipefail
if [ $# -lt 4 ] || [ "$3" != "--" ]; then
  echo "usage: $0 TPU_NAME ZONE -- COMMAND..." >&2
  exit 2
fi
tpu=$1 zone=$2
shift 3
dir=${ALIGN_JAX_DIR:-'~/align-jax'}
cmd=$(printf '%q ' "$@")
exec gcloud compute tpus tpu-vm ssh "$tpu" --zone "$zone" --worker=all \
  --command "cd $dir && $cmd"
