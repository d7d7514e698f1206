"""Extraction, text: sentence splitting with the hazards of scraped news, reading an article's bytes, and the
metadata its by-line gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from clusterld.errors import InputError
from clusterld.extraction import extract
from clusterld.extraction.normalise import clean_label, fold, slugify
from clusterld.extraction.sentences import split_sentences
from clusterld.extraction.source import MAX_BYTES, read_article

REPO = Path(__file__).resolve().parent.parent


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_spans_are_exact_slices_of_the_raw_text() -> None:
    text = "  • First point without a stop\n\nSecond sentence.  Third one.\n"
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text


def test_no_break_space_and_double_space_stay_inside_a_sentence() -> None:
    text = "Melqui Calzado, General Secretary and cluster \u00a0manager, met CataloniaBio &  HealthTech. Then he left."
    assert texts(text) == ["Melqui Calzado, General Secretary and cluster \u00a0manager, met CataloniaBio &  HealthTech.", "Then he left."]


def test_bullets_without_full_stop_are_sentences_of_their_own() -> None:
    text = "Title line\n\n  • The agreement was signed in Barcelona\n  • The cluster belongs to the programme\n- dash bullet\n1. numbered item"
    assert texts(text) == ["Title line", "The agreement was signed in Barcelona", "The cluster belongs to the programme", "dash bullet", "numbered item"]
    assert split_sentences(text)[0].standalone_line


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    text = "On the second day, Mr. Sommer met Dr. Jane Doe and Michael E. Porter in the U.S. capital. They talked."
    assert texts(text) == ["On the second day, Mr. Sommer met Dr. Jane Doe and Michael E. Porter in the U.S. capital.", "They talked."]


def test_spanish_and_catalan_titles_do_not_end_a_sentence() -> None:
    text = "Su administradora ejecutiva, la Dra. Ilídia Moreira, habló con la Sra. Pons y el Lic. Ruiz. Después firmaron."
    assert texts(text) == ["Su administradora ejecutiva, la Dra. Ilídia Moreira, habló con la Sra. Pons y el Lic. Ruiz.", "Después firmaron."]


def test_decimals_and_dotted_dates_do_not_end_a_sentence() -> None:
    text = "Biotech holds 16.5 percent of its public companies. Source: Medicon Valley Alliance, 04.07.2011"
    assert texts(text) == ["Biotech holds 16.5 percent of its public companies.", "Source: Medicon Valley Alliance, 04.07.2011"]


def test_ellipsis_does_not_end_a_sentence() -> None:
    assert texts("Submitted by Alina Danieles… on 09 November 2016. Next.") == ["Submitted by Alina Danieles… on 09 November 2016.", "Next."]
    assert texts("It grew... Then it shrank.") == ["It grew... Then it shrank."]


def test_markdown_heading_marker_is_not_part_of_the_sentence() -> None:
    assert texts("# Five facts about clusters\n\nBody text here.") == ["Five facts about clusters", "Body text here."]


def test_hard_wrapped_text_joins_lines_into_sentences() -> None:
    line = "The Basque Energy Cluster held its annual general assembly in Bilbao and"
    text = "\n".join([line, "more than two hundred professionals from the energy industry came to", "listen to the talks about floating offshore wind in the bay of", "Biscay. The next assembly takes place in the spring of next year in Vitoria."])
    sentences = texts(text)
    assert len(sentences) == 2 and sentences[0].startswith(line) and sentences[0].endswith("Biscay.")


def test_very_long_runs_are_cut_into_bounded_pieces() -> None:
    sentences = split_sentences("word " * 5000)
    assert len(sentences) > 3 and all(len(s.text) <= 1500 for s in sentences)


def test_fold_unifies_case_accents_ampersand_and_spacing() -> None:
    assert fold("ACCIÓ") == fold("accio")
    assert fold("CataloniaBio &  HealthTech") == fold("CataloniaBio and HealthTech")
    assert fold("cluster\u00a0manager") == "cluster manager"


def test_labels_and_slugs_are_clean() -> None:
    assert clean_label("  cluster \u00a0manager, ") == "cluster manager"
    assert slugify("CataloniaBio & HealthTech – Boston’s mission") == "cataloniabio-and-healthtech-bostons-mission"


def test_read_article_accepts_utf8_and_normalises_line_ends() -> None:
    assert read_article("\ufeffTitle\r\nBody.\r\n".encode("utf-8"), Path("a.txt")) == "Title\nBody.\n"


def test_read_article_skips_front_matter_of_a_document() -> None:
    assert read_article(b"---\nid: x\ntitle: T\n---\nThe text.", Path("d.md")) == "The text."


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Caf\u00e9 cluster".encode("latin-1"), "not UTF-8"),
        (b"x" * (MAX_BYTES + 1), "at most"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(raw: bytes, message: str) -> None:
    with pytest.raises(InputError) as error:
        read_article(raw, Path("bad.txt"))
    assert message in str(error.value) and "bad.txt" in str(error.value)


@pytest.mark.parametrize(
    ("byline", "author", "published"),
    [
        ("By Ann Lee | 14 February 2025", "Ann Lee", "2025-02-14"),
        ("By Jean-Paul Roux – 3 March 2024", "Jean-Paul Roux", "2024-03-03"),
        ("Por Lucía Fernández – 8 de agosto de 2024", "Lucía Fernández", "2024-08-08"),
        ("Per Jordi Puig, 7 de març de 2024", "Jordi Puig", "2024-03-07"),
        ("Laia Soler · Barcelona · Dijous, 12 de març de 2026", "Laia Soler", "2026-03-12"),
        ("Entrevista de Carla Ribes | València | Lunes, 18 de mayo de 2026", "Carla Ribes", "2026-05-18"),
    ],
)
def test_a_byline_gives_the_author_and_the_date(byline: str, author: str, published: str) -> None:
    draft = extract(f"A headline\n\n{byline}\n\nAcme Cluster signed an agreement.", REPO)
    assert (draft.front.get("author"), draft.front.get("published")) == (author, published)


def test_a_catalan_sentence_with_a_middle_dot_is_no_byline_and_its_facts_are_drafted() -> None:
    text = "Notícies\n\nPer Jordi Puig, 22 d'abril de 2026\n\nClúster TIC i Clúster Gourmet signen un acord de col·laboració."
    draft = extract(text, REPO)
    assert draft.front.get("author") == "Jordi Puig"
    assert [f["parties"] for f in draft.facts if f["type"] == "agreement"] == [["cluster-tic", "cluster-gourmet"]]


def test_a_sentence_may_open_with_a_guillemet_or_an_inverted_mark() -> None:
    assert texts("La Cámara organizó una misión. «Perú nos lleva ventaja», afirmó. ¿Y ahora? Otra frase.") == [
        "La Cámara organizó una misión.", "«Perú nos lleva ventaja», afirmó.", "¿Y ahora?", "Otra frase."]
