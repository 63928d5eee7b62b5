"""Whether they said no: an affirmed claim against a denial in its passage, a negated claim
against a passage that says it plainly, and questions answered yes or no."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from app.verify.accounts import account_conflict, consent_given, refusal_offered, saying_owned
from app.verify.acts import (
    admission_denied,
    contact_owned,
    own_act_denied,
    own_act_said,
    refused_thing,
)
from app.verify.answers import (
    FINAL_NO,
    FLAT_NO,
    answered_yes,
    asked_words,
    asks,
    negated_scope,
    opens_yes,
)
from app.verify.charges import charges_answer
from app.verify.checks import AFFIRMED_BUT, NEGATED_BUT, fmt_time
from app.verify.index import Match, SegmentIndex
from app.verify.negation import (
    asserted_negation,
    claim_polarity,
    evidence_polarity,
    fluent,
    negated_near,
    quoted_denial,
)
from app.verify.opposites import opposites_of
from app.verify.speech import ADMITTED, CIVILIAN_SPEECH, MIND_VERBS, clip
from app.verify.text import Token, canonical, tokenize
from app.verify.words import is_question, turn_sentences

# the least share of a claim a passage must hold for its denial to bear on an affirmed claim
_NEGATED_SHARE = 0.35
# ... and the least an answer to a question on the claim's words must hold
_ANSWER_SHARE = 0.25
# the share of a claim its best passage holds in telling it plainly
_TOLD = 0.7
# answers that deny nothing: "I don't know", "Not yet, I'm calling the bank now"
_UNSURE = re.compile(r"\W*(?:(?:I|uh|um)\W+)*(?:(?:I\s+)?(?:don't|do not|dunno)\s+know|not yet)\b",
                     re.IGNORECASE)
_ANY = re.compile(r"\bany(?:body|one|thing|where)?\b", re.IGNORECASE)
# acts of laying hands on someone, which "didn't touch me" denies
_CONTACT = frozenset({"grab", "hit", "push", "shov", "chok", "tackl", "yank", "slam", "pin"})
# acts of force a witness is asked about one by one ("Did he swing it at you?")
_FORCE = _CONTACT | {"swing", "point", "throw", "touch", "fall", "kick", "punch", "strike"}
# force at a person ("touched her", "swung the hammer at him"), not at a thing ("her door
# touched his car")
_AT_A_PERSON = re.compile(r"\b(?:touch|grab|hit|push|shov|swung|swing|kick|punch|struck|strik|"
                          r"slap|throw|threw|point)\w*\s+(?:[\w']+\s+){0,3}?(?:him|her|them)\b",
                          re.IGNORECASE)
# the least score of the passage a reported denial ("declined", "denied") is read against
_REPLY_MATCH = 0.45


# the opening that tells what the call was ("I responded to a report of a water dispute")
_CALL = re.compile(r"\b(?:responded|dispatched)\b.*\b(?:regarding|reports?\s+of|calls?\s+"
                   r"(?:of|about|regarding)|in\s+reference\s+to|about)\b", re.IGNORECASE)
_SAYING_WORDS = re.compile(r"\b(?:stated|said|advised|told|admitted|denied|explained)\b",
                           re.IGNORECASE)


def polarity_conflict(text: str, tokens: Sequence[Token], match: Match, index: SegmentIndex,
                      also: Sequence[int] = (), beside: str = "") -> str | None:
    """An affirmed claim against a local denial, or a negated claim against none at all
    (in the passage or in `also`, the other moment a claim joining two rests on); `beside` is
    the rest of the claim's sentence."""
    if _CALL.search(text) and not _SAYING_WORDS.search(text):
        return None  # "responded regarding a water dispute": the call, not an account of it
    claimed = claim_polarity(text, tokens)
    best = match.ranked[0]
    nxt = best + 1 if best + 1 < index.n else None
    affirmed = text if claimed > 0 else text[:_affirmed_head(text, tokens) or 0]
    # (whether they want charges is settled once, wherever the passage is)
    account = charges_answer(text, index) or account_conflict(
        text, affirmed, claimed, sorted({*match.window, *match.ranked[:2]}), index)
    if account is not None:
        return account
    if claimed > 0:
        # an admission the person's own words deny ("I swear that's not mine")
        denied = admission_denied(text, sorted({*match.window, *match.ranked[:3], *also}), index)
        if denied is not None:
            seg = index.segments[denied]
            return (f"The report has an admission, but at {fmt_time(seg.start)} the person "
                    f"denies it: '{clip(seg.text)}'.")
        return _affirmed_denied(text, tokens, match, index, beside=beside)
    # "saw a boat near his string but could not identify it": the affirmed half is checked
    # as a claim of its own
    head = _affirmed_head(text, tokens)
    if head is not None:
        # (the words the negated half says too are its own: "saw one male ... but could not
        # see his face" against "I couldn't see his face")
        found = _affirmed_denied(text[:head], [t for t in tokens if t.end <= head], match, index,
                                 {t.norm for t in tokens if t.start > head and t.content})
        if found is not None:
            return found
    near = sorted({*match.window, *also, best} | ({nxt} if nxt is not None else set()))
    # ... and the answer to a question among them ("Have you had anything to drink tonight?"
    # / "No, sir. Nothing.")
    near = sorted({*near, *(i + 1 for i in near if i + 1 < index.n
                            and is_question(index.segments[i].text))})
    yes = answered_yes(tokens, [q for q in (best, best - 1) if q >= 0], index)
    if yes is not None:
        question = index.segments[yes]
        return (f"The report negates this, but at {fmt_time(question.start)} the answer to "
                f"'{clip(question.text)}' is '{clip(index.segments[yes + 1].text)}'.")
    done = own_act_said(text, near, index) or contact_owned(text, near, best, index) or \
        saying_owned(text, index) or refusal_offered(text, near, index) or \
        consent_given(text, near, index)
    if done is not None:
        seg = index.segments[done]
        return (f"The report negates this, but at {fmt_time(seg.start)} the person says they "
                f"did it: '{clip(seg.text)}'.")
    if any(evidence_polarity(index.tokens[i]) < 0 for i in near) and \
            not _affirmed_scope(tokens, near, index):
        return None
    # an offer declined in so many words ("Want EMS to take a look?" / "I'm okay")
    if _DECLINED.search(text) and any(_TURNED_DOWN.search(index.segments[i].text)
                                      for i in near):
        return None
    # the best passage denies it ("Never came back.") and says none of it plainly: the
    # claim's word said elsewhere ("agrees to return items") is another matter
    if evidence_polarity(index.tokens[best]) < 0 and not _affirmed_scope(tokens, [best], index):
        return None
    # the denial may sit elsewhere in the recording ("No more fish for ya" at the end)
    scope = negated_scope(tokens)
    # "has not worked since May" where the passage says "it's been broken since May"
    said = {t.norm for t in index.tokens[best]}
    if any(w not in said and said & opposites_of(w) for w in scope):
        return None
    if scope and any(negated_near(index.tokens[i], frozenset(scope), reach=4, opening=True,
                                   text=index.segments[i].text)
                     for i in index.holders(sorted(scope), 0.5)):
        return None
    # a "not" on words the passage never says affirms nothing the passage denies ("he could
    # not think of anyone", "did not witness the theft" against the dispatch call); a
    # refusal or a denial ("declined", "denied") is a reply the passage should hold
    if not _DENIAL_VERB.search(text) and not _affirmed_scope(tokens, near, index):
        return None
    # ... if the passage is the claim's moment at all: a loose match ("Harold Beckstrom. B E C
    # K ..." for "Beckstrom declined to report anything further") is no reply to read
    if not _affirmed_scope(tokens, near, index) and match.segment_scores[best] < _REPLY_MATCH:
        return None
    seg = index.segments[best]
    quote = f"'{clip(seg.text)}'"
    if nxt is not None and is_question(seg.text):
        quote += f" / '{clip(index.segments[nxt].text)}'"
    return (f"{NEGATED_BUT} at {fmt_time(seg.start)} has no "
            f"denial or negation: {quote}.")


