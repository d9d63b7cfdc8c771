"""Messages of `somplan profile`: the profile's "about" text and the comment rules, built from a
plan's answers, and the command around them (sv, en)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- the command's help ------------------------------------------------------------------------
    "help.profile": (
        "Profiltext och kommentarsregler att klistra in: för varje plattform i förslaget en "
        "beskrivning av kontot som ryms inom plattformens egen teckengräns, och regler för vad "
        "som tas bort och varför.",
        "Profile text and comment rules to paste: for each platform in the proposal a description "
        "of the account that fits the platform's own character limit, and rules on what is "
        "removed and why.",
    ),
    "help.profile-epilog": (
        "Utan förslag i planen gäller texterna de sociala kanaler som passar bäst. Exempel: "
        "somplan profile plan.yaml --platform instagram --format text. Slutkod 2 för en okänd "
        "plattform, 3 för en plan som inte går att läsa.",
        "Without a proposal in the plan the texts are for the social channels that fit best. "
        "Example: somplan profile plan.yaml --platform instagram --format text. Exit code 2 for "
        "an unknown platform, 3 for a plan that cannot be read.",
    ),
    "help.profile-plan": ("Planfilen (svarsfilen).", "The plan file (answers file)."),
    "help.profile-platform": (
        "Visa texten för den här plattformen (ett id i kanalkatalogen, till exempel instagram); "
        "kan anges flera gånger.",
        "Show the text for this platform (an id in the channel catalogue, for example "
        "instagram); may be given more than once.",
    ),
    "help.profile-format": (
        "Utdata: rich (i terminalen), text (bara texterna, för att klistra in), markdown, json "
        "eller html.",
        "Output: rich (in the terminal), text (the texts alone, for pasting), markdown, json or "
        "html.",
    ),
    "profile.written": (
        "Profiltexterna är sparade i {path}.",
        "The profile texts are saved in {path}.",
    ),
    "profile.unknown-platform": (
        "'{value}' är ingen plattform i kanalkatalogen. Välj en av: {known}.",
        "'{value}' is not a platform in the channel catalogue. Choose one of: {known}.",
    ),
    # --- checks of the catalogue --------------------------------------------------------------------
    "problem.profile-missing": (
        "Plattformen '{id}' saknar 'profile:' (profilfältets namn och teckengräns). Ange dem med "
        "källa, eller fältet med en 'note:' om att ingen gräns gick att hitta.",
        "The platform '{id}' has no 'profile:' (the profile field's name and character limit). "
        "Give them with a source, or the field with a 'note:' saying that no limit could be "
        "found.",
    ),
    "problem.profile-limit-unexplained": (
        "Profilfältet för '{id}' har ingen 'limit:' och ingen 'note:'. Ange gränsen med källa, "
        "eller skriv i 'note:' varför den saknas.",
        "The profile field of '{id}' has no 'limit:' and no 'note:'. Give the limit with a "
        "source, or say in 'note:' why there is none.",
    ),
    "problem.profile-limit-unsourced": (
        "Gränsen för '{id}' saknar källa. En teckengräns gissas aldrig: ange källan, eller ta "
        "bort gränsen och skriv varför i 'note:'.",
        "The limit of '{id}' has no source. A character limit is never guessed: name the "
        "source, or remove the limit and say why in 'note:'.",
    ),
    "problem.profile-source-lacks": (
        "Källan '{id}' för en teckengräns saknar {fields}. En läsare ska kunna kontrollera "
        "siffran: ange dem under källan i 'sources:'.",
        "The source '{id}' of a character limit lacks {fields}. A reader must be able to check "
        "the figure: give them under the source in 'sources:'.",
    ),
    # --- the output ---------------------------------------------------------------------------------
    "profile.title": ("Profiltext och kommentarsregler", "Profile text and comment rules"),
    "profile.for-unit": ("För {unit}", "For {unit}"),
    "profile.unit-missing": ("[verksamhetens namn]", "[the unit's name]"),
    "profile.basis.proposal": (
        "Texterna gäller plattformarna i förslaget.",
        "The texts are for the platforms in the proposal.",
    ),
    "profile.basis.ranking": (
        "Det finns inget förslag i planen ännu. Texterna gäller de sociala kanaler som passar er "
        "bäst; välj en annan plattform med --platform.",
        "The plan has no proposal yet. The texts are for the social channels that fit you best; "
        "choose another platform with --platform.",
    ),
    "profile.basis.chosen": (
        "Texterna gäller de valda plattformarna.",
        "The texts are for the chosen platforms.",
    ),
    "profile.none.no-account": (
        "Förslaget är att inte öppna något nytt konto nu. Välj en plattform med --platform för "
        "att ändå se en text.",
        "The proposal is to open no new account for now. Choose a platform with --platform to see "
        "a text anyway.",
    ),
    "profile.none.no-fit": (
        "Ingen social kanal passar er tillräckligt bra. Välj en plattform med --platform för att "
        "ändå se en text.",
        "No social channel fits you well enough. Choose a platform with --platform to see a text "
        "anyway.",
    ),
    "profile.other-skipped": (
        "{name}: en kanal utanför kanalkatalogen, så somplan har ingen profiltext för den.",
        "{name}: a channel outside the channel catalogue, so somplan has no profile text for it.",
    ),
    "profile.field": ("{platform}: {field}", "{platform}: {field}"),
    "profile.length": ("{count} av {limit} tecken", "{count} of {limit} characters"),
    "profile.length-unknown": (
        "{count} tecken (ingen källa anger gränsen)",
        "{count} characters (no source gives the limit)",
    ),
    "profile.short-note": (
        "Hela texten ryms inte i fältet. Här är en kort version; hela texten står i ett inlägg "
        "att fästa överst på kontot.",
        "The whole text does not fit the field. Here is a short version; the whole text is in a "
        "post to pin at the top of the account.",
    ),
    "profile.no-limit-note": (
        "Ingen källa anger hur långt fältet får vara på {platform}, så texten är den korta "
        "versionen och hela texten står i ett inlägg att fästa. Kontrollera längden när ni "
        "klistrar in.",
        "No source gives how long the field may be on {platform}, so the text is the short "
        "version and the whole text is in a post to pin. Check the length when you paste it.",
    ),
    "profile.pinned": ("Inlägg att fästa överst", "Post to pin at the top"),
    "profile.pinned-part": (
        "Inlägg att fästa överst, del {part} av {parts}",
        "Post to pin at the top, part {part} of {parts}",
    ),
    "profile.pinned-length": ("{count} av {limit} tecken", "{count} of {limit} characters"),
    "profile.pinned-length-free": ("{count} tecken", "{count} characters"),
    "profile.source": (
        "Källa för gränsen: {title}, {publisher} {year}, {url} (kontrollerad {checked})",
        "Source of the limit: {title}, {publisher} {year}, {url} (checked {checked})",
    ),
    "profile.source-note": ("Om källan: {note}", "About the source: {note}"),
    "profile.rules-title": ("Kommentarsregler", "Comment rules"),
    "profile.rules-heading": (
        "Vi tar bort inlägg och kommentarer som",
        "We remove posts and comments that",
    ),
    "profile.notes-title": ("Att tänka på", "Worth knowing"),
    "profile.count-note": (
        "Tecknen räknas strängt: bokstäver, siffror, mellanslag och radbrytningar som ett, emoji "
        "och breda tecken som två. Så ryms texten hur plattformen än räknar.",
        "Characters are counted strictly: letters, digits, spaces and line breaks as one, emoji "
        "and wide characters as two. So the text fits however the platform counts.",
    ),
    "profile.note.privacy-missing": (
        "Länken till kommunens information om personuppgifter saknas: lägg till 'privacy_page:' "
        "i organisationsprofilen (questions/organisation.yaml).",
        "The link to the municipality's information on personal data is missing: add "
        "'privacy_page:' to the organisation profile (questions/organisation.yaml).",
    ),
    "profile.note.matters-missing": (
        "Vart allmänheten vänder sig med ärenden saknas: lägg till 'matters:' (namn, e-post, "
        "telefon eller formulär) i organisationsprofilen (questions/organisation.yaml).",
        "Where the public turns with matters is missing: add 'matters:' (name, e-mail, phone or "
        "form) to the organisation profile (questions/organisation.yaml).",
    ),
    "profile.note.page-missing": (
        "Planen anger ingen sida på kommunens webbplats; texten länkar därför inte till någon. "
        "Lägg till en sida i planen (somplan start --answers PLANFIL).",
        "The plan names no page on the municipal website, so the text links to none. Add one to "
        "the plan (somplan start --answers PLANFILE).",
    ),
    "profile.note.policy_exists": (
        "Ni har svarat att det redan finns regler för kommentarer: utgå från dem, och använd "
        "utkastet här bara där det kompletterar.",
        "You answered that comment rules already exist: start from them, and use this draft only "
        "where it adds something.",
    ),
    "profile.note.will_write": (
        "Ni har svarat att ni tar fram regler för kommentarer: utkastet här är en början att "
        "stämma av med kommunikationsenheten.",
        "You answered that you will draw up comment rules: this draft is a start to check with "
        "the communications unit.",
    ),
    "profile.note.no_policy": (
        "Ni har svarat att det saknas regler för kommentarer: publicera regler som alla kan läsa "
        "innan kontot öppnas. Utkastet här är en början.",
        "You answered that there are no comment rules: publish rules anyone can read before the "
        "account opens. This draft is a start.",
    ),
    # --- the "about" text: sentences built from the answers -----------------------------------------
    "profile.about.who": (
        "{unit} är en del av {municipality}.",
        "{unit} is part of {municipality}.",
    ),
    "profile.about.who-short": ("{unit}, {municipality}.", "{unit}, {municipality}."),
    "profile.about.who-unit": ("{unit}.", "{unit}."),
    "profile.about.who-municipality": (
        "Ett konto från {municipality}.",
        "An account of {municipality}.",
    ),
    "profile.about.audience": ("Kontot är till för {groups}.", "The account is for {groups}."),
    "profile.about.expect": ("Här får du {things}.", "Here you will find {things}."),
    "profile.and": ("och", "and"),
    "profile.expect.practical_info": ("praktisk information", "practical information"),
    "profile.expect.quick_answers": ("svar på frågor", "answers to questions"),
    "profile.expect.news": ("nyheter från verksamheten", "news from the service"),
    "profile.expect.influence": ("chansen att tycka till", "a chance to have your say"),
    "profile.expect.inspiration": (
        "tips och en inblick i vardagen",
        "tips and a look behind the scenes",
    ),
    "profile.expect.disruptions": ("besked vid störningar", "notice of disruptions"),
    "profile.expect.events": ("evenemang", "events"),
    "profile.expect.recruitment": ("lediga jobb", "job openings"),
    "profile.expect.crisis_info": ("snabba besked vid kris", "quick notice in a crisis"),
    "profile.expect.information": ("ändrade öppettider", "changed opening hours"),
    "profile.about.watch.daily_including_weekends": (
        "Vi läser det som kommer in alla dagar i veckan",
        "We read what comes in seven days a week",
    ),
    "profile.about.watch.weekdays_daily": (
        "Vi läser det som kommer in varje vardag",
        "We read what comes in every weekday",
    ),
    "profile.about.watch.few_times_week": (
        "Vi läser det som kommer in några gånger i veckan",
        "We read what comes in a few times a week",
    ),
    "profile.about.watch.weekly_or_less": (
        "Vi läser det som kommer in en gång i veckan",
        "We read what comes in once a week",
    ),
    "profile.about.watch.nobody": (
        "Kontot bevakas inte löpande",
        "The account is not watched regularly",
    ),
    "profile.about.answer.within_hours": (
        "och svarar oftast inom några timmar",
        "and usually reply within a few hours",
    ),
    "profile.about.answer.same_day": (
        "och svarar oftast samma dag",
        "and usually reply the same day",
    ),
    "profile.about.answer.within_two_days": (
        "och svarar oftast inom två dagar",
        "and usually reply within two days",
    ),
    "profile.about.answer.longer": ("men svaren kan dröja", "but replies may take a while"),
    "profile.about.offhours.not_covered": (
        "Kvällar och helger bevakas kontot inte.",
        "The account is not watched in the evenings and at weekends.",
    ),
    "profile.about.offhours.partly": (
        "Under semestrar kan svaren dröja.",
        "During holidays replies may take longer.",
    ),
    "profile.about.records": (
        "Inlägg, kommentarer och meddelanden hit kan bli allmänna handlingar.",
        "Posts, comments and messages sent here can become public records.",
    ),
    "profile.about.records-short": (
        "Inlägg hit kan bli allmänna handlingar.",
        "Posts here can become public records.",
    ),
    "profile.about.matters": (
        "Ärenden tar vi inte emot här: vänd dig till {contact}.",
        "We do not take matters here: contact {contact}.",
    ),
    "profile.about.matters-none": (
        "Ärenden tar vi inte emot här, utan via kommunens vanliga kontaktvägar.",
        "We do not take matters here, only through the municipality's usual contact channels.",
    ),
    "profile.about.matters-short": ("Ärenden: {contact}.", "Matters: {contact}."),
    "profile.about.page": ("Mer information: {page}", "More information: {page}"),
    "profile.about.privacy": (
        "Så hanterar vi personuppgifter: {url}",
        "How we handle personal data: {url}",
    ),
    "profile.about.privacy-short": ("Personuppgifter: {url}", "Personal data: {url}"),
    "profile.about.more": ("Mer i det fästa inlägget.", "More in the pinned post."),
    # --- the comment rules --------------------------------------------------------------------------
    "profile.rules.intro.open": (
        "Vi vill ha ett sakligt och respektfullt samtal här. Vi läser allt som skrivs, och samma "
        "regler gäller för alla.",
        "We want a factual and respectful conversation here. We read everything written, and the "
        "same rules apply to everyone.",
    ),
    "profile.rules.intro.closed": (
        "Vi har stängt av kommentarerna där plattformen tillåter det. Där andra ändå kan skriva, "
        "till exempel i meddelanden, gäller reglerna nedan, lika för alla.",
        "We have turned comments off where the platform allows it. Where others can still write, "
        "for example in messages, the rules below apply, the same for everyone.",
    ),
    "profile.rules.intro.unsure": (
        "Reglerna nedan gäller överallt där andra kan skriva på kontot, lika för alla.",
        "The rules below apply wherever others can write on the account, the same for everyone.",
    ),
    "profile.rules.watch.daily_including_weekends": (
        "Vi går igenom det som skrivs varje dag, även helger.",
        "We go through what is written every day, weekends included.",
    ),
    "profile.rules.watch.weekdays_daily": (
        "Vi går igenom det som skrivs varje vardag.",
        "We go through what is written every weekday.",
    ),
    "profile.rules.watch.few_times_week": (
        "Vi går igenom det som skrivs några gånger i veckan.",
        "We go through what is written a few times a week.",
    ),
    "profile.rules.watch.weekly_or_less": (
        "Vi går igenom det som skrivs en gång i veckan.",
        "We go through what is written once a week.",
    ),
    "profile.rules.watch.nobody": (
        "Kontot bevakas inte löpande, så det kan dröja innan något tas bort.",
        "The account is not watched regularly, so it may take a while before anything is removed.",
    ),
    "profile.rules.remove.illegal": (
        "är uppenbart olagliga, till exempel hot, hets mot folkgrupp eller intrång i upphovsrätt",
        "are clearly illegal, for example threats, agitation against a population group or "
        "copyright infringement",
    ),
    "profile.rules.remove.harassment": (
        "hänger ut, kränker eller trakasserar någon",
        "single out, insult or harass someone",
    ),
    "profile.rules.remove.sensitive": (
        "innehåller känsliga uppgifter om dig själv eller andra, till exempel om hälsa, eller "
        "personnummer",
        "contain sensitive details about yourself or others, for example on health, or personal "
        "identity numbers",
    ),
    "profile.rules.remove.spam": (
        "är reklam, spam eller inte har med kontot att göra",
        "are advertising, spam or unrelated to the account",
    ),
    "profile.rules.never": (
        "Vi tar aldrig bort något för att det är kritiskt eller för att vi inte delar åsikten.",
        "We never remove anything because it is critical or because we do not share the view.",
    ),
    "profile.rules.saved": (
        "Det vi tar bort sparar vi först, eftersom det kan vara en allmän handling.",
        "We save what we remove first, because it can be a public record.",
    ),
    "profile.rules.records": (
        "Kommentarer och meddelanden kan bli allmänna handlingar som vem som helst kan begära att "
        "få läsa.",
        "Comments and messages can become public records that anyone may ask to read.",
    ),
    "profile.rules.block": (
        "Den som upprepade gånger bryter mot reglerna kan blockeras.",
        "Anyone who breaks the rules repeatedly can be blocked.",
    ),
    "profile.rules.matters": (
        "Ärenden kan vi inte ta emot i kommentarer eller meddelanden här; vänd dig till {contact}.",
        "We cannot take matters in comments or messages here; contact {contact}.",
    ),
    "profile.rules.matters-none": (
        "Ärenden kan vi inte ta emot i kommentarer eller meddelanden här; använd kommunens "
        "vanliga kontaktvägar.",
        "We cannot take matters in comments or messages here; use the municipality's usual "
        "contact channels.",
    ),
    "profile.rules.pictures": (
        "Syns du eller ditt barn på en bild och vill att den tas bort? Hör av dig, så tar vi bort "
        "den.",
        "Do you or your child appear in a picture and want it removed? Get in touch, and we will "
        "remove it.",
    ),
}
