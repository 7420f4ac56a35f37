"""Django's Redis cache, except that a Redis outage makes it a cache that misses.

Wagtail (site root paths, renditions), the page cache and cached_db sessions all read the
default cache on most requests; with Django's backend a stopped Redis turns each of those into
a 500. Here it costs speed only: reads miss, writes are dropped, and one warning is logged per
half minute while it lasts."""

import functools
import logging
import time

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger("maillage.cache")

OUTAGE = (RedisConnectionError, RedisTimeoutError)
WARN_EVERY = 30  # seconds
_last_warning = [0.0]


def _warn(error):
    now = time.monotonic()
    if now - _last_warning[0] > WARN_EVERY:
        _last_warning[0] = now
        logger.warning("Redis unreachable, serving without the cache: %s", error)


def _missing_on_outage(default):
    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except OUTAGE as error:
                _warn(error)
                return default(args, kwargs) if callable(default) else default

        return wrapper

    return decorate


def _the_default(args, kwargs):
    """get(key, default=None): what a miss returns."""
    return kwargs.get("default", args[1] if len(args) > 1 else None)


class ResilientRedisCache(RedisCache):
    get = _missing_on_outage(_the_default)(RedisCache.get)
    get_many = _missing_on_outage(lambda args, kwargs: {})(RedisCache.get_many)
    has_key = _missing_on_outage(False)(RedisCache.has_key)
    add = _missing_on_outage(False)(RedisCache.add)
    set = _missing_on_outage(None)(RedisCache.set)
    set_many = _missing_on_outage(lambda args, kwargs: list(args[0]) if args else [])(
        RedisCache.set_many
    )
    touch = _missing_on_outage(False)(RedisCache.touch)
    delete = _missing_on_outage(False)(RedisCache.delete)
    delete_many = _missing_on_outage(None)(RedisCache.delete_many)
    clear = _missing_on_outage(False)(RedisCache.clear)