# a claim that says "not" in other words ("his key stopped working" for "my key doesn't work",
# "kept from future meetings" for "we'd like him to not come back") affirms no word a denial
# in the passage could contradict
_IMPLICIT_NEG = re.compile(r"\b(?:(?:stopped|quit|ceased) \w+ing|failed to|unable to|"
                           r"kept (?:\w+ )?from|prevented from|barred from|banned from)\b",
                           re.IGNORECASE)


# "only Reyes had code four" / "No. Only him.", "put out only an old mattress" / "An old
# mattress, not the grill": what a claim limits to one thing, it denies of the rest (an
# admission aside: "admitted shoving V1 but stated he only meant to")
_ONLY = re.compile(r"\b(?:only|solely|except)\b", re.IGNORECASE)


def _affirmed_denied(text: str, tokens: Sequence[Token], match: Match, index: SegmentIndex,
                     besides: set[str] | frozenset[str] = frozenset(), beside: str = ""
                     ) -> str | None:
    """An affirmed claim against a denial in its passage, or a question on it answered no;
    only a denial of its words that are not also `besides`, and not one the rest of the
    sentence (`beside`) reports itself."""
    if _IMPLICIT_NEG.search(text) or (_ONLY.search(text) and not ADMITTED.search(text)):
        return None
    best = match.ranked[0]
    top = match.segment_scores[best]
    said = {t.norm for t in tokens} - besides
    # a denial only bears on the claim when it governs one of its telling words, in a
    # passage that holds a fair share of the claim (long summaries brush many negations)
    # with the claim's verbs of knowing and wanting ("didn't know it was fake")
    # ... and "had been told" ("Nobody told me the road was closed")
    key = frozenset({*(t for t in match.covered if not index.minor(t) and t in said),
                     *(t.norm for t in tokens if t.norm in MIND_VERBS
                       or t.surface.lower() == "told")}) - besides
    # a denial the report quotes ("which read, \"no more water till you pay up\"") is
    # the one the passage says
    key -= quoted_denial(text, tokens)
    share = max(0.5 * top, _NEGATED_SHARE)
    strong = [i for i in match.ranked if match.segment_scores[i] >= share]
    # "He didn't touch me" denies a grab or a shove the passage does not itself tell
    # ... and "he didn't even look back" a look, though "look" tells little elsewhere
    key |= {t.norm for t in tokens if t.norm in ("look", "leave", "move", "touch")}
    contact = {t.norm for t in tokens if t.norm in _CONTACT}
    if re.search(r"\bphysical contact\b", text, re.IGNORECASE) or (contact and not any(
            t.norm in contact for i in strong for t in index.tokens[i])):
        key |= {"touch"}
    # what someone was asked to do ("had asked the customer to leave several times" / "He
    # won't leave. I've asked him four times.") is no claim that it was done
    key -= {canonical(m.group(1).lower()) for m in _REQUESTED.finditer(text)}
    # ... or an answer to a question on them ("Did you touch anything in the boat?" / "No, I
    # didn't climb in"), which holds less of the claim than a telling of it would
    answers = [i for i in match.ranked if i not in strong and i > 0
               and match.segment_scores[i] >= _ANSWER_SHARE
               and is_question(index.segments[i - 1].text) and asks(i - 1, key, index)]
    denied = [i for i in [*strong, *answers] if negated_near(index.tokens[i], key, claim=tokens,
                                                             text=index.segments[i].text)]
    # where the best passage says it plainly, another voice's denial ("I didn't move it")
    # is a conflicting account, not a contradiction of what the report attributes
    plain = bool(strong) and strong[0] not in denied and \
        not is_question(index.segments[strong[0]].text)
    where = denied[0] if denied and not plain else None
    if where is None:
        where = _copula_denied(tokens, strong[:1], index)
    # (the act of an affirmed half may be the one its negated half denies: "pushed her hand
    # away but denied pushing her down")
    if where is None and not besides:
        where = refused_thing(text, strong, index)
    if where is None and not besides:
        where = own_act_denied(text, strong, index)
    if where is None and not besides:
        where = _admission_denied(text, tokens, index)
    # "Have you been drinking?" / "No sir." -- for what a person said or admitted; the
    # question may sit anywhere in the recording, not only near the best passage
    if where is None and CIVILIAN_SPEECH.search(text):
        content = [t.norm for t in tokens if t.content]
        # an admission is checked against every question on the subject; what someone
        # "said" only against the best passage
        # so is what someone says they saw or knew ("Did you see a gun?" / "No.")
        wide = ADMITTED.search(text) or any(t.norm in MIND_VERBS for t in tokens)
        asked = [best, *index.holders(content, 0.5)] if wide else [best]
        # ("I pushed him back. I'm not gonna lie.": the best passage is the admission
        # itself, whatever "No" another question drew)
        owned = _admitted_act(text) if ADMITTED.search(text) else frozenset()
        if owned and _says_own_act(owned, index.tokens[best]) and not negated_near(
                index.tokens[best], owned, reach=3, opening=True,
                text=index.segments[best].text):
            asked = []
        # the best passage is the answer to a question on two of the claim's words ("Did
        # you hit your head?" / "No. Just the knee." for "he struck his head")
        # ... or on one, an act of force ("Did he swing it at you, or touch you?" / "No, he
        # just held it up")
        on = asked_words(best - 1, set(content), index) if best > 0 else set()
        if (len(on) >= 2 or on & _FORCE) and (
                FLAT_NO.match(index.segments[best].text)
                or FINAL_NO.search(index.segments[best].text)):
            asked.append(best - 1)
        # ... or a question of the passage on two of them ("Did you see him put the clippers
        # in the bag?" / "No, I didn't see that part"), where the best passage does not tell
        # the claim itself; not one on anything or anyone at all ("Did the crutch hit
        # anybody?" / "No, it hit the glass"), nor one answered "I don't know" or "Not yet"
        # ... or on an act of force that the answer denies in so many words ("Did he touch
        # you?" / "No, he didn't touch me.")
        asked += [i for i in match.ranked[1:3] if i + 1 < index.n and top < _TOLD
                  and (len(on := asked_words(i, set(content), index)) >= 2
                       or (_AT_A_PERSON.search(text) is not None
                           and negated_near(index.tokens[i + 1], frozenset(on) & _FORCE, reach=3,
                                            text=index.segments[i + 1].text)))
                  and not _ANY.search(index.segments[i].text)
                  and not _UNSURE.match(index.segments[i + 1].text)]
        mind = frozenset(t.norm for t in tokens if t.norm in MIND_VERBS)
        # what the claim is about, not whom ("Ms. Jimenez, do you want ...?")
        topic = frozenset(t.norm for t in tokens if t.content and t.surface.islower()) - mind
        # (not a question on the negated half: "Is the staging area watched?" / "Not really,
        # it's roped off")
        for q in dict.fromkeys(q for q in asked if not asks(q, frozenset(besides), index)):
            # a question answered "No", or for an admission also an accusation answered
            # "that wasn't me"
            # ("Do you want medics? I can get fire out here." asks)
            # (after the admission itself, "I pushed him, okay?", only a denial of that
            # act: not another voice's "I never yelled at anybody")
            admitted = ADMITTED.search(text) is not None
            act = _admitted_act(text) if admitted else frozenset()
            put = (admitted or any(is_question(p)
                                   for p in turn_sentences(index.segments[q].text))) and \
                not (act and q + 1 < index.n and _says_own_act(act, index.tokens[q])
                     and not negated_near(index.tokens[q + 1], act, reach=3, opening=True,
                                           text=index.segments[q + 1].text))
            # ("Do you want to pursue charges?" / "I just want him to leave. I don't
            # want to go to court.": the claim's want, denied in the answer)
            # ("Do you want to press charges?" / "Yes. He can't do that to a referee.")
            if q + 1 < index.n and put and (
                    (any(t.kind == "neg" for t in index.tokens[q + 1][:3])
                     and not opens_yes(index.tokens[q + 1]))
                    or FINAL_NO.search(index.segments[q + 1].text)
                    or (mind and asks(q, mind, index)
                        and asks(q, topic, index)
                        and negated_near(index.tokens[q + 1], mind, reach=1,
                                          text=index.segments[q + 1].text))):
                where = q + 1
                break
    if where is None or _told_beside(beside, index.tokens[where]):
        return None
    seg = index.segments[where]
    return (f"{AFFIRMED_BUT} at {fmt_time(seg.start)} has a "
            f"denial or negation: '{clip(seg.text)}'.")


