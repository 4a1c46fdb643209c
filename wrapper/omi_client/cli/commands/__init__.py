"""One module per command group; `omi_client.cli.app` puts them together."""
