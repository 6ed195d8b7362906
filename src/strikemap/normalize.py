"""Normalise romanised Arabic place names so that spelling variants meet.

Three levels, from strict to loose, each a pure function of a string:

``fold``
    Lower case, diacritics and apostrophes removed, hyphens as spaces:
    ``"Ma'arrat al-Nu'man"`` -> ``"maarrat al numan"``.
``key``
    ``fold`` plus the rules of Arabic romanisation: the article and its
    assimilated forms dropped (al-/el-/ad-/ar-/as-/ash-/az-/ez-, "Ezzor"),
    Abu/Albu/Bou made one, Tal/Tell/Tall, Kafr/Kafar/Kfar and Jabal/Jebel
    made one (with Til, Kfer, Djebel, Gebel), doubled letters single, ou/oo -> u, o -> u,
    ee -> i, ei/ai/ae/ey -> ay, q -> k, th -> t, dh -> d, kh -> k, gh -> g,
    ch/sch -> sh, dj -> j, -iyah/-iya/-iyeh/-ieh/-ia/-ie/-ye -> ia and other
    -ah/-eh/-a/-e endings -> a, spaces removed:
    ``"Deir ez-Zor"``, ``"Dayr az Zawr"`` and ``"Deir Ezzor"`` become
    ``"dayrzur"``, ``"dayrzawr"``, ``"dayrzur"``.
``skeleton``
    ``key`` without its vowels after the first letter (w and y count as
    vowels), an opening vowel written a: ``"Itria"`` and ``"Ithriya"`` both give ``"itr"``. Skeletons
    collide often, so a skeleton match is only trusted together with a
    similarity score on the keys (see :mod:`strikemap.resolver`).

Arabic script is folded by removing diacritics and unifying alef, ya and
ta marbuta forms, so ``"الرقة"`` meets ``"الرقه"``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

__all__ = ["fold", "key", "skeleton", "is_arabic", "romanised_arabic", "ARTICLES", "ARABIC_NAMING"]

ARTICLES = frozenset(
    "al el il ul l ad adh ar as ash at ath az an ed er es esh et ez en asch esch ech ach".split()  # (German, French sh)
)
# Countries whose place names are romanised Arabic, so that a leading "al",
# "en" or "as" is the article (Arab League members, plus Israel and Western
# Sahara, whose Arabic localities carry it too). Elsewhere "En" in "En-shih"
# or "As" in "As Pontes" is part of the name.
ARABIC_NAMING = frozenset(
    "AE BH DJ DZ EG EH IL IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE".split()
)
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_ARABIC_MARKS = re.compile(r"[\u064B-\u065F\u0670\u0640]")
_APOSTROPHES = re.compile(r"['’‘`ʿʾ´ʼʻ]")
_SEPARATORS = re.compile(r"[\s\-_./,()]+")
_NON_ALNUM = re.compile(r"[^a-z0-9 ]")
# Article glued to a doubled sun letter: "Ezzor", "Arraqqa", "Assuwayda".
_GLUED_ARTICLE = re.compile(r"^[ae](t|th|d|dh|r|z|s|sh|n)(?=\1[a-z]{2})")
_GLUED_AL = re.compile(r"^al(?=[bcdfghjklmnpqrstvwxz][a-z]{3})")
_DIGRAPHS = [
    ("sch", "sh"), ("tch", "sh"), ("ch", "sh"), ("dj", "j"), ("kh", "k"), ("gh", "g"),
    ("th", "t"), ("dh", "d"), ("ph", "f"), ("q", "k"), ("ck", "k"), ("c", "k"),
    ("x", "ks"), ("v", "w"),
    ("ou", "u"), ("oo", "u"), ("ee", "i"), ("o", "u"),
    ("ei", "ay"), ("ai", "ay"), ("ey", "ay"), ("ie", "i"), ("aw", "aw"),
]
_DIGRAPH_RE = re.compile("|".join(re.escape(a) for a, _ in _DIGRAPHS))
_DIGRAPH_MAP = dict(_DIGRAPHS)
_AE = re.compile(r"ae(?!h?$)")
_ENDINGS = re.compile(r"(?:iyyah|iyyeh|iyya|iyah|iyeh|iya|iye|ieh|iah|ia|ie|iy|i|(?<![aeiou])ye)$")
_FINAL_VOWEL_H = re.compile(r"(?:ah|eh|a|e)$")
_DOUBLE = re.compile(r"([a-z])\1+")
_TRIPLE = re.compile(r"([a-z])\1{2,}")
_DOUBLE_CONSONANT = re.compile(r"([b-df-hj-np-tv-z])\1+")
_VOWELS = re.compile(r"[aeiouyw]")


def romanised_arabic(country: str) -> bool:
    """Whether names of places in ``country`` (an ISO code; "" for none)
    are romanised Arabic, so that ``key`` drops their article."""
    return not country or country in ARABIC_NAMING


def is_arabic(text: str) -> bool:
    """Whether ``text`` contains Arabic script."""
    return bool(_ARABIC.search(text))


def _fold_arabic(text: str) -> str:
    text = _ARABIC_MARKS.sub("", text)
    for src, dst in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه"), ("ؤ", "و"), ("ئ", "ي")):
        text = text.replace(src, dst)
    return " ".join(text.split())


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower-case ASCII form with apostrophes dropped and hyphens as spaces.

    >>> fold("Ma'arrat al-Nu'man")
    'maarrat al numan'
    >>> fold("")
    ''
    """
    if is_arabic(text):
        return _fold_arabic(text)
    text = _APOSTROPHES.sub("", text)
    text = unidecode(unicodedata.normalize("NFKC", text)).lower()
    text = _APOSTROPHES.sub("", text)
    text = _SEPARATORS.sub(" ", text)
    return " ".join(_NON_ALNUM.sub("", text).split())


