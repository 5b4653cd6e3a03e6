"""Spoken answers: timing them, rating them, and saying a fact aloud. Qt-free."""
