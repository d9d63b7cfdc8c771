"""Assessment: pure functions from a flow, a catalogue, rules and answers to a verdict, a ranking,
a comparison of two answers files, and a row of the summary."""
