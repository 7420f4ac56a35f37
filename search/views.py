from django.template.response import TemplateResponse


def search(request):
    """Placeholder until the faceted search lands (issue: faceted search)."""
    return TemplateResponse(
        request, "search/search.html", {"query": request.GET.get("q", "")[:200]}
    )
