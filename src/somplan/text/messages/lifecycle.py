"""Messages of the account's lifecycle after the decision: the follow-up that names the account and
carries the plan's blockers and conditions, the account's address asked by the follow-up, closing,
and `somplan diff --since-decision`."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- somplan diff --since-decision -----------------------------------------------------------
    "help.diff-since-decision": (
        "Jämför planen med svaren som beslutet togs på: vilka svar som har ändrats sedan "
        "beslutet (ange bara planfilen).",
        "Compare the plan with the answers its decision was taken on: which answers have changed "
        "since the decision (give the plan file only).",
    ),
    "diff.needs-two": (
        "Ange två svarsfiler (den äldre och den nyare), eller en planfil och --since-decision.",
        "Give two answers files (the older and the newer), or one plan file and --since-decision.",
    ),
    "since-decision.one-file": (
        "--since-decision jämför en plan med sitt eget beslut: ange bara planfilen.",
        "--since-decision compares a plan with its own decision: give the plan file only.",
    ),
    "since-decision.no-decision": (
        "{path} har inget beslut att jämföra med. Skriv in beslutet med somplan decide {path}.",
        "{path} has no decision to compare with. Record the decision with somplan decide {path}.",
    ),
    "since-decision.no-copy": (
        "{path}: beslutet från {date} sparades av en tidigare version av somplan, utan en kopia "
        "av svaren det togs på, så det går inte att visa vad som har ändrats sedan dess (bara "
        "att något har ändrats). Jämför med en sparad kopia av planen: somplan diff GAMMAL {path}. "
        "Nästa beslut som skrivs in med somplan decide sparar kopian.",
        "{path}: the decision of {date} was recorded by an earlier version of somplan, without a "
        "copy of the answers it was taken on, so what changed since cannot be shown (only that "
        "something did). Compare with a saved copy of the plan: somplan diff OLD {path}. The "
        "next decision recorded with somplan decide keeps the copy.",
    ),
    "since-decision.copy-differs": (
        "{path}: kopian av svaren i beslutet från {date} stämmer inte med beslutets "
        "kontrollsumma (answers_digest); den har ändrats för hand. Den används inte. Skriv in "
        "beslutet igen med somplan decide {path}, eller jämför med en sparad kopia av planen.",
        "{path}: the copy of the answers in the decision of {date} does not match the "
        "decision's digest (answers_digest); it has been edited by hand. It is not used. Record "
        "the decision again with somplan decide {path}, or compare with a saved copy of the plan.",
    ),
    "since-decision.title": (
        "Ändringar i {path} sedan beslutet {date}{reference}",
        "Changes in {path} since the decision of {date}{reference}",
    ),
    "since-decision.proposal-changed": (
        "Förslaget (kanal, konto, ansvariga, start) har också ändrats sedan beslutet.",
        "The proposal (channel, account, people responsible, start) has changed since the "
        "decision too.",
    ),
    # --- the account a follow-up follows --------------------------------------------------------
    "followup.account": ("Konto: {account}", "Account: {account}"),
    "followup-doc.label-account": ("Konto", "Account"),
    "followup.account-platform-unknown": (
        "(ingen kanal föreslagen i planen)",
        "(no channel proposed in the plan)",
    ),
    "followup.following": (
        "Ni följer upp kontot {account}.",
        "You are following up the account {account}.",
    ),
    "followup.following-none": (
        "Planen föreslår inget konto och har ingen kontoadress; uppföljningen gäller det konto "
        "ni har öppnat enligt planen.",
        "The plan proposes no account and has no account address; the follow-up is of the "
        "account you opened under the plan.",
    ),
    # --- the plan's blockers and conditions in the follow-up ------------------------------------
    "followup-items.intro": (
        "Planens bedömning och beslut hade {count} hinder eller villkor. Först: är vart och ett "
        "av dem löst nu?",
        "The plan's assessment and decision had {count} blockers or conditions. First: is each "
        "of them solved now?",
    ),
    "followup-items.ask": (
        "{kind}: {text} – är det löst nu?",
        "{kind}: {text} – is it solved now?",
    ),
    "followup-items.heading": ("Planens hinder och villkor", "The plan's blockers and conditions"),
    "followup-items.kind-blocker": ("Hinder", "Blocker"),
    "followup-items.kind-condition": ("Villkor", "Condition"),
    "followup-items.kind-decision": ("Villkor i beslutet", "Condition of the decision"),
    "followup-items.state-resolved": ("Löst", "Solved"),
    "followup-items.state-open": ("Inte löst", "Not solved"),
    "followup-items.state-unknown": ("Vet inte", "Not known"),
    "followup-items.answer-resolved": ("Ja, det är löst", "Yes, it is solved"),
    "followup-items.answer-open": ("Nej, inte än", "No, not yet"),
    "followup-items.answer-unknown": ("Vet inte", "Don't know"),
    "followup-items.col-item": ("Hinder eller villkor", "Blocker or condition"),
    "followup-items.col-kind": ("Slag", "Kind"),
    "followup-items.col-state": ("Läge", "State"),
    "followup-items.derived": (
        "Uppföljningen frågade inte om vart och ett; läget kommer från svaret om planens hinder "
        "och villkor i stort.",
        "The follow-up did not ask about each one; the state comes from the answer about the "
        "plan's blockers and conditions as a whole.",
    ),
    "followup-items.reason": (
        "{count} av planens villkor är inte lösta, eller ni vet inte om de är det.",
        "{count} of the plan's conditions are not solved, or you don't know whether they are.",
    ),
    "followup-items.reason-blockers": (
        "{count} av planens hinder och villkor är inte lösta, eller ni vet inte om de är det – "
        "bland dem minst ett hinder.",
        "{count} of the plan's blockers and conditions are not solved, or you don't know whether "
        "they are – among them at least one blocker.",
    ),
    "followup-items.remedy": (
        "Gå igenom listan över planens hinder och villkor: lös det som återstår, eller stäng "
        "kontot tills hindren är lösta, och berätta för den som beslutade om kontot.",
        "Go through the list of the plan's blockers and conditions: solve what remains, or close "
        "the account until the blockers are solved, and tell whoever decided on the account.",
    ),
    # --- the account's address, asked by a follow-up -------------------------------------------
    "followup-opened.intro": (
        "Kontot är godkänt, men planfilen säger inte var det finns. Skriv in kontots adress, så "
        "sparas den i planen (lämna tomt om kontot inte är öppnat än).",
        "The account is approved, but the plan file does not say where it is. Type the "
        "account's address and it is saved in the plan (leave it empty if the account is not "
        "open yet).",
    ),
    "followup-opened.ask": (
        "Kontots adress (https://…):",
        "The account's address (https://…):",
    ),
    "followup-opened.bad-url": (
        "{value} är ingen webbadress. Skriv adressen som börjar med https:// (eller http://), "
        "utan mellanslag.",
        "{value} is not a web address. Type the address starting with https:// (or http://), "
        "without spaces.",
    ),
    "followup-opened.later": (
        "Ingen adress sparad. Skriv in den när kontot är öppnat: somplan decide {path} --opened "
        "URL",
        "No address saved. Record it when the account is open: somplan decide {path} --opened URL",
    ),
    # --- closing -------------------------------------------------------------------------------
    "decide.closed-not-close": (
        "Obs: den senaste uppföljningen av planen ({path}) föreslog inte att avsluta kontot utan "
        "”{outcome}”. Kontot är ändå antecknat som stängt; stämmer det inte, ta bort raden "
        "closed i planfilen.",
        "Note: the plan's latest follow-up ({path}) did not recommend closing the account but "
        "“{outcome}”. The account is recorded as closed all the same; if that is wrong, remove "
        "the line closed from the plan file.",
    ),
    "decide.closed-no-followup": (
        "Obs: det finns ingen färdig uppföljning av planen i dess mapp som föreslår att avsluta "
        "kontot. Kontot är ändå antecknat som stängt; stämmer det inte, ta bort raden closed i "
        "planfilen.",
        "Note: there is no finished follow-up of the plan in its folder that recommends closing "
        "the account. The account is recorded as closed all the same; if that is wrong, remove "
        "the line closed from the plan file.",
    ),
}
