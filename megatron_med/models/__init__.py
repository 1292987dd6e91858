"""Model families (registered by name) and presets."""
