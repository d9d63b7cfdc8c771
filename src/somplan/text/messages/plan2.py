"""Interface messages of the second round on the plan document: the header's status when the
interview was left before its end, and the channel cards of weak channels (sv, en)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "plan.status-not-finished": (
        "Alla frågor som gäller er är besvarade, men intervjun avslutades inte",
        "Every question that applies is answered, but the interview was not finished",
    ),
    "report.card-weak-title": ("passar svagt", "weak fit"),
    "report.card-weak.social": (
        "Ingen social kanal når {minimum} av 100. {name} är den bästa med {score}, men passar "
        "svagt: läs skälen i rangordningen innan ni väljer den.",
        "No social channel reaches {minimum} of 100. {name} is the best with {score}, but it "
        "fits poorly: read the reasons in the ranking before you choose it.",
    ),
    "report.card-weak.other": (
        "Ingen av de andra kanalerna når {minimum} av 100. {name} är den bästa med {score}, men "
        "passar svagt: läs skälen i rangordningen innan ni väljer den.",
        "None of the other channels reaches {minimum} of 100. {name} is the best with {score}, "
        "but it fits poorly: read the reasons in the ranking before you choose it.",
    ),
    "report.cards-threshold": (
        "Här beskrivs bara de kanaler som når {minimum} av 100. Alla kanaler beskrivs med "
        "somplan channels.",
        "Only the channels that reach {minimum} of 100 are described here. Every channel is "
        "described by somplan channels.",
    ),
}
