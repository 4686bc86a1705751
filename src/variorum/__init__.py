"""variorum: collate the news coverage of one story.

    >>> import variorum
    >>> dossier = variorum.collate(["examples/northgate"])       # doctest: +SKIP
    >>> variorum.render(dossier, "html")                         # doctest: +SKIP
"""

__version__ = "0.1.0"

from .api import collate, collate_articles, extract_corpus, render
from .dossier import Dossier
from .errors import VariorumError
from .extract import extract_article
from .model import Article, ArticleFindings

__all__ = [
    "Article",
    "ArticleFindings",
    "Dossier",
    "VariorumError",
    "__version__",
    "collate",
    "collate_articles",
    "extract_article",
    "extract_corpus",
    "render",
]
