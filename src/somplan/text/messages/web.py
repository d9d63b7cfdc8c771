"""Messages of `somplan serve`: the interview's pages in a web browser."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- the command ---------------------------------------------------------------------------
    "help.serve": (
        "Intervjun i en webbläsare: planer, frågor, granskning och rapport, sparade i samma filer "
        "som somplan start skriver. Utan flaggor bara för dig, på den här datorn.",
        "The interview in a web browser: plans, questions, review and report, saved in the same "
        "files as somplan start writes. Without options only for you, on this computer.",
    ),
    "help.serve-epilog": (
        "Kräver webbtillägget: pip install 'somplan[web]'. Adressen som skrivs ut har en hemlig "
        "nyckel; bara den som har den kommer in. Inställningar för en gemensam server (bakom "
        "kommunens proxy) står i docs/deploy.md. Avsluta med Ctrl-C.",
        "Needs the web extra: pip install 'somplan[web]'. The address printed holds a secret "
        "key; only who has it gets in. Settings for a shared server (behind the municipality's "
        "proxy) are in docs/deploy.md. Stop it with Ctrl-C.",
    ),
    "help.serve-host": (
        "Adressen att lyssna på (127.0.0.1: bara den här datorn).",
        "The address to listen on (127.0.0.1: this computer only).",
    ),
    "help.serve-port": ("Porten (0: en ledig port).", "The port (0: a free one)."),
    "help.serve-no-browser": (
        "Öppna inte webbläsaren; skriv bara ut adressen.",
        "Do not open the browser; only print the address.",
    ),
    "help.serve-user-header": (
        "Gemensam server: rubriken där proxyn anger användarens namn (t.ex. X-Remote-User); "
        "varje användare får sina egna planer. Av som standard.",
        "Shared server: the header in which the proxy gives the user's name (e.g. "
        "X-Remote-User); each user gets their own plans. Off by default.",
    ),
    "web.needs-extra": (
        "somplan serve behöver webbtillägget: pip install 'somplan[web]'",
        "somplan serve needs the web extra: pip install 'somplan[web]'",
    ),
    "web.listening": (
        "Öppna {url} i webbläsaren (adressen är din nyckel: dela den inte). Ctrl-C avslutar.",
        "Open {url} in the browser (the address is your key: do not share it). Ctrl-C stops.",
    ),
    "web.listening-shared": (
        "Lyssnar på {url}; användaren tas från rubriken {header}. Ctrl-C avslutar.",
        "Listening on {url}; the user is taken from the header {header}. Ctrl-C stops.",
    ),
    "web.bad-setting": (
        "Inställningen {name} har ett värde som inte går att använda: {value} (från {where}). "
        "Se docs/deploy.md för vad den tar.",
        "The setting {name} has a value that cannot be used: {value} (from {where}). See "
        "docs/deploy.md for what it takes.",
    ),
    "web.bad-settings-file": (
        "Inställningsfilen {path} gick inte att läsa: {reason}",
        "The settings file {path} could not be read: {reason}",
    ),
    "web.unknown-setting": (
        "Inställningsfilen {path} har en okänd inställning: {name}. Se docs/deploy.md.",
        "The settings file {path} has an unknown setting: {name}. See docs/deploy.md.",
    ),
    "web.port-taken": (
        "Det gick inte att lyssna på {host}:{port}: {reason}. Välj en annan port med --port.",
        "Could not listen on {host}:{port}: {reason}. Choose another port with --port.",
    ),
    # --- the pages -----------------------------------------------------------------------------
    "web.home": ("somplan – dina planer", "somplan – your plans"),
    "web.skip-link": ("Hoppa till innehållet", "Skip to the content"),
    "web.other-language": ("In English", "På svenska"),
    "web.error-prefix": ("Fel:", "Error:"),
    "web.error-title": ("Något behöver rättas", "Something needs correcting"),
    "web.plans-title": ("Dina planer", "Your plans"),
    "web.plans-none": (
        "Du har inga planer än. Börja en ny nedan.",
        "You have no plans yet. Start a new one below.",
    ),
    "web.answered": ("{count} svar", "{count} answers"),
    "web.status-complete": ("klar", "complete"),
    "web.status-open": ("pågår", "in progress"),
    "web.new-title": ("Börja en ny plan", "Start a new plan"),
    "web.unit-label": ("Verksamhetens namn", "The unit's name"),
    "web.unit-help": (
        "Namnet visas i rapporten och i kommunikatörernas sammanställning (högst {max} tecken; "
        "du kan lämna det tomt och ange det senare).",
        "The name is shown in the report and in the communicators' summary (at most {max} "
        "characters; you may leave it empty and give it later).",
    ),
    "web.new-button": ("Börja", "Start"),
    "web.continue-plan": ("Fortsätt med frågorna", "Continue with the questions"),
    "web.see-answers": ("Se och ändra svaren", "See and change the answers"),
    "web.report": ("Rapporten (webbsida)", "The report (web page)"),
    "web.report-pdf": ("Rapporten som PDF", "The report as PDF"),
    "web.all-plans": ("Alla dina planer", "All your plans"),
    "web.file": ("Sparad i filen {file}", "Saved in the file {file}"),
    "web.save-continue": ("Spara och fortsätt", "Save and continue"),
    "web.save": ("Spara", "Save"),
    "web.back": ("Tillbaka", "Back"),
    "web.back-to-list": ("Tillbaka till svaren", "Back to the answers"),
    "web.change": ("Ändra", "Change"),
    "web.review-intro": (
        "Stämmer svaren? Ändra det som behövs och bekräfta sedan.",
        "Are the answers right? Change what needs changing, then confirm.",
    ),
    "web.confirm": ("Bekräfta svaren", "Confirm the answers"),
    "web.skip": ("Hoppa över", "Skip"),
    "web.limit-text-max": ("Högst {max} tecken.", "At most {max} characters."),
    "web.limit-text-min": ("Minst {min} tecken.", "At least {min} characters."),
    "web.limit-number-between": ("Ett tal från {min} till {max}.", "A number from {min} to {max}."),
    "web.limit-number-min": ("Ett tal, minst {min}.", "A number, at least {min}."),
    "web.limit-number-max": ("Ett tal, högst {max}.", "A number, at most {max}."),
    "web.limit-multi": ("Välj alla som passar.", "Choose all that apply."),
    "web.limit-multi-max": ("Högst {max} val.", "At most {max} choices."),
    "web.limit-exclusive": (
        "”{choice}” kan inte kombineras med andra val.",
        "“{choice}” cannot be combined with other choices.",
    ),
    "web.optional": ("Frivillig: du kan lämna den tom.", "Optional: you may leave it empty."),
    "web.one-choice": ("Välj ett alternativ, inte flera.", "Choose one option, not several."),
    "web.pick-one": (
        "Välj ett alternativ, eller ”Hoppa över”.",
        "Choose an option, or “Skip”.",
    ),
    "web.stale-title": (
        "Planen har ändrats sedan sidan visades",
        "The plan has changed since the page was shown",
    ),
    "web.stale": (
        "Någon annan, eller du i en annan flik, har sparat planen efter att den här sidan "
        "öppnades. Ditt svar sparades inte, så att inget skrivs över. Så här ser svaren ut nu.",
        "Someone else, or you in another tab, saved the plan after this page was opened. Your "
        "answer was not saved, so that nothing is overwritten. This is how the answers are now.",
    ),
    "web.stale-typed": (
        "Det här är vad du skickade; kopiera det om du vill använda det:",
        "This is what you sent; copy it if you want to use it:",
    ),
    "web.stale-now": ("Svaren som är sparade nu", "The answers saved now"),
    "web.write-failed-title": ("Svaret kunde inte sparas", "The answer could not be saved"),
    "web.write-failed": (
        "Inget annat ändrades. Försök igen om en stund, eller be den som sköter servern om hjälp.",
        "Nothing else changed. Try again in a while, or ask whoever runs the server for help.",
    ),
    "web.invalid-plan-title": (
        "Planens fil går inte att läsa",
        "The plan's file cannot be read",
    ),
    "web.no-plan-title": ("Planen finns inte", "There is no such plan"),
    "web.no-plan": (
        "Det finns ingen plan med den adressen bland dina planer. Den kan ha tagits bort eller "
        "bytt namn.",
        "There is no plan at that address among your plans. It may have been removed or renamed.",
    ),
    "web.no-question-title": ("Frågan finns inte", "There is no such question"),
    "web.no-question": (
        "Frågeformuläret har ingen fråga med den adressen.",
        "The question flow has no question at that address.",
    ),
    "web.no-page-title": ("Sidan finns inte", "There is no such page"),
    "web.no-page": ("Adressen leder ingenstans.", "The address leads nowhere."),
    "web.not-allowed-title": ("Det går inte att göra så", "That cannot be done"),
    "web.not-allowed": (
        "Sidan tar inte emot den sortens anrop.",
        "The page does not take that kind of request.",
    ),
    "web.too-large-title": ("För mycket på en gång", "Too much at once"),
    "web.too-large": (
        "Det som skickades är större än {limit} kB och togs inte emot. Korta svaret och försök igen.",
        "What was sent is larger than {limit} kB and was not taken. Shorten the answer and try "
        "again.",
    ),
    "web.csrf-title": ("Formuläret är för gammalt", "The form is too old"),
    "web.csrf": (
        "Formuläret saknar sin kontrollkod (sidan kan vara gammal, eller kommer från en annan "
        "webbplats). Inget sparades. Gå tillbaka, ladda om sidan och försök igen.",
        "The form lacks its check code (the page may be old, or come from another site). Nothing "
        "was saved. Go back, reload the page and try again.",
    ),
    "web.no-token-title": ("Nyckeln saknas", "The key is missing"),
    "web.no-token": (
        "Öppna adressen som somplan serve skrev ut i terminalen; den innehåller nyckeln som "
        "släpper in dig.",
        "Open the address that somplan serve printed in the terminal; it holds the key that lets "
        "you in.",
    ),
    "web.no-user-title": ("Du är inte inloggad", "You are not logged in"),
    "web.no-user": (
        "Servern vet inte vem du är. Logga in via kommunens inloggning och försök igen.",
        "The server does not know who you are. Log in through the municipality's login and try "
        "again.",
    ),
    "web.no-report-title": ("Ingen rapport", "No report"),
    "web.no-report": (
        "Frågeinnehållet har ingen kanalkatalog eller regler, så det finns ingen rapport att visa.",
        "The question content has no channel catalogue or rules, so there is no report to show.",
    ),
    "web.no-pdf-title": ("Ingen PDF", "No PDF"),
    "web.no-pdf": (
        "PDF kräver PDF-tillägget på servern: pip install 'somplan[pdf]'.",
        "PDF needs the PDF extra on the server: pip install 'somplan[pdf]'.",
    ),
    "web.footer-local": (
        "somplan {version}. Dina planer sparas på den här datorn, i {folder}.",
        "somplan {version}. Your plans are saved on this computer, in {folder}.",
    ),
    "web.footer-terminal": (
        "Du kan fortsätta med en plan i terminalen:",
        "You can go on with a plan in the terminal:",
    ),
    "web.footer-file": ("FIL", "FILE"),
    "web.footer-shared": (
        "somplan {version}. Dina planer sparas på kommunens server, åtskilda från andras.",
        "somplan {version}. Your plans are saved on the municipality's server, apart from "
        "everyone else's.",
    ),
    "web.try-again": ("Tillbaka till formuläret", "Back to the form"),
}
