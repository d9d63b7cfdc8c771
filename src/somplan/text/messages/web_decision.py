"""Messages of the web app's pages for the manager's decision and the account's opening and
closing."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "web-decision.title": ("Anteckna beslutet", "Record the decision"),
    "web-decision.intro": (
        "Chefen fattar beslutet, oftast på rapportens första sida (beslutsunderlaget). Skriv in "
        "det här, så hamnar det i planen där registret och uppföljningen hittar det. Beslutet "
        "knyts till svaren som de är nu.",
        "The manager takes the decision, usually on the report's first page (the decision "
        "paper). Write it down here, so that it is in the plan, where the register and the "
        "follow-up find it. The decision is bound to the answers as they are now.",
    ),
    "web-decision.paper": ("Beslutsunderlaget (rapporten)", "The decision paper (the report)"),
    "web-decision.current": (
        "Planen har redan ett beslut: {decision}. Ett nytt beslut ersätter det; det gamla "
        "sparas i planens historik.",
        "The plan already has a decision: {decision}. A new decision replaces it; the old one "
        "is kept in the plan's history.",
    ),
    "web-decision.incomplete": (
        "Planen är inte klar: alla frågor är inte besvarade och bekräftade. Ett beslut bör "
        "fattas på en klar plan. Behöver beslutet ändå skrivas in nu, kryssa i rutan längst ned.",
        "The plan is not complete: not every question is answered and confirmed. A decision "
        "should be taken on a complete plan. If it must still be written down now, tick the box "
        "at the bottom.",
    ),
    "web-decision.continue-plan": ("Gör klart planen först", "Complete the plan first"),
    "web-decision.outcome": ("Vad blev beslutet?", "What was decided?"),
    "web-decision.by-role": ("Beslutsfattarens roll", "The decision maker's role"),
    "web-decision.by-role-hint": (
        "Till exempel rektor eller förvaltningschef (högst {max} tecken).",
        "For example head teacher or head of department (at most {max} characters).",
    ),
    "web-decision.by-name": (
        "Beslutsfattarens namn (valfritt)",
        "The decision maker's name (optional)",
    ),
    "web-decision.day": ("Beslutets datum", "The decision's date"),
    "web-decision.day-hint": (
        "Som ÅÅÅÅ-MM-DD, till exempel 2027-01-15.",
        "As YYYY-MM-DD, for example 2027-01-15.",
    ),
    "web-decision.reference": ("Diarienummer (valfritt)", "Reference number (optional)"),
    "web-decision.conditions": ("Villkor i beslutet", "Conditions of the decision"),
    "web-decision.conditions-hint": (
        "Ett villkor per rad (högst {max}). Bedömningens villkor står redan här; ändra, ta bort "
        "eller lägg till. Villkoren sparas bara när beslutet är ett godkännande.",
        "One condition a line (at most {max}). The verdict's conditions are already here; "
        "change, remove or add. The conditions are kept only when the decision approves.",
    ),
    "web-decision.note": ("Anteckning (valfri)", "Note (optional)"),
    "web-decision.allow-incomplete": (
        "Beslutet gäller en plan som inte är klar",
        "The decision applies to a plan that is not complete",
    ),
    "web-decision.save": ("Spara beslutet", "Save the decision"),
    "web-decision.cancel": ("Tillbaka till planen", "Back to the plan"),
    "web-decision.need-outcome": ("Välj vad som beslutades.", "Choose what was decided."),
    "web-decision.need-role": (
        "Skriv beslutsfattarens roll, till exempel rektor.",
        "Write the decision maker's role, for example head teacher.",
    ),
    "web-decision.bad-day": (
        "”{value}” är inget datum som ÅÅÅÅ-MM-DD. Skriv till exempel 2027-01-15.",
        "“{value}” is not a date as YYYY-MM-DD. Write for example 2027-01-15.",
    ),
    "web-decision.too-many-conditions": (
        "Högst {max} villkor (nu {count}). Slå ihop några.",
        "At most {max} conditions (now {count}). Join some of them.",
    ),
    "web-decision.condition-too-long": (
        "Ett villkor får vara högst {max} tecken (det längsta är {length}).",
        "A condition may have at most {max} characters (the longest has {length}).",
    ),
    "web-decision.need-incomplete": (
        "Planen är inte klar. Kryssa i rutan om beslutet ändå ska skrivas in nu, eller gör klart "
        "planen först.",
        "The plan is not complete. Tick the box if the decision is still to be written down now, "
        "or complete the plan first.",
    ),
    "web-decision.bad-url": (
        "Skriv kontots hela adress, som börjar med https:// eller http://.",
        "Write the account's whole address, starting with https:// or http://.",
    ),
    # --- the plan's page and the account's page ------------------------------------------------
    "web-decision.heading": ("Beslut och konto", "Decision and account"),
    "web-decision.state": ("Läge: {state}", "Where it stands: {state}"),
    "web-decision.decided": ("Beslut: {decision}", "Decision: {decision}"),
    "web-decision.record": ("Anteckna beslutet", "Record the decision"),
    "web-decision.record-new": ("Anteckna ett nytt beslut", "Record a new decision"),
    "web-decision.account-link": (
        "Kontot: öppnat eller stängt",
        "The account: opened or closed",
    ),
    "web-decision.account-title": ("Kontot", "The account"),
    "web-decision.not-approved": (
        "Planen har inget godkännande ännu. Ett konto öppnas först när chefen har godkänt det.",
        "The plan has no approval yet. An account is opened only once the manager has approved it.",
    ),
    "web-decision.opened-title": ("När kontot har öppnats", "Once the account is opened"),
    "web-decision.opened-now": ("Öppnat {date}: {url}", "Opened {date}: {url}"),
    "web-decision.url": ("Kontots adress", "The account's address"),
    "web-decision.url-hint": (
        "Hela adressen, till exempel https://www.instagram.com/kulturhuset.",
        "The whole address, for example https://www.instagram.com/kulturhuset.",
    ),
    "web-decision.opened-day": ("Öppnat den", "Opened on"),
    "web-decision.save-opened": ("Spara adressen", "Save the address"),
    "web-decision.closed-title": ("När kontot har stängts", "Once the account is closed"),
    "web-decision.closed-now": ("Stängt {date}.", "Closed on {date}."),
    "web-decision.closed-intro": (
        "När kontot är nedlagt: skriv in dagen, så tas det bort från den offentliga listan.",
        "When the account is shut down: write the day, and it leaves the public list.",
    ),
    "web-decision.closed-day": ("Stängt den", "Closed on"),
    "web-decision.save-closed": ("Spara att kontot är stängt", "Save that the account is closed"),
    "web-decision.close-advised": (
        "Den senaste uppföljningen ({date}) föreslog att kontot avslutas.",
        "The latest follow-up ({date}) recommended closing the account.",
    ),
    "web-decision.close-not-advised": (
        "Obs: den senaste uppföljningen ({date}) föreslog inte att kontot avslutas, utan "
        "”{outcome}”. Ni kan ändå skriva in att det är stängt, till exempel när chefen har beslutat "
        "det av andra skäl.",
        "Note: the latest follow-up ({date}) did not recommend closing the account but “{outcome}”. "
        "You can still record it as closed, for example when the manager decided so for other "
        "reasons.",
    ),
    "web-decision.close-no-followup": (
        "Obs: ingen färdig uppföljning av planen föreslår att kontot avslutas. Ni kan ändå skriva "
        "in att det är stängt, till exempel när chefen har beslutat det.",
        "Note: no finished follow-up of the plan recommends closing the account. You can still "
        "record it as closed, for example when the manager decided so.",
    ),
    "web-decision.reopen": (
        "Stängdes kontot inte? Ta bort dagen, så står kontot i den offentliga listan igen.",
        "Was the account not closed? Remove the day, and the account is on the public list again.",
    ),
    "web-decision.save-reopen": ("Ta bort att kontot är stängt", "Remove that it is closed"),
}
