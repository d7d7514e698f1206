"""What the HTML pages show, computed from descriptions (no web framework here): labels, sentences, charts,
the network picture and schema.org JSON-LD."""
