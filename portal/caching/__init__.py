"""Whole-page caching of Wagtail pages for anonymous visitors, invalidated on publish."""
