"""Agreements."""
