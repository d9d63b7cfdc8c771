"""Interface messages about where channel facts come from and what the checklist requires (sv, en).

Merged with the others in ``somplan.text.messages.MESSAGES``.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- checks of the catalogue and the rules ------------------------------------------------------
    "problem.basis-without-source": (
        "'{id}' har 'basis: sourced' men ingen källa under 'sources:'. Ange källan, eller skriv "
        "'basis: judgement' om det är en egen bedömning.",
        "'{id}' has 'basis: sourced' but no source under 'sources:'. Name the source, or write "
        "'basis: judgement' if it is your own judgement.",
    ),
    "problem.age-limit-missing": (
        "Plattformen '{id}' saknar åldersgräns ('age_limit:'). Ange den med källa, eller skriv "
        "'basis: judgement' om den inte gick att bekräfta.",
        "The platform '{id}' has no age limit ('age_limit:'). Give it with a source, or write "
        "'basis: judgement' if it could not be confirmed.",
    ),
    "problem.age-limit-empty": (
        "Åldersgränsen för '{id}' har varken 'years:' eller 'note:'. Ange en av dem.",
        "The age limit of '{id}' has neither 'years:' nor 'note:'. Give one of them.",
    ),
    "problem.advice-states-duty": (
        "Punkten är 'kind: advice' men säger '{word}'. Skriv 'bör' för goda råd, eller ändra till "
        "'kind: law' och ange lagen som källa.",
        "The item is 'kind: advice' but says '{word}'. Write 'bör' for good practice, or change it "
        "to 'kind: law' and cite the statute.",
    ),
    # --- the report ---------------------------------------------------------------------------------
    "report.age-limit": ("Åldersgräns", "Age limit"),
    "report.age-years": ("{years} år", "{years} years"),
    "report.basis": ("Underlag", "Basis"),
    "report.basis-judgement": (
        "Beskrivningen och allt på kortet som saknar angiven källa är somplans egen bedömning.",
        "The description and everything on this card without a named source are somplan's own "
        "judgement.",
    ),
    "report.basis-sourced": ("Uppgifterna bygger på {sources}.", "The facts rest on {sources}."),
    "report.unconfirmed": ("inte bekräftad vid källan", "not confirmed at a source"),
    "report.kind-law": ("lag", "law"),
    "report.kind-advice": ("råd", "advice"),
}
