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
    # --- somplan diff PLAN FOLLOWUP ----------------------------------------------------------------
    "followup2.diff-title": (
        "Planen och i dag: {plan} → {followup}",
        "The plan and today: {plan} → {followup}",
    ),
    "followup2.diff-none": (
        "Uppföljningen har inga svar som kan jämföras med planen.",
        "The follow-up has no answers that can be compared with the plan.",
    ),
    "followup2.diff-more": (
        "Hela uppföljningen, med skälen och vad ni kan göra: {command}",
        "The whole follow-up, with the reasons and what to do: {command}",
    ),
    "followup2.diff-other-plan": (
        "Obs: uppföljningen följer en annan plan ({named}), eller planen har ändrats sedan.",
        "Note: the follow-up follows another plan ({named}), or the plan has changed since.",
    ),
}
