"""Where FlyteAdmin is and how to sign in, read as flytekit 1.15 and flytectl read it.

Each setting comes from the first place that has it: the environment variable
``FLYTE_{SECTION}_{OPTION}`` (flytekit's names: ``FLYTE_PLATFORM_URL``,
``FLYTE_CREDENTIALS_CLIENT_ID``...), then the config file. The config file is the one
given, else ``$FLYTECTL_CONFIG``, else ``./flytekit.config`` or ``~/.flyte/config``
(flytekit's INI files: ``[platform] url=...``), else ``~/.flyte/config.yaml`` (flytectl's
YAML: ``admin.endpoint``...). YAML needs PyYAML (``pip install 'flyte-lite[yaml]'``).
A client secret found in ``clientSecretLocation`` or in the variable
``clientSecretEnvVar`` names selects the ``ClientSecret`` auth type, as in flytekit.
"""

from __future__ import annotations

import configparser
import importlib
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple, Optional, Union

import attrs

from flyte_lite.remote.admin.errors import ConfigError

__all__ = ["AUTH_TYPES", "Config", "find_config_file"]

#: Auth type names as flytekit and flytectl spell them -> the name flyte_lite uses.
AUTH_TYPES = {
    "standard": "Pkce",
    "pkce": "Pkce",
    "basic": "ClientSecret",
    "client_credentials": "ClientSecret",
    "clientsecret": "ClientSecret",
    "external_process": "ExternalCommand",
    "externalcommand": "ExternalCommand",
    "deviceflow": "DeviceFlow",
    "token": "Token",  # flyte_lite's own: a static bearer token (Config.token)
}


class _Setting(NamedTuple):
    attr: str
    section: str  # flytekit's: env var FLYTE_{SECTION}_{OPTION}, INI [section] option
    option: str
    yaml_key: Optional[str]  # flytectl's dotted key
    kind: type  # str, bool or list


_SETTINGS = (
    _Setting("endpoint", "platform", "url", "admin.endpoint", str),
    _Setting("insecure", "platform", "insecure", "admin.insecure", bool),
    _Setting("insecure_skip_verify", "platform", "insecure_skip_verify",
             "admin.insecureSkipVerify", bool),
    _Setting("ca_cert_file_path", "platform", "ca_cert_file_path", "admin.caCertFilePath", str),
    _Setting("http_proxy_url", "platform", "http_proxy_url", "admin.httpProxyURL", str),
    _Setting("command", "credentials", "command", "admin.command", list),
    _Setting("proxy_command", "credentials", "proxy_command", "admin.proxyCommand", list),
    _Setting("client_id", "credentials", "client_id", "admin.clientId", str),
    _Setting("client_secret", "credentials", "client_secret", None, str),
    _Setting("client_secret_location", "credentials", "client_secret_location",
             "admin.clientSecretLocation", str),
    _Setting("client_secret_env_var", "credentials", "client_secret_env_var",
             "admin.clientSecretEnvVar", str),
    _Setting("scopes", "credentials", "scopes", "admin.scopes", list),
    _Setting("auth_type", "credentials", "auth_mode", "admin.authType", str),
    # flytekit 1.15 reads no audience setting; flytectl has admin.audience, and
    # FLYTE_CREDENTIALS_AUDIENCE follows flytekit's naming
    _Setting("audience", "credentials", "audience", "admin.audience", str),
)

_FALSE = ("false", "0", "off", "no")


@attrs.frozen(kw_only=True)
class Config:
    """How to reach one FlyteAdmin. Secrets never show in ``repr``.

    ``endpoint`` is ``host[:port]`` (TLS unless ``insecure``) or an ``http(s)://`` URL;
    ``dns:///`` in front (flytectl's form) is dropped.
    """

    endpoint: str
    insecure: bool = False
    insecure_skip_verify: bool = False
    ca_cert_file_path: Optional[str] = None
    http_proxy_url: Optional[str] = None
    auth_type: str = "Pkce"
    client_id: Optional[str] = None
    client_secret: Optional[str] = attrs.field(default=None, repr=False)
    client_secret_location: Optional[str] = None
    client_secret_env_var: Optional[str] = None
    scopes: tuple[str, ...] = ()
    audience: Optional[str] = None
    command: tuple[str, ...] = ()
    #: A command printing a token for a proxy in front of Flyte (``proxy-authorization``).
    proxy_command: tuple[str, ...] = ()
    token: Optional[str] = attrs.field(default=None, repr=False)
    #: Where the settings were read from (a file path, "environment", or "").
    source: str = ""

    def __attrs_post_init__(self) -> None:
        name = AUTH_TYPES.get(self.auth_type.lower())
        if name is None:
            raise ConfigError(
                f"unknown auth type {self.auth_type!r} (from {self.source or 'the arguments'});"
                f" use one of Pkce, DeviceFlow, ClientSecret, ExternalCommand, Token"
            )
        object.__setattr__(self, "auth_type", name)

    @property
    def url(self) -> str:
        """The server's base URL, ``https://host:port`` or ``http://host:port``."""
        endpoint = self.endpoint.replace("dns:///", "").rstrip("/")
        if endpoint.startswith(("http://", "https://")):
            return endpoint
        return ("http://" if self.insecure else "https://") + endpoint

    @classmethod
    def for_endpoint(cls, endpoint: str, *, insecure: bool = False, **settings: Any) -> Config:
        """A config for ``endpoint`` with the settings given (no files or variables read)."""
        return cls(endpoint=endpoint, insecure=insecure, **settings)

    @classmethod
    def auto(
        cls, config_file: Union[str, os.PathLike[str], None] = None,
        *, environ: Optional[Mapping[str, str]] = None,
    ) -> Config:
        """Settings from the environment, then the config file (see the module docstring)."""
        env = os.environ if environ is None else environ
        path = find_config_file(config_file, env)
        values = _read_file(path) if path is not None else {}
        found: dict[str, Any] = {}
        for setting in _SETTINGS:
            raw = env.get(f"FLYTE_{setting.section}_{setting.option}".upper())
            value = _convert(setting, raw) if raw is not None else values.get(setting.attr)
            if value is not None and value != "" and value != []:
                found[setting.attr] = value
        _resolve_secret(found, env)
        endpoint = found.pop("endpoint", None)
        if not endpoint:
            where = f" in {path}" if path else ""
            raise ConfigError(
                f"no FlyteAdmin endpoint configured{where}: set FLYTE_PLATFORM_URL, or "
                "admin.endpoint in ~/.flyte/config.yaml, or give a config file"
            )
        for name in ("scopes", "command", "proxy_command"):
            if name in found:
                found[name] = tuple(found[name])
        return cls(endpoint=str(endpoint), source=str(path or "environment"), **found)


