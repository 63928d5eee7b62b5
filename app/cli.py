"""The headless command line (CONTRACTS.md): a thin face over app.services.

Exit 0 on success, 1 when refused or a check fails, 2 on bad input or usage, with one plain
line on stderr. Heavy engines (speech model, DOCX, verifier) are imported inside the commands
that need them, so every other command starts quickly.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import socket
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import paths
from app.settings import Settings, load_settings

if TYPE_CHECKING:
    from app.services import AuthSession, Services

PROG = "countersign"
ROLES = ("officer", "sergeant", "records_clerk", "admin")
STATES = ("in_review", "signed", "returned", "approved", "exported")
RESOLUTIONS = ("edited", "confirmed", "not_applicable")


class UsageError(Exception):
    """Bad input found by the command line itself (exit 2)."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # usage error (2) or --help (0): a return code, not an exit
        return exc.code if isinstance(exc.code, int) else 2
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_usage(sys.stderr)
        return 2
    from app.services.errors import ServiceError

    try:
        return handler(args)
    except ServiceError as exc:
        _fail(exc.message)
        return exc.exit_code
    except (UsageError, ValueError) as exc:
        _fail(str(exc))
        return 2
    except KeyboardInterrupt:
        _fail("interrupted; nothing more was done")
        return 130
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, like other command-line tools.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def _fail(message: str) -> None:
    print(" ".join(message.split()), file=sys.stderr)


# ------------------------------------------------------------------------------- plumbing


def _settings(*, llm: bool = False) -> Settings:
    """Settings; the LLM API key only for the commands that draft (`llm`), because asking the
    OS keyring costs time at every start (or a keyring unlock prompt on some desktops)."""
    if llm:
        return load_settings()
    environ = dict(os.environ)
    environ.setdefault("COUNTERSIGN_LLM_API_KEY", "-")
    return load_settings(environ=environ).replace(llm_api_key=None)


def _database_url(args: argparse.Namespace) -> str:
    url = getattr(args, "db", None) or os.environ.get("COUNTERSIGN_DATABASE_URL")
    if url:
        return str(url)
    paths.user_data_dir().mkdir(parents=True, exist_ok=True)
    return paths.default_database_url()


def _services(args: argparse.Namespace, *, upgrade: bool = True, llm: bool = False) -> Services:
    from app.services import open_services

    return open_services(_database_url(args), _settings(llm=llm), upgrade=upgrade)


def _password(username: str) -> str:
    env = os.environ.get("COUNTERSIGN_PASSWORD")
    if env is not None:
        return env
    if not sys.stdin.isatty():
        raise UsageError(f"no password for {username}: set COUNTERSIGN_PASSWORD or run the "
                         "command in a terminal")
    return getpass.getpass(f"Password for {username}: ")


def _login(services: Services, username: str) -> tuple[AuthSession, str]:
    password = _password(username)
    return services.auth.login(username, password, workstation=socket.gethostname()), password


def _read_text(path: Path, what: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise UsageError(f"{path}: no such {what} file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read the {what} ({exc})") from exc


def _with_services(run: Callable[[Services, argparse.Namespace], int]
                   ) -> Callable[[argparse.Namespace], int]:
    def handler(args: argparse.Namespace) -> int:
        services = _services(args)
        try:
            return run(services, args)
        finally:
            services.close()

    return handler


def _as_user(run: Callable[[Services, AuthSession, str, argparse.Namespace], int]
             ) -> Callable[[argparse.Namespace], int]:
    def with_login(services: Services, args: argparse.Namespace) -> int:
        actor, password = _login(services, args.actor)
        return run(services, actor, password, args)

    return _with_services(with_login)


# ------------------------------------------------------------------------- no-database commands


def cmd_analyze(args: argparse.Namespace) -> int:
    from app.verify import analyze, analyze_batch, load_lexicon, render_text

    settings = _settings()
    extra = Path(settings.lexicon_extra_dir) if settings.lexicon_extra_dir else None
    if args.batch is not None:
        if args.transcript or args.report:
            raise UsageError("--batch cannot be combined with --transcript or --report")
        lexicon = load_lexicon(extra_dir=extra, disabled=settings.lexicon_disabled)
        try:
            with open(args.batch, encoding="utf-8") as src:
                out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout  # noqa: SIM115
                try:
                    for line in analyze_batch(src, lexicon=lexicon):
                        out.write(line.rstrip("\n") + "\n")
                finally:
                    if out is not sys.stdout:
                        out.close()
        except FileNotFoundError as exc:
            raise UsageError(f"{exc.filename}: no such file") from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"{getattr(exc, 'filename', None) or args.batch}: {exc}") from exc
        return 0
    if not args.transcript or not args.report:
        raise UsageError("analyze needs --transcript T and --report R (or --batch IN.jsonl)")
    from app.export import read_report
    from app.media import read_transcript

    transcript = read_transcript(Path(args.transcript))
    report = read_report(Path(args.report))
    lexicon = load_lexicon(extra_dir=extra, disabled=settings.lexicon_disabled)
    analysis = analyze(transcript, report, lexicon=lexicon,
                       low_confidence=settings.low_confidence_threshold)
    if args.format == "text":
        print(render_text(analysis, report))
    else:
        print(json.dumps(analysis.to_dict(), indent=2, ensure_ascii=False))
    return 0


