"""datelines: dated news in, a time-anchored record of who did what to whom out."""

__version__ = "0.1.0"
