"""Prove a generated client on the wire: call every operation against Prism."""
