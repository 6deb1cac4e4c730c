"""Reading reports from disk: files found, decoded, normalised and made Reports."""
