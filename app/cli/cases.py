"""Case commands: import, transcribe again, list, show and edit; acknowledge, decide, export."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.plumbing import (
    PROG,
    UsageError,
    _as_user,
    _fail,
    _login,
    _read_text,
    _services,
    _settings,
)

if TYPE_CHECKING:
    from app.services import AuthSession, Services


# ------------------------------------------------------------------------------- cases


def cmd_case_import(args: argparse.Namespace) -> int:
    from app.domain import CaseMeta

    meta = CaseMeta(case_number=args.case_number, incident_date=args.incident_date,
                    incident_time=args.incident_time, location=args.location)
    account = _read_text(Path(args.account), "account") if args.account else None
    for given, what in ((args.media, "media"), (args.transcript, "transcript"),
                        (args.draft, "draft")):
        if given is not None and not Path(given).is_file():
            raise UsageError(f"{given}: no such {what} file")
    if args.llm_draft:
        from app.services.drafting import not_configured_message

        problem = not_configured_message(_settings(llm=True))
        if problem is not None:  # before the import, so no case is left without its draft
            raise UsageError(problem)
    services = _services(args, llm=args.llm_draft)
    try:
        actor, _ = _login(services, args.actor or args.officer)
        last: list[str] = []

        def progress(stage: str, _fraction: float) -> None:
            if sys.stderr.isatty() and stage not in last:
                last.append(stage)
                print(f"{stage} ...", file=sys.stderr)

        case_id = services.cases.import_case(
            actor, media=Path(args.media),
            transcript=Path(args.transcript) if args.transcript else None,
            draft=Path(args.draft) if args.draft else None, meta=meta,
            officer_account=account, progress=progress, officer=args.officer)
        print(case_id, flush=True)
        problem = getattr(case_id, "transcription_problem", None)
        if problem is not None:
            _fail(f"case {case_id} imported but transcription failed: {problem}; retry with: "
                  f"{PROG} case transcribe {case_id}")
            return 1
        if args.llm_draft:
            from app.services.errors import ServiceError

            progress("drafting the report", 0.0)
            try:
                services.drafting.draft_case(actor, case_id)
            except ServiceError as exc:
                # The case exists (its id is on stdout); only its draft is missing.
                _fail(f"case {case_id} was imported without a draft: {exc.message}")
                return exc.exit_code
        return 0
    finally:
        services.close()


@_as_user
def cmd_case_transcribe(services: Services, actor: AuthSession, _pw: str,
                        args: argparse.Namespace) -> int:
    """Transcribe a case's recording again after a failed or cancelled transcription."""
    last: list[str] = []

    def progress(stage: str, fraction: float) -> None:
        label = f"{stage} {int(fraction * 10) * 10}%" if stage == "transcribing" else stage
        if label not in last:
            last.append(label)
            print(f"{label} ...", file=sys.stderr, flush=True)

    case = services.cases.retry_transcription(actor, args.case_id, progress=progress)
    if case.transcript_status != "complete":
        _fail(f"case {case.id}: transcription {case.transcript_status} again; the partial "
              f"transcript is kept; retry with: {PROG} case transcribe {case.id}")
        return 1
    print(f"case {case.id}: transcript complete; report version {case.report.number} "
          f"verified, {len(case.open_flags)} open flags")
    return 0


@_as_user
def cmd_case_list(services: Services, actor: AuthSession, _pw: str,
                  args: argparse.Namespace) -> int:
    from app.domain import ReportState

    cases = services.cases.list_cases(
        actor, state=ReportState(args.state) if args.state else None, mine=args.mine)
    if args.format == "json":
        print(json.dumps([{"id": c.id, "officer": c.officer, "state": c.state.value,
                           "open_flags": c.open_flags, "title": c.title,
                           "created_at": c.created_at.isoformat()} for c in cases], indent=2))
        return 0
    print(f"{'ID':>5}  {'OFFICER':<20} {'STATE':<10} {'OPEN':>4}  TITLE")
    for c in cases:
        print(f"{c.id:>5}  {c.officer:<20} {c.state.value:<10} {c.open_flags:>4}  {c.title}")
    return 0


@_as_user
def cmd_case_show(services: Services, actor: AuthSession, _pw: str,
                  args: argparse.Namespace) -> int:
    case = services.cases.get_case(actor, args.case_id)
    if args.format == "json":
        print(json.dumps(case.to_dict(), indent=2, ensure_ascii=False))
        return 0
    from app.verify import render_text

    print(f"Case {case.id}: {case.state.value}, officer {case.officer_name} ({case.officer}), "
          f"report version {case.report.number}, {len(case.open_flags)} open flags")
    print(render_text(case.report.analysis, case.report.text))
    for flag_id, ack in case.acknowledgements.items():
        print(f"  {flag_id}: {ack.resolution.value} by {ack.by}" + (f": {ack.note}"
                                                                    if ack.note else ""))
    returned = [d for d in case.decisions if d.kind == "return"]
    if returned:
        print(f"Returned by {returned[-1].by_name}: {returned[-1].comment}")
    return 0


@_as_user
def cmd_case_edit(services: Services, actor: AuthSession, _pw: str,
                  args: argparse.Namespace) -> int:
    from app.export import read_report

    text = read_report(Path(args.report))
    case = services.review.save_version(actor, args.case_id, text)
    print(f"case {case.id}: version {case.report.number} saved ({case.report.origin.value}), "
          f"{len(case.open_flags)} open flags")
    return 0


@_as_user
def cmd_ack(services: Services, actor: AuthSession, _pw: str, args: argparse.Namespace) -> int:
    from app.domain import Resolution

    case = services.review.acknowledge(actor, args.case_id, args.flag_id,
                                       Resolution(args.resolution), args.note)
    print(f"flag {args.flag_id} acknowledged ({args.resolution}); "
          f"{len(case.open_flags)} flags still open")
    return 0


@_as_user
def cmd_sign(services: Services, actor: AuthSession, password: str,
             args: argparse.Namespace) -> int:
    case = services.workflow.sign(actor, args.case_id, password)
    print(f"case {case.id}: version {case.report.number} signed by {actor.user.username}")
    return 0


@_as_user
def cmd_approve(services: Services, actor: AuthSession, password: str,
                args: argparse.Namespace) -> int:
    case = services.workflow.approve(actor, args.case_id, password)
    print(f"case {case.id}: version {case.report.number} approved by {actor.user.username}")
    return 0


@_as_user
def cmd_return(services: Services, actor: AuthSession, _pw: str,
               args: argparse.Namespace) -> int:
    case = services.workflow.return_report(actor, args.case_id, args.comment)
    print(f"case {case.id}: returned to {case.officer}")
    return 0


@_as_user
def cmd_export(services: Services, actor: AuthSession, _pw: str,
               args: argparse.Namespace) -> int:
    out = Path(args.out)
    if args.first_draft:
        result = services.exports.export_first_draft(actor, args.case_id, out)
    elif out.suffix.lower() == ".pdf":
        result = services.exports.export_pdf(actor, args.case_id, out)
    else:
        result = services.exports.export_docx(actor, args.case_id, out)
    print(f"{result.path}\t{result.sha256}")
    return 0
