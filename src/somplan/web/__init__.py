"""The interview in a web browser (``somplan serve``): a second front door to the same flow,
engine step, answers files and documents as the terminal's.

Layers: beside ``commands/``, below the command line. Only this package imports Starlette (an
extra, ``pip install 'somplan[web]'``); ``settings`` and ``plans`` do not, so they are usable
and testable without it.
"""
