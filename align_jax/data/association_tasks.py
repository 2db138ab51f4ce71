"""PPO association tasks: the SFT instruction for a cue, scored against the cue's human norms.

An alternative PPO task source to the paper's ranking tasks (`ppo.task="association"`):
the prompt asks for the cue's associations exactly as an SFT example does (the list
length range from the same rule: k = round(keep_fraction · usable responses), ±margin,
±jitter), and `human` holds every human response with its count, for the association
rewards (P@k, coverage). Each cue gets ``questions_per_cue`` tasks (each with its own
jittered range); tasks are split ``1 - val_fraction`` / ``val_fraction`` into train / val
at random, deterministically from the seed.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

from align_jax.data.sft import SFTConfig, length_range, usable_responses
from align_jax.data.templates import PromptTemplates
from align_jax.errors import AlignJaxError


@dataclasses.dataclass(frozen=True)
class AssociationTaskConfig:
    questions_per_cue: int = 1
    val_fraction: float = 0.1
    keep_fraction: float = 0.7     # the list length asked for, as in the SFT examples
    length_margin: float = 0.10
    length_jitter: float = 0.03
    seed: int = 42


def build_association_tasks(norms: Mapping[str, Sequence[tuple[str, int]]], cues: Sequence[str],
                            templates: PromptTemplates,
                            config: AssociationTaskConfig = AssociationTaskConfig()) -> list[dict]:
    """Task dicts {cue, prompt, low, high, human: [[word, count]], split} for ``cues``
    (cues without a usable response are skipped; a cue missing from the norms is an error)."""
    if config.questions_per_cue < 1 or not 0 <= config.val_fraction < 1:
        raise AlignJaxError(f"association tasks need questions_per_cue >= 1 and "
                            f"0 <= val_fraction < 1; got {config}")
    rng = np.random.default_rng([config.seed, 4])
    tasks = []
    for cue in cues:
        if cue not in norms:
            raise AlignJaxError(f"cue {cue!r} of the split is not in the norms")
        m = len(usable_responses(norms[cue], templates.list_separator))
        if m == 0:
            continue
        k = max(1, int(round(config.keep_fraction * m)))
        lows, highs = length_range(np.full(config.questions_per_cue, k), config.length_margin,
                                   config.length_jitter, rng)
        for low, high in zip(lows.tolist(), highs.tolist()):
            split = "val" if rng.random() < config.val_fraction else "train"
            tasks.append({"cue": cue, "prompt": templates.sft_instruction.format(cue=cue, low=low, high=high),
                          "low": low, "high": high,
                          "human": [[w, int(c)] for w, c in norms[cue]], "split": split})
    return tasks


def load_association_tasks(folder: str | Path, split: str, questions_per_cue: int = 1,
                           config: AssociationTaskConfig | None = None) -> list[dict]:
    """Association tasks for the cues of ``split`` (train / ppo / test) of a prepared folder,
    with its norms, templates and (unless ``config`` is given) its SFT length rule and seed."""
    from align_jax.data.norms import load_norms
    from align_jax.data.splits import SPLIT_NAMES, load_splits

    folder = Path(folder)
    if split not in SPLIT_NAMES:
        raise AlignJaxError(f"config ppo.task_split={split!r}; choose one of {', '.join(SPLIT_NAMES)}")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    language = manifest["summary"]["language"]
    templates = PromptTemplates.for_language(language)
    if manifest["config"].get("templates"):
        templates = PromptTemplates.from_dict(templates, manifest["config"]["templates"])
    if config is None:
        sft = {**dataclasses.asdict(SFTConfig()), **manifest["config"].get("sft", {})}
        config = AssociationTaskConfig(questions_per_cue=int(questions_per_cue),
                                       keep_fraction=float(sft["keep_fraction"]),
                                       length_margin=float(sft["length_margin"]),
                                       length_jitter=float(sft["length_jitter"]),
                                       seed=int(manifest["config"].get("seed", 42)))
    norms, _ = load_norms([str(folder / "norms.csv")], fmt="counts", language=language)
    cues = getattr(load_splits(folder / "splits.json"), split)
    return build_association_tasks(norms.cues, cues, templates, config)
