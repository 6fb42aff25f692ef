"""``google.rpc.Status`` and the ``google.protobuf.Any`` it carries: FlyteAdmin's error body."""
