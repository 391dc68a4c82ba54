"""The web pages served by :func:`cronica.server.create_app`: map and timeline of events,
articles with their marks, entities and claims. Templates in ``templates/``, scripts and
styles in ``static/``; Leaflet and the world map come from the npm folder (``make web-assets``)."""
