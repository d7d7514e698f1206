"""Extraction, boards: a board listed seat by seat and whom a board also includes; each a text in and the roles out
(names invented)."""

from __future__ import annotations

from pathlib import Path

from clusterld.extraction import extract

REPO = Path(__file__).resolve().parent.parent


def roles(text: str) -> set[tuple[str, str, str]]:
    """(person, organisation, role label) of every role drafted from the text."""
    return {(f["person"], f["organisation"], next(iter(f["role_label"].values()))) for f in extract(text, REPO).facts if f["type"] == "role"}


def test_a_board_listed_seat_by_seat() -> None:
    text = ("Noticias\n\nSevilla, 12 de marzo de 2026\n\nLa nueva junta directiva del Clúster Andaluz del Agua la forman: presidente, "
            "Juan Ortega (Aguas del Sur); vicepresidentes, María Ruiz (Hidrosur) y Pedro Gil (Riegos Béticos), y tesorero, Luis Mora.")
    agua = "cluster-andaluz-del-agua"
    assert roles(text) == {("juan-ortega", agua, "presidente"), ("maria-ruiz", agua, "vicepresidente"), ("pedro-gil", agua, "vicepresidente"), ("luis-mora", agua, "tesorero")}


def test_whom_a_board_also_includes_sits_on_it_and_a_seat_given_in_the_sentence_is_not_repeated() -> None:
    text = ("News\n\nBy Ann Lee | 12 March 2026\n\nThe Tees Process Cluster met on Tuesday. "
            "The board also includes Raj Patel of Hartlepool Pipes and Emma Lowe from Teesside University.")
    tees = "tees-process-cluster"
    assert roles(text) == {("raj-patel", tees, "board member"), ("emma-lowe", tees, "board member")}


def memberships(text: str) -> set[tuple[str, str]]:
    """(member, organisation) of every membership drafted from the text."""
    return {(f["member"], f["organisation"]) for f in extract(text, REPO).facts if f["type"] == "membership"}


def test_seats_on_lines_of_their_own_and_the_members_the_holders_come_from() -> None:
    text = ("Noticias\n\nSevilla, 12 de marzo de 2026\n\nEl Clúster Andaluz del Agua renovó su junta directiva en la asamblea general. "
            "La nueva junta queda así:\n\nPresidente: Juan Ortega (Aguas del Sur).\n\nVicepresidenta primera: María Ruiz (Hidrosur).\n\n"
            "Tesorero: Luis Mora, ingeniero de caminos.")
    agua = "cluster-andaluz-del-agua"
    assert roles(text) == {("juan-ortega", agua, "presidente"), ("maria-ruiz", agua, "vicepresidenta primera"), ("luis-mora", agua, "tesorero")}
    assert memberships(text) == {("aguas-del-sur", agua), ("hidrosur", agua)}


def test_a_board_that_someone_will_chair_and_seats_named_before_their_holders() -> None:
    text = ("Noticias\n\nCiudad Real, 12 de marzo de 2026\n\nEl Clúster del Hidrógeno de La Mancha (CHLM) nació el martes en Almagro. "
            "Los socios eligieron a la primera junta directiva, que presidirá Rafael Ortega Gil. "
            "Le acompañan como vicepresidenta Nuria Ruiz Sanz; como secretario, Jesús Arroyo Mesa, y como tesorera, Pilar Molina Cano. "
            "La gerencia recaerá en Laura Megía Prieto.")
    chlm = "cluster-del-hidrogeno-de-la-mancha"
    assert roles(text) == {
        ("rafael-ortega-gil", chlm, "presidente"), ("nuria-ruiz-sanz", chlm, "vicepresidenta"), ("jesus-arroyo-mesa", chlm, "secretario"),
        ("pilar-molina-cano", chlm, "tesorera"), ("laura-megia-prieto", chlm, "gerente"),
    }