# Generic heads of Arabic place names, each spelt several ways ("Tal
# Abyad", "Tell Abyad", "Tall Abyad"; "Kafar Sajna", "Kfar Sajna").
_HEADS = {"tal": "tal", "tel": "tal", "tell": "tal", "tall": "tal", "til": "tal", "kafr": "kafr", "kafar": "kafr",
          "kfar": "kafr", "kefr": "kafr", "kfer": "kafr", "kefer": "kafr", "jabal": "jabal", "jebel": "jabal",
          "jbel": "jabal", "jabel": "jabal", "djebel": "jabal", "gebel": "jabal"}



def _token_key(token: str, drop_articles: bool, glued: bool = True) -> str:
    if token in ("abu", "albu", "bu", "bou", "abou"):
        return "bu"
    if token in _HEADS:
        return _HEADS[token]
    if token.startswith("abu") and len(token) > 5:
        token = "bu" + token[3:]
    if drop_articles and glued:
        token = _GLUED_ARTICLE.sub("", token, count=1)
        token = _GLUED_AL.sub("", token)
    # doubled consonants are made single before the digraphs ("Shaykhh"), doubled
    # vowels after them, so that ee -> i and oo -> u apply ("Tishreen", "Latmeen")
    token = _DOUBLE_CONSONANT.sub(r"\1", _TRIPLE.sub(r"\1\1", token))
    if token.endswith("ieh"):
        token = token[:-3] + "iyeh"  # an ending, not the digraph ie: "Nabatieh" is Nabatiyeh
    token = _DIGRAPH_RE.sub(lambda m: _DIGRAPH_MAP[m.group(0)], token)
    token = _AE.sub("ay", token)  # "Qaem" as "Qaim" (not the ending of "Mazraeh")
    if len(token) > 3:
        stem = _ENDINGS.sub("", token)
        if stem != token and len(stem) >= 2:
            token = stem + "ia"
        else:
            stem = _FINAL_VOWEL_H.sub("", token)
            if stem != token and len(stem) >= 2:
                token = stem + "a"
    return _DOUBLE.sub(r"\1", token)


@lru_cache(maxsize=200_000)
def key(text: str, drop_articles: bool = True, glued: bool = True) -> str:
    """Normalised matching key of a place name.

    ``drop_articles=False`` keeps the article, separate or glued, for names
    that are not romanised Arabic (see ``ARABIC_NAMING``); ``glued=False``
    keeps only what looks like a glued article ("Azzeh" may be 'Izzah as
    well as az-Zeh).

    >>> key("Deir ez-Zor") == key("Deir Ezzor") == key("Deir al-Zor")
    True
    >>> key("Ithriya") == key("Itria")
    True
    >>> key("")
    ''
    """
    folded = fold(text)
    if is_arabic(folded):
        return "ar:" + folded.replace(" ", "").replace("ال", "", 1)
    tokens = [t for t in folded.split() if t]
    if len(tokens) > 1 and drop_articles:
        tokens = [t for t in tokens if t not in ARTICLES] or tokens
    return "".join(_token_key(t, drop_articles, glued) for t in tokens)


@lru_cache(maxsize=200_000)
def skeleton(text_key: str) -> str:
    """Consonant skeleton of a key: its first letter, then no vowels.

    >>> skeleton(key("Tadmur")), skeleton(key("Tamdor"))
    ('tdmr', 'tmdr')
    >>> skeleton("")
    ''
    """
    if not text_key or text_key.startswith("ar:"):
        return text_key
    # an opening vowel is kept as a vowel, not as which one: "Edlib" is Idlib, "Efrin" Afrin
    first = "a" if text_key[0] in "aeiou" else text_key[0]
    return _DOUBLE.sub(r"\1", first + _VOWELS.sub("", text_key[1:]))
