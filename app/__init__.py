"""Countersign: check an AI-drafted police report against the recording before signing it."""

__version__ = "0.1.0"
APP_NAME = "Countersign"
