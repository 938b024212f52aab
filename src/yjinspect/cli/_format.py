"""The version of the command line's ``--json`` output (a module of its own so that the help,
which states it, does not import what prints the output)."""

from __future__ import annotations

__all__ = ["JSON_FORMAT_VERSION"]

JSON_FORMAT_VERSION = 1
"""The version of the command line's ``--json`` output, in every object's ``format_version``;
raised when a field changes meaning or goes away (new fields do not raise it)."""
