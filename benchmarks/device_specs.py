"""Vendor figures per accelerator: dense bf16 peak, memory bandwidth, memory size.

Used by device_check.py for MFU (FLOP/s achieved / dense bf16 peak) and for the decode
step's weight-read limit (bytes read per step / memory bandwidth). Datasheet figures,
dense (no 2:4 sparsity); a device whose kind matches none of them is reported as unknown.
"""

from __future__ import annotations

# (substrings of jax's device_kind, all lowercase, that must all appear) -> spec.
# Ordered from specific to general: the first match wins.
SPECS = [
    (("h200",), dict(name="NVIDIA H200", bf16_flops=989e12, hbm_bytes_s=4.8e12, memory_gb=141)),
    (("h100", "pcie"), dict(name="NVIDIA H100 PCIe", bf16_flops=756e12, hbm_bytes_s=2.0e12, memory_gb=80)),
    (("h100", "nvl"), dict(name="NVIDIA H100 NVL", bf16_flops=835e12, hbm_bytes_s=3.9e12, memory_gb=94)),
    (("h100",), dict(name="NVIDIA H100 SXM", bf16_flops=989e12, hbm_bytes_s=3.35e12, memory_gb=80)),
    (("h20",), dict(name="NVIDIA H20", bf16_flops=148e12, hbm_bytes_s=4.0e12, memory_gb=96)),
    (("b200",), dict(name="NVIDIA B200", bf16_flops=2250e12, hbm_bytes_s=8.0e12, memory_gb=180)),
    (("a100", "40gb"), dict(name="NVIDIA A100 40GB", bf16_flops=312e12, hbm_bytes_s=1.555e12, memory_gb=40)),
    (("a100", "pcie"), dict(name="NVIDIA A100 PCIe 80GB", bf16_flops=312e12, hbm_bytes_s=1.935e12, memory_gb=80)),
    (("a100",), dict(name="NVIDIA A100 SXM 80GB", bf16_flops=312e12, hbm_bytes_s=2.039e12, memory_gb=80)),
    (("l40s",), dict(name="NVIDIA L40S", bf16_flops=362e12, hbm_bytes_s=0.864e12, memory_gb=48)),
    (("l4",), dict(name="NVIDIA L4", bf16_flops=121e12, hbm_bytes_s=0.3e12, memory_gb=24)),
    (("tpu v6",), dict(name="TPU v6e", bf16_flops=918e12, hbm_bytes_s=1.64e12, memory_gb=32)),
    (("tpu v5 lite",), dict(name="TPU v5e", bf16_flops=197e12, hbm_bytes_s=0.819e12, memory_gb=16)),
    (("tpu v5e",), dict(name="TPU v5e", bf16_flops=197e12, hbm_bytes_s=0.819e12, memory_gb=16)),
    (("tpu v5",), dict(name="TPU v5p", bf16_flops=459e12, hbm_bytes_s=2.765e12, memory_gb=95)),
    (("tpu v4",), dict(name="TPU v4", bf16_flops=275e12, hbm_bytes_s=1.2e12, memory_gb=32)),
]


def device_spec(device_kind: str) -> dict | None:
    """The spec whose substrings all occur in `device_kind` (case-insensitive), or None."""
    kind = device_kind.lower()
    for needles, spec in SPECS:
        if all(n in kind for n in needles):
            return dict(spec)
    return None


def slug(device_kind: str) -> str:
    """A file-name-safe name of a device kind: 'NVIDIA H200' -> 'nvidia_h200'."""
    out = "".join(c if c.isalnum() else "_" for c in device_kind.lower())
    return "_".join(p for p in out.split("_") if p) or "unknown"
