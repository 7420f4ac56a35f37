import sys
from datetime import UTC, timedelta

from django.conf import settings
from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.template import loader
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_GET

# A database that is down, restarting or unreachable: the request may succeed in a moment.
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def healthz(request):
    """For load balancers: 200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:
        return JsonResponse({"status": "unavailable"}, status=503)
    return JsonResponse({"status": "ok"})


def _database_unavailable(error):
    seen = 0
    while error is not None and seen < 10:
        if isinstance(error, DATABASE_UNAVAILABLE):
            return True
        error, seen = error.__cause__ or error.__context__, seen + 1
    return False


def server_error(request):
    """handler500. Django calls it for any exception a view or a middleware let through, inside
    its except block; when the database is the cause, a 503 saying so (with Retry-After) instead
    of a 500. Both pages render from files alone: no context processor, no query."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        if _database_unavailable(sys.exc_info()[1]):
            response = HttpResponse(
                loader.render_to_string("portal/database_unavailable.html"),
                status=503,
                headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
            )
            add_never_cache_headers(response)  # nor by a CDN: the outage is short
            return response
        return HttpResponseServerError(loader.render_to_string("500.html"))


@require_GET
def security_txt(request):
    """/.well-known/security.txt (RFC 9116): where to report a vulnerability. Computed from the
    settings at each request, so it is never stale while the site runs; Expires must be set."""
    expires = timezone.now().replace(microsecond=0) + timedelta(days=180)
    contact = settings.SECURITY_CONTACT
    lines = [
        # The field is a URI: a bare address is an e-mail address.
        f"Contact: {contact if ':' in contact else 'mailto:' + contact}",
        f"Expires: {expires.astimezone(UTC).isoformat().replace('+00:00', 'Z')}",
        "Preferred-Languages: fr, en",
        f"Canonical: {request.build_absolute_uri(request.path)}",
    ]
    if settings.SECURITY_POLICY_URL:
        lines.append(f"Policy: {settings.SECURITY_POLICY_URL}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
