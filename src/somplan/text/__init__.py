"""Words on screen: the message catalogue (sv, en), message lookup with plurals, and text made
safe for terminals and documents."""
