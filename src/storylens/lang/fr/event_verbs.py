"""The French event words, in the layout of `event_verbs` (`TYPE mode: entry entry …`), and
the written forms of French verbs.

The French pipeline runs without its lemmatizer, so each verb is listed by its infinitive and
its forms are made by rule: the first group (-er, with the spelling changes of -cer, -ger,
-eler, -eter and -yer), the second (-ir, -issons), and the irregular verbs of the table
written out. News reports mostly use the passé composé ("a arrêté", "ont été tués"), so the
past participles matter most. "Frapper" is left out: in news it is mostly an earthquake or a
storm that strikes.
"""

from __future__ import annotations

import re

FRENCH_VERBS = """
AGREE -: promettre conclure+accord
CONSULT -: rencontrer négocier discuter consulter réunir
CONSULT visit: visiter
SUPPORT -: saluer féliciter soutenir défendre remercier approuver signer+accord signer+traité ratifier
COOPERATE -: coopérer collaborer rétablir+relations
AID -: aider financer
RETREAT release: libérer relâcher
RETREAT disarm: retirer+troupes désarmer
ACCUSE -: accuser blâmer critiquer condamner dénoncer fustiger
ACCUSE investigate: enquêter
REQUEST -: exhorter exiger réclamer
REJECT -: rejeter refuser démentir
THREATEN -: menacer
PROTEST demo: manifester
PROTEST boycott: boycotter
SANCTION withdraw: rompre+relations suspendre+négociations
SANCTION expel: expulser
MOBILIZE -: mobiliser déployer
COERCE arrest: arrêter interpeller incarcérer emprisonner inculper écrouer mettre+examen
COERCE seize: saisir confisquer occuper annexer
COERCE ban: interdire
COERCE restrict: sanctionner disperser empêcher intervenir
COERCE deport: extrader
ASSAULT kill: tuer abattre massacrer exécuter
ASSAULT assassinate: assassiner
ASSAULT firearms: tirer+sur ouvrir+feu
ASSAULT beat: blesser torturer agresser poignarder tabasser
ASSAULT sexual: violer
ASSAULT abduct: enlever kidnapper séquestrer
ASSAULT heavy-weapons: bombarder pilonner
ASSAULT -: attaquer envahir affronter
"""

FRENCH_NOUNS = """
COERCE arrest: arrestation arrestations interpellation interpellations
SANCTION expel: expulsion expulsions
COERCE curfew: couvre-feu
CONSULT -: pourparlers sommet négociations
PROTEST demo: manifestation manifestations rassemblement
PROTEST boycott: grève grèves boycott
ASSAULT firearms: fusillade tirs
ASSAULT heavy-weapons: bombardement bombardements frappe frappes pilonnage pilonnages
ASSAULT kill: meurtre meurtres massacre assassinat
ASSAULT -: attaque attaques attentat attentats affrontements raid
ACCUSE investigate: enquête
"""

#: Verbs of dying, as DEATH_VERBS in `event_verbs`: "sont morts sous les tirs de la police".
DEATH_VERBS_FR = frozenset(
    "mort morte morts mortes meurt meurent mourait mouraient mourut moururent mourir mourant".split()
    + "péri périt périssent périrent périr".split()
    + "décédé décédée décédés décédées décède décèdent décéda décédèrent décéder".split()
    + "succombé succombe succombent succomba succombèrent succomber".split()
)
#: Acts of keeping order that are reported only where they were not taken ("la police n'a pas
#: réagi"), as RESTRAINT_VERBS in `event_verbs`.
RESTRAINT_VERBS_FR = """
COERCE restrict: agir réagir protéger secourir
"""
#: The words for not acting ("l'inaction de la police", "les gendarmes, simples spectateurs").
INACTION_NOUNS_FR = frozenset(
    {"inaction", "passivité", "inertie", "laxisme", "négligence", "indifférence", "apathie"}
    | {"complaisance", "spectateurs", "spectatrices", "spectateur", "spectatrice"}
)
#: Set phrases for not acting: "sont restés les bras croisés", "a fermé les yeux", "a laissé
#: faire", "brillait par son absence", "n'a rien fait pour", "a laissé le champ libre aux
#: casseurs", "ont assisté impuissants". The one who did not act is the subject of the verb.
INACTION_PHRASES_FR = re.compile(
    r"\b(?:rest\w*\s+les\s+bras\s+croisés"
    r"|ferm\w*\s+les\s+yeux"
    r"|laiss(?:é|ée|és|ées|e|ent|ait|aient)\s+faire\b"  # not "laisser faire le marché"
    r"|brill\w*\s+par\s+(?:son|leur)\s+absence"
    r"|(?:rest|demeur)\w*\s+passi(?:f|ve|fs|ves)\b"
    r"|rien\s+fait\s+pour"
    r"|laiss\w*\s+(?:\w+\s+){0,2}le\s+champ\s+libre"
    r"|assist\w*\s+impuissant)",
    re.IGNORECASE,
)

