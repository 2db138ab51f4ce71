"""PPO association tasks: the SFT instruction for a cue with its human norms, split 90/10,
read from a prepared folder for any cue split; the PPO run refuses mismatched settings."""

import re

import pytest

from align_jax.data import fixture_path
from align_jax.data.association_tasks import (AssociationTaskConfig, build_association_tasks,
                                              load_association_tasks)
from align_jax.data.norms import load_norms
from align_jax.data.prepare import PrepareConfig, prepare
from align_jax.data.sft import SFTConfig
from align_jax.data.splits import load_splits
from align_jax.data.templates import PromptTemplates
from align_jax.errors import AlignJaxError
from align_jax.ppo import rewards
from align_jax.ppo.loop import check_task

EN = PromptTemplates.for_language("en")


def test_tasks_ask_like_the_sft_examples_and_carry_the_norms():
    norms = load_norms(fixture_path("en"))[0].cues
    cues = sorted(norms)[:30]
    tasks = build_association_tasks(norms, cues, EN, AssociationTaskConfig(questions_per_cue=4))
    assert len(tasks) == 4 * 30
    for t in tasks:
        k = round(0.7 * len(norms[t["cue"]]))  # 12 responses per fixture cue: k = 8
        assert int(k * 0.87) <= t["low"] <= t["high"] <= int(k * 1.13) + 1
        assert t["prompt"] == EN.sft_instruction.format(cue=t["cue"], low=t["low"], high=t["high"])
        assert [tuple(x) for x in t["human"]] == list(norms[t["cue"]])
    # Every question of a cue has its own jittered range; the split is about 90/10.
    assert len({(t["low"], t["high"]) for t in tasks}) > 1
    n_val = sum(t["split"] == "val" for t in tasks)
    assert 3 <= n_val <= 25 and {t["split"] for t in tasks} == {"train", "val"}
    assert build_association_tasks(norms, cues, EN, AssociationTaskConfig(questions_per_cue=4)) == tasks
    # The association reward scores a task's answer against its human norms.
    t = tasks[0]
    top = ", ".join(w for w, _ in norms[t["cue"]][:5])
    assert rewards.score("association_precision", [top, "zzz, qqq"], [t, t], k=5).tolist() == [1.0, 0.0]


def test_cues_without_usable_responses_are_skipped_and_unknown_cues_refused():
    norms = {"a": [("x", 3), ("y", 1)], "b": [("p, q", 2)]}
    tasks = build_association_tasks(norms, ["a", "b"], EN)
    assert [t["cue"] for t in tasks] == ["a"]
    with pytest.raises(AlignJaxError, match="'c'"):
        build_association_tasks(norms, ["c"], EN)
    with pytest.raises(AlignJaxError, match="questions_per_cue"):
        build_association_tasks(norms, ["a"], EN, AssociationTaskConfig(questions_per_cue=0))


def test_load_from_a_prepared_folder_for_any_split(tmp_path):
    out = tmp_path / "prep"
    prepare(PrepareConfig(norms=(str(fixture_path("zh")),), tokenizer="tiny", tiny_vocab_size=500,
                          seq_len=1024, sft=SFTConfig(target_examples=200, val_examples=10,
                                                      keep_fraction=0.5)), out)
    splits = load_splits(out / "splits.json")
    for split in ("train", "ppo", "test"):
        tasks = load_association_tasks(out, split, questions_per_cue=2)
        assert sorted({t["cue"] for t in tasks}) == getattr(splits, split)
        assert len(tasks) == 2 * len(getattr(splits, split))
        assert all("，" in t["prompt"] or "逗号" in t["prompt"] for t in tasks)  # zh templates
        # The prepared SFT rule (keep_fraction 0.5 of 12 responses: 6 words) sets the range.
        assert all(5 <= t["low"] <= t["high"] <= 7 for t in tasks)
        assert all(re.search(rf"{t['low']}\D+{t['high']}", t["prompt"]) for t in tasks)
    with pytest.raises(AlignJaxError, match="ppo.task_split='dev'"):
        load_association_tasks(out, "dev")


def test_the_ppo_run_refuses_settings_that_do_not_fit():
    check_task("ranking", "ppo", "ranking_spearman")  # the paper's default
    check_task("association", "train", "association_precision")
    with pytest.raises(AlignJaxError, match="ppo.task='words'"):
        check_task("words", "ppo", "ranking_spearman")
    with pytest.raises(AlignJaxError, match="ppo.task_split='train'"):
        check_task("ranking", "train", "ranking_spearman")
    with pytest.raises(AlignJaxError, match="ranking_spearman"):
        check_task("association", "train", "ranking_spearman")
