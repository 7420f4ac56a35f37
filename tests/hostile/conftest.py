import pytest

from tests.practices.conftest import (  # noqa: F401  fixtures
    make_practice,
    make_story,
    practice_index,
    story_index,
)
from tests.resources.test_tables_support import registry_fixture  # noqa: F401  fixture

from .support import build_site


@pytest.fixture
def site(home, make_practice, make_story, registry):  # noqa: F811  (fixtures imported above)
    """One live page of every page type, plus a public and a private document."""
    return build_site(home, make_practice, make_story, registry)
