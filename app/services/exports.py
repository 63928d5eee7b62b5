"""Exports of approved reports (DOCX), and of the first AI draft kept beside them."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from app.domain import Action, CaseDetail, ReportOrigin, ReportState
from app.services.cases import detail
from app.services.context import Context
from app.services.errors import BadInput, ServiceError
from app.services.session import AuthSession
from app.store import audit as chain
from app.store import repositories as repo
from app.store.repositories import Session


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    sha256: str


class ExportService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def export_docx(self, actor: AuthSession, case_id: int, out: Path) -> ExportResult:
        """Write the approved report; the case becomes (or stays) exported."""
        return self._export(actor, case_id, Path(out), kind="report")

    def export_first_draft(self, actor: AuthSession, case_id: int, out: Path) -> ExportResult:
        """The first AI draft, retained as long as the report (Cal. Penal Code § 13663)."""
        return self._export(actor, case_id, Path(out), kind="first_draft")

    def export_pdf(self, actor: AuthSession, case_id: int, out: Path) -> ExportResult:
        """The approved report as PDF (needs LibreOffice: see pdf_available)."""
        available, reason = self.pdf_available()
        if not available:
            raise BadInput(f"PDF export is not available: {reason}.")
        return self._export(actor, case_id, Path(out), kind="pdf")

    def pdf_available(self) -> tuple[bool, str]:
        try:
            return self._ctx.engines.pdf_available()  # type: ignore[no-any-return]
        except ImportError:
            return False, "the export engine is not installed"

    def _export(self, actor: AuthSession, case_id: int, out: Path, *,
                kind: str) -> ExportResult:
        ctx = self._ctx
        first_draft = kind == "first_draft"
        action = {"report": "report_export", "first_draft": "first_draft_export",
                  "pdf": "report_export_pdf"}[kind]
        suffix = ".pdf" if kind == "pdf" else ".docx"

        def body(session: Session) -> ExportResult:
            user, facts = ctx.require_case(session, actor, Action.EXPORT, case_id)
            target = out.expanduser()
            if target.is_dir():
                raise BadInput(f"{target}: is a folder; give a {suffix} file name.")
            if not target.parent.is_dir():
                raise BadInput(f"{target}: the folder {target.parent} does not exist.")
            case = detail(session, case_id)
            head = chain.head(session)
            bundle = self._bundle(session, case, head, user.label)
            try:
                if kind == "first_draft":
                    ctx.engines.write_first_draft_docx(bundle, target)
                elif kind == "pdf":
                    ctx.engines.write_report_pdf(bundle, target)
                else:
                    ctx.engines.write_report_docx(bundle, target)
            except ImportError as exc:
                raise ServiceError("DOCX export is not available in this installation "
                                   f"({exc}).") from exc
            except (ValueError, OSError) as exc:
                raise BadInput(f"{target}: cannot write the export ({exc}).") from exc
            sha = _sha256(target)
            number = case.first_draft.number if first_draft else facts.version
            repo.add_export(session, case_id, number, user_id=user.id, kind=kind,
                            path=str(target.resolve()), sha256=sha, audit_head_seq=head[0])
            if not first_draft and facts.state is not ReportState.EXPORTED:
                repo.set_state(session, case_id, ReportState.EXPORTED)
            ctx.audit(session, user, action, object_type="case", object_id=case_id,
                      details={"version": number, "path": str(target.resolve()), "sha256": sha,
                               "audit_head_seq": head[0], "audit_head_hash": head[1]})
            return ExportResult(target, sha)

        return ctx.run(actor, action, body, object_type="case", object_id=case_id)

    def _bundle(self, session: Session, case: CaseDetail, head: tuple[int, str],
                exported_by: str) -> object:
        settings = self._ctx.settings
        return self._ctx.engines.export_bundle(
            agency_name=settings.agency_name,
            agency_logo=Path(settings.agency_logo) if settings.agency_logo else None,
            case=case, ai_programs=ai_programs(session, case),
            attestation_text=settings.attestation_text,
            audit_head=head, exported_at=repo.now_utc(), exported_by=exported_by,
            officer_account=case.officer_account,
        )


def ai_programs(session: Session, case: CaseDetail) -> tuple[str, ...]:
    """Every AI program used on the case, for the disclosure the law asks for."""
    programs = []
    transcript = repo.transcript(session, case.id)
    if transcript is not None and transcript.engine:
        programs.append(f"{transcript.engine} (transcription)")
    if case.first_draft.origin is ReportOrigin.AI_DRAFT:
        provenance = repo.version_provenance(session, case.id, case.first_draft.number) or {}
        model = provenance.get("model")
        programs.append(f"{model} (drafting)" if model
                        else "AI drafting program of the imported draft (not recorded)")
    return tuple(programs)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
