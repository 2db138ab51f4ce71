"""Tunix's Sampler on the same HF checkpoint and prompts as bench_generate.py, driven one
run at a time so that the three systems interleave in one benchmark.

google-tunix pins other transformers/safetensors versions than this project, so this
script runs in its own virtual environment (CPU jax, the same jax / flax as ours):

  python3 -m venv /tmp/tunix_venv && /tmp/tunix_venv/bin/pip install google-tunix 'jax[cpu]'

bench_generate.py starts it with `--tunix-python /tmp/tunix_venv/bin/python` and talks to
it over stdin/stdout, one line each way:

  --model DIR --prompts FILE.json --new N        (argv; prompts = lists of token ids)
  <- READY <json: compile seconds>               after loading and one warm-up call
  -> run                                         one timed greedy call
  <- TIME <json: wall and process CPU seconds>
  -> tokens                                      <- TOKENS <json: [B][N] generated ids>
  -> quit

The model is Tunix's own Llama3, loaded from the checkpoint with
`create_model_from_safe_tensors` (fp32). Its RoPE ignores the configured theta (it always
uses 1e6) and has no llama3 scaling, so bench_generate.py's model uses theta 1e6 and no
scaling: the three systems then compute the same function. Prompts are token ids; a
tokenizer shim spells them as space-separated numbers, which Tunix's Sampler encodes and
decodes on the host as it would text (that host work is part of its call). A call is
`Sampler(...)(prompts, max_generation_steps=N, max_prompt_length=P, eos_tokens=[-1])`:
greedy, no stop token, P the prompt length (no bucketing beyond it).
"""

from __future__ import annotations

import argparse
import json
import sys
import time


class IdTokenizer:
    """Token ids written as space-separated numbers (pad 0, eos 2, no BOS: the prompts
    already are the whole input)."""

    def encode(self, text, **kw):
        return [int(t) for t in text.split()]

    def decode(self, ids, **kw):
        return " ".join(str(int(i)) for i in ids)

    def bos_id(self):
        return None  # Sampler.tokenize prepends a BOS only when this is truthy

    def eos_id(self):
        return 2

    def pad_id(self):
        return 0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True, help="the HF checkpoint folder")
    ap.add_argument("--prompts", required=True, help="a JSON file: a list of token-id lists")
    ap.add_argument("--new", type=int, default=64)
    args = ap.parse_args()

    import jax
    import jax.numpy as jnp
    from tunix.generate import sampler as sampler_lib
    from tunix.models.llama3 import model as llama3
    from tunix.models.llama3 import params as llama3_params

    hf = json.loads(open(f"{args.model}/config.json").read())
    cfg = llama3.ModelConfig(
        num_layers=hf["num_hidden_layers"], vocab_size=hf["vocab_size"], embed_dim=hf["hidden_size"],
        hidden_dim=hf["intermediate_size"], num_heads=hf["num_attention_heads"],
        head_dim=hf["head_dim"], num_kv_heads=hf["num_key_value_heads"],
        rope_theta=int(hf.get("rope_theta", 1_000_000)), norm_eps=hf["rms_norm_eps"],
        weight_tying=hf["tie_word_embeddings"])
    mesh = jax.make_mesh((1, 1), ("fsdp", "tp"), axis_types=(jax.sharding.AxisType.Auto,) * 2)
    prompts = json.loads(open(args.prompts).read())
    p = max(map(len, prompts))
    texts = [" ".join(map(str, x)) for x in prompts]
    with jax.set_mesh(mesh):
        model = llama3_params.create_model_from_safe_tensors(args.model, cfg, mesh, dtype=jnp.float32)
        sampler = sampler_lib.Sampler(model, IdTokenizer(), sampler_lib.CacheConfig(
            cache_size=p + args.new, num_layers=cfg.num_layers, num_kv_heads=cfg.num_kv_heads,
            head_dim=cfg.head_dim))

        def call():
            out = sampler(texts, max_generation_steps=args.new, max_prompt_length=p,
                          eos_tokens=[-1])
            return [[int(t) for t in row] for row in out.tokens]

        t0 = time.perf_counter()
        tokens = call()
        reply("READY", {"warmup_s": time.perf_counter() - t0, "platform": jax.devices()[0].platform})
        for line in sys.stdin:
            cmd = line.strip()
            if cmd == "run":
                w0, c0 = time.perf_counter(), time.process_time()
                tokens = call()
                reply("TIME", {"wall": time.perf_counter() - w0, "cpu": time.process_time() - c0})
            elif cmd == "tokens":
                reply("TOKENS", tokens)
            elif cmd == "quit":
                break


def reply(tag: str, payload) -> None:
    print(f"{tag} {json.dumps(payload)}", flush=True)


if __name__ == "__main__":
    main()
