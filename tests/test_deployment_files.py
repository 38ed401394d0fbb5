"""The deployment files agree with the code: every MMJOBS_* variable compose sets is a setting we read."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from workers.settings import Settings

REPO = Path(__file__).resolve().parents[1]
BOTO3_VARIABLES = {"AWS_ENDPOINT_URL", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_DEFAULT_REGION"}
SERVICE_VARIABLES = {"REDIS_PASSWORD", "POSTGRES_USER", "POSTGRES_DB", "POSTGRES_PASSWORD", "MINIO_ROOT_USER",
                     "MINIO_ROOT_PASSWORD"}


def compose() -> dict:
    return yaml.safe_load((REPO / "docker-compose.yml").read_text())


def setting_variables() -> set[str]:
    prefix = Settings.model_config["env_prefix"]
    return {f"{prefix}{name}".upper() for name in Settings.model_fields}


def test_every_variable_a_service_sets_is_read_by_someone() -> None:
    known = setting_variables() | BOTO3_VARIABLES | SERVICE_VARIABLES
    for name, service in compose()["services"].items():
        env = service.get("environment") or {}
        unknown = {key for key in env if key not in known}
        assert not unknown, f"service {name} sets variables nothing reads: {sorted(unknown)}"


def test_the_app_services_reach_redis_postgres_and_minio_with_secrets_from_the_environment() -> None:
    services = compose()["services"]
    for name in ("migrate", "worker", "flower"):
        env = services[name]["environment"]
        assert env["MMJOBS_DATABASE_URL"].startswith("postgresql+psycopg://")
        assert env["MMJOBS_BROKER_URL"].startswith("redis://:${REDIS_PASSWORD")
        for secret in ("MMJOBS_DATABASE_URL", "MMJOBS_BROKER_URL", "AWS_SECRET_ACCESS_KEY"):
            assert re.search(r"\$\{[A-Z_]+:\?", env[secret]), f"{name}.{secret} must come from the environment"
    assert "--requirepass" in services["redis"]["command"] and "--appendonly" in services["redis"]["command"]
    assert "MMJOBS_FLOWER_BASIC_AUTH" in services["flower"]["environment"]
    assert services["worker"]["deploy"]["resources"]["reservations"]["devices"][0]["capabilities"] == ["gpu"]


def test_settings_defaults_hold_no_secrets() -> None:
    defaults = Settings.model_construct()
    assert "@" not in defaults.broker_url and "@" not in defaults.database_url


def test_every_setting_is_in_the_readme_configuration_table() -> None:
    readme = (REPO / "README.md").read_text()
    missing = sorted(name for name in setting_variables() if f"`{name}`" not in readme)
    assert not missing, f"README's configuration table lacks: {missing}"
