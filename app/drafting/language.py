"""Caller phrases rendered into the form a sentence slot needs.

Callers write a need, a requirement or a highlight however they like: a noun phrase, an
imperative, a whole sentence with "we", a résumé fragment. Templates need one form per slot:
a noun or gerund phrase after "the work on", a first-person clause for an achievement, a
short phrase for a subject line. This module is pure: no I/O beyond its word tables.

lemminflect tells which words are verbs and inflects them ("rebuild" -> "rebuilding",
"grew" -> "grow"); the closed word classes are in
`data/language.json`.
"""

import re
from enum import StrEnum
from functools import lru_cache

from app.drafting import lexicon as lx
from app.drafting.lexicon import key

_TRAILING = ".;:,!?\u2026 \t-\u2013\u2014"
_QUOTES = "\"'`\u201c\u201d\u2018\u2019\u00ab\u00bb"
_BULLET = re.compile(r"^(?:[-*\u2022\u2013]|\d+[.)])\s+")
_SENTENCE_END = re.compile(r"(?<=[a-z0-9%)][.!?])\s+(?=[A-Z])")
_CONTRACTION = re.compile(r"\b(\w+)['\u2019](re|ve|ll|d|m)\b", re.IGNORECASE)
_IS_CONTRACTION = re.compile(r"\b(it|there|that|what|he|she)['\u2019]s\b", re.IGNORECASE)
_EXPANSIONS = {"re": "are", "ve": "have", "ll": "will", "d": "would", "m": "am"}
_MODALS = frozenset({"can", "will", "could", "would", "should", "must", "may", "might"})
_AGENT_PRONOUNS = frozenset({"i", "we", "they", "you"})
_BARE_NEEDS = frozenset({"need", "want", "seek", "require"})
_FIRST_PERSON = frozenset({"i", "we", "my", "our"})
_NEED_PREFIXES = (
    ("some", "help", "with"),
    ("help", "with"),
    ("help", "on"),
    ("help", "in"),
    ("a", "need", "for"),
    ("the", "need", "for"),
    ("need", "for"),
)


class PhraseForm(StrEnum):
    noun_phrase = "noun_phrase"
    verb_phrase = "verb_phrase"  # an imperative: "Rebuild the search indexer"
    clause = "clause"  # a subject and its verb: "We need to reduce churn"
    fragment = "fragment"  # a résumé line without its subject: "Grew renewals by 18%"


def _strip_edges(text: str) -> str:
    while True:
        before = text
        text = text.strip().rstrip(_TRAILING).lstrip(" -\u2013\u2014")
        if len(text) > 1 and text[0] in _QUOTES and text[-1] in _QUOTES:
            text = text[1:-1]
        if text == before:
            return text


def _normalise_case(words: list[str]) -> list[str]:
    """Shouting and Title Case carry no meaning a sentence slot could keep."""
    letters = [w for w in words if any(c.isalpha() for c in w)]
    if len(letters) >= 3 and all(w.isupper() for w in letters):
        return [w.lower() for w in words]
    titled = any(w[:1].isupper() and key(w) in lx.FUNCTION_WORDS and w != "I" for w in words[1:])
    return [lx.lower_first(w) for w in words] if titled else words


@lru_cache(maxsize=4096)
def _tokens(phrase: str) -> tuple[str, ...]:
    text = _BULLET.sub("", " ".join(phrase.split()))
    text = _strip_edges(_SENTENCE_END.split(_strip_edges(text))[0])
    text = _IS_CONTRACTION.sub(r"\1 is", text)
    text = _CONTRACTION.sub(lambda m: f"{m[1]} {_EXPANSIONS[m[2].lower()]}", text)
    return tuple(_normalise_case(text.split()))


def _is_finite(word: str, *, strict: bool) -> bool:
    k = key(word)
    if k in lx.AUXILIARIES and k not in {"be", "been", "being", "not"}:
        return True
    tags = lx.verb_tags(word)
    if lx.verb_lemma(word) in lx.NEED_LEMMAS and tags & {"VBZ", "VBP", "VBD"}:
        return True
    if strict:
        return False
    # "grew", "rose", "led": a past form that is no base form is a verb after a subject.
    return ("VBD" in tags and "VB" not in tags) or (lx.is_verb_only(word) and "VBZ" in tags)


