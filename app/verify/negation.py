"""Whether a claim or a passage is negated: "did not", "denied", "refused", never "if ... not"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.verify.speech import MIND_VERBS
from app.verify.text import Token, stem

# ... and what a rule forbids ("the contract prohibits haze" for "no haze, no fog")
_NEGATIVE_VERBS = re.compile(r"\b(den(y|ied|ies)|refus\w*|declin\w*|prohibit\w*|forb[ia]d\w*)\b",
                             re.I)


def claim_polarity(text: str, tokens: Sequence[Token]) -> int:
    """+1 for an affirmative claim, -1 for a negated or denying one.

    A negation inside a condition ("call if the website is not working") negates nothing the
    claim asserts."""
    # words quoted from a speaker ("yelled, \"You can't keep me from my stuff\"") are what
    # was said, not what the claim asserts
    quoted = [(m.start(), m.end()) for m in _QUOTE.finditer(text)]
    if _NEGATIVE_VERBS.search(text) or any(
            asserted_negation(tokens, k) and not any(a <= tokens[k].start < b for a, b in quoted)
            for k in range(len(tokens))):
        return -1
    return 1


_QUOTE = re.compile(r"\"[^\"]*\"|“[^”]*”")


def quoted_denial(text: str, tokens: Sequence[Token]) -> set[str]:
    """The words of a quotation in the claim that holds a negation ("\"no more water till you
    pay up\""): a passage saying them with their "no" says what the report quotes."""
    out: set[str] = set()
    for m in _QUOTE.finditer(text):
        inside = [t for t in tokens if m.start() <= t.start < m.end()]
        if any(t.kind == "neg" for t in inside):
            out |= {t.norm for t in inside}
    return out


_LEAVES_OUT = frozenset({"including", "counting"})
_OWNING = ("admit", "acknowledg", "apologi", "confess", "conced")
HYPOTHETICAL = frozenset({"if", "unless", "whether", "why", "even"})


def asserted_negation(tokens: Sequence[Token], k: int) -> bool:
    """Whether tokens[k] is a negation not inside a condition or question ("if ... not")."""
    if tokens[k].kind != "neg":
        return False
    # "valued at $2,300, not including the charger": what a figure leaves out, no denial
    if k + 1 < len(tokens) and tokens[k + 1].surface.lower() in _LEAVES_OUT:
        return False
    words = [t for t in tokens[max(0, k - 4):k] if t.kind in ("word", "neg", "num")]
    return not any(t.surface.lower() in HYPOTHETICAL for t in words[-3:])


def evidence_polarity(tokens: Sequence[Token]) -> int:
    return -1 if any(t.kind == "neg" for t in tokens) else 1


def negated_near(tokens: Sequence[Token], covered: frozenset[str], reach: int = 2,
                  opening: bool = False, claim: Sequence[Token] = (), text: str = "",
                  admission: bool = False) -> bool:
    """A negation within `reach` tokens before a word the claim shares with the segment.

    An opening "No," answers the previous turn, so it is left to the question rule, unless
    `opening` counts it ("No more fish for you"). Where the segment says the claim's own word
    ("punched") as well as a synonym of it ("never hit me but he punched a wall"), only the
    claim's own word counts. A word the segment also says plainly is no denial of the claim,
    unless the claim is an `admission` (where "I didn't push him. He pushed me." denies it)."""
    words = [t for t in said_in_order(tokens) if t.kind in ("word", "neg", "num")]
    if not opening and words and words[0].kind == "neg" and words[0].surface.lower() == "no":
        words = words[1:]
    own = {stem(t.surface) for t in claim if t.norm in covered}
    own_words = {t.norm for t in claim if t.content and t.norm not in MIND_VERBS}
    said_own = {t.norm for t in words if t.norm in covered and stem(t.surface) in own}
    admission = admission or any(t.surface.lower().startswith(_OWNING) for t in claim)
    for k, tok in enumerate(words):
        if tok.norm not in covered:
            continue
        if tok.norm in said_own and stem(tok.surface) not in own:
            continue
        # "I just want him to leave. I don't want to go to court.": a denied want bears on
        # the claim only where what is wanted is the claim's ("don't want [charges]")
        if tok.norm in MIND_VERBS and claim and own_words and not any(
                w.norm in own_words for w in words[k + 1:k + 5]) and any(
                w.norm == tok.norm and w is not tok for w in words):
            continue
        # "I wasn't pointing it at anybody, I was pointing it at the ground": corrected
        # (the same word, not a synonym: "he never hit me but he punched a wall"; nor a
        # want: "I don't want to press charges, I just wanted my machine")
        # ... or said plainly before it ("it'd cost nine hundred to replace the frame. The
        # photos can't be replaced": the denial is of another thing)
        # (not for an admission, which the accuser's plain words do not undo: "I didn't push
        # him. He pushed me.")
        if tok.norm not in MIND_VERBS and any(
                stem(w.surface) == stem(tok.surface)
                and not any(v.kind == "neg" for v in words[max(0, m - 3):m])
                for m, w in enumerate(words) if m > k or (m < k and not admission)):
            continue
        # "I don't have a plan": what one denies having
        had = k >= 3 and words[k - 2].surface.lower() in ("have", "has", "had") and \
            words[k - 1].surface.lower() in ("a", "an", "any")
        # "He didn't, like, say he'd hit me": what one denies saying one would do
        saying = any(words[m].surface.lower() in _SAYING and
                     any(v.kind == "neg" for v in words[max(0, m - 2):m])
                     for m in range(max(0, k - 4), k))
        for j in range(max(0, k - reach - (1 if had else 0) - (4 if saying else 0)), k):
            # "if we don't become aware", "why we don't eat": a condition or a question
            # about the thing, not a denial of it
            if asserted_negation(words, j) and not _apart(text, words[j], tok) and \
                    not _contrast_elsewhere(words, j, own_words) and \
                    not _purpose(words, j, " ".join(t.surface for t in claim)):
                return True
    return False


_WOULD_NOT = frozenset({"wouldn't", "won't", "wouldnt", "wont"})
_COULD_NOT = frozenset({"couldn't", "can't", "couldnt", "cant", "cannot"})
_SUBJECTS = frozenset({"it", "he", "she", "they", "i", "we", "you", "that", "nobody", "no"})
# the report's words for what an act was for ("to keep her from leaving", "to prevent it")
_FOR_WHAT = re.compile(r"\b(?:to|in order to) (?:keep|stop|prevent|block)\b|\bso that\b",
                       re.IGNORECASE)


def _purpose(words: Sequence[Token], j: int, claim_text: str = "") -> bool:
    """Whether the negation says what an act was for ("I put my hand on the door so it
    wouldn't close"), which denies nothing that happened; with "couldn't" only where the claim
    says it was for that ("stood in the doorway to keep S1 from leaving" / "so she couldn't
    leave with it"): "it was dark so I couldn't see" is what happened."""
    low = [w.surface.lower() for w in words]
    modal = low[j] in _WOULD_NOT | _COULD_NOT
    would_not = low[j] in _WOULD_NOT or (low[j] == "not" and j > 0
                                          and low[j - 1] in ("would", "will"))
    could_not = low[j] in _COULD_NOT or (low[j] == "not" and j > 0
                                          and low[j - 1] in ("could", "can"))
    if not (would_not or (could_not and _FOR_WHAT.search(claim_text))):
        return False
    at = j - (1 if modal else 2)
    return at >= 1 and low[at] in _SUBJECTS and (
        low[at - 1] == "so" or (at >= 2 and low[at - 2] == "so" and low[at - 1] == "that"))


_SAYING = frozenset({"say", "said", "tell", "told", "threaten", "threatened"})


def said_in_order(tokens: Sequence[Token]) -> Sequence[Token]:
    """The tokens of what was said, without those an index adds after them (the name in the
    speaker's label, a spelled-out alias), which no negation in the words can govern."""
    for k in range(1, len(tokens)):
        if tokens[k].start < tokens[k - 1].start:
            return tokens[:k]
    return tokens


def _contrast_elsewhere(words: Sequence[Token], j: int, own_words: set[str]) -> bool:
    """ "They paid for the canoes but not the shuttle": a "but not" denies the clause before
    it of the thing after; it bears on a claim only where the claim shares that clause."""
    if j == 0 or words[j].surface.lower() != "not" or words[j - 1].surface.lower() != "but":
        return False
    before = {w.norm for w in words[max(0, j - 7):j - 1] if w.content}
    return bool(own_words) and not before & own_words


def fluent(words: list[Token]) -> list[Token]:
    """Words without a speaker's immediate repeats ("not on the, the list")."""
    out: list[Token] = []
    for w in words:
        if out and w.norm == out[-1].norm and w.kind == out[-1].kind:
            continue
        out.append(w)
    return out


_BREAK = re.compile(r"[.;:!?]|--|—"
                    r"|,\s*(?:(?:and|but|so|then|uh|um)\s+)?(?:i|he|she|it|they|we|you|that)\b"
                    # a hedge, not a denial: "about, um, I don't know, twenty minutes after"
                    r"|\b(?:know|remember|recall|sure|guess)\s*,",
                    re.IGNORECASE)


def _apart(text: str, neg: Token, word: Token) -> bool:
    """Whether a negation does not govern a later word: another clause ("it didn't bite
    nobody, it chased my nephew") or a self-correction ("two, no, sorry, three"). A list
    stays in scope ("he didn't hit, kick or push me")."""
    if not text or word.start <= neg.end:
        return False
    if _BREAK.search(text, neg.end, word.start):
        return True
    after = text[neg.end:neg.end + 2]
    if neg.surface.lower() == "no" and after.startswith(","):
        return True
    # "I didn't take nothing, the TV's in there": the negated object closes the scope
    # ... and so does the thing "no" denies in a description ("Black helmet, no shirt, tattoos
    # on his back"), unless an "or" makes a list of it ("no knife, gun or bat")
    if neg.surface.lower() == "no" and re.match(r" [a-z]", text[neg.end:neg.end + 2]) and \
            "," in text[neg.end:word.start]:
        return not re.search(r"\b(?:or|nor)\b", text[neg.end:word.end + 12], re.IGNORECASE)
    return neg.surface.lower() in _OBJECT_NEGATIONS and "," in text[neg.end:word.start]


_OBJECT_NEGATIONS = frozenset({"nothing", "nobody", "none", "nowhere", "anything"})
