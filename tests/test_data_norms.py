"""Loading norms: every format, both languages, cleaning rules, and the errors users see."""

from pathlib import Path

import pytest

from align_jax.data import fixture_path
from align_jax.data.norms import detect_language, load_norms, normalize_word, write_counts_csv
from align_jax.errors import AlignJaxError

SWOW_EN = Path(__file__).resolve().parents[2] / "shared" / "data" / "swow" / "strength.SWOW-EN.R1.csv"
HEX = "0123456789abcdef0123456789abcdef"


def write(tmp_path, name, text, encoding="utf-8"):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return p


def test_strength_comma_r1(tmp_path):
    p = write(tmp_path, "strength.SWOW-EN.R1.csv",
              "cue,response,R1,N,R1.Strength\n"
              "dog,cat,10,20,0.5\ndog,bone,3,20,0.15\ndog,Cat,2,20,0.1\ndog,NA,5,20,0.25\n"
              "cat,mouse,4,9,0.44\ncat,dog,4,9,0.44\ncat,#Missing,1,9,0.1\n")
    norms, stats = load_norms(p, response_set="R1")
    assert norms.language == "en"
    # "Cat" merges into "cat" (10 + 2); ties sorted by response ascending.
    assert norms.cues == {"cat": [("dog", 4), ("mouse", 4)], "dog": [("cat", 12), ("bone", 3)]}
    assert stats.missing == 2 and stats.bad_rows == 0 and stats.rows == 7


def test_strength_tab_separated_r123_picks_its_count_column(tmp_path):
    p = write(tmp_path, "strength.SWOW-EN.R123.csv",
              "cue\tresponse\tR123\tN\tR123.Strength\nsun\thot\t30\t60\t0.5\nsun\tmoon\t20\t60\t0.3\n")
    norms, _ = load_norms(p, response_set="R1")  # the file only has R123: use it
    assert norms.cues == {"sun": [("hot", 30), ("moon", 20)]}


def test_plain_counts_and_cleaning(tmp_path):
    p = write(tmp_path, "norms.csv",
              "cue,response,count\n"
              "  Dog ,  Cat ,3\n"
              "dog,ｃａｔ,2\n"           # full-width Latin: NFKC folds it to "cat"
              "dog,hot   dog,1\n"       # inner whitespace collapses
              "dog,#Unknown,9\n"
              f"dog,{HEX},4\n"           # masked response of the Mandarin release
              "dog,,4\n"
              "dog,unknown,1\n")        # a real word, kept (only "#Unknown" is a marker)
    norms, stats = load_norms(p)
    assert norms.cues == {"dog": [("cat", 5), ("hot dog", 1), ("unknown", 1)]}
    assert (stats.missing, stats.masked) == (2, 1)


def test_min_count_and_several_files_sum(tmp_path):
    a = write(tmp_path, "a.csv", "cue,response,count\nsea,blue,2\nsea,wave,1\nsky,blue,1\n")
    b = write(tmp_path, "b.csv", "cue,response,count\nsea,wave,1\nsea,fish,1\n")
    norms, stats = load_norms([a, b], min_count=2)
    assert norms.cues == {"sea": [("blue", 2), ("wave", 2)]}
    assert stats.below_min_count == 2 and stats.files == [str(a), str(b)]


RAW = (
    "participantID,age,gender,nativeLanguage,country,education,cue,R1,R2,R3\n"
    "1,30,Fe,United States,United States,4,dog,cat,bone,NA\n"
    "2,41,Ma,United States,United States,3,dog,Cat,#Missing,walk\n"
    "3,25,Fe,Other,Canada,2,dog,wolf,cat,\n"
    "4,33,Ma,United States,Belgium,5,dog,#Unknown,bark,leash\n"
)


