"""The client and its resources, one module per resource.

``omi_client/_async`` is written by hand; ``omi_client/_sync`` is generated from it by
tools/unasync.py (``make unasync``), and ``make check-generated`` fails when they differ.
"""
