"""Messages of the account's record: `somplan decide`, the decision and the account's state as
every output shows them, and the problems of the proposal and decision blocks in a plan file."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- the command's help ------------------------------------------------------------------------
    "help.decide": (
        "Skriv in chefens beslut om planen i planfilen: utfall, vem som beslutade, datum, "
        "diarienummer, villkor. Eller anteckna att kontot har öppnats (--opened) eller stängts "
        "(--closed).",
        "Record the manager's decision on the plan in the plan file: outcome, who decided, date, "
        "reference number, conditions. Or record that the account was opened (--opened) or "
        "closed (--closed).",
    ),
    "help.decide-epilog": (
        "Utan flaggor, i en terminal, frågar somplan efter det som saknas. Beslutet binds till "
        "svaren det fattades på: ändras ett svar efteråt säger varje rapport att beslutet gäller "
        "en tidigare version av svaren. Ett nytt beslut ersätter det gamla, som sparas i filens "
        "historik. Slutkoder: 0 sparat, 2 fel flagga eller ingen terminal, 3 planen är inte klar "
        "eller filen är ogiltig, 4 filen kunde inte skrivas.",
        "Without flags, in a terminal, somplan asks for what is missing. The decision is bound to "
        "the answers it was taken on: if an answer changes afterwards, every report says the "
        "decision applies to an earlier version of the answers. A new decision replaces the old "
        "one, which is kept in the file's history. Exit codes: 0 saved, 2 wrong option or no "
        "terminal, 3 the plan is not complete or the file is invalid, 4 the file could not be "
        "written.",
    ),
    "help.decide-plan": ("Planfilen (svarsfilen) som beslutet gäller.", "The plan (answers) file."),
    "help.decide-outcome": ("Beslutets utfall.", "The decision's outcome."),
    "help.decide-by-name": (
        "Namnet på den som beslutade (valfritt).",
        "The name of the person who decided (optional).",
    ),
    "help.decide-by-role": (
        "Rollen för den som beslutade, t.ex. enhetschef.",
        "The role of the person who decided, e.g. head of unit.",
    ),
    "help.decide-date": (
        "Beslutets datum (ÅÅÅÅ-MM-DD); i dag om det saknas. Med --opened: dagen kontot öppnades.",
        "The decision's date (YYYY-MM-DD); today if left out. With --opened: the day the account "
        "was opened.",
    ),
    "help.decide-reference": ("Diarienummer (fri text).", "Reference number (free text)."),
    "help.decide-condition": (
        "Ett villkor för beslutet; kan anges flera gånger. Utan flaggan gäller utlåtandets "
        "villkor när beslutet är att godkänna.",
        "A condition of the decision; may be given more than once. Without it, an approval "
        "carries the verdict's conditions.",
    ),
    "help.decide-note": ("En anteckning till beslutet.", "A note to the decision."),
    "help.decide-allow-incomplete": (
        "Besluta även om planen inte är klar (det syns sedan i rapporten).",
        "Decide even though the plan is not complete (the report then says so).",
    ),
    "help.decide-opened": (
        "Kontots adress (https://…): anteckna att kontot har öppnats.",
        "The account's address (https://…): record that the account was opened.",
    ),
    "help.decide-closed": (
        "Anteckna att kontot stängdes den dagen (ÅÅÅÅ-MM-DD).",
        "Record that the account was closed on that day (YYYY-MM-DD).",
    ),
    # --- outcomes and states ---------------------------------------------------------------------
    "decision.outcome.approved": ("Godkänt", "Approved"),
    "decision.outcome.approved_with_conditions": (
        "Godkänt med villkor",
        "Approved with conditions",
    ),
    "decision.outcome.declined": ("Avslaget", "Declined"),
    "decision.outcome.sent_back": ("Återremitterat", "Sent back"),
    "decision.state.draft": ("Utkast", "Draft"),
    "decision.state.proposed": ("Föreslaget", "Proposed"),
    "decision.state.decided": ("Beslutat", "Decided"),
    "decision.state.opened": ("Öppnat", "Opened"),
    "decision.state.closing": ("Ska stängas", "Closing"),
    "decision.state.closed": ("Stängt", "Closed"),
    # --- what the outputs show -------------------------------------------------------------------
    "decision.label": ("Beslut", "Decision"),
    "decision.none": ("Inget beslut ännu ({state})", "No decision yet ({state})"),
    "decision.value": ("{outcome} {date} av {role}", "{outcome} on {date} by {role}"),
    "decision.reference": ("dnr {reference}", "ref. {reference}"),
    "decision.earlier": (
        "OBS: beslutet gäller en tidigare version av svaren",
        "NOTE: the decision applies to an earlier version of the answers",
    ),
    "decision.incomplete": (
        "fattat på en plan som inte var klar",
        "taken on a plan that was not complete",
    ),
    "decision.opened": ("kontot öppnat {date}: {url}", "account opened {date}: {url}"),
    "decision.closed": ("kontot stängt {date}", "account closed {date}"),
    "decision.earlier-mark": ("äldre svar", "earlier answers"),
    # --- `somplan decide` ------------------------------------------------------------------------
    "decide.ask-outcome": ("Vad blev beslutet?", "What was decided?"),
    "decide.ask-by-role": (
        "Vilken roll har den som beslutade (t.ex. enhetschef)?",
        "What is the role of the person who decided (e.g. head of unit)?",
    ),
    "decide.ask-by-name": (
        "Namnet på den som beslutade (valfritt):",
        "The name of the person who decided (optional):",
    ),
    "decide.ask-date": ("Beslutets datum (ÅÅÅÅ-MM-DD):", "The decision's date (YYYY-MM-DD):"),
    "decide.ask-reference": ("Diarienummer (valfritt):", "Reference number (optional):"),
    "decide.ask-keep-conditions": (
        "Utlåtandets villkor följer med beslutet: {conditions}. Behålla dem?",
        "The verdict's conditions go with the decision: {conditions}. Keep them?",
    ),
    "decide.ask-condition": (
        "Ett villkor för beslutet (lämna tomt när du är klar):",
        "A condition of the decision (leave empty when done):",
    ),
    "decide.ask-note": ("En anteckning (valfri):", "A note (optional):"),
    "decide.needs": (
        "Beslutet saknar {options}, och här finns ingen terminal att fråga i. Ange det med "
        "flaggorna, t.ex. somplan decide {path} --outcome approved --by-role Enhetschef.",
        "The decision lacks {options}, and there is no terminal to ask in. Give it with the "
        "options, e.g. somplan decide {path} --outcome approved --by-role 'Head of unit'.",
    ),
    "decide.incomplete": (
        "{path}: planen är inte klar (intervjun är inte avslutad eller frågor är obesvarade), så "
        "ett beslut skulle gälla ett utkast. Gör klart den med somplan start --answers {path}, "
        "eller besluta ändå med --allow-incomplete (det syns då i rapporten).",
        "{path}: the plan is not complete (the interview is not finished or questions are "
        "unanswered), so a decision would apply to a draft. Finish it with somplan start "
        "--answers {path}, or decide anyway with --allow-incomplete (the report then says so).",
    ),
    "decide.bad-date": (
        "{option} {value}: det är inget datum. Skriv det som ÅÅÅÅ-MM-DD, t.ex. 2027-01-15.",
        "{option} {value}: that is not a date. Write it as YYYY-MM-DD, e.g. 2027-01-15.",
    ),
    "decide.bad-url": (
        "--opened {value}: det är ingen webbadress. Ange kontots adress som börjar med https://.",
        "--opened {value}: that is not a web address. Give the account's address starting with "
        "https://.",
    ),
    "decide.too-long": (
        "{option}: texten är för lång ({length} tecken; högst {max}). Korta den.",
        "{option}: the text is too long ({length} characters; at most {max}). Shorten it.",
    ),
    "decide.empty": (
        "{option}: får inte vara tomt.",
        "{option}: must not be empty.",
    ),
    "decide.saved": (
        "Beslutet är sparat i {path}: {decision}.",
        "The decision is saved in {path}: {decision}.",
    ),
    "decide.replaced": (
        "Det tidigare beslutet ({decision}) finns kvar i filens historik.",
        "The earlier decision ({decision}) is kept in the file's history.",
    ),
    "decide.opened-saved": (
        "Kontots adress är sparad i {path}: {url} (öppnat {date}).",
        "The account's address is saved in {path}: {url} (opened {date}).",
    ),
    "decide.closed-saved": (
        "I {path} står nu att kontot stängdes {date}.",
        "{path} now says the account was closed on {date}.",
    ),
    "decide.opened-undecided": (
        "Obs: planen har inget beslut som godkänner ett konto.",
        "Note: the plan has no decision that approves an account.",
    ),
    # --- problems in a plan file's account blocks ------------------------------------------------
    "problem.not-a-day": (
        "'{value}' är inget datum. Skriv det som 'ÅÅÅÅ-MM-DD' (inom citattecken), t.ex. "
        "'2027-01-15'.",
        "'{value}' is not a date. Write it as 'YYYY-MM-DD' (in quotes), e.g. '2027-01-15'.",
    ),
    "problem.not-a-month": (
        "'{value}' är ingen månad. Skriv den som ÅÅÅÅ-MM, t.ex. 2027-02.",
        "'{value}' is not a month. Write it as YYYY-MM, e.g. 2027-02.",
    ),
    "problem.digest-format": (
        "'{value}' stämmer inte med någon version av svaren: en sammanfattning ser ut som "
        "sha256: och 64 tecken 0-9/a-f. Skriv in beslutet igen med somplan decide.",
        "'{value}' matches no version of the answers: a digest is sha256: followed by 64 "
        "characters 0-9/a-f. Record the decision again with somplan decide.",
    ),
    "problem.proposal-unknown-platform": (
        "Kanalen '{value}' finns inte i kanalkatalogen. Välj en av: {known}.",
        "The channel '{value}' is not in the channel catalogue. Choose one of: {known}.",
    ),
    "problem.proposal-other-unnamed": (
        "En annan kanal (platform: other) behöver sitt namn i other_channel.",
        "Another channel (platform: other) needs its name in other_channel.",
    ),
    # --- the proposal's questions (questions/proposal.yaml) --------------------------------------
    "problem.choices-from-not-here": (
        "choices_from går bara att använda på frågan channels i förslaget (kind: proposal): "
        "rangordningen finns först när bedömningen är klar. Ta bort raden.",
        "choices_from can only be used on the channels question of the proposal (kind: "
        "proposal): the ranking exists only once the assessment is done. Remove the line.",
    ),
    "problem.proposal-field": (
        "'{value}' är ingen uppgift i förslaget. Frågornas id är uppgifterna de fyller i: {fields}.",
        "'{value}' is not a field of the proposal. The questions' ids are the fields they fill "
        "in: {fields}.",
    ),
    "problem.proposal-no-when": (
        "Förslagets frågor ställs i en fast ordning; when går inte att använda här. Ta bort raden.",
        "The proposal's questions are asked in a fixed order; when cannot be used here. Remove "
        "the line.",
    ),
    "problem.proposal-channels-kind": (
        "Frågan channels ska vara kind: multi eller kind: single.",
        "The channels question must be kind: multi or kind: single.",
    ),
    "problem.proposal-channels-ranking": (
        "Frågan channels ska ha choices_from: ranking, så att kanalerna visas som de rangordnades.",
        "The channels question needs choices_from: ranking, so that the channels are shown as "
        "they were ranked.",
    ),
    "problem.proposal-field-kind": (
        "Frågan {id} ska vara kind: {kind}.",
        "The question {id} must be kind: {kind}.",
    ),
    "problem.proposal-field-max": (
        "Frågan {id} tar emot högst {max} tecken i planfilen; sätt validation: {{max: {max}}} "
        "eller lägre.",
        "The question {id} can take at most {max} characters in the plan file; set "
        "validation: {{max: {max}}} or lower.",
    ),
    "problem.proposal-channels-missing": (
        "Förslaget saknar frågan channels (vilka konton verksamheten föreslår).",
        "The proposal lacks the channels question (which accounts the unit proposes).",
    ),
    # --- the proposal in `somplan start` -------------------------------------------------------
    "proposal.ask-now": (
        "Vill ni skriva in ert förslag nu: vilket konto, vem som ansvarar och när ni startar?",
        "Do you want to write your proposal now: which account, who is responsible and when you "
        "start?",
    ),
    "proposal.choice": ("{name} · {score} av 100 · {fit}", "{name} · {score} of 100 · {fit}"),
    "proposal.fits": ("passar", "fits"),
    "proposal.fits-poorly": ("passar sämre", "fits poorly"),
    "proposal.not-a-day": (
        "{value} finns inte i kalendern. Skriv ett datum som finns, till exempel 2027-09-01.",
        "{value} is not in the calendar. Give a date that exists, for example 2027-09-01.",
    ),
    "proposal.saved": (
        "Förslaget är sparat i planen. Chefen skriver in sitt beslut med somplan decide {path}.",
        "The proposal is saved in the plan. The manager records the decision with somplan "
        "decide {path}.",
    ),
    "proposal.later": (
        "Inget förslag nu. Skriv det senare med somplan start --answers {path}.",
        "No proposal now. Write it later with somplan start --answers {path}.",
    ),
}
