"""One module per `newsgraph` subcommand; each has `register(subparsers)`."""
