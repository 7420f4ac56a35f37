"""Public, language-prefixed URLs of this app (mounted by portal/public_urls.py)."""

urlpatterns = []
