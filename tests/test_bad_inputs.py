"""One table of bad inputs across the entry points.

Each case must end with exit status 1, exactly one `error:` line that names the file,
row, key or flag, no traceback, and every protected earlier output byte-for-byte as it
was. Most cases run in this process (JAX starts once); the `sub` cases run as real
subprocesses, for the exit status and stderr a user sees.
"""

from __future__ import annotations

import json
import random
import shutil
import string
from pathlib import Path

import numpy as np
import pytest

from launch_harness import ROOT, SFT_FAST, error_lines, run_in_process, run_subprocess, snapshot

SFT = ["--config={root}/configs/demo.py", *SFT_FAST]
RUN = [*SFT, "--workdir={run}", "--config.train.max_steps=6", "--resume"]  # the finished run
PPO = ["--config={root}/configs/ppo_demo.py", "--config.train.tensorboard=False"]
FIXTURE = str(ROOT / "align_jax/data/fixtures/illustrative_en.csv")
PREP = ["--tokenizer=tiny", "--tiny_vocab_size=400", "--target_examples=300", "--cache_dir=none"]
GEN = ["--norms={norms}", "--output_dir={report}", "--n_boot=20"]

# (id, script, args, what the error line must contain, protected paths, run as a subprocess)
CASES = [
    # prepare_data.py
    ("prep-norms-missing", "prepare_data.py", ["--norms={nope}/x.csv", *PREP, "--output={data}", "--overwrite"],
     "{nope}/x.csv: norms file not found", ["data"], False),
    ("prep-wrong-columns", "prepare_data.py", ["--norms={badcols}", *PREP, "--output={fresh}"],
     "{badcols}: row 1", ["fresh"], False),
    ("prep-binary-garbage", "prepare_data.py", ["--norms={binary}", *PREP, "--output={fresh}"],
     "{binary}", ["fresh"], False),
    ("prep-not-utf8", "prepare_data.py", ["--norms={latin1}", *PREP, "--output={fresh}"],
     "{latin1}: row 2: not UTF-8", ["fresh"], True),
    ("prep-empty-norms", "prepare_data.py", ["--norms={empty}", *PREP, "--output={fresh}"],
     "{empty}", ["fresh"], False),
    ("prep-overwrite-a-file", "prepare_data.py", [f"--norms={FIXTURE}", *PREP, "--output={afile}", "--overwrite"],
     "{afile}: not a prepared data folder", ["afile"], False),
    ("prep-overwrite-other-folder", "prepare_data.py",
     [f"--norms={FIXTURE}", *PREP, "--output={plain_dir}", "--overwrite"],
     "{plain_dir}: not a prepared data folder", ["plain_dir"], False),
    ("prep-output-exists", "prepare_data.py", [f"--norms={FIXTURE}", *PREP, "--output={data}"],
     "{data}: output folder exists", ["data"], False),
    ("prep-seq-len-too-short", "prepare_data.py",
     [f"--norms={FIXTURE}", *PREP, "--seq_len=8", "--output={data}", "--overwrite"],
     "seq_len=8", ["data", "fresh"], False),
    ("prep-tokenizer-json-missing", "prepare_data.py",
     [f"--norms={FIXTURE}", "--tokenizer={tok_cfg_only}", "--cache_dir=none", "--output={fresh}"],
     "{tok_cfg_only}", ["fresh"], False),
    ("prep-fractions", "prepare_data.py", [f"--norms={FIXTURE}", *PREP, "--fractions=a,b,c", "--output={fresh}"],
     "--fractions", ["fresh"], False),
    ("prep-templates-json", "prepare_data.py",
     [f"--norms={FIXTURE}", *PREP, "--templates={bad_json}", "--output={fresh}"],
     "{bad_json}", ["fresh"], False),
    ("prep-unknown-flag", "prepare_data.py", ["--nrms=x.csv", *PREP, "--output={fresh}"],
     "nrms", ["fresh"], True),
    ("prep-enum-flag", "prepare_data.py", [f"--norms={FIXTURE}", *PREP, "--format=bogus", "--output={fresh}"],
     "--format", ["fresh"], False),
    ("prep-int-flag", "prepare_data.py", [f"--norms={FIXTURE}", *PREP, "--min_count=abc", "--output={fresh}"],
     "--min_count", ["fresh"], False),
    ("prep-keep-fraction", "prepare_data.py",
     [f"--norms={FIXTURE}", *PREP, "--keep_fraction=2", "--output={fresh}"],
     "keep_fraction", ["fresh"], False),
    ("prep-norms-flag-missing", "prepare_data.py", [*PREP, "--output={fresh}"],
     "--norms", ["fresh"], False),
    # convert.py
    ("convert-no-model", "convert.py", ["--hf={nope}", "--out={fresh}"], "{nope}", ["fresh"], False),
    ("convert-gpt2", "convert.py", ["--hf={gpt2}", "--out={fresh}"], "{gpt2}/config.json", ["fresh"], True),
    ("convert-missing-tensor", "convert.py", ["--hf={missing_tensor}", "--out={fresh}"],
     "lacks tensor", ["fresh"], False),
    ("convert-wrong-shape", "convert.py", ["--hf={wrong_shape}", "--out={fresh}"],
     "has shape", ["fresh"], False),
    ("convert-bad-config-json", "convert.py", ["--hf={bad_config}", "--out={fresh}"],
     "{bad_config}/config.json", ["fresh"], False),
    ("convert-garbage-weights", "convert.py", ["--hf={garbage_weights}", "--out={fresh}"],
     "{garbage_weights}/model.safetensors", ["fresh"], False),
    ("convert-out-is-a-file", "convert.py", ["--hf={run}/base_model", "--out={afile}"],
     "{afile}", ["afile"], False),
    ("convert-out-exists", "convert.py", ["--hf={run}/base_model", "--out={converted}"],
     "{converted}", ["converted"], False),
    ("convert-hf-is-a-weights-file", "convert.py", ["--hf={run}/base_model/model.safetensors", "--out={fresh}"],
     "{run}/base_model/model.safetensors: a file, not a Hugging Face model folder", ["fresh"], False),
    ("convert-hf-flag-missing", "convert.py", ["--out={fresh}"], "--hf", ["fresh"], False),
    # train_sft.py: settings out of range, unknown or ill-typed
    ("sft-negative-lr", "train_sft.py", [*SFT, "--workdir={fresh}", "--config.train.lr=-1"],
     "train.lr=-1", ["fresh"], True),
    ("sft-on-nonfinite", "train_sft.py", [*SFT, "--workdir={fresh}", "--config.train.on_nonfinite=halt"],
     "train.on_nonfinite='halt'", ["fresh"], False),
    ("sft-zero-batch", "train_sft.py", [*SFT, "--workdir={fresh}", "--config.train.global_batch=0"],
     "train.global_batch=0", ["fresh"], False),
    ("sft-warmup-ratio", "train_sft.py", [*SFT, "--workdir={fresh}", "--config.train.warmup_ratio=1.5"],
     "train.warmup_ratio=1.5", ["fresh"], False),
    ("sft-accum-divides", "train_sft.py", [*SFT, "--workdir={fresh}", "--config.train.grad_accum=3"],
     "train.global_batch=4 is not divisible by train.grad_accum=3", ["fresh"], False),
    ("sft-zero-epochs", "train_sft.py", [*SFT, "--workdir={fresh}", "--config.train.epochs=0"],
     "train.epochs=0", ["fresh"], False),
    ("sft-max-steps-zero", "train_sft.py", [*SFT, "--workdir={fresh}", "--config.train.max_steps=0"],
     "train.max_steps=0", ["fresh"], False),
    ("sft-unknown-key", "train_sft.py", [*SFT, "--workdir={fresh}", "--config.train.lrr=0.1"],
     "unknown config key train.lrr (--config.train.lrr)", ["fresh"], False),
    ("sft-unknown-section", "train_sft.py", [*SFT, "--workdir={fresh}", "--config.nosuch.x=1"],
     "unknown config key nosuch.x", ["fresh"], False),
    ("sft-config-syntax", "train_sft.py", ["--config={bad_config_py}", "--workdir={fresh}"],
     "{bad_config_py}:1: invalid syntax", ["fresh"], True),
    ("sft-extra-argument", "train_sft.py", [*SFT, "--workdir={fresh}", "extra"],
     "unexpected arguments: extra", ["fresh"], True),
    ("sft-ill-typed", "train_sft.py", [*SFT, "--workdir={fresh}", "--config.train.lr=fast"],
     "config.train.lr", ["fresh"], False),
    ("sft-lora-rank-zero", "train_sft.py", [*SFT, "--workdir={fresh}", "--config.lora.rank=0"],
     "lora.rank=0", ["fresh"], False),
    ("sft-lora-target", "train_sft.py", [*SFT, "--workdir={fresh}", "--config.lora.targets=('q_proj','x_proj')"],
     "'x_proj'", ["fresh"], False),
    ("sft-mesh", "train_sft.py", [*SFT, "--workdir={fresh}", "--config.mesh.data=-1"],
     "mesh.data and mesh.fsdp are both -1", ["fresh"], False),
    ("sft-dtype", "train_sft.py", [*SFT, "--workdir={fresh}", "--config.model.dtype=float16"],
     "model.dtype='float16'", ["fresh"], False),
    ("sft-preset", "train_sft.py", [*SFT, "--workdir={fresh}", "--config.model.preset=huge"],
     "model.preset='huge'", ["fresh"], False),
    ("sft-workdir-is-a-file", "train_sft.py", [*SFT, "--workdir={afile}"], "{afile}", ["afile"], True),
    ("sft-config-file-missing", "train_sft.py", ["--config={nope}/cfg.py", "--workdir={fresh}"],
     "cfg.py", ["fresh"], False),
    ("sft-not-prepared", "train_sft.py", [*SFT, "--workdir={fresh}", "--config.data.prepared={plain_dir}"],
     "{plain_dir}: not a prepared data folder", ["fresh", "plain_dir"], False),
    ("sft-norms-missing", "train_sft.py", [*SFT, "--workdir={fresh}", "--config.data.norms=('{nope}/x.csv',)"],
     "{nope}/x.csv", ["fresh"], False),
    ("sft-tokenizer-too-big", "train_sft.py",
     [*SFT, "--workdir={fresh}", "--config.model.preset=", "--config.model.hf_path={run}/base_model",
      "--config.data.prepared={data_big}"], "2000 tokens", ["fresh"], False),
    # train_sft.py --resume of a finished run: nothing may change in it
    ("resume-lora-rank-zero", "train_sft.py", [*RUN, "--config.lora.rank=0"], "lora.rank=0", ["run"], False),
    ("resume-lora-target", "train_sft.py", [*RUN, "--config.lora.targets=('q_proj','x_proj')"],
     "'x_proj'", ["run"], False),
    ("resume-bad-mesh", "train_sft.py", [*RUN, "--config.mesh.data=-1"], "mesh.data and mesh.fsdp",
     ["run"], False),
    ("resume-mesh-not-dividing", "train_sft.py",
     [*RUN, "--config.mesh.tensor=3", "--config.train.max_steps=8", "--allow_changes=train.max_steps"],
     "tensor", ["run"], False),
    ("resume-bad-dtype", "train_sft.py", [*RUN, "--config.model.dtype=int8"], "model.dtype", ["run"], False),
    ("resume-zero-batch", "train_sft.py", [*RUN, "--config.train.global_batch=0"],
     "train.global_batch=0", ["run"], False),
    ("resume-other-max-steps", "train_sft.py", [*RUN, "--config.train.max_steps=8"],
     "train.max_steps=8", ["run"], False),
    ("resume-below-the-run", "train_sft.py",
     [*RUN, "--config.train.max_steps=4", "--allow_changes=train.max_steps"],
     "is at step 6, past the 4 steps this config asks for", ["run"], False),
    ("resume-other-data-seed", "train_sft.py", [*RUN, "--config.data.seed=1"], "data.seed=1", ["run"], False),
    ("resume-rank-mismatch", "train_sft.py", [*RUN, "--config.lora.rank=8"],
     "has shape (2, 176, 16), this config needs (2, 176, 8)", ["run"], True),
    ("resume-allow-unknown-key", "train_sft.py", [*RUN, "--allow_changes=train.lrr"], "train.lrr", ["run"], False),
    ("resume-with-another-launcher", "train_ppo.py", [*PPO, "--workdir={run}", "--resume"],
     "{run} is an SFT run (its config.json); resume it with launch/train_sft.py", ["run"], False),
    ("rerun-without-resume", "train_sft.py", [*SFT, "--workdir={run}", "--config.train.max_steps=6"],
     "already holds checkpoints", ["run"], False),
    # train_ppo.py
    ("ppo-reward", "train_ppo.py", [*PPO, "--workdir={fresh}", "--config.ppo.reward=nope"],
     "ppo.reward='nope'", ["fresh"], False),
    ("ppo-rollout-batch", "train_ppo.py", [*PPO, "--workdir={fresh}", "--config.ppo.rollout_batch=6"],
     "ppo.rollout_batch=6 is not a multiple", ["fresh"], True),
    ("ppo-kl-estimator", "train_ppo.py", [*PPO, "--workdir={fresh}", "--config.ppo.kl_estimator=k2"],
     "ppo.kl_estimator='k2'", ["fresh"], False),
    ("ppo-negative-lr", "train_ppo.py", [*PPO, "--workdir={fresh}", "--config.ppo.actor_lr=-1"],
     "ppo.actor_lr=-1", ["fresh"], False),
    ("ppo-temperature", "train_ppo.py", [*PPO, "--workdir={fresh}", "--config.ppo.temperature=0"],
     "ppo.temperature=0", ["fresh"], False),
    ("ppo-critic", "train_ppo.py", [*PPO, "--workdir={fresh}", "--config.ppo.critic=none"],
     "ppo.critic='none'", ["fresh"], False),
    ("ppo-init-adapter-a-file", "train_ppo.py", [*PPO, "--workdir={fresh}", "--config.ppo.init_adapter={afile}"],
     "no adapter_config.json there", ["fresh", "afile"], False),
    ("ppo-reward-module-syntax", "train_ppo.py",
     [*PPO, "--workdir={fresh}", "--config.ppo.reward_module={bad_config_py}"],
     "{bad_config_py}:1: invalid syntax", ["fresh"], True),
    ("ppo-infinite-lr", "train_ppo.py", [*PPO, "--workdir={fresh}", "--config.ppo.actor_lr=inf"],
     "ppo.actor_lr=inf: must be a finite number", ["fresh"], False),
    ("ppo-init-adapter", "train_ppo.py", [*PPO, "--workdir={fresh}", "--config.ppo.init_adapter={nope}"],
     "ppo.init_adapter", ["fresh"], True),
    # evaluate.py
    ("eval-empty-generations", "evaluate.py", ["--generations={gen_empty}", *GEN],
     "{gen_empty}", ["report"], True),
    ("eval-no-cue-in-norms", "evaluate.py", ["--generations={gen_unknown}", *GEN],
     "{gen_unknown}", ["report"], False),
    ("eval-generations-json", "evaluate.py", ["--generations={gen_badjson}", *GEN],
     "{gen_badjson}:2", ["report"], False),
    ("eval-generations-binary", "evaluate.py", ["--generations={gen_binary}", *GEN],
     "{gen_binary}", ["report"], False),
    ("eval-wvs-malicious", "evaluate.py", ["--wvs={wvs_evil}", "--wvs_answers={answers}", *GEN],
     "{wvs_evil}", ["report", "mark"], True),
    ("eval-wvs-columns", "evaluate.py", ["--wvs={wvs_badcols}", "--wvs_answers={answers}", *GEN],
     "{wvs_badcols}", ["report"], False),
    ("eval-output-is-a-file", "evaluate.py", ["--generations={gen_ok}", "--norms={norms}", "--output_dir={afile}"],
     "{afile}", ["afile"], False),
    ("eval-tokenizer-too-big", "evaluate.py",
     ["--model={run}", "--lora={run}", "--data={data_big}", "--output_dir={report}"],
     "2000 tokens", ["report"], False),
    ("eval-lexical-spec", "evaluate.py", ["--generations={gen_ok}", *GEN, "--lexical=concreteness"],
     "--lexical", ["report"], False),
    ("eval-lexical-twice", "evaluate.py",
     ["--generations={gen_ok}", *GEN, "--lexical=concreteness={conc}", "--lexical=concreteness={conc}"],
     "concreteness is given twice", ["report"], False),
    ("eval-compare-twice", "evaluate.py", ["--compare", "--output_dir={fresh}", "{report}", "{report}/"],
     "--compare: {report}/ is given twice (as {report})", ["fresh", "report"], False),
    ("eval-length-range", "evaluate.py",
     ["--model={run}", "--lora={run}", "--data={data}", "--output_dir={report}", "--length_range=20,10"],
     "--length_range=20,10: expected 1 <= low <= high", ["report"], False),
    ("eval-ks", "evaluate.py", ["--generations={gen_ok}", *GEN, "--ks=a"], "--ks", ["report"], False),
    ("eval-compare-not-metrics", "evaluate.py", ["--compare", "--output_dir={fresh}", "{report}", "{array_run}"],
     "{array_run}/metrics.json: not an evaluation metrics file (an array", ["fresh", "report"], True),
    ("eval-compare-not-a-run", "evaluate.py", ["--compare", "--output_dir={fresh}", "{plain_dir}", "{report}"],
     "{plain_dir}/metrics.json", ["fresh", "report"], False),
    ("eval-unknown-flag", "evaluate.py", ["--generations={gen_ok}", *GEN, "--bogus_flag=1"],
     "bogus_flag", ["report"], False),
    ("eval-model-needs-data", "evaluate.py", ["--model={run}", "--output_dir={report}"],
     "--model needs --data", ["report"], False),
    ("eval-generations-need-norms", "evaluate.py", ["--generations={gen_ok}", "--output_dir={report}"],
     "--generations needs --norms", ["report"], False),
    # demo.py
    ("demo-negative-lr", "demo.py", ["--workdir={demo_ws}", "--config.train.lr=-1"], "train.lr=-1",
     ["demo_ws"], False),
    ("demo-eval-cues", "demo.py", ["--workdir={demo_ws}", "--eval_cues=0"], "--eval_cues=0: must be >= 1",
     ["demo_ws"], False),
    ("demo-max-new-tokens", "demo.py", ["--workdir={demo_ws}", "--max_new_tokens=0"],
     "--max_new_tokens=0: must be >= 1", ["demo_ws"], False),
    ("demo-extra-argument", "demo.py", ["--workdir={demo_ws}", "extra"], "unexpected arguments: extra",
     ["demo_ws"], True),
    ("demo-reward-module-syntax", "demo.py", ["--workdir={demo_ws}", "--config.ppo.reward_module={bad_config_py}"],
     "{bad_config_py}:1: invalid syntax", ["demo_ws"], False),
]


