"""protobuf's JSON mapping, under the name the README and earlier versions use: see
:mod:`flyte_lite.protojson`."""

from flyte_lite.protojson import JSONError, from_dict, from_json, to_dict, to_json

__all__ = ["JSONError", "from_dict", "from_json", "to_dict", "to_json"]
