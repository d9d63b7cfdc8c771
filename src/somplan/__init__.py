"""somplan: decide whether and how a public-sector unit should use social media."""

__version__ = "0.1.0"