def _verb_index(words: tuple[str, ...]) -> int | None:
    """Where a clause's verb starts, or None when the phrase has no subject and verb."""
    first = words[0]
    k0 = key(first)
    if len(words) < 2 or (lx.is_acronym(first) and k0 != "i"):
        return None
    if k0 in lx.SUBJECT_PRONOUNS:
        second = words[1]
        return 1 if lx.verb_tags(second) or key(second) in lx.AUXILIARIES else None
    if k0 in lx.DETERMINERS:
        strict, start = False, 2
    elif (first[:1].isupper() or "NOUN" in lx.pos_tags(k0)) and not lx.leads_with_verb(words):
        # "Acme needs…", "Churn is too high": only an auxiliary or need verb marks the verb.
        strict, start = True, 1
    else:
        return None
    for j in range(start, min(len(words), 7)):
        if _is_finite(words[j], strict=strict):
            return j
        # "My team cut churn": after a team noun an ambiguous "cut" is the verb.
        if key(words[j - 1]) in lx.ORGANISATION_NOUNS and lx.verb_tags(words[j]) & {"VBD", "VBZ"}:
            return j
        if key(words[j]) in lx.BOUNDARY_WORDS or words[j].endswith(","):
            return None
    return None


def _classify(words: tuple[str, ...]) -> PhraseForm:
    if not words:
        return PhraseForm.noun_phrase
    # "Cut search latency by 80%": a past verb before a number is a deed, even when the next
    # word could be read as a verb of its own.
    if lx.past_lead(words[0]) and any(c.isdigit() for w in words for c in w):
        return PhraseForm.fragment
    if _verb_index(words) is not None:
        return PhraseForm.clause
    if key(words[0]) == "to" and len(words) > 1 and "VB" in lx.verb_tags(words[1]):
        return PhraseForm.verb_phrase
    if not lx.leads_with_verb(words):
        return PhraseForm.noun_phrase
    tags = lx.verb_tags(words[0])
    past = tags & {"VBD", "VBN"}
    if past and ("VB" not in tags or any(c.isdigit() for w in words for c in w)):
        return PhraseForm.fragment
    if "VB" in tags:
        return PhraseForm.verb_phrase
    return PhraseForm.fragment if "VBZ" in tags else PhraseForm.noun_phrase


def classify(phrase: str) -> PhraseForm:
    """Which form the caller wrote the phrase in."""
    return _classify(_tokens(phrase))


def _skip_modals(words: list[str]) -> list[str]:
    """ "can run", "will own", "is able to lead" -> the verb that carries the meaning."""
    i = 0
    while i < len(words) and key(words[i]) in _MODALS:
        i += 1
    if [key(w) for w in words[i : i + 3]][1:] == ["able", "to"]:
        i += 3
    return words[i:]


def _strip_need_prefix(comp: list[str]) -> list[str]:
    ks = tuple(key(w) for w in comp)
    for prefix in _NEED_PREFIXES:
        if ks[: len(prefix)] == prefix:
            return comp[len(prefix) :]
    if ks[:3] in {("a", "need", "to"), ("the", "need", "to")}:
        return comp[2:]
    return comp


def _need(comp: list[str]) -> list[str]:
    """What a need clause asks for: "someone to lead X" -> "leading X"."""
    comp = _strip_need_prefix(comp)
    ks = [key(w) for w in comp]
    if len(comp) > 1 and ks[0] == "to":
        return lx.gerund_chain(comp[1:])
    if len(comp) > 2 and ks[1] == "with" and ks[0] in lx.PERSON_WORDS:
        return comp[2:]
    for k in range(1, min(len(comp) - 1, 7)):
        if ks[k] in lx.RELATIVE_WORDS:
            rest = _skip_modals(comp[k + 1 :])
            if rest and lx.verb_tags(rest[0]) & {"VB", "VBP", "VBZ"}:
                return lx.gerund_chain(rest)
            break
        if ks[k] in lx.BOUNDARY_WORDS or comp[k].endswith(","):
            break
    return comp


