"""Who is signed in: the value every service method takes as `actor`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain import User


@dataclass(frozen=True, slots=True)
class AuthSession:
    user: User
    started_at: datetime
