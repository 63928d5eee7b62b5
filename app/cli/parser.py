"""The argparse parser: every command, its options and its handler."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.cli.admin import cmd_audit, cmd_backup, cmd_db, cmd_user_add, cmd_user_unlock
from app.cli.cases import (
    cmd_ack,
    cmd_approve,
    cmd_case_edit,
    cmd_case_import,
    cmd_case_list,
    cmd_case_show,
    cmd_case_transcribe,
    cmd_export,
    cmd_return,
    cmd_sign,
)
from app.cli.plumbing import PROG, RESOLUTIONS, ROLES, STATES
from app.cli.standalone import cmd_analyze, cmd_draft, cmd_transcribe

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
