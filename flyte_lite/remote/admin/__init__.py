"""FlyteAdmin over HTTP: its gateway's routes, binary protobuf bodies, sign-in, config.

The layers, each importing only those before it: :mod:`.errors`, :mod:`.routes` (the
route table), :mod:`.transport` (one kept-alive connection, TLS, proxies, retries),
:mod:`.config` (flytekit's and flytectl's settings), :mod:`.auth` (the sign-in flows),
:mod:`.client` (typed RPC calls). :class:`flyte_lite.remote.Remote` is built on them.
"""

from flyte_lite.remote.admin.auth import (
    ClientSecret,
    DeviceFlow,
    ExternalCommand,
    Flow,
    Pkce,
    StaticToken,
    TokenCache,
)
from flyte_lite.remote.admin.client import AdminClient
from flyte_lite.remote.admin.config import Config
from flyte_lite.remote.admin.errors import *  # noqa: F403
from flyte_lite.remote.admin.errors import __all__ as _errors
from flyte_lite.remote.admin.transport import Retry, Timeout

__all__ = [
    "AdminClient",
    "ClientSecret",
    "Config",
    "DeviceFlow",
    "ExternalCommand",
    "Flow",
    "Pkce",
    "Retry",
    "StaticToken",
    "Timeout",
    "TokenCache",
    *_errors,
]
