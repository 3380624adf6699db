"""Word-level facts the phrase layer asks: is this word a verb, in which form, is it common,
and does a phrase lead with a verb.

Open word classes come from lemminflect (its lemma and inflection tables, loaded lazily on
first use); the few closed classes English has (pronouns, auxiliaries, prepositions) live in
`data/language.json`. Every lookup is cached because the same few hundred words recur in
every draft.
"""

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from lemminflect import getAllLemmas, getInflection, getLemma

_DATA: dict[str, Any] = json.loads(
    resources.files("app.drafting").joinpath("data/language.json").read_text()
)
_EDGE_PUNCT = ".,;:!?\"'()[]{}\u201c\u201d\u2018\u2019\u2026"
_PREFIXES = ("on", "up", "re", "co", "pre", "out", "over", "under", "cross")
_VERB_TAGS = ("VB", "VBP", "VBD", "VBN", "VBZ", "VBG")


def _words(name: str) -> frozenset[str]:
    return frozenset(_DATA[name])


FUNCTION_WORDS = _words("function_words")
BOUNDARY_WORDS = _words("boundary_words")
SUBJECT_PRONOUNS = _words("subject_pronouns")
DETERMINERS = _words("determiners")
AUXILIARIES = _words("auxiliaries")
NEED_LEMMAS = _words("need_lemmas")
NEED_WITH_FOR = _words("need_with_for")
ORGANISATION_NOUNS = _words("organisation_nouns")
GOAL_NOUNS = _words("goal_nouns")
PERSON_WORDS = _words("person_words")
RELATIVE_WORDS = _words("relative_words")
PASSIVE_FRAGMENT_VERBS = _words("passive_fragment_verbs")
PROPER_WORDS = _words("proper_words")
VERB_CUES = _words("verb_cues")
COMPANY_PRONOUNS: dict[str, str] = dict(_DATA["company_pronouns"])


def key(word: str) -> str:
    """The word as the tables know it: lower case, without surrounding punctuation."""
    return word.strip(_EDGE_PUNCT).lower()


def split_trailing(word: str) -> tuple[str, str]:
    """The word and the punctuation after it ("Northwind," -> "Northwind", ",")."""
    core = word.rstrip(_EDGE_PUNCT)
    return core, word[len(core) :]


def is_acronym(word: str) -> bool:
    """AWS, IT, US, Q2, iOS, PostgreSQL: written with capitals or digits a reader relies on."""
    core = word.strip(_EDGE_PUNCT)
    letters = [c for c in core if c.isalpha()]
    if len(letters) < 1:
        return bool(core)
    if any(c.isdigit() for c in core) or any(c.isupper() for c in core[1:]):
        return True
    return len(letters) > 1 and core.isupper()


@lru_cache(maxsize=8192)
def pos_tags(word: str) -> frozenset[str]:
    """Universal parts of speech lemminflect knows for the word (empty when unknown)."""
    found: dict[str, tuple[str, ...]] = getAllLemmas(key(word))
    return frozenset(found)


@lru_cache(maxsize=8192)
def verb_lemma(word: str) -> str | None:
    k = key(word)
    if not {"VERB", "AUX"} & pos_tags(k):
        return None
    lemmas: tuple[str, ...] = getLemma(k, upos="VERB")
    return str(lemmas[0]) if lemmas else None


@lru_cache(maxsize=8192)
def verb_tags(word: str) -> frozenset[str]:
    """Penn tags the word can be as a verb: "cut" -> VB, VBP, VBD, VBN; "grew" -> VBD."""
    lemma = verb_lemma(word)
    if lemma is None:
        return frozenset()
    k = key(word)
    return frozenset(tag for tag in _VERB_TAGS if k in getInflection(lemma, tag))


def is_verb_only(word: str) -> bool:
    tags = pos_tags(word)
    return bool(tags) and tags <= {"VERB", "AUX"}


def is_adverb(word: str) -> bool:
    """ "urgently", "also", "not" inside a verb chain; "to" is lemminflect's ADV but not ours."""
    k = key(word)
    return k == "not" or (pos_tags(k) == frozenset({"ADV"}) and k not in BOUNDARY_WORDS)


def inflect_verb(word: str, tag: str) -> str:
    """The word's verb in another form, keeping its trailing punctuation: "Lead," -> "leading,"."""
    core, tail = split_trailing(word)
    lemma = verb_lemma(core) or key(core)
    if verb_lemma(core) is None and lemma.endswith("ed") and len(lemma) > 4:
        # A verb the tables do not know, written in the past ("onboarded"): its stem.
        lemma = lemma[:-2]
    forms: tuple[str, ...] = getInflection(lemma, tag)
    if forms:
        return str(forms[0]) + tail
    return (lemma + "ing" if tag == "VBG" else lemma) + tail