def _is_agent(subject: list[str]) -> bool:
    """The company or the writer, whose verb becomes the topic: "We are hiring" -> "hiring"."""
    ks = [key(w) for w in subject]
    if len(ks) == 1 and ks[0] in _AGENT_PRONOUNS:
        return True
    if ks[0] in lx.DETERMINERS and ks[-1] in lx.ORGANISATION_NOUNS:
        return True
    return all(lx.is_name(w) for w in subject)


def _clause_topic(words: tuple[str, ...], j: int) -> list[str]:
    subject, i, be_seen, after_aux = list(words[:j]), j, False, j
    while i < len(words) and (key(words[i]) in lx.AUXILIARIES or lx.is_adverb(words[i])):
        if key(words[i]) in lx.AUXILIARIES:
            be_seen, after_aux = be_seen or lx.verb_lemma(words[i]) == "be", i + 1
        following = key(words[i + 1]) if i + 1 < len(words) else ""
        if key(words[i]) in {"have", "has", "had"} and following == "to":
            return _need(list(words[i + 1 :])) or subject
        i += 1
    rest = list(words[i:])
    if not rest:
        return subject
    lemma = lx.verb_lemma(rest[0])
    if lemma in lx.NEED_LEMMAS:
        skip = 1
        if lemma in lx.NEED_WITH_FOR:
            skip = 2 if len(rest) > 1 and key(rest[1]) == "for" else 0
        if skip:
            return _need(rest[skip:]) or subject
    tags = lx.verb_tags(rest[0])
    # After "is", only a participle is a verb: "is short on cooks" is an adjective.
    if not tags or (be_seen and not tags & {"VBG", "VBN"}):
        rest = list(words[after_aux:])  # "too high" keeps its adverb
        if be_seen and (key(subject[-1]) in lx.GOAL_NOUNS or key(subject[0]) == "there"):
            return _need(rest) or subject
        head = [] if len(subject) == 1 and key(subject[0]) in _AGENT_PRONOUNS else subject
        return [*head, "being", *rest] if be_seen else list(words)
    if be_seen and "VBN" in lx.verb_tags(rest[0]) and "VBG" not in lx.verb_tags(rest[0]):
        gerund = ["being", *rest]
    else:
        gerund = lx.gerund_chain(rest)
    return gerund if _is_agent(subject) else [*subject, *gerund]


def _neutralise(words: list[str]) -> list[str]:
    """The company's "we/our/us" read as "the team" in a note to that company."""
    out: list[str] = []
    for word in words:
        core, tail = lx.split_trailing(word)
        swap = lx.COMPANY_PRONOUNS.get(core.lower())
        out.extend(((swap + tail) if swap and not lx.is_acronym(core) else word).split())
    return out


def _need_lead(words: tuple[str, ...]) -> bool:
    """A need with its subject left out: "Looking for a nurse manager", "Need someone…"."""
    lemma = lx.verb_lemma(words[0]) if len(words) > 1 else None
    if lemma in lx.NEED_WITH_FOR:
        return key(words[1]) == "for"
    return lemma in _BARE_NEEDS and "VBD" not in lx.verb_tags(words[0])


def _as_phrase(words: tuple[str, ...], *, sentence: bool = False) -> list[str]:
    """Any form as a noun or gerund phrase, pronouns untouched."""
    form = _classify(words)
    if form is not PhraseForm.clause and _need_lead(words):  # "Seeking a chef who can…"
        return _need(list(words[2 if lx.verb_lemma(words[0]) in lx.NEED_WITH_FOR else 1 :]))
    if form is PhraseForm.clause:
        j = _verb_index(words)
        return _clause_topic(words, j) if j is not None else list(words)
    if form is PhraseForm.verb_phrase and key(words[0]) == "to":
        return lx.gerund_chain(words[1:])
    if form is PhraseForm.fragment and lx.participle_adjective(words):
        return list(words)
    if form in (PhraseForm.verb_phrase, PhraseForm.fragment) or lx.imperative_noun_lead(
        words, sentence=sentence
    ):
        return lx.gerund_chain(words)
    return list(words)


def _dedupe(words: list[str]) -> list[str]:
    out: list[str] = []
    for word in words:
        if out and key(word) and key(word) == key(out[-1]):
            out[-1] = lx.split_trailing(out[-1])[0] + lx.split_trailing(word)[1]
            continue
        out.append(word)
    return out


