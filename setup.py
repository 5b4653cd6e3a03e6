"""Only what pyproject.toml cannot say: the top-level resources/ folder is the package verify_coach.resources
of an installed wheel (core.paths.resources_dir() finds it in either place)."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["verify_coach", "verify_coach.*"]), "verify_coach.resources"],
    package_dir={"verify_coach.resources": "resources"},
)
