"""Typed ORM rows. They never leave app/store: repositories turn them into domain values."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class UserRecord(Base):
    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    badge: Mapped[str | None] = mapped_column(String(32))
    role: Mapped[str] = mapped_column(String(32))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_count: Mapped[int] = mapped_column(Integer, default=0)
    failed_window_start: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class CaseRecord(Base):
    __tablename__ = "case_file"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), index=True)
    state: Mapped[str] = mapped_column(String(16), index=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    case_number: Mapped[str | None] = mapped_column(String(64))
    incident_date: Mapped[str | None] = mapped_column(String(32))
    incident_time: Mapped[str | None] = mapped_column(String(32))
    location: Mapped[str | None] = mapped_column(String(200))
    officer_account: Mapped[str | None] = mapped_column(Text)
    attention_sentence: Mapped[str | None] = mapped_column(Text)
    transcript_status: Mapped[str] = mapped_column(String(16), default="none")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    officer: Mapped[UserRecord] = relationship()


class MediaAssetRecord(Base):
    __tablename__ = "media_asset"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int | None] = mapped_column(Integer)
    duration: Mapped[float | None] = mapped_column(Float)
    container: Mapped[str | None] = mapped_column(String(64))
    video_codec: Mapped[str | None] = mapped_column(String(64))
    audio_codec: Mapped[str | None] = mapped_column(String(64))
    has_video: Mapped[bool] = mapped_column(Boolean, default=False)
    has_audio: Mapped[bool] = mapped_column(Boolean, default=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime)


class TranscriptRecord(Base):
    __tablename__ = "transcript"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    # complete | partial | failed | cancelled; only a complete transcript is ever verified.
    status: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(16))  # asr | imported
    engine: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str | None] = mapped_column(String(16))
    duration: Mapped[float | None] = mapped_column(Float)
    media_sha256: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)

    segments: Mapped[list[SegmentRecord]] = relationship(
        order_by="SegmentRecord.position", cascade="all, delete-orphan"
    )


class SegmentRecord(Base):
    __tablename__ = "transcript_segment"
    __table_args__ = (UniqueConstraint("transcript_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    transcript_id: Mapped[int] = mapped_column(ForeignKey("transcript.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    segment_id: Mapped[int] = mapped_column(Integer)
    start: Mapped[float | None] = mapped_column(Float)
    end: Mapped[float | None] = mapped_column(Float)
    speaker: Mapped[str | None] = mapped_column(String(120))
    text: Mapped[str] = mapped_column(Text)

    words: Mapped[list[WordRecord]] = relationship(
        order_by="WordRecord.position", cascade="all, delete-orphan"
    )


class WordRecord(Base):
    __tablename__ = "transcript_word"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    segment_row_id: Mapped[int] = mapped_column(ForeignKey("transcript_segment.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    start: Mapped[float | None] = mapped_column(Float)
    end: Mapped[float | None] = mapped_column(Float)
    word: Mapped[str] = mapped_column(String(200))
    probability: Mapped[float | None] = mapped_column(Float)


class ReportVersionRecord(Base):
    __tablename__ = "report_version"
    __table_args__ = (UniqueConstraint("case_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("report_version.id"))
    origin: Mapped[str] = mapped_column(String(32))
    author_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    analysis_json: Mapped[str] = mapped_column(Text)
    # Drafting provenance (request, model, prompt template version, raw answer) as JSON.
    provenance_json: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class FlagRecord(Base):
    __tablename__ = "flag"
    __table_args__ = (UniqueConstraint("version_id", "flag_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("report_version.id"), index=True)
    flag_id: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    severity: Mapped[str] = mapped_column(String(16))
    message: Mapped[str] = mapped_column(Text)


class AcknowledgementRecord(Base):
    __tablename__ = "acknowledgement"
    __table_args__ = (Index("ix_ack_case_flag", "case_id", "flag_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"))
    flag_id: Mapped[str] = mapped_column(String(64))
    version_id: Mapped[int] = mapped_column(ForeignKey("report_version.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    resolution: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(DateTime)


class DecisionRecord(Base):
    __tablename__ = "workflow_decision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("report_version.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    kind: Mapped[str] = mapped_column(String(16))  # sign | approve | return | void
    comment: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime)


class ExportRecord(Base):
    __tablename__ = "export"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("report_version.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    kind: Mapped[str] = mapped_column(String(16))  # report | first_draft | pdf
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    audit_head_seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(DateTime)


class AuditEventRecord(Base):
    """One row of the hash-chained, append-only audit trail (see app/store/audit.py)."""

    __tablename__ = "audit_event"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))  # UTC ISO-8601, microseconds, "Z"
    user_id: Mapped[int | None] = mapped_column(Integer)
    username: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    object_type: Mapped[str | None] = mapped_column(String(32))
    object_id: Mapped[str | None] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(16))  # ok | refused | failed
    details: Mapped[str] = mapped_column(Text)  # canonical JSON
    workstation: Mapped[str | None] = mapped_column(String(255))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
