"""Extraction, values: dates absolute and relative (with the derivation noted) and numbers with qualifiers."""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from clusterld.extraction import extract
from clusterld.extraction.dates import find_dates
from clusterld.extraction.gazetteer import load_knowledge
from clusterld.extraction.numbers import find_numbers, measure

REPO = Path(__file__).resolve().parent.parent
EMPLOYEES = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/clusterld/def/indicator/number-of-employees> a skos:Concept ;
    skos:prefLabel "number of employees"@en ; skos:altLabel "employment"@en ; skos:inScheme <https://w3id.org/clusterld/def/indicator> .
<https://w3id.org/clusterld/def/unit/persons> a skos:Concept ;
    skos:prefLabel "persons"@en ; skos:altLabel "people"@en ; skos:inScheme <https://w3id.org/clusterld/def/unit> .
"""


def one_date(text: str, article: date | None, language: str = "en") -> tuple[str | None, str | None, str | None]:
    (found,) = find_dates(text, 0, len(text), article, language)
    return found.begin, found.finish, found.note


@pytest.mark.parametrize(
    ("text", "begin", "finish"),
    [
        ("on 09 November 2016", "2016-11-09", "2016-11-09"),
        ("on November 9, 2016", "2016-11-09", "2016-11-09"),
        ("from 3-5 May 2022", "2022-05-03", "2022-05-05"),
        ("in October 2016", "2016-10", "2016-10"),
        ("dated 2016-11-09", "2016-11-09", "2016-11-09"),
        ("founded in 1985", "1985", "1985"),
        ("a growth from 2000-2009", "2000", "2009"),
        ("Barcelona, 7 de març de 2024", "2024-03-07", "2024-03-07"),
        ("Monterrey, 16 de octubre de 2023", "2023-10-16", "2023-10-16"),
        ("el 3 d'abril de 2024", "2024-04-03", "2024-04-03"),
        ("creat l'any 2013", "2013", "2013"),
        ("on Tuesday, 14 March 2023", "2023-03-14", "2023-03-14"),
    ],
)
def test_absolute_dates(text: str, begin: str, finish: str) -> None:
    assert one_date(text, None)[:2] == (begin, finish)


def test_dotted_date_is_read_day_first_and_says_so() -> None:
    begin, _, note = one_date("Source: Medicon Valley Alliance, 04.07.2011", None)
    assert begin == "2011-07-04" and "DD.MM.YYYY" in (note or "") and "2011-04-07" in (note or "")


@pytest.mark.parametrize(
    ("text", "article", "begin", "finish"),
    [
        ("held in Barcelona last 20 and 21 of October", date(2016, 11, 9), "2016-10-20", "2016-10-21"),
        ("During the past five years, employment grew", date(2011, 7, 4), "2006", "2011"),
        ("travelled to Boston this past week", date(2021, 3, 10), "2021-03", "2021-03"),
        ("a report is scheduled for later this year", date(2011, 7, 4), "2011", "2011"),
        ("signed today", date(2019, 6, 19), "2019-06-19", "2019-06-19"),
        ("on 26 October", date(2023, 10, 30), "2023-10-26", "2023-10-26"),
        ("in June", date(2022, 2, 2), "2021-06", "2021-06"),
        ("next spring", date(2021, 11, 8), "2022", "2022"),
    ],
)
def test_relative_dates_resolve_against_the_article_date_with_a_note(text: str, article: date, begin: str, finish: str) -> None:
    found_begin, found_finish, note = one_date(text, article)
    assert (found_begin, found_finish) == (begin, finish)
    assert note and "article date" in note and article.isoformat() in note


@pytest.mark.parametrize(
    ("text", "article", "language", "value", "how"),
    [
        ("agreed on Monday to work together", date(2022, 9, 12), "en", "2022-09-12", "the same day"),
        ("On Tuesday the cluster signed", date(2024, 5, 24), "en", "2024-05-21", "the Tuesday before it"),
        ("They met last Friday", date(2024, 5, 24), "en", "2024-05-17", "the Friday before it"),
        ("The board will meet on Thursday", date(2024, 5, 24), "en", "2024-05-30", "the next Thursday after it"),
        ("concluyó el pasado viernes una misión", date(2023, 10, 16), "es", "2023-10-13", "the Friday before it"),
        ("El martes, su presidente firmó", date(2023, 10, 16), "es", "2023-10-10", "the Tuesday before it"),
        ("van signar dimarts un acord", date(2024, 3, 7), "ca", "2024-03-05", "the Tuesday before it"),
        ("la firmarán el próximo lunes", date(2024, 3, 7), "es", "2024-03-11", "the next Monday after it"),
    ],
)
def test_weekdays_resolve_against_the_article_date_and_the_tense(text: str, article: date, language: str, value: str, how: str) -> None:
    begin, finish, note = one_date(text, article, language)
    assert (begin, finish) == (value, value)
    assert note and how in note and article.isoformat() in note


@pytest.mark.parametrize(
    ("text", "article", "language", "value"),
    [
        ("Anne Holm will lead a delegation to San Diego in June.", date(2022, 2, 2), "en", "2022-06"),
        ("signed a partnership with Minalogic in March", date(2023, 1, 16), "en", "2022-03"),
        ("les dues entitats organitzaran una missió a Stuttgart al mes d'octubre", date(2024, 3, 7), "ca", "2024-10"),
        ("el pasado mes de marzo", date(2024, 5, 7), "es", "2024-03"),
        ("In June, ten member companies will travel to Lyon.", date(2023, 4, 3), "en", "2023-06"),
        ("In June, ten member companies travelled to Lyon.", date(2023, 4, 3), "en", "2022-06"),
        ("The association holds its general assembly on 18 May.", date(2023, 4, 3), "en", "2023-05-18"),
        ("A delegation is expected in October for a return visit.", date(2023, 4, 3), "en", "2023-10"),
        ("El convenio se firmó ayer en Antofagasta.", date(2024, 6, 7), "es", "2024-06-06"),
    ],
)
def test_months_without_a_year_look_ahead_only_in_a_future_clause(text: str, article: date, language: str, value: str) -> None:
    assert one_date(text, article, language)[0] == value


def test_english_words_with_a_romance_future_ending_are_no_future() -> None:
    assert one_date("a veteran of the cluster joined in March", date(2023, 1, 16))[0] == "2022-03"


def test_relative_date_without_article_date_stays_unresolved() -> None:
    begin, _, note = one_date("17 clusters travelled to Boston this past week", None)
    assert begin is None and "cannot be resolved" in (note or "")


def test_month_words_in_lowercase_are_no_dates() -> None:
    assert find_dates("this may help the cluster", 0, 25, date(2020, 1, 1)) == []


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "percent"),
    [
        ("more than 480 biotechnology companies", Decimal(480), "more-than", False),
        ("almost 900 drugs in development", Decimal(900), "almost", False),
        ("approximately 10 percent of its market", Decimal(10), "approximately", True),
        ("roughly half of the new jobs", Decimal(50), "roughly", True),
        ("over 600 biotechnology companies", Decimal(600), "more-than", False),
        ("16.5 percent of its public companies", Decimal("16.5"), None, True),
        ("about 470,000 people", Decimal(470000), "approximately", False),
        ("a budget of €1.2 billion", Decimal("1200000000.0"), None, False),
    ],
)
def test_numbers_with_qualifiers(text: str, value: Decimal, qualifier: str | None, percent: bool) -> None:
    (number,) = find_numbers(text, 0, len(text))
    assert (number.value, number.qualifier, number.percent) == (value, qualifier, percent)


def test_years_dates_and_ordinals_are_not_measurements() -> None:
    text = "In 2016 the 2nd meeting on 04.07.2011 in a 4D centre, one of the clusters, ran a two-day tour. The two organisations agreed."
    assert find_numbers(text, 0, len(text)) == []


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("emplea a unas 120.000 personas", Decimal(120000), "approximately"),
        ("agrupa més de 120 empreses", Decimal(120), "more-than"),
        ("creció un 16,5 %", Decimal("16.5"), None),
        ("reúne a casi 90 socios", Decimal(90), "almost"),
        ("reunió a cerca de 90 profesionales", Decimal(90), "approximately"),
        ("aplega prop de noranta socis", Decimal(90), "approximately"),
        ("una delegació de vint-i-dues productores", Decimal(22), None),
        ("más de treinta y cinco empresas", Decimal(35), "more-than"),
        ("veintidós empresas", Decimal(22), None),
        ("Eighteen member companies", Decimal(18), None),
        ("some twenty-two firms", Decimal(22), "approximately"),
    ],
)
def test_spanish_and_catalan_numbers_group_thousands_with_a_full_stop(text: str, value: Decimal, qualifier: str | None) -> None:
    (number,) = find_numbers(text, 0, len(text), decimal_comma=True)
    assert (number.value, number.qualifier) == (value, qualifier)


@pytest.mark.parametrize(
    ("sentence", "indicator", "unit"),
    [
        ("With a growth from 2000-2009 of 60%, more than 480 biotechnology companies", "number-of-companies", "companies"),
        ("employment in the biotech industry has grown 10 percent annually", "annual-employment-growth-rate", "percent-per-year"),
        ("Founded in 1985, MassBio represents over 600 biotechnology companies, academic institutions and hospitals", "number-of-member-organisations", "organisations"),
        ("Participants have held more than 50 individual meetings with leading technology companies", "number-of-b2b-meetings", "meetings"),
        ("Los participantes sostuvieron más de 70 reuniones de negocios con fabricantes canadienses.", "number-of-b2b-meetings", "meetings"),
        ("El CIAC agrupa més de 120 empreses i centres tecnològics.", "number-of-member-organisations", "organisations"),
    ],
)
def test_measure_reads_indicator_and_unit_from_the_ontology(sentence: str, indicator: str, unit: str) -> None:
    knowledge = load_knowledge(REPO)
    number = [n for n in find_numbers(sentence, 0, len(sentence)) if n.value != 60][0]
    found = measure(number, sentence, 0, len(sentence), knowledge)
    assert found is not None and (found.indicator, found.unit) == (indicator, unit)


def test_a_sign_that_folds_to_nothing_is_no_unit_and_an_association_no_member() -> None:
    knowledge = load_knowledge(REPO)
    for sentence in ("La feria reunió a más de 1.200 expositores.", "Lin Mei-hua, who chairs the association's committee, said 40 companies volunteered."):
        (number,) = find_numbers(sentence, 0, len(sentence), decimal_comma="feria" in sentence)
        found = measure(number, sentence, 0, len(sentence), knowledge)
        assert found is None or (found.unit != "percent" and found.indicator != "number-of-member-organisations")


def test_spanish_and_catalan_number_words_that_are_english_words_too_are_read_in_those_languages_only() -> None:
    text = "formada por once empresas, con una quincena de empresas, una dotzena de socis; Set Robotics va portar set empreses"
    found = [(n.surface, n.value, n.qualifier) for n in find_numbers(text, 0, len(text), decimal_comma=True)]
    assert found == [("once", Decimal(11), None), ("quincena", Decimal(15), "approximately"), ("dotzena", Decimal(12), "approximately"), ("set", Decimal(7), None)]
    english = "Once a year, the cluster meets; a set of rules."
    assert find_numbers(english, 0, len(english)) == []


def test_one_in_three_is_a_share_not_a_count() -> None:
    for text in ("one in three member companies has had to turn down projects", "una de cada tres empresas socias"):
        assert find_numbers(text, 0, len(text), decimal_comma="una" in text) == []


def test_a_count_after_dates_from_a_year_is_dated_by_the_article_not_the_founding() -> None:
    text = "Trade news\n\nBy Ann Lee | Thursday 26 March 2026\n\nThe Jutland Dairy Cluster dates from 2018 and now has more than 550 members."
    (count,) = [f for f in extract(text, REPO).facts if f["type"] == "observation"]
    assert (count["value"], count["date"]) == (550, "2026-03-26")


@pytest.mark.parametrize(("text", "value"), [("dan empleo a unas 6,500 personas", Decimal("6500")), ("una facturación de 2,5 millones de euros", Decimal("2500000")), ("crece un 12,5 %", Decimal("12.5"))])
def test_a_spanish_comma_before_three_digits_groups_thousands_and_before_fewer_is_a_decimal(text: str, value: Decimal) -> None:
    (number,) = find_numbers(text, 0, len(text), decimal_comma=True)
    assert Decimal(str(number.value)) == value


@pytest.mark.parametrize("text", ["Hubo unas 180 reuniones con promotoras inmobiliarias.", "The visitors held more than 80 one-to-one meetings with local firms."])
def test_a_count_of_meetings_is_the_meetings_indicator_whatever_else_the_sentence_says(text: str) -> None:
    (number,) = find_numbers(text, 0, len(text), decimal_comma=text.startswith("Hubo"))
    found = measure(number, text, 0, len(text), load_knowledge(REPO))
    assert found is not None and (found.indicator, found.unit) == ("number-of-b2b-meetings", "meetings")


@pytest.mark.parametrize("sentence", ["Agrupa a 74 asociados entre operadores logísticos y universidades.", "Aplega 74 associats."])
def test_a_count_of_asociados_is_a_count_of_member_organisations(sentence: str) -> None:
    draft = extract("El Clúster Aragonés de Logística (ALIA) es la entidad encargada de dinamizar la logística. " + sentence, REPO)
    assert [(f["about"], f["indicator"], f["value"]) for f in draft.facts if f["type"] == "observation"] == [("cluster-aragones-de-logistica", "number-of-member-organisations", 74)]


def test_a_count_of_the_integrantes_of_the_organisation_before_is_about_it(tmp_path: Path) -> None:
    shutil.copytree(REPO / "ontology", tmp_path / "ontology")
    (tmp_path / "ontology" / "employees.ttl").write_text(EMPLOYEES, encoding="utf-8")
    text = "Noticias\n\nPor Ana Ruiz | 30 de noviembre de 2026\n\nEl Clúster Andino de Turismo nació en 2019. Sus integrantes dan empleo directo a unas 6,500 personas."
    (employees,) = [f for f in extract(text, tmp_path).facts if f["type"] == "observation"]
    assert (employees["about"], employees["indicator"], employees["value"]) == ("cluster-andino-de-turismo", "number-of-employees", 6500)


PARTICIPANTS = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/clusterld/def/indicator/number-of-employees> a skos:Concept ;
    skos:prefLabel "number of employees"@en ; skos:inScheme <https://w3id.org/clusterld/def/indicator> .
<https://w3id.org/clusterld/def/indicator/number-of-participants> a skos:Concept ;
    skos:prefLabel "number of participants"@en ; skos:inScheme <https://w3id.org/clusterld/def/indicator> .
<https://w3id.org/clusterld/def/unit/persons> a skos:Concept ;
    skos:prefLabel "persons"@en ; skos:altLabel "people"@en ; skos:inScheme <https://w3id.org/clusterld/def/unit> .
"""


