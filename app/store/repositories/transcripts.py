"""Transcript rows: segments and words in, a Transcript out; speaker renames."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import Segment, Transcript, Word
from app.store.models import SegmentRecord, TranscriptRecord, WordRecord
from app.store.repositories.base import _naive, now_utc
from app.store.repositories.cases import _case_row

# ----------------------------------------------------------------------------- transcripts


def add_transcript(session: Session, case_id: int, transcript: Transcript, *, status: str,
                   source: str) -> None:
    row = TranscriptRecord(case_id=case_id, status=status, source=source,
                           engine=transcript.engine, language=transcript.language,
                           duration=transcript.duration, media_sha256=transcript.media_sha256,
                           created_at=_naive(now_utc()))
    for position, seg in enumerate(transcript.segments):
        seg_row = SegmentRecord(position=position, segment_id=seg.id, start=seg.start,
                                end=seg.end, speaker=seg.speaker, text=seg.text)
        seg_row.words = [
            WordRecord(position=i, start=w.start, end=w.end, word=w.word,
                       probability=w.probability)
            for i, w in enumerate(seg.words)
        ]
        row.segments.append(seg_row)
    session.add(row)
    _case_row(session, case_id).transcript_status = status
    session.flush()


def _transcript_row(session: Session, case_id: int) -> TranscriptRecord | None:
    return session.execute(
        select(TranscriptRecord).where(TranscriptRecord.case_id == case_id)
        .order_by(TranscriptRecord.id.desc()).limit(1)
    ).scalar_one_or_none()


def transcript(session: Session, case_id: int) -> Transcript | None:
    row = _transcript_row(session, case_id)
    if row is None:
        return None
    segments = tuple(
        Segment(id=s.segment_id, text=s.text, start=s.start, end=s.end, speaker=s.speaker,
                words=tuple(Word(start=w.start, end=w.end, word=w.word,
                                 probability=w.probability) for w in s.words))
        for s in row.segments
    )
    return Transcript(segments=segments, language=row.language, duration=row.duration,
                      engine=row.engine, media_sha256=row.media_sha256,
                      complete=row.status == "complete")


def rename_speaker(session: Session, case_id: int, old: str, new: str) -> int:
    row = _transcript_row(session, case_id)
    if row is None:
        return 0
    changed = 0
    for seg in row.segments:
        if seg.speaker == old:
            seg.speaker = new
            changed += 1
    session.flush()
    return changed
