"""Dialogs of the window: each asks for one thing and saves it through the task runner."""
