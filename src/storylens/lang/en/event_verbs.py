"""The English event words, in the layout `enrich/event_verbs.py` reads (`TYPE mode: entry
entry …`): verbs, nouns that report an event by themselves, verbs of dying, words and set
phrases of not acting, restraint verbs and the words that make an action a failure."""

from __future__ import annotations

import re

from storylens.lang.en.inflection import inflect

ENGLISH_VERBS = """
AGREE -: agree pledge promise vow commit+to offer+to
CONSULT -: meet negotiate discuss consult confer hold+talks resume+talks convene
CONSULT visit: visit tour
CONSULT phone: phone telephone call+phone speak+phone
SUPPORT -: praise welcome endorse commend hail applaud laud defend thank congratulate support back+bid
SUPPORT -: apologize apologise forgive recognize+independence recognise+independence sign+agreement
SUPPORT -: sign+deal sign+treaty sign+accord sign+pact ratify
COOPERATE -: cooperate collaborate restore+ties restore+relations establish+ties establish+relations
COOPERATE -: normalize+ties normalise+ties normalize+relations normalise+relations resume+ties
COOPERATE -: share+intelligence share+information partner
AID -: aid donate provide+aid provide+assistance send+aid deliver+aid supply+aid fund
AID asylum: grant+asylum
RETREAT release: release free
RETREAT ease: lift+sanctions ease+sanctions lift+embargo ease+restrictions lift+restrictions
RETREAT disarm: withdraw+troops withdraw+forces pull+troops retreat disarm demobilize demobilise
CONCEDE -: concede relent yield cede
ACCUSE -: accuse blame criticize criticise condemn denounce slam decry fault rebuke allege
ACCUSE -: convict sue
ACCUSE investigate: investigate probe
REQUEST -: urge demand appeal request plead implore press+to call+on ask+to seek
REJECT -: reject refuse veto rebuff decline+to dismiss defy spurn
THREATEN -: threaten warn menace
PROTEST demo: protest demonstrate rally march picket
PROTEST boycott: boycott strike+work walk+out stage+strike go+strike
PROTEST riot: riot
PROTEST obstruct: block+road blockade+road
SANCTION withdraw: sever+ties cut+ties break+ties suspend+ties suspend+talks halt+talks downgrade
SANCTION expel: expel recall+ambassador
SANCTION discontinue: suspend+aid halt+aid cut+aid freeze+aid
MOBILIZE -: mobilize mobilise deploy
COERCE arrest: arrest detain jail imprison charge book remand nab apprehend round+up
COERCE arrest: take+custody indict prosecute put+bars send+jail lodge+jail
COERCE seize: seize confiscate occupy annex
COERCE ban: ban outlaw
COERCE curfew: impose+curfew
COERCE restrict: sanction impose+sanctions impose+embargo blockade disperse stop prevent control
COERCE restrict: intervene curb contain
COERCE deport: deport extradite
ASSAULT kill: shoot+dead gun+down kill murder lynch massacre execute slay behead
ASSAULT assassinate: assassinate
ASSAULT firearms: shoot fire+shots fire+rounds open+fire fire+air fire+at
ASSAULT crowd-control: lob+gas fire+gas burst+gas use+gas lob+shells burst+shells lathi-charge
ASSAULT crowd-control: lathicharge
ASSAULT beat: beat assault thrash torture injure wound stab
ASSAULT sexual: rape molest
ASSAULT abduct: abduct kidnap hijack
ASSAULT explosives: bomb
ASSAULT heavy-weapons: shell bombard
ASSAULT -: attack invade raid clash fight
"""

#: Nouns that report an event without a verb: "the arrests were made", "police firing".
ENGLISH_NOUNS = """
COERCE arrest: arrest arrests detention custody
COERCE curfew: curfew
CONSULT -: talks summit negotiations
PROTEST demo: protest protests demonstration demonstrations rally march
PROTEST boycott: strike boycott bandh hartal
ASSAULT firearms: firing gunfire shooting
ASSAULT heavy-weapons: airstrike airstrikes air-strike air-strikes shelling bombardment
ASSAULT explosives: bombing bombings
ASSAULT crowd-control: lathi-charge lathicharge tear-gas teargas
ASSAULT kill: killing killings murder massacre
ASSAULT -: attack attacks clash clashes raid
ACCUSE investigate: investigation probe inquiry
COERCE restrict: intervention
"""

