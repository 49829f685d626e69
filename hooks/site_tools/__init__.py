"""Build-time helpers for the guide site, called from the thin MkDocs hooks in hooks/."""
