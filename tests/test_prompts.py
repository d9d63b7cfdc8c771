"""The questionary prompter driven through prompt_toolkit's pipe input: every kind, validation, back."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from somplan.content.loader import load_content
from somplan.content.model import Flow, Question
from somplan.interview.engine import BACK, Progress, ReviewRow
from somplan.interview.prompts import QuestionaryPrompter, parse_number

from .common import FIXTURES
from .terminal import RecordingTerminal

DOWN = "\x1b[B"
UP = "\x1b[A"
ENTER = "\r"
CTRL_B = "\x02"
CTRL_C = "\x03"
CTRL_D = "\x04"


@pytest.fixture(scope="module")
def flow() -> Flow:
    return load_content(FIXTURES / "content").flow


@pytest.fixture
def pipe() -> Iterator[Any]:
    with create_pipe_input() as inp:
        yield inp


def progress(flow: Flow, question: Question, back: bool = True) -> Progress:
    section = flow.section_of(question.id)
    assert section is not None
    return Progress(section, 1, len(flow.sections), 1, 3, back)


def ask(
    flow: Flow,
    pipe: Any,
    qid: str,
    keys: str,
    current: Any = None,
    back: bool = True,
    lang: str = "sv",
) -> Any:
    question = flow.question(qid)
    assert question is not None
    pipe.send_text(keys)
    prompter = QuestionaryPrompter(lang, input=pipe, output=DummyOutput())  # type: ignore[arg-type]
    return prompter.ask(question, current, progress(flow, question, back))


def test_single_choice(flow: Flow, pipe: Any) -> None:
    assert ask(flow, pipe, "goal", DOWN + ENTER) == "everyone_does"


def test_single_choice_preselects_the_previous_answer(flow: Flow, pipe: Any) -> None:
    assert ask(flow, pipe, "goal", ENTER, current="everyone_does") == "everyone_does"


def test_back_choice_in_a_list(flow: Flow, pipe: Any) -> None:
    assert ask(flow, pipe, "goal", DOWN + DOWN + ENTER) is BACK


def test_no_back_choice_on_the_first_question(flow: Flow, pipe: Any) -> None:
    # Two downs wrap around to the first choice when there is no back choice.
    assert ask(flow, pipe, "goal", DOWN + DOWN + ENTER, back=False) == "dialogue"


def test_ctrl_b_goes_back_from_free_text_and_numbers(flow: Flow, pipe: Any) -> None:
    assert ask(flow, pipe, "goal_detail", "halvskrivet" + CTRL_B) is BACK


def test_ctrl_b_goes_back_from_a_number(flow: Flow, pipe: Any) -> None:
    assert ask(flow, pipe, "hours", CTRL_B) is BACK


def test_ctrl_b_goes_back_from_a_checkbox(flow: Flow, pipe: Any) -> None:
    assert ask(flow, pipe, "channels_today", " " + CTRL_B) is BACK


def test_free_text(flow: Flow, pipe: Any) -> None:
    assert (
        ask(flow, pipe, "goal_detail", "  Fler unga låntagare  " + ENTER) == "Fler unga låntagare"
    )


def test_free_text_too_long_is_refused_inline_then_corrected(flow: Flow, pipe: Any) -> None:
    keys = "x" * 201 + ENTER + "\x7f" * 150 + ENTER
    assert ask(flow, pipe, "goal_detail", keys) == "x" * 51


def test_number_accepts_a_swedish_decimal_comma(flow: Flow, pipe: Any) -> None:
    assert ask(flow, pipe, "hours", "\x7f2,5" + ENTER) == 2.5


def test_number_validation_refuses_text_and_out_of_bounds(flow: Flow, pipe: Any) -> None:
    # 'abc' is refused, 99 is above the maximum 40, then 12 is accepted.
    keys = "abc" + ENTER + "\x7f\x7f\x7f99" + ENTER + "\x7f\x7f12" + ENTER
    assert ask(flow, pipe, "hours", keys) == 12


def test_number_default_is_preselected(flow: Flow, pipe: Any) -> None:
    assert ask(flow, pipe, "hours", ENTER, current=2) == 2


def test_yes_no(flow: Flow, pipe: Any) -> None:
    assert ask(flow, pipe, "deputy", ENTER) is True
    assert ask(flow, pipe, "deputy", DOWN + ENTER) is False


def test_yes_no_preselects_no(flow: Flow, pipe: Any) -> None:
    assert ask(flow, pipe, "deputy", ENTER, current=False) is False


def test_multi_choice(flow: Flow, pipe: Any) -> None:
    assert ask(flow, pipe, "channels_today", " " + DOWN + DOWN + " " + ENTER) == ["web", "posters"]


def test_multi_choice_requires_one_selection(flow: Flow, pipe: Any) -> None:
    # Enter with nothing selected is refused (the question is required); then select and go on.
    assert ask(flow, pipe, "channels_today", ENTER + DOWN + " " + ENTER) == ["email"]


def test_multi_choice_preselects_previous_answers(flow: Flow, pipe: Any) -> None:
    assert ask(flow, pipe, "channels_today", ENTER, current=["email", "posters"]) == [
        "email",
        "posters",
    ]


def test_scale(flow: Flow, pipe: Any) -> None:
    assert ask(flow, pipe, "confidence", DOWN * 3 + ENTER) == 4


@pytest.mark.parametrize("key", [CTRL_C, CTRL_D])
def test_ctrl_c_and_ctrl_d_stop(flow: Flow, pipe: Any, key: str) -> None:
    with pytest.raises(KeyboardInterrupt):
        ask(flow, pipe, "goal_detail", "abc" + key)
    with pytest.raises(KeyboardInterrupt):
        ask(flow, pipe, "goal", key)


def test_review_confirm_and_change(flow: Flow, pipe: Any) -> None:
    goal = flow.question("goal")
    hours = flow.question("hours")
    assert goal is not None and hours is not None
    rows = [ReviewRow(flow.sections[0], goal, "dialogue"), ReviewRow(flow.sections[1], hours, 4)]
    prompter = QuestionaryPrompter("en", input=pipe, output=DummyOutput())
    pipe.send_text(ENTER)
    assert prompter.review(rows) is None
    pipe.send_text(DOWN + DOWN + ENTER)
    assert prompter.review(rows) == "hours"


def test_parse_number() -> None:
    assert parse_number("4") == 4 and isinstance(parse_number("4"), int)
    assert parse_number("2,5") == 2.5
    assert parse_number(" 1 000 ") == 1000
    assert (
        parse_number("abc") is None and parse_number("nan") is None and parse_number("inf") is None
    )


def test_the_unit_name_is_asked_as_free_text_trimmed_and_may_be_skipped(pipe: Any) -> None:
    prompter = QuestionaryPrompter("sv", input=pipe, output=DummyOutput())
    pipe.send_text("  Stadsbiblioteket, unga  " + ENTER)
    assert prompter.text("wizard.unit-question", 300) == "Stadsbiblioteket, unga"
    pipe.send_text(ENTER)
    assert prompter.text("wizard.unit-question", 300) == ""


def test_a_too_long_unit_name_is_refused_until_shortened(pipe: Any) -> None:
    prompter = QuestionaryPrompter("en", input=pipe, output=DummyOutput())
    # Twelve characters with a limit of ten: Enter is refused; two backspaces, then Enter works.
    pipe.send_text("Biblioteket!" + ENTER + "\x7f\x7f" + ENTER)
    assert prompter.text("wizard.unit-question", 10) == "Biblioteke"


def test_checkbox_lists_have_a_back_row(flow: Flow, pipe: Any) -> None:
    # Three choices, then "← Tillbaka": Enter or space on it goes back, whatever is ticked.
    assert ask(flow, pipe, "channels_today", " " + DOWN * 3 + ENTER) is BACK
    assert ask(flow, pipe, "channels_today", DOWN * 3 + " ") is BACK
    # Not on the first question: three downs wrap to the first choice.
    assert ask(flow, pipe, "channels_today", DOWN * 3 + " " + ENTER, back=False) == ["web"]


def test_select_all_does_not_answer_with_the_back_row(flow: Flow, pipe: Any) -> None:
    assert ask(flow, pipe, "channels_today", "a" + ENTER) == ["web", "email", "posters"]


def test_a_pasted_line_break_becomes_a_space(flow: Flow, pipe: Any) -> None:
    paste = "\x1b[200~Fler unga\n\tlåntagare\x1b[201~"
    assert ask(flow, pipe, "goal_detail", paste + ENTER) == "Fler unga låntagare"
    prompter = QuestionaryPrompter("sv", input=pipe, output=DummyOutput())
    pipe.send_text("\x1b[200~Simhallen\r\nNorra\x1b[201~" + ENTER)
    assert prompter.text("wizard.unit-question", 120) == "Simhallen Norra"


def test_number_starts_empty_without_an_answer(flow: Flow, pipe: Any) -> None:
    # No pre-filled guess: Enter alone is refused ("an answer is needed"), a typed number is taken.
    assert ask(flow, pipe, "hours", ENTER + "3" + ENTER, current=None) == 3


def test_messages_state_the_whole_range_and_the_length() -> None:
    from somplan.content.answer_rules import answer_error

    flow = load_content(FIXTURES / "content").flow
    hours, detail = flow.question("hours"), flow.question("goal_detail")
    assert hours is not None and detail is not None
    too_big = answer_error(hours, 99)
    assert too_big is not None
    assert too_big.text("en") == "The number must be between 0 and 40."
    too_long = answer_error(detail, "x" * 250)
    assert too_long is not None
    assert too_long.text("en") == "Write at most 200 characters; the answer has 250."


def test_back_in_the_review_list_the_cursor_is_on_the_row_just_changed(
    flow: Flow, pipe: Any
) -> None:
    """Both 2026-12-04 reviews: after each change the cursor jumped back to "confirm", so a
    second change near the end meant scrolling through thirty rows again."""
    goal = flow.question("goal")
    hours = flow.question("hours")
    assert goal is not None and hours is not None
    rows = [ReviewRow(flow.sections[0], goal, "dialogue"), ReviewRow(flow.sections[1], hours, 4)]
    prompter = QuestionaryPrompter("en", input=pipe, output=DummyOutput())
    pipe.send_text(DOWN + DOWN + ENTER)
    assert prompter.review(rows) == "hours"
    pipe.send_text(ENTER)  # the cursor is still on "hours"
    assert prompter.review(rows) == "hours"
    pipe.send_text(UP + ENTER)  # one up from "hours" is "goal", not past the top
    assert prompter.review(rows) == "goal"


def test_review_offers_renaming_the_unit(flow: Flow, pipe: Any) -> None:
    from somplan.interview.engine import UNIT_ROW

    goal = flow.question("goal")
    assert goal is not None
    rows = [ReviewRow(flow.sections[0], goal, "dialogue")]
    prompter = QuestionaryPrompter("en", input=pipe, output=DummyOutput())
    pipe.send_text(DOWN + ENTER)
    assert prompter.review(rows, unit="Biblioteket") == UNIT_ROW
    pipe.send_text(DOWN + ENTER)  # without a unit the row is not there: the goal is next
    assert prompter.review(rows) == "goal"


def test_long_review_entries_end_at_a_word() -> None:
    from somplan.interview.prompts import shorten

    text = "Change: Is there a page on the municipal website that your posts can link to?"
    short = shorten(text, 40)
    assert len(short) <= 40 and short.endswith(" …")
    assert short[:-2] == text[: len(short) - 2] and text[len(short) - 2] == " "


def test_choose_among_options(pipe: Any) -> None:
    prompter = QuestionaryPrompter("en", input=pipe, output=DummyOutput())
    pipe.send_text(DOWN + ENTER)
    options = [("Beta · 2 answers", "b"), ("Alpha · 1 answer", "a"), ("Start a new plan", None)]
    assert prompter.choose("wizard.resume-pick", options, count=2) == "a"


def test_a_review_row_fits_its_room_and_keeps_a_short_answer_whole() -> None:
    from somplan.interview.prompts import review_label

    question = "How often will someone watch the account, that is, read and answer comments?"
    row = review_label(question, "Every weekday", 60)
    assert len(row) <= 60 and row.endswith(" → Every weekday")
    cut = row.split(" → ")[0]
    assert cut.endswith(" …") and question.startswith(cut[:-2]) and question[len(cut) - 2] == " "
    # A long answer is cut too, but the question keeps at least half the row.
    row = review_label(question, "Partly, for example not during the summer holidays " * 2, 60)
    assert len(row) <= 60 and len(row.split(" → ")[0]) >= 30 and row.endswith(" …")
    assert review_label("Hours?", "4 hours", 60) == "Hours? → 4 hours"


def test_a_review_row_with_wide_characters_fits_the_columns_it_takes() -> None:
    """A wide character (CJK, many emoji) takes two terminal columns: the row is cut by the
    columns it fills, not by its number of characters (code review 2026-12-04, §5)."""
    from prompt_toolkit.utils import get_cwidth

    from somplan.interview.prompts import review_label, shorten

    question = "Vilken enhet 図書館 ansvarar för kontot och svarar på frågor 図書館 図書館 図書館?"
    row = review_label(question, "Biblioteket 図書館", 50)
    assert get_cwidth(row) <= 50 and row.endswith("→ Biblioteket 図書館")
    assert get_cwidth(shorten("図書館図書館図書館図書館", 9)) <= 9


def test_enter_on_an_unticked_list_says_that_space_ticks(flow: Flow, pipe: Any) -> None:
    refusal = "Tick an answer with space, then press Enter."
    terminal = RecordingTerminal(rows=40, columns=100)
    question = flow.question("channels_today")
    assert question is not None
    prompter = QuestionaryPrompter("en", input=pipe, output=terminal)
    pipe.send_text(ENTER)  # refused: nothing is ticked
    with terminal.type_when_shown(refusal, " " + ENTER, pipe):  # read it, tick, Enter
        assert prompter.ask(question, None, progress(flow, question)) == ["web"]
    assert refusal in terminal.drawn()


def test_a_narrow_review_row_puts_the_answer_under_the_question() -> None:
    from somplan.interview.prompts import review_label

    question = "What is the main reason you are considering social media right now?"
    row = review_label(question, "We have a clear need that other channels don't cover", 56, True)
    first, second = row.split("\n")
    assert len(first) <= 56 and first.endswith(" …") and question.startswith(first[:-2])
    assert second == "     → We have a clear need that other channels don't cover"
    assert review_label("Hours?", "4 hours", 56, True) == "Hours? → 4 hours"  # fits: one line


def test_a_number_may_be_typed_with_its_unit(flow: Flow, pipe: Any) -> None:
    """Review 2026-12-04: "3 timmar" was rejected although the prompt shows "[timmar]"."""
    from somplan.interview.prompts import without_unit

    hours = flow.question("hours")
    assert hours is not None and hours.unit is not None
    unit = hours.unit.sv
    assert without_unit(f"3 {unit}", hours) == "3 "
    assert ask(flow, pipe, "hours", f"2,5 {unit}" + ENTER) == 2.5


def offered(pipe: Any, keys: str, default: bool = True) -> bool | None:
    pipe.send_text(keys)
    prompter = QuestionaryPrompter("sv", input=pipe, output=DummyOutput())
    return prompter.offer("proposal.ask-now", default=default)


def test_the_offer_under_the_verdict_answers_yes_by_default(pipe: Any) -> None:
    """The question whether to write the proposal now: yes, no, or back to the review, by
    Ctrl-B or by the back row below yes and no (the tests below)."""
    assert offered(pipe, ENTER) is True


def test_the_offer_answers_no(pipe: Any) -> None:
    assert offered(pipe, DOWN + ENTER) is False


def test_the_offer_goes_back_by_ctrl_b(pipe: Any) -> None:
    assert offered(pipe, CTRL_B) is None


def test_the_offer_goes_back_by_its_back_row(pipe: Any) -> None:
    assert offered(pipe, DOWN + DOWN + ENTER, default=True) is None
