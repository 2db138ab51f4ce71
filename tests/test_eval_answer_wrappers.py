"""Answers saved inside API responses and message objects (answer_wrappers.response_text)."""

import json

import pytest

from align_jax.eval.answer_wrappers import response_text
from align_jax.eval.answers import parse_answer, parse_ranking

LIST = "money, loan, river"
WRAPPED = {
    "OpenAI chat completion": json.dumps({"id": "chatcmpl-1", "object": "chat.completion", "choices": [
        {"index": 0, "message": {"role": "assistant", "content": LIST}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 40, "completion_tokens": 9, "total_tokens": 49}}),
    "OpenAI completion": json.dumps({"object": "text_completion", "choices": [{"text": " " + LIST}],
                                     "usage": {"total_tokens": 5}}),
    "Anthropic message": json.dumps({"id": "msg_1", "type": "message", "role": "assistant", "content": [
        {"type": "text", "text": LIST}], "stop_reason": "end_turn", "usage": {"input_tokens": 4}}),
    "Gemini": json.dumps({"candidates": [{"content": {"parts": [{"text": LIST}], "role": "model"},
                                          "finishReason": "STOP"}]}),
    "Responses API": json.dumps({"object": "response", "output": [
        {"id": "rs_1", "type": "reasoning", "summary": []},
        {"id": "msg_1", "type": "message", "content": [{"type": "output_text", "text": LIST}]}]}),
    "Ollama": json.dumps({"model": "llama3.1:8b", "message": {"role": "assistant", "content": LIST}}),
    "content array": json.dumps([{"type": "text", "text": LIST}]),
    "message": json.dumps({"role": "assistant", "content": LIST}),
    "message with reasoning": json.dumps({"role": "assistant", "reasoning_content": "maybe bank, cash",
                                          "content": LIST}),
    "Python repr of a message": str({"role": "assistant", "content": LIST}),
    "ChatCompletionMessage repr": f"ChatCompletionMessage(content='{LIST}', refusal=None, role='assistant')",
    "LangChain AIMessage str": f"content='{LIST}' additional_kwargs={{'refusal': None}} response_metadata={{}}",
    "TextBlock list repr": f"[TextBlock(citations=None, text='{LIST}', type='text')]",
    "transformers pipeline": json.dumps([{"generated_text": LIST}]),
    "Bedrock": json.dumps({"generation": LIST, "prompt_token_count": 62}),
    "a generations record": json.dumps({"cue": "bank", "output": LIST}),
    "samples": json.dumps([LIST, "cash, vault"]),
    "tool call": json.dumps({"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function",
        "function": {"name": "submit", "arguments": json.dumps({"words": ["money", "loan", "river"]})}}]}),
    "lm-evaluation-harness resps": json.dumps([[LIST]]),
    "OpenCompass prediction": json.dumps({"origin_prompt": "List the words …", "prediction": LIST, "gold": ""}),
    "function call": json.dumps({"name": "submit", "arguments": json.dumps({"words": ["money", "loan", "river"]})}),
}


@pytest.mark.parametrize("name", list(WRAPPED))
def test_the_list_inside_a_saved_response_is_read(name):
    assert parse_answer(WRAPPED[name], cue="bank").words == ("money", "loan", "river")


@pytest.mark.parametrize("text", [
    json.dumps({"role": "assistant", "content": None, "refusal": "I'm sorry, but I can't help with that."}),
    json.dumps({"error": {"message": "Rate limit reached for gpt-4o: Limit 30000, Used 29871.",
                          "code": "rate_limit_exceeded"}}),
    '["[invalid]"]',  # lm-evaluation-harness's filter found nothing
])
def test_a_refusal_or_an_error_holds_no_words(text):
    assert response_text(text) == ""
    assert parse_answer(text, cue="bank").words == ()


@pytest.mark.parametrize("text", [
    "money, loan, river",
    '["money", "loan", "river"]',                       # a JSON list of words: json_list reads it
    '{"associations": ["money", "loan"]}',
    "Money (cash), loan, river",
    "[1] money\n[2] loan",
    "Harry Potter(s), wands",
])
def test_plain_answers_are_not_unwrapped(text):
    assert response_text(text) is None


def test_categories_and_a_json_ranking():
    nested = '{"associations": {"symbols": ["tree", "Santa"], "food": ["cookies", "eggnog"]}}'
    assert parse_answer(nested, cue="christmas").words == ("tree", "santa", "cookies", "eggnog")
    ranked = '{"explanation": "Hot is the opposite.", "Final Ranking": ["hot", "ice", "winter"]}'
    assert parse_ranking(ranked).words == ("hot", "ice", "winter")
    assert parse_ranking('{"最终排名": "热，冰，冬天"}').words == ("热", "冰", "冬天")
    assert parse_ranking('{"My Order": ["a", "b"]}', markers=("my order",)).words == ("a", "b")
    assert parse_ranking('{"Final Ranking": ["a", "b"]}', markers=("my order",)).rule == "no_marker"
    assert parse_ranking(WRAPPED["message"].replace(LIST, "Hot first.\\nFinal Ranking: hot, ice")).words == (
        "hot", "ice")


def test_huge_or_broken_wrappers_are_quick_and_sane():
    assert response_text("{" * 100_000) is None
    assert response_text('{"choices": [' + "1, " * 50_000) is None
    assert response_text("[" + "[" * 10_000) is None
    assert parse_answer("ChatCompletionMessage(" + "x" * 100_000).rule in ("empty", "single", "separated")
