"""Package version (also recorded with every stored result)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("marsad")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"
