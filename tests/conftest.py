import os

# Tests see 8 emulated CPU devices (for sharding tests); must be set before JAX starts.
os.environ.setdefault("XLA_FLAGS", "--xla_force_host_platform_device_count=8")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


import pytest  # noqa: E402


@pytest.fixture(scope="session")
def finished_sft_run(tmp_path_factory):
    """One uninterrupted 6-step SFT run of the demo config (launch_harness.SFT_FAST), shared
    by the tests that compare with it or check that a refusal leaves it unchanged; no test
    may change it (those that resume it work on a copy)."""
    from launch_harness import ROOT, SFT_FAST, run_subprocess

    work = tmp_path_factory.mktemp("finished_sft") / "run"
    rc, out, err = run_subprocess("train_sft.py", [f"--config={ROOT}/configs/demo.py", *SFT_FAST,
                                                   f"--workdir={work}", "--config.train.max_steps=6"])
    assert rc == 0, out[-2000:] + err[-2000:]
    return work
