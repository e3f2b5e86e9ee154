"""Run fourgood as ``python -m fourgood``."""

from fourgood.cli import main

main()
