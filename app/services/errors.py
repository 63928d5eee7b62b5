"""Errors the services raise. Each carries one plain-English sentence for the user.

`Refused` (exit 1 on the command line) means the request was understood and not allowed or
a check failed; `BadInput` (exit 2) means the request itself was malformed.
"""

from __future__ import annotations


class ServiceError(Exception):
    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Refused(ServiceError):
    """Understood but not allowed now (state, role, open flags)."""


class PermissionDenied(Refused):
    """The actor's role or ownership does not allow the action."""


class AuthenticationFailed(Refused):
    """Wrong username or password, or a locked account (never says which)."""


class NotFound(Refused):
    """An unknown case, flag or user."""


class OpenFlags(Refused):
    """Signing refused while flags are unacknowledged."""

    def __init__(self, message: str, flag_ids: tuple[str, ...]) -> None:
        super().__init__(message)
        self.flag_ids = flag_ids


class BadInput(ServiceError):
    """Malformed input: a file that cannot be read, an empty comment, a bad value."""

    exit_code = 2


class Cancelled(ServiceError):
    """Long work stopped by the user; nothing was recorded."""

    exit_code = 1
