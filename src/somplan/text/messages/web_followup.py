"""Messages of the follow-up's pages in the web app (`somplan serve`)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- the plan's follow-ups ---------------------------------------------------------------
    "web-followup.plan-link": ("Uppföljningar av kontot", "Follow-ups of the account"),
    "web-followup.list-title": ("Uppföljningar", "Follow-ups"),
    "web-followup.of-plan": (
        "Uppföljningar av kontot som planen för {unit} gäller.",
        "Follow-ups of the account that the plan for {unit} is about.",
    ),
    "web-followup.plan-incomplete": (
        "Obs: planen är inte färdig; jämförelserna med planen kan bli ofullständiga.",
        "Note: the plan is not finished; the comparisons with the plan may be incomplete.",
    ),
    "web-followup.dated": ("Uppföljning {date}", "Follow-up {date}"),
    "web-followup.outcome": ("förslag: {outcome}", "recommendation: {outcome}"),
    "web-followup.unfinished": ("inte färdig", "not finished"),
    "web-followup.continue": ("Fortsätt uppföljningen", "Continue the follow-up"),
    "web-followup.none": (
        "Planen har inga uppföljningar än.",
        "The plan has no follow-ups yet.",
    ),
    "web-followup.new-title": ("Ny uppföljning", "New follow-up"),
    "web-followup.new-intro": (
        "Gör en uppföljning när kontot har varit i gång några månader. Först frågar vi om "
        "planens hinder och villkor, sedan hur kontot fungerar. Till sist får ni ett förslag: "
        "fortsätt, justera eller avsluta. Svaren sparas efter varje fråga.",
        "Follow up when the account has been running for some months. First you are asked about "
        "the plan's blockers and conditions, then how the account works. At the end you get a "
        "recommendation: continue, adjust or close. The answers are saved after each question.",
    ),
    "web-followup.start": ("Börja en uppföljning", "Start a follow-up"),
    "web-followup.back-to-plan": ("Tillbaka till planen", "Back to the plan"),
    # --- the account's address ---------------------------------------------------------------
    "web-followup.address-title": ("Kontots adress", "The account's address"),
    "web-followup.address-save": (
        "Spara adressen och börja",
        "Save the address and start",
    ),
    "web-followup.address-later": (
        "Börja utan adress",
        "Start without an address",
    ),
    # --- the questions -----------------------------------------------------------------------
    "followup-items.intro-one": (
        "Svara för det här hindret eller villkoret i planen: är det löst i dag? Svara ”Vet inte” "
        "om ingen har tagit reda på det.",
        "Answer for this blocker or condition of the plan: is it solved today? Answer “Don't "
        "know” if nobody has found out.",
    ),
    "web-followup.review-title": ("Granska uppföljningen", "Review the follow-up"),
    "web-followup.review-intro": (
        "Här är alla svar. Ändra det som inte stämmer, och bekräfta sedan för att se förslaget.",
        "Here are all the answers. Change what is not right, then confirm to see the "
        "recommendation.",
    ),
    "web-followup.confirm": ("Bekräfta och se förslaget", "Confirm and see the recommendation"),
    # --- the result --------------------------------------------------------------------------
    "web-followup.report": ("Öppna uppföljningsrapporten", "Open the follow-up report"),
    "web-followup.report-pdf": (
        "Uppföljningsrapporten som PDF/A",
        "The follow-up report as PDF/A",
    ),
    "web-followup.see-answers": ("Se och ändra svaren", "See and change the answers"),
    # --- problems ----------------------------------------------------------------------------
    "web-followup.stale-title": (
        "Uppföljningen har ändrats under tiden",
        "The follow-up has changed meanwhile",
    ),
    "web-followup.stale": (
        "Någon annan (eller du i ett annat fönster eller i terminalen) sparade uppföljningen "
        "efter att sidan visades. Ditt svar sparades inte, så inget skrevs över. Så här ser "
        "uppföljningen ut nu.",
        "Someone else (or you, in another window or in the terminal) saved the follow-up after "
        "the page was shown. Your answer was not saved, so nothing was overwritten. This is how "
        "the follow-up looks now.",
    ),
    "web-followup.invalid-title": (
        "Uppföljningsfilen går inte att läsa",
        "The follow-up file cannot be read",
    ),
    "web.no-followup-title": ("Uppföljningen finns inte", "No such follow-up"),
    "web.no-followup": (
        "Det finns ingen uppföljning med den adressen till den här planen. Gå till planens "
        "uppföljningar och välj en där.",
        "There is no follow-up of this plan at that address. Go to the plan's follow-ups and "
        "choose one there.",
    ),
}
