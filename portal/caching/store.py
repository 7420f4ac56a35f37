"""Where cached pages live: the default cache, under a generation token.

Publishing anything replaces the token, so every page cached before is unreachable at once,
on every app server sharing the cache (Redis), without listing keys. Pages then age out."""

import hashlib
import logging
import uuid

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger("maillage.cache")

GENERATION_KEY = "maillage:page-cache:generation"


def enabled():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0


def generation():
    token = cache.get(GENERATION_KEY)
    if token is None:
        # First use, or evicted: any fresh token is right, since no page was stored under it.
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        token = cache.get(GENERATION_KEY)
    return token


def invalidate():
    """Forget every cached page. Never raises: publishing must not fail on a cache outage (the
    pages then age out after PAGE_CACHE_SECONDS)."""
    try:
        cache.set(GENERATION_KEY, uuid.uuid4().hex, None)
    except Exception:
        logger.exception(
            "Page cache not invalidated; pages age out in %ss", settings.PAGE_CACHE_SECONDS
        )


def key_for(host, full_path):
    digest = hashlib.sha256(f"{host}\n{full_path}".encode()).hexdigest()
    return f"maillage:page:{generation()}:{digest}"
