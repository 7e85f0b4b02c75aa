"""The ``secretariat`` command line (entry point :func:`secretariat.cli.main.main`)."""
