import pytest

from search.text import analyze, analyze_query, clean_query


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("securite alimentaire", "Sécurité alimentaire"),
        ("aines", "aînés"),
        ("alimentaires", "alimentaire"),
        ("SÉCURITÉ", "sécurité"),
        ("ecole", "l'école"),
        ("oeuvre", "œuvre"),
    ],
)
def test_typed_words_meet_written_words(typed, written):
    assert analyze_query(typed) == analyze_query(written)
    assert set(analyze_query(typed)) <= set(analyze(f"Un texte sur {written} ici"))


def test_stop_words_and_punctuation_are_not_tokens():
    assert analyze("Le, la; les! et des?") == []


def test_queries_are_cut_and_cleaned():
    assert len(clean_query("x" * 500)) == 200
    assert clean_query("  tab\tet\x00nul  ") == "tab et nul"
    assert len(analyze_query(" ".join(f"mot{i}" for i in range(50)))) == 12
