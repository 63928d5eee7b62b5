"""A hand-built approved traffic-stop case for the export tests (no database, no verifier run).

The officer changed the AI draft's "55" to "45", replaced a conclusory sentence and filled the
[INSERT ...] placeholder; the rest of the AI draft survived unchanged.
"""

from __future__ import annotations

import dataclasses
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from docx.document import Document as DocxDocument

from app.domain import (
    Acknowledgement,
    Analysis,
    CaseDetail,
    CaseMeta,
    Claim,
    ClaimStatus,
    Decision,
    Evidence,
    Flag,
    FlagKind,
    MediaInfo,
    ReportOrigin,
    ReportState,
    ReportVersion,
    Resolution,
    Severity,
)
from app.export import ExportBundle

DRAFT = (
    "On November 25, 2026 at approximately 21:40 hours, I stopped a grey Honda Civic at Main "
    "Street and Fifth Avenue for traveling 55 mph in a 35 mph zone.\n\n"
    "The driver stated he was going to the hospital. The driver appeared nervous and made "
    "furtive movements.\n\n"
    "[INSERT: what you saw before the stop]\n\n"
    "I issued a citation and released the driver."
)
FINAL = (
    "On November 25, 2026 at approximately 21:40 hours, I stopped a grey Honda Civic at Main "
    "Street and Fifth Avenue for traveling 45 mph in a 35 mph zone.\n\n"
    "The driver stated he was going to the hospital. The driver reached toward the glove box "
    "and handed me his registration.\n\n"
    "Before the stop I saw the Civic pass two cars on the right shoulder.\n\n"
    "I issued a citation and released the driver."
)
AI_SENTENCE = "I issued a citation and released the driver."
OFFICER_SENTENCE = "Before the stop I saw the Civic pass two cars on the right shoulder."
OFFICER_ACCOUNT = (
    "I was on patrol on Main Street when I saw the Civic pass two cars on the right shoulder. "
    "I followed it and stopped it at Fifth Avenue."
)
MEDIA_SHA = "9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c0b2d4f6e8a0c2e4f6a8b0d2f4e6a8c0e"
AUDIT_HASH = "ab" * 32
PROGRAMS = (
    "faster-whisper tiny.en int8 (transcription)",
    "Llama-3.1-8B-Instruct at http://127.0.0.1:8000/v1 (drafting)",
)
ATTESTATION = "I reviewed this entire report against the recording; its facts are true and correct."
EXPORTED_AT = datetime(2026, 11, 26, 9, 15, 30, tzinfo=UTC)


def at(hour: int, minute: int, day: int = 25) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


def claim(cid: str, text: str, report: str, status: ClaimStatus, support: float,
          evidence: tuple[Evidence, ...] = (), basis: str | None = "transcript") -> Claim:
    start = report.index(text)
    return Claim(cid, start, start + len(text), text, status, support, 0.9, evidence, basis)


def final_claims(report: str = FINAL) -> tuple[Claim, ...]:
    return (
        claim("c1", "I stopped a grey Honda Civic at Main Street and Fifth Avenue", report,
              ClaimStatus.SUPPORTED, 0.81,
              (Evidence(0, 0.0, 5.96, 0.81,
                        "Dispatch, unit twelve, traffic stop on a grey Honda Civic at Main "
                        "and Fifth."),)),
        claim("c2", "for traveling 45 mph in a 35 mph zone", report, ClaimStatus.SUPPORTED, 0.77,
              (Evidence(1, 9.1, 12.4, 0.77, "You were doing forty-five in a thirty-five."),)),
        claim("c3", "The driver stated he was going to the hospital.", report,
              ClaimStatus.SUPPORTED, 0.86,
              (Evidence(2, 14.54, 19.8, 0.86,
                        "Sure officer, here it is. I was trying to get to the hospital."),
               Evidence(5, 75.0, 79.5, 0.52, "My wife is at the hospital."))),
        claim("c4", "The driver reached toward the glove box and handed me his registration.",
              report, ClaimStatus.UNSUPPORTED, 0.12, basis="visual"),
        claim("c5", AI_SENTENCE, report, ClaimStatus.SUPPORTED, 0.74,
              (Evidence(9, 301.2, 309.0, 0.74,
                        "I'm giving you a citation today, you're free to go."),)),
    )


def flags() -> tuple[tuple[Flag, ...], tuple[Flag, ...]]:
    """(flags of the final version, flags only the first draft had)."""
    final = (
        Flag("f-low001", FlagKind.LOW_ASR_CONFIDENCE, Severity.MEDIUM,
             "Transcript confidence is low at 00:14 (0.41).", claim="c3", time=14.5),
        Flag("f-vis002", FlagKind.VISUAL_OBSERVATION, Severity.LOW,
             "Visual observation the audio cannot confirm.", claim="c4"),
    )
    draft_only = (
        Flag("f-con003", FlagKind.CONTRADICTED_CLAIM, Severity.HIGH,
             "Report says 55 mph; the transcript says forty-five (00:09).", suggestion="45"),
        Flag("f-bia004", FlagKind.BIAS_LANGUAGE, Severity.MEDIUM,
             "Conclusory opinion: describe what the driver did.", category="conclusory",
             term="nervous"),
        Flag("f-ins005", FlagKind.PLACEHOLDER, Severity.HIGH,
             "Placeholder not filled: [INSERT: what you saw before the stop]"),
    )
    return final, draft_only


