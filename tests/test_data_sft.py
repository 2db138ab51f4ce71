"""SFT examples (ALIGN augmentation), templates, and chat-template rendering into tokens."""

import os
import re
from pathlib import Path

import numpy as np
import pytest

from align_jax.data import fixture_path
from align_jax.data.chat import ChatFormat
from align_jax.data.norms import load_norms
from align_jax.data.prepare import load_tokenizer
from align_jax.data.sft import (SFTConfig, build_sft_examples, split_validation, target_counts_descending,
                                usable_responses)
from align_jax.data.splits import split_cues
from align_jax.data.templates import PromptTemplates
from align_jax.data.tiny_tokenizer import build_tiny_tokenizer
from align_jax.data.tokens import TokenizedExamples, tokenize_examples
from align_jax.errors import AlignJaxError

SHARED = Path(__file__).resolve().parents[2] / "shared"
SWOW_EN = SHARED / "data" / "swow" / "strength.SWOW-EN.R1.csv"
HF = {"llama": SHARED / "hf" / "Llama-3.1-8B-Instruct", "qwen": SHARED / "hf" / "Qwen2.5-7B-Instruct"}
EOT = {"llama": 128009, "qwen": 151645}


@pytest.fixture(scope="module")
def en():
    return load_norms(fixture_path("en"))[0]


@pytest.fixture(scope="module")
def zh():
    return load_norms(fixture_path("zh"))[0]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory, en, zh):
    texts = [" ".join(w for w, _ in r) for n in (en, zh) for r in n.cues.values()]
    texts += [PromptTemplates.for_language(l).sft_instruction for l in ("en", "zh")]
    out = tmp_path_factory.mktemp("tok")
    build_tiny_tokenizer(texts, out, vocab_size=600)
    return load_tokenizer(str(out))  # as users load it: transformers.AutoTokenizer


def test_augmentation_en(en):
    cues = sorted(en.cues)[:10]
    cfg = SFTConfig(target_examples=205, seed=3)
    ex = build_sft_examples(en.cues, cues, PromptTemplates.for_language("en"), cfg)
    assert len(ex) == 20 * 10  # 205 // 10 copies of each cue
    for cue, instr, resp in zip(ex.cue, ex.instruction, ex.response):
        words = resp.split(", ")
        counts = dict(en.cues[cue])
        m = len(counts)
        assert len(words) == len(set(words)) == round(0.7 * m)
        assert set(words) <= set(counts)
        assert target_counts_descending(resp, counts, ", ")
        # Ties keep the norms' order (count desc, then word asc): a subsequence of it.
        order = [w for w, _ in en.cues[cue]]
        assert [order.index(w) for w in words] == sorted(order.index(w) for w in words)
        low, high = map(int, re.search(r"between (\d+) and (\d+) words", instr).groups())
        assert f'"{cue}"' in instr
        k = len(words)
        assert low <= k <= high and low >= np.floor(0.87 * k) and high <= np.ceil(1.13 * k)
    # Copies of a cue differ (random 70% subsets), and the whole is deterministic.
    assert len(set(ex.response[:20])) > 1
    assert build_sft_examples(en.cues, cues, PromptTemplates.for_language("en"), cfg) == ex


def test_augmentation_zh_and_separator_in_words(zh):
    norms = dict(zh.cues)
    norms["测试"] = [("甲", 5), ("乙，丙", 4), ("丁", 3), ("戊", 2)]  # "乙，丙" would not parse back
    ex = build_sft_examples(norms, ["测试", "猫"], PromptTemplates.for_language("zh"),
                            SFTConfig(target_examples=10, keep_fraction=1.0))
    assert ex.response[:5] == ["甲，丁，戊"] * 5
    # 3 usable words: asks for floor(3 x 0.9±0.03) = 2 to ceil(3 x 1.1±0.03) = 4 words.
    assert "“测试”" in ex.instruction[0] and "共2到4个" in ex.instruction[0]
    assert all(target_counts_descending(r, dict(zh.cues["猫"]), "，") for r in ex.response[5:])


def test_usable_responses_leave_out_the_separator():
    assoc = [("ice cream", 9), ("kidnap, steal", 4), ("rob", 2)]
    assert usable_responses(assoc, ", ") == ["ice cream", "rob"]
    assert usable_responses([("甲", 5), ("乙，丙", 4)], "，") == ["甲"]


def test_validation_split(en):
    ex = build_sft_examples(en.cues, sorted(en.cues), PromptTemplates.for_language("en"),
                            SFTConfig(target_examples=4800))
    train, val = split_validation(ex, 800, seed=42)
    assert len(val) == 480 and len(train) + len(val) == len(ex)  # capped at 10%
    assert set(zip(train.cue, train.response)) | set(zip(val.cue, val.response)) == set(zip(ex.cue, ex.response))


def test_templates_override_and_errors(en):
    base = PromptTemplates.for_language("en")
    t = PromptTemplates.from_dict(base, {"sft_instruction": "Cue: {cue} ({low}-{high})", "list_separator": "; "})
    ex = build_sft_examples(en.cues, ["dog"], t, SFTConfig(target_examples=1, keep_fraction=1.0))
    assert ex.instruction[0].startswith("Cue: dog (") and ex.response[0].startswith("cat; bark; pet")
    with pytest.raises(AlignJaxError, match="unknown template key"):
        PromptTemplates.from_dict(base, {"sft_prompt": "x"})
    with pytest.raises(AlignJaxError, match="sft_instruction does not format"):
        PromptTemplates.from_dict(base, {"sft_instruction": "{cue} {count}"})
    with pytest.raises(AlignJaxError, match="not in the norms"):
        build_sft_examples(en.cues, ["no such cue"], base)


