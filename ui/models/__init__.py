"""Qt item models over the roadmap: adapters that read it directly and edit through the document."""
