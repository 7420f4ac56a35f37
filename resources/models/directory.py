"""The resources-by-need directory."""

__all__ = []
