"""The SPARQL endpoint's core: query checks, the worker pool that runs and kills queries, the service description."""