@lru_cache(maxsize=8192)
def is_common(word: str) -> bool:
    """A dictionary word whose capital only marks the start of a sentence."""
    core = word.strip(_EDGE_PUNCT)
    if not core or core in PROPER_WORDS or is_acronym(core):
        return False
    k = core.lower()
    if k in FUNCTION_WORDS or pos_tags(k):
        return True
    if "-" in k and not core[1:].replace("-", "").isupper():
        # "Night-shift", "Follow-up": common when each part is ("Coca-Cola" is not).
        return all(part and (pos_tags(part) or part in FUNCTION_WORDS) for part in k.split("-"))
    # Dictionary gaps like "onboarding", "upskilled", "indexer": the stem is a word.
    stem = re.sub(r"(ing|ed|er|s)$", "", k)
    if stem != k and (pos_tags(stem) or pos_tags(stem + "e")):
        return True
    return any(stem.startswith(p) and pos_tags(stem[len(p) :]) for p in _PREFIXES)


def lower_first(word: str) -> str:
    if word[:1].isupper() and is_common(word):
        return word[0].lower() + word[1:]
    return word


@lru_cache(maxsize=8192)
def noun_lemma(word: str) -> str:
    lemmas: tuple[str, ...] = getLemma(key(word), upos="NOUN")
    return str(lemmas[0]) if lemmas else key(word)


_CONJUNCTIONS = frozenset({"and", "or"})


def is_name(word: str) -> bool:
    return word[:1].isupper() and not is_common(word)


def is_plural_noun(word: str) -> bool:
    k = key(word)
    return "NOUN" in pos_tags(k) and k.endswith("s") and noun_lemma(k) != k


def verb_cue(word: str) -> bool:
    """The word after an ambiguous "lead"/"support"/"cut" makes it a verb: "Lead the club"."""
    k = key(word)
    if k in DETERMINERS or k in VERB_CUES or k[:1].isdigit():
        return True
    if is_acronym(word) or is_name(word):
        return True
    return "ADJ" in pos_tags(k) or is_plural_noun(word)


def leads_with_verb(words: tuple[str, ...] | list[str]) -> bool:
    first = words[0]
    if is_acronym(first) or first.strip(".,") in PROPER_WORDS:
        return False
    if not verb_tags(first):
        return False
    if is_verb_only(first):
        return True
    return len(words) > 1 and verb_cue(words[1])


def gerund_chain(words: list[str] | tuple[str, ...]) -> list[str]:
    """Verbs turned gerunds: "Rebuild X and improve Y" -> "rebuilding X and improving Y"."""
    if not words:
        return []
    form = verb_tags(words[0]) & {"VB", "VBD", "VBZ"}
    if key(words[0]) in PASSIVE_FRAGMENT_VERBS:
        return ["being", words[0].lower(), *words[1:]]
    out = [inflect_verb(words[0], "VBG")]
    for i in range(1, len(words)):
        word, prev = words[i], words[i - 1]
        joined = key(prev) in _CONJUNCTIONS or prev.endswith(",")
        if joined and verb_tags(word) & form and leads_with_verb(words[i:]):
            out.append(inflect_verb(word, "VBG"))
        else:
            out.append(word)
    return out


def past_lead(word: str) -> bool:
    """A résumé's past verb: "grew", "cut", or an "-ed" word the lexicon does not know
    ("Onboarded", "Upskilled")."""
    tags = verb_tags(word)
    unknown_ed = not tags and not pos_tags(key(word)) and key(word).endswith("ed")
    return bool(tags & {"VBD", "VBN"}) or unknown_ed


def participle_adjective(words: tuple[str, ...]) -> bool:
    """ "Individualized education programs": a participle straight before a noun, with no
    object or figure after it, describes the noun; "Launched the portal" and "Grew renewals
    by 18%" are deeds."""
    tags = verb_tags(words[0])
    if "VBN" not in tags or "VB" in tags or len(words) < 2:
        return False
    if key(words[0]) in PASSIVE_FRAGMENT_VERBS:  # "Awarded Employee of the Month"
        return False
    second = words[1]
    has_figure = any(c.isdigit() for w in words for c in w)
    return not has_figure and key(second) not in DETERMINERS and not verb_tags(second)


def imperative_noun_lead(words: tuple[str, ...], *, sentence: bool) -> bool:
    """ "Plan the menu", "Cut room turnaround time.": a word that can be a verb, then an object
    that cannot continue a compound noun (a determiner, a number) — or any object when the
    caller ended the phrase as a sentence, as people write instructions and rarely a noun
    phrase ("Guest check-in in English" stays a noun phrase)."""
    if len(words) < 2 or "VB" not in verb_tags(words[0]):
        return False
    second = words[1]
    return sentence or key(second) in DETERMINERS or any(c.isdigit() for c in second)