def test_tiny_tokenizer_rendering_and_masks(tiny, en, zh):
    chat = ChatFormat.from_tokenizer(tiny)
    assert chat.exact and chat.suffix == "<|end|>"
    for norms in (en, zh):
        t = PromptTemplates.for_language(norms.language)
        ex = build_sft_examples(norms.cues, sorted(norms.cues)[:3], t, SFTConfig(target_examples=6))
        tok = tokenize_examples(tiny, chat, ex.instruction, ex.response)
        for i in range(len(ex)):
            ids, plen = tok.example(i)
            prompt, response = _reference(tiny, ex.instruction[i], ex.response[i])
            assert ids[:plen].tolist() == tiny(prompt, add_special_tokens=False).input_ids
            assert ids[plen:].tolist() == tiny(response, add_special_tokens=False).input_ids
            assert ids[-1] == tiny.convert_tokens_to_ids("<|end|>")
            assert tiny.decode(ids[plen:]) == ex.response[i] + "<|end|>"


def _reference(tokenizer, instruction, target):
    user = [{"role": "user", "content": instruction}]
    prompt = tokenizer.apply_chat_template(user, tokenize=False, add_generation_prompt=True)
    full = tokenizer.apply_chat_template(user + [{"role": "assistant", "content": target}], tokenize=False)
    assert full.startswith(prompt)
    return prompt, full[len(prompt):]


def test_plain_format_without_chat_template(tiny):
    tiny = load_tokenizer(tiny.name_or_path)  # a fresh copy to change
    tiny.chat_template = None
    chat = ChatFormat.from_tokenizer(tiny)
    assert chat.render("list words for dog", "cat, bone") == ("<|bos|>list words for dog\n", "cat, bone<|end|>")


def test_arrow_round_trip(tiny, en):
    ex = build_sft_examples(en.cues, sorted(en.cues)[:4], PromptTemplates.for_language("en"),
                            SFTConfig(target_examples=8))
    tok = tokenize_examples(tiny, ChatFormat.from_tokenizer(tiny), ex.instruction, ex.response)
    back = TokenizedExamples.from_arrow(tok.to_arrow())
    assert np.array_equal(back.tokens, tok.tokens) and np.array_equal(back.offsets, tok.offsets)
    assert np.array_equal(back.prompt_lens, tok.prompt_lens)


@pytest.mark.realdata
@pytest.mark.parametrize("name", ["llama", "qwen"])
def test_real_chat_templates(name, en, zh):
    if not (HF[name] / "tokenizer.json").is_file():
        pytest.skip(f"{HF[name]} is absent")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    tok = load_tokenizer(str(HF[name]))
    chat = ChatFormat.from_tokenizer(tok)
    assert chat.exact  # the constant-piece rendering matches Jinja for both models
    for norms in (en, zh):
        t = PromptTemplates.for_language(norms.language)
        ex = build_sft_examples(norms.cues, sorted(norms.cues)[:4], t, SFTConfig(target_examples=8))
        toks = tokenize_examples(tok, chat, ex.instruction, ex.response)
        for i in range(len(ex)):
            prompt, response = _reference(tok, ex.instruction[i], ex.response[i])
            assert chat.render(ex.instruction[i], ex.response[i]) == (prompt, response)
            ids, plen = toks.example(i)
            assert ids[:plen].tolist() == tok(prompt, add_special_tokens=False).input_ids
            assert ids[0] == tok.convert_tokens_to_ids("<|begin_of_text|>" if name == "llama" else "<|im_start|>")
            resp = ids[plen:].tolist()
            # The loss covers the end-of-turn token (Qwen's turn ends "<|im_end|>\n").
            assert EOT[name] in resp[-2:]
            assert tok.decode(resp).startswith(ex.response[i])


@pytest.mark.realdata
@pytest.mark.skipif(not SWOW_EN.is_file(), reason="../shared/data/swow/strength.SWOW-EN.R1.csv is absent")
def test_real_sft_targets_descending():
    norms, _ = load_norms(SWOW_EN, response_set="R1")
    cues = split_cues(norms.cues).train
    ex = build_sft_examples(norms.cues, cues, PromptTemplates.for_language("en"), SFTConfig(target_examples=20_000))
    assert len(ex) == 2 * len(cues) == 17_104
    counts = {c: dict(r) for c, r in norms.cues.items()}
    assert all(target_counts_descending(r, counts[c], ", ") for c, r in zip(ex.cue, ex.response))
    assert set(ex.cue) == set(cues)


def test_template_that_rewrites_content_falls_back_to_jinja(tiny):
    tok = load_tokenizer(tiny.name_or_path)
    tok.chat_template = ("{% for m in messages %}<|{{ m['role'] }}|>{{ m['content'] | upper }}<|end|>{% endfor %}"
                         "{% if add_generation_prompt %}<|assistant|>{% endif %}")
    chat = ChatFormat.from_tokenizer(tok)
    assert not chat.exact
    assert chat.render("dog?", "cat, bone") == ("<|user|>DOG?<|end|><|assistant|>", "CAT, BONE<|end|>")
    toks = tokenize_examples(tok, chat, ["dog?", "sun?"], ["cat, bone", "hot"])
    ids, plen = toks.example(1)
    assert tok.decode(ids[:plen]) == "<|user|>SUN?<|end|><|assistant|>" and tok.decode(ids[plen:]) == "HOT<|end|>"
