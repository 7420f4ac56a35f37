# Admin hooks of both directories, kept in their own modules.
from . import directory_admin, tables_admin  # noqa: F401
