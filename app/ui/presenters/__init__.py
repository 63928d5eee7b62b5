"""Presenters: what the widgets do together, calling services through the TaskRunner."""
