"""Serves Wagtail pages to anonymous visitors from the cache, without touching the database.

Stored only when nothing in the response belongs to one visitor: a page whose rendering asked for
a CSRF token (report and proposal forms, password-protected pages) or set a cookie, showed flash
messages, or was served to a signed-in user is never stored. Looked up only for visitors with
no session and no pending messages, so editors always see the live site."""

import logging

from django.conf import settings
from django.http import HttpResponse

from . import store

logger = logging.getLogger("maillage.cache")

HEADER = "X-Page-Cache"
# Query parameters a page may vary on and still be cached (pagination); anything else is
# a filter or junk, and caching it would let anyone fill the cache.
CACHEABLE_PARAMETERS = {"page"}
PRIVATE_CACHE_CONTROL = ("private", "no-cache", "no-store")


def _candidate(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    return set(request.GET) <= CACHEABLE_PARAMETERS


def _storable(request, response):
    match = getattr(request, "resolver_match", None)
    user = getattr(request, "user", None)
    messages = getattr(request, "_messages", None)
    return (
        request.method == "GET"
        and match is not None
        and match.url_name == "wagtail_serve"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not (user is not None and user.is_authenticated)
        and not (messages is not None and getattr(messages, "used", False))
        and not any(word in response.get("Cache-Control", "") for word in PRIVATE_CACHE_CONTROL)
    )


class PageCacheMiddleware:
    """Put last in MIDDLEWARE: a hit skips only the work inside it (URL routing, the page's
    queries and template), while the outer middleware still adds the security headers,
    Content-Language and the CSP to every response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not store.enabled() or not _candidate(request):
            return self.get_response(request)
        try:
            key = store.key_for(request.get_host(), request.get_full_path())
            cached = store.cache.get(key)
        except Exception:
            # A cache outage slows pages down; it must not take them down.
            logger.exception("Page cache unreachable; serving without it")
            return self.get_response(request)
        if cached is not None:
            response = HttpResponse(cached["content"], content_type=cached["content_type"])
            response[HEADER] = "hit"
            return response
        response = self.get_response(request)
        if _storable(request, response):
            value = {"content": response.content, "content_type": response["Content-Type"]}
            try:
                store.cache.set(key, value, settings.PAGE_CACHE_SECONDS)
            except Exception:
                logger.exception("Page cache unreachable; page not stored")
            else:
                response[HEADER] = "miss"
        return response
