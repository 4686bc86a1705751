"""``python -m variorum`` is the CLI."""

from .cli import main

raise SystemExit(main())
