"""The organ of a state named bare, read from what it does or suffers.

"Iran struck the base" is Iran's army fighting, "Iran demanded the crew's release" its government
speaking, and "Israel's demand to Iran" reaches Iran's government. Analysts code those sides with a
role (IRNMIL, IRNGOV), and a bare code says less than they know. A gold "IRN" still matches IRNMIL.
"""

from __future__ import annotations

from datelines.read.events.phrases import Actor, country_of

# Roots (or codes) a state acts in through its armed forces: posture, assault, fighting, mass violence,
# military and intelligence cooperation, demobilizing or pulling back its forces (a ceasefire is its
# government's word).
ARMED_CODES = ("15", "18", "19", "20", "062", "064", "0873", "0874")
# Roots a state acts in through its government: statements, appeals, offers, talks, diplomatic and
# material cooperation, aid, yielding, investigations, demands, disapproval, rejection, threats,
# reducing ties, coercion.
GOVERNMENT_CODES = ("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "16", "17")

# Codes a state is acted on through its government (appeals, talks, demands, protests, sanctions ...),
# its army (military aid) or its people (humanitarian aid, asylum, assaults and massacres). Fighting
# with a state named bare, or pulling forces out of it, is left bare: its army, its towns or its
# people, the words rarely say which.
TARGET_ROLES: dict[str, str | None] = {
    **dict.fromkeys(("01", "02", "03", "04", "05", "071", "08", "09", "10", "11", "12", "13", "14", "16"), "GOV"),
    "087": None,  # (a ceasefire, a retreat)
    "072": "MIL",
    **dict.fromkeys(("073", "075", "18", "20"), "CVL"),
}


def source_role(code: str) -> str | None:
    if code.startswith(ARMED_CODES):
        return "MIL"
    return "GOV" if code.startswith(GOVERNMENT_CODES) else None


def target_role(code: str) -> str | None:
    return TARGET_ROLES[code[:3]] if code[:3] in TARGET_ROLES else TARGET_ROLES.get(code[:2])


# Who a bare code may stand for a state's organ: not a person coded bare (a candidate, a former office
# holder), and on the receiving side not a place ("strikes on Kharkiv" are no fight with the army).
SOURCE_KINDS = {"country", "place", "group", "organization", "anaphor", ""}
TARGET_KINDS = {"country", "anaphor", ""}


def organ(actor: Actor | None, code: str | None, role: str | None, other: str | None, kinds: set[str]) -> str | None:
    """The code of `actor` (coded `code`) with the organ `role` when it is a state named bare: "Iran
    struck the base" IRNMIL, "demanded that Iran free the crew" IRNGOV. Not where the state would act on
    itself ("Syria backs Assad"), nor where both sides are the state named bare."""
    if (actor is None or role is None or actor.kind not in kinds or code != country_of(actor)
            or other in {code, code + role}):
        return code
    return code + role
