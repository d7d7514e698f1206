"""Regions: the first-level divisions of the countries cluster news most often names (autonomous communities,
regions, states, provinces, Länder), in their English, Spanish, Catalan and local written forms, each with the
country it lies in. A name the registry does not know and that names one of them is a place, whatever cue it has
('Asturias y Navarra comparten estand', 'las empresas de la Comunitat Valenciana').

Left out on purpose: names that are as often a person or a company ('Victoria', 'Washington', 'Georgia',
'Guerrero', 'Hidalgo', 'Santander', 'Bolívar').
"""

from __future__ import annotations

from clusterld.extraction.normalise import strip_accents


def _names(country: str, text: str) -> dict[str, str]:
    """'A; B / B2; C' -> each written form mapped to the country: ';' separates regions, '/' forms of one."""
    return {form.strip(): country for region in text.split(";") for form in region.split("/") if form.strip()}


_REGIONS = {
    **_names("Spain", """Andalucía / Andalusia / Andalucia; Aragón / Aragon / Aragó; Asturias / Astúries / Principado de Asturias;
        Illes Balears / Islas Baleares / Balearic Islands / Baleares / Balears; Canarias / Canary Islands / Illes Canàries / Islas Canarias;
        Cantabria / Cantàbria; Castilla y León / Castella i Lleó / Castile and León; Castilla-La Mancha / Castella-la Manxa / Castile-La Mancha;
        Catalunya / Cataluña / Catalonia; Comunitat Valenciana / Comunidad Valenciana / Valencian Community; Extremadura;
        Galicia / Galícia; La Rioja; Comunidad de Madrid / Comunitat de Madrid; Región de Murcia / Regió de Múrcia; Navarra / Navarre / Nafarroa;
        Euskadi / País Vasco / País Basc / Basque Country; Ceuta; Melilla"""),
    **_names("Portugal", "Algarve; Alentejo; Madeira; Açores / Azores"),
    **_names("France", """Auvergne-Rhône-Alpes; Bourgogne-Franche-Comté; Bretagne / Brittany / Bretaña / Bretanya; Centre-Val de Loire; Corse / Corsica / Córcega / Còrsega;
        Grand Est; Hauts-de-France; Île-de-France; Normandie / Normandy / Normandía / Normandia; Nouvelle-Aquitaine / Nueva Aquitania / Nova Aquitània;
        Occitanie / Occitania / Occitània; Pays de la Loire; Provence-Alpes-Côte d'Azur / Provenza; Alsace / Alsacia / Alsàcia"""),
    **_names("Italy", """Abruzzo; Basilicata; Calabria / Calàbria; Campania / Campània; Emilia-Romagna / Emília-Romanya; Friuli-Venezia Giulia; Lazio / Laci;
        Liguria / Ligúria; Lombardia / Lombardy / Lombardía; Marche; Molise; Piemonte / Piedmont / Piamonte / Piemont; Puglia / Apulia;
        Sardegna / Sardinia / Cerdeña / Sardenya; Sicilia / Sicily / Sicília; Toscana / Tuscany; Trentino-Alto Adige / South Tyrol / Tirol del Sur;
        Umbria / Úmbria; Valle d'Aosta / Aosta Valley; Veneto / Vèneto"""),
    **_names("Germany", """Baden-Württemberg; Bavaria / Bayern / Baviera; Brandenburg / Brandeburgo; Hesse / Hessen; Lower Saxony / Niedersachsen / Baja Sajonia;
        Mecklenburg-Vorpommern; North Rhine-Westphalia / Nordrhein-Westfalen / Renania del Norte-Westfalia / Rin del Nord-Westfàlia;
        Rhineland-Palatinate / Rheinland-Pfalz / Renania-Palatinado; Saarland / Sarre; Saxony / Sachsen / Sajonia / Saxònia;
        Saxony-Anhalt / Sachsen-Anhalt; Schleswig-Holstein; Thuringia / Thüringen / Turingia"""),
    **_names("United Kingdom", "England / Inglaterra / Anglaterra; Scotland / Escocia / Escòcia; Wales / Gales / Gal·les; Northern Ireland / Irlanda del Norte"),
    **_names("Belgium", "Flanders / Vlaanderen / Flandes; Wallonia / Wallonie / Valonia / Valònia; Brussels-Capital Region"),
    **_names("Netherlands", "North Brabant / Noord-Brabant; South Holland / Zuid-Holland; North Holland / Noord-Holland; Gelderland; Limburg; Overijssel; Groningen"),
    **_names("United States", """Alabama; Alaska; Arizona; Arkansas; California / Californias; Colorado; Connecticut; Delaware; Florida; Hawaii; Idaho; Illinois;
        Indiana; Iowa; Kansas; Kentucky; Louisiana; Maine; Maryland; Massachusetts; Michigan; Minnesota; Mississippi; Missouri; Montana;
        Nebraska; Nevada; New Hampshire; New Jersey; New Mexico; New York State; North Carolina; North Dakota; Ohio; Oklahoma; Oregon;
        Pennsylvania; Rhode Island; South Carolina; South Dakota; Tennessee; Texas; Utah; Vermont; West Virginia; Wisconsin; Wyoming"""),
    **_names("Canada", """Alberta; British Columbia / Columbia Británica; Manitoba; New Brunswick; Newfoundland and Labrador; Nova Scotia / Nueva Escocia;
        Ontario; Prince Edward Island; Quebec / Québec; Saskatchewan"""),
    **_names("Mexico", """Aguascalientes; Baja California; Baja California Sur; Campeche; Chiapas; Chihuahua; Coahuila; Colima; Durango; Guanajuato;
        Jalisco; Estado de México; Michoacán; Nayarit; Nuevo León; Oaxaca; Puebla; Querétaro; Quintana Roo; San Luis Potosí; Sinaloa;
        Sonora; Tabasco; Tamaulipas; Tlaxcala; Veracruz; Yucatán; Zacatecas"""),
    **_names("Argentina", """Buenos Aires Province / Provincia de Buenos Aires; Catamarca; Chaco; Chubut; Corrientes; Entre Ríos; Formosa; Jujuy; La Pampa;
        La Rioja Province; Neuquén; Río Negro; Santa Cruz Province; Santiago del Estero; Tierra del Fuego; Tucumán; Patagonia"""),
    **_names("Chile", "Antofagasta Region / Región de Antofagasta; Atacama; Biobío / Bío Bío; Araucanía / La Araucanía; Magallanes; Tarapacá; Valparaíso Region"),
    **_names("Colombia", "Antioquia; Cundinamarca; Valle del Cauca; Atlántico; Boyacá; Risaralda; Caldas"),
    **_names("Australia", "New South Wales; Queensland; South Australia; Tasmania; Western Australia; Northern Territory"),
}
_FOLDED = {strip_accents(name).casefold(): country for name, country in _REGIONS.items()}


def region_of(name: str) -> str | None:
    """The country of the region `name` names in any of its written forms ('Navarra', 'Emília-Romanya'), else None."""
    return _FOLDED.get(strip_accents(name).casefold())