def _write_bad_model_folders(base_model: Path, tmp: Path) -> dict[str, Path]:
    from safetensors.numpy import load_file, save_file

    out = {}
    gpt2 = tmp / "gpt2"
    gpt2.mkdir()
    (gpt2 / "config.json").write_text(json.dumps({"model_type": "gpt2", "architectures": ["GPT2LMHeadModel"],
                                                  "n_embd": 64, "n_layer": 2, "n_head": 4}))
    out["gpt2"] = gpt2
    tensors = load_file(str(base_model / "model.safetensors"))
    for name, change in (("missing_tensor", "drop"), ("wrong_shape", "reshape")):
        folder = tmp / name
        shutil.copytree(base_model, folder)
        t = dict(tensors)
        key = sorted(k for k in t if "q_proj" in k)[0]
        if change == "drop":
            del t[key]
        else:
            t[key] = np.zeros((t[key].shape[0] + 1, t[key].shape[1]), t[key].dtype)
        save_file(t, str(folder / "model.safetensors"))
        out[name] = folder
    bad = tmp / "bad_config"
    shutil.copytree(base_model, bad)
    (bad / "config.json").write_text('{"model_type": "llama", ')
    out["bad_config"] = bad
    garbage = tmp / "garbage_weights"
    shutil.copytree(base_model, garbage)
    (garbage / "model.safetensors").write_bytes(bytes(range(256)) * 64)
    out["garbage_weights"] = garbage
    return out


