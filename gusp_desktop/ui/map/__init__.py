"""The map of the field work: tiles, a georeferenced plan, the route and markers."""
