import re

from django import template
from django.http import QueryDict

from search.text import fold

register = template.Library()


@register.simple_tag(takes_context=True)
def without_value(context, name, value):
    """This search's query string without one facet value (and back to page 1)."""
    params = context["request"].GET.copy()
    params.setlist(name, [v for v in params.getlist(name) if v != value])
    params.pop("page", None)
    return params.urlencode()


@register.simple_tag(takes_context=True)
def with_suggestion(context, suggestion):
    """This search with a recognised territory turned into a filter and taken out of the text."""
    params = context["request"].GET.copy()
    words = set(suggestion["words"]) | {"la", "le", "les", "l", "mrc", "de", "du", "des", "region"}
    kept = [
        w
        for w in params.get("q", "").split()
        if not set(re.findall(r"[a-z0-9]+", fold(w))) <= words
    ]
    params["q"] = " ".join(kept)
    if suggestion["value"] not in params.getlist(suggestion["facet"]):
        params.appendlist(suggestion["facet"], suggestion["value"])
    params.pop("page", None)
    return params.urlencode()


@register.simple_tag(takes_context=True)
def page_query(context, number):
    params = context["request"].GET.copy()
    params["page"] = number
    return params.urlencode()


@register.simple_tag(takes_context=True)
def csv_query(context):
    params = context["request"].GET.copy()
    params.pop("page", None)
    params["format"] = "csv"
    return params.urlencode()


@register.simple_tag
def clear_all(text):
    params = QueryDict(mutable=True)
    if text:
        params["q"] = text
    return params.urlencode()
