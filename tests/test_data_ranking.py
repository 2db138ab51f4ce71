"""PPO ranking tasks: K shuffled associations, gold frequency order, both languages."""

import pytest

from align_jax.data import fixture_path
from align_jax.data.norms import load_norms
from align_jax.data.ranking import RankingConfig, build_ranking_tasks
from align_jax.data.templates import PromptTemplates
from align_jax.errors import AlignJaxError


@pytest.mark.parametrize("language,marker,sep", [("en", "Final Ranking:", ", "), ("zh", "最终排名：", "，")])
def test_tasks(language, marker, sep):
    norms = load_norms(fixture_path(language))[0]
    cues = sorted(norms.cues)[:20]
    tasks = build_ranking_tasks(norms.cues, cues, PromptTemplates.for_language(language))
    assert len(tasks) == 6 * 20
    for t in tasks:
        counts = dict(norms.cues[t.cue])
        assert len(t.shown) == 10 and sorted(t.shown) == sorted(t.gold)
        assert set(t.gold) <= set(counts)
        assert list(t.gold_counts) == [counts[w] for w in t.gold]
        assert list(t.gold_counts) == sorted(t.gold_counts, reverse=True)
        assert marker in t.prompt and sep.join(t.shown) in t.prompt and t.cue in t.prompt
    # Shown orders are shuffled (not the gold order), questions of a cue differ.
    assert sum(t.shown != t.gold for t in tasks) > 100
    assert len({t.gold for t in tasks if t.cue == cues[0]}) > 1
    n_val = sum(t.split == "val" for t in tasks)
    assert 2 <= n_val <= 25 and {t.split for t in tasks} == {"train", "val"}
    again = build_ranking_tasks(norms.cues, cues, PromptTemplates.for_language(language))
    assert again == tasks


def test_short_cues_use_fewer_words_or_are_skipped():
    norms = {"a": [("x", 5), ("y", 3), ("w", 1), ("z", 1)], "b": [("x", 2), ("y", 1)]}
    tasks = build_ranking_tasks(norms, ["a", "b"], PromptTemplates.for_language("en"),
                                RankingConfig(questions_per_cue=2))
    assert [t.cue for t in tasks] == ["a", "a"]
    assert all(t.gold == ("x", "y", "w", "z") and "Here are 4 words" in t.prompt for t in tasks)
    with pytest.raises(AlignJaxError):
        build_ranking_tasks(norms, ["a"], PromptTemplates.for_language("en"), RankingConfig(k=1))
