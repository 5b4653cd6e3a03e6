"""Speech input for spoken answers, Qt-free: voice activity detection (``vad``)."""

from .vad import DEFAULT_PAUSE_MS, SAMPLE_RATE, Level, VoiceDetector, VoiceEvent, level

__all__ = ["DEFAULT_PAUSE_MS", "SAMPLE_RATE", "Level", "VoiceDetector", "VoiceEvent", "level"]
