"""``python -m cronica.nlp.train``."""
from .run import main

main()