@pytest.mark.parametrize(
    "sentence",
    ["En la sesión de trabajo, que reunió a cerca de 90 profesionales, tomaron parte varias navieras.", "una jornada que reunió a cerca de 220 directivos, ingenieros y funcionarios."],
)
def test_the_word_nearest_the_number_says_what_it_counts(sentence: str, tmp_path: Path) -> None:
    shutil.copytree(REPO / "ontology", tmp_path / "ontology")
    (tmp_path / "ontology" / "participants.ttl").write_text(PARTICIPANTS, encoding="utf-8")
    (number,) = find_numbers(sentence, 0, len(sentence), decimal_comma=True)
    found = measure(number, sentence, 0, len(sentence), load_knowledge(tmp_path))
    assert found is not None and (found.indicator, found.unit) == ("number-of-participants", "persons")


def test_the_companies_an_association_represents_or_speaks_for_are_its_members() -> None:
    english = "Wind\n\nBy Ann Lee | 4 March 2026\n\nThe Nordic Wind Association, which was founded in 2001, speaks for some 600 companies."
    spanish = (
        "Misión\n\nPor Ana Gil | 4 de marzo de 2026\n\n"
        "La Asociación de Fabricantes de Componentes de Tarvia (AFCT), fundada en 1959, representa a más de 900 fabricantes de componentes."
    )
    for text, about, value in ((english, "nordic-wind-association", 600), (spanish, "asociacion-de-fabricantes-de-componentes-de-tarvia", 900)):
        counts = {(f["about"], f["indicator"], f["value"]) for f in extract(text, REPO).facts if f["type"] == "observation"}
        assert counts == {(about, "number-of-member-organisations", value)}


