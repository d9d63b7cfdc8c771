"""Messages of the web app's pages for the unit's proposal."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "web-proposal.verdict": (
        "Bedömning: {verdict} ({blockers} hinder, {conditions} villkor). Rapporten visar varför.",
        "Verdict: {verdict} ({blockers} blockers, {conditions} conditions). The report shows why.",
    ),
    "web-proposal.heading": ("Förslag", "Proposal"),
    "web-proposal.intro": (
        "Nu när bedömningen är klar: föreslå vilket konto verksamheten vill öppna, vem som sköter "
        "det och vem som ersätter. Förslaget är det chefen beslutar om.",
        "Now that the assessment is done: propose which account the unit wants to open, who runs "
        "it and who stands in. The proposal is what the manager decides on.",
    ),
    "web-proposal.none": (
        "Förslaget är att inte öppna något nytt konto nu.",
        "The proposal is to open no new account for now.",
    ),
    "web-proposal.make": ("Gör ett förslag", "Make a proposal"),
    "web-proposal.go-on": ("Fortsätt med förslaget", "Go on with the proposal"),
    "web-proposal.unfinished": (
        "Förslaget är påbörjat men inte klart. Planen räknas som klar när förslagets sista fråga "
        "är besvarad, eller när ni låter förslaget vänta; det ni skrivit finns kvar.",
        "The proposal is begun but not finished. The plan counts as finished once the proposal's "
        "last question is answered, or when you let the proposal wait; what you wrote is kept.",
    ),
    "web-proposal.later": ("Låt förslaget vänta", "Let the proposal wait"),
    "web-proposal.change": ("Gå igenom och ändra förslaget", "Go through and change the proposal"),
    "web-proposal.responsible": ("ansvarig: {role}", "responsible: {role}"),
    "web.no-proposal-title": ("Inget förslag att göra", "No proposal to make"),
    "web.no-proposal": (
        "Frågeinnehållet har inga frågor om förslaget, eller ingen kanalkatalog, så här finns "
        "inget förslag att göra.",
        "The question content has no proposal questions, or no channel catalogue, so there is no "
        "proposal to make here.",
    ),
}
