"""Render (instruction, response) pairs as prompt text and response text for a tokenizer.

With a chat template: prompt = template([user], add_generation_prompt=True) and
response = template([user, assistant])[len(prompt):], so the response text carries the
end-of-turn token (``<|eot_id|>``, ``<|im_end|>``...) that the loss must teach. Without
one: prompt = bos + instruction + "\\n", response = target + eos.

Rendering a million examples through Jinja is slow, so the template is rendered once with
sentinel strings and cut into constant pieces; :meth:`ChatFormat.from_tokenizer` checks
the pieces against a real rendering and falls back to Jinja per example when they differ.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from align_jax.errors import AlignJaxError

_USER, _ASSISTANT = "\x00ALIGNUSER\x00", "\x00ALIGNASSISTANT\x00"
_PROBE = ("probe instruction: list words for «cue»", "word one, word two")


@dataclasses.dataclass(frozen=True)
class ChatFormat:
    """prompt = prefix + instruction + middle; response = target + suffix."""

    prefix: str
    middle: str
    suffix: str
    tokenizer: object = dataclasses.field(default=None, compare=False, repr=False)
    exact: bool = True  # False: render each example through the tokenizer's template

    @classmethod
    def plain(cls, tokenizer=None) -> ChatFormat:
        bos = getattr(tokenizer, "bos_token", None) or ""
        eos = getattr(tokenizer, "eos_token", None) or ""
        return cls(bos, "\n", eos)

    @classmethod
    def from_tokenizer(cls, tokenizer) -> ChatFormat:
        if not getattr(tokenizer, "chat_template", None):
            return cls.plain(tokenizer)
        prompt = _render(tokenizer, _USER)
        full = _render(tokenizer, _USER, _ASSISTANT)
        if not full.startswith(prompt) or prompt.count(_USER) != 1 or full.count(_ASSISTANT) != 1:
            return cls("", "", "", tokenizer, exact=False)
        prefix, middle = prompt.split(_USER)
        suffix = full[len(prompt):].split(_ASSISTANT)[1]
        fmt = cls(prefix, middle, suffix, tokenizer)
        if fmt.render(*_PROBE) != _reference(tokenizer, *_PROBE):
            return dataclasses.replace(fmt, exact=False)
        return fmt

    def render(self, instruction: str, target: str) -> tuple[str, str]:
        """(prompt text, response text) of one example."""
        if not self.exact:
            return _reference(self.tokenizer, instruction, target)
        return self.prefix + instruction + self.middle, target + self.suffix

    def render_prompt(self, instruction: str) -> str:
        """The prompt text alone (for generation)."""
        if not self.exact:
            return _render(self.tokenizer, instruction)
        return self.prefix + instruction + self.middle

    def render_responses(self, instructions: Sequence[str], targets: Sequence[str]) -> list[str]:
        """The response texts of parallel (instruction, target) lists."""
        if self.exact:
            return [t + self.suffix for t in targets]
        return [_reference(self.tokenizer, i, t)[1] for i, t in zip(instructions, targets)]


def _render(tokenizer, user: str, assistant: str | None = None) -> str:
    messages = [{"role": "user", "content": user}]
    if assistant is not None:
        messages.append({"role": "assistant", "content": assistant})
    try:
        return tokenizer.apply_chat_template(
            messages, tokenize=False, add_generation_prompt=assistant is None)
    except Exception as e:  # a broken user-supplied template: say so in one line
        raise AlignJaxError(f"tokenizer chat template failed to render: {e}") from None


def _reference(tokenizer, instruction: str, target: str) -> tuple[str, str]:
    prompt = _render(tokenizer, instruction)
    full = _render(tokenizer, instruction, target)
    if not full.startswith(prompt):
        raise AlignJaxError("tokenizer chat template: the conversation with the answer does not "
                            "start with the prompt rendered with add_generation_prompt=True")
    return prompt, full[len(prompt):]


def encode_prompts(tokenizer, prompts: Sequence[Any], chat: bool = True) -> list[list[int]]:
    """Token ids of each prompt: a string, or a list of {"role", "content"} messages.

    With `chat` and a tokenizer chat template, a string becomes one user message and the
    template adds the assistant header (add_generation_prompt=True); the template writes
    its own BOS, so no special tokens are added again. Otherwise a string is tokenized
    with the tokenizer's usual special tokens (Llama: a leading BOS).
    """
    has_template = bool(getattr(tokenizer, "chat_template", None))
    out = []
    for i, prompt in enumerate(prompts):
        is_messages = isinstance(prompt, (list, tuple))
        if not is_messages and not isinstance(prompt, str):
            raise AlignJaxError(f"prompt {i} is a {type(prompt).__name__}; expected a string or "
                                "a list of chat messages")
        if chat and has_template:
            messages = list(prompt) if is_messages else [{"role": "user", "content": prompt}]
            text = tokenizer.apply_chat_template(messages, tokenize=False,
                                                 add_generation_prompt=True)
            out.append(list(tokenizer(text, add_special_tokens=False)["input_ids"]))
        elif is_messages:
            raise AlignJaxError(f"prompt {i} is a list of chat messages, but "
                                + ("chat=False" if has_template else
                                   "the tokenizer has no chat template"))
        else:
            out.append(list(tokenizer(prompt)["input_ids"]))
    return out