def find_config_file(
    given: Union[str, os.PathLike[str], None], environ: Mapping[str, str]
) -> Optional[Path]:
    """The config file flytekit would read: ``given``, ``$FLYTECTL_CONFIG``,
    ``./flytekit.config``, ``~/.flyte/config``, ``~/.flyte/config.yaml``; ``None`` if none."""
    named = given or environ.get("_FLYTECTL_CONFIG_PYFLYTE_OVERRIDE") or environ.get(
        "FLYTECTL_CONFIG"
    )
    if named:
        path = Path(named).expanduser()
        if not path.is_file():
            raise ConfigError(f"config file {path}: no such file")
        return path
    home = Path(environ.get("HOME") or Path.home())
    for candidate in (Path("flytekit.config"), home / ".flyte" / "config",
                      home / ".flyte" / "config.yaml"):
        if candidate.is_file():
            return candidate
    return None


def _read_file(path: Path) -> dict[str, Any]:
    """Every setting ``path`` holds, by attribute name."""
    try:
        text = path.read_text()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"config file {path}: {exc}") from None
    if path.suffix in (".yaml", ".yml"):
        return _read_yaml(path, text)
    parser = configparser.ConfigParser()
    try:
        parser.read_string(text, str(path))
    except configparser.Error as exc:
        raise ConfigError(f"config file {path}: {exc}") from None
    return {
        s.attr: _convert(s, parser.get(s.section, s.option))
        for s in _SETTINGS if parser.has_option(s.section, s.option)
    }


def _read_yaml(path: Path, text: str) -> dict[str, Any]:
    try:
        yaml: Any = importlib.import_module("yaml")
    except ImportError:
        raise ConfigError(
            f"config file {path} is YAML, which needs PyYAML: pip install 'flyte-lite[yaml]' "
            "(or set FLYTE_PLATFORM_URL and the other FLYTE_* variables instead)"
        ) from None
    try:
        tree = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"config file {path}: not valid YAML: {exc}") from None
    if tree is None:
        return {}
    if not isinstance(tree, dict):
        raise ConfigError(f"config file {path}: expected a mapping at the top")
    out: dict[str, Any] = {}
    for setting in _SETTINGS:
        if setting.yaml_key is None:
            continue
        node: Any = tree
        for key in setting.yaml_key.split("."):
            node = node.get(key) if isinstance(node, dict) else None
        if node is not None:
            out[setting.attr] = _check_yaml(path, setting, node)
    return out


def _check_yaml(path: Path, setting: _Setting, value: Any) -> Any:
    if setting.kind is list:
        value = [value] if isinstance(value, str) else value
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return value
    elif setting.kind is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str):
            return _convert(setting, value)
    elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value)
    want = {list: "a list of strings", bool: "true or false", str: "a string"}[setting.kind]
    raise ConfigError(f"config file {path}: {setting.yaml_key} should be {want}, not {value!r}")


def _convert(setting: _Setting, raw: str) -> Any:
    """A text value (environment, INI) as flytekit reads it."""
    if setting.kind is bool:
        return bool(raw) and raw.strip().lower() not in _FALSE
    if setting.kind is list:
        return [item.strip() for item in raw.split(",") if item.strip()]
    return raw


def _resolve_secret(found: dict[str, Any], env: Mapping[str, str]) -> None:
    """flytekit's rule: a secret read from ``client_secret_location`` or from the variable
    ``client_secret_env_var`` names wins over ``client_secret`` and selects ClientSecret."""
    location = found.get("client_secret_location")
    if location:
        try:
            secret = Path(location).expanduser().read_text().strip()
        except OSError:
            secret = ""  # flytekit ignores a missing file; ClientSecret then says it lacks one
        if secret:
            found["client_secret"] = secret
            found["auth_type"] = "ClientSecret"
    variable = found.get("client_secret_env_var")
    if variable and env.get(variable):
        found["client_secret"] = env[variable]
        found["auth_type"] = "ClientSecret"