#: Verbs of dying: a killing when the sentence gives an attack as the cause ("died in police
#: firing", "succumbed to injuries from the shelling"), else no event at all.
DEATH_VERBS = frozenset({"die", "dies", "died", "dying"} | inflect("perish") | inflect("succumb"))

#: The words for not acting, where a failure is itself the report ("police inaction").
INACTION_NOUNS = frozenset(
    {"inaction", "apathy", "indifference", "spectators", "spectator", "onlookers", "bystanders"}
    | {"inertia", "laxity", "negligence", "complacency", "dereliction"}
    | {"slackness", "sluggishness", "lethargy", "laxness"}
)
#: Set phrases for not acting: "the police stood by", "looked the other way", "was nowhere in
#: sight", "conspicuous by its absence", "allowed the mob to have its way", "gave them a free
#: hand", "played a passive role", "as policemen watched", "the police sat idle", "was
#: sluggish in responding". The one who did not act is the subject of the verb the phrase
#: hangs from.
#: Those whose watching or sitting still is a failure to act; "as the fans watched" is none.
_KEEPERS = r"(?:police\w*|cops?|constables?|officers?|troops|soldiers|forces|guards|security\s+\w+)"
INACTION_PHRASES = re.compile(
    r"\b(?:st(?:and|ands|ood|anding)\s+by\b(?!\s+(?:the|a|an|his|her|their|its|our)\b)"
    r"|look(?:s|ed|ing)?\s+the\s+other\s+way"
    r"|turn(?:s|ed|ing)?\s+a\s+blind\s+eye"
    r"|nowhere\s+(?:in\s+sight|to\s+be\s+(?:seen|found))"
    r"|conspicuous\s+by\s+(?:its|their|his|her)\s+absence"
    r"|twiddl\w*\s+(?:its|their|his|her)\s+thumbs"
    r"|(?:did|do|does|doing)\s+nothing\s+to"
    r"|allow(?:s|ed|ing)?\s+(?:[\w-]+\s+){1,3}to\s+(?:have\s+(?:its|their|his|her)\s+(?:own\s+)?way"
    r"|go\s+scot[\s-]free|run\s+riot|go\s+on\s+(?:a|the)\s+rampage)"
    r"|(?:give|gives|gave|given|giving)\s+(?:[\w-]+\s+){0,3}?(?:a\s+)?free\s+(?:hand|rein|run)\b"
    r"|(?:play|plays|played|playing)\s+(?:a\s+)?passive\s+role"
    r"|(?:as|while)\s+(?:[\w-]+\s+){0,4}?" + _KEEPERS + r"\s+(?:watched|looked\s+on)(?=\s*(?:[,;.\"”]|$))"
    r"|(?:watch|look)(?:s|ed|ing)?\s+(?:on\s+)?(?:helplessly|silently|mutely|passively)"
    r"|" + _KEEPERS + r"\s+(?:sat|sit|sits|sitting)\s+(?:quietly|idle|idly|silently)"
    r"|(?:was|were|is|are|been|be)\s+(?:\w+ly\s+)?(?:lax|sluggish|lethargic|tardy|slow)\s+(?:in|to)\s+"
    r"(?:(?:its|their|his|her)\s+)?(?:respon|act|react|interven|deploy|control|stop)\w*)",
    re.IGNORECASE,
)
#: Actions of keeping order that are reported only when not taken: "failed to act", "did not
#: take action", "refused to provide security". Said of what was done, they are too common.
RESTRAINT_VERBS = """
COERCE restrict: act react respond protect help save rescue step+in move+in take+action take+steps
COERCE restrict: take+measures provide+security provide+protection
"""
#: Words that turn the action they govern into a failure: "failed to stop", "refused to act".
FAILURE_VERBS = frozenset(inflect("fail") | inflect("refuse") | {"unable", "could", "did"})
