"""Interface messages of the follow-up (``somplan followup``), in Swedish and English."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- checking the follow-up content ----------------------------------------------------------
    "problem.finding-needs-test": (
        "Ett fynd behöver minst ett villkor: {tests}.",
        "A finding needs at least one test: {tests}.",
    ),
    "problem.followup-outcome-missing": (
        "Utfallet '{outcome}' saknar rubrik och sammanfattning under 'outcomes:'. Lägg till det.",
        "The outcome '{outcome}' has no title and summary under 'outcomes:'. Add it.",
    ),
    "problem.followup-placeholder-source": (
        "Frågorna i uppföljningen kan bara visa planens svar, med {{plan:fråga}}; "
        "'{found}:' går inte här.",
        "The follow-up questions can only show the plan's answers, with {{plan:question}}; "
        "'{found}:' cannot be used here.",
    ),
    "problem.followup-wrong-flow": (
        "Reglerna gäller frågeflödet '{found}', men flödet här heter '{expected}'. Rätta id:t.",
        "The rules are for the question flow '{found}', but the flow here is '{expected}'. "
        "Correct the id.",
    ),
    "problem.followup-question-kind": (
        "Frågan '{id}' är av typen {kind}; här behövs en fråga av typen {expected}.",
        "The question '{id}' is of kind {kind}; a question of kind {expected} is needed here.",
    ),
    "problem.answers-is-followup": (
        "Det här är en uppföljning av planen {plan}, inte en plan. Visa den med: somplan "
        "followup {plan} --answers {path} --report",
        "This is a follow-up of the plan {plan}, not a plan. Show it with: somplan followup "
        "{plan} --answers {path} --report",
    ),
    "answers.followup-header": (
        "somplan-uppföljning. Visa den: somplan followup PLANFIL --answers FIL --report.",
        "somplan follow-up. Show it: somplan followup PLANFILE --answers FILE --report.",
    ),
    "ref.plan-question": (
        "en fråga i planens frågeflöde (questions/flow.yaml)",
        "a question in the plan's question flow (questions/flow.yaml)",
    ),
    "ref.followup-question": (
        "en fråga i uppföljningens frågeflöde (followup/flow.yaml)",
        "a question in the follow-up's question flow (followup/flow.yaml)",
    ),
    "ref.followup-choice": (
        "ett alternativ i någon av de två frågor som jämförs",
        "a choice of either of the two questions compared",
    ),
    # --- the command ---------------------------------------------------------------------------
    "help.followup": (
        "Följ upp ett konto som är i gång: en kort intervju utifrån planfilen, sedan ett förslag "
        "– fortsätt, justera eller avsluta kontot. Svaren sparas efter varje fråga; Ctrl-B "
        "backar, Ctrl-C avbryter (svaren finns kvar).",
        "Follow up an account that is running: a short interview based on the plan file, then a "
        "recommendation – continue, adjust or close the account. Answers are saved after every "
        "question; Ctrl-B goes back, Ctrl-C stops (the answers are kept).",
    ),
    "help.followup-epilog": (
        "Exempel: somplan followup kulturhuset.yaml (sparar kulturhuset.followup-ÅÅÅÅMMDD.yaml "
        "bredvid planen). Visa en sparad uppföljning igen: somplan followup kulturhuset.yaml "
        "--answers kulturhuset.followup-20270302.yaml --report --format markdown",
        "Example: somplan followup culture.yaml (saves culture.followup-YYYYMMDD.yaml beside the "
        "plan). Show a saved follow-up again: somplan followup culture.yaml --answers "
        "culture.followup-20270302.yaml --report --format markdown",
    ),
    "help.followup-plan": (
        "Planens svarsfil (från somplan start).",
        "The plan's answers file (from somplan start).",
    ),
    "help.followup-answers": (
        "Uppföljningsfil att spara i; finns den redan fortsätter du där den slutade (med "
        "--report: filen att visa).",
        "Follow-up file to save to; if it exists, you continue where it left off (with "
        "--report: the file to show).",
    ),
    "help.followup-report": (
        "Ställ inga frågor: visa utlåtandet för uppföljningsfilen i --answers.",
        "Ask nothing: show the verdict for the follow-up file given with --answers.",
    ),
    "help.followup-format": (
        "Format för --report: rich (terminal), markdown, json, html eller pdf (PDF/A, kräver -o).",
        "Format for --report: rich (terminal), markdown, json, html or pdf (PDF/A, needs -o).",
    ),
    "help.followup-output": (
        "Skriv rapporten till den här filen i stället för till skärmen (med --report).",
        "Write the report to this file instead of the screen (with --report).",
    ),
    "followup.no-terminal": (
        "Uppföljningen ställer frågor och behöver en terminal. Visa en sparad uppföljning med "
        "--answers FIL --report.",
        "The follow-up asks questions and needs a terminal. Show a saved follow-up with "
        "--answers FILE --report.",
    ),
    "followup.welcome": (
        "Uppföljning av planen {plan}. Frågorna tar ungefär fem minuter. Svaren sparas efter "
        "varje fråga i {path}",
        "Follow-up of the plan {plan}. The questions take about five minutes. Answers are saved "
        "after every question in {path}",
    ),
    "followup.interrupted": (
        "Avbrutet. Dina svar hittills är sparade i {path}. Fortsätt med: somplan followup {plan} "
        "--answers {path}",
        "Interrupted. Your answers so far are saved in {path}. Continue with: somplan followup "
        "{plan} --answers {path}",
    ),
    "followup.done": (
        "Klart! Uppföljningen är sparad i {path}. Den följer {plan}. Visa den igen med:\n"
        "somplan report {path}",
        "Done! The follow-up is saved in {path}. It follows {plan}. Show it again with:\n"
        "somplan report {path}",
    ),
    "followup.resume-offer": (
        "Det finns en påbörjad uppföljning av den här planen: {path}. Vill du fortsätta den?",
        "There is an unfinished follow-up of this plan: {path}. Do you want to continue it?",
    ),
    "followup.plan-incomplete": (
        "Obs: planen {path} är inte färdig; jämförelserna med planen kan bli ofullständiga.",
        "Note: the plan {path} is not finished; the comparisons with the plan may be incomplete.",
    ),
    "followup.plan-changed-resume": (
        "Obs: planen {plan} har ändrats sedan uppföljningen påbörjades. Uppföljningen jämförs nu "
        "med planen som den ser ut i dag.",
        "Note: the plan {plan} has changed since the follow-up was started. The follow-up is now "
        "compared with the plan as it is today.",
    ),
    "followup.not-a-plan": (
        "{path} är en uppföljning, inte en plan. Ange planens svarsfil (den från somplan start) "
        "och uppföljningen med --answers.",
        "{path} is a follow-up, not a plan. Give the plan's answers file (the one from somplan "
        "start), and the follow-up with --answers.",
    ),
    "followup.report-needs-answers": (
        "--report visar en sparad uppföljning: ange den med --answers FIL.",
        "--report shows a saved follow-up: give it with --answers FILE.",
    ),
    "followup.report-missing-file": (
        "Uppföljningsfilen {path} finns inte. Kontrollera sökvägen, eller kör somplan followup "
        "utan --report för att göra uppföljningen.",
        "The follow-up file {path} does not exist. Check the path, or run somplan followup "
        "without --report to do the follow-up.",
    ),
    "followup.plan-no-answer": ("(planen svarar inte på det)", "(the plan does not say)"),
    # --- the report ------------------------------------------------------------------------------
    "followup.title": ("Uppföljning av kontot", "Follow-up of the account"),
    "followup.unit": ("Verksamhet: {unit}", "Unit: {unit}"),
    "followup.follows": (
        "Följer planen: {path} (sha256 {sha}…)",
        "Follows the plan: {path} (sha256 {sha}…)",
    ),
    "followup.date": ("Datum: {date} · frågor: {flow}", "Date: {date} · questions: {flow}"),
    "followup.incomplete": (
        "Uppföljningen är inte färdig: utlåtandet bygger på svaren hittills.",
        "The follow-up is not finished: the verdict rests on the answers so far.",
    ),
    "followup.plan-changed": (
        "Planfilen har ändrats sedan uppföljningen gjordes.",
        "The plan file has changed since the follow-up was made.",
    ),
    "followup.verdict": ("Förslag", "Recommendation"),
    "followup.to-fix": ("Att ta itu med", "To deal with"),
    "followup.works": ("Det här fungerar", "What works"),
    "followup.remedy": ("Gör så här: {remedy}", "What to do: {remedy}"),
    "followup.compared": ("Planen och i dag", "The plan and today"),
    "followup.col-question": ("Fråga", "Question"),
    "followup.col-plan": ("Planen sa", "The plan said"),
    "followup.col-now": ("I dag", "Today"),
    "followup.col-change": ("Jämfört med planen", "Compared with the plan"),
    "followup.change-worse": ("sämre", "worse"),
    "followup.change-same": ("som planerat", "as planned"),
    "followup.change-better": ("bättre", "better"),
    "followup.change-unknown": ("går inte att jämföra", "cannot be compared"),
    "followup.closing": ("Så avslutar ni kontot", "How to close the account"),
    "followup.source": ("Källa: {source}", "Source: {source}"),
    "followup.next-steps": ("Nästa steg", "Next steps"),
    "followup.answers": ("Svaren", "The answers"),
    "followup.next-due": (
        "Nästa uppföljning: senast {date} (om {months} {months:månad|månader}).",
        "Next follow-up: by {date} (in {months} {months:month|months}).",
    ),
    "followup.next-due-closed": (
        "Inga fler uppföljningar: kontot ska avslutas.",
        "No further follow-up: the account is to be closed.",
    ),
    # --- somplan summary --due -------------------------------------------------------------------
    "help.summary-due": (
        "Visa bara planer vars uppföljning snart ska göras eller är försenad: när, senaste "
        "uppföljningen och dess förslag. Uppföljningsfiler bredvid planerna räknas med.",
        "Show only plans whose follow-up is due soon or overdue: when, the latest follow-up and "
        "its recommendation. Follow-up files beside the plans are counted.",
    ),
    "help.summary-today": (
        "Räkna uppföljningarnas förfallodagar från det här datumet i stället för i dag.",
        "Count the follow-ups' due dates from this date instead of today.",
    ),
    "followup.bad-date": (
        "'{value}' är inget datum. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2027-03-01.",
        "'{value}' is not a date. Write it as YYYY-MM-DD, for example 2027-03-01.",
    ),
    "followup.due-title": (
        "Uppföljningar att göra ({count} {count:plan|planer})",
        "Follow-ups to do ({count} {count:plan|plans})",
    ),
    "followup.nothing-due": (
        "Ingen uppföljning är försenad eller snart dags. Utan --due visar somplan summary alla planer.",
        "No follow-up is overdue or due soon. Without --due, somplan summary shows every plan.",
    ),
    "followup.due-narrow": (
        "Filnamnen får inte plats i den här bredden; --format md visar dem.",
        "The file names do not fit at this width; --format md shows them.",
    ),
    "followup.col-file": ("Plan", "Plan"),
    "followup.col-unit": ("Verksamhet", "Unit"),
    "followup.col-due": ("Nästa uppföljning", "Next follow-up"),
    "followup.col-status": ("Läge", "Status"),
    "followup.col-last": ("Senaste uppföljning", "Latest follow-up"),
    "followup.col-outcome": ("Senaste förslag", "Latest recommendation"),
    "followup.format-needs-report": (
        "--format och -o gäller rapporten om en sparad uppföljning: lägg till --report.",
        "--format and -o are for the report of a saved follow-up: add --report.",
    ),
    "followup.showing-latest": (
        "Visar den senaste uppföljningen bredvid planen: {path}.",
        "Showing the latest follow-up beside the plan: {path}.",
    ),
    "followup.status-ok": ("i tid", "on time"),
    "followup.status-due": ("snart", "due soon"),
    "followup.status-overdue": ("försenad", "overdue"),
    "followup.status-closed": ("avslutas", "closing"),
    "followup.status-unknown": ("okänt datum", "date unknown"),
    "followup.status-none": ("ingen (inget konto än)", "none (no account yet)"),
    "followup.days-left": ("(om {days} {days:dag|dagar})", "(in {days} {days:day|days})"),
    "followup.days-late": ("({days} {days:dag|dagar} sen)", "({days} {days:day|days} late)"),
    "followup.outcome-continue": ("fortsätt", "continue"),
    "followup.outcome-adjust": ("justera", "adjust"),
    "followup.outcome-close": ("avsluta", "close"),
}
