"""protobuf's JSON mapping (ProtoJSON) for any message class, from its field declarations.

``errors`` words what is rejected, ``wkt`` holds the well-known types' names and the
Duration/Timestamp text, ``scalars`` each field kind's JSON form, ``generator`` the
dumpers and loaders generated per class, ``api`` the public functions below.
"""

from flyte_lite.protojson.api import from_dict, from_json, to_dict, to_json
from flyte_lite.protojson.errors import JSONError

__all__ = ["JSONError", "from_dict", "from_json", "to_dict", "to_json"]
