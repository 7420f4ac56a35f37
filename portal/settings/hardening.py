"""HTTPS-only settings for production (imported by production.py; tests apply the same values
with override_settings). A TLS-terminating proxy in front: see SECURE_PROXY_SSL_HEADER."""

import os

from .env import ConfigurationError, env_bool, env_int

# Every http:// request is redirected to https://, the admin and its login included; except the
# load balancer's health check, which talks plain HTTP to each app server.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
# A year, subdomains too, and eligible for the browsers' preload list (submitting the domain
# is a separate, deliberate step: hstspreload.org). SECURE_HSTS_SECONDS=0 for a local smoke test.
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SECURE = True


def _proxy_ssl_header():
    """SECURE_PROXY_SSL_HEADER from the name of the header the TLS-terminating proxy sets.

    Only set it when every request comes through that proxy and the proxy overwrites the header:
    otherwise a client could claim HTTPS itself."""
    name = os.environ.get("SECURE_PROXY_SSL_HEADER", "").strip()
    if not name:
        return None
    if not name.replace("-", "").isalnum():
        raise ConfigurationError(
            f"SECURE_PROXY_SSL_HEADER={name!r}: give a header name such as X-Forwarded-Proto."
        )
    return ("HTTP_" + name.upper().replace("-", "_"), "https")


SECURE_PROXY_SSL_HEADER = _proxy_ssl_header()
