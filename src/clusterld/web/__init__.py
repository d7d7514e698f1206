"""The web layer (FastAPI): SPARQL endpoint, linked-data pages, dumps and portal descriptions."""
