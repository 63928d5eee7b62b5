"""Cases: import, list, view, the recording's integrity, speakers and the officer's account."""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

from app.domain import (
    Action,
    CaseDetail,
    CaseMeta,
    CaseSummary,
    ReportOrigin,
    ReportState,
    Transcript,
)
from app.services import importing, versions
from app.services.context import Context
from app.services.engines import TranscriptionCancelledError, TranscriptionStopped
from app.services.errors import (
    BadInput,
    Cancelled,
    NotFound,
    PermissionDenied,
    Refused,
    ServiceError,
)
from app.services.importing import Progress
from app.services.permissions import CaseFacts, check
from app.services.session import AuthSession
from app.store import repositories as repo
from app.store.repositories import Session

MAX_ACCOUNT_CHARS = 200_000


class ImportedCase(int):
    """A new case's id; `transcription_problem` says why its transcription stopped part-way
    (None when it is complete), so a caller can warn without another query."""

    transcription_problem: str | None = None

    @classmethod
    def of(cls, case_id: int, problem: str | None) -> ImportedCase:
        made = cls(case_id)
        made.transcription_problem = problem
        return made


def detail(session: Session, case_id: int) -> CaseDetail:
    found = repo.case_detail(session, case_id)
    if found is None:
        raise NotFound(f"Case {case_id} does not exist.")
    return found


