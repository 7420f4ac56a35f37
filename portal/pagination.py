from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404


def paginate(request, object_list, per_page=20):
    """A page of `object_list` from ?page=; a number past the end gives the last page, anything
    that is not a positive number gives a 404 (never a 500)."""
    paginator = Paginator(object_list, per_page)
    raw = request.GET.get("page") or "1"  # an empty ?page= is the first page, as in the search
    try:
        return paginator.page(raw)
    except PageNotAnInteger:
        raise Http404("Invalid page number") from None
    except EmptyPage:
        try:
            number = int(raw)
        except (TypeError, ValueError):
            raise Http404("Invalid page number") from None
        if number < 1:
            raise Http404("Invalid page number") from None
        return paginator.page(paginator.num_pages)
