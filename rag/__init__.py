"""Questions over Arabic news articles, answered with exact, verified, cited quotes."""

from rag.errors import (
    IndexMismatchError,
    IngestError,
    RagError,
    StoreMissingError,
    StoreUnavailableError,
    StoreVersionError,
)
from rag.models import Answer, Article, Chunk, Quote, Speaker, Statement
from rag.qa import ArticleQA
from rag.llamaindex import ArticleQueryEngine, ArticleRetriever
from rag.settings import Settings

__all__ = [
    "Answer",
    "Article",
    "ArticleQA",
    "ArticleQueryEngine",
    "ArticleRetriever",
    "Chunk",
    "IndexMismatchError",
    "IngestError",
    "Quote",
    "RagError",
    "Settings",
    "Speaker",
    "Statement",
    "StoreMissingError",
    "StoreUnavailableError",
    "StoreVersionError",
]
