"""AI authorship: the exact token diff for ordinary reports, bounded time for huge ones."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.verify.authorship import DIRECT_LIMIT, _token_spans, ai_spans

WORDS = st.sampled_from(["the", "driver", "stopped", "55", "45", ".", ",", "\n\n", "\n",
                         "[INSERT: what you saw]", "mph", "قال", "司机"])


@settings(max_examples=60, deadline=None)
@given(st.lists(WORDS, max_size=80), st.lists(WORDS, max_size=80))
def test_ordinary_reports_get_the_exact_token_diff(draft: list[str], final: list[str]) -> None:
    a, b = " ".join(draft), " ".join(final)
    assert ai_spans(a, b) == _token_spans(a, b)


def paragraphs(count: int, word: str = "green") -> list[str]:
    return [f"Paragraph {i}: the driver said the light was {word} at the corner of Fifth."
            for i in range(count)]


def covered(text: str, spans: list[tuple[int, int]], piece: str) -> bool:
    start = text.index(piece)
    return any(s <= start and start + len(piece) <= e for s, e in spans)


def test_long_report_keeps_unchanged_paragraphs_and_finds_edits() -> None:
    draft_paras = paragraphs(1500)
    final_paras = list(draft_paras)
    final_paras[700] = "Officer wrote this paragraph entirely by hand, nothing from the draft."
    final_paras[900] = final_paras[900].replace("green", "red")
    draft, final = "\n\n".join(draft_paras), "\n\n".join(final_paras)
    assert len(draft) + len(final) > DIRECT_LIMIT
    spans = ai_spans(draft, final)
    assert covered(final, spans, final_paras[0])
    assert covered(final, spans, final_paras[1499])
    assert not any(s < final.index(final_paras[700]) + 10 < e for s, e in spans)
    edited = final.index(final_paras[900])
    red = edited + final_paras[900].index("red")
    assert covered(final, spans, final_paras[900][:40])  # unchanged words of the edited paragraph
    assert not any(s <= red < e for s, e in spans)
    assert spans == sorted(spans)


def test_one_huge_edited_paragraph_is_split_finer() -> None:
    draft = " ".join(paragraphs(800))
    final = draft.replace("Paragraph 400: the driver said the light was green",
                          "Paragraph 400: the driver said the light was red")
    spans = ai_spans(draft, final)
    red = final.index("was red") + 4
    assert not any(s <= red < e for s, e in spans)
    assert covered(final, spans, "Paragraph 799: the driver said")
