"""Interface messages of the second round on the plan document: the header's status when the
interview was left before its end, and the channel cards of weak channels (sv, en)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "plan.status-not-finished": (
        "Alla frågor som gäller er är besvarade, men intervjun avslutades inte",
        "Every question that applies is answered, but the interview was not finished",
    ),
}