def _finish(words: list[str], *, lower: bool = True) -> str:
    out = _dedupe(words)
    if lower and out:
        out[0] = lx.lower_first(out[0])
    return _strip_edges(" ".join(out))


def _ends_as_sentence(phrase: str) -> bool:
    return phrase.rstrip().endswith((".", "!"))


@lru_cache(maxsize=4096)
def as_topic(phrase: str) -> str:
    """A noun or gerund phrase that reads after "the work on …" or "help with …"."""
    words = _neutralise(_as_phrase(_tokens(phrase), sentence=_ends_as_sentence(phrase)))
    while len(words) > 1 and key(words[0]) in {"i", "the team"}:
        words = words[1:]
    return _finish(words)


@lru_cache(maxsize=4096)
def as_noun_result(phrase: str) -> str:
    """The phrase as a result to stand alone: "One result I'm proud of: …"."""
    words = _as_phrase(_tokens(phrase), sentence=_ends_as_sentence(phrase))
    if len(words) > 1 and key(words[0]) == "i":
        words = words[1:]
    return _finish(words)


def _first_person(words: tuple[str, ...]) -> str | None:
    """ "I shipped X" as written; "We grew renewals" too, but "We need…" states no deed."""
    j = _verb_index(words)
    if j is None or key(words[0]) not in _FIRST_PERSON:
        return None
    following = words[j + 1] if j + 1 < len(words) else ""
    perfect = key(words[j]) in {"have", "has"} and "VBN" in lx.verb_tags(following)
    if not (perfect or lx.verb_tags(words[j]) & {"VBD", "VBN"}):
        return None
    if key(words[0]) == "i":
        return _finish(["I", *words[1:]], lower=False)
    return _finish(list(words)) if _is_agent(list(words[:j])) else None


@lru_cache(maxsize=4096)
def as_achievement(phrase: str) -> str | None:
    """A first-person clause ("I grew renewals by 18%"), or None when the phrase is no deed.

    Present participles ("Managing the front desk") and imperatives give None rather than a
    tense the candidate did not write; the caller falls back to `as_noun_result`.
    """
    words = _tokens(phrase)
    form = _classify(words)
    if form is PhraseForm.clause:
        return _first_person(words)
    tags = lx.verb_tags(words[0]) if words else frozenset()
    if form is PhraseForm.verb_phrase and "VBD" in tags:
        form = PhraseForm.fragment
    if form is not PhraseForm.fragment and not (
        form is PhraseForm.noun_phrase and words and lx.past_lead(words[0])
    ):
        return None
    verb, rest = words[0], list(words[1:])
    if key(verb) in lx.PASSIVE_FRAGMENT_VERBS:
        return _finish(["I", "was", verb.lower(), *rest], lower=False)
    if "VBZ" in tags and "VBD" not in tags:
        return _finish(["I", lx.inflect_verb(verb, "VB"), *rest], lower=False)
    return _finish(["I", verb.lower(), *rest], lower=False)


def _content_end(words: list[str]) -> list[str]:
    """Drop words a phrase cannot end on: "for", "the", a lone dash."""
    out = list(words)
    while out and (key(out[-1]) in lx.FUNCTION_WORDS or not any(c.isalnum() for c in out[-1])):
        out.pop()
    return out


def shorten(phrase: str, max_words: int) -> str:
    """At most max_words, cut before a preposition, conjunction or comma so it still reads."""
    words = phrase.split()
    limit = max(1, max_words)
    if len(words) <= limit:
        return phrase
    cut = None
    for i in range(limit, (limit + 1) // 2 - 1, -1):
        boundary = key(words[i]) in lx.BOUNDARY_WORDS or words[i - 1].endswith((",", ";", ":"))
        if i > 0 and boundary and _content_end(words[:i]):
            cut = _content_end(words[:i])
            break
    if cut is None:
        cut = _content_end(words[:limit])
    if not cut:
        content = [w for w in words if key(w) not in lx.FUNCTION_WORDS]
        cut = content[:1] or words[:1]
    return _strip_edges(" ".join(cut))
