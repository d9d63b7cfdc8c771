"""Interface messages of the unit's plan, the HTML and PDF reports, `channels`, `plans` and the
summary's charts (sv, en). The plan's sentences themselves are content, in ``questions/plan.yaml``."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- content checks of questions/plan.yaml -----------------------------------------------------
    "problem.plan-placeholder": (
        "'{{{name}}}' kan inte fyllas i. Den enda platshållaren i planens meningar är '{{answer}}'.",
        "'{{{name}}}' cannot be filled in. The only placeholder in the plan's sentences is '{{answer}}'.",
    ),
    "problem.plan-multi-answer": (
        "Frågan '{id}' har flera val: texten inleder listan med valen och kan inte ha '{{answer}}'.",
        "The question '{id}' has several choices: the text introduces the list of choices and cannot have '{{answer}}'.",
    ),
    "ref.plan-value": (
        "ett alternativ i frågan (yes eller no för en ja/nej-fråga)",
        "a choice of the question (yes or no for a yes/no question)",
    ),
    # --- the header and the plan section -----------------------------------------------------------
    "plan.title": ("Verksamhetens plan", "The unit's plan"),
    "plan.header": ("Om planen", "About this plan"),
    "plan.unit": ("Verksamhet", "Unit"),
    "plan.unit-missing": ("(inte angiven)", "(not given)"),
    "plan.municipality": ("Kommun", "Municipality"),
    "plan.updated": ("Svaren senast ändrade", "Answers last changed"),
    "plan.status": ("Status", "Status"),
    "plan.status-final": ("Alla frågor besvarade", "Every question answered"),
    "plan.status-provisional": (
        "Preliminär: {count} {count:fråga|frågor} återstår att besvara",
        "Provisional: {count} {count:question|questions} still to be answered",
    ),
    "plan.status-provisional-one": (
        "Preliminär: 1 fråga är inte besvarad ännu",
        "Provisional: 1 question is not answered yet",
    ),
    "plan.not-answered": ("Inte besvarad ännu: {question}", "Not answered yet: {question}"),
    "plan.other": ("Övriga svar", "Other answers"),
    # --- the HTML and PDF documents ------------------------------------------------------------------
    "html.skip": ("Hoppa till bedömningen", "Skip to the assessment"),
    "html.contents": ("Innehåll", "Contents"),
    "html.score-of": ("{score} av {max}", "{score} of {max}"),
    "html.ready-at": ("redo från {ready_at}", "ready from {ready_at}"),
    "html.channel": ("Kanal", "Channel"),
    "html.points": ("Poäng", "Points"),
    "html.rank": ("Plats", "Rank"),
    "html.reasons": ("Varför", "Why"),
    "html.dimension": ("Del", "Part"),
    "html.made-by": (
        "Skapad med somplan {version}. Dokumentet hämtar inget från nätet och kör inga skript.",
        "Made with somplan {version}. The document loads nothing from the network and runs no scripts.",
    ),
    "pdf.missing": (
        "PDF kräver tillägget: pip install 'somplan[pdf]' (WeasyPrint) – eller använd --format html och skriv ut.",
        "PDF needs the extra: pip install 'somplan[pdf]' (WeasyPrint) – or use --format html and print it.",
    ),
    "pdf.needs-output": (
        "PDF skrivs till en fil: ange -o FIL.pdf.",
        "PDF is written to a file: give -o FILE.pdf.",
    ),
    # --- somplan channels ------------------------------------------------------------------------------
    "channels.title": ("Kanalerna i översikt", "The channels at a glance"),
    "channels.intro": (
        "Grundläggande information om de vanligaste kanalerna: vad de passar och inte passar för, "
        "vilka format och hur mycket arbete de kräver, och vad en offentlig verksamhet ska tänka på.",
        "Basic information about the most common channels: what they suit and do not suit, their "
        "formats and workload, and what a public body should keep in mind.",
    ),
    "output.written": ("Filen skrevs till {path}.", "The file was written to {path}."),
    "channels.kind.social": ("Sociala medier", "Social media"),
    "channels.kind.other": ("Andra kanaler", "Other channels"),
    "help.channels": (
        "Visa kanalkatalogen: varje kanal med vad den är bra och mindre bra för, format, arbetsinsats, "
        "moderering, att tänka på och källor.",
        "Show the channel catalogue: every channel with what it is good and less good for, formats, "
        "workload, moderation, caveats and sources.",
    ),
    "help.channels-epilog": (
        "Exempel: somplan channels --kind social --format html --output kanaler.html",
        "Example: somplan channels --kind social --format html --output channels.html",
    ),
    "help.channels-format": (
        "rich för terminalen, markdown, json eller html.",
        "rich for the terminal, markdown, json or html.",
    ),
    "help.channels-kind": (
        "Bara sociala medier (social) eller bara andra kanaler (other).",
        "Only social media (social) or only other channels (other).",
    ),
    # --- the summary as HTML, and somplan plans -----------------------------------------------------
    "overview.title": ("Översikt över verksamheternas planer", "Overview of the units' plans"),
    "overview.intro": (
        "{count} planer. Utlåtande och bästa kanaler per verksamhet, och vad som är vanligast.",
        "{count} plans. Verdict and best channels per unit, and what is most common.",
    ),
    "overview.folder": ("Filerna finns i {folder}.", "The files are in {folder}."),
    "overview.units": ("Verksamheterna", "The units"),
    "overview.none": ("Inga svarsfiler hittades.", "No answers files were found."),
    "overview.failed": ("Filer som inte kunde läsas", "Files that could not be read"),
    "overview.blockers-n": ("hinder: {count}", "blockers: {count}"),
    "overview.conditions-n": ("villkor: {count}", "conditions: {count}"),
    "overview.charts": ("I siffror", "In numbers"),
    "overview.chart-levels": ("Antal verksamheter per utlåtande", "Units per verdict"),
    "overview.chart-channels": (
        "Kanaler som oftast är bland de {top} bästa",
        "Channels most often among the best {top}",
    ),
    "overview.chart-blockers": ("Vanligaste hindren", "Most common blockers"),
    "overview.chart-conditions": ("Vanligaste villkoren", "Most common conditions"),
    "overview.chart-dimensions": (
        "Genomsnitt per del av bedömningen",
        "Average per part of the assessment",
    ),
    "overview.chart-none": ("Inga.", "None."),
    "overview.not-counted": (
        "Planer som inte är klara räknas inte i siffrorna ({count}): deras utlåtanden är preliminära.",
        "Plans not yet finished are left out of the figures ({count}): their verdicts are provisional.",
    ),
    "overview.dimension-below-minimum": (
        "{name}: under den lägsta nivån",
        "{name}: below the minimum",
    ),
    "overview.dimension-below-ready": (
        "{name}: under nivån för redo",
        "{name}: below the level for ready",
    ),
    "summary.markdown-failed": (
        "Filer som inte kunde läsas ({count}):",
        "Files that could not be read ({count}):",
    ),
    "summary.no-files": (
        "Inga svarsfiler (*.yaml) i {folder}. Planer sparas där av somplan start; ange annars "
        "filer eller mappar.",
        "No answers files (*.yaml) in {folder}. somplan start saves plans there; otherwise name "
        "files or folders.",
    ),
    "plans.title": ("Sparade planer i {folder}", "Saved plans in {folder}"),
    "plans.narrow": (
        "Filnamnen får inte plats i den här bredden; somplan plans --format md visar dem.",
        "The file names do not fit at this width; somplan plans --format md shows them.",
    ),
    "plans.in-folder": ("Sparade planer i mappen", "Saved plans in the folder"),
    "plans.col.file": ("Fil", "File"),
    "plans.col.unit": ("Verksamhet", "Unit"),
    "plans.col.updated": ("Senast ändrad", "Last changed"),
    "plans.col.complete": ("Klar", "Complete"),
    "plans.col.level": ("Utlåtande", "Verdict"),
    "plans.unreadable": ("kan inte läsas", "cannot be read"),
    "help.plans": (
        "Lista svarsfilerna i mappen där somplan start sparar planer: verksamhet, senast ändrad "
        "(lokal tid), klar eller inte, och utlåtande.",
        "List the answers files in the folder where somplan start saves plans: unit, last change "
        "(local time), complete or not, and verdict.",
    ),
    "help.plans-epilog": (
        "Mappen är den där somplan start sparar (på Linux ~/.local/share/somplan/answers); "
        "SOMPLAN_DATA_DIR ändrar den. somplan summary utan sökväg sammanställer samma mapp.",
        "The folder is the one somplan start saves in (on Linux ~/.local/share/somplan/answers); "
        "SOMPLAN_DATA_DIR changes it. somplan summary without a path summarises the same folder.",
    ),
    "help.plans-format": (
        "rich för terminalen, markdown eller json.",
        "rich for the terminal, markdown or json.",
    ),
    # --- the header's status of an interview left before its end -------------------------------------
    "plan.status-not-finished": (
        "Alla frågor som gäller er är besvarade, men intervjun avslutades inte",
        "Every question that applies is answered, but the interview was not finished",
    ),
}
