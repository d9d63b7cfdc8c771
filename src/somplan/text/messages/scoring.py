"""Interface messages of the scoring semantics: exclusive choices, provisional verdicts, missed
points and "what would change the verdict" (sv, en)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- exclusive choices --------------------------------------------------------------------------
    "answer.exclusive-combined": (
        "”{choice}” kan inte väljas tillsammans med andra svar. Välj det ensamt eller ta bort det.",
        "'{choice}' can't be combined with other answers. Choose it alone or untick it.",
    ),
    "problem.exclusive-not-multi": (
        "'exclusive:' gäller bara frågor av typen multi, där flera svar kan väljas, inte {kind}.",
        "'exclusive:' applies only to questions of kind multi, where several answers can be "
        "chosen, not to {kind}.",
    ),
    "problem.exclusive-all": (
        "Alla alternativ har 'exclusive: true', så inga två går att kombinera. Ta bort "
        "markeringen från de alternativ som kan väljas tillsammans.",
        "Every choice has 'exclusive: true', so no two can be combined. Remove it from the "
        "choices that can be chosen together.",
    ),
    "problem.assumption-invalid": (
        "Svaret {value} som en obesvarad fråga ska räknas som är inget giltigt svar på frågan: "
        "{reason}",
        "The answer {value} that an unanswered question should count as is not a valid answer "
        "to the question: {reason}",
    ),
    # --- provisional verdicts -----------------------------------------------------------------------
    "verdict.unanswered": (
        "{count} {count:fråga|frågor} saknar svar. Obesvarade frågor räknas som ”vet inte” tills "
        "ni har svarat.",
        "{count} {count:question|questions} without an answer. Unanswered questions count as "
        "“don't know” until you answer them.",
    ),
    "verdict.unanswered-remedy": (
        "Svara på de återstående frågorna med somplan start --answers FIL.",
        "Answer the remaining questions with somplan start --answers FILE.",
    ),
    "report.provisional": ("preliminärt", "provisional"),
    "report.unanswered-heading": ("Obesvarade frågor", "Unanswered questions"),
    # --- missed points ------------------------------------------------------------------------------
    "report.missed": ("Inte fått", "Not gained"),
    # --- what would change the verdict --------------------------------------------------------------
    "report.what-if-heading": ("Vad skulle ändra utlåtandet", "What would change the verdict"),
    "report.what-if-intro": (
        "De minsta ändringarna av era svar som skulle ge utlåtandet ”{target}”, räknade fram "
        "ur reglerna:",
        "The smallest changes to your answers that would give the verdict “{target}”, worked "
        "out from the rules:",
    ),
    "report.what-if-ready": (
        "Bättre än så här kan utlåtandet inte bli. Håll fast vid det ni har lovat i svaren.",
        "The verdict cannot get better than this. Keep to what you promised in your answers.",
    ),
    "report.what-if-none": (
        "Ingen enstaka ändring och inget par av ändringar i det ni själva kan påverka skulle "
        "ge ”{target}”. Börja med hindren och villkoren ovan.",
        "No single change and no pair of changes in what you can act on would give "
        "“{target}”. Start with the blockers and conditions above.",
    ),
    "report.what-if-not-social": (
        "Utlåtandet bygger på vilka ni vill nå och var de finns, inte på något ni själva kan "
        "ändra i era svar. Nå dem genom kanalerna nedan.",
        "The verdict rests on whom you want to reach and where they are, not on anything you "
        "can change in your answers. Reach them through the channels below.",
    ),
    "report.what-if-unanswered": (
        "Svara på de obesvarade frågorna: det som håller tillbaka utlåtandet är att de räknas "
        "som ”vet inte”.",
        "Answer the unanswered questions: what holds the verdict back is that they count as "
        "“don't know”.",
    ),
    "report.what-if-change": (
        "”{question}” besvaras ”{answer}”",
        "“{question}” is answered “{answer}”",
    ),
    "report.what-if-write": ("ni besvarar ”{question}”", "you answer “{question}”"),
    "report.what-if-and": (" och ", " and "),
    "report.what-if-result": ("Om {changes} → {target}", "If {changes} → {target}"),
}
