"""strikemap: from news reports of air strikes to a map analysts can trust.

The stages, each usable on its own:

>>> from strikemap import run, Resolver
>>> Resolver()("Tamdor").place.name
'Tadmur'
"""

from strikemap.claims import extract_claims
from strikemap.errors import GazetteerError, InputError, OutputError, StrikemapError
from strikemap.gazetteer import Gazetteer, Place, load_gazetteer
from strikemap.mentions import find_mentions
from strikemap.pipeline import Result, process_article, run
from strikemap.reader import read_article, read_articles
from strikemap.resolver import Resolution, Resolver
from strikemap.sentences import Sentence, split_sentences
from strikemap.strikes import build_strikes

__all__ = [
    "StrikemapError", "InputError", "GazetteerError", "OutputError",
    "Gazetteer", "Place", "load_gazetteer", "Resolver", "Resolution",
    "read_article", "read_articles", "split_sentences", "Sentence",
    "find_mentions", "extract_claims", "build_strikes", "process_article", "run", "Result",
]
__version__ = "0.1.0"
