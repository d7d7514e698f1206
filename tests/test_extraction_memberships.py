"""Extraction, memberships: lists of members after 'Forman parte del clúster, entre otros,', "En formen part, entre
d'altres,", 'are members of the cluster today, including', with names joined by '+'; each a text in and the
memberships out (names invented)."""

from __future__ import annotations

from pathlib import Path

from clusterld.extraction import extract

REPO = Path(__file__).resolve().parent.parent


def memberships(text: str) -> set[tuple[str, str]]:
    """The (member, organisation) pairs drafted from the text."""
    return {(f["member"], f["organisation"]) for f in extract(text, REPO).facts if f["type"] == "membership"}


def test_spanish_forman_parte_del_cluster_entre_otros() -> None:
    text = (
        "Noticias\n\nPor Ana López | 14 de febrero de 2025\n\n"
        "El Clúster de Movilidad de Teruel (CMT) agrupa a 120 empresas. "
        "Forman parte del clúster, entre otros, Ferralis, Vogt+Berger y la Universidad de Alcañiz. Todos invierten en I+D."
    )
    cmt = "cluster-de-movilidad-de-teruel"
    assert memberships(text) == {("ferralis", cmt), ("vogt-berger", cmt), ("universidad-de-alcaniz", cmt)}


def test_catalan_en_formen_part_entre_d_altres_is_the_organisation_before() -> None:
    text = (
        "Notícies\n\nPer Anna López | 14 de febrer de 2025\n\n"
        "El Clúster de l'Hidrogen de Tarragona (CHT) va celebrar dimarts la seva assemblea. "
        "En formen part, entre d'altres, Quimiserveis, Electrolit i la Universitat de Reus (UR). "
        "L'Associació Agroalimentària de Lleida (AAL) és el clúster de la fruita. Entre d'altres, en formen part Fruits Segrià i la Universitat de Balaguer."
    )
    cht, aal = "cluster-de-lhidrogen-de-tarragona", "associacio-agroalimentaria-de-lleida"
    assert memberships(text) == {("quimiserveis", cht), ("electrolit", cht), ("universitat-de-reus", cht), ("fruits-segria", aal), ("universitat-de-balaguer", aal)}


def test_members_of_the_cluster_today_including() -> None:
    text = (
        "Regional news\n\nBy Ann Lee | 14 February 2025\n\n"
        "The Karoo Automotive Cluster (KAC) was set up in 2005. Some 45 component makers and training institutions are members of the "
        "cluster today, including Bloem Motors, Vaal Pressings and the Karoo University of Technology."
    )
    kac = "karoo-automotive-cluster"
    assert memberships(text) == {("bloem-motors", kac), ("vaal-pressings", kac), ("karoo-university-of-technology", kac)}


def test_they_range_from_lists_the_members_of_the_organisation_before() -> None:
    text = (
        "Regional news\n\nBy Ann Lee | 14 February 2025\n\n"
        "The Olt IT Cluster has grown to 90 members. They range from software houses such as Fortis Soft to the University of Slatina, "
        "and include public bodies like the Olt County Council."
    )
    olt = "olt-it-cluster"
    assert memberships(text) == {("fortis-soft", olt), ("university-of-slatina", olt), ("olt-county-council", olt)}
