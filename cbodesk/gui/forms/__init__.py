"""Compiled Qt Designer forms (make forms); do not edit."""
