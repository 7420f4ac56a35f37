"""Public, language-prefixed URLs of the apps (mounted under /fr/ and /en/ before page serving).
Path fragments are translated (`_("search/")` is /fr/recherche/)."""

from django.urls import include, path

urlpatterns = [
    path("", include("search.urls")),
    path("", include("practices.urls")),
    path("", include("resources.urls")),
]
