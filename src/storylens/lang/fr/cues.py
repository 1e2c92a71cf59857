"""French words that attribute speech or thought: the written forms of the cue verbs (the
French pipeline runs without a lemmatizer, so each form is listed), and "selon"."""

from __future__ import annotations

CUE_FORMS = """
dit dire dis disent déclaré déclare déclarent affirmé affirme affirment ajouté ajoute ajoutent
expliqué explique expliquent estimé estime estiment indiqué indique indiquent souligné souligne
précisé précise assuré assure annoncé annonce averti avertit prévenu prévient rappelé rappelle
insisté insiste jugé juge noté note répondu répond confié confie reconnu reconnaît démenti
dément nié nie dénoncé dénonce martelé martèle lancé lance poursuivi poursuit conclu conclut
pense pensé croit cru espère espéré craint affirmait déclarait expliquait écrit écrivent
raconté raconte
""".split()

#: Words that introduce a source before it: "selon X".
SOURCE_PREPOSITIONS = ("selon",)
