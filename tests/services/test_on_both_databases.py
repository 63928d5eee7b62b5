"""The rules that touch most tables, once on SQLite and once on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain import ReportOrigin, ReportState, Resolution, Role
from app.services import AuthenticationFailed, OpenFlags, PermissionDenied, open_services
from app.services.engines import Engines
from app.settings import Settings
from tests.services.conftest import DRAFT, PASSWORD, USERS, Inputs, fast_hasher

EDITED = DRAFT.split("\n\nThe driver was belligerent")[0] + "\n"


def test_workflow_on_each_database(db_url: str, inputs: Inputs, engines: Engines,
                                   tmp_path: Path) -> None:
    services = open_services(db_url, Settings(), hasher=fast_hasher(), engines=engines)
    try:
        services.users.add_user(None, "admin", PASSWORD, Role.ADMIN)
        admin = services.auth.login("admin", PASSWORD)
        for name, role in USERS.items():
            if name != "admin":
                services.users.add_user(admin, name, PASSWORD, role)
        off1, off2, sgt, clerk = (services.auth.login(n, PASSWORD)
                                  for n in ("off1", "off2", "sgt", "clerk"))
        case_id = services.cases.import_case(off1, media=inputs.media,
                                             transcript=inputs.transcript, draft=inputs.draft)
        case = services.cases.get_case(off1, case_id)
        with pytest.raises(OpenFlags):
            services.workflow.sign(off1, case_id, PASSWORD)
        with pytest.raises(PermissionDenied):
            services.review.acknowledge(off2, case_id, case.open_flags[0], Resolution.EDITED, "")
        for flag_id in case.open_flags:
            services.review.acknowledge(off1, case_id, flag_id, Resolution.CONFIRMED, "seen")
        services.workflow.sign(off1, case_id, PASSWORD)
        case = services.review.save_version(off1, case_id, EDITED)  # voids the signature
        assert case.state is ReportState.IN_REVIEW
        assert [d.kind for d in case.decisions] == ["sign", "void"]
        assert any(a.resolution is Resolution.RESOLVED_BY_EDIT
                   for a in case.acknowledgements.values())
        assert any(a.resolution is Resolution.CONFIRMED for a in case.acknowledgements.values())
        assert not case.open_flags
        services.workflow.sign(off1, case_id, PASSWORD)
        services.workflow.approve(sgt, case_id, PASSWORD)
        services.exports.export_docx(clerk, case_id, tmp_path / "r.docx")
        case = services.review.save_version(off1, case_id, EDITED + "\nSupplement.\n")
        assert case.report.origin is ReportOrigin.SUPPLEMENT
        for _ in range(5):
            with pytest.raises(AuthenticationFailed):
                services.auth.login("off2", "wrong password here")
        assert services.users.get(admin, "off2").locked
        report = services.audit.verify()
        assert report.ok
        assert report.count > 20
    finally:
        services.close()
