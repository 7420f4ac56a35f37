"""What the home page shows besides its own fields. Apps plug their sections in here."""

from django.utils.translation import get_language


def home_sections(home, request):
    entrances = [
        {"title": child.title, "url": child.get_url(request), "intro": getattr(child, "intro", "")}
        for child in home.get_children().live().in_menu().public().specific()
    ]
    return {"entrances": entrances, "language": get_language()}
