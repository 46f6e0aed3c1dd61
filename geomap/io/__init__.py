"""geomap.io: files in and out: articles, ACLED data, readers, writers, the format table and the atomic writer.

Nothing here reads articles for places or draws maps (io imports neither reading nor render).
"""
