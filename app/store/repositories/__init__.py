"""Repositories: a Session in, domain values out. ORM rows never leave this package.

The services own every rule; these functions only read and write rows. One module per
feature (users, cases, transcripts, versions, decisions, read models); this package
re-exports them all, so services keep writing `repo.find_user(...)`.
"""

from __future__ import annotations

from app.store.repositories.base import (
    Session,
    database_errors,
    now_utc,
    text_sha256,
)
from app.store.repositories.cases import (
    CaseFacts,
    add_media,
    case_facts,
    create_case,
    media,
    set_attention_sentence,
    set_officer_account,
    set_state,
    set_transcript_status,
    transcript_status,
)
from app.store.repositories.decisions import (
    AckRow,
    acknowledgements,
    add_acknowledgement,
    add_decision,
    add_export,
)
from app.store.repositories.read_models import (
    audit_hash_at,
    case_detail,
    case_meta,
    case_summaries,
)
from app.store.repositories.transcripts import add_transcript, rename_speaker, transcript
from app.store.repositories.users import (
    Credentials,
    add_user,
    count_users,
    credentials,
    find_user,
    list_users,
    set_failures,
    set_password_hash,
    user_by_id,
)
from app.store.repositories.versions import add_version, version, version_provenance

__all__ = [
    "AckRow",
    "CaseFacts",
    "Credentials",
    "Session",
    "acknowledgements",
    "add_acknowledgement",
    "add_decision",
    "add_export",
    "add_media",
    "add_transcript",
    "add_user",
    "add_version",
    "audit_hash_at",
    "case_detail",
    "case_facts",
    "case_meta",
    "case_summaries",
    "count_users",
    "create_case",
    "credentials",
    "database_errors",
    "find_user",
    "list_users",
    "media",
    "now_utc",
    "rename_speaker",
    "set_attention_sentence",
    "set_failures",
    "set_officer_account",
    "set_password_hash",
    "set_state",
    "set_transcript_status",
    "text_sha256",
    "transcript",
    "transcript_status",
    "user_by_id",
    "version",
    "version_provenance",
]