def cmd_transcribe(args: argparse.Namespace) -> int:
    import dataclasses
    import threading

    from app.media import (
        TranscriptionCancelled,
        TranscriptionError,
        TranscriptionOptions,
        progress_line,
        to_json,
        to_srt,
        to_vtt,
        transcribe,
        write_transcript,
    )

    options = TranscriptionOptions.from_settings(_settings())
    if args.model:
        options = dataclasses.replace(options, model=args.model)
    media = Path(args.media)
    if not media.is_file():
        raise UsageError(f"{media}: no such media file")
    cancel = threading.Event()
    last: list[Any] = [None, 0.0]  # stage, time of the last line

    def report(p: Any) -> None:
        # One line a second (and at each new stage) is enough for a terminal or a log.
        now = time.monotonic()
        if p.stage != last[0] or now - last[1] >= 1.0 or p.stage == "done":
            last[:] = [p.stage, now]
            print(progress_line(p), file=sys.stderr, flush=True)

    try:
        result = transcribe(media, options, cancel=cancel, progress=report)
    except KeyboardInterrupt:
        cancel.set()
        _fail(f"{media}: transcription cancelled")
        return 1
    except TranscriptionCancelled:
        _fail(f"{media}: transcription cancelled")
        return 1
    except ValueError:
        raise
    except TranscriptionError as exc:
        _fail(str(exc))
        return 1
    if args.out:
        write_transcript(result, Path(args.out), args.format)
    else:
        render = {"json": to_json, "vtt": to_vtt, "srt": to_srt}[args.format]
        sys.stdout.write(render(result).rstrip("\n") + "\n")
    return 0


def cmd_draft(args: argparse.Namespace) -> int:
    from app.media import read_transcript
    from app.services.drafting import draft_transcript, not_configured_message

    settings = _settings(llm=True)
    problem = not_configured_message(settings)
    if problem is not None:
        raise UsageError(problem)
    transcript = read_transcript(Path(args.transcript))
    if args.actor:
        # Audited as that user: the database records who asked for an AI draft.
        services = _services(args, llm=True)
        try:
            actor, _ = _login(services, args.actor)
            result = services.drafting.draft_text(actor, transcript)
        finally:
            services.close()
    else:
        result = draft_transcript(settings, transcript)
    if args.out:
        _write_atomic(Path(args.out), result.text.rstrip("\n") + "\n")
    else:
        sys.stdout.write(result.text.rstrip("\n") + "\n")
    for sentence in result.citation_problems:
        print(f"citation problem: {sentence.text!r} {sentence.problem}", file=sys.stderr)
    return 0


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UsageError(f"{path}: cannot write ({exc.strerror or exc})") from exc