def _big_tokenizer(folder: Path) -> Path:
    from align_jax.data.tiny_tokenizer import build_tiny_tokenizer

    rng = random.Random(0)
    texts = [" ".join("".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 9)))
                      for _ in range(50)) for _ in range(400)]
    build_tiny_tokenizer(texts, folder, vocab_size=2000)
    return folder


@pytest.fixture(scope="module")
def paths(tmp_path_factory, finished_sft_run):
    """Every input and protected output the cases name."""
    from align_jax.data.prepare import PrepareConfig, prepare
    from align_jax.data.sft import SFTConfig

    tmp = tmp_path_factory.mktemp("bad_inputs")
    p = {"root": ROOT, "nope": tmp / "does-not-exist", "fresh_root": tmp / "fresh", "run": finished_sft_run}
    p["fresh_root"].mkdir()
    p["data"] = tmp / "prepared"
    shutil.copytree(p["run"] / "data", p["data"])
    p["afile"] = tmp / "a_file.txt"
    p["afile"].write_text("keep me\n")
    p["plain_dir"] = tmp / "plain"
    p["plain_dir"].mkdir()
    (p["plain_dir"] / "notes.txt").write_text("keep me too\n")
    p["badcols"] = tmp / "badcols.csv"
    p["badcols"].write_text("word,other,number\ndog,cat,3\n")
    p["binary"] = tmp / "binary.csv"
    p["binary"].write_bytes(bytes(np.random.default_rng(0).integers(0, 256, 4096, dtype=np.uint8)))
    p["latin1"] = tmp / "latin1.csv"
    p["latin1"].write_bytes("cue,response,count\ncafé,latte,2\n".encode("latin-1"))
    p["empty"] = tmp / "empty.csv"
    p["empty"].write_text("")
    p["tok_cfg_only"] = tmp / "tok_cfg_only"
    p["tok_cfg_only"].mkdir()
    (p["tok_cfg_only"] / "tokenizer_config.json").write_text(json.dumps(
        {"tokenizer_class": "PreTrainedTokenizerFast"}))
    p["bad_config_py"] = tmp / "bad_config.py"
    p["bad_config_py"].write_text("def get_config(:\n")
    p["array_run"] = tmp / "array_run"
    p["array_run"].mkdir()
    (p["array_run"] / "metrics.json").write_text("[1, 2]\n")
    p["bad_json"] = tmp / "templates.json"
    p["bad_json"].write_text("{not json")
    p.update(_write_bad_model_folders(p["run"] / "base_model", tmp))
    p["converted"] = tmp / "converted"
    assert run_in_process("convert.py", [f"--hf={p['run']}/base_model", f"--out={p['converted']}"]) == 0
    from align_jax.models import load_params

    assert load_params(p["converted"])[0].vocab_size == 1024  # renamed into place, still loads
    big = _big_tokenizer(tmp / "big_tokenizer")
    p["data_big"] = tmp / "prepared_big"
    prepare(PrepareConfig(norms=(FIXTURE,), tokenizer=str(big), seq_len=256,
                          sft=SFTConfig(target_examples=300, val_examples=16)), p["data_big"],
            cache_dir=None, log=lambda m: None)
    # Evaluation inputs, and a finished report to protect.
    p["norms"] = tmp / "norms.csv"
    p["norms"].write_text("cue,response,count\ndog,cat,8\ndog,bone,4\nsun,hot,5\nsun,moon,3\n")
    p["conc"] = tmp / "conc.txt"
    p["conc"].write_text("Word\tConc.M\ncat\t5\nbone\t4.8\n")
    p["gen_ok"] = tmp / "gen.jsonl"
    p["gen_ok"].write_text('{"cue": "dog", "output": "cat, bone"}\n{"cue": "sun", "output": "moon"}\n')
    p["gen_empty"] = tmp / "gen_empty.jsonl"
    p["gen_empty"].write_text("")
    p["gen_unknown"] = tmp / "gen_unknown.jsonl"
    p["gen_unknown"].write_text('{"cue": "zebra", "output": "stripes"}\n')
    p["gen_badjson"] = tmp / "gen_badjson.jsonl"
    p["gen_badjson"].write_text('{"cue": "dog", "output": "cat"}\n{"cue": "sun", "output": \n')
    p["gen_binary"] = tmp / "gen_binary.jsonl"
    p["gen_binary"].write_bytes(b"\xff\xfe\x00garbage\x80\x81")
    p["mark"] = tmp / "MALICIOUS_CODE_RAN"
    p["wvs_evil"] = tmp / "wvs_evil.csv"
    evil = f"__import__('os').system('touch {p['mark']}')"
    p["wvs_evil"].write_text('question,selections,options,source\n'
                             f'"Q1","{evil}","[\'a\', \'b\']",WVS\n')
    p["wvs_badcols"] = tmp / "wvs_badcols.csv"
    p["wvs_badcols"].write_text("q,sel\nQ1,x\n")
    p["answers"] = tmp / "answers.jsonl"
    p["answers"].write_text('{"question": "Q1", "probs": [0.8, 0.2]}\n')
    p["report"] = tmp / "report"
    assert run_in_process("evaluate.py", [f"--generations={p['gen_ok']}", f"--norms={p['norms']}",
                                          f"--output_dir={p['report']}", "--n_boot=20"]) == 0
    p["demo_ws"] = tmp / "demo_ws"
    (p["demo_ws"] / "sft").mkdir(parents=True)
    (p["demo_ws"] / "sft" / "config.json").write_text('{"earlier": "demo run"}\n')
    return {k: str(v) for k, v in p.items()}


def test_the_table_is_big_enough():
    assert len(CASES) >= 40
    assert len({c[0] for c in CASES}) == len(CASES)
    assert sum(c[5] for c in CASES) >= 8


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_bad_input(case, paths, capfd):
    name, script, args, expect, protect, sub = case
    paths = dict(paths, fresh=str(Path(paths["fresh_root"]) / name))  # an output not to create
    args = [a.format(**paths) for a in args]
    expect = expect.format(**paths)
    before = {k: snapshot(paths[k]) for k in protect}
    if sub:
        code, out, err = run_subprocess(script, args)
    else:
        capfd.readouterr()
        code = run_in_process(script, args)
        out, err = capfd.readouterr()
    text = out + err
    assert code == 1, f"exit {code}\n{text[-3000:]}"
    errors = error_lines(err)
    assert len(errors) == 1, f"want one error: line on stderr\n{text[-3000:]}"
    assert expect in errors[0], errors[0]
    assert "Traceback" not in text, text[-3000:]
    for k in protect:
        assert snapshot(paths[k]) == before[k], f"{k} ({paths[k]}) changed"
