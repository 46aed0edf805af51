"""seances."""
