"""Optional LLM answers: a model writes prose around quotes that were already verified against the articles.

The model sees the numbered verified quotes [1]..[n] and the paragraphs around them, fenced as data. Whatever
it writes is sanitised as it streams (rag/llm_sanitize.py): quotations not found in the cited source and
markers pointing nowhere never reach the user. Backends go through LlamaIndex integrations (extra `llm`):
any OpenAI-compatible server (llama.cpp's llama-server, vLLM, Ollama's /v1, ...) or Ollama's own API.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from rag.stopwords import stopwords
from rag.errors import LLMUnavailableError
from rag.llm_sanitize import ELIDED, StreamSanitizer, sanitize
from rag.models import Quote
from rag.settings import Settings
from rag.question import content_words
from rag.text import bare, is_arabic

__all__ = ["ELIDED", "AnswerStream", "LLMAnswerer", "LLMUnavailableError", "load_prompt", "sanitize"]

log = logging.getLogger(__name__)

_SECTION = re.compile(r"^\[([a-z_]+(?: [a-z_]+)?)\]\s*$", re.MULTILINE)
# Tags that fence the sources in the prompt: article text must not be able to close or open one.
_FENCE_TAG = re.compile(r"<(?=\s*/?\s*(?:sources?|quote|context|conversation)\b)", re.IGNORECASE)
_ROLE_LINE = re.compile(
    r"^(\W*)(system|assistant|user|developer|human|instructions?|النظام|المساعد)\s*[:：]", re.IGNORECASE | re.MULTILINE
)
_LABEL = re.compile(r"^\s*(?:standalone question|question|arabic|السؤال(?: المستقل)?)\s*[:：]\s*", re.IGNORECASE)


@lru_cache(maxsize=16)
def load_prompt(path: Path) -> dict[str, str]:
    """The [name] sections of a prompt file, each stripped of surrounding blank lines."""
    text = path.read_text(encoding="utf-8")
    marks = list(_SECTION.finditer(text))
    if not marks:
        raise ValueError(f"{path} has no [section] lines; see prompts/llm_answer.txt for the format")
    sections = {}
    for m, nxt in zip(marks, marks[1:] + [None], strict=True):
        sections[m.group(1)] = text[m.end() : nxt.start() if nxt else len(text)].strip("\n")
    return sections


def _defang(text: str) -> str:
    """Article text as data: it can neither close the prompt's fences nor start a line the way a chat turn or a
    system message does ("SYSTEM: …" in a title once came back in an answer's prose)."""
    return _ROLE_LINE.sub(r"\1\2 —", _FENCE_TAG.sub("‹", text))


def _window(context: str, quote: str, limit: int) -> str:
    """At most limit characters of the paragraph, centred on the quote, so long paragraphs keep prompts small."""
    if len(context) <= limit:
        return context
    at = context.find(quote)
    centre = at + len(quote) // 2 if at >= 0 else len(context) // 2
    start = max(0, min(centre - limit // 2, len(context) - limit))
    return "…" + context[start : start + limit] + "…"


def _safe_url(url: str) -> str:
    """The URL without user:password, for messages and logs."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def _backend_errors() -> tuple[type[BaseException], ...]:
    """What the clients raise when the server is down, slow, or refuses the request."""
    errors: list[type[BaseException]] = [ConnectionError, TimeoutError]
    try:
        import httpx

        errors.append(httpx.HTTPError)
    except ImportError:
        pass
    try:
        import openai

        errors.append(openai.APIError)
    except ImportError:
        pass
    try:
        import ollama

        errors.append(ollama.ResponseError)
    except ImportError:
        pass
    return tuple(errors)


def _make_llm(settings: Settings) -> Any:
    missing = "the LLM backends are an optional extra: pip install -e '.[llm]' (or set RAG_ANSWER_MODE=extractive)"
    if settings.llm_backend == "ollama":
        try:
            from llama_index.llms.ollama import Ollama
        except ImportError as e:
            raise LLMUnavailableError(missing) from e
        # Ollama's native API lives at the server root; accept the OpenAI-style .../v1 URL as well.
        base = re.sub(r"/v1/?$", "", settings.llm_base_url.rstrip("/"))
        return Ollama(
            model=settings.llm_model,
            base_url=base,
            request_timeout=settings.llm_timeout,
            temperature=settings.llm_temperature,
            # Set explicitly: otherwise the client asks the server for the model's maximum, which can be 128k
            # tokens and make Ollama allocate a huge cache.
            context_window=8192,
            additional_kwargs={"num_predict": settings.llm_max_tokens},
            is_function_calling_model=False,
        )
    try:
        from llama_index.llms.openai_like import OpenAILike
    except ImportError as e:
        raise LLMUnavailableError(missing) from e
    return OpenAILike(
        model=settings.llm_model,
        api_base=settings.llm_base_url,
        api_key=settings.llm_api_key,
        timeout=settings.llm_timeout,
        # One try: on failure the user gets the extractive answer at once instead of waiting through retries.
        max_retries=0,
        temperature=settings.llm_temperature,
        max_tokens=settings.llm_max_tokens,
        is_chat_model=True,
        is_function_calling_model=False,
    )


class AnswerStream:
    """Iterator over sanitised pieces of the model's answer. After iteration: .text is the whole answer and
    .removed the number of quotations and markers the sanitiser took out.

    Raises LLMUnavailableError while iterating if the backend fails, possibly after some pieces: discard them and
    fall back to the extractive answer."""

    def __init__(self, chunks: Iterator[str], sanitizer: StreamSanitizer, describe: str) -> None:
        self._chunks = chunks
        self._sanitizer = sanitizer
        self._describe = describe
        self._pieces = self._run()
        self.text = ""

    @property
    def removed(self) -> int:
        return self._sanitizer.removed

    def __iter__(self) -> AnswerStream:
        return self

    def __next__(self) -> str:
        return next(self._pieces)

    def _run(self) -> Iterator[str]:
        errors = _backend_errors()
        try:
            for delta in self._chunks:
                safe = self._sanitizer.feed(delta)
                if safe:
                    self.text += safe
                    yield safe
        except errors as e:
            raise LLMUnavailableError(_unavailable(self._describe, e)) from e
        rest = self._sanitizer.finish()
        if rest:
            self.text += rest
            yield rest


def _unavailable(describe: str, error: BaseException) -> str:
    reason = type(error).__name__
    detail = str(error).splitlines()[0][:200] if str(error) else ""
    return (
        f"The language model ({describe}) did not answer: {reason}{': ' + detail if detail else ''}. "
        "Check that the server is running and reachable at RAG_LLM_BASE_URL, that RAG_LLM_MODEL names a model it "
        "serves, and raise RAG_LLM_TIMEOUT for a slow model; RAG_ANSWER_MODE=extractive turns the model off."
    )


class LLMAnswerer:
    """Writes prose answers around verified quotes, and condenses follow-ups, with the configured model."""

    def __init__(
        self, llm: Any, settings: Settings, *, context_chars: int = 700, history_turns: int = 3, history_answer_chars: int = 600
    ) -> None:
        self.llm = llm
        self.settings = settings
        self.context_chars = context_chars
        self.history_turns = history_turns
        self.history_answer_chars = history_answer_chars
        self.answer_prompt = load_prompt(settings.prompts_dir / "llm_answer.txt")
        self.condense_prompt = load_prompt(settings.prompts_dir / "llm_condense.txt")
        self.translate_prompt = load_prompt(settings.prompts_dir / "llm_translate.txt")
        self.describe = f"{settings.llm_backend} at {_safe_url(settings.llm_base_url)}, model {settings.llm_model}"

    @classmethod
    def from_settings(cls, settings: Settings) -> LLMAnswerer:
        """Raises LLMUnavailableError when the `llm` extra is not installed. Makes no request yet."""
        return cls(_make_llm(settings), settings)

    # -- answering ------------------------------------------------------------------------------

    def answer_messages(self, question: str, quotes: Sequence[Quote], contexts: Sequence[str], language: str) -> list:
        from llama_index.core.llms import ChatMessage

        p = self.answer_prompt
        blocks = []
        for n, q in enumerate(quotes, 1):
            context = _window(contexts[n - 1], q.text, self.context_chars) if n <= len(contexts) else q.text
            fields = {
                "n": n,
                "title": _defang(q.title).replace('"', "'"),
                "quote": _defang(q.text),
                "context": _defang(context),
                "speaker": _defang(q.speaker or "").replace('"', "'"),
            }
            section = ("source_denied" if q.denied else "source") if q.speaker else "source_no_speaker"
            blocks.append(p[section].format(**fields))
        language_name = p.get(f"language {language}", language)
        values = {"language_name": language_name, "count": len(quotes), "question": question, "sources": "\n".join(blocks)}
        return [
            ChatMessage(role="system", content=p["system"].format(**values)),
            ChatMessage(role="user", content=p["user"].format(**values)),
        ]

    def stream_answer(self, question: str, quotes: list[Quote], contexts: list[str], language: str) -> AnswerStream:
        """Sanitised pieces of the model's answer citing quotes as [1]..[n]; contexts[i] is the paragraph around
        quotes[i]. Raises LLMUnavailableError (at the first next() if the server is unreachable)."""
        if not quotes:
            raise ValueError("stream_answer needs at least one verified quote; give the extractive not-found answer")
        messages = self.answer_messages(question, quotes, contexts, language)
        return AnswerStream(self._deltas(messages), StreamSanitizer(quotes), self.describe)

    def _deltas(self, messages: list) -> Iterator[str]:
        for chunk in self.llm.stream_chat(messages):
            if chunk.delta:
                yield chunk.delta

    # -- follow-ups -----------------------------------------------------------------------------

    def condense(self, question: str, history: list[tuple[str, str]]) -> str:
        """The follow-up rewritten as a standalone question in its own language; the question unchanged when
        there is no history, the model fails, or its rewrite changes the language or drops what was asked."""
        if not history:
            return question
        p = self.condense_prompt
        turns = []
        for q, a in history[-self.history_turns :]:
            a = a if len(a) <= self.history_answer_chars else a[: self.history_answer_chars] + "…"
            turns.append(p["turn"].format(question=_defang(q), answer=_defang(a)))
        reply = self._reply(p, {"history": "\n".join(turns), "question": question}, "the follow-up is searched as asked")
        if reply is None:
            return question
        rewrite = _standalone(reply)
        if not _keeps_meaning(question, rewrite):
            log.info("condensed question rejected (%r); searching the follow-up as asked", rewrite[:200])
            return question
        return rewrite

    def arabic_rendering(self, question: str) -> str | None:
        """The question in Arabic, for the lexical side of retrieval and quote scoring (never shown); None when
        the model fails or its reply is not plausibly a rendering (plausible_rendering)."""
        fallback = "the question's words are looked up in the dictionary"
        reply = self._reply(self.translate_prompt, {"question": question}, fallback)
        if reply is None:
            return None
        rendering = plausible_rendering(question, reply)
        if rendering is None:
            log.info("Arabic rendering rejected (%r); %s", reply[:200], fallback)
        return rendering

    def _reply(self, prompt: dict[str, str], values: dict[str, str], fallback: str) -> str | None:
        """One short exchange: the prompt's system and user sections filled with values, the model's reply; None
        (logged with what happens instead) when the backend fails."""
        from llama_index.core.llms import ChatMessage

        messages = [
            ChatMessage(role="system", content=prompt["system"].format(**values)),
            ChatMessage(role="user", content=prompt["user"].format(**values)),
        ]
        try:
            return self.llm.chat(messages).message.content or ""
        except _backend_errors() as e:
            log.warning("%s; %s", _unavailable(self.describe, e), fallback)
            return None


def plausible_rendering(question: str, reply: str) -> str | None:
    """The model's reply as an Arabic rendering of the question, or None when it cannot be one: not mostly
    Arabic, far longer than the question, or not a question when the question was one (small models answer
    instead of translating)."""
    rendering = _standalone(reply)
    asks = question.rstrip().endswith(("?", "؟"))
    if not rendering or not is_arabic(rendering) or len(rendering) > 3 * len(question) + 50:
        return None
    return None if asks and not rendering.endswith(("?", "؟")) else rendering


def _keeps_meaning(question: str, rewrite: str) -> bool:
    """Same language, not a ramble, and every content word of the follow-up still there: a rewrite may only
    add the person or topic a follow-up leaves out, never drop what the user asked about."""
    if not rewrite or is_arabic(rewrite) != is_arabic(question) or len(rewrite) > 4 * len(question) + 200:
        return False
    stop = {bare(w) for w in stopwords("arabic")}
    return {t for t in content_words(question) if t not in stop} <= content_words(rewrite)


def _standalone(reply: str) -> str:
    """The first non-empty line, without a label or wrapping quotation marks the model may add."""
    line = next((ln for ln in reply.strip().splitlines() if ln.strip()), "")
    return _LABEL.sub("", line).strip().strip("\"'“”«»").strip()
