"""Deterministic stand-ins for the server's language models: titles, categories, action items,
relevance. Same input, same output, so tests can assert on them."""

from __future__ import annotations

import math
import re
from collections import Counter

_WORD = re.compile(r"[a-z0-9]+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_STOP_WORDS = (
    "a an and are as at be but by do for from has have i in is it its me my of on or our so that "
    "the their them then there they this to was we were what when where which who will with you "
    "your about did does how can could would should just"
)
_STOP = frozenset(_STOP_WORDS.split(" "))
_ACTION = re.compile(
    r"^(?:todo:?|to do:?|i need to|i have to|i must|remember to|don't forget to|we need to|"
    r"i should|i will|i'll|let's)\s+(.+)$",
    re.IGNORECASE,
)
# Keyword -> conversation category (values of the spec's CategoryEnum).
_CONVERSATION_CATEGORIES: dict[str, tuple[str, ...]] = {
    "work": ("meeting", "project", "deadline", "client", "team", "office", "manager", "launch"),
    "business": ("revenue", "customer", "sales", "startup", "market", "investor"),
    "technology": ("code", "software", "api", "computer", "bug", "deploy", "server", "python"),
    "health": ("doctor", "gym", "workout", "sleep", "diet", "health", "run", "running"),
    "finance": ("money", "budget", "bank", "invest", "tax", "salary", "price"),
    "education": ("learn", "class", "course", "study", "school", "university", "exam"),
    "family": ("mom", "dad", "family", "kids", "brother", "sister", "parents"),
    "travel": ("trip", "flight", "hotel", "travel", "vacation", "airport"),
    "music": ("song", "music", "guitar", "concert", "album"),
    "sports": ("game", "match", "football", "soccer", "basketball", "tennis"),
}
EMOJI = {
    "work": "💼",
    "business": "📈",
    "technology": "💻",
    "health": "🏃",
    "finance": "💰",
    "education": "📚",
    "family": "👨‍👩‍👧",
    "travel": "✈️",
    "music": "🎵",
    "sports": "⚽",
    "other": "🧠",
}


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def terms(text: str) -> Counter[str]:
    """Content words of a text, counted."""
    return Counter(w for w in words(text) if w not in _STOP)


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def _keyword_index(table: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """keyword -> the categories it scores for (stop words never score)."""
    index: dict[str, tuple[str, ...]] = {}
    for category, keys in table.items():
        for key in keys:
            if key not in _STOP:
                index[key] = (*index.get(key, ()), category)
    return index


_CONVERSATION_INDEX = _keyword_index(_CONVERSATION_CATEGORIES)


def _best(
    text: str, table: dict[str, tuple[str, ...]], index: dict[str, tuple[str, ...]], default: str
) -> str:
    """The category whose keywords occur most often (the first in table order on a tie).

    One dict lookup per word of the text, instead of one per keyword of every category: a
    million seeded memories spent 70% of their time here."""
    scores = dict.fromkeys(table, 0)
    for word in words(text):
        for category in index.get(word, ()):
            scores[category] += 1
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] > 0 else default


def conversation_category(text: str) -> str:
    return _best(text, _CONVERSATION_CATEGORIES, _CONVERSATION_INDEX, "other")


def title(text: str) -> str:
    first = sentences(text)[0] if sentences(text) else ""
    cut = first.split()[:8]
    out = " ".join(cut).rstrip(".!?,;:")
    return out[:1].upper() + out[1:] if out else "Untitled conversation"


def overview(text: str) -> str:
    found = sentences(text)
    body = " ".join(found[:2]) if found else ""
    return body if len(body) <= 280 else body[:277].rstrip() + "..."


def action_items(text: str) -> list[str]:
    """Sentences that commit to doing something ("I need to ...", "TODO ...")."""
    found = []
    for sentence in sentences(text):
        match = _ACTION.match(sentence)
        if match:
            item = match.group(1).rstrip(".!?").strip()
            if item:
                found.append(item[:1].upper() + item[1:500])
    return found


def relevance(query: Counter[str], document: Counter[str]) -> float:
    """Cosine similarity of term counts, in [0, 1]."""
    if not query or not document:
        return 0.0
    dot = sum(count * document[w] for w, count in query.items())
    if not dot:
        return 0.0
    norm = math.sqrt(sum(c * c for c in query.values())) * math.sqrt(
        sum(c * c for c in document.values())
    )
    return round(dot / norm, 4)
