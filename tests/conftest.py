import pytest

from home.structure import ensure_site


@pytest.fixture
def home(db):
    """The French home page with its English translation and every registered section."""
    return ensure_site()


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(user)
    return client
