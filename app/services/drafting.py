"""Drafting a report through the configured OpenAI-compatible server.

The server call can take a minute, so it runs outside any database transaction: first a short
transaction checks the permission and reads the transcript, then the server is asked, then one
write transaction saves the drafted version with its provenance and audit event. A failed call
records a failed attempt in the audit trail and creates no report version.
"""

from __future__ import annotations

import dataclasses
import hashlib
from typing import Any

from app.domain import Action, CaseDetail, Flag, FlagKind, ReportOrigin, Severity, Transcript
from app.llm import DraftingError, DraftResult, DraftSentence, draft_report
from app.llm.prompts import PROMPT_VERSION
from app.services import versions
from app.services.attention import plant
from app.services.cases import detail
from app.services.context import Context
from app.services.errors import BadInput, Refused
from app.services.session import AuthSession
from app.settings import Settings
from app.store import repositories as repo
from app.store.repositories import Session

ACTION = "report_draft"
AI_ORIGINS = frozenset({ReportOrigin.AI_DRAFT, ReportOrigin.AI_REGENERATION})


def missing_settings(settings: Settings) -> tuple[str, ...]:
    """The environment variables still needed before drafting can work."""
    missing = []
    if not (settings.llm_base_url or "").strip():
        missing.append("COUNTERSIGN_LLM_BASE_URL")
    if not (settings.llm_model or "").strip():
        missing.append("COUNTERSIGN_LLM_MODEL")
    return tuple(missing)


def not_configured_message(settings: Settings) -> str | None:
    missing = missing_settings(settings)
    if not missing:
        return None
    return f"drafting is not configured: set {' and '.join(missing)}"


def draft_transcript(settings: Settings, transcript: Transcript, *,
                     outcome: str = "no report was drafted") -> DraftResult:
    """Ask the configured server for a draft (no database). BadInput when not configured,
    Refused with one line (ending with `outcome`) when the server fails."""
    problem = not_configured_message(settings)
    if problem is not None:
        raise BadInput(problem)
    try:
        return draft_report(transcript, base_url=(settings.llm_base_url or "").strip(),
                            model=(settings.llm_model or "").strip(),
                            api_key=settings.llm_api_key,
                            timeout=settings.llm_timeout)
    except DraftingError as exc:
        raise Refused(f"Drafting failed: {exc}; {outcome}.") from exc


def uncited_flags(result: DraftResult) -> tuple[Flag, ...]:
    """One high-severity flag per drafted sentence whose citation is missing or unknown."""
    flags: list[Flag] = []
    seen: dict[str, int] = {}
    for sentence in result.citation_problems:
        flag_id = _flag_id(sentence)
        seen[flag_id] = seen.get(flag_id, 0) + 1
        if seen[flag_id] > 1:  # the same sentence twice: -2, -3 like the verifier's ids
            flag_id = f"{flag_id}-{seen[flag_id]}"
        flags.append(Flag(
            id=flag_id, kind=FlagKind.UNCITED_DRAFT_SENTENCE, severity=Severity.HIGH,
            message=f'The drafted sentence "{sentence.text}" {sentence.problem}: nothing in '
                    "the transcript backs it; check it against the recording.",
            claim=sentence.text,
            suggestion="Delete the sentence, or confirm it from what you saw yourself."))
    return versions.place_draft_flags(result.text, flags)


def _flag_id(sentence: DraftSentence) -> str:
    key = "\x1f".join([FlagKind.UNCITED_DRAFT_SENTENCE.value, " ".join(sentence.text.split())])
    return "f-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:6]


def _request_details(settings: Settings) -> dict[str, Any]:
    return {"base_url": settings.llm_base_url, "model": settings.llm_model,
            "prompt_version": PROMPT_VERSION}


def _result_details(result: DraftResult) -> dict[str, Any]:
    problems = [{"sentence": s.text, "segments": list(s.segments), "problem": s.problem}
                for s in result.citation_problems]
    return {**result.provenance, "source": "drafting server",
            "sentences": len(result.sentences), "citation_problems": problems}


