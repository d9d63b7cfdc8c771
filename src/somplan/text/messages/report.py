"""Interface messages of the catalogue and rules checks, the scoring and the report (sv, en).

Merged with the others in ``somplan.text.messages.MESSAGES``. Content texts (channels, rules, checklist) are in
``questions/``; these are only the words around them.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- checks of the catalogue and the rules ------------------------------------------------------
    "problem.unknown-reference": (
        "'{value}' är inte {what}.{hint} Möjliga värden: {known}.",
        "'{value}' is not {what}.{hint} Possible values: {known}.",
    ),
    "ref.channel": ("en kanal i kanalkatalogen", "a channel in the channel catalogue"),
    "ref.trait": (
        "en egenskap under 'traits:' i kanalkatalogen",
        "a trait under 'traits:' in the channel catalogue",
    ),
    "ref.source": (
        "en källa under 'sources:' i kanalkatalogen",
        "a source under 'sources:' in the channel catalogue",
    ),
    "ref.age-band": (
        "en åldersgrupp under 'age_bands:' i kanalkatalogen",
        "an age band under 'age_bands:' in the channel catalogue",
    ),
    "ref.dimension": (
        "en dimension under 'dimensions:' i reglerna",
        "a dimension under 'dimensions:' in the rules",
    ),
    "ref.question": ("en fråga i frågeflödet", "a question in the question flow"),
    "ref.choice": (
        "ett alternativ i frågan som reglerna anger under 'settings: accounts:'",
        "a choice of the question the rules name under 'settings: accounts:'",
    ),
    "problem.duplicate-entry": (
        "Id:t '{id}' används redan på rad {first} i samma lista. Varje id måste vara unikt.",
        "The id '{id}' is already used on line {first} in the same list. Every id must be unique.",
    ),
    "problem.reach-needs-year": (
        "Källan '{id}' har inget årtal ('year:'). Siffror om räckvidd måste ha källans år.",
        "The source '{id}' has no year ('year:'). Reach figures need the year of their source.",
    ),
    "problem.duplicate-figure": (
        "Åldersgruppen '{band}' har redan en siffra från samma källa. Ta bort en av dem.",
        "The age band '{band}' already has a figure from the same source. Remove one of them.",
    ),
    "problem.effect-no-target": (
        "Poängen gäller ingen kanal. Ange 'channels:', 'traits:' eller 'kinds:'.",
        "The points apply to no channel. Give 'channels:', 'traits:' or 'kinds:'.",
    ),
    "problem.accounts-question-kind": (
        "Frågan '{id}' är av typen {kind}; kontonas syften och målgrupper kan bara jämföras med "
        "en flervalsfråga (multi).",
        "The question '{id}' is of kind {kind}; the accounts' purposes and audiences can only be "
        "compared with a multiple-choice question (multi).",
    ),
    # --- the verdict ----------------------------------------------------------------------------------
    "level.ready": ("Redo", "Ready"),
    "level.ready_with_conditions": ("Redo, med villkor", "Ready, with conditions"),
    "level.not_ready": ("Inte redo än", "Not ready yet"),
    "level.not_social_media": (
        "Sociala medier är inte rätt verktyg för det här",
        "Social media is not the right tool for this",
    ),
    "level.ready.summary": (
        "Syfte, målgrupp, förmåga, kompletterande kanaler och ansvar är tillräckligt genomtänkta "
        "för ett eget konto. Bedömningen är ett underlag för beslut, inte ett beslut: se nästa "
        "steg nedan.",
        "Purpose, audience, capacity, complementary channels and responsibility are thought "
        "through well enough for an account of your own. The assessment is a basis for a "
        "decision, not a decision: see the next steps below.",
    ),
    "level.ready_with_conditions.summary": (
        "Ni kan gå vidare när villkoren nedan är uppfyllda.",
        "You can go ahead once the conditions below are met.",
    ),
    "level.not_ready.summary": (
        "Något måste lösas innan ett konto öppnas. Hindren och vad ni kan göra åt dem:",
        "Something must be solved before an account is opened. The blockers and what to do "
        "about them:",
    ),
    "level.not_social_media.summary": (
        "Syftet eller målgruppen nås bättre på andra sätt. Kanalerna nedan är rangordnade för det.",
        "The purpose or the audience is better served in other ways. The channels below are "
        "ranked for that.",
    ),
    "verdict.ready-reason": (
        "Inget hinder gäller, och alla fem delarna av bedömningen är tillräckligt bra.",
        "No blocker applies, and all five parts of the assessment are good enough.",
    ),
    "verdict.low-social-fit": (
        "Ingen social kanal passar tillräckligt bra: den bästa, {channel}, får {score} av 100 "
        "(minst {minimum} behövs).",
        "No social channel fits well enough: the best, {channel}, scores {score} of 100 "
        "({minimum} is needed).",
    ),
    "verdict.low-social-fit-remedy": (
        "Använd de andra kanalerna nedan; se över syfte och målgrupp igen om ni ändå vill "
        "pröva sociala medier.",
        "Use the other channels below; revisit purpose and audience if you still want to try "
        "social media.",
    ),
    "verdict.dimension-below-minimum": (
        "{name}: {score} av {max}, under den lägsta nivån {minimum}.",
        "{name}: {score} of {max}, below the minimum of {minimum}.",
    ),
    "verdict.dimension-below-ready": (
        "{name}: {score} av {max}; {ready_at} behövs för att vara redo.",
        "{name}: {score} of {max}; {ready_at} is needed to be ready.",
    ),
    "next.accounts-page": (
        "Titta på kommunens befintliga konton ({url}) innan ni öppnar ett nytt.",
        "Look at the municipality's existing accounts ({url}) before opening a new one.",
    ),
    "next.contact": (
        "Stäm av planen med en kommunikatör. Kontakt: {name}, {details}.",
        "Go through the plan with a communicator. Contact: {name}, {details}.",
    ),
    "next.contact-no-details": (
        "Stäm av planen med en kommunikatör. Kontakt: {name}.",
        "Go through the plan with a communicator. Contact: {name}.",
    ),
    # --- help of the report command (for cli.py) ----------------------------------------------------
    "help.report": (
        "Visa utlåtandet, kanalförslaget och planen för en sparad svarsfil.",
        "Show the verdict, the channel recommendation and the plan for a saved answers file.",
    ),
    "help.report-epilog": (
        "Exempel: somplan report plan.yaml --format html --output plan.html",
        "Example: somplan report plan.yaml --format html --output plan.html",
    ),
    "help.report-file": (
        "Svarsfilen som somplan start har sparat (eller en uppföljning från somplan followup).",
        "The answers file saved by somplan start (or a follow-up saved by somplan followup).",
    ),
    "help.report-format": (
        "rich för terminalen, markdown för ett planutkast att klistra in, json för program, html för "
        "att läsa och skriva ut, pdf (PDF/A, kräver -o) för att diarieföra.",
        "rich for the terminal, markdown for a plan draft to paste, json for programs, html to read "
        "and print, pdf (PDF/A, needs -o) to register and keep.",
    ),
    # --- the report -----------------------------------------------------------------------------------
    "report.title": ("Plan för sociala medier", "Social media plan"),
    "report.unit": ("Verksamhet: {unit}", "Unit: {unit}"),
    "report.verdict": ("Utlåtande", "Verdict"),
    "report.what-to-do": ("Gör så här", "What to do"),
    "report.blockers-also": (
        "Om ni senare ändå vill använda sociala medier måste också detta lösas:",
        "Should you later still want to use social media, this must be solved too:",
    ),
    "report.conditions-also": (
        "När hindren är lösta återstår också de här villkoren:",
        "Once the blockers are solved, these conditions remain too:",
    ),
    "report.dimensions": ("Hur redo ni är", "How ready you are"),
    "report.dimension-row": ("{name}: {score} av {max}", "{name}: {score} of {max}"),
    "report.channels-social": ("Sociala kanaler, bäst först", "Social channels, best first"),
    "report.channels-other": ("Andra kanaler, bäst först", "Other channels, best first"),
    "report.base": ("startvärde {base}", "starting value {base}"),
    "report.no-reasons": (
        "inga svar påverkade poängen",
        "no answer moved the score",
    ),
    "report.good-for": ("Bra för", "Good for"),
    "report.less-good-for": ("Mindre bra för", "Less good for"),
    "report.formats": ("Format", "Formats"),
    "report.workload": ("Arbetsinsats", "Workload"),
    "report.moderation": ("Moderering: {level}", "Moderation: {level}"),
    "report.moderation.none": ("ingen", "none"),
    "report.moderation.low": ("liten", "low"),
    "report.moderation.medium": ("måttlig", "medium"),
    "report.moderation.high": ("stor", "high"),
    "report.caveats": ("Att tänka på", "Public-body caveats"),
    "report.reach": ("Räckvidd i Sverige", "Reach in Sweden"),
    "report.reach-figures": ("{measure} ({source}, {year})", "{measure} ({source}, {year})"),
    "report.details": ("Om de främsta kanalerna", "About the top channels"),
    "report.plan": ("Kompletterande kanaler", "Complementary channels"),
    "report.your-answer": ("Ert svar: {value}", "Your answer: {value}"),
    "report.accounts": ("Befintliga konton", "Existing accounts"),
    "report.accounts-intro": (
        "Överväg att publicera genom de här kontona innan ni öppnar ett nytt:",
        "Consider posting through these accounts before opening a new one:",
    ),
    "report.accounts-none": (
        "Inga konton med samma syfte och målgrupp finns i organisationsprofilen.",
        "No account with the same purpose and audience is listed in the organisation profile.",
    ),
    "report.accounts-page": (
        "Se kommunens befintliga konton: {url}",
        "See the municipality's existing accounts: {url}",
    ),
    "report.checklist": (
        "Checklista för offentlig verksamhet",
        "Checklist for a public body",
    ),
    "report.source": ("Källa", "Source"),
    "report.checked": ("kontrollerad {day}", "checked {day}"),
    "report.sources": ("Källor", "Sources"),
    "report.next-steps": ("Nästa steg", "Next steps"),
    "report.based-on": (
        "Bygger på frågeflödet {flow} v{flow_version}, kanalkatalogen {catalogue} "
        "v{catalogue_version} och reglerna {rules} v{rules_version}.",
        "Based on the question flow {flow} v{flow_version}, the channel catalogue {catalogue} "
        "v{catalogue_version} and the rules {rules} v{rules_version}.",
    ),
    "report.written": ("Rapporten skrevs till {path}.", "The report was written to {path}."),
    "report.incomplete": (
        "Obs: inte alla frågor i {path} är besvarade ännu, så resultatet kan ändras. Fortsätt med "
        "somplan start --answers {path}.",
        "Note: not every question in {path} is answered yet, so the result may change. Continue "
        "with somplan start --answers {path}.",
    ),
    # --- channel cards when no channel fits well -----------------------------------------------------
    "report.card-weak-title": ("passar svagt", "weak fit"),
    "report.card-weak.social": (
        "Ingen social kanal når {minimum} av 100. {name} är den bästa med {score}, men passar "
        "svagt: läs skälen i rangordningen innan ni väljer den.",
        "No social channel reaches {minimum} of 100. {name} is the best with {score}, but it "
        "fits poorly: read the reasons in the ranking before you choose it.",
    ),
    "report.card-weak.other": (
        "Ingen av de andra kanalerna når {minimum} av 100. {name} är den bästa med {score}, men "
        "passar svagt: läs skälen i rangordningen innan ni väljer den.",
        "None of the other channels reaches {minimum} of 100. {name} is the best with {score}, "
        "but it fits poorly: read the reasons in the ranking before you choose it.",
    ),
    "report.cards-threshold": (
        "Här beskrivs bara de kanaler som når {minimum} av 100. Alla kanaler beskrivs med "
        "somplan channels.",
        "Only the channels that reach {minimum} of 100 are described here. Every channel is "
        "described by somplan channels.",
    ),
}
