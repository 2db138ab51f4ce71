"""Reading a JSONL file of generations, and its error messages."""

import pytest

from align_jax.errors import AlignJaxError
from align_jax.eval.generations import read_generations


def _write(tmp_path, text):
    p = tmp_path / "gen.jsonl"
    p.write_text(text, encoding="utf-8")
    return p


def test_reads_lines(tmp_path):
    p = _write(tmp_path, '{"cue": "dog", "output": "cat, bone"}\n\n'
                         '{"cue": "猫", "output": "狗，鱼", "extra": 1}\n')
    g = read_generations(p)
    assert [(x.cue, x.output, x.line) for x in g] == [("dog", "cat, bone", 1), ("猫", "狗，鱼", 3)]


def test_finish_reason_length_or_truncated_marks_a_cut_answer(tmp_path):
    p = _write(tmp_path, '{"cue": "a", "output": "b", "finish_reason": "length"}\n'
                         '{"cue": "c", "output": "d", "finish_reason": "stop"}\n'
                         '{"cue": "e", "output": "f", "truncated": true}\n'
                         '{"cue": "g", "output": "h"}\n')
    assert [x.truncated for x in read_generations(p)] == [True, False, True, False]


@pytest.mark.parametrize("text, message", [
    ('{"cue": "a", "output": "b", "finish_reason": 3}\n',
     "gen.jsonl:1: 'finish_reason' must be a string, got 3"),
    ('{"cue": "a", "output": "b", "truncated": "yes"}\n',
     "gen.jsonl:1: 'truncated' must be true or false, got 'yes'"),
    ('{"cue": "a", "output": "b"}\n{"output": "c"}\n', "gen.jsonl:2: missing or empty 'cue'"),
    ('{"cue": "", "output": "c"}\n', "gen.jsonl:1: missing or empty 'cue'"),
    ('{"cue": 5, "output": "c"}\n', "gen.jsonl:1: 'cue' must be a string, got 5"),
    ('{"cue": "a"}\n', "gen.jsonl:1: missing 'output' string for cue 'a'"),
    ('{"cue": "a", "output": "b"\n', "gen.jsonl:1: not valid JSON"),
    ('["a", "b"]\n', "gen.jsonl:1: expected a JSON object"),
    ('{"cue": "a", "output": "b"}\n{"cue": "a", "output": "c"}\n',
     "gen.jsonl:2: duplicate cue 'a' (first at line 1)"),
])
def test_bad_lines(tmp_path, text, message):
    with pytest.raises(AlignJaxError) as e:
        read_generations(_write(tmp_path, text))
    assert message in str(e.value)
    assert "\n" not in str(e.value)


def test_missing_file(tmp_path):
    with pytest.raises(AlignJaxError, match="cannot read generations file"):
        read_generations(tmp_path / "nope.jsonl")


def test_a_byte_order_mark_is_not_data(tmp_path):
    # Windows tools (Notepad, PowerShell's Out-File) write one before the first line.
    p = tmp_path / "gen.jsonl"
    p.write_bytes("\ufeff".encode("utf-8") + b'{"cue": "dog", "output": "cat"}\n')
    assert [(x.cue, x.output) for x in read_generations(p)] == [("dog", "cat")]
