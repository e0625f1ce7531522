"""Report builders and their PDF and Excel renderers (no Qt)."""
