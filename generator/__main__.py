"""``python -m generator``: the same as the ``rungen`` command."""

from .cli import run

run()
