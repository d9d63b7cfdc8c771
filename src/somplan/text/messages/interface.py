"""Interface messages in Swedish and English, keyed by name. Content texts are in questions/."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- reading files -------------------------------------------------------------------------
    "problem.file-not-found": (
        "Filen finns inte. Kontrollera sökvägen och stavningen.",
        "The file does not exist. Check the path and its spelling.",
    ),
    "problem.file-is-folder": (
        "Det här är en mapp, inte en fil. Ange en YAML-fil i mappen.",
        "This is a folder, not a file. Give a YAML file inside it.",
    ),
    "problem.file-no-permission": (
        "Filen går inte att läsa: behörighet saknas. Be den som äger filen om läsrätt.",
        "The file cannot be read: permission denied. Ask the file's owner for read access.",
    ),
    "problem.file-unreadable": (
        "Filen går inte att läsa ({reason}).",
        "The file cannot be read ({reason}).",
    ),
    "problem.file-too-large": (
        "Filen är {size} byte, större än gränsen {limit} byte. En frågefil är normalt några "
        "tiotal kilobyte; kontrollera att det är rätt fil.",
        "The file is {size} bytes, larger than the limit of {limit} bytes. A question file is "
        "normally a few tens of kilobytes; check that this is the right file.",
    ),
    "problem.file-empty": (
        "Filen är tom (eller innehåller bara kommentarer). Den måste innehålla en YAML-mappning, "
        "till exempel en rad som börjar med 'kind:'.",
        "The file is empty (or holds only comments). It must contain a YAML mapping, for example "
        "a line starting with 'kind:'.",
    ),
    "problem.top-not-mapping": (
        "Filen måste börja med en mappning (rader som 'nyckel: värde'), inte en lista eller en "
        "ensam text.",
        "The file must start with a mapping (lines like 'key: value'), not a list or a lone text.",
    ),
    "problem.encoding-utf16": (
        "Filen är sparad som UTF-16. Spara den som UTF-8 i din textredigerare och försök igen.",
        "The file is saved as UTF-16. Save it as UTF-8 in your text editor and try again.",
    ),
    "problem.encoding-not-utf8": (
        "Filen är inte giltig UTF-8 (byten {byte} här; troligen sparad som Latin-1/Windows-1252). "
        "Spara den som UTF-8 och försök igen.",
        "The file is not valid UTF-8 (byte {byte} here; probably saved as Latin-1/Windows-1252). "
        "Save it as UTF-8 and try again.",
    ),
    "problem.control-character": (
        "Filen innehåller ett otillåtet styrtecken ({char}). Ta bort det; styrtecken kan inte stå "
        "i en YAML-fil.",
        "The file contains a forbidden control character ({char}). Remove it; control characters "
        "cannot appear in a YAML file.",
    ),
    "problem.too-deep": (
        "Strukturen är nästlad djupare än {limit} nivåer. Förenkla filen; frågefiler behöver "
        "bara ett fåtal nivåer.",
        "The structure is nested deeper than {limit} levels. Simplify the file; question files "
        "need only a few levels.",
    ),
    "problem.too-many-values": (
        "Filen expanderar till fler än {limit} värden, troligen genom alias (*namn) som pekar på "
        "varandra. Skriv ut värdena i stället för att använda alias.",
        "The file expands to more than {limit} values, probably through aliases (*name) that "
        "refer to each other. Write the values out instead of using aliases.",
    ),
    "problem.yaml-tab": (
        "Tabbtecken används för indrag. YAML tillåter bara mellanslag; byt tabbarna mot mellanslag.",
        "A tab is used for indentation. YAML allows only spaces; replace the tabs with spaces.",
    ),
    "problem.yaml-unclosed-quote": (
        "Ett citattecken som öppnas på rad {start} stängs aldrig. Lägg till det avslutande "
        "citattecknet.",
        "A quote opened on line {start} is never closed. Add the closing quote.",
    ),
    "problem.yaml-multi-document": (
        "Filen innehåller mer än ett YAML-dokument (en rad med '---'). Dela upp den i separata "
        "filer eller ta bort avskiljaren.",
        "The file contains more than one YAML document (a '---' line). Split it into separate "
        "files or remove the separator.",
    ),
    "problem.yaml-indentation": (
        "Indraget stämmer inte med raderna ovanför, eller ett kolon står där det inte får stå. "
        "Kontrollera att nycklar på samma nivå börjar i samma kolumn, och sätt citattecken runt "
        "text som innehåller ': '.",
        "The indentation does not match the lines above, or a colon stands where it may not. "
        "Check that keys on the same level start in the same column, and put quotes around text "
        "containing ': '.",
    ),
    "problem.yaml-undefined-alias": (
        "Aliaset används innan ankaret (&namn) har definierats. Kontrollera stavningen.",
        "The alias is used before its anchor (&name) is defined. Check the spelling.",
    ),
    "problem.yaml-syntax": (
        "YAML-syntaxfel ({detail}). Kontrollera indrag, kolon och citattecken på raden och raden "
        "före.",
        "YAML syntax error ({detail}). Check indentation, colons and quotes on this line and the "
        "one before.",
    ),
    "problem.yaml-tag": (
        "Taggen {tag} är inte tillåten; somplan läser bara vanlig text, tal, listor och "
        "mappningar. Ta bort taggen.",
        "The tag {tag} is not allowed; somplan reads only plain text, numbers, lists and "
        "mappings. Remove the tag.",
    ),
    "problem.yaml-bad-scalar": (
        "Värdet '{value}' passar inte sin tagg. Ta bort taggen eller rätta värdet.",
        "The value '{value}' does not fit its tag. Remove the tag or correct the value.",
    ),
    "problem.yaml-merge-key": (
        "Sammanslagningsnycklar ('<<') stöds inte. Skriv ut fälten direkt i stället.",
        "Merge keys ('<<') are not supported. Write the fields out instead.",
    ),
    "problem.key-not-text": (
        "Nyckeln '{key}' är inte text. Nycklar ska vara namn som 'id' eller 'text'; sätt "
        "citattecken runt den om den ska vara text.",
        "The key '{key}' is not text. Keys must be names like 'id' or 'text'; put quotes around "
        "it if it is meant as text.",
    ),
    "problem.duplicate-key": (
        "Nyckeln '{key}' finns redan på rad {first} i samma mappning. YAML skulle tyst behålla "
        "bara den sista; ta bort eller byt namn på en av dem.",
        "The key '{key}' already appears on line {first} in the same mapping. YAML would silently "
        "keep only the last one; remove or rename one of them.",
    ),
    # --- schema ------------------------------------------------------------------------------------
    "problem.answers-not-content": (
        "Det här är en svarsfil (en plan eller en uppföljning), inte en innehållsfil. validate "
        "kontrollerar frågor, kanaler och regler; en plan läses och kontrolleras med somplan "
        "report {path}.",
        "This is an answers file (a plan or a follow-up), not a content file. validate checks "
        "questions, channels and rules; a plan is read and checked with somplan report {path}.",
    ),
    "problem.unknown-kind": (
        "Okänd filtyp. Filen måste ha 'kind:' med ett av värdena {kinds}.",
        "Unknown kind of file. The file must have 'kind:' with one of {kinds}.",
    ),
    "problem.missing": (
        "Fältet '{field}' saknas här. Lägg till det.",
        "The field '{field}' is missing here. Add it.",
    ),
    "problem.unknown-field": (
        "Okänt fält '{field}'.{hint} Tillåtna fält här: {allowed}.",
        "Unknown field '{field}'.{hint} Fields allowed here: {allowed}.",
    ),
    "problem.hint-did-you-mean": (" Menade du '{name}'?", " Did you mean '{name}'?"),
    "problem.expected-text": (
        "Här ska det stå text, men värdet lästes som {got}. Sätt citattecken runt det.",
        "Text is expected here, but the value was read as {got}. Put quotes around it.",
    ),
    "problem.expected-number": (
        "Här ska det stå ett tal, men värdet är {got}.",
        "A number is expected here, but the value is {got}.",
    ),
    "problem.expected-whole-number": (
        "Här ska det stå ett heltal, men värdet är {got}.",
        "A whole number is expected here, but the value is {got}.",
    ),
    "problem.expected-bool": (
        "Här ska det stå true eller false, men värdet är {got}.",
        "true or false is expected here, but the value is {got}.",
    ),
    "problem.expected-list": (
        "Här ska det stå en lista (rader som börjar med '- '), men värdet är {got}.",
        "A list is expected here (lines starting with '- '), but the value is {got}.",
    ),
    "problem.expected-mapping": (
        "Här ska det stå en mappning med fält (rader som 'nyckel: värde'), men värdet är {got}.",
        "A mapping of fields is expected here (lines like 'key: value'), but the value is {got}.",
    ),
    "problem.expected-localized": (
        'Här ska det stå en text per språk, till exempel {{sv: "…", en: "…"}}, men värdet är '
        "{got}.",
        'A text per language is expected here, for example {{sv: "…", en: "…"}}, but the '
        "value is {got}.",
    ),
    "problem.one-of": (
        "Värdet '{value}' är inte tillåtet. Välj ett av: {expected}.",
        "The value '{value}' is not allowed. Choose one of: {expected}.",
    ),
    "problem.id-format": (
        "'{value}' är inget giltigt id. Id skrivs med små bokstäver a–z, siffror och "
        "understreck, och börjar med en bokstav (till exempel 'malgrupp_alder').",
        "'{value}' is not a valid id. Ids use lowercase letters a–z, digits and underscores, "
        "and start with a letter (for example 'audience_age').",
    ),
    "problem.pattern": (
        "'{value}' har fel form (ska matcha {pattern}).",
        "'{value}' has the wrong form (must match {pattern}).",
    ),
    "problem.empty-text": ("Texten får inte vara tom.", "The text must not be empty."),
    "problem.text-too-long": (
        "Texten är för lång: högst {max} tecken. Korta den.",
        "The text is too long: at most {max} characters. Shorten it.",
    ),
    "problem.too-few": (
        "Listan behöver minst {min} element.",
        "The list needs at least {min} entries.",
    ),
    "problem.too-small": (
        "Värdet måste vara minst {limit}.",
        "The value must be at least {limit}.",
    ),
    "problem.too-large": ("Värdet får vara högst {limit}.", "The value must be at most {limit}."),
    "problem.not-finite": (
        "Värdet måste vara ett vanligt tal (inte oändligt eller NaN).",
        "The value must be an ordinary number (not infinite or NaN).",
    ),
    "problem.schema-other": ("{detail}", "{detail}"),
    "got.text": ("texten '{value}'", "the text '{value}'"),
    "got.bool": ("ja/nej-värdet {value}", "the yes/no value {value}"),
    "got.number": ("talet {value}", "the number {value}"),
    "got.null": ("tomt", "empty"),
    "got.list": ("en lista", "a list"),
    "got.mapping": ("en mappning", "a mapping"),
    # --- cross-references -----------------------------------------------------------------------
    "problem.condition-shape": (
        "Ett villkor ska ha antingen 'question:' med exakt ett av {tests}, eller exakt ett av "
        "'all:', 'any:' eller 'not:'.",
        "A condition must have either 'question:' with exactly one of {tests}, or exactly one "
        "of 'all:', 'any:' or 'not:'.",
    ),
    "problem.change-shape": (
        "En ändring ska ha exakt ett av 'rename_question:', 'rename_choice:' eller 'remove_question:'.",
        "A change must have exactly one of 'rename_question:', 'rename_choice:' or 'remove_question:'.",
    ),
    "problem.migration-version": (
        "Migreringen till version {version} passar inte: versionerna ska öka (efter {previous}) och "
        "högst vara flödets version {current}.",
        "The migration to version {version} does not fit: versions must increase (after {previous}) "
        "and be at most the flow's version {current}.",
    ),
    "problem.migration-unknown-question": (
        "Frågan '{id}' finns inte i flödet; en migrering kan bara leda till frågor som finns.",
        "The question '{id}' does not exist in the flow; a migration can only lead to questions that exist.",
    ),
    "problem.migration-removes-existing": (
        "Frågan '{id}' finns fortfarande i flödet och kan inte tas bort i en migrering.",
        "The question '{id}' still exists in the flow and cannot be removed in a migration.",
    ),
    "migration.renamed-question": (
        "Svaret på '{old}' gäller nu frågan '{new}' (flödet ändrades i version {version}).",
        "The answer to '{old}' now belongs to the question '{new}' (the flow changed in version {version}).",
    ),
    "migration.renamed-choice": (
        "Svaret '{old}' på '{question}' heter nu '{new}' (version {version}).",
        "The answer '{old}' to '{question}' is now called '{new}' (version {version}).",
    ),
    "migration.removed-question": (
        "Frågan '{id}' finns inte längre (version {version}); svaret {value} sparas under 'retired' i filen.",
        "The question '{id}' no longer exists (version {version}); the answer {value} is kept under 'retired' in the file.",
    ),
    "migration.provisional": (
        "Utlåtandet är preliminärt: {count} {count:fråga|frågor} saknar svar: {questions}. Svara med: somplan start --answers {path}",
        "The verdict is provisional: {count} {count:question has|questions have} no answer: {questions}. Answer them with: somplan start --answers {path}",
    ),
    "problem.duplicate-id": (
        "Id:t '{id}' används redan på rad {first}. Varje id måste vara unikt i flödet.",
        "The id '{id}' is already used on line {first}. Every id must be unique in the flow.",
    ),
    "problem.duplicate-choice": (
        "Alternativet '{id}' finns redan på rad {first} i samma fråga.",
        "The choice '{id}' already appears on line {first} in the same question.",
    ),
    "problem.when-unknown-question": (
        "Villkoret hänvisar till frågan '{id}', som inte finns.{hint}",
        "The condition refers to the question '{id}', which does not exist.{hint}",
    ),
    "problem.when-later-question": (
        "Villkoret hänvisar till frågan '{id}', som ställs först senare (eller är samma fråga). "
        "Ett villkor kan bara bygga på svar som redan har getts.",
        "The condition refers to the question '{id}', which is asked later (or is this same "
        "question). A condition can only use answers already given.",
    ),
    "problem.when-unknown-choice": (
        "Frågan '{question}' har inget alternativ '{choice}'. Alternativ: {choices}.",
        "The question '{question}' has no choice '{choice}'. Choices: {choices}.",
    ),
    "problem.when-wrong-test": (
        "Testet '{test}' passar inte frågan '{question}' (av typen {kind}).",
        "The test '{test}' does not fit the question '{question}' (of kind {kind}).",
    ),
    "problem.when-wrong-value": (
        "Frågan '{question}' (av typen {kind}) kan inte ha svaret {value}.",
        "The question '{question}' (of kind {kind}) cannot have the answer {value}.",
    ),
    "problem.choices-needed": (
        "En fråga av typen {kind} behöver minst två alternativ under 'choices:'.",
        "A question of kind {kind} needs at least two choices under 'choices:'.",
    ),
    "problem.choices-not-allowed": (
        "En fråga av typen {kind} har inga alternativ; ta bort 'choices:' eller byt typ.",
        "A question of kind {kind} has no choices; remove 'choices:' or change the kind.",
    ),
    "problem.field-not-for-kind": (
        "Fältet '{field}' används inte för frågor av typen {kind}; ta bort det.",
        "The field '{field}' is not used for questions of kind {kind}; remove it.",
    ),
    "problem.scale-needed": (
        "En skalfråga behöver 'scale:' med 'min' och 'max'.",
        "A scale question needs 'scale:' with 'min' and 'max'.",
    ),
    "problem.bounds-order": (
        "Undre gränsen {low} är större än den övre {high}.",
        "The lower bound {low} is greater than the upper bound {high}.",
    ),
    "problem.default-invalid": (
        "Standardvärdet {value} är inget giltigt svar på frågan: {reason}",
        "The default {value} is not a valid answer to the question: {reason}",
    ),
    "problem.pattern-invalid": (
        "Mönstret är inget giltigt reguljärt uttryck ({detail}).",
        "The pattern is not a valid regular expression ({detail}).",
    ),
    "problem.missing-language": (
        "Texten saknar språket '{lang}', som flödet anger under 'languages:'. Lägg till '{lang}:'.",
        "The text lacks the language '{lang}', which the flow declares under 'languages:'. Add "
        "'{lang}:'.",
    ),
    "problem.swedish-required": (
        "'languages:' måste innehålla 'sv'; svenska är standardspråket.",
        "'languages:' must include 'sv'; Swedish is the default language.",
    ),
    "problem.no-content": (
        "Mappen innehåller ingen flödesfil, kanalkatalog eller organisationsprofil (*.yaml med "
        "'kind:').",
        "The folder holds no flow, channel catalogue or organisation profile (*.yaml with 'kind:').",
    ),
    "problem.duplicate-kind": (
        "Mappen innehåller redan en fil av typen {kind} ({other}). Det får bara finnas en.",
        "The folder already holds a file of kind {kind} ({other}). There may be only one.",
    ),
    "problem.missing-kind": (
        "Mappen saknar en fil av typen {kind}.",
        "The folder lacks a file of kind {kind}.",
    ),
    "problem.url-format": (
        "'{value}' är ingen giltig webbadress: den ska börja med https:// (eller http://) och får "
        "inte innehålla mellanslag, citattecken, <, >, \\ eller styrtecken.",
        "'{value}' is not a valid web address: it must start with https:// (or http://) and must "
        "not contain spaces, quotes, <, >, \\ or control characters.",
    ),
    # --- answers ----------------------------------------------------------------------------------
    "answer.required": ("Ett svar behövs här.", "An answer is needed here."),
    "answer.not-a-choice": (
        "'{value}' är inget av alternativen ({choices}).",
        "'{value}' is not one of the choices ({choices}).",
    ),
    "answer.expected-choices": (
        "Svaret ska vara en lista med alternativ.",
        "The answer must be a list of choices.",
    ),
    "answer.duplicate-choice": (
        "Samma alternativ är valt två gånger.",
        "The same choice is selected twice.",
    ),
    "answer.too-few-selected": ("Välj minst {min}.", "Select at least {min}."),
    "answer.too-many-selected": ("Välj högst {max}.", "Select at most {max}."),
    "answer.expected-yesno": ("Svara ja eller nej.", "Answer yes or no."),
    "answer.expected-text": ("Svaret ska vara text.", "The answer must be text."),
    "answer.text-too-short": (
        "Skriv minst {min} tecken.",
        "Write at least {min} characters.",
    ),
    "answer.text-too-long": (
        "Skriv högst {max} tecken; svaret har {length}.",
        "Write at most {max} characters; the answer has {length}.",
    ),
    "answer.pattern": (
        "Svaret har fel form (ska matcha {pattern}).",
        "The answer has the wrong form (must match {pattern}).",
    ),
    "answer.pattern-help": ("{help}", "{help}"),
    "answer.expected-number": (
        "Skriv ett tal, till exempel 4 eller 2,5.",
        "Enter a number, for example 4 or 2.5.",
    ),
    "answer.expected-whole-number": ("Välj ett heltal.", "Choose a whole number."),
    "answer.too-small": ("Talet måste vara minst {min}.", "The number must be at least {min}."),
    "answer.too-large": ("Talet får vara högst {max}.", "The number must be at most {max}."),
    # --- command line -----------------------------------------------------------------------------
    "help.app": (
        "somplan hjälper en verksamhet att avgöra om och hur den ska använda sociala medier, "
        "innan ett konto öppnas. Frågorna bygger på kommunens vägledning; svaren vägs mot en "
        "kanalkatalog och ger ett utlåtande med motiveringar.",
        "somplan helps a unit decide whether and how to use social media, before it opens an "
        "account. The questions follow the municipality's guidance; the answers are weighed "
        "against a channel catalogue and give a verdict with reasons.",
    ),
    "help.app-epilog": (
        "Slutkoder: 0 klart, 1 problem hittades, 2 fel användning eller ingen terminal, "
        "3 en indatafil är oläslig eller ogiltig, 4 kunde inte skriva, 70 internt fel, 130 avbrutet.",
        "Exit codes: 0 done, 1 problems found, 2 usage error or no terminal, 3 an input file is "
        "unreadable or invalid, 4 could not write, 70 internal error, 130 interrupted.",
    ),
    "help.version": ("Visa versionen och avsluta.", "Show the version and exit."),
    "help.no-color": (
        "Visa utan färger (som miljövariabeln NO_COLOR).",
        "Show no colours (as the NO_COLOR environment variable does).",
    ),
    "help.lang": (
        "Språk för allt som visas: sv eller en (standard: svarsfilens eget språk, annars sv "
        "eller SOMPLAN_LANG).",
        "Language of everything shown: sv or en (default: the answers file's own language, "
        "otherwise sv or SOMPLAN_LANG).",
    ),
    "help.start": (
        "Starta intervjun: syfte och mål, målgrupp, förmåga, kompletterande kanaler och ansvar. "
        "Svaren sparas efter varje fråga; Ctrl-B backar, Ctrl-C avbryter (svaren finns kvar).",
        "Start the interview: purpose and goals, audience, capacity, complementary channels and "
        "responsibility. Answers are saved after every question; Ctrl-B goes back, Ctrl-C stops "
        "(the answers are kept).",
    ),
    "help.start-epilog": (
        "Exempel: somplan start --answers biblioteket.yaml (fortsätter eller ändrar en sparad plan).",
        "Example: somplan start --answers library.yaml (continues or revises a saved plan).",
    ),
    "help.start-answers": (
        "Svarsfil att spara i; finns den redan fortsätter du där den slutade.",
        "Answers file to save to; if it exists, you continue where it left off.",
    ),
    "help.questions": (
        "Mapp med egna frågor, kanalkatalog och organisationsprofil (standard: mappen i "
        "SOMPLAN_QUESTIONS, annars de medföljande).",
        "Folder with your own questions, channel catalogue and organisation profile (default: the "
        "folder in SOMPLAN_QUESTIONS, otherwise the shipped ones).",
    ),
    "help.validate": (
        "Kontrollera frågeflöde, kanalkatalog och organisationsprofil och visa varje fel med "
        "fil:rad:kolumn. Utan sökväg kontrolleras det medföljande innehållet.",
        "Check the question flow, channel catalogue and organisation profile and show every "
        "problem as file:line:column. Without a path, the shipped content is checked.",
    ),
    "help.validate-epilog": (
        "Exempel: somplan validate questions/ --format github. Slutkod 0 om allt är giltigt, "
        "1 om problem hittades.",
        "Example: somplan validate questions/ --format github. Exit code 0 when everything is "
        "valid, 1 when problems were found.",
    ),
    "help.validate-paths": (
        "Filer eller mappar att kontrollera (en mapp: alla YAML-filer i den; utan: mappen i "
        "SOMPLAN_QUESTIONS, annars de medföljande).",
        "Files or folders to check (a folder: every YAML file in it; none: the folder in "
        "SOMPLAN_QUESTIONS, otherwise the shipped ones).",
    ),
    "help.validate-format": (
        "Utdata: text för människor, github för GitHub Actions-anteckningar, json för program.",
        "Output: text for people, github for GitHub Actions annotations, json for programs.",
    ),
    "help.schema": (
        "Skriv JSON-schemat för innehållsfilerna, för redigerare med yaml-language-server.",
        "Write the JSON Schema of the content files, for editors with yaml-language-server.",
    ),
    "help.schema-epilog": (
        "Exempel: somplan schema -o docs/schema/somplan.schema.json",
        "Example: somplan schema -o docs/schema/somplan.schema.json",
    ),
    "help.format-default": ("Standard: {default}.", "Default: {default}."),
    "help.format-default-output": (
        "Standard: {default}, eller det format som filändelsen i -o anger (.md, .json, .csv, "
        ".html, .pdf).",
        "Default: {default}, or the format the ending of the -o file names (.md, .json, .csv, "
        ".html, .pdf).",
    ),
    "help.output": (
        "Skriv till den här filen i stället för till skärmen.",
        "Write to this file instead of the screen.",
    ),
    "docs.cli-title": ("Kommandoreferens", "Command reference"),
    "docs.cli-generated": (
        "Den här sidan genereras från programmet (python -m somplan.cli_reference sv); ändra den inte för hand.",
        "This page is generated from the program (python -m somplan.cli_reference en); do not edit it by hand.",
    ),
    "docs.param": ("Argument/flagga", "Argument/option"),
    "docs.meaning": ("Betydelse", "Meaning"),
    "help.summary": (
        "En tabell över många svarsfiler: verksamhet, utlåtande, två bästa kanaler, hinder, om "
        "utlåtandet är preliminärt, när filen ändrades, när planen ska följas upp och vad den "
        "senaste uppföljningen föreslog (uppföljningsfiler bland filerna räknas med). "
        "Innehållet läses en gång.",
        "One table over many answers files: unit, verdict, two best channels, blockers, whether "
        "the verdict is provisional, when the file was updated, when the plan's follow-up is "
        "due and what the latest follow-up recommended (follow-up files among the files are "
        "counted). The content is read once.",
    ),
    "help.summary-epilog": (
        "Exempel: somplan summary planer/ --sort level --format csv > sammanställning.csv. "
        "Slutkod 1 om någon fil inte gick att läsa (de andra sammanställs ändå).",
        "Example: somplan summary plans/ --sort level --format csv > summary.csv. Exit code 1 "
        "if any file could not be read (the others are still summarised).",
    ),
    "help.summary-paths": (
        "Svarsfiler eller mappar med svarsfiler (utan sökväg: mappen där somplan start sparar).",
        "Answers files, or folders of answers files (none: the folder somplan start saves in).",
    ),
    "help.summary-format": (
        "Utdata: rich (tabell i terminalen), markdown, json, csv eller html (med diagram).",
        "Output: rich (a table in the terminal), markdown, json, csv or html (with charts).",
    ),
    "help.summary-sort": (
        "Sortera efter file, unit, level eller updated.",
        "Sort by file, unit, level or updated.",
    ),
    "summary.title": (
        "Sammanställning av {count} {count:plan|planer}",
        "Summary of {count} {count:plan|plans}",
    ),
    "summary.progress": ("Läser svarsfiler", "Reading answers files"),
    "summary.failed": (
        "{failed} av {total} {total:fil|filer} kunde inte läsas (se ovan).",
        "{failed} of {total} {total:file|files} could not be read (see above).",
    ),
    "summary.col.file": ("Fil", "File"),
    "summary.col.unit": ("Verksamhet", "Unit"),
    "summary.col.level": ("Utlåtande", "Verdict"),
    "summary.col.top": ("Bästa kanaler", "Best channels"),
    "summary.col.blockers": ("Hinder", "Blockers"),
    "summary.col.provisional": ("Preliminärt", "Provisional"),
    "summary.col.updated": ("Ändrad", "Updated"),
    "summary.level.ready": ("Redo", "Ready"),
    "summary.level.ready_with_conditions": ("Redo, med villkor", "Ready, with conditions"),
    "summary.level.not_ready": ("Inte redo än", "Not ready yet"),
    "summary.level.not_social_media": ("Inte sociala medier", "Not social media"),
    "help.diff": (
        "Jämför två svarsfiler för samma verksamhet: vilka svar som lagts till, tagits bort eller "
        "ändrats, och vad det gjorde med utlåtandet, dimensionerna och kanalordningen. En plan "
        "och dess uppföljning jämförs som ”planen och i dag”: vad planen lovade och vad "
        "uppföljningen fann. En plan med --since-decision jämförs med svaren som beslutet togs "
        "på.",
        "Compare two answers files of the same unit: answers added, removed or changed, and what "
        "that did to the verdict, the dimensions and the channel ranking. A plan and its "
        'follow-up are compared as "the plan and today": what the plan promised and what the '
        "follow-up found. One plan with --since-decision is compared with the answers its "
        "decision was taken on.",
    ),
    "help.diff-epilog": (
        "Exempel: somplan diff biblioteket-mars.yaml biblioteket-oktober.yaml --format markdown",
        "Example: somplan diff library-march.yaml library-october.yaml --format markdown",
    ),
    "help.diff-old": ("Den äldre svarsfilen.", "The older answers file."),
    "help.diff-new": (
        "Den nyare svarsfilen (utelämnas med --since-decision).",
        "The newer answers file (left out with --since-decision).",
    ),
    "help.diff-format": (
        "Utdata: rich (terminalen), markdown eller json.",
        "Output: rich (the terminal), markdown or json.",
    ),
    "diff.title": ("Ändringar från {old} till {new}", "Changes from {old} to {new}"),
    "diff.verdict": ("Utlåtande: {old} → {new}", "Verdict: {old} → {new}"),
    "diff.no-answer-changes": ("Inga svar har ändrats.", "No answers have changed."),
    "diff.answer-added": ("+ {question}", "+ {question}"),
    "diff.answer-removed": ("− {question}", "− {question}"),
    "diff.answer-changed": ("~ {question}", "~ {question}"),
    "diff.dimensions": ("Hur redo ni är", "How ready you are"),
    "diff.score": ("{name}: {old} → {new}", "{name}: {old} → {new}"),
    "diff.channels": ("Kanaler (plats, poäng)", "Channels (rank, score)"),
    "diff.channel": (
        "{name}: plats {old_rank} → {new_rank}, {old} → {new} poäng",
        "{name}: rank {old_rank} → {new_rank}, {old} → {new} points",
    ),
    "schema.written": ("Schemat skrevs till {path}.", "The schema was written to {path}."),
    "validate.summary-ok": (
        "Inga problem: {checked} {checked:fil kontrollerad|filer kontrollerade}.",
        "No problems: {checked} {checked:file|files} checked.",
    ),
    "validate.summary-bad": (
        "{problems} problem i {files} av {checked} {checked:fil|filer}.",
        "{problems} {problems:problem|problems} in {files} of {checked} {checked:file|files}.",
    ),
    "interrupted": ("Avbrutet.", "Interrupted."),
    "crash": (
        "Ett internt fel uppstod i somplan. Rapportera det gärna och bifoga loggfilen {log} "
        "(kör med SOMPLAN_DEBUG=1 för att se detaljerna direkt).",
        "An internal error occurred in somplan. Please report it and attach the log file {log} "
        "(run with SOMPLAN_DEBUG=1 to see the details directly).",
    ),
    # --- writing files ------------------------------------------------------------------------------
    "write.failed": (
        "Kunde inte skriva {path}: {reason}",
        "Could not write {path}: {reason}",
    ),
    "write.disk-full": (
        "disken är full. Frigör utrymme eller välj en annan plats.",
        "the disk is full. Free some space or choose another place.",
    ),
    "write.no-permission": (
        "behörighet saknas. Välj en mapp där du får skriva.",
        "permission denied. Choose a folder you may write to.",
    ),
    "write.read-only": (
        "platsen är skrivskyddad. Välj en annan mapp.",
        "the place is read-only. Choose another folder.",
    ),
    "write.no-folder": (
        "mappen finns inte. Skapa den eller välj en befintlig mapp.",
        "the folder does not exist. Create it or choose an existing folder.",
    ),
    "write.is-folder": (
        "sökvägen är en mapp. Ange ett filnamn.",
        "the path is a folder. Give a file name.",
    ),
    "write.other": ("{detail}.", "{detail}."),
    "write.changed-elsewhere": (
        "ett annat program har ändrat filen sedan den lästes in, så den skrivs inte över",
        "another program has changed the file since it was read, so it is not overwritten",
    ),
    # --- answers files ----------------------------------------------------------------------------
    "answers.header": (
        "somplan-svarsfil. Visa resultatet: somplan report FIL. Ändra svaren: somplan start --answers FIL. "
        "somplan skriver om filen när den sparar: egna kommentarer behålls inte.",
        "somplan answers file. Show the result: somplan report FILE. Revise: somplan start --answers FILE. "
        "somplan rewrites the file when it saves: comments of your own are not kept.",
    ),
    "problem.not-answers": (
        "Det här är ingen svarsfil ('kind: answers' saknas; hittade '{value}'). Ange en fil som "
        "somplan start har sparat.",
        "This is not an answers file ('kind: answers' is missing; found '{value}'). Give a file "
        "saved by somplan start.",
    ),
    "problem.answers-other-flow": (
        "Svarsfilen hör till flödet '{found}', men det installerade flödet är '{expected}'. "
        "Använd samma frågor som svaren gavs till (--questions MAPP).",
        "The answers file belongs to the flow '{found}', but the installed flow is '{expected}'. "
        "Use the questions the answers were given to (--questions FOLDER).",
    ),
    "problem.answers-newer-format": (
        "Svarsfilen är skriven av en nyare somplan (filformat {found}; den här versionen kan "
        "läsa format {known}). Uppdatera somplan: pip install --upgrade somplan.",
        "The answers file was written by a newer somplan (file format {found}; this version "
        "reads format {known}). Upgrade somplan: pip install --upgrade somplan.",
    ),
    "problem.answers-newer-flow": (
        "Svarsfilen gjordes med version {found} av flödet, men den installerade versionen är "
        "{installed}. Uppdatera somplan eller frågorna.",
        "The answers file was made with version {found} of the flow, but the installed version "
        "is {installed}. Update somplan or the questions.",
    ),
    "problem.answers-unknown-question": (
        "Frågan '{id}' finns inte i flödet. Ta bort raden eller rätta id:t.",
        "The question '{id}' does not exist in the flow. Remove the line or correct the id.",
    ),
    "problem.answers-invalid": (
        "Svaret på '{id}' är ogiltigt: {reason} Rätta värdet eller svara om med {command}",
        "The answer to '{id}' is invalid: {reason} Correct the value or answer again with "
        "{command}",
    ),
    # --- the wizard -------------------------------------------------------------------------------
    "answer.none": ("(inget svar)", "(no answer)"),
    "answer.yes": ("Ja", "Yes"),
    "answer.no": ("Nej", "No"),
    "wizard.section": ("Del {number} av {count}: {title}", "Part {number} of {count}: {title}"),
    "wizard.progress-last": (
        "Fråga {number} · den sista, sedan ser du alla svar",
        "Question {number} · the last one, then you see all answers",
    ),
    "wizard.progress": (
        "Fråga {number} · ungefär {remaining} kvar efter den här",
        "Question {number} · about {remaining} left after this one",
    ),
    "wizard.hint-select": ("piltangenter och Enter", "arrow keys and Enter"),
    "wizard.hint-checkbox": (
        "mellanslag markerar, Enter går vidare",
        "space selects, Enter continues",
    ),
    "wizard.hint-text": ("skriv och tryck Enter", "type and press Enter"),
    "wizard.hint-number": ("skriv ett tal och tryck Enter", "type a number and press Enter"),
    "wizard.hint-back": ("Ctrl-B backar", "Ctrl-B goes back"),
    "wizard.back-choice": ("← Tillbaka", "← Back"),
    "wizard.skip-choice": ("(hoppa över)", "(skip)"),
    "wizard.at-first": (
        "Det här är första frågan; det finns ingen före.",
        "This is the first question; there is none before it.",
    ),
    "wizard.review-title": ("Dina svar", "Your answers"),
    "wizard.review-question": (
        "Stämmer svaren? Välj ett svar för att ändra det, eller bekräfta.",
        "Are the answers right? Pick one to change it, or confirm.",
    ),
    "wizard.review-confirm": (
        "✔ Bekräfta svaren och visa resultatet",
        "✔ Confirm the answers and show the result",
    ),
    "wizard.review-change": ("Ändra: {question}", "Change: {question}"),
    "wizard.unit-question": (
        "Vilken verksamhet gäller planen? Namnet visas i rapporten och i kommunikatörernas "
        "sammanställning (Enter hoppar över).",
        "Which unit is the plan for? The name is shown in the report and in the communicators' "
        "summary (Enter skips).",
    ),
    "wizard.resume-offer": (
        "Du har en påbörjad plan, senast ändrad {updated} ({answered}). Fortsätta där du slutade?",
        "You have an unfinished plan, last changed {updated} ({answered}). Continue where you left off?",
    ),
    "wizard.interrupted": (
        "Avbrutet. Dina svar hittills är sparade i {path}. Fortsätt med:\nsomplan start --answers {path}",
        "Interrupted. Your answers so far are saved in {path}. Continue with:\nsomplan start --answers {path}",
    ),
    "wizard.no-terminal": (
        "Guiden behöver en terminal att fråga i; för sparade svar, kör somplan report FIL.",
        "The wizard needs a terminal to ask in; for saved answers, run somplan report FILE.",
    ),
    "wizard.save-nowhere": (
        "Svaren kunde inte sparas någonstans. Här är de; kopiera texten nedan till en fil och "
        "fortsätt med somplan start --answers FIL.",
        "The answers could not be saved anywhere. Here they are: copy the text below into a file "
        "and continue with somplan start --answers FILE.",
    ),
    "wizard.done-elsewhere": (
        "Klart! Svaren är sparade i {path}, inte i {chosen} som inte gick att skriva. Flytta "
        "filen dit du vill ha den.",
        "Done! The answers are saved in {path}, not in {chosen}, which could not be written. Move "
        "the file where you want it.",
    ),
    "wizard.save-fallback": (
        "Kunde inte spara i {path} ({reason}). Svaren sparas i stället i {fallback}.",
        "Could not save to {path} ({reason}). The answers are saved in {fallback} instead.",
    ),
    "wizard.done": (
        "Klart! Svaren är sparade i {path}. Visa resultatet igen med:\nsomplan report {path}",
        "Done! The answers are saved in {path}. Show the result again with:\nsomplan report {path}",
    ),
}
