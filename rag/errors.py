"""Errors a user can hit. Each message says what happened and what to do about it."""


class RagError(Exception):
    """Base of every error this package raises on purpose."""


class IngestError(RagError):
    """A file could not be ingested; the index keeps its previous version of it."""


class IndexMismatchError(RagError):
    """The store was built with another embedding model than the one configured."""


class StoreVersionError(RagError):
    """The store was written by an incompatible version of this tool or of Chroma."""


class StoreMissingError(RagError):
    """There is no index yet where one was expected."""


class LLMUnavailableError(RagError):
    """The configured language model did not answer (unreachable, timed out, refused the request); callers
    fall back to the extractive answer and say so."""


class StoreUnavailableError(RagError):
    """The Chroma server stopped answering while the index was in use; what was written before stays."""
