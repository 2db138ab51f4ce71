"""PPO rewards: the paper's ranking reward in both languages (well-formed and malformed
answers), the association rewards, the registry and the reward-model hook."""

import numpy as np
import pytest
from scipy import stats

from align_jax.errors import AlignJaxError
from align_jax.ppo import rewards
from align_jax.ppo.rewards import FAILURE, parse_final_ranking, spearman_ranking

EN = {"prompt": "rank", "gold": ["Dog", "cat", "bone", "leash"], "gold_counts": [40, 20, 10, 5]}
ZH = {"prompt": "排序", "gold": ["猫", "狗", "宠物", "可爱"], "gold_counts": [30, 20, 10, 5]}


def ranking(responses, task):
    return rewards.score("ranking_spearman", responses, [task] * len(responses))


def test_english_rankings():
    r = ranking([
        "The dog is the classic answer.\nFinal Ranking: dog, cat, bone, leash",
        "**Final Ranking:** leash, bone, cat, dog",
        "Final ranking:\n1. cat\n2. dog\n3. bone\n4. leash\n\nHope this helps!",
        "final ranking: dog, cat, leash, bone.",
    ], EN)
    expected_third = stats.spearmanr([1, 2, 3, 4], [2, 1, 3, 4]).statistic  # 0.8
    expected_fourth = stats.spearmanr([1, 2, 3, 4], [1, 2, 4, 3]).statistic
    np.testing.assert_allclose(r, [1.0, -1.0, expected_third, expected_fourth], rtol=1e-6)


def test_mandarin_rankings():
    r = ranking(["理由略。\n最终排名：猫，狗，宠物，可爱", "最终排名: 可爱、宠物、狗、猫",
                 "最终排名：\n1. 狗\n2. 猫\n3. 宠物\n4. 可爱"], ZH)
    np.testing.assert_allclose(r, [1.0, -1.0, 0.8], rtol=1e-6)


def test_last_marker_wins_and_unknown_words_rank_k_plus_1():
    text = "Final Ranking: leash, bone\n...on reflection...\nFinal Ranking: dog, unicorn, cat"
    assert parse_final_ranking(text) == ["dog", "unicorn", "cat"]
    # gold ranks 1, K+1 = 5, 2 at positions 1, 2, 3.
    want = stats.spearmanr([1, 2, 3], [1, 5, 2]).statistic
    assert ranking([text], EN)[0] == pytest.approx(want)


@pytest.mark.parametrize("text", [
    "", "dog, cat, bone, leash",               # no marker
    "Final Ranking:", "Final Ranking:\n\n",    # nothing after it
    "Final Ranking: dog",                       # one word: no correlation
    "Final Ranking: unicorn, dragon, griffin",  # all unknown: constant ranks, NaN rho
    "最终排名：", "最终排名：独角兽，龙"])
def test_malformed_answers_score_minus_one(text):
    assert ranking([text], EN if "最终" not in text else ZH)[0] == FAILURE


def test_tied_counts_share_a_rank():
    # "cat" and "bone" tie: either order of the two is equally right.
    counts = [40, 20, 20, 5]
    a = spearman_ranking(["dog", "cat", "bone", "leash"], EN["gold"], counts)
    b = spearman_ranking(["dog", "bone", "cat", "leash"], EN["gold"], counts)
    assert a == b and a > 0.9


def test_association_rewards():
    task = {"prompt": "p", "human": [("dog", 50), ("bone", 30), ("leash", 20)]}
    p = rewards.score("association_precision", ["Dog, bone, fish, tree"], [task], k=4)
    c = rewards.score("association_coverage", ["Dog, bone, fish, tree"], [task])
    np.testing.assert_allclose(p, [0.5])
    np.testing.assert_allclose(c, [0.8])
    # Without "human", the gold words of a ranking task are the reference.
    np.testing.assert_allclose(rewards.score("association_precision", ["cat, dog"], [EN], k=2), [1.0])


def test_registry_and_reward_model_hook():
    with pytest.raises(AlignJaxError, match="not a registered reward"):
        rewards.get("no_such_reward")
    with pytest.raises(AlignJaxError, match="already registered"):
        rewards.register("ranking_spearman")(lambda r, t: r)
    rewards.register_reward_model("test_length_rm", lambda prompts, responses: [
        len(r) - len(p) for p, r in zip(prompts, responses)])
    np.testing.assert_allclose(rewards.score("test_length_rm", ["abcdef", "ab"], [EN, EN]), [2.0, -2.0])
    rewards.register_reward_model("test_bad_rm", lambda prompts, responses: [1.0])
    with pytest.raises(AlignJaxError, match="returned shape"):
        rewards.score("test_bad_rm", ["a", "b"], [EN, EN])
    # A reward that produces NaN scores the failure value.
    rewards.register("test_nan")(lambda responses, tasks: np.full(len(responses), np.nan))
    np.testing.assert_array_equal(rewards.score("test_nan", ["a"], [EN]), [FAILURE])


