"""HF checkpoint conversion: round trip, sharded files, orbax, and the error messages."""

import json

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from safetensors.numpy import load_file, save_file

from align_jax.errors import AlignJaxError
from align_jax.models import (count_params, forward, from_hf, from_hf_dict, init_params,
                              load_params, preset, save_hf, save_params)
from align_jax.models import config as config_lib
from hf_fixtures import SHARED, torch_logits, write_hf_model


@pytest.fixture(scope="module")
def llama_dir(tmp_path_factory):
    return write_hf_model(tmp_path_factory.mktemp("llama"), "llama", seed=2)


@pytest.fixture(scope="module")
def qwen_dir(tmp_path_factory):
    return write_hf_model(tmp_path_factory.mktemp("qwen"), "qwen2", seed=3, tie_word_embeddings=True)


def _all_tensors(folder):
    out = {}
    for f in sorted(folder.glob("*.safetensors")):
        out.update(load_file(str(f)))
    return out


@pytest.mark.parametrize("which", ["llama_dir", "qwen_dir"])
def test_round_trip_is_exact(which, request, tmp_path):
    src = request.getfixturevalue(which)
    config, params = from_hf(src, dtype=jnp.float32)
    out = save_hf(config, params, tmp_path / "out")
    before, after = _all_tensors(src), _all_tensors(out)
    assert before.keys() == after.keys()
    for name in before:
        np.testing.assert_array_equal(before[name], after[name], err_msg=name)


def test_sharded_write_with_index_loads_in_transformers(llama_dir, tmp_path):
    import transformers
    config, params = from_hf(llama_dir, dtype=jnp.float32)
    out = save_hf(config, params, tmp_path / "sharded", max_shard_bytes=40_000)
    index = json.loads((out / "model.safetensors.index.json").read_text())
    assert len(set(index["weight_map"].values())) > 2
    # Our reader takes the sharded form too, and transformers loads it.
    config2, params2 = from_hf(out, dtype=jnp.float32)
    jax.tree.map(np.testing.assert_array_equal, params, params2)
    model = transformers.AutoModelForCausalLM.from_pretrained(out, dtype="float32")
    model.config._attn_implementation = "eager"
    ids = np.arange(20, dtype=np.int32)[None] % config.vocab_size
    ours = np.asarray(forward(config, params, jnp.asarray(ids)))
    assert np.max(np.abs(ours - torch_logits(model, ids))) <= 1e-4


def test_bf16_load_casts(llama_dir):
    _, params = from_hf(llama_dir, dtype=jnp.bfloat16)
    assert all(x.dtype == jnp.bfloat16 for x in jax.tree.leaves(params))


def test_orbax_round_trip(llama_dir, tmp_path):
    config, params = from_hf(llama_dir, dtype=jnp.float32)
    save_params(tmp_path / "ckpt", config, params)
    config2, params2 = load_params(tmp_path / "ckpt", dtype=jnp.float32)
    assert config2 == config
    jax.tree.map(np.testing.assert_array_equal, params, params2)


def test_orbax_missing_folder(tmp_path):
    with pytest.raises(AlignJaxError, match="not an align-jax parameter checkpoint"):
        load_params(tmp_path)


# ---- errors -------------------------------------------------------------------------------

def test_unknown_architecture(tmp_path):
    cfg = {"architectures": ["MistralForCausalLM"], "model_type": "mistral"}
    (tmp_path / "config.json").write_text(json.dumps(cfg))
    with pytest.raises(AlignJaxError, match="architecture 'MistralForCausalLM' is not supported"):
        from_hf(tmp_path)


def test_unsupported_rope_scaling():
    cfg = json.loads(json.dumps(config_lib.to_hf_dict(preset("tiny"))))
    cfg["rope_parameters"] = {"rope_type": "dynamic", "factor": 2.0, "rope_theta": 1e4}
    with pytest.raises(AlignJaxError, match="rope scaling type 'dynamic' is not supported"):
        from_hf_dict(cfg)
    cfg["rope_parameters"] = {"rope_type": "linear", "factor": 2.0}
    with pytest.raises(AlignJaxError, match="'linear' is not supported"):
        from_hf_dict(cfg)


