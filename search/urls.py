from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import portrait_views, views

urlpatterns = [
    path(_("search/"), views.search_page, name="search"),
    path("portrait/", portrait_views.portrait_page, name="portrait"),
    path("portrait/export.csv", portrait_views.portrait_csv, name="portrait_csv"),
]
