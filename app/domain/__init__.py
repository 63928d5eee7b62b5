"""Values and enums shared by every layer. Imports nothing else of the app."""

from app.domain.analysis import Analysis, Claim, ClaimStatus, Evidence, Flag, FlagKind, Severity
from app.domain.audit import AuditReport
from app.domain.case import (
    Acknowledgement,
    CaseDetail,
    CaseMeta,
    CaseSummary,
    Decision,
    MediaInfo,
    ReportVersion,
    User,
)
from app.domain.transcript import Segment, Transcript, Word
from app.domain.workflow import (
    TRANSITIONS,
    Action,
    ReportOrigin,
    ReportState,
    Resolution,
    Role,
    can_transition,
)

__all__ = [
    "TRANSITIONS", "Acknowledgement", "Action", "Analysis", "AuditReport", "CaseDetail", "CaseMeta",
    "CaseSummary", "Claim", "ClaimStatus", "Decision", "Evidence", "Flag", "FlagKind",
    "MediaInfo", "ReportOrigin", "ReportState", "ReportVersion", "Resolution", "Role",
    "Segment", "Severity", "Transcript", "User", "Word", "can_transition",
]
