"""Messages of the web app's pages for communicators: the register of accounts and the summary
of every plan, and who may see them."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "web.register-forbidden-title": (
        "Bara för kommunikatörer",
        "For communicators only",
    ),
    "web.register-forbidden": (
        "Registret och sammanställningen visar allas planer, så bara kommunikatörerna ser dem. "
        "Behöver du något ur dem, fråga någon av dem: {names}.",
        "The register and the summary show everyone's plans, so only the communicators see "
        "them. If you need something from them, ask one of them: {names}.",
    ),
    "web.register-nobody": (
        "ingen är utsedd ännu – be IT lägga till kommunikatörerna i inställningen communicators",
        "nobody is named yet – ask IT to add the communicators to the setting communicators",
    ),
    "web.register-heading": ("För kommunikatörer", "For communicators"),
    "web.register-heading-local": ("Alla dina planer", "All your plans"),
    "web.register-link": ("Registret över konton", "The register of accounts"),
    "web.register-csv-link": (
        "Registret som CSV (för ett kalkylprogram)",
        "The register as CSV (for a spreadsheet)",
    ),
    "web.register-public-link": (
        "Den offentliga listan över konton",
        "The public list of accounts",
    ),
    "web.summary-link": (
        "Sammanställningen med uppföljningar",
        "The summary with follow-ups",
    ),
    "web.register-filter": ("Välj ur registret", "Choose from the register"),
    "web.register-filter-help": (
        "Kryssa i de lägen du vill se; inget ikryssat visar alla.",
        "Tick the states you want to see; none ticked shows them all.",
    ),
    "web.register-due": (
        "Bara konton vars uppföljning är dags eller försenad",
        "Only accounts whose follow-up is due or overdue",
    ),
    "web.register-show": ("Visa registret", "Show the register"),
    "web.register-show-csv": ("Hämta som CSV", "Download as CSV"),
    "web.bad-filter-title": ("Okänt val i adressen", "An unknown choice in the address"),
    "web.bad-filter": (
        "Läget ”{value}” finns inte i registret. Lägena är: {states}. Välj dem i listan på "
        "startsidan.",
        "The state “{value}” is not in the register. The states are: {states}. Choose them in "
        "the list on the home page.",
    ),
    "web.register-unavailable-title": (
        "Registret går inte att visa",
        "The register cannot be shown",
    ),
    "web.summary-unavailable-title": (
        "Sammanställningen går inte att visa",
        "The summary cannot be shown",
    ),
    "web.summary-unavailable": (
        "Innehållet som servern använder saknar kanalkatalog eller regler, så planerna går inte "
        "att bedöma. Be IT kontrollera inställningen questions.",
        "The content the server uses has no channel catalogue or rules, so the plans cannot be "
        "assessed. Ask IT to check the setting questions.",
    ),
}
