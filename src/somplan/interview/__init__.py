"""The interview: the engine that walks a flow through a prompter, conditions, answers files,
the questionary prompter (the only module that imports questionary) and the wizard around them."""
