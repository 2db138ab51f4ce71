"""The answer parsers against the third blind corpus (tests/answer_corpus_blind3.py).

The corpus was written by hand before its author read the parser; every case not in AMBIGUOUS
must parse to exactly the expected words. A failure here means the parser (or, rarely, the
expectation) is wrong: the expectations are not to be edited to make a case pass.
"""

import pytest

import answer_corpus_blind3 as corpus
from align_jax.eval.answers import parse_answer, parse_ranking

_LISTS = [c for c in corpus.LISTS if c[0] not in corpus.AMBIGUOUS]
_RANKINGS = [c for c in corpus.RANKINGS if c[0] not in corpus.AMBIGUOUS]
_GROUPS = ("en_van_", "en_ft_", "zh_van_", "zh_ft_")
# Answers the corpus wrote as stopped by the token limit mid-word ("15. Destruc"): a reader
# sees the fragment, the parser is told by the generation record (finish_reason "length").
TRUNCATED = {"en_van_07", "en_van_22", "en_ft_11"}


def test_corpus_is_well_formed():
    ids = [c[0] for c in corpus.LISTS] + [c[0] for c in corpus.RANKINGS]
    assert len(ids) == len(set(ids))
    assert corpus.AMBIGUOUS <= set(ids)
    assert all(c[0].startswith(_GROUPS) for c in corpus.LISTS)
    assert all(c[0].startswith("rk_") for c in corpus.RANKINGS)
    for case in corpus.LISTS + corpus.RANKINGS:
        expected = case[-1]
        assert len(expected) == len(set(expected)), case[0]
        assert all(w == w.lower() and w.strip() == w and w for w in expected), case[0]


@pytest.mark.parametrize("case_id,cue,text,expected", _LISTS, ids=[c[0] for c in _LISTS])
def test_list_answer_matches_blind_reading(case_id, cue, text, expected):
    assert list(parse_answer(text, cue=cue, truncated=case_id in TRUNCATED).words) == expected


@pytest.mark.parametrize("case_id", sorted(TRUNCATED))
def test_a_cut_off_fragment_is_kept_when_the_record_does_not_say_truncated(case_id):
    _, cue, text, expected = next(c for c in corpus.LISTS if c[0] == case_id)
    words = list(parse_answer(text, cue=cue).words)
    assert words[:-1] == expected and words[-1] not in expected


@pytest.mark.parametrize("case_id,text,expected", _RANKINGS, ids=[c[0] for c in _RANKINGS])
def test_ranking_answer_matches_blind_reading(case_id, text, expected):
    assert list(parse_ranking(text).words) == expected
