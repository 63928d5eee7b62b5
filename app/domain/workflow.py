"""Roles, report states and the allowed transitions between them.

The *rules* (who may do what, when) are enforced in app/services; this module only names
the states and the edges of the state machine so every layer speaks the same words.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    OFFICER = "officer"
    SERGEANT = "sergeant"
    RECORDS_CLERK = "records_clerk"
    ADMIN = "admin"


class ReportState(StrEnum):
    IN_REVIEW = "in_review"
    SIGNED = "signed"
    RETURNED = "returned"
    APPROVED = "approved"
    EXPORTED = "exported"


class Action(StrEnum):
    """Every permission-checked action of the product (the role x action matrix)."""

    MANAGE_USERS = "manage_users"
    IMPORT_CASE = "import_case"
    VIEW_CASE = "view_case"
    EDIT_REPORT = "edit_report"
    ACKNOWLEDGE_FLAG = "acknowledge_flag"
    SIGN = "sign"
    APPROVE = "approve"
    RETURN = "return"
    EXPORT = "export"
    DRAFT = "draft"


class Resolution(StrEnum):
    EDITED = "edited"
    CONFIRMED = "confirmed"
    NOT_APPLICABLE = "not_applicable"
    # Recorded by the system when an edit made the flag disappear.
    RESOLVED_BY_EDIT = "resolved_by_edit"


class ReportOrigin(StrEnum):
    AI_DRAFT = "ai_draft"
    OFFICER_EDIT = "officer_edit"
    AI_REGENERATION = "ai_regeneration"
    SUPPLEMENT = "supplement"


# state -> states reachable from it. An edit moves signed or returned back to in_review; an
# approved report is frozen until exported; an edit after export is a supplement version that
# goes through review again (in_review).
TRANSITIONS: dict[ReportState, frozenset[ReportState]] = {
    ReportState.IN_REVIEW: frozenset({ReportState.SIGNED, ReportState.IN_REVIEW}),
    ReportState.SIGNED: frozenset(
        {ReportState.APPROVED, ReportState.RETURNED, ReportState.IN_REVIEW}
    ),
    ReportState.RETURNED: frozenset({ReportState.IN_REVIEW}),
    ReportState.APPROVED: frozenset({ReportState.EXPORTED}),
    ReportState.EXPORTED: frozenset({ReportState.EXPORTED, ReportState.IN_REVIEW}),
}


def can_transition(current: ReportState, target: ReportState) -> bool:
    return target in TRANSITIONS[current]