def test_a_target_is_no_count() -> None:
    text = (
        "Ten years\n\nBy Jan Novak | 12 March 2026\n\n"
        "The Moravian Smart City Cluster has 120 members. Its director said the target is 150 members by 2028. "
        "\"I would like us at 300 members by 2030,\" she said."
    )
    counts = {(f["about"], f["indicator"], f["value"]) for f in extract(text, REPO).facts if f["type"] == "observation"}
    assert counts == {("moravian-smart-city-cluster", "number-of-member-organisations", 120)}


def test_what_the_members_employ_is_the_cluster_s_count_not_the_chamber_s_named_just_before(tmp_path: Path) -> None:
    shutil.copytree(REPO / "ontology", tmp_path / "ontology")
    (tmp_path / "ontology" / "employees.ttl").write_text(EMPLOYEES, encoding="utf-8")
    text = (
        "Turismo\n\nPor Ana Gil | 8 de octubre de 2026\n\n"
        "El Clúster de Turismo de Tarvia reúne a 90 empresas. La Cámara de Comercio de Tarvia acogió ayer la firma del convenio. "
        "Sus integrantes dan empleo directo a unas 6.500 personas, según cifras del propio clúster. "
        "En conjunto, las empresas asociadas dan empleo a casi 9.500 personas en la región."
    )
    counts = {(f["about"], f["indicator"], f["value"]) for f in extract(text, tmp_path).facts if f["type"] == "observation"}
    tarvia = "cluster-de-turismo-de-tarvia"
    assert counts == {(tarvia, "number-of-member-organisations", 90), (tarvia, "number-of-employees", 6500), (tarvia, "number-of-employees", 9500)}


def test_an_adverb_or_a_common_noun_opening_a_sentence_is_no_organisation() -> None:
    text = (
        "Cacao\n\nPor Ana Gil | 8 de octubre de 2026\n\n"
        "El Clúster de Cacao de Tarvia se constituyó en 2019. Actualmente agrupa a 64 socios, entre cooperativas y exportadoras."
    )
    draft = extract(text, REPO)
    assert "Actualmente" not in {p.name for p in draft.proposal_records}
    assert {(f["about"], f["value"]) for f in draft.facts if f["type"] == "observation"} == {("cluster-de-cacao-de-tarvia", 64)}
