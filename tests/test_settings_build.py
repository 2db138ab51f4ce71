"""Settings become objects in one place (settings.build): every PrepareConfig option is a
data.* setting a training run can set, and the table's defaults are the objects' own."""

import dataclasses

import pytest

from align_jax import settings
from align_jax.data.prepare import PrepareConfig
from align_jax.data.ranking import RankingConfig
from align_jax.data.sft import SFTConfig
from align_jax.errors import AlignJaxError
from align_jax.train import setup


def test_defaults_of_a_run_are_those_of_prepare_data():
    config = setup.prepare_config(settings.base_config().data)
    assert config.sft == SFTConfig() and config.ranking == RankingConfig()
    assert config.fractions == PrepareConfig.fractions and config.templates is None
    assert (config.fmt, config.language, config.min_count, config.seq_len) == ("auto", None, 1, 2048)


def test_every_prepare_option_is_settable_from_the_data_section(tmp_path):
    templates = tmp_path / "t.json"
    templates.write_text('{"list_separator": "; "}')
    cfg = settings.base_config()
    cfg.model.preset = "tiny"
    d = cfg.data
    d.fractions, d.length_margin, d.length_jitter = (0.6, 0.3, 0.1), 0.2, 0.05
    d.ranking_k, d.ranking_min_words, d.questions_per_cue, d.ranking_val_fraction = 7, 4, 2, 0.25
    d.templates, d.format, d.language, d.min_count, d.seed = str(templates), "strength", "en", 3, 5
    settings.validate(cfg)
    c = setup.prepare_config(d)
    assert c.fractions == (0.6, 0.3, 0.1) and c.templates == {"list_separator": "; "}
    assert (c.fmt, c.language, c.min_count, c.seed) == ("strength", "en", 3, 5)
    assert (c.sft.length_margin, c.sft.length_jitter, c.sft.seed) == (0.2, 0.05, 5)
    assert c.ranking == RankingConfig(k=7, min_words=4, questions_per_cue=2, val_fraction=0.25, seed=5)
    # No option of PrepareConfig (or its parts) is left without a data.* setting.
    keys = {k.split(".", 1)[1] for k, _ in settings.settings() if k.startswith("data.")}
    renamed = {"fmt": "format", "k": "ranking_k", "min_words": "ranking_min_words",
               "val_fraction": "ranking_val_fraction", "sft": "", "ranking": "", "tokenizer": ""}
    for cls in (PrepareConfig, SFTConfig, RankingConfig):
        for f in dataclasses.fields(cls):
            assert renamed.get(f.name, f.name) in keys | {""}, f"{cls.__name__}.{f.name}"


def test_bad_fractions_are_refused_naming_the_key():
    cfg = settings.base_config()
    cfg.model.preset = "tiny"
    cfg.data.fractions = (0.7, 0.2)
    with pytest.raises(AlignJaxError, match=r"config data.fractions=\(0.7, 0.2\): must be 3 numbers"):
        settings.validate(cfg)


def test_build_casts_by_the_table_and_renames_only_as_told():
    from align_jax.ppo.loop import kl_control_from, schedule_from

    cfg = settings.base_config()
    cfg.ppo.init_kl_coef, cfg.ppo.rollout_batch = 1, 32
    kl = kl_control_from(cfg.ppo)
    assert kl.init_coef == 1.0 and isinstance(kl.init_coef, float)
    assert schedule_from(cfg.ppo).rollout_batch == 32
