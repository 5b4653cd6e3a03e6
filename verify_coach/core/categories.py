"""The categories of facts, in the order they are shown. Light: the first screen needs it before the core."""

CATEGORIES = (
    "identity",
    "rate",
    "employment",
    "education",
    "portfolio",
    "skills",
    "languages",
    "certifications",
    "platform",
)
