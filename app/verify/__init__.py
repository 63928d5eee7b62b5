"""The verifier: claims of a report linked to the recording, contradictions, gaps and bias.

Pure Python and numpy, offline and deterministic. The services, the CLI and the UI use:

    analyze(transcript, report, *, meta=None, officer_account=None, lexicon=None,
            attention_sentences=(), low_confidence=0.5) -> Analysis
    load_lexicon(extra_dir=None, disabled=()) -> Lexicon
    analyze_batch(lines, *, lexicon=None) -> Iterator[str]
    render_text(analysis, report) -> str

Flag kinds: unsupported_claim, contradicted_claim, low_asr_confidence, bias_language,
placeholder, prompt_injection, attention_check, plus visual_observation (a claim about what was
seen or smelled that the audio cannot hold and nothing else supports: medium severity, asks the
officer to confirm it, claim basis "visual") and header_mismatch (date, time, case number,
officer or badge disagreeing with the case record; the claim's basis is "header").
Claim statuses: supported (>= 0.62 of its weighted content in one passage), weak (0.2 to 0.62;
flagged below 0.42), unsupported (< 0.2, or a name/number/detail the recording never states),
contradicted (a fact, a denial or the speaker disagrees with the recording).
Bad input raises ValueError with a one-line reason (empty report, no sentences, > 20 MB).
"""

from app.verify.analyzer import MAX_TEXT_CHARS, analyze
from app.verify.lexicon import Lexicon, LexiconEntry, load_lexicon
from app.verify.output import analyze_batch, render_text

__all__ = [
    "MAX_TEXT_CHARS", "Lexicon", "LexiconEntry", "analyze", "analyze_batch", "load_lexicon",
    "render_text",
]
