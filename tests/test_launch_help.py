"""Every entry point answers --help with its usage: what it does and its own flags (absl's
usage text and exit status), never an `error:` line."""

import pytest

from launch_harness import LAUNCH, error_lines, run_subprocess

# An entry point and flags of its own that its --help must name.
ENTRY_POINTS = {
    "prepare_data.py": ("--norms", "--tokenizer", "--output"),
    "convert.py": ("--hf", "--out"),
    "train_sft.py": ("--config", "--workdir", "--resume", "--allow_changes"),
    "train_ppo.py": ("--config", "--workdir", "--resume"),
    "train_grpo.py": ("--config", "--workdir", "--resume"),
    "evaluate.py": ("--generations", "--norms", "--model", "--lora", "--compare"),
    "demo.py": ("--config", "--workdir", "--eval_cues"),
}


@pytest.mark.parametrize("script", sorted(ENTRY_POINTS))
def test_help_shows_the_usage_and_the_flags(script):
    rc, out, err = run_subprocess(script, ["--help"], timeout=120)
    assert not error_lines(out + err), err
    first_line = (LAUNCH / script).read_text().split('"""')[1].strip().splitlines()[0]
    assert first_line in out
    for flag in ENTRY_POINTS[script]:
        assert f"  {flag}" in out or f"  --[no]{flag[2:]}" in out, (flag, out)
    assert rc in (0, 1)  # absl exits 1 after printing its help
