"""Messages of `somplan register`: the register of accounts and the public list."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- the command's help ------------------------------------------------------------------------
    "help.register": (
        "Kontoregistret: en rad per föreslaget eller befintligt konto i planfilerna — plattform, "
        "kontonamn och adress, verksamhet, ansvarigs och ersättares roller, läge, beslut, nästa "
        "uppföljning och den senaste uppföljningens förslag. Med --public: listan som kommunen "
        "publicerar.",
        "The register of accounts: one row per proposed or existing account in the plan files — "
        "platform, account name and address, unit, the responsible and substitute roles, state, "
        "decision, next follow-up and the latest follow-up's recommendation. With --public: the "
        "list the municipality publishes.",
    ),
    "help.register-epilog": (
        "Registret räknas fram ur filerna varje gång; det sparas inte någon annanstans. "
        "Exempel: somplan register planer/ --public --format html -o konton.html. "
        "Slutkod 1 om någon fil inte gick att läsa (de andra tas ändå med).",
        "The register is derived from the files every time; it is not stored anywhere else. "
        "Example: somplan register plans/ --public --format html -o accounts.html. "
        "Exit code 1 if any file could not be read (the others are still listed).",
    ),
    "help.register-paths": (
        "Planfiler eller mappar med planfiler (utan sökväg: mappen där somplan start sparar). "
        "Uppföljningsfiler bland dem räknas med.",
        "Plan files, or folders of plan files (none: the folder somplan start saves in). "
        "Follow-up files among them are counted.",
    ),
    "help.register-format": (
        "Utdata: rich (tabell i terminalen), markdown, json, csv eller html (med antal per läge "
        "och plattform).",
        "Output: rich (a table in the terminal), markdown, json, csv or html (with counts per "
        "state and platform).",
    ),
    "help.register-state": (
        "Visa bara konton i det här läget (kan anges flera gånger): draft, proposed, decided, "
        "opened, followed_up, closing, closed.",
        "Show only accounts in this state (may be given more than once): draft, proposed, "
        "decided, opened, followed_up, closing, closed.",
    ),
    "help.register-due": (
        "Visa bara konton vars uppföljning snart ska göras eller är försenad.",
        "Show only accounts whose follow-up is due soon or overdue.",
    ),
    "help.register-public": (
        "Den publika listan: bara öppnade konton som inte är stängda, med plattform, kontonamn, "
        "länk och verksamhet — inga namn, roller eller interna uppgifter.",
        "The public list: only opened accounts that are not closed, with platform, account name, "
        "link and unit — no names, roles or internal details.",
    ),
    # --- the register ------------------------------------------------------------------------------
    "register.title": ("Kontoregister", "Register of accounts"),
    "register.title-n": (
        "Kontoregister: {count} {count:konto|konton}",
        "Register of accounts: {count} {count:account|accounts}",
    ),
    "register.intro": (
        "{count} {count:konto|konton}, räknade ur planfilerna och deras uppföljningar.",
        "{count} {count:account|accounts}, derived from the plan files and their follow-ups.",
    ),
    "register.accounts": ("Konton", "Accounts"),
    "register.none": ("Inga konton att visa.", "No accounts to show."),
    "register.col.unit": ("Verksamhet", "Unit"),
    "register.col.account": ("Konto", "Account"),
    "register.col.roles": ("Roller", "Roles"),
    "register.col.state": ("Läge", "State"),
    "register.col.decision": ("Beslut", "Decision"),
    "register.col.next": ("Nästa uppföljning", "Next follow-up"),
    "register.col.last": ("Senaste uppföljning", "Latest follow-up"),
    "register.col.url": ("Adress", "Address"),
    "register.col.file": ("Fil", "File"),
    "register.responsible": ("Ansvarig: {role}", "Responsible: {role}"),
    "register.substitute": ("Ersättare: {role}", "Substitute: {role}"),
    "register.no-platform": ("(ingen kanal föreslagen)", "(no channel proposed)"),
    "register.state.draft": ("Utkast", "Draft"),
    "register.state.proposed": ("Föreslaget", "Proposed"),
    "register.state.decided": ("Beslutat", "Decided"),
    "register.state.opened": ("Öppnat", "Opened"),
    "register.state.followed_up": ("Uppföljt", "Followed up"),
    "register.state.closing": ("Ska stängas", "Closing"),
    "register.state.closed": ("Stängt", "Closed"),
    "register.narrow": (
        "Utelämnat för att få plats: {columns}. De finns i --format markdown, csv och json, "
        "eller i ett bredare fönster.",
        "Left out to fit: {columns}. They are in --format markdown, csv and json, or in a wider "
        "window.",
    ),
    "register.counts": ("Antal", "Counts"),
    "register.by-state": ("Konton per läge", "Accounts per state"),
    "register.by-platform": ("Konton per plattform", "Accounts per platform"),
    # --- the public list ---------------------------------------------------------------------------
    "register.public-title": ("Kommunens konton i sociala medier", "The municipality's accounts"),
    "register.public-intro": (
        "{count} {count:öppet konto|öppna konton}.",
        "{count} open {count:account|accounts}.",
    ),
    "register.public-accounts": ("Konton", "Accounts"),
    "register.public-none": ("Inga öppna konton.", "No open accounts."),
    "register.public-col.platform": ("Plattform", "Platform"),
    "register.public-col.account_name": ("Konto", "Account"),
    "register.public-col.url": ("Länk", "Link"),
    "register.public-col.unit": ("Verksamhet", "Unit"),
}
