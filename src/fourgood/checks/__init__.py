"""Checks that need more than one field or file, one module per kind of file."""
