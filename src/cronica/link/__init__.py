"""Linking: in-article geocoding, cross-article entities, event merging and claims.

Pure logic over typed records; the store calls it with what it already holds.
"""
