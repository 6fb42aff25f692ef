"""Messages of ``flyteidl.core``, one module per proto file (imported when used)."""
