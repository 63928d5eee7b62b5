"""What people say they did, saw or were told, against the report's account of it."""

from __future__ import annotations

from app.domain import ClaimStatus
from app.verify import analyze
from tests.unit.verify.conftest import blind_case as _blind_case
from tests.unit.verify.conftest import chat as _chat


def test_a_person_who_says_they_did_not_see_it_is_not_reported_seeing_it() -> None:
    # "Did you see which way she went?" / "No. No, I didn't see her leave.", though the
    # claim's other words ("exhibit hall") meet the dispatch call best
    show, report = _blind_case(1124)
    claims = analyze(show, report).claims
    left = next(c for c in claims if "saw the woman leave" in c.text)
    assert left.status is ClaimStatus.CONTRADICTED
    # no one at all against someone seen; the affirmed half before "but" is checked alone
    lake, report = _blind_case(673)
    near = next(c for c in analyze(lake, report).claims if "saw a person" in c.text)
    assert near.status is ClaimStatus.CONTRADICTED
    # what a turn says they did see stands ("I didn't see her take anything, but I saw ...")
    told = _chat(("Officer", "Did you see her take the bag?"),
                 ("Witness", "I didn't see her take it off the rack, but I saw her leave with "
                             "the bag, out the side door."))
    assert analyze(told, "The witness stated she saw the woman leave with the bag through the "
                         "side door.").claims[0].status is not ClaimStatus.CONTRADICTED
