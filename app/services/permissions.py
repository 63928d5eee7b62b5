"""Who may do what, and when: the role x action table and the case rules beside it.

This is the one place these rules live. Services call `check`; the UI asks
`Services.workflow.blocker`, which calls `check` too, so a disabled button and a refusal always
give the same reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain import Action, ReportState, Role, User

_S = ReportState

ROLE_ACTIONS: dict[Role, frozenset[Action]] = {
    Role.OFFICER: frozenset({Action.IMPORT_CASE, Action.VIEW_CASE, Action.EDIT_REPORT,
                             Action.ACKNOWLEDGE_FLAG, Action.SIGN, Action.DRAFT}),
    Role.SERGEANT: frozenset({Action.VIEW_CASE, Action.APPROVE, Action.RETURN}),
    Role.RECORDS_CLERK: frozenset({Action.VIEW_CASE, Action.EXPORT}),
    Role.ADMIN: frozenset({Action.MANAGE_USERS}),
}

# Backups copy every record, so only administrators take them (not a report action).
BACKUP_ROLES = frozenset({Role.ADMIN})

# Actions on a case that only the case's own officer may take.
OWN_CASE_ONLY = frozenset({Action.IMPORT_CASE, Action.EDIT_REPORT, Action.ACKNOWLEDGE_FLAG,
                           Action.SIGN, Action.DRAFT})
# Decisions nobody may take on their own report (separation of duties).
NOT_ON_OWN_CASE = frozenset({Action.APPROVE, Action.RETURN})

# The states in which each case action is possible at all.
ACTION_STATES: dict[Action, frozenset[ReportState]] = {
    # An edit of a signed report voids the signature; an exported one becomes a supplement.
    # An approved report is locked until it is exported.
    Action.EDIT_REPORT: frozenset({_S.IN_REVIEW, _S.SIGNED, _S.RETURNED, _S.EXPORTED}),
    Action.ACKNOWLEDGE_FLAG: frozenset({_S.IN_REVIEW, _S.RETURNED}),
    Action.DRAFT: frozenset({_S.IN_REVIEW, _S.RETURNED}),
    Action.SIGN: frozenset({_S.IN_REVIEW}),
    Action.APPROVE: frozenset({_S.SIGNED}),
    Action.RETURN: frozenset({_S.SIGNED}),
    Action.EXPORT: frozenset({_S.APPROVED, _S.EXPORTED}),
}
# Records clerks see a case only once it is approved.
CLERK_VISIBLE = frozenset({_S.APPROVED, _S.EXPORTED})

_NEEDS = {
    _S.IN_REVIEW: "in review", _S.SIGNED: "signed", _S.RETURNED: "returned",
    _S.APPROVED: "approved", _S.EXPORTED: "exported",
}
_VERB = {
    Action.MANAGE_USERS: "manage user accounts", Action.IMPORT_CASE: "import cases",
    Action.VIEW_CASE: "view cases", Action.EDIT_REPORT: "edit reports",
    Action.ACKNOWLEDGE_FLAG: "acknowledge flags", Action.SIGN: "sign reports",
    Action.APPROVE: "approve reports", Action.RETURN: "return reports",
    Action.EXPORT: "export reports", Action.DRAFT: "draft reports",
}


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the rules need to know about a case: whose it is and where it stands."""

    id: int
    officer_id: int
    state: ReportState


@dataclass(frozen=True, slots=True)
class Denial:
    reason: str
    # True: the role or ownership forbids it; False: the case is in the wrong state.
    permission: bool


def role_allows(role: Role, action: Action) -> bool:
    return action in ROLE_ACTIONS[role]


def check(user: User, action: Action, case: CaseFacts | None = None) -> Denial | None:
    """None when `user` may take `action` (on `case`) now; else why not."""
    if not user.active:
        return Denial(f"The account {user.username} is deactivated.", True)
    role_name = user.role.value.replace("_", " ")
    if not role_allows(user.role, action):
        return Denial(f"A user with the role {role_name} may not {_VERB[action]}.", True)
    if case is None:
        return None
    own = case.officer_id == user.id
    if action in OWN_CASE_ONLY and not own:
        return Denial(f"Case {case.id} belongs to another officer; "
                      f"you may {_VERB[action]} only on your own cases.", True)
    if action in NOT_ON_OWN_CASE and own:
        return Denial(f"You may not {action.value} your own report (case {case.id}).", True)
    if action is Action.VIEW_CASE or action in ACTION_STATES:
        visible = _visible(user, case, own)
        if visible is not None:
            return visible
    allowed = ACTION_STATES.get(action)
    if allowed is not None and case.state not in allowed:
        needs = " or ".join(sorted(_NEEDS[s] for s in allowed))
        return Denial(f"Case {case.id} is {_NEEDS[case.state]}; to {action.value.replace('_', ' ')}"
                      f" it must be {needs}.", False)
    return None


def _visible(user: User, case: CaseFacts, own: bool) -> Denial | None:
    if user.role is Role.OFFICER and not own:
        return Denial(f"Case {case.id} belongs to another officer.", True)
    if user.role is Role.RECORDS_CLERK and case.state not in CLERK_VISIBLE:
        return Denial(f"Case {case.id} is not approved yet; records clerks see approved "
                      "reports only.", True)
    return None


def may_back_up(user: User) -> Denial | None:
    if user.active and user.role in BACKUP_ROLES:
        return None
    return Denial("Only an administrator may back up the database.", True)
