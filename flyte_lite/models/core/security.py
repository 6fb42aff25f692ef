"""Messages of ``flyteidl/core/security.proto``."""

from __future__ import annotations

import enum
from typing import Optional

from flyte_lite.message import Message, message
from flyte_lite.wire import STRING, enum_of, field, msg, protobuf_enum

__all__ = ["Identity", "OAuth2Client", "OAuth2TokenRequest", "Secret", "SecurityContext"]


@message("flyteidl.core.Identity")
class Identity(Message):
    """``flyteidl.core.Identity``."""

    iam_role: str = field(1, STRING)
    k8s_service_account: str = field(2, STRING)
    oauth2_client: Optional[OAuth2Client] = field(3, msg("flyteidl.core.OAuth2Client"))
    execution_identity: str = field(4, STRING)


@message("flyteidl.core.OAuth2Client")
class OAuth2Client(Message):
    """``flyteidl.core.OAuth2Client``."""

    client_id: str = field(1, STRING)
    client_secret: Optional[Secret] = field(2, msg("flyteidl.core.Secret"))


@message("flyteidl.core.OAuth2TokenRequest")
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


@message("flyteidl.core.Secret")
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


@message("flyteidl.core.SecurityContext")
class SecurityContext(Message):
    """``flyteidl.core.SecurityContext``."""

    run_as: Optional[Identity] = field(1, msg("flyteidl.core.Identity"))
    secrets: list[Secret] = field(2, msg("flyteidl.core.Secret"), repeated=True)
    tokens: list[OAuth2TokenRequest] = field(
        3, msg("flyteidl.core.OAuth2TokenRequest"), repeated=True
    )
