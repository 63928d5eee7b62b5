"""Closed classes of facts (colours, makes, weapons, substances): when two members name the
same thing ("pistol" and "handgun"), when one is the general word for another ("gun", "rifle";
"alcohol", "beer"), and which classes hold one member per thing."""

from __future__ import annotations

from collections.abc import Sequence

from app.verify.words import Token, stem

# classes where one thing has one member: a motor is a Yamaha or a Mercury
ONE_PER_THING = frozenset({"vehicle make", "colour", "weapon"})

# Classes whose members share a synonym head for finding the passage ("rifle" and "handgun"
# are both a weapon) but are different facts when compared.
EXACT_CLASSES = frozenset({"colour", "weapon", "substance"})
# Members that name the same thing, and generic words that fit every member of a family.
_MEMBER_GROUPS = (
    frozenset({"handgun", "pistol", "revolver", "glock"}),
    frozenset({"rifle", "ar", "carbine"}),
    frozenset({"knife", "blade", "pocketknife", "switchblade"}),
    frozenset({"grey", "gray"}),
    frozenset({"chevrolet", "chevy"}),
    frozenset({"volkswagen", "vw"}),
    frozenset({"mercedes", "benz"}),
    frozenset({"marijuana", "cannabis", "weed", "pot"}),
    frozenset({"meth", "methamphetamine"}),
    frozenset({"cocaine", "crack", "coke"}),
    frozenset({"mdma", "ecstasy"}),
    frozenset({"oxycodone", "percocet", "oxy"}),
    frozenset({"hydrocodone", "vicodin"}),
    frozenset({"seltzer", "seltzers"}),
)
_DRINKS = frozenset({"beer", "beers", "wine", "wines", "vodka", "whiskey", "liquor", "tequila",
                     "rum", "gin", "seltzer", "seltzers"})

# kinds of knife, told apart ("a fixed-blade knife" is no "folding knife")
_KINDS = frozenset({"folding", "butterfly", "fixed", "utility", "dive", "hunting", "serrated",
                    "steak"})

GENERIC = {
    "gun": frozenset({"handgun", "pistol", "revolver", "rifle", "shotgun", "firearm"}),
    "firearm": frozenset({"handgun", "pistol", "revolver", "rifle", "shotgun", "gun"}),
    # "alcohol" fits a beer; a beer is no glass of wine
    "alcohol": _DRINKS,
    "liquor": frozenset({"vodka", "whiskey", "tequila", "rum", "gin"}),
    "knife": frozenset({*_KINDS, "switchblade", "pocketknife"}),
    "blade": frozenset({*_KINDS, "switchblade", "pocketknife"}),
}
_KNIFE = frozenset({"knife", "knives", "blade", "blades", "cutter"})


def kind_of_knife(tokens: Sequence[Token], idx: int) -> bool | None:
    """For a word that names a kind of knife ("folding", "fixed", "dive"): whether it does so
    here, before "knife" or "blade" ("a fixed-blade knife", "a folding utility knife"), not
    "I fixed it"; None for any other word."""
    if tokens[idx].surface.lower() not in _KINDS:
        return None
    for tok in tokens[idx + 1:idx + 3]:
        low = tok.surface.lower()
        if low in _KNIFE:
            return True
        if low not in _KINDS:
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
