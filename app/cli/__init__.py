"""The headless command line (CONTRACTS.md): a thin face over app.services.

Exit 0 on success, 1 when refused or a check fails, 2 on bad input or usage, with one plain
line on stderr. Heavy engines (speech model, DOCX, verifier) are imported inside the commands
that need them, so every other command starts quickly.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

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
from app.cli.parser import build_parser
from app.cli.plumbing import PROG, RESOLUTIONS, ROLES, STATES, UsageError, _fail
from app.cli.standalone import cmd_analyze, cmd_draft, cmd_transcribe

__all__ = [
    "PROG",
    "RESOLUTIONS",
    "ROLES",
    "STATES",
    "UsageError",
    "build_parser",
    "cmd_ack",
    "cmd_analyze",
    "cmd_approve",
    "cmd_audit",
    "cmd_backup",
    "cmd_case_edit",
    "cmd_case_import",
    "cmd_case_list",
    "cmd_case_show",
    "cmd_case_transcribe",
    "cmd_db",
    "cmd_draft",
    "cmd_export",
    "cmd_return",
    "cmd_sign",
    "cmd_transcribe",
    "cmd_user_add",
    "cmd_user_unlock",
    "main",
]


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
