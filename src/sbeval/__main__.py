"""`python -m sbeval`."""

from sbeval.cli import cli

cli()
