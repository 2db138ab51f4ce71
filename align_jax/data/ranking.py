"""PPO ranking tasks: K associations of a cue, shuffled; the gold answer is their frequency order.

Each PPO cue gets ``questions_per_cue`` tasks, each a random K-subset of its associations
(K = min(k, available), at least ``min_words``) shown in a random order. ``gold`` holds
the same words by descending human count (ties by word, as in the norms) and
``gold_counts`` their counts, so a reward can rank ties fairly. Tasks are split
``1 - val_fraction`` / ``val_fraction`` into train / val at random.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

import numpy as np

from align_jax.data.templates import PromptTemplates
from align_jax.errors import AlignJaxError


@dataclasses.dataclass(frozen=True)
class RankingConfig:
    k: int = 10
    min_words: int = 3
    questions_per_cue: int = 6
    val_fraction: float = 0.1
    seed: int = 42


@dataclasses.dataclass(frozen=True)
class RankingTask:
    cue: str
    prompt: str             # the user turn (instruction with the shuffled words)
    shown: tuple[str, ...]  # the words in the order shown
    gold: tuple[str, ...]   # the same words, most to least frequent
    gold_counts: tuple[int, ...]
    split: str              # "train" or "val"

    def to_json(self) -> dict:
        return {"cue": self.cue, "prompt": self.prompt, "shown": list(self.shown),
                "gold": list(self.gold), "gold_counts": list(self.gold_counts), "split": self.split}


def build_ranking_tasks(
    norms: Mapping[str, Sequence[tuple[str, int]]],
    cues: Sequence[str],
    templates: PromptTemplates,
    config: RankingConfig = RankingConfig(),
) -> list[RankingTask]:
    """Ranking tasks for ``cues``; cues with fewer than ``min_words`` usable words are skipped."""
    if config.k < 2 or config.min_words < 2 or config.questions_per_cue < 1:
        raise AlignJaxError(f"ranking needs k >= 2, min_words >= 2, questions_per_cue >= 1; got {config}")
    rng = np.random.default_rng([config.seed, 2])
    sep = templates.ranking_separator
    sep_char = sep.strip() or sep
    tasks = []
    for cue in cues:
        assoc = [(w, n) for w, n in norms.get(cue, ()) if sep_char not in w]
        if len(assoc) < config.min_words:
            continue
        k = min(config.k, len(assoc))
        for _ in range(config.questions_per_cue):
            chosen = np.sort(rng.choice(len(assoc), size=k, replace=False))  # sorted = gold order
            shown = [assoc[i][0] for i in rng.permutation(chosen)]
            prompt = templates.ranking_instruction.format(
                cue=cue, k=k, words=sep.join(shown), final_ranking=templates.final_ranking)
            split = "val" if rng.random() < config.val_fraction else "train"
            tasks.append(RankingTask(cue, prompt, tuple(shown), tuple(assoc[i][0] for i in chosen),
                                     tuple(assoc[i][1] for i in chosen), split))
    return tasks
