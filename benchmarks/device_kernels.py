"""device_check parts on small tensors: the device probe, logit parity, attention kernels.

Each part is `fn(part: Part, shape: dict)`; it records rows as it goes (device_common).
"""

from __future__ import annotations

import inspect
import tempfile
import time

import jax
import jax.numpy as jnp
import numpy as np

from device_common import Part, rel_err, short_error, time_calls

# Parity tolerances against transformers (fp32, CPU). fp32 at "highest" matmul precision
# must match as on the CPU (1e-4 absolute, tests/test_models_parity.py); at the default
# precision a GPU may multiply fp32 in TF32 (10-bit mantissa), hence a relative bound;
# bf16 weights and matmuls as tests/test_models_parity.py::test_bf16_logits_close.
PARITY_TOL = {"fp32/highest": ("max_abs", 1e-4), "fp32/default": ("rel", 1e-2),
              "bf16/default": ("rel", 1e-1)}
# Attention in bf16 against an fp32 reference: max |Δ| / max |ref| per tensor.
ATTENTION_TOL = 2e-2


def probe(part: Part, shape: dict) -> None:
    """What JAX sees: platform, device kind and count, versions, memory."""
    import jaxlib

    dev = jax.devices()[0]
    info = dict(platform=dev.platform, device_kind=dev.device_kind, device_count=jax.device_count(),
                jax=jax.__version__, jaxlib=jaxlib.__version__)
    try:
        stats = dev.memory_stats() or {}
        info["memory_limit_bytes"] = stats.get("bytes_limit")
    except Exception:  # noqa: BLE001
        pass
    try:
        from jax._src.cudnn.fused_attention_stablehlo import check_cudnn_version

        info["cudnn"] = check_cudnn_version()
    except Exception as e:  # noqa: BLE001
        info["cudnn"] = f"unavailable ({short_error(e, 80)})"
    part.info(**info)
    part.row("device", {"count": info["device_count"]}, None,
             f"{info['device_kind']} ({info['platform']}), jax {info['jax']}")