#: Written forms of the table's irregular verbs (the infinitive is added to them).
IRREGULAR_FR = {
    "promettre": "promet promettent promis promise promises promettait promettaient promit",
    "conclure": "conclut concluent conclu conclue conclus conclues concluait",
    "réunir": "réunit réunissent réuni réunie réunis réunies réunissait",
    "soutenir": "soutient soutiennent soutenu soutenue soutenus soutenues soutenait soutenaient soutint",
    "défendre": "défend défendent défendu défendue défendus défendues défendait défendaient",
    "rétablir": "rétablit rétablissent rétabli rétablie rétablis rétablies",
    "démentir": "dément démentent démenti démentie démentait",
    "rompre": "rompt rompent rompu rompue rompus rompues rompait",
    "suspendre": "suspend suspendent suspendu suspendue suspendus suspendues suspendait",
    "mettre": "met mettent mis mise mises mettait mettaient mit",
    "saisir": "saisit saisissent saisi saisie saisis saisies saisissait",
    "interdire": "interdit interdisent interdite interdits interdites interdisait",
    "intervenir": "intervient interviennent intervenu intervenue intervenus intervenues intervenait"
    " intervenaient intervint",
    "abattre": "abat abattent abattu abattue abattus abattues abattait abattaient abattit",
    "ouvrir": "ouvre ouvrent ouvert ouverte ouverts ouvertes ouvrait ouvraient ouvrit",
    "envahir": "envahit envahissent envahi envahie envahis envahies envahissait",
}


def inflect_fr(verb: str) -> set[str]:
    """A French verb's written forms: present and imperfect of the third persons, passé simple,
    future, the participles (with their agreement) and the infinitive."""
    if verb in IRREGULAR_FR:
        return {verb, *IRREGULAR_FR[verb].split()}
    if verb.endswith("ir"):  # second group: saisir, punir
        stem = verb[:-2]
        endings = "it issent i ie is ies issait issaient issant irent ira iront"
        return {verb, *(stem + ending for ending in endings.split())}
    if not verb.endswith("er"):
        return {verb}
    stem = verb[:-2]
    soft = stem  # the stem before a and o: menaç-, exige-
    if stem.endswith("c"):
        soft = stem[:-1] + "ç"
    elif stem.endswith("g"):
        soft = stem + "e"
    mute = stem  # the stem before a mute e: appell-, rejett-, déploi-
    if stem.endswith(("el", "et")) and not stem.endswith(("èl", "èt")):
        mute = stem + stem[-1]
    elif stem.endswith("y"):
        mute = stem[:-1] + "i"
    forms = {verb, stem + "é", stem + "ée", stem + "és", stem + "ées", stem + "èrent", stem + "era"}
    forms |= {stem + "eront", stem + "ez", mute + "e", mute + "es", mute + "ent"}
    forms |= {soft + "a", soft + "ait", soft + "aient", soft + "ant", soft + "ons"}
    return forms


#: Verbs that turn the action they govern into a failure: "a refusé d'intervenir", "a échoué à".
FAILURE_VERBS_FR = frozenset(inflect_fr("refuser") | inflect_fr("échouer"))
