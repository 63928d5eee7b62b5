"""The panes of the review workspace and the home page."""
