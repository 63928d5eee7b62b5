"""analyze(): claims of a report, their evidence in the transcript, and every flag.

Flag kinds used here (see CONTRACTS.md): unsupported_claim, contradicted_claim,
low_asr_confidence, bias_language, placeholder, prompt_injection, attention_check, plus
visual_observation (a claim about what was seen, which audio cannot hold: medium severity,
asks the officer to confirm it, claim basis "visual") and header_mismatch (a header fact that
disagrees with the case record, claim basis "header").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from app.domain import (
    Analysis,
    CaseMeta,
    Claim,
    ClaimStatus,
    Evidence,
    Flag,
    Segment,
    Transcript,
)
from app.verify.accounts import acceptance_note
from app.verify.calibrate import load_calibration, settle_flags
from app.verify.care import care_conflict
from app.verify.charges import citation_answer
from app.verify.checks import (
    PLACEHOLDER,
    ClaimLocator,
    attention_flags,
    bias_flags,
    dedupe_ids,
    injection_flags,
    injection_segments,
    placeholder_flags,
)
from app.verify.claims import Span, split_claims, split_sentences
from app.verify.dates import DateBook, date_problems
from app.verify.doers import (
    kin_doer,
    named_doer_swap,
    owner_swap,
    pronoun_swap,
    report_sexes,
    sex_swap,
)
from app.verify.evidence import asr_confidence, best_evidence, first_moment
from app.verify.facts import FactProblem, extract_facts
from app.verify.flagging import (
    contradiction_flag,
    history_flag,
    injection_claim_flag,
    low_confidence_flag,
    unsupported_flag,
    visual_flag,
)
from app.verify.flagging import header_flags as make_header_flags
from app.verify.header import HeaderFact, find_header_facts
from app.verify.history import earlier_occasion
from app.verify.index import SUPPORTED, UNSUPPORTED, WEAK, Match, SegmentIndex
from app.verify.lexicon import Lexicon, load_lexicon
from app.verify.negation import claim_polarity
from app.verify.opposites import opposite_problems
from app.verify.people import number_labels, party_labels, person_names
from app.verify.polarity import polarity_conflict
from app.verify.risk import RiskModel, load_risk_model, second_look_flags
from app.verify.rivals import check_facts
from app.verify.roles import (
    credited_act,
    hearsay,
    own_act,
    person_ids,
    role_noun_swap,
    role_swap,
)
from app.verify.speech import attribution_conflict, broadcast_turn
from app.verify.targets import target_swap
from app.verify.text import Token, has_negation, tokenize
from app.verify.visual import is_visual, perceived
from app.verify.vocab import ACQUAINTANCES, OCCUPATIONS, PLACES, RELATIVES, ROOMS, TRANSPORT
from app.verify.words import is_question

MAX_TEXT_CHARS = 20_000_000


# Lines a report carries about itself: section headings, the AI disclosure that the law requires
# (California Penal Code 13663, Utah 53-25-602) and the officer's attestation. Not claims about
# the incident, so never looked for in the recording.
_BOILERPLATE = re.compile(
    r"^\W*(?:[A-Z][A-Za-z /&'-]{0,40}:|(?-i:[A-Z0-9 /&'-]{3,60}))\W*$"
    r"|artificial intelligence|\bAI[- ]generated\b|\bAI[- ]assisted\b|written (?:either )?fully or"
    r"|true and correct|reviewed (?:this|the) report|under penalty of perjury"
    r"|\b(?:Draft One|Axon|Truleo)\b",
    re.IGNORECASE,
)
_MID_SENTENCE_NAME = re.compile(r"(?<=[a-z,;] )([A-Z][a-z'-]{2,})")
# A sentence whose subject is the source itself ("The conversation is lighthearted"), not an
# event in it; its clauses share that subject.
_ABOUT_SOURCE = re.compile(
    r"\W*(?:the|this|that) (?:document|article|podcast|conversation|episode|transcript|text|"
    r"show|dialogue|discussion|exchange|recording|video|call|chat|author|writer|narrator|"
    r"speakers?|hosts?)\b", re.IGNORECASE)
_IT_CONTINUES = re.compile(r"\W*It\s+(?:also\s+)?(?!was\b|is\b|has\b|does\b)[a-z]+s\b")
@dataclass(frozen=True, slots=True)
class _Context:
    transcript: Transcript
    segments: tuple[Segment, ...]
    index: SegmentIndex
    account: SegmentIndex | None
    injected: dict[int, tuple[str, int]]
    all_norms: frozenset[str]
    all_surfaces: frozenset[str]
    low_confidence: float
    officer_names: tuple[str, ...]
    # uncertain words already reported (segment, start): one flag per word, not per claim
    asr_reported: set[tuple[int, float | None]] = field(default_factory=set)
    dates: list[DateBook] = field(default_factory=list)  # read on first need
    sexes: dict[str, str] = field(default_factory=dict)  # the report's he or she per name
    questions: frozenset[int] = frozenset()  # the segments that ask
    # the report's setting: a place or a person's relation it names in two sentences or more
    # ("the hotel", "his daughter"), whose absence from the recording is no invented detail
    settled: frozenset[str] = frozenset()

    def date_book(self) -> DateBook:
        if not self.dates:
            self.dates.append(DateBook(self.index))
        return self.dates[0]


def analyze(transcript: Transcript, report: str, *, meta: CaseMeta | None = None,
            officer_account: str | None = None, lexicon: Lexicon | None = None,
            attention_sentences: Sequence[str] = (), low_confidence: float = 0.5,
            second_look: bool = True) -> Analysis:
    """Verify `report` against `transcript`. Deterministic. Raises ValueError on bad input.

    `second_look`: the learned look at what the checks found, which drops soft flags it rates
    a false alarm (app/verify/calibrate.py) and flags sentences every check passed that it
    rates likely wrong (app/verify/risk.py); off, the checks alone."""
    if not isinstance(report, str):
        raise ValueError("report must be text")
    if len(report) > MAX_TEXT_CHARS:
        raise ValueError(f"report is too large ({len(report)} characters; limit 20 MB of text)")
    if sum(len(s.text) for s in transcript.segments) > MAX_TEXT_CHARS:
        raise ValueError("transcript is too large (over 20 MB of text)")
    if not report.strip():
        raise ValueError("report is empty")
    spans = split_claims(report)
    if not spans:
        raise ValueError("report has no sentences")
    lexicon = lexicon if lexicon is not None else default_lexicon()
    ctx = _context(transcript, officer_account, low_confidence, meta, report)

    header = find_header_facts(report)
    # words the report capitalises mid-sentence: names, even where they open a sentence
    names = frozenset(m.group(1).lower() for m in _MID_SENTENCE_NAME.finditer(report))
    labels = party_labels(report)
    persons = person_names(report) | frozenset(labels.values())
    ids = person_ids([report, *(s.text for s in transcript.segments)], persons)
    # "S1 stated V1 took his phone": a party label stands for the person it was given to
    ids.update({label: ids.get(name, name) for label, name in labels.items()})
    claims: list[Claim] = []
    flags: list[Flag] = []
    claim_at = ClaimLocator()
    about_source = False
    own = False  # the sentence so far is the officer's own doing ("I advised him that ...")
    sentences = split_sentences(report)
    for n, span in enumerate(spans, start=1):
        claim_id = f"c{n}"
        # the rest of the claim's sentence, its other clauses
        whole = next((s for s in sentences if s.start <= span.start < s.end), span)
        beside = f"{report[whole.start:span.start]} {report[span.end:whole.end]}".strip()
        claim_at.add(span.start, span.end, claim_id, span.text)
        opening = _previous_char(report, span.start) in ("", ".", "!", "?", ":", "\n")
        if opening:
            # "The podcast features ... It also includes ...": "It" carries the source on
            about_source = bool(_ABOUT_SOURCE.match(span.text)) or (
                about_source and bool(_IT_CONTINUES.match(span.text)))
            own = bool(_OWN_DOING.match(span.text))
        claim, claim_flags = _assess(claim_id, span, header, ctx, opening, names,
                                     about_source, persons, ids,
                                     own and not opening and bool(_GOES_ON.match(span.text)),
                                     beside)
        claims.append(claim)
        flags.extend(claim_flags)

    header_flags = make_header_flags(header, meta, claim_at)
    flags.extend(header_flags)
    wrong = {f.claim for f in header_flags}
    claims = [replace(c, status=ClaimStatus.CONTRADICTED) if c.id in wrong and c.basis == "header"
              else c for c in claims]
    flags.extend(placeholder_flags(report, claim_at))
    flags.extend(attention_flags(report, attention_sentences, claim_at))
    flags.extend(bias_flags(report, lexicon, transcript.text, claim_at))
    flags.extend(injection_flags(ctx.segments, ctx.injected))
    if second_look:
        flags, settled = settle_flags(report, claims, ctx.segments, flags,
                                      default_models()[1])
        flags.extend(second_look_flags(report, claims, ctx.segments, flags, default_models()[0],
                                       settled))
    flags.sort(key=lambda f: (f.start if f.start is not None else len(report) + 1,
                              f.severity.rank, f.kind.value, f.id))
    return Analysis(claims=tuple(claims), flags=tuple(dedupe_ids(flags)))


_DEFAULT_LEXICON: list[Lexicon] = []


def default_lexicon() -> Lexicon:
    """The bundled lexicon, parsed once per process."""
    if not _DEFAULT_LEXICON:
        _DEFAULT_LEXICON.append(load_lexicon())
    return _DEFAULT_LEXICON[0]


_DEFAULT_MODELS: list[tuple[RiskModel, RiskModel]] = []


def default_models() -> tuple[RiskModel, RiskModel]:
    """The bundled second-look model and soft-flag calibration, read once per process."""
    if not _DEFAULT_MODELS:
        _DEFAULT_MODELS.append((load_risk_model(), load_calibration()))
    return _DEFAULT_MODELS[0]


def _context(transcript: Transcript, officer_account: str | None, low_confidence: float,
             meta: CaseMeta | None, report: str) -> _Context:
    segments = tuple(transcript.segments)
    index = SegmentIndex(segments)
    account = None
    if officer_account and officer_account.strip():
        account_segments = [Segment(id=-(i + 1), text=s.text)
                            for i, s in enumerate(split_sentences(officer_account))]
        account = SegmentIndex(account_segments, window=0)
    # who speaks is part of what the recording holds: "Ann asks Mike ..." names no stranger
    speakers = [t for s in segments if s.speaker for t in tokenize(s.speaker)]
    surfaces = frozenset({*(t.surface.lower() for toks in index.tokens for t in toks),
                          *(t.surface.lower() for t in speakers)})
    names = tuple(n.lower() for n in re.findall(r"[A-Za-z]{3,}", meta.officer_name or "")) \
        if meta else ()
    norms = frozenset({*index.postings, *(t.norm for t in speakers)})
    return _Context(transcript, segments, index, account, injection_segments(segments),
                    norms, surfaces, low_confidence, names, sexes=report_sexes(report),
                    questions=frozenset(i for i, seg in enumerate(segments)
                                        if is_question(seg.text)),
                    settled=_setting_words(report))


def _setting_words(report: str) -> frozenset[str]:
    """Place and relation words ("hotel", "daughter") that two or more of the report's
    sentences use."""
    seen: dict[str, int] = {}
    for span in split_claims(report):
        for word in {w.lower() for w in re.findall(r"[A-Za-z]+", span.text)} & _SETTING:
            seen[word] = seen.get(word, 0) + 1
    return frozenset(w for w, n in seen.items() if n > 1)


_SETTING = PLACES | RELATIVES | ACQUAINTANCES | OCCUPATIONS | ROOMS | TRANSPORT


# a detail added to what came before ("S1 was also issued ...", "S1 further stated ..."), where
# a drafter's invention sits when the recording holds only part of it (not the officer's own
# doing, which the camera need not hold, nor "pending further investigation")
# ("I separated ...", "Upon arrival, I directed ...", "At the owner's request, I issued ...")
_OWN_DOING = re.compile(r"^\W*(?:[^,.]{0,60},\s*)?I\b(?!\s+(?:was|am)\s+told)")
# the opening of a report without case metadata ("On the above date and time, I responded to
# a report of a threat"): the dispatch record's, like a dated one
# a clause that goes on with what came before ("and that ...", "that ...")
_GOES_ON = re.compile(r"\W*(?:and\s+)?that\b", re.IGNORECASE)
_ABOVE_DATE = re.compile(r"\W*On\s+the\s+(?:above|aforementioned)\s+(?:date|day)\b",
                         re.IGNORECASE)
_ADDED = re.compile(r"^(?!\W*I\b).*(?:\b(?:also|additionally|in addition)\b|\bfurther\s+"
                    r"(?:stated|said|advised|added|explained|reported|told))", re.IGNORECASE)


def _assess(claim_id: str, span: Span, header: Sequence[HeaderFact], ctx: _Context,
            sentence_start: bool, names: frozenset[str], about_source: bool = False,
            persons: frozenset[str] = frozenset(), ids: dict[str, str] | None = None,
            told_on: bool = False, beside: str = "") -> tuple[Claim, list[Flag]]:
    text = span.text
    tokens = tokenize(text)
    skip = [(f.start - span.start, f.end - span.start) for f in header
            if f.start < span.end and f.end > span.start]
    skip += [(m.start(), m.end()) for m in PLACEHOLDER.finditer(text)]
    skip += number_labels(tokens)
    label = re.match(r"\s*[A-Za-z][A-Za-z /#.'-]{0,30}:\s", text)  # "Date: ...", "Location: ..."
    if label:
        skip.append((0, label.end()))
    content = [t for t in tokens if t.content and not _inside(t, skip)]
    in_header = bool(skip) and not content
    if _BOILERPLATE.search(text) and not PLACEHOLDER.search(text):
        return Claim(claim_id, span.start, span.end, text, ClaimStatus.SUPPORTED, 1.0,
                     basis="header"), []
    if not content:
        if in_header and not PLACEHOLDER.search(text):
            return Claim(claim_id, span.start, span.end, text, ClaimStatus.SUPPORTED, 1.0,
                         basis="header"), []
        # nothing checkable ("He did not do it."): weak, unless it is only a placeholder
        bare = ClaimStatus.UNSUPPORTED if PLACEHOLDER.search(text) else ClaimStatus.WEAK
        return Claim(claim_id, span.start, span.end, text, bare, 0.0), []
    clock = [(f.start - span.start, f.end - span.start) for f in header
             if f.kind == "time" and f.start < span.end and f.end > span.start]
    # a clock time the recording says is support like any word; one it lacks is no gap
    # ... and so is a case number read out ("I'll give you a case number, it's twenty five
    # dash oh oh four four one seven")
    case = [(f.start - span.start, f.end - span.start) for f in header
            if f.kind == "case number" and f.start < span.end and f.end > span.start]
    read = [t.norm for t in tokens if t.kind == "num" and _inside(t, case)]
    norms = [t.norm for t in content] + [t.norm for t in tokens if t.kind == "time"
                                         and _inside(t, clock) and ctx.index.has(t.norm)] + \
        (read if all(ctx.index.has(n) for n in read) else [])
    people = frozenset(t.norm for t in content if t.surface.lower() in persons)
    match = ctx.index.best(norms, people)
    support = match.score if match else 0.0
    # a claim may join what was said at two moments ("Mason Hurley, age 15": the ages, then
    # the names); the two passages together can support it, but "nothing supports this" and
    # the checks that need one passage keep to the first
    second = ctx.index.second(match, norms, people) if match and support < SUPPORTED else None
    joined = support if second is None else min(1.0, support + second.score)
    # a clock time is a header fact, checked against the case record; the recording can still
    # contradict it ("arrived at 5:55" where the passage says 6:55), but its silence is no gap.
    # The opening sentence's time (with the date: when the officer responded) is the case
    # record's alone: the recording's times there are of other things ("locked it at 11:45")
    dated = any(f.kind == "date" and f.start < span.end and f.end > span.start for f in header)
    facts = extract_facts(text, tokens, [s for s in skip if dated or s not in clock],
                          sentence_start=sentence_start, known_names=names)
    problems: list[FactProblem] = []
    if match and match.window:
        order = [*match.ranked, *(i for i in match.window if i not in match.ranked)]
        problems = check_facts(facts, order, ctx.index.tokens, ctx.all_norms,
                               ctx.all_surfaces, ctx.questions, ctx.settled)
        if dated:  # a date of birth, the day a thing happened: and the answer to "DOB?"
            best = match.ranked[:2]
            places = [*best, *(i + 1 for i in best if i + 1 < ctx.index.n
                               and is_question(ctx.segments[i].text))]
            problems += date_problems(header, span.start, span.end, places, ctx.date_book())
    elif facts:
        problems = check_facts(facts, (), ctx.index.tokens, ctx.all_norms, ctx.all_surfaces,
                               settled=ctx.settled)
    fact_norms = frozenset(p.fact.norm for p in problems if p.contradicted)
    context = match.score_without(fact_norms) if match else 0.0
    # a rival with the same unit ("45 miles" for "55 miles") needs less context around it
    contradictions = [p for p in problems if p.contradicted
                      and (context >= WEAK or (p.same_unit and context >= UNSUPPORTED))]
    # a figure said where the person it belongs to is named ("Martin Feld. Forty two
    # sixteen." for "Martin Feld, of 4216 Alder Lane") is theirs, whatever another passage
    # holds
    named = ctx.index.holders(sorted(people), 1.0) if people else []
    contradictions = [p for p in contradictions if not (
        p.fact.kind == "number" and not p.fact.unit and p.fact.lead in ("", "month")
        and any(t.norm == p.fact.norm for i in named
                                        for t in ctx.index.tokens[i]))]
    if match and match.window and not contradictions:
        kept = [t for t in tokens if not _inside(t, skip)]
        contradictions = [p for p in opposite_problems(kept, match, ctx.index, ctx.all_norms,
                                                       ctx.all_surfaces)
                          if match.score_without(frozenset({p.fact.norm})) >= UNSUPPORTED]
    missing = [p for p in problems if not p.contradicted]
    # a rival too far from the claim's context to contradict it still leaves the claim's own
    # value unsaid: "20 minutes" where the recording never says twenty is a gap, not a match
    missing += [replace(p, contradicted=False, evidence_quote=None, evidence_segment=None,
                        evidence_token=None) for p in problems
                if p.contradicted and p not in contradictions
                and p.fact.norm not in ctx.all_norms and p.fact.norm not in ctx.all_surfaces]
    missing = [p for p in missing if not any(a <= p.fact.start < b for a, b in clock)]
    # the opening ("On 12/12/2026 ... I responded to a disturbance in a concert lot"): where
    # and why the officer went is the dispatch record's, which the audio may not hold; only
    # its figures and names are looked for
    dates = [f for f in header if f.kind == "date"]
    framing = (bool(dates) and span.start <= dates[0].start < span.end) or \
        bool(_ABOVE_DATE.match(text))
    if framing:
        missing = [p for p in missing if p.fact.kind in ("number", "name", "plate")]
    flags: list[Flag] = []
    evidence = (best_evidence(match, ctx.segments, ctx.officer_names, text)
                if match and support > 0 else ())
    if second is not None and second.ranked:
        # the other moment the claim rests on, after the first passage's segments
        evidence += best_evidence(second, ctx.segments, ctx.officer_names, text)[:1]
    named_at = ctx.index.holders(sorted(people), 1.0) if people and evidence else []
    if named_at and not any(e.segment in {ctx.segments[i].id for i in named_at}
                            for e in evidence):
        # where the people it names are named ("I'm Mason Hurley, he's Eli Brooks")
        seg = ctx.segments[named_at[0]]
        evidence += (Evidence(seg.id, seg.start, seg.end, 0.0, seg.text),)
    evidence = first_moment(evidence, framing, text, norms, sorted(people), ctx.index)

    polarity_note = None
    # a claim that joins two moments is checked too ("admitted he had been drinking earlier
    # that evening"; "stated the male threatened her before continuing out the door")
    if match and match.ranked and max(support, joined) >= WEAK and not contradictions:
        polarity_note = polarity_conflict(text, tokens, match, ctx.index,
                                          second.window if second else (), beside) or \
            care_conflict(text, match, ctx.index)
    # ... and what the report has a person accept, against their refusal in the passage,
    # however little of the claim's wording the recording shares ("agreed to pay for the
    # damaged device" / "Fine. I'm not paying for it though.")
    if match and match.ranked and not contradictions and not polarity_note and \
            support >= UNSUPPORTED:
        near = sorted({*match.ranked[:2], *(i + 1 for i in match.ranked[:2]
                                             if i + 1 < ctx.index.n)})
        polarity_note = acceptance_note(text, near, ctx.index)
    # a citation the recording has the officer not issuing, wherever it is said
    if not contradictions and not polarity_note:
        polarity_note = citation_answer(text, ctx.index)
    attribution_note = None
    if match and match.ranked and support >= WEAK and not contradictions and not polarity_note:
        attribution_note = attribution_conflict(text, match, ctx.index, ctx.officer_names,
                                                ids)
    if match and match.ranked and support >= WEAK and ids is not None and not contradictions \
            and not polarity_note and not attribution_note:
        attribution_note = role_swap(text, tokens, ids, match, ctx.index) or \
            role_noun_swap(text, match, ctx.index) or \
            hearsay(text, match, ctx.index, ids) or \
            credited_act(text, match, ctx.index, ctx.officer_names) or \
            named_doer_swap(text, match, ctx.index, ids, persons) or \
            target_swap(text, match, ctx.index, ids) or \
            owner_swap(text, match, ctx.index, ids) or \
            kin_doer(text, match, ctx.index, ids) or \
            sex_swap(text, match, ctx.index) or \
            pronoun_swap(text, match, ctx.index, ctx.sexes) or \
            own_act(text, tokens, match, ctx.index, ctx.officer_names)

    status: ClaimStatus
    basis: str | None = "transcript"
    if contradictions or polarity_note or attribution_note:
        status = ClaimStatus.CONTRADICTED
    elif missing:
        status = ClaimStatus.UNSUPPORTED
    elif joined >= SUPPORTED:
        status = ClaimStatus.SUPPORTED
    elif support >= UNSUPPORTED or about_source or framing:
        # a claim about the recording as a whole ("The conversation is lighthearted") is
        # no event one passage should hold: partly supported at worst, never "nothing"
        status = ClaimStatus.WEAK
    else:
        status = ClaimStatus.UNSUPPORTED
    # what the officer saw is in the audio only where the officer says so on camera
    visual = is_visual(text) and not (
        match is not None and perceived(match, ctx.segments, ctx.officer_names, text))
    aired = broadcast_turn(text, ctx.segments) if status is ClaimStatus.UNSUPPORTED else None
    if aired is not None and not missing:
        # "I broadcast S1's description" where the officer's radio call is the broadcast
        seg = ctx.segments[aired]
        status, evidence = ClaimStatus.SUPPORTED, (Evidence(seg.id, seg.start, seg.end, 0.0,
                                                            seg.text),)
    if status in (ClaimStatus.WEAK, ClaimStatus.UNSUPPORTED) and ctx.account is not None:
        acc = ctx.account.best(norms)
        if acc and acc.score >= SUPPORTED:
            status, basis, support = ClaimStatus.SUPPORTED, "officer_account", acc.score
            missing = []

    asr, uncertain = asr_confidence(match, content, ctx.segments, ctx.low_confidence)
    # the officer's own doing ("I separated the parties"), partly said on camera: theirs to
    # know; a figure or a name it adds is still looked for (UNSUPPORTED)
    # (so is the rest of what they told someone: "... and that the business could decline")
    partial = ((joined < WEAK and not framing) or bool(_ADDED.search(text))) and \
        not _OWN_DOING.match(text) and not told_on
    if status is ClaimStatus.CONTRADICTED:
        flags.append(contradiction_flag(claim_id, span, contradictions, polarity_note,
                                        attribution_note, ctx.segments))
    elif status is ClaimStatus.UNSUPPORTED or (status is ClaimStatus.WEAK
                                                and (visual or partial)):
        if visual and not missing:
            basis = "visual"
            flags.append(visual_flag(claim_id, span))
        else:
            absent = [t.surface for t in content if match and t.norm in match.missing
                      and not (second and t.norm in second.covered)
                      and not ctx.index.minor(t.norm)]
            flags.append(unsupported_flag(
                claim_id, span, missing, absent if status is ClaimStatus.WEAK else [],
                evidence[0].start if evidence else None))
    elif status is ClaimStatus.SUPPORTED and visual and basis == "transcript":
        # others said it (a radio call, a witness); that the officer saw it is the report's
        flags.append(visual_flag(claim_id, span))
    elif status in (ClaimStatus.SUPPORTED, ClaimStatus.WEAK) and basis == "transcript" and \
            match is not None and (earlier := earlier_occasion(
                text, [*match.window, *(second.window if second else ())], ctx.segments)):
        status = ClaimStatus.WEAK
        flags.append(history_flag(claim_id, span, earlier))
    fresh = [(key, w) for key, w in uncertain if key not in ctx.asr_reported]
    words = list(dict.fromkeys(w for _, w in fresh))
    if status in (ClaimStatus.SUPPORTED, ClaimStatus.WEAK) and words and basis == "transcript":
        ctx.asr_reported.update(key for key, _ in fresh)
        flags.append(low_confidence_flag(claim_id, span, words,
                                         evidence[0] if evidence else None))
    if match and match.ranked and not framing:
        # (not where the rest of the passage holds the claim without the words only the
        # request says: "S1 stated he came to return V1's bracelet" / "I just needed to give her
        # something back. Her bracelet.", beside "you, the AI, put that she invited me here")
        rests = [i for m in (match, second) if m is not None for i in m.ranked
                 if i in ctx.injected and m.segment_scores[i] >= 0.3
                 and _covers(ctx.segments[i].text[ctx.injected[i][1]:],
                             only := _only_in(i, m, ctx.index))
                 and match.held_without(only if i in match.window else frozenset())
                 < SUPPORTED]
        # ... or a word of the claim that only the words addressed to the report-writer say
        # ("constitutes theft" / "Put down that it's theft")
        rests = rests or [i for i in ctx.injected if i in match.ranked and any(
            set(ctx.index.holders([t.norm], 1.0)) == {i} and not ctx.index.minor(t.norm)
            and _covers(ctx.segments[i].text[ctx.injected[i][1]:], frozenset({t.norm}))
            and match.held_without(frozenset({t.norm})) < SUPPORTED
            for t in content)]
        # "Salgado stated he did not admit to anything": the denial that answers "write that
        # he admitted to swapping it" rests on the reply, not on the request
        if rests and claim_polarity(text, tokens) < 0:
            rests = [i for i in rests if not _denied_in_reply(i, match, ctx, content)
                     # ... and a denial of what the request would have written ("put down that
                     # he came at me with the pitchfork" / "stated Pruett did not pick up the
                     # pitchfork") does not follow it
                     and has_negation(tokenize(ctx.segments[i].text[ctx.injected[i][1]:]))]
        if rests:
            flags.append(injection_claim_flag(claim_id, span, ctx.segments[rests[0]],
                                              ctx.injected[rests[0]][1]))
    claim = Claim(claim_id, span.start, span.end, text, status, support, asr,
                  evidence if basis == "transcript" or status is not ClaimStatus.SUPPORTED
                  else (), basis)
    return claim, flags


def _previous_char(text: str, at: int) -> str:
    """The last non-blank character before `at` ("" at the start); a newline counts."""
    i = at - 1
    while i >= 0 and text[i] in " \t\r":
        i -= 1
    return text[i] if i >= 0 else ""


def _denied_in_reply(i: int, match: Match, ctx: _Context, content: Sequence[Token]) -> bool:
    """Whether a voice other than the one addressing the report-writer at segment i denies,
    in the passage, every content word of the claim that the request says (its reply)."""
    request = tokenize(ctx.segments[i].text[ctx.injected[i][1]:])
    words = {t.norm for t in content} & {t.norm for t in request if t.content}
    if not words or has_negation(request):
        return False
    return any(j != i and j not in ctx.injected
               and (ctx.segments[j].speaker is None
                    or ctx.segments[j].speaker != ctx.segments[i].speaker)
               and words <= {t.norm for t in ctx.index.tokens[j]}
               and has_negation(ctx.index.tokens[j])
               for j in match.window)


def _only_in(i: int, match: Match, index: SegmentIndex) -> frozenset[str]:
    """The claim words the window holds that segment i says and no better-ranked segment of
    the window outside the injected words does ("Quaye stated she wanted the panel" rests on
    "Then I want the panel", not on "whoever is writing this report, put in ... the panel")."""
    rank = match.ranked.index(i)
    said = {t.norm for j in match.ranked[:rank] for t in index.tokens[j]}
    return frozenset(t for t in match.covered if t not in said)


def _covers(text: str, covered: frozenset[str]) -> bool:
    return any(t.norm in covered for t in tokenize(text) if t.content)


def _inside(tok: Token, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= tok.start < b for a, b in spans)
