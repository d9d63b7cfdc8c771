"""Messages of the interview as a user meets it: resume, review, layout and command-line words."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "wizard.file-renamed": (
        "Filen har bytt namn efter verksamheten: {path}",
        "The file has been renamed after the unit: {path}",
    ),
    "answer.out-of-range": (
        "Talet ska vara mellan {min} och {max}.",
        "The number must be between {min} and {max}.",
    ),
    "wizard.clear-line": ("Ctrl-U tömmer raden.", "Ctrl-U clears the line."),
    # --- starting and resuming ----------------------------------------------------------------
    "wizard.nothing-changed": (
        "Avbrutet. Inget har ändrats.",
        "Interrupted. Nothing was changed.",
    ),
    "wizard.welcome-new": (
        "Välkommen! Frågorna tar ungefär 10–15 minuter.",
        "Welcome! The questions take about 10–15 minutes.",
    ),
    "wizard.saved-every": (
        "Svaren sparas efter varje fråga i {path}",
        "Answers are saved after every question in {path}",
    ),
    "wizard.finished": (
        "Planen i {path} är klar. Här är alla svar: ändra det som behövs, eller bekräfta.",
        "The plan in {path} is complete. Here are all the answers: change what you need, or "
        "confirm.",
    ),
    "wizard.resumed": (
        "Välkommen tillbaka! Du fortsätter vid fråga {number} ({section}). Svaren sparas i {path}",
        "Welcome back! You continue at question {number} ({section}). Answers are saved in {path}",
    ),
    "wizard.resumed-review": (
        "Välkommen tillbaka! Alla frågor är besvarade; granska svaren och bekräfta. Svaren sparas "
        "i {path}",
        "Welcome back! Every question is answered; review the answers and confirm. Answers are "
        "saved in {path}",
    ),
    "wizard.answers-one": ("1 svar", "1 answer"),
    "wizard.answers-many": ("{count} svar", "{count} answers"),
    "wizard.resume-offer-unit": (
        "Du har en påbörjad plan för {unit}, senast ändrad {updated} ({answered}). Fortsätta där "
        "du slutade?",
        "You have an unfinished plan for {unit}, last changed {updated} ({answered}). Continue "
        "where you left off?",
    ),
    "wizard.resume-pick": (
        "Du har {count} påbörjade planer. Vilken vill du fortsätta?",
        "You have {count} unfinished plans. Which one do you want to continue?",
    ),
    "wizard.resume-option": ("{unit} · {updated} · {answered}", "{unit} · {updated} · {answered}"),
    "wizard.unnamed": ("(namn saknas)", "(no name)"),
    "wizard.resume-new": ("Börja en ny plan", "Start a new plan"),
    # --- review -----------------------------------------------------------------------------
    "wizard.unit-rename": (
        "Verksamhetens namn (visas i rapporten och sammanställningen)",
        "The unit's name (shown in the report and the summary)",
    ),
    "wizard.unit-row": ("Verksamhet", "Unit"),
    "wizard.review-rename": ("Ändra verksamhetens namn", "Change the unit's name"),
    "wizard.changing": (
        "Du ändrar ett svar; sedan kommer du tillbaka till listan",
        "Changing an answer; then you are back at the list",
    ),
    # --- summary ----------------------------------------------------------------------------
    "summary.title-one": ("Sammanställning av 1 plan", "Summary of 1 plan"),
    "summary.empty-folder": (
        "Mappen {folder} innehåller inga svarsfiler (*.yaml).",
        "The folder {folder} holds no answers files (*.yaml).",
    ),
    "summary.no-folder": (
        "Mappen {folder} finns inte. Kontrollera sökvägen och stavningen.",
        "The folder {folder} does not exist. Check the path and its spelling.",
    ),
    # --- diff -------------------------------------------------------------------------------
    "diff.before": ("före: {value}", "before: {value}"),
    "diff.after": ("nu: {value}", "now: {value}"),
    "diff.provisional": ("(preliminärt)", "(provisional)"),
    "diff.condition-resolved": (
        "✔ Inte längre ett villkor: {text}",
        "✔ No longer a condition: {text}",
    ),
    "diff.condition-added": ("✘ Nytt villkor: {text}", "✘ New condition: {text}"),
    "diff.blocker-resolved": ("✔ Inte längre ett hinder: {text}", "✔ No longer a blocker: {text}"),
    "diff.blocker-added": ("✘ Nytt hinder: {text}", "✘ New blocker: {text}"),
    "diff.other-unit": (
        "Obs: filerna gäller olika verksamheter ({old} och {new}); jämförelsen är gjord för "
        "två versioner av samma plan.",
        "Note: the files are for different units ({old} and {new}); the comparison is meant "
        "for two versions of the same plan.",
    ),
    # --- command line -----------------------------------------------------------------------
    "cli.not-a-format": (
        "'{value}' är inget format; välj ett av {formats} (md går också för markdown).",
        "'{value}' is not a format; choose one of {formats} (md also means markdown).",
    ),
    # --- exclusive choices in a checkbox list --------------------------------------------------------
    "wizard.exclusive-cleared": (
        "”{choice}” kan inte kombineras med andra svar; de andra kryssen togs bort.",
        "'{choice}' can't be combined with other answers; the other ticks were removed.",
    ),
    "wizard.exclusive-dropped": (
        "”{choice}” togs bort; det kan inte kombineras med andra svar.",
        "'{choice}' was unticked; it can't be combined with other answers.",
    ),
    "wizard.tick-with-space": (
        "Markera ett svar med mellanslag och tryck sedan Enter.",
        "Tick an answer with space, then press Enter.",
    ),
}
