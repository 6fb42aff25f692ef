"""What talking to FlyteAdmin can raise.

Every error is a :class:`RemoteError`. A server's answer that is an error becomes the
:class:`AdminError` subclass named by its gRPC status code (``NotFound``,
``AlreadyExists``, ``PermissionDenied``...), carrying the server's message; the
gateway's body says the code (JSON ``{"code": 5, "message": ...}`` or a binary
``google.rpc.Status``), and where it does not, the HTTP status does.
"""

from __future__ import annotations

from typing import Optional

__all__ = [
    "Aborted",
    "AdminError",
    "AlreadyExists",
    "AuthError",
    "Cancelled",
    "ConfigError",
    "DataLoss",
    "DeadlineExceeded",
    "FailedPrecondition",
    "Internal",
    "InvalidArgument",
    "NotFound",
    "OutOfRange",
    "PermissionDenied",
    "RegistrationError",
    "RemoteError",
    "ResourceExhausted",
    "ResponseError",
    "TransportError",
    "Unauthenticated",
    "Unavailable",
    "Unimplemented",
    "Unknown",
    "code_for_http_status",
    "error_for_code",
]


class RemoteError(Exception):
    """Anything that went wrong talking to FlyteAdmin."""


class ConfigError(RemoteError):
    """A setting that is missing, malformed or contradicts another; says which."""


class TransportError(RemoteError):
    """No answer: the connection failed, was reset or timed out, after every retry."""


class ResponseError(RemoteError):
    """An answer that is not what FlyteAdmin sends: wrong content type, cut short, undecodable."""


class AuthError(RemoteError):
    """Getting a token failed (the OAuth2 server said no, or the command failed)."""


class RegistrationError(RemoteError):
    """What was given cannot be registered: an entity exists with different content, or a
    package has ``problems`` (one line each: references that do not resolve...)."""

    def __init__(self, message: str, problems: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems


class AdminError(RemoteError):
    """FlyteAdmin answered with an error: ``code`` (gRPC), ``message`` (the server's),
    ``http_status``, and the ``method`` and ``path`` of the request."""

    code = 2
    code_name = "UNKNOWN"

    def __init__(
        self, message: str, *, http_status: int = 0, method: str = "", path: str = "",
        code: Optional[int] = None,
    ) -> None:
        if code is not None and code != self.code:
            self.code, self.code_name = code, f"CODE_{code}"
        self.message = message
        self.http_status = http_status
        self.method = method
        self.path = path
        where = f"{method} {path}: " if path else ""
        super().__init__(f"{where}{self.code_name} (HTTP {http_status}): {message}")


# gRPC's status codes (google.rpc.Code), one class each.


class Cancelled(AdminError):
    """The call was cancelled."""

    code = 1
    code_name = "CANCELLED"


class Unknown(AdminError):
    """An error the server did not classify."""

    code = 2
    code_name = "UNKNOWN"


class InvalidArgument(AdminError):
    """The request is malformed or names something invalid."""

    code = 3
    code_name = "INVALID_ARGUMENT"


class DeadlineExceeded(AdminError):
    """The server ran out of time."""

    code = 4
    code_name = "DEADLINE_EXCEEDED"


class NotFound(AdminError):
    """No such entity."""

    code = 5
    code_name = "NOT_FOUND"


class AlreadyExists(AdminError):
    """An entity with this identifier exists."""

    code = 6
    code_name = "ALREADY_EXISTS"


class PermissionDenied(AdminError):
    """The caller may not do this."""

    code = 7
    code_name = "PERMISSION_DENIED"


class ResourceExhausted(AdminError):
    """A quota or rate limit was hit."""

    code = 8
    code_name = "RESOURCE_EXHAUSTED"


class FailedPrecondition(AdminError):
    """The system is not in a state that allows this."""

    code = 9
    code_name = "FAILED_PRECONDITION"


class Aborted(AdminError):
    """Aborted, usually by a concurrent change."""

    code = 10
    code_name = "ABORTED"


class OutOfRange(AdminError):
    """A value is out of range."""

    code = 11
    code_name = "OUT_OF_RANGE"


class Unimplemented(AdminError):
    """The server does not implement this."""

    code = 12
    code_name = "UNIMPLEMENTED"


class Internal(AdminError):
    """The server failed."""

    code = 13
    code_name = "INTERNAL"


class Unavailable(AdminError):
    """The server is unavailable (retried already)."""

    code = 14
    code_name = "UNAVAILABLE"


class DataLoss(AdminError):
    """Data was lost or corrupted."""

    code = 15
    code_name = "DATA_LOSS"


class Unauthenticated(AdminError):
    """No valid credentials were sent."""

    code = 16
    code_name = "UNAUTHENTICATED"


_BY_CODE: dict[int, type[AdminError]] = {
    cls.code: cls
    for cls in (Cancelled, Unknown, InvalidArgument, DeadlineExceeded, NotFound, AlreadyExists,
                PermissionDenied, ResourceExhausted, FailedPrecondition, Aborted, OutOfRange,
                Unimplemented, Internal, Unavailable, DataLoss, Unauthenticated)
}

# The HTTP status grpc-gateway answers for each code, read backwards for bodies that do
# not say the code (a proxy's error page, say).
_BY_HTTP_STATUS = {
    400: 3, 401: 16, 403: 7, 404: 5, 409: 6, 412: 9, 429: 8, 499: 1, 500: 13, 501: 12,
    503: 14, 504: 4,
}


def error_for_code(code: int) -> type[AdminError]:
    """The class for gRPC status ``code`` (``AdminError`` itself for codes gRPC lacks)."""
    return _BY_CODE.get(code, AdminError)


def code_for_http_status(status: int) -> int:
    """The gRPC code an HTTP status stands for, as grpc-gateway maps them (else UNKNOWN)."""
    return _BY_HTTP_STATUS.get(status, 2)
