package dev.newsflow.enrich.tag;

/** Kinds of named entity; the names match the Avro enum EntityType. */
public enum EntityType { PERSON, ORGANIZATION, LOCATION }
