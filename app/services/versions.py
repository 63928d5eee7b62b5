"""Saving a new report version: re-verify, carry acknowledgements over, move the state.

Shared by the review service (edits) and the case service (a changed officer's account), so an
edit has the same consequences whichever screen or command caused it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.domain import Analysis, Flag, FlagKind, ReportOrigin, ReportState, Resolution, User
from app.services.context import Context
from app.services.errors import BadInput
from app.store import repositories as repo
from app.store.repositories import Session

MAX_REPORT_CHARS = 1_000_000


@dataclass(frozen=True, slots=True)
class Saved:
    number: int
    origin: ReportOrigin
    carried: tuple[str, ...]
    resolved: tuple[str, ...]
    voided: bool


def clean_report(text: str) -> str:
    if len(text) > MAX_REPORT_CHARS:
        raise BadInput(f"The report is too long ({len(text)} characters; at most "
                       f"{MAX_REPORT_CHARS}).")
    if "\x00" in text:
        raise BadInput("The report text contains a NUL character.")
    return text


def analyze_case(ctx: Context, session: Session, case_id: int, text: str, *,
                 officer_account: str | None, attention: str | None) -> Analysis:
    transcript = repo.transcript(session, case_id)
    if transcript is None or not transcript.complete:
        # Only a complete transcript is ever verified; an unverified report cannot be signed.
        return Analysis()
    return ctx.engines.analyze(transcript, text, settings=ctx.settings,  # type: ignore[no-any-return]
                               meta=repo.case_meta(session, case_id),
                               officer_account=officer_account,
                               attention_sentences=(attention,) if attention else ())


def place_draft_flags(text: str, flags: Sequence[Flag]) -> tuple[Flag, ...]:
    """Uncited-draft-sentence flags whose sentence (`flag.claim`) is still in `text`, with
    their character ranges in `text`."""
    out = []
    after: dict[str, int] = {}  # a repeated sentence: each flag takes the next occurrence
    for flag in flags:
        if flag.kind is not FlagKind.UNCITED_DRAFT_SENTENCE or not flag.claim:
            continue
        words = [re.escape(w) for w in flag.claim.split()]
        pattern = re.compile(r"\s+".join(words)) if words else None
        found = pattern.search(text, after.get(flag.claim, 0)) if pattern else None
        if found is not None:
            after[flag.claim] = found.end()
            out.append(dataclasses.replace(flag, start=found.start(), end=found.end()))
    return tuple(out)


def save(ctx: Context, session: Session, user: User, facts: repo.CaseFacts, text: str, *,
         officer_account: str | None, origin: ReportOrigin | None = None,
         provenance: dict[str, Any] | None = None,
         draft_flags: Sequence[Flag] | None = None) -> Saved:
    """Append a re-verified version after `facts.version`; the caller audits the change.

    `origin` and `provenance` are given for a drafted version, with `draft_flags` (its uncited
    sentences); otherwise it is an edit, and the uncited sentences of the previous version that
    are still in the text stay flagged (an edit elsewhere does not make them cited).
    """
    case_id = facts.id
    previous = repo.version(session, case_id, facts.version)
    previous_acks = repo.acknowledgements(session, case_id, facts.version)
    analysis = analyze_case(ctx, session, case_id, text, officer_account=officer_account,
                            attention=facts.attention_sentence)
    extra = place_draft_flags(text, previous.analysis.flags if draft_flags is None
                              else draft_flags)
    if extra:
        known = {f.id for f in analysis.flags}
        analysis = dataclasses.replace(
            analysis, flags=analysis.flags + tuple(f for f in extra if f.id not in known))
    if origin is None:
        # An exported report is never overwritten: the change is a supplement to it.
        origin = (ReportOrigin.SUPPLEMENT if facts.state is ReportState.EXPORTED
                  else ReportOrigin.OFFICER_EDIT)
        provenance = ({"supplement_to": facts.version}
                      if origin is ReportOrigin.SUPPLEMENT else None)
    number = repo.add_version(session, case_id, text=text, origin=origin, author_id=user.id,
                              analysis=analysis, provenance=provenance)
    old_ids = {f.id for f in previous.analysis.flags}
    new_ids = {f.id for f in analysis.flags}
    carried = []
    for flag_id in sorted(old_ids & new_ids):
        row = previous_acks.get(flag_id)
        if row is None or row.acknowledgement.resolution is Resolution.RESOLVED_BY_EDIT:
            continue
        ack = row.acknowledgement
        repo.add_acknowledgement(session, case_id, number, flag_id=flag_id, user_id=row.user_id,
                                 resolution=ack.resolution, note=ack.note, at=ack.at)
        carried.append(flag_id)
    resolved = sorted(old_ids - new_ids)
    for flag_id in resolved:
        repo.add_acknowledgement(session, case_id, number, flag_id=flag_id, user_id=user.id,
                                 resolution=Resolution.RESOLVED_BY_EDIT,
                                 note=f"The flag no longer applies to version {number}.")
    voided = facts.state is ReportState.SIGNED
    if voided:
        repo.add_decision(session, case_id, facts.version, user_id=user.id, kind="void",
                          comment=f"Signature voided by the edit saved as version {number}.")
        ctx.audit(session, user, "signature_void", object_type="case", object_id=case_id,
                  details={"signed_version": facts.version, "new_version": number})
    if facts.state is not ReportState.IN_REVIEW:
        repo.set_state(session, case_id, ReportState.IN_REVIEW)
    return Saved(number, origin, tuple(carried), tuple(resolved), voided)
