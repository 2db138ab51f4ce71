"""LoRA tree: exact base model at init, merge/unmerge, PEFT parity and round trips, errors."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from align_jax.errors import AlignJaxError
from align_jax.lora import LoraConfig, bind, init_lora, merge, unmerge
from align_jax.models import forward, from_hf, init_params, preset, save_hf
from align_jax.peft_io import export_peft, import_peft
from hf_fixtures import make_torch_model, torch_logits

ALL = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")


def _random_lora(model_cfg, cfg, seed=0):
    w = init_lora(model_cfg, cfg, jax.random.key(seed))
    keys = iter(jax.random.split(jax.random.key(seed + 100), 2 * len(w)))
    return {t: {"a": 0.2 * jax.random.normal(next(keys), v["a"].shape),
                "b": 0.2 * jax.random.normal(next(keys), v["b"].shape)} for t, v in w.items()}


def test_b_is_zero_at_init_and_forward_equals_base():
    cfg = preset("tiny")
    params = init_params(cfg, jax.random.key(0))
    lc = LoraConfig(rank=8, alpha=16, targets=ALL)
    w = init_lora(cfg, lc, jax.random.key(1))
    assert all(float(jnp.abs(v["b"]).max()) == 0.0 for v in w.values())
    assert all(float(jnp.abs(v["a"]).max()) > 0.0 for v in w.values())
    ids = jnp.arange(24).reshape(2, 12) % cfg.vocab_size
    np.testing.assert_array_equal(forward(cfg, params, ids), forward(cfg, params, ids, lora=bind(lc, w)))


@pytest.mark.parametrize("rslora", [False, True])
def test_scaling(rslora):
    lc = LoraConfig(rank=16, alpha=32, use_rslora=rslora)
    assert lc.scale == (32 / 4 if rslora else 2.0)


def test_merge_equals_lora_forward_and_unmerge_restores():
    cfg = preset("tiny-qwen2")
    params = init_params(cfg, jax.random.key(0))
    lc = LoraConfig(rank=4, alpha=8, targets=("q_proj", "v_proj", "down_proj"))
    w = _random_lora(cfg, lc)
    ids = jnp.arange(20).reshape(2, 10)
    with_lora = forward(cfg, params, ids, lora=bind(lc, w))
    merged = merge(params, lc, w)
    assert float(jnp.max(jnp.abs(with_lora - forward(cfg, params, ids)))) > 1e-2
    np.testing.assert_allclose(forward(cfg, merged, ids), with_lora, atol=1e-4)
    back = unmerge(merged, lc, w)
    jax.tree.map(lambda a, b: np.testing.assert_allclose(a, b, atol=1e-6), back, params)


def test_dropout_only_with_a_key():
    cfg = preset("tiny")
    params = init_params(cfg, jax.random.key(0))
    lc = LoraConfig(rank=4, alpha=8, dropout=0.5)
    lora = bind(lc, _random_lora(cfg, lc))
    ids = jnp.arange(16).reshape(2, 8)
    a = forward(cfg, params, ids, lora=lora)
    np.testing.assert_array_equal(a, forward(cfg, params, ids, lora=lora))  # no key: deterministic
    b = forward(cfg, params, ids, lora=lora, dropout_key=jax.random.key(3))
    assert float(jnp.max(jnp.abs(a - b))) > 1e-4


@pytest.mark.parametrize("family,overrides", [("llama", {}), ("qwen2", {"tie_word_embeddings": True})])
def test_peft_parity_round_trip_and_merged_export(family, overrides, tmp_path):
    import transformers
    from peft import PeftModel

    torch_model = make_torch_model(family, seed=5, **overrides)
    torch_model.save_pretrained(tmp_path / "base")
    cfg, params = from_hf(tmp_path / "base", dtype=jnp.float32)
    lc = LoraConfig(rank=4, alpha=12, targets=("q_proj", "v_proj", "o_proj", "up_proj"))
    w = _random_lora(cfg, lc, seed=7)
    ids = np.random.default_rng(0).integers(0, cfg.vocab_size, (2, 17)).astype(np.int32)
    ours = np.asarray(forward(cfg, params, jnp.asarray(ids), lora=bind(lc, w)))

    export_peft(tmp_path / "adapter", cfg, lc, w)
    peft_model = PeftModel.from_pretrained(torch_model, tmp_path / "adapter").eval()
    peft_logits = torch_logits(peft_model, ids)
    assert np.max(np.abs(ours - peft_logits)) <= 1e-4
    assert np.max(np.abs(ours - np.asarray(forward(cfg, params, jnp.asarray(ids))))) > 1e-2

    lc2, w2 = import_peft(tmp_path / "adapter", cfg)
    assert lc2 == lc
    jax.tree.map(np.testing.assert_array_equal, w2, w)

    save_hf(cfg, merge(params, lc, w), tmp_path / "merged")
    merged = transformers.AutoModelForCausalLM.from_pretrained(tmp_path / "merged", dtype="float32")
    merged.config._attn_implementation = "eager"
    assert np.max(np.abs(ours - torch_logits(merged.eval(), ids))) <= 1e-4


# ---- errors -------------------------------------------------------------------------------

def test_unknown_target():
    with pytest.raises(AlignJaxError, match="lora target 'c_attn' is not a projection of a llama"):
        init_lora(preset("tiny"), LoraConfig(rank=4, targets=("c_attn",)), jax.random.key(0))


def test_rank_too_large():
    with pytest.raises(AlignJaxError, match=r"lora rank 50 exceeds the dimensions \(64, 32\) of v_proj"):
        init_lora(preset("tiny"), LoraConfig(rank=50), jax.random.key(0))


def test_peft_folder_for_another_architecture(tmp_path):
    cfg = preset("tiny")
    lc = LoraConfig(rank=4, alpha=8)
    export_peft(tmp_path / "a", cfg, lc, init_lora(cfg, lc, jax.random.key(0)))
    other = cfg.replace(hidden_size=32, head_dim=8)
    with pytest.raises(AlignJaxError, match=r"q_proj.lora_A.weight' has shape \(4, 64\), this model "
                                            r"expects \(4, 32\)"):
        import_peft(tmp_path / "a", other)
    deeper = cfg.replace(num_layers=1)
    with pytest.raises(AlignJaxError, match="unexpected tensor 'base_model.model.model.layers.1"):
        import_peft(tmp_path / "a", deeper)
    import json
    c = json.loads((tmp_path / "a" / "adapter_config.json").read_text())
    c["target_modules"] = ["c_attn"]
    (tmp_path / "a" / "adapter_config.json").write_text(json.dumps(c))
    with pytest.raises(AlignJaxError, match="target module 'c_attn' is not a projection"):
        import_peft(tmp_path / "a", cfg)


def test_not_a_peft_folder(tmp_path):
    with pytest.raises(AlignJaxError, match="adapter_config.json: no such file"):
        import_peft(tmp_path, preset("tiny"))