def test_raw_participants_r1_and_r123(tmp_path):
    p = write(tmp_path, "SWOW-EN.R100.csv", RAW)
    r1, _ = load_norms(p, response_set="R1")
    assert r1.cues == {"dog": [("cat", 2), ("wolf", 1)]}
    r123, stats = load_norms(p, response_set="R123")
    assert r123.cues == {"dog": [("cat", 3), ("bark", 1), ("bone", 1), ("leash", 1), ("walk", 1), ("wolf", 1)]}
    assert stats.missing == 4  # NA, #Missing, empty, #Unknown


def test_raw_participants_filters(tmp_path):
    p = write(tmp_path, "SWOW-EN.R100.csv", RAW)
    us, stats = load_norms(p, response_set="R123", country="United States")
    assert us.cues == {"dog": [("cat", 2), ("bone", 1), ("walk", 1)]}
    assert stats.filtered == 2
    native, _ = load_norms(p, response_set="R1", native_language="united states")  # case-insensitive
    assert native.cues == {"dog": [("cat", 2)]}


def test_raw_mandarin_masked_and_dated_name(tmp_path):
    p = write(tmp_path, "SWOWZH.R55.20230424.csv",
              "participantID,age,gender,nativeLanguage,country,education,cue,R1,R2,R3\n"
              f"1,20,F,Chinese,China,3,猫,狗,{HEX.upper()},老鼠\n"
              "2,22,M,Chinese,China,3,猫,狗，,鱼,NA\n"        # full-width comma inside a response
              "3,22,M,Chinese,China,3,猫, 老鼠 ,#Unknown,\n")
    norms, stats = load_norms(p)
    assert norms.language == "zh"
    # NFKC turns the full-width "，" into ","; ties in count sort by the response.
    assert norms.cues == {"猫": [("老鼠", 2), ("狗", 1), ("狗,", 1), ("鱼", 1)]}
    assert stats.masked == 1 and stats.missing == 3


def test_packaged_fixtures_both_languages(tmp_path):
    en, _ = load_norms(fixture_path("en"))
    zh, _ = load_norms(fixture_path("zh"))
    assert en.language == "en" and zh.language == "zh"
    assert 40 <= len(en.cues) <= 80 and 40 <= len(zh.cues) <= 80
    for norms in (en, zh):
        for resp in norms.cues.values():
            assert 8 <= len(resp) <= 20
            assert resp == sorted(resp, key=lambda rc: (-rc[1], rc[0]))
    # Written back as plain counts, they load to the same norms.
    out = tmp_path / "zh.csv"
    write_counts_csv(zh, out)
    assert load_norms(out)[0] == zh


def test_normalize_and_detect_language():
    assert normalize_word("  ÉCOLE\u00a0 Maternelle ") == "école maternelle"
    assert normalize_word("猫咪") == "猫咪"
    assert detect_language(["狗", "猫", "dog"]) == "zh"
    assert detect_language(["dog", "cat", "sun", "狗"]) == "en"


# ----------------------------------------------------------------------------- bad inputs


def test_missing_columns_named_with_file_and_row(tmp_path):
    p = write(tmp_path, "s.csv", "cue,response,N\ndog,cat,3\n")
    with pytest.raises(AlignJaxError) as e:
        load_norms(p, fmt="strength")
    msg = str(e.value)
    assert str(p) in msg and "row 1" in msg and "R1 or R123" in msg and "\n" not in msg


def test_unrecognised_header(tmp_path):
    p = write(tmp_path, "x.csv", "word,assoc,freq\ndog,cat,3\n")
    with pytest.raises(AlignJaxError, match=r"x\.csv: row 1: unrecognised header"):
        load_norms(p)


def test_undecodable_bytes_name_the_row(tmp_path):
    p = write(tmp_path, "latin1.csv", "cue,response,count\ndog,cat,1\ncafé,latte,2\n".encode("latin-1"))
    with pytest.raises(AlignJaxError, match=r"latin1\.csv: row 3: not UTF-8 text \(byte 0xe9\)"):
        load_norms(p)


