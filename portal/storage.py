"""Object storage failures become a page that says what happened, not a server error.

When the S3-compatible service is down or refuses us, saving an image or a document raises
inside the model's save, before its row is written: nothing is half-saved, and the editor is
told to try again."""

import logging

from django.template.response import TemplateResponse

logger = logging.getLogger("maillage.storage")


def _storage_errors():
    try:
        from botocore.exceptions import BotoCoreError, ClientError
    except ImportError:  # no S3 support installed: nothing to catch
        return ()
    return (BotoCoreError, ClientError)


class StorageUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.errors = _storage_errors()

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not self.errors or not isinstance(exception, self.errors):
            return None
        logger.error("Object storage failed on %s %s: %s", request.method, request.path, exception)
        return TemplateResponse(
            request, "portal/storage_unavailable.html", status=503, headers={"Retry-After": "60"}
        ).render()
