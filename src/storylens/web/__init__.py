"""The web app and REST API (`storylens serve`)."""
