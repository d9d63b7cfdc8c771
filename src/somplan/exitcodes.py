"""The documented exit codes of every somplan command (docs/exit-codes.md)."""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    PROBLEMS_FOUND = 1  # validate/summary found problems
    USAGE = 2  # wrong options, or no terminal for the wizard
    INPUT_INVALID = 3  # an input file is unreadable or invalid
    WRITE_FAILED = 4  # an output or answers file could not be written
    INTERNAL_ERROR = 70  # a bug in somplan: a log file with the details is written
    INTERRUPTED = 130  # Ctrl-C / Ctrl-D
