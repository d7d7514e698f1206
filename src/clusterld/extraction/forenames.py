"""Common given names in the languages cluster news is written and reported in: a name that opens with one of them
and otherwise looks like a person's ('Paul Irving', 'María Ruiz') is a person even without a role or a title beside
it. Names that are as often places ('Victoria', 'Santiago', 'Mercedes', 'Sofia') are left out."""

from __future__ import annotations

from clusterld.extraction.normalise import strip_accents

_ENGLISH = """
aaron abigail adam adrian aidan alan albert alex alexander alexandra alice alison amanda amber amy andrew andy angela
anna anne annie anthony ashley barbara ben benjamin beth bill bob brad brian bruce carl carol caroline catherine charles
charlie chloe chris christine christopher claire colin craig daniel danielle darren david deborah dennis diana donald
donna douglas dylan edward eleanor elizabeth ellie emily emma eric evan fiona frank gary gavin george gillian gordon
grace graham greg gregory hannah harry heather helen henry ian isaac jack jacob james jamie jane janet jason jeff
jennifer jeremy jessica jill jim joan joanna joe john jonathan joseph josh joshua judith julia julian justin karen kate
katherine kathleen kathryn katie keith kelly kenneth kevin kim laura lauren lee leo liam linda lisa louise lucy luke
lynn margaret mark martin mary matthew megan melissa michael michelle mike natalie neil nicholas nicola nicole oliver
owen patrick paul peter philip rachel raymond rebecca richard rob robert robin roger ronald rose ruth ryan sally sam
samantha samuel sandra sarah scott sean sharon simon sophie stephanie stephen steve steven stuart susan tessa thomas
tim timothy tom tony tracy victor vincent walter wendy william zoe gareth rhys dafydd siobhan aoife niamh ciaran declan
seamus eoin fergus callum euan hamish ailsa morag kirsty shona murray duncan alasdair
"""
_SPANISH_CATALAN_PORTUGUESE = """
adolfo adriana agustin alba alberto alejandra alejandro alfonso alfredo alicia alvaro amparo ana andrea andres angel
angeles antonia antonio araceli arturo beatriz benito blanca borja camila carla carlos carmen carolina catalina cecilia
celia cesar clara claudia consuelo cristina cristobal daniela diego eduardo elena elisa emilio
enrique esteban eugenia eva federico felipe fernanda fernando francisca francisco gabriel gabriela gerardo
gloria gonzalo guillermo gustavo hector hernan ignacio ines irene isabel jaime javier jesus jimena joaquin jorge jose
josefa juan juana julian julio laia leticia lorena lorenzo lucas lucia luis luisa manuel manuela marcela
marcelo marcos margarita maria mariana mario marta martina mateo matias miguel milagros miriam monica natalia
nicolas nieves noelia nuria octavio olga oscar pablo paloma patricia paula pedro pilar rafael ramiro ramon raquel raul
ricardo roberto rocio rodrigo rosa ruben samuel sebastian sergio silvia susana teresa
tomas valentina vanesa veronica vicente ximena yolanda agusti albert anna arnau berta biel carme
caterina enric esteve eulalia ferran francesc gemma gerard guillem ignasi imma jaume joan jordi josep llucia lluis
marc marina meritxell miquel montse montserrat neus oriol pau pere pol quim roger rosa sergi toni xavier xavi
aina alexandre andre antonio bruno caio duarte fabio filipa goncalo helena henrique joao joaquim leonor luisa marcio
mariana miguel nuno paulo rafaela renata ricardo rui sandro tiago vasco
"""
_FRENCH_ITALIAN_GERMAN_DUTCH_NORDIC = """
alain amelie anais antoine aurelie benoit bernard cedric celine christophe claude damien denis didier emilie emmanuel
etienne fabien francois frederic genevieve gerard guillaume herve isabelle jacques jean jerome julien laurent luc
marc marie mathieu michel nathalie nicolas olivier pascal philippe pierre rene sandrine sebastien stephane sylvie
thierry valerie vincent yves alessandro alessia andrea angelo antonella beatrice carlo chiara cristina davide elena
enrico fabrizio federica francesca franco giacomo gianluca giorgio giovanni giulia giuseppe lorenzo luca lucia marco
matteo maurizio paolo riccardo roberto sara simone stefano valentina alexander andreas anja annika bernd birgit claudia
dieter dirk florian frank franziska georg gerhard hans heike helmut jan jens joachim jonas jorg julia jurgen karl
katrin klaus lars lukas manfred markus martin matthias michael monika nina peter petra ralf sabine sandra sebastian
stefan susanne thomas thorsten tobias ulrich ursula uwe volker werner wolfgang anouk bart bram daan dirk erik femke
floor hendrik henk jeroen joost koen lieke maarten marieke mark niels pieter ruud sanne sven thijs wouter anders
astrid bjorn britt camilla erik ingrid jens johan karin kristian lars magnus maja mette mikkel nils ole per pia rasmus
signe soren stig tove ulf anneli jukka mikko pekka sanna tuomas
"""
_OTHER = """
aditya amit anil anita anjali arjun deepak divya kavita krishna lakshmi manish meera neha nikhil pooja priya radhika
rahul raj rajesh ravi rohit sanjay sunil suresh vijay vikram ahmed ali fatima hassan karim khalid leila mohamed
mohammed nadia omar rachid samir youssef yusuf hiroshi kenji takeshi yuki haruki akira chen wei li ming hyun ji min
jae sung andrzej anna agnieszka katarzyna piotr tomasz marek pavel petr jana eva andrei elena ioana mihai dimitris
maria nikos kostas
"""
FORENAMES = frozenset(strip_accents(w) for block in (_ENGLISH, _SPANISH_CATALAN_PORTUGUESE, _FRENCH_ITALIAN_GERMAN_DUTCH_NORDIC, _OTHER) for w in block.split())


def is_forename(word: str) -> bool:
    """A common given name, compared without case and accents ('María', 'Jürgen', 'Núria')."""
    return strip_accents(word.casefold()) in FORENAMES
