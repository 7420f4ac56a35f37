import pytest

from django.contrib.auth.models import Group
from django.core.cache import cache

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


@pytest.fixture(autouse=True)
def fresh_cache():
    """Every test starts with an empty cache: the public forms' rate limits count there, and the
    cache outlives a test."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def editor(django_user_model):
    """A member of the Éditeurs group, who receives the editors' emails."""
    user = django_user_model.objects.create_user("editrice", "editrice@example.org", "pw")
    user.groups.add(Group.objects.get(name="Éditeurs"))
    return user
