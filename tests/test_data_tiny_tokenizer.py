"""The tiny byte-level BPE tokenizer: loads with AutoTokenizer, round-trips Chinese, chat template."""

from transformers import AutoTokenizer

from align_jax.data.tiny_tokenizer import build_tiny_tokenizer


def test_tiny_tokenizer(tmp_path):
    texts = ["dog, cat, bone, leash", "猫，狗，老鼠，鱼", "the sun is hot"] * 30
    build_tiny_tokenizer(texts, tmp_path, vocab_size=320)
    tok = AutoTokenizer.from_pretrained(str(tmp_path))
    assert 256 < len(tok) <= 320
    assert (tok.eos_token, tok.pad_token, tok.bos_token) == ("<|end|>", "<|pad|>", "<|bos|>")
    for text in ("猫，狗", "unseen 𝄞 words ü", "混合 mixed"):
        ids = tok(text, add_special_tokens=False).input_ids
        assert tok.decode(ids) == text
        assert tok.unk_token_id not in ids
    assert len(tok("猫，狗", add_special_tokens=False).input_ids) < len("猫，狗".encode())  # merges learnt
    msgs = [{"role": "user", "content": "列出词语"}, {"role": "assistant", "content": "猫，狗"}]
    text = tok.apply_chat_template(msgs, tokenize=False)
    assert text == "<|bos|><|user|>列出词语<|end|><|assistant|>猫，狗<|end|>"
    assert tok.apply_chat_template(msgs[:1], tokenize=False, add_generation_prompt=True).endswith("<|assistant|>")
    ids = tok(text, add_special_tokens=False).input_ids
    for special in ("<|bos|>", "<|user|>", "<|assistant|>", "<|end|>"):
        assert tok.convert_tokens_to_ids(special) in ids  # one id each, not split into bytes
