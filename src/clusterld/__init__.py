"""clusterld: business-cluster news published as validated Linked Open Data."""

__version__ = "0.1.0"