_REQUESTED = re.compile(r"\b(?:asked|told|ordered|instructed|directed|requested|advised|warned|"
                        r"urged|begged)\s+(?:[\w']+\s+){0,3}?to\s+(?:not\s+)?(\w+)",
                        re.IGNORECASE)


def _told_beside(beside: str, denial: Sequence[Token]) -> bool:
    """Whether the rest of the claim's sentence reports the passage's denial itself ("S1
    stated he rang his bell, and V1 stated he did not hear a bell" / "I didn't hear any
    bell."): a negated clause sharing two of the denial's words."""
    rest = tokenize(beside)
    if not any(t.kind == "neg" for t in rest):
        return False
    shared = {t.norm for t in rest if t.content} & {t.norm for t in denial if t.content}
    return len(shared) >= 2


def _affirmed_head(text: str, tokens: Sequence[Token]) -> int | None:
    """Where the affirmed half of a claim ends, when a "but" joins it to a negated one ("saw
    a boat near his string that morning but could not identify it", "she fell but was not
    hurt"); None otherwise."""
    for k, tok in enumerate(tokens):
        if tok.kind == "neg" or tok.surface.lower().startswith(("den", "refus", "declin")):
            return None
        # ... or an "and" to a refusal ("he fell to the ground and declined an ambulance")
        refusal = tok.surface.lower() == "and" and any(
            t.surface.lower().startswith(("refus", "declin")) for t in tokens[k + 1:k + 3])
        if tok.surface.lower() == "but" or refusal:
            head = [t for t in tokens[:k] if t.content]
            negated = refusal or any(asserted_negation(tokens, j) for j in range(k + 1, k + 5)
                                     if j < len(tokens))
            return tok.start if len(head) >= _HEAD_WORDS and negated else None
    return None


