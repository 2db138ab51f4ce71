"""TRL's GRPOTrainer with a PEFT LoRA on the model of bench_grpo.py, one iteration per
training step, split like align-jax's. Runs from its own venv (torch CPU build first):

  python3 -m venv /tmp/trl_venv && /tmp/trl_venv/bin/pip install torch==2.13.0 \
      && /tmp/trl_venv/bin/pip install trl peft
  (called by bench_grpo.py --trl-python /tmp/trl_venv/bin/python)

Reads the model, tokenizer and prompt texts that bench_grpo.py saved in --folder. GRPO
settings as the other systems: G samples of P prompts per step (per_device_train_batch_size
= P·G completions, one generation batch per optimizer step), beta 0.04 (reference log-probs
with the adapter disabled), num_iterations 1 (no old log-probs pass), no stop token,
temperature 1, LoRA r=16/alpha 32 on q/v, gradient checkpointing off. Prints one
`RESULT {json}` line with the medians after the first (warm-up) step.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folder", required=True)
    ap.add_argument("--prompts", type=int, default=2)
    ap.add_argument("--generations", type=int, default=4)
    ap.add_argument("--prompt-len", type=int, default=32)
    ap.add_argument("--new", type=int, default=32)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--clock", choices=("wall", "cpu"), default="wall")
    ap.add_argument("--torch-threads", type=int, default=0)
    args = ap.parse_args()
    clock = time.perf_counter if args.clock == "wall" else time.process_time

    import datasets
    import peft
    import torch
    import transformers
    from trl import GRPOConfig, GRPOTrainer

    if args.torch_threads:
        torch.set_num_threads(args.torch_threads)
    folder = Path(args.folder)
    tok = transformers.AutoTokenizer.from_pretrained(folder / "model")
    model = transformers.LlamaForCausalLM.from_pretrained(folder / "model", dtype=torch.float32)
    model.generation_config.eos_token_id = None
    sets = json.loads((folder / "prompts.json").read_text())
    texts = [t for s in sets for t in s]
    assert all(len(tok(t)["input_ids"]) == args.prompt_len for t in texts)
    rows = args.prompts * args.generations
    cfg = GRPOConfig(
        output_dir=str(folder / "trl"), per_device_train_batch_size=rows,
        num_generations=args.generations, max_completion_length=args.new, learning_rate=1e-5,
        beta=0.04, num_iterations=1, temperature=1.0, max_steps=len(sets), logging_steps=1,
        report_to=[], save_strategy="no", use_cpu=True, bf16=False, seed=0,
        dataloader_num_workers=0, disable_tqdm=True, gradient_checkpointing=False)

    def reward(completions, **kw):
        return [len(t) / 10 for t in completions]  # bench_grpo.text_length

    trainer = GRPOTrainer(model=model, reward_funcs=reward, args=cfg,
                          train_dataset=datasets.Dataset.from_dict({"prompt": texts}),
                          processing_class=tok,
                          peft_config=peft.LoraConfig(r=16, lora_alpha=32,
                                                      target_modules=["q_proj", "v_proj"],
                                                      task_type="CAUSAL_LM"))
    times: dict[str, list[float]] = {"gen": [], "gen_score": [], "step": []}
    lengths: list[int] = []

    def timed(fn, key):
        def wrapper(*a, **kw):
            t0 = clock()
            out = fn(*a, **kw)
            times[key].append(clock() - t0)
            if key == "gen_score":
                lengths.append(int(out["completion_mask"].sum()))
            return out
        return wrapper

    trainer._generate = timed(trainer._generate, "gen")
    trainer._generate_and_score_completions = timed(trainer._generate_and_score_completions, "gen_score")

    class StepTimer(transformers.TrainerCallback):
        def on_step_begin(self, *a, **kw):
            self.t0 = clock()

        def on_step_end(self, *a, **kw):
            times["step"].append(clock() - self.t0)

    trainer.add_callback(StepTimer())
    trainer.train()
    for it, step in enumerate(times["step"]):
        print(f"  TRL GRPO step {it}: {step:.2f}s (generate {times['gen'][it]:.2f}, generate+score "
              f"{times['gen_score'][it]:.2f}; {lengths[it]} completion tokens)"
              + (" [warm-up]" if it == 0 else ""), flush=True)
    med = lambda xs: statistics.median(xs[1:])
    total, gen, gs = med(times["step"]), med(times["gen"]), med(times["gen_score"])
    print("RESULT " + json.dumps({"total_s": total, "rollout_s": gen, "score_s": gs - gen,
                                  "update_s": total - gs}))


if __name__ == "__main__":
    main()
