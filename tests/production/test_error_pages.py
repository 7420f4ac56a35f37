"""The server-error page, as the strict Content Security Policy lets a browser show it."""

import pytest

from django.test import RequestFactory

from portal.views import server_error

from .support import inline_code


@pytest.mark.parametrize(
    ("path", "title", "language"),
    [("/fr/pratiques/", "Une erreur est survenue", "fr-CA"), ("/en/practices/", "Something went wrong", "en-CA")],
)
def test_the_500_page_is_styled_by_the_stylesheet_alone_in_the_visitors_language(
    path, title, language
):
    response = server_error(RequestFactory().get(path))
    html = response.content.decode()
    assert response.status_code == 500
    assert title in html
    assert f'<html lang="{language}">' in html
    assert 'rel="stylesheet" href="/static/css/maillage.css"' in html
    assert inline_code(html) == ([], 0)
