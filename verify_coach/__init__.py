"""verify_coach: rehearse the facts of your own profile before an identity-verification video call."""

__version__ = "0.1.0"
