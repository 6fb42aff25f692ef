"""Messages of ``flyteidl/core/security.proto``."""

from __future__ import annotations

import enum
from typing import Optional

import attrs

from flyte_lite.wire import (
    STRING,
    Message,
    enum_of,
    field,
    msg,
    protobuf_enum,
    protobuf_message,
)

__all__ = ["Identity", "OAuth2Client", "OAuth2TokenRequest", "Secret", "SecurityContext"]


@protobuf_message("flyteidl.core.Identity")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class Identity(Message):
    """``flyteidl.core.Identity``."""

    iam_role: str = field(1, STRING)
    k8s_service_account: str = field(2, STRING)
    oauth2_client: Optional[OAuth2Client] = field(3, msg("flyteidl.core.OAuth2Client"))
    execution_identity: str = field(4, STRING)


@protobuf_message("flyteidl.core.OAuth2Client")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class OAuth2Client(Message):
    """``flyteidl.core.OAuth2Client``."""

    client_id: str = field(1, STRING)
    client_secret: Optional[Secret] = field(2, msg("flyteidl.core.Secret"))


@protobuf_message("flyteidl.core.OAuth2TokenRequest")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class OAuth2TokenRequest(Message):
    """``flyteidl.core.OAuth2TokenRequest``."""

    @protobuf_enum("flyteidl.core.OAuth2TokenRequest.Type")
    class Type(enum.IntEnum):
        """``flyteidl.core.OAuth2TokenRequest.Type``."""

        CLIENT_CREDENTIALS = 0

    name: str = field(1, STRING)
    type: OAuth2TokenRequest.Type = field(2, enum_of("flyteidl.core.OAuth2TokenRequest.Type"))
    client: Optional[OAuth2Client] = field(3, msg("flyteidl.core.OAuth2Client"))
    idp_discovery_endpoint: str = field(4, STRING)
    token_endpoint: str = field(5, STRING)


@protobuf_message("flyteidl.core.Secret")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class Secret(Message):
    """``flyteidl.core.Secret``."""

    @protobuf_enum("flyteidl.core.Secret.MountType")
    class MountType(enum.IntEnum):
        """``flyteidl.core.Secret.MountType``."""

        ANY = 0
        ENV_VAR = 1
        FILE = 2

    group: str = field(1, STRING)
    group_version: str = field(2, STRING)
    key: str = field(3, STRING)
    mount_requirement: Secret.MountType = field(4, enum_of("flyteidl.core.Secret.MountType"))
    env_var: str = field(5, STRING)


@protobuf_message("flyteidl.core.SecurityContext")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class SecurityContext(Message):
    """``flyteidl.core.SecurityContext``."""

    run_as: Optional[Identity] = field(1, msg("flyteidl.core.Identity"))
    secrets: list[Secret] = field(2, msg("flyteidl.core.Secret"), repeated=True)
    tokens: list[OAuth2TokenRequest] = field(
        3, msg("flyteidl.core.OAuth2TokenRequest"), repeated=True
    )
