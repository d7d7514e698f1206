"""Boards: the seats a sentence lists ('La nueva junta la forman: presidente, X (A); vicepresidentes, Y (B) y Z (C)'),
a seat on a line of its own ('Tesorero: Manuel Ortega (Grupo Cuerva).') and whom a board 'also includes' ('The board also
includes A of X'), roles of the organisation the board is of."""

from __future__ import annotations

import re

from clusterld.extraction.context import ArticleState, SentenceView
from clusterld.extraction.memberships import add_membership
from clusterld.extraction.normalise import clean_label
from clusterld.extraction.roles import add_role, role_label, role_noun

_BOARD_NOUN = r"(?:[Tt]he (?:new )?board|[Ll]a (?:nueva |nova )?junta(?: directiva)?|[Ee]l (?:nuevo |nou )?(?:consejo|consell)(?: directivo| rector| directiu)?)"
# 'La nueva junta la forman: presidente, X (A); vicepresidentes, Y (B) y Z (C); tesorero, W': each seat as written
_ROSTER_SEAT = re.compile(r"(?:^|[:;,] (?:(?:y|i|and) )?|\b(?:y|i|and) )(?P<label>[a-záéíóúàèòç\-]+(?: [a-záéíóúàèòç]+)?), (?P<people>⟨P\d+⟩(?: \([^)]{1,40}\))?(?:,? (?:y|i|and) ⟨P\d+⟩(?: \([^)]{1,40}\))?)*)")
# 'The board also includes A of X and B from Y', 'La junta la completan A, B y C': members of the board
_BOARD_INCLUDES = re.compile(
    rf"\b{_BOARD_NOUN} (?:also )?(?:includes|included|comprises|is made up of|(?:la |lo )?(?:forman|completan|integran|componen|formen|completen|integren)|està formada per|está formada por)[: ]+(?P<list>[^.]+)"
)
# 'A board of nine directors, chaired since last year by X', 'una junta presidida por X': who chairs the board
_CHAIRED_BY = re.compile(
    r"\b(?:[Bb]oard|junta|consejo|consell)\b[^.;⟨]{0,60}?(?:(?:chaired|presidid[ao]|presidit|presidida)(?: (?:[^.;,⟨]|⟨D\d+⟩){0,30}?)? (?:by|por|per)"
    r"|, (?:que|which) (?:presidirá|preside|presidirà|presideix|will be chaired by|is chaired by)) (?:the |el |la )?(?P<person>⟨P\d+⟩)"  # 'la junta, que presidirá X'
)
# 'el presidente del consejo directivo, Ing. X', 'the chair of the board, X': a seat of the board's organisation
_SEAT_OF_BOARD = re.compile(
    r"\b(?P<seat>(?:vice[- ]?)?(?:presidente|presidenta|president|chair|chairman|chairwoman|chairperson|secretario|secretaria|secretari|secretary|tesorero|tesorera|tresorer|tresorera|treasurer) "
    r"(?:del|de la|of the) (?:consejo|consell|junta|board)(?: directivo| directiu| directiva| rector| de (?:administración|administració|directores|gobierno|govern)| of (?:directors|trustees))?)"
    r"(?: (?:del|de la|de l'|de|of the|of) (?P<org>⟨O\d+⟩))?,? (?P<person>⟨P\d+⟩)"
)
# 'Le acompañan como vicepresidenta X, de Repsol; como secretario, Y', 'com a tresorer, Z': a seat named before its holder
_AS_SEAT = re.compile(r"\b(?:como|com a|as) (?P<label>[a-záéíóúàèòç\-]+(?: [a-záéíóúàèòç\-]+)?),? (?P<person>⟨P\d+⟩)")
# 'La gerencia recaerá en X', 'la presidència recau en Y': an office and who it falls to
_OFFICE_FALLS_TO = re.compile(
    r"\b[Ll]a (?P<office>gerencia|gerència|presidencia|presidència|vicepresidencia|vicepresidència|secretaría general|secretaria general|dirección general|direcció general) "
    r"(?:recaerá|recae|recayó|ha recaído|recaurà|recau|va recaure|ha recaigut) en (?P<person>⟨P\d+⟩)"
)
_OFFICES = {"gerencia": "manager", "gerència": "manager", "presidencia": "president", "presidència": "president", "vicepresidencia": "vice-president",
            "vicepresidència": "vice-president", "secretaría general": "secretary general", "secretaria general": "secretary general",
            "dirección general": "director general", "direcció general": "director general"}  # the holder of each, in English: role_noun says it