def cmd_db(args: argparse.Namespace) -> int:
    from app.services import current_revision, open_services

    url = _database_url(args)
    if args.db_command == "upgrade":
        services = open_services(url, _settings(), upgrade=True)
        try:
            print(f"{services.database}: at revision {services.revision()}")
        finally:
            services.close()
    else:
        print(current_revision(url) or "none (empty database)")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    services = _services(args)
    try:
        if args.audit_command == "head":
            seq, hash_ = services.audit.head()
            line = f"{seq} {hash_}"
            if args.out:
                _write(Path(args.out), line + "\n")
            print(line)
            return 0
        report = services.audit.verify()
        print(report.line())
        if not report.ok:
            return 1
        if args.witness:
            seq, hash_ = _witness(Path(args.witness))
            problem = services.audit.check_witness(seq, hash_)
            if problem is not None:
                _fail(f"{args.witness}: {problem}")
                return 1
            print(f"witness {seq} {hash_} ok")
        return 0
    finally:
        services.close()


def _witness(path: Path) -> tuple[int, str]:
    parts = _read_text(path, "witness").split()
    if len(parts) != 2 or not parts[0].isdigit() or len(parts[1]) != 64:
        raise UsageError(f"{path}: not a witness file (expected '<seq> <sha256>')")
    return int(parts[0]), parts[1]


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"{path}: cannot write ({exc.strerror or exc})") from exc


# ------------------------------------------------------------------------------- users


def cmd_user_add(args: argparse.Namespace) -> int:
    from app.domain import Role

    services = _services(args)
    try:
        actor = None
        if services.users.has_users():
            if not args.actor:
                raise UsageError("users already exist: add one --as an administrator")
            actor, _ = _login(services, args.actor)
        password = _new_password(args.username)
        user = services.users.add_user(actor, args.username, password, Role(args.role),
                                       name=args.name or "", badge=args.badge)
        print(f"user {user.username} added ({user.role.value})")
        return 0
    finally:
        services.close()


def _new_password(username: str) -> str:
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line:
            raise UsageError(f"no password for the new user {username} on stdin")
        return line.rstrip("\r\n")
    first = getpass.getpass(f"New password for {username}: ")
    if getpass.getpass("Repeat it: ") != first:
        raise UsageError("the two passwords differ")
    return first


@_as_user
def cmd_user_unlock(services: Services, actor: AuthSession, _pw: str,
                    args: argparse.Namespace) -> int:
    user = services.users.unlock(actor, args.username)
    print(f"user {user.username} unlocked")
    return 0


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


@_as_user
def cmd_backup(services: Services, actor: AuthSession, _pw: str,
               args: argparse.Namespace) -> int:
    print(services.backup(actor, Path(args.out)))
    return 0


# ------------------------------------------------------------------------------- parser