# the least content words the affirmed half of a claim must hold to be checked on its own
_HEAD_WORDS = 2


_DECLINED = re.compile(r"\b(?:declin|refus)\w*", re.IGNORECASE)
_TURNED_DOWN = re.compile(r"\b(?:I'm|I am|we're|we are|I'll be)\s+(?:okay|ok|fine|good|alright|"
                          r"all right)\b|\bno,? thanks?\b|\bI'll pass\b(?!\s+\w)|\bthat's okay\b",
                          re.IGNORECASE)
_DENIAL_VERB = re.compile(r"\b(?:denied|denies|declined|declines|refused|refuses)\b",
                          re.IGNORECASE)


_ADMITTED_ACT = re.compile(r"\badmitted\s+(?:to\s+)?(?:that\s+)?(?:(?:he|she)\s+)?(?:had\s+)?"
                           r"([a-z]+)", re.IGNORECASE)


def _admitted_act(text: str) -> frozenset[str]:
    """The act a claim says was admitted ("admitted he pushed V1": push), with its
    near-synonym for speech ("admitted telling him": tell, say)."""
    m = _ADMITTED_ACT.search(text)
    act = {t.norm for t in tokenize(m.group(1))[:1] if t.content} if m else set()
    return frozenset(act | ({"say", "tell"} if act & {"say", "tell"} else set()))


