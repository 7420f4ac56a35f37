"""Turn configuration and connection failures at start-up into one clear line, not a traceback."""

import sys
from contextlib import contextmanager

from django.core.exceptions import ImproperlyConfigured
from django.db.utils import OperationalError


@contextmanager
def explain_startup_errors():
    try:
        yield
    except ImproperlyConfigured as error:
        sys.stderr.write(f"Configuration error: {error}\n")
        sys.exit(2)
    except OperationalError as error:
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else repr(error)
        sys.stderr.write(
            "Cannot reach the database named by DATABASE_URL "
            f"({first_line}). Is the server running and the URL right?\n"
        )
        sys.exit(2)
