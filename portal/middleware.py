from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that a 404 from a non-HTML endpoint (the JSON API, exports) stays a 404:
    Django would redirect it to /fr/…, where Wagtail's catch-all page route answers."""

    def process_response(self, request, response):
        if response.status_code == 404 and not response.get("Content-Type", "").startswith(
            "text/html"
        ):
            return response
        return super().process_response(request, response)
