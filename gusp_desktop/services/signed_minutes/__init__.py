"""signed_minutes."""