def test_no_usable_rows(tmp_path):
    p = write(tmp_path, "empty.csv", "cue,response,count\ndog,NA,3\ncat,#Missing,2\n")
    with pytest.raises(AlignJaxError, match=r"empty\.csv: rows 2-3: no usable rows \(2 missing\)"):
        load_norms(p)
    with pytest.raises(AlignJaxError, match="row 1: empty file"):
        load_norms(write(tmp_path, "blank.csv", ""))
    with pytest.raises(AlignJaxError, match="not found|cannot read"):
        load_norms(tmp_path / "absent.csv")


def test_bad_rows_are_skipped_and_counted(tmp_path):
    p = write(tmp_path, "some_bad.csv",
              "cue,response,count\ndog,cat,3\ndog,bone\ndog,leash,many\n,tail,2\ndog,walk,-1\ndog,fur,1\n")
    norms, stats = load_norms(p)
    assert norms.cues == {"dog": [("cat", 3), ("fur", 1)]}
    assert stats.bad_rows == 4
    assert stats.bad_examples[0] == f"{p}: row 3: 2 fields, header has 3"
    assert stats.bad_examples[1].startswith(f"{p}: row 4: count 'many'")
    assert "row 5: empty cue" in stats.bad_examples[2]


def test_bad_options(tmp_path):
    p = write(tmp_path, "a.csv", "cue,response,count\ndog,cat,3\n")
    with pytest.raises(AlignJaxError, match="unknown norms format"):
        load_norms(p, fmt="xlsx")
    with pytest.raises(AlignJaxError, match="unknown response set"):
        load_norms(p, response_set="R2")
    with pytest.raises(AlignJaxError, match="missing column.*country"):
        load_norms(p, country="United States")


# ----------------------------------------------------------------------------- real data


@pytest.mark.realdata
@pytest.mark.skipif(not SWOW_EN.is_file(), reason="../shared/data/swow/strength.SWOW-EN.R1.csv is absent")
def test_real_swow_en_r1():
    norms, stats = load_norms(SWOW_EN, response_set="R1")
    assert len(norms.cues) == 12_217 and norms.language == "en"
    assert stats.bad_rows == 0 and stats.rows == 483_636
    assert norms.cues["abel"][0] == ("cain", 55)


def test_raw_missing_response_columns(tmp_path):
    p = write(tmp_path, "SWOW-EN.R100.csv", "participantID,cue,R1\n1,dog,cat\n")
    assert load_norms(p, response_set="R1")[0].cues == {"dog": [("cat", 1)]}
    with pytest.raises(AlignJaxError, match=r"SWOW-EN\.R100\.csv: row 1: missing column\(s\) R2, R3 for the 'raw'"):
        load_norms(p, response_set="R123")
    with pytest.raises(AlignJaxError, match=r"missing column\(s\) nativeLanguage"):
        load_norms(p, response_set="R1", native_language="English")


@pytest.mark.parametrize("bad", ["nan", "NaN", "inf", "-inf", "1e400"])
def test_non_finite_count_is_a_bad_row(tmp_path, bad):
    # float() reads these; int() of them raised ValueError/OverflowError (a traceback).
    p = write(tmp_path, "strength.csv",
              f"cue,response,R1,N,R1.Strength\ndog,cat,3,4,0.75\ndog,bone,{bad},4,0.25\n")
    norms, stats = load_norms(p, response_set="R1")
    assert norms.cues == {"dog": [("cat", 3)]}
    assert stats.bad_rows == 1
    assert stats.bad_examples == [f"{p}: row 3: count {bad!r} is not a whole number >= 0"]
    # A file whose every row is bad ends with the loader's one-line error.
    q = write(tmp_path, "all_bad.csv", f"cue,response,R1,N,R1.Strength\ndog,cat,{bad},4,1\n")
    with pytest.raises(AlignJaxError, match=r"all_bad\.csv: rows 2-2: no usable rows \(1 bad rows\)"):
        load_norms(q, response_set="R1")
