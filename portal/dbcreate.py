"""`python -m portal.dbcreate URL`: create the PostgreSQL database named in URL if it is missing
(for `make serve-prod`; a real deployment creates it once, see docs/deploy.md)."""

import sys

import dj_database_url
import psycopg
from psycopg import sql


def main(url):
    config = dj_database_url.parse(url)
    if config["ENGINE"] != "django.db.backends.postgresql":
        return
    params = {
        "host": config.get("HOST") or None,
        "port": config.get("PORT") or None,
        "user": config.get("USER") or None,
        "password": config.get("PASSWORD") or None,
        "dbname": "postgres",
        "autocommit": True,
    }
    with psycopg.connect(**{k: v for k, v in params.items() if v is not None}) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]]
        ).fetchone()
        if not exists:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(config["NAME"])))
            print(f"Created database {config['NAME']}")


if __name__ == "__main__":
    main(sys.argv[1])
