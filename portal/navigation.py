from django.utils.functional import SimpleLazyObject

from wagtail.models import Locale, Page, Site


def localized_home(request):
    """The home page in the active language (falls back to the site's root page)."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        return root
    if root.locale_id == locale.id:
        return root
    return Page.objects.filter(translation_key=root.translation_key, locale=locale).first() or root


def _items(request):
    home = localized_home(request)
    if home is None:
        return []
    return [
        {"title": page.title, "url": page.get_url(request), "page_id": page.id}
        for page in home.get_children().live().in_menu().public()
    ]


def main_navigation(request):
    # Lazy: admin pages and JSON views that never print the menu cost no query.
    return SimpleLazyObject(lambda: _items(request))
