"""The email's language, with py3langid (a small, offline naive Bayes model; numpy only).

Its model takes about a second to load, so it is loaded on the first non-trivial email and
kept. Candidates' rejections come in a handful of languages: the set is narrowed to those,
which makes short texts far less often misread.
"""

import re
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

_LANGUAGES = ["en", "fr", "de", "es", "it", "nl", "pt", "sv", "da", "no", "pl", "fi"]
# Below this many letters a guess is noise ("Thanks!" reads as anything): say English.
_SHORTEST = 40
_SURE = 0.9
# English's commonest small words; a text this full of them is English whatever the model says.
_ENGLISH_WORDS = frozenset(
    [
        "the",
        "and",
        "you",
        "we",
        "your",
        "to",
        "for",
        "with",
        "our",
        "not",
        "have",
        "of",
        "in",
        "on",
        "is",
        "it",
        "this",
        "that",
        "be",
        "are",
        "was",
        "will",
    ]
)
_ENGLISH_SHARE = 0.2


@cache
def _identifier() -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(_LANGUAGES)
    return identifier


def detect_language(text: str) -> str:
    """ISO 639-1 code of `text`'s language; "en" when the text is too short to tell."""
    if sum(character.isalpha() for character in text) < _SHORTEST:
        return "en"
    language, probability = _identifier().classify(text)
    if language != "en" and _english_share(text) >= _ENGLISH_SHARE:
        return "en"  # a short English note full of names can read as Dutch to the model
    return str(language) if probability >= _SURE else "en"


def _english_share(text: str) -> float:
    tokens = re.findall(r"[a-z']+", text.lower())
    return sum(token in _ENGLISH_WORDS for token in tokens) / max(1, len(tokens))