# 'Vicepresidenta primera: Lucía Barrera (Endesa).', a roster's line: the seat, who holds it and where from
_SEAT_LINE = re.compile(r"^(?P<label>[A-ZÁÉÍÓÚ][a-záéíóúàèòç\-]+(?: [a-záéíóúàèòç\-]+){0,2}): (?P<person>⟨P\d+⟩)(?: \((?P<org>⟨O\d+⟩)\))?")


def extract_boards(view: SentenceView, state: ArticleState) -> None:
    """The seats of a board listed in the sentence ('presidente, X (A); vicepresidentes, Y (B) y Z (C)') and those the
    board 'also includes' without a seat, of the organisation the sentence names with the board, else the article's."""
    board = re.search(rf"{_BOARD_NOUN}(?: (?:of|del|de la|de l'|de) (?:the )?(?P<org>⟨O\d+⟩))?", view.masked)
    owner = (view.slot(board.group("org")).ref if board.group("org") else state.main_subject()) if board else None
    line = _SEAT_LINE.match(view.masked)
    if line and (label := _seat_label(line.group("label").lower())) and (holder := state.main_subject()):
        add_role(view, state, view.slot(line.group("person")).ref, holder, label, 0.6).note("A seat on the board of the organisation the article is about, on a line of its own.")
        if line.group("org"):  # a seat is held for a member: 'Presidente: X (Ayesa)'
            add_membership(view, state, view.slot(line.group("org")).ref, holder, 0.5)
    for match in _SEAT_OF_BOARD.finditer(view.masked):
        if seat := (view.slot(match.group("org")).ref if match.group("org") else state.main_subject()):
            add_role(view, state, view.slot(match.group("person")).ref, seat, match.group("seat"), 0.6).note("A seat on the board of the organisation.")
    if holder := owner or state.main_subject():
        _add_named_seats(view, state, holder)
    for match in _CHAIRED_BY.finditer(view.masked):
        if chaired := owner or state.main_subject():
            add_role(view, state, view.slot(match.group("person")).ref, chaired, role_noun("chair", state.language), 0.6).note("Who chairs the board of the organisation.")
    if owner is None:
        return
    seated: set[str] = set()
    for match in _ROSTER_SEAT.finditer(view.masked):
        label = _seat_label(match.group("label"))
        if label is None:
            continue
        for person in view.refs(match.group("people"), "P"):
            add_role(view, state, person, owner, label, 0.6).note("A seat on the board the sentence lists.")
            seated.add(person)
    listed = _BOARD_INCLUDES.search(view.masked)
    for person in view.refs(listed.group("list"), "P") if listed else ():
        if person not in seated and not _has_role_here(view, state, person, owner):
            add_role(view, state, person, owner, role_noun("board member", state.language), 0.6).note("A member of the board the sentence names.")


def _add_named_seats(view: SentenceView, state: ArticleState, holder: str) -> None:
    """Seats named before their holders ('como vicepresidenta X') and offices that fall to someone ('La gerencia recaerá
    en X'), of the holder organisation."""
    for match in _AS_SEAT.finditer(view.masked):
        person = view.slot(match.group("person")).ref
        if (label := _seat_label(match.group("label"))) and not _has_role_here(view, state, person, label=label):  # 'lo encabeza como directora ejecutiva X': read already
            add_role(view, state, person, holder, label, 0.5).note("A seat named before its holder ('como vicepresidenta X'), of the organisation the article is about.")
    for match in _OFFICE_FALLS_TO.finditer(view.masked):
        add_role(view, state, view.slot(match.group("person")).ref, holder, role_noun(_OFFICES[match.group("office").lower()], state.language), 0.5).note("The office falls to the person ('La gerencia recaerá en X').")


def _seat_label(written: str) -> str | None:
    """A roster's seat as a role: as written, or one of a plural ('vicepresidentes': each a 'vicepresidente'), or a
    feminine the role words list in the masculine ('secretaria')."""
    singular = [written[:-1], written[:-2]] if written.endswith("s") else []
    label = next((found for form in (written, *singular) if (found := role_label(form))), None)
    return label or (clean_label(written) if written.endswith("a") and role_label(written[:-1]) else None)


def _has_role_here(view: SentenceView, state: ArticleState, person: str, organisation: str | None = None, label: str | None = None) -> bool:
    """Whether a role of the person (at the organisation, with the label, if given) was drafted from this sentence already."""
    return any(
        view.span in f.evidence for f in state.roles_of(person)
        if (organisation is None or f.fields["organisation"] == organisation) and (label is None or label in f.fields["role_label"].values())
    )
