"""`manage.py check --deploy` on the production settings, with the environment a deployment sets."""

from .conftest import production_env, run_manage


def test_check_deploy_reports_nothing_in_production():
    result = run_manage("check", "--deploy", "--fail-level", "DEBUG", env=production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_check_deploy_notices_a_weakened_configuration():
    # The check is live: turning off HSTS and the redirect is reported, so a clean run means
    # something.
    env = production_env(SECURE_HSTS_SECONDS="0", SECURE_SSL_REDIRECT="0")
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode != 0
    assert "security.W004" in result.stderr
    assert "security.W008" in result.stderr
