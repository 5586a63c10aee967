"""The organ of a state named bare, read from what it does or suffers.

"Iran struck the base" is Iran's army fighting, "Iran demanded the crew's release" its government
speaking, and "Israel's demand to Iran" reaches Iran's government. Analysts code those sides with a
role (IRNMIL, IRNGOV), and a bare code says less than they know. A gold "IRN" still matches IRNMIL.
"""

from __future__ import annotations

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