def _case_id(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a case id (a whole number)")
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, metavar="URL",
                        help="database URL (else COUNTERSIGN_DATABASE_URL, else the user folder)")
    parser = argparse.ArgumentParser(prog=PROG, description=(
        "Countersign, headless. `countersign` alone (or `countersign gui`) starts the desktop "
        "app; `countersign demo` opens it on the bundled sample case."),
                                     parents=[common])
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, handler: Callable[[argparse.Namespace], int], help_: str,
                under: Any = sub, actor: bool | None = None) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = under.add_parser(name, parents=[common], help=help_)
        p.set_defaults(handler=handler)
        if actor is not None:
            p.add_argument("--as", dest="actor", required=actor, metavar="USERNAME")
        return p

    p = command("analyze", cmd_analyze, "verify a report against a transcript (no database)")
    p.add_argument("--transcript", metavar="T")
    p.add_argument("--report", metavar="R")
    p.add_argument("--format", choices=("json", "text"), default="json")
    p.add_argument("--batch", metavar="IN.jsonl")
    p.add_argument("--out", metavar="OUT.jsonl")

    p = command("transcribe", cmd_transcribe, "transcribe audio or video")
    p.add_argument("media", metavar="MEDIA")
    p.add_argument("--model", metavar="DIR_OR_NAME")
    p.add_argument("--out", metavar="FILE")
    p.add_argument("--format", choices=("json", "vtt", "srt"), default="json")

    p = command("draft", cmd_draft, "draft a report through an OpenAI-compatible server")
    p.add_argument("--transcript", metavar="T", required=True)
    p.add_argument("--out", metavar="FILE")
    p.add_argument("--as", dest="actor", metavar="USERNAME",
                   help="audit the request as this user (in the database)")

    db = command("db", cmd_db, "database migrations").add_subparsers(dest="db_command",
                                                                      required=True)
    command("upgrade", cmd_db, "migrate to the newest schema", db)
    command("current", cmd_db, "print the schema revision", db)

    users = command("user", cmd_user_add, "user accounts").add_subparsers(
        dest="user_command", metavar="SUBCOMMAND", required=True)
    p = command("add", cmd_user_add, "add a user (password on stdin or prompted)", users,
                actor=False)
    p.add_argument("username", metavar="USERNAME")
    p.add_argument("--role", choices=ROLES, required=True)
    p.add_argument("--name", default="")
    p.add_argument("--badge")
    p = command("unlock", cmd_user_unlock, "unlock a locked account", users, actor=True)
    p.add_argument("username", metavar="USERNAME")

    cases = command("case", cmd_case_list, "cases").add_subparsers(
        dest="case_command", metavar="SUBCOMMAND", required=True)
    p = command("import", cmd_case_import, "import a recording and its AI draft", cases,
                actor=False)
    p.add_argument("--media", required=True, metavar="V")
    p.add_argument("--transcript", metavar="T")
    drafts = p.add_mutually_exclusive_group()
    drafts.add_argument("--draft", metavar="R")
    drafts.add_argument("--llm-draft", action="store_true",
                        help="draft the report through the configured OpenAI-compatible server")
    p.add_argument("--officer", required=True, metavar="USERNAME")
    p.add_argument("--case-number")
    p.add_argument("--incident-date", metavar="YYYY-MM-DD")
    p.add_argument("--incident-time", metavar="HH:MM")
    p.add_argument("--location")
    p.add_argument("--account", metavar="FILE", help="the officer's own account (text file)")
    p = command("list", cmd_case_list, "list the cases you may see", cases, actor=True)
    p.add_argument("--state", choices=STATES)
    p.add_argument("--mine", action="store_true")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p = command("show", cmd_case_show, "show a case", cases, actor=True)
    p.add_argument("case_id", type=_case_id, metavar="CASE_ID")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p = command("transcribe", cmd_case_transcribe,
                "transcribe a case's recording again after a failed transcription", cases,
                actor=True)
    p.add_argument("case_id", type=_case_id, metavar="CASE_ID")
    p = command("edit", cmd_case_edit, "save a new report version", cases, actor=True)
    p.add_argument("case_id", type=_case_id, metavar="CASE_ID")
    p.add_argument("--report", required=True, metavar="FILE")

    p = command("ack", cmd_ack, "acknowledge one flag", actor=True)
    p.add_argument("case_id", type=_case_id, metavar="CASE_ID")
    p.add_argument("flag_id", metavar="FLAG_ID")
    p.add_argument("--resolution", choices=RESOLUTIONS, required=True)
    p.add_argument("--note", default="")
    for name, handler, help_ in (("sign", cmd_sign, "sign your report"),
                                 ("approve", cmd_approve, "approve a signed report")):
        p = command(name, handler, help_, actor=True)
        p.add_argument("case_id", type=_case_id, metavar="CASE_ID")
    p = command("return", cmd_return, "return a signed report with a comment", actor=True)
    p.add_argument("case_id", type=_case_id, metavar="CASE_ID")
    p.add_argument("--comment", required=True)
    p = command("export", cmd_export, "export an approved report as DOCX", actor=True)
    p.add_argument("case_id", type=_case_id, metavar="CASE_ID")
    p.add_argument("--out", required=True, metavar="FILE.docx",
                   help="a .docx file; a .pdf name exports PDF (needs LibreOffice)")
    p.add_argument("--first-draft", action="store_true",
                   help="export the retained first AI draft instead (records requests)")

    audits = command("audit", cmd_audit, "the audit trail").add_subparsers(
        dest="audit_command", metavar="SUBCOMMAND", required=True)
    p = command("verify", cmd_audit, "verify the hash chain", audits)
    p.add_argument("--witness", metavar="FILE", help="also check a saved chain head")
    p = command("head", cmd_audit, "print (and save) the chain head", audits)
    p.add_argument("--out", metavar="FILE")

    p = command("backup", cmd_backup, "consistent online backup", actor=True)
    p.add_argument("--out", required=True, metavar="FILE")
    return parser


if __name__ == "__main__":
    sys.exit(main())
