from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.i18n import set_language

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal import views as portal_views
from search import views as search_views

# A database outage gets a 503 page of its own (portal/views.py).
handler500 = "portal.views.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/setlang/", set_language, name="set_language"),
    path("healthz", portal_views.healthz, name="healthz"),
    path(".well-known/security.txt", portal_views.security_txt, name="security_txt"),
    path("api/search/", search_views.search_api, name="search_api"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Apps add their own public URLs (search, proposal forms, exports) in their urls.py, listed here.
# Wagtail's page serving comes last: it catches every other path.
urlpatterns += i18n_patterns(
    path("", include("portal.public_urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