def test_config_round_trip_for_presets():
    for name, cfg in config_lib.PRESETS.items():
        assert from_hf_dict(config_lib.to_hf_dict(cfg)) == cfg, name


def _copy(src, dst):
    dst.mkdir()
    for f in src.iterdir():
        (dst / f.name).write_bytes(f.read_bytes())
    return dst


def test_missing_tensor(llama_dir, tmp_path):
    bad = _copy(llama_dir, tmp_path / "bad")
    tensors = load_file(str(bad / "model.safetensors"))
    del tensors["model.layers.1.mlp.up_proj.weight"]
    save_file(tensors, str(bad / "model.safetensors"), metadata={"format": "pt"})
    with pytest.raises(AlignJaxError, match=r"lacks tensor 'model.layers.1.mlp.up_proj.weight'"):
        from_hf(bad)


def test_extra_tensor(llama_dir, tmp_path):
    bad = _copy(llama_dir, tmp_path / "bad")
    tensors = load_file(str(bad / "model.safetensors"))
    tensors["model.layers.9.mlp.up_proj.weight"] = np.zeros((2, 2), np.float32)
    save_file(tensors, str(bad / "model.safetensors"), metadata={"format": "pt"})
    with pytest.raises(AlignJaxError, match=r"unexpected tensor 'model.layers.9.mlp.up_proj.weight'"):
        from_hf(bad)


def test_wrong_shape(llama_dir, tmp_path):
    bad = _copy(llama_dir, tmp_path / "bad")
    tensors = load_file(str(bad / "model.safetensors"))
    w = tensors["model.layers.0.self_attn.k_proj.weight"]
    tensors["model.layers.0.self_attn.k_proj.weight"] = w[:-1]
    save_file(tensors, str(bad / "model.safetensors"), metadata={"format": "pt"})
    with pytest.raises(AlignJaxError, match=r"'model.layers.0.self_attn.k_proj.weight' has shape "
                                            r"\(15, 48\), expected \(16, 48\)"):
        from_hf(bad)


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_corrupt_file(llama_dir, tmp_path, damage):
    bad = _copy(llama_dir, tmp_path / "bad")
    f = bad / "model.safetensors"
    data = f.read_bytes()
    f.write_bytes(b"\x00not a safetensors file" * 10 if damage == "garbage" else data[: len(data) // 2])
    with pytest.raises(AlignJaxError, match="model.safetensors: not a readable safetensors file"):
        from_hf(bad)


def test_no_weights(tmp_path):
    (tmp_path / "config.json").write_text(json.dumps(config_lib.to_hf_dict(preset("tiny"))))
    with pytest.raises(AlignJaxError, match="no model.safetensors"):
        from_hf(tmp_path)


# ---- published shapes ----------------------------------------------------------------------

PUBLISHED = {"llama-3.1-8b": 8_030_261_248, "llama-3.1-8b-instruct": 8_030_261_248,
             "qwen2.5-7b": 7_615_616_512, "qwen2.5-7b-instruct": 7_615_616_512}


@pytest.mark.parametrize("name", list(PUBLISHED))
def test_preset_param_counts(name):
    cfg = preset(name)
    abstract = jax.eval_shape(lambda: init_params(cfg, jax.random.key(0), jnp.bfloat16))
    assert count_params(abstract) == PUBLISHED[name]


@pytest.mark.realdata
@pytest.mark.parametrize("folder,expected", [
    ("Llama-3.1-8B", 8_030_261_248), ("Llama-3.1-8B-Instruct", 8_030_261_248),
    ("Qwen2.5-7B", 7_615_616_512), ("Qwen2.5-7B-Instruct", 7_615_616_512)])
def test_real_configs_build_abstract_trees(folder, expected):
    path = SHARED / "hf" / folder
    if not (path / "config.json").exists():
        pytest.skip(f"{path} is absent (real HF configs live in ../shared/hf)")
    cfg = config_lib.from_hf(path)
    abstract = jax.eval_shape(lambda: init_params(cfg, jax.random.key(0), jnp.bfloat16))
    assert count_params(abstract) == expected
    assert cfg == preset(folder.lower())
