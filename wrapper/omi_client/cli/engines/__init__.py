"""The engines behind `export` and `import`: resumable, journaled, free of click and rich.

They talk to the API through small adapters (`targets`, `sources`) over the public SDK, so
their rules can be tested with stand-in servers and over HTTP against the fake alike.
"""
