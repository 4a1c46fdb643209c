"""omi-client."""