def test_parse_failures_are_reported():
    texts = ["Final Ranking: dog, cat, bone, leash", "I would rank dog first.",
             "Final Ranking: unicorn, dragon"]  # parsed, but no gold word: ρ is NaN, not a parse failure
    scores, failed = rewards.score_details("ranking_spearman", texts, [EN] * 3)
    np.testing.assert_allclose(scores, [1.0, FAILURE, FAILURE])
    np.testing.assert_array_equal(failed, [False, True, False])
    task = {"prompt": "p", "cue": "dog", "human": [("cat", 3), ("bone", 2)]}
    scores, failed = rewards.score_details("association_precision",
                                           ["Dog\n\ncat, bone", "Sorry, I cannot help with that."],
                                           [task, task], k=2)
    np.testing.assert_allclose(scores, [1.0, 0.0])     # the cue heading is not a word
    np.testing.assert_array_equal(failed, [False, True])
    # A reward without parse information reports none (registered here: under pytest-xdist
    # this test may run in a process where the registry test did not).
    rewards.register_reward_model("test_no_parse_info_rm", lambda prompts, responses: [0.0] * len(responses))
    assert not rewards.score_details("test_no_parse_info_rm", ["ab"], [EN])[1].any()


def test_the_authors_ranking_formats_score_their_spearman():
    perfect = ["Final Ranking:\nRank 1: dog\nRank 2: cat\nRank 3: bone\nRank 4: leash",
               "Final Ranking: dog > cat > bone > leash",
               "Final Ranking:\n1. dog (the most common sense)\n2. cat\n3. bone\n4. leash"]
    np.testing.assert_allclose(ranking(perfect, EN), [1.0, 1.0, 1.0])
    zh = "最终排名：\n排名1：猫\n排名2：狗\n排名3：宠物\n排名4：可爱"
    assert ranking([zh], ZH)[0] == pytest.approx(1.0)


def test_rollouts_cut_by_the_token_limit_lose_their_unfinished_word():
    # "lea" is "leash" cut by the limit: read as a word, it takes rank K+1 = 5.
    cut = "Final Ranking: dog, unicorn, cat, bone, lea"
    whole, = rewards.score("ranking_spearman", [cut], [EN])
    dropped, = rewards.score("ranking_spearman", [cut], [EN], truncated=[True])
    assert whole == pytest.approx(stats.spearmanr(range(5), [1, 5, 2, 3, 5]).statistic)
    assert dropped == pytest.approx(stats.spearmanr(range(4), [1, 5, 2, 3]).statistic)
    task = {"prompt": "p", "cue": "dog", "human": [("cat", 3), ("bone", 2), ("leash", 1)]}
    assert rewards.score("association_precision", ["cat, bone, lea"], [task], k=3,
                         truncated=[True])[0] == pytest.approx(2 / 3)
    assert rewards.score("association_coverage", ["cat, bone, leash, tr"], [task],
                         truncated=[True])[0] == pytest.approx(1.0)
    # A finished answer keeps its last word.
    assert rewards.score("ranking_spearman", [cut], [EN], truncated=[False])[0] == whole


def test_rewards_that_do_not_take_the_flag_are_not_given_it():
    rewards.register("test_no_flag")(rewards.per_sample(lambda response, task: float(len(response))))
    np.testing.assert_allclose(rewards.score("test_no_flag", ["abc"], [EN], truncated=[True]), [3.0])
    rewards.register_reward_model("test_rm_no_flag", lambda prompts, responses: [1.0] * len(responses))
    np.testing.assert_allclose(rewards.score("test_rm_no_flag", ["a"], [EN], truncated=[True]), [1.0])
    # A batch reward that names the parameter is given the flags.
    rewards.register("test_batch_flag")(
        lambda responses, tasks, truncated=None: np.array([float(bool(t)) for t in truncated]))
    np.testing.assert_allclose(rewards.score("test_batch_flag", ["a", "b"], [EN, EN],
                                             truncated=[True, False]), [1.0, 0.0])
    with pytest.raises(ValueError):  # one flag per response
        rewards.score("ranking_spearman", ["Final Ranking: dog, cat"] * 2, [EN] * 2, truncated=[True])


def test_cut_by_limit_reads_the_rollout_rows():
    from align_jax.ppo.tasks import cut_by_limit
    stop = 2
    tokens = np.array([[5, 6, 7, 8],     # fills the row, no stop: cut by the limit
                       [5, 6, 7, stop],  # fills the row and ends in the stop token
                       [5, 6, stop, 0],  # stopped early
                       [0, 0, 0, 0]])    # empty
    mask = np.array([[1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 0], [0, 0, 0, 0]])
    assert cut_by_limit(tokens, mask, [stop]) == [True, False, False, False]
