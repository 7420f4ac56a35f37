"""Text analysis shared by every search engine.

Pages and queries go through the same steps here — lower case, accents folded, French elisions
removed, stop words dropped, Snowball stemming in the document's language — and every engine
(SQLite FTS5, PostgreSQL tsvector, Elasticsearch) matches these tokens as they are. That is what
makes result sets identical across engines (docs/decisions/0005-search-architecture.md)."""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

MAX_QUERY_LENGTH = 200
MAX_QUERY_TOKENS = 12

_ELISION = re.compile(r"\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)
_TOKEN = re.compile(r"[a-z0-9]+")

STOP_WORDS = {
    "fr": {
        "a",
        "au",
        "aux",
        "avec",
        "ce",
        "ces",
        "cet",
        "cette",
        "dans",
        "de",
        "des",
        "du",
        "elle",
        "en",
        "et",
        "eux",
        "il",
        "ils",
        "je",
        "la",
        "le",
        "les",
        "leur",
        "leurs",
        "lui",
        "ma",
        "mais",
        "me",
        "meme",
        "mes",
        "moi",
        "mon",
        "ne",
        "nos",
        "notre",
        "nous",
        "on",
        "ou",
        "par",
        "pas",
        "pour",
        "qu",
        "que",
        "qui",
        "sa",
        "se",
        "ses",
        "son",
        "sur",
        "ta",
        "te",
        "tes",
        "toi",
        "ton",
        "tu",
        "un",
        "une",
        "vos",
        "votre",
        "vous",
        "y",
        "est",
        "sont",
        "ete",
        "etre",
        "avoir",
        "ont",
        "plus",
        "tres",
        "aussi",
        "comme",
        "entre",
        "sans",
        "sous",
        "chez",
    },
    "en": {
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "but",
        "by",
        "for",
        "from",
        "has",
        "have",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "that",
        "the",
        "their",
        "them",
        "they",
        "this",
        "to",
        "was",
        "were",
        "will",
        "with",
    },
}
STEMMER_LANGUAGE = {"fr": "french", "en": "english"}


def fold(text):
    """Lower case without accents: 'Sécurité Alimentaire' -> 'securite alimentaire'."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=4)
def _stemmer(language):
    return snowballstemmer.stemmer(STEMMER_LANGUAGE.get(language, "french"))


def analyze(text, language="fr"):
    """The list of index tokens for `text` (order kept, duplicates kept)."""
    folded = _ELISION.sub(" ", fold(text).replace("œ", "oe").replace("æ", "ae"))
    stop = STOP_WORDS.get(language, STOP_WORDS["fr"])
    words = [word for word in _TOKEN.findall(folded) if word not in stop]
    return _stemmer(language).stemWords(words)


def analyze_query(query, language="fr"):
    """Distinct tokens of a user's query, at most MAX_QUERY_TOKENS, in order."""
    seen = []
    for token in analyze(query[:MAX_QUERY_LENGTH], language):
        if token not in seen:
            seen.append(token)
    return seen[:MAX_QUERY_TOKENS]


def clean_query(raw):
    """What we keep of a typed query: printable text, single spaces, at most 200 characters."""
    text = "".join(ch if ch.isprintable() else " " for ch in (raw or ""))
    return " ".join(text.split())[:MAX_QUERY_LENGTH]
