"""The commands: one thin module per subcommand. Each parses nothing (the command line does),
calls the layers below and returns an exit code; errors are raised, and mapped once in the CLI.
No command imports another."""
