"""What the FlyteAdmin subcommands (``get``, ``register``) share: the connection options,
connecting, and turning the client's errors into one-line :class:`~.sources.CLIError`."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flyte_lite.remote import Remote

__all__ = ["CONNECTION_HELP", "add_connection_options", "connect", "one_line_errors"]

CONNECTION_HELP = """\
connection: flytekit's settings, from FLYTE_PLATFORM_URL, FLYTE_PLATFORM_INSECURE,
FLYTE_CREDENTIALS_* and the config file (--config, $FLYTECTL_CONFIG, ~/.flyte/config.yaml
with admin.endpoint, admin.authType...; YAML needs `pip install 'flyte-lite[yaml]'`).
Sign-in: Pkce (browser), DeviceFlow, ClientSecret, ExternalCommand."""


def add_connection_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-p", "--project", required=True, help="the project")
    parser.add_argument("-d", "--domain", required=True, help="the domain")
    parser.add_argument("--config", metavar="FILE", default=None,
                        help="a flytectl YAML or flytekit INI config file")


def connect(args: argparse.Namespace) -> Remote:
    """A :class:`~flyte_lite.remote.Remote` as the options and the environment say."""
    from flyte_lite.remote import Remote
    from flyte_lite.remote.admin import Config

    return Remote(Config.auto(args.config), default_project=args.project,
                  default_domain=args.domain)


@contextlib.contextmanager
def one_line_errors() -> Iterator[None]:
    """The client's errors, and bad arguments, as one-line ``CLIError``s."""
    from flyte_lite.cli.sources import CLIError
    from flyte_lite.remote.admin import RemoteError

    try:
        yield
    except (RemoteError, ValueError) as exc:
        raise CLIError("", str(exc)) from None