def _says_own_act(act: frozenset[str], passage: Sequence[Token]) -> bool:
    """Whether the passage is an admission in the first person ("I pushed him")."""
    return bool(act & {t.norm for t in passage}) and \
        "i" in {t.surface.lower() for t in passage}


def _admission_denied(text: str, tokens: Sequence[Token], index: SegmentIndex) -> int | None:
    """ "admitted filming V1 and her daughter" where the person says "I was not filming
    them": a denial of the very act, anywhere the claim's subject is talked about."""
    m = _ADMITTED_ACT.search(text)
    act = tokenize(m.group(1)) if m else []
    if not act or not act[0].content:
        return None
    # what was admitted, not the rest of the sentence ("stated he called bingo first and
    # admitted he pushed V1")
    content = [t.norm for t in tokens if t.content and t.start >= m.start()] if m else []
    for i in index.holders(content, 0.5):
        seg = index.segments[i]
        if is_question(seg.text):
            continue
        if negated_near(index.tokens[i], frozenset({act[0].norm}), reach=3, text=seg.text,
                        admission=True) and re.search(r"\bI\b", seg.text):
            return i
    return None


def _copula_denied(claim: Sequence[Token], passage: Sequence[int], index: SegmentIndex
                   ) -> int | None:
    """ "The locate flags were in place" where the passage has "the flags were not there":
    the claim's subject of "was"/"were" has its "was" denied."""
    subjects = {a.norm for a, b in pairwise(claim)
                if a.content and a.kind == "word" and b.norm == "be"}
    for i in passage:
        words = [t for t in index.tokens[i] if t.kind in ("word", "neg")]
        for k in range(len(words) - 2):
            if words[k].norm not in subjects:
                continue
            after = words[k + 1]
            if (after.kind == "neg" and after.surface.lower().endswith("n't")) or (
                    after.norm == "be" and words[k + 2].kind == "neg"):
                return i
    return None


