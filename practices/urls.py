"""Public, language-prefixed URLs of this app (mounted by portal/public_urls.py)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

urlpatterns = [
    path(_("propose-a-practice/"), views.propose_practice, name="propose_practice"),
    path(
        _("propose-a-practice/thanks/"),
        views.propose_practice_thanks,
        name="propose_practice_thanks",
    ),
]
