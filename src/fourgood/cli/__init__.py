"""The command line: the Typer application and the console entry point."""

from fourgood.cli.app import app, main

__all__ = ["app", "main"]