def _affirmed_scope(claim: Sequence[Token], passage: Sequence[int], index: SegmentIndex,
                    reach: int = 3) -> bool:
    """Whether the passage (its statements, not its questions) says the words the claim
    negates with no negation of its own.

    "It doesn't fit" against "it fits perfectly, but I don't know why": the passage has a
    negation, but not on what the claim denies. Without such words, or with an answer that
    opens with "No" (unless it answers another question: "Any questions?" / "No, um, can I
    drive it home?"), the passage's negation is taken to be the claim's."""
    scope = negated_scope(claim, reach)
    if not scope:
        return False
    said = False
    for i in passage:
        # what the turn states, not what it asks ("Your license is valid. Any questions?")
        told = " ".join(p for p in turn_sentences(index.segments[i].text)
                        if not is_question(p))
        if not told.strip():
            continue
        # "My dad's had a repaired crack. This one doesn't.", "they can't do that": a
        # negation standing for what was just said
        if any(_ELLIPSIS.search(p) for p in turn_sentences(told)):
            return False
        toks = index.tokens[i] if told == index.segments[i].text else tokenize(told, spoken=True)
        words = fluent([t for t in toks if t.kind in ("word", "neg", "num")])
        if words and words[0].kind == "neg":
            if not _answers_other(i, scope, index):
                return False
            # "Did he push past you?" / "No. He stopped when I said ...": that no is spent
            words = words[1:]
        for k, tok in enumerate(words):
            if tok.norm in scope:
                if any(w.kind == "neg" for w in words[max(0, k - reach):k]) or \
                        _joined_to_negated(words, k):
                    return False
                # "they want them trespassed, no charges": the denial follows the word
                said = said or not any(w.kind == "neg" for w in words[k + 1:k + 1 + reach])
    return said


def _joined_to_negated(words: Sequence[Token], k: int) -> bool:
    """ "you can't go over there and threaten him": a verb joined by "and" or "or" to one a
    negation governs is governed by it too."""
    before = words[max(0, k - 6):k]
    for j, w in enumerate(before):
        if w.kind == "neg":
            return any(v.surface.lower() in ("and", "or") for v in before[j + 1:])
    return False


_ELLIPSIS = re.compile(r"\b(?:\w+n't|not|never|cannot)(?:\s+(?:do|be|have))?"
                       r"(?:\s+(?:that|it|this|so))?\W*$", re.IGNORECASE)


def _answers_other(i: int, scope: set[str], index: SegmentIndex) -> bool:
    """Whether segment i answers a question (the last sentence of the turn before) that
    asks about none of the scope's words."""
    if i == 0 or not is_question(index.segments[i - 1].text):
        return False
    asked = turn_sentences(index.segments[i - 1].text)[-1]
    return not scope & {t.norm for t in tokenize(asked, spoken=True)}
