"""Drafting through any OpenAI-compatible server (vLLM, llama.cpp, Ollama, or a cloud endpoint).

The model answers one JSON object of sentences, each citing transcript segment ids; the code,
not the model, checks every citation. Failures raise DraftingError with one plain sentence and
no report version is created.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from app.domain import Transcript
from app.llm.prompts import PROMPT_VERSION, SYSTEM, user_message

__all__ = ["DraftResult", "DraftSentence", "DraftingError", "draft_report"]


class DraftingError(ValueError):
    """The drafting server could not produce a usable draft (one-line reason)."""


@dataclass(frozen=True, slots=True)
class DraftSentence:
    text: str
    segments: tuple[int, ...]
    problem: str | None = None  # why its citation is not acceptable, if it is not


@dataclass(frozen=True, slots=True)
class DraftResult:
    text: str
    sentences: tuple[DraftSentence, ...]
    provenance: dict[str, Any] = field(default_factory=dict)

    @property
    def citation_problems(self) -> tuple[DraftSentence, ...]:
        return tuple(s for s in self.sentences if s.problem)


def draft_report(
    transcript: Transcript,
    *,
    base_url: str,
    model: str,
    api_key: str | None = None,
    timeout: float = 120.0,
) -> DraftResult:
    """Ask the server for a draft; check its citations against the transcript."""
    import openai

    if not transcript.segments:
        raise DraftingError("the transcript has no segments to draft from")
    messages = [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": user_message(transcript)},
    ]
    request = {"model": model, "messages": messages, "temperature": 0,
               "response_format": {"type": "json_object"}}
    client = openai.OpenAI(base_url=base_url, api_key=api_key or "not-needed",
                           timeout=timeout, max_retries=0)
    try:
        response = client.chat.completions.create(**request)  # type: ignore[call-overload]
    except openai.APITimeoutError as exc:
        raise DraftingError(f"the drafting server at {base_url} did not answer within "
                            f"{timeout:g} s") from exc
    except openai.APIConnectionError as exc:
        raise DraftingError(f"cannot connect to the drafting server at {base_url}") from exc
    except openai.APIStatusError as exc:
        raise DraftingError(f"the drafting server at {base_url} answered HTTP "
                            f"{exc.status_code}: {_short(exc.message)}") from exc
    except openai.OpenAIError as exc:
        raise DraftingError(f"drafting failed: {_short(str(exc))}") from exc
    raw = (response.choices[0].message.content or "") if response.choices else ""
    sentences, breaks = parse_answer(raw, transcript)
    text = join_paragraphs(sentences, breaks)
    provenance = {
        "base_url": base_url,
        "model": model,
        "served_model": getattr(response, "model", None),
        "prompt_version": PROMPT_VERSION,
        "request": {k: v for k, v in request.items() if k != "messages"} | {"messages": messages},
        "raw_answer": raw,
    }
    return DraftResult(text=text, sentences=sentences, provenance=provenance)


def parse_answer(raw: str, transcript: Transcript) -> tuple[tuple[DraftSentence, ...], set[int]]:
    try:
        data = json.loads(_strip_code_fence(raw))
    except json.JSONDecodeError as exc:
        raise DraftingError(f"the drafting server did not answer JSON ({exc.msg})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("sentences"), list):
        raise DraftingError("the drafting server's answer has no 'sentences' list")
    known = {seg.id for seg in transcript.segments}
    sentences: list[DraftSentence] = []
    for index, item in enumerate(data["sentences"]):
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise DraftingError(f"sentence {index} of the answer has no 'text'")
        text = " ".join(item["text"].split())
        if not text:
            continue
        cited = item.get("segments") or []
        if not isinstance(cited, list) or not all(
            isinstance(c, int) and not isinstance(c, bool) for c in cited
        ):
            raise DraftingError(f"sentence {index} of the answer has malformed 'segments'")
        problem = None
        unknown = sorted(set(cited) - known)
        if unknown:
            problem = f"cites segment(s) {', '.join(map(str, unknown))} that do not exist"
        elif not cited and not _is_placeholder(text):
            problem = "cites no transcript segment"
        sentences.append(DraftSentence(text=text, segments=tuple(cited), problem=problem))
    if not sentences:
        raise DraftingError("the drafting server's answer has no sentences")
    raw_breaks = data.get("paragraph_breaks") or []
    if not isinstance(raw_breaks, list):
        raw_breaks = []
    breaks = {b for b in raw_breaks if isinstance(b, int)}
    return tuple(sentences), breaks


def join_paragraphs(sentences: tuple[DraftSentence, ...], breaks: set[int]) -> str:
    paragraphs: list[list[str]] = [[]]
    for index, sentence in enumerate(sentences):
        if index in breaks and paragraphs[-1]:
            paragraphs.append([])
        paragraphs[-1].append(sentence.text)
    return "\n\n".join(" ".join(p) for p in paragraphs if p)


def _is_placeholder(text: str) -> bool:
    return text.startswith("[") and text.endswith("]")


def _strip_code_fence(raw: str) -> str:
    text = raw.strip()
    if text.startswith("```"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
        text = text.rsplit("```", 1)[0]
    return text


def _short(message: str) -> str:
    line = message.strip().splitlines()[0] if message.strip() else "no details"
    return line[:200]
