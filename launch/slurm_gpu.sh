#!/usr/bin/env bash
# One align-jax process per node of a SLURM GPU cluster; each process drives its node's GPUs.
#
#   sbatch --nodes=4 --gpus-per-node=8 launch/slurm_gpu.sh \
#       launch/train_sft.py --config=configs/sft_llama31_8b_en.py --workdir=/shared/runs/sft_en
#
# jax.distributed.initialize() reads SLURM_* (job id, node list, task id) and picks the first
# node as coordinator; the entry points call it when SLURM_NTASKS > 1. --workdir must be on
# a file system all nodes share.
#SBATCH --job-name=align-jax
#SBATCH --ntasks-per-node=1
#SBATCH --exclusive
#SBATCH --output=%x-%j.out
set -euo pipefail
if [ $# -lt 1 ]; then
  echo "usage: sbatch [--nodes=N --gpus-per-node=G] $0 SCRIPT.py [FLAGS...]" >&2
  exit 2
fi
cd "${SLURM_SUBMIT_DIR:-.}"
python=${ALIGN_JAX_PYTHON:-.venv/bin/python}
export XLA_PYTHON_CLIENT_MEM_FRACTION=${XLA_PYTHON_CLIENT_MEM_FRACTION:-0.92}
exec srun --ntasks-per-node=1 "$python" "$@"
