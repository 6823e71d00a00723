"""Readers, cleaning and de-duplication: everything before NLP."""
