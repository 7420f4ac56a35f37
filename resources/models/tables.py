"""The concertation-table registry."""

__all__ = []