def make_case(*, final: str = FINAL, draft: str = DRAFT, claims: tuple[Claim, ...] | None = None,
              account: str | None = OFFICER_ACCOUNT) -> CaseDetail:
    final_flags, draft_flags = flags()
    first = ReportVersion(1, draft, ReportOrigin.AI_DRAFT, "ai-drafter", at(21, 52), "1" * 64,
                          Analysis(flags=draft_flags + final_flags))
    middle = ReportVersion(2, final.replace(OFFICER_SENTENCE, "[INSERT: what you saw]"),
                           ReportOrigin.OFFICER_EDIT, "jalvarez", at(22, 5), "2" * 64,
                           Analysis(flags=final_flags), parent=1)
    report = ReportVersion(3, final, ReportOrigin.OFFICER_EDIT, "jalvarez", at(22, 45), "3" * 64,
                           Analysis(claims=final_claims(final) if claims is None else claims,
                                    flags=final_flags), parent=2)
    acks = {
        "f-low001": Acknowledgement("f-low001", "jalvarez", Resolution.CONFIRMED,
                                    "Listened at 00:14; the words are right.", at(22, 46), 3),
        "f-vis002": Acknowledgement("f-vis002", "jalvarez", Resolution.CONFIRMED,
                                    "I saw it myself.", at(22, 47), 3),
        "f-con003": Acknowledgement("f-con003", "jalvarez", Resolution.EDITED,
                                    "Changed 55 to 45 to match the recording.", at(22, 1), 1),
        "f-bia004": Acknowledgement("f-bia004", "system", Resolution.RESOLVED_BY_EDIT, "",
                                    at(22, 5), 2),
        "f-ins005": Acknowledgement("f-ins005", "jalvarez", Resolution.EDITED,
                                    "Wrote what I saw.", at(22, 45), 3),
    }
    decisions = (
        Decision("sign", "jalvarez", "Jane Alvarez", "4411", at(22, 10), 2),
        Decision("return", "mchen", "Sgt Michael Chen", "2107", at(22, 30), 2,
                 "Describe what you saw before the stop."),
        Decision("sign", "jalvarez", "Jane Alvarez", "4411", at(22, 50), 3),
        Decision("approve", "mchen", "Sgt Michael Chen", "2107", at(23, 5), 3),
    )
    return CaseDetail(
        id=17, state=ReportState.APPROVED, officer="jalvarez", officer_name="Jane Alvarez",
        officer_badge="4411", created_at=at(21, 50),
        media=MediaInfo("/evidence/2026/axon_X6021_20261125_2140.mp4", MEDIA_SHA, 312.4,
                        48_213_004, "mp4", "h264", "aac", True, True),
        meta=CaseMeta("2026-004417", "Jane Alvarez", "4411", "2026-11-25", "21:40",
                      "Main Street and Fifth Avenue"),
        report=report, first_draft=first, versions=(first, middle, report),
        acknowledgements=acks, decisions=decisions, officer_account=account,
    )


def make_bundle(case: CaseDetail | None = None, **changes: object) -> ExportBundle:
    bundle = ExportBundle(
        agency_name="Riverside County Sheriff's Office", agency_logo=None,
        case=case or make_case(), ai_programs=PROGRAMS, attestation_text=ATTESTATION,
        audit_head=(1234, AUDIT_HASH), exported_at=EXPORTED_AT, exported_by="rclerk",
        officer_account=None,
    )
    return dataclasses.replace(bundle, **changes) if changes else bundle


def tiny_png(path: Path, width: int = 40, height: int = 20) -> Path:
    """A valid solid-colour PNG written without any imaging library."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\x1f\x2a\x44" * width for _ in range(height))
    png = (b"\x89PNG\r\n\x1a\n"
           + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
    path.write_bytes(png)
    return path


def body_text(doc: DocxDocument) -> str:
    """Every paragraph of the body, tables included, one per line."""
    lines = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            lines.extend(cell.text for cell in row.cells)
    return "\n".join(lines)


def table_with_header(doc: DocxDocument, first_cell: str) -> list[list[str]]:
    """Rows (as cell texts) of the body table whose header row starts with `first_cell`."""
    for table in doc.tables:
        rows = [[cell.text for cell in row.cells] for row in table.rows]
        if rows and rows[0][0] == first_cell:
            return rows
    raise AssertionError(f"no table headed {first_cell!r}")


def facts(doc: DocxDocument) -> dict[str, str]:
    """Label -> value of every two-column facts table (the last wins on repeats)."""
    out: dict[str, str] = {}
    for table in doc.tables:
        for row in table.rows:
            cells = row.cells
            if len(cells) == 2:
                out[cells[0].text] = cells[1].text
    return out


def package_part(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8")
