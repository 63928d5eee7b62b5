"""Opposites: a claim word whose opposite is what the recording says ("agreed" where the
recording has "refused", "unlocked" where it has "locked") contradicts it.

The table is general English plus the pairs police narratives turn on (admitted/denied,
entered/exited, front/rear). Words are compared in their canonical form (stem, synonym head), so
"encouraged" meets "encourages". Converses ("send" and "receive", "buy" and "sell") are no
opposites: a report may tell the same exchange from the other side. A pair counts only when the
claim's own word is absent from the whole recording: a recording that says both leaves the claim
to the other checks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.verify.facts import Fact, FactProblem
from app.verify.index import Match, SegmentIndex
from app.verify.text import Token, canonical
from app.verify.words import is_question, next_token, pause_after

_PAIRS = """
admit deny; agree refuse; agree disagree; accept reject; accept decline; allow forbid;
allow prohibit; enter exit; open close; lock unlock; front rear;
front back; inside outside; before after; north south; east west; up down; above below;
increase decrease; rise fall; raise lower; succeed fail; success failure; pass fail;
true false; alive dead; awake asleep; calm agitated; sober intoxicated; sober drunk;
correct incorrect; correct wrong; right wrong; possible impossible;
like dislike; love hate; positive negative; high low; more less; most least; first last;
early late; old young; old new; big small; large small; long short; strong weak; easy difficult;
easy hard; simple complex; simple complicated; cheap expensive; free paid; public private;
common rare; common exotic; good bad; better worse; best worst; happy sad; happy unhappy;
fast slow; always never; all none; start stop; start finish; begin end;
remember forget; include exclude; encourage discourage; support oppose;
praise criticize; profit loss; benefit drawback; advantage disadvantage;
strength weakness; victory defeat; man woman; male female; boy girl; husband wife;
mother father; son daughter; brother sister; teenager adult; child adult;
summer winter; hot cold; warm cold; wet dry; light dark; full empty;
heavy light; rich poor; safe dangerous; healthy sick; healthy ill; wake sleep;
maximum minimum; top bottom; inner outer; internal external; major minor;
same different; similar different; appear disappear; honest dishonest; legal illegal;
visible invisible; able unable; willing unwilling; friend enemy; hire fire; guilty innocent;
arrest release; attack defend; include omit;
clean dirty; quiet loud; quiet noisy; polite rude; calm angry; relaxed tense; interested bored;
interesting boring; exciting boring; fun boring; optimistic pessimistic; confident nervous;
certain uncertain; sure unsure; clear unclear; known unknown; happy upset; pleased upset;
pleased disappointed; satisfied dissatisfied; approve disapprove; obey disobey;
connect disconnect; continue discontinue; agree object; confirm deny; accept refuse;
promote discourage; promote demote; encourage prevent;
protect harm; protect ruin; help harm; help hurt; build destroy; create destroy; save waste;
save spend; catch miss; hit miss; remember ignore; acknowledge ignore; notice ignore;
attend skip; listen ignore; indoors outdoors; indoor outdoor; secluded crowded;
empty crowded; near far;
inbound outbound; northbound southbound; eastbound westbound; forward backward;
plus minus; add remove; add subtract; gain loss; join leave; unite divide; rich broke;
married single; married divorced; employed unemployed; legal unlawful; lawful unlawful;
voluntary involuntary; armed unarmed; conscious unconscious; responsive unresponsive;
cooperative uncooperative; injured uninjured; hurt unhurt; insured uninsured;
licensed unlicensed; registered unregistered; occupied unoccupied; locked unlocked;
loaded unloaded; broken intact; working broken; operational broken; functioning broken;
working busted; operational busted; valid suspended; valid revoked; valid expired;
rural urban; domestic foreign; local foreign; ancient modern;
past future; before later; previous next; yesterday tomorrow; today tomorrow;
today yesterday; morning afternoon; afternoon evening; morning night; beginning end; entrance exit;
arrival departure; winner loser;""".strip()

def _words(text: str) -> list[str]:
    return text.split()


_PREFIXES = ("un", "dis", "non", "mis", "im", "in", "ir", "il")
# words that only look like a prefix on another word ("discover" is no opposite of "cover")
_NOT_PREFIXED = frozenset(canonical(w) for w in _words("""
discover display dispose dispatch distance distribute discuss disturb dish district dismiss
disease inform impress install invest insight increase include intend interest involve
industry instance instead inside income input insist impact import improve indeed intent
intern interview into invite invoice unite union universe universal understand under until
unless uniform unique mission missile misses irish illustrate image imagine immediate
impose impound inspect inspire instant instruct insure intake integrity interior interval
invent invert issue immune implement imply important improvise disclose discount discretion
discard discharge disclaim discipline dispute disposal disrupt dissolve distinct distract
disorder disorderly
"""))


def _build() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for pair in _PAIRS.replace("\n", " ").split(";"):
        words = pair.split()
        if len(words) != 2:
            continue
        a, b = canonical(words[0]), canonical(words[1])
        if a == b:
            continue
        table.setdefault(a, set()).add(b)
        table.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in table.items()}


OPPOSITES = _build()


@dataclass(frozen=True, slots=True)
class Opposite:
    claim: Token  # the claim's word
    rival: Token  # its opposite in the recording
    segment: int  # index of the segment holding the rival


def _unprefixed(norm: str) -> str | None:
    if norm in _NOT_PREFIXED:
        return None
    for prefix in _PREFIXES:
        if norm.startswith(prefix) and len(norm) - len(prefix) >= 5:
            return norm[len(prefix):]
    return None


def opposites_of(norm: str) -> frozenset[str]:
    """Canonical words that say the opposite of `norm` (table and negative prefixes)."""
    out = set(OPPOSITES.get(norm, ()))
    bare = _unprefixed(norm)
    if bare:
        out.add(bare)
    return frozenset(out)


# "enter" shares its synonym head with "door" and "entrance", but a door is no entering: "left"
# is not contradicted by "I was holding onto the car door"
_DOORS = frozenset({"door", "doors", "doorway", "doorways", "entrance", "entrances"})

# "Night manager, yeah": a shift or a post, not the time of day
_POSTS = frozenset({"manager", "managers", "shift", "shifts", "clerk", "clerks", "auditor",
                    "staff", "crew", "guard", "guards", "nurse", "nurses", "supervisor", "desk",
                    "watch", "watchman", "porter", "security", "hours", "time", "car"})


def _names_a_shift(tokens: Sequence[Token], tok: Token) -> bool:
    """Whether `tok` qualifies a post or a period ("night manager", "quiet hours", "the quiet
    car") rather than telling how things were."""
    nxt = next_token(tokens, tok)
    return nxt is not None and nxt.surface.lower() in _POSTS


# Small words that order events: stopwords for support, but "after the stop" is not "before"
_ORDER = frozenset({"before", "after", "during"})


def find_opposites(claim_tokens: Sequence[Token], window: Sequence[int],
                   seg_tokens: Sequence[list[Token]], all_norms: frozenset[str],
                   all_surfaces: frozenset[str] = frozenset(),
                   questions: frozenset[int] = frozenset()) -> list[Opposite]:
    """Claim words absent from the recording whose opposite the matched passage holds
    (not in `questions`: "How far did he get?" says nothing is far)."""
    found: list[Opposite] = []
    # "left before I arrived" names both ends itself: neither contradicts the other
    own = {t.norm for t in claim_tokens} | {t.surface.lower() for t in claim_tokens}
    for tok in claim_tokens:
        low = tok.surface.lower()
        if low in _ORDER:
            # ("before." as an adverb, its clause ended, orders no event)
            if low in all_surfaces or pause_after(claim_tokens, tok):
                continue  # "never bitten anyone before.": no event it is before
            # (not in a question: "Did you touch him before that?" orders nothing)
            hit = next(((i, t) for i in window for t in seg_tokens[i]
                        if t.surface.lower() in _ORDER and t.surface.lower() not in own
                        and i not in questions
                        and not pause_after(seg_tokens[i], t)), None)
            if hit is not None:
                found.append(Opposite(tok, hit[1], hit[0]))
            continue
        if not tok.content or tok.kind != "word" or tok.norm in all_norms:
            continue
        if low == "old" and _after_age(claim_tokens, tok):
            continue  # "25 years old" is an age, not the opposite of "young"
        if _negated(claim_tokens, tok, reach=4):
            continue  # "has not worked since May" agrees with "it's been broken"
        wanted = opposites_of(tok.norm)
        # a negated opposite ("won't leave") says no opposite at all
        hit = next(((i, t) for i in window for t in seg_tokens[i]
                    if t.kind == "word" and t.content
                    and t.norm not in own
                    and t.surface.lower() not in _DOORS
                    and not _names_a_shift(seg_tokens[i], t)
                    and not (t.surface.lower() == "left" and tok.norm in ("enter", "door"))
                    and (t.norm in OPPOSITES.get(tok.norm, ())
                         or (_prefixed_pair(tok, t) and (t.norm in wanted
                                                         or _unprefixed(t.norm) == tok.norm)))
                    and not _negated(seg_tokens[i], t)
                    and i not in questions), None)
        if hit is not None:
            found.append(Opposite(tok, hit[1], hit[0]))
    return found


def _prefixed_pair(a: Token, b: Token) -> bool:
    """Whether one word is the other with a negative prefix, in the same form ("undecided"
    and "decided", not "decide"; "unknown" and "known", not "I don't know")."""
    x, y = sorted((a.surface.lower(), b.surface.lower()), key=len)
    return y.endswith(x) and len(y) > len(x)


def _negated(tokens: Sequence[Token], tok: Token, reach: int = 2) -> bool:
    """Whether one of the `reach` words before `tok` in its segment is a negation."""
    before = [t for t in tokens if t.end <= tok.start and t.end > 0
              and t.kind in ("word", "neg", "num")]
    return any(t.kind == "neg" for t in before[-reach:])


def _after_age(tokens: Sequence[Token], tok: Token) -> bool:
    before = [t for t in tokens if t.end <= tok.start]
    return bool(before) and before[-1].surface.lower() in ("year", "years", "yrs", "yr", "months")


def opposite_problems(tokens: Sequence[Token], match: Match, index: SegmentIndex,
                      all_norms: frozenset[str], all_surfaces: frozenset[str]
                      ) -> list[FactProblem]:
    """Claim words (`tokens`, without the header's) whose opposite the matched passage says,
    as contradicted facts: the passage first, then the other places that hold most of the
    claim."""
    content = [t.norm for t in tokens if t.content]
    places = list(dict.fromkeys([*match.window, *index.holders(content, 0.8)[:3]]))
    questions = frozenset(i for i in places if is_question(index.segments[i].text))
    out = []
    for hit in find_opposites(tokens, places, index.tokens, all_norms, all_surfaces, questions):
        fact = Fact("opposite", hit.claim.norm, hit.claim.surface, hit.claim.start,
                    hit.claim.end)
        out.append(FactProblem(fact, True, hit.rival.surface, hit.segment, hit.rival.norm))
    return out
