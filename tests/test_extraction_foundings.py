"""Extraction, foundings: an opening participle with what the organisation was created under, and a name followed by
its name in another language and a legal form; each a text in and the foundings out (names invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from clusterld.extraction import extract

REPO = Path(__file__).resolve().parent.parent


def foundings(text: str) -> set[tuple[str, str]]:
    """(organisation, date) of every founding drafted from the text."""
    return {(f["organisation"], f["date"]) for f in extract(text, REPO).facts if f["type"] == "founding"}


def test_creada_en_a_year_a_partir_de_a_law_then_the_organisation() -> None:
    text = (
        "Noticias\n\nPor Ana Ruiz | 20 de octubre de 2026\n\n"
        "Creada en 2004 a partir de la ley 25.849, la Corporación Vitivinícola del Cuyo (Covicu) es una entidad de derecho público no estatal."
    )
    assert foundings(text) == {("corporacion-vitivinicola-del-cuyo", "2004")}


def test_a_name_with_its_german_name_and_legal_form_in_brackets_was_set_up() -> None:
    text = (
        "Port news\n\nBy Ann Lee | 3 September 2026\n\n"
        "The Weser Shipping Cluster (Weser Schifffahrtscluster e.V.) was set up in 2011 and connects companies from five states."
    )
    assert ("weser-shipping-cluster", "2011") in foundings(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El Clúster de Logística de Aragón (ALIA) es una asociación sin ánimo de lucro creada en 2008 y con sede en Zaragoza.", {("cluster-de-logistica-de-aragon", "2008")}),
        ("The Hunter Manufacturing Network (HMN) is a non-profit network founded in 2001.", {("hunter-manufacturing-network", "2001")}),
    ],
)
def test_an_acronym_between_the_name_and_what_it_is_keeps_its_founding(text: str, expected: set[tuple[str, str]]) -> None:
    assert foundings(text) == expected


def test_an_organisation_described_by_an_apposition_naming_others_was_created() -> None:
    text = ("Nace el clúster\n\nCiudad Real, 3 de marzo de 2026.\n\n"
            "El CNH3, un consorcio público participado por el Ministerio de Ciencia y la Junta de Comunidades, fue creado en 2007.")
    assert foundings(text) == {("cnh3", "2007")}
