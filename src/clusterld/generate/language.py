"""The words of synthetic articles: sentence templates, vocabulary, names and number and date formats per language.

Every language has the same template keys; a template's placeholders are filled with mentions that already
carry the article and preposition the language needs (see `mention`), so the templates stay plain `str.format`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Mapping

LANGUAGES = ("en", "ca", "es", "de", "da")

# Mention variants: nom(inative), acc(usative), dat(ive), of ("of the X", "del X", "vom X"), zu (German "zum X").
_DE_ARTICLES = {"m": ("der", "den", "dem"), "f": ("die", "die", "der"), "n": ("das", "das", "dem")}
_CA_VOWELS = tuple("aeiouàèéíòóúhAEIOUÀÈÉÍÒÓÚH")


def mention(lang: str, key: str, name: str, art: str) -> dict[str, str]:
    """The mention variants of one name under `key`, `key_acc`, `key_dat`, `key_of` and `key_zu`."""
    if lang == "de" and art in _DE_ARTICLES:
        nom, acc, dat = (f"{a} {name}" for a in _DE_ARTICLES[art])
        of = f"von der {name}" if art == "f" else f"vom {name}"
        zu = f"zur {name}" if art == "f" else f"zum {name}"
        return {key: nom, f"{key}_acc": acc, f"{key}_dat": dat, f"{key}_of": of, f"{key}_zu": zu}
    if lang == "ca":
        full = {"el": f"el {name}", "la": f"la {name}", "l": f"l'{name}"}.get(art, name)
        of = {"el": f"del {name}", "la": f"de la {name}", "l": f"de l'{name}"}.get(art, ca_de(name))
    elif lang == "es":
        full = f"{art} {name}" if art else name
        of = {"el": f"del {name}", "la": f"de la {name}"}.get(art, f"de {name}")
    elif lang == "en":
        full = f"the {name}" if art else name
        of = f"of {full}"
    else:  # Danish, and German names without article
        full, of = name, (f"von {name}" if lang == "de" else f"i {name}")
    return {key: full, f"{key}_acc": full, f"{key}_dat": full, f"{key}_of": of, f"{key}_zu": f"zu {full}"}


def ca_de(name: str) -> str:
    """Catalan 'de' before a bare name, elided before a vowel or h."""
    return f"d'{name}" if name.startswith(_CA_VOWELS) else f"de {name}"


def sentence(template: str, values: Mapping[str, str]) -> str:
    """Fill a template and capitalise its first letter (a mention may start with a lower-case article)."""
    text = template.format_map(values)
    if text.endswith(".."):  # a name ending in an abbreviation ("S.A.") ends the sentence too
        text = text[:-1]
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class Language:
    """Everything language-specific a synthetic article needs."""

    code: str
    months: tuple[str, ...]
    and_: str
    templates: Mapping[str, str]
    topics: Mapping[str, str]
    roles: Mapping[str, tuple[str, str]]  # role concept → (masculine, feminine) as written
    quotes: Mapping[str, tuple[str, ...]]
    qualifiers: Mapping[str, str]
    ranks: tuple[str, ...]
    first_m: tuple[str, ...]
    first_f: tuple[str, ...]
    last: tuple[str, ...]
    two_surnames: bool

    def join(self, items: list[str]) -> str:
        """'a, b and c' in this language."""
        return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {self.and_} {items[-1]}"

    def number(self, n: int) -> str:
        return f"{n:,}" if self.code == "en" else f"{n:,}".replace(",", ".")

    def percent(self, x: float) -> str:
        return f"{x:.1f}%" if self.code == "en" else f"{x:.1f}".replace(".", ",") + " %"

    def ordinal(self, n: int) -> str:
        """An edition number as written: 5th, 5.ª, 5a, 5."""
        if self.code == "en":
            return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
        return {"es": f"{n}.ª", "ca": f"{n}a"}.get(self.code, f"{n}.")

    def plain_date(self, d: date) -> str:
        """A day without preposition, as in a byline."""
        m = self.months[d.month - 1]
        return {
            "en": f"{d.day} {m} {d.year}",
            "es": f"{d.day} de {m} de {d.year}",
            "ca": f"{d.day} {ca_de(m)} de {d.year}",
            "de": f"{d.day}. {m} {d.year}",
            "da": f"{d.day}. {m} {d.year}",
        }[self.code]

    def on_day(self, d: date) -> str:
        return {"en": "on ", "es": "el ", "ca": "el ", "de": "am ", "da": "den "}[self.code] + self.plain_date(d)

    def in_month(self, d: date) -> str:
        m = self.months[d.month - 1]
        return {
            "en": f"in {m} {d.year}",
            "es": f"en {m} de {d.year}",
            "ca": f"el mes {ca_de(m)} de {d.year}",
            "de": f"im {m} {d.year}",
            "da": f"i {m} {d.year}",
        }[self.code]

    def day_range(self, start: date, end: date) -> str:
        """A range of days within one month, with preposition: 'from 3 to 7 June 2019'."""
        m, y, a, b = self.months[start.month - 1], start.year, start.day, end.day
        return {
            "en": f"from {a} to {b} {m} {y}",
            "es": f"del {a} al {b} de {m} de {y}",
            "ca": f"del {a} al {b} {ca_de(m)} de {y}",
            "de": f"vom {a}. bis {b}. {m} {y}",
            "da": f"fra den {a}. til den {b}. {m} {y}",
        }[self.code]


_EN = Language(
    code="en",
    months=("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
    and_="and",
    templates={
        "byline": "By {author}, {date}",
        "who": "{p}, {role} {org_of}",
        "who_at": "{p}, {role} at {org_acc}",
        "quote": "“{q}”, said {who}.",
        "fill_1": "{a} was created to strengthen cooperation between companies, research centres and hospitals in {region}.",
        "fill_2": "More information is available on the website of {a}.",
        "ag_title": "{a} and {b} sign a collaboration agreement",
        "ag_label": "{a} – {b} collaboration agreement",
        "ag_lead": "{a} and {b} signed a collaboration agreement in {city} {day}.",
        "ag_meeting": "{ed} Strategic Meeting of {a}",
        "ag_during": "The agreement was signed during the {event}, held in {city} {range}.",
        "ag_topics": "The terms of the agreement focus on {topics}.",
        "ag_partner": "{b} is based in {bcity} and facilitates {bcluster_acc}.",
        "ag_talk": "{who}, gave a talk on {topic} at the meeting.",
        "ag_members": "{a} brings together {qual}{n} member organisations.",
        "ag_twinning": "The agreement is part {twinning_of}.",
        "ag_plan": "In the coming months both organisations will draw up an action plan to launch the collaboration.",
        "ag_ambassador": "{p} will be the {role} {a_of} in {bcity}.",
        "mi_title": "{a} leads a business mission to {place}",
        "mi_label": "{a} business mission to {place}",
        "mi_lead": "{a} led a business mission to {place} {range}.",
        "mi_delegation": "The delegation included {members}.",
        "mi_support": "The mission was organised with the support {agency_of} within {programme_acc}.",
        "mi_visits": "Participants visited {visited}.",
        "mi_b2b": "During the week they held {qual}{n} business-to-business meetings with local companies.",
        "mi_meeting_label": "Meeting of {p1} ({o1}) with {p2} ({o2})",
        "mi_meeting": "{who1}, also met {who2}.",
        "mi_clusters": "In total, {n} clusters took part in the mission.",
        "mi_topics": "The mission focused on {topics}.",
        "fi_title": "{cluster} grows to {n} companies",
        "fi_companies": "{cluster} counted {n} companies in {year}, compared with {n0} in {year0}.",
        "fi_employment": "Employment in the cluster grew by an average of {rate} a year between {year0} and {year}.",
        "fi_growth": "Overall, the cluster grew by {pct} over the same period.",
        "fi_jobs": "It accounts for {pct} of the new industrial jobs created in {region} in {year}.",
        "fi_rank": "It is the {rank} of its kind in {country}.",
        "fi_vc": "Its companies attracted {pct} of the venture capital invested in {region} in {year}.",
        "fi_rd": "They also account for {pct} of the research and development spending {region_of}.",
        "fi_drugs": "Companies of the cluster have {qual}{n} drugs in development.",
        "fi_founded": "{a} was founded in {fyear} and now brings together {qual}{m} member organisations.",
        "fi_report": "The figures come from {work_acc}, written by {author} and published {month}.",
        "bo_title": "{a} appoints {p} as {role}",
        "bo_appoint": "{a} has appointed {p} as its new {role}.",
        "bo_replace": "{p} replaces {prev}, who had held the post since {fyear}.",
        "bo_alumni": "{p} holds a doctorate from {university_acc}.",
        "bo_manager": "{who}, will continue to lead the technical team.",
        "bo_new": "New members include {members}.",
        "bo_spinoff": "{c}, a spin-off {university_of}, was founded in {fyear} and is based in {city}.",
        "bo_programme": "{a} is a member {programme_of}, launched by {agency_acc}.",
        "bo_agency": "{agency} is part {government_of}.",
        "bo_associate": "{centre} has also joined as an associate member.",
        "bo_associate_label": "associate member",
        "bo_member_label": "member",
        "bo_programme_label": "member",
        "bo_total": "With these additions, {a} has {qual}{m} members.",
        "fo_title": "{a} holds the {ed} edition of the {forum} in {city}",
        "fo_lead": "More than {n} professionals attended the {ed} edition of the {forum}, organised by {a} in {city} {day}.",
        "fo_training_label": "Training session on {topic}",
        "fo_training": "The programme included a training session on {topic} given by {who}.",
        "fo_speakers": "Speakers included {who1} and {who2}.",
        "fo_contrib": "{hospital} and {centre_acc} presented joint projects with companies of the cluster.",
        "fo_programme": "The forum is part {programme_of}.",
        "fo_promoted": "{a} is promoted by {government_acc}.",
        "fo_attendees": "{companies} were among the companies present.",
    },
    topics={
        "best-practice-sharing": "sharing best practices",
        "information-sharing": "information sharing",
        "investment-opportunities": "investment opportunities",
        "digital-and-connected-health": "digital and connected health",
        "value-chain-connection": "connecting value chains",
        "strategic-opportunities": "strategic opportunities",
        "international-networking": "international networking",
        "ecosystem-learning": "learning from other ecosystems",
        "alliance-building": "building alliances",
        "cluster-policy": "cluster policy",
        "exponential-technologies": "exponential technologies",
    },
    roles={
        "president": ("president", "president"),
        "general-secretary": ("general secretary", "general secretary"),
        "cluster-manager": ("cluster manager", "cluster manager"),
        "vice-president-economic-development": ("vice-president for economic development", "vice-president for economic development"),
        "director-business-development": ("director of business development", "director of business development"),
        "division-manager": ("division manager", "division manager"),
        "community-manager": ("community manager", "community manager"),
        "professor": ("professor", "professor"),
        "ambassador": ("ambassador", "ambassador"),
    },
    quotes={
        "agreement": (
            "This agreement opens the door to joint projects between our companies",
            "Working together will make both clusters more competitive internationally",
            "Our members will find new partners and new markets thanks to this alliance",
        ),
        "mission": (
            "The mission showed us how an advanced ecosystem connects research and industry",
            "Our companies came back with concrete leads and new contacts",
            "We have learnt a great deal from the way this region supports its start-ups",
        ),
        "figures": (
            "The figures confirm that the cluster is one of the engines of the regional economy",
            "Growth has been driven by young companies and by investment in research",
            "We now need more talent to keep up with the demand of our companies",
        ),
        "board": (
            "I want the cluster to be the meeting point for every company of the sector",
            "Internationalisation will be our priority in the coming years",
            "We will work to bring hospitals and companies even closer together",
        ),
        "forum": (
            "Bringing hospitals, universities and companies together is what makes a cluster work",
            "The forum has become the reference meeting of the sector in the region",
            "Every year more start-ups come to present their projects here",
        ),
    },
    qualifiers={"exact": "", "more-than": "more than ", "almost": "almost ", "approximately": "approximately ", "roughly": "roughly "},
    ranks=("largest cluster", "second largest cluster", "third largest cluster", "fourth largest cluster", "fifth largest cluster"),
    first_m=("James", "Robert", "John", "Michael", "David", "Thomas", "Daniel", "Paul", "Mark", "Andrew", "Richard", "Peter", "Simon", "Stephen", "Graham"),
    first_f=("Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Sarah", "Emma", "Laura", "Rachel", "Helen", "Claire", "Susan", "Karen", "Alison", "Fiona"),
    last=("Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Roberts", "Walker", "Wright", "Hughes", "Green", "Hall",
          "Wood", "Clarke", "Turner", "Hill", "Moore", "Cooper", "Ward", "Morgan", "Baker", "Harris", "Lewis", "Foster", "Bennett",
          "Russell", "Palmer", "Mitchell", "Carter"),
    two_surnames=False,
)

_ES = Language(
    code="es",
    months=("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"),
    and_="y",
    templates={
        "byline": "Por {author}, {date}",
        "who": "{p}, {role} {org_of}",
        "who_at": "{p}, {role} {org_of}",
        "quote": "«{q}», afirmó {who}.",
        "fill_1": "{a} nació para reforzar la cooperación entre empresas, centros de investigación y hospitales {region_of}.",
        "fill_2": "Más información en la web {a_of}.",
        "ag_title": "{a} y {b} firman un acuerdo de colaboración",
        "ag_label": "Acuerdo de colaboración entre {a} y {b}",
        "ag_lead": "{a} y {b} firmaron un acuerdo de colaboración en {city} {day}.",
        "ag_meeting": "{ed} Reunión Estratégica {a_of}",
        "ag_during": "El acuerdo se firmó durante la {event}, celebrada en {city} {range}.",
        "ag_topics": "Los términos del acuerdo se centran en {topics}.",
        "ag_partner": "{b} tiene su sede en {bcity} y dinamiza {bcluster_acc}.",
        "ag_talk": "{who}, ofreció una ponencia sobre {topic} durante la reunión.",
        "ag_members": "{a} agrupa a {qual}{n} organizaciones socias.",
        "ag_twinning": "El acuerdo forma parte {twinning_of}.",
        "ag_plan": "En los próximos meses ambas organizaciones elaborarán un plan de acción para poner en marcha la colaboración.",
        "ag_ambassador": "{p} será {role} {a_of} en {bcity}.",
        "mi_title": "{a} lidera una misión empresarial a {place}",
        "mi_label": "Misión empresarial {a_of} a {place}",
        "mi_lead": "{a} lideró una misión empresarial a {place} {range}.",
        "mi_delegation": "La delegación incluyó a {members}.",
        "mi_support": "La misión se organizó con el apoyo {agency_of} en el marco {programme_of}.",
        "mi_visits": "Los participantes visitaron {visited}.",
        "mi_b2b": "Durante la semana celebraron {qual}{n} reuniones de negocios con empresas locales.",
        "mi_meeting_label": "Reunión de {p1} ({o1}) con {p2} ({o2})",
        "mi_meeting": "{who1}, se reunió también con {who2}.",
        "mi_clusters": "En total, {n} clústeres participaron en la misión.",
        "mi_topics": "La misión se centró en {topics}.",
        "fi_title": "{cluster} alcanza las {n} empresas",
        "fi_companies": "{cluster} contaba con {n} empresas en {year}, frente a {n0} en {year0}.",
        "fi_employment": "El empleo en el clúster creció una media del {rate} anual entre {year0} y {year}.",
        "fi_growth": "En conjunto, el clúster creció un {pct} en el mismo periodo.",
        "fi_jobs": "Representa el {pct} de los nuevos empleos industriales creados en {region} en {year}.",
        "fi_rank": "Es el {rank} de su tipo en {country}.",
        "fi_vc": "Sus empresas captaron el {pct} del capital riesgo invertido en {region} en {year}.",
        "fi_rd": "También concentran el {pct} del gasto en investigación y desarrollo {region_of}.",
        "fi_drugs": "Las empresas del clúster tienen {qual}{n} fármacos en desarrollo.",
        "fi_founded": "{a} se fundó en {fyear} y hoy agrupa a {qual}{m} organizaciones socias.",
        "fi_report": "Los datos proceden {work_of}, elaborado por {author} y publicado {month}.",
        "bo_title": "{a} nombra a {p} {role}",
        "bo_appoint": "{a} ha nombrado a {p} {role} de la organización.",
        "bo_replace": "{p} sustituye a {prev}, que ocupaba el cargo desde {fyear}.",
        "bo_alumni": "{p} se doctoró en {university_acc}.",
        "bo_manager": "{who}, seguirá al frente del equipo técnico.",
        "bo_new": "Entre los nuevos socios figuran {members}.",
        "bo_spinoff": "{c}, una spin-off {university_of}, se fundó en {fyear} y tiene su sede en {city}.",
        "bo_programme": "{a} forma parte {programme_of}, puesto en marcha por {agency_acc}.",
        "bo_agency": "{agency} depende {government_of}.",
        "bo_associate": "{centre} también se ha incorporado como socio asociado.",
        "bo_associate_label": "socio asociado",
        "bo_member_label": "socio",
        "bo_programme_label": "miembro",
        "bo_total": "Con estas incorporaciones, {a} suma {qual}{m} socios.",
        "fo_title": "{a} celebra la {ed} edición del {forum} en {city}",
        "fo_lead": "Más de {n} profesionales asistieron a la {ed} edición del {forum}, organizada por {a} en {city} {day}.",
        "fo_training_label": "Sesión de formación sobre {topic}",
        "fo_training": "El programa incluyó una sesión de formación sobre {topic} impartida por {who}.",
        "fo_speakers": "Entre los ponentes figuraron {who1} y {who2}.",
        "fo_contrib": "{hospital} y {centre_acc} presentaron proyectos conjuntos con empresas del clúster.",
        "fo_programme": "El foro forma parte {programme_of}.",
        "fo_promoted": "{a} cuenta con el impulso {government_of}.",
        "fo_attendees": "{companies} estuvieron entre las empresas presentes.",
    },
    topics={
        "best-practice-sharing": "el intercambio de buenas prácticas",
        "information-sharing": "el intercambio de información",
        "investment-opportunities": "las oportunidades de inversión",
        "digital-and-connected-health": "la salud digital y conectada",
        "value-chain-connection": "la conexión de las cadenas de valor",
        "strategic-opportunities": "las oportunidades estratégicas",
        "international-networking": "el networking internacional",
        "ecosystem-learning": "el aprendizaje de otros ecosistemas",
        "alliance-building": "la creación de alianzas",
        "cluster-policy": "la política de clústeres",
        "exponential-technologies": "las tecnologías exponenciales",
    },
    roles={
        "president": ("presidente", "presidenta"),
        "general-secretary": ("secretario general", "secretaria general"),
        "cluster-manager": ("gerente del clúster", "gerente del clúster"),
        "vice-president-economic-development": ("vicepresidente de desarrollo económico", "vicepresidenta de desarrollo económico"),
        "director-business-development": ("director de desarrollo de negocio", "directora de desarrollo de negocio"),
        "division-manager": ("jefe de división", "jefa de división"),
        "community-manager": ("responsable de comunidad", "responsable de comunidad"),
        "professor": ("catedrático", "catedrática"),
        "ambassador": ("embajador", "embajadora"),
    },
    quotes={
        "agreement": (
            "Este acuerdo abre la puerta a proyectos conjuntos entre nuestras empresas",
            "Trabajar juntos hará más competitivos a ambos clústeres en el ámbito internacional",
            "Gracias a esta alianza, nuestros socios encontrarán nuevos socios y nuevos mercados",
        ),
        "mission": (
            "La misión nos ha mostrado cómo un ecosistema avanzado conecta investigación e industria",
            "Nuestras empresas vuelven con oportunidades concretas y nuevos contactos",
            "Hemos aprendido mucho de cómo esta región apoya a sus startups",
        ),
        "figures": (
            "Las cifras confirman que el clúster es uno de los motores de la economía regional",
            "El crecimiento se debe a las empresas jóvenes y a la inversión en investigación",
            "Ahora necesitamos más talento para responder a la demanda de nuestras empresas",
        ),
        "board": (
            "Quiero que el clúster sea el punto de encuentro de todas las empresas del sector",
            "La internacionalización será nuestra prioridad en los próximos años",
            "Trabajaremos para acercar todavía más los hospitales y las empresas",
        ),
        "forum": (
            "Reunir hospitales, universidades y empresas es lo que hace funcionar un clúster",
            "El foro se ha convertido en la cita de referencia del sector en la región",
            "Cada año vienen más startups a presentar aquí sus proyectos",
        ),
    },
    qualifiers={"exact": "", "more-than": "más de ", "almost": "casi ", "approximately": "aproximadamente ", "roughly": "unas "},
    ranks=("mayor clúster", "segundo mayor clúster", "tercer mayor clúster", "cuarto mayor clúster", "quinto mayor clúster"),
    first_m=("José", "Antonio", "Manuel", "Francisco", "Javier", "David", "Carlos", "Pablo", "Miguel", "Alberto", "Luis", "Sergio", "Raúl", "Andrés", "Fernando"),
    first_f=("María", "Carmen", "Lucía", "Elena", "Isabel", "Pilar", "Marta", "Ana", "Rosa", "Cristina", "Laura", "Beatriz", "Silvia", "Teresa", "Inés"),
    last=("García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno",
          "Álvarez", "Romero", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Serrano", "Blanco", "Molina", "Castro",
          "Ortega", "Rubio", "Marín", "Sanz", "Iglesias", "Medina"),
    two_surnames=True,
)

_CA = Language(
    code="ca",
    months=("gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre", "desembre"),
    and_="i",
    templates={
        "byline": "Per {author}, {date}",
        "who": "{p}, {role} {org_of}",
        "who_at": "{p}, {role} {org_of}",
        "quote": "«{q}», va afirmar {who}.",
        "fill_1": "{a} va néixer per reforçar la cooperació entre empreses, centres de recerca i hospitals {region_of}.",
        "fill_2": "Més informació al web {a_of}.",
        "ag_title": "{a} i {b} signen un acord de col·laboració",
        "ag_label": "Acord de col·laboració entre {a} i {b}",
        "ag_lead": "{a} i {b} van signar un acord de col·laboració a {city} {day}.",
        "ag_meeting": "{ed} Reunió Estratègica {a_of}",
        "ag_during": "L'acord es va signar durant la {event}, celebrada a {city} {range}.",
        "ag_topics": "Els termes de l'acord se centren en {topics}.",
        "ag_partner": "{b} té la seu a {bcity} i dinamitza {bcluster_acc}.",
        "ag_talk": "{who}, va oferir una ponència sobre {topic} durant la reunió.",
        "ag_members": "{a} aplega {qual}{n} entitats sòcies.",
        "ag_twinning": "L'acord forma part {twinning_of}.",
        "ag_plan": "En els propers mesos, les dues organitzacions elaboraran un pla d'acció per posar en marxa la col·laboració.",
        "ag_ambassador": "{p} serà {role} {a_of} a {bcity}.",
        "mi_title": "{a} encapçala una missió empresarial a {place}",
        "mi_label": "Missió empresarial {a_of} a {place}",
        "mi_lead": "{a} va encapçalar una missió empresarial a {place} {range}.",
        "mi_delegation": "La delegació incloïa {members}.",
        "mi_support": "La missió es va organitzar amb el suport {agency_of} en el marc {programme_of}.",
        "mi_visits": "Els participants van visitar {visited}.",
        "mi_b2b": "Durant la setmana van mantenir {qual}{n} reunions de negocis amb empreses locals.",
        "mi_meeting_label": "Reunió de {p1} ({o1}) amb {p2} ({o2})",
        "mi_meeting": "{who1}, també es va reunir amb {who2}.",
        "mi_clusters": "En total, {n} clústers van participar en la missió.",
        "mi_topics": "La missió es va centrar en {topics}.",
        "fi_title": "{cluster} arriba a les {n} empreses",
        "fi_companies": "{cluster} comptava amb {n} empreses el {year}, davant de {n0} el {year0}.",
        "fi_employment": "L'ocupació al clúster va créixer una mitjana del {rate} anual entre el {year0} i el {year}.",
        "fi_growth": "En conjunt, el clúster va créixer un {pct} en el mateix període.",
        "fi_jobs": "Representa el {pct} dels nous llocs de treball industrials creats a {region} el {year}.",
        "fi_rank": "És el {rank} del seu tipus a {country}.",
        "fi_vc": "Les seves empreses van captar el {pct} del capital risc invertit a {region} el {year}.",
        "fi_rd": "També concentren el {pct} de la despesa en recerca i desenvolupament {region_of}.",
        "fi_drugs": "Les empreses del clúster tenen {qual}{n} fàrmacs en desenvolupament.",
        "fi_founded": "{a} es va fundar el {fyear} i avui aplega {qual}{m} entitats sòcies.",
        "fi_report": "Les dades provenen {work_of}, elaborat per {author} i publicat {month}.",
        "bo_title": "{a} nomena {p} {role}",
        "bo_appoint": "{a} ha nomenat {p} {role} de l'entitat.",
        "bo_replace": "{p} substitueix {prev}, que ocupava el càrrec des del {fyear}.",
        "bo_alumni": "{p} es va doctorar a {university_acc}.",
        "bo_manager": "{who}, continuarà al capdavant de l'equip tècnic.",
        "bo_new": "Entre els nous socis hi ha {members}.",
        "bo_spinoff": "{c}, una spin-off {university_of}, es va fundar el {fyear} i té la seu a {city}.",
        "bo_programme": "{a} forma part {programme_of}, posat en marxa per {agency_acc}.",
        "bo_agency": "{agency} depèn {government_of}.",
        "bo_associate": "{centre} també s'ha incorporat com a soci associat.",
        "bo_associate_label": "soci associat",
        "bo_member_label": "soci",
        "bo_programme_label": "membre",
        "bo_total": "Amb aquestes incorporacions, {a} suma {qual}{m} socis.",
        "fo_title": "{a} celebra la {ed} edició del {forum} a {city}",
        "fo_lead": "Més de {n} professionals van assistir a la {ed} edició del {forum}, organitzada per {a} a {city} {day}.",
        "fo_training_label": "Sessió de formació sobre {topic}",
        "fo_training": "El programa va incloure una sessió de formació sobre {topic} impartida per {who}.",
        "fo_speakers": "Entre els ponents hi havia {who1} i {who2}.",
        "fo_contrib": "{hospital} i {centre_acc} van presentar projectes conjunts amb empreses del clúster.",
        "fo_programme": "El fòrum forma part {programme_of}.",
        "fo_promoted": "{a} compta amb l'impuls {government_of}.",
        "fo_attendees": "{companies} van ser algunes de les empreses presents.",
    },
    topics={
        "best-practice-sharing": "l'intercanvi de bones pràctiques",
        "information-sharing": "l'intercanvi d'informació",
        "investment-opportunities": "les oportunitats d'inversió",
        "digital-and-connected-health": "la salut digital i connectada",
        "value-chain-connection": "la connexió de les cadenes de valor",
        "strategic-opportunities": "les oportunitats estratègiques",
        "international-networking": "el networking internacional",
        "ecosystem-learning": "l'aprenentatge d'altres ecosistemes",
        "alliance-building": "la creació d'aliances",
        "cluster-policy": "la política de clústers",
        "exponential-technologies": "les tecnologies exponencials",
    },
    roles={
        "president": ("president", "presidenta"),
        "general-secretary": ("secretari general", "secretària general"),
        "cluster-manager": ("gerent del clúster", "gerent del clúster"),
        "vice-president-economic-development": ("vicepresident de desenvolupament econòmic", "vicepresidenta de desenvolupament econòmic"),
        "director-business-development": ("director de desenvolupament de negoci", "directora de desenvolupament de negoci"),
        "division-manager": ("cap de divisió", "cap de divisió"),
        "community-manager": ("responsable de comunitat", "responsable de comunitat"),
        "professor": ("catedràtic", "catedràtica"),
        "ambassador": ("ambaixador", "ambaixadora"),
    },
    quotes={
        "agreement": (
            "Aquest acord obre la porta a projectes conjunts entre les nostres empreses",
            "Treballar plegats farà més competitius tots dos clústers a escala internacional",
            "Gràcies a aquesta aliança, els nostres socis trobaran nous partners i nous mercats",
        ),
        "mission": (
            "La missió ens ha mostrat com un ecosistema avançat connecta recerca i indústria",
            "Les nostres empreses tornen amb oportunitats concretes i nous contactes",
            "Hem après molt de com aquesta regió dona suport a les seves startups",
        ),
        "figures": (
            "Les xifres confirmen que el clúster és un dels motors de l'economia regional",
            "El creixement es deu a les empreses joves i a la inversió en recerca",
            "Ara necessitem més talent per respondre a la demanda de les nostres empreses",
        ),
        "board": (
            "Vull que el clúster sigui el punt de trobada de totes les empreses del sector",
            "La internacionalització serà la nostra prioritat en els propers anys",
            "Treballarem per apropar encara més els hospitals i les empreses",
        ),
        "forum": (
            "Reunir hospitals, universitats i empreses és el que fa funcionar un clúster",
            "El fòrum s'ha convertit en la cita de referència del sector a la regió",
            "Cada any vénen més startups a presentar-hi els seus projectes",
        ),
    },
    qualifiers={"exact": "", "more-than": "més de ", "almost": "gairebé ", "approximately": "aproximadament ", "roughly": "unes "},
    ranks=("clúster més gran", "segon clúster més gran", "tercer clúster més gran", "quart clúster més gran", "cinquè clúster més gran"),
    first_m=("Jordi", "Josep", "Joan", "Marc", "Pere", "Xavier", "Oriol", "Albert", "Arnau", "Pau", "Ferran", "Roger", "Quim", "Lluís", "Gerard"),
    first_f=("Montserrat", "Núria", "Mercè", "Laia", "Anna", "Meritxell", "Gemma", "Roser", "Cristina", "Marta", "Neus", "Carme", "Aina", "Judit", "Sílvia"),
    last=("Puig", "Vila", "Soler", "Ferrer", "Serra", "Font", "Pujol", "Roca", "Casals", "Riera", "Bosch", "Sala", "Prat", "Vidal",
          "Coll", "Planas", "Camps", "Mas", "Costa", "Oliver", "Rovira", "Badia", "Tort", "Comas", "Valls", "Pons", "Castells", "Miró",
          "Sabaté", "Güell"),
    two_surnames=True,
)

_DE = Language(
    code="de",
    months=("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"),
    and_="und",
    templates={
        "byline": "Von {author}, {date}",
        "who": "{p}, {role} {org_of}",
        "who_at": "{p}, {role} an {org_dat}",
        "quote": "„{q}“, sagte {who}.",
        "fill_1": "{a} wurde geschaffen, um die Zusammenarbeit zwischen Unternehmen, Forschungszentren und Kliniken in {region} zu stärken.",
        "fill_2": "Weitere Informationen gibt es auf der Website {a_of}.",
        "ag_title": "{a} und {b} unterzeichnen eine Kooperationsvereinbarung",
        "ag_label": "Kooperationsvereinbarung zwischen {a} und {b}",
        "ag_lead": "{a} und {b} haben {day} in {city} eine Kooperationsvereinbarung unterzeichnet.",
        "ag_meeting": "{ed} Strategietreffen {a_of}",
        "ag_during": "Die Vereinbarung wurde beim {event} in {city} unterzeichnet, das {range} stattfand.",
        "ag_topics": "Die Vereinbarung konzentriert sich auf {topics}.",
        "ag_partner": "{b} hat seinen Sitz in {bcity} und betreut {bcluster_acc}.",
        "ag_talk": "{who}, hielt bei dem Treffen einen Vortrag über {topic}.",
        "ag_members": "{a} vereint {qual}{n} Mitgliedsorganisationen.",
        "ag_twinning": "Die Vereinbarung gehört {twinning_zu}.",
        "ag_plan": "In den kommenden Monaten werden beide Organisationen einen Aktionsplan für den Start der Zusammenarbeit ausarbeiten.",
        "ag_ambassador": "{p} wird {role} {a_of} in {bcity}.",
        "mi_title": "{a} leitet eine Unternehmerreise nach {place}",
        "mi_label": "Unternehmerreise {a_of} nach {place}",
        "mi_lead": "{a} leitete {range} eine Unternehmerreise nach {place}.",
        "mi_delegation": "Zur Delegation gehörten {members}.",
        "mi_support": "Die Reise wurde mit Unterstützung {agency_of} organisiert und gehört {programme_zu}.",
        "mi_visits": "Die Teilnehmenden besuchten {visited}.",
        "mi_b2b": "Im Laufe der Woche fanden {qual}{n} B2B-Gespräche mit lokalen Unternehmen statt.",
        "mi_meeting_label": "Treffen von {p1} ({o1}) mit {p2} ({o2})",
        "mi_meeting": "{who1}, traf außerdem {who2}.",
        "mi_clusters": "Insgesamt nahmen {n} Cluster an der Reise teil.",
        "mi_topics": "Die Reise konzentrierte sich auf {topics}.",
        "fi_title": "{cluster} wächst auf {n} Unternehmen",
        "fi_companies": "{cluster} zählte {year} {n} Unternehmen, gegenüber {n0} im Jahr {year0}.",
        "fi_employment": "Die Beschäftigung im Cluster wuchs zwischen {year0} und {year} um durchschnittlich {rate} pro Jahr.",
        "fi_growth": "Insgesamt wuchs der Cluster im selben Zeitraum um {pct}.",
        "fi_jobs": "Auf ihn entfallen {pct} der {year} in {region} geschaffenen neuen Industriearbeitsplätze.",
        "fi_rank": "Er ist der {rank} seiner Art in {country_dat}.",
        "fi_vc": "Seine Unternehmen zogen {year} {pct} des in {region} investierten Wagniskapitals an.",
        "fi_rd": "Zudem entfallen auf sie {pct} der Ausgaben für Forschung und Entwicklung in {region}.",
        "fi_drugs": "Die Unternehmen des Clusters haben {qual}{n} Arzneimittel in der Entwicklung.",
        "fi_founded": "{a} wurde {fyear} gegründet und vereint heute {qual}{m} Mitgliedsorganisationen.",
        "fi_report": "Die Zahlen stammen aus {work_dat}, verfasst von {author} und veröffentlicht {month}.",
        "bo_title": "{p} wird {role} {a_of}",
        "bo_appoint": "{p} übernimmt das Amt als {role} {a_of}.",
        "bo_replace": "{p} folgt auf {prev}, {rel} das Amt seit {fyear} innehatte.",
        "bo_alumni": "{p} wurde an {university_dat} promoviert.",
        "bo_manager": "{who}, leitet weiterhin das Team der Geschäftsstelle.",
        "bo_new": "Zu den neuen Mitgliedern gehören {members}.",
        "bo_spinoff": "{c}, eine Ausgründung aus {university_dat}, wurde {fyear} gegründet und hat seinen Sitz in {city}.",
        "bo_programme": "{a} ist Mitglied in {programme_dat}, das von {agency_dat} ins Leben gerufen wurde.",
        "bo_agency": "{agency} gehört {government_zu}.",
        "bo_associate": "{centre} ist zudem als assoziiertes Mitglied beigetreten.",
        "bo_associate_label": "assoziiertes Mitglied",
        "bo_member_label": "Mitglied",
        "bo_programme_label": "Mitglied",
        "bo_total": "Mit den Neuzugängen zählt {a} nun {qual}{m} Mitglieder.",
        "fo_title": "{a} lädt zum {ed} {forum} nach {city}",
        "fo_lead": "Mehr als {n} Fachleute besuchten {day} das {ed} {forum}, das {a} in {city} organisierte.",
        "fo_training_label": "Schulung über {topic}",
        "fo_training": "Auf dem Programm stand eine Schulung über {topic}, geleitet von {who}.",
        "fo_speakers": "Zu den Vortragenden gehörten {who1} und {who2}.",
        "fo_contrib": "{hospital} und {centre} stellten gemeinsame Projekte mit Unternehmen des Clusters vor.",
        "fo_programme": "Das Forum gehört {programme_zu}.",
        "fo_promoted": "{a} wird von {government_dat} gefördert.",
        "fo_attendees": "{companies} gehörten zu den anwesenden Unternehmen.",
    },
    topics={
        "best-practice-sharing": "den Austausch bewährter Verfahren",
        "information-sharing": "den Informationsaustausch",
        "investment-opportunities": "Investitionsmöglichkeiten",
        "digital-and-connected-health": "digitale und vernetzte Gesundheit",
        "value-chain-connection": "die Verknüpfung der Wertschöpfungsketten",
        "strategic-opportunities": "strategische Chancen",
        "international-networking": "internationale Vernetzung",
        "ecosystem-learning": "das Lernen von anderen Ökosystemen",
        "alliance-building": "den Aufbau von Allianzen",
        "cluster-policy": "Clusterpolitik",
        "exponential-technologies": "exponentielle Technologien",
    },
    roles={
        "president": ("Präsident", "Präsidentin"),
        "general-secretary": ("Generalsekretär", "Generalsekretärin"),
        "cluster-manager": ("Clustermanager", "Clustermanagerin"),
        "vice-president-economic-development": ("Vizepräsident für Wirtschaftsentwicklung", "Vizepräsidentin für Wirtschaftsentwicklung"),
        "director-business-development": ("Leiter Geschäftsentwicklung", "Leiterin Geschäftsentwicklung"),
        "division-manager": ("Bereichsleiter", "Bereichsleiterin"),
        "community-manager": ("Community-Manager", "Community-Managerin"),
        "professor": ("Professor", "Professorin"),
        "ambassador": ("Botschafter", "Botschafterin"),
    },
    quotes={
        "agreement": (
            "Diese Vereinbarung öffnet die Tür für gemeinsame Projekte unserer Unternehmen",
            "Die Zusammenarbeit macht beide Cluster international wettbewerbsfähiger",
            "Dank dieser Allianz finden unsere Mitglieder neue Partner und neue Märkte",
        ),
        "mission": (
            "Die Reise hat uns gezeigt, wie ein fortschrittliches Ökosystem Forschung und Industrie verbindet",
            "Unsere Unternehmen kommen mit konkreten Projekten und neuen Kontakten zurück",
            "Wir haben viel davon gelernt, wie diese Region ihre Start-ups unterstützt",
        ),
        "figures": (
            "Die Zahlen bestätigen, dass der Cluster ein Motor der regionalen Wirtschaft ist",
            "Das Wachstum tragen junge Unternehmen und Investitionen in die Forschung",
            "Jetzt brauchen wir mehr Fachkräfte, um die Nachfrage unserer Unternehmen zu decken",
        ),
        "board": (
            "Der Cluster soll der Treffpunkt für alle Unternehmen der Branche sein",
            "Die Internationalisierung wird in den kommenden Jahren unsere Priorität sein",
            "Wir wollen Kliniken und Unternehmen noch enger zusammenbringen",
        ),
        "forum": (
            "Kliniken, Hochschulen und Unternehmen zusammenzubringen, das macht einen Cluster aus",
            "Das Forum ist zum wichtigsten Branchentreffen der Region geworden",
            "Jedes Jahr stellen hier mehr Start-ups ihre Projekte vor",
        ),
    },
    qualifiers={"exact": "", "more-than": "mehr als ", "almost": "fast ", "approximately": "etwa ", "roughly": "rund "},
    ranks=("größte Cluster", "zweitgrößte Cluster", "drittgrößte Cluster", "viertgrößte Cluster", "fünftgrößte Cluster"),
    first_m=("Thomas", "Michael", "Stefan", "Andreas", "Markus", "Jürgen", "Matthias", "Tobias", "Florian", "Christian", "Martin", "Uwe", "Jan", "Frank", "Lukas"),
    first_f=("Sabine", "Andrea", "Claudia", "Petra", "Julia", "Katrin", "Anja", "Susanne", "Nicole", "Birgit", "Monika", "Stefanie", "Lena", "Miriam", "Ute"),
    last=("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter",
          "Bauer", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange",
          "Werner", "Krause", "Lehmann", "Köhler", "Maier", "Vogel"),
    two_surnames=False,
)

_DA = Language(
    code="da",
    months=("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"),
    and_="og",
    templates={
        "byline": "Af {author}, {date}",
        "who": "{p}, {role} i {org}",
        "who_at": "{p}, {role} ved {org}",
        "quote": "»{q}«, siger {who}.",
        "fill_1": "{a} blev skabt for at styrke samarbejdet mellem virksomheder, forskningscentre og hospitaler i {region}.",
        "fill_2": "Læs mere på hjemmesiden for {a}.",
        "ag_title": "{a} og {b} indgår samarbejdsaftale",
        "ag_label": "Samarbejdsaftale mellem {a} og {b}",
        "ag_lead": "{a} og {b} underskrev {day} en samarbejdsaftale i {city}.",
        "ag_meeting": "{ed} strategimøde i {a}",
        "ag_during": "Aftalen blev underskrevet under det {event} i {city}, som fandt sted {range}.",
        "ag_topics": "Aftalen fokuserer på {topics}.",
        "ag_partner": "{b} har hjemme i {bcity} og faciliterer {bcluster}.",
        "ag_talk": "{who}, holdt et oplæg om {topic} på mødet.",
        "ag_members": "{a} samler {qual}{n} medlemsorganisationer.",
        "ag_twinning": "Aftalen er en del af {twinning}.",
        "ag_plan": "I de kommende måneder vil de to organisationer udarbejde en handlingsplan for at sætte samarbejdet i gang.",
        "ag_ambassador": "{p} bliver {role} for {a} i {bcity}.",
        "mi_title": "{a} står i spidsen for erhvervsmission til {place}",
        "mi_label": "Erhvervsmission fra {a} til {place}",
        "mi_lead": "{a} stod {range} i spidsen for en erhvervsmission til {place}.",
        "mi_delegation": "Delegationen bestod blandt andre af {members}.",
        "mi_support": "Missionen blev organiseret med støtte fra {agency} som en del af {programme}.",
        "mi_visits": "Deltagerne besøgte {visited}.",
        "mi_b2b": "I løbet af ugen holdt de {qual}{n} B2B-møder med lokale virksomheder.",
        "mi_meeting_label": "Møde mellem {p1} ({o1}) og {p2} ({o2})",
        "mi_meeting": "{who1}, mødtes også med {who2}.",
        "mi_clusters": "I alt deltog {n} klynger i missionen.",
        "mi_topics": "Missionen fokuserede på {topics}.",
        "fi_title": "{cluster} vokser til {n} virksomheder",
        "fi_companies": "{cluster} talte {n} virksomheder i {year} mod {n0} i {year0}.",
        "fi_employment": "Beskæftigelsen i klyngen voksede i gennemsnit med {rate} om året mellem {year0} og {year}.",
        "fi_growth": "Samlet set voksede klyngen med {pct} i samme periode.",
        "fi_jobs": "Klyngen står for {pct} af de nye industrijob, der blev skabt i {region} i {year}.",
        "fi_rank": "Den er den {rank} af sin art i {country}.",
        "fi_vc": "Klyngens virksomheder tiltrak {pct} af den venturekapital, der blev investeret i {region} i {year}.",
        "fi_rd": "De står desuden for {pct} af udgifterne til forskning og udvikling i {region}.",
        "fi_drugs": "Klyngens virksomheder har {qual}{n} lægemidler under udvikling.",
        "fi_founded": "{a} blev grundlagt i {fyear} og samler i dag {qual}{m} medlemsorganisationer.",
        "fi_report": "Tallene stammer fra {work}, skrevet af {author} og udgivet {month}.",
        "bo_title": "{a} udnævner {p} til {role}",
        "bo_appoint": "{a} har udnævnt {p} til ny {role}.",
        "bo_replace": "{p} afløser {prev}, som har haft posten siden {fyear}.",
        "bo_alumni": "{p} har en ph.d. fra {university}.",
        "bo_manager": "{who}, fortsætter som leder af sekretariatet.",
        "bo_new": "Blandt de nye medlemmer er {members}.",
        "bo_spinoff": "{c}, et spin-off fra {university}, blev grundlagt i {fyear} og har hjemme i {city}.",
        "bo_programme": "{a} er medlem af {programme}, som blev lanceret af {agency}.",
        "bo_agency": "{agency} er en del af {government}.",
        "bo_associate": "{centre} er desuden blevet associeret medlem.",
        "bo_associate_label": "associeret medlem",
        "bo_member_label": "medlem",
        "bo_programme_label": "medlem",
        "bo_total": "Med de nye medlemmer har {a} nu {qual}{m} medlemmer.",
        "fo_title": "{a} inviterer til den {ed} udgave af {forum} i {city}",
        "fo_lead": "Mere end {n} fagfolk deltog {day} i den {ed} udgave af {forum}, som {a} arrangerede i {city}.",
        "fo_training_label": "Kursus om {topic}",
        "fo_training": "Programmet omfattede et kursus om {topic} ved {who}.",
        "fo_speakers": "Blandt talerne var {who1} og {who2}.",
        "fo_contrib": "{hospital} og {centre} præsenterede fælles projekter med klyngens virksomheder.",
        "fo_programme": "Forummet er en del af {programme}.",
        "fo_promoted": "{a} støttes af {government}.",
        "fo_attendees": "{companies} var blandt de fremmødte virksomheder.",
    },
    topics={
        "best-practice-sharing": "udveksling af bedste praksis",
        "information-sharing": "informationsdeling",
        "investment-opportunities": "investeringsmuligheder",
        "digital-and-connected-health": "digital og forbundet sundhed",
        "value-chain-connection": "sammenkobling af værdikæder",
        "strategic-opportunities": "strategiske muligheder",
        "international-networking": "internationalt netværk",
        "ecosystem-learning": "læring fra andre økosystemer",
        "alliance-building": "opbygning af alliancer",
        "cluster-policy": "klyngepolitik",
        "exponential-technologies": "eksponentielle teknologier",
    },
    roles={
        "president": ("formand", "formand"),
        "general-secretary": ("generalsekretær", "generalsekretær"),
        "cluster-manager": ("klyngeleder", "klyngeleder"),
        "vice-president-economic-development": ("vicedirektør for erhvervsudvikling", "vicedirektør for erhvervsudvikling"),
        "director-business-development": ("direktør for forretningsudvikling", "direktør for forretningsudvikling"),
        "division-manager": ("afdelingschef", "afdelingschef"),
        "community-manager": ("community manager", "community manager"),
        "professor": ("professor", "professor"),
        "ambassador": ("ambassadør", "ambassadør"),
    },
    quotes={
        "agreement": (
            "Aftalen åbner døren for fælles projekter mellem vores virksomheder",
            "Et tæt samarbejde gør begge klynger mere konkurrencedygtige internationalt",
            "Takket være alliancen finder vores medlemmer nye partnere og nye markeder",
        ),
        "mission": (
            "Missionen viste os, hvordan et avanceret økosystem forbinder forskning og industri",
            "Vores virksomheder kommer hjem med konkrete muligheder og nye kontakter",
            "Vi har lært meget af den måde, regionen støtter sine startups på",
        ),
        "figures": (
            "Tallene bekræfter, at klyngen er en af motorerne i den regionale økonomi",
            "Væksten er drevet af unge virksomheder og af investeringer i forskning",
            "Nu har vi brug for flere talenter for at følge med virksomhedernes efterspørgsel",
        ),
        "board": (
            "Jeg vil have klyngen til at være mødestedet for alle virksomheder i branchen",
            "Internationalisering bliver vores prioritet i de kommende år",
            "Vi vil bringe hospitaler og virksomheder endnu tættere sammen",
        ),
        "forum": (
            "Det er samspillet mellem hospitaler, universiteter og virksomheder, der får en klynge til at fungere",
            "Forummet er blevet branchens vigtigste mødested i regionen",
            "Hvert år kommer flere startups for at præsentere deres projekter",
        ),
    },
    qualifiers={"exact": "", "more-than": "mere end ", "almost": "næsten ", "approximately": "omkring ", "roughly": "cirka "},
    ranks=("største klynge", "næststørste klynge", "tredjestørste klynge", "fjerdestørste klynge", "femtestørste klynge"),
    first_m=("Jens", "Lars", "Søren", "Henrik", "Peter", "Morten", "Rasmus", "Anders", "Mads", "Niels", "Jesper", "Thomas", "Mikkel", "Kasper", "Bo"),
    first_f=("Anne", "Mette", "Hanne", "Kirsten", "Camilla", "Louise", "Charlotte", "Line", "Maria", "Sofie", "Pia", "Helle", "Trine", "Ida", "Lone"),
    last=("Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen",
          "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Holm",
          "Lund", "Bach", "Dahl", "Friis", "Skov", "Juhl", "Vestergaard", "Bruun", "Kjær"),
    two_surnames=False,
)

LANGS: Mapping[str, Language] = {lang.code: lang for lang in (_EN, _CA, _ES, _DE, _DA)}
