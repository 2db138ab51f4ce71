"""Word-association data: norms, cue splits, SFT examples, ranking tasks, tokens, packing."""

from importlib import resources
from pathlib import Path


def fixture_path(language: str) -> Path:
    """The packaged illustrative (made-up, not SWOW) norms file for 'en' or 'zh'."""
    return Path(str(resources.files(__package__) / "fixtures" / f"illustrative_{language}.csv"))
