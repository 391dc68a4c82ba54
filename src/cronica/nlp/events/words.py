"""The word lists every events step reads (folded, loaded once from ``resources/es``): place nouns, event words,
titles, countries and capitals. Data lives in the TSV files; this module only names the rows."""
from __future__ import annotations

from ... import resources
from ...actors import capital_forms, country_names
from ...names import fold
from ..numbers import people_nouns
from ..spanish import grammar

def _words(path: str, name: str) -> frozenset[str]:
    return frozenset(fold(w) for w in resources.words(path, name))


PLACES, EVENT_WORDS = "es/words/places.tsv", "es/events/words.tsv"
PLACE_NOUNS = _words(PLACES, "place_nouns")
PLACE_WORDS = _words(PLACES, "region_nouns")
UNIT_HEADS = frozenset(fold(w) for w in _words(PLACES, "unit_heads"))
WATER = _words(PLACES, "water_nouns")
COMPASS = _words(PLACES, "compass")
REFERENCE = _words(PLACES, "reference_nouns")
COUNTRY_NOUNS = _words(PLACES, "country_nouns")
LOCAL_NOUNS = _words(PLACES, "local_nouns")
POINTED_PLACES = _words(PLACES, "pointed_places")
GENERIC_EVENTS = _words(EVENT_WORDS, "generic_events")
LOCATING = _words(EVENT_WORDS, "locating_verbs")
OCCUR = _words(EVENT_WORDS, "occur")
CAUSE_NOUNS = _words(EVENT_WORDS, "cause_nouns")
CAUSE_VERBS = _words(EVENT_WORDS, "cause_verbs")
OBLIGATION = _words(EVENT_WORDS, "obligation")
FIRST_READING = _words(EVENT_WORDS, "first_reading")
PERFORMATIVE, PERFORMED_TYPES = _words(EVENT_WORDS, "performative"), ("diplomacy", "mobilization", "aid")  # by saying
KEEPING = _words(EVENT_WORDS, "keeping")
THERE = _words(PLACES, "there")
CITY_NOUNS = _words(PLACES, "city_nouns")
POINTABLE_TOWNS = (CITY_NOUNS | LOCAL_NOUNS) - {"capital"}  # "esta ciudad", "dicha localidad": the town named last
CITY_OF = CITY_NOUNS - {"capital", "puerto"}  # "la ciudad de Gaza": the name is the town's, though a territory's too
REGIONAL = _words(PLACES, "regional_adjectives")
LOCATED = _words(PLACES, "located")
SITES = _words(PLACES, "sites")
DISTRICT_NOUNS = _words(PLACES, "district_nouns")
OWNED_NOUNS = _words(PLACES, "owned_nouns")
COMPARISON = _words(EVENT_WORDS, "comparison")
ONGOING = _words(EVENT_WORDS, "ongoing")
INCLUDING = _words(EVENT_WORDS, "including")
BACKGROUND_CASES = _words(EVENT_WORDS, "background_cases")
SEQUENCE_CASES = _words(EVENT_WORDS, "sequence_cases")
ANSWERING = _words(EVENT_WORDS, "answering_nouns")  # "como represalia a": what it answers
BACKGROUND_NOUNS = _words(EVENT_WORDS, "background_nouns")
REFERENCE_ADVERBS = _words(EVENT_WORDS, "reference_adverbs")
SCENE_NOUNS = _words(EVENT_WORDS, "scene_nouns")
HEDGES = _words(EVENT_WORDS, "hedges")
PARTLY = _words(EVENT_WORDS, "partly")
ANY_SIDE = _words(EVENT_WORDS, "any_side")
ORDINAL_TIMES = _words(EVENT_WORDS, "ordinal_times")
CEASEFIRE = _words(EVENT_WORDS, "ceasefire")
SUFFERING = _words(EVENT_WORDS, "suffering")
CAMPAIGN = _words(EVENT_WORDS, "campaign")
ESCALATE = _words(EVENT_WORDS, "escalate")
INVADE = _words(EVENT_WORDS, "invade")
ORDERS = _words(EVENT_WORDS, "orders")
VAGUE_QUANTIFIERS = _words(EVENT_WORDS, "vague_quantifiers")
REVERSE = _words(EVENT_WORDS, "reverse")
HEARD = _words(EVENT_WORDS, "heard")
AIRED = _words(EVENT_WORDS, "aired")
GUNFIRE = _words(EVENT_WORDS, "gunfire")
REMOTE_WEAPONS = _words(EVENT_WORDS, "remote_weapons")
GROUND_FORCES = _words(EVENT_WORDS, "ground_forces")
SETTLERS = _words(EVENT_WORDS, "settlers")
WHERE_CASES = _words(EVENT_WORDS, "where_cases")
SEVERAL = _words(EVENT_WORDS, "several")
MORE = _words(EVENT_WORDS, "more")
TREND_NOUNS = frozenset(fold(w) for w in _words(EVENT_WORDS, "trend_nouns"))
ONE_MORE = frozenset(fold(w) for w in _words(EVENT_WORDS, "one_more"))
NAMING = _words(EVENT_WORDS, "naming")
PLACE_OF = _words(EVENT_WORDS, "place_of")
TERRITORY = _words(PLACES, "territory_nouns")
STOPPING = _words(EVENT_WORDS, "stopping")
SECURITY_FORCES = _words(EVENT_WORDS, "security_forces")
ARMED_OWNERS = _words(EVENT_WORDS, "armed_owners")
HABITUAL = _words(EVENT_WORDS, "habitual")
HABITUAL_ADVERBS = _words(EVENT_WORDS, "habitual_adverbs")
LIKEWISE = _words(EVENT_WORDS, "likewise")
BOTH_SIDES = _words(EVENT_WORDS, "both_sides")
MISSIONS = frozenset(fold(w) for w in _words(EVENT_WORDS, "missions"))
MILITARY_TARGETS = _words(EVENT_WORDS, "military_targets")
PERPETRATORS = _words(EVENT_WORDS, "perpetrators")
GENERIC = _words(EVENT_WORDS, "generic_determiners")
ABILITY = _words(EVENT_WORDS, "ability_adjectives")
TALLY_NOUNS = _words(EVENT_WORDS, "tally_nouns")
EARLIER_ACTS = _words(EVENT_WORDS, "earlier_acts")
KIND_NOUNS = _words(EVENT_WORDS, "kind_nouns")
TALKS_FRAMES = _words(EVENT_WORDS, "talks_frames")
REQUEST_VERBS = _words(EVENT_WORDS, "request_verbs")
UNIT_NOUNS = _words(EVENT_WORDS, "unit_nouns")
OFFICE_NOUNS = _words(EVENT_WORDS, "office_nouns")
FACILITIES = _words(EVENT_WORDS, "facilities")
VEHICLES = _words(EVENT_WORDS, "vehicles")
HEADING = _words(EVENT_WORDS, "heading_verbs")  # "un autobús que se dirigía a Sumi"
HEADED = _words(EVENT_WORDS, "destination_cases")  # "... a Sumi", "hacia Kiev"
SPATIAL = PLACE_NOUNS | PLACE_WORDS | DISTRICT_NOUNS | LOCAL_NOUNS | FACILITIES | SITES  # a place, a region, a building
CIVILIANS = _words(EVENT_WORDS, "civilians")
GATHERING_PLACES = _words(EVENT_WORDS, "gathering_places")
ARMED_MEN, QUANTITY_NOUNS = _words(EVENT_WORDS, "armed_men"), _words(EVENT_WORDS, "quantity_nouns")
IRREGULARS, CIVILIAN_SITES = _words(EVENT_WORDS, "irregulars"), _words(EVENT_WORDS, "civilian_sites")
SHOOTINGS, SERIES_NOUNS = _words(EVENT_WORDS, "shootings"), _words(EVENT_WORDS, "series_nouns")
ANAPHORIC = grammar("demonstratives")  # "estos horribles ataques": points back to an event just told
DEFINITE_DETS = grammar("definite_articles") | ANAPHORIC  # "la localidad", "ese sitio": a place already named
RANKING = _words(EVENT_WORDS, "ranking")
DURATION_NOUNS = _words(EVENT_WORDS, "duration_nouns")
JUDGING = _words(EVENT_WORDS, "judging")
BLAMING = _words(EVENT_WORDS, "blaming")
VOWING = _words(EVENT_WORDS, "vowing")
ANNOUNCING = _words(EVENT_WORDS, "announcing")
PENDING = _words(EVENT_WORDS, "pending")
FURTHERING = _words(EVENT_WORDS, "furthering")  # "acelerar el envío de armas": more of it, asked for
TOLL_HEADS = _words(EVENT_WORDS, "toll_heads")
TIME_FRAMES = _words(EVENT_WORDS, "time_frames")
CUMULATIVE = tuple(sorted(_words(EVENT_WORDS, "cumulative")))
ELIDED_COUNTS = frozenset(fold(w) for w in _words(EVENT_WORDS, "elided_counts"))  # "La mayoría fueron abatidos"
WITHDRAWAL = _words(EVENT_WORDS, "withdrawal")
HOSTILE_REPLY = _words(EVENT_WORDS, "hostile_reply")
EVIDENCE = _words(EVENT_WORDS, "evidence")
SUPPORT = _words(EVENT_WORDS, "support")
COMMITTING = _words(EVENT_WORDS, "committing")
GUNMEN_NOUNS = _words(EVENT_WORDS, "gunmen_nouns")
GROUP_COUNTS = _words(EVENT_WORDS, "group_counts")
# heads of offices ("el ministro de Defensa") and, capitalised, of bodies ("el Ministerio de Defensa"): the words after
# them name the office ("fue recibido por ... el ministro de Defensa": no weapons received), not "batallones de tanques"
TITLE_HEADS = frozenset(fold(w) for w in resources.lines("titles_es.txt") if " " not in w)
BODY_HEADS = frozenset(fold(w) for w in resources.lines("org_heads_es.txt") if " " not in w)
PEOPLE = people_nouns()  # compared with figure units (lemmas as written)
PEOPLE_FOLDED = frozenset(fold(w) for w in PEOPLE)  # compared with folded lemmas ("policía", "víctima", "niño")
GROUPS = frozenset(resources.words(EVENT_WORDS, "groups"))
FATAL_UNITS = frozenset(resources.words(EVENT_WORDS, "fatal_units"))
INJ_UNITS = frozenset(resources.words(EVENT_WORDS, "injured_units"))
DIE = tuple(sorted(_words(EVENT_WORDS, "die_stems")))
EXECUTED = tuple(sorted(_words(EVENT_WORDS, "executed_stems")))
HURT = tuple(sorted(_words(EVENT_WORDS, "hurt_stems")))
LIFE_VERBS = _words(EVENT_WORDS, "life_verbs")
NATIONS = frozenset(fold(n) for n in country_names().values())  # countries only (is_country also counts capitals)
GOVERNMENT_CAPITALS = capital_forms()  # "la ofensiva de Moscú": the government acting, never the country a war is in
CAPITALS = {fold(r["country"]): {fold(f) for f in r["capital"].split("|")}
            for r in resources.rows("es/places/capitals.tsv").rows}
# "la invasión rusa": the country an invader's invasion entered, when the sentence does not name it
INVASIONS = {fold(r["invader"]): fold(r["invaded"]) for r in resources.rows("es/actors/invasions.tsv").rows}
FIELD_TYPES = frozenset({"attack", "clash", "interception", "territory_change"})  # occurrences a monitor can confirm
LOCATIVE_CASES = ("en", "sobre", "contra", "cerca", "hacia", "junto")  # a place phrase that says where
