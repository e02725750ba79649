"""Evaluation suites, one module each, discovered by name."""
