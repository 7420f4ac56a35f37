"""Public, language-prefixed URLs of both directories (mounted by portal/public_urls.py)."""

from .directory_urls import urlpatterns as directory_urlpatterns
from .tables_urls import urlpatterns as tables_urlpatterns

urlpatterns = [*directory_urlpatterns, *tables_urlpatterns]
