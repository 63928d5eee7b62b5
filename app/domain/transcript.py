"""Transcript: segments of speech with optional word timings and probabilities."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Word:
    start: float | None
    end: float | None
    word: str
    probability: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "word": self.word,
                "probability": self.probability}


@dataclass(frozen=True, slots=True)
class Segment:
    id: int
    text: str
    start: float | None = None
    end: float | None = None
    speaker: str | None = None
    words: tuple[Word, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "start": self.start, "end": self.end}
        if self.speaker is not None:
            out["speaker"] = self.speaker
        out["text"] = self.text
        if self.words:
            out["words"] = [w.to_dict() for w in self.words]
        return out


@dataclass(frozen=True, slots=True)
class Transcript:
    segments: tuple[Segment, ...]
    language: str | None = None
    duration: float | None = None
    engine: str | None = None
    media_sha256: str | None = None
    # False while a transcription is partial (cancelled or crashed part-way).
    complete: bool = True

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segments)

    def segment(self, segment_id: int) -> Segment | None:
        for seg in self.segments:
            if seg.id == segment_id:
                return seg
        return None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "language": self.language,
            "duration": self.duration,
            "engine": self.engine,
            "media_sha256": self.media_sha256,
        }
        if not self.complete:
            out["complete"] = False
        out["segments"] = [s.to_dict() for s in self.segments]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Transcript:
        """Build from Transcript JSON (CONTRACTS.md). Raises ValueError with a reason."""
        if not isinstance(data, dict):
            raise ValueError("transcript JSON must be an object")
        raw_segments = data.get("segments")
        if not isinstance(raw_segments, list):
            raise ValueError("transcript JSON needs a 'segments' list")
        segments: list[Segment] = []
        for index, raw in enumerate(raw_segments):
            if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
                raise ValueError(f"segment {index} needs a 'text' string")
            words = tuple(
                Word(
                    start=_opt_float(w.get("start"), f"segment {index} word start"),
                    end=_opt_float(w.get("end"), f"segment {index} word end"),
                    word=str(w.get("word", "")),
                    probability=_opt_float(w.get("probability"), f"segment {index} probability"),
                )
                for w in (raw.get("words") or [])
                if isinstance(w, dict)
            )
            seg_id = raw.get("id", index)
            if not isinstance(seg_id, int) or isinstance(seg_id, bool):
                raise ValueError(f"segment {index} has a non-integer id")
            speaker = raw.get("speaker")
            segments.append(
                Segment(
                    id=seg_id,
                    text=raw["text"],
                    start=_opt_float(raw.get("start"), f"segment {index} start"),
                    end=_opt_float(raw.get("end"), f"segment {index} end"),
                    speaker=str(speaker) if speaker is not None else None,
                    words=words,
                )
            )
        ids = [s.id for s in segments]
        if len(set(ids)) != len(ids):
            raise ValueError("segment ids are not unique")
        return cls(
            segments=tuple(segments),
            language=data.get("language"),
            duration=_opt_float(data.get("duration"), "duration"),
            engine=data.get("engine"),
            media_sha256=data.get("media_sha256"),
            complete=bool(data.get("complete", True)),
        )

    @classmethod
    def from_text(cls, text: str) -> Transcript:
        """One untimed segment per non-empty line."""
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        return cls(segments=tuple(Segment(id=i, text=line) for i, line in enumerate(lines)))


def _opt_float(value: Any, what: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{what} must be a number or null")
    return float(value)
