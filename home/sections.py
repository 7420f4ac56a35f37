"""What the home page shows besides its own fields."""

from django.utils.translation import get_language

from search.service import latest


def home_sections(home, request):
    entrances = [
        {"title": child.title, "url": child.get_url(request), "intro": getattr(child, "intro", "")}
        for child in home.get_children().live().in_menu().public().specific()
    ]
    return {"entrances": entrances, "latest": latest(get_language() or "fr")}
