"""Security plumbing shared by every settings module: the Content Security Policy per area, the
client address behind proxies, and login rate limiting (django-axes). Values live in settings;
see docs/decisions/0007-production.md."""

from axes.backends import AxesStandaloneBackend
from csp.middleware import CSPMiddleware, PolicyParts

from django.conf import settings


def client_ip(request):
    """The visitor's address, for login rate limiting.

    Behind TRUSTED_PROXY_COUNT proxies (load balancer, CDN) REMOTE_ADDR is the nearest proxy, so
    every visitor would share one counter. X-Forwarded-For is read from the right: each trusted
    proxy appends the address it saw, and anything further left was written by the client and can
    be forged."""
    remote = request.META.get("REMOTE_ADDR", "")
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if not count:
        return remote
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    if len(forwarded) < count:
        return remote
    return forwarded[-count]


class RateLimitedLoginBackend(AxesStandaloneBackend):
    """django-axes' check, except for authentication without a request.

    Every login form passes its request, so lockouts apply to every HTTP login. Calls without one
    are made by code (Django's test client `login()`, scripts), which axes would refuse with an
    exception rather than a failed login."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


class AreaCSPMiddleware(CSPMiddleware):
    """The strict policy (CONTENT_SECURITY_POLICY) on the public site; CSP_ADMIN_POLICY on the
    admin, whose templates still carry inline scripts and styles (Wagtail 8's inline panels and
    date widgets)."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        if request.path_info.startswith(tuple(settings.CSP_ADMIN_PATH_PREFIXES)):
            return PolicyParts(
                config=settings.CSP_ADMIN_POLICY["DIRECTIVES"],
                update=parts.update,
                replace=parts.replace,
                nonce=parts.nonce,
            )
        return parts


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out client gets (429), in the visitor's language (French by default)."""
    from django.template.response import TemplateResponse

    seconds = int(settings.AXES_COOLOFF_TIME.total_seconds())
    response = TemplateResponse(
        request,
        "portal/lockout.html",
        {"failure_limit": settings.AXES_FAILURE_LIMIT, "cooloff_minutes": max(1, seconds // 60)},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    ).render()
    # The longest wait: each failure restarts the cool-off, and the client does not know when
    # the last one counted.
    response["Retry-After"] = str(seconds)
    return response
