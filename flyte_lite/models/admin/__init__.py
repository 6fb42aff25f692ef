"""Messages of ``flyteidl.admin``, one module per proto file (imported when used)."""
