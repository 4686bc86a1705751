"""Renderers of a dossier: JSON, Markdown and a self-contained HTML page."""
