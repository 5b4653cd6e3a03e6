"""Spoken answers, Qt-free: timing them (``vad``: voice activity detection), rating them (``rating``) and
saying a fact aloud (``sayit``). The modules are imported where needed (``vad`` loads numpy)."""
