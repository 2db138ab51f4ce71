"""The text-level API: strings or chat messages in, strings out, through a tokenizer."""

from pathlib import Path

import jax
import pytest
from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import PreTrainedTokenizerFast

from align_jax.errors import AlignJaxError
from align_jax.generate import default_stop_ids, encode_prompts, generate_ids, generate_text
from align_jax.models import init_params, preset

SPECIALS = ["<pad>", "<s>", "<|im_end|>", "<user>", "<assistant>"]
TEMPLATE = ("{{ bos_token }}{% for m in messages %}<{{ m['role'] }}> {{ m['content'] }} "
            "<|im_end|> {% endfor %}{% if add_generation_prompt %}<assistant> {% endif %}")
NEW = 8


def _tokenizer(template=True):
    words = [f"w{i}" for i in range(300)]
    vocab = {t: i for i, t in enumerate(SPECIALS + words)}
    tok = Tokenizer(models.WordLevel(vocab, unk_token="<pad>"))
    tok.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<s>", pad_token="<pad>",
                                   additional_special_tokens=["<|im_end|>", "<user>", "<assistant>"])
    if template:
        fast.chat_template = TEMPLATE
    return fast


@pytest.fixture(scope="module")
def model():
    config = preset("tiny").replace(eos_token_ids=())
    return config, init_params(config, jax.random.key(0), std=0.15)


def test_chat_prompts_through_the_template(model):
    config, params = model
    tok = _tokenizer()
    prompts = ["w1 w2 w3", [{"role": "user", "content": "w7"}]]
    ids = encode_prompts(tok, prompts, chat=True)
    assert tok.convert_ids_to_tokens(ids[0]) == ["<s>", "<user>", "w1", "w2", "w3", "<|im_end|>",
                                                 "<assistant>"]
    out = generate_ids(config, params, ids, max_new_tokens=NEW, stop_token_ids=[])
    # A stop token that the first row produces at step 1: its text stops before it.
    stop = int(out.tokens[0, 1])
    texts = generate_text(config, params, tok, prompts, max_new_tokens=NEW, stop_token_ids=[stop])
    first = [int(t) for t in out.tokens[0]]
    cut = first.index(stop)
    assert texts[0] == tok.decode(first[:cut], skip_special_tokens=True)
    second = [int(t) for t in out.tokens[1]]
    cut = second.index(stop) if stop in second else NEW
    assert texts[1] == tok.decode(second[:cut], skip_special_tokens=True)
    # Truncated: the row ran to max_new_tokens without its stop token.
    again, truncated = generate_text(config, params, tok, prompts, max_new_tokens=NEW,
                                     stop_token_ids=[stop], return_truncated=True)
    assert again == texts and truncated == [False, stop not in second]
    _, truncated = generate_text(config, params, tok, prompts, max_new_tokens=NEW,
                                 stop_token_ids=[], return_truncated=True)
    assert truncated == [True, True]


def test_plain_prompts_without_chat(model):
    config, params = model
    tok = _tokenizer()
    assert encode_prompts(tok, ["w5 w6"], chat=False) == [tok("w5 w6")["input_ids"]]
    ids = encode_prompts(tok, ["w5 w6"], chat=False)
    out = generate_ids(config, params, ids, max_new_tokens=NEW, stop_token_ids=[])
    text = generate_text(config, params, tok, ["w5 w6"], max_new_tokens=NEW, chat=False,
                         stop_token_ids=[])
    assert text == [tok.decode(out.tokens[0].tolist(), skip_special_tokens=True)]


def test_default_stops_include_end_of_turn(model):
    config, _ = model
    tok = _tokenizer()
    assert tok.convert_tokens_to_ids("<|im_end|>") in default_stop_ids(config, tok)


def test_text_errors(model):
    config, params = model
    with pytest.raises(AlignJaxError, match="no chat template"):
        encode_prompts(_tokenizer(template=False), [[{"role": "user", "content": "w1"}]])
    with pytest.raises(AlignJaxError, match="prompt 0 is a int"):
        encode_prompts(_tokenizer(), [5])
    with pytest.raises(AlignJaxError, match="empty"):
        generate_text(config, params, _tokenizer(), [], max_new_tokens=4)


HF = Path(__file__).resolve().parents[2] / "shared" / "hf"


@pytest.mark.realdata
@pytest.mark.parametrize("folder, stop, bos", [("Llama-3.1-8B-Instruct", 128009, 128000),
                                               ("Qwen2.5-7B-Instruct", 151645, None)])
def test_real_chat_tokenizers(folder, stop, bos):
    from transformers import AutoTokenizer

    from align_jax.models.config import from_hf

    path = HF / folder
    if not (path / "tokenizer.json").exists():
        pytest.skip(f"{path} absent")
    tok = AutoTokenizer.from_pretrained(path)
    assert stop in default_stop_ids(from_hf(path), tok)
    ids = encode_prompts(tok, ["dog"])[0]
    text = tok.decode(ids)
    assert text.rstrip().endswith("assistant<|end_header_id|>" if bos else "<|im_start|>assistant")
    if bos is not None:  # the template writes BOS once; tokenizing adds no second one
        assert ids[0] == bos and ids.count(bos) == 1
