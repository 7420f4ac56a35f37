"""Driving Wagtail's page editor as a browser does (no tests here)."""

from wagtail.fields import StreamField
from wagtail.test.utils.form_data import querydict_from_html


def post_edit_form(client, page, action, **changes):
    """Open the page's edit form as the admin renders it, change fields, press `action`
    ("action-publish", "action-submit"; "" saves a draft)."""
    edit_url = f"/admin/pages/{page.id}/edit/"
    response = client.get(edit_url)
    assert response.status_code == 200, response.status_code
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    # StreamFields are drawn by JavaScript, which a test client does not run: posted as empty
    # (pages edited through here keep their StreamFields empty).
    for field in page.specific_class._meta.get_fields():
        if isinstance(field, StreamField):
            data.setdefault(f"{field.name}-count", "0")
    for name, value in changes.items():
        data[name] = value
    if action:
        data[action] = action
    return client.post(edit_url, data)


def refused(response):
    """Wagtail answers a permission refusal with a 403 or a redirect to the dashboard (with a
    message) or the sign-in page; a redirect elsewhere (a 404 sent to /fr/…) is no refusal."""
    return response.status_code == 403 or (
        response.status_code == 302
        and (response["Location"] == "/admin/" or response["Location"].startswith("/admin/login/"))
    )
