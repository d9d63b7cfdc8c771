"""Messages of the proposal in `somplan start`: its parts, the offer when a proposal exists, where
a plan stopped in the proposal goes on, and what changed in the ranking since the proposal."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "proposal.account-section": ("Kontot i {channel}", "The account on {channel}"),
    "proposal.followup-section": ("Första uppföljningen", "The first follow-up"),
    "proposal.progress-last": (
        "Fråga {number} · den sista i förslaget",
        "Question {number} · the last one of the proposal",
    ),
    "proposal.ask-again": (
        "Vill ni gå igenom ert förslag nu (det ni skrev förut är förvalt)?",
        "Do you want to go through your proposal now (what you wrote before is preselected)?",
    ),
    "proposal.kept": (
        "Förslaget är kvar som det var. Ändra det senare med somplan start --answers {path}.",
        "The proposal is kept as it was. Change it later with somplan start --answers {path}.",
    ),
    "proposal.resumed": (
        "Svaren finns i {path}. Ni stannade i ert förslag; det fortsätter efter utlåtandet, med "
        "det ni redan skrivit förvalt.",
        "The answers are in {path}. You stopped in your proposal; it goes on after the verdict, "
        "with what you already wrote preselected.",
    ),
    "proposal.changed-title": (
        "Svaren har ändrat rangordningen sedan ni skrev förslaget:",
        "The answers have changed the ranking since you wrote the proposal:",
    ),
    "proposal.changed-moved": (
        "{name}: var {was_rank} med {was_score}, nu {rank} med {score}",
        "{name}: was {was_rank} with {was_score}, now {rank} with {score}",
    ),
    "proposal.changed-same": (
        "{name}: som förut, {rank} med {score}",
        "{name}: as before, {rank} with {score}",
    ),
    "proposal.changed-new": (
        "{name}: var inte rangordnad, nu {rank} med {score}",
        "{name}: was not ranked, now {rank} with {score}",
    ),
    "proposal.changed-gone": (
        "{name}: finns inte längre bland de rangordnade kanalerna; välj kanal igen i förslaget",
        "{name}: is no longer among the ranked channels; choose the channel again in the proposal",
    ),
    "proposal.changed-leads": ("Först nu: {line}", "First now: {line}"),
    "proposal.changed-unfit": (
        "OBS: {name} passar inte längre (under {minimum} av 100). Ni får ange varför ni ändå "
        "föreslår kanalen när ni går igenom förslaget.",
        "Note: {name} no longer fits (below {minimum} of 100). You are asked why you propose the "
        "channel anyway when you go through the proposal.",
    ),
    "proposal.changed-unfit-reason": (
        "OBS: {name} passar inte längre (under {minimum} av 100). Se över motiveringen när ni "
        "går igenom förslaget.",
        "Note: {name} no longer fits (below {minimum} of 100). Check the reason when you go "
        "through the proposal.",
    ),
}
