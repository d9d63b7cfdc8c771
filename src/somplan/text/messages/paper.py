"""Messages of the report's first page, the decision paper: the proposal, the decision block (filled
in, or a form to complete by hand) and the appendix with the reasoning (sv, en)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- the proposal ------------------------------------------------------------------------------
    "paper.proposal": ("Förslag", "Proposal"),
    "paper.proposal-caption": (
        "Konton som verksamheten föreslår",
        "Accounts the unit proposes",
    ),
    "paper.col.channel": ("Kanal", "Channel"),
    "paper.col.account": ("Kontots namn", "Account name"),
    "paper.col.responsible": ("Ansvarig", "Responsible"),
    "paper.col.substitute": ("Ersättare", "Substitute"),
    "paper.col.hours": ("Tid i veckan", "Hours a week"),
    "paper.col.rhythm": ("Publicering", "Posting"),
    "paper.col.start": ("Start", "Start"),
    "paper.hours": ("{hours} {count:timme|timmar}", "{hours} {count:hour|hours}"),
    "paper.not-given": ("–", "–"),
    "paper.person": ("{role} ({name})", "{role} ({name})"),
    "paper.first-followup": ("Första uppföljning", "First follow-up"),
    "paper.reason": ("Motivering, {channel}", "Reason, {channel}"),
    "paper.reason-general": ("Motivering", "Reason"),
    "paper.no-account": (
        "Verksamheten föreslår inget nytt konto just nu.",
        "The unit proposes no new account for now.",
    ),
    "paper.no-proposal": (
        "Planen har inget förslag ännu: vilket konto verksamheten vill öppna, vem som ansvarar, "
        "vem som ersätter och när kontot startar. Skriv förslaget med somplan start --answers "
        "{path} (förslagssteget efter utlåtandet), eller i planfilens proposal-del.",
        "The plan has no proposal yet: which account the unit wants to open, who is responsible, "
        "who stands in and when the account starts. Write the proposal with somplan start "
        "--answers {path} (the proposal step after the verdict), or in the plan file's proposal "
        "block.",
    ),
    "paper.the-file": ("PLANFIL", "PLANFILE"),
    # --- the decision ------------------------------------------------------------------------------
    "paper.decision": ("Beslut", "Decision"),
    "paper.field.outcome": ("Beslut", "Decision"),
    "paper.field.date": ("Datum", "Date"),
    "paper.field.by": ("Beslutat av", "Decided by"),
    "paper.field.name": ("Namn och roll", "Name and role"),
    "paper.field.reference": ("Diarienummer", "Reference number"),
    "paper.field.conditions": ("Villkor", "Conditions"),
    "paper.field.note": ("Anteckning", "Note"),
    "paper.field.signature": ("Underskrift", "Signature"),
    "paper.field.account": ("Kontot", "The account"),
    "paper.field.history": ("Tidigare beslut", "Earlier decisions"),
    "paper.history": (
        "{count} tidigare {count:beslut|beslut} finns kvar i planfilens historik",
        "{count} earlier {count:decision|decisions} kept in the plan file's history",
    ),
    "paper.form-intro": (
        "Fylls i av den som beslutar, när underlaget är utskrivet. Skriv sedan in beslutet i "
        "planfilen med somplan decide {path}.",
        "To be filled in by the person who decides, on the printed paper. Then record the "
        "decision in the plan file with somplan decide {path}.",
    ),
    "paper.form-caption": ("Beslut att fylla i", "Decision to fill in"),
    "paper.undecided": (
        "Inget beslut ännu. Chefen skriver in sitt beslut med somplan decide {path}.",
        "No decision yet. The manager records the decision with somplan decide {path}.",
    ),
    "paper.conditions-none": ("Inga", "None"),
    "paper.remedies": ("Hinder och villkor: så gör ni", "Blockers and conditions: what to do"),
    "paper.remedies-see": (
        "Vad ni kan göra åt varje hinder och villkor står i bilagan.",
        "What to do about each blocker and condition is in the appendix.",
    ),
    # --- the appendix ------------------------------------------------------------------------------
    "paper.appendix": ("Bilaga: underlag", "Appendix: background"),
    "paper.appendix-intro": (
        "Hur bedömningen kom fram till utlåtandet: hur redo verksamheten är, vad som skulle "
        "ändra utlåtandet, hur kanalerna rangordnades och varför, de främsta kanalerna i "
        "detalj, kompletterande kanaler, checklistan och nästa steg.",
        "How the assessment arrived at the verdict: how ready the unit is, what would change "
        "the verdict, how the channels were ranked and why, the best channels in detail, "
        "complementary channels, the checklist and the next steps.",
    ),
}