def parity(part: Part, shape: dict) -> None:
    """Tiny random Llama (llama3 RoPE, GQA, untied) and Qwen2 (q/k/v bias, tied) written as
    HF checkpoints; align-jax logits on the device vs transformers on the CPU, over a
    plain row and a left-padded one (only real tokens compared)."""
    from align_jax.models import forward, from_hf
    from hf_fixtures import make_torch_model, torch_logits

    rng = np.random.default_rng(0)
    for family, overrides in (("llama", {}), ("qwen2", {"tie_word_embeddings": True})):
        model = make_torch_model(family, seed=1, **overrides)
        ids = rng.integers(0, model.config.vocab_size, (2, shape["length"])).astype(np.int32)
        mask = np.ones_like(ids)
        mask[1, :shape["length"] // 4] = 0  # left padding
        positions = np.maximum(np.cumsum(mask, axis=1) - 1, 0)
        want = torch_logits(model, ids, attention_mask=mask, position_ids=positions)
        real = mask == 1
        with tempfile.TemporaryDirectory() as folder:
            model.save_pretrained(folder)
            loaded = {dt: from_hf(folder, dtype=dt) for dt in (jnp.float32, jnp.bfloat16)}
        for name, (metric, tol) in PARITY_TOL.items():
            dtype = jnp.float32 if name.startswith("fp32") else jnp.bfloat16
            config, params = loaded[dtype]
            precision = name.split("/")[1]
            with jax.default_matmul_precision(precision):
                got = np.asarray(jax.jit(forward, static_argnums=0)(
                    config, params, jnp.asarray(ids), attention_mask=jnp.asarray(mask)))
            max_abs = float(np.max(np.abs(got - want)[real]))
            rel = rel_err(got, want, real)
            top1 = float(np.mean(got.argmax(-1)[real] == want.argmax(-1)[real]))
            value = max_abs if metric == "max_abs" else rel
            part.row(f"{family} {name}", {"max_abs": max_abs, "rel": rel, "top1_agree": top1},
                     value <= tol, f"{metric} <= {tol:g}")


# --- attention kernels ----------------------------------------------------------------------

def _layouts(rng, b: int, t: int) -> dict[str, np.ndarray]:
    """Segment ids [B, T]: packed rows (several segments, a padded tail) and left padding."""
    packed = np.zeros((b, t), np.int32)
    for r in range(b):
        pos, sid = 0, 1
        while pos < t - t // 16:
            n = int(rng.integers(t // 40 + 1, t // 5 + 2))
            packed[r, pos:pos + n] = sid
            pos, sid = pos + n, sid + 1
        packed[r, t - t // 16:] = 0
    left = np.ones((b, t), np.int32)
    for r, frac in enumerate((0.0, 0.125, 0.5, 0.75)[:b] + (0.25,) * max(0, b - 4)):
        left[r, :int(frac * t)] = 0
    return {"packed": packed, "left_pad": left}


def _reference(q, k, v, seg):
    """fp32 softmax attention with a dense mask (causal, same segment, segment != 0)."""
    b, t, h, d = q.shape
    kv = k.shape[2]
    idx = jnp.arange(t)
    mask = ((idx[:, None] >= idx[None, :])[None] & (seg[:, :, None] == seg[:, None, :])
            & (seg != 0)[:, None, :])
    qg = q.astype(jnp.float32).reshape(b, t, kv, h // kv, d)
    s = jnp.einsum("btkgd,bskd->bkgts", qg, k.astype(jnp.float32)) * d ** -0.5
    s = jnp.where(mask[:, None, None], s, -1e30)
    p = jax.nn.softmax(s, axis=-1)
    o = jnp.einsum("bkgts,bskd->btkgd", p, v.astype(jnp.float32))
    return o.reshape(b, t, h, d)


def segment_runs(seg: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """cuDNN's ragged layout of a row: the start [B, M+1] and length [B, M] of every run of
    equal segment ids (padding runs too, so no output slot is left unwritten); -1 fills
    rows with fewer than M runs."""
    b, t = seg.shape
    runs = [np.flatnonzero(np.r_[True, row[1:] != row[:-1]]) for row in seg]
    m = max(len(r) for r in runs)
    offsets = np.full((b, m + 1), -1, np.int32)
    lengths = np.full((b, m), -1, np.int32)
    for i, starts in enumerate(runs):
        offsets[i, :len(starts)] = starts
        lengths[i, :len(starts)] = np.diff(np.r_[starts, t])
    return offsets, lengths


def _cudnn_ragged(seg: np.ndarray):
    """Attention through cuDNN's packed (ragged offsets) layout with a causal mask inside
    each run: the layout that skips both the masked-out blocks and a bias tensor. Reached
    through jax's private cuDNN module (the public jax.nn.dot_product_attention takes
    only one length per row). Some jax versions scale the key offsets by the *query*
    heads (wrong for GQA; jax PR 39521): then K/V heads are repeated to the query's."""
    from jax._src.cudnn import fused_attention_stablehlo as fa

    offsets, lengths = (jnp.asarray(x) for x in segment_runs(seg))
    try:
        gqa_ok = "kv_offsets * N * H" not in inspect.getsource(fa._fix_seqlen_offsets)
    except (OSError, TypeError, AttributeError):
        gqa_ok = False

    def attend(q, k, v):
        if not gqa_ok and k.shape[2] != q.shape[2]:
            rep = q.shape[2] // k.shape[2]
            k, v = jnp.repeat(k, rep, axis=2), jnp.repeat(v, rep, axis=2)
        return fa.dot_product_attention(
            q, k, v, q_seqlen=lengths, kv_seqlen=lengths, q_offsets=offsets, kv_offsets=offsets,
            scale=q.shape[-1] ** -0.5, mask_type=fa.MaskType.PADDING_CAUSAL, qkv_layout="BTNH")

    return attend, gqa_ok


def attention(part: Part, shape: dict) -> None:
    """xla (align-jax's query-block kernel), cudnn (dense mask as an additive bias, what
    `attention_impl="cudnn"` runs) and cuDNN's ragged layout, on packed rows and left
    padding: output and dq, dk, dv vs an fp32 reference; forward+backward time."""
    from align_jax.models.attention import MaskInfo, attention as attend

    b, t, h, kv, d = (shape[k] for k in ("batch", "length", "heads", "kv_heads", "head_dim"))
    rng = np.random.default_rng(0)
    key = jax.random.key(0)
    kq, kk, kv_, kd = jax.random.split(key, 4)
    q = jax.random.normal(kq, (b, t, h, d), jnp.bfloat16)
    k = jax.random.normal(kk, (b, t, kv, d), jnp.bfloat16)
    v = jax.random.normal(kv_, (b, t, kv, d), jnp.bfloat16)
    part.info(shape=dict(batch=b, length=t, heads=h, kv_heads=kv, head_dim=d, dtype="bfloat16"))
    for layout, seg_np in _layouts(rng, b, t).items():
        seg = jnp.asarray(seg_np)
        # The loss's gradient: nothing flows from padding queries.
        do = jax.random.normal(kd, q.shape, jnp.bfloat16) * (seg != 0)[:, :, None, None].astype(jnp.bfloat16)
        # fp32 at full matmul precision (a GPU's default may multiply fp32 in TF32).
        with jax.default_matmul_precision("highest"):
            f32 = [x.astype(jnp.float32) for x in (q, k, v)]
            ref_o, ref_vjp = jax.vjp(lambda q, k, v: _reference(q, k, v, seg), *f32)
            ref = (ref_o,) + ref_vjp(do.astype(jnp.float32))
        idx = jnp.broadcast_to(jnp.arange(t, dtype=jnp.int32), (b, t))
        info = MaskInfo(seg, seg, idx, idx)
        ragged, gqa_ok = (None, None)
        kernels = {"xla": lambda q, k, v: attend(q, k, v, info, "xla", causal_self=True),
                   "cudnn (mask as bias)": lambda q, k, v: attend(q, k, v, info, "cudnn")}
        try:
            ragged, gqa_ok = _cudnn_ragged(seg_np)
            kernels["cudnn (ragged offsets)"] = ragged
        except Exception as e:  # noqa: BLE001 — reported like a kernel that fails
            part.row(f"{layout} cudnn (ragged offsets)", {}, False, short_error(e))
        real = np.asarray(seg != 0)
        for name, fn in kernels.items():
            item = f"{layout} {name}"
            if part.left() < 5:
                part.row(item, {}, None, "skipped: part budget spent")
                continue

            def fwd_bwd(q, k, v, do, fn=fn):
                o, vjp = jax.vjp(fn, q, k, v)
                return (o,) + vjp(do)

            try:
                t0 = time.perf_counter()
                f = jax.jit(fwd_bwd).lower(q, k, v, do).compile()
                compile_s = time.perf_counter() - t0
                out = jax.block_until_ready(f(q, k, v, do))
                times = time_calls(lambda: jax.block_until_ready(f(q, k, v, do)), part, 10)
            except Exception as e:  # noqa: BLE001 — a kernel that does not run is a row
                part.row(item, {}, False, short_error(e))
                continue
            errs = {n: rel_err(o, r, real if n in ("o", "dq") else None)
                    for n, o, r in zip(("o", "dq", "dk", "dv"), out, ref)}
            fig = {"fwd_bwd_ms": 1e3 * float(np.median(times)), "compile_s": compile_s,
                   **{f"rel_{n}": e for n, e in errs.items()}}
            note = f"rel err <= {ATTENTION_TOL:g} vs fp32"
            if name.startswith("cudnn (ragged") and gqa_ok is False:
                note += "; K/V heads repeated (this jax scales kv offsets by query heads)"
            part.row(item, fig, max(errs.values()) <= ATTENTION_TOL, note)
