"""Generation speed: align-jax vs transformers `generate` vs Tunix's Sampler, same weights,
same prompts, interleaved in one run on this CPU.

  .venv/bin/python benchmarks/bench_generate.py [--batch 16] [--prompt-len 32] [--new 64]
      [--runs 7] [--torch-threads N] [--clock wall|cpu]
      [--tunix-python /tmp/tunix_venv/bin/python]

A small random Llama (hidden 512, intermediate 1408, 8 layers, 8 heads, 4 kv heads, head
64, vocab 32000, untied head, RoPE theta 1e6 without scaling: what Tunix's Llama3
computes whatever its config says) is built in transformers and saved with
save_pretrained; align-jax loads it with `from_hf`, Tunix with its
`create_model_from_safe_tensors` (fp32 everywhere). Each system greedily generates
`--new` tokens for `--batch` prompts of `--prompt-len` random ids (no stop token, so every
system produces every token). After one warm-up call each (compiles), the systems run in
turn A B C A B C …, so load from other processes falls on all alike; the figures are
medians of `--runs` calls, with `--clock cpu` in process CPU seconds instead of wall.
Tunix runs in its own venv (benchmarks/bench_generate_tunix.py, driven line by line over
a pipe). The generated tokens of the three are compared. Then the number of compilations
over prompts of varied lengths is counted (align-jax only).

Steady single-threaded comparison on a shared machine:
  XLA_FLAGS="--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1" \
    .venv/bin/python benchmarks/bench_generate.py --torch-threads 1 --clock cpu \
    --tunix-python /tmp/tunix_venv/bin/python
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
import numpy as np  # noqa: E402

CONFIG = dict(vocab_size=32000, hidden_size=512, intermediate_size=1408, num_hidden_layers=8,
              num_attention_heads=8, num_key_value_heads=4, head_dim=64, rms_norm_eps=1e-5,
              max_position_embeddings=2048, tie_word_embeddings=False, rope_theta=1_000_000.0)


def build(folder: Path):
    import torch
    import transformers

    torch.manual_seed(0)
    model = transformers.LlamaForCausalLM(transformers.LlamaConfig(**CONFIG)).eval()
    model.generation_config.eos_token_id = None
    model.generation_config.pad_token_id = 0
    model.save_pretrained(folder)
    from align_jax.models import from_hf

    config, params = from_hf(folder, dtype=jnp.float32)
    return model, config, params


class Timed:
    """A system under test: `call()` runs it once; `run()` runs and returns (wall, cpu) s."""

    def __init__(self, name, call):
        self.name, self.call = name, call

    def run(self):
        w0, c0 = time.perf_counter(), time.process_time()
        self.call()
        return time.perf_counter() - w0, time.process_time() - c0

    def close(self):
        pass


class TunixProcess(Timed):
    """Tunix's Sampler in its own venv, one call per request (bench_generate_tunix.py)."""

    def __init__(self, python: str, model_dir: Path, prompts, new: int):
        self.name = "Tunix Sampler"
        prompt_file = model_dir / "prompts.json"
        prompt_file.write_text(json.dumps(prompts))
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        self.proc = subprocess.Popen(
            [python, str(Path(__file__).with_name("bench_generate_tunix.py")), "--model",
             str(model_dir), "--prompts", str(prompt_file), "--new", str(new)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
        self.ready = self._read("READY")

    def _read(self, tag):
        for line in self.proc.stdout:
            if line.startswith(tag + " "):
                return json.loads(line[len(tag) + 1:])
        raise RuntimeError(f"the Tunix process ended (rc {self.proc.wait()}) before {tag}")

    def _ask(self, cmd, tag):
        self.proc.stdin.write(cmd + "\n")
        self.proc.stdin.flush()
        return self._read(tag)

    def call(self):
        return self._ask("run", "TIME")

    def run(self):
        t = self.call()
        return t["wall"], t["cpu"]

    def tokens(self):
        return np.asarray(self._ask("tokens", "TOKENS"))

    def close(self):
        if self.proc.poll() is None:
            self.proc.stdin.write("quit\n")
            self.proc.stdin.flush()
            self.proc.wait(timeout=60)


def interleaved_medians(systems, runs: int, clock: str) -> list[float]:
    """Median seconds of each system over `runs` rounds, one call of each per round."""
    index = 0 if clock == "wall" else 1
    times = [[] for _ in systems]
    for _ in range(runs):
        for s, ts in zip(systems, times):
            ts.append(s.run()[index])
    return [statistics.median(ts) for ts in times]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--prompt-len", type=int, default=32)
    ap.add_argument("--new", type=int, default=64)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--clock", choices=("wall", "cpu"), default="wall")
    ap.add_argument("--torch-threads", type=int, default=0,
                    help="torch intra-op threads (0: torch's default, one per core); on a "
                         "machine shared with other jobs, 1 avoids torch's spin-waiting threads")
    ap.add_argument("--tunix-python", default="",
                    help="a Python with google-tunix installed: runs bench_generate_tunix.py")
    ap.add_argument("--skip-compile-count", action="store_true")
    args = ap.parse_args()

    import torch

    if args.torch_threads:
        torch.set_num_threads(args.torch_threads)

    from align_jax.generate import bucket_length, generate_ids, jitted_generate
    from align_jax.sampling import Sampling

    rng = np.random.default_rng(0)
    prompts = [rng.integers(3, CONFIG["vocab_size"], size=args.prompt_len).tolist()
               for _ in range(args.batch)]
    tmp = tempfile.TemporaryDirectory()
    model_dir = Path(tmp.name)
    model, config, params = build(model_dir)

    def ours():
        return generate_ids(config, params, prompts, max_new_tokens=args.new, stop_token_ids=[])

    t_ids = torch.as_tensor(np.asarray(prompts, np.int64))
    t_mask = torch.ones_like(t_ids)

    def theirs():
        with torch.no_grad():
            return model.generate(t_ids, attention_mask=t_mask, max_new_tokens=args.new,
                                  min_new_tokens=args.new, do_sample=False, pad_token_id=0)

    systems = [Timed("align-jax", ours), Timed("transformers", theirs)]
    if args.tunix_python:
        systems.append(TunixProcess(args.tunix_python, model_dir, prompts, args.new))
    try:
        tokens = {"align-jax": ours().tokens,
                  "transformers": theirs()[:, args.prompt_len:].numpy()}
        if args.tunix_python:
            tokens["Tunix Sampler"] = systems[2].tokens()
        medians = interleaved_medians(systems, args.runs, args.clock)
    finally:
        for s in systems:
            s.close()
        tmp.cleanup()

    n_tokens = args.batch * args.new
    print(f"device: {jax.devices()[0].device_kind}, torch threads {torch.get_num_threads()}, "
          f"clock {args.clock}")
    print(f"{args.batch} prompts x {args.prompt_len} tokens, {args.new} new tokens, greedy, fp32; "
          f"median of {args.runs} interleaved calls after a warm-up each")
    print("| system | s per call | new tokens/s | align-jax × | identical tokens to align-jax |")
    print("|---|---|---|---|---|")
    for s, t in zip(systems, medians):
        same = np.array_equal(tokens[s.name], tokens["align-jax"])
        print(f"| {s.name} | {t:.3f} | {n_tokens / t:,.1f} | {t / medians[0]:.2f} | {same} |")
    if not args.tunix_python:
        print("tunix: no --tunix-python given (a venv with google-tunix); not measured")

    if args.skip_compile_count:
        return
    # Compilations over varied prompt lengths (same batch size and max_new_tokens).
    fn = jitted_generate(config, max_new_tokens=args.new, sampling=Sampling())
    before = fn._cache_size()
    lengths = [5, 9, 16, 17, 23, 31, 32, 33, 40, 47, 64, 65, 100, 128]
    for n in lengths:
        batch = [rng.integers(3, CONFIG["vocab_size"], size=m).tolist()
                 for m in rng.integers(max(1, n // 2), n + 1, size=args.batch - 1)] + [[7] * n]
        generate_ids(config, params, batch, max_new_tokens=args.new, stop_token_ids=[])
    buckets = sorted({bucket_length(n) for n in lengths})
    print(f"compilations for {len(lengths)} calls with longest prompts {lengths}: "
          f"{fn._cache_size() - before} new, {fn._cache_size()} in total for this setup "
          f"(prompt buckets {buckets}; {bucket_length(args.prompt_len)} was compiled above)")


if __name__ == "__main__":
    main()