class DraftingService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def configured(self) -> tuple[bool, str]:
        """Whether drafting can be tried, and a line saying why not (or which server)."""
        settings = self._ctx.settings
        problem = not_configured_message(settings)
        if problem is not None:
            return False, problem[0].upper() + problem[1:] + "."
        return True, f"Drafting with {settings.llm_model} at {settings.llm_base_url}."

    def draft_text(self, actor: AuthSession | None, transcript: Transcript) -> DraftResult:
        """Draft from a transcript that belongs to no case; audited as `actor` (or nobody)."""
        ctx = self._ctx
        settings = ctx.settings
        where = _request_details(settings)
        if actor is not None:
            def allowed(session: Session) -> None:
                ctx.require(session, actor, Action.DRAFT)

            ctx.run(actor, ACTION, allowed, object_type="transcript", details=where)
        try:
            result = draft_transcript(settings, transcript)
        except (BadInput, Refused) as exc:
            self._failed(actor, exc, None, where)
            raise
        with ctx.write() as session:
            ctx.audit(session, actor, ACTION, object_type="transcript",
                      details={**_result_details(result),
                               "transcript_segments": len(transcript.segments)})
        return result

    def draft_case(self, actor: AuthSession, case_id: int) -> CaseDetail:
        """Draft the case's report from its transcript and save it as a new, verified version
        (ai_draft when the case has no AI draft yet, else ai_regeneration)."""
        ctx = self._ctx
        settings = ctx.settings
        where = _request_details(settings)

        def allowed(session: Session) -> Transcript:
            ctx.require_case(session, actor, Action.DRAFT, case_id)
            transcript = repo.transcript(session, case_id)
            if transcript is None or not transcript.complete or not transcript.segments:
                raise Refused(f"Case {case_id} has no complete transcript to draft from.")
            problem = not_configured_message(settings)
            if problem is not None:
                raise BadInput(problem)
            return transcript

        transcript = ctx.run(actor, ACTION, allowed, object_type="case", object_id=case_id,
                             details=where)
        try:
            result = draft_transcript(settings, transcript,
                                      outcome="no report version was created")
        except (BadInput, Refused) as exc:
            self._failed(actor, exc, case_id, where)
            raise

        def body(session: Session) -> CaseDetail:
            user, facts = ctx.require_case(session, actor, Action.DRAFT, case_id)
            text = versions.clean_report(result.text)
            planted = None
            if settings.attention_check:
                # every AI draft carries the check: a re-draft repeats the case's sentence
                planted = plant(text, sentence=facts.attention_sentence)
                text = planted.text
                if facts.attention_sentence is None:
                    repo.set_attention_sentence(session, case_id, planted.sentence)
                    facts = dataclasses.replace(facts, attention_sentence=planted.sentence)
            found = repo.case_detail(session, case_id)
            had_ai = found is not None and any(v.origin in AI_ORIGINS for v in found.versions)
            origin = ReportOrigin.AI_REGENERATION if had_ai else ReportOrigin.AI_DRAFT
            provenance = _result_details(result)
            flags = uncited_flags(result)
            saved = versions.save(ctx, session, user, facts, text,
                                  officer_account=facts.officer_account, origin=origin,
                                  provenance=provenance, draft_flags=flags)
            ctx.audit(session, user, ACTION, object_type="case", object_id=case_id, details={
                **provenance, "version": saved.number, "origin": origin.value,
                "sha256": repo.text_sha256(text), "state_was": facts.state.value,
                "uncited_flags": [f.id for f in flags],
                "carried_over": list(saved.carried), "resolved_by_edit": list(saved.resolved),
            })
            if planted is not None:
                ctx.audit(session, user, "attention_check_insert", object_type="case",
                          object_id=case_id, details={"sentence": planted.sentence,
                                                      "offset": planted.offset,
                                                      "version": saved.number})
            return detail(session, case_id)

        return ctx.run(actor, ACTION, body, object_type="case", object_id=case_id,
                       details=where)

    def _failed(self, actor: AuthSession | None, exc: BadInput | Refused,
                case_id: int | None, where: dict[str, Any]) -> None:
        ctx = self._ctx
        with ctx.write() as session:
            ctx.audit(session, actor, ACTION,
                      outcome="failed" if isinstance(exc, Refused) else "refused",
                      object_type="transcript" if case_id is None else "case",
                      object_id=case_id,
                      details={**where, "reason": exc.message, "error": type(exc).__name__})
