"""Model outputs for evaluation: association lists generated for the test cues, and WVS
answer distributions, from a base model with or without a LoRA adapter.

The association prompt is the SFT instruction for the cue, after a one-shot example (a
training cue and its human top words, as a finished user/assistant exchange), as in the
paper's evaluation. Generation is greedy.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path

from align_jax.data.templates import PromptTemplates
from align_jax.errors import AlignJaxError

DEFAULT_RANGE = (10, 20)


def one_shot_example(norms: Mapping[str, Sequence[tuple[str, int]]], train_cues: Sequence[str],
                     templates: PromptTemplates, n_words: int = 10) -> tuple[str, str]:
    """(cue, answer): the first training cue (sorted) with at least n_words responses."""
    for cue in sorted(train_cues):
        responses = norms.get(cue, ())
        if len(responses) >= n_words:
            return cue, templates.list_separator.join(w for w, _ in responses[:n_words])
    raise AlignJaxError(f"no training cue has {n_words} responses for the one-shot example")


def association_messages(cues: Sequence[str], templates: PromptTemplates,
                         length_range: tuple[int, int] = DEFAULT_RANGE,
                         one_shot: tuple[str, str] | None = None) -> list[list[dict]]:
    """Chat messages per cue: [one-shot user, one-shot assistant,] user instruction."""
    low, high = length_range
    shot = []
    if one_shot is not None:
        shot = [{"role": "user", "content": templates.sft_instruction.format(
                    cue=one_shot[0], low=low, high=high)},
                {"role": "assistant", "content": one_shot[1]}]
    return [shot + [{"role": "user", "content": templates.sft_instruction.format(
        cue=c, low=low, high=high)}] for c in cues]


def generate_associations(config, params, tokenizer, cues: Sequence[str],
                          templates: PromptTemplates, *, lora=None,
                          length_range: tuple[int, int] = DEFAULT_RANGE,
                          one_shot: tuple[str, str] | None = None, max_new_tokens: int = 128,
                          batch_size: int = 64, sharder=None, return_truncated: bool = False):
    """cue → generated text, greedy, in batches (each batch one jitted generate call); with
    `return_truncated`, (that, the set of cues whose answer stopped at `max_new_tokens`)."""
    from align_jax.generate import generate_text

    if not cues:
        raise AlignJaxError("no cues to evaluate")
    messages = association_messages(cues, templates, length_range, one_shot)
    chat = bool(getattr(tokenizer, "chat_template", None))
    prompts = messages if chat else [_plain(m) for m in messages]
    out: dict[str, str] = {}
    truncated: set[str] = set()
    for start in range(0, len(cues), batch_size):
        batch = cues[start:start + batch_size]
        texts, cut = generate_text(config, params, tokenizer, prompts[start:start + batch_size],
                                   max_new_tokens=max_new_tokens, lora=lora, chat=chat,
                                   sharder=sharder, return_truncated=True)
        out.update(zip(batch, texts))
        truncated.update(c for c, t in zip(batch, cut) if t)
    return (out, truncated) if return_truncated else out


def _plain(messages: list[dict]) -> str:
    """A chat without a template as plain text turns."""
    return "\n".join(m["content"] for m in messages) + "\n"


def write_generations(path: str | Path, outputs: Mapping[str, str],
                      truncated: Collection[str] = ()) -> Path:
    """The JSONL form `launch/evaluate.py --generations` reads (one cue per line); an answer
    that stopped at the token limit carries "finish_reason": "length"."""
    path = Path(path)
    tmp = path.with_suffix(path.suffix + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        for cue, text in outputs.items():
            rec = {"cue": cue, "output": text}
            if cue in truncated:
                rec["finish_reason"] = "length"
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return path


def wvs_answers(config, params, tokenizer, items, language: str, *, lora=None,
                batch_size: int = 32) -> tuple[list, list[list[float]], int]:
    """(items scored, their option distributions, items dropped as unscorable)."""
    from align_jax.eval import values as wvs

    chat = bool(getattr(tokenizer, "chat_template", None))
    encode = lambda s: tokenizer.encode(s, add_special_tokens=False)  # noqa: E731
    kept, option_ids, dropped = wvs.scorable_items(items, encode)
    prompts = wvs.encode_prompts(tokenizer, [wvs.build_prompt(it, language) for it in kept], chat)
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    probs = wvs.score_options(config, params, prompts, option_ids, lora=lora, pad_id=pad,
                              batch_size=batch_size)
    return kept, probs, dropped
