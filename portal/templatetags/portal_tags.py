from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page

from portal.navigation import localized_home

register = template.Library()


@register.inclusion_tag("portal/includes/language_switch.html", takes_context=True)
def language_switch(context):
    """Links to this same content in the other languages: the translated page when there is one,
    else the same view's URL in that language, else that language's home page."""
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    links = []
    translations = {}
    if isinstance(page, Page) and page.id:
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=False).live().select_related("locale")
        }
    for code, name in settings.LANGUAGES:
        if code == current:
            continue
        url = None
        if code in translations:
            url = translations[code].get_url(request)
        elif request is not None and not isinstance(page, Page):
            url = translate_url(request.get_full_path(), code)
        if not url:
            url = f"/{code}/"
        links.append({"code": code, "name": name, "url": url})
    return {"links": links}


@register.simple_tag(takes_context=True)
def home_url(context):
    request = context.get("request")
    home = localized_home(request) if request else None
    return home.get_url(request) if home else f"/{get_language()}/"


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced (None removes them)."""
    request = context.get("request")
    params = request.GET.copy() if request else None
    if params is None:
        from django.http import QueryDict

        params = QueryDict(mutable=True)
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    return params.urlencode()
