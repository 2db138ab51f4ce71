"""What a PPO run trains on: the tasks (ranking or association), their prompts, the rows
of each iteration, and the answers' text.

Which prompts an iteration uses is a pure function of (seed, iteration), so a resumed run
repeats the interrupted one.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

from align_jax.data.chat import encode_prompts
from align_jax.errors import AlignJaxError
from align_jax.train.hosts import say


def iteration_rows(n_tasks: int, batch: int, seed: int, iteration: int) -> np.ndarray:
    """Task indices of an iteration: a stream of per-epoch permutations, cut into batches."""
    idx = np.arange(iteration * batch, (iteration + 1) * batch)
    epochs, pos = np.divmod(idx, n_tasks)
    perms = {int(e): np.random.default_rng([seed, int(e), 3]).permutation(n_tasks)
             for e in np.unique(epochs)}
    return np.array([perms[int(e)][p] for e, p in zip(epochs, pos)])


TASKS = ("ranking", "association")


def check_task(task: str, split: str, reward_name: str) -> None:
    """Refuse a task source, cue split or reward that do not fit together (before loading)."""
    if task not in TASKS:
        raise AlignJaxError(f"config ppo.task={task!r}; choose one of {', '.join(TASKS)}")
    if task == "ranking" and split != "ppo":
        raise AlignJaxError(f"config ppo.task_split={split!r}: the ranking tasks are prepared from "
                            "the ppo split (ranking.jsonl); other splits need ppo.task='association'")
    if task == "association" and reward_name == "ranking_spearman":
        raise AlignJaxError("config ppo.reward='ranking_spearman' scores ranking tasks; with "
                            "ppo.task='association' choose association_precision or "
                            "association_coverage")


def load_tasks(data_dir: Path, tokenizer, max_prompt_len: int, with_human: bool,
               task: str = "ranking", split: str = "ppo", questions: int = 1):
    """(train, val) lists of (task, prompt ids); tasks whose prompt is too long are dropped.

    task "ranking": the prepared ranking tasks (the paper's); "association": the SFT
    instruction for each cue of `split` (`questions` per cue), with its human norms
    (data/association_tasks.py).
    """
    from align_jax.data.association_tasks import load_association_tasks
    from align_jax.data.prepare import load_ranking

    if task == "association":
        tasks = load_association_tasks(data_dir, split, questions_per_cue=questions)
    else:
        tasks = load_ranking(data_dir)
    if with_human and task == "ranking":  # the association rewards compare with every human response
        human: dict[str, list] = {}
        with open(data_dir / "norms.csv", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                human.setdefault(row["cue"], []).append((row["response"], int(row["count"])))
        tasks = [{**t, "human": human.get(t["cue"], [])} for t in tasks]
    ids = encode_prompts(tokenizer, [t["prompt"] for t in tasks], chat=True)
    keep = [(t, p) for t, p in zip(tasks, ids) if len(p) <= max_prompt_len]
    if len(keep) < len(tasks):
        say(f"warning: {len(tasks) - len(keep)} {task} tasks are longer than "
            f"ppo.max_prompt_len={max_prompt_len} tokens and were dropped")
    return ([x for x in keep if x[0]["split"] == "train"], [x for x in keep if x[0]["split"] == "val"])


def batch_shards(sharder) -> int:
    """How many ways the mesh splits the batch axis (rows per step must divide by it)."""
    spec = sharder.spec(("batch",))[0]
    names = () if spec is None else (spec,) if isinstance(spec, str) else spec
    return int(np.prod([sharder.mesh.shape[a] for a in names])) if names else 1


def decode(tokenizer, tokens: np.ndarray, mask: np.ndarray, stop_ids) -> list[str]:
    """The text of each response, without its stop token and special tokens."""
    stops = set(stop_ids)
    out = []
    for row, m in zip(tokens, mask):
        toks = [int(t) for t in row[: int(m.sum())]]
        if toks and toks[-1] in stops:
            toks = toks[:-1]
        out.append(tokenizer.decode(toks, skip_special_tokens=True))
    return out


def cut_by_limit(tokens: np.ndarray, mask: np.ndarray, stop_ids) -> list[bool]:
    """Whether each response stopped at the token limit: it fills its row and its last
    token is not a stop token (its last word may be unfinished: `answers.parse_answer`'s
    `truncated`)."""
    stops = set(stop_ids)
    width = tokens.shape[1]
    return [int(m.sum()) == width > 0 and int(row[width - 1]) not in stops
            for row, m in zip(tokens, mask)]
