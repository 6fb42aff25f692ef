"""Settings read as flytekit 1.15 and flytectl read them: variables, INI, YAML."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from flyte_lite.remote.admin import Config, ConfigError

YAML = """\
admin:
  endpoint: dns:///flyte.example.com:443
  insecure: false
  insecureSkipVerify: true
  authType: ClientSecret
  clientId: my-app
  clientSecretLocation: {secret}
  scopes: [all, offline]
  audience: https://aud
  command: [gcloud, auth, print-access-token]
  proxyCommand: [print-proxy-token]
  caCertFilePath: /etc/ca.pem
logger:
  level: 0
"""


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "home").mkdir()
    return tmp_path / "home"


def env(home: Path, **values: str) -> dict[str, str]:
    return {"HOME": str(home), **values}


def test_variables_alone(home: Path) -> None:
    config = Config.auto(environ=env(
        home, FLYTE_PLATFORM_URL="dns:///flyte.example.com", FLYTE_PLATFORM_INSECURE="False",
        FLYTE_CREDENTIALS_CLIENT_ID="ci", FLYTE_CREDENTIALS_CLIENT_SECRET="s3",
        FLYTE_CREDENTIALS_AUTH_MODE="client_credentials", FLYTE_CREDENTIALS_SCOPES="a,b",
        FLYTE_PLATFORM_CA_CERT_FILE_PATH="/ca.pem", FLYTE_PLATFORM_INSECURE_SKIP_VERIFY="1",
        FLYTE_CREDENTIALS_COMMAND="my-cmd,--flag", FLYTE_PLATFORM_HTTP_PROXY_URL="http://p:3128",
        FLYTE_CREDENTIALS_PROXY_COMMAND="iap-token",
    ))
    assert config.proxy_command == ("iap-token",)
    assert config.url == "https://flyte.example.com"
    assert (config.auth_type, config.client_id, config.client_secret) == (
        "ClientSecret", "ci", "s3")
    assert config.scopes == ("a", "b") and config.command == ("my-cmd", "--flag")
    assert config.insecure is False and config.insecure_skip_verify is True
    assert config.ca_cert_file_path == "/ca.pem" and config.http_proxy_url == "http://p:3128"
    assert config.source == "environment"
    assert "s3" not in repr(config)


@pytest.mark.parametrize(("text", "value"), [("1", True), ("true", True), ("False", False),
                                             ("off", False), ("no", False), ("0", False)])
def test_booleans_as_flytekit_reads_them(home: Path, text: str, value: bool) -> None:
    config = Config.auto(environ=env(home, FLYTE_PLATFORM_URL="h:1",
                                     FLYTE_PLATFORM_INSECURE=text))
    assert config.insecure is value
    assert config.url == ("http://h:1" if value else "https://h:1")


def test_yaml_file(home: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text("from-file\n")
    path = tmp_path / "config.yaml"
    path.write_text(YAML.format(secret=secret))
    config = Config.auto(path, environ=env(home))
    assert config.endpoint == "dns:///flyte.example.com:443"
    assert config.url == "https://flyte.example.com:443"
    assert config.client_secret == "from-file"  # newline stripped, as flytekit does
    assert config.auth_type == "ClientSecret" and config.client_id == "my-app"
    assert config.scopes == ("all", "offline") and config.audience == "https://aud"
    assert config.command == ("gcloud", "auth", "print-access-token")
    assert config.proxy_command == ("print-proxy-token",)
    assert config.insecure_skip_verify and config.ca_cert_file_path == "/etc/ca.pem"
    assert config.source == str(path)


def test_variables_win_over_the_file(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("admin:\n  endpoint: a:1\n  clientId: file\n")
    config = Config.auto(path, environ=env(home, FLYTE_CREDENTIALS_CLIENT_ID="variable"))
    assert (config.endpoint, config.client_id) == ("a:1", "variable")


def test_which_file(home: Path, tmp_path: Path) -> None:
    (home / ".flyte").mkdir()
    (home / ".flyte" / "config.yaml").write_text("admin:\n  endpoint: home-yaml:1\n")
    assert Config.auto(environ=env(home)).endpoint == "home-yaml:1"
    (home / ".flyte" / "config").write_text("[platform]\nurl = home-ini:1\n")
    assert Config.auto(environ=env(home)).endpoint == "home-ini:1"
    (tmp_path / "flytekit.config").write_text("[platform]\nurl = cwd-ini:1\ninsecure = true\n")
    config = Config.auto(environ=env(home))
    assert config.endpoint == "cwd-ini:1" and config.insecure is True
    named = tmp_path / "named.yaml"
    named.write_text("admin:\n  endpoint: named:1\n")
    assert Config.auto(environ=env(home, FLYTECTL_CONFIG=str(named))).endpoint == "named:1"
    assert Config.auto(named, environ=env(home)).endpoint == "named:1"
    with pytest.raises(ConfigError, match=r"config file .*nope\.yaml: no such file"):
        Config.auto(environ=env(home, FLYTECTL_CONFIG=str(tmp_path / "nope.yaml")))


def test_secret_from_a_variable_named_in_the_config(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("admin:\n  endpoint: a:1\n  clientId: x\n  clientSecretEnvVar: MY_SECRET\n")
    config = Config.auto(path, environ=env(home, MY_SECRET="from-variable"))
    assert (config.auth_type, config.client_secret) == ("ClientSecret", "from-variable")
    assert Config.auto(path, environ=env(home)).auth_type == "Pkce"


def test_no_endpoint(home: Path) -> None:
    with pytest.raises(ConfigError, match="no FlyteAdmin endpoint configured: set "
                                          "FLYTE_PLATFORM_URL"):
        Config.auto(environ=env(home))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("admin: [", "not valid YAML"),
        ("- a\n- b\n", "expected a mapping at the top"),
        ("admin:\n  endpoint: a:1\n  insecure: maybe\n", None),
        ("admin:\n  endpoint: a:1\n  scopes: {a: 1}\n", r"admin\.scopes should be a list"),
        ("admin:\n  endpoint: [a]\n", r"admin\.endpoint should be a string"),
        ("admin:\n  endpoint: a:1\n  authType: Magic\n", "unknown auth type 'Magic'"),
    ],
)
def test_bad_files_say_what_is_wrong(home: Path, tmp_path: Path, text: str,
                                     message: Any) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(text)
    if message is None:  # flytekit reads any other string as true
        assert Config.auto(path, environ=env(home)).insecure is True
        return
    with pytest.raises(ConfigError, match=message):
        Config.auto(path, environ=env(home))


def test_yaml_without_pyyaml(home: Path, tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "yaml", None)  # import yaml raises ImportError
    path = tmp_path / "c.yaml"
    path.write_text("admin:\n  endpoint: a:1\n")
    with pytest.raises(ConfigError, match=r"is YAML, which needs PyYAML: pip install "
                                          r"'flyte-lite\[yaml\]' \(or set FLYTE_PLATFORM_URL"):
        Config.auto(path, environ=env(home))
    assert Config.auto(environ=env(home, FLYTE_PLATFORM_URL="a:1")).endpoint == "a:1"


@pytest.mark.parametrize(("name", "expected"), [
    ("standard", "Pkce"), ("Pkce", "Pkce"), ("basic", "ClientSecret"),
    ("client_credentials", "ClientSecret"), ("clientSecret", "ClientSecret"),
    ("external_process", "ExternalCommand"), ("ExternalCommand", "ExternalCommand"),
    ("DeviceFlow", "DeviceFlow"), ("deviceflow", "DeviceFlow"),
])
def test_auth_type_names(name: str, expected: str) -> None:
    assert Config.for_endpoint("a:1", auth_type=name).auth_type == expected


def test_url_forms() -> None:
    assert Config.for_endpoint("http://h:5/").url == "http://h:5"
    assert Config.for_endpoint("localhost:30080", insecure=True).url == "http://localhost:30080"
    assert Config.for_endpoint("h").url == "https://h"
