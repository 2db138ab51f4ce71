"""Answers a pipeline saved inside an API response or a message object instead of as text.

A generations file's "output" should be what the model wrote. Saved carelessly it holds the
whole response ('{"choices": [{"message": {"content": …}}]}', Anthropic's and Gemini's
shapes, the Responses API's "output"), a message ('{"role": "assistant", "content": …}' or
its Python repr "ChatCompletionMessage(content='…')", LangChain's "content='…'
additional_kwargs=…"), a content array ('[{"type": "text", "text": …}]'), a tool call whose
arguments hold the list, a record of the generations file itself ('{"cue": …, "output": …}'),
or several samples ('["a, b", "c, d"]': the first), an evaluation harness's record (lm-evaluation-
harness's '[["…"]]', OpenCompass's '{"prediction": …}'). `response_text` finds the assistant's
text in these shapes; a refusal or an API error holds none ("").
"""

from __future__ import annotations

import ast
import json
import re

__all__ = ["response_text"]

MAX_WRAPPED_CHARS = 200_000      # longer texts are not looked into
# Where a Python repr of a message keeps its text: "content='…'", "text='…'".
_REPR_TEXT = re.compile(r"(?:^|[(\[,\s])(?:content|text)=(?P<literal>'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\")")
_REPR_OPENING = re.compile(r"\s*(?:\[?[A-Z]\w{2,40}\(|content=)")  # "[TextBlock(", "AIMessage("
_OPENING = re.compile(r"\s*(?:[{\[]|[A-Z]\w{2,40}\(|content=)")


def response_text(text: str) -> str | None:
    """The assistant's text inside a saved response or message object, "" for a refusal or
    an error, None when `text` is not one (it is then read as it is)."""
    if _OPENING.match(text) is None or len(text) > MAX_WRAPPED_CHARS:
        return None  # most answers: one look at their start
    stripped = text.strip()
    if stripped[0] in "{[" and (value := _loads(stripped)) is not None:
        return _text_of(value)
    if _REPR_OPENING.match(stripped):
        parts = [_literal(m.group("literal")) for m in _REPR_TEXT.finditer(stripped)]
        return "\n".join(p for p in parts if p) if parts else None
    return None


def _loads(text: str):
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        pass
    try:
        return ast.literal_eval(text)  # a Python repr: {'role': 'assistant', 'content': '…'}
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return None


def _literal(quoted: str) -> str:
    try:
        value = ast.literal_eval(quoted)
    except (ValueError, SyntaxError):
        return ""
    return value if isinstance(value, str) else ""


def _parts_text(parts: list) -> str | None:
    """The text of a content array: its "text" parts, one per line."""
    texts = [p.get("text") for p in parts if isinstance(p, dict) and p.get("type") in ("text", "output_text")]
    texts = [t for t in texts if isinstance(t, str)]
    return "\n".join(texts) if texts else None


def _message_text(message: dict) -> str | None:
    """A chat message's text: its content (a string or a content array), else the arguments
    of its first tool call, else "" for a refusal."""
    content = message.get("content")
    if isinstance(content, str) and content.strip():
        return content
    if isinstance(content, list) and (joined := _parts_text(content)) is not None:
        return joined
    calls = message.get("tool_calls") or ([message["function_call"]] if message.get("function_call") else [])
    for call in calls:
        function = call.get("function", call) if isinstance(call, dict) else None
        if isinstance(function, dict) and isinstance(function.get("arguments"), (str, dict)):
            arguments = function["arguments"]
            return arguments if isinstance(arguments, str) else json.dumps(arguments, ensure_ascii=False)
    if message.get("refusal") or message.get("role") == "assistant":
        return ""
    return None


def _text_of(value) -> str | None:
    """The assistant's text in a decoded response, message, content array or sample list."""
    if isinstance(value, list):
        if value and all(isinstance(v, list) for v in value):
            return _text_of(value[0])  # lm-evaluation-harness's "resps": one list per request
        if len(value) == 1 and isinstance(value[0], str):
            return "" if value[0].strip() == "[invalid]" else value[0]  # its filter's fallback
        if value and all(isinstance(v, dict) and "type" in v for v in value):
            return _parts_text(value)
        if value and all(isinstance(v, dict) and isinstance(v.get("generated_text"), str) for v in value):
            return value[0]["generated_text"]  # a transformers pipeline's output
        if len(value) >= 2 and all(isinstance(v, str) and any(s in v for s in ",，、\n") for v in value):
            return value[0]  # several samples of a separated list: the first
        return None
    if not isinstance(value, dict):
        return None
    if "error" in value and not any(k in value for k in ("choices", "content", "candidates", "output")):
        return ""
    if isinstance(value.get("choices"), list) and value["choices"]:
        choice = value["choices"][0]
        if isinstance(choice, dict):
            if isinstance(choice.get("message"), dict):
                return _message_text(choice["message"])
            if isinstance(choice.get("text"), str):
                return choice["text"]
    if isinstance(value.get("candidates"), list) and value["candidates"]:
        content = value["candidates"][0].get("content") if isinstance(value["candidates"][0], dict) else None
        if isinstance(content, dict) and isinstance(content.get("parts"), list):
            texts = [p["text"] for p in content["parts"] if isinstance(p, dict) and isinstance(p.get("text"), str)]
            return "\n".join(texts)
    if isinstance(value.get("output"), list):  # the Responses API: reasoning items, then the message
        texts = [_parts_text(item.get("content") or []) for item in value["output"]
                 if isinstance(item, dict) and item.get("type") == "message"]
        if any(t is not None for t in texts):
            return "\n".join(t for t in texts if t)
    if isinstance(value.get("message"), dict):  # Ollama's chat
        return _message_text(value["message"])
    if value.get("role") == "assistant" or value.get("type") == "message":
        return _message_text(value)
    for key in ("generated_text", "generation", "response", "result", "completion", "prediction"):
        if isinstance(value.get(key), str):
            return value[key]
    if "cue" in value and isinstance(value.get("output"), str):
        return value["output"]  # a generations record pasted whole
    if isinstance(value.get("name"), str) and isinstance(value.get("arguments"), str):
        return value["arguments"]  # a function call
    return None
