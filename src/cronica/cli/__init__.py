"""Command line: thin commands over the library (see shared/spec/cli.md)."""
