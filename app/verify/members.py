"""Closed classes of facts (colours, makes, weapons, substances): when two members name the
same thing ("pistol" and "handgun"), when one is the general word for another ("gun", "rifle";
"alcohol", "beer"), which classes hold one member per thing, and where a class word is no
member to check (a verb, a title beside a name, part of a brand) or what thing it qualifies."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.verify.text import PARTY_LABEL
from app.verify.vocab import NOT_NAMES
from app.verify.words import Token, stem

# classes where one thing has one member: a motor is a Yamaha or a Mercury
ONE_PER_THING = frozenset({"vehicle make", "colour", "weapon"})

# Classes whose members share a synonym head for finding the passage ("rifle" and "handgun"
# are both a weapon) but are different facts when compared.
EXACT_CLASSES = frozenset({"colour", "weapon", "substance"})
# Members that name the same thing, and generic words that fit every member of a family.
_MEMBER_GROUPS = (
    # (a revolver is no semi-automatic pistol; "handgun" is either)
    frozenset({"handgun", "pistol", "glock"}),
    frozenset({"handgun", "revolver"}),
    frozenset({"rifle", "ar", "carbine"}),
    frozenset({"shotgun", "gauge"}),
    frozenset({"knife", "blade", "pocketknife", "switchblade", "penknife"}),
    frozenset({"pocket", "pocketknife", "penknife"}),
    frozenset({"grey", "gray"}),
    frozenset({"chevrolet", "chevy"}),
    frozenset({"volkswagen", "vw"}),
    frozenset({"mercedes", "benz"}),
    frozenset({"marijuana", "cannabis", "weed", "pot"}),
    frozenset({"meth", "methamphetamine"}),
    frozenset({"cocaine", "crack", "coke"}),
    frozenset({"hash", "hashish"}),
    frozenset({"mdma", "ecstasy"}),
    frozenset({"oxycodone", "percocet", "oxy"}),
    frozenset({"hydrocodone", "vicodin"}),
    frozenset({"pseudoephedrine", "sudafed"}),
    # a brand and its drug ("a dose of nasal naloxone" / "he got Narcan")
    frozenset({"naloxone", "narcan"}),
    frozenset({"buprenorphine", "suboxone"}),
    frozenset({"alprazolam", "xanax"}),
    frozenset({"amphetamine", "adderall"}),
    frozenset({"acetaminophen", "tylenol"}),
    frozenset({"ibuprofen", "advil", "motrin"}),
    frozenset({"diphenhydramine", "benadryl"}),
    frozenset({"clonazepam", "klonopin"}),
    frozenset({"diazepam", "valium"}),
    frozenset({"lorazepam", "ativan"}),
    frozenset({"zolpidem", "ambien"}),
    frozenset({"tramadol", "ultram"}),
    frozenset({"seltzer", "seltzers"}),
    frozenset({"whiskey", "whiskeys", "bourbon", "scotch"}),
    frozenset({"psilocybin", "mushrooms"}),
    frozenset({"epinephrine", "epipen"}),
    frozenset({"glue", "superglue", "epoxy"}),
    frozenset({"bottle", "bottles"}),
)
_DRINKS = frozenset({"beer", "beers", "wine", "wines", "vodka", "whiskey", "whiskeys", "liquor",
                     "tequila", "rum", "gin", "seltzer", "seltzers", "bourbon", "scotch", "sake",
                     "cider", "brandy", "champagne", "margarita", "margaritas"})

# kinds of knife, told apart ("a fixed-blade knife" is no "folding knife"); a kind word alone
# ("the kitchen", "on the hook") says no knife
KNIFE_KINDS = frozenset({"folding", "butterfly", "fixed", "utility", "dive", "hunting",
                         "serrated", "steak", "pocket", "fillet", "carving", "paring", "kitchen",
                         "butcher", "hook", "chef's", "tactical", "survival", "bowie",
                         "oyster", "shucking", "boning", "bread", "skinning"})

GENERIC = {
    "gun": frozenset({"handgun", "pistol", "revolver", "rifle", "shotgun", "firearm", "gauge"}),
    "firearm": frozenset({"handgun", "pistol", "revolver", "rifle", "shotgun", "gun", "gauge"}),
    # "alcohol" fits a beer; a beer is no glass of wine
    "alcohol": _DRINKS,
    "liquor": frozenset({"vodka", "whiskey", "whiskeys", "tequila", "rum", "gin", "bourbon",
                         "scotch", "brandy"}),
    "pesticide": frozenset({"herbicide", "fungicide", "insecticide", "glyphosate", "diazinon",
                            "fipronil", "bifenthrin", "dicamba", "chlorothalonil", "atrazine",
                            "paraquat", "malathion"}),
    "knife": frozenset({*KNIFE_KINDS, "switchblade", "pocketknife"}),
    "blade": frozenset({*KNIFE_KINDS, "switchblade", "pocketknife"}),
}
_KNIFE = frozenset({"knife", "knives", "blade", "blades", "cutter"})
# knives named by one word that holds their kind
KNIVES = frozenset({"pocketknife", "penknife", "switchblade", "boxcutter"})


def names_a_weapon(tokens: Sequence[Token], idx: int) -> bool:
    """Whether a weapon word names one here: "gauge" only after a number ("a twelve gauge",
    not "the fuel gauge"), a kind of knife only before "knife" (`kind_of_knife`)."""
    if tokens[idx].surface.lower() == "gauge":
        return idx > 0 and tokens[idx - 1].kind == "num"
    return kind_of_knife(tokens, idx) is not False


def kind_of_knife(tokens: Sequence[Token], idx: int) -> bool | None:
    """For a word that names a kind of knife ("folding", "fixed", "dive"): whether it does so
    here, before "knife" or "blade" ("a fixed-blade knife", "a folding utility knife") or
    "one" in a turn about a knife, not "I fixed it"; None for any other word."""
    if tokens[idx].surface.lower() not in KNIFE_KINDS:
        return None
    for tok in tokens[idx + 1:idx + 3]:
        low = tok.surface.lower()
        if low in _KNIFE:
            return True
        # "I've got a pocketknife, it's like a little folding one"
        if low == "one" and any(t.surface.lower() in _KNIFE | KNIVES for t in tokens):
            return True
        if low not in KNIFE_KINDS:
            return False
    return False


def same_member(a: str, b: str, generic: bool = False) -> bool:
    """Whether two members of a closed class name the same thing ("pistol", "handgun");
    with `generic`, also whether one is the general word for the other ("gun", "rifle")."""
    a, b = a.lower(), b.lower()
    if a == b or stem(a) == stem(b):
        return True
    if any(a in g and b in g for g in _MEMBER_GROUPS):
        return True
    return generic and (b in GENERIC.get(a, ()) or a in GENERIC.get(b, ()))


_VERB_TOO = frozenset({"bear", "duck"})
TITLES = frozenset({"acquaintance", "occupation"})


def titles_a_name(tokens: Sequence[Token], idx: int) -> bool:
    """Whether the word stands beside the name (or party label) of the person it describes."""
    near = [t for t in (tokens[idx - 1] if idx else None,
                        tokens[idx + 1] if idx + 1 < len(tokens) else None) if t is not None]
    return any(t.kind == "word" and ((t.surface[:1].isupper() and t.surface.lower() not in
                                     NOT_NAMES) or PARTY_LABEL.fullmatch(t.surface.lower()))
               for t in near)


_BEFORE_VERB = frozenset({"and", "to", "which", "that", "they", "both", "also", "not", "would",
                          "will", "can", "could", "must", "should", "all", "i", "we", "you"})




def verb_use(tokens: Sequence[Token], idx: int) -> bool:
    """A class word used as a verb ("both bear asset tags", "he had to duck")."""
    return tokens[idx].surface.lower() in _VERB_TOO and idx > 0 and \
        tokens[idx - 1].norm in _BEFORE_VERB


def anchor_of(tokens: Sequence[Token], idx: int, members: frozenset[str]) -> str:
    """The thing a class word qualifies; in a list of the class ("black, silver and red")
    another member is no anchor."""
    for j in (idx + 1, idx + 2, idx - 1):
        if 0 <= j < len(tokens) and tokens[j].content and tokens[j].kind == "word" \
                and tokens[j].surface.lower() not in members:
            return tokens[j].norm
    return ""


def in_name(tokens: Sequence[Token], tok: Token) -> bool:
    """Whether a capitalised word is part of a name with its neighbour ("Geek Bar", "Best
    Buy"): a brand or a place, not the class member it spells."""
    if not tok.surface[:1].isupper():
        return False
    at = next((k for k, t in enumerate(tokens) if t is tok), -1)
    return any(0 <= j < len(tokens) and tokens[j].kind == "word"
               and tokens[j].surface[:1].isupper() and tokens[j].surface.lower() != "i"
               for j in (at - 1, at + 1))


def beside(tokens: Sequence[Token], tok: Token, anchor: str) -> bool:
    """Whether the word the claim qualifies stands within two words of `tok`."""
    at = next((k for k, t in enumerate(tokens) if t is tok), -1)
    return any(t.norm == anchor for t in tokens[max(0, at - 2):at + 3])


# an age by its decade ("in their forties", "in his mid-30s")
DECADES = {**{w: f"{n}0s" for n, w in enumerate(
    ("", "", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
     "nineties")) if w}, **{f"{n}0s": f"{n}0s" for n in range(2, 10)}}
_DECADE_LEAD = re.compile(r"\b(?:his|her|their)\s+(?:(?:early|mid|late)[\s-]+|mid-)?$",
                          re.IGNORECASE)


def decade(text: str, tok: Token) -> str | None:
    """ "40s" for "forties" in "in their forties": an age a report gives by its decade."""
    word = DECADES.get(tok.surface.lower())
    return word if word and _DECADE_LEAD.search(text[max(0, tok.start - 20):tok.start]) \
        else None


# what a thing is made of ("a wooden bat" against "an aluminum bat")
MATERIALS = frozenset({"wooden", "wood", "metal", "aluminum", "aluminium", "steel", "iron",
                       "plastic", "glass", "rubber", "brass", "ceramic", "cast-iron"})
_METAL = frozenset({"metal", "aluminum", "aluminium", "steel", "iron", "brass", "cast-iron"})


def same_material(a: str, b: str) -> bool:
    """Whether two material words can name one thing ("metal" is any of the metals)."""
    a, b = a.lower(), b.lower()
    return a == b or {a, b} <= {"wood", "wooden"} or ({a, b} <= _METAL and "metal" in {a, b}) \
        or {a, b} <= {"aluminum", "aluminium"}


# the words before "May" the month ("in May", "since May"), not the modal ("May I")
_MONTH_LEAD = frozenset({"in", "since", "until", "till", "last", "early", "late", "mid", "of",
                         "by", "through", "next", "this", "around", "from", "before", "after"})


def month_word(tokens: Sequence[Token], k: int) -> bool:
    """Whether tokens[k] is "March" or "May" the month: capitalized mid-sentence, and "May"
    after "in", "since" and the like or before a day ("May 3")."""
    tok = tokens[k]
    if tok.surface not in ("March", "May") or k == 0:
        return False
    if tok.surface == "March":
        return True
    before = tokens[k - 1].surface.lower()
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return before in _MONTH_LEAD or (after is not None and after.kind == "num")
