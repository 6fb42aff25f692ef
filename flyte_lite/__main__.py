"""``python -m flyte_lite``: the ``flyte-lite`` command."""

from flyte_lite.cli import main

raise SystemExit(main())
