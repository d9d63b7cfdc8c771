"""Messages of the follow-up's HTML/PDF document, the follow-up columns of `somplan summary` and
`somplan diff PLAN FOLLOWUP`."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- the follow-up as a document (HTML, PDF) -----------------------------------------------------
    "followup2.header": ("Om uppföljningen", "About the follow-up"),
    "followup2.label-unit": ("Verksamhet", "Unit"),
    "followup2.label-plan": ("Följer planen", "Follows the plan"),
    "followup2.label-date": ("Datum", "Date"),
    "followup2.label-flow": ("Frågor", "Questions"),
    "followup2.col-answer": ("Svar", "Answer"),
    "followup2.based-on": (
        "Bygger på uppföljningsfrågorna {flow} och reglerna i questions/followup/rules.yaml.",
        "Based on the follow-up questions {flow} and the rules in questions/followup/rules.yaml.",
    ),
    # --- somplan summary: the follow-up columns --------------------------------------------------
    "followup2.col-followup": ("Uppföljning", "Follow-up"),
    "followup2.latest": ("senast: {outcome}", "latest: {outcome}"),
    "followup2.in-verdict": ("Uppföljning: {text}", "Follow-up: {text}"),
    "followup2.summary-without": (
        "Uppföljningarna kan inte visas (uppföljningsfrågorna går inte att läsa): {error}",
        "Follow-ups cannot be shown (the follow-up questions cannot be read): {error}",
    ),
}