class CaseService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def list_cases(self, actor: AuthSession, *, state: ReportState | None = None,
                   mine: bool = False) -> list[CaseSummary]:
        """The cases the actor may see (officer: own; sergeant: all; clerk: approved)."""
        ctx = self._ctx

        def body(session: Session) -> list[CaseSummary]:
            user, _ = ctx.require(session, actor, Action.VIEW_CASE)
            out = []
            for summary in repo.case_summaries(session):
                owner = repo.find_user(session, summary.officer)
                facts = CaseFacts(summary.id, owner.id if owner else -1, summary.state)
                if check(user, Action.VIEW_CASE, facts) is not None:
                    continue
                if state is not None and summary.state is not state:
                    continue
                if mine and summary.officer != user.username:
                    continue
                out.append(summary)
            ctx.audit(session, user, "case_list", object_type="case",
                      details={"state": None if state is None else state.value, "mine": mine,
                               "count": len(out)})
            return out

        return ctx.run(actor, "case_list", body, object_type="case")

    def get_case(self, actor: AuthSession, case_id: int) -> CaseDetail:
        ctx = self._ctx

        def body(session: Session) -> CaseDetail:
            user, _ = ctx.require_case(session, actor, Action.VIEW_CASE, case_id)
            ctx.audit(session, user, "case_view", object_type="case", object_id=case_id)
            return detail(session, case_id)

        return ctx.run(actor, "case_view", body, object_type="case", object_id=case_id)

    def get_transcript(self, actor: AuthSession, case_id: int) -> Transcript:
        ctx = self._ctx

        def body(session: Session) -> Transcript:
            user, _ = ctx.require_case(session, actor, Action.VIEW_CASE, case_id)
            found = repo.transcript(session, case_id)
            if found is None:
                raise NotFound(f"Case {case_id} has no transcript.")
            ctx.audit(session, user, "transcript_view", object_type="case", object_id=case_id)
            return found

        return ctx.run(actor, "transcript_view", body, object_type="case", object_id=case_id)

    def import_case(self, actor: AuthSession, *, media: Path, transcript: Path | None = None,
                    draft: Path | None = None, meta: CaseMeta | None = None,
                    officer_account: str | None = None, progress: Progress | None = None,
                    cancel: threading.Event | None = None, officer: str | None = None) -> int:
        """Create a case for the actor (an officer imports only their own cases).

        `officer`, when given, names whom the case is for; anyone but the actor is refused.
        """
        ctx = self._ctx
        meta = meta or CaseMeta()
        where = {"media": str(media)}

        def allowed(session: Session) -> None:
            user, _ = ctx.require(session, actor, Action.IMPORT_CASE)
            if officer is not None and officer != user.username:
                raise PermissionDenied(f"You may import cases only for yourself, not for "
                                       f"{officer}.")

        # Refuse before the long work (a transcription can take minutes).
        ctx.run(actor, "case_import", allowed, object_type="case", details=where)
        account = _clean_account(officer_account)
        try:
            prepared = importing.prepare(ctx, media=media, transcript=transcript, draft=draft,
                                         meta=_with_officer(meta, actor), officer_account=account,
                                         progress=progress, cancel=cancel)
        except Cancelled:
            raise
        except ServiceError as exc:  # unreadable files, a failed transcription
            ctx.refused(actor, "case_import", exc, object_type="case", details=where)
            raise

        def body(session: Session) -> int:
            allowed(session)
            user = ctx.actor_user(session, actor)
            title = meta.case_number or Path(prepared.media.path).name
            case_id = repo.create_case(
                session, officer_id=user.id, meta=meta, title=title, officer_account=account,
                attention_sentence=prepared.planted.sentence if prepared.planted else None)
            repo.add_media(session, case_id, prepared.media)
            failed = prepared.transcription_problem is not None
            repo.add_transcript(session, case_id, prepared.transcript,
                                status="partial" if failed else "complete",
                                source=prepared.transcript_source)
            repo.set_transcript_status(session, case_id, prepared.transcript_status)
            repo.add_version(session, case_id, text=prepared.draft or "",
                             origin=ReportOrigin.AI_DRAFT if prepared.draft is not None
                             else ReportOrigin.OFFICER_EDIT,
                             author_id=user.id, analysis=prepared.analysis,
                             provenance=importing.provenance(prepared)
                             if prepared.draft is not None else None)
            ctx.audit(session, user, "case_import", object_type="case", object_id=case_id, details={
                "media": prepared.media.path, "media_sha256": prepared.media.sha256,
                "media_bytes": prepared.media.size, "transcript": prepared.transcript_source,
                "transcript_engine": prepared.transcript.engine,
                "transcript_file": None if transcript is None else str(transcript),
                "draft_file": prepared.draft_path, "flags": len(prepared.analysis.flags),
                "transcript_status": prepared.transcript_status,
                "transcription_problem": prepared.transcription_problem,
                "ai_used": [x for x in (prepared.transcript.engine if
                                        prepared.transcript_source == "asr" else None,
                                        "imported AI draft" if prepared.draft else None) if x],
            })
            if prepared.planted is not None:
                ctx.audit(session, user, "attention_check_insert", object_type="case",
                          object_id=case_id,
                          details={"sentence": prepared.planted.sentence,
                                   "offset": prepared.planted.offset})
            return case_id

        if progress is not None:
            progress("saving the case", 1.0)
        case_id = ctx.run(actor, "case_import", body, object_type="case", details=where)
        return ImportedCase.of(case_id, prepared.transcription_problem)

    def retry_transcription(self, actor: AuthSession, case_id: int, *,
                            progress: Progress | None = None,
                            cancel: threading.Event | None = None) -> CaseDetail:
        """Transcribe the case's recording again after a failed or cancelled transcription.

        The recording's SHA-256 is checked first (a changed file is refused). On success the
        transcript is stored complete and the current report text is re-verified as a new
        version (same text, same origin), so nothing is overwritten. On another failure or a
        cancel the status says so, the partial transcript replaces the last one, and the call
        returns normally; the returned case shows the status.
        """
        ctx = self._ctx
        action = "transcript_retry"

        def look(session: Session) -> tuple[str, str]:
            _, facts = ctx.require_case(session, actor, Action.EDIT_REPORT, case_id)
            if facts.state not in (ReportState.IN_REVIEW, ReportState.RETURNED):
                raise Refused(f"Case {case_id} is {facts.state.value.replace('_', ' ')}; the "
                              "recording can be transcribed again only while it is in review.")
            if detail(session, case_id).transcript_status == "complete":
                raise Refused(f"Case {case_id} already has a complete transcript.")
            info = repo.media(session, case_id)
            if info is None:
                raise NotFound(f"Case {case_id} has no recording.")
            return info.path, info.sha256

        path, expected = ctx.run(actor, action, look, object_type="case", object_id=case_id)
        media = Path(path)

        def hashed(done: int, total: int) -> None:
            if progress is not None:
                progress("hashing the recording", done / total if total else 1.0)

        try:
            actual = ctx.engines.sha256_file(media, progress=hashed, cancel=cancel)
        except ValueError as exc:
            refusal = Refused(f"{media}: the recording cannot be read ({exc}); it was not "
                              "transcribed again.")
            ctx.refused(actor, action, refusal, object_type="case", object_id=case_id)
            raise refusal from exc
        if actual != expected:
            refusal = Refused(f"{media}: the recording changed since it was imported (SHA-256 "
                              "mismatch); it was not transcribed again.")
            ctx.refused(actor, action, refusal, object_type="case", object_id=case_id,
                        details={"expected": expected, "actual": actual})
            raise refusal

        def step(p: object) -> None:
            if progress is not None:
                stage = getattr(p, "stage", "transcribing")
                progress("loading the speech model" if stage == "loading" else "transcribing",
                         max(0.0, min(1.0, float(getattr(p, "fraction", 0.0)))))

        problem: str | None = None
        status = "complete"
        try:
            text = importing.transcribe_stored(ctx, media, step, cancel)
        except (TranscriptionStopped, TranscriptionCancelledError) as exc:
            problem, status = exc.message, ("cancelled" if isinstance(exc, Cancelled)
                                            else "failed")
            text = exc.partial or Transcript(segments=())
        except Cancelled as exc:
            problem, status, text = exc.message, "cancelled", Transcript(segments=())
        except ServiceError as exc:
            ctx.refused(actor, action, exc, object_type="case", object_id=case_id)
            raise
        text = dataclasses.replace(text, media_sha256=expected, complete=status == "complete")

        def body(session: Session) -> CaseDetail:
            user, facts = ctx.require_case(session, actor, Action.EDIT_REPORT, case_id)
            repo.add_transcript(session, case_id, text,
                                status="complete" if problem is None else "partial",
                                source="asr")
            repo.set_transcript_status(session, case_id, status)
            number = None
            if problem is None:
                current = repo.version(session, case_id, facts.version)
                saved = versions.save(
                    ctx, session, user, facts, current.text,
                    officer_account=facts.officer_account, origin=current.origin,
                    provenance={"reverified_after_transcription": facts.version})
                number = saved.number
            ctx.audit(session, user, action, outcome="ok" if problem is None else "failed",
                      object_type="case", object_id=case_id,
                      details={"status": status, "problem": problem, "engine": text.engine,
                               "segments": len(text.segments), "version": number})
            return detail(session, case_id)

        if progress is not None:
            progress("saving the transcript", 1.0)
        return ctx.run(actor, action, body, object_type="case", object_id=case_id)

    def check_media(self, actor: AuthSession, case_id: int, progress: Progress | None = None,
                    cancel: threading.Event | None = None) -> bool:
        """Re-hash the recording; a mismatch (or a missing file) is audited and gives False."""
        ctx = self._ctx

        def look(session: Session) -> str | None:
            ctx.require_case(session, actor, Action.VIEW_CASE, case_id)
            info = repo.media(session, case_id)
            return None if info is None else info.path + "\n" + info.sha256

        found = ctx.run(actor, "media_check", look, object_type="case", object_id=case_id)
        if found is None:
            raise NotFound(f"Case {case_id} has no recording.")
        path, expected = found.split("\n")

        def hashed(done: int, total: int) -> None:
            if progress is not None:
                progress("hashing the recording", done / total if total else 1.0)

        try:
            actual: str | None = ctx.engines.sha256_file(Path(path), progress=hashed,
                                                         cancel=cancel)
        except ValueError:
            actual = None
        ok = actual == expected
        with ctx.write() as session:
            ctx.audit(session, actor, "media_check", outcome="ok" if ok else "failed",
                      object_type="case", object_id=case_id,
                      details={"path": path, "expected": expected, "actual": actual,
                               "reason": None if ok else "missing or unreadable" if actual is None
                               else "the file changed"})
        return ok

    def rename_speaker(self, actor: AuthSession, case_id: int, old: str, new: str) -> Transcript:
        ctx = self._ctx
        new = new.strip()

        def body(session: Session) -> Transcript:
            user, facts = ctx.require_case(session, actor, Action.EDIT_REPORT, case_id)
            if facts.state not in (ReportState.IN_REVIEW, ReportState.RETURNED):
                raise Refused(f"Case {case_id} is {facts.state.value.replace('_', ' ')}; "
                              "speakers can be renamed only while it is in review.")
            if not new or len(new) > 120:
                raise BadInput("A speaker name must have 1 to 120 characters.")
            changed = repo.rename_speaker(session, case_id, old, new)
            if changed == 0:
                raise NotFound(f"No segment of case {case_id} is spoken by {old!r}.")
            ctx.audit(session, user, "speaker_rename", object_type="case", object_id=case_id,
                      details={"old": old, "new": new, "segments": changed})
            found = repo.transcript(session, case_id)
            assert found is not None
            return found

        return ctx.run(actor, "speaker_rename", body, object_type="case", object_id=case_id)

    def set_officer_account(self, actor: AuthSession, case_id: int, text: str) -> CaseDetail:
        """The officer's own account of what they saw; the report is re-verified against it."""
        ctx = self._ctx

        def body(session: Session) -> CaseDetail:
            user, facts = ctx.require_case(session, actor, Action.EDIT_REPORT, case_id)
            account = _clean_account(text)
            repo.set_officer_account(session, case_id, account)
            current = repo.version(session, case_id, facts.version)
            saved = versions.save(ctx, session, user, facts, current.text,
                                  officer_account=account)
            ctx.audit(session, user, "officer_account_set", object_type="case",
                      object_id=case_id,
                      details={"chars": len(account or ""), "version": saved.number,
                               "origin": saved.origin.value, "voided_signature": saved.voided,
                               "resolved_by_edit": list(saved.resolved)})
            return detail(session, case_id)

        return ctx.run(actor, "officer_account_set", body, object_type="case", object_id=case_id)


def _clean_account(text: str | None) -> str | None:
    if text is None or not text.strip():
        return None
    if len(text) > MAX_ACCOUNT_CHARS:
        raise BadInput(f"The officer's account is too long (at most {MAX_ACCOUNT_CHARS} "
                       "characters).")
    return text.strip()


def _with_officer(meta: CaseMeta, actor: AuthSession) -> CaseMeta:
    """Header checks compare the report's officer name and badge with the importing officer."""
    # The signed-in officer is the truth; re-verification later reads the same account values.
    user = actor.user
    return dataclasses.replace(
        meta, officer_name=user.display_name or meta.officer_name or None,
        officer_badge=user.badge or meta.officer_badge,
    )

